"""Read a notice file as text: any common Chinese encoding or ``.docx`` in, ``str`` out.

Rules (every refusal is an :class:`InputError` naming the file and the reason):

* Files larger than :data:`MAX_BYTES` (10 MB; a notice is rarely above 100 KB) are
  refused before they are read.
* Empty files, and files holding only whitespace once decoded, are refused.
* A byte-order mark decides: UTF-8 (BOM dropped), UTF-16 LE/BE, UTF-32 LE/BE.
* Known binary formats (PNG, JPEG, GIF, PDF, old ``.doc``, gzip, 7z, RAR, zip that is
  not a Word document, ...) and any NUL byte without a BOM are refused as binary.
* ``.docx`` (recognised by content, not by name): paragraphs and table cells in
  document order, one paragraph per line, the cells of a table row joined by a tab. A
  ``.docx`` that unpacks to more than :data:`MAX_DOCX_UNPACKED` (100 MB) is refused.
* Otherwise strict UTF-8. If that fails but the file is evidently UTF-8 (its valid
  multi-byte characters far outnumber the bad bytes), it is refused with the byte offset
  and line of the first bad byte: guessing another encoding would turn the whole notice
  into mojibake, and replacing bytes would silently change the evidence text.
* Otherwise the file is decoded as GB18030 (superset of GBK/GB2312) or Big5, whichever
  charset-normalizer finds coherent; if neither is, the file is refused.
* Decoded text with many control characters is refused as binary.

Line ends are kept as they are in the file (evidence spans index the decoded text).
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from pathlib import Path

from .errors import InputError

#: Largest notice file accepted, in bytes.
MAX_BYTES = 10 * 1024 * 1024
#: Longest notice accepted, in characters once decoded (below spaCy's ``max_length``);
#: the same rule holds for ``add``, ``extract`` and ``build``.
MAX_CHARS = 900_000
#: Largest total unpacked size of a ``.docx`` (guards against zip bombs).
MAX_DOCX_UNPACKED = 100 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),  # before UTF-16 LE: same prefix
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", ""),  # checked below with a stricter test (BMP)
    (b"%PDF", "a PDF file (convert it to text or .docx first)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Excel (.doc/.xls) file (save it as .docx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", ""),  # checked below (Windows executable)
    (b"RIFF", "a RIFF (audio/video/WebP) file"),
    (b"{\\rtf", "an RTF file (save it as .docx or text)"),
)

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")

_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f]")
_WIDE_RE = re.compile(r"[\u0800-\U0010ffff]")
_ASCII_RE = re.compile(r"[\x00-\x7f]+")
_CJK_RE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")

#: Fraction of control characters above which decoded text is treated as binary.
_MAX_CONTROL_RATIO = 0.01


def _human(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _binary_kind(data: bytes) -> str | None:
    """A description of ``data`` if it starts like a known binary format."""
    for magic, what in _MAGIC:
        if not data.startswith(magic):
            continue
        if magic == b"BM":
            if len(data) > 14 and b"\x00" in data[2:14]:
                return "a BMP image"
            continue
        if magic == b"MZ":
            if b"\x00" in data[:64]:
                return "a Windows executable"
            continue
        return what
    return None


def _error_position(data: bytes, err: UnicodeDecodeError) -> tuple[int, int]:
    """(byte offset, 1-based line) of the first undecodable byte."""
    return err.start, data.count(b"\n", 0, err.start) + 1


def _evidently_utf8(data: bytes) -> bool:
    """True when valid multi-byte UTF-8 characters far outnumber invalid bytes."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(_WIDE_RE.sub("", text)) - bad  # 3- and 4-byte forms
    return good >= 10 * max(bad, 1)


def _mostly_chinese(text: str) -> bool:
    """True when most non-ASCII characters are CJK ideographs or CJK punctuation."""
    wide = len(text) - len(_ASCII_RE.sub("", text))
    return wide > 0 and len(_CJK_RE.findall(text)) >= 0.7 * wide


def _decode_legacy(data: bytes, name: str) -> str:
    """GB18030 (GBK, GB2312) or Big5, as charset-normalizer judges coherent.

    A file that strictly decodes as GB18030 into mostly Chinese text is accepted even when
    charset-normalizer has no opinion; one that decodes as GB18030 except for a few bytes
    is refused with the position of the first bad byte."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
    encoding = "gb18030" if best is None or best.encoding.startswith("gb") else best.encoding
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        loose = data.decode(encoding, errors="replace")
        if best is not None or (loose.count("\ufffd") <= 0.01 * len(loose) and _mostly_chinese(loose)):
            offset, line = _error_position(data, err)
            raise InputError(
                f"{name}: looks like {encoding.upper()} text but byte 0x{data[offset]:02X} at byte "
                f"offset {offset} (line {line}) is invalid in it; fix or re-save the file as UTF-8"
            ) from None
    else:
        if best is not None or _mostly_chinese(text):
            return text
    raise InputError(
        f"{name}: cannot decode the file: it is not UTF-8, UTF-16 or GB18030/GBK/Big5 "
        "text (save it as UTF-8 text or .docx)"
    )


_STRAY_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_PAGE_BREAK_RE = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _check_text(text: str, name: str) -> str:
    """Refuse empty, binary-looking or too long text; replace the few control characters a
    text may carry (a space each; page and line separators become a line end), so nothing
    reaches a terminal or an XML export raw and offsets stay those of the decoded text."""
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{name}: the notice is too long ({len(text):,} characters; the limit is "
            f"{MAX_CHARS:,}); split it into several files"
        )
    controls = len(_CONTROL_RE.findall(text)) if _CONTROL_RE.search(text) else 0
    if controls > max(2, _MAX_CONTROL_RATIO * len(text)):
        raise InputError(
            f"{name}: looks like a binary file, not text ({controls} control characters)"
        )
    text = _STRAY_CONTROL_RE.sub(" ", _PAGE_BREAK_RE.sub("\n", text))
    if not text.strip():
        raise InputError(f"{name}: the file has no text (it is empty or only whitespace)")
    return text


def decode_bytes(data: bytes, name: str = "<notice>") -> str:
    """Decode the bytes of a notice (text or ``.docx``); raise InputError otherwise."""
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name}: the file is too large ({_human(len(data))}; the limit is "
            f"{_human(MAX_BYTES)})"
        )
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data[len(bom) :].decode(encoding), name)
            except UnicodeDecodeError as err:
                raise InputError(
                    f"{name}: starts with a {label} byte-order mark but byte "
                    f"{err.start + len(bom)} is invalid {label}"
                ) from None
    if data.startswith(_ZIP_MAGIC):
        return _check_text(docx_text(data, name), name)
    kind = _binary_kind(data)
    if kind:
        raise InputError(f"{name}: this is {kind}, not a text notice")
    if b"\x00" in data:
        raise InputError(
            f"{name}: looks like a binary file, not text (it contains NUL bytes; "
            "UTF-16 text needs a byte-order mark)"
        )
    try:
        return _check_text(data.decode("utf-8"), name)
    except UnicodeDecodeError as err:
        if _evidently_utf8(data):
            offset, line = _error_position(data, err)
            raise InputError(
                f"{name}: invalid UTF-8 byte 0x{data[offset]:02X} at byte offset {offset} "
                f"(line {line}) in an otherwise UTF-8 file; fix or re-save the file as UTF-8"
            ) from None
    return _check_text(_decode_legacy(data, name), name)


#: Largest ``word/document.xml`` parsed (a long notice's is well under 5 MB).
MAX_DOCX_XML = 20 * 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_SKIPPED = {_W + "del", _W + "moveFrom", _W + "instrText", _W + "delInstrText", _W + "rPr",
            _W + "pPr", _W + "tblPr", _W + "trPr", _W + "tcPr", _W + "sectPr"}


def docx_text(data: bytes, name: str = "<notice>") -> str:
    """Text of a ``.docx``: paragraphs and table rows (cells tab-joined) in body order.

    Read straight from ``word/document.xml`` with a parser that resolves no entities and
    fetches nothing: text in tracked insertions, content controls, fields, hyperlinks and
    text boxes is kept (a text box's paragraphs follow the paragraph holding it); deleted
    text and field instructions are not text; comments and processing instructions are
    ignored. The XML is bounded by :data:`MAX_DOCX_XML`."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(f"{name}: a damaged zip/.docx file") from None
    if "word/document.xml" not in names:
        raise InputError(f"{name}: this is a zip archive, not a Word .docx notice")
    unpacked = sum(info.file_size for info in archive.infolist())
    xml_size = archive.getinfo("word/document.xml").file_size
    if unpacked > MAX_DOCX_UNPACKED or xml_size > MAX_DOCX_XML:
        raise InputError(
            f"{name}: the Word document unpacks to {_human(max(unpacked, xml_size))} (the limit is "
            f"{_human(MAX_DOCX_UNPACKED if unpacked > MAX_DOCX_UNPACKED else MAX_DOCX_XML)}); "
            "is it a zip bomb?"
        )
    try:
        from lxml import etree

        with archive.open("word/document.xml") as fh:
            xml = fh.read(MAX_DOCX_XML + 1)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True,
                                 remove_pis=True, huge_tree=False, load_dtd=False)
        root = etree.fromstring(xml, parser)
        body = root.find(_W + "body")
        if body is None:
            raise InputError(f"{name}: the Word document has no body")
        lines: list[str] = []
        _blocks(body, lines)
    except InputError:
        raise
    except Exception as err:  # a malformed archive or XML
        raise InputError(f"{name}: cannot read the Word document ({type(err).__name__})") from None
    return "\n".join(lines)


def _tag(el) -> str:  # noqa: ANN001 - an lxml element
    return el.tag if isinstance(el.tag, str) else ""


def _blocks(container, lines: list[str]) -> None:  # noqa: ANN001
    """Paragraphs and tables of a body, cell, content control or text box, in order."""
    for child in container:
        tag = _tag(child)
        if tag == _W + "p":
            boxes: list = []
            lines.append(_runs_text(child, boxes))
            for box in boxes:
                _blocks(box, lines)
        elif tag == _W + "tbl":
            lines.extend(_table_lines(child))
        elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "smartTag"):
            _blocks(child, lines)


def _runs_text(el, boxes: list) -> str:  # noqa: ANN001
    """The text of a paragraph; text boxes found inside are collected in ``boxes``."""
    parts: list[str] = []

    def walk(node) -> None:  # noqa: ANN001
        for child in node:
            tag = _tag(child)
            if not tag or tag in _SKIPPED:
                continue
            if tag == _W + "t":
                parts.append(child.text or "")
            elif tag == _W + "tab":
                parts.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                parts.append("\n")
            elif tag == _W + "txbxContent":
                boxes.append(child)
            elif tag == _MC_ALTERNATE:
                first = next(iter(child), None)  # mc:Choice; mc:Fallback repeats it
                if first is not None:
                    walk(first)
            else:
                walk(child)

    walk(el)
    return "".join(parts)


def _cell_text(tc) -> str:  # noqa: ANN001
    lines: list[str] = []
    _blocks(tc, lines)
    return " ".join(line.strip() for line in lines if line.strip())


def _table_lines(tbl) -> list[str]:  # noqa: ANN001
    """One line per row, cells tab-joined; a cell spanning columns appears once, a cell
    merged down repeats its text in the rows it covers."""
    lines: list[str] = []
    above: dict[int, str] = {}  # grid column -> text of the cell a vertical merge continues
    for tr in tbl.iterchildren(_W + "tr"):
        cells: list[str] = []
        col = 0
        for tc in tr.iterchildren(_W + "tc"):
            props = tc.find(_W + "tcPr")
            span, merge = 1, None
            if props is not None:
                gs = props.find(_W + "gridSpan")
                if gs is not None and (gs.get(_W + "val") or "").isdigit():
                    span = max(1, int(gs.get(_W + "val")))
                vm = props.find(_W + "vMerge")
                if vm is not None:
                    merge = vm.get(_W + "val") or "continue"
            text = above.get(col, "") if merge == "continue" else _cell_text(tc)
            if merge != "continue":
                above[col] = text
            cells.append(text)
            col += span
        lines.append("\t".join(cells).rstrip("\t"))
    return lines


def read_notice(path: str | Path) -> str:
    """Read and decode a notice file (see the module doc for the rules)."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a folder, not a notice file")
        if p.exists() and not p.is_file():
            raise InputError(f"{p}: is not a regular file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{p.name}: the file is too large ({_human(size)}; the limit is {_human(MAX_BYTES)})"
            )
        data = p.read_bytes()
    except OSError as err:
        raise InputError(f"{p}: cannot read ({err.strerror or err})") from None
    return decode_bytes(data, p.name)
