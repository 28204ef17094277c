"""A notice's words for its own issuer (``我部将…``, ``本局负责…``, ``我司将…``): the issuing body,
named by its own name, when the document metadata names the issuer and that name holds the unit
word (``交通运输部`` for ``我部``; ``国家X局办公室`` writes ``我局`` for ``国家X局``, its name up to
that word). Read by ``subjects`` (the subject of a clause); nothing when the issuer is unknown or
its name holds no such word (``我局`` in a notice signed by a 委). The words are cue words of
``cues.json`` (``self_reference_prefixes``, ``self_reference_units``)."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..notice import Notice


def _self_reference_re(lex: Lexicon) -> re.Pattern[str]:
    """我部 / 本局 …, not the start of a longer word (本部门, 本委员会)."""
    return re.compile(rf"(?:{lex.cue_re('self_reference_prefixes')})(?P<unit>{lex.cue_re('self_reference_units')})"
                      r"(?![门員员会机属])")


def own_issuer_at(notice: Notice, p: int, limit: int) -> tuple[int, str] | None:
    """(end, the issuer's name) of a word for the notice's own issuer written at ``p``."""
    m = notice.lex.memo(_self_reference_re).match(notice.text, p, limit)
    issuer = notice.meta.get("issuer") if m else None
    if not m or not issuer:
        return None
    cut = issuer.rfind(m.group("unit"))
    return (m.end(), issuer[: cut + 1]) if cut >= 2 else None


# a letter's first lines: 青山市人民政府、某某部： (the governments and bodies it is addressed to)
_ADDRESS_HEAD = 300


def _place_then_modal_re(lex: Lexicon) -> re.Pattern[str]:
    """青山市要… / 青山市应当…: a place as the doer (a level of government ends it: ``places.json``
    ``level_chars``), one of ``addressed_place_modals`` right after it."""
    return re.compile(rf"[\u4e00-\u9fff]{{1,7}}?[{lex.level_chars}](?={lex.cue_re('addressed_place_modals')})")


def addressed_place_at(notice: Notice, p: int, limit: int) -> tuple[int, str] | None:
    """(end, the government's name) of a place written at ``p`` as a clause's doer
    (``青山市要…``) when the notice is a letter addressed to that place's government
    (``青山市人民政府、…：`` in its first lines): the place stands for the government."""
    text = notice.text
    m = notice.lex.memo(_place_then_modal_re).match(text, p, limit)
    if m is None:
        return None
    government = m.group() + "人民政府"
    head = text[: min(len(text), _ADDRESS_HEAD)]
    at = head.find(government)
    if at < 0 or head[at + len(government) : at + len(government) + 1] not in ("、", "，", "："):
        return None
    return m.end(), government
