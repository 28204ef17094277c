"""A body that acts under another's lead or guidance: ``X在Y（的）领导/指导下，V…`` (an
article of rules: ``平台服务单位在平台主管单位的指导下，制定…``). The circumstance names who
leads; the clause after it is X's own act, so X's duty (``free_text`` otherwise reads a
subject followed only by such a circumstance, ``有关部门在政府领导下，``, as no duty)."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...notice import Notice
from ...words import starts_with_verb
from .clauses import clause_end
from .cues import duty_cues


def _predicate_opener(lex: Lexicon) -> re.Pattern[str]:
    """对本行政区域内的…实施监督管理 / 按照本规定…: a predicate opened by its object or its rule."""
    return re.compile(rf"对|{lex.cue_re('basis_words')}")


def acts_under(notice: Notice, q: int, end: int) -> bool:
    """Is the clause at ``q`` (right after a subject) a circumstance of lead or guidance
    followed by the subject's own act (``在Y的指导下，制定…`` / ``在Y领导下，对…实施…``)?"""
    text = notice.text
    m = duty_cues(notice).circumstance.match(text, q, end)
    if m is None:
        return False
    p = m.end()
    if p < end and text[p] in "，,":
        p += 1
    stop = clause_end(text, p, end)
    act = text[p:stop]
    return len(act) >= 4 and (notice.lex.memo(_predicate_opener).match(act) is not None or starts_with_verb(act))
