"""CI smoke run of the benchmark: ``benchmarks/run.py --small`` completes and prints its table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_small_mode_prints_table(tmp_path: Path) -> None:
    out = tmp_path / "bench out"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--small", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    stdout = proc.stdout
    assert "| area | measure | value | notes |" in stdout
    for measure in (
        "jieba.lcut (reference)",
        "HEADLINE: extraction time / jieba.lcut time",
        "build 100 notices --jobs 1",
        "build 100 notices --jobs 2",
        "policykg who 结核病",
        "render seed corpus",
    ):
        assert measure in stdout, f"row {measure!r} missing from the table"
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert results["small"] is True
    rows = {r["measure"]: r["value"] for r in results["rows"]}
    assert rows["heavy modules imported by the CLI"] == "none"
    # 100 synthetic notices were generated and built (by `build` or the fallback loop).
    assert len(list((out / "syn_100" / "corpus").glob("*.txt"))) == 100
    assert not rows["build 100 notices --jobs 1"].startswith("failed"), rows["build 100 notices --jobs 1"]
    # a build row splits its CPU between the process that writes the store and the workers
    notes = {r["measure"]: r["note"] for r in results["rows"]}
    assert "(main " in notes["build 100 notices --jobs 2"] and "; workers " in notes["build 100 notices --jobs 2"]
