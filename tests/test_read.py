"""Stage ``read`` (extractor/read.py): decoding notice files: encodings, .docx, and the
refusals (each with a clear message)."""

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


# (id, a short notice of one shape, the encoding it was saved in): decoded back exactly
ENCODED = [
    ("roster-gbk", "组  长：王建国  青山县人民政府副县长\n成  员：李  明  县卫健局局长\n", "gbk"),
    ("division-gb18030", "三、职责分工\n县卫健局：负责结核病患者的发现和治疗管理。\n", "gb18030"),
    ("rare-name-gb18030", "联络员：䶮晓东  县疾控中心副主任\n", "gb18030"),
    ("tasks-gb2312", "1.开展灭鼠灭蚊（牵头单位：县卫健局；配合单位：县住建局）\n", "gb2312"),
    ("traditional-big5", "組長：陳志明　縣衛生局局長\n各單位要認真落實防疫工作。\n", "big5"),
    ("deadline-utf8", "县财政局于2025年6月30日前拨付防治经费。\n", "utf-8"),
    ("composition-utf16", "联席会议由县卫健局、县教体局、县民政局组成。\n", "utf-16"),
    ("mixed-latin-utf8-bom", "HIV/AIDS 防治：县疾控中心负责 CD4 检测。\n", "utf-8-sig"),
]


@pytest.mark.parametrize(("text", "encoding"), [pytest.param(t, e, id=i) for i, t, e in ENCODED])
def test_shapes_decode_back_from_their_encoding(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "n.txt") == text


# (id, decoded text with control characters, the text the pipeline gets)
CONTROLS = [
    ("form-feed-is-a-line-end", "第一页末尾\x0c第二页开头\n", "第一页末尾\n第二页开头\n"),
    ("line-separator", "组长：王建国\u2028成员：李明\n", "组长：王建国\n成员：李明\n"),
    ("stray-control-is-a-space", "县卫健局\x01负责\n", "县卫健局 负责\n"),
    ("tab-kept", "县卫健局\t疫情监测\n", "县卫健局\t疫情监测\n"),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CONTROLS])
def test_control_characters(text: str, expected: str) -> None:
    out = decode_bytes(text.encode("utf-8"), "n.txt")
    assert out == expected
    assert len(out) == len(text)  # offsets stay those of the decoded text


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
