"""A list that is the object of one duty, not a list of duties: ``X应当交送下列信息：（一）A；
（二）B。`` (an article of rules naming what X hands over, reports or publishes). The sentence
splitter cuts such a sentence at ``；`` and carries X to every item; here the items are put
back into the one duty they belong to. When the items have subjects of their own
(``…提供下列信息：（一）公安部门…；（二）民政部门…``), each is a duty of its body and the
lead-in keeps only an empty item mark (``…下列信息：（一）``): the mark goes, and with its
colon the lead-in is no duty (``lead_ins.py``)."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...notice import Duty, Notice
from ...numbering import ARABIC_PAREN, CN_PAREN


class _Cues:
    def __init__(self, lex: Lexicon) -> None:
        # …交送下列信息：（一） / …报送以下材料：(1): a list of things, the object of the verb before it
        self.lead_in = re.compile(
            rf"(?:{lex.cue_re('list_lead_words')})[^：:，。；]{{0,12}}?(?:{lex.cue_re('listed_object_nouns')})"
            rf"[：:]\s*(?:{CN_PAREN}|{ARABIC_PAREN})")
        self.item = re.compile(rf"\s*(?:{CN_PAREN}|{ARABIC_PAREN})")
        self.empty_item = re.compile(rf"[：:]\s*(?:{CN_PAREN}|{ARABIC_PAREN})\s*$")  # …下列信息：（一）


def _names(duty: Duty) -> list[str]:
    return [getattr(org, "name", "") for org, _ in duty.orgs]


def merge_listed_objects(notice: Notice) -> None:
    """Each duty whose text ends in the first item of such a list (``…下列信息：（一）A``) takes
    back the items after it: the duties right after it in the text that are a numbered item
    each (``（二）B``) with the same subject carried, only ``；`` or a space between."""
    cues = notice.lex.memo(_Cues)
    text = notice.text
    by_start = sorted((d for d in notice.duties if d.source == "subject"), key=lambda d: d.span[0])
    merged: set[int] = set()
    for k, duty in enumerate(by_start):
        empty = cues.empty_item.search(text, duty.span[0], duty.span[1])
        if empty:
            duty.span = (duty.span[0], empty.start() + 1)
            duty.evidence = None
            continue
        if id(duty) in merged or not cues.lead_in.search(text, duty.span[0], duty.span[1]):
            continue
        end = duty.span[1]
        for nxt in by_start[k + 1 :]:
            gap = text[end : nxt.span[0]]
            if gap.strip(" ；;\u3000") or _names(nxt) != _names(duty) or not cues.item.match(text, nxt.span[0]):
                break
            merged.add(id(nxt))
            end = nxt.span[1]
        if end != duty.span[1]:
            duty.span = (duty.span[0], end)
            duty.evidence = None
    if merged:
        notice.duties[:] = [d for d in notice.duties if id(d) not in merged]
