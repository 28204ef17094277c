"""Shared by the corpus, build and hostile-input tests: a temporary project home holding a
copy of the seed corpus, two small notices, and a CliRunner call that must not crash."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from extractor.cli import cli

ROOT = Path(__file__).resolve().parent.parent
NOTICE = "关于建立某县防治测试工作协作机制的通知\n\n各成员单位：\n现将有关事项通知如下。\n\n某县卫生健康局\n2024年5月6日\n"
OTHER = "关于印发《某县测试工作规则》的通知\n某卫发〔2024〕7号\n各单位：\n请遵照执行。\n某县卫生健康局\n2024年6月1日\n"


def copy_corpus(home: Path) -> Path:
    """``home`` with a copy of the seed notices in ``home/corpus`` (no index, no cache)."""
    shutil.copytree(ROOT / "corpus", home / "corpus", ignore=shutil.ignore_patterns(".*", "index.json"))
    return home


def run(home: Path, *args: str) -> Result:
    """``policykg --home HOME ARGS`` in-process; an exception other than an exit fails."""
    result = CliRunner().invoke(cli, ["--home", str(home), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result
