"""Query library and CLI over a hand-built graph (tests/query_fixture.py)."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import query as q
from extractor.cli import cli
from extractor.errors import AmbiguousError, NotFoundError
from extractor.store import save_graph
from tests.query_fixture import DOC_A, DOC_B, DOC_C, MECH_A, MECH_B, build

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def g():
    return build()


@pytest.fixture()
def home(tmp_path, g):
    save_graph(g, tmp_path / "graphs" / "graph.db")
    return tmp_path


def run(home: Path, *args: str):
    return CliRunner().invoke(cli, ["--home", str(home), *args])


def run_json(home: Path, *args: str):
    res = run(home, *args, "--format", "json")
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def run_csv(home: Path, *args: str) -> list[dict[str, str]]:
    res = run(home, *args, "--format", "csv")
    assert res.exit_code == 0, res.output
    assert res.output.startswith("\ufeff")  # the BOM Excel needs, by default
    return list(csv.DictReader(io.StringIO(res.output.removeprefix("\ufeff"))))


# --- name resolution ---------------------------------------------------------------


def test_resolve_exact_short_prefix_substring_and_fuzzy(g):
    assert q.resolve_mechanism(g, "联席会议") == MECH_B  # the short form
    assert q.resolve_mechanism(g, "甲县") == MECH_A  # prefix
    assert q.resolve_mechanism(g, "防治重大疾病") == MECH_B  # substring
    assert q.resolve_mechanism(g, "甲县消除艾滋病母婴传播部门协作机制") == MECH_A  # fuzzy (工作 missing)


def test_resolve_ambiguous_lists_candidates(g):
    with pytest.raises(AmbiguousError) as err:
        q.resolve_mechanism(g, "工作")
    msg = str(err.value)
    assert "甲县消除艾滋病母婴传播工作部门协作机制" in msg and "乙市防治重大疾病工作联席会议" in msg
    assert err.value.exit_code == 4


def test_resolve_not_found_suggests(g):
    with pytest.raises(NotFoundError) as err:
        q.resolve_mechanism(g, "丙县协作机制")
    assert "丙县协作机制" in str(err.value)
    assert "甲县消除艾滋病母婴传播工作部门协作机制" in str(err.value)  # suggested


def test_resolve_orgs_body_or_kind(g):
    assert q.resolve_orgs(g, "甲县公安局")[0] == ["org:甲县公安局"]
    assert q.resolve_orgs(g, "县公安局")[0] == ["org:甲县公安局"]  # alias
    for term in ("公安", "公安局"):
        ids, label = q.resolve_orgs(g, term)
        assert ids == ["org:乙市公安局", "org:甲县公安局"] and label == "kind 公安"
    ids, _ = q.resolve_orgs(g, "卫健委")  # ends 乙市卫健委 -> kind 卫生健康
    assert set(ids) == {"org:乙市卫健委", "org:甲县卫生健康委"}


# --- library functions ---------------------------------------------------------------


def test_compare_shape_and_kinds(g):
    res = q.compare(g, "甲县", "乙市")
    assert set(res) >= {"a", "b", "shared", "only_a", "only_b", "rows"}
    assert res["a"]["id"] == MECH_A and res["b"]["id"] == MECH_B
    assert res["shared"] == ["公安", "卫生健康", "教育"]
    assert res["only_a"] == ["妇联"] and res["only_b"] == ["财政"]
    assert [r["kind"] for r in res["rows"]] == ["公安", "卫生健康", "教育", "妇联", "财政"]
    police = res["rows"][0]
    assert police["a"] == [{"id": "org:甲县公安局", "name": "甲县公安局", "duties": ["负责打击涉毒违法犯罪活动"]}]
    assert police["b"][0]["duties"] == ["做好在押人员肺结核筛查"]
    # the task-list duty of 甲县公安局 (no mechanism) is not a duty in the mechanism
    assert all("梅毒" not in d for r in res["rows"] for u in r["a"] for d in u["duties"])
    assert [u["name"] for u in res["unclassified"]["b"]] == ["乙市各乡镇街道"]
    json.dumps(res, ensure_ascii=False)  # serialisable as is


def test_mechanisms_counts(g):
    rows = {r["id"]: r for r in q.mechanisms(g)}
    assert rows[MECH_A]["units"] == 4 and rows[MECH_A]["people"] == 4 and rows[MECH_A]["duties"] == 3
    assert rows[MECH_B]["units"] == 5 and rows[MECH_B]["people"] == 0 and rows[MECH_B]["duties"] == 4
    assert rows[MECH_A]["notices"] == [DOC_A]


def test_members_units_and_bodies(g):
    res = q.members(g, "甲县")
    units = {u["name"]: u for u in res["units"]}
    assert set(units) == {"甲县卫生健康委", "甲县公安局", "甲县教育体育局", "甲县妇联"}
    assert units["甲县卫生健康委"]["roles"] == ["member", "convener_unit"]
    assert units["甲县妇联"]["kind"] == "妇联"
    b = {u["name"]: u for u in q.members(g, "乙市")["units"]}
    assert b["乙市人民政府"]["roles"] == ["convener_unit"]  # listed, but not a member unit
    assert b["乙市人民政府"]["title"] == "分管卫生健康工作的领导" and len(b) == 6
    assert res["bodies"] == [{
        "id": "org:甲县协作机制办公室", "name": "甲县协作机制办公室", "body": "office",
        "relation": "office", "hosted_by": ["甲县卫生健康委"], "notice": DOC_A,
    }]


def test_people_filters(g):
    assert {r["person"] for r in q.people(g)} == {"张威", "李明", "王芳", "赵红"}
    liaison = q.people(g, role="联络员")
    assert [(r["person"], r["organization"], r["title"]) for r in liaison] == [("王芳", ["甲县公安局"], ["民警"])]
    assert q.people(g, role="liaison_of") == liaison
    assert {r["person"] for r in q.people(g, org="公安")} == {"李明", "王芳"}
    assert q.people(g, mechanism="乙市") == []
    with pytest.raises(NotFoundError):
        q.people(g, role="秘书长")


def test_duties_of_kind_and_of_body(g):
    rows = q.duties(g, "公安局")
    assert [(r["organization"], r["notice"]) for r in rows] == [
        ("乙市公安局", DOC_B), ("甲县公安局", DOC_A), ("甲县公安局", DOC_C)]
    task = rows[-1]
    assert task["mechanism"] is None and task["role"] == "support" and task["deadline"] == "5月底前"
    assert task["evidence"] == '开展重点人群"梅毒"筛查<100%>'
    only = q.duties(g, "甲县公安局")
    assert {r["organization"] for r in only} == {"甲县公安局"} and len(only) == 2
    in_b = q.duties(g, "公安", mechanism="乙市")
    assert [r["duty"] for r in in_b] == ["做好在押人员肺结核筛查"]


def test_who_by_disease_alias_class_and_text(g):
    rows = q.who(g, "结核病")
    assert [(r["organization"], r["matched"]) for r in rows] == [
        ("乙市卫健委", "disease"), ("乙市公安局", "disease"), ("乙市教育局", "disease")]
    assert rows[0]["duty"] == "负责结核病患者的发现、治疗和管理"
    assert {r["organization"] for r in q.who(g, "肺结核")} == {"乙市卫健委", "乙市公安局", "乙市教育局"}
    cls = {r["organization"] for r in q.who(g, "重大传染病")}
    assert cls == {"乙市卫健委", "乙市公安局", "乙市教育局", "甲县卫生健康委", "甲县教育体育局"}
    text = q.who(g, "涉毒")
    assert [(r["organization"], r["matched"]) for r in text] == [("甲县公安局", "text")]
    with pytest.raises(NotFoundError):
        q.who(g, "霍乱")


def test_disease_details(g):
    res = q.disease(g, "肺结核")
    assert res["disease"]["name"] == "结核病" and res["disease"]["classes"] == ["重大传染病"]
    assert res["notices"] == [{"notice": DOC_B, "title": "乙市防治重大疾病工作联席会议制度", "evidence": "做好结核病防治"}]
    assert len(res["duties"]) == 3
    cls = q.disease(g, "重大传染病")
    assert cls["members"] == ["结核病", "艾滋病"] and len(cls["duties"]) == 5


def test_stats(g):
    s = q.stats(g)
    assert s["total_nodes"] == g.number_of_nodes() == sum(s["nodes"].values())
    assert s["total_edges"] == g.number_of_edges() == sum(s["relations"].values())
    assert s["nodes"]["mechanism"] == 2 and s["relations"]["member_unit_of"] == 9
    assert [n["notice"] for n in s["notices"]] == [DOC_A, DOC_B, DOC_C]
    assert sum(n["edges"] for n in s["notices"]) == g.number_of_edges()


# --- CLI ---------------------------------------------------------------------------

COMMANDS = [
    ["mechanisms"],
    ["members", "甲县"],
    ["people", "--role", "liaison"],
    ["duties", "公安局"],
    ["who", "结核病"],
    ["disease", "结核病"],
    ["compare", "甲县", "乙市"],
    ["stats"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_every_command_needs_a_built_graph(tmp_path, args):
    res = run(tmp_path, *args)
    assert res.exit_code != 0
    assert "run policykg build first" in res.output
    assert "Traceback" not in res.output


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize("fmt", ["table", "json", "csv", "nl"])
def test_every_command_every_format(home, args, fmt):
    res = run(home, *args, "--format", fmt)
    assert res.exit_code == 0, res.output
    assert res.output.strip()
    if fmt == "json":
        json.loads(res.output)
    elif fmt == "nl":
        rows = [json.loads(line) for line in res.output.splitlines()]
        assert rows and all(isinstance(r, dict) for r in rows)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(res.output.removeprefix("\ufeff"))))
        assert rows and all(None not in r for r in rows)


def test_cli_outputs_match_library(home, g):
    assert run_json(home, "compare", "甲县", "乙市") == q.compare(g, "甲县", "乙市")
    assert [r["name"] for r in run_json(home, "mechanisms")] == [r["name"] for r in q.mechanisms(g)]
    rows = run_csv(home, "who", "结核病")
    assert [r["organization"] for r in rows] == ["乙市卫健委", "乙市公安局", "乙市教育局"]
    assert rows[0]["duty"] == "负责结核病患者的发现、治疗和管理" and rows[0]["diseases"] == "结核病"
    people = run_csv(home, "people", "--mechanism", "甲县", "--role", "召集人")
    assert [(r["person"], r["organization"], r["title"]) for r in people] == [("张威", "甲县卫生健康委", "党组书记、主任")]


def test_cli_tables_are_readable(home):
    out = run(home, "duties", "公安").output
    assert f"== 乙市防治重大疾病工作联席会议 — {DOC_B}" in out and f"== (no mechanism) — {DOC_C}" in out
    assert "5月底前" in out and "support" in out
    out = run(home, "compare", "甲县", "乙市").output
    assert "in both (3): 公安, 卫生健康, 教育" in out
    assert "only in A (1): 妇联" in out and "only in B (1): 财政" in out
    assert "做好在押人员肺结核筛查" in out
    out = run(home, "members", "联席会议").output
    assert "乙市卫健委" in out and "deputy_convener_unit" in out and "乙市联席会议办公室" in out


def test_cli_compare_csv_rows(home):
    rows = run_csv(home, "compare", "甲县", "乙市")
    police = [(r["side"], r["unit"], r["duty"]) for r in rows if r["kind"] == "公安"]
    assert police == [("a", "甲县公安局", "负责打击涉毒违法犯罪活动"), ("b", "乙市公安局", "做好在押人员肺结核筛查")]
    assert {r["in"] for r in rows if r["kind"] == "妇联"} == {"only_a"}


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["members", "工作"], 4, "matches 2 mechanisms"),
        (["compare", "甲县", "丙市"], 3, "no mechanism matches '丙市'"),
        (["duties", "海关"], 3, "no organization matches '海关'"),
        (["disease", "霍乱"], 3, "no disease matches '霍乱'"),
        (["who", "霍乱"], 3, "no duty mentions '霍乱'"),
        (["people", "--role", "秘书长"], 3, "unknown role"),
    ],
)
def test_cli_errors_are_clear(home, args, code, needle):
    res = run(home, *args)
    assert res.exit_code == code, res.output
    assert needle in res.output and "Traceback" not in res.output


def test_corrupt_graph_is_a_clear_error(tmp_path):
    (tmp_path / "graphs").mkdir()
    (tmp_path / "graphs" / "graph.json").write_text("{\"nodes\": 3}", encoding="utf-8")
    res = run(tmp_path, "stats")
    assert res.exit_code != 0 and "run policykg build first" in res.output


def test_home_from_environment(home):
    res = CliRunner().invoke(cli, ["mechanisms", "--format", "json"], env={"POLICYKG_HOME": str(home)})
    assert res.exit_code == 0 and len(json.loads(res.output)) == 2


# --- fast start-up: no spaCy / jieba -----------------------------------------------

_PROBE = """
import sys
from extractor.cli import cli
try:
    cli(["--home", sys.argv[1], *sys.argv[2:]], prog_name="policykg")
except SystemExit as e:
    code = e.code
heavy = sorted(m for m in ("spacy", "jieba", "thinc", "torch") if m in sys.modules)
print("HEAVY=" + ",".join(heavy))
sys.exit(code)
"""


def test_modules_import_without_spacy_or_jieba():
    code = ("import sys, extractor.query, extractor.export, extractor.query.names, "
            "extractor.commands.query, extractor.commands.export; "
            "print(sorted(m for m in ('spacy', 'jieba') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("args", [["who", "结核病"], ["compare", "甲县", "乙市"], ["stats"]])
def test_query_commands_do_not_import_spacy_or_jieba(home, args):
    out = subprocess.run([sys.executable, "-c", _PROBE, str(home), *args], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "HEAVY="


def test_own_name_beats_the_same_name_as_another_nodes_alias():
    """A mechanism's full name picks that mechanism even where other notices wrote it inside
    their own mechanism's (an alias of theirs): no ambiguity error for an exact name."""
    from extractor.graph import GraphBuilder, merge

    graphs = []
    for place in ("丙县", "丁县", "戊县"):
        b = GraphBuilder(f"{place}.txt")
        b.add_node("mechanism", place + "防治结核病工作联席会议", place + "防治结核病工作联席会议",
                   aliases=["丙县防治结核病工作联席会议"])
        graphs.append(b.graph)
    g2 = merge(graphs)
    assert q.resolve_mechanism(g2, "丙县防治结核病工作联席会议") == "mechanism:丙县防治结核病工作联席会议"
    with pytest.raises(AmbiguousError, match="matches 3 mechanisms"):
        q.resolve_mechanism(g2, "防治结核病工作联席会议")  # a part of every name: still ambiguous


def test_shared_alias_picks_all_its_bodies_not_the_whole_kind():
    from extractor.graph import GraphBuilder, merge

    graphs = []
    for place in ("丙县", "丁县", "戊市"):
        b = GraphBuilder(f"{place}.txt")
        short = "县公安局" if place.endswith("县") else "市公安局"
        b.add_node("organization", place + "公安局", place + "公安局", kind="公安", aliases=[short])
        graphs.append(b.graph)
    g2 = merge(graphs)
    ids, label = q.resolve_orgs(g2, "县公安局")
    assert ids == ["org:丁县公安局", "org:丙县公安局"] and label == "丁县公安局, 丙县公安局"
    assert len(q.resolve_orgs(g2, "公安局")[0]) == 3
    with pytest.raises(AmbiguousError):
        q.resolve_orgs(g2, "局")  # one character is no kind: it must single out one body


def test_kind_words_from_the_lexicon(g, monkeypatch):
    monkeypatch.setattr(q, "_lexicon_kind_words", lambda: {"教体局": {"教育"}, "卫计委": {"卫生健康"}})
    ids, label = q.resolve_orgs(g, "教体局")
    assert ids == ["org:乙市教育局", "org:甲县教育体育局"] and label == "kind 教育"
    assert len(q.resolve_orgs(g, "卫计委")[0]) == 2


def test_kind_word_beats_a_generic_body_that_has_it_as_alias():
    """A free-text notice's 宁江区公安部门 (alias 公安) must not hide the other 公安 bodies."""
    from extractor.graph import GraphBuilder, merge

    b1, b2 = GraphBuilder("x.txt"), GraphBuilder("y.txt")
    b1.add_node("organization", "宁江区公安部门", "宁江区公安部门", kind="公安", aliases=["公安", "公安部门"])
    b2.add_node("organization", "昌吉市公安局", "昌吉市公安局", kind="公安", aliases=["市公安局"])
    g2 = merge([b1.graph, b2.graph])
    assert q.resolve_orgs(g2, "公安")[0] == ["org:宁江区公安部门", "org:昌吉市公安局"]
    assert q.resolve_orgs(g2, "市公安局")[0] == ["org:昌吉市公安局"]
    assert q.resolve_orgs(g2, "宁江区公安部门")[0] == ["org:宁江区公安部门"]


def test_compare_counts_a_collective_under_its_kind(g):
    g2 = g.copy()
    g2.nodes["org:乙市各乡镇街道"]["kind"] = "乡镇街道"
    res = q.compare(g2, "甲县", "乙市")
    assert res["only_b"] == ["乡镇街道", "财政"] and res["unclassified"] == {"a": [], "b": []}
    assert res["shared"] == ["公安", "卫生健康", "教育"]


def test_duty_without_mechanism_attribute_belongs_to_the_mechanism_its_notice_establishes(g):
    g2 = g.copy()
    duty = next(n for n, d in g2.nodes(data=True) if d.get("text") == "保障防治经费")
    del g2.nodes[duty]["mechanism"]
    assert q.duty_mechanism(g2, duty) == MECH_B
    assert q.duty_mechanism(g2, "duty:c_tasks.txt#10") is None  # the task list establishes none
    row = next(r for r in q.compare(g2, "甲县", "乙市")["rows"] if r["kind"] == "财政")
    assert row["b"][0]["duties"] == ["保障防治经费"]


#: Every query command over the fixture's store.
QUERY_COMMANDS = [
    ("who", "结核病"), ("who", "涉毒"), ("who", "结核病", "--all", "--format", "csv"), ("duties", "公安"),
    ("duties", "甲县公安局"), ("compare", "甲县", "乙市"), ("members", "联席会议"), ("people",),
    ("people", "--mechanism", "联席会议", "--role", "liaison"), ("disease", "结核病"), ("mechanisms",),
    ("stats",), ("search", "筛查"), ("search", "打击"), ("search", "打击涉毒"), ("list",),
]


def _bulk_saved(g, home: Path) -> Path:
    """``home`` with the store of ``g`` made as a build into an empty store makes it: a bulk
    load (indexes and full text at its end) renamed into place."""
    from extractor import store

    path = home / "graphs" / "graph.db"
    store.remove_files(path)
    conn = store.connect_bulk(path.with_name(".new.tmp"))
    with store.Batch(conn, fulltext=False):
        store.write_graph(conn, g)
    store.finish_bulk(conn)
    conn.close()
    store.put_in_place(path.with_name(".new.tmp"), path)
    return home


@pytest.mark.parametrize("made", ["notice by notice", "bulk"])
def test_no_query_command_reads_every_edge(home, g, monkeypatch, made):
    """Each query command finds its edges through an index (the store keeps four on edges:
    by source, by target, by notice, by evidence's tail; none by relation alone): no
    statement it runs scans the edges table, whose size is the whole corpus's; in a store
    written notice by notice and in one a build into an empty store loaded in bulk."""
    if made == "bulk":
        _bulk_saved(g, home)
    statements: list[str] = []
    real = sqlite3.connect

    def connect(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    for args in QUERY_COMMANDS:
        res = run(home, *args)
        assert res.exit_code == 0, (args, res.output)
    monkeypatch.undo()
    conn = sqlite3.connect(home / "graphs" / "graph.db")
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'edges_by_relation_target'").fetchone() is None
    scans = []
    for sql in sorted(set(statements)):
        if not re.match(r"\s*(SELECT|WITH)\b", sql, re.I) or "temp." in sql:  # (a query's own temp tables)
            continue
        names = {"edges", *re.findall(r"\bedges\s+(?:AS\s+)?(\w+)", sql, re.I)}
        for row in conn.execute("EXPLAIN QUERY PLAN " + sql):
            scanned = re.match(r"SCAN (\w+)", row[3])
            if scanned and scanned.group(1) in names:
                scans.append((row[3], sql))
    assert statements and scans == []
