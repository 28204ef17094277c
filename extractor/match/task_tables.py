"""The header of a task table (``序号 工作任务 牵头单位 配合单位 完成时限``): the kind of each
column, also when a column is named by its cue words (``相关责任部门``) or its name was broken
over two lines of a table copied one cell a line (``牵头`` / ``部门``); and a row whose cells
do not line up with it, read by its unit cells (``anchored_row``). Read by the task lists,
which read the rows, and by the duty divisions, which leave such a table's cells alone."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..layout import flat_table_header
from ..lexicon import Lexicon, alternation
from ..notice import Notice

_WHITESPACE_RUN = re.compile(r"\s+")
# 列第一位者为牵头部门 / 排在第一位的部门为牵头部门 / 排名第一的单位是牵头单位 / 列在首位的为牵头单位
FIRST_LEADS_RE = re.compile(r"^(?:列|排|排名|位列)(?:在)?(?:第一|首)(?:位|个)?(?:者|的)?(?:部门|单位)?(?:为|是)牵头(?:部门|单位)$")
_HEADER_NOTE = re.compile(r"[（(]([^（）()]+)[）)]$")  # 责任单位（列第一位者为牵头单位）: a note on the column
_QUALIFIER_CHARS = 2  # 牵头, 主体, 配合: a word before a unit column's name, written apart
_YEAR_FIRST = re.compile(r"^(?:19|20)\d{2}年度?")  # 2023年重点工作任务: the column of that year's tasks


class LabelCues:
    """The cue words of a task table's columns and of a label's role (shared with the labeled
    lines of ``tasks``)."""

    def __init__(self, lex: Lexicon) -> None:
        self.columns = lex.cue_map("table_columns")
        self.specific = lex.cue("specific_task_columns")  # beside 工作内容, the row's own task
        parts = lex.cue_re("task_column_parts")
        self.composed = re.compile(f"(?:{parts}){{2,}}")  # 任务项目指标: task words run together
        self.units = tuple(lex.cue("label_units"))
        self.lead = re.compile(lex.cue_re("lead_words"))
        self.support = re.compile(alternation(lex.cue("support_verbs") + lex.cue("support_labels")))
        self.responsible = re.compile(lex.cue_re("responsible_labels"))


def label_role(lex: Lexicon, label: str) -> str | None:
    """The role a unit label or a unit column's name gives its units: ``lead`` for the lead
    word (``牵头单位``), else ``support`` for a support verb or label (``配合单位``, ``协办``),
    else ``resp`` for a responsibility word (``责任单位``: responsible, no role of its own),
    else None. The one place a label's role is decided (task tables, labeled lines, unit blocks)."""
    cues = lex.memo(LabelCues)
    if cues.lead.search(label):
        return "lead"
    if cues.support.search(label):
        return "support"
    return "resp" if cues.responsible.search(label) else None


def column_kind(lex: Lexicon, name: str) -> str | None:
    """The kind of a header cell: a column name of ``table_columns``, a task column named by
    two or more words of ``task_column_parts`` run together (``任务项目指标``), or a unit column named
    by its cue words before a unit word (``相关责任部门``, ``配合责任单位``, ``牵头责任单位``),
    as a label is read (``label_role``)."""
    cues = lex.memo(LabelCues)
    kind = next((k for k, ns in cues.columns.items() if name in ns), None)
    if kind is None and cues.composed.fullmatch(name):
        return "task"
    if kind is not None or not name.endswith(cues.units):
        return kind
    return label_role(lex, name)


def joined_header(lex: Lexicon, names: list[str]) -> list[str]:
    """A header whose cells were broken over two lines or by a space (``牵头`` / ``部门``, ``完成`` /
    ``时间``, ``牵头 责任单位``): two neighbours that together name a column, the first naming none,
    the second none either, or a unit column after a word of two characters that qualifies it
    (``牵头``, ``主体``, ``配合`` before ``责任单位``; not ``细化分工`` before ``责任处室``)."""
    out: list[str] = []
    numbers = set(lex.cue("number_columns"))  # 序号 before 责任单位: a column of its own, never joined
    k = 0
    while k < len(names):
        second = column_kind(lex, names[k + 1]) if k + 1 < len(names) else None
        if (k + 1 < len(names) and column_kind(lex, names[k] + names[k + 1]) is not None
                and column_kind(lex, names[k]) is None and names[k] not in numbers
                and (second is None or second in UNIT_COLUMNS and len(names[k]) <= _QUALIFIER_CHARS)):
            out.append(names[k] + names[k + 1])
            k += 2
            continue
        out.append(names[k])
        k += 1
    return out


def column_kinds(lex: Lexicon, cells: list[str]) -> list[str | None] | None:
    """The kind of each column of a table's header row, if it is a task table's header
    (a task column and a lead or responsible column). Of two task columns (工作内容 and
    具体任务), the specific one is the task; the other only groups rows."""
    cues = lex.memo(LabelCues)
    names = [_HEADER_NOTE.sub("", _YEAR_FIRST.sub("", _WHITESPACE_RUN.sub("", c))) for c in cells]
    kinds = [column_kind(lex, cell) for cell in names]
    if kinds.count("task") > 1:
        keep = next((i for i, n in enumerate(names) if n in cues.specific), None)
        if keep is None:
            keep = _last_task_before_units(kinds)
        if keep is None:
            return None
        kinds = [k if k != "task" or i == keep else None for i, k in enumerate(kinds)]
    if "task" not in kinds:
        kinds = _scheduled_column(lex, names, kinds)
    return kinds if "task" in kinds and ("lead" in kinds or "resp" in kinds) else None


def _last_task_before_units(kinds: list[str | None]) -> int | None:
    """Of several task columns none of which is named specific (``工作目标 | 工作内容 | 工作措施 |
    责任单位``), the last one when a unit column stands right after it: a table's columns go from
    the group a row belongs to down to the row's own measure, the one its units are responsible for."""
    last = max(i for i, kind in enumerate(kinds) if kind == "task")
    return last if last + 1 < len(kinds) and kinds[last + 1] in UNIT_COLUMNS else None


def first_leads_header(cells: list[str]) -> bool:
    """Does a header's cell note that the first unit of a unit cell leads
    (``责任单位（列第一位者为牵头单位）``)?"""
    notes = (_HEADER_NOTE.search(_WHITESPACE_RUN.sub("", c)) for c in cells)
    return any(m is not None and FIRST_LEADS_RE.match(m.group(1)) for m in notes)


def _scheduled_column(lex: Lexicon, names: list[str], kinds: list[str | None]) -> list[str | None]:
    """A schedule's header (``整治行业 | 时间安排 | 责任单位``): beside a time column and a unit
    column, the one column no cue word names (other than a row number or a note) is what is
    scheduled, the row's task. Unchanged when there is no time column or not one such column."""
    if "deadline" not in kinds:
        return kinds
    others = set(lex.cue("number_columns")) | set(lex.cue("note_labels"))
    unnamed = [i for i, (name, kind) in enumerate(zip(names, kinds, strict=True)) if kind is None and name and name not in others]
    if len(unnamed) != 1:
        return kinds
    return [("task" if i == unnamed[0] else kind) for i, kind in enumerate(kinds)]


def flat_task_header(lex: Lexicon, texts: list[str], k: int) -> tuple[int, list[str | None]] | None:
    """When ``texts[k]`` opens the header of a task table flattened one cell a line (``序号`` /
    ``具体内容`` / ``牵头`` / ``部门`` …): the index of the line after the header and the kind of
    each column; else None."""
    m = flat_table_header(texts, k, lex)
    if m is None:
        return None
    columns = column_kinds(lex, joined_header(lex, [_WHITESPACE_RUN.sub("", t) for t in texts[k:m]]))
    return (m, columns) if columns is not None else None


_COLUMN_CELL = re.compile(r"[\u4e00-\u9fff]{2,8}")


def unnumbered_task_header(lex: Lexicon, texts: list[str], k: int) -> tuple[int, list[str | None]] | None:
    """When ``texts[k]`` opens the header of a task table flattened one cell a line that has no
    row-number column (``主要目标`` / ``主要责任单位`` / ``责任单位``): the index of the line after the
    header and the kind of each column, when its last columns are a task column, then a lead
    column and one other unit column (``unit_columns_last``); else None."""
    if k > 0 and _COLUMN_CELL.fullmatch(texts[k - 1]) or texts[k] in lex.cue("number_columns"):
        return None
    m = k
    while m < len(texts) and _COLUMN_CELL.fullmatch(texts[m]):
        m += 1
    if m - k < 3:
        return None
    columns = column_kinds(lex, joined_header(lex, texts[k:m]))
    return (m, columns) if columns is not None and unit_columns_last(columns) else None


def unit_columns_last(columns: list[str | None]) -> list[str] | None:
    """The kinds of a header's unit columns when they are its last named columns, right after its
    task column: the lead column, then one other (``牵头单位`` / ``协同单位``); else None."""
    named = [kind for kind in columns if kind is not None]
    return named[-2:] if named[-3:] in (["task", "lead", "support"], ["task", "lead", "resp"]) else None


def flat_task_table_lines(notice: Notice) -> set[int]:
    """The starts of the content lines from a flattened task table's header (numbered or not) on, up to the
    next annex or the end: cells, each read with its row (by the task lists)."""
    lines = notice.content_lines()
    texts = [ln.text for ln in lines]
    appendix = tuple(notice.lex.cue("appendix_words"))
    out: set[int] = set()
    for k in range(len(lines)):
        if flat_task_header(notice.lex, texts, k) is not None or unnumbered_task_header(notice.lex, texts, k) is not None:
            end = next((j for j in range(k, len(lines)) if notice.text.startswith(appendix, lines[j].start)), len(lines))
            out.update(ln.start for ln in lines[k:end])
            break
    return out


UNIT_COLUMNS = ("lead", "resp", "support")
_CELL_SPLIT = re.compile(r"[\s|｜]+")


def row_table_lines(notice: Notice) -> set[int]:
    """The starts of the content lines of a task table written a row a line (cells between tabs,
    bars or spaces: ``责任单位 | 工作任务 | 完成时限``), from the line after its header up to the
    next heading or line of one cell: rows the task lists read, not a unit's paragraph (``县住建局 清理… 6月底前``)."""
    out: set[int] = set()
    inside = False
    for ln in notice.content_lines():
        cells = [c for c in _CELL_SPLIT.split(ln.text.strip()) if c]
        if len(cells) >= 2 and column_kinds(notice.lex, joined_header(notice.lex, cells)) is not None:
            inside = True
            continue
        if ln.kind == "heading" or len(cells) < 2:
            inside = False  # a heading, or a line of one cell (the text goes on after the table)
        elif inside:
            out.add(ln.start)
    return out


def anchored_row(columns: list[str | None], cells: list[tuple[int, int]],
                 names_units: Callable[[tuple[int, int]], bool]) -> list[tuple[str, tuple[int, int]]] | None:
    """A numbered row whose cells do not line up with the header (a merged cell left out,
    a word broken by a space, an empty last column dropped), read by its unit cells: the
    first run of cells that each name units (``names_units``), as many as the header's unit
    columns, which stand together after its task column. The cell before the run is the
    task, or, when the header names columns between its task and unit columns (a leader's
    name), the longest of as many cells more before it; the cell after the run the deadline
    when the header's deadline column follows its unit columns. Returns (kind, cell) pairs,
    or None when no such run stands after a task cell."""
    units = [i for i, kind in enumerate(columns) if kind in UNIT_COLUMNS]
    if not units or units[-1] - units[0] != len(units) - 1 or "task" not in columns[: units[0]]:
        return None
    width = len(units)
    gap = units[0] - 1 - max(i for i in range(units[0]) if columns[i] == "task")
    for p in range(2, len(cells) - width + 1):
        if names_units(cells[p - 1]) or not all(names_units(c) for c in cells[p : p + width]):
            continue
        task = max(cells[max(1, p - 1 - gap) : p], key=lambda cell: cell[1] - cell[0])
        row: list[tuple[str, tuple[int, int]]] = [("task", task)]
        row += [(kind, cell) for kind, cell in zip(columns[units[0] : units[-1] + 1], cells[p : p + width], strict=True) if kind]
        after = units[-1] + 1
        if after < len(columns) and columns[after] == "deadline" and p + width < len(cells):
            row.append(("deadline", cells[p + width]))
        return row
    return None


SubRow = tuple[int, list[int]]  # a sub-row: its task cell's index and its unit cells' indices


def stacked_rows(columns: list[str | None], count: int, is_task: Callable[[int], bool],
                 is_unit: Callable[[int], bool]) -> list[SubRow] | None:
    """A numbered row of a flattened table that stacks several measures under one number (the
    row number, its group cells and often its unit cells merged over them: ``1`` / ``组织管理`` /
    measure / units / targets / measure / targets …), read by the header's shape: each sub-row is
    a task cell, at most as many unit cells as the header's unit columns, then exactly as many cells
    as the header names after its unit columns (targets, years, a deadline). The first task stands
    among the header's cells before its task column (a group cell merged away). ``count`` cells,
    told apart by ``is_task`` and ``is_unit`` (by index). The sub-rows, or None when the row
    does not read so."""
    units = [i for i, kind in enumerate(columns) if kind in UNIT_COLUMNS]
    if "task" not in columns or not units or units[-1] - units[0] != len(units) - 1 or columns.index("task") > units[0]:
        return None
    after = len(columns) - 1 - units[-1]  # the cells after the unit columns
    for first in range(columns.index("task")):  # the group cells before the first task
        out = _sub_rows(first, count, len(units), after, is_task, is_unit)
        if out is not None:
            return out
    return None


def _sub_rows(k: int, count: int, width: int, after: int, is_task: Callable[[int], bool],
              is_unit: Callable[[int], bool]) -> list[SubRow] | None:
    """The sub-rows of a row's cells from index ``k`` on (``stacked_rows``), or None."""
    out: list[SubRow] = []
    while k < count:
        if not is_task(k):
            return None
        unit_cells: list[int] = []
        j = k + 1
        while j < count and len(unit_cells) < width and is_unit(j):
            unit_cells.append(j)
            j += 1
        if j + after > count or any(is_task(i) or is_unit(i) for i in range(j, j + after)):
            return None
        out.append((k, unit_cells))
        k = j + after
    return out or None
