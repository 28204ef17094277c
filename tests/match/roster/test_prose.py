"""People named in a sentence (extractor/match/roster/prose.py): ``组长由X担任``."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows, spans_of

from . import ROLES, TITLE, G

# (id, notice, PERSON span texts in order, facts)
PROSE = [
    ("prose-composition",
     TITLE + "组长由县政府副县长王建国担任，副组长由县卫健局局长李明、县林草局局长陈刚担任。\n",
     ["王建国", "李明", "陈刚"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长"),
      ("李明", "deputy_leader_of", G), ("李明", "holds_post", "青山县卫健局", "title=局长"),
      ("陈刚", "deputy_leader_of", G), ("陈刚", "holds_post", "青山县林草局", "title=局长")}),
    ("committee-short-form-before-the-role",  # 县爱卫会主任由…担任; 委员由…等同志担任
     "关于调整青山县爱国卫生运动委员会组成人员的通知\n县爱卫会主任由副县长张建国担任，"
     "副主任由县卫健局局长李明担任，委员由县财政局副局长赵强等同志担任。\n",
     ["张建国", "李明", "赵强"],
     {("张建国", "leader_of", "青山县爱国卫生运动委员会"), ("张建国", "holds_post", "青山县人民政府", "title=副县长"),
      ("李明", "deputy_leader_of", "青山县爱国卫生运动委员会"), ("李明", "holds_post", "青山县卫健局", "title=局长"),
      ("赵强", "member_of", "青山县爱国卫生运动委员会"), ("赵强", "holds_post", "青山县财政局", "title=副局长")}),
    ("named-people-then-the-chair-they-hold",  # 区委副书记甲等副指挥长就…: the people before 等 hold the chair
     "东山区防汛指挥部会议召开。区委书记、指挥部指挥长钟建国作部署。区委副书记周立等副指挥长就防汛工作提出要求。\n",
     ["周立", "钟建国"],
     {("钟建国", "leader_of", "东山区防汛指挥部"), ("钟建国", "holds_post", "区委", "title=书记"),
      ("周立", "deputy_leader_of", "东山区防汛指挥部"), ("周立", "holds_post", "区委", "title=副书记")}),
    ("units-before-deng-hold-nothing",  # near-miss: 各乡镇等副组长单位 names no person, no unit's post
     TITLE + "各乡镇等副组长单位要加强配合。\n",
     [],
     set()),
    ("heads-of-a-kind-hold-the-chair",  # 由党政负责同志任组长: posts of a kind, no person named
     "青山县成立由党政负责同志任组长的防汛工作领导小组，下设办公室。\n",
     [],
     set()),
    ("office-deputies-after-the-office-head",  # 办公室主任由甲兼任，副主任由乙、丙兼任: the office's, not the group's
     TITLE + "组长由县政府副县长王建国担任。领导小组下设办公室，办公室主任由李明同志兼任，副主任由赵强、陈刚同志兼任。\n",
     ["王建国"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长")}),
    ("office-deputy-with-wei",  # 办公室主任为甲，副主任为乙
     TITLE + "组长由县政府副县长王建国担任。领导小组下设办公室，办公室主任为李明，副主任为赵强。\n",
     ["王建国"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长")}),
    ("a-group-placed-then-its-leader",  # （二）X专项小组设在Y，组长由甲兼任: the group's leader, not the body's
     TITLE + "组长由县政府副县长王建国担任。\n（二）水源保护专项小组设在县水利局，组长由李明兼任。\n"
     "（三）联席会议办公室设在县水利局，办公室主任由赵强兼任，陈刚、吴平兼任副主任，县水利局各科负责人为成员。\n",
     ["王建国"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长")}),
    ("an-office-placed-then-the-convener",  # near-miss: X办公室设在Y，召集人是甲: a post only the body has
     "关于建立白河市控烟工作联席会议制度的通知\n联席会议办公室设在市卫健委，召集人是副市长周立明。\n",
     ["周立明"],
     {("周立明", "convener_of", "白河市控烟工作联席会议"), ("周立明", "holds_post", "白河市人民政府", "title=副市长")}),
    ("a-national-title-alone",  # 国务委员王五 / 副总理王五: a post only the national government has
     "关于成立国务院青山河治理领导小组的通知\n组长由国务委员王建国担任。\n",
     ["王建国"],
     {("王建国", "leader_of", "国务院青山河治理领导小组"), ("王建国", "holds_post", "国务院", "title=国务委员")}),
    ("a-headline-run-on-before-the-post",  # 甲撤销 乙接棒 副总理王五任召集人: the post after the last space
     "青山河协调小组撤销 白河工作部际联席会议接棒 副总理周立明任召集人\n国务院同意建立白河工作部际联席会议制度。\n",
     ["周立明"],
     {("周立明", "convener_of", "白河工作部际联席会议"), ("周立明", "holds_post", "国务院", "title=副总理")}),
    ("office-head-after-its-seat",  # （一）办公室 / 设在县卫健局，主任由甲担任: the office's head, not the group's
     TITLE + "组长由县政府副县长王建国担任。\n（一）办公室\n设在县卫健局，主任由县卫健局副局长李明担任。负责日常工作。\n",
     ["王建国"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长")}),
    ("group-deputy-after-group-head-stays",  # near-miss: 组长由…，副组长由…: no office, the group's deputy
     TITLE + "组长由县政府副县长王建国担任，副组长由县卫健局局长李明担任。\n",
     ["王建国", "李明"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长"),
      ("李明", "deputy_leader_of", G), ("李明", "holds_post", "青山县卫健局", "title=局长")}),
    ("a-street-office-is-no-person",  # 白沙街道主要负责人: a unit's head, 白沙街道 is no name
     TITLE + "组长由县政府副县长王建国担任，副组长由县卫健局、白沙街道主要负责人担任。\n",
     ["王建国"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长")}),
    ("role-is-then-post-and-name",  # news: 召集人是副县长某某 (是 as 为)
     "关于建立青山县职业病防治工作联席会议制度的通知\n联席会议办公室设在县卫健局，召集人是副县长王建国。\n",
     ["王建国"],
     {("王建国", "convener_of", "青山县职业病防治工作联席会议"),
      ("王建国", "holds_post", "青山县人民政府", "title=副县长")}),
    ("role-is-a-duty-gives-nobody",  # near-miss: 组长是第一责任人 names no person
     TITLE + "组长是鼠疫防控工作的第一责任人，副组长是直接责任人。\n", [], set()),
    ("a-department-head-is-no-chair",  # 县卫健委主任由…: the department's head
     TITLE + "县卫健委主任由王建国同志兼任。\n", [], set()),
    ("changed-to-a-new-holder",  # 组长由甲同志调整为乙同志（post）: the new holder only
     "关于调整青山县鼠疫防控领导小组成员的通知\n因人事变动，领导小组组长由张建国同志调整为李明同志（县人民政府副县长），"
     "副组长由王红同志变更为赵强同志（县卫健局局长）。\n",
     ["李明", "赵强"],
     {("李明", "leader_of", G), ("李明", "holds_post", "青山县人民政府", "title=副县长"),
      ("赵强", "deputy_leader_of", G), ("赵强", "holds_post", "青山县卫健局", "title=局长")}),
    ("two-people-joined-by-he",  # 甲post甲某和乙post乙某任组长: two leaders; 发展和改革局 is one name
     TITLE + "领导小组由县卫健局局长刘晓东和县人民政府副县长杨永平任组长，县发展和改革局局长陈刚任副组长。\n",
     ["刘晓东", "杨永平", "陈刚"],
     {("刘晓东", "leader_of", G), ("刘晓东", "holds_post", "青山县卫健局", "title=局长"),
      ("杨永平", "leader_of", G), ("杨永平", "holds_post", "青山县人民政府", "title=副县长"),
      ("陈刚", "deputy_leader_of", G), ("陈刚", "holds_post", "青山县发展和改革局", "title=局长")}),
    ("composed-of-units-then-the-convener",  # 由A、B等单位组成，X担任召集人: the units are no people (国资 no name)
     "关于建立青山县职业教育工作联席会议制度的通知\n联席会议由教育、财政、国资、税务等单位组成，"
     "县人民政府副县长王建国担任召集人。\n",
     ["王建国"],
     {("王建国", "convener_of", "青山县职业教育工作联席会议"), ("王建国", "holds_post", "青山县人民政府", "title=副县长")}),
    ("role-after-the-body-name",  # 联席会议召集人由…担任: the role word right after the body's name
     "关于建立青山县职业病防治工作联席会议制度的通知\n联席会议召集人由县政府分管副县长王建国担任。\n",
     ["王建国"],
     {("王建国", "convener_of", "青山县职业病防治工作联席会议"),
      ("王建国", "holds_post", "青山县人民政府", "title=分管副县长")}),
    ("two-holders-of-a-dual-chair",  # 甲，乙担任双主任: the list runs back past the comma to both people
     "白河新闻网讯 4月7日，市委办公室、市政府办公室联合印发《关于成立白河市生态环境保护委员会的通知》，"
     "成立白河市生态环境保护委员会。市委书记王建国，市委副书记、市长李明强担任双主任；副市长陈刚担任副主任。\n",
     ["王建国", "李明强", "陈刚"],
     {("王建国", "leader_of", "白河市生态环境保护委员会"), ("王建国", "holds_post", "市委", "title=书记"),
      ("李明强", "leader_of", "白河市生态环境保护委员会"), ("李明强", "holds_post", "市委", "title=副书记、市长"),
      ("陈刚", "deputy_leader_of", "白河市生态环境保护委员会"), ("陈刚", "holds_post", "白河市人民政府", "title=副市长")}),
    ("one-holder-before-a-comma-of-a-plain-chair",  # near-miss: 甲，乙担任主任: only 乙, the comma bounds the list
     "白河新闻网讯 4月7日，成立白河市生态环境保护委员会。市委书记王建国出席，市长李明强担任主任。\n",
     ["李明强"],
     {("李明强", "leader_of", "白河市生态环境保护委员会"), ("李明强", "holds_post", "白河市人民政府", "title=市长")}),
]


@pytest.mark.parametrize(("text", "people", "expected"), rows(PROSE))
def test_prose_roster(text: str, people: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert spans_of(doc, "people") == [("PERSON", p) for p in people]
    assert facts(doc, *ROLES) == expected


def test_a_unit_holding_a_convener_post_in_prose() -> None:
    """``总召集人为分管副区长，召集人为区民政局局长``: the bureau holds the plain 召集人 post under a
    chief, a deputy convener unit with its head's title; the chief's post, a head in charge
    written by title alone, is the district's own government's (``posts.government_of_title``)."""
    text = ("关于建立青河区救助工作联席会议制度的通知\n一、组成人员\n"
            "总召集人为分管副区长，召集人为区民政局局长，成员单位有：区教育局、区财政局。\n")
    assert facts(doc_of(text), "convener_unit_of", "deputy_convener_unit_of") == {
        ("青河区人民政府", "convener_unit_of", "青河区救助工作联席会议", "title=分管副区长"),
        ("青河区民政局", "deputy_convener_unit_of", "青河区救助工作联席会议", "title=局长")}


# (id, notice, the units holding a mechanism's convener posts: (unit, relation, mechanism, title))
UNIT_CONVENERS = [
    ("a-head-in-charge-convenes-named-before-the-post",  # 召集人为常务副县长: the county's government
     "关于建立青山县养老服务联席会议制度的通知\n召集人为常务副县长，成员单位有：县民政局、县财政局。\n",
     {("青山县人民政府", "convener_unit_of", "青山县养老服务联席会议", "title=常务副县长")}),
    ("a-head-in-charge-as-deputy-convener",  # 副召集人为分管副县长: a convener's post, the deputy's too
     "关于建立青山县养老服务联席会议制度的通知\n副召集人为分管副县长，成员单位有：县民政局、县财政局。\n",
     {("青山县人民政府", "deputy_convener_unit_of", "青山县养老服务联席会议", "title=分管副县长")}),
    ("a-head-in-charge-as-deputy-leader-is-not-read",  # near-miss: 副组长为分管副县长 (a deputy leader's post)
     "关于成立青山县犬类管理领导小组的通知\n组长为县公安局局长，副组长为分管副县长。\n",
     set()),
    ("the-head-alone-convenes-no-unit",  # near-miss: 召集人为县长 (one person, named in a roster if anywhere)
     "关于建立青山县养老服务联席会议制度的通知\n召集人为县长，成员单位有：县民政局、县财政局。\n",
     set()),
    ("a-charged-post-of-a-unit-as-deputy-convener",  # 联系X工作的县政府副秘书长: the government, the phrase its title
     "关于建立青山县养老服务联席会议制度的通知\n县政府分管副县长为召集人，联系民政工作的县政府副秘书长、县民政局主要负责人为副召集人。\n",
     {("青山县政府", "convener_unit_of", "青山县养老服务联席会议", "title=分管副县长"),
      ("青山县政府", "deputy_convener_unit_of", "青山县养老服务联席会议", "title=联系民政工作的县政府副秘书长"),
      ("青山县民政局", "deputy_convener_unit_of", "青山县养老服务联席会议", "title=主要负责人")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(UNIT_CONVENERS))
def test_units_holding_convener_posts_in_prose(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), "convener_unit_of", "deputy_convener_unit_of", "deputy_leader_unit_of") == expected


# (id, notice, the units holding a group's leader posts: (unit, relation, mechanism, title))
UNIT_LEADERS = [
    ("a-heads-title-alone-names-no-unit",  # 组长由县长担任: no body written (notices' gold is split on these)
     "关于成立青山县禁毒工作领导小组的通知\n领导小组组长由县长担任，副组长由县公安局局长担任。",
     {("青山县公安局", "deputy_leader_unit_of", "青山县禁毒工作领导小组", "title=局长")}),
    ("a-head-of-other-places-groups-holds-nothing",  # 各县要成立…由县长任组长 in a city's notice: no own group's post
     "白河市人民政府关于加强禁毒工作的通知\n各县要成立禁毒工作领导小组，由县长任组长，公安局局长任副组长。",
     set()),
    ("unit-heads-for-members-and-a-deputy",  # 市卫健局主要负责人为副组长: the unit's head, no name
     "关于成立白河市艾滋病防治工作领导小组的通知\n领导小组由白河市卫健局主要负责人为副组长，白河市财政局、白河市教育局分管负责同志为成员。",
     {("白河市卫健局", "deputy_leader_unit_of", "白河市艾滋病防治工作领导小组", "title=主要负责人")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(UNIT_LEADERS))
def test_units_holding_leader_posts_in_prose(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), "leader_unit_of", "deputy_leader_unit_of") == expected
