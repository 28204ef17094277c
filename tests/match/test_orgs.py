"""``match/orgs`` (extractor/match/orgs.py) on its own: organization names at a position
(``org_at``), the units of a list with the place prefix carried over (``unit_list``), list
items (``split_items``), lists whose every item is a body (``every_item_a_body``), free-standing items that look like a body (``looks_like_org``),
bodies no lexicon lists in the subject position (``unlisted_org_at``) and short names given
in brackets (``alias_note``).

These functions read a notice's working state; :func:`notice_of` builds it from a text with
the public functions of the earlier stages (normalize, layout, resolve)."""

from __future__ import annotations

import re

import pytest
from tables import rows

from extractor.layout import classify, join_paragraphs
from extractor.lexicon import load_lexicon
from extractor.match.orgs import (
    alias_note,
    every_item_a_body,
    looks_like_org,
    org_at,
    split_items,
    unit_list,
    unlisted_org_at,
)
from extractor.normalize import normalize
from extractor.notice import Notice
from extractor.resolve import OrgTable, find_places

LEX = load_lexicon()


def notice_of(text: str) -> Notice:
    """The working state of a notice after normalize, layout and the place finder."""
    norm = join_paragraphs(normalize(text))
    places, locality = find_places(norm.text, LEX)
    return Notice(doc_name="t.txt", norm=norm, lex=LEX, lines=classify(norm.text, LEX),
                  table=OrgTable(LEX, places, locality))


# (id, text, where to look (the first occurrence of this string), the name found there or None)
ORG_AT = [
    ("full-name-after-you", "由青山县卫生健康局牵头", "青山", "青山县卫生健康局"),
    ("short-name-bare-level", "由县卫健局牵头，县财政局配合", "县卫", "县卫健局"),
    ("youth-league", "共青团青山县委员会负责宣传", "共青团", "共青团青山县委员会"),
    ("each-township-government", "各乡（镇）人民政府要落实属地责任", "各乡", "各乡（镇）人民政府"),
    ("police-branch", "白河市公安局东城区分局负责", "白河", "白河市公安局东城区分局"),
    ("second-name-in-brackets", "县农业农村局（乡村振兴局）负责", "县农", "县农业农村局（乡村振兴局）"),
    ("includes-note", "县疾控中心（含各分中心）负责", "县疾", "县疾控中心（含各分中心）"),
    ("collective-institutions", "各医疗机构要做好预检分诊", "各医", "各医疗机构"),
    ("all-levels-institutions", "全县各级医疗卫生机构要落实首诊负责制", "全县", "全县各级医疗卫生机构"),
    ("party-organ", "县委宣传部负责舆论引导", "县委", "县委宣传部"),
    ("hospital", "县人民医院负责救治", "县人", "县人民医院"),
    ("no-place-name", "市场监管局负责食品抽检", "市场", "市场监管局"),
    # a squad's name goes into the title of a roster line; the department is the body
    ("department-of-a-squad", "县公安局交警大队负责", "县公安", "县公安局"),
    ("verb-is-no-org", "做好宣传工作", "做好", None),
    ("propaganda-department-type", "市宣传部门要加强宣传", "市宣", None),
    ("organization-department-type", "县组织部门负责考核", "县组", None),
]


@pytest.mark.parametrize(("text", "at", "name"), rows(ORG_AT))
def test_org_at(text: str, at: str, name: str | None) -> None:
    notice = notice_of(text)
    pos = notice.text.index(at)
    end = org_at(notice, notice.text, pos, len(notice.text))
    assert (notice.text[pos:end] if end is not None else None) == name


def test_org_at_prefers_a_known_written_form() -> None:
    notice = notice_of("青山县卫健局（疾控）负责")
    notice.table.add("县卫健局（疾控）")  # a written form the notice already used
    text = "县卫健局（疾控）负责"
    assert org_at(notice, text, 0, len(text)) == len("县卫健局（疾控）")
    assert org_at(notice, text, 0, 4) == 4  # never past the limit


# (id, text, the list (between these two strings, or to the end), units as written with the
#  place prefix carried over)
UNITS = [
    ("party-prefix-to-party-organ", "市委宣传部、统战部，市公安局、发改委", None, None,
     ["市委宣传部", "市委统战部", "市公安局", "市发改委"]),
    # a place's party committee and its own department written together: one unit, not 东江省委 + 宣传部
    ("party-department-with-its-place", "东江省委宣传部、省卫生厅、省公安厅治安局", None, None,
     ["东江省委宣传部", "省卫生厅", "省公安厅治安局"]),
    ("separators", "县卫健局，县教体局；县财政局及县民政局", None, None, ["县卫健局", "县教体局", "县财政局", "县民政局"]),
    ("composition-list", "关于建立桐江县防治艾滋病工作联席会议制度的通知\n联席会议由县卫生健康局、县委宣传部、统战部、"
     "残联、城市管理和综合执法局、桐江海关、县人民医院和各基层医疗卫生单位组成。", "由", "组成",
     ["县卫生健康局", "县委宣传部", "县委统战部", "县残联", "县城市管理和综合执法局", "桐江海关", "县人民医院",
      "各基层医疗卫生单位"]),
    ("territorial-party-first", "由属地和市公安局负责落实。", "由", "负责", ["属地", "市公安局"]),  # 属地和X: two parties
    ("territorial-party-last", "由团市委和属地负责落实。", "由", "负责", ["团市委", "属地"]),
    ("territorial-party-then-a-list", "由属地和县卫健局、县教育局负责。", "由", "负责", ["属地", "县卫健局", "县教育局"]),
    ("territorial-party-and-a-collective", "由属地和各有关部门负责。", "由", "负责", ["属地", "各有关部门"]),
    ("and-inside-a-department-name", "由县住房和城乡建设局负责。", "由", "负责", ["县住房和城乡建设局"]),  # near-miss
    ("short-names-by-position", "成员由综治、公安、民政、司法、残联等部门组成", "由", "等部门",
     ["综治", "公安", "民政", "司法", "残联"]),
    # 市场 is a word, not the level 市: no 市 carried over to the national bodies after it
    ("market-is-no-city-prefix", "小组由教育部、市场监管总局、体育总局、国家文物局组成", "由", "组成",
     ["教育部", "市场监管总局", "体育总局", "国家文物局"]),
    # 中心 qualifies the institution after it (中心卫生院, 中心小学): one unit each, no cut after 中心
    ("centre-qualifies-the-institution", "成员由镇派出所、青石镇中心卫生院、镇中心小学组成。", "由", "组成",
     ["镇派出所", "青石镇中心卫生院", "镇中心小学"]),
    # the closing 等 and its kind with a second kind in brackets: no part of the last unit's name
    ("etc-kind-with-a-bracketed-kind", "县民政局牵头，县财政局、县慈善协会等有关部门（单位）参加。", "，", "参加",
     ["县财政局", "县慈善协会"]),
    # 等 closes the list of ministries, 和 adds a second party: two units, 等 in neither
    ("etc-then-and", "（体育总局、文化和旅游部等和各省级人民政府负责）", "（", "负责",
     ["体育总局", "文化和旅游部", "各省级人民政府"]),
]


@pytest.mark.parametrize(("text", "after", "before", "units"), rows(UNITS))
def test_unit_list(text: str, after: str | None, before: str | None, units: list[str]) -> None:
    notice = notice_of(text)
    t = notice.text
    start = t.index(after) + len(after) if after else 0
    end = t.index(before, start) if before else len(t)
    assert [w for _s, _e, w in unit_list(notice, start, end, by_position=True)] == units


def test_unit_list_by_position_takes_no_count_of_units() -> None:
    """``由两个以上企业联合组成``: how many units, not which: no unit."""
    notice = notice_of("申请主体由两个以上企业联合组成，联合体由多个独立法人联合组成")
    t = notice.text
    for start, end in ((t.index("由") + 1, t.index("组成")), (t.rindex("由") + 1, t.rindex("组成"))):
        assert unit_list(notice, start, end, by_position=True) == []


def test_unit_list_by_position_takes_plain_names() -> None:
    notice = notice_of("成员由综治、东岭部队、其他党政班子成员组成")
    t = notice.text
    start, end = t.index("由") + 1, t.index("组成")
    assert [w for _s, _e, w in unit_list(notice, start, end)] == []  # no body's ending
    assert [w for _s, _e, w in unit_list(notice, start, end, by_position=True)] == ["综治", "东岭部队"]


# (id, text, items)
ITEMS = [
    ("mixed-marks", "县卫健局、县教体局，县财政局；县民政局", ["县卫健局", "县教体局", "县财政局", "县民政局"]),
    ("no-split-in-brackets", "县农业农村局（畜牧、兽医）、县林草局", ["县农业农村局（畜牧、兽医）", "县林草局"]),
    ("spaces-trimmed", " 卫生 、 教育 ", ["卫生", "教育"]),
    ("one-item", "县卫健局", ["县卫健局"]),
]


@pytest.mark.parametrize(("text", "items"), rows(ITEMS))
def test_split_items(text: str, items: list[str]) -> None:
    assert [text[s:e] for s, e in split_items(text, 0, len(text))] == items


# (id, free-standing item, could it be a body's name)
LOOKS = [
    ("lexicon-name", "县卫健局", True),
    ("suffix-not-in-lexicon", "林业和草原综合行政执法大队", True),
    ("township-office", "县社会事务办", True),
    ("attachment", "附件1", False),
    ("contact-line", "联系人：张三", False),
    ("a-duty", "做好宣传", False),
    ("latin-letters", "abc局", False),
    ("people", "其他党政班子成员", False),
]


@pytest.mark.parametrize(("name", "looks"), rows(LOOKS))
def test_looks_like_org(name: str, looks: bool) -> None:
    assert looks_like_org(name, notice_of("通知")) is looks


def _short(written: str) -> bool:
    return len(written) <= 4


# (id, list, is every item a body (one org_at reads, else a short one by its form))
EVERY_ITEM = [
    ("all-listed", "县卫健局、县教育局、县公安局", True),
    ("one-by-form", "县卫健局、县林场", True),
    ("one-too-long-for-the-form", "县卫健局、青石镇林业工作站", False),
    ("one-item-is-no-list", "县卫健局", False),
    ("a-clause-in-the-list", "县卫健局、做好宣传工作", False),
]


@pytest.mark.parametrize(("text", "every"), rows(EVERY_ITEM))
def test_every_item_a_body(text: str, every: bool) -> None:
    assert every_item_a_body(notice_of(text), 0, len(text), _short) is every


_FOLLOW = re.compile("要|负责")
_UNLISTED_TEXT = "青石镇社会事务办要每月走访。县爱国卫生运动委员会（以下简称县爱卫会）负责统筹。各项工作要落实。镇综合执法队负责清理。"

# (id, where to look in _UNLISTED_TEXT, (name, name with its note) or None)
UNLISTED = [
    ("office-by-suffix", "青石", ("青石镇社会事务办", "青石镇社会事务办")),
    ("name-with-alias-note", "县爱", ("县爱国卫生运动委员会", "县爱国卫生运动委员会（以下简称县爱卫会）")),
    ("enforcement-team", "镇综", ("镇综合执法队", "镇综合执法队")),
    ("collective-start-is-no-body", "各项", None),
]


@pytest.mark.parametrize(("at", "found"), rows(UNLISTED))
def test_unlisted_org_at(at: str, found: tuple[str, str] | None) -> None:
    notice = notice_of(_UNLISTED_TEXT)
    t = notice.text
    pos = t.index(at)
    got = unlisted_org_at(notice, pos, len(t), _FOLLOW)
    assert (None if got is None else (t[pos : got[0]], t[pos : got[1]])) == found


# (id, text, where to look, (follow pattern, limit: the end of this string or the text's end), name or None):
# the same position asked again with another pattern or limit answers for that pattern and limit
UNLISTED_ASKED_AGAIN = [
    ("verb-asked-first", "镇综合执法队负责清理，县爱卫办要督查。", "镇综", [("负责", None, "镇综合执法队"), ("要", None, None)]),
    ("verb-asked-second", "镇综合执法队负责清理，县爱卫办要督查。", "镇综", [("要", None, None), ("负责", None, "镇综合执法队")]),
    ("shorter-limit", "镇综合执法队负责清理。", "镇综", [("负责", None, "镇综合执法队"), ("负责", "镇综合执法", None)]),
    ("counterpart-in-brackets", "乡镇综合执法队（街道执法队）负责清理。", "乡镇", [("要", None, None), ("负责", None, "乡镇综合执法队")]),
]


@pytest.mark.parametrize(("text", "at", "asks"), rows(UNLISTED_ASKED_AGAIN))
def test_unlisted_org_at_asked_again(text: str, at: str, asks: list[tuple[str, str | None, str | None]]) -> None:
    notice = notice_of(text)
    t = notice.text
    pos = t.index(at)
    for follow, upto, name in asks:
        limit = t.index(upto) + len(upto) if upto else len(t)
        got = unlisted_org_at(notice, pos, limit, re.compile(follow))
        assert (None if got is None else t[pos : got[0]]) == name, (follow, upto)


# (id, text after a body's name, the short name)
NOTES = [
    ("yixia-jiancheng", "县爱国卫生运动委员会（以下简称县爱卫会）负责", "县爱卫会"),
    ("quoted", "青山县防治重大疾病工作联席会议（以下简称“联席会议”）", "联席会议"),
    ("xiacheng", "县疾病预防控制中心(下称疾控中心)", "疾控中心"),
    ("no-note", "县卫健局（牵头）", None),
]


@pytest.mark.parametrize(("text", "short"), rows(NOTES))
def test_alias_note(text: str, short: str | None) -> None:
    notice = notice_of(text)
    end = notice.text.index("（")
    assert alias_note(notice, end, len(notice.text)) == short
