"""CLI command ``export``: the built graph as JSON, GraphML, GEXF, neo4j CSV or Cypher."""

from __future__ import annotations

import click

from ..project import Project
from .options import examples

COMMANDS: list[click.Command] = []

EXPORT_FORMATS = ("json", "graphml", "gexf", "csv", "neo4j", "cypher")


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
    """Export the graph store (graphs/graph.db) for Gephi, networkx or neo4j.

    json is networkx node-link JSON (the former graphs/graph.json; read it back with
    extractor.graph.load(PATH)); graphml and gexf for Gephi; csv (neo4j-admin import folder)
    and cypher for neo4j.
    """
    from ..export import export as do_export
    from ..export import export_text
    from ..graph import load
    from ..query import open_store

    conn = open_store(project)
    try:
        g = load(conn)
    finally:
        conn.close()
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
