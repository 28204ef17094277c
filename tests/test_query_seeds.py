"""Queries and exports on the graph of the five seed notices (needs the real extractor)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.graph import merge
from extractor.pipeline import extract_file
from extractor.store import save_graph
from tests.conftest import CORPUS

SHARED = {"卫生健康", "教育", "公安", "民政", "司法", "财政", "医保", "工会"}


@pytest.fixture(scope="module")
def seed_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("seedhome")
    files = sorted(CORPUS.glob("*.txt"))
    assert len(files) == 5
    save_graph(merge(extract_file(p) for p in files), home / "graphs" / "graph.db")
    return home


def run(home: Path, *args: str):
    res = CliRunner().invoke(cli, ["--home", str(home), *args])
    assert res.exit_code == 0, res.output
    return res.output


def test_seed_compare_shared_kinds(seed_home):
    res = json.loads(run(seed_home, "compare", "奈曼旗", "昌吉市", "--format", "json"))
    assert "奈曼旗" in res["a"]["name"] and "昌吉市" in res["b"]["name"]
    assert set(res["shared"]) == SHARED
    assert not set(res["only_a"]) & SHARED and not set(res["only_b"]) & SHARED
    assert res["only_a"] and res["only_b"]
    kinds = [r["kind"] for r in res["rows"]]
    assert set(kinds) == SHARED | set(res["only_a"]) | set(res["only_b"])
    for row in res["rows"]:
        if row["kind"] in SHARED:
            assert row["a"] and row["b"], row
    # the 29-unit mechanism gives its units their duties (职责分工)
    assert sum(len(u["duties"]) for r in res["rows"] for u in r["b"]) >= 20


def test_seed_who_tuberculosis_lists_changji_bodies(seed_home):
    rows = json.loads(run(seed_home, "who", "结核病", "--format", "json"))
    changji = [r for r in rows if r["organization"] and "昌吉" in r["organization"]]
    assert len({r["organization"] for r in changji}) >= 3, rows
    assert all(r["duty"] for r in changji)
    assert any("民政" in r["organization"] and "结核病" in r["duty"] for r in changji)
    table = run(seed_home, "who", "结核病")
    assert "昌吉市" in table and "结核病" in table


def test_seed_commands_run(seed_home):
    mechs = json.loads(run(seed_home, "mechanisms", "--format", "json"))
    assert len(mechs) >= 2
    units = {m["units"] for m in mechs}
    assert {12, 29} <= units
    run(seed_home, "members", "奈曼旗")
    run(seed_home, "duties", "公安局")
    run(seed_home, "people", "--mechanism", "奈曼旗", "--role", "liaison")
    run(seed_home, "stats")


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_seed_exports_read_back(seed_home, tmp_path, fmt):
    from extractor.graph import load

    g = load(seed_home)
    out = tmp_path / ("neo4j" if fmt == "csv" else f"kg.{fmt}")
    res = CliRunner().invoke(cli, ["--home", str(seed_home), "export", "--format", fmt, "-o", str(out)])
    assert res.exit_code == 0, res.output
    if fmt == "csv":
        with open(out / "nodes.csv", encoding="utf-8", newline="") as fh:
            n = sum(1 for _ in csv.reader(fh)) - 1
        with open(out / "relationships.csv", encoding="utf-8", newline="") as fh:
            e = sum(1 for _ in csv.reader(fh)) - 1
    else:
        back = nx.read_graphml(out, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(out)
        n, e = back.number_of_nodes(), back.number_of_edges()
    assert g.number_of_nodes() > 50
    assert (n, e) == (g.number_of_nodes(), g.number_of_edges())
