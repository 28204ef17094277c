"""The head of a stored news item: what a web page writes around its headline.

Helpers of ``docmeta`` (pure functions on cleaned head lines, never raising):

* ``is_headline``: a line of words only, eight Han characters at least (``cjk_count``);
* ``original_headline``: a reposted item's ``原标题:X`` label (lexicon ``original_title_labels``)
  gives its headline ``X``;
* ``without_column_label``: a column label before the headline (``卫计要闻|X``: one short label
  and one bar, not a menu of many) is dropped;
* ``headline_before_lead``: a headline run on into the report's first paragraph (a copy that
  lost its line break: ``X县召开…会议 4月6日,X县…。``) is the part before the space;
* ``iso_date``: a date's ISO form, None for a day that does not exist;
* ``byline_date``: the short byline just under a headline (``0 不详 2018年10月17日``,
  ``07.04.2016 18:11``: words of a few characters, a full date, maybe the clock time) gives
  the page's date.
"""

from __future__ import annotations

import datetime
import re

from ..lexicon import Lexicon, alternation
from ..numbering import CN_DIGITS

_WORDS = r"[\u4e00-\u9fff0-9“”\"·、 ]{8,50}"  # a headline: words, no punctuation
_COLUMN = re.compile(rf"^[\u4e00-\u9fff]{{2,8}}[|｜](?P<headline>{_WORDS})$")
# the report's lead after a space: its date (4月6日 / 十月八日), a comma, and a full stop later
_MONTH_DAY = rf"(?:[0-9]{{1,2}}|[{CN_DIGITS}]{{1,3}})"
_LEAD = re.compile(rf" +{_MONTH_DAY}月{_MONTH_DAY}日(?:上午|下午|晚上|晚)?[,，][^\n]*。")
_HEADLINE = re.compile(rf"^(?P<headline>{_WORDS})$")
_BYLINE_MAX = 40  # a byline is short
_TOKEN_MAX = 6  # the words of a byline besides its date: a count, an author, 不详
_DATE_CN = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
_DATE_DASHED = re.compile(r"(?P<y>(?:19|20)\d{2})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})")
# day first, dotted, the clock time after it (a European site's stamp): 07.04.2016 18:11
_DATE_DAY_FIRST = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?=\s+\d{1,2}:\d{2})")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def cjk_count(text: str) -> int:
    """How many characters of ``text`` are common Han characters (U+4E00–U+9FFF)."""
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def is_headline(line: str) -> bool:
    """Is a cleaned head line (spaces single) a headline's words: 8–50 characters of Han,
    digits, quotes, ``·``, ``、`` and spaces, eight of them Han at least?"""
    return _HEADLINE.match(line) is not None and cjk_count(line) >= 8


def iso_date(y: int | None, m: int | None, d: int | None) -> str | None:
    """``2018-10-17`` for year, month and day; None when one is missing, the year is not
    1900–2100 or the day does not exist."""
    if y is None or m is None or d is None or not 1900 <= y <= 2100:
        return None
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def original_headline(lines: list[str], lex: Lexicon, reach: int) -> str | None:
    """The headline a reposted item names with ``原标题:`` among its first ``reach`` lines."""
    label = re.compile(rf"^(?:{alternation(lex.cue('original_title_labels'))})\s*[:：]\s*(?P<headline>.+)$")
    for line in lines[:reach]:
        m = label.match(line)
        if m and is_headline(m.group("headline")):
            return m.group("headline").strip()
    return None


def without_column_label(line: str) -> str:
    """``卫计要闻|X`` -> ``X`` when ``X`` is words only; any other line as it is."""
    m = _COLUMN.match(line)
    return m.group("headline") if m and cjk_count(m.group("headline")) >= 8 else line


def headline_before_lead(line: str) -> str | None:
    """The headline of a line that runs on into the report's dated first paragraph."""
    m = _LEAD.search(line)
    if m is None:
        return None
    head = line[: m.start()]
    return head if is_headline(head) else None


def byline_date(line: str) -> str | None:
    """The ISO date of a byline: a full date, maybe the clock time, a few short words."""
    if len(line) > _BYLINE_MAX or re.search(r"[。，,；;：:]", _CLOCK.sub(" ", line)):
        return None
    for pattern in (_DATE_CN, _DATE_DAY_FIRST, _DATE_DASHED):
        m = pattern.search(line)
        if m is None:
            continue
        rest = _CLOCK.sub(" ", line[: m.start()] + " " + line[m.end() :]).split()
        if any(len(word) > _TOKEN_MAX for word in rest):
            return None
        return iso_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return None
