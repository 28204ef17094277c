"""Duty divisions as real notices lay them out, each in a short notice written for this test
(invented places and units): the unit's name and its duties on one line parted by spaces
(a table cell pasted as text), units no lexicon lists recognized by their form, classes of
departments that name their own level (县级…部门)."""

from __future__ import annotations

import pytest
from tables import duty_roles, rows

from extractor.pipeline import extract_text

TITLE = "青山市畜牧局关于做好布病防控工作的通知\n三、职责分工\n"

# (id, text, {duty: {(body, role)}})
SPACED_HEADS = [
    ("abbreviated-unit-one-space",
     TITLE + "  市畜牧委 组织实施全市布病防控工作。制定全市布病监测计划。指导各县开展应急处置。\n",
     {"组织实施全市布病防控工作": {("青山市畜牧委", None)},
      "制定全市布病监测计划": {("青山市畜牧委", None)},
      "指导各县开展应急处置": {("青山市畜牧委", None)}}),
    ("station-two-spaces-semicolons",
     TITLE + "  市动物疫病检测总站  负责全市布病检测工作；组织开展技术培训；承担疫情分析报告。\n",
     {"负责全市布病检测工作": {("青山市动物疫病检测总站", None)},
      "组织开展技术培训": {("青山市动物疫病检测总站", None)},
      "承担疫情分析报告": {("青山市动物疫病检测总站", None)}}),
    ("level-class-of-departments-keeps-its-name",
     TITLE + "  县级畜牧兽医部门 组织实施本县布病防控工作。负责落实本级防控经费。确保免疫质量。\n",
     {"组织实施本县布病防控工作": {("县级畜牧兽医部门", None)},
      "负责落实本级防控经费": {("县级畜牧兽医部门", None)},
      "确保免疫质量": {("县级畜牧兽医部门", None)}}),
    ("class-of-institutions-full-width-space",
     TITLE + "  乡镇畜牧兽医机构\u3000负责辖区内布病免疫接种，做好免疫登记。依法处置病畜。\n",
     {"负责辖区内布病免疫接种，做好免疫登记": {("乡镇畜牧兽医机构", None)},
      "依法处置病畜": {("乡镇畜牧兽医机构", None)}}),
    ("several-units-one-after-another",
     TITLE + "  市畜牧委 组织实施全市布病防控工作。负责与卫生部门的协调。\n"
     "  市动物疫病检测总站 负责全市布病检测工作。\n"
     "  县级畜牧兽医部门 组织实施本县布病防控工作。\n",
     {"组织实施全市布病防控工作": {("青山市畜牧委", None)},
      "负责与卫生部门的协调": {("青山市畜牧委", None)},
      "负责全市布病检测工作": {("青山市动物疫病检测总站", None)},
      "组织实施本县布病防控工作": {("县级畜牧兽医部门", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(SPACED_HEADS))
def test_unit_and_duties_parted_by_spaces(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    assert duties == expected


# (id, text): lines that only look like ``unit  duties``
NOT_SPACED_HEADS = [
    ("roster-line", TITLE + "  王大明 市畜牧委主任，负责全面工作。\n"),
    ("unlisted-unit-reporting-past-work",
     TITLE + "  城南供水站 今年以来完成管网改造，新建水塔两座。\n"),
    ("unit-and-a-date", TITLE + "  市动物疫病检测总站 2010年3月5日\n"),
    ("verb-phrase-ending-like-a-unit",
     TITLE + "  组织协调站 负责全市布病检测工作。组织开展技术培训。\n"),
]


@pytest.mark.parametrize("text", rows(NOT_SPACED_HEADS))
def test_lines_that_only_look_like_a_spaced_head(text: str) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    assert not any(o.endswith(("站", "主任")) for bodies in duties.values() for o, _r in bodies), duties


PLAN = "白河市血吸虫病防治项目实施方案\n四、职责分工\n"

# (id, text, {duty: {(body, role)}}): a numbered division whose head names a kind of body
# (政府职责, 卫生部门职责, 公安、司法部门) and whose paragraphs name the bodies themselves
KIND_HEADS = [
    ("government-duties-name-the-governments",
     PLAN + "1、政府职责：各乡镇人民政府负责本辖区项目的组织领导。要建立工作责任制，加强督促检查。\n",
     {"各乡镇人民政府负责本辖区项目的组织领导": {("各乡镇人民政府", None)},
      "要建立工作责任制，加强督促检查": {("各乡镇人民政府", None)}}),
    ("department-duties-name-every-level",
     PLAN + "（二）教育部门职责：各级教育行政部门具体负责学校的防治宣传。组织开展学生查病。\n",
     {"各级教育行政部门具体负责学校的防治宣传": {("各级教育行政部门", None)},
      "组织开展学生查病": {("各级教育行政部门", None)}}),
    ("department-head-plain-duties",
     PLAN + "2、水利部门职责：结合水利工程建设开展灭螺。做好工程区的环境改造。\n",
     {"结合水利工程建设开展灭螺": {("白河市水利部门", None)},
      "做好工程区的环境改造": {("白河市水利部门", None)}}),
    ("two-kinds-share-one-department",
     PLAN + "3、公安、司法部门：提供项目所需的基础材料。派员协助卫生部门完成现场调查。\n",
     {"提供项目所需的基础材料": {("白河市公安部门", None), ("白河市司法部门", None)},
      "派员协助卫生部门完成现场调查": {("白河市公安部门", None), ("白河市司法部门", None)}}),
    ("two-kinds-share-one-administrative-department",
     PLAN + "3、民政、财政行政部门职责：负责困难病人的医疗救助。落实项目配套经费。\n",
     {"负责困难病人的医疗救助": {("白河市民政部门", None), ("白河市财政部门", None)},
      "落实项目配套经费": {("白河市民政部门", None), ("白河市财政部门", None)}}),
    ("paragraphs-below-name-the-next-bodies",
     PLAN + "2、卫生部门职责：各级卫生行政部门负责项目的组织实施。制定年度工作计划。\n"
     "各级疾病预防控制中心（血防站）按照方案要求负责查病治病。负责技术培训和督导。按时上报疫情信息。\n"
     "各级卫生监督机构依法对医疗机构的防治工作进行监督。配合疾控中心完成现场调查。\n",
     {"各级卫生行政部门负责项目的组织实施": {("各级卫生行政部门", None)},
      "制定年度工作计划": {("各级卫生行政部门", None)},
      "各级疾病预防控制中心（血防站）按照方案要求负责查病治病": {("各级疾病预防控制中心", None)},
      "负责技术培训和督导": {("各级疾病预防控制中心", None)},
      "按时上报疫情信息": {("各级疾病预防控制中心", None)},
      "各级卫生监督机构依法对医疗机构的防治工作进行监督": {("各级卫生监督机构", None)},
      "配合疾控中心完成现场调查": {("各级卫生监督机构", "support")}}),
    # a first-level heading naming a department by its kind before 管理部门, two paragraphs of
    # its duties below (the second opens with no subject), up to the next department's heading
    ("first-level-heads-with-paragraphs-below",
     "三、工商管理部门\n贯彻落实相关法律法规，制定优惠政策措施。做好查验证明工作。\n"
     "落实个体业主的管理责任制。配合计生部门做好药具市场的监督管理。\n"
     "四、卫生部门\n组织各级医疗机构实施健康促进计划。\n",
     {"贯彻落实相关法律法规，制定优惠政策措施": {("工商部门", None)},
      "做好查验证明工作": {("工商部门", None)},
      "落实个体业主的管理责任制": {("工商部门", None)},
      "配合计生部门做好药具市场的监督管理": {("工商部门", "support")},
      "组织各级医疗机构实施健康促进计划": {("卫生部门", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(KIND_HEADS))
def test_heads_naming_a_kind_of_body(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    assert duties == expected


def test_a_heading_ends_the_division_paragraphs() -> None:
    text = (PLAN + "2、卫生部门职责：各级卫生行政部门负责项目的组织实施。\n五、工作要求\n"
            "各级卫生监督机构要加强监督检查。按时上报信息。\n")
    duties = duty_roles(extract_text(text, "t.txt"))
    assert "按时上报信息" not in duties and "各级卫生监督机构要加强监督检查" in duties, duties


DUTIES = "红石市狂犬病防控方案\n三、工作职责\n"

# (id, text, {duty: {(body, role)}}): a head naming a body at every level a prefix of level
# words names, with a bracketed level or its counterpart in town (two bodies)
LEVEL_HEADS = [
    ("bracketed-level",
     DUTIES + "（一）区县（市）人民政府：成立防控工作领导小组，协调相关部门抓好犬只管理。\n",
     {"成立防控工作领导小组，协调相关部门抓好犬只管理": {("区县（市）人民政府", None)}}),
    ("counterpart-in-brackets",
     DUTIES + "（二）乡镇人民政府（街道办事处）：按照本方案要求，摸清犬只底数。\n",
     {"按照本方案要求，摸清犬只底数": {("乡镇人民政府", None), ("街道办事处", None)}}),
    ("levels-before-a-listed-name",
     DUTIES + "（三）县市区疾病预防控制中心：开展暴露人群处置；做好疫情报告。\n",
     {"开展暴露人群处置": {("县市区疾病预防控制中心", None)},
      "做好疫情报告": {("县市区疾病预防控制中心", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(LEVEL_HEADS))
def test_heads_naming_bodies_at_several_levels(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    assert duties == expected


@pytest.mark.parametrize("head", ["组织机构", "市场监管", "县区工作", "城乡（村）环境"])
def test_labels_ending_like_a_body_head_nothing(head: str) -> None:
    duties = duty_roles(extract_text(DUTIES + f"（一）{head}：成立防控工作领导小组，协调相关部门抓好犬只管理。\n", "t.txt"))
    assert not any(o.startswith(head[:2]) for bodies in duties.values() for o, _r in bodies), duties


# (id, text, {duty: {(body, role)}}): a numbered list whose items open with their doers,
# one paragraph each: an item is one duty (its sentences stay together) of every body its
# sentences open with; an item whose later sentences open with two or more subjects is free text
SUBJECT_ITEMS = [
    ("bracketed-numbers-continued-sentence",
     "青山县病媒生物防制工作方案\n四、职责分工\n"
     "（七）县住建局负责建筑工地的病媒生物防制工作。\n（八）县水务局负责各类水体的病媒生物防制工作。\n"
     "（九）县林业局负责局属绿地的病媒生物防制工作。同时做好各乡镇绿地的督查工作。\n",
     {"县住建局负责建筑工地的病媒生物防制工作": {("青山县住建局", None)},
      "县水务局负责各类水体的病媒生物防制工作": {("青山县水务局", None)},
      "县林业局负责局属绿地的病媒生物防制工作。同时做好各乡镇绿地的督查工作": {("青山县林业局", None)}}),
    ("chinese-numbers-second-subject",
     "青山县关于加强狂犬病防控工作的紧急通知\n"
     "一、县农业农村局做好犬只登记工作，摸清全县犬只数量。有关部门要积极开展犬只免疫，对未免疫犬只要强制处置。\n"
     "二、县市场监管、公安等部门要严格监管，严禁犬只外卖。\n三、县财政局和各乡镇要确保防控经费到位。\n"
     "四、县政府将对各乡镇防控情况进行督查。\n",
     {"县农业农村局做好犬只登记工作，摸清全县犬只数量。有关部门要积极开展犬只免疫，对未免疫犬只要强制处置":
          {("青山县农业农村局", None), ("有关部门", None)},
      "县市场监管、公安等部门要严格监管，严禁犬只外卖": {("青山县市场监管部门", None), ("青山县公安部门", None)},
      "县财政局和各乡镇要确保防控经费到位": {("青山县财政局", None), ("各乡镇", None)},
      "县政府将对各乡镇防控情况进行督查": {("青山县政府", None)}}),
    # an item whose later sentences open with two or more subjects of their own is a paragraph of
    # free text: each sentence a duty of its own subject
    ("item-of-several-subject-sentences-is-free-text",
     "白河市人民政府办公室关于做好防暑降温工作的通知\n"
     "一、市应急局要加强值班，及时处置突发情况。\n"
     "二、各区要落实高温预案。供电、供水等部门要强化迎峰措施。市农业局要指导蔬菜生产。市商务局要搞好市场供应。\n"
     "三、市卫健委要做好中暑病人救治。\n",
     {"市应急局要加强值班，及时处置突发情况": {("白河市应急局", None)},
      "各区要落实高温预案": {("各区", None)},
      "供电、供水等部门要强化迎峰措施": {("白河市供电部门", None), ("白河市供水部门", None)},
      "市农业局要指导蔬菜生产": {("白河市农业局", None)},
      "市商务局要搞好市场供应": {("白河市商务局", None)},
      "市卫健委要做好中暑病人救治": {("白河市卫健委", None)}}),
    ("digit-numbers-lead-and-support",
     "白河市手足口病防控工作安排\n"
     "1.市卫生局牵头做好病例救治。市疾控中心负责疫情监测。\n2.市教育局要做好托幼机构晨检。\n"
     "3.市市场监管局配合做好食品安全检查。\n",
     {"市卫生局牵头做好病例救治。市疾控中心负责疫情监测": {("白河市卫生局", "lead"), ("白河市疾控中心", None)},
      "市教育局要做好托幼机构晨检": {("白河市教育局", None)},
      "市市场监管局配合做好食品安全检查": {("白河市市场监管局", "support")}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(SUBJECT_ITEMS))
def test_numbered_items_opening_with_their_doers(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    assert duties == expected


def test_two_numbered_items_are_no_list_of_tasks() -> None:
    text = ("青山县病媒生物防制工作方案\n（一）县林业局负责局属绿地的病媒生物防制工作。同时做好各乡镇绿地的督查工作。\n"
            "（二）县水务局负责各类水体的病媒生物防制工作。\n")
    duties = duty_roles(extract_text(text, "t.txt"))
    assert "县林业局负责局属绿地的病媒生物防制工作" in duties
    assert not any(t.endswith("督查工作") and t.startswith("县林业局") for t in duties)


def test_items_numbered_differently_are_no_one_list() -> None:
    text = ("青山县病媒生物防制工作方案\n（一）县林业局负责局属绿地的病媒生物防制工作。同时做好各乡镇绿地的督查工作。\n"
            "2.县水务局负责各类水体的病媒生物防制工作。\n三、县住建局负责建筑工地的病媒生物防制工作。\n")
    duties = duty_roles(extract_text(text, "t.txt"))
    assert "县林业局负责局属绿地的病媒生物防制工作" in duties


# (id, text, {duty: {(body, role)}}): a note in brackets beside a unit's duties is none of them
ASIDES = [
    ("group-roster-in-brackets",
     "石桥乡疫情防控工作方案\n二、工作分组\n（一）综合协调组。负责统筹协调各组工作。负责工作例会的组织。"
     "（组长：王小川，成员：全体班子成员、各村支部书记）\n",
     {"负责统筹协调各组工作": {("综合协调组", None)}, "负责工作例会的组织": {("综合协调组", None)}}),
    ("list-attached-note",
     "青山县布病防控方案\n三、职责分工\n县卫健局：负责病人诊断治疗；做好疫情报告；（具体名单附后）\n",
     {"负责病人诊断治疗": {("青山县卫健局", None)}, "做好疫情报告": {("青山县卫健局", None)}}),
    ("bracket-inside-a-duty-stays",
     "青山县布病防控方案\n三、职责分工\n县卫健局：（会同县财政局）落实防治经费；负责病人诊断治疗。\n",
     {"（会同县财政局）落实防治经费": {("青山县卫健局", None)}, "负责病人诊断治疗": {("青山县卫健局", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(ASIDES))
def test_notes_in_brackets_are_no_duties(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    assert duties == expected


# (id, text, {duty: {(body, role)}}): a mechanism's groups, each named alone on a numbered
# line, its members on lines of their own, then its duties; a clause saying where a body
# sits or who heads it is no duty
GROUPS = [
    ("members-between-the-group-and-its-duties",
     "关于成立红石市手足口病防控领导组的通知\n领导组下设办公室和2个工作组。\n（一）办公室\n"
     "设在市卫生局，主任由市卫生局副局长王明担任。负责领导组日常工作。\n（二）综合协调组\n组长：李青 （市政府副秘书长）\n"
     "赵红 （市卫生局副局长）\n负责组织实施防控工作；及时汇总报告疫情信息。\n",
     {"负责领导组日常工作": {("红石市手足口病防控领导组办公室", None)},  # the office the body set up (下设办公室)
      "负责组织实施防控工作": {("综合协调组", None)}, "及时汇总报告疫情信息": {("综合协调组", None)}}),
    ("group-paragraph-naming-the-units",
     "关于成立红石市手足口病防控领导组的通知\n（三）防控救治组\n组长：李青 （市政府副秘书长）\n"
     "市卫生局负责病例救治和疫情监测。\n",
     {"市卫生局负责病例救治和疫情监测": {("红石市卫生局", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(GROUPS))
def test_groups_with_members_then_duties(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    assert duties == expected


# (id, text, {duty: {(body, role)}}): a plan's working groups, each named with the unit that leads
# it (由A牵头) and the units that take part (B、C等参加), then its duties after 主要职责：: the
# group's, its lead's (lead) and the units' that take part (support: units named beside a lead),
# and the sentence naming them is no duty. Run on in one line (a page flattened) or a line each.
_LED = (" 一、火场扑救组。由县林业局牵头，县公安局、县交通运输局等参加。{br}主要职责：组织扑救力量赶赴火场；开设防火隔离带。"
        "{br}二、后勤保障组。由县发展改革局牵头，县商务局、县民政局等参加。{br}主要职责：调运扑火物资；安置转移群众。\n")
_FIRE = {("火场扑救组", None), ("青河县林业局", "lead"), ("青河县公安局", "support"), ("青河县交通运输局", "support")}
_SUPPLY = {("后勤保障组", None), ("青河县发展改革局", "lead"), ("青河县商务局", "support"), ("青河县民政局", "support")}
_LED_DUTIES = {"组织扑救力量赶赴火场": _FIRE, "开设防火隔离带": _FIRE, "调运扑火物资": _SUPPLY, "安置转移群众": _SUPPLY}
LED_GROUPS = [
    ("led-groups-run-on", "关于印发青河县森林火灾应急预案的通知\n附件 青河县森林防火指挥部工作组职责 青河县森林防火指挥部设立相应工作组，"
     "各工作组组成及职责如下：" + _LED.format(br=" "), _LED_DUTIES),
    ("led-groups-a-line-each", "关于印发青河县森林火灾应急预案的通知\n青河县森林防火指挥部设立相应工作组，各工作组组成及职责如下：\n"
     + _LED.format(br="\n").lstrip(), _LED_DUTIES),
]


@pytest.mark.parametrize(("text", "expected"), rows(LED_GROUPS))
def test_groups_led_by_a_unit(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    assert duties == expected


# (id, text, {duty: {(body, role)}}): beside other units' paragraphs, a head of a body's form
# no lexicon lists heads its paragraph however its duties open (根据…, 结合…)
SIBLINGS = [
    ("opens-with-according-to",
     "青阳省血吸虫病监测工作职责\n省防疫总站：根据全省防治规划，负责制定监测工作计划。\n"
     "省教育厅：负责开展学校血防知识宣传。\n",
     {"根据全省防治规划，负责制定监测工作计划": {("青阳省防疫总站", None)},
      "负责开展学校血防知识宣传": {("青阳省教育厅", None)}}),
    ("opens-with-combining",
     "青阳省血吸虫病监测工作职责\n省教育厅：负责开展学校血防知识宣传。\n"
     "省农垦总局：结合农场生产开展钉螺孳生地整治；做好农场职工查病。\n",
     {"负责开展学校血防知识宣传": {("青阳省教育厅", None)},
      "结合农场生产开展钉螺孳生地整治": {("青阳省农垦总局", None)},
      "做好农场职工查病": {("青阳省农垦总局", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(SIBLINGS))
def test_heads_beside_other_units(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    assert duties == expected


def test_a_label_beside_a_unit_heads_nothing() -> None:
    text = ("青阳省血吸虫病监测工作职责\n省教育厅：负责开展学校血防知识宣传。\n"
            "工作目标：根据全省规划，实现传播阻断。\n联系电话：根据需要，随时联系。\n")
    duties = duty_roles(extract_text(text, "t.txt"))
    assert set(duties) == {"负责开展学校血防知识宣传"}, duties


def test_assignments_inside_another_bodys_sentence() -> None:
    """``X要…，在…下，按照…原则，乡村Y由A部门牵头，城区Y由B牵头``: each 由-clause is a duty of its
    lead, and X's duty ends before the adverbials that lead into them; ``所在地`` qualifies the
    body, it is no part of its name."""
    text = ("青山县集中灭犬行动方案\n二、明确责任\n各级政府要制定灭犬行动方案，在政府的统一领导下，按照属地管理的原则，"
            "除县城外，乡村灭犬由畜牧管理部门牵头，城区灭犬由所在地街道办事处牵头。"
            "县卫健局要加强病例救治，根据疫情形势，疫苗接种由县疾控中心负责。\n")
    assert duty_roles(extract_text(text, "t.txt")) == {
        "各级政府要制定灭犬行动方案": {("各级政府", None)},
        "乡村灭犬由畜牧管理部门牵头": {("畜牧管理部门", "lead")},
        "城区灭犬由所在地街道办事处牵头": {("街道办事处", "lead")},
        "县卫健局要加强病例救治": {("青山县卫健局", None)},
        "疫苗接种由县疾控中心负责": {("青山县疾控中心", None)},
    }


def test_a_sentence_opening_with_the_assignment_is_one_duty() -> None:
    text = "青山县集中灭犬行动方案\n由县畜牧局牵头，县公安局配合，组织开展犬只捕杀，做好无害化处理。\n"
    assert duty_roles(extract_text(text, "t.txt")) == {
        "由县畜牧局牵头，县公安局配合，组织开展犬只捕杀，做好无害化处理": {("青山县畜牧局", "lead"), ("青山县公安局", "support")},
    }


@pytest.mark.parametrize(("text", "duty", "body"), [
    ("青山市狂犬病防控紧急通知\n各镇（街、场，下同）要按照通告要求，迅速开展行动。\n",
     "各镇（街、场，下同）要按照通告要求，迅速开展行动", "各镇"),
    ("青山市狂犬病防控紧急通知\n各乡（含林场，以下同）要落实犬只登记。\n", "各乡（含林场，以下同）要落实犬只登记", "各乡"),
    ("青山市狂犬病防控紧急通知\n市宣传部门要开展狂犬病防控知识宣传。\n", "市宣传部门要开展狂犬病防控知识宣传", "青山市宣传部门"),
])
def test_subjects_with_a_note_or_a_department_type(text: str, duty: str, body: str) -> None:
    """``各镇（街、场，下同）要…``: the note says what the name covers; ``市宣传部门`` is a type of
    department (not the 宣传部 followed by 门)."""
    assert duty_roles(extract_text(text, "t.txt")).get(duty) == {(body, None)}


# (id, text, {duty: {(body, role)}}): a web page's table of units and their duties, copied one
# cell a block (the unit alone, a blank line, its duties): a short cell with no comma that
# opens with a duty verb is the unit's duty; a label line (牵头领导：…) is none
CELL_BLOCKS = [
    ("short-duty-cells-under-units-alone",
     "与相关部门的职责边界\n\n相关部门\n\n职责分工\n\n市卫生局\n\n负责制定突发疫情的处置方案\n\n"
     "市公安局\n\n协助卫生部门落实强制隔离措施，依法处置有关突发事件\n\n"
     "市粮油储备管理局\n\n做好应急粮油的储备和调运\n",
     {"负责制定突发疫情的处置方案": {("市卫生局", None)},
      "协助卫生部门落实强制隔离措施，依法处置有关突发事件": {("市公安局", "support")},
      "做好应急粮油的储备和调运": {("市粮油储备管理局", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(CELL_BLOCKS))
def test_units_and_duties_one_cell_a_block(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


def test_numbered_unit_lines_with_a_full_stop_head_the_paragraph_below() -> None:
    """``（1）市水利局。`` alone on its line (a numbered unit closed by a full stop), its duty
    paragraph ``负责…`` on the next line: one duty of that unit per unit; a numbered line that
    names no body heads nothing."""
    text = ("白河市防汛指挥部成员单位职责\n2.2成员单位职责。\n"
            "（1）市水利局。\n负责全市防汛工作的组织协调和水情监测预报工作。\n"
            "（2）市公安局。\n负责汛期灾区的治安管理和交通疏导工作。\n"
            "（3）市民政局。\n负责受灾群众的转移安置和生活救助工作。\n")
    duties = duty_roles(extract_text(text, "t.txt"))
    assert duties == {
        "负责全市防汛工作的组织协调和水情监测预报工作": {("白河市水利局", None)},
        "负责汛期灾区的治安管理和交通疏导工作": {("白河市公安局", None)},
        "负责受灾群众的转移安置和生活救助工作": {("白河市民政局", None)},
    }, duties


# (id, text, {duty: {(body, role)}}): a table of units and their duties copied from a web page one
# cell a line, each cell closed by a bar (``市教育局 |``); the duties' cell numbers them run on in
# one line (``1.负责A。 2.负责B。``, one duty per number) or parts them by semicolons
BARRED_CELLS = [
    ("numbered-duties-run-on-in-one-cell",
     "青山市食品安全部门职责清单\n序号 |\n部门 |\n职责清单 |\n1 |\n市委宣传部 |\n"
     "1.负责指导食品安全宣传教育工作,协调各新闻单位开展新闻宣传。 2.负责协调有关部门开展舆论引导工作。 |\n"
     "2 |\n市教育局 |\n1.负责组织各级各类学校开展食品安全科普教育。 2.会同有关部门制定学校食品安全管理规范。 "
     "3.负责督促检查各级各类学校的食品安全管理工作。 |\n",
     {"负责指导食品安全宣传教育工作，协调各新闻单位开展新闻宣传": {("青山市委宣传部", None)},
      "负责协调有关部门开展舆论引导工作": {("青山市委宣传部", None)},
      "负责组织各级各类学校开展食品安全科普教育": {("青山市教育局", None)},
      "会同有关部门制定学校食品安全管理规范": {("青山市教育局", None)},
      "负责督促检查各级各类学校的食品安全管理工作": {("青山市教育局", None)}}),
    ("semicolon-duties-beside-a-basis-column",
     "青山市药品安全职责边界清单\n序号 |\n管理事项 |\n相关部门 |\n职责分工 |\n相关依据 |\n1 |\n药品安全监管。 |\n"
     "市药监局 |\n负责药品零售环节的监督管理;会同市卫生局建立药品不良反应通报机制。 |\n《药品管理法》。 |\n|\n"
     "市卫生局 |\n负责医疗机构药品使用环节的监督管理;配合市药监局开展不良反应监测。 |\n《医疗机构管理条例》。 |\n",
     {"负责药品零售环节的监督管理": {("青山市药监局", None)},
      "会同市卫生局建立药品不良反应通报机制": {("青山市药监局", None)},
      "负责医疗机构药品使用环节的监督管理": {("青山市卫生局", None)},
      "配合市药监局开展不良反应监测": {("青山市卫生局", "support")}}),
    ("numbered-duties-in-one-cell-without-bars",
     "青山市食品安全部门职责清单\n序号\n部门\n主要职责\n1\n市教育局\n"
     "1.负责组织各级各类学校开展食品安全科普教育。 2.会同有关部门制定学校食品安全管理规范。\n",
     {"负责组织各级各类学校开展食品安全科普教育": {("青山市教育局", None)},
      "会同有关部门制定学校食品安全管理规范": {("青山市教育局", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(BARRED_CELLS))
def test_units_and_duties_one_barred_cell_a_line(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


def test_a_safety_supervision_department_heads_its_paragraph() -> None:
    """``（三）安全监管部门`` (the old name of the emergency-management department, written by its
    field) alone on its line among other departments heads the duty paragraph below it, one
    duty per ；."""
    text = ("青山市治理车辆超载工作方案\n三、部门职责\n（一）公安部门\n1.加强车辆登记管理，禁止非法车辆登记使用；\n"
            "2.组织交警开展路面执法，依法查处超载违法行为。\n（二）质监部门\n对治超工作所需的检测设备依法实施计量检定；"
            "定期公布充装站单位名单。\n（三）安全监管部门\n加强危险化学品充装单位的安全监管，严禁超载、混装；"
            "选择公路沿线的化工企业作为卸载基地。\n（四）宣传部门\n组织协调新闻单位做好超载治理工作的宣传报道。\n")
    duties = duty_roles(extract_text(text, "t.txt"))
    assert duties.get("加强危险化学品充装单位的安全监管，严禁超载、混装") == {("青山市安全监管部门", None)}, duties
    assert duties.get("选择公路沿线的化工企业作为卸载基地") == {("青山市安全监管部门", None)}, duties


RULES = "青山市除四害工作职责考核暂行规定\n"

# (id, text, {duty: {(body, role)}}): articles whose heading names a unit and its duties
# (``第二十条 市X局职责``, ``第九条 市X局的职责:``), a paragraph or numbered items below (an item
# opening with a subject of its own is that subject's, or no one's when no rule reads it); an article heading the remit
# of a body no lexicon knows (the mechanism's own, ``县合管委的职责``) names no unit
ARTICLE_HEADS = [
    ("article-heads-a-paragraph-and-items",
     RULES + "第二十条 市卫生局职责\n依法管理饮用水卫生。组织开展病媒生物监测。\n"
     "第二十一条 市教育局职责\n1.中小学校健康教育开课率达100%。\n2.组织学生参加爱卫活动。\n",
     {"依法管理饮用水卫生": {("青山市卫生局", None)}, "组织开展病媒生物监测": {("青山市卫生局", None)},
      "中小学校健康教育开课率达100%": {("青山市教育局", None)}, "组织学生参加爱卫活动": {("青山市教育局", None)}}),
    ("article-head-of-a-unit's-duties-items-opening-with-a-preposition",
     RULES + "第九条 市林业局的职责:\n（一）对查获的乱捕野生动物人员，应及时通知疾控机构进行检查；\n（二）对库区周边鼠情应进行监测、处置。\n",
     {"对查获的乱捕野生动物人员，应及时通知疾控机构进行检查": {("青山市林业局", None)},
      "对库区周边鼠情应进行监测、处置": {("青山市林业局", None)}}),
    ("article-head-items-with-subjects-of-their-own",
     RULES + "第八条 宣传、教育部门的职责:\n（一）电台、电视、报刊等宣传媒介应广泛宣传除四害知识；\n"
     "（二）中等以上各级职业培训机构在对学员进行培训中应包括除四害知识。\n",
     {"电台、电视、报刊等宣传媒介应广泛宣传除四害知识": {("电台、电视、报刊等宣传媒介", None)}}),
    ("article-head-items-run-on-with-subjects-of-their-own",
     RULES + "第八条 宣传、教育部门的职责:（一）电台、电视、报刊等宣传媒介应广泛宣传除四害知识；"
     "（二）中等以上各级职业培训机构在对学员进行培训中应包括除四害知识。\n",
     {"电台、电视、报刊等宣传媒介应广泛宣传除四害知识": {("电台、电视、报刊等宣传媒介", None)}}),
    ("article-heads-an-unknown-body's-remit",
     RULES + "第十四条 市爱管委的职责：\n（一）制定全市除四害工作计划。\n（二）组织年度考核。\n",
     {}),
]


# (id, text, {duty: {(body, role)}}): a head naming every body of a class at the level a place
# word names (镇各中小学校：), as 各中小学校： does
EACH_HEADS = [
    ("every-school-of-the-town",
     "青石镇防溺水工作实施方案\n三、成员单位工作职责\n镇各中小学校:全面部署学生防溺水教育;督促家长履行监护责任。\n"
     "镇派出所:负责危险水域的巡查。\n",
     {"全面部署学生防溺水教育": {("镇各中小学校", None)}, "督促家长履行监护责任": {("镇各中小学校", None)},
      "负责危险水域的巡查": {("镇派出所", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(ARTICLE_HEADS + EACH_HEADS))
def test_heads_of_articles_and_classes(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


# (id, text, {duty: {(body, role)}}): a division run on in one line whose copy lost the full
# stop before a unit's head, only a space left (``…报道 水务所：收集…``): the unit heads its
# duties when the line holds the division's heading or other heads after full stops
SPACE_HEADS = [
    ("after-the-division-heading",
     "青山镇防汛抗旱应急预案\n三、组织指挥体系及职责 镇政府成立防汛指挥部。 1、青山镇防汛成员单位的主要职责 "
     "镇综治办:发布汛情信息和宣传相关防汛报道 水务所:收集、汇总和报告汛情;指导各村转移群众。\n",
     {"发布汛情信息和宣传相关防汛报道": {("镇综治办", None)}, "收集、汇总和报告汛情": {("水务所", None)},
      "指导各村转移群众": {("水务所", None)}}),
    ("beside-heads-after-full-stops",
     "青山镇防汛抗旱应急预案\n三、职责分工\n镇民政办:组织救灾捐赠;储备救灾物资。 镇派出所:负责灾区治安管理 "
     "水务所:收集、汇总和报告汛情。\n",
     {"组织救灾捐赠": {("镇民政办", None)}, "储备救灾物资": {("镇民政办", None)},
      "负责灾区治安管理": {("镇派出所", None)}, "收集、汇总和报告汛情": {("水务所", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(SPACE_HEADS))
def test_heads_after_a_space_in_a_run_on_division(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


def test_a_name_after_a_space_alone_heads_nothing() -> None:
    """A body's name and a colon after a space, with no division heading and no other head on
    the line, is no unit's head (a report or a contact line may write one)."""
    text = "青山镇防汛工作简报\n一、汛情 今年入汛以来降雨偏多 水务所:收集雨情资料，上报镇政府。\n"
    assert duty_roles(extract_text(text, "t.txt")) == {}


# (id, text, {duty: {(body, role)}}): the first paragraph under a division's heading
# (``三、成员单位工作职责``) heads its duties however they open, as its siblings' do: a name
# of a body's form, or a list of units
FIRST_UNDER_HEADING = [
    ("unlisted-office-opens-with-an-uncued-verb",
     "青石镇防溺水工作实施方案\n三、成员单位工作职责\n镇水利办:督促各村落实危险水域的警示标志。\n"
     "镇共青团、妇联:要发挥志愿者作用,开展结对帮扶活动。\n镇派出所:负责危险水域的巡查。\n",
     {"督促各村落实危险水域的警示标志": {("镇水利办", None)},
      "要发挥志愿者作用，开展结对帮扶活动": {("镇共青团", None), ("妇联", None)},
      "负责危险水域的巡查": {("镇派出所", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(FIRST_UNDER_HEADING))
def test_first_paragraph_under_a_division_heading(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


def test_a_label_under_a_division_heading_heads_nothing() -> None:
    """Under ``工作职责``, a label that is no body's name (``工作目标：``) heads nothing."""
    text = "青石镇防溺水工作实施方案\n三、工作职责\n工作目标:督促各村落实危险水域的警示标志,实现零溺水。\n"
    assert duty_roles(extract_text(text, "t.txt")) == {}


_SPORTS = "青禾区群众体育工作方案\n四、职责分工\n"
_FIRST_ITEMS = {"负责组织实施全区群众体育工作方案": {("青禾区体育局", None)},
                "负责各项比赛的组织与筹备事务": {("青禾区体育局", None)}}
# (id, text, {duty: {(body, role)}}): a unit heading its duty paragraph right after a unit's numbered items
PARAGRAPH_AFTER_ITEMS = [
    ("chinese numbers in brackets",
     _SPORTS + "（一）区体育局\n1.负责组织实施全区群众体育工作方案；\n2.负责各项比赛的组织与筹备事务。\n"
     "（二）区财政局\n负责全区群众体育工作经费的安排与调拨工作，保障各项活动顺利进行。\n",
     {**_FIRST_ITEMS, "负责全区群众体育工作经费的安排与调拨工作，保障各项活动顺利进行": {("青禾区财政局", None)}}),
    ("ascii brackets, 做好 opening the paragraph",
     _SPORTS + "(一)区体育局\n1、负责组织实施全区群众体育工作方案；\n2、负责各项比赛的组织与筹备事务。\n"
     "(二)区卫生健康局\n做好比赛期间的医疗保障工作，及时处置突发伤病。\n",
     {**_FIRST_ITEMS, "做好比赛期间的医疗保障工作，及时处置突发伤病": {("青禾区卫生健康局", None)}}),
    ("traditional characters",
     _SPORTS + "（一）区体育局\n1.负责组织实施全区群众体育工作方案；\n2.负责各项比赛的组织与筹备事务。\n"
     "（二）区財政局\n負責全区群眾体育工作經費的安排與調撥工作。\n",
     {**_FIRST_ITEMS, "负责全区群众体育工作经费的安排与调拨工作": {("青禾区财政局", None)}}),  # read simplified
    # near miss: the paragraph under the next unit tells what it has, no duty of it
    ("a paragraph of facts under the unit",
     _SPORTS + "（一）区体育局\n1.负责组织实施全区群众体育工作方案；\n2.负责各项比赛的组织与筹备事务。\n"
     "（二）区财政局\n2023年全区体育经费共计120万元，已全部拨付到位。\n",
     _FIRST_ITEMS),
]


@pytest.mark.parametrize(("text", "expected"), rows(PARAGRAPH_AFTER_ITEMS))
def test_a_unit_heading_its_duty_paragraph_after_another_unit_s_items(text: str, expected: dict) -> None:
    """``（二）区财政局`` alone on its line after the numbered items of ``（一）区体育局``, then one
    paragraph opening with a duty verb (no numbered items): the paragraph is the next unit's duties
    (split on ``；``/``。``), not the unit above's nor nobody's; a paragraph of facts gives nothing."""
    assert {task: held for task, held in duty_roles(extract_text(text, "t.txt")).items() if held} == expected


_DROWNING = "青禾镇学生防溺水工作联席会议制度\n三、联席会议成员单位职责\n"
_PRESS_DUTIES = {"组织新闻媒体、网站等单位，配合教育部门开展防溺水宣传，开展警示教育，营造良好氛围": {("宣传办", None)},
                 "统筹协调舆情监测和舆论引导": {("宣传办", None)}}
# (id, text, {duty: {(body, role)}}): a unit's label and its paragraph broken at a comma
LABEL_LINE_BROKEN = [
    ("full-width colon",
     _DROWNING + "宣传办：组织新闻媒体、网站等单位，配合教育部门开展防溺水宣传，\n开展警示教育，营造良好氛围。统筹协调舆情监测和舆论引导。\n",
     _PRESS_DUTIES),
    ("ascii colon and comma",
     _DROWNING + "宣传办:组织新闻媒体、网站等单位,配合教育部门开展防溺水宣传,\n开展警示教育,营造良好氛围。统筹协调舆情监测和舆论引导。\n",
     _PRESS_DUTIES),
    ("traditional characters",
     _DROWNING + "宣傳辦：組織新聞媒體、網站等單位，配合教育部門開展防溺水宣傳，\n開展警示教育，營造良好氛圍。統籌協調輿情監測和輿論引導。\n",
     _PRESS_DUTIES),
]


@pytest.mark.parametrize(("text", "expected"), rows(LABEL_LINE_BROKEN))
def test_a_unit_s_labelled_paragraph_broken_at_a_comma_runs_on(text: str, expected: dict) -> None:
    """``宣传办：…，`` broken after a comma, the paragraph going on below (``开展警示教育，…。统筹…。``):
    one paragraph, every sentence the unit's duty (the line below is not a paragraph of its own)."""
    assert {task: held for task, held in duty_roles(extract_text(text, "t.txt")).items() if held} == expected


def test_a_header_line_ending_on_a_comma_is_not_joined() -> None:
    """Near miss: a short header (``组长：张三，``) keeps its line; the one below is no part of it."""
    from extractor.layout import join_paragraphs
    from extractor.normalize import normalize

    text = "组长：张三，\n副组长：李四，王五\n"
    assert join_paragraphs(normalize(text)).text.count("\n") == text.count("\n")
