"""Stand-in for ``policykg build`` while that command is missing: extract every notice of
HOME/corpus (``--jobs`` processes), merge, save HOME/graphs/graph.json. No cache.

    python benchmarks/fallback_build.py HOME [--jobs N]
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor.graph import from_node_link, merge, save, to_node_link  # noqa: E402


def _one(path: str) -> dict:
    from extractor.pipeline import extract_file

    return to_node_link(extract_file(path))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("home", type=Path)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    files = sorted(str(p) for p in (args.home / "corpus").glob("*.txt"))
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            datas = list(pool.map(_one, files, chunksize=8))
    else:
        datas = [_one(f) for f in files]
    graph = merge(from_node_link(d) for d in datas)
    out = save(graph, args.home / "graphs" / "graph.json")
    print(f"built {out}: {len(files)} notices, {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


if __name__ == "__main__":
    main()
