"""What a numbered heading naming a unit heads beyond the line below it: topic sub-headings and
their items (``一、县卫健局职责`` / ``（一）疫情监测`` / ``1.负责…`` / ``（二）医疗救治`` / ``1.组织…``),
or, in a list of such headings (``1. 秘书处`` / paragraphs / ``2. 人事处`` / paragraphs), every
paragraph up to the next heading of its level (or a higher one)."""

from __future__ import annotations

import re

from ...layout import Line
from ...notice import Notice
from ...numbering import marker_style
from ...words import starts_with_verb
from .bodies import org_form
from .division_heads import alone_span, alone_unit, numbered_unit, paragraph_like

# a topic heading: a few words, no sentence, no label (疫情监测, 宣传引导)
_TOPIC = re.compile(r"[^，。；：:,;！？]{2,20}")


def line_depth(notice: Notice, ln: Line) -> int | None:
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
        level = line_depth(notice, ln)
        if level is None or i in scoped or not alone_unit(notice, ln):
            continue
        nxt = lines[i + 1]
        sub = line_depth(notice, nxt)
        if sub is None or sub <= level or not _topic(notice, nxt):
            continue
        span = alone_span(notice, ln)
        for j in range(i + 1, len(lines)):
            below = lines[j]
            depth = line_depth(notice, below)
            if (depth is not None and depth <= level) or (depth is None and below.kind == "heading"):
                break
            if depth is not None and alone_unit(notice, below):
                break  # （三）县疾控中心: a unit of its own heads what follows
            if depth == sub and _topic(notice, below):
                topics.add(j)
            else:
                scoped[j] = span
    return scoped, topics


# a line that is only a name (no punctuation, no sentence): a unit heading's candidate
NAME_LINE = re.compile(r"[\u4e00-\u9fff（）]{2,20}")


def _unit_heading(notice: Notice, ln: Line, loose: bool = False) -> bool:
    """Is a numbered line only a unit's name (``2. 人事处``; not a label, ``试点指导单位``)? ``loose``: by its ending alone
    (``5. 机要处``, a word a modal verb's character opens), as a sibling of units named surely."""
    if loose:
        whole = notice.text[slice(*alone_span(notice, ln))]
        return (bool(NAME_LINE.fullmatch(whole)) and org_form(notice, whole) and not starts_with_verb(whole)
                and whole[:-1] + "部门" not in notice.text)  # 市气象局 and 市气象部门: not two bodies (numbered_unit)
    if alone_unit(notice, ln):
        return True
    whole = notice.text[slice(*alone_span(notice, ln))]
    return numbered_unit(notice, ln) and not whole.endswith(("单位", "部门"))  # 试点指导单位: a label


def unit_blocks(notice: Notice, lines: list[Line]) -> dict[int, tuple[int, int]]:
    """The paragraphs of a list of unit headings numbered alike (two sure ones at least, the
    others named by a body's ending), each heading its unnumbered paragraphs of duties up to
    the next line numbered at its level or above, an unnumbered heading or a line that is no
    paragraph (a roster line, a label): {paragraph index: the unit's name span}."""
    by_style: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        style = line_depth(notice, ln)
        if style is not None and _unit_heading(notice, ln, loose=True):
            by_style.setdefault(style, []).append(i)
    out: dict[int, tuple[int, int]] = {}
    for style, heads in by_style.items():
        if len({notice.text[slice(*alone_span(notice, lines[i]))] for i in heads if _unit_heading(notice, lines[i])}) < 2:
            continue  # two units named surely, not one name written twice
        for i in heads:
            span = alone_span(notice, lines[i])
            for j in range(i + 1, len(lines)):
                below = lines[j]
                depth = line_depth(notice, below)
                if depth is not None and depth <= style or below.kind == "heading" and depth is None:
                    break
                if depth is not None:
                    continue  # a numbered item under the unit: read with the unit named above it
                if not paragraph_like(notice.text[below.body_start : below.end]):
                    break
                out[j] = span
    return out


def colon_blocks(notice: Notice, lines: list[Line], found: list[tuple[tuple[int, int] | None, int]]
                 ) -> dict[int, tuple[int, int]]:
    """The paragraphs under units each alone on its line with a colon, inside a numbered section
    (``县卫健局：`` / paragraphs / ``县教育局：`` / …; two names at least; not a letter's addressee, nor
    a collective): each heads every unnumbered paragraph up to the next
    such head, a numbered line, a heading or a line that is no paragraph ({index: head span})."""
    text = notice.text
    heads = [i for i, (head, start) in enumerate(found)
             if head is not None and not lines[i].numbered and not text[start : lines[i].end].strip()
             and lines[i].section and not text.startswith("各", head[0])  # under a section: no addressee
             and text[lines[i].start : lines[i].end].rstrip().endswith(("：", ":"))]
    named = {i: head for i in heads if (head := found[i][0]) is not None}
    if len({text[a:b] for a, b in named.values()}) < 2:
        return {}
    out: dict[int, tuple[int, int]] = {}
    for i, head in named.items():
        for j in range(i + 1, len(lines)):
            below = lines[j]
            if (j in heads or below.numbered or below.kind != "para"
                    or not paragraph_like(text[below.body_start : below.end])):
                break
            out[j] = head
    return out
