"""Issue 3: free text, task lists, committee rules, noise; seeds 002–004 and hand-written notices."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.graph import edges_of, nodes_of_type
from extractor.pipeline import extract_file, extract_text

NOTICES = Path(__file__).parent / "notices"


def _extract(name: str):
    return extract_text((NOTICES / name).read_text(encoding="utf-8"), name)


def _responsible(g):
    """(org name, duty text, role) for every responsible_for edge."""
    return {(g.nodes[u]["name"], g.nodes[v]["text"], d.get("role")) for u, v, d in edges_of(g, "responsible_for")}


def _duties_by_item(g):
    return {d["item"]: n for n, d in g.nodes(data=True) if d["type"] == "duty" and d.get("item")}


@pytest.fixture(scope="module")
def g002(seeds):
    return extract_file(seeds["002"])


@pytest.fixture(scope="module")
def g003(seeds):
    return extract_file(seeds["003"])


@pytest.fixture(scope="module")
def g004(seeds):
    return extract_file(seeds["004"])


def test_002_clutter_gives_no_node(g002):
    orgs = {g002.nodes[n]["name"] for n in nodes_of_type(g002, "organization")}
    # every organization node is a doer named in the plans; nothing from the page's clutter
    allowed_kinds = {"卫生健康", "财政", "发展改革", "科技", "公安", "司法", "教育", "民政", "宣传",
                     "文化旅游", "民族宗教", "农业农村", "工会", "共青团", "妇联", "红十字会", "工商联",
                     "市场监管", "人力资源社会保障", "交通运输", "乡村振兴", "中医药", "人民政府", "各部门",
                     "医疗机构", "医疗卫生机构", "妇幼保健", "疾病预防控制", "检测机构", "社会组织",
                     "基层自治组织", "乡镇街道", "血站"}
    for n in nodes_of_type(g002, "organization"):
        assert g002.nodes[n].get("kind") in allowed_kinds, g002.nodes[n]
        assert "_" not in g002.nodes[n]["name"]
    assert "宁江区公安部门" in orgs and "宁江区司法行政部门" in orgs
    diseases = {g002.nodes[n]["name"] for n in nodes_of_type(g002, "disease")}
    assert {"艾滋病", "性病", "乙肝", "丙肝", "结核病", "新冠肺炎"} <= diseases
    assert diseases <= {"艾滋病", "性病", "乙肝", "丙肝", "结核病", "新冠肺炎", "重大传染病", "病毒性肝炎",
                        "传染病", "重大疾病"}
    for _u, _v, d in g002.edges(data=True):  # nothing after 推荐阅读
        assert "工作计划表" not in d["evidence"] and "班主任" not in d["evidence"]


def test_002_subject_lists(g002):
    resp = _responsible(g002)
    both = [t for o, t, _r in resp if o == "宁江区公安部门" and t.startswith("公安、司法行政部门要依法严厉打击")]
    assert both and ("宁江区司法行政部门", both[0], None) in resp
    three = [t for o, t, _r in resp if t.startswith("卫生计生、财政、发展改革等部门要")]
    assert {o for o, t, _r in resp if t == three[0]} == {"宁江区卫生计生部门", "宁江区财政部门", "宁江区发展改革部门"}
    assert g002.nodes["org:宁江区卫生计生部门"]["kind"] == "卫生健康"
    assert any(o == "宁江区政府" and t.startswith("区政府要") for o, t, _r in resp)
    assert any(o == "各有关部门" for o, _t, _r in resp)
    assert g002.nodes["org:各有关部门"].get("collective") is True


def test_003_bodies_and_their_duties(g003):
    (mech,) = nodes_of_type(g003, "mechanism")
    assert g003.nodes[mech]["name"] == "健康奈曼行动推进委员会"
    (office,) = [u for u, v, _ in edges_of(g003, "office_of") if v == mech]
    assert "推进办" in g003.nodes[office]["aliases"]
    assert [g003.nodes[v]["name"] for u, v, _ in edges_of(g003, "hosted_by")] == ["奈曼旗卫生健康委"]
    groups = {g003.nodes[u]["name"] for u, v, _ in edges_of(g003, "part_of") if v == office}
    assert groups == {"综合协调组", "宣传策划组", "指导评估组", "考核督察组"}
    parts = {g003.nodes[u]["name"]: d for u, v, d in edges_of(g003, "part_of") if v == mech}
    assert parts["专项行动工作组"]["count"] == 18 and "健康奈曼行动专家咨询委员会" in parts
    resp = _responsible(g003)
    assert ("专项行动工作组", "建立专项行动年度监测机制，组织开展监测评估", None) in resp
    assert any(o == "健康奈曼行动专家咨询委员会" and "提供技术支持" in t for o, t, _r in resp)
    # meeting rules (五、会议制度) are not duties of anybody
    assert not any("周例会" in t or "全体会议由" in t for _o, t, _r in resp)
    # the Mongolian header gives nothing
    assert all("\u1820" > d["evidence"][:1] or d["evidence"][:1] > "\u18af" for *_x, d in g003.edges(data=True))


def test_004_items_leads_and_deadlines(g004):
    items = _duties_by_item(g004)
    assert len(items) == 49
    five = items[5]
    roles = {(g004.nodes[u]["name"], d.get("role")) for u, _v, d in g004.in_edges(five, data=True)}
    assert roles == {("奈曼旗妇幼保健计划生育服务中心", "lead"), ("奈曼旗人民医院", "support"), ("各基层医疗卫生单位", "support")}
    assert g004.nodes[five]["deadline"] == "5月底前" and g004.nodes[five]["deadline_date"] == "2025-05-31"
    eight = items[8]
    assert {g004.nodes[u]["name"] for u, _v in g004.in_edges(eight)} == {"奈曼旗人民医院"}
    assert g004.nodes[eight]["deadline_date"] == "2025-11-30"
    assert g004.nodes[items[6]]["deadline"] == "10月底前"
    assert g004.nodes[items[7]]["deadline_date"] == "2025-11-30"
    doers = {g004.nodes[u]["name"] for u, _v in g004.in_edges(items[34])}
    assert doers == {"奈曼旗人民医院"}
    assert {g004.nodes[u]["name"] for u, _v in g004.in_edges(items[35])} == {"妇幼保健机构"}
    # a referral target is not responsible
    assert not [u for u, _v in g004.in_edges(items[4])]
    assert "org:通辽市人民医院" not in g004
    diseases = {g004.nodes[n]["name"] for n in nodes_of_type(g004, "disease")}
    assert {"宫颈癌", "乳腺癌", "艾滋病", "梅毒", "乙肝", "先天性心脏病", "出生缺陷", "孤独症", "近视", "肥胖",
            "脊柱侧弯", "龋齿", "贫血", "抑郁", "焦虑"} <= diseases


def test_task_list_with_lead_lines_and_ascii_punctuation():
    g = _extract("task_list_ascii.txt")
    items = _duties_by_item(g)
    assert set(items) == {1, 2, 3, 4}
    roles1 = {(g.nodes[u]["name"], d.get("role")) for u, _v, d in g.in_edges(items[1], data=True)}
    assert roles1 == {("白河县卫生健康局", "lead"), ("白河县公安局", "support"), ("白河县司法局", "support")}
    assert g.nodes[items[1]]["deadline_date"] == "2024-06-30"
    assert g.nodes[items[2]]["deadline_date"] == "2024-09-30"
    assert {g.nodes[u]["name"] for u, _v in g.in_edges(items[3])} == {"白河县民政局"}
    assert {g.nodes[u]["name"] for u, _v in g.in_edges(items[4])} == {"白河县疾病预防控制中心"}


def test_two_subjects_in_one_sentence_and_redactions():
    g = _extract("free_text_two_subjects.txt")
    resp = {(o, t) for o, t, _r in _responsible(g)}
    assert ("红山区卫生计生部门", "卫生计生部门要加强性病门诊规范化建设") in resp
    assert ("红山区民政部门", "民政部门要将符合条件的感染者纳入低保范围") in resp
    assert ("红山区公安部门", "公安、司法行政部门要依法严厉打击卖淫嫖娼活动") in resp
    assert ("红山区司法行政部门", "公安、司法行政部门要依法严厉打击卖淫嫖娼活动") in resp
    assert ("各有关部门", "各有关部门要加强协作") in resp
    assert not any("_" in g.nodes[n]["name"] for n in nodes_of_type(g, "organization"))
    assert not any(t.startswith("_门") for _o, t in resp)


def test_traditional_characters_keep_offsets_into_the_original():
    raw = (NOTICES / "traditional.txt").read_text(encoding="utf-8")
    g = extract_text(raw, "traditional.txt")
    (mech,) = nodes_of_type(g, "mechanism")
    assert g.nodes[mech]["name"] == "绿水县梅毒防治工作领导小组"
    posts = {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, _ in edges_of(g, "holds_post")}
    assert ("张伟", "绿水县人民政府") in posts and ("李华", "绿水县卫健局") in posts
    resp = _responsible(g)
    assert ("绿水县卫健局", "负责梅毒防治工作的组织实施", None) in resp
    for _u, _v, d in g.edges(data=True):
        assert raw[d["span"][0] : d["span"][1]] == d["evidence"]
    assert any("縣衛健局" in d["evidence"] for *_x, d in g.edges(data=True))


def test_unit_heads_ending_with_a_period_after_a_marker():
    g = _extract("period_heads.txt")
    resp = {(o, t) for o, t, _r in _responsible(g)}
    assert ("东湖市卫生健康委员会", "负责全市结核病防治工作的组织协调") in resp
    assert ("东湖市卫生健康委员会", "做好患者治疗管理") in resp
    assert ("东湖市发展改革委", "负责将结核病防治纳入发展规划") in resp
    posts = {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, _ in edges_of(g, "holds_post")}
    assert ("林小红", "东湖市发展改革委") in posts and ("高峰", "东湖市人民政府") in posts
    units = {g.nodes[u]["name"] for u, _v, _ in edges_of(g, "member_unit_of")}
    assert units == {"东湖市卫生健康委员会", "东湖市发展改革委"}


def test_tasks_with_bracketed_leads_supports_and_time_limits():
    g = _extract("bracketed_tasks.txt")
    duties = {d["text"]: n for n, d in g.nodes(data=True) if d["type"] == "duty"}
    first = duties["开展减盐行动。在机关食堂推广低盐饮食"]
    roles = {(g.nodes[u]["name"], d.get("role")) for u, _v, d in g.in_edges(first, data=True)}
    assert roles == {("西山县卫生健康局", "lead"), ("西山县教育局", "support"), ("西山县总工会", "support")}
    assert g.nodes[first]["deadline"] == "2024年10月底前" and g.nodes[first]["deadline_date"] == "2024-10-31"
    second = duties["落实高血压患者规范管理"]
    assert {g.nodes[u]["name"] for u, _v in g.in_edges(second)} == {"西山县卫生健康局"}
    assert ("disease:高血压") in g
    fund = duties["县财政局要在2024年6月底前拨付防控经费"]  # a deadline inside a free-text duty
    assert g.nodes[fund]["deadline_date"] == "2024-06-30"


def test_division_by_generic_department_names():
    g = _extract("generic_division.txt")
    resp = {(o, t) for o, t, _r in _responsible(g)}
    assert ("北岸区卫生健康部门", "负责制定全区艾滋病防治规划") in resp
    assert ("北岸区卫生健康部门", "会同教育部门做好学校艾滋病防控工作") in resp
    assert ("北岸区公安部门", "依法打击卖淫嫖娼违法犯罪活动") in resp
    assert g.nodes["org:北岸区公安部门"]["kind"] == "公安" and g.nodes["org:北岸区公安部门"]["generic"]
