"""CLI command ``extract``: notices in, node-link JSON out."""

from __future__ import annotations

from pathlib import Path

import click

COMMANDS: list[click.Command] = []


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to a file instead of stdout.")
def extract(files: tuple[str, ...], fmt: str, output: str | None) -> None:
    """Extract the knowledge graph of FILES (one merged graph) as node-link JSON."""
    from ..graph import dumps, merge, save
    from ..pipeline import extract_file

    graph = merge(extract_file(Path(f)) for f in files)
    if output:
        save(graph, output)
        click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", err=True)
    else:
        click.echo(dumps(graph))


COMMANDS.append(extract)
