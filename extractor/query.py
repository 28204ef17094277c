"""Cross-notice questions over a built graph (library API behind the query commands).

Imports only networkx, the standard library and the project's light modules: never spaCy
or jieba, so ``policykg who …`` starts fast. Every function takes the merged graph
(``extractor.graph.load``) and returns plain dicts/lists that serialise to JSON as is.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from . import graph as kg
from .errors import NotFoundError
from .project import Project
from .resolve_names import match_stages, norm, not_found, resolve

PERSON_ROLES = {
    "convener_of": "convener",
    "deputy_convener_of": "deputy_convener",
    "member_of": "member",
    "liaison_of": "liaison",
    "leader_of": "leader",
    "deputy_leader_of": "deputy_leader",
}
ROLE_WORDS = {  # what users may type for --role
    "召集人": "convener",
    "副召集人": "deputy_convener",
    "成员": "member",
    "联络员": "liaison",
    "组长": "leader",
    "副组长": "deputy_leader",
}
UNIT_RELATIONS = {
    "member_unit_of": "member",
    "convener_unit_of": "convener_unit",
    "deputy_convener_unit_of": "deputy_convener_unit",
}
BODY_RELATIONS = {"office_of": "office", "part_of": "part"}


# --- loading -----------------------------------------------------------------------


def load_graph(project: Project) -> nx.MultiDiGraph:
    """The project's built graph (``graphs/graph.json``); NotFoundError when not built."""
    path = project.graph_path
    if not path.is_file():
        raise NotFoundError(f"no built graph at {path}: run policykg build first")
    try:
        return kg.load(path)
    except (ValueError, KeyError, TypeError) as err:
        raise NotFoundError(
            f"{path} is not a policykg graph ({err}): run policykg build first"
        ) from None


# --- small helpers -----------------------------------------------------------------


def _name(g: nx.MultiDiGraph, n: str | None) -> str | None:
    return None if n is None else g.nodes[n].get("name", n)


def _in_edges(g: nx.MultiDiGraph, n: str, relations: Iterable[str]) -> list[tuple[str, dict]]:
    rels = set(relations)
    return [(u, d) for u, _, d in g.in_edges(n, data=True) if d.get("relation") in rels]


def _out_edges(g: nx.MultiDiGraph, n: str, relations: Iterable[str]) -> list[tuple[str, dict]]:
    rels = set(relations)
    return [(v, d) for _, v, d in g.out_edges(n, data=True) if d.get("relation") in rels]


def _uniq(items: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for x in items:
        if x not in out and x not in (None, ""):
            out.append(x)
    return out


def _span_start(d: dict) -> int:
    span = d.get("span") or [0, 0]
    return int(span[0]) if span else 0


def mechanism_notices(g: nx.MultiDiGraph, mech: str) -> list[str]:
    """Notices that establish or mention the mechanism (file names, sorted)."""
    docs = list(g.nodes[mech].get("docs") or [])
    docs += [d.get("doc") for _, d in _in_edges(g, mech, ["establishes"])]
    return sorted(_uniq(docs))


def duty_mechanism(g: nx.MultiDiGraph, duty: str) -> str | None:
    """The duty's mechanism: its ``mechanism`` attribute, else the one its notice establishes."""
    data = g.nodes[duty]
    mech = data.get("mechanism")
    if mech and mech in g:
        return mech
    doc = data.get("doc")
    if not doc:
        return None
    est = _uniq(v for _, v, d in g.edges(kg.node_id("document", doc), data=True)
                if d.get("relation") == "establishes") if kg.node_id("document", doc) in g else []
    return est[0] if len(est) == 1 else None


def mechanism_duties(g: nx.MultiDiGraph, mech: str) -> list[str]:
    """Duty nodes that belong to the mechanism, in notice/offset order."""
    duties = [n for n in kg.nodes_of_type(g, "duty") if duty_mechanism(g, n) == mech]
    return sorted(duties, key=lambda n: (g.nodes[n].get("doc") or "", _span_start(g.nodes[n])))


def mechanism_units(g: nx.MultiDiGraph, mech: str) -> list[str]:
    """Organizations that are member (or convener) units of the mechanism, sorted by name."""
    units = _uniq(u for u, _ in _in_edges(g, mech, UNIT_RELATIONS))
    return sorted(units, key=lambda n: _name(g, n) or n)


def unit_duties(g: nx.MultiDiGraph, org: str, mech: str | None) -> list[tuple[str, dict]]:
    """(duty, responsible_for edge data) of an organization, limited to a mechanism if given."""
    out = []
    for duty, d in _out_edges(g, org, ["responsible_for"]):
        if mech is None or duty_mechanism(g, duty) == mech:
            out.append((duty, d))
    out.sort(key=lambda t: (g.nodes[t[0]].get("doc") or "", _span_start(g.nodes[t[0]])))
    return out


def resolve_mechanism(g: nx.MultiDiGraph, name: str) -> str:
    """The mechanism a user means (name, ``short`` alias, prefix/substring, fuzzy)."""
    return resolve(g, name, ["mechanism"], "mechanism")


def mechanism_summary(g: nx.MultiDiGraph, mech: str) -> dict[str, Any]:
    """id, name, short, aliases, notices and counts of units, people and duties."""
    data = g.nodes[mech]
    people = _uniq(u for u, _ in _in_edges(g, mech, PERSON_ROLES))
    return {
        "id": mech,
        "name": data.get("name", mech),
        "short": data.get("short"),
        "aliases": list(data.get("aliases") or []),
        "units": len(mechanism_units(g, mech)),
        "people": len(people),
        "duties": len(mechanism_duties(g, mech)),
        "notices": mechanism_notices(g, mech),
    }


# --- compare -----------------------------------------------------------------------


def _units_by_kind(g: nx.MultiDiGraph, mech: str) -> tuple[dict[str, list[str]], list[str]]:
    by_kind: dict[str, list[str]] = {}
    unkinded: list[str] = []
    for org in mechanism_units(g, mech):
        data = g.nodes[org]
        if data.get("collective"):
            unkinded.append(org)
            continue
        kind = data.get("kind")
        if kind:
            by_kind.setdefault(kind, []).append(org)
        else:
            unkinded.append(org)
    return by_kind, unkinded


def _unit_entry(g: nx.MultiDiGraph, org: str, mech: str) -> dict[str, Any]:
    return {
        "id": org,
        "name": _name(g, org),
        "duties": [g.nodes[duty].get("text", "") for duty, _ in unit_duties(g, org, mech)],
    }


def compare(g: nx.MultiDiGraph, a: str, b: str) -> dict[str, Any]:
    """Two mechanisms side by side by department kind of their member units.

    Returns ``{"a": summary, "b": summary, "shared": [kinds], "only_a": [kinds],
    "only_b": [kinds], "rows": [{"kind", "a": [{"id", "name", "duties": [text]}], "b": …}],
    "unclassified": {"a": [...], "b": [...]}}``. Rows come in the order shared, only_a,
    only_b, each sorted by kind; ``unclassified`` holds units with no known kind (and
    collectives such as 各乡镇街道) in the same unit shape.
    """
    ma, mb = resolve_mechanism(g, a), resolve_mechanism(g, b)
    ka, ua = _units_by_kind(g, ma)
    kb, ub = _units_by_kind(g, mb)
    shared = sorted(set(ka) & set(kb))
    only_a = sorted(set(ka) - set(kb))
    only_b = sorted(set(kb) - set(ka))
    rows = [
        {
            "kind": kind,
            "a": [_unit_entry(g, o, ma) for o in ka.get(kind, [])],
            "b": [_unit_entry(g, o, mb) for o in kb.get(kind, [])],
        }
        for kind in shared + only_a + only_b
    ]
    return {
        "a": mechanism_summary(g, ma),
        "b": mechanism_summary(g, mb),
        "shared": shared,
        "only_a": only_a,
        "only_b": only_b,
        "rows": rows,
        "unclassified": {
            "a": [_unit_entry(g, o, ma) for o in ua],
            "b": [_unit_entry(g, o, mb) for o in ub],
        },
    }
