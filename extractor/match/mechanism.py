"""The coordination body a notice sets up (部门协作机制, 联席会议, 领导小组, 委员会 …),
its short names, its office and where the office sits, its sub-bodies, its convener unit."""

from __future__ import annotations

import re

from ..lexicon import alternation
from ..normalize import HAN, sentence_at
from ..notice import Mechanism, Notice, OrgFact
from .orgs import org_at, split_items, unit_list
from .posts import _words, names_other_body, title_and_name

_NAME_CHARS = rf"[{HAN}、“”0-9A-Za-z（）]"
# 由A、B等部门组成的养犬管理协调工作机制: a body named right after its composition
_COMPOSED_SUFFIXES = ("工作机制", "协调机制", "协作机制", "联动机制")
_SETUP_WORDS = re.compile("^.*(?:成立|建立|组建|设立)")
_OWN_PLACE = re.compile("^(?:我|本)[省市县区镇乡旗]")


def _suffix_re(notice: Notice) -> str:
    return alternation(notice.lex.bodies["mechanism_suffixes"])


def find_mechanism(notice: Notice) -> None:
    """Set ``notice.mechanism`` from the title, the 建立… sentence or the 《…规则》 title."""
    text = notice.text
    suf = _suffix_re(notice)
    head_end = min(len(text), 400)
    patterns = [
        (rf"(?:建立|成立|组建|调整|设立)(?P<name>{_NAME_CHARS}{{2,60}}?(?:{suf}))(?=的通知|制度|成员|组成|（以下简称|和|$|[^{HAN}])", 0, head_end),
        (rf"由[^。；\n]{{2,300}}组成的(?P<name>{_NAME_CHARS}{{2,30}}?(?:{suf}|{alternation(list(_COMPOSED_SUFFIXES))}))(?![{HAN}])", 0, len(text)),
        (rf"《(?P<name>{_NAME_CHARS}{{2,60}}?(?:{suf}))\s*(?:制度|工作规则|议事规则|规则|章程|成员名单|工作方案)?》", 0, head_end),
        (rf"^(?P<name>{_NAME_CHARS}{{2,40}}?(?:{suf}))文件$", 0, head_end),
        (rf"(?:建立|成立|组建|设立|对)(?P<name>{_NAME_CHARS}{{2,60}}?(?:{suf}))(?=成员进行调整|[^{HAN}]|制度|$)", 0, len(text)),
        (rf"^(?P<name>{_NAME_CHARS}{{2,40}}?(?:{suf}))办公室", 0, len(text)),  # issued by its own office
        # a sentence about the body: 卫生部救灾防病领导小组已于近日恢复工作，…任组长
        (rf"(?:^|(?<=[。；：，]))(?P<name>[{HAN}]{{2,30}}?(?:{suf}))(?=已于|已经|下设|由|组长|成员)", 0, len(text)),
    ]
    for pat, s, e in patterns:
        m = re.compile(pat, re.M).search(text, s, e)
        if m and len(m.group("name")) >= 4:
            name = _OWN_PLACE.sub("", _SETUP_WORDS.sub("", m.group("name").replace(" ", "")))  # 我市…, …工作成立X
            if len(name) < 4:
                continue
            span = sentence_at(text, m.start("name"))
            mech = Mechanism(name=name, span=span)
            for word in notice.lex.bodies["mechanism_suffixes"]:  # 部门协作机制, 领导小组 …
                if name.endswith(word) and word != name:
                    mech.aliases.add(word)
            for sm in re.finditer(rf"{re.escape(name)}\s*[（(]以下简称(?P<short>[^）)]{{2,12}})[）)]", text):
                mech.short = sm.group("short")
                mech.aliases.add(mech.short)
            notice.mechanism = mech
            return


def _mech_words(notice: Notice) -> list[str]:
    mech = notice.mechanism
    return [mech.name, *sorted(mech.aliases, key=len, reverse=True)] if mech else []


def find_bodies(notice: Notice) -> None:
    """Office (…办公室设在X), sub-bodies (下设…组, 设立…委员会), convener units."""
    mech = notice.mechanism
    if mech is None:
        return
    text = notice.text
    words = alternation(_mech_words(notice))
    # The office: (mechanism)办公室（以下简称X）设在ORG
    for m in re.finditer(rf"(?P<office>(?:{words})?办公室)\s*(?:[（(]以下简称(?P<short>[^）)]{{2,8}})[）)])?(?:设在|设于|挂靠|(?<=下设办公室)在)", text):
        office = notice.table.add(mech.name + "办公室", body="office", kind="办事机构")
        if m.group("office") != "办公室":  # a bare 办公室 would match every office
            notice.table.alias(office, m.group("office"))
        if m.group("short"):
            notice.table.alias(office, m.group("short"))
        span = sentence_at(text, m.start())
        notice.facts.append(OrgFact(office, "office_of", mech, span))
        end = org_at(notice, text, m.end(), span[1])
        if end:
            host = notice.table.add(text[m.end() : end])
            notice.facts.append(OrgFact(office, "hosted_by", host, span))
    # Sub-bodies: 下设18个专项行动工作组 / 设立…专家咨询委员会（以下简称…）
    sub = alternation(notice.lex.bodies["sub_body_suffixes"])
    for m in re.finditer(rf"(?:下设|设立|设置)\s*(?:(?P<n>\d+)\s*个)?(?P<name>[{HAN}]{{0,14}}?(?:{sub}))(?:\s*[（(]以下简称(?P<short>[^）)]{{2,10}})[）)])?", text):
        name = m.group("name")
        if name == mech.name:
            continue
        body = notice.table.add(name, body="committee" if name.endswith("委员会") else "group", kind="议事机构")
        if m.group("short"):
            notice.table.alias(body, m.group("short"))
        attrs = {"count": int(m.group("n"))} if m.group("n") else {}
        notice.facts.append(OrgFact(body, "part_of", mech, sentence_at(text, m.start()), attrs))
    _convener_units(notice)


def _convener_units(notice: Notice) -> None:
    """``由旗卫生健康委主要负责同志担任召集人`` -> convener_unit_of (with the title)."""
    text = notice.text
    mech = notice.mechanism
    assert mech is not None
    for m in re.finditer(r"(?:担任|(?<![主责])任(?![务何]))(?:[^，。；]{0,10}?)(?P<role>副召集人|召集人|副组长|组长)", text):
        reach = max(0, m.start() - 200)  # a clause is searched this far back (linear time)
        clause_start = max(reach - 1, *(text.rfind(ch, reach, m.start()) for ch in "，。；\n：")) + 1
        s = clause_start
        seg = text[s : m.start()]
        k = seg.find("由")
        if k >= 0:
            s += k + 1
        relation = notice.lex.unit_roles.get(m.group("role").replace("组长", "召集人"))
        if relation is None or names_other_body(notice, m.end()):
            continue
        # 市政府分管副秘书长、市卫生健康委主任担任副召集人: one post per unit
        posts = []
        items = split_items(text, s, m.start())
        if any(title_and_name(text[a:b].removesuffix("同志")) for a, b in items[-1:]):
            continue  # 县卫生健康局党组书记、局长周文斌任组长: a person (roster), not a unit
        for a, b in items:
            end = org_at(notice, text, a, b)
            if end is not None and not title_and_name(text[end:b]):  # 局长韩雪任…: a person (roster)
                posts.append((notice.table.add(text[a:end]), text[end:b].strip() or None))
        shared = posts[-1][1] if posts else None  # 市卫生健康局、市公安局主要负责同志: both
        for org, title in posts:
            notice.facts.append(OrgFact(org, relation, mech, sentence_at(text, m.start()), {"title": title or shared}))


_UNIT_WORDS = r"(?:部门和单位|部门|单位|成员单位)"
_HEADS = r"(?:负责同志|主要负责人|负责人|领导)"
_LIST_RE = re.compile(
    rf"由(?!于)(?P<list>[^。；：由\n]{{2,}}?)(?:等\s*\d+\s*个{_UNIT_WORDS}|等[{HAN}]{{0,4}}?{_UNIT_WORDS})?"
    rf"(?:的?(?:分管|主要)?{_HEADS})?(?:共同)?(?<!小)组成"
)
_MEMBERS_RE = re.compile(
    r"(?:成员|组成)(?:单位|司局|部门)(?:为|包括|有(?!关)|[：])[：]?(?P<list>[^。；：\n]{4,}?)(?:等(?:部门|单位))?(?:[。；]|$)", re.M)
# 卫生、农业、宣传等部门负责人任成员: the units whose heads are the members
_HEADS_RE = re.compile(
    rf"(?:^|(?<=[，。；：]))(?P<list>[^，。；：\n]{{2,300}}?)等[{HAN}]{{0,4}}?(?:部门|单位)的?(?:分管|主要)?{_HEADS}"
    r"(?:任|为|担任)成员", re.M)
# 联席会议由A、B、…、人力 (the text ends inside the list)
_CUT_LIST_RE = re.compile(r"由(?P<list>[^。；：由\n]{4,})$")


def find_members(notice: Notice) -> None:
    """Member-unit lists (由A、B、C……等12个部门组成) and lists of a body's parts; a list
    cut by the end of the text keeps its items but the last (it may be cut mid-word)."""
    text = notice.text
    mech = notice.mechanism
    forms = notice.table.forms()
    tail = _cut_tail(notice)
    for rx in (_LIST_RE, _MEMBERS_RE, _HEADS_RE, _CUT_LIST_RE):
        found = rx.finditer(text) if rx is not _CUT_LIST_RE else ([tail] if tail else [])
        for m in found:
            sent = sentence_at(text, m.start())
            subject = text[sent[0] : m.start()]
            owner = None
            for form, org in sorted(forms.items(), key=lambda kv: -len(kv[0])):
                if org.body and form in subject:
                    owner = org
                    break
            if owner is None and mech is None:
                continue
            named_after = text.startswith("的" + mech.name, m.end()) if mech else False  # 由…组成的X机制
            if owner is None and not (rx in (_MEMBERS_RE, _HEADS_RE) or named_after
                                      or any(w in subject for w in _mech_words(notice))
                                      or subject.strip(" （）一二三四五六七八九十") == ""):
                continue
            items = unit_list(notice, m.start("list"), m.end("list"), by_position=True)
            if rx is _CUT_LIST_RE and items and items[-1][1] >= m.end("list"):
                items = items[:-1]
            first = split_items(text, m.start("list"), m.end("list"))[:1]
            if first and _names_a_person(notice, text[first[0][0] : first[0][1]]):
                continue  # 成员由省政府秘书长X、…以及A、B: the prose roster reads it
            items = [it for it in items if not _names_a_person(notice, it[2])]
            if not items:
                continue
            for _s, _e, written in items:
                if owner is not None:
                    part = notice.table.add(written, body="group", kind="议事机构")
                    notice.facts.append(OrgFact(part, "part_of", owner, sent))
                else:
                    assert mech is not None
                    org = notice.table.add(written, collective=written.startswith("各"))
                    notice.facts.append(OrgFact(org, "member_unit_of", mech, sent))


def _names_a_person(notice: Notice, item: str) -> bool:
    """``省政府秘书长陈坚``: a post and a name, not a unit."""
    rx = _words(notice.lex).title_word_re
    m = rx.search(item) if rx else None
    return m is not None and m.end() < len(item)


def _cut_tail(notice: Notice) -> re.Match[str] | None:
    """``…由A、B、人力`` on the text's last line, when no sentence end follows."""
    content = [ln for ln in notice.lines if ln.kind != "noise"]
    if not content:
        return None
    last = content[-1]
    if notice.text[last.end :].strip() or notice.text[last.end - 1] in "。；！？）":
        return None
    k = notice.text.rfind("由", last.start, last.end)
    if k < 0 or "组成" in notice.text[k : last.end]:
        return None
    return _CUT_LIST_RE.match(notice.text, k, last.end)
