"""A role label's list of people: bare names (``副组长：李四、王五``), posts and names
written together (``成员：县卫健局局长张三、…``), several labels in one paragraph
(``组长：田某，副组长：陈某，成员：…``)."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...normalize import HAN, strip_span
from ...notice import Mechanism, Notice, Person
from ...numbering import MARKER
from ...resolve import Org
from ..led_bodies import body_ending_re, label_re
from ..orgs import split_items
from ..posts import post_words
from .names import INLINE_RE, bare_name_ok, valid_name
from .people import add_person, read_people
from .post_bodies import post_of
from .roles import mech_head_titles, role_of
from .unit_posts import unit_head_words

# a label after a sentence or clause mark inside a line (``…。组 长：``, ``，成员：``), padded or not


_LABEL_IN_LINE_RE = re.compile(rf"(?:^|(?<=[。；，]))\s*(?P<role>[{HAN}](?: ?[{HAN}]){{1,5}})\s*：")
_VALUE_ENDS = "。；•·●"  # a label's list ends at a sentence's end or a bullet


def labels_in_sentence(notice: Notice, start: int, end: int, line: tuple[int, int]) -> bool:
    """``成立X。组长：田某，副组长：陈某，成员：马某、李某。``: two or more role labels inside a
    paragraph, each followed by people; every label reads the list up to the next label or
    the sentence's end. A label may be glued to the list before it (``组长：李某副组长：陈某``) and
    may follow the name of the body it heads (``A工作组组长：…• B工作组组长：…``): the people are
    that body's when the notice names it as a coordination body, and a run of labels after a
    sentence naming a body of the mechanism's own (``成立专家组。组长：…``) is that group's roster,
    no fact about the mechanism."""
    text = notice.text
    if notice.mechanism is None:
        return False
    labels = _labels(notice, start, end)
    if len(labels) < 2:
        return False
    found = []
    class_after = re.compile(rf"(?:{notice.lex.cue_re('and_words')})(?=各)")  # …及各村村医: a class, no more names
    body: Mechanism | None = notice.mechanism
    prev = start
    stop = end
    for k, (a, b, word, named) in enumerate(labels):
        if named is not None:
            body = _coordination_body(notice, named)
        elif k == 0 or any(ch in text[prev:a] for ch in _VALUE_ENDS):
            body = _body_before(notice, prev, a)
        stop = labels[k + 1][0] if k + 1 < len(labels) else end
        stop = min([stop, *(e for e in (text.find(ch, b, stop) for ch in _VALUE_ENDS) if e >= 0)])
        more = class_after.search(text, b, stop)  # …、覃某及各村村医: a class of people ends the list
        stop = more.start() if more else stop
        prev = stop
        if body is None:
            continue  # a working group's own roster
        relation = role_of(notice, word)
        found += [(name, org, title, relation, body) for name, org, title in _label_people(notice, b, stop)]
    if not found:
        return False
    mech = notice.mechanism
    for name, org, title, relation, held in found:
        notice.people.append(Person(name, org, title, relation, line, None if held is mech else held))
    if not text[stop:end].strip(" 。；，"):  # sentences after the roster (各村要…) stay for the duties
        notice.roster_lines.add(line[0])
    return True


def _labels(notice: Notice, start: int, end: int) -> list[tuple[int, int, str, str | None]]:
    """(start, end, role word, name of the body before it or None) of the role labels of a
    line: after a sentence or clause mark, or anywhere when the label is a role word itself
    (glued to a name before it, or after the body it heads), in text order."""
    text = notice.text
    if text.find("：", start, end) < 0:
        return []  # (each label ends with a colon)
    in_line = list(_LABEL_IN_LINE_RE.finditer(text, start, end))
    words = {*notice.lex.roles, *mech_head_titles(notice)} if in_line else set()
    out: dict[int, tuple[int, int, str, str | None]] = {
        m.start("role"): (m.start("role"), m.end(), m.group("role").replace(" ", ""), None)
        for m in in_line if m.group("role").replace(" ", "") in words}
    for m in notice.lex.memo(label_re).finditer(text, start, end):
        a = m.start()
        if not any(s <= a < e for s, e, _w, _n in out.values()):
            out[a] = (a, m.end(), m.group("role").replace(" ", ""), m.group("body"))
    return [out[k] for k in sorted(out)]


def _coordination_body(notice: Notice, name: str) -> Mechanism | None:
    """The notice's mechanism or other coordination body written ``name`` (whole, by its
    bare ending, or with a place before it), else None (a group of the mechanism's own)."""
    return next((mech for mech in _coordination_bodies(notice)  # 领导小组组长：: the body by its bare ending
                 if any(f.endswith(name) or name.endswith(f) for f in mech.forms())), None)


def _coordination_bodies(notice: Notice) -> list[Mechanism]:
    """The notice's mechanism, then its other coordination bodies."""
    return [mech for mech in (notice.mechanism, *notice.more_mechanisms) if mech is not None]


def _body_before(notice: Notice, start: int, end: int) -> Mechanism | None:
    """The body whose roster the labels after ``text[start:end]`` give: the group a paragraph
    opens with (``（一）宣传组。负责…（组长：…）``: its own roster, None), else the last body that
    text names, when it is one of the notice's coordination bodies (or it names none: the
    mechanism); None when it is another (``成立医疗救治专家组。组长：…``)."""
    text = notice.text
    opening = notice.lex.memo(_opening_re).match(text, start, end)
    if opening and _coordination_body(notice, opening.group("name")) is None:
        return None
    endings = list(notice.lex.memo(body_ending_re).finditer(text, start, end))
    return _named_body(notice, start, endings[-1]) if endings else notice.mechanism


def _opening_re(lex: Lexicon) -> re.Pattern[str]:
    """A paragraph opened by a group's name (``（一）综合协调组。``, ``宣传组：``)."""
    return re.compile(rf"\s*(?:{MARKER})?\s*(?P<name>[{HAN}]{{2,12}}?(?:{lex.cue_re('group_endings')}))[。：\s]")


def _named_body(notice: Notice, start: int, ending: re.Match[str]) -> Mechanism | None:
    """The coordination body whose name ends with ``ending`` (written whole, or its bare
    ending), else None."""
    text = notice.text
    return next((mech for mech in _coordination_bodies(notice)
                 if any(text.endswith(f, start, ending.end()) or f.endswith(ending.group(0)) for f in mech.forms())),
                None)


def _list_stop_re(lex: Lexicon) -> re.Pattern[str]:
    """A remit word (``主要职责``) or a duty verb (``负责``): where a list of names run into the text may end."""
    return re.compile(f"(?:{lex.cue_re('remit_qualifiers')})?(?:{lex.cue_re('remit_words')})|{lex.cue_re('duty_verbs')}")


def _label_people(notice: Notice, start: int, end: int) -> list[tuple[str, Org | None, str | None]]:
    """The people of one label's list (each name with its unit or post in brackets, or as
    ``read_people`` reads them); when the list runs on into the text after it with no
    mark (``谢某主要职责：…``, ``颜某负责…``), the list up to the first remit or duty word that
    leaves every item a person."""
    bracketed = _bracketed_people(notice, start, end)
    if bracketed:
        return bracketed
    found, complete = read_people(notice, start, end, False)
    if complete:
        return found
    for m in notice.lex.memo(_list_stop_re).finditer(notice.text, start, end):
        cut, whole = read_people(notice, start, m.start(), False)
        if cut and whole:
            return cut
    return found


def _bracketed_people(notice: Notice, start: int, end: int) -> list[tuple[str, Org | None, str | None]]:
    """``单某（市司法局） 沈某（市卫生局）``: each entry a name and its unit or post in brackets, apart
    by spaces (or 、，); the list may run on, after a space, into the text after it (``… 市公安局、
    市财政局等单位分管领导为成员``). None unless every entry up to there reads as one."""
    text = notice.text
    out: list[tuple[str, Org | None, str | None]] = []
    k = start
    while True:
        while k < end and text[k] in " 、，":
            k += 1
        m = INLINE_RE.match(text, k, end)
        if m is None or not valid_name(m.group("name"), notice):
            break
        org, title = post_of(notice, m.start("post"), m.end("post"))
        if org is None and title is None:
            return []
        out.append((m.group("name"), org, title))
        k = m.end()
    if k < end and text[k - 1] != " ":
        return []  # 王某（市政府）副组长: no space before the text after the list
    return out


def names_only(notice: Notice, role: str, start: int, end: int, line: tuple[int, int]) -> bool:
    """``副组长：李四、王五``: a label's list of bare names without posts: each a person with
    no body. False (nothing read) unless every item is a name."""
    text = notice.text
    a, b = strip_span(text, start, end, " 。；，")
    items = split_items(text, a, b)
    if len(items) == 1:  # 组长：徐某某 张某某: names apart by spaces
        items = _names_apart(notice, a, b)
    if len(items) < 2 or not _all_names([text[s:e].replace(" ", "") for s, e in items], notice):
        return False
    for s, e in items:
        add_person(notice, role, (s, e), (e, e), line)
    return True


def _all_names(items: list[str], notice: Notice) -> bool:
    """Is every item of a list a person's name? Each reads as a bare name; in a list of three
    or more, a name of the list's shape (2–3 characters, nothing of a post) whose surname no
    lexicon lists (``虢某某``) counts too while at least two thirds open with a known one."""
    if all(bare_name_ok(item, notice) for item in items):
        return True
    known = sum(bare_name_ok(item, notice) for item in items)
    return (len(items) >= 3 and 3 * known >= 2 * len(items)
            and all(bare_name_ok(item, notice) or _unlisted_surname(item, notice) for item in items))


def _unlisted_surname(item: str, notice: Notice) -> bool:
    """A 2–3 character word that reads as a name but for its surname."""
    return 2 <= len(item) <= 3 and valid_name(item, notice) and not any(ch in item for ch in "的和及与")


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
