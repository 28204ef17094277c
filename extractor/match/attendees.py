"""Member units named by the heads who attend a meeting of the mechanism (news of a meeting:
``A、B、C等部门分管负责人参会``): the member units when the notice then calls the attendees
the body's members (``各成员单位``) or they include its liaison officers (``分管领导和联络员``).
A list of attendees alone names no members (``A、B等有关单位负责同志参加会议``)."""

from __future__ import annotations

import re

from ..lexicon import Lexicon, alternation
from ..normalize import HAN, sentence_at
from ..notice import Notice, OrgFact
from ..numbering import CN_DIGITS
from .orgs import department_list, unit_list


def _attendance_re(lex: Lexicon) -> re.Pattern[str]:
    """A clause whose units' heads attend a meeting: the list, its kind after 等 (counted or not), the heads
    (``分管负责人、具体经办人``, ``相关负责人``), the verb (``出席了会议``, ``参会``)."""
    units, heads, qual = lex.cue_re("member_unit_words"), lex.cue_re("head_words"), lex.cue_re("head_qualifiers")
    concerned = lex.cue_re("concerned_words")  # A、B相关负责人: the heads concerned, no part of B's name
    attend = lex.cue_re("attend_verbs")
    counted = rf"(?:\s*(?:\d+|[{CN_DIGITS}]+)\s*[个家])?"  # 等13个部门, 等12家单位: the units counted before their kind
    return re.compile(
        rf"(?:^|(?<=[。；，：\n]))\s*(?P<list>[^。；，：\n]{{2,300}}?)"
        rf"(?:等{counted}[{HAN}]{{0,4}}?(?:{units})(?:[（(](?:{units})[）)])?)?的?"
        rf"(?P<people>(?:{concerned})?(?:{qual})?(?:{heads})[^。；，：\n]{{0,20}}?)(?:(?:{attend})了?(?:本次|此次)?会议|参会)", re.M)


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
        if _after_other_attendees(text, m.start("list")):
            continue  # 各村综治专干，A、B相关负责人参加会议: attendees of several kinds, no composition
        a, b = m.span("list")
        if not department_list(notice, a, b):
            continue  # every item a unit by its place in the list, most of them by their names
        items = unit_list(notice, a, b, by_position=True)
        span = sentence_at(text, m.start("list"))
        for org in notice.table.add_list([written for _s, _e, written in items]):
            notice.facts.append(OrgFact(org, "member_unit_of", mech, span))
        return


def _after_other_attendees(text: str, start: int) -> bool:
    """Does a clause of each of a kind's people (``各村（社区）综治专干，``) come right before the list
    in its sentence? Then the units are some of the attendees, not the body's members."""
    if start == 0 or text[start - 1] not in "，,":
        return False
    cut = max(text.rfind(ch, 0, start - 1) for ch in "。；，,：\n")
    return text[cut + 1 : start - 1].strip().startswith("各")


__all__ = ["find_attending_members"]
