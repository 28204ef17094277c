"""The unit heading a duty paragraph: ``单位：``, ``单位职责：``, a unit alone on its line,
heads inside a run-on line, a table flattened into task and unit lines."""

from __future__ import annotations

import re

from ...layout import Line
from ...lexicon import Lexicon
from ...notice import Notice
from ...numbering import CHAPTER, CN_PAREN, MARKER, RUN_ON_SECTION
from ...words import starts_with_verb
from ..orgs import looks_like_org, org_at, split_items, without_list_close
from ..subjects import not_a_stem, subject_cues
from .bodies import generic_stem, levels_body, org_form, shared_tail, unit_heads, unlisted_head
from .cues import duty_cues


def units_after_tasks(notice: Notice, lines: list) -> tuple[dict[int, tuple[int, int]], set[int]]:
    """A table flattened into lines with the task cell first: ``task / unit / task / unit``
    (a run of paragraphs and unit names that starts with a task and ends with a unit). Each
    task's unit is the line after it. Returns {task line: unit span} and the unit lines."""
    text = notice.text
    shape = []
    for ln in lines:
        if ln.kind == "para" and ln.body_start == ln.start and alone_unit(notice, ln):
            shape.append("A")
        elif ln.kind == "para" and ln.body_start == ln.start and paragraph_like(text[ln.body_start : ln.end]):
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
PERSON_LINE = re.compile(r"[\u4e00-\u9fff·]{2,4} ?[（(][^（）()]{2,30}[）)]")


def alone_span(notice: Notice, ln: Line) -> tuple[int, int]:
    """The name on a line that holds only a unit's name, without a closing full stop (``1.农业部门。``)
    or what a heading writes after the name (``县卫健局主要职责``, ``宣传组（由A、B组成）``: ``head_tail``)."""
    span = name_span(notice, ln)
    if span != (ln.body_start, ln.end):
        return span
    end = ln.end - 1 if notice.text[ln.end - 1 : ln.end] == "。" and ln.end - 1 > ln.body_start else ln.end
    return ln.body_start, end


# 职责 / 主要职责 / 的工作职责 / 职责分工, or a note on the unit's make-up or part (（由A、B组成）,
# （A牵头）, （牵头单位）),
# then a colon or a full stop, at the end of a heading line, or a lead-in to its list (负责： / 要： /
# 的职责是： / 主要职责包括：): the unit's name is before it (not 指挥体系及职责: a heading on a body and
# its duties)
def _head_tail_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?:(?<![及和与])的?(?:(?:主要|工作|具体)?职责(?:分工)?|{lex.cue_re('unit_heading_duty_nouns')})|[（(](?:由[^（）()]{{2,40}}?(?:组成|牵头|负责)|[^（）()]{{2,30}}?牵头"
                      rf"|(?:{lex.cue_re('lead_words')}|{lex.cue_re('support_verbs')}|责任)?(?:单位|部门))[）)])[：:。]?$"
                      rf"|(?:(?<![及和与])的?(?:主要|工作|具体)?职责(?:是|为|包括|主要有|如下)|{lex.cue_re('unit_heading_lead_ins')})[：:]$")


def head_tail(notice: Notice, ln: Line) -> int:
    """Where a unit's name ends on a heading line that writes its duties' label or its make-up
    after it (``（一）县卫健局职责``, ``县教育局主要职责：``, ``（二）宣传组（由A、B组成）``); the
    line's end when it writes neither, or the name would be a mechanism's (``领导小组职责``: its remit)."""
    start = _name_start(notice, ln)
    m = notice.lex.memo(_head_tail_re).search(notice.text, start, ln.end)
    if m is None or m.start() - start < 2:
        return ln.end
    name = notice.text[start : m.start()]
    bare = name.removeprefix("各")
    if (name.endswith(tuple(notice.lex.bodies["mechanism_suffixes"])) or bare in notice.lex.cue("bare_group_words")
            or bare in notice.lex.bodies["office_words"]):
        return ln.end  # 工作组职责分工, 办公室职责: no one body's name
    return m.start()


# 第二十条 市教育局职责: an article's number before the unit heading the duties below
_ARTICLE_NUMBER = re.compile(rf"{CHAPTER}条\s*")


def _name_start(notice: Notice, ln: Line) -> int:
    """Where a heading line's unit name starts: after its numbering, and after an article's
    number (``第二十条 市教育局职责``)."""
    m = _ARTICLE_NUMBER.match(notice.text, ln.body_start, ln.end)
    return m.end() if m else ln.body_start


def _known_body(notice: Notice, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name a body a lexicon or the notice knows?"""
    return org_at(notice, notice.text, start, end) == end or bool(notice.table.find(notice.text[start:end]))


def name_span(notice: Notice, ln: Line) -> tuple[int, int]:
    """The span of a heading line's unit name: without what ``head_tail`` finds after it, and
    without the brackets a page sets it in (``【县卫健局】``)."""
    start, end = _name_start(notice, ln), head_tail(notice, ln)
    if start > ln.body_start and (end == ln.end or not _known_body(notice, start, end)):
        return ln.body_start, ln.end  # 第三条 X应…: an article, no heading of a known unit (县合管委的职责: its remit)
    if notice.text[start : start + 1] in "【[" and notice.text[end - 1 : end] in "】]" and end - start > 3:
        return start + 1, end - 1
    return start, end


def alone_unit(notice: Notice, ln) -> bool:
    """Is a line's whole text a unit's name (a unit heading the paragraph below it)?"""
    if ln.numbered and generic_stem(notice, notice.text[slice(*alone_span(notice, ln))]):
        return True  # 1.农业部门。: a department written by its kind, its numbered duties below
    start, end = name_span(notice, ln)
    whole = notice.text[start:end]
    if len(whole) > 30 or not looks_like_org(whole, notice):
        return False
    if notice.lex.institutions.get(whole, {}).get("kind") == "各部门":  # 成员单位
        return False
    if whole.endswith(("单位", "部门")) and not_a_stem(notice, whole[:-2]):  # 责任单位, 牵头部门: a column label
        return False
    if org_at(notice, notice.text, start, end) == end or notice.table.find(whole):
        return True
    if ln.numbered and re.fullmatch(r"[\u4e00-\u9fff]{2,10}组", whole) and not subject_cues(notice).bare_bad.search(whole):
        return True  # （二）综合协调组: a working group of the body, its duties below
    # 住房和城乡建设委员会, 卫生和计生局 alone on a line (or after （十一）): a name no lexicon lists, by its form
    return (ln.kind == "para" and bool(re.fullmatch(r"[\u4e00-\u9fff（）]{3,20}", whole))
            and org_form(notice, whole) and not subject_cues(notice).bare_bad.search(whole.replace("和", ""))
            and not starts_with_verb(whole))


def numbered_unit(notice: Notice, ln: Line) -> bool:
    """Is a numbered line's whole text, its closing full stop dropped, a unit's name by its form
    (``（5）县水文站。``, ``2. 人事处``: no lexicon lists it)? It heads the duties below it when
    they open with a duty verb (``负责…``). Not when the notice also writes the body as a
    department (``市水文局`` and ``市水文部门``): a name no lexicon lists would make it two bodies."""
    if not ln.numbered:
        return False
    whole = notice.text[slice(*alone_span(notice, ln))]
    return (bool(re.fullmatch(r"[\u4e00-\u9fff（）]{3,20}", whole)) and org_form(notice, whole)
            and not subject_cues(notice).bare_bad.search(whole) and not starts_with_verb(whole)
            and whole[:-1] + "部门" not in notice.text)


_BEFORE_HEAD = frozenset(" .·•●")


def run_on_heads(notice: Notice, start: int, end: int) -> list[tuple[tuple[int, int], int, int]]:
    """Unit heads inside a run-on line, after a full stop: ``…。 教育局：负责…``
    -> [(head span, where its duties start, where they end)]."""
    text = notice.text
    found: list[tuple[tuple[int, int], int, bool]] = []
    p = text.find("。", start, end)
    while p >= 0:
        q = p + 1
        while q < end and text[q] in _BEFORE_HEAD:  # 。 .县环保局：: spaces, a bullet a copy kept as a dot
            q += 1
        hit = (_marked_head(notice, q, end) or _colon_head(notice, q, end, strict=True) or _head_after_heading(notice, q, end)
               or _period_head(notice, q, end))
        if hit is not None:
            found.append((*hit, True))
        else:  # 农业部：根据…: a body's name by its form, kept if the line holds other heads
            colon = text.find("：", q, min(end, q + 20))
            if colon > q and unlisted_head(notice, text[q:colon]):
                found.append(((q, colon), colon + 1, False))
        p = text.find("。", q, end)
    found += [(*hit, True) for hit in _period_heads_after_colons(notice, start, end)]
    found += [hit for hit in _space_heads(notice, start, end) if hit[0][0] not in {f[0][0] for f in found}]
    found.sort(key=lambda f: f[0][0])
    if not any(sure for _h, _c, sure in found):
        return []
    return [(h, cs, _before_section(text, cs, found[k + 1][0][0] if k + 1 < len(found) else end))
            for k, (h, cs, _s) in enumerate(found)]


# 新闻报道 安监所：收集…: a space after a word (no full stop), then a short name and its colon
_SPACE_HEAD = re.compile(r"(?<=[\u4e00-\u9fff）)]) +(?P<name>[\u4e00-\u9fff（）]{2,12})：")
# 成员单位的主要职责 镇党政办：: the division's heading, run on before its first unit
_DIVISION_HEADING_END = re.compile(r"职责(?:分工)?$")


def _space_heads(notice: Notice, start: int, end: int) -> list[tuple[tuple[int, int], int, bool]]:
    """Unit heads inside a run-on line after a space, where a copy lost the full stop or the
    line break before them (``镇党政办：发布…报道 安监所：收集…``): a body's name (by a lexicon
    or its form) whose duties open with a verb. Sure right after the division's heading
    (``…的主要职责 镇党政办：``); otherwise ``run_on_heads`` keeps them only on a line that
    holds sure heads."""
    text = notice.text
    out: list[tuple[tuple[int, int], int, bool]] = []
    for m in _SPACE_HEAD.finditer(text, start, end):
        a, colon = m.span("name")
        written = m.group("name")
        named = org_at(notice, text, a, colon) == colon or unlisted_head(notice, written)
        if named and not starts_with_verb(written) and starts_with_verb(text[colon + 1 : colon + 6]):
            out.append(((a, colon), colon + 1, bool(_DIVISION_HEADING_END.search(text, start, m.start()))))
    return out


def _before_section(text: str, start: int, end: int) -> int:
    """Where a unit's duties in a run-on line end: at the next section's numbered heading, or ``end``."""
    m = RUN_ON_SECTION.search(text, start, end)
    return m.start() if m else end


# （三）工商部门：1、… : a unit's section number, its name, then its first numbered duty
_MARKED_HEAD = re.compile(rf"(?:{CN_PAREN})\s*(?P<name>[^：:。；，、\s]{{2,16}})[：:]\s*(?=1[、.．])")


def _marked_head(notice: Notice, s: int, end: int) -> tuple[tuple[int, int], int] | None:
    """``…。 （三）工商部门：1、…。 2、…`` inside a run-on line: a unit (a department type, or
    a name of a body's form) after its section number, its numbered duties after the colon."""
    m = _MARKED_HEAD.match(notice.text, s, end)
    if m is None:
        return None
    written = m.group("name")
    if generic_stem(notice, written) or (unlisted_head(notice, written) and not starts_with_verb(written)):
        return (m.start("name"), m.end("name")), m.end()
    return None


def duty_verb_at(notice: Notice, at: int) -> bool:
    """Does a duty verb open the text at ``at`` (``负责…``, ``组织…``, ``配合…``: a unit's duties)?"""
    return notice.text.startswith(duty_cues(notice).duty_verbs, at)


def _period_head(notice: Notice, s: int, end: int) -> tuple[tuple[int, int], int] | None:
    """``县环保局。负责…``: inside a run-on line, a unit (or a list of units) closed by a full stop,
    then its duties opening with a duty verb."""
    text = notice.text
    period = text.find("。", s, min(end, s + 24))
    if period < s + 2:
        return None
    if not duty_verb_at(notice, period + 1):
        return None
    written = text[s:period]
    whole = org_at(notice, text, s, period) == period or (unlisted_head(notice, written) and not starts_with_verb(written))
    if whole or ("、" in written and unit_heads(notice, s, period)):
        return (s, period), period + 1
    return None


def _period_heads_after_colons(notice: Notice, start: int, end: int) -> list[tuple[tuple[int, int], int]]:
    """The heads of ``_period_head`` right after a colon (``职责如下：县环保局。负责…``)."""
    text = notice.text
    out = []
    colon = text.find("：", start, end)
    while colon >= 0:
        hit = _period_head(notice, colon + 1, end)
        if hit is not None:
            out.append(hit)
        colon = text.find("：", colon + 1, end)
    return out


_NUMBERED_HEADING = re.compile(rf"(?:{MARKER})")


def _head_after_heading(notice: Notice, start: int, end: int) -> tuple[tuple[int, int], int] | None:
    """The first unit head of a division run on after its numbered heading and a space
    (``…。 三、成员单位职责 市环保局：负责…。 市公安局：…``)."""
    text = notice.text
    if not _NUMBERED_HEADING.match(text, start, end):
        return None
    space = text.find(" ", start, min(end, start + 40))
    if space < 0 or re.search("[。；，：]", text[start:space]):
        return None
    q = space
    while q < end and text[q] == " ":
        q += 1
    return _colon_head(notice, q, end, strict=True)


def division_head(notice: Notice, ln) -> tuple[tuple[int, int] | None, int]:
    """The unit heading a duty paragraph and where its duties start: ``单位：duties``, a
    department written generically (``卫生健康部门：``, ``畜牧部门：``), a body no lexicon
    lists whose duties open with a number or a duty verb (``运输服务司：（一）负责…``), or,
    after a numbering marker, ``（一）市卫生健康委员会。负责…``."""
    text = notice.text
    s = ln.body_start
    hit = _colon_head(notice, s, ln.end) or _numbered_group_head(notice, ln)
    if hit is not None:
        return hit
    period = text.find("。", s, min(ln.end, s + 32))
    if period > s and ln.body_start > ln.start:
        if org_at(notice, text, s, period) == period:
            return (s, period), period + 1
        duties_start = _titled_body(notice, s, period, ln.end)
        if duties_start is not None:
            return (s, period), duties_start
        remit = _remit_head(notice, s, period, loose=True)
        if remit is not None:  # 一、县卫健局主要职责。负责…: the unit's name before its duties label
            return (s, remit), period + 1
    space = text.find(" ", s, min(ln.end, s + 32))  # a table row: 单位<tab>职责
    if space > s:
        after = space
        while after < ln.end and text[after] == " ":
            after += 1
        rest = text[after : ln.end]
        known = org_at(notice, text, s, space) == space
        # 市防疫站 负责…。组织…: a unit no lexicon lists, by its form, its duties opening with a duty verb
        unlisted = (not known and unlisted_head(notice, text[s:space]) and not starts_with_verb(text[s:space])
                    and duty_cues(notice).duty_opening.match(text, after, ln.end) is not None)
        if ((known or unlisted) and len(rest) >= 8 and re.search("[，；。]", rest)
                and not re.match(r"[\u4e00-\u9fff·]{2,8}$", rest)):
            return (s, space), after
    return None, s


def _numbered_group_head(notice: Notice, ln: Line) -> tuple[tuple[int, int], int] | None:
    """``（1）宣传组：开展…``: a numbered working group's name before the colon heads the
    paragraph of its duties however they open (not a mechanism's name, ``X领导小组``)."""
    if not ln.numbered:
        return None
    text = notice.text
    colon = text.find("：", ln.body_start, min(ln.end, ln.body_start + 12))
    written = text[ln.body_start : max(colon, ln.body_start)]
    if (re.fullmatch(r"[\u4e00-\u9fff]{1,8}组", written) is None or subject_cues(notice).bare_bad.search(written)
            or written.endswith(tuple(notice.lex.bodies["mechanism_suffixes"]))
            or not paragraph_like(text[colon + 1 : ln.end])):
        return None
    return (ln.body_start, colon), colon + 1


def division_heading(notice: Notice, ln: Line) -> bool:
    """Is ``ln`` a heading of a duty division (``三、成员单位工作职责``): the units' heads below it
    stand beside each other as a division's do?"""
    return ln.kind == "heading" and bool(_DIVISION_HEADING_END.search(notice.text[ln.body_start : ln.end].rstrip("：:。")))


def sibling_head(notice: Notice, ln: Line) -> tuple[tuple[int, int], int] | None:
    """``省卫生厅：根据…，负责…`` beside other units' paragraphs (or first under a division's
    heading): a name of a body's form (no lexicon lists it), or a list of units
    (``镇共青团、妇联：``), before the colon heads a paragraph of duties however they open."""
    text = notice.text
    s = ln.body_start
    colon = text.find("：", s, min(ln.end, s + 20))
    if colon <= s or starts_with_verb(text[s:colon]):
        return None
    if not (unlisted_head(notice, text[s:colon]) or ("、" in text[s:colon] and unit_heads(notice, s, colon))):
        return None  # 镇共青团、妇联：要…: every item a unit
    return ((s, colon), colon + 1) if paragraph_like(text[colon + 1 : ln.end]) else None


def _titled_body(notice: Notice, s: int, period: int, end: int) -> int | None:
    """``1.监督组。负责…``: a numbered heading naming a body no lexicon lists, its duties
    opening with 负责/承担 right after the full stop, or after a comma in the first sentence
    (``2.专家组。组织…成立专家组，负责…``: the lead-in sets the body up). Where its duties start."""
    text = notice.text
    written = text[s:period]
    named = unlisted_head(notice, written) or bool(re.fullmatch(r"[\u4e00-\u9fff]{1,8}组", written))  # 专家组
    if not named or subject_cues(notice).bare_bad.search(written):
        return None
    cues = duty_cues(notice)
    if cues.titled_duty_verb.match(text, period + 1, end):
        return period + 1
    stop = text.find("。", period + 1, end)
    m = cues.titled_duty_verb_after_comma.search(text, period + 1, stop if stop > 0 else end)
    return m.start() + 1 if m else None


_REMIT_END = re.compile("(?:主要|工作)?职责$")


def _remit_head(notice: Notice, s: int, end: int, loose: bool = False) -> int | None:
    """Where the unit's name ends in ``text[s:end]`` written as a unit and its duties label
    (``县卫健局职责``, ``卫生部门主要职责``), or None. ``loose``: also a body no lexicon lists,
    by its form (``镇卫生服务站主要职责``), or a kind of body at a level (``镇人民政府``)."""
    text = notice.text
    remit = _REMIT_END.search(text, s, end)
    if remit is None or remit.start() - s < 2:
        return None
    written = text[s : remit.start()]
    if ((looks_like_org(written, notice) and org_at(notice, text, s, remit.start()) == remit.start())
            or generic_stem(notice, written) or shared_tail(notice, written)  # 卫生部门职责
            or (loose and (unlisted_head(notice, written) or levels_body(notice, written)))):
        return remit.start()
    return None


def _each_re(lex: Lexicon) -> re.Pattern[str]:
    """各中小学校 / 镇各中小学校: every body of a class (at the level a place word names: ``places.json``
    ``level_chars``)."""
    return re.compile(f"[{lex.level_chars}]?各")


def _colon_head(notice: Notice, s: int, end: int, strict: bool = False) -> tuple[tuple[int, int], int] | None:
    """``单位：duties`` at ``s``: the head's span and where the duties start. ``strict``
    (inside a run-on line): the head must be a body's name and its duties open with a duty
    verb or a number when no lexicon lists the body."""
    text = notice.text
    colon = text.find("：", s, min(end, s + 32))
    if colon <= s:
        return None
    written = text[s:colon]
    remit = _REMIT_END.search(written)
    if remit and remit.start() >= 2:  # 县卫健局职责：负责… / 卫生部门职责：
        name_end = _remit_head(notice, s, colon)
        return ((s, name_end), colon + 1) if name_end is not None else None
    if looks_like_org(written, notice) or generic_stem(notice, written):
        if (org_at(notice, text, s, colon) == colon or notice.table.find(written)
                or (not strict and (notice.lex.memo(_each_re).match(written) or generic_stem(notice, written)))):
            return (s, colon), colon + 1
    after = colon + 1
    while after < end and text[after] == " ":
        after += 1
    if (("、" in written or "，" in written) and duty_cues(notice).duty_opening.match(text, after, end)
            and unit_heads(notice, s, colon)):
        return (s, colon), colon + 1  # 镇纪委、监察室：负责…: each unit of the head (or A，B：)
    if shared_tail(notice, written) or (not strict and levels_body(notice, written)):
        return (s, colon), colon + 1  # 公安、司法部门：: two kinds of department; 区县（市）人民政府：
    rest = text[colon + 1 : end]
    if unlisted_head(notice, written) and (
            duty_cues(notice).duty_opening.match(text, colon + 1, end)
            or (not strict and written.endswith("部门") and (paragraph_like(rest) or not rest.strip()))):
        return (s, colon), colon + 1  # 建设部门：… / 建设部门： alone, its numbered duties below
    return None


def is_unit_list(notice: Notice, start: int, end: int) -> bool:
    """``市委政法委、市卫健局、市民政局。``: every item names a body."""
    items = split_items(notice.text, start, end)
    if duty_cues(notice).duty_opening.match(notice.text, start):
        return False  # 负责学校卫生工作；督促学校…: duties that name kinds of bodies
    return len(items) >= 2 and all(
        looks_like_org(without_list_close(notice.text[a:b].rstrip("。；")).rstrip("等"), notice)
        and not starts_with_verb(notice.text[a:b])
        for a, b in items
    )  # 成立领导小组，协调相关部门…: clauses opening with a verb are no names


def paragraph_like(text: str) -> bool:
    """A paragraph of duties under a unit name (not a date, a signature or another head)."""
    return (
        len(text) >= 10
        and "：" not in text[:32]
        and not re.match(r"^\d{4}年\d{1,2}月\d{1,2}日", text)
        and bool(re.search("[。；，]", text))
    )
