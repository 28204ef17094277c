"""Regression snapshot: the exact tp/fp/fn of every category of every gold set
(tests/accuracy_snapshot.json) may not get worse. Each notice is extracted once per test
session (``conftest.extracted``).

When a figure improves, or a gold file changes, record it: ``python
benchmarks/accuracy.py --snapshot`` (or run the tests with ``POLICYKG_WRITE_SNAPSHOT=1``,
which rewrites the snapshot instead of checking it) and commit the snapshot.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402
from conftest import extracted  # noqa: E402

REFRESH = "rewrite it with `python benchmarks/accuracy.py --snapshot` and commit it"
SETS = accuracy.gold_sets()


def _recorded() -> dict:
    try:
        return json.loads(accuracy.SNAPSHOT.read_text(encoding="utf-8"))["sets"]
    except FileNotFoundError:
        return {}


@pytest.mark.parametrize(("label", "gold", "notices"), SETS, ids=[accuracy.set_key(s[0]) for s in SETS])
def test_no_gold_set_gets_worse(label, gold, notices):
    key = accuracy.set_key(label)
    now = accuracy.counts(gold, notices, extract=extracted)
    if os.environ.get("POLICYKG_WRITE_SNAPSHOT"):
        data = {"about": accuracy.snapshot.__doc__, "sets": {}}
        if accuracy.SNAPSHOT.exists():
            data = json.loads(accuracy.SNAPSHOT.read_text(encoding="utf-8"))
        data["sets"][key] = now
        data["sets"] = dict(sorted(data["sets"].items(), key=lambda kv: (kv[0] != "seeds", kv[0])))
        accuracy.write_snapshot(data)
        return
    recorded = _recorded()
    assert key in recorded, f"gold set {key} ({gold}) is not in {accuracy.SNAPSHOT.name}: {REFRESH}"
    worse = []
    for cat, was in recorded[key].items():
        cur = now.get(cat, {"tp": 0, "fp": 0, "fn": 0})
        for k, bad in (("tp", cur["tp"] < was["tp"]), ("fp", cur["fp"] > was["fp"]), ("fn", cur["fn"] > was["fn"])):
            if bad:
                worse.append(f"{cat} {k}: {was[k]} -> {cur[k]}")
    assert not worse, (
        f"gold set {key} got worse than {accuracy.SNAPSHOT.name}:\n  " + "\n  ".join(worse)
        + f"\n(if this is intended, e.g. a gold file was corrected, {REFRESH})"
    )


def test_snapshot_names_only_existing_gold_sets():
    keys = {accuracy.set_key(s[0]) for s in SETS}
    stale = set(_recorded()) - keys
    assert not stale, f"{accuracy.SNAPSHOT.name} has gold sets that no longer exist: {sorted(stale)}; {REFRESH}"


def test_snapshot_records_every_scored_category():
    """Every category ``evaluate`` scores is guarded, so none can get worse unnoticed."""
    missing = {
        key: sorted(set(accuracy.CATEGORIES) - set(cats))
        for key, cats in _recorded().items()
        if set(accuracy.CATEGORIES) - set(cats)
    }
    assert not missing, f"{accuracy.SNAPSHOT.name} lacks categories {missing}; {REFRESH}"
