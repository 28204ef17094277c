"""Match a user-typed name to nodes of the store: exact name/alias, then prefix/substring,
then fuzzy; never across places.

Used by the query commands. Imports only the standard library at module level
(``rapidfuzz`` is imported lazily for the fuzzy stage), never spaCy, jieba or networkx.

A query that starts with a place (``北京市公安局``: a 2–4 character stem and a level from
``lexicons/places.json``) only ever matches nodes of that place; a place the graph does not
know is "not found" with suggestions. A fuzzy match is announced in :data:`NOTES` (the CLI
prints the notes on stderr).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterable, Sequence

from ..errors import AmbiguousError, NotFoundError

FUZZY_ACCEPT = 80.0  # a unique fuzzy match at or above this score is taken
FUZZY_SUGGEST = 40.0  # suggestions in a not-found message score at least this
MAX_LISTED = 12

#: Notes for the user about how a name was matched (fuzzy matches); the CLI prints and
#: clears them after each command.
NOTES: list[str] = []

_HAN = re.compile(r"[\u3400-\u9fff]+")


def norm(text: str) -> str:
    """Comparison form: no whitespace, case-folded."""
    return "".join(str(text).split()).casefold()


def _c(db: object) -> sqlite3.Connection:
    from ..store import as_conn

    return as_conn(db)


def note(message: str) -> None:
    if message not in NOTES:
        NOTES.append(message)


@functools.lru_cache(maxsize=1)
def _place_rules() -> tuple[tuple[str, ...], str, str]:
    from ..lexicon import data_file  # the place rules of lexicons/places.json (the file alone:
    # the whole lexicon would compile its regular expressions, 30 ms of a query)

    try:
        places = data_file("places.json")
        return (tuple(sorted(places["levels"], key=len, reverse=True)), places["bad_first"],
                places.get("bad_any", ""))
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return ("市", "县", "区", "旗", "州", "盟", "省"), "", ""


def query_place(query: str) -> str | None:
    """The place a name starts with (``北京市公安局`` -> ``北京市``), or None.

    A place is a 2–4 character Chinese stem plus a level (市, 县, 旗 …) followed by at
    least two more characters; the stem obeys the lexicon's first-character and
    inner-character rules (``城市管理局`` has no place: its stem would be one character)."""
    q = norm(query)
    levels, bad_first, bad_any = _place_rules()
    for size in range(2, 5):
        stem = q[:size]
        if len(stem) < size or not _HAN.fullmatch(stem) or stem[0] in bad_first:
            continue
        if any(ch in bad_any for ch in stem):
            continue
        for level in levels:
            if q.startswith(level, size) and len(q) - size - len(level) >= 2:
                return stem + level
    return None


def placeholders(values: Sequence[str]) -> str:
    return ",".join("?" * len(values))


def _pool_names(conn: sqlite3.Connection, types: Sequence[str]) -> list[tuple[str, str]]:
    """(id, name) for every name and alias of nodes of ``types``."""
    t = list(types)
    rows = conn.execute(
        f"SELECT id, name FROM nodes WHERE type IN ({placeholders(t)}) AND name IS NOT NULL "
        f"UNION ALL SELECT a.node, a.alias FROM aliases a JOIN nodes n ON n.id = a.node "
        f"WHERE n.type IN ({placeholders(t)})", t + t).fetchall()
    return [(r[0], r[1]) for r in rows]


def place_known(conn: sqlite3.Connection, place: str) -> bool:
    """Whether any organization or mechanism is of ``place`` (locality or name prefix)."""
    p = norm(place)
    hi = p + "\uffff"
    if conn.execute("SELECT 1 FROM nodes WHERE type = 'organization' AND locality = ? LIMIT 1", (place,)).fetchone():
        return True
    for t in ("organization", "mechanism"):
        if conn.execute("SELECT 1 FROM nodes WHERE type = ? AND key >= ? AND key < ? LIMIT 1", (t, p, hi)).fetchone():
            return True
    return conn.execute("SELECT 1 FROM aliases WHERE key >= ? AND key < ? LIMIT 1", (p, hi)).fetchone() is not None


def of_place(conn: sqlite3.Connection, ids: Iterable[str], place: str | None) -> list[str]:
    """The ids whose node is of ``place`` (name or alias starts with it, or its locality)."""
    ids = list(ids)
    if place is None:
        return ids
    p = norm(place)
    keep = []
    for nid in ids:
        row = conn.execute("SELECT key, locality FROM nodes WHERE id = ?", (nid,)).fetchone()
        if row is None:
            continue
        if row[1] == place or (row[0] or "").startswith(p):
            keep.append(nid)
            continue
        if conn.execute("SELECT 1 FROM aliases WHERE node = ? AND key >= ? AND key < ? LIMIT 1",
                        (nid, p, p + "\uffff")).fetchone():
            keep.append(nid)
    return keep


def node_order(conn: sqlite3.Connection, ids: Iterable[str]) -> list[str]:
    """Ids in node (merge) order, without repeats."""
    ids = list(dict.fromkeys(ids))
    if len(ids) <= 1:
        return ids
    rank: dict[str, tuple] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for r in conn.execute(f"SELECT id, first_notice, first_ord FROM nodes WHERE id IN ({placeholders(chunk)})", chunk):
            rank[r[0]] = (r[1] or "", r[2] or 0)
    return sorted(ids, key=lambda n: rank.get(n, ("\uffff", 0)))


def match_stages(conn: sqlite3.Connection, query: str, types: Sequence[str]) -> tuple[str, list[str]]:
    """(``conn``: the store, or a networkx graph.) The first non-empty stage of matches: ``("exact"|"prefix"|"substring", ids)``.

    Returns ``("none", [])`` when no node's id, name or alias is equal to, starts with or
    contains the query. Ids come in node order.
    """
    conn = _c(conn)
    q = norm(query)
    if not q:
        return "none", []
    t = list(types)
    # a node's own name (or id) equal to the query beats other nodes that only carry it as an
    # alias (a notice that wrote another place's mechanism name in its own)
    own = [r[0] for r in conn.execute(
        f"SELECT id FROM nodes WHERE type IN ({placeholders(t)}) AND (key = ? OR id = ?)", [*t, q, query])]
    exact = own or [r[0] for r in conn.execute(
        f"SELECT a.node FROM aliases a JOIN nodes n ON n.id = a.node "
        f"WHERE a.key = ? AND n.type IN ({placeholders(t)})", [q, *t])]
    if exact:
        return "exact", node_order(conn, list(dict.fromkeys(exact)))
    hi = q + "\uffff"
    prefix = [r[0] for r in conn.execute(
        f"SELECT id FROM nodes WHERE type IN ({placeholders(t)}) AND key >= ? AND key < ? "
        f"UNION SELECT a.node FROM aliases a JOIN nodes n ON n.id = a.node "
        f"WHERE a.key >= ? AND a.key < ? AND n.type IN ({placeholders(t)})", [*t, q, hi, q, hi, *t])]
    if prefix:
        return "prefix", node_order(conn, prefix)
    sub = [r[0] for r in conn.execute(
        f"SELECT id FROM nodes WHERE type IN ({placeholders(t)}) AND instr(key, ?) > 0 "
        f"UNION SELECT a.node FROM aliases a JOIN nodes n ON n.id = a.node "
        f"WHERE instr(a.key, ?) > 0 AND n.type IN ({placeholders(t)})", [*t, q, q, *t])]
    if sub:
        return "substring", node_order(conn, sub)
    return "none", []


def fuzzy_scores(
    conn: sqlite3.Connection, query: str, types: Sequence[str], cutoff: float = FUZZY_SUGGEST,
    place: str | None = None,
) -> list[tuple[str, float]]:
    """Nodes ranked by their best rapidfuzz ratio over their names (best first), only of
    ``place`` when given."""
    from rapidfuzz import fuzz

    q = norm(query)
    best: dict[str, float] = {}
    for nid, name in _pool_names(conn, types):
        score = fuzz.ratio(q, norm(name))
        if score >= cutoff and score > best.get(nid, -1.0):
            best[nid] = float(score)
    ids = of_place(conn, best, place) if place else list(best)
    scored = [(n, best[n]) for n in ids]
    scored.sort(key=lambda t: (-t[1], t[0]))
    return scored


def name_of(conn: sqlite3.Connection, nid: str) -> str:
    row = conn.execute("SELECT name FROM nodes WHERE id = ?", (nid,)).fetchone()
    return (row[0] if row and row[0] else nid)


def describe(conn: sqlite3.Connection, ids: Iterable[str]) -> str:
    """``name (id)`` for each node, comma-separated, at most MAX_LISTED."""
    ids = list(ids)
    shown = [f"{name_of(conn, n)} ({n})" for n in ids[:MAX_LISTED]]
    more = f", … {len(ids) - MAX_LISTED} more" if len(ids) > MAX_LISTED else ""
    return ", ".join(shown) + more


def unknown_place(conn: sqlite3.Connection, query: str, types: Sequence[str], what: str) -> NotFoundError | None:
    """A NotFoundError when ``query`` starts with a place the graph does not know."""
    place = query_place(query)
    if place is None or place_known(conn, place):
        return None
    rest = norm(query)[len(place):]
    similar = fuzzy_scores(conn, rest, types, cutoff=FUZZY_SUGGEST)
    places = [r[0] for r in conn.execute(
        "SELECT locality FROM nodes WHERE type = 'organization' AND locality IS NOT NULL "
        "GROUP BY locality ORDER BY count(*) DESC LIMIT 5")]
    hint = f"; places in the graph: {', '.join(places)}" if places else ""
    if similar:
        hint += "; did you mean: " + describe(conn, [n for n, _ in similar[:5]])
    return NotFoundError(f"no {what} matches {query!r}: the graph has nothing of {place}{hint}")


def resolve(conn: sqlite3.Connection, query: str, types: Sequence[str], what: str) -> str:
    """The one node of ``types`` that ``query`` names.

    Raises AmbiguousError (listing the candidates) when several nodes match at the first
    stage that matches anything, NotFoundError (with close names as suggestions) when
    nothing matches or the query's place is not in the graph. A fuzzy match is accepted
    only within the query's place, and announced in :data:`NOTES`.
    """
    conn = _c(conn)
    missing = unknown_place(conn, query, types, what)
    if missing is not None:
        raise missing
    place = query_place(query)
    stage, ids = match_stages(conn, query, types)
    if place and stage != "exact":
        ids = of_place(conn, ids, place)
    if len(ids) == 1:
        return ids[0]
    if ids:
        raise AmbiguousError(
            f"{query!r} matches {len(ids)} {what}s ({stage} match): {describe(conn, ids)}; "
            "give a longer or exact name"
        )
    scored = fuzzy_scores(conn, query, types, place=place)
    top = [n for n, s in scored if s >= FUZZY_ACCEPT]
    if len(top) == 1:
        note(f"note: no {what} is named {query!r}; using the closest, {name_of(conn, top[0])} (fuzzy match)")
        return top[0]
    if len(top) > 1:
        raise AmbiguousError(
            f"{query!r} is close to {len(top)} {what}s: {describe(conn, top)}; give an exact name"
        )
    raise not_found(conn, query, types, what, scored)


def not_found(
    conn: sqlite3.Connection,
    query: str,
    types: Sequence[str],
    what: str,
    scored: list[tuple[str, float]] | None = None,
) -> NotFoundError:
    """A NotFoundError whose message suggests the closest names (or lists a few known ones)."""
    conn = _c(conn)
    if scored is None:
        scored = fuzzy_scores(conn, query, types, place=query_place(query))
    if scored:
        hint = "did you mean: " + describe(conn, [n for n, _ in scored[:5]])
    else:
        t = list(types)
        known = [r[0] for r in conn.execute(
            f"SELECT id FROM nodes WHERE type IN ({placeholders(t)}) ORDER BY id LIMIT 5", t)]
        hint = "known: " + describe(conn, known) if known else f"the graph has no {what}s"
    return NotFoundError(f"no {what} matches {query!r}; {hint}")
