"""CLI command ``evaluate``: precision/recall/F1 of the extractor against the gold files."""

from __future__ import annotations

from pathlib import Path

import click

from ..project import Project
from .options import Output, examples, output_options

COMMANDS: list[click.Command] = []


@examples("policykg evaluate", "policykg evaluate --gold tests/gold/blind4 --corpus tests/gold/blind4/notices",
          "policykg evaluate --category duties --details")
@click.command()
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder of gold annotations (default: tests/gold under the project home).",
)
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Folder of the notices named by the gold files (default: the project's corpus/).",
)
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(dir_okay=False, allow_dash=True),
    default=None,
    help="Score this built graph (node-link JSON; - = stdin) instead of extracting each notice.",
)
@output_options
@click.option(
    "--category",
    "categories",
    multiple=True,
    help="Only these categories (repeatable), e.g. --category duties --category diseases.",
)
@click.option("--details", is_flag=True, help="Also list the missed and spurious facts.")
@click.pass_obj
def evaluate(
    project: Project,
    gold_dir: str | None,
    corpus_dir: str | None,
    graph_path: str | None,
    out: Output,
    categories: tuple[str, ...],
    details: bool,
) -> None:
    """Extract each notice that has a gold file and print precision/recall/F1.

    One row per notice and category (tp/fp/fn = true positives, false positives, false
    negatives), then the micro totals over all notices.
    """
    from ..errors import InputError
    from ..evaluate import CATEGORIES, evaluate_corpus, micro, table_rows
    unknown = [c for c in categories if c not in CATEGORIES]
    if unknown:
        raise InputError(f"unknown category {unknown[0]!r}; choose from {', '.join(CATEGORIES)}")
    cats = list(categories) or list(CATEGORIES)
    gold = Path(gold_dir) if gold_dir else project.home / "tests" / "gold"
    graph = None
    if graph_path:
        import networkx as nx

        from ..graph import load

        try:
            if graph_path == "-":
                import json
                import sys

                from ..graph import from_node_link

                graph = from_node_link(json.loads(sys.stdin.read()))
            else:
                graph = load(graph_path)
        except (OSError, ValueError, KeyError, TypeError, nx.NetworkXError) as err:
            raise InputError(f"cannot read graph {graph_path}: {err}") from None
    results = evaluate_corpus(
        gold, Path(corpus_dir) if corpus_dir else project.corpus_dir, graph=graph
    )
    if out.fmt != "table":
        obj = {
            "notices": {
                doc: {c: _pick(res[c], details) for c in cats} for doc, res in results.items()
            },
            "micro": {c: v for c, v in micro(results.values()).items() if c in cats},
        }
        flat = [{"notice": doc, "category": c, **_pick(res[c], details)} for doc, res in results.items() for c in cats]
        flat += [{"notice": "micro", "category": c, **v} for c, v in obj["micro"].items()]
        out.json(obj, flat, ["notice", "category", "precision", "recall", "f1", "tp", "fp", "fn"])
        return
    columns = ["notice", "category", "P", "R", "F1", "tp/fp/fn"]
    out.table(table_rows(results, cats), columns)
    if details:
        for doc, res in results.items():
            for c in cats:
                for kind in ("missed", "spurious"):
                    for fact in res[c][kind]:
                        out.line(f"{doc.split('_')[0]}  {c}  {kind}: {fact}")


def _pick(counts: dict, details: bool) -> dict:
    if details:
        return counts
    return {k: v for k, v in counts.items() if k not in ("missed", "spurious")}


COMMANDS.append(evaluate)
