"""Member units written outside a composition sentence: the units that set the mechanism up
together (``A、B、C共同设立X联席会议``, ``由A会同B、C共同组成X``, ``A将会同B、C等2部门，建立X``, ``A、B与C成立X``), the units named right
after the label ``成员单位`` as the subject of a sentence (``联席会议成员单位A、B、C结合…``) and
those named before it (``A、B、C等X领导小组17个成员单位``), and the units whose lines open with them
under a heading naming the members' duties (``X领导小组成员单位职责分工`` / ``省统计局负责…``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..lexicon import Lexicon
from ..normalize import HAN, sentence_at
from ..notice import Notice, OrgFact, Span
from ..numbering import CN_DIGITS, CN_LOOSE, DECIMAL_RUN_ON, cn_value
from ..words import starts_with_verb
from .orgs import ends_like_body, org_at, split_conjoined, split_items, split_run_on, unit_list


class _Cues:
    def __init__(self, lex: Lexicon) -> None:
        setup, partner = lex.cue_re("setup_verbs"), lex.cue_re("partner_verbs")
        self.partner = re.compile(partner)  # 会同: one more unit of the list
        # 第四条 A、B、C（a line may break here）共同设立X / 由A会同B、C共同组成X
        self.founders = re.compile(
            rf"(?:^|(?<=[。；：]))\s*(?:第[一二三四五六七八九十百零〇\d]+条\s*)?由?(?P<list>[^。；：，\n]{{4,200}}?)\n?"
            rf"(?:{lex.cue_re('joint_adverbs')})(?:{setup}|组成)(?P<name>[{HAN}“”]{{2,60}})", re.M)
        # A、B与C成立X: units joined by 与 setting the body up together (not A、B决定成立X: they decide)
        self.founded_with = re.compile(
            rf"(?:^|(?<=[。；：，]))\s*(?P<list>[^。；：，\n]{{4,200}}?与[^。；：，\n]{{2,40}}?)(?:{setup})"
            rf"(?P<name>[{HAN}“”]{{2,60}})", re.M)
        # A印发…，将会同B、C、D3部门，建立X: the unit before 会同 and its partners (counted or not)
        self.partnered = re.compile(
            rf"(?:{partner})(?P<list>[^。；：，\n]{{4,300}}?)(?:等?(?P<count>\d+|[{CN_DIGITS}]+)个?(?:{lex.cue_re('unit_kinds')}))?"
            rf"[，]?\s*(?:{lex.cue_re('joint_adverbs')})?(?:{setup})(?P<name>[{HAN}“”]{{2,60}})")
        # 成立X领导小组，下设办公室，A、B、C等部门参与，明确成员单位职责: the units taking part
        self.participants = re.compile(
            rf"(?:^|(?<=[，。；：]))(?P<list>[^，。；：\n]{{4,200}}?)等(?:{lex.cue_re('unit_kinds')})"
            rf"(?:{lex.cue_re('joint_adverbs')})?(?:{lex.cue_re('participant_verbs')})(?=[，。；])", re.M)
        self.clause_start = re.compile(r"(?:^|(?<=[。；：，\n]))\s*", re.M)
        self.apposed = re.compile(rf"(?:成员|组成)单位(?=[{HAN}])")
        # A、B、C等X领导小组17个成员单位: the units named before the label, the body after 等
        # X领导小组成员单位职责分工 / 二、成员单位的主要职责: a heading naming the member units' duties
        self.members_duties = re.compile(r"(?:成员|组成)单位(?:及其|的|与|和|及)?(?:主要|工作)?职责")
        self.before_label = re.compile(
            rf"(?:^|(?<=[。；：，]))(?P<list>[^。；：，\n]{{4,200}}?)等(?P<owner>[{HAN}]{{2,40}}?)"
            rf"\s*(?:(?:\d+|[{CN_DIGITS}]+)\s*个)?成员单位", re.M)


def _cues(notice: Notice) -> _Cues:
    return notice.lex.memo(_Cues)


def listed_units(notice: Notice, start: int, end: int, *, by_position: bool = True, joined: bool = False,
                 named: Callable[[int, int], bool] | None = None, least: int = 1,
                 overlap: bool = False) -> list[tuple[int, int, str]]:
    """The units (``unit_list``, ``by_position`` as there) of the list ``text[start:end]`` when
    every item is one, else none: the one test whether every item of a list is a unit.

    The items are the list's pieces between its separators (``split_items``); with ``joined``
    also the units a piece joins by 和 or runs together (``split_conjoined``, ``split_run_on``:
    ``A和B``, ``开发区管委会市统计局`` are two items). ``least`` items at the least; ``named``: a
    test every item passes as a body's name too. Each item is one unit spanning it exactly;
    with ``overlap``, each item only holds a unit (``A、B和C等X领导小组成员单位``: a piece ``B和C``
    that ``unit_list`` reads as two units, or a unit it reads inside a longer piece). The
    members named before a label (``find_members_before_label``) keep ``overlap``: read exactly, the
    units a piece joins (``B和C``) would be lost."""
    text = notice.text
    items = split_items(text, start, end)
    if joined:
        items = [piece for a, b in items for c, d in split_conjoined(notice, text, a, b)
                 for piece in split_run_on(notice, c, d)]
    if len(items) < least or (named is not None and not all(named(a, b) for a, b in items)):
        return []
    units = unit_list(notice, start, end, by_position=by_position)
    if overlap:
        whole = all(any(a < e and s < b for s, e, _w in units) for a, b in items)
    else:
        whole = len(units) == len(items) and all((a, b) == (s, e) for (a, b), (s, e, _w) in zip(items, units, strict=True))
    return units if whole else []


def _units(notice: Notice, start: int, end: int) -> list[str] | None:
    """The units of ``A、B会同C`` when every item is a body's name, else None."""
    text = notice.text
    cuts = [start] + [p for m in _cues(notice).partner.finditer(text, start, end) for p in (m.start(), m.end())] + [end]
    out: list[str] = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        items = listed_units(notice, a, b, by_position=False, named=lambda s, e: org_at(notice, text, s, e) == e)
        if not items:
            return None
        out += [w for _s, _e, w in items]
    return out


def _add(notice: Notice, units: list[str], span: Span) -> None:
    mech = notice.mechanism
    assert mech is not None
    for org in notice.table.add_list(units):
        notice.facts.append(OrgFact(org, "member_unit_of", mech, span))


def _matches(notice: Notice, rx: re.Pattern[str]) -> Iterator[tuple[re.Match[str], list[str]]]:
    """Each match of ``rx`` in the text with the mechanism's written forms; none without a mechanism."""
    if notice.mechanism is None:
        return
    words = notice.mechanism.forms()
    for m in rx.finditer(notice.text):
        yield m, words


def find_founders(notice: Notice) -> None:
    """``A、B、C共同设立X`` or ``A、B与C成立X`` (every item a unit ending like a body) where X is
    the mechanism: its founders are its member units."""
    text = notice.text
    for m, words in _matches(notice, _cues(notice).founders):
        name = m.group("name").strip("“”")
        if not any(name.startswith(w) for w in words):
            continue
        units = _units(notice, m.start("list"), m.end("list"))
        if units and len(units) >= 2:
            _add(notice, units, sentence_at(text, m.start("name")))
    for m, words in _matches(notice, _cues(notice).founded_with):
        name = m.group("name").strip("“”")
        if not any(name.startswith(w) or name.endswith(w) for w in words):
            continue  # (a mechanism named by its bare ending, 领导小组, is the X领导小组 they set up)
        joined = listed_units(notice, m.start("list"), m.end("list"), by_position=False, joined=True, least=2,
                              named=lambda s, e: ends_like_body(notice, text[s:e]))  # not 市教育局决定
        if joined:
            _add(notice, [w for _s, _e, w in joined], sentence_at(text, m.start("name")))


def find_partnered_founders(notice: Notice) -> None:
    """``A印发《…》，将会同B、C、D3部门，建立X`` where X is the mechanism: A, the unit that opens
    a clause of the sentence before ``会同``, and its partners, every one a unit (as many as the
    count says, when it is written), are its member units."""
    text = notice.text
    for m, words in _matches(notice, _cues(notice).partnered):
        if not any(m.group("name").strip("“”").startswith(w) for w in words):
            continue
        partners = _whole_units(notice, m.start("list"), m.end("list"))
        if len(partners) < 2 or (m.group("count") and cn_value(m.group("count")) != len(partners)):
            continue
        sent = sentence_at(text, m.start())
        lead = _clause_opening_unit(notice, sent[0], m.start())
        if lead is not None:
            _add(notice, [lead, *partners], sent)


def find_participants(notice: Notice) -> None:
    """``成立X领导小组，下设办公室，A、B、C等部门参与，明确成员单位职责``: the units taking part,
    every one a unit, in the sentence that sets up the mechanism (its name before them) and
    calls them its members (``成员`` after them)."""
    text = notice.text
    for m, words in _matches(notice, _cues(notice).participants):
        sent = sentence_at(text, m.start())
        before, after = text[sent[0] : m.start()], text[m.end() : sent[1]]
        if "成员" not in after or not any(w in before for w in words):
            continue
        units = _whole_units(notice, m.start("list"), m.end("list"))
        if len(units) >= 2:
            _add(notice, units, sent)


def _whole_units(notice: Notice, start: int, end: int, by_position: bool = True) -> list[str]:
    """The units of the list ``text[start:end]`` when every item is one, else none
    (``by_position``: see ``unit_list``)."""
    return [w for _s, _e, w in listed_units(notice, start, end, by_position=by_position)]


_LONGEST_OPENING_UNIT = 16  # characters


def _clause_opening_unit(notice: Notice, start: int, end: int) -> str | None:
    """The last unit that opens a clause of ``text[start:end]`` (``近日，教育部印发…，将``: 教育部)."""
    found = None
    for m in _cues(notice).clause_start.finditer(notice.text, start, end):
        for k in range(min(_LONGEST_OPENING_UNIT, end - m.end()), 1, -1):
            name = notice.text[m.end() : m.end() + k]
            if ends_like_body(notice, name) and _whole_units(notice, m.end(), m.end() + k, by_position=False):
                found = name
                break
    return found


def find_apposed_members(notice: Notice) -> None:
    """``联席会议成员单位A、B、C结合…``: two or more units right after the label, every one a
    body's name, in a sentence about the mechanism (its name before the label)."""
    text = notice.text
    for m, words in _matches(notice, _cues(notice).apposed):
        if not any(text.endswith(w, 0, m.start()) for w in words):
            continue
        names, p = [], m.end()
        while (end := org_at(notice, text, p, min(len(text), p + 40))) is not None:
            names.append(text[p:end])
            end += next((len(w) for w in notice.lex.cue("organ_suffixes") if text.startswith(w, end)), 0)
            if text[end : end + 1] != "、":  # 区纪委监委机关: the body's organs, the body
                break
            p = end + 1
        if len(names) >= 2:
            _add(notice, names, sentence_at(text, m.start()))


def find_members_before_label(notice: Notice) -> None:
    """``A、B、C等X领导小组17个成员单位的负责同志参加会议``: two or more units named before ``等``
    and the label, every item a unit, when the body after ``等`` is the mechanism (a report
    naming some of its members)."""
    text = notice.text
    for m, words in _matches(notice, _cues(notice).before_label):
        owner = m.group("owner")
        if not any(owner.endswith(w) or w.endswith(owner) for w in words):
            continue  # 等布病防控成员单位: a body the notice does not set up or name
        if any(ch in owner for ch in notice.lex.cue("not_in_name_chars")):
            continue  # 等部门负责人为领导小组成员单位联络员: a clause, the units' people
        units = listed_units(notice, m.start("list"), m.end("list"), overlap=True)
        if len(units) >= 2:
            _add(notice, [w for _s, _e, w in units], sentence_at(text, m.start()))  # every piece a unit


_LEAST_DUTY_LINES = 3  # a division of the members' duties, not one sentence naming a unit
_LONGEST_LINE_SUBJECT = 40  # characters of the units before 负责


def find_duty_line_members(notice: Notice) -> None:
    """``X领导小组成员单位职责分工`` (a line naming the mechanism and its member units' duties), then
    lines each opening with its units before ``负责`` (``省统计局负责…``, ``省委宣传部、省广电局负责…``):
    the units of the first run of three or more such lines, one after another, are the members."""
    mech = notice.mechanism
    if mech is None:
        return
    text, words = notice.text, mech.forms()
    lines = [ln for ln in notice.lines if ln.kind != "noise"]
    heading = next((k for k, ln in enumerate(lines) if _cues(notice).members_duties.search(text, ln.body_start, ln.end)
                    and (any(w in ln.text for w in words) or _bare_members_heading(notice, ln.body_start, ln.end))),
                   None)
    if heading is None:
        return
    words_before = ("负责",) if _has_roster_lines(notice) else ("负责", "：", ":")
    run: list[tuple[list[str], Span]] = []
    for ln in lines[heading + 1 :]:
        units = _duty_line_units(notice, ln.body_start, ln.end, words_before) or _unit_at_work(notice, ln.body_start, ln.end)
        if units:
            run.append((units, (ln.start, ln.end)))
            continue
        if len(run) >= _LEAST_DUTY_LINES:
            break
        run = []
    if len(run) >= _LEAST_DUTY_LINES:
        for units, span in run:
            _add(notice, units, span)


_BARE_MEMBERS_HEADING = re.compile(rf"\s*(?:{DECIMAL_RUN_ON}|{CN_LOOSE})\s*(?:各)?成员单位(?:主要|工作)?职责(?:分工)?\s*$")


def _bare_members_heading(notice: Notice, start: int, end: int) -> bool:
    """``2.1.4成员单位职责``: a plan's numbered heading that is the members' duties label alone (the
    body whose members they are is the notice's)."""
    return _BARE_MEMBERS_HEADING.match(notice.text[start:end]) is not None or (
        _BARE_MEMBERS_HEADING.match(notice.text[max(0, start - 12) : end].rsplit("\n", 1)[-1]) is not None)


def _unit_at_work(notice: Notice, start: int, end: int) -> list[str]:
    """``省工商局依法开展…``: a line opening with one known unit (no body of its own after it) and
    its work, else none."""
    text = notice.text
    k = org_at(notice, text, start, min(end, start + _LONGEST_LINE_SUBJECT))
    if k is None and not starts_with_verb(text[start : start + 4]):  # 省工商局: a body's form, its shortest such opening
        k = next((p for p in range(start + 3, min(end, start + _LONGEST_OPENING_UNIT))
                  if ends_like_body(notice, text[start:p]) and _whole_units(notice, start, p, by_position=False)), None)
    if k is None or end - k < _LEAST_WORK or not re.match(f"[{HAN}]", text[k]):
        return []
    if any(ends_like_body(notice, text[k : k + n]) for n in range(2, 7)):
        return []  # 县卫生局疾控中心…: a body of the unit's, no work
    return [] if org_at(notice, text, k, end) is not None and not starts_with_verb(text[k : k + 4]) else [text[start:k]]


_LEAST_WORK = 8  # characters of a unit's duty after its name


def _has_roster_lines(notice: Notice) -> bool:
    """Does a line open with a roster's label and a colon (``组  长：某某``, ``成员：…``)? Then the
    roster names the members, not a division whose lines open ``县财政局：…``."""
    for ln in notice.lines:
        head = re.sub(r"[ \t\u3000]", "", ln.text[:16])
        m = notice.lex.role_re.match(head)
        if m and head[m.end() : m.end() + 1] in ("：", ":"):
            return True
    return False


def _duty_line_units(notice: Notice, start: int, end: int, words: tuple[str, ...] = ("负责",)) -> list[str]:
    """The units opening ``text[start:end]`` right before the first of ``words`` that follows them
    (``省统计局负责…``, with a colon ``市交通局：做好…``; every item a unit), else none."""
    stop = min(end, start + _LONGEST_LINE_SUBJECT)
    for word in words:
        k = notice.text.find(word, start, stop)
        if k > start and (units := _whole_units(notice, start, k)):
            return units
    return []
