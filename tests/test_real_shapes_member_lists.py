"""Member lists of coordination bodies in the shapes real notices use, each in a short notice
of our own (places, units and people invented): an annex under a heading that names the body
(one line, wrapped lines, one unit a line, cut by the end of the text), lists of bare
department fields in a ``由…组成的X`` frame, township offices, and which unit a member is
when its name runs on into a post or a label."""

from __future__ import annotations

import pytest

from extractor.graph import edges_of
from extractor.pipeline import extract_text
from tests.tables import rows


def _members(text: str) -> set[str]:
    g = extract_text(text, "t.txt")
    return {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "member_unit_of")}


ANNEX = [
    (  # the body's emergency team; the annex heading names it with a qualifier (首批); the list wraps
        # without a separator and the text ends inside its last item
        "annex list, wrapped and cut",
        "关于成立青山市无偿献血应急队伍的通知\n"
        "各区人民政府,市政府各部门:\n"
        "  市政府决定成立青山市无偿献血应急队伍(首批成员单位名单附后)。各部门要积极参与。\n"
        "  附件:青山市首批无偿献血应急队伍成员单位名单\n"
        "  青山市人民政府办公室\n"
        "  二〇一二年三月一日\n"
        "附件:\n"
        "  青山市首批无偿献血应急队伍成员单位名单\n"
        "  市委办公室、市总工会、市发改委(物价局)、市财政(地税)局、市规划局、市贸易粮食局、市行政执法局、青山开发区管委会\n"
        "  市质量技监局、市食品药品监",
        {"青山市委办公室", "青山市总工会", "青山市发改委", "青山市财政（地税）局", "青山市规划局",
         "青山市贸易粮食局", "青山市行政执法局", "青山开发区管委会", "青山市质量技监局"},
    ),
    (  # one unit a line under 附件2：X领导小组成员单位名单
        "annex, one unit a line",
        "关于成立白河县鼠疫防控领导小组的通知\n"
        "为做好鼠疫防控工作,县政府决定成立白河县鼠疫防控领导小组。\n"
        "附件2:白河县鼠疫防控领导小组成员单位名单\n"
        "县卫生局\n"
        "县农牧局\n"
        "县林业局\n"
        "县公安局\n",
        {"白河县卫生局", "白河县农牧局", "白河县林业局", "白河县公安局"},
    ),
    (  # the signature under a one-a-line list (the line over the date) is no member
        "annex, signature below the list",
        "关于成立红石区防汛指挥部的通知\n"
        "区政府决定成立红石区防汛指挥部。\n"
        "指挥部成员单位名单:\n"
        "区水利局\n"
        "区应急局\n"
        "红石区人民政府办公室\n"
        "2015年6月1日\n",
        {"红石区水利局", "红石区应急局"},
    ),
    (  # a shock team its title sets up, its members under a short heading naming it
        "title sets up a shock team",
        "关于组建南岭县防汛抢险突击队的通知\n"
        "各乡镇,县直各单位:\n"
        "  县政府决定组建南岭县防汛抢险突击队。\n"
        "  突击队成员单位:\n"
        "  县水利局、县应急管理局、县消防救援大队、县武装部\n",
        {"南岭县水利局", "南岭县应急管理局", "南岭县消防救援大队", "南岭县武装部"},
    ),
    (  # in running text an emergency team is what a department builds: no body is set up
        "emergency team in a duty",
        "关于做好手足口病防控工作的通知\n"
        "县卫生局负责落实防控物资储备,组建防控应急队伍,开展疫情处置。\n"
        "应急队伍成员单位:县人民医院、县疾控中心\n",
        set(),
    ),
    (  # a heading naming another body (the villages' groups) announces their members, not ours
        "annex of another body",
        "关于成立青禾县狂犬病防控领导小组的通知\n"
        "县政府决定成立青禾县狂犬病防控领导小组。\n"
        "附件:各村防疫队成员单位名单\n"
        "村卫生室、村小学\n",
        set(),
    ),
    (  # a line of duties under the heading is no list of units
        "heading over a sentence",
        "关于成立青禾县狂犬病防控领导小组的通知\n"
        "县政府决定成立青禾县狂犬病防控领导小组。\n"
        "领导小组成员单位\n"
        "各成员单位要加强协作,按照职责分工做好防控工作。\n",
        set(),
    ),
]


# (id, text, member units): members said to come from units (成员来自A、B等部门和单位)
MEMBERS_FROM = [
    ("the office's members come from units",
     "青山市建立鼠疫防控工作联席会议制度。\n联席会议办公室设在市卫生局，召集人是副市长林海。\n"
     "联席会议办公室成员，分别来自市委宣传部、市教育局、市公安局、青山海关、青山国际机场有限公司等部门和单位。\n",
     {"青山市委宣传部", "青山市教育局", "青山市公安局", "青山海关", "青山国际机场有限公司"}),
    ("the body's members come from units",
     "白河县成立防汛工作领导小组。\n领导小组成员主要来自县水利局、县应急局和县气象局。\n",
     {"白河县水利局", "白河县应急局", "白河县气象局"}),
    ("an expert group's members come from hospitals: no member units",
     "白河县成立防汛工作领导小组，下设专家组。\n专家组成员来自县人民医院、县中医院等单位。\n",
     set()),
]


# (id, text, member units): posts held by units, no person named (副组长由A、B局长担任)
UNIT_HELD_POSTS = [
    ("units-whose-heads-hold-the-post",  # the title after the last unit is its heads' title
     "关于成立青山区防汛工作领导小组的通知\n成立领导小组，组长由区政府分管领导担任，副组长由区水利局、区应急局局长担任。\n",
     {"青山区水利局", "青山区应急局"}),
    ("a-post-holder-named-is-a-person-not-a-unit-post",
     "关于成立青山区防汛工作领导小组的通知\n成立领导小组，副组长由区水利局局长孟立担任。\n",
     {"青山区水利局"}),
    ("units-on-both-sides-of-yiji",  # A的分管领导以及B、C局长: both lists hold the post
     "关于成立青山区防汛工作领导小组的通知\n成立领导小组，副组长由区政府办分管领导以及区卫生和计划生育局、区农业局局长担任。\n",
     {"青山区政府办", "青山区卫生和计划生育局", "青山区农业局"}),
]


# (id, text, member units): the units that set the body up together, and units right after
# the label 成员单位 as a sentence's subject
FOUNDERS = [
    ("founders-on-two-lines",  # the list breaks before 共同设立
     "第三条 青山市农业农村局、青山市商务局\n共同设立青山市冷链食品安全联席会议（以下简称联席会议），负责统筹协调。\n",
     {"青山市农业农村局", "青山市商务局"}),
    ("one-with-the-others",  # 由A会同B、C共同组成X
     "由青山市农业农村局会同市商务局、市卫健委共同组成青山市冷链食品安全工作小组，负责统筹协调。\n",
     {"青山市农业农村局", "青山市商务局", "青山市卫健委"}),
    ("founders-of-another-body-are-no-members",
     "成立青山市冷链食品安全联席会议。\n市农业农村局、市商务局共同设立检测中心。\n",
     set()),
    ("units-right-after-the-label",  # 机关: the body's organs, the body itself
     "青山区召开冷链食品安全联席会议。联席会议成员单位区纪委监委机关、区商务局、区卫健局介绍了工作情况。\n",
     {"青山区纪委监委", "青山区商务局", "青山区卫健局"}),
    ("one-unit-after-the-label-is-no-list",
     "青山区召开冷链食品安全联席会议。联席会议成员单位区商务局介绍了工作情况。\n",
     set()),
    ("units-before-the-body-and-its-count",  # A、B、C等X领导小组9个成员单位: the body named only here
     "青山区召开冷链食品监管工作会议。区市场监管局、区商务局、区交通分局等区冷链食品安全工作领导小组9个"
     "成员单位的分管领导参加会议。\n",
     {"青山区市场监管局", "青山区商务局", "青山区交通分局"}),
    ("short-fields-before-the-label-with-yiji",  # 以及 joins two units; the fields take the place
     "会议强调：县卫生健康、公安、市场监管以及财政局等县禁毒委员会成员单位要各负其责。县禁毒委员会成员单位要加强协作。\n",
     {"县卫生健康", "公安", "市场监管", "县财政局"}),
    ("units-whose-people-are-the-members-liaisons",  # 等部门负责人为X成员单位联络员: no member list
     "关于成立青山县冷链食品安全工作领导小组的通知\n县商务局、县交通局等部门负责人为领导小组成员单位联络员。\n",
     set()),
    ("units-before-another-bodys-label",  # 等布病防控成员单位: no body the notice names
     "青山旗召开布病防控工作会议。由旗农牧局、旗卫生局、旗财政局等布病防控成员单位负责人参加。\n",
     set()),
]


def test_another_body_composed_by_its_own_sentence() -> None:
    """``X部际联席会议由A、B等单位组成`` in a notice that sets up another body first: X is set
    up too, with its member units."""
    text = ("国务院关于组建国家职业技能咨询委员会的通知\n在政府指导下组建国家职业技能咨询委员会，负责提供咨询意见。\n"
            "国家职业技能工作部际联席会议由教育、财政、税务等单位组成，负责统筹协调。\n")
    g = extract_text(text, "t.txt")
    mechs = {d["name"] for _n, d in g.nodes(data=True) if d["type"] == "mechanism"}
    assert "国家职业技能工作部际联席会议" in mechs
    members = {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, _d in edges_of(g, "member_unit_of")}
    assert members == {(u, "国家职业技能工作部际联席会议") for u in ("教育", "财政", "税务")}


def test_a_kind_of_body_in_each_place_is_set_up_by_no_composition_sentence() -> None:
    text = ("关于成立青山县防汛领导小组的通知\n县政府决定成立青山县防汛领导小组。\n"
            "各村防汛工作小组由村干部、民兵和护林员组成。\n")
    g = extract_text(text, "t.txt")
    assert {d["name"] for _n, d in g.nodes(data=True) if d["type"] == "mechanism"} == {"青山县防汛领导小组"}


# (id, text, member units): one collective named as the members after the chairs
ONE_COLLECTIVE = [
    ("a-collective-after-the-chairs",  # 组长由X担任…，各站所为成员单位
     "关于成立青山街道控烟工作领导小组的通知\n街道决定成立控烟工作领导小组，组长由办事处主任孙立担任，"
     "其他班子成员为成员，各站所为成员单位，负责统筹协调。\n",
     {"各站所"}),
    ("a-collective-without-chairs-is-no-list",
     "关于成立青山街道控烟工作领导小组的通知\n街道决定成立控烟工作领导小组。各科室要加强宣传，各社区为成员单位。\n",
     set()),
    ("units-that-staff-the-body",  # 由A、B等部门抽人组成: the units that staff it are its members
     "关于成立青山县禽流感防治领导小组的通知\n成立青山县禽流感防治领导小组，县长任组长。"
     "由公安、交通、畜牧等部门抽人组成。\n",
     {"公安", "交通", "畜牧"}),
    ("heads-of-a-field-in-every-township",  # 各A、B卫生分管领导为成员: 各 covers B, 卫生 is the field
     "关于成立青山区狂犬病防控工作领导小组的通知\n成立青山区狂犬病防控工作领导小组，由区政府分管副区长为组长，"
     "各乡镇人民政府、街道办事处卫生分管领导为成员。\n",
     {"各乡镇人民政府、街道办事处"}),
    ("units-after-a-collective-are-their-own",  # 县农业局 names its own body: two units
     "关于成立青山县狂犬病防控工作领导小组的通知\n成立青山县狂犬病防控工作领导小组，由县政府分管副县长为组长，"
     "各乡镇人民政府、县农业局分管领导为成员。\n",
     {"各乡镇人民政府", "青山县农业局"}),
    ("roster-departments-beside-collective-heads",  # 各乡镇…负责人为成员 names no department: the roster's sit too
     "关于成立青山区狂犬病防控工作领导小组的通知\n成立青山区狂犬病防控工作领导小组，由区政府分管副区长为组长，"
     "区农业局局长、区卫健局局长为副组长，各乡镇人民政府、街道办事处分管领导为成员。\n",
     {"各乡镇人民政府、街道办事处", "青山区农业局", "青山区卫健局"}),
    ("collectives-whose-heads-are-the-members",  # 成员为各A、各B、有关部门负责人: 有关部门 names no unit
     "关于建立青松镇防汛工作联席会议制度的通知\n联席会议由镇长担任召集人，副镇长王强担任副召集人，"
     "成员为各行政村、各学校、有关部门负责人。\n",
     {"各行政村", "各学校"}),
    ("only-concerned-units-name-no-member",  # 成员为有关部门负责人: no unit is named
     "关于建立青松镇防汛工作联席会议制度的通知\n联席会议由镇长担任召集人，成员为有关部门和各有关单位负责人。\n",
     set()),
    ("a-collective-named-as-the-member-units",  # 各站所为成员单位 names the units: the roster's do not join
     "关于成立青山街道控烟工作领导小组的通知\n街道决定成立控烟工作领导小组，组长由办事处主任孙立担任，"
     "副组长由街道卫生服务中心主任陈红担任，各站所为成员单位，负责统筹协调。\n",
     {"各站所"}),
]


@pytest.mark.parametrize(("text", "expected"), rows(ONE_COLLECTIVE))
def test_one_collective_as_members(text: str, expected: set[str]) -> None:
    assert _members(text) == expected


@pytest.mark.parametrize(("text", "expected"), rows(FOUNDERS))
def test_founders_and_units_after_the_label(text: str, expected: set[str]) -> None:
    assert _members(text) == expected


@pytest.mark.parametrize(("text", "expected"), rows(UNIT_HELD_POSTS))
def test_units_holding_posts_are_members(text: str, expected: set[str]) -> None:
    assert _members(text) == expected


@pytest.mark.parametrize(("text", "expected"), rows(MEMBERS_FROM))
def test_members_come_from_units(text: str, expected: set[str]) -> None:
    assert _members(text) == expected


@pytest.mark.parametrize(("text", "expected"), rows(ANNEX))
def test_annex_member_lists(text: str, expected: set[str]) -> None:
    assert _members(text) == expected


FIELDS = [
    (  # a chapter article: chair and deputies by post, then bare department fields without 等
        # whose heads are the members, in a 由…为成员的X委员会 frame
        "fields without 等, 为成员的",
        "第三章 组织管理\n"
        "第八条 成立由县长为主任,分管副县长为副主任,发展和改革、财政、民政、卫生、扶贫、广播电视、"
        "部分乡镇负责人为成员的青川县新型农村合作医疗管理委员会(以下简称县合管委)。\n",
        {"发展和改革", "财政", "民政", "卫生", "扶贫", "广播电视", "部分乡镇"},
    ),
    (  # 任成员 / 主要负责同志 and a body named before the list
        "fields without 等, 任成员",
        "关于成立石桥县血吸虫病防治领导小组的通知\n"
        "成立石桥县血吸虫病防治领导小组,副县长任组长,水利、农业、卫生、教育主要负责同志任领导小组成员。\n",
        {"水利", "农业", "卫生", "教育"},
    ),
    (  # the units' heads of a vague collective: no unit is named
        "vague heads as members",
        "关于成立北城区数字经济发展领导小组的通知\n"
        "成立北城区数字经济发展领导小组,由区政府主要领导任组长,有关领导任副组长,区有关部门和单位负责人为成员。\n",
        set(),
    ),
    (  # a list of people and posts is no list of units
        "posts as members",
        "关于成立西坪镇防汛领导小组的通知\n"
        "成立西坪镇防汛领导小组,镇长任组长,各村民小组长、护林员、水管员负责人为成员。\n",
        set(),
    ),
    (  # township offices and schools: 中、小学校 is one unit; 等单位和各村（居）one more, with its bracket
        "township offices, 等单位和各村（居）",
        "东岭镇爱国卫生管理制度\n"
        "第一条 镇设立爱国卫生工作领导小组,由主要领导任组长,由分管卫生的领导为副组长,"
        "党政办、城建办、卫生院、中、小学校、派出所、食品站等单位和各村(居)负责人为成员的领导机构,下设镇爱卫办。\n",
        {"党政办", "城建办", "卫生院", "中、小学校", "派出所", "食品站", "各村"},
    ),
    (  # 大、中专院校: the same shape with another one-character half
        "大、中专院校",
        "关于成立南江市学生资助工作领导小组的通知\n"
        "领导小组由市教育局、市财政局、大、中专院校组成。\n",
        {"南江市教育局", "南江市财政局", "大、中专院校"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), rows(FIELDS))
def test_field_lists(text: str, expected: set[str]) -> None:
    assert _members(text) == expected


def test_heads_as_members_is_no_duty() -> None:
    """``A、B等单位负责人为成员的领导机构``: the units' heads sit in the body; no duty of theirs."""
    g = extract_text(FIELDS[4][1], "t.txt")
    assert not [d for _n, d in g.nodes(data=True) if d["type"] == "duty" and "为成员" in d["text"]]


PLAN_BODIES = [
    (  # a plan's numbered heading names the body, its posts on the next line; 成员：units whose
        # 有关负责人 sit in it (有关 qualifies the post), a bank and a corporation among them
        "plan heading, 有关负责人",
        "关于印发南岭省粮食应急预案的通知\n"
        "2 组织机构和职责\n"
        "2.1 南岭省粮食应急工作指挥部\n"
        "总指挥:省发展改革委主要负责人。\n"
        "成员:省公安厅、省财政厅、省农业发展银行、省储备粮管理公司有关负责人。\n"
        "2.1.1 指挥部职责\n"
        "(1)联系指挥部成员单位开展应急工作。\n",
        {"南岭省公安厅", "南岭省财政厅", "南岭省农业发展银行", "南岭省储备粮管理公司"},
    ),
    (  # the same with 相关负责同志 and a Chinese-numbered heading
        "plan heading, 相关负责同志",
        "关于印发白水市防汛应急预案的通知\n"
        "(一)白水市防汛抗旱指挥部\n"
        "指挥长:市政府分管副市长。\n"
        "成员:市水务局、市应急局、市气象局、市城投公司相关负责同志。\n",
        {"白水市水务局", "白水市应急局", "白水市气象局", "白水市城投公司"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), rows(PLAN_BODIES))
def test_plan_bodies(text: str, expected: set[str]) -> None:
    assert _members(text) == expected


def test_plan_heading_names_the_body() -> None:
    """The heading's body, not a verb phrase that mentions it later (联系指挥部成员单位)."""
    g = extract_text(PLAN_BODIES[0][1], "t.txt")
    assert [d["name"] for _n, d in g.nodes(data=True) if d["type"] == "mechanism"] == ["南岭省粮食应急工作指挥部"]


ROSTER_UNITS = [
    (  # the congress's working committee heads the post (a unit of its own); the court's and the
        # procuratorate's internal committees only name a membership title; 高级人民法院 and a
        # 检察院 without 人民 are bodies; the body renamed by 调整为“X制度” is the mechanism
        "congress committee, court, procuratorate",
        "关于健全东川省留守儿童关爱保护工作联席会议制度的通知\n"
        "原“省留守儿童工作联席会议制度”调整为“省留守儿童关爱保护工作联席会议制度”。\n"
        "一、联席会议组成人员\n"
        "召 集 人:方明远  省政府副秘书长\n"
        "成   员:许  文  省人大常委会社会建设工作委员会副主任\n"
        "              梁  慧  省高级人民法院审判委员会专职委员\n"
        "              钱  坤  省检察院检察委员会委员\n"
        "              罗  军  省政协社会法制委员会副主任\n"
        "              江  涛  省民政厅副厅长\n",
        {"东川省人大常委会社会建设工作委员会", "东川省高级人民法院", "东川省检察院",
         "东川省政协社会法制委员会", "东川省民政厅"},
    ),
    (  # national bodies named with 中国 / 全国 before a department name; 党组成员 is a title
        "national bodies",
        "国务院办公厅关于调整国家教材工作委员会组成人员的通知\n"
        "主  任:江  涛  国务院副总理\n"
        "委  员:米  兰  教育部副部长\n"
        "钟  山  中国科协党组成员、书记处书记\n"
        "白  云  全国妇联副主席\n",
        {"教育部", "中国科协", "全国妇联"},
    ),
    (  # the youth league's city committee sits as a department; the city's party committee leads
        "youth league committee",
        "关于建立南川市留守儿童工作联席会议制度的通知\n"
        "总召集人 方明远 市委副书记\n"
        "成   员 许  文 市教育局副局长\n"
        "梁  慧 团市委副书记\n"
        "钱  坤 市委组织部副部长\n",
        {"南川市教育局", "团市委", "南川市委组织部"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), rows(ROSTER_UNITS))
def test_roster_units(text: str, expected: set[str]) -> None:
    assert _members(text) == expected


def test_renamed_body_is_the_new_name() -> None:
    """``原“A制度”调整为“B制度”``: B is the body the notice is about, without the quote."""
    g = extract_text(ROSTER_UNITS[0][1], "t.txt")
    assert [d["name"] for _n, d in g.nodes(data=True) if d["type"] == "mechanism"] == ["省留守儿童关爱保护工作联席会议"]


def _groups(text: str) -> tuple[list[str], set[str], set[str]]:
    """(mechanisms, the groups part of one, bodies responsible for a duty) of a notice."""
    g = extract_text(text, "t.txt")
    mechs = [d["name"] for _n, d in g.nodes(data=True) if d["type"] == "mechanism"]
    parts = {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "part_of")}
    doers = {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "responsible_for") if g.nodes[u]["type"] == "organization"}
    return mechs, parts, doers


GROUPS = [
    (  # a plan's measures: the body as the subject of a sentence that sets up its own groups
        "设立 groups",
        "四、主要措施\n"
        "(一)加强领导。市包虫病防治领导小组要切实加强对各项工程的领导、协调工作,"
        "同时设立协调管理组、水利项目执行组、健康教育项目执行组。\n",
        ["市包虫病防治领导小组"], {"协调管理组", "水利项目执行组", "健康教育项目执行组"},
    ),
    (  # 应 / 下设 and a command body
        "下设 groups",
        "三、保障措施\n"
        "县森林防火指挥部应加强统筹,下设综合协调组、扑救组、后勤保障组,各组按分工开展工作。\n",
        ["县森林防火指挥部"], {"综合协调组", "扑救组", "后勤保障组"},
    ),
    (  # each village's group is a kind of body others set up: no mechanism
        "each village's group",
        "三、保障措施\n"
        "各村防火领导小组要加强巡查,设立巡查组、扑救组。\n",
        [], set(),
    ),
]


@pytest.mark.parametrize(("text", "mechs", "parts"), rows(GROUPS))
def test_groups_a_body_sets_up(text: str, mechs: list[str], parts: set[str]) -> None:
    found, groups, doers = _groups(text)
    assert (found, groups) == (mechs, parts)
    assert not set(mechs) & doers  # the mechanism itself is no department responsible for a duty


def _hosts(text: str) -> set[tuple[str, str]]:
    g = extract_text(text, "t.txt")
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, _d in edges_of(g, "hosted_by")}


OFFICE_HOSTS = [
    (  # 设在X内: where in the body, not part of its name
        "office inside a residents' committee",
        "关于设立社区公共卫生委员会的通知\n"
        "街道决定设立社区公共卫生委员会。社区公共卫生委员会办公室设在各社区居委会内。\n",
        {("社区公共卫生委员会办公室", "各社区居委会")},
    ),
    (  # a body no lexicon lists, followed by 内 and the office's task
        "office inside an unlisted body",
        "关于成立青山县违建整治领导小组的通知\n"
        "县政府决定成立青山县违建整治领导小组。领导小组办公室设在县城建监察大队内,负责日常工作。\n",
        {("青山县违建整治领导小组办公室", "青山县城建监察大队")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), rows(OFFICE_HOSTS))
def test_office_hosts(text: str, expected: set[tuple[str, str]]) -> None:
    assert _hosts(text) == expected


COPIED_NAMES = [
    (  # a copy's spaces inside the name and a line break before its suffix; 7 个\n专责组 and group
        # headings that run on into their roster after a space
        "spaced name, groups under headings",
        "xx 县流感联防联控工作领导小组及职责\n"
        "为加强组织领导,决定成立 xx 县流感联防联控工作\n"
        "领导小组,领导小组下设办公室和 3 个\n"
        "专责组。\n"
        "(一)办公室 主 任 县卫生健康局局长\n"
        "(二)交通检疫组 组 长 副组长 职 责全面开展旅客排查。\n"
        "(三)医疗救治组 组 长 副组长 职 责全力救治病人。\n"
        "(四)宣传组 组 长 副组长 职 责做好宣传。\n",
        ["xx县流感联防联控工作领导小组"], {"交通检疫组", "医疗救治组", "宣传组"},
    ),
    (  # 建立了X: the aspect particle is no part of the name
        "建立了",
        "关于加强布病联防联控工作的通知\n"
        "根据省里部署,我市建立了布鲁氏菌病防控协作机制。各成员单位要加强配合。\n",
        ["布鲁氏菌病防控协作机制"], set(),
    ),
]


@pytest.mark.parametrize(("text", "mechs", "parts"), rows(COPIED_NAMES))
def test_copied_names(text: str, mechs: list[str], parts: set[str]) -> None:
    found, groups, _doers = _groups(text)
    assert (found, groups) == (mechs, parts)


def test_cut_word_over_a_line_break_is_no_duty() -> None:
    """``…负责组织制定全县防\\n控`` at the end of a cut copy: the broken clause gives no duty."""
    text = COPIED_NAMES[0][1].replace("(四)宣传组 组 长 副组长 职 责做好宣传。\n",
                                      "(四)宣传组 组 长 副组长 职 责负责组织制定全县宣传方案并开展培\n训")
    g = extract_text(text, "t.txt")
    assert not [d for _n, d in g.nodes(data=True) if d["type"] == "duty" and "培" in d["text"]]


def _mechanisms(text: str) -> list[str]:
    g = extract_text(text, "t.txt")
    return [d["name"] for _n, d in g.nodes(data=True) if d["type"] == "mechanism"]


WHO_SETS_UP = [
    (  # every level's government sets up a body of a kind; the city's own is set up after it
        "each level sets up its own",
        "1.1 组织体系\n"
        "市、县区人民政府,管理区和开发区管委会设立突发事件应急指挥机构,负责本区域的应对工作。\n"
        "市人民政府设立青州市突发事件应急指挥部(以下简称市应急指挥部),分管副市长任指挥长。\n",
        ["青州市突发事件应急指挥部"],
    ),
    (  # two departments decide together to set up one body
        "two departments set up one body",
        "关于加强学校传染病防控工作的通知\n"
        "为加强统一领导,省卫生厅、省教育厅决定成立东川省学校传染病防控工作协调小组。\n",
        ["东川省学校传染病防控工作协调小组"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), rows(WHO_SETS_UP))
def test_who_sets_up(text: str, expected: list[str]) -> None:
    assert _mechanisms(text) == expected


@pytest.mark.parametrize(("text", "expected"), rows([
    ("each township's government, two ways", "各乡镇政府要成立相应管理组织。各乡镇人民政府要建立合作医疗管理办公室。\n",
     1),
    ("a county's government, two ways", "县政府要加强统筹协调。县人民政府要将经费纳入预算。\n", 1),
    ("the government and its office are two bodies", "县政府要加强统筹协调。县政府办要做好督查工作。\n", 2),
]))
def test_government_written_two_ways(text: str, expected: int) -> None:
    """``X政府`` and ``X人民政府`` name one body (not its office)."""
    g = extract_text(text, "t.txt")
    assert len([n for n, d in g.nodes(data=True) if d["type"] == "organization"]) == expected


@pytest.mark.parametrize("text", [
    "各乡镇人民政府建立合作医疗管理办公室,由乡(镇)政府主要领导具体负责。\n",
    "县城管局牵头,由街道办事处负责人具体负责。\n",
    "由县卫生局分管领导具体负责督查工作。\n",
])
def test_a_body_head_is_no_body(text: str) -> None:
    """``由X主要领导具体负责``: X's head does the work; no body is named ``X主要领导具体``."""
    g = extract_text(text, "t.txt")
    names = [d["name"] for _n, d in g.nodes(data=True) if d["type"] == "organization"]
    assert not [n for n in names if "领导" in n or "负责人" in n]


def test_staff_of_units_are_no_parts_of_the_office() -> None:
    """``办公室工作人员由A、B中心业务骨干组成``: units lend staff; only groups are a body's parts."""
    text = ("关于成立青山县抗震救灾指挥部的通知\n"
            "县政府决定成立青山县抗震救灾指挥部。指挥部办公室设在县应急管理局,承担日常工作。"
            "指挥部办公室日常工作人员由县应急管理局、地震监测中心业务骨干共同组成。\n")
    _mechs, parts, _doers = _groups(text)
    assert parts == set()


@pytest.mark.parametrize(("text", "word"), [
    ("主要由省级人民政府及其有关部门通过地方储备网络组织实施。\n", "通过"),
    ("由县人民政府及其相关部门按照属地原则组织落实。\n", "按照"),
])
def test_words_after_a_department_name_are_no_name(text: str, word: str) -> None:
    """``其有关部门通过地方…网络``: a clause after a department name is no part of a body's name."""
    g = extract_text(text, "t.txt")
    assert not [d["name"] for _n, d in g.nodes(data=True) if d["type"] == "organization" and word in d["name"]]


HEADS_IN_PROSE = [
    ("kinds-joined-heads-counted-and-ranked",  # 等28个县委、县政府部门和县直单位的31名副科级以上领导为成员;
     # a unit written with its officer's post (县卫健局副局长) is the unit
     "关于成立青溪县民族团结工作领导小组的通知\n以县委分管领导为组长，县政府分管领导为副组长，县委统战部、县公安局、"
     "县卫健局副局长、县交通局等28个县委、县政府部门和县直单位的31名副科级以上领导为成员，领导小组下设办公室。\n",
     {"青溪县委统战部", "青溪县公安局", "青溪县卫健局", "青溪县交通局"}),
    ("chinese-count-and-rank-ascii-commas",  # 等十二个部门和单位的二十名处级以上领导为领导小组成员
     "关于成立南坪市河湖治理领导小组的通知\n由分管副市长任组长,市水利局局长任副组长,市生态环境局、市自然资源局、"
     "市农业农村局等十二个部门和单位的二十名处级以上领导为领导小组成员。\n",
     {"南坪市生态环境局", "南坪市自然资源局", "南坪市农业农村局"}),
    ("traditional-characters",
     "關於成立青溪縣民族團結工作領導小組的通知\n以縣委分管領導為組長，縣公安局、縣財政局、縣交通局等12個部門的領導為成員。\n",
     {"青溪县公安局", "青溪县财政局", "青溪县交通局"}),
    ("heads-then-a-collective-by-its-head",  # …等单位负责人及各村委会主任为成员的X: the collective one unit more
     "石岭镇人民政府调整由镇长为组长，镇农技站、卫生院、派出所、中心学校等单位负责人及各村委会主任为成员的"
     "石岭镇防汛工作领导小组，办公室设在镇农技站。\n",
     {"镇农技站", "卫生院", "派出所", "中心学校", "各村委会"}),
    ("a-committee's-members-either-head",  # 组委会: …主要领导或分管领导及各代表团团长任委员 (代表团: no body)
     "为办好红石区第五届运动会，区政府成立红石区第五届运动会组委会，由区主要领导任名誉主任；分管副区长任主任；"
     "区教育局、公安分局、卫健委、财政局等相关部门主要领导或分管领导及各代表团团长任委员。\n",
     {"红石区教育局", "红石区公安分局", "红石区卫健委", "红石区财政局"}),
    ("near-miss-a-collective-sets-up-its-own-group",  # 各村委会成立由…为成员的村级防控小组: another body's members
     "关于成立石岭镇疫病防控领导小组的通知\n成立石岭镇疫病防控领导小组。各村委会成立由村支书、村主任、乡村医生"
     "及村民代表为成员的村级防控小组。\n",
     set()),
    ("near-miss-people-of-no-body",  # 各代表团团长任委员: no unit
     "关于成立红石区运动会组委会的通知\n区政府成立红石区运动会组委会。各代表团团长任委员。\n",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), rows(HEADS_IN_PROSE))
def test_units_whose_heads_are_members_in_prose(text: str, expected: set[str]) -> None:
    assert _members(text) == expected


def test_units_whose_heads_are_members_have_no_duty() -> None:
    """The composition clause (``A、B等单位负责人及各村委会主任为成员的X``) is no duty of its units;
    a collective that sets up a body of its own (``各村委会成立由…为成员的Y``) has one."""
    for label, text, _units in HEADS_IN_PROSE:
        g = extract_text(text, "t.txt")
        duties = [d["text"] for _n, d in g.nodes(data=True) if d["type"] == "duty"]
        if label.startswith("near-miss-a-collective"):
            assert any(t.startswith("各村委会成立") for t in duties)
        else:
            assert not [t for t in duties if "为成员" in t or "任委员" in t], label


UNITS_BEFORE_THE_LABEL = [
    ("body-includes-counted-members",  # X委员会包括A、B、C等25个成员单位 (the subject names the body)
     "关于调整南江省食品安全委员会的通知\n调整后的南江省食品安全委员会包括省农业厅、省卫生厅、省商务厅、"
     "省教育厅等25个成员单位，各成员单位根据职能分工负责。\n",
     {"南江省农业厅", "南江省卫生厅", "南江省商务厅", "南江省教育厅"}),
    ("body-has-members-ascii-comma",  # 共有A、B等18个成员单位
     "关于成立桐江县防汛抗旱指挥部的通知\n县防汛抗旱指挥部共有县水利局、县应急管理局、县气象局等18个成员单位,统一调度。\n",
     {"桐江县水利局", "桐江县应急管理局", "桐江县气象局"}),
    ("chinese-count-member-departments",  # 现有A、B等十八个成员部门
     "关于成立桐江县防汛抗旱指挥部的通知\n县防汛抗旱指挥部现有县水利局、县应急管理局、县气象局等十八个成员部门。\n",
     {"桐江县水利局", "桐江县应急管理局", "桐江县气象局"}),
    ("near-miss-subject-is-no-body",  # the subject names neither the body nor its members
     "关于成立桐江县防汛抗旱指挥部的通知\n成立桐江县防汛抗旱指挥部。全县现有县水利局、县气象局等18个成员单位。\n",
     set()),
    ("units-added-at-a-numbered-point",  # 。一是增补A、B、C为X成员单位: the point's number is no part of a unit
     "青禾市召开2017年安全生产联席会议\n会议主要有三项议程。一是增补市交通委、市农业局、市医保局为联席会议成员单位,"
     "并审议修订《联席会议制度》。\n",
     {"青禾市交通委", "青禾市农业局", "青禾市医保局"}),
    ("units-at-a-numbered-point-without-a-verb",
     "关于调整桐江县防治艾滋病工作联席会议成员单位的通知\n一是县卫健局、县医保局为联席会议成员单位。\n",
     {"桐江县卫健局", "桐江县医保局"}),
    ("near-miss-a-point-then-a-task",  # 一是加强宣传，X为成员单位: no list after the point's number
     "关于调整桐江县防治艾滋病工作联席会议成员单位的通知\n一是加强宣传，县卫健局为成员单位。\n",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), rows(UNITS_BEFORE_THE_LABEL))
def test_units_before_the_members_label(text: str, expected: set[str]) -> None:
    assert _members(text) == expected


FILE_NAME_TITLES = [
    (  # a sharing site's copy: the title line is the file's name (制度方案 + .doc), its header lines
        # after it, and the text opening with the body's name run on into a sentence
        "制度方案.doc",
        "区老年体育工作联席会议制度方案.doc\n\nID:1234\n\n"
        "XX区老年体育工作联席会议制度方案为推动全区老年体育事业发展,现制定如下。"
        "一、组成人员召集人:XX区政府副区长成员单位:区委宣传部、区教育局、区民政局、团区委。",
        {"区委宣传部", "区教育局", "区民政局", "团区委"},
    ),
    (  # .docx, the file name written twice run on (the copy joined two lines); 工作制度
        "工作制度.docx run on",
        "白河县防汛工作联席会议工作制度.docx白河县防汛工作联席会议工作制度.docx\n"
        "一、成员单位\n成员单位：县水利局、县应急局、县气象局。\n",
        {"白河县水利局", "白河县应急局", "白河县气象局"},
    ),
    (  # a space before the file ending, full-width colon, the rules of a joint meeting on one line
        "议事规则 .pdf",
        "区食品安全工作联席会议议事规则 .pdf 一、成员单位：区市场监管局、区农业农村局、区卫健局。\n",
        {"区市场监管局", "区农业农村局", "区卫健局"},
    ),
    (  # near miss: the file names a notice calling a meeting, no body's charter: its attendees are no members
        "a meeting notice's file name",
        "区卫健局关于召开联席会议的通知.doc\n"
        "参会单位：区委宣传部、区教育局。\n",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), rows(FILE_NAME_TITLES))
def test_file_name_titles(text: str, expected: set[str]) -> None:
    assert _members(text) == expected
