"""CLI command ``show``: one notice as an HTML page with its findings highlighted."""

from __future__ import annotations

from pathlib import Path

import click

from .options import examples

COMMANDS: list[click.Command] = []


@examples("policykg show corpus/000_72e586122159874d.txt", "policykg show 通知.docx -o 通知.html")
@click.command()
@click.argument("notice", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the page here (default: NOTICE's name with .html, in the current folder).")
def show(notice: str, output: str | None) -> None:
    """Render NOTICE with its spans highlighted (organizations, people, duties, diseases,
    mechanisms, deadlines): an offline, self-contained HTML page."""
    from ..graph import atomic_write_text
    from ..pipeline import analyze
    from ..read import read_notice
    from ..show import render_doc

    path = Path(notice)
    doc = analyze(read_notice(path), path.name)
    out = Path(output) if output else Path(path.stem + ".html")
    atomic_write_text(out, render_doc(doc, path.name))
    counts = {k: len(doc.spans[k]) for k in ("orgs", "people", "duties", "diseases") if k in doc.spans}
    click.echo(f"wrote {out}: " + ", ".join(f"{n} {k}" for k, n in counts.items()), err=True)


COMMANDS.append(show)
