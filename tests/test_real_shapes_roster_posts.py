"""Roster shapes of real notices that the older rules did not generalize to, each in short
notices of our own (places, units and people invented), several wordings per shape:
experts whose post is a profession or a former post (no body sits), a body's internal organ
(党组, 审判委员会) that belongs to the title, padded labels without a colon, conveners under a
总召集人, names-only rosters inline in a paragraph."""

from __future__ import annotations

import pytest
from tables import rows

from extractor.graph import edges_of
from extractor.pipeline import extract_text

ROLE_EDGES = ("leader_of", "deputy_leader_of", "member_of", "convener_of", "deputy_convener_of", "liaison_of")

Entry = tuple[str, str, "str | None", "str | None"]


def _roster(text: str) -> set[tuple[str, str, str | None, str | None]]:
    """(person, role relation, body, title) of every roster entry; a person without a body
    keeps the title on the role edge."""
    g = extract_text(text, "t.txt")
    posts = {u: (g.nodes[v]["name"], d.get("title")) for u, v, d in edges_of(g, "holds_post")}
    out = set()
    for u, _v, d in g.edges(data=True):
        if d["relation"] in ROLE_EDGES:
            org, title = posts.get(u, (None, d.get("title")))
            out.add((g.nodes[u]["name"], d["relation"], org, title))
    return out


HEAD = "国务院办公厅关于调整国家青少年阅读委员会组成人员的通知\n主  任：钱　明　　国务院副总理\n委  员：\n"
TAIL = "委员会办公室设在青年出版总署。\n"

# (id, notice, entries expected among the roster): a profession or rank first, or a former
# post, names no body that sits in the committee: no body, the whole post is the title
EXPERTS = [
    ("rank-then-former-post", HEAD + "马　力　　教授、南山大学原党委书记\n",
     {("马力", "member_of", None, "教授、南山大学原党委书记")}),
    ("academician-then-current-post", HEAD + "孔　雀　　院士、北方研究院学术委员会主任\n",
     {("孔雀", "member_of", None, "院士、北方研究院学术委员会主任")}),
    ("researcher-then-former-deputy", HEAD + "邓　超　　研究员、东海市教育科学研究院原副院长\n",
     {("邓超", "member_of", None, "研究员、东海市教育科学研究院原副院长")}),
    ("former-head-of-a-province", HEAD + "刘　星　　西川省原副省长\n",
     {("刘星", "member_of", None, "西川省原副省长")}),
    ("editor-then-former-post", HEAD + "韩　梅　　编审、青年出版社原总编辑\n" + TAIL,
     {("韩梅", "member_of", None, "编审、青年出版社原总编辑")}),
    ("rank-then-affiliation-only", HEAD + "周　全　　教授、北湖大学\n" + TAIL,
     {("周全", "member_of", None, "教授、北湖大学")}),
    ("senior-teacher", HEAD + "孙小梅　正高级教师、青河第一实验小学原校长\n",
     {("孙小梅", "member_of", None, "正高级教师、青河第一实验小学原校长")}),
    ("senior-engineer-and-doctor", HEAD + "林　涛　　高级工程师、南山水利设计院总工程师\n"
     "许　静　　主任医师、北湖市人民医院原院长\n",
     {("林涛", "member_of", None, "高级工程师、南山水利设计院总工程师"),
      ("许静", "member_of", None, "主任医师、北湖市人民医院原院长")}),
    ("former-post-of-a-bureau", HEAD + "方　圆　　东海市文化局原局长\n",
     {("方圆", "member_of", None, "东海市文化局原局长")}),
    ("former-post-first", "关于成立桐江县免疫规划工作领导小组的通知\n成  员：白杨（原县财政局副局长）\n许涛（县教育局副局长）\n",
     {("白杨", "member_of", None, "原县财政局副局长"), ("许涛", "member_of", "桐江县教育局", "副局长")}),
    # a sitting official of a department keeps the department
    ("department-member-unchanged", HEAD + "白　杨　　青年出版总署副署长\n",
     {("白杨", "member_of", "青年出版总署", "副署长")}),
]

# (id, notice, entries): a known body's name that begins a longer one (海关 / 海关总署) gives the longer
LONGER_BODIES = [
    ("general-administration", HEAD + "白　杨　　海关总署副署长\n", {("白杨", "member_of", "海关总署", "副署长")}),
    ("government-office", "关于成立青禾县防汛领导小组的通知\n成  员：罗  林 县政府办副主任\n",
     {("罗林", "member_of", "青禾县政府办", "副主任")}),
    # a sub-unit written after the body stays in the title
    ("sub-unit-in-the-title", "关于成立青禾县防汛领导小组的通知\n成  员：罗  林 县公安局治安管理大队大队长\n"
     "石  磊 县卫健局办公室主任\n",
     {("罗林", "member_of", "青禾县公安局", "治安管理大队大队长"), ("石磊", "member_of", "青禾县卫健局", "办公室主任")}),
    # a department's own party committee is part of the title
    ("party-committee-of-a-department", "关于成立青禾县防汛领导小组的通知\n成  员：罗  林 县农业局党委副书记、纪委书记\n",
     {("罗林", "member_of", "青禾县农业局", "党委副书记、纪委书记")}),
    ("office-of-a-government-ending-in-shi",  # 县人民政府教育督导室主任: the 室 is the body
     "关于成立青山县食品安全工作领导小组的通知\n组  长：\n钱  明  县人民政府副县长\n"
     "成  员：\n孙  立  县人民政府教育督导室主任\n周  全  县政府办公室副主任\n",
     {("钱明", "leader_of", "青山县人民政府", "副县长"), ("孙立", "member_of", "青山县人民政府教育督导室", "主任"),
      ("周全", "member_of", "青山县政府办公室", "副主任")}),
    ("branch-of-a-bureau",  # 省药监局红石检查分局局长: the 分局 is the body, not a title of the bureau
     "关于成立白河市药品安全委员会的通知\n成  员：\n孙  立  省药监局红石检查分局局长\n"
     "周  全  市公安局治安管理支队支队长\n",
     {("孙立", "member_of", "省药监局红石检查分局", "局长"), ("周全", "member_of", "市公安局", "治安管理支队支队长")}),
]

# a body's internal organ (its party group, its trial or procuratorial committee) is part of the title
ORGANS = [
    ("party-group-member", HEAD + "白　杨　　中国青联党组成员、书记处书记\n",
     {("白杨", "member_of", "中国青联", "党组成员、书记处书记")}),
    ("party-group-secretary", HEAD + "白　杨　　国家青年文献馆党组书记、馆长\n",
     {("白杨", "member_of", "国家青年文献馆", "党组书记、馆长")}),
    ("trial-committee", "关于调整西川省未成年人保护联席会议组成人员的通知\n成  员：贾　平  省高级人民法院审判委员会专职委员\n",
     {("贾平", "member_of", "西川省高级人民法院", "审判委员会专职委员")}),
    ("procuratorial-committee", "关于调整西川省未成年人保护联席会议组成人员的通知\n成  员：徐　云  省检察院检察委员会专职委员\n",
     {("徐云", "member_of", "西川省检察院", "检察委员会专职委员")}),
    # a standing committee's working committee is a body of its own
    ("working-committee-is-a-body", "关于调整西川省未成年人保护联席会议组成人员的通知\n"
     "成  员：王　兰  省人大常委会社会建设工作委员会副主任\n",
     {("王兰", "member_of", "西川省人大常委会社会建设工作委员会", "副主任")}),
    ("cppcc-committee-is-a-body", "关于成立青山县文物保护工作领导小组的通知\n"
     "成  员：石　磊  县政协文史委员会主任\n罗　琳  县人大教科文卫委员会副主任委员\n",
     {("石磊", "member_of", "青山县政协文史委员会", "主任"),
      ("罗琳", "member_of", "青山县人大教科文卫委员会", "副主任委员")}),
]


# a report naming someone by a chain of posts that ends with the body's own: the first post
# gives the unit, the others stay in the title, one written short (公安局长) included; a county
# whose name ends with its level writes its government 环县县政府
CHAINS = [
    ("short-post-in-the-chain", "青山县召开禁毒工作会议\n5月8日，县政府副县长、公安局长、县禁毒委员会副主任"
     "吴立新主持召开会议。县禁毒委员会成员单位要加强协作。\n",
     {("吴立新", "deputy_leader_of", "青山县人民政府", "副县长、公安局长")}),
    ("county-named-with-its-level", "宁县召开禁毒工作会议\n5月8日，宁县县政府副县长、县禁毒委员会副主任"
     "吴立新主持召开会议。县禁毒委员会成员单位要加强协作。\n",
     {("吴立新", "deputy_leader_of", "宁县人民政府", "副县长")}),
    ("name-before-a-conjunction", "青山县召开防汛工作会议\n会上，县政府副县长、县防汛工作领导小组组长孙立与各乡镇"
     "签订防汛责任书。县防汛工作领导小组成员单位要加强协作。\n",  # 孙立与…: the name ends before 与
     {("孙立", "leader_of", "青山县人民政府", "副县长")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(EXPERTS + LONGER_BODIES + ORGANS + CHAINS))
def test_the_body_and_title_of_a_post(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    got = _roster(text)
    assert got >= expected


def test_an_experts_affiliation_is_no_member_unit() -> None:
    """``教授、南山大学原党委书记``: neither 南山大学 nor a body holding 、 sits in the committee."""
    g = extract_text(HEAD + "白　杨　　青年出版总署副署长\n马　力　　教授、南山大学原党委书记\n"
                     "刘　星　　西川省原副省长\n", "t.txt")
    units = {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "member_unit_of")}
    assert units == {"青年出版总署"}


# (id, notice, entries expected among the roster): role labels padded with spaces and no
# colon; the plain 召集人 under a 总召集人 are the chief's deputies
LABELS = [
    ("padded-label-no-colon",
     "关于建立青川市留守儿童关爱联席会议制度的通知\n一、联席会议组成人员\n总召集人 孙  平 市政府副市长\n"
     "召 集 人 何建新 市政府办副主任\n罗小梅 市妇联主席\n成    员 邓  勇 市教育局副局长\n二、联席会议职责\n",
     {("孙平", "convener_of", "青川市人民政府", "副市长"), ("何建新", "deputy_convener_of", "青川市政府办", "副主任"),
      ("罗小梅", "deputy_convener_of", "青川市妇联", "主席"), ("邓勇", "member_of", "青川市教育局", "副局长")}),
    ("under-chief-with-colons",
     "关于建立青禾市粤菜技能培训联席会议制度的通知\n总召集人:黎 明 市政府副市长\n召集人: 钟 山 市政府副秘书长\n"
     "高志远 市人力资源社会保障局局长\n成 员: 朱小虎 市委宣传部副部长\n",
     {("黎明", "convener_of", "青禾市人民政府", "副市长"), ("钟山", "deputy_convener_of", "青禾市人民政府", "副秘书长"),
      ("高志远", "deputy_convener_of", "青禾市人力资源社会保障局", "局长")}),
    ("under-chief-traditional",
     "關於建立青禾市技能培訓聯席會議制度的通知\n總召集人:黎 明 市政府副市長\n召集人: 鍾 山 市政府副秘書長\n",
     {("黎明", "convener_of", "青禾市人民政府", "副市长"), ("钟山", "deputy_convener_of", "青禾市人民政府", "副秘书长")}),
    ("under-chief-in-one-paragraph",
     "关于建立青溪市尘肺病防治工作联席会议制度的通知\n"
     "总召集人:韩立(市委常委、副市长),召集人:罗明(市政府副秘书长)、宋佳(市卫生局局长),成员由市卫生局、人社局等单位主要负责人组成。\n",
     {("韩立", "convener_of", "青溪市人民政府", "市委常委、副市长"), ("罗明", "deputy_convener_of", "青溪市人民政府", "副秘书长"),
      ("宋佳", "deputy_convener_of", "青溪市卫生局", "局长")}),
        # deputy ranks of a command or a group (副总指挥长, 常务副总指挥长, 第一副组长)
    ("deputy-ranks",
     "关于成立青山县森林防火指挥部的通知\n总指挥长：钱  明  县长\n副总指挥长：孙  立  副县长\n"
     "常务副总指挥长：何建新  县应急局局长\n",
     {("钱明", "leader_of", "青山县人民政府", "县长"), ("孙立", "deputy_leader_of", "青山县人民政府", "副县长"),
      ("何建新", "deputy_leader_of", "青山县应急局", "局长")}),
    ("first-deputy",
     "关于成立青山县防汛工作领导小组的通知\n组  长：钱  明  县长\n第一副组长：孙  立  副县长\n"
     "副组长：何建新  县水利局局长\n",
     {("孙立", "deputy_leader_of", "青山县人民政府", "副县长"), ("何建新", "deputy_leader_of", "青山县水利局", "局长")}),
    # a 总指挥长 above: its 第一副/执行副总指挥长 and the plain 指挥长 are deputies
    ("chief-commander-and-plain-commanders",
     "关于成立青山县森林防火指挥部的通知\n总 指 挥 长：钱  明  县长\n第一副总指挥长：孙  立  县林业局局长\n"
     "执行副总指挥长：周  全  副县长\n指 挥 长：何建新  县应急局局长\n成  员：邓  勇  县林业局副局长\n",
     {("钱明", "leader_of", "青山县人民政府", "县长"), ("孙立", "deputy_leader_of", "青山县林业局", "局长"),
      ("周全", "deputy_leader_of", "青山县人民政府", "副县长"), ("何建新", "deputy_leader_of", "青山县应急局", "局长"),
      ("邓勇", "member_of", "青山县林业局", "副局长")}),
    ("standing-deputy-in-prose",  # 常务副主任由…担任: a deputy, not the 主任
     "关于成立青山区食品安全委员会的通知\n主任由区长钱明担任，常务副主任由区政府副区长周立担任。\n",
     {("周立", "deputy_leader_of", "青山区人民政府", "副区长")}),
    # a chief only mentioned in the meeting rules names no chief: 召集人 stay conveners
    ("chief-only-mentioned",
     "关于建立青溪市尘肺病防治工作联席会议制度的通知\n召集人:罗  明 市政府副秘书长\n"
     "联席会议由召集人或总召集人委托的同志主持。\n",
     {("罗明", "convener_of", "青溪市人民政府", "副秘书长")}),
    # without a chief, 召集人 are conveners
    ("conveners-without-a-chief",
     "关于建立青溪市尘肺病防治工作联席会议制度的通知\n召集人:罗  明 市政府副秘书长\n宋  佳 市卫生局局长\n成  员:邓  勇 市教育局副局长\n",
     {("罗明", "convener_of", "青溪市人民政府", "副秘书长"), ("宋佳", "convener_of", "青溪市卫生局", "局长")}),
]


# (id, notice, roster entries): the bodies of posts: an office of a government written after it
# (港澳办, 新闻办), a 总队长, two units of one kind in one roster, the head of the province a
# mechanism named by its roster's heading is set up in (第N次 in its name, a 兼 post before it)
BODIES = [
    ("office-of-a-government",
     "关于成立国务院海岛保护部际联席会议的通知\n召集人：钱  明  海洋部部长\n"
     "成  员：孙  立  国务院侨办副主任\n周  全  西川省政府新闻办主任\n",
     {("孙立", "member_of", "国务院侨办", "副主任"), ("周全", "member_of", "西川省政府新闻办", "主任")}),
    ("chief-of-a-corps",
     "关于建立西川省服务业统计联席会议制度的通知\n召集人：\n钱  明  国家统计局西川调查总队总队长\n",
     {("钱明", "convener_of", "国家统计局西川调查总队", "总队长")}),
    ("two-units-of-one-kind",
     "关于建立西川省出版统计联席会议制度的通知\n成  员：\n孙  立  省新闻出版局副局长\n周  全  省广电局副局长\n",
     {("孙立", "member_of", "西川省新闻出版局", "副局长"), ("周全", "member_of", "西川省广电局", "副局长")}),
    ("province-head-under-a-roster-heading",
     "全省各级人民政府要设立相应的普查领导小组及其办公室。\n附件：西川省第七次农业普查领导小组组成人员名单\n"
     "西川省第七次农业普查领导小组组成人员名单\n组  长：\n钱  明  副省长\n副组长：\n孙  立  省政府副秘书长\n"
     "周  全  省统计局局长（兼领导小组办公室主任）\n",
     {("钱明", "leader_of", "西川省人民政府", "副省长"), ("孙立", "deputy_leader_of", "西川省人民政府", "副秘书长")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(LABELS + BODIES))
def test_role_labels(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert _roster(text) >= expected


def test_a_unit_under_a_chief_is_a_deputy_convener_unit() -> None:
    """``召集人：市卫健局主要负责同志`` under a named 总召集人: the unit is a deputy convener."""
    text = ("关于建立青溪市尘肺病防治工作联席会议制度的通知\n总召集人:韩  立 市政府副市长\n"
            "召集人:市卫健局主要负责同志\n成  员:邓  勇 市教育局副局长\n")
    g = extract_text(text, "t.txt")
    chairs = {(g.nodes[u]["name"], d["relation"]) for u, _v, d in g.edges(data=True)
              if d["relation"] in ("convener_unit_of", "deputy_convener_unit_of")}
    assert chairs == {("青溪市卫健局", "deputy_convener_unit_of")}


def test_units_under_a_chief_given_in_prose_are_deputy_convener_units() -> None:
    """``总召集人由市政府分管副市长担任，A和B主要负责同志担任召集人``: a chief named in prose makes
    the plain 召集人 units its deputies; the chief's own post stays a convener's."""
    text = ("关于建立北塘市托育服务联席会议制度的通知\n"
            "联席会议总召集人由市政府分管副市长担任，市卫健委、市教育局主要负责同志担任召集人。\n")
    g = extract_text(text, "t.txt")
    chairs = {(g.nodes[u]["name"], d["relation"]) for u, _v, d in g.edges(data=True)
              if d["relation"] in ("convener_unit_of", "deputy_convener_unit_of")}
    assert chairs == {("北塘市政府", "convener_unit_of"), ("北塘市卫健委", "deputy_convener_unit_of"),
                      ("北塘市教育局", "deputy_convener_unit_of")}


def _unit_chairs(text: str) -> set[tuple[str, str, str | None]]:
    """(unit, relation, title) of every post a unit holds in the notice's body."""
    g = extract_text(text, "t.txt")
    return {(g.nodes[u]["name"], d["relation"], d.get("title")) for u, _v, d in g.edges(data=True)
            if d["relation"] in ("convener_unit_of", "deputy_convener_unit_of", "leader_unit_of", "deputy_leader_unit_of")}


JOINED_UNIT_POSTS = [
    (  # 由A和B主要负责同志担任召集人: A, a national body no lexicon lists, written bare before 和, shares B's post
        "national bodies joined by 和",
        "关于建立国家儿童用品安全联席会议制度的通知\n联席会议由质量监管总局和国家卫生健康委主要负责同志担任召集人。\n",
        {("质量监管总局", "convener_unit_of", "主要负责同志"), ("国家卫生健康委", "convener_unit_of", "主要负责同志")},
    ),
    (  # 及, the post before the role (召集人由…担任), ASCII comma after it
        "joined by 及, role first",
        "关于建立国家儿童用品安全联席会议制度的通知\n召集人由质量监管总局及国家卫生健康委主要负责同志担任,各成员单位参加。\n",
        {("质量监管总局", "convener_unit_of", "主要负责同志"), ("国家卫生健康委", "convener_unit_of", "主要负责同志")},
    ),
    (  # a list of three, 和 before the last
        "three units, 和 before the last",
        "关于建立国家儿童用品安全联席会议制度的通知\n联席会议由质量监管总局、国家药监局和国家卫生健康委主要负责同志担任召集人。\n",
        {("质量监管总局", "convener_unit_of", "主要负责同志"), ("国家药监局", "convener_unit_of", "主要负责同志"),
         ("国家卫生健康委", "convener_unit_of", "主要负责同志")},
    ),
    (  # near miss: a 和 inside one unit's name (城市管理和综合执法局) joins no two units
        "和 inside a name",
        "关于建立青溪市市容环境联席会议制度的通知\n联席会议由市城市管理和综合执法局主要负责同志担任召集人。\n",
        {("青溪市城市管理和综合执法局", "convener_unit_of", "主要负责同志")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), rows(JOINED_UNIT_POSTS))
def test_units_joined_before_a_shared_post(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert _unit_chairs(text) == expected


# (id, notice, roster entries): names only, inline in a paragraph, labelled by the body's own
# head titles (所长 of a 指挥所, 指挥长 of a 指挥部, 组长 of a 小组), separated by ；
NAMES_ONLY = [
    ("post-of-a-command-post",
     "二、健全防汛机构。镇政府成立9人防汛指挥所。所长：方大海；副所长：林小河、陈一舟；成员：吴江、郑湖、范溪。各村也要成立防汛小组。\n",
     {("方大海", "leader_of", None, None), ("林小河", "deputy_leader_of", None, None),
      ("陈一舟", "deputy_leader_of", None, None), ("吴江", "member_of", None, None),
      ("郑湖", "member_of", None, None), ("范溪", "member_of", None, None)}),
    ("command-post-names-with-commas",
     "镇人民政府成立抗旱指挥所，所长：石青山，副所长：罗林，成员：邓松、韩柏。\n",
     {("石青山", "leader_of", None, None), ("罗林", "deputy_leader_of", None, None),
      ("邓松", "member_of", None, None), ("韩柏", "member_of", None, None)}),
    ("command-heads",
     "镇政府成立抗旱指挥部。指挥长：秦岭；副指挥长：方圆、白杨；成员：马力、孔雀。\n",
     {("秦岭", "leader_of", None, None), ("方圆", "deputy_leader_of", None, None),
      ("白杨", "deputy_leader_of", None, None), ("马力", "member_of", None, None), ("孔雀", "member_of", None, None)}),
    ("group-heads",
     "村委会成立环境整治工作小组。组长：秦岭；副组长：方圆；成员：马力、孔雀。\n",
     {("秦岭", "leader_of", None, None), ("方圆", "deputy_leader_of", None, None),
      ("马力", "member_of", None, None), ("孔雀", "member_of", None, None)}),
    ("names-only-lines",
     "关于成立青禾镇防汛工作领导小组的通知\n组  长：张大山\n副组长：李小河、王一舟\n成  员：赵六、孙七、周八\n"
     "领导小组办公室设在镇农业服务中心。\n",
     {("张大山", "leader_of", None, None), ("李小河", "deputy_leader_of", None, None),
      ("王一舟", "deputy_leader_of", None, None), ("赵六", "member_of", None, None),
      ("孙七", "member_of", None, None), ("周八", "member_of", None, None)}),
    ("command-post-heads-on-lines",
     "关于成立青禾县防汛指挥所的通知\n所  长：石青山 县人民政府副县长\n副所长：罗  林 县水利局局长\n",
     {("石青山", "leader_of", "青禾县人民政府", "副县长"), ("罗林", "deputy_leader_of", "青禾县水利局", "局长")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(NAMES_ONLY))
def test_names_only_rosters(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert _roster(text) == expected


def test_another_bodys_head_title_is_no_label() -> None:
    """In a 领导小组's roster ``所长：`` is no role label (the group's heads are 组长)."""
    text = "关于成立青禾镇防汛领导小组的通知\n组  长：石青山 镇人民政府镇长\n所  长：罗  林\n"
    assert {(p, r) for p, r, _o, _t in _roster(text)} == {("石青山", "leader_of")}


def test_an_article_heading_after_a_composition_sentence_is_no_person() -> None:
    """``第十一条 成立由县长为主任，…为副主任…的委员会``, then ``第十四条 委员会的职责：``: the
    article's number is no name, its heading no post."""
    text = ("青禾县新型农村合作医疗管理办法\n第十一条 成立由县长为主任，分管卫生工作的副县长为副主任，"
            "县财政、民政、卫生负责人为成员的青禾县合作医疗管理委员会。\n第十四条 县合管委的职责：\n"
            "第二十条 县合管委办公室的职责：\n")
    assert not {p for p, _r, _o, _t in _roster(text) if p.startswith("第")}


def test_a_duty_after_an_inline_roster_stays_a_duty() -> None:
    """``所长：甲；副所长：乙。各村委会要…``: the roster and the paragraph's later duty both read."""
    text = ("二、健全防汛机构。镇政府成立9人防汛指挥所。所长：方大海；副所长：林小河、陈一舟；成员：吴江、郑湖。"
            "各村委会要成立3-5人防汛小组，及时掌握汛情。\n")
    g = extract_text(text, "t.txt")
    duties = {(g.nodes[u]["name"], g.nodes[v]["text"]) for u, v, _d in edges_of(g, "responsible_for")}
    assert ("各村委会", "各村委会要成立3-5人防汛小组，及时掌握汛情") in duties
    assert ("方大海", "leader_of", None, None) in _roster(text)


QS = "关于成立青山县防汛领导小组的通知\n组  长：王建国  县人民政府副县长\n"

# (id, notice, roster entries expected among the roster): the post written first, then the
# name; several names that share one post
POST_FIRST_AND_SHARED = [
    ("township-post-first-label", "关于调整桃源镇狂犬病防治工作领导小组成员的通知\n组长：桃源镇人民政府镇长 张宇\n"
     "成员：桃源镇派出所所长 孙立\n桃源镇中心小学校长 何平\n",
     {("张宇", "leader_of", "桃源镇人民政府", "镇长"), ("孙立", "member_of", "桃源镇派出所", "所长"),
      ("何平", "member_of", "桃源镇中心小学", "校长")}),
    ("two-names-one-post", QS + "副组长：李  明、陈  刚  县卫健局副局长\n",
     {("李明", "deputy_leader_of", "青山县卫健局", "副局长"), ("陈刚", "deputy_leader_of", "青山县卫健局", "副局长")}),
    ("three-names-one-post-on-a-continuation-line", QS + "成  员：邓勇  县教育局局长\n何平、吕洋、秦岭  县民政局副局长\n",
     {("邓勇", "member_of", "青山县教育局", "局长"), ("何平", "member_of", "青山县民政局", "副局长"),
      ("吕洋", "member_of", "青山县民政局", "副局长"), ("秦岭", "member_of", "青山县民政局", "副局长")}),
    ("names-before-a-bracketed-post", QS + "成  员：何平、吕洋（县民政局副局长）、秦岭（县财政局局长）\n",
     {("何平", "member_of", "青山县民政局", "副局长"), ("吕洋", "member_of", "青山县民政局", "副局长"),
      ("秦岭", "member_of", "青山县财政局", "局长")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(POST_FIRST_AND_SHARED))
def test_post_first_and_shared_posts(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert _roster(text) >= expected


def test_a_list_of_units_before_a_post_shares_nothing() -> None:
    """``县民政局、县财政局（各1人）`` names units, not people: no person."""
    text = QS + "成  员：县民政局、县财政局（各1人）\n"
    assert {p for p, _r, _o, _t in _roster(text)} == {"王建国"}


TB = "关于成立青山县结核病防治工作领导小组的通知\n领导小组成员名单\n"

# (id, notice, the roster): a table under a 姓名 column header, cells separated by tabs
TABLES = [
    ("no-role-column", TB + "姓名\t单位\t职务\n韩冰\t县卫健局\t局长\n曹阳\t县教体局\t副局长\n",
     {("韩冰", "member_of", "青山县卫健局", "局长"), ("曹阳", "member_of", "青山县教体局", "副局长")}),
    ("number-first-and-role-last", TB + "序号\t姓名\t工作单位及职务\t领导小组职务\n1\t韩冰\t县人民政府副县长\t组长\n"
     "2\t曹阳\t县卫健局局长\t副组长\n3\t罗林\t县教体局副局长\t成员\n",
     {("韩冰", "leader_of", "青山县人民政府", "副县长"), ("曹阳", "deputy_leader_of", "青山县卫健局", "局长"),
      ("罗林", "member_of", "青山县教体局", "副局长")}),
    ("role-first-column", TB + "职务\t姓名\t单位及职务\n组长\t韩冰\t县人民政府副县长\n成员\t曹阳\t县教体局副局长\n",
     {("韩冰", "leader_of", "青山县人民政府", "副县长"), ("曹阳", "member_of", "青山县教体局", "副局长")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(TABLES))
def test_roster_tables(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert _roster(text) == expected


def test_a_table_ends_at_a_paragraph() -> None:
    """The rows stop at the first line that is no row: a paragraph after the table names nobody."""
    text = TB + "姓名\t单位\t职务\n韩冰\t县卫健局\t局长\n领导小组办公室设在县卫健局，办公室主任由韩冰兼任。\n"
    assert _roster(text) == {("韩冰", "member_of", "青山县卫健局", "局长")}


NR = "国务院同意建立国务院青少年阅读工作部际联席会议制度。\n联席会议成员名单\n"

# (id, notice, the roster): a news report's roster, post then name written together, items
# separated by 、 or ，; a person may hold two posts (the first body is the member unit)
POST_THEN_NAME = [
    ("head-of-government-convener", NR + "召集人:国务院副总理钱明\n",
     {("钱明", "convener_of", "国务院", "副总理")}),
    ("deputies-separated-by-commas", NR + "副召集人:文化部部长李强,国务院副秘书长江小平\n",
     {("李强", "deputy_convener_of", "文化部", "部长"), ("江小平", "deputy_convener_of", "国务院", "副秘书长")}),
    ("double-post", NR + "副召集人：文化部部长李强，文化部副部长、国家图书局局长王大海\n",
     {("李强", "deputy_convener_of", "文化部", "部长"),
      ("王大海", "deputy_convener_of", "文化部", "副部长、国家图书局局长")}),
    ("double-post-among-members", NR + "成员：新闻办副主任郭明、教育部副部长、国家语委主任林青、外交部副部长张亮\n",
     {("郭明", "member_of", "新闻办", "副主任"), ("林青", "member_of", "教育部", "副部长、国家语委主任"),
      ("张亮", "member_of", "外交部", "副部长")}),
    ("assistant-title", NR + "成员：体育总局局长助理李川、侨办副主任谭天明、保监会副主席黄红\n",
     {("李川", "member_of", "体育总局", "局长助理"), ("谭天明", "member_of", "侨办", "副主任"),
      ("黄红", "member_of", "保监会", "副主席")}),
    ("the-notice-breaks-off-in-the-list", NR + "成员：新闻办副主任郭明、中央军委后勤保障部卫生局局长李清、武警部队",
     {("郭明", "member_of", "新闻办", "副主任"), ("李清", "member_of", "中央军委后勤保障部卫生局", "局长")}),
    ("breaks-off-after-a-comma", NR + "成员：新闻办副主任郭明，外交部副部长张亮，国家民委",
     {("郭明", "member_of", "新闻办", "副主任"), ("张亮", "member_of", "外交部", "副部长")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(POST_THEN_NAME))
def test_post_then_name_lists(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert _roster(text) == expected


def test_post_then_name_member_units_are_the_peoples_bodies() -> None:
    """The member units are the bodies of the roster's people, without the government."""
    text = (NR + "召集人：国务院副总理钱明\n副召集人：文化部部长李强\n"
            "成员：新闻办副主任郭明、教育部副部长、国家语委主任林青、体育总局局长助理李川\n")
    g = extract_text(text, "t.txt")
    units = [g.nodes[u]["name"] for u, _v, _d in edges_of(g, "member_unit_of")]
    assert set(units) == {"文化部", "新闻办", "教育部", "体育总局"}


def test_a_list_with_an_item_that_is_no_person_names_nobody() -> None:
    """One item that is neither a post and name nor a title joining the next: the line is not read."""
    for tail in ("", "联席会议办公室设在文化部。\n"):  # at the notice's end too: a whole item, not a cut one
        text = NR + "成员：新闻办副主任郭明、教育部副部长林青、外交部有关司局负责同志等\n" + tail
        assert not {p for p, _r, _o, _t in _roster(text) if p in ("郭明", "林青")}


NP = "南江建立全民阅读工作联席会议制度\n近日，南江省政府办公厅印发《关于建立南江省全民阅读工作联席会议制度的通知》。\n"

# (id, notice, the roster): a news report's sentence, ``召集人由…担任`` after the meeting's name
# and ``副召集人分别是A，B，C``: the list runs past its commas to the sentence's end
PROSE_EACH = [
    ("convener-by-and-deputies-each", NP + "会议确定，召集人由南江省政府分管文化工作的副省长钱明担任，副召集人分别是省政府副秘书长江小平，"
     "省文化厅厅长李强，省文化厅副厅长、省图书馆馆长王大海。成员由省委宣传部、省教育厅等20个部门负责人组成。\n",
     {("钱明", "convener_of", "南江省人民政府", "分管文化工作的副省长"),
      ("江小平", "deputy_convener_of", "南江省人民政府", "副秘书长"),
      ("李强", "deputy_convener_of", "南江省文化厅", "厅长"),
      ("王大海", "deputy_convener_of", "南江省文化厅", "副厅长、省图书馆馆长")}),
    ("deputies-each-as", NP + "联席会议设召集人1名。副召集人分别为省文化厅厅长李强、省教育厅副厅长孙青。\n",
     {("李强", "deputy_convener_of", "南江省文化厅", "厅长"), ("孙青", "deputy_convener_of", "南江省教育厅", "副厅长")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(PROSE_EACH))
def test_prose_conveners_of_a_meeting(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert _roster(text) == expected


# (id, notice, the roster): a bare head title of a level (镇长, 乡长) in the roster of a body
# named after a place of that level, the notice naming no issuer: the place's government
BARE_HEAD = [
    ("town-head", "关于调整青石镇爱国卫生工作小组的通知\n各行政村、单位：\n组  长：柳  岩  镇长\n成  员：马  可  综治办主任\n",
     {("柳岩", "leader_of", "青石镇人民政府", "镇长"), ("马可", "member_of", "综治办", "主任")}),
    ("township-deputy-head", "关于调整红旗乡防汛工作领导小组的通知\n组长：韩  冰  副乡长\n",
     {("韩冰", "leader_of", "红旗乡人民政府", "副乡长")}),
    # the body is named after no town: a bare 镇长 has no body
    ("no-place-in-the-name", "关于调整城镇燃气安全工作小组的通知\n组长：柳  岩  镇长\n",
     {("柳岩", "leader_of", None, "镇长")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(BARE_HEAD))
def test_a_bare_head_title_in_a_places_body(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert _roster(text) == expected


# (id, notice, the roster): a note in parentheses after the post (分工), on the label's line
POST_NOTES = [
    ("note-after-a-party-post", "关于调整青石镇爱国卫生工作小组的通知\n副组长：施小灵  党委副书记(党群)\n",
     {("施小灵", "deputy_leader_of", "党委", "副书记（党群）")}),
    ("note-after-a-department-post", "关于调整青石镇爱国卫生工作小组的通知\n成  员：席  欣  武装部副部长(民政)\n",
     {("席欣", "member_of", "武装部", "副部长（民政）")}),
    ("note-on-a-later-line", "关于调整青石镇爱国卫生工作小组的通知\n成  员：马  可  综治办主任\n          席  欣  武装部副部长(民政)\n",
     {("马可", "member_of", "综治办", "主任"), ("席欣", "member_of", "武装部", "副部长（民政）")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(POST_NOTES))
def test_a_note_after_the_post(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert _roster(text) == expected


def test_two_units_of_one_kind_are_two_member_units() -> None:
    """Two people of one roster in two units of one kind: two member units."""
    g = extract_text(BODIES[2][1], "t.txt")
    units = {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "member_unit_of")}
    assert units == {"西川省新闻出版局", "西川省广电局"}


def test_a_mechanism_named_by_its_rosters_heading() -> None:
    """The body the roster's heading names (第七次… in its name), not a 兼 post's bare ending;
    the bare 省政府 of the roster is the province's government its head sits in."""
    g = extract_text(BODIES[3][1], "t.txt")
    mechanisms = {d["name"] for _n, d in g.nodes(data=True) if d.get("type") == "mechanism"}
    assert mechanisms == {"西川省第七次农业普查领导小组"}
    orgs = {d["name"] for _n, d in g.nodes(data=True) if d.get("type") == "organization"}
    assert "西川省人民政府" in orgs and "省人民政府" not in orgs
