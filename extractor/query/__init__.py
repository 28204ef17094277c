"""Cross-notice questions over the graph store (library API behind the query commands).

Every function takes the store (an open ``sqlite3`` connection from :func:`open_store`,
or a networkx graph, which is put into an in-memory store first) and returns plain
dicts/lists that serialise to JSON as is. Imports only the standard library and the
project's light modules: never spaCy, jieba or networkx, so ``policykg who …`` starts fast.

Names never cross places: ``北京市公安局`` in a graph without 北京市 is "not found" (with
suggestions), never 昌吉市公安局; a fuzzy match is reported in
:data:`extractor.query.names.NOTES`.
"""

from __future__ import annotations

import functools
import json
import math
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from .. import store as _store
from ..errors import NotFoundError
from ..model import NODE_TYPES, PERSON_ROLES
from ..project import Project
from .fulltext import (
    caseless,
    count_containing,
    duties_containing,
    duty_ids_containing,
    facts_containing,
)
from .names import (
    NOTES as NOTES,
)
from .names import (
    match_stages,
    norm,
    of_place,
    place_known,
    placeholders,
    query_place,
    resolve,
    unknown_place,
)

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

Store = Any  # an sqlite3.Connection to a policykg store, or a networkx graph


class Rows(list):  # type: ignore[type-arg]
    """The first rows of an answer (a list), with ``total``: how many rows the whole answer
    has. Functions given ``limit`` build only the rows they return, so a big answer is as
    quick as a small one."""

    def __init__(self, rows: Iterable[Any] = (), total: int | None = None, exact: bool = True) -> None:
        super().__init__(rows)
        self.total = len(self) if total is None else total
        #: False when ``total`` is a lower bound: the page of a very big answer was read
        #: in answer order without enumerating every match (``who``, ``disease``)
        self.exact = exact


def _cut(rows: list[Any], limit: int | None) -> Rows:
    return Rows(rows[:limit] if limit is not None else rows, len(rows))


# --- opening -------------------------------------------------------------------------


def open_store(project: Project) -> sqlite3.Connection:
    """The project's store (``graphs/graph.db``) for reading; NotFoundError when not built,
    DamagedStoreError (a one-line message) when the file is damaged."""
    return _store.connect(_store.db_path(project))


def load_graph(project: Project) -> sqlite3.Connection:
    """Alias of :func:`open_store` (the name the query commands used before the store)."""
    return open_store(project)


def _conn(db: Store) -> sqlite3.Connection:
    return _store.as_conn(db)


# --- small helpers -------------------------------------------------------------------


def _uniq(items: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for x in items:
        if x not in out and x not in (None, ""):
            out.append(x)
    return out


def _names(c: sqlite3.Connection, ids: Iterable[str | None]) -> dict[str, dict[str, Any]]:
    """id -> {name, kind, locality, type, attributes} for the given ids."""
    keys: list[str] = [i for i in dict.fromkeys(ids) if i]
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        for r in c.execute(f"SELECT id, name, kind, locality, type, attributes, collective FROM nodes "
                           f"WHERE id IN ({placeholders(chunk)})", chunk):
            out[r[0]] = {"name": r[1], "kind": r[2], "locality": r[3], "type": r[4],
                         "attributes": r[5], "collective": bool(r[6])}
    return out


def _name(c: sqlite3.Connection, nid: str | None) -> str | None:
    if nid is None:
        return None
    row = c.execute("SELECT name FROM nodes WHERE id = ?", (nid,)).fetchone()
    return row[0] if row and row[0] is not None else nid


def _attrs(c: sqlite3.Connection, nid: str) -> dict[str, Any]:
    row = c.execute("SELECT attributes FROM nodes WHERE id = ?", (nid,)).fetchone()
    return json.loads(row[0]) if row and row[0] else {}


def _aliases(c: sqlite3.Connection, nid: str) -> list[str]:
    """The node's ``aliases`` attribute, in order."""
    return list(_attrs(c, nid).get("aliases") or [])


def mechanism_notices(db: Store, mech: str) -> list[str]:
    """Notices that establish or mention the mechanism (file names, sorted)."""
    c = _conn(db)
    docs = _store.node_docs(c, [mech]).get(mech, [])
    docs += [r[0] for r in c.execute(
        "SELECT notice FROM edges WHERE target = ? AND relation = 'establishes'", (mech,))]
    return sorted(_uniq(docs))


def duty_mechanism(db: Store, duty: str) -> str | None:
    """The duty's mechanism: its ``mechanism`` attribute, else the one its notice establishes."""
    row = _conn(db).execute("SELECT mechanism FROM duties WHERE id = ?", (duty,)).fetchone()
    return row[0] if row else None


def mechanism_duties(db: Store, mech: str) -> list[str]:
    """Duty ids that belong to the mechanism, in notice/offset order."""
    return [r[0] for r in _conn(db).execute(
        "SELECT id FROM duties WHERE mechanism = ? ORDER BY notice, span_start", (mech,))]


def mechanism_units(db: Store, mech: str, relations: Iterable[str] = ("member_unit_of",)) -> list[str]:
    """Organizations linked to the mechanism by ``relations`` (member units), sorted by name."""
    c = _conn(db)
    rels = list(relations)
    rows = c.execute(
        f"SELECT DISTINCT e.source, n.name FROM edges e LEFT JOIN nodes n ON n.id = e.source "
        f"WHERE e.target = ? AND e.relation IN ({placeholders(rels)})", [mech, *rels]).fetchall()
    return [r[0] for r in sorted(rows, key=lambda r: r[1] or r[0])]


def unit_duties(db: Store, org: str, mech: str | None) -> list[tuple[str, dict]]:
    """(duty, responsible_for edge data) of an organization, limited to a mechanism if given."""
    c = _conn(db)
    sql = ("SELECT e.target, e.role, e.evidence, e.notice FROM edges e JOIN duties d ON d.id = e.target "
           "WHERE e.source = ? AND e.relation = 'responsible_for'")
    params: list[Any] = [org]
    if mech is not None:
        sql += " AND d.mechanism = ?"
        params.append(mech)
    sql += " ORDER BY d.notice, d.span_start, e.ord"
    return [(r[0], _edge_dict(r[1], r[2], r[3])) for r in c.execute(sql, params)]


def _edge_dict(role: str | None, evidence: str | None, notice: str | None) -> dict[str, Any]:
    d: dict[str, Any] = {"relation": "responsible_for", "evidence": evidence, "doc": notice}
    if role is not None:
        d["role"] = role
    return d


def resolve_mechanism(db: Store, name: str) -> str:
    """The mechanism a user means (name, ``short`` alias, prefix/substring, fuzzy; never
    in another place)."""
    return resolve(_conn(db), name, ["mechanism"], "mechanism")


def mechanism_summary(db: Store, mech: str, units: Sequence[str] | None = None) -> dict[str, Any]:
    """id, name, short, aliases, notices and counts of units (``units`` when the caller
    has read them: :func:`mechanism_units`), people and duties."""
    c = _conn(db)
    attrs = _attrs(c, mech)
    roles = list(PERSON_ROLES)
    people = c.execute(
        f"SELECT count(DISTINCT source) FROM edges WHERE target = ? AND relation IN ({placeholders(roles)})",
        [mech, *roles]).fetchone()[0]
    return {
        "id": mech,
        "name": _name(c, mech),
        "short": attrs.get("short"),
        "aliases": list(attrs.get("aliases") or []),
        "units": len(mechanism_units(c, mech) if units is None else units),
        "people": people,
        "duties": c.execute("SELECT count(*) FROM duties WHERE mechanism = ?", (mech,)).fetchone()[0],
        "notices": mechanism_notices(c, mech),
    }


# --- compare -------------------------------------------------------------------------


def _units_by_kind(c: sqlite3.Connection, units: list[str]) -> tuple[dict[str, list[str]], list[str]]:
    by_kind: dict[str, list[str]] = {}
    unkinded: list[str] = []
    info = _names(c, units)
    for org in units:
        kind = info.get(org, {}).get("kind")
        if kind:
            by_kind.setdefault(kind, []).append(org)
        else:
            unkinded.append(org)
    return by_kind, unkinded


def _unit_texts(c: sqlite3.Connection, mech: str) -> dict[str, list[str]]:
    """body -> the texts of its duties in the mechanism, in notice and offset order (one
    statement for every body, not one a body)."""
    out: dict[str, list[str]] = {}
    for org, text in c.execute(
            "SELECT e.source, d.text FROM duties d CROSS JOIN edges e ON e.target = d.id"
            " AND e.relation = 'responsible_for' WHERE d.mechanism = ? ORDER BY d.notice, d.span_start, e.ord",
            (mech,)):
        out.setdefault(org, []).append(text or "")
    return out


def _unit_name(org: str, names: dict[str, dict[str, Any]]) -> str:
    """A unit's name (its id when the store names it not)."""
    name = names[org]["name"] if org in names else None
    return org if name is None else name


def _unit_entry(org: str, texts: list[str], names: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {"id": org, "name": _unit_name(org, names), "duties": list(texts)}


class _Comparison:
    """Two mechanisms' member units by kind, without their duties: what :func:`compare`
    and :func:`compare_rows` fill with the duties, the whole or a page of them."""

    def __init__(self, c: sqlite3.Connection, a: str, b: str) -> None:
        self.ids = {"a": resolve_mechanism(c, a), "b": resolve_mechanism(c, b)}
        units = {side: mechanism_units(c, mech) for side, mech in self.ids.items()}  # (read once)
        (ka, ua), (kb, ub) = _units_by_kind(c, units["a"]), _units_by_kind(c, units["b"])
        self.shared = sorted(set(ka) & set(kb))
        self.only_a = sorted(set(ka) - set(kb))
        self.only_b = sorted(set(kb) - set(ka))
        #: (kind, {"a": units, "b": units}) in the order of the rows; unclassified: no kind
        self.kinds = [(kind, {"a": ka.get(kind, []), "b": kb.get(kind, [])})
                      for kind in self.shared + self.only_a + self.only_b]
        self.unclassified = {"a": ua, "b": ub}
        self.names = _names(c, [o for units in (*ka.values(), *kb.values(), ua, ub) for o in units])
        self.head: dict[str, Any] = {
            "a": mechanism_summary(c, self.ids["a"], units["a"]),
            "b": mechanism_summary(c, self.ids["b"], units["b"]),
            "shared": self.shared,
            "only_a": self.only_a,
            "only_b": self.only_b,
        }

    def slots(self) -> list[tuple[str, str, str, str]]:
        """(kind, where: both/only_a/only_b or "", side, unit) in the order of the flat rows."""
        where = {k: "both" for k in self.shared} | {k: "only_a" for k in self.only_a} \
            | {k: "only_b" for k in self.only_b}
        groups = [(kind, where[kind], units) for kind, units in self.kinds]
        groups.append(("(unclassified)", "", self.unclassified))
        return [(kind, status, side, org) for kind, status, units in groups for side in ("a", "b")
                for org in units[side]]

    def row(self, slot: tuple[str, str, str, str], duty: str) -> dict[str, Any]:
        """The flat row of one duty (or "") of a slot's unit."""
        kind, status, side, org = slot
        return {"kind": kind, "in": status, "side": side, "mechanism": self.head[side]["name"],
                "unit": _unit_name(org, self.names), "duty": duty,
                "mechanism_id": self.head[side].get("id"), "unit_id": org}


def compare(db: Store, a: str, b: str) -> dict[str, Any]:
    """Two mechanisms side by side by department kind of their member units.

    Returns ``{"a": summary, "b": summary, "shared": [kinds], "only_a": [kinds],
    "only_b": [kinds], "rows": [{"kind", "a": [{"id", "name", "duties": [text]}], "b": …}],
    "unclassified": {"a": [...], "b": [...]}}``. Rows come in the order shared, only_a,
    only_b, each sorted by kind; ``unclassified`` holds member units with no known kind
    in the same unit shape. Collectives (各乡镇街道) count under their kind when they have one.
    """
    c = _conn(db)
    cmp = _Comparison(c, a, b)
    texts = {side: _unit_texts(c, cmp.ids[side]) for side in ("a", "b")}

    def units(side: str, orgs: list[str]) -> list[dict[str, Any]]:
        return [_unit_entry(o, texts[side].get(o, []), cmp.names) for o in orgs]

    return {
        **cmp.head,
        "rows": [{"kind": kind, "a": units("a", orgs["a"]), "b": units("b", orgs["b"])} for kind, orgs in cmp.kinds],
        "unclassified": {side: units(side, cmp.unclassified[side]) for side in ("a", "b")},
    }


#: compare_rows reads the duties of the page's units alone when the two mechanisms have
#: more than this many times the rows asked for.
PAGED_COMPARE = 20


def compare_rows(db: Store, a: str, b: str, limit: int | None = None) -> tuple[dict[str, Any], Rows]:
    """The head of :func:`compare` (``a``, ``b``, ``shared``, ``only_a``, ``only_b``) and its
    flat rows, one per (kind, side, unit, duty; a unit of no duty: one row, duty ""), the
    first ``limit``. When the two mechanisms have many more duties than that
    (:data:`PAGED_COMPARE`), only the duties of the units on the page are read, and the
    total, the rows read and one for every unit after them, is a lower bound (``exact``
    False)."""
    c = _conn(db)
    cmp = _Comparison(c, a, b)
    slots = cmp.slots()
    duties = cmp.head["a"]["duties"] + cmp.head["b"]["duties"]
    if limit is None or duties <= PAGED_COMPARE * limit:
        texts = {side: _unit_texts(c, cmp.ids[side]) for side in ("a", "b")}
        every = [cmp.row(slot, duty) for slot in slots for duty in texts[slot[2]].get(slot[3]) or [""]]
        return cmp.head, Rows(every[:limit] if limit is not None else every, len(every))
    rows: list[dict[str, Any]] = []
    for i, slot in enumerate(slots):
        rows += [cmp.row(slot, duty) for duty in _one_unit_texts(c, slot[3], cmp.ids[slot[2]]) or [""]]
        if len(rows) > limit:
            return cmp.head, Rows(rows[:limit], len(rows) + len(slots) - i - 1, exact=False)
    return cmp.head, Rows(rows, len(rows))


def _one_unit_texts(c: sqlite3.Connection, org: str, mech: str) -> list[str]:
    """The texts of one body's duties in the mechanism, in the order of :func:`_unit_texts`."""
    return [text or "" for (text,) in c.execute(
        "SELECT d.text FROM edges e JOIN duties d ON d.id = e.target WHERE e.source = ?"
        " AND e.relation = 'responsible_for' AND d.mechanism = ? ORDER BY d.notice, d.span_start, e.ord",
        (org, mech))]


# --- organizations: a specific body or a kind ---------------------------------------


def _present_kinds(c: sqlite3.Connection) -> set[str]:
    return {r[0] for r in c.execute(
        "SELECT DISTINCT kind FROM nodes WHERE type = 'organization' AND kind IS NOT NULL "
        "AND kind != '' AND collective = 0")}


def _bodies_of_kinds(c: sqlite3.Connection, kinds: set[str]) -> list[str]:
    ks = sorted(kinds)
    rows = c.execute(
        f"SELECT id, name FROM nodes WHERE type = 'organization' AND kind IN ({placeholders(ks)}) AND collective = 0",
        ks).fetchall()
    return [r[0] for r in sorted(rows, key=lambda r: r[1] or r[0])]


def _sorted_by_name(c: sqlite3.Connection, ids: Iterable[str]) -> list[str]:
    info = _names(c, ids)
    return sorted(dict.fromkeys(ids), key=lambda n: info.get(n, {}).get("name") or n)


def _label(c: sqlite3.Connection, ids: Sequence[str]) -> str:
    return ", ".join(_name(c, n) or n for n in ids)


def _kinds_named(c: sqlite3.Connection, q: str, present: set[str]) -> set[str]:
    """Kinds the normalized query names: equal to, a prefix of, or starting with the query
    (2+ characters), or a department name of the lexicon (a name of a kind of which each
    place has one body; for other kinds, such as 医院, only the kind word itself)."""
    kinds = {k for k in present if q == norm(k) or q.startswith(norm(k))
             or (len(q) >= 2 and norm(k).startswith(q))}
    kinds |= {k for k in _lexicon_kind_words().get(q, set()) if k in present}
    return kinds


def resolve_orgs(db: Store, query: str) -> tuple[list[str], str]:
    """Organizations a user means by ``query`` and a label saying how they were chosen.

    In order: the body whose name is exactly ``query`` (``奈曼旗公安局``), unless it is a
    body of no place whose name is a kind (``红十字会``: then every body of the kind); every
    body of a department kind the query names (``公安``, ``公安局``; the lexicon's
    department names, e.g. 教体局 -> 教育); the bodies with that exact alias
    (``市公安局``); the kinds of bodies whose name ends with the query (``卫健委``). Failing
    all, prefix/substring/fuzzy matching must single out one body. A query that starts with
    a place the graph does not know (``北京市公安局``) is not found, never another place's body.
    """
    c = _conn(db)
    q = norm(query)
    named = [r[0] for r in c.execute(
        "SELECT id FROM nodes WHERE type = 'organization' AND (key = ? OR id = ?)", (q, query))]
    present = _present_kinds(c)
    kinds = _kinds_named(c, q, present)
    info = _names(c, named)
    if named and not (kinds and all(not info[n]["locality"] for n in named)):
        named = _sorted_by_name(c, named)
        return named, _label(c, named)
    if kinds:
        ids = _sorted_by_name(c, [*_bodies_of_kinds(c, kinds), *named])
        return ids, "kind " + "/".join(sorted(kinds))
    missing = unknown_place(c, query, ["organization"], "organization")
    if missing is not None:
        raise missing
    place = query_place(query)
    aliased = [r[0] for r in c.execute(
        "SELECT a.node FROM aliases a JOIN nodes n ON n.id = a.node "
        "WHERE a.key = ? AND n.type = 'organization'", (q,))]
    if aliased:
        aliased = _sorted_by_name(c, aliased)
        return aliased, _label(c, aliased)
    if len(q) >= 2:
        rq = q[::-1]
        hi = rq + "\uffff"
        ends = [r[0] for r in c.execute(
            "SELECT id FROM nodes WHERE type = 'organization' AND collective = 0 AND rkey >= ? AND rkey < ? "
            "UNION SELECT a.node FROM aliases a JOIN nodes n ON n.id = a.node "
            "WHERE n.type = 'organization' AND n.collective = 0 AND a.rkey >= ? AND a.rkey < ?",
            (rq, hi, rq, hi))]
        ends = of_place(c, ends, place)
        if ends:
            einfo = _names(c, ends)
            unique = _lexicon_unique_kinds()
            ekinds = {einfo[n]["kind"] for n in ends if einfo.get(n, {}).get("kind")}
            if ekinds and all(unique.get(k, True) for k in ekinds) and place is None:
                return _bodies_of_kinds(c, ekinds), "kind " + "/".join(sorted(ekinds))
            if ekinds:  # a kind of which a place may have many (医院), or one place's bodies
                ends = _sorted_by_name(c, [n for n in ends if einfo[n]["kind"]])
                return ends, _label(c, ends)
    one = resolve(c, query, ["organization"], "organization")
    return [one], _name(c, one) or one


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    from ..lexicon import data_file  # lexicons/kinds.json (the file alone: the whole lexicon
    # would compile its regular expressions, 30 ms of a query)

    try:
        data = data_file("kinds.json")
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError, KeyError):
        return {}


@functools.lru_cache(maxsize=1)
def _lexicon_kind_words() -> dict[str, set[str]]:
    """Department names and short forms -> kinds, from ``lexicons/kinds.json`` if present.

    Lets ``duties 卫健委`` or ``duties 教体局`` find their kind. A missing or unexpected
    file gives an empty map (the graph's own kinds and names still work).
    """
    try:
        out: dict[str, set[str]] = {}
        for entry in _lexicon().get("kinds", []):
            # a kind of which a place has many bodies (医院) is named by its kind word and
            # short forms only: 中医院 is one kind of hospital, not every hospital
            names = entry.get("names", []) if entry.get("unique", True) is not False else []
            for word in [entry["kind"], *names, *entry.get("short", [])]:
                out.setdefault(norm(word), set()).add(entry["kind"])
        return out
    except (KeyError, TypeError, AttributeError):
        return {}


@functools.lru_cache(maxsize=1)
def _lexicon_unique_kinds() -> dict[str, bool]:
    """kind -> whether a place has one body of it (``"unique": false`` in kinds.json: 医院)."""
    try:
        return {e["kind"]: e.get("unique", True) is not False for e in _lexicon().get("kinds", [])}
    except (KeyError, TypeError, AttributeError):
        return {}


# --- mechanisms, members, people -----------------------------------------------------


def mechanisms(db: Store, limit: int | None = None) -> Rows:
    """Every mechanism with counts of units, people and duties, and its notices, by name
    (the first ``limit``, with the number of all in ``total``)."""
    c = _conn(db)
    roles = list(PERSON_ROLES)
    listed = c.execute("SELECT id, name, attributes FROM nodes WHERE type = 'mechanism'").fetchall()
    total = len(listed)
    listed = sorted(listed, key=lambda r: r[1] or r[0])[:limit]
    units: dict[str, int] = {}
    people: dict[str, int] = {}
    duties: dict[str, int] = {}
    established: dict[str, list[str]] = {}
    ids = [r[0] for r in listed]
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        units.update(c.execute(
            f"SELECT target, count(DISTINCT source) FROM edges WHERE relation = 'member_unit_of' "
            f"AND target IN ({placeholders(chunk)}) GROUP BY target", chunk).fetchall())
        people.update(c.execute(
            f"SELECT target, count(DISTINCT source) FROM edges WHERE relation IN ({placeholders(roles)}) "
            f"AND target IN ({placeholders(chunk)}) GROUP BY target", [*roles, *chunk]).fetchall())
        duties.update(c.execute(
            f"SELECT mechanism, count(*) FROM duties WHERE mechanism IN ({placeholders(chunk)}) GROUP BY mechanism",
            chunk).fetchall())
        for target, notice in c.execute(
                f"SELECT target, notice FROM edges WHERE relation = 'establishes' AND target IN ({placeholders(chunk)})",
                chunk):
            established.setdefault(target, []).append(notice)
    all_docs = _store.node_docs(c, ids)
    rows = Rows(total=total)
    for r in listed:
        attrs = json.loads(r[2] or "{}")
        rows.append({
            "id": r[0],
            "name": r[1] if r[1] is not None else r[0],
            "short": attrs.get("short"),
            "aliases": list(attrs.get("aliases") or []),
            "units": units.get(r[0], 0),
            "people": people.get(r[0], 0),
            "duties": duties.get(r[0], 0),
            "notices": sorted(_uniq([*all_docs.get(r[0], []), *established.get(r[0], [])])),
        })
    return rows


def members(db: Store, mech_name: str) -> dict[str, Any]:
    """Member (and convener) units of a mechanism with kind and roles, and its offices/bodies."""
    c = _conn(db)
    mech = resolve_mechanism(c, mech_name)
    rels = list(UNIT_RELATIONS)
    edges = c.execute(
        f"SELECT source, relation, title, notice FROM edges WHERE target = ? AND relation IN ({placeholders(rels)}) "
        "ORDER BY notice, ord", [mech, *rels]).fetchall()
    units = []
    ids = mechanism_units(c, mech, UNIT_RELATIONS)
    info = _names(c, ids)
    by_unit: dict[str, list[Any]] = {}
    for e in edges:  # (a unit's edges, in order: not a scan of every edge for each unit)
        by_unit.setdefault(e[0], []).append(e)
    for org in ids:
        mine = by_unit.get(org, [])
        data = info.get(org, {})
        units.append({
            "id": org,
            "name": data.get("name") or org,
            "kind": data.get("kind"),
            "collective": bool(data.get("collective")),
            "roles": _uniq(UNIT_RELATIONS[e[1]] for e in mine),
            "title": next((e[2] for e in mine if e[2]), None),
            "notices": sorted(_uniq(e[3] for e in mine)),
        })
    bodies: list[dict[str, Any]] = []
    brels = list(BODY_RELATIONS)
    for body, relation, notice in c.execute(
            f"SELECT source, relation, notice FROM edges WHERE target = ? AND relation IN ({placeholders(brels)}) "
            "ORDER BY source, notice, ord", [mech, *brels]).fetchall():
        if any(b["id"] == body for b in bodies):  # stated again by another notice
            continue
        hosts = [r[0] for r in c.execute(
            "SELECT n.name FROM edges e JOIN nodes n ON n.id = e.target WHERE e.source = ? "
            "AND e.relation = 'hosted_by' ORDER BY e.notice, e.ord", (body,))]
        bodies.append({
            "id": body,
            "name": _name(c, body),
            "body": _attrs(c, body).get("body"),
            "relation": BODY_RELATIONS[relation],
            "hosted_by": _uniq(hosts),
            "notice": notice,
        })
    return {"mechanism": mechanism_summary(c, mech), "units": units, "bodies": bodies}


def normalize_role(role: str) -> str:
    """``liaison``, ``liaison_of`` or ``联络员`` -> ``liaison``; NotFoundError if unknown."""
    r = role.strip()
    r = ROLE_WORDS.get(r, r).casefold().removesuffix("_of")
    if r not in PERSON_ROLES.values():
        known = ", ".join(sorted(PERSON_ROLES.values()))
        raise NotFoundError(f"unknown role {role!r}; use one of {known} (or 召集人, 成员, 联络员 …)")
    return r


def people(
    db: Store,
    mechanism: str | None = None,
    role: str | None = None,
    org: str | None = None,
    limit: int | None = None,
) -> Rows:
    """Persons with their role in a mechanism, organization and title (holds_post): the
    first ``limit`` rows, with the number of all in ``total``."""
    c = _conn(db)
    mech = resolve_mechanism(c, mechanism) if mechanism else None
    want_role = normalize_role(role) if role else None
    org_ids = resolve_orgs(c, org)[0] if org else None
    roles = list(PERSON_ROLES)
    if mech is not None:
        persons = [r[0] for r in c.execute(
            f"SELECT DISTINCT source FROM edges WHERE target = ? AND relation IN ({placeholders(roles)})", [mech, *roles])]
    elif org_ids is not None:
        persons = []
        for i in range(0, len(org_ids), 500):
            chunk = org_ids[i : i + 500]
            persons += [r[0] for r in c.execute(
                f"SELECT DISTINCT source FROM edges WHERE relation = 'holds_post' AND target IN ({placeholders(chunk)})", chunk)]
    else:
        persons = [r[0] for r in c.execute("SELECT id FROM nodes WHERE type = 'person'")]
    persons = [p for p in _order_nodes(c, persons) if _is_type(c, p, "person")]
    org_set = set(org_ids) if org_ids is not None else None
    rows = []
    for person in persons:
        posts = c.execute(
            "SELECT e.target, e.title, n.name, n.kind FROM edges e LEFT JOIN nodes n ON n.id = e.target "
            "WHERE e.source = ? AND e.relation = 'holds_post' ORDER BY e.notice, e.ord", (person,)).fetchall()
        if org_set is not None and not any(p[0] in org_set for p in posts):
            continue
        organization = _uniq(p[2] or p[0] for p in posts)
        title = _uniq(p[1] for p in posts)
        kinds = _uniq(p[3] for p in posts)
        role_edges = [(r[0], r[1], r[2], r[3]) for r in c.execute(
            f"SELECT target, relation, notice, evidence FROM edges WHERE source = ? AND relation IN ({placeholders(roles)}) "
            "ORDER BY notice, ord", [person, *roles])]
        if not role_edges and mech is None and want_role is None:
            role_edges = [(None, None, None, None)]
        seen = set()
        pname = _name(c, person)
        for m, relation, notice, evidence in role_edges:
            r = PERSON_ROLES.get(relation or "")
            if (mech and m != mech) or (want_role and r != want_role) or (m, r) in seen:
                continue
            seen.add((m, r))
            rows.append({
                "id": person,
                "person": pname,
                "role": r,
                "mechanism": _name(c, m),
                "organization": organization,
                "kind": kinds,
                "title": title,
                "notice": notice,
                "evidence": evidence,
            })
    order = list(PERSON_ROLES.values())
    rows.sort(key=lambda r: (r["mechanism"] or "", order.index(r["role"]) if r["role"] else 99,
                             r["notice"] or "", r["person"] or ""))
    return _cut(rows, limit)


def _is_type(c: sqlite3.Connection, nid: str, t: str) -> bool:
    row = c.execute("SELECT type FROM nodes WHERE id = ?", (nid,)).fetchone()
    return bool(row and row[0] == t)


def _order_nodes(c: sqlite3.Connection, ids: list[str]) -> list[str]:
    from .names import node_order

    return node_order(c, ids)


# --- duties, who, disease ------------------------------------------------------------


def _duty_rows(c: sqlite3.Connection, items: list[tuple[str, str | None, dict]]) -> list[dict[str, Any]]:
    """Rows for (duty, organization or None, responsible_for edge data) triples."""
    duty_ids = list(dict.fromkeys(d for d, _, _ in items))
    duties: dict[str, tuple] = {}
    diseases: dict[str, list[str]] = {}
    for i in range(0, len(duty_ids), 500):
        chunk = duty_ids[i : i + 500]
        for r in c.execute(f"SELECT id, notice, text, mechanism, deadline, deadline_date, item "
                           f"FROM duties WHERE id IN ({placeholders(chunk)})", chunk):
            duties[r[0]] = tuple(r)
        for r in c.execute(f"SELECT e.source, n.name, e.target FROM edges e LEFT JOIN nodes n ON n.id = e.target "
                           f"WHERE e.relation = 'concerns' AND e.source IN ({placeholders(chunk)}) ORDER BY e.notice, e.ord",
                           chunk):
            diseases.setdefault(r[0], []).append(r[1] or r[2])
    info = _names(c, [o for _, o, _ in items] + [d[3] for d in duties.values()])
    rows = []
    for duty, org, edge in items:
        d = duties.get(duty) or (duty, None, None, None, None, None, None)
        mech = d[3]
        rows.append({
            "mechanism": info[mech]["name"] if mech in info else mech,
            "notice": d[1] or edge.get("doc"),
            "organization": (info[org]["name"] or org) if org in info else org,
            "org_id": org,
            "kind": info[org]["kind"] if org in info else None,
            "role": edge.get("role"),
            "duty": d[2],
            "duty_id": duty,
            "deadline": d[4],
            "deadline_date": d[5],
            "item": d[6],
            "diseases": _uniq(diseases.get(duty, [])),
            "evidence": edge.get("evidence"),
        })
    return rows


# The order of duty rows, over an items table ``i`` (duty, org, edge: the responsible_for
# edge's id or NULL, enotice: its notice, oname: its body's sort name, r1 … r6): mechanism
# name (none last), notice, offset, organization name, then ``r1`` … ``r6``, the order the
# items were found in. Every answer made of duty rows (who, duties, disease, search) is
# ordered by it, in SQL; the names are the sort names stored on the rows
# (``duties.mechanism_name``, ``edges.body_name``: store-schema.md).
_DUTY_ORDER = """
  coalesce(d.mechanism_name, char(65535)),
  coalesce(nullif(d.notice, ''), nullif(i.enotice, ''), ''),
  coalesce(d.span_start, 0),
  coalesce(i.oname, ''),
  i.r1, i.r2, i.r3, i.r4, i.r5, i.r6"""

# Items of a list of duty ids (a JSON array, in node order, ``names._order``): each responsible_for
# edge into a duty, or the duty alone when it has none (``_responsible_items``).
_ITEMS_OF_DUTIES = """
m AS (SELECT j.value AS duty, j.key AS pos,
             CASE WHEN n.id IS NULL THEN char(65535) ELSE coalesce(n.first_notice, '') END AS r1,
             CASE WHEN n.id IS NULL THEN 0 ELSE coalesce(n.first_ord, 0) END AS r2
        FROM json_each(?) j LEFT JOIN nodes n ON n.id = j.value),
i AS (SELECT m.duty, e.source AS org, e.id AS edge, e.notice AS enotice, e.body_name AS oname, m.r1, m.r2,
             m.pos AS r3, e.notice AS r4, e.ord AS r5, e.id AS r6
        FROM m LEFT JOIN edges e ON e.target = m.duty AND e.relation = 'responsible_for')"""

# Items of a list of organizations (a JSON array, in name order): their responsible_for
# edges into duties (each body's in notice and offset order), of one mechanism if a second
# parameter is given.
_ITEMS_OF_ORGS = """
m AS (SELECT j.value AS org, j.key AS pos FROM json_each(?) j),
a AS (SELECT e.target AS duty, e.source AS org, e.id AS edge, e.notice AS enotice, e.body_name AS oname, m.pos AS r1,
             d.notice AS r2, d.span_start AS r3, e.ord AS r4, e.id AS r5, 0 AS r6
        FROM m CROSS JOIN edges e ON e.source = m.org AND e.relation = 'responsible_for'
        JOIN duties d ON d.id = e.target{mech})"""

# Items of a mechanism's own bodies (as _ITEMS_OF_ORGS: itself, its office, groups …), then
# every other duty of the mechanism (the last parameter), in notice and offset order, with
# its responsible_for edges from other bodies, or alone when it has none.
_ITEMS_OF_MECHANISM = _ITEMS_OF_ORGS + """,
b AS (SELECT d.id AS duty, e.source AS org, e.id AS edge, e.notice AS enotice, e.body_name AS oname,
             (SELECT count(*) FROM m) AS r1, d.notice AS r2, d.span_start AS r3, d.rowid AS r4, e.notice AS r5,
             e.ord AS r6
        FROM duties d LEFT JOIN edges e ON e.target = d.id AND e.relation = 'responsible_for'
        WHERE d.mechanism = ? AND (e.id IS NULL OR e.source NOT IN (SELECT org FROM m))),
i AS (SELECT * FROM a UNION ALL SELECT * FROM b)"""

# A page of the duties that satisfy a condition (``{where}``, over the duty row ``d``), in
# the order of the index ``duties_by_order`` (mechanism name, notice, offset: _DUTY_ORDER's
# first keys, which a duty row always has), without a list of them: SQLite sorts only the
# rows of one duty at a time and stops at the LIMIT. For an answer of a large share of every
# duty (``who 结核病``: 18,000 of 385,000 duties at 10,000 notices), reading duties in order
# until the page is full reads a few hundred, where listing the matches first reads every
# one (and grows with the store).
_WALK_WHERE = """
SELECT d.id, e.source, e.id, e.notice FROM duties d INDEXED BY duties_by_order
  LEFT JOIN edges e ON e.target = d.id AND e.relation = 'responsible_for'
  LEFT JOIN nodes n ON n.id = d.id
 WHERE {where}
 ORDER BY d.mechanism_name, d.notice, coalesce(d.span_start, 0), coalesce(e.body_name, ''),
          CASE WHEN n.id IS NULL THEN char(65535) ELSE coalesce(n.first_notice, '') END,
          CASE WHEN n.id IS NULL THEN 0 ELSE coalesce(n.first_ord, 0) END, d.id, e.notice, e.ord, e.id
 LIMIT ?"""
# The same rows as _ITEMS_OF_DUTIES (the duties of the first parameter) and _ITEMS_OF_ORGS
# (the duties with an edge from one of its bodies) in the same order, found the other way
# round, by walking the index.
_WALK_DUTIES = _WALK_WHERE.format(where="d.id IN (SELECT value FROM json_each(?))")
_WALK_ORGS = """
WITH m AS MATERIALIZED (SELECT j.value AS org, j.key AS pos FROM json_each(?) j)
SELECT d.id, e.source, e.id, e.notice FROM duties d INDEXED BY duties_by_order
  JOIN edges e ON e.target = d.id AND e.relation = 'responsible_for'
 WHERE +e.source IN (SELECT org FROM m){mech}
 ORDER BY d.mechanism_name, d.notice, coalesce(d.span_start, 0), e.body_name,
          (SELECT m.pos FROM m WHERE m.org = e.source), e.ord, e.id
 LIMIT ?"""

#: A duty concerning one of the diseases (a JSON array): ``concerns`` edges come from duties
#: (model.py), so every duty of such an edge has a duty row and is walked.
_CONCERNS = ("EXISTS (SELECT 1 FROM edges x WHERE x.source = d.id AND x.relation = 'concerns'"
             " AND x.target IN (SELECT value FROM json_each(?)))")


def _walked_match(c: sqlite3.Connection, diseases: Sequence[str], texts: Iterable[str], limit: int | None,
                  ) -> Rows | None:
    """The first ``limit`` rows of the duties concerning one of ``diseases`` or whose text
    contains one of ``texts``, read in answer order, when the answer is big enough for that
    to pay (:func:`_walks`), else None (then the caller lists the matches). Its ``total`` is
    then a lower bound (``exact`` False): the most duties one disease or one text has, each
    counted by an index alone, as every duty gives at least one row."""
    texts = sorted(t for t in set(texts) if t)
    if limit is None or any(len(t) < 2 or not caseless(t) for t in texts):
        return None  # (a text with letter case is matched on its normalized form: listed)
    bound = 0
    for target in diseases:
        bound = max(bound, c.execute("SELECT count(*) FROM edges WHERE target = ? AND relation = 'concerns'",
                                     (target,)).fetchone()[0])
    for t in texts:
        bound = max(bound, count_containing(c, t, ["text"]))
    where = [_CONCERNS] if diseases else []
    where += ["instr(d.text, ?) > 0"] * len(texts)
    params: list[Any] = [json.dumps(list(diseases))] if diseases else []
    return _walked_page(c, " OR ".join(where), [*params, *texts], bound, limit)


def _walked_page(c: sqlite3.Connection, where: str, params: Sequence[Any], bound: int, limit: int | None,
                 ) -> Rows | None:
    """The first ``limit`` rows of the duties satisfying ``where`` (over the duty row ``d``),
    read by walking the duties in answer order (``_WALK_WHERE``), when the answer (at least
    ``bound`` duties) is big enough for that to pay (:func:`_walks`), else None. Its
    ``total`` is ``bound`` (a lower bound: ``exact`` False) unless the walk ended before
    the page was full: then the page is the whole answer."""
    if limit is None or not _walks(c, bound, limit):
        return None
    found = c.execute(_WALK_WHERE.format(where=where), [*params, limit]).fetchall()
    rows = _page(c, found, max(bound, len(found)))
    rows.exact = len(found) < limit  # (a short page is the whole answer)
    if rows.exact:
        rows.total = len(found)
    return rows


#: A page of ``limit`` rows out of ``found`` matching rows is read in index order
#: (_WALK_…) when that reads fewer duties than ordering every match would: about
#: ``limit * duties / found`` against ``found``.
def _walks(c: sqlite3.Connection, found: int, limit: int | None) -> bool:
    if limit is None or found <= limit:
        return False
    duties = c.execute("SELECT max(rowid) FROM duties").fetchone()[0] or 0
    return found * found > limit * duties


def _count_to_walk(c: sqlite3.Connection, limit: int | None) -> int:
    """How many matching rows are enough to know that a page of ``limit`` rows is read by a
    walk (:func:`_walks`): a count may stop there (-1: count every row, no ``limit``)."""
    if limit is None:
        return -1
    duties = c.execute("SELECT max(rowid) FROM duties").fetchone()[0] or 0
    return max(limit, math.isqrt(limit * duties)) + 1


def _sql_duty_rows(c: sqlite3.Connection, items_sql: str, params: Sequence[Any], limit: int | None,
                   total: int | None = None) -> Rows:
    """The duty rows of the items ``items_sql`` defines, ordered, cut to ``limit`` and
    counted by SQLite (one statement, or ``total`` given): rows are made only for the rows
    returned."""
    count = "count(*) OVER ()" if total is None else "0"
    found = c.execute(f"WITH {items_sql} SELECT i.duty, i.org, i.edge, i.enotice, {count} FROM i "
                      f"LEFT JOIN duties d ON d.id = i.duty ORDER BY {_DUTY_ORDER} LIMIT ?",
                      [*params, -1 if limit is None else limit]).fetchall()
    if total is None and found:
        total = found[0][4]
    elif total is None and limit == 0:
        total = c.execute(f"WITH {items_sql} SELECT count(*) FROM i", list(params)).fetchone()[0]
    return _page(c, found, total or 0)


def _walked_rows(c: sqlite3.Connection, statement: str, params: Sequence[Any], limit: int | None,
                 total: int) -> Rows:
    """The duty rows of a _WALK_… statement (of ``total`` rows in all), cut to ``limit``."""
    return _page(c, c.execute(statement, [*params, -1 if limit is None else limit]).fetchall(), total)


def _page(c: sqlite3.Connection, found: list[Any], total: int) -> Rows:
    """Rows of the (duty, org, edge id, edge notice) found, with the answer's ``total``."""
    edge_ids = [r[2] for r in found if r[2] is not None]
    edges: dict[int, tuple[Any, Any]] = {}
    for i in range(0, len(edge_ids), 500):
        chunk = edge_ids[i : i + 500]
        edges.update((r[0], (r[1], r[2])) for r in c.execute(
            f"SELECT id, role, evidence FROM edges WHERE id IN ({placeholders(chunk)})", chunk))
    items = [(r[0], r[1], _edge_dict(*edges[r[2]], r[3]) if r[2] is not None else {}) for r in found]
    return Rows(_duty_rows(c, items), total)


def _duty_set_rows(c: sqlite3.Connection, duty_ids: Iterable[str], limit: int | None) -> Rows:
    """Rows of every responsible_for edge into the duties (or the duty alone when it has
    none), the duties in node order before the order of duty rows. The ids go to SQLite sorted
    (their lookups then read neighbouring pages: at 5,000 notices half the time of a random
    order); the node order does not depend on it (each duty has a place of its own)."""
    ids = json.dumps(sorted(set(duty_ids)))
    found, other = c.execute(
        "SELECT count(*), count(*) - count(d.id) FROM json_each(?) j LEFT JOIN duties d ON d.id = j.value "
        "LEFT JOIN edges e ON e.target = j.value AND e.relation = 'responsible_for'", (ids,)).fetchone()
    if not other and _walks(c, found, limit):  # (an id of no duty row is not in the index)
        return _walked_rows(c, _WALK_DUTIES, [ids], limit, found)
    return _sql_duty_rows(c, _ITEMS_OF_DUTIES, [ids], limit, found)


def _org_rows(c: sqlite3.Connection, orgs: Sequence[str], mech: str | None, limit: int | None) -> Rows:
    """Rows of the organizations' duties (of ``mech`` if given)."""
    in_mech = "" if mech is None else " AND d.mechanism = ?"
    params = [json.dumps(list(orgs)), *([] if mech is None else [mech])]
    enough = _count_to_walk(c, limit)  # (counting every row of a kind grows with the store)
    found = c.execute(
        "SELECT count(*) FROM (SELECT 1 FROM json_each(?) j CROSS JOIN edges e ON e.source = j.value"
        f" AND e.relation = 'responsible_for' CROSS JOIN duties d ON d.id = e.target{in_mech} LIMIT ?)",
        [*params, enough]).fetchone()[0]  # (CROSS: the bodies drive)
    if _walks(c, found, limit):
        rows = _walked_rows(c, _WALK_ORGS.format(mech=in_mech), params, limit, found)
        rows.exact = not 0 < enough <= found  # (else ``found`` is a lower bound)
        return rows
    return _sql_duty_rows(c, _ITEMS_OF_ORGS.format(mech=in_mech) + ", i AS (SELECT * FROM a)", params, limit,
                          found if found != enough else None)  # (a count cut short: SQLite counts)


def _mechanism_rows(c: sqlite3.Connection, own: str, mech: str | None, limit: int | None) -> Rows:
    """Rows of a mechanism's duties: those of itself and its own bodies (of ``mech`` if
    given), then, unless ``mech`` is another mechanism, every other duty of the mechanism."""
    orgs = json.dumps([own, *mechanism_bodies(c, own)])
    if mech is not None and mech != own:
        return _sql_duty_rows(c, _ITEMS_OF_ORGS.format(mech=" AND d.mechanism = ?") + ", i AS (SELECT * FROM a)",
                              [orgs, mech], limit)
    sql = _ITEMS_OF_MECHANISM.format(mech="" if mech is None else " AND d.mechanism = ?")
    return _sql_duty_rows(c, sql, [orgs, *([] if mech is None else [mech]), own], limit)


def mechanism_bodies(db: Store, mech: str) -> list[str]:
    """The mechanism's own bodies: its office, groups and committees (``office_of``,
    ``part_of``, also of each other), in name order."""
    c = _conn(db)
    found: list[str] = []
    frontier = [mech]
    while frontier:
        nxt = []
        for target in frontier:
            for r in c.execute("SELECT DISTINCT source FROM edges WHERE target = ? AND relation IN "
                               "('office_of', 'part_of')", (target,)):
                if r[0] not in found and r[0] != mech:
                    found.append(r[0])
                    nxt.append(r[0])
        frontier = nxt
    return _sorted_by_name(c, found)


def _named_mechanism(c: sqlite3.Connection, query: str) -> str | None:
    """The mechanism ``query`` names exactly (name, alias or short form), if exactly one."""
    stage, ids = match_stages(c, query, ["mechanism"])
    return ids[0] if stage == "exact" and len(ids) == 1 else None


def duties(db: Store, org: str, mechanism: str | None = None, limit: int | None = None) -> Rows:
    """Duties of a body, or of every body of a kind (``公安``), per mechanism and notice
    (the first ``limit`` rows, with the number of all in ``total``).

    A mechanism's name (``推进委员会``) gives the mechanism's own duties, those of its
    office, groups and committees, and every duty of the mechanism with its bodies."""
    c = _conn(db)
    mech = resolve_mechanism(c, mechanism) if mechanism else None
    own = None
    exact_org = c.execute("SELECT 1 FROM nodes WHERE type = 'organization' AND key = ?", (norm(org),)).fetchone()
    if not exact_org:
        own = _named_mechanism(c, org)
    if own is None:
        try:
            orgs, _label = resolve_orgs(c, org)
        except NotFoundError as err:
            try:  # a mechanism by part of its name (推进委员会 …), in its own place
                own = resolve(c, org, ["mechanism"], "mechanism")
            except NotFoundError:
                raise err from None
    if own is None:
        return _org_rows(c, orgs, mech, limit)
    return _mechanism_rows(c, own, mech, limit)


def _disease_set(c: sqlite3.Connection, term: str) -> set[str]:
    """Disease nodes a term names (name/alias equal or containing, 2+ chars the other way)
    plus every disease in a matched class."""
    q = norm(term)
    diseases = _diseases(c)
    hit = set()
    for n, (names, _cat, _classes) in diseases.items():
        for x in names:
            nx_ = norm(x)
            if q == nx_ or q in nx_ or (len(nx_) >= 2 and nx_ in q):
                hit.add(n)
                break
    out = set(hit)
    for n in hit:
        names, cat, _ = diseases[n]
        if cat == "class":
            out |= {r[0] for r in c.execute(
                "SELECT source FROM edges WHERE target = ? AND relation = 'in_class'", (n,))}
            cname = names[0] if names else None
            out |= {m for m, (_, _, classes) in diseases.items() if cname in classes}
    return out


def _diseases(c: sqlite3.Connection) -> dict[str, tuple[list[str], str | None, list[str]]]:
    """disease id -> ([name, *aliases], category, classes)."""
    out = {}
    for r in c.execute("SELECT id, name, attributes FROM nodes WHERE type = 'disease' ORDER BY first_notice, first_ord"):
        attrs = json.loads(r[2] or "{}")
        names = [x for x in [r[1], *(attrs.get("aliases") or [])] if x]
        out[r[0]] = (names, attrs.get("category"), list(attrs.get("classes") or []))
    return out


def _duties_with_text(c: sqlite3.Connection, texts: Iterable[str]) -> set[str]:
    """Duty ids whose normalized text contains one of ``texts`` (the full-text index)."""
    out: set[str] = set()
    for t in texts:
        if len(t) >= 2 and caseless(t):  # what the index finds contains ``t`` (normalized: no spaces)
            out.update(duty_ids_containing(c, t, ["text"]))
        elif t:
            out |= {r[0] for r in duties_containing(c, t, ["text"]) if t in norm(r[1] or "")}
    return out


def who(db: Store, term: str, limit: int | None = None) -> Rows:
    """Who is responsible for duties whose text contains ``term`` or whose diseases match it.

    One row per (duty, responsible organization); ``matched`` is ``text`` or ``disease``;
    the first ``limit`` rows, with the number of all in ``total``.
    """
    c = _conn(db)
    q = norm(term)
    if not q:
        raise NotFoundError("give a term to look for, e.g. policykg who 结核病")
    dis = _disease_set(c, term)
    diseases = _diseases(c)
    texts = {q} | {norm(x) for n in dis if diseases[n][1] != "class" for x in diseases[n][0]}
    walked = _walked_match(c, sorted(dis), texts, limit)
    if walked is not None:
        ids = [r["duty_id"] for r in walked]
        concerning = {r[0] for r in c.execute(
            f"SELECT DISTINCT source FROM edges WHERE relation = 'concerns' AND source IN ({placeholders(ids)})"
            " AND target IN (SELECT value FROM json_each(?))", [*ids, json.dumps(sorted(dis))])} if ids else set()
        for r in walked:
            r["matched"] = "disease" if r["duty_id"] in concerning else "text"
        return walked
    by_disease: set[str] = set()
    dl = sorted(dis)
    for i in range(0, len(dl), 500):
        chunk = dl[i : i + 500]
        by_disease |= {r[0] for r in c.execute(
            f"SELECT source FROM edges WHERE relation = 'concerns' AND target IN ({placeholders(chunk)})", chunk)}
    by_text = _duties_with_text(c, texts) - by_disease
    matched = {d: "disease" for d in by_disease} | {d: "text" for d in by_text}
    rows = _duty_set_rows(c, matched, limit)
    for r in rows:
        r["matched"] = matched[r["duty_id"]]
    if not rows.total:
        raise NotFoundError(f"no duty mentions {term!r} or concerns a disease matching it")
    return rows


def disease(db: Store, name: str, limit: int | None = None) -> dict[str, Any]:
    """A disease (or class): aliases, classes, member diseases, notices and duties about it
    (the first ``limit`` notices and duties: ``Rows`` with their ``total``)."""
    c = _conn(db)
    node = resolve(c, name, ["disease"], "disease")
    diseases = _diseases(c)
    attrs = _attrs(c, node)
    dname = _name(c, node)
    # its classes in the order their in_class edges come (notice, offset): each class by its
    # first edge only (a disease named by 24,000 notices has as many in_class edges)
    first_edges = []
    for (target,) in c.execute("SELECT DISTINCT target FROM edges WHERE source = ? AND relation = 'in_class'",
                               (node,)).fetchall():
        row = c.execute("SELECT notice, ord FROM edges WHERE source = ? AND relation = 'in_class' AND target = ?"
                        " ORDER BY notice, ord LIMIT 1", (node, target)).fetchone()
        first_edges.append((row[0], row[1], target))
    names = _names(c, [t for _, _, t in first_edges])
    in_class = [names[t]["name"] for _, _, t in sorted(first_edges) if t in names]
    classes = _uniq([*(attrs.get("classes") or []), *in_class])
    member_ids: set[str] = set()
    if attrs.get("category") == "class":
        member_ids = {r[0] for r in c.execute(
            "SELECT source FROM edges WHERE target = ? AND relation = 'in_class'", (node,))}
        member_ids |= {m for m, (_, _, cl) in diseases.items() if dname in cl}
    notices = _disease_notices(c, node, limit)
    targets = sorted({node} | member_ids)
    rows = _walked_match(c, targets, [], limit)
    if rows is None:
        duty_ids = [r[0] for r in c.execute(
            f"SELECT DISTINCT source FROM edges WHERE relation = 'concerns' AND target IN ({placeholders(targets)})", targets)]
        rows = _duty_set_rows(c, duty_ids, limit)
    for r in rows:
        r["matched"] = "disease"
    return {
        "disease": {"id": node, "name": dname, "aliases": list(attrs.get("aliases") or []),
                    "category": attrs.get("category"), "classes": classes},
        "members": sorted(_name(c, m) or m for m in member_ids),
        "notices": notices,
        "duties": rows,
    }


def _disease_notices(c: sqlite3.Connection, node: str, limit: int | None) -> Rows:
    """The notices naming a disease, in name order: each of its ``mentions`` edges (with
    evidence), and each other notice naming the node (none); the first ``limit``, counted.
    Only the rows of the page are read whole (a disease of 10,000 notices: 10 ms, not 50);
    when the notices are many more than a page (:data:`PAGED_NOTICES`), not even every
    notice's name is read: the page comes from an index in name order, and its total is
    a lower bound (``exact`` False: :func:`_paged_notices`)."""
    if limit is not None:
        many = c.execute("SELECT count(DISTINCT n.notice) FROM merged_ids m JOIN notice_nodes n ON n.id = m.id"
                         " WHERE m.canonical = ?", (node,)).fetchone()[0]
        if many > PAGED_NOTICES * limit:
            return _paged_notices(c, node, limit, many)
    mentioned: dict[str, int] = {}
    for (notice,) in c.execute("SELECT notice FROM edges WHERE target = ? AND relation = 'mentions'", (node,)):
        mentioned[notice] = mentioned.get(notice, 0) + 1
    others = [d for d in _store.node_docs(c, [node]).get(node, []) if d not in mentioned]
    names = sorted({*mentioned, *others}, key=lambda n: n or "")
    total = sum(mentioned.values()) + len(others)
    page: list[str] = []
    rows_in = 0
    for name in names:
        if limit is not None and rows_in >= limit:
            break
        page.append(name)
        rows_in += mentioned.get(name, 1)
    out = _notice_rows(c, node, page)
    return Rows(out[:limit] if limit is not None else out, total)


#: A disease's notices are paged from the index (:func:`_paged_notices`) when there are
#: more than this many times the rows asked for.
PAGED_NOTICES = 20


def _paged_notices(c: sqlite3.Connection, node: str, limit: int, many: int) -> Rows:
    """The first ``limit`` rows of :func:`_disease_notices` from the first ``limit``
    notices naming the node in name order (an index walk: each notice gives at least one
    row), with ``many`` notices in all. Its total, ``many`` or the number of ``mentions``
    edges if larger, is a lower bound of the rows (a notice gives a row for each of its
    ``mentions`` edges, at least one)."""
    page = [r[0] for r in c.execute(
        "SELECT n.notice FROM merged_ids m JOIN notice_nodes n ON n.id = m.id WHERE m.canonical = ?"
        " GROUP BY n.notice ORDER BY n.notice LIMIT ?", (node, limit))]
    mentions = c.execute("SELECT count(*) FROM edges WHERE target = ? AND relation = 'mentions'",
                         (node,)).fetchone()[0]
    out = _notice_rows(c, node, page)[:limit]
    return Rows(out, max(many, mentions, len(out)), exact=False)


def _notice_rows(c: sqlite3.Connection, node: str, page: list[str]) -> list[dict[str, Any]]:
    """A row for each ``mentions`` edge of each notice of ``page`` into ``node`` (with its
    evidence), or one without evidence for a notice of none."""
    titles: dict[str, Any] = {}
    evidence: dict[str, list[Any]] = {}
    for i in range(0, len(page), 500):
        chunk = page[i : i + 500]
        titles.update((r[0], r[1]) for r in c.execute(
            f"SELECT file, title FROM notices WHERE file IN ({placeholders(chunk)})", chunk))
        for notice, ev in c.execute(
                "SELECT notice, evidence FROM edges INDEXED BY edges_by_notice WHERE target = ?"
                f" AND relation = 'mentions' AND notice IN ({placeholders(chunk)}) ORDER BY notice, ord",
                [node, *chunk]):  # (by notice: the page's edges, not every mentions edge of the node)
            evidence.setdefault(notice, []).append(ev)
    return [{"notice": name, "title": titles.get(name), "evidence": ev}
            for name in page for ev in (evidence.get(name) or [None])]


# --- search ------------------------------------------------------------------------


def _marked_duty_rows(rows: Rows) -> Rows:
    """``rows`` (duty rows of a search) marked as matched duties."""
    for r in rows:
        r["matched"] = "duty"
        r["relation"] = "responsible_for"
    return rows


def _walked_search(c: sqlite3.Connection, text: str, limit: int | None) -> Rows | None:
    """The page of a search whose duties alone fill it many times over, read by walking
    the duties in answer order (as ``who``), or None. The duties come before the other
    facts, so those are not read; the total, the duties the full-text index counts, is a
    lower bound (``exact`` False). A text with letter case (matched caseless by the index,
    then checked) or of one character is listed."""
    if limit is None or len(text) < 2 or not caseless(text):
        return None
    bound = count_containing(c, text)
    walked = _walked_page(c, "instr(d.text, ?) > 0 OR instr(d.evidence, ?) > 0", [text, text], bound, limit)
    if walked is None or walked.exact:  # (every duty on the page: the facts follow, listed)
        return None
    return _marked_duty_rows(walked)


def search(db: Store, text: str, limit: int | None = None) -> Rows:
    """Duties whose text or evidence contains ``text`` (with their bodies), then other
    facts whose evidence contains it (memberships, rosters …), via the FTS5 trigram index
    (:mod:`extractor.query.fulltext`)."""
    c = _conn(db)
    t = " ".join(str(text).split())
    if not t:
        raise NotFoundError("give a text to look for, e.g. policykg search 筛查")
    walked = _walked_search(c, t, limit)
    if walked is not None:
        return walked
    duty_ids = duty_ids_containing(c, t)
    edge_ids: list[Any] = list(facts_containing(c, t))
    rows = _marked_duty_rows(_duty_set_rows(c, duty_ids, limit))
    total = rows.total + len(edge_ids)
    if not total:
        raise NotFoundError(f"no duty or evidence contains {text!r}")
    if limit is not None and len(rows) >= limit:
        return Rows(rows[:limit], total)  # the facts after the duties are only counted
    facts = []
    for i in range(0, len(edge_ids), 500):
        chunk = edge_ids[i : i + 500]
        for r in c.execute(
                f"SELECT e.source, s.name, e.target, t.name, e.relation, e.notice, e.evidence, t.type, s.kind "
                f"FROM edges e LEFT JOIN nodes s ON s.id = e.source LEFT JOIN nodes t ON t.id = e.target "
                f"WHERE e.id IN ({placeholders(chunk)})", chunk):
            facts.append({
                "mechanism": r[3] if r[7] == "mechanism" else None,
                "notice": r[5],
                "organization": r[1] or r[0],
                "org_id": r[0],
                "kind": r[8],
                "role": None,
                "duty": None,
                "duty_id": None,
                "relation": r[4],
                "target": r[3] or r[2],
                "matched": "evidence",
                "evidence": r[6],
            })
    facts.sort(key=lambda r: (r["notice"] or "", r["relation"], r["organization"] or ""))
    out = [*rows, *facts]
    return Rows(out[:limit] if limit is not None else out, total)


# --- stats ---------------------------------------------------------------------------


def stats(db: Store, limit: int | None = None) -> dict[str, Any]:
    """Counts by node type and relation, and per notice (nodes and edges of each notice:
    the first ``limit`` notices, ``Rows`` with their ``total``)."""
    c = _conn(db)
    types, rel_counts = _store.type_counts(c)  # (kept by the last build)
    node_counts = {t: 0 for t in NODE_TYPES}
    node_counts.update(types)
    notices = Rows(total=c.execute("SELECT count(*) FROM notices").fetchone()[0])
    for r in c.execute("SELECT file, title, number, date, nodes, edges FROM notices ORDER BY file LIMIT ?",
                       (-1 if limit is None else limit,)):
        notices.append({"notice": r[0], "title": r[1], "number": r[2], "date": r[3],
                        "nodes": r[4] or 0, "edges": r[5] or 0})
    return {
        "nodes": node_counts,
        "relations": dict(sorted(rel_counts.items())),
        "total_nodes": sum(node_counts.values()),
        "total_edges": sum(rel_counts.values()),
        "notices": notices,
    }


__all__ = [
    "Rows", "compare", "compare_rows", "disease", "duties", "members", "mechanisms", "open_store", "people", "place_known",
    "resolve_mechanism", "resolve_orgs", "search", "stats", "who",
]
