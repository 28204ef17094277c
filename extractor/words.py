"""The words of a short text and their part-of-speech tags, from jieba's dictionary: what
the rules ask of a word (is it a verb, a function word?) without loading ``jieba.posseg``."""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from functools import lru_cache
from pathlib import Path

from .atomic_write import atomic_write_bytes
from .segment import cache_dir, segment

#: Tags of verbs, adjectives and function words (no part of a name): the word-tag table keeps
#: every word with one of them, and every two-character word whatever its tag.
FUNCTION_TAGS = frozenset(
    ("v", "vn", "vd", "p", "c", "d", "u", "a", "ad", "an", "m", "q", "r", "t", "y", "e", "o", "l", "i")
)
#: jieba's tags of verbs: a verb, a verbal noun (管理), a verb used as an adverb.
VERB_TAGS = frozenset(("v", "vn", "vd"))
#: A name never opens with a word of these tags (发挥…, 分别设在…).
CLAUSE_START_TAGS = frozenset(("v", "d", "p", "c", "ad", "vd"))


def dictionary_words(text: str) -> list[str]:
    """jieba's words of a short text (its dictionary only, no HMM), with the pipeline's
    segmenter (rjieba gives jieba's tokens without loading jieba's dictionary)."""
    return segment(text, hmm=False)


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """Part-of-speech tags of jieba's dictionary words, as ``jieba.posseg``'s word-tag table
    has them (word -> tag, from the same ``dict.txt``), restricted to what the rules ask:
    every word tagged with one of ``FUNCTION_TAGS`` and every two-character word. Read from
    ``dict.txt`` in 0.25 s the first time (instead of importing ``jieba.posseg``, 2–3 s),
    then from a ``marshal`` copy in the per-user cache folder in 0.04 s (start-up of a build
    of one notice); empty if jieba is unavailable."""
    from importlib.util import find_spec

    spec = find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - declared dependency
        return {}
    path = os.path.join(list(spec.submodule_search_locations)[0], "dict.txt")
    cached = _tags_cache(path)
    if cached is not None:
        try:
            tags = marshal.loads(cached.read_bytes())
            if isinstance(tags, dict):
                return tags
        except (OSError, ValueError, EOFError, TypeError):
            pass
    tags = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().splitlines():
            word, _, tag = line.strip().split(" ")
            if tag in FUNCTION_TAGS or len(word) == 2:
                tags[word] = tag
    if cached is not None:
        try:
            atomic_write_bytes(cached, marshal.dumps(tags))
        except OSError:  # no writable cache folder: read dict.txt each time
            pass
    return tags


def _tags_cache(path: str) -> Path | None:
    """The cache file of the word-tag table of the dictionary at ``path``: named by the
    dictionary's path, size and modification time, the tags kept and this Python's
    ``marshal`` version, so a changed dictionary or rule is never read from an old copy."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    key = f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{sorted(FUNCTION_TAGS)}\0{marshal.version}\0{sys.version_info[:2]}"
    return cache_dir() / f"word_tags-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"


def starts_with_verb(name: str) -> bool:
    """发挥省委科技委员会, 分别设在省卫生厅: a clause starting with a verb (or an adverb,
    preposition, conjunction), not a body's name (就医地经办机构 is a name: 就医 describes 地)."""
    tags = word_tags()
    for k in (4, 3, 2):
        tag = tags.get(name[:k])
        if tag:
            return tag in CLAUSE_START_TAGS and name[k : k + 1] != "地"
    return False


def own_word(text: str, start: int, word: str) -> bool:
    """Is ``word`` at ``text[start:]`` a word of its own (应 in 应具有, not in 应急)?"""
    words = dictionary_words(text[start : start + len(word) + 4])
    return bool(words) and len(words[0]) <= len(word)


#: a bracketed note (``（乡村振兴局）``, ``(试行)``), no brackets inside
BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
#: a word of these tags opens a predicate (落实…, 加强…), not a subject
_PREDICATE_TAGS = CLAUSE_START_TAGS | {"a", "ad", "an"}


def subject_phrase(phrase: str) -> bool:
    """Can ``phrase``, the text before a modal verb, be the subject of its clause: a noun
    phrase (``项目负责人``, ``行政部门``, ``指派的代理师本人``), not a predicate (``落实“四个必须”要求``),
    a case (``对于违规收费的``) or a time (``2025年底前``)?"""
    bare = BRACKETED.sub("", phrase)
    if not bare or not re.match(r"[\u4e00-\u9fff]", bare) or "“" in bare or bare.endswith("的"):
        return False
    words = dictionary_words(bare)
    if not words:
        return False
    tag = word_tags().get(words[0])
    # 受聘于…的科学家: a verb opens a relative clause before the subject's head noun
    return tag not in _PREDICATE_TAGS or ("的" in bare and tag != "p")
