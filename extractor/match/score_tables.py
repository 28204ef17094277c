"""Assessment tables copied one cell a line (``序号`` / ``考核项目`` / ``分值`` / ``考核内容`` /
``评分标准``): the rows grade bodies, they are not lists of tasks. Each block of a unit's row
(its task heading and the scoring criteria under it, ``1.…（15分）；2.…（20分）``) is one duty of
the unit its row names; the criteria are never duties of their own, and a block whose row
names no body (items common to every unit, a bonus section) gives nothing. Read by ``tasks``."""

from __future__ import annotations

import re

from ..layout import HEADING_RE, Line, column_names_end, flat_table_header
from ..notice import Duty, Notice
from ..resolve import Org
from .orgs import ends_like_body, org_at

# （15分）, (10分, 得5分, 扣2分, 加2分: a criterion's score
_SCORE_MARK = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分|[得扣奖加减]\d+(?:\.\d+)?分")
# …；（50分） / …。（内资、外资各15分）: an item closed by its score in brackets
_CLOSING_SCORE = re.compile(r"[（(][^（）()]{0,12}?\d+(?:\.\d+)?\s*分[）)][。；;，,]?$")
_NUMBER_CELL = re.compile(r"\d{1,3}")  # a row number or a score, alone in its cell
_LABEL_CELL_CHARS = 24  # a row's label cells (考核项目, the unit) are short
_MIN_COLUMNS = 3  # a header without a row-number column: this many column names at least


def _score_header(notice: Notice, texts: list[str], k: int) -> int | None:
    """The line after the header of an assessment table that starts at ``texts[k]`` (a
    flattened table header with a scoring column, ``分值``/``评分标准``), else None. The header
    may open with the row-number column (``序号``) or without one (``项目`` / ``评价内容与要求`` /
    ``基本分`` / ``计分标准``: at least three column names, one a line)."""
    end = flat_table_header(texts, k, notice.lex)
    if end is None:
        end = column_names_end(texts, k)
        if end - k < _MIN_COLUMNS:
            return None
    columns = {re.sub(r"\s+", "", t) for t in texts[k:end]}
    return end if columns & set(notice.lex.cue("score_columns")) else None


def _names_a_unit(notice: Notice, ln: Line) -> bool:
    """Does a label cell name one body, whole (``县农粮局``; not ``宣传工作``, a field of work)?"""
    return org_at(notice, notice.text, ln.start, ln.end) == ln.end or ends_like_body(notice, ln.text)


def _read_rows(notice: Notice, lines: list[Line]) -> None:
    """The duties of one table's rows (``lines``: from the header's end to the table's end)."""
    text = notice.text
    unit: Org | None = None
    row: int | None = None
    number: int | None = None
    cells: list[Line] = []

    def close() -> None:
        nonlocal unit, row
        if not cells:
            return
        if not any(_SCORE_MARK.search(c.text) for c in cells) and all(len(c.text) <= _LABEL_CELL_CHARS for c in cells):
            # a row's label cells (县委农工部, 重点考核部门 / 县委农工部): the last names the unit
            # of the blocks below; a label naming no body (组织领导) leaves them without one
            unit = notice.table.add(cells[-1].text) if _names_a_unit(notice, cells[-1]) else None
            row = number
        elif unit is not None:
            start, end = cells[0].start, cells[-1].end
            while end > start and text[end - 1] in "。；;":
                end -= 1
            notice.duties.append(Duty(span=(start, end), orgs=[(unit, None)], item=row, source="task"))
        cells.clear()

    for ln in lines:
        if HEADING_RE.match(ln.text):  # 二、部门履职差异考核项目: a new part, no unit yet
            close()
            unit = row = None
            if HEADING_RE.sub("", ln.text):
                cells.append(ln)
        elif _NUMBER_CELL.fullmatch(ln.text):
            close()
            number = int(ln.text)
        else:
            cells.append(ln)
    close()


def scored_criterion(body: str) -> bool:
    """``5.实施社区商业示范建设；（20分）``: an item closed by the score it is worth, a criterion
    of an assessment (what is scored), not a task given to a body."""
    return bool(_CLOSING_SCORE.search(body.rstrip()))


def find_score_tables(notice: Notice) -> None:
    """Every assessment table of the notice: one duty per block of a unit's row, and every
    line of the table reserved (its criteria, numbered ``1.``/``2.``, are no tasks of a list)."""
    lines = notice.content_lines()
    texts = [ln.text for ln in lines]
    appendix = tuple(notice.lex.cue("appendix_words"))
    k = 0
    while k < len(lines):
        body = _score_header(notice, texts, k)
        if body is None:
            k += 1
            continue
        end = next((j for j in range(body, len(lines)) if notice.text.startswith(appendix, lines[j].start)), len(lines))
        rows = lines[body:end]
        if any(_SCORE_MARK.search(ln.text) for ln in rows):
            _read_rows(notice, rows)
            notice.reserved.extend((ln.start, ln.end) for ln in lines[k:end])
        k = end
