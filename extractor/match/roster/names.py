"""Person names and the shapes of a roster line: a name (2–8 characters, a surname
first when bare, nothing of a post or an article number in it), name then post, post
then name, names sharing a post, a name with its post in brackets."""

from __future__ import annotations

import re

from ...normalize import HAN
from ...notice import Notice
from ..posts import post_words

DOTTED_NAME = rf"[{HAN}]{{2,6}}·[{HAN}]{{2,6}}"  # 阿不都拉提·艾买尔: a transcribed name may pass 8 characters
NAME = rf"(?:{DOTTED_NAME}|[{HAN}·]{{2,8}})"  # 其达拉图, 阿不都热合曼, 艾力·买买提
LAZY_NAME = rf"(?:{DOTTED_NAME}|[{HAN}·]{{2,8}}?)"


LINE_RE = re.compile(rf"(?P<name>{LAZY_NAME}|[{HAN}] [{HAN}])(?:同志)?(?: |，(?=[{HAN}]{{4,}}$))(?P<post>[{HAN}].*)")  # 田 甜 县妇联副主席: padded


POST_FIRST_RE = re.compile(rf"(?P<post>[{HAN}][^ ]*[{HAN}]) (?P<name>{NAME})")


SHARED_RE = re.compile(rf"(?P<names>(?:{LAZY_NAME}|[{HAN}] [{HAN}])(?:、(?:{LAZY_NAME}|[{HAN}] [{HAN}]))+) (?P<post>[{HAN}].*)")


INLINE_RE = re.compile(rf"(?P<name>{LAZY_NAME})\s*[（(](?P<post>[^（）()]{{2,40}})[）)]")


def valid_name(name: str, notice: Notice) -> bool:
    w = post_words(notice.lex)
    return (
        (2 <= len(name) <= 8 or (len(name) <= 13 and re.fullmatch(DOTTED_NAME, name) is not None))
        and not (w.not_name_re is not None and w.not_name_re.search(name))
        and notice.lex.kind_of(name) is None
        and (not name.endswith(w.not_name_endings) or _given_name(name, notice))
        and not (w.title_word_re and w.title_word_re.search(name))
        and not any(ch in name for ch in "各等副")
        and not name.startswith(w.party_organs)
        and not _ORDINAL_RE.match(name)
    )


def _given_name(name: str, notice: Notice) -> bool:
    """A three-character name, a surname first, ending in a body's ending that given names
    also have (``王金会``), its last two characters no body's (``农委会``, ``侨联会``)."""
    w = post_words(notice.lex)
    s = notice.lex.surnames
    return (len(name) == 3 and name.endswith(w.name_body_endings) and bool(s) and name[0] in s
            and not name.endswith(w.body_two_char_endings))


_ORDINAL_RE = re.compile("第[一二三四五六七八九十百零〇两0-9]+")  # 第十四条: an article's number, no name


NAME_PAREN_RE = re.compile(rf"(?P<name>[{HAN}]{{2,4}}?)(?:同志)?（(?P<post>[^（）]{{2,30}})）")  # 王明同志（副县长）


PAREN_TAIL = re.compile(r"[（(][^（）()]{1,6}[）)]$")  # 吴细寒（常务）


def has_surname(name: str, notice: Notice) -> bool:
    s = notice.lex.surnames
    return not s or name[:1] in s or name[:2] in s


def bare_name_ok(name: str, notice: Notice, joiners: str = "的和及与") -> bool:
    """A bare name in running text: 2–4 characters, a surname first, nothing of a post in it,
    none of the ``joiners`` (characters that join words, never in a name in such text)."""
    return (2 <= len(name) <= 4 and has_surname(name, notice) and valid_name(name, notice)
            and not any(ch in name for ch in joiners))
