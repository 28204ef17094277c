"""A unit's duties after a label inside its own paragraph: ``X的主要职责是a；b``,
``X加挂Y的牌子，主要职责包括a；b；c。``, ``X隶属…。职责主要包括a；b。``: one duty of X per
clause of the list (split on ；), up to the sentence's end."""

from __future__ import annotations

import re

from ...notice import Notice
from ...resolve import Org
from ...words import starts_with_verb
from ..orgs import org_at
from ..subjects import subject_at
from .bodies import unlisted_head
from .divisions import division_clauses

# (的)(主要)职责(主要)是/为/包括(：): a label opening the unit's list of duties
_LABEL = re.compile(r"(?:的|，)?(?:主要)?职责(?:主要)?(?:是|为|包括)[：:]?")


def find_labeled_remits(notice: Notice) -> None:
    """``白河县水文站的主要职责是负责…；做好…。``: the duties after the label, of the unit that
    opens the label's sentence, or the one before it in its paragraph when the label opens its
    sentence (``X隶属…。职责主要包括…``). Not the mechanism's own remit (``remit``), nor a
    label already read."""
    text = notice.text
    for ln in notice.content_lines():
        for m in _LABEL.finditer(text, ln.body_start, ln.end):
            end = _list_end(text, m.end(), ln.end)
            if notice.claimed(m.start()) or notice.claimed_within(m.end(), end):
                continue
            unit = _labeled_unit(notice, ln.body_start, m.start())
            if unit is not None:
                division_clauses(notice, [unit], m.end(), _own_end(notice, m.end(), end), "；")


def _list_end(text: str, start: int, end: int) -> int:
    """Where the list after a label ends: its sentence's full stop, else the line's end."""
    stop = text.find("。", start, end)
    return end if stop < 0 else stop


def _own_end(notice: Notice, start: int, end: int) -> int:
    """The end of the unit's own pieces: before the first piece after a ；that opens with a
    subject of its own (``…；宣传部负责…``: another unit's duty)."""
    text = notice.text
    for i in range(start, end):
        if text[i] == "；" and subject_at(notice, i + 1, end) is not None:
            return i
    return end


def _labeled_unit(notice: Notice, line_start: int, label: int) -> Org | None:
    """The unit whose duties a label lists: the name right before ``的职责是``, else the unit
    that opens the label's sentence (the sentence before when the label opens its own) and
    is followed by its verb; a body of the notice, neither the mechanism nor a collective."""
    text = notice.text
    if text.startswith("的", label):
        clause = max(line_start, *(text.rfind(ch, line_start, label) + 1 for ch in "，。："))
        written = text[clause:label]
        if not (org_at(notice, text, clause, label) == label or unlisted_head(notice, written)):
            return None
        return label_unit(notice, written)
    start = max(line_start, text.rfind("。", line_start, label) + 1)
    if not text[start:label].strip("， "):
        if start == line_start:
            return None
        start = max(line_start, text.rfind("。", line_start, start - 1) + 1)
    end = _subject_end(notice, start, label)
    return None if end is None else label_unit(notice, text[start:end])


def _subject_end(notice: Notice, start: int, end: int) -> int | None:
    """Where the name opening ``text[start:end]`` ends when a verb follows it: a body the
    notice knows, else the longest name of a body's form (``X公共卫生委员会隶属…``)."""
    text = notice.text
    known = org_at(notice, text, start, end)
    if known is not None:
        return known if starts_with_verb(text[known:end]) else None
    for stop in range(min(end, start + 20), start + 2, -1):
        if unlisted_head(notice, text[start:stop]) and starts_with_verb(text[stop:end]):
            return stop
    return None


def label_unit(notice: Notice, written: str) -> Org | None:
    """The body of a written name (not another body of its kind: ``X兽医局`` is no ``X农业厅``),
    unless it is a collective (各…) or a mechanism, whose remit ``remit`` reads (a name of a
    mechanism's form, ``X领导小组``, or its short form ``X食安委``, a 委 of no known kind)."""
    if written.startswith(("各", "其")) or _mechanism_like(notice, written):
        return None
    org = notice.table.find(written, by_kind=False)
    if org is not None and (org.body or org.collective):
        return None
    return org or notice.table.add(written, by_kind=False)


def _mechanism_like(notice: Notice, written: str) -> bool:
    """Does ``written`` name a mechanism of the notice (in full or by its end), a bare
    mechanism word (``领导小组``), or a short form ending in 委 of no known kind (``X食安委``)?"""
    mechs = [m for m in (notice.mechanism, *notice.more_mechanisms) if m is not None]
    if any(n.endswith(written) or written.endswith(n) for m in mechs for n in (m.name, *m.aliases)):
        return True
    return written in notice.lex.bodies["mechanism_suffixes"] or (
        written.endswith("委") and notice.lex.kind_of(written) is None)
