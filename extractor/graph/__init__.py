"""The knowledge-graph model: node/edge conventions, building, merging, JSON read/write.

This module imports only networkx and the standard library, so query commands can load
a built graph without paying for spaCy or jieba. The model is documented in
``docs/graph-model.md``; keep the two in step.
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic_write import atomic_write_bytes as atomic_write_bytes
from ..atomic_write import atomic_write_text as atomic_write_text
from ..model import (  # noqa: F401  (re-exported: the model's names, where they always were)
    NODE_TYPES,
    PERSON_ROLES,
    RELATIONS,
    SCHEMA_VERSION,
    copy_attrs,
    fold_body,
    fold_node,
    node_id,
    update_entity,
)


class GraphBuilder:
    """Collects the nodes and edges of one notice, with provenance on every edge."""

    def __init__(self, doc: str) -> None:
        self.doc = doc
        self.graph = nx.MultiDiGraph()

    def add_node(self, node_type: str, key: str, name: str, **attrs: Any) -> str:
        """Add (or update) a node; aliases are unioned, other attributes kept if already set."""
        nid = node_id(node_type, key)
        aliases = [a for a in attrs.pop("aliases", []) if a and a != name]
        g = self.graph
        if nid not in g:
            g.add_node(nid, type=node_type, name=name, aliases=[], docs=[self.doc])
        update_entity(g.nodes[nid], aliases, attrs)
        return nid

    def add_edge(
        self,
        source: str,
        target: str,
        relation: str,
        evidence: str,
        span: tuple[int, int],
        **attrs: Any,
    ) -> None:
        """Add a fact; the first statement of a (source, target, relation) in a notice wins."""
        if relation not in RELATIONS:
            raise ValueError(f"unknown relation {relation!r}")
        key = f"{relation}@{self.doc}"
        if self.graph.has_edge(source, target, key):
            return
        clean = {k: v for k, v in attrs.items() if v is not None}
        self.graph.add_edge(
            source,
            target,
            key=key,
            relation=relation,
            doc=self.doc,
            evidence=evidence,
            span=[int(span[0]), int(span[1])],
            **clean,
        )


def merge(graphs: Iterable[nx.MultiDiGraph]) -> nx.MultiDiGraph:
    """Merge per-notice graphs: one node per id (aliases and docs unioned), all edges kept."""
    out = nx.MultiDiGraph()
    seen: dict[str, dict[str, set[str]]] = {}  # node -> list attribute -> items, for speed
    for g in graphs:
        for nid, data in g.nodes(data=True):
            if nid not in out:
                out.add_node(nid, **copy_attrs(data))
            else:
                fold_node(out.nodes[nid], data, seen.setdefault(nid, {}))
        for u, v, k, data in g.edges(keys=True, data=True):
            out.add_edge(u, v, key=k, **copy_attrs(data))
    _collapse_same_bodies(out)
    out.graph["schema"] = SCHEMA_VERSION
    return out


def _collapse_same_bodies(g: nx.MultiDiGraph) -> None:
    """Organizations of different notices with one ``body_key`` (a place's one body of a
    kind, e.g. ``奈曼旗/卫生健康``) become one node: the first seen keeps its id and name,
    the others' names become aliases and their edges move over."""
    first: dict[str, str] = {}
    for nid, data in list(g.nodes(data=True)):
        key = data.get("body_key")
        if not key:
            continue
        keep = first.setdefault(key, nid)
        if keep == nid:
            continue
        fold_body(g.nodes[keep], data)
        for u, _v, k, d in list(g.in_edges(nid, keys=True, data=True)):
            g.add_edge(u, keep, key=k, **d)
        for _u, v, k, d in list(g.out_edges(nid, keys=True, data=True)):
            g.add_edge(keep, v, key=k, **d)
        g.remove_node(nid)


# --- read / write (node-link JSON, as networkx.readwrite.json_graph) -----------------


def to_node_link(g: nx.MultiDiGraph) -> dict[str, Any]:
    """networkx node-link data with ``edges`` as the edge key."""
    g.graph.setdefault("schema", SCHEMA_VERSION)
    return nx.node_link_data(g, edges="edges")


def from_node_link(data: dict[str, Any]) -> nx.MultiDiGraph:
    """Inverse of :func:`to_node_link` (consumes ``data``). Our own files (every edge keyed)
    are read directly with the garbage collector paused, about twice as fast as
    ``networkx.node_link_graph`` on large graphs; other node-link data goes through it."""
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object of node-link data, found {type(data).__name__}")
    key = "edges" if "edges" in data else "links"
    edges = data.get(key, [])
    nodes = data.get("nodes", [])
    if not isinstance(nodes, list) or not isinstance(edges, list) or not all(
        isinstance(x, dict) for x in (*nodes, *edges)
    ):
        raise ValueError("node-link data needs lists of objects under 'nodes' and 'edges'")
    if not data.get("multigraph") or not all("key" in e for e in edges):
        return nx.node_link_graph(data, directed=True, multigraph=True, edges=key)
    paused = gc.isenabled()
    gc.disable()
    try:
        g = nx.MultiDiGraph()
        g.graph.update(data.get("graph", {}))
        g.add_nodes_from((n.pop("id"), n) for n in data.get("nodes", []))
        g.add_edges_from((e.pop("source"), e.pop("target"), e.pop("key"), e) for e in edges)
    finally:
        if paused:
            gc.enable()
    return g


def dumps(g: nx.MultiDiGraph, indent: int | None = 1) -> str:
    """Node-link JSON text (``indent=None``: compact, for large graphs)."""
    if indent is None:
        return json.dumps(to_node_link(g), ensure_ascii=False, separators=(",", ":"))
    return json.dumps(to_node_link(g), ensure_ascii=False, indent=indent)


def save(g: nx.MultiDiGraph, path: str | os.PathLike[str], indent: int | None = None) -> Path:
    """Write the graph as node-link JSON atomically (temp file + rename); compact unless
    ``indent`` is given."""
    return atomic_write_text(Path(path), dumps(g, indent))


def load(
    source: Any = None,
    nodes: Iterable[str] | None = None,
    depth: int = 0,
) -> nx.MultiDiGraph:
    """A networkx graph from the store or from node-link JSON.

    ``source``: a project home (folder; ``None`` is ``$POLICYKG_HOME`` or the current
    folder), a ``graph.db`` path, an open store connection, or a ``.json`` file (node-link,
    as ``policykg export --format json`` writes). ``nodes``: only these node ids (e.g. the
    ``org_id``/``duty_id`` of query rows) and, with ``depth``, their neighbours up to that
    many hops, with the edges among them; the whole graph otherwise.
    """
    import sqlite3

    from .. import store

    if isinstance(source, sqlite3.Connection):
        return _from_store(source, nodes, depth)
    if source is not None and str(source).endswith(".json"):
        with open(source, encoding="utf-8") as fh:
            g = from_node_link(json.load(fh))
        if nodes is None:
            return g
        keep = set(nodes)
        for _ in range(depth):
            keep |= {m for n in list(keep) if n in g for m in (*g.successors(n), *g.predecessors(n))}
        return g.subgraph(n for n in g if n in keep).copy()
    from ..project import Project

    path = Path(source) if source is not None else Project.at(None).db_path
    if path.is_dir():
        path = Project.at(path).db_path
    conn = store.connect(path)
    try:
        return _from_store(conn, nodes, depth)
    finally:
        conn.close()


def _from_store(conn: Any, nodes: Iterable[str] | None, depth: int) -> nx.MultiDiGraph:
    from .. import store

    g = nx.MultiDiGraph()
    g.graph["schema"] = SCHEMA_VERSION
    if nodes is None:
        g.add_nodes_from(store.node_rows(conn))
        g.add_edges_from(store.edge_rows(conn))
        return g
    keep = set(nodes)
    frontier = set(keep)
    for _ in range(depth):
        nxt: set[str] = set()
        for chunk in _chunks(sorted(frontier)):
            marks = ",".join("?" * len(chunk))
            for u, v in conn.execute(
                    f"SELECT source, target FROM edges WHERE source IN ({marks}) "
                    f"UNION SELECT source, target FROM edges WHERE target IN ({marks})", chunk + chunk):
                nxt |= {u, v}
        frontier = nxt - keep
        keep |= nxt
    ids = sorted(keep)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        g.add_nodes_from(store.node_rows(conn, f"id IN ({marks})", chunk))
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        g.add_edges_from((u, v, k, d) for u, v, k, d in store.edge_rows(conn, f"source IN ({marks})", chunk)
                         if v in keep)
    return g


def _chunks(items: list[str], size: int = 400) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


# --- small accessors shared by query, render and export ----------------------------


def nodes_of_type(g: nx.MultiDiGraph, node_type: str) -> list[str]:
    return [n for n, d in g.nodes(data=True) if d.get("type") == node_type]


def edges_of(g: nx.MultiDiGraph, relation: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [(u, v, d) for u, v, d in g.edges(data=True) if d.get("relation") == relation]
