"""Export a built graph to JSON, GraphML, GEXF, neo4j-admin CSV or a Cypher script.

GraphML and GEXF carry no list-valued attributes (lists are joined with ``"; "``, edge
spans are JSON-encoded ``"[start, end]"``) and no ``None`` values, so Gephi and networkx
read them back with the same node and edge counts. Every file is written atomically.
Imports no spaCy/jieba.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from . import graph as kg
from .errors import PolicyKGError

FORMATS = ("json", "graphml", "gexf", "csv", "neo4j", "cypher")  # neo4j = csv (neo4j-admin import)
LIST_SEP = "; "
#: Stands for ``;`` inside an element of a Neo4j array cell (``;`` separates the elements).
ARRAY_SEMICOLON = "\uff1b"
CSV_NODES = "nodes.csv"
CSV_RELATIONSHIPS = "relationships.csv"


# --- flat attributes for GraphML / GEXF ----------------------------------------------


def _flat_value(key: str, value: Any) -> Any:
    if key == "span" and isinstance(value, (list, tuple)):
        return json.dumps(list(value))
    if isinstance(value, (list, tuple)):
        return LIST_SEP.join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _key_types(items: Iterable[dict[str, Any]]) -> dict[str, type]:
    """One Python type per attribute key; keys whose values mix types become ``str``."""
    seen: dict[str, set[type]] = {}
    for data in items:
        for k, v in data.items():
            seen.setdefault(k, set()).add(type(v))
    out: dict[str, type] = {}
    for k, types in seen.items():
        out[k] = types.pop() if len(types) == 1 and next(iter(types)) in (bool, int, float) else str
    return out


def flat_graph(g: nx.MultiDiGraph, label: bool = False) -> nx.MultiDiGraph:
    """A copy of ``g`` whose attribute values are scalars of one type per key (no None)."""
    nodes = {n: {k: _flat_value(k, v) for k, v in d.items() if v is not None} for n, d in g.nodes(data=True)}
    edges = [
        (u, v, k, {a: _flat_value(a, x) for a, x in d.items() if x is not None})
        for u, v, k, d in g.edges(keys=True, data=True)
    ]
    ntypes = _key_types(nodes.values())
    etypes = _key_types(d for *_, d in edges)
    out = nx.MultiDiGraph()
    for n, d in nodes.items():
        attrs = {k: (v if ntypes[k] is not str else str(v)) for k, v in d.items()}
        if label:
            attrs.setdefault("label", str(d.get("name", n)))
        out.add_node(n, **attrs)
    for u, v, k, d in edges:
        attrs = {a: (x if etypes[a] is not str else str(x)) for a, x in d.items()}
        if label:
            attrs.setdefault("label", str(d.get("relation", "")))
        out.add_edge(u, v, key=k, **attrs)
    return out


def to_graphml(g: nx.MultiDiGraph) -> str:
    """GraphML text (edge ids are the ``relation@doc`` keys)."""
    return "\n".join(nx.generate_graphml(flat_graph(g))) + "\n"


def to_gexf(g: nx.MultiDiGraph) -> str:
    """GEXF 1.2 text with ``label`` = node name / edge relation for Gephi."""
    return "\n".join(nx.generate_gexf(flat_graph(g, label=True))) + "\n"


# --- neo4j-admin CSV ---------------------------------------------------------------


def neo4j_label(node_type: str) -> str:
    """``organization`` -> ``Organization``."""
    return "".join(part.capitalize() for part in str(node_type).split("_")) or "Node"


def neo4j_rel_type(relation: str) -> str:
    """``member_unit_of`` -> ``MEMBER_UNIT_OF``."""
    return re.sub(r"\W", "_", str(relation)).upper() or "RELATED"


def _column_type(key: str, values: list[Any]) -> str:
    """neo4j-admin column type of a property from its non-null values."""
    vals = [v for v in values if v is not None]
    if vals and all(isinstance(v, bool) for v in vals):
        return "boolean"
    if vals and all(isinstance(v, int) and not isinstance(v, bool) for v in vals):
        return "int"
    if vals and all(isinstance(v, float) for v in vals):
        return "float"
    if vals and all(isinstance(v, (list, tuple)) for v in vals):
        items = [x for v in vals for x in v]
        if items and all(isinstance(x, int) and not isinstance(x, bool) for x in items):
            return "int[]"
        return "string[]"
    return "string"


def _csv_cell(value: Any, ctype: str) -> str:
    if value is None:
        return ""
    if ctype.endswith("[]"):  # neo4j-admin splits array cells on ";" and has no escape
        return ";".join(str(x).replace(";", ARRAY_SEMICOLON) for x in value)
    if ctype == "boolean":
        return "true" if value else "false"
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _csv_text(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def to_neo4j_csv(g: nx.MultiDiGraph) -> tuple[str, str]:
    """(nodes.csv, relationships.csv) texts in the ``neo4j-admin database import`` layout.

    Nodes: ``id:ID``, ``:LABEL`` (node type, capitalised) and one typed column per
    property (``year:int``, ``collective:boolean``, ``aliases:string[]`` with ``;`` between
    items). Relationships: ``:START_ID``, ``:END_ID``, ``:TYPE`` (relation upper-cased),
    ``key`` and typed properties (``span:int[]``).
    """
    node_keys = sorted({k for _, d in g.nodes(data=True) for k in d})
    ntypes = {k: _column_type(k, [d.get(k) for _, d in g.nodes(data=True)]) for k in node_keys}
    nheader = ["id:ID", ":LABEL"] + [k if ntypes[k] == "string" else f"{k}:{ntypes[k]}" for k in node_keys]
    nrows = [
        [str(n), neo4j_label(d.get("type", "node"))] + [_csv_cell(d.get(k), ntypes[k]) for k in node_keys]
        for n, d in g.nodes(data=True)
    ]
    edge_keys = sorted({k for *_, d in g.edges(keys=True, data=True) for k in d})
    etypes = {k: _column_type(k, [d.get(k) for *_, d in g.edges(keys=True, data=True)]) for k in edge_keys}
    eheader = [":START_ID", ":END_ID", ":TYPE", "key"] + [
        k if etypes[k] == "string" else f"{k}:{etypes[k]}" for k in edge_keys
    ]
    erows = [
        [str(u), str(v), neo4j_rel_type(d.get("relation", "")), str(key)]
        + [_csv_cell(d.get(k), etypes[k]) for k in edge_keys]
        for u, v, key, d in g.edges(keys=True, data=True)
    ]
    return _csv_text(nheader, nrows), _csv_text(eheader, erows)


# --- Cypher ------------------------------------------------------------------------

_CYPHER_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal (backslash, quote and control chars escaped)."""
    out = []
    for ch in str(text):
        if ch in _CYPHER_ESCAPES:
            out.append(_CYPHER_ESCAPES[ch])
        elif unicodedata.category(ch) in ("Cc", "Zl", "Zp"):  # control chars, line separators
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def cypher_name(name: str) -> str:
    """An identifier, backtick-quoted when it is not a plain ``[A-Za-z_][A-Za-z0-9_]*``."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        return name
    return "`" + name.replace("`", "``") + "`"


def cypher_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_value(v) for v in value if v is not None) + "]"
    if isinstance(value, dict):
        return cypher_string(json.dumps(value, ensure_ascii=False, sort_keys=True))
    return cypher_string(str(value))


def cypher_map(data: dict[str, Any]) -> str:
    items = [f"{cypher_name(k)}: {cypher_value(v)}" for k, v in sorted(data.items()) if v is not None]
    return "{" + ", ".join(items) + "}"


def to_cypher(g: nx.MultiDiGraph) -> str:
    """A Cypher script that MERGEs every node (label ``Entity`` + its type) and edge.

    Re-running it is idempotent: nodes are merged on ``id``, relationships on ``key``.
    """
    lines = [
        "// policykg graph export; run with cypher-shell -f FILE",
        "CREATE CONSTRAINT policykg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
    ]
    for n, d in g.nodes(data=True):
        props = {k: v for k, v in d.items()}
        lines.append(
            f"MERGE (n:Entity {{id: {cypher_string(n)}}}) SET n:{cypher_name(neo4j_label(d.get('type', 'node')))}"
            f" SET n += {cypher_map(props)};"
        )
    for u, v, key, d in g.edges(keys=True, data=True):
        lines.append(
            f"MATCH (a:Entity {{id: {cypher_string(u)}}}), (b:Entity {{id: {cypher_string(v)}}}) "
            f"MERGE (a)-[r:{cypher_name(neo4j_rel_type(d.get('relation', '')))} {{key: {cypher_string(key)}}}]->(b)"
            f" SET r += {cypher_map(d)};"
        )
    return "\n".join(lines) + "\n"


# --- entry point -------------------------------------------------------------------


def export(g: nx.MultiDiGraph, fmt: str, path: str | os.PathLike[str]) -> list[Path]:
    """Write ``g`` in ``fmt`` to ``path``; returns the files written.

    ``csv`` (also called ``neo4j``) treats ``path`` as a folder (created if needed) and writes ``nodes.csv`` and
    ``relationships.csv`` into it; every other format writes one file.
    """
    target = Path(path)
    fmt = "csv" if fmt == "neo4j" else fmt
    if fmt not in FORMATS:
        raise PolicyKGError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "csv":
        if target.exists() and not target.is_dir():
            raise PolicyKGError(f"{target} is a file; csv export writes a folder (nodes.csv, relationships.csv)")
        nodes, rels = to_neo4j_csv(g)
        return [
            kg.atomic_write_text(target / CSV_NODES, nodes),
            kg.atomic_write_text(target / CSV_RELATIONSHIPS, rels),
        ]
    if target.is_dir():
        raise PolicyKGError(f"{target} is a folder; give a file name for {fmt} export")
    return [kg.atomic_write_text(target, export_text(g, fmt))]


def export_text(g: nx.MultiDiGraph, fmt: str) -> str:
    """``g`` as the text of one file in ``fmt`` (every format but the csv folder)."""
    writers = {"json": kg.dumps, "graphml": to_graphml, "gexf": to_gexf, "cypher": to_cypher}
    if fmt not in writers:
        raise PolicyKGError(f"{fmt} export writes a folder, not one stream; give -o FOLDER")
    return writers[fmt](g)
