"""Sections whose text assigns no task, told by their heading: a plan's goals (``二、主要目标``,
``（二）主要指标``: what is to be reached, not who does what), a report of the work done so far
(``一、主要进展和成效``, ``一、基本情况``), and the part of a call for
applications written to the applicant (``五、申请要求``, ``（二）限项申请规定``, ``六、申请程序``):
its rules, limits, dates and steps bind whoever applies, no body. Read by the task lists and
the free-text duties."""

from __future__ import annotations

import re

from ..layout import HEADING_RE, Line
from ..lexicon import Lexicon

#: the longest heading read as a section's title (a run-in heading ends at 。/：)
_TITLE_CHARS = 16
_TITLE_END = re.compile("[。：:]")


class _Cues:
    def __init__(self, lex: Lexicon) -> None:
        # 主要目标 / 总体目标和主要指标 / 工作目标。: a noun phrase ending in a goal word (not
        # 确保完成全年主要预期目标, a task: the words before the goal word are few)
        self.goal = re.compile(rf"^[^，、；]{{0,8}}(?:{lex.cue_re('goal_heading_words')})$")
        self.application = re.compile(lex.cue_re("application_words"))
        # 一、…工作的主要进展和成效 / 一、基本情况: what was done so far, a report
        self.progress = re.compile(rf"(?:{lex.cue_re('progress_heading_words')})$")
        # （二）疫情分级 / 1.2 等级划分: the levels an emergency plan tells apart, defined
        self.grading = re.compile(rf"(?:{lex.cue_re('grading_heading_words')})$")


def _titles(ln: Line) -> list[str]:
    """The titles of the sections a line is in: its 一、 heading and its （一） heading, each
    cut at a run-in heading's end (``（二）工作目标。到2025年…`` → ``工作目标``); a （一）
    paragraph with no short title names no section."""
    out = [ln.section.rstrip("：:")] if ln.section else []  # 一、工作目标：: the title without its colon
    sub = ln.subsection
    m = _TITLE_END.search(sub)
    head = sub[: m.start()] if m else sub
    if head and (m or len(sub) < 20) and len(head) <= _TITLE_CHARS:
        out.append(head)
    return [t.strip() for t in out if t.strip()]


def _run_in_section_title(ln: Line) -> str | None:
    """The title a 一、 paragraph opens with, run in before its text (``三、主要目标。经过三年…``
    → ``主要目标``): the line heads its own section; None for any other line."""
    mark = HEADING_RE.match(ln.text) if ln.kind == "para" else None
    if mark is None:
        return None
    m = _TITLE_END.search(ln.text, mark.end())
    return ln.text[mark.end() : m.start()] if m and m.start() - mark.end() <= _TITLE_CHARS else None


def in_goal_section(lex: Lexicon, ln: Line) -> bool:
    """Is the line under a heading that names a plan's goals or indicators (``主要目标``), or
    does it open with such a title run in (``三、主要目标。经过三年…``)?"""
    cues = lex.memo(_Cues)
    own = _run_in_section_title(ln)  # 三、主要目标。经过三年…: a paragraph heading its own goals
    return any(cues.goal.match(t) for t in [*_titles(ln), *([own] if own else [])])


def in_application_section(lex: Lexicon, ln: Line) -> bool:
    """Is the line under a heading about applying (``申请要求``, ``限项申请规定``,
    ``项目组织申报工作流程``)? What such a section says without naming a body binds the
    applicant."""
    cues = lex.memo(_Cues)
    return any(cues.application.search(t) for t in _titles(ln))


def in_report_section(lex: Lexicon, ln: Line) -> bool:
    """Is the line under a heading that reports the work done so far (``一、主要进展和成效``,
    ``一、基本情况``)? Its sentences say what bodies did, not what they are to do."""
    cues = lex.memo(_Cues)
    return any(cues.progress.search(t) for t in _titles(ln))


def in_grading_section(lex: Lexicon, ln: Line) -> bool:
    """Is the line under a heading that grades events (``（二）疫情分级``, ``等级划分``)? Its
    items define each level (``1.三级疫情：发现…病人``), they give no body a task."""
    cues = lex.memo(_Cues)
    return any(cues.grading.search(t) for t in _titles(ln))
