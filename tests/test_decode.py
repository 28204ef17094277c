"""Decoding notice files: encodings, .docx, and the refusals (each with a clear message)."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest

from extractor import read as decode
from extractor.errors import InputError
from extractor.read import decode_bytes, read_notice

TEXT = "关于做好2024年防汛工作的通知\n各乡镇人民政府：\n  现将有关事项通知如下。\n某某县应急管理局\n2024年5月6日\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16"),  # Python writes a BOM
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
    ],
    ids=["utf8", "utf8-bom", "utf16le", "utf16be", "utf16", "gb18030", "gbk"],
)
def test_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode_bytes(data, "n.txt") == TEXT


def test_big5_is_recognised() -> None:
    trad = "關於印發《聯席會議制度》的通知\n各鄉鎮人民政府、街道辦事處：\n現將制度印發給你們，請認真貫徹落實。\n"
    assert decode_bytes(trad.encode("big5"), "n.txt") == trad


def test_gb18030_of_a_seed_without_declaring_it(seeds: dict[str, Path]) -> None:
    text = seeds["001"].read_text(encoding="utf-8")
    assert decode_bytes(text.encode("gb18030"), "n.txt") == text


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("关于建立测试工作协作机制的通知")
    document.add_paragraph("各成员单位：")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([["姓名", "单位", "职务"], ["张三", "某县卫生健康局", "局长"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("某县卫生健康局")
    document.add_paragraph("2024年5月6日")
    document.save(str(path))
    return path


def test_docx_paragraphs_and_table_cells_in_order(tmp_path: Path) -> None:
    text = read_notice(make_docx(tmp_path / "n.docx"))
    assert text.splitlines() == [
        "关于建立测试工作协作机制的通知",
        "各成员单位：",
        "姓名\t单位\t职务",
        "张三\t某县卫生健康局\t局长",
        "某县卫生健康局",
        "2024年5月6日",
    ]


def test_docx_merged_cells_appear_once(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "成员单位"
    table.cell(0, 2).text = "某县公安局"
    path = tmp_path / "m.docx"
    document.save(str(path))
    assert read_notice(path) == "成员单位\t某县公安局"


def test_docx_recognised_by_content_not_name(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "n.docx")
    renamed = tmp_path / "n.txt"
    renamed.write_bytes(path.read_bytes())
    assert read_notice(renamed).startswith("关于建立测试工作协作机制的通知")


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "关于通知")
    return buf.getvalue()


PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + b"\x00" * 20


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \r\n\t ", "empty"),
        (codecs.BOM_UTF16_LE + "   \n".encode("utf-16-le"), "no text"),
        (PNG, "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (_zip_bytes(), "zip archive, not a Word .docx"),
        (b"PK\x03\x04garbage", "damaged zip"),
        ("通知".encode() + b"\x00\x01\x02" + "内容".encode(), "NUL bytes"),
        ("Café à la crème, naïve résumé. ".encode("latin-1") * 20, "cannot decode"),
        (b"\x01\x02\x03\x04\x05\x06 abc \x07\x08", "binary"),
    ],
    ids=["empty", "whitespace", "utf16-blank", "png", "jpeg", "pdf", "zip", "bad-zip", "nul", "latin1", "controls"],
)
def test_refusals_have_clear_messages(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        decode_bytes(data, "bad.txt")
    assert str(info.value).startswith("bad.txt: ")


def test_invalid_utf8_mid_file_is_refused_with_offset_and_line() -> None:
    good = ("关于做好防汛工作的通知\n" + "各单位要认真落实防汛责任。\n" * 20).encode("utf-8")
    data = good + b"\xff\xfe\x80" + "其余内容照常。\n".encode() * 5
    with pytest.raises(InputError) as info:
        decode_bytes(data, "n.txt")
    msg = str(info.value)
    assert f"byte offset {len(good)}" in msg and "line 22" in msg and "0xFF" in msg


def test_too_large_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (decode.MAX_BYTES + 1))
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    with pytest.raises(InputError, match=r"too large \(10.0 MB; the limit is 10.0 MB\)"):
        read_notice(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_notice(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_notice(tmp_path)


def test_gb18030_with_a_bad_byte_is_refused_with_its_position(seeds: dict[str, Path]) -> None:
    data = bytearray(seeds["001"].read_text(encoding="utf-8").encode("gb18030"))
    data[500] = 0xFF  # breaks the two-byte character starting at 499
    with pytest.raises(InputError) as info:
        decode_bytes(bytes(data), "n.txt")
    assert "looks like GB18030 text but byte 0xB5 at byte offset 499 (line 13)" in str(info.value)
