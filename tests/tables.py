"""Helpers for the (text, expected) tables of the stage and component tests.

A table is a list of rows ``(id, *values)``; :func:`rows` turns it into ``pytest.param``s
with the id. :func:`broken` writes a row the extractor gets wrong today: a strict xfail
with the reason (work for the rule engineers; it fails loudly once the rule is fixed)."""

from __future__ import annotations

from typing import Any

import pytest
from _pytest.mark import ParameterSet


def rows(table: list[Any]) -> list[ParameterSet]:
    """``pytest.param(*values, id=id)`` of each ``(id, *values)`` row (params pass through)."""
    return [r if isinstance(r, ParameterSet) else pytest.param(*r[1:], id=r[0]) for r in table]


def broken(reason: str, row_id: str, *values: Any) -> ParameterSet:
    """A row the extractor gets wrong today: strict xfail, with the reason."""
    return pytest.param(*values, id=row_id, marks=pytest.mark.xfail(strict=True, reason=reason))


# --- the Doc a component writes (through the public entry point ``load()(text)``) --------


def doc_of(text: str) -> Any:
    """``extractor.load()(text)``: the Doc with every finding on it."""
    from extractor import load

    return load()(text)


def spans_of(doc: Any, group: str) -> list[tuple[str, str]]:
    """(label, text) of the spans of a span group, in document order."""
    return [(sp.label_, sp.text) for sp in doc.spans[group]]


def texts_of(doc: Any, group: str) -> set[str]:
    """The distinct texts of a span group's spans."""
    return {sp.text for sp in doc.spans[group]}


def _name(doc: Any, node: str) -> str:
    ent = doc._.entities[node]
    if ent["type"] == "duty":  # a duty's name may be shortened; its text is the whole duty
        return ent["text"]
    return ent.get("name") or node


def facts(doc: Any, *relations: str) -> set[tuple[str, ...]]:
    """The Doc's relations of these kinds as ``(head name, relation, tail name)``, plus
    ``"key=value"`` of each attribute (``title``, ``role`` …) when it has any."""
    out = set()
    for rel in doc._.relations:
        if rel["relation"] in relations:
            attrs = tuple(f"{k}={v}" for k, v in sorted(rel["attrs"].items()) if v is not None)
            out.add((_name(doc, rel["head"]), rel["relation"], _name(doc, rel["tail"]), *attrs))
    return out


# --- a notice's graph (``extract_text``) ---------------------------------------------------


def duty_roles(g: Any) -> dict[str, set[tuple[str, str | None]]]:
    """Duty text -> {(responsible body, role)} of an extracted graph."""
    from extractor.graph import edges_of

    out: dict[str, set[tuple[str, str | None]]] = {}
    for _n, d in g.nodes(data=True):
        if d["type"] == "duty":
            out.setdefault(d["text"], set())
    for u, v, d in edges_of(g, "responsible_for"):
        out[g.nodes[v]["text"]].add((g.nodes[u]["name"], d.get("role")))
    return out
