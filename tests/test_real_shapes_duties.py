"""Duty shapes of real notices, each in a short notice written for this test: duty divisions
run together on one line (a web page flattened), a unit alone on a line heading numbered
duties (一、二、…), flattened responsibility-list tables, numbered headings naming a body
(``1.督查组。负责…``), free-text subjects without a modal verb, office duties, a text cut
in the middle of its last clause."""

from __future__ import annotations

import pytest

from extractor.graph import edges_of
from extractor.pipeline import extract_text


def _duties(g) -> dict[str, set[tuple[str, str | None]]]:
    """Duty text -> {(responsible body, role)}."""
    out: dict[str, set[tuple[str, str | None]]] = {}
    for _n, d in g.nodes(data=True):
        if d["type"] == "duty":
            out.setdefault(d["text"], set())
    for u, v, d in edges_of(g, "responsible_for"):
        out[g.nodes[v]["text"]].add((g.nodes[u]["name"], d.get("role")))
    return out


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
