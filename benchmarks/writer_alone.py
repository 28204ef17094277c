"""The build's writer alone: notices' rows, as the extracting workers pickle them, written
into an empty store as a build writes them (one group, its merge, full-text index, commit).

    python benchmarks/writer_alone.py rows CACHE_DIR ROWS.pkl [--notices N]
    python benchmarks/writer_alone.py write ROWS.pkl DB

``rows`` makes the rows of the cached graphs of a built corpus (``corpus/.cache``) with
this tree's :func:`extractor.store.rows.notice_rows`; ``write`` is the process to time
(e.g. ``/usr/bin/time -v``, two trees' ``write`` in turn, each with its own rows file): a
bulk load, as a build into an empty store writes (``--incremental``: as a build into an
existing store writes, notice by notice into the WAL store).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def make_rows(cache: Path, out: Path, notices: int | None) -> None:
    from extractor.store.rows import notice_rows

    items = []
    for path in sorted(cache.glob("*.json")):
        with open(path, encoding="utf-8") as fh:
            head = json.loads(fh.readline())
            items.append((head["doc"], json.loads(fh.readline())))
    items.sort(key=lambda item: item[0])
    rows = [(name, pickle.dumps(notice_rows(name, data))) for name, data in items[:notices]]
    out.write_bytes(pickle.dumps(rows))


def write(rows_file: Path, db: Path, incremental: bool = False) -> None:
    from extractor import store

    rows = pickle.loads(rows_file.read_bytes())
    store.remove_files(db)
    conn = store.connect(db, create=True) if incremental else store.connect_bulk(db)
    with store.Batch(conn, fulltext=incremental) as batch:
        for name, blob in rows:
            store.write_notice(conn, name, pickle.loads(blob), hash="h" + name, extractor="k", stat=(1, 2))
            batch.done_one()
    if not incremental:
        store.finish_bulk(conn)
    conn.close()
    store.remove_files(db)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    r = sub.add_parser("rows")
    r.add_argument("cache", type=Path)
    r.add_argument("out", type=Path)
    r.add_argument("--notices", type=int)
    w = sub.add_parser("write")
    w.add_argument("rows", type=Path)
    w.add_argument("db", type=Path)
    w.add_argument("--incremental", action="store_true",
                   help="into a store as an incremental build writes (WAL, indexes and full text as it goes),"
                        " not as a build into an empty store (a bulk load)")
    args = ap.parse_args()
    if args.what == "rows":
        make_rows(args.cache, args.out, args.notices)
    else:
        write(args.rows, args.db, args.incremental)


if __name__ == "__main__":
    main()
