"""Posts and titles: the roster word lists of a lexicon compiled (titles, government
heads, post endings), a title followed by a name (``副秘书长韩晓东``), and whether a role
sentence names another body than the notice's mechanism.

A helper of the match stage, not a component: the ``roster`` and ``mechanism`` components
both read posts with these (no component imports another)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Lexicon, alternation
from ..normalize import HAN
from ..notice import Notice
from ..resolve import Org

_POST_SEPARATOR = re.compile("[、兼]")


@lru_cache(maxsize=32)
def names_chief(text: str, chief: str) -> bool:
    """Does the notice give the chief post to someone (``总召集人：``, ``总召集人 王五``, ``任总召集人``,
    ``总召集人由``, ``总召集人为``), not only mention it (``会议由总召集人或召集人主持``)?"""
    return re.search(rf"{chief}\s*[：:]|{chief} [{HAN}]|任{chief}|{chief}[由为是]", text) is not None


class PostWords:
    """The roster word lists of a lexicon, compiled (titles, government heads, body endings)."""

    def __init__(self, lex: Lexicon) -> None:
        rw = lex.roster_words
        titles = rw.get("titles", [])
        mods = rw.get("title_modifiers", [])
        mod = f"(?:{alternation(mods)})*" if mods else ""
        self.title_re = re.compile(f"{mod}(?:{alternation(titles)})") if titles else None
        self.title_word_re = re.compile(alternation(titles)) if titles else None
        self.heads: dict[str, str] = rw.get("government_heads", {})
        self.units: dict[str, list[str]] = rw.get("title_units", {})
        self.endings = tuple(sorted(rw.get("post_org_endings", []), key=len, reverse=True))
        self.levels = tuple(lex.place_levels)
        # words no person's name contains: the roster roles (组长, 成员 …) and header words (职务, 姓名 …)
        self.not_names = tuple(lex.roles) + lex.cue("not_name_words")
        self.not_name_re = re.compile(alternation(self.not_names)) if self.not_names else None  # any of them, one search
        self.not_name_endings = lex.cue("not_name_endings")  # 局, 委 …: a body, not a name
        self.name_body_endings = tuple(lex.cue("name_body_endings"))  # 王金会: a given name may end so
        self.body_two_char_endings = tuple(lex.cue("body_two_char_endings"))  # 农委会, 侨联会: a body's ending
        self.party_organs = lex.cue("party_organs")
        self.deputy_marks = lex.cue("deputy_marks")
        self.title_endings = lex.cue("post_title_endings")  # a post ends with one (副秘书长, 党组书记)
        self.titles = tuple(titles) + tuple(self.title_endings)  # a whole post ends with one

    def title_at(self, text: str, pos: int, end: int) -> int | None:
        """End of the title starting at ``pos`` (longest), else None."""
        m = self.title_re.match(text, pos, end) if self.title_re else None
        return m.end() if m else None

    def head(self, title: str) -> str:
        """``常务副县长`` -> ``县长``: the title without its deputy and acting marks."""
        t = _POST_SEPARATOR.split(title)[0]
        for p in self.deputy_marks:
            t = t.removeprefix(p)
        return t

    def government_level(self, title: str) -> str | None:
        """The level (县) whose people's government the title (副县长, 市长助理) belongs to."""
        return self.heads.get(self.head(title).removesuffix("助理"))


def post_words(lex: Lexicon) -> PostWords:
    return lex.memo(PostWords)


def _charged_head_re(lex: Lexicon) -> re.Pattern[str]:
    """``分管X工作的`` / ``分管`` before a head's title (``分管副市长``, ``常务副县长``): the
    charge words of ``head_charge_words``; the title is read by :meth:`PostWords.government_level`."""
    charge = lex.cue_re("head_charge_words")
    return re.compile(rf"(?:(?:{charge})[{HAN}]{{1,12}}?工作的)?(?:{charge})?(?P<title>[{HAN}]{{2,6}})")


def government_of_title(notice: Notice, written: str) -> str | None:
    """The people's government (``市人民政府`` form, its level expanded by the table) whose
    deputy or field head a bare title names (``分管副市长``, ``常务副区长``, ``分管教育工作的副县长``;
    the level's leaders with their charge: ``分管民政工作的县领导``),
    when the notice's locality is of that level; else None (a title of no level's head, a level
    the notice is not of, the head alone: ``市长`` is one person, named in the roster)."""
    m = notice.lex.memo(_charged_head_re).fullmatch(written)
    if m is None:
        return None
    w = post_words(notice.lex)
    title, charged = m.group("title"), m.start("title") > m.start()
    level = w.government_level(title) or (_level_leaders(notice, title) if charged else None)
    if not level or (title == w.head(title) and not charged):
        return None
    form = level + "人民政府"
    return form if notice.table.canonical(form)[1] is not None else None


def government_chair(notice: Notice, relation: str, written: str) -> str | None:
    """The notice's own government holding a chair or a convener's post by its head in charge
    (``由分管副市长任组长``, ``总指挥由常务副县长担任``; see :func:`government_of_title`). Not
    a deputy leader's post (``分管副县长任副组长``): gold files written before unit-held leader posts
    had a form leave those out, the convener's posts (``召集人为分管副区长``) they always wrote."""
    return None if relation.startswith(_DEPUTY_LEADER) else government_of_title(notice, written)


_DEPUTY_LEADER = "deputy_leader"


def _level_leaders_re(lex: Lexicon) -> re.Pattern[str] | None:
    """``县领导``, ``区级领导``: a level (``级`` may follow) and a word of ``vague_unit_heads``;
    None when either list is empty."""
    words = lex.roster_words.get("vague_unit_heads", {}).get("words", [])
    levels = alternation(post_words(lex).levels)
    return re.compile(rf"(?P<level>{levels})级?(?:{alternation(words)})") if words and levels else None


def _level_leaders(notice: Notice, title: str) -> str | None:
    """The level of ``县领导`` / ``区级领导`` (a level, then a word of ``vague_unit_heads``: the
    level's leaders), else None."""
    rx = notice.lex.memo(_level_leaders_re)
    m = rx.fullmatch(title) if rx is not None else None
    return m.group("level") if m else None


def add_government(notice: Notice, form: str) -> Org:
    """The government ``form`` (``区人民政府``) names in the notice's table of bodies, its short
    form (``区政府``) an alias when no other body holds it."""
    table = notice.table
    org = table.add(form)
    short = form.replace("人民政府", "政府")
    if table.find(short, by_kind=False) in (None, org):
        table.alias(org, short)
    return org


def post_at(notice: Notice, pos: int, limit: int) -> bool:
    """Does a post's title (主任, 副组长, 局长 …) start at ``pos``?"""
    rx = post_words(notice.lex).title_re
    return rx is not None and rx.match(notice.text, pos, limit) is not None


def title_and_name(notice: Notice, seg: str) -> tuple[str, str] | None:
    """``副秘书长韩晓东`` -> (副秘书长, 韩晓东): a title ending and a 2–4 character name
    (three characters tried first, the commonest length)."""
    seg = seg.removesuffix("同志")
    endings = post_words(notice.lex).title_endings
    for n in (3, 2, 4):
        title, name = seg[:-n], seg[-n:]
        if title.endswith(endings) and re.fullmatch(rf"[{HAN}·]+", name):
            return title, name
    return None


def sentence_near(text: str, pos: int, limit: int = 400) -> tuple[int, int]:
    """The sentence around ``pos`` (between 。；！？ or line breaks), at most ``limit``
    characters either way (so that many posts in one long sentence stay linear)."""
    lo, hi = max(0, pos - limit), min(len(text), pos + limit)
    s = max(lo, *(text.rfind(ch, lo, pos) + 1 for ch in "。；！？\n"))
    ends = [e for e in (text.find(ch, pos, hi) for ch in "。；！？\n") if e >= 0]
    e = min(ends) if ends else hi
    while s < e and text[s] == " ":
        s += 1
    return s, e


@lru_cache(maxsize=8)
def _other_body_re(suffixes: str) -> re.Pattern[str]:
    return re.compile(rf"的[^，。；]{{0,30}}?(?:{suffixes})")


def names_other_body(notice: Notice, pos: int) -> bool:
    """Does the sentence go on to name the body the posts belong to, and is it not the
    notice's mechanism (``村委会应成立由主任任组长，…为成员的防治领导小组``)?"""
    text = notice.text
    end = sentence_near(text, pos, 60)[1]
    m = _other_body_re(alternation(notice.lex.bodies["mechanism_suffixes"])).search(text, pos, end)
    mech = notice.mechanism
    return m is not None and not (mech and any(w in m.group(0) for w in (mech.name, *mech.aliases) if len(w) > 4))


def after_own_name(notice: Notice, word_start: int) -> bool:
    """Before a role word that leads its list (``…主任由X担任``): when the word follows a body's
    name ending in 会/委, that name is the mechanism's (``县爱卫会主任由…``, not ``县卫健委主任由…``)."""
    text = notice.text
    if word_start <= 0 or text[word_start - 1] not in "会委" or text.endswith("委员会", 0, word_start):
        return True
    mech = notice.mechanism
    return mech is not None and any(len(f) >= 3 and text.endswith(f, 0, word_start) for f in (mech.name, *mech.aliases))


def after_office_post(notice: Notice, word_start: int) -> bool:
    """A bare role word leading its list after a clause that gave the office's post in the same
    sentence (``办公室主任由甲兼任，副主任由乙、丙兼任``) or placed the office (``（一）办公室`` /
    ``设在市卫生局，主任由甲担任``): the word is the office's post."""
    text = notice.text
    if word_start <= 0 or text[word_start - 1] not in "，,":
        return False
    sent = max(text.rfind(ch, 0, word_start) for ch in "。；;\n") + 1
    offices = alternation(notice.lex.bodies["office_words"])
    return (re.search(rf"(?:{offices})(?:{notice.lex.role_re.pattern})(?:由|为)", text[sent:word_start]) is not None
            or re.match(rf"\s*(?:{notice.lex.cue_re('office_host_verbs')})", text[sent:word_start]) is not None)


def in_hosted_body_sentence(notice: Notice, pos: int) -> bool:
    """Is ``pos`` in a later clause of a sentence that opens by placing another body than the
    mechanism, an office or a group (``（二）X专项小组设在省环保厅，组长由甲兼任``, ``办公室设在Y，
    主任由甲兼任，乙、丙兼任副主任``)? The posts there are that body's, not the mechanism's."""
    text, lex = notice.text, notice.lex
    sent = max(text.rfind(ch, 0, pos) for ch in "。；;\n") + 1
    endings = alternation([*lex.bodies["office_words"], *lex.bodies["sub_body_suffixes"]])
    m = re.match(rf"\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.])?\s*"
                 rf"(?P<body>[{HAN}、]{{0,40}}?(?:{endings}))(?:{lex.cue_re('office_host_verbs')})[^，,。；]*[，,]",
                 text[sent:pos])
    if m is None:
        return False
    mech = notice.mechanism
    body = m.group("body")
    return not (mech and any(len(f) >= 3 and (body.endswith(f) or f.endswith(body)) for f in (mech.name, *mech.aliases)))


def others_post(notice: Notice, role_start: int, list_first: bool) -> bool:
    """Is the role word at ``role_start`` a post of another body than the mechanism: the
    office's (``办公室主任由…``, ``担任办公室主任``, a bare ``副主任由…`` after the office's post),
    or a department's head (``县卫健委主任由…``, ``成员为县卫健委主任``)? ``list_first``: the
    holders are written before the word (``…担任组长``), else after it (``组长由…担任``)."""
    text = notice.text
    if text.endswith(tuple(notice.lex.bodies["office_words"]), 0, role_start):
        return True
    if not list_first:
        sent = max(text.rfind(ch, 0, role_start) for ch in "。；;\n") + 1
        office_head = re.search(rf"办(?:{notice.lex.role_re.pattern})", text[sent:role_start])  # 食安办主任…，副主任由
        return not after_own_name(notice, role_start) or after_office_post(notice, role_start) or (
            office_head is not None and text[role_start - 1] in "，,")
    return False


def unit_role_fits(notice: Notice, word: str) -> bool:
    """May the role word name the mechanism's post held by a unit? A word of ``unit_role_bodies``
    only in a body whose name has one of its endings (``主任`` of a 委员会, not of a 领导小组)."""
    endings = notice.lex.roster_words.get("unit_role_bodies", {}).get(word)
    if not endings:
        return True
    mech = notice.mechanism
    return mech is not None and any(n.endswith(tuple(endings)) for n in (mech.name, *mech.aliases))


def unit_post_kept(notice: Notice, relation: str, title: str | None) -> bool:
    """Is ``title`` a post a unit's head holds for ``relation``? Not one ending in a vague head
    word for the relations ``vague_unit_heads`` lists (组长 held by ``县政府主要领导``: no post is
    named), nor one joining two posts (``主任市场监管局局长``: a run-together list)."""
    vague = notice.lex.roster_words.get("vague_unit_heads", {})
    if title and relation in vague.get("relations", []) and title.endswith(tuple(vague.get("words", []))):
        return False
    rx = post_words(notice.lex).title_word_re
    return not (title and rx is not None and len(rx.findall(title)) > 1 and relation in vague.get("relations", []))
