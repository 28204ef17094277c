"""Stage ``layout`` (extractor/layout.py) on its own: ``join_paragraphs`` mends lines broken
mid-sentence (and leaves headers, roster lines, table rows alone); ``classify`` gives each
line its kind (heading / item / para / noise), its number, section and sub-section, and
marks web and database clutter as noise.

Each table row: an id, the input, what the public function gives."""

from __future__ import annotations

import pytest
from tables import broken, doc_of, rows, spans_of

from extractor.layout import classify, join_paragraphs
from extractor.lexicon import load_lexicon
from extractor.normalize import normalize

LEX = load_lexicon()


def _lines(text: str) -> list[tuple[str, str]]:
    """(kind, line text) of every line of the normalized, mended text."""
    nt = join_paragraphs(normalize(text))
    return [(ln.kind, ln.text) for ln in classify(nt.text, LEX)]


# (id, text, mended text)
MENDED = [
    ("broken-mid-sentence", "县卫健局要加强对全县医疗机构发热门诊的\n管理，做好预检分诊工作。",
     "县卫健局要加强对全县医疗机构发热门诊的管理，做好预检分诊工作。"),
    ("ends-with-comma", "各乡镇要落实属地责任，\n及时报告疫情。", "各乡镇要落实属地责任，及时报告疫情。"),
    ("ends-with-list-mark", "县卫健局、县教体局、\n县财政局为成员单位。", "县卫健局、县教体局、县财政局为成员单位。"),
    ("unclosed-bracket", "依据《青山县突发公共卫生事件\n应急预案》执行。", "依据《青山县突发公共卫生事件应急预案》执行。"),
    ("titles-broken-at-each-opening-bracket", "依据《\n传染病防治法》、《\n执业医师法》等法律，加强管理。",
     "依据《传染病防治法》、《执业医师法》等法律，加强管理。"),
    ("bracket-closed-and-reopened", "参照（一）项和（\n二）项执行。", "参照（一）项和（二）项执行。"),
    ("quote-closed-and-reopened", "开展“健康县城”和“\n卫生乡镇”创建。", "开展“健康县城”和“卫生乡镇”创建。"),
    ("sentence-end-kept", "做好监测。\n加强宣传。", "做好监测。\n加强宣传。"),
    ("next-line-numbered", "建立联防联控工作机制加强部门协作配合\n（二）加强监测", "建立联防联控工作机制加强部门协作配合\n（二）加强监测"),
    ("roster-lines-kept", "张  威   县卫健局局长\n刘海燕   县妇联主席", "张威 县卫健局局长\n刘海燕 县妇联主席"),
    ("header-line-kept", "成员：李明、赵红，\n孙伟", "成员：李明、赵红，\n孙伟"),
    ("title-kept", "关于印发青山县鼠疫防控工作方案的通知\n各乡镇人民政府：", "关于印发青山县鼠疫防控工作方案的通知\n各乡镇人民政府："),
    ("date-line-kept", "青山县人民政府办公室牵头负责此项工作的统筹\n2025年3月1日", "青山县人民政府办公室牵头负责此项工作的统筹\n2025年3月1日"),
    ("table-row-kept", "县卫健局  疫情监测  2025年6月底\n县财政局  经费保障  长期坚持",
     "县卫健局 疫情监测 2025年6月底\n县财政局 经费保障 长期坚持"),
    ("chapter-heading-with-a-comma-above-its-paragraph",
     "二、压实属地责任，全面落实防控措施\n各乡镇和县卫健、教体等部门要迅速行动，加强排查，落实晨检制度，做好病例报告工作。",
     "二、压实属地责任，全面落实防控措施\n各乡镇和县卫健、教体等部门要迅速行动，加强排查，落实晨检制度，做好病例报告工作。"),
    ("chapter-item-broken-mid-sentence-still-mended",
     "三、县卫健局要加强对全县医疗机构发热门诊的\n管理，做好预检分诊工作。",
     "三、县卫健局要加强对全县医疗机构发热门诊的管理，做好预检分诊工作。"),
    ("unit-alone-after-a-blank-line-kept",  # a web table copied cell by cell: the unit heads the cell below
     "依法提出封锁有关区域和场所的建议\n\n市住房城乡建设局\n\n做好建筑工地的防控工作",
     "依法提出封锁有关区域和场所的建议\n\n市住房城乡建设局\n\n做好建筑工地的防控工作"),
    ("unit-alone-by-its-form-after-a-blank-line-kept",  # no lexicon lists 粮油储备管理局: a level and a body ending
     "依法提出封锁有关区域和场所的建议\n\n县粮油储备管理局\n\n做好应急粮油的储备调运",
     "依法提出封锁有关区域和场所的建议\n\n县粮油储备管理局\n\n做好应急粮油的储备调运"),
    ("a-sentence-broken-before-a-unit-without-a-blank-line-still-mended",
     "发现疑似病例的医疗机构要立即报告给当地的\n县卫健局", "发现疑似病例的医疗机构要立即报告给当地的县卫健局"),
    # a page whose punctuation was stripped: each line that opens with a body and its duty verb is a
    # sentence of its own (after a word); after a preposition the sentence still runs on
    ("line-opening-with-a-body-and-its-duty-kept",
     "县教体局负责督导各中小学做好校园消毒工作\n\n县交通局负责督导客运站做好车辆消毒工作",
     "县教体局负责督导各中小学做好校园消毒工作\n\n县交通局负责督导客运站做好车辆消毒工作"),
    ("line-opening-with-a-body-and-a-modal-kept-without-a-blank-line",
     "县商务局负责督导各大超市做好消毒工作\n县文旅局要督导各景区做好消毒工作",
     "县商务局负责督导各大超市做好消毒工作\n县文旅局要督导各景区做好消毒工作"),
    ("line-opening-with-every-unit-and-its-duty-kept",
     "县机关事务中心负责督导县直机关做好消毒工作\n\n县直各单位负责对所属办公楼进行消毒",
     "县机关事务中心负责督导县直机关做好消毒工作\n\n县直各单位负责对所属办公楼进行消毒"),
    ("line-ending-on-a-preposition-before-a-body-still-mended",
     "全县医疗机构发热门诊的日常监测工作由\n县卫健局负责统一组织和督导检查",
     "全县医疗机构发热门诊的日常监测工作由县卫健局负责统一组织和督导检查"),
    ("article-line-broken-mid-word", "第三条 县卫健局应当组织开展全县医疗机构感染防控检\n查，及时通报检查结果。",
     "第三条 县卫健局应当组织开展全县医疗机构感染防控检查，及时通报检查结果。"),
    # a table flattened one cell a line: a row's number under a long section row is no page number
    ("row-number-under-a-section-row-of-a-flat-table",
     "序号\n重点工作任务\n主要责任单位\n协同配合单位\n一、2025年白河区经济社会发展的主要预期目标\n3\n粮食产量稳定在20万吨以上。\n区农业局\n区水务局。",
     "序号\n重点工作任务\n主要责任单位\n协同配合单位\n一、2025年白河区经济社会发展的主要预期目标\n3\n粮食产量稳定在20万吨以上。\n区农业局\n区水务局。"),
    # a heading ending on a unit label and its bodies (a progress report's project and its lead):
    # the label's value ends the line, the report under it is a sentence of its own
    ("line-ending-on-a-unit-label-and-its-body-kept",
     "（一）青山县老年人视力筛查牵头责任部门：县卫生健康局\n\n截至3月底，已完成筛查1200人。",
     "（一）青山县老年人视力筛查牵头责任部门：县卫生健康局\n\n截至3月底，已完成筛查1200人。"),
    ("line-ending-on-a-unit-label-and-a-word-that-is-no-body-still-mended",
     "（一）青山县老年人视力筛查牵头责任部门：县卫生健康局会同\n县民政局组织实施。",
     "（一）青山县老年人视力筛查牵头责任部门：县卫生健康局会同县民政局组织实施。"),
    ("page-number-inside-a-sentence", "县卫健局要加强对全县医疗机构发热门诊的\n7\n管理，做好预检分诊工作。",
     "县卫健局要加强对全县医疗机构发热门诊的管理，做好预检分诊工作。"),
    ("column-of-figures-kept", "各县（市、区）全年应完成的培训人数分别\n120\n135\n青山县\n98",
     "各县（市、区）全年应完成的培训人数分别120\n135\n青山县\n98"),
    broken("a title broken after fewer than 18 characters is not mended (join_paragraphs needs a long "
           "line or a trailing comma)",
           "short-title-over-two-lines", "关于成立青山县鼠疫防控\n领导小组的通知\n组长：王建国",
           "关于成立青山县鼠疫防控领导小组的通知\n组长：王建国"),
]


@pytest.mark.parametrize(("text", "mended"), rows(MENDED))
def test_join_paragraphs(text: str, mended: str) -> None:
    nt = join_paragraphs(normalize(text))
    assert nt.text == mended
    # mending only drops line breaks: every character still maps to the file
    assert all(nt.original[o] == ch or ch in "：，。；（）！？ " for ch, o in zip(nt.text, nt.offsets, strict=True))


# (id, text, [(kind, line text)])
KINDS = [
    ("notice-title", "关于印发青山县2025年鼠疫防控工作方案的通知\n各乡镇人民政府：",
     [("heading", "关于印发青山县2025年鼠疫防控工作方案的通知"), ("para", "各乡镇人民政府：")]),
    ("chinese-numbered-heading", "一、工作目标\n二、建立由县政府牵头、各部门参与的联防联控机制，确保落实。",
     [("heading", "一、工作目标"), ("para", "二、建立由县政府牵头、各部门参与的联防联控机制，确保落实。")]),
    ("chapter-heading", "第二章 组织保障", [("heading", "第二章 组织保障")]),
    ("sub-heading-is-para", "（一）加强监测", [("para", "（一）加强监测")]),
    ("numbered-items", "1.县卫健局负责疫情监测。\n2、县林草局负责鼠情监测。\n（3）县财政局保障经费。",
     [("item", "1.县卫健局负责疫情监测。"), ("item", "2、县林草局负责鼠情监测。"), ("item", "（3）县财政局保障经费。")]),
    ("decimal-is-no-item", "1.5万元由县财政局安排。", [("para", "1.5万元由县财政局安排。")]),
    ("web-clutter-line", "发布时间：2025-03-01 浏览次数：120\n县卫健局负责监测。",
     [("noise", "发布时间：2025-03-01 浏览次数：120"), ("para", "县卫健局负责监测。")]),
    ("database-field-line", "索引号：11340-2025-0012\n县卫健局负责监测。",
     [("noise", "索引号：11340-2025-0012"), ("para", "县卫健局负责监测。")]),
    ("clutter-to-the-end", "县卫健局负责监测。\n相关推荐\n青山县召开防汛会议\n县水务局负责排涝。",
     [("para", "县卫健局负责监测。"), ("noise", "相关推荐"), ("noise", "青山县召开防汛会议"), ("noise", "县水务局负责排涝。")]),
    ("read-the-next-article-to-the-end", "县卫健局负责监测。\n阅读下一篇\n省商务厅通知各地严防鼠疫",
     [("para", "县卫健局负责监测。"), ("noise", "阅读下一篇"), ("noise", "省商务厅通知各地严防鼠疫")]),
    ("roster-line-is-para", "张  威   县卫健局局长", [("para", "张威 县卫健局局长")]),
    broken("a page number line (— 3 —) left by a Word/PDF export is not marked as clutter",
           "page-footer", "县卫健局负责监测。\n— 3 —\n县财政局保障经费。",
           [("para", "县卫健局负责监测。"), ("noise", "— 3 —"), ("para", "县财政局保障经费。")]),
]


@pytest.mark.parametrize(("text", "lines"), rows(KINDS))
def test_line_kinds(text: str, lines: list[tuple[str, str]]) -> None:
    assert _lines(text) == lines


def test_items_sections_and_bodies() -> None:
    text = "一、工作目标\n（一）加强监测\n1.县卫健局负责疫情监测。\n（2）县林草局负责鼠情监测。\n二、保障措施\n县财政局保障经费。"
    nt = join_paragraphs(normalize(text))
    got = [(ln.kind, ln.number, ln.section, ln.subsection, nt.text[ln.body_start : ln.end]) for ln in classify(nt.text, LEX)]
    assert got == [
        ("heading", None, "工作目标", "", "工作目标"),
        ("para", None, "工作目标", "加强监测", "加强监测"),
        ("item", 1, "工作目标", "加强监测", "县卫健局负责疫情监测。"),
        ("item", 2, "工作目标", "加强监测", "县林草局负责鼠情监测。"),
        ("heading", None, "保障措施", "", "保障措施"),
        ("para", None, "保障措施", "", "县财政局保障经费。"),
    ]


# The ``policykg_layout`` component puts the lines on the Doc: ``doc.spans["lines"]``, over
# the file's own text. (id, notice, [(label, line text)])
DOC_LINES = [
    ("heading-item-para", "一、工作目标\n1.县卫健局负责疫情监测。\n县财政局保障经费。\n",
     [("HEADING", "一、工作目标"), ("ITEM", "1.县卫健局负责疫情监测。"), ("PARA", "县财政局保障经费。")]),
    ("clutter-is-noise", "县卫健局负责监测。\n浏览次数：120\n",
     [("PARA", "县卫健局负责监测。"), ("NOISE", "浏览次数：120")]),
    ("padded-line-as-written", "张  威   县卫健局局长\n", [("PARA", "张  威   县卫健局局长")]),
]


@pytest.mark.parametrize(("text", "lines"), rows(DOC_LINES))
def test_lines_on_the_doc(text: str, lines: list[tuple[str, str]]) -> None:
    assert spans_of(doc_of(text), "lines") == lines
