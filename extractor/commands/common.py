"""Helpers kept for the command modules' older call sites; the output itself lives in
:mod:`extractor.commands.options` (one module for every command's format options)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .options import FORMATS, Output, output_options, render_table

__all__ = ["FORMATS", "emit_rows", "format_option", "output_options", "render_table"]

import click

#: Older form, a bare ``--format`` passed as ``fmt`` (use ``@output_options``, which adds
#: ``--no-bom``, ``-o`` and ``--width`` and passes ``out``).
format_option = click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format."
)


def emit_rows(rows: Sequence[dict[str, Any]], fmt: str | Output, columns: Sequence[str]) -> None:
    """Print rows as a table, JSON, NL-JSON or CSV (every field; see options.Output)."""
    out = fmt if isinstance(fmt, Output) else Output(fmt)
    out.rows(rows, columns)
