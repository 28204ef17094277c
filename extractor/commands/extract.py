"""CLI command ``extract``: notices in, node-link JSON out."""

from __future__ import annotations

from pathlib import Path

import click

from .options import examples

COMMANDS: list[click.Command] = []


STDIN_NAME = "stdin.txt"


def _extract_stdin():
    import sys

    from ..errors import InputError
    from ..pipeline import extract_text
    from ..read import MAX_BYTES, decode_bytes

    data = sys.stdin.buffer.read(MAX_BYTES + 1) if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    if len(data) > MAX_BYTES:
        raise InputError(f"{STDIN_NAME}: the input is too large (the limit is {MAX_BYTES // 2**20} MB)")
    return extract_text(decode_bytes(data, STDIN_NAME), STDIN_NAME)


@examples("policykg extract 通知.txt", "policykg extract corpus/*.txt -o graphs/seeds.json",
          "cat 通知.txt | policykg extract -")
@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write to a file instead of stdout (- = stdout).")
def extract(files: tuple[str, ...], fmt: str, output: str | None) -> None:
    """Extract the knowledge graph of FILES (one merged graph) as node-link JSON.

    FILE - reads a notice from stdin (named stdin.txt in the graph).
    """
    from ..graph import dumps, merge, save
    from ..pipeline import extract_file

    graph = merge(_extract_stdin() if f == "-" else extract_file(Path(f)) for f in files)
    if output and output != "-":
        save(graph, output)
        click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", err=True)
    else:
        click.echo(dumps(graph))


COMMANDS.append(extract)
