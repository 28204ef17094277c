"""A cold ``policykg build`` of HOME with its build groups' ends timed: how long the writer
spent in each group's merge, full-text index and commit, and how many notices the workers
finished meanwhile (a cache file is written as a worker finishes a notice).

    POLICYKG_BATCH_NOTICES=250 python benchmarks/group_ends.py HOME --jobs 2

Removes HOME's graph.db and build cache first. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    import extractor.store as store
    from extractor.cli import main as cli

    home = Path(sys.argv[1])
    spans: list[tuple[float, float, float]] = []
    flush = store.Batch.flush

    def timed_flush(self: Any) -> None:
        wall, cpu = time.time(), time.process_time()
        flush(self)
        spans.append((wall, time.time(), time.process_time() - cpu))

    store.Batch.flush = timed_flush  # type: ignore[method-assign]
    for f in (home / "graphs").glob("graph.db*"):
        f.unlink()
    cache = home / "corpus" / ".cache"
    for f in cache.glob("*") if cache.is_dir() else ():
        f.unlink()
    wall, cpu = time.time(), time.process_time()
    sys.argv = ["policykg", "--home", str(home), "build", *sys.argv[2:]]
    try:
        cli()
    except SystemExit:
        pass
    ends = spans[:-1]  # (the last is the build's own end: nothing left to extract)
    done = [p.stat().st_mtime for p in cache.glob("*.json")]
    print(json.dumps({
        "wall": round(time.time() - wall, 1), "main_cpu": round(time.process_time() - cpu, 1),
        "group_ends": len(ends), "group_ends_wall": round(sum(b - a for a, b, _ in ends), 1),
        "group_ends_cpu": round(sum(c for *_, c in ends), 1),
        "extracted_meanwhile": sum(1 for t in done if any(a <= t <= b for a, b, _ in ends)),
        "load": round(os.getloadavg()[0], 1)}))


if __name__ == "__main__":
    main()
