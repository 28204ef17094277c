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
