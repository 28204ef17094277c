"""Micro and per-notice-mean P/R/F1 of the main categories on one gold set, as a Markdown table.

    python benchmarks/real_report.py tests/gold/real            # extracts with the current code
    python benchmarks/real_report.py tests/gold/real --json F   # from `policykg evaluate --format json`

Per-notice means count only notices with gold facts or extracted facts in that category
(a notice with neither scores 1.0 by the scorer's convention and would inflate the mean).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CATEGORIES = ("duties", "responsibilities", "roles", "roster", "member_units", "deadlines",
              "diseases", "orgs")


def report(per_notice: dict[str, dict], micro: dict[str, dict]) -> str:
    rows = ["| category | P | R | F1 (micro) | tp/fp/fn | F1 per-notice mean (n) |",
            "|---|---|---|---|---|---|"]
    for cat in CATEGORIES:
        m = micro[cat]
        live = [c[cat]["f1"] for c in per_notice.values()
                if c[cat]["tp"] + c[cat]["fp"] + c[cat]["fn"] > 0]
        mean = sum(live) / len(live) if live else 1.0
        rows.append(f"| {cat} | {m['precision']:.2f} | {m['recall']:.2f} | {m['f1']:.2f} | "
                    f"{m['tp']}/{m['fp']}/{m['fn']} | {mean:.2f} ({len(live)}) |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--json", type=Path, help="scores written by `policykg evaluate --format json`")
    args = ap.parse_args()
    if args.json:
        data = json.loads(args.json.read_text(encoding="utf-8"))
        per_notice, micro_totals = data["notices"], data["micro"]
    else:
        from extractor.evaluate import evaluate_corpus, micro

        per_notice = evaluate_corpus(args.gold, args.gold / "notices")
        micro_totals = micro(per_notice.values())
    print(report(per_notice, micro_totals))


if __name__ == "__main__":
    main()
