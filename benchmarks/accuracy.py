"""Print the README's accuracy tables: micro P/R/F1 per category for each gold set.

    python benchmarks/accuracy.py            # seeds, held-out and blind sets found in tests/gold

Each row is one gold set (the seeds in corpus/, the held-out and blind sets with their own
notices); cells are ``F1 (tp/fp/fn)``. The figures come from ``extractor.evaluate`` on the
current extractor, the same code as ``policykg evaluate``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CATEGORIES = ("member_units", "roster", "duties", "responsibilities", "roles", "deadlines",
              "diseases", "orgs", "document")


def gold_sets() -> list[tuple[str, Path, Path]]:
    """(label, gold folder, notices folder) for the seeds and every sub-folder of tests/gold."""
    gold = ROOT / "tests" / "gold"
    sets = [("seeds (tests/gold)", gold, ROOT / "corpus")]
    for sub in sorted(p for p in gold.iterdir() if p.is_dir() and (p / "notices").is_dir()):
        sets.append((f"{sub.name} (tests/gold/{sub.name})", sub, sub / "notices"))
    return sets


def main() -> None:
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
