"""Contact lines read as duties: ``X处，联系电话：0000-1234567`` or ``某专项咨询电话：…`` says
whom to call, not a task of the body; a duty that is only such a line (or a body's name, or the
name of an office inside a body, ``市X局Y处``, and the line) is none, one that ends with it
(or holds it in brackets) is cut before it."""

from __future__ import annotations

import dataclasses
import re

from ..lexicon import Lexicon
from ..notice import Duty, Notice
from .orgs import ends_like_body

_CLAUSE_ENDS = "，,。；;"


class _Cues:
    def __init__(self, lex: Lexicon) -> None:
        # a contact label, then a telephone number in the same clause (010-68104402, 85916712)
        self.contact = re.compile(
            rf"(?:{lex.cue_re('contact_labels')})[:：]?[^，,。；;\n]{{0,12}}?"
            r"(?:\d{3,4}[-－—]\d{5,8}|\d{7,})")
        # 市X局Y处 / 省X厅科技处: an office inside a body, the whole of what comes before the number
        self.internal_unit = re.compile(
            rf"[\u4e00-\u9fff]{{2,30}}?(?:{lex.cue_re('body_endings')})[\u4e00-\u9fff]{{1,8}}?"
            rf"(?:{lex.cue_re('internal_unit_endings')})")


def drop_contact_lines(notice: Notice) -> None:
    """Drop every duty that is only a contact line or a body's name before one; cut a contact
    clause (and what follows it) off a longer duty."""
    cues = notice.lex.memo(_Cues)
    kept: list[Duty] = []
    for duty in notice.duties:
        start, end = duty.span
        body = notice.text[start:end]
        found = cues.contact.search(body)
        if found is None:
            kept.append(duty)
            continue
        cut = max(body.rfind(ch, 0, found.start()) for ch in _CLAUSE_ENDS)
        paren = max(body.rfind(ch, 0, found.start()) for ch in "（(")
        edge = max(cut, paren)
        head = body[:edge].strip() if edge > 0 else ""
        if head and (paren > cut or not (ends_like_body(notice, head) or cues.internal_unit.fullmatch(head))):
            # (联系电话：…) after a task
            kept.append(dataclasses.replace(duty, span=(start, start + edge)))
    notice.duties = kept
