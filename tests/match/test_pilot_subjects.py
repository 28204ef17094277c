"""Pilots as subjects (subjects.py ``pilot_collective``, duties/bodies.py): the places or units
a notice picks for its programme (``试点地区``, ``各试点单位``) are one collective subject,
read with a modal or duty verb only (``试点城市在…取得进展`` is a goal, not a duty); where the
notice names the pilots' governments (``试点城市政府``), those act."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows, spans_of

R = "responsible_for"

# (id, notice, DUTY span texts, facts)
PILOTS = [
    ("pilot-areas-yao",
     "二、工作要求\n试点地区要在年底前建成统一的政务服务平台，并报送建设情况。",
     ["试点地区要在年底前建成统一的政务服务平台，并报送建设情况"],
     {("试点地区", R, "试点地区要在年底前建成统一的政务服务平台，并报送建设情况")}),
    ("each-pilot-unit-fuze",
     "二、工作要求\n各试点单位负责制定本单位的试点方案。",
     ["各试点单位负责制定本单位的试点方案"],
     {("各试点单位", R, "各试点单位负责制定本单位的试点方案")}),
    # a goal of the programme: the pilots achieve, nobody is told to act
    ("pilot-cities-goal",
     "一、目标\n到2030年，试点城市在垃圾分类和回收利用方面取得明显成效。", [], set()),
    ("pilot-cities-plain-verb",
     "一、任务\n试点城市建立覆盖城乡的回收网络，提高资源利用水平。", [], set()),
    # the notice names the pilots' governments: they are the doers of 试点城市负责…
    ("pilot-cities-by-their-governments",
     "三、组织实施\n试点城市负责编制年度工作计划。试点城市政府要保障试点所需经费。",
     ["试点城市负责编制年度工作计划", "试点城市政府要保障试点所需经费"],
     {("试点城市政府", R, "试点城市负责编制年度工作计划"), ("试点城市政府", R, "试点城市政府要保障试点所需经费")}),
]


@pytest.mark.parametrize(("text", "duties", "expected"), rows(PILOTS))
def test_pilot_subjects(text: str, duties: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert sorted(spans_of(doc, "duties")) == sorted(("DUTY", d) for d in duties)
    assert facts(doc, R) == expected
