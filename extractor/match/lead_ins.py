"""Lead-in clauses read as duties: ``办公室承担以下职责：`` introduces the duties listed
below it and is none itself; ``区政府要全面完成…的主要任务，主要承担以下工作：`` is a duty up
to its lead-in clause."""

from __future__ import annotations

import dataclasses

from ..notice import Duty, Notice

_COLONS = ("：", ":")
_CLAUSE_ENDS = "，,。；;"
_CASE_END = "的"  # 企业生产X产品的，…: a case clause


def drop_lead_ins(notice: Notice) -> None:
    """Cut the lead-in clause (ending in a colon) off the end of every duty; drop a duty
    that is nothing else, or nothing but the case it binds (``企业生产X产品的，应当满足以下
    要求：``: what is left, ``…的``, states no task)."""
    kept: list[Duty] = []
    for duty in notice.duties:
        start, end = duty.span
        body = notice.text[start:end].rstrip()
        if not body.endswith(_COLONS):
            kept.append(duty)
            continue
        cut = max(body.rfind(ch) for ch in _CLAUSE_ENDS)
        if cut > 0 and not body[:cut].endswith(_CASE_END):
            kept.append(dataclasses.replace(duty, span=(start, start + cut)))
    notice.duties = kept
