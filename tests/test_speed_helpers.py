"""Speed helpers of extraction give what the code they replace gave (issue 11, session 26)."""

from __future__ import annotations

import re
from re import _compiler  # type: ignore[attr-defined]

import pytest

from extractor import recharset
from extractor.lexicon import load_lexicon
from extractor.match.subjects import SubjectCues, _actor_ending
from extractor.normalize import HAN, simplified, t2s_converter

PATTERNS = [
    rf"[{HAN}]{{2,30}}?(?:领导小组|委员会)",
    r"[\u4e00-\u9fff]+",
    r"[^，。；、：\s]{2,30}?的",
    r"[a-zA-Z0-9_]+|[（(][^）)]*[）)]",
    r"(?i)[a-z\u00c0-\u024f]+",
    r"[\U00020000-\U0002a6df\u3400-\u4dbf]",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_memoized_charsets_compile_to_the_same_code(pattern: str) -> None:
    recharset.install()
    memo = _compiler._optimize_charset
    assert getattr(memo, "_policykg_memo", False)
    parsed = re._parser.parse(pattern, 0)  # type: ignore[attr-defined]
    with_memo = [_compiler._code(re._parser.parse(pattern, 0), 0) for _ in range(2)]  # type: ignore[attr-defined]
    original = memo.__closure__[0].cell_contents  # the wrapped function
    try:
        _compiler._optimize_charset = original
        without = _compiler._code(parsed, 0)
    finally:
        _compiler._optimize_charset = memo
    assert with_memo[0] == without and with_memo[1] == without


def test_install_twice_wraps_once() -> None:
    assert recharset.install() and recharset.install()
    assert not getattr(_compiler._optimize_charset.__closure__[0].cell_contents, "_policykg_memo", False)


def test_actor_ending_is_the_longest_fitting_one() -> None:
    cues = SubjectCues(load_lexicon())

    def reference(name: str, vague: bool) -> str | None:  # the generator it replaced
        return next((e for e in cues.actor_endings if name.endswith(e) and (len(name) > len(e) or vague)), None)

    names = [name + tail for tail in (*cues.actor_endings, "", "办法")
             for name in ("", "相关", "资源", "互联网信息服务")]
    names += [e[1:] for e in cues.actor_endings]
    for name in names:
        for vague in (False, True):
            assert _actor_ending(cues, name, vague) == reference(name, vague), (name, vague)


def test_simplified_title_is_opencc_t2s() -> None:
    convert = t2s_converter()
    for title in ("關於印發衛生工作方案的通知", "关于印发方案的通知", ""):
        assert simplified(title) == (convert(title) if convert and title else title)
