"""A class of departments named by the governments they belong to, as laws and regulations
write it: ``县级以上人民政府卫生行政部门``, ``县级以上地方人民政府教育主管部门``,
``设区的市人民政府生态环境主管部门``, ``省、自治区、直辖市人民政府交通运输部门``: the
departments of that field at every government of that level, one generic body of the
field's kind, with the department's own name (``卫生行政部门``) as its other written form;
or named by the work it manages (``…人民政府管理专利工作的部门``, no kind). A law may leave
the government word out (``县级以上地方卫生行政部门``, ``设区的市级以上环境保护行政主管部门``):
a class of levels with 以上, then a department in 部门, is the same class.
Not one government's own department (``国务院卫生行政部门``, ``县人民政府卫生健康局``:
no class of levels before it), nor the governments' departments concerned
(``县级以上人民政府有关部门``: a collective, read elsewhere)."""

from __future__ import annotations

import re

from ..lexicon import Lexicon, alternation
from ..notice import Notice
from ..words import starts_with_verb


class _Cues:
    """The regexes of this module, built from the cue words of ``cues.json`` (one per lexicon)."""

    def __init__(self, lex: Lexicon) -> None:
        levels = alternation([*lex.cue("government_level_classes"), *(lex.forms.get("one_level_qualifiers") or [])])
        governments = lex.cue_re("government_words")
        # 县级以上地方各级人民政府 / 设区的市人民政府 / 省、自治区、直辖市人民政府
        self.governments = re.compile(rf"(?:{levels})(?:地方)?(?:各级)?(?:{governments})")
        # 县级以上地方|卫生行政部门 / 设区的市级以上|环境保护行政主管部门: a class of levels with 以上
        # and no government word, a department of that field right after it
        above = alternation([w for w in lex.cue("government_level_classes") if w.endswith("以上")])
        self.bare_levels = re.compile(rf"(?:{above})(?:地方)?(?:各级)?(?=[\u4e00-\u9fff])")
        self.not_own = re.compile(rf"(?:{lex.cue_re('concerned_words')}|其他|所属|下属|各)")
        self.department_end = re.compile("(?:部门|机构|机关)$")
        # 管理专利工作的部门: a department named by the work it manages
        self.managing = re.compile(r"管理[\u4e00-\u9fff]{1,10}?工作的(?:部门|机构)")
        # 大数据工作主管部门 / 无线电管理机构: a field no lexicon lists, closed by the words of a department
        self.unlisted_field = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:工作)?(?:主管|行政|管理)(?:部门|机构)")
        self.predicate_word = re.compile(rf"{lex.cue_re('modal_verbs')}|[对将把向由经在]")


def governments_of_levels(notice: Notice, p: int, limit: int) -> int | None:
    """Where the governments of a class of levels named at ``p`` end (``县级以上地方人民政府|``),
    when a department of theirs may follow; else None."""
    cues = notice.lex.memo(_Cues)
    m = cues.governments.match(notice.text, p, limit)
    if m is None or cues.not_own.match(notice.text, m.end(), limit):
        return None
    return m.end()


def levels_without_government(notice: Notice, p: int, limit: int) -> int | None:
    """Where a class of levels written with 以上 and no government word ends (``县级以上地方|``,
    before ``卫生行政部门``), when no government word follows; else None."""
    cues = notice.lex.memo(_Cues)
    if cues.governments.match(notice.text, p, limit):
        return None
    m = cues.bare_levels.match(notice.text, p, limit)
    return m.end() if m else None


def managing_department(notice: Notice, q: int, limit: int) -> int | None:
    """Where a department named by the work it manages ends (``管理专利工作的部门|``), at ``q``."""
    m = notice.lex.memo(_Cues).managing.match(notice.text, q, limit)
    return m.end() if m else None


def unlisted_field_department(notice: Notice, q: int, limit: int) -> int | None:
    """Where the department of a field no lexicon lists ends (``大数据工作主管部门|``), at ``q``
    right after the governments of a class of levels."""
    cues = notice.lex.memo(_Cues)
    m = cues.unlisted_field.match(notice.text, q, limit)
    if m is None or cues.predicate_word.search(m.group(0)) or starts_with_verb(m.group(0)):
        return None  # 县级以上人民政府应当督促管理部门…: the governments act, no department named
    return m.end()


def is_department_class(notice: Notice, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name a department type (``卫生行政部门``, ``气象主管机构``)?"""
    return notice.lex.memo(_Cues).department_end.search(notice.text, start, end) is not None
