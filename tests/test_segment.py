"""The rjieba backend gives exactly jieba's tokens, and the spaCy tokenizer spaCy's Doc."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import segment
from extractor.errors import PolicyKGError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").glob("[0-9][0-9][0-9]_*.txt"))

HAND_MADE = [
    "",
    "关于2021-2030年消除艾滋病、梅毒和乙肝母婴传播行动计划（2022—2025年）的通知",
    "截至2023-10-19，0-6岁儿童健康管理率达到95.5%以上，C++与C#&Python_3混排。",
    "张  威   某某县卫生健康委党组书记、主任\r\n李　明\t某某市公安局副局长\n\n",
    "Ⅲ级响应；ᠤᠨᠳᠤᠰᠤ文字；𠀀𠀁扩展B区汉字与2025%混排；emoji😀与ｆｕｌｌｗｉｄｔｈ２０２５。",
    "  leading spaces, ASCII only: covid-19 v2.0 50% a.b.c  ",
    "\u00a0\u3000\u2028\u200b零宽字符\ufeff和各种空白\x0b\x0c",
]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS] + HAND_MADE


def test_five_seed_notices_present() -> None:
    assert len(SEEDS) == 5


@pytest.mark.parametrize("hmm", [True, False], ids=["hmm", "no-hmm"])
@pytest.mark.parametrize("index", range(len(SEEDS) + len(HAND_MADE)))
def test_rjieba_tokens_equal_jieba(index: int, hmm: bool) -> None:
    text = _texts()[index]
    expected = segment.jieba_cut(text, hmm)
    got = segment.rjieba_cut(text, hmm)
    assert got == expected
    assert "".join(got) == text


def test_bare_rjieba_differs_from_jieba_with_hmm() -> None:
    """Why the wrapper exists: rjieba alone keeps ``2021-2030`` whole where jieba splits it."""
    import rjieba

    text = "《内蒙古自治区妇女发展纲要（2021-2030）》"
    assert "2021-2030" in rjieba.cut(text, True)
    assert "2021-2030" not in segment.jieba_cut(text, True)
    assert segment.rjieba_cut(text, True) == segment.jieba_cut(text, True)


def test_bare_rjieba_groups_extension_b_characters() -> None:
    import rjieba

    text = "甲𠀀%乙"
    assert rjieba.cut(text, True) != segment.jieba_cut(text, True)
    assert segment.rjieba_cut(text, True) == segment.jieba_cut(text, True)


_seed_text = "".join(_texts()[: len(SEEDS)])
_alphabet = st.one_of(
    st.sampled_from(sorted(set(_seed_text))),
    st.sampled_from(list("abcXYZ0123456789-._%+#&  \r\n\t\u3000")),
    st.characters(codec="utf-8"),
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.text(alphabet=_alphabet, max_size=80), hmm=st.booleans())
def test_rjieba_equals_jieba_on_random_text(text: str, hmm: bool) -> None:
    assert segment.rjieba_cut(text, hmm) == segment.jieba_cut(text, hmm)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=st.text(alphabet=_alphabet, max_size=120))
def test_words_and_spaces_equals_spacy(text: str) -> None:
    from spacy.util import get_words_and_spaces

    tokens = segment.jieba_cut(text)
    assert segment.words_and_spaces(tokens, text) == get_words_and_spaces(tokens, text)


@pytest.fixture(scope="module")
def spacy_zh():
    import spacy

    segment.quiet_jieba()
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


@pytest.mark.parametrize("backend", segment.BACKENDS)
def test_tokenizer_gives_spacys_doc(spacy_zh, backend: str) -> None:
    tok = segment.make_tokenizer(spacy_zh, backend)
    for text in _texts():
        ours = tok(text)
        theirs = spacy_zh.tokenizer(text)
        assert [t.text for t in ours] == [t.text for t in theirs]
        assert [t.whitespace_ for t in ours] == [t.whitespace_ for t in theirs]
        assert [t.idx for t in ours] == [t.idx for t in theirs]
        assert ours.text == text


def test_use_segmenter_and_registry(spacy_zh) -> None:
    import spacy

    nlp = segment.use_segmenter(spacy.blank("zh"), "rjieba")
    assert isinstance(nlp.tokenizer, segment.SegmenterTokenizer)
    assert [t.text for t in nlp("奈曼旗卫生健康委")] == [
        t.text for t in spacy_zh("奈曼旗卫生健康委")
    ]
    segment.register()
    cfg = {"nlp": {"tokenizer": {"@tokenizers": "policykg.SegmenterTokenizer.v1", "backend": "rjieba"}}}
    nlp2 = spacy.blank("zh", config=cfg)
    assert nlp2.tokenizer.backend == "rjieba"


def test_backend_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(segment.SEGMENTER_ENV, raising=False)
    assert segment.chosen_backend() == "rjieba"
    monkeypatch.setenv(segment.SEGMENTER_ENV, "RJieba")
    assert segment.chosen_backend() == "rjieba"
    assert segment.chosen_backend("jieba") == "jieba"
    monkeypatch.setenv(segment.SEGMENTER_ENV, "pkuseg")
    with pytest.raises(PolicyKGError, match="unknown segmenter 'pkuseg'"):
        segment.chosen_backend()


def test_quiet_jieba_silent_and_per_user_cache(tmp_path: Path) -> None:
    """A fresh process: no 'Building prefix dict' on stderr, cache written under $POLICYKG_CACHE."""
    cache = tmp_path / "cache dir 缓存"
    code = (
        "from extractor import segment\n"
        "folder = segment.quiet_jieba()\n"
        "print(folder)\n"
        "print('|'.join(segment.jieba_cut('卫生健康委员会')))\n"
    )
    env = {**os.environ, segment.CACHE_ENV: str(cache)}
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.splitlines()[0] == str(cache)
    assert "卫生" in proc.stdout
    assert (cache / "jieba.cache").is_file()


def test_rjieba_has_word_agrees_with_jieba_freq() -> None:
    """The HMM fix asks rjieba instead of loading jieba: same answer on every non-Han entry."""
    import re

    import rjieba

    freq = segment._jieba_freq()
    han = re.compile("[\u4e00-\u9fd5]")
    nonhan = [w for w in freq if not han.search(w)]
    assert len(nonhan) > 20
    assert [w for w in nonhan if bool(freq[w]) != rjieba.has_word(w)] == []
    assert not rjieba.has_word("2021-2030")


def test_add_word_keeps_backends_equal() -> None:
    """Run in a child process: added words would change segmentation for later tests."""
    code = (
        "import pathlib\n"
        "from extractor import segment\n"
        f"text = pathlib.Path({str(SEEDS[0])!r}).read_text(encoding='utf-8')\n"
        "text += '某某旗消除母婴传播工作部门协作机制，妇幼健康股牵头。'\n"
        "for word in ('消除母婴传播', '部门协作机制', '妇幼健康股'):\n"
        "    segment.add_word(word, 2000)\n"
        "for hmm in (True, False):\n"
        "    got = segment.rjieba_cut(text, hmm)\n"
        "    assert got == segment.jieba_cut(text, hmm), hmm\n"
        "    assert '部门协作机制' in got\n"
        "print('ok')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
