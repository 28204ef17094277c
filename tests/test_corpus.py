"""The corpus library and the add/list/remove commands, on a temporary copy of the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import atomic_write
from extractor.match.docmeta import document_meta
from extractor.project import Project
from extractor.store import corpus
from tests.project_home import NOTICE, OTHER, copy_corpus, run


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A project home holding a copy of the seed corpus."""
    h = tmp_path / "proj"
    return copy_corpus(h)


def snapshot(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (home / "corpus").iterdir() if p.is_file() and p.name != ".lock"}


# --- document metadata ----------------------------------------------------------------


def test_docmeta_of_the_seeds(seeds: dict[str, Path]) -> None:
    meta = {k: document_meta(p.read_text(encoding="utf-8")) for k, p in seeds.items()}
    assert meta["000"]["number"] == "奈卫健字〔2025〕83号"
    assert meta["000"]["title"].startswith("关于建立") and meta["000"]["title"].endswith("机制的通知")
    assert meta["000"]["year"] == 2025
    assert meta["001"]["title"] == "关于印发《昌吉市防治重大疾病工作联席会议制度》的通知"  # two lines
    assert (meta["001"]["date"], meta["001"]["issuer"]) == ("2023-12-15", "昌吉市人民政府办公室")
    # 003 cites 奈政发〔2020〕69号 in its body: only its own number counts
    assert meta["003"]["number"] == "奈健推委会发〔2021〕2号"
    assert meta["003"]["date"] == "2021-04-08"
    assert meta["004"]["date"] == "2025-03-24" and meta["004"]["issuer"] is None


@pytest.mark.parametrize(
    ("line", "number", "year"),
    [
        ("某府办发[2024]12号", "某府办发[2024]12号", 2024),
        ("某府发（2019）3号", "某府发（2019）3号", 2019),
        ("某卫字 〔2025〕 第83号", "某卫字〔2025〕第83号", 2025),
        ("某府发(2020)101号", "某府发(2020)101号", 2020),
    ],
)
def test_docmeta_number_brackets(line: str, number: str, year: int) -> None:
    meta = document_meta(f"{line}\n关于测试的通知\n正文。\n")
    assert (meta["number"], meta["year"]) == (number, year)


def test_docmeta_chinese_numeral_date_issuer_on_date_line_and_bad_dates() -> None:
    meta = document_meta("关于做好\n2024年度防汛工作的通知\n正文。\n某县人民政府办公室\n二〇二四年三月十五日\n")
    assert meta["title"] == "关于做好2024年度防汛工作的通知"
    assert (meta["date"], meta["issuer"]) == ("2024-03-15", "某县人民政府办公室")
    meta = document_meta("正文。\n某县人民政府办公室    2023年12月15日\n")
    assert (meta["date"], meta["issuer"]) == ("2023-12-15", "某县人民政府办公室")
    assert document_meta("正文。\n某县人民政府\n2024年2月30日\n")["date"] is None
    meta = document_meta("正文。\n抄送：各单位。\n某县人民政府办公室  2022年1月5日印发\n")
    assert (meta["date"], meta["issuer"]) == ("2022-01-05", "某县人民政府办公室")


def test_docmeta_issuer_before_guanyu_and_signer_after_number() -> None:
    meta = document_meta("某县人民政府办公室关于印发《某县防汛应急预案》的通知\n某政办发〔2024〕5号\n各乡镇：\n")
    assert meta["title"] == "某县人民政府办公室关于印发《某县防汛应急预案》的通知"
    assert meta["number"] == "某政办发〔2024〕5号"
    meta = document_meta("某卫发〔2023〕9号    签发人：张三\n关于某事的请示\n正文。\n")
    assert (meta["number"], meta["title"]) == ("某卫发〔2023〕9号", "关于某事的请示")
    assert document_meta("根据省卫健委关于做好工作的通知，我们。\n")["title"] is None


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_docmeta_never_raises(text: str) -> None:
    meta = document_meta(text)
    assert set(meta) == {"title", "number", "date", "issuer", "year"}


# --- add ------------------------------------------------------------------------------


def test_add_gb18030_utf16_docx_stores_utf8_with_index(home: Path, tmp_path: Path) -> None:
    from test_read import make_docx

    (tmp_path / "gb.txt").write_bytes(NOTICE.encode("gb18030"))
    (tmp_path / "u16.txt").write_bytes(OTHER.encode("utf-16"))
    docx_path = make_docx(tmp_path / "表格 通知.docx")
    result = run(home, "add", str(tmp_path / "gb.txt"), str(tmp_path / "u16.txt"), str(docx_path))
    assert result.exit_code == 0, result.output
    assert "3 added, 0 refused" in result.stderr
    assert (home / "corpus" / "gb.txt").read_text(encoding="utf-8") == NOTICE
    assert (home / "corpus" / "u16.txt").read_text(encoding="utf-8") == OTHER
    assert (home / "corpus" / "表格_通知.txt").read_text(encoding="utf-8").splitlines()[2] == "姓名\t单位\t职务"
    index = json.loads((home / "corpus" / "index.json").read_text(encoding="utf-8"))
    by_name = {r["name"]: r for r in index["notices"]}
    assert set(by_name) == {"gb.txt", "u16.txt", "表格_通知.txt"}
    rec = by_name["u16.txt"]
    assert rec["source"] == "u16.txt" and rec["number"] == "某卫发〔2024〕7号"
    assert rec["title"] == "关于印发《某县测试工作规则》的通知" and rec["date"] == "2024-06-01"
    assert rec["issuer"] == "某县卫生健康局" and rec["added"].endswith("Z")
    assert rec["sha256"] == corpus.text_hash(OTHER)
    assert by_name["表格_通知.txt"]["source"] == "表格 通知.docx"


def test_duplicate_is_refused_and_nothing_changes(home: Path, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(NOTICE, encoding="utf-8")
    assert run(home, "add", str(src)).exit_code == 0
    before = snapshot(home)
    copy = tmp_path / "b.txt"
    copy.write_bytes(NOTICE.encode("gb18030"))  # same text, other encoding and name
    result = run(home, "add", str(copy))
    assert result.exit_code == 5
    assert "already in the corpus as a.txt (same text)" in result.stderr
    assert snapshot(home) == before


def test_seed_copy_is_a_duplicate_of_an_unindexed_file(home: Path, seeds: dict[str, Path]) -> None:
    result = run(home, "add", str(seeds["001"]))
    assert result.exit_code == 5 and f"already in the corpus as {seeds['001'].name}" in result.stderr


def test_built_unindexed_files_are_not_read_again_to_find_a_duplicate(home: Path, seeds: dict[str, Path],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The hash the build stored (size and modification time unchanged) stands for the
    file's text, as in the build; a file changed since is read again."""
    from extractor.store import build as build_mod

    build_mod.build(Project.at(home))
    dropped = home / "corpus" / seeds["002"].name
    dropped.write_text(dropped.read_text(encoding="utf-8") + "\n附\n", encoding="utf-8")  # changed after the build
    read = []
    real = corpus.read_notice
    monkeypatch.setattr(corpus, "read_notice", lambda p: read.append(Path(p)) or real(p))
    with pytest.raises(corpus.DuplicateError, match=f"already in the corpus as {seeds['001'].name}"):
        corpus.add(Project.at(home), [seeds["001"]])
    assert home / "corpus" / seeds["001"].name not in read and dropped in read


def test_same_name_different_text_gets_a_new_name(home: Path, tmp_path: Path) -> None:
    for i, text in enumerate((NOTICE, OTHER)):
        d = tmp_path / str(i)
        d.mkdir()
        (d / "通知.txt").write_text(text, encoding="utf-8")
        assert run(home, "add", str(d / "通知.txt")).exit_code == 0
    assert (home / "corpus" / "通知.txt").read_text(encoding="utf-8") == NOTICE
    assert (home / "corpus" / "通知-2.txt").read_text(encoding="utf-8") == OTHER


def test_one_bad_file_adds_nothing_unless_keep_going(home: Path, tmp_path: Path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(NOTICE, encoding="utf-8")
    bad.write_bytes(b"")
    before = snapshot(home)
    result = run(home, "add", str(good), str(bad))
    assert result.exit_code == 2 and "nothing added: bad.txt: the file is empty" in result.stderr
    assert snapshot(home) == before
    result = run(home, "add", "--keep-going", str(good), str(bad))
    assert result.exit_code == 1
    assert "added good.txt" in result.stdout and "refused: bad.txt: the file is empty" in result.stderr
    assert (home / "corpus" / "good.txt").exists()


class Boom(RuntimeError):
    pass


def _fail_on_call(monkeypatch: pytest.MonkeyPatch, target: str, n: int) -> None:
    """Make ``extractor.atomic_write.<target>`` raise on its n-th call."""
    real = getattr(atomic_write, target) if hasattr(atomic_write, target) else None
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == n:
            raise Boom("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(atomic_write, target, flaky)


@pytest.mark.parametrize("failing_call", [1, 2, 3], ids=["first-text", "second-text", "index"])
def test_interrupted_add_leaves_corpus_and_index_unchanged(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_call: int
) -> None:
    (tmp_path / "seed").write_text(OTHER + "x", encoding="utf-8")
    corpus.add(Project.at(home), [tmp_path / "seed"])  # an index exists beforehand
    before = snapshot(home)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(NOTICE, encoding="utf-8")
    b.write_text(OTHER, encoding="utf-8")
    _fail_on_call(monkeypatch, "atomic_write_bytes", failing_call)  # texts, then the index
    with pytest.raises(Boom):
        corpus.add(Project.at(home), [a, b])
    assert snapshot(home) == before
    assert not [p for p in (home / "corpus").iterdir() if p.name.endswith(".tmp")]


def test_interrupted_write_midway_leaves_no_temp_file(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(home)
    a = tmp_path / "a.txt"
    a.write_text(NOTICE, encoding="utf-8")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_write.os, "fsync", broken_fsync)
    result = run(home, "add", str(a))
    assert result.exit_code == 1
    assert "(No space left on device); nothing was added" in result.stderr
    assert snapshot(home) == before


def test_ctrl_c_during_add_rolls_back_without_traceback(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(home)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(NOTICE, encoding="utf-8")
    b.write_text(OTHER, encoding="utf-8")
    real = atomic_write.atomic_write_bytes
    calls = {"n": 0}

    def interrupted(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(atomic_write, "atomic_write_bytes", interrupted)
    result = run(home, "add", str(a), str(b))
    assert result.exit_code == 1 and "Aborted!" in result.output
    assert snapshot(home) == before


def test_add_of_a_hand_dropped_file_indexes_it_in_place(home: Path) -> None:
    seed = sorted((home / "corpus").glob("001_*.txt"))[0]
    dropped = home / "corpus" / "手工.txt"
    dropped.write_bytes(NOTICE.encode("gb18030"))
    result = run(home, "add", str(seed), str(dropped))
    assert result.exit_code == 0, result.output
    assert dropped.read_text(encoding="utf-8") == NOTICE  # re-encoded to UTF-8 in place
    rows = {r["name"]: r for r in json.loads(run(home, "list", "--format", "json").stdout)}
    assert rows[seed.name]["status"] == "ok" and rows[seed.name]["source"] == seed.name
    assert rows[seed.name]["issuer"] == "昌吉市人民政府办公室"
    assert rows["手工.txt"]["status"] == "ok" and len(rows) == 6
    result = run(home, "add", str(seed))
    assert result.exit_code == 5 and f"already in the corpus as {seed.name}" in result.stderr
    other = sorted((home / "corpus").glob("003_*.txt"))[0]
    result = run(home, "add", str(other), str(other))  # the same file twice
    assert result.exit_code == 5 and f"already in the corpus as {other.name}" in result.stderr
    assert run(home, "add", str(other)).exit_code == 0
    index = json.loads((home / "corpus" / "index.json").read_text(encoding="utf-8"))
    assert sorted(r["name"] for r in index["notices"]) == sorted([seed.name, "手工.txt", other.name])


def test_index_with_a_path_in_a_name_is_refused(home: Path) -> None:
    (home / "corpus" / "index.json").write_text(
        json.dumps({"version": 1, "notices": [{"name": "../../outside.txt"}]}), encoding="utf-8"
    )
    result = run(home, "remove", "../../outside.txt")
    assert result.exit_code == 1 and "a record without a plain file name" in result.stderr
    (home / "corpus" / "index.json").write_text(
        json.dumps({"version": 1, "notices": [{"name": "a.txt", "sha256": ["x"]}]}), encoding="utf-8"
    )
    result = run(home, "list")
    assert result.exit_code == 1 and "a record with a value that is not text" in result.stderr


def test_unwritable_corpus_gives_a_clear_message(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class DeniedLock:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def acquire(self) -> None:
            raise PermissionError(13, "Permission denied")

    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    monkeypatch.setattr(corpus, "FileLock", DeniedLock)
    result = run(home, "add", str(tmp_path / "a.txt"))
    assert result.exit_code == 1 and "cannot lock the corpus" in result.stderr
    assert "(Permission denied)" in result.stderr or "Permission denied)" in result.stderr


# --- list / remove ------------------------------------------------------------------------


def test_list_shows_indexed_unindexed_missing_and_changed(home: Path, tmp_path: Path) -> None:
    for name, text in (("a.txt", NOTICE), ("b.txt", OTHER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        run(home, "add", str(tmp_path / name))
    (home / "corpus" / "a.txt").unlink()
    (home / "corpus" / "b.txt").write_text(OTHER + "补充。\n", encoding="utf-8")
    rows = json.loads(run(home, "list", "--format", "json").stdout)
    status = {r["name"]: r["status"] for r in rows}
    assert status["a.txt"] == "missing" and status["b.txt"] == "changed"
    assert status["001_2e243f5ce7bbc465.txt"] == "unindexed"
    assert len(rows) == 7
    table = run(home, "list", "--width", "250").stdout  # wide enough for whole titles
    assert "关于印发《昌吉市防治重大疾病工作联席会议制度》的通知" in table and "奈卫健字〔2025〕83号" in table
    csv_out = run(home, "list", "--format", "csv").stdout
    assert csv_out.splitlines()[0] == "\ufeffname,source,title,number,date,issuer,added,sha256,status"


def test_remove_by_stem_prefix_and_errors(home: Path, tmp_path: Path) -> None:
    (tmp_path / "测试通知.txt").write_text(NOTICE, encoding="utf-8")
    run(home, "add", str(tmp_path / "测试通知.txt"))
    result = run(home, "remove", "测试通知")
    assert result.exit_code == 0 and "removed 测试通知.txt" in result.stdout
    assert not (home / "corpus" / "测试通知.txt").exists()
    assert json.loads((home / "corpus" / "index.json").read_text(encoding="utf-8"))["notices"] == []
    assert run(home, "remove", "nothing-like-this").exit_code == 3
    result = run(home, "remove", "00")
    assert result.exit_code == 4 and "matches several notices" in result.stderr
    before = snapshot(home)
    result = run(home, "remove", "003", "no-such-notice")  # one bad name: nothing removed
    assert result.exit_code == 3 and snapshot(home) == before
    result = run(home, "remove", "002")  # an unindexed seed, by unique prefix
    assert result.exit_code == 0 and not (home / "corpus" / "002_1b7a70b10b949c63.txt").exists()
    # once removed, the same text can be added again
    assert run(home, "add", str(tmp_path / "测试通知.txt")).exit_code == 0


def test_damaged_index_gives_a_clear_message(home: Path, tmp_path: Path) -> None:
    (home / "corpus" / "index.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "a.txt").write_text(NOTICE, encoding="utf-8")
    for args in (("add", str(tmp_path / "a.txt")), ("list",), ("build",)):
        result = run(home, *args)
        assert result.exit_code == 1 and "the corpus index is damaged" in result.stderr


# --- add FOLDER, patterns -----------------------------------------------------------------


def _folder(tmp_path: Path) -> Path:
    """notices/: a.txt, b.docx, README.md, .hidden.txt, ~$lock.docx, sub/c.txt (three notices
    at the top and one below, one other file, two hidden ones)."""
    from test_read import make_docx

    d = tmp_path / "notices"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(NOTICE, encoding="utf-8")
    make_docx(d / "b.docx")
    (d / "README.md").write_text("not a notice", encoding="utf-8")
    (d / ".hidden.txt").write_text(OTHER + "隐藏", encoding="utf-8")
    (d / "~$lock.docx").write_bytes(b"\x00lock")
    (d / "sub" / "c.txt").write_text(OTHER, encoding="utf-8")
    return d


def test_add_folder_takes_its_txt_and_docx_and_again_only_the_new(home: Path, tmp_path: Path) -> None:
    d = _folder(tmp_path)
    result = run(home, "add", str(d))
    assert result.exit_code == 0, result.output
    assert result.stdout.count("added ") == 2 and "added a.txt" in result.stdout and "added b.txt" in result.stdout
    assert result.stderr.splitlines() == [
        "2 added, 0 refused; 3 other files of the folders left alone (not .txt/.docx, or hidden)",
        "run `policykg build` to update the graph",
    ]
    # again, recursively: the two already there are skipped (not refused), sub/c.txt is new
    result = run(home, "add", str(d), "-R")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("added c.txt  (from c.txt)")
    assert result.stderr.splitlines()[0].startswith("1 added, 0 refused, 2 already in the corpus (same text)")
    assert {e.name for e in corpus.entries(Project.at(home)) if e.status == "ok"} == {"a.txt", "b.txt", "c.txt"}
    # a file named on its own is still refused as a duplicate
    assert run(home, "add", str(d / "a.txt")).exit_code == 5


def test_add_pattern_quoted_for_the_shell(home: Path, tmp_path: Path) -> None:
    d = _folder(tmp_path)
    result = run(home, "add", str(d / "*.docx"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("added b.txt  (from b.docx)")
    result = run(home, "add", str(d / "**" / "*.txt"))  # ** reaches the subfolders
    assert result.exit_code == 0 and "added a.txt" in result.stdout and "added c.txt" in result.stdout
    before = snapshot(home)
    result = run(home, "add", str(d / "*.pdf"))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: nothing added: {d / '*.pdf'}: no file matches this pattern"
    assert snapshot(home) == before


def test_add_folder_with_bad_files_adds_nothing_and_names_each(home: Path, tmp_path: Path) -> None:
    d = _folder(tmp_path)
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    before = snapshot(home)
    result = run(home, "add", str(d))
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("refused: binary.txt: ") and lines[1] == "refused: empty.txt: the file is empty"
    assert lines[2] == "Error: nothing added: 2 of 4 files refused (fix or leave them out, or --keep-going adds the others)"
    assert len(lines) == 3 and snapshot(home) == before
    result = run(home, "add", str(d), "--keep-going")
    assert result.exit_code == 1 and result.stdout.count("added ") == 2
    assert result.stderr.splitlines()[-2].startswith("2 added, 2 refused")


def test_add_empty_folder_says_so(home: Path, tmp_path: Path) -> None:
    (tmp_path / "empty" / "deeper").mkdir(parents=True)
    result = run(home, "add", str(tmp_path / "empty"))
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"Error: nothing added: {tmp_path / 'empty'}: no .txt or .docx file in this "
                                     "folder (--recursive looks into its subfolders)")
