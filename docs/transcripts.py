"""Keep the documentation's examples true: regenerate, or check, every checked transcript
in README.md and docs/*.md, the CLI reference docs/cli.md (from ``--help``) and the table
of the pipeline's components in docs/pipeline.md (from the factories' declarations).

    python docs/transcripts.py           # rewrite the transcripts and docs/cli.md in place
    python docs/transcripts.py --check   # exit 1 and show a diff if any of them drifted

A transcript is a ```console block right after a line ``<!-- transcript -->``. Each line
that starts with ``$ `` is a shell command; it runs in a fresh copy of the seed project
(``corpus/``, not built yet; one copy per file, the commands of a file run in order) with
``policykg`` on the PATH and ``COLUMNS=100``, and the lines below it are replaced by what
it prints (stdout and stderr). The project's path shows as ``~/proj``. When checking,
durations (``4.3 s``) and timestamps are masked. ``tests/test_docs.py`` runs the check.

The examples' input files are made here (:func:`make_examples`), not by hand: the project
holds ``短通知.txt``; beside it, ``../下载/`` holds a GB18030 ``.txt`` with a space in its
name, a ``.docx`` with a table and a PNG. ``python`` on the PATH is this interpreter with
the repository importable (``python -m tests.test_render_scale --write big.json 4000``).
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
PIPELINE_DOC = ROOT / "docs" / "pipeline.md"
TABLE_START, TABLE_END = "<!-- components -->", "<!-- /components -->"
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
    """A folder with a ``policykg`` that runs this checkout with this interpreter, and a
    ``python`` that is this interpreter with this checkout importable."""
    bin_dir = tmp / "bin"
    bin_dir.mkdir()
    for name, args in (("policykg", "-m extractor "), ("python", "")):
        exe = bin_dir / name
        exe.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}${{PYTHONPATH:+:$PYTHONPATH}}" exec "{sys.executable}" {args}"$@"\n',
                       encoding="utf-8")
        exe.chmod(0o755)
    return bin_dir


SHORT_NOTICE = "青山县卫健局：负责全县结核病防治工作的组织实施；做好患者发现和治疗管理工作。\n"
CHRONIC_NOTICE = """关于建立某县慢性病防治工作联席会议制度的通知
某县卫健发〔2024〕12号

各乡镇人民政府，县直各有关单位：
为加强慢性病防治工作，经县人民政府同意，建立某县慢性病防治工作联席会议制度。现将有关事项通知如下。
一、成员单位
某县卫生健康委员会、某县教育局、某县财政局、某县医疗保障局、某县体育局。
二、职责分工
县卫生健康委员会：负责牵头组织慢性病防治工作，制定全县慢性病防治规划。
县教育局：负责学校健康教育，配合开展学生肥胖和近视防控工作。
县医疗保障局：负责落实高血压、糖尿病门诊用药保障政策。
三、联席会议办公室设在县卫生健康委员会，办公室主任由县卫生健康委员会主任兼任。

某县卫生健康委员会
2024年3月8日
"""
PATRIOTIC_ROWS = [["姓名", "单位", "职务"], ["李明", "某县人民政府", "副县长"],
                  ["王芳", "某县卫生健康委员会", "主任"], ["赵强", "某县住房和城乡建设局", "局长"]]


def make_examples(tmp: Path, template: Path) -> None:
    """The input files the examples use (see the module doc)."""
    import docx

    (template / "短通知.txt").write_text(SHORT_NOTICE, encoding="utf-8")
    downloads = tmp / "下载"
    downloads.mkdir()
    (downloads / "某县 慢病联席会议通知.txt").write_bytes(CHRONIC_NOTICE.encode("gb18030"))
    document = docx.Document()
    for line in ("关于调整某县爱国卫生运动委员会成员的通知", "各乡镇人民政府，县直各有关单位：",
                 "因人员变动，现将调整后的县爱国卫生运动委员会成员名单通知如下。"):
        document.add_paragraph(line)
    table = document.add_table(rows=len(PATRIOTIC_ROWS), cols=3)
    for r, row in enumerate(PATRIOTIC_ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for line in ("某县爱国卫生运动委员会", "2024年6月1日"):
        document.add_paragraph(line)
    document.save(str(downloads / "爱卫会成员调整.docx"))
    (downloads / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))


class Projects:
    """Fresh copies of the seed project (the corpus, not yet built: start with ``$ policykg build``)."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.bin = _policykg_bin(tmp)
        self.env = _env(self.bin)
        self.template = tmp / "template"
        shutil.copytree(ROOT / "corpus", self.template / "corpus",
                        ignore=shutil.ignore_patterns(".*", "index.json"))
        make_examples(tmp, self.template)
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


def with_components_table(text: str) -> str:
    """``text`` with the block between ``<!-- components -->`` and ``<!-- /components -->``
    replaced by the pipeline's components table (from the factories' declarations)."""
    from extractor.nlp import components_table

    start, end = text.index(TABLE_START) + len(TABLE_START), text.index(TABLE_END)
    return text[:start] + "\n" + components_table() + text[end:]


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
    old, new = result.get(PIPELINE_DOC) or (PIPELINE_DOC.read_text(encoding="utf-8"),) * 2
    result[PIPELINE_DOC] = (old, with_components_table(new))
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
