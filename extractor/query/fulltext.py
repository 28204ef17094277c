"""Duties and evidence containing a text, through the store's full-text indexes.

The indexes (``duty_search``, ``evidence_search``: FTS5 ``trigram``) find any text of three
or more characters. A text of two characters (``筛查``, ``艾滋``) is below them: each place
it occurs is either followed by a character, and then the index holds a trigram beginning
with it (``筛查工``, ``筛查和`` …, listed by an ``fts5vocab`` table in a range of terms), or
it ends the column, which the indexes ``…_tail`` on ``substr(column, -2)`` find. So no
text of two characters reads every duty; one character still does (it would match most).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

#: The facts ``evidence_search`` indexes (the others' evidence is the duty's).
OTHER_FACTS = "relation NOT IN ('responsible_for', 'concerns')"


def phrase(text: str) -> str:
    """``text`` as one FTS5 phrase."""
    return '"' + text.replace('"', '""') + '"'


def _terms_beginning(c: sqlite3.Connection, index: str, text: str) -> list[str]:
    """The trigrams of the full-text index ``index`` that begin with ``text`` (the index
    folds case, so both forms are looked up)."""
    vocab = f"temp.{index}_terms"
    c.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} USING fts5vocab(main, {index}, 'row')")
    out: list[str] = []
    for form in dict.fromkeys((text, text.lower())):
        out += [r[0] for r in c.execute(f"SELECT term FROM {vocab} WHERE term >= ? AND term <= ?",
                                        (form, form + "\U0010ffff"))]
    return out


def _short_match(c: sqlite3.Connection, index: str, text: str, columns: Sequence[str], all_columns: int) -> str | None:
    """The MATCH expression of the trigrams beginning with ``text`` in ``columns``, or None."""
    terms = _terms_beginning(c, index, text)
    if not terms:
        return None
    expr = " OR ".join(phrase(t) for t in terms)
    return expr if len(columns) == all_columns else "{" + " ".join(columns) + "} : (" + expr + ")"


def duties_containing(c: sqlite3.Connection, text: str, columns: Sequence[str] = ("text", "evidence"),
                      ) -> list[tuple[str, str | None, str | None]]:
    """(id, text, evidence) of the duties whose ``columns`` contain ``text``. Three or more
    characters: the trigram index (which folds case); shorter: exactly ``text``."""
    sql = "SELECT d.id, d.text, d.evidence FROM duty_search s JOIN duties d ON d.rowid = s.rowid " \
          "WHERE duty_search MATCH ?"
    if len(text) >= 3:
        cols = "" if len(columns) == 2 else "{" + " ".join(columns) + "} : "
        return [tuple(r) for r in c.execute(sql, (cols + phrase(text),))]
    if len(text) == 2:
        found: dict[str, tuple[str, str | None, str | None]] = {}
        match = _short_match(c, "duty_search", text, columns, 2)
        if match is not None:
            found.update((r[0], tuple(r)) for r in c.execute(sql, (match,)))
        for col in columns:  # the text ends the column
            found.update((r[0], tuple(r)) for r in c.execute(
                f"SELECT id, text, evidence FROM duties WHERE substr({col}, -2) = ?", (text,)))
        rows = list(found.values())
    else:
        where = " OR ".join(f"instr({col}, ?) > 0" for col in columns)
        rows = [tuple(r) for r in c.execute(f"SELECT id, text, evidence FROM duties WHERE {where}",
                                            [text] * len(columns))]
    pos = {"text": 1, "evidence": 2}
    return [r for r in rows if any(text in (r[pos[col]] or "") for col in columns)]


def caseless(text: str) -> bool:
    """Whether ``text`` has no letter case (Chinese): the indexes, which fold case, then find
    exactly the rows containing it, and the rows need not be read to check them."""
    return text == text.casefold() == text.upper()


def duty_ids_containing(c: sqlite3.Connection, text: str, columns: Sequence[str] = ("text", "evidence")) -> list[str]:
    """Ids of the duties whose ``columns`` contain ``text`` (as :func:`duties_containing`),
    from the indexes alone when ``text`` is :func:`caseless` and of two or more characters."""
    if len(text) < 2 or not caseless(text):
        return [r[0] for r in duties_containing(c, text, columns)]
    sql = "SELECT d.id FROM duty_search s JOIN duties d ON d.rowid = s.rowid WHERE duty_search MATCH ?"
    if len(text) >= 3:
        cols = "" if len(columns) == 2 else "{" + " ".join(columns) + "} : "
        return [r[0] for r in c.execute(sql, (cols + phrase(text),))]
    match = _short_match(c, "duty_search", text, columns, 2)
    found = [r[0] for r in c.execute(sql, (match,))] if match is not None else []
    for col in columns:  # the text ends the column
        found += [r[0] for r in c.execute(f"SELECT id FROM duties WHERE substr({col}, -2) = ?", (text,))]
    return list(dict.fromkeys(found))


def count_containing(c: sqlite3.Connection, text: str, columns: Sequence[str] = ("text", "evidence")) -> int:
    """A lower bound of the number of duties whose ``columns`` contain ``text`` (caseless,
    two or more characters), from the indexes alone: exact for three or more characters;
    for two, the larger of the rows where it is followed by a character and those where it
    ends a column (a row may be both)."""
    cols = "" if len(columns) == 2 else "{" + " ".join(columns) + "} : "
    sql = "SELECT count(*) FROM duty_search WHERE duty_search MATCH ?"
    if len(text) >= 3:
        return int(c.execute(sql, (cols + phrase(text),)).fetchone()[0])
    match = _short_match(c, "duty_search", text, columns, 2)
    best = int(c.execute(sql, (match,)).fetchone()[0]) if match is not None else 0
    for col in columns:
        best = max(best, int(c.execute(f"SELECT count(*) FROM duties WHERE substr({col}, -2) = ?",
                                       (text,)).fetchone()[0]))
    return best


def facts_containing(c: sqlite3.Connection, text: str) -> list[int]:
    """Ids of the edges other than duties' (:data:`OTHER_FACTS`) whose evidence contains
    ``text`` (as :func:`duties_containing`)."""
    sql = "SELECT rowid FROM evidence_search WHERE evidence_search MATCH ?"
    if len(text) >= 3:
        return [r[0] for r in c.execute(sql, (phrase(text),))]
    if len(text) == 2:
        ids: set[int] = set()
        match = _short_match(c, "evidence_search", text, ["evidence"], 1)
        if match is not None:
            ids.update(r[0] for r in c.execute(sql, (match,)))
        ids.update(r[0] for r in c.execute(
            f"SELECT id FROM edges WHERE substr(evidence, -2) = ? AND {OTHER_FACTS}", (text,)))
        found = sorted(ids)
        if caseless(text):
            return found
        keep: set[int] = set()
        for i in range(0, len(found), 500):
            chunk = found[i : i + 500]
            keep.update(r[0] for r in c.execute(
                f"SELECT id FROM edges WHERE id IN ({','.join('?' * len(chunk))}) AND instr(evidence, ?) > 0",
                [*chunk, text]))
        return [i for i in found if i in keep]
    return [r[0] for r in c.execute(f"SELECT id FROM edges WHERE {OTHER_FACTS} AND instr(evidence, ?) > 0",
                                    (text,))]
