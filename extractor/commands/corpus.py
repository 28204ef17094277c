"""CLI commands of the corpus: ``add``, ``list``, ``remove``, ``build`` (thin shells)."""

from __future__ import annotations

import sys

import click

from ..project import Project
from .options import Output, examples, output_options

COMMANDS: list[click.Command] = []

REBUILD_HINT = "run `policykg build` to update the graph"

#: Show a progress bar when at least this many notices are to be handled.
PROGRESS_MIN = 20


@examples("policykg add ~/Downloads/某县通知.docx", "policykg add 通知1.txt 通知2.txt --keep-going && policykg build",
          "policykg add ~/notices/ --recursive", "policykg add '~/notices/*.docx'",
          "curl -s https://…/notice.txt | policykg add - --name 某县通知.txt")
@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-R", "--recursive", is_flag=True,
              help="A FOLDER gives the .txt/.docx files of its subfolders too (and ** in a pattern).")
@click.option(
    "--keep-going",
    is_flag=True,
    help="Add the files that can be added, report the others (exit 1 if any was refused).",
)
@click.option("--name", "stdin_name", default="stdin.txt", show_default=True,
              help="File name for the notice read from stdin (FILE -).")
@click.pass_obj
def add(project: Project, files: tuple[str, ...], recursive: bool, keep_going: bool, stdin_name: str) -> None:
    """Copy notices (.txt in UTF-8/GB18030/UTF-16, or .docx) into the corpus.

    FILES are files, folders (their .txt and .docx files; --recursive for subfolders),
    patterns such as '*.docx' (quoted or not), or - for one notice from stdin. Either every
    file is added or, if any is refused, none (one line per refused file); a file of a
    folder whose text is already in the corpus is skipped, so adding a folder again adds
    only its new notices.
    """
    import tempfile
    from pathlib import Path

    from ..errors import InputError
    from ..store import corpus

    expanded = corpus.expand([f for f in files if f != "-"], recursive=recursive)
    refused_args = [f"refused: {reason}" for _, reason in expanded.problems]
    if refused_args and not keep_going:
        many = len(refused_args) > 1
        raise InputError(f"nothing added: {expanded.problems[0][1]}" if not many else
                         f"nothing added: {len(refused_args)} arguments name no notice",
                         details=refused_args if many else None)
    with tempfile.TemporaryDirectory(prefix="policykg-add-") as tmp:
        paths: list[str] = [str(f) for f in expanded.files]
        if "-" in files:
            from ..read import MAX_BYTES

            stdin = getattr(sys.stdin, "buffer", None)
            data = stdin.read(MAX_BYTES + 1) if stdin else sys.stdin.read().encode("utf-8")
            src = Path(tmp) / (Path(stdin_name).name or "stdin.txt")
            src.write_bytes(data)
            paths.append(str(src))
        if not paths:
            for line in refused_args:
                click.echo(line, err=True)
            click.echo(f"0 added, {len(refused_args)} refused", err=True)
            raise SystemExit(1)
        result = corpus.add(project, paths, keep_going=keep_going, found=expanded.found)
    for entry in result.added:
        title = f"  {entry.title}" if entry.title else ""
        click.echo(f"added {entry.name}  (from {entry.source}){title}")
    for line in refused_args:
        click.echo(line, err=True)
    for _, reason in result.refused:
        click.echo(f"refused: {reason}", err=True)
    summary = f"{len(result.added)} added, {len(result.refused) + len(refused_args)} refused"
    if result.skipped:
        summary += f", {len(result.skipped)} already in the corpus (same text)"
    if expanded.ignored:
        n = expanded.ignored
        summary += f"; {n} other file{'s' if n > 1 else ''} of the folders left alone (not .txt/.docx, or hidden)"
    click.echo(summary, err=True)
    if result.added:
        click.echo(REBUILD_HINT, err=True)
    if result.refused or refused_args:
        raise SystemExit(1)


@examples("policykg list", "policykg list --format csv -o notices.csv")
@click.command(name="list")
@output_options
@click.pass_obj
def list_notices(project: Project, out: Output) -> None:
    """Show the notices of the corpus with their metadata and status."""
    from ..store import corpus

    rows = [{**e.to_json(), "status": e.status} for e in corpus.entries(project)]
    columns = ["name", "title", "number", "date", "issuer", "status"]
    if out.fmt != "table":
        columns = ["name", "source", "title", "number", "date", "issuer", "added", "sha256", "status"]
    out.rows(rows, columns)


@examples("policykg remove 005", "policykg remove 005_3f2a9c && policykg build")
@click.command()
@click.argument("names", nargs=-1, required=True)
@click.pass_obj
def remove(project: Project, names: tuple[str, ...]) -> None:
    """Take notices out of the corpus (NAME: stored name, without .txt, or a unique prefix)."""
    from ..store import corpus

    chosen = [corpus.resolve(project, name) for name in names]  # all names valid, or none removed
    for name in dict.fromkeys(chosen):
        entry = corpus.remove(project, name)
        note = " (its file was already gone)" if entry.status == "missing" else ""
        click.echo(f"removed {entry.name}{note}")
    click.echo(REBUILD_HINT, err=True)


class Eta:
    """An honest time-left for the progress bar: nothing until a few notices are done and
    a few seconds have passed (the first notice also loads the language model, so an
    estimate from it alone would promise minutes for a build of seconds), then the rate
    since the first notice, rounded to seconds (minutes only past 90 s)."""

    MIN_DONE = 3
    MIN_SECONDS = 2.0

    def __init__(self, total: int, clock=None) -> None:
        import time

        self.total = total
        self.clock = clock or time.monotonic
        self.start = self.clock()
        self.first: float | None = None
        self.done = 0

    def step(self) -> str:
        self.done += 1
        now = self.clock()
        if self.first is None:
            self.first = now
        return self.text(now)

    def text(self, now: float) -> str:
        left = self.total - self.done
        if left <= 0 or self.done < self.MIN_DONE or now - self.start < self.MIN_SECONDS or self.first is None:
            return ""
        rate = (self.done - 1) / max(now - self.first, 1e-6)
        seconds = left / rate
        if seconds >= 90:
            return f"about {round(seconds / 60)} min left"
        return f"about {max(1, round(seconds))} s left"


def _terminal() -> bool:
    return sys.stderr.isatty()


def _want_progress(total: int) -> bool:
    """A progress bar for long runs, on a terminal only (logs stay clean)."""
    return total >= PROGRESS_MIN and _terminal()


@examples("policykg build", "policykg build -j 4", "policykg build --force")
@click.command()
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract in this many parallel processes.")
@click.option("--force", is_flag=True, help="Re-extract every notice, ignoring the cache.")
@click.option("--rehash", is_flag=True,
              help="Read and hash every notice, also those whose size and modification time are as stored "
                   "(a file changed without changing either); only changed notices are extracted.")
@click.option("--dask", "dask", metavar="ADDRESS",
              help="Extract on a dask.distributed cluster (tcp://HOST:8786; pip install 'policykg[dask]').")
@click.pass_obj
def build(project: Project, jobs: int, force: bool, rehash: bool, dask: str | None) -> None:
    """Build the graph store graphs/graph.db, extracting only new or changed notices."""
    from ..store import build as build_mod
    from ..store.corpus import corpus_files

    total = len(corpus_files(project)) if _terminal() else 0  # (the build lists the corpus itself)
    stderr = sys.stderr
    if _want_progress(total):
        eta = Eta(total)
        with click.progressbar(length=total, label="building", file=stderr, show_pos=True, show_eta=False,
                               item_show_func=lambda text: text) as bar:
            summary = build_mod.build(project, jobs=jobs, force=force, rehash=rehash,
                                      progress=lambda *_: bar.update(1, eta.step()), dask=dask)
    else:
        summary = build_mod.build(project, jobs=jobs, force=force, rehash=rehash, dask=dask)
    for warning in summary.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(summary.line())
    if summary.failed:
        raise SystemExit(1)


COMMANDS.extend([add, list_notices, remove, build])
