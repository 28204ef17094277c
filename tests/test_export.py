"""Exports of a hand-built graph: read back by networkx / csv with the same counts."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from extractor import export as ex
from extractor.cli import cli
from extractor.graph import GraphBuilder, load, merge
from extractor.store import save_graph
from tests.query_fixture import build

SCALARS = (str, int, float, bool)


def tricky_graph() -> nx.MultiDiGraph:
    """The fixture graph plus a node and edge whose text needs escaping everywhere."""
    b = GraphBuilder("x'notice.txt")
    org = b.add_node("organization", "O'Brien\\局", "O'Brien\\局", aliases=['a,"b"', "c\nd"],
                     kind="公安", collective=False)
    duty = b.add_node("duty", "x#1", "负责\n“筛查”, 'quote' \\ back", text="负责\n“筛查”, 'quote' \\ back",
                      doc="x'notice.txt", span=[1, 9], item=3)
    b.add_edge(org, duty, "responsible_for", "第一行\n第二行, \"引号\" 'q' \\", (1, 9), role="lead")
    return merge([build(), b.graph])


@pytest.fixture(scope="module")
def g():
    return tricky_graph()


@pytest.fixture()
def home(tmp_path, g):
    save_graph(g, tmp_path / "graphs" / "graph.db")
    return tmp_path


def export_cli(home: Path, fmt: str, out: Path):
    return CliRunner().invoke(cli, ["--home", str(home), "export", "--format", fmt, "-o", str(out)])


def test_json_roundtrip(home, g, tmp_path):
    out = tmp_path / "kg.json"
    res = export_cli(home, "json", out)
    assert res.exit_code == 0, res.output
    back = load(out)
    assert set(back.nodes) == set(g.nodes) and back.number_of_edges() == g.number_of_edges()


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_gexf_read_back_with_same_counts(home, g, tmp_path, fmt):
    out = tmp_path / f"kg.{fmt}"
    res = export_cli(home, fmt, out)
    assert res.exit_code == 0, res.output
    back = nx.read_graphml(out, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(out)
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    assert set(back.nodes) == set(g.nodes)
    for _, d in back.nodes(data=True):
        assert all(isinstance(v, SCALARS) for v in d.values())
    node = back.nodes["org:O'Brien\\局"]
    assert node["aliases"] == 'a,"b"; c\nd' and node["kind"] == "公安"
    edge = next(d for u, v, d in back.edges(data=True) if u == "org:O'Brien\\局")
    assert json.loads(edge["span"]) == [1, 9]
    assert edge["evidence"] == "第一行\n第二行, \"引号\" 'q' \\"
    if fmt == "gexf":
        assert node["label"] == "O'Brien\\局"


def test_flat_graph_has_one_type_per_key(g):
    flat = ex.flat_graph(g)
    types: dict[str, set[type]] = {}
    for _, d in flat.nodes(data=True):
        for k, v in d.items():
            assert v is not None and not isinstance(v, (list, dict))
            types.setdefault(k, set()).add(type(v))
    assert all(len(t) == 1 for t in types.values())
    assert types["year"] == {int}


def test_neo4j_csv_layout(home, g, tmp_path):
    folder = tmp_path / "neo4j"
    res = export_cli(home, "csv", folder)
    assert res.exit_code == 0, res.output
    with open(folder / "nodes.csv", encoding="utf-8", newline="") as fh:
        nodes = list(csv.reader(fh))
    with open(folder / "relationships.csv", encoding="utf-8", newline="") as fh:
        rels = list(csv.reader(fh))
    nh, eh = nodes[0], rels[0]
    assert nh[:2] == ["id:ID", ":LABEL"] and eh[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"year:int", "item:int", "collective:boolean", "aliases:string[]", "docs:string[]",
            "span:int[]", "name"} <= set(nh)
    assert "span:int[]" in eh and "evidence" in eh
    assert len(nodes) - 1 == g.number_of_nodes() and len(rels) - 1 == g.number_of_edges()
    ids = {r[0] for r in nodes[1:]}
    assert ids == set(g.nodes)
    assert all(r[0] in ids and r[1] in ids for r in rels[1:])
    assert {r[1] for r in nodes[1:]} == {"Document", "Mechanism", "Organization", "Person", "Duty", "Disease"}
    assert {r[2] for r in rels[1:]} >= {"MEMBER_UNIT_OF", "RESPONSIBLE_FOR", "HOLDS_POST"}
    row = dict(zip(nh, next(r for r in nodes[1:] if r[0] == "org:O'Brien\\局"), strict=True))
    assert row["aliases:string[]"] == 'a,"b";c\nd' and row["collective:boolean"] == "false"
    erow = dict(zip(eh, next(r for r in rels[1:] if r[0] == "org:O'Brien\\局"), strict=True))
    assert erow["evidence"] == "第一行\n第二行, \"引号\" 'q' \\" and erow["span:int[]"] == "1;9"
    assert erow[":TYPE"] == "RESPONSIBLE_FOR" and erow["role"] == "lead"


def _unescape_cypher(lit: str) -> str:
    assert lit[0] == lit[-1] == "'"
    table = {"\\": "\\", "'": "'", "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
    out, i, body = [], 0, lit[1:-1]
    while i < len(body):
        ch = body[i]
        if ch == "'":
            raise AssertionError(f"unescaped quote in {lit!r}")
        if ch == "\\":
            nxt = body[i + 1]
            if nxt == "u":
                out.append(chr(int(body[i + 2:i + 6], 16)))
                i += 6
                continue
            out.append(table[nxt])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


_LITERAL = re.compile(r"'(?:[^'\\]|\\.)*'")


def test_cypher_script(home, g, tmp_path):
    out = tmp_path / "kg.cypher"
    res = export_cli(home, "cypher", out)
    assert res.exit_code == 0, res.output
    lines = out.read_text(encoding="utf-8").splitlines()
    merges = [ln for ln in lines if ln.startswith("MERGE (n:Entity")]
    matches = [ln for ln in lines if ln.startswith("MATCH (a:Entity")]
    assert len(merges) == g.number_of_nodes() and len(matches) == g.number_of_edges()
    assert all(ln.endswith(";") for ln in merges + matches)
    literals = {_unescape_cypher(m) for ln in lines for m in _LITERAL.findall(ln)}
    assert "org:O'Brien\\局" in literals
    assert "第一行\n第二行, \"引号\" 'q' \\" in literals
    assert "c\nd" in literals
    # after removing string literals no quote or backslash is left over
    assert all("'" not in _LITERAL.sub("", ln) and "\\" not in _LITERAL.sub("", ln) for ln in merges + matches)
    tricky = next(ln for ln in matches if "O\\'Brien" in ln)
    assert ":RESPONSIBLE_FOR {key: 'responsible_for@x\\'notice.txt'}" in tricky
    assert "span: [1, 9]" in tricky


def test_cypher_helpers():
    assert ex.cypher_string("a'b\\c\nd\x01") == "'a\\'b\\\\c\\nd\\u0001'"
    assert ex.cypher_name("member_of") == "member_of" and ex.cypher_name("a b`c") == "`a b``c`"
    assert ex.cypher_value([1, None, "x"]) == "[1, 'x']" and ex.cypher_value(True) == "true"


def test_export_refuses_wrong_targets(home, tmp_path):
    f = tmp_path / "file.txt"
    f.write_text("keep", encoding="utf-8")
    res = export_cli(home, "csv", f)
    assert res.exit_code != 0 and "is a file" in res.output and f.read_text() == "keep"
    res = export_cli(home, "graphml", tmp_path)
    assert res.exit_code != 0 and "is a folder" in res.output
    res = export_cli(tmp_path / "nohome", "json", tmp_path / "x.json")
    assert res.exit_code != 0 and "run policykg build first" in res.output
    assert not (tmp_path / "x.json").exists()


def test_no_temp_files_left(home, tmp_path):
    out = tmp_path / "outdir"
    for fmt in ("json", "graphml", "gexf", "cypher"):
        assert export_cli(home, fmt, out / f"kg.{fmt}").exit_code == 0
    assert export_cli(home, "csv", out / "csv").exit_code == 0
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    assert names == ["csv", "csv/nodes.csv", "csv/relationships.csv", "kg.cypher", "kg.gexf", "kg.graphml", "kg.json"]


@given(st.text())
def test_cypher_string_roundtrips_any_text(text):
    lit = ex.cypher_string(text)
    assert "\n" not in lit and "\r" not in lit
    assert _LITERAL.fullmatch(lit)
    assert _unescape_cypher(lit) == text


def test_cypher_string_escapes_every_line_break():
    assert ex.cypher_string("a\x85b\u2028c\x7f") == "'a\\u0085b\\u2028c\\u007f'"
