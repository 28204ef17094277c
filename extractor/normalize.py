"""Normalize notice text while keeping a map back to the original characters.

Every later stage works on ``NormText.text``; ``NormText.orig_span`` turns a span of it
into the span of the same characters in the file as read, so evidence is always quoted
from the original.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .numbering import MARK_DIGITS

HAN = "\u4e00-\u9fff\u3400-\u4dbf"
_HAN_RUN_RE = re.compile(f"[{HAN}]+")


@dataclass(frozen=True)
class NormText:
    """Normalized text plus ``offsets[i]`` = index in ``original`` of ``text[i]``."""

    text: str
    offsets: list[int]
    original: str

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the normalized ``[start, end)`` (end > start)."""
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def evidence(self, start: int, end: int) -> tuple[str, tuple[int, int]]:
        """The original text of a normalized span, and that original span."""
        s, e = self.orig_span(start, end)
        return self.original[s:e], (s, e)


Edit = tuple[int, int, str]  # replace text[start:end] with the string


def rewrite(nt: NormText, edits: Iterable[Edit]) -> NormText:
    """Apply non-overlapping edits; replacement characters map to the replaced span's start,
    or one to one when the replacement has the same length."""
    text, offs = nt.text, nt.offsets
    pieces: list[str] = []
    new_offs: list[int] = []
    pos = 0
    for start, end, repl in sorted(edits):
        if start < pos:
            continue  # overlapping edit: keep the first
        pieces.append(text[pos:start])
        new_offs.extend(offs[pos:start])
        pieces.append(repl)
        new_offs.extend(_align(text, offs, start, end, repl))
        pos = end
    if not pieces:
        return nt
    pieces.append(text[pos:])
    new_offs.extend(offs[pos:])
    return NormText("".join(pieces), new_offs, nt.original)


def _align(text: str, offs: list[int], start: int, end: int, repl: str) -> list[int]:
    """Original offsets for the characters of a replacement of ``text[start:end]``."""
    if len(repl) == end - start:
        return offs[start:end]
    if not repl:
        return []
    # Deletions only (e.g. unpadding a name): each kept character keeps its own offset.
    out: list[int] = []
    j = start
    for ch in repl:
        while j < end and text[j] != ch:
            j += 1
        if j == end:
            break
        out.append(offs[j])
        j += 1
    if len(out) == len(repl):
        return out
    anchor = offs[start] if start < len(offs) else (offs[-1] + 1 if offs else 0)
    last = offs[end - 1] if end - 1 < len(offs) else anchor
    return [anchor] * (len(repl) - 1) + [last]


def regex_edits(pattern: re.Pattern[str], text: str, repl: str | Callable[[re.Match[str]], str]) -> Iterator[Edit]:
    func = _replacement(repl) if isinstance(repl, str) else repl
    for m in pattern.finditer(text):
        out = func(m)
        if out != m.group(0):
            yield m.start(), m.end(), out


def _replacement(template: str) -> Callable[[re.Match[str]], str]:
    """A template as a function of the match: expanded only when it refers to groups."""
    if "\\" in template:
        return lambda m: m.expand(template)
    return lambda m: template


def _pattern_edits(nt: NormText, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str],
                   needs: tuple[str, ...] = ()) -> NormText:
    """``nt`` with the pattern's matches replaced; ``needs``: strings one of which every
    match holds (a text with none of them is not scanned)."""
    if needs and not any(w in nt.text for w in needs):
        return nt
    return rewrite(nt, regex_edits(pattern, nt.text, repl))


# --- the normalization steps ---------------------------------------------------------

_ARTEFACTS = re.compile(r"\[bookmark: [^\]]*\]|\r|\ufeff|[\u200b-\u200d\u2060]")
# Lines in other scripts (Mongolian, Tibetan, Uyghur/Arabic) carry no entities here.
_OTHER_SCRIPT_LINE = re.compile(r"(?m)^[ \t\u3000]*[\u1800-\u18af\u0f00-\u0fff\u0600-\u06ff][^\n]*$")
_SPACES = re.compile(r"[ \t\u3000\u00a0\u2002-\u200a]+")
# a document-sharing copy's page marker (第2页共4页, 第 2 页 共 2 页, 第1页 / 共8页), inside a word too
_PAGE_MARKER = re.compile(r"第[ \t]*\d{1,4}[ \t]*页[ \t]*/?[ \t]*共[ \t]*\d{1,4}[ \t]*页")
# a mirror's later page opens with "[接上页] " before the text it continues: the line starts after it
_PAGE_CONTINUED = re.compile(r"(?m)^[ \t\u3000]*[\[【](?:接上页|接上頁)[\]】][ \t\u3000]*")
# "张  威   奈曼旗…" -> "张威 奈曼旗…": a two-character name padded to the width of three.
_PADDED_NAME = re.compile(
    rf"(?:(?<=^)|(?<=[\n：:、，,]))[ ]?([{HAN}])[ ]+([{HAN}])(?=[ ]|$|[（(：:])", re.M
)
# "周 晓 兰 镇农业服务中心主任" -> "周晓兰 镇…": a three-character name padded like the two-character ones
# around it, a post of two characters or more after it (not a header's 姓 名 职 务).
_PADDED_NAME3 = re.compile(
    rf"(?:(?<=^)|(?<=[\n：:、，,]))[ ]?([{HAN}]) ([{HAN}]) ([{HAN}])(?= [{HAN}]{{2}})", re.M
)
# "指 挥 长：" -> "指挥长：": a label padded to the width of the others (before the names).
_PADDED_LABEL = re.compile(rf"(?:(?<=^)|(?<=^ ))[{HAN}](?: [{HAN}]){{2,4}}(?= ?[：:])", re.M)
# "县公安局副局长　　　李　强" (post first): the padded name ends the line.
_PADDED_NAME_LAST = re.compile(rf"(?<= )([{HAN}]) ([{HAN}])$", re.M)
_ASCII_PUNCT = {":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？", ",": "，"}
_PUNCT_RE = re.compile(r"[:;()!?,]")
# "外交部.党.委.书.记.、副部长": a repost's emphasis dots around each character (none is a stop)
_EMPHASIS_DOTS = re.compile(rf"(?:\.[{HAN}]){{3,}}\.")
# "加强疫情监测.各医疗机构要…": an ASCII full stop after Chinese text ends a sentence
# (not in 1.5, www.gov.cn, or the "1." of a numbered item).
_ASCII_STOP = re.compile(rf"(?<=[{HAN}）”])\.(?=[{HAN}（“ ]|$)", re.M)
# "一.工作目标": the ASCII dot of a section's Chinese number at a line's start is its mark
# (written as the full-width "．" a section mark may have), not a full stop
_SECTION_DOT = re.compile(rf"^([ \t\u3000]*[{MARK_DIGITS}]{{1,3}})\.(?=[{HAN}])", re.M)
# "贩运、 屠宰": a stray space after a list or clause mark inside running text
_SPACE_AFTER_PUNCT = re.compile(rf"(?<=[{HAN}][、，；]) (?=[{HAN}])")
# "…开展工作,,第七条县卫生局应当…": a digest running its articles together on one line; the
# comma(s) before an article's number end the previous article (not 第七条规定的, 第七条、第八条)
_RUN_ON_ARTICLE = re.compile(
    rf"(?<=[{HAN}）”])，+(?=第[一二三四五六七八九十百零〇]{{1,4}}[条條](?![规規的所之款项項、，至和或中第])[{HAN}])"
)
# a table copied one cell a line, each cell closed by a bar (``市教育局 |``): the bar is no text of the
# cell (a row's line with bars between its cells, ``1 | 完成… | 县教育局 |``, keeps them)
_CELL_BAR_END = re.compile(r"(?m)^([^|｜\n]*[^|｜\s])[ \t]*[|｜][ \t]*$")
_FULLWIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# "镇(zhèn)卫(wèi)生院": a web mirror's pinyin gloss after a character (a syllable with a tone mark),
# also with a space before its closing bracket ("会(huì )")
PINYIN_GLOSS = re.compile(rf"(?<=[{HAN}])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\s?[)）]")


def _punct_repl(text: str) -> Callable[[re.Match[str]], str]:
    def repl(m: re.Match[str]) -> str:
        ch = m.group(0)
        if ch == ",":
            # "1,000" keeps its comma; a comma touching Chinese text is a Chinese comma.
            i = m.start()
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before.isdigit() and after.isdigit():
                return ch
        return _ASCII_PUNCT[ch]

    return repl


@lru_cache(maxsize=1)
def t2s_converter() -> Callable[[str], str] | None:
    """OpenCC's traditional-to-simplified conversion (None if OpenCC is missing)."""
    try:
        from opencc import OpenCC
    except ImportError:  # pragma: no cover - declared dependency
        return None
    return OpenCC("t2s").convert


@lru_cache(maxsize=256)
def simplified(text: str) -> str:
    """``text`` in simplified characters (OpenCC t2s; as written if OpenCC is missing),
    remembered: a rule asks it of the notice's title again for every paragraph."""
    convert = t2s_converter()
    return convert(text) if convert and text else text


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    """Characters that OpenCC's t2s dictionary changes (traditional-only forms)."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - declared dependency
        return frozenset()
    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "TSCharacters.txt")
    with open(path, encoding="utf-8") as fh:
        return frozenset(
            line.split("\t", 1)[0] for line in fh
            if "\t" in line and line.split("\t", 1)[0] != line.split("\t", 1)[1].split()[0]
        )


@lru_cache(maxsize=1)
def _traditional_re() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(_traditional_chars())) + "]")


@lru_cache(maxsize=1)
def _traditional_bmp_re() -> re.Pattern[str]:
    """The traditional characters of the Basic Multilingual Plane as one class (compiled to a
    bitmap: a text is scanned for them ten times faster than a set tests each character)."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(_traditional_chars()) if ord(ch) < 0x10000) + "]")


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _has_no_traditional(sample: str) -> bool:
    """``_traditional_chars().isdisjoint(sample)``, faster: the characters beyond the Basic
    Multilingual Plane (a few hundred, no bitmap) are tested only in a sample that has any."""
    if _traditional_bmp_re().search(sample):
        return False
    return not _ASTRAL.search(sample) or _traditional_chars().isdisjoint(sample)


def _looks_traditional(text: str) -> bool:
    """A notice in traditional characters (a few per hundred Han characters are enough)."""
    trad = _traditional_chars()
    if not trad:
        return False
    sample = text[:6000]
    if _has_no_traditional(sample):
        return False
    changed = sum(map(trad.__contains__, sample))  # a set: 7x faster than a 4,000-character class
    if changed < 3:
        return False
    han = sum(m.end() - m.start() for m in _HAN_RUN_RE.finditer(sample))
    return han > 0 and changed >= max(3, han // 50)


#: characters a careless simplified-to-traditional converter wrote for common ones (壹 for 一:
#: ``(壹)監督檢查…``, ``統壹規劃``), read back as the common ones in a traditional notice
_OVER_CONVERTED = str.maketrans({"壹": "一"})


def _to_simplified(nt: NormText) -> NormText:
    """Convert traditional characters line by line; offsets stay one to one."""
    convert = t2s_converter()
    assert convert is not None
    edits: list[Edit] = []
    pos = 0
    for line in nt.text.split("\n"):
        out = convert(line)
        if len(out) != len(line):  # a phrase changed length: fall back to characters
            out = "".join(convert(ch) if len(convert(ch)) == 1 else ch for ch in line)
        out = out.translate(_OVER_CONVERTED)
        if out != line:
            edits.append((pos, pos + len(line), out))
        pos += len(line) + 1
    return rewrite(nt, edits)


# Law databases glue their fields to the text: 【法规类别】…【发文字号】…【效力级别】XP10通化市…
_LAW_DB_FIELDS = re.compile(
    r"(?:【(?:法规类别|发文字号|发布部门|发布日期|实施日期|时效性|颁布日期|失效日期)】[^【\n]{0,60})+"
    r"(?:【效力级别】(?:[A-Z]{1,3}\d{1,3}|[\u4e00-\u9fff]{2,8}(?=【|\n|$)))?"
)


# a document-sharing site's preview chunks: each opens a line with its number (1、 / 2、 …), cut
# wherever the chunk ended, inside a sentence or a word (…民政办：组 / 2、织救灾捐赠)
_CHUNK_START = re.compile(r"(?m)^[ \t\u3000]*(\d{1,2})、")
_CHUNK_CHARS = 200  # a chunk's line is long: a page's worth of text, not a list item
_CHUNK_TAIL = 40  # how far back from a chunk's cut the phrase it cut starts (after a space or a full stop)
_ENDS_CLAUSE = "。；！？：”）)】"


def _preview_chunks(nt: NormText) -> NormText:
    """A document-sharing copy cut into preview chunks (lines opening ``1、``, ``2、``, … in turn,
    each line but the last long and cut inside a sentence, with no mark ending it, a blank line
    between them or none): the chunk numbers dropped and the chunks joined, so a sentence or a
    word cut by a chunk is whole again;
    the line breaks instead where the cut phrase starts (the last space or full stop before the cut).
    Left as it is when the lines read as a numbered list (a line ending its sentence)."""
    text = nt.text
    marks = list(_CHUNK_START.finditer(text))
    first = next((k for k, m in enumerate(marks) if m.group(1) == "1"), None)
    if first is None:
        return nt
    chunks = [marks[first]]
    for m in marks[first + 1 :]:
        if m.group(1) != str(len(chunks) + 1):
            break
        chunks.append(m)
    if len(chunks) < 2:
        return nt
    ends = []  # where each chunk's line ends (the next chunk may follow after a blank line)
    for m, nxt in zip(chunks, chunks[1:], strict=False):
        line_end = text.find("\n", m.end())
        body = text[m.end() : line_end].rstrip()
        if line_end < 0 or text[line_end : nxt.start()].strip() or len(body) < _CHUNK_CHARS or body.endswith(tuple(_ENDS_CLAUSE)):
            return nt
        ends.append(line_end)
    edits: list[Edit] = [(chunks[0].start(), chunks[0].end(), "")]
    for m, line_end in zip(chunks[1:], ends, strict=True):
        edits.append((line_end, m.end(), ""))
        gap = next((g for g in range(line_end - 1, max(line_end + 1 - _CHUNK_TAIL, 0), -1)
                    if text[g] in " 。" and text[g - 1] not in ":：" and text[g - 1] != "\n"), -1)
        if gap >= 0:  # the line breaks where the phrase cut by the chunk starts (a label's colon kept with its value)
            edits.append((gap, gap + 1, "\n" if text[gap] == " " else "。\n"))
    return rewrite(nt, edits)


def normalize(raw: str) -> NormText:
    """Normalize a notice: drop artefacts, other-script lines and page markers, convert traditional
    characters, drop the bar closing each cell of a table copied one cell a line, unify punctuation
    to full width, collapse spaces, unpad names."""
    nt = NormText(raw, list(range(len(raw))), raw)
    nt = _pattern_edits(nt, _ARTEFACTS, "", ("[bookmark: ", "\r", "\ufeff", "\u200b", "\u200c", "\u200d", "\u2060"))
    nt = _pattern_edits(nt, _OTHER_SCRIPT_LINE, "")
    nt = _pattern_edits(nt, _LAW_DB_FIELDS, "\n", ("【",))
    nt = _pattern_edits(nt, _PAGE_MARKER, "", ("页",))
    nt = _pattern_edits(nt, _PAGE_CONTINUED, "", ("接上",))
    nt = _preview_chunks(nt)
    if _looks_traditional(nt.text):
        nt = _to_simplified(nt)
    nt = _pattern_edits(nt, PINYIN_GLOSS, "")
    nt = _pattern_edits(nt, _CELL_BAR_END, r"\1", ("|", "｜"))
    nt = _pattern_edits(nt, _FULLWIDTH_ALNUM, lambda m: chr(ord(m.group(0)) - 0xFEE0))
    nt = _pattern_edits(nt, _PUNCT_RE, _punct_repl(nt.text))
    nt = _pattern_edits(nt, _EMPHASIS_DOTS, lambda m: m.group(0).replace(".", ""), (".",))
    nt = _pattern_edits(nt, _SECTION_DOT, lambda m: m.group(1) + "．", (".",))
    nt = _pattern_edits(nt, _ASCII_STOP, "。", (".",))
    nt = _pattern_edits(nt, _RUN_ON_ARTICLE, lambda m: "。" * len(m.group(0)), ("，第",))
    nt = _pattern_edits(nt, _SPACES, " ")
    nt = _pattern_edits(nt, _PADDED_LABEL, lambda m: m.group(0).replace(" ", ""), (" ",))
    nt = _pattern_edits(nt, _PADDED_NAME3, r"\1\2\3", (" ",))
    nt = _pattern_edits(nt, _PADDED_NAME, r"\1\2", (" ",))
    nt = _pattern_edits(nt, _PADDED_NAME_LAST, r"\1\2", (" ",))
    nt = _pattern_edits(nt, _SPACE_AFTER_PUNCT, "", ("、 ", "， ", "； "))
    return nt


# --- lines and sentences ---------------------------------------------------------------

_SENT_END = "。；！？"


def strip_span(text: str, start: int, end: int, chars: str = " ") -> tuple[int, int]:
    """``[start, end)`` without the given characters at either end."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of non-blank lines, stripped of surrounding spaces."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        s, e = strip_span(text, pos, pos + len(line))
        if e > s:
            spans.append((s, e))
        pos += len(line) + 1
    return spans


def split_clauses(text: str, start: int, end: int, seps: str = _SENT_END) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` on the separator characters; spans exclude separators and
    surrounding spaces, empty pieces are dropped."""
    out = []
    s = start
    for m in _sep_re(seps).finditer(text, start, end):
        a, b = strip_span(text, s, m.start(), " \n")
        if b > a:
            out.append((a, b))
        s = m.end()
    a, b = strip_span(text, s, end, " \n")
    if b > a:
        out.append((a, b))
    return out


@lru_cache(maxsize=64)
def _sep_re(seps: str) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(ch) for ch in seps) + "]")


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The sentence (between 。；！？ or line breaks) around ``pos``."""
    s = max(text.rfind(ch, 0, pos) for ch in _SENT_BREAK) + 1 if pos > 0 else pos
    if pos >= len(text):
        e = pos
    else:
        found = [i for i in (text.find(ch, pos) for ch in _SENT_BREAK) if i >= 0]
        e = min(found) if found else len(text)
    while s < e and text[s] == " ":
        s += 1
    return s, e


_SENT_BREAK = _SENT_END + "\n"
