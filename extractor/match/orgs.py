"""Find organization names in text: at a known position (lists, roster lines, paragraph
heads) and in running text. Names are matched on characters, not tokens, because the
segmenter cuts unit names apart (``奈曼旗|卫生|健康|委``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable

from ..lexicon import Lexicon, alternation
from ..normalize import HAN, strip_span
from ..notice import Notice
from ..words import dictionary_words, starts_with_verb, word_tags


class _Cues:
    """The cue words of this module (``cues.json``), one per lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        # endings that make a free-standing item look like a body (list items and heads whose
        # name is not in the lexicon, e.g. 林业和草原综合行政执法大队)
        self.body_endings = lex.cue("body_endings")
        self.town_levels = tuple(lex.cue("town_level_words"))  # 街道: a place of town level, its own units after it
        # 各医疗机构, 旗县产前筛查机构, 全区各级基层医疗卫生机构: a class of institutions
        self.collective_prefixes = lex.cue("collective_prefixes")
        self.branch = re.compile(rf"[{HAN}]{{2,5}}?[{lex.level_chars}]分局")  # 市公安局|青山县分局
        # 人大, 政协: kinds of body whose working committees are bodies of their own
        self.committee_hosts = frozenset(lex.cue("committee_host_kinds"))
        # X政府主要领导 / X局负责人: the body's head named after it (not 领导小组, a body)
        self.heads_inside = re.compile(rf"(?:{lex.cue_re('head_words')})(?!小组|组|机构)")
        self.national_prefixes = frozenset(lex.cue("national_body_prefixes"))  # 中国科协, 中华全国总工会
        self.counterpart_heads = lex.cue("counterpart_heads")  # 村委会（街道办事处）: two bodies
        self.vague_starts = lex.cue("concerned_words")  # 有关部门和单位: no unit named
        self.push_verbs = frozenset(lex.cue("push_verbs"))  # 督促托管单位: a verb and its object, no name
        # 构建政府统一领导…, 建立部门…: a verb opening a clause, then its object; no class named by it
        self.not_stem_verbs = frozenset(lex.cue("not_in_department_stem"))
        self.bad_item = re.compile(rf"[_＿]|^(?:{lex.cue_re('not_unit_items')})")  # 附件, 抄送 …
        self.not_unit_end = lex.cue("not_unit_endings")  # 其他党政班子成员: people, not a unit
        self.conj = re.compile(lex.cue_re("unit_conjunctions"))
        self.unlisted_bad_start = re.compile(
            rf"{lex.cue_class('clause_opening_chars')}|{lex.cue_re('not_body_starts')}")
        self.unlisted_bad_inside = re.compile(
            "[的了是和与及或等之由对把向被在，、]|"
            + alternation(lex.cue("not_in_body_name") + lex.cue("lead_verbs") + lex.cue("support_verbs")))


def _cues(notice: Notice) -> _Cues:
    return notice.lex.memo(_Cues)


# 社会建设工作委员会副主任 (a committee heading the post), not 审判委员会委员 (membership: a title)
_COMMITTEE_RE = re.compile(rf"[{HAN}]{{2,14}}?委员会(?!专职委员|委员)")
_PAREN_RE = re.compile(r"[（(][^（）()]{2,24}[）)]")
_PAREN_END_RE = re.compile(r"[（(][^（）()]*[）)]$")  # 农业农村局（乡村振兴局）
_YOUTH_RE = re.compile(rf"共青团[{HAN}]{{2,8}}?委员会")
# 各乡（镇）人民政府, 各区人民政府, 各街道办事处: a collective of local governments
_EACH_GOVERNMENT_RE = re.compile(rf"各[{HAN}（）]{{1,8}}?(?:人民政府|政府|街道办事处|办事处)")


def _prefix_ok(notice: Notice, prefix: str) -> bool:
    """Is ``prefix`` a place prefix: empty, a known place, a bare level, each + optional 委?"""
    prefix = prefix.removesuffix(notice.lex.party)  # 市委 (宣传部)
    if not prefix:
        return True
    return (prefix in notice.table.places or prefix in notice.lex.bare_levels
            or prefix in _cues(notice).national_prefixes)  # 中国科协, 全国妇联


def org_at(notice: Notice, text: str, pos: int, limit: int) -> int | None:
    """End of an organization name starting exactly at ``pos`` (longest), else None."""
    best = notice.table.longest_form_at(text, pos, limit)
    for rx in (_YOUTH_RE, _EACH_GOVERNMENT_RE):
        m = rx.match(text, pos, limit)
        if m and (best is None or m.end() > best):
            best = m.end()
    lex = notice.lex
    reach = min(limit, pos + 40)
    kinds_near, institutions_near = lex.memo(_build_starts_near)
    for rx, near_rx in ((lex.kind_name_re, kinds_near), (lex.institution_re, institutions_near)):
        near = near_rx.match(text, pos, reach)
        if near is None:
            continue
        ms, me = near.span(1)  # what rx.search from pos finds, when it starts 8 characters on or less
        while ms - pos <= 8:
            word = text[ms:me]
            if word.endswith("部") and text.startswith("门", me):
                break  # 市宣传部门, 县组织部门: a type of department, not the 宣传部 itself
            prefix = text[pos:ms]
            if _prefix_ok(notice, prefix) or (rx is lex.institution_re and prefix in _cues(notice).collective_prefixes):
                end = me
                b = _cues(notice).branch.match(text, end, limit)
                if b:
                    end = b.end()
                c = _COMMITTEE_RE.match(text, end, limit)
                if c and lex.kind_of(word) in _cues(notice).committee_hosts:
                    end = c.end()  # 省人大常委会社会建设工作委员会: a working committee of the congress
                p = _PAREN_RE.match(text, end, limit)
                if (p and (lex.kind_name_re.search(p.group(0)) or p.group(0)[1] == "含")
                        and not counterpart(notice, text[pos:end], p.group(0)[1:-1])):
                    end = p.end()
                if best is None or end > best:
                    best = end
                break
            m = rx.search(text, ms + 1, reach)
            if m is None:
                break
            ms, me = m.span()
    return best


def _build_starts_near(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``lex.kind_name_re`` and ``lex.institution_re`` (the department names' and the
    institution types' alternations) starting at most 8 characters on, the nearest first,
    tried only where one of its words' first characters is: ``match`` at ``pos`` finds in
    its group 1 what ``rx.search`` from ``pos`` finds when that starts 8 characters on or
    less, without scanning farther."""
    def near(rx: re.Pattern[str], words: Iterable[str]) -> re.Pattern[str]:
        firsts = "".join(sorted({re.escape(w[0]) for w in words if w}))
        return re.compile(f"(?s:.{{0,8}}?)(?=[{firsts}])({rx.pattern})")

    return near(lex.kind_name_re, lex.kind_of_name), near(lex.institution_re, lex.institutions)


def counterpart(notice: Notice, name: str, other: str) -> bool:
    """Is ``other`` (written in parentheses after ``name``) the body's counterpart in town or
    country, a second body (``村委会（街道办事处）``, ``乡镇人民政府（街道办事处）``), rather than
    another name of the same body (``区科技局（区科协）``)?"""
    heads = _cues(notice).counterpart_heads
    first = next((h for h in heads if name.removeprefix("各").startswith(h)), None)
    second = next((h for h in heads if other.startswith(h)), None)
    return first is not None and second is not None and first != second


_NAME_CHARS_RE = re.compile(rf"[{HAN}（）()、]+")


def looks_like_org(name: str, notice: Notice) -> bool:
    """Could this free-standing item (list item, paragraph head) be a body's name?"""
    name = name.strip()
    cues = _cues(notice)
    if not (2 <= len(name) <= 30) or cues.bad_item.search(name):
        return False
    if not _NAME_CHARS_RE.fullmatch(name):
        return False
    if notice.table.find(name):
        return True
    if cues.heads_inside.search(name):
        return False  # 乡（镇）政府主要领导具体: a body's head, not a body
    base = _PAREN_END_RE.sub("", name)
    if base.endswith(cues.body_endings):
        return True
    return notice.lex.kind_of(name) is not None and len(base) - _kind_name_end(notice, base) <= _KIND_TAIL


_KIND_TAIL = 4  # 城管执法, 卫生计生: a department type and a few words of its field


def _kind_name_end(notice: Notice, name: str) -> int:
    """Where the last department or institution name inside ``name`` ends (a short name only
    at its start): what follows it is no name (``其有关部门|通过地方粮食应急网络``)."""
    lex = notice.lex
    ends = [m.end() for rx in (lex.kind_name_re, lex.institution_re) for m in rx.finditer(name)]
    if not ends:
        m = lex.short_re.match(name)
        ends = [m.end()] if m else [0]
    return max(ends)


def every_item_a_body(notice: Notice, start: int, end: int, by_form: Callable[[str], bool]) -> bool:
    """Is every item (two or more) of the list ``text[start:end]`` a body: one ``org_at``
    reads to the item's end, else one ``by_form`` accepts by its written form? What a name no
    table lists may look like is the caller's: in a composition list (``mechanism``) a long
    item or one with 由/为/的/等 is the sentence around the list (``联席会议由A、B……组成``);
    at the head of a duty paragraph (``duties``) a department type or an organization suffix
    names a unit (``公安、司法部门：``)."""
    text = notice.text
    items = split_items(text, start, end)
    return len(items) > 1 and all(org_at(notice, text, a, b) == b or by_form(text[a:b]) for a, b in items)


def ends_like_body(notice: Notice, name: str) -> bool:
    """Does ``name`` end with a body's ending (``管委会``, ``人民政府``, ``县卫生局``)?"""
    return _PAREN_END_RE.sub("", name).endswith(_cues(notice).body_endings)


def split_items(text: str, start: int, end: int, seps: str = "、，,；",
                openers: Container[str] = "（(", closers: Container[str] = "）)") -> list[tuple[int, int]]:
    """Spans of the items of a list ``A、B，C和D``: pieces between separators ``seps``,
    never split inside brackets (``openers`` … ``closers``)."""
    items = []
    depth = 0
    s = start
    for i in range(start, end + 1):
        ch = text[i] if i < end else seps[0]
        if ch in openers:
            depth += 1
        elif ch in closers:
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0:
            a, b = strip_span(text, s, i)
            if b > a:
                items.append((a, b))
            s = i + 1
    return items


def split_conjoined(notice: Notice, text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``旗人民医院和各基层医疗卫生单位`` -> two spans, when both sides are bodies (not
    ``城市管理和综合执法局``: a left side without a body's ending joins the right one's name)."""
    piece = text[s:e]
    cues = _cues(notice)
    parties = notice.lex.cue("conjoined_parties")  # 属地和市公安局: the territorial authority beside a body
    for m in cues.conj.finditer(piece):
        left, right = piece[: m.start()], piece[m.end() :]
        if right in notice.lex.cue("party_partner_bodies") and left.endswith(tuple(notice.lex.cue("party_organs"))):
            return [(s, e)]  # 各县党委和人民政府: a place's party committee and its government, one unit as written
        etc = len(left) > 2 and left.endswith("等")  # 商务部等和各省级人民政府: the list's 等, then a second party
        if etc and looks_like_org(left[:-1], notice) and looks_like_org(right, notice):
            return [(s, s + m.start() - 1), (s + m.end(), e)]
        if (left in parties and looks_like_org(right, notice)) or (right in parties and looks_like_org(left, notice)):
            return [(s, s + m.start()), (s + m.end(), e)]
        if looks_like_org(left, notice) and looks_like_org(right, notice) and not notice.lex.kind_name_re.fullmatch(piece):
            if (right.endswith(cues.body_endings) and not left.endswith(cues.body_endings)
                    and not notice.table.find(left) and not right.startswith("各") and m.group(0) != "以及"):
                continue  # 城市管理和综合执法局: one name (以及 joins no words inside a name)
            return [(s, s + m.start()), (s + m.end(), e)]
    return [(s, e)]


_LEVEL_STARTS = "区县市"  # a place-prefixed name starts here: 区农业农村局


def split_run_on(notice: Notice, s: int, e: int) -> list[tuple[int, int]]:
    """``公安分局民政局``, ``委编办区人民法院检察院``: units run together without a separator
    (a copy that lost its 、) -> one span per unit. A cut falls after a body's ending (and its
    bracketed other name) where a department name or a place-prefixed name starts, or before a
    short department name that ends the item; never inside a department name of the lexicon
    (卫生健康委员会). One span when no cut is certain."""
    text = notice.text
    if e - s < 6:
        return [(s, e)]
    lex = notice.lex
    endings = _cues(notice).body_endings
    inside: set[int] = set()  # positions inside a department name
    for m in lex.kind_name_re.finditer(text, s, e):
        inside.update(range(m.start() + 1, m.end()))
    out: list[tuple[int, int]] = []
    cur = s
    for p in range(s + 3, e - 1):
        if p in inside or not "\u4e00" <= text[p] <= "\u9fff" or p - cur < 3:
            continue
        head = _PAREN_END_RE.sub("", text[cur:p])
        if len(head) < 3 or not head.endswith(endings):
            continue
        tail = text[p:e]
        if text[p - 1] in lex.level_chars and text[p] not in _LEVEL_STARTS:
            continue  # 各乡镇人民政府, 东风镇卫生院: a place and its own unit, not two units
        if head.endswith(_cues(notice).town_levels) and lex.institution_re.match(text, p, e):
            continue  # 白河街道卫生院: a subdistrict and its own institution, one unit
        if _party_organ_after(notice, head, tail):
            continue  # 东江省委宣传部: the party committee's own department, one unit
        if head.endswith(lex.cue("institution_qualifiers")) and tail.startswith(lex.cue("qualified_institutions")):
            continue  # 镇中心卫生院, 汕头市中心医院: 中心 qualifies the institution, one unit
        starts = (lex.kind_name_re.match(text, p, e) or lex.institution_re.match(text, p, e)
                  or (text[p] in _LEVEL_STARTS and p + 1 < e and "\u4e00" <= text[p + 1] <= "\u9fff"))
        ends = len(tail) <= 6 and tail.endswith(endings) and lex.kind_of(tail) is not None
        if starts or ends:
            out.append((cur, p))
            cur = p
    out.append((cur, e))
    return out


def _party_organ_after(notice: Notice, head: str, tail: str) -> bool:
    """Is ``tail`` a department of the party committee ``head`` ends with (``东江省委|宣传部``:
    a place or level and 委, then an organ of a party committee)?"""
    lex = notice.lex
    if not head.endswith(lex.party) or head[-2:-1] not in lex.level_chars:
        return False
    return lex.kind_of(tail) in lex.bodies.get("party_kinds", ())


_COUNT_OF_UNITS = re.compile("(?:多|若干|数|几|[0-9一二三四五六七八九十两]+)个")


def _unit_by_position(notice: Notice, item: str) -> bool:
    """An item of a composition list (由A、B…等部门组成) is a unit by its position: plain
    text of a name (综治, 大井部队, 粤海铁路北港), not people (其他党政班子成员)."""
    cues = _cues(notice)
    return (2 <= len(item) <= 20 and bool(_NAME_CHARS_RE.fullmatch(item))  # 中、小学校
            and not item.endswith(cues.not_unit_end) and not item.startswith("其他") and "的" not in item
            and not cues.bad_item.search(item)
            and not cues.unlisted_bad_start.match(item)  # 对定点地区…进行督查: a duty after 成员单位：
            and not _COUNT_OF_UNITS.match(item)  # 由多个独立法人单位联合组成: how many, not which
            and not (len(item) > 6 and starts_with_verb(item)))  # 督促落实血防经费…: a clause, not a unit


def vague_unit(notice: Notice, written: str) -> bool:
    """``市有关部门``, ``相关单位``: a list item or post that names no unit."""
    rest = notice.table.split_place(written)[1]
    return (rest[1:] if rest[:1] in notice.lex.bare_levels else rest).startswith(_cues(notice).vague_starts)


def _joined_halves(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``中、小学校``, ``大、中专院校``: a one-character item shares the next item's name (one unit)."""
    out: list[tuple[int, int]] = []
    pending: int | None = None
    for a, b in items:
        if b - a == 1 and "\u4e00" <= text[a] <= "\u9fff":
            pending = a if pending is None else pending
            continue
        out.append((a if pending is None else pending, b))
        pending = None
    return out


def without_vague_end(notice: Notice, written: str) -> str:
    """``中国X公司有关`` (before 负责人) -> ``中国X公司``: a vague word that qualifies the post
    is no part of the body's name."""
    for word in _cues(notice).vague_starts:
        if written.endswith(word):
            return written[: -len(word)]
    return written


_LEADING_CONJ = re.compile(r"^(?:及|和|以及|等)")


# …、县综合执法局等 / 等责任单位 / 等有关部门 / 等政府相关部门 / 等有关部门（单位）: the list's closing 等 and the kind
# of unit after it (a level or branch may stand before 有关/相关)
_TRAILING_DENG = re.compile(
    r"等(?:[\u4e00-\u9fff]{1,3}?(?=各有关|有关|相关))?(?:其他|其它|各有关|有关|相关|各)?"
    r"(?:[\u4e00-\u9fff]{0,2}?(?:部门和单位|部门|单位)(?:[（(](?:部门|单位)[）)])?)?$")


def without_list_close(item: str) -> str:
    """A list's last item without the closing 等 and the kind after it (``县水务局等部门`` ->
    ``县水务局``)."""
    m = _TRAILING_DENG.search(item)
    return item[: m.start()] if m and m.start() > 0 else item


def unit_list(notice: Notice, start: int, end: int, by_position: bool = False) -> list[tuple[int, int, str]]:
    """Items of a unit list with the place prefix carried over from the item before:
    ``市委宣传部、统战部，市公安局、发改委`` -> 市委统战部, 市发改委 (a 委 prefix only to a
    party organ: ``县委宣传部、残联`` -> 县残联; none to an item named after the place
    itself: ``徐闻海关``). ``by_position``: the list is a composition list, whose items are
    units without a body's ending too (综治, 大井部队)."""
    text = notice.text
    out = []
    inherited = ""
    party_kinds = set(notice.lex.bodies.get("party_kinds", []))
    party = notice.lex.party  # 县委宣传部
    stems = tuple(p[:-1] for p in notice.table.places if len(p) >= 3)
    for a, b in _joined_halves(text, split_items(text, start, end)):
        deng = _TRAILING_DENG.search(text, a, b)
        if deng and deng.start() > a:
            b = deng.start()  # 信息化等政府相关部门: the closing 等 cuts no name (政府|相关部门)
        for s, e in (piece for c, d in split_conjoined(notice, text, a, b) for piece in split_run_on(notice, c, d)):
            item = text[s:e].replace(" ", "")
            item = _LEADING_CONJ.sub("", item)
            item = _TRAILING_DENG.sub("", item)
            if not (looks_like_org(item, notice) or (by_position and _unit_by_position(notice, item))):
                continue
            if by_position and item.endswith(_cues(notice).not_unit_end):
                continue  # 政府人员, 行业专家: people of a kind, not a unit
            if vague_unit(notice, item):
                continue  # 市有关部门和单位: no unit is named
            place, rest = notice.table.split_place(item)
            kind = notice.lex.kind_of(item)
            if place:
                branch = rest.endswith("分局") and any(ch in rest[:-2] for ch in notice.lex.level_chars)
                if not branch:
                    inherited = place + (party if rest.startswith(party) and len(rest) > 2 else "")
                written = item
            elif (inherited and not item.startswith(("各", "共青团")) and kind
                    and _PAREN_END_RE.sub("", item).endswith(_cues(notice).body_endings)  # 市卫生、农业: 农业 a type
                    and not (item[:1] == "团" and item[1:2] in notice.lex.bare_levels)  # 团县委 names its own place
                    and not (stems and item.startswith(stems))
                    and not (stems and item.endswith("分局") and item[:-2].endswith(stems))):  # 公安新城分局: a city bureau's branch here
                prefix = inherited if kind in party_kinds or not inherited.endswith(party) else inherited[: -len(party)]
                written = prefix + item
            else:
                written = item
            out.append((s, e, written))
    return out


def department_list(notice: Notice, start: int, end: int) -> bool:
    """``发展和改革、财政、民政、部分乡镇``: a list of two or more units (``和`` between two units
    parts them), every item a unit by its position (``unit_list``) and most of them departments
    (a name or field of the lexicons, or a body's ending), none of them vague (``有关部门``) — a
    list that names departments without ``等`` (the heads of a mechanism's members, the heads
    attending its meeting)."""
    text = notice.text
    # 市环保局和县区政府: two items joined by 和, both units
    items = [piece for a, b in split_items(text, start, end) for piece in split_conjoined(notice, text, a, b)]
    if len(items) < 2 or len(unit_list(notice, start, end, by_position=True)) != len(items):
        return False
    known = sum(1 for a, b in items if notice.lex.kind_of(text[a:b]) or org_at(notice, text, a, b) == b
                or ends_like_body(notice, text[a:b]))  # 市监察局, 市市容局: a body's ending, no kind
    return 2 * known > len(items)


# --- bodies no lexicon lists, read by position and form --------------------------------

_ALIAS_NOTE = re.compile(r"[（(](?:以下简称|下称|简称)[“\"]?([^）)”\"]{1,12})[”\"]?[）)]")


def _org_suffixes(notice: Notice) -> tuple[str, ...]:
    return notice.lex.memo(_build_org_suffixes)


def _build_org_suffixes(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.forms.get("suffixes", ()))


def _not_org_ending(notice: Notice, name: str) -> bool:
    return name.endswith(notice.lex.memo(_not_org_endings))


def _not_org_endings(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.forms.get("not_org_endings", ()))


def _suffix_sets(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The organization suffixes as a set, and the characters they end with."""
    return lex.memo(_build_suffix_sets)


def suffix_words(notice: Notice) -> frozenset[str]:
    """The organization suffixes (办, 中心, 委员会 …) as a set."""
    return _suffix_sets(notice.lex)[0]


def _build_suffix_sets(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    suffixes = tuple(lex.forms.get("suffixes", ()))
    return frozenset(suffixes), frozenset(s[-1] for s in suffixes if s)


def _suffix_last_re(lex: Lexicon) -> re.Pattern[str]:
    """Any character an organization suffix ends with (where a name may end)."""
    lasts = "".join(sorted(_suffix_sets(lex)[1]))
    return re.compile(f"[{re.escape(lasts)}]" if lasts else "(?!)")


def unlisted_org_at(notice: Notice, pos: int, limit: int, follow: re.Pattern[str]) -> tuple[int, int] | None:
    """A body no lexicon lists, named at ``pos`` in the subject position: a name of 2–16
    characters ending with an organization suffix (社会事务办, 综合执法队, 区县爱卫会), optionally
    followed by ``（以下简称X）``, then by what ``follow`` matches (a modal or duty verb).
    Returns (end of the name, end of the alias note or of the name); the shortest name wins."""
    text = notice.text
    for end, after, alt_end in _unlisted_names(notice, pos, limit):
        if follow.match(text, after, limit) or (alt_end is not None and follow.match(text, alt_end, limit)):
            name = text[pos:end]
            if _verb_before_departments(notice, name, text[end : end + 1]):
                return None
            return (end, after) if not starts_with_verb(name) or _verb_named_class(notice, name) else None
    return None


_VERBAL = frozenset(("v", "vn"))


def _verb_named_class(notice: Notice, name: str) -> bool:
    """Is ``name``, which opens with a verb, a class of bodies named by what they do
    (``登记管理机关``, ``挂靠单位``): verbs only, then an organization suffix as a word of its
    own? Not a verb and its object (``督促托管单位``: a verb that pushes a doer, ``push_verbs``;
    ``构建政府…``: a verb no department's stem holds, ``not_in_department_stem``),
    nor the bodies concerned (``相关企业``)."""
    words = dictionary_words(name)
    tags = word_tags()
    cues = _cues(notice)
    return (len(words) >= 2 and words[-1] in suffix_words(notice) and words[0] not in cues.vague_starts
            and words[0] not in cues.push_verbs and words[0] not in cues.not_stem_verbs
            and all(tags.get(w) in _VERBAL for w in words[:-1]))


def _verb_before_departments(notice: Notice, name: str, after: str) -> bool:
    """Is ``name`` a verb, then the first of a list of departments the lexicon names
    (``批示发展改革委、科技部…认真研究``: the instruction, then 发展改革委)? No body's name."""
    first = dictionary_words(name)[0]
    return (after == "、" and word_tags().get(first) in _VERBAL
            and notice.lex.kind_name_re.fullmatch(name, len(first)) is not None)


def unlisted_name_ends(notice: Notice, pos: int, limit: int) -> tuple[int, ...]:
    """Where the names :func:`unlisted_org_at` may read at ``pos`` end, whatever follows them
    (the first of what it returns is one of these)."""
    return tuple(end for end, _after, _alt in _unlisted_names(notice, pos, limit))


def may_name_unlisted(notice: Notice, pos: int, limit: int) -> bool:
    """Is there a name with an organization ending at ``pos`` (what :func:`unlisted_org_at`
    reads, whatever follows it)? Without one, no ``follow`` finds a body there."""
    return bool(_unlisted_names(notice, pos, limit))


_UNLISTED = "unlisted_names"  # key of ``Notice.memo``
_NAME_RUN = re.compile("[\u4e00-\u9fff（）]*")  # the characters of a name no lexicon lists


def _unlisted_names(notice: Notice, pos: int, limit: int) -> tuple[tuple[int, int, int | None], ...]:
    """The names :func:`unlisted_org_at` may read at ``pos``, shortest first, whatever follows
    them: (end of the name, end of its alias note or of the name, end of a counterpart in
    brackets after it or None). Computed once per position (``unlisted_org_at`` is asked
    with several ``follow`` patterns at each)."""
    memo = notice.memo.get(_UNLISTED)
    if memo is None:
        memo = notice.memo[_UNLISTED] = {}
    key = (pos, limit)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _read_unlisted_names(notice, pos, limit)
    return found


def _read_unlisted_names(notice: Notice, pos: int, limit: int) -> tuple[tuple[int, int, int | None], ...]:
    text = notice.text
    cues = _cues(notice)
    if pos >= limit or not "\u4e00" <= text[pos] <= "\u9fff" or cues.unlisted_bad_start.match(text, pos, limit):
        return ()
    suffixes = _org_suffixes(notice)
    suffix_set = _suffix_sets(notice.lex)[0]
    run = _NAME_RUN.match(text, pos + 1, min(limit, pos + 16))
    run_end = run.end() if run else pos + 1
    out: list[tuple[int, int, int | None]] = []
    for last in notice.lex.memo(_suffix_last_re).finditer(text, pos + 1, run_end):  # where a suffix may end
        end = last.end()
        name = text[pos:end]
        if (not name.endswith(suffixes) or _not_org_ending(notice, name) or cues.unlisted_bad_inside.search(name)
                or name in suffix_set):
            continue  # 单位 alone names no body
        if name.count("（") != name.count("）"):
            continue
        after = end
        note = _ALIAS_NOTE.match(text, end, limit)
        if note:
            after = note.end()
        alt = _PAREN_RE.match(text, after, limit)  # 乡镇人民政府（街道办事处）负责…: its counterpart follows
        out.append((end, after, alt.end() if alt and counterpart(notice, name, alt.group(0)[1:-1]) else None))
    return tuple(out)


def body_before_head(notice: Notice, start: int, end: int) -> int | None:
    """End of the body in ``text[start:end]`` = a body no lexicon lists and its head's words
    (``县安办负责人``, ``X中心主要负责同志``): the rest ends with a head word and the body
    looks like one by its ending. Else None."""
    text = notice.text
    for head in sorted(notice.lex.cue("head_words"), key=len, reverse=True):
        if text.endswith(head, start, end):
            k = end - len(head)
            for qualifier in notice.lex.cue("head_qualifiers"):
                if text.endswith(qualifier, start, k):
                    k -= len(qualifier)
                    break
            return k if k - start >= 3 and looks_like_org(text[start:k], notice) else None
    return None


def alias_note(notice: Notice, end: int, limit: int) -> str | None:
    """The short name given right after a body's name: ``（以下简称爱卫会）`` -> 爱卫会."""
    note = alias_note_end(notice, end, limit)
    return note[0] if note else None


def alias_note_end(notice: Notice, end: int, limit: int) -> tuple[str, int] | None:
    """The short name given right after a body's name and where its note ends:
    ``（以下简称爱卫会）`` -> (爱卫会, the end of the closing bracket)."""
    m = _ALIAS_NOTE.match(notice.text, end, limit)
    return (m.group(1), m.end()) if m else None
