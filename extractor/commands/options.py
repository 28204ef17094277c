"""Shared CLI options and output, one module for every command (sqlite-utils style).

``@output_options`` gives a command ``--format table|json|csv|nl``, ``--no-bom``,
``-o/--output PATH`` (``-`` = stdout) and ``--width N``, and passes it an :class:`Output`
that writes rows in the chosen format:

- ``table``: aligned columns (CJK counted double-width), fitted to the terminal width by
  truncating the widest columns with ``…``; a newline inside a cell never breaks a row.
- ``json``: a list of objects (or the command's object); ``nl``: one object per line.
- ``csv``: every field the JSON rows have (lists joined with ``; ``), UTF-8 with a BOM
  by default so that Excel on Chinese Windows reads it (``--no-bom`` drops it), and
  cells beginning with ``=``, ``+``, ``-``, ``@``, a tab or a CR prefixed with ``'`` so
  a spreadsheet never runs them as formulas.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import shutil
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import click

FORMATS = ("table", "json", "csv", "nl")
BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MIN_COLUMN = 6  # a fitted table column is never narrower than this (or its content)
ELLIPSIS = "…"


# --- cells -------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """One value as text: lists joined with ``; ``, objects as JSON, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(cell_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def csv_cell(value: Any) -> str:
    """A CSV cell that a spreadsheet shows as text, never evaluates as a formula."""
    text = cell_text(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return text  # a number, even negative, is data
    if text.startswith(FORMULA_START):
        return "'" + text
    return text


@functools.cache
def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1


@functools.lru_cache(maxsize=1 << 16)
def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: CJK (wide) characters 2, combining marks 0.
    Cached per character and per cell: a table of thousands of rows repeats its cells."""
    if text.isascii():
        return len(text)
    return sum(map(_char_width, text))


_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029\x0b\x0c]+\s*")


def one_line(text: str) -> str:
    """A cell on one line: line breaks become `` ⏎ ``, tabs spaces."""
    return _BREAKS.sub(" ⏎ ", text).replace("\t", " ")


def truncate(text: str, width: int) -> str:
    """``text`` cut to ``width`` display columns, ending in ``…`` when cut."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + ELLIPSIS


# --- tables ------------------------------------------------------------------------


def fit_widths(natural: Sequence[int], width: int | None, gap: int = 2) -> list[int]:
    """Column widths that fit ``width`` (None: no limit), shrinking the widest first."""
    widths = list(natural)
    if not width or not widths:
        return widths
    room = width - gap * (len(widths) - 1)
    floors = [min(w, MIN_COLUMN) for w in widths]
    while sum(widths) > room:
        i = max(range(len(widths)), key=lambda k: (widths[k] - floors[k], widths[k]))
        if widths[i] <= floors[i]:
            break  # cannot shrink further: the terminal is narrower than the minimum
        widths[i] -= 1
    return widths


def render_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], width: int | None = None) -> str:
    """A plain text table whose columns line up for CJK text too, one line per row,
    at most ``width`` display columns wide (cells cut with ``…``) when ``width`` is given."""
    cells = [[one_line(cell_text(r.get(c))) for c in columns] for r in rows]
    natural = [max([display_width(c)] + [display_width(row[i]) for row in cells]) for i, c in enumerate(columns)]
    widths = fit_widths(natural, width)

    def line(values: Sequence[str]) -> str:
        parts = []
        for v, w in zip(values, widths, strict=True):
            v = truncate(v, w)
            parts.append(v + " " * (w - display_width(v)))
        return "  ".join(parts).rstrip()

    out = [line(list(columns)), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    return "\n".join(out)


def all_columns(rows: Iterable[dict[str, Any]], first: Sequence[str] = ()) -> list[str]:
    """``first``, then every other key of the rows in order of appearance."""
    cols = list(dict.fromkeys(first))
    seen = set(cols)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.add(k)
                cols.append(k)
    return cols


def csv_text(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([csv_cell(c) for c in columns])
    for r in rows:
        writer.writerow([csv_cell(r.get(c)) for c in columns])
    return buf.getvalue()


def json_text(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def nl_text(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


# --- where output goes -------------------------------------------------------------


def terminal_width() -> int | None:
    """The width to fit tables to on stdout: the terminal's, or $COLUMNS; None when
    stdout is a pipe or a file (nothing is cut there unless ``--width`` asks)."""
    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        if sys.stdout.isatty():
            return shutil.get_terminal_size().columns
    except (AttributeError, ValueError, OSError):
        pass
    return None


class Output:
    """Where and how a command writes: ``fmt``, ``bom``, ``path`` (None or ``-``:
    stdout) and ``width`` (tables; None: no limit)."""

    def __init__(self, fmt: str = "table", bom: bool = True, path: str | None = None, width: int | None = None) -> None:
        self.fmt = fmt
        self.bom = bom
        self.path = None if path in (None, "-") else path
        if width is None and self.path is None:
            width = terminal_width()
        self.width = width or None
        self._chunks: list[str] = []
        self._started = False

    # raw text
    def write(self, text: str) -> None:
        if self.path is not None:
            self._chunks.append(text)
        else:
            click.echo(text, nl=False)
        self._started = True

    def line(self, text: str = "") -> None:
        self.write(text + "\n")

    def heading(self, text: str) -> None:
        """A line above a table, cut to the width like the table's cells."""
        text = one_line(text)
        self.line(truncate(text, self.width) if self.width else text)

    def finish(self) -> None:
        """Write the file (when ``-o PATH``): UTF-8, with the BOM for CSV unless --no-bom."""
        if self.path is None:
            return
        text = "".join(self._chunks)
        enc = "utf-8-sig" if self.fmt == "csv" and self.bom else "utf-8"
        try:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "w", encoding=enc, newline="") as fh:
                fh.write(text)
        except OSError as err:
            from ..errors import PolicyKGError

            raise PolicyKGError(f"cannot write {self.path}: {err.strerror or err}") from None
        click.echo(f"wrote {self.path}", err=True)

    # structured output
    def table(self, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
        self.line(render_table(rows, columns, self.width))

    def rows(self, rows: Sequence[dict[str, Any]], columns: Sequence[str], table: Callable[[], None] | None = None) -> None:
        """Rows in the chosen format: ``columns`` for a table (or ``table()`` draws it),
        and for csv those first, then every other field the rows have."""
        if self.fmt == "json":
            self.write(json_text(list(rows)))
        elif self.fmt == "nl":
            self.write(nl_text(rows))
        elif self.fmt == "csv":
            self.csv(rows, all_columns(rows, columns))
        elif table is not None:
            table()
        else:
            self.table(rows, columns)

    def csv(self, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
        text = csv_text(rows, columns)
        if self.bom and self.path is None and not self._started:
            text = BOM + text  # the file case adds it through the encoding
        self.write(text)

    def json(self, obj: Any, flat: Sequence[dict[str, Any]] | None = None, columns: Sequence[str] = ()) -> None:
        """A command whose JSON is one object: the object for json, its ``flat`` rows for
        nl and csv."""
        if self.fmt == "json":
            self.write(json_text(obj))
        else:
            self.rows(list(flat or []), columns)


# --- the decorators ----------------------------------------------------------------


def output_options(fn: Callable | None = None, *, formats: Sequence[str] = FORMATS, default: str = "table"):
    """Add ``--format``, ``--no-bom``, ``-o/--output`` and ``--width``; call the command
    with ``out=Output(...)`` instead of those four."""

    def decorate(f: Callable) -> Callable:
        @functools.wraps(f)
        def wrapper(*args: Any, fmt: str, no_bom: bool, output: str | None, width: int | None, **kwargs: Any):
            out = Output(fmt, bom=not no_bom, path=output, width=width)
            result = f(*args, out=out, **kwargs)
            out.finish()
            return result

        for option in reversed([
            click.option("--format", "fmt", type=click.Choice(list(formats)), default=default, show_default=True,
                         help="table for people; json, nl (one JSON object a line) or csv for tools."),
            click.option("--no-bom", is_flag=True,
                         help="CSV without the UTF-8 byte-order mark (kept by default for Excel)."),
            click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default=None,
                         help="Write to this file instead of stdout (- = stdout)."),
            click.option("--width", type=click.IntRange(min=0), default=None,
                         help="Fit tables to this many columns (default: the terminal's; 0 = no limit)."),
        ]):
            wrapper = option(wrapper)
        return wrapper

    return decorate(fn) if fn is not None else decorate


#: Rows a table shows unless ``--limit N`` or ``--all`` is given (json, nl and csv: all).
DEFAULT_LIMIT = 50


def limit_options(f: Callable) -> Callable:
    """Add ``--limit N`` and ``--all``; call the command with ``limit`` (None: every row).
    Without either, a table shows the first :data:`DEFAULT_LIMIT` rows (and says how many
    more there are, see :func:`more`); json, nl and csv give every row."""

    @functools.wraps(f)
    def wrapper(*args: Any, limit: int | None, show_all: bool, **kwargs: Any):
        if show_all:
            limit = None
        elif limit is None and kwargs.get("fmt", "table") == "table":
            limit = DEFAULT_LIMIT
        return f(*args, limit=limit, **kwargs)

    wrapper = click.option("--all", "show_all", is_flag=True,
                           help=f"Every row (a table shows the first {DEFAULT_LIMIT} by default).")(wrapper)
    return click.option("--limit", type=click.IntRange(min=1), default=None,
                        help=f"At most this many rows (default for tables: {DEFAULT_LIMIT}).")(wrapper)


def more(out: Output, rows: Sequence[Any], what: str = "rows") -> None:
    """Say how many rows a limit left out (``rows.total``, see ``extractor.query.Rows``):
    a line under a table, on stderr for the other formats."""
    left = getattr(rows, "total", len(rows)) - len(rows)
    if left > 0:
        at_least = "" if getattr(rows, "exact", True) else "at least "
        text = f"({at_least}{left} more {what}: use --all to show every row, or --limit N)"
        if out.fmt == "table":
            out.line(text)
        else:
            click.echo(text, err=True)


def examples(*lines: str) -> Callable[[click.Command], click.Command]:
    """Append an "Examples" section to a command's --help (keeps click's formatting)."""

    def decorate(cmd: Any) -> Any:
        text = "\n\nExamples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)
        if isinstance(cmd, click.Command):
            cmd.help = (cmd.help or "") + text
            return cmd
        cmd.__doc__ = (cmd.__doc__ or "").rstrip() + text
        return cmd

    return decorate
