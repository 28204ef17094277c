"""People named in a sentence, in either order of post and role (``由市人民政府副市长X任
组长``, ``组长由X担任``, ``成员为…``), and the units after ``以及`` in a members' list."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import alternation
from ...normalize import HAN
from ...notice import Notice, OrgFact, Person
from ...numbering import CN_DIGITS
from ...resolve import Org
from ..orgs import unit_list
from ..posts import (
    add_government,
    after_office_post,
    after_own_name,
    government_chair,
    in_hosted_body_sentence,
    names_other_body,
    others_post,
    sentence_near,
    unit_post_kept,
    unit_role_fits,
)
from .mech_posts import former_post
from .people import people_in
from .roles import role_of
from .unit_posts import roster_unit, unit_post_items


def find_prose_roster(notice: Notice) -> None:
    """People named in a sentence, in either order of post and role:
    ``由市人民政府副市长方志远任组长，市卫生健康局局长李明、…任副组长``,
    ``组长由办事处主任谢玉程担任``, ``成员为省财政厅厅长陈海波、…``, ``黄淼、冯旻任副指挥长``,
    ``陈敏章部长任组长``. Each item is a post and a name (or a bare name); units after
    ``以及`` in a members' list are member units."""
    text = notice.text
    lex = notice.lex
    seen = {(p.name, p.role) for p in notice.people}
    marker_re = _marker_re(lex)
    dual = tuple(lex.roster_words.get("dual_posts", ()))  # 双主任, 双组长: a post two people hold together
    tail = len(text.rstrip())
    for ln in notice.content_lines():
        if ln.start in notice.roster_lines:
            continue
        for list_start, list_end, word, marker_end in _role_lists(text, ln.body_start, ln.end, marker_re, dual):
            relation = role_of(notice, word) if word in lex.roles else None
            if relation is None or names_other_body(notice, marker_end):
                continue  # 任顾问: bounds the next list, gives no role
            if list_start == marker_end and not after_own_name(notice, text.rfind(word, 0, marker_end)):
                continue  # 县卫健委主任由…: the head of a department, not of the body
            if list_start == marker_end and after_office_post(notice, text.rfind(word, 0, marker_end)):
                continue  # 办公室主任由甲兼任，副主任由乙兼任: the office's deputy, not the body's
            changed = _CHANGED_TO.search(text, list_start, list_end)
            if changed and list_start == marker_end:
                list_start = changed.end()  # 组长由张三同志调整为李四同志: the new holder
            if (word.endswith(tuple(lex.roster_words.get("hosted_body_heads", ())))
                    and in_hosted_body_sentence(notice, min(list_start, marker_end - len(word)))):
                continue  # X专项小组设在Y，组长由甲兼任: a group's or an office's post, not the body's
            if former_post(notice, list_start, list_end):
                continue  # 首任主任由时任副总理某某担任: who held the post before, no member now
            cut = list_end >= tail  # the text ends inside the list
            units_at = _UNITS_AFTER_RE.search(text, list_start, list_end)
            people_end = units_at.start() if units_at else list_end
            span = sentence_near(text, list_start)
            found = people_in(notice, list_start, people_end, cut and not units_at)
            if not found and not _after_body_name(text, marker_end, list_start) and not text.startswith("等", list_end):
                # 市卫健局主要负责人为副组长 / 副组长由A的分管领导以及B、C局长担任: posts held by units
                parts = [(list_start, list_end)] if units_at is None else (
                    [] if relation == "member_of" else [(list_start, units_at.start()), (units_at.end(), list_end)])
                government = _government_chair(notice, relation, list_start, list_end, marker_end)
                if government is not None:  # 总召集人为常务副区长: the notice's own government, no unit written
                    _convener_unit(notice, government, relation, text[list_start:list_end], span)
                for a, b in parts:
                    for unit, held in unit_post_items(notice, a, b) or []:
                        notice.unit_posts.append((unit, relation, span))
                        if unit_role_fits(notice, word) and not others_post(
                                notice, text.rfind(word, 0, marker_end), list_start != marker_end):
                            _convener_unit(notice, unit, relation, held, span)
            for name, org, title in found:
                if (name, relation) in seen:
                    continue
                seen.add((name, relation))
                notice.people.append(Person(name, org, title, relation, span))
            if units_at and notice.mechanism is not None and relation == "member_of":
                _member_units(notice, units_at.end(), list_end, cut, span)


def _convener_unit(notice: Notice, unit: Org, relation: str, title: str, span: tuple[int, int]) -> None:
    """``召集人为区民政局局长``: a unit holding a convener's post is the mechanism's convener (or,
    under a chief, deputy convener) unit, with the title, once."""
    lex, mech = notice.lex, notice.mechanism
    unit_relation = next((r for w, r in lex.unit_roles.items() if lex.roles[w] == relation), None)
    if mech is None or unit_relation is None or not unit_post_kept(notice, unit_relation, title):
        return
    if not any(f.source is unit and f.relation == unit_relation for f in notice.facts):
        notice.facts.append(OrgFact(unit, unit_relation, mech, span, {"title": title or None}))


def _government_chair(notice: Notice, relation: str, start: int, end: int, marker_end: int) -> Org | None:
    """The notice's own government holding a chair named before its holder (``总召集人为分管副区长``):
    a head in charge written by title alone (``posts.government_of_title``), not a deputy leader's
    post (``posts.government_chair``)."""
    if start != marker_end:
        return None  # …任组长: read with the mechanism's units (match/mechanism.py)
    form = government_chair(notice, relation, notice.text[start:end])
    return add_government(notice, form) if form is not None else None


def _role_lists(text: str, start: int, end: int, marker_re: re.Pattern[str],
                dual: tuple[str, ...] = ()) -> list[tuple[int, int, str, int]]:
    """``(list start, list end, role word, marker end)`` of each role marker in ``text[start:end]``.
    Before ``任组长`` the list runs back to ``由``, else to the previous marker, else to the
    previous ``，``, never past ``。；：``; after ``组长由`` it runs to ``担任``/``，。；``. Linear
    in the line's length: each character is looked at a bounded number of times."""
    out: list[tuple[int, int, str, int]] = []
    last_end = start  # end of the previous marker (or list) in this line
    for m in marker_re.finditer(text, start, end):
        if m.start() < last_end:
            continue
        chair: str = m.groupdict().get("chair") or m.groupdict().get("chair_etc") or ""
        if m.group("role") or chair:  # …任组长 / 甲等副指挥长: the list is before the marker
            sent_start = max(text.rfind(ch, last_end, m.start()) for ch in "。；：") + 1
            after_post = last_end > start and sent_start == 0  # no sentence end since the last post
            bound = max(sent_start, last_end)
            by = text.rfind("由", bound, m.start())
            if by >= 0 and _COMPOSED_RE.search(text, by, m.start()):
                by = -1  # 由A、B等单位组成，X担任召集人: that 由 ends in its own clause
            by_yi = _yi_before(text, bound, m.start()) if by < 0 and m.group(0).removeprefix("同志").startswith("为") else -1
            if by >= 0:
                list_start = by + 1
            elif by_yi >= 0:  # 成立了以县委书记某某为指挥长: the 以…为 frame
                list_start = by_yi + 1
            elif after_post or m.group("role") in dual:
                list_start = bound  # 市委书记甲，市委副书记、市长乙担任双主任: both holders, past the comma
            else:
                list_start = max(bound, text.rfind("，", bound, m.start()) + 1)
            while list_start < m.start() and text[list_start] in "，、 ":
                list_start += 1
            list_end = m.start() - (2 if text.endswith("同志", list_start, m.start()) else 0)
            word, last_end = m.group("role") or chair, m.end()
        else:  # 组长由…担任 / 成员为…: the list follows
            list_start = m.end()
            stop = (_EACH_LIST_END_RE if m.group("each") else _LIST_END_RE).search(text, list_start, end)
            list_end = stop.start() if stop else end
            word, last_end = m.group("role2"), (stop.end() if stop else end)
        if list_end > list_start:
            out.append((list_start, list_end, word, m.end()))
    return out


def _yi_before(text: str, start: int, end: int) -> int:
    """Position of the 以 of a ``以X为组长`` frame in ``text[start:end]`` (not 可以, 予以, 所以,
    以及, 以上 …), else -1."""
    k = text.rfind("以", start, end)
    if k < 0 or (k > 0 and text[k - 1] in _NOT_FRAME_BEFORE) or text[k + 1 : k + 2] in _NOT_FRAME_AFTER:
        return -1
    return k


_NOT_FRAME_BEFORE = "可予加难得所足用借据是给赖"
_NOT_FRAME_AFTER = ("及", "上", "下", "内", "外", "来", "后", "前", "便", "免", "致", "往")
_LIST_END_RE = re.compile("担任|兼任|组成|[，。；]")
_COMPOSED_RE = re.compile("组成[，,]")
_BODY_NAME_END = ("会议", "机制", "专班", "委员会")


def _after_body_name(text: str, marker_end: int, list_start: int) -> bool:
    """``联席会议召集人由…``: the role word follows the body's name (the list follows the
    marker). A unit holding such a post is the mechanism's convener unit, read there; here
    only people are taken."""
    if marker_end != list_start:
        return False  # the list is before its marker: …任组长
    head = text[max(0, list_start - 12) : list_start]
    return bool(re.search(rf"(?:{'|'.join(_BODY_NAME_END)})[{HAN}]{{2,5}}(?:由|为|分别是|分别为)$", head))


_CHANGED_TO = re.compile("(?:调整为|变更为|更换为|改为)")


_EACH_LIST_END_RE = re.compile("担任|兼任|组成|[。；]")  # 副召集人分别是A，B，C。: the list runs past its commas


_UNITS_AFTER_RE = re.compile("以及")


@lru_cache(maxsize=8)
def _marker_re_for(roles: str, non_roles: str, role_firsts: str = "", chairs: str = "",
                   bodies: str = "") -> re.Pattern[str]:
    """``…任组长`` / ``…为成员`` (role after the list; also a chair ``…任组长的X领导小组``, the
    body the clause sets up after 的: a members' list before ``为成员的X`` names units, read
    with the mechanism; ``区委副书记甲等副指挥长``: named people, then the chair they hold) or
    ``组长由…`` / ``领导小组成员为…`` / ``召集人是…`` / ``X指挥部的指挥长由…`` / ``副指挥长两名，分别是…``
    (before).
    ``role_firsts``: the first characters of the role words (none empty), looked at before
    the places a role may follow (every position of a line is tried: most fail there);
    ``chairs``: the roles that chair a body; ``bodies``: the endings of a mechanism's name."""
    words = f"{roles}|{non_roles}" if non_roles else roles
    first = f"(?=[{role_firsts}])" if role_firsts else ""
    of_body = rf"|(?P<chair>{chairs})(?=的[^，,。；;：:\n]{{0,30}}?(?:{bodies}))" if chairs and bodies else ""
    etc = rf"(?<=[{HAN}])等(?P<chair_etc>{chairs})|" if chairs else ""
    return re.compile(
        rf"{etc}(?=[同担任为])(?:同志)?(?:担任|(?<![兼主责])任|为)(?:(?P<role>{words})(?![{HAN}]){of_body})"
        rf"|{first}(?:(?<![{HAN}])|(?<=小组)|(?<=指挥部)|(?<=会议)|(?<=机制)|(?<=专班)|(?<=会)|(?<=委)"
        rf"|(?<=小组的)|(?<=指挥部的)|(?<=会议的)|(?<=机制的)|(?<=专班的)|(?<=委员会的))(?P<role2>{roles})"
        rf"(?:[{CN_DIGITS}两\d]{{1,2}}(?:名|人)[，,]?)?(?:由|为|是|(?P<each>分别是|分别为))"
    )


def _marker_re(lex) -> re.Pattern[str]:
    non_roles = lex.roster_words.get("non_roles", [])
    firsts = "" if "" in lex.roles else "".join(sorted({re.escape(w[0]) for w in lex.roles}))
    chairs = alternation([w for w, rel in lex.roles.items() if rel in _CHAIR_RELATIONS])
    return _marker_re_for(lex.role_re.pattern, alternation(non_roles) if non_roles else "", firsts, chairs,
                          alternation(lex.bodies["mechanism_suffixes"]))


_CHAIR_RELATIONS = ("leader_of", "deputy_leader_of", "convener_of", "deputy_convener_of")


def _member_units(notice: Notice, start: int, end: int, cut: bool, span: tuple[int, int]) -> None:
    """``…以及省委宣传部、省农业厅、卫生厅`` after the persons of a members' list."""
    mech = notice.mechanism
    assert mech is not None
    items = unit_list(notice, start, end)
    if cut and items and items[-1][1] >= end:
        items = items[:-1]  # the last item may be cut mid-word
    for org in notice.table.add_list([written for _s, _e, written in items]):
        roster_unit(notice, OrgFact(org, "member_unit_of", mech, span))
