"""Document metadata from the text of a notice: title, 文号, date and issuer.

``document_meta(text)`` is cheap (linear in the text, simple regexes on short lines) and
never raises; a field it cannot find is ``None``. Conventions of the official-document
format (党政机关公文格式) it relies on:

* **title**: a line starting with ``关于`` (or an issuer name and ``关于``) and ending with
  a document kind (``通知``, ``决定``, ``意见`` ...), possibly wrapped over two or three
  lines; otherwise the first short heading-like line near the top.
* **number** (文号): ``<机关代字><〔年〕><序号>号`` on a line of its own near the top, with
  〔〕, [], ［］, （） or () around the year, possibly followed by ``签发人：…``. Numbers
  cited inside sentences are ignored.
* **date**: the signing date (成文日期) ``YYYY年M月D日`` (Arabic or Chinese numerals) on a line
  of its own, or after the issuer on one line; else the ``…印发`` date of the colophon.
* **issuer**: the line just above the signing date (or the text before the date on the
  same line); else the red header ``…文件``; else the colophon's ``… 日期印发`` line.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

_KINDS = "通知|通报|决定|意见|批复|报告|请示|函|公告|通告|办法|规定|方案|规则|制度|纪要|决议"
_TITLE_RE = re.compile(rf"^(?:[\u4e00-\u9fff（）()]{{2,30}}?)?关于.{{2,120}}?(?:{_KINDS})$")
_TITLE_START = re.compile(r"^(?:[\u4e00-\u9fff（）()]{2,30}?)?关于")
_NUMBER_RE = re.compile(
    r"^(?P<number>[\u4e00-\u9fff]{1,15}\s*[〔\[［(（]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］)）]"
    r"\s*第?\s*\d{1,5}\s*号)(?:\s+签发人[:：].*)?$"
)
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"[0-9０-９]{1,4}|[〇零○Ｏ一二三四五六七八九十]{1,4}"
_DATE_RE = re.compile(
    rf"(?P<y>[0-9０-９]{{4}}|[〇零○Ｏ一二三四五六七八九]{{4}})\s*年\s*(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*日"
)
_HEADER_RE = re.compile(r"^(?P<org>[\u4e00-\u9fff（）()]{2,40})文件$")
_SENTENCE_PUNCT = re.compile(r"[，。；：:！？,;!?、“”\"《》]")

_HEAD_LINES = 60  # title and number are in the first lines of a notice
_MAX_LINE = 200  # longer lines are body text, never metadata


def _cn_number(text: str) -> int | None:
    """Arabic, full-width or Chinese numerals (二〇二三, 十二, 二十五) to int."""
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = _CN_DIGITS.get(tens, -1) if tens else 1
        o = _CN_DIGITS.get(ones, -1) if ones else 0
        return None if t < 0 or o < 0 else t * 10 + o
    digits = [_CN_DIGITS.get(ch) for ch in text]
    if any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def _iso_date(match: re.Match[str]) -> str | None:
    y, m, d = (_cn_number(match.group(k)) for k in ("y", "m", "d"))
    if y is None or m is None or d is None or not 1900 <= y <= 2100:
        return None
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def _clean(line: str) -> str:
    return re.sub(r"\s+", " ", line.replace("\u3000", " ")).strip()


def _lines(text: str) -> list[str]:
    """Lines of the text, cleaned only where metadata can be (head, short dated lines)."""
    raw = text.splitlines()
    out: list[str] = []
    for i, line in enumerate(raw):
        if len(line) > _MAX_LINE * 4:
            out.append("")
        elif i < _HEAD_LINES or ("日" in line and len(line) <= 200) or (line and line.isspace()):
            out.append(_clean(line))
        else:
            out.append(line.strip())
    return out


def _is_cjk_heading(line: str) -> bool:
    cjk = sum(1 for ch in line if "\u4e00" <= ch <= "\u9fff")
    return cjk >= 4 and cjk >= 0.6 * len(line.replace(" ", ""))


def _title(lines: list[str]) -> str | None:
    head = lines[:_HEAD_LINES]
    for i, line in enumerate(head):
        if len(line) > _MAX_LINE or not _TITLE_START.match(line):
            continue
        joined = line
        for extra in range(0, 3):
            candidate = joined.replace(" ", "")
            if _TITLE_RE.match(candidate):
                return candidate
            nxt = i + extra + 1
            if nxt >= len(head) or not head[nxt] or len(head[nxt]) > 60:
                break
            joined += head[nxt]
    for line in head:  # fallback: the first short heading-like line
        if (
            4 <= len(line) <= 60
            and _is_cjk_heading(line)
            and not _SENTENCE_PUNCT.search(line.rstrip("》"))
            and not _NUMBER_RE.match(line)
            and not _DATE_RE.search(line)
            and not _HEADER_RE.match(line)
        ):
            return line.replace(" ", "")
    return None


def _number(lines: list[str]) -> tuple[str | None, int | None]:
    for line in lines[:_HEAD_LINES]:
        m = _NUMBER_RE.match(line)
        if m:
            return re.sub(r"\s+", "", m.group("number")), int(m.group("year"))
    return None, None


def _issuer_line(line: str) -> str | None:
    if (
        2 <= len(line) <= 40
        and _is_cjk_heading(line)
        and not _SENTENCE_PUNCT.search(line)
        and not line.startswith(("附件", "抄送", "主送", "联系人"))
    ):
        return line.replace(" ", "")
    return None


def _date_and_issuer(lines: list[str]) -> tuple[str | None, str | None]:
    printed: tuple[str | None, str | None] = (None, None)
    for i, line in enumerate(lines):
        if "年" not in line or "日" not in line or len(line) > 80:
            continue
        m = _DATE_RE.search(line)
        if not m:
            continue
        before, after = line[: m.start()].strip(), line[m.end() :].strip()
        iso = _iso_date(m)
        if iso is None:
            continue
        if after in ("印发", "印") and printed[0] is None:
            printed = (iso, _issuer_line(before) if before else None)
            continue
        if after:
            continue
        if before:
            issuer = _issuer_line(before)
            if issuer:
                return iso, issuer
            continue
        issuer = None
        for j in range(i - 1, max(-1, i - 4), -1):  # nearest non-empty line above
            if lines[j]:
                issuer = _issuer_line(lines[j])
                break
        return iso, issuer
    return printed


def document_meta(text: str) -> dict[str, Any]:
    """``{"title", "number", "date", "issuer", "year"}`` of a notice (``None`` if absent)."""
    try:
        lines = _lines(text)
        title = _title(lines)
        number, number_year = _number(lines)
        date, issuer = _date_and_issuer(lines)
        if issuer is None:
            for line in lines[:_HEAD_LINES]:
                m = _HEADER_RE.match(line.replace(" ", ""))
                if m:
                    issuer = m.group("org")
                    break
        if issuer is None:
            issuer = _printed_issuer(lines)
        year = int(date[:4]) if date else number_year
    except Exception:  # metadata is best effort: never break extraction
        return {"title": None, "number": None, "date": None, "issuer": None, "year": None}
    return {"title": title, "number": number, "date": date, "issuer": issuer, "year": year}


def _printed_issuer(lines: list[str]) -> str | None:
    for line in reversed(lines[-40:]):
        m = _DATE_RE.search(line)
        if m and line[m.end() :].strip() in ("印发", "印"):
            before = line[: m.start()].strip()
            return _issuer_line(before) if before else None
    return None
