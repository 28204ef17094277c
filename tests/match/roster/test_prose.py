"""People named in a sentence (extractor/match/roster/prose.py): ``组长由X担任``."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows, spans_of

from . import ROLES, TITLE, G

# (id, notice, PERSON span texts in order, facts)
PROSE = [
    ("prose-composition",
     TITLE + "组长由县政府副县长王建国担任，副组长由县卫健局局长李明、县林草局局长陈刚担任。\n",
     ["王建国", "李明", "陈刚"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长"),
      ("李明", "deputy_leader_of", G), ("李明", "holds_post", "青山县卫健局", "title=局长"),
      ("陈刚", "deputy_leader_of", G), ("陈刚", "holds_post", "青山县林草局", "title=局长")}),
    ("role-after-the-body-name",  # 联席会议召集人由…担任: the role word right after the body's name
     "关于建立青山县职业病防治工作联席会议制度的通知\n联席会议召集人由县政府分管副县长王建国担任。\n",
     ["王建国"],
     {("王建国", "convener_of", "青山县职业病防治工作联席会议"),
      ("王建国", "holds_post", "青山县人民政府", "title=分管副县长")}),
]


@pytest.mark.parametrize(("text", "people", "expected"), rows(PROSE))
def test_prose_roster(text: str, people: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert spans_of(doc, "people") == [("PERSON", p) for p in people]
    assert facts(doc, *ROLES) == expected
