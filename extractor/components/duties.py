"""Duties: duty divisions (``单位：duties…``), a body's ``负责…`` / ``承担以下职责：`` clauses,
and free-text sentences whose subject names departments (``公安、司法行政部门要…``)."""

from __future__ import annotations

import re

from ..notice import Duty, Notice, OrgFact
from ..orgmatch import looks_like_org, org_at
from ..resolve import Org
from ..text import split_clauses

_LEAD_RE = re.compile(r"^(?:牵头|负责牵头)")
_SUPPORT_RE = re.compile(r"^(?:配合|协助|协同|参与)")
_MODAL = r"(?:要|应当|应|须|必须|负责|牵头|承担|依法|均要|将)"
_GROUP_WORD = re.compile(r"(?:等)?(?:部门和单位|部门|单位|行政部门|机构)?")
_REDACTED = re.compile(r"_+门?")


def clause_role(clause: str) -> str | None:
    if _LEAD_RE.match(clause):
        return "lead"
    if _SUPPORT_RE.match(clause):
        return "support"
    return None


def _procedure(notice: Notice, section: str) -> bool:
    return any(w in section for w in notice.lex.bodies["procedure_headings"])


def find_divisions(notice: Notice) -> None:
    """``奈曼旗公安局：依法严厉打击…；协助…。`` -> one duty per clause (split on ；and 。).
    A unit name alone on a line also heads the paragraph below it."""
    text = notice.text
    lines = notice.content_lines()
    pending_head: tuple[int, int] | None = None
    heads: list[Org] = []
    for i, ln in enumerate(lines):
        body_start = ln.body_start
        colon = text.find("：", body_start, min(ln.end, body_start + 32))
        head = None
        if colon > body_start and looks_like_org(text[body_start:colon], notice):
            end = org_at(notice, text, body_start, colon)
            if end == colon or notice.table.find(text[body_start:colon]) or text[body_start:colon].startswith("各"):
                head = (body_start, colon)
                content_start = colon + 1
        if head is None and pending_head is not None and ln.kind == "para":
            head, content_start = pending_head, body_start
        pending_head = None
        if head is None:
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            whole = text[body_start : ln.end]
            if (nxt and len(whole) <= 30 and looks_like_org(whole, notice)
                    and org_at(notice, text, body_start, ln.end) == ln.end and _paragraph_like(text[nxt.body_start : nxt.end])):
                pending_head = (body_start, ln.end)
            continue
        if content_start >= ln.end:
            continue
        org = notice.table.add(text[head[0] : head[1]], collective=text[head[0]:head[1]].startswith("各"))
        heads.append(org)
        for cs, ce in split_clauses(text, content_start, ln.end):
            clause = text[cs:ce]
            if len(clause) < 4:
                continue
            notice.duties.append(Duty(span=(cs, ce), orgs=[(org, clause_role(clause))], source="division"))
    # Without a member list, the units of a 成员单位职责 division are the members.
    mech = notice.mechanism
    if mech and heads and not any(f.relation == "member_unit_of" for f in notice.facts):
        for org in dict.fromkeys(heads):
            notice.facts.append(OrgFact(org, "member_unit_of", mech, mech.span))


def _paragraph_like(text: str) -> bool:
    """A paragraph of duties under a unit name (not a date, a signature or another head)."""
    return (
        len(text) >= 10
        and "：" not in text[:32]
        and not re.match(r"^\d{4}年\d{1,2}月\d{1,2}日", text)
        and bool(re.search("[。；，]", text))
    )


def find_body_duties(notice: Notice) -> None:
    """``X具体承担以下职责：A；B`` and a body's own ``负责…``/``承担…`` clauses."""
    text = notice.text
    for ln in notice.content_lines():
        if ln.kind == "heading" or _procedure(notice, ln.section) or notice.claimed(ln.body_start):
            continue
        m = re.search(r"具体承担以下职责[：]", text[ln.body_start : ln.end])
        if m:
            subj = _subject_org(notice, ln.body_start, ln.body_start + m.start())
            if subj:
                for cs, ce in split_clauses(text, ln.body_start + m.end(), ln.end):
                    notice.duties.append(Duty(span=(cs, ce), orgs=[(subj, None)], source="body"))
            continue
        for ss, se in split_clauses(text, ln.body_start, ln.end, "。"):
            subj = None
            for bm in re.finditer(r"(?:负责|承担)", text[ss:se]):
                subj = _subject_org(notice, ss, ss + bm.start())
                if subj is None:
                    break
                start = ss + bm.start()
                for cs, ce in split_clauses(text, start, se, "；"):
                    notice.duties.append(Duty(span=(cs, ce), orgs=[(subj, clause_role(text[cs:ce]))], source="body"))
                break


def _subject_org(notice: Notice, start: int, end: int) -> Org | None:
    """The mechanism body (office, group, committee) named at the start of a sentence."""
    text = notice.text
    seg = text[start:end]
    if "。" in seg:
        return None
    bodies = sorted(((f, o) for f, o in notice.table.forms().items() if o.body), key=lambda kv: -len(kv[0]))
    for form, org in bodies:
        if seg.startswith(form):
            return org
    m = re.search("(?:下设|设立)", seg)  # 推进委员会设立X（以下简称…），…，负责…
    if m:
        for form, org in bodies:
            if seg.startswith(form, m.end()) or re.match(rf"\s*\d*\s*个?{re.escape(form)}", seg[m.end():]):
                return org
    return None


def subject_at(notice: Notice, pos: int, limit: int) -> tuple[list[tuple[int, int, str | None]], int] | None:
    """A subject list followed by a modal verb at ``pos`` (``公安、司法行政部门要``):
    the items as (start, end, kind-of-short-name or None) and where the modal starts."""
    text = notice.text
    lex = notice.lex
    items: list[tuple[int, int, str | None]] = []
    p = pos
    while p < limit:
        end = org_at(notice, text, p, limit)
        short = None
        if end is None:
            m = lex.short_re.match(text, p, limit)
            if m:
                end, short = m.end(), lex.kind_of_short[m.group(0)]
            else:
                r = _REDACTED.match(text, p, limit)
                if not r:
                    break
                end = r.end()
                items.append((p, end, "?"))
                p = end
                if p < limit and text[p] == "、":
                    p += 1
                    continue
                break
        items.append((p, end, short))
        p = end
        if p < limit and text[p] == "、":
            p += 1
            continue
        m = re.compile("和|及|与").match(text, p, limit)
        if m and (org_at(notice, text, m.end(), limit) or lex.short_re.match(text, m.end(), limit)):
            p = m.end()
            continue
        break
    if not items or all(k == "?" for _s, _e, k in items):
        return None
    g = _GROUP_WORD.match(text, p, limit)
    q = g.end() if g else p
    if not re.compile(_MODAL).match(text, q, limit):
        return None
    if q == p and items[-1][2] is not None:
        return None  # a bare short name needs 部门/单位 (公安要… is not a subject)
    return items, q


def _subject_org_for(notice: Notice, s: int, e: int, short: str | None) -> Org | None:
    text = notice.text
    if short == "?":
        return None  # a redacted department (_门) is unknown, not a node
    if short is None and text[s:e].endswith("部门") and notice.lex.kind_name_re.fullmatch(text, s, e):
        short = notice.lex.kind_of_name[text[s:e]]  # 司法行政部门: a kind, written in full
        e -= 2
    if short is None:
        written = text[s:e]
        inst = notice.lex.institutions.get(written)
        if inst:
            return notice.table.add(written, kind=inst["kind"], collective=inst["collective"], generic=not inst["collective"])
        return notice.table.add(written)
    written = text[s:e] + "部门"
    loc = notice.table.locality or ""
    org = notice.table.add(loc + written, kind=short, generic=True)
    notice.table.alias(org, text[s:e])
    notice.table.alias(org, written)
    return org


def find_subject_duties(notice: Notice) -> None:
    """Free text: each clause whose subject names departments is a duty of each of them."""
    text = notice.text
    for ln in notice.content_lines():
        if ln.kind == "heading" or _procedure(notice, ln.section):
            continue
        starts = [ln.body_start] + [i + 1 for i in range(ln.body_start, ln.end) if text[i] in "。；，："]
        found: list[tuple[int, list]] = []
        for p in starts:
            while p < ln.end and text[p] == " ":
                p += 1
            if notice.claimed(p):
                continue
            hit = subject_at(notice, p, ln.end)
            if hit:
                found.append((p, hit[0]))
        for k, (p, items) in enumerate(found):
            stop = found[k + 1][0] if k + 1 < len(found) else ln.end
            end = p
            while end < stop and text[end] not in "。；":
                end += 1
            while end > p and text[end - 1] in "，、 ":
                end -= 1
            orgs = []
            for s, e, short in items:
                org = _subject_org_for(notice, s, e, short)
                if org is not None:
                    orgs.append((org, None))
            if orgs and end - p >= 6:
                notice.duties.append(Duty(span=(p, end), orgs=orgs, source="subject"))
