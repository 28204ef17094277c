"""Helpers shared by the command modules: output formats and graph loading."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

import click

FORMATS = ("table", "json", "csv")

format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="Output format.",
)


def emit_rows(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str]) -> None:
    """Print rows as an aligned table, JSON (a list of objects) or CSV."""
    if fmt == "json":
        click.echo(json.dumps(list(rows), ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: _cell(row.get(c)) for c in columns})
        click.echo(buf.getvalue(), nl=False)
        return
    click.echo(render_table(rows, columns))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def render_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """A plain text table whose columns line up for CJK text too."""
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    return "\n".join(out)
