"""Incremental build: each new or changed notice of the corpus into the store, one at a time.

The store is ``graphs/graph.db`` (:mod:`extractor.store`). A notice whose file (size and
modification time), text hash and extractor key are those the store recorded is not even
read; any other notice is extracted (or its graph taken from ``corpus/.cache/``, node-link
JSON with the SHA-256 of its text, its file name and the extractor key:
``EXTRACTOR_VERSION`` plus a digest of the lexicons and the extractor's source) and written
into the store in one transaction, as soon as its graph is there. The store redoes the
cross-notice merge of :func:`extractor.graph.merge` for the ids and bodies that notice
names, so the result does not depend on ``jobs`` or on the order notices arrive in.
Notices that left the corpus are taken out. An interrupted build leaves the store as it
was before or after each notice; readers can query while a build runs (SQLite WAL). A
build into an empty store (the first build, ``--force``) is a bulk load into a new file
renamed into place when whole (:func:`_bulk_build`): interrupted, it leaves the old store
(or none). Builds of one project are serialized by the lock ``graphs/.build.lock``.

Problems with single notices (unreadable text, an extractor error, a file listed in the
index but deleted) are warnings in the summary, never a crash: the other notices build.
A damaged store is a one-line error; ``build --force`` rebuilds it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import os
import signal
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from queue import SimpleQueue
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout

from .. import store as _store
from ..errors import InputError, PolicyKGError
from ..project import Project
from ..read import read_notice
from . import regex_cache
from .corpus import (
    CorpusBusyError,
    Listing,
    corpus_listing,
    load_index,
    readable_name,
    text_hash,
)
from .rows import NoticeRows, dumps_spaced, notice_rows

if TYPE_CHECKING:
    import networkx as nx

#: ``progress(done, total, name)`` is called after each notice is handled.
Progress = Callable[[int, int, str], None]

BUILD_LOCK_NAME = ".build.lock"
#: Seconds a build waits for another build of the same project.
BUILD_LOCK_TIMEOUT = 3600.0
_LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"


@dataclass
class BuildSummary:
    """What a build did."""

    notices: int = 0
    extracted: int = 0
    cached: int = 0
    failed: int = 0
    missing: int = 0
    nodes: int = 0
    edges: int = 0
    seconds: float = 0.0
    graph_path: Path | None = None
    extracted_names: list[str] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        return (
            f"built {self.graph_path}: {self.notices} notices ({self.extracted} extracted, "
            f"{self.cached} cached, {self.failed} failed), {self.nodes} nodes, "
            f"{self.edges} edges in {self.seconds:.1f} s"
        )


#: Parts of the package that extracting a notice does not import (the store, the queries,
#: the commands and what they show): a change to them re-extracts nothing.
NOT_EXTRACTION = ("store", "query", "commands", "templates", "__main__.py", "cli.py", "render.py", "export.py",
                  "evaluate.py", "overview.py", "show.py")


def extractor_key() -> str:
    """Cache key of the extractor: ``EXTRACTOR_VERSION`` and a digest of its lexicons and of
    its own source but :data:`NOT_EXTRACTION`, so any change to extraction code or data
    re-extracts every notice, and a change to the store or a query re-extracts none."""
    import extractor

    package = Path(extractor.__file__).resolve().parent
    digest = hashlib.sha256()
    files = [p for p in sorted(_LEXICONS.rglob("*")) if p.is_file()] if _LEXICONS.is_dir() else []
    files += sorted(p for p in package.rglob("*.py") if p.relative_to(package).parts[0] not in NOT_EXTRACTION)
    for p in files:
        digest.update(p.relative_to(package).as_posix().encode())
        digest.update(p.read_bytes())
    return f"{extractor.EXTRACTOR_VERSION}+{digest.hexdigest()[:12]}"


def _cache_name(name: str) -> str:
    return f"{hashlib.sha1(name.encode('utf-8')).hexdigest()[:20]}.json"


def _cache_file(project: Project, name: str) -> Path:
    return project.cache_dir / _cache_name(name)


def _cache_header(name: str, digest: str, key: str) -> dict[str, str]:
    return {"doc": name, "sha256": digest, "extractor": key}


def _cache_valid(path: Path, name: str, digest: str, key: str) -> bool:
    """Whether the cache file holds the graph of this text under this extractor.

    A cache file is two lines: the header (name, text hash, extractor key) and the
    node-link graph, so checking validity reads only the first line."""
    try:
        with open(path, encoding="utf-8") as fh:
            return json.loads(fh.readline()) == _cache_header(name, digest, key)
    except (OSError, ValueError):
        return False


def _load_cached_data(path: Path) -> dict[str, Any] | None:
    """The node-link data of a cache file (None when unreadable)."""
    try:
        with open(path, encoding="utf-8") as fh:
            fh.readline()
            data = json.loads(fh.readline())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("nodes"), list) else None


def _load_cached(path: Path) -> nx.MultiDiGraph | None:
    import networkx as nx

    from .. import graph as _graph

    data = _load_cached_data(path)
    if data is None:
        return None
    try:
        return _graph.from_node_link(data)
    except (ValueError, KeyError, TypeError, nx.NetworkXError):
        return None


def _store_cached(path: Path, name: str, digest: str, key: str, data: dict[str, Any]) -> None:
    """Temp file + ``os.replace`` without fsync: a cache file lost in a crash is re-extracted."""
    header = json.dumps(_cache_header(name, digest, key), ensure_ascii=False)
    payload = header + "\n" + dumps_spaced(data) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


#: Seconds one notice may take to extract before the build reports it as too slow (a
#: normal notice takes well under a second; $POLICYKG_NOTICE_SECONDS overrides).
NOTICE_SECONDS = 120.0


class _TooSlow(Exception):
    pass


@contextlib.contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`_TooSlow` in the main thread after ``seconds`` (no-op elsewhere)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _notice_seconds() -> float:
    try:
        return float(os.environ.get("POLICYKG_NOTICE_SECONDS", NOTICE_SECONDS))
    except ValueError:
        return NOTICE_SECONDS


def _extract_one(name: str, text: str) -> tuple[str, dict[str, Any] | None, str | None]:
    """Worker: (name, node-link data, None) or (name, None, error message)."""
    seconds = _notice_seconds()
    try:
        from ..pipeline import extract_node_link

        with _time_budget(seconds):
            return name, extract_node_link(text, name), None
    except _TooSlow:
        return name, None, f"too slow to extract (over {seconds:g} s); the notice was skipped"
    except PolicyKGError as err:
        return name, None, str(err)
    except Exception as err:  # an extractor bug must not stop the other notices
        return name, None, f"extractor error {type(err).__name__}: {err}"


#: A notice to extract where its file and the build cache are at hand (this machine's
#: processes): (name, its file, its cache file, the hash of its text, extractor key). The
#: text is read where it is extracted, so the build's main process does not hold the
#: texts of every notice to extract (10,000 notices: ~500 MB) while they wait.
Work = tuple[str, Path, Path, str, str]
#: A notice's graph as the writer gets it: node-link data, or its rows for the store.
Graph = dict[str, Any] | NoticeRows
#: What :func:`_extract_and_cache` returns: (name, the notice's rows for the store or None,
#: error or None, why the cache file could not be written: None when it was).
Extracted = tuple[str, NoticeRows | None, str | None, str | None]


#: Why a notice whose text changed since the build hashed it is not built.
CHANGED = "its file changed during the build: build again"


def _read_again(path: Path, digest: str) -> tuple[str | None, str | None]:
    """(the text of a notice to extract, None) or (None, why not): its file read again,
    where it is extracted; a text that is not the one hashed is not extracted."""
    try:
        text = read_notice(path)
    except InputError as err:
        return None, str(err)
    return (text, None) if text_hash(text) == digest else (None, CHANGED)


def _extract_and_cache(name: str, path: Path, cache: Path, digest: str, key: str) -> Extracted:
    """Worker: the notice's text (:func:`_read_again`), :func:`_extract_one`, then the graph
    into the build cache and its rows for the store (:func:`extractor.store.rows.notice_rows`),
    both made here, beside the extraction, not in the process that writes the store, whose
    work is serial."""
    text, error = _read_again(path, digest)
    if text is None:
        return name, None, error, None
    name, data, error = _extract_one(name, text)
    if data is None:
        return name, data, error, None
    try:
        _store_cached(cache, name, digest, key, data)
    except OSError as err:
        return name, notice_rows(name, data), None, str(err.strerror or err)
    return name, notice_rows(name, data), None, None


def _extract_first(item: Work) -> Extracted:
    """:func:`_extract_and_cache` of a build's first notice to extract, whose import of the
    matchers compiles their patterns: with the regex programs kept in the build cache
    (:mod:`extractor.store.regex_cache`)."""
    with regex_cache.kept(item[2].parent):
        return _extract_and_cache(*item)


#: How much lower the extracting workers of a ``--jobs`` build run (``os.nice``): the process
#: that writes the store is the build's serial path, and beside two workers on two cores it
#: got about two thirds of one; niced, the workers take what it leaves. (Niced, they also
#: yield to other jobs of the machine's session: $POLICYKG_WORKER_NICE=0 runs them as it.)
WORKER_NICE = 5


def _worker_nice() -> int:
    try:
        return max(0, int(os.environ.get("POLICYKG_WORKER_NICE", WORKER_NICE)))
    except ValueError:
        return WORKER_NICE


def _lower_priority() -> None:
    """Worker initializer: run :func:`_worker_nice` steps nicer than the build's main process."""
    try:
        os.nice(_worker_nice())
    except OSError:  # (not allowed here: run as we are)
        pass


def _pool_context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def build(
    project: Project,
    jobs: int = 1,
    progress: Progress | None = None,
    force: bool = False,
    dask: Any = None,
    rehash: bool = False,
) -> BuildSummary:
    """Build the store ``graphs/graph.db`` from the corpus; see the module doc.

    Two builds of one project run one after the other (lock ``graphs/.build.lock``)."""
    start = time.perf_counter()
    if jobs < 1:
        raise PolicyKGError(f"--jobs must be at least 1 (got {jobs})")
    if not project.corpus_dir.is_dir():
        raise PolicyKGError(
            f"{project.home} has no corpus/ folder: run in a project home, pass --home DIR, "
            "or add a notice with `policykg add FILE`"
        )
    lock_path = project.graphs_dir / BUILD_LOCK_NAME
    try:
        project.graphs_dir.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(lock_path), timeout=BUILD_LOCK_TIMEOUT)
        lock.acquire()
    except Timeout:
        raise CorpusBusyError(
            f"another build of this project is running (lock {lock_path} held for over "
            f"{BUILD_LOCK_TIMEOUT:.0f} s); try again when it has finished"
        ) from None
    except OSError as err:
        raise PolicyKGError(f"cannot write to {project.graphs_dir} ({err.strerror or err})") from None
    try:
        return _build_locked(project, jobs, progress, force, start, dask, rehash)
    finally:
        lock.release()


def _build_locked(
    project: Project, jobs: int, progress: Progress | None, force: bool, start: float, dask: Any = None,
    rehash: bool = False,
) -> BuildSummary:
    key = extractor_key()
    listing = corpus_listing(project)
    summary = BuildSummary(graph_path=project.db_path)
    _remove_stale_temp_files(project)
    _corpus_warnings(project, listing, summary)
    if force or not project.db_path.exists():  # a build into an empty store
        _bulk_build(project, listing, key, jobs, progress, force, summary, dask, rehash)
    else:
        conn = _store.connect(project.db_path, create=True)
        try:
            _build_into(project, conn, listing, key, jobs, progress, force, summary, dask, rehash)
        except sqlite3.DatabaseError as err:
            raise _store.DamagedStoreError(
                f"{project.db_path} is damaged ({err}): run policykg build --force to rebuild it") from None
        finally:
            conn.close()
    summary.seconds = time.perf_counter() - start
    return summary


#: The file a bulk build writes beside the store (a dot file ending ``.tmp``: the next build
#: deletes one a killed build left, :func:`_remove_stale_temp_files`).
BULK_FILE = f".{_store.DB_NAME}.tmp"


def _bulk_build(
    project: Project, listing: Listing, key: str, jobs: int, progress: Progress | None, force: bool,
    summary: BuildSummary, dask: Any, rehash: bool,
) -> None:
    """A build into an empty store (the first build, or ``--force``), a bulk load: every
    notice is written into a new file beside the store (:func:`extractor.store.connect_bulk`),
    which takes the store's place in one rename when it is whole
    (:func:`extractor.store.put_in_place`). Meanwhile readers read the old store (or find
    none); a build that fails or is killed leaves it as it was (the next build deletes the
    file; the notices it extracted are in the build cache)."""
    new = project.graphs_dir / BULK_FILE
    conn = _store.connect_bulk(new)
    try:
        try:
            _build_into(project, conn, listing, key, jobs, progress, force, summary, dask, rehash, bulk=True)
            _store.finish_bulk(conn)
        except sqlite3.Error as err:  # (a full disk …)
            raise PolicyKGError(f"cannot write the new store {new} ({err}): {project.db_path} is left as it was"
                                ) from None
        conn.close()
        try:
            _store.put_in_place(new, project.db_path)
        except OSError as err:
            raise PolicyKGError(f"cannot put the new store in the place of {project.db_path} "
                                f"({err.strerror or err})") from None
    except BaseException:
        conn.close()
        _store.remove_files(new)
        raise


def _build_into(
    project: Project,
    conn: sqlite3.Connection,
    listing: Listing,
    key: str,
    jobs: int,
    progress: Progress | None,
    force: bool,
    summary: BuildSummary,
    dask: Any = None,
    rehash: bool = False,
    bulk: bool = False,
) -> None:
    """Write every new or changed notice into the store (one transaction each, as its
    graph arrives), take out the notices that left the corpus or failed. A notice whose
    size and modification time are those stored is not read (as git's index does), unless
    ``rehash``: then every notice is read and its hash decides. ``bulk``: ``conn`` is a bulk
    load (:func:`_bulk_build`), whose full text is indexed at its end, not by each group."""
    stored = _store.stored_notices(conn)
    todo: list[tuple[str, Path, str]] = []  # (name, file, sha256) to extract or take from the cache
    stats = listing.stats
    done = 0
    total = len(listing.names)
    summary.notices = total

    def tick(name: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total, name)

    for name in listing.names:
        have = stored.get(name)
        if not force and not rehash and have and have[1] == key and have[2:] == stats.get(name):
            summary.cached += 1  # same file as when it was stored: not even read
            tick(name)
            continue
        path = listing.path(name)
        try:
            text = read_notice(path)
        except InputError as err:
            summary.failures[name] = str(err)
            tick(name)
            continue
        digest = text_hash(text)
        if not force and have and have[0] == digest and have[1] == key:
            if name in stats:
                conn.execute("UPDATE notices SET size = ?, mtime_ns = ? WHERE file = ?", (*stats[name], name))
            summary.cached += 1
            tick(name)
            continue
        todo.append((name, path, digest))

    digests = {name: digest for name, _, digest in todo}
    cache_errors: list[str] = []

    def write(name: str, data: Graph) -> None:
        _store.write_notice(conn, name, data, hash=digests[name], extractor=key, stat=stats.get(name))
        batch.done_one()

    def accept(name: str, data: Graph | None, error: str | None, cache_error: str | None = None,
               *, cached: bool = True) -> None:
        """A notice extracted (``cached``: its graph already in the build cache, or
        ``cache_error`` why not; else this process writes it there: ``data`` is then its
        node-link data)."""
        if data is None:
            summary.failures[name] = error or "extraction failed"
        else:
            if not cached and isinstance(data, dict):
                try:
                    _store_cached(_cache_file(project, name), name, digests[name], key, data)
                except OSError as err:
                    cache_error = str(err.strerror or err)
            if cache_error is not None:
                if not cache_errors:
                    summary.warnings.append(f"cannot write the build cache ({cache_error}): the next build re-extracts")
                cache_errors.append(name)
            write(name, data)
            summary.extracted += 1
            summary.extracted_names.append(name)
        tick(name)

    batch = _store.Batch(conn, fulltext=not bulk)
    batch.__enter__()
    try:
        _write_all(project, conn, listing, key, jobs, todo, force, summary, stored, write, accept, tick,
                   dask=dask)
    finally:
        batch.__exit__(None, None, None)  # the group's merge, full-text index, commit
    _, summary.nodes, summary.edges = _store.counts(conn, keep=True)


def _write_all(project, conn, listing, key, jobs, todo, force, summary, stored, write, accept, tick,  # noqa: ANN001
               dask=None) -> None:  # noqa: ANN001
    """The writing part of :func:`_build_into`, inside one :class:`store.Batch`."""
    extract: list[tuple[str, Path, str]] = []
    for name, path, digest in todo:
        cached = None
        if not force and _cache_valid(_cache_file(project, name), name, digest, key):
            cached = _load_cached_data(_cache_file(project, name))
        if cached is None:
            extract.append((name, path, digest))
            continue
        write(name, cached)
        summary.cached += 1
        tick(name)

    # Results are written in name order as they come (the store's merge is quickest so).
    order = [name for name, _, _ in extract]
    arrived: dict[str, tuple[Graph | None, str | None, str | None, bool]] = {}
    at = 0

    def in_order(name: str, data: Graph | None, error: str | None, cache_error: str | None = None,
                 *, cached: bool = True) -> None:
        nonlocal at
        arrived[name] = (data, error, cache_error, cached)
        while at < len(order) and order[at] in arrived:
            data, error, cache_error, cached = arrived.pop(order[at])
            accept(order[at], data, error, cache_error, cached=cached)
            at += 1

    work: list[Work] = [(name, path, _cache_file(project, name), digest, key) for name, path, digest in extract]
    if dask is not None and extract:  # (the workers may not see this machine's cache folder)
        _extract_dask(extract, dask, lambda *result: in_order(*result, cached=False))
    elif jobs == 1 or len(extract) <= 1:
        for i, item in enumerate(work):
            accept(*(_extract_and_cache(*item) if i else _extract_first(item)))
    else:
        _extract_parallel(work, jobs, in_order)

    summary.failed = len(summary.failures)
    names = set(listing.names)
    if names and summary.failed == len(names):
        first = sorted(summary.failures.items())[:3]
        more = f" and {summary.failed - len(first)} more" if summary.failed > len(first) else ""
        raise PolicyKGError(
            f"no notice could be built, {project.db_path} is left as it was: "
            + "; ".join(f"{name}: {reason}" for name, reason in first)
            + more
        )
    for name in sorted(set(stored) - (names - set(summary.failures))):
        _store.remove_notice(conn, name)  # left the corpus, or could not be built
    for name, reason in sorted(summary.failures.items()):
        summary.warnings.append(f"{name}: not built: {reason}")
    _prune_cache(project, names)
    summary.extracted_names.sort()
    if not names:
        summary.warnings.append("the corpus has no notices: the graph is empty (`policykg add FILE`)")


def _corpus_warnings(project: Project, listing: Listing, summary: BuildSummary) -> None:
    """Warn about indexed notices whose file is gone and files that are not notices."""
    names = set(listing.names)
    for rec in load_index(project):
        if rec["name"] not in names:
            summary.missing += 1
            summary.warnings.append(
                f"{rec['name']} is in the corpus index but its file is gone (deleted by hand?): "
                f"skipped; `policykg remove {rec['name']}` drops it from the index"
            )
    for name in listing.others:
        shown = readable_name(name)
        summary.warnings.append(f"{shown}: not a .txt notice, skipped (use `policykg add {shown}`)")
    for name in listing.badly_named:
        summary.warnings.append(
            f"{readable_name(name)}: the file name is not UTF-8, skipped; rename it "
            "(or `policykg add` it from another folder)"
        )


def _extract_dask(
    todo: list[tuple[str, Path, str]],
    dask: Any,
    accept: Callable[[str, dict[str, Any] | None, str | None], None],
) -> None:
    """Extract on a dask.distributed cluster (``dask``: a scheduler address such as
    ``tcp://host:8786``, or a ``distributed.Client``); this process writes the results.
    The workers need policykg installed (the same version)."""
    try:
        from distributed import Client
        from distributed import as_completed as dask_completed
    except ImportError:
        raise PolicyKGError("--dask needs dask.distributed: pip install 'policykg[dask]'") from None
    own = isinstance(dask, str)
    try:
        client = Client(dask, timeout=30) if own else dask
    except (OSError, TimeoutError) as err:
        raise PolicyKGError(f"cannot reach the dask scheduler at {dask} ({err})") from None
    try:
        names = {}
        futures: list[Any] = []
        for name, path, digest in todo:
            text, error = _read_again(path, digest)  # (the workers may not see this machine's files)
            if text is None:
                accept(name, None, error)
                continue
            fut = client.submit(_extract_one, name, text, key=f"policykg-extract-{digest[:16]}-{len(futures)}",
                                pure=False)
            names[fut.key] = name
            futures.append(fut)
        for fut in dask_completed(futures):
            name = names[fut.key]
            try:
                _, data, error = fut.result()
            except Exception as err:  # a worker lost, a deserialization error …
                data, error = None, f"dask: {type(err).__name__}: {err}"
            fut.release()
            accept(name, data, error)
    finally:
        if own:
            client.close()


def _extract_parallel(todo: list[Work], jobs: int, accept: Callable[..., None]) -> None:
    """Extract ``todo`` in ``jobs`` processes, each writing its notices' build cache;
    ``accept`` gets what :func:`_extract_and_cache` returns, as the notices are done."""
    context = _pool_context()
    if context.get_start_method() == "fork":
        # Extract the first notice here: it loads spaCy, jieba and the lexicons once, and
        # the forked workers inherit them instead of loading them each.
        accept(*_extract_first(todo[0]))
        todo = todo[1:]
        if not todo:
            return
    pending = _run_pool(context, todo, jobs, accept)
    # A worker died (killed, out of memory): the notices it left are extracted again, each
    # in a pool of its own, so only a notice that kills its worker again is reported.
    for item in [t for t in todo if t[0] in pending]:
        if _run_pool(context, [item], 1, accept):
            accept(item[0], None, "its worker process died twice (out of memory?); try --jobs 1")


#: Notices a ``--jobs`` build keeps submitted per worker (done and not yet written, or
#: queued). The writer takes no result for seconds at each build group's end (the group's
#: merge, full-text index and commit: ~9 s at 10,000 notices, estimated); with 4 a worker, the
#: workers ran dry a moment into it and waited. 1,000 notices in groups of 250 (four group
#: ends, 23-52 s of wall at load 8-12): the workers extracted 20-21 notices during them with
#: 4 a worker, 139-166 with 128 (docs/benchmarks.md, fourteenth round). A result
#: waiting is ~100-150 KB of rows: 256 of them ~40 MB more peak memory at most.
IN_FLIGHT_PER_JOB = 128


def _run_pool(
    context: multiprocessing.context.BaseContext,
    todo: list[Work],
    jobs: int,
    accept: Callable[..., None],
) -> set[str]:
    """Extract ``todo`` in a process pool; returns the names left when a worker died."""
    pending = {item[0] for item in todo}
    queue = iter(todo)
    # each future puts itself here when done: taking the next result costs the same however
    # many are in flight (``wait`` on them all walked the whole window for every result)
    finished: SimpleQueue[Future[Extracted]] = SimpleQueue()
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=context,
                                 initializer=_lower_priority) as pool:
            running = 0

            def submit_next() -> None:
                nonlocal running
                item = next(queue, None)
                if item is not None:
                    pool.submit(_extract_and_cache, *item).add_done_callback(finished.put)
                    running += 1

            for _ in range(jobs * IN_FLIGHT_PER_JOB):  # a bounded window: results are not all held at once
                submit_next()
            while running:
                result = finished.get().result()
                running -= 1
                pending.discard(result[0])
                accept(*result)
                submit_next()
    except BrokenProcessPool:
        return pending
    return set()


def _remove_stale_temp_files(project: Project) -> None:
    """Temp files of a killed build (graph and cache writes, a bulk build's store); safe
    under the build lock."""
    _store.remove_files(project.graphs_dir / BULK_FILE)
    for folder in (project.graphs_dir, project.cache_dir):
        if folder.is_dir():
            for tmp in folder.glob(".*.tmp"):
                try:
                    tmp.unlink()
                except OSError:
                    pass


def _prune_cache(project: Project, names: set[str]) -> None:
    """Delete cached graphs of notices no longer in the corpus."""
    folder = project.cache_dir
    if not folder.is_dir():
        return
    keep = {_cache_name(n) for n in names}
    with os.scandir(folder) as entries:
        gone = [e.path for e in entries if e.name.endswith(".json") and e.name not in keep]
    for path in gone:
        try:
            os.unlink(path)
        except OSError:
            pass
