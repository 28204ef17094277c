"""``match/deadlines`` (extractor/match/deadlines.py) on its own: the first deadline of a
text with its date (``deadline_in``), a time limit written before a subject
(``time_limit_at``) and one left at the end of a clause for the next subject
(``trailing_time_limit``), a period of days written alone (``period_deadline``).

Each table row: an id, the input, what the public function gives."""

from __future__ import annotations

import pytest
from tables import rows

from extractor.layout import classify
from extractor.lexicon import load_lexicon
from extractor.match.deadlines import (
    column_deadline,
    deadline_in,
    period_deadline,
    time_limit_at,
    trailing_time_limit,
)
from extractor.normalize import normalize
from extractor.notice import Notice
from extractor.resolve import OrgTable

LEX = load_lexicon()


def notice_of(text: str) -> Notice:
    norm = normalize(text)
    return Notice(doc_name="t.txt", norm=norm, lex=LEX, lines=classify(norm.text, LEX), table=OrgTable(LEX, [], None))


# (id, text, the notice's year, (raw deadline, ISO date) or None)
DEADLINES = [
    ("month-end", "县卫健局于9月底前完成排查", 2024, ("于9月底前", "2024-09-30")),
    ("a day with its year", "2023年10月31日前报送总结", 2024, ("2023年10月31日前", "2023-10-31")),
    # 3月前: the month named is the period, its end the date (as every gold file reads it)
    ("before a month is the end of that month", "3月前完成", 2024, ("3月前", "2024-03-31")),
    ("first ten days", "7月上旬前完成", 2024, ("7月上旬前", "2024-07-10")),
    ("year end, the notice's year", "年底前全面完成", 2022, ("年底前", "2022-12-31")),
    ("a quarter's end", "三季度末前完成", 2024, ("三季度末前", "2024-09-30")),
    ("no year known: no date", "9月底前完成", None, ("9月底前", None)),
    ("a time, not a deadline", "7月上旬，全县开展检查", 2024, None),
    ("a routine, not a deadline", "每年12月底前报送", 2024, None),
    ("a state, not a deadline", "2020年底，全市已有10家", 2024, None),
    ("year end written 年末", "到2025年年末，县民政局完成摸底", 2024, ("到2025年年末", "2025-12-31")),
    ("a quarter's end before a month", "第二季度末前完成初审，11月底前验收", 2024, ("第二季度末前", "2024-06-30")),
    ("no time named", "县卫健局负责组织实施年度培训", 2024, None),
    ("a month in Chinese numerals", "各乡镇应于六月底前上报名册", 1985, ("于六月底前", "1985-06-30")),
    ("a day in Chinese numerals", "十二月二十日前完成验收", 2024, ("十二月二十日前", "2024-12-20")),
    ("a year in Chinese numerals", "于二〇二三年三月十日前报送", 2024, ("于二〇二三年三月十日前", "2023-03-10")),
    ("a year of the last century", "1998年9月底前完成登记", 1998, ("1998年9月底前", "1998-09-30")),
    ("a month in Chinese numerals, a time only", "三月上旬，全县开展检查", 2024, None),
    # the weekday or the hour between the day and 前 is part of the deadline as written
    ("a weekday before 前", "请于5月17日（周五）前报送名单", 2024, ("于5月17日（周五）前", "2024-05-17")),
    ("an hour before 前", "各乡镇于7月2日17：30前上传报表", 2024, ("于7月2日17：30前", "2024-07-02")),
    ("a weekday and the end of office hours", "请于3月8日(星期五)下午下班前反馈", 2024,
     ("于3月8日(星期五)下午下班前", "2024-03-08")),
    ("an hour written 时 in a closing bracket", "截止日期（北京时间2024年6月3日12时)前提交", 2024,
     ("2024年6月3日12时)前", "2024-06-03")),
    ("a weekday with no 前 is a date, not a deadline", "县卫健局6月4日（周二）召开会议", 2024, None),
]


@pytest.mark.parametrize(("text", "year", "expected"), rows(DEADLINES))
def test_deadline_in(text, year, expected):
    assert deadline_in(notice_of(text), text, year) == expected


# (id, text, the time limit at its start or None)
LEADING = [
    ("month-end", "6月底前县卫健局完成", "6月底前"),
    ("with its year", "2024年9月底前县教育局完成", "2024年9月底前"),
    ("every year", "每年3月底前完成", "每年3月底前"),
    ("year end", "年底前各乡镇完成", "年底前"),
    ("a date without 前 is no limit", "6月底县卫健局完成", None),
    ("a subject first", "县卫健局6月底前完成", None),
]


@pytest.mark.parametrize(("text", "expected"), rows(LEADING))
def test_time_limit_at(text, expected):
    m = time_limit_at(notice_of(text), text, 0, len(text))
    assert (m.group() if m else None) == expected


# (id, clause, the time limit at its end or None)
TRAILING = [
    ("after a comma", "做好排查工作，3月底前", "，3月底前"),
    ("not at the end", "3月底前完成排查工作", None),
]


@pytest.mark.parametrize(("text", "expected"), rows(TRAILING))
def test_trailing_time_limit(text, expected):
    m = trailing_time_limit(notice_of(text), text, 0, len(text))
    assert (m.group() if m else None) == expected


# (id, text, (raw, ISO date of the last day) or None): a period of days alone, with its year
PERIODS = [
    ("days of one month", "2021年11月1日-2日", ("2021年11月1日-2日", "2021-11-02")),
    ("across months with 至", "2018年3月15日至4月5日", ("2018年3月15日至4月5日", "2018-04-05")),
    ("a long dash", "2010年8月16―30日", ("2010年8月16―30日", "2010-08-30")),
    ("no year of its own: none", "9月11日-9月20日", None),
    ("a span of months is not one", "2024年8月—12月", None),
    ("more than a period is not one", "2024年9月1日至10日完成", None),
]


@pytest.mark.parametrize(("text", "expected"), rows(PERIODS))
def test_period_deadline(text, expected):
    assert period_deadline(text) == expected


# (id, a time column's cell, the notice's year, (raw, ISO date) or None)
COLUMN_CELLS = [
    ("within the year", "年内", 2007, ("年内", "2007-12-31")),
    ("within this year, done", "本年度内完成", 2019, ("本年度内完成", "2019-12-31")),
    ("within a year it names", "2021年内", 2020, ("2021年内", "2021-12-31")),
    ("within the year, no year known", "今年内", None, ("今年内", None)),
    ("a month end", "9月底", 2024, ("9月底", "2024-09-30")),
    # near miss: a standing task names no time
    ("ongoing, no time", "长期坚持", 2024, None),
    ("within a month is no year end", "一个月内", 2024, None),
]


@pytest.mark.parametrize(("cell", "year", "expected"), rows(COLUMN_CELLS))
def test_column_deadline(cell, year, expected):
    assert column_deadline(notice_of("某县工作安排"), cell, year) == expected
