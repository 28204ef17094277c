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
