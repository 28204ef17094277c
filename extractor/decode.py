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


def _check_text(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: the file has no text (it is empty or only whitespace)")
    controls = len(_CONTROL_RE.findall(text)) if _CONTROL_RE.search(text) else 0
    if controls > max(2, _MAX_CONTROL_RATIO * len(text)):
        raise InputError(
            f"{name}: looks like a binary file, not text ({controls} control characters)"
        )
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


def docx_text(data: bytes, name: str = "<notice>") -> str:
    """Text of a ``.docx``: paragraphs and table rows (cells tab-joined) in body order."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(f"{name}: a damaged zip/.docx file") from None
    if "word/document.xml" not in names:
        raise InputError(f"{name}: this is a zip archive, not a Word .docx notice")
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_DOCX_UNPACKED:
        raise InputError(
            f"{name}: the Word document unpacks to {_human(unpacked)} (the limit is "
            f"{_human(MAX_DOCX_UNPACKED)}); is it a zip bomb?"
        )
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        body = document.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(Paragraph(child, document).text)
            elif tag == "tbl":
                lines.extend(_table_lines(Table(child, document)))
    except InputError:
        raise
    except Exception as err:  # python-docx raises many kinds on malformed files
        raise InputError(f"{name}: cannot read the Word document ({type(err).__name__})") from None
    return "\n".join(lines)


def _table_lines(table) -> list[str]:  # noqa: ANN001 - docx.table.Table
    """One line per row; merged cells (the same cell repeated) appear once."""
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: list[object] = []
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):
                continue
            seen.append(cell._tc)
            inner = [p.text.strip() for p in cell.paragraphs if p.text.strip()]
            nested = [line for t in cell.tables for line in _table_lines(t)]
            cells.append(" ".join(inner + nested))
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
