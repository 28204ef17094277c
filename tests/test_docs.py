"""The documentation's examples are real output: every checked transcript in README.md
and docs/*.md, rerun on a fresh copy of the seed corpus, prints what the file shows, and
docs/cli.md is the current --help. On failure: python docs/transcripts.py rewrites them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _transcripts():
    spec = importlib.util.spec_from_file_location("transcripts", ROOT / "docs" / "transcripts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_and_docs_examples_match_real_output():
    t = _transcripts()
    result = t.regenerate()
    assert ROOT / "README.md" in result and ROOT / "docs" / "cli.md" in result
    readme = result[ROOT / "README.md"][0]
    assert readme.count(t.MARK) >= 1 and "$ policykg build" in readme
    diff = t.drift(result)
    assert not diff, "documentation drifted from real output (run python docs/transcripts.py):\n" + diff


def test_readme_is_short_and_starts_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 250
    first_block = text.split("```bash\n", 1)[1].split("```", 1)[0]
    assert ".venv/bin/policykg build && .venv/bin/policykg render" in first_block
    test_command = [line for line in first_block.splitlines() if "pip install -e '.[test]'" in line][0]
    assert ".venv/bin/ruff check ." in test_command and ".venv/bin/python -m pytest" in test_command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command.replace("pip install -e", "pip install -q -e") in ci  # CI runs the README's command
    for link in ("docs/cli.md", "docs/queries.md", "docs/render.md", "docs/accuracy.md", "docs/corpus.md"):
        assert link in text and (ROOT / link).is_file()


def test_mask_hides_only_what_varies():
    t = _transcripts()
    assert t.mask("… 605 edges in 4.3 s") == t.mask("… 605 edges in 0.1 s")
    assert t.mask("605 edges") != t.mask("603 edges")


def _blocks(text: str) -> list[tuple[bool, str]]:
    """(checked, body) of every fenced block: checked = a transcript (MARK on the line before)."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        if lines[i].startswith("```"):
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            out.append((i > 0 and lines[i - 1].strip() == _transcripts().MARK, "\n".join(lines[i + 1 : j])))
            i = j
        i += 1
    return out


def test_every_shown_session_is_a_checked_transcript():
    """A block that shows a command ($ lines) with its output can only be real output: a
    hand-pasted one (docs/corpus.md's 398/609 nodes/edges) went stale unnoticed."""
    t = _transcripts()
    unchecked = []
    for path in t.doc_files():
        for checked, body in _blocks(path.read_text(encoding="utf-8")):
            lines = body.splitlines()
            output = [line for k, line in enumerate(lines) if not line.startswith("$ ")
                      and not (k and lines[k - 1].rstrip().endswith("\\"))]  # not a continued command
            if not checked and any(line.startswith("$ ") for line in lines) and output:
                unchecked.append(f"{path.relative_to(ROOT)}: {lines[0]}")
    assert not unchecked, "sessions not checked (put <!-- transcript --> before them):\n" + "\n".join(unchecked)


def test_figures_in_prose_are_the_code_s_limits():
    """Outside transcripts, a count of nodes or edges in README/docs is one of render's
    limits (checked against the code), never a graph's size that a build could change.
    docs/benchmarks.md (figures of benchmarks/run.py, with their date) is left out."""
    import re

    from extractor import render

    limits = {render.FOLD_MIN_NODES, render.PHYSICS_MAX_NODES, render.PHYSICS_MAX_EDGES, render.WARN_NODES}
    t = _transcripts()
    stray = []
    for path in t.doc_files():
        if path.name == "benchmarks.md":
            continue
        text = path.read_text(encoding="utf-8")
        for checked, body in _blocks(text):
            if checked:
                text = text.replace(body, "", 1)
        for m in re.finditer(r"\b(\d[\d,]*) (nodes|edges)\b", text):
            if int(m.group(1).replace(",", "")) not in limits:
                stray.append(f"{path.relative_to(ROOT)}: {m.group(0)}")
    assert not stray, "graph figures outside checked transcripts:\n" + "\n".join(stray)


def test_readme_python_example_runs_as_shown(tmp_path):
    """The README's library example runs in a copy of the project and its comment is true."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    code = text.split("```python\n", 1)[1].split("```", 1)[0]
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus", ignore=shutil.ignore_patterns(".*", "index.json"))
    probe = "\nimport json\nprint(json.dumps([shared, type(kg).__name__, sub.number_of_nodes(), g.number_of_edges()], ensure_ascii=False))\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("POLICYKG_HOME", None)
    res = subprocess.run([sys.executable, "-c", code + probe], cwd=tmp_path, env=env, capture_output=True,
                         text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    shared, kind, sub_nodes, edges = json.loads(res.stdout.strip().splitlines()[-1])
    shown = code.split("# [", 1)[1].split("…", 1)[0]  # the comment: ['公安', '医保', '卫生健康', …]
    assert str(shared).startswith("[" + shown.strip().rstrip(","))
    assert kind == "MultiDiGraph" and sub_nodes > 0 and edges > 0
