"""Numbered items that state a rule, not a task: ``项目负责人须具有高级职称…`` (a subject that
is no body, then a rule's modal verb), ``应具有事件数据记录系统…`` (a requirement that
continues the list's lead-in), ``申报项目受理后，原则上不能更改…``, ``具体要求详见申报指南``
(a pointer), ``具体工作流程如下`` (the lead-in of a list). Read by the task lists for items
that name no body: such an item is no one's task."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..words import CLAUSE_START_TAGS, dictionary_words, word_tags

_CLAUSE = re.compile("[，。；：,;:]")
#: a word of these tags opens a predicate (落实…, 加强…), not a subject
_PREDICATE_TAGS = CLAUSE_START_TAGS | {"a", "ad", "an"}
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


class _Cues:
    def __init__(self, lex: Lexicon) -> None:
        self.modal = re.compile(lex.cue_re("rule_modals"))
        self.referral = re.compile(rf"(?:{lex.cue_re('referral_words')})")
        self.principle = re.compile(rf"(?:{lex.cue_re('principle_marks')})")
        # …具体工作流程如下。 / …要求如下： the item leads into a list
        self.list_lead = re.compile(rf"(?:{lex.cue_re('list_lead_words')})[。：:]?$")


def _own_word(text: str, start: int, word: str) -> bool:
    """Is ``word`` at ``text[start:]`` a word of its own (应 in 应具有, not in 应急)?"""
    words = dictionary_words(text[start : start + len(word) + 4])
    return bool(words) and len(words[0]) <= len(word)


def states_a_rule(lex: Lexicon, body: str) -> bool:
    """Does the numbered item ``body`` (its text after the number) state a rule, a pointer
    or a list's lead-in rather than a task?"""
    cues = lex.memo(_Cues)
    if cues.list_lead.search(body.rstrip()):
        return True
    clauses = [c for c in _CLAUSE.split(body.split("。", 1)[0]) if c]
    if not clauses:
        return False
    first = clauses[0]
    m = cues.modal.match(first)
    if m and _own_word(first, 0, m.group(0)) and not first.startswith("由", m.end()):
        return True  # 应具有…: the requirement goes on from the lead-in's subject
    if any(cues.referral.match(c) or cues.principle.match(c) for c in clauses):
        return True  # 详见各专项的申报指南 / 原则上不能更改…
    for m in cues.modal.finditer(first, 2):
        subject = _BRACKETED.sub("", first[: m.start()])
        if not _own_word(first, m.start(), m.group(0)) or first.startswith("由", m.end()):
            continue
        words = dictionary_words(subject)
        # 项目负责人须…, 项目的组织实施应…, 受聘于…的科学家可…: a noun phrase is the subject
        # (落实“三管三必须”要求: a predicate and its quoted object)
        return bool(words) and "“" not in subject and (
            word_tags().get(words[0]) not in _PREDICATE_TAGS or "的" in subject)
    return False
