"""Role labels to relations (``召集人`` -> convener_of; under a chief label the plain
label names deputies; a body's own head titles), and the role header of a line."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import padded_alternation
from ...normalize import HAN
from ...notice import Notice
from ..posts import names_chief
from .names import NAME, bare_name_ok


def role_of(notice: Notice, word: str) -> str:
    """The relation of a role label; under a chief label (``总召集人``) the plain label names
    the chief's deputies (``召集人`` -> deputy convener)."""
    for chief, roles in notice.lex.roster_words.get("under_chief", {}).items():
        if word in roles and (names_chief(notice.text, chief) or _chief_before_name(notice, chief)):
            return str(roles[word])
    heads = mech_head_titles(notice)
    return heads[word] if word in heads else notice.lex.roles[word]


def _chief_before_name(notice: Notice, chief: str) -> bool:
    """Is the chief label written right before a person's bare name, as a report's chain of
    posts ends (``县联席会议总召集人王五，…``)?"""
    rx = re.compile(rf"{chief}(?P<name>[{HAN}]{{2,3}}?)(?=[，,、。；\s])")
    return any(bare_name_ok(m.group("name"), notice) for m in rx.finditer(notice.text))


def mech_head_titles(notice: Notice) -> dict[str, str]:
    """The head titles of the mechanism's own kind of body that label its roster (``所长``,
    ``副所长`` of a ``防汛指挥所``), by the ending of its name; empty for other bodies."""
    mech = notice.mechanism
    if mech is None:
        return {}
    for ending, heads in notice.lex.roster_words.get("body_heads", {}).items():
        if mech.name.endswith(ending):
            return dict(heads)
    return {}


def role_words(notice: Notice) -> tuple[str, ...]:
    """The role labels of this notice (the lexicon's and the body's heads)."""
    return (*notice.lex.roles, *mech_head_titles(notice))


@lru_cache(maxsize=8)
def role_header_re(roles: tuple[str, ...]) -> re.Pattern[str]:
    """A role label (of ``roles``) at the start of a line (``召集人：``, ``召 集 人 王五 …``:
    padded, then a name and a space; ``副主任 王五（县卫健局局长）``: an infobox's label, then a
    name and its post in brackets), and the rest of the line."""
    return re.compile(rf"^(?P<role>{padded_alternation(roles)})(?:\s*[：]\s*| (?=(?:{NAME}|[{HAN}] [{HAN}])[ （]))(?P<rest>.*)$")
