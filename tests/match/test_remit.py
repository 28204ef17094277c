"""A mechanism's own remit (extractor/match/remit.py, run by ``policykg_duties``), through
``load()(text)``: under a remit heading (``一、主要职责``, ``一、工作任务``, ``一、领导小组的主要
任务``) or in a sentence the mechanism's name opens (``指挥部的主要职责是：…``), each piece
between ``。`` and ``；`` (of a numbered item: between ``；``) is a duty of the mechanism: a DUTY span and a ``responsible_for``
relation from the mechanism (no role).

Each row: an id, a short notice of our own, the DUTY span texts in order, the
(body, responsible_for, duty text[, role]) facts."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows, spans_of

R = "responsible_for"
JM = "青山县防治布病工作联席会议"
JM_SETUP = f"关于建立{JM}制度的通知\n为加强全县布病防治工作，经县政府同意，建立{JM}（以下简称联席会议）制度。\n"
CM = "白河市消除疟疾工作部门协作机制"
CM_SETUP = f"关于建立{CM}的通知\n为如期消除疟疾，建立{CM}。\n"
LG = "红石区防治手足口病领导小组"
LG_SETUP = f"红石区人民政府办公室关于成立{LG}的通知\n区政府决定成立{LG}（以下简称领导小组）。现将有关事项通知如下：\n"

# (id, notice, DUTY span texts in order, facts)
REMITS = [
    # the closing catch-all (完成县政府交办的其他事项) is whatever superiors ask, no task of its own
    ("main-duties-heading-one-paragraph",
     JM_SETUP + "一、主要职责\n在县政府领导下，统筹协调全县布病防治工作；研究解决防治工作中的重大问题；完成县政府交办的其他事项。\n"
     "二、成员单位\n联席会议由县卫健局、县农业农村局、县财政局组成。\n",
     ["在县政府领导下，统筹协调全县布病防治工作", "研究解决防治工作中的重大问题"],
     {(JM, R, "在县政府领导下，统筹协调全县布病防治工作"), (JM, R, "研究解决防治工作中的重大问题")}),
    ("work-tasks-heading-numbered-items",
     CM_SETUP + "一、工作任务\n（一）统筹推进全市消除疟疾工作，研究完善相关政策措施。\n（二）及时通报进展情况，协调解决重大问题。\n"
     "二、成员单位\n部门协作机制由市卫健委、市教育局、市财政局等3个部门组成。\n",
     ["统筹推进全市消除疟疾工作，研究完善相关政策措施", "及时通报进展情况，协调解决重大问题"],
     {(CM, R, "统筹推进全市消除疟疾工作，研究完善相关政策措施"), (CM, R, "及时通报进展情况，协调解决重大问题")}),
    # what the mechanism is, then its charge verb: the charge is its remit
    ("designated-then-charge",
     JM_SETUP + "一、性质\n联席会议是县政府的议事协调机构，负责统筹协调全县布病防治工作。\n",
     ["负责统筹协调全县布病防治工作"],
     {(JM, R, "负责统筹协调全县布病防治工作")}),
    # a numbered item of several sentences is one duty, as a numbered task list's item is;
    # 基本职能 is a remit heading as 主要职责 is
    ("basic-functions-heading-items-of-sentences",
     JM_SETUP + "二、联席会议的基本职能\n（一）研究制定全县布病防治规划。动员组织群众，开展畜间检疫。\n"
     "（二）督促检查各乡镇布病防治工作开展情况。\n三、联席会议的工作方法\n",
     ["研究制定全县布病防治规划。动员组织群众，开展畜间检疫", "督促检查各乡镇布病防治工作开展情况"],
     {(JM, R, "研究制定全县布病防治规划。动员组织群众，开展畜间检疫"), (JM, R, "督促检查各乡镇布病防治工作开展情况")}),
    ("heading-names-the-mechanism",
     LG_SETUP + "一、领导小组的主要任务\n（一）组织协调全区手足口病防控工作。\n（二）研究处理防控工作中的重大事项。\n"
     "二、领导小组的组成\n组长：李青山（区长）\n",
     ["组织协调全区手足口病防控工作", "研究处理防控工作中的重大事项"],
     {(LG, R, "组织协调全区手足口病防控工作"), (LG, R, "研究处理防控工作中的重大事项")}),
    ("sentence-remit-after-the-setup",
     "关于成立青山县鼠疫防控指挥部的通知\n县政府决定成立青山县鼠疫防控指挥部（以下简称指挥部）。指挥部的主要职责是：统一指挥全县鼠疫防控工作；"
     "调配应急物资和队伍。\n",
     ["统一指挥全县鼠疫防控工作", "调配应急物资和队伍"],
     {("青山县鼠疫防控指挥部", R, "统一指挥全县鼠疫防控工作"), ("青山县鼠疫防控指挥部", R, "调配应急物资和队伍")}),
    ("sentence-remit-opens-a-line",
     JM_SETUP + "联席会议的职能为统筹协调全县布病防治工作，督促检查各项措施落实。\n",
     ["统筹协调全县布病防治工作，督促检查各项措施落实"],
     {(JM, R, "统筹协调全县布病防治工作，督促检查各项措施落实")}),
    ("colon-sentence-then-numbered-items",
     LG_SETUP + "领导小组主要职责：\n（一）部署全区手足口病防控工作；\n（二）督导各街道落实防控措施。\n组长：李青山（区长）\n",
     ["部署全区手足口病防控工作", "督导各街道落实防控措施"],
     {(LG, R, "部署全区手足口病防控工作"), (LG, R, "督导各街道落实防控措施")}),
    ("remit-list-ends-at-an-unnumbered-line",
     LG_SETUP + "一、领导小组主要任务\n（一）组织协调全区手足口病防控工作。\n"
     "领导小组下设办公室，办公室设在区卫健局。\n",
     ["组织协调全区手足口病防控工作"],
     {(LG, R, "组织协调全区手足口病防控工作")}),
    ("how-the-body-is-made-is-no-remit",
     JM_SETUP + "一、工作职责\n统筹协调全县布病防治工作。联席会议办公室设在县卫健局。\n",
     ["统筹协调全县布病防治工作"],
     {(JM, R, "统筹协调全县布病防治工作")}),
    ("two-bodies-set-up-each-its-own-tasks",
     "关于成立白河市防控登革热领导小组和白河市防控登革热指挥部的通知\n"
     "市政府决定成立“白河市防控登革热领导小组”（下简称领导小组）、“白河市防控登革热指挥部”（下简称指挥部）。\n"
     "一、领导小组的主要任务\n（一）研究决定全市登革热防控的重大事项。\n"
     "二、指挥部的主要任务\n（一）统一指挥全市登革热疫情处置。\n",
     ["研究决定全市登革热防控的重大事项", "统一指挥全市登革热疫情处置"],
     {("白河市防控登革热领导小组", R, "研究决定全市登革热防控的重大事项"),
      ("白河市防控登革热指挥部", R, "统一指挥全市登革热疫情处置")}),
    ("lead-in-line-under-the-heading-is-no-duty",
     LG_SETUP + "二、主要职责\n领导小组主要履行以下职责：\n1.组织协调全区手足口病防控工作；\n2.完成区政府交办的其他工作。\n",
     ["组织协调全区手足口病防控工作"],
     {(LG, R, "组织协调全区手足口病防控工作")}),
    ("lead-in-as-follows-is-no-duty",
     JM_SETUP + "一、工作职责\n联席会议的工作职责如下：\n（一）统筹协调全县布病防治工作。\n（二）研究解决重大问题。\n",
     ["统筹协调全县布病防治工作", "研究解决重大问题"],
     {(JM, R, "统筹协调全县布病防治工作"), (JM, R, "研究解决重大问题")}),
    # how often it meets and how its members are changed are rules of the body, no task of it
    ("meeting-rule-and-member-changes-are-no-remit",
     JM_SETUP + "一、主要职责\n统筹协调全县布病防治工作。联席会议每季度召开1次。"
     "联席会议成员单位因人事变动需调整人员，应及时告知联席会议办公室。\n",
     ["统筹协调全县布病防治工作"],
     {(JM, R, "统筹协调全县布病防治工作")}),
    ("a-cut-text-drops-its-broken-last-piece",
     JM_SETUP + "二、联席会议职责\n（一）统筹协调全县布病防治工作。\n（二）检查指导各乡镇及县直有关部门贯",
     ["统筹协调全县布病防治工作"],
     {(JM, R, "统筹协调全县布病防治工作")}),
    # the signature under the list (a name alone on its line, a date below it) closes the notice
    ("a-signature-below-the-remit-is-no-duty",
     LG_SETUP + "一、领导小组职责\n统筹全区手足口病防控工作。\n红石区高新技术产业开发区第二实验中学\n2019年03月\n2019年4月2日 10:21\n",
     ["统筹全区手足口病防控工作"],
     {(LG, R, "统筹全区手足口病防控工作")}),
]

# Remit words that are not the mechanism's remit: units' duties, a plan's own tasks.
NOT_REMITS = [
    ("units-under-a-duties-heading-are-theirs",
     JM_SETUP + "二、工作职责\n县卫健局：负责布病病例的诊断和治疗。\n县农业农村局：负责畜间布病监测。\n",
     ["负责布病病例的诊断和治疗", "负责畜间布病监测"],
     {("青山县卫健局", R, "负责布病病例的诊断和治疗"), ("青山县农业农村局", R, "负责畜间布病监测")}),
    ("a-subject-under-the-heading-is-its-own",
     JM_SETUP + "一、主要职责\n各成员单位要按照职责分工，密切配合，共同推进布病防治工作。\n",
     ["各成员单位要按照职责分工，密切配合，共同推进布病防治工作"],
     {("各成员单位", R, "各成员单位要按照职责分工，密切配合，共同推进布病防治工作")}),
    ("a-plans-main-tasks-are-not-its-groups",
     "白河市健康城市建设实施方案\n一、主要任务\n（一）加强基础设施建设。\n（二）改善城乡环境卫生。\n"
     "二、保障措施\n成立白河市健康城市建设领导小组，统筹推进各项工作。\n",
     [], set()),
    ("a-tasks-heading-before-the-body-is-set-up",
     "青山县爱国卫生工作要点\n一、工作任务\n（一）开展城乡环境卫生整治。\n二、组织保障\n成立青山县爱国卫生运动领导小组。\n",
     [], set()),
]


@pytest.mark.parametrize(("text", "duties", "expected"), rows(REMITS + NOT_REMITS))
def test_remit(text: str, duties: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert spans_of(doc, "duties") == [("DUTY", d) for d in duties]
    assert facts(doc, R) == expected
