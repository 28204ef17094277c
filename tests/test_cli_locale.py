"""The CLI under a C locale: Chinese arguments and output still work (no traceback)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_chinese_argument_and_output_under_c_locale(tmp_path):
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
           "PYTHONPATH": str(ROOT), "POLICYKG_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "extractor", "who", "结核病"], capture_output=True, env=env, timeout=120,
    )
    # no graph yet: a clear message naming the command to run, in readable Chinese-safe text
    assert out.returncode != 0
    err = out.stderr.decode("utf-8")
    assert "Traceback" not in err and "build" in err
    notice = tmp_path / "通知.txt"
    notice.write_text("青山县卫健局：负责结核病防治工作。\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "extractor", "extract", str(notice)], capture_output=True, env=env, timeout=300,
    )
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    assert "结核病" in out.stdout.decode("utf-8")
