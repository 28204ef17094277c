"""A body's duties listed after a lead-in (duties/listed.py): ``X应当履行下列职责：`` and the
other verbs that lead into a list of what the body is to do (``X要重点做好以下工作：``,
``X应加强以下方面建设：``): each numbered item below is a duty of the lead-in's subject."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows

R = "responsible_for"
T = "白河市病媒生物防制工作方案\n"
A = "白河市疫情信息报告管理办法\n"

# (id, notice, facts)
LEAD_INS = [
    ("do-well-the-following-work",
     T + "各街道办事处要重点做好以下工作：\n1.组织居民清理积水；\n2.督促农贸市场落实防蝇设施。\n",
     {("各街道办事处", R, "组织居民清理积水"), ("各街道办事处", R, "督促农贸市场落实防蝇设施")}),
    ("strengthen-the-following-aspects",
     T + "市疾控中心应重点加强以下方面建设：\n（一）完善监测网络；\n（二）充实专业队伍。\n",
     {("白河市疾控中心", R, "完善监测网络"), ("白河市疾控中心", R, "充实专业队伍")}),
    # a copy that lost the first item's opening bracket (一)…) keeps the list: the next items have theirs
    ("first-item-lost-its-bracket",
     T + "市疾控中心应重点加强以下方面建设：\n一)完善监测网络。\n（二）充实专业队伍。\n",
     {("白河市疾控中心", R, "完善监测网络"), ("白河市疾控中心", R, "充实专业队伍")}),
    # the first item run on after the colon, the next ones numbered on the lines below: one list
    ("first-item-on-the-lead-in-line",
     T + "市疾控中心应重点加强以下方面建设：（一）完善监测网络。\n（二）充实专业队伍。\n（三）加强实验室能力。\n",
     {("白河市疾控中心", R, "完善监测网络"), ("白河市疾控中心", R, "充实专业队伍"), ("白河市疾控中心", R, "加强实验室能力")}),
    # an article's second clause pointing back at its subject (，其职责是： / ，具体职责为：) leads into the list;
    # the remit before it (X承担/负责…，) is a duty of the subject's too (as articles write it)
    ("its-duties-are-after-a-comma",
     A + "第十条 各级医疗机构承担本单位疫情报告任务，具体职责为：\n（一）建立疫情报告制度。\n（二）执行首诊负责制。\n"
     "第十一条 本办法自发布之日起施行。\n",
     {("各级医疗机构", R, "各级医疗机构承担本单位疫情报告任务"),
      ("各级医疗机构", R, "建立疫情报告制度"), ("各级医疗机构", R, "执行首诊负责制")}),
    ("lead-in-clause-with-its-own-duty",
     A + "第九条 市献血办公室负责本市献血的日常管理工作，其职责是：\n（一）动员公民献血。\n（二）管理献血者档案。\n",
     {("白河市献血办公室", R, "市献血办公室负责本市献血的日常管理工作"), ("白河市献血办公室", R, "动员公民献血"),
      ("白河市献血办公室", R, "管理献血者档案")}),
    # a note between two items ((二)… / a paragraph / (三)…): the list goes on when the numbering does, in the same marks
    ("a-note-between-two-items",
     A + "第十条 各级医疗机构承担本单位疫情报告任务，具体职责为：\n（一）建立疫情报告制度。\n（二）执行首诊负责制。\n"
     "报告卡片信封应当写明收件单位。\n（三）配合开展流行病学调查。\n",
     {("各级医疗机构", R, "各级医疗机构承担本单位疫情报告任务"),
      ("各级医疗机构", R, "建立疫情报告制度"), ("各级医疗机构", R, "执行首诊负责制"),
      ("各级医疗机构", R, "配合开展流行病学调查", "role=support")}),
    ("after-a-note-another-list-in-other-marks",
     T + "市疾控中心应重点加强以下方面建设：\n（一）完善监测网络。\n（二）充实专业队伍。\n监测点设置如下。\n1.城区设三个监测点。\n",
     {("白河市疾控中心", R, "完善监测网络"), ("白河市疾控中心", R, "充实专业队伍")}),
    # items numbered in capital numerals ((壹) / (贰)), or a list opening with one before common digits
    ("capital-numerals",
     A + "第六条 市卫生局应当履行下列职责：\n（壹）制定献血年度计划；\n（贰）监督采血机构；\n（叁）组织献血宣传。\n",
     {("白河市卫生局", R, "制定献血年度计划"), ("白河市卫生局", R, "监督采血机构"), ("白河市卫生局", R, "组织献血宣传")}),
    ("a-capital-first-item-before-common-digits",
     A + "第七条 市卫生行政部门对本市献血工作实施监督管理，并履行下列职责：\n(壹)制定献血年度计划；\n(二)监督采血机构；\n"
     "(三)组织献血宣传。\n第八条 本办法自公布之日起施行。\n",
     {("白河市卫生行政部门", R, "市卫生行政部门对本市献血工作实施监督管理"), ("白河市卫生行政部门", R, "制定献血年度计划"),
      ("白河市卫生行政部门", R, "监督采血机构"), ("白河市卫生行政部门", R, "组织献血宣传")}),
    # a meeting asks the body in the lead-in's own clause (…，并要求X…做好以下几方面工作：): X does the items;
    # an item ending in a colon leads into its own numbered items, which are the duties
    ("asked-in-the-lead-in-clause",
     T + "副市长在会上强调，防制工作必须落实到位，并要求各级卫生健康部门今后一段时期重点做好以下几方面工作：\n"
     "一、加强部门间的信息沟通。\n二、加大监督检查力度，把市委、市政府对群众健康的关怀和防制工作的各项要求落到实处：\n1、认真做好重点场所的检查；\n2、加强对农贸市场的督查\n",
     {("各级卫生健康部门", R, "加强部门间的信息沟通"), ("各级卫生健康部门", R, "认真做好重点场所的检查"),
      ("各级卫生健康部门", R, "加强对农贸市场的督查")}),
    ("meeting-asks-the-body", T + "会议要求各街道办事处重点做好以下几个方面的工作：\n1.组织居民清理积水；\n2.督促农贸市场落实防蝇设施。\n",
     {("各街道办事处", R, "组织居民清理积水"), ("各街道办事处", R, "督促农贸市场落实防蝇设施")}),
    # near miss: a body asked in an earlier clause (请X要高度重视，督促Y做好以下工作：) does not do the items
    ("asked-in-an-earlier-clause",
     T + "请各街道办事处要高度重视，督促辖区内各物业企业做好以下工作：\n1.组织人员清理积水；\n2.落实防蝇设施。\n",
     {("各街道办事处", R, "各街道办事处要高度重视")}),
    # near miss: what a body must meet (应具备以下条件：) lists conditions, no duties
    ("conditions-are-no-lead-in",
     T + "承担消杀服务的机构应具备以下条件：\n1.具有专业技术人员；\n2.具有必要的药械。\n3.近三年无违规记录。\n",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), rows(LEAD_INS))
def test_lead_ins(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), R) == expected
