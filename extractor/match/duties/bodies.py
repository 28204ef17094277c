"""The bodies a duty's subject or head names: subject items to bodies of the notice,
generic departments written by kind, shared tails (``公安、司法部门``), names by their form."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...notice import Notice
from ...numbering import ARABIC_PAREN, CN_PAREN
from ...resolve import Org
from ...words import starts_with_verb
from ..orgs import counterpart, every_item_a_body, looks_like_org, org_at, split_items
from ..subjects import SubjectItem, not_a_stem, stem_kind, subject_cues
from .cues import duty_cues


def unit_heads(notice: Notice, start: int, end: int) -> bool:
    """Is every item of the list ``text[start:end]`` a unit by its name or its form?"""
    return every_item_a_body(notice, start, end, lambda written: (
        len(written) >= 3 and looks_like_org(written, notice)) or unlisted_head(notice, written))


def unlisted_head(notice: Notice, written: str) -> bool:
    """A unit's name no lexicon lists, by its form: a department type (畜牧部门) or a name
    with an organization suffix (运输服务司, 安全监管总局), not a word that only ends like one."""
    if not re.fullmatch(r"[\u4e00-\u9fff（）]{2,20}", written) or subject_cues(notice).bare_bad.search(written):
        return False
    if written.endswith("部门"):
        return 2 <= len(written) - 2 <= 8 and not not_a_stem(notice, written[:-2])
    return org_form(notice, written)


def org_form(notice: Notice, written: str) -> bool:
    return written.endswith(tuple(notice.lex.forms.get("suffixes", ()))) and not written.endswith(
        tuple(notice.lex.forms.get("not_org_endings", ())))


def head_units(notice: Notice, start: int, end: int) -> list[Org]:
    """The unit(s) heading a duty paragraph: ``团县委、县妇联：`` names two."""
    text = notice.text
    shared = shared_tail(notice, text[start:end])
    if shared:  # 公安、司法部门: 公安部门 and 司法部门
        return [_generic_department(notice, stem + "部门") or _subject_org_for_short(notice, stem, stem_kind(notice, stem))
                for stem in shared]
    items = split_items(text, start, end) if "、" in text[start:end] or "，" in text[start:end] else [(start, end)]  # A，B：
    if len(items) > 1 and not unit_heads(notice, start, end):
        items = [(start, end)]  # 各乡镇、街道 is one collective; 各村党支部、村民委员会 are two units
    if len(items) == 1:
        m = _BRACKETED.search(text, start, end)
        if m and m.end() == end and counterpart(notice, text[start : m.start()], m.group(1)):
            items = [(start, m.start()), (m.start(1), m.end(1))]  # 乡镇人民政府（街道办事处）: two bodies
    units = []
    for a, b in items:
        written = text[a:b]
        dept = _generic_department(notice, written)
        if (dept is None and written.endswith("部门") and not written.startswith("各")
                and not duty_cues(notice).own_level.match(written) and not org_at(notice, text, a, b)):
            dept = _subject_org_for_short(notice, written, stem_kind(notice, written[:-2]))  # 畜牧部门
        # 县级兽医管理部门 names its own level: a class of departments, no body of the notice's place
        units.append(dept or notice.table.add(written, collective=written.startswith("各")))
    return units


def generic_stem(notice: Notice, written: str) -> str | None:
    """``卫生健康部门`` / ``卫生计生行政部门`` / ``工商管理部门`` -> the short department name it
    is built on (before one of ``department_tails`` that ends in 部门; 城市管理部门: 城市管理)."""
    if not written.endswith("部门"):
        return None
    for tail in ("部门", *(t for t in notice.lex.cue("department_tails") if t.endswith("部门") and t != "部门")):
        stem = written[: -len(tail)]
        if written.endswith(tail) and stem in notice.lex.kind_of_short:
            return stem
    return None


_BRACKETED = re.compile(r"（([\u4e00-\u9fff、]{1,8})）")


def levels_body(notice: Notice, written: str) -> bool:
    """``区县（市）人民政府``, ``乡镇人民政府（街道办事处）``, ``县市区疾控中心``: a kind of body
    (a name a lexicon lists) at every level a prefix of level words names, with a bracketed
    level or counterpart."""
    bare = _BRACKETED.sub("", written)
    m = notice.lex.kind_name_re.search(bare)
    if m is None or m.end() != len(bare) or m.start() == 0:
        return False
    cues = duty_cues(notice)
    return (cues.levels_prefix.fullmatch(bare[: m.start()]) is not None
            and all(cues.levels.fullmatch(g) or counterpart(notice, bare, g)
                    for g in _BRACKETED.findall(written)))


_SHARED_TAIL = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?)(?:行政)?部门")


def shared_tail(notice: Notice, written: str) -> list[str]:
    """``公安、司法部门`` / ``卫生、教育行政部门``: department types sharing one 部门 (each a
    short name a lexicon lists) -> their short names; else []."""
    m = _SHARED_TAIL.fullmatch(written)
    if m is None:
        return []
    stems = m.group(1).split("、")
    known = [stem in notice.lex.kind_of_short for stem in stems]
    if all(known):
        return stems
    # 交通、铁路部门: a field no lexicon lists beside a known one, both plain words of a field
    bad = subject_cues(notice).bare_bad
    if any(known) and all(k or (len(st) <= 4 and not bad.search(st) and not not_a_stem(notice, st)
                              and not starts_with_verb(st)) for k, st in zip(known, stems, strict=True)):
        return stems
    return []


def _generic_department(notice: Notice, written: str) -> Org | None:
    """The notice's generic body for a department written by kind (``公安部门``)."""
    stem = generic_stem(notice, written)
    if stem is None:
        return None
    return _subject_org_for_short(notice, stem, notice.lex.kind_of_short[stem])


def subject_org_for(notice: Notice, item: SubjectItem) -> Org | None:
    """The body a subject item names; short department names give one generic body per
    kind (卫生计生 and 卫生计生行政部门 are both the notice's 卫生健康 departments)."""
    text = notice.text
    if item.kind == "?":
        return None  # a redacted department (_门) is unknown, not a node
    written = item.written or text[item.start : item.end]
    mech = notice.mechanism
    if mech is not None and written in (mech.name, *mech.aliases):
        return None  # 市X领导小组要…: the mechanism itself (its remit is read by remit.py), no department
    above = notice.table.find(written, by_kind=False) if item.form in ("org", "dept", "bare") else None
    if above is not None and _ABOVE_A_LEVEL in above.name and written in above.aliases:
        return above  # 县级以上地方卫生行政部门负责…。卫生行政部门应当…: the class the law named
    if (item.form in ("qualified", "collective", "unlisted", "actor") or written.startswith("各")) and not notice.table.find(written):
        same = _each_form(notice, written)
        if same is not None:
            notice.table.alias(same, written)  # 各级经办机构 and 经办机构, 各省级医保部门 and 省级医保部门
            return same
    if item.form == "qualified":
        same_levels = _same_levels_named(notice, written)
        if same_levels is not None:  # 县级以上人民政府X and 县级以上地方人民政府X: one class
            return same_levels
        inst = notice.lex.institutions.get(written)
        if item.kind is None and not written.endswith("部门"):
            org = notice.table.add(written, collective=written.startswith("各"))
        else:
            org = notice.table.add(written, kind=item.kind or (inst or {}).get("kind"), generic=True)
        if item.alias:
            notice.table.alias(org, item.alias)
        return org
    if item.form == "collective" and subject_cues(notice).pilot_collective.fullmatch(written):
        government = _pilots_government(notice, written)
        if government is not None:  # 试点城市负责… where the notice names 试点城市政府: the governments act
            org = notice.table.add(government, collective=True)
            notice.table.alias(org, written)
            return org
    if item.form in ("collective", "org") and _places_of_a_level(notice, written):
        government = written + "人民政府"
        if government in notice.text:  # 各乡镇设立… where the notice names 各乡镇人民政府: the governments act
            org = notice.table.add(government, collective=True)
            notice.table.alias(org, written)
            return org
    if item.form == "collective":
        known = notice.table.find(item.alias, by_kind=False) if item.alias and item.alias.startswith("各") else None
        if known is not None and known.collective and not notice.table.find(written, by_kind=False):
            notice.table.alias(known, written)  # 各部门要…。国务院各部门要…: the departments read before
            return known
        inst = notice.lex.institutions.get(written)
        org = notice.table.add(written, kind=(inst or {}).get("kind"), collective=True)
        if item.alias:
            notice.table.alias(org, item.alias)  # 省级人民政府相关部门 is 省级人民政府有关部门
        return org
    if item.form == "named":
        return notice.table.add(written, generic=True)
    if item.form in ("unlisted", "actor"):
        org = notice.table.add(written)
        if item.alias:
            notice.table.alias(org, item.alias)
        return org
    if item.form in ("dept", "bare"):
        org = _subject_org_for_short(notice, written, item.kind)
        if item.alias:
            notice.table.alias(org, item.alias)
        return org
    named = _named_before(notice, written) if item.form == "org" else None
    if named is not None:  # 三级公立医院要…。医院调整…: the hospitals named before
        notice.table.alias(named, written)
        return named
    kind = item.kind
    if kind is None and written.endswith("部门") and notice.lex.kind_name_re.fullmatch(written):
        kind = notice.lex.kind_of_name[written]  # 司法行政部门: a kind, written in full
    if kind is None:
        inst = notice.lex.institutions.get(written)
        if inst:
            return notice.table.add(written, kind=inst["kind"], collective=inst["collective"], generic=not inst["collective"])
        q = notice.lex.institution_re.search(written)
        if q and q.end() == len(written) and "的" in written:
            inst = notice.lex.institutions[q.group(0)]
            return notice.table.add(written, kind=inst["kind"], generic=True)
        if q and q.end() == len(written) and written.startswith("各"):  # 各医疗机构
            inst = notice.lex.institutions[q.group(0)]
            return notice.table.add(written, kind=inst["kind"], collective=True)
        org = notice.table.add(written)
        if item.alias:
            notice.table.alias(org, item.alias)
        return org
    org = _subject_org_for_short(notice, written, kind)
    if item.alias:
        notice.table.alias(org, item.alias)
    return org


_LOCAL = "以上地方人民政府"
_PLAIN = "以上人民政府"


def _same_levels_named(notice: Notice, written: str) -> Org | None:
    """The class read before under the other way of naming the same levels' governments
    (``县级以上人民政府卫生行政部门`` / ``县级以上地方人民政府卫生行政部门``: 地方 adds
    nothing), made a written form of it; None when there is none, or when ``written`` names the
    governments themselves (kept apart as the notices' readers keep them)."""
    if written.endswith("人民政府"):
        return None
    if _LOCAL in written:
        other = written.replace(_LOCAL, _PLAIN, 1)
    elif _PLAIN in written:
        other = written.replace(_PLAIN, _LOCAL, 1)
    else:
        return None
    read = notice.table.find(other, by_kind=False)
    if read is not None:
        notice.table.alias(read, written)
    return read


def _places_of_a_level(notice: Notice, written: str) -> bool:
    """Is ``written`` every place of one or more levels (``各乡镇``, ``各县区``, ``各镇``): 各, then
    level characters only? Such places act through their governments: a notice that names
    them in full (``各乡镇人民政府``) means those (not ``各乡镇政府``, which gold keeps apart)."""
    levels = notice.lex.level_chars
    return len(written) >= 2 and written[0] == "各" and all(ch in levels for ch in written[1:])


def _pilots_government(notice: Notice, written: str) -> str | None:
    """``试点城市政府`` when the notice names the governments of the pilots ``试点城市`` (with or
    without 各 or 人民), else None."""
    plain = written.removeprefix("各")
    for word in notice.lex.forms.get("suffixes", ()):
        if word.endswith("政府") and plain + word in notice.text:
            return plain + word
    return None


def _named_before(notice: Notice, written: str) -> Org | None:
    """The one class of bodies that a bare head noun refers back to (医院 after 三级公立医院):
    a kind's name alone, not a class of institutions the notice may name beside a narrower
    one (医疗机构 beside 县级以上医疗机构); the one body named before whose name ends with it
    and names no place."""
    if (notice.table.find(written, by_kind=False) is not None or not notice.lex.kind_name_re.fullmatch(written)
            or notice.lex.institution_re.fullmatch(written)):
        return None
    found = [o for o in notice.table.orgs if o.name != written and o.name.endswith(written) and not o.collective
             and not notice.table.split_place(o.name)[0]]
    return found[0] if len(found) == 1 else None


# 县级以上卫生行政部门: a class of bodies at the levels above one, written with 以上
_ABOVE_A_LEVEL = "以上"


def _each_form(notice: Notice, written: str) -> Org | None:
    """The known body that ``各级X``/``各X`` or ``X`` names when the other form is known;
    ``各相关X``/``各有关X`` is ``各X`` (各相关涉老社会组织 and 各涉老社会组织)."""
    m = duty_cues(notice).each_concerned.match(written)
    if m and len(written) - m.end() >= 3:
        same = notice.table.find("各" + written[m.end() :])
        if same is not None and same.collective:
            return same
    m = re.match("各级各类|各级|各", written)
    if m and len(written) - m.end() >= 3:
        rest = written[m.end() :]
        full = re.sub("(?<!人民)政府$", "人民政府", rest)  # 各区县政府 and 区县人民政府
        same = notice.table.find(rest) or (notice.table.find(full) if full != rest else None)
        return None if same is not None and _ABOVE_A_LEVEL in same.name else same  # 各级X is not 市级以上X
    for pre in ("各级", "各"):
        org = notice.table.find(pre + written)
        if org is not None and org.collective:
            return org
    return None


def _each_named_before(notice: Notice, name: str) -> Org | None:
    """The departments named before as ``各级X部门`` when the text now writes ``X部门``: one
    body (as :func:`_each_form` reads the other order)."""
    for pre in ("各级", "各"):
        org = notice.table.find(pre + name)
        if org is not None and (org.generic or org.collective):
            return org
    return None


def _subject_org_for_short(notice: Notice, written: str, kind: str | None) -> Org:
    """One generic body per written short name (卫生计生 and 卫生计生行政部门 are one)."""
    stem = generic_stem(notice, written) or re.sub("(?:行政管理|行政)?部门$", "", written) or written
    plain = stem.removesuffix("管理") if len(stem) > 3 else stem  # 市政管理部门 is the 市政部门 named above
    for org in notice.table.orgs:
        if org.generic and org.name.endswith("部门") and (stem in org.aliases or plain in org.aliases):
            notice.table.alias(org, written)
            return org
    each = _each_named_before(notice, stem + "部门") or _each_named_before(notice, stem + "行政部门")  # 各级X行政部门 … X部门
    if each is not None:
        notice.table.alias(each, written)
        return each
    place = "" if notice.table.split_place(stem)[0] else notice.table.locality or ""  # 白河市自然资源、农牧等部门: named already
    org = notice.table.add(place + stem + "部门", kind=kind, generic=True)
    notice.table.alias(org, stem)
    notice.table.alias(org, stem + "部门")
    if plain != stem:
        notice.table.alias(org, plain)
    if written not in (stem, stem + "部门"):
        notice.table.alias(org, written)
    return org


def _class_re(lex: Lexicon) -> re.Pattern[str]:
    """A class of bodies opening a clause (after its item number, when it has one) before its
    modal or a place of action (``中等以上各类学校教育机构在…中应…``, ``（二）基层医疗组织应…``)."""
    return re.compile(rf"((?:{CN_PAREN}|{ARABIC_PAREN})\s*)?([\u4e00-\u9fff]{{0,16}}(?:{lex.cue_re('shared_class_heads')}))"
                      rf"(?=在|{lex.cue_re('modal_verbs')})")


def opens_with_class(notice: Notice, start: int, end: int, numbered: bool = False) -> bool:
    """Does ``text[start:end]`` open with a class of bodies as its own subject (read by no rule:
    its duty is not the one of a list's owners or of the subject before it)? ``numbered``: only
    after an item's number (``…；（二）各类教育机构应…``: a new item of a list, its own subject)."""
    m = notice.lex.memo(_class_re).match(notice.text, start, end)
    return m is not None and not starts_with_verb(m.group(2)) and (m.group(1) is not None or not numbered)
