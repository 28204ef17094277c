"""``extractor/words.py`` on its own: jieba's dictionary words of a short text, their tags,
and whether a text opens with a verb (a clause) rather than a body's name.

Each table row: an id, the input, what the public function gives."""

from __future__ import annotations

import pytest
from tables import rows

from extractor.words import dictionary_words, starts_with_verb, word_tags

# (id, text, starts with a verb)
OPENINGS = [
    ("a verb opens a clause", "发挥县疾控中心作用", True),
    ("an adverb opens a clause", "分别设在县卫健局", True),
    ("a body's name", "县卫生健康局", False),
    ("a verb describing a place word is part of a name", "就医地经办机构", False),
    ("a department type", "公安部门", False),
]


@pytest.mark.parametrize(("text", "verb"), rows(OPENINGS))
def test_starts_with_verb(text, verb):
    assert starts_with_verb(text) is verb


# (id, text, words)
WORDS = [
    ("dictionary words, no HMM", "加强疫情防控", ["加强", "疫情", "防控"]),
    ("a place and a kind", "青山县卫生局", ["青山", "县", "卫生局"]),
]


@pytest.mark.parametrize(("text", "words"), rows(WORDS))
def test_dictionary_words(text, words):
    assert dictionary_words(text) == words


# (id, word, tag)
TAGS = [
    ("a verb", "加强", "v"),
    ("a two-character noun is kept", "医院", "n"),
    ("a longer noun is not (the rules never ask)", "卫生局", None),
]


@pytest.mark.parametrize(("word", "tag"), rows(TAGS))
def test_word_tags(word, tag):
    assert word_tags().get(word) == tag


def test_word_tags_cache(tmp_path, monkeypatch):
    """The table is read from dict.txt once, then from its copy in the cache folder (the
    same table); a damaged copy is ignored and written again."""
    from extractor import segment

    monkeypatch.setenv(segment.CACHE_ENV, str(tmp_path))
    word_tags.cache_clear()
    try:
        first = word_tags()
        copies = list(tmp_path.glob("word_tags-*.marshal"))
        assert len(copies) == 1
        word_tags.cache_clear()
        assert word_tags() == first
        copies[0].write_bytes(b"\x00damaged")
        word_tags.cache_clear()
        assert word_tags() == first
        assert copies[0].stat().st_size > 1000
    finally:
        word_tags.cache_clear()
