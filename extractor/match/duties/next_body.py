"""Where a subject's clause ends when a later clause of its sentence opens with another named
body at work (``X下发通知，Y组织申报``, ``X将意见函告Y，Y据此拨付资金``), a list of departments
the notice names nowhere else (``…，A、B等部门将…``) or the bodies a general subject singles
out (``…，特别是A、B机构，要…``): that clause is the other bodies' part, no part of the first
subject's duty."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...notice import Notice
from ...words import VERB_TAGS, dictionary_words, subject_phrase, word_tags
from ..orgs import org_at
from ..subjects import subject_cues
from .clauses import clause_end
from .cues import duty_cues


def _basis(lex: Lexicon) -> re.Pattern[str]:
    """Y据此… / Y根据…，… / Y按照…: the body acts on what it was given, its verb follows."""
    return re.compile(rf"据此|{lex.cue_re('basis_words')}|按(?=各自|职)")


#: a verb that acts; no verbal noun (管理, 监督: jieba's vn opens a noun phrase as often)
_ACTING_VERB_TAGS = VERB_TAGS - {"vn"}


def singled_out_re(lex: Lexicon) -> re.Pattern[str]:
    """…，特别是X、Y，要…: the words singling out bodies after a general subject's duty."""
    return re.compile(lex.cue_re("singled_out_words"))


def before_next_body(notice: Notice, subject: int, verb: int, end: int) -> int:
    """The first comma after the verb at ``verb`` of the subject at ``subject`` (up to ``end``)
    followed by a body (:func:`_body_end`), three characters or more, that is not the
    subject's own name written again, then a verb of that body (jieba's first word, two
    characters or more, tagged as an acting verb), what it acts on (据此, 根据…) or a modal
    verb (``…，A、B等部门将…``, ``…，特别是A、B，要…``): the duty ends there; else ``end``."""
    text = notice.text
    comma = text.find("，", verb, end)
    while comma >= 0:
        start = comma + 1
        if singled := notice.lex.memo(singled_out_re).match(text, start, end):
            start = singled.end()
        name_end = _body_end(notice, start, end, listed=singled is None)
        if name_end is not None and name_end - start >= 3 and _acts(notice, name_end, end):
            name = text[start:name_end]
            if name not in text[subject:verb]:  # X…，X据此…: the same body goes on
                return comma
        comma = text.find("，", comma + 1, end)
    return end


def _body_end(notice: Notice, p: int, end: int, listed: bool) -> int | None:
    """Where a body written at ``p`` ends: one the notice names, a collective (``各有关部门``),
    else the shortest noun phrase of the clause naming bodies (:func:`_names_bodies`) that
    the clause goes on with a verb (:func:`_acts`); a list of them (``A、B等部门``, ``A和B部门``)
    when ``listed``."""
    text = notice.text
    name_end = org_at(notice, text, p, end)
    if name_end is None and (each := subject_cues(notice).collective.match(text, p, end)):
        name_end = each.end()  # …，各有关部门按职责分工配合: the other bodies' part
    if name_end is not None:
        return name_end
    endings = duty_cues(notice).subject_endings
    stop = clause_end(text, p, end)
    for k in range(p + 3, min(stop, p + 30) + 1):
        if (text.endswith(endings, p, k) and (not listed or _LIST_MARK.search(text, p, k))
                and _names_bodies(notice, text[p:k]) and _acts(notice, k, end)):
            return k
    return None


#: a list of bodies: 、 between them, 等 after them, 和/及 before the last
_LIST_MARK = re.compile("[、等和及]")


def _not_body_openers(lex: Lexicon) -> frozenset[str]:
    """Words that open a predicate over bodies, not a body's name (``会同有关部门``,
    ``指导各地医保部门``, ``请各单位``)."""
    return frozenset(lex.cue("subject_action_verbs") + lex.cue("agent_partner_verbs") + lex.cue("support_verbs")
                     + lex.cue("lead_words") + lex.cue("request_words"))


#: a name may open with 各 or a level of place (县卫生、教育部门); another word of one character
#: opens a predicate (经A、B确认后, 商A、B提出)
_ONE_CHARACTER_OPENERS = frozenset("各省市县区乡镇村")


def _names_bodies(notice: Notice, phrase: str) -> bool:
    """Is ``phrase`` (ending in a body's word) a noun phrase naming bodies: a subject phrase
    with no 的, no preposition nor verb opening with a modal (``须持``, ``要求``) inside, not
    opened by a verb over bodies, a verb in its first two words or a word of one character but
    各 or a place's level?"""
    words = dictionary_words(phrase)
    tags = word_tags()
    modal = subject_cues(notice).modal
    return (bool(words) and "的" not in phrase and subject_phrase(phrase)
            and words[0] not in notice.lex.memo(_not_body_openers)
            and (len(words[0]) > 1 or words[0] in _ONE_CHARACTER_OPENERS)
            and not any(tags.get(w) == "v" for w in words[:2])  # 主动协调A、B等部门: a predicate
            and not any(tags.get(w) == "p" or (tags.get(w) == "v" and modal.match(w)) for w in words))


def _acts(notice: Notice, p: int, end: int) -> bool:
    """Does the clause at ``p`` open with a verb, a modal verb (after a comma or not) or with
    what its subject acts on?"""
    text = notice.text
    if notice.lex.memo(_basis).match(text, p, end):
        return True
    if subject_cues(notice).modal.match(text, p + text.startswith("，", p), end):
        return True
    stop = clause_end(text, p, end)
    words = dictionary_words(text[p:stop])
    return bool(words) and len(words[0]) >= 2 and word_tags().get(words[0]) in _ACTING_VERB_TAGS
