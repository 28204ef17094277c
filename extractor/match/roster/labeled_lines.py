"""Roster blocks read line by line: role headers (``召集人：``, a heading ending in a
label), a name alone with its post below, tables under a 姓名 column, working groups'
own rosters skipped; each line read by the frames of ``person_lines``, ``label_lists``,
``unit_posts``."""

from __future__ import annotations

import re

from ...lexicon import Lexicon, alternation
from ...normalize import HAN
from ...notice import Notice
from .columns import column_roster
from .label_lists import labelled_segments, labels_in_sentence, names_only, post_name_list
from .names import INLINE_RE, LINE_RE, POST_FIRST_RE, SHARED_RE, bare_name_ok
from .people import add_person
from .person_lines import glued_person, glued_shape, inline_people, person_line
from .post_bodies import is_post, split_post
from .roles import mech_head_titles, role_header_re, role_of, role_words
from .run_on import run_on_roster
from .unit_posts import unit_list_line, unit_post_continued, unit_post_line, unit_posts


def find_roster(notice: Notice) -> None:
    """Read roster blocks line by line; role headers and 担任…联络员 sentences set the role."""
    text = notice.text
    lex = notice.lex
    header_re = role_header_re(role_words(notice))
    role: str | None = None
    in_group = False  # inside the block of a working group with its own 组长 (not the mechanism's)
    office_block = False  # after a line setting up the office: its heads' labels (主任：) are the office's
    pending: tuple[str, tuple[int, int], tuple[int, int]] | None = None  # 组长：张三 / (post next line)
    bare = False  # the pending name stood alone on its line: it is a person only with a post below
    table = False  # inside a table under a 姓名 column header
    listed = False  # the line before was a list of bare names: a name alone after it is one more
    unit_label: str | None = None  # the label of the unit's post on the line before (成 员：县公安局分管局长)
    lines, k = notice.content_lines(), 0
    while k < len(lines):  # 组长：副组长：成员：王 海张秀萍… with the posts below: read first
        k += column_roster(notice, lines, k) or 1
    for ln in notice.content_lines():
        body = text[ln.body_start : ln.end]
        was_listed, listed = listed, False
        if pending is not None:
            p_role, p_name, p_line = pending
            pending = None
            if is_post(notice, ln.body_start, ln.end) and len(body) <= 40 and not header_re.match(body):  # 县人民政府副县长
                add_person(notice, p_role, p_name, (ln.body_start, ln.end), p_line)
                notice.roster_lines.add(ln.start)
                notice.roster_lines.add(p_line[0])
                continue
            if not bare or _starts_entry(notice, body, header_re):  # 沈 慧 / 何洪明（市纪委）: a name without a post
                add_person(notice, p_role, p_name, (p_name[1], p_name[1]), p_line)
                notice.roster_lines.add(p_line[0])
        if _names_sub_group(notice, body):
            in_group, role = True, None
            continue
        if ln.kind == "heading":
            role, in_group = None, False
            label = re.search(rf"(?:{lex.role_re.pattern})(?=：$)", body)
            if label:  # 二、指挥部成员总指挥：(the name on the next line)
                role = role_of(notice, label.group(0))
            continue
        if _office_labels(notice, body):
            in_group, role = True, None  # 下设办公室。主 任：某某 副主任：…: the office's people, no roster role
            continue
        if _office_set_up(notice, body):
            office_block, role = True, None  # 领导小组下设办公室。 / 主 任：某某: the office's heads below
            continue
        if office_block:
            h = header_re.match(body)
            if h and h.group("role").replace(" ", "") in notice.lex.cue("office_head_labels"):
                notice.roster_lines.add(ln.start)  # the office's head: no roster role of the mechanism
                continue
            office_block = False
        if in_group:
            if header_re.match(body) or LINE_RE.fullmatch(body):
                notice.roster_lines.add(ln.start)  # a working group's roster: no fact about the mechanism
                continue
            in_group = False
        if run_on_roster(notice, ln.body_start, ln.end, (ln.start, ln.end)):  # 召集人：…副召集人：…成员：… on one line
            role = None
            continue
        h = header_re.match(body)
        if h is None and unit_label is not None and role is not None:
            if unit_post_continued(notice, unit_label, ln.body_start, ln.end, (ln.start, ln.end)):
                continue  # 成 员：县公安局分管局长 / 县交警大队大队长: one more unit's post of the label
        unit_label = None
        if h:
            role = role_of(notice, h.group("role").replace(" ", ""))
            rest_start = ln.body_start + h.start("rest")
            rest = h.group("rest").strip()
            if rest and bare_name_ok(rest, notice) and not is_post(notice, rest_start, ln.end):
                pending, bare = (role, (rest_start, rest_start + len(rest)), (ln.start, ln.end)), False
                notice.roster_lines.add(ln.start)
                continue
            if rest and glued_person(notice, role, rest_start, ln.end, (ln.start, ln.end)):
                notice.roster_lines.add(ln.start)
                continue
            if rest and unit_post_line(notice, h.group("role"), rest_start, ln.end, (ln.start, ln.end)):
                unit_label = h.group("role")
                continue
            if rest and role == "member_of" and unit_list_line(notice, rest_start, ln.end, (ln.start, ln.end)):
                continue
            if rest and names_only(notice, role, rest_start, ln.end, (ln.start, ln.end)):
                listed = True
                continue
            segments = labelled_segments(notice, role, rest_start, ln.end)
            if len(segments) > 1:  # 总召集人：A（…），召集人：B（…）、C（…），成员由…
                for seg_role, a, b in segments:
                    inline_people(notice, seg_role, a, b, (ln.start, ln.end))
                continue
            if h.group("rest"):
                before = len(notice.people)
                inline_people(notice, role, rest_start, ln.end, (ln.start, ln.end))
                if len(notice.people) == before:  # 成员：县卫健局局长张三、县教育局副局长李四
                    post_name_list(notice, role, rest_start, ln.end, (ln.start, ln.end))
                if len(notice.people) == before and role == "member_of":
                    unit_posts(notice, rest_start, ln.end, (ln.start, ln.end))
            continue
        if labels_in_sentence(notice, ln.body_start, ln.end, (ln.start, ln.end)):
            role = None
            continue
        if role and _foreign_label(notice, body):  # 联系方式：… / 员：某某 (a label cut short): not the block's
            role, table = None, False
            continue
        if notice.mechanism is not None and _column_header(notice, body):  # 姓名 单位 职务: a table of members
            role, table = "member_of", True
            notice.roster_lines.add(ln.start)
            continue
        if table and role:
            row = _table_row(notice, ln.body_start, ln.end)
            if row is not None:  # 1 韩冰 县人民政府副县长 组长: a number first, the role last
                row_role, a, b = row
                person_line(notice, row_role or role, a, b, (ln.start, ln.end))
                continue
            table = False
        if role and names_only(notice, role, ln.body_start, ln.end, (ln.start, ln.end)):
            listed = True  # 成 员：陈某 周某 … then 虢某某 陈某某 … on the lines below: more names of the label
            continue
        name = body.replace(" ", "")
        if role and was_listed and len(body) <= 6 and bare_name_ok(name, notice):  # the list's last name alone
            add_person(notice, role, (ln.body_start, ln.end), (ln.end, ln.end), (ln.start, ln.end))
            listed = True
            continue
        if role and len(body) <= 6 and bare_name_ok(name, notice):  # 王五 / (post next line)
            pending, bare = (role, (ln.body_start, ln.end), (ln.start, ln.end)), True
            continue
        if role and glued_person(notice, role, ln.body_start, ln.end, (ln.start, ln.end)):
            notice.roster_lines.add(ln.start)
            continue
        m = LINE_RE.fullmatch(body) or POST_FIRST_RE.fullmatch(body) or SHARED_RE.fullmatch(body)
        if role and m and len(body) <= 70 and "。" not in body:
            person_line(notice, role, ln.body_start, ln.end, (ln.start, ln.end))
            continue
        if role and INLINE_RE.match(body) and "。" not in body:
            inline_people(notice, role, ln.body_start, ln.end, (ln.start, ln.end))
            continue
        # A sentence announcing the next block: …担任联络员 / …为成员：
        last = None
        glued: bool | None = None  # 王五某署某办副主任: read only when a role word ends the line, or no label is found
        if role is not None and _entry_of_unread_name(notice, ln.body_start, ln.end):
            continue  # 张?拼 某委员会主任: an entry whose name the copy garbled; the block goes on
        for rm in lex.role_re.finditer(body):
            after = body[rm.end() : rm.end() + 1]
            preceding = body[max(0, rm.start() - 2) : rm.start()]
            if after in ("", "：", "。", "，") and (preceding.endswith(("担任", "为")) or after == "：" or rm.end() == len(body)):
                if m and after == "" and not preceding.endswith(("担任", "为")) and LINE_RE.fullmatch(body):
                    continue  # 王五 市委副书记、市爱卫会主任: a person's last post, no label of the lines below
                if after == "" and glued is None:
                    glued = role is not None and glued_shape(notice, ln.body_start, ln.end)
                if glued and after == "":
                    continue  # a name run into its post, no label either
                last = rm.group(0)
        if last:
            role = role_of(notice, last)
        elif not m and role is not None and not (glued if glued is not None else glued_shape(notice, ln.body_start, ln.end)):
            role = None
    if pending is not None and (not bare or not text[pending[2][1] :].strip()):  # 朱某某 where the copy ends
        add_person(notice, pending[0], pending[1], (pending[1][1], pending[1][1]), pending[2])


_GARBLED = re.compile(r"[?？�]")  # a character a copy lost (张?拼, 张？jiān）拼)
_UNREAD_REACH = 12  # a garbled name and what is left of its gloss are never longer


def _entry_of_unread_name(notice: Notice, start: int, end: int) -> bool:
    """Is the line a roster entry whose name the copy garbled (``张?拼 某委员会主任``,
    ``张？jiān）拼？某委员会主任``: a name's characters lost to ``?``, then a post, body and
    title)? Its title is no label of the lines below."""
    text = notice.text
    for p in range(start + 2, min(end - 4, start + _UNREAD_REACH)):
        if text[p - 1] in " ?？" and _GARBLED.search(text, start, p) is not None:
            post = p
            while post < end and text[post] == " ":
                post += 1
            if split_post(notice, post, end) is not None and is_post(notice, post, end):
                return True
    return False


_LABEL_RE = re.compile(rf"(?P<label>[{HAN}](?: ?[{HAN}]){{1,5}})\s*：")


_OPENING_LABEL_RE = re.compile(rf"^(?P<label>[{HAN}](?: ?[{HAN}]){{0,7}})\s*：")


def _foreign_label(notice: Notice, body: str) -> bool:
    """Does the line open with a label that is no role of the roster (``联系方式：``, ``职责：``,
    ``员：`` of a label cut short) nor a person's name? It ends the role block above it: the
    lines after it are not that role's people."""
    m = _OPENING_LABEL_RE.match(body)
    if m is None:
        return False
    label = m.group("label").replace(" ", "")
    return not label.endswith(role_words(notice)) and not bare_name_ok(label, notice)


def _office_labels(notice: Notice, body: str) -> bool:
    """A line that names the mechanism's office and then gives its heads' labels
    (``领导小组下设办公室，设在县卫生局。主 任：某某 副主任：…``): the labels are the office's."""
    if "：" not in body:
        return False  # (each label ends with a colon)
    offices = notice.lex.bodies["office_words"]
    heads = notice.lex.memo(_office_heads)
    for m in _LABEL_RE.finditer(body):
        words = m.group("label").replace(" ", "")
        if not words.endswith(heads):
            continue
        label = next((h for h in heads if words.endswith(h)), None)
        if label is not None:
            return any(w in body[: m.end() - len(label) - 1] for w in offices)
    return False


def _office_set_up(notice: Notice, body: str) -> bool:
    """A short line that sets up the mechanism's office and gives no label (``领导小组下设办公室。``):
    the heads' labels on the lines below it are the office's."""
    if "：" in body or len(body) > 40:
        return False
    offices = alternation(notice.lex.bodies["office_words"])
    return re.search(rf"(?:{notice.lex.cue_re('sub_body_verbs')})(?:{offices})[。；]?\s*$", body) is not None


def _office_heads(lex: Lexicon) -> tuple[str, ...]:
    """The labels of an office's heads (``office_head_labels``), longest first."""
    return tuple(sorted(lex.cue("office_head_labels"), key=len, reverse=True))


def _starts_entry(notice: Notice, body: str, header_re: re.Pattern[str]) -> bool:
    """Does the line start a roster entry of its own (a role label, ``王五（县卫健局）``, a name
    and its post, a bare name)? Then a bare name on the line before is a person without a post."""
    name = body.replace(" ", "")
    return bool(header_re.match(body) or INLINE_RE.match(body) or LINE_RE.fullmatch(body)
                or (len(body) <= 6 and bare_name_ok(name, notice)))


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
    words = {*notice.lex.roles, *mech_head_titles(notice)}
    b, row_role = (k, role_of(notice, last)) if last in words else (end, None)
    if not (LINE_RE.fullmatch(text, a, b) or POST_FIRST_RE.fullmatch(text, a, b)):
        return None
    return row_role, a, b


_LEADING_NUMBER = re.compile(r"^[（(]?[一二三四五六七八九十\d]+[）)、.．]?")


_HAN_ONLY = re.compile(rf"[{HAN}]+")


_LIST_OF_MEMBERS = re.compile("(?:成员|组成人员)?名单$")  # a group's roster heading: X组成员名单


def _names_sub_group(notice: Notice, body: str) -> bool:
    """A short line naming a working group of its own (``（一）综合协调组``, ``医疗救治组：``,
    the heading of its list ``某病防控专家组成员名单``), not the mechanism (``领导小组``)."""
    if "组" not in body:
        return False  # (the name is what is left of the line, and ends with 组)
    name = body.strip(" ：:")
    name = _LEADING_NUMBER.sub("", name)
    name = _LIST_OF_MEMBERS.sub("", name)
    if not (3 <= len(name) <= 16) or not _HAN_ONLY.fullmatch(name) or not name.endswith("组"):
        return False
    mech = notice.mechanism
    words = mech.forms() if mech else []
    return not any(name.endswith(w) or w.endswith(name) for w in words) and not name.endswith("小组")
