"""CLI commands of the corpus: ``add``, ``list``, ``remove``, ``build`` (thin shells)."""

from __future__ import annotations

import sys

import click

from ..project import Project
from .options import Output, examples, output_options

COMMANDS: list[click.Command] = []

#: Show a progress bar when at least this many notices are to be handled.
PROGRESS_MIN = 20


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--keep-going",
    is_flag=True,
    help="Add the files that can be added, report the others (exit 1 if any was refused).",
)
@click.pass_obj
def add(project: Project, files: tuple[str, ...], keep_going: bool) -> None:
    """Copy notices (.txt in UTF-8/GB18030/UTF-16, or .docx) into the corpus."""
    from .. import corpus

    result = corpus.add(project, files, keep_going=keep_going)
    for entry in result.added:
        title = f"  {entry.title}" if entry.title else ""
        click.echo(f"added {entry.name}  (from {entry.source}){title}")
    for _, reason in result.refused:
        click.echo(f"refused: {reason}", err=True)
    click.echo(f"{len(result.added)} added, {len(result.refused)} refused", err=True)
    if result.refused:
        raise SystemExit(1)


@examples("policykg list", "policykg list --format csv -o notices.csv")
@click.command(name="list")
@output_options
@click.pass_obj
def list_notices(project: Project, out: Output) -> None:
    """Show the notices of the corpus with their metadata and status."""
    from .. import corpus

    rows = [{**e.to_json(), "status": e.status} for e in corpus.entries(project)]
    columns = ["name", "title", "number", "date", "issuer", "status"]
    if out.fmt != "table":
        columns = ["name", "source", "title", "number", "date", "issuer", "added", "sha256", "status"]
    out.rows(rows, columns)


@click.command()
@click.argument("names", nargs=-1, required=True)
@click.pass_obj
def remove(project: Project, names: tuple[str, ...]) -> None:
    """Take notices out of the corpus (NAME: stored name, without .txt, or a unique prefix)."""
    from .. import corpus

    chosen = [corpus.resolve(project, name) for name in names]  # all names valid, or none removed
    for name in dict.fromkeys(chosen):
        entry = corpus.remove(project, name)
        note = " (its file was already gone)" if entry.status == "missing" else ""
        click.echo(f"removed {entry.name}{note}")


def _want_progress(total: int) -> bool:
    """A progress bar for long runs, on a terminal only (logs stay clean)."""
    return total >= PROGRESS_MIN and sys.stderr.isatty()


@click.command()
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract in this many parallel processes.")
@click.option("--force", is_flag=True, help="Re-extract every notice, ignoring the cache.")
@click.pass_obj
def build(project: Project, jobs: int, force: bool) -> None:
    """Build graphs/graph.json, re-extracting only new or changed notices."""
    from .. import build as build_mod
    from ..corpus import corpus_files

    total = len(corpus_files(project))
    stderr = sys.stderr
    if _want_progress(total):
        with click.progressbar(length=total, label="building", file=stderr, show_pos=True) as bar:
            summary = build_mod.build(project, jobs=jobs, force=force, progress=lambda *_: bar.update(1))
    else:
        summary = build_mod.build(project, jobs=jobs, force=force)
    for warning in summary.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(summary.line())
    if summary.failed:
        raise SystemExit(1)


COMMANDS.extend([add, list_notices, remove, build])
