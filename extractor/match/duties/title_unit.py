"""A page whose title names one unit's duties (``地方病科工作职责``, ``县卫健局主要职责``): each
numbered item of its text (``1、承担…`` on a line of its own or run on in one line, under topic
headings ``一、碘缺乏病``) is a duty of that unit, when no other rule read a division."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...normalize import simplified
from ...notice import Notice
from ...numbering import RUN_ON_ITEM, RUN_ON_SECTION
from ..orgs import looks_like_org
from .bodies import org_form
from .cues import duty_labels

# 1、 / 2. opening an item, at a line's start or after a sentence or a heading's words and a space
_ITEM = re.compile(rf"{RUN_ON_ITEM}\s*")


def _title_re(lex: Lexicon) -> re.Pattern[str]:
    """X职责 / X工作职责 / X的主要职责: a title naming a unit's duties (``duty_labels``)."""
    return re.compile(rf"(?P<name>[\u4e00-\u9fff（）]{{2,30}}?)的?{duty_labels(lex).label}")


def title_unit(notice: Notice) -> tuple[int, int] | None:
    """The unit the notice's title names the duties of, as a span of its text (the title as
    written on the page), or None: no such title, a mechanism's (its remit), or a unit the
    notice does not write."""
    title = simplified(notice.meta.get("title") or "")
    m = notice.lex.memo(_title_re).fullmatch(title)
    if m is None:
        return None
    name = m.group("name")
    if name.endswith(tuple(notice.lex.bodies["mechanism_suffixes"])) or not (
            looks_like_org(name, notice) or org_form(notice, name)):
        return None
    at = notice.text.find(name)
    return (at, at + len(name)) if at >= 0 else None


def title_items(notice: Notice) -> list[tuple[int, int]]:
    """The spans of the numbered items of the text (each numbered 1, 2, … within its list); a
    text without them: its numbered lines (``一、贯彻执行…`` / ``二、…``), one item a line."""
    items = _arabic_items(notice)
    if len(items) >= 2:
        return items
    return [span for ln in notice.content_lines()
            if ln.numbered and not notice.claimed(ln.body_start) and (span := _trimmed(notice.text, ln.body_start, ln.end))]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without its closing stop (。；) and spaces, or None when under four characters."""
    while end > start and text[end - 1] in " 。；;":
        end -= 1
    return (start, end) if end - start >= 4 else None


def _arabic_items(notice: Notice) -> list[tuple[int, int]]:
    """The items numbered 1、 / 2. of the text, on lines of their own or run on in one line."""
    text = notice.text
    out: list[tuple[int, int]] = []
    marks = [m for m in _ITEM.finditer(text) if not notice.claimed(m.start())]
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        line_end = text.find("\n", m.end())
        if 0 <= line_end < end:
            end = line_end  # an item on a line of its own ends with its line
        topic = RUN_ON_SECTION.search(text, m.end(), end)
        if topic:
            end = topic.start()
        while end > m.end() and text[end - 1] in " 。；":
            end -= 1
        if end - m.end() >= 4:
            out.append((m.end(), end))
    return out
