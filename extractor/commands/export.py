"""CLI command ``export``: the built graph as JSON, GraphML, GEXF, neo4j CSV or Cypher."""

from __future__ import annotations

import click

from ..project import Project
from .options import examples

COMMANDS: list[click.Command] = []

EXPORT_FORMATS = ("json", "graphml", "gexf", "csv", "cypher")


@examples("policykg export --format graphml -o graphs/kg.graphml",
          "policykg export --format csv -o graphs/neo4j/", "policykg export --format cypher -o - | cypher-shell")
@click.command()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="Export format.")
@click.option(
    "-o", "--output", required=True, type=click.Path(allow_dash=True),
    help="Output file (- = stdout); for csv a folder that receives nodes.csv and relationships.csv.",
)
@click.pass_obj
def export(project: Project, fmt: str, output: str) -> None:
    """Export the built graph (graphs/graph.json) for Gephi, networkx or neo4j."""
    from ..export import export as do_export
    from ..export import export_text
    from ..query import load_graph

    g = load_graph(project)
    if output == "-":
        click.echo(export_text(g, fmt), nl=False)
        return
    written = do_export(g, fmt, output)
    click.echo(
        f"wrote {', '.join(str(p) for p in written)}: "
        f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges",
        err=True,
    )


COMMANDS.append(export)
