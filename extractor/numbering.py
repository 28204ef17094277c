"""The numbering of list items (``一、`` / ``（一）`` / ``1.`` / ``（1）``): one home for the
marker patterns the layout, the duty rules and the document metadata read.

Each style is a regex fragment (no anchors, no trailing space), so a module builds its own
pattern from them (``^(?:MARKER)``, a marker then a remit heading …)."""

from __future__ import annotations

import re

CN_DIGITS = "一二三四五六七八九十"
# The capital numerals (大写数字) some notices number their items with (（壹） / 贰、), also in a
# list whose other items are written in common digits (（壹） / （二）): the marker's digits.
CN_CAPITALS = "壹贰叁肆伍陆柒捌玖拾"
MARK_DIGITS = CN_DIGITS + CN_CAPITALS
CN_ENUM = rf"[{MARK_DIGITS}]{{1,3}}[、.．]"  # 一、 / 十二． / 贰、
CN_PAREN = rf"[（(][{MARK_DIGITS}]{{1,3}}[）)]"  # （一） / （壹）
CN_COMMA = rf"[{MARK_DIGITS}]{{1,3}}、"  # 二、 / 贰、: the 一、 style written with its comma (a section run on in a line)
ARABIC = r"\d{1,3}[、.．](?:(?!\d)|(?=(?:19|20)\d{2}年))"  # 1. / 2、 / 5．2020年底前… (not 2.5)
ARABIC_PAREN = r"[（(]\d{1,3}[）)]"  # （1）
# 2.3.6 / 3.1 then a space: a plan's multi-level decimal number (its item's number the last part)
DECIMAL = r"\d{1,2}(?:[.．]\d{1,2}){1,3}(?=[ \t\u3000])"
# 2.1.4成员单位职责 / 二、 / （三）: a heading's number with its words run on (no space needed);
# DECIMAL_RUN_ON of two parts or more, HEADING_NUMBER one part too (3 / 3.2) or a Chinese one
DECIMAL_RUN_ON = r"\d+(?:\.\d+)+"
CN_LOOSE = rf"[（(]?[{CN_DIGITS}]+[、）)]"
HEADING_NUMBER = rf"(?:\d+(?:\.\d+)*|{CN_LOOSE})"
STYLES = (CN_ENUM, CN_PAREN, ARABIC, ARABIC_PAREN)
MARKER = "|".join(STYLES)  # any of them
CHAPTER = rf"第[{CN_DIGITS}]+"  # 第一 (章, 节, 部分, 条 …)
# 第一百零二 (条): an article's or a chapter's number as a law writes it, hundreds and zeros too
LAW_ORDINAL = rf"第[{CN_DIGITS}百零〇]+"
# 1.… 2.… run on in a line: at the start, or after a space or a stop (not 2.5, not a date 2020.5); group 1 the number
RUN_ON_ITEM = r"(?:(?<=[\s。；])|^)(\d{1,2})[.．、](?!\d)"
# 二、… : the next section's heading run on after a space (an item or a unit's duties end before it)
RUN_ON_SECTION = re.compile(rf"\s{CN_COMMA}")

_STYLE_RES = tuple(re.compile(s) for s in STYLES)


def marker_style(text: str, start: int, end: int) -> int | None:
    """Which numbering opens ``text[start:end]`` (an index of ``STYLES``), if any."""
    return next((k for k, rx in enumerate(_STYLE_RES) if rx.match(text, start, end)), None)


_CN_VALUES = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              **{ch: k + 1 for k, ch in enumerate(CN_CAPITALS[:9])}}
CN_NUMERAL = "〇零○Ｏ一二三四五六七八九十"  # the characters of a Chinese numeral (二〇二三, 十二)


def cn_value(word: str) -> int | None:
    """The value of a numeral written in Arabic, full-width or Chinese digits: ``三`` 3,
    ``十二`` 12, ``二十一`` 21, ``二〇二三`` 2023 (digit by digit), ``１２`` 12, ``拾贰`` 12; None if not one."""
    word = word.translate(str.maketrans("０１２３４５６７８９拾", "0123456789十"))
    if word.isdigit():
        return int(word)
    if "十" in word:
        tens, _x, ones = word.partition("十")
        t = _CN_VALUES.get(tens, -1) if tens else 1
        o = _CN_VALUES.get(ones, -1) if ones else 0
        return None if t < 0 or o < 0 else t * 10 + o
    digits = [int(ch) if ch.isdigit() else _CN_VALUES.get(ch) for ch in word]
    if not digits or any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))
