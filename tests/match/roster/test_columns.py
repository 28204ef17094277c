"""A roster laid out in columns and flattened by a copy (extractor/match/roster/columns.py):
the labels run together, every name in one run, the posts below in the same order; and the
labels of an office's heads on the line that names the office (labeled_lines.py)."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows, spans_of

from . import ROLES, TITLE, G

# (id, notice, PERSON span texts in order, facts)
COLUMNS = [
    ("labels-names-posts-paired-by-order",  # 郑 岚: a two-character name padded to three
     TITLE + "组长：副组长：成员：孔德明郑 岚韦春生\n县人民政府副县长 县卫健局局长\n县林草局副局长\n",
     ["孔德明", "郑 岚", "韦春生"],
     {("孔德明", "leader_of", G), ("孔德明", "holds_post", "青山县人民政府", "title=副县长"),
      ("郑岚", "member_of", G), ("郑岚", "holds_post", "青山县卫健局", "title=局长"),
      ("韦春生", "member_of", G), ("韦春生", "holds_post", "青山县林草局", "title=副局长")}),
    ("more-names-than-posts-is-no-table",
     TITLE + "组长：成员：孔德明郑 岚韦春生\n县人民政府副县长 县卫健局局长\n",
     [], set()),
    ("a-run-that-is-no-names",  # a sentence after the labels: no surname run
     TITLE + "组长：成员：按照职责分工开展工作\n县人民政府副县长 县卫健局局长\n",
     [], set()),
]

# (id, notice, PERSON span texts in order, facts): the office's heads are no roster of the mechanism
OFFICE_HEADS = [
    ("office-heads-after-the-office-is-named",
     TITLE + "组长：孔德明 县人民政府副县长\n领导小组下设办公室，设在县卫健局。主 任：郑岚 县卫健局局长 副主任：韦春生 县疾控中心主任\n"
     "罗海 县卫健局副局长\n",
     ["孔德明"],
     {("孔德明", "leader_of", G), ("孔德明", "holds_post", "青山县人民政府", "title=副县长")}),
    ("a-committee-director-on-a-line-of-its-own",  # 主任： at the start of a line is the body's own label
     "关于调整青山县爱国卫生运动委员会组成人员的通知\n主任：孔德明 县人民政府副县长\n",
     ["孔德明"],
     {("孔德明", "leader_of", "青山县爱国卫生运动委员会"), ("孔德明", "holds_post", "青山县人民政府", "title=副县长")}),
]


@pytest.mark.parametrize(("text", "people", "expected"), rows(COLUMNS + OFFICE_HEADS))
def test_roster(text: str, people: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert spans_of(doc, "people") == [("PERSON", p) for p in people]
    assert facts(doc, *ROLES) == expected
