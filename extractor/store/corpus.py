"""The corpus of a project: notices stored as UTF-8 ``.txt`` in ``corpus/`` plus an index.

``corpus/index.json`` records, for each notice added with :func:`add`, the stored file
name, the source file name, the SHA-256 of the text (UTF-8) and the document metadata
(title, 文号, date, issuer) with the time it was added. ``.txt`` files dropped into
``corpus/`` by hand are part of the corpus too (listed as ``unindexed``, and built).

Every change takes the lock file ``corpus/.lock`` (so two ``add`` runs never corrupt the
index), writes through a temp file + ``os.replace``, and an ``add`` that fails midway
removes the files it already wrote, so the corpus is left as it was.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import re
import signal
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from .. import atomic_write as _atomic
from ..errors import AmbiguousError, InputError, NotFoundError, PolicyKGError
from ..project import Project
from ..read import read_notice

INDEX_NAME = "index.json"
LOCK_NAME = ".lock"
INDEX_VERSION = 1
#: Seconds a command waits for another process holding the corpus lock.
LOCK_TIMEOUT = 60.0
_MAX_STEM_BYTES = 180  # stored names stay well under the 255-byte file-name limit


class DuplicateError(InputError):
    """A notice whose text is already in the corpus."""

    exit_code = 5


class CorpusBusyError(PolicyKGError):
    """Another process holds the corpus lock for too long."""

    exit_code = 6


@dataclass
class Entry:
    """One notice of the corpus (a row of ``list``)."""

    name: str
    source: str | None
    sha256: str | None
    title: str | None = None
    number: str | None = None
    date: str | None = None
    issuer: str | None = None
    added: str | None = None
    status: str = "ok"  # ok | unindexed | missing | changed

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "source": self.source,
            "sha256": self.sha256,
            "title": self.title,
            "number": self.number,
            "date": self.date,
            "issuer": self.issuer,
            "added": self.added,
        }


@dataclass
class AddResult:
    """What :func:`add` did: the entries added and the files it refused."""

    added: list[Entry] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    #: files found in a folder or by a pattern whose text is already in the corpus: left
    #: alone (adding a folder again adds only its new notices), not refused
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)


#: What a folder given to ``add`` contributes: its files with these endings (any case).
NOTICE_SUFFIXES = (".txt", ".docx")
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass
class Expanded:
    """The files named by ``add``'s arguments (see :func:`expand`)."""

    files: list[Path] = field(default_factory=list)
    #: the files found in a folder or by a pattern (not named one by one)
    found: set[Path] = field(default_factory=set)
    #: (argument, reason): a folder without notices, a pattern matching nothing
    problems: list[tuple[str, str]] = field(default_factory=list)
    #: files of the folders left out: not .txt/.docx, or hidden (``.x``, Word's ``~$x``;
    #: those of hidden subfolders are not counted)
    ignored: int = 0


def _visible(path: Path, top: Path) -> bool:
    return not any(part.startswith((".", "~$")) for part in path.relative_to(top).parts)


def expand(args: Sequence[str | os.PathLike[str]], recursive: bool = False) -> Expanded:
    """The files named by ``args``: a file as it is (whatever its name); a folder gives its
    ``.txt`` and ``.docx`` files (with ``recursive``, those of its subfolders too), hidden
    ones left out; a pattern that names no existing path (``'*.docx'``, ``'dir/**/*.txt'``,
    for shells that do not expand it) gives the files it matches. A found file once, in order."""
    out = Expanded()
    seen: set[Path] = set()

    def take(path: Path, found: bool) -> None:
        key = path.resolve()
        if found and key in seen:  # a file named twice by hand is still refused the second time
            return
        seen.add(key)
        out.files.append(path)
        if found:
            out.found.add(path)

    for raw in args:
        arg = os.fspath(raw)
        p = Path(arg)
        if p.is_dir():
            walk = p.rglob("*") if recursive else p.glob("*")
            files = sorted(f for f in walk if f.is_file() and _visible(f.parent, p))
            notices = [f for f in files if f.suffix.lower() in NOTICE_SUFFIXES and _visible(f, p)]
            out.ignored += len(files) - len(notices)
            if not notices:
                subfolders = not recursive and any(c.is_dir() for c in p.iterdir())
                hint = " (--recursive looks into its subfolders)" if subfolders else ""
                out.problems.append((arg, f"{arg}: no .txt or .docx file in this folder{hint}"))
            for f in notices:
                take(f, True)
        elif not p.exists() and _GLOB_CHARS.search(arg):
            import glob as _glob

            matches = sorted(Path(m) for m in _glob.glob(arg, recursive=recursive or "**" in arg))
            files = [m for m in matches if m.is_file() and not m.name.startswith("~$")]  # Word's lock files
            if not files:
                out.problems.append((arg, f"{arg}: no file matches this pattern"))
            for f in files:
                take(f, True)
        else:
            take(p, False)
    return out


def _document_meta(project: Project, text: str) -> dict[str, Any]:
    """:func:`extractor.match.docmeta.document_meta`, imported when a notice is indexed (its
    patterns cost a build that reads no notice ~0.05 s of CPU), with the regex programs
    kept in the build cache (:mod:`extractor.store.regex_cache`)."""
    from . import regex_cache

    with regex_cache.kept(project.cache_dir):
        from ..match.docmeta import document_meta

    return document_meta(text)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def lock(project: Project, timeout: float | None = None) -> FileLock:
    """The corpus lock (a context manager; creates ``corpus/`` if needed)."""
    try:
        project.corpus_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise PolicyKGError(f"cannot create {project.corpus_dir} ({err.strerror or err})") from None
    return FileLock(str(project.corpus_dir / LOCK_NAME), timeout=LOCK_TIMEOUT if timeout is None else timeout)


class _Locked:
    """The corpus lock with clear errors (busy: CorpusBusyError; unwritable: PolicyKGError)."""

    def __init__(self, project: Project) -> None:
        self._lock = lock(project)
        self._path = project.corpus_dir / LOCK_NAME

    def __enter__(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise CorpusBusyError(
                f"another policykg process is changing the corpus (lock {self._path} held "
                f"for over {LOCK_TIMEOUT:.0f} s); try again when it has finished"
            ) from None
        except OSError as err:
            raise PolicyKGError(f"cannot lock the corpus ({self._path}: {err.strerror or err})") from None
        try:
            roll_back_interrupted_add(self._path.parent)
        except BaseException:
            self._lock.release()
            raise

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


# --- interrupted adds ----------------------------------------------------------------

JOURNAL_NAME = ".add-journal.json"


def roll_back_interrupted_add(corpus_dir: Path) -> list[str]:
    """Undo an ``add`` that was killed between writing its notices and its index (the
    journal it writes first names the files it created); returns the names removed.
    Called under the corpus lock before every change, so a killed add never leaves notice
    files without index records, and the same add can simply be run again."""
    journal = corpus_dir / JOURNAL_NAME
    try:
        planned = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError):
        planned = []
    indexed: set[str | None] = set()
    try:
        data = json.loads((corpus_dir / INDEX_NAME).read_text(encoding="utf-8"))
        indexed = {n.get("name") for n in data.get("notices", []) if isinstance(n, dict)}
    except (OSError, ValueError, AttributeError):
        pass
    removed = []
    for item in planned if isinstance(planned, list) else []:
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(name, str) or not _safe_name(name) or name in indexed:
            continue  # the index was written: the add completed
        path = corpus_dir / name
        try:
            if text_hash(path.read_bytes().decode("utf-8")) == item.get("sha256"):
                path.unlink()
                removed.append(name)
        except (OSError, UnicodeDecodeError):
            continue
    for tmp in corpus_dir.glob(".*.tmp"):  # temp files of a killed atomic write
        try:
            tmp.unlink()
        except OSError:
            pass
    journal.unlink(missing_ok=True)
    return removed


@contextlib.contextmanager
def _terminations_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP (kill, timeout, systemd, docker stop) interrupt like Ctrl-C, so
    the undo of a partial add runs; outside the main thread nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    saved = {sig: signal.signal(sig, interrupt) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


# --- index read / write --------------------------------------------------------------


def index_path(project: Project) -> Path:
    return project.corpus_dir / INDEX_NAME


def load_index(project: Project) -> list[dict[str, Any]]:
    """The index records (``[]`` when there is no index yet)."""
    path = index_path(project)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as err:
        raise PolicyKGError(f"{path}: cannot read the corpus index ({err})") from None
    try:
        data = json.loads(raw)
        notices = data["notices"]
        if not isinstance(notices, list) or not all(
            isinstance(n, dict) and _safe_name(n.get("name")) for n in notices
        ):
            raise ValueError("a record without a plain file name")
        if not all(isinstance(v, str | None) for n in notices for v in n.values()):
            raise ValueError("a record with a value that is not text")
    except (ValueError, KeyError, TypeError) as err:
        raise PolicyKGError(
            f"{path}: the corpus index is damaged ({err}); restore it from version control "
            "or move it away (the .txt notices are kept and still built)"
        ) from None
    return notices


def _safe_name(name: object) -> bool:
    """A plain file name inside corpus/ (no folders, not hidden)."""
    return isinstance(name, str) and bool(name) and Path(name).name == name and not name.startswith(".")


def _dump_index(records: Sequence[dict[str, Any]]) -> str:
    return json.dumps({"version": INDEX_VERSION, "notices": list(records)}, ensure_ascii=False, indent=1) + "\n"


def _write_index(project: Project, records: Sequence[dict[str, Any]]) -> None:
    _atomic.atomic_write_text(index_path(project), _dump_index(records))


# --- names ---------------------------------------------------------------------------

_UNSAFE = re.compile(r"[\\/:*?\"<>|#%\x00-\x1f\x7f\s]+")


def safe_stem(source: str) -> str:
    """A file-name stem from a source name: no separators, spaces or control characters."""
    stem = unicodedata.normalize("NFC", Path(readable_name(source)).stem)
    stem = _UNSAFE.sub("_", stem).strip("._-") or "notice"
    while len(stem.encode("utf-8")) > _MAX_STEM_BYTES:
        stem = stem[:-1]
    return stem


def _free_name(stem: str, taken_lower: set[str]) -> str:
    """``stem.txt``, or ``stem-2.txt``... when taken (case-insensitively)."""
    name = f"{stem}.txt"
    n = 2
    while name.lower() in taken_lower:
        name = f"{stem}-{n}.txt"
        n += 1
    return name


def utf8_name(name: str) -> bool:
    """Whether a file name is valid UTF-8 (not bytes smuggled in as surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def readable_name(name: str) -> str:
    """A file name as text: names in another encoding (GB18030 from an old zip) decoded."""
    if utf8_name(name):
        return name
    raw = os.fsencode(name)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace").replace("\ufffd", "_")


def _txt_files(project: Project) -> list[Path]:
    d = project.corpus_dir
    if not d.is_dir():
        return []
    # scandir: the directory's own file types, no stat of each of thousands of notices
    with os.scandir(d) as entries:
        names = sorted(e.name for e in entries if _is_notice_file(e))
    return [d / name for name in names]


def _is_notice_file(entry: os.DirEntry[str]) -> bool:
    return entry.name.lower().endswith(".txt") and not entry.name.startswith(".") and entry.is_file()


@dataclass
class Listing:
    """One reading of ``corpus/`` for a build: names, not paths (a path is made only for
    a notice that is read), each notice's size and modification time from the same pass."""

    folder: Path
    names: list[str] = field(default_factory=list)  # .txt notices with UTF-8 names, sorted
    badly_named: list[str] = field(default_factory=list)  # .txt files whose names are not UTF-8
    others: list[str] = field(default_factory=list)  # other visible files (not notices)
    stats: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (size, mtime_ns)

    def path(self, name: str) -> Path:
        return self.folder / name


def corpus_listing(project: Project) -> Listing:
    """:func:`corpus_files`, :func:`badly_named_files`, the other files of ``corpus/`` and
    the notices' sizes and modification times, from one ``scandir`` of the folder."""
    listing = Listing(project.corpus_dir)
    if not listing.folder.is_dir():
        return listing
    with os.scandir(listing.folder) as entries:
        for e in entries:
            if _is_notice_file(e):
                if not utf8_name(e.name):
                    listing.badly_named.append(e.name)
                    continue
                listing.names.append(e.name)
                try:
                    st = e.stat()
                except OSError:
                    continue
                listing.stats[e.name] = (st.st_size, st.st_mtime_ns)
            elif not e.name.startswith(".") and e.name not in (INDEX_NAME, LOCK_NAME) \
                    and not e.name.lower().endswith(".txt") and e.is_file():
                listing.others.append(e.name)
    for names in (listing.names, listing.badly_named, listing.others):
        names.sort()
    return listing


def corpus_files(project: Project) -> list[Path]:
    """The ``.txt`` notices in ``corpus/`` (hidden files and non-UTF-8 names excluded), by name."""
    return [p for p in _txt_files(project) if utf8_name(p.name)]


def badly_named_files(project: Project) -> list[Path]:
    """``.txt`` files in ``corpus/`` whose names are not UTF-8 (skipped until renamed)."""
    return [p for p in _txt_files(project) if not utf8_name(p.name)]


def _existing_hashes(project: Project, records: Iterable[dict[str, Any]], listing: Listing) -> dict[str, str]:
    """sha256 -> stored name for every notice in the corpus (indexed or dropped by hand)."""
    out: dict[str, str] = {}
    indexed = set()
    for rec in records:
        indexed.add(rec["name"])
        if rec.get("sha256"):
            out.setdefault(rec["sha256"], rec["name"])
    built = _built_hashes(project)
    for name in listing.names:
        if name in indexed:
            continue
        have = built.get(name)
        try:
            digest = have[0] if have and have[1:] == listing.stats.get(name) else \
                text_hash(read_notice(listing.path(name)))
        except InputError:
            continue
        out.setdefault(digest, name)
    return out


def _built_hashes(project: Project) -> dict[str, tuple[str, int, int]]:
    """file -> (hash, size, mtime_ns) of the notices in the built store: a file the build
    read with the same size and modification time need not be read again (as the build
    itself does). Empty when there is no readable store."""
    import sqlite3

    path = project.db_path
    if not path.is_file():
        return {}
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
                "SELECT file, hash, size, mtime_ns FROM notices WHERE hash IS NOT NULL AND size IS NOT NULL")}
        finally:
            conn.close()
    except sqlite3.Error:
        return {}


# --- add / list / remove -------------------------------------------------------------


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def add(project: Project, paths: Sequence[str | os.PathLike[str]], keep_going: bool = False,
        found: Iterable[str | os.PathLike[str]] = ()) -> AddResult:
    """Copy notices into the corpus as UTF-8 text and record them in the index.

    Every file is decoded first. A file that cannot be read, or whose text is already in
    the corpus, is refused: by default nothing at all is added then (an InputError or
    DuplicateError lists every problem); with ``keep_going`` the others are added and the
    refusals are returned. A ``.txt`` already inside ``corpus/`` but not in the index
    (dropped there by hand) is indexed where it is (re-encoded to UTF-8 if need be). A
    failure while writing undoes what this call wrote. A file of ``found`` (found in a
    folder or by a pattern, see :func:`expand`) whose text is already in the corpus is
    skipped (``AddResult.skipped``), not refused. When nothing is added because of refusals,
    the error's ``details`` hold one line per refused file.
    """
    if not paths:
        raise InputError("no files given")
    found_set = {Path(f) for f in found}
    decoded: list[tuple[Path, str]] = []
    result = AddResult()
    for raw in paths:
        p = Path(raw)
        try:
            decoded.append((p, read_notice(p)))
        except InputError as err:
            result.refused.append((str(p), str(err)))
    corpus_dir = project.corpus_dir.resolve()
    with _Locked(project):
        records = load_index(project)
        indexed = {r["name"] for r in records}
        listing = corpus_listing(project)
        hashes = _existing_hashes(project, records, listing)
        taken_lower = {n.lower() for n in indexed}
        taken_lower |= {name.lower() for name in listing.names}
        planned: list[tuple[Entry, str]] = []
        planned_names: set[str] = set()
        duplicates = 0
        for p, text in decoded:
            digest = text_hash(text)
            inside = p.resolve().parent == corpus_dir and p.suffix.lower() == ".txt"
            if inside and not utf8_name(p.name):
                result.refused.append(
                    (str(p), f"{readable_name(p.name)}: the file name in corpus/ is not UTF-8; rename it "
                     "or add it from another folder")
                )
                continue
            if inside and (p.name in indexed or p.name in planned_names):
                where: str | None = p.name
            else:
                where = hashes.get(digest)
                if inside and where == p.name:  # its own text, seen among the unindexed files
                    where = None
            if where is not None:
                same = f"already in the corpus as {where} (same text)"
                if p in found_set:
                    result.skipped.append((str(p), f"{readable_name(p.name)}: {same}"))
                    continue
                duplicates += 1
                result.refused.append((str(p), f"{readable_name(p.name)}: {same}"))
                continue
            if inside:  # adopt a hand-dropped file under its own name
                name = p.name
            else:
                name = _free_name(safe_stem(p.name), taken_lower)
                taken_lower.add(name.lower())
            hashes[digest] = name
            planned_names.add(name)
            meta = _document_meta(project, text)
            entry = Entry(
                name=name,
                source=readable_name(p.name),
                sha256=digest,
                title=meta["title"],
                number=meta["number"],
                date=meta["date"],
                issuer=meta["issuer"],
                added=_now(),
            )
            planned.append((entry, text))
        if result.refused and not keep_going:
            cls = DuplicateError if duplicates == len(result.refused) else InputError
            if len(result.refused) == 1:
                raise cls(f"nothing added: {result.refused[0][1]}")
            total = len(planned) + len(result.refused) + len(result.skipped)
            raise cls(f"nothing added: {len(result.refused)} of {total} files refused "
                      "(fix or leave them out, or --keep-going adds the others)",
                      details=[f"refused: {reason}" for _, reason in result.refused])
        try:
            _write_notices(project, records, planned)
        except OSError as err:
            raise PolicyKGError(
                f"cannot write to {project.corpus_dir} ({err.strerror or err}); nothing was added"
            ) from None
        result.added = [entry for entry, _ in planned]
    return result


def _write_notices(project: Project, records: list[dict[str, Any]], planned: list[tuple[Entry, str]]) -> None:
    """Write the texts and then the index; on any failure undo the texts written."""
    undo: list[tuple[Path, bytes | None]] = []  # (path, bytes before: None = did not exist)
    journal = project.corpus_dir / JOURNAL_NAME
    new = [{"name": e.name, "sha256": e.sha256} for e, _ in planned
           if not (project.corpus_dir / e.name).exists()]
    with _terminations_interrupt():
        if new:
            _atomic.atomic_write_text(journal, json.dumps(new, ensure_ascii=False))
        try:
            _write_notices_journaled(project, records, planned, undo)
        finally:  # done or undone; only a killed process leaves the journal behind
            journal.unlink(missing_ok=True)


def _write_notices_journaled(project: Project, records: list[dict[str, Any]],
                             planned: list[tuple[Entry, str]],
                             undo: list[tuple[Path, bytes | None]]) -> None:
    try:
        for entry, text in planned:
            path = project.corpus_dir / entry.name
            data = text.encode("utf-8")
            before = path.read_bytes() if path.exists() else None
            if before == data:
                continue
            _atomic.atomic_write_bytes(path, data)
            undo.append((path, before))
        if planned:
            _write_index(project, [*records, *(e.to_json() for e, _ in planned)])
    except BaseException:
        for path, before in reversed(undo):
            try:
                if before is None:
                    path.unlink()
                else:
                    _atomic.atomic_write_bytes(path, before)
            except OSError:
                pass
        raise


def entries(project: Project, check: bool = True) -> list[Entry]:
    """Every notice: indexed ones (status ok/missing/changed) and unindexed ``.txt`` files."""
    records = load_index(project)
    out: list[Entry] = []
    indexed: set[str] = set()
    for rec in records:
        indexed.add(rec["name"])
        entry = Entry(
            name=rec["name"],
            source=rec.get("source"),
            sha256=rec.get("sha256"),
            title=rec.get("title"),
            number=rec.get("number"),
            date=rec.get("date"),
            issuer=rec.get("issuer"),
            added=rec.get("added"),
        )
        path = project.corpus_dir / entry.name
        if not path.is_file():
            entry.status = "missing"
        elif check:
            try:
                if text_hash(read_notice(path)) != entry.sha256:
                    entry.status = "changed"
            except InputError:
                entry.status = "unreadable"
        out.append(entry)
    for p in corpus_files(project):
        if p.name in indexed:
            continue
        entry = Entry(name=p.name, source=None, sha256=None, status="unindexed")
        try:
            text = read_notice(p)
        except InputError:
            entry.status = "unreadable"
        else:
            entry.sha256 = text_hash(text)
            meta = _document_meta(project, text)
            entry.title, entry.number = meta["title"], meta["number"]
            entry.date, entry.issuer = meta["date"], meta["issuer"]
        out.append(entry)
    for p in badly_named_files(project):
        out.append(Entry(name=readable_name(p.name), source=None, sha256=None, status="bad-name"))
    return sorted(out, key=lambda e: e.name)


def list_notices(project: Project) -> list[Entry]:
    """The corpus as ``policykg list`` shows it (alias of :func:`entries`)."""
    return entries(project)


def _match(name: str, names: Sequence[str]) -> str:
    """The stored name meant by ``name``: exact, without ``.txt``, or a unique prefix."""
    if not name.strip():
        raise NotFoundError("give the name of a notice (see `policykg list`)")
    if name in names:
        return name
    for candidate in names:
        if candidate == f"{name}.txt" or candidate.lower() == name.lower():
            return candidate
    hits = [n for n in names if n.startswith(name)]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise NotFoundError(f"no notice named {name!r} in the corpus (see `policykg list`)")
    raise AmbiguousError(f"{name!r} matches several notices: {', '.join(hits)}")


def resolve(project: Project, name: str) -> str:
    """The stored name ``name`` stands for (NotFoundError / AmbiguousError otherwise)."""
    names = sorted({r["name"] for r in load_index(project)} | {p.name for p in corpus_files(project)})
    return _match(name, names)


def remove(project: Project, name: str) -> Entry:
    """Take a notice out of the corpus (its file and its index record)."""
    if not project.corpus_dir.is_dir():
        raise NotFoundError(f"no notice named {name!r}: {project.home} has no corpus/ folder")
    with _Locked(project):
        records = load_index(project)
        names = sorted({r["name"] for r in records} | {p.name for p in corpus_files(project)})
        chosen = _match(name, names)
        kept = [r for r in records if r["name"] != chosen]
        gone = [r for r in records if r["name"] == chosen]
        entry = Entry(name=chosen, source=gone[0].get("source") if gone else None, sha256=None)
        path = project.corpus_dir / chosen
        if not path.is_file():
            entry.status = "missing"
        try:
            if gone:
                _write_index(project, kept)
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as err:
            raise PolicyKGError(f"cannot remove {chosen} ({err.strerror or err})") from None
    return entry
