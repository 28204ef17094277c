"""The rows one notice's graph gives the store, made without the store.

Nothing here reads the database: each node's JSON, the notice's row, its duties and its
edges depend on the notice's own graph only. A build makes them in the process that
extracts the notice (:func:`extractor.store.build._extract_and_cache`) and ships them
ready to insert, so the process that writes the store, the build's serial path, only
inserts them and redoes the cross-notice merge (:func:`extractor.store.write_notice`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

#: Edge attributes that have columns of their own.
EDGE_COLUMNS = ("relation", "doc", "evidence", "span", "role", "title")

#: A duty node's attributes whose value is its ``duties`` row's column of the same name: in
#: ``notice_nodes`` and ``nodes`` they hold :data:`IN_DUTY_ROW` instead (the text is stored
#: once; :func:`extractor.store.fill_duty_text` puts it back on reading).
DUTY_ROW_KEYS = ("text", "evidence")
#: The stored value of a :data:`DUTY_ROW_KEYS` attribute that the ``duties`` row holds (its
#: key keeps its place, so the node's attributes come back in their order).
IN_DUTY_ROW = 0
#: An edge's stored ``raw_source``/``raw_target`` when the raw id is its ``source``/``target``
#: (96-99% of edges: only the merge's collapse of bodies points an edge elsewhere); read as
#: ``coalesce(nullif(raw_source, ''), source)`` (:data:`extractor.store.RAW_SOURCE`). No node
#: id is empty.
SAME_ID = ""

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
# The C encoder that ``_ENCODER.encode`` makes anew for every value, made once, without the
# check for circular references (rows made from JSON or a graph's attributes have none): a
# build writes ~300 small JSON values a notice (a node's data, an edge's attributes, most
# of them empty), and for an empty one that set-up was all the cost (10 us against 0.5).
_C_ENCODE = (c_make_encoder(None, _ENCODER.default, encode_basestring, None, ":", ",", False, False, True)
             if c_make_encoder is not None else None)


def dumps(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":"))``."""
    if _C_ENCODE is None:
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


# The same for the build cache's files, written with json's default separators.
_C_ENCODE_SPACED = (c_make_encoder(None, _ENCODER.default, encode_basestring, None, ": ", ", ", False, False, True)
                    if c_make_encoder is not None else None)


def dumps_spaced(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False)`` of a value without reference cycles (node-link
    data: a build cache file), without the check for them."""
    if _C_ENCODE_SPACED is None:
        return json.dumps(value, ensure_ascii=False)
    return "".join(_C_ENCODE_SPACED(value, 0))


@dataclass(frozen=True)
class NoticeRows:
    """What one notice writes, in the store's column order.

    ``ids`` and ``datas``: each node's id and its JSON (``notice_nodes``), in graph order;
    ``notice``: title, number, date, issuer, year of its ``notices`` row; ``duties``: rows
    of ``duties`` (id, notice, text, evidence, span start and end, mechanism, deadline,
    deadline date, item); ``edges``: rows of ``edges`` (source, target, relation, notice,
    evidence, span start and end, role, title, deadline, deadline date, item, attributes,
    raw source, raw target, ord), source and target as extracted, raw source and target
    :data:`SAME_ID` (the writer points source and target at the ids they are merged into,
    and then keeps the extracted ids as raw ones)."""

    file: str
    ids: list[str]
    datas: list[str]
    notice: tuple[Any, ...]
    duties: list[tuple[Any, ...]]
    edges: list[tuple[Any, ...]]


def node_link_parts(data: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(nodes, edges) of a per-notice graph given as node-link data or a networkx graph."""
    if not isinstance(data, dict):  # a networkx graph
        nodes = [{"id": n, **d} for n, d in data.nodes(data=True)]
        edges = [{"source": u, "target": v, "key": k, **d} for u, v, k, d in data.edges(keys=True, data=True)]
        return nodes, edges
    key = "edges" if "edges" in data else "links"
    return list(data.get("nodes", [])), list(data.get(key, []))


def _duty_mechanism(data: dict[str, Any], ids: set[str], established: list[str]) -> str | None:
    mech = data.get("mechanism")
    if mech and mech in ids:
        return mech
    return established[0] if len(established) == 1 else None


def _node_data(node: dict[str, Any], file: str) -> dict[str, Any]:
    """A node's stored data: its attributes but ``id``, a duty's text and evidence left to
    its ``duties`` row (which this notice writes: a non-empty text, which the row holds as
    it is)."""
    data = {k: v for k, v in node.items() if k != "id"}
    if data.get("type") == "duty" and (node.get("doc") or file) == file:
        for key in DUTY_ROW_KEYS:
            if isinstance(data.get(key), str) and data[key]:
                data[key] = IN_DUTY_ROW
    return data


def notice_rows(file: str, graph: Any) -> NoticeRows:
    """The rows of the notice ``file`` whose graph is ``graph`` (node-link data or networkx)."""
    nodes, edges = node_link_parts(graph)
    doc = next((n for n in nodes if n.get("type") == "document"), {})
    ids = {n["id"] for n in nodes}
    by_id = {n["id"]: n for n in nodes}
    established: list[str] = []
    for e in edges:
        if e.get("relation") == "establishes" and e["target"] not in established:
            established.append(e["target"])
    duties = []
    for n in nodes:
        if n.get("type") != "duty":
            continue
        span = n.get("span") or [None, None]
        duties.append((
            n["id"], n.get("doc") or file, n.get("text") or n.get("name"), n.get("evidence"),
            span[0], span[1], _duty_mechanism(n, ids, established),
            n.get("deadline"), n.get("deadline_date"), n.get("item"),
        ))
    edge_rows = []
    for i, e in enumerate(edges):
        extra = {k: v for k, v in e.items() if k not in EDGE_COLUMNS and k not in ("source", "target", "key")}
        span = e.get("span") or [None, None]
        duty = by_id.get(e["target"]) if e.get("relation") == "responsible_for" else None
        duty = duty if duty and duty.get("type") == "duty" else {}
        edge_rows.append((
            e["source"], e["target"], e.get("relation"), e.get("doc") or file, e.get("evidence"), span[0], span[1],
            e.get("role"), e.get("title"), duty.get("deadline"), duty.get("deadline_date"),
            duty.get("item"), dumps(extra), SAME_ID, SAME_ID, i,
        ))
    return NoticeRows(
        file=file,
        ids=[n["id"] for n in nodes],
        datas=[dumps(_node_data(n, file)) for n in nodes],
        notice=(doc.get("title"), doc.get("number"), doc.get("date"), doc.get("issuer"), doc.get("year")),
        duties=duties,
        edges=edge_rows,
    )
