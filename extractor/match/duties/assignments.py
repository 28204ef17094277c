"""Assignments: ``由X牵头，Y配合，…`` / ``由X负责，…``, and sentences whose doer follows 由
(``确需动用的，由省级人民政府提出申请``)."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...normalize import HAN, split_clauses, strip_span
from ...notice import Duty, Notice
from ...numbering import MARKER
from ...resolve import Org
from ...words import dictionary_words, own_word, starts_with_verb, subject_phrase, word_tags
from ..orgs import unit_list, unlisted_name_ends
from ..subjects import agent_at, generic_collective, official_in_charge, subject_at, subject_cues
from .bodies import head_units, subject_org_for, unlisted_head
from .clauses import INLINE_MARK
from .cues import clause_role, duty_cues, in_procedure

_COMPOSED_BY = re.compile("(?:建立|成立|组建|设立|形成|建成)$")


def find_assignments(notice: Notice) -> None:
    """``由区卫健局牵头，区教育局、区市场监管局配合，…完成…`` and ``由X负责，…``: the
    sentence is a duty of the lead (role lead for 牵头) and the supporting units."""
    text = notice.text
    cues = duty_cues(notice)
    for ln in notice.content_lines():
        if ln.kind == "heading" or in_procedure(notice, ln.section):
            continue
        carried: Duty | None = None
        first = len(notice.duties)
        for ss, se in split_clauses(text, ln.body_start, ln.end, "。；"):
            if notice.claimed_within(ss, se):
                carried = None
                continue
            found = len(notice.duties)
            for m in cues.assignment.finditer(text, ss, se):
                if not _assignment(notice, m, ss, se):
                    break
            if len(notice.duties) == found:
                _agent_sentence(notice, ss, se)
            if len(notice.duties) == found and carried is not None:
                _continued_piece(notice, carried, ss, se)
            last = notice.duties[-1] if len(notice.duties) > found else None
            carried = last if last is not None and last.span[1] == se and text.startswith("；", se) else None
        if ln.numbered and len(notice.duties) == first + 1:
            _whole_item(notice, notice.duties[first], ln.body_start, ln.end)


def _whole_item(notice: Notice, duty: Duty, start: int, end: int) -> None:
    """A numbered item that opens with its assignment as a sentence of its own
    (``（三）X专项整治，由A负责，B配合。要加大…。``) and goes on with sentences naming no doer
    of their own: the item is the unit of assignment, one duty from its start to its end (the
    measures are what the assigned units do)."""
    text = notice.text
    ds, de = duty.span
    if ds != start or de >= end or text[de : de + 1] != "。" or not _OPENS_WITH_TOPIC_BY.match(text, ds, de):
        return
    rest = split_clauses(text, de + 1, end, "。；")
    if not rest or notice.claimed_within(rest[0][0], rest[-1][1]) or any(
            subject_at(notice, s, e) is not None or text.find("由", s, e) >= 0 for s, e in rest):
        return
    duty.span = (ds, strip_span(text, ds, end, " 。；")[1])


def _continued_piece(notice: Notice, before: Duty, ss: int, se: int) -> None:
    """A piece after ``；`` with no doer of its own, in the sentence of an assignment opening
    with 由 that ran up to the ``；`` (``由X负责，Y配合，打击…；查处…``): a duty of the same units,
    with the same roles, or all supporting when the piece opens with a support verb (``；配合Z开展…``).
    Only a piece that says what to do (a verb first or a modal verb in it), not a condition's
    consequence (``情节严重的，…``) nor a state or a score (``容器密闭规范``, ``每增加1次加2分``);
    each task a sentence lists after ``由X牵头，分别是`` (``…分别是A；B；C``) is one of X's."""
    text = notice.text
    listed = _LISTED.search(text, text.rfind("。", 0, ss) + 1, ss) is not None
    if not (listed or _OPENS_WITH_BY.match(text, before.span[0])) or text.find("由", ss, se) >= 0 or subject_at(notice, ss, se) is not None:
        return
    words = dictionary_words(text[ss:se])
    acts = bool(words) and word_tags().get(words[0]) == "v" or duty_cues(notice).modal.search(text, ss, se) is not None
    if not (acts or listed) or _CONDITION.match(text, ss, se):
        return
    role = "support" if clause_role(notice, text[ss:se]) == "support" else None
    orgs = [(org, role or r) for org, r in before.orgs]
    notice.duties.append(Duty(span=(ss, se), orgs=orgs, source=before.source))


# X专项整治，由A负责: a topic in a few words, then its assignment
_OPENS_WITH_TOPIC_BY = re.compile(rf"[{HAN}]{{2,20}}，由[^，。；]{{2,30}}(?:牵头|负责)")
_OPENS_WITH_BY = re.compile(r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])?由")
_LISTED = re.compile("由[^，。；]{2,30}(?:牵头|负责)，分别(?:是|为)")  # 有3项由X牵头，分别是A；B；C: the tasks listed
_CONDITION = re.compile(r"[^，。；]{1,40}的，")  # 情节严重的，…: what follows a case


_LOCAL = re.compile("所在地|当地|属地")
# 卫生部门 / 卫生行政部门 right after a government read (省人民政府): the doer is its department
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:部门|机关)")


_PERSON_LEAD = re.compile("(?:领导|同志|负责人)(?:具体|亲自|全面)?$")


_NUMBERED_BY = re.compile("由(?!于|此)")


def _agent_sentence(notice: Notice, ss: int, se: int) -> None:
    """A sentence without a subject of its own whose doer follows 由 at the start of a clause
    (``居家观察期间，由村卫生室进行随访，…`` / ``确需动用的，由省级人民政府提出申请`` /
    ``由A会同B提出方案，报…批准``): a duty of that body (and of its partner after 会同), up to
    the next clause with a subject or a 由 of its own. Not how a body is made up or approved
    (``由A、B组成``, ``由X批准``), nor a sentence opened by a body (``联席会议由X召集``)."""
    text = notice.text
    if text.find("由", ss, se) < 0:
        return  # no doer after 由 (every agent below starts with 由): nothing to read
    cues = duty_cues(notice)
    if (cues.agent_not_sentence.search(text, ss, se) or cues.meeting_report.match(text, ss, se)
            or subject_at(notice, ss, se) is not None):
        return
    mark = INLINE_MARK.match(text, ss, se)
    ss = mark.end() if mark else ss  # 第六条由镇爱卫办加强…: the article's number is no part of it
    agents = list(cues.agent.finditer(text, ss, se))
    if mark and (by := _NUMBERED_BY.match(text, ss, se)):
        agents.insert(0, by)
    start = ss
    for m in agents:
        if m.start() < start:
            continue
        topic = None
        if m.start() > ss and text[m.start() - 1] not in "，,":
            stop = text.find("，", m.end(), se)
            topic = _topic_before(notice, ss, m.start()) or _topic_before(notice, ss, m.end() - 1)  # 细则由: 则 ends the topic
            if topic is None or cues.agent_not_verb.search(text, m.end(), se if stop < 0 else stop):
                continue  # 社会团体统一由X登记管理: 由 after the clause's topic (not 会议由X某某主持: who chairs)
        hit = subject_at(notice, m.end(), se, asked=True) or agent_at(notice, m.end(), se)
        if hit is None:
            continue
        items, q = hit
        if topic is not None and text.endswith("政府", items[-1].start, items[-1].end) and _DEPARTMENT.match(text, q, se):
            continue  # 标准由省人民政府卫生部门公布: the doer is a department of the government read, no lexicon knows it
        if topic is not None and not topic[1] and any(it.form == "unlisted" for it in items):
            continue  # 受聘人员须由聘用单位提供…: a topic with a verb, a doer no lexicon knows (an applicant's part)
        if topic is not None and start < topic[0]:
            start = topic[0]  # 其中…，具体比例由X研究确定: the duty is the topic's clause, the one before sets the scene
        if official_in_charge(text, items[-1].end, se):
            return  # 由X局张某某副局长负责，…: an official of it is in charge, no duty of the body
        if cues.agent_not_verb.match(text, q, se) or all(
                notice.lex.institutions.get(text[it.start : it.end], {}).get("kind") == "各部门" for it in items):
            return  # 由A、B组成 / 由成员单位提出…: how a body is made up, the members' procedure
        orgs = [org for org in (subject_org_for(notice, it) for it in items) if org is not None]
        partner = cues.agent_partner.match(text, q, se)
        more = subject_at(notice, partner.end(), se, asked=True) if partner else None
        if more is not None:
            orgs += [org for org in (subject_org_for(notice, it) for it in more[0]) if org is not None]
        if not orgs:
            return
        end = next((i for i in range(q, se) if text[i] == "，" and (
            subject_at(notice, i + 1, se) or cues.agent.match(text, i + 1, se) or _own_subject(notice, i, se)
            or _DETAILS.match(text, i + 1, se))), se)
        if _NO_TOPIC.fullmatch(text, start, m.start()) and (_ROLE_ONLY.fullmatch(text, q, end)
                                                             or cues.members_attend.fullmatch(text, q, end)):
            return  # 具体由A、B负责牵头。: who leads a task written before; 由A牵头，B等参加。: a body's make-up
        if text.startswith("的，", m.start() - 2) and cues.sanction.match(text, q, end):
            return  # 违反本办法规定…的，由X责令改正: a sanction for a breach, no standing duty
        if cues.agent_own_choice.search(text, q, end):
            start = end + 1
            continue  # 具体分配由学校自行处理: left to the body's own choice, no duty laid on it
        if _asked_before(notice, start, m.start(), se) or _subject_before(notice, start, m.start(), se):
            start = m.start()  # 请A做好…，并由B与C签订…: the clauses before are A's, B's duty is its own clause
        start = _case_clause(notice, start, m.start(), se)
        notice.duties.append(Duty(span=(start, end), orgs=[(org, None) for org in dict.fromkeys(orgs)], source="agent"))
        start = end + 1  # …，由X提出申请，由Y会同Z提出方案: the next agent's clause is a duty of its own


def _case_clause(notice: Notice, start: int, at: int, se: int) -> int:
    """Where the duty of the agent at ``at`` starts: of the clauses before a ``，由X…``, only
    the case it deals with, the last (``…调整实施…的规定，对…的申请，由X实施审批``: from ``对``)
    and the condition before it (``如…，确需…的，由X…``: from ``如``); the ones before set the
    scene. A last clause with a subject of its own (``…的，A应当…，由B函告…``) is one procedure
    with the agent's: the sentence stays whole."""
    text = notice.text
    if at <= start or text[at - 1] not in "，,":
        return start
    article = _ARTICLE.search(text, start, at)
    if subject_at(notice, article.end() if article else start, se) is not None:
        return start  # (第三十七条) X要…，报…批准，由X…: the sentence opens with its subject, one procedure
    clause = _clause_start(text, start, at - 1)
    if clause == start or subject_at(notice, clause, se) is not None or (
            starts_with_verb(text[clause : at - 1]) and text[at - 2] != "的"):
        return start
    condition = notice.lex.memo(_case_condition_re)
    while clause > start and condition.match(text, before := _clause_start(text, start, clause - 1)):
        clause = before
    return clause


def _case_condition_re(lex: Lexicon) -> re.Pattern[str]:
    """The words opening a case clause before an agent's (``case_condition_words``), built once."""
    return re.compile(lex.cue_re("case_condition_words"))


_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇]+条\s*")


def _clause_start(text: str, start: int, at: int) -> int:
    """Where the clause ending before ``at`` starts: after the last comma from ``start``."""
    comma = max(text.rfind("，", start, at), text.rfind(",", start, at))
    return comma + 1 if comma >= start else start


def _asked_before(notice: Notice, start: int, at: int, se: int) -> bool:
    """Does a clause between ``start`` and the agent at ``at`` ask a body of its own to act
    (``…，请各镇办落实…，并由X…``)? Those clauses are that body's duty, no part of X's."""
    text = notice.text
    request = subject_cues(notice).request_word
    for c in [start, *(i + 1 for i in range(start, at) if text[i] in "，,")]:
        r = request.match(text, c, at)
        if r and subject_at(notice, r.end(), se, asked=True) is not None:
            return True
    return False


def _subject_before(notice: Notice, start: int, at: int, se: int) -> bool:
    """Does a clause between ``start`` and the agent at ``at`` (not the first) open with a body
    of its own (``…，各单位要在3月底前完成汇总，由市政府督查室统一上报``)? That clause is the
    body's duty, no part of the agent's."""
    text = notice.text
    for i in range(start, at):
        hit = subject_at(notice, i + 1, se) if text[i] in "，," else None
        if hit is not None and all(it.form == "collective" or notice.lex.kind_of(text[it.start : it.end])
                                   for it in hit[0]):
            return True  # a body by its kind or a collective (not 备案审查工作机构应当…，由X函告…: one procedure)
    return False


def _own_subject(notice: Notice, comma: int, se: int) -> bool:
    """Does the clause after the comma at ``comma`` open with a subject of its own before a
    modal verb (``…由X承担，中央财政将给予补助``), a body the lexicons may not know: the doer
    after 由 does not do it."""
    text, modal = notice.text, duty_cues(notice).modal
    for at in range(comma + 3, min(se, comma + 18)):
        if not "\u4e00" <= text[at - 1] <= "\u9fff" and text[at - 1] != "、":
            return False  # the clause's first words hold a bracket or a stop: no plain noun phrase
        m = modal.match(text, at, se)
        if m and own_word(text, at, m.group()):
            return subject_phrase(text[comma + 1 : at])
    return False


# …由X进行例行监测，其中：A适用…: what follows details what the clause names, no part of X's duty
_DETAILS = re.compile("其中[：:]")
_TOPIC_TAGS = frozenset(("n", "nz", "vn", "ns", "nt", "j", "f", "m", "q", "b", "l"))  # l: 食品安全, 具体办法
_MODIFIER_TAGS = frozenset(("a", "ad", "d", "v", "c"))  # 具体 / 日常 / 所需 / 申办: inside a topic, not its head
_LINK = "的"  # 领导小组的日常工作: 的 links a topic's modifier to its head


def _topic_before(notice: Notice, ss: int, at: int) -> tuple[int, bool] | None:
    """Where the clause holding ``at`` starts and whether its text up to ``at`` holds no verb,
    when that text is the clause's topic, so that the 由 after it names the doer
    (``社会团体统一由…``, ``这项工作由…``; ``具体考核办法由…``, ``所需建设资金由…``). A topic's
    words may hold modifiers and verbs (``运动会申办全部经费``: not bare), but it opens with no
    verb or disposal word (``鼓励大型企业由…``, ``将补贴范围由A扩展至B``: 由 says from where) and
    ends with a noun, its head."""
    text = notice.text
    cs = max(ss, text.rfind("，", ss, at) + 1)
    words = dictionary_words(text[cs:at])
    tags = word_tags()

    def nominal(w: str) -> bool:  # (a character of no known tag inside the topic: 水样|中|氟|含量的检测方法)
        return tags.get(w) in _TOPIC_TAGS or (tags.get(w) is None and (len(w) >= 2 or w not in (words[0], words[-1])))

    if words and words[0] in notice.lex.cue("topic_determiners"):
        words = words[1:]  # 这项工作由…, 该项经费由…: a determiner points back to the topic
    elif len(words) > 1 and words[0] in notice.lex.cue("concerned_words"):
        words = words[1:]  # 相关技术规范由…: a modifier of the topic's noun, no verb opening it
    if not words or at - cs < 2 or not nominal(words[-1]) or tags.get(words[0]) == "v":
        return None
    if _LINK in words and not nominal(words[0]):
        return None  # 未布点的乡镇由X补点: a case the 的 clause describes (no noun opens it), no topic
    if words[0] in notice.lex.cue("topic_not_openers") or not all(
            nominal(w) or tags.get(w) in _MODIFIER_TAGS or (w == _LINK and 0 < i < len(words) - 1)
            for i, w in enumerate(words)):
        return None
    return cs, all(tags.get(w) != "v" for w in words)


def _assignment(notice: Notice, m: re.Match[str], ss: int, se: int) -> bool:
    """The duty a ``由X牵头`` in the sentence ``text[ss:se]`` assigns; whether to read the
    sentence's next one. A sentence opening with it is the duty up to the next subject; one
    opening with another body (``各级政府要制定方案，…，城区灭犬由市政部门牵头，农村灭犬由镇政府牵头``)
    holds each assignment in its own clause."""
    text = notice.text
    cues = duty_cues(notice)
    comma = text.rfind("，", ss, m.start())
    inside = comma >= 0 and subject_at(notice, ss, se) is not None
    if _COMPOSED_BY.search(text, max(ss, m.start() - 4), m.start()):
        return inside  # 建立由政府领导负责和有关部门参加的领导小组: how a body is made up
    start = comma + 1 if inside else _own_topic_start(notice, _after_earlier_assignment(notice, ss, m.start()), m.start())
    if not inside and _SPEAKER.fullmatch(text, start, m.start()):
        start = m.start()  # 张某某：由X牵头，…: the speaker's name in an interview is no part of the duty
    if inside and text.startswith("，", m.end()) and not m.group("sup"):
        end = m.end()  # …，城区灭犬由市政部门牵头，农村…: the clause names who leads it, no more
    elif inside:  # up to the next clause with an agent of its own
        end = next((i for i in range(m.end(), se) if text[i] == "，" and (
            cues.assignment.match(text, i + 1 + max(0, text.find("由", i + 1, se) - i - 1), se)
            and "，" not in text[i + 1 : max(i + 1, text.find("由", i + 1, se))])), se)
    else:  # 除四害工作由各级人民政府统一领导，爱卫会组织协调，…: the next subject starts a duty of its own,
        # so does the next clause opening with an assignment (…由A负责，由B组织实施)
        # so does a heading run on after a gap (…由A负责 （二） 摸底…) or a clause assigning a
        # topic of its own (A由X负责，B由Y负责)
        end = next((i for i in range(m.end(), se) if text[i] == "，" and (
            subject_at(notice, i + 1, se) or _opens_assignment(notice, i + 1, se) or _topic_assignment_at(notice, i + 1, se))
            or _GAP_BEFORE_MARKER.match(text, i, se)), se)
    if cues.not_duty_sentence.search(text, start, end):
        return inside
    if not inside and cues.members_attend.fullmatch(text, m.start("verb"), end):
        return inside  # 一、某某组。由A牵头，B、C等参加。: who leads a body and who sits in it, no task
    # 由X牵头… / 由X负责，Y配合…: beside the units that support, the one in charge leads
    lead_role = "lead" if m.group("verb") in cues.lead_words or m.group("sup") else None
    a, b = m.span("lead")
    if _PERSON_LEAD.search(text, a, b) or subject_cues(notice).leader.search(text, max(a, b - 8), b):
        return inside  # 由乡镇政府主要领导具体负责: a person answers for it, within the subject's duty
    q = _LOCAL.match(text, a, b)
    a = q.end() if q and b - q.end() >= 2 else a  # 由所在地镇政府牵头: the 镇政府 where it is
    leads = [notice.table.add(w) for _a, _b, w in unit_list(notice, a, b)]
    if not leads and unlisted_head(notice, text[a:b]) and text[a:b].endswith("部门"):
        leads = head_units(notice, a, b)  # 由市政管理部门牵头: a department no lexicon lists
    if not leads:
        leads = _agent_named(notice, a, b, se)  # 由青山县人民医院公共卫生科具体负责: a unit of a known body
    orgs = [(org, lead_role) for org in leads]
    if not orgs:
        return inside or _reads_on(notice, end, se)
    if m.group("sup"):
        orgs += [(org, "support") for org in _supporting_units(notice, *m.span("sup"), se)]
    # 由X牵头，Y配合。: no task written, the title above names it (not 展馆布置工作由X承办: the topic does)
    # …由A负责，由B组织实施: B's clause after an earlier assignment shares its task, written before
    shares_task = not inside and start > ss
    bare = not inside and not text[m.end() : end].strip("，。 ") and _NO_TOPIC.fullmatch(text, start, m.start()) is not None
    title = _titled_task(notice, ss) if bare and not shares_task else None
    if (title is None and not inside and not shares_task and cues.back_topic.fullmatch(text, start, m.start())
            and _ROLE_ONLY.fullmatch(text, m.end(), end)):
        title = _closed_item(notice, start)  # …任务。此项工作由X负责，Y协办。: the marker closes the item
    if (title is None and not inside and not shares_task and _NO_TOPIC.fullmatch(text, start, m.start())
            and _ROLE_ONLY.fullmatch(text, m.end(), end)):
        return inside  # …。具体由A、B负责牵头。: roles for a task no title names, no duty of its own
    # 第四条 镇环境卫生划分责任区。由镇爱卫办牵头，居委会配合。: the assignment marks the title's task
    notice.duties.append(Duty(span=title or (start, end), orgs=orgs, source="assignment"))
    if title:
        notice.reserved.append((start, end))  # the marker sentence is read, no duty of its own
    return inside or _reads_on(notice, end, se)


def _supporting_units(notice: Notice, a: int, b: int, se: int) -> list[Org]:
    """The units of ``text[a:b]`` (``Y、Z`` of ``由X牵头，Y、Z配合``): a unit list, else what the
    subject reader names there as the whole (a collective: ``各社区``; not every body addressed,
    ``有关部门``: a vague partner names no unit)."""
    listed = [notice.table.add(w) for _a, _b, w in unit_list(notice, a, b)]
    if listed:
        return listed
    hit = subject_at(notice, a, se)
    if hit is None or hit[1] != b or any(
            generic_collective(notice, it.written or notice.text[it.start : it.end]) for it in hit[0]):
        return []
    return [org for org in (subject_org_for(notice, it) for it in hit[0]) if org is not None]


def _agent_named(notice: Notice, a: int, b: int, se: int) -> list[Org]:
    """The bodies a subject reader names as the whole of ``text[a:b]`` (the lead of ``由X负责``
    that no unit list reads: a unit of a known body, ``X医院公共卫生科``), else none."""
    if b not in unlisted_name_ends(notice, a, se) or starts_with_verb(notice.text[a:b]):
        return []
    return [notice.table.add(notice.text[a:b])]


def _reads_on(notice: Notice, end: int, se: int) -> bool:
    """Does the sentence go on after an assignment ending at ``end`` with one of its own: a
    clause opening with 由 (``…由A负责，由B组织实施``) or assigning a topic of its own
    (``A由X负责，B由Y负责``), or a heading run on after a gap (``…由A负责 （二） …``)?"""
    text = notice.text
    return end < se and (_opens_assignment(notice, end + 1, se) or _topic_assignment_at(notice, end + 1, se)
                         or _GAP_BEFORE_MARKER.match(text, end, se) is not None)


# … （二） 摸底登记: headings run on in one line, a gap and a numbering marker between them
_GAP_BEFORE_MARKER = re.compile(rf" +(?:{MARKER})")
_GAP = re.compile(r"(?<=\S) +(?=\S)")


def _after_gap(text: str, start: int, at: int) -> int:
    """Where a sentence's assignment at ``at`` starts: after the last gap of spaces before it
    (``五、技术要求 （一） 人员培训 接种人员培训由卫生院负责``: headings run on in one line, the
    topic is the text after them), else at ``start``."""
    gaps = [g.end() for g in _GAP.finditer(text, start, at)]
    return gaps[-1] if gaps else start


def _own_topic_start(notice: Notice, start: int, at: int) -> int:
    """Where an assignment at ``at`` in a sentence without a subject starts: after headings run
    on before it (``_after_gap``), and at its own clause when it assigns a topic after an
    earlier assignment of the sentence (``A由X负责，B由Y负责``: B's clause alone)."""
    text = notice.text
    start = _after_gap(text, start, at)
    clause = text.rfind("，", start, at) + 1
    if clause > start and _BARE_TOPIC.fullmatch(text, clause, at) and duty_cues(notice).assignment.search(text, start, clause):
        return clause
    return start


def _topic_assignment_at(notice: Notice, at: int, se: int) -> bool:
    """Does the clause at ``at`` assign a topic of its own (``学龄儿童摸底由教委负责``): a
    short noun phrase, then 由X负责 in the same clause?"""
    text = notice.text
    stop = text.find("，", at, se)
    m = duty_cues(notice).assignment.search(text, at, se if stop < 0 else stop)
    return m is not None and _BARE_TOPIC.fullmatch(text, at, m.start()) is not None


# 入户登记 / 学龄儿童摸底: a topic named in a few words, nothing else before its 由 (not 具体由X负责)
_BARE_TOPIC = re.compile(rf"(?!(?:具体|主要|并|同时|均|统一)$)[{HAN}]{{2,12}}")


def _opens_assignment(notice: Notice, at: int, se: int) -> bool:
    """Does the clause at ``at`` open with an assignment of its own (``由B组织实施``)?"""
    return notice.text.startswith("由", at) and duty_cues(notice).assignment.match(notice.text, at, se) is not None


def _after_earlier_assignment(notice: Notice, ss: int, at: int) -> int:
    """Where the assignment at ``at`` starts in a sentence opening at ``ss`` with no subject:
    after the comma ending an earlier assignment of the sentence (``…由A负责，由B组织实施``:
    the second is B's clause alone), else at ``ss``."""
    text = notice.text
    ends = [d.span[1] for d in notice.duties if d.source == "assignment" and ss <= d.span[0] and d.span[1] < at]
    return ends[-1] + 1 if ends and text[ends[-1]] == "，" else ss


_TITLE_CHARS = 30
# 张某某： / 会议决定：: who speaks or what decides, a label before the sentence
_SPEAKER = re.compile(r"\s*[\u4e00-\u9fff]{2,6}[：:]\s*")
_NO_TOPIC = re.compile(r"\s*(?:具体|主要|并|同时|均)?")  # before 由: no task named (not 认定工作由X负责)
_ROLE_ONLY = re.compile(r"[，。 ]*(?:牵头|负责){0,2}[，。 ]*")  # after 由X负责: no task either (具体由X负责牵头。)


# 5、完善… in a line that runs several numbered items on: where the item's text starts
_RUN_ON_ITEM = re.compile(r"(?<=[。；\s：])\d{1,2}[.．、](?=[\u4e00-\u9fff])")


def _closed_item(notice: Notice, ss: int) -> tuple[int, int] | None:
    """The numbered item a closing sentence at ``ss`` ends (``5、完善检测体系。……。此项工作由X
    负责。``): from after the item's number (the line's own, or the last one run on in the line
    before it) up to the ``。`` before the sentence; None when no numbered item holds it."""
    text = notice.text
    ln = next((ln for ln in notice.content_lines() if ln.start <= ss < ln.end), None)
    stop = len(text[:ss].rstrip())
    if ln is None or not text.startswith("。", stop - 1):
        return None
    numbers = [m.end() for m in _RUN_ON_ITEM.finditer(text, ln.body_start, ss)]
    s = numbers[-1] if numbers else ln.body_start if ln.numbered else None
    if s is None or stop - 1 - s < 4 or notice.claimed_within(s, stop - 1):
        return None
    return s, stop - 1


def _titled_task(notice: Notice, ss: int) -> tuple[int, int] | None:
    """The task a sentence that only assigns roles (``由X牵头，Y配合。``) marks: the short
    title sentence right before it on its line (``第四条 环境卫生划分责任区。``), or the
    heading or numbered title line above it (``一、治理畜产品污染``)."""
    text = notice.text
    lines = notice.content_lines()
    k = next((i for i, ln in enumerate(lines) if ln.start <= ss < max(ln.end, ln.start + 1)), None)
    if k is None:
        return None
    ln = lines[k]
    if ss > ln.body_start:
        if text[ss - 1] != "。":
            return None
        s = max(ln.body_start, *(text.rfind(ch, ln.body_start, ss - 1) + 1 for ch in "。；"))
        mark = INLINE_MARK.match(text, s, ss - 1)
        span = (mark.end() if mark else s, ss - 1)
    elif k > 0 and (lines[k - 1].kind == "heading" or lines[k - 1].numbered):
        prev = lines[k - 1]
        span = (prev.body_start, prev.end - 1 if text[prev.end - 1] == "。" else prev.end)
    else:
        return None
    title = text[span[0] : span[1]]
    if not 4 <= len(title) <= _TITLE_CHARS or re.search("[，,；;：:。]", title) or notice.claimed_within(*span):
        return None
    return span
