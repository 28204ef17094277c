"""A duty whose text only names bodies (``医疗卫生组``, ``和动物疫情防控组``, ``以及专家委员会``:
a list of groups, each closed by the unit that leads it; ``各镇（街道）防治X领导小组``: a
subject with no predicate) names no act: no duty. A table's task cells stay (a row's task may
be the things it covers, ``养老机构``)."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...notice import Notice
from ...words import dictionary_words, subject_phrase, word_tags

#: 和/以及 or 、 left before a name when a list of names was cut at its markers
_LIST_JOINT = re.compile(r"(?:和|以及|及|与|、)")

#: a body's name is short and holds no clause (only 、 and brackets between its words)
_LONGEST_NAME = 20
_CLAUSE_MARKS = re.compile("[，。；：:,;]")


def _group_endings(lex: Lexicon) -> tuple[str, ...]:
    """Endings of a group's name, which may hold the work it does (``医疗救治组``, ``综合协调组``):
    a mechanism's, a sub-body's (``bodies.json``), an office, or 组."""
    return (*lex.bodies["mechanism_suffixes"], *lex.bodies["sub_body_suffixes"], *lex.bodies["office_words"], "组")


def _name_endings(lex: Lexicon) -> tuple[str, ...]:
    """Endings of the names read as bare: a group's (:func:`_group_endings`) or a department's
    (``主管部门``, ``cues.json`` department_tails); not every body's word (平台, 中心 end tasks too)."""
    return (*_group_endings(lex), *lex.cue("department_tails"))


def drop_bare_names(notice: Notice) -> None:
    """Drop every duty, but a table's task, whose text is only a body's name (:func:`_bare_name`)."""
    text = notice.text
    notice.duties = [d for d in notice.duties
                     if d.source == "task" or not _bare_name(notice, text[d.span[0] : d.span[1]].strip())]


def _bare_name(notice: Notice, text: str) -> bool:
    """Is ``text`` (after a list's 和/以及/、) a noun phrase ending in a group's or a department's
    word (:func:`_name_endings`), opened by no verb nor verbal noun, with no
    clause, no 的, no preposition, nor a verb but the work a group's name gives (:func:`_acts`)?"""
    m = _LIST_JOINT.match(text)
    name = text[m.end() :] if m else text
    if not name or len(name) > _LONGEST_NAME or _CLAUSE_MARKS.search(name) or "的" in name:
        return False
    if not name.endswith(notice.lex.memo(_name_endings)) or not subject_phrase(name):
        return False
    if word_tags().get(dictionary_words(name)[0]) in ("v", "vn"):
        return False  # 建设工业互联网平台: a task naming what it builds
    return not any(_acts(notice, name, w, at) for w, at in _words_at(name))


def _words_at(name: str) -> list[tuple[str, int]]:
    """The dictionary words of ``name`` with where each ends."""
    out, end = [], 0
    for w in dictionary_words(name):
        end = name.find(w, end) + len(w)
        out.append((w, end))
    return out


def _acts(notice: Notice, name: str, word: str, end: int) -> bool:
    """Is ``word`` (ending at ``end`` in ``name``) a preposition, or a verb that is not the
    work a group's name gives right before its ending (``医疗救治组``; not ``市政府组建X组``)?"""
    tag = word_tags().get(word)
    return tag == "p" or (tag == "v" and name[end:] not in notice.lex.memo(_group_endings))
