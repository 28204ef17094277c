"""A hand-built graph following docs/graph-model.md, for the query and export tests.

Two notices establish two mechanisms (甲县 with 4 units, 乙市 with 5); a third notice
(a task list) mentions 甲县卫生健康委 again and gives it and 甲县公安局 duties.
"""

from __future__ import annotations

import networkx as nx

from extractor.graph import GraphBuilder, merge

DOC_A = "a_jiaxian.txt"
DOC_B = "b_yishi.txt"
DOC_C = "c_tasks.txt"
MECH_A = "mechanism:甲县消除艾滋病母婴传播工作部门协作机制"
MECH_B = "mechanism:乙市防治重大疾病工作联席会议"


def _ev(b: GraphBuilder, u: str, v: str, rel: str, text: str, **kw) -> None:
    b.add_edge(u, v, rel, text, (0, len(text)), **kw)


def notice_a() -> nx.MultiDiGraph:
    b = GraphBuilder(DOC_A)
    doc = b.add_node("document", DOC_A, DOC_A, title="关于建立甲县协作机制的通知",
                     number="甲卫健字〔2025〕1号", date="2025-03-01", year=2025)
    m = b.add_node("mechanism", MECH_A.split(":", 1)[1], MECH_A.split(":", 1)[1])
    _ev(b, doc, m, "establishes", "建立甲县消除艾滋病母婴传播工作部门协作机制")
    units = {
        "甲县卫生健康委": "卫生健康",
        "甲县公安局": "公安",
        "甲县教育体育局": "教育",
        "甲县妇联": "妇联",
    }
    ids = {}
    for name, kind in units.items():
        ids[name] = b.add_node("organization", name, name, kind=kind, locality="甲县",
                               aliases=["县" + name[2:]])
        _ev(b, ids[name], m, "member_unit_of", "由县卫生健康委、县公安局、县教育体育局、县妇联组成")
    _ev(b, ids["甲县卫生健康委"], m, "convener_unit_of", "县卫生健康委主要负责同志担任召集人",
        title="主要负责同志")
    _ev(b, doc, ids["甲县卫生健康委"], "issued_by", "甲县卫生健康委")
    office = b.add_node("organization", "甲县协作机制办公室", "甲县协作机制办公室", body="office")
    _ev(b, office, m, "office_of", "办公室设在县卫生健康委")
    _ev(b, office, ids["甲县卫生健康委"], "hosted_by", "办公室设在县卫生健康委")
    people = [
        ("张威", "甲县卫生健康委", "convener_of", "党组书记、主任"),
        ("李明", "甲县公安局", "member_of", "副局长"),
        ("王芳", "甲县公安局", "liaison_of", "民警"),
        ("赵红", "甲县妇联", "member_of", "副主席"),
    ]
    for pname, org, rel, title in people:
        p = b.add_node("person", f"{pname}/{org}", pname)
        _ev(b, p, m, rel, f"{pname} {org}{title}")
        _ev(b, p, ids[org], "holds_post", f"{pname} {org}{title}", title=title)
    aids = b.add_node("disease", "艾滋病", "艾滋病", aliases=["HIV感染"], category="disease",
                      classes=["重大传染病"])
    cls = b.add_node("disease", "重大传染病", "重大传染病", category="class")
    _ev(b, aids, cls, "in_class", "艾滋病等重大传染病")
    _ev(b, doc, aids, "mentions", "消除艾滋病母婴传播")
    duties = [
        ("甲县卫生健康委", "负责孕产妇艾滋病检测和治疗", "lead", [aids], None),
        ("甲县公安局", "负责打击涉毒违法犯罪活动", None, [], "6月底前"),
        ("甲县教育体育局", "开展学校预防艾滋病教育", "support", [aids], None),
    ]
    for i, (org, text, role, dis, deadline) in enumerate(duties):
        d = b.add_node("duty", f"{DOC_A}#{100 + i * 20}", text, text=text, doc=DOC_A,
                       span=[100 + i * 20, 100 + i * 20 + len(text)], mechanism=MECH_A,
                       deadline=deadline)
        _ev(b, ids[org], d, "responsible_for", text, role=role)
        for x in dis:
            _ev(b, d, x, "concerns", text)
    return b.graph


def notice_b() -> nx.MultiDiGraph:
    b = GraphBuilder(DOC_B)
    doc = b.add_node("document", DOC_B, DOC_B, title="乙市防治重大疾病工作联席会议制度",
                     date="2023-12-15", year=2023)
    m = b.add_node("mechanism", MECH_B.split(":", 1)[1], MECH_B.split(":", 1)[1],
                   short="联席会议")
    _ev(b, doc, m, "establishes", "建立乙市防治重大疾病工作联席会议制度")
    units = {
        "乙市卫健委": "卫生健康",
        "乙市公安局": "公安",
        "乙市教育局": "教育",
        "乙市财政局": "财政",
        "乙市各乡镇街道": None,
    }
    ids = {}
    for name, kind in units.items():
        extra = {"collective": True} if kind is None else {"kind": kind}
        ids[name] = b.add_node("organization", name, name, locality="乙市",
                               aliases=["市" + name[2:]], **extra)
        _ev(b, ids[name], m, "member_unit_of", "联席会议由市卫健委、市公安局…组成")
    _ev(b, ids["乙市卫健委"], m, "deputy_convener_unit_of", "市卫健委主要负责同志担任副召集人",
        title="主要负责同志")
    gov = b.add_node("organization", "乙市人民政府", "乙市人民政府", kind="政府", locality="乙市")
    _ev(b, gov, m, "convener_unit_of", "市人民政府分管卫生健康工作的领导担任联席会议召集人",
        title="分管卫生健康工作的领导")
    office = b.add_node("organization", "乙市联席会议办公室", "乙市联席会议办公室", body="office")
    _ev(b, office, m, "office_of", "联席会议办公室设在市卫健委")
    tb = b.add_node("disease", "结核病", "结核病", aliases=["肺结核"], category="disease",
                    classes=["重大传染病"])
    cls = b.add_node("disease", "重大传染病", "重大传染病", category="class")
    _ev(b, tb, cls, "in_class", "结核病等重大传染病")
    _ev(b, doc, tb, "mentions", "做好结核病防治")
    duties = [
        ("乙市卫健委", "负责结核病患者的发现、治疗和管理", "lead", [tb]),
        ("乙市公安局", "做好在押人员肺结核筛查", None, [tb]),
        ("乙市教育局", "加强学校结核病防控", None, [tb]),
        ("乙市财政局", "保障防治经费", None, []),
    ]
    for i, (org, text, role, dis) in enumerate(duties):
        d = b.add_node("duty", f"{DOC_B}#{200 + i * 30}", text, text=text, doc=DOC_B,
                       span=[200 + i * 30, 200 + i * 30 + len(text)], mechanism=MECH_B)
        _ev(b, ids[org], d, "responsible_for", text, role=role)
        for x in dis:
            _ev(b, d, x, "concerns", text)
    return b.graph


def notice_c() -> nx.MultiDiGraph:
    """A task list: no mechanism of its own; duties with deadlines and 牵头/配合 roles."""
    b = GraphBuilder(DOC_C)
    b.add_node("document", DOC_C, DOC_C, title="甲县2025年重点任务清单", year=2025)
    wj = b.add_node("organization", "甲县卫生健康委", "甲县卫生健康委", kind="卫生健康",
                    aliases=["县卫健委"])
    ga = b.add_node("organization", "甲县公安局", "甲县公安局", kind="公安")
    text = "开展重点人群\"梅毒\"筛查<100%>"
    d = b.add_node("duty", f"{DOC_C}#10", text, text=text, doc=DOC_C, span=[10, 10 + len(text)],
                   deadline="5月底前", deadline_date="2025-05-31", item=1)
    _ev(b, wj, d, "responsible_for", text, role="lead")
    _ev(b, ga, d, "responsible_for", text, role="support")
    syph = b.add_node("disease", "梅毒", "梅毒", category="disease")
    _ev(b, d, syph, "concerns", text)
    return b.graph


def build() -> nx.MultiDiGraph:
    return merge([notice_a(), notice_b(), notice_c()])
