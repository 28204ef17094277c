"""Numbered items that state a rule, not a task: ``项目负责人须具有高级职称…`` (a subject that
is no body, then a rule's modal verb), ``应具有事件数据记录系统…`` (a requirement that
continues the list's lead-in), ``申报项目受理后，原则上不能更改…``, ``具体要求详见申报指南``
(a pointer), ``具体工作流程如下`` (the lead-in of a list); and items headed by the name of a
thing (``智慧养老院：集成应用…``, ``远程医疗：鼓励…``: a scenario, product or project described,
as in a plan's boxes of projects). Read by the task lists for items that name no body: such an
item is no one's task."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..words import CLAUSE_START_TAGS, dictionary_words, own_word, subject_phrase, word_tags

_CLAUSE = re.compile("[，。；：,;:]")


class _Cues:
    def __init__(self, lex: Lexicon) -> None:
        self.modal = re.compile(lex.cue_re("rule_modals"))
        self.referral = re.compile(rf"(?:{lex.cue_re('referral_words')})")
        self.principle = re.compile(rf"(?:{lex.cue_re('principle_marks')})")
        # …具体工作流程如下。 / …要求如下： the item leads into a list
        self.list_lead = re.compile(rf"(?:{lex.cue_re('list_lead_words')})[。：:]?$")


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
    if m and own_word(first, 0, m.group(0)) and not first.startswith("由", m.end()):
        return True  # 应具有…: the requirement goes on from the lead-in's subject
    if any(cues.referral.match(c) or cues.principle.search(c) for c in clauses):
        return True  # 详见各专项的申报指南 / 原则上不能更改… / 负责人原则上应为…
    for m in cues.modal.finditer(first, 2):
        if not own_word(first, m.start(), m.group(0)) or first.startswith("由", m.end()):
            continue
        # 项目负责人须…, 项目的组织实施应…, 受聘于…的科学家可…: a noun phrase is the subject
        # (落实“三管三必须”要求: a predicate and its quoted object)
        return subject_phrase(first[: m.start()])
    return False


#: a label before the colon: a short phrase with no clause punctuation (互联网+健康咨询, “时间银行”养老服务)
_LABEL = re.compile(r"([^，。；：:、,;（）()]{2,14})[：:](?=\S)")
#: a label opening with a word of these tags states what to do (加强宣传：, 健全机制：, 工作重点：)
_TASK_LABEL_TAGS = CLAUSE_START_TAGS | {"a", "ad", "an", "vn", "i", "l"}


def labels_a_thing(body: str) -> bool:
    """Does the numbered item ``body`` open with the name of a thing, then a colon and its
    description (``智慧养老院：集成应用…``, ``远程医疗：鼓励医疗机构…``), not with what to do
    (``加强宣传：…``)? The first word of the label is no verb, adjective or adverb, its last no
    verb."""
    m = _LABEL.match(body)
    if m is None:
        return False
    words = [w for w in dictionary_words(re.sub(r"[“”\"+＋]", "", m.group(1))) if w.strip()]
    tags = word_tags()
    return bool(words) and tags.get(words[0]) not in _TASK_LABEL_TAGS and tags.get(words[-1]) != "v"

