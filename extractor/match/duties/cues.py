"""The regexes of the duty frames, built from the cue words of ``cues.json``; the role
a clause states; sections that hold a procedure; the role a subject's verb states."""

from __future__ import annotations

import re

from ...lexicon import Lexicon, alternation
from ...notice import Notice
from ...numbering import ARABIC, ARABIC_PAREN, CN_DIGITS, CN_PAREN
from ..subjects import subject_cues


class _Cues:
    """The regexes of this module, built from the cue words of ``cues.json`` (one per lexicon)."""

    def __init__(self, lex: Lexicon) -> None:
        lead, support, manner = lex.cue_re("lead_verbs"), lex.cue_re("support_verbs"), lex.cue_re("manner_adverbs")
        self.lead_words = lex.cue("lead_words")  # 由X牵头 leads (not 由X承办: responsible, no role)
        self.lead = re.compile(rf"(?:负责)?(?:{lex.cue_re('lead_words')})")  # a clause 牵头… (not 承办…)
        # 配合…, 积极协助…, 负责协助…, 与X等部门（密切）配合做好…: a clause that supports (not 参与组织…,
        # 与X协调配合)
        partner = r"(?:与|同)[^，。；的]{2,30}?(?<!协调)(?:密切|紧密|相互)?"
        self.support = re.compile(rf"(?:负责)?(?:{partner})?(?:{manner})?(?:{lex.cue_re('subject_support_verbs')})")
        # 负责…, 组织…, 配合…: the words a unit's duties open with
        self.duty_verbs = tuple(lex.cue("duty_verbs") + lex.cue("lead_verbs") + lex.cue("support_verbs") + lex.cue("duty_openers"))
        self.duty_opening = re.compile(rf"{CN_PAREN}|{ARABIC_PAREN}|{ARABIC}|" + alternation(self.duty_verbs))
        self.not_duty_sentence = re.compile(lex.cue_re("not_duty_words"))
        # 负责同志, 负责人, 负责领导: a person; not 承担领导小组日常工作 (a body's name after the verb)
        mechanism = alternation(lex.bodies["mechanism_suffixes"])
        not_person = rf"(?:(?={mechanism})|(?!{lex.cue_re('people_after_duty_verbs')}))"
        own = lex.cue_re("own_duty_verbs")
        self.own_duty_verb = re.compile(rf"(?:{own}){not_person}")  # X设立Y，负责…
        self.titled_duty_verb = re.compile(rf"(?:具体)?(?:{own})")  # 1.监督组。负责…
        self.titled_duty_verb_after_comma = re.compile(rf"，(?:具体)?(?:{own})")
        levels = lex.level_chars
        self.own_level = re.compile(rf"[{levels}]级")  # 县级兽医管理部门: a class of departments
        self.levels_prefix = re.compile(rf"[{levels}]+|街道")  # 区县（市）…, 乡镇…: several levels
        self.levels = re.compile(rf"[{levels}]+")
        # （二）基本原则。 / 指导思想: a section stating principles, not who does what
        self.principles = re.compile(rf"(?:{lex.cue_re('principle_headings')})(?:[。：]|$)")
        # 在…下, 按照…原则, 除…外: a clause that only leads into the next one
        self.adverbial = re.compile(rf"(?:{lex.cue_re('adverbial_openers')})[^，。；]*$|[^，。；]*(?:下|外)$")
        self.member_section = lex.cue("member_section_words")
        # X负责，Y、Z配合，: clauses that only name bodies and their roles
        self.role_clauses = re.compile(rf"(?:[^，。；]{{2,80}}?(?:负责|{lead}|{support})，)+")
        # 由区卫健局牵头，区教育局、区市场监管局配合 / 由X负责: the lead and the supporting units
        # (由X承办的活动: a relative clause, no assignment)
        self.assignment = re.compile(
            # 由X、Y等分工负责 / 由X按职责分工负责: how the units share the work, no part of a name
            # 由X具体负责: an adverb of the verb, no part of X's name
            rf"由(?P<lead>[^，。；由]{{2,60}}?)(?:按(?:各自)?职(?:责|能))?(?:分工)?(?:{lex.cue_re('assignment_adverbs')})?"
            # 由X牵头负责，Y配合…: the lead's verb completed (lead_completions), then the supporting units
            rf"(?P<verb>{alternation(lex.cue('lead_verbs') + lex.cue('assignment_verbs'))})"
            rf"(?:(?<={lex.cue_re('lead_words')})(?:{lex.cue_re('lead_completions')}))?{not_person}(?!的)"
            rf"(?:[，、]?(?P<sup>[^，。；]{{2,80}}?)(?:{manner})?(?:{support}))?"
        )
        # X牵头… / X要牵头抓总 / Y按照各自职责积极配合…: the role a subject's verb states (X要参与…
        # states none: the body takes part in its own right)
        # (X不得牵头…: a prohibition states no role)
        self.role = re.compile(
            rf"(?:{alternation([w for w in lex.cue('modal_verbs') if not w.startswith('不')])}|负责)?(?:按照|按|在)?(?:各自|部门)?(?:职责|职能)?(?:范围内|分工)?(?:{manner})?"
            rf"(?:(?P<lead>{lead})|(?P<sup>{lex.cue_re('subject_support_verbs')}))"
        )
        # X负责制定方案并牵头组织实施 / …，牵头会同有关部门…: the body leads later in its own clause
        # (not 并牵头单位…, a noun)
        self.later_lead = re.compile(rf"[并，](?!{lex.cue_re('lead_role_nouns')})(?:{lex.cue_re('lead_words')})(?!的|下)")
        # …，牵头审核…，配合X组织…: a later clause where the body supports another (no one role)
        self.later_support = re.compile(rf"[并，](?:{manner})?(?:{lex.cue_re('subject_support_verbs')})")
        # 在有关部门共同配合下: a circumstance, not a subject
        self.modal = re.compile(lex.cue_re("modal_verbs"))
        self.time_clause_ends = tuple(lex.cue("time_clause_endings"))  # 本地区发生突发事件时，: when, not what
        self.when_clause_ends = self.time_clause_ends + tuple(lex.cue("after_clause_endings"))  # …，待系统开放后
        # 在社区聘用协管员，: a 在 clause ending in no locative word holds the subject's own act
        self.locative_clause = re.compile(r"在[^，。；]*$")
        self.locative_ends = tuple(lex.cue("locative_opener_endings"))
        self.circumstance = re.compile(rf"[^，。；]{{0,8}}?(?:{lex.cue_re('circumstance_verbs')})下")
        # …的，由X进行… / 由X会同Y提出…: 由 opening a clause names the doer of the sentence
        self.agent = re.compile(rf"(?:{lex.cue_re('agent_adverbs')})?由(?!于)")
        self.agent_partner = re.compile(lex.cue_re("agent_partner_verbs"))
        # …工作，单位和个人应当…: what private parties must do ends a body's duty
        # (…，个人、家庭要… / …，并请社会各界自觉…: a list of them, or a request to them, too)
        private = rf"(?:任何|所有|全体|广大)?(?:{lex.cue_re('private_subjects')})"
        self.private_clause = re.compile(
            rf"，(?:{private}(?:[、和及与]{private})*(?:都|均)?(?:应当|应|要|必须|不得)|并?请{private})")
        # …，行政部门要… / …，指派的代理师本人不得…: a later clause with a subject of its own
        own_modals = alternation([w for w in lex.cue("modal_verbs") + lex.cue("rule_modals") if w != "将"])
        self.own_subject = re.compile(rf"，(?P<np>[\u4e00-\u9fff、（）()]{{2,16}}?)(?P<modal>{own_modals}|{lex.cue_re('own_subject_adverbs')})")
        # …，会同有关部门依法开展… / …，配合X依法…: the subject's own clause with a partner, no subject of its own
        self.partner_opening = re.compile(alternation(lex.cue("agent_partner_verbs") + lex.cue("support_verbs")))
        # 行政部门, 下属机构, 高校: the piece's subject names a body or a class of actors
        self.concerned_start = re.compile(rf"各?(?:{lex.cue_re('concerned_words')})?")  # 相关下属机构: 下属机构
        self.subject_endings = lex.cue("body_endings") + lex.cue("department_tails") + lex.cue("actor_class_endings")
        self.agent_not_verb = re.compile(lex.cue_re("agent_not_duty_verbs"))  # 由A、B组成 / 由X批准: no duty
        self.agent_not_sentence = re.compile(lex.cue_re("agent_not_duty_words"))
        # 会后，全体人员参加培训，由X讲解…: what happened at or after a meeting, a report (no modal verb)
        self.meeting_report = re.compile(rf"\s*(?:{lex.cue_re('meeting_time_openers')})\s*[，,](?![^。；]*?(?:{lex.cue_re('rule_modals')}))")
        self.agent_own_choice = re.compile(lex.cue_re("agent_own_choice_words"))  # 由X自行处理: X's own choice
        # 此项工作由…, 该项任务由…: the topic points back to the task written before
        self.back_topic = re.compile(rf"\s*(?:{lex.cue_re('topic_determiners')})(?:工作|任务)")
        # …的，由X责令改正，处…罚款: a sanction for a breach, imposed after its condition (no standing duty)
        self.sanction = re.compile(rf"(?:依法|依据各自职责，?|按照[^，。；]{{1,12}}，?)?(?:{lex.cue_re('sanction_words')})")
        # 逾期不改正的，处…罚款 / X工作不力，…的，追究…责任: a breach and its sanction, no task of the
        # subject read before it (not X要加强检查，发现…的，责令…: a standing duty, its sanction a tail)
        self.breach_sanction = re.compile(
            rf"的[，,](?:依法|并)?(?:{lex.cue_re('sanction_words')}|{lex.cue_re('breach_sanction_words')}|处(?=[\d一二三四五六七八九十]))")
        self.standing = re.compile(rf"{lex.cue_re('modal_verbs')}|{lex.cue_re('charge_verbs')}")
        # 应当履行下列职责： / 承担以下职责： / 负责下列工作： / 履行以下协调、指导等职责：: a body's duties
        # listed after the colon;
        # also a clause pointing back at the sentence's subject (X承担…任务，具体职责为： / ，其职责是：),
        # and a label closing its line after the bodies' names (A、B的职责是： / A、B部门的职责：, the items below)
        self.listed = re.compile(rf"(?:履行|承担|行使|负责|做好|抓好|加强)(?:{lex.cue_re('list_lead_words')})"
                                 r"(?:[\u4e00-\u9fff、]{2,16}等)?(?:主要)?(?:工作)?"
                                 r"(?:几个?)?(?:方面)?(?:的)?(?:职责|职能|工作|任务|事项|建设)[：:]"
                                 r"|(?<=[，,])(?:其|具体)(?:主要)?(?:职责|任务)(?:为|是|如下)[：:]"
                                 r"|(?<=[\u4e00-\u9fff）)])的(?:主要)?职责(?:为|是|如下)?[：:](?=\s*$)"
                                 # X负责本行政区域内的献血工作：| （一）…: the field's work, its items below
                                 r"|(?<=[\u4e00-\u9fff])负责[^，,。；;：:]{2,30}?工作[：:](?=\s*$)")
        # (由A)牵头，B、C等参加。: who leads a body and the units that sit in it, not a task
        self.members_attend = re.compile(rf"(?:{lex.cue_re('lead_words')})[，,][^。；]{{2,200}}?"
                                         rf"(?:{lex.cue_re('attendance_verbs')})[。；]?\s*")
        # 交送下列信息：（一）… / 报送以下材料：1.…: the clause's object, things listed after its colon
        self.inline_list = re.compile(rf"(?:{lex.cue_re('list_lead_words')})[^，。；：:]{{0,20}}(?:{lex.cue_re('listed_thing_nouns')})"
                                      rf"[：:]\s*(?:{CN_PAREN}|{ARABIC_PAREN}|{ARABIC})\s*")
        # 优先推进下列机构、场所的…改造：（一）… / 有下列情形之一的，X应当…决定：（一）…: a list after its colon
        self.list_colon = re.compile(rf"(?:{lex.cue_re('list_lead_words')})[^。；：:]{{0,60}}[：:]\s*(?={CN_PAREN}|{ARABIC_PAREN}|{ARABIC})")
        concerned = lex.cue_re("concerned_words")
        self.each_concerned = re.compile(rf"各(?:{concerned})")  # 各相关X, 各有关X: 各X
        # 县卫健局和…, 县卫健局有关科室, 县卫健局分管…: the unit's name runs on, no subject of its own
        self.after_unit = re.compile(rf"[和及与的等]|{lex.cue_re('head_qualifiers')}|{concerned}")
        post = rf"(?:副)?(?:{lex.cue_re('chair_posts')})"
        # 副镇长、派出所所长某某任组长，… / 由镇长某某为组长，…: a first piece naming who holds the post
        self.staffing_piece = re.compile(rf"(?:[^，,。；]{{1,40}}[，,])?[^，,。；]{{1,60}}?(?:任|为|担任){post}(?:[，,、]|$)")
        # 办公室设主任1名 / 设副主任2名 / 配备专职工作人员三名: a piece counting the body's staff
        staff = rf"(?:{post}|(?:{lex.cue_re('staff_nouns')}))"
        self.staff_count = re.compile(rf"[^，,。；]{{0,10}}?(?:设|配备|配)(?:专职|兼职)?{staff}"
                                      rf"[^，,。；]{{0,4}}?(?:\d+|[{CN_DIGITS}两]+|若干)名$")
        # ，办公室主任由某某同志兼任 / ，组长由某某担任: a later piece staffing the body
        self.staffing_after = re.compile(rf"[，,][^，,。；]{{0,10}}?{post}由[^，,。；]{{1,30}}?(?:担任|兼任)")
        # 管线迁改已完成 / 主体工程已竣工: a clause closing on a state reached, a progress note
        self.done_state = re.compile(rf"(?:{lex.cue_re('done_state_words')})$")
        # 今年已拨付… / 已完成…: a sentence reporting work done
        self.done_mark = re.compile(lex.cue_re("done_marks"))


def duty_cues(notice: Notice) -> _Cues:
    return notice.lex.memo(_Cues)


def clause_role(notice: Notice, clause: str) -> str | None:
    """``牵头…``/``负责牵头…``/``作为…的牵头单位，…`` leads, ``积极配合…`` supports."""
    cues = duty_cues(notice)
    if cues.lead.match(clause) or subject_cues(notice).lead_role.match(clause):
        return "lead"
    if cues.support.match(clause):
        return "support"
    return "lead" if cues.later_lead.search(clause) and not cues.later_support.search(clause) else None


def in_procedure(notice: Notice, section: str) -> bool:
    """Is the section a procedure's (its heading holds a word of ``procedure_headings``)?
    Answered once per section text (every line of a section asks it again)."""
    known = notice.lex.memo(_procedure_sections)
    answer = known.get(section)
    if answer is None:
        if len(known) > 10_000:
            known.clear()
        answer = known[section] = any(w in section for w in notice.lex.bodies["procedure_headings"])
    return answer


def _procedure_sections(lex: Lexicon) -> dict[str, bool]:
    return {}


def modal_role(notice: Notice, text: str, q: int) -> str | None:
    """``X牵头…`` / ``X要牵头抓总`` / ``X要发挥牵头作用，…`` leads, ``Y配合…`` /
    ``Y按照各自职责协助…`` supports, also after the clauses that only say how or when
    (``Y要结合工作特点，协助…``, ``Y根据X部署，协助…``); ``X负责承办…`` states no role (承办 is no 牵头)."""
    cues = duty_cues(notice)
    m = cues.role.match(text, q) or cues.role.match(text, _past_adverbials(notice, text, q))
    if m is None:
        end = min((i for i in (text.find("。", q), text.find("；", q)) if i >= 0), default=len(text))
        lead = subject_cues(notice).lead_role.match(text, q) or (
            cues.later_lead.search(text, q, end) and not cues.later_support.search(text, q, end))
        return "lead" if lead else None
    if m.group("lead"):  # X承办/X主办 (a lead verb, not 牵头): the body does it, with no role
        return "lead" if cues.lead.fullmatch(m.group("lead")) else None
    return "support"


def _past_adverbials(notice: Notice, text: str, q: int) -> int:
    """Where what a subject does starts after the clauses at ``q`` that only lead into it
    (``要结合工作特点，`` / ``根据总局部署，`` / ``在本级政府领导下，``); ``q`` if none."""
    cues = duty_cues(notice)
    end = min((i for i in (text.find("。", q), text.find("；", q)) if i >= 0), default=len(text))
    while (comma := text.find("，", q, end)) > 0:
        start = q + (modal.end() - modal.start() if (modal := cues.modal.match(text, q, comma)) else 0)
        if not (cues.adverbial.match(text, start, comma) or text.endswith(cues.time_clause_ends, start, comma)):
            break
        if cues.locative_clause.match(text, start, comma) and not text.endswith(cues.locative_ends, start, comma):
            break  # 应当在社区聘用协管员，协助…: the act is the subject's, the 协助 its helpers
        q = comma + 1
    return q


class DutyLabels:
    """The words of a unit's duties label (``职责``, ``主要职责``, ``工作职责``; ``duty_label_words``
    and ``duty_label_qualifiers`` of ``cues.json``) as regex fragments: ``label`` the label (a
    space may break its word, ``职 责``), ``line_label`` a label alone on its line, which may
    also be qualified as a remit is (``具体职责``, ``remit_qualifiers``)."""

    def __init__(self, lex: Lexicon) -> None:
        spelled = sorted(lex.cue("duty_label_words"), key=len, reverse=True)
        words = "|".join(r"\s*".join(re.escape(ch) for ch in w) for w in spelled)
        self.label = rf"(?:{lex.cue_re('duty_label_qualifiers')})?(?:{words})"
        self.line_label = re.compile(rf"(?:{lex.cue_re('remit_qualifiers')})?(?:{words})\s*[：:]?")


def duty_labels(lex: Lexicon) -> DutyLabels:
    """The duty label patterns of a lexicon (built once per lexicon)."""
    return lex.memo(DutyLabels)
