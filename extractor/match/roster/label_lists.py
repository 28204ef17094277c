"""A role label's list of people: bare names (``副组长：李四、王五``), posts and names
written together (``成员：县卫健局局长张三、…``), several labels in one paragraph
(``组长：田某，副组长：陈某，成员：…``)."""

from __future__ import annotations

import re

from ...normalize import HAN, strip_span
from ...notice import Notice, Person
from ..orgs import split_items
from ..posts import post_words
from .names import bare_name_ok
from .people import add_person, people_in, read_people
from .roles import mech_head_titles, role_of
from .unit_posts import unit_head_words

# a label after a sentence or clause mark inside a line (``…。组 长：``, ``，成员：``), padded or not


_LABEL_IN_LINE_RE = re.compile(rf"(?:^|(?<=[。；，]))\s*(?P<role>[{HAN}](?: ?[{HAN}]){{1,5}})\s*：")


def labels_in_sentence(notice: Notice, start: int, end: int, line: tuple[int, int]) -> bool:
    """``成立X。组长：田某，副组长：陈某，成员：马某、李某。``: two or more role labels inside a
    paragraph, each followed by people; every label reads the list up to the next label or
    the sentence's end."""
    text = notice.text
    words = {*notice.lex.roles, *mech_head_titles(notice)}
    labels = [m for m in _LABEL_IN_LINE_RE.finditer(text, start, end) if m.group("role").replace(" ", "") in words]
    if len(labels) < 2 or notice.mechanism is None:
        return False
    found = []
    class_after = re.compile(rf"(?:{notice.lex.cue_re('and_words')})(?=各)")  # …及各村村医: a class, no more names
    for k, m in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else end
        ends = [e for e in (text.find(ch, m.end(), stop) for ch in "。；") if e >= 0]
        stop = min([stop, *ends])
        more = class_after.search(text, m.end(), stop)  # …、覃某及各村村医: a class of people ends the list
        stop = more.start() if more else stop
        relation = role_of(notice, m.group("role").replace(" ", ""))
        found += [(name, org, title, relation) for name, org, title in people_in(notice, m.end(), stop, False)]
    if not found:
        return False
    for name, org, title, relation in found:
        notice.people.append(Person(name, org, title, relation, line))
    if not text[stop:end].strip(" 。；，"):  # sentences after the roster (各村要…) stay for the duties
        notice.roster_lines.add(line[0])
    return True


def names_only(notice: Notice, role: str, start: int, end: int, line: tuple[int, int]) -> bool:
    """``副组长：李四、王五``: a label's list of bare names without posts: each a person with
    no body. False (nothing read) unless every item is a name."""
    text = notice.text
    a, b = strip_span(text, start, end, " 。；，")
    items = split_items(text, a, b)
    if len(items) == 1:  # 组长：徐某某 张某某: names apart by spaces
        items = _names_apart(notice, a, b)
    if len(items) < 2 or not all(bare_name_ok(text[s:e].replace(" ", ""), notice) for s, e in items):
        return False
    for s, e in items:
        add_person(notice, role, (s, e), (e, e), line)
    return True


_WORD_RE = re.compile(r"[^\s]+")


def _names_apart(notice: Notice, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the names of ``陈某某 应某某 赵 娜``: words apart by spaces, a one-character
    surname and the character after it one padded name; a lone character last where the
    notice breaks off is a cut name, left out. Else none."""
    text = notice.text
    words = [m.span() for m in _WORD_RE.finditer(text, start, end)]
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(words):
        s, e = words[k]
        if e - s == 1 and k + 1 < len(words) and words[k + 1][1] - words[k + 1][0] == 1:
            out.append((s, words[k + 1][1]))  # 赵 娜
            k += 2
            continue
        if e - s == 1:
            return out if k == len(words) - 1 and not text[end:].strip() else []  # 俞|: cut off
        out.append((s, e))
        k += 1
    return out


def labelled_segments(notice: Notice, role: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(role, start, end) of each labelled part of a paragraph that names several roles
    (``A（…），召集人：B（…）、C（…），成员由…。``), up to the first sentence end; one part
    when no other label follows a comma."""
    text = notice.text
    stop = min([k for k in (text.find(ch, start, end) for ch in "。；") if k >= 0], default=end)
    rx = re.compile(rf"[，,]\s*(?P<role>{notice.lex.role_re.pattern})\s*：")
    out: list[tuple[str, int, int]] = []
    seg_role, seg_start = role, start
    for m in rx.finditer(text, start, stop):
        out.append((seg_role, seg_start, m.start()))
        seg_role, seg_start = role_of(notice, m.group("role")), m.end()
    out.append((seg_role, seg_start, stop))
    return out


def post_name_list(notice: Notice, role: str, start: int, end: int, line: tuple[int, int]) -> None:
    """``县卫健局局长张三、县教育局副局长李四`` after a label: each item a post and a name
    written together (no space, no parentheses); read only when every item is one."""
    text = notice.text
    a, b = strip_span(text, start, end, " 。；，")
    if " " in text[a:b] or "（" in text[a:b]:
        return
    items = split_items(text, a, b)
    found, complete = read_people(notice, a, b, False)
    if not complete and _cut_off(notice, items, b):  # the notice breaks off inside the list
        found, complete = read_people(notice, a, b, True)
    if not items or not found or not complete or any(org is None and title is None for _n, org, title in found):
        return
    for name, org, title in found:
        notice.people.append(Person(name, org, title, role, line))
    notice.roster_lines.add(line[0])


def _cut_off(notice: Notice, items: list[tuple[int, int]], end: int) -> bool:
    """Does the notice break off inside a list of people (``…局长李清、武警部队`` and no more
    text)? The last item is then a body's name cut before its post: no title, no unit's
    head word (``有关司局负责同志`` is a whole item), nothing after it, after two items or more."""
    text = notice.text
    if len(items) < 3 or text[end:].strip():
        return False
    last = text[items[-1][0] : items[-1][1]]
    w = post_words(notice.lex)
    return (not (w.title_word_re and w.title_word_re.search(last)) and not last.endswith(w.title_endings)
            and not any(h in last for h in unit_head_words(notice)) and "等" not in last)
