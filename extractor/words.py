"""The words of a short text and their part-of-speech tags, from jieba's dictionary: what
the rules ask of a word (is it a verb, a function word?) without loading ``jieba.posseg``."""

from __future__ import annotations

import os
from functools import lru_cache

from .segment import segment

#: Tags of verbs, adjectives and function words (no part of a name): the word-tag table keeps
#: every word with one of them, and every two-character word whatever its tag.
FUNCTION_TAGS = frozenset(
    ("v", "vn", "vd", "p", "c", "d", "u", "a", "ad", "an", "m", "q", "r", "t", "y", "e", "o", "l", "i")
)
#: A name never opens with a word of these tags (发挥…, 分别设在…).
_CLAUSE_START_TAGS = frozenset(("v", "d", "p", "c", "ad", "vd"))


def dictionary_words(text: str) -> list[str]:
    """jieba's words of a short text (its dictionary only, no HMM), with the pipeline's
    segmenter (rjieba gives jieba's tokens without loading jieba's dictionary)."""
    return segment(text, hmm=False)


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """Part-of-speech tags of jieba's dictionary words, as ``jieba.posseg``'s word-tag table
    has them (word -> tag, from the same ``dict.txt``), restricted to what the rules ask:
    every word tagged with one of ``FUNCTION_TAGS`` and every two-character word. Read here
    in 0.2 s instead of importing ``jieba.posseg`` (2–3 s); empty if jieba is unavailable."""
    from importlib.util import find_spec

    spec = find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - declared dependency
        return {}
    path = os.path.join(list(spec.submodule_search_locations)[0], "dict.txt")
    tags: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().splitlines():
            word, _, tag = line.strip().split(" ")
            if tag in FUNCTION_TAGS or len(word) == 2:
                tags[word] = tag
    return tags


def starts_with_verb(name: str) -> bool:
    """发挥省委科技委员会, 分别设在省卫生厅: a clause starting with a verb (or an adverb,
    preposition, conjunction), not a body's name (就医地经办机构 is a name: 就医 describes 地)."""
    tags = word_tags()
    for k in (4, 3, 2):
        tag = tags.get(name[:k])
        if tag:
            return tag in _CLAUSE_START_TAGS and name[k : k + 1] != "地"
    return False
