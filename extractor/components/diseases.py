"""Diseases from the lexicon (aliases, classes, 两癌 -> 宫颈癌 + 乳腺癌) in running text."""

from __future__ import annotations

from ..notice import DiseaseMention, Notice


def _inside_title(text: str, pos: int) -> bool:
    """Is ``pos`` inside a 《…》 title (a law or plan name, not a mention)?"""
    opened = text.rfind("《", 0, pos)
    return opened >= 0 and text.rfind("》", opened, pos) < 0 and text.find("》", pos) >= 0 and text.find("》", pos) - pos < 60


def find_diseases(notice: Notice) -> None:
    text = notice.text
    lex = notice.lex
    for ln in notice.content_lines():
        for m in lex.disease_re.finditer(text, ln.start, ln.end):
            if _inside_title(text, m.start()):
                continue
            notice.diseases.append(DiseaseMention(lex.disease_of_form[m.group(0)], m.span()))
