"""Short forms a notice defines for its bodies: ``X（以下简称Y）`` makes the table know ``X``
and ``Y`` as one body before any duty rule reads the text, so a later ``Y负责…`` names ``X``
(``教育部网络安全和信息化领导小组办公室（以下简称教育部网信办）…。教育部网信办收到…``).

A body is read only where its name stands alone before the note: from the start of a clause
(after punctuation, a space, an article number such as ``第三条``, or a closing bracket and a
conjunction: ``A（以下简称甲）和B（以下简称乙）``) to the note. Both the name and the short form
must look like a body's (an organization ending), the name must not open with a verb or a
preposition, and it must not be a list of two bodies (``高校和科研机构``)."""

from __future__ import annotations

import re

from ...notice import Notice
from ...words import starts_with_verb
from ..orgs import ends_like_body, looks_like_org, org_at

# （以下简称“教育部网信办”） / （下称市级主管部门）
_NOTE = re.compile(r"[（(](?:以下简称|下称)[“\"]?([^）)”\"（(]{2,12})[”\"]?[）)]")
# where a name may start: a clause boundary, an article number, a note before it and a conjunction
_BOUNDARY = re.compile(r"(?:^|[。；，：:、\s]|第[一二三四五六七八九十百零〇]+条|[）)](?:和|及|以及|与))"
                       r"(?=[^。；，：:、\s]*$)")
_OTHER_NAME = re.compile(r"[（(][^（）()]{2,20}[）)]$")  # 教育部资源发展中心（中央电化教育馆）（以下简称…）
_MAX_NAME = 30


def find_short_forms(notice: Notice) -> None:
    """Every body a notice names with ``（以下简称Y）`` after it, in the table with ``Y``."""
    text = notice.text
    mech = notice.mechanism
    mech_names = {mech.name, *mech.aliases} if mech is not None else set()
    for m in _NOTE.finditer(text):
        short = m.group(1)
        name = _name_before(notice, m.start())
        if name is None or name in mech_names or short in mech_names or not _body_form(notice, short):
            continue
        org = notice.table.add(name)
        notice.table.alias(org, short)


def _name_before(notice: Notice, end: int) -> str | None:
    """The body's name that ends at ``end`` (where its note starts), or None."""
    text = notice.text
    other = _OTHER_NAME.search(text, max(0, end - 24), end)
    if other and other.end() == end and not _NOTE.match(text, other.start(), end):
        end = other.start()  # the body's other name in brackets before the note
    line_start = text.rfind("\n", 0, end) + 1
    lo = max(line_start, end - _MAX_NAME - 8)
    window = text[lo:end]
    b = None
    for bm in _BOUNDARY.finditer(window):
        b = bm.end()
    if b is None:
        if lo != line_start:
            return None  # the name runs further back than a body's name does
        b = 0
    name = window[b:].strip()
    if b > 0 and window[b - 1] == "、":
        return None  # A、B、C（以下简称三个中心）: the note names the whole list
    opens_clause = re.match(notice.lex.cue_class("clause_opening_chars"), name)
    if not (3 <= len(name) <= _MAX_NAME) or opens_clause or starts_with_verb(name):
        return None
    if not _body_form(notice, name) or _two_bodies(notice, name):
        return None
    return name


# 大数据工作主管部门, 省级主管部门: the department charged with a field (not 主管部门 alone)
_AUTHORITY = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:行政主管部门|主管部门)")


def _body_form(notice: Notice, name: str) -> bool:
    """Does ``name`` look like a body's: a body's ending, or the department charged with a field
    (``省人民政府大数据工作主管部门``, ``省级主管部门``: what ``（以下简称Y）`` names is one body)?"""
    return looks_like_org(name, notice) or (_AUTHORITY.fullmatch(name) is not None and "的" not in name)


def _two_bodies(notice: Notice, name: str) -> bool:
    """Is ``name`` two bodies joined by a conjunction (``高校和科研机构``): a whole body's name
    (known, a body's ending, a class of institutions) before it, a body's name after it?"""
    for c in re.finditer(notice.lex.cue_re("unit_conjunctions"), name):
        left, right = name[: c.start()], name[c.end() :]
        whole_body = (org_at(notice, left, 0, len(left)) == len(left) or ends_like_body(notice, left)
                      or notice.lex.institution_re.fullmatch(left) is not None)
        if whole_body and looks_like_org(right, notice):
            return True
    return False
