"""A notice's words for its own issuer and its addressees (extractor/match/own_issuer.py, read by the subject
rules), through ``load()(text)``: ``我部将…`` / ``本局负责…`` is a duty of the issuer the document
metadata names, by the issuer's name up to that unit word; none when the issuer is unknown or
its name holds no such word. Each row: an id, a short notice of our own, the
(body, responsible_for, duty text) facts."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows

R = "responsible_for"
BODY = "各县市区：\n为做好白河流域监测工作，现将有关事项通知如下。\n"

# (id, notice, facts)
OWN_ISSUER = [
    ("our-ministry-in-a-notice-the-ministry-signs",
     BODY + "我部将组织专家对各地方案进行评审，择优确定试点城市。\n青山省水利部\n2024年3月1日\n",
     {("青山省水利部", R, "我部将组织专家对各地方案进行评审，择优确定试点城市")}),
    ("our-bureau-in-a-notice-its-office-signs",  # 国家X局办公室 writes 我局 for 国家X局
     BODY + "我局将建立项目进展通报机制，定期通报各地建设情况。\n国家青山管理局办公室\n2024年3月1日\n",
     {("国家青山管理局", R, "我局将建立项目进展通报机制，定期通报各地建设情况")}),
    ("this-bureau-in-a-titled-notice",
     "白河市卫生健康局关于开展鼠疫监测工作的通知\n" + BODY + "本局负责汇总各地监测数据，按月通报。\n",
     {("白河市卫生健康局", R, "本局负责汇总各地监测数据，按月通报")}),
    # near misses: the issuer unknown, or its name holds no such unit word, or 本部门 (each body's own)
    ("issuer-unknown", BODY + "我部将组织专家对各地方案进行评审。\n", set()),
    ("the-issuer-holds-no-such-unit-word",
     BODY + "我局将建立项目进展通报机制，定期通报各地建设情况。\n白河市卫生健康委员会\n2024年3月1日\n", set()),
    ("this-department-is-each-body-s-own", BODY + "本部门要落实监测责任。\n白河市水利局\n2024年3月1日\n", set()),
]


@pytest.mark.parametrize(("text", "expected"), rows(OWN_ISSUER))
def test_own_issuer(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), R) == expected


REPLY = "国务院关于青山市水污染防治规划的批复\n青山市人民政府、国家水利管理总局：\n你们报送的请示收悉。现批复如下：\n"

# (id, notice, facts): a letter addressed to a place's government (its first lines) writes the
# place as the doer of its clauses (青山市要…): the government addressed
ADDRESSED_PLACE = [
    ("the-place-of-the-government-addressed",
     REPLY + "一、原则同意该规划。二、青山市要积极筹集治理资金，确保目标实现。国家水利管理总局要加强监督检查。\n",
     {("青山市人民政府", R, "青山市要积极筹集治理资金，确保目标实现"),
      ("国家水利管理总局", R, "国家水利管理总局要加强监督检查")}),
    # near miss: a place whose government the letter is not addressed to is no body
    ("another-place-is-no-body",
     REPLY + "二、白河市要积极筹集治理资金，确保目标实现。\n", set()),
]


@pytest.mark.parametrize(("text", "expected"), rows(ADDRESSED_PLACE))
def test_addressed_place(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), R) == expected
