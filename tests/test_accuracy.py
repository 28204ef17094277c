"""Accuracy of the real extractor on the five seed notices, against tests/gold/.

Thresholds are those of the issues: 000 and 001 (issue 2) member units, roster,
responsibilities and diseases F1 >= 0.95; 002-004 (issue 3) duties and diseases
F1 >= 0.90. A failure lists the gold facts the extractor missed and what it claimed
wrongly. Repeat the figures with ``python -m extractor evaluate``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from conftest import extracted

from extractor.evaluate import load_gold, score

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"

THRESHOLDS = {
    "000": {"member_units": 0.95, "roster": 0.95, "responsibilities": 0.95, "diseases": 0.95},
    "001": {"member_units": 0.95, "roster": 0.95, "responsibilities": 0.95, "diseases": 0.95},
    "002": {"duties": 0.90, "diseases": 0.90},
    "003": {"duties": 0.90, "diseases": 0.90},
    "004": {"duties": 0.90, "diseases": 0.90},
}

CASES = [(seed, cat, t) for seed, cats in THRESHOLDS.items() for cat, t in cats.items()]


@cache
def _result(seed: str) -> dict:
    gold = load_gold(GOLD_DIR / f"{seed}.json")
    return score(extracted(ROOT / "corpus" / gold["doc"]), gold)


def _explain(c: dict, limit: int = 15) -> str:
    lines = [f"tp/fp/fn = {c['tp']}/{c['fp']}/{c['fn']}"]
    lines += [f"  missed: {m}" for m in c["missed"][:limit]]
    lines += [f"  spurious: {s}" for s in c["spurious"][:limit]]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("seed", "category", "threshold"), CASES, ids=[f"{s}-{c}" for s, c, _ in CASES]
)
def test_seed_accuracy(seed: str, category: str, threshold: float) -> None:
    c = _result(seed)[category]
    assert c["f1"] >= threshold, (
        f"seed {seed} {category}: F1 {c['f1']:.3f} < {threshold}\n{_explain(c)}"
    )


def test_every_seed_has_a_gold_file() -> None:
    docs = {load_gold(p)["doc"] for p in GOLD_DIR.glob("*.json")}
    corpus = {p.name for p in (ROOT / "corpus").glob("*.txt")}
    assert corpus <= docs, corpus - docs
