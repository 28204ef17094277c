"""The graph store (extractor/store/__init__.py): the merge of graph.merge, notice by notice, in any
order; transactions (kill -9), readers during a build, a damaged database."""

from __future__ import annotations

import copy
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor import graph as kg
from extractor import store
from extractor.graph import GraphBuilder
from extractor.store import build as build_mod
from tests.project_home import ROOT, copy_corpus


def canonical(g) -> str:
    nodes = [[n, d] for n, d in g.nodes(data=True)]
    edges = sorted([u, v, k, d] for u, v, k, d in g.edges(keys=True, data=True))
    return json.dumps([nodes, edges], ensure_ascii=False, sort_keys=True)


def stored(conn) -> str:
    return canonical(kg.load(conn))


def notice(doc: str, seed: int):
    """A small notice graph whose bodies share body_keys and ids with the other notices."""
    rnd = random.Random(seed)
    b = GraphBuilder(doc)
    d = b.add_node("document", doc, f"title {doc}", title=f"title {doc}", year=2020 + seed % 5)
    m = b.add_node("mechanism", f"甲县机制{seed % 3}", f"甲县机制{seed % 3}", short=rnd.choice([None, "机制"]))
    b.add_edge(d, m, "establishes", "建立机制", (0, 4))
    # one name per body_key in a notice (as the extractor gives), the names varying between notices
    names = [rnd.choice(["甲县卫生健康委", "甲县卫生健康委员会", "甲县卫健委"]), "甲县公安局", "乙县公安局",
             rnd.choice(["甲县教育局", "甲县教育体育局"])]
    for name in rnd.sample(names, 3):
        kind = "公安" if "公安" in name else "教育" if "教育" in name else "卫生健康"
        place = name[:2]
        o = b.add_node("organization", name, name, kind=kind, locality=rnd.choice([place, None]),
                       body_key=f"{place}/{kind}", aliases=rnd.sample(["县" + name[2:], name[2:], "x"], 2))
        b.add_edge(o, m, "member_unit_of", f"{name}为成员单位", (5, 12))
        duty = b.add_node("duty", f"{doc}#{name}", f"负责{name}工作", text=f"负责{name}工作",
                          doc=doc, span=[20, 30], mechanism=m, deadline=rnd.choice([None, "6月底前"]))
        b.add_edge(o, duty, "responsible_for", f"负责{name}工作", (20, 30), role=rnd.choice([None, "lead"]))
        x = b.add_node("disease", "结核病", "结核病", aliases=rnd.sample(["肺结核", "TB"], 1), category="disease")
        b.add_edge(duty, x, "concerns", "结核病", (20, 30))
    return b.graph


@pytest.mark.parametrize("seed", range(6))
def test_any_order_of_adds_and_removes_gives_graph_merge(seed: int) -> None:
    graphs = {f"n{i:02d}.txt": notice(f"n{i:02d}.txt", i * 7 + seed) for i in range(8)}
    rnd = random.Random(seed)
    conn = store.connect(":memory:", create=True)
    held: set[str] = set()
    for _ in range(20):
        name = rnd.choice(sorted(graphs))
        if name in held and rnd.random() < 0.4:
            store.remove_notice(conn, name)
            held.discard(name)
        else:
            store.write_notice(conn, name, kg.to_node_link(graphs[name].copy()))
            held.add(name)
        want = kg.merge(graphs[n].copy() for n in sorted(held))
        assert stored(conn) == canonical(want)
        assert list(kg.load(conn)) == list(want)  # node order too
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("value", [
    {}, [], "", "县卫生健康局", {"aliases": [], "span": [3, 9], "text": "负责“两癌”筛查\n"},
    {"a": {"b": [True, False, None, 1.5, -2, 1e300, float("nan")]}, "引号": "\"\\/\t"},
])
def test_a_rows_json_is_json_dumps(value) -> None:
    """The store's JSON of a node's data or an edge's attributes (one C encoder made once) is
    what ``json.dumps`` writes."""
    assert store._dumps(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def test_rows_made_apart_from_the_store_write_what_the_graph_writes() -> None:
    """A notice's rows made without the store (as a build's extracting worker makes them,
    pickled to the writer) give the store its node-link graph gives; rows made for another
    file are refused."""
    import pickle

    from extractor.store.rows import notice_rows

    graphs = {f"n{i}.txt": kg.to_node_link(notice(f"n{i}.txt", i).copy()) for i in range(5)}
    by_graph = store.connect(":memory:", create=True)
    by_rows = store.connect(":memory:", create=True)
    for name, data in graphs.items():
        store.write_notice(by_graph, name, data)
        store.write_notice(by_rows, name, pickle.loads(pickle.dumps(notice_rows(name, data))))
    assert tables(by_rows) == tables(by_graph) and stored(by_rows) == stored(by_graph)
    with pytest.raises(ValueError, match="rows made for n1.txt written as n2.txt"):
        store.write_notice(by_rows, "n2.txt", notice_rows("n1.txt", graphs["n1.txt"]))
    assert stored(by_rows) == stored(by_graph)


def test_store_and_graph_merge_fold_with_one_rule(monkeypatch) -> None:
    """The store's merge and graph.merge call the same fold functions (extractor.model):
    a change to the rule reaches both."""
    from extractor import model

    calls: list[str] = []
    for name in ("fold_node", "fold_body"):
        real = getattr(model, name)

        def spy(*args, _real=real, _name=name):
            calls.append(_name)
            return _real(*args)

        monkeypatch.setattr(kg, name, spy)
        monkeypatch.setattr(store, name, spy)
    graphs = [notice(f"n{i}.txt", i) for i in range(3)]
    kg.merge(g.copy() for g in graphs)
    from_graph, calls[:] = sorted(set(calls)), []
    conn = store.connect(":memory:", create=True)
    for i, g in enumerate(graphs):
        store.write_notice(conn, f"n{i}.txt", kg.to_node_link(g.copy()))
    assert from_graph == sorted(set(calls)) == ["fold_body", "fold_node"]


def test_a_notice_changed_in_place_replaces_its_rows_only() -> None:
    conn = store.connect(":memory:", create=True)
    a, b = notice("a.txt", 1), notice("b.txt", 2)
    store.write_notice(conn, "a.txt", kg.to_node_link(a.copy()))
    store.write_notice(conn, "b.txt", kg.to_node_link(b.copy()))
    b2 = notice("b.txt", 5)
    store.write_notice(conn, "b.txt", kg.to_node_link(b2.copy()))
    assert stored(conn) == canonical(kg.merge([a.copy(), b2.copy()]))
    assert conn.execute("SELECT count(*) FROM edges WHERE notice = 'a.txt'").fetchone()[0] == a.number_of_edges()


def tables(conn) -> dict[str, list[tuple]]:
    """Every row of the store's own tables (not the row ids, which differ with history)."""
    out = {}
    for table, cols in (("notices", "*"), ("notice_nodes", "*"), ("merged_ids", "*"), ("nodes", "*"),
                        ("aliases", "*"), ("duties", "*"),
                        ("edges", "source, target, relation, notice, evidence, span_start, span_end, role, title, body_name,"
                                  " deadline, deadline_date, item, attributes, raw_source, raw_target, ord")):
        out[table] = sorted(tuple(r) for r in conn.execute(f"SELECT {cols} FROM {table}"))
    out["counts"] = sorted(tuple(r) for r in conn.execute("SELECT what, name, n FROM counts WHERE n != 0"))
    out["duty_search"] = sorted(tuple(r) for r in conn.execute(
        "SELECT d.id, s.text FROM duty_search s JOIN duties d ON d.rowid = s.rowid WHERE duty_search MATCH '结核病'"))
    return out


def stale_sort_names(conn) -> int:
    """Rows whose stored sort name is not the one their mechanism or body node gives now."""
    duties = conn.execute("SELECT count(*) FROM duties WHERE mechanism_name IS NOT "
                          + store.MECHANISM_NAME.format(m="duties.mechanism")).fetchone()[0]
    edges = conn.execute("SELECT count(*) FROM edges WHERE body_name IS NOT CASE WHEN relation = 'responsible_for'"
                         f" THEN {store.BODY_NAME.format(s='edges.source')} END").fetchone()[0]
    return duties + edges


def test_an_older_store_gets_its_sort_names_at_the_next_build(tmp_path: Path) -> None:
    path = tmp_path / "graph.db"
    conn = store.connect(path, create=True)
    with store.Batch(conn):
        for i in range(4):
            store.write_notice(conn, f"n{i}.txt", notice(f"n{i}.txt", i))
    want = tables(conn)
    conn.executescript("DROP TRIGGER nodes_added; DROP TRIGGER nodes_renamed; DROP TRIGGER nodes_deleted;"
                       "DROP TRIGGER edges_repointed; DROP INDEX duties_by_order;"
                       "ALTER TABLE duties DROP COLUMN mechanism_name; ALTER TABLE edges DROP COLUMN body_name;")
    conn.close()
    with pytest.raises(store.OutdatedStoreError, match="run policykg build to update it"):
        store.connect(path)
    conn = store.connect(path, create=True)  # as a build opens it
    assert tables(conn) == want and stale_sort_names(conn) == 0
    conn.close()
    store.connect(path).close()


def test_an_older_store_loses_its_index_by_relation_at_the_next_build(tmp_path: Path) -> None:
    path = tmp_path / "graph.db"
    conn = store.connect(path, create=True)
    for i in range(3):
        store.write_notice(conn, f"n{i}.txt", notice(f"n{i}.txt", i))
    want = tables(conn)
    conn.execute("CREATE INDEX edges_by_relation_target ON edges (relation, target)")  # as older stores have it
    conn.close()
    conn = store.connect(path, create=True)  # as a build opens it
    assert not store._has(conn, "edges_by_relation_target") and store._has(conn, "edges_by_target")
    assert tables(conn) == want
    conn.close()


def graph_of(data: dict):
    """The networkx graph of node-link data (``from_node_link`` consumes its argument)."""
    return kg.from_node_link(copy.deepcopy(data))


def reordered(g, seed: int) -> dict:
    """The node-link data of ``g`` with its nodes in another order (same data)."""
    data = kg.to_node_link(g.copy())
    random.Random(seed).shuffle(data["nodes"])
    return data


@pytest.mark.parametrize("seed", range(4))
def test_rewrites_in_build_groups_give_the_store_of_a_fresh_build(seed: int) -> None:
    """Notices rewritten (unchanged, changed, nodes reordered), removed and added in groups
    of a build's Batch: the store is the one a fresh build of the final notices makes."""
    rnd = random.Random(seed)
    names = [f"n{i:02d}.txt" for i in range(10)]
    held = {n: kg.to_node_link(notice(n, i * 5 + seed).copy()) for i, n in enumerate(names)}
    conn = store.connect(":memory:", create=True)
    with store.Batch(conn, notices=3):
        for n in names:
            store.write_notice(conn, n, held[n])
            store._BATCHES[id(conn)].done_one()
    for _ in range(4):
        with store.Batch(conn, notices=rnd.randint(1, 4)) as batch:
            for n in rnd.sample(names, 6):
                what = rnd.choice(["same", "changed", "reordered", "removed"])
                if what == "removed" and n in held:
                    store.remove_notice(conn, n)
                    del held[n]
                else:
                    graph = notice(n, rnd.randint(0, 99)) if what == "changed" or n not in held else None
                    held[n] = (kg.to_node_link(graph.copy()) if graph is not None else
                               reordered(graph_of(held[n]), rnd.randint(0, 99))
                               if what == "reordered" else held[n])
                    store.write_notice(conn, n, held[n])
                batch.done_one()
        fresh = store.connect(":memory:", create=True)
        with store.Batch(fresh) as b:
            for n in sorted(held):
                store.write_notice(fresh, n, held[n])
                b.done_one()
        assert tables(conn) == tables(fresh)
        assert stale_sort_names(conn) == 0
        assert store.type_counts(conn) == counted(conn)
        want = kg.merge(graph_of(held[n]) for n in sorted(held))
        assert stored(conn) == canonical(want)
        assert list(kg.load(conn)) == list(want)


def test_groups_ended_by_rows_with_nodes_written_in_chunks_give_the_same_store(monkeypatch) -> None:
    """A build group ends when its notices wrote ``rows`` rows (a bound on the memory it
    holds), and the group's merged nodes are written a chunk at a time: the store is the
    one of groups of any other size, written whole."""
    names = [f"n{i:02d}.txt" for i in range(12)]
    held = {n: kg.to_node_link(notice(n, i * 7).copy()) for i, n in enumerate(names)}
    whole = store.connect(":memory:", create=True)
    with store.Batch(whole) as batch:
        for n in names:
            store.write_notice(whole, n, held[n])
            batch.done_one()
    monkeypatch.setattr(store, "_NODES_CHUNK", 2)
    conn = store.connect(":memory:", create=True)
    ended = 0
    with store.Batch(conn, notices=1000, rows=40) as batch:
        for n in names:
            store.write_notice(conn, n, held[n])
            assert batch.rows > 0
            batch.done_one()
            ended += batch.rows == 0
    assert ended >= 3  # by rows, not by notices
    assert tables(conn) == tables(whole)
    assert store.type_counts(conn) == counted(conn)
    assert stored(conn) == canonical(kg.merge(graph_of(held[n]) for n in names))


def test_a_failed_write_in_a_group_leaves_the_merge_right() -> None:
    """A notice whose write fails half-way inside a build's group (rolled back to before it)
    does not leave its rows in what the group's merge takes from memory instead of the store:
    the store is the one of the notices written whole."""
    names = [f"n{i}.txt" for i in range(6)]
    held = {n: kg.to_node_link(notice(n, i).copy()) for i, n in enumerate(names)}
    conn = store.connect(":memory:", create=True)
    with store.Batch(conn) as batch:
        for n in names[:3]:
            store.write_notice(conn, n, held[n])
            batch.done_one()
        broken = kg.to_node_link(notice("n3.txt", 40).copy())
        broken["edges"].append({"source": "disease:结核病", "relation": "concerns"})  # no target
        with pytest.raises(KeyError):
            store.write_notice(conn, "n3.txt", broken)
        for n in names[3:]:
            store.write_notice(conn, n, held[n])
            batch.done_one()
    want = kg.merge(graph_of(held[n]) for n in names)
    assert stored(conn) == canonical(want)
    assert store.type_counts(conn) == counted(conn)


def test_rewriting_a_notice_unchanged_does_not_merge_its_shared_nodes_again(monkeypatch) -> None:
    """A notice written again with the same graph (a re-extraction that changed nothing
    there) leaves the merged nodes it shares with other notices alone: the cost of
    rewriting it does not grow with the number of notices naming them."""
    conn = store.connect(":memory:", create=True)
    graphs = {f"n{i}.txt": kg.to_node_link(notice(f"n{i}.txt", i).copy()) for i in range(5)}
    for n, g in graphs.items():
        store.write_notice(conn, n, g)
    before = tables(conn)
    merged: list[set[str]] = []
    real = store._remerge
    monkeypatch.setattr(store, "_remerge", lambda c, ids, *a, **k: (merged.append(set(ids)), real(c, ids, *a, **k)))
    store.write_notice(conn, "n2.txt", graphs["n2.txt"])
    assert merged == [set()]
    assert tables(conn) == before
    graphs["n2.txt"] = reordered(graph_of(graphs["n2.txt"]), 1)
    store.write_notice(conn, "n2.txt", graphs["n2.txt"])
    # its nodes in another order: only the ids whose first notice it is are merged again
    assert conn.execute("SELECT first_notice FROM nodes WHERE id = 'disease:结核病'").fetchone()[0] == "n0.txt"
    assert "disease:结核病" not in merged[-1]
    want = kg.merge(graph_of(graphs[n]) for n in sorted(graphs))
    assert stored(conn) == canonical(want) and list(kg.load(conn)) == list(want)


def test_views_answer_directly(tmp_path: Path) -> None:
    conn = store.connect(":memory:", create=True)
    store.write_notice(conn, "a.txt", kg.to_node_link(notice("a.txt", 1)))
    rows = conn.execute("SELECT body, kind, place, mechanism, duty, role, deadline, notice, evidence "
                        "FROM responsibilities ORDER BY body").fetchall()
    assert len(rows) == 3 and all(r["mechanism"].startswith("甲县机制") for r in rows)
    assert all(r["duty"] == r["evidence"] for r in rows)
    assert conn.execute("SELECT count(*) FROM memberships").fetchone()[0] == 3
    assert conn.execute("SELECT units FROM mechanisms").fetchone()[0] == 3
    hits = conn.execute("SELECT text FROM duty_search WHERE duty_search MATCH '公安局'").fetchall()
    assert hits and all("公安局" in h[0] for h in hits)


def test_damaged_database_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "graph.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x17" * 5000)
    with pytest.raises(store.DamagedStoreError) as err:
        store.connect(path)
    assert "build --force" in str(err.value) and "\n" not in str(err.value)
    with pytest.raises(store.DamagedStoreError):
        store.connect(path, create=True)
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(store.DamagedStoreError) as err:
        store.connect(tmp_path / "other.db")
    assert "not a policykg graph database" in str(err.value)


def _many_notices(home: Path, n: int) -> None:
    seed = sorted((home / "corpus").glob("001_*.txt"))[0].read_text(encoding="utf-8")
    for i in range(n):
        (home / "corpus" / f"x{i:03d}.txt").write_text(seed + f"\n附{i}\n", encoding="utf-8")


def _policykg(home: Path, *args: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POLICYKG_BATCH_NOTICES": "1"}  # a commit per notice
    return subprocess.Popen([sys.executable, "-m", "extractor", "--home", str(home), *args], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def _wait_for_notices(db: Path, at_least: int, timeout: float = 120.0) -> int:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
            n = conn.execute("SELECT count(*) FROM notices").fetchone()[0]
            conn.close()
            if n >= at_least:
                return n
        except sqlite3.Error:
            pass
        time.sleep(0.05)
    raise AssertionError("the build wrote no notice in time")


def _built_seed_store(home: Path) -> Path:
    """The store of the seed notices built (so the next build writes into it, notice by
    notice), then 30 more notices in the corpus; the store's path."""
    first = _policykg(home, "build")
    out, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    _many_notices(home, 30)
    return home / "graphs" / "graph.db"


def _check_whole(conn: sqlite3.Connection) -> list[str]:
    """Assert the store is consistent (every notice whole, kept counts right, no dangling
    edge); its notices."""
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    held = [r[0] for r in conn.execute("SELECT file FROM notices ORDER BY file")]
    # every notice in the store is whole: its edges, duties and node rows are all there
    for file in held:
        data = store.notice_graph_data(conn, file)
        assert data["edges"] and data["nodes"]
    assert store.type_counts(conn) == counted(conn)  # the kept counts went with the rows
    dangling = conn.execute("SELECT count(*) FROM edges e LEFT JOIN nodes s ON s.id = e.source "
                            "LEFT JOIN nodes t ON t.id = e.target WHERE s.id IS NULL OR t.id IS NULL").fetchone()[0]
    assert dangling == 0
    assert conn.execute("SELECT count(*) FROM notice_nodes WHERE notice NOT IN (SELECT file FROM notices)").fetchone()[0] == 0
    return held


def _build_again(home: Path) -> tuple[str, int]:
    """A build after a killed one: its summary line and the notices it took from the cache."""
    done = _policykg(home, "build")
    out, err = done.communicate(timeout=600)
    assert done.returncode == 0, err
    assert "35 notices" in out
    assert not (home / "graphs" / build_mod.BULK_FILE).exists()
    return out, int(re.search(r"(\d+) cached", out).group(1))


@pytest.mark.slow
def test_kill_9_during_a_build_leaves_a_consistent_store(tmp_path: Path) -> None:
    """A build into a store (notice by notice, a commit each here) killed: the store is as it
    was after some notice."""
    home = copy_corpus(tmp_path / "proj")
    db = _built_seed_store(home)
    proc = _policykg(home, "build")
    _wait_for_notices(db, 5 + 3)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = store.connect(db)
    held = _check_whole(conn)
    assert 8 <= len(held) < 35
    conn.close()
    out, cached = _build_again(home)
    # the held notices are not extracted again; the notice being written at the kill may
    # have its extraction cached already (the cache file is written before the store)
    assert len(held) <= cached <= len(held) + 1, out


def _wait_for_cache(home: Path, at_least: int, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if len(list((home / "corpus" / ".cache").glob("*.json"))) >= at_least:
            return
        time.sleep(0.05)
    raise AssertionError("the build extracted no notice in time")


@pytest.mark.slow
@pytest.mark.parametrize("before", ["a store", "none"])
def test_kill_9_during_a_bulk_build_leaves_the_store_as_it_was(tmp_path: Path, before: str) -> None:
    """A build into an empty store (``--force``, or the first build) writes a new file and
    renames it into place when whole: killed, it leaves the old store as it was (or none),
    and the next build deletes its file and takes its extracted notices from the cache."""
    home = copy_corpus(tmp_path / "proj")
    if before == "a store":
        db = _built_seed_store(home)
        conn = store.connect(db)
        was = tables(conn)
        conn.close()
    else:
        _many_notices(home, 30)
        db = home / "graphs" / "graph.db"
    proc = _policykg(home, "build", *(["--force"] if before == "a store" else []))
    _wait_for_cache(home, 3 + (5 if before == "a store" else 0))
    assert (home / "graphs" / build_mod.BULK_FILE).exists()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if before == "a store":
        conn = store.connect(db)
        assert tables(conn) == was
        assert len(_check_whole(conn)) == 5
        conn.close()
    else:
        assert not db.exists()
    out, cached = _build_again(home)
    assert cached >= 3, out
    conn = store.connect(db)
    assert len(_check_whole(conn)) == 35
    conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("force", [False, True])
def test_queries_answer_while_a_build_runs(tmp_path: Path, force: bool) -> None:
    """Readers query the store while a build writes into it (WAL), or while a bulk build
    (``--force``) writes its new file: then they read the old store."""
    home = copy_corpus(tmp_path / "proj")
    db = _built_seed_store(home)
    proc = _policykg(home, "build", *(["--force"] if force else []))
    if force:
        _wait_for_cache(home, 1)
    else:
        _wait_for_notices(db, 5 + 1)
    answered = 0
    while proc.poll() is None:
        q = subprocess.run([sys.executable, "-m", "extractor", "--home", str(home), "stats", "--format", "json"],
                           cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True)
        assert q.returncode == 0, q.stderr
        assert json.loads(q.stdout)["total_nodes"] > 0
        answered += 1
    assert proc.returncode == 0, proc.stderr.read()
    assert answered >= 2


def counted(conn) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes by type and edges by relation, counted row by row."""
    return ({t: n for t, n in conn.execute("SELECT type, count(*) FROM nodes GROUP BY type")},
            {r: n for r, n in conn.execute("SELECT relation, count(*) FROM edges GROUP BY relation")})


def test_counts_are_kept_with_the_rows(tmp_path: Path) -> None:
    """The counts of nodes by type and edges by relation (stats, a build's summary) are kept
    by the store as rows are written, replaced, merged and removed, not counted again; an
    older store without them gets them at its next build."""
    path = tmp_path / "graph.db"
    conn = store.connect(path, create=True)
    for i in range(5):
        store.write_notice(conn, f"n{i}.txt", notice(f"n{i}.txt", i))
        assert store.type_counts(conn) == counted(conn)
    store.write_notice(conn, "n1.txt", notice("n1.txt", 7))  # rewritten: bodies collapse differently
    # two names of one body in one notice, both member units: collapsed onto the body of the
    # first notice, their two edges become one (the other is replaced)
    b = GraphBuilder("n9.txt")
    m = b.add_node("mechanism", "甲县机制0", "甲县机制0")
    for name in ("甲县卫生健康委", "甲县卫健委"):
        o = b.add_node("organization", name, name, kind="卫生健康", body_key="甲县/卫生健康")
        b.add_edge(o, m, "member_unit_of", f"{name}为成员单位", (5, 12))
    store.write_notice(conn, "n9.txt", kg.to_node_link(b.graph))
    assert conn.execute("SELECT count(*) FROM edges WHERE notice = 'n9.txt'").fetchone()[0] == 1
    assert store.type_counts(conn) == counted(conn)
    store.remove_notice(conn, "n0.txt")  # the first notice of shared ids: merged again, edges re-pointed
    assert store.type_counts(conn) == counted(conn)
    assert store.counts(conn) == (5, sum(counted(conn)[0].values()), sum(counted(conn)[1].values()))
    want = store.type_counts(conn)
    conn.executescript("DROP TABLE counts;" + "".join(
        f"DROP TRIGGER {t};" for t in ("counts_node_deleted", "counts_node_retyped", "counts_edge_deleted",
                                        "counts_edge_changed")))
    conn.close()
    old = store.connect(path)  # read-only: counted
    assert store.type_counts(old) == want
    old.close()
    conn = store.connect(path, create=True)  # as a build opens it
    assert store.type_counts(conn) == want and conn.execute("SELECT count(*) FROM counts").fetchone()[0] > 0
    conn.close()


def test_a_duty_text_and_evidence_are_stored_once_in_its_duties_row() -> None:
    """A duty node's text and evidence are its ``duties`` row's: ``notice_nodes`` and
    ``nodes`` hold a mark in their place, and every reader gets them back in their order."""
    graphs = {f"n{i}.txt": notice(f"n{i}.txt", i) for i in range(4)}
    for g in graphs.values():
        for _, d in g.nodes(data=True):
            if d["type"] == "duty":
                d["evidence"] = "证据：" + d["text"]
    conn = store.connect(":memory:", create=True)
    for name, g in graphs.items():
        store.write_notice(conn, name, kg.to_node_link(g.copy()))
    kept = [json.loads(r[0]) for r in conn.execute(
        "SELECT data FROM notice_nodes WHERE id LIKE 'duty:%' UNION ALL SELECT attributes FROM nodes WHERE type = 'duty'")]
    assert kept and all(d["text"] == 0 and d["evidence"] == 0 for d in kept)
    assert conn.execute("SELECT count(*) FROM duties WHERE evidence LIKE '证据：负责%'").fetchone()[0] == len(kept) // 2
    want = kg.merge(g.copy() for g in graphs.values())
    assert stored(conn) == canonical(want)
    one = next(n for n, d in want.nodes(data=True) if d["type"] == "duty")
    assert kg.load(conn, nodes=[one], depth=0).nodes[one] == want.nodes[one]
    for name, g in graphs.items():
        assert store.notice_graph_data(conn, name)["nodes"] == kg.to_node_link(g.copy())["nodes"]


def test_a_store_with_duty_texts_in_full_reads_the_same_and_is_rewritten(monkeypatch) -> None:
    """A store written before the texts were stored once (their copies in ``notice_nodes``
    and ``nodes``) answers the same, and a notice rewritten gets the mark."""
    from extractor.store import rows

    graphs = {f"n{i}.txt": notice(f"n{i}.txt", i) for i in range(4)}
    fresh = store.connect(":memory:", create=True)
    old = store.connect(":memory:", create=True)
    for name, g in graphs.items():
        store.write_notice(fresh, name, kg.to_node_link(g.copy()))
    with monkeypatch.context() as m:
        m.setattr(rows, "DUTY_ROW_KEYS", ())
        for name, g in graphs.items():
            store.write_notice(old, name, kg.to_node_link(g.copy()))
    assert old.execute("SELECT count(*) FROM nodes WHERE type = 'duty' AND attributes LIKE '%负责%'").fetchone()[0]
    assert stored(old) == stored(fresh)
    in_order = [[n, list(d.items())] for n, d in kg.load(fresh).nodes(data=True)]
    assert [[n, list(d.items())] for n, d in kg.load(old).nodes(data=True)] == in_order  # attributes in their order
    store.write_notice(old, "n1.txt", kg.to_node_link(graphs["n1.txt"].copy()))
    assert stored(old) == stored(fresh)
    assert old.execute("SELECT count(*) FROM nodes WHERE type = 'duty' AND attributes LIKE '%负责%' "
                       "AND first_notice = 'n1.txt'").fetchone()[0] == 0


def raw_columns(conn) -> list[tuple[str, str, str, str]]:
    return conn.execute("SELECT source, raw_source, target, raw_target FROM edges").fetchall()


@pytest.mark.parametrize("seed", range(3))
def test_an_edges_raw_ids_are_written_only_where_the_merge_moved_it(seed: int) -> None:
    """``raw_source``/``raw_target`` hold the extracted id only where it is not the one the
    edge points at (a body collapsed onto another of its ``body_key``), else the empty
    mark; a notice's own graph reads its extracted ids back, whatever the order of writes."""
    graphs = {f"n{i}.txt": notice(f"n{i}.txt", i * 5 + seed) for i in range(6)}
    conn = store.connect(":memory:", create=True)
    for name in random.Random(seed).sample(sorted(graphs), len(graphs)):
        store.write_notice(conn, name, kg.to_node_link(graphs[name].copy()))
    store.remove_notice(conn, "n0.txt")
    store.write_notice(conn, "n0.txt", kg.to_node_link(graphs["n0.txt"].copy()))
    rows = raw_columns(conn)
    assert all(raw != src for src, raw, _, _ in rows) and all(raw != tgt for _, _, tgt, raw in rows)
    moved = [r for r in rows if r[1]]
    assert moved and len(moved) < len(rows) and all(r[3] == "" for r in rows)  # bodies are sources only
    for name, g in graphs.items():
        edges = store.notice_graph_data(conn, name)["edges"]
        assert [(e["source"], e["target"]) for e in edges] == [
            (e["source"], e["target"]) for e in kg.to_node_link(g.copy())["edges"]]
    assert stored(conn) == canonical(kg.merge(graphs[n].copy() for n in sorted(graphs)))


def test_a_store_with_every_raw_id_written_out_is_merged_the_same() -> None:
    """A store written before the raw ids were kept only where they differ (every row has
    them) re-points its edges as one written since: adds, rewrites and removals give graph.merge."""
    graphs = {f"n{i}.txt": notice(f"n{i}.txt", i * 3 + 1) for i in range(6)}
    conn = store.connect(":memory:", create=True)
    for name in ("n3.txt", "n1.txt", "n5.txt"):
        store.write_notice(conn, name, kg.to_node_link(graphs[name].copy()))
    conn.execute("UPDATE edges SET raw_source = coalesce(nullif(raw_source, ''), source),"
                 " raw_target = coalesce(nullif(raw_target, ''), target)")  # as an older store
    held = ["n3.txt", "n1.txt", "n5.txt"]
    for name, write in (("n0.txt", True), ("n3.txt", False), ("n2.txt", True), ("n1.txt", False),
                        ("n4.txt", True), ("n3.txt", True)):
        if write:
            store.write_notice(conn, name, kg.to_node_link(graphs[name].copy()))
            held.append(name)
        else:
            store.remove_notice(conn, name)
            held.remove(name)
        assert stored(conn) == canonical(kg.merge(graphs[n].copy() for n in sorted(held)))


def body_notice(doc: str, variant: int):
    """A notice naming one body and one disease as one of three others do (``variant``)."""
    b = GraphBuilder(doc)
    d = b.add_node("document", doc, f"title {doc}", title=f"title {doc}")
    aliases = [[], ["卫健委"], ["卫生委", "卫健委"]][variant % 3]
    o = b.add_node("organization", "青山县卫生健康委", "青山县卫生健康委", kind="卫生健康",
                   locality="青山县" if variant % 2 else None, body_key="青山县/卫生健康", aliases=aliases)
    x = b.add_node("disease", "结核病", "结核病", aliases=aliases[:1], category="disease")
    b.add_edge(d, o, "mentions", "青山县卫生健康委", (0, 8))
    b.add_edge(o, x, "concerns", "结核病", (9, 12))
    return b.graph


@pytest.mark.parametrize("seed", range(6))
def test_notices_put_among_others_that_name_their_bodies_alike_give_graph_merge(seed: int, monkeypatch) -> None:
    """A notice written among others (before some, after some) naming a body as an earlier
    notice does, or as the first when it comes first, keeps the stored merged node without
    folding every notice again; in any order of writes the store is graph.merge's and the
    one a fresh build makes."""
    rnd = random.Random(seed)
    names = [f"n{i:02d}.txt" for i in range(9)]
    graphs = {n: kg.to_node_link(body_notice(n, rnd.choice([0, 0, 1, 2, 3])).copy()) for n in names}
    folds = []
    original = store.merge_node_data
    monkeypatch.setattr(store, "merge_node_data", lambda *a, **k: folds.append(1) or original(*a, **k))
    conn = store.connect(":memory:", create=True)
    held: list[str] = []
    for n in rnd.sample(names, len(names)):
        store.write_notice(conn, n, graphs[n])
        held.append(n)
        want = kg.merge(graph_of(graphs[m]) for m in sorted(held))
        assert stored(conn) == canonical(want)
        assert list(kg.load(conn)) == list(want)
        fresh = store.connect(":memory:", create=True)
        for m in sorted(held):
            store.write_notice(fresh, m, graphs[m])
        assert tables(conn) == tables(fresh)
        assert stale_sort_names(conn) == 0
    folds.clear()
    store.write_notice(conn, "n04a.txt", kg.to_node_link(body_notice("n04a.txt", 0).copy()))
    assert not folds  # (every variant is named by two notices or more: none folded again)
