"""People named with a post *in the mechanism* among their posts, as reports and event plans
write them: ``县政府副县长、县艾工委主任张三`` (the body's post last, the name after it),
``区爱卫会副主任、区卫计局局长李四`` (the body's post first), ``王五 市委副书记、市爱卫会主任``
(a line: the name, then the posts), ``区政府副区长赵六为区爱国卫生运动委员会主任`` (the body
named between 为 and the role). The body's post gives the role; the first other post gives the
person's unit and title (as a roster line's first unit does); a person with no other post has
neither."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...normalize import HAN
from ...notice import Mechanism, Notice, Person
from ...resolve import Org
from ...words import word_tags
from ..after_words import after_words
from ..orgs import org_at, split_items
from ..posts import post_words
from .names import has_surname, valid_name
from .people import people_in
from .post_bodies import is_post, resolve_post
from .roles import role_of

_CLAUSE_STOPS = "，,。；;：:\n"
_TERM = re.compile(r"(?:新一届|本届|第[一二三四五六七八九十\d]+届)$")  # 区新一届爱卫会主任


def find_mechanism_posts(notice: Notice) -> None:
    """Add the people named with a post in the mechanism (see the module's doc). A person the
    roster read from the same line or sentence takes the role of the body's post and the unit
    and title of the first other post (the body's post is no part of the title)."""
    mech = notice.mechanism
    if mech is None:
        return
    text = notice.text
    done: set[str] = set()
    for m in after_words(text, _forms(notice, mech), notice.lex.memo(_role_after_form)):
        start = _form_start(notice, m.start, m.start)
        if start is None:
            continue
        relation = role_of(notice, m.rest.group("role"))
        for name, org, title, span in _people_of(notice, start, m.end(), text):
            if name in done:
                continue
            done.add(name)
            same = [p for p in notice.people if p.name == name]
            if any(not (p.span[1] <= span[0] or span[1] <= p.span[0]) for p in same):
                for p in same:  # 董巍 市委副书记、市爱卫会主任, read by the roster's lines: the body's post decides
                    p.role, p.org, p.title = relation, org, title
            elif not same:
                notice.people.append(Person(name=name, org=org, title=title, role=relation, span=span))


def former_post(notice: Notice, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name a post held before (``时任国务院副总理``, ``首任主任``)?
    Its holder is no member now."""
    return any(w in notice.text[start:end] for w in notice.lex.cue("former_post_words"))


def _forms(notice: Notice, mech: Mechanism) -> set[str]:
    """The forms of the mechanism's name a post may be written with (``爱卫会``,
    ``区精神卫生领导小组``, a bare ``委员会``): three characters or more."""
    place = notice.table.split_place(mech.name)[0]
    forms = {mech.name, *mech.aliases}
    forms |= {f[len(place):] for f in forms if place and f.startswith(place) and len(f) - len(place) >= 3}
    return {f for f in forms if len(f) >= 3}


def _role_after_form(lex: Lexicon) -> re.Pattern[str]:
    """A role word right after a form of the mechanism's name (not ``主任科员``, not ``成员单位``)."""
    return re.compile(rf"(?P<role>{lex.role_re.pattern})(?!科员|单位|会)")


def _form_start(notice: Notice, pos: int, form_start: int) -> int | None:
    """Start of the body's post whose form starts at ``form_start``: the form itself, or a
    place or level written before it (``大东区爱卫会``, ``县艾工委``, ``区新一届…``); None when
    the form ends another body's name (``市卫生健康委员会主任``: 委员会 is a department's)."""
    text = notice.text
    k = form_start
    lo = max(0, k - 30)
    while k > lo and re.match(rf"[{HAN}]", text[k - 1]) and text[k - 1] not in "为任由和及与、":
        k -= 1
    prefix = _TERM.sub("", text[k:form_start])
    if prefix == "" or prefix in notice.lex.level_chars:
        return k
    place = notice.table.split_place(prefix + "X")[0]
    if place == prefix or prefix in notice.table.places:
        return k
    return k if _words_of_name(notice, prefix.removeprefix(place)) else None


def _words_of_name(notice: Notice, words: str) -> bool:
    """Are ``words`` (before a form of the name, its place or level left out) four characters
    or more of the mechanism's name as written there (``区疫情防控应急|指挥部`` of
    ``杜集区疫情防控应急综合指挥部``: the name with a word left out)?"""
    mech = notice.mechanism
    words = words[1:] if words[:1] and words[0] in notice.lex.level_chars else words
    return mech is not None and len(words) >= 4 and words in mech.name


def _people_of(notice: Notice, start: int, end: int,
               text: str) -> list[tuple[str, Org | None, str | None, tuple[int, int]]]:
    """(name, unit, title, sentence) of the people holding the body's post ``text[start:end]``."""
    clause = max(text.rfind(ch, 0, start) for ch in _CLAUSE_STOPS) + 1
    stop = min([k for k in (text.find(ch, end) for ch in "。；;\n") if k >= 0], default=len(text))
    span = (clause, stop)
    if former_post(notice, clause, start):
        return []
    if start > clause and text[start - 1] in "为任":
        # 副区长赵六为…主任 / 副总理甲、国务委员乙担任…副主任: the people before the marker
        marker = start - (2 if text.endswith(("担任", "兼任"), clause, start) else 1)
        if text.endswith("等", clause, marker):
            marker -= 1
        by = text.rfind("由", clause, marker)  # 由乡镇长担任委员会主任: the list starts after 由
        first = by + 1 if by >= 0 and _agent_by(text, by) else clause
        return [(n, o, t, span) for n, o, t in people_in(notice, first, marker, False)]
    name = _name_at(notice, end)
    if name is not None:  # 县政府副县长、县艾工委主任张三: the other posts before the body's
        return [(name, *_first_post(notice, _chain_before(notice, clause, start)), span)]
    if end < len(text) and text[end] == "、":  # 区爱卫会副主任、区卫计局局长李四
        tail = min([k for k in (text.find(ch, end + 1) for ch in _CLAUSE_STOPS) if k >= 0], default=len(text))
        items = split_items(text, end + 1, tail, seps="、")
        if not items:
            return []
        a, b = items[0]
        for k in range(a + 2, min(b, a + 40)):  # the post, then the name (then what the person did)
            name = _name_at(notice, k)
            if name is not None and is_post(notice, a, k):
                return [(name, *resolve_post(notice, a, k), span)]
        return []
    line_start = text.rfind("\n", 0, start) + 1
    if (end >= len(text) or text[end] in "\n") and clause == line_start:  # 王五 市委副书记、市爱卫会主任
        m = re.match(rf"([{HAN}]{{2,4}}|[{HAN}] [{HAN}]|[{HAN}]  [{HAN}])\s+", text[line_start:start])
        if m is None:
            return []
        name = m.group(1).replace(" ", "")
        if not (valid_name(name, notice) and has_surname(name, notice)):
            return []
        chain = [(a, b) for a, b in split_items(text, line_start + m.end(), start) if is_post(notice, a, b)]
        return [(name, *_first_post(notice, chain), (line_start, stop))]
    return []


def _agent_by(text: str, i: int) -> bool:
    """Is the 由 at ``i`` the one that names who (not 自由, not 由于)?"""
    return text[i - 1] != "自" and text[i + 1] != "于"


def _name_at(notice: Notice, i: int) -> str | None:
    """A person's name starting at ``i``: 2–3 characters (4 when a separator follows), a
    surname first, ending before a separator or what the person did."""
    text, lex = notice.text, notice.lex
    # a name ends before a separator, or before the first character of what the person did; four
    # characters only before a separator and when no shorter name ends before a verb (王明讲话。)
    seps, verbs = lex.cue("after_name_chars"), lex.cue("after_name_verb_chars")
    for n, follow in ((3, seps), (2, seps), (3, verbs), (2, verbs), (4, seps)):
        name = text[i : i + n]
        after = text[i + n] if i + n < len(text) else "\n"
        if (len(name) == n and re.fullmatch(rf"[{HAN}]+", name) and after in follow
                and valid_name(name, notice) and has_surname(name, notice)):
            return name
    return None


def _chain_before(notice: Notice, clause: int, start: int) -> list[tuple[int, int]]:
    """The posts joined by 、 right before the body's post (``县政府副县长、``), leftmost first."""
    text = notice.text
    if start <= clause or text[start - 1] != "、":
        return []
    chain: list[tuple[int, int]] = []
    titles = post_words(notice.lex).titles
    items = split_items(text, clause, start - 1, seps="、")
    for k in range(len(items) - 1, -1, -1):
        a, b = items[k]
        if not (is_post(notice, a, b) or (k > 0 and text.endswith(titles, a, b))):
            break  # 副县长、公安局长、X委副主任: a post written short (公安局长) inside the chain
        chain.insert(0, (a, b))
    if chain:  # 会议由市政府副秘书长、…: the first post starts after the clause's 由 (not 自由, 由于)
        a, b = chain[0]
        by = text.rfind("由", a, b)
        if by > a and _agent_by(text, by) and is_post(notice, by + 1, b):
            chain[0] = (by + 1, b)
        else:
            chain[0] = (_after_verb(notice, a, b), b)
    return chain


def _after_verb(notice: Notice, a: int, b: int) -> int:
    """Start of the post ``text[a:b]`` after a verb the clause opens with (``听取`` +
    ``市卫计委主任``): a verb of jieba's dictionary, then a known body; else ``a``."""
    text = notice.text
    for k in range(a + 1, min(a + 4, b - 2)):
        if word_tags().get(text[a:k], "")[:1] == "v" and org_at(notice, text, k, b) is not None:
            return k
    return a


def _first_post(notice: Notice, chain: list[tuple[int, int]]) -> tuple[Org | None, str | None]:
    """Unit of the first post of a chain and the title: the first post's, then the other
    posts as written (``市委副书记、市人民政府市长`` -> 市委, ``副书记、市人民政府市长``); none
    without a post."""
    if not chain:
        return None, None
    org, title = resolve_post(notice, *chain[0])
    rest = [notice.text[a:b] for a, b in chain[1:]]
    return org, "、".join([t for t in (title, *rest) if t]) or None
