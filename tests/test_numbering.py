"""``extractor/numbering.py`` on its own: which numbering style opens a text
(``marker_style``) and the value of a Chinese numeral (``cn_value``).

Each table row: an id, the input, what the public function gives."""

from __future__ import annotations

import pytest
from tables import rows

from extractor.numbering import cn_value, marker_style

# (id, text, style: 0 一、 / 1 （一） / 2 1. / 3 （1） / None)
STYLES = [
    ("chinese-enumeration", "三、工作要求", 0),
    ("chinese-enumeration-full-width-dot", "十二．保障措施", 0),
    ("chinese-in-brackets", "（四）县教育局负责学校防控", 1),
    ("chinese-in-half-width-brackets", "(十一)其他事项", 1),
    ("arabic", "2.县卫健局负责疫情监测", 2),
    ("arabic-with-comma", "15、各乡镇做好排查", 2),
    ("arabic-in-brackets", "（3）做好物资储备", 3),
    ("a decimal is no marker", "2.5万元用于采购", None),
    ("arabic-before-a-year", "3．2022年底前完成改造", 2),  # an item opening with its deadline, no decimal
    ("a decimal before 年 is no year", "1.5年内完成", None),
    ("a year is no marker", "2024年3月底前完成", None),
    ("capital-numeral-in-brackets", "（壹）制定年度计划", 1),
    ("capital-numeral-enumeration", "贰、工作要求", 0),
    ("plain text", "县卫健局负责疫情监测", None),
    ("a chapter is no list item", "第三条 工作职责", None),
]


@pytest.mark.parametrize(("text", "style"), rows(STYLES))
def test_marker_style(text, style):
    assert marker_style(text, 0, len(text)) == style


# (id, numeral, value)
VALUES = [
    ("one", "一", 1),
    ("ten", "十", 10),
    ("teens", "十三", 13),
    ("tens", "二十", 20),
    ("tens-and-ones", "九十九", 99),
    ("not a numeral", "甲", None),
    ("a year digit by digit", "二〇二三", 2023),
    ("a year with zeros written 0", "二00三", 2003),
    ("full-width digits", "１２", 12),
    ("capital-numeral", "叁", 3),
    ("capital-ten-and-two", "拾贰", 12),
    ("empty", "", None),
]


@pytest.mark.parametrize(("word", "value"), rows(VALUES))
def test_cn_value(word, value):
    assert cn_value(word) == value
