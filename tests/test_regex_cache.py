"""The regex programs a build keeps in its cache (extractor/store/regex_cache.py): a pattern
compiled from the file is the pattern ``re`` compiles, and the file never decides whether
a pattern compiles."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.store import regex_cache

# Patterns of the kinds the matchers write: CJK classes, named groups, flags, lookarounds.
PATTERNS = [
    (r"(?P<body>[一-鿿]{2,8}?(?:局|委员会|办公室))(?:牵头|负责)", 0),
    (r"^\s*[（(]?[一二三四五六七八九十]+[)）、.]", re.M),
    (r"(?<![A-Za-z])covid-?19(?!\d)", re.I),
    (r"(?:联系人|联络员)[:：]\s*(?P<name>\S{2,4})", 0),
    (r"[\u3000\s]+|[，,；;]", 0),
]
SAMPLES = ["县卫生健康委员会牵头，县公安局负责", "（三）联系人：王小明\n二、职责", "COVID19 and covid-19",
           "联络员: 李四；", "a　b，c"]


def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    re.purge()  # (re keeps compiled patterns: each call must reach the compiler)
    return re.compile(pattern, flags)


def _answers(p: re.Pattern[str]) -> list[object]:
    return [(m.span(), m.groupdict(), m.groups()) for text in SAMPLES for m in p.finditer(text)]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    return (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex) \
        and _answers(a) == _answers(b)


def test_patterns_compiled_from_the_kept_programs_are_those_re_compiles(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    plain = [_compiled(p, f) for p, f in PATTERNS]
    with regex_cache.kept(tmp_path):  # first build: compiled, and kept on leaving
        first = [_compiled(p, f) for p, f in PATTERNS]
    assert (tmp_path / regex_cache.FILE_NAME).is_file()
    from re import _parser  # type: ignore[attr-defined]

    def no_parsing(*_args: object) -> None:
        raise AssertionError("parsed a pattern the file holds")

    monkeypatch.setattr(_parser, "parse", no_parsing)
    with regex_cache.kept(tmp_path):  # next build: from the file, not parsed
        again = [_compiled(p, f) for p, f in PATTERNS]
    monkeypatch.undo()
    for a, b, c in zip(plain, first, again, strict=True):
        assert _same(a, b) and _same(a, c)
    assert _answers(again[0]) and _answers(again[3])  # (the samples do match)


def test_outside_a_build_re_compiles_as_before(tmp_path: Path) -> None:
    from re import _compiler  # type: ignore[attr-defined]

    before = _compiler.compile
    with regex_cache.kept(tmp_path):
        assert _compiler.compile is not before
    assert _compiler.compile is before
    with pytest.raises(re.error):  # a bad pattern is the error re gives, in a build too
        with regex_cache.kept(tmp_path):
            _compiled(r"(?P<x>[一-鿿]", 0)


def _write(folder: Path, python: str, programs: list[list[object]]) -> None:
    (folder / regex_cache.FILE_NAME).write_text(json.dumps({"python": python, "programs": programs}),
                                                encoding="utf-8")


@pytest.mark.parametrize("damage", ["other python", "not json", "refused program", "wrong shape"])
def test_a_file_of_another_python_or_damaged_changes_nothing(tmp_path: Path, damage: str) -> None:
    pattern, flags = PATTERNS[0]
    with regex_cache.kept(tmp_path):
        _compiled(pattern, flags)
    path = tmp_path / regex_cache.FILE_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    if damage == "other python":
        data["python"] = "cpython-39 3.9.0"
        path.write_text(json.dumps(data), encoding="utf-8")
    elif damage == "not json":
        path.write_text('{"python": "cpy', encoding="utf-8")
    elif damage == "refused program":  # the engine checks every program it is given
        data["programs"][0][3] = [999, 1, 2]
        _write(tmp_path, data["python"], data["programs"])
    else:
        _write(tmp_path, data["python"], [[pattern, flags, "x"]])
    with regex_cache.kept(tmp_path):
        got = _compiled(pattern, flags)
    assert _same(got, _compiled(pattern, flags))
    if damage != "refused program":  # the file is written anew, whole
        assert json.loads(path.read_text(encoding="utf-8"))["python"] == regex_cache._python_tag()


def test_a_folder_that_cannot_be_written_only_costs_the_speed(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.write_text("not a folder", encoding="utf-8")
    with regex_cache.kept(folder):
        got = _compiled(*PATTERNS[1])
    assert _same(got, _compiled(*PATTERNS[1]))


def test_an_interruption_while_compiling_goes_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build's time budget (an exception raised by a signal) is not taken for a pattern
    the engine refused."""
    from re import _parser  # type: ignore[attr-defined]

    class Interrupted(Exception):
        pass

    parse = _parser.parse
    calls: list[object] = []

    def interrupted_once(*args: object) -> object:  # (a signal arrives once, while parsing)
        calls.append(args)
        if len(calls) == 1:
            raise Interrupted
        return parse(*args)

    monkeypatch.setattr(_parser, "parse", interrupted_once)
    with pytest.raises(Interrupted), regex_cache.kept(tmp_path):
        _compiled(r"(?P<late>[一-鿿]+)办公室", 0)
