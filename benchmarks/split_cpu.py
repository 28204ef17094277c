"""Run ``policykg ARGS`` in this process and print, on stderr at exit, the CPU seconds and
peak RSS of this (main) process and of its waited-for children (a build's workers):

    python benchmarks/split_cpu.py --home DIR build --jobs 2

The last stderr line reads ``cpu split: main 150.2 s, 955 MB; workers 210.3 s, 157 MB``.
``benchmarks/run.py`` runs its builds through it, so a build row shows where the CPU went.
"""

from __future__ import annotations

import atexit
import resource
import sys


def split_line() -> str:
    """The CPU seconds and peak RSS of this process and of its reaped children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (f"cpu split: main {own.ru_utime + own.ru_stime:.1f} s, {own.ru_maxrss / 1024:.0f} MB; "
            f"workers {kids.ru_utime + kids.ru_stime:.1f} s, {kids.ru_maxrss / 1024:.0f} MB")


def _report() -> None:
    sys.stderr.write(split_line() + "\n")
    sys.stderr.flush()


if __name__ == "__main__":
    atexit.register(_report)
    from extractor.cli import main

    main()
