"""Library entry points for extraction: text or file in, per-notice graph out."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from .decode import read_notice
from .graph import GraphBuilder


def extract_text(text: str, doc_name: str) -> nx.MultiDiGraph:
    """Extract the knowledge graph of one notice (``doc_name`` is its file name)."""
    builder = GraphBuilder(doc_name)
    builder.add_node("document", doc_name, doc_name)
    return builder.graph


def extract_file(path: str | Path) -> nx.MultiDiGraph:
    """Read a notice file (any common Chinese encoding) and extract its graph."""
    p = Path(path)
    return extract_text(read_notice(p), p.name)
