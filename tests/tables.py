"""Helpers for the (text, expected) tables of the stage and component tests.

A table is a list of rows ``(id, *values)``; :func:`rows` turns it into ``pytest.param``s
with the id. :func:`broken` writes a row the extractor gets wrong today: a strict xfail
with the reason (work for the rule engineers; it fails loudly once the rule is fixed)."""

from __future__ import annotations

from typing import Any

import pytest
from _pytest.mark import ParameterSet


def rows(table: list[Any]) -> list[ParameterSet]:
    """``pytest.param(*values, id=id)`` of each ``(id, *values)`` row (params pass through)."""
    return [r if isinstance(r, ParameterSet) else pytest.param(*r[1:], id=r[0]) for r in table]


def broken(reason: str, row_id: str, *values: Any) -> ParameterSet:
    """A row the extractor gets wrong today: strict xfail, with the reason."""
    return pytest.param(*values, id=row_id, marks=pytest.mark.xfail(strict=True, reason=reason))
