"""A working group's paragraph naming the unit that leads it before its duties
(duties/group_remits.py): ``X组。由A牵头，B配合；a；b。``, ``X组\\nA牵头，B参加。\\n主要职责：a；b。``."""

from __future__ import annotations

import pytest
from tables import doc_of, duty_roles, rows

from extractor.pipeline import extract_text

_TITLE = "青山县突发公共事件应急预案（节选）\n"
_HEALTH = {("防疫消杀组", None), ("卫生部门", "lead"), ("有关部门、单位", "support")}

# (id, notice, {duty text: {(doer, role)}}): every duty the notice gives
GROUP_REMITS = [
    # a plan's page with no command named: the group is a body of its own, its duties after ；
    ("make-up-then-duties-after-semicolons",
     _TITLE + "（3）防疫消杀组。由卫生部门牵头，有关部门、单位配合；对疫点实施消毒；对密切接触者进行医学观察。\n",
     {"对疫点实施消毒": _HEALTH, "对密切接触者进行医学观察": _HEALTH}),
    # the group's name on a line of its own, the make-up without 由, the label of its duties
    ("name-line-make-up-line-label-line",
     _TITLE + "5.抢险救灾组\n青山县水利局牵头，青山县应急管理局、青山县交通运输局等有关部门参加。\n"
     "主要职责：组织抢修水毁工程；调运抢险物资。\n",
     {t: {("抢险救灾组", None), ("青山县水利局", "lead"), ("青山县应急管理局", "support"),
          ("青山县交通运输局", "support")} for t in ("组织抢修水毁工程", "调运抢险物资")}),
    # the duty after a comma opening with 负责: one duty up to the full stop; the lead read by its
    # place in the make-up clause (a department of a field, no body's ending)
    ("duty-after-a-comma",
     _TITLE + "（8）通信保障组。由通信主管部门牵头，其他部门、单位配合，负责抢修通信设施，恢复通信。\n",
     {"负责抢修通信设施，恢复通信": {("通信保障组", None), ("通信主管部门", "lead"), ("其他部门、单位", "support")}}),
    # units the lead makes the group up with (会同…组成) are no doers
    ("made-up-with-others-no-support",
     _TITLE + "（6）事故调查组。由白河市应急管理局牵头，会同相关部门及专家组成；查明事故原因；提出处理意见。\n",
     {t: {("事故调查组", None), ("白河市应急管理局", "lead")} for t in ("查明事故原因", "提出处理意见")}),
    # labelled lines under the group's heading: heads, the lead unit, the members, the duties' line;
    # the members get no role, the note after the full stop is no duty
    ("labelled-lines-under-the-heading",
     "青山镇春节期间疫情防控工作方案\n二、工作分工\n（一）信息汇总组\n牵头领导：王建国\n组    长：李  明\n"
     "牵头单位：青山镇综合服务中心\n成员单位：青山镇派出所、青山镇卫生院\n"
     "具体负责：汇总上报疫情信息；核实排查数据。（联络员：张华）\n",
     {t: {("信息汇总组", None), ("青山镇综合服务中心", "lead")} for t in ("汇总上报疫情信息", "核实排查数据")}),
    # the units taking part are a make-up list: read by their place in it, also those of no known
    # ending (驻军部队, 武警中队, 白河日报社)
    ("units-taking-part-read-by-position",
     _TITLE + "6.治安保卫组\n县公安局牵头，县司法局、驻军部队、武警中队、白河日报社等有关部门参加。\n"
     "主要职责：维护灾区治安秩序；保护重要目标安全。\n",
     {t: {("治安保卫组", None), ("青山县公安局", "lead"), ("青山县司法局", "support"), ("驻军部队", "support"),
          ("武警中队", "support"), ("白河日报社", "support")} for t in ("维护灾区治安秩序", "保护重要目标安全")}),
    # a page cut before the group's name: the make-up line with its label gives the lead and support
    ("make-up-line-without-the-groups-name",
     "红石区卫生健康局牵头，红石区农业农村局等有关部门参加。\n主要职责：救治伤病员；开展环境消毒。\n",
     {t: {("红石区卫生健康局", "lead"), ("红石区农业农村局", "support")} for t in ("救治伤病员", "开展环境消毒")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(GROUP_REMITS))
def test_group_remits(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


# (id, notice, text that is no duty's): the make-up read, no list after it, or no group's name
NO_REMIT = [
    # a make-up sentence with no list of duties after it gives the group no duty
    ("make-up-without-a-list",
     _TITLE + "二、宣传组。由县委宣传部牵头，县融媒体中心参加。各组要密切配合。\n", "宣传组"),
    # labelled lines naming no lead unit: left to the other rules
    ("labelled-lines-without-a-lead-unit",
     _TITLE + "（二）后勤组\n组长：王建国\n具体负责：采购防护物资。\n", "后勤组"),
    # 各工作组 names no group
    ("every-group-is-no-group",
     _TITLE + "各工作组。由县应急管理局牵头，有关部门配合；做好值班值守。\n", "各工作组"),
]


@pytest.mark.parametrize(("text", "absent"), rows(NO_REMIT))
def test_no_group_remit(text: str, absent: str) -> None:
    doc = doc_of(text)
    assert not any(absent in (e.get("name") or "") for e in doc._.entities.values()), doc._.entities
