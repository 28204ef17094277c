"""Notices nobody had seen: hand-written ones exercising the same patterns in other shapes."""

from __future__ import annotations

from pathlib import Path

from extractor.graph import edges_of, nodes_of_type
from extractor.pipeline import extract_text

NOTICES = Path(__file__).parent / "notices"


def _extract(name: str):
    return extract_text((NOTICES / name).read_text(encoding="utf-8"), name)


def test_leading_group_with_inline_roster_and_ascii_punctuation():
    g = _extract("leading_group.txt")
    (mech,) = nodes_of_type(g, "mechanism")
    assert g.nodes[mech]["name"] == "青山县结核病防治工作领导小组"
    roles = {(g.nodes[u]["name"], d["relation"]) for u, _v, d in g.edges(data=True) if d["relation"].endswith("_of") and g.nodes[u]["type"] == "person"}
    assert ("李明", "leader_of") in roles
    assert ("王芳", "deputy_leader_of") in roles and ("赵强", "deputy_leader_of") in roles
    assert {("陈刚", "member_of"), ("刘海波", "member_of"), ("孙丽丽", "member_of"), ("周建国", "member_of")} <= roles
    posts = {(g.nodes[u]["name"], g.nodes[v]["name"], d.get("title")) for u, v, d in edges_of(g, "holds_post")}
    assert ("王芳", "青山县卫健局", "局长") in posts
    assert ("刘海波", "青山县公安局", "副局长") in posts
    assert ("李明", "青山县人民政府", "副县长") in posts
    duties = {(g.nodes[u]["name"], g.nodes[v]["text"]) for u, v, _ in edges_of(g, "responsible_for")}
    assert ("青山县卫健局", "负责全县结核病防治工作的组织实施和监督管理") in duties
    assert ("青山县卫健局", "做好患者发现、治疗和管理工作") in duties
    assert ("青山县公安局", "负责协助做好流动人口中结核病患者的追踪工作") in duties  # name alone on a line
    assert ("青山县疾控中心", "负责结核病疫情监测、密切接触者筛查和实验室检测") in duties
    office = [u for u, v, _ in edges_of(g, "office_of")]
    assert [g.nodes[v]["name"] for u, v, _ in edges_of(g, "hosted_by") if u in office] == ["青山县卫健局"]
    kinds = {g.nodes[n]["name"]: g.nodes[n].get("kind") for n in nodes_of_type(g, "organization")}
    assert kinds["青山县卫健局"] == "卫生健康" and kinds["青山县公安局"] == "公安"
    assert "disease:结核病" in g


def test_adjusted_group_with_padded_headers_long_names_and_numbered_unit_heads():
    g = _extract("adjusted_group.txt")
    (mech,) = nodes_of_type(g, "mechanism")
    assert g.nodes[mech]["name"] == "和田县艾滋病防治工作领导小组"  # 关于调整…领导小组成员的通知
    assert "领导小组" in g.nodes[mech]["aliases"]
    roles = {(g.nodes[u]["name"], d["relation"]) for u, v, d in g.edges(data=True) if v == mech and g.nodes[u]["type"] == "person"}
    assert roles == {
        ("艾力·买买提", "leader_of"),  # 组  长：padded header, a name with ·
        ("王建军", "deputy_leader_of"), ("李娜", "deputy_leader_of"),  # continuation line under 副组长
        ("张国庆", "member_of"), ("阿不都热合曼", "member_of"), ("刘伟", "member_of"), ("马晓燕", "member_of"),
    }
    posts = {(g.nodes[u]["name"], g.nodes[v]["name"], d.get("title")) for u, v, d in edges_of(g, "holds_post")}
    assert ("阿不都热合曼", "和田县教育局", "局长") in posts
    assert ("李娜", "和田县卫生健康委员会", "主任") in posts
    hosts = [g.nodes[v]["name"] for _u, v, _ in edges_of(g, "hosted_by")]
    assert hosts == ["和田县卫生健康委员会"]
    duties = {(g.nodes[u]["name"], g.nodes[v]["text"]) for u, v, _ in edges_of(g, "responsible_for")}
    assert ("和田县卫生健康委员会", "负责制定全县艾滋病防治规划") in duties  # head 「（一）县卫生健康委员会」 on its own line
    assert ("和田县妇联", "负责开展妇女群体艾滋病防治宣传教育，做好预防母婴传播工作") in duties
    doc = g.nodes["doc:adjusted_group.txt"]
    assert doc["number"] == "和县政办〔2023〕21号" and doc["date"] == "2023-06-01"
    assert [g.nodes[v]["name"] for _u, v, _ in edges_of(g, "issued_by")] == ["和田县人民政府办公室"]


def test_joint_meeting_with_member_list_line_and_numbered_unit_heads():
    g = _extract("joint_meeting_numbered.txt")
    (mech,) = nodes_of_type(g, "mechanism")
    assert g.nodes[mech]["name"] == "临江市严重精神障碍患者救治救助工作联席会议"
    units = {g.nodes[u]["name"] for u, v, _ in edges_of(g, "member_unit_of")}
    assert units == {"临江市委政法委", "临江市卫健局", "临江市民政局", "临江市公安局", "临江市财政局",
                     "临江市医保局", "临江市残联"}  # 成员单位:A、B… is a member list, not a duty
    resp = [(g.nodes[u]["name"], g.nodes[v]["text"], d.get("role")) for u, v, d in edges_of(g, "responsible_for")]
    assert ("临江市卫健局", "牵头负责严重精神障碍患者的登记报告、随访管理和治疗工作", "lead") in resp
    assert ("临江市公安局", "配合做好肇事肇祸严重精神障碍患者的送诊工作", "support") in resp
    assert len(resp) == 9  # numbered heads (1.市卫健局:…) are divisions, not also tasks
    roles = {(g.nodes[u]["name"], d["relation"]) for u, v, d in g.edges(data=True) if v == mech and g.nodes[u]["type"] == "person"}
    assert roles == {("周明", "convener_of"), ("陈丽", "deputy_convener_of"), ("黄涛", "deputy_convener_of")}
