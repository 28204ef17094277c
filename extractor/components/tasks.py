"""Numbered task lists: each item is a duty, with lead/support units and a deadline."""

from __future__ import annotations

import calendar
import re

from ..notice import Duty, Notice
from ..orgmatch import org_at, split_items, unit_list
from ..resolve import Org
from ..text import strip_span
from .duties import subject_at

_DEADLINE_RE = re.compile(
    r"(?P<pre>在|到|于)?(?:(?P<y>20\d{2})年)?(?P<m>1[0-2]|[1-9])月(?:(?P<d>[1-3]?\d)日|(?P<end>底|末))?(?P<post>前|之前|以前)?"
)
_RECURRING_RE = re.compile("每年|每月|每季度?|每半年|每周|每学期")
_LEAD_SUPPORT_RE = re.compile(r"(?P<lead>[^，。；]{2,60}?)牵头[，]?(?P<sup>[^，。；]{2,80}?)(?:积极|共同|协同|全力)?(?:配合|协助|参与)")
_ROLE_MARK_RE = re.compile(r"[（(](牵头|配合|协助|参与)[）)]$")
MAX_TASK_CHARS = 250
_DOER_VERBS = r"(?:开展|设置|开设|提供|参与|建成|实行|落实|建立|完成|创建|实施|提升|强化|加强)"
_PUSH_RE = re.compile(r"(?:推动|推进|促进|支持|督促|指导|鼓励|组织|引导)(?:所有|全部|各类)?")


def deadline_in(text: str, year: int | None) -> tuple[str, str | None] | None:
    """(raw deadline, ISO date or None) of the first deadline phrase in ``text``."""
    for m in _DEADLINE_RE.finditer(text):
        if not (m.group("pre") or m.group("post") or m.group("end")):
            continue
        if _RECURRING_RE.search(text, max(0, m.start() - 4), m.start() + 2):
            continue  # 于每年12月底前: a routine, not a deadline
        y = int(m.group("y")) if m.group("y") else year
        month = int(m.group("m"))
        iso = None
        if y:
            if m.group("d"):
                day = min(int(m.group("d")), calendar.monthrange(y, month)[1])
            elif m.group("end") or not m.group("post"):
                day = calendar.monthrange(y, month)[1]
            else:  # "10月前": before October
                month, day = (month - 1, calendar.monthrange(y, month - 1)[1]) if month > 1 else (12, 31)
                y = y if month != 12 else y - 1
            iso = f"{y:04d}-{month:02d}-{day:02d}"
        return m.group(0), iso
    return None


def _marked_orgs(notice: Notice, start: int, end: int) -> list[tuple[Org, str | None]]:
    """Units of a list, each with the role written after it: ``A（牵头）、B（配合）``."""
    text = notice.text
    out = []
    for s, e in split_items(text, start, end):
        m = _ROLE_MARK_RE.search(text, s, e)
        role = None
        if m:
            role = "lead" if m.group(1) == "牵头" else "support"
            e = m.start()
        out.extend((org, role) for org in _orgs_in_list(notice, s, e))
    return out


def _orgs_in_list(notice: Notice, start: int, end: int) -> list[Org]:
    return [notice.table.add(written) for _s, _e, written in unit_list(notice, start, end)]


class _Responsible:
    """The bodies responsible for one item, in order, each once (the first role wins)."""

    def __init__(self) -> None:
        self.orgs: list[tuple[Org, str | None]] = []

    def add(self, org: Org, role: str | None) -> None:
        if all(o is not org for o, _r in self.orgs):
            self.orgs.append((org, role))


def item_orgs(notice: Notice, lines: list, idx: int, year: int | None = None
              ) -> tuple[list[tuple[Org, str | None]], tuple[str, str | None] | None]:
    """Who is responsible for the item ``lines[idx]`` (牵头/配合 units, labeled lines under
    it, the doer: a body at the start, after 推动/督促…, or before 要/将), and the deadline
    its labeled lines give."""
    text = notice.text
    ln = lines[idx]
    s, e = ln.body_start, ln.end
    out = _Responsible()
    ls = _LEAD_SUPPORT_RE.search(text, s, e)
    if ls:
        lead_start = max(s, max(text.rfind(ch, s, ls.start("lead") + 1) for ch in "，。；") + 1)
        for org in _orgs_in_list(notice, lead_start, ls.end("lead")):
            out.add(org, "lead")
        for org in _orgs_in_list(notice, ls.start("sup"), ls.end("sup")):
            out.add(org, "support")
    deadline = None
    for nxt in lines[idx + 1 : idx + 4]:  # 牵头责任单位：/ 【牵头】…【配合】… lines under the item
        if nxt.kind != "para" or not _LABEL_RE.match(text, nxt.body_start, nxt.end):
            break
        deadline = labeled_parts(notice, nxt.body_start, nxt.end, year, out) or deadline
    for cs in [s] + [i + 1 for i in range(s, e) if text[i] in "，。；"]:  # a doer opening a clause
        end = org_at(notice, text, cs, e)
        if end and not (ls and cs == s) and not re.match("[、和及等的]", text[end : end + 1]):
            out.add(notice.table.add(text[cs:end]), None)
    for pm in _PUSH_RE.finditer(text, s, e):
        end = org_at(notice, text, pm.end(), e)
        if end and re.match(rf"[^，。；]{{0,12}}?{_DOER_VERBS}", text[end:e]):
            out.add(notice.table.add(text[pm.end() : end]), None)
    for om in re.finditer("的", text[s:e]):
        p = s + om.end()
        end = org_at(notice, text, p, e)
        if end and re.match("(?:均要|要|应当|应|将)", text[end:e]):
            out.add(notice.table.add(text[p:end]), None)
    return out.orgs, deadline


def _labeled_below(notice: Notice, lines: list, idx: int) -> bool:
    """Is the item followed by a 牵头单位：/【牵头】… line?"""
    nxt = lines[idx + 1] if idx + 1 < len(lines) else None
    return bool(nxt and nxt.kind == "para" and _LABEL_RE.match(notice.text, nxt.body_start, nxt.end))


def _has_subject_sentences(notice: Notice, ln) -> bool:
    """A numbered paragraph whose later sentences name their own subjects (公安部门要…)."""
    text = notice.text
    for i in range(ln.body_start, ln.end):
        if text[i] == "。" and subject_at(notice, i + 1, ln.end):
            return True
    return False




_LABEL_RE = re.compile(
    r"【(?P<b>[^】]{1,8})】|(?P<c>(?:主要)?(?:牵头|配合|协作|参与|协同|责任)(?:责任)?(?:单位|部门)|完成时限|完成时间|时限)[：]"
)


def labeled_parts(notice: Notice, start: int, end: int, year: int | None,
                  out: _Responsible) -> tuple[str, str | None] | None:
    """Read ``牵头单位：A；配合单位：B、C；完成时限：…`` or ``【牵头】A　【配合】B　【时限】…``
    into ``out`` (units with their roles); returns the deadline (raw, ISO) if one is given."""
    text = notice.text
    labels = list(_LABEL_RE.finditer(text, start, end))
    deadline = None
    for k, m in enumerate(labels):
        label = m.group("b") or m.group("c")
        vs, ve = strip_span(text, m.end(), labels[k + 1].start() if k + 1 < len(labels) else end, " ；，。")
        value = text[vs:ve]
        if value.endswith(("）", ")")) and value.count("（") + value.count("(") < value.count("）") + value.count(")"):
            ve -= 1  # the bracket closing a （牵头单位：…） annotation, not a （配合） mark
        if "时限" in label or "时间" in label:
            found = deadline_in(text[vs:ve] + "前", year) if ve > vs else None
            if found:  # 长期坚持, 全年, 每月 are no deadlines
                deadline = (text[vs:ve], found[1])
            continue
        role = "lead" if "牵头" in label else "support" if re.search("配合|协作|参与|协同", label) else None
        for org, marked in _marked_orgs(notice, vs, ve):
            out.add(org, marked or role)
    return deadline


def find_annotated_tasks(notice: Notice) -> None:
    """A task followed by its responsibilities, inline (``任务。牵头单位：A；配合单位：B。
    完成时限：…``) or in brackets (``…。（牵头单位：A；配合单位：B、C；完成时限：2024年10月底前）``,
    ``（责任单位：A）``)."""
    text = notice.text
    year = notice.year
    for ln in notice.content_lines():
        if notice.claimed_within(ln.start, ln.end):
            continue
        if _LABEL_RE.match(text, ln.body_start, ln.end):
            continue  # a line of labels under an item: read with the item
        label = _LABEL_RE.search(text, ln.body_start + 4, ln.end)
        if not label or not ((label.group("c") or "").endswith(("单位", "部门")) or label.group("b")):
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


_COLUMNS = {
    "task": ("工作任务", "重点任务", "主要任务", "任务内容", "工作内容", "工作措施", "任务"),
    "lead": ("牵头单位", "牵头部门", "责任单位", "责任部门"),
    "support": ("配合单位", "配合部门", "协作单位", "参与单位"),
    "deadline": ("完成时限", "完成时间", "时限", "时间节点"),
}


def _column_kinds(cells: list[str]) -> list[str | None] | None:
    """The role of each column of a table's header row, if it is a task table's header."""
    kinds = [next((k for k, names in _COLUMNS.items() if cell in names), None) for cell in cells]
    return kinds if "task" in kinds and "lead" in kinds else None


def find_table_tasks(notice: Notice) -> None:
    """A task table exported from Word as lines of cells (``序号 工作任务 牵头单位 配合单位
    完成时限``): each row under the header is a duty with its lead, supports and deadline."""
    text = notice.text
    year = notice.year
    columns: list[str | None] | None = None
    lead_role: str | None = "lead"
    for ln in notice.content_lines():
        cells = [(ln.start + m.start(), ln.start + m.end()) for m in re.finditer(r"[^ ]+", ln.text)]
        header = _column_kinds([text[a:b] for a, b in cells])
        if header:
            columns = header
            lead_role = "lead" if any("牵头" in text[a:b] for a, b in cells) else None  # 责任单位: no role
            continue
        if columns is None:
            continue
        if len(cells) != len(columns) or notice.claimed_within(ln.start, ln.end):
            columns = None if ln.kind == "heading" else columns
            continue
        row = dict(zip(columns, cells, strict=True))
        out = _Responsible()
        for kind, role in (("lead", lead_role), ("support", "support")):
            if kind in row:
                for org, marked in _marked_orgs(notice, *row[kind]):
                    out.add(org, marked or role)
        dl = None
        if "deadline" in row:
            raw = text[row["deadline"][0] : row["deadline"][1]]
            found = deadline_in(raw + "前", year)
            dl = (raw, found[1]) if found else None
        num = re.match(r"\d+", text[cells[0][0] : cells[0][1]])
        notice.duties.append(Duty(
            span=row["task"], orgs=out.orgs, item=int(num.group(0)) if num else None, source="task",
            deadline=dl[0] if dl else None, deadline_date=dl[1] if dl else None,
        ))


def add_deadlines(notice: Notice) -> None:
    """A deadline written inside any duty (``要在2024年9月底前完成…``)."""
    year = notice.year
    for duty in notice.duties:
        if duty.deadline is None:
            dl = deadline_in(notice.text[duty.span[0] : duty.span[1]], year)
            if dl:
                duty.deadline, duty.deadline_date = dl


def find_tasks(notice: Notice) -> None:
    """Task tables, tasks with labeled responsibilities, and every numbered item of a list
    of at least three items."""
    find_table_tasks(notice)
    find_annotated_tasks(notice)
    lines = notice.content_lines()
    text = notice.text
    short_list = sum(1 for ln in lines if ln.kind == "item") < 3
    year = notice.year
    tasks = [
        idx for idx, ln in enumerate(lines)
        if ln.kind == "item" and not notice.claimed_within(ln.start, ln.end)
        # fewer than three items: only those with labeled responsibilities under them
        and (not short_list or _labeled_below(notice, lines, idx))
        # a long numbered paragraph, or one whose sentences name their own subjects, is
        # free text (read by the free-text duties), not a task
        and 2 <= ln.end - ln.body_start <= MAX_TASK_CHARS and not _has_subject_sentences(notice, ln)
    ]
    if len(tasks) * 2 < sum(1 for ln in lines if ln.kind == "item"):
        return  # mostly free-text paragraphs: the numbers are an outline, not a task list
    for idx in tasks:
        ln = lines[idx]
        orgs, labeled = item_orgs(notice, lines, idx, year)
        dl = deadline_in(text[ln.body_start : ln.end], year) or labeled
        notice.duties.append(
            Duty(span=(ln.body_start, ln.end), orgs=orgs, item=ln.number,
                 source="task", deadline=dl[0] if dl else None, deadline_date=dl[1] if dl else None)
        )
