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


def _read(name: str, directory: Path | None = None) -> Any:
    path = (directory or LEXICON_DIR) / name
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def data_file(name: str) -> Any:
    """One data file of the package's lexicon (``places.json`` …) as read, without building
    the lexicon (which compiles its regular expressions: 30 ms of a query's start-up)."""
    return _read(name)


@lru_cache(maxsize=1)
def one_character_levels() -> str:
    """The levels of ``places.json`` written with one character (省 市 州 盟 县 旗 区), for
    rules that run without a lexicon at hand (``resolve.name_key``)."""
    return "".join(level for level in data_file("places.json")["levels"] if len(level) == 1)


def alternation(words: Iterable[str]) -> str:
    """A regex of literal words, longest first (so the longest match wins): the words'
    alternation written as a trie of their characters, ``卫生(?:健康局|)|局`` for 卫生健康局,
    卫生 and 局. It matches what ``卫生健康局|卫生|局`` matches, and tries the candidates in the
    same order (at a position only one branch can go on, and there the longer words come
    before the word ending there), so a pattern built on it matches and captures the same;
    the regex engine tries a branch only where its character is, not every word in turn
    (department names, disease names, hundreds of words). Remembered per word list:
    matchers build the same alternations for every notice."""
    key = tuple(words)
    made = _ALTERNATIONS.get(key)
    if made is None:
        if len(_ALTERNATIONS) > 4096:
            _ALTERNATIONS.clear()
        made = _ALTERNATIONS[key] = _trie_pattern(set(key))
    return made


def padded_alternation(words: Iterable[str]) -> str:
    """A regex of literal words (role labels), longest first, as they may be written padded: a
    space allowed between their characters (``成 员``, ``召 集 人``)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(" ?".join(re.escape(ch) for ch in word) for word in ordered)


def _trie_pattern(words: set[str]) -> str:
    """The trie regex of :func:`alternation` (an empty word: an empty last branch)."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branches(node: dict[str, dict]) -> list[str]:
        out = [re.escape(ch) + rest(node[ch]) for ch in sorted(node) if ch]
        return out + [""] if "" in node else out

    def rest(node: dict[str, dict]) -> str:
        alts = branches(node)
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return "|".join(branches(root))


_ALTERNATIONS: dict[tuple[str, ...], str] = {}


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
    verb_stems: tuple[str, ...] = ()  # 会同: a verb before a body (会同|市财政局) read like a place stem
    roster_words: dict = field(default_factory=dict)  # roles.json: titles, modifiers, government heads …
    surnames: frozenset[str] = frozenset()  # names.json: single and compound surnames
    party: str = "委"  # places.json: a party committee after a place (市委宣传部)
    level_chars: str = ""  # places.json: levels of government as one character, 省 … 镇 (县级, 区直)
    cues: dict = field(default_factory=dict)  # cues.json: cue words of the matchers (docs/cues.md)
    files: dict[str, Any] = field(default_factory=dict, repr=False)  # file name -> its data, as read
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
        try:
            return self._memo[build]
        except KeyError:
            made = self._memo[build] = build(self)
            return made

    def cue(self, key: str) -> tuple[str, ...]:
        """The words of one key of ``cues.json`` (KeyError when the file has no such key)."""
        k = ("cue", key)
        if k not in self._memo:
            self._memo[k] = tuple(self.cues[key])
        return self._memo[k]

    def unit_label_roles(self) -> str:
        """A regex alternation of the role words of a unit label (``牵头``, ``配合``, ``责任``
        before ``单位``/``部门``): cues ``lead_verbs``, ``support_verbs``, ``support_labels`` and
        ``responsible_labels``, read by the layout's and the tasks' label patterns."""
        k = ("unit_label_roles",)
        if k not in self._memo:
            self._memo[k] = alternation(self.cue("lead_verbs") + self.cue("support_verbs")
                                        + self.cue("support_labels") + self.cue("responsible_labels"))
        return self._memo[k]

    def cue_re(self, key: str) -> str:
        """A regex alternation of the words of one key of ``cues.json``, longest first."""
        k = ("cue_re", key)
        if k not in self._memo:
            self._memo[k] = alternation(self.cues[key])
        return self._memo[k]

    def to_disk(self, directory: str | Path) -> None:
        """Write the data files this lexicon was read from into ``directory`` (created), so
        that ``load_lexicon(directory)`` reads the same lexicon back."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        for name, data in self.files.items():
            (out / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    def cue_class(self, key: str) -> str:
        """A regex character class of the one-character words of one key of ``cues.json``."""
        k = ("cue_class", key)
        if k not in self._memo:
            self._memo[k] = "[" + "".join(re.escape(ch) for ch in self.cues[key]) + "]"
        return self._memo[k]

    def cue_map(self, key: str) -> dict[str, tuple[str, ...]]:
        """A key of ``cues.json`` whose value maps names to words (a table's column kinds)."""
        return {name: tuple(words) for name, words in self.cues[key].items()}

    def kind_of(self, name: str) -> str | None:
        """Department kind of an organization name: the longest department name inside it,
        else an institution type, else a short name at its start (remembered per name: the
        matchers ask again and again of the same names)."""
        kinds = self.memo(_kinds_asked)
        try:
            return kinds[name]
        except KeyError:
            if len(kinds) > 100_000:
                kinds.clear()
            kind = kinds[name] = self._kind_of(name)
            return kind

    def _kind_of(self, name: str) -> str | None:
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


def _kinds_asked(lex: Lexicon) -> dict[str, str | None]:
    return {}


# the data files of a lexicon; a folder may leave out the optional ones
FILES = ("kinds.json", "institutions.json", "places.json", "roles.json", "diseases.json", "bodies.json",
         "orgforms.json", "names.json", "cues.json")
_OPTIONAL = ("orgforms.json", "names.json")  # then empty
_DEFAULTED = ("cues.json",)  # then the package's own


@lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> Lexicon:
    """The lexicon from ``directory`` (default: the package's own data files). A folder may
    leave out ``orgforms.json`` and ``names.json`` (then empty) and ``cues.json`` (then the
    package's own)."""
    d = Path(directory) if directory else LEXICON_DIR
    files: dict[str, Any] = {}
    for name in FILES:
        if (d / name).exists():
            files[name] = _read(name, d)
        elif name in _DEFAULTED:
            files[name] = _read(name, LEXICON_DIR)
        elif name not in _OPTIONAL:
            files[name] = _read(name, d)  # FileNotFoundError: a lexicon folder lacks a file
    return lexicon_from_files(files)


def lexicon_from_files(files: dict[str, Any]) -> Lexicon:
    """The lexicon of the data files' contents (file name -> data), e.g. as saved with a pipeline."""
    kinds_data, institutions_data = files["kinds.json"], files["institutions.json"]
    kinds = kinds_data["kinds"]
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
        for i in institutions_data["institutions"]
    }
    places = files["places.json"]
    roles = files["roles.json"]
    people_names = files.get("names.json") or {"surnames": []}
    dis = files["diseases.json"]
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
        level_chars=places.get("level_chars", ""),
        roles=roles["roles"],
        unit_roles=roles["unit_roles"],
        diseases=diseases,
        disease_of_form=forms,
        bodies=files["bodies.json"],
        forms=files.get("orgforms.json") or {},
        not_place_words=tuple(places.get("not_place_words", ())),
        not_prefix_words=tuple(places.get("not_prefix_words", ())),
        verb_stems=tuple(places.get("verb_stems", ())),
        roster_words=roles,
        surnames=frozenset(people_names["surnames"]) | frozenset(people_names.get("compound_surnames", [])),
        party=places["party"],
        cues=files["cues.json"],
        files=dict(files),
    )
