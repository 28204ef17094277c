"""Incremental build: cache per notice, parallel jobs, end-to-end runs of ``python -m extractor``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import extractor
from extractor import graph, pipeline
from extractor import store as store_mod
from extractor.project import Project
from extractor.store import build as build_mod
from tests.project_home import NOTICE, OTHER, ROOT, copy_corpus, run


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "proj"
    return copy_corpus(h)


def policykg(home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """A real ``python -m extractor`` process (no traceback allowed in its output)."""
    proc = subprocess.run(
        [sys.executable, "-m", "extractor", "--home", str(home), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    return proc


def snapshot(project: Project) -> str:
    """The store's graph as canonical JSON (nodes in merge order, edges sorted)."""
    g = graph.load(project.db_path)
    nodes = [[n, d] for n, d in g.nodes(data=True)]
    edges = sorted([u, v, k, d] for u, v, k, d in g.edges(keys=True, data=True))
    return json.dumps([nodes, edges], ensure_ascii=False, sort_keys=True)


def test_second_build_is_all_cached_and_one_new_notice_is_one_extraction(home: Path, tmp_path: Path) -> None:
    project = Project.at(home)
    first = build_mod.build(project)
    assert (first.notices, first.extracted, first.cached, first.failed) == (5, 5, 0, 0)
    graph_before = snapshot(project)
    second = build_mod.build(project)
    assert (second.extracted, second.cached) == (0, 5)
    assert snapshot(project) == graph_before
    (tmp_path / "new.txt").write_text(NOTICE, encoding="utf-8")
    assert run(home, "add", str(tmp_path / "new.txt")).exit_code == 0
    third = build_mod.build(project)
    assert (third.extracted, third.cached, third.extracted_names) == (1, 5, ["new.txt"])
    assert "doc:new.txt" in graph.load(home)


def test_store_equals_the_merge_of_the_notices_after_adds_and_removes(home: Path) -> None:
    """The store after any builds is graph.merge of the notices it holds, node order too."""
    project = Project.at(home)
    build_mod.build(project)
    names = sorted(p.name for p in (home / "corpus").glob("*.txt"))
    graphs = {n: build_mod._load_cached(build_mod._cache_file(project, n)) for n in names}

    def merged(keep: list[str]) -> str:
        g = graph.merge(graphs[n].copy() for n in sorted(keep))
        nodes = [[n, d] for n, d in g.nodes(data=True)]
        edges = sorted([u, v, k, d] for u, v, k, d in g.edges(keys=True, data=True))
        return json.dumps([nodes, edges], ensure_ascii=False, sort_keys=True)

    assert snapshot(project) == merged(names)
    gone = home / "corpus" / names[0]
    text = gone.read_bytes()
    gone.unlink()
    summary = build_mod.build(project)
    assert (summary.notices, summary.extracted) == (4, 0)
    assert snapshot(project) == merged(names[1:])
    gone.write_bytes(text)
    build_mod.build(project)
    assert snapshot(project) == merged(names)


def test_unchanged_corpus_is_not_reread_and_a_damaged_store_needs_force(home: Path) -> None:
    project = Project.at(home)
    first = build_mod.build(project)
    content = snapshot(project)
    again = build_mod.build(project)
    assert (again.nodes, again.edges, again.cached) == (first.nodes, first.edges, 5)
    project.db_path.write_bytes(b"this is not a database" * 100)  # damaged by hand
    result = run(home, "build")
    assert result.exit_code == 3 and "damaged" in result.stderr and "build --force" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = run(home, "stats")
    assert result.exit_code == 3 and "build --force" in result.stderr
    assert run(home, "build", "--force").exit_code == 0
    assert snapshot(project) == content
    project.db_path.unlink()
    build_mod.build(project)
    assert snapshot(project) == content
    # a database whose header reads well but whose tables are not ours: --force rebuilds it
    import sqlite3

    project.db_path.unlink()
    half = sqlite3.connect(project.db_path)
    half.executescript("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
                       "INSERT INTO meta VALUES ('store_version', '1'); CREATE TABLE notices (file TEXT);")
    half.close()
    result = run(home, "build")
    assert result.exit_code == 3 and "build --force" in result.stderr
    assert run(home, "build", "--force").exit_code == 0
    assert snapshot(project) == content


def test_changed_text_or_extractor_version_re_extracts(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = Project.at(home)
    build_mod.build(project)
    seed = sorted((home / "corpus").glob("003_*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\n补充说明。\n", encoding="utf-8")
    assert build_mod.build(project).extracted_names == [seed.name]
    monkeypatch.setattr(extractor, "EXTRACTOR_VERSION", extractor.EXTRACTOR_VERSION + "-next")
    assert build_mod.build(project).extracted == 5
    assert build_mod.build(project, force=True).extracted == 5


def test_a_change_keeping_size_and_time_is_found_by_rehash(home: Path) -> None:
    """A build reads no notice whose size and modification time are as stored (as git's
    index); a file changed without changing either is found by ``build --rehash``."""
    project = Project.at(home)
    build_mod.build(project)
    seed = sorted((home / "corpus").glob("003_*.txt"))[0]
    st = seed.stat()
    text = seed.read_text(encoding="utf-8")
    changed = text.replace("，", "。", 1)
    assert changed != text and len(changed.encode()) == len(text.encode())
    seed.write_text(changed, encoding="utf-8")
    os.utime(seed, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert build_mod.build(project).extracted == 0
    result = policykg(home, "build", "--rehash")
    assert result.returncode == 0 and "(1 extracted, 4 cached, 0 failed)" in result.stdout
    assert build_mod.build(project, rehash=True).extracted == 0


def test_the_extractor_key_covers_what_extraction_imports_and_nothing_else() -> None:
    """A change to the store, a query or a command re-extracts nothing (the key leaves them
    out); that holds only while extracting a notice imports none of them."""
    probe = ("import sys\n"
             "from extractor import graph\n"
             "from extractor.pipeline import extract_text\n"
             "graph.to_node_link(extract_text('关于成立某县防治工作联席会议的通知\\n县卫健委负责统筹。', 'a.txt'))\n"
             "print(' '.join(m for m in sys.modules if m.startswith('extractor')))\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout.split()
    tops = {m.split(".")[1] for m in out if "." in m}  # extractor.match.duties -> match
    imported = {t if (ROOT / "extractor" / t).is_dir() else f"{t}.py" for t in tops}
    assert "pipeline.py" in imported and "match" in imported
    assert imported.isdisjoint(build_mod.NOT_EXTRACTION), imported & set(build_mod.NOT_EXTRACTION)


def test_a_change_outside_extraction_keeps_the_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import shutil

    package = tmp_path / "extractor"
    shutil.copytree(ROOT / "extractor", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(extractor, "__file__", str(package / "__init__.py"))
    monkeypatch.setattr(build_mod, "_LEXICONS", package / "lexicons")
    key = build_mod.extractor_key()
    (package / "query" / "__init__.py").write_text("# changed\n", encoding="utf-8")
    (package / "store" / "build.py").write_text("# changed\n", encoding="utf-8")
    assert build_mod.extractor_key() == key
    (package / "match" / "duties" / "divisions.py").write_text("# changed\n", encoding="utf-8")
    assert build_mod.extractor_key() != key


def test_cache_is_used_not_recomputed(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = Project.at(home)
    build_mod.build(project)
    monkeypatch.setattr(pipeline, "extract_node_link", lambda *a: pytest.fail("re-extracted a cached notice"))
    assert build_mod.build(project).cached == 5


def test_damaged_cache_files_are_re_extracted(home: Path) -> None:
    project = Project.at(home)
    build_mod.build(project)
    graph_before = snapshot(project)
    caches = sorted(project.cache_dir.glob("*.json"))
    caches[0].write_text("{half a header", encoding="utf-8")
    header = caches[1].read_text(encoding="utf-8").splitlines()[0]
    caches[1].write_text(header + "\n{half a graph", encoding="utf-8")  # header valid, graph not
    project.db_path.unlink()  # the store is gone: its notices come from the cache
    summary = build_mod.build(project)
    assert (summary.extracted, summary.cached, summary.failed) == (2, 3, 0)
    assert snapshot(project) == graph_before
    assert build_mod.build(project).cached == 5


def test_jobs_2_gives_the_same_graph_as_jobs_1(home: Path, tmp_path: Path) -> None:
    project = Project.at(home)
    one = build_mod.build(project, jobs=1, force=True)
    g1 = snapshot(project)
    calls: list[tuple[int, int, str]] = []
    project.db_path.unlink()
    two = build_mod.build(project, jobs=2, force=True, progress=lambda *a: calls.append(a))
    assert snapshot(project) == g1
    assert (one.extracted, two.extracted) == (5, 5)
    assert [c[0] for c in calls] == [1, 2, 3, 4, 5] and {c[1] for c in calls} == {5}
    assert sorted(c[2] for c in calls) == sorted(p.name for p in (home / "corpus").glob("*.txt"))


def _report_niceness(name: str, *_rest: object) -> tuple[str, int, None, None]:
    """Stands in for a worker's extraction: the worker's niceness."""
    return name, os.nice(0), None, None


@pytest.mark.parametrize(("setting", "steps"), [(None, build_mod.WORKER_NICE), ("0", 0), ("2", 2), ("x", 5)])
def test_extracting_workers_run_nicer_than_the_process_that_writes_the_store(
        monkeypatch: pytest.MonkeyPatch, setting: str | None, steps: int) -> None:
    monkeypatch.setattr(build_mod, "_extract_and_cache", _report_niceness)
    if setting is None:
        monkeypatch.delenv("POLICYKG_WORKER_NICE", raising=False)
    else:
        monkeypatch.setenv("POLICYKG_WORKER_NICE", setting)
    got: dict[str, int] = {}
    work = [(f"n{i}.txt", Path("."), Path("."), "", "") for i in range(4)]
    assert build_mod._run_pool(build_mod._pool_context(), work, 2, lambda name, nice, *_: got.update({name: nice})) == set()
    assert got == {f"n{i}.txt": min(19, os.nice(0) + steps) for i in range(4)}


def _dies_on_the_fourth(name: str, *_: object) -> tuple[str, None, None, None]:
    """Stands in for a worker's extraction: its process dies on ``n3.txt``."""
    if name == "n3.txt":
        os._exit(1)
    return name, None, None, None


def test_a_pool_takes_each_result_once_past_its_window_and_names_what_a_dead_worker_left(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """More notices than the window of notices in flight: each result is accepted once; a
    worker that dies leaves its notices (and the ones not yet done) to be extracted again."""
    monkeypatch.setattr(build_mod, "IN_FLIGHT_PER_JOB", 2)
    monkeypatch.setattr(build_mod, "_extract_and_cache", _report_niceness)
    names = [f"n{i}.txt" for i in range(25)]
    work = [(name, Path("."), Path("."), "", "") for name in names]
    got: list[str] = []
    assert build_mod._run_pool(build_mod._pool_context(), work, 2, lambda name, *_: got.append(name)) == set()
    assert sorted(got) == sorted(names)
    monkeypatch.setattr(build_mod, "_extract_and_cache", _dies_on_the_fourth)
    got.clear()
    left = build_mod._run_pool(build_mod._pool_context(), work, 2, lambda name, *_: got.append(name))
    assert "n3.txt" in left and not left & set(got) and left | set(got) == set(names) and len(got) == len(set(got))


@pytest.mark.parametrize("jobs", [1, 2])
def test_workers_write_the_build_cache_and_a_cache_they_cannot_write_is_one_warning(home: Path, jobs: int) -> None:
    """The extracting processes write each notice's build cache; where they cannot (the
    cache folder is a file here), the notices are built and the summary warns once."""
    project = Project.at(home)
    build_mod.build(project, jobs=jobs)
    assert len(list(project.cache_dir.glob("*.json"))) == 5
    again = build_mod.build(project, jobs=jobs, force=True)
    assert (again.extracted, again.failed) == (5, 0)
    graph_before = snapshot(project)

    for p in project.cache_dir.iterdir():
        p.unlink()
    project.cache_dir.rmdir()
    project.cache_dir.write_text("not a folder", encoding="utf-8")
    project.db_path.unlink()
    summary = build_mod.build(project, jobs=jobs)
    assert (summary.extracted, summary.failed) == (5, 0)
    assert sum("cannot write the build cache" in w for w in summary.warnings) == 1
    assert snapshot(project) == graph_before


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_notice_changed_between_its_hash_and_its_extraction_is_not_built(
        home: Path, monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    """A notice's text is read again where it is extracted; a text that is not the one the
    build hashed is reported, not built, and the next build builds it."""
    project = Project.at(home)
    changed = sorted(p.name for p in (home / "corpus").glob("*.txt"))[1]
    real = build_mod.read_notice
    reads: dict[str, int] = {}

    def read(path: Path) -> str:
        reads[Path(path).name] = reads.get(Path(path).name, 0) + 1
        text = real(path)
        return text + "\n（又改了一处）" if Path(path).name == changed and reads[changed] > 1 else text

    monkeypatch.setattr(build_mod, "read_notice", read)
    summary = build_mod.build(project, jobs=jobs)
    assert summary.failures == {changed: build_mod.CHANGED} and summary.extracted == 4
    monkeypatch.undo()
    again = build_mod.build(project, jobs=jobs)
    assert (again.extracted, again.extracted_names, again.failed) == (1, [changed], 0)


def test_extractor_error_on_one_notice_is_a_warning(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.extract_node_link

    def flaky(text: str, doc: str):
        if doc.startswith("002"):
            raise ValueError("cannot parse")
        return real(text, doc)

    monkeypatch.setattr(pipeline, "extract_node_link", flaky)
    result = run(home, "build")
    assert result.exit_code == 1
    assert "warning: 002_1b7a70b10b949c63.txt: not built: extractor error ValueError: cannot parse" in result.stderr
    assert "5 notices (4 extracted, 0 cached, 1 failed)" in result.stdout
    g = graph.load(home)
    assert "doc:002_1b7a70b10b949c63.txt" not in g and "doc:001_2e243f5ce7bbc465.txt" in g


def test_when_every_notice_fails_the_store_is_kept(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(home, "build").exit_code == 0
    before = snapshot(Project.at(home))

    def broken(text: str, doc: str):
        raise RuntimeError("new extractor bug")

    monkeypatch.setattr(pipeline, "extract_node_link", broken)
    result = run(home, "build", "--force")
    assert result.exit_code == 1
    assert "no notice could be built" in result.stderr and "left as it was" in result.stderr
    assert "000_72e586122159874d.txt: extractor error RuntimeError: new extractor bug" in result.stderr
    assert "and 2 more" in result.stderr
    assert snapshot(Project.at(home)) == before


def test_hand_dropped_text_is_built_and_other_files_are_warned(home: Path) -> None:
    (home / "corpus" / "手工 放入.txt").write_bytes(NOTICE.encode("gb18030"))
    (home / "corpus" / "notes.md").write_text("# notes", encoding="utf-8")
    result = run(home, "build")
    assert result.exit_code == 0
    assert "6 notices (6 extracted" in result.stdout
    assert "warning: notes.md: not a .txt notice, skipped" in result.stderr
    assert "doc:手工 放入.txt" in graph.load(home)


def test_stale_cache_entries_are_pruned(home: Path) -> None:
    project = Project.at(home)
    build_mod.build(project)
    def cached() -> int:
        return len(list(project.cache_dir.glob("*.json")))

    assert cached() == 5
    run(home, "remove", "004")
    summary = build_mod.build(project)
    assert (summary.notices, summary.cached) == (4, 4)
    assert cached() == 4


def test_progress_bar_and_summary_for_a_long_run(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.commands import corpus as corpus_cmd

    assert not corpus_cmd._want_progress(100)  # stderr is no terminal here: no bar at all
    monkeypatch.setattr(corpus_cmd, "_terminal", lambda: True)
    seed = sorted((home / "corpus").glob("001_*.txt"))[0].read_text(encoding="utf-8")
    for i in range(20):
        (home / "corpus" / f"x{i:02d}.txt").write_text(seed + f"\n附{i}\n", encoding="utf-8")
    result = run(home, "build", "--jobs", "2")
    assert result.exit_code == 0
    assert "building" in result.stderr  # click prints only the label when stderr is no terminal
    assert result.stdout.startswith(f"built {home / 'graphs' / 'graph.db'}: 25 notices (25 extracted, 0 cached, 0 failed)")


def test_empty_corpus_and_no_corpus(tmp_path: Path) -> None:
    (tmp_path / "empty" / "corpus").mkdir(parents=True)
    result = run(tmp_path / "empty", "build")
    assert result.exit_code == 0 and "the corpus has no notices" in result.stderr
    assert graph.load(tmp_path / "empty").number_of_nodes() == 0
    result = run(tmp_path / "nothing", "build")
    assert result.exit_code == 1 and "has no corpus/ folder" in result.stderr
    assert run(tmp_path / "empty", "build", "--jobs", "0").exit_code == 2


def test_end_to_end_subprocess_add_build_incremental(tmp_path: Path) -> None:
    from test_read import make_docx

    home = tmp_path / "新 项目"  # starts without corpus/: add creates it

    src = tmp_path / "来源 文件"
    src.mkdir()
    (src / "国标 通知.txt").write_bytes(NOTICE.encode("gb18030"))
    (src / "u16.txt").write_bytes(OTHER.encode("utf-16"))
    docx_path = make_docx(src / "表格.docx")
    proc = policykg(home, "add", str(src / "国标 通知.txt"), str(src / "u16.txt"), str(docx_path))
    assert proc.returncode == 0, proc.stderr
    assert "3 added, 0 refused" in proc.stderr
    proc = policykg(home, "add", str(src / "u16.txt"))
    assert proc.returncode == 5 and "already in the corpus as u16.txt" in proc.stderr
    proc = policykg(home, "build")
    assert proc.returncode == 0 and "3 notices (3 extracted, 0 cached, 0 failed)" in proc.stdout
    assert {"doc:国标_通知.txt", "doc:u16.txt", "doc:表格.txt"} <= set(graph.load(home))
    proc = policykg(home, "build", "--jobs", "2")
    assert "3 notices (0 extracted, 3 cached, 0 failed)" in proc.stdout
    (src / "more.txt").write_text(NOTICE + "补充。\n", encoding="utf-8")
    policykg(home, "add", str(src / "more.txt"))
    proc = policykg(home, "build", "--jobs", "2")
    assert "4 notices (1 extracted, 3 cached, 0 failed)" in proc.stdout
    assert proc.returncode == 0 and "doc:more.txt" in graph.load(home)


def test_a_second_build_waits_for_the_first(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from filelock import FileLock

    (home / "graphs").mkdir()
    monkeypatch.setattr(build_mod, "BUILD_LOCK_TIMEOUT", 0.2)
    with FileLock(str(home / "graphs" / build_mod.BUILD_LOCK_NAME)):
        result = run(home, "build")
    assert result.exit_code == 6 and "another build of this project is running" in result.stderr
    assert not (home / "graphs" / "graph.db").exists()
    assert run(home, "build").exit_code == 0


def _store_dump(db: Path) -> tuple[list[str], dict[str, list[tuple]]]:
    """The store's sorted SQL dump (every table's rows, their row ids, the schema) but the
    full-text indexes' B-tree pages (``*_data``, ``*_idx``: their segments depend on how the
    rows were added), and what those indexes hold: every (term, row, column, offset)."""
    import re
    import sqlite3

    conn = sqlite3.connect(db)
    segments = re.compile(r'INSERT INTO "(duty|evidence)_search_(data|idx)"')
    lines = sorted(line for line in conn.iterdump() if not segments.match(line))
    for table, key in (("notices", "file"), ("nodes", "id"), ("duties", "id")):  # (row ids the dump leaves out)
        lines += sorted(f"{table} {r}" for r in conn.execute(f"SELECT rowid, {key} FROM {table}"))
    held = {}
    for fts in ("duty_search", "evidence_search"):
        conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 0)")
        conn.execute(f"CREATE VIRTUAL TABLE temp.{fts}_held USING fts5vocab(main, {fts}, instance)")
        held[fts] = sorted(conn.execute(f"SELECT * FROM temp.{fts}_held"))
    conn.close()
    return lines, held


def test_a_build_into_an_empty_store_is_the_store_written_notice_by_notice(home: Path) -> None:
    """The first build (and ``--force``) loads a new file in bulk and renames it into place
    (indexes and full text made at its end, no journal): the same store as the notices
    written one by one into an empty store, row for row, index for index."""
    seed = sorted((home / "corpus").glob("*.txt"))[1].read_text(encoding="utf-8")
    for i in range(3):  # notices naming the bodies of another (shared and collapsed nodes)
        (home / "corpus" / f"x{i}.txt").write_text(seed + f"\n附{i}\n", encoding="utf-8")
    project = Project.at(home)
    bulk = build_mod.build(project)
    assert bulk.extracted == 8 and not (project.graphs_dir / build_mod.BULK_FILE).exists()
    bulk_dump = _store_dump(project.db_path)
    assert sqlite3_mode(project.db_path) == "wal"
    project.db_path.rename(project.db_path.with_name("bulk.db"))
    store_mod.connect(project.db_path, create=True).close()  # an empty store: written into notice by notice
    one_by_one = build_mod.build(project)
    assert (one_by_one.cached, one_by_one.nodes, one_by_one.edges) == (8, bulk.nodes, bulk.edges)
    assert _store_dump(project.db_path) == bulk_dump
    assert build_mod.build(project, force=True).extracted == 8
    assert _store_dump(project.db_path) == bulk_dump


def sqlite3_mode(db: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def test_a_bulk_build_that_cannot_write_leaves_the_store_and_no_file(home: Path, monkeypatch) -> None:
    """A bulk build whose new file cannot be written (a full disk) is a one-line error: the
    old store is as it was and the new file is gone."""
    import sqlite3

    from extractor.errors import PolicyKGError

    project = Project.at(home)
    build_mod.build(project)
    before = _store_dump(project.db_path)

    def full(conn) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_mod, "finish_bulk", full)
    with pytest.raises(PolicyKGError, match="left as it was"):
        build_mod.build(project, force=True)
    assert _store_dump(project.db_path) == before
    assert not (project.graphs_dir / build_mod.BULK_FILE).exists()


def test_a_bulk_build_on_an_fts5_without_a_setting_still_builds(home: Path, monkeypatch) -> None:
    """The bulk load's FTS5 settings (``store.BULK_FTS``) only make it faster: an option the
    SQLite at hand does not know is skipped, and the store is the same."""
    project = Project.at(home)
    build_mod.build(project)
    dump = _store_dump(project.db_path)
    monkeypatch.setattr(store_mod, "BULK_FTS", (("no-such-option", 1), *store_mod.BULK_FTS))
    monkeypatch.setattr(store_mod, "FTS_DEFAULTS", (("no-such-option", 1), *store_mod.FTS_DEFAULTS))
    assert build_mod.build(project, force=True).extracted == 5
    assert _store_dump(project.db_path) == dump
