"""The working groups of the notice's coordination body, as plans write them: a list after
``下设`` (``下设A组、B组、C专班（D组）等14个工作组``; a distributed list ``下设A、B、C 3个工作组`` when
each ``A组`` is written elsewhere), a count (``下设1个办公室6个工作组``, ``成立四个工作组``) with
the groups named below it or after its colon (``分为三个组：A组、B组、C组``), or a run of paragraphs each opened by a group's name
(``1、综合协调组。工作职责：…``, ``犬类免疫组负责…``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..normalize import HAN, sentence_at
from ..notice import Mechanism, Notice, OrgFact, Span
from ..numbering import CN_DIGITS, MARKER, cn_value, marker_style
from ..resolve import Org
from .orgs import split_items

AddOffice = Callable[[Notice, Mechanism, str, Span], Org]


class _Cues:
    """The regexes of this module, built from the cue words of ``cues.json``."""

    def __init__(self, lex: Lexicon) -> None:
        end = lex.cue_re("group_endings")  # 组, 专班
        self.endings = tuple(lex.cue("group_endings"))
        self.bare = frozenset(lex.cue("bare_group_words"))  # 工作组, 小组: any group, no name
        self.organs = tuple(lex.cue("internal_organs"))  # 党组: a body's organ, no group
        self.mechanism_endings = tuple(w for w in lex.bodies["mechanism_suffixes"] if len(w) > 2)
        self.offices = tuple(lex.bodies["office_words"])
        setup, sub = lex.cue_re("setup_verbs"), lex.cue_re("sub_body_verbs")
        self.setup = re.compile(setup)
        # a group's name, a quoted word may open it (“门前三包”整治组)
        item = rf"(?:“[{HAN}]{{1,8}}”)?[{HAN}]{{2,12}}?(?:{end})(?:[（(][{HAN}]{{2,12}}[）)])?"
        self.item = re.compile(item)
        # 下设A组、B组 / 下设“一室八组”即办公室、A组、B组 (the count in quotes, the office first) /
        # 下设A组、B组和C组 (the last joined by 和)
        self.listed = re.compile(rf"(?:{sub})(?:“[{HAN}]{{2,6}}”\s*即?)?(?:(?P<office>办公室)、)?"
                                 rf"(?P<list>{item}(?:、{item})*(?:[、和]{item}))")
        # 下设防治、卫生检疫、科技攻关10个工作组: the groups' names without their 组
        self.distributed = re.compile(rf"(?:{sub})(?P<list>[{HAN}]{{2,8}}(?:、[{HAN}]{{2,8}})+)等?"
                                      rf"\s*(?:\d+|[{CN_DIGITS}]+)\s*个(?:工作|专项|专责)?(?:小)?组")
        # 分为三个组：A组、B组、C组: a count of groups, their names after the colon (read when the
        # names are as many as the count says)
        split = lex.cue_re("group_split_verbs")
        self.colon_listed = re.compile(
            rf"(?:{sub}|{split})\s*(?P<n>\d+|[{CN_DIGITS}]+)\s*个\s*(?:工作|专责|专项)?(?:小)?组\s*[:：]\s*"
            rf"(?P<list>{item}(?:、{item})+)")
        # 下设办公室和3个工作组 / 下设1个办公室6个工作组 / 成立四个工作组 / 下设综合协调、疫情防控…六个工作小组:
        # the groups are named below (下设办公室和 7 个\n专责组: a copy's spaces and line break)
        count = rf"(?:\d+|[{CN_DIGITS}]+)\s*个"
        self.counted = re.compile(
            rf"(?:{sub}|{setup})(?:(?P<office>(?:{count})?办公室)和?|[{HAN}、]{{1,60}}?)?"
            rf"\s*(?P<n>\d+|[{CN_DIGITS}]+)\s*个\s*(?:工作|专责|专项)?(?:小)?组")
        # a group's paragraph: its name opens a line or a numbered item, what it does follows
        # (犬类免疫组负责… / 2、宣传组。工作职责：… / （二）督导组 组长：… / 专家组由…组成; a heading
        # run on into its paragraph repeats the name: 2、A组A组负责…)
        opener = lex.cue_re("group_paragraph_openers")
        self.paragraph = re.compile(
            rf"(?:^|(?<=[ 。；]))[ \t]*(?:{MARKER})?[ \t]*(?P<name>[{HAN}]{{2,12}}?(?:{end}))"
            rf"(?:[。：，]\s*|[ \t]+|\n\s*(?=[{HAN}]{{0,3}}[：])|(?P=name))?(?={opener})", re.M)
        # （二）交通检疫组 组 长 … / 3、督查组: a numbered heading naming a group (or the office)
        self.heading = re.compile(rf"(?:{MARKER})\s*(?P<name>[{HAN}]{{2,12}}?)(?:[。：:\s]|$)")


def _cues(notice: Notice) -> _Cues:
    return notice.lex.memo(_Cues)


@dataclass
class _Owner:
    """Where the groups found go: the notice, the names already added (a name the notice gives
    two bodies' groups is the first one's)."""

    notice: Notice
    add_office: AddOffice
    added: set[str]

    def add(self, mech: Mechanism, name: str, span: Span) -> None:
        if name in self.added:
            return
        self.added.add(name)
        body = self.notice.table.add(name, body="group", kind="议事机构", by_kind=False)
        self.notice.facts.append(OrgFact(body, "part_of", mech, span))

    def office(self, mech: Mechanism, span: Span, written: str | None = None) -> None:
        had = next((f.source for f in self.notice.facts if f.relation == "office_of"), None)
        office = had if had is not None else self.add_office(self.notice, mech, "办公室", span)
        if written:
            self.notice.table.alias(office, written)  # （一）办公室。: the office as the plan heads it


def find_groups(notice: Notice, add_office: AddOffice) -> None:
    """The working groups of the notice's mechanisms, by the list, count and paragraph rules above."""
    owner = _Owner(notice, add_office, set())
    _listed(notice, owner)
    _colon_listed(notice, owner)
    _counted(notice, owner)
    if not owner.added:
        _paragraphs(notice, owner)


def group_hosts(notice: Notice) -> None:
    """``调查工作小组设在镇卫生院``: a group (or committee) of the mechanism placed in a unit, as an
    office is: the unit is its host (``notice.office_hosts``, read once the bodies are known)."""
    text = notice.text
    placed = re.compile(rf"\s*(?:{notice.lex.cue_re('office_host_verbs')})")
    seen: set[int] = set()
    for fact in notice.facts:
        body = fact.source
        if fact.relation != "part_of" or body.body not in ("group", "committee") or id(body) in seen:
            continue
        seen.add(id(body))
        forms = [f for f in body.forms() if len(f) > 3]
        at = next((hit for form in forms if (hit := _placed(text, form, placed))), None)
        if at:
            notice.office_hosts.append((body, at.end(), sentence_at(text, at.start())))


def _placed(text: str, form: str, placed: re.Pattern[str]) -> re.Match[str] | None:
    """The first ``placed`` (设在 …) right after ``form`` written as a name of its own (no
    character of a longer name before it)."""
    i = text.find(form)
    while i >= 0:
        at = placed.match(text, i + len(form))
        if at and (i == 0 or not re.match(f"[{HAN}]", text[i - 1])):
            return at
        i = text.find(form, i + 1)
    return None


def _whose(notice: Notice, pos: int) -> Mechanism | None:
    """The mechanism whose groups the sentence at ``pos`` sets up: the one its subject names
    with no setting-up verb (not ``各村成立…小组，下设…``), or one of the others the notice sets
    up named right there (``成立X专班（简称Y），下设…``); when nothing comes before ``pos``, the main
    one named in the sentences before."""
    text, cues = notice.text, _cues(notice)
    mech = notice.mechanism
    if mech is None:
        return None
    start = sentence_at(text, pos)[0]
    subject = re.sub(rf"^\s*(?:{MARKER})?\s*", "", text[start:pos]).strip()
    if not subject:
        return mech if any(w in text[max(0, start - 300) : start] for w in mech.forms()) else None
    if cues.setup.search(subject) is None:
        return mech if any(w in subject for w in mech.forms()) or subject in cues.offices else None
    tail = subject[[m.end() for m in cues.setup.finditer(subject)][-1] :]  # after the last 成立
    if len(mech.name) > 4 and mech.name in tail:
        return mech  # 成立了以X为组长的Y领导小组，并在领导小组下设…: the main body, named after its chairs
    return next((o for o in notice.more_mechanisms if tail.startswith(o.name)), None)


def _a_group(notice: Notice, name: str) -> bool:
    """Can ``name`` be a working group's own name (not ``工作组``, ``各组``, ``县卫健局党组``, nor a
    coordination body's: ``工作领导小组``)?"""
    cues = _cues(notice)
    return (len(name) >= 3 and name not in cues.bare and not name.startswith("各")
            and not any(name in m.forms() for m in _all(notice)) and not name.endswith(cues.organs)
            and not name.endswith(cues.mechanism_endings))


def _all(notice: Notice) -> list[Mechanism]:
    return [notice.mechanism, *notice.more_mechanisms] if notice.mechanism else []


def _listed(notice: Notice, owner: _Owner) -> None:
    text, cues = notice.text, _cues(notice)
    for m in cues.listed.finditer(text):
        mech = _whose(notice, m.start())
        if mech is None:
            continue
        span = sentence_at(text, m.start())
        if m.group("office") and mech is notice.mechanism:
            owner.office(mech, span)
        for a, b in _list_items(notice, m.start("list"), m.end("list")):
            if _a_group(notice, re.sub(r"[（(].*", "", text[a:b]).strip("“”")):
                owner.add(mech, text[a:b], span)
    for m in cues.distributed.finditer(text):
        mech = _whose(notice, m.start())
        if mech is None:
            continue
        span = sentence_at(text, m.start())
        items = split_items(text, m.start("list"), m.end("list"), seps="、")
        if any(text[a:b].endswith(cues.endings) for a, b in items):
            continue  # 下设A组、B组 2个工作组: the names are whole (the list rule)
        for a, b in items:
            name = text[a:b] + "组"
            if name in text and _a_group(notice, name):  # written as a group elsewhere (A组组长)
                owner.add(mech, name, span)


def _colon_listed(notice: Notice, owner: _Owner) -> None:
    """``分为三个组：A组、B组、C组``: the groups the count names after its colon, all of them
    groups' names and as many as the count says (else none: the list is something else)."""
    text, cues = notice.text, _cues(notice)
    for m in cues.colon_listed.finditer(text):
        n = m.group("n")
        mech = _whose(notice, m.start())
        items = _list_items(notice, m.start("list"), m.end("list"))
        names = [text[a:b] for a, b in items]
        if mech is None or len(names) != (int(n) if n.isdigit() else cn_value(n)):
            continue
        if all(_a_group(notice, name) for name in names):
            span = sentence_at(text, m.start())
            for name in names:
                owner.add(mech, name, span)


def _list_items(notice: Notice, start: int, end: int) -> list[tuple[int, int]]:
    """The groups of a list ``A组、B组和C组``: the pieces between 、, the last split at a 和 when
    both sides are groups' names (not ``卫生和健康组``: one name)."""
    text, item = notice.text, _cues(notice).item
    out: list[tuple[int, int]] = []
    for a, b in split_items(text, start, end, seps="、"):
        k = text.find("和", a, b)
        if k > a and item.fullmatch(text, a, k) and item.fullmatch(text, k + 1, b):
            out += [(a, k), (k + 1, b)]
        else:
            out.append((a, b))
    return out


def _counted(notice: Notice, owner: _Owner) -> None:
    """``下设办公室和3个工作组`` and the groups under the numbered headings (or opening the
    paragraphs) below: as many as the count says, or fewer when the text ends first or a
    heading of the groups' rank or above that names no group closes their run."""
    text, cues = notice.text, _cues(notice)
    for m in cues.counted.finditer(text):
        n = m.group("n")
        count = int(n) if n.isdigit() else (cn_value(n) or 0)
        mech = _whose(notice, m.start())
        if mech is None or count < 2:
            continue
        found: dict[str, Span] = {}
        office: tuple[str, Span] | None = None  # （一）办公室。: the office heads its own part
        rank: int | None = None  # the numbering style of the groups' headings
        ended = True  # the text ends before another heading closes the groups' run
        for ln in notice.lines:
            if ln.start <= m.end():
                continue
            style = marker_style(text, ln.start, ln.end)
            h = cues.heading.match(text, ln.start, ln.end) if style is not None else None
            names = [h.group("name")] if h else []
            names += [p.group("name") for p in cues.paragraph.finditer(text, ln.start, ln.end)]
            if names and names[0] in cues.offices and m.group("office"):
                office = office or (names[0], (ln.start, ln.end))
                rank = style if rank is None else rank
                continue
            groups = [g for g in names if g.endswith(cues.endings) and _a_group(notice, g)]
            for name in groups:
                found.setdefault(name, (ln.start, ln.end))
            if groups:
                rank = style if rank is None and h else rank
                if len(found) >= count:
                    break
                continue
            if h is not None and rank is not None and style is not None and style <= rank:
                ended = False  # 三、工作职责 after 3、A组: the groups' run is over
                break
        if found and (len(found) == count or ended):
            if office and mech is notice.mechanism:
                owner.office(mech, office[1], office[0])
            for name, span in found.items():
                owner.add(mech, name, span)


def paragraph_groups(notice: Notice) -> dict[str, Span]:
    """The groups whose names open paragraphs (``1、综合协调组。工作职责：…``, ``督查组负责…``), when
    two or more do (one such paragraph is no run of groups)."""
    text, cues = notice.text, _cues(notice)
    found: dict[str, Span] = {}
    for m in cues.paragraph.finditer(text):
        name = m.group("name")
        if _a_group(notice, name) and not _a_unit(notice, name):
            found.setdefault(name, sentence_at(text, m.start("name")))
    return found if len(found) >= _LEAST_PARAGRAPHS else {}


def _paragraphs(notice: Notice, owner: _Owner) -> None:
    """The mechanism's groups by their paragraphs, when nothing else named them."""
    if notice.mechanism:
        for name, span in paragraph_groups(notice).items():
            owner.add(notice.mechanism, name, span)


_LEAST_PARAGRAPHS = 2


def _a_unit(notice: Notice, name: str) -> bool:
    """Is ``name`` a body of the notice's table that is no group (a department read before)?"""
    org = notice.table.find(name, False)
    return org is not None and org.body is None
