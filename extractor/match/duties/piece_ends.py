"""Where a piece of a subject's sentence stops being that subject's duty (read by
``free_text``): a breach and its sanction (``逾期不改正的，处…罚款``), a last clause saying when the
next one happens (``…，待系统开放后``), a numbered list of places or cases after a ``下列`` lead's
colon (``优先推进下列场所的改造：（一）…``)."""

from __future__ import annotations

from ...notice import Notice
from ...words import starts_with_verb
from ..orgs import org_at
from ..subjects import subject_at
from .clauses import INLINE_MARK
from .cues import duty_cues


def writes_breach_sanction(notice: Notice, start: int, end: int) -> bool:
    """Does the piece ``start:end`` write a breach and its sanction (``…的，追究…``) with no modal
    or charge verb before it, so that it is no task of its subject?"""
    text, cues = notice.text, duty_cues(notice)
    m = cues.breach_sanction.search(text, start, end)
    return m is not None and cues.standing.search(text, start, m.start()) is None


def before_trailing_when(notice: Notice, start: int, end: int) -> int:
    """Where a duty ends when its last clause says when the next one happens (``…完成汇总，待系统
    开放后|``, ``…，疫情发生时|``): that clause leads into what follows, no part of the duty."""
    text = notice.text
    comma = max(text.rfind("，", start, end), text.rfind(",", start, end))
    if comma > start and text.endswith(duty_cues(notice).when_clause_ends, comma + 1, end):
        return comma
    return end


def listed_items_colon(notice: Notice, start: int, end: int, sentence_end: int) -> int | None:
    """The colon of the clause ``text[start:end]`` when a numbered list of what it concerns follows
    it (``优先推进下列机构、场所的改造：（一）A；（二）B。``, ``有下列情形之一的，X应当作出…决定：（一）…``):
    the items name things or cases, no tasks (not ``履行下列职责：（一）负责…``, an item opening with
    a verb or a body of its own, up to ``sentence_end``); the clause ends there and its items are no duties."""
    text, cues = notice.text, duty_cues(notice)
    m = cues.list_colon.search(text, start, end)
    if m is None or cues.listed.search(text, start, m.end()) or subject_at(notice, m.end(), end):
        return None
    item = INLINE_MARK.match(text, m.end(), end)
    if (item is None or starts_with_verb(text[item.end() : end]) or cues.duty_opening.match(text, item.end(), end)
            or _names_a_body(notice, item.end(), sentence_end)):
        return None  # （一）公安部门提供…: the item's own subject (the clause read may stop before it)
    return text.rfind("：", start, m.end()) if "：" in text[m.start() : m.end()] else text.rfind(":", start, m.end())


def _names_a_body(notice: Notice, p: int, stop: int) -> bool:
    """Does a body open the text at ``p`` (a subject read, or a name the notice's table knows)?"""
    return subject_at(notice, p, stop) is not None or org_at(notice, notice.text, p, stop) is not None
