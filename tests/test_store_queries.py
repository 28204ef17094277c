"""Queries over the store, on the seed corpus as `policykg build` stores it (the real
extractor, not a hand-built fixture).

1. Every query answers as the networkx code before the store did (tests/reference_query.py,
   run on graph.merge of the same per-notice graphs), except where issue 12 §1 says the old
   answer was wrong; those cases have tests of their own below.
2. Query commands import neither spaCy, jieba nor networkx.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import graph as kg
from extractor import query as q
from extractor.cli import cli
from extractor.project import Project
from extractor.store import build as build_mod
from tests import reference_query as ref
from tests.project_home import ROOT, copy_corpus


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    home = copy_corpus(tmp_path_factory.mktemp("seedstore") / "proj")
    project = Project.at(home)
    summary = build_mod.build(project)
    assert summary.failed == 0 and summary.notices == 5
    names = sorted(p.name for p in project.corpus_dir.glob("*.txt"))
    g = kg.merge(build_mod._load_cached(build_mod._cache_file(project, n)) for n in names)
    conn = q.open_store(project)
    yield home, conn, g
    conn.close()


def run(home: Path, *args: str):
    return CliRunner().invoke(cli, ["--home", str(home), *args])


def _same(a, b) -> None:
    assert json.dumps(a, ensure_ascii=False, sort_keys=True, indent=1) == json.dumps(
        b, ensure_ascii=False, sort_keys=True, indent=1)


SAME_AS_BEFORE = [
    ("mechanisms",),
    ("members", "奈曼旗"),
    ("members", "昌吉市"),
    ("members", "推进委员会"),
    ("members", "联席会议"),
    ("compare", "奈曼旗", "昌吉市"),
    ("compare", "推进委员会", "联席会议"),
    ("people",),
    ("duties", "公安局"),
    ("duties", "公安"),
    ("duties", "卫健委"),
    ("duties", "奈曼旗公安局"),
    ("duties", "昌吉市卫健委"),
    ("duties", "教育"),
    ("duties", "民政"),
    ("duties", "各乡镇街道"),
    ("duties", "疾控"),
    ("who", "结核病"),
    ("who", "艾滋病"),
    ("who", "梅毒"),
    ("who", "筛查"),
    ("who", "精神"),
    ("who", "HIV"),
    ("disease", "结核病"),
    ("disease", "艾滋病"),
    ("disease", "梅毒"),
]


@pytest.mark.parametrize("call", SAME_AS_BEFORE, ids=lambda c: " ".join(c))
def test_store_answers_as_the_graph_did(seed, call):
    _home, conn, g = seed
    fn, *args = call
    _same(getattr(q, fn)(conn, *args), getattr(ref, fn)(g, *args))


@pytest.mark.parametrize("kw", [{"mechanism": "奈曼旗", "role": "liaison"}, {"org": "公安"},
                                {"mechanism": "昌吉市"}, {"role": "召集人"}], ids=str)
def test_people_as_before(seed, kw):
    _home, conn, g = seed
    _same(q.people(conn, **kw), ref.people(g, **kw))


def test_duties_with_mechanism_filter_as_before(seed):
    _home, conn, g = seed
    _same(q.duties(conn, "公安", mechanism="昌吉市"), ref.duties(g, "公安", mechanism="昌吉市"))


def test_stats_totals_as_before(seed):
    _home, conn, g = seed
    new, old = q.stats(conn), ref.stats(g)
    for key in ("nodes", "relations", "total_nodes", "total_edges"):
        assert new[key] == old[key]


def test_cli_json_is_the_library_answer(seed):
    home, conn, _g = seed
    for call in SAME_AS_BEFORE:
        res = run(home, *call, "--format", "json")
        assert res.exit_code == 0, (call, res.output)
        _same(json.loads(res.stdout), getattr(q, call[0])(conn, *call[1:]))


COMMANDS = [["mechanisms"], ["members", "奈曼旗"], ["people", "--role", "liaison"], ["duties", "公安局"],
            ["who", "结核病"], ["disease", "结核病"], ["compare", "奈曼旗", "昌吉市"], ["stats"], ["search", "筛查"]]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_every_command_every_format_on_the_seed_store(seed, args, fmt):
    home = seed[0]
    res = run(home, *args, "--format", fmt)
    assert res.exit_code == 0, res.output
    assert res.stdout.strip()
    if fmt == "json":
        json.loads(res.stdout)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(res.stdout)))
        assert rows and all(None not in r for r in rows)


# --- issue 12 §1: where the old answers were wrong -------------------------------------


@pytest.mark.parametrize(("args", "place"), [
    (["duties", "北京市公安局"], "北京市"),
    (["duties", "上海市卫健委"], "上海市"),
    (["members", "北京市防治重大疾病工作联席会议"], "北京市"),
    (["people", "--org", "北京市公安局"], "北京市"),
    (["compare", "奈曼旗", "北京市防治重大疾病工作联席会议"], "北京市"),
])
def test_a_place_not_in_the_graph_is_not_found_with_suggestions(seed, args, place):
    res = run(seed[0], *args)
    assert res.exit_code == 3, res.output
    msg = res.stderr
    assert f"nothing of {place}" in msg and "昌吉市" in msg  # places (and names) to try instead
    assert len(msg.strip().splitlines()) == 1 and "Traceback" not in msg


def test_beijing_mechanism_suggests_the_changji_one(seed):
    res = run(seed[0], "members", "北京市防治重大疾病工作联席会议")
    assert "did you mean: 昌吉市防治重大疾病工作联席会议" in res.stderr


def test_a_specific_hospital_is_not_every_hospital(seed):
    res = run(seed[0], "duties", "中医院")
    assert res.exit_code == 3 and "no organization matches '中医院'" in res.stderr
    assert "did you mean" in res.stderr  # 奈曼旗人民医院 offered, not silently taken


def test_a_fuzzy_match_says_so_on_stderr(seed):
    res = run(seed[0], "members", "奈曼旗消除艾滋病梅毒乙肝母婴传播工作部门协作机制", "--format", "json")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["mechanism"]["name"] == "奈曼旗消除艾滋病、梅毒和乙肝母婴传播工作部门协作机制"
    assert "fuzzy match" in res.stderr and "奈曼旗消除艾滋病、梅毒和乙肝母婴传播工作部门协作机制" in res.stderr
    exact = run(seed[0], "members", "奈曼旗消除艾滋病、梅毒和乙肝母婴传播工作部门协作机制")
    assert exact.exit_code == 0 and exact.stderr == ""


@pytest.mark.parametrize(("kind", "placed"), [("红十字会", "奈曼旗红十字会"), ("妇联", "奈曼旗妇联")])
def test_a_kind_query_includes_every_body_of_the_kind(seed, kind, placed):
    home, conn, g = seed
    orgs = {r["organization"] for r in q.duties(conn, kind)} | {
        o for r in q.people(conn, org=kind) for o in r["organization"]}
    assert placed in orgs, orgs
    ids, label = q.resolve_orgs(conn, kind)
    assert f"org:{placed}" in ids and f"org:{kind}" in ids and label == f"kind {kind}"
    assert ref.resolve_orgs(g, kind)[0] == [f"org:{kind}"]  # before: the un-placed body only


@pytest.mark.parametrize("kind", ["红十字会", "妇联"])
def test_people_of_a_kind_are_listed(seed, kind):
    res = run(seed[0], "people", "--org", kind, "--format", "json")
    assert res.exit_code == 0
    rows = json.loads(res.stdout)
    assert rows and all(any(kind in o for o in r["organization"]) for r in rows)


def test_stats_counts_per_notice(seed):
    home, conn, g = seed
    res = q.stats(conn)
    assert len(res["notices"]) == 5
    for n in res["notices"]:
        assert n["nodes"] > 0 and n["edges"] > 0, n
        assert n["edges"] == sum(1 for *_, d in g.edges(data=True) if d["doc"] == n["notice"])
    assert sum(n["edges"] for n in res["notices"]) == res["total_edges"]
    assert all(n["nodes"] == 0 for n in ref.stats(g)["notices"])  # the old answer


def test_duties_of_a_mechanism_are_its_own_and_its_bodies(seed):
    home, conn, _g = seed
    rows = q.duties(conn, "推进委员会")
    orgs = {r["organization"] for r in rows}
    assert "健康奈曼行动推进委员会" in orgs  # the mechanism's own duties (推进委员会负责…)
    assert "健康奈曼行动推进委员会办公室" in orgs  # its office's
    own = {r["duty_id"] for r in rows}
    assert set(q.mechanism_duties(conn, "mechanism:健康奈曼行动推进委员会")) <= own
    changji = q.duties(conn, "昌吉市防治重大疾病工作联席会议")
    assert {r["duty_id"] for r in changji} >= set(q.mechanism_duties(conn, "mechanism:昌吉市防治重大疾病工作联席会议"))
    assert len({r["organization"] for r in changji}) > 10
    # 001 一、主要职责 and 000 一、工作任务: what the mechanism itself does, first, beside
    # its office's duties and its member units'
    own = [r["duty"] for r in changji if r["organization"] == "昌吉市防治重大疾病工作联席会议"]
    assert own == ["在市人民政府领导下，统筹协调和指导全市重大疾病防治工作", "研究制定重大疾病防治工作方针政策",
                   "协调解决重大疾病防治工作中的重大问题"]  # not the catch-all 承办…交办的其他事项
    assert changji[0]["organization"] == "昌吉市防治重大疾病工作联席会议"
    assert "昌吉市防治重大疾病工作联席会议办公室" in {r["organization"] for r in changji}
    naiman = q.duties(conn, "部门协作机制")
    mech = "奈曼旗消除艾滋病、梅毒和乙肝母婴传播工作部门协作机制"
    assert [r["duty"] for r in naiman if r["organization"] == mech][-1] == "指导我旗做好消除艾滋病、梅毒和乙肝母婴传播工作"
    assert len([r for r in naiman if r["organization"] == mech]) == 3
    # the store's view has them as the mechanism's rows
    view = conn.execute("SELECT body, mechanism, role FROM responsibilities WHERE body_type = 'mechanism'"
                        " AND notice LIKE '000%'").fetchall()
    assert [tuple(r) for r in view] == [(mech, mech, None)] * 3


def test_who_and_search_show_a_mechanisms_own_duties(seed):
    home, conn, _g = seed
    rows = q.who(conn, "母婴传播")
    mech = "奈曼旗消除艾滋病、梅毒和乙肝母婴传播工作部门协作机制"
    assert "指导我旗做好消除艾滋病、梅毒和乙肝母婴传播工作" in [r["duty"] for r in rows if r["organization"] == mech]
    found = q.search(conn, "方针政策")
    assert ("昌吉市防治重大疾病工作联席会议", "研究制定重大疾病防治工作方针政策") in {
        (r["organization"], r["duty"]) for r in found if r["matched"] == "duty"}


def test_search_finds_duties_and_evidence_with_their_bodies(seed):
    home, conn, _g = seed
    rows = q.search(conn, "筛查")
    duties = [r for r in rows if r["matched"] == "duty"]
    assert duties and all("筛查" in (r["duty"] or "") + (r["evidence"] or "") for r in duties)
    assert any(r["organization"] for r in duties)
    assert all("筛查" in r["evidence"] for r in rows if r["matched"] == "evidence")
    two = q.search(conn, "结核")  # shorter than a trigram: a scan, same kind of answer
    assert two and all("结核" in (r["duty"] or "") + (r["evidence"] or "") for r in two)
    roster = q.search(conn, "召集人")
    assert any(r["matched"] == "evidence" for r in roster)
    res = run(home, "search", "不存在的文字")
    assert res.exit_code == 3 and "no duty or evidence contains" in res.stderr


# --- start-up: no spaCy, jieba or networkx ---------------------------------------------

_PROBE = """
import sys
from extractor.cli import cli
try:
    cli(["--home", sys.argv[1], *sys.argv[2:]], prog_name="policykg")
except SystemExit as e:
    code = e.code
heavy = sorted(m for m in ("spacy", "jieba", "rjieba", "networkx", "thinc") if m in sys.modules)
print("HEAVY=" + ",".join(heavy))
sys.exit(code)
"""


@pytest.mark.parametrize("args", COMMANDS + [["people", "--org", "妇联"], ["duties", "中医院"]],
                         ids=lambda a: " ".join(a))
def test_query_commands_import_neither_spacy_jieba_nor_networkx(seed, args):
    out = subprocess.run([sys.executable, "-c", _PROBE, str(seed[0]), *args], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode in (0, 3), out.stderr
    assert out.stdout.strip().splitlines()[-1] == "HEAVY="


def test_query_modules_import_neither_spacy_jieba_nor_networkx():
    code = ("import sys, extractor.query, extractor.store, extractor.query.names, "
            "extractor.commands.query, extractor.model; "
            "bad = [m for m in ('spacy', 'jieba', 'networkx') if m in sys.modules]; "
            "sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


@pytest.mark.parametrize("args", [["--mechanism", "奈曼旗"], ["--org", "公安"], ["--disease", "结核病"],
                                  ["--kind", "公安"], ["--compare", "奈曼旗", "昌吉市"],
                                  ["--mechanism", "推进委员会", "--depth", "2"]], ids=lambda a: " ".join(a))
def test_render_from_a_subgraph_selected_in_sql_draws_the_same_page(seed, args, tmp_path, monkeypatch):
    """A large store is drawn from the part around the named nodes (selected in SQL); the
    page must be the one the whole graph gives."""
    from extractor.commands import render as render_cmd

    pages = []
    for limit in (10**9, 0):  # whole graph, then the SQL-selected subgraph
        monkeypatch.setattr(render_cmd, "WHOLE_GRAPH_MAX", limit)
        out = tmp_path / f"page_{limit}.html"
        res = run(seed[0], "render", *args, "-o", str(out))
        assert res.exit_code == 0, res.output
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
