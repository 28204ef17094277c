"""Faster regex compiles: each character set optimized once per process.

Compiling a pattern, ``re`` turns every character class into its compact form with
``re._compiler._optimize_charset``, which walks a range code point by code point: a CJK
class such as ``[\u4e00-\u9fff]`` (in hundreds of the matchers' patterns) costs 21,000
steps each time it is compiled. Starting extraction compiles ~500 patterns with ~1,900
classes, 478 of them distinct: 0.4 s of CPU, a fifth of what a one-notice build spends
before its notice. :func:`install` wraps that function with a memo keyed by its
arguments (it is pure), so each distinct class is optimized once; the compiled patterns
are the same (``tests/test_recharset.py`` compares their code).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_MEMO: dict[tuple[Any, ...], tuple[list[Any], bool]] = {}
_LIMIT = 4096  # distinct classes kept (a process of the extractor makes ~500)


def install() -> bool:
    """Memoize ``re._compiler._optimize_charset`` in this process (once); False when this
    Python's ``re`` has no such function (then nothing changes)."""
    try:
        from re import _compiler  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python < 3.11 names it sre_compile
        return False
    original = getattr(_compiler, "_optimize_charset", None)
    if original is None or getattr(original, "_policykg_memo", False):
        return original is not None
    _compiler._optimize_charset = _memoized(original)
    return True


def _memoized(original: Callable[..., tuple[list[Any], bool]]) -> Callable[..., tuple[list[Any], bool]]:
    def optimize_charset(charset: list[Any], iscased: Any = None, fixup: Any = None,
                         fixes: Any = None) -> tuple[list[Any], bool]:
        try:
            key = (tuple(charset), iscased, fixup, id(fixes) if fixes is not None else None)
            hit = _MEMO.get(key)
        except TypeError:  # (an unhashable item: not kept)
            return original(charset, iscased, fixup, fixes)
        if hit is None:
            hit = original(charset, iscased, fixup, fixes)
            if len(_MEMO) < _LIMIT:
                _MEMO[key] = hit
        return list(hit[0]), hit[1]  # (a list of its own for the caller)

    optimize_charset._policykg_memo = True  # type: ignore[attr-defined]
    return optimize_charset
