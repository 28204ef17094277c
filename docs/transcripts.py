"""Keep the documentation's examples true: regenerate, or check, every checked transcript
in README.md and docs/*.md, and the CLI reference docs/cli.md (from ``--help``).

    python docs/transcripts.py           # rewrite the transcripts and docs/cli.md in place
    python docs/transcripts.py --check   # exit 1 and show a diff if any of them drifted

A transcript is a ```console block right after a line ``<!-- transcript -->``. Each line
that starts with ``$ `` is a shell command; it runs in a fresh copy of the seed project
(``corpus/``, not built yet; one copy per file, the commands of a file run in order) with
``policykg`` on the PATH and ``COLUMNS=100``, and the lines below it are replaced by what
it prints (stdout and stderr). The project's path shows as ``~/proj``. When checking,
durations (``4.3 s``) and timestamps are masked. ``tests/test_docs.py`` runs the check.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARK = "<!-- transcript -->"
CLI_DOC = ROOT / "docs" / "cli.md"
WIDTH = 100
SHOWN_HOME = "~/proj"
_MASKS = [
    (re.compile(r"\b\d+(\.\d+)? s\b"), "<t> s"),
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"), "<timestamp>"),
    (re.compile(r"(about \d+ (s|min) left)"), "<eta>"),
]


def doc_files() -> list[Path]:
    return [ROOT / "README.md", *sorted(p for p in (ROOT / "docs").glob("*.md") if p != CLI_DOC)]


def _env(bin_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("POLICYKG_HOME", "CI")}
    env.update(PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", COLUMNS=str(WIDTH), LC_ALL="C.UTF-8",
               PYTHONUTF8="1", PYTHONHASHSEED="0")
    return env


def _policykg_bin(tmp: Path) -> Path:
    """A folder with a ``policykg`` that runs this checkout with this interpreter."""
    bin_dir = tmp / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "policykg"
    exe.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}${{PYTHONPATH:+:$PYTHONPATH}}" exec "{sys.executable}" -m extractor "$@"\n',
                   encoding="utf-8")
    exe.chmod(0o755)
    return bin_dir


class Projects:
    """Fresh copies of the seed project (the corpus, not yet built: start with ``$ policykg build``)."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.bin = _policykg_bin(tmp)
        self.env = _env(self.bin)
        self.template = tmp / "template"
        shutil.copytree(ROOT / "corpus", self.template / "corpus",
                        ignore=shutil.ignore_patterns(".*", "index.json"))
        self.n = 0

    def fresh(self) -> Path:
        self.n += 1
        home = self.tmp / f"proj{self.n}"
        shutil.copytree(self.template, home, symlinks=True)
        return home

    def run(self, command: str, home: Path) -> str:
        res = subprocess.run(["bash", "-c", command], cwd=home, env=self.env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, timeout=600)
        return res.stdout.replace(str(home), SHOWN_HOME).replace(str(self.tmp), "/tmp")


def render_file(text: str, projects: Projects) -> str:
    """``text`` with every checked transcript's output regenerated."""
    lines = text.split("\n")
    out: list[str] = []
    home: Path | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        if line.strip() == MARK and i + 1 < len(lines) and lines[i + 1].startswith("```console"):
            out.append(lines[i + 1])
            j = i + 2
            commands = []
            while j < len(lines) and not lines[j].startswith("```"):
                if lines[j].startswith("$ "):
                    commands.append(lines[j][2:])
                j += 1
            home = home or projects.fresh()
            for command in commands:
                out.append(f"$ {command}")
                printed = projects.run(command, home).rstrip("\n")
                if printed:
                    out.extend(printed.split("\n"))
            out.append(lines[j] if j < len(lines) else "```")
            i = j + 1
            continue
        i += 1
    return "\n".join(out)


def cli_reference() -> str:
    """docs/cli.md: the --help of the group and of every command."""
    from click.testing import CliRunner

    from extractor.cli import cli

    def helptext(args: list[str]) -> str:
        res = CliRunner().invoke(cli, [*args, "--help"], prog_name="policykg", terminal_width=WIDTH)
        return res.output.rstrip()

    parts = [
        "# CLI reference",
        "",
        "Generated from `--help` by `python docs/transcripts.py` (checked by `tests/test_docs.py`);",
        "every command also takes `-h`. `--home DIR` (or `$POLICYKG_HOME`) may come before or",
        "after the command; without it the project is the nearest folder, here or above, that",
        "holds `corpus/` or `graphs/`.",
        "",
        "Shell completion (click's): add `eval \"$(_POLICYKG_COMPLETE=bash_source policykg)\"` to",
        "`~/.bashrc` (zsh: `zsh_source` in `~/.zshrc`; fish: `_POLICYKG_COMPLETE=fish_source policykg |",
        "source` in `~/.config/fish/completions/policykg.fish`).",
        "",
        "```text",
        helptext([]),
        "```",
    ]
    for name in sorted(cli.commands):
        parts += ["", f"## policykg {name}", "", "```text", helptext([name]), "```"]
    return "\n".join(parts) + "\n"


def mask(text: str) -> str:
    for pattern, repl in _MASKS:
        text = pattern.sub(repl, text)
    return text


def regenerate() -> dict[Path, tuple[str, str]]:
    """{file: (current text, regenerated text)} for every file with transcripts."""
    result: dict[Path, tuple[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="policykg-docs-") as tmp:
        projects = Projects(Path(tmp))
        for path in doc_files():
            text = path.read_text(encoding="utf-8")
            if MARK in text:
                result[path] = (text, render_file(text, projects))
    current = CLI_DOC.read_text(encoding="utf-8") if CLI_DOC.exists() else ""
    result[CLI_DOC] = (current, cli_reference())
    return result


def drift(result: dict[Path, tuple[str, str]]) -> str:
    """A unified diff of every file whose examples changed (masked), or ''."""
    diffs = []
    for path, (old, new) in result.items():
        if mask(old) != mask(new):
            diffs.extend(difflib.unified_diff(mask(old).splitlines(), mask(new).splitlines(),
                                              str(path.relative_to(ROOT)), "real output", lineterm=""))
    return "\n".join(diffs)


def main(argv: list[str]) -> int:
    result = regenerate()
    if "--check" in argv:
        diff = drift(result)
        if diff:
            print(diff)
            print("\nthe documentation's examples drifted: run python docs/transcripts.py", file=sys.stderr)
            return 1
        return 0
    for path, (old, new) in result.items():
        if mask(old) != mask(new):  # not for a duration alone: no churn
            path.write_text(new, encoding="utf-8")
            print(f"updated {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
