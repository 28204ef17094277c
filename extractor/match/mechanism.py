"""The coordination body a notice sets up (部门协作机制, 联席会议, 领导小组, 委员会 …),
its short names, its office and where the office sits, its sub-bodies, its convener unit."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from ..layout import Line
from ..lexicon import Lexicon, alternation, padded_alternation
from ..normalize import HAN, sentence_at, strip_span
from ..notice import Mechanism, Notice, OrgFact, Span
from ..numbering import ARABIC_PAREN, CN_DIGITS, CN_PAREN, HEADING_NUMBER, MARKER, cn_value
from ..resolve import Org
from ..words import word_tags
from .after_words import after_words, first_after_words
from .attendees import find_attending_members
from .founders import (
    find_apposed_members,
    find_duty_line_members,
    find_founders,
    find_members_before_label,
    find_participants,
    find_partnered_founders,
    listed_units,
)
from .groups import find_groups, group_hosts, paragraph_groups
from .led_bodies import led_bodies
from .orgs import (
    body_before_head,
    department_list,
    ends_like_body,
    looks_like_org,
    org_at,
    split_items,
    unit_list,
    vague_unit,
)
from .posts import (
    add_government,
    government_chair,
    names_chief,
    names_other_body,
    others_post,
    post_words,
    title_and_name,
    unit_post_kept,
    unit_role_fits,
)

_NAME_CHARS = rf"[{HAN}、“”0-9A-Za-z（）%％]"
_NAME_WRAPPED = rf"(?:{_NAME_CHARS}| (?! )|\n(?!\n))"  # 成立 xx 县…工作\n领导小组: a copy's spaces and line break
_COMMITTEE_MEMBERS = "委员"  # …主要领导任委员: the members of a committee (组委会, 委员会)
_ORDER_NUMBER = r"[0-9一二三四五六七八九十]{1,4}"  # the number of a body's order (第17号令)


class _Cues:
    """The regexes of this module, built from the cue words of ``cues.json`` (one per lexicon)."""

    def __init__(self, lex: Lexicon) -> None:
        self.setup = lex.cue_re("setup_verbs")  # 成立, 建立 …
        self.adjust = lex.cue_re("adjust_verbs")  # 调整, 调整和加强 …
        self.suffixes = suf = alternation(lex.bodies["mechanism_suffixes"])
        self.ending = re.compile(suf)  # 领导小组, 联席会议 …: a body's ending anywhere
        # （下简称领导小组）、“B指挥部”（下简称指挥部）: another body set up with the one named before it
        self.more_mechanism = re.compile(
            rf"”?{_SHORT.format(n=1)}(?:、|和|及|与)“?(?P<name>[{HAN}]{{2,40}}?(?:{suf}))”?{_SHORT.format(n=2)}")
        self.own_place = re.compile(rf"^(?:我|本)[{lex.level_chars}](?:将|把)?")  # 我乡将X领导小组办公室设在…
        # 成立相应领导小组 / 成立专门的…小组: a kind of body others are told to set up, not one body
        self.not_generic = rf"(?!{lex.cue_re('generic_body_words')})"
        self.setup_words = re.compile(rf"^.*(?:{self.setup})")
        # 由A、B等部门组成的养犬管理协调工作机制: a body named right after its composition
        self.composed = lex.cue_re("composed_body_suffixes")
        self.charter = lex.cue_re("charter_words")  # 《X联席会议制度》
        self.structure = lex.cue_re("structure_words")  # X领导小组工作体系
        self.not_in_name = frozenset(lex.cue("not_in_name_chars"))  # 为, 由, 的: no part of a body's name
        # disease names written with 的 (新型冠状病毒感染的肺炎): their 的 is part of a body's name
        self.de_diseases = tuple(f for f in lex.disease_of_form if "的" in f)
        # where a body's name may start: no character of a longer name before it, or a word that is none (由X)
        self.name_start = re.compile(
            rf"(?<![{HAN}、])|(?<=[{''.join(re.escape(c) for c in lex.cue('not_in_name_chars') if c != '、')}])")
        # A小组和B委员会: of two bodies set up together, the first
        self.first_of_two = re.compile(rf"(?P<first>.{{2,}}?(?:{suf}))(?:{lex.cue_re('unit_conjunctions')}|、)")
        self.office_words = lex.bodies["office_words"]  # 办公室
        self.offices = alternation(self.office_words)
        self.office_host = lex.cue_re("office_host_verbs")
        # 成立X推进办公室，办公室设在…: the office set up in the clause before a bare 办公室
        self.office_set_up_before = re.compile(
            rf"(?:{self.setup}|下设)(?P<name>[{HAN}]{{2,40}}?(?:{self.offices}))[，。；]\s*$")
        self.set_up_office = "|".join(f"(?<=下设{re.escape(w)})" for w in self.office_words)  # 下设办公室在X
        # after the mechanism's name (or alone): 办公室（以下简称X）设在ORG / 下设办公室，分别设在A和B
        self.office_hosted = re.compile(
            rf"(?P<office>{self.offices})\s*(?:[（(]以下简称(?P<short>[^）)]{{2,8}})[）)])?"
            rf"(?:，\s*(?:分别)?)?(?:{self.office_host}|(?:{self.set_up_office})在|(?P<bare>设)(?![在于立置有]))")
        # 办公室设市统计局: a bare 设 places the office only when a body's name follows
        # after the mechanism's name: 在中医药局设办公室 / 下设办公室于X / 下设办公室，在X办公 / 下设控烟办公室
        self.office_set_up = re.compile(
            rf"(?:在(?P<host>[^，。；]{{2,20}}?)设(?:立)?|下设(?P<own>[{HAN}]{{0,20}}?))办公室"
            rf"(?:\s*[（(]以下简称(?P<short>[^）)]{{2,8}})[）)])?"  # 下设办公室（以下简称县X办）
            rf"(?:(?P<at>于)|，\s*在(?P<works>[^，。；]{{2,20}}?)办公(?=[，。；]))?")
        # after the body's own name: its office, not a letterhead (X办公室文件) nor a list's item
        self.office_named = re.compile(rf"(?:{self.offices})(?!\s*(?:文件|、))")
        self.bare_office_set_up = re.compile(rf"下设(?:{self.offices})")  # …领导小组，下设办公室
        self.sub_body = lex.cue_re("sub_body_verbs")
        # 成立X工作专班（简称“Y”），下设A组、…: a body set up with groups of its own
        self.set_up_with_groups = re.compile(
            rf"(?:{self.setup}){self.not_generic}(?P<name>[{HAN}“”]{{2,40}}?(?:{suf}))”?"
            rf"(?:\s*[（(](?:以下|下)?简称“?(?P<short>[^）)”]{{1,12}})”?[）)])?[，,]\s*(?:{self.sub_body})"
            rf"[^。；]{{0,40}}?(?:{lex.cue_re('group_endings')})(?:、|等|和)")
        # 艾工委成员单位 / 委员会主任 / 领导小组办公室组织召开 / X领导小组成员名单: what only a coordination body has
        chairs = alternation([r for r, rel in lex.roles.items() if rel in ("leader_of", "deputy_leader_of", "convener_of", "deputy_convener_of")])
        self.chairs = chairs
        self.held_after = re.compile(
            rf"(?:{suf}|[{HAN}][委会])(?P<after>(?:{lex.cue_re('all_members_words')}|[\d{CN_DIGITS}]+[个家])?成员单位|(?:{chairs})|(?:{self.offices})(?={lex.cue_re('office_work_verbs')}|(?:{chairs}))"
            rf"|由(?=[^。；]{{0,60}}?(?:任|为)(?:{chairs}))"  # 乡镇食安委由乡镇长任主任
            rf"|(?=(?:组成人员|成员)名单[ \t]*(?:\n|$))"  # 附件：X领导小组组成人员名单: the heading of its roster
            rf"|(?=其他成员)"  # 市森林防火指挥部其他成员随时听候调遣: the members besides those named
            rf"|(?=的作用)"  # 发挥X部际联席会议的作用: the body the notice relies on
            rf"|(?=制度[，,]?\s*(?:强化|加强)?统筹)"  # 依托X联席会议制度强化统筹协调: the body the notice relies on
            rf"|(?=下设(?:办公室|[\d{CN_DIGITS}]+个))"  # 领导组下设办公室和4个工作组: the body's own bodies
            # X领导小组（以下简称Y）负责… / X联席会议办公室统筹…: the body or its office at work
            rf"|(?:{self.offices})?(?:\s*[（(](?:以下|下)简称[^）)]{{1,12}}[）)])?(?=(?:具体)?负责|统筹)"
            # X部际联席会议办公室要切实发挥统筹协调作用: its office given the notice's tasks
            rf"|(?:{self.offices})(?=要)"
            rf"|(?=的(?:统一)?领导下))")  # 在市X领导小组的领导下开展…: the body the work answers to
        # 召开严重精神障碍患者服务管理工作联席会议 / X领导小组第三次全体会议: the body's meeting
        self.meeting_of = re.compile(
            rf"召开(?:了)?(?:第[一二三四五六七八九十\d]+次)?(?P<name>[{HAN}]{{2,40}}?联席会议)(?![{HAN}])"
            rf"|(?P<name2>[{HAN}]{{2,40}}?(?:领导小组|委员会|指挥部))(?=(?:第[一二三四五六七八九十\d]+次)?(?:全体)?(?:扩大)?(?:成员)?会议)")
        # up to the last of them (not one joined to the next word: 情况通报和工作协作机制 is a name)
        self.report_verbs = re.compile(rf"^.*(?:{lex.cue_re('report_verbs')})(?!{lex.cue_re('unit_conjunctions')}|、)")
        # 福清市爱卫会: a short form every reader knows (checked in _placed_short_form)
        self.known_short_form = re.compile(alternation(lex.cue("coordination_short_forms")))
        self.term_qualifier = re.compile(r"(?:新一届|本届|第[一二三四五六七八九十\d]+届)")  # 新一届X委员会
        # 由X主要负责同志担任召集人 / 担任组长: the unit roles and the words read as them
        self.unit_role_of: dict[str, str] = {}
        for role in lex.unit_roles:
            self.unit_role_of[role] = role
            for canonical, aliases in lex.cue_map("unit_role_aliases").items():
                if canonical in role:
                    for alias in aliases:
                        self.unit_role_of.setdefault(role.replace(canonical, alias), role)
        # 市民政局局长为联席会议召集人 too (not 以X为召集人: read with the chairs); 兼任 is one verb (its 兼 is
        # no part of the post: 由市政府副市长兼任指挥长)
        verbs = lex.cue_map("post_verbs")
        not_words = lex.cue("post_verb_not_words")
        self.post_verb = re.compile(alternation([v for forms in verbs.values() for v in forms]))
        take, be = (_guarded_alternation(verbs[form], not_words) for form in ("任", "为"))
        self.convener = re.compile(
            rf"(?:(?:{take})[^，。；]{{0,10}}?|(?:{be})[^，。；：\n为]{{0,10}}?)"
            rf"(?P<role>{alternation(self.unit_role_of)})")
        self.convener_first = re.compile(
            rf"(?P<role>{alternation(lex.unit_roles)})由(?P<list>[^，。；：由]{{2,80}}?)(?:担任|兼任)")
        units, heads = lex.cue_re("member_unit_words"), lex.cue_re("head_words")
        qual = lex.cue_re("head_qualifiers")  # 分管, 主要 (负责同志)
        kind, also, take = lex.cue_re("unit_kinds"), lex.cue_re("and_words"), lex.cue_re("appointment_verbs")
        self.take = take  # 任, 为, 担任 (成员)
        self.list = re.compile(
            rf"由(?!于)(?P<list>[^。；：由\n]{{2,}}?)(?:[等共]?\s*\d+\s*个[{HAN}]{{0,4}}?(?:{units})|等[{HAN}]{{0,4}}?(?:{units}))?"
            rf"(?:的?(?:{qual})?(?:{heads}))?(?:{lex.cue_re('staff_draw_words')})?(?:共同)?(?<!小)组成"
        )  # 由A、B等部门抽人组成: the units staff it; 由A、B共16个单位组成: counted
        # 成员单位：A、B，办公室设在B，某某兼任主任: a clause on the office or its staff ends the list
        self.closing_clause = re.compile(
            rf"[，,](?=[^，,、。；]*?(?:{lex.cue_re('list_closing_clause_words')}))")
        self.partner = re.compile(lex.cue_re("partner_verbs"))  # 由A会同B、C组成: one more unit
        self.more_after = re.compile(rf"等(?:{units})(?:{also})(?=各)")  # …等部门及各街道办事处
        # 卫生、农业、宣传等部门负责人任成员 / A、B等分管领导为成员 / …等部门及新闻媒体负责人为成员:
        # the units whose heads are the members
        # …等部门（单位）负责人为指挥部成员: the kind of unit may be bracketed, the body named before 成员
        kinds = rf"[{HAN}]{{0,4}}?(?:{kind})(?:（(?:{kind})）)?"
        # …为联席会议成员 / …为市三防指挥部的领导成员: the body (its name, checked in find_members) after 为
        # …任委员: a committee's members (组委会, 委员会), not the word 委员会 itself
        members_of = (rf"(?P<owner>[{HAN}]{{0,20}}?(?:{alternation(lex.bodies['mechanism_suffixes'])}))?"
                      rf"(?(owner)的?)(?:领导)?(?:成员(?!单位)|{_COMMITTEE_MEMBERS}(?!会))")
        # …等部门相关负责人19人为领导小组成员: the heads concerned, and how many they are
        concerned, count = lex.cue_re("concerned_words"), rf"(?:\s*(?:\d+|[{CN_DIGITS}]+)\s*(?:人|名))?"
        # 统计、公安、卫计等单位为成员的X领导小组: the units themselves, no heads named
        kind_ends = "|".join(f"(?<={re.escape(w)})" for w in lex.cue("unit_kinds"))
        # …、区财政局等19个单位的分管负责同志担任领导小组成员: the units counted before their kind
        units_counted = rf"(?:\s*(?:\d+|[{CN_DIGITS}]+)\s*个)?"
        # 等36个县委、县政府部门和县直单位: several kinds joined (a level's bodies written bare before them)
        kinds_joined = rf"(?:[{HAN}]{{1,4}}、){{0,3}}{kinds}(?:(?:{also}|、){kinds}){{0,3}}"
        # 的39名副科级以上领导: the heads counted and ranked before their word
        ranked = rf"(?:\s*(?:\d+|[{CN_DIGITS}]+)\s*[名位])?(?:[正副]?[科处厅局]级(?:及?以上)?)?"
        # 主要领导或分管领导: either head; …负责人及各村委会主任: the heads of one collective more
        either = rf"(?:或(?:{qual})?(?:{heads}))?"
        tail = rf"(?:(?:{also})(?P<tail>各[{HAN}]{{2,12}}?))?"
        self.heads = re.compile(
            rf"(?:^|(?<=[，。；：]))(?P<list>[^，。；：\n]{{2,300}}?)等(?:{units_counted}{kinds_joined})?"
            rf"(?:(?:{also})(?P<more>[{HAN}（）]{{2,10}}?))?"
            rf"(?:的?{ranked}(?:{concerned})?(?:{qual})?(?:{heads}){either}{tail}|{kind_ends}){count}"
            rf"(?:{take}){members_of}", re.M)
        # 发展改革、财政、民政、部分乡镇负责人为成员的X委员会: the same without 等, read only when every
        # item is a unit and most are departments (see orgs.department_list)
        # …、街道办事处卫生分管领导为成员: the field the heads are in charge of, after the units
        field_in_charge = rf"(?:(?<![、，])(?:{lex.short_re.pattern})(?={qual}))?"  # not a list's item (卫生、教育主要…)
        # 另外A、B和C20个相关职能部门的分管副职任小组成员: a sentence's opening word, the units counted
        opener = rf"(?:(?:{lex.cue_re('list_openers')})[，,]?)?"
        counted = rf"(?:\s*(?:\d+|[{CN_DIGITS}]+)\s*个(?:{concerned})?[{HAN}]{{0,4}}?(?:{kind}))?"
        self.heads_bare = re.compile(
            rf"(?:^|(?<=[，。；：])){opener}(?P<list>[^，。；：\n等]{{2,300}}?){counted}{field_in_charge}的?(?:{qual})?(?:{heads})"
            rf"(?:{take}){members_of}", re.M)
        # 成员包括A、B、…（a line may wrap after 、）C等单位分管负责同志: the units whose heads are the members
        # 成员有16人，包括A、B、C的相关负责人: the members counted, then their units (and their heads: only
        # after a count; 成员包括各有关单位的负责同志 names no unit)
        self.including = re.compile(
            rf"成员(?P<count>有\s*(?:\d+|[{CN_DIGITS}]+)\s*(?:人|名)[，,]\s*)?包括(?P<list>(?:[^。；：\n]|(?<=、)\n){{4,}}?)"
            rf"(?:等(?:{kinds})的?(?:{qual})?(?:{heads})?|(?(count)的(?:{concerned})?(?:{qual})?(?:{heads})|(?!)))?(?:[。；]|$)",
            re.M)
        # 成员由A、B、C主要负责同志以及各村支书担任: the units whose heads take the members' posts (more
        # people after 以及 read no unit)
        take_whole = alternation(v for v in lex.cue_map("post_verbs")["任"] if len(v) > 1)  # 担任, 兼任: no bare 任
        self.taken = re.compile(
            rf"(?<=成员)由(?P<list>[^。；：由\n]{{4,}}?)(?:等[{HAN}]{{0,4}}?(?:{units}))?的?(?:{qual})?(?:{heads})"
            rf"(?:(?:{lex.cue_re('unit_conjunctions')})[^。；：由\n]{{1,40}}?)?(?:{take_whole})(?=[。；，]|$)", re.M)
        self.members = re.compile(
            r"(?:成员|组成)(?:单位|司局|部门)(?:[^。；：，\n]{0,30}，\s*主要(?=为|包括|有))?"  # 成员单位根据需要确定，主要有…
            rf"(?:为|包括|有(?!关)|[：])[：]?(?P<list>[^。；：\n]{{4,}}?)"
            rf"(?:等(?:\s*\d+\s*个[{HAN}]{{0,4}}?)?(?:{kind})(?:[和及](?:{kind}))?(?:[。；，,]|$)|(?:[。；]|$))",
            re.M)  # …等12个相关部门 / 等29个部门和单位，X为牵头单位: the number and kind of the units end the list
        # 联席会议成员分别来自A、B…等部门和单位: the units the members come from
        self.members_from = re.compile(
            rf"成员(?:单位)?[，,]?\s*(?:分别|主要|均)?(?:{lex.cue_re('member_source_verbs')})"
            rf"(?P<list>[^。；：\n]{{4,}}?)(?:等(?:{units}))?(?:[。；]|$)", re.M)
        # 设在教育部|X司: a ministry's department that ends the clause (host_division_endings)
        self.host_division = re.compile(rf"[{HAN}]{{2,12}}?(?:{lex.cue_re('host_division_endings')})(?=[，。；、]|$)")
        # 组成联席会议的27个部门和单位分别是：A、B……和C: the units, after the body they make up
        self.members_counted = re.compile(
            rf"组成(?P<owner>[^，。；：、\n]{{2,30}}?)的\s*(?:\d+|[{CN_DIGITS}]+)\s*个(?:{units})"
            rf"(?:分别|主要)?(?:是|为|包括|有)[：]?(?P<list>[^。；：\n]{{4,}}?)(?:等(?:{units}))?(?:[。；]|$)", re.M)
        # X委员会包括A、B、C等25个成员单位 / 共有A、B等成员单位: the units, then the label (the subject names
        # the body: checked in find_members)
        self.members_after = re.compile(
            rf"(?:{lex.cue_re('members_after_verbs')})(?P<list>[^。；：\n]{{4,}}?)等\s*(?:(?:\d+|[{CN_DIGITS}]+)\s*个)?"
            r"(?:成员|组成)(?:单位|部门)(?=[。；，,]|$)", re.M)
        # 爱卫会成员单位（A、B、C）分管领导: the units in brackets after the label
        self.members_paren = re.compile(r"(?:成员|组成)单位\s*[（(](?P<list>[^（）()。；：\n]{4,}?)[）)]")
        # 成员由下列单位负责人担任：A、B…… / 成员单位如下：A、B: the units after a colon that announces them
        self.members_below = re.compile(
            rf"成员(?:单位)?(?:由|为)?(?:{lex.cue_re('list_lead_words')})(?:{kind})?[^。；：\n]{{0,12}}?[：]"
            rf"(?P<list>[^。；：\n]{{4,}}?)(?:等(?:{kind}))?(?:[。；]|$)",
            re.M)


def _guarded_alternation(words: Iterable[str], not_words: Iterable[str]) -> str:
    """An alternation of ``words`` in which a one-character word is not read inside one of
    ``not_words`` (``任`` not in ``主任``, ``任务``): a look-behind for each character written before
    it there, a look-ahead for each after it. Longest word first."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        if len(w) == 1:
            around = [(n[: i], n[i + 1 :]) for n in not_words for i, ch in enumerate(n) if ch == w]
            w = ("".join(f"(?<!{re.escape(b)})" for b, _a in around if b) + re.escape(w)
                 + "".join(f"(?!{re.escape(a)})" for _b, a in around if a))
        else:
            w = re.escape(w)
        out.append(w)
    return "|".join(out)


def _cues(notice: Notice) -> _Cues:
    return notice.lex.memo(_Cues)


def _suffix_re(notice: Notice) -> str:
    return _cues(notice).suffixes


def _mechanism_patterns(lex: Lexicon) -> list[tuple[re.Pattern[str], bool, bool]]:
    """The patterns naming a notice's body, in the order they are tried, each with whether it
    reads the notice's head only (its first 400 characters) and whether the name it reads ends
    with a body's ending (``mechanism_suffixes``: no match in a text holding none); compiled
    once per lexicon."""
    cues = lex.memo(_Cues)
    suf = cues.suffixes
    setup, offices = cues.setup, cues.offices
    generic = cues.not_generic
    defined = alternation(lex.bodies["defined_mechanism_suffixes"])  # 工作机制
    lead = lex.cue_re("lead_words")  # 牵头
    joined = "|".join(lex.cue_re(k) for k in ("support_verbs", "support_labels"))  # 参与, 参加
    patterns = [
        # (调整完善X领导小组工作体系: the body's structure renewed)
        (rf"(?:{setup}|(?:{cues.adjust})为?)了?\s*{generic}(?!由)“?(?P<name>{_NAME_WRAPPED}{{2,60}}?(?:{suf}))"
         rf"(?=的通知|制度|成员|组成|（以下简称|和|$|[^{HAN}]|{cues.structure})", True),
        # 由A、B组成的X机制 / 成立由X任组长，A、B负责人为成员的Y领导小组
        # (a bare 工作专班 too: 建立由A、B组成的工作专班)
        (rf"由[^。；\n]{{2,300}}(?:组成|(?:{cues.take})成员)的(?P<name>{_NAME_CHARS}{{0,30}}?(?:{suf}|{cues.composed}))(?![{HAN}])",
         False),
        # 由A、B、C组成X工作小组（以下简称…）: the body named right after its composition
        (rf"由[^。；\n]{{2,300}}组成(?P<name>{_NAME_CHARS}{{2,40}}?(?:{suf}))(?=\s*（以下简称|[，。；])", False),
        # 《X协作机制的通知》: a notice on the body, cited by a report on it
        # 《X机制（试行）》: a note on the document's trial status after the name
        (rf"《(?P<name>{_NAME_CHARS}{{2,60}}?(?:{suf}))\s*(?:{cues.charter}|的通知)?"
         rf"(?:\s*[（(](?:{lex.cue_re('trial_notes')})[）)])?》", True),
        (rf"^(?P<name>{_NAME_CHARS}{{2,40}}?(?:{suf}))文件$", True),
        # the notice is the body's charter: its title line is the body's name and 制度/规则 (a sharing
        # site's copy writes it as the file's name, X联席会议制度方案.doc, and may run the name on after it)
        (rf"\A\s*(?P<name>{_NAME_CHARS}{{2,60}}?(?:{suf}))\s*(?:{cues.charter})"
         rf"(?:\s*(?:{lex.cue_re('file_name_endings')})|$)", True),
        # the body signs its own notice: its name alone on a line, the date on the next
        (rf"^(?P<name>{_NAME_CHARS}{{2,40}}?(?:{suf}))\n\s*(?:\d{{4}}|[〇一二三四五六七八九零]{{4}})年", False),
        # set up (or renewed: 调整充实X) anywhere in the text: the notice's body only when the text says more of it
        (rf"(?:{setup}|{cues.adjust}|对)了?{generic}(?P<name>{_NAME_CHARS}{{2,60}}?(?:{suf}))(?=成员进行调整|[^{HAN}]|制度|$)", False),
        # named after the people who chair it: 成立了由X任组长的Y领导小组 / 以X为指挥长，Y为副指挥长的Z指挥部
        (rf"(?:{setup})了?(?:由|以)[^。；\n]{{2,300}}?(?:{cues.take})(?:{cues.chairs})的(?P<name>{_NAME_CHARS}{{0,30}}?(?:{suf}))(?![{HAN}])",
         False),
        # issued by its own office: the office's name on a line of its own, or before 关于/文件
        (rf"^(?P<name>{_NAME_CHARS}{{2,40}}?(?:{suf}))(?:{offices})(?=关于|文件|\s*$)", False),
        # its office's seat: 我乡将领导工作小组办公室设在乡政府
        (rf"(?:^|(?<=[。；：，]))(?P<name>{_NAME_CHARS}{{2,40}}?(?:{suf}))(?:{offices})设(?:在|于)", False),
        # a heading naming the body, its posts on the next line: 2.1 X指挥部 / 总指挥：…, or an annex's
        # title line X协调小组 / 组 长：某某 (a label padded with spaces); a list's title (X领导小组名单),
        # also with the roster run on after a space as a copy that lost its lines writes it
        (rf"(?:^|(?<=[ \t]))(?:{HEADING_NUMBER}\s*)?(?P<name>{_NAME_CHARS}{{2,40}}?(?:{suf}))"
         rf"(?:{lex.cue_re('roster_list_words')})?(?:[ \t]*\n|[ \t]+)"
         rf"\s*(?:{padded_alternation(lex.roles)})\s*[：]", False),
        # the body as a sentence's subject setting up its own groups: X领导小组要…，同时设立A组、B组
        (rf"(?:^|(?<=[。；：，）]))(?!各)(?P<name>[{HAN}]{{2,30}}?(?:{suf}))(?=要|应|负责)"
         rf"[^。；]{{0,120}}?(?:下设|设立)[{HAN}]{{2,12}}组、", False),
        # a sentence about the body: 卫生部救灾防病领导小组已于近日恢复工作，…任组长
        (rf"(?:^|(?<=[。；：，]))(?P<name>[{HAN}]{{2,30}}?(?:{suf}))(?=已于|已经|下设|由|组长|成员)", False),
        # X工作机制（以下简称工作机制）: a body whose ending is also a way of working, named as one
        # only when the notice defines its short form
        (rf"(?:^|(?<=[。；：，]))(?P<name>[{HAN}、“”0-9A-Za-z（）()]{{2,40}}?"
         rf"(?:{defined}))\s*[（(](?:以下|下)简称", False),
        # 关于成立X应急队伍的通知: a body of member units only its title names as set up
        (rf"\A\s*[^。；\n]{{0,30}}?关于(?:{setup}){generic}(?P<name>{_NAME_CHARS}{{2,40}}?"
         rf"(?:{alternation(lex.bodies['title_mechanism_suffixes'])}))的", True),
        # a paragraph that opens by defining the body's short name: X委员会（简称Y）是…/成立于…
        (rf"(?:^|(?<=[。；]))(?P<name>[{HAN}]{{2,30}}?(?:{suf}))\s*[（(](?:以下|下)?简称", False),
        # 建立由A、B牵头的国家X发展协调推进机制 / Y牵头建立“Z”试点工作协调机制: a body named by its topic
        # and a way of coordinating (its topic checked in _topical)
        (rf"(?P<lead>{lead})?(?:{setup})(?:由[^。；\n]{{2,80}}?(?:{lead}|{joined}|组成)的)?{generic}"
         rf"(?P<name>[{HAN}“”]{{4,40}}?(?:{alternation(lex.bodies['topical_mechanism_suffixes'])}))(?![{HAN}])", False),
        # the body's numbered order heads the notice: X指挥部（17号令） / X指挥部令（第1号） / X指挥部 7号令
        (rf"^(?P<name>{_NAME_CHARS}{{2,40}}?(?:{suf}))\s*(?:令\s*[（(]第?{_ORDER_NUMBER}号[）)]"
         rf"|[（(]?第?\s*{_ORDER_NUMBER}\s*号令[）)]?)\s*$", True),
        # a paragraph that opens by defining the body: X委员会是省政府负责…工作的协调议事机构
        (rf"(?:^|(?<=[。；]))\s*(?P<name>[{HAN}]{{2,30}}?(?:{suf}))(?:\s*[（(][^（）()]{{0,20}}[）)])?[，,]?"
         rf"(?:成立于[^，,。；]{{0,20}}[，,])?是[^。；，,]{{0,30}}?(?:{_COORDINATING})机构", False),
        # 关于建立X联防联控工作机制的通知: a notice whose title sets the body up (a 工作机制 is a way of working
        # elsewhere, one body where the notice is about setting it up)
        (rf"关于(?:{setup})(?P<name>{_NAME_CHARS}{{2,60}}?(?:{defined}))的通知", True),
        # a report's body issuing its notice: X指挥部1月28号发出了关于…的紧急通知 / X领导小组印发《…》
        (rf"(?:^|(?<=[。；：，\s]))(?P<name>[{HAN}“”]{{2,40}}?(?:{suf}))(?:[\d{CN_DIGITS}月]{{1,5}}[号日])?"
         rf"(?:{lex.cue_re('body_issue_verbs')})了?(?:关于|《)", False),
        # a plan's numbered heading naming the body of a level and its duties: 2.1.3 省X应急指挥部职责 (not
        # a bare 领导小组职责, nor 社区公共卫生委员会职责: a kind of body, one in each community)
        (rf"^{HEADING_NUMBER}\s*(?=[{lex.level_chars}])(?!(?:{suf})(?:的)?(?:主要)?职责)"
         rf"(?P<name>{_NAME_CHARS}{{2,40}}?(?:{suf}))(?:的)?(?:主要)?职责\s*$", False),
    ]
    return [(re.compile(pat, re.M), head_only, _name_ends_with(pat, suf)) for pat, head_only in patterns]


_COORDINATING = "议事协调|协调议事"  # what a coordination body is said to be
_DESCRIBED = 7  # (the pattern above whose body must be described: set up anywhere in the text)
_TOPICAL = 17  # (the pattern above naming a body by its topic and a way of coordinating)
_ORDER = 18  # (the pattern above reading a body's numbered order heading: the last in the head)
_COMPOSED = 1  # (the pattern above naming a body after its composition: 由A、B组成的X)
_COMPOSITION = re.compile(r"由(?P<list>.+?)(?:联合|共同)?组成")


def _of_experts(notice: Notice, written: str) -> bool:
    """Is the body composed of people rather than units: most items of its list
    (``由A专家、B代表等联合组成的…``) end with a word of ``expert_member_words``?"""
    m = _COMPOSITION.match(written)
    if m is None:
        return False
    items = [it for it in re.split(rf"、|{notice.lex.cue_re('and_words')}|等", m.group("list")) if it]
    people = sum(1 for it in items if it.endswith(notice.lex.cue("expert_member_words")))
    return 2 * people > len(items)


def _topical(notice: Notice, m: re.Match[str]) -> bool:
    """Does a body set up with a topical ending (``…协调推进机制``) have a topic of its own, four
    characters besides the ways of working (``way_of_working_words``: not ``日常沟通协调机制``), no
    word that starts none inside (``not_in_name_chars``: ``…不一致时的协调机制``), and is it led (``由A牵头的``, ``A牵头建立``) or described (a post, ``负责``, ``统筹``) in the text?"""
    name = m.group("name")
    if any(w in name for w in (*notice.lex.cue("not_in_name_chars"), *notice.lex.cue("and_words"))):
        return False  # 建立完善促进X发展的部门协调机制: a clause, no name; 领导和协调机制: two ways of working
    topic = re.sub(alternation(notice.lex.bodies["topical_mechanism_suffixes"]) + "$", "", name)
    topic = re.sub(notice.lex.cue_re("way_of_working_words"), "", topic.strip("“”"))
    if len(re.findall(f"[{HAN}]", topic)) < 4:
        return False
    led = m.group("lead") is not None or "由" in m.group(0)
    return led or _said_more_of(notice, m.end("name"))


def find_mechanism(notice: Notice) -> None:
    """Set ``notice.mechanism`` from the title, the 建立… sentence or the 《…规则》 title."""
    text = notice.text
    suf = _suffix_re(notice)
    cues = _cues(notice)
    head_end = min(len(text), 400)
    advisory = ""  # 成立由专家、企业代表等组成的X委员会: an advisory body of people, no departments' body
    has_ending = cues.ending.search(text) is not None
    for i, (rx, head_only, ends_with_suffix) in enumerate(notice.lex.memo(_mechanism_patterns)):
        if ends_with_suffix and not has_ending:
            continue  # a name with a body's ending, in a text that holds none
        keep = (lambda m: not _each_sets_up(notice, m.start(), m.group("name"))) if i != _TOPICAL else (
            lambda m: not _each_sets_up(notice, m.start(), m.group("name")) and _topical(notice, m))
        if i == _ORDER:  # a news page's headline repeats the order's heading: the last one is the order's own
            m = next(reversed([o for o in _finditer(rx, text, 0, head_end) if keep(o)]), None)
        else:
            m = _outside_titles(rx, text, 0, head_end if head_only else len(text), keep)
        if m and i == _DESCRIBED and not _said_more_of(notice, m.end("name")):
            continue  # 鼓励企业建立创新协作机制，推动…: a body others are to set up, one task among many
        if m and i == _COMPOSED and _of_experts(notice, m.group(0)):
            advisory = m.group("name")
            continue
        if m and len(m.group("name")) >= 4:
            name = _clean_name(cues, m.group("name"))
            name = _TEAM_OF_N.sub("", name)  # 成立13人防汛指挥所: its size, no part of its name
            if len(name) < 4 or name.startswith("各") or (advisory and name.endswith(advisory)):
                continue  # 各社区公共卫生委员会: one in each community, a kind of body
            if _short_for_each(notice, m.group("name")):
                continue  # 建立“5人管控小组” … 建立各村X小组（5人管控小组）: the short form of a kind of body
            if _a_department(notice, name):
                continue  # X旗卫生健康委员会 signing its notice: a department, no coordination body
            counted = _counted_bodies(name)
            if counted == []:
                continue  # A、B等三个工作专班 with another count: not one body's name
            name, *others = counted or [name]
            span = sentence_at(text, m.start("name"))
            mech = Mechanism(name=name, span=span)
            _ending_aliases(notice, mech)
            for sm in _after_name(text, name, _SHORT_NAME_AFTER):
                mech.short = sm.group("short").strip("“”")  # （以下简称“联席会议”）
                mech.aliases.add(mech.short)
            if head_only:
                _name_written_out(notice, mech)
            _fuller_name(notice, mech)
            _placed_name(notice, mech)
            _short_forms(notice, mech)
            notice.mechanism = mech
            _more_mechanisms(notice, mech, suf)
            notice.more_mechanisms += [Mechanism(name=o, span=span) for o in others]
            _set_up_with_groups(notice, mech)
            _set_up_with_roster(notice, mech)
            return
    reported = _named_by_its_posts(notice) or _bare_over_groups(notice)
    if reported is not None:
        _ending_aliases(notice, reported)
        _placed_name(notice, reported)
        _short_forms(notice, reported)
        notice.mechanism = reported
        return
    led = led_bodies(notice)  # A工作组组长：…• B工作组组长：…: several bodies, each with its head
    if led:
        bodies = [Mechanism(name=name, span=span) for name, span in led]
        notice.mechanism = bodies[0]
        notice.more_mechanisms += bodies[1:]


def _short_for_each(notice: Notice, written: str) -> bool:
    """Is ``written`` also the short form in brackets after a body each of a kind sets up
    (``建立各村X小组（5人管控小组）``)?"""
    text, cues = notice.text, _cues(notice)
    for m in re.finditer(rf"[（(]“?{re.escape(written.strip('“”'))}”?[）)]", text):
        cut = max(text.rfind(ch, max(0, m.start() - 60), m.start()) for ch in "，。；：\n")
        clause = re.sub(rf"^\s*(?:{MARKER})?\s*(?:{cues.setup})", "", text[cut + 1 : m.start()])
        if clause.startswith("各"):
            return True
    return False


def _bare_over_groups(notice: Notice) -> Mechanism | None:
    """A page of a plan cut after the body's name: its groups' paragraphs (``A组负责…``, ``B组由…组成``,
    two or more) and the body named by its bare ending elsewhere (``贯彻领导小组意见``)."""
    if len(paragraph_groups(notice)) < 2:
        return None
    text = notice.text
    endings = sorted((w for w in notice.lex.bodies["mechanism_suffixes"] if len(w) > 2), key=len, reverse=True)
    found = [(i, w) for w in endings if (i := text.find(w)) >= 0]
    if not found:
        return None
    at, word = min(found)
    return Mechanism(name=word, span=sentence_at(text, at))


_FOR_EACH = re.compile(rf"每[\d{CN_DIGITS}]?[名个位户所]")  # 对每1名患者建立X小组: one for each
_TEAM_OF_N = re.compile(rf"^[\d{CN_DIGITS}]+人")  # 13人防汛指挥所: a body of so many people


_COUNTED_BODIES = re.compile(rf"(?P<list>[{HAN}、]+?)等(?P<n>\d+|[{CN_DIGITS}]+)个(?P<kind>[{HAN}]{{2,}})")


def _counted_bodies(name: str) -> list[str] | None:
    """``A、B和C等三个工作专班``: the bodies a counted list sets up together (``A工作专班``, …),
    None when ``name`` counts nothing, ``[]`` when the count is not the number of items."""
    m = _COUNTED_BODIES.fullmatch(name)
    if m is None:
        return None
    items = re.split("、|和|及", m.group("list"))
    count = int(m.group("n")) if m.group("n").isdigit() else cn_value(m.group("n"))
    if count != len(items) or any(len(item) < 2 for item in items):
        return []
    return [item + m.group("kind") for item in items]


def _a_department(notice: Notice, name: str) -> bool:
    """Does ``name`` end with a department's name of the lexicon (``X旗卫生健康委员会``)?"""
    return any(hit.end() == len(name) for hit in notice.lex.kind_name_re.finditer(name))


def _said_more_of(notice: Notice, end: int) -> bool:
    """Does the sentence that sets up a body (ending at ``end``), or the next two, say more of
    it: a post of its own (组长, 召集人 …) or its members (``role_re``), its short name (简称) or
    its charge (负责, 统筹; after its name also ``body_charge_words``: 统一协调…)? A body a plan's
    task only names (``建立X专家咨询委员会。探索…``) is not the notice's coordination body."""
    text = notice.text
    start, stop = sentence_at(text, end)
    for _ in range(_DESCRIBED_WITHIN):
        following = len(text) - len(text[stop:].lstrip("。；！？ \n"))
        if following < len(text):
            stop = sentence_at(text, following)[1]
    window = text[start:stop]
    posts = (m for m in notice.lex.role_re.finditer(window) if not window.startswith("会", m.end()))
    charge = notice.lex.cue("body_charge_words")  # 成立X领导小组，统一协调…: what it does, after its name
    return (next(posts, None) is not None or any(w in window for w in _DESCRIBING_WORDS)  # 委员会: no post
            or any(w in text[end:stop] for w in charge))


_DESCRIBING_WORDS = ("简称", "负责", "统筹")
_DESCRIBED_WITHIN = 2  # sentences after the one setting the body up


def _ending_aliases(notice: Notice, mech: Mechanism) -> None:
    """The body's kind is written alone for it (部门协作机制, 领导小组, 应急队伍 …; not 小组: any group)."""
    for word in (*notice.lex.bodies["mechanism_suffixes"], *notice.lex.bodies["title_mechanism_suffixes"]):
        if mech.name.endswith(word) and word != mech.name and len(word) > 2:
            mech.aliases.add(word)


def _named_by_its_posts(notice: Notice) -> Mechanism | None:
    """A body no sentence sets up, named by what only a coordination body has: its member
    units (``县艾工委成员单位``, ``爱卫会各成员单位``, ``X委员会全体成员单位``, ``X领导小组27家成员单位``), its make-up (``乡镇食安委由乡镇长任主任``), its chair's post
    (``区爱国卫生运动委员会主任``, ``领导小组组长李明``),
    its office at work or its head (``X领导小组办公室组织召开…``, ``X办公室要…``, ``X指挥部办公室主任``), its own bodies (``领导组下设…``),
    the work it leads (``在X领导小组的领导下开展…``) or its meeting (``召开X联席会议``,
    ``X领导小组全体会议``; not ``召开成员单位联席会议``), as a news report or an event plan writes it. A short form (``爱卫会``,
    ``食安委``: a few characters and 委/会) counts only before 成员单位 or its make-up and when
    written more than once; a department (``卫生健康委员会主任``) and a standing body (``村委会主任``) are no
    coordination body. The name runs back from its ending to the clause's start or a word
    that starts none (``为``, ``任``, a year's ``年``, a reporting verb such as ``研究决定``).
    The longest full name wins, then a bare ending (``联席会议``), then a short form; a full name
    also written with words before it (``镇X领导小组``) is named by that fuller form."""
    text = notice.text
    cues = _cues(notice)
    lex = notice.lex
    standing = lex.cue("standing_body_endings")
    found: list[tuple[int, int, int, Mechanism]] = []
    ends: list[tuple[int | None, int, str]] = [(None, m.start("after"), m.group("after"))
                                               for m in cues.held_after.finditer(text)]
    ends += [(None, m.end(), "") for m in cues.known_short_form.finditer(text)]
    for m in cues.meeting_of.finditer(text):
        group = "name" if m.group("name") else "name2"
        ends.append((m.start(group) if group == "name" else None, m.end(group), ""))
    for begin, end, after in ends:
        start = end if begin is None else begin
        while begin is None and start > 0 and end - start < 30 and _name_char(cues, text, start - 1):
            start -= 1
        if text.startswith("各级", start):
            continue  # 各级教育部门X领导小组办公室负责: each level's body, a kind
        # (兼领导小组办公室主任: a concurrent post's 兼 is no part of the name)
        name = cues.report_verbs.sub("", cues.term_qualifier.sub("", text[start:end]).lstrip("各本该兼"))
        full = re.search(rf"(?:{cues.suffixes})$", name) is not None
        known = _placed_short_form(notice, name)
        if not after.endswith("成员单位") and after != "由" and not full and not known:
            continue  # 村委会主任: a short form names a coordination body by its members or its make-up only
        if not full and not known and (not re.fullmatch(rf"[{HAN}]{{0,6}}?[{HAN}]{{2,3}}[委会]", name) or text.count(name[-3:]) < 2):
            continue  # 与老龄委成员单位协调: a body the notice mentions once is not what it is about
        own = _own_part(name)
        if (len(name) < 3 or name.endswith(standing) or name in lex.institutions
                or (name.endswith(lex.cue("committee_endings")) and lex.kind_of(own) is not None)):
            continue  # 卫生健康委员会主任: a department's head (县政府残工委: the government's committee)
        if _COUNTED_MEETING.search(name) or name.startswith(lex.cue("member_unit_words")):
            continue  # 第八次联席会议 / 召开成员单位联席会议: one meeting (of the members), not the body
        bare = re.fullmatch(rf"(?:{cues.suffixes})", name) is not None
        rank = (0 if after else 1) if full and not bare else 2 if full else 3
        found.append((rank, -len(name), end, Mechanism(name=name, span=sentence_at(text, start))))
    if not found:
        return None
    mech = min(found, key=lambda f: f[:3])[3]
    fuller = [f[3] for f in found if f[3].name.endswith(mech.name) and f[0] <= 2]
    mech = max(fuller, key=lambda m: len(m.name), default=mech)  # 镇X领导小组 written too: the fuller form
    place, rest = notice.table.split_place(mech.name)
    if place and len(rest) >= 3:
        mech.aliases.add(rest)  # 县艾工委 -> 艾工委 is written too
    if _own_part(mech.name) != mech.name:
        mech.aliases.add(_own_part(mech.name))  # 县政府残工委 -> 残工委
    return mech


def _placed_short_form(notice: Notice, name: str) -> bool:
    """A coordination body's well-known short form after a place of the notice (``福清市爱卫会``:
    ``coordination_short_forms``), the body itself wherever it is written (not ``区县爱卫会``,
    a level's bodies)."""
    place, rest = notice.table.split_place(name)
    return place in notice.table.places and rest in notice.lex.cue("coordination_short_forms")


def _own_part(name: str) -> str:
    """A committee's name without the government written before it (``县政府|残工委``), when
    three characters or more are left; else the name."""
    own = _GOVERNMENT_FIRST.sub("", name)
    return own if len(own) >= 3 else name


# 第八次联席会议: one meeting (the count right before the body's ending); not 第六次全国人口普查领导小组,
# a body named after the count of the work it leads
_COUNTED_MEETING = re.compile(r"第[一二三四五六七八九十\d]+次.{0,4}$")
_GOVERNMENT_FIRST = re.compile(r"^.{0,6}?(?:人民政府|政府)")  # 县政府|残工委: a committee of the government
_SHORT_FORM_RE = re.compile(rf"[{HAN}]{{2,3}}[委会]")


def _short_forms(notice: Notice, mech: Mechanism) -> None:
    """The short forms of a committee's name written in the notice (``爱卫会`` of
    ``爱国卫生运动委员会``, ``艾工委`` of ``艾滋病防治工作委员会``): three or four characters, the
    name's first (after its place) first, each one of the name's in order, its 委/会 last."""
    place, stem = notice.table.split_place(mech.name)
    if not stem.endswith(notice.lex.cue("committee_endings")) or len(stem) < 5:
        return
    for m in _SHORT_FORM_RE.finditer(notice.text):
        for form in {m.group(0), m.group(0)[1:]}:
            if len(form) >= 3 and form[0] == stem[0] and form not in stem and _in_order(form, stem):
                mech.aliases.add(form)


def _in_order(form: str, name: str) -> bool:
    """Is every character of ``form`` in ``name``, in the same order?"""
    it = iter(name)
    return all(ch in it for ch in form)


def _name_char(cues: _Cues, text: str, i: int) -> bool:
    """Can ``text[i]`` be part of a body's name read backwards from its ending? Not a
    separator, a verb or particle that starts no name, the 年 of a year (``2012年``), nor the 等
    closing a list before the name (``A、B等X领导小组``; not inside a word: ``高等``)."""
    ch = text[i]
    if not re.match(rf"[{HAN}]", ch):
        return False
    if ch == "的" and any(text.startswith(f, i - f.index("的")) for f in cues.de_diseases):
        return True  # 新型冠状病毒感染的肺炎疫情防控工作领导小组: inside a disease's name
    if ch in cues.not_in_name:  # …except inside an adjective of the name (国务院自由贸易试验区…)
        return i > 0 and word_tags().get(text[i - 1 : i + 1]) == _ADJECTIVE
    if ch == "等":  # A、B等X领导小组: the end of a list before the name, unless in a word (高等教育)
        return i > 0 and text[i - 1 : i + 1] in word_tags() or text[i : i + 2] in word_tags()
    return not (ch == "年" and i > 0 and (text[i - 1].isdigit() or text[i - 1] in CN_DIGITS))


_ADJECTIVE = "a"  # jieba's tag of an adjective


def _clean_name(cues: _Cues, written: str) -> str:
    """A body's name as a pattern read it, without what comes before the name in its clause:
    the setting-up verb (…工作成立X), the notice's own place (我市…), a reporting verb
    (省人民政府决定X), a run-on copy's article number (第三条X) or a heading's (（八）X), who leads it (由主要领导负责的X,
    以分管领导为召集人的X), an
    adjective before an opening quote (地方性的“X); and of two bodies set up together (A小组和B委员会)
    the first."""
    name = cues.own_place.sub("", cues.setup_words.sub("", re.sub(r"\s", "", written)))
    name = _LEAD_BY.sub("", _ARTICLE_NUMBER.sub("", cues.report_verbs.sub("", _HEADING_NUMBER.sub("", name))))
    if "“" in name and "”" not in name.split("“")[-1]:
        name = name.split("“")[-1]
    first = cues.first_of_two.match(name)
    return first.group("first") if first else name


_SHORT_NAME_AFTER = re.compile(r"\s*[（(]以下简称(?P<short>[^）)]{2,12})[）)]")  # X（以下简称“联席会议”）
_ARTICLE_NUMBER = re.compile(r"^第[一二三四五六七八九十百零〇0-9]{1,4}条")
_HEADING_NUMBER = re.compile(rf"^(?:{CN_PAREN}|{ARABIC_PAREN})")  # （八）X指挥部办公室: a heading's number
_LEAD_BY = re.compile(r"^了?(?:由|以)[^，。的]{1,20}的")  # (成立了)由X负责的 / 以X为组长的
_SHORT = r"(?:\s*[（(](?:以下|下)简称(?P<short{n}>[^）)]{{1,12}})[）)])?"


def _after_name(text: str, name: str, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of ``rx`` right after each occurrence of ``name``, left to right and not
    overlapping: ``re.finditer(NAME + rx)`` without compiling a pattern for each name."""
    i = text.find(name) if name else -1
    while i >= 0:
        m = rx.match(text, i + len(name))
        yield from [m] if m else []
        i = text.find(name, m.end() if m else i + 1)


def _more_mechanisms(notice: Notice, mech: Mechanism, suf: str) -> None:
    """Bodies set up together with the mechanism, named right after it: ``成立“A领导小组”
    （下简称领导小组）、“B指挥部”（下简称指挥部）`` sets up B too."""
    found: dict[str, Mechanism] = {}  # by the kind of body (指挥部): the title's short name is the text's full one
    kind_re = re.compile(rf"(?:{suf})$")
    for m in _after_name(notice.text, mech.name, _cues(notice).more_mechanism):
        name = m.group("name")
        kind = kind_re.search(name)
        if len(name) < 4 or name == mech.name or name in mech.aliases or kind is None:
            continue
        if name.endswith(mech.name):
            continue  # X指挥部及职责市政府成立X指挥部: a heading run into its sentence names the body again
        other = found.get(kind.group(0))
        if other is None:
            other = found[kind.group(0)] = Mechanism(name=name, span=sentence_at(notice.text, m.start("name")))
        elif len(name) > len(other.name):
            other.aliases.add(other.name)
            other.name = name
        else:
            other.aliases.add(name)
        if m.group("short2"):
            other.short = m.group("short2")
            other.aliases.add(other.short)
        if m.group("short1") and not mech.short:
            mech.short = m.group("short1")
            mech.aliases.add(mech.short)
    notice.more_mechanisms = list(found.values())


def _set_up_with_groups(notice: Notice, mech: Mechanism) -> None:
    """``同时，成立X工作专班（简称“Y”），下设A组、B组等5个工作组``: a second body the notice sets up
    with working groups of its own is one of its coordination bodies too."""
    text, cues = notice.text, _cues(notice)
    known = {mech.name, *mech.aliases, *(o.name for o in notice.more_mechanisms)}
    for m in cues.set_up_with_groups.finditer(text):
        if _each_sets_up(notice, m.start()):
            continue
        name = _clean_name(cues, m.group("name"))
        if len(name) < 4 or name.startswith("各") or name in known or any(name in k for k in known):
            continue
        other = Mechanism(name=name, span=sentence_at(text, m.start("name")))
        if m.group("short"):
            other.short = m.group("short")
            other.aliases.add(other.short)
        known.add(name)
        notice.more_mechanisms.append(other)


def _set_up_with_roster(notice: Notice, mech: Mechanism) -> None:
    """``卫生院成立由专业人员组成的医疗救治专家组。组长：某某成员：…``: a second body set up in a
    sentence of its own (not under the mechanism: no 下设) that its own roster labels follow is
    one of the notice's coordination bodies too (the roster is its)."""
    text = notice.text
    known = {mech.name, *mech.aliases, *(o.name for o in notice.more_mechanisms)}
    for m in notice.lex.memo(_roster_body_re).finditer(text):
        name = _clean_name(_cues(notice), m.group("name"))
        if len(name) < 4 or name.startswith("各") or any(name in k or k in name for k in known):
            continue
        if notice.table.find(name) is not None or _each_sets_up(notice, m.start()):
            continue  # one of the mechanism's own groups (下设…), or a kind of body each place sets up
        known.add(name)
        notice.more_mechanisms.append(Mechanism(name=name, span=sentence_at(text, m.start("name"))))


def _roster_body_re(lex: Lexicon) -> re.Pattern[str]:
    """A setting-up verb (not after 下), an optional make-up (由…组成的), a body's name, the
    sentence's end and a role label right after it."""
    roles = padded_alternation(lex.roles)
    endings = alternation({*lex.bodies["mechanism_suffixes"], *lex.bodies["sub_body_suffixes"]})
    return re.compile(rf"(?<!下)(?:{lex.cue_re('setup_verbs')})(?:由[^。；，]{{1,30}}?组成的)?"
                      rf"(?P<name>[{HAN}]{{2,30}}?(?:{endings}))。\s*(?:{roles})\s*：")


# 组成|国家X试点工作小组（以下简称…）: a setting-up verb, then up to 40 characters ending with
# the name, then its short-name note (the patterns are compiled once, not per notice's name)
_FULL_NAME_VERB = re.compile("(?=(?<!小)组成(?!员)|成立|建立|设立|组建)")  # not 领导小组成员单位…: 组成 of 小组+成员
_FULL_NAME_RUN = re.compile(rf"[{HAN}“”]{{2,40}}")
_SHORT_NAME_NOTE = re.compile(r"\s*[（(]以下简称")


def _fuller_name(notice: Notice, mech: Mechanism) -> None:
    """``成立试点工作小组。由A、B组成国家X试点工作小组（以下简称…）``: the body is named in
    full where it is defined; the short name becomes an alias. The full name runs from just
    after the first setting-up verb to the farthest end of the name within 40 characters of
    it, as the regex ``(?:组成|…)(?P<full>[HAN“”]{2,40}NAME)\\s*[（(]以下简称`` reads it."""
    text, name = notice.text, mech.name
    starts = []  # where the name starts with its short-name note after it
    i = text.find(name)
    while i >= 0 and name:
        if _SHORT_NAME_NOTE.match(text, i + len(name)):
            starts.append(i)
        i = text.find(name, i + 1)
    if not starts:
        return
    for verb in _FULL_NAME_VERB.finditer(text):
        s = verb.start() + 2
        run = _FULL_NAME_RUN.match(text, s)
        fits = [p for p in starts if run is not None and s + 2 <= p <= run.end()]
        if fits:
            full = text[s : fits[-1] + len(name)]
            if full != name:
                mech.aliases.add(name)
                mech.name = full
            return


def _name_written_out(notice: Notice, mech: Mechanism) -> None:
    """``四川成立尘肺病防治小组`` (a headline) and, in the text, ``四川省尘肺病防治攻坚行动工作领导小组``:
    a longer name with the same ending, the same first words (after its place) and every
    character of the headline's in order, written as often as it, is the body's full name; the
    headline's an alias."""
    text, cues = notice.text, _cues(notice)
    ending = re.search(rf"(?:{cues.suffixes})$", mech.name)
    if ending is None or ending.group(0) == mech.name:
        return
    stem = notice.table.split_place(mech.name)[1]
    best = mech.name
    for m in re.finditer(re.escape(ending.group(0)), text):
        start = m.start()
        while start > 0 and m.end() - start < 40 and _name_char(cues, text, start - 1):
            start -= 1
        written = _clean_name(cues, text[start : m.end()])
        own = notice.table.split_place(written)[1]
        if (len(written) > len(best) and own[:2] == stem[:2] and _in_order(stem, own)
                and "组成" not in written and not _a_department(notice, written)
                and text.count(written) >= text.count(mech.name)):  # not a variant written once
            best = written
    if best != mech.name:
        mech.aliases.add(mech.name)
        mech.name = best


def _placed_name(notice: Notice, mech: Mechanism) -> None:
    """``成立创建示范县工作领导小组`` and, further on, ``台前县创建示范县工作领导小组成员``: a name
    without its place is written elsewhere after a place of the notice (or its party committee:
    ``红石县委对台工作领导小组``, places.json ``party``); that is its full name.
    A title broken after its place (``大厂县`` alone on a line, the name on the next) counts too."""
    table = notice.table
    if table.split_place(mech.name)[0]:
        return
    text, party = notice.text, notice.lex.party
    i = text.find(mech.name)
    while i > 0:
        for place in table.places:  # longest first
            if text.startswith(place, i - len(place)) or _place_line_above(text, i, place):
                mech.aliases.add(mech.name)
                mech.name = place + mech.name
                return
            if text.startswith(place + party, i - len(place) - len(party)):  # 红石县委|对台工作领导小组
                mech.aliases.add(mech.name)
                mech.name = place + party + mech.name
                return
        i = text.find(mech.name, i + 1)


def _place_line_above(text: str, i: int, place: str) -> bool:
    """Is ``place`` alone on the line that ends right before ``text[i]`` (a broken title)?"""
    j = i
    while j > 0 and text[j - 1] in " \u3000":
        j -= 1
    if j == 0 or text[j - 1] != "\n":
        return False
    j -= 1
    while j > 0 and text[j - 1] in " \u3000":
        j -= 1
    k = j - len(place)
    return k >= 0 and text.startswith(place, k) and text[:k].rstrip(" \u3000").endswith("\n") or k == 0 and text.startswith(place)


def _add_office(notice: Notice, mech: Mechanism, word: str, span: Span, own_name: str | None = None) -> Org:
    """The mechanism's office (its name + ``word``, 办公室, or the office's ``own_name`` when
    the text gives it one) and the fact that it is the mechanism's office, read from ``span``.
    Every written ``<the mechanism's name or alias>办公室`` (or ``…下设办公室``) is the office's."""
    office = notice.table.add(own_name or mech.name + word, body="office", kind="办事机构", by_kind=own_name is None)
    notice.facts.append(OrgFact(office, "office_of", mech, span))
    for form in _mech_words(notice):
        if form + word in notice.text or form + "下设" + word in notice.text:
            notice.table.alias(office, form + word)  # 领导小组下设办公室 / 领导小组办公室主任
    return office


def _office_own_name(notice: Notice, start: int, word: str) -> str | None:
    """The office's own name, when the text names it otherwise than by the mechanism: the
    words before ``办公室`` in its clause (``治理工作联合办公室设在…``, ``应急办公室设在…``), or for a
    bare ``办公室`` the office the clause before it set up (``成立X推进办公室，办公室设在…``).
    None when those words end like a coordination body (the mechanism written another way,
    or another body's office)."""
    text, cues = notice.text, _cues(notice)
    begin = start
    while begin > 0 and start - begin < 30 and _name_char(cues, text, begin - 1):
        begin -= 1
    words = cues.own_place.sub("", cues.setup_words.sub("", text[begin:start]))
    if words:
        if len(words) < 2 or "设" in words or re.search(rf"(?:{cues.suffixes})$", words):  # 下设办公室
            return None
        return words + word
    before = cues.office_set_up_before.search(text, max(0, start - 80), start)
    if before is None or re.search(rf"(?:{cues.suffixes})(?:{cues.offices})$", before.group("name")):
        return None
    return before.group("name")


def _has_office(notice: Notice) -> bool:
    """Has an office of the mechanism been read already?"""
    return any(f.relation == "office_of" for f in notice.facts)


def _each_sets_up(notice: Notice, pos: int, name: str | None = None) -> bool:
    """``市、县区人民政府，管理区和经开区管委会设立…指挥机构`` / ``各乡镇成立…``: several bodies
    (or each of a kind) set up a body each, a kind of body, not the notice's one. A heading
    that names the body run on into the sentence setting it up (``2.1 X指挥部及职责市政府成立X指挥部``)
    is read from after the name."""
    text = notice.text
    lo = max(0, pos - 60)
    cut = max(text.rfind(ch, lo, pos) for ch in "，。；：\n")
    if cut < 0 and lo > 0:
        return False  # no clause start in reach: nothing to say
    if name and len(name) >= 4 and text.rfind(name, cut + 1, pos) >= 0:
        return False  # the clause opens by naming the body it sets up: one body, not one each
    clause = re.sub(r"(?:要|应|将|分别|均|各自|统一)+$", "", text[cut + 1 : pos])
    clause = re.sub(rf"^\s*(?:{MARKER})?\s*", "", clause)  # 1.各级人民政府成立…: after a list's number
    if clause.startswith("各") or _FOR_EACH.search(clause):
        return True  # 各乡镇成立… / 对每1名患者建立…: one for each
    if clause.startswith(notice.lex.cue("urging_verbs")):
        return True  # 鼓励高校在…设立X分委员会: a body others are urged to set up, a kind of body
    parts = re.split("、|和|及", clause)
    if _one_level_leadership(parts):
        return False  # 市委、市政府成立X: a level's party committee and government set up one body together
    if "与" in parts[-1]:
        return False  # A、B与C成立X: the units set up one body together
    return len(parts) > 1 and ends_like_body(notice, parts[-1])  # not 省卫生厅、省教育厅决定成立: one body


_LEADERSHIP_RE = re.compile("(?P<level>[省市县区镇乡旗州])(?:委|(?:人民)?政府)")


def _one_level_leadership(parts: list[str]) -> bool:
    """Are the parts a party committee and a government of one level (``市委``, ``市政府``)?"""
    found = [_LEADERSHIP_RE.fullmatch(p.strip()) for p in parts]
    return len(parts) > 1 and all(found) and len({m.group("level") for m in found if m}) == 1


def _outside_titles(rx: re.Pattern[str], text: str, start: int, end: int,
                    keep: Callable[[re.Match[str]], bool] = lambda _m: True) -> re.Match[str] | None:
    """The first match outside a cited title (``根据《关于调整X委员会成员的通知》…成立Y委员会``
    sets up Y), else the first match; a pattern that reads a title itself (``《X制度》``)
    matches at its ``《``, outside. Matches ``keep`` refuses are skipped."""
    first = None
    for m in _finditer(rx, text, start, end):
        if not keep(m):
            continue
        if first is None:
            first = m
        lo = max(start, m.start() - _TITLE_REACH)  # bounded look-back: linear time
        opened = text.rfind("《", lo, m.start())
        if opened < 0 or text.rfind("》", opened, m.start()) >= 0:
            return m
    return first


_TITLE_REACH = 200  # a cited title is never longer


def _finditer(rx: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, start, end)``; a pattern that can only match at the start of a line
    (``^…`` with ``re.M``) is tried at line starts only, not at every position."""
    if not _line_anchored(rx):
        yield from rx.finditer(text, start, end)
        return
    at = start
    while at <= end:
        if at > 0 and text[at - 1] != "\n":  # the next line start
            newline = text.find("\n", at, end)
            if newline < 0:
                return
            at = newline + 1
        m = rx.match(text, at, end)
        if m:
            yield m
            at = m.end() if m.end() > m.start() else m.end() + 1
        else:
            at += 1


_LINE_ANCHORED: dict[tuple[str, int], bool] = {}


def _line_anchored(rx: re.Pattern[str]) -> bool:
    """Does every match of ``rx`` start at a line start: ``re.M`` and a ``^`` before the whole
    pattern, with no ``|`` outside brackets and groups? Unsure means no (then every position
    is tried, which is always right)."""
    key = (rx.pattern, rx.flags)
    known = _LINE_ANCHORED.get(key)
    if known is None:
        known = _LINE_ANCHORED[key] = bool(rx.flags & re.M) and _anchored_at_line_start(rx.pattern)
    return known


def _anchored_at_line_start(pattern: str) -> bool:
    """``^`` first and no top-level alternative in ``pattern`` (a plain scan of its syntax)."""
    if not pattern.startswith("^"):
        return False
    scan = _top_level(pattern, 1)
    return scan is not None and not scan[1]


def _top_level(pattern: str, i: int = 0) -> tuple[list[tuple[int, int]], bool] | None:
    """The groups of ``pattern[i:]`` outside any other (start and end of each), and whether
    a ``|`` stands outside every group; None when its brackets do not balance (a plain scan
    of its syntax: escapes and classes skipped)."""
    groups: list[tuple[int, int]] = []
    depth, opened, bar, n = 0, 0, False, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: a ] right after [ or [^ is literal
            i += 2 if pattern.startswith("[^", i) else 1
            i += 1 if i < n and pattern[i] == "]" else 0
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            opened = i if depth == 0 else opened
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
            if depth == 0:
                groups.append((opened, i + 1))
        elif ch == "|" and depth == 0:
            bar = True
        i += 1
    return (groups, bar) if depth == 0 else None


def _name_ends_with(pattern: str, ending: str) -> bool:
    """Does every match of ``pattern`` hold a match of ``ending``: no top-level alternative,
    and a group ``(?P<name>…(?:ending))`` outside any other, not made optional?"""
    scan = _top_level(pattern)
    if scan is None or scan[1]:
        return False
    closing = f"(?:{ending}))"
    return any(pattern.startswith("(?P<name>", a) and pattern.endswith(closing, a, b)
               and not pattern.startswith(("?", "*", "{0"), b) for a, b in scan[0])


def _mech_words(notice: Notice) -> list[str]:
    mech = notice.mechanism
    return mech.forms() if mech else []


def find_bodies(notice: Notice) -> None:
    """Office (…办公室设在X), sub-bodies (下设…组, 设立…委员会), convener units."""
    mech = notice.mechanism
    if mech is None:
        return
    text = notice.text
    words = _mech_words(notice)
    cues = _cues(notice)
    office_words = cues.office_words
    # The office: (mechanism)办公室（以下简称X）设在ORG / 下设办公室，分别设在A和B
    for at in after_words(text, [*words, ""], cues.office_hosted):  # the name, or none
        span = sentence_at(text, at.start)
        span = (span[0], max(span[1], sentence_at(text, at.end())[1]))  # （一）办公室 / 设在X: its seat below
        if at.rest.group("bare") and org_at(notice, text, at.end(), span[1]) is None:
            continue  # 办公室设主任一名: no body after 设
        written = text[at.start : at.rest.end("office")]
        own_name = _office_own_name(notice, at.start, written) if written in office_words else None
        office = _add_office(notice, mech, office_words[0], span, own_name)
        if written not in office_words or mech.name in notice.lex.bodies["mechanism_suffixes"]:
            notice.table.alias(office, written)  # a bare 办公室 would match every office, but for a bare body's
        if at.rest.group("short"):
            notice.table.alias(office, at.rest.group("short"))
        notice.office_hosts.append((office, at.end(), span))
    if not _has_office(notice):
        # 协调小组在中医药局设办公室 (the host first) / 领导小组下设办公室 (no host)
        # 下设办公室于X / 下设办公室，在X办公: the host after it; 领导小组下设控烟办公室: its own name
        hit = first_after_words(text, words, cues.office_set_up)
        if hit:
            found = hit.rest
            span = sentence_at(text, hit.start)
            own = found.group("own")
            own_name = own + "办公室" if own and own not in _mech_words(notice) else None
            office = _add_office(notice, mech, "办公室", span, own_name)
            if own and own_name is None:
                notice.table.alias(office, own + "办公室")  # 食安委下设市食品安全委员会办公室
            if found.group("short"):
                notice.table.alias(office, found.group("short").strip("“”"))
            host = next((g for g in ("host", "works") if found.group(g)), None)
            if host:
                notice.office_hosts.append((office, found.start(host), (span[0], found.end(host))))
            elif found.group("at"):
                notice.office_hosts.append((office, found.end(), span))
            else:
                _host_written_apart(notice, office, found.end())
    if not _has_office(notice):
        # …领导小组，下设办公室 / a line 下设办公室，由某某兼办公室主任 under the roster: no body before it
        bare_set_up = _office_set_up_unnamed(notice, mech)
        if bare_set_up:
            office = _add_office(notice, mech, "办公室", sentence_at(text, bare_set_up))
            _host_written_apart(notice, office, bare_set_up)
    if not _has_office(notice):
        # X领导小组办公室组织召开… / 报县爱卫会办公室: the office named at work, set up elsewhere (the
        # body's own name before it). Not one item of a list of units (A、X办公室牵头: a doer among
        # departments, the body not the notice's subject) nor a letterhead (X办公室文件: the issuer).
        # Then 联席会议办公室根据…组织… / 由联席会议办公室汇总: a bare ending's office, which may be any
        # body's, is the notice's body's when the notice has no other
        suffixes = notice.lex.bodies["mechanism_suffixes"]
        own = [w for w in _mech_words(notice) if w not in suffixes]
        bare = [w for w in _mech_words(notice) if w in suffixes] if not notice.more_mechanisms else []
        # 部际联席会议办公室, 市领导小组办公室: the bare ending after a way of working or a level
        bare += [q + w for w in bare for q in (*notice.lex.cue("way_of_working_words"), *notice.lex.level_chars)]
        for forms, before in ((own, _NOT_AFTER_NAME_CHAR), (bare, cues.name_start)):
            named = first_after_words(text, forms, cues.office_named, before) if forms else None
            if named:
                office = _add_office(notice, mech, office_words[0], sentence_at(text, named.start))
                notice.table.alias(office, named.text())
                break
    if not _has_office(notice):
        _office_by_short_form(notice, mech)  # 县爱卫办牵头 / 市爱卫会办公室具体组织实施
    if not _has_office(notice):
        # 成立X领导小组，统筹…，领导小组办公室具体负责…: a bare 领导小组办公室 in the sentence that sets
        # the body up is its office
        s, e = mech.span
        bare = [w for w in _mech_words(notice) if w in notice.lex.bodies["mechanism_suffixes"]]
        said = re.compile(rf"(?<![{HAN}、])(?:{alternation(bare)})(?:{cues.offices})").search(text, s, e) if bare else None
        if said and said.start() > text.find(mech.name, s, e) >= 0:
            office = _add_office(notice, mech, office_words[0], (s, e))
            notice.table.alias(office, said.group(0))
    # Sub-bodies: 下设18个专项行动工作组 / 设立…专家咨询委员会（以下简称…）
    sub = alternation(notice.lex.bodies["sub_body_suffixes"])
    for m in re.finditer(rf"(?:{cues.sub_body})\s*(?:(?P<n>\d+)\s*个)?(?P<name>[{HAN}]{{0,14}}?(?:{sub}))(?:\s*[（(]以下简称(?P<short>[^）)]{{2,10}})[）)])?", text):
        name = m.group("name")
        if name == mech.name or _COUNT_IN_NAME.search(name):
            continue  # 下设个六个工作组: a count, the groups are named below
        if _another_body_sets_up(notice, mech, m.start()):
            continue  # 高校学位评定委员会设立X工作组: that body's group, not the mechanism's
        body = notice.table.add(name, body="committee" if name.endswith("委员会") else "group", kind="议事机构")
        if m.group("short"):
            notice.table.alias(body, m.group("short"))
        attrs = {"count": int(m.group("n"))} if m.group("n") else {}
        notice.facts.append(OrgFact(body, "part_of", mech, sentence_at(text, m.start()), attrs))
    find_groups(notice, _add_office)
    _groups_own_offices(notice)
    group_hosts(notice)
    _convener_units(notice)


def _office_by_short_form(notice: Notice, mech: Mechanism) -> None:
    """The office of a body every reader knows by its short forms (``office_short_forms``: an
    爱国卫生 body's ``爱卫办``, ``爱卫会办公室``), written with the notice's own level or place or
    a national prefix before it, or none (``全国爱卫办牵头``, ``由市爱卫会办公室具体组织实施``); not
    another place's (``所在地爱卫办``, ``各乡镇爱卫办``: a character before it that is none of those)."""
    forms = [f for key, fs in notice.lex.cue_map("office_short_forms").items() if key in mech.name for f in fs]
    if not forms:
        return
    text, table = notice.text, notice.table
    prefixes = [*notice.lex.level_chars, *table.places, *notice.lex.cue("national_prefixes")]
    rx = re.compile(rf"(?<![{HAN}])(?:{alternation(prefixes)})?(?:{alternation(forms)})|"
                    rf"(?<=[{''.join(_SHORT_OFFICE_AFTER)}])(?:{alternation(prefixes)})?(?:{alternation(forms)})")
    office = None
    for m in rx.finditer(text):
        written = m.group(0)
        place = table.split_place(written)[0]
        if place and place not in notice.lex.level_chars and not mech.name.startswith(place) and place not in table.places:
            continue  # another place's office
        if office is None:
            office = _add_office(notice, mech, "办公室", sentence_at(text, m.start()))
        for form in dict.fromkeys((written, table.canonical(written)[0])):  # 县爱卫会办公室, 丰都县爱卫会办公室
            notice.table.alias(office, form)


# a verb or preposition right before an office's short form (由市爱卫办…, 经县爱卫办…, 报县爱卫办, 下设镇爱卫办)
_SHORT_OFFICE_AFTER = ("由", "经", "报", "向", "将", "在", "和", "及", "与", "对", "为", "设", "、")


def _office_set_up_unnamed(notice: Notice, mech: Mechanism) -> int | None:
    """The end of a ``下设办公室`` whose clause names no body (``…的联防联控领导小组，下设办公室``:
    the clause before ends with the mechanism's name; ``下设办公室，由某某兼办公室主任`` opening a
    line or sentence), after the mechanism is named, in a notice that sets up no other body:
    the office is the mechanism's."""
    if notice.more_mechanisms:
        return None
    text, forms = notice.text, tuple(_mech_words(notice))
    for m in _cues(notice).bare_office_set_up.finditer(text):
        if m.start() < mech.span[0]:
            continue
        before = text[: m.start()].rstrip(" \t\u3000")
        if not before or before.endswith(("。", "；", "\n")) or before.endswith("，") and before[:-1].endswith(forms):
            return m.end()
    return None


def _another_body_sets_up(notice: Notice, mech: Mechanism, pos: int) -> bool:
    """Does the clause setting up a sub-body at ``pos`` open with a body other than the
    mechanism (``高校学位评定委员会设立…``, ``各地设立…``), or with no subject where the mechanism is
    named neither in that sentence nor the one before?"""
    text = notice.text
    start = sentence_at(text, pos)[0]
    cut = max(text.rfind(ch, start, pos) for ch in "，；：")
    clause = re.sub(rf"^\s*(?:{MARKER})?\s*", "", text[max(start, cut + 1) : pos]).strip()
    forms = [f for f in mech.forms() if len(f) > 1]
    if clause:
        return not any(f in clause for f in forms) and (
            clause.startswith("各") or org_at(notice, text, pos - len(clause), pos) is not None
            or ends_like_body(notice, clause) or re.search(rf"(?:{_cues(notice).suffixes})$", clause) is not None)
    before = sentence_at(text, max(0, start - 2))[0] if start > 1 else start
    return not any(f in text[before:pos] for f in forms)


_COUNT_IN_NAME = re.compile(rf"[\d{CN_DIGITS}]+个")
_NOT_AFTER_NAME_CHAR = re.compile(rf"(?<![{HAN}、])")


def _groups_own_offices(notice: Notice) -> None:
    """``督查组负责…。办公室设在市卫生局``: an office placed in a paragraph a working group's name
    opens is the group's own office, not the mechanism's: no host of the mechanism's office."""
    groups = [f.source for f in notice.facts if f.relation == "part_of" and f.source.body == "group"]
    if not groups:
        return
    text = notice.text
    names = tuple(form for g in groups for form in (g.name, *g.aliases))

    def group_paragraph(pos: int) -> bool:
        ln = next((ln for ln in notice.lines if ln.start <= pos < ln.end), None)
        return ln is not None and text[ln.body_start : ln.end].lstrip().startswith(names)

    notice.office_hosts = [h for h in notice.office_hosts if not group_paragraph(h[1])]


def _host_written_apart(notice: Notice, office: Org, set_up: int) -> None:
    """The host of an office set up (ending at ``set_up``) without one: later in that sentence
    (``下设办公室，办公地点设在A``), or in a later sentence that names the office (``X办公室（以下简称Y）
    是…的经办机构，设在A``; read once the bodies are known), or ``在A加挂X办公室牌子`` (the office is
    another name of A's: A as written)."""
    text, cues = notice.text, _cues(notice)
    at = re.compile(cues.office_host).search(text, set_up, sentence_at(text, set_up)[1])
    if at:
        notice.office_hosts.append((office, at.end(), sentence_at(text, set_up)))
        return
    forms = sorted((f for f, org in notice.table.forms().items() if org is office and len(f) > 3), key=len, reverse=True)
    for form in forms:
        i = text.find(form)
        while i >= 0:
            s, e = sentence_at(text, i)
            hung = re.search(rf"(?:^|(?<=[，：]))在?(?P<host>[^，。；：]{{2,30}}?)加挂{re.escape(form)}牌子", text[s:e])
            if hung:
                host = notice.table.add(hung.group("host"))
                notice.facts.append(OrgFact(office, "hosted_by", host, (s, e)))
                return
            at = re.compile(cues.office_host).search(text, i + len(form), e)
            if at:
                notice.office_hosts.append((office, at.end(), (s, e)))
                return
            i = text.find(form, i + 1)


def find_office_hosts(notice: Notice) -> None:
    """The body each office sits in (``办公室设在省卫生厅``), read once the roster, the member
    lists and the duty divisions have named the notice's bodies (``省卫生厅`` is known then)."""
    text = notice.text
    for office, pos, span in notice.office_hosts:
        end = org_at(notice, text, pos, span[1])
        general = re.match(notice.lex.cue_re("general_offices"), text[end:span[1]]) if end is not None else None
        if end is not None and general:
            end += general.end()  # 设在国务院办公厅: the body's general office, a body of its own
        elif end is not None:
            end = _division_end(notice, end, span[1])  # 设在教育部X司: a ministry's department
        if end is None:  # a body no lexicon lists: up to the clause's end (镇计生办（电话…）, 卫计办，负责…)
            end = _unlisted_host_end(notice, pos, span[1])
            if end is None:
                continue  # 省卫生厅疾控处: a division, by the endings of bodies in posts
        host = notice.table.add(text[pos:end])
        notice.facts.append(OrgFact(office, "hosted_by", host, span))


def _division_end(notice: Notice, end: int, limit: int) -> int:
    """End of a department of the body ending at ``end`` that ends its clause (``教育部|体育卫生与
    艺术教育司``, an ending of ``host_division_endings``), else ``end``."""
    m = _cues(notice).host_division.match(notice.text, end, limit)
    return m.end() if m else end


def _unlisted_host_end(notice: Notice, pos: int, limit: int) -> int | None:
    """End of a host no lexicon lists, written at ``pos``: up to the clause's end, or to a
    ``和``/``及`` when the words before it are a body (``设在A和B``; not the 和 inside
    ``市经济和信息化委``); None when no such piece looks like a body."""
    text = notice.text
    for stops in (_HOST_END, _CLAUSE_END):
        stop = stops.search(text, pos, limit)
        end = stop.start() if stop else limit
        if text[pos:end].endswith(_INSIDE) and end - pos > 3:
            end -= 1  # 设在各社区居委会内: where in the body, not its name
        name = text[pos:end]
        if (2 <= len(name) <= 20 and re.fullmatch(f"[{HAN}]+", name)
                and (looks_like_org(name, notice) or name.endswith(post_words(notice.lex).endings))):
            return end
    return None


_HOST_END = re.compile("[，。；（(、]|和|及")
_CLAUSE_END = re.compile("[，。；（(、]")
_INSIDE = ("内", "里", "中")


def _unit_relation(notice: Notice, m: re.Match[str]) -> str | None:
    """The relation of a unit given the role ``m`` names: under a chief the notice names
    (``总召集人由市政府分管副市长担任，A和B主要负责同志担任召集人``) the plain role is the chief's
    deputy (``under_chief``), the chief's own word (总召集人) the role itself."""
    lex = notice.lex
    role = _cues(notice).unit_role_of[m.group("role")]
    if not unit_role_fits(notice, role):
        return None  # 工作机制主任由…: 主任 is read as a unit's post of a 委员会 only
    for chief, plain in lex.roster_words.get("under_chief", {}).items():
        if (role in plain and names_chief(notice.text, chief)
                and not notice.text.endswith(chief, 0, m.end("role"))):
            deputy = next((w for w, rel in lex.roles.items() if rel == plain[role] and w in lex.unit_roles), None)
            return lex.unit_roles.get(deputy) if deputy else None
    return lex.unit_roles.get(role)


def _convener_units(notice: Notice) -> None:
    """``由旗卫生健康委主要负责同志担任召集人`` -> convener_unit_of (with the title)."""
    text = notice.text
    mech = notice.mechanism
    assert mech is not None
    cues = _cues(notice)
    for m in cues.convener_first.finditer(text):  # 召集人由县卫健局主要负责同志担任
        relation = _unit_relation(notice, m)
        if relation is None or names_other_body(notice, m.start("role")) or others_post(notice, m.start("role"), False):
            continue  # 办公室主任由…, 县卫健委主任由…: not the mechanism's post
        items = _split_joined(notice, split_items(text, m.start("list"), m.end("list")))
        if any(title_and_name(notice, text[a:b].removesuffix("同志")) for a, b in items[-1:]):
            continue  # 召集人由副县长周文斌担任: a person (roster)
        posts: list[tuple[Org, str | None]] = []
        for a, b in items:
            government = government_chair(notice, relation, text[a:b])
            if government is not None:  # 组长由分管副市长担任: the head of the notice's own government
                posts.append((add_government(notice, government), text[a:b]))
                continue
            end = org_at(notice, text, a, b) or body_before_head(notice, a, b)  # 县安办负责人: no lexicon lists it
            if end is None and (a, b) != items[-1]:
                end = _bare_body_end(notice, a, b)  # A和B主要负责同志: A, a unit no lexicon lists, shares B's post
            if end is None and relation in _leader_relations(notice):
                end = _body_before_title(notice, a, b)  # 市质监局副局长: a body no lexicon lists, its head's title
            if end is None or title_and_name(notice, text[end:b]):
                posts = []
                break
            if _names_no_unit(notice, relation, text[a:end]):
                continue
            posts.append(_unit_post(notice, notice.table.add(text[a:end]), text[end:b].strip() or None))
        _add_unit_posts(notice, posts, relation, sentence_at(text, m.start()))
    for m in cues.convener.finditer(text):
        reach = max(0, m.start() - 200)  # a clause is searched this far back (linear time)
        clause_start = max(reach - 1, *(text.rfind(ch, reach, m.start()) for ch in "，,。；\n：")) + 1
        s = clause_start
        seg = text[s : m.start()]
        k = seg.find("由")
        if k >= 0:
            s += k + 1
        relation = _unit_relation(notice, m)
        if relation is None or names_other_body(notice, m.end()) or _others_post_after(notice, m):
            continue
        # 市政府分管副秘书长、市卫生健康委主任担任副召集人: one post per unit
        posts = []
        items = _split_joined(notice, split_items(text, s, m.start()))
        if any(title_and_name(notice, text[a:b].removesuffix("同志")) for a, b in items[-1:]):
            continue  # 县卫生健康局党组书记、局长周文斌任组长: a person (roster), not a unit
        for a, b in items:
            government = government_chair(notice, relation, text[a:b])
            if government is not None:  # 由分管副市长任组长: the notice's own government
                posts.append((add_government(notice, government), text[a:b]))
                continue
            end = org_at(notice, text, a, b) or body_before_head(notice, a, b)
            if end is None and (a, b) != items[-1]:
                end = _bare_body_end(notice, a, b)  # A和B主要负责同志: A, a unit no lexicon lists, shares B's post
            if (end is not None and not title_and_name(notice, text[end:b])  # 局长韩雪任…: a person (roster)
                    and not _names_no_unit(notice, relation, text[a:end])):
                posts.append(_unit_post(notice, notice.table.add(text[a:end]), text[end:b].strip() or None))
        _add_unit_posts(notice, posts, relation, sentence_at(text, m.start()))


def _split_joined(notice: Notice, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items of a posts' list split where ``和``/``及``/``以及`` joins two units' posts
    (``市政府协调民政工作的副秘书长和市民政局主要负责同志``): the words after it start a unit, and
    the unit before it does not run over it (``城市管理和综合执法局`` stays one), or no lexicon lists
    it and the words before the join end like a body (``市场监管总局和国家卫生健康委主要负责同志``)."""
    text = notice.text
    joins = notice.lex.memo(_and_re)
    out = []
    for a, b in items:
        start = a
        for j in joins.finditer(text, a, b):
            name_end, after = org_at(notice, text, start, b), org_at(notice, text, j.end(), b)
            if name_end is None and _bare_body_end(notice, start, j.start()) is not None:
                # a bare unit no lexicon lists ended by the join, a unit's head after it
                name_end, after = j.start(), after or body_before_head(notice, j.end(), b)
            if name_end is not None and name_end <= j.start() and j.start() > start and after is not None:
                out.append((start, j.start()))
                start = j.end()
        out.append((start, b))
    return out


def _bare_body_end(notice: Notice, a: int, b: int) -> int | None:
    """``b`` when ``text[a:b]`` is a unit written bare, with no post (``市场监管总局``): Chinese
    characters only, a body's ending but no kind of unit (``牵头单位``, ``有关部门``: a label or a
    class, no one unit), no head's title at its end."""
    name = notice.text[a:b]
    if (re.fullmatch(f"[{HAN}]{{3,20}}", name) and ends_like_body(notice, name)
            and not name.endswith((*post_words(notice.lex).titles, *notice.lex.cue("unit_kinds")))
            and not vague_unit(notice, name)):
        return b
    return None


def _and_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(lex.cue_re("and_words"))


def _others_post_after(notice: Notice, m: re.Match[str]) -> bool:
    """``担任办公室主任`` / ``成员为县卫健委主任``: the role word after its holders is the office's
    or a department's post (the words between the verb and the role name a body)."""
    role = m.start("role")
    if others_post(notice, role, True):
        return True
    verb = _cues(notice).post_verb.match(notice.text, m.start(), role)  # the verbs of cues.convener
    gap = verb.end() if verb else m.start()
    return gap < role and org_at(notice, notice.text, gap, role) == role


def _unit_post(notice: Notice, org: Org, title: str | None) -> tuple[Org, str | None]:
    """(unit, title) of a post held by a unit; a government's post held in its general office
    (``县政府协调民政工作的县府办副主任``, ``市政府协调民政工作的办公室副主任``) is the office's:
    the office's own short name leaves the title, a bare 办公室 stays in it."""
    m = _GOVERNMENT_OFFICE_POST.fullmatch(title or "")
    if m is None or not org.name.endswith(_GOVERNMENT):
        return org, title
    stem = org.name.removesuffix(_GOVERNMENT).removesuffix(_PEOPLES)  # 市政府, 市人民政府
    office = notice.table.add(stem + _PEOPLES + _GOVERNMENT + _GENERAL_OFFICE)
    if m.group("named"):
        notice.table.alias(office, m.group("named"))
    return office, (m.group("task") or "") + (m.group("bare") or "") + m.group("head")


_PEOPLES, _GOVERNMENT = "人民", "政府"
_GENERAL_OFFICE = "办公室"
# 协调民政工作的 + 县府办 / 办公室 + 副主任: a government's post in its general office
_GOVERNMENT_OFFICE_POST = re.compile(
    r"(?P<task>[^、，]*的)?(?:(?P<named>[省市县区州盟旗]?(?:府办|政府办))|(?P<bare>办公室))(?P<head>副?主任)")


def _add_unit_posts(notice: Notice, posts: list[tuple[Org, str | None]], relation: str, span: Span) -> None:
    """One ``relation`` fact to the mechanism per unit and post; a unit written without its
    post shares the next one written (``市卫生健康局、市公安局主要负责同志``: both;
    ``县委、县政府分管副主任、县卫健委主要负责人``: 县委's is 分管副主任)."""
    mech = notice.mechanism
    assert mech is not None
    lead = notice.lex.memo(_units_lead_re)
    titles = [lead.sub("", title) if title else title for _org, title in posts]
    for i, (org, _title) in enumerate(posts):
        title = titles[i] or next((t for t in titles[i + 1 :] if t), None)
        if not unit_post_kept(notice, relation, title):
            continue  # 市政府主要领导: no post named
        notice.facts.append(OrgFact(org, relation, mech, span, {"title": _first_head_title(notice, title)}))


def _leader_relations(notice: Notice) -> list[str]:
    """The unit relations of a group's leaders (those of ``vague_unit_heads``)."""
    return list(notice.lex.roster_words.get("vague_unit_heads", {}).get("relations", []))


def _body_before_title(notice: Notice, a: int, b: int) -> int | None:
    """End of the body in ``text[a:b]`` = a level's body no lexicon lists and its head's title
    (``市质监局副局长``): a bare level first (市, 县 …), a body's ending, then a title to the end."""
    text = notice.text
    w = post_words(notice.lex)
    if text[a : a + 1] not in notice.lex.bare_levels:
        return None
    for p in range(b - 1, a + 2, -1):
        if text.endswith(w.endings, a, p) and w.title_at(text, p, b) == b:
            return p if looks_like_org(text[a:p], notice) else None
    return None


def _names_no_unit(notice: Notice, relation: str, written: str) -> bool:
    """A unit holding a leader's post that names no one unit (``旗直有关部门``: 有关 in it,
    ``党委或政府``):
    read nothing (nor put it in the notice's table of bodies)."""
    return relation in _leader_relations(notice) and (vague_unit(notice, written) or _ALTERNATIVE in written
                                  or any(w in written for w in notice.lex.cue("concerned_words")))


_ALTERNATIVE = "或"


def _units_lead_re(lex: Lexicon) -> re.Pattern[str]:
    """``等单位`` before the heads' post closing a list (``A、B等单位领导``): not part of the post."""
    return re.compile(rf"^等(?:{lex.cue_re('member_unit_words')})")


def _first_head_title(notice: Notice, title: str | None) -> str | None:
    """Of the posts of a unit's heads written together (``主要负责同志及分管负责同志``, each
    ending with a head word) the first, the unit's post (the graph holds one per unit and
    role); any other ``title`` as it is."""
    if title is None:
        return None
    parts = re.split(notice.lex.cue_re("and_words"), title)
    heads = tuple(notice.lex.cue("head_words"))
    return parts[0] if len(parts) > 1 and all(part.endswith(heads) for part in parts) else title


# 组长由…担任，成员由A、B组成: a clause whose subject is the word 成员 itself
_MEMBERS_SUBJECT_RE = re.compile(r"(?:^|[，：])\s*成员(?:单位)?$")
# 联席会议由A、B、…、人力 (the text ends inside the list)
_CUT_LIST_RE = re.compile(r"由(?P<list>[^。；：由\n]{4,})$")


def _finditer_member_lines(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose matches lie inside one line and end with
    成员 (``cues.heads``): only the lines holding 成员 are searched (the pattern may start
    at any clause of a line, and trying each position of the text is slow)."""
    at = _next_members_word(text, 0)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield from rx.finditer(text, start, end)
        at = _next_members_word(text, end)


_MEMBERS_WORD_RE = re.compile(f"成员|(?<=[任为]){_COMMITTEE_MEMBERS}(?!会)")  # 成员; 任委员 of a committee


def _next_members_word(text: str, pos: int) -> int:
    """Where the next word naming a body's members (``成员``, ``任委员``) stands at or after ``pos``, or -1."""
    m = _MEMBERS_WORD_RE.search(text, pos)
    return m.start() if m else -1


def find_members(notice: Notice) -> None:
    """Member-unit lists (由A、B、C……等12个部门组成) and lists of a body's parts; a list
    cut by the end of the text keeps its items but the last (it may be cut mid-word)."""
    text = notice.text
    mech = notice.mechanism
    # the table's written forms when the search starts (bodies added below are not owners), longest first
    forms = sorted(notice.table.forms().items(), key=lambda kv: -len(kv[0]))
    tail = _cut_tail(notice)
    cues = _cues(notice)
    for rx in (cues.list, cues.members, cues.members_paren, cues.members_below, cues.members_from,
               cues.members_counted, cues.heads, cues.heads_bare, cues.including, cues.taken, cues.members_after,
               _CUT_LIST_RE):
        if rx is _CUT_LIST_RE:
            found: Iterable[re.Match[str]] = [tail] if tail else []
        elif rx is cues.heads or rx is cues.heads_bare:
            found = _finditer_member_lines(rx, text)
        else:
            found = rx.finditer(text)
        for m in found:
            sent = sentence_at(text, m.start())
            subject = text[sent[0] : m.start()]
            owner = None
            for form, org in forms:
                if org.body and form in subject:
                    owner = org
                    break
            if rx is cues.members_from and owner is not None and owner.body == "office":
                owner = None  # 联席会议办公室成员来自A、B: the units that staff the mechanism
            if owner is None and mech is None:
                continue
            if _office_clause_before(notice, subject):
                continue  # 办公室主任由X担任，成员由A科、B所负责人组成: the office's staff
            if not _owner_is_mechanism(notice, m):
                continue  # …负责人为村级防控小组成员: another body's members
            named_after = text.startswith("的" + mech.name, m.end()) if mech else False  # 由…组成的X机制
            target = mech
            if owner is None and not (rx in (cues.members, cues.members_paren, cues.members_below, cues.members_from,
                                             cues.members_counted, cues.heads, cues.including)
                                      or named_after
                                      or any(w in subject for w in _mech_words(notice))
                                      or subject.strip(" （）一二三四五六七八九十") == ""
                                      or _members_clause(notice, subject)
                                      or _short_form_members(notice, subject)):
                target = _composed_mechanism(notice, subject, sent) if rx is cues.list else None
                if target is None:
                    continue
            if rx is cues.taken and not department_list(notice, m.start("list"), m.end("list")):
                continue  # 成员由各部门负责人、各村主要领导担任: no unit named
            if rx is cues.heads_bare and not (department_list(notice, m.start("list"), m.end("list"))
                                              and (named_after or any(w in subject for w in _mech_words(notice))
                                                   or m.group("owner"))):
                continue  # …任小组成员: the body named after 任 (checked above: the notice's)
            items = _list_items(notice, _after_bracketed_entries(text, m.start("list"), m.end("list")), m.end("list"))
            if "more" in m.groupdict() and m.group("more"):  # …等部门及新闻媒体负责人: one unit more
                items += unit_list(notice, m.start("more"), m.end("more"), by_position=True)
            items += _collective_of_heads(notice, m)  # …等部门负责人及各村委会主任为成员
            cut = rx is _CUT_LIST_RE or m.end("list") >= len(text.rstrip())  # the text ends inside the list
            if cut and items and items[-1][1] >= m.end("list") and not _whole_unit(notice, items[-1][2]):
                items = items[:-1]  # …、县民: cut mid-word (县公安局 at the end is whole)
            first = split_items(text, m.start("list"), m.end("list"))[:1]
            if first and _names_a_person(notice, text[first[0][0] : first[0][1]]):
                continue  # 成员由省政府秘书长X、…以及A、B: the prose roster reads it
            items = [(a, b, _unit_of_head(notice, _unit_of_secretary(written))) for a, b, written in items
                     if not _names_a_person(notice, written)
                     and not written.startswith(notice.lex.cue("referral_words"))  # 成员单位（详见任务分工）
                     and not notice.lex.role_re.fullmatch(written)]  # 由总召集人、召集人和…组成: posts, no units
            if not items:
                continue
            if owner is not None:
                if not all(written.endswith(_GROUP_ENDINGS) for _s, _e, written in items):
                    continue  # 办公室工作人员由县应急局、X中心业务骨干组成: staff of units, not parts of the body
                for _s, _e, written in items:
                    part = notice.table.add(written, body="group", kind="议事机构")
                    notice.facts.append(OrgFact(part, "part_of", owner, sent))
                continue
            assert target is not None
            levels = {w[0] for _a, _b, w in items if len(w) > 2 and w[0] in notice.lex.level_chars}  # 镇水利站
            items = [(a, b, _written_out(notice, written, levels)) for a, b, written in items]
            for org in notice.table.add_list([written for _s, _e, written in items]):  # one body per item
                notice.facts.append(OrgFact(org, "member_unit_of", target, sent))
    if mech is not None and not any(f.relation == "member_unit_of" for f in notice.facts):
        _cut_bare_list(notice, mech)  # X指挥部…。\nA、B、C、…、D (the text ends before 为成员单位)
    find_member_lines(notice)
    if not any(f.relation == "member_unit_of" for f in notice.facts):
        find_founders(notice)  # A、B、C共同设立X / 由A会同B、C共同组成X
    if not any(f.relation == "member_unit_of" for f in notice.facts):
        find_partnered_founders(notice)  # A将会同B、C等2部门，建立X
    if not any(f.relation == "member_unit_of" for f in notice.facts):
        find_participants(notice)  # 成立X，A、B等部门参与，明确成员单位职责
    if not any(f.relation == "member_unit_of" for f in notice.facts):
        find_apposed_members(notice)  # X成员单位A、B、C结合…
    if not any(f.relation == "member_unit_of" for f in notice.facts):
        find_members_before_label(notice)  # A、B、C等X领导小组17个成员单位
    if not any(f.relation == "member_unit_of" for f in notice.facts):
        find_attending_members(notice)  # A、B、C等部门分管领导和联络员出席了会议
    if not any(f.relation == "member_unit_of" for f in notice.facts):
        find_duty_line_members(notice)  # X领导小组成员单位职责分工 / 省统计局负责… / 省公安厅负责…


def _collective_of_heads(notice: Notice, m: re.Match[str]) -> list[tuple[int, int, str]]:
    """``A、B等部门负责人及各村委会主任为成员``: the collective whose heads are named after the units'
    heads (a unit's name, then its head's title: ``各村委会``), one unit more; people of no body
    (``各代表团团长``) none."""
    if "tail" not in m.groupdict() or not m.group("tail"):
        return []
    written = m.group("tail")
    unit = _unit_of_head(notice, written)
    if unit == written or not ends_like_body(notice, unit):
        return []
    return [(m.start("tail"), m.start("tail") + len(unit), unit)]


def _written_out(notice: Notice, written: str, levels: set[str]) -> str:
    """A list's item that names a place's department by its field alone (``市生态环境等47个部门``), when
    the text writes one body of that field in full (``办公室设在市生态环境局``): that body's name; an
    item with no place in a list whose other items open with a level (``镇水利站、环保办``), when the
    text writes it after that level (``设在镇环保办``): so written; any other item as written."""
    place, field = notice.table.split_place(written)
    if not place and written[0] not in levels and ends_like_body(notice, written):
        full = {level + written for level in levels if level + written in notice.text}
        return full.pop() if len(full) == 1 else written
    if not place or ends_like_body(notice, written) or notice.lex.short_re.fullmatch(field) is None:
        return written  # 畜牧、卫健: a kind of department, no place's one body
    full = {written + e for e in notice.lex.cue("field_unit_endings") if written + e in notice.text}
    return full.pop() if len(full) == 1 else written


def _unit_of_head(notice: Notice, written: str) -> str:
    """``成员由镇党政办主任、镇水利站…主要负责同志担任``: an item naming a unit's head by its title
    names the unit (the text before a whole title, ending like a body); any other item as written."""
    rx = post_words(notice.lex).title_re
    for p in range(3, len(written) - 1):
        if rx is not None and rx.fullmatch(written, p) and ends_like_body(notice, written[:p]):
            return written[:p]
    return written


# 社区党委书记: the secretary of a party organ, who sits for it
_PARTY_SECRETARY_RE = re.compile("(?P<organ>.+(?:党委|党工委|党总支|党支部))副?书记")


def _unit_of_secretary(written: str) -> str:
    """``成员由社区党委书记、街道科室负责人组成``: an item naming a party organ's secretary names
    the organ, the unit that sits in the body; any other item as written."""
    m = _PARTY_SECRETARY_RE.fullmatch(written)
    return m.group("organ") if m else written


def _office_clause_before(notice: Notice, subject: str) -> bool:
    """Does the clause right before a composition (``成员由…组成``) speak of the office
    (``办公室设在X，办公室主任由Y担任，成员由…``)? Then the members are the office's."""
    clauses = [c.strip() for c in re.split("[，；]", subject) if c.strip()]
    if len(clauses) > 1 and len(clauses[-1]) <= 4:
        clauses.pop()  # …担任，成员|由: the composition's own subject word
    return bool(clauses) and clauses[-1].startswith(tuple(notice.lex.cue("party_offices")))


def _owner_is_mechanism(notice: Notice, m: re.Match[str]) -> bool:
    """Is the body a heads' list names (``…负责人为市三防指挥部的领导成员``) the notice's mechanism
    (one of its forms, or a bare ending: ``为领导小组成员``)? True when none is named."""
    owner = m.groupdict().get("owner")
    if not owner or owner in notice.lex.bodies["mechanism_suffixes"]:
        return True
    return any(owner.endswith(w) or w.endswith(owner) for w in _mech_words(notice))


def _composed_mechanism(notice: Notice, subject: str, sent: Span) -> Mechanism | None:
    """``国务院X部际联席会议由A、B、C等单位组成``: a coordination body other than the notice's
    mechanism, named as the subject of its own composition sentence, is set up by the notice
    too; it is found among (or added to) the notice's other mechanisms."""
    m = re.search(rf"(?P<name>[{HAN}]{{4,40}}?(?:{_suffix_re(notice)}))\s*$", subject)
    if m is None:
        return None
    name = _clean_name(_cues(notice), m.group("name"))
    if len(name) < 6 or name.startswith("各") or notice.table.find(name) is not None:
        return None  # 各村防控小组由…组成: one in each village, a kind of body
    for other in notice.more_mechanisms:
        if name == other.name or name in other.aliases:
            return other
    other = Mechanism(name=name, span=sent)
    notice.more_mechanisms.append(other)
    return other


_POINT_OPENER = f"[{CN_DIGITS}]是"  # 一是增补A、B为成员单位: a numbered point of a report (一是, 二是 …)
# 县卫健局、县教育局、县财政局为领导小组成员单位: the units first, the body after 为
_NOT_A_NAME = re.compile("[由为的等]|组成|成员")  # 全国老龄委成员单位调整增加五部委: a headline, no unit


def _units_first_re(lex: Lexicon) -> re.Pattern[str]:
    """``A、B、C为领导小组成员单位`` (also closed by 等: ``A、B等为成员单位``) after a sentence mark, or
    after a comma and a verb that adds units to a body (``，新增A、B和C为成员单位``; also after a numbered
    point: ``。一是增补A、B为成员单位``, ``一是A、B为成员单位``)."""
    adding = "".join(f"|(?<=[，,]{verb})|(?<=[\n。；：，,]{_POINT_OPENER}{verb})" for verb in lex.cue("member_adding_verbs"))
    # A、B等为成员单位 / A、B等16个单位为成员单位: the list closed by 等 (its count and kind)
    closed = rf"(?:等\s*(?:(?:\d+|[{CN_DIGITS}]+)\s*个)?(?:{lex.cue_re('member_unit_words')})?)?"
    verbs = lex.cue_re("member_adding_verbs")
    point = rf"|(?<=[\n。；：，,]{_POINT_OPENER})(?!{verbs})"  # 。一是A、B为成员单位: the list after the point's number
    return re.compile(rf"(?:(?:^|(?<=[。；：]))(?!{_POINT_OPENER}){point}{adding})(?P<list>[^。；：，\n]{{4,200}}?){closed}为(?P<owner>[{HAN}]{{0,30}}?)成员单位"
                      rf"(?=[。；，,]|$)", re.M)
_MEMBERS_HEADING_RE = re.compile(r"(?:成员单位|组成单位)(?:名单)?[：]?$")
_ANNEX_LABEL_RE = re.compile(r"^附件\s*\d*\s*[：]?\s*")  # 附件2：X领导小组成员单位名单
_DATE_LINE_RE = re.compile(r"\s*(?:\d{4}|[〇○一二三四五六七八九零]{4})\s*年")


_GROUP_ENDINGS = ("组", "队", "委员会")  # a body's parts: 综合协调组, 专家组, 应急分队, 专家委员会


def find_member_lines(notice: Notice) -> None:
    """Member units written apart from a composition sentence: ``A、B、C为领导小组成员单位``
    (the body after 为 is the mechanism, or none is named), and a heading ``二、成员单位``
    with the units on the line below (every item a body's name)."""
    mech = notice.mechanism
    if mech is None:
        return
    text = notice.text
    words = _mech_words(notice)
    found: list[tuple[list[tuple[int, int, str]], Span]] = []
    for m in notice.lex.memo(_units_first_re).finditer(text):
        owner = m.group("owner")
        if owner and not any(owner.endswith(w) or w.endswith(owner) for w in words):
            continue  # 为村级防控小组成员单位: another body's
        found.append((_all_units(notice, m.start("list"), m.end("list")), sentence_at(text, m.start())))
    if not found and not any(f.relation == "member_unit_of" for f in notice.facts):
        found.extend(_units_after_chairs(notice, words))
    lines = [ln for ln in notice.lines if ln.kind != "noise"]
    for k, ln in enumerate(lines):
        if _members_heading(notice, ln):
            found.extend(_units_below(notice, lines[k + 1 :]))
    for items, span in found:
        for org in notice.table.add_list([written for _s, _e, written in items]):
            notice.facts.append(OrgFact(org, "member_unit_of", mech, span))


# …任组长，B为副组长，A、B、C为成员的X领导小组 / …任主任，A、B为成员单位，并… / A、B等24个省级相关部门为成员单位
_UNITS_AS_MEMBERS_RE = re.compile(
    rf"(?:^|(?<=[，,。；：]))(?P<list>[^，,。；：\n为任由]{{2,300}}?)(?:等\s*(?:\d+|[{CN_DIGITS}]+)\s*个[{HAN}]{{1,8}}?)?"
    rf"(?:为|任)(?P<owner>[{HAN}]{{0,30}}?)成员(?:单位)?"
    rf"(?=的|[，,。；]|$)", re.M)


def _units_after_chairs(notice: Notice, words: list[str]) -> list[tuple[list[tuple[int, int, str]], Span]]:
    """``由镇长某某为组长，A、B为副组长，C、D、E为成员的X领导小组``: after the clauses giving the
    chairs, the units named as its members (with or without 单位, a comma or 的 after), when the
    sentence names the body after them or gives its chairs. Every item is a unit or a kind of
    people (``农民代表``: no unit); a sentence is no list."""
    text = notice.text
    chairs = re.compile(rf"(?:任|为)(?:{notice.lex.role_re.pattern})|(?:{notice.lex.role_re.pattern})由")  # 组长由X担任
    out: list[tuple[list[tuple[int, int, str]], Span]] = []
    for m in _UNITS_AS_MEMBERS_RE.finditer(text):
        owner = m.group("owner")
        if owner and not any(owner.endswith(w) or w.endswith(owner) for w in words):
            continue  # 为村级防控小组成员: another body's
        sent = sentence_at(text, m.start())
        named_after = any(text.startswith("的" + w, m.end()) for w in words)
        if not (named_after or chairs.search(text, sent[0], m.start())):
            continue
        endings = notice.lex.cue("not_unit_endings")
        items = [piece for a, b in split_items(text, m.start("list"), m.end("list"))
                 for piece in _people_after_unit(text, a, b, endings)]
        units = unit_list(notice, m.start("list"), m.end("list"), by_position=True)
        people = [(a, b) for a, b in items if text[a:b].endswith(endings)]
        if len(units) + len(people) != len(items) or not (len(units) >= 2 or _one_collective(notice, units)):
            continue  # 各办所为成员单位: one collective names the units too
        if any(_bare_name(notice, text[a:b]) and (a, b) not in people for a, b in items):
            continue  # 陈某、邓某为成员: people named by name, no units
        if any(_names_a_person(notice, text[a:b]) for a, b in items):
            continue  # 县财政局副局长赵强、…为成员: a roster, read there
        titles = post_words(notice.lex).titles
        endings = post_words(notice.lex).endings
        if not all((looks_like_org(w, notice) or notice.lex.kind_of(w) or w.endswith(endings))
                   and not w.endswith(titles) for _a, _b, w in units):
            continue  # 各村民小组长、护林员为成员: posts, no units (综合科, 某交警中队: a unit's ending)
        out.append((units, sent))
    return out


def _people_after_unit(text: str, start: int, end: int, endings: tuple[str, ...]) -> list[tuple[int, int]]:
    """``派出所及各驻村干部``: a unit, then (after 及/和) people of a kind: two items; else the item."""
    k = max(text.rfind("及", start, end), text.rfind("和", start, end))
    if k <= start or not text.endswith(endings, k + 1, end) or text.endswith(endings, start, k):
        return [(start, end)]
    return [(start, k), (k + 1, end)]


def _one_collective(notice: Notice, units: list[tuple[int, int, str]]) -> bool:
    """A list of one collective of units named by 各 (``各办所``, ``各科室``), 2–6 characters after it."""
    return len(units) == 1 and units[0][2].startswith("各") and 3 <= len(units[0][2]) <= 7


def _bare_name(notice: Notice, item: str) -> bool:
    """A person's bare name among units (``陈某``): 2–3 characters after a surname, no body's
    name or field."""
    surnames = notice.lex.surnames
    return (2 <= len(item) <= 3 and (item[:1] in surnames or item[:2] in surnames)
            and not looks_like_org(item, notice) and not notice.lex.kind_of(item))


def _members_heading(notice: Notice, ln: Line) -> bool:
    """``二、成员单位``, ``成员单位名单：``, ``附件：X领导小组（第一批）成员单位名单`` (a heading
    that names the mechanism, not another body): a line announcing the member units below it."""
    text = notice.text
    m = _MEMBERS_HEADING_RE.search(text, ln.body_start, ln.end)
    if m is None:
        return False
    head = _ANNEX_LABEL_RE.sub("", text[ln.body_start : m.start()].strip())
    return not head or (len(head) <= 40 and not re.search("[，。；：]", head)
                        and any(w in head or head in w for w in _mech_words(notice)))


def _units_below(notice: Notice, below: list[Line]) -> list[tuple[list[tuple[int, int, str]], Span]]:
    """The units on the lines under a member-units heading: a list on one line (which may wrap
    onto the next lines) or one unit a line; every item a body's name. A list cut by the end of
    the text loses its last item (cut mid-word); a line over a date is a signature, not a unit."""
    text = notice.text
    out: list[tuple[list[tuple[int, int, str]], Span]] = []
    for j, ln in enumerate(below):
        if _DATE_LINE_RE.match(text, ln.body_start, ln.end) or (
                j + 1 < len(below) and _DATE_LINE_RE.match(text, below[j + 1].body_start, below[j + 1].end)):
            break
        a, b = strip_span(text, ln.body_start, ln.end, " 。；，、")
        units = _all_units(notice, a, b, least=1)
        cut = j == len(below) - 1 and not text[ln.end :].strip() and text[ln.end - 1] not in "。；！？）"
        if cut and not units:  # the last item is cut mid-word: the items before it
            items = split_items(text, a, b)
            units = _all_units(notice, a, strip_span(text, a, items[-1][0], " ，、")[1], least=1)
        if not units:
            break
        out.append((units, (ln.start, ln.end)))
    return out if sum(len(units) for units, _span in out) >= 2 else []


def _whole_unit(notice: Notice, written: str) -> bool:
    """Is the last item of a list the text ends in a whole unit's name: a known body, or a
    name ending like a body (``县公安局``, not ``县民`` nor ``县卫生健``)?"""
    return notice.table.find(written) is not None or ends_like_body(notice, written)


def _all_units(notice: Notice, start: int, end: int, least: int = 2) -> list[tuple[int, int, str]]:
    """The units of a list in which every item (``least`` or more) is a body's name, else none;
    units run together without a separator (``开发区管委会市统计局``) or joined by 和 (``交通运输部和商务部``)
    are two items. (联席会议由A、B……组成 is a sentence, read by find_members.)"""
    text = notice.text

    def named(a: int, b: int) -> bool:
        return org_at(notice, text, a, b) == b or (
            b - a <= 12 and looks_like_org(text[a:b], notice) and not _NOT_A_NAME.search(text, a, b))

    return listed_units(notice, start, end, by_position=False, joined=True, named=named, least=least)


def _after_bracketed_entries(text: str, start: int, end: int) -> int:
    """Where a list of units starts after a roster's entries run on before it on its line
    (``副组长：李某（市司法局） 赵某（市卫生局） 市公安局、市财政局等单位分管领导为成员``): after the
    last closing bracket followed by a space (a list's items are apart by 、 or ，), else ``start``."""
    k = max(text.rfind("） ", start, end), text.rfind(") ", start, end))
    return k + 2 if k >= 0 else start


def _list_items(notice: Notice, start: int, end: int) -> list[tuple[int, int, str]]:
    """The units of a composition list; ``A、B等部门及各街道办事处`` ends with one more unit;
    ``A会同B、C``: the unit A works with are items too."""
    closing = _cues(notice).closing_clause.search(notice.text, start, end)
    end = closing.start() if closing else end  # A、B，办公室设在B: the list ends at the comma
    partner = _cues(notice).partner.search(notice.text, start, end)
    if partner is not None:
        return _list_items(notice, start, partner.start()) + _list_items(notice, partner.end(), end)
    more = _cues(notice).more_after.search(notice.text, start, end)
    if more is None:
        return _one_collective_of(notice, unit_list(notice, start, end, by_position=True))
    return (unit_list(notice, start, more.start(), by_position=True)
            + unit_list(notice, more.end(), end, by_position=True))


def _one_collective_of(notice: Notice, items: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``各乡镇人民政府、街道办事处``: a 各 before the first item covers the bodies found in every
    place after it (no 各, no place of their own): one collective unit, else the items."""
    words = notice.lex.cue("distributed_collective_words")
    if len(items) < 2 or not items[0][2].startswith("各"):
        return items
    if not all(w.startswith(words) and not w.startswith("各") and not notice.table.split_place(w)[0]
               for _s, _e, w in items[1:]):
        return items
    start, end = items[0][0], items[-1][1]
    return [(start, end, notice.text[start:end])]


def _members_clause(notice: Notice, subject: str) -> bool:
    """``组长由…担任，成员由A、B组成``: the clause's subject is the word 成员, in a sentence
    that sets up no body of its own (``各村成立防控小组，成员由…``: that group's members)."""
    return (_MEMBERS_SUBJECT_RE.search(subject) is not None
            and re.search(_cues(notice).setup, subject) is None)


_MEMBERS_WORD = "成员"
_SHORT_FORM_LENGTHS = (3, 4)  # 环委会, 市环委会: a committee's short form


def _short_form_members(notice: Notice, subject: str) -> bool:
    """``环委会成员由A、B…组成``: the clause's subject is the members of the mechanism written by its
    name without place or level (``镇环委会`` -> ``环委会``), or by a short form whose characters are
    its name's, in order, its 委/会 last (``环委会`` of ``生态环境保护委员会``: a qualifier before the short
    form's first word may be left out)."""
    if not subject.endswith(_MEMBERS_WORD):
        return False
    head, ends = subject[: -len(_MEMBERS_WORD)], notice.lex.cue("committee_endings")
    for form in _mech_words(notice):
        stem = notice.table.split_place(form)[1].lstrip(notice.lex.level_chars)
        if len(stem) >= 3 and head.endswith(stem):
            return True
        if not stem.endswith(ends):
            continue
        for k in _SHORT_FORM_LENGTHS:
            short = head[-k:]
            if len(short) == k and short.endswith(ends) and short not in stem and _in_order(short, stem):
                return True
    return False


def _names_a_person(notice: Notice, item: str) -> bool:
    """``省政府秘书长陈坚``: a post and a name, not a unit."""
    rx = post_words(notice.lex).title_word_re
    m = rx.search(item) if rx else None
    return m is not None and len(item) - m.end() >= 2  # 卫生健康委员会: 委员 and 会 name nobody


_CUT_LIST_LEAST = 4  # units before the cut item: a list this long is a body's members, not a pair named in passing


def _cut_bare_list(notice: Notice, mech: Mechanism) -> None:
    """A list of units that opens the text's last line after the sentence setting up the
    mechanism and is cut by the end of the text with no predicate (a stored page ending inside
    ``A、B、…、市商`` before its ``为X成员单位``, cut mid-word): the member units, all but the cut last item; every
    item before it a body's name and most of them departments (``orgs.department_list``)."""
    content = [ln for ln in notice.lines if ln.kind != "noise"]
    if not content:
        return
    text, last = notice.text, content[-1]
    if text[last.end :].strip() or text[last.end - 1] in "。；！？）" or last.body_start < mech.span[1]:
        return
    items = split_items(text, last.body_start, last.end)
    if len(items) <= _CUT_LIST_LEAST or re.search("[，。；：]", text[last.body_start : items[-1][0]]):
        return
    if _whole_unit(notice, text[items[-1][0] : items[-1][1]]):
        return  # the last item is whole (a joint signature A、B、…、E with its date lost): no cut list
    end = items[-2][1]
    if not department_list(notice, last.body_start, end):
        return
    units = _all_units(notice, last.body_start, end)  # every item a body's name (not 成员由X秘书长某某)
    if len(units) != len(items) - 1:
        return
    for org in notice.table.add_list([written for _s, _e, written in units]):
        notice.facts.append(OrgFact(org, "member_unit_of", mech, (last.start, last.end)))


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
