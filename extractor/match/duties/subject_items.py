"""A numbered list whose items open with their doers: each item one duty of the bodies
its sentences open with (an item of several subject sentences is free text)."""

from __future__ import annotations

import re

from ...layout import Line
from ...notice import Duty, Notice
from ...numbering import CHAPTER
from ...resolve import Org
from ..subjects import SubjectItem, subject_at
from .bodies import subject_org_for
from .clauses import reported
from .cues import in_procedure, modal_role
from .free_text import sharing_subjects
from .unit_scopes import line_depth

_SUBJECT_ITEM_CHARS = 250
_ARTICLE = re.compile(rf"\s*{CHAPTER}条")  # 第十条 opening a line: an article of rules


def find_subject_items(notice: Notice) -> None:
    """A numbered list whose items open with their doers, one paragraph each (``（七）市建委负责…。``
    / ``三、市农业部门做好…。有关部门要…。``): each item is one duty (its sentences stay
    together) of every body its sentences open with. Three such items in a row at least.
    Not the points of an article of rules (``第十条…`` / ``（一）生产企业应…。…``): their sentences
    are duties each, as the article's are; nor an item whose later sentences open with two subjects
    or more (``三、各区要…。供电等部门要…。农业部门要…。``): a paragraph of free text."""
    text = notice.text
    lines = [ln for ln in notice.content_lines() if not in_procedure(notice, ln.section)]
    run: list[tuple[Line, tuple[list[SubjectItem], int]]] = []
    style: int | None = None
    in_article = False
    for ln in [*lines, None]:
        if ln is not None and (ln.kind == "heading" or _ARTICLE.match(ln.text)):
            in_article = ln.kind != "heading"
            if ln.kind == "heading":
                continue
        k = line_depth(notice, ln) if ln is not None else None
        hit = None
        if (ln is not None and k is not None and not in_article and ln.end - ln.body_start <= _SUBJECT_ITEM_CHARS
                and not reported(text, ln.body_start, ln.end)
                and (not notice.claimed_within(ln.start, ln.end) or _task_item(notice, ln))):
            hit = subject_at(notice, ln.body_start, ln.end)
        if hit is not None and (not run or k == style):
            run.append((ln, hit))  # type: ignore[arg-type]
            style = k
            continue
        if len(run) >= 3:
            for item_ln, first in run:
                if not notice.claimed_within(item_ln.start, item_ln.end):  # (a task item is read already)
                    _subject_item(notice, item_ln, first)
        run = [(ln, hit)] if hit is not None and ln is not None else []
        style = k if run else None


def _task_item(notice: Notice, ln: Line) -> bool:
    """Is the numbered line read as one item of a task list (the whole item one duty)?"""
    return any(d.source == "task" and d.span[0] == ln.body_start for d in notice.duties)


def _subject_item(notice: Notice, ln: Line, first: tuple[list[SubjectItem], int]) -> None:
    """One numbered item as one duty of the bodies that open its sentences."""
    text = notice.text
    orgs: dict[int, tuple[Org, str | None]] = {}
    for shared, shared_role in sharing_subjects(notice, first, ln.body_start, ln.end):
        orgs.setdefault(id(shared), (shared, shared_role))
    hits = [h for h in (subject_at(notice, i + 1, ln.end) for i in range(ln.body_start, ln.end)
                        if text[i] == "。") if h is not None]
    if len(hits) >= 2:
        return  # 各区要…。供电等部门要…。农业部门要…: a paragraph of free text, each sentence its subject's duty
    for items, q in hits:
        role = modal_role(notice, text, q)
        for it in items:
            org = subject_org_for(notice, it)
            if org is not None and id(org) not in orgs:
                orgs[id(org)] = (org, role)
    end = ln.end
    while end > ln.body_start and text[end - 1] in "。；！ ":
        end -= 1
    if orgs and end - ln.body_start >= 6:
        notice.duties.append(Duty(span=(ln.body_start, end), orgs=list(orgs.values()), item=ln.number,
                                  source="subject"))
