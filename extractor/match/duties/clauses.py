"""Clauses inside a line: where they start (past inline numbering), bracket depth,
clauses that report past work or a meeting, ask a question, name a body only as the doer of a
thing (``X制定的文件``), or set the notice's body up."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...notice import Notice
from ...numbering import ARABIC, ARABIC_PAREN, CHAPTER, CN_PAREN, LAW_ORDINAL
from ...words import VERB_TAGS, dictionary_words, word_tags
from ..subjects import subject_cues

# (一) / 第四条 / 1. opening a clause inside a run-on line
# 第六条 / 第二章管理职责第六条 (a chapter's title run into its first article) / （二） / 1.
INLINE_MARK = re.compile(
    rf"(?:(?:{LAW_ORDINAL}[章节][^。；，：\s]{{1,20}}?)?{LAW_ORDINAL}条|{CN_PAREN}|{ARABIC_PAREN}|{ARABIC}(?=[\u4e00-\u9fff]))\s*"
)


def clause_starts(text: str, start: int, end: int) -> list[int]:
    """Where clauses may start in a line: its start, after 。；，： and spaces, past an
    inline numbering marker (``；（二）卫生行政部门负责…``)."""
    out: list[int] = []
    for i in [start - 1, *(m.start() for m in _CLAUSE_END.finditer(text, start, end))]:
        p = i + 1
        while p < end and text[p] == " ":
            p += 1
        m = INLINE_MARK.match(text, p, end) or _ORDINAL.match(text, p, end)
        if m and (i < start or text[i] in "。；： " or BRACKETED_MARK.fullmatch(m.group(0).rstrip())):
            p = m.end()  # …监督管理，（二）市教育局负责…: the items of a list run together on one line
        elif i >= start and text[i] in "。：" and (section := _RUN_ON_SECTION.match(text, p, end)):
            p = section.end()  # …提出以下意见：一、各地教育部门要…: a section's number run on after a colon
        if p < end and (not out or out[-1] != p):
            out.append(p)
    # 第二章管理职责第四条各级爱卫办…: a chapter's title run on into its first article
    chaptered = [m.end() for m in _CHAPTER_ARTICLE.finditer(text, start, end) if m.end() < end]
    return sorted(set(out + chaptered)) if chaptered else out


_CHAPTER_ARTICLE = re.compile(rf"{LAW_ORDINAL}章[\u4e00-\u9fff]{{1,20}}?{LAW_ORDINAL}条\s*")


_CLAUSE_END = re.compile("[。；，： ]")
# 一、 / 十二、 (not 一、二级医院: two levels)
_RUN_ON_SECTION = re.compile(r"[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])\s*")


def clause_end(text: str, start: int, end: int) -> int:
    """Where the clause at ``start`` ends: its first ``，。；`` before ``end``, else ``end``."""
    stop = start
    while stop < end and text[stop] not in "，。；":
        stop += 1
    return stop
# 。七是工业和信息化部将…: the ordinal of a point run into the text (一是…, 二是…) before its subject
_ORDINAL = re.compile(r"[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fff])")


BRACKETED_MARK = re.compile(rf"{CN_PAREN}|{ARABIC_PAREN}|{CHAPTER}条")


_BRACKET = re.compile(r"[（\[【）\]】]")


def paren_depths(text: str, start: int, end: int) -> list[int]:
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


def reported(text: str, start: int, end: int) -> bool:
    """Does the clause report past work (编制形成了…, 已经…) rather than assign it?"""
    return bool(_PAST.search(text, start, clause_end(text, start, end)))


def reports_past_work(notice: Notice, q: int, end: int) -> bool:
    """Does the sentence of a subject whose predicate starts at ``q`` with no modal, duty, lead
    or support verb say what was done (``X认真践行…，取得了较好成效``, ``X目前已将居民进行了搬迁``)?
    A report, no duty (``reported`` reads the first clause alone)."""
    text = notice.text
    if subject_cues(notice).strict_follow.match(text, q, end):
        return False
    stop = text.find("。", q, end)
    return bool(_PAST.search(text, q, end if stop < 0 else stop))


def _figures_re(lex: Lexicon) -> re.Pattern[str]:
    """A paragraph's words for figures of a period already passed (``past_figure_words``:
    ``同比增长``, ``较去年同期``, ``全年累计``)."""
    return re.compile(lex.cue_re("past_figure_words"))


def reports_figures(notice: Notice, line_start: int, q: int, end: int) -> bool:
    """Is the sentence of a subject whose predicate starts at ``q`` with no modal, duty, lead or
    support verb written in a paragraph (``line_start`` to ``end``) that gives figures of a period
    already passed (``…同比增长12%。…X部建成…平台，归集…``)? A review of the year: the
    bodies' sentences say what they did, no duty."""
    text = notice.text
    if subject_cues(notice).strict_follow.match(text, q, end):
        return False
    return notice.lex.memo(_figures_re).search(text, line_start, end) is not None


def _meeting_cues(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A meeting held after a place or time (在某地召开…), and a clause closing with
    attendance at a meeting (…参加会议)."""
    held = re.compile(rf"(?:在|于)[^，。；]{{1,20}}?(?:{lex.cue_re('meeting_verbs')})")
    attended = re.compile(rf"(?:{lex.cue_re('attendance_verbs')})了?[^，。；]{{0,16}}?会议?(?=[，。；]|$)")
    return held, attended


def reports_a_meeting(notice: Notice, q: int, end: int) -> bool:
    """Is the clause whose predicate starts at ``q`` (after its subject) the news of a meeting:
    held somewhere (``X在某县召开推进会``: after 在/于 a place or time, a verb of
    ``meeting_verbs``) or attended (``X负责人、
    Y参加会议``: the clause closes with ``attendance_verbs`` and a meeting)? Not after a modal
    verb (``各部门要派员参加会议`` is a duty)."""
    text = notice.text
    if subject_cues(notice).modal.match(text, q, end):
        return False
    stop = clause_end(text, q, end)
    held, attended = notice.lex.memo(_meeting_cues)
    return bool(held.match(text, q, stop) or attended.search(text, q, stop))


def _question_re(lex: Lexicon) -> re.Pattern[str]:
    """A sentence that asks (an interview's ``…的主要思路是什么？``): a question word, then ？."""
    return re.compile(rf"[^。；？]*?(?:{lex.cue_re('question_words')})[^。；？，]{{0,20}}？")


def asks_a_question(notice: Notice, p: int, end: int) -> bool:
    """Is the sentence of the subject at ``p`` a question (``X将采取哪些措施…？答：…``, a
    press interview)? It asks what the body does, it assigns nothing: no duty."""
    return notice.lex.memo(_question_re).match(notice.text, p, end) is not None


def names_a_doer_of_a_thing(text: str, q: int, end: int) -> bool:
    """Does the predicate at ``q`` close a relative clause (``各级人民法院制定的规范性文件``,
    ``省级文化部门核发的批准文件在有效期内…``): a verb, then 的? The body says whose thing the
    sentence is about, it is not the subject: no duty."""
    words = dictionary_words(text[q : min(end, q + 8)])
    return len(words) >= 2 and word_tags().get(words[0]) in VERB_TAGS and words[1] == "的"


_SETUP = re.compile("(?:(?:研究|经研究)?决定[，,]?|确定|共同|联合)?(?:成立|设立|组建)")  # A、B共同设立X / X研究决定，成立Y: the act that sets X up


def sets_up(notice: Notice, p: int, q: int, end: int) -> bool:
    """``国务院成立X（以下简称Y）``: the act that sets the notice's body up, not a duty; so is
    one body's ``成立X`` right after it (no modal verb, not 各…, a class of levels 县级以上… nor 相应…), staffed or not
    (``市政府成立X领导组（名单附后）``, ``X成立Y 某某任组长``, ``卫生院成立由…组成的专家组``,
    ``县政府成立X领导小组，统一协调…``, ``县政府确定成立X``: what the group does is the group's)."""
    text = notice.text
    if not _SETUP.match(text, q, end):
        return False
    stop = text.find("。", q, end)
    clause = text[q : stop if stop >= 0 else end]
    if "以下简称" in clause:
        return True  # naming the body for the rest of the notice
    # 各二级单位成立…, 区县政府设立相应的…, 县级以上人民政府成立…: each body of a class is told to set one up
    return not (text.startswith(("各", *notice.lex.cue("government_level_classes")), p) or "相应" in clause)


def names_members(notice: Notice, q: int, end: int) -> bool:
    """``A、B等部门负责人及各村委会主任为成员的X领导小组`` / ``…主要领导任委员``: the clause after the
    bodies (up to its first mark) makes their heads a body's members: how the body is made up, no
    duty of theirs (``为成员单位提供…`` is one: the member word ends neither the clause nor a name; so is
    ``各村委会成立由…为成员的X``: the bodies set up a body of their own)."""
    text = notice.text
    m = notice.lex.memo(_names_members_re).search(text, q, clause_end(text, q, end))
    return m is not None and _SETUP.search(text, q, m.start()) is None


def _names_members_re(lex: Lexicon) -> re.Pattern[str]:
    """``为成员`` / ``任领导小组成员`` / ``担任委员`` before 的, a mark or the end: a body's members named."""
    return re.compile(rf"(?:{lex.cue_re('appointment_verbs')})[\u4e00-\u9fff]{{0,20}}?(?:成员|委员)(?!会)(?:单位)?"
                      r"(?=的|[，,。；]|$)")
