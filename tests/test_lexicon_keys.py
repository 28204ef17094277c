"""Word lists are data, each key read by the code: a key of a file in
``extractor/lexicons/`` that no code names fails, and so does code naming a key that its
file does not have (``cues.json`` through ``lex.cue("…")``/``cue_re``/``cue_class``/``cue_map``; the other
files through the variables ``lexicon.py`` loads them into)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.lexicon import FILES as LEXICON_FILES
from extractor.lexicon import LEXICON_DIR, load_lexicon

ROOT = Path(__file__).resolve().parents[1] / "extractor"
MATCH = ROOT / "match"
CODE = {p: p.read_text(encoding="utf-8") for p in sorted(ROOT.rglob("*.py"))}
FILES = sorted(p.name for p in LEXICON_DIR.glob("*.json"))

# how the code names a key of each file: ``cue("key")``, ``bodies["key"]``, ``forms.get("key"`` …
ACCESS = {
    "cues.json": r"\bcue(?:_re|_class|_map)?\(\s*[\"'](\w+)[\"']",
    "bodies.json": r"\bbodies(?:\[|\.get\()\s*\"(\w+)\"",
    "orgforms.json": r"\bforms(?:\[|\.get\()\s*\"(\w+)\"",
    "roles.json": r"\b(?:roles|roster_words|rw)(?:\[|\.get\()\s*\"(\w+)\"",
    "places.json": r"\bplaces(?:\[|\.get\()\s*\"(\w+)\"",
    "diseases.json": r"\bdis(?:\[|\.get\()\s*\"(\w+)\"",
    "names.json": r"\bpeople_names(?:\[|\.get\()\s*\"(\w+)\"",
    "kinds.json": r"\bkinds_data\[\"(\w+)\"\]",
    "institutions.json": r"\binstitutions_data\[\"(\w+)\"\]",
}


def _keys(name: str) -> set[str]:
    data = json.loads((LEXICON_DIR / name).read_text(encoding="utf-8"))
    return {k for k in data if k != "_doc"}


def _named(name: str) -> dict[str, list[str]]:
    """Key -> the files that name it."""
    out: dict[str, list[str]] = {}
    for path, src in CODE.items():
        for m in re.finditer(ACCESS[name], src):
            out.setdefault(m.group(1), []).append(path.name)
    return out


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [k for k, _v in pairs]
    doubled = sorted({k for k in keys if keys.count(k) > 1})
    assert not doubled, f"keys defined twice (JSON keeps the last, the first list is lost): {doubled}"
    return dict(pairs)


@pytest.mark.parametrize("name", FILES)
def test_no_key_is_defined_twice(name):
    json.loads((LEXICON_DIR / name).read_text(encoding="utf-8"), object_pairs_hook=_no_duplicate_keys)


def test_every_file_has_an_access_rule():
    assert set(FILES) == set(ACCESS) == set(LEXICON_FILES), (
        "a new lexicon file needs an entry in ACCESS (how the code reads it) and in lexicon.FILES")


@pytest.mark.parametrize("name", FILES)
def test_every_key_is_read(name):
    unused = sorted(_keys(name) - set(_named(name)))
    assert not unused, f"{name}: keys no code reads: {unused} (read them or remove them)"


@pytest.mark.parametrize("name", FILES)
def test_every_named_key_exists(name):
    missing = {k: v for k, v in _named(name).items() if k not in _keys(name)}
    assert not missing, f"{name}: the code names keys the file lacks: {missing}"


def test_cues_are_lists_of_words():
    lex = load_lexicon()
    for key, value in lex.cues.items():
        if key == "_doc":
            continue
        groups = value.values() if isinstance(value, dict) else [value]
        for words in groups:
            assert words and all(isinstance(w, str) and w for w in words), key
            assert len(set(words)) == len(words), f"{key}: a word listed twice"


def test_a_missing_cue_key_fails_loudly():
    with pytest.raises(KeyError):
        load_lexicon().cue("no_such_key")


# the matchers whose cue words moved to cues.json
CUED = ("duties.py", "subjects.py", "tasks.py", "roster.py", "posts.py", "mechanism.py", "orgs.py")


def test_cue_words_are_not_repeated_in_code():
    """The support cues (配合/协助/协同 …) live in cues.json, not in the matchers' code."""
    lex = load_lexicon()
    pattern = re.compile("|".join(lex.cue("support_verbs")))
    offenders = []
    for path, src in CODE.items():
        if MATCH not in path.parents or path.relative_to(MATCH).parts[0].removesuffix(".py") + ".py" not in CUED:
            continue  # a module of match/, or of a package of match/ (match/duties/…)
        for k, line in enumerate(src.splitlines(), 1):
            code = line.split("#", 1)[0]
            literals = re.findall(r"\"[^\"]*\"|'[^']*'", code)
            if any(pattern.search(lit) for lit in literals) and '"""' not in line:
                offenders.append(f"{path.name}:{k}: {line.strip()}")
    assert not offenders, "support cue words written in code:\n" + "\n".join(offenders)


def test_every_cue_key_is_documented():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "cues.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\w+)` \|", doc, re.M))
    assert documented == _keys("cues.json"), (
        f"docs/cues.md: undocumented {sorted(_keys('cues.json') - documented)}, "
        f"no longer in cues.json {sorted(documented - _keys('cues.json'))}")


def test_alternation_longest_first_and_remembered() -> None:
    """``alternation``: literal words, each once, escaped, as a trie of their characters
    (the longer words before the word ending where they go on); the same list asked again
    (a list, a tuple or a generator of it) gives the same pattern."""
    from extractor.lexicon import alternation

    words = ["局", "卫生健康局", "卫生", "局", "a.b"]
    assert alternation(words) == r"a\.b|卫生(?:健康局|)|局"
    assert alternation(tuple(words)) == alternation(w for w in words) == alternation(words)
    assert re.fullmatch(alternation(words), "卫生健康局")
    assert re.match(alternation(words), "卫生健康局").group(0) == "卫生健康局"  # the longest
    assert re.compile(alternation(words)).match("卫生健康局", 0, 4).group(0) == "卫生"  # the longest that fits
    assert alternation(["卫生"]) == "卫生"
    assert alternation([]) == ""
    assert alternation(["", "a"]) == "a|"  # an empty word: an empty last branch


def test_alternation_matches_as_the_flat_alternation() -> None:
    """The trie matches what the flat alternation of the words, longest first, matches, with
    the same groups and the same backtracking inside a larger pattern, at every position and
    end position: random word lists over a small alphabet (words that are prefixes of others,
    shared prefixes, regex metacharacters)."""
    import random

    from extractor.lexicon import alternation

    rng = random.Random(7)
    alphabet = "卫生局市县.a|("
    for _ in range(150):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 12))]
        flat = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
        trie = alternation(words)
        for shape in ("{}", "(?P<a>{})(?P<b>{})?局", "(?:{})+生", "(?:{}){{2}}$"):
            fx, tx = re.compile(shape.format(flat, flat)), re.compile(shape.format(trie, trie))
            for _ in range(6):
                text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
                assert [m.span() for m in fx.finditer(text)] == [m.span() for m in tx.finditer(text)]
                for pos in range(len(text) + 1):
                    for end in (len(text), pos + 2):
                        a, b = fx.match(text, pos, end), tx.match(text, pos, end)
                        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (words, shape, text)
                        a, b = fx.fullmatch(text, pos, end), tx.fullmatch(text, pos, end)
                        assert (a and a.span()) == (b and b.span())
