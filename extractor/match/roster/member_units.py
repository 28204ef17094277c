"""Without a member-unit list, the units of the roster's people are the member units
(but for the body that leads or owns the mechanism)."""

from __future__ import annotations

import re

from ...lexicon import Lexicon, alternation
from ...normalize import HAN
from ...notice import Mechanism, Notice, OrgFact, Person, Span
from ...numbering import CN_DIGITS, cn_value
from ...resolve import Org
from .post_bodies import issuer_name, resolve_post


def _leads(org: Org, notice: Notice) -> bool:
    """A government or party committee (``县人民政府``, ``国务院``, ``镇党委``, ``台山市委``):
    its people lead the body; it does not sit in it as a department."""
    lead = notice.lex.roster_words.get("leadership_bodies", {})
    if org.kind is not None and org.kind != "人民政府":
        return False  # 团市委: the youth league's committee, a department of its kind, not the party's
    return org.name in lead.get("names", ()) or org.name.endswith(tuple(lead.get("endings", ())))


_CHAIRS = ("leader_of", "convener_of")


def _heads_of_collective(notice: Notice, fact: OrgFact) -> bool:
    """Is the member unit a collective whose heads are the members (``各乡镇负责人为成员``,
    ``成员包括各镇的负责同志``), not one named as the member units themselves (``各办所为成员单位``)?
    Such a list names no department."""
    org = fact.source
    if not org.collective:
        return False
    text = notice.text
    start = next((k for k in (text.find(f, *fact.span) for f in org.forms()) if k >= 0), -1)
    if start < 0:
        return False
    clause_end = min([k for k in (text.find(ch, start, fact.span[1]) for ch in "，。；") if k >= 0], default=fact.span[1])
    return _UNITS_WORD not in text[start:clause_end]


_UNITS_WORD = "成员单位"  # 各办所为成员单位: the units, not their heads


def _heads_of_some(notice: Notice, fact: OrgFact, listed: int) -> bool:
    """Is the member unit one of a list of some units whose heads are members beside the roster's
    (``副组长由A部部长某某…担任，B部、C部等部门相关负责人19人为领导小组成员``)? The count of the heads
    is more than the units listed: the list names a part of the members, so the roster's units sit
    in the body too (a list without a count, ``A、B…等部门负责人为指挥部成员``, names them all). The
    count may come first: ``成员有16人，包括A、B、C的相关负责人``."""
    text = notice.text
    org = fact.source
    start = next((k for k in (text.find(f, *fact.span) for f in org.forms()) if k >= 0), -1)
    if start < 0:
        return False
    clause_end = min([k for k in (text.find(ch, start, fact.span[1]) for ch in "，。；") if k >= 0], default=fact.span[1])
    m = (notice.lex.memo(_heads_of_some_re).search(text, start, clause_end)
         or _COUNTED_FIRST_RE.search(text, fact.span[0], start))  # 成员有16人，包括A、B、C的相关负责人
    count = cn_value(m.group("count")) if m is not None else None
    return count is not None and count > listed


_COUNTED_FIRST_RE = re.compile(rf"成员(?:有|共)\s*(?P<count>\d+|[{CN_DIGITS}]+)\s*(?:人|名)[，,]\s*包括")


def _heads_of_some_re(lex: Lexicon) -> re.Pattern[str]:
    """``等部门相关负责人19人为…成员``: after 等, the units' heads, how many they are, made members."""
    heads = alternation([*lex.cue("head_words")])
    concerned, qual = lex.cue_re("concerned_words"), lex.cue_re("head_qualifiers")
    return re.compile(rf"等[{HAN}（）]{{0,6}}?(?:{concerned})?(?:{qual})?(?:{heads})\s*(?P<count>\d+|[{CN_DIGITS}]+)\s*(?:人|名)"
                      rf"(?:为|任)[{HAN}]{{0,20}}?成员(?!单位)")


def _posts(notice: Notice) -> list[tuple[Org | None, str, Span, Mechanism | None]]:
    """(unit, role, span, the body of the post when not the mechanism) of the roster's posts,
    people's and units', in text order."""
    posts = [(_sitting_unit(notice, p), p.role, p.span, p.body) for p in notice.people]
    posts += [(org, role, span, None) for org, role, span in notice.unit_posts]
    return sorted(posts, key=lambda post: post[2][0])


def _sitting_unit(notice: Notice, person: Person) -> Org | None:
    """The unit a person sits for: the post's body, but for a double post whose first body is an
    assembly (``市政协副主席、市发改委主任``): the later post's body, a department."""
    org, title = person.org, person.title
    if org is None or not title or "、" not in title or not org.name.endswith(notice.lex.cue("assemblies")):
        return org
    text = notice.text
    start = text.find(title, *person.span)
    if start < 0:
        return org
    end = start + len(title)
    later = text.find("、", start, end) + 1
    unit, _title = resolve_post(notice, later, end)
    return unit if unit is not None else org


def _owners(notice: Notice, mech: Mechanism) -> set[int]:
    """Ids of the bodies that own the mechanism and chair it: the issuer, or the body the
    mechanism is named after (``县水务局防汛工作领导小组``), when its own post holds the chair."""
    chairs = {id(org): org for org, role, _span, _body in _posts(notice) if org is not None and role in _CHAIRS}
    issuer = issuer_name(notice)
    found = notice.table.find(issuer) if issuer else None
    out = {id(found)} if found is not None and id(found) in chairs else set()
    for key, org in chairs.items():
        forms = (org.name, *org.aliases)
        if any(len(f) >= 3 and n.startswith(f) for f in forms for n in (mech.name, *mech.aliases)):
            out.add(key)
    return out


def roster_member_units(notice: Notice) -> None:
    """Without a member-unit list, the units of the roster's people are the member units,
    in roster order, but for the government or party committee that leads the body
    (``副组长：王五 县卫健局局长`` makes 县卫健局 a member unit), and but for the issuer whose
    head chairs a body it sets up (a bureau's own group of its sections). Units read from the roster
    itself (``…以及A、B``, ``成员：A科室科长``) are no list of their own. Runs after the duty
    divisions: the units of a 成员单位职责 division are such a list."""
    mech = notice.mechanism
    if mech is None or not (notice.people or notice.unit_posts):
        return
    units = [f for f in notice.facts if f.relation == "member_unit_of"]
    listed = [f for f in units if id(f) not in notice.roster_units and id(f) not in notice.division_units]
    if listed and not all(_heads_of_collective(notice, f) or _heads_of_some(notice, f, len(listed)) for f in listed):
        return  # a composition list names them
    have = {id(f.source) for f in units}
    collectives = [f.source.name for f in listed]
    owners = _owners(notice, mech)
    for org, _role, span, body in _posts(notice):
        if org is None or id(org) in owners or org.body or id(org) in have or _leads(org, notice):
            continue
        if "、" in org.name:
            continue  # 研究员、某研究院原副院长: an expert's profession and affiliation, not one unit
        if any(org.name in name for name in collectives):
            continue  # 街道办事处 of 各乡镇人民政府、街道办事处负责人为成员: one of the collective's bodies
        if notice.lex.institutions.get(org.name, {}).get("kind") == "各部门":
            continue  # 联络员：各成员单位分管科室负责人: every member, no unit of its own
        have.add(id(org))
        notice.facts.append(OrgFact(org, "member_unit_of", body or mech, span))  # A工作组组长：X局…: A's
