"""A post's body and title (``奈曼旗公安局治安管理大队大队长`` -> 奈曼旗公安局 +
治安管理大队大队长): the body written in it, a level's government, the notice's issuer, or
no body (an expert's rank, a former post)."""

from __future__ import annotations

import re

from ...lexicon import Lexicon, alternation
from ...normalize import HAN
from ...notice import Notice
from ...resolve import Org
from ..orgs import looks_like_org, org_at, without_vague_end
from ..posts import post_words


def split_post(notice: Notice, start: int, end: int) -> int | None:
    """End of the body in a post that runs body and title together, else None:
    ``镇社会事务科科长`` -> after 科, ``卫生部副部长兼中医药局局长`` -> after 部,
    ``合浦县副县长`` -> after 县 (the county's government). The body is a known name, or
    text ending like a body (局 科 所 村 …) right before a title."""
    text = notice.text
    w = post_words(notice.lex)
    org_end = org_at(notice, text, start, end)
    if org_end is not None and not bare_place(notice, text[start:org_end]):
        office = _general_office(notice, start, org_end, end) or _branch_office(notice, org_end, end)
        if office is not None:  # 省委办公厅 + 副厅长: the committee's general office is a body
            return office
        for k in (org_end + 1, org_end + 2):  # 海关 + 总署 + 副署长: the known name begins a longer one
            if (k < end and text.endswith(w.endings, org_end, k) and w.title_at(text, k, end) is not None
                    and text[org_end:k] not in w.party_organs):  # 市农业局 + 党委副书记: the body's own party organ
                return k
        return org_end  # a known body: the rest is the title (治安管理大队大队长)
    sep = text.find("、", start, end)
    first = sep if sep > start else end  # a body's name holds no 、: the first post's body
    for i in range(start + 2, min(first, start + _POST_REACH)):  # bounded: linear time
        t = w.title_at(text, i, end)
        if t is None:
            continue
        body = without_vague_end(notice, text[start:i])  # X公司|有关负责人
        if body.endswith(w.endings):
            return start + len(body)
        level = w.government_level(text[i:t])
        if level and text.endswith(level, start, i):
            return i
    if org_end is None and first < end and text.endswith(w.titles, start, first):
        # 中央某部部务会议成员、新闻办副主任: the first body's ending before a post of it
        for i in range(start + 3, first - 1):
            if text.endswith(w.endings, start, i):
                return i
    return org_end  # a place alone (钱湾镇): its government, read by the caller


def _general_office(notice: Notice, start: int, org_end: int, end: int) -> int | None:
    """End of a general office written right after its body and before a title
    (``省委办公厅副厅长``, ``国家卫健委办公厅副主任``, ``县委办公室主任``): a department of its
    own, not the body's title. A 办公厅 after any body; a 办公室 only after a party committee
    (``县卫健局办公室主任`` is the bureau's office: its title); a short 办 after a government
    (``国务院港澳办副主任``). Else None."""
    text = notice.text
    w = post_words(notice.lex)
    body = text[start:org_end]
    offices = list(notice.lex.cue("general_offices"))
    if _party_committee(notice, body):
        offices += notice.lex.cue("party_offices")
    for office in offices:
        k = org_end + len(office)
        if text.startswith(office, org_end) and w.title_at(text, k, end) is not None:
            return k
    if body == "国务院" or body.endswith("政府"):
        m = notice.lex.memo(_OfficeForms).government_office.match(text, org_end, end)
        if m and w.title_at(text, m.end(), end) is not None:
            return m.end()  # 国务院港澳办副主任, 县人民政府教育督导室主任: an office of the government
    return None


def _branch_office(notice: Notice, org_end: int, end: int) -> int | None:
    """End of a branch written right after its body and before a title (``省药监局红石检查分局局长``,
    ``市公安局红石分局副局长``): the branch is a body of its own, not the body's title. Else None."""
    m = notice.lex.memo(_OfficeForms).branch.match(notice.text, org_end, end)
    if m and post_words(notice.lex).title_at(notice.text, m.end(), end) is not None:
        return m.end()
    return None


class _OfficeForms:
    """The offices of a government (``港澳办``, ``新闻办``, ``教育督导室``; not 办公室, its general
    office) and the branches of a body (``红石检查分局``) written between a body and a title."""

    def __init__(self, lex: Lexicon) -> None:
        endings = lex.cue_re("government_office_endings")
        self.government_office = re.compile(rf"(?!办公)[{HAN}]{{1,4}}?(?:{endings})(?!公)")
        self.branch = re.compile(rf"[{HAN}]{{1,6}}?(?:{lex.cue_re('branch_offices')})")


def _party_committee(notice: Notice, body: str) -> bool:
    """Is ``body`` a party committee: a place or a level and 委 (``县委``, ``湖北省委``), or
    ending with a party organ (``镇党委``)?"""
    stem = body.removesuffix(notice.lex.party)
    return (body.endswith(post_words(notice.lex).party_organs)
            or (stem != body and (stem in notice.table.places or stem in notice.lex.bare_levels)))


def bare_place(notice: Notice, form: str) -> bool:
    """A place's name alone (``钱湾镇``, read as its government from ``钱湾镇副镇长``): in
    ``钱湾镇卫生院院长`` the body runs on past it."""
    org = notice.table.find(form)
    return form in notice.table.places or (org is not None and org.name == form + "人民政府")


_POST_REACH = 64  # a body and title written together are never longer


def issuer_name(notice: Notice) -> str | None:
    """The notice's issuing body: from the signature, else the title's ``X关于…``."""
    issuer = notice.meta.get("issuer")
    if not issuer:
        title = notice.meta.get("title") or ""
        k = title.find("关于")
        issuer = title[:k] if k >= 2 else None
    if issuer and looks_like_org(issuer, notice):
        return issuer
    return None


def resolve_post(notice: Notice, start: int, end: int) -> tuple[Org | None, str | None]:
    """(body, title) of a post: the body written in it, else the notice's own issuer or the
    locality's government when the title names one of them (部长 in a 卫生部 notice,
    副县长 in a county's)."""
    text = notice.text
    w = post_words(notice.lex)
    table = notice.table
    zone = _own_zone(notice)
    if zone is not None and _zone_post(notice, start, end):  # 工委书记 in a development zone's own task force
        return table.add(zone), text[start:end]
    if _no_seat(notice, start, end):  # 教授、某大学原校长, 某省原副省长: no body sits in the mechanism
        return None, text[start:end]
    secretary = _secretary_first(notice, start, end)
    if secretary is not None:  # 县委副书记、县长, 党委副书记、镇长: the party committee's secretary first
        return table.add(text[start:secretary]), text[secretary:end]
    government = _party_and_government(notice, start, end)
    if government is not None:  # 市委常委、常务副市长: the level's head sits in its government
        return government, text[start:end]
    place_end = _rank_of_place(notice, start, end)
    if place_end is not None:  # 马集镇副主任科员: a rank in the town's government
        org = table.add(text[start:place_end] + "人民政府")
        table.alias(org, text[start:place_end])
        return org, text[place_end:end]
    org_end = split_post(notice, start, end)
    if org_end is not None:
        if "、" in text[start:org_end]:
            return None, text[start:end]  # a body's name holds no 、
        org_end = _before_organ(notice, start, _assembly_committee(notice, start, org_end, end))
    title = text[org_end if org_end is not None else start : end].strip(" 、，") or None
    if org_end is not None and not org_at(notice, text, start, end) and _two_bodies(notice, org_end, end):
        return None, text[start:end]  # 县委常委、常务副县长: posts in two bodies, neither is the post's
    government = _party_and_government(notice, start, end)
    if government is not None:  # 市委常委、常务副市长: the level's head sits in its government
        return government, text[start:end]
    joint = text.find("兼", start, org_end) if org_end is not None else -1
    if org_end is not None and joint > start and w.title_at(text, start, joint) == joint:
        return table.add(text[joint + 1 : org_end]), text[start:end]  # 国务委员兼国务院秘书长
    if org_end is not None:
        written = text[start:org_end]
        level = w.government_level(title or "")
        stem = written[: -len(level)] if level else ""
        if (level and written.endswith(level) and len(written) <= 6
                and (len(stem) == 2 or not stem.endswith(w.endings))):  # 银海区副区长: the district's head
            # (新会区: a two-character stem is a place even if it ends like a body; 工业园区 is no place)
            org = table.add(written + "人民政府")
            table.alias(org, written)
            return org, title
        if written.endswith("政府") and not written.endswith("人民政府"):  # 省政府 = 省人民政府
            stem = written[:-2]
            if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in notice.lex.level_chars:
                stem = stem[:-1]  # 环县|县政府: the county's own name ends with its level
            org = table.add(stem + "人民政府")
            table.alias(org, written)
            return org, title
        return _roster_body(notice, written), title
    ov = _overlap(notice, start, end) if org_end is None else None
    if ov is not None:  # 镇财政分局长: the title shares the body's last character
        ending = next(e for e in w.endings if text.endswith(e, start, ov))
        return table.add(text[start:ov]), ending + "长"
    whole = text[start:end]
    if (org_end is None and (looks_like_org(whole, notice) or _unit_by_ending(notice, whole))
            and not (w.title_word_re and w.title_word_re.search(whole))):  # 何伟森（市市政局）: the unit alone
        return table.add(whole), None
    first_end = w.title_at(text, start, end) if title is not None else None
    level = w.government_level(title or "")
    if title is None or (first_end != end and not (level and first_end is not None and text.startswith("、", first_end))):
        return None, title  # (副镇长、某派出所所长: the first post a level's head, read as its government)
    if level:
        loc = table.locality
        if loc and loc.endswith(level):
            return table.add(loc + "人民政府"), title
        issuer = issuer_name(notice)
        if issuer and issuer.endswith((level + "人民政府", level + "政府")):  # 镇长 in the town's own notice
            return table.add(issuer), title
        place = _mechanism_place(notice, level)
        if place is not None:  # 镇长 in the roster of 塘溪镇精神卫生综合管理小组: the town's head
            org = table.add(place + "人民政府")
            table.alias(org, place)
            for bare in (level + "人民政府", level + "政府"):  # 镇政府 in the same roster: that town's
                if table.find(bare, by_kind=False) is None:
                    table.alias(org, bare)
            return org, title
        own = _level_government(notice, level)
        if own is not None:  # 副市长 alone where the notice writes 市政府 (市政府副秘书长): that government
            return own, title
        return None, title
    issuer = issuer_name(notice)
    units = w.units.get(w.head(title), [])
    if issuer and units and issuer.endswith(tuple(units)):
        return table.add(issuer), title
    national = notice.lex.roster_words.get("national_heads", {}).get(title)
    if national:  # 国务委员, 副总理 written alone: posts only the national government has
        return table.add(national), title
    return None, title


def _level_government(notice: Notice, level: str) -> Org | None:
    """The government of this level when the notice writes it as its own (``市政府决定``,
    ``市政府副秘书长``; not one of a list, ``各县人民政府``, ``市、县政府``), else None."""
    if not re.search(rf"(?<![各、，,]){level}(?:人民)?政府(?![、和及与])", notice.text):
        return None
    org = notice.table.add(level + "人民政府")
    notice.table.alias(org, level + "政府")
    return org


def _roster_body(notice: Notice, written: str) -> Org:
    """The body of a post, found or added: a body of the same kind written another way is
    another body when one of the roster's people already holds a post there (``省新闻出版局``
    and ``省广电局``, ``省统计局`` and ``国家统计局某调查总队``: two units of one roster)."""
    table = notice.table
    known = table.find(written)
    if known is not None and table.find(written, by_kind=False) is None and any(p.org is known for p in notice.people):
        return table.add(written, by_kind=False)
    return table.add(written)


def _unit_by_ending(notice: Notice, post: str) -> bool:
    """A post that is a unit's name alone by its form (``市委政研室``, ``人行某支行``): Han
    characters only, 4–12 of them, ending with a body's ending inside posts (室, 行 …)."""
    return (4 <= len(post) <= 12 and re.fullmatch(f"[{HAN}]+", post) is not None
            and post.endswith(post_words(notice.lex).endings))


def _mechanism_place(notice: Notice, level: str) -> str | None:
    """The place of this level the mechanism is named after (``塘溪镇`` of
    ``塘溪镇精神卫生综合管理小组``), when the notice has no locality or issuer of its own."""
    mech = notice.mechanism
    if mech is None:
        return None
    higher = alternation([v for v in post_words(notice.lex).levels if v != level])
    # (常州市武进区湖塘镇…指挥部: the town after the places above it)
    m = re.match(rf"(?:[{HAN}]{{2,4}}?(?:{higher}))*?(?P<place>[{HAN}]{{2,4}}?{level})", mech.name)
    if m is None or m["place"][:-1].endswith(post_words(notice.lex).endings) or notice.lex.kind_of(m["place"]) is not None:
        return None
    return m["place"]


_FORMER = "原"


def _no_seat(notice: Notice, start: int, end: int) -> bool:
    """Does the post name no body that sits in the mechanism? An expert's profession or rank
    first (``教授、某大学原党委书记``, ``院士、某院学术委员会主任``), or a former post
    (``原县财政局副局长``, ``某省原副省长``, ``某社原社长``): the body is an affiliation."""
    text = notice.text
    for rank in notice.lex.cue("professional_ranks"):  # longest first
        if text.startswith(rank, start) and (start + len(rank) == end or text[start + len(rank)] in "、，,；"):
            return True
    w = post_words(notice.lex)
    k = text.find(_FORMER, start, end)
    while k >= 0:  # 原 right after a body (or first) and right before a title: 太原市 is a place
        if w.title_at(text, k + 1, end) is not None:
            if k == start or text.endswith(w.endings, start, k) or text.endswith(w.levels, start, k):
                return True
        elif k == start and text.startswith(w.levels + ("镇", "乡"), k + 1):  # 原县财政局副局长 (原平市: a place)
            return True
        k = text.find(_FORMER, k + 1, end)
    return False


def _assembly_committee(notice: Notice, start: int, org_end: int, end: int) -> int:
    """The end of a people's congress's or a CPPCC's committee written after it, when the post's
    title follows the committee (``省人大常委会社会建设工作委员会副主任``, ``县政协文史委员会主任``):
    such a committee is a body of its own. Else ``org_end``."""
    text = notice.text
    if not text.endswith(notice.lex.cue("assemblies"), start, org_end):
        return org_end
    k = text.find(_COMMITTEE, org_end, min(end, org_end + 16))
    if k < 0 or not re.fullmatch(f"[{HAN}]+", text[org_end:k]):
        return org_end
    k += len(_COMMITTEE)
    return k if post_words(notice.lex).title_at(text, k, end) == end else org_end


_COMMITTEE = "委员会"


def _before_organ(notice: Notice, start: int, org_end: int) -> int:
    """The body's end before an internal organ that ends it (``某协会党组`` + ``成员``,
    ``省高级人民法院审判委员会`` + ``专职委员``): the organ belongs to the title."""
    text = notice.text
    for organ in notice.lex.cue("internal_organs"):
        if text.endswith(organ, start, org_end) and org_end - len(organ) - start >= 2:
            return org_end - len(organ)
    return _village_before_organ(notice, start, org_end)


def _village_before_organ(notice: Notice, start: int, org_end: int) -> int:
    """The village's end before its own organ (``青山村`` + ``党支部书记``, ``青山村`` +
    ``村委会主任``): the village is the unit, its party branch or committee belongs to the
    title. Else ``org_end``."""
    text = notice.text
    for organ in notice.lex.cue("village_organs"):
        k = org_end - len(organ)
        if text.endswith(organ, start, org_end) and k - start >= 3 and text[k - 1] == _VILLAGE:
            return k
    return org_end


_VILLAGE = "村"


def _own_zone(notice: Notice) -> str | None:
    """The development zone the mechanism is named after (``汉江经济开发区疫情防控工作专班``),
    else None: a zone has no people's government, its posts are the zone's own."""
    mech = notice.mechanism
    if mech is None:
        return None
    m = notice.lex.memo(_zone_name_re).match(mech.name)
    return m.group(0) if m else None


def _zone_name_re(lex: Lexicon) -> re.Pattern[str]:
    """A development zone's name opening a mechanism's (``汉江经济开发区``): a few characters and a zone suffix."""
    return re.compile(rf"[{HAN}]{{2,10}}?(?:{alternation(lex.cue('zone_suffixes'))})")


def _zone_organs(lex: Lexicon) -> tuple[str, ...]:
    """The organs of a development zone (``zone_organs``), longest first."""
    return tuple(sorted(lex.cue("zone_organs"), key=len, reverse=True))


def _rank_titles(lex: Lexicon) -> tuple[str, ...]:
    """The civil-service ranks (``rank_titles``), longest first."""
    return tuple(sorted(lex.cue("rank_titles"), key=len, reverse=True))


def _zone_post(notice: Notice, start: int, end: int) -> bool:
    """A post with no body of its own in a zone's roster: a bare title (``副主任``,
    ``总工程师``) or a title of one of the zone's organs (``工委书记``, ``管委会副主任``)."""
    text = notice.text
    w = post_words(notice.lex)
    organ = next((o for o in notice.lex.memo(_zone_organs) if text.startswith(o, start)), "")
    return w.title_at(text, start + len(organ), end) == end


def _rank_of_place(notice: Notice, start: int, end: int) -> int | None:
    """End of the place in a post that is a place and a civil-service rank (``马集镇副科级干部``,
    ``柳河乡四级主任科员``): the rank is held in that place's government. Else None."""
    text = notice.text
    w = post_words(notice.lex)
    for rank in notice.lex.memo(_rank_titles):
        if text.endswith(rank, start, end):
            place = text[start : end - len(rank)]
            if 2 <= len(place) <= 8 and re.fullmatch(f"[{HAN}]+", place) and place.endswith(tuple(w.heads.values())):
                return end - len(rank)
            return None
    return None


def _secretary_first(notice: Notice, start: int, end: int) -> int | None:
    """End of the party committee in a double post whose first part is its secretary and a
    later part the level's head (``省委副书记、省长``, ``党委副书记、镇长``): the person is
    written as the committee's first, the title is the rest. Else None (``县委常委、常务副县长``:
    a seat in the committee, read by ``_party_and_government``)."""
    text = notice.text
    w = post_words(notice.lex)
    first = text.find("、", start, end)
    if first < 0 or not _two_bodies(notice, start, end):
        return None
    for k in range(start + 1, min(first, start + 8)):
        if (text[k - 1] == notice.lex.party and w.title_at(text, k, first) == first
                and w.head(text[k:first]) in notice.lex.cue("party_secretary_titles")
                and re.fullmatch(f"[{HAN}]+", text[start:k])):
            return k
    return None


def _party_and_government(notice: Notice, start: int, end: int) -> Org | None:
    """The government of a double post ``市委常委、常务副市长`` (a seat in the level's party
    committee, then the level's head): the head sits in that level's people's government."""
    text = notice.text
    w = post_words(notice.lex)
    k = text.rfind("、", start, end)
    level = w.government_level(text[k + 1 : end]) if k > start else None
    if level is None:
        return None
    first = text[start:k]
    p = first.find(level + notice.lex.party)
    rest = first[p + len(level) + len(notice.lex.party):] if p >= 0 else ""
    if p < 0 or len(first[:p]) > 4 or not rest or not re.fullmatch(rf"[{HAN}]{{1,6}}", rest) or "、" in rest:
        return None
    return notice.table.add(first[: p + len(level)] + "人民政府")


def _two_bodies(notice: Notice, start: int, end: int) -> bool:
    """Does a later part of the title (after 、) hold the post of a level's head in its
    government (``县委常委、常务副县长``)? A post in another body written after the first
    one stays with the first body (``镇党委副书记、政协工委主任``: 镇党委, as ``卫生部副部长兼…``)."""
    text = notice.text
    w = post_words(notice.lex)
    k = text.find("、", start, end)
    while k >= 0:
        if w.government_level(text[k + 1 : end]):
            return True
        k = text.find("、", k + 1, end)
    return False


def post_of(notice: Notice, start: int, end: int) -> tuple[Org | None, str | None]:
    """Split a post (``奈曼旗公安局治安管理大队大队长``) into organization and title."""
    return resolve_post(notice, start, end)


def is_post(notice: Notice, a: int, b: int) -> bool:
    """A post without a name (``党委副书记``, ``镇党委副书记、政协工委主任``, ``镇财政分局长``):
    titles, each after its body or none, joined by 、 or 兼."""
    w = post_words(notice.lex)
    text = notice.text
    if _overlap(notice, a, b) is not None:
        return True
    org_end = split_post(notice, a, b)
    t = w.title_at(text, org_end if org_end is not None else a, b)
    if t is None and org_end is not None:
        t = _title_after_part(notice, org_end, b)  # 省妇联 + 儿童部部长
    if t is None or (t < b and text[t] not in "、兼"):
        return False
    while t < b:  # later parts (政协工委主任): each ends with a title word; linear
        nxt = min([k for k in (text.find("、", t + 1, b), text.find("兼", t + 1, b)) if k >= 0], default=b)
        part = text[t + 1 : nxt]
        if not (2 <= len(part) <= 15 and part.endswith(post_words(notice.lex).title_endings)):
            return False
        t = nxt
    return True


_PART_REACH = 10  # a part of a body (儿童部, 卫生防疫处) written between the body and a title


def _title_after_part(notice: Notice, a: int, b: int) -> int | None:
    """End of a title after a part of the body at ``a`` (``儿童部部长`` after 省妇联: the body's
    department ends like a body, a title follows), else None."""
    text = notice.text
    w = post_words(notice.lex)
    for i in range(a + 2, min(b, a + _PART_REACH)):
        if text.endswith(w.endings, a, i):
            t = w.title_at(text, i, b)
            if t is not None:
                return t
    return None


def _overlap(notice: Notice, a: int, b: int) -> int | None:
    """Where the body ends in a post whose title shares the body's last character
    (``镇财政分局长`` = 镇财政分局 + 分局长, ``镇派出所长``), else None."""
    text = notice.text
    w = post_words(notice.lex)
    if (b - a < 4 or text[b - 1] != "长" or "、" in text[a:b] or w.title_at(text, a, b) == b
            or split_post(notice, a, b) is not None):  # a body's name holds no 、
        return None
    for ending in w.endings:  # longest first
        if len(ending) <= b - 1 - a - 2 and text.endswith(ending, a, b - 1):
            return b - 1
    return None
