"""The numbering of list items (``一、`` / ``（一）`` / ``1.`` / ``（1）``): one home for the
marker patterns the layout, the duty rules and the document metadata read.

Each style is a regex fragment (no anchors, no trailing space), so a module builds its own
pattern from them (``^(?:MARKER)``, a marker then a remit heading …)."""

from __future__ import annotations

import re

CN_DIGITS = "一二三四五六七八九十"
CN_ENUM = rf"[{CN_DIGITS}]{{1,3}}[、.．]"  # 一、 / 十二．
CN_PAREN = rf"[（(][{CN_DIGITS}]{{1,3}}[）)]"  # （一）
ARABIC = r"\d{1,3}[、.．](?!\d)"  # 1. / 2、 (not 2.5)
ARABIC_PAREN = r"[（(]\d{1,3}[）)]"  # （1）
STYLES = (CN_ENUM, CN_PAREN, ARABIC, ARABIC_PAREN)
MARKER = "|".join(STYLES)  # any of them
CHAPTER = rf"第[{CN_DIGITS}]+"  # 第一 (章, 节, 部分, 条 …)

_STYLE_RES = tuple(re.compile(s) for s in STYLES)


def marker_style(text: str, start: int, end: int) -> int | None:
    """Which numbering opens ``text[start:end]`` (an index of ``STYLES``), if any."""
    return next((k for k, rx in enumerate(_STYLE_RES) if rx.match(text, start, end)), None)


_CN_VALUES = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}


def cn_value(word: str) -> int | None:
    """The value of a Chinese numeral up to 99 (``三`` 3, ``十二`` 12, ``二十`` 20, ``二十一`` 21)."""
    if word == "十":
        return 10
    if word.startswith("十"):
        return 10 + _CN_VALUES.get(word[1], 0)
    if "十" in word:
        tens, _x, ones = word.partition("十")
        return _CN_VALUES.get(tens, 0) * 10 + _CN_VALUES.get(ones, 0)
    return _CN_VALUES.get(word)
