"""Deadlines and time limits: a month (``9月底前``, ``2024年10月31日前``, ``7月上旬``), the end
of a quarter (``三季度末前``) or of a year (``2022年年底前``, ``年底前``), a limit counted from the
notice's own issue (``自本批复下发之日起6个月内``). One home for the
phrase: the task rules date a duty by it (``deadline_in``), the subject rules step over it
when it is written before the subject or its verb (``time_limit_at``, ``trailing_time_limit``).
The prepositions, postpositions, period ends (底, 末) and routine words (每年…) are cue words
of ``cues.json``."""

from __future__ import annotations

import calendar
import re

from ..lexicon import Lexicon
from ..notice import Notice
from ..numbering import cn_value


class _Cues:
    """The regexes of this module, built from the cue words of ``cues.json`` (one per lexicon)."""

    def __init__(self, lex: Lexicon) -> None:
        pre, post = lex.cue_re("deadline_prepositions"), lex.cue_re("deadline_postpositions")
        ends = lex.cue_re("period_ends")  # 底, 末
        # 9月 / 10月31日 / 9月底 / 7月上旬 / 4月初: a month and where in it
        # (in Arabic or Chinese numerals: 六月底, 十二月十日, 二〇二〇年六月底)
        month_day = (rf"(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?"
                     rf"(?:(?P<d>[1-3]?\d|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
                     rf"|(?P<end>{ends})|(?P<xun>上旬|中旬|下旬)|(?P<start>(?:{lex.cue_re('period_starts')})(?!步)))?")  # not 到6月初步建成
        # 4月26日（周五）前 / 6月20日18：00前 / 11月15日(星期二)下午下班前 / 12月16日16时)前: the
        # weekday or the hour of the day named between the date and 前 (only before a postposition)
        weekday = rf"[（(](?:{lex.cue_re('weekday_words')})[一二三四五六日天][）)]"
        hour = r"\d{1,2}(?:[：:]\d{2}|[时点](?:\d{1,2}分)?)"
        day_note = rf"(?:{weekday})?(?:{lex.cue_re('day_part_words')})*(?:{hour})?(?:{lex.cue_re('day_part_words')})*[）)]?"
        self.deadline = re.compile(rf"(?P<pre>{pre})?(?:(?P<y>(?:19|20)\d{{2}}|[一二][〇零○九][〇零○一二三四五六七八九]{{2}})年)?"
                                   rf"{month_day}(?:(?<=日)(?P<note>{day_note})(?=(?:{post})))?(?P<post>{post})?")
        # 三季度末前, 2024年第二季度底前, 在第四季度末: the end of a quarter
        self.quarter = re.compile(
            rf"(?P<pre>{pre})?(?:(?P<y>20\d{{2}})年)?第?(?P<q>[一二三四1-4])季度(?P<end>{ends})?(?P<post>{post})?")
        # the end of a year: 2019年底前, 2022年年底前, 到2021年年底, 年底前 (the notice's year), and a
        # garbled year kept as written (0403年底前: no ISO date); 明年底/每年年底 are not this year's end
        self.year_end = re.compile(
            rf"(?P<pre>{pre})?(?:(?P<y>\d{{4}})|(?P<this>今|本|当))?(?<![明后去前半每近多两几十百全])年年?(?:{ends})"
            rf"(?P<post>{post})?"
        )
        self.year_ends = tuple("年" + end for end in lex.cue("period_ends"))  # 年底, 年末: in every year_end match
        self.recurring = re.compile(lex.cue_re("recurring_words"))  # 每年12月底前: a routine
        # 6月底前 / 2024年9月底前 / 每年3月底前 / 年底前: a time limit written before a subject or its verb
        lead = rf"(?:每年|\d{{4}}年)?(?:{month_day}|年底)(?:{post})"
        self.lead_time = re.compile(lead)
        self.trailing_time = re.compile(rf"，(?:{lead})$")  # …工作，3月底前 | 国家X委完成…
        # 自本批复下发之日起6个月内 / 在本意见印发之日起30日内: a limit counted from the notice's own issue
        self.since_issue = re.compile(
            rf"(?:自|在|于|从)?本(?:{lex.cue_re('own_document_nouns')})(?:{lex.cue_re('document_issue_verbs')})之日起"
            r"(?:[1-9]\d{0,2}|[一二三四五六七八九十]{1,3})个?(?:工作日|日|天|月)内")


def _cues(notice: Notice) -> _Cues:
    return notice.lex.memo(_Cues)


def time_limit_at(notice: Notice, text: str, pos: int, limit: int) -> re.Match[str] | None:
    """A time limit written at ``pos`` before a subject or its verb (``6月底前县卫健局完成…``,
    ``国家X委每年3月底前完成…``)."""
    return _cues(notice).lead_time.match(text, pos, limit)


def recurring_at(notice: Notice, text: str, pos: int, limit: int) -> re.Match[str] | None:
    """A routine's period written at ``pos`` before a verb (``省级X部门每年要…``, ``每季度向…``)."""
    return _cues(notice).recurring.match(text, pos, limit)


def trailing_time_limit(notice: Notice, text: str, start: int, end: int) -> re.Match[str] | None:
    """A time limit after a comma at the end of ``text[start:end]`` (``…工作，3月底前``): the
    next subject's, written before it (``3月底前|国家X委完成…``)."""
    return _cues(notice).trailing_time.search(text, start, end)


def _year_end(notice: Notice, text: str, year: int | None) -> tuple[int, str, str | None] | None:
    """(position, raw, ISO) of the first end-of-year deadline in ``text``."""
    cues = _cues(notice)
    if not any(end in text for end in cues.year_ends):
        return None  # every match holds one (a quick test: most duties name no time)
    for m in cues.year_end.finditer(text):
        if not (m.group("post") or (m.group("pre") and (m.group("y") or m.group("this")))):
            continue  # 2020年底，全市已有…: a state, not a deadline
        if m.group("y") is None and m.group("this") is None and text[max(0, m.start() - 1) : m.start()].isdigit():
            continue
        if cues.recurring.search(text, max(0, m.start() - 4), m.start() + 2):
            continue
        y = int(m.group("y")) if m.group("y") else year
        iso = f"{y:04d}-12-31" if y and 1900 <= y <= 2100 else None
        return m.start(), m.group(0), iso
    return None


def deadline_in(notice: Notice, text: str, year: int | None) -> tuple[str, str | None] | None:
    """(raw deadline, ISO date or None) of the first deadline phrase in ``text``: a month
    (``9月底前``, ``2024年10月31日前``) or the end of a year (``2022年年底前``, ``到2021年年底``,
    ``年底前``: the notice's year; a garbled year such as ``0403年底前`` gives no date)."""
    found = [f for f in (_month_deadline(notice, text, year), _year_end(notice, text, year),
                         _quarter_end(notice, text, year), _since_issue(notice, text)) if f is not None]
    first = min(found, key=lambda f: f[0]) if found else None
    return (first[1], first[2]) if first else None


_SPACES = re.compile(r"\s+")
# 2016年6底前: a cell that left out 月 between a year's month and its end
_MONTH_WITHOUT_WORD = re.compile(r"(?<=(?:19|20)\d{2}年)(1[0-2]|[1-9])(?=底|末)")
# 年内 / 今年内 / 本年度内 / 2007年内 / 年内完成: a time column's cell that gives the year's end
_WITHIN_YEAR_CELL = re.compile(r"(?:((?:19|20)\d{2})|今|本|当)?年度?内(?:完成)?")
# 1月份 / 2024年3月 / 十月: a month alone in a table's time column, the month the work is done in
_MONTH_CELL = re.compile(r"(?:(?:19|20)\d{2}年)?(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?")


def column_deadline(notice: Notice, cell: str, year: int | None) -> tuple[str, str | None] | None:
    """(the cell as written, ISO date) of a table's time column (完成时限, 时间安排): a month alone
    (``1月份``) ends with that month; any other cell is read as a limit (``5月底`` and
    ``2019年底`` as ``…前``), ``年内`` (``2007年内``, ``本年度内``) as the year's end, spaces and a
    left-out 月 (``2016 年 6 底前``) passed over; None when it names no time (``长期推进``)."""
    written = cell
    cell = _MONTH_WITHOUT_WORD.sub(r"\1月", _SPACES.sub("", cell))  # 2016 年底前: typed with spaces
    if not cell:
        return None
    within = _WITHIN_YEAR_CELL.fullmatch(cell)
    if within:  # 年内, 2007年内, 本年内完成: by the end of that year
        end = int(within.group(1)) if within.group(1) else year
        return written, f"{end}-12-31" if end else None
    found = deadline_in(notice, cell + ("底" if _MONTH_CELL.fullmatch(cell) else "前"), year)
    return (written, found[1]) if found else None


def _since_issue(notice: Notice, text: str) -> tuple[int, str, None] | None:
    """(position, raw, no date) of a limit counted from the notice's own issue
    (``自本批复下发之日起6个月内``): a deadline whose day the notice's text does not give."""
    if "之日起" not in text:
        return None  # every match holds it
    m = _cues(notice).since_issue.search(text)
    return (m.start(), m.group(0), None) if m else None


_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _quarter_end(notice: Notice, text: str, year: int | None) -> tuple[int, str, str | None] | None:
    """(position, raw, ISO) of the first ``三季度末前`` / ``在第二季度末``: the end of the quarter."""
    if "季度" not in text:
        return None  # every match holds it
    cues = _cues(notice)
    for m in cues.quarter.finditer(text):
        if not (m.group("end") and (m.group("post") or m.group("pre"))) or cues.recurring.search(
                text, max(0, m.start() - 4), m.start() + 2):
            continue  # 第三季度，全市… / 二季度前 (its start or its end?) / 每季度末: a time, unclear, a routine
        y = int(m.group("y")) if m.group("y") else year
        month = 3 * _QUARTERS[m.group("q")]
        iso = f"{y:04d}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}" if y else None
        return m.start(), m.group(0), iso
    return None


# the words and dashes between a period's first and last day (至, 到, the dashes of every width)
_RANGE_TO = "(?:至|到|[—―－~～-])"

# 11月1日-2日 / 2010年8月16―30日 / 3月15日至3月31日: a period of days written alone (a phase's title)
_DAY_PERIOD = re.compile(r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>1[0-2]|[1-9])月(?P<d>[1-3]?\d)日?\s*"
                         rf"{_RANGE_TO}\s*(?:(?P<m2>1[0-2]|[1-9])月)?(?P<d2>[1-3]?\d)日")


def period_deadline(text: str) -> tuple[str, str | None] | None:
    """(raw, ISO date of its last day) of ``text`` when it is a period of days with its year
    and nothing else (``2010年8月16―30日``, ``2012年8月11日-8月31日``). Without a year of its own
    (``11月1日-2日``) it gives nothing: a phase's year is not the notice's for sure (a web page's
    posting stamp, a plan for next year), and a wrong date misleads more than a missing one."""
    m = _DAY_PERIOD.fullmatch(text)
    if m is None or not m.group("y"):
        return None
    y, month, day = int(m.group("y")), int(m.group("m2") or m.group("m")), int(m.group("d2"))
    if not 1 <= day <= calendar.monthrange(y, month)[1]:
        return None
    return text, f"{y:04d}-{month:02d}-{day:02d}"


# 于9月1日至15日 / 在1月21日至2月28日: a period to do the work in, which ends on its last day
_RANGE_END = re.compile(rf"{_RANGE_TO}(?:(?P<m>1[0-2]|[1-9])月)?(?P<d>[1-3]?\d)日(?P<post>前|之前|以前)?")


def _month_deadline(notice: Notice, text: str, year: int | None) -> tuple[int, str, str | None] | None:
    if "月" not in text:
        return None  # every match holds it
    cues = _cues(notice)
    for m in cues.deadline.finditer(text):
        period = _RANGE_END.match(text, m.end()) if m.group("d") and not m.group("post") else None
        if not (m.group("pre") or m.group("post") or m.group("end")):
            continue  # 7月上旬，… / 1月1日至12月31日，…: a time or a period, not a deadline (上旬前, 于7月上旬 are)
        if cues.recurring.search(text, max(0, m.start() - 4), m.start() + 2):
            continue  # 于每年12月底前: a routine, not a deadline
        y = cn_value(m.group("y")) if m.group("y") else year
        month = cn_value(m.group("m")) or 1  # the pattern's month is 1–12
        iso = None
        if m.group("start"):  # 4月初之前: early in the month, no day the text fixes
            return m.start(), m.group(0), None
        if period:  # the period's last day
            month = int(period.group("m") or month)
        if y:
            if period:
                day = min(int(period.group("d")), calendar.monthrange(y, month)[1])
            elif m.group("d"):
                day = min(cn_value(m.group("d")) or 1, calendar.monthrange(y, month)[1])
            elif m.group("xun"):  # 上旬 ends on the 10th, 中旬 on the 20th, 下旬 with the month
                day = {"上旬": 10, "中旬": 20}.get(m.group("xun"), calendar.monthrange(y, month)[1])
            else:  # 9月底前, and 10月前 too: the end of the month named (as the gold reads it)
                day = calendar.monthrange(y, month)[1]
            iso = f"{y:04d}-{month:02d}-{day:02d}"
        return m.start(), text[m.start() : period.end() if period else m.end()], iso
    return None
