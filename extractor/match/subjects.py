"""Sentence subjects: the list of bodies that opens a clause and the verb after it
(``公安、司法行政部门要…``, ``各级卫生、教育部门要…``, ``省级医保部门在…推进``).

A helper of the match stage, not a component: the ``duties`` and ``tasks`` components both
read subjects with :func:`subject_at` (no component imports another)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import NamedTuple

from ..lexicon import Lexicon, alternation
from ..notice import Notice
from ..words import CLAUSE_START_TAGS, VERB_TAGS, dictionary_words, starts_with_verb, word_tags
from .deadlines import recurring_at, time_limit_at
from .level_departments import (
    governments_of_levels,
    is_department_class,
    levels_without_government,
    managing_department,
    unlisted_field_department,
)
from .orgs import (
    alias_note,
    alias_note_end,
    counterpart,
    looks_like_org,
    may_name_unlisted,
    org_at,
    suffix_words,
    unlisted_name_ends,
    unlisted_org_at,
)
from .own_issuer import addressed_place_at, own_issuer_at
from .posts import post_at

_REDACTED = re.compile(r"_+门?")
# （以下统称职业卫生监督管理部门）: one name for the bodies listed before it
_COLLECTIVE_NOTE = re.compile(r"[（(](?:以下统称|下统称|统称)[“\"]?[^）)”\"]{1,20}[”\"]?[）)]")
_ANYTHING = re.compile("")
_LIST_SEPS = "、和及等"
_LIST_SEP = re.compile(f"[{_LIST_SEPS}]")


class SubjectCues:
    """The regexes of subject lists, built from the cue words of ``cues.json`` (one per lexicon)."""

    def __init__(self, lex: Lexicon) -> None:
        # a subject's clause goes on with a modal, duty, lead or support verb (公安部门要…, X配合…)
        # a modal, duty, lead, support or partner verb (X会同Y…) follows a subject
        self.strict_follow = re.compile(alternation(
            lex.cue("modal_verbs") + lex.cue("duty_verbs") + lex.cue("lead_verbs") + lex.cue("support_verbs")
            + lex.cue("partner_verbs")))
        self.by_date = re.compile(r"于[^，。；]{2,16}?(?:之前|前)(?![期后])")  # 县住建局于6月底前…
        self.predicate_adverb = re.compile(lex.cue_re("predicate_adverbs"))
        # X接到通知后，要立即… / X在发现疫情时，须…: when the subject acts, then its modal verb
        self.when = re.compile(rf"(?:{lex.cue_re('when_verbs')})[^。；，]{{1,28}}?(?:后|时)，(?=要|应当|应|须|必须)")
        # X发现可疑病人应予登记 / X检查发现病例，应当立即报告: what the body finds, then its modal verb
        self.found = re.compile(r"(?:检查)?发现[^。；，]{1,40}?，?(?=应当|应予|必须|须|应(?![急用对变]))")
        # X收到材料后进行初审 / X接到申请后，开展审查: the step the body's own act follows
        self.after_step = re.compile(rf"(?:{lex.cue_re('step_verbs')})[^。；，]{{1,28}}?后，?")
        self.leader = re.compile(lex.cue_re("body_leader_words"))  # 县人民政府主要领导要…: the body's duty
        self.dept_tail = re.compile(lex.cue_re("department_tails"))
        self.unit_kind = re.compile(lex.cue_re("unit_class_words"))  # 扶贫|机构: a field's bodies by their class word
        self.dept_tail_firsts = frozenset(w[0] for w in lex.cue("department_tails") if w)  # a quick test before it
        self.group_word = re.compile(rf"(?:等)?(?:{alternation(lex.cue('department_tails') + lex.cue('group_words'))})?")
        self.conj = re.compile(lex.cue_re("conjunctions"))
        self.and_word = re.compile(lex.cue_re("and_words"))
        self.joined_first_ends = tuple(lex.cue("joined_first_ends"))  # 县委|和县政府要…
        self.sep_or_verb = re.compile(rf"[、，]|{lex.cue_re('conjunctions')}|等|部门|{self.strict_follow.pattern}")
        self.bare_bad = re.compile(
            "[的了是在对将把由从向为以并及和与或等各要应须我本该其此这那按请]|"
            + alternation(lex.cue("not_in_department_stem") + lex.cue("lead_verbs") + lex.cue("support_verbs")))
        self.not_stems = frozenset(lex.cue("not_department_stems") + lex.cue("lead_verbs") + lex.cue("support_verbs"))
        self.modal = re.compile(lex.cue_re("modal_verbs"))
        # X作为…的牵头单位要… / X要发挥牵头作用 / X是牵头部门: the body takes the lead role
        modal = lex.cue_re("modal_verbs")
        self.lead_role = re.compile(
            rf"(?:{modal})?(?:(?!不)[^，。；]){{0,4}}?(?:{lex.cue_re('lead_role_verbs')})[^，。；]{{0,24}}?"
            rf"(?:{lex.cue_re('lead_role_nouns')})(?=[，。；,;]|$|{modal})")
        basis = lex.cue_re("basis_words")
        # 依据职责 / 按照各自职责分工 / 根据职能: the subject acts within its own remit, its verb follows
        # (X按照职责，负责…, X依职责管理…; X按归口原则分别负责…: the principle it acts on)
        self.own_remit = re.compile(rf"(?:{basis}|按|依)(?:(?:各自)?(?:职责|职能)(?:分工)?|[^，。；,;]{{1,8}}?原则)[，,]?")
        # 根据年度资金安排， / 按照验收结果，: what the subject acts on, a clause of its own before its verb
        self.basis = re.compile(rf"(?:{basis})[^，。；：,;:]{{2,30}}，")
        self.manner = re.compile(lex.cue_re("manner_adverbs"))  # 主动协调公安、农业等部门…: a predicate, no stem
        # 县卫健局位于…, 国家卫生健康委强调…: verbs that say where a body is or what it said
        self.not_subject_verbs = frozenset(lex.cue("not_duty_subject_verbs"))
        # 省卫健委举办…新闻发布会: a body holding an event is news, no duty (通过举办讲座等方式…: a means, a duty)
        self.meeting_verbs = frozenset(lex.cue("meeting_verbs"))
        # 建设部主管全国…工作, 各级人民政府领导…工作: the body's charge of a field's work (``governs``)
        self.governing_verbs = frozenset(lex.cue("governing_verbs"))
        self.degree_adverbs = frozenset(lex.cue("degree_adverbs"))  # 还很不平衡: a state, no act
        self.governing_word = re.compile(lex.cue_re("governing_verbs"))
        self.charge_verb = re.compile(lex.cue_re("charge_verbs"))  # X，负责…: after a comma, the body's charge
        self.plan_modals = frozenset(lex.cue("plan_modals"))
        # A、B和C，要…: the list's modal verb (not a plan's: 将, 拟)
        self.comma_modal = re.compile(alternation([w for w in lex.cue("modal_verbs") if w not in self.plan_modals]))
        # X是Y工作的责任主体，要… / X为牵头单位，承担…: what the body is said to be, then a comma and its duty
        self.designation = re.compile(
            rf"(?:{lex.cue_re('designation_verbs')})[^，。；]{{0,24}}?(?:{lex.cue_re('designation_nouns')})[，,]"
            rf"(?=(?:{modal}|{lex.cue_re('charge_verbs')}))")
        self.partner_openers = frozenset(lex.cue("partner_verbs"))  # 会同X… (not 联合: 联合采购办公室 is a body)
        self.partner_firsts = frozenset(w[0] for w in self.partner_openers if w)  # a quick test before segmenting
        self.encourage_verbs = frozenset(lex.cue("encourage_verbs"))  # 鼓励有条件的高校…: no subject
        self.not_clause_words = re.compile(lex.cue_re("not_duty_clause_words"))  # 办公室设在…, …担任组长
        # 任何行政机关不得…, 一切单位和个人都要…: a rule binding whoever it is, no body's duty
        self.universal = re.compile(lex.cue_re("universal_determiners"))
        self.action_verbs = frozenset(lex.cue("subject_action_verbs"))  # verbs jieba's dictionary tags otherwise
        self.predicate_openers = frozenset(lex.cue("predicate_openers"))  # X从…方面对Y给予支持: the verb later
        self.national = re.compile(lex.cue_re("national_prefixes"))  # 国家卫生健康委, 全国老龄办
        self.department_suffixes = frozenset(lex.cue("department_suffixes"))  # 卫生部, 中医药局
        # 县卫健局制定的方案要…: the body opens a relative clause; the subject is what it made
        self.after_relative = frozenset((*lex.cue("modal_verbs"), "已", "已经", "是", "为"))
        # 各区县, 各二级单位, 各社会团体, 各村（社区）, 各区各有关部门: a collective named by 各 (not
        # 各县区负责组织: a duty verb is no part of its name, 各县区 负责组织…)
        # 工、青、妇: bodies abbreviated to one character each, read only as a run of two or more
        self.abbreviated = {w: name for name, words in lex.cue_map("abbreviated_bodies").items() for w in words}
        one = "[" + "".join(self.abbreviated) + "]"
        self.abbreviation_run = re.compile(rf"{one}(?:、{one})+|{one}{{2,}}(?=等|要|[、，和及])")
        self.collective = re.compile(
            rf"(?:[{lex.level_chars}]直(?:(?:及|和|、)驻[{lex.level_chars}])?|全[{lex.level_chars}])?各(?:(?:(?![和及与或等的要应须将并按可]|{lex.cue_re('not_in_collective_name')})[\u4e00-\u9fff]){{0,6}}(?:{lex.cue_re('collective_heads')}))"
            r"(?:（[\u4e00-\u9fff、]{1,12}）)?(?:委会)?"
        )
        levels = lex.level_chars  # places.json: 省 … 镇 as one character
        # 各市、县政府 / 县、区人民政府 / 市和区、县人民政府: governments of several levels, one collective
        level = rf"(?:[{levels}]|自治区|直辖市|自治州|自治县)(?:（[\u4e00-\u9fff、]{{1,10}}）)?"
        # 各县（市、区）政府: one level written with the others at it in brackets
        with_others = rf"[{levels}]（[\u4e00-\u9fff]{{1,3}}(?:、[\u4e00-\u9fff]{{1,3}})*）"
        # 各省、市、县级人民政府: the last level written with 级, the same collective
        self.levels_government = re.compile(
            rf"各?(?:{level}(?:[、和]{level})+|{with_others})级?(?:{lex.cue_re('government_words')})")
        # 市、区 / 省、市、县 / 市和区、县: levels written before one body's name (市、区爱卫办)
        self.levels = re.compile(rf"[{levels}](?:[、和][{levels}])+")
        # 市、县级市、区 / 市、县（市、区） / 省、市、县级: levels listed before a field's departments
        # (市、县级市、区人口和计划生育部门), each written with 级, 级市 or the places at it in brackets
        level_token = rf"[{levels}](?:级市|级)?(?:[（(][\u4e00-\u9fff、]{{1,8}}[）)])?"
        self.level_list = re.compile(rf"{level_token}(?:[、和]{level_token})+")
        # （含计划生育，下同） / (含血防,下同) / （包括中医药）: a note on what a field takes in, inside a name
        self.scope_note = re.compile(r"[（(](?:含|包括)[^（()）。；]{1,16}?(?:[，,]\s*下同)?[）)]")
        # 人口和计划生育|部门, 卫生健康|行政部门: a field's name (no verb, 的 or another list) and a department's tail
        self.level_field = re.compile(rf"[^\W\d_要应将须各在对把为由的、，。；：]{{2,12}}?(?:{lex.cue_re('department_tails')})")
        # 市、县两级|环境保护部门: the levels counted after their list, the body's name after them
        self.tiers = re.compile("[两三四五]级")
        concerned = lex.cue_re("concerned_words")
        # 市人民政府有关部门, 国务院各部门: the departments (concerned) of the government named before
        # 县级以上人民政府其他有关部门: the government's departments not named before it
        self.own_departments = re.compile(
            rf"(?:各(?:{concerned})?|(?:{_OTHER.pattern})(?:{concerned})?|{concerned})(?:行政主管部门|主管部门|职能部门|部门)(?:（单位）)?")
        # 相关省份, 有关地市: the places concerned, a collective
        self.concerned_places = re.compile(
            rf"(?:{concerned})(?:省份|省区|省市|地市|市县|县市|区县|县区|乡镇|街镇|地区|城市)")
        # 县直相关部门, 市直有关单位: the departments concerned of one level's government, a collective
        self.direct_departments = re.compile(
            rf"[{lex.level_chars}]直(?:{concerned})(?:职能部门|部门|单位)(?:（单位）)?")
        # 试点地区, 各试点城市政府: the places or units a notice picks for its programme, a collective
        self.pilot_collective = re.compile(rf"各?(?:{lex.cue_re('pilot_words')})(?:{lex.cue_re('pilot_heads')})")
        # 各主要责任单位, 其他责任单位: the units a task list assigns, by their part in it, a collective
        self.assigned_collective = re.compile(rf"各?(?:{lex.cue_re('assigned_unit_words')})(?:单位|部门)")
        # A、B负责人为成员: the units' heads (not 负责人间病例的救治)
        self.heads = re.compile(rf"(?:{lex.cue_re('head_qualifiers')})?负责(?:同志|人(?=为|任|担任|兼任|组成))")
        # A要求B加强…, A责成B…: A asks B to act; the duty is B's, never A's (also opening a sentence: 。责成B…)
        self.request_after = re.compile(lex.cue_re("sentence_request_words"))
        # 请X…, 建议X按照…做好…: a word that asks the body after it to act, opening a clause
        self.request_word = re.compile(lex.cue_re("request_words"))
        # 各成员单位按照职责分工…: collectives whose clause needs a modal or duty verb to be a duty
        self.obligation_collectives = frozenset(lex.cue("obligation_collectives"))
        # 各司其职, 各负其责: every body doing its own part, no duty of its own
        self.own_part = re.compile(lex.cue_re("own_part_words"))
        # 和社区等其他基层组织, 等各有关部门, 等部门: the tail closing a list of subjects
        self.list_tail = re.compile(
            rf"(?:(?:{lex.cue_re('and_words')})[\u4e00-\u9fff]{{1,6}}?)?等(?:其他|其它|各有关|有关|相关|各|职能|行政)?"
            rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:{lex.cue_re('list_tail_heads')}))"
        )
        # 广播、电视、报纸等媒体: things listed, then the class of bodies they name (媒体, not 媒体单位)
        self.class_list = re.compile(rf"(?:[\u4e00-\u9fff]{{2,8}}[、和及])+[\u4e00-\u9fff]{{2,8}}等({lex.cue_re('class_list_heads')})"
                                     r"(?![\u4e00-\u9fff]{0,2}(?:单位|机构|部门))")
        # 党政机关、事业单位要…, 行业协会等社会组织应当…: what may follow the first body no lexicon lists
        self.first_follow = re.compile(rf"、(?=[\u4e00-\u9fff])|(?={self.list_tail.pattern})|{self.strict_follow.pattern}")
        # 各镇（街、场，下同）: a note on what a name covers; 列第一位者为牵头部门，下同: a rule for all
        same_below = lex.cue_re("same_below_notes")
        self.same_below = re.compile(rf"[（(][^（）()。；]{{0,16}}?[，,]?(?:{same_below})[）)]")
        self.same_below_clause = re.compile(rf"(?:{same_below})$")
        # 资源提供者应…, 相关研发企业要…, 测试主体、…均应…: a class of actors a rule binds
        self.verb_heads = tuple(lex.cue("collective_verb_heads"))  # 各县区组织开展…: 组织 the verb
        self.actor_endings = tuple(sorted(lex.cue("actor_class_endings"), key=len, reverse=True))
        # (their lengths, longest first, and set: the ending of a name is looked up, not tried)
        self.actor_ending_set = frozenset(self.actor_endings)
        self.bare_actor_classes = frozenset(lex.cue("bare_actor_classes"))
        self.actor_ending_lens = tuple(sorted({len(e) for e in self.actor_endings}, reverse=True))
        # (and the characters they end with, as a class: where a name may end with one)
        lasts = "".join(sorted({e[-1] for e in self.actor_endings if e}))
        self.actor_ending_last = re.compile(f"[{re.escape(lasts)}]" if lasts else "(?!)")
        self.concerned = re.compile(concerned)
        self.actor_bad_start = re.compile(rf"{lex.cue_class('clause_opening_chars')}|{lex.cue_re('not_body_starts')}")
        self.actor_bad_inside = re.compile(
            r"[的了是和与及或等之由对把向被在]|" + alternation(lex.cue("not_in_body_name") + lex.cue("push_verbs")))
        # a modal verb (not 将: 企业将… says what happens), or the list's next item
        # 还应有 / 应当具备: a modal verb, then what the subject must have
        self.requirement = re.compile(
            rf"(?:{alternation(lex.cue('modal_verbs'))})(?:{lex.cue_re('possession_verbs')})(?![\u4e00-\u9fff]{{0,4}}(?:{lex.cue_re('charge_verbs')}))")
        self.mechanism_end = re.compile(rf"(?:{alternation(lex.bodies['mechanism_suffixes'])})$")
        # 在同级民政部门的领导下，负责…: under another body's lead, then the subject's own duty verb
        # (在流感流行期间，负责…: the time it acts in, as well)
        self.under_lead = re.compile(
            rf"在[^，。；]{{1,30}}?(?:(?:{lex.cue_re('circumstance_verbs')})下|期间)[，,]?(?={self.strict_follow.pattern})")
        self.actor_follow = re.compile(alternation([w for w in lex.cue("modal_verbs") if w != "将"]) + "|[、和及]|以及"
                                       + rf"|(?={self.list_tail.pattern})")  # …、动物保护组织等社会组织应当…


def subject_cues(notice: Notice) -> SubjectCues:
    return notice.lex.memo(SubjectCues)


def _qualified_institution(notice: Notice) -> re.Pattern[str]:
    """``各级各类提供孕产期保健及助产技术服务的医疗卫生机构``: a class of institutions
    qualified by a relative clause."""
    return notice.lex.memo(_qualified_institution_re)


def _qualified_institution_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"[^，。；、：\s]{{2,30}}?的(?:{lex.institution_re.pattern})")


# X对接种发生的差错事故，应立即…: what the body's duty is about, then its modal verb
_REGARDING = re.compile(r"对[^。；，]{1,40}?，(?=应当|应(?![急用对变])|须|必须)")
# X对送审材料的真实性负责 / X对接种质量进行监督: the matter, then the body's formal act on it
_REGARDING_ACT = re.compile(r"对[^。；，]{1,40}?(?:进行|实施|负责|负总责)")
# X是本市…的主管部门，负责… / X是本市采血供血机构，负责…: what the body is, then its duty (not 是指: a definition)
_DESIGNATION = r"(?:是(?!指)|为)[^。；，]{1,30}?(?:主管部门|机构|部门|单位)，(?=负责)"
# X是…的责任主体，要… / X为第一责任人，负责…: the body answers for it, its duty follows
_RESPONSIBLE_PARTY = r"(?:是|为)[^。；，]{1,30}?(?:责任主体|第一责任人)，(?=负责|要|应当|应|须|必须)"
_CONDITION = re.compile(
    r"对(?:于)?[^。；]{1,40}?(?=负总责)|对于[^。；]{1,40}?，(?=应当|要|应)|[^。；，]{1,30}?的，(?=要|应当|应)"
    rf"|{_REGARDING.pattern}"
    r"|作为[^。；，]{1,30}，(?=负责|要|应当|应|承担)"  # 县人民医院作为定点医院，负责…
    rf"|{_RESPONSIBLE_PARTY}"  # X是…的责任主体，要…
    rf"|{_DESIGNATION}"

)


_DESIGNATED = re.compile(rf"{_DESIGNATION}|{_RESPONSIBLE_PARTY}")


def defines_an_office(notice: Notice, start: int, verb: int) -> bool:
    """Does the subject at ``start`` say, before its verb at ``verb``, that it is another body's
    working office (``爱卫会办公室是同级爱卫会的办事机构，负责…``, ``office_designations``)? As
    with an office's seat (``设在Y``), that is what the office is, no part of what it does."""
    m = notice.lex.memo(_office_designation_re).search(notice.text, start, verb)
    return m is not None and m.end() == verb


def _office_designation_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?:是|为)[^。；，]{{1,24}}?的?(?:{lex.cue_re('office_designations')})，")


class SubjectItem(NamedTuple):
    """One body named in a clause's subject: its span, the kind of a short department name
    (``"?"`` for a redaction), how it was read, and the name to use when not its text."""

    start: int
    end: int
    kind: str | None
    form: str  # org | short | redacted | qualified | collective | unlisted | dept | actor
    written: str | None = None
    alias: str | None = None  # another written form (各级卫生部门 for 卫生)


# 及其下属…机构 / 及其所属单位: the subject's own institutions, named with it
# 及其有关部门: the body and its departments, named with it
# 及其工作人员 / 及其分支机构: the body's own staff or branches, named with it (not 及其部门: a
# government and its departments are one doer of their own name)
_SUBORDINATES = re.compile(
    r"及其(?:(?:下属|所属|直属|下级)[^，。；]{0,24}?|有关|相关)(?:机构|单位|部门|组织)|及其(?:分支机构|工作人员)")
# 人民政府有关部门 / 政府相关行政主管部门 / 国务院有关部门（单位）: a government's departments, one collective
_GOVERNMENT = "政府"  # a level's government (县人民政府, 县政府)
_GOVERNMENT_END = re.compile(rf"(?:{_GOVERNMENT}|国务院)$")


def _own_departments(text: str, p: int, end: int, own: re.Match[str]) -> SubjectItem:
    """A government's departments (``X人民政府相关部门``, ``X人民政府有关行政主管部门``): one
    collective, named ``X有关部门`` whichever way it is written; all of them (``国务院各部门``)
    named as written, ``各部门`` another form of it."""
    written = text[p : own.end()]
    if own.group(0).startswith("各"):  # 国务院各部门 (…。各部门要…: the same departments)
        return SubjectItem(p, own.end(), None, "collective", written=written, alias=own.group(0))
    if _OTHER.match(own.group(0)):  # 县人民政府其他有关部门: not the departments named before, as written
        return SubjectItem(p, own.end(), None, "collective", written=written, alias=own.group(0))
    name = text[p:end] + "有关部门"
    return SubjectItem(p, own.end(), None, "collective", written=name, alias=written if written != name else None)


# 各村主要领导为第一责任人，负责…: the body's leaders answer for it
_FIRST_RESPONSIBLE = re.compile("(?:为|是)第一责任人，")
_EVERY = re.compile("所有|全体|全部")  # 所有X都要…: every X, the class X
_OTHER = re.compile("其他|其它")  # 其他医疗机构发现…应…: the class of institutions, those not named before
_BARE_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _broad_follow(notice: Notice) -> re.Pattern[str]:
    """Words that may follow a clearly named subject (modal verbs and duty verbs)."""
    return notice.lex.memo(_broad_follow_re)


def _broad_follow_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(alternation(lex.forms.get("subject_verbs") or ["要", "应当", "应", "负责"]))


def _qualifier_re(notice: Notice) -> re.Pattern[str] | None:
    """Level words before a department type (各级, 省级, 地市级, 区县): one or several (省级、地市级)."""
    return notice.lex.memo(_qualifiers_re)


def _qualifiers_re(lex: Lexicon) -> re.Pattern[str]:
    words = (lex.forms.get("one_level_qualifiers") or []) + (lex.forms.get("qualifiers") or [])
    one = alternation(words) if words else "(?!)"
    return re.compile(rf"(?:{one})(?:、(?:{one}))*")


def _levels(notice: Notice, written: str) -> list[str]:
    """The levels of a qualifier (``省级、地市级`` two; ``省、自治区、直辖市`` one, the provincial level)."""
    whole = notice.lex.forms.get("one_level_qualifiers") or []
    if not whole:
        return [q for q in written.split("、") if q]
    return [m.group(0) for m in re.finditer(rf"{alternation(whole)}|[^、]+", written)]


def _level_department(notice: Notice, p: int, limit: int, in_list: bool) -> SubjectItem | None:
    """``县级以上地方人民政府教育主管部门``: a generic body of the department's kind, its own name
    (``教育主管部门``) another written form (``level_departments``)."""
    q = governments_of_levels(notice, p, limit)
    if q is not None:
        return _department_of_levels(notice, p, q, limit, in_list, governments=True)
    q = levels_without_government(notice, p, limit)  # 县级以上地方|卫生行政部门: no government word
    item = _department_of_levels(notice, p, q, limit, in_list, governments=False) if q is not None else None
    return item if item is not None and notice.text.endswith("部门", p, item.end) else None


def _department_of_levels(notice: Notice, p: int, q: int, limit: int, in_list: bool,
                          governments: bool) -> SubjectItem | None:
    """The department named at ``q``, after the class of levels ``text[p:q]`` (with its
    government word when ``governments``; they may be the doer themselves then;
    ``县级以上人民政府的无偿献血办公室``: 的 links the governments to their department)."""
    if governments and notice.text.startswith("的", q):
        linked = _item_at(notice, q + 1, limit, in_list)
        if linked is not None and linked.form == "unlisted":  # the office's own name, as no lexicon lists it
            return SubjectItem(p, linked.end, None, "qualified", alias=notice.text[q + 1 : linked.end])
        q += 1 if linked is not None else 0
    managing = managing_department(notice, q, limit)
    if managing is not None:  # 县级以上人民政府管理专利工作的部门
        return SubjectItem(p, managing, None, "qualified", alias=notice.text[q:managing])
    inner = _item_at(notice, q, limit, in_list)
    unlisted = unlisted_field_department(notice, q, limit) if inner is None else None
    if unlisted is not None:  # 设区的市人民政府大数据工作主管部门
        return SubjectItem(p, unlisted, None, "qualified", alias=notice.text[q:unlisted])
    if inner is None and governments and _governments_act(notice, p, q, limit):
        return SubjectItem(p, q, None, "qualified")  # 县级以上地方人民政府根据…，组织…: the governments themselves
    if inner is None or inner.form not in ("org", "short", "dept", "unlisted", "qualified"):
        return None
    tail = _tail_after_note(notice, inner.end, limit) if inner.form in ("short", "dept") else None
    if tail:  # 交通运输|主管部门, 卫生（含计划生育，下同）|主管部门
        inner = inner._replace(end=tail.end())
    if not is_department_class(notice, q, inner.end):
        unlisted = unlisted_field_department(notice, q, limit)
        if unlisted is None or unlisted < inner.end:
            return None
        kind = inner.kind if inner.form in ("short", "dept") and inner.kind != "?" else None
        return SubjectItem(p, unlisted, kind, "qualified", alias=notice.text[q:unlisted])  # 大数据|工作主管部门
    own = notice.text[q : inner.end]
    kind = inner.kind if inner.kind not in (None, "?") else notice.lex.kind_of_name.get(own)
    return SubjectItem(p, inner.end, kind, "qualified", alias=own)


def _tail_after_note(notice: Notice, end: int, limit: int) -> re.Match[str] | None:
    """A department's tail right after a field's name ending at ``end``, also after a note on what
    the field takes in (``卫生（含血防，下同）主管部门``: the note is part of the name as written)."""
    cues = subject_cues(notice)
    note = cues.scope_note.match(notice.text, end, limit)
    return cues.dept_tail.match(notice.text, note.end() if note else end, limit)


def _government_field_department(notice: Notice, p: int, end: int, limit: int, in_list: bool) -> SubjectItem | None:
    """``县人民政府民政部门``, ``省人民政府卫生部门``: a government the notice names (``text[p:end]``)
    and a department type after it, one body of the department's kind (as after a class of
    levels), its own name (``民政部门``) another written form; only a type written with 部门,
    and one government (a class of levels, ``…县级以上地方人民政府``, is ``_level_department``'s)."""
    if not _GOVERNMENT_END.search(notice.text, p, end) or "以上" in notice.text[p:end]:
        return None
    item = _department_of_levels(notice, p, end, limit, in_list, governments=False)
    return item if item is not None and notice.text.endswith("部门", p, item.end) else None


# after the governments of a class of levels: more of a name (…人民政府的X办公室, …人民政府（…）) or
# another item of a list (…人民政府及国务院部门), not their own predicate (及其有关部门 goes with them)
_NOT_OWN_PREDICATE = re.compile(r"(?!及其)[的之（(、和及与或]")


def _governments_act(notice: Notice, p: int, q: int, limit: int) -> bool:
    """Are the governments of a class of levels ``text[p:q]`` (``县级以上地方人民政府``, written
    with 以上: not 各级政府, read with its departments elsewhere) the doer of the clause at
    ``q``: their name ends there, no list goes on, and the clause is no relative clause
    (``设区的市级以上人民政府审批的规划，…``: what they approved is the subject)?"""
    text = notice.text
    if q >= limit or "以上" not in text[p:q] or _NOT_OWN_PREDICATE.match(text, q, limit):
        return False
    stop = _CLAUSE_STOP.search(text, q, limit)
    return dictionary_words(text[q : stop.start() if stop else limit])[1:2] != ["的"]  # 审批|的: a verb's 的


def _each_place_of_a_level(notice: Notice, p: int, limit: int) -> int | None:
    """Where ``各`` and one level written as the kinds of place at it end (``各省、自治区、直辖市|``,
    ``one_level_qualifiers``), when a modal verb follows (not a department of theirs:
    ``各省、自治区、直辖市邮政管理局``; nor a list going on: ``…直辖市和各部门``, read as before)."""
    qual = _qualifier_re(notice)
    text = notice.text
    concerned = _EACH_CONCERNED.match(text, p, limit)  # 各有关省、自治区、直辖市: the places concerned
    at = concerned.end() if concerned else p
    m = qual.match(text, at, limit) if qual is not None and text.startswith("各", p) else None
    written = "各" + m.group(0).removeprefix("各") if m else ""
    if m is None or written not in notice.lex.forms.get("one_level_qualifiers", ()):
        m = notice.lex.memo(_places_of_levels_re).match(text, at, limit) if text.startswith("各", p) else None
        if m is None or not re.search("[（(]", m.group(0)):  # 各市、县（市、区）: the places of several levels
            return None
    q = m.end()
    case = subject_cues(notice).when.match(text, q, limit)  # 各省、自治区、直辖市在编制规划时，应…: when it acts
    return q if subject_cues(notice).modal.match(text, case.end() if case else q, limit) else None


_EACH_CONCERNED = re.compile("各(?:有关|相关)(?=[省市州县])")


def _places_of_levels_re(lex: Lexicon) -> re.Pattern[str]:
    """``市、县（市、区）``, ``各市、县（市、区）``: the places of several levels, each a level character
    or a level written with the kinds of place at it in brackets (one at least, checked by the caller)."""
    level = rf"(?:自治区|直辖市|[{lex.level_chars}])"
    one = rf"{level}(?:[（(]{level}(?:、{level})*[）)])?"
    return re.compile(rf"各?{one}(?:、{one})+")


def _listed_levels_department(notice: Notice, p: int, limit: int, in_list: bool) -> SubjectItem | None:
    """A field's departments after the levels listed at ``p`` (``市、县级市、区人口和计划生育部门``,
    ``市、县（市、区）卫生健康行政部门``): one collective named as written, ending with a department's
    tail (``部门``, ``主管部门`` …); None when the levels name no field's department (``市、区爱卫办``:
    a body of each level, read by the caller), or when plain levels name a known field's (``市、县民政部门``:
    read as a list whose items share the head, each level's department its own body)."""
    text, cues = notice.text, subject_cues(notice)
    lv = cues.level_list.match(text, p, limit)
    if lv is None:
        return None
    field = cues.level_field.match(text, lv.end(), limit)
    body = _item_at(notice, lv.end(), limit, in_list) if field is not None else None
    if field is None or body is not None and (body.end > field.end() or cues.levels.fullmatch(text, p, lv.end())):
        return None  # 市、县卫生健康局和民政局: bodies of their own; 市、县民政部门: each level's, a list sharing its head
    return SubjectItem(p, field.end(), None, "collective")


def _item_at(notice: Notice, p: int, limit: int, in_list: bool) -> SubjectItem | None:
    """The body named at ``p`` in a subject list, if any."""
    text = notice.text
    lex = notice.lex
    cues = subject_cues(notice)
    dept = _level_department(notice, p, limit, in_list)
    if dept is not None:  # 县级以上人民政府卫生行政部门: the field's departments at those levels
        return dept
    inner = _inner_level_note(notice, p, limit)
    if inner is not None:  # 村（居）委会: the body at the level in brackets too
        return SubjectItem(p, inner, None, "org")
    issuer = own_issuer_at(notice, p, limit)
    if issuer is not None:  # 我部将…: the notice's own issuer
        return SubjectItem(p, issuer[0], None, "org", written=issuer[1])
    addressed = addressed_place_at(notice, p, limit)
    if addressed is not None:  # 青山市要… in a letter to 青山市人民政府: the government addressed
        return SubjectItem(p, addressed[0], None, "org", written=addressed[1])
    g = cues.levels_government.match(text, p, limit)
    if g:
        own = cues.own_departments.match(text, g.end(), limit)
        if own:  # 省、市级政府相关主管部门: the departments of those governments
            return _own_departments(text, p, g.end(), own)
        return SubjectItem(p, g.end(), None, "collective")
    lv = cues.levels.match(text, p, limit)
    tiers = cues.tiers.match(text, lv.end(), limit) if lv else None
    if tiers:  # 市、县两级环境保护部门: that body at each of the levels, one collective
        body = _item_at(notice, tiers.end(), limit, in_list)
        tail = cues.dept_tail.match(text, body.end, limit) if body is not None and body.form in ("short", "dept") else None
        if body is not None and body.form in ("org", "unlisted", "short", "dept"):
            return SubjectItem(p, tail.end() if tail else body.end, None, "collective")  # 环境保护|部门
    listed = _listed_levels_department(notice, p, limit, in_list) if lv and not tiers else None
    if listed is not None:  # 市、县级市、区人口和计划生育部门: that field's departments at each level
        return listed
    last = _item_at(notice, lv.end() - 1, limit, in_list) if lv else None
    if lv and last is not None and last.form in ("org", "unlisted"):  # 市、区爱卫办: each level's body, one collective
        note = alias_note(notice, last.end, limit)  # （以下简称爱卫办）: 市、区爱卫办 is its short form
        return SubjectItem(p, last.end, None, "collective", alias=lv.group(0) + note if note else None)
    each_level = _each_place_of_a_level(notice, p, limit)
    if each_level is not None:  # 各省、自治区、直辖市要…: every place of that level, one collective
        return SubjectItem(p, each_level, None, "collective")
    end = org_at(notice, text, p, limit)
    nat = cues.national.match(text, p, limit) if end is None else None
    whole = _national_department(notice, p, limit) if nat else None
    if whole is not None:  # 国务院住房和城乡建设主管部门 (not 国务院|住房和城乡建设, a body the notice named)
        return whole
    if nat:
        end = org_at(notice, text, nat.end(), limit)  # 国家卫生健康委: a national body of a known kind
    if end is not None:
        c = cues.collective.match(text, p, limit)
        if c and c.end() > end and cues.sep_or_verb.match(text, c.end(), limit):
            return SubjectItem(p, c.end(), None, "collective")  # 各区各有关部门
        own = cues.own_departments.match(text, end, limit) if _GOVERNMENT_END.search(text, p, end) else None
        if own:  # 市人民政府有关部门, 省级人民政府有关行政主管部门: the government's departments
            return _own_departments(text, p, end, own)
        field = _government_field_department(notice, p, end, limit, in_list)
        if field is not None:  # 县人民政府民政部门负责…: the government's department of that field
            return field
        office = _office_of_known(notice, p, end, limit, in_list)
        if office is not None:  # 爱卫会办公室负责…: the office of a body the notice named
            return SubjectItem(p, office[0], None, "unlisted", alias=alias_note(notice, office[0], limit))
        return SubjectItem(p, end, None, "org")
    gov = unlisted_org_at(notice, p, limit, cues.own_departments)
    own = cues.own_departments.match(text, gov[0], limit) if gov and _GOVERNMENT_END.search(text, p, gov[0]) else None
    if gov and own:  # 省级人民政府有关部门: a government no lexicon lists
        return _own_departments(text, p, gov[0], own)
    m = lex.short_re.match(text, p, limit)
    if m:
        hit = (_unlisted_item(notice, p, limit, in_list) or _field_department(notice, m.end(), limit)
               or _joined_fields_department(notice, m.end(), limit))
        if hit and hit[0] > m.end() and not cues.group_word.fullmatch(text, m.end(), hit[0]):
            # 卫生部负责…, 教育司要…: a body named after its field, not the field's departments
            return SubjectItem(p, hit[0], None, "unlisted", alias=alias_note(notice, hit[0], limit))
        longer = _longer_bare_item(notice, p, m.end(), limit)
        if longer is not None:  # 文化执法、财政等部门: a list item longer than the field it opens with
            return longer
        return SubjectItem(p, m.end(), lex.kind_of_short[m.group(0)], "short")
    m = _qualified_institution(notice).match(text, p, limit)
    words = dictionary_words(m.group(0)) if m else []
    # not 地市和区县要遴选…的学校; not 鼓励有条件的高校…: what the notice encourages them to do, no duty
    if m and not any(cues.modal.fullmatch(w) for w in words) and words[0] not in cues.encourage_verbs:
        return SubjectItem(p, m.end(), None, "org")
    r = _REDACTED.match(text, p, limit)
    if r:
        return SubjectItem(p, r.end(), "?", "redacted")
    placed = place_before_each(notice, p, limit)  # 青山县各地要…: the places of 青山县, one collective
    c = (cues.collective.match(text, placed if placed is not None else p, limit) or cues.concerned_places.match(text, p, limit)
         or cues.pilot_collective.match(text, p, limit) or cues.direct_departments.match(text, p, limit)
         or cues.assigned_collective.match(text, p, limit))
    c_end = _collective_end(notice, p, c.end(), limit) if c else p
    unit = (unlisted_org_at(notice, c_end, limit, cues.sep_or_verb)
            if c and placed is None and "\u4e00" <= text[c_end : c_end + 1] <= "\u9fff" else None)
    if unit is not None and unit[0] - c_end <= 8 and not cues.bare_bad.search(text, c_end, unit[0]) and text[p] == "各":
        # 各镇办市场监管办与…: the office of each 镇办, one collective (not 各县（区）也要…成立…小组)
        return SubjectItem(p, unit[0], None, "collective")
    if c and (cues.sep_or_verb.match(text, c_end, limit) or _broad_follow(notice).match(text, c_end, limit)
              or cues.by_date.match(text, c_end, limit) or cues.same_below.match(text, c_end, limit)):
        # 青山县各地 is also the notice's 各地 (written so later)
        return SubjectItem(p, c_end, None, "collective", alias=text[placed:c_end] if placed is not None else None)
    for k in range(p + 2, c_end + 1) if c else ():  # 各省份完成…; 各地组织…, 各省份建立省级…: the shortest
        if cues.collective.fullmatch(text, p, k) and (_broad_follow(notice).match(text, k, limit)
                                                      or _verb_follows(notice, k, limit)):
            return SubjectItem(p, k, None, "collective")
    hit = _unlisted_item(notice, p, limit, in_list)
    if hit:
        return SubjectItem(p, hit[0], None, "unlisted", alias=alias_note(notice, hit[0], limit))
    actor = _actor_class(notice, p, limit)
    if actor is not None:  # 资源提供者应…, 相关研发企业要…: a class of actors, read with a modal verb only
        return actor
    # a department type no lexicon lists, written with 部门: 行政监管部门, 畜牧部门
    w = _BARE_WORD.match(text, p, min(limit, p + 10))
    if w and not cues.manner.match(text, p, limit):
        for k in range(min(len(w.group(0)), 8), 1, -1):
            if text[p + k : p + k + 1] not in cues.dept_tail_firsts:
                continue  # no 部门/单位… after the stem
            stem = text[p : p + k]
            tail = cues.dept_tail.match(text, p + k, limit)
            if tail and not cues.bare_bad.search(stem) and not not_a_stem(notice, stem) and not starts_with_verb(stem):
                if _national_field(notice, stem):  # 国务院环境保护行政主管部门: one national department, named whole
                    return SubjectItem(p, tail.end(), None, "org")
                if tail.group(0) == "机关" and stem_kind(notice, stem) is None:
                    return SubjectItem(p, tail.end(), None, "unlisted")  # 规划编制机关: a class of bodies, named whole
                return SubjectItem(p, p + k, stem_kind(notice, stem), "dept")
        # 经贸、教育、建设等部门: valid only if the list is closed by 等…部门/单位/机构
        seps = _LIST_SEPS if in_list else "、"
        for k in range(min(len(w.group(0)), 8), 1, -1):
            after = text[p + k : p + k + 1]
            if after and after in seps and not cues.bare_bad.search(text[p : p + k]) and not starts_with_verb(text[p : p + k]):
                return SubjectItem(p, p + k, stem_kind(notice, text[p : p + k]), "bare")
    return None


def _joined_fields(notice: Notice, item: SubjectItem, conj: str, nxt: SubjectItem) -> SubjectItem | None:
    """``劳动和社会保障、人事``: two bare fields joined by ``和``/``及`` (cue ``field_conjunctions``) with the list going on
    after them (``、``) name one department type, not two (a list's last items are joined so)."""
    text = notice.text
    if (conj not in notice.lex.cue("field_conjunctions") or item.form not in ("short", "bare") or nxt.form not in ("short", "bare")
            or text[nxt.end : nxt.end + 1] != "、" or nxt.end - item.start > 10):
        return None
    word = text[item.start : nxt.end]
    return SubjectItem(item.start, nxt.end, stem_kind(notice, word), "bare")


def _longer_bare_item(notice: Notice, p: int, q: int, limit: int) -> SubjectItem | None:
    """``文化执法、``, ``农业执法、``: a field's short form (``文化``) and a word more, the whole
    word a bare list item (closed by ``、`` after it), not the field alone; no department's tail
    in its rest, no word no stem holds in it (``组织``, ``负责``, a lead or support verb)."""
    text, cues = notice.text, subject_cues(notice)
    w = _BARE_WORD.match(text, p, min(limit, p + 8))
    if w is None or w.end() <= q or text[w.end() : w.end() + 1] != "、":
        return None
    rest, word = text[q : w.end()], text[p : w.end()]
    if (cues.dept_tail.match(rest) or cues.group_word.fullmatch(rest) or cues.bare_bad.search(word)
            or not_a_stem(notice, word)):
        return None
    return SubjectItem(p, w.end(), stem_kind(notice, word), "bare")


def place_before_each(notice: Notice, p: int, limit: int) -> int | None:
    """Where a place of the notice written at ``p`` ends when 各 follows it (``青山县各地要…``,
    ``湖北各地教育部门…``: its places, or its departments at each of them); the place may be
    written without its level (湖北 for 湖北省)."""
    text = notice.text
    by_first = _place_forms_by_first(notice)
    for form in by_first[""] if "" in by_first else by_first.get(text[p : p + 1], ()):
        end = p + len(form)
        if end < limit and text.startswith(form, p) and text[end] == "各":
            return end
    return None


def _place_forms_by_first(notice: Notice) -> dict[str, list[str]]:
    """The forms :func:`place_before_each` tries (each place of the notice, longest first, then
    without its level), in that order, grouped by first character: only those starting with
    the character at a position can start there. An empty form (none expected) would start
    anywhere: then every form is under ``""``, in order. Made once per notice's place list."""
    places = notice.table.places
    made = notice.memo.get("place_forms_by_first")
    if made is not None and made[0] is places:
        return made[1]
    forms = []
    for place in places:
        forms.append(place)
        if len(place) >= 3 and place[-1] in notice.lex.level_chars:
            forms.append(place[:-1])
    by_first: dict[str, list[str]] = {}
    for form in forms:
        by_first.setdefault(form[:1], []).append(form)
    if "" in by_first:
        by_first = {"": forms}
    notice.memo["place_forms_by_first"] = (places, by_first)
    return by_first


def _collective_end(notice: Notice, p: int, end: int, limit: int) -> int:
    """Where the collective read at ``text[p:end]`` ends when a verb of its clause was read
    into it: before a head that is also a verb (组织) after a shorter collective, a verb after
    it (``各有关责任单位组织开展…``; not ``各社会组织开展…``); else ``end``. (A duty verb such as
    负责 never gets in: ``not_in_collective_name`` keeps it out of ``cues.collective``.)"""
    text, cues = notice.text, subject_cues(notice)
    for head in cues.verb_heads:
        short = end - len(head)
        if text.endswith(head, p, end) and cues.collective.fullmatch(text, p, short) and _verb_follows(notice, end, limit):
            return short
    return end


_ACTOR_MAX = 14  # the longest class name read (互联网信息服务提供者 is 10)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _actor_class(notice: Notice, p: int, limit: int) -> SubjectItem | None:
    """A class of actors a rule or plan binds (``资源提供者``, ``测试主体``, ``相关研发企业``,
    ``培训评价组织``): the bodies concerned (相关/有关) or none, then a name ending with an
    actor ending (``actor_class_endings``) and more, opening no clause and with no verb,
    function word or verb of work inside; followed by a modal verb or the list's next item
    (``subject_at`` reads such a list only before a modal verb)."""
    text = notice.text
    cues = subject_cues(notice)
    vague = cues.concerned.match(text, p, limit)
    start = vague.end() if vague else p
    if not vague and (named := _named_class(notice, p, limit)) is not None:
        return named
    run = _HAN_RUN.match(text, start, min(limit, start + _ACTOR_MAX))
    if run is None or cues.actor_bad_start.match(text, start, limit):
        return None
    for last in cues.actor_ending_last.finditer(text, start + 1, run.end()):  # where an actor ending may end
        end = last.end()
        name = text[start:end]
        ending = _actor_ending(cues, name, bool(vague))
        if ending is None:
            continue
        if cues.actor_bad_inside.search(name[: -len(ending)]):
            return None  # 加强行业组织, 督促生产企业: a verb and its object
        if (cues.actor_follow.match(text, end, limit) or _case_then_modal(notice, end, limit)
                or (ending not in cues.verb_heads and _REGARDING_ACT.match(text, end, limit))):  # not 市爱卫办组织对…
            if word_tags().get(dictionary_words(name)[0]) in CLAUSE_START_TAGS:
                return None
            _actor_names(notice).add(text[p:end])
            return SubjectItem(p, end, None, "actor")
    return None


def _class_of_bodies(notice: Notice, item: SubjectItem) -> bool:
    """Is ``item`` a class of bodies (a name read by its actor ending, 结核病防治机构; a class of
    institutions the lexicon names, 医疗机构), which a formal act on a matter binds
    (``X对接种质量进行监督``), where a plain verb does not?"""
    written = item.written or notice.text[item.start : item.end]
    return item.form == "actor" or (item.form == "org" and notice.lex.institution_re.fullmatch(written) is not None)


def _case_at(notice: Notice, q: int, limit: int) -> re.Match[str] | None:
    """The case a subject's modal verb follows at ``q``: a condition (``…的，``, ``对X，``), when
    it acts (``接到通知后，``) or what it finds (``发现可疑病人，``)."""
    text, cues = notice.text, subject_cues(notice)
    return _CONDITION.match(text, q, limit) or cues.when.match(text, q, limit) or cues.found.match(text, q, limit)


def _case_then_modal(notice: Notice, q: int, limit: int) -> bool:
    """Does the body's own act, then a modal verb of its own, follow a class of actors at ``q``
    (``接种点对差错事故，应立即…``, ``卫生组织发现可疑病人，应…``)? Not a condition on the
    class (``申报主体已签订协议的，应…``: who the rule binds, no duty)."""
    text, cues = notice.text, subject_cues(notice)
    case = _REGARDING.match(text, q, limit) or cues.when.match(text, q, limit) or cues.found.match(text, q, limit)
    return case is not None and _bound_by_modal(notice, case.end(), limit)


def _named_class(notice: Notice, p: int, limit: int) -> SubjectItem | None:
    """``企业应…`` after the notice named ``智能网联汽车生产企业应…``: an actor ending alone, bound
    by a modal verb (``企业生产X产品的，应当…``: after the case it binds), is the class of actors
    with that ending the notice named last before it (not one it only concerns: 有关企业);
    with none named, an ending of ``bare_actor_classes`` is a class of its own (企业应当…)."""
    text = notice.text
    cues = subject_cues(notice)
    for n in cues.actor_ending_lens:
        ending, end = text[p : p + n], p + n
        if end >= limit or ending not in cues.actor_ending_set:
            continue
        case = _CONDITION.match(text, end, limit)
        if case and word_tags().get(dictionary_words(text[end : case.end()])[0]) not in VERB_TAGS:
            case = None  # 企业生产X的，应当…: what the class does in the case (not 机构目录调整的，…)
        if not _bound_by_modal(notice, case.end() if case else end, limit):
            continue
        last = next((name for at, name in reversed(_classes_ending(notice, ending)) if at <= p), None)
        if last is not None:
            return SubjectItem(p, end, None, "actor", written=last)
        if ending in cues.bare_actor_classes:
            _actor_names(notice).add(ending)
            return SubjectItem(p, end, None, "actor")
    return None


def _classes_ending(notice: Notice, ending: str) -> list[tuple[int, str]]:
    """(end, name) of every class of actors ending with ``ending`` the notice names as a
    subject (a modal verb after it; not the ones concerned, 相关企业), in text order: read
    once per notice, whatever order the components read its clauses in."""
    memo: dict[str, list[tuple[int, str]]] = notice.memo.setdefault("classes_by_ending", {})
    if ending in memo:
        return memo[ending]
    text = notice.text
    cues = subject_cues(notice)
    found: list[tuple[int, str]] = []
    at = text.find(ending)
    while at >= 0:
        start = at
        while start > 0 and _HAN_RUN.match(text, start - 1, start):
            start -= 1  # the class's name opens its run of characters (after a mark, a space)
        if 0 < at - start <= _ACTOR_MAX and not cues.concerned.match(text, start):
            hit = _actor_class(notice, start, min(len(text), at + len(ending) + 8))
            if hit is not None and hit.end == at + len(ending) and _bound_by_modal(notice, hit.end, len(text)):
                found.append((hit.end, text[start : hit.end]))
        at = text.find(ending, at + len(ending))
    memo[ending] = found
    return found


def _actor_ending(cues: SubjectCues, name: str, vague: bool) -> str | None:
    """The longest actor ending ``name`` ends with (and is more than, unless ``vague``): the
    first of ``cues.actor_endings`` (longest first) that fits, looked up by length."""
    for n in cues.actor_ending_lens:
        if (len(name) > n or (vague and len(name) == n)) and name[-n:] in cues.actor_ending_set:
            return name[-n:]
    return None


def _actor_names(notice: Notice) -> set[str]:
    """The classes of actors read so far in the notice: once a duty names one, it is a body of
    the table, yet still a subject only before a modal verb (申报主体愿意… is no duty)."""
    found: set[str] = notice.memo.setdefault("actor_classes", set())
    return found


def _bound_by_modal(notice: Notice, q: int, limit: int) -> bool:
    """Does a modal verb that is a word of its own open the clause at ``q`` (测试主体应…,
    均应…; not 应用型…, 要求…, nor 将: 企业将… says what happens)?"""
    text = notice.text
    modal = subject_cues(notice).modal.match(text, q, limit)
    if modal is None or modal.group(0) in subject_cues(notice).plan_modals or text[q - 1 : q] == "、":
        return False
    words = dictionary_words(text[q : min(limit, q + 6)])
    if not words or not words[0].startswith(modal.group(0)):
        return bool(words) and len(words[0]) <= len(modal.group(0))
    rest = words[0][len(modal.group(0)) :]
    return not rest or (len(rest) > 1 and word_tags().get(rest) == "d")  # 应立即 (one word to jieba): the modal and an adverb


def _pair_head_re(lex: Lexicon) -> re.Pattern[str]:
    """Two words and one shared organization suffix (``检测和评估机构``)."""
    suffixes = alternation(lex.forms.get("suffixes") or ["机构"])
    return re.compile(rf"([\u4e00-\u9fff]{{2,6}}?)(?:和|或|及|与)([\u4e00-\u9fff]{{2,6}}?)({suffixes})")


def _shared_head_pair(notice: Notice, p: int, limit: int) -> list[SubjectItem] | None:
    """Two bodies written with one shared head (``检测和评估机构``, ``检测或评估机构``): the
    two items, each the notice's body named in full before (``检测机构``, ``评估机构``); else
    None (``城市管理和综合执法局`` is one body)."""
    m = notice.lex.memo(_pair_head_re).match(notice.text, p, limit)
    if m is None:
        return None
    head = m.group(3)
    first, second = m.group(1) + head, m.group(2) + head
    if notice.table.find(m.group(0), by_kind=False) or not (
            notice.table.find(first, by_kind=False) and notice.table.find(second, by_kind=False)):
        return None
    return [SubjectItem(p, m.end(), None, "org", written=first), SubjectItem(p, m.end(), None, "org", written=second)]


def _office_of_known(notice: Notice, p: int, end: int, limit: int, in_list: bool) -> tuple[int, int] | None:
    """A sub-body named by a known body's name and one organization suffix (``爱卫会办公室``,
    ``领导小组办公室`` after ``爱卫会`` was defined as a short form): its end and the end of its
    alias note, when a subject's verb follows it."""
    suffixes = suffix_words(notice)
    if not any(e > end and notice.text[end:e] in suffixes for e in unlisted_name_ends(notice, p, limit)):
        return None  # (no name read by its ending goes on past ``end`` by one suffix: nothing to read)
    hit = _unlisted_item(notice, p, limit, in_list)
    if hit is None or hit[0] <= end or notice.text[end : hit[0]] not in suffix_words(notice):
        return None
    return hit


def _field_department(notice: Notice, q: int, limit: int) -> tuple[int, int] | None:
    """The end of a department named by its field's short name (ending at ``q``) and a
    department suffix (工业和信息化部, 住房和城乡建设厅: a field whose name holds 和, which no
    name read by its ending may), not a department type (工业和信息化部门)."""
    text = notice.text
    cues = subject_cues(notice)
    if cues.dept_tail.match(text, q, limit):
        return None
    for suffix in sorted(cues.department_suffixes, key=len, reverse=True):
        if text.startswith(suffix, q) and q + len(suffix) <= limit:
            return q + len(suffix), q + len(suffix)
    return None


def _joined_fields_department(notice: Notice, q: int, limit: int) -> tuple[int, int] | None:
    """The end of one department named by two fields joined by 和 (``林业和园林局``,
    ``城市管理和综合执法局``: the field's short name ends at ``q``, the second field has no
    separator in it and ends in a department suffix at once)."""
    text = notice.text
    if not text.startswith("和", q):
        return None
    m = _SECOND_FIELD.match(text, q + 1, limit)
    if m is None:
        return None
    for k in range(q + 3, m.end()):  # the first department suffix after two characters at least
        end = _field_department(notice, k, limit)
        if end is not None:
            return end
    return None


_SECOND_FIELD = re.compile("[\u4e00-\u9fff]{2,8}")


def _joined_to_named(notice: Notice, p: int, limit: int) -> tuple[int, int] | None:
    """A government or party committee no lexicon lists at ``p`` opening a subject
    (``joined_first_ends``, not a verb's object: ``动员当地政府及…``), then 和/及 and a body the
    notice names (``县委和县政府要…``, ``当地政府及有关部门要…``): the first of the list, whose
    modal verb the list's reading then asks for. Its end and the end of its alias note."""
    cues = subject_cues(notice)
    hit = unlisted_org_at(notice, p, limit, cues.and_word)
    name = notice.text[p : hit[0]] if hit else ""
    if (not name.endswith(cues.joined_first_ends) or starts_with_verb(name)
            or dictionary_words(name)[0] in cues.action_verbs):
        return None
    conj = cues.and_word.match(notice.text, hit[1], limit) if hit else None
    nxt = _item_at(notice, conj.end(), limit, True) if conj else None
    return hit if nxt is not None and nxt.form == "org" else None


def _unlisted_item(notice: Notice, p: int, limit: int, in_list: bool) -> tuple[int, int] | None:
    """A body no lexicon lists at ``p``: followed by a modal or duty verb (or a list
    separator), or a department's name by its form followed by any verb (国家中医药局印发…,
    民政部指导…). Its end and the end of its alias note."""
    if not may_name_unlisted(notice, p, limit):
        return None  # (no name to try the three patterns after)
    cues = subject_cues(notice)
    hit = unlisted_org_at(notice, p, limit, cues.sep_or_verb if in_list else cues.first_follow)
    if hit:
        return hit
    hit = None if in_list else _joined_to_named(notice, p, limit)
    if hit:
        return hit  # 县委和县政府要…: the first of two bodies joined by 和
    hit = unlisted_org_at(notice, p, limit, cues.when)
    if hit and not in_list:
        return hit  # 省级应急指挥部接到通知后，要立即…
    hit = unlisted_org_at(notice, p, limit, cues.found)
    if hit:
        return hit  # 接种单位发现可疑疫苗，应当立即…
    hit = unlisted_org_at(notice, p, limit, cues.governing_word)
    if hit and governs(notice, hit[1], limit):
        return hit  # 建设部主管全国城市饮用水卫生管理工作
    hit = unlisted_org_at(notice, p, limit, cues.under_lead) if not in_list else None
    if hit and not cues.mechanism_end.search(notice.text, p, hit[0]):
        return hit  # 各级殡葬管理处在同级民政部门的领导下，负责…: the body acts under another's lead
    hit = unlisted_org_at(notice, p, limit, _DESIGNATED) if not in_list else None
    if hit:
        return hit  # 白河市血液中心是本市供血机构，负责…; 地方人民政府是…的责任主体，要…
    hit = unlisted_org_at(notice, p, limit, _ANYTHING)
    if hit and _department_name(notice, notice.text[p : hit[0]]) and _verb_follows(notice, hit[1], limit):
        return hit
    return None


def _second_list(notice: Notice, items: list[SubjectItem], p: int, limit: int) -> tuple[list[SubjectItem], int] | None:
    """The items of a second list joined to a closed one (``…等有关部门及工、青、妇等社会团体``)
    and where it ends, when the second list is closed by its own tail too."""
    text = notice.text
    cues = subject_cues(notice)
    more: list[SubjectItem] = []
    run = cues.abbreviation_run.match(text, p, limit)
    if run:
        more = _abbreviated_items(cues, text, run)
        p = run.end()
    else:
        while p < limit:
            item = _item_at(notice, p, limit, True)
            if item is None or item.form == "bare":
                break
            unit = cues.unit_kind.match(text, item.end, limit) if item.form == "short" else None
            if unit:  # …等有关部门以及扶贫机构: the field's bodies, named by their class word
                item = item._replace(end=unit.end(), form="unlisted")
            more.append(item)
            p = item.end
            if p < limit and text[p] == "、":
                p += 1
                continue
            break
    if not more or not (cues.list_tail.match(text, p, limit) or all(it.form in ("org", "collective", "unlisted") for it in more)):
        return None  # 及各乡镇要… / 及工、青、妇等社会团体要…
    return items + more, p


def _abbreviated_items(cues: SubjectCues, text: str, run: re.Match[str]) -> list[SubjectItem]:
    """One item per body of a run of one-character abbreviations (``工、青、妇``)."""
    return [SubjectItem(k, k + 1, None, "named", written=cues.abbreviated[text[k]])
            for k in range(run.start(), run.end()) if text[k] != "、"]


def _counterpart_item(notice: Notice, item: SubjectItem, p: int, limit: int) -> SubjectItem | None:
    """The body in parentheses right after ``item`` when it is the item's counterpart in town
    or country (``村委会（街道办事处）``), not another name of it."""
    text = notice.text
    close = text.find("）", p, min(limit, p + 16)) if p < limit and text[p] == "（" else -1
    if close < 0 or not counterpart(notice, text[item.start : item.end], text[p + 1 : close]):
        return None
    alt = _item_at(notice, p + 1, close, True)
    return alt if alt is not None and alt.end == close else None


def is_same_below_note(notice: Notice, clause: str) -> bool:
    """Is the clause only a note that what precedes holds for the rest (``下同``, ``以下同``)?"""
    return subject_cues(notice).same_below_clause.match(clause) is not None


def _level_note(notice: Notice, p: int, limit: int) -> int | None:
    """End of ``（乡）`` / ``（街、场）`` at ``p``: brackets holding only levels of place (a
    counterpart head or a level of government, one character each), the levels the name
    before them also covers (``各街道办事处（乡）``, ``各村（居）委会``)."""
    text = notice.text
    m = _LEVEL_NOTE.match(text, p, limit)
    if m is None:
        return None
    levels = set(notice.lex.level_chars) | {h for h in notice.lex.cue("counterpart_heads") if len(h) == 1}
    return m.end() if all(ch in levels for ch in m.group(1).replace("、", "")) else None


_LEVEL_NOTE = re.compile(r"（([\u4e00-\u9fff](?:、[\u4e00-\u9fff]){0,2})）")
_INNER_NOTE = re.compile(r"([\u4e00-\u9fff]{1,2})(?=（[\u4e00-\u9fff](?:、[\u4e00-\u9fff]){0,2}）)")


def _inner_level_note(notice: Notice, p: int, limit: int) -> int | None:
    """End of a body's name at ``p`` written with its counterparts in brackets inside it
    (``村（居）委会``, ``社区（村）居委会``: 村委会 and 居委会; ``counterpart_heads``): the name without
    the note is a body the notice or a lexicon knows, and goes on past it."""
    text = notice.text
    m = _INNER_NOTE.match(text, p, limit)
    note = _LEVEL_NOTE.match(text, m.end(), limit) if m else None
    if m is None or note is None or text.startswith("各", p):
        return None  # (各村（居）委会: a collective, read as one)
    if not all(ch in notice.lex.cue("counterpart_heads") for ch in note.group(1).split("、")):
        return None  # 县（区）人民政府: another level of government, not the counterpart of a community
    after = note.end()
    joined = m.group(1) + text[after:limit]
    end = org_at(notice, joined, 0, len(joined))
    return after + end - len(m.group(1)) if end is not None and end > len(m.group(1)) else None


def _other_name(notice: Notice, p: int, limit: int) -> int | None:
    """End of ``（卫生防疫站）`` at ``p`` when the brackets hold one body's name (another name of
    the body before them, as in 疾病预防控制中心（卫生防疫站）)."""
    text = notice.text
    if p >= limit or text[p] != "（":
        return None
    close = text.find("）", p, min(limit, p + 18))
    if close < 0:
        return None
    inner = text[p + 1 : close]
    known = org_at(notice, text, p + 1, close) == close
    return close + 1 if known or (looks_like_org(inner, notice) and "、" not in inner) else None


_FIELD_NOTE = re.compile(r"（([\u4e00-\u9fff]{2,6})）")


def _field_note(notice: Notice, item: SubjectItem, p: int, limit: int) -> int | None:
    """End of ``（畜牧兽医）`` at ``p`` after a department type (``农业农村（畜牧兽医）部门``): a
    field's other name in brackets, followed by the list's next item or its 部门."""
    if item.form not in ("short", "dept", "bare"):
        return None
    m = _FIELD_NOTE.match(notice.text, p, limit)
    if m is None or subject_cues(notice).bare_bad.search(m.group(1)) or starts_with_verb(m.group(1)):
        return None
    after = m.end()
    cues = subject_cues(notice)
    if cues.dept_tail.match(notice.text, after, limit) or notice.text[after : after + 1] == "、" or cues.conj.match(
            notice.text, after, limit):
        return after
    return None


def _any_body(notice: Notice, written: str) -> bool:
    """各单位, 各有关部门, 成员单位: every body addressed, no particular one."""
    m = re.fullmatch(rf"(?:各级|各有关|各相关|各|有关|相关)?(.*?)(?:{notice.lex.cue_re('unit_kinds')})", written)
    return m is not None and (not m.group(1) or not_a_stem(notice, m.group(1)))


def generic_collective(notice: Notice, item: str) -> bool:
    """各地区, 各部门, 各有关部门, 相关部门 (not 各镇人民政府: a collective of named bodies)."""
    return area_collective(notice, item) or notice.lex.institutions.get(item, {}).get("kind") == "各部门"


def area_collective(notice: Notice, item: str) -> bool:
    """各地, 各地区: every place addressed."""
    return item in notice.lex.bodies.get("area_collectives", ())


def _joined_each_collectives(notice: Notice, items: list[SubjectItem]) -> list[SubjectItem]:
    """``各地区、各部门``, ``各地、各有关部门``: every place and every department addressed
    together, one collective (as in a task marker, ``tasks.marker_units``)."""
    text = notice.text
    out: list[SubjectItem] = []
    for item in items:
        prev = out[-1] if out else None
        if (prev is not None and text[prev.start] == "各" and text[item.start] == "各" and item.start == prev.end + 1
                and text[prev.end] == "、" and generic_collective(notice, text[prev.start : prev.end])
                and generic_collective(notice, text[item.start : item.end])):
            out[-1] = SubjectItem(prev.start, item.end, None, "collective")
            continue
        out.append(item)
    return out


def joined_collectives(notice: Notice, text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """``相关部门及各地区``, ``各部门和各地区``: two collectives joined by a conjunction."""
    for m in subject_cues(notice).conj.finditer(text, a, b):
        if generic_collective(notice, text[a : m.start()]) and generic_collective(notice, text[m.end() : b]):
            return [(a, m.start()), (m.end(), b)]
    return None


def listed_then_collective(notice: Notice, text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``公安部等国务院相关部门``: a body, then the collective of its peers the list's 等 names
    with their host (``国务院``, a national prefix), two spans; any other piece one span
    (``X等有关部门``, a bare collective, stays the body: the vague partner is clutter)."""
    k = text.rfind("等", a, b)
    if k <= a + 1:
        return [(a, b)]
    host = subject_cues(notice).national.match(text, k + 1, b)
    if host and generic_collective(notice, text[host.end() : b]):
        return [(a, k), (k + 1, b)]
    return [(a, b)]


def not_a_stem(notice: Notice, stem: str) -> bool:
    """``职能部门``/``主管部门``/``牵头部门`` name no department type."""
    return stem in subject_cues(notice).not_stems


_FIELD_MAX = 10  # the longest field read after a national prefix (住房和城乡建设 is 7)


def _national_department(notice: Notice, p: int, limit: int) -> SubjectItem | None:
    """``国务院工业和信息化主管部门``: a national prefix, a field the lexicon knows (和 inside it)
    and a department's tail, one national department named whole."""
    text, cues = notice.text, subject_cues(notice)
    nat = cues.national.match(text, p, limit)
    run = _HAN_RUN.match(text, p, limit)
    if nat is None or run is None:
        return None
    for k in range(min(run.end(), nat.end() + _FIELD_MAX), nat.end(), -1):
        tail = cues.dept_tail.match(text, k, limit)
        if tail and _national_field(notice, text[p:k]):
            return SubjectItem(p, tail.end(), None, "org")
    return None


def _national_field(notice: Notice, stem: str) -> bool:
    """Is ``stem`` a national prefix and a field a lexicon knows (``国务院环境保护``, before a
    department's tail)? Then it names the one national department of that field, not the
    field's departments everywhere (no place of the notice goes before it)."""
    nat = subject_cues(notice).national.match(stem)
    return bool(nat and nat.end() < len(stem) and stem_kind(notice, stem[nat.end() :]))


def stem_kind(notice: Notice, stem: str) -> str | None:
    """The kind of a department type (工商行政管理 -> 工商 -> 市场监管)."""
    short = notice.lex.kind_of_short
    for cand in (stem, re.sub("(?:行政管理|行政|管理)$", "", stem)):
        if cand in short:
            return short[cand]
    return notice.lex.kind_of(stem + "局") if stem else None


def subject_at(notice: Notice, pos: int, limit: int, asked: bool = False) -> tuple[list[SubjectItem], int] | None:
    """A subject list followed by a modal or duty verb at ``pos`` (``公安、司法行政部门要``,
    ``各级卫生、教育部门要``, ``省级医保部门在…推进``, ``经贸、建设等部门按照各自职责协助``), or
    fields sharing one class's head (``城镇街道、乡村卫生组织发现…，应…``): the items and where
    the verb starts. None for a subject under a universal determiner (``任何行政机关不得…``)."""
    if _universal_subject(notice, pos, limit):
        return None
    return _class_list(notice, pos, limit) or _subject_list_at(notice, pos, limit, asked) or _shared_head_list(notice, pos, limit)


def _universal_subject(notice: Notice, pos: int, limit: int) -> bool:
    """Does the subject at ``pos`` open with, or follow, a universal determiner (``任何部门``,
    ``一切单位和个人``)? What it must do binds whoever it is: a general rule, no body's duty."""
    universal = subject_cues(notice).universal
    return bool(universal.match(notice.text, pos, limit)
                or any(universal.fullmatch(notice.text, max(0, pos - n), pos) for n in (1, 2)))


def _class_list(notice: Notice, pos: int, limit: int) -> tuple[list[SubjectItem], int] | None:
    """Things listed and the class of bodies they name, opening a sentence before a modal or
    duty verb (``广播、电视、报纸等媒体应当…``): one body, the class, named by the whole list
    (its head, ``媒体``, another written form). Not after a comma (``…，利用电台、电视等媒体，开展…``:
    what a body uses), nor a list opening with a verb; bodies listed (``电视台、报社等媒体``) are
    the class too, as a field's name (``广播电视``, a department type elsewhere) is one of the things."""
    text, cues = notice.text, subject_cues(notice)
    if text[pos - 1 : pos] in ("，", ","):
        return None
    m = cues.class_list.match(text, pos, limit)
    if m is None or not cues.strict_follow.match(text, m.end(), limit):
        return None
    for thing in re.split("[、和及]", text[pos : m.start(1) - 1]):
        first = dictionary_words(thing)[0]  # (a word no tag is known of is a noun: 互联网, not 互联|网)
        if cues.bare_bad.search(thing) or word_tags().get(first) in CLAUSE_START_TAGS:
            return None
    return [SubjectItem(pos, m.end(), None, "unlisted", alias=m.group(1))], m.end()


def _shared_head_re(lex: Lexicon) -> re.Pattern[str]:
    """Fields joined by 、/和/及, the last one written with a class's head (``shared_class_heads``)."""
    field = r"[\u4e00-\u9fff]{2,6}"
    return re.compile(
        rf"(?:各级各类|各级|各类)?((?:{field}(?:、|和|及))+)({field}?)"
        rf"({lex.cue_re('shared_class_heads')})，?")


def _shared_head_list(notice: Notice, pos: int, limit: int) -> tuple[list[SubjectItem], int] | None:
    """Fields sharing the head of a class of bodies written once after the last
    (``城镇街道、乡村卫生组织``: 城镇街道 is the 城镇街道卫生组织, what follows the last field's
    first word shared; ``疾病预防控制、卫生监督、医疗机构``,
    ``爱卫及卫生部门``), then what the class finds or a modal verb of its own: one item per
    field, each field alone its written form (a department type's stem for 部门); fields joined
    by 和/及 only before 部门. Only where no
    field is a body, a verb or a word no department's stem holds, read when no other subject
    list is."""
    text, cues = notice.text, subject_cues(notice)
    m = notice.lex.memo(_shared_head_re).match(text, pos, limit)
    if m is None:
        return None
    q = m.end()
    case = _case_at(notice, q, limit)
    if not _bound_by_modal(notice, case.end() if case else q, limit):
        return None
    head = m.group(3)
    if head != "部门" and re.search("[和及]", m.group(1)):
        return None  # 检测和评估机构: two classes only when named before (_shared_head_pair), or one
    fields = [(f.start() + m.start(1), f.group(0)) for f in re.finditer(r"[^、和及]+", m.group(1))]
    fields.append((m.start(2), text[m.start(2) : m.start(3)]))
    if any(cues.bare_bad.search(f) or starts_with_verb(f) or not_a_stem(notice, f)
           or org_at(notice, text, at, at + len(f)) is not None for at, f in fields):
        return None
    end = case.end() if case else q
    if head == "部门":  # 爱卫及卫生部门: a field no department type names first (医保、… is for their own reader)
        if any(notice.lex.short_re.fullmatch(f) for _, f in fields[:-1]):
            return None
        return [SubjectItem(at, at + len(f), stem_kind(notice, f), "dept") for at, f in fields], end
    last_at, last = fields[-1]
    shared = "".join(dictionary_words(last)[1:]) + head  # 乡村|卫生组织: after the last field's first word
    items = [SubjectItem(at, at + len(f), None, "unlisted", written=f + shared, alias=f) for at, f in fields[:-1]]
    items.append(SubjectItem(last_at, m.end(3), None, "unlisted", written=last + head))
    return items, end


def requested_at(notice: Notice, pos: int, limit: int, line_start: int | None = None) -> int | None:
    """Where the body asked to act starts: when a subject list at ``pos`` asks it (``A要求B加强…``,
    ``A、B责成C…``: B and C are asked, A states no duty of its own), or, given the start of
    ``pos``'s line, when a request word opens the clause at ``pos`` with no subject before it
    (``…，请X…`` after a comma or a sentence's end; ``。责成X…`` only opening a sentence: after a
    comma 要求 is the verb of the clause's own subject, ``X可以与Y沟通，要求Y及时修改``).

    One reader of both ways of asking; ``find_subject_duties`` asks for the list first, then for
    the opening word only after a report's words (``要求X…`` opening a sentence is reported
    speech before it is a request)."""
    cues = subject_cues(notice)
    hit = _subject_list_at(notice, pos, limit, False, requests=True)
    if hit is not None:
        m = cues.request_after.match(notice.text, hit[1], limit)
        if m:
            return m.end()
    if line_start is None:
        return None
    text = notice.text
    before = text[line_start:pos].rstrip(" \u3000")
    last = before[-1] if before else "。"
    opening = cues.request_after.match(text, pos, limit) if last in "。；;" else None
    opening = opening or (cues.request_word.match(text, pos, limit) if last in "。；;，," else None)
    return opening.end() if opening else None


_LAST_LIST = "last_subject_list"  # key of ``Notice.memo``: what ``requested_at`` would answer at the last list read

_Request = tuple[tuple[int, int, tuple[int, int, object]], "tuple[list[SubjectItem], int] | None"]


def _read_state(notice: Notice) -> tuple[int, int, object]:
    """What a list read depends on besides the text and the lexicon that may change while a
    notice is read: the classes of actors read so far (a set that only grows), the table's
    written forms (``OrgTable.changes``, a count that only grows), the notice's issuer (我部…)."""
    return len(_actor_names(notice)), notice.table.changes, notice.meta.get("issuer")


def _subject_list_at(notice: Notice, pos: int, limit: int, asked: bool, requests: bool = False
                     ) -> tuple[list[SubjectItem], int] | None:
    """:func:`subject_at`'s subject list of bodies (or of classes of them) named each in full;
    with ``requests``, only a list that asks another body to act (``A要求B…``), up to its request word.

    A read without ``requests`` (nor ``asked``) also keeps what one with ``requests`` would
    answer at the same place (the two differ only after the request word is looked for), with
    the read's state then: ``requested_at`` asked next at that place, in the same state, takes
    it instead of reading the list again (``find_subject_duties`` asks both at most clauses)."""
    memo = notice.memo
    if requests and not asked:
        last: _Request | None = memo.get(_LAST_LIST)
        if last is not None and last[0] == (pos, limit, _read_state(notice)):
            return last[1]
    memo.pop(_LAST_LIST, None)
    request: list[_Request] = []
    found = _read_subject_list(notice, pos, limit, asked, requests, request)
    if not (asked or requests):
        # none kept: the read ended before the request word, where a read with ``requests`` ends too
        memo[_LAST_LIST] = request[0] if request else ((pos, limit, _read_state(notice)), None)
    return found


_GOVERNMENT_WORD = re.compile(f"人民{_GOVERNMENT}|{_GOVERNMENT}")
_CLAUSE_END = re.compile(r"[，。；：,;:]")


def _government_fields_at(notice: Notice, qm: re.Match[str], limit: int,
                          item_at: Callable[[int, int, bool], SubjectItem | None]) -> int | None:
    """Where a list of fields starts after one level's government (``县人民政府公安、司法、
    财政等有关部门``): the fields are that government's departments, the level their
    qualifier as in ``县公安、司法等部门``; only a list (a field, then ``、``) closed by
    ``等（有关）部门`` (``cues.list_tail``, inside the clause)."""
    text = notice.text
    if len(qm.group(0)) != 1:
        return None
    gov = _GOVERNMENT_WORD.match(text, qm.end(), limit)
    nxt = item_at(gov.end(), limit, True) if gov else None
    if gov is None or nxt is None or nxt.form not in ("short", "bare") or text[nxt.end : nxt.end + 1] != "、":
        return None
    stop = _CLAUSE_END.search(text, nxt.end, limit)
    closed = subject_cues(notice).list_tail.search(text, nxt.end, stop.start() if stop else limit)
    return gov.end() if closed else None


def _read_subject_list(notice: Notice, pos: int, limit: int, asked: bool, requests: bool, request: list[_Request]
                       ) -> tuple[list[SubjectItem], int] | None:
    """:func:`_subject_list_at`'s reading; ``request`` gets what a read with ``requests`` answers,
    and the state then, when the read gets as far as the request word."""
    text = notice.text
    cues = subject_cues(notice)
    qual = _qualifier_re(notice)
    read: dict[tuple[int, bool], SubjectItem | None] = {}

    def item_at(at: int, upto: int, in_list: bool) -> SubjectItem | None:
        """``_item_at``, read once per position (the list is read ahead of the loop, then in it)."""
        key = (at, in_list)
        if key not in read:
            read[key] = _item_at(notice, at, upto, in_list)
        return read[key]

    if _opens_with_partner(notice, pos, limit):
        return None  # …负责监管，会同国务院有关部门制定标准: the partner of the subject before, not a subject
    quals: list[str] = []
    p = pos
    every = _EVERY.match(text, p, limit)
    if every:
        first = item_at(every.end(), limit, False)
        if first is not None and first.form in ("org", "unlisted", "collective"):
            p = every.end()  # 所有粮食经营企业都要…: the class itself
    others = _OTHER.match(text, p, limit)
    if others:
        first = item_at(others.end(), limit, False)
        inst = notice.lex.institutions.get(text[first.start : first.end], {}) if first is not None and first.form == "org" else {}
        if inst and not inst.get("collective"):
            p = others.end()  # 其他医疗机构…: the class the lexicon names (not 其他相关部门: the bodies concerned)
    placed = place_before_each(notice, p, limit)
    qm = qual.match(text, placed if placed is not None else p, limit) if qual else None
    if qm and placed is not None and not qm.group(0).startswith("各"):
        qm = None  # 湖北各地教育、卫生部门要…: the departments at each place of 湖北 (the place is the qualifier's)
    if qm and placed is None and (fields := _government_fields_at(notice, qm, limit, item_at)) is not None:
        # 县人民政府公安、司法等有关部门: the government's departments, its level the qualifier
        quals = _levels(notice, qm.group(0))
        p = fields
    elif qm and qm.end() < limit:
        nxt = item_at(qm.end(), limit, True)
        if nxt and nxt.form == "short" and not (cues.dept_tail.match(text, nxt.end, limit) or _LIST_SEP.match(text, nxt.end, limit)):
            nxt = None  # 各地组织医院…: a verb that is also a short name, with no 部门 after it
        plain = item_at(p, limit, False)
        # 省级医保部门: the qualifier is no part of a known name (县卫健局 is one name)
        if nxt and nxt.form != "redacted" and not (plain and plain.form in ("org", "collective", "unlisted", "qualified")
                                                      and plain.end >= nxt.end):
            quals = _levels(notice, qm.group(0))
            if placed is not None:
                quals = [text[p:placed] + q for q in quals]
            p = qm.end()
    items: list[SubjectItem] = []
    bare = False
    while p < limit:
        pair = _shared_head_pair(notice, p, limit)
        if pair is not None:  # 检测和评估机构: 检测机构 and 评估机构, both named before
            items.extend(pair)
            p = pair[-1].end
            if p < limit and text[p] == "、":
                p += 1
                continue
            break
        run = cues.abbreviation_run.match(text, p, limit) if items else None
        if run:  # …及工、青、妇等社会团体
            items.extend(_abbreviated_items(cues, text, run))
            p = run.end()
            break
        item = item_at(p, limit, bool(items or quals))
        if item is None:
            break
        if item.form == "short" and not cues.dept_tail.match(text, item.end, limit):
            second = item_at(item.end, limit, True)
            if (second is not None and second.form == "short" and cues.dept_tail.match(text, second.end, limit)
                    and not cues.bare_bad.search(text, item.start, second.start)):
                # 宣传教育部门: two fields run together, one department (not 组织|疾控部门: a verb and its object)
                item = item._replace(end=second.end)
        bare = bare or item.form == "bare"
        items.append(item)
        p = item.end
        if item.form == "dept":
            p = cues.dept_tail.match(text, p, limit).end()  # type: ignore[union-attr]
        elif item.form in ("short", "org"):
            t = cues.dept_tail.match(text, p, limit)
            if t and p + len(t.group(0)) < limit and cues.conj.match(text, t.end()) or (t and text[t.end() : t.end() + 1] == "、"):
                p = t.end()  # 卫生部门、公安部门 / 畜牧兽医部门或者…
        noted = alias_note_end(notice, p, limit)
        if noted:  # 爱国卫生运动委员会（以下简称爱卫会）
            note, p = noted
            items[-1] = item._replace(alias=item.alias if item.alias and item.alias.endswith(note) else note)
        alt = _counterpart_item(notice, item, p, limit)
        if alt is not None:  # 村委会（街道办事处）: the counterpart in town is a subject too
            items.append(alt)
            p = alt.end + 1
        elif (level := _level_note(notice, p, limit)) is not None:  # 各街道办事处（乡）: the level it also covers
            items[-1] = items[-1]._replace(end=level)
            p = level
        elif text.startswith(("（单位）", "（部门）"), p) and text[p - 2 : p] in ("部门", "单位"):
            p += 4  # 有关部门（单位）: the same bodies
        elif same := subject_cues(notice).same_below.match(text, p, limit):  # 各镇（街、场，下同）: a note on what the name covers
            p = same.end()
        elif not noted and items[-1].form in ("org", "collective", "qualified", "unlisted"):
            other = _other_name(notice, p, limit)
            if other is not None:  # 各级疾病预防控制中心（卫生防疫站）: the body's other name
                items[-1] = items[-1]._replace(alias=notice.text[p + 1 : other - 1])
                p = other
        elif (field := _field_note(notice, items[-1], p, limit)) is not None:
            p = field  # 农业农村（畜牧兽医）部门: the field's other name, inside the department type
        if p < limit and text[p] == "、":
            p += 1
            continue
        m = cues.conj.match(text, p, limit)
        nxt_item = item_at(m.end(), limit, True) if m else None
        if m and nxt_item and (m.group(0) != "与" or nxt_item.form in ("org", "short")):
            joined = _joined_fields(notice, items[-1], m.group(0), nxt_item)
            if joined is not None:  # 劳动和社会保障、人事: one field with 和 inside, the list goes on
                items[-1] = joined
                p = joined.end + 1
                continue
            p = m.end()  # X与Y共同…: Y is a partner unless named as a body
            continue
        break
    if not items or all(it.kind == "?" for it in items):
        return None
    items = _joined_each_collectives(notice, items)
    tail = cues.list_tail.match(text, p, limit)
    g = tail or cues.group_word.match(text, p, limit)
    q = g.end() if g else p
    conj = cues.conj.match(text, tail.end(), limit) if tail else None
    if conj:  # 卫生、公安等有关部门及工、青、妇等社会团体要…: a second list after the first one's tail
        more = _second_list(notice, items, conj.end(), limit)
        if more is not None:
            items, p = more
            tail = cues.list_tail.match(text, p, limit)
            g = tail or cues.group_word.match(text, p, limit)
            q = g.end() if g else p
    short_note = alias_note_end(notice, q, limit) if g and g.end() > p and len(items) == 1 else None
    if short_note:  # 市环境保护行政主管部门（以下简称市环保部门）负责…: the note after the type's tail
        items[0] = items[0]._replace(alias=short_note[0])
        q = short_note[1]
    collective = _COLLECTIVE_NOTE.match(text, q, limit)
    if collective:  # A、B、C（以下统称X）应当…: the name of them all, no other name of the last one
        q = collective.end()
    if bare and not tail and not (items[-1].form == "short" and g and g.group(0).endswith("部门")):
        return None  # unknown department types only in a list closed by 等部门 or by a known type's 部门
    sub = _SUBORDINATES.match(text, q, limit)
    if sub:  # 卫生部门及其下属疾控和医疗等专业机构，要…: the body's own institutions go with it
        q = sub.end()
    if q < limit and text[q] == "，" and (q > p or sub or (quals and cues.modal.match(text, q + 1, limit))
                                         or _comma_then_charge(notice, pos, items, q, limit)):
        q += 1  # 等各有关部门，要… / 各有关地方A、B部门，要…: a qualified list, a comma before its modal verb
    lead = cues.leader.match(text, q, limit)
    answers = _FIRST_RESPONSIBLE.match(text, lead.end(), limit) if lead else None
    if lead and items[-1].form != "bare" and (cues.modal.match(text, lead.end(), limit) or (
            answers and cues.strict_follow.match(text, answers.end(), limit))):
        q = answers.end() if answers else lead.end()  # 县人民政府主要领导要带队…: the body's leaders act for it
    elif lead and _NAME_ONLY.match(text, lead.end(), limit):
        return None  # 县禁毒办负责人张某某，…: the body's head and a name, a person, not the body at work
    c = _case_at(notice, q, limit)
    if c:
        q = c.end()
    actors = _actor_names(notice)
    if (any(it.form == "actor" or text[it.start : it.end] in actors for it in items) and not _bound_by_modal(notice, q, limit)
            and not _REGARDING_ACT.match(text, q, limit)):
        return None  # a class of actors is bound only by a modal verb (测试主体应…), not 企业将…
    if all(it.form == "actor" for it in items) and cues.requirement.match(text, q, limit):
        return None  # 非法人社团还应有固定的地点: what the class must have, a requirement, no duty
    strong = len(items) > 1 or quals or items[0].form in ("org", "qualified", "collective") or (g and g.end() > p)
    if len(items) > 1 and all(it.form == "unlisted" for it in items) and not cues.strict_follow.match(text, q, limit):
        strong = False
    follow = _broad_follow(notice) if strong else cues.strict_follow
    asks = cues.request_after.match(text, q, limit)
    if not (asked or requests):
        request.append(((pos, limit, _read_state(notice)), (list(items), q) if asks else None))
    if asks:
        return (items, q) if requests else None  # A要求B加强…: the duty is B's (requested_at)
    if requests:
        return None
    if cues.heads.match(text, q, limit):
        return None  # A、B负责人为成员: the units' heads are a body's members, no duty
    if text.startswith("要", q) and word_tags().get(text[q : q + 2], "").startswith("n"):
        return None  # 卫计要闻|…: a news column's name (要闻, 要点), 要 no modal verb
    members = all(text[it.start : it.end] in cues.obligation_collectives for it in items)
    if members:
        follow = cues.strict_follow  # 各成员单位按照职责分工…: the members' general obligation, not a duty frame
    elif cues.own_part.match(text, _after_basis(cues, text, q, limit), limit):
        follow = cues.strict_follow  # 各有关部门按照职责分工，各司其职: each does its part, no duty frame
    if all(cues.pilot_collective.fullmatch(text, it.start, it.end) for it in items):
        follow = cues.strict_follow  # 试点城市在…取得进展: what the pilots achieve, not a duty; 试点城市要…: one
    if asked and not cues.modal.match(text, q, limit):  # 请各市、区政府结合…: the request makes any verb a duty frame
        if not re.match(r"[\u4e00-\u9fff]", text[q : q + 1]) or any(
                it.form in ("bare", "redacted") or _any_body(notice, text[it.start : it.end]) for it in items):
            return None  # 请各单位认真抓好落实: a general request to everyone, no duty
    elif not (cues.strict_follow.match(text, _after_own_remit(cues, text, q, limit), limit)
              or (not members and q < _after_own_remit(cues, text, q, limit)  # X依职责管理指导…
                  and _verb_follows(notice, _after_own_remit(cues, text, q, limit), limit))
              or governs(notice, q, limit)
              or (len(items) > 1 and _REMIT_LABEL.match(text, q, limit))  # A、B等部门的职责是…
              or cues.lead_role.match(text, q, limit)
              or cues.designation.match(text, q, limit)
              or (cues.under_lead.match(text, q, limit)  # X在Y的领导下，负责… (a mechanism's remit is remit's)
                  and not any(cues.mechanism_end.search(text, it.start, it.end) for it in items))
              or (_REGARDING_ACT.match(text, q, limit) and all(_class_of_bodies(notice, it) for it in items))
              or cues.predicate_adverb.match(text, q, limit)
              or follow.match(text, q, limit)
              or cues.modal.match(text, _after_time(notice, text, q, limit), limit)  # X部门每年要…
              or (cues.by_date.match(text, q, limit) and all(  # a named body or 各省份, not 各学校
                  (it.form in ("org", "unlisted") and text[it.start] != "各")
                  or (it.form == "collective" and _acting_body(notice, it, False)) for it in items))
              or (all(_acting_body(notice, it, g is not None and g.end() > p) for it in items)
                  and text[pos - 1 : pos] not in ("：", ":")  # 计算方法：医院接受…: a label's value
                  and _verb_follows(notice, _after_step(cues, text, _after_basis(cues, text, _after_time(notice, text, q, limit), limit), limit), limit))):
        return None
    if (not (cues.modal.match(text, q, limit) or _REGARDING_ACT.match(text, q, limit) or _REMIT_LABEL.match(text, q, limit))
            and _relative_clause(notice, q, limit)):
        return None  # 县卫健局制定的方案要…: what the body made is the subject
    if q == p and items[-1].form == "short":
        return None  # a bare short name needs 部门/单位 (公安要… is not a subject)
    if bare and tail and "部门" not in tail.group(0):
        items = [it._replace(form="named") if it.form == "bare" else it for it in items]  # 社区等基层组织
    if quals:
        items = _qualify(text, quals, items, g.group(0) if g else "")
    return items, q


def _comma_then_charge(notice: Notice, pos: int, items: list[SubjectItem], q: int, limit: int) -> bool:
    """A body named in full opening its sentence, then a comma and its charge (``县级以上人民政府
    卫生行政主管部门，负责…``, an article's way of writing it): the comma is no end of the
    subject. Only a sentence's first words (not ``…，A，负责…``: an apposition or a list goes on)."""
    text, cues = notice.text, subject_cues(notice)
    stop = max(text.rfind(ch, 0, pos) for ch in "。；;：:！？\n")
    if not text.startswith(("，", ","), q):
        return False
    charge = cues.charge_verb.match(text, _after_own_remit(cues, text, q + 1, limit), limit) is not None
    # A、B和C，要…: the list's modal verb; not the members' general obligation (成员单位，必须遵守…) nor
    # one or two collectives alone (各级人民政府和各部门，都要…: an address to all, read without the comma)
    modal = (cues.comma_modal.match(text, q + 1, limit) is not None
             and not any(text[it.start : it.end] in cues.obligation_collectives for it in items)
             and (len(items) > 2 or any(it.form != "collective" and text[it.start] != "各" for it in items)))
    return ((charge or modal)
            and all(it.form in ("org", "qualified", "unlisted", "dept", "short", "collective") for it in items)
            and (len(items) > 1 or items[0].form in ("org", "qualified", "unlisted"))
            and re.search("[，,]", text[stop + 1 : pos]) is None)


# A、B等部门的职责是…: the listed bodies' duties, named by a label (one body's is read by remit_labels)
_REMIT_LABEL = re.compile("的(?:主要)?(?:职责|任务)(?:是|为)(?![：:])")


def _opens_with_partner(notice: Notice, pos: int, limit: int) -> bool:
    """Does the clause at ``pos`` open with a partner verb (``会同县政府有关部门做好…``)? The
    body after it is the partner of the subject named before (or of none), never the clause's
    own subject; a place of the notice (会同县) is no verb."""
    cues = subject_cues(notice)
    if notice.text[pos : pos + 1] not in cues.partner_firsts:
        return False  # no partner verb starts here (the clause's first word would be one)
    words = dictionary_words(notice.text[pos : min(limit, pos + 6)])
    if not words or words[0] not in cues.partner_openers:
        return False
    return not any(notice.text.startswith(place, pos) for place in notice.table.places)


# 张某某， / 李某。: a person's name alone up to the clause's end (after a post)
_NAME_ONLY = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[，,、。；;]|$)")


# 由X局|张某某副局长负责: an official of the body, named, is in charge
_OFFICIAL_IN_CHARGE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:长|主任|书记|同志)(?:负责|牵头)")


def official_in_charge(text: str, pos: int, limit: int) -> bool:
    """Does an official of the body just named take charge at ``pos`` (``由X局|张某某副局长负责``):
    a person is in charge, the body is no doer."""
    return _OFFICIAL_IN_CHARGE.match(text, pos, limit) is not None


# what may follow the body after 由: a predicate, not 的 or another item of a list
_PREDICATE = re.compile(r"(?![的之和及与或、等（(])[\u4e00-\u9fff]")


def agent_at(notice: Notice, p: int, limit: int) -> tuple[list[SubjectItem], int] | None:
    """The body named after 由 at ``p`` and where its predicate starts (``由省级人民政府提出申请``,
    ``由县粮食局掌握、联系…``, ``由X会同Y…``): a subject list, or one body the notice or a
    lexicon knows, before any predicate (由 marks it as the doer)."""
    hit = subject_at(notice, p, limit)
    if hit is not None:
        return hit
    text = notice.text
    item = _item_at(notice, p, limit, False)
    tail = subject_cues(notice).dept_tail.match(text, item.end, limit) if item is not None and item.form in ("short", "dept") else None
    if item is not None and tail:  # 由卫生健康部门依照相关规定…
        item = item._replace(end=tail.end(), form="org", written=text[item.start : tail.end()], kind=item.kind)
    if item is not None and item.form in ("org", "collective", "qualified", "unlisted"):
        if (subject_cues(notice).leader.match(text, item.end, limit) or post_at(notice, item.end, limit)
                or official_in_charge(text, item.end, limit)):
            return None  # 由县卫健局主要负责同志签发, 由办公室主任签发, 由X局某某副局长负责: a person acts, not the body
        return ([item], item.end) if _PREDICATE.match(text, item.end, limit) else None
    stop = _CLAUSE_STOP.search(text, p, limit)
    b = p
    for w in dictionary_words(text[p : stop.start() if stop else limit]):  # a body's name ends where a word does
        b += len(w)
        if b - p > 16:
            break
        if (b - p >= 3 and _PREDICATE.match(text, b, limit) and not _JOINED.search(text, p, b)
                and unlisted_org_at(notice, p, b, _ANYTHING) is not None
                and looks_like_org(text[p:b], notice) and not starts_with_verb(text[p:b])):
            return [SubjectItem(p, b, None, "unlisted")], b
    return None


# 由外交部和总参谋部…: two bodies joined, no one body's name (the lexicons know neither)
_JOINED = re.compile("[和及与、]")
_CLAUSE_STOP_CHARS = "，。；：,;:"
_SENTENCE_STOP_CHARS = "。；;！？"
_CLAUSE_STOP = re.compile(f"[{_CLAUSE_STOP_CHARS}]")
_SENTENCE_STOP = re.compile(f"[{_SENTENCE_STOP_CHARS}]")


def _char_positions(notice: Notice, chars: str) -> list[int]:
    """Where any of ``chars`` stands in the notice's text, in order (found once per notice):
    looking for the next stop from every clause of a long line is then no longer quadratic."""
    key = ("char_positions", chars)
    found = notice.memo.get(key)
    if found is None:
        found = notice.memo[key] = [m.start() for m in re.finditer(f"[{re.escape(chars)}]", notice.text)]
    return found


def _next_char(notice: Notice, chars: str, start: int, end: int) -> int | None:
    """The first position in ``[start, end)`` of one of ``chars``, or None."""
    positions = _char_positions(notice, chars)
    i = bisect_left(positions, start)
    return positions[i] if i < len(positions) and positions[i] < end else None


def _last_char_before(notice: Notice, chars: str, end: int) -> int:
    """The last position before ``end`` of one of ``chars``, or -1 (``str.rfind``)."""
    positions = _char_positions(notice, chars)
    i = bisect_left(positions, end)
    return positions[i - 1] if i > 0 else -1


def _after_own_remit(cues: SubjectCues, text: str, q: int, limit: int) -> int:
    """Where the verb starts after ``依据职责`` at ``q`` (地方X部门依据职责负责…), or ``q``."""
    m = cues.own_remit.match(text, q, limit)
    return m.end() if m else q


def _after_basis(cues: SubjectCues, text: str, q: int, limit: int) -> int:
    """Where the verb starts after a clause saying what the subject acts on (国家X局根据验收
    结果，认定…), or ``q``."""
    m = cues.basis.match(text, q, limit)
    return m.end() if m else q


def _after_step(cues: SubjectCues, text: str, q: int, limit: int) -> int:
    """Where the verb starts after the step a body's act follows (第三方机构收到材料后进行初审,
    X接到申请后，开展审查), or ``q``."""
    m = cues.after_step.match(text, q, limit)
    return m.end() if m else q


def _after_time(notice: Notice, text: str, q: int, limit: int) -> int:
    """Where the verb starts after a time limit or a routine's period at ``q`` (国家X委每年3月底前
    完成…, 省级X部门每年要…), or ``q``."""
    m = time_limit_at(notice, text, q, limit) or recurring_at(notice, text, q, limit)
    return m.end() if m else q


def _relative_clause(notice: Notice, q: int, limit: int) -> bool:
    """Does the clause at ``q`` make the body the doer of a relative clause whose head is the
    sentence's subject (县卫健局制定的方案要公布, 市教育局组织的培训已结束): a 的 among its
    first words, then a modal verb or 是/已 as a word of its own?"""
    text = notice.text
    stop = _CLAUSE_STOP.search(text, q, limit)
    clause = text[q : stop.start() if stop else limit]
    words = dictionary_words(clause)
    if (words and words[0] in _PREPOSITIONS and _NOUN_AFTER_DE.search(clause) and not _modal_word(notice, words)
            and not any(w in notice.lex.cue("duty_verbs") for w in words)):
        # （四）医疗保障部门在管理工作中形成的基本规范；: a noun phrase, no predicate (not 在工作中要确保…的家庭,
        # nor 在职责范围内负责与…有关的工作: a duty verb is its predicate)
        return True
    if "的" not in words[:4]:
        return False
    return any(w in subject_cues(notice).after_relative for w in words[words.index("的") + 1 :])


def _modal_word(notice: Notice, words: list[str]) -> bool:
    """Is one of ``words`` a modal verb (要, 应当, 必须 …) as a word of its own?"""
    modal = subject_cues(notice).modal
    return any(modal.fullmatch(w) for w in words)


_PREPOSITIONS = frozenset(("在", "对", "与", "向"))
# …形成的基本规范: the clause ends on the head noun (not 在…的工作中，应…: a time or place)
_NOUN_AFTER_DE = re.compile(r"的[\u4e00-\u9fff]{0,5}[^中时下后上前内里间\W]$")


def _department_name(notice: Notice, written: str) -> bool:
    """Is a name no lexicon lists a department's by its form: it ends with a department's name
    (国家卫生健康委), or it is a field's short name and a department suffix, after a national
    prefix or none (国家中医药局, 卫生部, 教育厅)?"""
    cues = subject_cues(notice)
    nat = cues.national.match(written)
    rest = written[nat.end() :] if nat else written
    if nat and notice.lex.kind_name_re.fullmatch(rest):
        return True
    m = notice.lex.short_re.match(rest)
    return m is not None and rest[m.end() :] in cues.department_suffixes


def _acting_body(notice: Notice, item: SubjectItem, tail: bool) -> bool:
    """May this subject item open a clause with a plain verb (国家卫生健康委推行…, 各省份建立…,
    财政和医保部门结合…)? A body of the notice or a lexicon, a department's name, a department
    type closed by 部门, a collective of places or governments; not a class of institutions
    (医院, 托幼机构: 医院自查自评 is a heading), not every body addressed (各成员单位), not a
    name read by its ending alone."""
    written = item.written or notice.text[item.start : item.end]
    inst = notice.lex.institutions.get(written)
    if item.form == "org":
        return inst is None and notice.lex.institution_re.fullmatch(written) is None
    if item.form == "unlisted":
        return _department_name(notice, written)
    if item.form == "collective":
        return ((inst is None or inst.get("kind") != "各部门") and not notice.lex.institution_re.search(written)
                and not subject_cues(notice).pilot_collective.fullmatch(written))  # 试点城市制定…: a goal of the programme
    if item.form in ("short", "dept", "qualified"):
        return tail or item.form == "qualified"
    return False


def governs(notice: Notice, q: int, limit: int) -> bool:
    """Does the clause at ``q`` state the body's charge of a field's work (``主管全国城市饮用水
    卫生管理工作``, ``领导本地区艾滋病防治工作``): a governing verb as a word of its own, then no
    verb or preposition (not ``领导到某镇检查工作``: the body's leaders), the clause ending on 工作?"""
    text = notice.text
    stop = _next_char(notice, _CLAUSE_STOP_CHARS, q, limit)
    end = stop if stop is not None else limit
    if not text.endswith("工作", q, end) or text[q : q + 1] not in "主领":
        return False
    words = dictionary_words(text[q:end])
    return (len(words) >= 3 and words[0] in subject_cues(notice).governing_verbs
            and word_tags().get(words[1]) not in VERB_TAGS | {"p"})


def _verb_follows(notice: Notice, q: int, limit: int) -> bool:
    """Does the clause at ``q`` open with a verb (国家卫生健康委推行…, 卫生行政部门监督指导…,
    财政和医保部门结合…): jieba's first word, of two characters or more, tagged as a verb, not
    one that says what a body is, where it is or what it said (位于, 强调, 设立); in a clause
    closed by punctuation (not a title), and a sentence that does not tell how bodies are
    made up (办公室设在…, …担任…)? A preposition, a routine's period or an adverb of manner
    (``predicate_openers``: 根据…, 每年, 公开, 分别) may come first, the verb after it; a verb
    followed by 的 opens a relative clause, no predicate (县卫健局发布的指南，是…)."""
    text = notice.text
    cues = subject_cues(notice)
    stop = _next_char(notice, _CLAUSE_STOP_CHARS, q, limit)  # _CLAUSE_STOP.search, read from an index
    if stop is None or stop - q < 4 or text[stop] in "：:":
        return False
    full = _next_char(notice, _SENTENCE_STOP_CHARS, q, limit)
    end = full if full is not None else limit
    line_start = _last_char_before(notice, "\n", q) + 1
    if (end - q < 6 or text[end - 1] == "的" or _next_char(notice, "\t", line_start, limit) is not None
            or cues.not_clause_words.search(text, q, end)):
        return False  # a heading (医院自查自评。), a condition (…影响应用的；), a table row
    words = dictionary_words(text[q:stop])
    if words and words[0] in cues.meeting_verbs:
        return False  # 省卫健委举办新闻发布会: the news of an event held
    if words and words[0] in cues.predicate_openers:
        words = _after_opener(cues, words)  # 科技部从政策方面对试验区给予支持: the verb after the phrase
    if not words or len(words[0]) < 2 or words[0] in cues.not_subject_verbs or words[1:2] == ["的"]:
        return False  # 县卫健局每年发布的指南，是…: the verb opens a relative clause, the subject is its noun
    if len(words) >= 3 and words[-2] in cues.degree_adverbs and word_tags().get(words[-1]) == "a":
        return False  # 各地防治工作进展还很不平衡: a state, the clause ends on a degree and an adjective
    return word_tags().get(words[0]) in VERB_TAGS or words[0] in cues.action_verbs


def _after_opener(cues: SubjectCues, words: list[str]) -> list[str]:
    """The words of a clause from its first verb after the preposition or adverb that opens
    it (``从 政策 方面 对 试验区 建设 给予 支持``: from 给予; ``每年 公开 发布``: from 发布), or
    none when no verb follows; a verb inside quotes or a title's brackets is no predicate
    (``民政部对“关于…的建议”的答复``), nor a word that only relates things (``根据 相关 规定``)."""
    tags = word_tags()
    quoted = 0
    for i, w in enumerate(words[1:], 1):
        quoted += sum(w.count(c) for c in "“《") - sum(w.count(c) for c in "”》")
        if (not quoted and len(w) >= 2 and w not in cues.not_subject_verbs
                and (tags.get(w) in VERB_TAGS or w in cues.action_verbs)):
            return words[i:]
    return []


def _qualify(text: str, quals: list[str], items: list[SubjectItem], group: str) -> list[SubjectItem]:
    """A level word before the list: one item (省级医保部门, 省级、地市级医保部门) is a body of
    its own per level; several department types (各级卫生、教育部门) are those types."""
    if len(items) == 1:
        it = items[0]
        name = text[it.start : it.end]
        tail = group if it.form == "short" else ""
        if it.form == "dept":
            tail = ""
            name = text[it.start : it.end]
        return [SubjectItem(it.start, it.end, it.kind if it.kind != "?" else None, "qualified",
                            written=q + name + (tail or ("部门" if it.form in ("short", "dept") else "")),
                            alias=it.alias if len(quals) == 1 else None)
                for q in quals]
    return [it._replace(alias=quals[0] + text[it.start : it.end] + "部门") if it.form in ("short", "bare", "dept") else it
            for it in items]
