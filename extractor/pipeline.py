"""Library entry points for extraction: text or file in, per-notice graph out.

``analyze`` runs the spaCy pipeline (``extractor.load()``: normalize -> layout -> match ->
assemble) on a notice's text and returns the Doc with every finding on it;
``extract_text`` builds the graph from that Doc (``extractor.to_graph``). Imports spaCy
lazily so that importing this module stays cheap.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from . import recharset
from .errors import InputError
from .read import MAX_CHARS, read_notice

recharset.install()  # (before the matchers' patterns are compiled)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


def analyze(text: str, doc_name: str = "<notice>", spans: bool = True) -> Doc:
    """Run the pipeline on a notice's text (``doc_name`` is its file name); returns the
    spaCy ``Doc`` with the findings (see ``extractor/graph/doc.py``). ``spans=False``: entities
    and relations only, no span groups (all ``to_graph`` needs; a little faster)."""
    return _run(text, doc_name, spans, tokens=True)


def _run(text: str, doc_name: str, spans: bool, tokens: bool) -> Doc:
    """``analyze``; ``tokens=False`` (with ``spans=False``): the text is not cut into tokens,
    the Doc holds the findings only and no text (``nlp.text_doc``: ``extract_text``
    passes the text to ``to_graph``)."""
    from .nlp import get_nlp, text_doc
    from .segment import chosen_backend

    if len(text) > MAX_CHARS:
        raise InputError(f"{doc_name}: the notice is too long ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    nlp = get_nlp(None, chosen_backend())
    doc = nlp.make_doc(text) if tokens or spans else text_doc(nlp, text)
    doc._.doc_name = doc_name
    doc = nlp(doc, component_cfg={"policykg_assemble": {"spans": spans}})
    _freeze_after_first_run(nlp)
    return doc


_FROZEN: set[int] = set()


def _freeze_after_first_run(nlp: object) -> None:
    """Once a pipeline has run (its lexicons, compiled patterns and spaCy's vocabulary are
    loaded), collect the garbage there is, then move every object still alive to the
    collector's permanent generation (``gc.freeze``), where full collections no longer scan
    it: the pipeline's state lives as long as the process, and each full collection would
    scan its ~100,000 objects again. This is process-wide, by design: the collector cannot
    freeze some objects and not others, and an object of the caller's alive at this moment
    is frozen too (freed as usual when its last reference goes; only if it ends in a
    reference cycle is it never reclaimed, which is why the garbage is collected first).
    Measured (whole process, with the freeze / without, runs alternating): a process that
    extracts the ``benchmarks/run.py`` throughput texts (81,533 characters) 6 times over,
    keeping the graphs as a build does, spends 0.85x (7 runs, 0.80–1.05) and 0.89x (9 runs,
    0.84–1.14) the CPU time; without the collection first, 0.87x (5 runs, 0.86–0.92)."""
    if id(nlp) not in _FROZEN:
        _FROZEN.add(id(nlp))
        gc.collect()
        gc.freeze()


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: extracting a notice makes many short-lived
    containers (freed by reference counting), and collections triggered by them scan the
    large, long-lived pipeline state again and again (about a fifth of extraction time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def extract_text(text: str, doc_name: str = "<notice>") -> nx.MultiDiGraph:
    """Extract the knowledge graph of one notice (``doc_name`` is its file name)."""
    from .graph.doc import to_graph

    with _gc_paused():
        return to_graph(_run(text, doc_name, spans=False, tokens=False), text=text)


def extract_node_link(text: str, doc_name: str = "<notice>") -> dict[str, Any]:
    """``extractor.graph.to_node_link(extract_text(text, doc_name))``, made without the networkx
    graph (:func:`extractor.graph.doc.to_node_link_data`): what a build stores per notice."""
    from .graph.doc import to_node_link_data

    with _gc_paused():
        return to_node_link_data(_run(text, doc_name, spans=False, tokens=False), text=text)


def extract_file(path: str | Path) -> nx.MultiDiGraph:
    """Read a notice file (any common Chinese encoding) and extract its graph."""
    p = Path(path)
    return extract_text(read_notice(p), p.name)
