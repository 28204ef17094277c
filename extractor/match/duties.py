"""Duties: duty divisions (``单位：duties…``), a body's ``负责…`` / ``承担以下职责：`` clauses,
and free-text sentences whose subject names departments (``公安、司法行政部门要…``)."""

from __future__ import annotations

import re

from ..layout import Line
from ..lexicon import Lexicon, alternation
from ..normalize import split_clauses
from ..notice import Duty, Mechanism, Notice, OrgFact
from ..numbering import ARABIC, ARABIC_PAREN, CHAPTER, CN_PAREN, cn_value, marker_style
from ..resolve import Org
from ..words import starts_with_verb
from .deadlines import time_limit_at, trailing_time_limit
from .orgs import (
    counterpart,
    every_item_a_body,
    looks_like_org,
    org_at,
    split_items,
    unit_list,
)
from .subjects import (
    SubjectItem,
    _not_a_stem,
    _stem_kind,
    agent_at,
    area_collective,
    subject_at,
)
from .subjects import _cues as _subject_cues


class _Cues:
    """The regexes of this module, built from the cue words of ``cues.json`` (one per lexicon)."""

    def __init__(self, lex: Lexicon) -> None:
        lead, support, manner = lex.cue_re("lead_verbs"), lex.cue_re("support_verbs"), lex.cue_re("manner_adverbs")
        self.lead_verbs = lex.cue("lead_verbs")
        self.lead = re.compile(rf"(?:负责)?(?:{lex.cue_re('lead_words')})")  # a clause 牵头… (not 承办…)
        self.support = re.compile(rf"(?:{manner})?(?:{support})")
        self.duty_opening = re.compile(
            rf"{CN_PAREN}|{ARABIC_PAREN}|{ARABIC}|"
            + alternation(lex.cue("duty_verbs") + lex.cue("lead_verbs") + lex.cue("support_verbs") + lex.cue("duty_openers")))
        self.not_duty_sentence = re.compile(lex.cue_re("not_duty_words"))
        not_person = rf"(?!{lex.cue_re('people_after_duty_verbs')})"  # 负责同志, 负责人: a person
        own = lex.cue_re("own_duty_verbs")
        self.own_duty_verb = re.compile(rf"(?:{own}){not_person}")  # X设立Y，负责…
        self.titled_duty_verb = re.compile(rf"(?:具体)?(?:{own})")  # 1.监督组。负责…
        self.titled_duty_verb_after_comma = re.compile(rf"，(?:具体)?(?:{own})")
        levels = lex.level_chars
        self.own_level = re.compile(rf"[{levels}]级")  # 县级兽医管理部门: a class of departments
        self.levels_prefix = re.compile(rf"[{levels}]+|街道")  # 区县（市）…, 乡镇…: several levels
        self.levels = re.compile(rf"[{levels}]+")
        # （二）基本原则。 / 指导思想: a section stating principles, not who does what
        self.principles = re.compile(rf"(?:{lex.cue_re('principle_headings')})(?:[。：]|$)")
        # 在…下, 按照…原则, 除…外: a clause that only leads into the next one
        self.adverbial = re.compile(rf"(?:{lex.cue_re('adverbial_openers')})[^，。；]*$|[^，。；]*(?:下|外)$")
        self.member_section = lex.cue("member_section_words")
        # X负责，Y、Z配合，: clauses that only name bodies and their roles
        self.role_clauses = re.compile(rf"(?:[^，。；]{{2,80}}?(?:负责|{lead}|{support})，)+")
        # 由区卫健局牵头，区教育局、区市场监管局配合 / 由X负责: the lead and the supporting units
        self.assignment = re.compile(
            rf"由(?P<lead>[^，。；由]{{2,60}}?)(?P<verb>{alternation(lex.cue('lead_verbs') + lex.cue('assignment_verbs'))}){not_person}"
            rf"(?:[，、]?(?P<sup>[^，。；]{{2,80}}?)(?:{manner})?(?:{support}))?"
        )
        # X牵头… / X要牵头抓总 / Y按照各自职责积极配合…: the role a subject's verb states
        self.role = re.compile(
            rf"(?:{lex.cue_re('modal_verbs')}|负责)?(?:按照|按)?(?:各自|部门)?(?:职责|职能)?(?:分工)?(?:{manner})?"
            rf"(?:(?P<lead>{lead})|(?P<sup>{support}))"
        )
        # 在有关部门共同配合下: a circumstance, not a subject
        self.circumstance = re.compile(rf"[^，。；]{{0,8}}?(?:{lex.cue_re('circumstance_verbs')})下")
        # …的，由X进行… / 由X会同Y提出…: 由 opening a clause names the doer of the sentence
        self.agent = re.compile(rf"(?:{lex.cue_re('agent_adverbs')})?由(?!于)")
        self.agent_partner = re.compile(lex.cue_re("agent_partner_verbs"))
        # …工作，单位和个人应当…: what private parties must do ends a body's duty
        self.private_clause = re.compile(
            rf"，(?:任何|所有|全体|广大)?(?:{lex.cue_re('private_subjects')})(?:都|均)?(?:应当|应|要|必须|不得)")
        self.agent_not_verb = re.compile(lex.cue_re("agent_not_duty_verbs"))  # 由A、B组成 / 由X批准: no duty
        self.agent_not_sentence = re.compile(lex.cue_re("agent_not_duty_words"))


def _cues(notice: Notice) -> _Cues:
    return notice.lex.memo(_Cues)


def clause_role(notice: Notice, clause: str) -> str | None:
    """``牵头…``/``负责牵头…`` leads, ``积极配合…`` supports."""
    cues = _cues(notice)
    if cues.lead.match(clause):
        return "lead"
    if cues.support.match(clause):
        return "support"
    return None


def _procedure(notice: Notice, section: str) -> bool:
    return any(w in section for w in notice.lex.bodies["procedure_headings"])


_SENTENCE_ENDS = "。；！？）)"


def find_divisions(notice: Notice) -> None:
    """``奈曼旗公安局：依法严厉打击…；协助…。`` -> one duty per clause (split on ；and 。).
    A unit name alone on a line also heads the paragraph below it, or the numbered items
    below it; a run-on line (a page flattened into one line) may hold several paragraphs
    ``…。 卫生局：负责…。 教育局：负责…``."""
    text = notice.text
    lines = notice.content_lines()
    pending_head: tuple[int, int] | None = None
    heads: list[tuple[Org, bool]] = []  # (unit, under a heading that names the members)
    unit_after, units_below = _units_after_tasks(notice, lines)
    last_division_line = -1
    last_division: Line | None = None  # the line before, when it was a unit's duty paragraph
    found = [_division_head(notice, ln) for ln in lines]
    for i, ln in enumerate(lines):
        body_start = ln.body_start
        if pending_head is not None and _PERSON_LINE.fullmatch(ln.text.strip()):
            continue  # 王某 （县卫健局副局长）: a member of the group above, its duties below
        prev_division, last_division = last_division, None
        head, content_start = found[i]
        if head is None and any(0 <= j < len(found) and found[j][0] is not None for j in (i - 1, i + 1)):
            head, content_start = _sibling_head(notice, ln) or (None, body_start)
        if head is None and i in unit_after:
            head, content_start = unit_after[i], body_start
        pending_head_before = pending_head
        if head is None and pending_head is not None and ln.kind in ("para", "item"):
            if _alone_unit(notice, ln) and (i + 1 == len(lines) or lines[i + 1].numbered):
                pending_head = _alone_span(notice, ln)  # （二）县农业农村局: the next unit, its duties below
                continue
            if ln.numbered or not subject_at(notice, body_start, ln.end):
                head, content_start = pending_head, body_start
            else:  # 市卫生局负责… under a group's name: the duties of the bodies it names
                pending_head = None
        # a unit alone on a line heads the paragraph below it, or the numbered items below it
        keep = head is not None and head == pending_head and ln.numbered
        pending_head = head if keep and i + 1 < len(lines) and lines[i + 1].numbered else None
        pieces = _run_on_heads(notice, content_start if head is not None else body_start, ln.end)
        if (head is not None and head != pending_head and not text[content_start : ln.end].strip()
                and i + 1 < len(lines) and lines[i + 1].numbered and not text.startswith("各", head[0])):
            pending_head = head  # 县卫健局： alone on its line, its numbered duties below
            continue
        if head is None and not pieces and prev_division is not None and _continues_division(prev_division, ln):
            hit = subject_at(notice, body_start, ln.end)
            units = [org for org in (_subject_org_for(notice, it) for it in hit[0]) if org is not None] if hit else []
            if units and _division_clauses(notice, units, body_start, ln.end, "。；！？"):
                last_division = ln  # 各级疾控中心负责…。负责…: the next body of the division, its subject first
                continue
        if head is None and not pieces:
            nxt = next((n for n in lines[i + 1 :] if not _PERSON_LINE.fullmatch(n.text.strip())), None)
            if nxt and i not in units_below and _alone_unit(notice, ln) and (
                    _paragraph_like(text[nxt.body_start : nxt.end]) or nxt.kind == "item"):
                pending_head = _alone_span(notice, ln)
            continue
        paragraphs = [(head, content_start, pieces[0][0][0] if pieces else ln.end)] if head is not None else []
        # a numbered item under a unit named above is one duty per ；(its sentences stay together)
        item_seps = "；" if head is not None and head == pending_head_before and ln.numbered else "。；！？"
        for k, (h, cs, ce) in enumerate(paragraphs + pieces):
            if _division_paragraph(notice, ln, h, cs, ce, heads, item_seps if k == 0 else "。；！？"):
                last_division = ln
        last_division_line = i
    # Without a member list, the units of a 成员单位职责 division are the members.
    mech = notice.mechanism
    if mech and heads and not any(f.relation == "member_unit_of" for f in notice.facts):
        named = any(n for _org, n in heads)
        # the text ends mid-sentence inside the division: its later units are lost
        cut = last_division_line == len(lines) - 1 and text.rstrip()[-1:] not in _SENTENCE_ENDS
        for org in dict.fromkeys(org for org, _n in heads):
            fact = OrgFact(org, "member_unit_of", mech, mech.span)
            notice.facts.append(fact)
            if not named or cut:  # 部门职责, not the members' (成员单位职责), or a cut one: the roster's units join
                notice.division_units.add(id(fact))


def _units_after_tasks(notice: Notice, lines: list) -> tuple[dict[int, tuple[int, int]], set[int]]:
    """A table flattened into lines with the task cell first: ``task / unit / task / unit``
    (a run of paragraphs and unit names that starts with a task and ends with a unit). Each
    task's unit is the line after it. Returns {task line: unit span} and the unit lines."""
    text = notice.text
    shape = []
    for ln in lines:
        if ln.kind == "para" and ln.body_start == ln.start and _alone_unit(notice, ln):
            shape.append("A")
        elif ln.kind == "para" and ln.body_start == ln.start and _paragraph_like(text[ln.body_start : ln.end]):
            shape.append("P")
        else:
            shape.append("O")
    tasks: dict[int, tuple[int, int]] = {}
    units: set[int] = set()
    i = 0
    while i < len(shape):
        if shape[i] != "P":
            i += 1
            continue
        j = i
        while j + 1 < len(shape) and shape[j + 1] in "AP" and shape[j + 1] != shape[j]:
            j += 1
        if shape[j] == "A" and j - i >= 3 and (i == 0 or shape[i - 1] != "A"):  # two rows at least
            for k in range(i, j, 2):
                tasks[k] = (lines[k + 1].body_start, lines[k + 1].end)
                units.add(k + 1)
        i = j + 1
    return tasks, units


# 王某 （县卫健局副局长）: a person and the post in brackets, alone on a line
_PERSON_LINE = re.compile(r"[\u4e00-\u9fff·]{2,4} ?[（(][^（）()]{2,30}[）)]")


def _alone_span(notice: Notice, ln: Line) -> tuple[int, int]:
    """The name on a line that holds only a unit's name, without a closing full stop (``1.农业部门。``)."""
    end = ln.end - 1 if notice.text[ln.end - 1 : ln.end] == "。" and ln.end - 1 > ln.body_start else ln.end
    return ln.body_start, end


def _alone_unit(notice: Notice, ln) -> bool:
    """Is a line's whole text a unit's name (a unit heading the paragraph below it)?"""
    if ln.numbered and _generic_stem(notice, notice.text[slice(*_alone_span(notice, ln))]):
        return True  # 1.农业部门。: a department written by its kind, its numbered duties below
    start, end = ln.body_start, ln.end
    whole = notice.text[start:end]
    if len(whole) > 30 or not looks_like_org(whole, notice):
        return False
    if notice.lex.institutions.get(whole, {}).get("kind") == "各部门":  # 成员单位
        return False
    if whole.endswith(("单位", "部门")) and _not_a_stem(notice, whole[:-2]):  # 责任单位, 牵头部门: a column label
        return False
    if org_at(notice, notice.text, start, end) == end or notice.table.find(whole):
        return True
    if ln.numbered and re.fullmatch(r"[\u4e00-\u9fff]{2,10}组", whole) and not _subject_cues(notice).bare_bad.search(whole):
        return True  # （二）综合协调组: a working group of the body, its duties below
    # 住房和城乡建设委员会, 卫生和计生局 alone on a line (or after （十一）): a name no lexicon lists, by its form
    return (ln.kind == "para" and bool(re.fullmatch(r"[\u4e00-\u9fff（）]{3,20}", whole))
            and _org_form(notice, whole) and not _subject_cues(notice).bare_bad.search(whole.replace("和", ""))
            and not starts_with_verb(whole))


def _run_on_heads(notice: Notice, start: int, end: int) -> list[tuple[tuple[int, int], int, int]]:
    """Unit heads inside a run-on line, after a full stop: ``…。 教育局：负责…``
    -> [(head span, where its duties start, where they end)]."""
    text = notice.text
    found: list[tuple[tuple[int, int], int, bool]] = []
    p = text.find("。", start, end)
    while p >= 0:
        q = p + 1
        while q < end and text[q] == " ":
            q += 1
        hit = _colon_head(notice, q, end, strict=True)
        if hit is not None:
            found.append((*hit, True))
        else:  # 农业部：根据…: a body's name by its form, kept if the line holds other heads
            colon = text.find("：", q, min(end, q + 20))
            if colon > q and _unlisted_head(notice, text[q:colon]):
                found.append(((q, colon), colon + 1, False))
        p = text.find("。", q, end)
    if not any(sure for _h, _c, sure in found):
        return []
    return [(h, cs, found[k + 1][0][0] if k + 1 < len(found) else end) for k, (h, cs, _s) in enumerate(found)]


def _continues_division(prev: Line, ln: Line) -> bool:
    """Is ``ln`` a paragraph of the same division as the unit's paragraph ``prev`` right above
    it (no number of its own, under the same heading)?"""
    return (ln.kind == "para" and not ln.numbered and ln.section == prev.section
            and ln.subsection == prev.subsection)


def _division_paragraph(notice: Notice, ln, head: tuple[int, int], content_start: int, end: int,
                        heads: list[tuple[Org, bool]], seps: str = "。；！？") -> bool:
    """The duties of one unit's paragraph ``text[content_start:end]``; whether it gave any."""
    if content_start >= end or _is_unit_list(notice, content_start, end):
        return False  # 成员单位：A、B、C is a list of units, not duties
    if _preamble(notice, content_start, end):
        _head_units(notice, *head)  # the addressee is a body, its letter no duty of it
        return False  # 各省医保局：为贯彻… is a letter's addressee and its first sentence
    units = _more_specific_subject(notice, head, content_start, end) or _head_units(notice, *head)
    if head[1] <= content_start:
        notice.reserved.append((head[0], content_start))  # the head (县公安局职责：) is no sentence of its own
    if "成员" in ln.section + ln.subsection or mech_members_section(notice, ln):
        named = "成员" in ln.section + ln.subsection + (notice.meta.get("title") or "")  # 成员单位职责
        heads.extend((unit, named) for unit in units)
    return _division_clauses(notice, units, content_start, end, seps)


def _more_specific_subject(notice: Notice, head: tuple[int, int], start: int, end: int) -> list[Org]:
    """``政府职责：各县区政府负责…`` / ``卫生部门职责：各级卫生行政部门负责…``: a head naming a
    kind of body whose first sentence names the bodies themselves, in a name that holds the
    head's (政府 in 各县区政府): those bodies hold the paragraph's duties."""
    text = notice.text
    written = re.sub("(?:行政)?部门$", "", text[head[0] : head[1]])
    hit = subject_at(notice, start, end)
    if hit is None or len(written) < 2:
        return []
    items = hit[0]
    if not all(written in (it.written or text[it.start : it.end]) for it in items):
        return []
    return [org for org in (_subject_org_for(notice, it) for it in items) if org is not None]


def _division_clauses(notice: Notice, units: list[Org], content_start: int, end: int, seps: str) -> bool:
    """One duty of ``units`` per clause of ``text[content_start:end]``; whether it gave any."""
    text = notice.text
    found = False
    for cs, ce in split_clauses(text, content_start, end, seps):
        while ce > cs and text[ce - 1] in "。！？":
            ce -= 1
        m = _INLINE_MARK.match(text, cs, ce)
        if m:
            cs = m.end()  # 卫生部：（一）负责…（二）…: the number is no part of the duty
        other = _OTHER_AGENT.search(text, cs, ce)
        if other:
            ce = other.start()  # …，由联合办公室对…进行培训: another body's part, not this unit's
        clause = text[cs:ce]
        if len(clause) < 4 or _aside(clause) or _SETUP_CLAUSE.match(clause):
            continue
        role = clause_role(notice, clause)
        notice.duties.append(Duty(span=(cs, ce), orgs=[(org, role) for org in units], source="division"))
        found = True
    return found


# 设在市卫生局，主任由X担任 / 由X任组长: how the body is set up and staffed, no duty
_SETUP_CLAUSE = re.compile(r"(?:办公室)?设在|(?:主任|组长|负责人)?由[^，。；]{1,30}?(?:担任|兼任|任(?:副?(?:组长|主任)))")


def _aside(clause: str) -> bool:
    """A clause that is all in brackets (``（组长：某某，成员：各村支部书记）``, ``（附名单）``): a
    note beside the duties, none of them."""
    if clause[:1] not in "（(" or clause[-1:] not in "）)":
        return False
    depths = _paren_depths(clause, 0, len(clause))
    return all(d > 0 for d in depths[1:-1])


# ，由X对…/由X负责…: a clause whose agent is another body
_OTHER_AGENT = re.compile(r"，由[\u4e00-\u9fff（）]{2,24}?(?:对|负责|牵头|承担|组织|统一)")


def mech_members_section(notice: Notice, ln) -> bool:
    """Is the line under a heading about the members (成员单位职责, 各成员单位职责分工), or is
    the whole notice the members' duties (``关于印发《X委员会成员单位职责》的通知``)?"""
    title = notice.meta.get("title") or ""
    return (any(w in ln.section for w in _cues(notice).member_section)
            or bool(notice.mechanism and "成员单位" in title and "职责" in title))


def _preamble(notice: Notice, start: int, end: int) -> bool:
    """Does the text after a ``X：`` head open a letter (为贯彻…, 根据…, 你委…) rather than
    list the unit's duties?"""
    text = notice.text
    while start < end and text[start] == " ":
        start += 1
    return text.startswith(tuple(notice.lex.forms.get("preamble", ())), start)


def _division_head(notice: Notice, ln) -> tuple[tuple[int, int] | None, int]:
    """The unit heading a duty paragraph and where its duties start: ``单位：duties``, a
    department written generically (``卫生健康部门：``, ``畜牧部门：``), a body no lexicon
    lists whose duties open with a number or a duty verb (``运输服务司：（一）负责…``), or,
    after a numbering marker, ``（一）市卫生健康委员会。负责…``."""
    text = notice.text
    s = ln.body_start
    hit = _colon_head(notice, s, ln.end)
    if hit is not None:
        return hit
    period = text.find("。", s, min(ln.end, s + 32))
    if period > s and ln.body_start > ln.start:
        if org_at(notice, text, s, period) == period:
            return (s, period), period + 1
        duties_start = _titled_body(notice, s, period, ln.end)
        if duties_start is not None:
            return (s, period), duties_start
    space = text.find(" ", s, min(ln.end, s + 32))  # a table row: 单位<tab>职责
    if space > s:
        after = space
        while after < ln.end and text[after] == " ":
            after += 1
        rest = text[after : ln.end]
        known = org_at(notice, text, s, space) == space
        # 市防疫站 负责…。组织…: a unit no lexicon lists, by its form, its duties opening with a duty verb
        unlisted = (not known and _unlisted_head(notice, text[s:space]) and not starts_with_verb(text[s:space])
                    and _cues(notice).duty_opening.match(text, after, ln.end) is not None)
        if ((known or unlisted) and len(rest) >= 8 and re.search("[，；。]", rest)
                and not re.match(r"[\u4e00-\u9fff·]{2,8}$", rest)):
            return (s, space), after
    return None, s


def _sibling_head(notice: Notice, ln: Line) -> tuple[tuple[int, int], int] | None:
    """``省卫生厅：根据…，负责…`` beside other units' paragraphs: a name of a body's form (no
    lexicon lists it) before the colon heads a paragraph of duties however they open."""
    text = notice.text
    s = ln.body_start
    colon = text.find("：", s, min(ln.end, s + 20))
    if colon <= s or not _unlisted_head(notice, text[s:colon]) or starts_with_verb(text[s:colon]):
        return None
    return ((s, colon), colon + 1) if _paragraph_like(text[colon + 1 : ln.end]) else None


def _titled_body(notice: Notice, s: int, period: int, end: int) -> int | None:
    """``1.监督组。负责…``: a numbered heading naming a body no lexicon lists, its duties
    opening with 负责/承担 right after the full stop, or after a comma in the first sentence
    (``2.专家组。组织…成立专家组，负责…``: the lead-in sets the body up). Where its duties start."""
    text = notice.text
    written = text[s:period]
    named = _unlisted_head(notice, written) or bool(re.fullmatch(r"[\u4e00-\u9fff]{1,8}组", written))  # 专家组
    if not named or _subject_cues(notice).bare_bad.search(written):
        return None
    cues = _cues(notice)
    if cues.titled_duty_verb.match(text, period + 1, end):
        return period + 1
    stop = text.find("。", period + 1, end)
    m = cues.titled_duty_verb_after_comma.search(text, period + 1, stop if stop > 0 else end)
    return m.start() + 1 if m else None


def _colon_head(notice: Notice, s: int, end: int, strict: bool = False) -> tuple[tuple[int, int], int] | None:
    """``单位：duties`` at ``s``: the head's span and where the duties start. ``strict``
    (inside a run-on line): the head must be a body's name and its duties open with a duty
    verb or a number when no lexicon lists the body."""
    text = notice.text
    colon = text.find("：", s, min(end, s + 32))
    if colon <= s:
        return None
    written = text[s:colon]
    remit = re.search("(?:主要|工作)?职责$", written)
    if remit and remit.start() >= 2:  # 县卫健局职责：负责…
        written = text[s : s + remit.start()]
        if ((looks_like_org(written, notice) and org_at(notice, text, s, s + remit.start()) == s + remit.start())
                or _generic_stem(notice, written) or _shared_tail(notice, written)):  # 卫生部门职责：
            return (s, s + remit.start()), colon + 1
        return None
    if looks_like_org(written, notice) or _generic_stem(notice, written):
        if (org_at(notice, text, s, colon) == colon or notice.table.find(written)
                or (not strict and (written.startswith("各") or _generic_stem(notice, written)))):
            return (s, colon), colon + 1
    if "、" in written and _cues(notice).duty_opening.match(text, colon + 1, end) and _unit_heads(notice, s, colon):
        return (s, colon), colon + 1  # 镇纪委、监察室：负责…: each unit of the head
    if _shared_tail(notice, written) or (not strict and _levels_body(notice, written)):
        return (s, colon), colon + 1  # 公安、司法部门：: two kinds of department; 区县（市）人民政府：
    if _unlisted_head(notice, written) and (
            _cues(notice).duty_opening.match(text, colon + 1, end)
            or (not strict and written.endswith("部门") and _paragraph_like(text[colon + 1 : end]))):
        return (s, colon), colon + 1
    return None


def _unit_heads(notice: Notice, start: int, end: int) -> bool:
    """Is every item of the list ``text[start:end]`` a unit by its name or its form?"""
    return every_item_a_body(notice, start, end, lambda written: (
        len(written) >= 3 and looks_like_org(written, notice)) or _unlisted_head(notice, written))


def _unlisted_head(notice: Notice, written: str) -> bool:
    """A unit's name no lexicon lists, by its form: a department type (畜牧部门) or a name
    with an organization suffix (运输服务司, 安全监管总局), not a word that only ends like one."""
    if not re.fullmatch(r"[\u4e00-\u9fff（）]{2,20}", written) or _subject_cues(notice).bare_bad.search(written):
        return False
    if written.endswith("部门"):
        return 2 <= len(written) - 2 <= 8 and not _not_a_stem(notice, written[:-2])
    return _org_form(notice, written)


def _org_form(notice: Notice, written: str) -> bool:
    return written.endswith(tuple(notice.lex.forms.get("suffixes", ()))) and not written.endswith(
        tuple(notice.lex.forms.get("not_org_endings", ())))


def _head_units(notice: Notice, start: int, end: int) -> list[Org]:
    """The unit(s) heading a duty paragraph: ``团县委、县妇联：`` names two."""
    text = notice.text
    shared = _shared_tail(notice, text[start:end])
    if shared:  # 公安、司法部门: 公安部门 and 司法部门
        return [_generic_department(notice, stem + "部门") or _subject_org_for_short(notice, stem, _stem_kind(notice, stem))
                for stem in shared]
    items = split_items(text, start, end) if "、" in text[start:end] else [(start, end)]
    if len(items) > 1 and not _unit_heads(notice, start, end):
        items = [(start, end)]  # 各乡镇、街道 is one collective; 各村党支部、村民委员会 are two units
    if len(items) == 1:
        m = _BRACKETED.search(text, start, end)
        if m and m.end() == end and counterpart(notice, text[start : m.start()], m.group(1)):
            items = [(start, m.start()), (m.start(1), m.end(1))]  # 乡镇人民政府（街道办事处）: two bodies
    units = []
    for a, b in items:
        written = text[a:b]
        dept = _generic_department(notice, written)
        if (dept is None and written.endswith("部门") and not written.startswith("各")
                and not _cues(notice).own_level.match(written) and not org_at(notice, text, a, b)):
            dept = _subject_org_for_short(notice, written, _stem_kind(notice, written[:-2]))  # 畜牧部门
        # 县级兽医管理部门 names its own level: a class of departments, no body of the notice's place
        units.append(dept or notice.table.add(written, collective=written.startswith("各")))
    return units


def _generic_stem(notice: Notice, written: str) -> str | None:
    """``卫生健康部门`` / ``卫生计生行政部门`` -> the short department name it is built on."""
    if not written.endswith("部门"):
        return None
    stem = written[:-2]
    if stem not in notice.lex.kind_of_short and stem.endswith("行政"):
        stem = stem[:-2]
    return stem if stem in notice.lex.kind_of_short else None


_BRACKETED = re.compile(r"（([\u4e00-\u9fff、]{1,8})）")


def _levels_body(notice: Notice, written: str) -> bool:
    """``区县（市）人民政府``, ``乡镇人民政府（街道办事处）``, ``县市区疾控中心``: a kind of body
    (a name a lexicon lists) at every level a prefix of level words names, with a bracketed
    level or counterpart."""
    bare = _BRACKETED.sub("", written)
    m = notice.lex.kind_name_re.search(bare)
    if m is None or m.end() != len(bare) or m.start() == 0:
        return False
    cues = _cues(notice)
    return (cues.levels_prefix.fullmatch(bare[: m.start()]) is not None
            and all(cues.levels.fullmatch(g) or counterpart(notice, bare, g)
                    for g in _BRACKETED.findall(written)))


def _shared_tail(notice: Notice, written: str) -> list[str]:
    """``公安、司法部门`` / ``卫生、教育行政部门``: department types sharing one 部门 (each a
    short name a lexicon lists) -> their short names; else []."""
    m = re.fullmatch(r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?)(?:行政)?部门", written)
    if m is None:
        return []
    stems = m.group(1).split("、")
    known = [stem in notice.lex.kind_of_short for stem in stems]
    if all(known):
        return stems
    # 交通、铁路部门: a field no lexicon lists beside a known one, both plain words of a field
    bad = _subject_cues(notice).bare_bad
    if any(known) and all(k or (len(st) <= 4 and not bad.search(st) and not _not_a_stem(notice, st)
                              and not starts_with_verb(st)) for k, st in zip(known, stems, strict=True)):
        return stems
    return []


def _generic_department(notice: Notice, written: str) -> Org | None:
    """The notice's generic body for a department written by kind (``公安部门``)."""
    stem = _generic_stem(notice, written)
    if stem is None:
        return None
    return _subject_org_for_short(notice, stem, notice.lex.kind_of_short[stem])


def _is_unit_list(notice: Notice, start: int, end: int) -> bool:
    """``市委政法委、市卫健局、市民政局。``: every item names a body."""
    items = split_items(notice.text, start, end)
    if _cues(notice).duty_opening.match(notice.text, start):
        return False  # 负责学校卫生工作；督促学校…: duties that name kinds of bodies
    return len(items) >= 2 and all(
        looks_like_org(notice.text[a:b].rstrip("。；等"), notice) and not starts_with_verb(notice.text[a:b])
        for a, b in items
    )  # 成立领导小组，协调相关部门…: clauses opening with a verb are no names


def _paragraph_like(text: str) -> bool:
    """A paragraph of duties under a unit name (not a date, a signature or another head)."""
    return (
        len(text) >= 10
        and "：" not in text[:32]
        and not re.match(r"^\d{4}年\d{1,2}月\d{1,2}日", text)
        and bool(re.search("[。；，]", text))
    )


def find_body_duties(notice: Notice) -> None:
    """Duties stated of a named body at the start of a sentence: the mechanism's own bodies
    and the mechanism (``推进办负责…``, ``X具体承担以下职责：A；B``) and units
    (``奈曼旗卫生健康委落实协作机制工作部署…；负责制定…``)."""
    text = notice.text
    for ln in notice.content_lines():
        if ln.kind == "heading" or _procedure(notice, ln.section) or notice.claimed(ln.body_start):
            continue
        m = re.search(r"具体承担以下职责[：]", text[ln.body_start : ln.end])
        if m:
            hit = _sentence_subject(notice, ln.body_start, ln.body_start + m.end())
            if hit:
                for cs, ce in split_clauses(text, ln.body_start + m.end(), ln.end):
                    notice.duties.append(Duty(span=(cs, ce), orgs=[(hit[0], None)], source="body"))
            continue
        for ss, se in split_clauses(text, ln.body_start, ln.end, "。"):
            hit = _sentence_subject(notice, ss, se)
            if hit is None or _second_subject(notice, ss, se):
                continue  # X负责…，Y配合…: two subjects, read by the free-text duties
            subj, start = hit
            for cs, ce in split_clauses(text, start, se, "；"):
                notice.duties.append(Duty(span=(cs, ce), orgs=[(subj, clause_role(notice, text[cs:ce]))], source="body"))


# 应当履行下列职责： / 承担以下职责： / 负责下列工作：: a body's duties listed after the colon
_LISTED = re.compile(r"(?:履行|承担|行使|负责)(?:下列|以下|如下)(?:主要)?(?:工作)?(?:职责|职能|工作|任务|事项)[：:]")
_ITEM_MARK = re.compile(rf"{CN_PAREN}|{ARABIC_PAREN}|{ARABIC}(?=[\u4e00-\u9fff])")


def find_listed_duties(notice: Notice) -> None:
    """``市爱卫办应当履行下列职责：（一）…；（二）…`` (the items after the colon on the same line,
    run together) or the numbered lines below the lead-in: each item is a duty of the lead-in's
    subject (a body, not the mechanism's remit: that is ``remit.py``'s)."""
    text = notice.text
    lines = notice.content_lines()
    for i, ln in enumerate(lines):
        if ln.kind == "heading" or _procedure(notice, ln.section):
            continue
        m = _LISTED.search(text, ln.body_start, ln.end)
        if m is None or notice.claimed_within(ln.body_start, m.end()):
            continue
        sentence = max(text.rfind(ch, ln.body_start, m.start()) for ch in "。；：") + 1
        starts = [p for p in _clause_starts(text, max(sentence, ln.body_start), m.start()) if p < m.start()]
        found = next(((p, h) for p in reversed(starts) if (h := subject_at(notice, p, m.end())) is not None), None)
        if found is None:
            continue
        start, hit = found
        orgs = [org for org in (_subject_org_for(notice, it) for it in hit[0]) if org is not None]
        if not orgs:
            continue
        items = _inline_items(notice, m.end(), ln.end) if text[m.end() : ln.end].strip() else _item_lines(lines, i)
        for item, (s, e) in items:
            notice.duties.append(Duty(span=(s, e), orgs=[(org, clause_role(notice, text[s:e])) for org in orgs],
                                      item=item, source="listed"))
        if items:  # the lead-in clause is no duty of its own (what comes before it may be)
            notice.reserved.append((max(p for p in [start, *starts] if p <= m.start()), m.end()))


def _inline_items(notice: Notice, start: int, end: int) -> list[tuple[int | None, tuple[int, int]]]:
    """The items of a list run together after a colon: ``（一）A，（五）B，…``; an item ends
    at the next number, or before a clause that leads into another list (``…：``)."""
    text = notice.text
    marks = [mk for mk in _ITEM_MARK.finditer(text, start, end)
             if mk.start() == start or text[mk.start() - 1] in "，,；;。 "]
    if not marks or marks[0].start() != start:
        return []
    out: list[tuple[int | None, tuple[int, int]]] = []
    for k, mk in enumerate(marks):
        e = marks[k + 1].start() if k + 1 < len(marks) else end
        stop = re.search("[：:]", text[mk.end() : e])
        if stop:  # …工作，按照以下分工负责…：: the list is over
            e = max(text.rfind(ch, mk.end(), mk.end() + stop.start()) for ch in "，,；;。")
            if e < mk.end():
                break
        s, e = mk.end(), e
        while e > s and text[e - 1] in "，,；;。 ":
            e -= 1
        if e - s >= 4:
            out.append((_mark_number(mk.group(0)), (s, e)))
        if stop:
            break
    return out


def _item_lines(lines: list[Line], i: int) -> list[tuple[int | None, tuple[int, int]]]:
    """The numbered lines right below the lead-in line ``lines[i]`` (one duty each)."""
    out: list[tuple[int | None, tuple[int, int]]] = []
    for ln in lines[i + 1 :]:
        if not ln.numbered or ln.kind == "heading" or _LISTED.search(ln.text):
            break
        e = ln.end
        while e > ln.body_start and ln.text[e - ln.start - 1] in "，,；;。 ":
            e -= 1
        out.append((ln.number or _mark_number(ln.text[: ln.body_start - ln.start]), (ln.body_start, e)))
    return out


def _mark_number(mark: str) -> int | None:
    """The number of an item mark: （五） -> 5, （十一） -> 11, 3. -> 3."""
    digits = re.sub(r"[^\d一二三四五六七八九十]", "", mark)
    return int(digits) if digits.isdigit() else cn_value(digits)


def _second_subject(notice: Notice, start: int, end: int) -> bool:
    """Does another subject (``，Y配合…``) start after a comma inside the sentence?"""
    text = notice.text
    return any(text[i] == "，" and subject_at(notice, i + 1, end) for i in range(start, end))


def _sentence_subject(notice: Notice, start: int, end: int) -> tuple[Org | Mechanism, int] | None:
    """The body a sentence states duties of, and where its duties start: a body it sets up
    (推进委员会设立X…，负责…), a mechanism body or the mechanism named first (duties from
    its 负责/承担), or a unit of the notice named first and followed by a verb."""
    text = notice.text
    seg = text[start:end]
    duty_verb = _cues(notice).own_duty_verb.search(seg)
    mech = notice.mechanism
    named: list[tuple[str, Org | Mechanism]] = list(notice.table.bodies_by_length())
    if mech:
        named = named + [(f, mech) for f in (mech.name, *mech.aliases)]
        offices = [org for org in notice.table.orgs if org.body == "office"]
        if len(offices) == 1 and not any(f == "办公室" for f, _b in named):
            named.append(("办公室", offices[0]))  # 办公室负责…: the mechanism's one office
        named = sorted(named, key=lambda kv: -len(kv[0]))
    m = re.search("下设|设立|设(?=办公室)", seg)  # 协调小组在X设办公室，负责…: the office's
    if m and duty_verb and duty_verb.start() > m.end():
        for form, body in named:
            if re.match(rf"\s*\d*\s*个?{re.escape(form)}", seg[m.end() :]) and body is not mech:
                return body, start + _remit_start(seg, duty_verb.start())
    for form, body in named:
        if seg.startswith(form) and duty_verb:
            if body is mech and (_cues(notice).not_duty_sentence.search(seg, 0, duty_verb.start())
                                 or _other_doer(notice, start + len(form), start + duty_verb.start())):
                return None
            if re.search("由[^，]*$", seg[len(form) : duty_verb.start()]) or not re.match(r"[\u4e00-\u9fff]{2}", seg[duty_verb.end() :]):
                return None  # 日常工作由市卫生局有关科室承担: another body's part
            # 推进办负责… keeps its subject; …办公室设在X，负责… starts at 负责, …，主要职责是… at 主要职责
            return body, start if duty_verb.start() == len(form) else start + _remit_start(seg, duty_verb.start())
    if _cues(notice).not_duty_sentence.search(seg):
        return None
    end_org = org_at(notice, text, start, end)
    if end_org:
        org = notice.table.find(text[start:end_org])
        longer = mech is not None and seg.startswith(mech.name) and len(mech.name) > end_org - start
        if (org is not None and org.kind and not org.generic and not org.collective and not org.body
                and not longer and (text[end : end + 1] in ("。", "；") or "，" in seg)  # not a title line
                and re.match(r"[\u4e00-\u9fff]", text[end_org : end_org + 1])
                and not re.match("[和及与的等]|分管|主要|有关|相关", text[end_org : end_org + 2])):
            return org, start
    return None


def _other_doer(notice: Notice, start: int, end: int) -> bool:
    """Does a clause of ``text[start:end]`` open with a body of its own (``联席会议建立联络员
    制度，各成员单位指定…，负责…``: the members do what follows, not the mechanism)?"""
    text = notice.text
    return any(text[i] == "，" and (org_at(notice, text, i + 1, end) is not None
                                   or _subject_cues(notice).collective.match(text, i + 1, end) is not None)
               for i in range(start, end))


def _remit_start(seg: str, verb: int) -> int:
    """Where a body's duties start in a sentence setting it up: at its 负责/承担, or at
    ``主要职责是…`` before it (``办公室设在X，主要职责是…，负责…``)."""
    remit = re.search("，((?:主要|具体)?职责(?:是|为))", seg[:verb])
    return remit.start(1) if remit else verb


def _subject_org_for(notice: Notice, item: SubjectItem) -> Org | None:
    """The body a subject item names; short department names give one generic body per
    kind (卫生计生 and 卫生计生行政部门 are both the notice's 卫生健康 departments)."""
    text = notice.text
    if item.kind == "?":
        return None  # a redacted department (_门) is unknown, not a node
    written = item.written or text[item.start : item.end]
    mech = notice.mechanism
    if mech is not None and written in (mech.name, *mech.aliases):
        return None  # 市X领导小组要…: the mechanism itself (its remit is read by remit.py), no department
    if (item.form in ("qualified", "collective", "unlisted") or written.startswith("各")) and not notice.table.find(written):
        same = _each_form(notice, written)
        if same is not None:
            notice.table.alias(same, written)  # 各级经办机构 and 经办机构, 各省级医保部门 and 省级医保部门
            return same
    if item.form == "qualified":
        inst = notice.lex.institutions.get(written)
        if item.kind is None and not written.endswith("部门"):
            org = notice.table.add(written, collective=written.startswith("各"))
        else:
            org = notice.table.add(written, kind=item.kind or (inst or {}).get("kind"), generic=True)
        if item.alias:
            notice.table.alias(org, item.alias)
        return org
    if item.form == "collective":
        inst = notice.lex.institutions.get(written)
        org = notice.table.add(written, kind=(inst or {}).get("kind"), collective=True)
        if item.alias:
            notice.table.alias(org, item.alias)  # 省级人民政府相关部门 is 省级人民政府有关部门
        return org
    if item.form == "named":
        return notice.table.add(written, generic=True)
    if item.form == "unlisted":
        org = notice.table.add(written)
        if item.alias:
            notice.table.alias(org, item.alias)
        return org
    if item.form in ("dept", "bare"):
        org = _subject_org_for_short(notice, written, item.kind)
        if item.alias:
            notice.table.alias(org, item.alias)
        return org
    named = _named_before(notice, written) if item.form == "org" else None
    if named is not None:  # 三级公立医院要…。医院调整…: the hospitals named before
        notice.table.alias(named, written)
        return named
    kind = item.kind
    if kind is None and written.endswith("部门") and notice.lex.kind_name_re.fullmatch(written):
        kind = notice.lex.kind_of_name[written]  # 司法行政部门: a kind, written in full
    if kind is None:
        inst = notice.lex.institutions.get(written)
        if inst:
            return notice.table.add(written, kind=inst["kind"], collective=inst["collective"], generic=not inst["collective"])
        q = notice.lex.institution_re.search(written)
        if q and q.end() == len(written) and "的" in written:
            inst = notice.lex.institutions[q.group(0)]
            return notice.table.add(written, kind=inst["kind"], generic=True)
        if q and q.end() == len(written) and written.startswith("各"):  # 各医疗机构
            inst = notice.lex.institutions[q.group(0)]
            return notice.table.add(written, kind=inst["kind"], collective=True)
        org = notice.table.add(written)
        if item.alias:
            notice.table.alias(org, item.alias)
        return org
    org = _subject_org_for_short(notice, written, kind)
    if item.alias:
        notice.table.alias(org, item.alias)
    return org


def _named_before(notice: Notice, written: str) -> Org | None:
    """The one class of bodies that a bare head noun refers back to (医院 after 三级公立医院):
    a kind's name alone, not a class of institutions the notice may name beside a narrower
    one (医疗机构 beside 县级以上医疗机构); the one body named before whose name ends with it
    and names no place."""
    if (notice.table.find(written, by_kind=False) is not None or not notice.lex.kind_name_re.fullmatch(written)
            or notice.lex.institution_re.fullmatch(written)):
        return None
    found = [o for o in notice.table.orgs if o.name != written and o.name.endswith(written) and not o.collective
             and not notice.table.split_place(o.name)[0]]
    return found[0] if len(found) == 1 else None


def _each_form(notice: Notice, written: str) -> Org | None:
    """The known body that ``各级X``/``各X`` or ``X`` names when the other form is known;
    ``各相关X``/``各有关X`` is ``各X`` (各相关涉老社会组织 and 各涉老社会组织)."""
    m = re.match("各(?:相关|有关)", written)
    if m and len(written) - m.end() >= 3:
        same = notice.table.find("各" + written[m.end() :])
        if same is not None and same.collective:
            return same
    m = re.match("各级各类|各级|各", written)
    if m and len(written) - m.end() >= 3:
        rest = written[m.end() :]
        full = re.sub("(?<!人民)政府$", "人民政府", rest)  # 各区县政府 and 区县人民政府
        return notice.table.find(rest) or (notice.table.find(full) if full != rest else None)
    for pre in ("各级", "各"):
        org = notice.table.find(pre + written)
        if org is not None and org.collective:
            return org
    return None


def _subject_org_for_short(notice: Notice, written: str, kind: str | None) -> Org:
    """One generic body per written short name (卫生计生 and 卫生计生行政部门 are one)."""
    stem = _generic_stem(notice, written) or re.sub("(?:行政管理|行政)?部门$", "", written) or written
    plain = stem.removesuffix("管理") if len(stem) > 3 else stem  # 市政管理部门 is the 市政部门 named above
    for org in notice.table.orgs:
        if org.generic and org.name.endswith("部门") and (stem in org.aliases or plain in org.aliases):
            notice.table.alias(org, written)
            return org
    org = notice.table.add((notice.table.locality or "") + stem + "部门", kind=kind, generic=True)
    notice.table.alias(org, stem)
    notice.table.alias(org, stem + "部门")
    if plain != stem:
        notice.table.alias(org, plain)
    if written not in (stem, stem + "部门"):
        notice.table.alias(org, written)
    return org


_COMPOSED_BY = re.compile("(?:建立|成立|组建|设立|形成|建成)$")


def find_assignments(notice: Notice) -> None:
    """``由区卫健局牵头，区教育局、区市场监管局配合，…完成…`` and ``由X负责，…``: the
    sentence is a duty of the lead (role lead for 牵头) and the supporting units."""
    text = notice.text
    cues = _cues(notice)
    for ln in notice.content_lines():
        if ln.kind == "heading" or _procedure(notice, ln.section):
            continue
        for ss, se in split_clauses(text, ln.body_start, ln.end, "。；"):
            if notice.claimed_within(ss, se):
                continue
            found = len(notice.duties)
            for m in cues.assignment.finditer(text, ss, se):
                if not _assignment(notice, m, ss, se):
                    break
            if len(notice.duties) == found:
                _agent_sentence(notice, ss, se)


_LOCAL = re.compile("所在地|当地|属地")
_PERSON_LEAD = re.compile("(?:领导|同志|负责人)(?:具体|亲自|全面)?$")


_NUMBERED_BY = re.compile("由(?!于|此)")


def _agent_sentence(notice: Notice, ss: int, se: int) -> None:
    """A sentence without a subject of its own whose doer follows 由 at the start of a clause
    (``居家观察期间，由村卫生室进行随访，…`` / ``确需动用的，由省级人民政府提出申请`` /
    ``由A会同B提出方案，报…批准``): a duty of that body (and of its partner after 会同), up to
    the next clause with a subject or a 由 of its own. Not how a body is made up or approved
    (``由A、B组成``, ``由X批准``), nor a sentence opened by a body (``联席会议由X召集``)."""
    text = notice.text
    cues = _cues(notice)
    if subject_at(notice, ss, se) is not None or cues.agent_not_sentence.search(text, ss, se):
        return
    mark = _INLINE_MARK.match(text, ss, se)
    ss = mark.end() if mark else ss  # 第六条由镇爱卫办加强…: the article's number is no part of it
    agents = list(cues.agent.finditer(text, ss, se))
    if mark and (by := _NUMBERED_BY.match(text, ss, se)):
        agents.insert(0, by)
    start = ss
    for m in agents:
        if m.start() < start or (m.start() > ss and text[m.start() - 1] not in "，,"):
            continue
        hit = subject_at(notice, m.end(), se, asked=True) or agent_at(notice, m.end(), se)
        if hit is None:
            continue
        items, q = hit
        if cues.agent_not_verb.match(text, q, se) or all(
                notice.lex.institutions.get(text[it.start : it.end], {}).get("kind") == "各部门" for it in items):
            return  # 由A、B组成 / 由成员单位提出…: how a body is made up, the members' procedure
        orgs = [org for org in (_subject_org_for(notice, it) for it in items) if org is not None]
        partner = cues.agent_partner.match(text, q, se)
        more = subject_at(notice, partner.end(), se, asked=True) if partner else None
        if more is not None:
            orgs += [org for org in (_subject_org_for(notice, it) for it in more[0]) if org is not None]
        if not orgs:
            return
        end = next((i for i in range(q, se) if text[i] == "，" and (
            subject_at(notice, i + 1, se) or cues.agent.match(text, i + 1, se))), se)
        notice.duties.append(Duty(span=(start, end), orgs=[(org, None) for org in dict.fromkeys(orgs)], source="agent"))
        start = end + 1  # …，由X提出申请，由Y会同Z提出方案: the next agent's clause is a duty of its own


def _assignment(notice: Notice, m: re.Match[str], ss: int, se: int) -> bool:
    """The duty a ``由X牵头`` in the sentence ``text[ss:se]`` assigns; whether to read the
    sentence's next one. A sentence opening with it is the duty up to the next subject; one
    opening with another body (``各级政府要制定方案，…，城区灭犬由市政部门牵头，农村灭犬由镇政府牵头``)
    holds each assignment in its own clause."""
    text = notice.text
    cues = _cues(notice)
    comma = text.rfind("，", ss, m.start())
    inside = comma >= 0 and subject_at(notice, ss, se) is not None
    if _COMPOSED_BY.search(text, max(ss, m.start() - 4), m.start()):
        return inside  # 建立由政府领导负责和有关部门参加的领导小组: how a body is made up
    start = comma + 1 if inside else ss
    if inside and text.startswith("，", m.end()) and not m.group("sup"):
        end = m.end()  # …，城区灭犬由市政部门牵头，农村…: the clause names who leads it, no more
    elif inside:  # up to the next clause with an agent of its own
        end = next((i for i in range(m.end(), se) if text[i] == "，" and (
            cues.assignment.match(text, i + 1 + max(0, text.find("由", i + 1, se) - i - 1), se)
            and "，" not in text[i + 1 : max(i + 1, text.find("由", i + 1, se))])), se)
    else:  # 除四害工作由各级人民政府统一领导，爱卫会组织协调，…: the next subject starts a duty of its own
        end = next((i for i in range(m.end(), se) if text[i] == "，" and subject_at(notice, i + 1, se)), se)
    if cues.not_duty_sentence.search(text, start, end):
        return inside
    lead_role = "lead" if m.group("verb") in cues.lead_verbs else None
    a, b = m.span("lead")
    if _PERSON_LEAD.search(text, a, b) or _subject_cues(notice).leader.search(text, max(a, b - 8), b):
        return inside  # 由乡镇政府主要领导具体负责: a person answers for it, within the subject's duty
    q = _LOCAL.match(text, a, b)
    a = q.end() if q and b - q.end() >= 2 else a  # 由所在地镇政府牵头: the 镇政府 where it is
    leads = [notice.table.add(w) for _a, _b, w in unit_list(notice, a, b)]
    if not leads and _unlisted_head(notice, text[a:b]) and text[a:b].endswith("部门"):
        leads = _head_units(notice, a, b)  # 由市政管理部门牵头: a department no lexicon lists
    orgs = [(org, lead_role) for org in leads]
    if not orgs:
        return inside
    if m.group("sup"):
        orgs += [(notice.table.add(w), "support") for _a, _b, w in unit_list(notice, *m.span("sup"))]
    title = _titled_task(notice, ss) if not inside and not text[m.end() : end].strip("，。 ") else None
    # 第四条 镇环境卫生划分责任区。由镇爱卫办牵头，居委会配合。: the assignment marks the title's task
    notice.duties.append(Duty(span=title or (start, end), orgs=orgs, source="assignment"))
    if title:
        notice.reserved.append((start, end))  # the marker sentence is read, no duty of its own
    return inside


_TITLE_CHARS = 30


def _titled_task(notice: Notice, ss: int) -> tuple[int, int] | None:
    """The task a sentence that only assigns roles (``由X牵头，Y配合。``) marks: the short
    title sentence right before it on its line (``第四条 环境卫生划分责任区。``), or the
    heading or numbered title line above it (``一、治理畜产品污染``)."""
    text = notice.text
    lines = notice.content_lines()
    k = next((i for i, ln in enumerate(lines) if ln.start <= ss < max(ln.end, ln.start + 1)), None)
    if k is None:
        return None
    ln = lines[k]
    if ss > ln.body_start:
        if text[ss - 1] != "。":
            return None
        s = max(ln.body_start, *(text.rfind(ch, ln.body_start, ss - 1) + 1 for ch in "。；"))
        mark = _INLINE_MARK.match(text, s, ss - 1)
        span = (mark.end() if mark else s, ss - 1)
    elif k > 0 and (lines[k - 1].kind == "heading" or lines[k - 1].numbered):
        prev = lines[k - 1]
        span = (prev.body_start, prev.end - 1 if text[prev.end - 1] == "。" else prev.end)
    else:
        return None
    title = text[span[0] : span[1]]
    if not 4 <= len(title) <= _TITLE_CHARS or re.search("[，,；;：:。]", title) or notice.claimed_within(*span):
        return None
    return span


def _modal_role(notice: Notice, text: str, q: int) -> str | None:
    """``X牵头…`` / ``X要牵头抓总`` / ``X承办`` leads, ``Y配合…`` / ``Y按照各自职责协助…`` supports."""
    m = _cues(notice).role.match(text, q)
    if m is None:
        return None
    return "lead" if m.group("lead") else "support"


# (一) / 第四条 / 1. opening a clause inside a run-on line
_INLINE_MARK = re.compile(
    rf"(?:第[一二三四五六七八九十百零〇]+条|{CN_PAREN}|{ARABIC_PAREN}|{ARABIC}(?=[\u4e00-\u9fff]))\s*"
)


def _clause_starts(text: str, start: int, end: int) -> list[int]:
    """Where clauses may start in a line: its start, after 。；，： and spaces, past an
    inline numbering marker (``；（二）卫生行政部门负责…``)."""
    out: list[int] = []
    for i in [start - 1, *(m.start() for m in _CLAUSE_END.finditer(text, start, end))]:
        p = i + 1
        while p < end and text[p] == " ":
            p += 1
        m = _INLINE_MARK.match(text, p, end)
        if m and (i < start or text[i] in "。；： " or _BRACKETED_MARK.fullmatch(m.group(0).rstrip())):
            p = m.end()  # …监督管理，（二）市教育局负责…: the items of a list run together on one line
        if p < end and (not out or out[-1] != p):
            out.append(p)
    return out


_CLAUSE_END = re.compile("[。；，： ]")
_BRACKETED_MARK = re.compile(rf"{CN_PAREN}|{ARABIC_PAREN}|{CHAPTER}条")
_BRACKET = re.compile(r"[（\[【）\]】]")


def _paren_depths(text: str, start: int, end: int) -> list[int]:
    """Bracket depth at each position of ``text[start:end]`` and at ``end`` (（ [ 【 open,
    ） ] 】 close), in runs between brackets."""
    out: list[int] = []
    d = 0
    last = start
    for m in _BRACKET.finditer(text, start, end):
        i = m.start()
        out.extend([d] * (i - last + 1))  # positions last..i hold the depth before text[i]
        d = d + 1 if text[i] in "（[【" else max(0, d - 1)
        last = i + 1
    out.extend([d] * (end - last + 1))
    return out


_PAST = re.compile(r"(?<![为除])了(?![解])|已经|现印发|收悉")


def _reported(text: str, start: int, end: int) -> bool:
    """Does the clause report past work (编制形成了…, 已经…) rather than assign it?"""
    stop = start
    while stop < end and text[stop] not in "，。；":
        stop += 1
    return bool(_PAST.search(text, start, stop))


_SETUP = re.compile("(?:决定)?(?:成立|设立|组建)")


def _sets_up(notice: Notice, q: int, end: int) -> bool:
    """``国务院成立X（以下简称Y）``: the act that sets the notice's body up, not a duty."""
    text = notice.text
    if not _SETUP.match(text, q, end):
        return False
    stop = text.find("。", q, end)
    clause = text[q : stop if stop >= 0 else end]
    return "以下简称" in clause  # naming the body for the rest of the notice


def _shared_tasks(notice: Notice, found: list[tuple[int, list, str | None, int]], end: int
                  ) -> list[tuple[int, list[tuple[Org, str | None]], int]]:
    """(start, bodies with roles, stop) of each subject's clauses. Subjects that only state
    their role (``X牵头，Y、Z配合，做好…``) share the task written after the last of them."""
    out: list[tuple[int, list[tuple[Org, str | None]], int]] = []
    k = 0
    while k < len(found):
        j = k
        while j + 1 < len(found) and _role_only(notice, found[j][3], found[j + 1][0]):
            j += 1
        if j > k and _role_only(notice, found[j][3], found[j + 1][0] if j + 1 < len(found) else end):
            j = k  # every subject only states a role: no task is written
        orgs: dict[int, tuple[Org, str | None]] = {}
        for _p, items, role, _q in found[k : j + 1]:
            for it in items:
                org = _subject_org_for(notice, it)
                if org is not None and id(org) not in orgs:
                    orgs[id(org)] = (org, role)
        out.append((found[k][0], list(orgs.values()), found[j + 1][0] if j + 1 < len(found) else end))
        k = j + 1
    return out


def _role_only(notice: Notice, q: int, stop: int) -> bool:
    """Is the clause from the verb at ``q`` to ``stop`` only a role (``牵头，``, ``配合，``)?"""
    if notice.text.startswith("负责，", q) and q + 3 == stop:
        return True  # X负责，Y配合，做好…: X's part is the task after the roles
    m = _cues(notice).role.match(notice.text, q, stop)
    return m is not None and re.fullmatch("(?:抓总|负责)?，", notice.text[m.end() : stop]) is not None


def _named_by_marker(notice: Notice, p: int, orgs: list[Org]) -> bool:
    """Is the clause at ``p`` inside a task whose marker already names all its subjects
    (``各地区要…`` in a task closed by ``（相关部门及各地区负责）``)? It restates part of
    that task, no duty of its own. A collective of departments (各部门) is named by
    another (相关部门)."""
    for duty in notice.duties:
        if duty.source == "marker" and duty.span[0] <= p < duty.span[1]:
            marked = [m for m, _r in duty.orgs if isinstance(m, Org)]
            return all(any(o is m or (o.collective and m.collective and o.kind is not None and o.kind == m.kind)
                           or (area_collective(notice, o.name) and area_collective(notice, m.name))  # 各地 and 各地区
                           for m in marked) for o in orgs)
    return False


# …提出名单，经委员会同意后，签发聘书: what follows another body's approval is a step of a
# procedure, no part of the subject's duty
_APPROVAL_STEP = re.compile(r"，经[^，。；]{2,30}?(?:同意|批准|审定|审核|审批)后")


_SUBJECT_ITEM_CHARS = 250


def _marker_style(notice: Notice, ln: Line) -> int | None:
    """Which numbering opens the line (``numbering.marker_style``), if any."""
    return marker_style(notice.text, ln.start, ln.body_start) if ln.numbered else None


def find_subject_items(notice: Notice) -> None:
    """A numbered list whose items open with their doers, one paragraph each (``（七）市建委负责…。``
    / ``三、市农业部门做好…。有关部门要…。``): each item is one duty (its sentences stay
    together) of every body its sentences open with. Three such items in a row at least."""
    text = notice.text
    lines = [ln for ln in notice.content_lines() if ln.kind != "heading" and not _procedure(notice, ln.section)]
    run: list[tuple[Line, tuple[list[SubjectItem], int]]] = []
    style: int | None = None
    for ln in [*lines, None]:
        k = _marker_style(notice, ln) if ln is not None else None
        hit = None
        if (ln is not None and k is not None and ln.end - ln.body_start <= _SUBJECT_ITEM_CHARS
                and not _reported(text, ln.body_start, ln.end)
                and (not notice.claimed_within(ln.start, ln.end) or _task_item(notice, ln))):
            hit = subject_at(notice, ln.body_start, ln.end)
        if hit is not None and (not run or k == style):
            run.append((ln, hit))  # type: ignore[arg-type]
            style = k
            continue
        if len(run) >= 3:
            for item_ln, first in run:
                if not notice.claimed_within(item_ln.start, item_ln.end):  # (a task item is read already)
                    _subject_item(notice, item_ln, first)
        run = [(ln, hit)] if hit is not None and ln is not None else []
        style = k if run else None


def _task_item(notice: Notice, ln: Line) -> bool:
    """Is the numbered line read as one item of a task list (the whole item one duty)?"""
    return any(d.source == "task" and d.span[0] == ln.body_start for d in notice.duties)


def _subject_item(notice: Notice, ln: Line, first: tuple[list[SubjectItem], int]) -> None:
    """One numbered item as one duty of the bodies that open its sentences."""
    text = notice.text
    orgs: dict[int, tuple[Org, str | None]] = {}
    hits = [first] + [h for h in (subject_at(notice, i + 1, ln.end) for i in range(ln.body_start, ln.end)
                                  if text[i] == "。") if h is not None]
    for items, q in hits:
        role = _modal_role(notice, text, q)
        for it in items:
            org = _subject_org_for(notice, it)
            if org is not None and id(org) not in orgs:
                orgs[id(org)] = (org, role)
    end = ln.end
    while end > ln.body_start and text[end - 1] in "。；！ ":
        end -= 1
    if orgs and end - ln.body_start >= 6:
        notice.duties.append(Duty(span=(ln.body_start, end), orgs=list(orgs.values()), item=ln.number,
                                  source="subject"))


def _before_other_agent(notice: Notice, start: int, end: int) -> int:
    """Where a subject's clause ends when a later clause of it assigns work to another body
    (``…，城区灭犬由市政部门牵头``, read by :func:`find_assignments`): before that clause and the
    adverbials that lead into it (``在政府的统一领导下，按照…原则，除城区外，``)."""
    text = notice.text
    starts = {d.span[0] for d in notice.duties if d.source == "assignment" and start < d.span[0] < end}
    cut = next((i for i in range(start + 1, end) if i in starts and text[i - 1] == "，"), None)
    if cut is None:
        return end
    cut -= 1
    while True:
        prev = text.rfind("，", start, cut)
        if prev < 0 or not _cues(notice).adverbial.match(text, prev + 1, cut):
            return cut
        cut = prev


# 按照…，省级人民政府对本地区…全面负责的原则，…: the clause names a principle, no duty
_PRINCIPLE_END = re.compile("的(?:原则|要求|精神|方针|思路|格局|体制)$")


def _names_a_principle(notice: Notice, p: int, q: int, end: int) -> bool:
    """Is the clause at ``p`` (up to its comma), with no modal verb after its subject, a noun
    phrase naming a principle or requirement (``X对…全面负责的原则``)?"""
    text = notice.text
    stop = next((i for i in range(p, end) if text[i] in "，。；"), end)
    return _PRINCIPLE_END.search(text, p, stop) is not None and not _subject_cues(notice).modal.match(text, q, end)


def _circumstance(notice: Notice, q: int, end: int) -> bool:
    """Does the clause after a subject only say under whose lead it acts (``有关部门在政府领导下，``)?
    Not after a modal verb: ``旅游部门应当在卫生部门的指导下，组织…`` names the doer, the other
    body guides it."""
    return (_cues(notice).circumstance.match(notice.text, q, end) is not None
            and _subject_cues(notice).modal.match(notice.text, q, end) is None)


def find_subject_duties(notice: Notice) -> None:
    """Free text: each clause whose subject names departments is a duty of each of them."""
    text = notice.text
    cues = _cues(notice)
    for ln in notice.content_lines():
        if ln.kind == "heading" or _procedure(notice, ln.section):
            continue
        if cues.principles.match(ln.subsection) or cues.principles.match(ln.section):
            continue  # 各省份按照属地化管理原则，…: a principle, no duty
        found: list[tuple[int, list, str | None, int]] = []
        depth = _paren_depths(text, ln.body_start, ln.end)
        for p in _clause_starts(text, ln.body_start, ln.end):
            if notice.claimed(p) or depth[p - ln.body_start] > 0:
                continue  # （X牵头，Y负责）: a marker inside brackets is read with its task
            hit = subject_at(notice, p, ln.end)
            lead = time_limit_at(notice, text, p, ln.end) if hit is None else None
            if lead:  # 6月底前县卫健局完成…: the time limit first, then the subject
                hit = subject_at(notice, lead.end(), ln.end)
                p = lead.end() if hit else p
            if hit is None and text.startswith("请", p) and (p == ln.body_start or text[p - 1] in "。；"):
                hit = subject_at(notice, p + 1, ln.end, asked=True)
                p += 1 if hit else 0
            if (hit and not _circumstance(notice, hit[1], ln.end) and not _reported(text, p, ln.end)
                    and not _names_a_principle(notice, p, hit[1], ln.end)
                    and not _sets_up(notice, hit[1], ln.end)):
                found.append((p, hit[0], _modal_role(notice, text, hit[1]), hit[1]))
        for p, orgs, stop in _shared_tasks(notice, found, ln.end):
            if not orgs or _named_by_marker(notice, p, [org for org, _r in orgs]):
                continue
            # The subject's clause, then the clauses after ；that name no subject of their
            # own, up to the end of the sentence: one duty each.
            clause_start = p
            while clause_start < stop:
                end = clause_start
                while end < stop and text[end] not in "。；":
                    end += 1
                approval = _APPROVAL_STEP.search(text, clause_start, end)
                trimmed = approval.start() if approval else _before_other_agent(notice, clause_start, end)
                private = cues.private_clause.search(text, clause_start, trimmed)
                if private:
                    trimmed = private.start()
                lead = trailing_time_limit(notice, text, clause_start, trimmed)
                if lead:  # …工作，3月底前 | 国家X委完成…: the next subject's time limit
                    trimmed = lead.start()
                while trimmed > clause_start and text[trimmed - 1] in "，、 ":
                    trimmed -= 1
                mark = _TRAILING_MARK.search(text, clause_start, trimmed)
                if mark:  # …监督管理，（二）| 市教育局负责…: the next item's number
                    trimmed = mark.start()
                if trimmed - clause_start >= 6:
                    notice.duties.append(Duty(span=(clause_start, trimmed), orgs=orgs, source="subject"))
                if end >= stop or text[end] == "。":
                    break
                clause_start = end + 1


_COMPLETE_END = "。；！？：”」）)…】]>》"
_TRAILING_MARK = re.compile(rf"[，,；]\s*(?:{_BRACKETED_MARK.pattern})\s*$")


def drop_cut_tail(notice: Notice) -> None:
    """A text cut in the middle of its last clause (a stored page kept only its first
    bytes): a duty that is only the broken clause is none (``…水利部：负责将…纳入大江大``);
    a duty with complete clauses before the cut stays (``…，共同制定本地防控方案，切``)."""
    text = notice.text.rstrip(" \n")
    if not text or text[-1] in _COMPLETE_END:
        return
    br = text.rfind("\n")
    last = text[br + 1 :]
    prev = text[text.rfind("\n", 0, max(br, 0)) + 1 : br] if br > 0 else ""
    # …制定全县防\n控: a copy's line break inside the cut word (a long line runs on into a short one)
    wrapped = (len(last) <= 8 and len(prev) >= 20 and "\t" not in prev
               and re.fullmatch("[\u4e00-\u9fff]+", last) is not None and prev[-1] not in _COMPLETE_END)
    if not wrapped and ("\t" in last or not (text[-1] in "，、" or (len(last) >= 20 and re.search("[。，；]", last)))):
        return  # a table row or a short line (a signature, a date, a label) is no cut sentence
    start = max(text.rfind(ch) for ch in ("。；，" if wrapped else "。；，\n")) + 1  # the broken clause
    if len(text) - start < 2:
        return
    roles = _cues(notice).role_clauses  # X负责，Y配合，强化对…(cut): only the roles are whole, no task
    notice.duties = [d for d in notice.duties if not (d.span[1] > start and (
        "，" not in text[d.span[0] : start] or roles.fullmatch(text, d.span[0], start)))]
