"""Member units named by the heads who attend a meeting of the mechanism (news of a meeting:
``A、B、C等部门分管负责人参会``): the member units when the notice then calls the attendees
the body's members (``各成员单位``) or they include its liaison officers (``分管领导和联络员``).
A list of attendees alone names no members (``A、B等有关单位负责同志参加会议``)."""

from __future__ import annotations

import re

from ..lexicon import Lexicon, alternation
from ..normalize import HAN, sentence_at
from ..notice import Notice, OrgFact
from .orgs import department_list, unit_list


def _attendance_re(lex: Lexicon) -> re.Pattern[str]:
    """A clause whose units' heads attend a meeting: the list, its kind after 等, the heads
    (``分管负责人、具体经办人``), the verb (``出席了会议``, ``参会``)."""
    units, heads, qual = lex.cue_re("member_unit_words"), lex.cue_re("head_words"), lex.cue_re("head_qualifiers")
    attend = lex.cue_re("attend_verbs")
    return re.compile(
        rf"(?:^|(?<=[。；，：\n]))\s*(?P<list>[^。；，：\n]{{2,300}}?)"
        rf"(?:等[{HAN}]{{0,4}}?(?:{units})(?:[（(](?:{units})[）)])?)?的?"
        rf"(?P<people>(?:{qual})?(?:{heads})[^。；，：\n]{{0,20}}?)(?:(?:{attend})了?(?:本次|此次)?会议|参会)", re.M)


def find_attending_members(notice: Notice) -> None:
    """The units of the first attendance clause that names the members (see the module), as
    the mechanism's member units; every item of its list must be a unit."""
    mech = notice.mechanism
    if mech is None:
        return
    text = notice.text
    lex = notice.lex
    liaison = re.compile(alternation([word for word, rel in lex.roles.items() if rel == "liaison_of"]))
    for m in lex.memo(_attendance_re).finditer(text):
        people = m.group("people")
        if not (any(w in text[m.end() :] for w in lex.cue("member_reference_words")) or liaison.search(people)):
            continue  # A、B等有关单位负责同志参加会议: who attended, not who the members are
        if lex.role_re.search(liaison.sub("", people)):  # the units' liaison officers: no post
            continue  # 市人大常委会副主任、X领导小组副组长某某出席了会议: a person's posts, no units
        a, b = m.span("list")
        if not department_list(notice, a, b):
            continue  # every item a unit by its place in the list, most of them by their names
        items = unit_list(notice, a, b, by_position=True)
        span = sentence_at(text, m.start("list"))
        for org in notice.table.add_list([written for _s, _e, written in items]):
            notice.facts.append(OrgFact(org, "member_unit_of", mech, span))
        return


__all__ = ["find_attending_members"]
