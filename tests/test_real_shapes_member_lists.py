"""Member lists of coordination bodies in the shapes real notices use, each in a short notice
of our own (places, units and people invented): an annex under a heading that names the body
(one line, wrapped lines, one unit a line, cut by the end of the text), lists of bare
department fields in a ``由…组成的X`` frame, township offices, and which unit a member is
when its name runs on into a post or a label."""

from __future__ import annotations

import pytest

from extractor.graph import edges_of
from extractor.pipeline import extract_text
from tests.tables import rows


def _members(text: str) -> set[str]:
    g = extract_text(text, "t.txt")
    return {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "member_unit_of")}


ANNEX = [
    (  # the body's emergency team; the annex heading names it with a qualifier (首批); the list wraps
        # without a separator and the text ends inside its last item
        "annex list, wrapped and cut",
        "关于成立青山市无偿献血应急队伍的通知\n"
        "各区人民政府,市政府各部门:\n"
        "  市政府决定成立青山市无偿献血应急队伍(首批成员单位名单附后)。各部门要积极参与。\n"
        "  附件:青山市首批无偿献血应急队伍成员单位名单\n"
        "  青山市人民政府办公室\n"
        "  二〇一二年三月一日\n"
        "附件:\n"
        "  青山市首批无偿献血应急队伍成员单位名单\n"
        "  市委办公室、市总工会、市发改委(物价局)、市财政(地税)局、市规划局、市贸易粮食局、市行政执法局、青山开发区管委会\n"
        "  市质量技监局、市食品药品监",
        {"青山市委办公室", "青山市总工会", "青山市发改委", "青山市财政（地税）局", "青山市规划局",
         "青山市贸易粮食局", "青山市行政执法局", "青山开发区管委会", "青山市质量技监局"},
    ),
    (  # one unit a line under 附件2：X领导小组成员单位名单
        "annex, one unit a line",
        "关于成立白河县鼠疫防控领导小组的通知\n"
        "为做好鼠疫防控工作,县政府决定成立白河县鼠疫防控领导小组。\n"
        "附件2:白河县鼠疫防控领导小组成员单位名单\n"
        "县卫生局\n"
        "县农牧局\n"
        "县林业局\n"
        "县公安局\n",
        {"白河县卫生局", "白河县农牧局", "白河县林业局", "白河县公安局"},
    ),
    (  # the signature under a one-a-line list (the line over the date) is no member
        "annex, signature below the list",
        "关于成立红石区防汛指挥部的通知\n"
        "区政府决定成立红石区防汛指挥部。\n"
        "指挥部成员单位名单:\n"
        "区水利局\n"
        "区应急局\n"
        "红石区人民政府办公室\n"
        "2015年6月1日\n",
        {"红石区水利局", "红石区应急局"},
    ),
    (  # a shock team its title sets up, its members under a short heading naming it
        "title sets up a shock team",
        "关于组建南岭县防汛抢险突击队的通知\n"
        "各乡镇,县直各单位:\n"
        "  县政府决定组建南岭县防汛抢险突击队。\n"
        "  突击队成员单位:\n"
        "  县水利局、县应急管理局、县消防救援大队、县武装部\n",
        {"南岭县水利局", "南岭县应急管理局", "南岭县消防救援大队", "南岭县武装部"},
    ),
    (  # in running text an emergency team is what a department builds: no body is set up
        "emergency team in a duty",
        "关于做好手足口病防控工作的通知\n"
        "县卫生局负责落实防控物资储备,组建防控应急队伍,开展疫情处置。\n"
        "应急队伍成员单位:县人民医院、县疾控中心\n",
        set(),
    ),
    (  # a heading naming another body (the villages' groups) announces their members, not ours
        "annex of another body",
        "关于成立青禾县狂犬病防控领导小组的通知\n"
        "县政府决定成立青禾县狂犬病防控领导小组。\n"
        "附件:各村防疫队成员单位名单\n"
        "村卫生室、村小学\n",
        set(),
    ),
    (  # a line of duties under the heading is no list of units
        "heading over a sentence",
        "关于成立青禾县狂犬病防控领导小组的通知\n"
        "县政府决定成立青禾县狂犬病防控领导小组。\n"
        "领导小组成员单位\n"
        "各成员单位要加强协作,按照职责分工做好防控工作。\n",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), rows(ANNEX))
def test_annex_member_lists(text: str, expected: set[str]) -> None:
    assert _members(text) == expected
