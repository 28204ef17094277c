"""A person from a name and a post (``add_person``), and the people of a list of
posts and names (``省政府秘书长陈坚、省政府副秘书长周炳南、江海燕``)."""

from __future__ import annotations

import re

from ...normalize import HAN, strip_span
from ...notice import Notice, Person
from ...resolve import Org
from ...words import word_tags
from ..orgs import split_items
from ..posts import post_words
from .names import NAME_PAREN_RE, PAREN_TAIL, bare_name_ok, has_surname, valid_name
from .post_bodies import is_post, post_of, resolve_post


def add_person(notice: Notice, role: str, name_span: tuple[int, int], post: tuple[int, int], line: tuple[int, int]) -> None:
    text = notice.text
    name = text[name_span[0] : name_span[1]].replace(" ", "")
    if not valid_name(name, notice):
        return
    a, b = strip_span(text, *post, " 、，")
    bare_end = a + len(PAREN_TAIL.sub("", text[a:b]))  # 副部长（民政）: the title before its note
    if b > a and b >= len(text.rstrip()) and not text.endswith(post_words(notice.lex).titles, a, bare_end):
        return  # 范平 广电总局副局: the text ends inside the post
    org, title = post_of(notice, a, b) if b > a else (None, None)
    notice.people.append(Person(name=name, org=org, title=title, role=role, span=line))
    notice.roster_lines.add(line[0])


def people_in(notice: Notice, start: int, end: int, cut: bool) -> list[tuple[str, Org | None, str | None]]:
    """(name, org, title) of each person of a list ``省政府秘书长陈坚、省政府副秘书长周炳南、江海燕``:
    a title-only item joins the next one (``党委副书记、镇长卢梓星``); a bare name after ``、``
    shares the post before it."""
    return read_people(notice, start, end, cut)[0]


def read_people(notice: Notice, start: int, end: int, cut: bool) -> tuple[list[tuple[str, Org | None, str | None]], bool]:
    """``people_in`` and whether every item was read into a person (a title-only item that
    joins the next one, ``卫健委副主任、中医药局局长王五``, is read with it)."""
    text = notice.text
    complete = True
    items = [piece for a, b in split_items(text, start, end) for piece in _two_people(notice, a, b)]
    if cut and items:
        items = items[:-1]
    out: list[tuple[str, Org | None, str | None]] = []
    pending: int | None = None
    prev_post: tuple[Org | None, str | None] | None = None
    for a, b in items:
        tail = PAREN_TAIL.search(text[a:b])
        if tail and not tail.group(0)[1:-1].endswith(post_words(notice.lex).title_endings):
            b = a + tail.start()  # 吴细寒（常务）: a note, not a post (王明（副县长）is one)
        if _heads_of_a_kind(notice, a, b):
            complete, pending, prev_post = False, None, None
            continue  # 党政负责同志: the heads of a kind of body, no person
        if text.endswith("同志", a, b):
            b -= 2
        if b - a > 3 and text[b - 1] == "等":
            b -= 1  # 县财政局副局长赵强等（同志）: the list goes on unwritten
        sep = text[a - 1] if a > start else ""
        first = pending if pending is not None else a
        parsed = _person_item(notice, first, b)
        if parsed is None or (parsed[1] is None and not bare_name_ok(parsed[0], notice)):
            if is_post(notice, a, b):
                pending = first
            else:
                complete = False
                pending = None
                prev_post = None
            continue
        pending = None
        name, post = parsed
        if post is None:
            org, title = prev_post if (prev_post and sep == "、") else (None, None)
        else:
            org, title = resolve_post(notice, *post)
            if org is None:
                org, title = _post_after_space(notice, *post) or (org, title)
            if sep == "、" and org is None and _same_post_below(notice, title, prev_post):
                org = prev_post[0] if prev_post else None  # 省政府秘书长甲、副秘书长乙: the body written once
            prev_post = (org, title)
        out.append((name, org, title))
    return out, complete and pending is None


def _post_after_space(notice: Notice, a: int, b: int) -> tuple[Org, str | None] | None:
    """The post after the last space of ``text[a:b]`` when it alone names its body and the words
    before it are no part of it (a headline's phrases run on: ``… 副总理某某任召集人``); else None."""
    k = max(notice.text.rfind(" ", a, b), notice.text.rfind("\u3000", a, b))
    if k < 0 or k + 1 >= b:
        return None
    org, title = resolve_post(notice, k + 1, b)
    return (org, title) if org is not None else None


def _heads_of_a_kind(notice: Notice, a: int, b: int) -> bool:
    """Does the item ``text[a:b]`` (with a ``同志`` right after it) end with a head word
    (``党政负责同志``, ``分管领导``): posts, not a person's name?"""
    text = notice.text
    end = b + 2 if text.startswith("同志", b) else b
    return text[a:end].endswith(tuple(notice.lex.cue("head_words")))


def _same_post_below(notice: Notice, title: str | None, prev: tuple[Org | None, str | None] | None) -> bool:
    """Is ``title`` a bare title of the same head as the post before it (``副秘书长`` after
    ``省政府秘书长``, ``副局长`` after ``县卫健局局长``), so that it shares that post's body?"""
    if title is None or prev is None or prev[0] is None or prev[1] is None:
        return False
    w = post_words(notice.lex)
    return w.title_at(title, 0, len(title)) == len(title) and w.head(title) == w.head(prev[1])


def _two_people(notice: Notice, a: int, b: int) -> list[tuple[int, int]]:
    """``街道党工委书记甲某和街道办事处主任乙某``: two people joined by 和/及/与, each a post and a
    name; else the item as it is (``县发展和改革局局长甲某`` is one)."""
    text = notice.text
    for k in range(a + 3, b - 3):
        if text[k] in "和及与":
            left, right = _person_item(notice, a, k), _person_item(notice, k + 1, b)
            if left and right and left[1] is not None and right[1] is not None:
                return [(a, k), (k + 1, b)]
    return [(a, b)]


def _person_item(notice: Notice, a: int, b: int) -> tuple[str, tuple[int, int] | None] | None:
    """(name, post span or None) of one list item: post then name, name then title,
    name（post）, or a bare name."""
    text = notice.text
    seg = text[a:b]
    paren = NAME_PAREN_RE.fullmatch(seg)
    if paren and bare_name_ok(paren.group("name"), notice):  # 王明（县人民政府副县长）任组长
        return paren.group("name"), (a + paren.start("post"), a + paren.end("post"))
    for n in (3, 2, 4):  # post then name
        title, name = seg[:-n], seg[-n:]
        if (title.endswith(post_words(notice.lex).titles) and valid_name(name, notice) and has_surname(name, notice)
                and re.fullmatch(rf"[{HAN}·]+", name)):
            return name, (a, a + len(title))
    w = post_words(notice.lex)
    for n in (3, 2, 4):
        if (n < len(seg) and has_surname(seg[:n], notice) and valid_name(seg[:n], notice)
                and word_tags().get(seg[:n], "nr")[:1] in ("n", "") and word_tags().get(seg[:n]) != "n"):
            # 党政负责人: a common noun, not a name (names and place-like names such as 龙海 pass)
            t = w.title_at(text, a + n, b)
            if t is not None and t == b:
                return seg[:n], (a + n, b)
    if 2 <= len(seg) <= 4 and re.fullmatch(rf"[{HAN}]+", seg):
        return seg, None
    return None
