"""Print the README's accuracy tables: micro P/R/F1 per category for each gold set.

    python benchmarks/accuracy.py              # seeds, every set in tests/gold, the measured real sets
    python benchmarks/accuracy.py --snapshot   # rewrite tests/accuracy_snapshot.json

Each row is one gold set (the seeds in corpus/, every sub-folder of tests/gold with its own
notices); cells are ``F1 (tp/fp/fn)``. The figures come from ``extractor.evaluate`` on the
current extractor, the same code as ``policykg evaluate``.

``--snapshot`` records the exact tp/fp/fn of every category ``evaluate`` scores (bodies and
mechanisms too) of every gold set in ``tests/accuracy_snapshot.json``;
``tests/test_accuracy_snapshot.py`` fails when any of them gets worse (tp lower, fp or fn higher). Record an improvement (or a gold file that
changed) by rewriting the snapshot and committing it with the change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.evaluate import CATEGORIES  # noqa: E402  (every category evaluate scores)

SNAPSHOT = ROOT / "tests" / "accuracy_snapshot.json"
# Real sets kept beside tests/gold once measured (development data since). A blind set joins
# this list only after its one honest measurement: until then nothing runs on it.
MEASURED_REAL_SETS = ("heldout_real", "blind_real", "blind_real2", "blind_real3", "blind_real4", "blind_real5", "blind_real6", "blind_real7", "blind_real8", "blind_real9", "blind_real10", "blind_real11", "blind_real12", "blind_real13", "blind_real14", "blind_real15", "blind_real16", "blind_real17", "blind_real18", "blind_real19", "blind_real20", "blind_real21", "blind_real22", "blind_real23", "blind_real24", "blind_real25", "blind_real26", "blind_real27", "blind_real28", "blind_real29", "blind_real30", "blind_real31")


def gold_sets() -> list[tuple[str, Path, Path]]:
    """(label, gold folder, notices folder): the seeds, every sub-folder of tests/gold and the
    measured real sets of ``MEASURED_REAL_SETS``."""
    gold = ROOT / "tests" / "gold"
    sets = [("seeds (tests/gold)", gold, ROOT / "corpus")]
    for sub in sorted(p for p in gold.iterdir() if p.is_dir() and (p / "notices").is_dir()):
        sets.append((f"{sub.name} (tests/gold/{sub.name})", sub, sub / "notices"))
    for name in MEASURED_REAL_SETS:
        sub = ROOT / "tests" / name
        sets.append((f"{name} (tests/{name})", sub, sub / "notices"))
    return sets


def set_key(label: str) -> str:
    """The snapshot's key of a gold set: ``seeds``, ``heldout``, ``blind`` …"""
    return label.split(" ", 1)[0]


def counts(gold: Path, notices: Path, extract: Callable[[Path], Any] | None = None) -> dict[str, dict[str, int]]:
    """``{category: {"tp", "fp", "fn"}}`` of one gold set (micro totals over its notices)."""
    from extractor.evaluate import evaluate_corpus, micro

    totals = micro(evaluate_corpus(gold, notices, extract=extract).values())
    return {cat: {k: int(totals[cat][k]) for k in ("tp", "fp", "fn")} for cat in CATEGORIES if cat in totals}


def snapshot(extract: Callable[[Path], Any] | None = None) -> dict[str, Any]:
    """The snapshot of every gold set (what ``--snapshot`` writes)."""
    return {
        "about": "exact tp/fp/fn per gold set and category; rewrite with "
                 "`python benchmarks/accuracy.py --snapshot` (tests/test_accuracy_snapshot.py)",
        "sets": {set_key(label): counts(gold, notices, extract) for label, gold, notices in gold_sets()},
    }


def write_snapshot(data: dict[str, Any], path: Path = SNAPSHOT) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--snapshot", action="store_true", help=f"rewrite {SNAPSHOT.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    if args.snapshot:
        print(f"wrote {write_snapshot(snapshot())}")
        return
    from extractor.evaluate import evaluate_corpus, micro

    print("| set | " + " | ".join(CATEGORIES) + " |")
    print("|---|" + "---|" * len(CATEGORIES))
    for label, gold, notices in gold_sets():
        totals = micro(evaluate_corpus(gold, notices).values())
        cells = []
        for cat in CATEGORIES:
            c = totals.get(cat)
            cells.append(f"{c['f1']:.2f} ({c['tp']}/{c['fp']}/{c['fn']})" if c else "–")
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
