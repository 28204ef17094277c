"""A mechanism's own remit: what the body a notice sets up does itself, as duties of the
mechanism (``responsible_for`` mechanism -> duty, see docs/graph-model.md).

Two shapes (the rules of ``policykg_duties``, after the units' divisions and the bodies'
``负责…`` sentences have claimed theirs):

* a remit heading, ``一、主要职责`` / ``一、领导小组的主要任务`` / ``二、工作职责``: every
  line below it up to the next heading, each piece between ``。`` and ``；`` one duty;
* a sentence opened by the mechanism's name and a remit word, ``联席会议的主要职责是：A；B``
  / ``领导小组主要职责：`` with numbered items below / ``指挥部的职能为…``.

A heading that names no mechanism is the notice's mechanism's only when the notice has set
it up before the heading; a ``任务`` heading (``主要任务`` is also how a plan lists its own
tasks) only when the notice's title names the mechanism too. Lines under a remit heading
whose subject is a body (``各成员单位要…``) or that another rule has read are left to it."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..layout import Line
from ..lexicon import Lexicon
from ..normalize import split_clauses
from ..notice import Duty, Mechanism, Notice
from ..numbering import MARKER
from .subjects import subject_at

_MARK = rf"(?:{MARKER}|[—－-]、)?\s*"  # a list's numbering, or a dash


class _Cues:
    """The regexes of this module, built from the cue words of ``cues.json`` (one per lexicon)."""

    def __init__(self, lex: Lexicon) -> None:
        words, quals = lex.cue_re("remit_words"), lex.cue_re("remit_qualifiers")
        self.remit = rf"(?:{quals})?(?P<word>{words})(?:(?:和|及|与)?(?:{quals})?(?:{words}))?"
        self.task_words = lex.cue("remit_task_words")
        self.opening = lex.cue_re("remit_openers")
        self.not_duty = re.compile(lex.cue_re("remit_not_duty_words"))
        self.catch_all = re.compile(lex.cue_re("remit_catch_all_words"))  # 完成县政府交办的其他事项
        # 县爱卫会是县政府的议事协调机构，负责…: what the mechanism is, then its charge
        self.designated = re.compile(
            rf"是[^，。；]{{0,24}}?(?:{lex.cue_re('remit_designation_nouns')})[，,](?=(?:{lex.cue_re('charge_verbs')}))")
        # compiled once; the mechanism's names are matched before them by str.startswith
        self.mark = re.compile(_MARK)
        heading = rf"{self.remit}\s*[：:]?\s*$"  # 主要职责： / 领导小组的工作任务
        self.heading, self.heading_after_name = re.compile(heading), re.compile(rf"的?{heading}")
        # 指挥部的主要职责是： / 领导小组职责：
        self.inline_after_name = re.compile(rf"的?{self.remit}(?:(?:{self.opening})[：:，]?|[：:])\s*")


class _Said(NamedTuple):
    """A remit heading or sentence: the mechanism's name it opens with (if any), its remit
    word (职责, 任务 …) and where it ends."""

    who: str | None
    word: str
    end: int


def _cues(notice: Notice) -> _Cues:
    return notice.lex.memo(_Cues)


def _mechanisms(notice: Notice) -> list[tuple[str, Mechanism]]:
    """Every written form of the notice's mechanisms, longest first."""
    mechs = [notice.mechanism, *notice.more_mechanisms] if notice.mechanism else []
    forms = [(f, m) for m in mechs for f in {m.name, *m.aliases, *([m.short] if m.short else [])} if f]
    return sorted(forms, key=lambda fm: -len(fm[0]))


def find_remits(notice: Notice) -> None:
    """The remit of the notice's mechanism(s), under a remit heading or in a sentence its
    name opens: one duty of the mechanism per piece between ``。`` and ``；`` (a numbered
    item's sentences stay one duty, as a numbered task list's item does)."""
    forms = _mechanisms(notice)
    if not forms:
        return
    names = sorted({f for f, _m in forms}, key=lambda w: (-len(w), w))  # as a regex alternation tries them
    by_form = dict(forms)
    owner: Mechanism | None = None  # the mechanism whose remit the lines below belong to
    items_only = False  # the remit is a numbered list: an unnumbered line ends it
    lines = notice.content_lines()
    for k, ln in enumerate(lines):
        line = notice.text[ln.start : ln.end]
        if _signs_off(notice, ln, lines[k + 1 : k + 2]):
            owner = None  # 某某实验小学 / 2018年01月: the signature below the list, no duty
            continue
        h = _remit_heading(notice, line, names)
        if h:
            owner, items_only = _heading_owner(notice, h, by_form, ln.start), False
            continue
        if ln.kind == "heading" or _bare_heading(line) or (items_only and not ln.numbered):
            owner = None
        designated = _designated_remit(notice, names, ln.body_start, ln.end)
        if designated is not None:  # 县爱卫会是县政府的议事协调机构，负责…: what it is, then its remit
            who, start, stop = designated
            _add(notice, by_form[who], start, stop)
        said = _remit_sentence(notice, names, ln.body_start, ln.end)
        if said is not None:
            m, end = said
            if m.end >= ln.end:  # 领导小组主要职责： the numbered items below
                owner, items_only = by_form[m.who or ""], True
                continue
            _add(notice, by_form[m.who or ""], m.end, end)
            owner = None
            continue
        if owner is None or notice.claimed_within(ln.start, ln.end):
            continue
        if subject_at(notice, ln.body_start, ln.end):
            continue  # 各成员单位要…: a body's duty, read by the free-text rules
        if notice.text[ln.body_start : ln.end].rstrip().endswith(("：", ":")):
            continue  # 专班主要履行以下职责：: the lead-in of the items below, no duty
        items_only = items_only or ln.numbered
        _add(notice, owner, ln.body_start, ln.end, "；;" if ln.numbered else "。；;")


_DATED = r"(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?"  # a signature's date (2018年01月)
_SIGNATURE = re.compile(rf"[\u4e00-\u9fff（）()]{{4,30}}(?P<dated>\s*{_DATED})?")
_DATE_LINE = re.compile(rf"\s*{_DATED}\s*")  # the signature's date alone on its line


def _signs_off(notice: Notice, ln: Line, below: list[Line]) -> bool:
    """Is ``ln`` a signature: a name with no punctuation and no number, a date after it on its
    line or alone on the next (``湖滨县第一中学`` / ``2018年3月``)? It closes the notice, it is no duty."""
    m = _SIGNATURE.fullmatch(notice.text[ln.start : ln.end].strip())
    if ln.numbered or m is None:
        return False
    return bool(m.group("dated")) or (len(below) == 1 and _DATE_LINE.fullmatch(notice.text, below[0].start, below[0].end) is not None)


def _after_name(text: str, names: list[str], rx: re.Pattern[str], pos: int, end: int) -> _Said | None:
    """``NAME`` + ``rx`` at ``pos`` (the first name, in ``names``' order, that ``rx`` matches
    after): ``re.match(f"(?P<who>{alternation(names)}){rx}")`` without compiling it."""
    for name in names:
        if text.startswith(name, pos) and pos + len(name) <= end:
            m = rx.match(text, pos + len(name), end)
            if m:
                return _Said(name, m.group("word"), m.end())
    return None


def _remit_heading(notice: Notice, line: str, names: list[str]) -> _Said | None:
    """A remit heading line: a numbering marker, optionally the mechanism's name (and 的), a
    remit word (``三、领导小组主要职责：``, ``（二）工作任务``)."""
    cues = _cues(notice)
    mark = cues.mark.match(line)  # (all of it is optional: it always matches)
    marked = mark.end() if mark else 0
    unmarked = len(line) - len(line.lstrip())
    starts = [marked] if marked == unmarked else [marked, unmarked]  # as the regex backtracks
    for q in starts:
        said = _after_name(line, names, cues.heading_after_name, q, len(line))
        if said:
            return said
        m = cues.heading.match(line, q)
        if m:
            return _Said(None, m.group("word"), m.end())
    return None


def _remit_sentence(notice: Notice, names: list[str], start: int, end: int) -> tuple[_Said, int] | None:
    """A sentence the mechanism's name and a remit word open (``指挥部的主要职责是：…``), at the
    line's start (its remit: the rest of the line) or after a full stop (the rest of its
    sentence); none that another rule has read."""
    text = notice.text
    for p in [start, *(i + 1 for i in range(start, end) if text[i] == "。")]:
        m = _after_name(text, names, _cues(notice).inline_after_name, p, end)
        if m is None:
            continue
        stop = end if p == start else (text.find("。", m.end, end) + 1 or end)
        if not notice.claimed_within(p, stop):
            return m, stop
    return None


def _designated_remit(notice: Notice, names: list[str], start: int, end: int) -> tuple[str, int, int] | None:
    """A line the mechanism's name opens with what the body is, then its charge verb
    (``县爱卫会是县政府的议事协调机构，负责领导…``): the name, where the charge starts and
    where its sentence ends; none that another rule has read."""
    text = notice.text
    for name in names:
        if not text.startswith(name, start):
            continue
        m = _cues(notice).designated.match(text, start + len(name), end)
        stop = (text.find("。", m.end(), end) + 1 or end) if m else end
        if m and not notice.claimed_within(m.end(), stop):
            return name, m.end(), stop
        return None
    return None


def _bare_heading(line: str) -> bool:
    """A short line without punctuation (``组成设定``, ``工作要求``): a heading with no number."""
    return len(line.strip()) <= 12 and not re.search("[，。；：,;:]", line)


def _heading_owner(notice: Notice, m: _Said, by_form: dict[str, Mechanism], start: int) -> Mechanism | None:
    """The mechanism a remit heading is about: the one it names, else the notice's
    mechanism when the notice has set it up above (and, for ``任务``, names it in its title)."""
    if m.who:
        return by_form[m.who]
    mech = notice.mechanism
    if mech is None or mech.span[0] >= start:
        return None
    if m.word in _cues(notice).task_words:
        title = notice.meta.get("title") or notice.text[:200]
        if not any(f in title for f in (mech.name, *mech.aliases)):
            return None
    return mech


def _add(notice: Notice, mech: Mechanism, start: int, end: int, stops: str = "。；;") -> None:
    """One duty of the mechanism per piece of ``text[start:end]`` between the ``stops``,
    but for pieces about how the body is made (``办公室设在X``, ``由X担任``), the closing
    catch-all (``完成县政府交办的其他事项``: whatever superiors ask, no task of its own) and a
    piece the end of a cut text breaks off (``…及州直有关部门贯``)."""
    text = notice.text
    cues = _cues(notice)
    cut = len(text.rstrip()) if not text.rstrip().endswith(_COMPLETE_END) else None
    for cs, ce in split_clauses(text, start, end, stops):
        ce = cs + len(text[cs:ce].rstrip("。 "))  # an item kept whole ends before its full stop
        if (ce - cs >= 4 and not cues.not_duty.search(text, cs, ce) and not cues.catch_all.search(text, cs, ce)
                and ce != cut):
            notice.duties.append(Duty(span=(cs, ce), orgs=[(mech, None)], source="remit"))


_COMPLETE_END = ("。", "；", "！", "？", "”", "）", "…")
