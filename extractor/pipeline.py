"""Library entry points for extraction: text or file in, per-notice graph out.

normalize (text) -> join paragraphs (layout) -> spaCy pipeline (nlp + components) ->
assemble (graph). Imports spaCy lazily so that importing this module stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from .decode import MAX_CHARS, read_notice
from .errors import InputError


def _document_meta(text: str) -> dict[str, Any]:
    try:
        from .docmeta import document_meta
    except ImportError:  # the corpus work provides docmeta; before it lands, no metadata
        return {}
    return document_meta(text)


def analyze(text: str, doc_name: str = "<notice>"):
    """Run the pipeline on a notice's text; returns the spaCy ``Doc`` (``doc._.notice``
    holds the records)."""
    from .layout import join_paragraphs
    from .nlp import get_nlp
    from .segment import chosen_backend
    from .text import normalize

    if len(text) > MAX_CHARS:
        raise InputError(f"{doc_name}: the notice is too long ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    norm = join_paragraphs(normalize(text))
    nlp = get_nlp(None, chosen_backend())
    doc = nlp.make_doc(norm.text)
    doc.user_data["policykg_norm"] = norm
    doc.user_data["policykg_doc"] = doc_name
    doc.user_data["policykg_meta"] = _document_meta(text)
    return nlp(doc)


def extract_text(text: str, doc_name: str = "<notice>") -> nx.MultiDiGraph:
    """Extract the knowledge graph of one notice (``doc_name`` is its file name)."""
    from .assemble import build_graph

    return build_graph(analyze(text, doc_name)._.notice)


def extract_file(path: str | Path) -> nx.MultiDiGraph:
    """Read a notice file (any common Chinese encoding) and extract its graph."""
    p = Path(path)
    return extract_text(read_notice(p), p.name)
