"""Numbered task lists: each item is a duty, with lead/support units and a deadline."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import partial

from ..layout import HEADING_RE, Line, flat_table_header
from ..lexicon import Lexicon, alternation
from ..normalize import HAN, strip_span
from ..notice import Duty, Notice
from ..numbering import (
    ARABIC,
    ARABIC_PAREN,
    CN_COMMA,
    CN_PAREN,
    RUN_ON_ITEM,
    RUN_ON_SECTION,
    cn_value,
)
from ..resolve import Org
from ..words import BRACKETED, CLAUSE_START_TAGS, dictionary_words, word_tags
from .deadlines import column_deadline, deadline_in, period_deadline
from .orgs import (
    looks_like_org,
    org_at,
    split_conjoined,
    split_items,
    split_run_on,
    unlisted_org_at,
)
from .place_subjects import opens_with_place
from .rule_items import labels_a_thing, states_a_rule
from .score_tables import find_score_tables, scored_criterion
from .sections import in_application_section, in_goal_section, in_grading_section, in_report_section
from .subjects import (
    generic_collective,
    is_same_below_note,
    joined_collectives,
    listed_then_collective,
    subject_at,
)
from .task_tables import (
    FIRST_LEADS_RE,
    UNIT_COLUMNS,
    LabelCues,
    anchored_row,
    column_kind,
    column_kinds,
    first_leads_header,
    flat_task_header,
    joined_header,
    label_role,
    stacked_rows,
    unit_columns_last,
    unnumbered_task_header,
)

MAX_TASK_CHARS = 250


class _Cues:
    """The regexes of this module, built from the cue words of ``cues.json`` (one per lexicon)."""

    def __init__(self, lex: Lexicon) -> None:
        levels = lex.level_chars
        self.each = re.compile(rf"^(?:[{levels}]级)?各[{HAN}]")  # 各县, 县级各…: a collective
        self.each_level = re.compile(rf"各[{levels}]")  # 各区、…: each of the levels named next
        # 各县、市、区政府 / 各县、特区、区人民政府 / 各县、自治县政府: one more level (a special or autonomous one too)
        named = alternation(lvl for lvl in lex.place_levels if len(lvl) > 1)  # 自治县, 特区 (places.json levels)
        self.level_item = re.compile(rf"^(?:{named}|[{levels}])(?:{lex.cue_re('government_words')})?$")
        self.target = re.compile(rf"(?:到|至)20\d{{2}}年(?:{lex.cue_re('period_ends')})?[，,]")  # 到2025年底，: a target
        # 由X / 及X / X等有关部门 / X等有关部门和单位 / X等部门单位 / X会同有关部门: words around a unit's name
        # in a cell, no part of it (a vague partner names no unit)
        vague_units = r"(?:部门|单位)(?:(?:和|及)?(?:部门|单位))?"
        self.item_clutter = re.compile(
            rf"^(?:(?:具体|主要|统一|分别|均|并)?由|及|和|以及)|等各?(?:{lex.cue_re('concerned_words')})?(?:{vague_units})?$"
            rf"|(?:{lex.cue_re('partner_verbs')})(?:{lex.cue_re('concerned_words')}){vague_units}$")
        place_levels = "".join(lvl for lvl in lex.place_levels if len(lvl) == 1)
        self.place_and_body = re.compile(rf"([{HAN}]{{2,4}}?)([{place_levels}])([{HAN}]+)$")  # 烟台|市|政府
        # 牵头 (lead_words) marks the lead in a marker or a list; 承办/主办 (lead_verbs) only in labels
        lead, support, manner = lex.cue_re("lead_words"), lex.cue_re("support_verbs"), lex.cue_re("manner_adverbs")
        # X牵头，Y配合 / X负责，Y、Z配合: beside the units that support, the one in charge leads
        self.lead_support = re.compile(
            rf"(?P<lead>[^，。；]{{2,60}}?)(?:(?:{lead})[，]?|负责，)(?P<sup>[^，。；]{{2,80}}?)(?:{manner})?(?:{support})")
        self.doer_role = re.compile(rf"(?:要|应|将)?(?:{manner})?(?:(?P<lead>{lead})|{support})")
        self.role_mark = re.compile(rf"[（(](?:(?P<lead>{lead})|{support})[）)]$")  # A（牵头）、B（配合）
        self.doer_verbs = lex.cue_re("doer_verbs")
        # 由X负责…, 由X、Y牵头…: the units a clause names as its agent
        self.agent = re.compile(
            rf"由(?P<units>[^，。；由]{{2,40}}?)(?P<verb>(?:{lead})|(?:{lex.cue_re('marker_duty_verbs')}))")
        self.push = re.compile(rf"(?:{lex.cue_re('push_verbs')})(?:所有|全部|各类)?")
        self.modal = re.compile(lex.cue_re("modal_verbs"))
        # 以上工作要在2019年2月底前完成。: a sentence that only gives the work above its deadline
        self.deadline_sentence = re.compile(
            rf"(?:{lex.cue_re('deadline_sentence_subjects')})(?:均|都)?(?:{lex.cue_re('modal_verbs')})?"
            rf"[^，。；]{{2,20}}?完成[。；]")
        # 各有关部门, 各地区, 市级各有关部门, 各县市区政府, 各村（社区）: a collective of bodies
        self.collective_end = re.compile(rf"^[{HAN}、（）]+(?:{lex.cue_re('collective_endings')})$")
        self.internal_endings = lex.cue("internal_unit_endings")
        # 交通运输部|运输服务司: the body an internal unit is written with
        self.parent = re.compile(
            rf"([{HAN}]{{2,16}}(?:部|厅|局|委|办|院|政府|中心))[{HAN}]{{2,12}}(?:{lex.cue_re('internal_unit_endings')})$")
        self.pronoun_starts = lex.cue("pronoun_starts")  # 该局, 其他部门 (not 本: 本溪市)
        # 牵头单位：, 【配合】, 责任部门：, 分管领导：, 完成时限：: the labels of a task's responsibilities
        unit_roles = lex.unit_label_roles()
        units, deadlines = lex.cue_re("label_units"), lex.cue_re("deadline_labels")
        self.label = re.compile(
            rf"【(?P<b>(?:{unit_roles})(?:责任)?(?:{units})?|{deadlines})】"
            rf"|(?:(?P<c>(?:主要)?(?:{unit_roles})(?:责任)?(?:{units}))"
            rf"|(?P<p>{lex.cue_re('leader_labels')})"
            rf"|(?P<t>{deadlines}))[：]"
        )
        label_cues = lex.memo(LabelCues)  # a label's role, as a table column's
        self.lead_label = label_cues.lead  # 牵头单位 (not 主办单位: no role)
        self.deadline_label = re.compile(deadlines)
        self.verb = re.compile(
            rf"(?P<lead>(?:{lead})(?:{lex.cue_re('lead_completions')})?)$"
            rf"|(?P<sup>(?:{manner})?(?:{support}))$"
            # （各有关部门分工负责）: 分工 says how the units share the task, no part of a name
            rf"|(?P<resp>(?:按(?:各自)?职(?:责|能)(?:分工)?|分工)?(?:分别|共同|具体)?(?:{lex.cue_re('marker_duty_verbs')}))$"
        )
        self.time_clause = re.compile(rf"^(?:{lex.cue_re('standing_deadlines')}|\d{{4}}年(?:底前|内)?(?:完成)?)$")
        self.block_unit_label = re.compile(rf"^(?P<label>[\u4e00-\u9fff]{{0,8}}(?:{units}))[。：]?$")
        # 有下列情形之一的为重大疫情：, 符合以下条件：: a list of criteria follows, not of tasks
        # …；具体支持额度如下：/ 补助标准如下：: amounts or rates follow, not tasks
        # 符合下列要求的机构予以保留。: what qualifies, not what is to be done (also as a sentence)
        self.criteria_intro = re.compile(rf"(?:{lex.cue_re('list_lead_words')})(?:{lex.cue_re('criteria_words')})[^。；]*：$"
                                         rf"|(?:{lex.cue_re('amount_words')})(?:为|是)?如下：$"
                                         rf"|(?:{lex.cue_re('qualify_verbs')})(?:{lex.cue_re('list_lead_words')})[^。；：]*的[^。；：]*[：。]$"
                                         # 申报主体应当具备下列基本条件：: what qualifies, not what is to be done
                                         rf"|(?:{lex.cue_re('qualify_verbs')})(?:{lex.cue_re('list_lead_words')})[^。；：]{{0,6}}(?:{lex.cue_re('criteria_words')})：$"
                                         # 对象要求如下（需全部满足）：: what must all be met follows
                                         rf"|(?:{lex.cue_re('list_lead_words')})[（(][^）)]{{0,8}}(?:{lex.cue_re('qualify_verbs')})[^）)]{{0,4}}[）)]：$")
        # 自查内容包括： / 检查重点如下： / 重点检查以下问题：: what an inspection looks at follows
        # (violations, points to check), no one's tasks
        checks = lex.cue_re("inspection_verbs")
        self.inspection_intro = re.compile(
            rf"(?:(?:{checks})的?(?:主要|重点|重點)?(?:{lex.cue_re('inspection_content_nouns')})"
            rf"|重[点點](?:{checks}))[^。；;，,：:]{{0,10}}[：:]$")
        self.topic_endings = tuple(lex.cue("topic_endings"))
        # 定量 / 计算方法：…: a cell of an indicator table, whose rows define, not assign
        self.indicator_cell = re.compile(
            rf"(?:(?:{lex.cue_re('indicator_kinds')})$|(?:{lex.cue_re('definition_labels')})[：:])")
        # 注： / *注：: notes follow (a mark before the label points back to the marked rows);
        # 说明：1、…: the first note run on after the label
        self.note_label = re.compile(rf"[*＊※]?(?:{lex.cue_re('note_labels')})[：:]\s*(?:$|{ARABIC}|{ARABIC_PAREN})")
        # 附件：1.X / 2.Y: the titles of the annexes follow, no tasks
        self.appendix_list = re.compile(rf"(?:{lex.cue_re('appendix_words')})[：:]")
        # 三、参加人员 / 参会范围：: who takes part follows (people, units), not tasks
        self.attendance = re.compile(rf"(?:{lex.cue_re('attendance_headings')})[：:]?$")
        # （一）申报条件（申报主体应同时具备下列条件） / 申请材料：: what an applicant must be or
        # hand in follows (conditions, documents), not tasks
        self.application = re.compile(rf"(?:{lex.cue_re('application_headings')})(?:[（(][^）)]*[）)])?[：:。]?$")
        # 1.4　工作原则 / （二）基本原则: the principles that follow are no one's task
        self.principles = re.compile(rf"[^。；，]{{0,10}}(?:{lex.cue_re('principle_headings')})[：:]?$")
        self.block_task_label = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}(?:{lex.cue_re('task_label_endings')})[。：]?$")
        # 牵头单位：A 配合单位：B 主要任务：…: the label of the task itself after its units' labels
        self.inline_task_label = re.compile(
            rf"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{{0,4}}?(?:{lex.cue_re('task_label_endings')})：")
        # …清理。 （十二）城区废品收购站清理 牵头单位：… / … 二、具体要求: an item run on in the line
        self.run_on_number = re.compile(rf"(?<=[\s。；])(?:{CN_PAREN}|{CN_COMMA})")


def _cues(notice: Notice) -> _Cues:
    return notice.lex.memo(_Cues)


def _marked_orgs(notice: Notice, start: int, end: int) -> list[tuple[Org, str | None]]:
    """Units of a list, each with the role written after it: ``A（牵头）、B（配合）``."""
    return [(org, role) for _s, _e, org, role in marker_units(notice, start, end)]


def _orgs_in_list(notice: Notice, start: int, end: int) -> list[Org]:
    return [org for _s, _e, org, _r in marker_units(notice, start, end)]


# 济南市政府 after 省科技厅: a unit that names its own place takes no prefix from the one before
_OWN_PLACE_RE = re.compile(rf"[{HAN}]{{2,4}}?(?:省|市|县|区|旗|州|盟)")
_NOT_UNIT_START = frozenset({"p", "c", "d", "ad", "u"})  # 分别…, 并…: no unit's name


def _is_internal_unit(notice: Notice, item: str) -> bool:
    """A unit no lexicon lists, named where only units stand (a marker, a label):
    a short name of Han characters with an organization ending (运输服务司, 卫监处)."""
    return (2 <= len(item) <= 24 and bool(re.fullmatch(f"[{HAN}（）“”]+", item))
            and item.endswith(tuple(notice.lex.bodies.get("marker_unit_suffixes", ()))))


def _shared_endings(notice: Notice, items: list[str]) -> dict[int, str]:
    """``济南、青岛、烟台市政府``: place names written bare before the item that names the
    body get its level and body (``市政府``)."""
    out: dict[int, str] = {}
    pending: list[int] = []
    for k, item in enumerate(items):
        if re.fullmatch(f"[{HAN}]{{2,4}}", item) and not looks_like_org(item, notice):
            pending.append(k)
            continue
        if pending:
            m = _cues(notice).place_and_body.match(item)
            if m and m.group(1) + m.group(2) in notice.table.places and notice.lex.kind_of(m.group(3)):
                for j in pending:
                    if items[j] + m.group(2) in notice.table.places:
                        out[j] = m.group(2) + m.group(3)
        pending = []
    return out


def _listed_collective(notice: Notice, item: str) -> bool:
    """``各镇、街道``: a collective the lexicon lists, written as a list."""
    return bool(notice.lex.institutions.get(item, {}).get("collective"))


def _level_body(notice: Notice, item: str) -> bool:
    """``市教育局``: one level's body of a known kind (a level character, then the name)."""
    return item[:1] in notice.lex.level_chars and notice.lex.kind_of(item[1:]) is not None


def _collective(notice: Notice, item: str) -> Org:
    """The collective an item names; ``各部门、各地区`` is ``各地区、各部门`` written in another
    order."""
    parts = set(item.split("、"))
    if len(parts) > 1:
        for org in notice.table.orgs:
            if org.collective and set(org.name.split("、")) == parts:
                notice.table.alias(org, item)
                return org
    inst = notice.lex.institutions.get(item, {})
    return notice.table.add(item, collective=True, kind=inst.get("kind"))


def _word_tag(words: list[str]) -> str | None:
    return word_tags().get(words[0]) if words else None


def marker_units(notice: Notice, start: int, end: int, carried: dict[str, str] | None = None
                 ) -> list[tuple[int, int, Org, str | None]]:
    """The units of a list in a task marker or a responsibility label, in order: bodies
    (the place prefix carried over from the item before, ``省科技厅、发展改革委``), units
    no lexicon lists but with an organization ending (``运输服务司、科技司``: an internal
    unit inherits the body its first sibling is written with), and collectives
    (``各有关部门``, ``各县、市、区政府``, ``各县、特区、区人民政府``: one collective); each with the role marked after
    it (``A（牵头）、B（配合）``) or None. ``carried`` keeps the prefixes from one list of a
    marker to the next (``X部Y司牵头，Z司配合``)."""
    text = notice.text
    table = notice.table
    cues = _cues(notice)
    items: list[tuple[int, int]] = []
    while end > start and text[end - 1] == "。":
        end -= 1  # 区投资促进中心。: the full stop ending a table's unit cell
    for a, b in split_items(text, start, end):
        prev = items[-1] if items else None
        if (prev and cues.each.match(text[prev[0] : prev[1]]) and text[prev[1]] == "、"
                and (cues.level_item.match(text[a:b]) or _listed_collective(notice, text[prev[0] : b])
                     or generic_collective(notice, text[prev[0] : prev[1]]) and generic_collective(notice, text[a:b]))):
            items[-1] = (prev[0], b)  # 各县、市、区政府; 各地区、各部门: one collective
        elif prev and cues.each_level.fullmatch(text, prev[0], prev[1]) and text[prev[1]] == "、" and _level_body(notice, text[a:b]):
            items[-1] = (prev[0], b)  # 各区、市教育局: the body at each of the levels, one collective
        else:
            items.extend(piece for c, d in joined_collectives(notice, text, a, b) or split_conjoined(notice, text, a, b)
                         for piece in listed_then_collective(notice, text, c, d))
    shared = _shared_endings(notice, [text[a:b] for a, b in items])
    out: list[tuple[int, int, Org, str | None]] = []
    carried = {} if carried is None else carried
    inherited = carried.get("place", "")
    parent = carried.get("parent", "")  # the body an internal unit belongs to (交通运输部|运输服务司)
    for k, (a, b) in enumerate(items):
        mark = None
        m = cues.role_mark.search(text, a, b)
        if m:
            mark = "lead" if m.group("lead") else "support"
            b = m.start()
        item = text[a:b].replace(" ", "")
        item = cues.item_clutter.sub("", item) if len(item) > 3 else item
        if not item:
            continue
        item = item + shared.get(k, "")  # 济南、青岛、烟台市政府: 济南市政府
        if (cues.each.match(item) and len(item) <= 16 and cues.collective_end.search(item)
                or generic_collective(notice, item)):
            out.append((a, b, _collective(notice, item), mark))
            continue
        if _word_tag(dictionary_words(item)[:1]) in _NOT_UNIT_START or item.startswith(cues.pronoun_starts):
            continue
        internal = not looks_like_org(item, notice) or item.endswith(cues.internal_endings)
        if internal and not _is_internal_unit(notice, item):
            continue
        written = item
        place, rest = table.split_place(item)
        if (place and place not in table.places and item.startswith(tuple(notice.lex.level_words))
                and not notice.lex.kind_of(rest)):
            place, rest = "", item  # 市场与信息化司 (but 县|城管局)
        if place:
            if not (rest.endswith("分局") and any(ch in rest[:-2] for ch in notice.lex.level_chars)):
                inherited = place + (notice.lex.party if rest.startswith(notice.lex.party) and len(rest) > 2 else "")
        elif internal:
            head = cues.parent.match(item)
            if head:
                parent = head.group(1)
            elif parent:
                written = parent + item
        elif (inherited and not item.startswith(("各", "共青团")) and notice.lex.kind_of(item)
                and item[1:2] not in notice.lex.bare_levels and not _OWN_PLACE_RE.match(item)):
            written = inherited + item
        org = table.add(written)
        if internal and org.kind and not notice.lex.kind_name_re.search(org.name):
            org.kind = None  # 科技司: its short-name prefix says nothing of its kind
        if written != item:
            table.alias(org, item)
        out.append((a, b, org, mark))
    carried.update(place=inherited, parent=parent)
    return out


class _Responsible:
    """The bodies responsible for one item, in order, each once (the first role wins)."""

    def __init__(self) -> None:
        self.orgs: list[tuple[Org, str | None]] = []

    def add(self, org: Org, role: str | None) -> None:
        if all(o is not org for o, _r in self.orgs):
            self.orgs.append((org, role))


_LABEL_LINES = 4  # 完成时限 / 主要责任单位 / 项目负责人 / 协办单位: the labeled lines an item may have under it


def item_orgs(notice: Notice, lines: list, idx: int, year: int | None = None
              ) -> tuple[list[tuple[Org, str | None]], tuple[str, str | None] | None]:
    """Who is responsible for the item ``lines[idx]`` (牵头/配合 units, labeled lines under
    it, the doer: a body at the start, after 推动/督促…, or before 要/将), and the deadline
    its labeled lines give."""
    text = notice.text
    ln = lines[idx]
    s, e = ln.body_start, ln.end
    out = _Responsible()
    cues = _cues(notice)
    ls = cues.lead_support.search(text, s, e)
    if ls:
        lead_start = max(s, max(text.rfind(ch, s, ls.start("lead") + 1) for ch in "，。；") + 1)
        for org in _orgs_in_list(notice, lead_start, ls.end("lead")):
            out.add(org, "lead")
        for org in _orgs_in_list(notice, ls.start("sup"), ls.end("sup")):
            out.add(org, "support")
    deadline = _labeled_lines_below(notice, lines, idx, year, out)
    agents = list(cues.agent.finditer(text, s, e))
    for cs in [s] + [i + 1 for i in range(s, e) if text[i] in "，。；"]:  # a doer opening a clause
        end = org_at(notice, text, cs, e)
        if any(cs <= am.start() and "，" not in text[cs : am.start()] for am in agents):
            continue  # the clause names its agent after 由
        if end and not (ls and cs == s) and not re.match("[、和及等的]", text[end : end + 1]):
            verb = cues.doer_role.match(text, end, e)  # 县卫生局牵头做好… / 县教育局配合…
            out.add(notice.table.add(text[cs:end]), (("lead" if verb.group("lead") else "support") if verb else None))
    for am in agents:  # 养老机构人员由县民政局负责组织: the agent named by 由, not the people before it
        role = "lead" if cues.lead_label.match(am.group("verb")) else None
        for org in _orgs_in_list(notice, am.start("units"), am.end("units")):
            out.add(org, role)
    for pm in cues.push.finditer(text, s, e):
        end = org_at(notice, text, pm.end(), e)
        if end and re.match(rf"[^，。；]{{0,12}}?(?:{cues.doer_verbs})", text[end:e]):
            out.add(notice.table.add(text[pm.end() : end]), None)
    for om in re.finditer("的", text[s:e]):
        p = s + om.end()
        end = org_at(notice, text, p, e)
        if end and cues.modal.match(text[end:e]):
            out.add(notice.table.add(text[p:end]), None)
    return out.orgs, deadline


def _labeled_lines_below(notice: Notice, lines: list, idx: int, year: int | None, out: _Responsible
                         ) -> tuple[str, str | None] | None:
    """Read the labeled lines under the item ``lines[idx]`` (``牵头责任单位：…`` / ``【牵头】…【配合】…``,
    a label's units also on the line below it) into ``out``; the deadline one of them gives."""
    text = notice.text
    deadline = None
    j = idx + 1
    while j < min(len(lines), idx + 1 + _LABEL_LINES):
        nxt = lines[j]
        if nxt.kind != "para" or not _cues(notice).label.match(text, nxt.body_start, nxt.end):
            break
        end = nxt.end
        if _value_below(notice, lines, j):  # 牵头单位： / 县卫生健康局: the label's units on the line below
            j += 1
            end = lines[j].end
        deadline = labeled_parts(notice, nxt.body_start, end, year, out) or deadline
        j += 1
    return deadline


def _value_below(notice: Notice, lines: list, j: int) -> bool:
    """Is ``lines[j]`` a unit label alone (``牵头单位：``, a table's cell copied a line) whose units
    stand alone on the next line (``县卫生健康局``)?"""
    if j < 0 or j + 1 >= len(lines):
        return False
    text = notice.text
    ln, nxt = lines[j], lines[j + 1]
    m = _cues(notice).label.match(text, ln.body_start, ln.end)
    if m is None or not (m.group("b") or m.group("c")) or text[m.end() : ln.end].strip(" ：:"):
        return False
    return (nxt.kind == "para" and not _cues(notice).label.match(text, nxt.body_start, nxt.end)
            and _names_units(notice, nxt.start, nxt.end))


def _indicator_row(notice: Notice, ln) -> bool:
    """Is the item a row of an indicator table (``抗菌药物使用强度 定量 计算方法：…``): a
    row of cells one of which is an indicator's kind or opens with a definition label?"""
    cells = _row_cells(notice, ln)
    pattern = _cues(notice).indicator_cell
    return len(cells) > 1 and any(pattern.match(notice.text, a, b) for a, b in cells[1:])


def _labeled_below(notice: Notice, lines: list, idx: int) -> bool:
    """Is the item followed by a 牵头单位：/【牵头】… line?"""
    nxt = lines[idx + 1] if idx + 1 < len(lines) else None
    return bool(nxt and nxt.kind == "para" and _cues(notice).label.match(notice.text, nxt.body_start, nxt.end))


_TITLE_RE = re.compile(r"[^，。；：,.;:！？!?（）()]{2,20}")


def _titles_a_block(notice: Notice, lines: list, idx: int) -> bool:
    """``2、封洲禁牧`` followed by ``(1)…`` items or a paragraph: the title of a block of
    text, not a task (a task is a sentence; a list of short tasks goes on with items
    numbered alike, and the last of them may be followed by a closing paragraph)."""
    ln = lines[idx]
    text = notice.text
    if not _TITLE_RE.fullmatch(text, ln.body_start, ln.end):
        return False
    shape = _marker_shape(text[ln.start : ln.body_start])
    nxt = lines[idx + 1] if idx + 1 < len(lines) else None
    if nxt is None or nxt.kind == "heading":
        return False
    if nxt.kind == "item":
        return _marker_shape(text[nxt.start : nxt.body_start]) != shape
    prev = lines[idx - 1] if idx > 0 else None
    return not (prev is not None and prev.kind == "item" and _marker_shape(text[prev.start : prev.body_start]) == shape
                and _TITLE_RE.fullmatch(text, prev.body_start, prev.end))


def _marker_shape(marker: str) -> str:
    """``(1)`` and ``(2)`` alike, ``2、`` not: the marker without its digits."""
    return re.sub(r"[0-9一二三四五六七八九十]+", "0", marker.strip())


def _has_subject_sentences(notice: Notice, ln) -> bool:
    """A numbered paragraph whose later sentences name their own subjects (公安部门要…);
    a closing sentence that only names who carries the item out does not count."""
    text = notice.text
    for i in range(ln.body_start, ln.end):
        if text[i] == "。" and subject_at(notice, i + 1, ln.end) and _closing_doers(notice, i + 1, ln.end) is None:
            return True
    return False


# 加强宣传。报纸、电视等媒体要…: the doers named as a class no lexicon lists
# (not 等方面的应用, 等发布应用场景: 应 of 应用 is no modal, a class noun has no 的)
_CLASS_DOERS = re.compile(rf"。[{HAN}、]{{2,30}}等(?:(?!的)[{HAN}]){{1,4}}(?:要|应当|应(?!用)|须)")
_OPENER = re.compile(rf"[{HAN}、]{{2,10}}，")  # 流行季节，各地要…: a short opener before the subject


def _prose_item(notice: Notice, ln) -> bool:
    """A numbered paragraph of prose: a sentence after the first names its own subject, also
    after a short opener (``防蚊灭蚊。流行季节，各地应当…``)."""
    if _has_subject_sentences(notice, ln):
        return True
    text = notice.text
    for i in range(ln.body_start, ln.end):
        if text[i] == "。":
            m = _OPENER.match(text, i + 1, ln.end)
            if m and subject_at(notice, m.end(), ln.end) and _closing_doers(notice, m.end(), ln.end) is None:
                return True
    return False


# 完善标准体系。 / 保障老年人用网的安全性。: the title an outline's paragraph opens with (a
# phrase, no clause inside), its prose after it
# a name in quotes or a short note in brackets inside it too (开展“百校”行动。, 培育首台（套）产品。)
_TITLE_UNIT = r"(?:[^，。；：,;:（）()“”\"\s]|“[^，。；”\"]{1,12}[”\"]|（[^，。；）]{1,4}）)"
# two phrases too, what to do and what for (建设X平台，实现Y贯通。)
_ANY_WORD = re.compile(rf"[{HAN}]")
# then the prose (after a title of two phrases a word, not a bracketed note: 开展X，每月调查一次。（A、B指数）)
_ITEM_TITLE = re.compile(rf"{_TITLE_UNIT}{{2,20}}(?:。(?=\s*\S{{8}})|，{_TITLE_UNIT}{{2,20}}。(?=\s*[{HAN}]\S{{7}}))")


def _unlisted_department(notice: Notice, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open with a department of a known kind written in a form no
    table lists (``最高人民法院持续组织…``), not a verb and its object (``指导企业…``)?"""
    found = unlisted_org_at(notice, start, end, _ANY_WORD)
    return found is not None and notice.lex.kind_of(notice.text[start : found[0]]) is not None


def _titled_outline(notice: Notice, ln) -> bool:
    """A numbered paragraph of a plan's outline: a title phrase, then prose (``1.完善标准体系。
    推动…，加快…。``) that names no doer of its own: no task of a body (the title names no
    doer: ``某市负责宣传活动。`` is a sentence, not a title; nor does the prose: ``各地以县为
    单位…`` (a collective opening the prose), ``报纸、电视等媒体要…`` are read as the item's doers)."""
    text = notice.text
    m = _ITEM_TITLE.match(text, ln.body_start, ln.end)
    if m is None or re.search(notice.lex.cue_re("duty_verbs"), m.group(0)):
        return False
    rest = m.end() + len(text[m.end() : ln.end]) - len(text[m.end() : ln.end].lstrip())
    return (subject_at(notice, rest, ln.end) is None and not _cues(notice).each.match(text[rest : ln.end])
            and not _unlisted_department(notice, rest, ln.end)
            and not _CLASS_DOERS.search(text, ln.body_start, ln.end))


# 负责实施, 负责具体实施, 负责组织, 负责组织各企业具体实施（…）: the whole of a closing sentence
_CLOSING_VERB = re.compile(
    rf"(?:分别|共同)?(?:具体)?负责(?:具体)?(?:组织)?(?:[{HAN}]{{0,10}}?具体)?(?:实施|组织|落实)"
    r"(?:[（(][^（()）。]*[）)])?[。；]?$")


def _closing_doers(notice: Notice, start: int, end: int) -> list[Org] | None:
    """The units of a task item's closing sentence ``text[start:end]`` that only says who
    carries the task out (``水利所和各村负责具体实施。`` / ``由A、B负责组织。``), or None."""
    text = notice.text
    end = text.find("。", start, end) + 1 or end
    s = start + 1 if text.startswith("由", start) else start
    hit = subject_at(notice, s, end, asked=True)
    if hit is None:
        return None
    items, q = hit
    if not _CLOSING_VERB.match(text, q, end):
        return None
    listed = marker_units(notice, s, q)
    orgs = [org for _a, _b, org, _r in listed]
    for it in items:  # a unit no marker list reads (各村（社区）): as the subject names it
        if it.kind != "?" and not any(a < it.end and it.start < b for a, b, _o, _r in listed):
            orgs.append(notice.table.add(it.written or text[it.start : it.end]))
    return list(dict.fromkeys(orgs)) or None


def labeled_parts(notice: Notice, start: int, end: int, year: int | None,
                  out: _Responsible) -> tuple[str, str | None] | None:
    """Read ``牵头单位：A；配合单位：B、C；完成时限：…`` or ``【牵头】A　【配合】B　【时限】…``
    into ``out`` (units with their roles); returns the deadline (raw, ISO) if one is given.
    A 责任单位 is responsible and gets no role, also beside a 牵头单位 (only a support label
    such as 配合单位 supports); a person named by ``分管领导：``/``牵头负责领导：`` is not a body
    and gives none."""
    text = notice.text
    labels = list(_cues(notice).label.finditer(text, start, end))
    deadline = None
    cues = _cues(notice)
    for k, m in enumerate(labels):
        label = m.group("b") or m.group("c") or m.group("t") or ""
        vs, ve = strip_span(text, m.end(), labels[k + 1].start() if k + 1 < len(labels) else end, " ；，。\n")
        value = text[vs:ve]
        if value.endswith(("）", ")")) and value.count("（") + value.count("(") < value.count("）") + value.count(")"):
            ve -= 1  # the bracket closing a （牵头单位：…） annotation, not a （配合） mark
        if m.group("p"):
            continue  # a leading official, not a body
        if m.group("t") or cues.deadline_label.search(label):
            found = deadline_in(notice, text[vs:ve] + "前", year) if ve > vs else None
            if found:  # 长期坚持, 全年, 每月 are no deadlines
                deadline = (text[vs:ve], found[1])
            continue
        role = label_role(notice.lex, label)
        if role == "resp":
            role = None
        for org, marked in _marked_orgs(notice, vs, ve):
            out.add(org, marked or role)
    return deadline


def _unit_label(m: re.Match[str]) -> bool:
    return bool(m.group("b") or m.group("c"))


def find_annotated_tasks(notice: Notice) -> None:
    """A task followed by its responsibilities inline (``任务。牵头单位：A；配合单位：B。
    完成时限：…``); bracketed ones are task markers (``find_marked_tasks``)."""
    text = notice.text
    year = notice.year
    for ln in notice.content_lines():
        if notice.claimed_within(ln.start, ln.end):
            continue
        if _cues(notice).label.match(text, ln.body_start, ln.end):
            continue  # a line of labels under an item: read with the item
        if _labeled_items(notice, ln) or _run_on_annotated(notice, ln) or _run_on_marked_rows(notice, ln):
            continue
        label = _cues(notice).label.search(text, ln.body_start + 4, ln.end)
        if not label or not any(_unit_label(m) for m in _cues(notice).label.finditer(text, label.start(), ln.end)):
            continue
        orgs = _Responsible()
        deadline = labeled_parts(notice, label.start(), ln.end, year, orgs)
        end = label.start()
        if not orgs.orgs and deadline is None:
            continue
        while end > ln.body_start and text[end - 1] in "。；，（( ":
            end -= 1
        notice.duties.append(Duty(
            span=(ln.body_start, end), orgs=orgs.orgs, item=ln.number, source="task",
            deadline=deadline[0] if deadline else None, deadline_date=deadline[1] if deadline else None,
        ))


_RUN_ON_ITEM = re.compile(RUN_ON_ITEM)


def _run_on_annotated(notice: Notice, ln: Line) -> bool:
    """Numbered tasks each followed by their responsibilities' labels, run on in one line (``1.任务。
    牵头部门：A 协作部门：B 主体责任单位：C 2.任务。牵头部门：…``, a copy that lost its line breaks):
    each item's text up to its first label is a duty of the units its labels name, an item ending
    at the next item or a section heading run on after it (``二、…``). Items numbered 1, 2, … in
    turn, two at least with unit labels; True when the line holds them."""
    text = notice.text
    cues = _cues(notice)
    marks: list[re.Match[str]] = []
    for m in _RUN_ON_ITEM.finditer(text, ln.start, ln.end):
        if not marks or int(m.group(1)) == int(marks[-1].group(1)) + 1:
            marks.append(m)
    items = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else ln.end
        section = RUN_ON_SECTION.search(text, m.end(), end)
        label = cues.label.search(text, m.end() + 4, section.start() if section else end)
        if label is None or not _unit_label(label):
            continue
        items.append((m, label, section.start() if section else end))  # the label was read before the section
    if len(items) < 2:
        return False
    for m, label, end in items:
        orgs = _Responsible()
        deadline = labeled_parts(notice, label.start(), end, notice.year, orgs)
        ts, te = _task_span(text, m.end(), label.start())
        if not orgs.orgs or te - ts < 4:
            continue
        notice.duties.append(Duty(
            span=(ts, te), orgs=orgs.orgs, item=int(m.group(1)), source="task",
            deadline=deadline[0] if deadline else None, deadline_date=deadline[1] if deadline else None,
        ))
    return True


# 21树立… / 责任单位21树立… / …落实22根据…: a row's number glued to the cell before it (group 1)
_GLUED_ROW_NUMBER = re.compile(r"(?<![\d.．%％])(\d{1,3})[.．、]?(?=\s*[\u4e00-\u9fff])")


def _row_cell(notice: Notice, end: int, floor: int) -> int | None:
    """Where the unit cell that ends a run-on row just before ``end`` starts: the text after the
    row's last sentence stop (``。``; not before ``floor``) when each of its clauses ends with a
    marker's verb (``A、B牵头；C配合；各县落实``); else None. Reads no units (a test only)."""
    text = notice.text
    start, end = strip_span(text, max(text.rfind("。", floor, end) + 1, floor), end, " ")
    if start <= floor or end - start < 2:
        return None
    verb = _cues(notice).verb
    clauses = _clauses(text, start, end)
    return start if clauses and all((v := verb.search(text, cs, ce)) and v.start() - cs >= 2 for cs, ce in clauses) else None


def _row_marker(notice: Notice, end: int, floor: int) -> tuple[int, _Marker] | None:
    """The unit cell that ends a run-on row just before ``end`` (``_row_cell``) read as a task
    marker without brackets, with where it starts; None when it is no marker of units."""
    start = _row_cell(notice, end, floor)
    marker = read_marker(notice, start, end) if start is not None else None
    return (start, marker) if start is not None and marker is not None and not marker.bare and marker.units else None


def _run_on_marked_rows(notice: Notice, ln: Line) -> bool:
    """A task table whose rows ran on in one line, each its number, its task (sentences closed
    by ``。``) and its unit cell written as a marker without brackets (``21树立婚育新风。A、B牵头；
    C配合；各州落实22根据…``): each row is a duty of its marker's units with their roles, the item
    its number (``_row_numbers``: two rows at least, else nothing)."""
    rows = _row_numbers(notice, ln)
    if not rows:
        return False
    ends = [m.start() for m in rows[1:]] + [ln.end]
    found = False
    for m, end in zip(rows, ends, strict=True):
        found = _marked_row_duty(notice, m, end) or found
    return found


def _row_numbers(notice: Notice, ln: Line) -> list[re.Match[str]]:
    """The numbers starting the rows of a run-on task table in ``ln``: each glued to the unit cell
    before it (``_row_cell``), counting up by one, and the first row's number (after the header,
    one less than the next); [] for fewer than two rows (a number in a sentence starts no row)."""
    text = notice.text
    starts = [m for m in _GLUED_ROW_NUMBER.finditer(text, ln.start, ln.end)
              if _row_cell(notice, m.start(), ln.start) is not None]
    chain: list[re.Match[str]] = []
    for m in starts:
        if chain and int(m.group(1)) == int(chain[-1].group(1)) + 1:
            chain.append(m)
        elif len(chain) < 2:
            chain = [m]
    if not chain:
        return []
    first = [m for m in _GLUED_ROW_NUMBER.finditer(text, ln.start, chain[0].start())
             if int(m.group(1)) == int(chain[0].group(1)) - 1]
    rows = first[-1:] + chain  # the first row: its number after the header, its cell before the next
    return rows if len(rows) >= 2 else []


def _marked_row_duty(notice: Notice, number: re.Match[str], end: int) -> bool:
    """Adds the duty of the run-on row from ``number`` to ``end`` (its task, then its unit cell
    read as a marker), its cell reserved; False when the row has no marker of units or no task."""
    text = notice.text
    cell = _row_marker(notice, strip_span(text, number.end(), end, " 。；，")[1], number.end())
    if cell is None:
        return False
    cell_start, marker = cell
    ts, te = _task_span(text, number.end(), cell_start)
    if te - ts < 4:
        return False
    notice.reserved.append((cell_start, end))
    notice.duties.append(Duty(span=(ts, te), orgs=marker.orgs(False), item=int(number.group(1)), source="task",
                              deadline=marker.deadline[0] if marker.deadline else None,
                              deadline_date=marker.deadline[1] if marker.deadline else None))
    return True


def _labeled_items(notice: Notice, ln: Line) -> bool:
    """Items whose units and task are labeled inline, run on in one line (``（十一）标题
    牵头单位：A 配合单位：B、C 主要任务：任务。 （十二）…``): the text after the task label is
    the item's duty, of the units the labels before it name (the title is none). True when
    the line holds such an item."""
    text = notice.text
    cues = _cues(notice)
    if not cues.inline_task_label.search(text, ln.body_start, ln.end):
        return False
    bounds = [ln.body_start, *(m.start() for m in cues.run_on_number.finditer(text, ln.body_start, ln.end)), ln.end]
    found = False
    for start, end in zip(bounds, bounds[1:], strict=False):
        task_label = cues.inline_task_label.search(text, start, end)
        first = cues.label.search(text, start, task_label.start()) if task_label else None
        if task_label is None or first is None or not _unit_label(first):
            continue
        orgs = _Responsible()
        deadline = labeled_parts(notice, first.start(), task_label.start(), notice.year, orgs)
        ts, te = _task_span(text, task_label.end(), end)
        if not orgs.orgs or te - ts < 4:
            continue
        number = _CN_PAREN_RE.search(text, start, first.start())
        dl = deadline or deadline_in(notice, text[ts:te], notice.year)
        notice.duties.append(Duty(
            span=(ts, te), orgs=orgs.orgs, source="task",
            item=cn_value(number.group().strip("（()）")) if number else ln.number,
            deadline=dl[0] if dl else None, deadline_date=dl[1] if dl else None,
        ))
        found = True
    return found


# --- task markers after the task: ``任务文本（X牵头，Y、Z配合）`` ------------------------------

_OPENERS = {"（": "）", "[": "]", "［": "］", "【": "】", "〔": "〕", "〖": "〗"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_MAX_MARKER = 200
_BRACKET_CHAR = re.compile("[" + re.escape("".join(_OPENERS) + "".join(_CLOSERS)) + "]")


def _bracket_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost bracketed groups ``（…）``, ``[…]``, ``【…】`` in ``text[start:end]``
    (``[A(B)负责]`` is one group); unbalanced brackets close nothing."""
    out = []
    stack: list[tuple[str, int]] = []
    for m in _BRACKET_CHAR.finditer(text, start, end):  # the brackets only, not every character
        i, ch = m.start(), m.group(0)
        if ch in _OPENERS:
            stack.append((ch, i))
        elif ch in _CLOSERS:
            if stack and stack[-1][0] == _CLOSERS[ch]:
                _o, pos = stack.pop()
                if not stack and i + 1 - pos <= _MAX_MARKER:
                    out.append((pos, i + 1))
            else:
                stack.clear()
    return out


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of a marker split on ，；。 outside brackets (``A、B负责。列第一位者为牵头单位``)."""
    return split_items(text, start, end, seps="，；。", openers=_OPENERS, closers=_CLOSERS)


class _Marker:
    """What a task marker says: units with roles, a deadline, whether it states that the
    first unit of every marker leads (``列第一位者为牵头部门，下同``)."""

    def __init__(self) -> None:
        self.units: list[tuple[list[Org], str]] = []  # (units of a clause, lead|sup|resp)
        self.labeled = _Responsible()
        self.deadline: tuple[str, str | None] | None = None
        self.first_leads = False
        self.bare = False  # only a list of units, no verb (（A、B）): a marker only where the notice closes its items so

    def orgs(self, first_leads: bool) -> list[tuple[Org, str | None]]:
        out = _Responsible()
        for org, role in self.labeled.orgs:
            out.add(org, role)
        lead_given = any(kind == "lead" for _u, kind in self.units)
        for k, (units, kind) in enumerate(self.units):
            for j, org in enumerate(units):
                if kind == "lead":
                    role = "lead"
                elif kind == "sup":
                    role = "support"
                elif lead_given:
                    role = None  # X牵头，各地区负责: responsible, no role
                elif first_leads:
                    # 列第一位者为牵头单位: the first unit leads; the others are responsible
                    # (the notice says they 负责, not that they 配合): no role
                    role = "lead" if k == 0 and j == 0 else None
                else:
                    role = None
                out.add(org, role)
        return out.orgs


def read_marker(notice: Notice, start: int, end: int) -> _Marker | None:
    """The responsibilities a bracketed marker's content ``text[start:end]`` states, or None
    when it is not a task marker (every clause must be a unit list with its verb, a
    labeled list, a deadline or the first-unit-leads rule)."""
    text = notice.text
    cues = _cues(notice)
    if cues.label.match(text, start, end):
        marker = _Marker()
        marker.deadline = labeled_parts(notice, start, end, notice.year, marker.labeled)
        return marker if marker.labeled.orgs or marker.deadline else None
    marker = _Marker()
    carried: dict[str, str] = {}
    pending: list[Org] = []  # A、B，C按职责分工负责: units whose verb is the next clause's
    clauses = _clauses(text, start, end)
    for cs, ce in clauses:
        clause = text[cs:ce]
        if FIRST_LEADS_RE.match(clause):
            marker.first_leads = True
            continue
        if is_same_below_note(notice, clause) or cues.time_clause.match(clause):
            continue
        found = deadline_in(notice, clause, notice.year)
        if found and re.fullmatch(r"(?:在|于)?" + re.escape(found[0]) + "(?:完成)?", clause):
            marker.deadline = found
            continue
        if clause.startswith("由"):
            cs += 1
        v = cues.verb.search(text, cs, ce)
        if not v:
            listed = marker_units(notice, cs, ce, carried)
            if not listed or listed[-1][1] < ce or listed[0][0] > cs:
                return None  # a clause that is no list of units only
            pending += [org for _a, _b, org, _r in listed]
            continue
        if v.start() - cs < 2:
            return None
        units = [org for _a, _b, org, _r in marker_units(notice, cs, v.start(), carried)]
        if not units:
            return None
        kind = "lead" if v.group("lead") else "sup" if v.group("sup") else "resp"
        marker.units.append((pending + units, kind))
        pending = []
    if not marker.units and pending and len(clauses) == 1:
        marker.units.append((pending, "resp"))  # （A、B）: a list of units and nothing else
        marker.bare = True
        return marker
    return marker if marker.units and not pending else None


_CN_PAREN_RE = re.compile(CN_PAREN)


def _item_number(ln) -> int | None:
    """The number of a numbered line: ``3.`` or ``（三）``."""
    if ln.number is not None:
        return ln.number
    m = _CN_PAREN_RE.match(ln.text)
    return cn_value(m.group().strip("（()）")) if m else None


_SUBNUMBER_RE = re.compile(r"\d{1,2}(?:\.\d{1,2})+(?=[\u4e00-\u9fff])")


def _task_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The task's text between ``start`` and its marker at ``end``, without the separators
    around it and a sub-number such as ``4.6``."""
    start, end = strip_span(text, start, end, " 。；，、")
    m = _SUBNUMBER_RE.match(text, start, end)
    if m:
        start = m.end()
    return start, end


_ITEM_NUMBER_RE = re.compile(r"(\d{1,3})[.．、](?!\d)\s*")
_CN_PAREN_RE = re.compile(CN_PAREN)


# 。 6.用人单位… / ——政府： 1.研究修订…: an Arabic item number after a sentence or a gap
_RUN_ON_ARABIC_RE = re.compile(r"(?<=[。；\s：])\d{1,2}[.．、](?=[\u4e00-\u9fff])")


def _after_run_on_items(text: str, start: int, end: int) -> int:
    """Where a marked task starts when the text before its marker runs on from earlier items
    or headings (a notice whose lines were joined: ``…现提出以下意见。一、X（一）任务。（A牵头）``,
    ``…到位。 6.用人单位… ——政府： 1.任务。（A牵头）``): after the last ``（一）``-style number
    in it, or the last ``1.``-style one written after a sentence; ``start`` if there is none."""
    ends = [m.end() for m in _CN_PAREN_RE.finditer(text, start, end)]
    ends += [m.end() for m in _RUN_ON_ARABIC_RE.finditer(text, start, end)]
    last = max(ends, default=None)
    if last is None or end - last < 4:
        return start
    titled = _TITLED_ITEM_RE.match(text, last, end)  # （二）小标题行动5.任务: the item after its sub-heading
    return titled.end() if titled and end - titled.end() >= 4 else last


# （二）提升服务能力行动5.打造示范品牌: a run-on sub-heading (no punctuation) and the item's number
_TITLED_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{2,30}?\d{1,2}[.．](?=[\u4e00-\u9fff])")


def find_marked_tasks(notice: Notice) -> None:
    """Tasks closed by a marker naming who does them: ``任务。（X牵头，Y、Z配合）``,
    ``（X负责）``, ``[A、B按职责分工负责]``, ``（牵头单位：A；参加单位：B）``. Several tasks may
    run on in one paragraph, each closed by its own marker: each is the text since the
    previous marker. A marker that opens a line closes the task left open on the line
    before (``(责任单位:X)2.下一项任务…``). When the notice is cut inside the last marker,
    the complete task before it is a task whose bodies are unknown."""
    text = notice.text
    year = notice.year
    first_leads = False
    markers = 0
    open_task: tuple[int, int, int | None] | None = None  # (start, end, item) of an unmarked task
    last: tuple[object, int, int | None, tuple[int, int, int | None] | None] | None = None
    read: dict[tuple[int, int], _Marker | None] = {}
    bare_closing = _bare_closing_markers(notice, read)
    for ln in notice.content_lines():
        if ln.kind == "heading" or notice.claimed_within(ln.start, ln.end):
            open_task = last = None
            continue
        pos = ln.body_start
        item = _item_number(ln)
        before = open_task
        for gs, ge in _bracket_groups(text, ln.body_start, ln.end):
            marker = read[(gs, ge)] if (gs, ge) in read else read_marker(notice, gs + 1, ge - 1)
            if marker is None or marker.bare and ((gs, ge) not in bare_closing or len(bare_closing) < _BARE_MARKERS):
                continue
            markers += 1
            first_leads = first_leads or marker.first_leads
            notice.reserved.append((gs, ge))
            s, e = _task_span(text, pos, gs)
            s = _after_run_on_items(text, s, e)
            if e - s < 4 and gs == ln.body_start and open_task:
                s, e, item = open_task
            pos = ge
            open_task = before = None
            if e - s >= 4:
                dl = marker.deadline or deadline_in(notice, text[s:e], year)
                _add_task(notice, s, e, item, marker.orgs(first_leads), dl)
            num = _ITEM_NUMBER_RE.match(text, pos, ln.end)  # (责任单位:X)2.下一项任务
            if num:
                pos, item = num.end(), int(num.group(1))
        last = (ln, pos, item, before)
        s, e = _task_span(text, pos, ln.end)
        open_task = (s, e, item) if e - s >= 4 else None
    if markers and last is not None:
        _cut_marker(notice, *last)  # type: ignore[arg-type]


# a notice that closes its items with bare lists of units (（A、B）) does so in a list of tasks
_BARE_MARKERS = 3


def _bare_closing_markers(notice: Notice, read: dict[tuple[int, int], _Marker | None]) -> set[tuple[int, int]]:
    """The bracketed groups that close a numbered item's line and hold only a list of units
    (``…能力支撑。（A、B）``): markers where there are :data:`_BARE_MARKERS` or more of them, the
    way a notice writes who does each task; a lone one may list examples. Every marker read
    is kept in ``read``."""
    text = notice.text
    out: set[tuple[int, int]] = set()
    for ln in notice.content_lines():
        if ln.kind != "item":
            continue
        groups = _bracket_groups(text, ln.body_start, ln.end)
        if not groups or text[groups[-1][1] : ln.end].strip(" 。；;") or text[groups[-1][0] - 1] not in "。；;":
            continue
        gs, ge = groups[-1]
        marker = read[(gs, ge)] = read_marker(notice, gs + 1, ge - 1)
        if marker is not None and marker.bare:
            out.add((gs, ge))
    return out


def _add_task(notice: Notice, s: int, e: int, item: int | None, orgs: list[tuple[Org, str | None]],
              dl: tuple[str, str | None] | None) -> None:
    notice.duties.append(Duty(
        span=(s, e), orgs=orgs, item=item, source="marker", open_inside=True,
        deadline=dl[0] if dl else None, deadline_date=dl[1] if dl else None,
    ))


def _cut_marker(notice: Notice, ln, pos: int, item: int | None,
                open_task: tuple[int, int, int | None] | None) -> None:
    """The notice ends inside a marker (``…措施。（市政府办公室、市``): the complete task
    before it is a task with no bodies (they are in the cut part)."""
    text = notice.text
    if any(other.start > ln.start and other.kind != "noise" for other in notice.lines[-3:]):
        return  # not the notice's last line
    opener = max(text.rfind(ch, pos, ln.end) for ch in "（[")
    if opener < 0 or ln.end - opener > 40 or any(ch in text[opener:ln.end] for ch in "）]"):
        return
    inside = opener + 1
    if not (_cues(notice).label.match(text, inside, ln.end) or org_at(notice, text, inside, ln.end)):
        return
    s, e = _task_span(text, pos, opener)
    if e - s < 4 and opener == ln.body_start and open_task:
        s, e, item = open_task
    if e - s >= 4 and text[e : e + 1] == "。":
        notice.reserved.append((opener, ln.end))
        _add_task(notice, s, e, item, [], deadline_in(notice, text[s:e], notice.year))


_NON_SPACE_RUN = re.compile(r"[^ ]+")


def _row_cells(notice: Notice, ln) -> list[tuple[int, int]]:
    """Spans of a table row's cells: between the tabs of the original line when it has
    any (an empty cell stays a cell), else between its bars (``1 | 任务 | 单位 |``, a web
    table's cells), else between spaces."""
    norm = notice.norm
    if ln.end <= ln.start:
        return []
    oa, ob = norm.orig_span(ln.start, ln.end)
    original = norm.original
    oa = original.rfind("\n", 0, oa) + 1  # empty cells before and after the text
    ob = len(original) if original.find("\n", ob) < 0 else original.find("\n", ob)
    sep = next((ch for ch in "\t|｜" if ch in original[oa:ob]), None)
    if sep is None:
        return [(ln.start + m.start(), ln.start + m.end()) for m in _NON_SPACE_RUN.finditer(ln.text)]
    cells = []
    cut = oa
    offsets = norm.offsets
    for i in range(oa, ob + 1):
        if i == ob or original[i] == sep:
            a = bisect.bisect_left(offsets, cut, ln.start, ln.end)
            b = bisect.bisect_left(offsets, i, ln.start, ln.end)
            cells.append(strip_span(notice.text, a, b))
            cut = i + 1
    return cells


def _names_units(notice: Notice, start: int, end: int) -> bool:
    """A table cell that names units and says nothing else: no sentence, and the units of
    the list (``市水利局``, ``A、B等``) written over most of it."""
    cell = notice.text[start:end]
    if not cell or len(cell) > 80 or any(ch in cell for ch in "。；"):
        return False
    found = marker_units(notice, start, end)
    return bool(found) and 2 * sum(e - s for s, e, _o, _r in found) >= len(cell)


_COLUMN_ROLES: dict[str, str | None] = {"lead": "lead", "resp": None, "support": "support"}  # a unit column's role


def _cell_units(notice: Notice, start: int, end: int) -> list[tuple[Org, str | None]]:
    """The units of a table's unit cell, with the roles its clauses give (``A牵头，B配合``, read as
    a task marker), also when the cell lists them with spaces between
    (``安监站 安监所``) or run together (``派出所工商质监所``, see ``split_run_on``): each part
    read alone when every part names units."""
    if _cues(notice).verb.search(notice.text, start, end):  # 县住建局牵头，县城管局配合: a marker's clauses
        marker = read_marker(notice, start, end)
        if marker is not None and marker.units:
            return marker.orgs(False)
    parts = [piece for m in _NON_SPACE_RUN.finditer(notice.text[start:end])
             for piece in _run_together(notice, start + m.start(), start + m.end())]
    if len(parts) > 1 and all(_names_units(notice, *part) for part in parts):
        return [found for part in parts for found in _marked_orgs(notice, *part)]
    return _marked_orgs(notice, start, end)


_LIST_MARKS = re.compile(r"[、，,；;和及与]")


def _run_together(notice: Notice, start: int, end: int) -> list[tuple[int, int]]:
    """A part of a unit cell cut into the units written together in it without a mark
    (``派出所工商质监所``); a part that lists its units (``A、B``, ``X党委和人民政府``) stays whole."""
    if _LIST_MARKS.search(notice.text, start, end):
        return [(start, end)]
    return split_run_on(notice, start, end)


def find_table_tasks(notice: Notice) -> None:
    """A task table exported from Word as lines of cells (``序号 工作任务 牵头单位 配合单位
    完成时限``): each row under the header is a duty with its lead, supports and deadline.
    A 责任单位 column gives no role, also beside a 牵头单位 column (its units are responsible,
    not said to 配合); when the header notes that the first unit leads (``责任单位（列第一位者为
    牵头单位）``) and names no lead column, a unit cell's first unit leads. A row cut short (fewer
    cells than the header) gives nothing; a numbered row whose unit cells are all empty, right under
    a row that names units, is in the cells merged with that row's: it takes that row's units; a
    section row (``一``) naming no units is a group's heading, no task."""
    text = notice.text
    year = notice.year
    columns: list[str | None] | None = None
    first_leads = False
    above: list[tuple[Org, str | None]] = []  # the units of the row above, for a merged cell
    header_cells: list[tuple[int, int]] = []
    for ln in notice.content_lines():
        cells = _row_cells(notice, ln)
        names = [text[a:b] for a, b in cells]
        header = column_kinds(notice.lex, joined_header(notice.lex, names))
        if header:
            columns, above, header_cells = header, [], cells
            first_leads = "lead" not in header and first_leads_header(names)
            continue
        if columns is None and _headerless_row(notice, ln, cells):
            columns, above, header_cells, first_leads = list(_HEADERLESS_COLUMNS), [], [], False
        if columns is None:
            continue
        if notice.claimed_within(ln.start, ln.end):
            columns, above = None if ln.kind == "heading" else columns, []
            continue
        if len(cells) == len(columns):
            aligned = cells if _names_its_units(notice, columns, cells) else _right_aligned(text, cells, header_cells)
            row = dict(zip(columns, aligned, strict=True))
        else:
            pairs = _ROW_NUMBER.fullmatch(text, *cells[0]) and anchored_row(
                columns, cells, lambda cell: _names_units(notice, *cell))
            if not pairs:
                pairs = _short_row(notice, cells, header_cells, columns)
            if not pairs:
                columns, above = None if ln.kind == "heading" else columns, []
                continue
            row = dict(pairs)  # the first cell of a kind, as a row that lines up
        if row["task"][1] - row["task"][0] < 4:
            above = []
            continue
        out = _Responsible()
        for kind, role in _COLUMN_ROLES.items():
            if kind in row:
                for org, marked in _cell_units(notice, *row[kind]):
                    out.add(org, marked or ("lead" if first_leads and not out.orgs else role))
        unit_cells = [row[kind] for kind in UNIT_COLUMNS if kind in row]
        numbered = cells[0][1] <= cells[0][0] or _ROW_NUMBER.fullmatch(text, *cells[0])  # no section row (一、…)
        if not out.orgs and above and numbered and unit_cells and all(b <= a for a, b in unit_cells):
            out.orgs = list(above)  # merged unit cells, written once in the row above
        above = out.orgs
        if not out.orgs and not numbered:
            continue  # a section row (一 | 市容整治 | | |): a group's heading, no task
        dl = None
        if "deadline" in row:
            dl = column_deadline(notice, text[row["deadline"][0] : row["deadline"][1]], year)
        if out.orgs:  # the row's unit and time cells: its task's, no sentence of their own
            notice.reserved.extend(row[kind] for kind in (*UNIT_COLUMNS, "deadline") if kind in row and row[kind][1] > row[kind][0])
        num = re.match(r"\d+", text[cells[0][0] : cells[0][1]])
        ts, te = _task_span(text, *row["task"])
        inner = _ITEM_NUMBER_RE.match(text, ts, te)  # 1.多渠道开展宣传…
        if inner:
            ts = inner.end()
        item = int(num.group(0)) if num else int(inner.group(1)) if inner else None
        notice.duties.append(Duty(
            span=(ts, te), orgs=out.orgs, item=item, source="task",
            deadline=dl[0] if dl else None, deadline_date=dl[1] if dl else None,
        ))


_ROW_NUMBER = re.compile(r"\d{1,3}")
_HEADERLESS_COLUMNS = (None, "task", "resp")  # 序号 | 任务 | 责任单位, the header not given
_HEADERLESS_TASK = 8  # a task cell of a row with no header: a sentence, not a name or a word


def _headerless_row(notice: Notice, ln: Line, cells: list[tuple[int, int]]) -> bool:
    """A web table's row copied without its header (``1 | 完成…改造提升。 | 县教育局 | 进展 | 状态 |``):
    cells between bars, a row number, a task sentence, then a cell that names units and nothing
    else. Its unit cell is read as a plain 责任单位 (the column's label is not given: no role)."""
    text = notice.text
    a, b = notice.norm.orig_span(ln.start, ln.end)
    return (len(cells) >= 4 and "|" in notice.norm.original[a:b] and bool(_ROW_NUMBER.fullmatch(text, *cells[0]))
            and cells[1][1] - cells[1][0] >= _HEADERLESS_TASK and not _names_units(notice, *cells[1])
            and _names_units(notice, *cells[2]))


def _short_row(notice: Notice, cells: list[tuple[int, int]], header: list[tuple[int, int]],
               columns: list[str | None]) -> list[tuple[str, tuple[int, int]]] | None:
    """A bar row with fewer cells than the header, its first cells merged with the rows above and
    left out (``| 2.任务 | 县农业局 | 11月底前 |`` under five columns): its cells under the header's
    last columns, when every unit cell then names units; else None."""
    text = notice.text
    if (len(cells) >= len(header) or len(cells) < 3 or not header or text[cells[0][0] : cells[0][1]].strip()
            or text[header[0][0] : header[0][1]].strip()):
        return None  # a row or header opening with a cell, not with its bar (an empty first cell): not such a row
    aligned = [(cells[0][0], cells[0][0])] * (len(header) - len(cells)) + cells
    row = [(kind, cell) for kind, cell in zip(columns, aligned, strict=True) if kind]
    units = [cell for kind, cell in row if kind in UNIT_COLUMNS]
    if not units or not all(_names_units(notice, *cell) for cell in units):
        return None
    return row


def _names_its_units(notice: Notice, columns: list[str | None], cells: list[tuple[int, int]]) -> bool:
    """Does a row lined up with the header name units in its unit cells (one at least, each
    non-empty one)? Then it is not moved (``| 1 | 任务 | 县住建局 | |``: an empty last cell of its own)."""
    units = [cell for kind, cell in zip(columns, cells, strict=True) if kind in UNIT_COLUMNS and cell[1] > cell[0]]
    return bool(units) and all(_names_units(notice, *cell) for cell in units)


def _right_aligned(text: str, cells: list[tuple[int, int]], header: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A web table's row whose first cells were merged with the rows above (a rowspan) and
    padded with empty cells at its end (``| 2.任务 | 县农业局 | 11月底前 | ||`` under a header of
    five columns): its cells moved right by the empty cells it has at its end more than the
    header, so its last cells stand under the header's last columns; only a row opening with the
    empty cells the header opens with (its bar). Other rows unchanged."""
    def empties(row: list[tuple[int, int]]) -> int:
        n = 0
        while n < len(row) and not text[row[n][0] : row[n][1]].strip():
            n += 1
        return n

    shift = empties(cells[::-1]) - empties(header[::-1])
    if shift <= 0 or shift >= len(cells) or not empties(header) or empties(cells) != empties(header):
        # a row opening otherwise than the header's bar: merged cells kept empty at its start
        # (\t\t2.任务\t单位\t), or an empty last cell of its own (1\t任务\t县住建局\t): it lines up
        return cells
    empty = (cells[0][0], cells[0][0])
    return [empty] * shift + cells[: len(cells) - shift]


def find_flat_table_tasks(notice: Notice) -> None:
    """A task table flattened one cell a line (``序号`` / ``改革举措`` / ``主要内容`` / ``指导部门``,
    then ``1`` / its cells, one a line): each row that starts with its number and whose unit
    cell names units is a duty of those units. Section rows between them (``一、…方面``) are
    passed over; a row whose cells do not line up gives nothing."""
    lines = notice.content_lines()
    texts = [ln.text for ln in lines]
    k = 0
    while k < len(lines):
        found = flat_task_header(notice.lex, texts, k)
        if found is None:
            unnumbered = unnumbered_task_header(notice.lex, texts, k)
            if unnumbered is None:
                k += 1
                continue
            blocks, k = _unit_block_rows(notice, lines, unnumbered[0])
            _unit_tail_rows(notice, blocks, unit_columns_last(unnumbered[1]) or [], placed_ends=True)
            continue
        stacked = _stacked_measures(notice, lines, *found)
        if stacked is not None:
            k = stacked
            continue
        rows = _numbered_rows(notice, lines, *found)
        after_rows = found[0] + sum(1 + len(cells) for _number, cells in rows)
        if _leaves_cells_out(rows, found[1]):
            _merged_rows(notice, rows, found[1])
            k = after_rows
        elif (run_on := _run_on_rows(notice, rows, found[1])) is not None:
            _unit_tail_rows(notice, run_on, unit_columns_last(found[1]) or [])
            k = after_rows
        else:
            k = _flat_rows(notice, lines, *found, first_leads=first_leads_header(texts[k : found[0]]))


def find_transposed_rows(notice: Notice) -> None:
    """A task table's row copied as its column names, each on a line above its cell (``具体任务`` /
    the task / ``责任单位`` / units / ``配合单位`` / units / ``完成时限`` / a time): one duty of the
    units of its unit cells, with the roles their columns give, and the first time its time cell
    names (when the notice names its year). A unit cell that says more than units (``_block_units``)
    leaves the row unread."""
    lines = notice.content_lines()
    k = 0
    while k < len(lines):
        row = _column_cells(notice, lines, k)
        units = _transposed_units(notice, lines, k, row) if row else None
        if not row or not units:
            k += 1
            continue
        k += 2 * len(row)
        out = _Responsible()
        for org, role in units:
            out.add(org, role)
        task = row["task"]
        dl = deadline_in(notice, row["deadline"].text, notice.year) if "deadline" in row else None
        dl = dl if dl and dl[1] else None  # a time of a year the notice does not name: no date to give
        notice.reserved.extend((cell.start, cell.end) for kind, cell in row.items() if kind != "task")
        ts, te = _task_span(notice.text, task.start, task.end)
        notice.duties.append(Duty(span=(ts, te), orgs=out.orgs, source="task",
                                  deadline=dl[0] if dl else None, deadline_date=dl[1] if dl else None))


def _column_cells(notice: Notice, lines: list, k: int) -> dict[str, Line] | None:
    """The cells of a row written as column names, each above its cell, from ``lines[k]`` on
    (by the column's kind, in the order written), when they hold a task and a unit cell."""
    row: dict[str, Line] = {}
    while k + 1 < len(lines):
        kind = column_kind(notice.lex, _SPACE_RUN.sub("", lines[k].text))
        if kind is None or kind in row or column_kind(notice.lex, lines[k + 1].text) is not None:
            break
        row[kind] = lines[k + 1]
        k += 2
    if "task" not in row or len(row["task"].text) < 4 or not any(kind in row for kind in UNIT_COLUMNS):
        return None
    return row


def _transposed_units(notice: Notice, lines: list, k: int, row: dict[str, Line]) -> list[tuple[Org, str | None]] | None:
    """The units of the unit cells of a row written from ``lines[k]`` on as column names above
    their cells, each with the role its column's name gives; None when a cell says more than units."""
    out: list[tuple[Org, str | None]] = []
    for i, (kind, cell) in enumerate(row.items()):
        if kind in UNIT_COLUMNS:
            found = _block_units(notice, lines[k + 2 * i].text, cell.start, cell.end)
            if found is None:
                return None
            out.extend((org, marked or _COLUMN_ROLES[kind]) for org, marked in found)
    return out


_SPACE_RUN = re.compile(r"\s+")


def _numbered_rows(notice: Notice, lines: list, k: int, columns: list[str | None]) -> list[tuple[Line, list[Line]]]:
    """The rows of a flattened table numbered 1, 2, 3… from its first row on (past header cells
    left unread, such as ``(单位)`` or ``备注``): each row's number line and its cells, the lines
    up to the next number (the last row: at most as many as the header has columns), up to a
    heading, an annex or the page's clutter."""
    appendix = notice.lex.cue("appendix_words")
    rows: list[tuple[Line, list[Line]]] = []
    k = next((i for i in range(k, min(k + len(columns), len(lines))) if lines[i].text == "1"), k)  # past (单位), 备注
    while k < len(lines) and lines[k].text == str(len(rows) + 1):
        run = k + 1
        while (run < len(lines) and lines[run].text != str(len(rows) + 2) and lines[run].kind not in ("noise", "heading")
               and not notice.text.startswith(appendix, lines[run].start)
               and (run - k <= 2 * len(columns) or _unit_line(notice, lines[run]))):
            run += 1
        rows.append((lines[k], lines[k + 1 : run]))
        k = run
    if rows and len(rows[-1][1]) > len(columns):
        rows[-1] = (rows[-1][0], rows[-1][1][: len(columns)])
    return rows


_MEASURE_CHARS = 8  # a measure's cell: a sentence, or longer than a group's name (组织管理) or a target (培训率)


def _stacked_measures(notice: Notice, lines: list, k: int, columns: list[str | None]) -> int | None:
    """A flattened table whose numbered rows stack several measures under one number, the
    number, group and unit cells merged over them (``1`` / ``组织管理`` / measure / ``区卫生局`` /
    targets / measure / targets …; ``task_tables.stacked_rows``): each measure is a duty of the
    units of its own unit cells, else of the measure above it in the row (merged cells), item the
    row's number, roles by the unit columns when its cells fill them. Only when every numbered
    row reads so and one stacks two measures at least; returns where the rows end, else None."""
    appendix = notice.lex.cue("appendix_words")
    empty = notice.lex.cue("empty_cell_marks")
    unit_kinds = [kind for kind in columns if kind in UNIT_COLUMNS]
    first = next((i for i in range(k, min(k + len(columns), len(lines))) if lines[i].text == "1"), k)
    columns = columns + [None] * (first - k)  # header cells no column name reads (2007 / 2010: a target's years)
    k = first
    rows: list[tuple[Line, list[Line]]] = []
    while k < len(lines) and lines[k].text == str(len(rows) + 1):
        run = k + 1
        while (run < len(lines) and lines[run].text != str(len(rows) + 2) and lines[run].kind not in ("noise", "heading")
               and not notice.text.startswith(appendix, lines[run].start)):
            run += 1
        rows.append((lines[k], lines[k + 1 : run]))
        k = run
    if len(rows) < 2:
        return None

    def is_unit(cells: list[Line], i: int) -> bool:
        return _names_units(notice, cells[i].start, cells[i].end) or _mechanism_cell(notice, cells[i])

    def is_task(cells: list[Line], i: int) -> bool:
        cell = cells[i].text.strip()
        return (cell not in empty and (len(cell) >= _MEASURE_CHARS or cell.endswith(("。", "；")))
                and not is_unit(cells, i) and _time_cell(notice, cells[i]) is None)

    read = [stacked_rows(columns, len(cells), partial(is_task, cells), partial(is_unit, cells)) for _number, cells in rows]
    last = rows[-1][1]
    for cut in range(len(last) - 1, 0, -1):  # the last row, up to the page's clutter after the table
        if read[-1] is not None:
            break
        read[-1] = stacked_rows(columns, cut, partial(is_task, last), partial(is_unit, last))
    if any(sub is None for sub in read[:-1]) or not any(sub is not None and len(sub) > 1 for sub in read):
        return None  # (the last row may be cut by the page's end)
    for (number, cells), sub in zip(rows, read, strict=True):
        units: list[tuple[Org, str | None]] = []
        for task, unit_cells in sub or []:
            if unit_cells:
                units = _placed_units(notice, [cells[i] for i in unit_cells], unit_kinds)
            if not units:
                continue
            notice.reserved.extend((cells[i].start, cells[i].end) for i in unit_cells)
            ts, te = _task_span(notice.text, cells[task].start, cells[task].end)
            notice.duties.append(Duty(span=(ts, te), orgs=list(units), item=int(number.text), source="task"))
    return k


def _leaves_cells_out(rows: list[tuple[Line, list[Line]]], columns: list[str | None]) -> bool:
    """Does a flattened table leave cells out (merged cells, written once for the rows they
    span): some row of three or more holds fewer cells than the header names columns?"""
    named = sum(kind is not None for kind in columns)
    return len(rows) >= 3 and "deadline" in columns and any(len(cells) < named for _n, cells in rows)


def _merged_rows(notice: Notice, rows: list[tuple[Line, list[Line]]], columns: list[str | None]) -> None:
    """A flattened table whose merged cells were written once, in the first row they span
    (``序号 指标 工作任务 完成时限 责任领导 责任股室``; row 2 only ``task`` and its units, row 3 only
    ``task``), read by what each cell is: the task the longest of its first cells (after the
    group cells the header names before it), the deadline a cell that is a time, the units the
    cells that name units; a row without a time or units takes those of the row above. Cells
    that are none of these (a leader's name) are passed over."""
    groups = columns.index("task") - 1  # 指标, 项目: columns between the number and the task
    unit_kinds = [kind for kind in columns if kind in UNIT_COLUMNS]
    units: list[tuple[Org, str | None]] = []
    deadline: tuple[str, str | None] | None = None
    for number, cells in rows:
        task, after = _row_task(notice, cells, groups)
        if task is None:
            continue
        unit_cells = [cell for cell in after if _names_units(notice, cell.start, cell.end)]
        times = {cell.start: dl for cell in after if (dl := _time_cell(notice, cell))}
        deadline = next(iter(times.values()), deadline)
        others = [cell for cell in after if cell not in unit_cells and cell.start not in times]
        if not unit_cells and any(len(cell.text.replace(" ", "")) > _NAME_CELL for cell in others):
            units = []  # a cell that may name the row's own units, unread: no units from above
        elif unit_cells:
            units = _placed_units(notice, unit_cells, unit_kinds)
        if not units:
            continue
        notice.reserved.append((number.start, (cells[-1] if cells else number).end))
        ts, te = _task_span(notice.text, task.start, task.end)
        notice.duties.append(Duty(span=(ts, te), orgs=list(units), item=int(number.text), source="task",
                                  deadline=deadline[0] if deadline else None, deadline_date=deadline[1] if deadline else None))


def _placed_units(notice: Notice, cells: list[Line], kinds: list[str]) -> list[tuple[Org, str | None]]:
    """The units of a row's unit cells, each with its column's role when the row holds as many
    unit cells as the header names unit columns (``牵头单位`` / ``配合单位``: the cells stand in
    their columns' order); else only the roles their own words mark."""
    out = _Responsible()
    placed = len(cells) == len(kinds)
    for cell, kind in zip(cells, kinds if placed else [None] * len(cells), strict=True):
        role = _COLUMN_ROLES[kind] if kind else None
        found = _cell_units(notice, cell.start, cell.end)
        if not found and _mechanism_cell(notice, cell):
            found = [(notice.table.add(cell.text.strip()), None)]
        for org, marked in found:
            out.add(org, marked or role)
    return out.orgs


_MECHANISM_CELL = re.compile(f"[{HAN}]{{4,24}}")


def _mechanism_cell(notice: Notice, cell: Line) -> bool:
    """A unit cell that names a coordination body alone (``区公共卫生工作联席会议``): the body
    is the unit."""
    text = cell.text.strip()
    return bool(_MECHANISM_CELL.fullmatch(text)) and text.endswith(tuple(notice.lex.bodies["mechanism_suffixes"]))


_NAME_CELL = 4  # a person's name in a leader column (夏某某, 周 某), passed over


def _unit_line(notice: Notice, line: Line) -> bool:
    """A line of a flattened table that names units (a township by its name, ``青山镇``), or
    marks its cell empty (``/``)."""
    return (line.text in notice.lex.cue("empty_cell_marks") or _township(notice, line.text)
            or _names_units(notice, line.start, line.end))


def _township(notice: Notice, cell: str) -> bool:
    """A unit cell that is a township's name alone (``青山镇``, ``白河乡``): the township is the unit."""
    levels = notice.lex.cue("township_levels")
    return cell.endswith(tuple(levels)) and bool(re.fullmatch(f"[{HAN}]{{2,4}}", cell[: -1]))


def _unit_tail(notice: Notice, cells: list[Line], before: int) -> tuple[Line, list[Line]] | None:
    """A row's task cell and the unit lines after it: the unit lines end the row, and the
    cells before them are at most the ``before`` cells the header names there (a merged
    group cell left out). None when the row does not read so."""
    tail = len(cells)
    while tail > 0 and _unit_line(notice, cells[tail - 1]):
        tail -= 1
    units = cells[tail:]
    if not 0 < tail <= before or not units or units[0].text in notice.lex.cue("empty_cell_marks"):
        return None
    task = cells[tail - 1]
    return (task, units) if len(task.text) >= 4 else None


_UnitRow = tuple[int | None, tuple[int, int], list[Line], int]  # item, task span, unit lines, row start


def _run_on_rows(notice: Notice, rows: list[tuple[Line, list[Line]]], columns: list[str | None]) -> list[_UnitRow] | None:
    """The rows of a flattened table that writes its unit cells one unit a line (``区卫健局`` /
    ``东孝街道`` / ``孝顺镇``), so that they do not line up with its header, when the header's
    last columns are its lead and one other unit column, every row ends in unit lines after its
    task (the last row may end in a line the copy cut off) and some row holds more unit lines
    than the header has unit columns; else None."""
    if unit_columns_last(columns) is None or len(rows) < 2:
        return None
    before = columns.index("lead") - 1
    out: list[_UnitRow] = []
    for k, (number, cells) in enumerate(rows):
        tail = _unit_tail(notice, cells, before)
        if tail is None and k == len(rows) - 1:
            tail = _unit_tail(notice, cells[:-1], before)  # cut inside its last cell
        if tail is None:
            return None
        out.append((int(number.text), (tail[0].start, tail[0].end), tail[1], number.start))
    return out if any(len(units) > 2 for _n, _t, units, _s in out) else None


def _unit_block_rows(notice: Notice, lines: list, k: int) -> tuple[list[_UnitRow], int]:
    """The rows of a flattened table with no row-number column whose unit cells run on one unit
    a line, from ``lines[k]`` on: each a block of task lines (a sentence, or longer than a
    unit's name) and the unit lines under it (a short line no unit is read from is passed over
    among them). Ends at a heading, the page's clutter, an annex or a line that is neither;
    returns the rows and where they end."""
    appendix = notice.lex.cue("appendix_words")
    rows: list[_UnitRow] = []
    task: list[Line] = []
    units: list[Line] = []
    while k < len(lines):
        ln = lines[k]
        if ln.kind in ("noise", "heading") or notice.text.startswith(appendix, ln.start):
            break
        if _unit_line(notice, ln) or units and len(ln.text) <= _UNIT_NAME_CHARS:
            if not task:
                break
            units.append(ln)
        elif ln.text.endswith(("。", "；")) or len(ln.text) > _UNIT_NAME_CHARS:
            while units and not _unit_line(notice, units[-1]):
                units.pop()  # the next row's leader (王某), a merged cell written once: no unit line of this row
            if units:
                rows.append((_item_of(notice, task[0]), (task[0].start, task[-1].end), units, task[0].start))
                task, units = [], []
            task.append(ln)
        else:
            break
        k += 1
    if task and units:
        rows.append((_item_of(notice, task[0]), (task[0].start, task[-1].end), units, task[0].start))
    return rows, k


_UNIT_NAME_CHARS = 12  # longer than a unit's name in a unit column (省人口计生, 广东出入境检验检疫局)


def _item_of(notice: Notice, line: Line) -> int | None:
    """The item number a task cell opens with (``1.妇女…``), if any."""
    m = _ITEM_NUMBER_RE.match(notice.text, line.start, line.end)
    return int(m.group(1)) if m else None


def _unit_tail_rows(notice: Notice, rows: list[_UnitRow], kinds: list[str], placed_ends: bool = False) -> None:
    """Duties of the rows of a table whose unit cells run on, one unit a line: the first unit
    line is the lead column's (a lead is one unit), the rest the other column's (``kinds``);
    a cell marked empty (``/``) names none. With ``placed_ends`` (a table with no row numbers,
    its rows told apart by their unit lines alone) a row of more unit lines than its unit
    columns places only its first line (lead) and its last (the other column's): the lines
    between may be either column's, so their units are responsible with no role."""
    empty = notice.lex.cue("empty_cell_marks")
    for item, (ts, te), units, start in rows:
        out = _Responsible()
        for k, cell in enumerate(units):
            kind = _COLUMN_ROLES[kinds[min(k, 1)]]
            if placed_ends and 0 < k < len(units) - 1 and len(units) > len(kinds):
                kind = None  # between the lead line and the last: either column's
            if _township(notice, cell.text) and not _names_units(notice, cell.start, cell.end):
                out.add(notice.table.add(cell.text), kind)
            elif cell.text not in empty:
                for org, marked in _marked_orgs(notice, cell.start, cell.end):
                    out.add(org, marked or kind)
        if not out.orgs:
            continue
        notice.reserved.append((start, units[-1].end))
        inner = _ITEM_NUMBER_RE.match(notice.text, ts, te)
        ts, te = _task_span(notice.text, inner.end() if inner else ts, te)
        notice.duties.append(Duty(span=(ts, te), orgs=out.orgs, item=item, source="task"))


def _time_cell(notice: Notice, cell: Line) -> tuple[str, str | None] | None:
    """The deadline a short cell of a time column gives (``12月底前``, ``5月底``), else None."""
    return column_deadline(notice, cell.text, notice.year) if len(cell.text) <= 12 else None


def _row_task(notice: Notice, cells: list[Line], groups: int) -> tuple[Line | None, list[Line]]:
    """The task cell of a row with merged cells left out and the cells after it: of its first
    cells up to a time (the group cells and the task), the longest that does not name units
    (a group such as ``文化市场管理`` may read as one)."""
    lead: list[Line] = []
    for cell in cells[: groups + 1]:
        if _time_cell(notice, cell):
            break
        lead.append(cell)
    plain = [cell for cell in lead if not _names_units(notice, cell.start, cell.end)]
    task = max(plain, key=lambda cell: len(cell.text), default=None)
    if task is None or len(task.text) < 4:
        return None, []
    return task, cells[cells.index(task) + 1 :]


def _row_end(notice: Notice, texts: list[str], k: int, width: int, following: str | None) -> int:
    """Where the cells of the flattened row numbered at ``texts[k]`` end: at most ``width - 1``
    cells, up to a repeated header and the next row's number (``following``; any number when
    None, the first reading: a cell that is a number, ``85`` of a target, ends it too)."""
    run = k + 1
    while (run < len(texts) and run - k < width
           and not (texts[run] == following if following else _ROW_NUMBER.fullmatch(texts[run]))
           and flat_table_header(texts, run, notice.lex) is None):
        run += 1
    return run


def _flat_rows(notice: Notice, lines: list, k: int, columns: list[str | None], first_leads: bool = False) -> int:
    """The rows of a flattened task table from ``lines[k]`` on; returns where they end. With
    ``first_leads`` (the header notes ``列第一位者为牵头单位`` and names no lead column) a row's
    first unit leads."""
    first_leads = first_leads and "lead" not in columns
    text = notice.text
    width = len(columns)
    known = [kind for kind in columns[1:] if kind is not None]
    appendix = notice.lex.cue("appendix_words")
    texts = [line.text for line in lines]
    while k < len(lines):
        ln = lines[k]
        if ln.kind == "noise" or text.startswith(appendix, ln.start):
            break
        run = _row_end(notice, texts, k, width, None)  # up to the next row number or a repeated header
        if _ROW_NUMBER.fullmatch(ln.text) and run - k - 1 not in (width - 1, len(known)):
            run = _row_end(notice, texts, k, width, str(int(ln.text) + 1))  # a cell that is a number (85)
        cells = lines[k + 1 : run]
        # the last column names no kind (a status, a note) and its empty cell was dropped with its line
        last_dropped = len(cells) == width - 2 and columns[-1] is None and len(known) != width - 2
        if not _ROW_NUMBER.fullmatch(ln.text) or (len(cells) not in (width - 1, len(known)) and not last_dropped):
            k += 1  # a section row (一、…方面), or a row cut short
            continue
        if len(cells) == width - 1:
            row = dict(zip(columns[1:], cells, strict=True))
        elif last_dropped:
            row = dict(zip(columns[1:-1], cells, strict=True))
        else:  # the cells of the columns the row leaves empty (项目, 类别) were dropped with their lines
            row = dict(zip(known, cells, strict=True))
        out = _Responsible()
        for kind, role in _COLUMN_ROLES.items():
            if kind in row:
                for org, marked in _marked_orgs(notice, row[kind].start, row[kind].end):
                    out.add(org, marked or ("lead" if first_leads and not out.orgs else role))
        task = row.get("task")
        if not out.orgs or task is None or task.end - task.start < 4:
            k += 1
            continue
        ts, te = _task_span(text, task.start, task.end)
        dl = column_deadline(notice, row["deadline"].text, notice.year) if "deadline" in row else None
        notice.reserved.append((ln.start, cells[-1].end))
        notice.duties.append(Duty(span=(ts, te), orgs=out.orgs, item=int(ln.text), source="task",
                                  deadline=dl[0] if dl else None, deadline_date=dl[1] if dl else None))
        k = run
    return k


def add_deadlines(notice: Notice) -> None:
    """A deadline written inside any duty (``要在2024年9月底前完成…``), or opening its
    sentence before the body the duty starts with (``2024年9月底前，县卫健局完成…``)."""
    year = notice.year
    for duty in notice.duties:
        if duty.deadline is None:
            dl = deadline_in(notice, notice.text[duty.span[0] : duty.span[1]], year) or _leading_deadline(
                notice, duty.span[0], year)
            if dl:
                duty.deadline, duty.deadline_date = dl
    _deadline_sentences(notice, year)
    _deadline_lines(notice, year)
    _phase_deadlines(notice, year)


_DONE = re.compile(r"(?:完成)?[。；;.]?$")


def _deadline_lines(notice: Notice, year: int | None) -> None:
    """A line that is only a deadline (``2024年5月1日前``, ``…前完成``): a task table's last
    column, flattened one cell a line. It is the deadline of the duties of the lines just above
    it that have none, up to a line that holds no duty (the row's units, a heading)."""
    text = notice.text
    lines = notice.content_lines()
    for idx, ln in enumerate(lines):
        body = text[ln.body_start : ln.end].strip()
        dl = deadline_in(notice, body, year) if 4 <= len(body) <= 20 else None
        if dl is None or not body.startswith(dl[0]) or not _DONE.fullmatch(body, len(dl[0])):
            continue
        for above in reversed(lines[:idx]):
            held = [d for d in notice.duties if above.start <= d.span[0] < above.end]
            if not held or above.kind == "heading":
                break
            for duty in held:
                if duty.deadline is None:
                    duty.deadline, duty.deadline_date = dl


# （一）动员部署阶段（2024年7月底前）。: a phase of the work, titled with the time it ends by
_PHASE = re.compile(r"[^，。；：]{2,12}阶段\s*[（(](?P<when>[^（()）]{3,24})[）)]")
# 补漏阶段。 / 【…】3、补漏阶段 ：: a phase's title without a period, its line's first clause
_PHASE_NAME = re.compile(r"[^，。；：]{1,50}?阶段\s*[。：:]")


def _phase_deadlines(notice: Notice, year: int | None) -> None:
    """``（一）动员部署阶段（2024年7月底前）。各地要…`` / the phase's title on a line of its own
    and its duties below: the phase's deadline is that of its duties that have none, up to
    the next phase or heading. A phase written as a period of days (``（11月1日-2日）``) gives
    its last day; one written as a span of months (``（2024年8月—12月）``) gives none."""
    text = notice.text
    current: tuple[str, str | None] | None = None
    for ln in notice.content_lines():
        m = _PHASE.match(text, ln.body_start, ln.end)
        if m is not None:
            when = m.group("when").strip()
            dl = deadline_in(notice, when, year)
            current = dl if dl is not None and dl[0] == when else period_deadline(when)
        elif _PHASE_NAME.match(text, ln.body_start, ln.end):
            current = None  # 三、补漏阶段。…: a phase whose title gives no period
        elif ln.kind == "heading":
            current = None
        if current is None:
            continue
        for duty in notice.duties:
            if duty.deadline is None and ln.body_start <= duty.span[0] < ln.end:
                duty.deadline, duty.deadline_date = current


def _deadline_sentences(notice: Notice, year: int | None) -> None:
    """``…制定实施办法。以上工作要在2019年2月底前完成。``: a sentence that only gives a deadline
    to the work above it gives it to the paragraph's duties before it that have none."""
    text = notice.text
    cues = _cues(notice)
    for ln in notice.content_lines():
        for m in cues.deadline_sentence.finditer(text, ln.body_start, ln.end):
            if m.start() > ln.body_start and text[m.start() - 1] not in "。；":
                continue  # the sentence's own start only
            dl = deadline_in(notice, m.group(0), year)
            if dl is None:
                continue
            for duty in notice.duties:
                if duty.deadline is None and ln.body_start <= duty.span[0] and duty.span[1] <= m.start():
                    duty.deadline, duty.deadline_date = dl


def _leading_deadline(notice: Notice, start: int, year: int | None) -> tuple[str, str | None] | None:
    """The deadline that is all the sentence says before ``start`` (``6月底前，``), or, after a
    numbered step's title, a period of days with its own year (``（二）启动填报。2024年3月1日至15日，``:
    its last day, as a phase title's period; a period alone, ``1月1日至12月31日，…可申请``, is a
    validity, no deadline)."""
    text = notice.text
    begin = max(text.rfind(ch, 0, start) for ch in "。；！？\n") + 1
    lead = text[begin:start].strip(" ，,")
    if not lead or len(lead) > 20:
        return None
    dl = deadline_in(notice, lead, year)
    if dl is not None and dl[0] == lead:
        return dl
    return period_deadline(lead) if _after_step_title(notice, begin) else None


def _after_step_title(notice: Notice, at: int) -> bool:
    """Does the sentence at ``at`` follow the title of a numbered step on its line (``（二）启动填报。``)?"""
    text = notice.text
    ln = next((ln for ln in notice.content_lines() if ln.start <= at < ln.end), None)
    return (ln is not None and ln.numbered and at - 1 > ln.body_start and text[at - 1] == "。"
            and not re.search("[，,；;。]", text[ln.body_start : at - 1]))




def find_labeled_blocks(notice: Notice) -> None:
    """A task written as a block of labeled sub-sections (``（一）试点单位。`` / a line of
    units; ``（二）指导单位。`` / ``X司牵头，Y司配合。``; ``（三）试点内容。`` / the task): the
    paragraph under the content label is one duty of the units under the unit labels, with
    the roles the unit line states (``牵头单位`` leads, ``配合单位`` supports, others none)."""
    text = notice.text
    lines = notice.content_lines()
    blocks: dict[int, list[int]] = {}  # heading index -> sub-heading indices under it
    heading = -1
    for idx, ln in enumerate(lines):
        if ln.kind == "heading":
            heading = idx
        elif ln.kind == "para" and ln.body_start > ln.start and _item_number(ln) is not None:
            blocks.setdefault(heading, []).append(idx)
    for subs in blocks.values():
        units: list[tuple[Org, str | None]] = []
        task: tuple[int, int] | None = None
        spans: list[tuple[int, int]] = []
        for idx in subs:
            label = text[lines[idx].body_start : lines[idx].end]
            nxt = lines[idx + 1] if idx + 1 < len(lines) else None
            if nxt is None or nxt.kind != "para" or nxt.body_start != nxt.start or notice.claimed_within(nxt.start, nxt.end):
                continue
            vs, ve = strip_span(text, nxt.start, nxt.end, " 。；")
            m = _cues(notice).block_unit_label.match(label)
            if m:
                found = _block_units(notice, m.group("label"), vs, ve)
                if found is None:
                    units, task = [], None
                    break  # a paragraph that says more than units: not such a block
                units.extend(found)
                spans.append((nxt.start, nxt.end))
            elif _cues(notice).block_task_label.match(label) and task is None:
                task = _task_span(text, vs, ve)
        if task and units and task[1] - task[0] >= 4:
            out = _Responsible()
            for org, role in units:
                out.add(org, role)
            notice.reserved.extend(spans)
            dl = deadline_in(notice, text[task[0] : task[1]], notice.year)
            _add_task(notice, task[0], task[1], None, out.orgs, dl)


def _block_units(notice: Notice, label: str, start: int, end: int) -> list[tuple[Org, str | None]] | None:
    """The units of a unit label's paragraph (``北京某大学``, ``X司牵头，Y司配合``), or None
    when the paragraph says more than units."""
    marker = read_marker(notice, start, end)
    if marker is not None:
        return marker.orgs(False)
    found = marker_units(notice, start, end)
    if not found or len(split_items(notice.text, start, end)) != len(found):
        return None
    role = label_role(notice.lex, label)
    if role == "resp":
        role = None
    return [(org, mark or role) for _a, _b, org, mark in found]


_ONE_HAN = re.compile(f"[{HAN}]")


_MIN_ITEM_HAN = 6  # 打印〗〖关闭 over a labeled line: a page's clutter, no task
# --, —, ●, ◆…: the mark that opens an unnumbered item of a list
_BULLET = re.compile(r"(?:[-－—–]{1,2}|[●◆■□◇○·•★☆▲►▶※➢])\s*")


def find_unnumbered_labeled_tasks(notice: Notice) -> None:
    """An item no list of numbered tasks reads (a paragraph, opened by a bullet, by nothing:
    ``--整治河道。``, or by a section's number: ``（一）整治河道。清理…``) followed by lines of
    labeled units (``责任单位：…`` / ``配合单位：…``): the item is one task of those units, with
    the roles the labels give; not a heading, a field of a plan (``主要职责：…``) or a line of
    labels itself."""
    text = notice.text
    lines = notice.content_lines()
    for idx, ln in enumerate(lines):
        if (ln.kind != "para" or len(_ONE_HAN.findall(text, ln.body_start, ln.end)) < _MIN_ITEM_HAN
                or notice.claimed_within(ln.start, ln.end)
                or not _labeled_below(notice, lines, idx) or _cues(notice).label.match(text, ln.start, ln.end)
                or _value_below(notice, lines, idx - 1)
                or _FIELD_LABEL.match(text, ln.start, ln.end)):
            continue
        bullet = None if ln.numbered else _BULLET.match(text, ln.start, ln.end)
        item = replace(ln, body_start=bullet.end()) if bullet else ln
        orgs, labeled = item_orgs(notice, [*lines[:idx], item, *lines[idx + 1 :]], idx, notice.year)
        s, e = _task_span(text, item.body_start, ln.end)
        if orgs and e - s >= 4:
            _add_task(notice, s, e, None, orgs, labeled or deadline_in(notice, text[s:e], notice.year))


def _criteria_items(notice: Notice, lines: list, strict: set[int] | None = None) -> set[int]:
    """Indices of the numbered items under a line that introduces criteria, notes, principles,
    annexes or who takes part, not tasks (``有下列情形之一的为重大疫情：`` / ``(1)…；(2)…``; ``注：`` /
    ``1.…是指…``; ``工作原则`` / ``(1)统一领导、分级负责。…``; ``三、参加人员`` / ``1、地区有关领导；``; ``（二）申报材料`` / ``1.申请表；``; ``附件：1.X`` / ``2.Y``),
    up to the next line that is no item; and every item of a run of items most of which are conditions (``…造成市场波动的``).
    ``strict`` receives the items under a line introducing criteria or amounts (no notes): no rule reads a duty from them."""
    out: set[int] = set()
    under = criteria = False
    cues = _cues(notice)
    open_item = False  # the last item runs on: its line ends mid-sentence
    for idx, ln in enumerate(lines):
        line = notice.text[ln.start : ln.end].rstrip()
        if not _ONE_HAN.search(line):
            continue  # — 5 —: a page number between the intro and its items, or inside an item
        ends_open = not line.endswith(tuple("。；;：:！？!?"))
        # a long criterion is a numbered paragraph (（二）…), not a section (三、…)
        if ln.kind == "item" or criteria and ln.numbered and ln.kind == "para" and not HEADING_RE.match(line):
            if under:
                out.add(idx)
            if criteria and strict is not None:
                strict.add(idx)
            open_item = ends_open
            continue
        if under and open_item:
            open_item = ends_open  # 1.对…的企业，补贴上限为每年 / 200 万元；: the item wrapped onto this line
            continue
        open_item = False
        criteria = bool(cues.criteria_intro.search(notice.text, ln.body_start, ln.end))
        under = bool(criteria
                     or cues.note_label.match(notice.text, ln.body_start, ln.end)
                     or cues.appendix_list.match(notice.text, ln.body_start, ln.end)
                     or cues.attendance.match(notice.text, ln.body_start, ln.end)
                     or cues.application.match(notice.text, ln.body_start, ln.end)
                     or cues.principles.match(notice.text, ln.body_start, ln.end))
    for run in _item_runs(lines):
        bodies = [notice.text[lines[i].body_start : lines[i].end] for i in run]
        if (sum(_is_condition(body, cues.topic_endings) for body in bodies) * 2 > len(run)
                or len(run) >= 3 and sum(_names_a_thing(body) for body in bodies) * 2 > len(run)):
            out.update(run)
    return out


def _marker_form(marker: str) -> str:
    """The form of a numbering marker, whatever its number: ``1.`` and ``2.`` alike, ``（1）``
    and ``（一）`` not."""
    return re.sub(r"[〇一二三四五六七八九十]+", "一", re.sub(r"[0-9０-９]+", "1", marker.strip()))


def _inspection_items(notice: Notice, lines: list) -> set[int]:
    """Indices of the numbered items under a lead-in to what an inspection looks at
    (``X自查内容包括：`` / ``（1）伪造统计资料；``; ``检查重点如下：``; ``重点检查以下问题：``): the
    violations or points checked, no one's tasks. They run to the next line that is no item, or,
    when the lead-in is an item itself (``1.X自查内容包括：``), to the next item numbered in its
    form (``2.…``)."""
    out: set[int] = set()
    cue = _cues(notice).inspection_intro
    lead_form: str | None = None  # the lead-in's marker form ("" for a lead-in that is no item)
    open_item = False  # the last item runs on: its line ends mid-sentence
    for idx, ln in enumerate(lines):
        line = notice.text[ln.start : ln.end].rstrip()
        if not _ONE_HAN.search(line):
            continue  # a page number
        form = _marker_form(notice.text[ln.start : ln.body_start]) if ln.kind == "item" else None
        if lead_form is not None and (form is not None and form != lead_form or form is None and open_item):
            out.add(idx)
            open_item = not line.endswith(tuple("。；;：:！？!?"))
            continue
        open_item = False
        lead_form = (form or "") if cue.search(notice.text, ln.body_start, ln.end) else None
    return out


_PLACE_LIST_SHARE = 0.75  # of a run's items opening with a place: the run is a list of places
_PLACE_LIST_MIN = 5  # a run this long at least (a few places among tasks are no list of places)


def _place_list_items(notice: Notice, lines: list, runs: list[list[int]]) -> set[int]:
    """The items of every run of numbered items most of which open with a place (``某省某市
    大力推进…``): a list of what places did, each of its items about a place."""
    out: set[int] = set()
    for run in runs:
        if len(run) < _PLACE_LIST_MIN:
            continue
        placed = sum(1 for k in run if opens_with_place(notice.lex, notice.text[lines[k].body_start : lines[k].end]))
        if placed >= _PLACE_LIST_SHARE * len(run):
            out.update(run)
    return out


_LIST_TITLE = re.compile(r"[^，。；：,;:]{2,30}")


def _heading_unit(notice: Notice, lines: list, idx: int) -> list[tuple[Org, str | None]]:
    """The unit a list of items naming no doer is headed by: a unit's name alone on the line above
    the list, or above the list's title (``市卫生局`` / ``2025年重点工作目标责任书（4项）`` / ``1、…``;
    not a notice's title, ``addressed_title_endings``: its items are the addressees')."""
    first = idx
    while first > 0 and lines[first - 1].kind == "item":
        first -= 1
    for k, titled in ((first - 1, False), (first - 2, True)):
        if k < 0 or lines[k].kind == "item":
            return []
        title = notice.text[lines[k + 1].body_start : lines[k + 1].end].strip()
        if titled and (not _LIST_TITLE.fullmatch(title) or title.endswith(notice.lex.cue("addressed_title_endings"))):
            return []  # 关于做好…的通知: a notice's items are its addressees' tasks, not its issuer's
        a, b = strip_span(notice.text, lines[k].body_start, lines[k].end, " 　")
        if b - a <= _UNIT_NAME_CHARS and org_at(notice, notice.text, a, b) == b:
            return [(notice.table.add(notice.text[a:b]), None)]  # 市卫生局 alone on its line
    return []


def _item_runs(lines: list) -> list[list[int]]:
    """The indices of each run of consecutive numbered items."""
    runs: list[list[int]] = []
    prev_item = False
    for idx, ln in enumerate(lines):
        if ln.kind == "item":
            if not prev_item:
                runs.append([])
            runs[-1].append(idx)
        prev_item = ln.kind == "item"
    return runs


def _number_repeated(text: str, lines: list, idx: int) -> bool:
    """Does the next numbered item repeat this item's marker (``3、`` then ``3、``, a flattened
    rectification table's problem and its measure, each numbered alike)?"""
    ln = lines[idx]
    nxt = next((k for k in range(idx + 1, len(lines)) if lines[k].kind in ("item", "heading")), None)
    if nxt is not None and lines[nxt].kind == "heading":
        return False  # 二、… then 1、: a new list under a new heading
    if nxt is None or ln.number is None or lines[nxt].number != ln.number:
        return False
    return text[ln.start : ln.body_start].strip() == text[lines[nxt].start : lines[nxt].body_start].strip()


_FIELD_LABEL = re.compile(rf"([{HAN}]{{2,6}})[：:]")


def _field_of_a_plan(body: str) -> bool:
    """``时间：4月至11月`` / ``工作重点：以…为重点``: a field of a plan, its label a noun phrase
    (its last word a noun), then its value; not a task (``加强宣传：…`` opens with what to do)."""
    m = _FIELD_LABEL.match(body)
    if m is None:
        return False
    words = dictionary_words(m.group(1))
    return bool(words) and word_tags().get(words[-1]) == "n"


_CLAUSE_PUNCT = re.compile("[，。；：,;:]")
_NOUN_TAGS = frozenset(("n", "nz"))


def _names_a_thing(body: str) -> bool:
    """``机动车安全技术检验合格证明；`` / ``车辆控制模式；`` / ``个人从事经营活动取得的所得；``: an item
    that names a thing (a document to hand in, a datum to record, a kind of income), not a task:
    one phrase (no clause punctuation, brackets aside), not opening with a verb, ending with a noun."""
    phrase = BRACKETED.sub("", body).rstrip("。；;，, ")
    if not phrase or _CLAUSE_PUNCT.search(phrase):
        return False
    words = dictionary_words(phrase)
    tags = word_tags()
    if not words or tags.get(words[0]) in CLAUSE_START_TAGS:
        return False
    last = tags.get(words[-1])
    # the table keeps every word of a function tag: a longer word without one is a noun; the
    # head after 的 is a noun whatever its tag (…取得的所得)
    return last in _NOUN_TAGS or (last is None and len(words[-1]) >= 3) or (len(words) >= 3 and words[-2] == "的")


def _is_condition(body: str, topics: tuple[str, ...] = ()) -> bool:
    """``发生洪水…，造成粮食市场异常波动的。``: a case (a condition, a deed to reward or
    punish) ends in 的, a task does not; nor does a matter to look into (``接受捐赠等情况。``,
    one of ``topics``)."""
    body = body.rstrip("。；;，, ")
    return body.endswith("的") or bool(topics) and body.endswith(topics)


def find_tasks(notice: Notice) -> None:
    """Task tables, tasks with labeled responsibilities, and every numbered item of a list
    of at least three items."""
    find_score_tables(notice)
    find_table_tasks(notice)
    find_flat_table_tasks(notice)
    find_transposed_rows(notice)
    find_marked_tasks(notice)
    find_labeled_blocks(notice)
    find_unnumbered_labeled_tasks(notice)
    find_annotated_tasks(notice)
    lines = notice.content_lines()
    text = notice.text
    strict: set[int] = set()
    criteria = _criteria_items(notice, lines, strict)
    checked = _inspection_items(notice, lines)  # 自查内容包括：(1)…: what is checked, no one's task
    criteria |= checked
    strict |= checked
    for idx in strict:  # 9.挂靠单位审查同意。 under 符合下列要求的…予以保留。: a criterion, no duty of any rule
        notice.reserved.append((lines[idx].start, lines[idx].end))
    short_list = sum(1 for ln in lines if ln.kind == "item") < 3  # the notice's numbered items, all kinds
    lines = [ln for idx, ln in enumerate(lines) if idx not in criteria]
    year = notice.year
    tasks = [
        idx for idx, ln in enumerate(lines)
        if ln.kind == "item" and not notice.claimed_within(ln.start, ln.end)
        # fewer than three items: only those with labeled responsibilities under them
        and (not short_list or _labeled_below(notice, lines, idx))
        # a long numbered paragraph, or one whose sentences name their own subjects, is
        # free text (read by the free-text duties), not a task; unless labeled lines under it
        # (责任单位：…) assign it: then the item is the unit of assignment, whatever its length
        and 2 <= ln.end - ln.body_start
        and (_labeled_below(notice, lines, idx)
             or ln.end - ln.body_start <= MAX_TASK_CHARS and not _has_subject_sentences(notice, ln))
    ]
    if len(tasks) * 2 < sum(1 for ln in lines if ln.kind == "item"):
        return  # mostly free-text paragraphs: the numbers are an outline, not a task list
    runs = _item_runs(lines)
    prose = {i for run in runs if any(_prose_item(notice, lines[k]) for k in run) for i in run}
    places = _place_list_items(notice, lines, runs)
    for idx in tasks:
        ln = lines[idx]
        orgs, labeled = item_orgs(notice, lines, idx, year)
        if _number_repeated(text, lines, idx):
            continue  # 1、…人员偏少 | 1、增加…人员: a problem's cell beside its measure, numbered alike: no task
        if not orgs and idx in prose and not _CLASS_DOERS.search(text, ln.body_start, ln.end):
            continue  # 全面整改。针对…: an outline's paragraph naming no body, among paragraphs that name theirs
        if not orgs and subject_at(notice, ln.body_start, ln.end):
            continue  # （1）县卫健局要…: an item opening with its doer is free text, read with its subject
        if not orgs and (in_application_section(notice.lex, ln) or in_goal_section(notice.lex, ln)
                         or in_report_section(notice.lex, ln) or in_grading_section(notice.lex, ln)):
            # 1.申请人同年只能申请1项 under 限项申请规定, 1.免疫率达到80% under 主要指标, 1.三级疫情：…
            # under 疫情分级: no one's task
            continue
        body = text[ln.body_start : ln.end]
        if not orgs and states_a_rule(notice.lex, body):
            continue  # 项目负责人须具有…, 应具有…, 详见…, 流程如下: a rule or a lead-in, no one's task
        if not orgs and scored_criterion(body):
            continue  # 5.实施社区商业示范建设；（20分）: a criterion an assessment scores, no one's task
        if not orgs and labels_a_thing(body):
            continue  # 3.智慧养老院：集成应用…: a project or scenario described, no one's task
        if not orgs and (opens_with_place(notice.lex, body) or idx in places):
            # 12.某省某市大力推进…: what a place does or did (a commendation's list), no body's task;
            # so is an item of such a list whose place is written in a form no lexicon knows
            # (某某自贸试验区某片区以…, 某某生产建设兵团狠抓…)
            continue
        if body.endswith("：") or not orgs and (_cues(notice).target.match(body) or _titles_a_block(notice, lines, idx)
                                                 or _field_of_a_plan(body)):
            continue  # 3.地方性氟中毒： heads a list; (1)到2010年，知晓率达90%以上 is a target; 1、时间：… a field
        if len(orgs) == 1 and notice.table.find(body.rstrip("。；：，"), False) is orgs[0][0]:
            continue  # 4、督查组 (its paragraph below): the item only names a body, it heads the body's part
        if not any(role for _o, role in orgs) and _indicator_row(notice, ln):
            # an indicator defined, not a task given (only a marked body makes it one): no
            # later pattern reads a duty from it (医院住院医师…通过率 names no doer)
            notice.reserved.append((ln.start, ln.end))
            continue
        dl = deadline_in(notice, body, year) or labeled
        end = ln.end
        while end > ln.body_start and text[end - 1] in "。；":
            end -= 1  # the item without its final full stop
        last = text.rfind("。", ln.body_start, end)
        doers = _closing_doers(notice, last + 1, ln.end) if last > ln.body_start else None
        if doers:  # …清理河道。水利所和各村负责具体实施。: the closing sentence names the doers
            orgs = orgs + [(org, None) for org in doers if all(org is not o for o, _r in orgs)]
            notice.reserved.append((last + 1, ln.end))
            end = last
        if not orgs and _titled_outline(notice, ln):
            continue  # 1.完善标准体系。推动…: an outline's paragraph naming no doer
        if not orgs:
            orgs = _heading_unit(notice, lines, idx)
        notice.duties.append(
            Duty(span=(ln.body_start, end), orgs=orgs, item=ln.number,
                 source="task", deadline=dl[0] if dl else None, deadline_date=dl[1] if dl else None)
        )
