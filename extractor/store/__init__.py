"""The graph store: ``graphs/graph.db``, an SQLite database (stdlib ``sqlite3``, WAL).

``policykg build`` writes it notice by notice, each notice in one transaction: a notice's
own graph (as the extractor made it) is kept in ``notice_nodes`` and ``edges``, and the
cross-notice merge of :func:`extractor.graph.merge` (one node per id, attributes filled by
the first notice that has them, aliases and notices unioned; organizations with one
``body_key`` collapsed onto the first seen) is recomputed for the ids and bodies that
notice names only. So the database after any sequence of notice writes is the merge of
the notices it holds, in file-name order, whatever the order of the writes. A build into
an empty store makes the same writes into a new file loaded in bulk (:func:`connect_bulk`,
:func:`finish_bulk`, :func:`put_in_place`).

The analyst-facing tables (``notices``, ``nodes``, ``aliases``, ``edges``, ``duties``),
the full-text index (``fulltext``, FTS5 trigram) and the views are documented in
``docs/store-schema.md``. Query code reads them with plain SQL; this module imports
neither networkx, spaCy nor jieba (``to_graph`` imports networkx when called).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import NotFoundError, PolicyKGError
from ..model import UNIT_ROLES, copy_attrs, fold_body, fold_node
from .rows import DUTY_ROW_KEYS, IN_DUTY_ROW, SAME_ID, NoticeRows, notice_rows
from .rows import dumps as _dumps

STORE_VERSION = 1
DB_NAME = "graph.db"
#: KiB of page cache of a writing connection (``PRAGMA cache_size``).
WRITE_CACHE_KB = 256 * 1024

#: Node attributes that have columns of their own (the rest go to ``attributes``).
NODE_COLUMNS = ("type", "name", "kind", "locality")


class DamagedStoreError(PolicyKGError):
    """The database file is not a readable policykg store."""

    exit_code = 3


class OutdatedStoreError(DamagedStoreError):
    """The store was written by an older policykg: a build updates it in place."""


SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE IF NOT EXISTS notices (
    file TEXT PRIMARY KEY,
    hash TEXT,
    title TEXT,
    number TEXT,
    date TEXT,
    issuer TEXT,
    year INTEGER,
    extractor TEXT,
    size INTEGER,
    mtime_ns INTEGER,
    nodes INTEGER,
    edges INTEGER
);

CREATE TABLE IF NOT EXISTS notice_nodes (
    notice TEXT NOT NULL,
    ord INTEGER NOT NULL,
    id TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (notice, ord)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS notice_nodes_by_id ON notice_nodes (id, notice, ord);

CREATE TABLE IF NOT EXISTS merged_ids (
    id TEXT PRIMARY KEY,
    canonical TEXT NOT NULL,
    body_key TEXT,
    first_notice TEXT NOT NULL,
    first_ord INTEGER NOT NULL,
    data TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS merged_ids_by_body ON merged_ids (body_key) WHERE body_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS merged_ids_by_canonical ON merged_ids (canonical);

CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT,
    kind TEXT,
    locality TEXT,
    attributes TEXT NOT NULL DEFAULT '{}',
    key TEXT,
    rkey TEXT,
    collective INTEGER NOT NULL DEFAULT 0,
    first_notice TEXT,
    first_ord INTEGER
);
CREATE INDEX IF NOT EXISTS nodes_by_type_key ON nodes (type, key);
CREATE INDEX IF NOT EXISTS nodes_by_type_rkey ON nodes (type, rkey);
CREATE INDEX IF NOT EXISTS nodes_by_type_kind ON nodes (type, kind);
CREATE INDEX IF NOT EXISTS nodes_by_type_locality ON nodes (type, locality);
CREATE INDEX IF NOT EXISTS nodes_by_order ON nodes (first_notice, first_ord);

CREATE TABLE IF NOT EXISTS aliases (
    node TEXT NOT NULL,
    alias TEXT NOT NULL,
    ord INTEGER NOT NULL,
    key TEXT,
    rkey TEXT,
    PRIMARY KEY (node, ord)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS aliases_by_key ON aliases (key);
CREATE INDEX IF NOT EXISTS aliases_by_rkey ON aliases (rkey);

CREATE TABLE IF NOT EXISTS edges (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    relation TEXT NOT NULL,
    notice TEXT NOT NULL,
    evidence TEXT,
    span_start INTEGER,
    span_end INTEGER,
    role TEXT,
    title TEXT,
    deadline TEXT,
    deadline_date TEXT,
    item INTEGER,
    attributes TEXT NOT NULL DEFAULT '{}',
    raw_source TEXT NOT NULL,
    raw_target TEXT NOT NULL,
    ord INTEGER NOT NULL,
    body_name TEXT
);
-- edge indices: INDEXES below

CREATE TABLE IF NOT EXISTS duties (
    id TEXT PRIMARY KEY,
    notice TEXT NOT NULL,
    text TEXT,
    evidence TEXT,
    span_start INTEGER,
    span_end INTEGER,
    mechanism TEXT,
    deadline TEXT,
    deadline_date TEXT,
    item INTEGER,
    mechanism_name TEXT
);
CREATE INDEX IF NOT EXISTS duties_by_notice ON duties (notice, span_start);
CREATE INDEX IF NOT EXISTS duties_by_mechanism ON duties (mechanism, notice, span_start);

CREATE VIRTUAL TABLE IF NOT EXISTS duty_search USING fts5 (
    text, evidence, content = 'duties', content_rowid = 'rowid', tokenize = 'trigram'
);
CREATE VIRTUAL TABLE IF NOT EXISTS evidence_search USING fts5 (
    evidence, content = 'edges', content_rowid = 'id', tokenize = 'trigram'
);

CREATE VIEW IF NOT EXISTS responsibilities AS
SELECT b.name AS body, b.kind AS kind, b.locality AS place, m.name AS mechanism,
       d.text AS duty, e.role AS role, d.deadline AS deadline, d.deadline_date AS deadline_date,
       d.item AS item, e.notice AS notice, e.evidence AS evidence,
       b.id AS body_id, d.id AS duty_id, b.type AS body_type
FROM edges e
JOIN nodes b ON b.id = e.source
JOIN duties d ON d.id = e.target
LEFT JOIN nodes m ON m.id = d.mechanism
WHERE e.relation = 'responsible_for';

CREATE VIEW IF NOT EXISTS roster AS
SELECT p.name AS person,
       REPLACE(e.relation, '_of', '') AS role,
       m.name AS mechanism,
       (SELECT group_concat(o.name, '; ') FROM edges h JOIN nodes o ON o.id = h.target
         WHERE h.source = p.id AND h.relation = 'holds_post') AS organization,
       (SELECT group_concat(h.title, '; ') FROM edges h
         WHERE h.source = p.id AND h.relation = 'holds_post') AS title,
       e.notice AS notice, e.evidence AS evidence, p.id AS person_id, m.id AS mechanism_id
FROM edges e
JOIN nodes p ON p.id = e.source AND p.type = 'person'
JOIN nodes m ON m.id = e.target
WHERE e.relation IN ('convener_of', 'deputy_convener_of', 'member_of', 'liaison_of',
                     'leader_of', 'deputy_leader_of');

CREATE VIEW IF NOT EXISTS duty_diseases AS
SELECT d.text AS duty, x.name AS disease, d.notice AS notice, d.id AS duty_id, x.id AS disease_id
FROM edges e JOIN duties d ON d.id = e.source JOIN nodes x ON x.id = e.target
WHERE e.relation = 'concerns';

CREATE VIEW IF NOT EXISTS mechanisms AS
SELECT m.name AS name, json_extract(m.attributes, '$.short') AS short,
       (SELECT count(DISTINCT e.source) FROM edges e
         WHERE e.target = m.id AND e.relation = 'member_unit_of') AS units,
       (SELECT count(DISTINCT e.source) FROM edges e
         WHERE e.target = m.id AND e.relation IN ('convener_of', 'deputy_convener_of',
               'member_of', 'liaison_of', 'leader_of', 'deputy_leader_of')) AS people,
       (SELECT count(*) FROM duties d WHERE d.mechanism = m.id) AS duties,
       m.id AS id
FROM nodes m WHERE m.type = 'mechanism';
"""

#: A body's relation to a mechanism -> its role in the ``memberships`` view: the posts a unit
#: holds come from :data:`extractor.model.UNIT_ROLES`, so a new one reaches the view.
MEMBERSHIP_ROLES = {"member_unit_of": "member",
                    **{relation: f"{role}_unit" for relation, role in UNIT_ROLES.items()},
                    "office_of": "office", "part_of": "part"}

#: The ``memberships`` view: a mechanism's units and their part in it. Kept apart from
#: :data:`SCHEMA` so that a writer's open brings an older store's view up to date when the
#: graph model gains a unit relation (one :data:`MEMBERSHIP_ROLES` names that the view lacks).
_WHEN = "\n                       "  # one relation a line, as an analyst's SQL client shows the view
MEMBERSHIPS = f"""
CREATE VIEW IF NOT EXISTS memberships AS
SELECT m.name AS mechanism, b.name AS body, b.kind AS kind, b.locality AS place,
       CASE e.relation {_WHEN.join(f"WHEN '{r}' THEN '{role}'" for r, role in MEMBERSHIP_ROLES.items())}
       END AS role,
       e.title AS title, e.notice AS notice, e.evidence AS evidence,
       m.id AS mechanism_id, b.id AS body_id
FROM edges e
JOIN nodes m ON m.id = e.target AND m.type = 'mechanism'
JOIN nodes b ON b.id = e.source
WHERE e.relation IN ({", ".join(f"'{r}'" for r in MEMBERSHIP_ROLES)});
"""


#: The edge indices, made (and those of older stores dropped) whenever a build opens the
#: store: one unique index serves lookups by source and the one-edge-per-key rule, one on
#: (target, relation) lookups by target (every query names the target, and the merge
#: re-points edges by it), so a notice's edges update four B-trees, not eight; and the
#: indexes of the last two characters of duty text and evidence, which find texts of two
#: characters (:mod:`extractor.query.fulltext`).
INDEXES = """
DROP INDEX IF EXISTS edges_unique;
DROP INDEX IF EXISTS edges_by_source;
DROP INDEX IF EXISTS edges_by_relation;
DROP INDEX IF EXISTS edges_by_raw_source;
DROP INDEX IF EXISTS edges_by_raw_target;
DROP INDEX IF EXISTS edges_by_relation_target;
CREATE UNIQUE INDEX IF NOT EXISTS edges_by_source_key ON edges (source, relation, target, notice);
CREATE INDEX IF NOT EXISTS edges_by_target ON edges (target, relation);
CREATE INDEX IF NOT EXISTS edges_by_notice ON edges (notice, ord);
CREATE INDEX IF NOT EXISTS duties_text_tail ON duties (substr(text, -2));
CREATE INDEX IF NOT EXISTS duties_evidence_tail ON duties (substr(evidence, -2));
CREATE INDEX IF NOT EXISTS edges_evidence_tail ON edges (substr(evidence, -2))
    WHERE relation NOT IN ('responsible_for', 'concerns');
"""
#: The last index of :data:`INDEXES`: a store without it gets them at its next build.
LAST_INDEX = "edges_evidence_tail"
#: An index :data:`INDEXES` drops (on (relation, target): no query looks edges up by
#: relation alone, and each of its lookups is served by ``edges_by_target``; it cost every
#: edge written a random B-tree insert): a store that has it gets :data:`INDEXES` at its next build.
DROPPED_INDEX = "edges_by_relation_target"

#: An edge's endpoints as its notice's own graph has them (``raw_source``/``raw_target`` hold
#: :data:`SAME_ID` where they equal ``source``/``target``).
RAW_SOURCE = f"coalesce(nullif(raw_source, '{SAME_ID}'), source)"
RAW_TARGET = f"coalesce(nullif(raw_target, '{SAME_ID}'), target)"

# The sort names of the rows of an answer made of duties (extractor.query: mechanism name,
# notice, offset, body name …), kept on the rows so that SQLite orders them with an index
# and reads only the rows of the page it shows. ``duties.mechanism_name``: the name of the
# duty's mechanism (its id when the store has no such node, U+FFFF for none: last);
# ``edges.body_name`` of a responsible_for edge: the name of its body (else its id). Each
# is set as its row is written and kept by the triggers below whenever a node is added,
# renamed or deleted, or an edge is re-pointed (the merge). A duty is neither a duty's
# mechanism nor the body of a responsible_for edge (graph-model.md), so a duty node added
# (most nodes a notice writes) looks up no row (a store made before 4 December 2026 keeps
# its trigger without that test: the same rows, a little more work).
MECHANISM_NAME = ("coalesce((SELECT coalesce(nullif(n.name, ''), char(65535)) FROM nodes n WHERE n.id = {m}),"
                  " coalesce(nullif({m}, ''), char(65535)))")
BODY_NAME = ("coalesce((SELECT coalesce(nullif(n.name, ''), nullif({s}, ''), '') FROM nodes n WHERE n.id = {s}),"
             " {s})")
_RENAMED = """
    UPDATE duties SET mechanism_name = coalesce(nullif({node}.name, ''), char(65535)) WHERE mechanism = {node}.id;
    UPDATE edges SET body_name = coalesce(nullif({node}.name, ''), nullif({node}.id, ''), '')
     WHERE source = {node}.id AND relation = 'responsible_for';"""
SORT_NAMES = f"""
CREATE INDEX IF NOT EXISTS duties_by_order ON duties (mechanism_name, notice, coalesce(span_start, 0));
CREATE TRIGGER IF NOT EXISTS nodes_added AFTER INSERT ON nodes WHEN NEW.type IS NOT 'duty'
BEGIN{_RENAMED.format(node="NEW")}
END;
CREATE TRIGGER IF NOT EXISTS nodes_renamed AFTER UPDATE OF name ON nodes WHEN OLD.name IS NOT NEW.name
BEGIN{_RENAMED.format(node="NEW")}
END;
CREATE TRIGGER IF NOT EXISTS nodes_deleted AFTER DELETE ON nodes BEGIN
    UPDATE duties SET mechanism_name = coalesce(nullif(OLD.id, ''), char(65535)) WHERE mechanism = OLD.id;
    UPDATE edges SET body_name = OLD.id WHERE source = OLD.id AND relation = 'responsible_for';
END;
CREATE TRIGGER IF NOT EXISTS edges_repointed AFTER UPDATE OF source ON edges
WHEN NEW.relation = 'responsible_for' BEGIN
    UPDATE edges SET body_name = {BODY_NAME.format(s="NEW.source")} WHERE id = NEW.id;
END;
"""
#: The last trigger of :data:`SORT_NAMES`: a store without it has not got the sort names.
SORT_MARK = "edges_repointed"
#: Older stores get the sort-name columns, filled, at their next build (:func:`_add_sort_names`).
SORT_NAMES_FILL = f"""
ALTER TABLE duties ADD COLUMN mechanism_name TEXT;
ALTER TABLE edges ADD COLUMN body_name TEXT;
UPDATE duties SET mechanism_name = {MECHANISM_NAME.format(m="duties.mechanism")};
UPDATE edges SET body_name = {BODY_NAME.format(s="edges.source")} WHERE relation = 'responsible_for';
"""


# The counts of nodes by type and edges by relation (``stats``, a build's summary line),
# kept in the transaction that adds, removes or changes the rows, so nothing counts a
# million edges again (a build of one notice spent 0.24 s of CPU on it at 10,000 notices).
# The writing code adds what it inserts (:func:`_count`: one statement a notice, where a
# trigger a row cost a build half as much CPU again); triggers take off every row deleted.
# A row an ``UPDATE OR REPLACE`` takes out fires the delete trigger only with ``PRAGMA
# recursive_triggers`` on, which :func:`_repoint` sets around its statements (on for every
# statement, it cost a build 30% more CPU); a notice's own edges replace none but each other.
COUNTS = """
CREATE TABLE IF NOT EXISTS counts (
    what TEXT NOT NULL,
    name TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (what, name)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS counts_node_deleted AFTER DELETE ON nodes BEGIN
    UPDATE counts SET n = n - 1 WHERE what = 'node' AND name = coalesce(nullif(OLD.type, ''), '?');
END;
CREATE TRIGGER IF NOT EXISTS counts_node_retyped AFTER UPDATE OF type ON nodes WHEN OLD.type IS NOT NEW.type BEGIN
    UPDATE counts SET n = n - 1 WHERE what = 'node' AND name = coalesce(nullif(OLD.type, ''), '?');
    INSERT INTO counts VALUES ('node', coalesce(nullif(NEW.type, ''), '?'), 1)
        ON CONFLICT (what, name) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS counts_edge_deleted AFTER DELETE ON edges BEGIN
    UPDATE counts SET n = n - 1 WHERE what = 'relation' AND name = OLD.relation;
END;
CREATE TRIGGER IF NOT EXISTS counts_edge_changed AFTER UPDATE OF relation ON edges
WHEN OLD.relation IS NOT NEW.relation BEGIN
    UPDATE counts SET n = n - 1 WHERE what = 'relation' AND name = OLD.relation;
    INSERT INTO counts VALUES ('relation', NEW.relation, 1)
        ON CONFLICT (what, name) DO UPDATE SET n = n + 1;
END;
"""
#: The last trigger of :data:`COUNTS`: a store without it gets the counts at its next build.
COUNTS_MARK = "counts_edge_changed"
#: The counts of an older store, made once (:func:`_add_counts`).
COUNTS_FILL = """
DELETE FROM counts;
INSERT INTO counts SELECT 'node', coalesce(nullif(type, ''), '?'), count(*) FROM nodes GROUP BY 1, 2;
INSERT INTO counts SELECT 'relation', relation, count(*) FROM edges GROUP BY 1, 2;
DELETE FROM meta WHERE key = 'graph_counts';
"""


def norm(text: str) -> str:
    """Comparison form of a name: no whitespace, case-folded (as query.names.norm)."""
    return "".join(str(text).split()).casefold()


def db_path(project: Any) -> Path:
    """``graphs/graph.db`` of a project."""
    return Path(project.graphs_dir) / DB_NAME


# --- opening ---------------------------------------------------------------------------


def connect(path: str | os.PathLike[str], *, create: bool = False) -> sqlite3.Connection:
    """An open connection in WAL mode; ``create`` makes the file and schema if needed.

    Raises NotFoundError when the file is missing (and not ``create``), DamagedStoreError
    when it is not a policykg store."""
    p = Path(path)
    if p != Path(":memory:") and not create and not p.is_file():
        raise NotFoundError(f"no built graph at {p}: run policykg build first")
    try:
        if p == Path(":memory:"):
            conn = sqlite3.connect(":memory:", isolation_level=None)
        elif create:
            p.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(p), isolation_level=None, timeout=30.0)
        else:
            conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=rw", uri=True,
                                   isolation_level=None, timeout=30.0)
        conn.execute("PRAGMA busy_timeout = 30000")
        if p != Path(":memory:"):
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if mode != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        if create:
            # a writer: a page cache that holds a batch's dirty index pages (SQLite's 2 MB
            # default made every insert re-read its B-tree pages from the OS as the store grew)
            conn.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KB}")
            conn.execute("PRAGMA temp_store = MEMORY")
            _writable_schema(conn, p)
        else:
            version = _version(conn)
            if version != STORE_VERSION:
                what = "is not a policykg graph database" if version is None else (
                    f"was written by another version of policykg (store version {version})")
                raise DamagedStoreError(f"{p} {what}: run policykg build --force to rebuild it")
            if not _has(conn, SORT_MARK):
                raise OutdatedStoreError(
                    f"{p} was written by an older policykg: run policykg build to update it "
                    "(no notice is extracted again)")
    except sqlite3.DatabaseError as err:
        raise DamagedStoreError(
            f"{p} is damaged or not a policykg graph database ({err}): "
            "run policykg build --force to rebuild it") from None
    conn.row_factory = sqlite3.Row
    return conn


def _writable_schema(conn: sqlite3.Connection, p: Path) -> None:
    """Make the schema of a new store, or bring an older one up to date (a writer's open)."""
    version = _version(conn)
    if version is None:
        conn.executescript("BEGIN;" + SCHEMA + "COMMIT;")
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('store_version', ?)", (str(STORE_VERSION),))
    elif version != STORE_VERSION:
        raise DamagedStoreError(
            f"{p} was written by another version of policykg (store version {version}): "
            "run policykg build --force to rebuild it")
    if not _has(conn, LAST_INDEX) or _has(conn, DROPPED_INDEX):
        conn.executescript("BEGIN;" + INDEXES + "COMMIT;")
    if not _has(conn, SORT_MARK):
        _add_sort_names(conn)
    if not _has(conn, COUNTS_MARK):
        conn.executescript("BEGIN;" + COUNTS + COUNTS_FILL + "COMMIT;")
    view = _view_sql(conn, "memberships")
    if not all(f"'{relation}'" in view for relation in MEMBERSHIP_ROLES):  # a new store, or an older store's view
        conn.executescript("BEGIN; DROP VIEW IF EXISTS memberships;" + MEMBERSHIPS + "COMMIT;")


# --- bulk load: a build into an empty store ----------------------------------------------

#: Indexes that no statement of a build's writes reads (only queries do): a bulk load makes
#: them once at its end (:func:`finish_bulk`, one sort each) instead of inserting into them
#: row by row on random pages as the rows are written.
DEFERRED_INDEXES = ("nodes_by_type_key", "nodes_by_type_rkey", "nodes_by_type_kind", "nodes_by_type_locality",
                    "nodes_by_order", "aliases_by_key", "aliases_by_rkey", "merged_ids_by_canonical",
                    "duties_by_order", "duties_text_tail", "duties_evidence_tail", "edges_evidence_tail")


def connect_bulk(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """A new, empty store at ``path`` (a file there is replaced) for a bulk load: a build into
    an empty store. The file is not the store until :func:`finish_bulk` has run and
    :func:`put_in_place` has renamed it, so it is written without a journal and without
    syncs (a crash leaves a temp file to delete, never a half store), locked for this
    connection alone, and without :data:`DEFERRED_INDEXES`; the full-text indexes are
    filled at the end (a :class:`Batch` on it is made with ``fulltext=False``)."""
    p = Path(path)
    remove_files(p)
    try:
        conn = sqlite3.connect(str(p), isolation_level=None)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "locking_mode = EXCLUSIVE",
                       f"cache_size = -{WRITE_CACHE_KB}", "temp_store = MEMORY"):
            conn.execute(f"PRAGMA {pragma}")
        _writable_schema(conn, p)
        conn.executescript("BEGIN;" + "".join(f"DROP INDEX {name};" for name in DEFERRED_INDEXES) + "COMMIT;")
    except sqlite3.Error as err:
        raise PolicyKGError(f"cannot write a new store at {p} ({err})") from None
    conn.row_factory = sqlite3.Row
    return conn


#: The full-text indexes (FTS5) of a store.
FULLTEXT_TABLES = ("duty_search", "evidence_search")
#: FTS5 settings of a bulk load's full-text pass (:func:`finish_bulk`): terms gathered in
#: memory up to 64 MB before a segment is written (FTS5's default: 1 MB), and no merging of
#: segments while it runs (``automerge`` 0, ``crisismerge`` 64); one ``optimize`` at its end
#: merges them once. With FTS5's defaults every term was merged again at each level of a
#: tree of segments that grows with the store: the full text of 50,000 notices took 0.70 ms
#: CPU a notice against 0.57–0.65 at 10,000 (``duty_search``); so, 0.58 (docs/benchmarks.md,
#: session 33).
BULK_FTS = (("hashsize", 64 * 1024 * 1024), ("automerge", 0), ("crisismerge", 64))
#: FTS5's own defaults, set back at the end of a bulk load (and their rows taken out of the
#: store): a build into an existing store indexes each group's full text as it commits,
#: with segments merged as they come.
FTS_DEFAULTS = (("hashsize", 1024 * 1024), ("automerge", 4), ("crisismerge", 16))


def _fts_settings(conn: sqlite3.Connection, settings: Sequence[tuple[str, int]], *, forget: bool = False) -> None:
    """Set FTS5 configuration options (kept in the store) of both full-text indexes;
    ``forget``: then take their rows out of the ``*_config`` tables (set to FTS5's defaults,
    the same settings), so the store is row for row the one written notice by notice."""
    for table in FULLTEXT_TABLES:
        for name, value in settings:
            try:
                conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES (?, ?)", (name, value))
            except sqlite3.OperationalError:  # (an SQLite whose FTS5 lacks the option: only slower)
                pass
        if forget:
            conn.executemany(f"DELETE FROM {table}_config WHERE k = ?", [(name,) for name, _ in settings])


def finish_bulk(conn: sqlite3.Connection) -> None:
    """The end of a bulk load (:func:`connect_bulk`): the full-text indexes filled in one pass
    each (:data:`BULK_FTS`), the deferred indexes made (the schema run again: every statement of it is
    ``IF NOT EXISTS``, so the indexes are those of any store, same definitions), and the
    file switched to WAL, the mode of a store."""
    conn.execute("BEGIN")
    _fts_settings(conn, BULK_FTS)
    _index_text(conn, None)
    for table in FULLTEXT_TABLES:  # (one segment each: what queries read)
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    _fts_settings(conn, FTS_DEFAULTS, forget=True)
    conn.execute("COMMIT")
    conn.executescript("BEGIN;" + SCHEMA + INDEXES + SORT_NAMES + "COMMIT;")
    conn.execute("PRAGMA locking_mode = NORMAL")
    conn.execute("PRAGMA journal_mode = WAL")


def put_in_place(new: str | os.PathLike[str], path: str | os.PathLike[str]) -> None:
    """Put the finished store ``new`` (closed) in the place of the store ``path`` in one
    rename, synced first: a reader sees the old store or the new one, never a mix. The old
    store's WAL is checkpointed (when it can be) and its ``-wal`` and ``-shm`` files are
    taken away before the rename, so the new file is never read with the old one's log; a
    reader with the old store open goes on reading it (its open files) until it closes."""
    with open(new, "rb+") as fh:
        os.fsync(fh.fileno())
    if os.path.exists(f"{path}-wal"):
        try:
            old = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=rw", uri=True, timeout=5.0)
            try:
                old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                old.close()
        except sqlite3.Error:
            pass  # (a damaged store: replaced all the same)
    for suffix in ("-wal", "-shm", "-journal"):
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass
    os.replace(new, path)
    try:
        folder = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
    except OSError:
        return  # (a platform whose folders cannot be opened: the rename stands unsynced)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _view_sql(conn: sqlite3.Connection, name: str) -> str:
    """The ``CREATE VIEW`` statement of the store's view ``name`` ("" when it has none)."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", (name,)).fetchone()
    return str(row[0]) if row and row[0] else ""


def _has(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the store has the index (or table, trigger) ``name``."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def _add_sort_names(conn: sqlite3.Connection) -> None:
    """Give the store the sort-name columns, their index and triggers (:data:`SORT_NAMES`),
    filling the columns of an older store, in one transaction."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(duties)")}
    conn.executescript("BEGIN;" + ("" if "mechanism_name" in have else SORT_NAMES_FILL) + SORT_NAMES + "COMMIT;")


def _version(conn: sqlite3.Connection) -> int | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchone()
    except sqlite3.OperationalError:
        return None
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None


def _count(conn: sqlite3.Connection, what: str, names: Iterable[str | None]) -> None:
    """Add the rows just inserted (their types or relations) to the kept counts (:data:`COUNTS`)."""
    added: dict[str, int] = {}
    for name in names:
        key = (name or "?") if what == "node" else name
        if key is not None:
            added[key] = added.get(key, 0) + 1
    conn.executemany("INSERT INTO counts VALUES (?, ?, ?) ON CONFLICT (what, name) DO UPDATE SET n = n + excluded.n",
                     sorted((what, k, n) for k, n in added.items()))


def remove_files(path: str | os.PathLike[str]) -> None:
    """Delete a database with its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (or ROLLBACK on any error); inside a transaction
    already open (a build's batch, :class:`Batch`), a savepoint, so a failed notice leaves
    nothing of itself behind."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT notice")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK TO notice")
            conn.execute("RELEASE notice")
            raise
        conn.execute("RELEASE notice")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


#: Rows (nodes, edges and duties of its notices) after which a build group is committed:
#: the group's rows are held in memory until its merge (~1 KB a row with SQLite's dirty
#: pages), so a build's peak RSS does not depend on how large its notices are.
BATCH_ROWS = 250_000


class Batch:
    """Commit notice writes in groups (every ``notices`` notices, ``rows`` rows written, or
    ``seconds`` seconds of this process's CPU, so the load of the machine does not make the
    groups small):
    each commit still falls between two notices, so an interrupted build leaves the store
    as it was after some notice, never half of one. A commit writes every B-tree page the
    group changed, and a notice's rows land on random pages of the indexes, so small groups
    cost more per notice as the store grows; the full-text rows of the group's notices are
    indexed once, just before its commit (one FTS5 segment a group, not one a notice)."""

    def __init__(self, conn: sqlite3.Connection, notices: int | None = None, seconds: float = 30.0,
                 rows: int = BATCH_ROWS, *, fulltext: bool = True) -> None:
        if notices is None:  # $POLICYKG_BATCH_NOTICES=1: a commit per notice (tests, debugging)
            notices = int(os.environ.get("POLICYKG_BATCH_NOTICES") or 2000)
        self.conn, self.notices, self.seconds, self.max_rows = conn, notices, seconds, rows
        #: index the group's full text at its commit (False: a bulk load, :func:`finish_bulk`, does)
        self.fulltext = fulltext
        self.count = 0
        #: rows the group's notices wrote (:meth:`wrote`)
        self.rows = 0
        self.since = 0.0
        self.broken = False
        #: notices written in this group whose full-text rows are not indexed yet
        self.unindexed: set[str] = set()
        #: ids whose merged node is redone just before the group's commit
        self.pending = _Pending()

    def __enter__(self) -> Batch:
        import time

        self.conn.execute("BEGIN IMMEDIATE")
        _BATCHES[id(self.conn)] = self
        self.since = time.process_time()
        return self

    def done_one(self) -> None:
        """A notice was written: commit if the group is full or old enough."""
        import time

        self.count += 1
        if (self.count >= self.notices or self.rows >= self.max_rows
                or time.process_time() - self.since >= self.seconds):
            self.flush()
            self.conn.execute("COMMIT")
            self.conn.execute("BEGIN IMMEDIATE")
            self.count, self.rows, self.since = 0, 0, time.process_time()

    def wrote(self, rows: NoticeRows) -> None:
        """A notice's rows were written in this group (counted towards ``rows``)."""
        self.rows += len(rows.ids) + len(rows.edges) + len(rows.duties)

    def flush(self) -> None:
        """Redo the merge of the ids the group's notices touched and index their full text
        (inside the group's transaction). A flush that fails leaves the group to be rolled
        back: :meth:`__exit__` does not commit it."""
        self.broken = True
        self.pending.merge(self.conn)
        if self.unindexed and self.fulltext:
            _index_text(self.conn, sorted(self.unindexed))
        self.unindexed.clear()
        self.broken = False

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        _BATCHES.pop(id(self.conn), None)
        if self.conn.in_transaction:
            if self.broken:
                self.conn.execute("ROLLBACK")
                return
            try:
                self.flush()
                self.conn.execute("COMMIT")  # every notice written so far is whole
            except sqlite3.Error:
                self.conn.execute("ROLLBACK")
                raise


#: The open :class:`Batch` of a connection (by ``id``), which indexes full text at its commits.
_BATCHES: dict[int, Batch] = {}


def _index_text(conn: sqlite3.Connection, files: list[str] | None) -> None:
    """Add the duties and evidence of ``files`` (None: of every notice) to the full-text indexes."""
    if files is None:
        _index_rows(conn, "", ())
        return
    for i in range(0, len(files), 500):
        chunk = files[i : i + 500]
        _index_rows(conn, f"notice IN ({','.join('?' * len(chunk))})", chunk)


def _index_rows(conn: sqlite3.Connection, where: str, params: Sequence[str]) -> None:
    """Add the duties and the evidence of other facts ``where`` holds to the full-text indexes."""
    conn.execute("INSERT INTO duty_search (rowid, text, evidence) SELECT rowid, COALESCE(text, ''),"
                 " COALESCE(evidence, '') FROM duties" + (f" WHERE {where}" if where else ""), params)
    conn.execute("INSERT INTO evidence_search (rowid, evidence) SELECT id, COALESCE(evidence, '') FROM edges"
                 f" WHERE {where + ' AND ' if where else ''}relation NOT IN ('responsible_for', 'concerns')", params)


# --- the merge rules of graph.merge, per id and per body ----------------------------------


def merge_node_data(datas: Iterable[dict[str, Any]], start: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The merged attributes of one node id from its per-notice data, in notice order: the
    node rule of :func:`extractor.graph.merge` (:func:`extractor.model.fold_node`), without
    ``docs``: the notices of a node are the rows of ``notice_nodes`` (see
    :func:`node_docs`), so a node named by thousands of notices is not rewritten whole by
    each. ``start``: the merged data of the notices before ``datas``, to go on from."""
    cur: dict[str, Any] | None = None if start is None else copy_attrs(start)
    seen: dict[str, set[Any]] = {}
    for data in datas:
        data = {k: v for k, v in data.items() if k != "docs"}
        if cur is None:
            cur = copy_attrs(data)
        else:
            fold_node(cur, data, seen)
    return cur


def collapse_body(members: list[dict[str, Any]]) -> dict[str, Any]:
    """The kept node of a ``body_key`` group (members in order): the first one, with the
    others folded in by the rule of :func:`extractor.graph.merge`
    (:func:`extractor.model.fold_body`)."""
    kept = copy_attrs(members[0])
    for data in members[1:]:
        fold_body(kept, data)
    return kept


# --- writing -------------------------------------------------------------------------


def write_notice(
    conn: sqlite3.Connection,
    file: str,
    graph: Any,
    *,
    hash: str | None = None,
    extractor: str | None = None,
    stat: tuple[int, int] | None = None,
) -> None:
    """Put one notice's graph (node-link data, a networkx graph, or its rows made by
    :func:`extractor.store.rows.notice_rows`) into the store (replacing its previous
    version), in one transaction, and redo the merge of the ids and bodies it names: at
    once, or inside a build's :class:`Batch` once for the whole group, just before its commit."""
    rows = graph if isinstance(graph, NoticeRows) else notice_rows(file, graph)
    if rows.file != file:
        raise ValueError(f"rows made for {rows.file} written as {file}")
    batch = _BATCHES.get(id(conn))
    pending = batch is not None and file in batch.unindexed
    try:
        with transaction(conn):
            merge = batch.pending if batch is not None else _Pending()
            _write_notice(conn, file, rows, hash, extractor, stat, merge)
            if batch is None:
                merge.merge(conn)
        if batch is not None:
            batch.wrote(rows)
    except BaseException:
        if batch is not None:  # rolled back: the notice's rows are as they were
            (batch.unindexed.add if pending else batch.unindexed.discard)(file)
            batch.pending.known = None  # (the group's rows kept in memory may not be the stored ones)
        raise


def _write_notice(conn: sqlite3.Connection, file: str, rows: NoticeRows,
                  hash: str | None, extractor: str | None, stat: tuple[int, int] | None,
                  merge: _Pending) -> None:
    new: dict[str, tuple[list[str], list[int]]] = {}
    for i, (nid, d) in enumerate(zip(rows.ids, rows.datas, strict=True)):
        mine = new.setdefault(nid, ([], []))
        mine[0].append(d)
        mine[1].append(i)
    merge.note(conn, file, _notice_ids(conn, file), new)
    if conn.execute("SELECT 1 FROM notices WHERE file = ?", (file,)).fetchone() is not None:
        _drop_notice_rows(conn, file)  # (a notice new to the store has no rows to drop)
    _insert_notice(conn, file, rows, hash, extractor, stat)


def remove_notice(conn: sqlite3.Connection, file: str) -> bool:
    """Take a notice out of the store (one transaction); False if it was not there."""
    batch = _BATCHES.get(id(conn))
    pending = batch is not None and file in batch.unindexed
    try:
        with transaction(conn):
            if conn.execute("SELECT 1 FROM notices WHERE file = ?", (file,)).fetchone() is None:
                return False
            merge = batch.pending if batch is not None else _Pending()
            merge.note(conn, file, _notice_ids(conn, file), {})
            _drop_notice_rows(conn, file)
            if batch is None:
                merge.merge(conn)
    except BaseException:
        if batch is not None:
            if pending:
                batch.unindexed.add(file)
            batch.pending.known = None
        raise
    return True


def _notice_ids(conn: sqlite3.Connection, file: str) -> dict[str, tuple[list[str], list[int]]]:
    """id -> (its data, its positions) in the stored graph of ``file``."""
    out: dict[str, tuple[list[str], list[int]]] = {}
    for ord_, nid, data in conn.execute("SELECT ord, id, data FROM notice_nodes WHERE notice = ? ORDER BY ord",
                                        (file,)):
        mine = out.setdefault(nid, ([], []))
        mine[0].append(data)
        mine[1].append(ord_)
    return out


class _Pending:
    """The ids whose merged node must be redone, gathered from the notices written or
    removed since the last merge (one notice, or a build's group of notices).

    An id a rewritten notice names with exactly the data it had (most bodies and diseases
    when a changed extractor re-extracts every notice) keeps its merged node: it is not
    redone, so rewriting a notice does not cost the number of notices naming its bodies.
    An id that only notices written after every other notice naming it name anew (a build
    appending notices in name order) is the old merged data with theirs folded in; one that
    a single new notice names as an earlier notice does (:func:`_named_again`) keeps its
    merged data; any other id is merged again from every notice naming it, once per group."""

    def __init__(self) -> None:
        #: notices written or removed since the last merge
        self.files: set[str] = set()
        self.ids: set[str] = set()
        #: ids one of ``files`` named before it was rewritten or removed
        self.dirty: set[str] = set()
        #: id -> the first of ``files`` naming it now
        self.first: dict[str, str] = {}
        #: ids left alone because a rewritten notice names them unchanged
        self.unchanged: set[str] = set()
        #: id -> {notice of ``files``: (its data of the id, their positions)}: the rows the
        #: group's notices wrote, so the merge need not read them back (None after a write
        #: that failed: then every row is read from the store)
        self.known: dict[str, dict[str, tuple[list[str], list[int]]]] | None = {}

    def note(self, conn: sqlite3.Connection, file: str, old: dict[str, tuple[list[str], list[int]]],
             new: dict[str, tuple[list[str], list[int]]]) -> None:
        """``file`` is about to be replaced: it named ``old`` and will name ``new``."""
        self.files.add(file)
        if self.known is not None:
            for nid in old:
                mine = self.known.get(nid)
                if mine is not None:
                    mine.pop(file, None)
            for nid, rows in new.items():
                self.known.setdefault(nid, {})[file] = rows
        for nid in old.keys() | new.keys():
            was, now = old.get(nid), new.get(nid)
            if was is not None and now is not None and was[0] == now[0] and nid not in self.ids and (
                    was[1] == now[1] or not self._first_notice_is(conn, nid, file)):
                self.unchanged.add(nid)  # same data in the same notice order: same merged node
                continue
            self.ids.add(nid)
            if was is not None or nid in self.unchanged:
                self.dirty.add(nid)
            if now is not None and (nid not in self.first or file < self.first[nid]):
                self.first[nid] = file

    @staticmethod
    def _first_notice_is(conn: sqlite3.Connection, nid: str, file: str) -> bool:
        row = conn.execute("SELECT first_notice FROM merged_ids WHERE id = ?", (nid,)).fetchone()
        return row is not None and row[0] == file

    def merge(self, conn: sqlite3.Connection) -> None:
        """Redo the merged nodes (and the notices' node counts) of what was noted."""
        if not self.files:
            return
        appended = {nid: f for nid, f in self.first.items() if nid not in self.dirty}
        _remerge(conn, self.ids, self.files, appended, self.known)
        conn.executemany(
            "UPDATE notices SET nodes = (SELECT count(DISTINCT m.canonical) FROM notice_nodes n"
            " JOIN merged_ids m ON m.id = n.id WHERE n.notice = ?1),"
            " edges = (SELECT count(*) FROM edges WHERE notice = ?1) WHERE file = ?1",
            [(f,) for f in sorted(self.files)])
        self.clear()

    def clear(self) -> None:
        """Forget what was noted (after a merge)."""
        for part in (self.files, self.ids, self.dirty, self.first, self.unchanged):
            part.clear()
        self.known = {}


def _drop_notice_rows(conn: sqlite3.Connection, file: str) -> None:
    batch = _BATCHES.get(id(conn))
    if batch is not None and file in batch.unindexed:
        batch.unindexed.discard(file)  # written earlier in this group: nothing indexed yet
    else:
        _unindex_text(conn, file)
    conn.execute("DELETE FROM edges WHERE notice = ?", (file,))
    conn.execute("DELETE FROM duties WHERE notice = ?", (file,))
    conn.execute("DELETE FROM notice_nodes WHERE notice = ?", (file,))
    conn.execute("DELETE FROM notices WHERE file = ?", (file,))


def _unindex_text(conn: sqlite3.Connection, file: str) -> None:
    conn.execute(
        "INSERT INTO evidence_search (evidence_search, rowid, evidence) SELECT 'delete', id, COALESCE(evidence, '')"
        " FROM edges WHERE notice = ? AND relation NOT IN ('responsible_for', 'concerns')", (file,))
    conn.execute(
        "INSERT INTO duty_search (duty_search, rowid, text, evidence) SELECT 'delete', rowid, COALESCE(text, ''),"
        " COALESCE(evidence, '') FROM duties WHERE notice = ?", (file,))


def _insert_notice(
    conn: sqlite3.Connection,
    file: str,
    rows: NoticeRows,
    hash: str | None,
    extractor: str | None,
    stat: tuple[int, int] | None,
) -> None:
    conn.execute(
        "INSERT INTO notices (file, hash, title, number, date, issuer, year, extractor, size, mtime_ns)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        (file, hash, *rows.notice, extractor, stat[0] if stat else None, stat[1] if stat else None),
    )
    conn.executemany(
        "INSERT INTO notice_nodes (notice, ord, id, data) VALUES (?,?,?,?)",
        [(file, i, nid, d) for i, (nid, d) in enumerate(zip(rows.ids, rows.datas, strict=True))],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO duties (id, notice, text, evidence, span_start, span_end, mechanism, deadline,"
        f" deadline_date, item, mechanism_name) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,{MECHANISM_NAME.format(m='?7')})",
        rows.duties)
    edge_rows = rows.edges
    canon = _canonical_map(conn, {e[0] for e in edge_rows} | {e[1] for e in edge_rows})
    if canon:  # (the endpoints merged into another id: pointed at it, the extracted id kept as raw)
        edge_rows = [_pointed(e, canon) if e[0] in canon or e[1] in canon else e for e in edge_rows]
    conn.executemany(
        "INSERT OR REPLACE INTO edges (source, target, relation, notice, evidence, span_start, span_end,"
        " role, title, deadline, deadline_date, item, attributes, raw_source, raw_target, ord, body_name)"
        " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,"
        f" CASE WHEN ?3 = 'responsible_for' THEN {BODY_NAME.format(s='?1')} END)",
        edge_rows,
    )
    # (its old rows are gone: a REPLACE here takes out only a row of this statement, same key)
    _count(conn, "relation", {r[:2] + r[2:4]: r[2] for r in edge_rows}.values())
    batch = _BATCHES.get(id(conn))
    if batch is not None:
        batch.unindexed.add(file)  # indexed before the group's commit
    else:
        _index_text(conn, [file])


def _pointed(edge: tuple[Any, ...], canon: dict[str, str]) -> tuple[Any, ...]:
    """An edge row (:class:`NoticeRows`) pointed at the kept ids of ``canon``: its raw source
    and target the extracted ids where they differ from the ones pointed at, else :data:`SAME_ID`."""
    source, target = canon.get(edge[0], edge[0]), canon.get(edge[1], edge[1])
    return (source, target, *edge[2:13], edge[0] if source != edge[0] else SAME_ID,
            edge[1] if target != edge[1] else SAME_ID, *edge[15:])


def _canonical_map(conn: sqlite3.Connection, ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    ids_list = list(ids)
    for i in range(0, len(ids_list), 500):
        chunk = ids_list[i : i + 500]
        q = ",".join("?" * len(chunk))
        out.update((r[0], r[1]) for r in conn.execute(
            f"SELECT id, canonical FROM merged_ids WHERE id IN ({q}) AND id != canonical", chunk))
    return out


#: Merged nodes :func:`_remerge` writes at a time: a build group's ids (180,000 for 2,000
#: notices) as dicts all at once took ~200 MB more at the group's commit.
_NODES_CHUNK = 5000


def _remerge(conn: sqlite3.Connection, ids: set[str], files: set[str] = frozenset(),  # type: ignore[assignment]
             appended: dict[str, str] | None = None,
             known: dict[str, dict[str, tuple[list[str], list[int]]]] | None = None) -> None:
    """Recompute the merged node of every id in ``ids`` and the body groups they touch.

    ``files`` are the notices written or removed since the merged rows were last right;
    ``appended`` maps the ids none of them named before to the first of them naming it
    now. Such an id, when every notice naming it from there on is one of ``files`` (a build
    appending notices in name order), is its old merged data with theirs folded in; any
    other id is merged again from every notice naming it. ``known``: the rows the notices
    of ``files`` wrote (:attr:`_Pending.known`), read from memory instead of the store for
    ids no other notice names (a new id) and the appended ones. Edges are re-pointed only for
    ids whose kept node changed. ``merged_ids.data`` is kept only for ids of several
    notices."""
    appended = appended or {}
    groups: set[str] = set()
    singles: list[tuple[str, dict[str, Any], str, int]] = []  # (written every _NODES_CHUNK)
    repointed: list[str] = []  # singles whose kept node was another id's: their edges re-pointed
    old_canon: dict[str, str] = {}
    merged_rows: list[tuple[Any, ...]] = []
    gone: list[str] = []
    order = sorted(ids)  # in key order: neighbouring index pages
    olds: dict[str, tuple[Any, ...]] = {}  # (all read before any is written)
    for i in range(0, len(order), 500):
        chunk = order[i : i + 500]
        olds.update((r[0], tuple(r[1:])) for r in conn.execute(
            "SELECT id, body_key, canonical, data, first_notice, first_ord FROM merged_ids"
            f" WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    for nid in order:
        old = olds.get(nid)
        data = first = None
        several = True
        if old is not None:
            old_canon[nid] = old[1]
            if old[0]:
                groups.add(old[0])
            if nid in appended:
                data = _appended(conn, nid, old[2], appended[nid], files, known)
                first = (old[3], old[4])
                again = None if data is not None else _named_again(conn, nid, old[2], appended[nid], known)
                if again is not None:
                    data, first = again
        if data is None:
            rows: list[Any]
            if old is None and known is not None:  # named by none but the group's notices
                mine = known.get(nid, {})
                only = next(iter(mine.values())) if len(mine) == 1 else None
                if only is not None and len(only[0]) == 1:  # once, in one notice (most ids)
                    rows = [(next(iter(mine)), only[1][0], only[0][0])]
                else:
                    rows = _known_rows(mine, mine)
            else:
                rows = conn.execute(
                    "SELECT notice, ord, data FROM notice_nodes WHERE id = ? ORDER BY notice, ord", (nid,)).fetchall()
            if not rows:
                gone.append(nid)
                continue
            if len(rows) == 1:  # (most ids: a notice's own duties) a fresh dict, no copy to make
                data = json.loads(rows[0][2])
                data.pop("docs", None)
            else:
                data = merge_node_data(json.loads(r[2]) for r in rows)
            first = (rows[0][0], rows[0][1])
            several = len({r[0] for r in rows}) > 1
        assert data is not None and first is not None
        body_key = data.get("body_key") if data.get("type") == "organization" else None
        body_key = body_key or None
        row = (nid, nid, body_key, first[0], first[1], _dumps(data) if several else None)
        if old is None or (old[0], old[2], old[3], old[4]) != row[2:]:
            merged_rows.append(row)  # (an unchanged row keeps its canonical id)
        if body_key:
            groups.add(body_key)
        else:
            singles.append((nid, data, first[0], first[1]))
            if old_canon.get(nid, nid) != nid:
                repointed.append(nid)
            if len(singles) >= _NODES_CHUNK:  # (a group's merged nodes are not all held at once)
                _write_nodes(conn, singles)
                singles = []
    if gone:
        conn.executemany("DELETE FROM merged_ids WHERE id = ?", [(n,) for n in gone])
        conn.executemany("DELETE FROM nodes WHERE id = ?", [(n,) for n in gone])
        conn.executemany("DELETE FROM aliases WHERE node = ?", [(n,) for n in gone])
    conn.executemany(
        "INSERT OR REPLACE INTO merged_ids (id, canonical, body_key, first_notice, first_ord, data)"
        " VALUES (?,?,?,?,?,?)", merged_rows)
    _write_nodes(conn, singles)
    for nid in repointed:
        _repoint(conn, [(nid, old_canon[nid])], nid)
    _collapse_groups(conn, groups, ids, old_canon)


def _collapse_groups(conn: sqlite3.Connection, groups: set[str], ids: set[str], old_canon: dict[str, str]) -> None:
    """Redo the kept node of every ``body_key`` in ``groups`` (:func:`collapse_body`), delete
    the nodes of the other members and point their edges at it. The kept nodes are written
    together (a chunk at a time) before any member's edges move, so the sort names the
    re-pointing sets read the kept node (``ids``, ``old_canon``: see :func:`_remerge`)."""
    members: list[tuple[str, list[tuple[str, str]]]] = []  # (kept id, [(member id, its canonical id)])
    kept: list[tuple[str, dict[str, Any], str, int]] = []
    for key in sorted(groups):  # (in key order: the same rows in the same order whatever the hash seed)
        rows = conn.execute(
            "SELECT id, first_notice, first_ord, data, canonical FROM merged_ids WHERE body_key = ?"
            " ORDER BY first_notice, first_ord", (key,)).fetchall()
        if not rows:
            continue
        kept.append((rows[0][0], collapse_body([_merged_data(conn, r[0], r[3]) for r in rows]), rows[0][1],
                     rows[0][2]))
        members.append((rows[0][0], [(r[0], r[4]) for r in rows]))
        if len(kept) >= _NODES_CHUNK:
            _write_nodes(conn, kept)
            kept = []
    _write_nodes(conn, kept)
    others = [(r[0],) for _, rows in members for r in rows[1:]]
    conn.executemany("DELETE FROM nodes WHERE id = ?", others)
    conn.executemany("DELETE FROM aliases WHERE node = ?", others)
    conn.executemany("UPDATE merged_ids SET canonical = ? WHERE id = ?",
                     [(keep, m) for keep, rows in members for m, c in rows if c != keep])
    for keep, rows in members:
        # the kept id each member's edges point at now (a rewritten row of ids says itself)
        before = {m: old_canon.get(m, m) if m in ids else c for m, c in rows}
        moved = [(m, before[m]) for m, _ in rows if before[m] != keep]  # in node order
        if moved:
            _repoint(conn, moved, keep)


def _known_rows(mine: dict[str, tuple[list[str], list[int]]], notices: Iterable[str]) -> list[tuple[str, int, str]]:
    """``(notice, ord, data)`` of the rows of one id that ``notices`` wrote, as the group keeps
    them in memory (:attr:`_Pending.known`: notice -> (data, positions)), in the store's
    order (notice, then ord)."""
    return [(n, o, d) for n in sorted(notices) for o, d in sorted(zip(mine[n][1], mine[n][0], strict=True))]


def _appended(conn: sqlite3.Connection, nid: str, stored: str | None, start: str,
              files: set[str], known: dict[str, dict[str, tuple[list[str], list[int]]]] | None = None,
              ) -> dict[str, Any] | None:
    """The merged data of ``nid`` when the notices naming it from ``start`` on are all new
    (in ``files``) and follow every other notice naming it: the stored merged data (or the
    one earlier notice's) with theirs folded in; None when that does not hold. Their rows
    come from ``known`` (what they wrote) when it has them: the store is asked only which
    notices name the id, from its index."""
    mine = known.get(nid) if known is not None else None
    if mine is not None:
        # (more distinct notices than ``mine`` holds: one of them is not the group's)
        notices = [r[0] for r in conn.execute(
            "SELECT DISTINCT notice FROM notice_nodes WHERE id = ? AND notice >= ? ORDER BY notice LIMIT ?",
            (nid, start, len(mine) + 1))]
        if not notices or any(n not in mine for n in notices):
            return None
        rows = [(n, d) for n, _o, d in _known_rows(mine, notices)]
    else:
        rows = conn.execute("SELECT notice, data FROM notice_nodes WHERE id = ? AND notice >= ? ORDER BY notice, ord",
                            (nid, start)).fetchall()
    if not rows or any(r[0] not in files for r in rows):
        return None
    before = json.loads(stored) if stored is not None else merge_node_data(json.loads(r[0]) for r in conn.execute(
        "SELECT data FROM notice_nodes WHERE id = ? AND notice < ? ORDER BY notice, ord", (nid, start)))
    if before is None:
        return None
    return merge_node_data((json.loads(r[1]) for r in rows), start=before)


#: Rows of other notices :func:`_named_again` compares with the new one before giving up.
_AGAIN_ROWS = 64


def _named_again(conn: sqlite3.Connection, nid: str, stored: str | None, file: str,
                 known: dict[str, dict[str, tuple[list[str], list[int]]]] | None,
                 ) -> tuple[dict[str, Any], tuple[str, int]] | None:
    """(merged data, first notice and ord) of ``nid`` when ``file``, the one new notice
    naming it (once), names it as an earlier notice does (the same data but ``docs``), or
    as the first of the others when it comes first, with at least two other notices naming
    it: the stored merged data. Folding data met before changes nothing
    (:func:`extractor.model.fold_node`; the first fold, which adds the list keys, is
    another notice's), so a notice put among others (not after them all) is merged without
    folding every notice naming the id (a body named by thousands). None when that does not
    hold: then the id is merged again."""
    mine = known.get(nid) if known is not None else None
    if stored is None or mine is None or list(mine) != [file] or len(mine[file][0]) != 1:
        return None
    text = mine[file][0][0]
    member = '"docs":' + _dumps([file])
    if text.count(member) != 1:
        return None
    rows = conn.execute("SELECT notice, ord, data FROM notice_nodes WHERE id = ? AND notice != ?"
                        " ORDER BY notice, ord LIMIT ?", (nid, file, _AGAIN_ROWS)).fetchall()
    if len(rows) < 2:
        return None
    for i, (notice, _ord, data) in enumerate(rows):
        if notice > file and i > 0:
            break
        if data == text.replace(member, '"docs":' + _dumps([notice])):  # the same row but its one ``docs``
            return json.loads(stored), (rows[0][0], rows[0][1]) if notice < file else (file, mine[file][1][0])
        if notice > file:
            break
    return None


def _merged_data(conn: sqlite3.Connection, nid: str, data: str | None) -> dict[str, Any]:
    """An id's merged data: stored, or (an id of one notice) that notice's data."""
    if data is not None:
        return json.loads(data)
    merged = merge_node_data(json.loads(r[0]) for r in conn.execute(
        "SELECT data FROM notice_nodes WHERE id = ? ORDER BY notice, ord", (nid,)))
    return merged or {}


def _repoint(conn: sqlite3.Connection, members: list[tuple[str, str]], keep: str) -> None:
    """Edges whose raw endpoint is a member id point at ``keep``; ``members`` are
    (member id, the kept id its edges point at now), so the indexed columns find them. The
    raw endpoint is stored as :data:`SAME_ID` where it is the one pointed at (a store
    written before 3 December 2026 has it written out in every row: both are found)."""
    conn.execute("PRAGMA recursive_triggers = ON")  # a row the REPLACE takes out leaves the counts
    try:
        for m, now in members:
            raw = SAME_ID if keep == m else m
            stored = SAME_ID if now == m else m  # (or m itself, in an older store)
            for end in ("source", "target"):
                conn.execute(f"UPDATE OR REPLACE edges SET {end} = ?, raw_{end} = ?"
                             f" WHERE {end} = ? AND raw_{end} IN (?, ?)", (keep, raw, now, stored, m))
    finally:
        conn.execute("PRAGMA recursive_triggers = OFF")


def _write_nodes(conn: sqlite3.Connection, items: list[tuple[str, dict[str, Any], str, int]]) -> None:
    """Write (id, merged data, first notice, first ord) into ``nodes`` and ``aliases``."""
    node_rows = []
    alias_rows = []
    for nid, data, first_notice, first_ord in items:
        attrs = {k: v for k, v in data.items() if k not in NODE_COLUMNS and k != "docs"}
        name = data.get("name")
        # a duty's name (its text cut short) is found by the full-text index, never by key:
        # no key, so its rows go to the end of the indexes on (type, key) and (type, rkey)
        # instead of random pages of them (which every build group dirtied anew, more of
        # them the larger the store)
        key = norm(name) if name and data.get("type") != "duty" else None
        node_rows.append((nid, data.get("type"), name, data.get("kind"), data.get("locality"), _dumps(attrs), key,
                          key[::-1] if key else None, 1 if data.get("collective") else 0, first_notice, first_ord))
        names = list(data.get("aliases") or [])
        if data.get("short") and data["short"] not in names:
            names.append(data["short"])
        for i, alias in enumerate(names):
            if alias:
                k = norm(alias)
                alias_rows.append((nid, alias, i, k, k[::-1]))
    have: set[tuple[Any, ...]] = set()
    for i in range(0, len(node_rows), 500):
        chunk = [r[0] for r in node_rows[i : i + 500]]
        have.update(tuple(r) for r in conn.execute(
            "SELECT id, type, name, kind, locality, attributes, key, rkey, collective, first_notice, first_ord"
            f" FROM nodes WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    if have:  # a node written again unchanged (most bodies a notice names) is left alone
        node_rows = [r for r in node_rows if r not in have]
        keep_ids = {r[0] for r in node_rows}
        alias_rows = [r for r in alias_rows if r[0] in keep_ids]
    new_types: dict[str, str | None] = {}  # ids not in the store yet: inserted, counted
    there = {r[0] for r in have}
    for r in node_rows:
        if r[0] not in there and r[0] not in new_types:
            new_types[r[0]] = r[1]
    conn.executemany("DELETE FROM aliases WHERE node = ?", [(r[0],) for r in node_rows])
    conn.executemany(
        "INSERT INTO nodes (id, type, name, kind, locality, attributes, key, rkey, collective,"
        " first_notice, first_ord) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET"
        " type = excluded.type, name = excluded.name, kind = excluded.kind, locality = excluded.locality,"
        " attributes = excluded.attributes, key = excluded.key, rkey = excluded.rkey,"
        " collective = excluded.collective, first_notice = excluded.first_notice, first_ord = excluded.first_ord",
        node_rows)  # an update, not a replace: the sort names are redone only when the name changes
    _count(conn, "node", new_types.values())  # (a type changed by the update: the trigger)
    conn.executemany("INSERT INTO aliases (node, alias, ord, key, rkey) VALUES (?,?,?,?,?)", alias_rows)


# --- whole graphs in and out -----------------------------------------------------------


def write_graph(conn: sqlite3.Connection, g: Any) -> None:
    """Put a merged graph (networkx) into an empty store, split by the notice of each edge
    and node (nodes go with every notice in their ``docs``). For tests and notebooks; a
    build writes per-notice graphs with :func:`write_notice`."""
    per_doc_nodes: dict[str, list[dict[str, Any]]] = {}
    per_doc_edges: dict[str, list[dict[str, Any]]] = {}
    docs_order: list[str] = []
    for n, d in g.nodes(data=True):
        docs = list(d.get("docs") or []) or ["(no notice)"]
        for doc in docs:
            if doc not in per_doc_nodes:
                per_doc_nodes[doc] = []
                docs_order.append(doc)
            per_doc_nodes[doc].append({"id": n, **d, "docs": [doc]})
    for u, v, k, d in g.edges(keys=True, data=True):
        doc = d.get("doc") or "(no notice)"
        per_doc_edges.setdefault(doc, []).append({"source": u, "target": v, "key": k, **d})
        if doc not in per_doc_nodes:
            per_doc_nodes[doc] = []
    for doc in sorted(per_doc_nodes):
        write_notice(conn, doc, {"nodes": per_doc_nodes[doc], "edges": per_doc_edges.get(doc, [])})


def from_graph(g: Any) -> sqlite3.Connection:
    """An in-memory store holding the networkx graph ``g`` (queries accept graphs this way)."""
    conn = connect(":memory:", create=True)
    write_graph(conn, g)
    return conn


_MEMORY: dict[int, tuple[Any, tuple[int, int], sqlite3.Connection]] = {}


def as_conn(db: Any) -> sqlite3.Connection:
    """The store behind ``db``: a connection itself, or an in-memory store of a networkx
    graph (kept while the same graph object, unchanged in size, is queried again)."""
    if isinstance(db, sqlite3.Connection):
        return db
    sig = (db.number_of_nodes(), db.number_of_edges())
    hit = _MEMORY.get(id(db))
    if hit is not None and hit[0] is db and hit[1] == sig:
        return hit[2]
    conn = from_graph(db)
    if len(_MEMORY) > 8:
        _MEMORY.clear()
    _MEMORY[id(db)] = (db, sig, conn)
    return conn


def _in_duty_row(value: Any) -> bool:
    return type(value) is int and value == IN_DUTY_ROW


def fill_duty_text(data: dict[str, Any], row: Sequence[Any]) -> None:
    """Put back a duty node's text and evidence (``data`` read from ``notice_nodes`` or
    ``nodes``) that its ``duties`` row (``row``: its text and evidence) holds
    (:data:`extractor.store.rows.IN_DUTY_ROW`)."""
    if data.get("type") == "duty":
        for key, value in zip(DUTY_ROW_KEYS, row, strict=True):
            if _in_duty_row(data.get(key)):
                data[key] = value


def node_rows(conn: sqlite3.Connection, where: str = "", params: Iterable[Any] = ()) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, data) of nodes in merge order, data as in the networkx graph."""
    sql = "SELECT id, type, name, kind, locality, attributes, first_notice, first_ord FROM nodes"
    sql += f" WHERE {where}" if where else ""
    sql = ("SELECT n.id, n.type, n.name, n.kind, n.locality, n.attributes, d.text, d.evidence"
           f" FROM ({sql}) n LEFT JOIN duties d ON n.type = 'duty' AND d.id = n.id"
           " ORDER BY n.first_notice, n.first_ord")
    rows = conn.execute(sql, tuple(params)).fetchall()
    docs = node_docs(conn, None if not where else [r[0] for r in rows])
    for row in rows:
        data: dict[str, Any] = {"type": row[1], "name": row[2]}
        data.update(json.loads(row[5] or "{}"))
        if row[1] == "duty":
            fill_duty_text(data, row[6:8])
        data["docs"] = docs.get(row[0], [])
        if row[3] is not None:
            data["kind"] = row[3]
        if row[4] is not None:
            data["locality"] = row[4]
        yield row[0], data


def node_docs(conn: sqlite3.Connection, ids: Iterable[str] | None = None) -> dict[str, list[str]]:
    """node id -> its notices, in the order graph.merge lists them (``docs``): the notices
    of the kept id, then those of each body collapsed onto it, in node order."""
    sql = ("SELECT m.canonical, n.notice FROM merged_ids m JOIN notice_nodes n ON n.id = m.id {} "
           "ORDER BY m.canonical, m.first_notice, m.first_ord, m.id, n.notice")
    seen: dict[str, dict[str, None]] = {}  # (ordered sets: a disease named by 10,000 notices)

    def add(rows: Iterable[Any]) -> None:
        for canon, notice in rows:
            have = seen.get(canon)
            if have is None:
                have = seen[canon] = {}
            have[notice] = None

    if ids is None:
        add(conn.execute(sql.format("")))
    else:
        ids = list(dict.fromkeys(ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            add(conn.execute(sql.format(f"WHERE m.canonical IN ({','.join('?' * len(chunk))})"), chunk))
    return {canon: list(notices) for canon, notices in seen.items()}


def edge_rows(conn: sqlite3.Connection, where: str = "", params: Iterable[Any] = ()) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(source, target, key, data) of edges, data as in the networkx graph."""
    sql = ("SELECT source, target, relation, notice, evidence, span_start, span_end, role, title,"
           " attributes FROM edges")
    sql += f" WHERE {where}" if where else ""
    sql += " ORDER BY notice, ord"
    for row in conn.execute(sql, tuple(params)):
        data: dict[str, Any] = {"relation": row[2], "doc": row[3], "evidence": row[4],
                                "span": [row[5], row[6]]}
        if row[7] is not None:
            data["role"] = row[7]
        if row[8] is not None:
            data["title"] = row[8]
        data.update(json.loads(row[9] or "{}"))
        yield row[0], row[1], f"{row[2]}@{row[3]}", data


def counts(conn: sqlite3.Connection, *, keep: bool = False) -> tuple[int, int, int]:
    """(notices, nodes, edges) in the store (``keep``: as :func:`type_counts`)."""
    types, relations = type_counts(conn, keep=keep)
    return conn.execute("SELECT count(*) FROM notices").fetchone()[0], sum(types.values()), sum(relations.values())


def type_counts(conn: sqlite3.Connection, *, keep: bool = False) -> tuple[dict[str, int], dict[str, int]]:
    """(nodes by type, edges by relation), as the store keeps them (``counts``, :data:`COUNTS`):
    read, not counted. A store written before the kept counts (read-only) is counted.
    ``keep`` is accepted for callers of before (the counts are always kept)."""
    if _has(conn, COUNTS_MARK):
        types: dict[str, int] = {}
        relations: dict[str, int] = {}
        for what, name, n in conn.execute("SELECT what, name, n FROM counts WHERE n > 0 ORDER BY what, name"):
            (types if what == "node" else relations)[name] = n
        return types, relations
    types = {t or "?": n for t, n in conn.execute("SELECT type, count(*) FROM nodes GROUP BY type")}
    relations = {r: n for r, n in conn.execute("SELECT relation, count(*) FROM edges GROUP BY relation")}
    return types, relations


def stored_notices(conn: sqlite3.Connection) -> dict[str, tuple[str | None, str | None, int | None, int | None]]:
    """file -> (hash, extractor key, size, mtime_ns) of every notice in the store."""
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in
            conn.execute("SELECT file, hash, extractor, size, mtime_ns FROM notices")}


def notice_graph_data(conn: sqlite3.Connection, file: str) -> dict[str, Any]:
    """A notice's own graph as node-link data (its nodes as extracted, its edges)."""
    nodes = []
    for r in conn.execute("SELECT n.id, n.data, d.text, d.evidence FROM notice_nodes n LEFT JOIN duties d"
                          " ON d.id = n.id WHERE n.notice = ? ORDER BY n.ord", (file,)):
        data = json.loads(r[1])
        fill_duty_text(data, r[2:4])
        nodes.append({"id": r[0], **data})
    edges = []
    for r in conn.execute(
            f"SELECT {RAW_SOURCE}, {RAW_TARGET}, relation, notice, evidence, span_start, span_end, role, title,"
            " attributes FROM edges WHERE notice = ? ORDER BY ord", (file,)):
        d: dict[str, Any] = {"relation": r[2], "doc": r[3], "evidence": r[4], "span": [r[5], r[6]]}
        if r[7] is not None:
            d["role"] = r[7]
        if r[8] is not None:
            d["title"] = r[8]
        d.update(json.loads(r[9] or "{}"))
        edges.append({"source": r[0], "target": r[1], "key": f"{r[2]}@{r[3]}", **d})
    return {"directed": True, "multigraph": True, "graph": {}, "nodes": nodes, "edges": edges}


def save_graph(g: Any, path: str | os.PathLike[str]) -> Path:
    """Write a merged networkx graph as a new store at ``path`` (replacing any there)."""
    p = Path(path)
    remove_files(p)
    conn = connect(p, create=True)
    try:
        write_graph(conn, g)
    finally:
        conn.close()
    return p
