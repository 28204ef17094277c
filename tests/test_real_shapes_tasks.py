"""Task shapes of real notices, each in a short notice written for this test: markers after
the task (``（X牵头，Y配合）``, ``（X负责）``, ``[A、B按职责分工负责]``, ``（牵头单位：…）``,
``列第一位者为牵头部门，下同``), labeled lines under a task (with a person as lead),
tab-separated task tables, internal units (司/处/科) named in markers."""

from __future__ import annotations

import pytest
from tables import duty_roles, rows

from extractor.pipeline import extract_text

_duties = duty_roles


def _orgs(g) -> dict[str, dict]:
    return {d["name"]: d for _n, d in g.nodes(data=True) if d["type"] == "organization"}


CASES = [
    pytest.param(
        "青川县2024年环境卫生整治重点任务\n一、重点任务\n"
        "（一）整治农贸市场环境。全面清理市场周边垃圾，规范摊位设置。（县市场监管局牵头，县住建局、县城管局配合）\n"
        "（二）加强病媒生物防制。每季度开展一次集中灭鼠灭蚊行动。（县卫健局负责）\n"
        "（三）完善公厕设施。新建改建城区公厕20座。（县住建局、县城管局按职责分工负责）\n"
        "（四）开展健康宣传。制作宣传展板，发放宣传资料。（县委宣传部牵头，各有关部门按职责分工负责）\n",
        {
            "整治农贸市场环境。全面清理市场周边垃圾，规范摊位设置": {
                ("青川县市场监管局", "lead"), ("青川县住建局", "support"), ("青川县城管局", "support")},
            "加强病媒生物防制。每季度开展一次集中灭鼠灭蚊行动": {("青川县卫健局", None)},
            "完善公厕设施。新建改建城区公厕20座": {("青川县住建局", None), ("青川县城管局", None)},
            # the bodies that 负责 beside a 牵头 body are responsible, with no role
            "开展健康宣传。制作宣传展板，发放宣传资料": {("青川县委宣传部", "lead"), ("各有关部门", None)},
        },
        id="verbal-markers",
    ),
    pytest.param(
        "白石区2023年食品安全重点工作安排\n一、年度重点任务\n"
        "1.实施标准宣贯行动。 完善地方标准清理制度，开展标准宣贯培训。(区卫健委负责)落实兽药残留限量新标准，"
        "出台实施意见。(区农业农村局负责)加强粮油标准的贯彻落实。[区发展改革委(粮食和储备局)负责]"
        "加强风险监测评估，推进监测信息共享。[区卫健委、区农业农村局、区市场监管局按职责分工负责]"
        "开展校园食品安全守护行动。(区教育局牵头,区市场监管局配合)\n",
        {
            "实施标准宣贯行动。 完善地方标准清理制度，开展标准宣贯培训": {("白石区卫健委", None)},
            "落实兽药残留限量新标准，出台实施意见": {("白石区农业农村局", None)},
            "加强粮油标准的贯彻落实": {("白石区发展改革委", None)},
            "加强风险监测评估，推进监测信息共享": {
                ("白石区卫健委", None), ("白石区农业农村局", None), ("白石区市场监管局", None)},
            "开展校园食品安全守护行动": {("白石区教育局", "lead"), ("白石区市场监管局", "support")},
        },
        id="several-tasks-in-one-paragraph",
    ),
    pytest.param(
        "河西省“十四五”卫生事业发展规划\n二、重点任务\n"
        "（一）完善疾病预防控制体系。改革疾控机构管理体制。（省卫生健康委、省发展改革委、省财政厅负责，列第一位者为牵头部门，下同）\n"
        "（二）加强基层医疗卫生服务。推进乡镇卫生院标准化建设。（省卫生健康委负责）\n"
        "（三）提升中医药服务能力。建设中医药传承创新中心。（省中医药局、省卫生健康委负责）\n",
        {
            "完善疾病预防控制体系。改革疾控机构管理体制": {
                ("河西省卫生健康委", "lead"), ("河西省发展改革委", None), ("河西省财政厅", None)},
            "加强基层医疗卫生服务。推进乡镇卫生院标准化建设": {("河西省卫生健康委", "lead")},
            "提升中医药服务能力。建设中医药传承创新中心": {("河西省中医药局", "lead"), ("河西省卫生健康委", None)},
        },
        id="first-listed-leads-from-then-on",
    ),
    pytest.param(
        "云川市科技创新若干措施\n"
        "（一）建设科学城。打造创新一体化的核心承载区。(牵头单位:市科技局,参加单位:市发展改革委、市财政局)\n"
        "（二）支持实验室建设。加大财政投入。（牵头单位：市科技局、市发展改革委，责任单位：市教育局）\n"
        "（三）培育科技企业。实施高新技术企业培育计划。（责任单位：市工业和信息化局）\n",
        {
            "建设科学城。打造创新一体化的核心承载区": {
                ("云川市科技局", "lead"), ("云川市发展改革委", "support"), ("云川市财政局", "support")},
            "支持实验室建设。加大财政投入": {
                # a 责任单位 beside a 牵头单位 is responsible, no role (gold convention, session 35)
                ("云川市科技局", "lead"), ("云川市发展改革委", "lead"), ("云川市教育局", None)},
            "培育科技企业。实施高新技术企业培育计划": {("云川市工业和信息化局", None)},
        },
        id="labeled-markers-ascii",
    ),
    pytest.param(
        "关于加快建设某某服务体系的指导意见\n"
        "（一）构建服务体系。建设统一的服务平台。（发展改革委、中央网信办牵头，各地区、各部门负责）\n"
        "（二）健全数据流通机制。完善流通制度。（各地区、各部门按职责分别负责）\n"
        "（三）推进营商环境一体化。（市政府办公室、市营商环境办牵头，市级各有关部门及各县市区政府按职责分工负责）\n"
        "（四）优化审批服务。（市政务服务局牵头，各乡镇人民政府、各街道办事处配合）\n"
        "（五）抓好任务落实。（各部门、各地区负责）\n",
        {
            # 各地区、各部门 is one collective (as 各乡镇、街道 is); 各乡镇人民政府 and
            # 各街道办事处 are two collectives of named bodies
            "构建服务体系。建设统一的服务平台": {("发展改革委", "lead"), ("中央网信办", "lead"), ("各地区、各部门", None)},
            "健全数据流通机制。完善流通制度": {("各地区、各部门", None)},
            "推进营商环境一体化": {
                ("市政府办公室", "lead"), ("市营商环境办", "lead"), ("市级各有关部门", None), ("各县市区政府", None)},
            "优化审批服务": {
                ("市政务服务局", "lead"), ("各乡镇人民政府", "support"), ("各街道办事处", "support")},
            "抓好任务落实": {("各地区、各部门", None)},  # the same collective, written in another order
        },
        id="collectives-in-markers",
    ),
    pytest.param(
        "松江市2016年创建卫生城市实施方案\n二、主要任务(一)加强市政设施建设。\n"
        "1.改造城区老旧小区30万平方米,整治背街小巷12条。\n"
        "(责任单位:市住建局)2.完成城区供水管网改造25公里,新增用户3000户。\n"
        "(责任单位:市水务集团)3.新建垃圾中转站8座。\n"
        "(责任单位:市城管局、市环卫处)\n",
        {
            "改造城区老旧小区30万平方米，整治背街小巷12条": {("松江市住建局", None)},
            "完成城区供水管网改造25公里，新增用户3000户": {("松江市水务集团", None)},
            "新建垃圾中转站8座": {("松江市城管局", None), ("松江市环卫处", None)},
        },
        id="marker-opening-the-next-line",
    ),
    pytest.param(
        "农业农村部关于某试点工作的意见\n一、试点任务\n"
        "（一）开展智慧农机推广应用。建设农机作业监测平台。（农业农村部农业机械化管理司牵头，科技教育司、计划财务司配合）\n"
        "（二）开展种业数据共享。（农业农村部种业管理司负责）\n",
        {
            "开展智慧农机推广应用。建设农机作业监测平台": {
                ("农业农村部农业机械化管理司", "lead"), ("农业农村部科技教育司", "support"),
                ("农业农村部计划财务司", "support")},
            "开展种业数据共享": {("农业农村部种业管理司", None)},
        },
        id="internal-units-of-a-ministry",
    ),
    pytest.param(
        "2012年全市卫生重点工作任务及责任分解(3)\n\n"
        "3.5扎实做好职业卫生监管工作。健全职业卫生监督网络，开展重点行业专项检查。(分管领导:孙立华副局长,责任处室:卫监处)\n\n"
        "3.6加强妇幼保健服务。推进县级妇幼保健院标准化建设。(分管领导:钱文博副局长,责任处室:妇社处、疾控处)\n",
        {
            "扎实做好职业卫生监管工作。健全职业卫生监督网络，开展重点行业专项检查": {("卫监处", None)},
            "加强妇幼保健服务。推进县级妇幼保健院标准化建设": {("妇社处", None), ("疾控处", None)},
        },
        id="person-and-division-in-a-marker",
    ),
]


CASES.append(pytest.param(
    "青川县2024年爱国卫生工作要点\n"
    "1.开展城乡环境卫生整治。（县住建局牵头负责，各乡镇配合）\n"
    "2.推进健康县城建设。（县政府办公室统筹，各有关部门按职责分工负责）\n"
    "3.加强控烟宣传。（县卫健局负总责，2024年6月底前完成）\n"
    "4.开展健康细胞建设。（主办单位：县卫健局；协办单位：县总工会）\n"
    "5.完善农村改厕。（县农业农村局、县卫健局等部门负责，长期坚持）\n",
    {
        "开展城乡环境卫生整治": {("青川县住建局", "lead"), ("各乡镇", "support")},
        "推进健康县城建设": {("青川县政府办公室", None), ("各有关部门", None)},
        "加强控烟宣传": {("青川县卫健局", None)},
        "开展健康细胞建设": {("青川县卫健局", None), ("青川县总工会", "support")},
        "完善农村改厕": {("青川县农业农村局", None), ("青川县卫健局", None)},
    },
    id="more-marker-verbs-and-labels",
))
CASES.append(pytest.param(
    "关于做好稳就业工作的意见\n"
    "（一）加大援企稳岗力度。扩大稳岗返还范围。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）\n"
    "（二）支持创业带动就业。降低担保门槛。（财政部、人民银行负责）\n",
    {
        # the rule after a full stop inside the marker
        "加大援企稳岗力度。扩大稳岗返还范围": {("人力资源社会保障部", "lead"), ("财政部", None)},
        "支持创业带动就业。降低担保门槛": {("财政部", "lead"), ("人民银行", None)},
    },
    id="first-listed-leads-after-a-full-stop",
))
CASES.append(pytest.param(
    # a notice whose lines were joined: the first task runs on from the preamble and a heading
    "国务院办公厅关于进一步促进农村消费的意见各省、自治区、直辖市人民政府：为扩大农村消费，现提出以下意见。"
    "一、完善农村流通体系（一）推进县域商业设施改造，补齐冷链短板。（商务部牵头，国家发展改革委、农业农村部按职责分工负责）"
    "（二）发展农村电子商务。（商务部、邮政局负责）\n",
    {
        "推进县域商业设施改造，补齐冷链短板": {("商务部", "lead"), ("国家发展改革委", None), ("农业农村部", None)},
        "发展农村电子商务": {("商务部", None), ("邮政局", None)},
    },
    id="run-on-items-start-after-their-number",
))
CASES.append(pytest.param(
    # joined lines: the parties' items run on (个人 then 政府), only the last item before the marker is its task
    "健康促进行动\n4.居民应主动学习急救知识。 5.学校应开设健康教育课程，配备校医。 "
    "——政府： 1.完善急救培训体系，将急救知识纳入培训内容。（卫生健康委牵头，教育部、红十字会总会按职责负责）\n",
    {
        "完善急救培训体系，将急救知识纳入培训内容": {("卫生健康委", "lead"), ("教育部", None), ("红十字会总会", None)},
    },
    id="run-on-arabic-items-start-after-their-number",
))

CASES.append(pytest.param(
    # unnumbered items (a bullet or none) each followed by lines of labeled units: the item is the
    # task, 责任单位 responsible with no role, 配合单位 supporting
    "红石区环境整治三年行动计划\n（二）加强固体废物管理\n"
    "--做好区内医疗废物的统计工作，确保全部安全处置。\n责任单位:区卫生局\n配合单位:区环保局、各镇、街道\n"
    "--建立废旧物资回收利用系统。\n责任单位:区商务局\n"
    "开展绿色社区创建工作。\n责任单位:区环保局\n配合单位:区教育局\n",
    {
        "做好区内医疗废物的统计工作，确保全部安全处置": {("红石区卫生局", None), ("红石区环保局", "support"),
                                           ("各镇、街道", "support")},
        "建立废旧物资回收利用系统": {("红石区商务局", None)},
        "开展绿色社区创建工作": {("红石区环保局", None), ("红石区教育局", "support")},
    },
    id="unnumbered-items-with-labeled-unit-lines",
))

CASES.append(pytest.param(
    # 责任单位 beside a 牵头单位 is responsible with no role (session 35); 配合单位, 协办单位 and
    # 参与单位 beside it support, in a bracketed marker and in labeled lines under an item
    "白河市生态保护若干措施\n"
    "（一）治理河道污染。完成沿河排污口整治。（牵头单位：市生态环境局；责任单位：市水利局、市农业农村局）\n"
    "（二）建设湿地公园。新建湿地公园三处。（牵头单位：市林业局；责任单位：市自然资源局；配合单位：市财政局）\n"
    "（三）推广节水器具。开展节水进社区活动。（牵头单位：市水利局；协办单位：市住建局）\n",
    {
        "治理河道污染。完成沿河排污口整治": {
            ("白河市生态环境局", "lead"), ("白河市水利局", None), ("白河市农业农村局", None)},
        "建设湿地公园。新建湿地公园三处": {
            ("白河市林业局", "lead"), ("白河市自然资源局", None), ("白河市财政局", "support")},
        "推广节水器具。开展节水进社区活动": {("白河市水利局", "lead"), ("白河市住建局", "support")},
    },
    id="responsible-beside-lead-in-markers-has-no-role",
))

CASES.append(pytest.param(
    "青山县2026年为民办实事项目\n"
    "1.改造农村公路50公里。\n牵头单位:县交通运输局\n责任单位:县财政局、县自然资源局\n"
    "2.新建社区卫生服务站4个。\n牵头单位:县卫生健康局\n责任部门:县民政局\n参与单位:各乡镇人民政府\n",
    {
        "改造农村公路50公里": {("青山县交通运输局", "lead"), ("青山县财政局", None), ("青山县自然资源局", None)},
        "新建社区卫生服务站4个": {
            ("青山县卫生健康局", "lead"), ("青山县民政局", None), ("各乡镇人民政府", "support")},
    },
    id="responsible-beside-lead-in-labeled-lines-has-no-role",
))


CASES.append(pytest.param(
    # a digest that joined its lines: a sub-heading runs on into the next item's number
    # (（二）某某行动5.任务), and the task starts after that number, not at the sub-heading
    "二、重点任务(一)完善服务网络行动1.建设社区康复站点,(责任单位:区卫生健康局、区民政局等)"
    "(二)提升服务水平行动3.打造康复示范品牌,(责任单位:区卫生健康局、区财政局等)"
    "(三)人才培养行动7.加强康复人才培训,(责任单位:区人社局、区卫生健康局)\n",
    {
        "建设社区康复站点": {("区卫生健康局", None), ("区民政局", None)},
        "打造康复示范品牌": {("区卫生健康局", None), ("区财政局", None)},
        "加强康复人才培训": {("区人社局", None), ("区卫生健康局", None)},
    },
    id="run-on-sub-heading-before-an-item-number",
))


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_task_markers(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    g = extract_text(text, "t.txt")
    duties = _duties(g)
    for task, who in expected.items():
        assert duties.get(task) == who, (task, duties)
    # the marker is never a duty of its own, a person is never an organization
    assert not any(t.endswith(("配合）", "负责）", "负责]")) or "牵头，" in t[:20] for t in duties)
    assert not any(n.endswith(("副局长", "局长")) for n in _orgs(g))


def test_internal_units_have_no_kind_from_their_first_word():
    g = extract_text(CASES[6].values[0], "t.txt")
    orgs = _orgs(g)
    assert orgs["农业农村部科技教育司"].get("kind") is None
    assert "科技教育司" in orgs["农业农村部科技教育司"]["aliases"]
    g = extract_text(CASES[7].values[0], "t.txt")
    assert _orgs(g)["卫监处"].get("kind") is None


def test_labeled_lines_with_a_person_as_lead():
    text = ("明江市人民政府关于2021年市政府重点工作及责任分解的通知\n\n"
            "    一、确保完成主要预期目标\n\n"
            "    1. 地区生产总值增长7%左右。\n\n    牵头负责领导:周明远。\n\n    牵头责任单位:市发展改革委。\n\n"
            "    协同责任单位:市经信局、市商务局、明江高新区管委会等,各县、市、区政府。\n\n"
            "    2. 城镇新增就业2万人以上。\n\n    牵头负责领导:吴静。\n\n    牵头责任单位:市人社局。\n\n"
            "    协同责任单位:市教育局、市财政局。\n\n"
            "    3. 居民消费价格涨幅控制在3%左右。\n\n    牵头负责领导:周明远。\n\n    牵头责任单位:市发展改革委。\n")
    g = extract_text(text, "t.txt")
    duties = {t.rstrip("。"): who for t, who in _duties(g).items()}
    assert duties["地区生产总值增长7%左右"] == {
        ("明江市发展改革委", "lead"), ("明江市经信局", "support"), ("明江市商务局", "support"),
        ("明江高新区管委会", "support"), ("各县、市、区政府", "support")}
    assert duties["城镇新增就业2万人以上"] == {
        ("明江市人社局", "lead"), ("明江市教育局", "support"), ("明江市财政局", "support")}
    assert duties["居民消费价格涨幅控制在3%左右"] == {("明江市发展改革委", "lead")}
    assert not any(name in ("周明远", "吴静") for name in _orgs(g))
    assert len(duties) == 3


def test_marker_collective_of_levels_with_a_special_district():
    """``各县、特区、区人民政府`` in a marker: the governments of each kind of county-level place,
    a special district (特区) or an autonomous county (自治县) among them, one collective."""
    text = ("白河市人民政府关于做好稳就业工作的通知\n"
            "1.扶持返乡人员创业。对首次创业的给予补贴。（牵头单位：市人社局；责任单位：各县、特区、区人民政府）\n"
            "2.发展吸纳就业能力强的产业。（牵头单位：市发展改革委；责任单位：各县、自治县人民政府）\n"
            "3.开展职业技能培训。（牵头单位：市人社局；责任单位：市教育局）\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert duties["扶持返乡人员创业。对首次创业的给予补贴"] == {("白河市人社局", "lead"), ("各县、特区、区人民政府", None)}
    assert duties["发展吸纳就业能力强的产业"] == {("白河市发展改革委", "lead"), ("各县、自治县人民政府", None)}


def test_tab_table_with_specific_tasks_empty_cells_and_a_cut_row():
    text = ("东湖镇手足口病防控工作任务分解表\n"
            "序号\t工作内容\t具体任务\t牵头部门\t配合部门\n"
            "一\t加强健康宣传，动员全民参与。\t1.通过广播、宣传栏普及手足口病防治知识。\t镇宣传办\t镇卫生院、各村(社区)\n"
            "\t\t2.组织托幼机构开展晨午检。\t镇教育办\t\n"
            "二\t做好疫情监测。\t1.落实病例日报告制度。\t镇卫生院\t镇防保所\n"
            "三\t强化督导检查。\t1.每月开展一次联合\n")
    g = extract_text(text, "t.txt")
    duties = _duties(g)
    assert duties["组织托幼机构开展晨午检"] == {("镇教育办", "lead")}
    assert duties["落实病例日报告制度"] == {("镇卫生院", "lead"), ("镇防保所", "support")}
    assert ("镇宣传办", "lead") in duties["通过广播、宣传栏普及手足口病防治知识"]
    assert len(duties) == 3  # the cut row gives nothing; 工作内容 only groups rows
    assert not any("加强健康宣传" in t for t in duties)



def test_run_on_items_with_labeled_units_and_a_labeled_task():
    """``（五）标题 牵头单位：A 配合单位：B 主要任务：…`` items run on in one line: the text after
    the task label is the duty of the labeled units (the title is none); the signature's date
    in Chinese numerals (a zero written as the letter O) gives the year of a bare deadline."""
    text = ("关于落实卫生整治任务的通知\n"
            "[接上页] （五）农贸市场环境整治 牵头单位：市商务局 配合单位：市卫生局、市城管局 "
            "主要任务：1、清理市场内外的积存垃圾；2、规范活禽宰杀区域。 "
            "（六）河道保洁 牵头单位：市水务局 配合单位：市环保局。 主要任务：在11月15日前完成主要河道的清淤。 "
            "二、工作要求 （一）各有关单位要按时完成整改任务。 二OO九年十月八日\n")
    duties = _duties(g := extract_text(text, "t.txt"))
    expected = {"1、清理市场内外的积存垃圾；2、规范活禽宰杀区域": {("市商务局", "lead"), ("市卫生局", "support"), ("市城管局", "support")},
                "在11月15日前完成主要河道的清淤": {("市水务局", "lead"), ("市环保局", "support")}}
    assert {task: duties.get(task) for task in expected} == expected
    assert not any("农贸市场环境整治" in t or "河道保洁" in t or "工作要求" in t for t in duties)
    dated = {d["text"]: (d.get("deadline"), d.get("deadline_date")) for _n, d in g.nodes(data=True) if d["type"] == "duty"}
    assert dated["在11月15日前完成主要河道的清淤"] == ("在11月15日前", "2009-11-15")


# (id, a task table whose rows do not line up with its header, {duty: {(body, role)}} of
# every duty that has bodies, names that are no body). Each numbered row is read by its unit
# cells (as many as the header's unit columns, each naming units only); the cell before them
# is the task; a row with no such cells gives nothing.
UNALIGNED_ROWS = [
    ("single-spaces-broken-words-and-a-merged-cell-left-out",
     "青禾市农村饮水安全任务分解表\n"
     "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
     "1 保障饮水 安全 提升供水能力 新建改建集中供水工程，提高自来水普及率。 市水利局 市财政局、卫生健康委等 各县(区)党委和人民政府\n"
     "2 加强水质检测，按季度公布检测结果。 市卫生健康委 市水利局 各县(区)党委和人民政府\n"
     "3 强化宣传 引导群众 节约用水 开展节水进社区活动。\n",
     {"新建改建集中供水工程，提高自来水普及率": {
         ("青禾市水利局", "lead"), ("青禾市财政局", "support"), ("青禾市卫生健康委", "support"),
         ("各县（区）党委和人民政府", None)},  # a party committee and its government: one unit
      "加强水质检测，按季度公布检测结果": {
         ("青禾市卫生健康委", "lead"), ("青禾市水利局", "support"), ("各县（区）党委和人民政府", None)}},
     ["人民政府", "提升供水能力"]),
    ("bars-between-cells-a-stray-bar-line-and-a-merged-task-cell-left-out",
     "2022年卫生监督工作任务台账 |\n"
     "序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
     "1 | 规范执法行为 | 修订行政处罚裁量基准并组织培训 | 法规处 | 2022年6月底前 |\n"
     "|\n"
     "2 | 推行执法全过程记录 | 监督处 | 长期坚持 |\n"
     "|\n",
     {"修订行政处罚裁量基准并组织培训": {("法规处", None)}, "推行执法全过程记录": {("监督处", None)}},
     ["规范执法行为"]),
    ("bar-rows-copied-without-their-header-line",
     "1 | 新建社区食堂8家，解决老年人就餐难题。 | 县民政局 | 已选址6家，2家施工中。 | 按时序推进 |\n"
     "|\n"
     "2 | 改造城区老旧供水管网15公里。 | 县水务局 | 完成招标，开工3公里。 | 按时序推进 |\n"
     "|\n",
     {"新建社区食堂8家，解决老年人就餐难题": {("县民政局", None)},
      "改造城区老旧供水管网15公里": {("县水务局", None)}},
     ["按时序推进"]),
]


@pytest.mark.parametrize(("text", "expected", "no_bodies"), rows(UNALIGNED_ROWS))
def test_table_rows_read_by_their_unit_cells(text: str, expected: dict, no_bodies: list[str]) -> None:
    graph = extract_text(text, "t.txt")
    assert {task: held for task, held in _duties(graph).items() if held} == expected
    assert not set(no_bodies) & set(_orgs(graph))


def test_flattened_table_one_cell_a_line():
    """A task table copied from a web page one cell a line: a header (序号 and the column
    names), section rows between the rows, each row its number then its cells. The cells are
    never joined into sentences; each row is a duty of the units of its unit column, its
    number the item; a row whose cells do not line up (a missing cell) gives nothing."""
    text = ("白河市推广基层改革经验清单\n序号\n经验名称\n主 要 内 容\n指导部门\n推广范围\n"
            "一、基层治理方面（共2项）\n"
            "1\n网格员巡查制度\n将社区划分为若干网格，每个网格配备专职网格员，每日巡查并登记隐患\n市民政局、市司法局\n全市\n"
            "2\n村务公开日\n每月固定一天公开村级财务收支，接受村民监督。\n市农业农村局\n全市\n"
            "二、公共服务方面（共2项）\n"
            "3\n家门口办事点\n在村（社区）设置代办点，帮助老年人办理社保认证等高频事项。\n市人社局、市医保局\n试点县\n"
            "4\n流动医疗车\n市卫生健康委\n全市\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert duties["将社区划分为若干网格，每个网格配备专职网格员，每日巡查并登记隐患"] == {
        ("白河市民政局", None), ("白河市司法局", None)}
    assert duties["每月固定一天公开村级财务收支，接受村民监督"] == {("白河市农业农村局", None)}
    assert duties["在村（社区）设置代办点，帮助老年人办理社保认证等高频事项"] == {
        ("白河市人社局", None), ("白河市医保局", None)}
    assert len(duties) == 3, duties  # row 4 lacks its content cell

def test_a_table_of_a_year_s_expected_targets_one_cell_a_line():
    """A work report's targets divided among units, a table copied one cell a line whose task
    column is the year's 预期目标: each target is a duty of its 责任单位 cell."""
    text = ("白河县人民政府办公室关于印发2025年政府工作报告目标任务的通知\n附件1\n"
            "2025年政府工作报告预期目标任务分解表\n序号\n2025年预期目标\n责任单位\n"
            "1\n地区生产总值增长6%左右\n县发展改革委\n"
            "2\n城镇新增就业3000人\n县人力社保局\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert duties["地区生产总值增长6%左右"] == {("白河县发展改革委", None)}
    assert duties["城镇新增就业3000人"] == {("白河县人力社保局", None)}


@pytest.mark.parametrize("aside", ["（以下简称“联席办”）", "（2021—2025年）", "（市卫健委）", "（试行）", "（见附件）"])
def test_parentheses_that_are_no_markers(aside: str):
    g = extract_text(f"青川县某项工作方案\n（一）建立工作机制{aside}。定期召开会议，研究解决重大问题。\n", "t.txt")
    for text, who in _duties(g).items():
        assert aside not in text or who == set()
        assert not who, (text, who)


def test_free_text_subject_inside_a_marked_task_is_its_own_duty():
    text = ("河西省教育发展规划\n二、重点任务\n"
            "（一）强化学校卫生工作。各级各类学校要配齐校医，完善卫生室设施。（省教育厅、省卫生健康委负责）\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert duties["强化学校卫生工作。各级各类学校要配齐校医，完善卫生室设施"] == {
        ("河西省教育厅", None), ("河西省卫生健康委", None)}
    assert ("各级各类学校", None) in duties["各级各类学校要配齐校医，完善卫生室设施"]


def test_a_notice_cut_inside_the_last_marker_keeps_the_complete_task_without_bodies():
    text = ("青川县2022年营商环境工作要点\n一、推动审批提速\n"
            "1.全面实施事项清单管理。2022年9月底前编制并公布县级事项清单。(县政府办公室牵头,各有关部门按职责分工负责)\n"
            "2.持续深化集中审批改革。全面梳理划转目录。(县政府办公室、县")
    duties = _duties(extract_text(text, "t.txt"))
    assert duties["全面实施事项清单管理。2022年9月底前编制并公布县级事项清单"] == {
        ("青川县政府办公室", "lead"), ("各有关部门", None)}
    assert duties["持续深化集中审批改革。全面梳理划转目录"] == set()
    assert len(duties) == 2


def test_a_task_cut_mid_sentence_before_a_cut_marker_gives_nothing():
    text = ("青川县2022年营商环境工作要点\n"
            "1.全面实施事项清单管理。编制县级事项清单。(县政府办公室负责)\n"
            "2.持续深化集中审批改革，全面梳理(县政府办公室、县")
    duties = _duties(extract_text(text, "t.txt"))
    assert list(duties) == ["全面实施事项清单管理。编制县级事项清单"]


@pytest.mark.parametrize(("phrase", "raw", "iso"), [
    ("于2022年年底前配备到位", "于2022年年底前", "2022-12-31"),
    ("2023年底前建成省级平台", "2023年底前", "2023-12-31"),
    ("年底前完成平台建设", "年底前", "2021-12-31"),  # the notice's year
    ("0403年底前建成平台", "0403年底前", None),  # a garbled year gives no date
])
def test_year_end_deadlines(phrase: str, raw: str, iso: str | None):
    text = f"河西省2021年数字化转型行动方案\n1.推进平台建设。{phrase}。（牵头单位：省大数据局）\n"
    g = extract_text(text, "t.txt")
    (duty,) = [d for _n, d in g.nodes(data=True) if d["type"] == "duty"]
    assert (duty["deadline"], duty.get("deadline_date")) == (raw, iso)


# a period of days with its own year that is all the sentence says before its body: the duty's
# deadline, its last day (a period without a year gives none: whose year is not sure)
@pytest.mark.parametrize(("sentence", "raw", "iso"), [
    ("2024年3月1日至15日，各乡镇卫生院要登录平台填报数据", "2024年3月1日至15日", "2024-03-15"),
    ("2024年3月16日至4月10日，县卫健局组织完成数据分析工作", "2024年3月16日至4月10日", "2024-04-10"),
    ("3月16日至4月10日，县卫健局组织完成数据分析工作", None, None),
])
def test_a_period_of_days_opening_the_sentence(sentence: str, raw: str | None, iso: str | None):
    g = extract_text(f"关于开展卫生评价工作的通知\n（二）启动数据报送工作。{sentence}。\n", "t.txt")
    (duty,) = [d for _n, d in g.nodes(data=True) if d["type"] == "duty"]
    assert (duty.get("deadline"), duty.get("deadline_date")) == (raw, iso)


@pytest.mark.parametrize(("sentence", "raw"), [
    ("各县人民政府要在本通知印发之日起15日内制定整治方案", "在本通知印发之日起15日内"),
    ("你单位应自本批复下发之日起3个月内完成场地改造", "自本批复下发之日起3个月内"),
    # counted from each case's own event: a routine time limit, no deadline
    ("县市场监管局应当自受理登记之日起10个工作日内作出决定", None),
])
def test_limits_counted_from_the_notice_s_own_issue(sentence: str, raw: str | None):
    g = extract_text(f"关于加强农贸市场管理的通知\n一、{sentence}。\n", "t.txt")
    (duty,) = [d for _n, d in g.nodes(data=True) if d["type"] == "duty"]
    assert (duty.get("deadline"), duty.get("deadline_date")) == (raw, None)


@pytest.mark.parametrize(("sentence", "raw"), [
    ("区编办负责落实健康教育所编制，2009年5月初之前完成", "2009年5月初之前"),
    ("区财政局负责落实工作经费，6月初步建成经费台账", None),  # 初步: no start of a month
])
def test_the_start_of_a_month_is_a_deadline_with_no_day(sentence: str, raw: str | None):
    g = extract_text(f"关于做好创卫工作的通知\n一、{sentence}。\n", "t.txt")
    (duty,) = [d for _n, d in g.nodes(data=True) if d["type"] == "duty"]
    assert (duty.get("deadline"), duty.get("deadline_date")) == (raw, None)


def test_routine_year_ends_are_no_deadlines():
    text = "河西省2021年数字化转型行动方案\n1.报送工作总结。每年年底前报送年度总结。（牵头单位：省大数据局）\n"
    (duty,) = [d for _n, d in extract_text(text, "t.txt").nodes(data=True) if d["type"] == "duty"]
    assert duty.get("deadline") is None


def test_units_naming_their_own_place_and_units_no_department_list_knows():
    text = ("河西省服务业数字化转型行动方案\n"
            "1.建设工业互联网平台。（牵头单位：省工业和信息化厅，参加单位：省科技厅、云川市政府、石门市政府）\n"
            "2.发展农村电商。（牵头单位：省商务厅，参加单位：省邮政管理局、省供销合作社、河西老年大学）\n"
            "3.强化科创金融服务。（牵头单位：人民银行云川市中心支行、云川市科技局）\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert duties["建设工业互联网平台"] == {
        ("河西省工业和信息化厅", "lead"), ("河西省科技厅", "support"), ("云川市政府", "support"),
        ("石门市政府", "support")}
    assert {o for o, _r in duties["发展农村电商"]} == {"河西省商务厅", "河西省邮政管理局", "河西省供销合作社", "河西老年大学"}
    assert ("人民银行云川市中心支行", "lead") in duties["强化科创金融服务"]


def test_law_database_field_brackets_are_no_labels():
    text = ("云川市人民政府关于印发某方案的通知【法规类别】卫生综合规定【发文字号】云政发[2015]7号【发布部门】云川市政府\n"
            "1.改造老旧小区10万平方米。\n(责任单位:市住建局)\n")
    g = extract_text(text, "t.txt")
    duties = _duties(g)
    assert duties == {"改造老旧小区10万平方米": {("云川市住建局", None)}}
    assert "卫生综合规定" not in _orgs(g)


def test_a_task_written_as_a_block_of_labeled_sub_sections():
    text = ("农业农村部关于某大学开展数字农业试点的意见\n"
            "一、智慧灌溉技术研究\n（一）试点单位。\n东山农业大学。\n（二）试点指导单位。\n"
            "农业农村部科技教育司牵头，市场与信息化司、计划财务司配合。\n（三）试点内容。\n"
            "研究农田墒情感知与灌溉决策技术，建设智慧灌溉示范区。\n（四）预期成果。\n通过2年时间，形成一批示范成果。\n"
            "二、农产品追溯体系研究\n（一）试点单位。\n东山农业大学。\n（二）试点指导单位。\n"
            "农业农村部市场与信息化司牵头，科技教育司配合。\n（三）试点内容。\n研究农产品全链条追溯技术。\n")
    g = extract_text(text, "t.txt")
    duties = _duties(g)
    assert duties["研究农田墒情感知与灌溉决策技术，建设智慧灌溉示范区"] == {
        ("东山农业大学", None), ("农业农村部科技教育司", "lead"), ("农业农村部市场与信息化司", "support"),
        ("农业农村部计划财务司", "support")}
    assert duties["研究农产品全链条追溯技术"] == {
        ("东山农业大学", None), ("农业农村部市场与信息化司", "lead"), ("农业农村部科技教育司", "support")}
    assert not any("牵头" in t for t in duties)  # the unit lines are no duties
    assert "市场与信息化司" in _orgs(g)["农业农村部市场与信息化司"]["aliases"]


def test_numbered_targets_and_list_headings_are_no_tasks():
    text = ("河西省重点地方病防治规划\n三、防治目标\n1.碘缺乏病：\n"
            "(1)到2010年，全省95%以上的县保持消除碘缺乏病状态。\n"
            "(2)到2010年，居民合格碘盐食用率达到90%以上。\n"
            "(3)到2010年，学生防治知识知晓率达到85%以上。\n"
            "(4)落实碘盐监测制度，每季度开展一次抽检。\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert not any(t.startswith(("到2010年", "碘缺乏病")) for t in duties)


def test_goals_under_a_section_numbered_with_an_ascii_dot_are_no_tasks():
    """``一.工作目标:``: a section mark written with an ASCII dot and its title closed by a
    colon is still the goals' heading; the goals under it are no one's tasks, the measures of
    the next section stay tasks."""
    text = ("白河中学流感防控工作方案\n一.工作目标:\n1.普及流感防治知识，提高师生防护意识。\n"
            "2.做到早发现、早报告、早处置。\n3.确保疫情不在校园扩散。\n"
            "二.防控措施\n1.每日开展晨午检。\n2.定期对教室通风消毒。\n3.建立缺勤追踪登记制度。\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert not any(t.startswith(("普及流感", "做到早发现", "确保疫情")) for t in duties), duties
    assert "每日开展晨午检" in duties, duties


PURPOSE_SECTIONS = [
    # the purpose of a review or campaign, one item a line: what it is for, no one's task
    ("review-purpose", "白河市孕产妇死亡评审规范\n一、评审目的\n1.明确死亡原因，分析相关因素。\n"
     "2.提出降低死亡率的干预措施。\n3.引起全社会对孕产妇安全的关注。\n"),
    ("purpose-and-meaning-colon", "青石县健康教育活动方案\n（一）活动目的和意义：\n（1）普及健康知识。\n"
     "（2）提高群众防病意识。\n（3）营造全民参与的氛围。\n"),
    ("aim-ascii-dot", "湖滨县慢病监测工作方案\n一.监测宗旨\n1、掌握慢病流行趋势。\n2、评价干预效果。\n"
     "3、为政府决策提供依据。\n"),
    ("meaning-traditional", "湖濱縣愛國衛生月活動方案\n一、活動意義\n1、改善城鄉環境面貌。\n2、提升群眾健康素養。\n"
     "3、減少病媒生物孳生。\n"),
]


@pytest.mark.parametrize("text", [t for _i, t in PURPOSE_SECTIONS], ids=[i for i, _t in PURPOSE_SECTIONS])
def test_items_under_a_purpose_heading_are_no_tasks(text):
    """``一、评审目的`` / ``活动目的和意义`` / ``监测宗旨``: a section naming what the work is for;
    its numbered items are goals, no one's task (as under ``主要目标``)."""
    assert not _duties(extract_text(text, "t.txt"))


def test_tasks_after_a_purpose_section_stay_tasks():
    """The near miss: the measures of the next section are tasks; a heading that only mentions a
    purpose inside a longer phrase (``为达到上述目的采取的措施``) is no purpose heading."""
    text = ("白河中学流感防控工作方案\n一、工作目的\n1.普及流感防治知识。\n2.提高防护意识。\n"
            "3.保障师生健康。\n二、为达到上述目的采取的措施\n1.每日开展晨午检。\n"
            "2.定期对教室通风消毒。\n3.建立缺勤追踪登记制度。\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert not any(t.startswith(("普及流感", "提高防护", "保障师生")) for t in duties), duties
    assert "每日开展晨午检" in duties, duties


MET_CONDITIONS = [
    # who qualifies, each condition a numbered line, under a lead-in that says all must be met
    ("all-to-be-met", "白河市适龄女生免费接种疫苗工作\n接种对象要求如下（需全部满足）：\n1.具有本市学籍\n"
     "2.今年9月起新进入初中一年级\n3.未接种过该疫苗\n4.知情、自愿\n"),
    ("ascii-colon-and-brackets", "青石县老年人健康补贴发放办法\n补贴对象如下(须同时符合):\n1、年满65周岁\n"
     "2、具有本县户籍\n3、未享受其他同类补贴\n"),
    ("traditional", "湖濱縣困難家庭醫療救助辦法\n救助對象如下（須同時具備）：\n（1）持有低保證\n"
     "（2）年內自付醫療費用超過五千元\n（3）未參加商業醫療保險\n"),
]


@pytest.mark.parametrize("text", [t for _i, t in MET_CONDITIONS], ids=[i for i, _t in MET_CONDITIONS])
def test_items_under_a_lead_in_of_conditions_to_meet_are_no_tasks(text):
    """``…要求如下（需全部满足）：``: the items are what must be met to qualify, no one's task."""
    assert not _duties(extract_text(text, "t.txt"))


def test_items_under_a_lead_in_of_work_to_finish_stay_tasks():
    """The near miss: a bracket saying the work must all be done (no verb of qualifying) heads tasks."""
    text = ("青石县春季爱国卫生运动安排\n具体任务如下（各乡镇须全部完成）：\n1.清理河道垃圾。（县水利局负责）\n"
            "2.整治农贸市场环境。（县市场监管局负责）\n3.开展病媒生物防制。（县卫健局负责）\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert duties.get("清理河道垃圾") == {("青石县水利局", None)}, duties


def test_assessment_table_without_a_row_number_column():
    """An assessment table copied one cell a line whose header has no row-number column
    (项目 / 评价内容 / 基本分 / 计分标准): its scored items and criteria name no body, so none of
    them is a task."""
    text = ("白河市2020年农贸市场提升评价办法\n附件\n白河市农贸市场提升评价标准\n项 目\n评价内容与要求\n"
            "基本分\n计 分 标 准\n一、市场建设奖\n1、新建和改造标准化农贸市场。\n40\n"
            "完成目标得基本分；每增加1家加2分，限加10分。\n2、推进市场智慧化改造。\n30\n"
            "完成改造任务得基本分，未完成按比例扣分；获省级表彰的加5分。\n"
            "二、市场管理奖\n3、加强市场食品安全抽检。\n30\n由当地市场监管部门组织抽检的，抽检合格率达标得基本分。\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert not duties, duties


def test_place_names_sharing_the_last_items_body_and_quoted_unit_names():
    text = ("河西省数字经济行动方案\n云川市人民政府、石门市人民政府、东港市人民政府，省政府各部门：\n"
            "1.建设数据交易平台。（牵头单位：省大数据局，参加单位：省商务厅，云川、石门、东港市政府）\n"
            "2.培育场景应用。(省发展改革委、省“数字强省”推进机制牵头部门负责)\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert duties["建设数据交易平台"] == {
        ("河西省大数据局", "lead"), ("河西省商务厅", "support"), ("云川市政府", "support"),
        ("石门市政府", "support"), ("东港市政府", "support")}
    assert {o for o, _r in duties["培育场景应用"]} == {"河西省发展改革委", "河西省“数字强省”推进机制牵头部门"}


def test_marker_items_that_do_not_name_a_unit():
    text = ("青川县2024年工作要点\n1.开展城乡环境卫生整治。（具体由县住建局负责）\n"
            "2.推进健康县城建设。（该局负责）\n3.加强控烟宣传。（分别由县卫健局、县教育局负责）\n")
    g = extract_text(text, "t.txt")
    duties = _duties(g)
    assert duties["开展城乡环境卫生整治"] == {("青川县住建局", None)}
    assert duties["加强控烟宣传"] == {("青川县卫健局", None), ("青川县教育局", None)}
    assert not any(n.startswith(("该", "具体", "分别")) for n in _orgs(g))


_HEAD = "河西省便民服务实施方案\n二、重点任务\n"

# (id, task lines, {duty text: {(body, role)}}, duty texts that must not be duties of their own)
INSIDE_MARKED_TASKS = [
    ("collectives-joined-by-ji-in-a-marker",
     "1.优化窗口服务。保留人工窗口，方便群众办事。（省政务服务办牵头，相关部门及各地区按职责分工负责）\n",
     {"优化窗口服务。保留人工窗口，方便群众办事": {
         ("河西省政务服务办", "lead"), ("相关部门", None), ("各地区", None)}},
     []),
    ("a-subject-the-marker-already-names-restates-the-task",
     "（一）健全推进机制。建立省级协调机制。各地区要建立相应的工作机制，确保任务落实。"
     "各地区、各部门要加强信息共享。（省发展改革委牵头，相关部门及各地区按职责分工负责）\n",
     {"健全推进机制。建立省级协调机制。各地区要建立相应的工作机制，确保任务落实。各地区、各部门要加强信息共享": {
         ("河西省发展改革委", "lead"), ("相关部门", None), ("各地区", None)}},
     ["各地区要建立相应的工作机制，确保任务落实", "各地区、各部门要加强信息共享"]),
    ("a-subject-the-marker-does-not-name-is-its-own-duty",
     "（二）强化学校卫生。各级各类学校要配齐校医。（省教育厅负责）\n",
     {"各级各类学校要配齐校医": {("各级各类学校", None)}},
     []),
]


@pytest.mark.parametrize(("lines", "expected", "absent"), rows(INSIDE_MARKED_TASKS))
def test_subjects_inside_a_marked_task(lines: str, expected, absent: list[str]) -> None:
    duties = _duties(extract_text(_HEAD + lines, "t.txt"))
    for task, who in expected.items():
        assert duties.get(task) == who, (task, duties)
    for text in absent:
        assert text not in duties, duties


_KEPT = ("依照章程开展服务", "有固定的服务场所", "有专职护理人员")
# (places, what they did): a commendation's list, the predicate opening with an adverb, 以, an
# idiom, a slogan or a verb
_SCENARIOS = ("智慧药房：应用自动发药设备，缩短患者取药等候时间", "互联网+慢病管理：依托线上平台，为慢病患者提供定期随访服务",
              "社区远程心电：推广便携式心电设备，开展远程诊断")
_MEASURES = ("加强宣传：组织媒体解读政策要点", "严格督导考核：定期通报各项任务进展", "完善投入机制")
_PRACTICES = (("东岭省青禾市", "大力推进农村污水治理"), ("东岭省白沙县", "以“一站办结”提升审批效率"),
              ("南湖自治区石门市", "多措并举，扎实推进老旧小区改造"), ("西川省", "“三级联动”，提升基层医疗服务能力"),
              ("西川省梅岭市桃源区", "探索医保支付方式改革"))
_TASKS = ("县民政局负责组织核查", "县财政局保障工作经费", "各乡镇做好摸底登记")

# (id, notice, texts that are no duties, duties that stay)
CRITERIA_LISTS = [
    ("conditions-of-an-event-grade",
     "白河市狂犬病应急预案\n1.2 事件分级\n有下列情形之一的为重大狂犬病疫情(Ⅱ级):\n"
     "(1)在1个乡镇范围内1周内发生3例以上病例;\n(2)疫情波及2个以上乡镇,并有扩散趋势;\n"
     "(3)发现输入性病例。\n1.3 较大疫情\n符合以下条件的为较大疫情：\n(1)发生1至2例病例;\n(2)出现疑似病例。\n",
     ["在1个乡镇范围内1周内发生3例以上病例", "疫情波及2个以上乡镇,并有扩散趋势", "发生1至2例病例"],
     []),
    ("a-list-of-work-is-still-tasks",
     "青川县爱国卫生工作要点\n各乡镇要做好以下工作：\n(1)开展环境卫生整治。\n(2)组织病媒生物防制。\n"
     "(3)推进农村改厕。\n",
     [],
     ["开展环境卫生整治", "组织病媒生物防制", "推进农村改厕"]),
    ("principles-under-their-heading",
     "青石县防汛应急预案\n1.3 工作原则\n(1)以人为本、安全第一。把保障群众生命安全放在首位,减少灾害损失。\n"
     "(2)统一指挥、分级负责。在县政府统一领导下,各乡镇按照属地管理各负其责。\n"
     "(3)预防为主、快速反应。加强雨情水情监测,及时发布预警信息。\n"
     "2 主要任务\n(1)开展河道清障。\n(2)加固病险水库。\n(3)储备防汛物资。\n",
     ["以人为本、安全第一", "统一指挥、分级负责", "预防为主、快速反应"],
     ["开展河道清障", "加固病险水库", "储备防汛物资"]),
    ("item-titles-of-blocks",
     "青石县血吸虫病防治方案\n三、主要工作\n1、查螺灭螺\n(1)各乡镇要组织春季查螺。\n(2)县血防站要指导药物灭螺。\n"
     "(3)开展灭螺效果评估。\n2、重点村攻坚\n对感染率较高的村实施攻坚行动,加强查病治病。\n",
     ["查螺灭螺", "重点村攻坚"],
     ["各乡镇要组织春季查螺", "县血防站要指导药物灭螺", "开展灭螺效果评估"]),
    # a numbered title of up to twenty characters (、 inside) on its own line, a paragraph of
    # prose under it: the line is not run on into the paragraph (it is a heading, the paragraph
    # below ends its sentence and is much longer) and titles a block, no task
    ("long-item-titles-above-their-paragraphs",
     "青石县智慧水利发展规划\n三、主要任务\n1.建设全县水雨情智能感知与预警数据平台\n"
     "整合水文站、雨量站和水库监测数据，建立统一的数据汇聚和共享机制，提升监测预警的时效性和准确性。\n"
     "2.发展山洪灾害智能研判、预报和调度技术\n"
     "利用历史水文资料训练研判模型，开展多模型集合预报，逐步实现山洪灾害的精准预报和科学调度。\n"
     "3.探索中小河流洪水风险区划智能技术\n"
     "基于遥感影像和地形数据，建立智能化风险区划方法，编制重点河段洪水风险图并定期更新。\n",
     ["水雨情智能感知与预警数据平台", "山洪灾害智能研判", "洪水风险区划智能技术", "整合水文站", "利用历史水文资料"],
     []),
    ("short-tasks-then-a-closing-paragraph",
     "青石县防汛工作要点\n二、重点工作\n1、开展河道清障\n2、加固病险水库\n3、储备防汛物资\n各乡镇要在汛前完成以上工作。\n",
     [],
     ["开展河道清障", "加固病险水库", "储备防汛物资"]),
    ("cases-ending-in-de-after-a-sentence",
     "青石县蔬菜市场应急预案\n3.2 应急报告\n有下列情形之一的,县商务局应当立即核实并报告。\n"
     "(1)发生暴雨、冰冻等灾害,造成蔬菜价格异常波动的。\n(2)发生重大疫情,引发群众抢购的。\n"
     "(3)其他引发蔬菜市场异常波动的情况。\n6.2 奖励\n对有下列表现的单位,县指挥部给予表扬:\n"
     "(1)出色完成保供任务的;\n(2)及时提供应急货源,成绩突出的;\n(3)有其他突出贡献的。\n",
     ["造成蔬菜价格异常波动的", "引发群众抢购的", "其他引发蔬菜市场异常波动的情况", "出色完成保供任务的",
      "有其他突出贡献的"],
     []),
    # what qualifies (``符合下列要求的…予以保留。``, a sentence, not a colon) is no task list;
    # the tasks of the next section stay
    ("qualifications-under-a-qualifying-sentence",
     "青石县养老机构清理办法\n二、清理内容\n（一）符合下列要求的养老机构予以保留。\n"
     + "".join(f"{k}.{t}。\n" for k, t in enumerate(_KEPT, 1)) + "三、组织实施\n"
     + "".join(f"{k}.{t}。\n" for k, t in enumerate(_TASKS, 1)),
     list(_KEPT), list(_TASKS)),
    # matters to look into (``…等情况。``) under an inspection are no tasks
    ("matters-to-check-ending-in-qingkuang",
     "青石县民办学校检查方案\n县教育局要对民办学校的办学情况进行检查。重点是：\n1.落实招生政策的情况。\n"
     "2.收取费用和使用资金等情况。\n3.接受社会捐赠情况。\n",
     ["落实招生政策的情况", "收取费用和使用资金等情况", "接受社会捐赠情况"],
     []),
    # amounts under ``…额度如下：`` / ``补助标准如下：`` are rates, no tasks, also when each item
    # wraps onto the next line and a page number stands between the intro and the items
    ("amounts-under-an-amount-intro-wrapped-with-page-numbers",
     "云岭市科技服务券管理办法\n第六条 服务券根据使用单位的申请按\n标准发放，具体支持额度如下：\n— 3 —\n"
     "1.对上一年度营业收入 20 亿元以上的企业，补助上限为每\n年 100 万元；\n"
     "2.对上一年度营业收入 1 亿元到 20 亿元之间的企业，补助\n上限为每年 50 万元；\n"
     "3.对上一年度营业收入 1 亿元以下的企业，补助上限为每年 20 万元。\n"
     "第七条 市科技局负责服务券的发放和管理。\n",
     ["营业收入"],
     ["市科技局负责服务券的发放和管理"]),
    ("rates-under-a-standard-intro",
     "青石县农村改厕奖补办法\n二、奖补标准如下：\n1.新建卫生户厕的，每户补助1200元；\n"
     "2.改造旧厕达到标准的，每户补助800元；\n3.建设公共厕所，每座补助5万元。\n"
     "三、县农业农村局负责组织验收。\n",
     ["每户补助", "每座补助"],
     ["县农业农村局负责组织验收"]),
    # a call for applications: what its 申请/申报 sections say without naming a body (limits,
    # dates, steps) binds the applicant, no task; an item there that names its body stays
    ("applicant-rules-under-application-headings",
     "云岭市科技计划项目申报指南\n三、申报要求\n（一）限项规定\n1.每位申请人同一年度只能申报1个项目。\n"
     "2.在研项目未结题的负责人不得再次申报。\n3.合作单位一般不超过3家。\n四、申报程序\n"
     "1.网上填报时间为3月1日至3月31日。\n2.请申请人登录系统填写申报书并上传附件。\n"
     "3.市科技局负责受理申报材料并组织形式审查。\n五、组织实施\n1.建立项目库管理制度。\n"
     "2.开展项目中期检查。\n3.组织项目验收。\n",
     ["只能申报1个项目", "不得再次申报", "合作单位一般不超过3家", "网上填报时间", "登录系统填写申报书"],
     ["市科技局负责受理申报材料并组织形式审查", "建立项目库管理制度", "开展项目中期检查", "组织项目验收"]),
    # the figures a plan aims at (under 主要指标 / 工作目标) are goals, not tasks
    ("targets-under-an-indicator-heading",
     "青石县狂犬病防控规划\n一、总体目标和主要指标\n（二）主要指标\n1.城区犬只免疫率达到90%以上。\n"
     "2.农村家犬登记率达到70%以上。\n3.暴露后处置规范率达到100%。\n二、主要措施\n1.开展犬只集中免疫。\n"
     "2.规范狂犬病暴露处置门诊。\n3.加强流浪犬收容管理。\n",
     ["犬只免疫率达到90%", "家犬登记率达到70%", "暴露后处置规范率"],
     ["开展犬只集中免疫", "规范狂犬病暴露处置门诊", "加强流浪犬收容管理"]),
    # a place is no body: items whose subject is one or more places (a commendation's list of
    # what each place did) are no one's task, however the predicate opens (adverb, 以, idiom, slogan)
    ("places-as-subjects-of-a-list-of-practices",
     "关于表扬基层典型做法的通报\n附件\n典型做法名单（共5项）\n"
     + "".join(f"{k}.{place}{did}。\n" for k, (place, did) in enumerate(_PRACTICES, 1)),
     [did[-8:] for _place, did in _PRACTICES],
     []),
    # in such a list, an item whose place is written in a form no lexicon knows (a zone's
    # district) is about a place too; a run with only a few places among its tasks keeps them
    ("an-unknown-place-form-in-a-list-of-practices",
     "关于表扬基层典型做法的通报\n附件\n典型做法名单（共6项）\n"
     + "".join(f"{k}.{place}{did}。\n" for k, (place, did) in enumerate(_PRACTICES, 1))
     + "6.北湾自贸试验区南港片区简化企业退税流程。\n"
     + "三、下步工作\n1.东岭省青禾市探索医保支付方式改革。\n2.西川省大力推进农村改厕。\n"
     + "3.开展重点人群结核病筛查。\n4.规范农贸市场环境卫生管理。\n5.储备防汛物资。\n",
     ["简化企业退税流程", "提升审批效率"],
     ["开展重点人群结核病筛查", "规范农贸市场环境卫生管理", "储备防汛物资"]),
    # items headed by the name of a thing (a plan's box of scenarios: 智慧药房：…) describe it,
    # no one's task; items headed by what to do (加强宣传：…) stay tasks
    ("items-headed-by-the-name-of-a-scenario",
     "青禾市智慧医疗发展行动方案\n专栏一 智慧医疗应用场景\n"
     + "".join(f"{k}.{item}。\n" for k, item in enumerate(_SCENARIOS, 1)) + "三、保障措施\n"
     + "".join(f"{k}.{item}。\n" for k, item in enumerate(_MEASURES, 1)),
     [item.split("，")[-1] for item in _SCENARIOS],
     list(_MEASURES)),
    # a body of the place stays the doer; a level word inside a common noun (农贸市场, 城镇小区)
    # is no place, and a task naming no subject stays a task
    ("place-bodies-and-level-words-in-nouns-are-no-place-subjects",
     "青禾市2025年卫生工作要点\n二、重点工作\n1.青禾市疾控中心开展重点人群结核病筛查。\n2.加强农村改厕。\n"
     "3.规范农贸市场环境卫生管理。\n4.城镇小区配套建设健身设施。\n",
     [],
     ["青禾市疾控中心开展重点人群结核病筛查", "加强农村改厕", "规范农贸市场环境卫生管理", "城镇小区配套建设健身设施"]),
]


@pytest.mark.parametrize(("text", "absent", "present"), rows(CRITERIA_LISTS))
def test_numbered_criteria_are_no_tasks(text: str, absent: list[str], present: list[str]) -> None:
    duties = {t.rstrip("。;；") for t in _duties(extract_text(text, "t.txt"))}
    assert not any(a in t for a in absent for t in duties), duties
    assert set(present) <= duties, duties


# (id, numbered list, {item text: {(body, role)}})
AGENT_IN_ITEM = [
    ("you-x-fuze-inside-the-item",
     "青川县加强免疫接种工作方案\n一、接种人群\n1.医疗卫生人员由县卫健局负责组织；\n"
     "2.交通运输人员由县交通局负责组织；\n3.养老机构人员由县民政局牵头组织。\n",
     {"医疗卫生人员由县卫健局负责组织": {("青川县卫健局", None)},
      "养老机构人员由县民政局牵头组织": {("青川县民政局", "lead")}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(AGENT_IN_ITEM))
def test_the_agent_named_by_you_inside_an_item(text: str, expected) -> None:
    duties = {t.rstrip("。；"): who for t, who in _duties(extract_text(text, "t.txt")).items()}
    for task, who in expected.items():
        assert duties.get(task) == who, (task, duties)


# (id, notice, texts that are no duties, {duty: {(body, role)}} that stay): an annex table of
# indicators (name, 定性/定量, 计算方法：…, 指标来源：…) defines what is measured, no task;
# the notes under 注： explain the table; a row a marker gives a body to is still a task
INDICATOR_TABLES = [
    ("tab-separated-indicator-rows",
     "青川县基层医疗机构服务能力评价指标\n附件\n评价指标\n序号\t指标名称\t指标性质\t指标说明\n"
     "1.家庭医生签约履约率▲\t定量\t计算方法：履约人数/签约人数×100%。 指标来源：机构填报。\n"
     "2.慢病患者规范管理率\t定量\t计算方法：规范管理人数/登记管理人数×100%。\n"
     "3.乡镇卫生院门诊预约诊疗占比\t定量\t计算方法：预约门诊人次/门诊总人次×100%。\n"
     "4.院感防控制度落实情况\t定性\t评分标准：制度健全、记录完整得满分。\n",
     ["家庭医生签约履约率", "慢病患者规范管理率", "门诊预约诊疗占比", "院感防控制度落实情况"],
     {}),
    ("space-separated-rows-and-notes",
     "白河市公共卫生服务考核指标\n1.疫苗接种率 定量 计算方法：接种人数/应接种人数×100%\n"
     "2.传染病报告及时率 定量 计算方法：及时报告例数/报告总例数×100%\n"
     "3.健康档案建档率 定量 计算方法：建档人数/常住人口数×100%\n"
     "注：\n1.标记“▲”的指标为市级监测指标。\n2.建档人数是指辖区内已建立电子健康档案的居民人数。\n"
     "3.市卫生健康委在组织考核时，根据工作实际适当调整考核指标。\n",
     ["疫苗接种率", "传染病报告及时率", "健康档案建档率", "市级监测指标", "建档人数是指"],
     {"市卫生健康委在组织考核时，根据工作实际适当调整考核指标": {("白河市卫生健康委", None)}}),
    ("a-marked-row-is-still-a-task",
     "青川县爱国卫生重点工作\n1.开展环境卫生整治\t定量\t计算方法：整治点位数。（县住建局牵头）\n"
     "2.推进农村改厕工作\t定量\t计算方法：新建户厕数。（县农业农村局牵头）\n"
     "3.开展病媒生物防制\t定量\t计算方法：防制次数。（县卫健局牵头）\n",
     [],
     {"开展环境卫生整治 定量 计算方法：整治点位数": {("青川县住建局", "lead")}}),
]


# the notes under a marked label (*注：) explain the marked rows; the titles listed after
# 附件：1.… are the annexes, no tasks (the duties of the body before them stay)
NOTES_AND_ANNEXES = [
    ("marked-note-label",
     "青川县病媒监测点位表\n县疾控中心要每月汇总监测数据。\n*注：\n1.标记*的点位为重点点位。\n"
     "2.企业自报的点位，应纳入抽查范围。\n3.未布点的乡镇由县疾控中心补点。\n",
     ["重点点位", "企业自报的点位", "未布点的乡镇"],
     {"县疾控中心要每月汇总监测数据": {("青川县疾控中心", None)}}),
    ("explanation-label-run-on-with-its-first-note",
     "青川县城区临时停车收费标准\n县城管局要在收费点公示收费标准。\n"
     "说明：1、不足半小时的按半小时计收。\n2、夜间停车按白天标准减半计收。\n"
     "3、货车按车辆核定载重分档计收。\n4、新能源车辆首小时免收。\n",
     ["夜间停车", "货车按车辆", "新能源车辆"],
     {"县城管局要在收费点公示收费标准": {("青川县城管局", None)}}),
    ("annex-titles-after-the-label",
     "白河市卫生健康委关于开展健康乡村评选的通知\n市疾控中心要在6月底前完成初评。\n"
     "附件：1.健康乡村评选标准\n2.健康乡村评选申报书\n3.重点乡村清单\n4.乡村推荐汇总表\n",
     ["评选申报书", "重点乡村清单", "推荐汇总表"],
     {"市疾控中心要在6月底前完成初评": {("白河市疾控中心", None)}}),
]


@pytest.mark.parametrize(("text", "absent", "present"), rows(INDICATOR_TABLES + NOTES_AND_ANNEXES))
def test_indicator_tables_and_their_notes_are_no_tasks(text: str, absent: list[str], present: dict) -> None:
    duties = {t.rstrip("。"): who for t, who in _duties(extract_text(text, "t.txt")).items()}
    assert not any(a in t for a in absent for t in duties), duties
    for task, who in present.items():
        assert duties.get(task) == who, (task, duties)


# (id, numbered list, {item text: {(body, role)}}): a task item closed by a sentence that only
# names who carries it out (X负责实施 / X负责具体实施 / 由X负责组织 / X负责组织Y具体实施 /
# X负责落实, a note in brackets after it): the item is the task of those bodies, the closing
# sentence no duty of its own
CLOSING_DOERS = [
    ("town-campaign-items",
     "柳溪镇2025年春季爱国卫生运动实施方案\n三、工作内容\n"
     "1.开展农贸市场周边环境整治。清除积存垃圾，规范摊点经营。镇环卫所和各村（社区）负责具体实施。\n"
     "2.开展校园周边卫生清理。对学校周边的杂草进行全面清理。各中小学校负责实施（各村小由中心校统一组织）。\n"
     "3.开展病媒生物集中消杀。对重点场所开展灭鼠灭蚊。由镇卫生院、镇农业服务中心负责组织。\n"
     "4.开展健康知识宣传。发放宣传资料，举办健康讲座。镇卫生院负责组织各村卫生室具体实施。\n",
     {"开展农贸市场周边环境整治。清除积存垃圾，规范摊点经营": {("镇环卫所", None), ("各村", None)},
      "开展校园周边卫生清理。对学校周边的杂草进行全面清理": {("各中小学校", None)},
      "开展病媒生物集中消杀。对重点场所开展灭鼠灭蚊": {("镇卫生院", None), ("镇农业服务中心", None)},
      "开展健康知识宣传。发放宣传资料，举办健康讲座": {("镇卫生院", None), ("各村卫生室", None)}}),
    ("township-items-with-plain-verbs",
     "石桥乡环境卫生整治行动方案\n二、主要任务\n"
     "1.整治乡村道路沿线垃圾。全面清理道路两侧的暴露垃圾。乡派出所、乡交管站负责实施。\n"
     "2.整治河道水面漂浮物。清理河道内的漂浮物和垃圾。乡水利站负责具体实施。\n"
     "3.整治农户房前屋后环境。清理乱堆乱放，规范柴草堆放。各村委会负责落实。\n",
     {"整治乡村道路沿线垃圾。全面清理道路两侧的暴露垃圾": {("乡派出所", None), ("乡交管站", None)},
      "整治河道水面漂浮物。清理河道内的漂浮物和垃圾": {("乡水利站", None)},
      "整治农户房前屋后环境。清理乱堆乱放，规范柴草堆放": {("各村委会", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(CLOSING_DOERS))
def test_an_item_closed_by_the_bodies_that_carry_it_out(text: str, expected) -> None:
    duties = _duties(extract_text(text, "t.txt"))
    for task, who in expected.items():
        assert duties.get(task) == who, (task, duties)
    assert not any(t.endswith(("实施", "组织", "落实", "）")) for t in duties), duties


def test_long_item_assigned_by_labeled_lines_under_it():
    """A numbered item of a work report's task division runs to several sentences (one with
    its own subject) and past the length of a task; the 责任单位/配合单位 lines under it assign
    it: the item is one duty, the 责任单位 responsible with no role, the 配合单位 support."""
    long_item = ("26、办好人民满意的职业教育。深化产教融合，推动职业院校与重点企业共建实训基地，"
                 "每年新增订单培养班级二十个以上。扩大中高职贯通培养规模，完善技能大赛和学分认定制度。"
                 "各职业院校要健全毕业生跟踪调查制度，按季度报送就业质量数据。加快城北职教园区二期工程建设，"
                 "年内完成主体结构封顶，同步推进学生公寓和图书馆配套项目。统筹各类培训资金，面向农村转移劳动力、"
                 "退役军人和失业人员开展免费技能培训，全年培训人数达到一万人次以上。加强双师型教师队伍建设，"
                 "落实教师到企业实践制度，引进行业领军人才担任兼职教师，提升专业教学团队整体水平。\n")
    assert len(long_item) > 255  # longer than a task (MAX_TASK_CHARS)
    text = ("东岭市政府工作报告重点任务分解\n" + long_item
            + "责任单位:市教育局、东岭职业技术学院\n配合单位:各县(市、区)政府,市人力社保局、市财政局\n"
            "27、加强基层卫生人才培养。\n")
    duties = {t: who for t, who in _duties(extract_text(text, "t.txt")).items() if "职业教育" in t}
    assert len(duties) == 1, duties
    (task, who), = duties.items()
    assert task.startswith("办好人民满意的职业教育。深化产教融合") and task.endswith("提升专业教学团队整体水平")
    assert who == {("东岭市教育局", None), ("东岭职业技术学院", None), ("各县（市、区）政府", "support"),
                   ("东岭市人力社保局", "support"), ("东岭市财政局", "support")}


def test_flattened_table_with_broken_header_cells_and_empty_columns():
    """A plan's task table copied one cell a line, under a line that is no part of it: header
    cells broken over two lines (``牵头`` / ``部门``, ``完成`` / ``时间``), a unit column named by
    its cue words (``相关责任部门``), two grouping columns (项目, 类别) whose cells are empty in
    every row (their lines dropped), the header written again halfway. Each row is a duty of
    its lead (lead) and its related departments (no role: they are not said to 配合); the unit
    cell above the next cell is no division of duties."""
    text = ("南岭区发展规划任务分解表\n  规划任务分解之三:公共服务\n序号\n项目\n类别\n具 体 内 容\n牵头\n部门\n"
            "相关责任部门\n完成\n时间\n"
            "31\n推进社区养老服务站建设\n民政局\n财政局、规划局\n2012年\n"
            "32\n扩大家庭医生签约覆盖面\n卫生局\n医保办等相关部门\n2011年\n"
            "序号\n项目\n类别\n具 体 内 容\n牵头\n部门\n相关责任部门\n完成\n时间\n"
            "33\n完善公共体育设施布局\n体育局\n规划局、房管局\n2012年\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert duties == {
        "推进社区养老服务站建设": {("民政局", "lead"), ("财政局", None), ("规划局", None)},
        "扩大家庭医生签约覆盖面": {("卫生局", "lead"), ("医保办", None)},
        "完善公共体育设施布局": {("体育局", "lead"), ("规划局", None), ("房管局", None)},
    }, duties


def test_assessment_table_one_cell_a_line():
    """An assessment table copied one cell a line (序号 / 考核项目 / 分值 / 考核内容 / 评分标准):
    each block of a unit's row (its heading and its scored criteria run together) is one duty
    of that unit, the row number its item; the numbered criteria are no duties of their own;
    rows common to every unit (a label naming no body, 宣传工作) and the bonus part give nothing."""
    text = ("青溪县2020年度湖泊保护责任单位考核细则\n序号\n考核项目\n分值\n考核内容\n评分标准\n"
            "一、\n共性考核项目\n30\n1\n宣传工作\n10\n湖泊保护宣传\n"
            "1.开展湖泊保护宣传活动（5分）；\n2.发放宣传资料（5分）。\n"
            "二、\n部门考核项目\n70\n1\n重点部门\n县生态环境局\n40\n加强湖泊水质监测\n"
            "1.每月监测湖泊水质（20分）；\n2.建立水质异常通报制度（20分）。\n"
            "30\n整治入湖排污口\n1.排查入湖排污口，建立台账（15分）；\n2.督促取缔非法排污口（15分）。\n"
            "2\n县交通运输局\n70\n加强湖区航运管理\n规范湖区船舶停靠，出现一例违规扣5分（70分）\n"
            "三、\n加分项目\n1.获省级表彰的加10分；\n2.获市级表彰的加5分。\n")
    g = extract_text(text, "t.txt")
    duties = _duties(g)
    env = {("青溪县生态环境局", None)}
    assert duties == {
        "加强湖泊水质监测\n1.每月监测湖泊水质（20分）；\n2.建立水质异常通报制度（20分）": env,
        "整治入湖排污口\n1.排查入湖排污口，建立台账（15分）；\n2.督促取缔非法排污口（15分）": env,
        "加强湖区航运管理\n规范湖区船舶停靠，出现一例违规扣5分（70分）": {("青溪县交通运输局", None)},
    }, duties
    items = {d["text"]: d.get("item") for _n, d in g.nodes(data=True) if d["type"] == "duty"}
    assert sorted(items.values()) == [1, 1, 2], items


# (id, a task table as a web copy stores it, {duty: {(body, role)}} of every duty): each layout
# of a table's rows read by the one table reader (extractor/match/task_tables.py and the table
# readers of extractor/match/tasks.py). An indicator table's row is the duty of its units, its
# text the indicator's name (the target values are no part of it); a row's unit cells written
# one unit a line place only the first (the lead column) and the last (the other column): the
# lines between may be either column's, so they are responsible with no role.
TABLE_LAYOUTS = [
    ("indicator-table-tab-separated",
     "青山县健康指标目标责任清单\n"
     "序号\t指标名称\t单位\t2024年\t2026年\t牵头单位\t责任单位\n"
     "1\t居民体质合格率\t%\t90.1\t≥92\t县体育局\t县教育局、各乡镇人民政府\n"
     "2\t孕产妇系统管理率\t%\t85\t≥90\t县卫健局\t县妇幼保健院,各乡镇人民政府\n",
     {"居民体质合格率": {("青山县体育局", "lead"), ("青山县教育局", None), ("各乡镇人民政府", None)},
      "孕产妇系统管理率": {("青山县卫健局", "lead"), ("青山县妇幼保健院", None), ("各乡镇人民政府", None)}}),
    ("indicator-table-one-cell-a-line-year-columns-and-a-target-that-is-a-number",
     "青山县健康指标目标责任清单\n序号\n指标名称\n单位\n2024年\n2026年\n牵头单位\n责任单位\n"
     "1\n居民体质合格率\n%\n90.1\n≥92\n县体育局\n县教育局、各乡镇人民政府\n"
     "2\n孕产妇系统管理率\n%\n85\n≥90\n县卫健局\n县妇幼保健院,各乡镇人民政府\n"
     "3\n婴儿死亡率\n‰\n3.1\n≤3\n县卫健局\n县妇幼保健院\n",
     {"居民体质合格率": {("青山县体育局", "lead"), ("青山县教育局", None), ("各乡镇人民政府", None)},
      "孕产妇系统管理率": {("青山县卫健局", "lead"), ("青山县妇幼保健院", None), ("各乡镇人民政府", None)},
      "婴儿死亡率": {("青山县卫健局", "lead"), ("青山县妇幼保健院", None)}}),
    ("one-cell-a-line-leader-column-merged-and-units-on-several-lines",
     "白河市2024年重点工作责任分工方案\n"
     "牵头领导\n重点工作\n牵头单位\n配合单位\n备注\n"
     "李某某\n"
     "1.全面推进依法行政。健全重大行政决策程序，推行行政执法公示制度，提高依法办事能力。\n"
     "市政府办\n各单位\n"
     "王某\n"
     "2.持续优化营商环境。深化审批制度改革，压缩企业开办时间，推行一网通办，提升政务服务效能。\n"
     "市发改委\n市司法局\n市市场监管局\n各单位\n"
     "3.加快推进城市更新。实施老旧小区改造，完善城市基础设施，提升城市品质。\n"
     "市住建局\n市财政局\n",
     {"全面推进依法行政。健全重大行政决策程序，推行行政执法公示制度，提高依法办事能力":
         {("白河市政府办", "lead"), ("各单位", "support")},
      "持续优化营商环境。深化审批制度改革，压缩企业开办时间，推行一网通办，提升政务服务效能":
         {("白河市发改委", "lead"), ("白河市司法局", None), ("白河市市场监管局", None), ("各单位", "support")},
      "加快推进城市更新。实施老旧小区改造，完善城市基础设施，提升城市品质":
         {("白河市住建局", "lead"), ("白河市财政局", "support")}}),
    ("tab-separated-first-unit-leads-by-the-header-s-note",
     "红石区环境整治任务分解表\n"
     "序号\t工作任务\t责任单位（列第一位者为牵头单位）\t完成时限\n"
     "1\t开展背街小巷垃圾清理\t区城管局、区住建局、各街道\t2024年6月底前\n"
     "2\t整治农贸市场周边秩序\t区市场监管局，区城管局\t2024年9月底前\n",
     {"开展背街小巷垃圾清理": {("红石区城管局", "lead"), ("红石区住建局", None), ("各街道", None)},
      "整治农贸市场周边秩序": {("红石区市场监管局", "lead"), ("红石区城管局", None)}}),
    ("one-cell-a-line-first-unit-leads-by-the-header-s-note",
     "红石区环境整治任务清单\n序号\n工作任务\n责任单位（列第一位者为牵头单位）\n完成时限\n"
     "1\n开展背街小巷垃圾清理\n区城管局、区住建局、各街道\n2024年6月底前\n"
     "2\n整治农贸市场周边秩序\n区市场监管局，区城管局\n2024年9月底前\n",
     {"开展背街小巷垃圾清理": {("红石区城管局", "lead"), ("红石区住建局", None), ("各街道", None)},
      "整治农贸市场周边秩序": {("红石区市场监管局", "lead"), ("红石区城管局", None)}}),
    ("tab-separated-unit-cells-merged-down-a-group",
     "红石区环境整治任务分解表\n"
     "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
     "一\t市容整治\t\t\t\n"
     "1\t开展背街小巷垃圾清理\t区城管局\t区住建局、各街道\t2024年6月底前\n"
     "2\t整治农贸市场周边秩序\t\t\t2024年9月底前\n"
     "3\t推进公厕提质改造\t区住建局\t区财政局\t2024年12月底前\n",
     {"开展背街小巷垃圾清理": {("红石区城管局", "lead"), ("红石区住建局", "support"), ("各街道", "support")},
      "整治农贸市场周边秩序": {("红石区城管局", "lead"), ("红石区住建局", "support"), ("各街道", "support")},
      "推进公厕提质改造": {("红石区住建局", "lead"), ("红石区财政局", "support")}}),
    ("one-cell-a-line-numbered-a-row-missing-its-last-cell",
     "青山县卫生创建任务清单\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
     "1\n开展病媒生物防制工作\n县卫健局\n县城管局、各乡镇\n2024年6月底前\n"
     "2\n整治城区背街小巷环境\n县城管局\n县住建局\n"
     "3\n推进农贸市场规范化改造\n县市场监管局\n县商务局\n2024年10月底前\n",
     {"开展病媒生物防制工作": {("青山县卫健局", "lead"), ("青山县城管局", "support"), ("各乡镇", "support")},
      "整治城区背街小巷环境": {("青山县城管局", "lead"), ("青山县住建局", "support")},
      "推进农贸市场规范化改造": {("青山县市场监管局", "lead"), ("青山县商务局", "support")}}),
    ("one-cell-a-line-numbered-all-cells",
     "青山县卫生创建任务清单\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n备注\n"
     "1\n开展病媒生物防制工作\n县卫健局\n县城管局、各乡镇\n2024年6月底前\n"
     "2\n整治城区背街小巷环境\n县城管局\n县住建局\n2024年9月底前\n",
     {"开展病媒生物防制工作": {("青山县卫健局", "lead"), ("青山县城管局", "support"), ("各乡镇", "support")},
      "整治城区背街小巷环境": {("青山县城管局", "lead"), ("青山县住建局", "support")}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(TABLE_LAYOUTS))
def test_task_table_layouts(text: str, expected: dict) -> None:
    assert _duties(extract_text(text, "t.txt")) == expected


def test_unit_labels_with_their_units_on_the_line_below():
    """A project's cells copied one a line: ``牵头单位：`` alone, its unit on the next line (also
    ``协办单位：``): the units of the project above, with the labels' roles; a unit's line is no
    task of its own."""
    g = extract_text(
        "青禾区2021年民生实事：老有颐养\n\n"
        "新建社区长者饭堂4家，解决老年人就餐难题\n\n牵头单位:\n\n青禾区民政局\n\n协办单位:\n\n各街道办事处\n\n"
        "进度安排\n", "t.txt")
    assert _duties(g) == {"新建社区长者饭堂4家，解决老年人就餐难题": {
        ("青禾区民政局", "lead"), ("各街道办事处", "support")}}


def test_flattened_table_of_target_tasks_with_a_planned_completion_column():
    """A progress table copied one cell a line whose columns are 目标任务 (the task) and 计划完成时间
    (its deadline), beside 牵头责任单位: each row a task of its lead unit, an internal unit too (``经管站``)."""
    g = extract_text(
        "序号\n\n目标任务\n\n牵头责任单位\n\n计划完成时间\n\n目前完成情况\n\n是否达到序时进度\n\n"
        "1\n\n新建乡村公路桥梁3座，消除危桥隐患。\n\n县交通运输局\n\n2023年底\n\n两座已完工。\n\n是\n\n"
        "2\n\n完成村级集体经济收入统计核查。\n\n经管站\n\n2023年底\n\n核查中。\n\n是\n", "t.txt")
    assert _duties(g) == {"新建乡村公路桥梁3座，消除危桥隐患": {("县交通运输局", "lead")},
                          "完成村级集体经济收入统计核查": {("经管站", "lead")}}


def test_flattened_rows_whose_empty_last_cell_was_dropped():
    """Rows of a table copied one cell a line that leave their last column (a status, no kind of
    its own) empty: the cell's line is gone, the other cells still line up with the header."""
    g = extract_text(
        "序号\n\n目标任务\n\n牵头责任单位\n\n计划完成时间\n\n目前完成情况\n\n是否达到序时进度\n\n"
        "1\n\n新建乡村公路桥梁3座，消除危桥隐患。\n\n县交通运输局\n\n2023年底\n\n两座已完工。\n\n"
        "2\n\n完成村级集体经济收入统计核查。\n\n经管站\n\n2023年11月底\n\n核查中。\n", "t.txt")
    found = {d["text"]: d.get("deadline") for _n, d in g.nodes(data=True) if d["type"] == "duty"}
    assert found == {"新建乡村公路桥梁3座，消除危桥隐患": "2023年底", "完成村级集体经济收入统计核查": "2023年11月底"}
    assert _duties(g) == {"新建乡村公路桥梁3座，消除危桥隐患": {("县交通运输局", "lead")},
                          "完成村级集体经济收入统计核查": {("经管站", "lead")}}


# (id, a task table whose rows ran on in one line, each its number glued to the unit cell before
# it, its task closed by 。 and its unit cell a marker without brackets; {duty: {(body, role)}}
# of every duty that has bodies). Each row is a duty of its marker's units; a number inside a
# sentence starts no row, and one row alone is no table.
RUN_ON_MARKED_ROWS = [
    ("header-glued-full-width-semicolons-a-collective-of-a-joint-meeting",
     "青禾市养老服务重点任务分工\n"
     "序号工作任务责任单位1健全居家养老服务网络。推动社区养老服务站全覆盖。市民政局、市卫生健康委牵头；"
     "市财政局配合；各县(区)党委和政府落实2完善老年人助餐补贴制度，根据财力实行补贴标准动态调整。市财政局、"
     "市民政局牵头；市养老服务工作联席会议成员单位配合；各县(区)党委和政府落实3加强养老护理员队伍建设。"
     "市人力资源社会保障局牵头；市民政局配合\n",
     {"健全居家养老服务网络。推动社区养老服务站全覆盖": {
         ("青禾市民政局", "lead"), ("青禾市卫生健康委", "lead"), ("青禾市财政局", "support"),
         ("各县（区）党委和政府", None)},
      "完善老年人助餐补贴制度，根据财力实行补贴标准动态调整": {
         ("青禾市财政局", "lead"), ("青禾市民政局", "lead"), ("青禾市养老服务工作联席会议成员单位", "support"),
         ("各县（区）党委和政府", None)},
      "加强养老护理员队伍建设": {("青禾市人力资源社会保障局", "lead"), ("青禾市民政局", "support")}}),
    ("county-ascii-punctuation-numbers-with-a-dot-and-stray-spaces",
     "柳溪县爱国卫生重点工作清单\n"
     "序号 重点工作 责任单位 7.开展城乡环境卫生大扫除.每月集中清理一次卫生死角。 县住建局牵头,县城管局、各乡镇配合 "
     "8.加强病媒生物防制。 县卫健局负责 9.推进农村改厕。县农业农村局牵头;各乡镇负责\n",
     {"开展城乡环境卫生大扫除。每月集中清理一次卫生死角": {  # the ASCII stop read as 。
         ("柳溪县住建局", "lead"), ("柳溪县城管局", "support"), ("各乡镇", "support")},
      "加强病媒生物防制": {("柳溪县卫健局", None)},
      "推进农村改厕": {("柳溪县农业农村局", "lead"), ("各乡镇", None)}}),
    ("traditional-characters",
     "序號工作任務責任單位1完善家庭醫生簽約服務。市衛生健康委牽頭；市醫保局配合2推進醫養結合。"
     "市民政局、市衛生健康委牽頭；各區政府落實\n",
     {"完善家庭医生签约服务": {("市卫生健康委", "lead"), ("市医保局", "support")},
      "推进医养结合": {("市民政局", "lead"), ("市卫生健康委", "lead"), ("各区政府", None)}}),
    ("near-miss-numbers-inside-sentences-give-no-rows",
     "截至目前全市建成社区食堂12个。市民政局牵头13个部门开展联合检查，市卫健委负责14项指标的评估。\n",
     # the sentences stay whole, read by their subjects
     {"市民政局牵头13个部门开展联合检查": {("市民政局", "lead")}, "市卫健委负责14项指标的评估": {("市卫健委", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(RUN_ON_MARKED_ROWS))
def test_run_on_rows_closed_by_unbracketed_markers(text: str, expected: dict) -> None:
    duties = _duties(extract_text(text, "t.txt"))
    assert {task: held for task, held in duties.items() if held} == expected
    assert not any(t.endswith(("配合", "落实", "负责")) for t in duties), duties


# (id, a task list whose markers close with other brackets or name a vague partner or a place
# written with its alternatives, {duty: {(body, role)}} of every duty that has bodies)
OTHER_MARKERS = [
    ("tortoise-shell-brackets-and-a-township-collective-with-its-alternative",
     "柳溪县2024年粮食安全重点任务\n"
     "（一）稳定粮食播种面积。落实粮食生产责任制，确保播种面积稳定。〔县农业农村局牵头，各乡（街道）落实〕\n"
     "（二）加强农田水利建设。实施小型农田水利设施建设和管护。〔县水利局、县财政局按职责分工负责，各镇（园区）落实〕\n",
     {"稳定粮食播种面积。落实粮食生产责任制，确保播种面积稳定": {("柳溪县农业农村局", "lead"), ("各乡", None)},
      "加强农田水利建设。实施小型农田水利设施建设和管护": {
          ("柳溪县水利局", None), ("柳溪县财政局", None), ("各镇", None)}}),
    ("white-lenticular-brackets-ascii-punctuation",
     "柳溪县2024年粮食安全重点任务\n"
     "1.推广大豆玉米复合种植。〖县农业农村局牵头,各乡镇(街道)配合〗\n"
     "2.开展撂荒地整治。〖县自然资源局负责〗\n"
     "3.加强粮食储备管理。〖县发展改革局负责〗\n",
     {"推广大豆玉米复合种植": {("柳溪县农业农村局", "lead"), ("各乡镇", "support")},
      "开展撂荒地整治": {("柳溪县自然资源局", None)}, "加强粮食储备管理": {("柳溪县发展改革局", None)}}),
    ("a-body-then-every-concerned-department-the-vague-partner-dropped",
     "青禾市健康城市建设任务\n"
     "（一）实施健康知识普及行动。建立健康科普专家库。（市卫生健康委牵头，市教育局、市统计局等各相关部门按职责分工负责）\n"
     "（二）实施控烟行动。推进无烟机关建设。（市卫生健康委负责，市文明办等各有关部门配合）\n",
     {"实施健康知识普及行动。建立健康科普专家库": {
         ("青禾市卫生健康委", "lead"), ("青禾市教育局", None), ("青禾市统计局", None)},
      "实施控烟行动。推进无烟机关建设": {("青禾市卫生健康委", None), ("青禾市文明办", "support")}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(OTHER_MARKERS))
def test_markers_in_other_brackets_and_vague_partners(text: str, expected: dict) -> None:
    graph = extract_text(text, "t.txt")
    assert {task: held for task, held in _duties(graph).items() if held} == expected
    assert not any("等各" in name for name in _orgs(graph))


def test_a_document_number_in_tortoise_shell_brackets_is_no_marker():
    """Near miss: ``〔2024〕`` in a cited document number closes no task."""
    text = ("柳溪县耕地保护工作安排\n根据《柳溪县人民政府关于加强耕地保护的通知》（柳政发〔2024〕3号）要求，"
            "县自然资源局要严格落实耕地保护责任。\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert not any(t.endswith(("〔", "〕", "2024")) or t.startswith(("〕", "3号")) for t in duties), duties


def test_a_collective_of_places_is_the_collective_of_their_governments():
    """``各县（市、区）`` written beside ``各县（市、区）人民政府`` (a marker's unit) is that collective."""
    text = ("青禾市健康城市建设任务\n"
            "（一）实施健康知识普及行动。建立健康科普专家库。（市卫生健康委牵头，各县（市、区）人民政府负责）\n"
            "（二）实施控烟行动。推进无烟机关建设。（市卫生健康委负责）\n"
            "各县（市、区）要按照职责分工，研究具体政策措施。\n")
    names = [n for n in _orgs(extract_text(text, "t.txt")) if n.startswith("各县")]
    assert len(names) == 1, names  # one body, whichever form names it


_CHECKED = ("虚报、瞒报统计数据", "拒绝提供调查资料", "未按规定设置统计台账", "擅自变更调查内容",
            "伪造原始记录", "阻挠执法检查", "漏报应急物资", "台账记录不全")


@pytest.mark.parametrize("text", [
    # an item leading in its own sub-items, twice; the lead-in's next item ends the list
    ("南山县统计执法检查工作方案\n三、自查阶段\n1.各乡镇和各有关部门自查内容包括：\n（1）虚报、瞒报统计数据；\n"
     "（2）拒绝提供调查资料；\n（3）未按规定设置统计台账。\n2.规模以上企业自查内容包括:\n（1）擅自变更调查内容；\n"
     "（2）伪造原始记录；\n（3）阻挠执法检查。\n"),
    # a paragraph leading in, ASCII colon and a stray space
    ("北岭市安全生产督查方案\n二、督查安排\n检查重点如下 :\n1、漏报应急物资；\n2、台账记录不全；\n3、伪造原始记录。\n"),
    # 重点 before the verb, and a line break inside an item
    ("东湖区统计工作专项检查\n二、检查安排\n本次重点检查以下问题：\n1.虚报、瞒报统计\n数据；\n2.拒绝提供调查资料；\n"
     "3.阻挠执法检查。\n"),
    # traditional characters
    ("西川縣統計執法檢查方案\n二、自查階段\n檢查內容包括：\n（一）虚报、瞒报统计数据；\n（二）拒绝提供调查资料；\n"
     "（三）未按规定设置统计台账。\n"),
])
def test_items_an_inspection_looks_at_are_no_tasks(text: str):
    """``X自查内容包括：`` / ``检查重点如下：`` / ``重点检查以下问题：``: the items are what an
    inspection looks for (violations, points checked), no one's tasks."""
    duties = _duties(extract_text(text, "t.txt"))
    assert not any(t.startswith(_CHECKED) for t in duties), duties


def test_a_list_of_work_contents_and_the_duty_after_a_checked_list_stay_tasks():
    """Near miss: ``主要工作内容包括：`` (no inspecting verb) leads in tasks; a duty after the
    checked items is still read."""
    text = ("南山县统计执法检查工作方案\n三、工作安排\n主要工作内容包括：\n1.县统计局负责制定检查方案；\n"
            "2.县司法局负责培训执法人员；\n3.县财政局负责保障工作经费。\n四、自查阶段\n各乡镇自查内容包括：\n"
            "1.虚报、瞒报统计数据；\n2.拒绝提供调查资料；\n3.阻挠执法检查。\n"
            "各乡镇要按照上述要求认真组织自查，于6月底前报送自查报告。\n")
    duties = _duties(extract_text(text, "t.txt"))
    assert not any(t.startswith(_CHECKED) for t in duties), duties
    assert any(t.startswith("县统计局负责制定检查方案") for t in duties), duties
    assert any(t.startswith("各乡镇要按照上述要求认真组织自查") for t in duties), duties


def _bar_table(rows: list[tuple[str, ...]], bar: str = "|") -> str:
    """A table copied one cell a line with a bar line after each cell, a row's closing bar then
    the next row's opening one (an empty cell: two bars)."""
    return f"\n{bar}\n{bar}\n".join(f"\n{bar}\n".join(row) for row in rows) + f"\n{bar}\n"


_BAR_HEAD = ("青禾市人民政府办公室关于印发近期水利工作责任分解表的通知\n各县（区）人民政府，市各有关部门：\n"
             "现将责任分解表印发给你们，请认真抓好落实。\n青禾市人民政府办公室\n2019年3月2日\n近期水利工作责任分解表\n")
_BAR_ROWS = [("工作任务", "完成时间", "牵头部门", "配合部门"),
             ("编制全市农田水利建设规划，完善项目储备库。", "年内", "市水利局\n市财政局", "市发改委"),
             ("开展河道清淤整治。", "6月底前", "市水利局", ""),
             ("建立防汛物资储备制度，落实储备资金。", "年内", "市应急局", "市财政局、市水利局")]
_BAR_DUTIES = {
    "编制全市农田水利建设规划，完善项目储备库": {("青禾市水利局", "lead"), ("青禾市财政局", "lead"), ("青禾市发改委", "support")},
    "开展河道清淤整治": {("青禾市水利局", "lead")},
    "建立防汛物资储备制度，落实储备资金": {("青禾市应急局", "lead"), ("青禾市财政局", "support"), ("青禾市水利局", "support")},
}
_BAR_TRADITIONAL = [tuple(cell.replace("财政", "財政").replace("务", "務").replace("设", "設") for cell in row)
                    for row in _BAR_ROWS]
BAR_TABLES = [
    ("ascii bars", _BAR_HEAD + _bar_table(_BAR_ROWS), _BAR_DUTIES),
    ("full-width bars", _BAR_HEAD + _bar_table(_BAR_ROWS, "｜"), _BAR_DUTIES),
    ("bars with stray spaces", _BAR_HEAD + _bar_table(_BAR_ROWS, " | "), _BAR_DUTIES),
    ("traditional characters", _BAR_HEAD + _bar_table(_BAR_TRADITIONAL), _BAR_DUTIES),
    # near misses: a page's menu between bars (no task, no unit column), and bars around units alone
    ("a menu between bars", "首页\n|\n新闻中心\n|\n政务公开\n|\n|\n办事服务\n", {}),
    ("units between bars, no header", "青禾市水利工作\n|\n市水利局\n|\n市财政局\n|\n|\n加强河道管理\n", {}),
]


@pytest.mark.parametrize(("text", "expected"), rows(BAR_TABLES))
def test_a_table_copied_one_cell_a_line_between_bar_lines(text: str, expected: dict) -> None:
    """A task table copied one cell a line with a bar line after each cell (``工作任务`` / ``|`` /
    ``完成时间`` / ``|`` … then ``|`` / ``|`` between rows): each row is read as one line, a duty of
    its lead and support cells (units one a line in a cell are each a unit), its time cell the
    deadline (``年内``: the year's end); an empty cell is two bars."""
    graph = extract_text(text, "t.txt")
    assert {task: held for task, held in _duties(graph).items() if held} == expected
    if expected:
        deadlines = {d["text"]: d.get("deadline") for _n, d in graph.nodes(data=True) if d["type"] == "duty"}
        assert deadlines["开展河道清淤整治"] == "6月底前"
        assert deadlines["建立防汛物资储备制度，落实储备资金"] == "年内"
