"""Clutter of law databases and web copies, in notices of our own: metadata lines and
fields glued to the text, the notice's own title, stray spaces inside a list, contact lines."""

from __future__ import annotations

import pytest
from tables import duty_roles, rows

from extractor.graph import edges_of
from extractor.normalize import normalize
from extractor.pipeline import extract_text


def _duties(g) -> set[str]:
    return {d["text"] for d in g.nodes.values() if d.get("type") == "duty"}


def test_law_database_fields_glued_to_the_text_are_cut() -> None:
    text = ("石城市人民政府关于印发除四害方案的通知【法规类别】卫生综合规定【发文字号】石政发[2016]3号"
            "【发布部门】石城市政府【发布日期】2016.04.02【效力级别】XP10石城市人民政府关于印发除四害方案的通知\n"
            "市卫生局负责组织开展病媒生物监测。\n")
    norm = normalize(text).text
    assert "法规类别" not in norm and "XP10" not in norm
    g = extract_text(text, "t.txt")
    orgs = {d["name"] for d in g.nodes.values() if d.get("type") == "organization"}
    assert "卫生综合规定" not in orgs
    assert not any("关于印发" in t for t in _duties(g))  # the title is no duty


def test_metadata_lines_carry_no_entities() -> None:
    text = ("青州市人民政府办公厅关于开展爱国卫生月活动的通知\n"
            "状态:有效 发布日期:2011-03-08 生效日期: 2011-03-08\n"
            "发布部门: 青州市人民政府办公厅\n"
            "发布文号: 青府办[2011]12号\n"
            "各区人民政府:\n"
            "市卫生局要组织开展环境卫生整治。\n")
    g = extract_text(text, "t.txt")
    assert _duties(g) == {"市卫生局要组织开展环境卫生整治"}
    issuers = {g.nodes[v]["name"] for _u, v, _d in edges_of(g, "issued_by")}
    assert issuers == {"青州市人民政府办公厅"}


def test_stray_space_after_a_list_mark_is_dropped() -> None:
    norm = normalize("做好养殖、 贩运、 屠宰等环节的消毒,对密切接触者进行追踪。")
    assert norm.text == "做好养殖、贩运、屠宰等环节的消毒，对密切接触者进行追踪。"
    start = norm.text.index("贩运")
    assert norm.evidence(start, start + 2)[0] == "贩运"  # evidence still quotes the original


# (id, notice, texts that are no duties, duties that stay): a contact line names whom to call
# (a body, or an office inside one: ``市X局Y处，联系电话：…``), no task of theirs
CONTACT_LINES = [
    ("an-office-inside-a-bureau-before-its-number",
     "石门市数字产业园区扶持细则\n（四）政策咨询\n市工业和信息化局软件产业处，联系电话：85551234。\n"
     "第四章 职责分工\n第十二条 本细则涉及的部门各自承担主要职责如下：\n"
     "（一）工业和信息化部门：市工业和信息化局负责发布申报指南、组织项目申报。\n（二）财政部门：市财政局负责资金预算安排。\n",
     ["软件产业处"],
     ["市工业和信息化局负责发布申报指南、组织项目申报", "市财政局负责资金预算安排"]),
]


@pytest.mark.parametrize(("text", "absent", "present"), rows(CONTACT_LINES))
def test_contact_lines_are_no_duties(text: str, absent: list[str], present: list[str]) -> None:
    duties = set(duty_roles(extract_text(text, "t.txt")))
    assert not any(a in t for a in absent for t in duties), duties
    assert set(present) <= duties, duties
