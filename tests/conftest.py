"""Shared fixtures: the project's own copies of the seed notices."""

from __future__ import annotations

import functools
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def seed_path(prefix: str) -> Path:
    """The corpus file whose name starts with ``prefix`` (e.g. ``"000"``)."""
    matches = sorted(CORPUS.glob(f"{prefix}_*.txt"))
    assert len(matches) == 1, f"expected one corpus file for {prefix}, found {matches}"
    return matches[0]


@pytest.fixture(scope="session")
def seeds() -> dict[str, Path]:
    return {p: seed_path(p) for p in ("000", "001", "002", "003", "004")}


@functools.cache
def extracted(path: Path) -> nx.MultiDiGraph:
    """The graph of a notice file, extracted once per test session (do not modify it)."""
    from extractor.pipeline import extract_file

    return extract_file(path)
