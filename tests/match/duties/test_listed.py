"""A body's duties listed after a lead-in (duties/listed.py): ``X应当履行下列职责：`` and the
other verbs that lead into a list of what the body is to do (``X要重点做好以下工作：``,
``X应加强以下方面建设：``): each numbered item below is a duty of the lead-in's subject."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows

R = "responsible_for"
T = "白河市病媒生物防制工作方案\n"

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
    # near miss: what a body must meet (应具备以下条件：) lists conditions, no duties
    ("conditions-are-no-lead-in",
     T + "承担消杀服务的机构应具备以下条件：\n1.具有专业技术人员；\n2.具有必要的药械。\n3.近三年无违规记录。\n",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), rows(LEAD_INS))
def test_lead_ins(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), R) == expected
