"""A duty whose text ends inside a bracket that never closes (a note broken off with its line
or its page, ``…做好监测工作（监测类别包括A、B等``): the duty ends before that bracket."""

from __future__ import annotations

from ...notice import Notice

_OPEN = "（(【["
_CLOSE = "）)】]"
_MIN_CHARS = 6  # what is left before the bracket must still be a duty


def end_before_open_bracket(notice: Notice) -> None:
    """Each duty whose text ends inside a bracket that no bracket closes after it ends before
    it, when a few characters are left (a duty whose evidence is its text only)."""
    text = notice.text
    for d in notice.duties:
        start, end = d.span
        cut = _unclosed(text, start, end)
        if cut is None:
            continue
        while cut > start and text[cut - 1] in "，、；：:, ":
            cut -= 1
        if cut - start >= _MIN_CHARS and (d.evidence is None or d.evidence == d.span):
            d.span = (start, cut)
            d.evidence = None


def _unclosed(text: str, start: int, end: int) -> int | None:
    """Where the first bracket opened in ``text[start:end]`` after its last closing one starts
    (a typo's doubled bracket closed once, ``《…》(X办(2022)12号)提出的…``, is no open note)."""
    last_close = max(text.rfind(ch, start, end) for ch in _CLOSE)
    opened = [i for i in range(max(start, last_close + 1), end) if text[i] in _OPEN]
    return opened[0] if opened else None
