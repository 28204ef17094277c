"""Diseases from the lexicon (aliases, classes, 两癌 -> 宫颈癌 + 乳腺癌) in running text."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..normalize import sentence_at
from ..notice import DiseaseMention, Notice

_TITLE_REACH = 200  # a 《title》 is searched this far back
# the rest of a document number's issuer code, then its year: …防指〔2022〕, …办[2021]
_LIST_GAPS = ("", "、", "和", "及", "与", "，")  # between the items of a list of diseases
_DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{0,8}[〔［\[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*第?\s*\d")


def _inside_title(text: str, pos: int) -> bool:
    """Is ``pos`` inside a 《…》 title (a law or plan name, not a mention)?"""
    opened = text.rfind("《", max(0, pos - _TITLE_REACH), pos)  # bounded: linear in the text
    return opened >= 0 and text.rfind("》", opened, pos) < 0 and text.find("》", pos, pos + 60) >= 0


def find_diseases(notice: Notice, is_word: Callable[[int, int], bool] | None = None) -> None:
    """Disease mentions, and class membership stated as ``A、B等C`` (C a disease class).
    A two-character name must also be a word of the segmentation (``is_word``), so that
    ``阳性病例`` gives no 性病."""
    text = notice.text
    lex = notice.lex
    law_words = lex.cue("law_words")
    for ln in notice.content_lines():
        found = []
        for m in lex.disease_re.finditer(text, ln.start, ln.end):
            if _inside_title(text, m.start()):
                continue
            if is_word is not None and len(m.group(0)) <= 2 and not is_word(*m.span()):
                continue
            if text.startswith(law_words, m.end()):
                continue  # 传染病防治法: a law's name, not a mention
            if _DOCUMENT_NUMBER.match(text, m.end()):
                continue  # 湘肺炎防指〔2022〕9号: an issuer's code in a document number
            found.append(DiseaseMention(lex.disease_of_form[m.group(0)], m.span()))
        found = _without_vague_classes(notice, found)
        notice.diseases.extend(found)
        _classes_stated(notice, found)
    _drop_cut_names(notice)


def _drop_cut_names(notice: Notice) -> None:
    """A short name (cues ``cut_disease_names``: ``肺炎``) in a notice that also names a
    longer disease ending in it (``新冠肺炎``) is that disease cut short (``…感染的/肺炎疫情``):
    not a disease of its own."""
    named = {name for mention in notice.diseases for name in mention.names}
    cut = {short for short in notice.lex.cue("cut_disease_names")
           if short in named and any(len(name) > len(short) and name.endswith(short) for name in named)}
    if cut:
        notice.diseases[:] = [m for m in notice.diseases if not cut.intersection(m.names)]
        notice.disease_classes[:] = [c for c in notice.disease_classes if c[0] not in cut]


def _without_vague_classes(notice: Notice, found: list[DiseaseMention]) -> list[DiseaseMention]:
    """Drop a vague class (``传染病``, cues ``vague_disease_classes``) unless the notice lists
    its members just before it (``手足口病、水痘等传染病``): alone it names no disease."""
    vague = notice.lex.cue("vague_disease_classes")
    return [
        mention
        for i, mention in enumerate(found)
        if mention.names[0] not in vague or _members_listed(notice.text, found, i)
    ]


def _members_listed(text: str, found: list[DiseaseMention], i: int) -> list[DiseaseMention]:
    """The mentions listed right before class mention ``found[i]`` as ``A、B等C`` (none
    without the ``等``)."""
    members: list[DiseaseMention] = []
    if text[found[i].span[0] - 1 : found[i].span[0]] != "等":
        return members
    j, gap_end = i - 1, found[i].span[0] - 1
    while j >= 0 and text[found[j].span[1] : gap_end] in _LIST_GAPS:
        members.append(found[j])
        gap_end = found[j].span[0]
        j -= 1
    return members


def _classes_stated(notice: Notice, found: list[DiseaseMention]) -> None:
    """``结核病、艾滋病等重大传染性疾病``: the listed diseases are in the class. A listed
    class is not (``结核病、地方病等重大传染性疾病`` does not make 地方病 a 重大传染病: the
    notice names them side by side)."""
    text = notice.text
    for i, cls in enumerate(found):
        entry = notice.lex.diseases.get(cls.names[0])
        if entry is None or entry.category != "class":
            continue
        for listed in _members_listed(text, found, i):
            for name in listed.names:
                member = notice.lex.diseases.get(name)
                if name != cls.names[0] and not (member and member.category == "class"):
                    notice.disease_classes.append((name, cls.names[0], sentence_at(text, cls.span[0])))
