"""A numbered heading naming a unit over topic sub-headings (``一、县卫健局职责`` / ``（一）疫情监测`` /
``1.负责…`` / ``（二）医疗救治`` / ``1.组织…``): the unit is the subject of every item below it up to
the next heading of its level (or a higher one)."""

from __future__ import annotations

import re

from ...layout import Line
from ...notice import Notice
from ...numbering import marker_style
from .division_heads import alone_span, alone_unit

# a topic heading: a few words, no sentence, no label (疫情监测, 宣传引导)
_TOPIC = re.compile(r"[^，。；：:,;！？]{2,20}")


def _style(notice: Notice, ln: Line) -> int | None:
    """The numbering style opening a line (its depth: 一、 0, （一） 1, 1. 2, （1） 3), if any."""
    return marker_style(notice.text, ln.start, ln.end) if ln.body_start > ln.start else None


def _topic(notice: Notice, ln: Line) -> bool:
    """Is a numbered line a topic's heading (a few words, no sentence), not a unit's name?"""
    return bool(_TOPIC.fullmatch(notice.text, ln.body_start, ln.end)) and not alone_unit(notice, ln)


def unit_scopes(notice: Notice, lines: list[Line]) -> tuple[dict[int, tuple[int, int]], set[int]]:
    """The lines under a numbered unit heading whose next line is a topic heading of a deeper
    numbering: {line index: the unit's name span} up to the next line numbered at the unit's
    level or above, an unnumbered heading or another unit's heading; and the indices of the
    topic headings among them (no duty of their own)."""
    scoped: dict[int, tuple[int, int]] = {}
    topics: set[int] = set()
    for i, ln in enumerate(lines[:-1]):
        level = _style(notice, ln)
        if level is None or i in scoped or not alone_unit(notice, ln):
            continue
        nxt = lines[i + 1]
        sub = _style(notice, nxt)
        if sub is None or sub <= level or not _topic(notice, nxt):
            continue
        span = alone_span(notice, ln)
        for j in range(i + 1, len(lines)):
            below = lines[j]
            depth = _style(notice, below)
            if (depth is not None and depth <= level) or (depth is None and below.kind == "heading"):
                break
            if depth is not None and alone_unit(notice, below):
                break  # （三）县疾控中心: a unit of its own heads what follows
            if depth == sub and _topic(notice, below):
                topics.add(j)
            else:
                scoped[j] = span
    return scoped, topics
