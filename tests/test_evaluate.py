"""Tests of the accuracy scorer (extractor/evaluate.py) on small hand-built graphs.

They do not run the extractor: the graphs are built with GraphBuilder the way the graph
model (docs/graph-model.md) says the extractor builds them.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.errors import InputError, NotFoundError
from extractor.evaluate import (
    CATEGORIES,
    check_gold,
    evaluate_corpus,
    load_gold,
    normalize,
    score,
    text_similarity,
)
from extractor.graph import GraphBuilder, merge, save

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))
# every gold set: the seeds, then each sub-folder with its own notices (heldout, blind …)
GOLD_SETS = [p for p in sorted(GOLD_DIR.iterdir()) if p.is_dir() and (p / "notices").is_dir()]
# (a set may also hold recorded scores, baseline_*.json: not gold files)
ALL_GOLD = GOLD_FILES + [f for d in GOLD_SETS for f in sorted(d.glob("*.json")) if not f.name.startswith("baseline")]


def notice_path(gold: dict) -> Path:
    """Where the notice of a gold file lives: the seed corpus or a gold set's notices."""
    for folder in [ROOT / "corpus", *(d / "notices" for d in GOLD_SETS)]:
        if (folder / gold["doc"]).exists():
            return folder / gold["doc"]
    raise AssertionError(f"notice {gold['doc']} not found")


DOC = "t_notice.txt"
MECH = "某县防治工作联席会议"

GOLD = {
    "doc": DOC,
    "mechanisms": [{"name": MECH, "aliases": ["联席会议"]}],
    "orgs": [
        {"name": "某县卫健委", "aliases": ["县卫健委"], "kind": "卫生健康", "generic": False},
        {"name": "某县公安局", "aliases": ["县公安局"], "kind": "公安", "generic": False},
        {"name": "某县民政局", "aliases": ["县民政局"], "kind": "民政", "generic": False},
        {"name": "财政", "aliases": ["财政部门"], "kind": "财政", "generic": True},
        {
            "name": "联席会议办公室",
            "aliases": [],
            "kind": None,
            "generic": False,
            "body": "office",
            "hosted_by": "某县卫健委",
        },
        {"name": "某县疾控中心", "aliases": [], "kind": "疾控", "generic": False, "optional": True},
    ],
    "member_units": ["某县卫健委", "某县公安局", "某县民政局"],
    "roster": [
        {"person": "张三", "role": "convener", "org": "某县卫健委", "title": "主任"},
        {"person": "李四", "role": "member", "org": "某县公安局", "title": "副局长"},
        {"person": "王五", "role": "liaison", "org": "某县民政局", "title": "社会救助股股长"},
    ],
    "duties": [
        {
            "orgs": ["某县卫健委"],
            "text": "负责全县防治工作的统筹协调和督导检查",
            "roles": {"某县卫健委": "lead"},
            "deadline": "6月底前",
            "deadline_date": "2025-06-30",
        },
        {
            "orgs": ["某县公安局", "财政"],
            "text": "依法严厉打击违法犯罪行为并做好资金保障工作",
            "deadline": None,
            "deadline_date": None,
        },
        {
            "orgs": ["某县民政局"],
            "text": "将符合条件的患者按规定纳入相应救助范围",
            "deadline": None,
            "deadline_date": None,
        },
        {
            "orgs": [],
            "text": "研究完善防治工作相关政策措施",
            "deadline": None,
            "deadline_date": None,
            "optional": True,
        },
    ],
    "diseases": [
        {"name": "乙肝", "aliases": ["乙型肝炎"], "class": False},
        {"name": "艾滋病", "aliases": [], "class": False},
        {"name": "地方病", "aliases": [], "class": True, "optional": True},
    ],
    "document": {
        "title": "关于建立某县防治工作联席会议的通知",
        "number": "某卫字〔2025〕1号",
        "date": "2025-03-01",
        "issuer": None,
    },
}


def _span(i: int) -> tuple[int, int]:
    return (i, i + 1)


def graph_from_gold(gold: dict, doc: str | None = None):
    """The graph a perfect extractor would produce for ``gold`` (optional items left out)."""
    doc = doc or gold["doc"]
    b = GraphBuilder(doc)
    n = iter(range(10**6))
    gd = gold.get("document") or {}
    d = b.add_node("document", doc, doc, **{k: v for k, v in gd.items() if k != "issuer"})
    mechs = [
        b.add_node("mechanism", m["name"], m["name"], aliases=m.get("aliases", []))
        for m in gold["mechanisms"]
        if not m.get("optional")
    ]
    mech = mechs[0] if mechs else None
    for m in mechs:
        b.add_edge(d, m, "establishes", "e", _span(next(n)))
    org_id = {}
    for o in gold["orgs"]:
        org_id[o["name"]] = b.add_node(
            "organization",
            o["name"],
            o["name"],
            aliases=o.get("aliases", []),
            kind=o.get("kind"),
            body=o.get("body"),
        )
    if gd.get("issuer"):
        by_alias = {a: o["name"] for o in gold["orgs"] for a in [o["name"], *o.get("aliases", [])]}
        issuer = by_alias.get(gd["issuer"])
        target = (
            org_id[issuer] if issuer else b.add_node("organization", gd["issuer"], gd["issuer"])
        )
        b.add_edge(d, target, "issued_by", "e", _span(next(n)))
    for o in gold["orgs"]:
        if o.get("hosted_by"):
            b.add_edge(org_id[o["name"]], org_id[o["hosted_by"]], "hosted_by", "e", _span(next(n)))
    for u in gold["member_units"]:
        b.add_edge(org_id[u], mech, "member_unit_of", "e", _span(next(n)))
    for r in gold["roster"]:
        if r.get("optional"):
            continue
        if r["person"] is None:
            b.add_edge(
                org_id[r["org"]],
                mech,
                f"{r['role']}_unit_of",
                "e",
                _span(next(n)),
                title=r["title"],
            )
            continue
        p = b.add_node("person", f"{r['person']}/{r['org']}", r["person"])
        b.add_edge(p, mech, f"{r['role']}_of", "e", _span(next(n)))
        if r["org"] is not None:
            b.add_edge(p, org_id[r["org"]], "holds_post", "e", _span(next(n)), title=r["title"])
    for i, duty in enumerate(gold["duties"]):
        if duty.get("optional"):
            continue
        t = b.add_node(
            "duty",
            f"{doc}#{i}",
            duty["text"][:20],
            text=duty["text"],
            doc=doc,
            deadline=duty.get("deadline"),
            deadline_date=duty.get("deadline_date"),
        )
        for o in duty["orgs"]:
            b.add_edge(
                org_id[o],
                t,
                "responsible_for",
                "e",
                _span(next(n)),
                role=(duty.get("roles") or {}).get(o),
            )
    for dis in gold["diseases"]:
        if dis.get("optional"):
            continue
        x = b.add_node("disease", dis["name"], dis["name"], aliases=dis.get("aliases", []))
        b.add_edge(d, x, "mentions", "e", _span(next(n)))
    return b.graph


def counts(result: dict, cat: str) -> tuple[int, int, int]:
    return result[cat]["tp"], result[cat]["fp"], result[cat]["fn"]


def only_changed(before: dict, after: dict) -> set[str]:
    return {c for c in CATEGORIES if counts(before, c) != counts(after, c)}


@pytest.fixture
def perfect():
    return graph_from_gold(GOLD)


def test_perfect_graph_scores_one_everywhere(perfect):
    res = score(perfect, GOLD)
    for cat in CATEGORIES:
        assert res[cat]["f1"] == 1.0, (cat, res[cat])
    assert counts(res, "member_units") == (3, 0, 0)
    assert counts(res, "roster") == (3, 0, 0)
    assert counts(res, "duties") == (3, 0, 0)
    assert counts(res, "responsibilities") == (4, 0, 0)
    assert counts(res, "roles") == (1, 0, 0)
    assert counts(res, "deadlines") == (1, 0, 0)
    assert counts(res, "diseases") == (2, 0, 0)


@pytest.mark.parametrize("path", ALL_GOLD, ids=[f"{p.parent.name}/{p.stem}" for p in ALL_GOLD])
def test_each_seed_gold_rendered_as_a_graph_scores_one(path):
    gold = load_gold(path)
    res = score(graph_from_gold(gold), gold)
    for cat in CATEGORIES:
        assert res[cat]["f1"] == 1.0, (cat, res[cat])


def test_empty_graph_scores_zero_recall():
    res = score(GraphBuilder(DOC).graph, GOLD)
    assert counts(res, "member_units") == (0, 0, 3)
    assert counts(res, "duties") == (0, 0, 3)
    assert counts(res, "responsibilities") == (0, 0, 4)
    assert res["duties"]["recall"] == 0.0 and res["duties"]["f1"] == 0.0
    assert "[某县民政局] 将符合条件的患者按规定纳入相应救助范围" in res["duties"]["missed"]


def test_missing_member_unit_lowers_only_member_units(perfect):
    before = score(perfect, GOLD)
    key = next(
        k
        for u, v, k in perfect.edges(keys=True)
        if u == "org:某县民政局" and v.startswith("mechanism:")
    )
    perfect.remove_edge("org:某县民政局", f"mechanism:{MECH}", key)
    after = score(perfect, GOLD)
    assert only_changed(before, after) == {"member_units"}
    assert counts(after, "member_units") == (2, 0, 1)
    assert after["member_units"]["missed"] == ["某县民政局"]
    assert after["member_units"]["recall"] == pytest.approx(2 / 3, abs=1e-3)


def test_extra_disease_lowers_only_disease_precision(perfect):
    before = score(perfect, GOLD)
    b = GraphBuilder(DOC)
    b.add_node("disease", "鼠疫", "鼠疫")
    after = score(merge([perfect, b.graph]), GOLD)
    assert only_changed(before, after) == {"diseases"}
    assert counts(after, "diseases") == (2, 1, 0)
    assert after["diseases"]["spurious"] == ["鼠疫"]


def test_disease_found_by_alias_and_optional_disease_is_free():
    gold = copy.deepcopy(GOLD)
    b = GraphBuilder(DOC)
    b.add_node("disease", "乙型肝炎", "乙型肝炎")  # alias of 乙肝
    b.add_node("disease", "艾滋病", "艾滋病")
    b.add_node("disease", "地方病", "地方病")  # optional in gold: no fp
    res = score(b.graph, gold)
    assert counts(res, "diseases") == (2, 0, 0)


def test_duplicate_disease_nodes_are_a_false_positive():
    b = GraphBuilder(DOC)
    b.add_node("disease", "乙肝", "乙肝")
    b.add_node("disease", "乙型肝炎", "乙型肝炎")
    b.add_node("disease", "艾滋病", "艾滋病")
    assert counts(score(b.graph, GOLD), "diseases") == (2, 1, 0)


def test_wrong_roster_title_is_one_fp_and_one_fn(perfect):
    before = score(perfect, GOLD)
    for u, _v, d in perfect.edges(data=True):
        if d["relation"] == "holds_post" and u.startswith("person:李四"):
            d["title"] = "局长"
    after = score(perfect, GOLD)
    assert only_changed(before, after) == {"roster"}
    assert counts(after, "roster") == (2, 1, 1)
    assert after["roster"]["missed"] == ["李四 member 某县公安局 副局长"]


def test_roster_title_may_repeat_the_org_name_and_person_padding(perfect):
    for u, _v, d in perfect.edges(data=True):
        if d["relation"] == "holds_post" and u.startswith("person:李四"):
            d["title"] = "县公安局副局长"
    perfect.nodes["person:张三/某县卫健委"]["name"] = "张  三"
    assert counts(score(perfect, GOLD), "roster") == (3, 0, 0)


def test_wrong_role_of_person_does_not_match(perfect):
    for u, v, k, d in list(perfect.edges(keys=True, data=True)):
        if d["relation"] == "liaison_of":
            perfect.remove_edge(u, v, k)
            perfect.add_edge(u, v, key="member_of@" + DOC, **{**d, "relation": "member_of"})
    res = score(perfect, GOLD)
    assert counts(res, "roster") == (2, 1, 1)


def test_wrong_responsible_org_lowers_responsibilities_not_duties(perfect):
    before = score(perfect, GOLD)
    duty = next(
        n for n, d in perfect.nodes(data=True) if d.get("text", "").startswith("将符合条件")
    )
    perfect.remove_edge("org:某县民政局", duty, f"responsible_for@{DOC}")
    perfect.add_edge(
        "org:某县公安局",
        duty,
        key=f"responsible_for@{DOC}",
        relation="responsible_for",
        doc=DOC,
        evidence="e",
        span=[0, 1],
    )
    after = score(perfect, GOLD)
    assert only_changed(before, after) == {"responsibilities"}
    assert counts(after, "responsibilities") == (3, 1, 1)
    assert counts(after, "duties") == (3, 0, 0)


def test_generic_gold_org_matches_an_extracted_node_of_the_same_kind(perfect):
    perfect.nodes["org:财政"]["name"] = "县财政局"
    perfect.nodes["org:财政"]["aliases"] = []
    assert counts(score(perfect, GOLD), "responsibilities") == (4, 0, 0)
    perfect.nodes["org:财政"]["kind"] = "教育"
    assert counts(score(perfect, GOLD), "responsibilities") == (3, 1, 1)


def test_duty_text_matching_is_tolerant_but_one_to_one(perfect):
    duty = next(n for n, d in perfect.nodes(data=True) if d.get("text", "").startswith("负责全县"))
    perfect.nodes[duty]["text"] = "县卫健委：负责全县防治工作的统筹协调和督导检查。"
    assert counts(score(perfect, GOLD), "duties") == (3, 0, 0)
    # a second copy of the same clause is an extra duty, not a second match
    b = GraphBuilder(DOC)
    b.add_node("duty", f"{DOC}#99", "x", text="负责全县防治工作的统筹协调和督导检查", doc=DOC)
    assert counts(score(merge([perfect, b.graph]), GOLD), "duties") == (3, 1, 0)


def test_a_clause_too_short_to_be_the_duty_does_not_match(perfect):
    duty = next(
        n for n, d in perfect.nodes(data=True) if d.get("text", "").startswith("依法严厉打击")
    )
    perfect.nodes[duty]["text"] = "依法严厉打击违法犯罪行为"  # 12 of 21 characters: < 60%
    res = score(perfect, GOLD)
    assert counts(res, "duties") == (2, 1, 1)
    assert counts(res, "responsibilities") == (2, 2, 2)


def test_identical_clauses_are_paired_by_their_organizations():
    gold = copy.deepcopy(GOLD)
    gold["duties"] = [
        {"orgs": ["某县卫健委"], "text": "规范做好人口死亡医学证明和信息登记管理工作"},
        {"orgs": ["某县公安局"], "text": "规范做好人口死亡医学证明和信息登记管理工作"},
    ]
    b = GraphBuilder(DOC)
    for i, o in enumerate(["某县公安局", "某县卫健委"]):
        org = b.add_node("organization", o, o)
        t = b.add_node("duty", f"{DOC}#{i}", "x", text=gold["duties"][0]["text"], doc=DOC)
        b.add_edge(org, t, "responsible_for", "e", (i, i + 1))
    res = score(b.graph, gold)
    assert counts(res, "duties") == (2, 0, 0)
    assert counts(res, "responsibilities") == (2, 0, 0)


def test_wrong_role_and_deadline_date(perfect):
    before = score(perfect, GOLD)
    duty = next(n for n, d in perfect.nodes(data=True) if d.get("text", "").startswith("负责全县"))
    perfect.edges["org:某县卫健委", duty, f"responsible_for@{DOC}"]["role"] = "support"
    perfect.nodes[duty]["deadline_date"] = "2024-06-30"
    after = score(perfect, GOLD)
    assert only_changed(before, after) == {"roles", "deadlines"}
    assert counts(after, "roles") == (0, 1, 1)
    assert counts(after, "deadlines") == (0, 1, 1)


def test_deadline_raw_text_may_include_a_preposition(perfect):
    duty = next(n for n, d in perfect.nodes(data=True) if d.get("text", "").startswith("负责全县"))
    perfect.nodes[duty]["deadline"] = "在6月底前"
    assert counts(score(perfect, GOLD), "deadlines") == (1, 0, 0)


def test_optional_duty_neither_rewarded_nor_penalised(perfect):
    before = score(perfect, GOLD)
    b = GraphBuilder(DOC)
    b.add_node("duty", f"{DOC}#50", "x", text="研究完善防治工作相关政策措施", doc=DOC)
    after = score(merge([perfect, b.graph]), GOLD)
    assert only_changed(before, after) == set()


def test_office_must_sit_in_the_right_unit(perfect):
    assert counts(score(perfect, GOLD), "bodies") == (1, 0, 0)
    key = f"hosted_by@{DOC}"
    perfect.remove_edge("org:联席会议办公室", "org:某县卫健委", key)
    perfect.add_edge(
        "org:联席会议办公室",
        "org:某县公安局",
        key=key,
        relation="hosted_by",
        doc=DOC,
        evidence="e",
        span=[0, 1],
    )
    res = score(perfect, GOLD)
    assert counts(res, "bodies") == (0, 1, 1)
    assert res["bodies"]["spurious"] == ["联席会议办公室 (in 某县公安局)"]


def test_organization_nodes_from_page_clutter_are_false_positives(perfect):
    b = GraphBuilder(DOC)
    b.add_node("organization", "学生会纪检部", "学生会纪检部")
    b.add_node("organization", "某县疾控中心", "某县疾控中心")  # optional mention: free
    res = score(merge([perfect, b.graph]), GOLD)
    assert counts(res, "orgs") == (5, 1, 0)
    assert res["orgs"]["spurious"] == ["学生会纪检部"]


def test_only_the_gold_notice_counts(perfect):
    other = graph_from_gold(GOLD, doc="other.txt")
    b = GraphBuilder("other.txt")
    b.add_node("disease", "鼠疫", "鼠疫")
    merged = merge([perfect, other, b.graph])
    res = score(merged, GOLD)
    for cat in CATEGORIES:
        assert res[cat]["f1"] == 1.0, cat
    assert counts(res, "member_units") == (3, 0, 0)
    assert counts(score(other, GOLD), "duties") == (0, 0, 3)


def test_document_fields(perfect):
    assert counts(score(perfect, GOLD), "document") == (3, 0, 0)
    perfect.nodes[f"doc:{DOC}"]["number"] = "某卫字〔2025〕2号"
    res = score(perfect, GOLD)
    assert counts(res, "document") == (2, 1, 1)


def test_joint_issuers_match_only_when_the_graph_has_every_one(perfect):
    """A gold issuer written ``A、B`` (joint issuers) is found when A and B both issue the
    document in the graph (the issuer and its ``issued_by`` cosigners), not when only A does."""
    gold = copy.deepcopy(GOLD)
    gold["document"]["issuer"] = "某县卫健委、某县教育局"
    doc = f"doc:{DOC}"
    perfect.nodes[doc]["issuer"] = "某县卫健委"
    assert counts(score(perfect, gold), "document") == (3, 1, 1)
    perfect.add_node("org:教育", type="organization", name="某县教育局", docs=[GOLD["doc"]])
    perfect.add_edge(doc, "org:教育", relation="issued_by", doc=GOLD["doc"], evidence="某县教育局", span=(0, 1))
    assert counts(score(perfect, gold), "document") == (4, 0, 0)


def test_normalize_and_similarity():
    assert normalize(" 张  威 ") == "张威"
    assert normalize("ＡＢ，c；") == "ABc"
    assert text_similarity("做好资金保障。", "做好资金保障") == 1.0
    assert text_similarity("甲乙丙丁戊", "甲乙丙丁戊己") == pytest.approx(5 / 6)
    assert text_similarity("甲乙", "甲乙丙丁戊己") == 0.0
    assert text_similarity("", "x") == 0.0
    # a gold file quoting a mirrored traditional notice keeps its pinyin glosses; the
    # extractor drops them and converts to simplified: the two compare equal
    assert normalize("各地衛(wèi)生行政部門(mén)要") == normalize("各地卫生行政部门要")
    assert normalize("鎮（zhèn）防疫站") == "镇防疫站"
    assert normalize("Beijing (PRC)") == "BeijingPRC"  # no tone mark: no gloss


def test_check_gold_finds_dangling_names():
    bad = copy.deepcopy(GOLD)
    bad["member_units"].append("某县教育局")
    bad["duties"][0]["roles"] = {"某县卫健委": "boss"}
    problems = check_gold(bad)
    assert any("某县教育局" in p for p in problems)
    assert any("boss" in p for p in problems)
    assert check_gold(GOLD) == []
    with pytest.raises(InputError):
        score(GraphBuilder(DOC).graph, bad)


def test_load_gold_errors(tmp_path):
    with pytest.raises(NotFoundError):
        load_gold(tmp_path / "nope.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="cannot read gold file"):
        load_gold(broken)
    dangling = tmp_path / "dangling.json"
    dangling.write_text(json.dumps({"doc": "x.txt", "member_units": ["甲"]}), encoding="utf-8")
    with pytest.raises(InputError, match="甲"):
        load_gold(dangling)


# --- the gold files themselves --------------------------------------------------------


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("path", ALL_GOLD, ids=[f"{p.parent.name}/{p.stem}" for p in ALL_GOLD])
def test_seed_gold_is_grounded_in_its_notice(path):
    """Every duty is text of the notice, every org and disease is written there."""
    gold = load_gold(path)
    text = _flat(notice_path(gold).read_text(encoding="utf-8"))
    for d in gold["duties"]:
        assert _flat(d["text"]) in text, d["text"]
    for o in gold["orgs"]:
        assert any(_flat(a) in text for a in [o["name"], *o["aliases"]]), o["name"]
    for d in gold["diseases"]:
        forms = [d["name"], *d["aliases"], *([d["from"]] if d.get("from") else [])]
        assert any(f in text for f in forms), d["name"]
    names = [o["name"] for o in gold["orgs"]]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("path", ALL_GOLD, ids=[f"{p.parent.name}/{p.stem}" for p in ALL_GOLD])
def test_seed_gold_required_orgs_take_part_in_a_fact(path):
    """An org not marked optional is a member unit, roster org, duty org, body or issuer."""
    gold = load_gold(path)
    used = set(gold["member_units"]) | {gold["document"].get("issuer")}
    used |= {r["org"] for r in gold["roster"] if not r.get("optional")}
    for d in gold["duties"]:
        if not d.get("optional"):
            used |= set(d["orgs"])
    for o in gold["orgs"]:
        if o.get("body"):
            used |= {o["name"], o.get("hosted_by")}
    for o in gold["orgs"]:
        assert o.get("optional") or o["name"] in used, o["name"]


def test_seed_gold_kinds_are_the_projects_department_kinds():
    """Generic orgs fall back to matching by kind, so kinds must use extractor/lexicons/kinds.json."""
    lexicon = json.loads(
        (ROOT / "extractor" / "lexicons" / "kinds.json").read_text(encoding="utf-8")
    )
    kinds = {k["kind"] for k in lexicon["kinds"]}
    for path in ALL_GOLD:
        for o in load_gold(path)["orgs"]:
            assert o.get("kind") is None or o["kind"] in kinds, (path.name, o["name"], o["kind"])


def test_seed_gold_counts_match_the_issues():
    g000, g001 = (load_gold(GOLD_DIR / f"{n}.json") for n in ("000", "001"))
    assert len(g000["member_units"]) == 12
    people = [r for r in g000["roster"] if r["person"] and not r.get("optional")]
    assert len(people) == 28
    assert sum(r["role"] == "member" for r in people) == 13
    assert sum(r["role"] == "liaison" for r in people) == 14
    assert len(g001["member_units"]) == 29
    g004 = load_gold(GOLD_DIR / "004.json")
    assert [d["item"] for d in g004["duties"]] == list(range(1, 50))
    item5 = g004["duties"][4]
    assert item5["roles"] == {
        "奈曼旗妇幼保健计划生育服务中心": "lead",
        "奈曼旗人民医院": "support",
        "各基层医疗卫生单位": "support",
    }
    assert g004["duties"][7]["deadline_date"] == "2025-11-30"


# --- the command ------------------------------------------------------------------------


def _project(tmp_path: Path) -> Path:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / DOC).write_text("某县通知", encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "t.json").write_text(
        json.dumps(GOLD, ensure_ascii=False), encoding="utf-8"
    )
    return tmp_path


def test_cli_scores_a_built_graph(tmp_path):
    home = _project(tmp_path)
    save(graph_from_gold(GOLD), home / "g.json")
    runner = CliRunner()
    res = runner.invoke(
        cli,
        [
            "--home",
            str(home),
            "evaluate",
            "--gold",
            str(home / "gold"),
            "--graph",
            str(home / "g.json"),
            "--format",
            "json",
        ],
    )
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["notices"][DOC]["roster"]["f1"] == 1.0
    assert out["micro"]["responsibilities"]["tp"] == 4
    table = runner.invoke(
        cli,
        [
            "--home",
            str(home),
            "evaluate",
            "--gold",
            str(home / "gold"),
            "--graph",
            str(home / "g.json"),
            "--category",
            "duties",
        ],
    )
    assert table.exit_code == 0
    lines = table.output.splitlines()
    assert lines[0].split() == ["notice", "category", "P", "R", "F1", "tp/fp/fn"]
    assert lines[2].split() == ["t", "duties", "1.00", "1.00", "1.00", "3/0/0"]
    assert lines[3].split() == ["micro", "duties", "1.00", "1.00", "1.00", "3/0/0"]


def test_cli_details_list_missed_facts(tmp_path):
    home = _project(tmp_path)
    save(GraphBuilder(DOC).graph, home / "empty.json")
    res = CliRunner().invoke(
        cli,
        [
            "--home",
            str(home),
            "evaluate",
            "--gold",
            str(home / "gold"),
            "--graph",
            str(home / "empty.json"),
            "--category",
            "member_units",
            "--details",
        ],
    )
    assert res.exit_code == 0
    assert "member_units  missed: 某县民政局" in res.output


def test_cli_errors_are_messages_not_tracebacks(tmp_path):
    runner = CliRunner()
    res = runner.invoke(cli, ["--home", str(tmp_path), "evaluate"])
    assert res.exit_code == NotFoundError.exit_code
    assert "gold folder not found" in res.output and "Traceback" not in res.output
    home = _project(tmp_path)
    res = runner.invoke(
        cli,
        ["--home", str(home), "evaluate", "--gold", str(home / "gold"), "--category", "nonsense"],
    )
    assert res.exit_code == InputError.exit_code and "unknown category" in res.output
    for junk in ("{not json", '{"nodes": 3}'):
        (home / "bad.json").write_text(junk, encoding="utf-8")
        res = runner.invoke(
            cli,
            [
                "--home",
                str(home),
                "evaluate",
                "--gold",
                str(home / "gold"),
                "--graph",
                str(home / "bad.json"),
            ],
        )
        assert res.exit_code == InputError.exit_code, res.output
        assert "cannot read graph" in res.output and "Traceback" not in res.output
    (home / "corpus" / DOC).unlink()
    res = runner.invoke(cli, ["--home", str(home), "evaluate", "--gold", str(home / "gold")])
    assert res.exit_code == NotFoundError.exit_code and "not found" in res.output


def test_evaluate_corpus_uses_the_given_extractor(tmp_path):
    home = _project(tmp_path)
    seen = []

    def fake_extract(path: Path):
        seen.append(path.name)
        return graph_from_gold(GOLD)

    res = evaluate_corpus(home / "gold", home / "corpus", extract=fake_extract)
    assert seen == [DOC]
    assert res[DOC]["duties"]["f1"] == 1.0


def test_scorer_imports_neither_spacy_nor_jieba():
    import subprocess
    import sys

    code = (
        "import sys, extractor.evaluate, extractor.commands.evaluate; "
        "bad = [m for m in ('spacy', 'jieba') if m in sys.modules]; "
        "sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_org_matching_is_maximal_whatever_the_node_order():
    """A node that could be either of two gold orgs must not block the more specific one."""
    gold = {
        "doc": DOC,
        "orgs": [
            {"name": "二级以上医疗机构", "aliases": ["医疗机构"], "generic": True},
            {"name": "医疗机构", "aliases": [], "generic": True},
        ],
    }
    b = GraphBuilder(DOC)
    b.add_node("organization", "医疗机构", "医疗机构")
    b.add_node("organization", "二级以上医疗机构", "二级以上医疗机构")
    assert counts(score(b.graph, gold), "orgs") == (2, 0, 0)


def test_cli_corpus_option_reads_notices_from_another_folder(tmp_path):
    home = _project(tmp_path)
    other = tmp_path / "elsewhere"
    other.mkdir()
    (home / "corpus" / DOC).rename(other / DOC)
    args = ["--home", str(home), "evaluate", "--gold", str(home / "gold"), "--category", "diseases"]
    missing = CliRunner().invoke(cli, args)
    assert missing.exit_code == NotFoundError.exit_code
    res = CliRunner().invoke(cli, [*args, "--corpus", str(other), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["notices"][DOC]["diseases"]["fn"] == 2
