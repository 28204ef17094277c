"""extractor/query/fulltext.py: duties and evidence containing a text, texts of two
characters through the trigram index and the column-tail indexes (no scan)."""

from __future__ import annotations

import pytest

from extractor import graph as kg
from extractor import store
from extractor.graph import GraphBuilder
from extractor.query import fulltext
from tests.tables import rows

# (duty text, evidence) of one notice
DUTIES = [
    ("开展结核病筛查", "各乡镇开展结核病筛查。"),  # the text ends with 筛查
    ("筛查密切接触者", "负责筛查密切接触者"),  # the text begins with it, the evidence ends with 接触者
    ("组织筛查和随访", "组织筛查和随访工作"),  # in the middle
    ("筛查", "筛查"),  # the whole text
    ("负责HIV检测", "负责hiv检测工作"),  # ASCII: exact case
    ("做好宣传", "做好宣传工作"),
]
# (member unit, evidence of member_unit_of)
FACTS = [("甲县卫健委", "甲县卫健委为成员单位"), ("甲县公安局", "公安局负责筛查")]


@pytest.fixture(scope="module")
def conn():
    b = GraphBuilder("a.txt")
    d = b.add_node("document", "a.txt", "通知", title="通知")
    m = b.add_node("mechanism", "甲县机制", "甲县机制")
    b.add_edge(d, m, "establishes", "建立机制", (0, 4))
    for i, (text, evidence) in enumerate(DUTIES):
        duty = b.add_node("duty", f"a.txt#{i}", text, text=text, evidence=evidence, doc="a.txt", span=[i, i + 1])
        org = b.add_node("organization", "甲县卫健委", "甲县卫健委", kind="卫生健康")
        b.add_edge(org, duty, "responsible_for", evidence, (i, i + 1))
    for name, evidence in FACTS:
        org = b.add_node("organization", name, name)
        b.add_edge(org, m, "member_unit_of", evidence, (0, 1))
    c = store.connect(":memory:", create=True)
    store.write_notice(c, "a.txt", kg.to_node_link(b.graph))
    return c


def _duties(conn, text, columns=("text", "evidence")) -> list[str]:
    return sorted(conn.execute("SELECT text FROM duties WHERE id = ?", (r[0],)).fetchone()[0]
                  for r in fulltext.duties_containing(conn, text, columns))


FOUND = [
    ("two-chars-anywhere", "筛查", ("text", "evidence"),
     ["筛查", "筛查密切接触者", "开展结核病筛查", "组织筛查和随访"]),
    ("two-chars-ending-the-evidence-only", "触者", ("evidence",), ["筛查密切接触者"]),
    ("two-chars-ending-the-evidence-not-in-text-column", "工作", ("text",), []),
    ("two-chars-ending-the-evidence", "工作", ("text", "evidence"), ["做好宣传", "组织筛查和随访", "负责HIV检测"]),
    ("two-ascii-chars-exact-case", "IV", ("text", "evidence"), ["负责HIV检测"]),
    ("two-ascii-chars-other-case", "iv", ("text",), []),
    ("one-char", "和", ("text",), ["组织筛查和随访"]),
    ("three-chars-trigram-folds-case", "hiv", ("text",), ["负责HIV检测"]),
    ("not-there", "防控", ("text", "evidence"), []),
]


@pytest.mark.parametrize(("text", "columns", "expected"), rows(FOUND))
def test_duties_containing(conn, text, columns, expected) -> None:
    assert _duties(conn, text, columns) == sorted(expected)


def test_every_two_characters_found_as_a_scan_finds_them(conn) -> None:
    texts = [t for pair in DUTIES for t in pair] + [e for _, e in FACTS]
    bigrams = sorted({t[i : i + 2] for t in texts for i in range(len(t) - 1)})
    for bigram in bigrams:
        scan = sorted(r[0] for r in conn.execute(
            "SELECT text FROM duties WHERE instr(text, ?) > 0 OR instr(evidence, ?) > 0", (bigram, bigram)))
        assert _duties(conn, bigram) == scan, bigram
        facts = [r[0] for r in conn.execute(
            f"SELECT id FROM edges WHERE {fulltext.OTHER_FACTS} AND instr(evidence, ?) > 0 ORDER BY id", (bigram,))]
        assert fulltext.facts_containing(conn, bigram) == facts, bigram


def test_two_characters_use_the_indexes_not_a_scan(conn) -> None:
    plans = [" ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN SELECT id FROM {sql}", ("筛查",)))
             for sql in ("duties WHERE substr(text, -2) = ?", "duties WHERE substr(evidence, -2) = ?",
                         f"edges WHERE substr(evidence, -2) = ? AND {fulltext.OTHER_FACTS}")]
    assert all("USING INDEX" in p for p in plans), plans
