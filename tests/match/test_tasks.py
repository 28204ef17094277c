"""Component ``policykg_tasks`` (extractor/match/tasks.py) and the deadlines of
``policykg_free_duties``, through ``load()(text)``: numbered tasks with their lead and
supporting units (``responsible_for`` with ``role=lead`` / ``role=support``) in the shapes task
lists take (markers in brackets after the task, marker lines under it, table rows, inline
``（A牵头，B配合）``), and deadlines (``doc.spans["deadlines"]``, DEADLINE, ``kb_id_`` the ISO
date; the duty's ``deadline`` / ``deadline_date``).

Each row: an id, a short notice of our own, the DUTY span texts, the facts."""

from __future__ import annotations

import pytest
from tables import broken, doc_of, facts, rows, spans_of

R = "responsible_for"
HEAD = "红石区2025年登革热防控重点任务\n"
T1, T2 = "开展蚊媒密度监测", "加强输入病例排查"


def _lead_support(duty: str, lead: list[str], support: list[str] = ()) -> set[tuple[str, ...]]:
    return {(f"红石区{u}", R, duty, "role=lead") for u in lead} | {(f"红石区{u}", R, duty, "role=support") for u in support}


def _responsible(duty: str, *units: str) -> set[tuple[str, ...]]:
    return {(f"红石区{u}", R, duty) for u in units}


def _lead_rest(duty: str, lead: str, rest: list[str]) -> set[tuple[str, ...]]:
    """The first unit leads, the others are responsible with no role."""
    return {(lead, R, duty, "role=lead")} | {(u, R, duty) for u in rest}


# (id, notice, DUTY span texts, facts)
TASKS = [
    ("markers-in-brackets-after-the-task",
     HEAD + "一、重点任务\n（一）开展蚊媒密度监测。每月开展一次布雷图指数调查。（牵头单位：区疾控中心；配合单位：区住建局、区城管局；"
     "完成时限：2025年10月底前）\n（二）清除积水容器。（责任单位：各街道办事处）\n",
     ["开展蚊媒密度监测。每月开展一次布雷图指数调查", "清除积水容器"],
     _lead_support("开展蚊媒密度监测。每月开展一次布雷图指数调查", ["疾控中心"], ["住建局", "城管局"])
     | {("各街道办事处", R, "清除积水容器")}),
    ("table-rows",
     HEAD + "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t开展蚊媒密度监测\t区疾控中心\t区住建局、区城管局\t2025年10月底前\n"
     "2\t组织病例救治\t区人民医院\t\t长期坚持\n二、保障措施\n",
     [T1, "组织病例救治"],
     _lead_support(T1, ["疾控中心"], ["住建局", "城管局"]) | _lead_support("组织病例救治", ["人民医院"])),
    ("table-row-ending-the-text",
     HEAD + "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t开展蚊媒密度监测\t区疾控中心\t区住建局、区城管局\t2025年10月底前\n"
     "2\t组织病例救治\t区人民医院\t\t长期坚持\n",
     [T1, "组织病例救治"],
     _lead_support(T1, ["疾控中心"], ["住建局", "城管局"]) | _lead_support("组织病例救治", ["人民医院"])),
    ("inline-lead-and-support",
     HEAD + "1.开展蚊媒密度监测（区疾控中心牵头，区住建局、区城管局配合，2025年10月底前完成）\n2.加强医务人员培训（区卫健局负责，持续推进）\n",
     [T1, "加强医务人员培训"],
     _lead_support(T1, ["疾控中心"], ["住建局", "城管局"]) | {("红石区卫健局", R, "加强医务人员培训")}),
    ("responsible-units-line",
     HEAD + "1.加强输入病例排查\n责任单位：区卫健局、区海关\n",
     [T2],
     {("红石区卫健局", R, T2), ("红石区海关", R, T2)}),
    ("marker-lines-under-the-task",
     HEAD + "1.开展蚊媒密度监测，9月底前完成第一轮调查。\n牵头单位：区疾控中心\n配合单位：区住建局、区城管局\n"
     "2.加强输入病例排查。\n责任单位：区卫健局、区海关\n",
     ["开展蚊媒密度监测，9月底前完成第一轮调查", T2],
     _lead_support("开展蚊媒密度监测，9月底前完成第一轮调查", ["疾控中心"], ["住建局", "城管局"])
     | {("红石区卫健局", R, T2), ("红石区海关", R, T2)}),
    # a 负责部门/负责单位 label is a responsible-units label like 责任单位 (full or half width, in
    # 【】), beside a field the marker adds (适用范围：…); 负责人： names a person, no marker
    ("responsible-department-labels",
     "红石区支持开发区改革创新的若干措施\n（一）放宽准入限制。(负责部门:区商务局、区人社局;适用范围:全区)\n（二）合理安排用地计划。"
     "（负责部门：区自然资源局，适用范围：区经济开发区）\n（三）下放审批权限。【负责单位】区住建局\n（四）做好项目调度。（负责人：张明）\n",
     ["放宽准入限制", "合理安排用地计划", "下放审批权限"],
     _responsible("放宽准入限制", "商务局", "人社局") | _responsible("合理安排用地计划", "自然资源局")
     | _responsible("下放审批权限", "住建局")),
    # a vague partner after the unit (会同有关部门, 等相关部门和单位) names no unit: the unit alone
    ("vague-partner-after-the-unit",
     HEAD + "1.开展蚊媒密度监测。（区疾控中心会同有关部门负责）\n2.加强输入病例排查。（区卫健局、区海关等相关部门和单位负责）\n",
     [T1, T2],
     {("红石区疾控中心", R, T1), ("红石区卫健局", R, T2), ("红石区海关", R, T2)}),
    # units that guide a task (``（A、B指导）``) are responsible without a role; a body named
    # ``…总社`` is a unit of a marker like any other
    ("guiding-units-and-a-zongshe-in-markers",
     "红石区2025年登革热防控重点任务\n二、主要任务\n开展校园晨检。每日登记学生体温。（区教育局、区卫健局指导）\n"
     "建设废旧物资回收网点。（区商务局指导，区供销合作总社参与）\n",
     ["开展校园晨检。每日登记学生体温", "建设废旧物资回收网点"],
     {("红石区教育局", R, "开展校园晨检。每日登记学生体温"), ("红石区卫健局", R, "开展校园晨检。每日登记学生体温"),
      ("红石区商务局", R, "建设废旧物资回收网点"),
      ("红石区供销合作总社", R, "建设废旧物资回收网点", "role=support")}),
    # an outline of numbered paragraphs most of which name their doers in later sentences (also
    # after a short opener, 雨季期间，各街道要…): a paragraph that names no body is no task (2.);
    # one that names its doers as a class (报纸、电视等媒体要…: the class, a body, subjects.py) stays
    ("outline-paragraph-naming-no-body",
     "红石区登革热防控方案\n三、防控措施\n1.清理积水。雨季期间，各街道要组织清理积水容器，减少蚊虫孳生。\n"
     "2.个人防护。提倡居民使用蚊帐和驱蚊剂，减少叮咬。\n3.科普宣传。区卫健局要利用多种渠道宣传防蚊知识。\n"
     "4.媒体宣传。报纸、电视等媒体要开设防病专栏。\n",
     ["清理积水。雨季期间，各街道要组织清理积水容器，减少蚊虫孳生", "区卫健局要利用多种渠道宣传防蚊知识",
      "报纸、电视等媒体要开设防病专栏"],
     {("各街道", R, "清理积水。雨季期间，各街道要组织清理积水容器，减少蚊虫孳生"),
      ("红石区卫健局", R, "区卫健局要利用多种渠道宣传防蚊知识"), ("报纸、电视等媒体", R, "报纸、电视等媒体要开设防病专栏")}),
    # units listed before a comma share the verb of the clause after it (``A、B，C按职责分工负责``):
    # all are responsible; a bracket of units with no verb at all is no marker
    ("units-sharing-the-next-clauses-verb",
     HEAD + "一、重点任务\n（一）开展蚊媒密度监测。每月开展一次布雷图指数调查。（区疾控中心、区住建局，各街道办事处按职责分工负责）\n"
     "（二）清除积水容器。（各有关部门和单位，各镇人民政府按职责分工负责）\n（三）加强病例救治。（区卫健局，区人民医院负责）\n",
     ["开展蚊媒密度监测。每月开展一次布雷图指数调查", "清除积水容器", "加强病例救治"],
     {("红石区疾控中心", R, "开展蚊媒密度监测。每月开展一次布雷图指数调查"),
      ("红石区住建局", R, "开展蚊媒密度监测。每月开展一次布雷图指数调查"),
      ("各街道办事处", R, "开展蚊媒密度监测。每月开展一次布雷图指数调查"),
      ("各有关部门和单位", R, "清除积水容器"), ("各镇人民政府", R, "清除积水容器"),
      ("红石区卫健局", R, "加强病例救治"), ("红石区人民医院", R, "加强病例救治")}),
    ("units-in-brackets-with-no-verb-are-no-marker",
     HEAD + "一、重点任务\n（一）开展蚊媒密度监测。每月开展一次布雷图指数调查。（区疾控中心、区住建局，详见附件）\n"
     "（二）清除积水容器。（区城管局、区住建局）\n",
     [], set()),
    # a notice that closes each numbered task with a bare list of units (（A、B）, no verb):
    # the units are responsible, with no role; a list of three such items or more
    ("bare-unit-lists-closing-three-items",
     HEAD + "三、重点任务\n1.开展蚊媒密度监测。每月调查一次。（区疾控中心、区住建局）\n2.清除积水容器。（各街道办事处）\n"
     "3.加强病例救治。（区卫健局、区人民医院）\n",
     ["开展蚊媒密度监测。每月调查一次", "清除积水容器", "加强病例救治"],
     _responsible("开展蚊媒密度监测。每月调查一次", "疾控中心", "住建局") | {("各街道办事处", R, "清除积水容器")}
     | _responsible("加强病例救治", "卫健局", "人民医院")),
    # 各区、市教育局: the body at each level named before it, one collective (not 各区 and 市教育局)
    ("each-level-and-a-levels-body-are-one-collective",
     "青河市学生健康促进行动方案\n三、重点任务\n1.开展学生健康监测。（各区、市教育局负责）\n",
     ["开展学生健康监测"], {("各区、市教育局", R, "开展学生健康监测")}),
    # near misses: two such items are too few to tell a marker from a note; a bracket of
    # things (no units) closes nothing
    ("two-bare-unit-lists-are-no-markers",
     HEAD + "三、重点任务\n1.开展蚊媒密度监测。每月调查一次。（区疾控中心、区住建局）\n2.清除积水容器。（各街道办事处）\n",
     [], set()),
    ("bare-lists-of-things-are-no-markers",
     HEAD + "三、重点任务\n1.开展蚊媒密度监测，每月调查一次。（布雷图指数、诱蚊诱卵器指数）\n2.清除各类积水容器。（轮胎、花盆）\n"
     "3.储备灭蚊药械，保障供应。（杀虫剂、喷雾器）\n",
     ["开展蚊媒密度监测，每月调查一次。（布雷图指数、诱蚊诱卵器指数）", "清除各类积水容器。（轮胎、花盆）", "储备灭蚊药械，保障供应。（杀虫剂、喷雾器）"],
     set()),
    # a numbered item that opens with its doer (（2）县人民政府要…) is read with that subject, not
    # as a task of nobody; the items naming none stay tasks
    ("item-opening-with-its-doer",
     "血吸虫病防控实施方案\n三、工作措施\n（1）开展春季查螺；\n（2）县（区）人民政府主要领导要带队督导检查，确保措施落实。"
     "对违反规定的行为应作出处理；\n（3）组织秋季灭螺。\n",
     ["开展春季查螺", "组织秋季灭螺", "县（区）人民政府主要领导要带队督导检查，确保措施落实"],
     {("县（区）人民政府", R, "县（区）人民政府主要领导要带队督导检查，确保措施落实")}),
    # the numbered items under a heading or label naming who takes part (参加人员, 出席人员：,
    # 参会对象) list people and units, no tasks; the tasks after the next heading stay
    ("attendees-under-a-heading-are-no-tasks",
     "红石区爱国卫生月活动方案\n三、参加人员\n1、区有关领导；\n2、区卫健局、区城管局、区教育局各1名负责同志；\n3、各街道分管负责同志。\n"
     "四、活动分工\n1、区卫健局负责活动组织。\n2、各街道负责场地布置。\n",
     ["区卫健局负责活动组织", "各街道负责场地布置"],
     {("红石区卫健局", R, "区卫健局负责活动组织"), ("各街道", R, "各街道负责场地布置")}),
    ("attendees-under-a-label-are-no-tasks",
     "白河县结核病防治培训班方案\n出席人员：\n1.县卫健局分管领导；\n2.县疾控中心、县人民医院各2名业务骨干；\n3.各乡镇卫生院防保人员。\n"
     "三、工作安排\n1.县疾控中心负责授课。\n2.县卫健局负责会务保障。\n",
     ["县疾控中心负责授课", "县卫健局负责会务保障"],
     {("白河县疾控中心", R, "县疾控中心负责授课"), ("白河县卫健局", R, "县卫健局负责会务保障")}),
    # the numbered items under a heading or label naming what an applicant must be or hand in
    # (申报条件, 申请材料：, 支持对象) are conditions and documents, no tasks; the tasks after
    # the next heading stay
    ("application-conditions-and-documents-are-no-tasks",
     "白河县中小企业发展资金管理细则\n第二章　支持事项\n（一）申报条件（申报企业应同时具备下列条件，下同）\n"
     "1.申报企业在本县注册并正常经营满一年。\n2.申报企业近三年无重大违法记录。\n"
     "（二）申请材料：\n1.资金申请表；\n2.营业执照复印件；\n3.上年度财务报表。\n"
     "三、支持对象\n1、县内规模以上工业企业；\n2、新设立的科技型小微企业。\n"
     "四、职责分工\n1.县工信局负责组织申报。\n2.县财政局负责拨付资金。\n",
     ["县工信局负责组织申报", "县财政局负责拨付资金"],
     {("白河县工信局", R, "县工信局负责组织申报"), ("白河县财政局", R, "县财政局负责拨付资金")}),
    # near miss: a sentence about the documents (申报材料须真实。) heads nothing; the items after
    # it stay tasks
    ("a-sentence-about-documents-heads-no-list",
     "白河县中小企业发展资金管理细则\n三、工作要求\n申报材料须真实完整。\n1.县工信局负责组织申报。\n"
     "2.县财政局负责拨付资金。\n3.县审计局负责监督检查。\n",
     ["县工信局负责组织申报", "县财政局负责拨付资金", "县审计局负责监督检查"],
     {("白河县工信局", R, "县工信局负责组织申报"), ("白河县财政局", R, "县财政局负责拨付资金"),
      ("白河县审计局", R, "县审计局负责监督检查")}),
    # items that name things (documents to hand in, data a device records) under a line with
    # no heading word: most of them one noun phrase, so the run lists things, no tasks
    ("items-naming-documents-are-no-tasks",
     "白河县无人机试飞管理细则\n第五条 试飞单位向县工信局提交下列文件：\n1.飞行器登记申请表（附件1）；\n2.飞行器出厂合格证明；\n"
     "3.驾驶员资质证书复印件；\n4.第三方检测机构出具的安全评估报告。\n第六条 县工信局负责审核试飞申请。\n",
     ["县工信局负责审核试飞申请"], {("白河县工信局", R, "县工信局负责审核试飞申请")}),
    ("items-naming-recorded-data-are-no-tasks",
     "白河县无人机试飞管理细则\n第七条 飞行器应实时记录以下数据：\n（1）飞行高度；\n（2）飞行速度、航向等运动状态；\n"
     "（3）电池电量（如有）；\n（4）遥控信号强度。\n",
     [], set()),
    # kinds of income or grants named by a 的 phrase whose head is tagged a verb (…取得的所得,
    # …发放的补贴): things, no tasks
    ("items-naming-things-by-a-de-phrase-are-no-tasks",
     "白河县个人所得申报说明\n第三条 下列所得应当申报：\n1.个人从事种植、养殖活动取得的所得；\n"
     "2.个人出租房屋、车位取得的所得；\n3.个人转让股权取得的所得。\n",
     [], set()),
    # near miss: short tasks that open with a verb stay tasks, though none names a doer
    ("items-opening-with-verbs-stay-tasks",
     "白河县无人机试飞管理细则\n第八条 试飞期间做好以下工作：\n1.划定试飞空域；\n2.检查飞行器状态；\n3.公布投诉电话。\n",
     ["划定试飞空域", "检查飞行器状态", "公布投诉电话"], set()),
    # a plan's outline: each numbered paragraph opens with a title phrase (``完善防控体系。``), then
    # prose naming no doer: no task of anyone, whatever the numbering ((1), 1., １．)
    ("titled-outline-paragraphs-naming-no-doer",
     "红石区登革热防控工作方案\n三、重点任务\n1.健全监测网络。推动哨点医院扩容，加快建设蚊媒监测点位，完善报告流程。\n"
     "2.提升救治能力。完善定点医院收治流程，开展重症病例会诊。\n3.强化科普宣传、健康教育与随访。利用广播、网络开展宣传，提高群众防病意识。\n",
     [], set()),
    ("titled-outline-paragraphs-bracketed-numbers",
     "临江市2024年慢性病防控工作要点\n二、工作任务\n(1)完善防控体系。推进慢病示范区建设，健全分级诊疗流程。\n"
     "(2)加强筛查干预、随访与管理。扩大高血压筛查覆盖面，规范随访服务。\n(3)提升全民健康素养。开展健康知识进社区活动，普及合理膳食知识。\n",
     [], set()),
    ("titled-outline-paragraphs-full-width-numbers",
     "临江市慢性病防控工作要点\n二、工作任务\n１．完善防控体系。推进慢病示范区建设，健全分级诊疗流程。\n"
     "２．加强筛查干预。扩大高血压筛查覆盖面，规范随访服务。\n３．保障患者用药的安全性。规范药品采购，严禁虚假宣传。\n",
     [], set()),
    # a title holding a name in quotes or a short bracketed note is still a title; prose that
    # says 等方面的应用 names no class of doers (应 of 应用 is no modal)
    ("titled-outline-paragraphs-with-quoted-names",
     "临江市智慧医疗发展行动计划\n二、重点任务\n1.打造“云上医院”服务品牌。推广远程会诊服务，扩大基层覆盖面。\n"
     "2.推广首台（套）诊疗设备。加快国产设备在基层医院的应用，完善采购流程。\n"
     "3.推动数据与诊疗深度融合。加强数据在影像诊断、病历质控、随访管理等方面的应用，提升服务水平。\n",
     [], set()),
    # a title of two phrases (what to do, what for) is a title too; prose opening with a court
    # (a department of a known kind in a form no table lists) names its doer: the item stays
    ("titled-outline-two-phrase-titles",
     "临江市智慧法院建设工作要点\n二、重点任务\n1.建设诉讼服务平台，实现立案全程网办。推进平台与各类系统对接，完善服务流程。\n"
     "2.完善审判辅助系统，提升办案质效。推广智能阅卷和文书生成功能，减少重复劳动。\n"
     "3.推进送达平台建设，扩大电子送达。最高人民法院持续完善送达平台，推动各地法院接入。\n",
     ["推进送达平台建设，扩大电子送达。最高人民法院持续完善送达平台，推动各地法院接入"], set()),
    # near misses: short tasks with no title stay tasks; a title that is a sentence with its doer
    # (区疾控中心负责…。) or prose opening with a collective (各街道以社区为单位…) keeps the item
    ("short-tasks-without-titles-stay",
     "红石区登革热防控工作方案\n三、重点任务\n1.开展蚊媒密度监测，每月调查一次。\n2.加强输入病例排查。\n3.组织医务人员培训，提升诊治能力。\n",
     ["开展蚊媒密度监测，每月调查一次", "加强输入病例排查", "组织医务人员培训，提升诊治能力"], set()),
    ("titled-paragraphs-with-their-doers-stay",
     "红石区登革热防控工作方案\n三、重点任务\n1.清理积水。各街道以社区为单位，组织居民清理积水容器。\n"
     "2.提升救治能力。完善定点医院收治流程，开展重症病例会诊。\n3.区疾控中心负责蚊媒监测。每月开展一次布雷图指数调查。\n",
     ["清理积水。各街道以社区为单位，组织居民清理积水容器", "区疾控中心负责蚊媒监测。每月开展一次布雷图指数调查"],
     {("各街道", R, "清理积水。各街道以社区为单位，组织居民清理积水容器"),
      ("红石区疾控中心", R, "区疾控中心负责蚊媒监测。每月开展一次布雷图指数调查")}),
    ("titled-paragraphs-with-markers-stay",
     "红石区登革热防控工作方案\n三、重点任务\n1.健全监测网络。推动哨点医院扩容，加快建设监测点位。（区卫健局牵头，区财政局配合）\n"
     "2.提升救治能力。完善定点医院收治流程，开展重症病例会诊。（区人民医院负责）\n",
     ["健全监测网络。推动哨点医院扩容，加快建设监测点位", "提升救治能力。完善定点医院收治流程，开展重症病例会诊"],
     _lead_support("健全监测网络。推动哨点医院扩容，加快建设监测点位", ["卫健局"], ["财政局"])
     | {("红石区人民医院", R, "提升救治能力。完善定点医院收治流程，开展重症病例会诊")}),
    # a notice's own rule that the first unit of each marker leads (列第一位者为牵头单位，下同,
    # 排在首位的为牵头部门): the first unit of every later marker leads; the others 负责 and get
    # no role (they are not said to 配合); a unit the marker says 配合s stays support
    ("first-listed-leads-rule-then-plain-markers",
     "红石区爱国卫生“十四五”规划\n三、主要任务\n（一）健全监测网络。推动哨点医院扩容。（区卫健局、区财政局、区疾控中心负责，列第一位者为牵头单位，下同）\n"
     "（二）改善人居环境。整治背街小巷。（区住建局、区城管局负责）\n（三）加强健康教育。开展科普宣传。（区教育局负责）\n"
     "（四）清除积水容器。（区爱卫办负责，区水务局配合）\n",
     ["健全监测网络。推动哨点医院扩容", "改善人居环境。整治背街小巷", "加强健康教育。开展科普宣传", "清除积水容器"],
     _lead_support("健全监测网络。推动哨点医院扩容", ["卫健局"]) | {("红石区财政局", R, "健全监测网络。推动哨点医院扩容"),
      ("红石区疾控中心", R, "健全监测网络。推动哨点医院扩容")}
     | _lead_support("改善人居环境。整治背街小巷", ["住建局"]) | {("红石区城管局", R, "改善人居环境。整治背街小巷")}
     | _lead_support("加强健康教育。开展科普宣传", ["教育局"]) | _lead_support("清除积水容器", ["爱卫办"], ["水务局"])),
    ("first-listed-leads-rule-other-words-half-width",
     "青山县卫生健康事业发展规划\n二、重点任务\n1.完善急救体系。建设120分站。(县卫健局、县发展改革局负责;排在首位的部门为牵头部门,下同)\n"
     "2.发展中医药。建设中医馆。(县中医院、县卫健局负责)\n",
     ["完善急救体系。建设120分站", "发展中医药。建设中医馆"],
     _lead_rest("完善急救体系。建设120分站", "青山县卫健局", ["青山县发展改革局"])
     | _lead_rest("发展中医药。建设中医馆", "青山县中医院", ["青山县卫健局"])),
    # a plan's fields (时间：…, 工作重点：…: a noun label, then its value) are no tasks; an item
    # that says what to do is one, with or without a colon (加强宣传：…)
    ("fields-of-a-plan-are-no-tasks",
     HEAD + "二、灭蚊工作\n1、时间：5月中旬至10月下旬。\n2、清理各类积水容器，减少蚊虫孳生。\n"
     "3、工作重点：以农贸市场和建筑工地为重点。\n4、加强宣传：利用社区宣传栏普及防蚊知识。\n",
     ["清理各类积水容器，减少蚊虫孳生", "加强宣传：利用社区宣传栏普及防蚊知识"], set()),
    # an item naming no body that states a rule (a subject that is no body, then 须/应/不得/可),
    # a requirement going on from the lead-in (应具有…), a pointer (详见…), a 原则上 clause or
    # a list's lead-in (…如下) is no one's task; plain tasks beside them stay (under a heading
    # that is not about applying: there an item naming no body is the applicant's, sections.py)
    ("rules-pointers-and-lead-ins-are-no-tasks",
     "青山县中医药科研课题申报指南\n二、课题管理\n1.课题负责人须具有中级以上职称，每年投入课题的时间不少于4个月。\n"
     "2.已承担在研课题的人员不得重复申报。\n3.课题立项后，原则上不得变更负责人。\n4.评审的具体办法，详见附件。\n"
     "5.课题评审分初评、复评两轮进行，具体安排如下。\n6.开展课题中期检查，督促按期结题。\n",
     ["开展课题中期检查，督促按期结题"], set()),
    ("a-principle-inside-the-first-clause-is-a-rule",
     "青山县中医药科研课题申报指南\n二、课题管理\n1.课题负责人原则上应为课题的实际主持人。\n2.开展课题中期检查。\n3.组织结题验收。\n",
     ["开展课题中期检查", "组织结题验收"], set()),
    ("requirements-going-on-from-the-lead-in",
     "青山县智能体温计产品规范\n三、产品要求\n生产企业应当确保产品满足以下要求：\n1.应具有测温数据本地存储功能。\n"
     "2.应能在高温报警时发出声光提示。\n3.须标明校准周期和误差范围。\n",
     [], set()),
    # near misses: a task whose object holds a modal word (落实“四个必须”要求) or an 应急 word,
    # and a task item whose own subject is a body, stay
    ("modal-words-inside-a-task-stay",
     HEAD + "二、重点任务\n1.落实“四个必须”要求，开展医疗机构院感排查。\n2.完善应急物资储备，做好灭蚊药械调配。\n"
     "3.加强输入病例排查。\n",
     ["落实“四个必须”要求，开展医疗机构院感排查", "完善应急物资储备，做好灭蚊药械调配", "加强输入病例排查"], set()),
    # （X分工负责）: 分工 says how the units share the task, no part of the unit's name
    ("marker-units-sharing-the-task-fengong",
     "白河市数字政府建设方案\n一、重点任务\n（一）推进政务服务一网通办（各有关部门分工负责）。\n"
     "（二）完善基础数据库建设（市财政局分工负责）。\n（三）提升数据共享水平（市大数据局负责）。\n",
     ["推进政务服务一网通办", "完善基础数据库建设", "提升数据共享水平"],
     {("各有关部门", R, "推进政务服务一网通办"), ("白河市财政局", R, "完善基础数据库建设"),
      ("白河市大数据局", R, "提升数据共享水平")}),
    # （A牵头，B配合，C负责落实）: 负责落实 is one verb, no part of C's name (C responsible, no role)
    ("marker-units-carrying-out-fuze-luoshi",
     "白河市水污染防治方案\n一、重点任务\n1.完成工业废水治理设施提标改造。（市环保局牵头，市经信委配合，各县区人民政府负责落实）\n"
     "2.完善园区污水管网。（市住建局牵头，各园区管委会负责组织实施）\n",
     ["完成工业废水治理设施提标改造", "完善园区污水管网"],
     {("白河市环保局", R, "完成工业废水治理设施提标改造", "role=lead"),
      ("白河市经信委", R, "完成工业废水治理设施提标改造", "role=support"),
      ("各县区人民政府", R, "完成工业废水治理设施提标改造"),
      ("白河市住建局", R, "完善园区污水管网", "role=lead"), ("各园区管委会", R, "完善园区污水管网")}),
    # an assessment's items, each closed by the score it is worth, are what is scored, not tasks
    # of anyone; a near miss: an item without a score under them stays a task
    ("scored-criteria-of-an-award-are-no-tasks",
     "白河市文旅产业发展评价与奖励办法\n二、奖项设置及评价内容\n（一）产业发展奖（100分）\n"
     "1.旅游总收入比上年增长10%；（60分）\n2.新建星级民宿；（25分）\n3.举办文化节庆活动。（内资、外资各15分）\n"
     "三、评价程序\n1.组织年终自查。\n2.汇总评价结果。\n3.报送评价报告。\n",
     ["组织年终自查", "汇总评价结果", "报送评价报告"], set()),
    # near miss: without the rule, a plain marker of several units gives no role at all
    # a schedule (整治行业 | 时间安排 | 责任单位): beside a time column and a unit column, the one
    # column no cue word names is the row's task; units a cell lists with spaces or run together
    # are each responsible
    ("schedule-by-month-with-bars",
     "青山镇2025年安全生产专项整治计划\n整治行业名称 | 时间安排 | 责任单位 |\n液化气站 | 3月份 | 安监站 派出所 |\n"
     "农贸市场 | 4月份 | 市场所 |\n二、工作要求\n",
     ["液化气站", "农贸市场"],
     {("安监站", R, "液化气站"), ("派出所", R, "液化气站"), ("市场所", R, "农贸市场")}),
    ("schedule-cell-with-units-run-together",
     "青山镇2025年安全生产专项整治计划\n整治行业名称 | 时间安排 | 责任单位 |\n歌舞娱乐场所 | 8月份 | 文化站 派出所市场监管所 |\n二、工作要求\n",
     ["歌舞娱乐场所"],
     {("文化站", R, "歌舞娱乐场所"), ("派出所", R, "歌舞娱乐场所"), ("市场监管所", R, "歌舞娱乐场所")}),
    ("schedule-with-two-unnamed-columns-is-not-read",
     "青山镇2025年安全生产专项整治计划\n整治行业 | 整治重点 | 时间安排 | 责任单位 |\n歌舞娱乐场所 | 消防通道畅通 | 8月份 | 文化站 |\n二、工作要求\n",
     [], set()),
    # a table flattened one cell a line whose merged cells were written once, in the first row
    # they span: each cell read by what it is (the task, a time, units; a leader's name passed
    # over), a row without units or a time takes those of the row above
    ("flattened-table-with-merged-cells",
     "序号\n类别\n工作任务\n完成时限\n责任领导\n责任股室\n备注\n1\n公共服务\n完成青山书屋改造提升。\n6月底前\n王建国\n文化股\n"
     "2\n组织送戏下乡演出20场。\n3\n旅游发展\n新建旅游驿站两处。\n9月底前\n李红梅\n旅游股\n博物馆\n4\n开展旅游市场专项检查。\n",
     ["完成青山书屋改造提升", "组织送戏下乡演出20场", "新建旅游驿站两处", "开展旅游市场专项检查"],
     {("文化股", R, "完成青山书屋改造提升"), ("文化股", R, "组织送戏下乡演出20场"),
      ("旅游股", R, "新建旅游驿站两处"), ("博物馆", R, "新建旅游驿站两处"),
      ("旅游股", R, "开展旅游市场专项检查"), ("博物馆", R, "开展旅游市场专项检查")}),
    # a marker's last clause 负责落实 (one verb, not 负责 run into the unit's name): the units
    # before it responsible, with no role beside the lead and its support
    ("marker-clause-with-fu-ze-luo-shi",
     "青山县水污染防治工作方案\n二、重点任务\n2.工业集聚区要加强监管，完善污水管网，确保污水全部处理。"
     "（县环保局牵头，县经信委配合，各乡镇人民政府负责落实）\n",
     ["工业集聚区要加强监管，完善污水管网，确保污水全部处理"],
     {("青山县环保局", R, "工业集聚区要加强监管，完善污水管网，确保污水全部处理", "role=lead"),
      ("青山县经信委", R, "工业集聚区要加强监管，完善污水管网，确保污水全部处理", "role=support"),
      ("各乡镇人民政府", R, "工业集聚区要加强监管，完善污水管网，确保污水全部处理")}),
    # a row's number under a long section row (not a page number: the row is read), its unit
    # cells ending with a full stop (the last unit kept), 各乡镇人民政府、街道办事处 one collective
    ("flattened-row-under-a-section-row-with-stopped-unit-cells",
     "白河区2025年重点工作任务分解表\n序号\n重点工作任务\n主要责任单位\n协同配合单位\n"
     "一、2025年白河区经济社会发展的主要预期目标\n3\n粮食产量稳定在20万吨以上。\n区农业局\n"
     "区水务局，各乡镇人民政府、街道办事处，区投资促进中心。\n",
     ["粮食产量稳定在20万吨以上"],
     {("白河区农业局", R, "粮食产量稳定在20万吨以上", "role=lead"), ("白河区水务局", R, "粮食产量稳定在20万吨以上", "role=support"),
      ("各乡镇人民政府、街道办事处", R, "粮食产量稳定在20万吨以上", "role=support"),
      ("白河区投资促进中心", R, "粮食产量稳定在20万吨以上", "role=support")}),
    ("flattened-merged-cell-with-units-run-together",
     "序号\n类别\n工作任务\n完成时限\n责任股室\n1\n公共服务\n完成青山书屋改造提升。\n6月底前\n文体股文化馆\n"
     "2\n组织送戏下乡演出20场。\n3\n开展全民阅读活动。\n",
     ["完成青山书屋改造提升", "组织送戏下乡演出20场", "开展全民阅读活动"],
     {(u, R, t) for u in ("文体股", "文化馆") for t in ("完成青山书屋改造提升", "组织送戏下乡演出20场", "开展全民阅读活动")}),
    ("flattened-merged-row-with-an-unread-cell-takes-no-units-from-above",
     "序号\n类别\n工作任务\n完成时限\n责任股室\n1\n公共服务\n完成青山书屋改造提升。\n6月底前\n文化股\n"
     "2\n组织送戏下乡演出20场。\n3\n开展全民阅读活动。\n由各村自行组织实施\n4\n完善村级文化广场设施。\n",
     ["完成青山书屋改造提升", "组织送戏下乡演出20场"],
     {("文化股", R, "完成青山书屋改造提升"), ("文化股", R, "组织送戏下乡演出20场")}),
    ("flattened-merged-rows-before-any-units-give-nothing",
     "序号\n类别\n工作任务\n完成时限\n责任股室\n1\n公共服务\n完成青山书屋改造提升。\n6月底前\n"
     "2\n组织送戏下乡演出20场。\n3\n开展全民阅读活动。\n",
     [], set()),
    # numbered tasks each followed by their labels, run on in one line (a copy that lost its line
    # breaks): each task up to its labels a duty of the labels' units, up to the next item or a
    # section heading run on after it
    ("run-on-items-with-labels",
     "青山镇2025年河湖管护工作安排 一、水资源保护 1.开展河道日常巡查，及时清理漂浮物。牵头部门：镇水利站 协作部门：镇环保站 "
     "2.落实入河排污口监管，规范排放行为。牵头部门：镇环保站 协作部门：镇水利站 二、岸线管控 3.整治河岸乱堆乱放。牵头部门：镇城建办\n",
     ["开展河道日常巡查，及时清理漂浮物", "落实入河排污口监管，规范排放行为", "整治河岸乱堆乱放"],
     {("镇水利站", R, "开展河道日常巡查，及时清理漂浮物", "role=lead"), ("镇环保站", R, "开展河道日常巡查，及时清理漂浮物", "role=support"),
      ("镇环保站", R, "落实入河排污口监管，规范排放行为", "role=lead"), ("镇水利站", R, "落实入河排污口监管，规范排放行为", "role=support"),
      ("镇城建办", R, "整治河岸乱堆乱放", "role=lead")}),
    # a table flattened one cell a line whose numbered rows stack several measures (the number, the
    # group and often the unit cells merged over them; target cells after the units, their years
    # header cells of no known name): each measure a duty of its own unit cells, else of the ones
    # above it; a coordination body alone in a unit cell is a unit; the page's clutter after the
    # last row is no measure
    ("flattened-rows-stacking-measures",
     "白河市红石区疾病防控行动计划分工表\n序号\n任务\n项目\n具体措施\n主要职能部门\n主要协作部门\n工作目标\n2025\n2026\n"
     "1\n组织保障\n成立疾病防控专家组，定期研判形势。\n区疾病防控联席会议\n区卫健局\n-\n-\n-\n"
     "将防控经费纳入区级财政预算。\n-\n-\n-\n"
     "2\n能力建设\n建立区级疾控实验室。\n区疾控中心\n-\n-\n-\n"
     "对社区医生开展传染病防治培训。\n区卫健局\n培训率\n90%\n95%\n"
     "相关文章推荐阅读\n",
     ["成立疾病防控专家组，定期研判形势", "将防控经费纳入区级财政预算", "建立区级疾控实验室", "对社区医生开展传染病防治培训"],
     {("红石区疾病防控联席会议", R, "成立疾病防控专家组，定期研判形势"), ("红石区卫健局", R, "成立疾病防控专家组，定期研判形势", "role=support"),
      ("红石区疾病防控联席会议", R, "将防控经费纳入区级财政预算"), ("红石区卫健局", R, "将防控经费纳入区级财政预算", "role=support"),
      ("红石区疾控中心", R, "建立区级疾控实验室"), ("红石区卫健局", R, "对社区医生开展传染病防治培训")}),
    # near miss: rows of one measure each read as before (no stacking, no sub-rows)
    ("flattened-rows-of-one-measure-each-are-no-stack",
     "白河市红石区疾病防控行动计划分工表\n序号\n具体措施\n主要职能部门\n主要协作部门\n工作目标\n"
     "1\n建立区级疾控实验室。\n区疾控中心\n区卫健局\n年内建成\n"
     "2\n对社区医生开展传染病防治培训。\n区卫健局\n区疾控中心\n培训率90%\n",
     ["建立区级疾控实验室", "对社区医生开展传染病防治培训"],
     {("红石区疾控中心", R, "建立区级疾控实验室"), ("红石区卫健局", R, "建立区级疾控实验室", "role=support"),
      ("红石区卫健局", R, "对社区医生开展传染病防治培训"), ("红石区疾控中心", R, "对社区医生开展传染病防治培训", "role=support")}),
    # a table flattened one cell a line whose unit cells run on, one unit a line (a merged group
    # cell written once, a township named alone, ``/`` for an empty cell, the last row cut inside
    # its last cell): the first unit after the task leads, the rest are the 协同单位
    ("flattened-table-with-unit-cells-one-unit-a-line",
     "红石区2025年民生实事任务分解方案\n序号\n事项分类\n事项名称\n项目内容\n牵头单位\n协同单位\n1\n教育惠民\n校舍改造\n改造中小学校舍3所。\n区教育局\n青山镇\n白河乡\n"
     "区财政局\n2\n食堂提升\n新建学校食堂2个。\n区教育局\n/\n3\n健康惠民\n村卫生室建设\n新建村卫生室12家。\n区卫健局\n"
     "各乡镇（街道）\n区资规分局\n区机关事",
     ["改造中小学校舍3所", "新建学校食堂2个", "新建村卫生室12家"],
     {("红石区教育局", R, "改造中小学校舍3所", "role=lead"), ("青山镇", R, "改造中小学校舍3所", "role=support"),
      ("白河乡", R, "改造中小学校舍3所", "role=support"), ("红石区财政局", R, "改造中小学校舍3所", "role=support"),
      ("红石区教育局", R, "新建学校食堂2个", "role=lead"), ("红石区卫健局", R, "新建村卫生室12家", "role=lead"),
      ("各乡镇", R, "新建村卫生室12家", "role=support"), ("红石区资规分局", R, "新建村卫生室12家", "role=support")}),
    # near miss: a row that does not end in its unit lines (a note after them) leaves the table
    # unread as one whose units run on: only a row whose first cells line up with the header is read
    ("flattened-run-on-table-with-a-row-that-does-not-end-in-units",
     "红石区2025年民生实事任务分解方案\n序号\n事项分类\n事项名称\n项目内容\n牵头单位\n协同单位\n1\n教育惠民\n食堂提升\n"
     "新建学校食堂2个。\n区教育局\n区财政局\n按年度计划推进\n2\n校舍改造\n改造中小学校舍3所。\n区教育局\n青山镇\n白河乡\n区财政局\n",
     ["新建学校食堂2个"], _lead_support("新建学校食堂2个", ["教育局"], ["财政局"])),
    # the same with no row-number column (主要目标 / 主要责任单位 / 责任单位): each block of target
    # lines and the unit lines under it is a row, its first unit the main one (the lead)
    ("flattened-table-without-row-numbers",
     "白河市儿童发展规划目标责任分解\n主要目标\n主要责任单位\n责任单位\n1.儿童常见病得到有效防治。\n——儿童贫血患病率降低。\n"
     "市卫生健康委\n市教育局\n市妇联\n2.儿童体质健康水平提高。\n市体育局\n市教育局\n",
     ["儿童常见病得到有效防治。\n——儿童贫血患病率降低", "儿童体质健康水平提高"],
     {("白河市卫生健康委", R, "儿童常见病得到有效防治。\n——儿童贫血患病率降低", "role=lead"),
      ("白河市教育局", R, "儿童常见病得到有效防治。\n——儿童贫血患病率降低"),
      ("白河市妇联", R, "儿童常见病得到有效防治。\n——儿童贫血患病率降低"),
      ("白河市体育局", R, "儿童体质健康水平提高", "role=lead"), ("白河市教育局", R, "儿童体质健康水平提高")}),
    # near miss: a header whose unit columns are not its last (a time column after them) is not read so
    ("flattened-table-without-row-numbers-with-a-time-column-last",
     "白河市儿童发展规划目标责任分解\n主要目标\n主要责任单位\n责任单位\n完成时限\n1.儿童常见病得到有效防治。\n"
     "市卫生健康委\n市教育局\n2025年底前\n2.儿童体质健康水平提高。\n市体育局\n市教育局\n2025年底前\n",
     [], set()),
    # a row copied as its column names, each on a line above its cell: one duty, the roles by column
    ("row-as-column-names-above-their-cells",
     "红石区2025年重点工作任务分解\n具体任务\n完成社区卫生服务中心改扩建，提升基层诊疗能力。\n责任单位\n区卫健局、区住建局\n"
     "配合单位\n各街道\n完成时限\n改扩建工程9月底前完成；其他事项年底前见效\n",
     ["完成社区卫生服务中心改扩建，提升基层诊疗能力"],
     _responsible("完成社区卫生服务中心改扩建，提升基层诊疗能力", "卫健局", "住建局")
     | {("各街道", R, "完成社区卫生服务中心改扩建，提升基层诊疗能力", "role=support")}),
    ("row-as-column-names-with-a-unit-cell-that-says-more-is-not-read",
     "红石区2025年重点工作任务分解\n具体任务\n完成社区卫生服务中心改扩建。\n责任单位\n区卫健局负责统筹，按季度报送进度\n",
     [], set()),
    # a table whose header cells are broken by spaces (牵头 责任单位, 主体 责任单位, 配合 责任单位), its
    # task column named with the year (2025年重点工作任务) and a leader's column before its unit columns:
    # each row read by its run of unit cells, the task the longest cell before them
    ("header-cells-broken-by-spaces-with-a-leader-column",
     "青山县2025年重点工作责任清单\n序号 2025年重点工作任务 牵头  领导 牵头   责任单位 主体    责任单位 配合    责任单位 备注\n"
     "12 新建社区托育机构3所。 王建国 县卫健委 各乡镇 县教育局 已完成\n13 完成县人民医院新院区建设。 李红梅 县卫健委 县住建局 县财政局 达到进度\n",
     ["新建社区托育机构3所", "完成县人民医院新院区建设"],
     {("青山县卫健委", R, "新建社区托育机构3所", "role=lead"), ("各乡镇", R, "新建社区托育机构3所"),
      ("青山县教育局", R, "新建社区托育机构3所", "role=support"), ("青山县卫健委", R, "完成县人民医院新院区建设", "role=lead"),
      ("青山县住建局", R, "完成县人民医院新院区建设"), ("青山县财政局", R, "完成县人民医院新院区建设", "role=support")}),
    # near miss: a longer header cell before a unit column (细化分工 | 责任处室) is a column of its own
    ("header-cell-of-its-own-before-a-unit-column",
     "白河市卫生健康委2025年政务公开重点任务台账\n序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 |\n"
     "1 | 做好疫情防控信息发布 | 围绕流调溯源发布权威信息 | 应急处 | 长期推进 |\n2 | 推进预算决算信息公开 | 按时公开部门预算 | 财务处 | 长期推进 |\n",
     ["做好疫情防控信息发布", "推进预算决算信息公开"],
     {("应急处", R, "做好疫情防控信息发布"), ("财务处", R, "推进预算决算信息公开")}),
    # near miss: a row whose unit cells run on over the next lines cannot tell its cells apart: unread
    ("space-separated-row-running-on-over-lines-is-not-read",
     "青山县2025年重点工作责任清单\n序号 2025年重点工作任务 牵头  领导 牵头   责任单位 主体    责任单位 配合    责任单位 备注\n"
     "12 新建社区托育机构3所。 王建国 县卫健委 各乡镇\n县开发区\n县教育局 已完成\n",
     [], set()),
    # a web table's header in traditional characters (發起部門 | 配合部門: the department that starts a
    # joint spot check leads it, the one that joins it supports); the 抽查事項 is the row's task
    ("pipe-table-with-traditional-headers",
     "白河市跨部門聯合抽查事項清單\n序號 | 抽查領域 | 抽查事項 | 檢查對象 | 發起部門 | 配合部門 | 備註 |\n"
     "1 | 游泳場所抽查 | 游泳場所衛生許可及水質管理情況 | 各類游泳場所 | 市衛生健康委 | 市體育局 | 重點抽查 |\n",
     ["游泳場所衛生許可及水質管理情況"],
     {("白河市卫生健康委", R, "游泳场所卫生许可及水质管理情况", "role=lead"),
      ("白河市体育局", R, "游泳场所卫生许可及水质管理情况", "role=support")}),
    # an emergency plan's grading: its items define the levels (what happens), no body's task; the
    # section after it, whose items name their doers, is read as before
    ("items-under-a-grading-heading-are-no-tasks",
     "青山县狂犬病疫情应急预案\n（二）疫情分级\n1.一般疫情：全县出现散发病例，未发生聚集性疫情。\n"
     "2.较大疫情：两个以上乡镇出现病例，且病例间有流行病学关联。\n3.重大疫情：全县病例数超过上年同期两倍。\n"
     "（三）疫情报告\n1.县疾控中心负责收集疫情信息。\n2.县卫健局负责发布疫情信息。\n",
     ["县疾控中心负责收集疫情信息", "县卫健局负责发布疫情信息"],
     {("青山县疾控中心", R, "县疾控中心负责收集疫情信息"), ("青山县卫健局", R, "县卫健局负责发布疫情信息")}),
    ("several-units-without-the-rule-have-no-role",
     "红石区爱国卫生“十四五”规划\n三、主要任务\n（一）健全监测网络。推动哨点医院扩容。（区卫健局、区财政局负责）\n",
     ["健全监测网络。推动哨点医院扩容"],
     {("红石区卫健局", R, "健全监测网络。推动哨点医院扩容"), ("红石区财政局", R, "健全监测网络。推动哨点医院扩容")}),
]


# a unit cell written as a marker's clauses (A牵头，B配合): its units with the roles the verbs give,
# and the row's unit and time cells no sentence of their own (no free-text duty read from them)
TASKS += [
    ("unit-cell-with-lead-and-support-verbs",
     "青山县2025年重点工作任务分工\n序号\t工作任务\t责任单位\t完成时限\n1\t全面清理卫生死角，治理背街小巷。\t县住建局牵头，县城管局配合\t2025年6月底前\n"
     "2\t开展灭鼠灭蚊活动。\t县卫健局\t2025年10月底前\n",
     ["全面清理卫生死角，治理背街小巷", "开展灭鼠灭蚊活动"],
     {("青山县住建局", R, "全面清理卫生死角，治理背街小巷", "role=lead"),
      ("青山县城管局", R, "全面清理卫生死角，治理背街小巷", "role=support"), ("青山县卫健局", R, "开展灭鼠灭蚊活动")}),
]


# a unit column before the task column (序号 | 责任单位 | 工作任务): 序号 is a column of its own, not
# joined with the unit column's name as a word qualifying it
TASKS += [
    ("unit-column-before-the-task-column",
     "青山县2025年重点工作任务分工\n| 序号 | 责任单位 | 工作任务 | 完成时限 |\n| 1 | 县住建局 | 全面清理卫生死角，治理背街小巷。 | 2025年6月底前 |\n"
     "| 2 | 县卫健局 | 开展灭鼠灭蚊活动。 | 2025年10月底前 |\n",
     ["全面清理卫生死角，治理背街小巷", "开展灭鼠灭蚊活动"],
     {("青山县住建局", R, "全面清理卫生死角，治理背街小巷"), ("青山县卫健局", R, "开展灭鼠灭蚊活动")}),
]


# a table a row a line with no row numbers and its unit column first: its rows are the task
# lists', not unit paragraphs (the time cell no duty of the unit)
TASKS += [
    ("unit-first-table-without-row-numbers",
     "青山县2025年重点工作任务分工\n责任单位\t工作任务\t完成时限\n县住建局\t全面清理卫生死角，治理背街小巷。\t2025年6月底前\n"
     "县卫健局\t开展灭鼠灭蚊活动。\t2025年10月底前\n",
     ["全面清理卫生死角，治理背街小巷", "开展灭鼠灭蚊活动"],
     {("青山县住建局", R, "全面清理卫生死角，治理背街小巷"), ("青山县卫健局", R, "开展灭鼠灭蚊活动")}),
]


# a tab row whose last cell is empty (no supporting unit) lines up with its header: it is not moved
TASKS += [
    ("tab-row-with-an-empty-last-cell-lines-up",
     "青山县2025年重点工作任务分工\n序号\t工作任务\t牵头单位\t配合单位\n1\t全面清理卫生死角，治理背街小巷。\t县住建局\t\n"
     "2\t开展灭鼠灭蚊活动。\t县卫健局\t县农业农村局\n",
     ["全面清理卫生死角，治理背街小巷", "开展灭鼠灭蚊活动"],
     {("青山县住建局", R, "全面清理卫生死角，治理背街小巷", "role=lead"), ("青山县卫健局", R, "开展灭鼠灭蚊活动", "role=lead"),
      ("青山县农业农村局", R, "开展灭鼠灭蚊活动", "role=support")}),
]


# a bar row whose last cell is empty but whose unit cells name units lines up: it is not moved
TASKS += [
    ("bar-row-with-an-empty-last-cell-lines-up",
     "青山县2025年重点工作任务分工\n| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n| 1 | 全面清理卫生死角，治理背街小巷。 | 县住建局 | |\n"
     "| 2 | 开展灭鼠灭蚊活动。 | 县卫健局 | 县农业农村局 |\n",
     ["全面清理卫生死角，治理背街小巷", "开展灭鼠灭蚊活动"],
     {("青山县住建局", R, "全面清理卫生死角，治理背街小巷", "role=lead"), ("青山县卫健局", R, "开展灭鼠灭蚊活动", "role=lead"),
      ("青山县农业农村局", R, "开展灭鼠灭蚊活动", "role=support")}),
]


# an item numbered as a section (（一）) with its labeled units on the lines under it: one task
# of those units, with the roles the labels give
TASKS += [
    ("section-numbered-item-over-labeled-unit-lines",
     "青山县2025年爱国卫生重点工作任务分工\n（一）深入开展城乡环境整治。全面清理卫生死角，治理背街小巷。\n"
     "责任单位：县住建局、县城管局\n（二）加强病媒生物防制。开展灭鼠灭蚊活动。\n牵头单位：县卫健局\n配合单位：县农业农村局\n",
     ["深入开展城乡环境整治。全面清理卫生死角，治理背街小巷", "加强病媒生物防制。开展灭鼠灭蚊活动"],
     {("青山县住建局", R, "深入开展城乡环境整治。全面清理卫生死角，治理背街小巷"),
      ("青山县城管局", R, "深入开展城乡环境整治。全面清理卫生死角，治理背街小巷"),
      ("青山县卫健局", R, "加强病媒生物防制。开展灭鼠灭蚊活动", "role=lead"),
      ("青山县农业农村局", R, "加强病媒生物防制。开展灭鼠灭蚊活动", "role=support")}),
]


# a web table stored as bars: of several task columns none named specific (工作目标 | 工作内容 |
# 工作措施), the last before the unit column is the row's task; a row whose first cells were merged
# with the rows above (a rowspan), padded with empty cells at its end, stands under the header's
# last columns
TASKS += [
    ("bar-table-last-task-column-and-right-aligned-rows",
     "青山县2025年食品安全重点工作任务清单\n| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n"
     "| 一、加强源头治理 | （一）强化源头管控 | 1.加强农田土壤污染防控，建立监管名单。 | 县生态环境局 | 2025年11月底前 |\n"
     "| 2.持续开展农药减量行动，提高耕地利用水平。 | 县农业农村局 | 2025年11月底前 | ||\n"
     "| （二）严控兽药残留 | 3.深入开展药物残留攻坚治理。 | 县市场监管局 | 2025年10月底前 | |\n",
     ["加强农田土壤污染防控，建立监管名单", "持续开展农药减量行动，提高耕地利用水平", "深入开展药物残留攻坚治理"],
     {("青山县生态环境局", R, "加强农田土壤污染防控，建立监管名单"), ("青山县农业农村局", R, "持续开展农药减量行动，提高耕地利用水平"),
      ("青山县市场监管局", R, "深入开展药物残留攻坚治理")}),
    # the same row with its merged cells left out and no padding: fewer cells than the header,
    # read under the header's last columns when its unit cell names units
    ("bar-table-short-row-under-the-last-columns",
     "青山县2025年食品安全重点工作任务清单\n| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n"
     "| 一、加强源头治理 | （一）强化源头管控 | 1.加强农田土壤污染防控，建立监管名单。 | 县生态环境局 | 2025年11月底前 |\n"
     "| 2.持续开展农药减量行动，提高耕地利用水平。 | 县农业农村局 | 2025年11月底前 |\n"
     "| 3.开展宣传活动。 | 全年 | 2025年11月底前 |\n",
     ["加强农田土壤污染防控，建立监管名单", "持续开展农药减量行动，提高耕地利用水平"],
     {("青山县生态环境局", R, "加强农田土壤污染防控，建立监管名单"), ("青山县农业农村局", R, "持续开展农药减量行动，提高耕地利用水平")}),
    # two task columns with no unit column right after the last: no task table read
    ("bar-table-two-task-columns-apart-from-the-units",
     "青山县2025年重点工作清单\n| 工作内容 | 工作措施 | 备注 | 责任单位 |\n"
     "| 强化源头管控 | 加强农田土壤污染防控，建立监管名单。 | 无 | 县生态环境局 |\n",
     [], set()),
    # a project's labeled lines under it, its leading official's among them (项目负责人: a person, no
    # body): the 协办单位 line after it still names the project's supports
    ("labeled-lines-with-a-project-leader-between",
     "白河市2025年为民办实事项目\n一、新建社区卫生服务站12个，配备全科医生。\n完成时限：2025年11月底前\n"
     "主要责任单位：市卫生局\n项目负责人：市卫生局李某某\n协办单位：各区县政府\n",
     ["新建社区卫生服务站12个，配备全科医生"],
     {("白河市卫生局", R, "新建社区卫生服务站12个，配备全科医生"),
      ("各区县政府", R, "新建社区卫生服务站12个，配备全科医生", "role=support")}),
    # a unit's name alone above its list's title, items naming no doer: the unit's tasks; above a
    # notice's title (…的通知) the items are the addressees', no unit's
    ("unit-alone-above-its-target-list",
     "专访白河市卫生局局长\n记者：今年有哪些目标？\n\n市卫生局\n2025年重点工作目标责任书（3项）\n"
     "1、年底前建成市传染病医院。\n2、推进青山、红石两县公立医院改革。\n3、家庭医生签约率稳定在60%以上。\n",
     ["年底前建成市传染病医院", "推进青山、红石两县公立医院改革", "家庭医生签约率稳定在60%以上"],
     {("白河市卫生局", R, "年底前建成市传染病医院"), ("白河市卫生局", R, "推进青山、红石两县公立医院改革"),
      ("白河市卫生局", R, "家庭医生签约率稳定在60%以上")}),
    ("unit-alone-above-a-notice-title-gives-its-items-no-unit",
     "白河市卫生局\n关于做好2025年春季传染病防控工作的通知\n"
     "1、加强发热门诊预检分诊。\n2、做好学校晨午检。\n3、落实疫情报告制度。\n",
     ["加强发热门诊预检分诊", "做好学校晨午检", "落实疫情报告制度"], set()),
    # a progress report's project headings, each ending on its lead's label, a report of work done
    # under it: the heading's project is the lead's task, the report none
    ("project-heading-ending-on-its-lead-label",
     "白河市2025年为民办实事项目进展情况通报\n一、进展情况\n（一）中小学生视力筛查牵头责任部门：市卫生健康局\n\n"
     "截至3月底，已完成筛查1200人。\n\n（二）老旧小区加装电梯牵头责任部门：市住房城乡建设局\n\n截至3月底，已开工15台。\n",
     ["中小学生视力筛查", "老旧小区加装电梯"],
     {("白河市卫生健康局", R, "中小学生视力筛查", "role=lead"), ("白河市住房城乡建设局", R, "老旧小区加装电梯", "role=lead")}),
    # a task column named by task words run together (任务项目指标): a task table's header,
    # its progress column (进展比例) no unit's and no deadline's
    ("bar-table-task-column-named-by-task-words-run-together",
     "白河市青山区2024年民生实事进展\n序号 | 任务项目指标 | 责任单位 | 进展比例 |\n"
     "1 | 为2.5万名老年人免费接种流感疫苗。 | 区卫生健康局 | 30% |\n2 | 新增残疾人就业40人以上。 | 区残联 | 60% |\n",
     ["为2.5万名老年人免费接种流感疫苗", "新增残疾人就业40人以上"],
     {("青山区卫生健康局", R, "为2.5万名老年人免费接种流感疫苗"), ("青山区残联", R, "新增残疾人就业40人以上")}),
    # a flattened rectification table: each problem found numbered like the measure under it
    # (1、…偏少 / 1、充实…): the problem's cell is no task, the measure is
    ("problem-cell-numbered-like-its-measure-is-no-task",
     "青山县创建卫生县城整改任务一览表\n1、县爱卫会办公室人员偏少\n\n1、充实县爱卫会办公室人员。\n\n"
     "2、农贸市场排水沟清理不及时\n\n2、每周清理农贸市场排水沟。\n",
     ["充实县爱卫会办公室人员", "每周清理农贸市场排水沟"], set()),
    # a new list under a new heading may open with the number the list before ended on
    ("same-number-under-a-new-heading-is-a-task",
     "青山县卫生工作要点\n一、疾病防控\n1、加强疫苗接种。\n二、爱国卫生\n1、开展卫生大扫除。\n2、整治农贸市场环境。\n",
     ["加强疫苗接种", "开展卫生大扫除", "整治农贸市场环境"], set()),
    broken("a measure's unit and date cells run on after it (… 县编办 2025年8月10日) stay in the task, no unit",
           "measure-with-unit-and-date-cells-run-on",
           "青山县创建卫生县城整改任务一览表\n1、县爱卫会办公室人员偏少\n\n1、充实县爱卫会办公室人员 县编办 2025年8月10日\n\n"
           "2、农贸市场排水沟清理不及时\n\n2、每周清理农贸市场排水沟 县市场监管局 2025年8月10日\n",
           ["充实县爱卫会办公室人员", "每周清理农贸市场排水沟"],
           {("青山县编办", R, "充实县爱卫会办公室人员"), ("青山县市场监管局", R, "每周清理农贸市场排水沟")}),
]


@pytest.mark.parametrize(("text", "duties", "expected"), rows(TASKS))
def test_tasks(text: str, duties: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert spans_of(doc, "duties") == [("DUTY", d) for d in duties]
    assert facts(doc, R) == expected


# (id, notice, [(DEADLINE span text, its kb_id = ISO date)])
DEADLINES = [
    ("full-date-yu-qian", "区卫健局要于2025年7月15日前完成督导。", [("于2025年7月15日前", "2025-07-15")]),
    ("month-end-zai-qian", "区财政局要在2025年6月底前拨付防控经费。", [("在2025年6月底前", "2025-06-30")]),
    ("year-from-the-title", "红石区2025年登革热防控工作方案\n区卫健局要在10月底前完成培训。区城管局要在年底前完成清理。",
     [("在10月底前", "2025-10-31"), ("在年底前", "2025-12-31")]),
    ("deadline-column", HEAD + "序号\t工作任务\t牵头单位\t完成时限\n1\t开展蚊媒密度监测\t区疾控中心\t2025年10月底前\n二、保障措施\n",
     [("2025年10月底前", "2025-10-31")]),
    # a time column named 时间进度, its cells typed with spaces, a span of years (its last year's
    # end), a 月 left out (2025 年 6 底前: June's end)
    ("progress-column-with-spaced-cells",
     HEAD + "序号\t工作任务\t负责部门\t时间进度\n1\t完善环卫作业机制\t区城管局\t2025 年 6 底前\n"
     "2\t编制环卫设施规划\t区住建局\t2025—2026 年底前\n3\t加强垃圾处理监管\t区环保局\t常态工作\n二、保障措施\n",
     [("2025 年 6 底前", "2025-06-30"), ("2025—2026 年底前", "2026-12-31")]),
    # a month alone in a table's time column (1月份, 2025年3月) is the month the work is done in:
    # it ends with that month
    ("month-in-a-schedule-column", "青山镇2025年安全生产专项整治计划\n整治行业名称 | 时间安排 | 责任单位 |\n"
     "液化气站 | 3月份 | 安监站 |\n农贸市场 | 2025年4月 | 市场所 |\n二、工作要求\n",
     [("3月份", "2025-03-31"), ("2025年4月", "2025-04-30")]),
    # a merged time cell dates the rows it spans; a notice that names one year only (in a task,
    # no title or date) dates its deadlines in that year
    ("merged-time-cell-and-the-one-year-named",
     "序号\n类别\n工作任务\n完成时限\n责任股室\n1\n旅游发展\n新建旅游驿站两处，办好2025年青山桃花节。\n9月底前\n旅游股\n"
     "2\n开展旅游市场专项检查。\n3\n完善景区标识标牌。\n",
     [("9月底前", "2025-09-30"), ("9月底前", "2025-09-30"), ("9月底前", "2025-09-30")]),
    # the one year a notice names after its first lines (no title year, no date) dates its
    # deadlines; a notice that names two years gives them no date
    ("the-one-year-named-late",
     "各股室：\n" + "为推进全县文化旅游工作，现将有关事项通知如下。" * 9 + "\n青山县文旅局要在9月底前办好2025年桃花节。\n",
     [("在9月底前", "2025-09-30")]),
    ("two-years-named-late-give-no-date",
     "各股室：\n" + "为推进全县文化旅游工作，现将有关事项通知如下。" * 9
     + "\n青山县文旅局要在9月底前总结2024年和2025年桃花节。\n", [("在9月底前", "")]),
    # a notice that writes no year but forwards or cites documents of one year (青政发〔2024〕3号)
    # dates its deadlines in that year
    ("the-one-year-of-the-cited-document-numbers",
     "各县市区：\n现将《青山省人民政府关于开展督查的通知》（青政发〔2024〕3号）转发给你们。\n"
     "各县于6月20日18:00前向市政府报送自查报告。\n", [("于6月20日18:00前", "2024-06-20")]),
    ("month-day-under-a-dated-title", HEAD + "1.开展蚊媒密度监测，9月底前完成第一轮调查。\n牵头单位：区疾控中心\n",
     [("9月底前", "2025-09-30")]),
    ("no-deadline", "区卫健局要加强医务人员培训。", []),
    ("subject-yu-date-verb", "区卫健局于2025年7月15日前完成督导。", [("于2025年7月15日前", "2025-07-15")]),
    ("deadline-opens-the-sentence", "2025年6月底前，区卫健局要完成全区蚊媒监测。", [("2025年6月底前", "2025-06-30")]),
    ("yu-deadline-opens-the-sentence", "红石区2025年登革热防控工作方案\n于9月15日前，区财政局要拨付防控经费。",
     [("于9月15日前", "2025-09-15")]),
    ("dekad-of-a-month", "红石区2025年登革热防控工作方案\n区卫健局要在10月中旬前完成培训。区城管局要于7月上旬前完成清理。",
     [("在10月中旬前", "2025-10-20"), ("于7月上旬前", "2025-07-10")]),
    ("end-of-a-quarter", "红石区2025年登革热防控工作方案\n区卫健局要在第三季度末前完成评估。区城管局要于2026年一季度底前完成验收。",
     [("在第三季度末前", "2025-09-30"), ("于2026年一季度底前", "2026-03-31")]),
    # a period to do the work in (于/在 X月Y日至Z日) ends on its last day; a bare period (a policy's
    # validity, 1月1日至12月31日，…可申请) is no deadline
    ("period-ends-on-its-last-day", "区卫健局要于2025年9月1日至15日完成培训。", [("于2025年9月1日至15日", "2025-09-15")]),
    ("period-across-months", "区城管局要在2025年9月1日至10月15日完成清理。",
     [("在2025年9月1日至10月15日", "2025-10-15")]),
    ("period-with-a-long-dash", "区城管局要在2025年9月1日―20日完成清理。", [("在2025年9月1日―20日", "2025-09-20")]),
    ("bare-period-is-no-deadline", "2025年1月1日至12月31日，区内企业要按规定申请补贴。", []),
    # a phase of the work titled with the time it ends by (（一）动员部署阶段（2025年7月底前）) gives that
    # deadline to its duties, on its line or below it up to the next phase; a phase written as a
    # span of months gives none
    # the time cell of a row copied as its column names above their cells: its first time
    ("time-cell-of-a-row-as-column-names", "红石区2025年重点工作任务分解\n具体任务\n完成社区卫生服务中心改扩建。\n"
     "责任单位\n区卫健局\n完成时限\n改扩建工程9月底前完成；其他事项年底前见效\n", [("9月底前", "2025-09-30")]),
    ("phase-title-on-the-duties-line", "红石区2025年登革热防控工作方案\n三、实施步骤\n"
     "（一）动员部署阶段（2025年7月底前）。各街道要制定实施计划，明确任务分工。\n"
     "（二）工作实施阶段（2025年8月—12月）。各街道要按照实施计划开展工作。\n", [("2025年7月底前", "2025-07-31")]),
    ("phase-title-above-its-duties", "红石区2025年登革热防控工作方案\n三、实施步骤\n（一）排查整治阶段（2025年9月30日前）\n"
     "区卫健局要开展病例排查和随访。\n区城管局要清理辖区积水容器。\n（二）总结评估阶段（2025年12月）\n区卫健局要总结防控经验做法。\n",
     [("2025年9月30日前", "2025-09-30"), ("2025年9月30日前", "2025-09-30")]),
    # a phase titled with its period of days (（一）准备阶段（5月10日-20日）) gives the period's last day
    # (with its year: without one, the phase's year is not certain and it gives none); a phase
    # whose title gives no period ends the one before
    ("phase-title-a-period-of-days", "红石区2025年灭鼠工作方案\n（一）准备阶段（2025年5月10日-20日）。区爱卫办要制定灭鼠方案。\n"
     "（二）实施阶段（5月21日至6月30日）\n各街道要组织投放鼠药。\n",
     [("2025年5月10日-20日", "2025-05-20")]),
    ("phase-without-a-period-ends-the-one-before", "红石区2025年灭鼠工作方案\n"
     "（一）准备阶段（2025年5月10日-20日）。区爱卫办要制定灭鼠方案。\n（二）巩固阶段。各街道要组织复查。\n",
     [("2025年5月10日-20日", "2025-05-20")]),
    ("phase-title-a-span-of-months-gives-none", "红石区2025年灭鼠工作方案\n（一）实施阶段（2025年5月-6月）。各街道要组织投放鼠药。\n", []),
    # 以上工作要在X前完成。: a sentence of its own gives its deadline to the paragraph's duties
    # before it (not to the next paragraph's)
    ("deadline-sentence-for-the-work-above", "红石区2025年登革热防控工作方案\n各街道要完成积水清理，区卫健局要完成医生培训。"
     "以上工作要在8月底前完成。\n区财政局要保障经费。\n", [("在8月底前", "2025-08-31"), ("在8月底前", "2025-08-31")]),
    # a line that is only a deadline (a task table's last column, one cell a line) gives it to the
    # duties of the lines just above it, up to a line with no duty (the row's units)
    ("deadline-line-after-its-row", "红石区2025年登革热防控工作方案\n区城管局\n区城管局负责，各街道配合，清理辖区积水容器。\n"
     "2025年6月30日前\n区卫健局、区财政局\n区卫健局负责完成医生培训；区财政局负责保障培训经费。\n2025年8月15日前完成\n",
     [("2025年6月30日前", "2025-06-30"), ("2025年8月15日前", "2025-08-15"), ("2025年8月15日前", "2025-08-15")]),
    ("times-that-are-no-deadlines", "红石区2025年登革热防控工作方案\n7月上旬，区卫健局要召开推进会。"
     "区城管局要在二季度前完成清理。区疾控中心要每季度末前报送监测结果。", []),
]


DEADLINES += [
    # a bar table's row padded at its end: its deadline cell read under the header's 完成时限
    ("bar-table-right-aligned-row-deadline",
     "青山县2025年食品安全重点工作任务清单\n| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n"
     "| 一、加强源头治理 | （一）强化源头管控 | 1.加强农田土壤污染防控，建立监管名单。 | 县生态环境局 | 2025年11月底前 |\n"
     "| 2.持续开展农药减量行动，提高耕地利用水平。 | 县农业农村局 | 2025年10月底前 | ||\n",
     [("2025年11月底前", "2025-11-30"), ("2025年10月底前", "2025-10-31")]),
]


DEADLINES += [
    ("section-numbered-item-labeled-deadline",
     "青山县2025年爱国卫生重点工作任务分工\n（一）加强病媒生物防制。开展灭鼠灭蚊活动。\n牵头单位：县卫健局\n完成时限：2025年10月底前\n",
     [("2025年10月底前", "2025-10-31")]),
]


DEADLINES += [
    ("unit-first-table-row-deadlines",
     "青山县2025年重点工作任务分工\n责任单位\t工作任务\t完成时限\n县住建局\t全面清理卫生死角，治理背街小巷。\t2025年6月底前\n"
     "县卫健局\t开展灭鼠灭蚊活动。\t2025年10月底前\n",
     [("2025年6月底前", "2025-06-30"), ("2025年10月底前", "2025-10-31")]),
]


@pytest.mark.parametrize(("text", "deadlines"), rows(DEADLINES))
def test_deadlines(text: str, deadlines: list[tuple[str, str]]) -> None:
    doc = doc_of(text)
    assert [(sp.label_, sp.text, sp.kb_id_) for sp in doc.spans["deadlines"]] == [("DEADLINE", t, d) for t, d in deadlines]
    # the duty carries its deadline too
    duties = [e for e in doc._.entities.values() if e["type"] == "duty" and e.get("deadline_date")]
    assert sorted(e["deadline_date"] for e in duties) == sorted(d for _t, d in deadlines if d)
