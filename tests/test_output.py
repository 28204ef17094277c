"""Output formats of every query command (table, json, csv, nl) on the real seed graph,
built by ``policykg build`` in a temporary home: CSV carries every JSON field, a BOM by
default, no formula-leading cell; tables fit the width and keep one line per row; ``-``
for stdin and stdout."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.commands.options import csv_cell, display_width, render_table
from tests.project_home import copy_corpus

HOSTILE = (
    "青山县卫健局：=HYPERLINK(\"http://x\")负责全县结核病防治工作；@做好患者发现工作。\n"
    "青山县公安局：-负责治安，+1做好宣传。\n"
)

# Every query command with arguments that give rows on the seed corpus.
COMMANDS = [
    ["list"],
    ["mechanisms"],
    ["members", "昌吉市"],
    ["people", "--role", "召集人"],
    ["duties", "公安"],
    ["who", "结核病"],
    ["disease", "艾滋病"],
    ["compare", "奈曼旗", "昌吉市"],
    ["stats"],
]


def invoke(home: Path, *args: str, input: str | None = None, code: int = 0):
    res = CliRunner().invoke(cli, ["--home", str(home), *args], input=input)
    assert res.exit_code == code, res.output
    return res


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    home = copy_corpus(tmp_path_factory.mktemp("out"))
    src = tmp_path_factory.mktemp("src") / "hostile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    invoke(home, "add", str(src))
    invoke(home, "build")
    return home


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def _keys(obj) -> set[str]:
    """Keys of the JSON rows (a list of objects) of a command."""
    return {k for row in obj for k in row}


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_csv_carries_every_field_nl_matches(home, args):
    nl = [json.loads(line) for line in invoke(home, *args, "--format", "nl").output.splitlines()]
    csv_out = invoke(home, *args, "--format", "csv").output
    assert csv_out.startswith("\ufeff")
    rows = _csv(csv_out)
    assert len(rows) == len(nl) > 0
    assert _keys(nl) <= set(rows[0])  # every field of the rows, none dropped
    js = json.loads(invoke(home, *args, "--format", "json").output)
    if isinstance(js, list):
        assert js == nl  # json is the list, nl one object a line
        assert _keys(js) <= set(rows[0])


def test_duties_csv_has_the_fields_the_readme_promises(home):
    rows = _csv(invoke(home, "duties", "公安", "--format", "csv").output)
    for field in ("evidence", "org_id", "duty_id", "deadline", "deadline_date", "item", "diseases", "mechanism"):
        assert field in rows[0]
    assert all(r["evidence"] and r["duty_id"].startswith("duty:") for r in rows)


def test_csv_bom_default_no_bom_and_files(home, tmp_path):
    out = invoke(home, "mechanisms", "--format", "csv", "--no-bom").output
    assert not out.startswith("\ufeff") and out.startswith("name,short,")
    target = tmp_path / "m.csv"
    res = invoke(home, "mechanisms", "--format", "csv", "-o", str(target))
    assert res.stdout == "" and f"wrote {target}" in res.stderr
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\xef\xbb\xbf") == 1
    assert "昌吉市防治重大疾病工作联席会议" in data.decode("utf-8-sig")
    invoke(home, "mechanisms", "--format", "csv", "--no-bom", "-o", str(target))
    assert not target.read_bytes().startswith(b"\xef\xbb\xbf")
    res = invoke(home, "mechanisms", "--format", "json", "-o", "-")
    assert json.loads(res.stdout)[0]["name"]
    invoke(home, "stats", "--format", "json", "-o", str(tmp_path / "s.json"))
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["total_nodes"] > 300


def test_csv_neutralizes_formula_cells(home):
    rows = [r for org in ("青山县卫健局", "青山县公安局")
            for r in _csv(invoke(home, "duties", org, "--format", "csv").output)]
    cells = [v for r in rows for v in r.values()]
    assert cells
    assert not [v for v in cells if v[:1] in ("=", "+", "-", "@", "\t", "\r")]
    duties = {r["duty"] for r in rows}
    assert "'@做好患者发现工作" in duties
    assert any(d.startswith("'=HYPERLINK") for d in duties)
    assert any(d.startswith("'-负责治安") for d in duties)
    # JSON keeps the text as the notice has it
    js = json.loads(invoke(home, "duties", "青山县卫健局", "--format", "json").output)
    assert "@做好患者发现工作" in {r["duty"] for r in js}
    assert csv_cell(-3) == "-3" and csv_cell("-3") == "'-3" and csv_cell("\tx") == "'\tx"


def test_tables_fit_the_width_and_keep_rows_on_one_line(home):
    for width in (60, 100):
        out = invoke(home, "duties", "公安", "--width", str(width)).output
        assert max(display_width(line) for line in out.splitlines()) <= width
        assert "…" in out
    # Evidence with line breaks (the seed 012 roster lines) stays on one row.
    js = json.loads(invoke(home, "people", "--format", "json").output)
    multi = [r for r in js if "\n" in (r.get("evidence") or "")]
    table = invoke(home, "people", "--width", "0").output.splitlines()
    assert len(table) == len(js) + 2  # header, rule, one line per row
    if multi:
        assert any("⏎" in line for line in render_table(multi, ["person", "evidence"]).splitlines())
    t = render_table([{"a": "一\n二\r\n三", "b": "x"}], ["a", "b"])
    assert t.splitlines()[2] == "一 ⏎ 二 ⏎ 三  x"
    # $COLUMNS is the terminal width when there is no --width
    res = CliRunner().invoke(cli, ["--home", str(home), "who", "结核病"], env={"COLUMNS": "50"})
    assert max(display_width(line) for line in res.output.splitlines()) <= 50


def test_stdin_and_stdout_dash(home, tmp_path):
    notice = "青山县卫健局：负责全县结核病防治工作的组织实施。\n"
    graph = invoke(home, "extract", "-", input=notice).output
    data = json.loads(graph)
    assert any(n.get("name") == "青山县卫健局" for n in data["nodes"])
    assert any(n.get("docs") == ["stdin.txt"] for n in data["nodes"])
    res = invoke(home, "render", "--graph", "-", "-o", "-", input=graph)
    assert res.stdout.startswith("<!DOCTYPE html>") and "青山县卫健局" in res.stdout
    assert "wrote -" in res.stderr
    res = invoke(home, "export", "--format", "graphml", "-o", "-")
    assert res.stdout.startswith("<graphml") and res.stdout.rstrip().endswith("</graphml>")


def test_add_reads_a_notice_from_stdin(tmp_path):
    home = tmp_path / "proj"
    res = CliRunner().invoke(cli, ["add", "-", "--name", "青山.txt", "--home", str(home)],
                             input="青山县卫健局：负责全县结核病防治工作。\n".encode("gb18030"))
    assert res.exit_code == 0, res.output
    assert (home / "corpus" / "青山.txt").read_text(encoding="utf-8").startswith("青山县卫健局")


def test_display_width_counts_wide_characters_double_and_combining_marks_zero():
    assert display_width("") == 0
    assert display_width("abc 12") == 6
    assert display_width("奈曼旗公安局") == 12
    assert display_width("ＡＢ") == 4  # fullwidth forms
    assert display_width("e\u0301") == 1  # a combining accent takes no column
    assert display_width("公安 ab") == 7
    assert display_width("公安 ab") == 7  # the cached answer is the same
