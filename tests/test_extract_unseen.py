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
