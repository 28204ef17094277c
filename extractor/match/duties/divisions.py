"""Duty divisions (``单位：duties…``): one duty of the heading unit(s) per clause; the
division's units as member units when the notice lists none."""

from __future__ import annotations

import re

from ...layout import Line
from ...lexicon import Lexicon
from ...normalize import simplified, split_clauses
from ...notice import Duty, Notice, OrgFact
from ...numbering import ARABIC, ARABIC_PAREN, CN_COMMA, CN_PAREN
from ...resolve import Org
from ..founders import listed_units
from ..orgs import looks_like_org, split_items, unit_list, without_list_close
from ..subjects import subject_at
from ..task_tables import flat_task_table_lines, label_role, row_table_lines
from .bodies import head_units, org_form, subject_org_for
from .clauses import INLINE_MARK, paren_depths
from .cues import clause_role, duty_cues, duty_labels
from .decimal_heads import decimal_heading_above, decimal_unit_line
from .division_heads import (
    PERSON_LINE,
    alone_span,
    alone_unit,
    division_head,
    division_heading,
    head_tail,
    is_unit_list,
    numbered_unit,
    paragraph_like,
    run_on_heads,
    sibling_head,
    units_after_tasks,
)
from .title_unit import title_items, title_unit
from .unit_scopes import NAME_LINE, colon_blocks, line_depth, unit_blocks, unit_scopes

_SENTENCE_ENDS = "。；！？）)"
_CELL_BARS = ("|", "｜")


# 职责： / 工作职责： / 主要职责：, opening a line or a sentence: the duties of the unit named above
_HEAD_MARK = rf"(?:{CN_PAREN}|{ARABIC_PAREN}|{ARABIC}|{CN_COMMA})"
# （一）组织摸排组 / 1、综合协调组。 / 1、 办公室: a numbered unit's name, on its line or in a run-on text
_NUMBERED_HEAD = re.compile(rf"(?<![^\s。；;]){_HEAD_MARK}\s*(?P<name>[\u4e00-\u9fff]{{2,24}})[。：:]?(?=\s)")
# 组长：王某 / 副主任： / 成 员：各村两委成员: the roster between a unit's name and its duties
_ROSTER_LABELS = r"副?组\s*长|副?主\s*任|成\s*员|负责人|联络员"
_NEXT_HEAD = re.compile(rf"[\s。；;]{_HEAD_MARK}")
_GROUP_ENDINGS = ("组", "办公室", "专班")


class _Gaps:
    """The roster lines between a numbered unit's name and its ``职责：`` label: its heads and
    members, and the officials who lead it (``leader_labels``: ``牵头领导：某某``)."""

    def __init__(self, lex: Lexicon) -> None:
        labels = rf"{_ROSTER_LABELS}|{lex.cue_re('leader_labels')}"
        self.roster_gap = re.compile(rf"(?:\s*(?:{labels})\s*[：:][^：:。；;\n]{{0,40}}?)*\s*")
        duty_label = duty_labels(lex).label
        self.next_group = re.compile(rf"\s*[\u4e00-\u9fff]{{2,24}}[。：:]?\s*(?:{duty_label}|{labels})\s*[：:]")
        # 职责： / 工作职责： / 主要职责：, opening a line or a sentence: the duties of the unit named above
        self.duty_label = re.compile(rf"(?<![^\s。；;]){duty_label}\s*[：:]")


def find_labeled_divisions(notice: Notice) -> None:
    """``（一）组织摸排组`` / ``组长：…`` / ``成员：…`` / ``职责：负责…；做好…。``: a numbered unit
    (a working group, an office) with its roster lines, then its duties after a ``职责：``
    label, one per clause (split on ；and 。), on lines of their own or run on in one line
    (``1、综合协调组。 工作职责:负责…;… 2、宣传组。 工作职责:…``)."""
    text = notice.text
    gaps = notice.lex.memo(_Gaps)
    for m in gaps.duty_label.finditer(text):
        if notice.claimed(m.start()):
            continue
        heads = list(_NUMBERED_HEAD.finditer(text, max(0, m.start() - 240), m.start()))
        head = next((h for h in reversed(heads) if gaps.roster_gap.fullmatch(text, h.end(), m.start())), None)
        if head is None:
            continue
        name = head.group("name")
        if not (name.endswith(_GROUP_ENDINGS) or looks_like_org(name, notice)):
            continue
        mech = notice.mechanism
        if name in notice.lex.bodies["mechanism_suffixes"] or (
                mech is not None and any(n.endswith(name) for n in (mech.name, *mech.aliases))):
            continue  # 1、领导小组 … 职责：: the mechanism's own remit (remit.py's), no unit's
        line_end = text.find("\n", m.end())
        end = len(text) if line_end < 0 else line_end
        # the next group (2、宣传组。 工作职责：… / 2、办公室 主任：…), not a numbered duty of this one
        end = next((n.start() for n in _NEXT_HEAD.finditer(text, m.end(), end)
                    if gaps.next_group.match(text, n.end(), min(end, n.end() + 60))), end)
        if name in notice.lex.bodies["office_words"]:  # 1、办公室: the mechanism's office, when there is one
            units = [f.source for f in notice.facts if f.relation == "office_of"][:1]
        else:
            units = head_units(notice, head.start("name"), head.end("name"))
        if not units or not division_clauses(notice, units, m.end(), end, "。；;"):
            continue
        notice.reserved.append((head.start(), m.end()))


def find_divisions(notice: Notice) -> None:
    """``奈曼旗公安局：依法严厉打击…；协助…。`` -> one duty per clause (split on ；and 。).
    A unit name alone on a line also heads the paragraph below it, or the numbered items
    below it; a run-on line (a page flattened into one line) may hold several paragraphs
    ``…。 卫生局：负责…。 教育局：负责…``. First the units whose duties follow a ``职责：``
    label (``find_labeled_divisions``)."""
    find_labeled_divisions(notice)
    text = notice.text
    label_line = duty_labels(notice.lex).line_label  # 主要职责： alone on its line, between a unit's heading and its duties
    cells = flat_task_table_lines(notice) | row_table_lines(notice)  # a task table's cells and rows: the task lists'
    # a lone bar (|) between the cells of a table copied one cell a line: no line of its own
    lines = [decimal_unit_line(notice, ln) for ln in notice.content_lines()
             if ln.start not in cells and ln.text.strip() not in _CELL_BARS]
    pending_head: tuple[int, int] | None = None
    heads: list[tuple[Org, bool]] = []  # (unit, under a heading that names the members)
    unit_after, units_below = units_after_tasks(notice, lines)
    last_division_line = -1
    last_division: Line | None = None  # the line before, when it was a unit's duty paragraph
    found = [division_head(notice, ln) for ln in lines]
    scoped, topics = unit_scopes(notice, lines)
    for i, span in (unit_blocks(notice, lines) | colon_blocks(notice, lines, found)).items():
        scoped.setdefault(i, span)
    skip_to = -1  # the last line of an item read with its first line
    pending_level: int | None = None  # the numbering of the heading that named the pending unit
    sibling_line = -2  # the last line headed by a unit read as its neighbours' sibling (none yet)
    for i, ln in enumerate(lines):
        if i <= skip_to:
            continue
        body_start = ln.body_start
        if pending_head is not None and (PERSON_LINE.fullmatch(ln.text.strip()) or label_line.fullmatch(ln.text.strip())):
            continue  # 王某 （县卫健局副局长）: a member of the group above; 主要职责：: its duties below
        if i in topics:
            continue  # （二）医疗救治 under 一、县卫健局职责: a topic, its unit's items below
        prev_division, last_division = last_division, None
        head, content_start = found[i]
        if i in scoped and pending_head is None:
            pending_head, pending_level = scoped[i], None  # the unit of the heading above the topics
        if head is None and _among_heads(notice, lines, found, i, sibling_line):
            head, content_start = sibling_head(notice, ln) or (None, body_start)
            if head is not None:
                sibling_line = i  # （12）X军分区：… read beside a unit: the next unlisted unit's sibling too
        if head is None and i in unit_after:
            head, content_start = unit_after[i], body_start
        pending_head_before = pending_head
        if head is None and pending_head is not None and ln.kind in ("para", "item"):
            below = next((n for n in lines[i + 1 :] if not label_line.fullmatch(n.text.strip())), None)
            if alone_unit(notice, ln) and (below is None or below.numbered or _duty_line(notice, below)):
                # （二）县农业农村局: the next unit, its numbered items or its duty paragraph below
                pending_head, pending_level = alone_span(notice, ln), line_depth(notice, ln)
                continue
            level = line_depth(notice, ln)
            if level is not None and pending_level is not None and level <= pending_level:
                # （二）免疫规划科 after （一）地方病科's items: a heading of the unit's level ends its part; a
                # name of a body's form (no lexicon lists it) heads the items below it in turn
                sibling = NAME_LINE.fullmatch(text, body_start, ln.end) and org_form(notice, text[body_start : ln.end])
                pending_head = (body_start, ln.end) if sibling else None
                continue
            if ln.numbered and text[body_start : ln.end].rstrip().endswith(("：", ":")):
                pending_head = None  # （四）其他方面：: another list's head, no unit named; the unit above ends
                continue
            if ln.numbered or not subject_at(notice, body_start, ln.end):
                head, content_start = pending_head, body_start
            else:  # 市卫生局负责… under a group's name: the duties of the bodies it names
                pending_head = None
        # a unit alone on a line heads the paragraph below it, or the numbered items below it
        keep = head is not None and head == pending_head and ln.numbered
        last = _continued_item(notice, lines, i) if keep else i  # the item's lines run on after its ；
        runs_on = (head is not None and head == pending_head and pending_level == 0 and not ln.numbered
                   and _paragraph_runs_on(notice, lines, i))  # 三、工商部门 / a paragraph / another paragraph
        pending_head = head if runs_on or (keep and last + 1 < len(lines) and lines[last + 1].numbered) else None
        pieces = run_on_heads(notice, content_start if head is not None else body_start, ln.end) if last == i else []
        if (head is not None and head != pending_head and not text[content_start : ln.end].strip().rstrip("。")
                and i + 1 < len(lines) and not text.startswith("各", head[0])
                and (lines[i + 1].numbered or _duty_line(notice, lines[i + 1]))):
            # 县卫健局： alone on its line, its numbered duties below; （3）市公安局。 above 负责…
            pending_head, pending_level = head, line_depth(notice, ln)
            continue
        if head is None and not pieces and prev_division is not None and _continues_division(prev_division, ln):
            hit = subject_at(notice, body_start, ln.end)
            units = [org for org in (subject_org_for(notice, it) for it in hit[0]) if org is not None] if hit else []
            if units and division_clauses(notice, units, body_start, ln.end, "。；！？"):
                last_division = ln  # 各级疾控中心负责…。负责…: the next body of the division, its subject first
                continue
        if head is None and not pieces:
            nxt = next((n for n in lines[i + 1 :] if not PERSON_LINE.fullmatch(n.text.strip())
                        and not label_line.fullmatch(n.text.strip())), None)
            labeled = head_tail(notice, ln) < ln.end  # 县卫健局主要职责: its numbered duties or a duty line below
            if nxt and i not in units_below and ((alone_unit(notice, ln) and (
                    (paragraph_like(text[nxt.body_start : nxt.end]) and not labeled) or nxt.kind == "item"
                    or _duty_line(notice, nxt) or _numbered_duty(notice, nxt)))
                    or (numbered_unit(notice, ln) and _duty_line(notice, nxt))):
                pending_head, pending_level = alone_span(notice, ln), line_depth(notice, ln)
            continue
        paragraphs = [(head, content_start, pieces[0][0][0] if pieces else lines[last].end)] if head is not None else []
        # a numbered item under a unit named above is one duty per ；(its sentences stay together);
        # an item whose lines run on after a ； is one duty per sentence (its lines together)
        item_seps = "；" if head is not None and head == pending_head_before and ln.numbered else "。；！？"
        if last > i:
            item_seps, skip_to = "。", last
        for k, (h, cs, ce) in enumerate(paragraphs + pieces):
            if _division_paragraph(notice, ln, h, cs, ce, heads, item_seps if k == 0 else "。；！？"):
                last_division = ln
        last_division_line = i
    if not any(d.source == "division" for d in notice.duties):
        _title_unit_items(notice)
    # Without a member list, the units of a 成员单位职责 division are the members.
    mech = notice.mechanism
    if mech and heads and not any(f.relation == "member_unit_of" for f in notice.facts):
        named = any(n for _org, n in heads)
        # the text ends mid-sentence inside the division: its later units are lost
        cut = last_division_line == len(lines) - 1 and text.rstrip()[-1:] not in _SENTENCE_ENDS
        for org in dict.fromkeys(org for org, _n in heads):
            if org.body:
                continue  # 联席会议办公室职责：…: the body's own office, no member of it
            fact = OrgFact(org, "member_unit_of", mech, mech.span)
            notice.facts.append(fact)
            if not named or cut:  # 部门职责, not the members' (成员单位职责), or a cut one: the roster's units join
                notice.division_units.add(id(fact))


def _among_heads(notice: Notice, lines: list[Line], found: list[tuple[tuple[int, int] | None, int]], i: int,
                 sibling_line: int) -> bool:
    """May ``lines[i]``, headed by no known unit, be headed by a name of a body's form as its
    siblings are: right after a line read so (``sibling_line``), beside a line a unit heads, or
    first under a division's heading (``三、成员单位工作职责``)?"""
    return (i - 1 == sibling_line or any(0 <= j < len(found) and found[j][0] is not None for j in (i - 1, i + 1))
            or (i > 0 and division_heading(notice, lines[i - 1])))


def _paragraph_runs_on(notice: Notice, lines: list[Line], i: int) -> bool:
    """Under a unit heading of the first level (``三、工商部门``), does the next line go on with
    the unit's duties: an unnumbered paragraph with no subject of its own, no unit alone and no
    label (``落实…责任制。配合…``), before the next heading (``四、卫生部门``)?"""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    body = notice.text[nxt.body_start : nxt.end].strip()
    return (nxt.kind == "para" and not nxt.numbered and len(body) >= 6 and "：" not in body[:32]
            and not alone_unit(notice, nxt) and subject_at(notice, nxt.body_start, nxt.end) is None)


def _continued_item(notice: Notice, lines: list[Line], i: int) -> int:
    """The last line of a numbered item under a unit whose text runs on over unnumbered lines,
    each line before ending with ``；`` (``（一）负责拟订规划；`` / ``组织开展宣传教育。`` / ``（二）…``):
    a line that opens with a subject of its own, names a unit alone or is no paragraph ends it."""
    text = notice.text
    j = i
    while (j + 1 < len(lines) and text[lines[j].start : lines[j].end].rstrip().endswith("；")
           and lines[j + 1].kind == "para" and not lines[j + 1].numbered):
        nxt = lines[j + 1]
        if (len(text[nxt.body_start : nxt.end].strip()) < 6 or alone_unit(notice, nxt)
                or subject_at(notice, nxt.body_start, nxt.end) or "：" in text[nxt.body_start : nxt.end][:32]):
            break
        j += 1
    return j


def _title_unit_items(notice: Notice) -> None:
    """A page titled with one unit's duties (``地方病科工作职责``): each numbered item is one duty
    of that unit (``title_unit``)."""
    head = title_unit(notice)
    if head is None:
        return
    items = title_items(notice)
    if len(items) < 2:
        return
    units = head_units(notice, *head)
    for s, e in items:
        division_clauses(notice, units, s, e, "\n")


def _numbered_duty(notice: Notice, ln: Line) -> bool:
    """A numbered line opening with a duty verb, however short (``（一）负责疫情监测。``)."""
    cues = duty_cues(notice)
    return ln.numbered and notice.text.startswith(cues.duty_verbs, ln.body_start)


def _duty_line(notice: Notice, ln: Line) -> bool:
    """A short paragraph without a comma that opens with a duty verb (``负责组织制定…方案``,
    ``做好市场监督管理、维护市场秩序``): one duty, under the unit named alone above it."""
    text = notice.text
    return (ln.end - ln.body_start >= 10 and "：" not in text[ln.body_start : min(ln.end, ln.body_start + 32)]  # not 牵头领导：某某
            and duty_cues(notice).duty_opening.match(text, ln.body_start, ln.end) is not None)


def _continues_division(prev: Line, ln: Line) -> bool:
    """Is ``ln`` a paragraph of the same division as the unit's paragraph ``prev`` right above
    it (no number of its own, under the same heading)?"""
    return (ln.kind == "para" and not ln.numbered and ln.section == prev.section
            and ln.subsection == prev.subsection)


def _division_paragraph(notice: Notice, ln, head: tuple[int, int], content_start: int, end: int,
                        heads: list[tuple[Org, bool]], seps: str = "。；！？") -> bool:
    """The duties of one unit's paragraph ``text[content_start:end]``; whether it gave any."""
    if content_start >= end or is_unit_list(notice, content_start, end):
        return False  # 成员单位：A、B、C is a list of units, not duties
    lead = len(notice.text[content_start:end]) - len(notice.text[content_start:end].lstrip())
    if notice.claimed(content_start + lead):
        return False  # 扑火组。由A牵头，B参加。: read before (a group's make-up, no duty)
    if notice.lex.memo(_Gaps).duty_label.match(notice.text, content_start + lead, end):
        return False  # 综合协调组。 工作职责：…: read with its label (find_labeled_divisions)
    if _preamble(notice, content_start, end):
        head_units(notice, *head)  # the addressee is a body, its letter no duty of it
        return False  # 各省医保局：为贯彻… is a letter's addressee and its first sentence
    units = _more_specific_subject(notice, head, content_start, end) or head_units(notice, *head)
    if head[1] <= content_start:
        notice.reserved.append((head[0], content_start))  # the head (县公安局职责：) is no sentence of its own
    announced = _announced_in_line(notice, ln, head[0])
    sections = ln.section + ln.subsection + decimal_heading_above(notice, ln)  # 一、 / （一） / 2.3 headings
    if "成员" in sections or mech_members_section(notice, ln) or _members_title(notice) or announced:
        named = announced or "成员" in sections + _title(notice)  # 成员单位职责
        heads.extend((unit, named) for unit in units)
    part = _noted_part(notice, head)
    items = _inline_items(notice.text, content_start, end) or _inline_items(
        notice.text, _own_number_start(ln, content_start), end)
    if items:  # （三）工商部门：1、…。 2、…: one duty per numbered item, its sentences together (split at
        return any([division_clauses(notice, units, s, e, "\n", part) for s, e in items])  # no break inside a line)
    return division_clauses(notice, units, content_start, end, seps, part)


def _own_number_start(ln: Line, content_start: int) -> int:
    """Where the paragraph starts with its line's own number (``1.负责A。 2.负责B。``, a table's cell
    whose numbered duties run on in one line): the line's start when the duties begin right after
    the line's number, else ``content_start``."""
    return ln.start if ln.numbered and content_start == ln.body_start else content_start


_PART_NOTE = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[）)]")


def _noted_part(notice: Notice, head: tuple[int, int]) -> str | None:
    """The role a unit heading's note right after its name gives (``县卫健局（牵头单位）``: lead,
    ``（配合单位）``: support), or None."""
    m = _PART_NOTE.match(notice.text, head[1])
    role = label_role(notice.lex, m.group(1)) if m else None
    return role if role in ("lead", "support") else None


# 1、 / 2. after the item before it (its full stop or semicolon, spaces)
_INLINE_ITEM = re.compile(r"(?:(?<=^)|(?<=[。；]))\s*(\d{1,2})[、.．](?!\d)")


def _inline_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The numbered items run together on one line after a unit's head (``1、A。 2、B。``),
    numbered 1, 2, … in turn, two at least; [] when the text does not open with item 1."""
    marks: list[re.Match[str]] = []
    for m in _INLINE_ITEM.finditer(text[start:end]):
        if int(m.group(1)) == len(marks) + 1 and (marks or not text[start : start + m.start()].strip()):
            marks.append(m)
    if len(marks) < 2:
        return []
    last = _NEXT_SECTION_MARK.search(text, start + marks[-1].end(), end)  # 。 （四）: the next unit's number
    ends = [start + m.start() for m in marks[1:]] + [last.start() if last else end]
    return [(start + m.end(), e) for m, e in zip(marks, ends, strict=True)]


_NEXT_SECTION_MARK = re.compile(rf"\s*{CN_PAREN}\s*$")


# 各组成单位及其职责如下： / 成员单位的主要职责: a phrase announcing the member units' duties
_MEMBERS_ANNOUNCED = re.compile(r"(?:成员|组成)单位(?:及其|的)?(?:主要|工作)?职责")


def _announced_in_line(notice: Notice, ln: Line, head_start: int) -> bool:
    """Does a phrase earlier in the unit's own line announce the member units' duties
    (``…下设办公室。各组成单位及其职责如下：县环保局。负责…``: a page run into one line)?"""
    return _MEMBERS_ANNOUNCED.search(notice.text, ln.start, head_start) is not None


def _members_title(notice: Notice) -> bool:
    """Does the notice's own title name its member units' duties (``X领导小组成员单位职责``,
    ``…成员单位工作职责分工``)? Then every unit of its divisions is a member unit."""
    return _MEMBERS_TITLE.search(_title(notice)) is not None


def _title(notice: Notice) -> str:
    """The notice's title in simplified characters (the document metadata keeps it as written)."""
    return simplified(notice.meta.get("title") or "")


_MEMBERS_TITLE = re.compile("成员单位(?:工作)?(?:职责|分工)")
_DEPARTMENT_END = re.compile("(?:行政)?部门$")


def _more_specific_subject(notice: Notice, head: tuple[int, int], start: int, end: int) -> list[Org]:
    """``政府职责：各县区政府负责…`` / ``卫生部门职责：各级卫生行政部门负责…``: a head naming a
    kind of body whose first sentence names the bodies themselves, in a name that holds the
    head's (政府 in 各县区政府): those bodies hold the paragraph's duties."""
    text = notice.text
    written = _DEPARTMENT_END.sub("", text[head[0] : head[1]])
    hit = subject_at(notice, start, end)
    if hit is None or len(written) < 2:
        return []
    items = hit[0]
    if not all(written in (it.written or text[it.start : it.end]) for it in items):
        return []
    return [org for org in (subject_org_for(notice, it) for it in items) if org is not None]


def division_clauses(notice: Notice, units: list[Org], content_start: int, end: int, seps: str,
                     part: str | None = None) -> bool:
    """One duty of ``units`` per clause of ``text[content_start:end]``; whether it gave any.
    ``part``: the role the units' heading notes (``（牵头单位）``), when a clause states none."""
    text, cues = notice.text, duty_cues(notice)
    if _progress_note(notice, content_start, end, seps):
        return False
    found = False
    for cs, ce in split_clauses(text, content_start, end, seps):
        while ce > cs and text[ce - 1] in "。！？":
            ce -= 1
        m = INLINE_MARK.match(text, cs, ce)
        if m:
            cs = m.end()  # 卫生部：（一）负责…（二）…: the number is no part of the duty
        other = _OTHER_AGENT.search(text, cs, ce)
        if other:
            ce = other.start()  # …，由联合办公室对…进行培训: another body's part, not this unit's
        if cues.staffing_piece.match(text, cs, ce):
            continue  # 副镇长某某任组长，A、B为成员单位: who staffs the group, no duty
        staffing = cues.staffing_after.search(text, cs, ce)
        if staffing:
            ce = staffing.start()  # 负责日常工作，办公室主任由某某兼任: the duty ends before its staffing
        clause = text[cs:ce]
        head = _CLAUSE_HEAD.match(clause)
        if head and (looks_like_org(head.group(1), notice) or org_form(notice, head.group(1))):
            # …；储备物资；中心学校：收集…: the next unit's head, the duties after it that unit's
            units, part = head_units(notice, cs + head.start(1), cs + head.end(1)) or units, None
            cs += head.end()
            clause = text[cs:ce]
        if len(clause) < 4 or _aside(clause) or _SETUP_CLAUSE.match(clause) or _members_list(notice, units, cs, ce):
            continue
        role = clause_role(notice, clause) or part
        notice.duties.append(Duty(span=(cs, ce), orgs=[(org, role) for org in units], source="division"))
        found = True
    return found


def _progress_note(notice: Notice, start: int, end: int, seps: str) -> bool:
    """Does a clause of ``text[start:end]`` close on a state reached (``X：施工围挡已完成；管线迁改
    已完成；土石方工程完成40%``)? Then the unit's text reports its progress, no duty."""
    text, done = notice.text, duty_cues(notice).done_state
    return any(done.search(text[cs:ce].rstrip("。！？ ")) for cs, ce in split_clauses(text, start, end, seps))


_CLAUSE_HEAD = re.compile(r"([\u4e00-\u9fff]{2,10})：")  # a unit's name and a colon opening a clause


# 设在市卫生局，主任由X担任 / 由X任组长 / 由X局某某副局长负责，…: how the body is set up and
# staffed (an official in charge of it), no duty
_SETUP_CLAUSE = re.compile(r"(?:办公室)?设在|(?:主任|组长|负责人)?由[^，。；]{1,30}?(?:担任|兼任|任(?:副?(?:组长|主任)))"
                           r"|由[^，。；]{2,30}?(?:长|主任|书记|同志)负责(?:[，,]|$)")




def _members_list(notice: Notice, units: list[Org], start: int, end: int) -> bool:
    """A clause under the label ``成员单位`` that only lists two or more units
    (``成员单位：省发展改革委、省公安厅…等部门``): who takes part, no duty."""
    labels = notice.lex.cue("member_list_labels")
    if not units or not all(u.name in labels for u in units):
        return False
    listed = without_list_close(notice.text[start:end])  # …等部门: the closing kind, no unit
    if len(listed_units(notice, start, start + len(listed), least=2)) >= 2:
        return True
    # 成员单位：A、B、C…，办公室设在A，…: the list, then the office's seat (read with the office)
    comma = notice.text.find("，", start, end)
    if comma < 0:
        return False
    items = split_items(notice.text, start, comma)
    return len(items) >= _MEMBERS_LEAST and len(unit_list(notice, start, comma)) >= _MEMBERS_SHARE * len(items)


_MEMBERS_LEAST = 3  # items of a member list run on into the office's seat, at the least
_MEMBERS_SHARE = 0.75  # of them units a lexicon knows (6S办, 网格中心: a street office's own names)


def _aside(clause: str) -> bool:
    """A clause that is all in brackets (``（组长：某某，成员：各村支部书记）``, ``（附名单）``): a
    note beside the duties, none of them."""
    if clause[:1] not in "（(" or clause[-1:] not in "）)":
        return False
    depths = paren_depths(clause, 0, len(clause))
    return all(d > 0 for d in depths[1:-1])


# ，由X对…/由X负责…: a clause whose agent is another body
_OTHER_AGENT = re.compile(r"，由[\u4e00-\u9fff（）]{2,24}?(?:对|负责|牵头|承担|组织|统一)")


def mech_members_section(notice: Notice, ln) -> bool:
    """Is the line under a heading about the members (成员单位职责, 各成员单位职责分工), or is
    the whole notice the members' duties (``关于印发《X委员会成员单位职责》的通知``)?"""
    title = notice.meta.get("title") or ""
    return (any(w in ln.section for w in duty_cues(notice).member_section)
            or bool(notice.mechanism and "成员单位" in title and "职责" in title)
            or bool(notice.mechanism and _MEMBERS_HEADING.search(_head_lines(notice))))


def _head_lines(notice: Notice) -> str:
    """The notice's first two lines (a title may run on to a second line:
    ``青山县爱国卫生运动委员会`` / ``各委员部门职责分工``), in simplified characters. Only
    these lines are converted (OpenCC converts each run between spaces and punctuation on
    its own: the same as in the whole text, which cost ~4% of a generated notice's extraction)."""
    return simplified("\n".join(notice.text.lstrip().split("\n", 2)[:2]))


# 各委员部门职责分工, 成员单位的工作职责: a heading naming the members' duties
_MEMBERS_HEADING = re.compile("(?:成员|委员)(?:单位|部门)的?(?:主要|工作)?职责")


def _preamble(notice: Notice, start: int, end: int) -> bool:
    """Does the text after a ``X：`` head open a letter (为贯彻…, 根据…, 你委…) rather than
    list the unit's duties?"""
    text = notice.text
    while start < end and text[start] == " ":
        start += 1
    return text.startswith(tuple(notice.lex.forms.get("preamble", ())), start)
