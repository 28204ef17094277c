"""Duty shapes of real notices, each in a short notice written for this test: duty divisions
run together on one line (a web page flattened), a unit alone on a line heading numbered
duties (一、二、…), flattened responsibility-list tables, numbered headings naming a body
(``1.督查组。负责…``), free-text subjects without a modal verb, office duties, a text cut
in the middle of its last clause."""

from __future__ import annotations

import pytest
from tables import duty_roles, rows

from extractor.pipeline import extract_text

_duties = duty_roles


CASES = [
    pytest.param(
        "青阳省人民政府办公厅关于省直有关部门包虫病防治工作职责的通知\n"
        "青政办[2001]12号 2001年5月3日 各市、县人民政府，省直各部门： 为加强包虫病防治工作，"
        "现将有关部门职责通知如下。 省卫生厅：负责制定全省包虫病防治规划；负责病人查治和疫情监测。"
        "  省畜牧局：根据全省防治规划，制订犬只管理实施细则；负责家畜包虫病防治工作。"
        "  省教育厅：负责在中小学开展包虫病防治知识教育。\n",
        {
            "负责制定全省包虫病防治规划": {("青阳省卫生厅", None)},
            "负责病人查治和疫情监测": {("青阳省卫生厅", None)},
            "根据全省防治规划，制订犬只管理实施细则": {("青阳省畜牧局", None)},
            "负责家畜包虫病防治工作": {("青阳省畜牧局", None)},
            "负责在中小学开展包虫病防治知识教育": {("青阳省教育厅", None)},
        },
        id="run-on-division",
    ),
    pytest.param(
        "临河市人民政府办公室关于印发临河市结核病防治工作领导小组成员单位职责的通知\n\n"
        "  城乡规划和建设委员会\n\n"
        "  一、督促建筑施工单位做好工地务工人员结核病筛查。\n"
        "  二、将结核病防治知识纳入务工人员岗前培训；强化施工单位的防治责任。\n"
        "  三、配合市卫生局做好工地宣传。\n\n"
        "  总工会\n\n"
        "  一、在职工中开展结核病防治宣传活动。\n"
        "  二、每年组织一次职工健康讲座。\n",
        {
            "督促建筑施工单位做好工地务工人员结核病筛查": {("城乡规划和建设委员会", None)},
            "将结核病防治知识纳入务工人员岗前培训": {("城乡规划和建设委员会", None)},
            "强化施工单位的防治责任": {("城乡规划和建设委员会", None)},
            "配合市卫生局做好工地宣传": {("城乡规划和建设委员会", "support")},
            "在职工中开展结核病防治宣传活动": {("总工会", None)},
            "每年组织一次职工健康讲座": {("总工会", None)},
        },
        id="unit-alone-with-numbered-duties",
    ),
    pytest.param(
        "部门责任清单\n相关部门 职责分工\n\n      司法局\n\n"
        "负责对刑满释放人员中的精神障碍患者做好衔接工作。\n\n"
        "人力和社会保障局\n\n"
        "落实精神障碍患者的医疗保险待遇；指导用人单位依法安排康复患者就业。\n",
        {
            "负责对刑满释放人员中的精神障碍患者做好衔接工作": {("司法局", None)},
            "落实精神障碍患者的医疗保险待遇": {("人力和社会保障局", None)},
            "指导用人单位依法安排康复患者就业": {("人力和社会保障局", None)},
        },
        id="flattened-responsibility-table",
    ),
    pytest.param(
        "药品联合议价工作方案\n五、组织形式\n联合议价办公室下设督查组、咨询组、议价小组。\n"
        "1.督查组。负责对议价工作进行监督，及时受理投诉。\n"
        "2.咨询组。选聘若干临床专家成立咨询组，负责提供临床用药技术咨询。\n"
        "3.议价小组。负责议价具体实施工作，由联合议价办公室对议价小组成员进行培训。\n",
        {
            "负责对议价工作进行监督，及时受理投诉": {("督查组", None)},
            "负责提供临床用药技术咨询": {("咨询组", None)},
            "负责议价具体实施工作": {("议价小组", None)},
        },
        id="numbered-body-headings",
    ),
    pytest.param(
        "南川县严重精神障碍患者服务管理职责清单\n"
        "卫生主管部门负责指导医疗机构做好患者危险性评估；公安部门联合卫生等部门依法做好送诊工作；"
        "民政部门负责困难患者的生活救助。\n"
        "各有关部门和医疗机构不得以任何理由拒收急诊患者。\n",
        {
            "卫生主管部门负责指导医疗机构做好患者危险性评估": {("南川县卫生部门", None)},
            "公安部门联合卫生等部门依法做好送诊工作": {("南川县公安部门", None)},
            "民政部门负责困难患者的生活救助": {("南川县民政部门", None)},
            "各有关部门和医疗机构不得以任何理由拒收急诊患者": {("各有关部门", None), ("医疗机构", None)},
        },
        id="free-text-without-modal-and-prohibitions",
    ),
    pytest.param(
        "南川县精神卫生工作职责清单\n县卫生行政主管部门要会同有关部门制定救治救助工作方案。\n",
        {"县卫生行政主管部门要会同有关部门制定救治救助工作方案": {("南川县卫生行政主管部门", None)}},
        id="competent-department-with-partner",
    ),
    pytest.param(
        "关于成立北岭市防治结核病工作委员会的通知\n各区人民政府，市有关单位：\n"
        "市政府决定成立北岭市防治结核病工作委员会。请各区政府结合本地实际，建立本地区结核病防治工作机制。"
        "有关省份要加强对试点城市的指导和支持。\n",
        {
            "各区政府结合本地实际，建立本地区结核病防治工作机制": {("各区政府", None)},
            "有关省份要加强对试点城市的指导和支持": {("有关省份", None)},
        },
        id="requests-and-places-concerned",
    ),
    pytest.param(
        "清河县防范突发公共卫生事件联席会议制度\n为有效防范突发公共卫生事件，特建立清河县防范突发公共卫生事件联席会议制度。\n一、联席会议组成\n召集人：县政府分管副县长。\n"
        "成员：县卫生局、县教育局、县公安局。\n"
        "联席会议下设办公室，办公室设在县卫生局，局长兼任办公室主任。办公室负责联席会议日常工作。\n",
        {"办公室负责联席会议日常工作": {("清河县防范突发公共卫生事件联席会议办公室", None)}},
        id="office-named-bare",
    ),
    pytest.param(
        "东川市卫生健康委精神文明建设委员会工作规则\n"
        "东川市卫生健康委精神文明建设委员会下设办公室，办公室设在委机关党委，主要职责是落实委员会确定的各项工作，"
        "负责处理委员会的日常工作。\n",
        {"主要职责是落实委员会确定的各项工作，负责处理委员会的日常工作": {
            ("东川市卫生健康委精神文明建设委员会办公室", None)}},
        id="office-remit-sentence",
    ),
    pytest.param(
        # 承担领导小组日常工作: the mechanism's name after the verb, no person (负责领导 is one)
        "关于成立白沙县清理欠薪工作领导小组的通知\n为加强组织领导，决定成立白沙县清理欠薪工作领导小组。\n"
        "组长：王明 县长\n领导小组办公室设在县人社局，承担领导小组日常工作。办公室主任由县人社局局长兼任。\n",
        {"承担领导小组日常工作": {("白沙县清理欠薪工作领导小组办公室", None)}},
        id="office-takes-on-the-groups-daily-work",
    ),
    pytest.param(
        # a numbered line naming a unit and closed by 。, its duties in the paragraph below
        "青峰市森林防火指挥部成员单位职责\n（1）市林业局。\n负责火情监测和扑救的组织工作。\n"
        "（2）市公安局。\n负责火场周边的治安管理，协助查处火灾案件。\n",
        {
            "负责火情监测和扑救的组织工作": {("青峰市林业局", None)},
            "负责火场周边的治安管理，协助查处火灾案件": {("青峰市公安局", None)},
        },
        id="numbered-unit-line-then-its-paragraph",
    ),
    pytest.param(
        # a page flattened into one line: the division's numbered heading, a space, its first unit
        "青峰市扬尘治理联席会议制度\n二、联席会议组成 联席会议由市政府副秘书长担任召集人。 三、成员单位职责 "
        "市环保局:负责扬尘治理的统一监督。承担联席会议办公室日常工作。 市公安局:负责渣土运输车辆的管理。\n",
        {
            "负责扬尘治理的统一监督": {("青峰市环保局", None)},
            "承担联席会议办公室日常工作": {("青峰市环保局", None)},
            "负责渣土运输车辆的管理": {("青峰市公安局", None)},
        },
        id="run-on-division-after-its-heading",
    ),
    pytest.param(
        # a division flattened with full stops: each unit closed by 。, its duties after it
        "青峰县秸秆禁烧工作实施方案\n成立禁烧工作领导小组。各成员单位及其职责如下：县环保局。负责禁烧工作的统一监督。"
        "加强现场执法检查。县交通局、县公路局。负责公路两侧焚烧情况的巡查。县农机局。负责收割机手的宣传培训；负责低茬收割的指导。\n",
        {
            "负责禁烧工作的统一监督": {("青峰县环保局", None)},
            "加强现场执法检查": {("青峰县环保局", None)},
            "负责公路两侧焚烧情况的巡查": {("青峰县交通局", None), ("青峰县公路局", None)},
            "负责收割机手的宣传培训": {("青峰县农机局", None)},
            "负责低茬收割的指导": {("青峰县农机局", None)},
        },
        id="run-on-division-with-full-stop-heads",
    ),
    pytest.param(
        # a copied page whose bullets became dots (。 .X局:), a head listing two units with a comma,
        # and the next section's heading run on after the last unit's duties
        "青峰县畜禽养殖污染整治方案\n三、职责分工 根据整治要求明确各单位职责。 .县环境保护局: 负责养殖场排污的监督检查。 "
        ".县国土资源局: 积极协助办理养殖用地手续。 .各乡(镇)人民政府,青峰林场管理局: 组织对辖区养殖场进行摸底。 "
        "做好养殖户的思想工作。 四、时间安排 (一)宣传阶段\n",
        {
            "负责养殖场排污的监督检查": {("青峰县环境保护局", None)},
            "积极协助办理养殖用地手续": {("青峰县国土资源局", "support")},
            "组织对辖区养殖场进行摸底": {("各乡（镇）人民政府", None), ("青峰林场管理局", None)},
            "做好养殖户的思想工作": {("各乡（镇）人民政府", None), ("青峰林场管理局", None)},
        },
        id="run-on-division-with-bullet-dots",
    ),
    pytest.param(
        "青山县卫生健康局关于印发防治工作职责的通知\n县卫健局：\n1.负责制定全县防治规划。\n"
        "2.负责疫情监测和报告。病例及时上报市疾控中心。\n县教育局：\n1.负责学校卫生工作；督促学校落实晨检制度。\n",
        {
            # the issuer, 青山县卫生健康局 in the title: the fullest form names the body
            "负责制定全县防治规划": {("青山县卫生健康局", None)},
            # a numbered item under a unit named above: one duty per ；, its sentences together
            "负责疫情监测和报告。病例及时上报市疾控中心": {("青山县卫生健康局", None)},
            "负责学校卫生工作": {("青山县教育局", None)},
            "督促学校落实晨检制度": {("青山县教育局", None)},
        },
        id="unit-with-colon-alone-then-numbered-duties",
    ),
    pytest.param(
        "青山县艾滋病防治工作委员会成员单位职责\n"
        "县卫健局职责：负责全县艾滋病防治的业务指导；负责疫情监测。\n"
        "县公安局主要职责：负责依法打击吸毒贩毒活动。\n",
        {
            "负责全县艾滋病防治的业务指导": {("青山县卫健局", None)},
            "负责疫情监测": {("青山县卫健局", None)},
            "负责依法打击吸毒贩毒活动": {("青山县公安局", None)},
        },
        id="unit-remit-head",
    ),
    pytest.param(
        "白河市血吸虫病防治联席会议制度\n三、成员单位职责\n"
        "（十）市环保局\n负责疫区周边水体的监测工作。\n"
        "（十一）市工商局\n负责查处无照经营的活禽交易。\n",
        {
            "负责疫区周边水体的监测工作": {("白河市环保局", None)},
            # a body no department list names (工商局), alone on a numbered line, heads the paragraph below it
            "负责查处无照经营的活禽交易": {("白河市工商局", None)},
        },
        id="numbered-unlisted-unit-alone",
    ),
    pytest.param(
        "青石镇疫情联防联控工作职责\n"
        "镇纪委、监察室：负责对防控措施落实情况开展督查；对失职渎职行为依纪依法追责。\n"
        "各乡镇、街道：负责辖区内的排查工作。\n",
        {
            # a head listing two units: each is responsible (各乡镇、街道 stays one collective)
            "负责对防控措施落实情况开展督查": {("镇纪委", None), ("监察室", None)},
            "对失职渎职行为依纪依法追责": {("镇纪委", None), ("监察室", None)},
            "负责辖区内的排查工作": {("各乡镇、街道", None)},
        },
        id="head-of-two-units",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_duty_shapes(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = _duties(extract_text(text, "t.txt"))
    for duty, bodies in expected.items():
        assert duties.get(duty) == bodies, (duty, duties.get(duty), sorted(duties))


def test_numbered_heading_that_names_no_body_heads_nothing() -> None:
    text = ("石桥镇禽流感防控预案\n1.指挥机构\n镇人民政府设立禽流感防控指挥机构，由王明任指挥长。\n"
            "一、全力建设区域医疗中心\n（一）建设医学高地。加快推进医院建设。（责任单位：市卫生局）\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert not any(o.startswith(("指挥机构", "全力")) for bodies in duties.values() for o, _r in bodies)


def test_setting_up_and_another_agent_are_no_duties() -> None:
    text = ("关于成立东湖区健康促进委员会的通知\n"
            "按照市里要求，区政府成立东湖区健康促进委员会（以下简称促进委员会）。\n"
            "促进委员会不设办公室，日常工作由区卫生局有关科室承担，任务完成后自行撤销。\n"
            "2.东湖区健康促进委员会成员单位工作职责东湖区人民政府\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert not any("成立" in t or t.startswith("承担") or "成员单位工作职责" in t for t in duties), sorted(duties)


# (notice, the duties read from its lead-in sentence: text -> bodies)
LEAD_INS = [
    pytest.param(
        "青石县防汛应急预案\n2.1 县防汛指挥部办公室\n县防汛指挥部下设办公室。办公室承担以下职责：\n"
        "（1）收集汛情信息。\n（2）起草有关文件。\n（3）完成指挥部交办的其他工作。\n",
        {}, id="a-lead-in-alone-is-no-duty"),
    pytest.param(
        "白沙县食品安全责任清单\n县政府要全面落实食品安全属地管理责任，完成全年食品安全重点任务，主要承担以下工作：\n"
        "1.完成年度食品安全指标任务。\n",
        {"县政府要全面落实食品安全属地管理责任，完成全年食品安全重点任务": {("白沙县政府", None)}},
        id="a-duty-keeps-what-comes-before-its-lead-in"),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_INS)
def test_lead_in_clauses_are_no_duties(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = _duties(extract_text(text, "t.txt"))
    assert not any(t.rstrip().endswith(("：", ":")) for t in duties), sorted(duties)
    assert {t: duties.get(t) for t in expected} == expected, sorted(duties)


# (notice, the office's duties: text -> bodies); a piece counting the office's staff is none
STAFF_COUNTS = [
    pytest.param(
        "青石县抗震救灾指挥部工作规则\n第三条 指挥部下设办公室。办公室设在县地震局，负责指挥部日常工作，"
        "办公室设主任1名，由县地震局局长兼任；设副主任2名，分别由县地震局和县应急局的分管副局长兼任。\n",
        {"负责指挥部日常工作": {("青石县抗震救灾指挥部办公室", None)}}, id="director-and-deputies-counted"),
    pytest.param(
        "白河县防汛指挥部工作规则\n指挥部下设办公室,办公室设在县水利局,负责防汛日常工作,办公室配备专职工作人员三名。\n",
        {"负责防汛日常工作": {("白河县防汛指挥部办公室", None)}}, id="ascii-commas-staff-in-words"),
    pytest.param(
        "湖濱縣禁毒委員會工作規則\n禁毒委員會下設辦公室，辦公室設在縣公安局，承擔禁毒委員會日常工作；"
        "另設聯絡員若干名，由各成員單位指定。\n",
        {"承担禁毒委员会日常工作": {("湖滨县禁毒委员会办公室", None)}}, id="traditional-liaisons-some"),
    pytest.param(
        # the near miss: a count inside what the office does is its duty, not its staff
        "青石县防疫指挥部工作规则\n指挥部下设办公室，办公室设在县卫健局，负责指挥部日常工作；"
        "负责为各村配备防疫协管员2名。\n",
        {"负责指挥部日常工作": {("青石县防疫指挥部办公室", None)},
         "负责为各村配备防疫协管员2名": {("青石县防疫指挥部办公室", None)}}, id="a-count-in-a-duty-stays"),
]


@pytest.mark.parametrize(("text", "expected"), STAFF_COUNTS)
def test_a_piece_counting_the_staff_is_no_duty(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    """``办公室设主任1名``, ``设副主任2名，由…兼任``, ``另设联络员若干名``: how many staff the office
    has, not what it does; the office's duty ends before it."""
    duties = _duties(extract_text(text, "t.txt"))
    assert duties == expected, sorted(duties.items())


def test_composition_clause_is_no_assignment() -> None:
    text = ("关于加强包虫病防治工作的意见\n各级政府要加强对包虫病防治工作的领导，建立由政府领导负责、有关部门参加的"
            "防治工作协调机制，研究解决防治工作中的重大问题。\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert {o for bodies in duties.values() for o, _r in bodies} == {"各级政府"}


def test_cut_text_broken_last_clause() -> None:
    text = ("关于有关部门鼠疫防治职责的通知\n各部门职责如下。 卫生厅：负责疫情监测和病人救治。"
            "  交通厅：负责将鼠疫防治纳入交通检疫工作。  林业厅：负责将野生动物疫源监测纳入林")
    duties = _duties(extract_text(text, "t.txt"))
    assert "负责疫情监测和病人救治" in duties and "负责将鼠疫防治纳入交通检疫工作" in duties
    assert not any(t.startswith("负责将野生动物") for t in duties)


def test_flattened_table_with_the_task_cell_first() -> None:
    text = ("青山县健康县城建设任务\n工作任务\n责任单位\n开展农贸市场整治，规范摊位设置。\n县市场监管局\n"
            "推进病媒生物防制，降低病媒密度。\n县卫健局\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert duties["开展农贸市场整治，规范摊位设置"] == {("青山县市场监管局", None)}
    assert duties["推进病媒生物防制，降低病媒密度"] == {("青山县卫健局", None)}


def test_a_paragraph_then_the_signature_is_no_task_of_the_issuer() -> None:
    text = ("关于做好病媒生物防制工作的通知\n各乡镇人民政府：\n请结合实际抓好落实，确保各项工作取得实效。\n"
            "青山县卫生健康局\n2025年3月1日\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert not any(o == "青山县卫生健康局" for bodies in duties.values() for o, _r in bodies)


def test_a_request_to_everyone_is_no_duty() -> None:
    text = "关于做好病媒生物防制工作的通知\n请各单位认真抓好落实。请各有关部门遵照执行。\n"
    assert _duties(extract_text(text, "t.txt")) == {}


# (sentence, the duties read from it: text -> bodies and roles): a request in mid-sentence,
# after a comma (…，请X…), is a duty of the body asked, as one at a sentence's start is; the
# matters it concerns (…有关事宜，请X…) open the duty; a name that runs on past the body read
# (各乡镇健康促进工作机构) and a request with no body asked give none (read by the test of
# AGENT_TOPICS below)
MID_SENTENCE_REQUESTS = [
    ("request-after-a-comma", "现将方案印发给你们，请各区政府积极配合市卫生局做好宣传。",
     {"各区政府积极配合市卫生局做好宣传": {("各区政府", "support")}}),
    ("request-with-a-time-limit", "方案已经市政府同意，请各区卫生健康局于2025年6月底前报送工作总结。",
     {"各区卫生健康局于2025年6月底前报送工作总结": {("各区卫生健康局", None)}}),
    ("request-on-matters-named-first", "有关经费保障的具体事宜，请市财政局会同有关部门研究办理。",
     {"有关经费保障的具体事宜，请市财政局会同有关部门研究办理": {("青岚市财政局", None)}}),
    ("name-runs-on-past-the-body", "为做好联络工作，请各乡镇健康促进工作机构报送联系人名单。", {}),
    ("no-body-asked", "实施中遇到的问题，请径向市卫生健康局反映。", {}),
]


# (sentence, the duties read from it: text -> bodies): a clause whose topic comes before 由X
# (a cost, a rule, a figure) and the doer after it; the topic may hold modifiers and verbs
_TOPIC_HEAD = "青岚市人民政府关于做好职业培训工作的通知\n各区人民政府，市政府各部门：\n"
AGENT_TOPICS = [
    ("a-cost-borne-by-a-body", "一、所需培训经费由市财政局承担。",
     {"所需培训经费由市财政局承担": {("青岚市财政局", None)}}),
    ("a-rule-written-by-a-body-with-partners", "三、具体评分细则由市人力资源社会保障局会同有关部门另行制定。",
     {"具体评分细则由市人力资源社会保障局会同有关部门另行制定": {("青岚市人力资源社会保障局", None)}}),
    ("the-topic-clause-not-the-scene-before-it", "二、其中可安排部分名额给基层单位，具体名额由市教育局研究确定。",
     {"具体名额由市教育局研究确定": {("青岚市教育局", None)}}),
    ("from-where-not-who", "五、将审批权限由市商务局下放至各区商务部门。", {}),
    ("left-to-the-body-own-choice", "六、结余名额由市教育局自行调剂使用。", {}),
    ("an-applicant-part-no-body-duty", "四、全职受聘教师须由外省聘用机构出具聘用合同。", {}),
]


@pytest.mark.parametrize(("sentence", "expected"), rows(AGENT_TOPICS + MID_SENTENCE_REQUESTS))
def test_a_topic_then_its_doer_after_by_or_asked(sentence: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = _duties(extract_text(_TOPIC_HEAD + sentence + "\n", "t.txt"))
    assert duties == expected, sorted(duties.items())


# (sentence in a paragraph, the duties read from it): a routine's period between the subject
# and its modal verb (X每年要…), and two subjects that share the verb written after the second
_ROUTINE_HEAD = "青岚县人民政府关于加强林区监管的通知\n各乡镇人民政府，县直各单位：\n近年来林区管理有所加强。"
ROUTINES = [
    ("period-then-modal", "县卫生局每季度应向县政府报告防治进展。",
     {"县卫生局每季度应向县政府报告防治进展": {("青岚县卫生局", None)}}),
    ("two-subjects-one-verb",
     "省级林业部门每年要对辖区内一成的市，市级林业部门每年要对辖区内三成的县开展巡查。",
     {"省级林业部门每年要对辖区内一成的市，市级林业部门每年要对辖区内三成的县开展巡查":
      {("省级林业部门", None), ("市级林业部门", None)}}),
    ("a-verb-of-its-own-splits", "县林业局每年要开展一次林区巡查，县公安局要对盗伐行为依法查处。",
     {"县林业局每年要开展一次林区巡查": {("青岚县林业局", None)},
      "县公安局要对盗伐行为依法查处": {("青岚县公安局", None)}}),
]


@pytest.mark.parametrize(("sentence", "expected"), rows(ROUTINES))
def test_a_routine_period_before_the_modal(sentence: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = _duties(extract_text(_ROUTINE_HEAD + sentence + "\n", "t.txt"))
    assert duties == expected, sorted(duties.items())


# (sentence, the duties read from it): two short field names run together before 部门 name
# one department (its kind the first field's), a list with 、 names two
FIELDS_RUN_TOGETHER = [
    ("two-fields-one-department", "财政审计部门要加强专项资金监管。",
     {"财政审计部门要加强专项资金监管": {("青岚县财政审计部门", None)}}),
    ("a-list-names-two", "财政、审计部门要加强专项资金监管。",
     {"财政、审计部门要加强专项资金监管": {("青岚县财政部门", None), ("青岚县审计部门", None)}}),
]


@pytest.mark.parametrize(("sentence", "expected"), rows(FIELDS_RUN_TOGETHER))
def test_two_fields_run_together(sentence: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = _duties(extract_text(_ROUTINE_HEAD + sentence + "\n", "t.txt"))
    assert duties == expected, sorted(duties.items())


def test_a_member_units_meeting_news_is_no_duty() -> None:
    """``县统计局于3月23日召开…动员会``: a unit the notice names (a member) opening a sentence that
    reports a meeting held (after 于 a time, a meeting verb) states no duty of it."""
    text = ("青山县人口普查工作有序推进\n"
            "我县成立了青山县人口普查领导小组，县政府办公室、县统计局、县财政局等9个单位的分管负责同志担任领导小组成员。\n"
            "县统计局于3月23日召开全县人口普查工作动员会。\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert not any(d.startswith("县统计局于") for d in duties), sorted(duties)
