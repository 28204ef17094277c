"""Rewriting notices already in a large store (what a build does after an extractor change).

    python benchmarks/rewrite.py HOME [--notices 200] [--mode same|changed|removed] [--code DIR]

HOME is a built project (``graphs/graph.db`` and the build cache ``corpus/.cache/``).
``--notices`` notices spread over the corpus are written again from their cached graphs in
one build group (:class:`extractor.store.Batch`), its merge and full-text rows done, and
then rolled back (HOME is left as it was; the commit is not timed). ``same``: the graphs as cached (a
re-extraction that changed nothing in them); ``changed``: every organization and disease
node gets one more alias (a re-extraction that changed the nodes shared with thousands of
notices); ``removed``: the notices are taken out. Prints CPU and wall seconds per notice,
the group's merge included. ``--code DIR``: import ``extractor`` from another checkout
(the code before a change), the same store and notices.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("home", type=Path)
    ap.add_argument("--notices", type=int, default=200)
    ap.add_argument("--mode", choices=("same", "changed", "removed"), default="same")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout to import extractor from")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    from extractor import store
    from extractor.project import Project
    from extractor.store import build as build_mod

    project = Project.at(args.home)
    names = sorted(p.name for p in project.corpus_dir.glob("*.txt"))
    step = max(1, len(names) // args.notices)
    chosen = names[::step][: args.notices]
    graphs = {}
    for name in chosen:
        data = build_mod._load_cached_data(build_mod._cache_file(project, name))
        if data is None:
            raise SystemExit(f"{name} has no cached graph: build {args.home} first")
        if args.mode == "changed":
            for node in data["nodes"]:
                if node.get("type") in ("organization", "disease"):
                    node["aliases"] = [*node.get("aliases", []), f"{node.get('name')}(重提)"]
        graphs[name] = data
    conn = store.connect(project.db_path, create=True)
    held = conn.execute("SELECT count(*) FROM notices").fetchone()[0]
    cpu, wall = time.process_time(), time.perf_counter()
    batch = store.Batch(conn, notices=len(chosen) + 1, seconds=1e9)
    batch.__enter__()
    try:
        for name in chosen:
            if args.mode == "removed":
                store.remove_notice(conn, name)
            else:
                store.write_notice(conn, name, graphs[name], hash="rewrite", extractor="rewrite")
            batch.done_one()
        batch.flush()  # the group's merge and full-text rows: all but the commit
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    finally:
        conn.execute("ROLLBACK")  # HOME's store is left as it was
        store._BATCHES.pop(id(conn), None)
        conn.close()
    print(f"{args.mode}: {len(chosen)} notices of {held} in {wall:.1f} s wall, {cpu:.1f} s CPU: "
          f"{cpu / len(chosen) * 1000:.1f} ms CPU per notice ({args.code})")


if __name__ == "__main__":
    main()
