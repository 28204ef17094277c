"""A roster laid out in columns and flattened by a copy: the role labels run together on one
line (``组长：副组长：成员：``), every name after them in one run (``王 海张秀萍乔国福…``: a
two-character name padded to the width of three), then the posts in the same order on the
lines below, apart by spaces. Names and posts are paired by order when their numbers agree."""

from __future__ import annotations

import re
from functools import lru_cache

from ...layout import Line
from ...lexicon import padded_alternation
from ...normalize import HAN
from ...notice import Notice
from .names import bare_name_ok
from .people import add_person
from .post_bodies import is_post
from .roles import role_of, role_words

_LEAST = 3  # fewer names make no table


@lru_cache(maxsize=8)
def _stacked_re(roles: tuple[str, ...]) -> re.Pattern[str]:
    """Two or more role labels run together at the start of a line, then a run of names."""
    return re.compile(rf"(?P<labels>(?:(?:{padded_alternation(roles)})\s*：\s*){{2,}})(?P<names>[{HAN}][{HAN} ]+[{HAN}])$")


def _split_run(run: str) -> list[tuple[int, int]] | None:
    """Spans of the names of a run written without separators: a name padded to three
    characters (``王 海``) is two, any other three; None when the run does not divide so."""
    out, i = [], 0
    while i < len(run):
        if i + 2 < len(run) and run[i + 1] == " " and run[i + 2] != " ":
            out.append((i, i + 3))
        elif i + 3 <= len(run) and " " not in run[i : i + 3]:
            out.append((i, i + 3))
        else:
            return None
        i += 3
    return out


def _posts_below(notice: Notice, lines: list[Line]) -> tuple[list[tuple[int, int]], list[Line]]:
    """The posts on the lines below the names, apart by spaces, up to the first line that is
    not posts alone; and those lines."""
    text = notice.text
    posts: list[tuple[int, int]] = []
    used: list[Line] = []
    for ln in lines:
        cells = [(m.start(), m.end()) for m in re.finditer(r"[^ ]+", text[ln.body_start : ln.end])]
        cells = [(ln.body_start + a, ln.body_start + b) for a, b in cells]
        if not cells or not all(is_post(notice, a, b) for a, b in cells):
            break
        posts += cells
        used.append(ln)
    return posts, used


def column_roster(notice: Notice, lines: list[Line], k: int) -> int:
    """Read the flattened table whose labels and names are on ``lines[k]``: the first name
    takes the first label, the others the last one (a label between them, ``副组长``, says
    nothing of how many names it holds). Returns how many lines the table takes (0: no such
    table, nothing read)."""
    if notice.mechanism is None:
        return 0
    text = notice.text
    ln = lines[k]
    m = _stacked_re(role_words(notice)).match(text, ln.body_start, ln.end)
    if m is None:
        return 0
    names = _split_run(m.group("names"))
    run_start = m.start("names")
    if names is None or len(names) < _LEAST:
        return 0
    spans = [(run_start + a, run_start + b) for a, b in names]
    if not all(bare_name_ok(text[a:b].replace(" ", ""), notice) for a, b in spans):
        return 0
    posts, used = _posts_below(notice, lines[k + 1 :])
    if len(posts) != len(spans):
        return 0
    labels = [w.replace(" ", "") for w in re.findall(r"[^：\s][^：]*?(?=\s*：)", m.group("labels"))]
    first, rest = role_of(notice, labels[0]), role_of(notice, labels[-1])
    for j, (name, post) in enumerate(zip(spans, posts, strict=True)):
        row = next(u for u in used if u.body_start <= post[0] < u.end)
        add_person(notice, first if j == 0 else rest, name, post, (ln.start, row.end))  # names to the post's row
    notice.roster_lines.update(u.start for u in (ln, *used))
    return 1 + len(used)
