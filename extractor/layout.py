"""Detect the layout of a notice: paragraphs, headings, numbered items, page clutter.

Runs on normalized text. ``join_paragraphs`` mends lines broken in the middle of a sentence
(page breaks in Word exports, titles over two lines); ``classify`` gives each line a kind
and the heading of the section it sits in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import Lexicon, alternation, load_lexicon
from .normalize import NormText, line_spans, rewrite
from .numbering import ARABIC, ARABIC_PAREN, CHAPTER, CN_ENUM, CN_PAREN, MARKER

HEADING_RE = re.compile(rf"^(?:{CN_ENUM}|{CHAPTER}[章节部分])\s*")
SUBHEAD_RE = re.compile(rf"^{CN_PAREN}\s*")
ITEM_RE = re.compile(rf"^(?:{ARABIC}|{ARABIC_PAREN})\s*")
_MARKER_RE = re.compile(rf"^(?:{MARKER}|{CHAPTER})")
# 第二章管理职责第六条X…: a chapter's title run into its first article (group 1 the title)
_TITLE_THEN_ARTICLE = re.compile(rf"^{CHAPTER}[章节]\s*([^。；，：\s]{{1,20}}?)\s*(?={CHAPTER}条)")
_DIGITS = re.compile(r"\d+")
_ENDS_SENTENCE = "。；！？：”」…"
_OPEN_CLOSE = (("《", "》"), ("（", "）"), ("“", "”"))


@dataclass
class Line:
    """A line (paragraph) of the normalized text."""

    start: int
    end: int
    text: str
    kind: str  # heading | item | para | noise
    body_start: int  # where the text after a numbering marker starts
    number: int | None = None
    section: str = ""  # the current 一、… heading
    subsection: str = ""  # the current （一）… marker text, if any

    @property
    def numbered(self) -> bool:
        """Does the line start with a numbering marker (1. / （一） / 一、)?"""
        return self.kind == "item" or self.body_start > self.start


_PADDED_PERSON = re.compile(r"^[\u4e00-\u9fff·]{2,5} [\u4e00-\u9fff]")
_ARTICLE = re.compile(rf"^{CHAPTER}条 ")  # 第三条 X应…: an article's number, not a person's name


def _roster_like(text: str) -> bool:
    """A line like ``张威 奈曼旗卫生健康委党组书记`` (name, space, post; not ``第三条 X应…``)."""
    return bool(_PADDED_PERSON.match(text)) and " " not in text[6:].strip()[:1] and not _ARTICLE.match(text)


_HEADER_START = re.compile(r"^[^，。；：]{1,8}：|^[\u4e00-\u9fff]{0,12}〔\d{4}〕|^\d{4}年\d{1,2}月\d{1,2}日")


def _label_runs_on(line: str) -> bool:
    """A unit's label, then a long sentence the line break cut at a comma (``宣传办：组织新闻媒体…，
    开展警示教育，`` / ``搞好正面宣传…。``): its duties run on, unlike a header (``组长：某某``,
    ``抄送：A、B、``; a line cut mid-word is left alone: a list's units may follow)."""
    label = _HEADER_START.match(line)
    return (label is not None and label.group(0).endswith("：") and line.endswith("，")
            and len(line) - label.end() >= _RUNS_ON_CHARS)


def join_paragraphs(nt: NormText, lex: Lexicon | None = None) -> NormText:
    """Join a line to the next when the sentence clearly runs on across the break (not after
    a title, a roster line, a table row or a ``组长：…`` header, nor before a header, 文号
    or date line)."""
    text = nt.text
    spans = line_spans(text)
    lex = lex or load_lexicon()  # the pipeline passes its own (saved with it)
    title_end = lex.cue("document_title_endings")  # 通知, 方案 …: a title, not a broken sentence
    appendix = lex.cue("appendix_words")  # 附件, 抄送: a new part after the body
    rows = bar_table_rows(text, spans)
    edits = [_bar_row_join(text, spans, k) for row in rows for k in row[:-1]]
    table = flat_table_lines(text, spans, lex) | {k for row in rows for k in row}
    page_numbers = _page_numbers_inside(text, spans) - table  # in a flattened table: a row's number
    for k, ((s, e), (ns, _ne)) in enumerate(zip(spans, spans[1:], strict=False)):
        if k in page_numbers:
            continue  # the page number itself: dropped with the break around it
        if k + 1 in page_numbers:
            edits.append((e, spans[k + 2][0], ""))  # 实施数据分 / 6 / 类分级管理: one sentence again
            continue
        line, nxt = text[s:e], text[ns : ns + 12]
        if (k in table or k + 1 in table or line[-1] in _ENDS_SENTENCE or _MARKER_RE.match(nxt) or _roster_like(line)
                or _unit_alone_apart(text, e, ns, _ne, lex) or _opens_a_duty(text, e, ns, _ne, lex)
                or _ends_on_labeled_units(line, lex)
                or _roster_like(text[ns:_ne]) or line.endswith(title_end)
                or (_HEADER_START.match(line) and not _label_runs_on(line)) or _HEADER_START.match(text[ns:_ne])
                or line.count(" ") >= 2 or text[ns:_ne].count(" ") >= 2):  # table rows
            continue
        # 根据《 / 》、《: a bracket left open at the end of the line (not only more openers)
        unclosed = any(line.count(o) > line.count(c) or line.rfind(o) > line.rfind(c) for o, c in _OPEN_CLOSE)
        runs_on = line[-1] in "，、" or (len(line) >= _RUNS_ON_CHARS and line[-1] not in "）)" and not nxt.startswith(appendix)
                                         and not _chapter_heading(line, text[ns:_ne]))
        if unclosed or runs_on:
            edits.append((e, ns, ""))
    return rewrite(nt, edits)


_PAGE_NUMBER = re.compile(r"\s*[-—]?\s*\d{1,3}\s*[-—]?\s*")
_RUNS_ON_CHARS = 18  # a line this long that ends no sentence runs on into the next


def _page_numbers_inside(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indices of lines holding only a page number (``6``, ``- 6 -``) inside a sentence: the
    line above is long and ends no sentence, the line below goes on in characters (not
    another number: a column of figures is a table's)."""
    found: set[int] = set()
    for k in range(1, len(spans) - 1):
        (ps, pe), (s, e), (ns, _ne) = spans[k - 1], spans[k], spans[k + 1]
        above = text[ps:pe].rstrip()
        if (_PAGE_NUMBER.fullmatch(text, s, e) and len(above) >= _RUNS_ON_CHARS and above[-1] not in _ENDS_SENTENCE + "）)"
                and k - 1 not in found and "\u4e00" <= text[ns : ns + 1] <= "\u9fff"):
            found.add(k)
    return found


_UNIT_LINE = re.compile(r"[\u4e00-\u9fff]{2,16}")


def _unit_alone_apart(text: str, e: int, ns: int, ne: int, lex: Lexicon) -> bool:
    """Is the next line, set apart by a blank line, a department's name alone (``市教育局``
    heading its duties below, as a web page's table of units and duties is copied)? No
    sentence runs on into it."""
    if text.count("\n", e, ns) < 2 or not _UNIT_LINE.fullmatch(text, ns, ne):
        return False
    return _names_a_body(text[ns:ne], lex)


def _unit_label_value(lex: Lexicon) -> re.Pattern[str]:
    """A unit label and its value ending a line (``牵头责任部门：县卫健委``, ``配合单位：A、B``)."""
    return re.compile(rf"(?:{lex.unit_label_roles()})(?:责任)?(?:{lex.cue_re('label_units')})：(?P<v>[^，。；：:]{{2,60}})$")


_UNIT_LIST_MARKS = re.compile(r"[、，,]")


def _ends_on_labeled_units(line: str, lex: Lexicon) -> bool:
    """Does the line end on a unit label whose value is bodies' names only (``（一）疫苗接种牵头
    责任部门：县卫健委``)? A label's value ends its line, no sentence runs on into the next."""
    m = lex.memo(_unit_label_value).search(line)
    return m is not None and all(_names_a_body(u, lex) for u in _UNIT_LIST_MARKS.split(m.group("v")))


def _names_a_body(name: str, lex: Lexicon) -> bool:
    """Does ``name`` end like a department's name: a kind's name (``卫生健康委``), or a level, then
    a body's ending (``市工商行政管理局``; not 格局, 干部)?"""
    if any(m.end() == len(name) for m in lex.kind_name_re.finditer(name)):
        return True
    return (name[0] in lex.level_chars and name.endswith(tuple(lex.forms.get("suffixes", ())))
            and not name.endswith(tuple(lex.forms.get("not_org_endings", ()))))


def _opening_verbs(lex: Lexicon) -> re.Pattern[str]:
    """A duty or modal verb right after a body's name (not 将, 拟: 县卫健局将… may report a plan)."""
    verbs = [w for w in lex.cue("duty_verbs") + lex.cue("modal_verbs") if w not in ("将", "拟")]
    return re.compile(alternation(verbs))


def _opens_a_duty(text: str, e: int, ns: int, ne: int, lex: Lexicon) -> bool:
    """Does the next line open a sentence of its own: a body's name, then a duty or modal verb
    (``市教育局负责督导…``), after a line that ends on a word, not a comma nor a preposition? A
    page whose punctuation was stripped writes each sentence on a line of its own."""
    last = text[e - 1]
    if not "\u4e00" <= last <= "\u9fff" or last in lex.cue("linking_last_chars"):
        return False
    verbs = lex.memo(_opening_verbs)
    for cut in range(ns + 2, min(ne, ns + 16)):
        if verbs.match(text, cut, ne) and _UNIT_LINE.fullmatch(text, ns, cut):
            name = text[ns:cut]
            return _names_a_body(name, lex) or lex.memo(_collective_units).fullmatch(name) is not None
    return False


def _collective_units(lex: Lexicon) -> re.Pattern[str]:
    """市直各单位, 各有关部门: every unit addressed (``unit_kinds``, a level's own units before
    ``各``: ``directly_under_marks``), a body of the sentence too."""
    direct, kinds = lex.cue_re("directly_under_marks"), lex.cue_re("unit_kinds")
    return re.compile(rf"(?:[\u4e00-\u9fff](?:{direct}))?各[\u4e00-\u9fff]{{0,4}}(?:{kinds})")


# a column's name (牵头单位), also a year's column (2025年, 2025年目标值: an indicator table's targets),
# with a note in brackets after it (责任单位（列第一位者为牵头单位）)
_COLUMN_NAME = re.compile(r"(?:[\u4e00-\u9fff]{2,8}|(?:19|20)\d{2}年度?[\u4e00-\u9fff]{0,5})(?:[（(][\u4e00-\u9fff]{2,16}[）)])?")
_SPACE = re.compile(r"\s+")


_BAR_LINE = re.compile(r"[|｜]")
_BAR_CELL_LINES = 4  # a cell of a bar table: a few lines (units one a line), never a paragraph
_BAR_COLUMNS = 3  # a bar table's header names this many columns or more
_BAR_MOST_COLUMNS = 12
_BAR_COLUMN_NAME = re.compile(r"[^。；，,：:]{1,12}")


def _bar_slots(lines: Sequence[str], k: int, most: int) -> list[tuple[list[int], int | None]]:
    """The first ``most`` cells of a table copied one cell a line with a bar line between
    cells, from ``lines[k]`` on: each the indices of its lines (none between two bar lines) and
    the index of the bar line closing it (None for the last when the text ends); a cell that
    runs over more lines than a cell holds ends the reading."""
    slots: list[tuple[list[int], int | None]] = []
    cell: list[int] = []
    for j in range(k, len(lines)):
        if len(slots) == most or len(cell) > _BAR_CELL_LINES:
            return slots
        if _BAR_LINE.fullmatch(lines[j]):
            slots.append((cell, j))
            cell = []
        else:
            cell.append(j)
    if cell and len(slots) < most:
        slots.append((cell, None))
    return slots


def _bar_header(lines: Sequence[str], k: int) -> int:
    """The number of columns of a bar table's header at ``lines[k]``: its column names, each
    one short line followed by a bar line, up to an empty cell; 0 when there is none."""
    if k + 1 >= len(lines) or _BAR_LINE.fullmatch(lines[k]) or not _BAR_LINE.fullmatch(lines[k + 1]):
        return 0
    slots = _bar_slots(lines, k, _BAR_MOST_COLUMNS + 1)
    width = next((i for i, (cell, _bar) in enumerate(slots) if not cell), 0)
    named = all(len(cell) == 1 and _BAR_COLUMN_NAME.fullmatch(lines[cell[0]]) for cell, _bar in slots[:width])
    return width if width >= _BAR_COLUMNS and named else 0


def _bar_row_join(text: str, spans: list[tuple[int, int]], k: int) -> tuple[int, int, str]:
    """The edit joining line ``k`` of a bar table's row to the next, of the same length (each
    character keeps its place in the original): ``、`` between two short lines of one cell (units
    one a line: ``地震局`` / ``财政局``), else spaces."""
    (s, e), (ns, ne) = spans[k], spans[k + 1]
    one_cell = not _BAR_LINE.fullmatch(text[s:e].strip()) and not _BAR_LINE.fullmatch(text[ns:ne].strip())
    listed = one_cell and all(_BAR_COLUMN_NAME.fullmatch(text[a:b].strip()) for a, b in (spans[k], spans[k + 1]))
    return e, ns, ("、" if listed else " ") + " " * (ns - e - 1)


def bar_table_rows(text: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """The rows of a table copied one cell a line with a bar line after each cell, a row's
    closing bar then the next row's opening one (``工作任务`` / ``|`` / ``完成时间`` / ``|`` /
    ``牵头部门`` / ``|`` / ``|`` / ``制定…`` / ``|`` …; an empty cell is two bars): each row as the
    indices (in ``spans``) of its lines, its cells and the bar closing each, to be read as one
    line ``制定… | 年内 | 地震局 财政局 |``. The header (three or more column names, each one
    short line) fixes the width; the rows end where a row's closing bar is not followed by
    another bar (a table of another shape), its first cell is empty or a cell runs on."""
    lines = [text[s:e].strip() for s, e in spans]
    out: list[list[int]] = []
    k = 0
    while k < len(lines):
        width = _bar_header(lines, k)
        if not width:
            k += 1
            continue
        rows = []
        at = k
        while at < len(lines):
            slots = _bar_slots(lines, at, width + 1)
            closing = slots[width - 1][1] if len(slots) >= width else None
            if (len(slots) < width or not slots[0][0] or closing is None and len(slots) > width
                    or len(slots) > width and slots[width][0]):
                break
            end = closing if closing is not None else max(slots[width - 1][0])
            rows.append(list(range(at, end + 1)))
            at = end + 2  # past the row's closing bar and the next row's opening one
        if len(rows) > 1:
            out.extend(rows)
        k = max(at, k + 1)
    return out


def flat_table_lines(text: str, spans: list[tuple[int, int]], lex: Lexicon) -> set[int]:
    """Indices (in ``spans``) of the lines of a table flattened one cell a line, as a web page's
    table is copied: a header of a row-number column (``序号``) and at least two more column
    names, one a line (``改革举措`` / ``主要内容`` / ``指导部门``), then the rows' cells, up to the
    next annex or the end. Its lines are cells, never joined (nor is the line above joined to
    its header)."""
    appendix = tuple(lex.cue("appendix_words"))
    lines = [text[s:e] for s, e in spans]
    out: set[int] = set()
    k = 0
    while k < len(spans):
        m = flat_table_header(lines, k, lex)
        if m is not None:
            end = next((j for j in range(m, len(spans)) if text.startswith(appendix, spans[j][0])), len(spans))
            out.update(range(k, end))
            k = end
            continue
        k += 1
    return out


def flat_table_header(lines: Sequence[str], k: int, lex: Lexicon) -> int | None:
    """When ``lines[k]`` names a row-number column (``序号``) and at least two more column names
    follow it, one a line: the index of the line after the last column name; else None."""
    if _SPACE.sub("", lines[k]) not in lex.cue("number_columns"):
        return None
    m = column_names_end(lines, k + 1)
    return m if m - k >= 3 else None


def column_names_end(lines: Sequence[str], k: int) -> int:
    """The index of the first line from ``lines[k]`` on that is no column's name (``牵头单位``,
    ``计 分 标 准``: a header copied one cell a line); ``k`` when ``lines[k]`` is none."""
    m = k
    while m < len(lines) and _COLUMN_NAME.fullmatch(_SPACE.sub("", lines[m])):
        m += 1
    return m


def _chapter_heading(line: str, nxt: str) -> bool:
    """``一、切实加强领导，全力做好防控工作`` above a whole paragraph: a heading, not the start of
    a sentence broken by the line end (the paragraph below ends a sentence and is longer)."""
    return (bool(HEADING_RE.match(line) or SUBHEAD_RE.match(line) or ITEM_RE.match(line)) and len(line) <= 30
            and nxt[-1:] in "。；" and len(nxt) > 2 * len(line))


def _doc_title_re(lex: Lexicon) -> re.Pattern[str]:
    """The notice's own title (``X关于…的通知``)."""
    return re.compile(rf"^[^。；：:]{{0,60}}关于[^。；]{{2,150}}(?:{lex.cue_re('document_kinds')})》?$")


def _noise_line_re(lex: Lexicon) -> re.Pattern[str] | None:
    """Any word of ``noise_lines`` (page clutter: 打印, 关闭窗口 …) in a line: one search."""
    words = lex.bodies["noise_lines"]
    return re.compile(alternation(words)) if words else None


def classify(text: str, lex: Lexicon) -> list[Line]:
    """Lines of the text with their kind; everything after a clutter marker is noise."""
    noise_start = tuple(lex.bodies["noise_start"])
    noise_line = lex.memo(_noise_line_re)
    doc_title = lex.memo(_doc_title_re)
    lines: list[Line] = []
    section = subsection = ""
    in_clutter = False
    for k, (s, e) in enumerate(line_spans(text)):
        t = text[s:e]
        if t.startswith(noise_start):
            in_clutter = True
        if in_clutter or (len(t) < 80 and noise_line is not None and noise_line.search(t)):
            lines.append(Line(s, e, t, "noise", s))
            continue
        if k < 6 and doc_title.match(t):  # the notice's own title: no duty, no section
            lines.append(Line(s, e, t, "heading", s))
            continue
        article = _TITLE_THEN_ARTICLE.match(t)
        if article:  # the chapter's title is the section; the line, from the article on, a paragraph
            section, subsection = article.group(1), ""
            lines.append(Line(s, e, t, "para", s + article.end(), section=section))
            continue
        m = HEADING_RE.match(t)
        if m:
            body = t[m.end() :]
            if len(body) <= 30 and not re.search("[。；]", body):
                section, subsection = body, ""
                lines.append(Line(s, e, t, "heading", s + m.end(), section=section))
                continue
            lines.append(Line(s, e, t, "para", s + m.end(), section=section, subsection=subsection))
            continue
        m = SUBHEAD_RE.match(t)
        if m:
            subsection = t[m.end() : m.end() + 20]
            lines.append(Line(s, e, t, "para", s + m.end(), section=section, subsection=subsection))
            continue
        m = ITEM_RE.match(t)
        if m:
            num = int(_DIGITS.findall(m.group())[0])
            lines.append(Line(s, e, t, "item", s + m.end(), number=num, section=section, subsection=subsection))
            continue
        lines.append(Line(s, e, t, "para", s, section=section, subsection=subsection))
    return lines
