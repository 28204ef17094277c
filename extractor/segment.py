"""Segmenter backends for the spaCy pipeline: jieba (default) and rjieba (jieba-rs).

``rjieba`` runs jieba's own algorithm (same dictionary, same HMM model) in Rust, about ten
times faster. On its own it differs from jieba in two places: characters outside jieba's
"word" class (e.g. CJK Extension B) are grouped with neighbours, and with the HMM on,
runs such as ``2021-2030`` stay whole where jieba splits them. :func:`rjieba_cut` wraps it
in jieba's own outer layer (block split on ``re_han_default``, whitespace handling) and
re-splits non-Han runs as jieba's HMM step does, so its tokens equal ``jieba.cut``'s;
``tests/test_segment.py`` checks this on the seed notices, hand-made text and random text.

The backend is chosen by ``make_tokenizer(nlp, backend)`` or ``$POLICYKG_SEGMENTER``
(``jieba`` | ``rjieba``). spaCy and jieba are imported lazily: importing this module is cheap.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate, compress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import PolicyKGError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

SEGMENTER_ENV = "POLICYKG_SEGMENTER"
TEXT_KEY = "policykg_text"  # doc.user_data: the text a SegmenterTokenizer was given
CACHE_ENV = "POLICYKG_CACHE"
BACKENDS = ("jieba", "rjieba")
# rjieba is the default: rjieba_cut's tokens are proven equal to jieba's (tests/test_segment.py)
# and it is ~10x faster; jieba is used when rjieba cannot be imported.
DEFAULT_BACKEND = "rjieba"

# jieba 0.42's own patterns (jieba/__init__.py and jieba/finalseg/__init__.py).
_RE_HAN_DEFAULT = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_RE_SKIP_DEFAULT = re.compile("(\r\n|\\s)")
_RE_HAN = re.compile("[\u4e00-\u9fd5]")
_RE_FINALSEG_SKIP = re.compile("([a-zA-Z0-9]+(?:\\.\\d+)?%?)")
# Two or more non-Han word-class characters in a row: only blocks with one need fixing.
_RE_NONHAN_RUN = re.compile("[a-zA-Z0-9+#&\\._%\\-]{2}")
_RE_NONHAN_RUNS = re.compile("[a-zA-Z0-9+#&\\._%\\-]{2,}")
# Text made only of these characters is cut by rjieba in one call (see _rjieba_fast); the
# ranges were checked against jieba by tests/test_segment.py. Anything else (e.g. CJK
# Extension B, which rjieba groups with its neighbours) goes block by block.
_RE_UNSAFE = re.compile("[^\u4e00-\u9fd5\u0000-\u00ff\u2000-\u206f\u3000-\u303f\uff00-\uffef]+")

_quiet_done = False


class SegmenterError(PolicyKGError):
    """An unknown segmenter backend was asked for."""


def cache_dir() -> Path:
    """Per-user cache folder: ``$POLICYKG_CACHE``, else ``$XDG_CACHE_HOME/policykg``, else ``~/.cache/policykg``."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "policykg"


def quiet_jieba() -> Path | None:
    """Silence jieba's stderr logging and move its dictionary cache to a per-user folder.

    Call once before the first segmentation (idempotent). Returns the cache folder used,
    or ``None`` when no writable per-user folder exists (jieba then keeps its own
    default, still silently).
    """
    global _quiet_done
    import jieba

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    if _quiet_done:
        return Path(jieba.dt.tmp_dir) if jieba.dt.tmp_dir else None
    _quiet_done = True
    folder: Path | None = cache_dir()
    try:
        assert folder is not None
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        probe = tempfile.NamedTemporaryFile(dir=folder, delete=True)
        probe.close()
    except (OSError, AssertionError):
        folder = None
    if folder is not None and not jieba.dt.initialized:
        jieba.dt.tmp_dir = str(folder)
    return folder


def chosen_backend(backend: str | None = None) -> str:
    """``backend``, else ``$POLICYKG_SEGMENTER``, else rjieba (jieba when rjieba is missing).

    Unknown names raise SegmenterError; asking for rjieba explicitly when it is not
    installed raises too.
    """
    explicit = backend or os.environ.get(SEGMENTER_ENV)
    name = (explicit or DEFAULT_BACKEND).strip().lower()
    if name not in BACKENDS:
        raise SegmenterError(
            f"unknown segmenter {name!r} (from {'the caller' if backend else SEGMENTER_ENV}); "
            f"choose one of: {', '.join(BACKENDS)}"
        )
    if name == "rjieba" and not _rjieba_available():
        if explicit:
            raise SegmenterError("segmenter 'rjieba' is not installed (pip install rjieba)")
        return "jieba"
    return name


def _rjieba_available() -> bool:
    try:
        import rjieba  # noqa: F401
    except ImportError:
        return False
    return True


_pending_jieba_words: dict[str, int] = {}


def add_word(word: str, freq: int) -> None:
    """Add a word to both backends' dictionaries with the same frequency (keeps them equal).

    Use this rather than ``jieba.add_word``/``rjieba.add_word``: a word added to one backend
    only makes their tokens differ. jieba gets it on its next use (it is not loaded here).
    """
    if _rjieba_available():
        import rjieba

        rjieba.add_word(word, int(freq), None)
    _pending_jieba_words[word] = int(freq)


def _sync_jieba() -> None:
    if _pending_jieba_words:
        import jieba

        for word, freq in list(_pending_jieba_words.items()):
            jieba.add_word(word, freq)
        _pending_jieba_words.clear()


def jieba_cut(text: str, hmm: bool = True) -> list[str]:
    """jieba's segmentation as spaCy's ``zh`` tokenizer does it (accurate mode, HMM on)."""
    import jieba

    quiet_jieba()
    _sync_jieba()
    return [w for w in jieba.cut(text, cut_all=False, HMM=hmm) if w]


def _jieba_freq() -> dict[str, int]:
    import jieba

    quiet_jieba()
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def rjieba_cut(text: str, hmm: bool = True) -> list[str]:
    """Segment with rjieba, returning exactly the tokens of ``jieba.cut(text, HMM=hmm)``."""

    has_word = _rjieba_has_word() if hmm else None
    # Characters outside the safe ranges are never inside a jieba block, so cutting the
    # text around them changes nothing: safe stretches go fast, the rest block by block.
    out: list[str] = []
    pos = 0
    for m in _RE_UNSAFE.finditer(text):
        if m.start() > pos:
            out.extend(_rjieba_fast(text[pos : m.start()], hmm, has_word))
        out.extend(_rjieba_blocks(m.group(), hmm, has_word))
        pos = m.end()
    if pos < len(text) or not text:
        out.extend(_rjieba_fast(text[pos:], hmm, has_word))
    return out


def _rjieba_has_word() -> Callable[[str], bool]:
    """rjieba's dictionary test; it agrees with jieba's ``FREQ.get(w) > 0`` on every
    non-Han entry of the shared dictionary (checked in tests), so jieba need not be loaded."""
    import rjieba

    return rjieba.has_word


def _rjieba_fast(text: str, hmm: bool, has_word: Callable[[str], bool] | None) -> list[str]:
    """Whole text in one rjieba call (text of Han, ASCII, Latin-1, CJK/fullwidth punctuation);
    with the HMM on, only tokens overlapping a non-Han run are re-split."""
    import rjieba

    words = rjieba.cut(text, hmm)
    if not hmm:
        return words
    runs = [m.span() for m in _RE_NONHAN_RUNS.finditer(text)]
    if not runs:
        return words
    ends = list(accumulate(map(len, words)))
    todo: set[int] = set()
    for start, end in runs:
        first = bisect_right(ends, start)
        last = bisect_left(ends, end)
        todo.update(range(first, last + 1))
    out: list[str] = []
    prev = 0
    for i in sorted(todo):
        out.extend(words[prev:i])
        out.extend(_fix_hmm_nonhan([words[i]], has_word))  # type: ignore[arg-type]
        prev = i + 1
    out.extend(words[prev:])
    return out


def _rjieba_blocks(text: str, hmm: bool, has_word: Callable[[str], bool] | None) -> list[str]:
    """jieba's outer layer in Python, rjieba on each word block (any text)."""
    import rjieba

    cut = rjieba.cut
    out: list[str] = []
    append = out.append
    extend = out.extend
    is_word = _RE_HAN_DEFAULT.match
    for blk in _RE_HAN_DEFAULT.split(text):
        if not blk:
            continue
        if is_word(blk):
            words = cut(blk, hmm)
            if hmm and _RE_NONHAN_RUN.search(blk):
                words = _fix_hmm_nonhan(words, has_word)  # type: ignore[arg-type]
            extend(words)
        else:
            for piece in _RE_SKIP_DEFAULT.split(blk):
                if not piece:
                    continue
                if _RE_SKIP_DEFAULT.match(piece):
                    append(piece)
                else:
                    extend(piece)
    return out


def _fix_hmm_nonhan(words: list[str], has_word: Callable[[str], bool]) -> list[str]:
    """Re-split multi-character non-Han tokens the way jieba's HMM step (finalseg) does."""
    fixed: list[str] = []
    for w in words:
        if len(w) > 1 and not _RE_HAN.search(w) and not has_word(w):
            fixed.extend(p for p in _RE_FINALSEG_SKIP.split(w) if p)
        else:
            fixed.append(w)
    return fixed


def segment(text: str, backend: str | None = None, hmm: bool = True) -> list[str]:
    """Tokens of ``text`` with the chosen backend (both give the same tokens)."""
    name = chosen_backend(backend)
    return rjieba_cut(text, hmm) if name == "rjieba" else jieba_cut(text, hmm)


def words_and_spaces(tokens: Iterable[str], text: str) -> tuple[list[str], list[bool]]:
    """Linear-time equivalent of ``spacy.util.get_words_and_spaces`` for tokens that
    concatenate to ``text`` (as jieba's do); spaCy's version is quadratic in the text length.

    Whitespace tokens are dropped; one ``" "`` after a word becomes that word's trailing
    space; any other run of whitespace becomes one token. Work is done per run of words.
    """
    toks = list(tokens)
    if "".join(toks) != text:
        from spacy.util import get_words_and_spaces

        return get_words_and_spaces(toks, text)
    white = list(compress(range(len(toks)), map(str.isspace, toks)))
    if not white:
        return toks, [False] * len(toks)
    ends = list(accumulate(map(len, toks)))
    n = len(text)
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0  # text consumed so far
    first = 0  # first token of the current run of words
    white.append(len(toks))
    for stop in white:
        if stop > first:
            start = ends[first - 1] if first else 0
            if start > pos:  # the whitespace between the previous run and this one
                words.append(text[pos:start])
                spaces.append(False)
            words.extend(toks[first:stop])
            spaces.extend([False] * (stop - first))
            pos = ends[stop - 1]
            if pos < n and text[pos] == " ":
                spaces[-1] = True
                pos += 1
        first = stop + 1
    if pos < n:
        words.append(text[pos:])
        spaces.append(False)
    return words, spaces


class SegmenterTokenizer:
    """A spaCy tokenizer (``Text -> Doc``) giving the same Doc as spaCy's jieba ``zh`` tokenizer."""

    def __init__(self, vocab: Any, backend: str | None = None, hmm: bool = True) -> None:
        self.vocab = vocab
        self.backend = chosen_backend(backend)
        self.hmm = hmm
        self._cut: Callable[[str, bool], list[str]] = (
            rjieba_cut if self.backend == "rjieba" else jieba_cut
        )
        if self.backend != "rjieba":
            quiet_jieba()

    def __call__(self, text: str) -> Doc:
        from spacy.tokens import Doc

        words, spaces = words_and_spaces(self._cut(text, self.hmm), text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        # ``doc.text`` is rebuilt token by token on every access (costly on long notices):
        # the pipeline's first component takes the text from here (and drops it).
        doc.user_data[TEXT_KEY] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    # spaCy calls these when saving/loading a pipeline; there is no state beyond the config.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> SegmenterTokenizer:
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: Any, **kwargs: Any) -> SegmenterTokenizer:
        return self


def make_tokenizer(nlp: Language, backend: str | None = None, hmm: bool = True) -> SegmenterTokenizer:
    """A tokenizer for ``nlp`` using ``backend`` (default: ``$POLICYKG_SEGMENTER`` or jieba)."""
    return SegmenterTokenizer(nlp.vocab, backend, hmm)


def use_segmenter(nlp: Language, backend: str | None = None) -> Language:
    """Replace ``nlp.tokenizer`` with :class:`SegmenterTokenizer` for the chosen backend."""
    nlp.tokenizer = make_tokenizer(nlp, backend)
    return nlp


TOKENIZER_NAME = "policykg.SegmenterTokenizer.v1"


def create_segmenter_tokenizer(backend: str = DEFAULT_BACKEND, hmm: bool = True) -> Callable[[Any], SegmenterTokenizer]:
    """The tokenizer ``policykg.SegmenterTokenizer.v1`` of a pipeline's config (registered by
    :func:`register`, and found by ``spacy.load`` through the ``spacy_tokenizers`` entry
    point of setup.cfg)::

    [nlp.tokenizer]
    @tokenizers = "policykg.SegmenterTokenizer.v1"
    backend = "rjieba"
    """

    def factory(nlp: Any) -> SegmenterTokenizer:
        return SegmenterTokenizer(nlp.vocab, backend, hmm)

    return factory


_registered = False


def register() -> None:
    """Register :func:`create_segmenter_tokenizer` in spaCy's registry (for config files)."""
    global _registered
    if _registered:
        return
    from spacy.util import registry

    registry.tokenizers(TOKENIZER_NAME, func=create_segmenter_tokenizer)
    _registered = True
