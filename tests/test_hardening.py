"""Issue 13: bounded input, one-line errors on write paths, exports that parse, adds that
roll back when killed. Each test failed on the code before the fix."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import export
from extractor.cli import cli
from extractor.errors import InputError, NotFoundError
from extractor.pipeline import extract_text
from extractor.project import Project
from extractor.read import MAX_CHARS, decode_bytes, docx_text
from extractor.store import corpus
from tests.project_home import NOTICE, OTHER, ROOT

# --- long lines: the prose-roster reader finds each post once --------------------------


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("由副市长王某某任组长，局长李某某任副组长。", "王某某", "leader_of"),
        ("由副市长王某某任组长，局长李某某任副组长。", "李某某", "deputy_leader_of"),
    ],
)
def test_prose_roster_still_reads_posts(text: str, person: str, role: str) -> None:
    g = extract_text("关于成立某县防治工作领导小组的通知\n" + text)
    people = {d["name"]: n for n, d in g.nodes(data=True) if d.get("type") == "person"}
    assert person in people
    assert role in {d["relation"] for _u, _v, d in g.out_edges(people[person], data=True)}


def test_a_long_line_without_separators_is_read_once() -> None:
    """Long lines of posts and of plain text (a 1 MB line took about 20 minutes before;
    benchmarks/linear.py shows the time per character)."""
    for line in ("某" * 200_000, "副县长张某某任组长" * 20_000, "县公安局\t" * 40_000):  # a row of 40,000 cells
        g = extract_text(line)
        assert g.number_of_nodes() >= 1


# --- one size rule, on characters --------------------------------------------------


def test_too_long_text_is_refused_by_decode_and_extract_alike() -> None:
    text = "卫" * (MAX_CHARS + 1)
    with pytest.raises(InputError, match="too long"):
        decode_bytes(text.encode("utf-8"), "long.txt")
    with pytest.raises(InputError, match="too long"):
        extract_text(text, "long.txt")


def test_cli_extract_of_a_too_long_notice_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("卫" * (MAX_CHARS + 1), encoding="utf-8")  # 2.7 MB, under the byte limit
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 2
    assert "too long" in result.output and "Traceback" not in result.output


# --- .docx: text where Word keeps it, bounded parsing --------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(body: str) -> bytes:
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
           f"<w:body>{body}</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<w:p><w:r><w:t>县卫生健康局</w:t></w:r><w:ins><w:r><w:t>负责</w:t></w:r></w:ins></w:p>",
         "县卫生健康局负责"),  # tracked insertion
        ("<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del></w:p>",
         "保留"),  # tracked deletion is not text
        ("<w:sdt><w:sdtContent><w:p><w:r><w:t>内容控件</w:t></w:r></w:p></w:sdtContent></w:sdt>",
         "内容控件"),  # body-level content control
        ("<w:p><w:fldSimple><w:r><w:t>域结果</w:t></w:r></w:fldSimple>"
         "<w:r><w:instrText>HYPERLINK x</w:instrText></w:r></w:p>", "域结果"),  # field
        ("<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t>"
         "</w:r></w:p></w:txbxContent></w:pict></w:r></w:p>", "正文\n文本框"),  # text box
        ("<!-- a comment --><w:p><w:r><w:t>注释之后</w:t></w:r></w:p>", "注释之后"),
    ],
)
def test_docx_text_in_insertions_controls_fields_boxes(body: str, expected: str) -> None:
    assert docx_text(_docx(body), "t.docx") == expected


def test_docx_entities_are_not_resolved() -> None:
    body = "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"
    data = _docx(body).replace(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                               b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    try:
        text = docx_text(data, "x.docx")
    except InputError:
        return
    assert "root:" not in text


# --- every write path: one line, non-zero exit ---------------------------------------


def test_output_under_a_file_is_one_line(tmp_path: Path, seeds: dict[str, Path]) -> None:
    (tmp_path / "afile").write_text("x")
    result = CliRunner().invoke(cli, ["extract", str(seeds["000"]), "-o", str(tmp_path / "afile" / "g.json")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot write or read") and "Traceback" not in result.output


def test_full_disk_is_one_line(tmp_path: Path, seeds: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor import atomic_write

    def full(path: Path, data: bytes) -> Path:
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(atomic_write, "atomic_write_bytes", full)
    result = CliRunner().invoke(cli, ["extract", str(seeds["000"]), "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 1
    assert "No space left on device" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("content", ["[]", '{"nodes": [1], "edges": []}', '{"nodes": "x"}'])
def test_graph_of_the_wrong_shape_is_one_line(tmp_path: Path, content: str) -> None:
    (tmp_path / "graphs").mkdir()
    (tmp_path / "graphs" / "graph.db").write_text(content)  # the store, damaged
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "who", "结核病"])
    assert result.exit_code != 0 and "not a policykg graph" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


# --- control characters never reach an export or a terminal --------------------------


def test_control_characters_are_replaced_at_decoding() -> None:
    raw = ("县卫生健康局\x1b]0;pwned\x07负责结核病防治工作。\x0c第二页\x08" + "做好宣传工作。" * 60).encode()
    text = decode_bytes(raw, "c.txt")
    assert not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in text)
    assert "\x0c" not in text and "第二页" in text


def test_graphml_and_gexf_parse_after_control_characters(tmp_path: Path) -> None:
    text = decode_bytes(("关于\x01建立某县结核病防治工作机制的通知\n某县卫生健康局：负责\x1b结核病防治。\n"
                         + "做好宣传工作。" * 60).encode(), "c.txt")
    g = extract_text(text, "c;d.txt")
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"g.{fmt}"
        export.export(g, fmt, out)
        ET.parse(out)


def test_neo4j_array_cells_keep_elements_with_semicolons(tmp_path: Path) -> None:
    g = extract_text("某县卫生健康局：负责结核病防治工作。\n", "a;b.txt")
    export.export(g, "csv", tmp_path / "neo")
    import csv

    with open(tmp_path / "neo" / "nodes.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    arrays = [k for k in rows[0] if k.endswith("[]")]
    cells = [row[k] for row in rows for k in arrays if row[k]]
    assert f"a{export.ARRAY_SEMICOLON}b.txt" in cells and not any("a;b.txt" in c for c in cells)


# --- interrupted adds roll back --------------------------------------------------------


def _write_notices(tmp_path: Path, n: int) -> list[Path]:
    out = []
    for i in range(n):
        p = tmp_path / "in" / f"n{i}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_text(NOTICE.replace("测试", f"测试{i}") if i % 2 else OTHER.replace("7号", f"{i}号"), encoding="utf-8")
        out.append(p)
    return out


_KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from extractor.store import corpus
    from extractor import atomic_write
    from extractor.project import Project
    real = atomic_write.atomic_write_bytes
    count = [0]
    def write(path, data):
        count[0] += 1
        if count[0] == 3:  # the journal, one notice, then killed before the rest
            os.kill(os.getpid(), getattr(signal, sys.argv[1]))
        return real(path, data)
    atomic_write.atomic_write_bytes = write
    corpus.add(Project.at(sys.argv[2]), sys.argv[3:])
    """
)


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGKILL"])
def test_killed_add_leaves_nothing_and_can_be_repeated(tmp_path: Path, sig: str) -> None:
    home = tmp_path / "home"
    (home / "corpus").mkdir(parents=True)
    files = _write_notices(tmp_path, 4)
    proc = subprocess.run([sys.executable, "-c", _KILLER, sig, str(home), *map(str, files)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode != 0
    project = Project.at(home)
    with corpus._Locked(project):  # what any next corpus command does first
        pass
    assert sorted(p.name for p in corpus.corpus_files(project)) == []
    added = corpus.add(project, files)
    assert len(added.added) == 4 and not added.refused


def test_remove_of_an_empty_name_removes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "corpus").mkdir(parents=True)
    corpus.add(Project.at(home), _write_notices(tmp_path, 1))
    for name in ("", "  ", "index.json"):
        with pytest.raises(NotFoundError):
            corpus.remove(Project.at(home), name)
    assert len(corpus.corpus_files(Project.at(home))) == 1
    assert json.loads((home / "corpus" / "index.json").read_text())["notices"]
    assert signal.SIGTERM  # the module is used by the killer script


# --- build: a time budget per notice, dead workers, stale temp files -----------------


def test_a_notice_over_its_time_budget_is_reported_not_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time as _time

    from extractor import pipeline
    from extractor.store import build as build_mod

    def slow(text: str, name: str = "<notice>"):  # noqa: ANN202
        _time.sleep(5)

    monkeypatch.setattr(pipeline, "extract_node_link", slow)
    monkeypatch.setenv("POLICYKG_NOTICE_SECONDS", "0.2")
    name, data, error = build_mod._extract_one("slow.txt", "某县卫生健康局负责。")
    assert data is None and error is not None and "too slow" in error


def test_stale_temp_files_of_a_killed_build_are_removed(tmp_path: Path) -> None:
    from extractor.store import build as build_mod

    home = tmp_path / "home"
    (home / "corpus").mkdir(parents=True)
    (home / "corpus" / "a.txt").write_text(NOTICE, encoding="utf-8")
    (home / "graphs").mkdir()
    (home / "corpus" / ".cache").mkdir()
    stale = [home / "graphs" / ".graph.json.abc.tmp", home / "corpus" / ".cache" / ".a.json.x.tmp"]
    for p in stale:
        p.write_text("partial")
    build_mod.build(Project.at(home))
    assert not any(p.exists() for p in stale)


_WORKER_KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from extractor.store import build
    from extractor import pipeline
    from extractor.project import Project
    real = pipeline.extract_node_link
    marker = sys.argv[2]
    def extract(text, name="<notice>"):
        if name == "n1.txt" and not os.path.exists(marker):  # the first time only
            open(marker, "w").close()
            os.kill(os.getpid(), signal.SIGKILL)
        return real(text, name)
    pipeline.extract_node_link = extract
    s = build.build(Project.at(sys.argv[1]), jobs=2)
    print(s.extracted, len(s.failures))
    """
)


def test_a_worker_killed_during_a_parallel_build_loses_no_notice(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "corpus").mkdir(parents=True)
    for i, p in enumerate(_write_notices(tmp_path, 4)):
        (home / "corpus" / f"n{i}.txt").write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", _WORKER_KILLER, str(home), str(tmp_path / "killed")],
                          cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "killed").exists()
    assert proc.stdout.split() == ["4", "0"]
