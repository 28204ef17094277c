"""Duties stated of a named body at the start of a sentence: the mechanism's own bodies,
the mechanism, units (``推进办负责…``, ``X具体承担以下职责：A；B``)."""

from __future__ import annotations

import re

from ...normalize import HAN, split_clauses
from ...notice import Duty, Mechanism, Notice
from ...numbering import MARKER
from ...resolve import Org
from ..orgs import org_at
from ..posts import post_words
from ..subjects import subject_at, subject_cues
from .clauses import clause_end, reports_a_meeting
from .cues import clause_role, duty_cues, in_procedure

_DUTIES_BELOW = re.compile(r"具体承担以下职责[：]")
# 2、督查组督查组负责…: a numbered heading run on into the paragraph its name opens
_RUN_ON_HEADING = re.compile(rf"\s*(?:{MARKER})\s*(?P<name>[{HAN}]{{2,15}}?)(?=(?P=name))")


def find_body_duties(notice: Notice) -> None:
    """Duties stated of a named body at the start of a sentence: the mechanism's own bodies
    and the mechanism (``推进办负责…``, ``X具体承担以下职责：A；B``) and units
    (``奈曼旗卫生健康委落实协作机制工作部署…；负责制定…``)."""
    text = notice.text
    for ln in notice.content_lines():
        if ln.kind == "heading" or in_procedure(notice, ln.section) or notice.claimed(ln.body_start):
            continue
        m = _DUTIES_BELOW.search(text[ln.body_start : ln.end])
        if m:
            hit = _sentence_subject(notice, ln.body_start, ln.body_start + m.end())
            if hit:
                for cs, ce in split_clauses(text, ln.body_start + m.end(), ln.end):
                    notice.duties.append(Duty(span=(cs, ce), orgs=[(hit[0], None)], source="body"))
            continue
        for ss, se in split_clauses(text, ln.body_start, ln.end, "。"):
            run_on = _RUN_ON_HEADING.match(text, ss, se)
            ss = run_on.end() if run_on else ss  # 。 2、A组A组负责…: a heading run into its paragraph
            hit = _sentence_subject(notice, ss, se)
            if hit is None or _second_subject(notice, ss, se):
                continue  # X负责…，Y配合…: two subjects, read by the free-text duties
            subj, start = hit
            for cs, ce in split_clauses(text, start, se, "；"):
                ce = _before_setup_clause(notice, cs, ce)
                if ce <= cs:
                    continue  # 设副主任2名，由…兼任: the body's staff, no duty
                role = clause_role(notice, text[cs:ce]) or clause_role(notice, _after_subject(subj, text[cs:ce]))
                notice.duties.append(Duty(span=(cs, ce), orgs=[(subj, role)], source="body"))
    _office_host_duties(notice)


def _office_host_duties(notice: Notice) -> None:
    """The duties of an office in the clause after its seat, wherever the sentence starts
    (``成立X领导小组，办公室设在县卫生局，具体负责…``, ``此外，X办公室设在Y，承担…日常工作``): the
    office's, not the mechanism's, one duty per piece split on ``；``, ending before the
    clauses on its staff. A clause naming it by a bare ``办公室`` (its name written in the
    clause before) is its own sentence: the duty's text starts there."""
    text = notice.text
    for office, host_at, (_s, sentence_end) in notice.office_hosts:
        start = _remit_after_host(notice, host_at, sentence_end)
        if start is None or notice.claimed(start) or notice.claimed_within(start, sentence_end):
            continue
        clause = max(text.rfind("，", 0, host_at), _s - 1) + 1
        if (text[clause:host_at].startswith(tuple(f"{w}设" for w in notice.lex.bodies["office_words"]))
                and not _STAFFED_THEN_DUTY.search(text, host_at, start + 2)):
            start = clause  # 成立X推进办公室，办公室设在Y，具体负责… (not past 由某某任办公室主任)
        for cs, ce in split_clauses(text, start, sentence_end, "；"):
            ce = _before_setup_clause(notice, cs, ce)
            if ce > cs:
                notice.duties.append(Duty(span=(cs, ce), orgs=[(office, None)], source="body"))


def _remit_after_host(notice: Notice, host_at: int, end: int) -> int | None:
    """Where an office's duties start: the clause after its host's (a clause of a name's
    length), past the clauses on its staff, opening with 负责/承担 (``设在县卫生局，主要负责…``
    -> at 负责, ``具体负责…`` at 具体; ``设在X，由某某担任办公室主任，负责…`` -> at 负责)."""
    text = notice.text
    comma = text.find("，", host_at, min(end, host_at + _HOST_MAX + 1))
    staffing = subject_cues(notice).not_clause_words
    while comma >= 0:
        verb_at = comma + 1 + (2 if text.startswith("主要", comma + 1) else 0)  # 主要负责: 负责 on
        if duty_cues(notice).titled_duty_verb.match(text, verb_at, end):
            return verb_at
        next_comma = text.find("，", comma + 1, end)
        staffed = _STAFFED_THEN_DUTY.search(text, comma + 1, end if next_comma < 0 else next_comma)
        if staffed and duty_cues(notice).titled_duty_verb.match(text, staffed.end(), end):
            return staffed.end()  # ，由某某同志任办公室主任负责…: the staff's clause runs on into the duties
        if next_comma < 0 or not staffing.search(text, comma + 1, next_comma):
            return None
        comma = next_comma  # ，由某某担任办公室主任，: a clause on its staff, then its duties
    return None


# 由某某同志任办公室主任 right before 负责…: the post taken, its duties run on without a comma
_STAFFED_THEN_DUTY = re.compile(r"(?:任|担任|兼任)[^，。；]{0,12}?(?:主任|负责人)(?=负责|承担)")
_HOST_MAX = 25  # the longest host's name read before its office's duties (设在X司Y处，负责…)


def _before_setup_clause(notice: Notice, start: int, end: int) -> int:
    """The end of a body's duty before the first clause on how the body is set up and staffed
    and what follows it (``具体负责日常工作，办公室设在县卫生局``; ``负责日常工作，主任由某某兼任，
    联络员应相对固定…``: the duty ends at 日常工作; ``负责日常工作，办公室设主任1名``: at 日常工作;
    ``设副主任2名，由…兼任``: a piece that only counts the staff, ``start`` itself)."""
    text = notice.text
    setup = subject_cues(notice).not_clause_words
    staff_count = duty_cues(notice).staff_count
    if staff_count.match(text, start, clause_end(text, start, end)):
        return start
    commas = [i for i in range(start, end) if text[i] == "，"]
    for k, i in enumerate(commas):
        piece_end = commas[k + 1] if k + 1 < len(commas) else end
        if setup.search(text, i + 1, piece_end) or staff_count.match(text, i + 1, piece_end):
            return i
    return end


def _second_subject(notice: Notice, start: int, end: int) -> bool:
    """Does another subject (``，Y配合…``) start after a comma inside the sentence?"""
    text = notice.text
    return any(text[i] == "，" and subject_at(notice, i + 1, end) for i in range(start, end))


_SETS_UP = re.compile("下设|设立|设(?=办公室)")


def _named_bodies(notice: Notice) -> list[tuple[str, Org | Mechanism]]:
    """(written form, body) of the mechanism's own bodies and the mechanism (its one office
    also as ``办公室``), longest form first."""
    mech = notice.mechanism
    named: list[tuple[str, Org | Mechanism]] = list(notice.table.bodies_by_length())
    if mech:
        named = named + [(f, mech) for f in (mech.name, *mech.aliases)]
        offices = [org for org in notice.table.orgs if org.body == "office"]
        if len(offices) == 1 and not any(f == "办公室" for f, _b in named):
            named.append(("办公室", offices[0]))  # 办公室负责…: the mechanism's one office
        named = sorted(named, key=lambda kv: -len(kv[0]))
    return named


def _after_subject(subj: Org | Mechanism, clause: str) -> str:
    """The clause after the subject's name opening it (``省教育厅|负责协助…``: its role is read from
    what it does), else the clause."""
    form = next((f for f in sorted(subj.forms(), key=len, reverse=True) if f and clause.startswith(f)), "")
    return clause[len(form) :]


def _sentence_subject(notice: Notice, start: int, end: int) -> tuple[Org | Mechanism, int] | None:
    """The body a sentence states duties of, and where its duties start: a body it sets up
    (推进委员会设立X…，负责…), a mechanism body or the mechanism named first (duties from
    its 负责/承担), or a unit of the notice named first and followed by a verb."""
    text = notice.text
    seg = text[start:end]
    duty_verb = duty_cues(notice).own_duty_verb.search(seg)
    mech = notice.mechanism
    named = _named_bodies(notice) if duty_verb else []  # (read only before a duty verb)
    m = _SETS_UP.search(seg)  # 协调小组在X设办公室，负责…: the office's
    if m and duty_verb and duty_verb.start() > m.end():
        for form, body in named:
            if re.match(rf"\s*\d*\s*个?{re.escape(form)}", seg[m.end() :]) and body is not mech:
                return body, start + _remit_start(seg, duty_verb.start())
    for form, body in named:
        if seg.startswith(form) and duty_verb:
            if body is mech and (duty_cues(notice).not_duty_sentence.search(seg, 0, duty_verb.start())
                                 or _other_doer(notice, start + len(form), start + duty_verb.start())):
                return None
            if re.search("由[^，]*$", seg[len(form) : duty_verb.start()]) or not re.match(r"[\u4e00-\u9fff]{2}", seg[duty_verb.end() :]):
                return None  # 日常工作由市卫生局有关科室承担: another body's part
            if duty_verb.start() == len(form):
                return body, start  # 推进办负责… keeps its subject
            # …办公室设在X，负责… starts at 负责, …，主要职责是… at 主要职责; not …，某某负责…: another doer
            remit = _remit_start(seg, duty_verb.start())
            lead = seg[max(len(form), seg.rfind("，", 0, remit) + 1) : remit]
            return (body, start + remit) if _OWN_LEAD.fullmatch(lead) else None
    if duty_cues(notice).not_duty_sentence.search(seg):
        return None
    end_org = org_at(notice, text, start, end)
    if end_org:
        org = notice.table.find(text[start:end_org])
        longer = mech is not None and seg.startswith(mech.name) and len(mech.name) > end_org - start
        if (org is not None and org.kind and not org.generic and not org.collective and not org.body
                and not longer and (text[end : end + 1] in ("。", "；") or "，" in seg)  # not a title line
                and re.match(r"[\u4e00-\u9fff]", text[end_org : end_org + 1])
                and not duty_cues(notice).after_unit.match(text, end_org, end_org + 2)
                and post_words(notice.lex).title_at(text, end_org, end) is None  # 县卫生局局长某某作了报告: a person
                and not reports_a_meeting(notice, end_org, end)):  # 县统计局于3月1日召开动员会: news, no duty
            return org, start
    return None


def _other_doer(notice: Notice, start: int, end: int) -> bool:
    """Does a clause of ``text[start:end]`` open with a body of its own (``联席会议建立联络员
    制度，各成员单位指定…，负责…``: the members do what follows, not the mechanism)?"""
    text = notice.text
    return any(text[i] == "，" and (org_at(notice, text, i + 1, end) is not None
                                   or subject_cues(notice).collective.match(text, i + 1, end) is not None)
               for i in range(start, end))


_OWN_LEAD = re.compile("(?:并|同时|还|也)?(?:主要|具体)?")  # what may open the body's own clause before its 负责


def _remit_start(seg: str, verb: int) -> int:
    """Where a body's duties start in a sentence setting it up: at its 负责/承担, or at
    ``主要职责是…`` before it (``办公室设在X，主要职责是…，负责…``)."""
    remit = re.search("，((?:主要|具体)?职责(?:是|为))", seg[:verb])
    if remit:
        return remit.start(1)
    return verb - 2 if seg[verb - 2 : verb] == "具体" else verb  # 具体负责日常工作: with its adverb
