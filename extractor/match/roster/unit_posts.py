"""Posts held by units with no person named (``召集人：州政府分管卫生工作的领导``,
``成员：局机关各科室科长``), and member lines that list units (``成员：州卫生局、州财政局``)."""

from __future__ import annotations

import re

from ...lexicon import Lexicon, alternation
from ...normalize import strip_span
from ...notice import Mechanism, Notice, OrgFact
from ...resolve import Org
from ..orgs import ends_like_body, looks_like_org, org_at, split_items, unit_list, vague_unit
from ..posts import post_words, title_and_name, unit_post_kept, unit_role_fits
from .names import PAREN_TAIL
from .post_bodies import bare_place, is_post, split_post
from .roles import role_of


def _member_line(notice: Notice, start: int, end: int) -> tuple[Mechanism, int, int] | None:
    """The mechanism and the stripped span of a roster line's text after its label, or None
    without a mechanism (the prologue of :func:`unit_post_line` and :func:`unit_list_line`)."""
    mech = notice.mechanism
    if mech is None:
        return None
    a, b = strip_span(notice.text, start, end, " 。；，")
    return mech, a, b


def unit_head_words(notice: Notice) -> tuple[str, ...]:
    """Words that end a post held by a unit without a named person (负责同志, 分管领导 …)."""
    return _unit_heads(notice.lex)


def _unit_heads(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.roster_words.get("unit_heads", []))


def unit_post_line(notice: Notice, word: str, start: int, end: int, line: tuple[int, int]) -> bool:
    """``召集人：州政府分管卫生工作的领导``: a unit holds the post, no person is named. A
    召集人/副召集人 post is a convener_unit_of / deputy_convener_unit_of fact with the title;
    any post makes the unit one of the roster's (see :func:`roster_member_units`)."""
    found = _member_line(notice, start, end)
    if found is None:
        return False
    mech, a, b = found
    posts = unit_post_items(notice, a, b)
    if not posts:
        return False
    role = role_of(notice, word)
    relation = next((r for w, r in notice.lex.unit_roles.items() if notice.lex.roles[w] == role), None)
    for org, title in posts:  # 副组长：协调X工作的市政府副秘书长、市X局主要负责同志: each unit's head
        if relation is not None and unit_role_fits(notice, word) and unit_post_kept(notice, relation, title):
            notice.facts.append(OrgFact(org, relation, mech, line, {"title": title}))
        notice.unit_posts.append((org, role, line))
    notice.roster_lines.add(line[0])
    return True


def unit_post_continued(notice: Notice, word: str, start: int, end: int, line: tuple[int, int]) -> bool:
    """A line right under a label's line of a unit's post, itself one more unit's post with no
    person named (``成 员：县公安局分管局长`` / ``县交警大队大队长`` / ``县征稽所负责人``): the label's
    post held by that unit, read as :func:`unit_post_line` reads the label's own line, or as one
    unit and its title run together (a member's post only)."""
    if unit_post_line(notice, word, start, end, line):
        return True
    found = _member_line(notice, start, end)
    if found is None or role_of(notice, word) != "member_of":
        return False
    _mech, a, b = found
    text = notice.text
    if re.search("[、，,；。：]", text[a:b]):
        return False  # one post a line
    org_end = _unit_before_title(notice, a, b)
    if org_end is None:
        return False
    written = text[a:org_end]
    if bare_place(notice, written) or vague_unit(notice, written) or not looks_like_org(written, notice):
        return False
    org = notice.table.add(written, collective=written.startswith(_EACH))
    notice.unit_posts.append((org, "member_of", line))
    notice.roster_lines.add(line[0])
    return True


def _unit_before_title(notice: Notice, a: int, b: int) -> int | None:
    """End of the unit in a line that is a unit and its head's title run together, the title
    perhaps after a qualifier (``县城建局监察大队队长``, ``县城建局分管局长``): the longest text
    before a whole title that ends like a body (three characters or more), else None."""
    text = notice.text
    title_at = post_words(notice.lex).title_at
    qualifier = notice.lex.memo(_qualifier_re)
    for p in range(b - 2, a + 2, -1):
        q = qualifier.match(text, p, b)
        if (title_at(text, q.end() if q else p, b) == b) and ends_like_body(notice, text[a:p]):
            return p
    return None


def unit_post_items(notice: Notice, a: int, b: int) -> list[tuple[Org, str]] | None:
    """(unit, title) of each item of ``市委政法委、市委宣传部分管负责人、市卫健局主要负责人``:
    units whose heads hold the post (a unit written without one shares the next post written), else None."""
    text = notice.text
    heads = unit_head_words(notice)
    w = post_words(notice.lex)
    if not heads or not (text.endswith(heads, a, b) or _titled_units(notice, a, b)):
        return None
    heads = (*heads, *w.titles)
    parts = []
    for s, e in split_items(text, a, b):
        charge = notice.lex.memo(_charge_re).match(text, s, e)
        u = charge.end() if charge else s  # 联系卫健工作的市政府副秘书长: the unit after the charge
        body_end = org_at(notice, text, u, e) or _place_unit_at(notice, u, e) or _collective_at(notice, u, e)
        if body_end is None and _vague_item(notice, s, e):
            continue  # 有关部门或单位负责人: no unit is named
        if body_end is None:
            return None
        rest = text[body_end:e]
        if rest and (not rest.endswith(heads) or _names_a_person(notice, rest)):
            return None
        parts.append((u, body_end, text[s:e] if charge and rest else rest))  # the charged post as written
    out = []
    for i, (s, body_end, rest) in enumerate(parts):
        shared = next((r for _s, _e, r in parts[i + 1 :] if r), "")  # 县委、县政府分管副主任: the next post written
        written = text[s:body_end]
        if vague_unit(notice, written):
            continue  # 市有关部门和单位负责人: no unit is named
        if written.endswith("政府") and not written.endswith("人民政府"):  # 州政府 = 州人民政府
            org = notice.table.add(written[:-2] + "人民政府")
            notice.table.alias(org, written)
        else:
            org = notice.table.add(written, collective=written.startswith(_EACH))
        out.append((org, rest or shared or ""))
    return out


def _charge_re(lex: Lexicon) -> re.Pattern[str]:
    """A charge phrase before a unit-held post: ``联系卫健工作的``, ``协助分管旅游工作的``
    (verbs of ``charge_phrase_verbs``, ``head_charge_words`` and ``charge_verbs``'s ``负责``)."""
    verbs = (*lex.cue("charge_phrase_verbs"), *lex.cue("head_charge_words"),
             *(w for w in lex.cue("charge_verbs") if w == "负责"))
    return re.compile(rf"(?:{alternation(verbs)})[\u4e00-\u9fff]{{1,14}}?工作的")


def _place_unit_at(notice: Notice, a: int, b: int) -> int | None:
    """End of a unit no lexicon lists that a place names, at the start of a list's item: a town
    or sub-district (``忠州街道``, ``青石镇``: its name and a level word), or a level's party
    committee (``县委``); None otherwise."""
    m = _PLACE_UNIT_RE.match(notice.text, a, b)
    return m.end() if m else None


# the unit, then the end of the item or its head's post (主要负责人, 分管领导, 负责同志)
_PLACE_UNIT_RE = re.compile(r"(?:[省市县区旗州]委|[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡))(?=[^\u4e00-\u9fff]|主要|分管|负责|$)")


_EACH = "各"


def _collective_at(notice: Notice, a: int, b: int) -> int | None:
    """End of a collective named by 各 at the start of a list's item (``各村（居）``, ``各乡镇``,
    ``各镇（街）``: 各, a unit word of every place, an alternative in brackets), before its heads'
    post or the item's end; None otherwise (``各有关单位`` names no unit)."""
    m = notice.lex.memo(_collective_re).match(notice.text, a, b)
    return m.end() if m else None


def _collective_re(lex: Lexicon) -> re.Pattern[str]:
    """各, no 有关/相关, a collective's last word, its bracketed alternative; then its heads or the end."""
    units = alternation(lex.cue("collective_heads"))
    heads = alternation([*lex.cue("head_qualifiers"), *lex.roster_words.get("unit_heads", [])])
    return re.compile(rf"{_EACH}(?!{lex.cue_re('concerned_words')})[\u4e00-\u9fff]{{0,4}}?(?:{units})"
                      rf"(?:[（(][\u4e00-\u9fff、]{{1,6}}[）)])?(?=[^\u4e00-\u9fff]|{heads}|的|$)")


def _vague_item(notice: Notice, a: int, b: int) -> bool:
    """An item naming no unit (``有关部门负责人``, ``各有关单位负责人``): 各 or a level, then 有关/相关."""
    item = notice.text[a:b].removeprefix(_EACH)
    return vague_unit(notice, item)


def _titled_units(notice: Notice, a: int, b: int) -> bool:
    """``区农业局、区市场监管局局长``, ``县政府分管副县长``: units whose heads' title closes the list
    (a whole title after the last unit, perhaps after 分管/主要, no name after it)."""
    text = notice.text
    k = max(text.rfind("、", a, b), a - 1) + 1
    end = org_at(notice, text, k, b)
    rx = post_words(notice.lex).title_re
    if end is None or end >= b or rx is None:
        return False
    qualifier = notice.lex.memo(_qualifier_re).match(text, end, b)
    return rx.fullmatch(text, qualifier.end() if qualifier else end, b) is not None


def _qualifier_re(lex: Lexicon) -> re.Pattern[str]:
    """分管, 主要 before a head's title (``分管副县长``)."""
    return re.compile(lex.cue_re("head_qualifiers"))


def _names_a_person(notice: Notice, post: str) -> bool:
    """A title followed by more text (``局长张三``): a person is named."""
    rx = post_words(notice.lex).title_word_re
    m = rx.search(post) if rx else None
    return m is not None and m.end() < len(post) and not post.endswith(unit_head_words(notice))


def _shared_head_re(lex: Lexicon) -> re.Pattern[str]:
    """The heads of the listed units, written once after the list (``相关负责同志``)."""
    return re.compile(rf"(?:{lex.cue_re('concerned_words')}|{lex.cue_re('head_qualifiers')})?"
                      rf"(?:{alternation(_unit_heads(lex))})$")


def unit_list_line(notice: Notice, start: int, end: int, line: tuple[int, int]) -> bool:
    """``成员：州卫生局、州财政局、州乡企（煤炭）局。``: a member line that lists units, no
    people: a member-unit list. Items that are a unit's post without a name
    (``镇派出所所长``) give their unit; classes of people (``各村网格员``) give nothing."""
    found = _member_line(notice, start, end)
    if found is None:
        return False
    mech, a, b = found
    text = notice.text
    head = notice.lex.memo(_shared_head_re).search(text, a, b)  # A、B、C相关负责同志: the units' heads sit, the units are listed
    if head and text.find("、", a, b) >= 0:
        b = head.start()
    items = split_items(text, a, b)
    w = post_words(notice.lex)
    plain = [(s, e) for s, e in items if not (w.title_word_re and w.title_word_re.search(text, s, e))]
    if len(items) < 2 or 2 * sum(looks_like_org(text[s:e], notice) for s, e in plain) <= len(plain):
        return False  # mostly no units
    if len(plain) < len(items):  # posts among the units: each a unit's post without a name, or a class of people
        return _mixed_unit_line(notice, mech, items, line)
    units = unit_list(notice, a, b, by_position=True)  # 州供销社: a unit by its place in the list
    if len(units) != len(items):
        return False
    for org in notice.table.add_list([written for _s, _e, written in units]):
        notice.facts.append(OrgFact(org, "member_unit_of", mech, line))
    notice.roster_lines.add(line[0])
    return True


def _mixed_unit_line(notice: Notice, mech: Mechanism, items: list[tuple[int, int]], line: tuple[int, int]) -> bool:
    """A member line of units and units' posts (``镇民政办、镇派出所所长、各村网格员``): the
    units, and the unit of each post; an item naming a person reads nothing."""
    text = notice.text
    w = post_words(notice.lex)
    units: list[str] = []
    for s, e in items:
        if text.startswith("各", s):
            continue  # 各村（社区）主任: the head of each village, a class of people
        known = org_at(notice, text, s, e)
        if known is not None and bare_place(notice, text[s:known]):
            known = None
        if not (w.title_word_re and w.title_word_re.search(text, s, e)):  # no post: a unit, or a unit and its staff
            if known is None:
                known = _body_before_staff(notice, s, e)
            if known is not None and (known == e or e - known <= 6):
                units.append(text[s:known])  # 镇卫生院精防医生
            continue
        body_end = known if known is not None else split_post(notice, s, e)
        if body_end is None or body_end - s < 3 or bare_place(notice, text[s:body_end]):
            continue
        rest = text[body_end:e]
        if title_and_name(notice, rest) or _names_a_person(notice, rest):
            return False  # a person's post: the roster reads the line
        if is_post(notice, body_end, e):
            units.append(text[s:body_end])  # 镇派出所所长: the unit whose head sits
    if len(units) < 2:
        return False
    for org in notice.table.add_list(units):
        notice.facts.append(OrgFact(org, "member_unit_of", mech, line))
    notice.roster_lines.add(line[0])
    return True


def _body_before_staff(notice: Notice, s: int, e: int) -> int | None:
    """End of the body in an item that names a body (``乡民政办``) or a body and its staff
    (``乡卫生院防保医生``): the last body ending at most 6 characters before the item's end."""
    text = notice.text
    if not looks_like_org(text[s:e], notice):
        return None
    endings = post_words(notice.lex).endings
    for p in range(e, max(s + 3, e - 6) - 1, -1):
        if text.endswith(endings, s, p):
            return p
    return None


def unit_posts(notice: Notice, start: int, end: int, line: tuple[int, int]) -> None:
    """``成员：局机关各科室科长（主任），局属各单位负责人``: posts without names; their units
    are the member units."""
    mech = notice.mechanism
    if mech is None or "。" in notice.text[start:end]:
        return
    text = notice.text
    w = post_words(notice.lex)
    units = []
    for a, b in split_items(text, start, end):
        b = a + len(PAREN_TAIL.sub("", text[a:b]))
        org_end = split_post(notice, a, b)
        if org_end is None or w.title_at(text, org_end, b) != b:
            return  # not every item is a unit's post: read nothing
        units.append(text[a:org_end])
    for written in units:
        org = notice.table.add(written, collective="各" in written)
        roster_unit(notice, OrgFact(org, "member_unit_of", mech, line))
    notice.roster_lines.add(line[0])


def roster_unit(notice: Notice, fact: OrgFact) -> None:
    """A member unit read inside the roster (not a composition list of its own)."""
    notice.facts.append(fact)
    notice.roster_units.add(id(fact))
