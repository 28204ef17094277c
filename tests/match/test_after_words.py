"""``extractor/match/after_words.py``: ``(?:WORDS)RX`` matched without compiling a pattern
per notice must find what ``re.finditer`` of the whole pattern finds (same starts, ends and
groups), for any text, any words (prefixes of each other, an empty one) and the fixed parts
the mechanism matchers use (a lookbehind, lazy and optional groups)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.lexicon import alternation
from extractor.match.after_words import after_words, first_after_words

ALPHABET = "甲乙办公室设在下于，。、小组会"
RESTS = [
    r"(?P<office>办公室|室)\s*(?:，)?(?:设在|(?<=下设办公室)在)",
    r"(?:在(?P<host>[^，。]{1,4}?)设|下设(?P<own>[甲乙]{0,3}?))办公室(?:(?P<at>于))?",
    r"(?:办公室|室)(?!\s*(?:设|、))",
    r"(?P<role>组|小组|组会)(?!会)",
]
BEFORE = re.compile(r"(?<![甲乙、])")


def _whole(text: str, words: list[str], rest: str, before: bool) -> list[tuple[int, int, dict[str, str | None]]]:
    """What ``re.finditer`` of the whole pattern finds."""
    rx = re.compile(("(?<![甲乙、])" if before else "") + f"(?:{alternation(words)}){rest}")
    return [(m.start(), m.end(), m.groupdict()) for m in rx.finditer(text)]


@settings(max_examples=300, deadline=None)
@example(text="小组组会", words=["小", "小组"], k=3, before=False)  # the longer word, then 组
@example(text="乙下设甲办公室于", words=["", "乙"], k=1, before=False)  # a word, else RX alone
@example(text="、小组办公室", words=["小组"], k=2, before=True)  # the lookbehind before the word
@given(text=st.text(alphabet=ALPHABET, max_size=40),
       words=st.lists(st.text(alphabet="甲乙小组办", max_size=3), min_size=1, max_size=4),
       k=st.integers(0, len(RESTS) - 1), before=st.booleans())
def test_same_matches_as_the_whole_pattern(text: str, words: list[str], k: int, before: bool) -> None:
    rest = re.compile(RESTS[k])
    got = [(h.start, h.end(), h.rest.groupdict())
           for h in after_words(text, words, rest, BEFORE if before else None)]
    assert got == _whole(text, words, RESTS[k], before)


# (words, text, the first match of WORDS+RX as (start, text) or None) for a fixed RX
FIRST = [
    (["甲小组", "小组"], "乙小组办公室设在甲", (1, "小组办公室设在")),  # a word, then the office
    (["甲小组", "甲小"], "甲小组办公室设在乙", (0, "甲小组办公室设在")),  # the longest word first
    (["甲小组", ""], "办公室设在乙", (0, "办公室设在")),  # an empty word: the office alone
    (["甲小组"], "办公室设在乙", None),  # no word, no match
]


def test_first_match() -> None:
    rest = re.compile(RESTS[0])
    for words, text, want in FIRST:
        hit = first_after_words(text, words, rest)
        assert (None if hit is None else (hit.start, hit.text())) == want, (words, text)
