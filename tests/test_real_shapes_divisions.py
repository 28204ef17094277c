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
