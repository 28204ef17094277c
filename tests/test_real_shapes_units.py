"""Shapes of rosters, member units and mechanisms seen in real notices that the older rules
did not generalize to, each written in short notices of our own (places, units and people
invented), several wordings per shape: member lines that mix units with units' posts,
a town's bodies named after one of its officials, pinyin glosses of a web mirror, bodies
named ``…小组``, a duty division cut by the end of the text, chairs held by a unit."""

from __future__ import annotations

import pytest
from tables import rows

from extractor.graph import edges_of
from extractor.pipeline import extract_text

ROLE_EDGES = ("leader_of", "deputy_leader_of", "member_of", "convener_of", "deputy_convener_of", "liaison_of")


def _graph(text: str):  # noqa: ANN202 - a networkx graph
    return extract_text(text, "t.txt")


def _members(text: str) -> set[str]:
    g = _graph(text)
    return {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "member_unit_of")}


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    """(person, body, title) of every post the notice gives a person."""
    g = _graph(text)
    return {(g.nodes[u]["name"], g.nodes[v]["name"], d.get("title")) for u, v, d in edges_of(g, "holds_post")}


def _unit_chairs(text: str) -> set[tuple[str, str]]:
    g = _graph(text)
    return {(g.nodes[u]["name"], d["relation"]) for u, _v, d in g.edges(data=True)
            if d["relation"] in ("convener_unit_of", "deputy_convener_unit_of")}


# (id, notice, member units): a 成员 line of units, units' posts and classes of people
MIXED_MEMBER_LINES = [
    ("units-posts-and-classes",
     "关于成立石港镇困难老人关爱小组的通知\n"
     "组长：吴海英（石港镇人大主席）\n"
     "副组长：林昌（石港镇副镇长）、贺力（石港镇卫生院院长）\n"
     "成员：各村（社区）主任、石港镇派出所所长、石港镇民政办、石港残联、各村网格员\n",
     {"石港镇派出所", "石港镇民政办", "石港残联"}),
    ("a-unit-and-its-staff",
     "关于成立青岭乡留守儿童帮扶小组的通知\n"
     "组长：冯佳（青岭乡党委书记）\n"
     "成员：青岭乡中心学校校长、青岭乡卫生院防保医生、青岭乡妇联、各村妇女主任\n",
     {"青岭乡中心学校", "青岭乡卫生院", "青岭乡妇联"}),
    ("a-person-in-the-line-reads-no-units",
     "关于成立东坝镇防汛工作小组的通知\n"
     "成员：东坝镇水利站站长王成、东坝镇派出所、东坝镇财政所\n",
     set()),
]


@pytest.mark.parametrize(("text", "units"), rows(MIXED_MEMBER_LINES))
def test_a_member_line_of_units_and_posts(text: str, units: set[str]) -> None:
    assert _members(text) >= units
    assert not any(u.startswith("各") or u.endswith(("主任", "网格员", "医生")) for u in _members(text))


# (id, notice, (person, body, title) expected among the posts)
TOWN_BODIES = [
    ("government-first-then-its-clinic",
     "关于成立石港镇困难老人关爱小组的通知\n"
     "副组长：林昌（石港镇副镇长）、贺力（石港镇卫生院院长）、陆明（石港镇派出所所长）\n",
     {("林昌", "石港镇人民政府", "副镇长"), ("贺力", "石港镇卫生院", "院长"), ("陆明", "石港镇派出所", "所长")}),
    ("township-station-after-its-head",
     "关于成立青岭乡秸秆禁烧工作小组的通知\n"
     "组长：冯佳（青岭乡乡长）\n"
     "副组长：罗兵（青岭乡农技站站长）\n",
     {("冯佳", "青岭乡人民政府", "乡长"), ("罗兵", "青岭乡农技站", "站长")}),
    ("ranks-in-a-towns-government",
     "关于成立桐江县免疫规划工作领导小组的通知\n"
     "成  员：罗兵（马集镇副科级干部）\n陆明（柳河乡四级主任科员）\n韩梅（东岭镇科员）\n",
     {("罗兵", "马集镇人民政府", "副科级干部"), ("陆明", "柳河乡人民政府", "四级主任科员"),
      ("韩梅", "东岭镇人民政府", "科员")}),
    # a former post (原县财政局副局长) names no body: tests/test_real_shapes_roster_posts.py
    ("a-zones-own-posts",
     "江南高新区防汛工作专班工作方案\n成立江南高新区防汛工作专班，组成人员名单如下：\n"
     "组  长：魏强  党工委书记\n副组长：潘丽  管委会副主任\n石军  总工程师\n葛云  四级调研员\n"
     "成  员：邓敏  综合办公室负责人\n",
     {("魏强", "江南高新区", "党工委书记"), ("潘丽", "江南高新区", "管委会副主任"), ("石军", "江南高新区", "总工程师"),
      ("葛云", "江南高新区", "四级调研员"), ("邓敏", "综合办公室", "负责人")}),
    ("a-double-post-in-one-body",
     "关于成立全国森林普查领导小组的通知\n"
     "成  员：韩东  中央某某部部务会议成员、新闻办副主任\n"
     "叶青  武警部队副司令员\n",
     {("韩东", "中央某某部", "部务会议成员、新闻办副主任"), ("叶青", "武警部队", "副司令员")}),
    # a web mirror's pinyin glosses are no part of a name
    ("glossed-characters",
     "關於成立石港鎮(zhèn)困難老人關愛小組的通知\n組長:吳海英(石港鎮(zhèn)人大主席)\n"
     "副組長:賀力(石港鎮(zhèn)衛(wèi)生院院長)\n",
     {("吴海英", "石港镇人大", "主席"), ("贺力", "石港镇卫生院", "院长")}),
    ("a-banks-provincial-branch-before-its-head",  # 人民银行省分行行长: the branch is the body, 行长 its title
     "关于成立青山省水库移民工作领导小组的通知\n组长：赵六 省人民政府副省长\n成员：李明 人民银行省分行行长\n",
     {("李明", "人民银行省分行", "行长")}),
    ("glossed-characters-with-a-space-before-the-bracket",  # 會(huì ): a space inside the gloss
     "關於成立白河市環境保護委員會(huì )的通知\n主任:吳海英(白河市人民政府(fǔ )市長(zhǎng))\n",
     {("吴海英", "白河市人民政府", "市长")}),
]


@pytest.mark.parametrize(("text", "posts"), rows(TOWN_BODIES))
def test_the_body_of_a_post(text: str, posts: set[tuple[str, str, str]]) -> None:
    assert _posts(text) >= posts


# (id, notice, mechanism name): a body named …小组 that the notice sets up
SMALL_GROUPS = [
    ("care-group", "为关爱独居老人，决定成立石港镇独居老人关爱帮扶小组，现将组成人员公布如下：\n组长：吴海英（石港镇人大主席）\n",
     "石港镇独居老人关爱帮扶小组"),
    ("rescue-group", "关于成立青岭乡森林火灾扑救小组的通知\n组长：冯佳（青岭乡乡长）\n", "青岭乡森林火灾扑救小组"),
]


@pytest.mark.parametrize(("text", "name"), rows(SMALL_GROUPS))
def test_a_group_named_xiaozu_is_set_up(text: str, name: str) -> None:
    g = _graph(text)
    assert [d["name"] for _n, d in g.nodes(data=True) if d["type"] == "mechanism"] == [name]


_ROSTER_AND_DIVISION = ("关于成立桐江县免疫规划工作领导小组的通知\n一、领导小组成员\n组  长：许涛（县政府副县长）\n"
                        "成  员：冯兰（县卫健委副主任）\n白杨（县财政局副局长）\n陶然（县教体局副局长）\n"
                        "二、领导小组成员单位工作职责\n（一）财政局：负责保障所需经费。\n")

# (id, notice, member units): the roster's units join a 成员单位职责 division cut by the end of the text
CUT_DIVISIONS = [
    ("division-cut-after-two-units",
     _ROSTER_AND_DIVISION
     + "（二）教体局：负责学校的查验工作，组织各学校做好",
     {"桐江县卫健委", "桐江县财政局", "桐江县教体局"}),
    ("complete-division-stays-the-list",
     _ROSTER_AND_DIVISION
     + "（二）教体局：负责学校的查验工作。\n",
     {"桐江县财政局", "桐江县教体局"}),
]


@pytest.mark.parametrize(("text", "units"), rows(CUT_DIVISIONS))
def test_a_cut_division_and_the_roster(text: str, units: set[str]) -> None:
    assert _members(text) == units


# (id, notice, unit chairs): only 召集人/副召集人 held by a unit are unit edges
UNIT_CHAIRS = [
    ("leader-held-by-a-government",
     "成立青岭县健康教育工作领导小组，由县政府分管卫生工作的领导任组长，县卫健局、县教育局等分管领导为成员。",
     set()),
    ("leader-held-by-a-bureau",
     "关于调整红石区手足口病防控领导小组成员的通知\n领导小组由区卫健局局长任组长，区疾控中心主任任副组长。",
     set()),
    ("convener-held-by-a-unit",
     "关于建立青山县防治重大疾病工作联席会议制度的通知\n联席会议召集人由县卫健局主要负责同志担任。",
     {("青山县卫健局", "convener_unit_of")}),
]


@pytest.mark.parametrize(("text", "chairs"), rows(UNIT_CHAIRS))
def test_only_conveners_are_unit_chairs(text: str, chairs: set[tuple[str, str]]) -> None:
    assert _unit_chairs(text) == chairs


# (id, notice, member units): the units whose heads are the members, in a sentence that sets the body up
HEADS_AS_MEMBERS = [
    ("heads-word-without-bumen",
     "县政府成立青岭县健康教育工作领导小组，由县政府分管卫生工作的领导任组长，"
     "县爱卫办、县卫健局、县教育局、各镇等分管领导为成员，办公室设在县爱卫办。",
     {"青岭县爱卫办", "青岭县卫健局", "青岭县教育局", "各镇"}),
    ("one-unit-more-after-bumen",
     "市政府成立由分管副市长任组长，市卫生、农业、公安等部门及新闻媒体负责人为成员的狂犬病防治工作领导小组。",
     {"市卫生", "农业", "公安", "新闻媒体"}),
    ("main-heads-serve",
     "成立白河镇食品安全工作领导小组，由镇长任组长，镇派出所、镇卫生院、镇中心学校等单位主要负责同志任成员。",
     {"镇派出所", "镇卫生院", "镇中心学校"}),
    ("short-types-keep-their-form",
     "成立东岭区控烟工作领导小组，由副区长任组长，区卫健、教育、市场监管等部门负责人为成员。",
     {"东岭区卫健", "教育", "市场监管"}),
]


@pytest.mark.parametrize(("text", "units"), rows(HEADS_AS_MEMBERS))
def test_units_whose_heads_are_members(text: str, units: set[str]) -> None:
    assert _members(text) == units


# (id, notice, member units): the place prefix carries over to named bodies only
PREFIX_CARRIES = [
    ("named-body-with-its-other-name",
     "关于建立青岭县防治重大疾病工作联席会议制度的通知\n"
     "联席会议由县委宣传部、统战部，县公安局、农业农村局（乡村振兴局）、卫生、教育等部门组成。",
     {"青岭县委宣传部", "青岭县委统战部", "青岭县公安局", "青岭县农业农村局", "卫生", "教育"}),
    ("department-types-after-a-bureau",
     "关于建立青岭县防治重大疾病工作联席会议制度的通知\n联席会议由县公安局、民政局、财政、人社等部门和单位组成。",
     {"青岭县公安局", "青岭县民政局", "财政", "人社"}),
]


@pytest.mark.parametrize(("text", "units"), rows(PREFIX_CARRIES))
def test_a_place_prefix_carries_to_named_bodies(text: str, units: set[str]) -> None:
    assert _members(text) == units


def _roles(text: str) -> set[tuple[str, str]]:
    g = _graph(text)
    return {(g.nodes[u]["name"], d["relation"]) for u, _v, d in g.edges(data=True) if d["relation"] in ROLE_EDGES}


# (id, notice, (person, role)): role labels inside a paragraph, each followed by its people
LABELS_IN_A_SENTENCE = [
    ("bare-names-after-padded-labels",
     "关于建立白沙镇传染病防治领导小组的通知\n"
     "二、组织领导\n成立白沙镇传染病应急办公室。组 长：钟立民，副组长：潘大勇，成 员：韦小红，莫志刚、 覃丽及各村村医。\n",
     {("钟立民", "leader_of"), ("潘大勇", "deputy_leader_of"), ("韦小红", "member_of"), ("莫志刚", "member_of"),
      ("覃丽", "member_of")}),
    ("names-with-posts-in-brackets",
     "关于成立青岭乡秸秆禁烧工作小组的通知\n"
     "为做好禁烧工作，成立青岭乡秸秆禁烧工作小组。组长：冯佳（乡长），副组长：罗兵（乡农技站站长），成员：陆明、韩梅。\n",
     {("冯佳", "leader_of"), ("罗兵", "deputy_leader_of"), ("陆明", "member_of"), ("韩梅", "member_of")}),
    ("one-label-is-no-roster",
     "关于成立青岭乡秸秆禁烧工作小组的通知\n办公室设在乡农技站，办公室主任：罗兵，负责日常工作。\n",
     set()),
]


@pytest.mark.parametrize(("text", "roles"), rows(LABELS_IN_A_SENTENCE))
def test_role_labels_inside_a_sentence(text: str, roles: set[tuple[str, str]]) -> None:
    assert _roles(text) == roles


# (id, notice, member units): units after a colon that announces them, some run together without 、
RUN_ON_UNITS = [
    ("heads-of-the-following-units",
     "东林区食品安全委员会工作规则\n"
     "成员由下列单位负责人担任：区委宣传部、区教育局公安分局、区卫生健康委员会、区政府办公室、区人民法院检察院。\n",
     {"东林区委宣传部", "东林区教育局", "东林区公安分局", "东林区卫生健康委员会", "东林区政府办公室",
      "东林区人民法院", "东林区检察院"}),
    ("member-units-as-follows",
     "关于成立桐江县爱国卫生运动委员会的通知\n成员单位如下：县财政局、县民政局司法局、县委办公室、县文化旅游体育局\n二、主要职责\n",
     {"桐江县财政局", "桐江县民政局", "桐江县司法局", "桐江县委办公室", "桐江县文化旅游体育局"}),
    ("units-lost-their-separators-after-a-place",
     "关于建立青岭县防治重大疾病工作联席会议制度的通知\n联席会议由县发改委县教育局、县市场监管局卫健委组成。",
     {"青岭县发改委", "青岭县教育局", "青岭县市场监管局", "青岭县卫健委"}),
]


@pytest.mark.parametrize(("text", "units"), rows(RUN_ON_UNITS))
def test_units_run_together_and_announced_by_a_colon(text: str, units: set[str]) -> None:
    assert _members(text) == units


# (id, notice, member units): the units of the roster's posts, but for the body that holds the mechanism
ROSTER_UNITS = [
    ("a-zone-holds-its-task-force",
     "江南高新区防汛工作专班工作方案\n成立江南高新区防汛工作专班，组成人员名单如下：\n"
     "组  长：魏强  党工委书记\n副组长：潘丽  管委会副主任\n"
     "成  员：邓敏  综合办公室负责人\n杨静  企业服务部部长\n",
     {"综合办公室", "企业服务部"}),
    ("towns-govern-rather-than-sit",
     "关于成立桐江县免疫规划工作领导小组的通知\n"
     "成  员：罗兵（马集镇副科级干部）\n陆明（柳河乡副乡长）\n白杨（县财政局副局长）\n",
     {"桐江县财政局"}),
]


@pytest.mark.parametrize(("text", "units"), rows(ROSTER_UNITS))
def test_the_rosters_units(text: str, units: set[str]) -> None:
    assert _members(text) == units


# (id, notice, member units): what follows a members' label or heads' list but names no unit
NO_UNITS = [
    ("vague-departments-as-members",
     "成立市数字经济发展领导小组，由市政府主要领导任组长，有关领导任副组长，市有关部门和单位负责人为成员。",
     set()),
    ("related-units-after-named-ones",
     "关于成立青岭县控烟工作领导小组的通知\n成员单位：县卫健局、县教育局、相关单位\n二、职责\n",
     {"青岭县卫健局", "青岭县教育局"}),
    ("a-duty-after-the-members-label",
     "关于成立江南省血防工作领导小组的通知\n"
     "省血防领导小组成员单位：对联系地区血防工作进行督查指导，督促落实血防经费分级负担政策。\n",
     set()),
]


@pytest.mark.parametrize(("text", "units"), rows(NO_UNITS))
def test_what_names_no_unit(text: str, units: set[str]) -> None:
    assert _members(text) == units
