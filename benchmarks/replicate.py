"""A store of N x the notices of a built project, written from its build cache through the
store's own writing path: what a build writes once every notice is extracted.

    python benchmarks/replicate.py SRC_HOME OUT_HOME [--copies 10] [--queries]

Extracting 100,000 notices does not fit a small shared machine (extraction is per notice,
so its time per notice does not depend on the corpus size: the 1,000- and 10,000-notice
builds show it); writing them into the store does depend on its size. This writes
``--copies`` copies of every notice of SRC_HOME's build cache (``corpus/.cache``, the
per-notice graphs a build keeps) into OUT_HOME/graphs/graph.db, copy ``k`` of notice
``NAME`` named ``cKK_NAME`` (the name replaced inside its ids and fields: ``doc:``,
``duty:NAME#…``, ``doc``, ``docs``), in name order, with :func:`extractor.store.write_notice`
inside :class:`extractor.store.Batch` groups, as ``policykg build`` writes (the per-notice
all-or-nothing guarantee, the merge of shared ids per group, the full-text index before
each commit), then keeps the counts as a build does. Bodies, mechanisms, persons and
diseases keep their names, so every copy names the same ones again (as a larger
collection of one region would): the merged nodes are shared by 10x more notices, the
notices' own nodes (documents, duties) are 10x more. Prints, per copy, the CPU and wall
seconds per notice of its writes, and at the end the size of the store, its peak RSS,
and with ``--queries`` the query rows of ``benchmarks/run.py`` on it.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def cached_notices(src: Path) -> list[tuple[str, Path]]:
    """(notice name, its build-cache file) of every build-cache file, by name."""
    out = []
    for p in (src / "corpus" / ".cache").glob("*.json"):
        with open(p, encoding="utf-8") as fh:
            out.append((json.loads(fh.readline())["doc"], p))
    out.sort()
    return out


def cached_graph(path: Path) -> str:
    """The node-link graph of a build-cache file, as JSON text (its second line)."""
    with open(path, encoding="utf-8") as fh:
        fh.readline()
        return fh.readline()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", type=Path, help="a built project home (its corpus/.cache)")
    ap.add_argument("out", type=Path, help="the project home to write (graphs/graph.db; must not exist)")
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--queries", action="store_true", help="time the query commands on the store after")
    ap.add_argument("--distinct-persons", action="store_true",
                    help="each copy's persons are new ids (person:cKK_…), as new notices name new people:"
                         " the store's nodes grow with the copies as a larger corpus's do")
    ap.add_argument("--bulk", action="store_true",
                    help="write as a build into an empty store writes (a bulk load: connect_bulk, one Batch"
                         " without full text, finish_bulk, timed apart), not notice by notice into a WAL store")
    args = ap.parse_args(argv)

    from extractor import store
    from extractor.store.build import extractor_key

    db = args.out / "graphs" / "graph.db"
    if db.exists():
        print(f"{db} exists: give a new OUT_HOME", file=sys.stderr)
        return 2
    (args.out / "corpus").mkdir(parents=True, exist_ok=True)
    notices = cached_notices(args.src)
    if not notices:
        print(f"{args.src}/corpus/.cache has no build cache: build it first", file=sys.stderr)
        return 2
    key = extractor_key()
    bulk_file = db.parent / f".{db.name}.tmp"
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = store.connect_bulk(bulk_file) if args.bulk else store.connect(db, create=True)
    started = time.perf_counter()
    print(f"{len(notices):,} cached notices x {args.copies} copies -> {db}", flush=True)
    print("| copy | notices in store | CPU ms/notice | wall ms/notice | graph.db MB |")
    print("|---|---|---|---|---|")
    total_cpu = 0.0
    for k in range(args.copies):
        prefix = f"c{k:02d}_"
        cpu0, wall0 = time.process_time(), time.perf_counter()
        with store.Batch(conn, fulltext=not args.bulk) as batch:
            for name, path in notices:
                new = prefix + name
                text = cached_graph(path).replace(json.dumps(name, ensure_ascii=False)[1:-1], new)
                if args.distinct_persons:
                    text = text.replace('"person:', f'"person:{prefix}')
                data = json.loads(text)
                store.write_notice(conn, new, data, hash=None, extractor=key)
                batch.done_one()
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        total_cpu += cpu
        size = sum(p.stat().st_size for p in db.parent.glob(".graph.db*" if args.bulk else "graph.db*")) / 1e6
        print(f"| {k + 1} | {(k + 1) * len(notices):,} | {cpu / len(notices) * 1000:.1f} | "
              f"{wall / len(notices) * 1000:.1f} | {size:,.0f} |", flush=True)
    if args.bulk:
        cpu0, wall0 = time.process_time(), time.perf_counter()
        store.finish_bulk(conn)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        total_cpu += cpu
        n = args.copies * len(notices)
        print(f"finish_bulk (full text, deferred indexes): {cpu:.1f} s CPU ({cpu / n * 1000:.2f} ms/notice),"
              f" {wall:.1f} s wall", flush=True)
    cpu0 = time.process_time()
    _, nodes, edges = store.counts(conn, keep=True)
    if not args.bulk:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    if args.bulk:
        store.put_in_place(bulk_file, db)
    total_cpu += time.process_time() - cpu0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nwrote {args.copies * len(notices):,} notices, {nodes:,} nodes, {edges:,} edges: "
          f"{total_cpu:.0f} s CPU, {time.perf_counter() - started:.0f} s wall, peak RSS {peak:.0f} MB, "
          f"graph.db {db.stat().st_size / 1e6:,.0f} MB", flush=True)
    if args.queries:
        import run

        bench = run.Bench(out=args.out, small=False, env=run.child_env())
        run.queries(bench, args.out, args.copies * len(notices))
        for r in bench.rows:
            print(f"| {r.measure} | {r.value} | {r.note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
