"""Load the data files in ``extractor/lexicons/`` once per process and compile their regexes."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


def _load(name: str, directory: Path | None = None) -> dict:
    path = (directory or LEXICON_DIR) / name
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _load_optional(name: str, directory: Path | None = None) -> dict:
    """A data file that a custom lexicon folder may leave out (then empty)."""
    path = (directory or LEXICON_DIR) / name
    return _load(name, directory) if path.exists() else {}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so the longest match wins)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass
class Disease:
    name: str
    category: str
    aliases: list[str]
    classes: list[str]


@dataclass
class Lexicon:
    """All the project's word lists, with the regexes built from them."""

    kind_of_name: dict[str, str]  # full department name -> kind
    kind_of_short: dict[str, str]  # short department name -> kind
    unique_kinds: set[str]  # kinds a place has one body of (公安: one 公安局 per county)
    institutions: dict[str, dict]  # generic institution -> {kind, collective}
    place_levels: list[str]
    bare_levels: list[str]
    bad_place_first: str
    bad_place_any: str
    bad_place_last: str
    level_words: list[str]
    roles: dict[str, str]
    unit_roles: dict[str, str]
    diseases: dict[str, Disease]  # canonical -> entry
    disease_of_form: dict[str, list[str]]  # written form -> canonical names
    bodies: dict[str, list[str]]
    forms: dict[str, list[str]] = field(default_factory=dict)  # orgforms.json: names of unlisted bodies
    not_place_words: tuple[str, ...] = ()  # 地区, 社区: a level word that ends a common noun
    not_prefix_words: tuple[str, ...] = ()  # 市容, 县城: a level word that starts a common noun
    roster_words: dict = field(default_factory=dict)  # roles.json: titles, modifiers, government heads …
    surnames: frozenset[str] = frozenset()  # names.json: single and compound surnames
    party: str = "委"  # places.json: a party committee after a place (市委宣传部)
    cues: dict = field(default_factory=dict)  # cues.json: cue words of the matchers (docs/cues.md)
    _memo: dict[Any, Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    kind_name_re: re.Pattern[str] = field(init=False)
    short_re: re.Pattern[str] = field(init=False)
    institution_re: re.Pattern[str] = field(init=False)
    disease_re: re.Pattern[str] = field(init=False)
    role_re: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        self.kind_name_re = re.compile(alternation(self.kind_of_name))
        self.short_re = re.compile(alternation(self.kind_of_short))
        self.institution_re = re.compile(alternation(self.institutions))
        self.disease_re = re.compile(alternation(self.disease_of_form))
        self.role_re = re.compile(alternation(self.roles))

    def memo(self, build: Callable[[Lexicon], T]) -> T:
        """``build(self)``, once per lexicon: what a matcher builds from the cue words (its regexes)."""
        if build not in self._memo:
            self._memo[build] = build(self)
        return self._memo[build]

    def cue(self, key: str) -> tuple[str, ...]:
        """The words of one key of ``cues.json`` (KeyError when the file has no such key)."""
        return tuple(self.cues[key])

    def cue_re(self, key: str) -> str:
        """A regex alternation of the words of one key of ``cues.json``, longest first."""
        return _alternation_of(self, key)

    def cue_map(self, key: str) -> dict[str, tuple[str, ...]]:
        """A key of ``cues.json`` whose value maps names to words (a table's column kinds)."""
        return {name: tuple(words) for name, words in self.cues[key].items()}

    def kind_of(self, name: str) -> str | None:
        """Department kind of an organization name: the longest department name inside it,
        else an institution type, else a short name at its start."""
        best: tuple[int, str] | None = None
        for hit in self.kind_name_re.finditer(name):
            cand = (len(hit.group(0)), self.kind_of_name[hit.group(0)])
            if best is None or cand[0] > best[0]:
                best = cand
        if best:
            return best[1]
        m = self.institution_re.search(name)
        if m:
            return self.institutions[m.group(0)]["kind"]
        m = self.short_re.match(name)  # longest short name at the start
        return self.kind_of_short[m.group(0)] if m else None


_ALTERNATIONS: dict[tuple[int, str], str] = {}


def _alternation_of(lex: Lexicon, key: str) -> str:
    k = (id(lex.cues), key)
    if k not in _ALTERNATIONS:
        _ALTERNATIONS[k] = alternation(lex.cues[key])
    return _ALTERNATIONS[k]


@lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> Lexicon:
    """The lexicon from ``directory`` (default: the package's own data files)."""
    d = Path(directory) if directory else None
    kinds = _load("kinds.json", d)["kinds"]
    kind_of_name: dict[str, str] = {}
    kind_of_short: dict[str, str] = {}
    unique_kinds = {e["kind"] for e in kinds if e.get("unique", True)}
    for entry in kinds:
        for n in entry["names"]:
            kind_of_name.setdefault(n, entry["kind"])
        for s in entry.get("short", []):
            kind_of_short.setdefault(s, entry["kind"])
    inst = {
        i["name"]: {"kind": i["kind"], "collective": bool(i.get("collective"))}
        for i in _load("institutions.json", d)["institutions"]
    }
    places = _load("places.json", d)
    roles = _load("roles.json", d)
    people_names = _load("names.json", d) if ((d or LEXICON_DIR) / "names.json").exists() else {"surnames": []}
    dis = _load("diseases.json", d)
    diseases: dict[str, Disease] = {}
    forms: dict[str, list[str]] = {}
    for e in dis["diseases"]:
        entry = Disease(e["name"], e.get("category", "disease"), e.get("aliases", []), e.get("classes", []))
        diseases[entry.name] = entry
        for form in [entry.name, *entry.aliases]:
            forms.setdefault(form, [entry.name])
    for form, names in dis.get("expand", {}).items():
        forms[form] = list(names)
    return Lexicon(
        kind_of_name=kind_of_name,
        kind_of_short=kind_of_short,
        unique_kinds=unique_kinds,
        institutions=inst,
        place_levels=places["levels"],
        bare_levels=places["bare"],
        bad_place_first=places["bad_first"],
        bad_place_any=places.get("bad_any", ""),
        bad_place_last=places.get("bad_last", ""),
        level_words=places.get("level_words", []),
        roles=roles["roles"],
        unit_roles=roles["unit_roles"],
        diseases=diseases,
        disease_of_form=forms,
        bodies=_load("bodies.json", d),
        forms=_load_optional("orgforms.json", d),
        not_place_words=tuple(places.get("not_place_words", ())),
        not_prefix_words=tuple(places.get("not_prefix_words", ())),
        roster_words=roles,
        surnames=frozenset(people_names["surnames"]) | frozenset(people_names.get("compound_surnames", [])),
        party=places["party"],
        # a custom lexicon folder may leave the cue words out: then the package's own
        cues=_load("cues.json", d if d and (d / "cues.json").exists() else None),
    )
