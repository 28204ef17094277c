"""``drop_contact_lines`` (extractor/match/contact_lines.py), through ``load()(text)``: a contact
line (``联系电话：…``) says whom to call, not a task; a duty that is only that line, or a body's
name and the line, is none; one ending with it is cut before it; a duty that merely mentions a
hotline (no number) keeps its text.

Each row: an id, a short notice of our own, the DUTY span texts, the responsible_for facts."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows, spans_of

R = "responsible_for"

CONTACT = [
    ("office-and-its-telephone", "二、联系方式\n县卫健局疾控股，联系电话：0471-5551234。\n", [], set()),
    ("programme-hotline-line",
     "四、咨询方式\n1.“慢病防治”专项咨询电话：010-66660000、66660001\n2.“疫苗研究”专项咨询电话：010-66661111\n", [], set()),
    ("duty-ending-with-a-telephone", "县疾控中心负责收集监测数据，联系电话：6612345。\n",
     ["县疾控中心负责收集监测数据"], {("县疾控中心", R, "县疾控中心负责收集监测数据")}),
    ("two-duties-each-with-a-telephone",
     "二、职责分工\n县医保局负责基金监管，联系电话：0471-5552222；县民政局负责救助衔接，联系电话：0471-5553333。\n",
     ["县医保局负责基金监管", "县民政局负责救助衔接"],
     {("县医保局", R, "县医保局负责基金监管"), ("县民政局", R, "县民政局负责救助衔接")}),
    ("telephone-in-brackets-after-the-task",
     "各乡镇要将工作进展及时报送县疾控中心（联系电话：0471-5554444）。\n",
     ["各乡镇要将工作进展及时报送县疾控中心"], {("各乡镇", R, "各乡镇要将工作进展及时报送县疾控中心")}),
    ("hotline-without-number-is-a-task", "县卫健局负责开通心理援助热线电话，及时答复群众咨询。\n",
     ["县卫健局负责开通心理援助热线电话，及时答复群众咨询"],
     {("县卫健局", R, "县卫健局负责开通心理援助热线电话，及时答复群众咨询")}),
]


@pytest.mark.parametrize(("text", "duties", "expected"), rows(CONTACT))
def test_contact_lines(text: str, duties: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert spans_of(doc, "duties") == [("DUTY", d) for d in duties]
    assert facts(doc, R) == expected
