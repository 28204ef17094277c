"""Name matching of the networkx query code before the store (main f63fe26): the reference
for tests/test_store_queries.py. Not used by policykg.

Used by the query commands. Imports only the standard library at module level
(``rapidfuzz`` is imported lazily for the fuzzy stage), never spaCy or jieba.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import networkx as nx

from extractor.errors import AmbiguousError, NotFoundError

FUZZY_ACCEPT = 80.0  # a unique fuzzy match at or above this score is taken
FUZZY_SUGGEST = 40.0  # suggestions in a not-found message score at least this
MAX_LISTED = 12


def norm(text: str) -> str:
    """Comparison form: no whitespace, case-folded."""
    return "".join(str(text).split()).casefold()


def node_names(data: dict) -> list[str]:
    """Every name a node answers to: name, aliases and the ``short`` form."""
    names = [data.get("name") or ""]
    names.extend(data.get("aliases") or [])
    if data.get("short"):
        names.append(data["short"])
    return [n for n in names if n]


def _pool(g: nx.MultiDiGraph, types: Sequence[str]) -> list[str]:
    return [n for n, d in g.nodes(data=True) if d.get("type") in types]


def match_stages(g: nx.MultiDiGraph, query: str, types: Sequence[str]) -> tuple[str, list[str]]:
    """The first non-empty stage of matches: ``("exact"|"prefix"|"substring", ids)``.

    Returns ``("none", [])`` when no node's id, name or alias is equal to, starts with or
    contains the query.
    """
    q = norm(query)
    if not q:
        return "none", []
    pool = _pool(g, types)
    own = [n for n in pool if q == norm(n) or q == norm(g.nodes[n].get("name") or "")]
    exact = own or [n for n in pool if any(q == norm(x) for x in node_names(g.nodes[n]))]
    if exact:
        return "exact", exact
    prefix = [n for n in pool if any(norm(x).startswith(q) for x in node_names(g.nodes[n]))]
    if prefix:
        return "prefix", prefix
    sub = [n for n in pool if any(q in norm(x) for x in node_names(g.nodes[n]))]
    if sub:
        return "substring", sub
    return "none", []


def fuzzy_scores(
    g: nx.MultiDiGraph, query: str, types: Sequence[str], cutoff: float = FUZZY_SUGGEST
) -> list[tuple[str, float]]:
    """Nodes ranked by their best rapidfuzz ratio over their names (best first)."""
    from rapidfuzz import fuzz

    q = norm(query)
    scored: list[tuple[str, float]] = []
    for n in _pool(g, types):
        best = max((fuzz.ratio(q, norm(x)) for x in node_names(g.nodes[n])), default=0.0)
        if best >= cutoff:
            scored.append((n, float(best)))
    scored.sort(key=lambda t: (-t[1], t[0]))
    return scored


def describe(g: nx.MultiDiGraph, ids: Iterable[str]) -> str:
    """``name (id)`` for each node, comma-separated, at most MAX_LISTED."""
    ids = list(ids)
    shown = [f"{g.nodes[n].get('name', n)} ({n})" for n in ids[:MAX_LISTED]]
    more = f", … {len(ids) - MAX_LISTED} more" if len(ids) > MAX_LISTED else ""
    return ", ".join(shown) + more


def resolve(g: nx.MultiDiGraph, query: str, types: Sequence[str], what: str) -> str:
    """The one node of ``types`` that ``query`` names.

    Raises AmbiguousError (listing the candidates) when several nodes match at the first
    stage that matches anything, NotFoundError (with close names as suggestions) when
    nothing matches.
    """
    stage, ids = match_stages(g, query, types)
    if len(ids) == 1:
        return ids[0]
    if ids:
        raise AmbiguousError(
            f"{query!r} matches {len(ids)} {what}s ({stage} match): {describe(g, ids)}; "
            "give a longer or exact name"
        )
    scored = fuzzy_scores(g, query, types)
    top = [n for n, s in scored if s >= FUZZY_ACCEPT]
    if len(top) == 1:
        return top[0]
    if len(top) > 1:
        raise AmbiguousError(
            f"{query!r} is close to {len(top)} {what}s: {describe(g, top)}; give an exact name"
        )
    raise not_found(g, query, types, what, scored)


def not_found(
    g: nx.MultiDiGraph,
    query: str,
    types: Sequence[str],
    what: str,
    scored: list[tuple[str, float]] | None = None,
) -> NotFoundError:
    """A NotFoundError whose message suggests the closest names (or lists a few known ones)."""
    if scored is None:
        scored = fuzzy_scores(g, query, types)
    if scored:
        hint = "did you mean: " + describe(g, [n for n, _ in scored[:5]])
    else:
        known = sorted(_pool(g, types))
        hint = "known: " + describe(g, known[:5]) if known else f"the graph has no {what}s"
    return NotFoundError(f"no {what} matches {query!r}; {hint}")
