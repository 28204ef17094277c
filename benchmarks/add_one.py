"""Add one notice + build, two source trees in turn: the CPU seconds of each build process.

    python benchmarks/add_one.py --home OUT/syn_10000 --notice NEW.txt [--runs 6] TREE_A TREE_B

For each run and each tree (A, B, A, B …): the notice is taken out of the home (``remove``
and a build), ``policykg add``-ed again (its build cache is gone, so it is extracted), and
``policykg build`` of that tree runs; its CPU (user + system, from ``wait4``), wall and
peak RSS are kept. Prints each tree's median and range and the A/B ratio of CPU pair by
pair: on a shared machine, quote the ratios and CPU, not the wall. ``--what add`` times
the ``add`` instead of the build; ``--what nothing`` a build with nothing changed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _env(tree: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # (an installed policykg has its bytecode)
    return env


def _cli(tree: Path, home: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "extractor", "--home", str(home), *args]


def _quiet(tree: Path, home: Path, *args: str) -> None:
    subprocess.run(_cli(tree, home, *args), cwd=tree, env=_env(tree), stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)


def _timed(tree: Path, home: Path, *args: str) -> tuple[float, float, float]:
    """(CPU s, wall s, peak RSS MB) of one policykg process."""
    start = time.perf_counter()
    proc = subprocess.Popen(_cli(tree, home, *args), cwd=tree, env=_env(tree), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise SystemExit(f"{tree}: policykg {' '.join(args)} failed ({status})")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - start, usage.ru_maxrss / 1024


def _extractor_key(tree: Path) -> str:
    code = "from extractor.store.build import extractor_key; print(extractor_key())"
    return subprocess.run([sys.executable, "-c", code], cwd=tree, env=_env(tree), capture_output=True, text=True,
                          check=True).stdout.strip()


def one_run(tree: Path, reset_tree: Path, home: Path, notice: Path, what: str) -> tuple[float, float, float]:
    _quiet(reset_tree, home, "remove", notice.name)
    _quiet(reset_tree, home, "build")
    if what == "nothing":
        return _timed(tree, home, "build")
    if what == "add":
        return _timed(tree, home, "add", str(notice))
    _quiet(reset_tree, home, "add", str(notice))
    return _timed(tree, home, "build")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--home", type=Path, required=True, help="a built project home")
    ap.add_argument("--notice", type=Path, required=True, help="a notice not in its corpus")
    ap.add_argument("--runs", type=int, default=6)
    ap.add_argument("--what", choices=("build", "add", "nothing"), default="build")
    ap.add_argument("trees", type=Path, nargs=2, help="two source trees (A, B)")
    args = ap.parse_args()
    trees = [t.resolve() for t in args.trees]
    keys = {_extractor_key(t) for t in trees}
    if len(keys) > 1:  # (each build would extract every notice again for the other)
        raise SystemExit(f"the two trees extract differently (extractor keys {sorted(keys)}): compare trees "
                         "whose extraction code is the same")
    got: dict[Path, list[tuple[float, float, float]]] = {t: [] for t in trees}
    for _ in range(args.runs):
        for tree in trees:
            got[tree].append(one_run(tree, trees[0], args.home, args.notice, args.what))
    _quiet(trees[0], args.home, "remove", args.notice.name)
    _quiet(trees[0], args.home, "build")
    for tree in trees:
        cpu = [r[0] for r in got[tree]]
        wall = [r[1] for r in got[tree]]
        print(f"{tree}: CPU median {statistics.median(cpu):.3f} s ({min(cpu):.3f}-{max(cpu):.3f}), "
              f"wall median {statistics.median(wall):.3f} s ({min(wall):.3f}-{max(wall):.3f}), "
              f"peak RSS {max(r[2] for r in got[tree]):.0f} MB")
    ratios = [a[0] / b[0] for a, b in zip(got[trees[0]], got[trees[1]], strict=True)]
    print(f"A/B CPU pair by pair: {' '.join(f'{r:.2f}' for r in ratios)}; median {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
