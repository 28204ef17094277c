"""Closing clauses read as duties: ``本办法由县卫健局负责解释`` says who interprets the
notice, not a task of the body; a duty that is only such a clause is none, one that ends
with it is cut before it."""

from __future__ import annotations

import dataclasses
import re

from ..lexicon import Lexicon
from ..notice import Duty, Notice

_CLAUSE_ENDS = "，,。；;"


class _Cues:
    def __init__(self, lex: Lexicon) -> None:
        # 本规定由X负责解释 / X负责解释 (not X负责解释政策: a task): the clause closing the notice
        self.closing = re.compile(rf"(?:{lex.cue_re('closing_clause_words')})$")


def drop_closing_clauses(notice: Notice) -> None:
    """Drop every duty that is only a closing clause; cut one off the end of a longer duty."""
    cues = notice.lex.memo(_Cues)
    kept: list[Duty] = []
    for duty in notice.duties:
        start, end = duty.span
        body = notice.text[start:end].rstrip(" \n。；;")
        cut = max(body.rfind(ch) for ch in _CLAUSE_ENDS)
        if not cues.closing.search(body, cut + 1):
            kept.append(duty)
        elif cut > 0:
            kept.append(dataclasses.replace(duty, span=(start, start + cut)))
    notice.duties = kept
