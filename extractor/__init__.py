"""policykg: knowledge graphs of who is responsible for what in Chinese policy notices.

Pipeline, one module or folder per stage: read -> normalize (+ segment) -> layout -> match
(the registered components, ``match/``) -> resolve -> graph (``graph/record``: the findings
on the Doc; ``graph/doc.to_graph``: the notice's graph) -> store (``store/``: corpus, build,
SQLite) -> query (``query/``) / render / export / show.

    from extractor import load, to_graph
    nlp = load()                 # the spaCy pipeline (built once per process)
    doc = nlp(text)              # every finding on the Doc (see extractor/graph/doc.py)
    g = to_graph(doc, "x.txt")   # the notice's networkx graph

Importing the package stays cheap (no spaCy): ``load`` and ``to_graph`` import it when
used, and the Doc extensions (``doc._.entities`` …) are registered as soon as spaCy is
imported, so a ``DocBin`` can be read back in a process that never ran the pipeline.
"""

from __future__ import annotations

import sys
from typing import Any

__version__ = "0.1.0"

# Bump when extraction output changes, so cached per-notice graphs are rebuilt.
EXTRACTOR_VERSION = "1"

__all__ = ["load", "to_graph", "EXTRACTOR_VERSION", "__version__"]


def load(lexicon_dir: str | None = None, segmenter: str | None = None) -> Any:
    """The policykg spaCy pipeline (``Language``), built once per process."""
    from .nlp import load as _load

    return _load(lexicon_dir, segmenter)


def to_graph(doc: Any, doc_name: str | None = None) -> Any:
    """The notice's graph (networkx ``MultiDiGraph``) from a Doc made by :func:`load`."""
    from .graph.doc import to_graph as _to_graph

    return _to_graph(doc, doc_name)


class _RegisterWhenSpacyLoads:
    """A meta-path hook: once ``spacy.tokens`` is imported, register the Doc extensions."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname != "spacy.tokens":
            return None
        import importlib.machinery

        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return None
        loader = spec.loader
        exec_module = loader.exec_module

        def exec_and_register(module: Any) -> None:
            exec_module(module)
            _register()

        loader.exec_module = exec_and_register  # type: ignore[method-assign]
        return spec


def _register() -> None:
    try:
        from .graph.doc import register_extensions

        register_extensions()
    except Exception:  # never break spaCy's own import
        pass


if "spacy.tokens" in sys.modules:
    _register()
elif not any(isinstance(f, _RegisterWhenSpacyLoads) for f in sys.meta_path):
    sys.meta_path.insert(0, _RegisterWhenSpacyLoads())
