"""Hostile input to add/build: each a clear message and exit code or a correct result.

Never a traceback, never a lost or half-written corpus, index or graph file.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import graph
from extractor.errors import InputError
from extractor.project import Project
from extractor.read import MAX_BYTES, decode_bytes
from extractor.store import corpus
from tests.project_home import NOTICE, ROOT, copy_corpus, run

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(range(256))


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "我的 项目"
    return copy_corpus(h)


def policykg(home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "extractor", "--home", str(home), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=300)
    assert "Traceback" not in out + err, err
    return proc.returncode, out, err


def state(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (home / "corpus").iterdir() if p.is_file() and p.name != ".lock"}


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "不是公文")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (PNG, "this is a PNG image, not a text notice"),
        (_zip(), "this is a zip archive, not a Word .docx notice"),
        (
            "通知".encode() * 50 + b"\xc3\x28" + "正文".encode() * 50,
            "invalid UTF-8 byte 0xC3 at byte offset 300 (line 1) in an otherwise UTF-8 file; fix or re-save the file as UTF-8",
        ),
        (
            b"abc\x00\x00def",
            "looks like a binary file, not text (it contains NUL bytes; UTF-16 text needs a byte-order mark)",
        ),
    ],
    ids=["empty", "png", "zip", "bad-utf8", "nul"],
)
def test_unreadable_files_are_refused_and_the_corpus_is_untouched(
    home: Path, tmp_path: Path, data: bytes, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    before = state(home)
    result = run(home, "add", str(bad))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: nothing added: bad.txt: {message}"
    assert state(home) == before


def test_gb18030_without_declaring_it_is_added_and_built(home: Path, tmp_path: Path) -> None:
    (tmp_path / "gb.txt").write_bytes(NOTICE.encode("gb18030"))
    assert run(home, "add", str(tmp_path / "gb.txt")).exit_code == 0
    assert (home / "corpus" / "gb.txt").read_text(encoding="utf-8") == NOTICE
    assert run(home, "build").exit_code == 0


def test_enormous_single_line_file_is_refused_quickly(home: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # 50 MB on one line
        chunk = "通知内容".encode() * (1024 * 1024 // 12)
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
        fh.truncate(50 * 1024 * 1024)
    assert big.stat().st_size > MAX_BYTES
    rc, _, err = finish(policykg(home, "add", str(big)))
    assert rc == 2 and "big.txt: the file is too large (50.0 MB; the limit is 10.0 MB)" in err
    shutil.copy(big, home / "corpus" / "big.txt")  # dropped by hand: the build skips it
    result = run(home, "build")
    assert result.exit_code == 1 and "big.txt: not built: big.txt: the file is too large" in result.stderr
    assert "6 notices (5 extracted, 0 cached, 1 failed)" in result.stdout


POEM = "静夜思\n床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。\n"
ROSTER = "".join(f"张{c}  某县第{i}局局长\n" for i, c in enumerate("一二三四五六七八九十", 1))
HTML = (
    "关于<b>加强</b>工作的通知\n<script>alert('x')</script>\n"
    '<img src=x onerror="alert(1)">某县卫生健康局负责&lt;组织&gt;协调。\n某县卫生健康局\n2024年5月6日\n'
)


@pytest.mark.parametrize(("name", "text"), [("poem.txt", POEM), ("roster.txt", ROSTER), ("html.txt", HTML)])
def test_odd_but_valid_notices_are_added_and_built(home: Path, tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    assert run(home, "add", str(tmp_path / name)).exit_code == 0
    assert (home / "corpus" / name).read_text(encoding="utf-8") == text  # kept verbatim
    result = run(home, "build")
    assert result.exit_code == 0 and "(6 extracted, 0 cached, 0 failed)" in result.stdout
    g = graph.load(home)
    assert f"doc:{name}" in g
    for _, _, data in g.edges(data=True):  # whatever was found points into the text
        if data["doc"] == name:
            start, end = data["span"]
            assert text[start:end] == data["evidence"]


def test_html_notice_metadata_is_plain_text(tmp_path: Path, home: Path) -> None:
    (tmp_path / "html.txt").write_text(HTML, encoding="utf-8")
    run(home, "add", str(tmp_path / "html.txt"))
    (row,) = [r for r in json.loads(run(home, "list", "--format", "json").stdout) if r["name"] == "html.txt"]
    assert row["date"] == "2024-05-06" and row["issuer"] == "某县卫生健康局"


def test_paths_with_spaces_and_chinese(tmp_path: Path) -> None:
    home = tmp_path / "我的 项目" / "政策 库"
    folder = tmp_path / "下载 文件夹" / "二〇二四 年"
    folder.mkdir(parents=True)
    src = folder / "某县 关于建立#协作机制的通知 (终稿).txt"
    src.write_text(NOTICE, encoding="utf-8")
    rc, out, err = finish(policykg(home, "add", str(src)))
    assert rc == 0, err
    stored = "某县_关于建立_协作机制的通知_(终稿).txt"
    assert f"added {stored}" in out and (home / "corpus" / stored).exists()
    rc, out, _ = finish(policykg(home, "build"))
    assert rc == 0 and f"doc:{stored}" in graph.load(home)
    rc, out, _ = finish(policykg(home, "remove", stored))
    assert rc == 0 and not (home / "corpus" / stored).exists()


def test_corpus_file_deleted_between_add_and_build(home: Path, tmp_path: Path) -> None:
    (tmp_path / "gone.txt").write_text(NOTICE, encoding="utf-8")
    run(home, "add", str(tmp_path / "gone.txt"))
    (home / "corpus" / "gone.txt").unlink()
    result = run(home, "build")
    assert result.exit_code == 0
    assert "warning: gone.txt is in the corpus index but its file is gone" in result.stderr
    assert "5 notices (5 extracted" in result.stdout
    assert "doc:gone.txt" not in graph.load(home)
    result = run(home, "remove", "gone.txt")
    assert result.exit_code == 0 and "its file was already gone" in result.stdout
    assert "warning" not in run(home, "build").stderr


def test_binary_file_dropped_into_corpus_by_hand(home: Path) -> None:
    (home / "corpus" / "image.txt").write_bytes(PNG)
    result = run(home, "build")
    assert result.exit_code == 1
    assert "warning: image.txt: not built: image.txt: this is a PNG image" in result.stderr
    assert "6 notices (5 extracted, 0 cached, 1 failed)" in result.stdout
    assert [r["status"] for r in json.loads(run(home, "list", "--format", "json").stdout) if r["name"] == "image.txt"] == [
        "unreadable"
    ]


def test_two_add_processes_at_once_keep_the_index_consistent(home: Path, tmp_path: Path) -> None:
    files = []
    for i in range(6):
        p = tmp_path / f"n{i}.txt"
        p.write_text(NOTICE + f"第{i}号补充。\n", encoding="utf-8")
        files.append(p)
    procs = [policykg(home, "add", *map(str, files[:3])), policykg(home, "add", *map(str, files[3:]))]
    assert [finish(p)[0] for p in procs] == [0, 0]
    index = json.loads((home / "corpus" / "index.json").read_text(encoding="utf-8"))
    assert sorted(r["name"] for r in index["notices"]) == [f"n{i}.txt" for i in range(6)]
    for rec in index["notices"]:
        assert corpus.text_hash((home / "corpus" / rec["name"]).read_text(encoding="utf-8")) == rec["sha256"]


def test_two_processes_adding_the_same_notice_one_is_refused(home: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "same.txt", tmp_path / "b" / "same.txt"
    for p in (a, b):
        p.parent.mkdir()
        p.write_text(NOTICE, encoding="utf-8")
    results = [finish(p) for p in (policykg(home, "add", str(a)), policykg(home, "add", str(b)))]
    assert sorted(rc for rc, _, _ in results) == [0, 5]
    assert any("already in the corpus as same.txt" in err for _, _, err in results)
    index = json.loads((home / "corpus" / "index.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in index["notices"]] == ["same.txt"]
    assert not (home / "corpus" / "same-2.txt").exists()


def test_lock_held_elsewhere_gives_a_clear_refusal(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    monkeypatch.setattr(corpus, "LOCK_TIMEOUT", 0.2)
    before = state(home)
    with corpus.lock(Project.at(home)):
        result = run(home, "add", str(tmp_path / "a.txt"))
    assert result.exit_code == 6 and "another policykg process is changing the corpus" in result.stderr
    assert state(home) == before


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_raise_input_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, "x")
    except InputError as err:
        assert str(err).startswith("x: ")
    else:
        assert isinstance(text, str) and text.strip()


def test_file_names_that_are_not_utf8(home: Path, tmp_path: Path) -> None:
    """Names from an old GBK zip: added under a readable name; dropped in corpus/: skipped."""
    src = os.path.join(os.fsencode(tmp_path), "关于".encode("gbk") + b".txt")
    with open(src, "wb") as fh:
        fh.write(NOTICE.encode("utf-8"))
    dropped = os.path.join(os.fsencode(home / "corpus"), "其他".encode("gbk") + b".txt")
    with open(dropped, "wb") as fh:
        fh.write(NOTICE.replace("测试", "其他").encode("utf-8"))
    result = run(home, "add", os.fsdecode(src))
    assert result.exit_code == 0 and "added 关于.txt  (from 关于.txt)" in result.stdout
    result = run(home, "add", os.fsdecode(dropped))
    assert result.exit_code == 2 and "其他.txt: the file name in corpus/ is not UTF-8" in result.stderr
    rows = {r["name"]: r["status"] for r in json.loads(run(home, "list", "--format", "json").stdout)}
    assert rows["关于.txt"] == "ok" and rows["其他.txt"] == "bad-name"
    result = run(home, "build")
    assert result.exit_code == 0 and "warning: 其他.txt: the file name is not UTF-8, skipped" in result.stderr
    assert "6 notices (6 extracted" in result.stdout


def test_docx_zip_bomb_is_refused(tmp_path: Path, home: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b" " * (1024 * 1024)
            for _ in range(110):  # 110 MB of spaces, about 110 KB compressed
                fh.write(chunk)
    assert bomb.stat().st_size < MAX_BYTES
    result = run(home, "add", str(bomb))
    assert result.exit_code == 2
    assert "bomb.docx: the Word document unpacks to 110.0 MB (the limit is 100.0 MB)" in result.stderr
