"""Resolve organization mentions inside a notice: places, canonical names, aliases, kinds.

A notice writes the same body several ways (``奈曼旗卫生健康委``, ``旗卫生健康委``,
``卫生健康委`` after ``奈曼旗…、``; ``共青团奈曼旗委员会`` = ``奈曼旗团委``). ``OrgTable``
gives each body one canonical name (place prefix expanded) and records the written forms.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import Lexicon, alternation, load_lexicon, one_character_levels
from .normalize import HAN
from .words import FUNCTION_TAGS, VERB_TAGS, dictionary_words, word_tags

_KEY_DROP = re.compile(r"[\s、，,（）()“”\"'·]")
_SPACES = re.compile(r"\s+")


# 市政府办公室 / 市政府办 / 市府办: one office of the government
_GOVERNMENT_OFFICE = re.compile(rf"(?:政府办公室|(?<=[{one_character_levels()}])府办)$")


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Comparison key of a name: no spaces or punctuation; ``X政府`` and ``X人民政府`` are one
    body (``各乡镇政府``, ``各乡镇人民政府``), as are ``X政府办公室``, ``X政府办`` and ``X府办``
    (kept per name: a notice's tables look the same names up again and again)."""
    return _GOVERNMENT_OFFICE.sub("政府办", _KEY_DROP.sub("", name).replace("人民政府", "政府"))


@dataclass(eq=False)
class Org:
    """One body of a notice (compared and hashed by identity)."""

    name: str
    kind: str | None
    locality: str | None
    aliases: set[str] = field(default_factory=set)
    collective: bool = False
    generic: bool = False
    body: str | None = None  # office | group | committee (a mechanism's own body)
    written: list[str] = field(default_factory=list)  # the forms components named it by (``OrgTable.add``)

    def forms(self) -> list[str]:
        """Its written forms: the name, then the aliases longest first."""
        return [self.name, *sorted(self.aliases, key=len, reverse=True)]


_NOT_PLACE_FIRST_WORD_TAGS = {"b", "nz"}  # 主要, 印发: never the first word of a place written in words


def _stem_ok(stem: str) -> bool:
    """A place stem does not start with a verb or function word (推动旗, 建立奈曼旗), nor
    hold a verb (更大激发|市场, 并公布|县级: words, not a place) or a conjunction (国务院和|省)."""
    tags = word_tags()
    if any(tags.get(stem[:k]) in FUNCTION_TAGS for k in range(2, len(stem) + 1)):
        return False
    words = dictionary_words(stem)
    if words and len(words[0]) == 1 and tags.get(words[0]) in ("c", "p", "d"):
        return False
    if len(words) > 1 and len(words[0]) >= 2 and tags.get(words[0]) in _NOT_PLACE_FIRST_WORD_TAGS:
        return False  # 关于印发|东林县, 主要有|市: a word before the place, not part of it
    if any(len(w) == 1 and tags.get(w) == "c" for w in words[1:]):
        return False  # 国务院和|省委: a conjunction joins two bodies, no place holds it
    return not any(len(w) >= 2 and tags.get(w) in VERB_TAGS for w in words)


_HAN_RUN = re.compile(f"[{HAN}]+")


def place_levels_re(lex: Lexicon) -> re.Pattern[str]:
    """The level words that close a place name (``places.json`` levels: 市, 县, 自治区 …);
    build it with ``lex.memo``."""
    return re.compile(alternation(lex.place_levels))


def _stem_cache(lex: Lexicon) -> dict[str, bool]:
    return {}


def place_stem(stem: str, lex: Lexicon) -> bool:
    """Can ``stem`` start a place name (before its level word)? Han characters only, no
    character a place never starts with, holds or ends with, no verb or function word
    (``_stem_ok``), no department or institution name inside (县人民政府|县长 is not a
    place 人民政府县)."""
    return bool(_HAN_RUN.fullmatch(stem) and stem[0] not in lex.bad_place_first
                and not any(ch in lex.bad_place_any for ch in stem) and stem[-1] not in lex.bad_place_last
                and _stem_ok(stem) and not lex.kind_name_re.search(stem) and not lex.institution_re.search(stem))


def _holds_verb_stem(place: str, lex: Lexicon) -> bool:
    """Does ``place`` hold a verb that a body follows (``会同市``, ``建议白河市``, ``领导批示县``)?"""
    return any(verb in place for verb in lex.verb_stems)


def find_places(text: str, lex: Lexicon) -> tuple[list[str], str | None]:
    """Place names used as administrative prefixes in the text, and the notice's locality.

    A place is a 2–4 character stem plus a level (旗, 县, 市, 区 …) that does not start
    inside a word or with a verb, used before a department name or in the heading; of a place and its own suffix
    (乌鲁木齐市 / 鲁木齐市) the longer is kept when it is about as frequent.
    """
    levels = lex.memo(place_levels_re)
    levels_chars = {lvl for lvl in lex.place_levels if len(lvl) == 1}
    counts: Counter[str] = Counter()
    before_dept: Counter[str] = Counter()
    head = text[:300]
    title = text.lstrip().split("\n", 1)[0]
    dept_at = {m.start() for m in lex.kind_name_re.finditer(text)}
    tags = word_tags()
    stem_ok = lex.memo(_stem_cache)  # notices repeat their places: check each stem once
    if len(stem_ok) > 200_000:
        stem_ok.clear()
    for m in levels.finditer(text):
        j = m.start()
        if _named_head(text, m, lex):
            continue  # 张纯一区长：负责…: a person's name before a district head's post, not a place
        for k in (2, 3, 4):
            if j - k < 0:
                continue
            stem = text[j - k : j]
            ok = stem_ok.get(stem)
            if ok is None:
                ok = stem_ok[stem] = place_stem(stem, lex)
            if not ok:
                continue
            if (j - k > 0 and text[j - k - 1] + stem[0] in tags
                    and not (j - k > 1 and text[j - k - 1] in levels_chars and text[j - k - 2] != text[j - k - 1])):
                continue  # the stem starts inside a word (成立|绿水县 -> not 立绿水县), not after a place (西岭市|南湖区)
            place = stem + m.group(0)
            if place.endswith(lex.not_place_words):
                continue  # 农村地区, 民航地区: a kind of area, not a place
            if text[m.end() : m.end() + 1] == "”":
                continue  # “数字强省”: a slogan, not a place
            dept_after = m.end() in dept_at or m.end() + 1 in dept_at  # 奈曼旗公安局 / 昌吉市委宣传部
            if not dept_after and text.startswith(lex.not_prefix_words, j):
                continue  # 城区集贸|市场: the level starts a common noun (not 青山|县城管局)
            counts[place] += 1
            if dept_after:
                before_dept[place] += 1
    kept: list[str] = []
    for place in sorted(counts, key=lambda p: (-len(p), p)):
        c = counts[place]
        if not (before_dept[place] or place in head) or _holds_verb_stem(place, lex) and place not in title:
            continue  # 由市发展改革局会同|市财政局, 领导批示|县卫健局: a verb before a body, not a place the title names
        if any(q.endswith(place) and counts[q] >= 0.9 * c for q in kept):
            continue
        kept.append(place)
    # Locality: the place whose level the notice uses bare (旗卫生健康委 -> …旗).
    bare: Counter[str] = Counter()
    prefixes = [(lvl, lvl + lex.party) for lvl in lex.bare_levels]
    ends = {w[-1] for pair in prefixes for w in pair}
    for pos in dept_at:
        if pos == 0 or text[pos - 1] not in ends:
            continue
        for lvl, lvl_party in prefixes:
            if (pos >= len(lvl) and text.startswith(lvl, pos - len(lvl))) or (
                    pos >= len(lvl_party) and text.startswith(lvl_party, pos - len(lvl_party))):
                bare[lvl] += 1
    ranked = sorted(kept, key=lambda p: (-counts[p], text.find(p), p))  # ties: the first written
    for lvl, _ in bare.most_common():
        for place in ranked:
            if place.endswith(lvl):
                return kept, place
    return kept, (ranked[0] if ranked else None)


def _named_head(text: str, level: re.Match[str], lex: Lexicon) -> bool:
    """Is the level at ``level`` the first character of a government head's post written right
    after a person's name (``张纯一区长``: a surname and one or two characters before ``区长``)?"""
    heads = lex.roster_words.get("government_heads", {})
    if text[level.start() : level.end() + 1] not in heads:
        return False
    j = level.start()
    return any(j - k - n >= 0 and text[j - k - n : j - n] in lex.surnames
               for n in (1, 2) for k in lex.memo(_surname_lengths))


def _surname_lengths(lex: Lexicon) -> tuple[int, ...]:
    """The lengths of the surnames (single and compound): a surname is looked up by its
    length, not tried one by one."""
    return tuple(sorted({len(s) for s in lex.surnames}))


class OrgTable:
    """The bodies of one notice, keyed by every written form."""

    def __init__(self, lex: Lexicon, places: list[str], locality: str | None) -> None:
        self.lex = lex
        self.places = sorted(places, key=len, reverse=True)
        self.locality = locality
        self.orgs: list[Org] = []
        self.changes = 0  # written forms indexed or bodies renamed so far: a count that only grows
        self._by_key: dict[str, Org] = {}
        self._forms: dict[str, Org] | None = None
        # first character -> (the written forms starting with it, their lengths, longest
        # first): kept up to date form by form (``_index``), not rebuilt on each new form
        self._by_first: dict[str, tuple[set[str], list[int]]] = {}
        self._bodies: list[tuple[str, Org]] = []
        self._canonical: dict[str, tuple[str, str | None]] = {}

    # -- names ---------------------------------------------------------------------
    def split_place(self, written: str) -> tuple[str, str]:
        """(place prefix, rest): a known place, or a bare level (旗, 市委 …)."""
        for place in self.places:
            if written.startswith(place):
                return place, written[len(place) :]
        if self.lex.kind_name_re.match(written):  # 市场监督管理局 is not 市 + 场监督管理局
            return "", written
        for lvl in self.lex.bare_levels:
            if (written.startswith(lvl) and len(written) > len(lvl) + 1 and written[len(lvl)] != "级"
                    and not written.startswith(self.lex.not_prefix_words)):
                return lvl, written[len(lvl) :]  # 省级医保部门 names a level, not our province
        return "", written

    def canonical(self, written: str) -> tuple[str, str | None]:
        """Canonical name (bare level expanded to the notice's locality) and locality
        (remembered per written form: the places and the locality do not change)."""
        try:
            return self._canonical[written]
        except KeyError:
            canon = self._canonical[written] = self._canonical_of(_SPACES.sub("", written))
            return canon

    def _canonical_of(self, written: str) -> tuple[str, str | None]:
        place, rest = self.split_place(written)
        if place in self.places:
            return written, place
        if place and self.locality and self.locality.endswith(place):
            return self.locality + rest, self.locality
        return written, None

    # -- lookup ----------------------------------------------------------------------
    def find(self, written: str, by_kind: bool = True) -> Org | None:
        """The known body this written form refers to, if any (``by_kind``: also the one
        body of its kind written another way, 市卫健委 for 市卫生健康委员会)."""
        key = name_key(written)
        if key in self._by_key:
            return self._by_key[key]
        if written.startswith("各") and "（" in written and key + "政府" in self._by_key and self._by_key[key + "政府"].collective:
            return self._by_key[key + "政府"]  # 各县（市、区）beside 各县（市、区）人民政府: the places, by their governments
        canon, loc = self.canonical(written)
        if name_key(canon) in self._by_key:
            return self._by_key[name_key(canon)]
        if written in self.lex.institutions or not by_kind:  # 妇幼保健机构 is a kind of body, not one body
            return None
        kind = self.lex.kind_of(canon)
        if kind is None or kind in self.lex.cue("kinds_of_many"):  # 医院: one of many, not the one
            return None
        same = [o for o in self.orgs if o.kind == kind and not o.generic and not o.body and not o.collective
                and (loc is None or o.locality in (None, loc))]
        if (len(same) == 1 and (loc or same[0].locality or self.locality or self._level_apart(canon, same[0].name))
                and self._same_department(canon, same[0].name)):
            return same[0]
        return None

    def _level_apart(self, a: str, b: str) -> bool:
        """Is one name the other with a bare level before it (``商务局`` / ``区商务局``)? One body,
        wherever the notice's place is."""
        short, long = sorted((a, b), key=len)
        level, rest = self.split_place(long)
        return bool(level) and level in self.lex.bare_levels and rest == short

    def _same_department(self, a: str, b: str) -> bool:
        """Two names of one kind denote the same body unless one is a sub-unit (…大队, …分局), or
        both are sub-units whose last words differ (``市疾控中心地方病科`` / ``市疾控中心免疫科``:
        two sections of one body, not one)."""
        sub_a, sub_b = is_subunit(a, self.lex), is_subunit(b, self.lex)
        if sub_a and sub_b:
            return _sub_unit_word(a, self.lex) == _sub_unit_word(b, self.lex)
        return not (sub_a ^ sub_b)

    def body_key(self, org: Org) -> str | None:
        """``<locality>/<kind>`` for a place's one body of a kind (its 公安局), else None; bodies
        of different notices with the same key are one body."""
        if (org.locality and org.kind in self.lex.unique_kinds and not org.generic
                and not org.collective and not org.body and not is_subunit(org.name, self.lex)):
            return f"{org.locality}/{org.kind}"
        return None

    def add(self, written: str, **attrs) -> Org:
        """Find the body or add it; the written form becomes an alias. ``by_kind=False``:
        a body of the same kind written otherwise is another body (items of one list)."""
        written = _SPACES.sub("", written)
        org = self.find(written, attrs.pop("by_kind", True))
        if org is None:
            canon, loc = self.canonical(written)
            main, extra = _split_parenthetical(canon)
            org = Org(
                name=main,
                kind=attrs.pop("kind", None) or self.lex.kind_of(main),
                locality=loc,
                collective=attrs.pop("collective", False),
                generic=attrs.pop("generic", False),
                body=attrs.pop("body", None),
            )
            self.orgs.append(org)
            self._index(org, main)
            self._index(org, canon)
            for alt in extra:
                alt_canon = self.canonical(alt)[0] if self.split_place(alt)[0] else (loc or "") + alt
                org.aliases.add(alt_canon)
                self._index(org, alt_canon)
        else:
            for k, v in attrs.items():
                if v and not getattr(org, k, None):
                    setattr(org, k, v)
        org.written.append(written)
        if written != org.name:
            org.aliases.add(written)
        self._index(org, written)
        return org

    def add_list(self, items: list[str], collective_prefix: str = "各") -> list[Org]:
        """The bodies of one list's items: two items are two bodies, even of one kind
        (``州农业局、州畜牧兽医局``)."""
        out: list[Org] = []
        for written in items:
            known = self.find(written)
            by_kind = not (known is not None and any(o is known for o in out)
                           and self.find(written, by_kind=False) is None)
            out.append(self.add(written, collective=written.startswith(collective_prefix), by_kind=by_kind))
        return out

    def alias(self, org: Org, written: str) -> None:
        """Record another written form of a known body."""
        if written and written != org.name:
            org.aliases.add(written)
        self._index(org, written)

    def _index(self, org: Org, written: str) -> None:
        self.changes += 1
        key = name_key(written)
        if key not in self._by_key:
            self._by_key[key] = org
        if written == org.name or written in org.aliases:  # (a canonical name indexed is no form)
            self._add_form(written)
        if self._forms is not None and written not in self._forms:
            self._forms = None  # a new written form: rebuild the index on next use

    def _add_form(self, form: str) -> None:
        """``form`` (a body's name or alias) into the index of ``longest_form_at``."""
        if not form:
            return
        entry = self._by_first.get(form[0])
        if entry is None:
            self._by_first[form[0]] = ({form}, [len(form)])
        elif form not in entry[0]:
            entry[0].add(form)
            if len(form) not in entry[1]:
                entry[1].append(len(form))
                entry[1].sort(reverse=True)

    def renamed(self) -> None:
        """Bodies were renamed (``name_bodies``): the indexes of written forms are made again."""
        self.changes += 1
        self._forms = None
        self._by_first = {}
        for org in self.orgs:
            for form in (org.name, *org.aliases):
                self._add_form(form)

    def forms(self) -> dict[str, Org]:
        """Every written form (and canonical name) -> body (cached until the table changes)."""
        if self._forms is None:
            out: dict[str, Org] = {}
            for org in self.orgs:
                for form in [org.name, *org.aliases]:
                    out.setdefault(form, org)
            self._forms = out
            self._bodies = sorted(((f, o) for f, o in out.items() if o.body), key=lambda kv: -len(kv[0]))
        return self._forms

    def bodies_by_length(self) -> list[tuple[str, Org]]:
        """(written form, body) of the mechanism's own bodies, longest form first."""
        self.forms()
        return self._bodies

    def longest_form_at(self, text: str, pos: int, limit: int) -> int | None:
        """End of the longest known written form at ``pos`` of ``text`` ending by ``limit``, or None."""
        if pos >= limit:
            return None
        entry = self._by_first.get(text[pos])
        if entry is None:
            return None
        forms, lengths = entry
        for n in lengths:
            if pos + n <= limit and text[pos : pos + n] in forms:
                return pos + n
        return None


def name_bodies(table: OrgTable, text: str) -> None:
    """Name every body of the table after its fullest written form, whichever component
    wrote it first. The candidates are the canonical names of the forms components named
    the body by (``OrgTable.add``); a candidate that is another one with words after it
    (``省委网信办|分工``) or ``各`` before it names the body no better; of the rest the longest
    (punctuation and spaces not counted), then the first written in ``text``, then the
    first in code-point order. The name it had becomes an alias. A pure step over the
    bodies' written forms and the text (the pipeline's ``policykg_resolve``), so a body's
    name does not depend on the order the components ran in."""
    for org in table.orgs:
        names = {written: _split_parenthetical(table.canonical(written)[0])[0] for written in org.written}
        if len(set(names.values())) < 2:
            continue
        firsts: dict[str, int] = {}
        for written, name in names.items():
            at = text.find(written)
            at = len(text) if at < 0 else at
            firsts[name] = min(firsts.get(name, at), at)
        best = _fullest(firsts)
        if best != org.name:
            org.aliases.add(org.name)
            org.aliases.discard(best)
            org.name = best
    table.renamed()


def _fullest(firsts: dict[str, int]) -> str:
    """Of candidate names (-> where first written), the fullest (see :func:`name_bodies`)."""
    cores = {n: name_key(n.removeprefix("各")) for n in firsts}

    def rank(n: str) -> tuple[bool, int, int, str]:
        extends = any(o != n and cores[n].startswith(cores[o]) for o in cores)
        return extends, -len(cores[n]), firsts[n], n

    return min(firsts, key=rank)


def _sub_unit_word(name: str, lex: Lexicon) -> str:
    """A sub-unit's ending and the character before it (``病科`` of ``地方病科``, ``警大队`` of
    ``交警大队``): what tells two sub-units of one body apart."""
    ending = max((e for e in lex.cue("sub_unit_endings") + lex.cue("internal_unit_endings") if name.endswith(e)), key=len)
    return name[-len(ending) - 1 :]


def is_subunit(name: str, lex: Lexicon | None = None) -> bool:
    """A sub-unit of a department (…大队, …分局, …股) rather than the department itself."""
    lex = lex or load_lexicon()
    return name.endswith(lex.cue("sub_unit_endings") + lex.cue("internal_unit_endings"))


_PARENTHETICAL = re.compile(r"(.+?)[（(]([^）)]+)[）)]")


def _split_parenthetical(name: str) -> tuple[str, list[str]]:
    """``市农业农村局（乡村振兴局）`` -> (``市农业农村局``, [``乡村振兴局``])."""
    m = _PARENTHETICAL.fullmatch(name)
    if not m:
        return name, []
    return m.group(1), [m.group(2)]
