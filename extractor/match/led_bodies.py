"""Bodies each named by the label of its head (``A工作组组长：国家某局副局长张三• B工作组组长：…``):
a report listing several bodies sent out at once, each with its leader, where no sentence
sets one of them up. Read by the mechanism's rules (the bodies) and the roster's (their people)."""

from __future__ import annotations

import re

from ..lexicon import Lexicon, alternation, padded_alternation
from ..normalize import HAN, sentence_at
from ..notice import Notice, Span


def label_re(lex: Lexicon) -> re.Pattern[str]:
    """A role label inside a line, padded or not (``组 长：``), glued to what comes before
    it or not, with the name of the body it heads written right before it or not
    (``河南工作组组长：``): groups ``body`` (may be None) and ``role`` (spaces kept)."""
    endings = body_ending_re(lex).pattern
    return re.compile(rf"(?P<body>[{HAN}]{{2,30}}?(?:{endings}))?(?P<role>{padded_alternation(lex.roles)})\s*：")


def body_ending_re(lex: Lexicon) -> re.Pattern[str]:
    """The ending of a coordination body's or a working group's name (``领导小组``, ``专家组``)."""
    return re.compile(alternation({*lex.bodies["mechanism_suffixes"], *lex.bodies["sub_body_suffixes"]}))


def led_bodies(notice: Notice) -> list[tuple[str, Span]]:
    """(name, sentence) of the bodies named each by its head's label, two or more, in text
    order, each once; none when fewer than two are named so."""
    text = notice.text
    if notice.lex.memo(body_ending_re).search(text) is None:
        return []  # no body's ending anywhere: no label with a body's name before it
    found: dict[str, Span] = {}
    for m in notice.lex.memo(label_re).finditer(text):
        name = m.group("body")
        if name and not name.startswith("各") and name not in found:
            found[name] = sentence_at(text, m.start())
    return list(found.items()) if len(found) >= 2 else []
