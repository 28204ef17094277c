"""A roster run together on one line: several role labels, each glued to the post before it,
and each label's entries name then post with no mark between them but a space or nothing
(``召集人：甲某 X部部长 乙某 Y委副秘书长副召集人：丙某 Z局局长成 员：…``,
``总指挥：甲某市长助理副总指挥：乙某市政府副秘书长丙某市气象局局长成员：…``, a copy that lost
the lines). Read only when every label's list reads whole as names and posts."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...lexicon import padded_alternation
from ...notice import Notice
from ...numbering import CN_COMMA
from ...segment import segment
from ..orgs import org_at
from ..posts import post_words
from .names import bare_name_ok
from .people import add_person
from .post_bodies import is_post
from .roles import role_of, role_words

_POST_REACH = 40  # a post run into the next name is never longer
_NEXT_ITEM_RE = re.compile(CN_COMMA)  # 三、工作机构: the next item, run on too
_Entry = tuple[tuple[int, int], tuple[int, int]]  # (name span, post span)


@lru_cache(maxsize=8)
def _label_re(roles: tuple[str, ...]) -> re.Pattern[str]:
    """A role label anywhere in a line (``副召集人：``, padded ``成 员：``)."""
    return re.compile(rf"(?P<role>{padded_alternation(roles)}) ?：")


def run_on_roster(notice: Notice, start: int, end: int, line: tuple[int, int]) -> bool:
    """Read a line of two or more role labels whose lists are names and posts run together;
    True when read. The line may open with words before its first label (``组成人员总指挥：``);
    a list cut by the end of the notice loses its last, unfinished entry."""
    text = notice.text
    labels = list(_label_re(tuple(role_words(notice))).finditer(text, start, end))
    if len(labels) < 2:
        return False
    item = _NEXT_ITEM_RE.search(text, labels[-1].end(), end)
    if item is not None:
        end = item.start()  # …成员：甲某 X局局长三、工作机构…: the list ends where the next item opens
    cut = not text[end:].strip()
    found: list[tuple[str, _Entry]] = []
    for k, m in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else end
        entries = _entries(notice, m.end(), stop, cut and stop == end)
        if not entries and stop == end:
            entries = _entries_before_space(notice, m.end(), end)
        if not entries:
            return False
        role = role_of(notice, m.group("role").replace(" ", ""))
        found += [(role, entry) for entry in entries]
    if len(found) < 3:
        return False  # two labels of one person each: the line readers do as well
    for role, (name, post) in found:
        add_person(notice, role, name, post, line)
    notice.roster_lines.add(line[0])
    return True


def _entries(notice: Notice, start: int, end: int, cut: bool) -> list[_Entry] | None:
    """The (name, post) spans of ``text[start:end]`` read whole as names and posts run
    together, else None; ``cut``: the text may end inside its last entry (left out)."""
    memo: dict[int, list[_Entry] | None] = {}

    def read(i: int) -> list[_Entry] | None:
        while i < end and notice.text[i] == " ":
            i += 1
        if i >= end:
            return []
        if i not in memo:
            memo[i] = _first_reading(notice, i, end, cut, read)
        return memo[i]

    return read(start) or None


def _entries_before_space(notice: Notice, start: int, end: int) -> list[_Entry] | None:
    """The last label's entries when the line goes on after them with other words past a
    space (``成员：甲某X厅处长 乙某Y所所长 领导小组下设办公室…``): the longest run up to a space
    that reads whole as names and posts, else None."""
    text = notice.text
    spaces = [i for i in range(end - 1, start, -1) if text[i] == " " and text[i - 1] != " "]
    for stop in spaces:
        entries = _entries(notice, start, stop, False)
        if entries:
            return entries
    return None


def _first_reading(notice: Notice, i: int, end: int, cut: bool,
                   read: Callable[[int], list[_Entry] | None]) -> list[_Entry] | None:
    """The entries from ``i`` on: a name, then the shortest post after which the rest reads
    (a post opened by a level or place, then by a known body, preferred: ``顾建成|市长助理``,
    not ``顾建|成市…``; then a name the segmenter ends, of three characters; of four last)."""
    text = notice.text
    titles = post_words(notice.lex).titles
    levels = notice.lex.bare_levels
    names = []
    cuts = _word_ends(text[i : min(end, i + _POST_REACH)], i)
    for n in (2, 3, 4):
        a, b = i, i + n
        if text[i + 1 : i + 2] == " " and n == 2:
            b = i + 3  # 刘 华: a padded name
        if b >= end or not _name_ok(notice, text[a:b].replace(" ", "")):
            continue
        p = b + 1 if text[b] == " " else b
        if text[p] in levels or any(text.startswith(place, p) for place in notice.table.places):
            rank = 0  # 贾某和|市规划局: a level or place opens the post
        else:
            rank = 1 if org_at(notice, text, p, end) is not None else 2
        names.append((n == 4, rank, b not in cuts, n != 3, a, b, p))  # then three characters; four last
    for _long, _rank, _uncut, _not3, a, b, p in sorted(names):
        for k in range(p + 2, min(end, p + _POST_REACH) + 1):
            if not text.endswith(titles, p, k) or not is_post(notice, p, k):
                continue
            if k < end and text[k] not in " " and not _name_follows(notice, k, end):
                continue
            rest = read(k)
            if rest is not None:
                return [((a, b), (p, k)), *rest]
        if cut and not any(text.endswith(titles, p, k) for k in range(p + 2, end + 1)):
            return []  # 刘某金昌军分区司|: the notice breaks off inside this post
    return None


def _word_ends(chunk: str, start: int) -> set[int]:
    """Where the words of ``chunk`` (at ``start``) end as the segmenter cuts them: at equal
    rank a name ending there goes first (``姜大明|国土资源部``, ``刘琦|能源局``).

    The segmenter runs with its HMM on, unlike :func:`extractor.words.dictionary_words`, on
    purpose: the HMM joins the characters of a name no dictionary holds into one word
    (``刘琦``, not ``刘|琦``; ``张三``, not ``张|三``), so the cut falls where the name ends and
    not after its surname."""
    ends, pos = set(), start
    for word in segment(chunk):
        pos += len(word)
        ends.add(pos)
    return ends


def _name_follows(notice: Notice, k: int, end: int) -> bool:
    """Does a name start at ``k`` (a surname, two to four characters that pass as a name)?"""
    text = notice.text
    return any(k + n <= end and _name_ok(notice, text[k : k + n]) for n in (2, 3))


def _name_ok(notice: Notice, name: str) -> bool:
    """A name of an entry: as a bare name, but 和 may be in it (贾某和: the list's entries are
    apart by nothing, never by 和)."""
    return bare_name_ok(name, notice, joiners="的及与")
