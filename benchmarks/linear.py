"""Extraction time per character of long inputs: it must stay flat from 10 KB to 1 MB.

    python benchmarks/linear.py            # prints a Markdown table (best of 3 runs each)

Inputs (UTF-8 sizes): one line without any punctuation, one line of units separated by 、
(``县公安局、县公安局、…``), tab-separated cells, and many ordinary lines of a notice. A
regex that rescans a line from every position shows up as time per character growing
with the size (issue 13: 20 KB took 5 s, 1 MB about 20 minutes).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHAPES = {
    "one line, no punctuation": "加强结核病防治工作",
    "one line of units": "县公安局、",
    "one line of tab cells": "县公安局\t",
    "one line of 任组长": "副县长张某某任组长",
    "many lines": "县卫生健康局：负责结核病防治工作的组织实施；做好患者发现和治疗管理工作。\n",
}
SIZES = (10_000, 100_000, 1_000_000)  # bytes of UTF-8


def best_of(n: int, func) -> float:  # noqa: ANN001
    best = float("inf")
    for _ in range(n):
        t0 = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    from extractor.pipeline import extract_text

    extract_text("预热：县卫生健康局负责。")
    print("| input | " + " | ".join(f"{s // 1000} KB: s (µs/char)" for s in SIZES) + " | ratio 1 MB / 10 KB per char |")
    print("|---|" + "---|" * (len(SIZES) + 1))
    for label, unit in SHAPES.items():
        cells, per_char = [], []
        for size in SIZES:
            text = unit * max(1, size // len(unit.encode("utf-8")))
            secs = best_of(3 if size < 1_000_000 else 1, lambda t=text: extract_text(t))
            per_char.append(secs / len(text) * 1e6)
            cells.append(f"{secs:.2f} ({per_char[-1]:.1f})")
        print(f"| {label} | " + " | ".join(cells) + f" | {per_char[-1] / per_char[0]:.2f} |")


if __name__ == "__main__":
    main()
