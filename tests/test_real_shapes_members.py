"""Member-unit shapes seen in real notices, each in a short notice of our own (places and
units invented): composition lists with the place prefix dropped, short department names,
units by position, lists cut by the end of the text, units after the members' names,
post-only member lines, units whose heads are the members."""

from __future__ import annotations

import pytest

from extractor.graph import edges_of
from extractor.pipeline import extract_text


def _members(text: str) -> set[str]:
    g = extract_text(text, "t.txt")
    return {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "member_unit_of")}


CASES = [
    (  # 委 carries over only to party organs; a unit named after the place keeps its name;
        # 城市管理和综合执法局 is one unit; units without a lexicon ending, by position
        "composition list",
        "关于建立桐江县防治艾滋病工作联席会议制度的通知\n"
        "联席会议由县卫生健康局、县委宣传部、统战部、残联、城市管理和综合执法局、桐江海关、"
        "东岭部队、桐江铁路南站等部门和单位组成。\n",
        {"桐江县卫生健康局", "桐江县委宣传部", "桐江县委统战部", "桐江县残联",
         "桐江县城市管理和综合执法局", "桐江海关", "东岭部队", "桐江铁路南站"},
    ),
    (  # short department names with mixed separators
        "short names",
        "成立石门街道精神卫生工作领导小组,组长由办事处主任钱立担任,"
        "成员由综治、公安、民政,司法、残联等部门组成。\n",
        {"综治", "公安", "民政", "司法", "残联"},
    ),
    (  # the text ends inside the list: the last item may be cut mid-word
        "cut list",
        "关于同意建立防治地方病工作部际联席会议制度的批复\n"
        "联席会议由卫生健康委、教育部、财政部、水利部、农业农",
        {"卫生健康委", "教育部", "财政部", "水利部"},
    ),
    (  # 由…等行政部门组成的X机制: the mechanism is named after its composition
        "composed mechanism",
        "第三条 县人民政府建立由农业、卫生、公安等行政部门组成的犬只管理协调工作机制。\n",
        {"农业", "卫生", "公安"},
    ),
    (  # members named first, then units after 以及 with the prefix carried over
        "units after persons",
        "关于成立江南省鼠疫防控领导小组的通知\n"
        "领导小组成员由省政府副秘书长方华、吕东以及省委宣传部、省农业厅、卫生厅、交通\n",
        {"江南省委宣传部", "江南省农业厅", "江南省卫生厅"},
    ),
    (  # a 成员 line of posts without names: the units are the members
        "post-only member line",
        "关于成立东湖区水务局防汛工作领导小组的通知\n"
        "组  长:戴建平  区水务局局长\n"
        "成  员:局机关各科室科长(主任),局属各单位负责人\n",
        {"局机关各科室", "局属各单位"},
    ),
    (  # units whose heads are the members; a group that other bodies set up is not ours
        "heads as members",
        "关于印发山城县防治手足口病工作方案的通知\n"
        "(一)各村应成立由村主任任组长,村医任副组长的防治领导小组。\n"
        "(二)县防治领导小组设立防治指挥部,由县政府分管领导任总指挥,卫生、教育、财政等部门负责人任成员。\n",
        {"卫生", "教育", "财政"},
    ),
    (  # 成员司局包括…: the ministry's own bureaus; 由于 is no composition
        "internal bureaus",
        "卫生部关于做好防汛救灾工作的通知\n"
        "卫生部救灾防病领导小组已于近日恢复工作。成员司局包括卫生部办公厅、疾病控制司、医政司及规划财务司。"
        "由于工作变动等原因,领导小组成员需要调整的,由成员单位提出。\n",
        {"卫生部办公厅", "疾病控制司", "医政司", "规划财务司"},
    ),
]


@pytest.mark.parametrize(("label", "text", "units"), CASES, ids=[c[0] for c in CASES])
def test_member_unit_shapes(label: str, text: str, units: set[str]) -> None:
    assert _members(text) == units
