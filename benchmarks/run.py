"""policykg benchmark: segmentation vs. extraction, build, incremental build, queries, render.

    python benchmarks/run.py [--small] [--out benchmarks/out] [--profile]
                             [--sizes 1000,10000] [--jobs 1,2] [--only build,incremental,query]

Prints one table (and writes it to OUT/results.md and OUT/results.json). Synthetic
corpora (benchmarks/synth.py) are generated under OUT, which git ignores. Commands that
are not available yet print "n/a (command not available)" instead of a figure.
--small: 100 notices, fast rows only (what CI runs). --profile: cProfile of extraction,
top functions in OUT/profile.txt. --sizes/--jobs: corpus sizes and --jobs values of the
build rows (default 100,1000,10000 and 1,2). --timeout: seconds a build may take before it
is killed and reported (default 3600). --only: the sections to run (throughput,
startup, build, incremental, query, render; default all). Queries and the add-one-notice
build run on the largest size's store (graphs/graph.db), built first if missing.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

NA = "n/a (command not available)"
PY = sys.executable
QUERIES = (("who", "结核病"), ("duties", "公安局"), ("compare", "奈曼旗", "昌吉市"))  # --small


def store_queries(home: Path) -> list[tuple[str, ...]]:
    """Every query command, with names that exist in the store of ``home``."""
    import sqlite3

    conn = sqlite3.connect(home / "graphs" / "graph.db")
    mechs = [r[0] for r in conn.execute(
        "SELECT m.name FROM nodes m JOIN edges e ON e.target = m.id AND e.relation = 'member_unit_of' "
        "WHERE m.type = 'mechanism' GROUP BY m.id ORDER BY count(*) DESC LIMIT 2")]
    body = conn.execute("SELECT name FROM nodes WHERE type = 'organization' AND kind = '公安' "
                        "AND locality IS NOT NULL LIMIT 1").fetchone()
    conn.close()
    out: list[tuple[str, ...]] = [("who", "结核病"), ("duties", "公安局")]
    if body:
        out.append(("duties", body[0]))
    if len(mechs) == 2:
        out += [("compare", mechs[0], mechs[1]), ("members", mechs[0]),
                ("people", "--mechanism", mechs[0], "--role", "liaison")]
    out += [("disease", "结核病"), ("mechanisms",), ("stats",), ("search", "筛查"), ("search", "结核病患者")]
    return out


@dataclass
class Row:
    area: str
    measure: str
    value: str
    note: str = ""


@dataclass
class Run:
    """One measured child process."""

    cmd: list[str]
    rc: int
    wall: float
    cpu: float
    maxrss_mb: float
    stdout: str
    stderr: str

    def last_line(self) -> str:
        lines = [ln for ln in (self.stderr + "\n" + self.stdout).splitlines() if ln.strip()]
        return lines[-1].strip() if lines else ""


@dataclass
class Bench:
    out: Path
    small: bool
    rows: list[Row] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    available: dict[str, bool] = field(default_factory=dict)

    def add(self, area: str, measure: str, value: str, note: str = "") -> None:
        note = note.replace(str(self.out) + os.sep, "")  # keep the table free of local paths
        row = Row(area, measure, value, note)
        self.rows.append(row)
        print(f"  {area:<12} {measure:<58} {value:>16}  {note}", flush=True)


# --- child processes ---------------------------------------------------------------


def child_env() -> dict[str, str]:
    """The environment of the measured commands: this repository importable, and Python's
    bytecode cache on, as an installed policykg has it (with PYTHONDONTWRITEBYTECODE set,
    every process compiled extractor's sources again: 0.05–0.25 s of a query, more of a
    build of one notice), its ``.pyc`` files made once here."""
    import compileall

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("PYTHONHASHSEED", "0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(ROOT / "extractor", quiet=1)
    return env


#: Seconds a build may take before it is killed (--timeout; a 100,000-notice build on a
#: small shared machine needs hours).
BUILD_TIMEOUT = [3600.0]


def run(cmd: Sequence[str], env: dict[str, str], timeout: float | None = None) -> Run:
    """Run ``cmd``; wall time, CPU time and peak RSS of it and its (waited-for) children."""
    logs = Path(os.environ.get("TMPDIR", "/tmp"))
    with (
        open(os.devnull, "rb") as devnull,
        _tempfile(logs, "out") as out_f,
        _tempfile(logs, "err") as err_f,
    ):
        start = time.perf_counter()
        # a session of its own: a build killed at the time bound takes its worker processes along
        proc = subprocess.Popen(list(cmd), cwd=ROOT, env=env, stdin=devnull, stdout=out_f, stderr=err_f,
                                start_new_session=True)
        deadline = start + (BUILD_TIMEOUT[0] if timeout is None else timeout)
        nap = 0.002  # short at first (query timings), then up to 0.1 s to spare the CPU
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                try:
                    os.killpg(proc.pid, 9)
                except OSError:
                    proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(nap)
            nap = min(nap * 1.5, 0.01 if time.perf_counter() - start < 10 else 0.1)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_f.seek(0)
        err_f.seek(0)
        stdout = out_f.read().decode("utf-8", "replace")
        stderr = err_f.read().decode("utf-8", "replace")
    return Run(
        list(cmd), proc.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout, stderr
    )


def _tempfile(folder: Path, tag: str):
    import tempfile

    return tempfile.TemporaryFile(prefix=f"policykg-bench-{tag}-", dir=folder)


def cli(home: Path | None, *args: str) -> list[str]:
    cmd = [PY, "-m", "extractor"]
    if home is not None:
        cmd += ["--home", str(home)]
    return cmd + list(args)


def command_available(bench: Bench, name: str) -> bool:
    """True when ``policykg NAME --help`` works (the command has landed)."""
    if name not in bench.available:
        r = run(cli(None, name, "--help"), bench.env, timeout=120)
        bench.available[name] = r.rc == 0
    return bench.available[name]


def secs(x: float) -> str:
    return f"{x:.2f} s" if x >= 0.995 else f"{x * 1000:.0f} ms"


def mb(x: float) -> str:
    return f"{x:.0f} MB"


# --- corpora -----------------------------------------------------------------------


def synthetic_home(bench: Bench, n: int) -> Path:
    """OUT/syn_<n>/ with corpus/ holding n synthetic notices (re-made only when missing)."""
    home = bench.out / f"syn_{n}"
    corpus = home / "corpus"
    stamp = home / "made.json"
    want = {"n": n, "seed": 1, "generator": _generator_digest()}
    if stamp.is_file() and json.loads(stamp.read_text()) == want and len(list(corpus.glob("*.txt"))) == n:
        return home
    shutil.rmtree(home, ignore_errors=True)
    synth.write_corpus(corpus, n, seed=1)
    stamp.write_text(json.dumps(want))
    return home


def _generator_digest() -> str:
    import hashlib

    h = hashlib.sha256()
    for p in (HERE / "synth.py", HERE / "names.json", *sorted(synth.SEED_CORPUS.glob("*.txt"))):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def seed_home(bench: Bench) -> Path:
    home = bench.out / "seeds"
    shutil.rmtree(home, ignore_errors=True)
    (home / "corpus").mkdir(parents=True)
    for p in sorted(synth.SEED_CORPUS.glob("*.txt")):
        shutil.copy2(p, home / "corpus" / p.name)
    return home


def clean_build_state(home: Path) -> None:
    """Forget caches and graphs so the next build is a cold one."""
    shutil.rmtree(home / "corpus" / ".cache", ignore_errors=True)
    shutil.rmtree(home / "graphs", ignore_errors=True)


def build_cmd(bench: Bench, home: Path, jobs: int) -> tuple[list[str], str]:
    if command_available(bench, "build"):  # through split_cpu.py: main process and workers apart
        return [PY, str(HERE / "split_cpu.py"), *cli(home, "build", "--jobs", str(jobs))[3:]], ""
    return [PY, str(HERE / "fallback_build.py"), str(home), "--jobs", str(jobs)], "fallback loop: build command not available"


def graph_size(home: Path) -> tuple[int, int] | None:
    """(nodes, edges) of the store, or None when there is none."""
    import sqlite3

    path = home / "graphs" / "graph.db"
    if not path.is_file():
        return None
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM nodes").fetchone()[0],
                conn.execute("SELECT count(*) FROM edges").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def stored_notices(home: Path) -> int:
    """Notices in the store of ``home`` (0 when none)."""
    import sqlite3

    path = home / "graphs" / "graph.db"
    if not path.is_file():
        return 0
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM notices").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def db_mb(home: Path) -> str:
    path = home / "graphs" / "graph.db"
    return f"{path.stat().st_size / 1e6:.0f} MB graph.db" if path.is_file() else "no graph.db"


# --- in-process throughput -----------------------------------------------------------


def throughput(bench: Bench, texts: list[str], profile: bool) -> None:
    """chars/s of jieba.lcut, spaCy+jieba, rjieba and extract_text on the same texts."""
    import logging

    import jieba

    from extractor import segment

    segment.quiet_jieba()
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    chars = sum(len(t) for t in texts)
    bench.add("text", "benchmark text (seeds + synthetic notices)", f"{chars:,} chars", f"{len(texts)} notices; rates below are chars per CPU second")

    def rate(fn: Callable[[str], Any], repeat: int = 1) -> float:
        # CPU time of this process: fairer than wall time on a machine shared with others.
        best = math.inf
        for _ in range(repeat):
            t0 = time.process_time()
            for t in texts:
                fn(t)
            best = min(best, time.process_time() - t0)
        return chars / max(best, 1e-9)

    ref = rate(jieba.lcut, 2)
    bench.add("segment", "jieba.lcut (reference)", f"{ref / 1e6:.2f} M chars/s")
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    spacy_rate = rate(nlp.tokenizer, 2)
    bench.add("segment", "spaCy blank zh, jieba segmenter (tokenizer only)", f"{spacy_rate / 1e6:.2f} M chars/s", f"{spacy_rate / ref:.2f}x jieba")
    try:
        import rjieba

        raw = rate(lambda t: rjieba.cut(t, True), 2)
        bench.add("segment", "rjieba.cut (raw, HMM on; differs from jieba)", f"{raw / 1e6:.2f} M chars/s", f"{raw / ref:.1f}x jieba")
        same = rate(segment.rjieba_cut, 2)
        bench.add("segment", "segment.rjieba_cut (tokens identical to jieba)", f"{same / 1e6:.2f} M chars/s", f"{same / ref:.1f}x jieba")
        tok = segment.make_tokenizer(nlp, "rjieba")
        sp_rj = rate(tok, 2)
        bench.add("segment", "spaCy Doc via segment.SegmenterTokenizer(rjieba)", f"{sp_rj / 1e6:.2f} M chars/s", f"{sp_rj / ref:.1f}x jieba")
    except ImportError:
        bench.add("segment", "rjieba", "n/a (rjieba not installed)")
    try:
        import ahocorasick

        from extractor import graph as _g  # noqa: F401  (same process state as extraction)

        auto = ahocorasick.Automaton()
        for i, w in enumerate({w for t in texts[:5] for w in jieba.lcut(t) if len(w) >= 3}):
            auto.add_word(w, i)
        auto.make_automaton()
        ac = rate(lambda t: sum(1 for _ in auto.iter(t)), 2)
        bench.add("segment", "pyahocorasick scan (all 3+ char words of the seeds)", f"{ac / 1e6:.2f} M chars/s", f"{ac / ref:.1f}x jieba")
    except ImportError:
        pass

    from extractor.pipeline import extract_text

    t0 = time.perf_counter()
    extract_text("测试。", "warmup.txt")
    bench.add("extract", "first extract_text call in process (pipeline set-up)", secs(time.perf_counter() - t0))
    names = [f"bench_{i:05d}.txt" for i in range(len(texts))]

    def extract_all() -> list[Any]:
        return [extract_text(t, name) for t, name in zip(texts, names, strict=True)]

    graphs = extract_all()  # warm-up pass: lazily loaded lexicons, caches
    edges = sum(g.number_of_edges() for g in graphs)
    ext = rate_of(extract_all, chars)
    bench.add("extract", f"extract_text (segmenter: {segment.chosen_backend()})", f"{ext / 1e6:.2f} M chars/s", f"{edges} edges")
    ratios = interleaved_ratios(texts, names, jieba.lcut, extract_text)
    bench.add("extract", "HEADLINE: extraction time / jieba.lcut time", f"{statistics.median(ratios):.2f}x",
              f"interleaved, median of {len(ratios)} rounds ({min(ratios):.2f}–{max(ratios):.2f}); target <= 1.6x")
    bench.add("extract", "extraction time / jieba.lcut time, separate passes", f"{ref / ext:.2f}x",
              "the two rates above, measured seconds apart: drifts with the machine's load")
    # The other segmenter backend on the same texts: same graphs, how much time.
    current = segment.chosen_backend()
    other = "jieba" if current == "rjieba" else "rjieba"
    saved = os.environ.get(segment.SEGMENTER_ENV)
    os.environ[segment.SEGMENTER_ENV] = other
    try:
        extract_all()  # builds that pipeline
        same = _edge_keys(extract_all()) == _edge_keys(graphs)
        alt = rate_of(extract_all, chars)
        bench.add(
            "extract",
            f"extract_text with POLICYKG_SEGMENTER={other}",
            f"{alt / 1e6:.2f} M chars/s",
            f"{ref / alt:.2f}x jieba time; graphs identical to {current}'s: {'yes' if same else 'NO'}",
        )
    except Exception as err:  # an older extractor without backend choice
        bench.add("extract", f"extract_text with POLICYKG_SEGMENTER={other}", f"n/a ({type(err).__name__})")
    finally:
        if saved is None:
            os.environ.pop(segment.SEGMENTER_ENV, None)
        else:
            os.environ[segment.SEGMENTER_ENV] = saved
    if profile:
        profile_extraction(bench, texts, names)


def interleaved_ratios(texts: Sequence[str], names: Sequence[str], reference: Callable[[str], Any],
                       extract: Callable[[str, str], Any], rounds: int = 5) -> list[float]:
    """Extraction time / reference time, CPU seconds of this process, one figure a round
    over all texts. Each text is segmented by the reference and then extracted, so both
    run under the same load: measured in separate passes seconds apart, the ratio of the
    same code ranged 1.01–1.98 on a shared machine (one pass 20% slower than the next);
    interleaved text by text, a process's rounds stay within about ±0.05."""
    clock = time.process_time
    out = []
    for _ in range(rounds):
        ref = ext = 0.0
        for text, name in zip(texts, names, strict=True):
            t0 = clock()
            reference(text)
            t1 = clock()
            extract(text, name)
            t2 = clock()
            ref += t1 - t0
            ext += t2 - t1
        out.append(ext / max(ref, 1e-9))
    return out


def rate_of(fn: Callable[[], Any], chars: int, repeat: int = 2) -> float:
    """chars per CPU second of ``fn()``, best of ``repeat``."""
    best = math.inf
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return chars / max(best, 1e-9)


def _edge_keys(graphs: list[Any]) -> list[list[tuple[str, str, str, str]]]:
    return [sorted((u, v, k, str(d.get("span"))) for u, v, k, d in g.edges(keys=True, data=True)) for g in graphs]


def profile_extraction(bench: Bench, texts: list[str], names: list[str]) -> None:
    import cProfile
    import io
    import pstats

    from extractor.pipeline import extract_text

    prof = cProfile.Profile()
    prof.enable()
    for t, name in zip(texts, names, strict=True):
        extract_text(t, name)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).strip_dirs()
    stats.sort_stats("tottime").print_stats(30)
    stats.sort_stats("cumulative").print_stats(40)
    (bench.out / "profile.txt").write_text(buf.getvalue(), encoding="utf-8")
    bench.add("extract", "cProfile of extract_text", "written", str(bench.out / "profile.txt"))


# --- start-up ------------------------------------------------------------------------


def startup(bench: Bench) -> None:
    env = bench.env
    base = min(run([PY, "-c", "pass"], env).wall for _ in range(3))
    bench.add("start-up", "python -c pass", secs(base))
    r = min((run(cli(None, "--help"), env) for _ in range(3)), key=lambda r: r.wall)
    bench.add("start-up", "policykg --help (CLI import, no spaCy/jieba)", secs(r.wall), f"rc={r.rc}")
    probe = (
        "import sys\n"
        "from extractor import cli\n"
        "heavy = [m for m in ('spacy', 'jieba', 'rjieba') if m in sys.modules]\n"
        "print(','.join(heavy) or 'none')\n"
    )
    r = run([PY, "-c", probe], env)
    bench.add("start-up", "heavy modules imported by the CLI", r.stdout.strip() or f"rc={r.rc}", "should be none")
    code = "from extractor.pipeline import extract_text\nextract_text('奈曼旗卫生健康委：负责统筹协调。', 'x.txt')\n"
    r = run([PY, "-c", code], env)
    bench.add("start-up", "fresh process: import + first extract_text", secs(r.wall), mb(r.maxrss_mb) + " peak RSS")
    noisy = [ln for ln in r.stderr.splitlines() if ln.strip()]
    bench.add(
        "start-up",
        "stderr of that first extraction",
        "clean" if not noisy else f"{len(noisy)} lines",
        "" if not noisy else noisy[0][:60],
    )


# --- build / incremental ---------------------------------------------------------------


def builds(bench: Bench, sizes: Sequence[int], jobs_list: Sequence[int] = (1, 2)) -> dict[int, Path]:
    homes: dict[int, Path] = {}
    times: dict[tuple[int, int], float] = {}
    for n in sizes:
        t0 = time.perf_counter()
        home = synthetic_home(bench, n)
        homes[n] = home
        chars = sum(p.stat().st_size for p in (home / "corpus").glob("*.txt")) // 3
        bench.add("corpus", f"{n:,} synthetic notices (~{chars / 1e6:.1f} M chars)", "ready", f"made/checked in {secs(time.perf_counter() - t0)}")
        for jobs in jobs_list:
            clean_build_state(home)
            cmd, note = build_cmd(bench, home, jobs)
            r = run(cmd, bench.env)
            if r.rc != 0:
                what = (f"killed after {r.wall:.0f} s (--timeout), {stored_notices(home):,} notices written, "
                        f"{r.cpu:.0f} s CPU" if r.rc == -9 else r.last_line()[:80])
                bench.add("build", f"build {n:,} notices --jobs {jobs}", f"failed rc={r.rc}", what)
                continue
            times[(n, jobs)] = r.wall
            size = graph_size(home)
            extra = f"{mb(r.maxrss_mb)} peak RSS, {r.cpu:.1f} s CPU"
            split = [ln for ln in r.stderr.splitlines() if ln.startswith("cpu split: ")]
            if split:
                extra += f" ({split[-1][len('cpu split: '):]})"
            if size:
                extra += f", {size[0]:,} nodes/{size[1]:,} edges, {db_mb(home)}"
            bench.add("build", f"build {n:,} notices --jobs {jobs}", secs(r.wall), (note + "; " if note else "") + extra)
    for jobs in (1, 2):
        pts = sorted((n, t) for (n, j), t in times.items() if j == jobs)
        for (n1, t1), (n2, t2) in zip(pts, pts[1:], strict=False):
            k = math.log(t2 / t1) / math.log(n2 / n1) if t1 > 0 else float("nan")
            bench.add("build", f"growth {n1:,} -> {n2:,} notices, --jobs {jobs}", f"x{t2 / t1:.1f} time", f"time ~ n^{k:.2f}; {t2 / n2 * 1000:.1f} ms/notice at {n2:,}")
    for n in sizes:
        if (n, 1) in times and (n, 2) in times:
            bench.add("build", f"speed-up --jobs 2 vs 1 at {n:,} notices", f"{times[(n, 1)] / times[(n, 2)]:.2f}x")
    return homes


def incremental(bench: Bench, home: Path, n: int) -> None:
    """Rebuild with nothing changed, then after adding one notice (jobs 1)."""
    cmd, note = build_cmd(bench, home, 1)
    if note:
        bench.add("incremental", f"rebuild of {n:,} notices", NA)
        return
    if not (home / "graphs" / "graph.db").is_file():
        run(cmd, bench.env)
    r = run(cmd, bench.env)
    bench.add("incremental", f"rebuild {n:,} notices, nothing changed", secs(r.wall) if r.rc == 0 else f"failed rc={r.rc}",
              f"{secs(r.cpu)} CPU; {r.last_line()[:80]}")
    before = {p.name for p in (home / "corpus").iterdir()}
    extra = synth.write_corpus(bench.out / "extra", 1, seed=7, start=n)[0]
    if command_available(bench, "add"):
        add = run(cli(home, "add", str(extra)), bench.env)
        how = "policykg add" if add.rc == 0 else f"add failed rc={add.rc}: {add.last_line()[:60]}"
    else:
        shutil.copy2(extra, home / "corpus" / extra.name)
        how = "copied into corpus/"
    r = run(cmd, bench.env)
    bench.add("incremental", f"build after adding 1 notice to {n:,}", secs(r.wall) if r.rc == 0 else f"failed rc={r.rc}",
              f"{secs(r.cpu)} CPU; {how}; {r.last_line()[:70]}")
    # Put the corpus back as it was, so later runs measure the same thing.
    new = sorted(p.name for p in (home / "corpus").glob("*.txt") if p.name not in before)
    if new and command_available(bench, "remove"):
        run(cli(home, "remove", *new), bench.env)
    for name in new:
        (home / "corpus" / name).unlink(missing_ok=True)
    if new:  # and the store (else the next run's "nothing changed" build takes the notice out)
        run(cmd, bench.env)


# --- queries / render ------------------------------------------------------------------


def queries(bench: Bench, home: Path, n: int) -> None:
    if not (home / "graphs" / "graph.db").is_file():
        bench.add("query", f"queries on the {n:,}-notice graph", "n/a (no graph built)")
        return
    size = (home / "graphs" / "graph.db").stat().st_size
    counts = graph_size(home) or (0, 0)
    bench.add("query", f"graph.db of {n:,} notices", f"{size / 1e6:.1f} MB", f"{counts[0]:,} nodes/{counts[1]:,} edges")
    for q in (QUERIES if bench.small else store_queries(home)):
        shown = " ".join(a if len(a) <= 12 else a[:11] + "…" for a in q)
        label = f"policykg {shown} ({n:,} notices, incl. start-up)"
        if not command_available(bench, q[0]):
            bench.add("query", label, NA)
            continue
        rs = [run(cli(home, *q), bench.env, timeout=600) for _ in range(5)]
        wall = statistics.median(r.wall for r in rs)
        r = rs[0]
        lines = len([ln for ln in r.stdout.splitlines() if ln.strip()])
        cpu = statistics.median(x.cpu for x in rs)
        note = f"rc={r.rc}, {lines} output lines, {secs(cpu)} CPU, {mb(max(x.maxrss_mb for x in rs))} peak RSS"
        if r.rc != 0:
            note += f": {r.last_line()[:60]}"
        bench.add("query", label, secs(wall), note)


def render(bench: Bench, label: str, home: Path, *args: str) -> None:
    if not command_available(bench, "render"):
        bench.add("render", label, NA)
        return
    if not (home / "graphs" / "graph.db").is_file():
        bench.add("render", label, "n/a (no graph built)")
        return
    out = home / "graphs" / f"bench_{abs(hash(args)) % 10_000}.html"
    r = run(cli(home, "render", *args, "-o", str(out)), bench.env, timeout=1800)
    if r.rc != 0 or not out.is_file():
        bench.add("render", label, f"failed rc={r.rc}", r.last_line()[:80])
        return
    bench.add("render", label, secs(r.wall), f"{out.stat().st_size / 1e6:.2f} MB HTML; {r.stdout.strip().split(': ', 1)[-1][:60]}")


# --- main ------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} cores ({cpu}){mem}, Python {platform.python_version()}, {platform.system()}"


def write_results(bench: Bench, started: float) -> None:
    bench.out.mkdir(parents=True, exist_ok=True)
    head = f"machine: {machine()}; mode: {'small' if bench.small else 'full'}; total {time.perf_counter() - started:.0f} s"
    lines = [head, "", "| area | measure | value | notes |", "|---|---|---|---|"]
    lines += [f"| {r.area} | {r.measure} | {r.value} | {r.note.replace('|', '/')} |" for r in bench.rows]
    (bench.out / "results.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (bench.out / "results.json").write_text(
        json.dumps({"machine": machine(), "small": bench.small, "rows": [asdict(r) for r in bench.rows]}, ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    print()
    print("\n".join(lines))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="policykg benchmark (see benchmarks/run.py docstring)")
    ap.add_argument("--small", action="store_true", help="100 notices, fast rows only (CI)")
    ap.add_argument("--out", type=Path, default=HERE / "out", help="work folder (default benchmarks/out)")
    ap.add_argument("--profile", action="store_true", help="cProfile extraction into OUT/profile.txt")
    ap.add_argument("--sizes", help="corpus sizes of the build rows, e.g. 1000,10000")
    ap.add_argument("--jobs", default="1,2", help="--jobs values of the build rows (default 1,2)")
    ap.add_argument("--only", help="sections: throughput,startup,build,incremental,query,render")
    ap.add_argument("--timeout", type=float, default=3600.0, help="seconds a build may take (default 3600)")
    args = ap.parse_args(argv)
    only = set(args.only.split(",")) if args.only else None
    BUILD_TIMEOUT[0] = args.timeout

    def want(section: str) -> bool:
        return only is None or section in only

    started = time.perf_counter()
    bench = Bench(out=args.out.resolve(), small=args.small, env=child_env())
    bench.out.mkdir(parents=True, exist_ok=True)
    print(f"policykg benchmark ({'small' if args.small else 'full'}) on {machine()}", flush=True)

    sample_n = 20 if args.small else 100
    if want("throughput"):
        texts = [p.read_text(encoding="utf-8") for p in sorted(synth.SEED_CORPUS.glob("*.txt"))]
        texts += [p.read_text(encoding="utf-8") for p in synth.write_corpus(bench.out / "sample", sample_n, seed=3)]
        throughput(bench, texts, args.profile)
    if want("startup"):
        startup(bench)

    sizes = (100,) if args.small else (100, 1_000, 10_000)
    if args.sizes:
        sizes = tuple(int(x) for x in args.sizes.split(","))
    jobs_list = tuple(int(x) for x in args.jobs.split(","))
    homes = builds(bench, sizes, jobs_list) if want("build") else {n: synthetic_home(bench, n) for n in sizes}
    big = sizes[-1]
    if want("incremental"):
        for n in sorted({sizes[0], big}):
            incremental(bench, homes[n], n)
    if want("query"):
        if not (homes[big] / "graphs" / "graph.db").is_file():
            run(build_cmd(bench, homes[big], max(jobs_list))[0], bench.env)
        queries(bench, homes[big], big)
    if not want("render"):
        write_results(bench, started)
        return 0
    seeds = seed_home(bench)
    cmd, _ = build_cmd(bench, seeds, 1)
    r = run(cmd, bench.env)
    if r.rc != 0:
        bench.add("render", "seed corpus build", f"failed rc={r.rc}", r.last_line()[:80])
    render(bench, "render seed corpus (5 notices, whole graph)", seeds)
    if not args.small:
        render(bench, f"render {big:,}-notice graph, --disease 结核病 subgraph", homes[big], "--disease", "结核病")
        render(bench, f"render {big:,}-notice graph, --kind 公安 subgraph", homes[big], "--kind", "公安")
    write_results(bench, started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
