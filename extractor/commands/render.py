"""CLI command ``render``: the graph as an interactive, offline HTML page."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import NotFoundError, PolicyKGError
from ..project import Project
from .options import examples

COMMANDS: list[click.Command] = []


@examples("policykg render", "policykg render -m 奈曼旗 -o naiman.html", "policykg render --compare 奈曼旗 昌吉市",
          "policykg render --matrix --disease 结核病", "policykg render --matrix --place 奈曼旗 --kind 公安",
          "policykg extract 通知.txt | policykg render --graph - -o 通知.html")
@click.command()
@click.option("--mechanism", "-m", help="Draw one mechanism: its bodies, members, people, duties.")
@click.option("--org", help="Draw an organization and its neighbourhood.")
@click.option("--disease", help="Draw a disease and its neighbourhood.")
@click.option("--kind", help="Draw the organizations of a department kind (e.g. 公安) and their neighbourhood.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Neighbourhood radius (hops).")
@click.option("--compare", nargs=2, metavar="A B", help="Compare two mechanisms by department kind.")
@click.option("--matrix", is_flag=True,
              help="A responsibility matrix (bodies by kind, duties with role, deadline, evidence on hover) "
              "of the selection instead of a graph.")
@click.option("--place", help="With --matrix: only bodies of this place (e.g. 奈曼旗).")
@click.option(
    "--graph",
    "graph_file",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Node-link graph JSON to draw (default: the project's store, graphs/graph.db; - = stdin).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="HTML file to write (default: graphs/graph.html; graphs/compare.html with --compare, graphs/matrix.html with --matrix; - = stdout).",
)
@click.pass_obj
def render(
    project: Project,
    mechanism: str | None,
    org: str | None,
    disease: str | None,
    kind: str | None,
    depth: int,
    compare: tuple[str, str] | None,
    matrix: bool,
    place: str | None,
    graph_file: str | None,
    output: str | None,
) -> None:
    """Write the graph as a self-contained HTML page (opens offline from file://)."""
    import networkx as nx

    from ..graph import load
    from ..render import render as render_page

    if graph_file == "-":
        import json
        import sys

        from ..graph import from_node_link

        try:
            graph = from_node_link(json.loads(sys.stdin.read()))
        except (ValueError, KeyError, TypeError, nx.NetworkXError) as err:
            raise PolicyKGError(f"stdin is not a policykg graph (node-link JSON): {err}") from None
    elif graph_file:
        src = Path(graph_file)
        if not src.is_file():
            raise NotFoundError(f"no graph at {src}: pass a node-link JSON file (policykg export --format json)")
        try:
            graph = load(src)
        except (ValueError, KeyError, TypeError, nx.NetworkXError) as err:
            raise PolicyKGError(f"{src} is not a policykg graph file: {err}") from None
    else:
        from ..query import open_store

        conn = open_store(project)
        try:
            graph = _from_store(conn, mechanism, org, disease, kind, depth, compare)
        finally:
            conn.close()
    if compare and (mechanism or org or disease or kind):
        raise PolicyKGError("--compare draws two whole mechanisms; it cannot be combined with other filters")
    if place and not matrix:
        raise PolicyKGError("--place selects rows of a --matrix page; add --matrix")
    if matrix and compare:
        raise PolicyKGError("--matrix and --compare are two different pages; choose one")
    default = "compare.html" if compare else "matrix.html" if matrix else "graph.html"
    to_stdout = output == "-"
    if to_stdout:
        import tempfile

        tmp = tempfile.TemporaryDirectory(prefix="policykg-")
        out = Path(tmp.name) / default
    else:
        out = Path(output) if output else project.graphs_dir / default
    if matrix:
        from ..render import render_matrix

        summary = render_matrix(graph, out, mechanism=mechanism, org=org, disease=disease, kind=kind, place=place)
    else:
        summary = render_page(
            graph, out, mechanism=mechanism, org=org, disease=disease, kind=kind, depth=depth,
            compare=(compare[0], compare[1]) if compare else None,
        )
    for warning in summary["warnings"]:
        click.echo(f"warning: {warning}", err=True)
    if to_stdout:
        click.echo(out.read_text(encoding="utf-8"), nl=False)
        tmp.cleanup()
        summary["path"] = "-"
    if matrix:
        line = f"wrote {summary['path']}: {summary['rows']} duties of {summary['bodies']} bodies in {summary['kinds']} kinds"
    else:
        line = f"wrote {summary['path']}: {summary['nodes']} nodes, {summary['edges']} edges"
    if "shared" in summary:
        line += (
            f"; shared kinds ({len(summary['shared'])}): {'、'.join(summary['shared'])}"
            f"; only in A: {len(summary['only_a'])}, only in B: {len(summary['only_b'])}"
        )
    click.echo(line, err=to_stdout)


#: Stores up to this many nodes are drawn from the whole graph; larger ones from the part
#: around what the filters name, selected in SQL (the page is the same: render's own
#: selection then runs on a subgraph that holds everything it can reach).
WHOLE_GRAPH_MAX = 20_000


def _from_store(conn, mechanism, org, disease, kind, depth, compare):  # noqa: ANN001, ANN202
    """The networkx graph render needs: the whole store, or for a large store with filters
    the neighbourhood of the named nodes (names resolved in SQL, as the queries do)."""
    from .. import query as q
    from ..graph import load

    total = conn.execute("SELECT count(*) FROM nodes").fetchone()[0]
    if total <= WHOLE_GRAPH_MAX or not (mechanism or org or disease or kind or compare):
        return load(conn)
    seeds: list[str] = []
    mechs = [q.resolve_mechanism(conn, m) for m in ([mechanism] if mechanism else []) + list(compare or [])]
    for m in mechs:
        seeds.append(m)
        seeds += q.mechanism_duties(conn, m)
        seeds += [r[0] for r in conn.execute(
            "SELECT source FROM edges WHERE target = ? AND relation = 'establishes'", (m,))]
    if org:
        seeds += q.resolve_orgs(conn, org)[0]
    if disease:
        seeds.append(q.resolve(conn, disease, ["disease"], "disease"))
    if kind:
        seeds += [r[0] for r in conn.execute(
            "SELECT id FROM nodes WHERE type = 'organization' AND kind = ?", (kind,))]
    return load(conn, nodes=seeds, depth=depth + 3)


COMMANDS.append(render)
