"""Issue 2: the 12-unit (000) and 29-unit (001) mechanisms, fact by fact, on the real files."""

from __future__ import annotations

from collections import Counter

import pytest

from extractor.graph import edges_of, nodes_of_type
from extractor.pipeline import extract_file


@pytest.fixture(scope="module")
def g000(seeds):
    return extract_file(seeds["000"])


@pytest.fixture(scope="module")
def g001(seeds):
    return extract_file(seeds["001"])


def _name(g, n):
    return g.nodes[n]["name"]


def _duties_of(g, org_name):
    return [
        g.nodes[v]["text"]
        for u, v, d in edges_of(g, "responsible_for")
        if g.nodes[u]["name"] == org_name
    ]


def test_every_edge_quotes_the_original_file(g000, g001, seeds):
    for key, g in (("000", g000), ("001", g001)):
        original = seeds[key].read_text(encoding="utf-8")
        for _u, _v, d in g.edges(data=True):
            s, e = d["span"]
            assert original[s:e] == d["evidence"], d
            assert d["doc"] == seeds[key].name


def test_000_one_mechanism_with_twelve_units(g000):
    (mech,) = nodes_of_type(g000, "mechanism")
    assert _name(g000, mech) == "奈曼旗消除艾滋病、梅毒和乙肝母婴传播工作部门协作机制"
    units = {_name(g000, u) for u, v, _ in edges_of(g000, "member_unit_of") if v == mech}
    assert units == {
        "奈曼旗卫生健康委", "奈曼旗教育体育局", "奈曼旗公安局", "奈曼旗民政局", "奈曼旗司法局",
        "奈曼旗财政局", "奈曼旗融媒体中心", "奈曼旗医保局", "奈曼旗总工会", "共青团奈曼旗委员会",
        "奈曼旗妇联", "奈曼旗红十字会",
    }
    kinds = {g000.nodes[u]["kind"] for u, v, _ in edges_of(g000, "member_unit_of")}
    assert {"卫生健康", "教育", "公安", "民政", "司法", "财政", "医保", "工会", "共青团"} <= kinds


def test_000_roster_of_28(g000):
    people = nodes_of_type(g000, "person")
    assert len(people) == 28
    roles = Counter(d["relation"] for u, _v, d in g000.out_edges(people, data=True) if d["relation"] != "holds_post")
    assert roles == {"convener_of": 1, "member_of": 13, "liaison_of": 14}
    posts = {
        (_name(g000, u), _name(g000, v), d["title"]) for u, v, d in edges_of(g000, "holds_post")
    }
    assert ("张威", "奈曼旗卫生健康委", "党组书记、主任") in posts
    assert ("刘剑华", "奈曼旗公安局", "治安管理大队大队长") in posts
    assert ("肖宁", "共青团奈曼旗委员会", "书记") in posts
    assert ("其达拉图", "奈曼旗医保局", "党组成员、副局长") in posts
    assert ("刘新昕", "共青团奈曼旗委员会", "青年发展与权益部负责人") in posts
    convener = [u for u, _v, d in edges_of(g000, "convener_of")]
    assert [_name(g000, u) for u in convener] == ["张威"]
    assert {"奈曼旗团委", "旗团委"} <= set(g000.nodes["org:共青团奈曼旗委员会"]["aliases"])  # its fullest form names it


def test_000_duty_division(g000):
    health = _duties_of(g000, "奈曼旗卫生健康委")
    assert any(t.startswith("负责全旗消除母婴传播工作的统筹协调") for t in health)
    assert any(t.startswith("督促旗疾病预防控制中心开展艾滋病") for t in health)
    police = _duties_of(g000, "奈曼旗公安局")
    assert police == ["依法严厉打击吸毒、卖淫嫖娼等违法犯罪行为，协助卫生健康部门做好性工作者、吸毒等重点人群艾滋病、梅毒和乙肝母婴阻断干预工作"]
    for unit in ("奈曼旗财政局", "奈曼旗红十字会", "共青团奈曼旗委员会", "奈曼旗融媒体中心"):
        assert len(_duties_of(g000, unit)) >= 1, unit


def test_000_diseases_of_duties(g000):
    concerned = {_name(g000, v) for _u, v, _d in edges_of(g000, "concerns")}
    assert {"艾滋病", "梅毒", "乙肝"} <= concerned
    assert "乙型肝炎" in g000.nodes["disease:乙肝"]["aliases"]


def test_001_twenty_nine_units_and_office(g001):
    (mech,) = nodes_of_type(g001, "mechanism")
    assert _name(g001, mech) == "昌吉市防治重大疾病工作联席会议"
    units = {_name(g001, u) for u, v, _ in edges_of(g001, "member_unit_of") if v == mech}
    assert len(units) == 29
    assert {"昌吉市委宣传部", "昌吉市委统战部", "昌吉市发改委", "昌吉市市场监督管理局", "各乡镇街道",
            "州生态环境局昌吉市分局", "昌吉市林业和草原综合行政执法大队", "昌吉市卫健委"} <= units
    (office,) = [u for u, v, _ in edges_of(g001, "office_of") if v == mech]
    hosts = [_name(g001, v) for u, v, _ in edges_of(g001, "hosted_by") if u == office]
    assert hosts == ["昌吉市卫健委"]
    assert "市卫健委" in g001.nodes["org:昌吉市卫健委"]["aliases"]
    for unit in units:
        assert _duties_of(g001, unit), f"{unit} has no duty"


def test_001_diseases(g001):
    diseases = {_name(g001, n) for n in nodes_of_type(g001, "disease")}
    assert {"结核病", "地方病", "职业病", "严重精神障碍", "布病", "包虫病", "鼠疫"} <= diseases
    tb_duties = {g001.nodes[u]["text"] for u, v, _ in edges_of(g001, "concerns") if v == "disease:结核病"}
    assert any("结核病" in t for t in tb_duties)


def test_001_classes_as_the_notice_states_them(g001):
    stated = {(g001.nodes[u]["name"], g001.nodes[v]["name"]) for u, v, _ in edges_of(g001, "in_class")}
    # 将免疫规划和预防、结核病、地方病等重大传染性疾病综合防治知识…: 地方病 is a class of its
    # own named beside 结核病, not a 重大传染病
    assert ("结核病", "重大传染病") in stated and ("地方病", "重大传染病") not in stated
    # 组织制定和实施畜间布病、包虫病等人畜共患病防控措施
    assert ("布病", "人畜共患病") in stated and ("包虫病", "人畜共患病") in stated


def _own_duties(g, mech):
    """(text, role, the duty's mechanism) of the mechanism's own responsibilities."""
    return [(g.nodes[v]["text"], d.get("role"), g.nodes[v]["mechanism"])
            for u, v, d in edges_of(g, "responsible_for") if u == mech]


def test_000_the_mechanisms_own_work_tasks(g000):
    # 一、工作任务 （一）…（三）: what the 部门协作机制 itself does, one duty per item
    (mech,) = nodes_of_type(g000, "mechanism")
    own = _own_duties(g000, mech)
    assert [t for t, _r, _m in own] == [
        "加强组织领导，统筹推进我旗消除艾滋病、梅毒和乙肝母婴传播工作，研究完善消除母婴传播工作相关政策措施",
        "加强相关部门在消除母婴传播工作中的政策统筹、协作配合和评估指导，及时通报进展情况，协调解决实施过程中遇到的重大问题",
        "指导我旗做好消除艾滋病、梅毒和乙肝母婴传播工作",
    ]
    assert {(r, m) for _t, r, m in own} == {(None, mech)}


def test_001_the_joint_meetings_own_main_duties(g001):
    # 一、主要职责: one paragraph of ；-separated duties of the 联席会议 itself
    (mech,) = nodes_of_type(g001, "mechanism")
    own = _own_duties(g001, mech)
    assert [t for t, _r, _m in own] == [
        "在市人民政府领导下，统筹协调和指导全市重大疾病防治工作", "研究制定重大疾病防治工作方针政策",
        "协调解决重大疾病防治工作中的重大问题",
    ]  # not the closing catch-all 承办市人民政府交办的其他事项: whatever superiors ask, no task of its own
    assert {(r, m) for _t, r, m in own} == {(None, mech)}
    # the office's duties stay the office's
    (office,) = [u for u, v, _ in edges_of(g001, "office_of") if v == mech]
    assert "负责联席会议日常工作，落实联席会议议定事项，承办联席会议交办的有关事项" in [
        g001.nodes[v]["text"] for u, v, _ in edges_of(g001, "responsible_for") if u == office]
