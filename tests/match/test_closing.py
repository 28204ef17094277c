"""``drop_closing_clauses`` (extractor/match/closing.py), through ``load()(text)``: a clause
closing a notice (``本办法由X负责解释``) says who interprets the notice, not a task of X; a duty
that is only that clause is none, one ending with it is cut before it; a body that explains
something to others (``X负责解释…政策``) keeps its duty.

Each row: an id, a short notice of our own, the DUTY span texts, the responsible_for facts."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows, spans_of

R = "responsible_for"

CLOSING = [
    ("rules-interpreted-by-a-body", "第十二条 本细则由县卫健局负责解释。\n", [], set()),
    ("plan-interpreted-by-the-government", "本方案由镇人民政府负责解释，自印发之日起施行。\n", [], set()),
    ("duty-ending-with-interpretation", "县卫健局负责全县培训工作，并负责解释。\n",
     ["县卫健局负责全县培训工作"], {("县卫健局", R, "县卫健局负责全县培训工作")}),
    ("explaining-a-policy-is-a-task", "县医保局负责解释医保报销政策。\n",
     ["县医保局负责解释医保报销政策"], {("县医保局", R, "县医保局负责解释医保报销政策")}),
    # a note that more will be announced (…，具体时间另行通知) closes the duty, no part of it
    ("duty-ending-with-a-later-notice", "由青山县卫健局组织复核，具体时间另行通知。\n",
     ["由青山县卫健局组织复核"], {("青山县卫健局", R, "由青山县卫健局组织复核")}),
]


@pytest.mark.parametrize(("text", "duties", "expected"), rows(CLOSING))
def test_closing_clauses(text: str, duties: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert spans_of(doc, "duties") == [("DUTY", d) for d in duties]
    assert facts(doc, R) == expected
