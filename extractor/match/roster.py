"""Rosters: people under 召集人/副召集人/成员/联络员 (组长/副组长 of a 领导小组), each with
organization and title (``刘剑华 奈曼旗公安局治安管理大队大队长``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation
from ..normalize import HAN, strip_span
from ..notice import Mechanism, Notice, OrgFact, Person, Span
from ..resolve import Org
from ..words import word_tags
from .orgs import looks_like_org, org_at, split_items, unit_list, vague_unit, without_vague_end
from .posts import _sentence_near, _words, names_other_body, title_and_name

_NAME = rf"[{HAN}·]{{2,8}}"  # 其达拉图, 阿不都热合曼, 艾力·买买提
_LINE_RE = re.compile(rf"(?P<name>{_NAME}?|[{HAN}] [{HAN}])(?:同志)?(?: |，(?=[{HAN}]{{4,}}$))(?P<post>[{HAN}].*)")  # 田 甜 县妇联副主席: padded
_POST_FIRST_RE = re.compile(rf"(?P<post>[{HAN}][^ ]*[{HAN}]) (?P<name>{_NAME})")
_SHARED_RE = re.compile(rf"(?P<names>(?:{_NAME}?|[{HAN}] [{HAN}])(?:、(?:{_NAME}?|[{HAN}] [{HAN}]))+) (?P<post>[{HAN}].*)")
_INLINE_RE = re.compile(rf"(?P<name>{_NAME}?)\s*[（(](?P<post>[^（）()]{{2,40}})[）)]")


def _valid_name(name: str, notice: Notice) -> bool:
    w = _words(notice.lex)
    return (
        2 <= len(name) <= 8
        and not any(x in name for x in w.not_names)
        and notice.lex.kind_of(name) is None
        and not name.endswith(w.not_name_endings)
        and not (w.title_word_re and w.title_word_re.search(name))
        and not any(ch in name for ch in "各等副")
        and not name.startswith(w.party_organs)
        and not _ORDINAL_RE.match(name)
    )


_ORDINAL_RE = re.compile("第[一二三四五六七八九十百零〇两0-9]+")  # 第十四条: an article's number, no name


def split_post(notice: Notice, start: int, end: int) -> int | None:
    """End of the body in a post that runs body and title together, else None:
    ``镇社会事务科科长`` -> after 科, ``卫生部副部长兼中医药局局长`` -> after 部,
    ``合浦县副县长`` -> after 县 (the county's government). The body is a known name, or
    text ending like a body (局 科 所 村 …) right before a title."""
    text = notice.text
    w = _words(notice.lex)
    org_end = org_at(notice, text, start, end)
    if org_end is not None and not _bare_place(notice, text[start:org_end]):
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


def _bare_place(notice: Notice, form: str) -> bool:
    """A place's name alone (``钱湾镇``, read as its government from ``钱湾镇副镇长``): in
    ``钱湾镇卫生院院长`` the body runs on past it."""
    org = notice.table.find(form)
    return form in notice.table.places or (org is not None and org.name == form + "人民政府")


_POST_REACH = 64  # a body and title written together are never longer


def _issuer(notice: Notice) -> str | None:
    """The notice's issuing body: from the signature, else the title's ``X关于…``."""
    issuer = notice.meta.get("issuer")
    if not issuer:
        title = notice.meta.get("title") or ""
        k = title.find("关于")
        issuer = title[:k] if k >= 2 else None
    if issuer and looks_like_org(issuer, notice):
        return issuer
    return None


def _resolve_post(notice: Notice, start: int, end: int) -> tuple[Org | None, str | None]:
    """(body, title) of a post: the body written in it, else the notice's own issuer or the
    locality's government when the title names one of them (部长 in a 卫生部 notice,
    副县长 in a county's)."""
    text = notice.text
    w = _words(notice.lex)
    table = notice.table
    zone = _own_zone(notice)
    if zone is not None and _zone_post(notice, start, end):  # 工委书记 in a development zone's own task force
        return table.add(zone), text[start:end]
    if _no_seat(notice, start, end):  # 教授、某大学原校长, 某省原副省长: no body sits in the mechanism
        return None, text[start:end]
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
            org = table.add(written[:-2] + "人民政府")
            table.alias(org, written)
            return org, title
        return table.add(written), title
    ov = _overlap(notice, start, end) if org_end is None else None
    if ov is not None:  # 镇财政分局长: the title shares the body's last character
        ending = next(e for e in w.endings if text.endswith(e, start, ov))
        return table.add(text[start:ov]), ending + "长"
    whole = text[start:end]
    if (org_end is None and looks_like_org(whole, notice)
            and not (w.title_word_re and w.title_word_re.search(whole))):  # 何伟森（市市政局）: the unit alone
        return table.add(whole), None
    if title is None or w.title_at(text, start, end) != end:
        return None, title
    level = w.government_level(title)
    if level:
        loc = table.locality
        if loc and loc.endswith(level):
            return table.add(loc + "人民政府"), title
        issuer = _issuer(notice)
        if issuer and issuer.endswith((level + "人民政府", level + "政府")):  # 镇长 in the town's own notice
            return table.add(issuer), title
        place = _mechanism_place(notice, level)
        if place is not None:  # 镇长 in the roster of 塘溪镇精神卫生综合管理小组: the town's head
            org = table.add(place + "人民政府")
            table.alias(org, place)
            return org, title
        return None, title
    issuer = _issuer(notice)
    units = w.units.get(w.head(title), [])
    if issuer and units and issuer.endswith(tuple(units)):
        return table.add(issuer), title
    return None, title


def _mechanism_place(notice: Notice, level: str) -> str | None:
    """The place of this level the mechanism is named after (``塘溪镇`` of
    ``塘溪镇精神卫生综合管理小组``), when the notice has no locality or issuer of its own."""
    mech = notice.mechanism
    if mech is None:
        return None
    m = re.match(rf"[{HAN}]{{2,4}}?{level}", mech.name)
    if m is None or m.group(0)[:-1].endswith(_words(notice.lex).endings) or notice.lex.kind_of(m.group(0)) is not None:
        return None
    return m.group(0)


_FORMER = "原"


def _no_seat(notice: Notice, start: int, end: int) -> bool:
    """Does the post name no body that sits in the mechanism? An expert's profession or rank
    first (``教授、某大学原党委书记``, ``院士、某院学术委员会主任``), or a former post
    (``原县财政局副局长``, ``某省原副省长``, ``某社原社长``): the body is an affiliation."""
    text = notice.text
    for rank in notice.lex.cue("professional_ranks"):  # longest first
        if text.startswith(rank, start) and (start + len(rank) == end or text[start + len(rank)] in "、，,；"):
            return True
    w = _words(notice.lex)
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
    return k if _words(notice.lex).title_at(text, k, end) == end else org_end


_COMMITTEE = "委员会"


def _before_organ(notice: Notice, start: int, org_end: int) -> int:
    """The body's end before an internal organ that ends it (``某协会党组`` + ``成员``,
    ``省高级人民法院审判委员会`` + ``专职委员``): the organ belongs to the title."""
    text = notice.text
    for organ in notice.lex.cue("internal_organs"):
        if text.endswith(organ, start, org_end) and org_end - len(organ) - start >= 2:
            return org_end - len(organ)
    return org_end


def _own_zone(notice: Notice) -> str | None:
    """The development zone the mechanism is named after (``汉江经济开发区疫情防控工作专班``),
    else None: a zone has no people's government, its posts are the zone's own."""
    mech = notice.mechanism
    if mech is None:
        return None
    suffixes = alternation(notice.lex.cue("zone_suffixes"))
    m = re.match(rf"[{HAN}]{{2,10}}?(?:{suffixes})", mech.name)
    return m.group(0) if m else None


def _zone_post(notice: Notice, start: int, end: int) -> bool:
    """A post with no body of its own in a zone's roster: a bare title (``副主任``,
    ``总工程师``) or a title of one of the zone's organs (``工委书记``, ``管委会副主任``)."""
    text = notice.text
    w = _words(notice.lex)
    organ = next((o for o in sorted(notice.lex.cue("zone_organs"), key=len, reverse=True) if text.startswith(o, start)), "")
    return w.title_at(text, start + len(organ), end) == end


def _rank_of_place(notice: Notice, start: int, end: int) -> int | None:
    """End of the place in a post that is a place and a civil-service rank (``马集镇副科级干部``,
    ``柳河乡四级主任科员``): the rank is held in that place's government. Else None."""
    text = notice.text
    w = _words(notice.lex)
    for rank in sorted(notice.lex.cue("rank_titles"), key=len, reverse=True):
        if text.endswith(rank, start, end):
            place = text[start : end - len(rank)]
            if 2 <= len(place) <= 8 and re.fullmatch(f"[{HAN}]+", place) and place.endswith(tuple(w.heads.values())):
                return end - len(rank)
            return None
    return None


def _party_and_government(notice: Notice, start: int, end: int) -> Org | None:
    """The government of a double post ``市委常委、常务副市长`` (a seat in the level's party
    committee, then the level's head): the head sits in that level's people's government."""
    text = notice.text
    w = _words(notice.lex)
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
    w = _words(notice.lex)
    k = text.find("、", start, end)
    while k >= 0:
        if w.government_level(text[k + 1 : end]):
            return True
        k = text.find("、", k + 1, end)
    return False


def _post(notice: Notice, start: int, end: int) -> tuple[Org | None, str | None]:
    """Split a post (``奈曼旗公安局治安管理大队大队长``) into organization and title."""
    return _resolve_post(notice, start, end)


def _add(notice: Notice, role: str, name_span: tuple[int, int], post: tuple[int, int], line: tuple[int, int]) -> None:
    text = notice.text
    name = text[name_span[0] : name_span[1]].replace(" ", "")
    if not _valid_name(name, notice):
        return
    a, b = strip_span(text, *post, " 、，")
    bare_end = a + len(_PAREN_TAIL.sub("", text[a:b]))  # 副部长（民政）: the title before its note
    if b > a and b >= len(text.rstrip()) and not text.endswith(_words(notice.lex).titles, a, bare_end):
        return  # 范平 广电总局副局: the text ends inside the post
    org, title = _post(notice, a, b) if b > a else (None, None)
    notice.people.append(Person(name=name, org=org, title=title, role=role, span=line))
    notice.roster_lines.add(line[0])


def _role(notice: Notice, word: str) -> str:
    """The relation of a role label; under a chief label (``总召集人``) the plain label names
    the chief's deputies (``召集人`` -> deputy convener)."""
    for chief, roles in notice.lex.roster_words.get("under_chief", {}).items():
        if word in roles and _names_chief(notice.text, chief):
            return str(roles[word])
    heads = _body_heads(notice)
    return heads[word] if word in heads else notice.lex.roles[word]


@lru_cache(maxsize=32)
def _names_chief(text: str, chief: str) -> bool:
    """Does the notice give the chief post to someone (``总召集人：``, ``总召集人 王五``, ``任总召集人``,
    ``总召集人由``), not only mention it (``会议由总召集人或召集人主持``)?"""
    return re.search(rf"{chief}\s*[：:]|{chief} [{HAN}]|任{chief}|{chief}由", text) is not None


def _body_heads(notice: Notice) -> dict[str, str]:
    """The head titles of the mechanism's own kind of body that label its roster (``所长``,
    ``副所长`` of a ``防汛指挥所``), by the ending of its name; empty for other bodies."""
    mech = notice.mechanism
    if mech is None:
        return {}
    for ending, heads in notice.lex.roster_words.get("body_heads", {}).items():
        if mech.name.endswith(ending):
            return dict(heads)
    return {}


def _role_words(notice: Notice) -> str:
    """A regex alternation of the role labels of this notice (the lexicon's and the body's heads)."""
    heads = _body_heads(notice)
    return alternation([*notice.lex.roles, *heads]) if heads else notice.lex.role_re.pattern


@lru_cache(maxsize=8)
def _header_re(roles: str) -> re.Pattern[str]:
    """A role label at the start of a line (``召集人：``, ``召 集 人 王五 …``: padded, then a
    name), and the rest of the line."""
    padded = "|".join(" ?".join(word) for word in roles.split("|"))
    return re.compile(rf"^(?P<role>{padded})(?:\s*[：]\s*| (?=(?:{_NAME}|[{HAN}] [{HAN}]) ))(?P<rest>.*)$")


def find_roster(notice: Notice) -> None:
    """Read roster blocks line by line; role headers and 担任…联络员 sentences set the role."""
    text = notice.text
    lex = notice.lex
    header_re = _header_re(_role_words(notice))
    role: str | None = None
    in_group = False  # inside the block of a working group with its own 组长 (not the mechanism's)
    pending: tuple[str, tuple[int, int], tuple[int, int]] | None = None  # 组长：张三 / (post next line)
    bare = False  # the pending name stood alone on its line: it is a person only with a post below
    table = False  # inside a table under a 姓名 column header
    for ln in notice.content_lines():
        body = text[ln.body_start : ln.end]
        if pending is not None:
            p_role, p_name, p_line = pending
            pending = None
            if _is_post(notice, ln.body_start, ln.end) and len(body) <= 40:  # 县人民政府副县长
                _add(notice, p_role, p_name, (ln.body_start, ln.end), p_line)
                notice.roster_lines.add(ln.start)
                notice.roster_lines.add(p_line[0])
                continue
            if not bare:
                _add(notice, p_role, p_name, (p_name[1], p_name[1]), p_line)
        if _names_sub_group(notice, body):
            in_group, role = True, None
            continue
        if ln.kind == "heading":
            role, in_group = None, False
            label = re.search(rf"(?:{lex.role_re.pattern})(?=：$)", body)
            if label:  # 二、指挥部成员总指挥：(the name on the next line)
                role = _role(notice, label.group(0))
            continue
        if in_group:
            if header_re.match(body) or _LINE_RE.fullmatch(body):
                notice.roster_lines.add(ln.start)  # a working group's roster: no fact about the mechanism
                continue
            in_group = False
        h = header_re.match(body)
        if h:
            role = _role(notice, h.group("role").replace(" ", ""))
            rest_start = ln.body_start + h.start("rest")
            rest = h.group("rest").strip()
            if rest and _bare_name_ok(rest, notice) and not _is_post(notice, rest_start, ln.end):
                pending, bare = (role, (rest_start, rest_start + len(rest)), (ln.start, ln.end)), False
                notice.roster_lines.add(ln.start)
                continue
            if rest and _unit_post_line(notice, h.group("role"), rest_start, ln.end, (ln.start, ln.end)):
                continue
            if rest and role == "member_of" and _unit_list_line(notice, rest_start, ln.end, (ln.start, ln.end)):
                continue
            if rest and _names_only(notice, role, rest_start, ln.end, (ln.start, ln.end)):
                continue
            segments = _labelled_segments(notice, role, rest_start, ln.end)
            if len(segments) > 1:  # 总召集人：A（…），召集人：B（…）、C（…），成员由…
                for seg_role, a, b in segments:
                    _inline(notice, seg_role, a, b, (ln.start, ln.end))
                continue
            if h.group("rest"):
                before = len(notice.people)
                _inline(notice, role, rest_start, ln.end, (ln.start, ln.end))
                if len(notice.people) == before:  # 成员：县卫健局局长张三、县教育局副局长李四
                    _post_name_list(notice, role, rest_start, ln.end, (ln.start, ln.end))
                if len(notice.people) == before and role == "member_of":
                    _unit_posts(notice, rest_start, ln.end, (ln.start, ln.end))
            continue
        if _labels_in_sentence(notice, ln.body_start, ln.end, (ln.start, ln.end)):
            role = None
            continue
        if notice.mechanism is not None and _column_header(notice, body):  # 姓名 单位 职务: a table of members
            role, table = "member_of", True
            notice.roster_lines.add(ln.start)
            continue
        if table and role:
            row = _table_row(notice, ln.body_start, ln.end)
            if row is not None:  # 1 韩冰 县人民政府副县长 组长: a number first, the role last
                row_role, a, b = row
                _line(notice, row_role or role, a, b, (ln.start, ln.end))
                continue
            table = False
        name = body.replace(" ", "")
        if role and len(body) <= 6 and _bare_name_ok(name, notice):  # 王五 / (post next line)
            pending, bare = (role, (ln.body_start, ln.end), (ln.start, ln.end)), True
            continue
        m = _LINE_RE.fullmatch(body) or _POST_FIRST_RE.fullmatch(body) or _SHARED_RE.fullmatch(body)
        if role and m and len(body) <= 70 and "。" not in body:
            _line(notice, role, ln.body_start, ln.end, (ln.start, ln.end))
            continue
        if role and _INLINE_RE.match(body) and "。" not in body:
            _inline(notice, role, ln.body_start, ln.end, (ln.start, ln.end))
            continue
        # A sentence announcing the next block: …担任联络员 / …为成员：
        last = None
        for rm in lex.role_re.finditer(body):
            after = body[rm.end() : rm.end() + 1]
            preceding = body[max(0, rm.start() - 2) : rm.start()]
            if after in ("", "：", "。", "，") and (preceding.endswith(("担任", "为")) or after == "：" or rm.end() == len(body)):
                last = rm.group(0)
        role = _role(notice, last) if last else (role if m else None)
    if pending is not None and not bare:
        _add(notice, pending[0], pending[1], (pending[1][1], pending[1][1]), pending[2])


def _column_header(notice: Notice, body: str) -> bool:
    """A table's column header that names a person column (``姓名 单位 职务``, ``序号 姓名 工作单位及职务``)."""
    cells = body.split(" ")
    return (len(cells) >= 2 and any(c in notice.lex.cue("name_columns") for c in cells)
            and all(len(c) <= 8 for c in cells))


def _table_row(notice: Notice, start: int, end: int) -> tuple[str | None, int, int] | None:
    """(role of its last cell or None, start, end of the name and post) of a table row
    ``1 韩冰 县卫健局 局长`` / ``韩冰 县人民政府副县长 组长``, else None."""
    text = notice.text
    m = re.match(r"\d{1,3} ", text[start:end])
    a = start + (m.end() if m else 0)
    k = text.rfind(" ", a, end)
    last = text[k + 1 : end] if k > a else ""
    words = {*notice.lex.roles, *_body_heads(notice)}
    b, row_role = (k, _role(notice, last)) if last in words else (end, None)
    if not (_LINE_RE.fullmatch(text, a, b) or _POST_FIRST_RE.fullmatch(text, a, b)):
        return None
    return row_role, a, b


# a label after a sentence or clause mark inside a line (``…。组 长：``, ``，成员：``), padded or not
_CLASS_AFTER_RE = re.compile("(?:以及|及|和)(?=各)")
_LABEL_IN_LINE_RE = re.compile(rf"(?:^|(?<=[。；，]))\s*(?P<role>[{HAN}](?: ?[{HAN}]){{1,5}})\s*：")


def _labels_in_sentence(notice: Notice, start: int, end: int, line: tuple[int, int]) -> bool:
    """``成立X。组长：田某，副组长：陈某，成员：马某、李某。``: two or more role labels inside a
    paragraph, each followed by people; every label reads the list up to the next label or
    the sentence's end."""
    text = notice.text
    words = {*notice.lex.roles, *_body_heads(notice)}
    labels = [m for m in _LABEL_IN_LINE_RE.finditer(text, start, end) if m.group("role").replace(" ", "") in words]
    if len(labels) < 2 or notice.mechanism is None:
        return False
    found = []
    for k, m in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else end
        ends = [e for e in (text.find(ch, m.end(), stop) for ch in "。；") if e >= 0]
        stop = min([stop, *ends])
        more = _CLASS_AFTER_RE.search(text, m.end(), stop)  # …、覃某及各村村医: a class of people ends the list
        stop = more.start() if more else stop
        relation = _role(notice, m.group("role").replace(" ", ""))
        found += [(name, org, title, relation) for name, org, title in _people(notice, m.end(), stop, False)]
    if not found:
        return False
    for name, org, title, relation in found:
        notice.people.append(Person(name, org, title, relation, line))
    if not text[stop:end].strip(" 。；，"):  # sentences after the roster (各村要…) stay for the duties
        notice.roster_lines.add(line[0])
    return True


def _names_only(notice: Notice, role: str, start: int, end: int, line: tuple[int, int]) -> bool:
    """``副组长：李四、王五``: a label's list of bare names without posts: each a person with
    no body. False (nothing read) unless every item is a name."""
    text = notice.text
    a, b = strip_span(text, start, end, " 。；，")
    items = split_items(text, a, b)
    if len(items) < 2 or not all(_bare_name_ok(text[s:e].replace(" ", ""), notice) for s, e in items):
        return False
    for s, e in items:
        _add(notice, role, (s, e), (e, e), line)
    return True


def _labelled_segments(notice: Notice, role: str, start: int, end: int) -> list[tuple[str, int, int]]:
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
        seg_role, seg_start = _role(notice, m.group("role")), m.end()
    out.append((seg_role, seg_start, stop))
    return out


def _member_line(notice: Notice, start: int, end: int) -> tuple[Mechanism, int, int] | None:
    """The mechanism and the stripped span of a roster line's text after its label, or None
    without a mechanism (the prologue of :func:`_unit_post_line` and :func:`_unit_list_line`)."""
    mech = notice.mechanism
    if mech is None:
        return None
    a, b = strip_span(notice.text, start, end, " 。；，")
    return mech, a, b


def _unit_heads(notice: Notice) -> tuple[str, ...]:
    """Words that end a post held by a unit without a named person (负责同志, 分管领导 …)."""
    return tuple(notice.lex.roster_words.get("unit_heads", []))


def _unit_post_line(notice: Notice, word: str, start: int, end: int, line: tuple[int, int]) -> bool:
    """``召集人：州政府分管卫生工作的领导``: a unit holds the post, no person is named. A
    召集人/副召集人 post is a convener_unit_of / deputy_convener_unit_of fact with the title;
    any post makes the unit one of the roster's (see :func:`roster_member_units`)."""
    found = _member_line(notice, start, end)
    if found is None:
        return False
    mech, a, b = found
    posts = _unit_post_items(notice, a, b)
    if not posts or len(posts) > 1:
        return False
    org, title = posts[0]
    role = _role(notice, word)
    relation = next((r for w, r in notice.lex.unit_roles.items() if notice.lex.roles[w] == role), None)
    if relation is not None:
        notice.facts.append(OrgFact(org, relation, mech, line, {"title": title}))
    notice.unit_posts.append((org, role, line))
    notice.roster_lines.add(line[0])
    return True


def _unit_post_items(notice: Notice, a: int, b: int) -> list[tuple[Org, str]] | None:
    """(unit, title) of each item of ``市委政法委、市委宣传部分管负责人、市卫健局主要负责人``:
    units whose heads hold the post (the last item's head word is shared), else None."""
    text = notice.text
    heads = _unit_heads(notice)
    if not heads or not text.endswith(heads, a, b):
        return None
    parts = []
    for s, e in split_items(text, a, b):
        body_end = org_at(notice, text, s, e)
        if body_end is None:
            return None
        rest = text[body_end:e]
        if rest and (not rest.endswith(heads) or _names_a_person(notice, rest)):
            return None
        parts.append((s, body_end, rest))
    shared = parts[-1][2] if parts else ""
    out = []
    for s, body_end, rest in parts:
        written = text[s:body_end]
        if vague_unit(notice, written):
            continue  # 市有关部门和单位负责人: no unit is named
        if written.endswith("政府") and not written.endswith("人民政府"):  # 州政府 = 州人民政府
            org = notice.table.add(written[:-2] + "人民政府")
            notice.table.alias(org, written)
        else:
            org = notice.table.add(written)
        out.append((org, rest or shared or ""))
    return out


def _names_a_person(notice: Notice, post: str) -> bool:
    """A title followed by more text (``局长张三``): a person is named."""
    rx = _words(notice.lex).title_word_re
    m = rx.search(post) if rx else None
    return m is not None and m.end() < len(post) and not post.endswith(_unit_heads(notice))


_SHARED_HEAD: dict[int, re.Pattern[str]] = {}


def _unit_list_line(notice: Notice, start: int, end: int, line: tuple[int, int]) -> bool:
    """``成员：州卫生局、州财政局、州乡企（煤炭）局。``: a member line that lists units, no
    people: a member-unit list. Items that are a unit's post without a name
    (``镇派出所所长``) give their unit; classes of people (``各村网格员``) give nothing."""
    found = _member_line(notice, start, end)
    if found is None:
        return False
    mech, a, b = found
    text = notice.text
    shared = _SHARED_HEAD.get(id(notice.lex))
    if shared is None:
        shared = _SHARED_HEAD[id(notice.lex)] = re.compile(
            rf"(?:有关|相关|主要|分管)?(?:{alternation(_unit_heads(notice))})$")
    head = shared.search(text, a, b)  # A、B、C相关负责同志: the units' heads sit, the units are listed
    if head and text.find("、", a, b) >= 0:
        b = head.start()
    items = split_items(text, a, b)
    w = _words(notice.lex)
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
    w = _words(notice.lex)
    units: list[str] = []
    for s, e in items:
        if text.startswith("各", s):
            continue  # 各村（社区）主任: the head of each village, a class of people
        known = org_at(notice, text, s, e)
        if known is not None and _bare_place(notice, text[s:known]):
            known = None
        if not (w.title_word_re and w.title_word_re.search(text, s, e)):  # no post: a unit, or a unit and its staff
            if known is None:
                known = _body_before_staff(notice, s, e)
            if known is not None and (known == e or e - known <= 6):
                units.append(text[s:known])  # 镇卫生院精防医生
            continue
        body_end = known if known is not None else split_post(notice, s, e)
        if body_end is None or body_end - s < 3 or _bare_place(notice, text[s:body_end]):
            continue
        rest = text[body_end:e]
        if title_and_name(notice, rest) or _names_a_person(notice, rest):
            return False  # a person's post: the roster reads the line
        if _is_post(notice, body_end, e):
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
    endings = _words(notice.lex).endings
    for p in range(e, max(s + 3, e - 6) - 1, -1):
        if text.endswith(endings, s, p):
            return p
    return None


def _names_sub_group(notice: Notice, body: str) -> bool:
    """A short line naming a working group of its own (``（一）综合协调组``, ``医疗救治组：``),
    not the mechanism (``领导小组``)."""
    name = body.strip(" ：:")
    name = re.sub(r"^[（(]?[一二三四五六七八九十\d]+[）)、.．]?", "", name)
    if not (3 <= len(name) <= 16) or not re.fullmatch(rf"[{HAN}]+", name) or not name.endswith("组"):
        return False
    mech = notice.mechanism
    words = [mech.name, *mech.aliases] if mech else []
    return not any(name.endswith(w) or w.endswith(name) for w in words) and not name.endswith("小组")


_NAME_PAREN_RE = re.compile(rf"(?P<name>[{HAN}]{{2,4}})（(?P<post>[^（）]{{2,30}})）")
_LIST_SEPARATORS = "、，,；"
_PAREN_TAIL = re.compile(r"[（(][^（）()]{1,6}[）)]$")  # 吴细寒（常务）


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
    tail = len(text.rstrip())
    for ln in notice.content_lines():
        if ln.start in notice.roster_lines:
            continue
        for list_start, list_end, word, marker_end in _role_lists(text, ln.body_start, ln.end, marker_re):
            relation = _role(notice, word) if word in lex.roles else None
            if relation is None or names_other_body(notice, marker_end):
                continue  # 任顾问: bounds the next list, gives no role
            cut = list_end >= tail  # the text ends inside the list
            units_at = _UNITS_AFTER_RE.search(text, list_start, list_end)
            people_end = units_at.start() if units_at else list_end
            span = _sentence_near(text, list_start)
            found = _people(notice, list_start, people_end, cut and not units_at)
            if not found and not units_at:
                for unit, _title in _unit_post_items(notice, list_start, list_end) or []:
                    notice.unit_posts.append((unit, relation, span))  # 市卫健局主要负责人为副组长
            for name, org, title in found:
                if (name, relation) in seen:
                    continue
                seen.add((name, relation))
                notice.people.append(Person(name, org, title, relation, span))
            if units_at and notice.mechanism is not None and relation == "member_of":
                _member_units(notice, units_at.end(), list_end, cut, span)


def _role_lists(text: str, start: int, end: int, marker_re: re.Pattern[str]) -> list[tuple[int, int, str, int]]:
    """``(list start, list end, role word, marker end)`` of each role marker in ``text[start:end]``.
    Before ``任组长`` the list runs back to ``由``, else to the previous marker, else to the
    previous ``，``, never past ``。；：``; after ``组长由`` it runs to ``担任``/``，。；``. Linear
    in the line's length: each character is looked at a bounded number of times."""
    out: list[tuple[int, int, str, int]] = []
    last_end = start  # end of the previous marker (or list) in this line
    for m in marker_re.finditer(text, start, end):
        if m.start() < last_end:
            continue
        if m.group("role"):  # …任组长: the list is before the marker
            sent_start = max(text.rfind(ch, last_end, m.start()) for ch in "。；：") + 1
            after_post = last_end > start and sent_start == 0  # no sentence end since the last post
            bound = max(sent_start, last_end)
            by = text.rfind("由", bound, m.start())
            if by >= 0:
                list_start = by + 1
            elif after_post:
                list_start = bound
            else:
                list_start = max(bound, text.rfind("，", bound, m.start()) + 1)
            while list_start < m.start() and text[list_start] in "，、 ":
                list_start += 1
            list_end = m.start() - (2 if text.endswith("同志", list_start, m.start()) else 0)
            word, last_end = m.group("role"), m.end()
        else:  # 组长由…担任 / 成员为…: the list follows
            list_start = m.end()
            stop = (_EACH_LIST_END_RE if m.group("each") else _LIST_END_RE).search(text, list_start, end)
            list_end = stop.start() if stop else end
            word, last_end = m.group("role2"), (stop.end() if stop else end)
        if list_end > list_start:
            out.append((list_start, list_end, word, m.end()))
    return out


def _role_posts(text: str, start: int, end: int, role_pattern: str) -> list[tuple[int, int, str]]:
    """``(list start, list end, role)`` of each ``…任组长`` in ``text[start:end]`` (the lists
    before their role; see :func:`_role_lists`)."""
    rx = _marker_re_for(role_pattern, "")
    return [(s, e, w) for s, e, w, me in _role_lists(text, start, end, rx) if me > e]


_LIST_END_RE = re.compile("担任|兼任|组成|[，。；]")
_EACH_LIST_END_RE = re.compile("担任|兼任|组成|[。；]")  # 副召集人分别是A，B，C。: the list runs past its commas
_UNITS_AFTER_RE = re.compile("以及")


@lru_cache(maxsize=8)
def _marker_re_for(roles: str, non_roles: str) -> re.Pattern[str]:
    """``…任组长`` / ``…为成员`` (role after the list) or ``组长由…`` / ``领导小组成员为…`` (before)."""
    words = f"{roles}|{non_roles}" if non_roles else roles
    return re.compile(
        rf"(?:同志)?(?:担任|(?<![兼主责])任|为)(?P<role>{words})(?![{HAN}])"
        rf"|(?:(?<![{HAN}])|(?<=小组)|(?<=指挥部))(?P<role2>{roles})(?:由|为|(?P<each>分别是|分别为))"
    )


def _marker_re(lex) -> re.Pattern[str]:
    non_roles = lex.roster_words.get("non_roles", [])
    return _marker_re_for(lex.role_re.pattern, alternation(non_roles) if non_roles else "")


def _member_units(notice: Notice, start: int, end: int, cut: bool, span: tuple[int, int]) -> None:
    """``…以及省委宣传部、省农业厅、卫生厅`` after the persons of a members' list."""
    mech = notice.mechanism
    assert mech is not None
    items = unit_list(notice, start, end)
    if cut and items and items[-1][1] >= end:
        items = items[:-1]  # the last item may be cut mid-word
    for org in notice.table.add_list([written for _s, _e, written in items]):
        _roster_unit(notice, OrgFact(org, "member_unit_of", mech, span))


def _people(notice: Notice, start: int, end: int, cut: bool) -> list[tuple[str, Org | None, str | None]]:
    """(name, org, title) of each person of a list ``省政府秘书长陈坚、省政府副秘书长周炳南、江海燕``:
    a title-only item joins the next one (``党委副书记、镇长卢梓星``); a bare name after ``、``
    shares the post before it."""
    return _read_people(notice, start, end, cut)[0]


def _read_people(notice: Notice, start: int, end: int, cut: bool) -> tuple[list[tuple[str, Org | None, str | None]], bool]:
    """``_people`` and whether every item was read into a person (a title-only item that
    joins the next one, ``卫健委副主任、中医药局局长王五``, is read with it)."""
    text = notice.text
    complete = True
    items = split_items(text, start, end)
    if cut and items:
        items = items[:-1]
    out: list[tuple[str, Org | None, str | None]] = []
    pending: int | None = None
    prev_post: tuple[Org | None, str | None] | None = None
    for a, b in items:
        tail = _PAREN_TAIL.search(text[a:b])
        if tail and not tail.group(0)[1:-1].endswith(_words(notice.lex).title_endings):
            b = a + tail.start()  # 吴细寒（常务）: a note, not a post (王明（副县长）is one)
        if text.endswith("同志", a, b):
            b -= 2
        sep = text[a - 1] if a > start else ""
        first = pending if pending is not None else a
        parsed = _person_item(notice, first, b)
        if parsed is None or (parsed[1] is None and not _bare_name_ok(parsed[0], notice)):
            if _is_post(notice, a, b):
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
            org, title = _resolve_post(notice, *post)
            prev_post = (org, title)
        out.append((name, org, title))
    return out, complete and pending is None


def _person_item(notice: Notice, a: int, b: int) -> tuple[str, tuple[int, int] | None] | None:
    """(name, post span or None) of one list item: post then name, name then title,
    name（post）, or a bare name."""
    text = notice.text
    seg = text[a:b]
    paren = _NAME_PAREN_RE.fullmatch(seg)
    if paren and _bare_name_ok(paren.group("name"), notice):  # 王明（县人民政府副县长）任组长
        return paren.group("name"), (a + paren.start("post"), a + paren.end("post"))
    for n in (3, 2, 4):  # post then name
        title, name = seg[:-n], seg[-n:]
        if (title.endswith(_words(notice.lex).titles) and _valid_name(name, notice) and _has_surname(name, notice)
                and re.fullmatch(rf"[{HAN}·]+", name)):
            return name, (a, a + len(title))
    w = _words(notice.lex)
    for n in (3, 2, 4):
        if (n < len(seg) and _has_surname(seg[:n], notice) and _valid_name(seg[:n], notice)
                and word_tags().get(seg[:n], "nr")[:1] in ("n", "") and word_tags().get(seg[:n]) != "n"):
            # 党政负责人: a common noun, not a name (names and place-like names such as 龙海 pass)
            t = w.title_at(text, a + n, b)
            if t is not None and t == b:
                return seg[:n], (a + n, b)
    if 2 <= len(seg) <= 4 and re.fullmatch(rf"[{HAN}]+", seg):
        return seg, None
    return None


def _is_post(notice: Notice, a: int, b: int) -> bool:
    """A post without a name (``党委副书记``, ``镇党委副书记、政协工委主任``, ``镇财政分局长``):
    titles, each after its body or none, joined by 、 or 兼."""
    w = _words(notice.lex)
    text = notice.text
    if _overlap(notice, a, b) is not None:
        return True
    org_end = split_post(notice, a, b)
    t = w.title_at(text, org_end if org_end is not None else a, b)
    if t is None or (t < b and text[t] not in "、兼"):
        return False
    while t < b:  # later parts (政协工委主任): each ends with a title word; linear
        nxt = min([k for k in (text.find("、", t + 1, b), text.find("兼", t + 1, b)) if k >= 0], default=b)
        part = text[t + 1 : nxt]
        if not (2 <= len(part) <= 15 and part.endswith(_words(notice.lex).title_endings)):
            return False
        t = nxt
    return True


def _overlap(notice: Notice, a: int, b: int) -> int | None:
    """Where the body ends in a post whose title shares the body's last character
    (``镇财政分局长`` = 镇财政分局 + 分局长, ``镇派出所长``), else None."""
    text = notice.text
    w = _words(notice.lex)
    if b - a < 4 or text[b - 1] != "长" or w.title_at(text, a, b) == b or split_post(notice, a, b) is not None:
        return None
    for ending in w.endings:  # longest first
        if len(ending) <= b - 1 - a - 2 and text.endswith(ending, a, b - 1):
            return b - 1
    return None


def _has_surname(name: str, notice: Notice) -> bool:
    s = notice.lex.surnames
    return not s or name[:1] in s or name[:2] in s


def _bare_name_ok(name: str, notice: Notice) -> bool:
    """A bare name in running text: 2–4 characters, a surname first, nothing of a post in it."""
    return (2 <= len(name) <= 4 and _has_surname(name, notice) and _valid_name(name, notice)
            and not any(ch in name for ch in "的和及与"))


def _inline(notice: Notice, role: str, start: int, end: int, line: tuple[int, int]) -> None:
    """``张三（市政府副市长）、李四（县卫健局局长）`` or ``张三 市政府副市长``."""
    text = notice.text
    found = False
    prev = start
    for m in _INLINE_RE.finditer(text, start, end):
        if not _valid_name(m.group("name"), notice):
            continue  # 施小灵 党委副书记（党群）: a post's note in parentheses, not a name's post
        found = True
        comma = text.find("，", m.start("post"), m.end("post"))  # 农业部部长，防治组组长: the unit's post first
        post = (m.start("post"), comma if comma > 0 else m.end("post"))
        for name in _names_before(notice, prev, m.start("name")):  # 何平、吕洋（县民政局副局长）: one post
            _add(notice, role, name, post, line)
        _add(notice, role, (m.start("name"), m.end("name")), post, line)
        prev = m.end()
    if not found and any(rx.fullmatch(text, start, end) for rx in (_LINE_RE, _POST_FIRST_RE, _SHARED_RE)):
        _line(notice, role, start, end, line)


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
        if not _bare_name_ok(text[a:b].replace(" ", ""), notice):
            return []
        spans.append((a, b))
    return spans


def _post_name_list(notice: Notice, role: str, start: int, end: int, line: tuple[int, int]) -> None:
    """``县卫健局局长张三、县教育局副局长李四`` after a label: each item a post and a name
    written together (no space, no parentheses); read only when every item is one."""
    text = notice.text
    a, b = strip_span(text, start, end, " 。；，")
    if " " in text[a:b] or "（" in text[a:b]:
        return
    items = split_items(text, a, b)
    found, complete = _read_people(notice, a, b, False)
    if not complete and _cut_off(notice, items, b):  # the notice breaks off inside the list
        found, complete = _read_people(notice, a, b, True)
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
    w = _words(notice.lex)
    return (not (w.title_word_re and w.title_word_re.search(last)) and not last.endswith(w.title_endings)
            and not any(h in last for h in _unit_heads(notice)) and "等" not in last)


def _unit_posts(notice: Notice, start: int, end: int, line: tuple[int, int]) -> None:
    """``成员：局机关各科室科长（主任），局属各单位负责人``: posts without names; their units
    are the member units."""
    mech = notice.mechanism
    if mech is None or "。" in notice.text[start:end]:
        return
    text = notice.text
    w = _words(notice.lex)
    units = []
    for a, b in split_items(text, start, end):
        b = a + len(_PAREN_TAIL.sub("", text[a:b]))
        org_end = split_post(notice, a, b)
        if org_end is None or w.title_at(text, org_end, b) != b:
            return  # not every item is a unit's post: read nothing
        units.append(text[a:org_end])
    for written in units:
        org = notice.table.add(written, collective="各" in written)
        _roster_unit(notice, OrgFact(org, "member_unit_of", mech, line))
    notice.roster_lines.add(line[0])


def _line(notice: Notice, role: str, start: int, end: int, line: tuple[int, int]) -> None:
    """``张威 奈曼旗卫生健康委党组书记``, or post first: ``县人民政府副县长 张建国``."""
    text = notice.text
    shared = _SHARED_RE.fullmatch(text, start, end)
    if shared and _is_post(notice, *shared.span("post")):  # 李明、陈刚 县卫健局副局长: one post
        names = split_items(text, *shared.span("names"))
        if all(_bare_name_ok(text[a:b].replace(" ", ""), notice) for a, b in names):
            for name in names:
                _add(notice, role, name, shared.span("post"), line)
            return
    first = _LINE_RE.fullmatch(text, start, end)
    last = _POST_FIRST_RE.fullmatch(text, start, end)
    if last and (org_at(notice, text, start, last.end("post")) is not None or _is_post(notice, *last.span("post"))):
        _add(notice, role, last.span("name"), last.span("post"), line)
    elif first:
        _add(notice, role, first.span("name"), (first.start("post"), end), line)


def _roster_unit(notice: Notice, fact: OrgFact) -> None:
    """A member unit read inside the roster (not a composition list of its own)."""
    notice.facts.append(fact)
    notice.roster_units.add(id(fact))


def _leads(org: Org, notice: Notice) -> bool:
    """A government or party committee (``县人民政府``, ``国务院``, ``镇党委``, ``台山市委``):
    its people lead the body; it does not sit in it as a department."""
    lead = notice.lex.roster_words.get("leadership_bodies", {})
    if org.kind is not None and org.kind != "人民政府":
        return False  # 团市委: the youth league's committee, a department of its kind, not the party's
    return org.name in lead.get("names", ()) or org.name.endswith(tuple(lead.get("endings", ())))


_CHAIRS = ("leader_of", "convener_of")


def _posts(notice: Notice) -> list[tuple[Org | None, str, Span]]:
    """(unit, role, span) of the roster's posts, people's and units', in text order."""
    posts = [(p.org, p.role, p.span) for p in notice.people] + list(notice.unit_posts)
    return sorted(posts, key=lambda post: post[2][0])


def _owners(notice: Notice, mech: Mechanism) -> set[int]:
    """Ids of the bodies that own the mechanism and chair it: the issuer, or the body the
    mechanism is named after (``县水务局防汛工作领导小组``), when its own post holds the chair."""
    chairs = {id(org): org for org, role, _span in _posts(notice) if org is not None and role in _CHAIRS}
    issuer = _issuer(notice)
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
    if any(id(f) not in notice.roster_units and id(f) not in notice.division_units for f in units):
        return  # a composition list names them
    have = {id(f.source) for f in units}
    owners = _owners(notice, mech)
    for org, _role, span in _posts(notice):
        if org is None or id(org) in owners or org.body or id(org) in have or _leads(org, notice):
            continue
        if "、" in org.name:
            continue  # 研究员、某研究院原副院长: an expert's profession and affiliation, not one unit
        if notice.lex.institutions.get(org.name, {}).get("kind") == "各部门":
            continue  # 联络员：各成员单位分管科室负责人: every member, no unit of its own
        have.add(id(org))
        notice.facts.append(OrgFact(org, "member_unit_of", mech, span))
