"""The networkx query code before the store (main f63fe26), kept as the reference the
store's answers are compared with (tests/test_store_queries.py). Not used by policykg.

Imports only networkx, the standard library and the project's light modules: never spaCy
or jieba, so ``policykg who …`` starts fast. Every function takes the merged graph
(``extractor.graph.load``) and returns plain dicts/lists that serialise to JSON as is.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from extractor import graph as kg
from extractor.errors import NotFoundError
from extractor.graph import PERSON_ROLES
from extractor.project import Project
from tests.reference_names import norm, resolve

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
    "leader_unit_of": "leader_unit",
    "deputy_leader_unit_of": "deputy_leader_unit",
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
    except (OSError, ValueError, KeyError, TypeError, nx.NetworkXError) as err:
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
    doc_node = kg.node_id("document", data.get("doc") or "")
    if doc_node not in g:
        return None
    established = _uniq(v for v, _ in _out_edges(g, doc_node, ["establishes"]))
    return established[0] if len(established) == 1 else None


def mechanism_duties(g: nx.MultiDiGraph, mech: str) -> list[str]:
    """Duty nodes that belong to the mechanism, in notice/offset order."""
    duties = [n for n in kg.nodes_of_type(g, "duty") if duty_mechanism(g, n) == mech]
    return sorted(duties, key=lambda n: (g.nodes[n].get("doc") or "", _span_start(g.nodes[n])))


def mechanism_units(
    g: nx.MultiDiGraph, mech: str, relations: Iterable[str] = ("member_unit_of",)
) -> list[str]:
    """Organizations linked to the mechanism by ``relations`` (member units), sorted by name."""
    units = _uniq(u for u, _ in _in_edges(g, mech, relations))
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
        kind = g.nodes[org].get("kind")
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
    only_b, each sorted by kind; ``unclassified`` holds member units with no known kind
    in the same unit shape. Collectives (各乡镇街道) count under their kind when they have one.
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


# --- organizations: a specific body or a kind -------------------------------------


def resolve_orgs(g: nx.MultiDiGraph, query: str) -> tuple[list[str], str]:
    """Organizations a user means by ``query`` and a label saying how they were chosen.

    In order: the body whose name is exactly ``query`` (``奈曼旗公安局``); every body of a
    department kind the query names (``公安``, ``公安局``: a kind equal to, a prefix of, or
    starting with the query, or the kind ``lexicons/kinds.json`` gives that exact word,
    e.g. 教体局 -> 教育); the bodies with that exact alias (``市公安局``); the kinds of bodies
    whose name ends with the query (``卫健委``). Failing all, prefix/substring/fuzzy
    matching must single out one body.
    """
    q = norm(query)
    orgs = sorted(kg.nodes_of_type(g, "organization"), key=lambda n: _name(g, n) or n)
    named = [n for n in orgs if q in (norm(n), norm(g.nodes[n].get("name") or ""))]
    if named:
        return named, ", ".join(_name(g, n) or n for n in named)
    bodies = [n for n in orgs if not g.nodes[n].get("collective")]
    present = {g.nodes[n].get("kind") for n in bodies} - {None, ""}

    def of_kinds(kinds: set[str]) -> tuple[list[str], str]:
        return [n for n in bodies if g.nodes[n].get("kind") in kinds], "kind " + "/".join(sorted(kinds))

    kinds = {k for k in present if q == norm(k) or q.startswith(norm(k))
             or (len(q) >= 2 and norm(k).startswith(q))}
    kinds |= {k for k in _lexicon_kind_words().get(q, set()) if k in present}
    if kinds:
        return of_kinds(kinds)
    aliased = [n for n in orgs if any(q == norm(x) for x in _names_of(g, n))]
    if aliased:
        return aliased, ", ".join(_name(g, n) or n for n in aliased)
    if len(q) >= 2:
        kinds = {g.nodes[n].get("kind") for n in bodies
                 if g.nodes[n].get("kind") and any(norm(x).endswith(q) for x in _names_of(g, n))}
        if kinds:
            return of_kinds(kinds)
    one = resolve(g, query, ["organization"], "organization")
    return [one], _name(g, one) or one


@functools.lru_cache(maxsize=1)
def _lexicon_kind_words() -> dict[str, set[str]]:
    """Department names and short forms -> kinds, from ``lexicons/kinds.json`` if present.

    Lets ``duties 卫健委`` or ``duties 教体局`` find their kind. A missing or unexpected
    file gives an empty map (the graph's own kinds and names still work).
    """
    path = Path(__file__).resolve().parent.parent / "extractor" / "lexicons" / "kinds.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        out: dict[str, set[str]] = {}
        for entry in data.get("kinds", []):
            for word in [entry["kind"], *entry.get("names", []), *entry.get("short", [])]:
                out.setdefault(norm(word), set()).add(entry["kind"])
        return out
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _names_of(g: nx.MultiDiGraph, n: str) -> list[str]:
    data = g.nodes[n]
    return [x for x in [data.get("name"), *(data.get("aliases") or [])] if x]


# --- mechanisms, members, people ---------------------------------------------------


def mechanisms(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Every mechanism with counts of units, people and duties, and its notices."""
    mechs = sorted(kg.nodes_of_type(g, "mechanism"), key=lambda n: _name(g, n) or n)
    return [mechanism_summary(g, m) for m in mechs]


def members(g: nx.MultiDiGraph, mech_name: str) -> dict[str, Any]:
    """Member (and convener) units of a mechanism with kind and roles, and its offices/bodies."""
    mech = resolve_mechanism(g, mech_name)
    units = []
    edges = _in_edges(g, mech, UNIT_RELATIONS)
    for org in mechanism_units(g, mech, UNIT_RELATIONS):
        rels = [d for u, d in edges if u == org]
        data = g.nodes[org]
        units.append({
            "id": org,
            "name": _name(g, org),
            "kind": data.get("kind"),
            "collective": bool(data.get("collective")),
            "roles": _uniq(UNIT_RELATIONS[d["relation"]] for d in rels),
            "title": next((d.get("title") for d in rels if d.get("title")), None),
            "notices": sorted(_uniq(d.get("doc") for d in rels)),
        })
    bodies: list[dict[str, Any]] = []
    for body, d in sorted(_in_edges(g, mech, BODY_RELATIONS), key=lambda t: t[0]):
        if any(b["id"] == body for b in bodies):  # stated again by another notice
            continue
        hosts = [_name(g, h) for h, _ in _out_edges(g, body, ["hosted_by"])]
        bodies.append({
            "id": body,
            "name": _name(g, body),
            "body": g.nodes[body].get("body"),
            "relation": BODY_RELATIONS[d["relation"]],
            "hosted_by": _uniq(hosts),
            "notice": d.get("doc"),
        })
    return {"mechanism": mechanism_summary(g, mech), "units": units, "bodies": bodies}


def normalize_role(role: str) -> str:
    """``liaison``, ``liaison_of`` or ``联络员`` -> ``liaison``; NotFoundError if unknown."""
    r = role.strip()
    r = ROLE_WORDS.get(r, r).casefold().removesuffix("_of")
    if r not in PERSON_ROLES.values():
        known = ", ".join(sorted(PERSON_ROLES.values()))
        raise NotFoundError(f"unknown role {role!r}; use one of {known} (or 召集人, 成员, 联络员 …)")
    return r


def people(
    g: nx.MultiDiGraph,
    mechanism: str | None = None,
    role: str | None = None,
    org: str | None = None,
) -> list[dict[str, Any]]:
    """Persons with their role in a mechanism, organization and title (holds_post)."""
    mech = resolve_mechanism(g, mechanism) if mechanism else None
    want_role = normalize_role(role) if role else None
    org_ids = set(resolve_orgs(g, org)[0]) if org else None
    rows = []
    for person in kg.nodes_of_type(g, "person"):
        posts = _out_edges(g, person, ["holds_post"])
        if org_ids is not None and not any(o in org_ids for o, _ in posts):
            continue
        organization = _uniq(_name(g, o) for o, _ in posts)
        title = _uniq(d.get("title") for _, d in posts)
        kinds = _uniq(g.nodes[o].get("kind") for o, _ in posts)
        roles = _out_edges(g, person, PERSON_ROLES)
        if not roles and mech is None and want_role is None:
            roles = [(None, {})]
        seen = set()
        for m, d in roles:
            r = PERSON_ROLES.get(d.get("relation", ""))
            if (mech and m != mech) or (want_role and r != want_role) or (m, r) in seen:
                continue
            seen.add((m, r))
            rows.append({
                "id": person,
                "person": _name(g, person),
                "role": r,
                "mechanism": _name(g, m),
                "organization": organization,
                "kind": kinds,
                "title": title,
                "notice": d.get("doc"),
                "evidence": d.get("evidence"),
            })
    order = list(PERSON_ROLES.values())
    rows.sort(key=lambda r: (r["mechanism"] or "", order.index(r["role"]) if r["role"] else 99,
                             r["notice"] or "", r["person"] or ""))
    return rows


# --- duties, who, disease ----------------------------------------------------------


def _duty_row(g: nx.MultiDiGraph, duty: str, org: str | None, edge: dict) -> dict[str, Any]:
    data = g.nodes[duty]
    mech = duty_mechanism(g, duty)
    return {
        "mechanism": _name(g, mech),
        "notice": data.get("doc") or edge.get("doc"),
        "organization": _name(g, org),
        "org_id": org,
        "kind": g.nodes[org].get("kind") if org else None,
        "role": edge.get("role"),
        "duty": data.get("text") or data.get("name"),
        "duty_id": duty,
        "deadline": data.get("deadline"),
        "deadline_date": data.get("deadline_date"),
        "item": data.get("item"),
        "diseases": _uniq(_name(g, x) for x, _ in _out_edges(g, duty, ["concerns"])),
        "evidence": edge.get("evidence"),
    }


def _sort_duty_rows(g: nx.MultiDiGraph, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def key(r: dict[str, Any]) -> tuple:
        return (r["mechanism"] or "\uffff", r["notice"] or "", _span_start(g.nodes[r["duty_id"]]),
                r["organization"] or "")
    return sorted(rows, key=key)


def duties(g: nx.MultiDiGraph, org: str, mechanism: str | None = None) -> list[dict[str, Any]]:
    """Duties of a body, or of every body of a kind (``公安``), per mechanism and notice."""
    orgs, _label = resolve_orgs(g, org)
    mech = resolve_mechanism(g, mechanism) if mechanism else None
    rows = [_duty_row(g, duty, o, d) for o in orgs for duty, d in unit_duties(g, o, mech)]
    return _sort_duty_rows(g, rows)


def _disease_set(g: nx.MultiDiGraph, term: str) -> set[str]:
    """Disease nodes a term names (name/alias equal or containing, 2+ chars the other way)
    plus every disease in a matched class."""
    q = norm(term)
    hit = set()
    for n in kg.nodes_of_type(g, "disease"):
        for x in _names_of(g, n):
            nx_ = norm(x)
            if q == nx_ or q in nx_ or (len(nx_) >= 2 and nx_ in q):
                hit.add(n)
                break
    out = set(hit)
    for n in hit:
        if g.nodes[n].get("category") == "class":
            out |= {u for u, _ in _in_edges(g, n, ["in_class"])}
            cname = g.nodes[n].get("name")
            out |= {m for m in kg.nodes_of_type(g, "disease") if cname in (g.nodes[m].get("classes") or [])}
    return out


def _responsible_rows(g: nx.MultiDiGraph, duty: str, matched: str) -> list[dict[str, Any]]:
    resp = _in_edges(g, duty, ["responsible_for"])
    rows = [_duty_row(g, duty, o, d) for o, d in resp] or [_duty_row(g, duty, None, {})]
    for r in rows:
        r["matched"] = matched
    return rows


def who(g: nx.MultiDiGraph, term: str) -> list[dict[str, Any]]:
    """Who is responsible for duties whose text contains ``term`` or whose diseases match it.

    One row per (duty, responsible organization); ``matched`` is ``text`` or ``disease``.
    """
    q = norm(term)
    if not q:
        raise NotFoundError("give a term to look for, e.g. policykg who 结核病")
    dis = _disease_set(g, term)
    texts = {q} | {norm(x) for n in dis if g.nodes[n].get("category") != "class" for x in _names_of(g, n)}
    rows: list[dict[str, Any]] = []
    for duty in kg.nodes_of_type(g, "duty"):
        text = norm(g.nodes[duty].get("text") or g.nodes[duty].get("name") or "")
        concerned = {x for x, _ in _out_edges(g, duty, ["concerns"])}
        if concerned & dis:
            rows += _responsible_rows(g, duty, "disease")
        elif any(t and t in text for t in texts):
            rows += _responsible_rows(g, duty, "text")
    if not rows:
        raise NotFoundError(f"no duty mentions {term!r} or concerns a disease matching it")
    return _sort_duty_rows(g, rows)


def disease(g: nx.MultiDiGraph, name: str) -> dict[str, Any]:
    """A disease (or class): aliases, classes, member diseases, notices and duties about it."""
    node = resolve(g, name, ["disease"], "disease")
    data = g.nodes[node]
    classes = _uniq([*(data.get("classes") or []),
                     *(_name(g, c) for c, _ in _out_edges(g, node, ["in_class"]))])
    member_ids = set()
    if data.get("category") == "class":
        member_ids = {u for u, _ in _in_edges(g, node, ["in_class"])}
        member_ids |= {m for m in kg.nodes_of_type(g, "disease")
                       if data.get("name") in (g.nodes[m].get("classes") or [])}
    notices = []
    for doc, d in _in_edges(g, node, ["mentions"]):
        dd = g.nodes[doc]
        notices.append({"notice": d.get("doc") or dd.get("name"), "title": dd.get("title"),
                        "evidence": d.get("evidence")})
    listed = {n["notice"] for n in notices}
    for doc in data.get("docs") or []:
        if doc not in listed:
            did = kg.node_id("document", doc)
            notices.append({"notice": doc, "title": g.nodes[did].get("title") if did in g else None,
                            "evidence": None})
    notices.sort(key=lambda n: n["notice"] or "")
    targets = {node} | member_ids
    rows: list[dict[str, Any]] = []
    for duty in kg.nodes_of_type(g, "duty"):
        if any(x in targets for x, _ in _out_edges(g, duty, ["concerns"])):
            rows += _responsible_rows(g, duty, "disease")
    return {
        "disease": {"id": node, "name": data.get("name"), "aliases": list(data.get("aliases") or []),
                    "category": data.get("category"), "classes": classes},
        "members": sorted(_name(g, m) or m for m in member_ids),
        "notices": notices,
        "duties": _sort_duty_rows(g, rows),
    }


# --- stats -------------------------------------------------------------------------


def stats(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Counts by node type and relation, and per notice."""
    node_counts = {t: 0 for t in kg.NODE_TYPES}
    for _, d in g.nodes(data=True):
        node_counts[d.get("type", "?")] = node_counts.get(d.get("type", "?"), 0) + 1
    rel_counts: dict[str, int] = {}
    per_doc_edges: dict[str, int] = {}
    for _, _, d in g.edges(data=True):
        rel_counts[d.get("relation", "?")] = rel_counts.get(d.get("relation", "?"), 0) + 1
        per_doc_edges[d.get("doc")] = per_doc_edges.get(d.get("doc"), 0) + 1
    notices = []
    for doc in sorted(kg.nodes_of_type(g, "document"), key=lambda n: g.nodes[n].get("name") or n):
        dd = g.nodes[doc]
        fname = dd.get("name") or doc
        notices.append({
            "notice": fname,
            "title": dd.get("title"),
            "number": dd.get("number"),
            "date": dd.get("date"),
            "nodes": sum(1 for _, d in g.nodes(data=True) if fname in (d.get("docs") or [])),
            "edges": per_doc_edges.get(fname, 0),
        })
    return {
        "nodes": node_counts,
        "relations": dict(sorted(rel_counts.items())),
        "total_nodes": g.number_of_nodes(),
        "total_edges": g.number_of_edges(),
        "notices": notices,
    }
