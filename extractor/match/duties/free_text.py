"""Free text: each clause whose subject names departments is a duty of each of them
(``公安、司法行政部门要…``, ``X牵头，Y、Z配合，做好…``)."""

from __future__ import annotations

import re

from ...layout import Line
from ...lexicon import Lexicon, alternation
from ...normalize import split_clauses
from ...notice import Duty, Notice
from ...resolve import Org
from ...words import (
    BRACKETED,
    CLAUSE_START_TAGS,
    VERB_TAGS,
    dictionary_words,
    own_word,
    subject_phrase,
    word_tags,
)
from ..deadlines import recurring_at, time_limit_at, trailing_time_limit
from ..level_departments import governments_of_levels
from ..sections import in_application_section, in_goal_section, in_report_section
from ..subjects import (
    SubjectItem,
    area_collective,
    defines_an_office,
    requested_at,
    subject_at,
    subject_cues,
)
from .bodies import opens_with_class, subject_org_for
from .clauses import (
    BRACKETED_MARK,
    asks_a_question,
    clause_end,
    clause_starts,
    names_a_doer_of_a_thing,
    names_members,
    paren_depths,
    reported,
    reports_a_meeting,
    reports_figures,
    reports_past_work,
    sets_up,
)
from .cues import clause_role, duty_cues, in_procedure, modal_role
from .guided import acts_under
from .next_body import before_next_body, singled_out_re
from .piece_ends import before_trailing_when, listed_items_colon, writes_breach_sanction


def _area_before_levels_re(lex: Lexicon) -> re.Pattern[str]:
    """An area named before the governments of a class of levels it qualifies, opening a
    clause (``疫病防治地区|县级以上地方人民政府应当…``; ``area_qualifier_endings``)."""
    return re.compile(
        rf"[\u4e00-\u9fff]{{1,12}}?(?:{lex.cue_re('area_qualifier_endings')})"
        rf"(?=(?:设区的)?[{lex.level_chars}]级以上)")


def area_subject_at(notice: Notice, p: int, end: int) -> tuple[list[SubjectItem], int] | None:
    """The subject after an area that qualifies the class of levels at ``p`` (``血防地区|县级以上
    人民政府卫生主管部门负责…``): the class's bodies, the area part of how they are written."""
    area = notice.lex.memo(_area_before_levels_re).match(notice.text, p, end)
    return subject_at(notice, area.end(), end) if area is not None else None


def _receiver_re(lex: Lexicon) -> re.Pattern[str]:
    """What a body has received, qualifying the subject that opens a rule's clause
    (``接到报告的|海事管理机构应当…``, ``收到申请的|县民政局应当…``; ``step_verbs``)."""
    return re.compile(rf"(?:{lex.cue_re('step_verbs')})[^，。；;,的]{{1,10}}的")


def _receiver_at(notice: Notice, p: int, end: int) -> tuple[list, int] | None:
    """The subject after a receiver's qualifier at ``p`` (``接到举报的X应当…``), when a modal
    verb follows it: X is the body that received it and acts on it."""
    m = notice.lex.memo(_receiver_re).match(notice.text, p, end)
    hit = subject_at(notice, m.end(), end) if m else None
    if hit is None or not subject_cues(notice).modal.match(notice.text, hit[1], end):
        return None
    return hit


def _permission_re(lex: Lexicon) -> re.Pattern[str]:
    """A piece that grants a power (``必要时，可以…``, ``可以…``; ``permission_modals``)."""
    return re.compile(rf"(?:[^，。；;,]{{1,8}}时[，,]?)?(?:{lex.cue_re('permission_modals')})")


def _joint_tail_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"[，,]\s*(?:{lex.cue_re('joint_adverbs')})[^，,；;。]*[。；;]?\s*$")


def _before_joint_tail(notice: Notice, verb: int, stop: int) -> int:
    """Where the last subject's clauses end in a sentence of several subjects when its last clause
    opens with a joint adverb (``A做好x，B做好y，C做好z，共同推进项目实施``): that clause is what they
    all do together, no part of the last one's duty."""
    m = notice.lex.memo(_joint_tail_re).search(notice.text, verb, stop)
    return m.start() if m else stop


def _shared_tasks(notice: Notice, found: list[tuple[int, list, str | None, int]], end: int
                  ) -> list[tuple[int, list[tuple[Org, str | None]], int, int]]:
    """(start, bodies with roles, stop, where the last subject's verb starts) of each subject's
    clauses. Subjects that only state their role (``X牵头，Y、Z配合，做好…``) share the task
    written after the last of them."""
    out: list[tuple[int, list[tuple[Org, str | None]], int, int]] = []
    k = 0
    while k < len(found):
        j = k
        while j + 1 < len(found) and (_role_only(notice, found[j][3], found[j + 1][0])
                                      or _shares_next_verb(notice, found[j][3], found[j + 1][0])):
            j += 1
        if j > k and _role_only(notice, found[j][3], found[j + 1][0] if j + 1 < len(found) else end):
            j = k  # every subject only states a role: no task is written
        orgs: dict[int, tuple[Org, str | None]] = {}
        group = found[k : j + 1]
        supported = j > k and any(role == "support" for _p, _i, role, _q in group)
        for _p, items, role, q in group:
            if role is None and supported and notice.text.startswith("负责，", q):
                role = "lead"  # X负责，Y配合，做好…: beside the supporting units, X leads
            for it in items:
                org = subject_org_for(notice, it)
                if org is not None and id(org) not in orgs:
                    orgs[id(org)] = (org, role)
        out.append((found[k][0], list(orgs.values()), found[j + 1][0] if j + 1 < len(found) else end, found[j][3]))
        k = j + 1
    return out


def sharing_subjects(notice: Notice, first: tuple[list, int], start: int, end: int) -> list[tuple[Org, str | None]]:
    """The bodies and roles of the subject at ``start`` (``first``: its items and where its
    verb starts) and of the subjects after it that only state their role and share its task
    (``X负责，Y、Z配合，做好…``: X leads, Y and Z support)."""
    text = notice.text
    found: list[tuple[int, list, str | None, int]] = [(start, first[0], modal_role(notice, text, first[1]), first[1])]
    while True:
        q = found[-1][3]
        comma = text.find("，", q, end)
        hit = subject_at(notice, comma + 1, end) if comma >= 0 and _role_only(notice, q, comma + 1) else None
        if hit is None:
            break
        found.append((comma + 1, hit[0], modal_role(notice, text, hit[1]), hit[1]))
    return _shared_tasks(notice, found, end)[0][1]


def _role_only(notice: Notice, q: int, stop: int) -> bool:
    """Is the clause from the verb at ``q`` to ``stop`` only a role (``牵头，``, ``配合，``)?"""
    if notice.text.startswith("负责，", q) and q + 3 == stop:
        return True  # X负责，Y配合，做好…: X's part is the task after the roles
    m = duty_cues(notice).role.match(notice.text, q, stop)
    return m is not None and _completes_role(notice, notice.text[m.end() : stop - 1]) and notice.text[stop - 1] == "，"


def _shares_next_verb(notice: Notice, q: int, stop: int) -> bool:
    """Does the clause from the verb at ``q`` to ``stop`` (the next subject) hold no verb of its
    own, only a modal, a routine's period and what a preposition governs (``省级X部门每年要对A，
    市级X部门每年要对B开展稽查``): the two subjects share the verb written after the second, one duty."""
    text = notice.text
    if stop - q < 4 or text[stop - 1] != "，":
        return False
    p = q
    for step in (recurring_at, None, recurring_at):
        m = step(notice, text, p, stop) if step else subject_cues(notice).modal.match(text, p, stop)
        p = m.end() if m else p
    words = dictionary_words(text[p : stop - 1])
    tags = word_tags()
    return (p > q and len(words) >= 2 and words[0] in notice.lex.cue("shared_verb_prepositions")
            and not any((tags.get(w) or "").startswith("v") for w in words[1:]))


def _bare_role(notice: Notice, q: int, end: int) -> bool:
    """Is the clause from the verb at ``q`` to ``end`` only a role, with no task after it
    (``B、C参与``, ``X负责牵头``, ``Y配合``; ``B、C参与，主要职责：``: a lead-in to the list below)?"""
    text = notice.text
    comma = text.find("，", q, end)
    if comma >= 0:
        if not text[comma:end].rstrip().endswith(("：", ":")):
            return False
        end = comma
    if text[q:end] in ("负责", "牵头负责", "负责牵头") or text[q:end] in notice.lex.cue("support_verbs"):
        return True  # …，B、C参与: a verb of taking part with nothing to take part in
    m = duty_cues(notice).role.match(text, q, end)
    return m is not None and _completes_role(notice, text[m.end() : end])


def _completes_role(notice: Notice, rest: str) -> bool:
    """Is ``rest``, what follows a lead or support verb up to the clause's end, nothing or a
    word that only completes the role (``牵头抓总``, ``牵头负责``, ``配合抓``: no task)?"""
    return rest == "" or rest in notice.lex.cue("role_completions")


def _named_by_marker(notice: Notice, p: int, orgs: list[Org]) -> bool:
    """Is the clause at ``p`` inside a task whose marker already names all its subjects
    (``各地区要…`` in a task closed by ``（相关部门及各地区负责）``)? It restates part of
    that task, no duty of its own. A collective of departments (各部门) is named by
    another (相关部门)."""
    for duty in notice.duties:
        if duty.source == "marker" and duty.span[0] <= p < duty.span[1]:
            marked = [m for m, _r in duty.orgs if isinstance(m, Org)]
            return all(any(o is m or (o.collective and m.collective and o.kind is not None and o.kind == m.kind)
                           or (area_collective(notice, o.name) and area_collective(notice, m.name))  # 各地 and 各地区
                           for m in marked) for o in orgs)
    return False


# …提出名单，经委员会同意后，签发聘书: what follows another body's approval is a step of a
# procedure, no part of the subject's duty
_APPROVAL_STEP = re.compile(r"，经[^，。；]{2,30}?(?:同意|批准|审定|审核|审批)后")


def _before_other_agent(notice: Notice, start: int, end: int) -> int:
    """Where a subject's clause ends when a later clause of it assigns work to another body
    (``…，城区灭犬由市政部门牵头``, read by :func:`find_assignments`): before that clause and the
    adverbials that lead into it (``在政府的统一领导下，按照…原则，除城区外，``)."""
    text = notice.text
    starts = {d.span[0] for d in notice.duties if d.source in ("assignment", "agent") and start < d.span[0] < end}
    cut = next((i for i in range(start + 1, end) if i in starts and text[i - 1] == "，"), None)
    if cut is None:
        return end
    cut -= 1
    while True:
        prev = text.rfind("，", start, cut)
        if prev < 0 or not duty_cues(notice).adverbial.match(text, prev + 1, cut):
            return cut
        cut = prev


def _before_own_subject(notice: Notice, start: int, end: int) -> int:
    """Where a subject's clause ends when a later piece of it has a subject of its own, a body
    or a class of actors, before a modal verb (``…，行政部门要…``, ``…，相关下属机构要…``): that
    piece is no part of the first subject's duty (a body found there heads its own duty); not a
    piece opening with a partner verb (``…，会同有关部门依法开展…``: the subject's own clause)."""
    text = notice.text
    cues = duty_cues(notice)
    comma = text.find("，", start, end)
    while comma >= 0:
        m = cues.own_subject.match(text, comma, end)
        if m and own_word(text, m.start("modal"), m.group("modal")) and not cues.partner_opening.match(m.group("np")):
            np = BRACKETED.sub("", m.group("np"))
            np = np[cues.concerned_start.match(np).end() :]  # type: ignore[union-attr]
            if subject_phrase(np) and np.endswith(cues.subject_endings):
                return comma
        if _case_then_subject(notice, comma + 1, end) or _asks_another(notice, comma + 1):
            return comma
        comma = text.find("，", comma + 1, end)
    return end


def _sentence_stop(text: str, p: int) -> int:
    """Where the sentence at ``p`` ends: its first ``。`` or ``；``, else the text's end."""
    return min((i for i in (text.find("。", p), text.find("；", p)) if i >= 0), default=len(text))


def _asks_another(notice: Notice, p: int) -> bool:
    """Does the piece at ``p`` ask a body to act (``…协管员，请各镇办落实…``): a request of its
    own, no part of the clause before?"""
    text = notice.text
    request = subject_cues(notice).request_word.match(text, p)
    if request is None:
        return False
    stop = _sentence_stop(text, p)
    return subject_at(notice, request.end(), stop, asked=True) is not None


def _case_then_subject(notice: Notice, p: int, end: int) -> bool:
    """Does the piece at ``p`` open with the case a duty is for, then a subject of its own
    (``…的沟通，对于每例病例，县疾控中心都应当…``: a second duty, not the first one's text)?"""
    text = notice.text
    opener = notice.lex.memo(_opener_re)
    # (the subject may be where ``end`` stops the clause: read it up to its sentence's end)
    stop = _sentence_stop(text, p)
    comma = text.find("，", p, min(end + 1, p + 52))
    while comma >= 0:
        if opener.fullmatch(text, p, comma + 1) and subject_at(notice, comma + 1, stop) is not None:
            return True
        comma = text.find("，", comma + 1, min(end + 1, p + 52))
    return False


# 按照…，省级人民政府对本地区…全面负责的原则，…: the clause names a principle, no duty
_PRINCIPLE_END = re.compile("的(?:原则|要求|精神|方针|思路|格局|体制)$")


# X按照…的要求，将…: the requirement is what the subject acts by, its predicate follows
_ACTS_BY = re.compile("按照|根据|依照|依据|遵照")


def _names_a_principle(notice: Notice, p: int, q: int, end: int) -> bool:
    """Is the clause at ``p`` (up to its comma), with no modal verb after its subject, a noun
    phrase naming a principle or requirement (``X对…全面负责的原则``)? Not when the subject
    acts by it (``X按照政务公开的要求，将…公布``)."""
    text = notice.text
    stop = clause_end(text, p, end)
    return (_PRINCIPLE_END.search(text, p, stop) is not None and not subject_cues(notice).modal.match(text, q, end)
            and not _ACTS_BY.match(text, q, stop))


def _circumstance(notice: Notice, q: int, end: int) -> bool:
    """Does the clause after a subject only say under whose lead it acts (``有关部门在政府领导下，``)?
    Not after a modal verb: ``旅游部门应当在卫生部门的指导下，组织…`` names the doer, the other
    body guides it."""
    return (duty_cues(notice).circumstance.match(notice.text, q, end) is not None
            and subject_cues(notice).modal.match(notice.text, q, end) is None
            and not acts_under(notice, q, end))


# 2013年3月，国务院机构改革… / 10月21日，国家某委印发… (a news report's day, no year) / …，2020年3月30日，
# 市政府印发…: a sentence opened by the day or month something happened, or a clause that only gives its day
_EVENT_DATE = re.compile(r"(?:(?:^|(?<=[。；]))\s*(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日)"
                         r"|(?<=[，,])\s*\d{4}年\d{1,2}月\d{1,2}日)[，,]$",
                         re.M)


def _dated_event(notice: Notice, p: int, q: int, end: int) -> bool:
    """Is the clause at ``p`` (verb at ``q``) the first after a clause that only dates it (a
    bare date opening its sentence, ``2013年3月，国务院机构改革…``; a day's date,
    ``…，2020年3月30日，市政府印发…``), with no modal verb: what happened then, no duty (a time
    limit says 前/底/到: ``2025年6月底前，…``)."""
    text = notice.text
    lo = max(0, p - 16)
    return (_EVENT_DATE.search(text, lo, p) is not None
            and subject_cues(notice).modal.match(text, q, end) is None)


def _said_re(lex: Lexicon) -> re.Pattern[str]:
    """A short lead (who speaks: 她, 《通知》, 会议还) then a word of reported speech."""
    ask, say = lex.cue_re("reported_request_words"), lex.cue_re("reported_speech_words")
    return re.compile(rf"[^，。；：,;:！？\s]{{0,12}}?(?:(?P<ask>{ask})|(?P<say>{say}))")


def _said_tail_re(lex: Lexicon) -> re.Pattern[str]:
    """A clause's last words that only report what follows (``，会议要求``, ``，要求``)."""
    return re.compile(rf"(?:(?<=[，,])|[，,]?)[^，。；：,;:！？\s]{{0,12}}?"
                      rf"(?:{lex.cue_re('reported_request_words')}|{lex.cue_re('reported_speech_words')})\s*$")


def _said_to(notice: Notice, p: int, end: int) -> tuple[int, bool] | None:
    """Where the body a report says was asked or told to act starts, and whether it was asked
    (``她强调各单位要…``: told, its modal verb needed; ``《通知》要求各责任单位高度重视…``: asked, any
    verb): a short lead opening the clause at ``p``, then the word of speech as a word of its own
    (not 要求的…: a noun)."""
    text = notice.text
    m = notice.lex.memo(_said_re).match(text, p, end)
    if m is None:
        return None
    word = m.group("ask") or m.group("say")
    at = m.end() - len(word)
    if not own_word(text, at, word) or text[m.end() : m.end() + 1] in "的，,：:":
        return None
    if _bound(notice, p, at):
        return None  # 不得要求国务院批转…: what a body may not ask, no report
    if at == p and p > 0 and text[p - 1] in "，,":
        prev = max(text.rfind(ch, 0, p - 1) for ch in "，,。；;：:\n") + 1
        if _bound(notice, prev, p - 1):
            return None  # X可以与Y沟通，要求Y修改: the request is X's own act, what it may do
    return m.end(), m.group("ask") is not None


def _bound(notice: Notice, a: int, b: int) -> bool:
    """Does ``text[a:b]`` hold a modal verb of a rule as a word of its own (可以, 应当, 不得 …)?"""
    text = notice.text
    return any(own_word(text, m.start(), m.group()) for m in notice.lex.memo(_rule_modal_re).finditer(text, a, b))


def _rule_modal_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(alternation(lex.cue("rule_modals") + lex.cue("modal_verbs")))


def _forwarded(notice: Notice, q: int, end: int) -> bool:
    """Does the sentence at ``q`` go on to say the notice it reports is forwarded (``…，现予以转发``)?"""
    stop = _sentence_stop(notice.text, q)
    return notice.lex.memo(_forwarding_re).search(notice.text, q, min(stop, end)) is not None


def _forwarding_re(lex: Lexicon) -> re.Pattern[str]:
    """The words forwarding another notice (``forwarding_words``)."""
    return re.compile(lex.cue_re("forwarding_words"))


#: 要求X高度重视…: an idiom (jieba's l) after the body asked is what it is asked to do
_ASKED_IDIOM_TAGS = frozenset({"l"})


def _asks_an_action(notice: Notice, q: int, end: int) -> bool:
    """After a request in mid-sentence (``…，请X积极配合…``), does the clause at ``q`` go on
    with what X is asked to do: a verb, an idiom (``高度重视``), an adverb or a preposition
    (``进一步``, ``在…前``, ``会同``), or a routine's period (``每月…``)? Else the body's name goes on past the subject read."""
    text, cues = notice.text, subject_cues(notice)
    words = dictionary_words(text[q:clause_end(text, q, end)])
    return bool(words) and (word_tags().get(words[0]) in CLAUSE_START_TAGS | VERB_TAGS | _ASKED_IDIOM_TAGS
                            or words[0] in cues.action_verbs or cues.strict_follow.match(text, q, end) is not None
                            or recurring_at(notice, text, q, end) is not None)


def _singled_out(notice: Notice, p: int, line_start: int, end: int) -> int | None:
    """Where the bodies a clause singles out after a comma start (``…，特别是|A、B等单位要…``);
    else None."""
    if p <= line_start or notice.text[p - 1] not in "，,":
        return None
    m = notice.lex.memo(singled_out_re).match(notice.text, p, end)
    return m.end() if m else None


def _before_singled_out(notice: Notice, start: int, end: int) -> int:
    """Where a duty ends before the words singling out the next subject (``…环节，|特别是``)."""
    text = notice.text
    for word in notice.lex.cue("singled_out_words"):
        if end - len(word) > start and text.endswith(word, start, end) and text[end - len(word) - 1] in "，,":
            return end - len(word) - 1
    return end


def _listed_departments_of_levels(notice: Notice, p: int, end: int) -> tuple[list, int] | None:
    """The departments listed after the governments of a class of levels at ``p``
    (``县级以上人民政府A、B、C等部门，按照…``): the list's items and where their verb starts; the
    duty's text keeps the governments' words. Only a list of two or more (one department is read
    with its governments' words: ``level_departments``)."""
    q = governments_of_levels(notice, p, end)
    listed = subject_at(notice, q, end) if q is not None else None
    if listed is None or len(listed[0]) < 2 or listed[0][0].form not in ("short", "dept", "bare"):
        return None  # 各级政府性融资担保、再担保机构: 政府 opens a longer word, no department follows
    first = listed[0][0]
    stem = notice.text[first.start : first.end]
    department = first._replace(start=p, form="qualified", written=notice.text[p : first.end] + "部门", alias=stem + "部门")
    return [department, *listed[0][1:]], listed[1]  # 县级以上人民政府卫生|、…: the first named with the governments


def _cut_after_modal(notice: Notice, ln: Line, verb: int, end: int) -> bool:
    """Does the line end right after the subject's modal verb (``县农业农村局应当``, the page's end
    cutting the sentence)? Nothing the body is to do is written: no duty."""
    return end == ln.end and subject_cues(notice).modal.fullmatch(notice.text, verb, end) is not None


def _barred_re(lex: Lexicon) -> re.Pattern[str]:
    """``不得`` / ``不能`` … (``barring_words``) right after the subject, spaces allowed."""
    return re.compile(rf"\s*(?:{lex.cue_re('barring_words')})")


def _barred_applicant(notice: Notice, ln: Line, verb: int) -> bool:
    """``国家机关不得牵头或参与申报`` under a call's eligibility heading (``三、申报资格要求``):
    who may not apply, a condition of the call, no duty of the body named."""
    return bool(notice.lex.memo(_barred_re).match(notice.text, verb)) and in_application_section(notice.lex, ln)


def find_subject_duties(notice: Notice) -> None:
    """Free text: each clause whose subject names departments is a duty of each of them."""
    text = notice.text
    cues = duty_cues(notice)
    for ln in notice.content_lines():
        if ln.kind == "heading" or in_procedure(notice, ln.section):
            continue
        if cues.principles.match(ln.subsection) or cues.principles.match(ln.section):
            continue  # 各省份按照属地化管理原则，…: a principle, no duty
        if in_goal_section(notice.lex, ln) or in_report_section(notice.lex, ln):
            continue  # 二、主要目标 / 高校在…取得新突破: a goal; 一、主要进展 / X部署开展…: a report; no duty
        found: list[tuple[int, list, str | None, int]] = []
        said_starts: set[int] = set()  # where a body a report speaks to starts (她强调|各单位要…)
        depth = paren_depths(text, ln.body_start, ln.end)
        for p in clause_starts(text, ln.body_start, ln.end):
            if notice.claimed(p) or depth[p - ln.body_start] > 0:
                continue  # （X牵头，Y负责）: a marker inside brackets is read with its task
            hit = subject_at(notice, p, ln.end)
            lead = time_limit_at(notice, text, p, ln.end) if hit is None else None
            if lead:  # 6月底前县卫健局完成…: the time limit first, then the subject
                hit = subject_at(notice, lead.end(), ln.end)
                p = lead.end() if hit else p
            singled = _singled_out(notice, p, ln.body_start, ln.end) if hit is None else None
            if singled is not None:  # …，特别是A、B等单位要…: the bodies singled out have a duty of their own
                hit = subject_at(notice, singled, ln.end)
                if hit and (text[hit[1] - 1] in "，," or not subject_cues(notice).modal.match(text, hit[1], ln.end)):
                    hit = None  # …，特别是A、B的工作… / …，特别是A、B，要…: no modal verb right after the bodies
                p = singled if hit else p
            if hit is None:  # 血防重点地区县级以上人民政府应当…: the area qualifies the governments
                hit = area_subject_at(notice, p, ln.end)
            if hit is None:  # 接到报告的X应当…: the body that received it
                hit = _receiver_at(notice, p, ln.end)
            if hit is None:
                hit = _listed_departments_of_levels(notice, p, ln.end)
            asked_at = requested_at(notice, p, ln.end) if hit is None else None
            if asked_at is not None:  # A要求B加强…: B's duty, not A's
                hit = subject_at(notice, asked_at, ln.end, asked=True)
                p = asked_at if hit else p
            said = _said_to(notice, p, ln.end) if hit is None else None
            if said is not None:  # 她强调各单位要… / 《通知》要求各责任单位…: the body spoken to acts
                hit = subject_at(notice, said[0], ln.end, asked=said[1])
                if hit and (not _asks_an_action(notice, hit[1], ln.end) if said[1]
                            else not subject_cues(notice).modal.match(text, hit[1], ln.end)):
                    hit = None  # 会议指出各地防治工作进展还很不平衡: what is said of a body, no duty
                if hit and said[1] and _forwarded(notice, hit[1], ln.end):
                    hit = None  # 通知要求各地切实做好…，现予以转发: the forwarded notice's request, not this one's
                p = said[0] if hit else p
                if hit:
                    said_starts.add(p)
            request = requested_at(notice, p, ln.end, line_start=ln.body_start) if hit is None else None
            if request is not None:  # 。责成X… / …，请X…: the request opens the clause
                hit = subject_at(notice, request, ln.end, asked=True)
                if hit and p > ln.body_start and text[p - 1] in "，," and not _asks_an_action(notice, hit[1], ln.end):
                    hit = None  # …，请各乡镇卫生工作机构报送…: the request's body runs on past the subject read
                p = request if hit else p
            if (hit and not _circumstance(notice, hit[1], ln.end) and not reported(text, p, ln.end)
                    and not _dated_event(notice, p, hit[1], ln.end)
                    and not asks_a_question(notice, p, ln.end)
                    and not names_a_doer_of_a_thing(text, hit[1], ln.end)
                    and not _names_a_principle(notice, p, hit[1], ln.end)
                    and not sets_up(notice, p, hit[1], ln.end)
                    and not names_members(notice, hit[1], ln.end)
                    and not reports_a_meeting(notice, hit[1], ln.end)
                    and not reports_past_work(notice, hit[1], ln.end)
                    and not reports_figures(notice, ln.body_start, hit[1], ln.end)
                    and not _barred_applicant(notice, ln, hit[1])):
                found.append((p, hit[0], modal_role(notice, text, hit[1]), hit[1]))
        shared = _shared_tasks(notice, found, ln.end)
        if len(shared) == 1:
            _run_on_remit(notice, ln, *shared[0])
        for k_shared, (p, orgs, stop, verb) in enumerate(shared):
            if not orgs or _named_by_marker(notice, p, [org for org, _r in orgs]):
                continue
            if k_shared and k_shared == len(shared) - 1 and "。" not in text[shared[k_shared - 1][0] : p]:
                stop = _before_joint_tail(notice, verb, stop)  # A做好x，B做好y，共同推进…: the tail is all of theirs
            # The subject's clause, then the clauses after ；that name no subject of their
            # own, up to the end of the sentence: one duty each.
            clause_start = p
            first_start = _opener_start(notice, ln.body_start, p)
            if defines_an_office(notice, p, verb):
                first_start = verb  # X办公室是Y的办事机构，负责…: as 设在Y, what the office is is no part of its duty
            while clause_start < stop:
                end = clause_start
                while end < stop and text[end] not in "。；":
                    end += 1
                things_end = _listed_things_end(notice, clause_start, end, stop)
                colon = listed_items_colon(notice, first_start if clause_start == p else clause_start, end,
                                           _sentence_stop(text, clause_start))
                end = things_end if things_end != end or colon is None else colon
                colon = colon if end == colon else None
                approval = _APPROVAL_STEP.search(text, clause_start, end)
                trimmed = approval.start() if approval else _before_other_agent(notice, clause_start, end)
                private = cues.private_clause.search(text, clause_start, trimmed)
                if private:
                    trimmed = private.start()
                trimmed = _before_own_subject(notice, max(clause_start, verb), trimmed)
                trimmed = before_next_body(notice, p, max(clause_start, verb), trimmed)
                tail = notice.lex.memo(_said_tail_re).search(text, clause_start, trimmed)
                reports = False
                if tail and tail.end() == trimmed and trimmed in said_starts:  # …会议，会议要求| 各级X要…: the next duty's report
                    trimmed = tail.start()
                    # X印发通知，要求Y…: X only reports what it asks (not X要…，同时要求Y…: a duty of its own)
                    reports = subject_cues(notice).strict_follow.match(text, verb, trimmed) is None
                trimmed = before_trailing_when(notice, clause_start, trimmed)
                trimmed = _before_singled_out(notice, clause_start, trimmed)
                lead = trailing_time_limit(notice, text, clause_start, trimmed)
                if lead:  # …工作，3月底前 | 国家X委完成…: the next subject's time limit
                    trimmed = lead.start()
                while trimmed > clause_start and text[trimmed - 1] in "，、 ":
                    trimmed -= 1
                mark = _TRAILING_MARK.search(text, clause_start, trimmed)
                if mark:  # …监督管理，（二）| 市教育局负责…: the next item's number (after a colon, the
                    trimmed = mark.start() + (text[mark.start()] in "：:")  # lead-in keeps it: lead_ins.py)
                opener = clause_start > p and end >= stop and stop < ln.end and text[stop - 1] not in "。；"
                bare = clause_start == p and _bare_role(notice, verb, trimmed)  # B、C参与，主要职责：: no task
                start = first_start if clause_start == p else clause_start
                breach = writes_breach_sanction(notice, start, trimmed)  # 逾期不改正的，处…罚款: no duty of the subject
                bare = bare or _cut_after_modal(notice, ln, verb, trimmed)  # …\n县农业农村局应当: nothing to do
                # …的意见；必要时，可以举行听证会: a power the subject may use, no duty
                power = clause_start > p and notice.lex.memo(_permission_re).match(text, clause_start, trimmed) is not None
                if trimmed - clause_start >= 6 and not opener and not bare and not reports and not breach and not power:  # …；对合并的单位，| Y要…
                    notice.duties.append(Duty(span=(start, trimmed), orgs=_piece_roles(notice, orgs, p, clause_start, trimmed),
                                              source="subject"))
                if end >= stop or text[end] == "。" or colon is not None:
                    break  # …下列机构的改造：（一）…；（二）…: the items listed are no duties of their own
                clause_start = end + 1
                if opens_with_class(notice, clause_start, stop, numbered=True):
                    break  # …；（二）各类教育机构应…: a subject of its own, none of the clauses after it are this one's


def _run_on_remit(notice: Notice, ln: Line, p: int, orgs: list[tuple[Org, str | None]], stop: int, verb: int) -> None:
    """``X负责A。B。C；D。``: a paragraph that opens with a body's remit (``charge_verbs``, its only subject)
    and goes on in sentences that name no subject of their own, each a verb phrase: every one
    of them (split at ``。`` and ``；``) is a duty of that body, as a duty division's are. Not after
    a sentence that leaves the body's remit (a colon's list, another body's clause)."""
    text, cues = notice.text, duty_cues(notice)
    if not orgs or p != ln.body_start or stop != ln.end or not subject_cues(notice).charge_verb.match(text, verb):
        return
    first_end = text.find("。", verb, ln.end)
    if first_end < 0 or text.find("：", verb, first_end) >= 0:
        return
    pieces = split_clauses(text, first_end + 1, ln.end, "。；")
    if text[ln.end - 1] not in "。；！？":
        pieces = pieces[:-1]  # a sentence the line's end cuts (…每个合同年结束 | 后20日内…): not read whole
    if len(pieces) < 2 or any(subject_at(notice, s, e) or requested_at(notice, s, e) or reports_past_work(notice, s, e)
                              or cues.done_mark.search(text, s, min(e, s + 8)) for s, e in pieces):
        return  # …。各单位要…: a body of its own; …。今年已拨付…: a report; or a single sentence after the remit
    for s, e in pieces:
        if e - s >= 6 and not writes_breach_sanction(notice, s, e):
            role = clause_role(notice, text[s:e])
            notice.duties.append(Duty(span=(s, e), orgs=[(org, role) for org, _r in orgs], source="subject"))


def _listed_things_end(notice: Notice, start: int, end: int, stop: int) -> int:
    """End of the clause ``text[start:end]``: when it lists the things it concerns after a colon
    (``X应当向Y交送下列信息：（一）A；（二）B。``: items that name things, data or documents, not
    tasks of their own), the sentence's end, the list being part of the clause; else ``end``."""
    text = notice.text
    m = duty_cues(notice).inline_list.search(text, start, end)
    if m is None or subject_at(notice, m.end(), end):
        return end  # 履行下列职责：（一）负责…, 提供下列材料：（一）县卫健局…: no things listed, or a subject of its own
    full_stop = text.find("。", end, stop)
    return full_stop if full_stop >= 0 else stop


def _piece_roles(notice: Notice, orgs: list[tuple[Org, str | None]], p: int, start: int, end: int
                 ) -> list[tuple[Org, str | None]]:
    """The bodies and roles of the piece ``text[start:end]`` of a subject's clause at ``p``. A
    role one verb states for every body (``X应配合Y，制订…；督促…；协助Y…``) is the first piece's:
    a later piece after ``；`` has the role its own clause states (``协助…``), or none. Roles that
    share a task out (``X牵头，Y配合，…``) hold for every piece."""
    roles = {r for _o, r in orgs}
    if start == p or len(roles) != 1 or roles == {None}:
        return orgs
    role = clause_role(notice, notice.text[start:end])
    return [(org, role) for org, _r in orgs]


# 对需整改的单位， / 对违法单位， / 在治理工作中，需要…配合的， / 凡…的， / 在…额度内， /
# 已申领号牌的车辆，如需在外地测试， / 待你省上报后， / 关于补助期满后的有关问题，: the case
# or the frame a subject's duty is written for, opening its sentence (a short noun phrase after 对, or a clause ending in 的; not
# 对X实行Y， a clause of its own, nor 对…的A、B和C， a list of whom the duty concerns)
def _opener_re(lex: Lexicon) -> re.Pattern[str]:
    """The phrase that opens a subject's sentence with the case or frame its duty is for."""
    condition, topic = lex.cue_re("case_condition_words"), lex.cue_re("case_topic_endings")
    return re.compile(r"(?:(?:对于?|针对|凡)(?:[^。；;，,的]{2,8}|[^。；;，,]{1,40}的[^。；;，,、的]{1,8})|[^。；;]{2,50}的"
                      r"|在[^。；;，,]{2,40}(?:内|中|下|期间)"
                      rf"|(?:[^。；;，,]{{2,40}}[，,])?(?:{condition})[^。；;，,]{{2,30}}"
                      rf"|待[^。；;，,]{{2,30}}后|关于[^。；;，,]{{2,30}}(?:{topic}))[，,]\s*"
                      rf"|[^。；;，,]{{2,50}}(?:{topic})[，,]请")  # …有关具体事项，请X…: the matters X is asked to handle


def _opener_start(notice: Notice, line_start: int, p: int) -> int:
    """Where the duty of the subject at ``p`` starts: before the phrase that opens its sentence
    and says which case the duty is for (``对需整改的单位，县卫健局要…``: the case is part of
    the duty), else at the subject."""
    text = notice.text
    begin = max(line_start, *(text.rfind(ch, line_start, p) + 1 for ch in "。；;！？"))
    # the opener may follow a clause of the sentence (…办理意见：目前…，待你省上报后，交通部将…)
    for b in [begin, *(i + 1 for i in range(begin, p - 1) if text[i] in "，,：:")]:
        while b < p and text[b] in " \u3000":
            b += 1
        if b < p and not notice.claimed_within(b, p) and notice.lex.memo(_opener_re).fullmatch(text, b, p):
            return b
    return p


_TRAILING_MARK = re.compile(rf"[，,；：:]\s*(?:{BRACKETED_MARK.pattern})\s*$")
