"""Stage ``normalize`` (extractor/normalize.py) on its own: the normalized text, the map back
to the file's characters (``orig_span`` / ``evidence``), traditional -> simplified, unpadded
names, full-width punctuation; and the line / clause / sentence helpers every stage uses.

Each table row: an id, the input, what the public function gives."""

from __future__ import annotations

import pytest
from tables import rows

from extractor.normalize import line_spans, normalize, sentence_at, split_clauses, strip_span

# (id, text as read from a file, normalized text)
CHUNK = "各街道要组织居民清理积水。" * 16  # a preview chunk's long text

NORMALIZED = [
    ("padded-two-char-name", "张  威   青山县卫生健康局局长", "张威 青山县卫生健康局局长"),
    ("padded-name-after-role", "组  长：于  智 县民政局副局长", "组长：于智 县民政局副局长"),
    ("padded-three-character-label", "指 挥 长:邹 平 县人民政府副县长", "指挥长：邹平 县人民政府副县长"),
    ("padded-three-char-name", "成 员:周 敏 乡人大主席\n欧 阳 娜 乡文化站站长", "成员：周敏 乡人大主席\n欧阳娜 乡文化站站长"),
    ("spaced-header-cells-stay-apart", "姓 名 职 务\n王建国 县人民政府副县长", "姓名 职务\n王建国 县人民政府副县长"),
    ("traditional-roster", "組  長：王建國（縣衛生健康局局長）\n各單位要認真落實。",
     "组长：王建国（县卫生健康局局长）\n各单位要认真落实。"),
    ("ascii-punctuation", "一、工作目标:做好防治(试行);加强管理!", "一、工作目标：做好防治（试行）；加强管理！"),
    ("ascii-full-stop", "负责宣传. 做好灭鼠工作.", "负责宣传。 做好灭鼠工作。"),
    ("full-width-letters-digits", "ＡＢＣ１２３号文件", "ABC123号文件"),
    ("word-export-artefacts", "\ufeff[bookmark: _GoBack]通知\r\n内容", "通知\n内容"),
    ("zero-width-chars", "县\u200b卫健局\u2060负责", "县卫健局负责"),
    ("space-after-list-comma", "县卫健局、 县教体局、 县财政局", "县卫健局、县教体局、县财政局"),
    ("runs-of-spaces-collapse", "第一条  本办法自2025年1月1日起施行", "第一条 本办法自2025年1月1日起施行"),
    ("ideographic-space", "附件\u3000\u3000成员名单", "附件 成员名单"),
    ("mongolian-line-dropped", "\u182e\u1823\u1829\u182d\u1823\u182f\n蒙古文之后的中文", "\n蒙古文之后的中文"),
    ("digits-between-spaces-kept", "共 3 家单位", "共 3 家单位"),
    ("law-database-fields", "【法规类别】卫生防疫【发文字号】青政发〔2024〕3号\n正文", "\n\n正文"),
    ("plain-text-unchanged", "各乡镇要在本月底前完成自查。", "各乡镇要在本月底前完成自查。"),
    # a document-sharing copy's page markers: inside a word, on a line of their own, padded
    ("page-marker-inside-a-word", "成立县防汛第3页共9页抗旱领导小组", "成立县防汛抗旱领导小组"),
    ("page-marker-lines", "方案\n第1页 / 共5页\n正文\n第 2 页 共 5 页", "方案\n\n正文\n"),
    ("page-number-kept", "详见第3页", "详见第3页"),
    ("page-continued-label", "|\n[接上页] 白河市水务局：负责排查。", "|\n白河市水务局：负责排查。"),
    ("page-continued-label-inside-kept", "见下文[接上页]说明", "见下文[接上页]说明"),
    # a document-sharing copy cut into preview chunks (1、 / 2、 opening long lines cut inside a word):
    # the numbers dropped, the cut word whole, the line broken where the cut phrase starts instead
    ("preview-chunks-joined", "1、" + CHUNK + " 红石区卫健局：负责蚊媒监\n2、测，指导社区灭蚊。",
     CHUNK + "\n红石区卫健局：负责蚊媒监测，指导社区灭蚊。"),
    ("preview-chunk-cut-after-a-label", "1、" + CHUNK + " 区教育局： 组\n2、织校园消杀。", CHUNK + "\n区教育局： 组织校园消杀。"),
    # the chunks set apart by a blank line (a space or a tab on it too), cut inside a list's unit
    ("preview-chunks-after-a-blank-line", "1、" + CHUNK + " 成员单位：区民政局、区卫\n\n2、健局、团区委。",
     CHUNK + "\n成员单位：区民政局、区卫健局、团区委。"),
    ("preview-chunks-after-a-padded-blank-line", "1、" + CHUNK + "市财政局、市教\n \t\n2、育局、市妇联。",
     CHUNK + "\n市财政局、市教育局、市妇联。"),
    # near miss: a line with text between them is no blank line: the lines stay as written
    ("chunks-with-a-line-between-stay", "1、" + CHUNK + " 区民政局、区卫\n第二页\n2、健局。",
     "1、" + CHUNK + " 区民政局、区卫\n第二页\n2、健局。"),
    # near miss: a numbered list of long paragraphs, each ending its sentence, stays as written
    ("numbered-paragraphs-are-no-chunks", "1、" + CHUNK + "\n2、区教育局负责校园消杀。", "1、" + CHUNK + "\n2、区教育局负责校园消杀。"),
    ("numbered-paragraphs-after-a-blank-line-are-no-chunks", "1、" + CHUNK + "\n\n2、区教育局负责校园消杀。",
     "1、" + CHUNK + "\n\n2、区教育局负责校园消杀。"),
    # a character beyond the Basic Multilingual Plane that is no traditional form: kept as it is
    ("rare-character-unchanged", "由县卫生健康局\U00020001组牵头。", "由县卫生健康局\U00020001组牵头。"),
    ("one-traditional-character-kept", "縣卫生健康局负责组织实施。", "縣卫生健康局负责组织实施。"),
    # a table copied one cell a line, each cell closed by a bar: the bar goes; a row's line with bars
    # between its cells and a lone bar (an empty cell) stay as written
    ("cell-closing-bars-dropped", "序号 |\n部门 |\n1 |\n县教育局 |\n负责校园消杀。 |", "序号\n部门\n1\n县教育局\n负责校园消杀。"),
    ("row-bars-kept", "1 | 负责校园消杀。 | 县教育局 |\n|", "1 | 负责校园消杀。 | 县教育局 |\n|"),
]


@pytest.mark.parametrize(("raw", "expected"), rows(NORMALIZED))
def test_normalized_text(raw: str, expected: str) -> None:
    nt = normalize(raw)
    assert nt.text == expected
    assert nt.original == raw
    # the offset map: one original index per normalized character, increasing, in range
    assert len(nt.offsets) == len(nt.text)
    assert all(0 <= o < len(raw) for o in nt.offsets)
    assert nt.offsets == sorted(nt.offsets)


# (id, text as read, a piece of the normalized text, the file's own characters for it)
EVIDENCE = [
    ("padded-name", "成  员：张  威   县卫健局局长", "张威", "张  威"),
    ("traditional-unit", "由縣衛生健康局牽頭", "县卫生健康局", "縣衛生健康局"),
    ("full-width-number", "青政办发〔２０２４〕１２号", "2024", "２０２４"),
    ("after-dropped-artefact", "[bookmark: _GoBack]县财政局负责", "县财政局", "县财政局"),
    ("ascii-colon-to-full", "县医保局:负责报销", "县医保局：", "县医保局:"),
    ("across-collapsed-spaces", "刘海燕   县妇联副主席", "刘海燕 县妇联", "刘海燕   县妇联"),
]


@pytest.mark.parametrize(("raw", "piece", "original"), rows(EVIDENCE))
def test_evidence_maps_back_to_the_file(raw: str, piece: str, original: str) -> None:
    nt = normalize(raw)
    start = nt.text.index(piece)
    text, (s, e) = nt.evidence(start, start + len(piece))
    assert text == original
    assert raw[s:e] == original
    assert nt.orig_span(start, start + len(piece)) == (s, e)


def test_empty_span_maps_to_a_point() -> None:
    nt = normalize("张  威 县卫健局")
    assert nt.orig_span(2, 2) == (4, 4)
    assert nt.orig_span(len(nt.text), len(nt.text)) == (len(nt.original), len(nt.original))


# (id, text, [line texts])
LINES = [
    ("blank-lines-skipped", "一、总则\n\n  第一条 目的  \n", ["一、总则", "第一条 目的"]),
    ("single-line", "县卫健局负责", ["县卫健局负责"]),
    ("only-blanks", " \n \n", []),
]


@pytest.mark.parametrize(("text", "lines"), rows(LINES))
def test_line_spans(text: str, lines: list[str]) -> None:
    assert [text[s:e] for s, e in line_spans(text)] == lines


# (id, text, separators or None for the default, [clause texts])
CLAUSES = [
    ("sentence-ends", "做好监测。加强宣传；及时报告！", None, ["做好监测", "加强宣传", "及时报告"]),
    ("commas-on-request", "县卫健局、县教体局，县财政局", "、，", ["县卫健局", "县教体局", "县财政局"]),
    ("empty-pieces-dropped", "。。做好救治。 ", None, ["做好救治"]),
]


@pytest.mark.parametrize(("text", "seps", "clauses"), rows(CLAUSES))
def test_split_clauses(text: str, seps: str | None, clauses: list[str]) -> None:
    spans = split_clauses(text, 0, len(text)) if seps is None else split_clauses(text, 0, len(text), seps)
    assert [text[s:e] for s, e in spans] == clauses


# (id, text, a word inside the sentence, the sentence)
SENTENCES = [
    ("middle-sentence", "一、目标。县卫健局负责监测；县财政局保障经费。", "监测", "县卫健局负责监测"),
    ("line-break-ends", "组长：王建国\n成员：李明", "李明", "成员：李明"),
    ("last-sentence-open", "做好宣传。 县妇联配合", "配合", "县妇联配合"),
]


@pytest.mark.parametrize(("text", "word", "sentence"), rows(SENTENCES))
def test_sentence_at(text: str, word: str, sentence: str) -> None:
    s, e = sentence_at(text, text.index(word))
    assert text[s:e] == sentence


def test_strip_span() -> None:
    text = "  县卫健局 \n"
    assert strip_span(text, 0, len(text), " \n") == (2, 6)
    assert strip_span(text, 0, 2) == (2, 2)
