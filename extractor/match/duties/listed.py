"""A body's duties listed after a lead-in (``X应当履行下列职责：（一）…；（二）…``), run
together on its line or numbered on the lines below."""

from __future__ import annotations

import re

from ...layout import Line
from ...lexicon import Lexicon, alternation
from ...notice import Duty, Notice
from ...numbering import ARABIC, ARABIC_PAREN, CN_DIGITS, CN_PAREN, MARK_DIGITS, cn_value
from ...resolve import Org
from ..orgs import looks_like_org, org_at
from ..subjects import requested_at, subject_at, subject_cues
from .bodies import opens_with_class, subject_org_for
from .clauses import clause_end, clause_starts
from .cues import clause_role, duty_cues, in_procedure
from .free_text import area_subject_at
from .remit_labels import label_unit

# 一)加强…: a copy that lost the item's opening bracket (the next items keep theirs: （二）…)
_HALF_PAREN = rf"[{CN_DIGITS}]{{1,3}}[）)]"
_ITEM_MARK = re.compile(rf"{CN_PAREN}|{ARABIC_PAREN}|{ARABIC}(?=[\u4e00-\u9fff])|{_HALF_PAREN}(?=[\u4e00-\u9fff])")
_HALF_PAREN_LINE = re.compile(rf"\s*({_HALF_PAREN})(?=[\u4e00-\u9fff])")


def find_listed_duties(notice: Notice) -> None:
    """``市爱卫办应当履行下列职责：（一）…；（二）…`` (the items after the colon on the same line,
    run together) or the numbered lines below the lead-in: each item is a duty of the lead-in's
    subject (a body, not the mechanism's remit: that is ``remit.py``'s), or of the bodies named
    right before a label that closes its line (``A、B的职责是：``, ``_label_owners``)."""
    text = notice.text
    lines = notice.content_lines()
    listed = duty_cues(notice).listed
    for i, ln in enumerate(lines):
        if ln.kind == "heading" or in_procedure(notice, ln.section):
            continue
        m = listed.search(text, ln.body_start, ln.end)
        if m is None or notice.claimed_within(ln.body_start, m.end()):
            continue
        owners = _list_owners(notice, ln, m)
        if owners is None or not owners[1]:
            continue
        lead_in, orgs = owners
        items = _inline_items(notice, m.end(), ln.end) if text[m.end() : ln.end].strip() else _item_lines(lines, i, listed)
        below = _item_lines(lines, i, listed) if items and items[0][1][1] <= ln.end else []
        if below and items[-1][0] is not None and below[0][0] == items[-1][0] + 1:
            items += below  # …建设：（一）A。 with （二）B … on the lines below: one list
        for item, (s, e) in items:
            if e - s < 4:
                continue  # （一）进: an item the end of the page cuts, no duty to read
            doers = _item_doers(notice, s, e, orgs)
            if doers:
                notice.duties.append(Duty(span=(s, e), orgs=[(org, clause_role(notice, text[s:e])) for org in doers],
                                          item=item, source="listed"))
        if items:  # the lead-in clause is no duty of its own (what comes before it may be)
            head = _head_remit(notice, lead_in, m.start())
            if head is not None:
                notice.duties.append(Duty(span=head, orgs=[(org, None) for org in orgs], source="listed"))
            notice.reserved.append((lead_in, m.end()))


def _list_owners(notice: Notice, ln: Line, m: re.Match[str]) -> tuple[int, list[Org]] | None:
    """Who owns the items after the list's label ``m`` on ``ln``, and where the lead-in clause
    (no duty of its own) starts: the bodies right before a label closing its line (``A、B的职责是：``),
    else the lead-in's subject (``X应当履行下列职责：``), also the previous sentence's when a pronoun
    alone stands before the label (``。他们的主要职责是：``); None when nobody is named."""
    text = notice.text
    sentence = max(text.rfind(ch, ln.body_start, m.start()) for ch in "。；：") + 1
    lead = _pronoun_lead_in(notice, max(sentence, ln.body_start), m.start())  # 。他们的主要职责是：
    cue = m.start() if lead is None else lead
    if lead is not None:
        sentence = max(text.rfind(ch, ln.body_start, lead) for ch in "。；：") + 1
    first = max(sentence, ln.body_start)
    starts = [p for p in clause_starts(text, first, cue) if p < cue and not _in_brackets(text, first, p)]
    owned = _label_owners(notice, max(sentence, ln.body_start), m.start()) if text.startswith("的", m.start()) else None
    if owned is None:  # X应当履行下列职责：: the lead-in's subject
        found = next(((q, h) for p in reversed(starts) if (hq := _subject_or_asked(notice, p, ln.body_start, m.start(), m.end())) is not None
                      for q, h in [hq]), None)
        if found is None:
            return None
        owned = found[0], [org for org in (subject_org_for(notice, it) for it in found[1][0]) if org is not None]
    start, orgs = owned
    if lead is not None:
        return lead, orgs
    return max((p for p in [start, *starts] if p <= m.start()), default=start), orgs


def _head_remit(notice: Notice, lead_in: int, label: int) -> tuple[int, int] | None:
    """The remit that heads a list's lead-in sentence before a comma (``X负责本行政区域的Y工作，
    履行下列职责：`` / ``X主管本辖区的Y工作，履行以下职责：``): its span from the subject to the comma,
    a duty of the list's owners; None when the clause before the comma is no remit of the subject
    (``X在Y的领导下，履行下列职责：`` / ``X依照…的规定，履行…``) or no comma parts them; also before a
    label that points back (``X负责本辖区的日常工作，其职责是：``)."""
    text = notice.text
    comma = max(text.rfind(ch, lead_in, label) for ch in "，,")
    if comma <= lead_in:
        return None
    hit = subject_at(notice, lead_in, comma) or area_subject_at(notice, lead_in, comma)
    if hit is None or not notice.lex.memo(_head_verb_re).match(text, hit[1], comma):
        return None
    return lead_in, comma


def _head_verb_re(lex: Lexicon) -> re.Pattern[str]:
    """A remit's verb right after the subject of a list's lead-in (``charge_verbs`` and
    ``list_head_verbs``)."""
    verbs = alternation([*lex.cue("charge_verbs"), *lex.cue("list_head_verbs")])
    return re.compile(rf"(?:{verbs})(?=[\u4e00-\u9fff])")


def _in_brackets(text: str, start: int, p: int) -> bool:
    """Is ``p`` inside a bracket opened after ``start`` (``卫生（含血防，|下同）主管部门``: no clause starts there)?"""
    part = text[start:p]
    return part.count("（") + part.count("(") > part.count("）") + part.count(")")


def _item_doers(notice: Notice, start: int, end: int, owners: list[Org]) -> list[Org]:
    """Who does a listed item: the bodies of the item's own subject when it opens with one
    (``宣传、教育部门的职责：`` / ``（一）广播、电视等媒体应…``: the media, not the heading's
    departments), else the list's owners."""
    hit = subject_at(notice, start, end)
    if hit is None:
        return [] if opens_with_class(notice, start, end) else owners
    return [org for org in (subject_org_for(notice, it) for it in hit[0]) if org is not None]


def _pronoun_lead_in(notice: Notice, sentence: int, label: int) -> int | None:
    """When the sentence of a list's label is a pronoun alone before it (``。他们的主要职责是：``):
    where that sentence starts (its ``。`` ends the sentence whose subject owns the items); else None."""
    text = notice.text
    words = text[sentence:label].removesuffix("的").strip()
    if sentence == 0 or text[sentence - 1] != "。" or words not in notice.lex.cue("owner_pronouns"):
        return None
    return sentence - 1


def _label_owners(notice: Notice, start: int, label: int) -> tuple[int, list[Org]] | None:
    """``A、B的职责是：`` with the items on the lines below: where the bodies named right before the
    label start, and those bodies (each a known body's name, joined by 、/和/及), after a qualifier
    ending in 的 (``流动人口现居住地的A、B``) or an article's number (``第八条 A``) when there is one;
    None when the label follows no such list."""
    text = notice.text
    for s in [start, *(i + 1 for i in range(start, label) if text[i] in _OWNER_BREAKS)]:
        orgs: list[Org] = []
        pos = s
        for name in _JOINED.split(text[s:label]):
            end = pos + len(name)
            named = org_at(notice, text, pos, end) == end or looks_like_org(name, notice)
            org = label_unit(notice, name) if len(name) >= 2 and "的" not in name and named else None
            if org is None:
                break
            orgs.append(org)
            pos = end + 1
        else:
            return s, orgs
    return None


_JOINED = re.compile("[、和及]")
_OWNER_BREAKS = "的条 ，"


def _subject_or_asked(notice: Notice, p: int, line_start: int, cue: int, end: int) -> tuple[int, tuple] | None:
    """Where the lead-in's subject starts and the subject read there: the clause's own subject,
    else the body a request asks in the clause of the list's cue at ``cue``
    (``…，并要求|各级X重点做好以下几方面工作：``)."""
    hit = subject_at(notice, p, end) or area_subject_at(notice, p, end)  # 血防地区|县级以上…部门
    if hit is not None:
        return p, hit
    if clause_end(notice.text, p, end) < cue:
        return None  # 请X要高度重视，督促Y做好以下工作：: the body asked is not who does the items
    asked = requested_at(notice, p, end, line_start=line_start)
    if asked is None:  # 会议要求各级X… / …，并要求各级X…: the lead-in's own clause asks the body
        request = subject_cues(notice).request_after.search(notice.text, p, clause_end(notice.text, p, end))
        asked = request.end() if request else None
    if asked is not None and (hit := subject_at(notice, asked, end, asked=True)) is not None:
        return asked, hit
    return None


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


def _item_lines(lines: list[Line], i: int, listed: re.Pattern[str]) -> list[tuple[int | None, tuple[int, int]]]:
    """The numbered lines right below the lead-in line ``lines[i]`` (one duty each); a short
    paragraph between two items (a note on the item before it) is passed over when the next
    item goes on with the list's numbering in the same marks (``（二）…`` / a note / ``（三）…``)."""
    out: list[tuple[int | None, tuple[int, int]]] = []
    k = i + 1
    while k < len(lines):
        ln = lines[k]
        half = _HALF_PAREN_LINE.match(ln.text) if k == i + 1 and not ln.numbered else None
        if (not ln.numbered and half is None) or ln.kind == "heading" or listed.search(ln.text):
            k = _next_item_after_note(lines, k, out)
            if k < 0:
                break
            continue
        if ln.text.rstrip().endswith(("：", ":")) and k + 1 < len(lines) and lines[k + 1].numbered:
            k += 1  # 三、加大检查力度：| 1、…: an item leading into its own numbered items, which are the duties
            continue
        start = ln.start + half.end() if half else ln.body_start
        e = ln.end
        while e > start and ln.text[e - ln.start - 1] in "，,；;。 ":
            e -= 1
        number = _mark_number(half.group(1)) if half else ln.number or _mark_number(ln.text[: ln.body_start - ln.start])
        out.append((number, (start, e)))
        k += 1
    return out


_NOTE_LINES = 3  # the most paragraph lines read as a note between two items of one list


def _next_item_after_note(lines: list[Line], k: int, items: list[tuple[int | None, tuple[int, int]]]) -> int:
    """The index of the item going on with ``items`` after the paragraph lines from ``lines[k]``
    (at most ``_NOTE_LINES`` of them, none numbered), or -1 when the list ends at ``lines[k]``."""
    if not items or items[-1][0] is None:
        return -1
    last = lines[k - 1]
    for j in range(k, min(len(lines), k + _NOTE_LINES + 1)):
        ln = lines[j]
        if ln.kind == "heading" or (ln.numbered and j == k):
            return -1
        if ln.numbered:
            same_marks = _mark_shape(ln.text[: ln.body_start - ln.start]) == _mark_shape(last.text[: last.body_start - last.start])
            follows = (ln.number or _mark_number(ln.text[: ln.body_start - ln.start])) == items[-1][0] + 1
            return j if same_marks and follows else -1
    return -1


def _mark_shape(mark: str) -> str:
    """An item mark with its number left out (（四） -> （）, 3. -> .): marks of one list share it."""
    return re.sub(rf"[\d{MARK_DIGITS}\s]", "", mark)


def _mark_number(mark: str) -> int | None:
    """The number of an item mark: （五） -> 5, （十一） -> 11, 3. -> 3."""
    digits = re.sub(rf"[^\d{MARK_DIGITS}]", "", mark)
    return int(digits) if digits.isdigit() else cn_value(digits)
