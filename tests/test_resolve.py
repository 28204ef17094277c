"""Stage ``resolve`` (extractor/resolve.py) on its own: the places a notice uses as prefixes
and its locality (``find_places``); one body per organization with its canonical name (bare
level expanded to the locality), its kind and its written forms as aliases (``OrgTable``).

Each table row: an id, the input, what the public function gives."""

from __future__ import annotations

import pytest
from tables import broken, rows

from extractor.lexicon import load_lexicon
from extractor.resolve import OrgTable, find_places, is_subunit, name_bodies, name_key

LEX = load_lexicon()

# (id, notice text, places found, the notice's locality)
PLACES = [
    ("title-and-bare-level", "关于成立青山县结核病防治工作领导小组的通知\n县卫健局、县教体局负责。", {"青山县"}, "青山县"),
    ("banner-then-bare", "奈曼旗卫生健康委、旗公安局、旗民政局", {"奈曼旗"}, "奈曼旗"),
    ("two-counties-bare-decides", "东湖区、西湖区要做好农村地区的改厕工作。", {"东湖区", "西湖区"}, "东湖区"),
    ("long-city-name", "乌鲁木齐市卫生健康委员会、市教育局", {"乌鲁木齐市"}, "乌鲁木齐市"),
    ("place-after-verb", "成立绿水县防汛指挥部，绿水县水务局、县应急局参加。", {"绿水县"}, "绿水县"),
    ("district-party-organs", "昌平区委宣传部、区委统战部、区卫健委", {"昌平区"}, "昌平区"),
    ("province", "江南省卫生厅、省教育厅", {"江南省"}, "江南省"),
    ("collective-levels-no-place", "各旗县区卫生健康委负责。", set(), None),
    ("slogan-no-place", "推进“健康强省”建设，省卫健委负责。", set(), None),
    ("strong-province-slogan-no-place",  # 中医药强省建设: a slogan without quotes; the province is named apart
     "青山省推进中医药强省建设，省中医药局、省财政厅负责。", {"青山省"}, "青山省"),
    ("kind-of-area-no-place", "做好农村地区和牧区的饮水安全工作。", set(), None),
    ("a-body-end-and-a-conjunction-are-no-place", "青山县水利局和县财政局负责具体实施。", {"青山县"}, "青山县"),
    ("a-body-and-a-conjunction-before-a-level-are-no-place",  # 国务院和|省委: two bodies joined, no place
     "落实党中央、国务院和省委、省人民政府的部署，省卫生厅负责。", set(), None),
    ("a-name-before-a-district-head-post-is-no-place",  # 王立新区长：…: a person and the post 区长
     "王立新区长：负责全面工作。\n李平副区长：负责卫生工作。\n区卫健局负责。", set(), None),
    ("a-place-before-its-head-post-stays", "青山县副县长：负责全面工作。\n县卫健局负责。", {"青山县"}, "青山县"),
    ("a-level-starting-a-common-noun-is-no-place",  # 乡镇集贸|市场: a market, not a city 乡镇集贸市
     "1.市卫生局负责，加强乡镇集贸市场的卫生监督。\n2.市农业局负责。", set(), None),
    ("a-level-before-a-department-stays",  # 青山县|城管局 (县城 starts no body here)
     "关于整治市容的通知\n青山县城管局负责。", {"青山县"}, "青山县"),
    # 会同 (together with) before 市X is a verb, not a place 会同市; a county of that stem is a
    # place when the title names it
    ("a-partner-verb-before-a-body-is-no-place",
     "青山市储备粮管理办法\n第五条 市发展改革局会同市财政局拟订储备计划。\n第六条 会同市审计局核销费用。",
     {"青山市"}, "青山市"),
    ("a-county-whose-stem-is-a-partner-verb-named-in-the-title",
     "会同县人民政府关于做好防汛工作的通知\n县水利局负责。", {"会同县"}, "会同县"),
    # a verb before a body (建议白河市人民政府…, 领导批示县卫健局…) is no part of its place, wherever
    # the verb sits in the stem read
    ("a-verb-of-advice-before-a-place-is-no-place",
     "关于地下振动监测的复函\n建议白河市人民政府按照专家组意见，做好地下振动监测工作。", {"白河市"}, "白河市"),
    ("a-verb-of-instruction-before-a-level-is-no-place", "关于监测工作的通知\n领导批示县卫健局认真研究。", set(), None),
    broken("the verb of a title (关于印发青山县…) is read into the place: 印发青山县",
           "title-yinfa", "关于印发青山县鼠疫防控方案的通知\n县卫健局负责。", {"青山县"}, "青山县"),
    broken("a place stem longer than four characters (新疆维吾尔 + 自治区) is cut to its last four",
           "five-character-stem", "新疆维吾尔自治区卫生健康委员会、自治区教育厅", {"新疆维吾尔自治区"}, "新疆维吾尔自治区"),
]


@pytest.mark.parametrize(("text", "places", "locality"), rows(PLACES))
def test_find_places(text: str, places: set[str], locality: str | None) -> None:
    found, loc = find_places(text, LEX)
    assert set(found) == places
    assert loc == locality


def _table(text: str) -> OrgTable:
    return OrgTable(LEX, *find_places(text, LEX))


# (id, notice text (for its places), written forms added in order,
#  [(canonical name, kind, locality) of the body each form resolves to])
CANONICAL = [
    ("bare-level-expanded", "青山县卫健局、县教体局", ["县卫健局"], [("青山县卫健局", "卫生健康", "青山县")]),
    ("full-and-short-one-body", "白河市卫健委、市公安局", ["市卫健委", "白河市卫生健康委员会"],
     [("白河市卫健委", "卫生健康", "白河市")] * 2),
    ("spaces-inside-a-name", "青山县卫健局", ["县卫 健局"], [("青山县卫健局", "卫生健康", "青山县")]),
    ("parenthetical-second-name", "白河市农业农村局", ["市农业农村局（市乡村振兴局）", "市乡村振兴局"],
     [("白河市农业农村局", "农业农村", "白河市")] * 2),
    ("disease-control-full-and-short", "白河市疾控中心", ["市疾控中心", "市疾病预防控制中心"],
     [("白河市疾控中心", "疾病预防控制", "白河市")] * 2),
    ("party-organ", "白河市委宣传部", ["市委宣传部"], [("白河市委宣传部", "宣传", "白河市")]),
    ("youth-league-short-form", "共青团青山县委员会", ["共青团青山县委员会", "县团委"],
     [("共青团青山县委员会", "共青团", None)] * 2),
    ("level-word-is-no-place", "青山县卫健局", ["省级医保部门"], [("省级医保部门", None, None)]),
    ("bare-level-and-no-level-one-body-wherever-the-place",  # no place named: 区商务局 and 商务局 still one
     "区商务局、工商局", ["区商务局", "商务局"], [("区商务局", "商务", None)] * 2),
    ("collective-governments", "青山县卫健局", ["各乡镇人民政府"], [("各乡镇人民政府", "人民政府", None)]),
    ("department-not-its-squad", "青山县公安局", ["县公安局交警大队", "县公安局"],
     [("青山县公安局交警大队", "公安", "青山县"), ("青山县公安局", "公安", "青山县")]),
    # two sections of one body, their last words different, are two bodies; the same section
    # written again is one
    ("two-sections-of-one-centre", "白河市疾控中心", ["市疾控中心地方病科", "市疾控中心免疫科", "市疾控中心免疫科"],
     [("白河市疾控中心地方病科", "疾病预防控制", "白河市"), ("白河市疾控中心免疫科", "疾病预防控制", "白河市"),
      ("白河市疾控中心免疫科", "疾病预防控制", "白河市")]),
    broken("支队 is not a sub-unit ending, so 县公安局 resolves to the city's 交警支队",
           "county-bureau-not-city-detachment", "白河市卫健委、市公安局交警支队", ["市公安局交警支队", "县公安局"],
           [("白河市公安局交警支队", "公安", "白河市"), ("县公安局", "公安", None)]),
    broken("a second name given in brackets (县农业农村局（乡村振兴局）) is not found when written bare later",
           "bracket-name-written-bare", "青山县农业农村局", ["县农业农村局（乡村振兴局）", "乡村振兴局"],
           [("青山县农业农村局", "农业农村", "青山县")] * 2),
]


@pytest.mark.parametrize(("text", "forms", "bodies"), rows(CANONICAL))
def test_canonical_names(text: str, forms: list[str], bodies: list[tuple[str, str | None, str | None]]) -> None:
    table = _table(text)
    got = []
    for form in forms:
        org = table.add(form)
        got.append((org.name, org.kind, org.locality))
    assert got == bodies
    assert len(table.orgs) == len(set(bodies))


# (id, notice text, written forms added, canonical name, its aliases afterwards)
ALIASES = [
    ("short-form-is-alias", "青山县卫健局", ["县卫健局"], "青山县卫健局", {"县卫健局"}),
    ("canonical-name-no-alias", "青山县卫健局", ["青山县卫健局"], "青山县卫健局", set()),
    ("every-written-form", "白河市卫健委", ["市卫健委", "白河市卫生健康委员会"], "白河市卫健委",
     {"市卫健委", "白河市卫生健康委员会"}),
    ("bracket-name-expanded", "白河市农业农村局", ["市农业农村局（乡村振兴局）"], "白河市农业农村局",
     {"市农业农村局（乡村振兴局）", "白河市乡村振兴局"}),
]


@pytest.mark.parametrize(("text", "forms", "name", "aliases"), rows(ALIASES))
def test_aliases(text: str, forms: list[str], name: str, aliases: set[str]) -> None:
    table = _table(text)
    for form in forms:
        table.add(form)
    org = table.find(name)
    assert org is not None and org.name == name
    assert org.aliases == aliases
    for form in [name, *aliases]:
        assert table.find(form) is org
        assert table.forms()[form] is org


# (id, notice text, written forms of one body in the order components add them (a rule
#  that knows the body records the form, as ``duties`` does for 各省级医保部门 / 省级医保部门),
#  its name after ``name_bodies``, its aliases)
NAMES = [
    ("fullest-form", "青山县卫生健康局关于…的通知\n县卫健局负责。", ["县卫健局", "青山县卫生健康局"],
     "青山县卫生健康局", {"县卫健局", "青山县卫健局"}),
    ("fullest-form-added-first", "青山县卫生健康局关于…的通知\n县卫健局负责。", ["青山县卫生健康局", "县卫健局"],
     "青山县卫生健康局", {"县卫健局"}),
    ("fuller-by-a-place-prefix", "发展改革委牵头，国家发展改革委负责。", ["发展改革委", "国家发展改革委"],
     "国家发展改革委", {"发展改革委"}),
    ("words-after-a-name-are-not-fuller", "江南省科技厅：\n（省科技厅分工负责）\n省科技厅牵头。",
     ["省科技厅分工", "省科技厅"], "江南省科技厅", {"省科技厅分工", "省科技厅", "江南省科技厅分工"}),
    ("collective-form-is-not-fuller-first-written-wins", "省级医保部门要…各省级医保部门要…",
     ["各省级医保部门", "省级医保部门"], "省级医保部门", {"各省级医保部门"}),
    ("one-form-unchanged", "白河市卫健委", ["市卫健委"], "白河市卫健委", {"市卫健委"}),
]


@pytest.mark.parametrize(("text", "forms", "name", "aliases"), rows(NAMES))
def test_name_bodies(text: str, forms: list[str], name: str, aliases: set[str]) -> None:
    table = _table(text)
    org = table.add(forms[0])
    for form in forms[1:]:
        table.alias(org, form)
        assert table.add(form) is org
    name_bodies(table, text)
    (org,) = table.orgs
    assert (org.name, org.aliases) == (name, aliases)


# (id, notice text, written form, (place prefix, rest))
SPLIT = [
    ("known-place", "青山县卫健局", "青山县卫健局", ("青山县", "卫健局")),
    ("bare-level", "青山县卫健局", "县卫健局", ("县", "卫健局")),
    ("party-committee-level", "青山县卫健局", "县委宣传部", ("县", "委宣传部")),
    ("market-bureau-not-city", "青山县卫健局", "市场监督管理局", ("", "市场监督管理局")),
    ("level-word", "青山县卫健局", "省级医保部门", ("", "省级医保部门")),
]


@pytest.mark.parametrize(("text", "written", "split"), rows(SPLIT))
def test_split_place(text: str, written: str, split: tuple[str, str]) -> None:
    assert _table(text).split_place(written) == split


def test_different_localities_stay_apart() -> None:
    table = _table("青山县卫健局、白河市卫健委")
    county, city = table.add("青山县卫健局"), table.add("白河市卫健委")
    assert county is not city
    assert (county.locality, city.locality) == ("青山县", "白河市")


# (id, bodies added to the table, text, where to look, limit (end of this string, or the text's end), the form found)
FORM_AT = [
    ("longest-form-wins", ["青山县卫健局", "青山县卫健局疾控科"], "青山县卫健局疾控科负责", "青山", None, "青山县卫健局疾控科"),
    ("limit-cuts-the-longer", ["青山县卫健局", "青山县卫健局疾控科"], "青山县卫健局疾控科负责", "青山", "卫健局", "青山县卫健局"),
    ("alias-is-a-form", ["县爱国卫生运动委员会（县爱卫会）"], "县爱卫会负责", "县爱", None, "县爱卫会"),
    ("form-added-later-is-found", ["青山县卫健局", "+青山县教体局"], "青山县教体局负责", "青山", None, "青山县教体局"),
    ("not-at-the-position", ["青山县卫健局"], "由青山县卫健局负责", "由", None, None),
]


@pytest.mark.parametrize(("bodies", "text", "at", "upto", "form"), rows(FORM_AT))
def test_longest_form_at(bodies: list[str], text: str, at: str, upto: str | None, form: str | None) -> None:
    table = _table(text)
    for written in bodies:
        if written.startswith("+"):
            table.longest_form_at(text, 0, len(text))  # the index is built, then a body is added
        table.add(written.removeprefix("+"))
    pos = text.index(at)
    limit = text.index(upto) + len(upto) if upto else len(text)
    end = table.longest_form_at(text, pos, limit)
    assert (None if end is None else text[pos:end]) == form


# (id, name, comparison key)
KEYS = [
    ("spaces", "县 卫健局", "县卫健局"),
    ("brackets-and-quotes", "“县疾控中心（站）”", "县疾控中心站"),
    ("list-marks", "卫生、民政，教育", "卫生民政教育"),
    ("middle-dot", "阿依·买买提", "阿依买买提"),
    ("government-office-full", "青山市人民政府办公室", "青山市政府办"),
    ("government-office-short", "青山市政府办", "青山市政府办"),
    ("government-office-shortest", "青山市府办", "青山市政府办"),
    ("provincial-general-office-stays", "青山省人民政府办公厅", "青山省政府办公厅"),
]


@pytest.mark.parametrize(("name", "key"), rows(KEYS))
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


# (id, name, is a sub-unit of a department)
SUBUNITS = [
    ("squad", "县公安局交警大队", True),
    ("branch", "市公安局东城分局", True),
    ("section", "县卫健委疾控股", True),
    ("department", "县公安局", False),
    ("center", "县疾控中心", False),
    broken("支队 (a city-level detachment) is not a sub-unit ending", "detachment", "市公安局交警支队", True),
]


@pytest.mark.parametrize(("name", "sub"), rows(SUBUNITS))
def test_is_subunit(name: str, sub: bool) -> None:
    assert is_subunit(name) is sub
