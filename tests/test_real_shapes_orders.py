"""Duties in command orders, plans and digests as real notices write them, each in a short
notice written for this test (invented places and units): the doer named after 由 at the start
of a clause (``…期间，由村卫生室进行随访``), 务必 as a modal verb, collectives written with
the other kinds of place in brackets (``各乡镇（街道、园区）``) or with the units stationed
there (``县直及驻县各单位``)."""

from __future__ import annotations

import pytest
from tables import duty_roles, rows

from extractor.pipeline import extract_text

ORDER = "青山县疫情防控指挥部命令\n"

# (id, text, {duty: {(body, role)}})
AGENTS = [
    ("time-clause-then-agent",
     ORDER + "居家观察期间，由乡镇卫生院进行上门随访，每日测量体温两次。\n",
     {"居家观察期间，由乡镇卫生院进行上门随访，每日测量体温两次": {("乡镇卫生院", None)}}),
    ("condition-then-agent-with-a-preposition",
     ORDER + "发现发热等症状，由卫生健康部门依照有关规定，及时转运救治。\n",
     {"发现发热等症状，由卫生健康部门依照有关规定，及时转运救治": {("青山县卫生健康部门", None)}}),
    ("short-clause-of-a-government",
     ORDER + "确需动用县级储备粮的，由县人民政府提出申请。\n",
     {"确需动用县级储备粮的，由县人民政府提出申请": {("青山县人民政府", None)}}),
    ("agent-with-partner-then-approval",
     ORDER + "由县发展改革委会同县财政局提出动用方案，报市人民政府批准。\n",
     {"由县发展改革委会同县财政局提出动用方案，报市人民政府批准": {("青山县发展改革委", None), ("青山县财政局", None)}}),
    ("two-agents-in-one-sentence",
     ORDER + "确需动用县级储备粮的，由县人民政府提出申请，由县粮食局会同县财政局拟定调拨计划。\n",
     {"确需动用县级储备粮的，由县人民政府提出申请": {("青山县人民政府", None)},
      "由县粮食局会同县财政局拟定调拨计划": {("青山县粮食局", None), ("青山县财政局", None)}}),
    ("agent-after-an-adverb",
     ORDER + "根据储备需要，可由县农业农村局掌握一批加工企业，承担应急加工任务。\n",
     {"根据储备需要，可由县农业农村局掌握一批加工企业，承担应急加工任务": {("青山县农业农村局", None)}}),
    ("collective-agent",
     ORDER + "排查期间，由各村进行逐户登记，当日上报。\n",
     {"排查期间，由各村进行逐户登记，当日上报": {("各村", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(AGENTS))
def test_the_doer_after_you(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


# (id, text): 由 naming who makes up, leads or approves something, or a person: no duty
NOT_AGENTS = [
    ("composition", ORDER + "领导小组由县卫健局、县教育局组成。\n"),
    ("composition-after-comma", ORDER + "为加强领导，由县卫健局、县教育局组成工作专班。\n"),
    ("a-body-opens-the-sentence", ORDER + "联席会议由县卫健局召集，每季度召开一次。\n"),
    ("a-leader-of-a-body", ORDER + "成立防控专班，由县政府主要领导任组长，统筹全县防控工作。\n"),
    ("approval", ORDER + "调整方案后，由县人民政府批准实施。\n"),
    ("a-person-not-a-body", ORDER + "排查期间，由专人进行逐户登记。\n"),
    ("because-not-by", ORDER + "由于疫情形势严峻，各地要从严管控。\n"),
]


@pytest.mark.parametrize("text", rows(NOT_AGENTS))
def test_you_naming_no_doer_gives_no_duty_of_that_body(text: str) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    assert not any(body in {"青山县卫健局", "青山县教育局", "青山县人民政府", "青山县政府"} for orgs in duties.values()
                   for body, _role in orgs)
    assert not any(text.startswith("由") for text in duties)


COLLECTIVES = [
    ("must-as-modal",
     ORDER + "县卫生健康局务必加强疫苗供应，会同乡镇做好接种工作。\n",
     {"县卫生健康局务必加强疫苗供应，会同乡镇做好接种工作": {("青山县卫生健康局", None)}}),
    ("towns-with-other-places-in-brackets",
     ORDER + "各乡镇（办事处、开发区）要实行网格化管理，落实包保责任。\n",
     {"各乡镇（办事处、开发区）要实行网格化管理，落实包保责任": {("各乡镇", None)}}),
    ("county-units-and-units-stationed-there",
     ORDER + "县直及驻县各单位务必迅速摸清本单位接种底数。\n",
     {"县直及驻县各单位务必迅速摸清本单位接种底数": {("青山县直及驻县各单位", None)}}),
    ("towns-in-brackets-and-city-units-stationed-there",
     ORDER + "各乡镇（街道、园区）、县直和驻县各单位要迅速摸清底数。\n",
     {"各乡镇（街道、园区）、县直和驻县各单位要迅速摸清底数": {("各乡镇", None), ("青山县直和驻县各单位", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(COLLECTIVES))
def test_order_subjects(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected
