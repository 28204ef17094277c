"""Numbered items whose subject is a place, not a body: ``某省某市大力推进…``, ``某市某区以…提升…``,
``某自治区某县狠抓…`` (a commendation's list of local practices, what each place did). A
place says where something is done, no body answers for it (gold convention: a sentence whose
subject is no body is no duty). Read by the task lists for items that name no body."""

from __future__ import annotations

from ..lexicon import Lexicon
from ..resolve import place_levels_re, place_stem
from ..words import CLAUSE_START_TAGS, VERB_TAGS, dictionary_words, word_tags

#: the longest stem read before a level word (a people's name in it: 某某族|自治区, 某族某某族|自治州)
_MAX_STEM = 7
#: a word of these tags after the places opens the predicate: 推进, 以, 多措并举, 三措并举
_PREDICATE_TAGS = CLAUSE_START_TAGS | {"vn", "a", "ad", "i", "l", "m", "j"}


def _place_end(lex: Lexicon, text: str, pos: int, after_place: bool) -> int | None:
    """End of the place name written at ``pos`` (a stem, then a level word: 青禾|市, 东湖新|区,
    南岭|自治区), the shortest that fits; a one-character stem only right after another place
    (某市|石县)."""
    levels = lex.memo(place_levels_re)
    for k in range(1 if after_place else 2, _MAX_STEM + 1):
        level = levels.match(text, pos + k)
        if (level is None or levels.match(text, level.end())  # 桃州|区: a longer place
                or text.startswith(lex.not_prefix_words, pos + k)  # 交易|市场: the level starts a noun
                or text[pos : level.end()].endswith(lex.not_place_words)):  # 城镇小区: a kind of area
            continue
        if place_stem(text[pos : pos + k], lex):
            return level.end()
    return None


def opens_with_place(lex: Lexicon, body: str) -> bool:
    """Does the item ``body`` open with one or more place names (``某省某市``) and then its
    predicate (a verb, adverb, preposition or idiom): a place as the subject, no body?"""
    pos = 0
    while (end := _place_end(lex, body, pos, pos > 0)) is not None:
        pos = end
    rest = body[pos:]
    if pos == 0 or lex.kind_name_re.match(rest) or lex.institution_re.match(rest):
        return False  # 某市卫生健康委…, 某市人民医院…: a body of the place
    if rest.startswith("“"):
        return True  # 某市“加减并重”: a slogan of what the place did
    words = dictionary_words(rest[:10])
    tags = word_tags()
    # a verb as the second or third word: jieba tags some adverbs as nouns or knows no tag of a
    # set phrase (大力|推进, 着力|打造, 大力开展|质量|提升)
    return bool(words) and (tags.get(words[0]) in _PREDICATE_TAGS
                            or any(tags.get(w) in VERB_TAGS for w in words[1:3]))
