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
