"""One roster line's people: name then post (``张三（市政府副市长）``, ``张威 X局局长``),
post then name (``县人民政府副县长 张建国``), several names sharing one post."""

from __future__ import annotations

import re

from ...normalize import HAN
from ...notice import Notice
from ..orgs import org_at, split_items
from ..posts import post_words
from .names import INLINE_RE, LINE_RE, POST_FIRST_RE, SHARED_RE, bare_name_ok, valid_name
from .people import add_person
from .post_bodies import is_post, split_post


def inline_people(notice: Notice, role: str, start: int, end: int, line: tuple[int, int]) -> None:
    """``张三（市政府副市长）、李四（县卫健局局长）`` or ``张三 市政府副市长``."""
    text = notice.text
    found = False
    prev = start
    for m in INLINE_RE.finditer(text, start, end):
        if not valid_name(m.group("name"), notice):
            continue  # 施小灵 党委副书记（党群）: a post's note in parentheses, not a name's post
        found = True
        comma = text.find("，", m.start("post"), m.end("post"))  # 农业部部长，防治组组长: the unit's post first
        post = (m.start("post"), comma if comma > 0 else m.end("post"))
        for name in _names_before(notice, prev, m.start("name")):  # 何平、吕洋（县民政局副局长）: one post
            add_person(notice, role, name, post, line)
        add_person(notice, role, (m.start("name"), m.end("name")), post, line)
        prev = m.end()
    if not found and any(rx.fullmatch(text, start, end) for rx in (LINE_RE, POST_FIRST_RE, SHARED_RE)):
        person_line(notice, role, start, end, line)


def _names_before(notice: Notice, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the bare names of ``text[start:end]`` = ``何平、吕洋、`` (each followed by
    、), else none: names that share the post written after the next name."""
    text = notice.text
    k = start
    while k < end and text[k] in "、，, ":
        k += 1
    if k >= end or text[end - 1] != "、":
        return []
    spans = []
    for a, b in split_items(text, k, end):
        if not bare_name_ok(text[a:b].replace(" ", ""), notice):
            return []
        spans.append((a, b))
    return spans


def person_line(notice: Notice, role: str, start: int, end: int, line: tuple[int, int]) -> None:
    """``张威 奈曼旗卫生健康委党组书记``, or post first: ``县人民政府副县长 张建国``."""
    text = notice.text
    shared = SHARED_RE.fullmatch(text, start, end)
    if shared and is_post(notice, *shared.span("post")):  # 李明、陈刚 县卫健局副局长: one post
        names = split_items(text, *shared.span("names"))
        if all(bare_name_ok(text[a:b].replace(" ", ""), notice) for a, b in names):
            for name in names:
                add_person(notice, role, name, shared.span("post"), line)
            return
    first = LINE_RE.fullmatch(text, start, end)
    last = POST_FIRST_RE.fullmatch(text, start, end)
    if last and (org_at(notice, text, start, last.end("post")) is not None or is_post(notice, *last.span("post"))):
        add_person(notice, role, last.span("name"), last.span("post"), line)
    elif first:
        add_person(notice, role, first.span("name"), (first.start("post"), end), line)


_HAN_ONLY = re.compile(rf"[{HAN}]+(?:、[{HAN}]+)*")  # 阎某市委副书记、市长: a double post


def glued_person(notice: Notice, role: str, start: int, end: int, line: tuple[int, int]) -> bool:
    """``张三县卫健局副局长``: a name of 2–3 characters run into its post with no separator.
    The post starts with a body ``org_at`` reads and the name is no place's start (``黄山市卫健局局长``
    is a post alone: a place the notice writes again, while a name run into a post's level,
    ``张三县``, is written once); the shortest name that leaves a post wins. Adds the person
    when the rest is one post; True if the line is such a roster line."""
    text = notice.text
    if not 5 <= end - start <= 2 * _GLUED_REACH or not _HAN_ONLY.fullmatch(text[start:end]):
        return False
    place = notice.table.split_place(text[start:end])[0]
    if place and (place == notice.table.locality or text.count(place) > 1):
        return False
    kind_first = [n for n in (2, 3) if _kind_first(notice, start + n, end)]
    for n in (2, 3):
        a = start + n
        body = org_at(notice, text, a, end) is not None or (  # 省劳动和社会保障厅: a level's body no lexicon lists
            text[a] in notice.lex.bare_levels and split_post(notice, a, end) is not None) or kind_first == [n]
        if bare_name_ok(text[start:a], notice) and body:
            if end - start <= _GLUED_REACH and is_post(notice, a, end):
                add_person(notice, role, (start, a), (a, end), line)
                return True
            nxt = _next_glued(notice, a, end)
            if nxt is not None:  # 甲某省妇儿工委办公室主任乙某省残联副理事长: two lines run together
                add_person(notice, role, (start, a), (a, nxt), line)
                glued_person(notice, role, nxt, end, line)
            return end - start <= _GLUED_REACH or nxt is not None  # else more than one post run together
    return False


_GLUED_REACH = 30  # a name and its post run together are never longer


def glued_shape(notice: Notice, start: int, end: int) -> bool:
    """Is the line a name run into a post its body's table does not know
    (``张三国务院某办副主任``)? Its last title is the person's, no label of the lines below."""
    text = notice.text
    if not 5 <= end - start <= _GLUED_REACH or not _HAN_ONLY.fullmatch(text[start:end]):
        return False
    return any(bare_name_ok(text[start : start + n], notice) and split_post(notice, start + n, end) is not None
               and is_post(notice, start + n, end) for n in (2, 3))


def _kind_first(notice: Notice, a: int, end: int) -> bool:
    """Does the post at ``a`` open with a body whose name starts with a department's short
    name and ends like a body (``财政部部长助理``, ``农业部副部长``: a ministry the table has not
    met yet)? Read only when one name length leaves such a post (``张三财政部…``, not ``张三财``)."""
    org_end = split_post(notice, a, end)
    if org_end is None:
        return False
    body = notice.text[a:org_end]
    opens = (notice.lex.short_re.match(body) is not None
             or body.startswith(tuple(notice.lex.cue("national_prefixes"))))  # 国务院扶贫办副主任
    return opens and body.endswith(post_words(notice.lex).endings) and "、" not in body


def _next_glued(notice: Notice, a: int, end: int) -> int | None:
    """Where a second name-and-post starts after the post at ``a`` (the post ends with a
    title, the next name starts a body's post), else None."""
    text = notice.text
    w = post_words(notice.lex)
    for k in range(a + 3, min(end - 4, a + _GLUED_REACH)):
        if not text.endswith(w.titles, a, k) or not is_post(notice, a, k):
            continue
        for n in (2, 3):
            b = k + n
            if (b < end and bare_name_ok(text[k:b], notice)
                    and (org_at(notice, text, b, end) is not None or text[b] in notice.lex.bare_levels)):
                return k
    return None
