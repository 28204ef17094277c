"""A working group's paragraph that names the unit leading it before listing what the group
does (``一、X组。由A牵头，B、C等参加。主要职责：a；b；c。``): each piece of the list is a duty
of the group and of A, with A's role lead (the notice says A 牵头s the group's work). The
units that 参加 are the group's members, not named as doing each duty (no role, no
responsibility); the ``由A牵头…`` sentence says how the group is made up and is no duty."""

from __future__ import annotations

import re

from ...lexicon import Lexicon, alternation
from ...normalize import split_clauses
from ...notice import Duty, Notice
from ...numbering import MARKER
from ...resolve import Org
from ..orgs import unit_list


class _Cues:
    """The regexes of this module, built from the cue words of ``cues.json`` (one per lexicon)."""

    def __init__(self, lex: Lexicon) -> None:
        members = alternation(lex.cue("support_verbs") + lex.cue("support_labels"))
        # 。由A牵头，B、C等参加。 / 。由A、B牵头。: who leads the group and who takes part
        self.led = re.compile(rf"\s*由(?P<lead>[^，。；由]{{2,60}}?)(?:{lex.cue_re('lead_words')})"
                              rf"(?:，[^。；]{{2,300}}?(?:{members}))?。")
        # 主要职责： / 工作职责：: the list of what the group does follows
        self.remit = re.compile(rf"\s*(?:{lex.cue_re('remit_qualifiers')})?(?:{lex.cue_re('remit_words')})[：:]")
        self.before_name = re.compile(rf"(?:^|[ 　。；\n])[ 　]*(?:{MARKER})?[ 　]*$")


def _cues(notice: Notice) -> _Cues:
    return notice.lex.memo(_Cues)


def find_group_remits(notice: Notice) -> None:
    """``X组。由A牵头，B参加。主要职责：a；b。``: a, b duties of the group X and of A (lead)."""
    text = notice.text
    cues = _cues(notice)
    groups = [(form, body) for form, body in notice.table.bodies_by_length() if body.body == "group"]
    for form, group in groups:
        at = text.find(form)
        while at >= 0:
            _read(notice, cues, group, at, at + len(form))
            at = text.find(form, at + len(form))


def _read(notice: Notice, cues: _Cues, group: Org, start: int, end: int) -> None:
    """The group's paragraph at its name ``text[start:end]``, if it has the shape."""
    text = notice.text
    if not text.startswith("。", end) or not cues.before_name.search(text, max(0, start - 8), start):
        return  # the group's name opens its paragraph, a full stop after it
    led = cues.led.match(text, end + 1)
    remit = cues.remit.match(text, led.end()) if led else None
    if led is None or remit is None or notice.claimed_within(end, remit.end()):
        return
    leads = [notice.table.add(w) for _a, _b, w in unit_list(notice, *led.span("lead"))]
    if not leads:
        return
    stop = text.find("。", remit.end())
    stop = len(text) if stop < 0 else stop
    notice.reserved.append((led.start(), led.end()))  # the group's make-up: no duty
    for cs, ce in split_clauses(text, remit.end(), stop, "；"):
        notice.duties.append(Duty(span=(cs, ce), orgs=[(group, None), *((org, "lead") for org in leads)],
                                  source="group"))
