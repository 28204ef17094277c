"""A plan's unit lines numbered in decimal levels (``2.3.6 市水务局：负责…``): read by the
division reader as numbered items, their unit's name after the number."""

from __future__ import annotations

import re
from dataclasses import replace

from ...layout import Line
from ...notice import Notice
from ...numbering import DECIMAL
from ..orgs import looks_like_org

# 2.3.6 市水务局： / 3.1 白河供电公司: the number, then the unit's name up to its colon
_DECIMAL_UNIT = re.compile(rf"(?P<num>{DECIMAL})\s+(?P<name>[^\s：:，,。；]{{2,30}}?)\s*[：:]")


def decimal_unit_line(notice: Notice, ln: Line) -> Line:
    """The line as a numbered item when a decimal number opens it before a unit's name and its
    colon; else the line itself (a decimal heading, ``1.2 等级划分``, stays a paragraph, so the
    layout's other readers never see it numbered)."""
    if ln.kind != "para" or ln.body_start != ln.start:
        return ln
    m = _DECIMAL_UNIT.match(notice.text, ln.start, ln.end)
    if m is None or not looks_like_org(m.group("name"), notice):
        return ln
    body = m.start("name")
    return replace(ln, kind="item", body_start=body, number=int(re.split(r"[.．]", m.group("num"))[-1]))


# 2.3 市安委会成员单位与职责: a decimal heading line (short, no sentence, no colon)
_DECIMAL_HEADING = re.compile(rf"{DECIMAL}\s+(?P<title>[^。；;：:]{{2,30}})")


def decimal_heading_above(notice: Notice, ln: Line) -> str:
    """The title of the nearest decimal heading above ``ln`` (``2.3 成员单位与职责``), or ""; a
    plan numbered in decimal levels writes its sections so, not as ``一、`` headings."""
    text = notice.text
    for above in reversed(notice.lines):
        if above.start >= ln.start:
            continue
        m = _DECIMAL_HEADING.fullmatch(text, above.start, above.end)
        if m:
            return m.group("title")
    return ""
