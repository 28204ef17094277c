"""The regex programs of the extractor's patterns, kept across builds.

A build that extracts one notice imports the matchers, which compile ~550 patterns
(spaCy's tokenizer rules among them): ``re`` parses each and turns it into the program its
engine runs, ~0.25 s of CPU of the ~1.8 s such a build takes. The program depends only on
the pattern, its flags and the Python that made it, so :func:`kept` keeps the programs
compiled during a build's first notice in a file of the build cache
(``corpus/.cache/regex-programs.cache``, JSON) and hands them to the engine
(``_sre.compile``, which checks every program it gets) in the next builds instead of
compiling again. A file of another Python, or damaged, is ignored and written anew; a
program the engine refuses is compiled as usual. Output never depends on the file: a
pattern compiled from it is the one ``re`` compiles (``tests/test_regex_cache.py``).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

FILE_NAME = "regex-programs.cache"
#: Programs a file keeps (a build compiles ~550; notices add a few each).
LIMIT = 4000

#: What the engine raises for a program it refuses (or arguments of the wrong shape). Only
#: these are caught: any other exception (a build's time budget among them) goes through.
_REFUSED = (RuntimeError, TypeError, ValueError, OverflowError)

#: One pattern's program: (flags after parsing, code, groups, group index, index group).
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _python_tag() -> str:
    """What a program depends on besides its pattern: the Python and its regex engine's version."""
    import _sre  # type: ignore[import-not-found]

    return f"{sys.implementation.cache_tag} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}"


def _load(path: Path) -> dict[tuple[str, int], Program]:
    """The programs of the file at ``path`` by (pattern, flags); none when the file is missing,
    damaged or made by another Python."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        if data.get("python") != _python_tag():
            return {}
        return {(p, f): (ff, code, groups, index, tuple(names))
                for p, f, ff, code, groups, index, names in data["programs"]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _save(path: Path, programs: dict[tuple[str, int], Program]) -> None:
    """Temp file + ``os.replace``; a file that cannot be written is left as it is."""
    rows = [[p, f, *program] for (p, f), program in programs.items()]
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            # (one string, one write: ``json.dump`` wrote it piece by piece, 3x the CPU)
            fh.write(json.dumps({"python": _python_tag(), "programs": rows}, ensure_ascii=False,
                                separators=(",", ":")))
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _program(pattern: str, flags: int) -> Program:
    """What ``re._compiler.compile`` hands the engine for ``pattern`` (3.11–3.12)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    index = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, i in index.items():
        names[i] = name
    return int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, index, tuple(names)


def _compiling(original: Callable[..., Any], programs: dict[tuple[str, int], Program],
               new: dict[tuple[str, int], Program]) -> Callable[..., Any]:
    """A stand-in for ``re._compiler.compile`` (``original``): a pattern's program from
    ``programs`` when the engine takes it, else compiled here and kept in ``new`` (up to
    :data:`LIMIT` programs in all), else compiled by ``original``."""
    import _sre  # type: ignore[import-not-found]
    from re import _constants  # type: ignore[attr-defined]

    def compile(pattern: Any, flags: int = 0) -> Any:  # noqa: A001 (re._compiler.compile's own name)
        if not isinstance(pattern, str) or flags & _constants.SRE_FLAG_DEBUG:
            return original(pattern, flags)
        key = (pattern, int(flags))
        program = programs.get(key)
        if program is not None:
            try:
                return _sre.compile(pattern, *program)
            except _REFUSED:  # (the engine's check: compiled as usual)
                del programs[key]
        if len(programs) + len(new) >= LIMIT:
            return original(pattern, flags)
        try:
            program = _program(pattern, key[1])
            compiled = _sre.compile(pattern, *program)
        except (re.error, AttributeError, *_REFUSED):  # (re's own error, or a Python whose re differs)
            return original(pattern, flags)
        new[key] = program
        return compiled

    return compile


@contextlib.contextmanager
def kept(folder: Path) -> Iterator[None]:
    """Inside, regex compiles of this process take their programs from ``folder``'s file
    (:data:`FILE_NAME`) when it has them; on leaving, the file gets the programs compiled
    inside that it lacked, and ``re`` compiles as before."""
    try:
        from re import _compiler  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python < 3.11 names it sre_compile
        yield
        return
    original = _compiler.compile
    path = folder / FILE_NAME
    programs = _load(path)
    new: dict[tuple[str, int], Program] = {}
    _compiler.compile = _compiling(original, programs, new)
    try:
        yield
    finally:
        _compiler.compile = original
        if new:
            with contextlib.suppress(OSError):
                folder.mkdir(parents=True, exist_ok=True)
            _save(path, {**programs, **new})
