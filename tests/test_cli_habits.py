"""CLI conventions: --home anywhere, the project found upwards, -h, examples in every
--help, one meaning per short option, an honest ETA."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from extractor.cli import cli, hoist_home
from extractor.commands.corpus import Eta
from tests.project_home import copy_corpus


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    home = copy_corpus(tmp_path_factory.mktemp("habits"))
    res = CliRunner().invoke(cli, ["--home", str(home), "build"])
    assert res.exit_code == 0, res.output
    return home


def _run(args, code=0, **kw):
    res = CliRunner().invoke(cli, args, **kw)
    assert res.exit_code == code, res.output
    return res


def test_home_before_or_after_the_command(home):
    before = _run(["--home", str(home), "mechanisms", "--format", "json"]).output
    assert json.loads(before)
    assert _run(["mechanisms", "--home", str(home), "--format", "json"]).output == before
    assert _run(["mechanisms", "--format", "json", f"--home={home}"]).output == before
    assert hoist_home(["who", "x", "--", "--home", "y"]) == ["who", "x", "--", "--home", "y"]


def test_project_found_upwards(home, monkeypatch):
    monkeypatch.delenv("POLICYKG_HOME", raising=False)
    monkeypatch.chdir(home / "corpus")
    res = _run(["mechanisms", "--format", "json"])
    assert len(json.loads(res.output)) == 3
    monkeypatch.setenv("POLICYKG_HOME", str(home / "nowhere"))
    _run(["mechanisms"], code=3)  # the variable wins over the search


def test_dash_h_and_examples_everywhere():
    res = _run(["-h"])
    assert "Usage:" in res.output and "Examples:" in res.output
    for name in cli.commands:
        res = _run([name, "-h"])
        assert "Usage:" in res.output, name
        assert "Examples:" in res.output and f"policykg {name}" in res.output.split("Examples:")[1], name


def test_short_options_mean_one_thing():
    meanings: dict[str, set[str]] = {}
    for command in cli.commands.values():
        for param in command.params:
            if isinstance(param, click.Option):
                for opt in param.opts + param.secondary_opts:
                    if len(opt) == 2:
                        meanings.setdefault(opt, set()).add(param.name)
    assert meanings["-o"] == {"output"}
    assert all(len(names) == 1 for names in meanings.values()), meanings


def test_people_dash_o_writes_a_file(home, tmp_path):
    out = tmp_path / "p.csv"
    _run(["--home", str(home), "people", "--org", "卫生健康", "-o", str(out), "--format", "csv"])
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("person,role,") and "奈曼旗卫生健康委" in text


def test_rebuild_hint_after_add(home, tmp_path):
    src = tmp_path / "n.txt"
    src.write_text("关于测试的通知\n青山县卫健局：负责全县结核病防治工作。\n", encoding="utf-8")
    res = _run(["--home", str(home), "add", str(src)])
    assert "policykg build" in res.stderr
    name = res.stdout.split()[1]
    res = _run(["--home", str(home), "remove", name])
    assert "policykg build" in res.stderr


def test_eta_is_honest_for_short_builds():
    def run(total, first, per):
        t = [0.0]
        eta = Eta(total, clock=lambda: t[0])
        texts = []
        for i in range(total):
            t[0] += first if i == 0 else per
            texts.append(eta.step())
        return texts

    short = run(25, first=3.0, per=0.15)  # a 7-second build whose first notice loads spaCy
    assert not any("min" in s for s in short)
    assert short[:2] == ["", ""] and short[-1] == ""
    assert any(s.endswith("s left") for s in short)
    long = run(400, first=3.0, per=1.0)
    assert long[10] == "about 6 min left"


def test_shell_completion_as_documented():
    """The line README.md and docs/cli.md give for bash works with the installed command:
    it prints a completion function, and that function's query completes commands."""
    import os
    import re
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    line = re.search(r'eval "\$\((_POLICYKG_COMPLETE)=bash_source policykg\)"', readme)
    assert line and "zsh_source" in (root / "docs" / "cli.md").read_text(encoding="utf-8")
    exe = Path(sys.executable).parent / "policykg"
    env = {**os.environ, line.group(1): "bash_source"}
    script = subprocess.run([str(exe)], env=env, capture_output=True, text=True, timeout=60)
    assert script.returncode == 0 and "complete -o nosort -F _policykg_completion policykg" in script.stdout
    env = {**os.environ, line.group(1): "bash_complete", "COMP_WORDS": "policykg dut", "COMP_CWORD": "1"}
    answer = subprocess.run([str(exe)], env=env, capture_output=True, text=True, timeout=60)
    assert answer.stdout.split() == ["plain,duties"]
