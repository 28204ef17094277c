"""A working group's paragraph that names the unit leading it before listing what the group
does, as emergency plans and work plans write them: ``一、X组。由A牵头，B、C等参加。主要职责：a；b。``,
``（3）X组。由A牵头，B配合；a；b。``, ``X组\\nA牵头，B等有关部门参加。\\n主要职责：a；b。``,
``X组。由A牵头，B配合，负责a。``. Each piece of the list is a duty of the group and of A, A's role
lead (the notice says A 牵头s the group's work), the units that 配合/参加 beside it support (the
README's rule for units named beside a lead); units the lead works with to make the group up
(``会同B及专家组成``) are no doers. The ``由A牵头…`` clause says how the group is made up and is no
duty. A group the notice's table does not know yet (a plan's page without the command that sets
the groups up) becomes a body of the notice by this paragraph."""

from __future__ import annotations

import re

from ...lexicon import Lexicon, alternation
from ...normalize import HAN, split_clauses
from ...notice import Duty, Notice
from ...numbering import MARKER
from ...resolve import Org
from ..orgs import unit_list


class _Cues:
    """The regexes of this module, built from the cue words of ``cues.json`` (one per lexicon)."""

    def __init__(self, lex: Lexicon) -> None:
        members = alternation(lex.cue("support_verbs") + lex.cue("support_labels"))
        self.bare = frozenset(lex.cue("bare_group_words"))  # 工作组, 小组: any group, no name
        # a group's name opening a paragraph or a numbered item, then 。/：/ its line's end
        self.opening = re.compile(
            rf"(?:^|(?<=[。；：\n \t　]))(?:{MARKER})?[ \t　]*"
            rf"(?P<name>[{HAN}]{{2,12}}?(?:{lex.cue_re('group_endings')}))(?:[。：]|[ \t　]*\n)")
        # 由A牵头，B、C等参加。 / A牵头，B配合； / 由A牵头，会同B组成；: who leads the group, who takes
        # part; the list of duties follows after 。 (with its label), after ； or after ，负责
        self.led = re.compile(
            rf"[ \t　\n]*由?(?P<lead>[^，。；由\n]{{2,60}}?)(?:{lex.cue_re('lead_words')})"
            rf"(?:，(?:(?P<members>[^。；]{{2,300}}?)(?:{members})|会同[^。；]{{2,120}}?组成))?"
            rf"(?P<end>[。；]|，(?=(?:{lex.cue_re('group_duty_openers')})))")
        # 有关部门、单位 / 其他部门和单位: the collective of every other body, one doer
        self.collective = re.compile(rf"(?:{lex.cue_re('collective_unit_qualifiers')})部门[、和及]单位")
        # 主要职责： / 工作职责：: the list of what the group does follows
        remit = rf"(?:{lex.cue_re('remit_qualifiers')})?(?:{lex.cue_re('remit_words')})"
        self.remit = re.compile(rf"[ \t　\n]*{remit}[：:]")
        # 组  长：… / 牵头单位：A / 具体负责：a；b: a labelled line of the group's paragraph
        self.label_line = re.compile(rf"[ \t　\n]*(?P<label>[{HAN}][{HAN} \t　]{{1,7}})[：:][ \t　]*(?P<value>[^\n]*)")
        self.lead_label = re.compile(lex.cue_re("group_lead_unit_labels"))  # 牵头单位
        self.duty_label = re.compile(rf"{remit}|{lex.cue_re('group_duty_labels')}")  # 具体负责


def _cues(notice: Notice) -> _Cues:
    return notice.lex.memo(_Cues)


def find_group_remits(notice: Notice) -> None:
    """``X组。由A牵头，B参加。主要职责：a；b。``: a, b duties of the group X, A (lead) and B (support);
    a line opening with the make-up clause, its label after it (``A牵头，B参加。\n主要职责：a；b``, the
    group's name cut off a page before it): duties of A and B."""
    cues = _cues(notice)
    for m in cues.opening.finditer(notice.text):
        _read(notice, cues, m.start("name"), m.end(), m.group("name"))
        _read_labelled(notice, cues, m)
    for ln in notice.lines:
        if not cues.opening.match(notice.text, ln.start, ln.end):
            _read(notice, cues, ln.start, ln.start, None)


def _read(notice: Notice, cues: _Cues, start: int, after: int, name: str | None) -> None:
    """The group's paragraph from ``start``, its make-up clause at ``after`` (right after the
    group's ``name``; with no name, the clause needs its label of duties after it)."""
    text = notice.text
    led = cues.led.match(text, after)
    if led is None:
        return
    remit = cues.remit.match(text, led.end())
    if remit is None and (led.group("end") == "。" or name is None):
        return  # a sentence saying who leads, no list of duties after it
    first = remit.end() if remit else led.end()
    if notice.claimed_within(start, first):
        return
    group = _group(notice, cues, name) if name else None
    if name and group is None:
        return
    leads = _units(notice, led, "lead", "lead")
    if group is None and not leads:
        return
    doers = [*([(group, None)] if group else []), *leads, *_units(notice, led, "members", "support")]
    clause = led.end() - len(led.group().lstrip())
    notice.reserved += [(start, after), (clause, led.end())]  # the group's name and make-up: no duty
    _add_pieces(notice, first, len(text), doers)


_MOST_LABEL_LINES = 6  # 牵头领导, 组长, 副组长, 牵头单位, 成员单位 … before the duties' label


def _read_labelled(notice: Notice, cues: _Cues, opening: re.Match[str]) -> None:
    """``X组\n牵头领导：…\n牵头单位：A\n成员单位：B\n具体负责：a；b。``: the labelled lines under the
    group's name; the pieces of the duties' line are duties of the group and of A (lead). The units
    of the 成员单位 line are the group's members, not named doers of each task: no role."""
    text = notice.text
    at, leads = opening.end(), []
    for _ in range(_MOST_LABEL_LINES):
        line = cues.label_line.match(text, at)
        if line is None:
            return
        label = re.sub(r"\s", "", line.group("label"))
        if cues.duty_label.fullmatch(label):
            break
        if cues.lead_label.fullmatch(label):
            leads = [(_unit(notice, w), "lead") for _a, _b, w in unit_list(notice, *line.span("value"))]
        at = line.end()
    else:
        return
    first, end = line.span("value")
    if not leads or notice.claimed_within(opening.start("name"), end):
        return
    group = _group(notice, cues, opening.group("name"))
    if group is None:
        return
    notice.reserved.append((opening.start("name"), first))  # the group's name, heads and units: no duty
    _add_pieces(notice, first, end, [(group, None), *leads])


def _add_pieces(notice: Notice, first: int, end: int, doers: list[tuple[Org, str | None]]) -> None:
    """Each ``；`` piece of the group's list of duties from ``first`` to its full stop (or ``end``):
    a duty of ``doers``."""
    stop = notice.text.find("。", first, end)
    for cs, ce in split_clauses(notice.text, first, end if stop < 0 else stop, "；"):
        notice.duties.append(Duty(span=(cs, ce), orgs=list(doers), source="group"))


def _group(notice: Notice, cues: _Cues, name: str) -> Org | None:
    """The body the group's name names: the table's, else a new body (not ``工作组``, ``各组``)."""
    known = notice.table.find(name, False)
    if known is not None:
        return known if known.body in ("group", None) else None
    if len(name) < 3 or name in cues.bare or name.startswith("各"):
        return None
    return notice.table.add(name, by_kind=False)


def _units(notice: Notice, led: re.Match[str], part: str, role: str) -> list[tuple[Org, str | None]]:
    """The units of one part of the make-up clause (``lead`` or ``members``) with their role, read
    as a make-up list: by their place in it (``驻军部队``, ``通信主管部门``: no body's ending)."""
    written = led.group(part)
    if written is None:
        return []
    if _cues(notice).collective.fullmatch(re.sub("等$", "", written)):
        return [(notice.table.add(written, collective=True), role)]  # 有关部门、单位: one collective
    return [(_unit(notice, w), role) for _a, _b, w in unit_list(notice, *led.span(part), by_position=True)]


def _unit(notice: Notice, written: str) -> Org:
    """The body a unit's written form names: a known one, the one known body whose name ends with
    it (``厅办公室`` for ``省卫生厅办公室`` of the roster), else a new one."""
    known = notice.table.find(written)
    if known is not None:
        return known
    fuller = [o for o in notice.table.orgs if len(o.name) > len(written) and o.name.endswith(written)]
    return fuller[0] if len(fuller) == 1 else notice.table.add(written)
