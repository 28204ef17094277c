"""Where a subject's clause ends when a later clause of its sentence opens with another named
body at work (``X下发通知，Y组织申报``, ``X将意见函告Y，Y据此拨付资金``): that clause is the
other body's step, no part of the first subject's duty."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...notice import Notice
from ...words import VERB_TAGS, dictionary_words, word_tags
from ..orgs import org_at
from ..subjects import subject_cues
from .clauses import clause_end


def _basis(lex: Lexicon) -> re.Pattern[str]:
    """Y据此… / Y根据…，… / Y按照…: the body acts on what it was given, its verb follows."""
    return re.compile(rf"据此|{lex.cue_re('basis_words')}|按(?=各自|职)")


#: a verb that acts; no verbal noun (管理, 监督: jieba's vn opens a noun phrase as often)
_ACTING_VERB_TAGS = VERB_TAGS - {"vn"}


def before_next_body(notice: Notice, subject: int, verb: int, end: int) -> int:
    """The first comma after the verb at ``verb`` of the subject at ``subject`` (up to ``end``)
    followed by a body the notice names or a collective (``各有关部门``), three characters or
    more, that is not the subject's own name written again, then a verb of that body (jieba's
    first word, two characters or more, tagged as an acting verb) or what it acts on (据此,
    根据…): the duty ends there; else ``end``."""
    text = notice.text
    comma = text.find("，", verb, end)
    while comma >= 0:
        name_end = org_at(notice, text, comma + 1, end)
        if name_end is None and (each := subject_cues(notice).collective.match(text, comma + 1, end)):
            name_end = each.end()  # …，各有关部门按职责分工配合: the other bodies' part
        if name_end is not None and name_end - comma - 1 >= 3 and _acts(notice, name_end, end):
            name = text[comma + 1 : name_end]
            if name not in text[subject:verb]:  # X…，X据此…: the same body goes on
                return comma
        comma = text.find("，", comma + 1, end)
    return end


def _acts(notice: Notice, p: int, end: int) -> bool:
    """Does the clause at ``p`` open with a verb or with what its subject acts on?"""
    text = notice.text
    if notice.lex.memo(_basis).match(text, p, end):
        return True
    stop = clause_end(text, p, end)
    words = dictionary_words(text[p:stop])
    return bool(words) and len(words[0]) >= 2 and word_tags().get(words[0]) in _ACTING_VERB_TAGS
