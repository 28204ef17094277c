"""Mechanism shapes seen in real notices, each in a short notice of our own (places, units and
people invented): the body named after its composition sentence, a notice that is the
members' duties of a body, the office with its host written before or after it, an office
without a host, a host no lexicon lists."""

from __future__ import annotations

import pytest

from extractor.graph import edges_of
from extractor.pipeline import extract_text


def _graph(text: str):
    return extract_text(text, "t.txt")


def _mechanisms(g) -> list[str]:
    return [d["name"] for _n, d in g.nodes(data=True) if d.get("type") == "mechanism"]


def _offices(g) -> set[tuple[str, str | None]]:
    """(office, host or None) of each office of the notice's mechanism."""
    hosts = {u: g.nodes[v]["name"] for u, v, _d in edges_of(g, "hosted_by")}
    return {(g.nodes[u]["name"], hosts.get(u)) for u, _v, _d in edges_of(g, "office_of")}


def test_a_body_named_after_its_composition() -> None:
    """``由A、B、C组成X工作小组（以下简称Y）``: X is set up, A–C are its member units;
    ``Y办公室设在A``: its office sits in A."""
    g = _graph("国务院办公厅关于印发血液安全管理试点方案的通知\n"
               "四、组织实施\n"
               "（一）成立试点工作小组。由国家卫生健康委、国家医保局、国家药监局组成国家血液安全管理试点工作小组"
               "（以下简称试点小组），研究重大事项。试点小组办公室设在国家卫生健康委，具体负责组织开展试点。\n")
    assert _mechanisms(g) == ["国家血液安全管理试点工作小组"]
    units = {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "member_unit_of")}
    assert units == {"国家卫生健康委", "国家医保局", "国家药监局"}
    assert _offices(g) == {("国家血液安全管理试点工作小组办公室", "国家卫生健康委")}


PLAN_CUT_IN_ITS_MEMBERS = (
    "各县(区)人民政府,市直各有关单位:\n"
    "《白河市森林火灾应急预案》已经市人民政府同意,现予印发,请遵照执行。\n"
    "白河市人民政府办公厅\n"
    "二O一八年三月一日\n"
    "白河市森林火灾应急预案\n"
    "2 组织体系与职责\n"
    "2.1 应急领导机构\n"
    "2.1.1 市森林火灾应急指挥部及职责\n"
    "市人民政府成立市森林火灾应急指挥部(以下简称市指挥部),总指挥由分管林业工作的副市长担任;"
    "副总指挥由市林业局局长、市公安局副局长、市应急局副局长担任。\n"
    "市林业局、市委宣传部、市发改委、市公安局、市财政局、市民政局、市交通局、市气\n"
)


def test_a_heading_run_into_the_sentence_that_sets_the_body_up() -> None:
    """``2.1.1 X指挥部及职责`` run on into ``市人民政府成立X指挥部（以下简称市指挥部）``: the heading
    names the body again, it is not several bodies each setting one up, nor a second body
    (``职责市人民政府成立X指挥部``); the units held its deputies' posts."""
    g = _graph(PLAN_CUT_IN_ITS_MEMBERS)
    assert _mechanisms(g) == ["市森林火灾应急指挥部"]
    deputies = {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "deputy_leader_unit_of")}
    assert deputies == {"白河市林业局", "白河市公安局", "白河市应急局"}


def test_a_list_of_units_cut_by_the_end_of_the_text() -> None:
    """The text ends inside a bare list of units after the body's set-up (``A、B、…、市气`` before its
    ``为市指挥部成员单位``): the units but the cut last item are the members, and they decide (the
    deputies' units not in the list are no members)."""
    g = _graph(PLAN_CUT_IN_ITS_MEMBERS)
    units = {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "member_unit_of")}
    assert units == {"白河市林业局", "白河市委宣传部", "白河市发改委", "白河市公安局", "白河市财政局",
                     "白河市民政局", "白河市交通局"}


def test_a_notice_on_the_body_cited_by_a_report() -> None:
    """A news report citing the notice on the body (``联合印发《X协作机制的通知》``): X is the body."""
    g = _graph("我省两部门联合防控包虫病\n"
               "近期，青山省农业厅、省卫健委联合印发《包虫病防控协作机制的通知》，要求各地加强部门联防，"
               "遏制包虫病反弹。发生重大疫情时，按照各自职责要求，分别报告省政府。\n")
    assert _mechanisms(g) == ["包虫病防控协作机制"]


def test_a_body_cited_with_its_trial_note() -> None:
    """``印发《X协调联动机制（试行）》``: the note on the document's trial status is no part of the name."""
    g = _graph("白河市人民政府办公厅关于印发白河市突发事件应急处置部门协调联动机制（试行）的通知\n"
               "各县区人民政府，市直各有关单位：\n"
               "《白河市突发事件应急处置部门协调联动机制（试行）》已经市人民政府同意，现印发给你们，请认真遵照执行。\n")
    assert _mechanisms(g) == ["白河市突发事件应急处置部门协调联动机制"]


def test_a_body_issuing_its_notice_in_a_report() -> None:
    """A news page on a notice the body issued (``X指挥部1月28号发出了关于…的紧急通知``): X is the body."""
    g = _graph("白河市发出紧急通知 要求做好防疫消毒工作\n"
               "2020-01-28 22:49 白河市融媒体中心\n"
               "白河市新型冠状病毒肺炎防控指挥部1月28号发出了关于做好防疫期间消毒工作的紧急通知。通知要求，各镇要…\n")
    assert _mechanisms(g) == ["白河市新型冠状病毒肺炎防控指挥部"]


def test_a_title_setting_up_a_working_mechanism() -> None:
    """``关于建立X联防联控工作机制的通知`` (in a page's metadata table): the notice sets the 工作机制 up,
    one body (not the way of working a bare 建立…工作机制 is in running text)."""
    g = _graph("| 名 称: | 红石区人民政府办公室关于建立包虫病联防联控工作机制的通知 |\n"
               "各镇政府，区政府各部门：\n"
               "经区政府研究，决定建立包虫病联防联控工作机制。现将有关事项通知如下：\n")
    assert _mechanisms(g) == ["包虫病联防联控工作机制"]


def test_a_joint_signature_that_ends_the_text_is_no_member_list() -> None:
    """The last line lists whole units (a joint notice's signers, its date lost): no list cut
    mid-word, so no member units."""
    g = _graph("关于成立白河市控烟工作领导小组的通知\n"
               "为做好控烟工作，决定成立白河市控烟工作领导小组，负责统筹全市控烟工作。\n"
               "白河市卫健委、白河市教育局、白河市公安局、白河市财政局、白河市民政局、白河市交通局\n")
    assert not list(edges_of(g, "member_unit_of"))


def test_a_notice_of_the_members_duties() -> None:
    """``关于印发《X委员会成员单位职责》的通知`` with each unit alone on a line and its numbered
    duties below: X is the mechanism and the units are its members."""
    g = _graph("青川市人民政府办公厅关于印发《青川市结核病防治工作委员会成员单位职责》的通知\n"
               "  市总工会\n"
               "  一、在厂矿企业设立结核病防治知识宣传栏。\n"
               "  二、每年组织一次职工健康宣传活动。\n"
               "  市妇联\n"
               "  一、组织妇女群众参与结核病防治宣传。\n")
    assert _mechanisms(g) == ["青川市结核病防治工作委员会"]
    units = {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "member_unit_of")}
    assert units == {"青川市总工会", "青川市妇联"}


def test_the_members_duties_heading_is_no_composition() -> None:
    """A heading ``X领导小组成员单位职责分工`` run into the next line ``X领导小组（以下简称“领导小组”）…``:
    the 组成 of 小组+成员 sets nothing up, the body's name is X领导小组."""
    g = _graph("青川省统计局关于下发《青川省农业普查领导小组成员单位职责分工》的通知\n"
               "青川省农业普查领导小组成员单位职责分工\n"
               "青川省农业普查领导小组（以下简称“领导小组”）的主要职责是研究决定普查的重大事项。\n")
    assert _mechanisms(g) == ["青川省农业普查领导小组"]


OFFICE_CASES = [
    (  # the host written before the office
        "host first",
        "国务院办公厅关于成立国务院血防工作协调小组的通知\n"
        "一、组成人员\n组  长:江  涛 国务院副总理\n成  员:钟  山 水利部副部长\n"
        "二、工作机构\n协调小组在水利部设办公室,负责协调小组的日常工作。\n",
        {("国务院血防工作协调小组办公室", "水利部")},
    ),
    (  # an office without a host
        "no host",
        "关于成立云溪市创卫工作领导小组的通知\n"
        "组  长:方明远 市政府副市长\n成  员:许  文 市卫生局副局长\n"
        "领导小组下设办公室,负责日常工作。\n",
        {("云溪市创卫工作领导小组办公室", None)},
    ),
    (  # a host no lexicon lists, followed by a parenthesis
        "host by its form",
        "关于成立石桥镇防疫工作领导小组的通知\n"
        "镇成立防疫工作领导小组,由镇长韦东任组长。领导小组办公室设在镇防疫办(联系电话:1234567),负责日常工作。\n",
        {("石桥镇防疫工作领导小组办公室", "镇防疫办")},
    ),
    (  # 下设办公室（以下简称X）: the office's short name, no host
        "short name of an office set up",
        "关于成立清水县河道保洁工作领导小组的通知\n县政府成立清水县河道保洁工作领导小组，领导小组下设办公室（以下简称县保洁办）。\n"
        "县水利局：负责承担县保洁办的日常工作。\n",
        {("清水县河道保洁工作领导小组办公室", None)},
    ),
    (  # an office split across two units: the first is its host
        "split office",
        "关于建立东江省学校传染病防控协调小组的通知\n"
        "协调小组下设办公室,分别设在省卫生厅疾控处和省教育厅体卫处,负责日常工作。\n",
        {("东江省学校传染病防控协调小组办公室", "东江省卫生厅疾控处")},
    ),
]


@pytest.mark.parametrize(("label", "text", "offices"), OFFICE_CASES, ids=[c[0] for c in OFFICE_CASES])
def test_office_shapes(label: str, text: str, offices: set) -> None:
    got = _offices(_graph(text))
    assert len(got) == len(offices)
    for (office, host), (want_office, want_host) in zip(sorted(got, key=str), sorted(offices, key=str), strict=True):
        assert office == want_office
        assert (host is None) if want_host is None else (host is not None and host.endswith(want_host)), host


def test_office_set_up_with_its_short_name() -> None:
    """``下设办公室（以下简称X）``: X is the office's name too (a duty of the office by X is the office's)."""
    g = _graph("关于成立清水县河道保洁工作领导小组的通知\n"
               "县政府成立清水县河道保洁工作领导小组，领导小组下设办公室（以下简称县保洁办）。\n")
    offices = [g.nodes[u] for u, _v, _d in edges_of(g, "office_of")]
    assert [o["name"] for o in offices] == ["清水县河道保洁工作领导小组办公室"]
    assert "县保洁办" in offices[0].get("aliases", [])


def test_a_sub_body_another_body_sets_up() -> None:
    """``X领导小组下设专家组`` is the mechanism's; ``县医院设立质控工作组`` (another body the subject) and a
    ``设立评审专家组`` far from the mechanism's name are not."""
    g = _graph("关于成立青山县慢病防治工作领导小组的通知\n"
               "县政府成立青山县慢病防治工作领导小组，负责统筹全县慢病防治工作。领导小组下设技术指导专家组。\n"
               "二、工作措施\n一是加强随访管理。二是完善转诊制度。三是强化培训。四是县医院设立质控工作组，负责质量控制。\n"
               "五是做好宣传。六是开展考核。七是加强督导。八是完善制度。九是落实经费。\n三、评审\n设立评审专家组，开展年度评审。\n")
    parts = {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "part_of")}
    assert parts == {"技术指导专家组"}


def test_two_bodies_set_up_in_one_breath() -> None:
    """``成立“A领导小组”（下简称领导小组）、“B指挥部”（下简称指挥部）``: both are set up; the
    title's short name of B (``防控指挥部``) is the same body."""
    g = _graph("东江省人民政府办公厅关于成立东江省防控登革热协调工作领导小组和防控指挥部的通知\n"
               "省人民政府决定成立“东江省防控登革热协调工作领导小组”(下简称领导小组)、"
               "“东江省防控登革热指挥部”(下简称指挥部)。现将有关事项通知如下:\n"
               "组  长:韩  梅 副省长\n")
    assert sorted(_mechanisms(g)) == ["东江省防控登革热协调工作领导小组", "东江省防控登革热指挥部"]
    (leader,) = [g.nodes[v]["name"] for _u, v, _d in edges_of(g, "leader_of")]
    assert leader == "东江省防控登革热协调工作领导小组"


def _groups(g) -> set[str]:
    """Names of the working groups that are part of the notice's mechanism."""
    mechs = {n for n, d in g.nodes(data=True) if d.get("type") == "mechanism"}
    return {g.nodes[u]["name"] for u, v, _d in edges_of(g, "part_of") if v in mechs}


GROUP_CASES = [
    (  # 下设A、B、C N个工作组和办公室: every group of the list
        "groups listed after 下设",
        "国务院关于成立全国防治鼠疫指挥部的通知\n"
        "指挥部下设防治组、检疫组、后勤组3个工作组和办公室。指挥部办公室设在农业部。\n",
        {"防治组", "检疫组", "后勤组"},
    ),
    (  # 下设办公室和3个工作组, then each group under a numbered heading of its own
        "groups under headings after their count",
        "关于成立云川市手足口病防控领导组的通知\n"
        "领导组下设办公室和3个工作组。\n"
        "(一)办公室\n设在市卫生局,负责领导组日常工作。\n"
        "(二)综合协调组\n组 长:马 力 (市政府办公厅副主任)\n负责组织实施防控工作。\n"
        "(三)医疗救治组\n负责救治病人。\n"
        "(四)宣传教育组\n负责宣传。\n"
        "(五)工作要求\n各组要密切配合。\n",
        {"综合协调组", "医疗救治组", "宣传教育组"},
    ),
    (  # a count that does not match the headings below: nothing is guessed
        "count and headings disagree",
        "关于成立云川市手足口病防控领导组的通知\n"
        "领导组下设办公室和4个工作组。\n"
        "(一)综合协调组\n负责组织实施防控工作。\n"
        "(二)工作要求\n各组要密切配合。\n",
        set(),
    ),
    (  # a page that starts at the office's seat (我镇将X办公室设在…); the office lists the groups
        # by their fields, the headings below name them (the text ends before the last ones)
        "office's groups, text cut",
        "我镇将防控工作小组办公室设在镇卫生院,负责日常工作。办公室下设综合协调、医疗救治、宣传、督查四个工作小组。\n"
        "(一)综合协调组。负责统筹协调。\n"
        "(二)医疗救治组。负责救治病人。\n",
        {"综合协调组", "医疗救治组"},
    ),
    (  # news: the body named after its chairs, its office's groups; a quoted word opens a group's
        # name, the last group joined by 和
        "groups of a body named after its chairs",
        "我市成立了以市委书记常立新为指挥长的创卫领导小组，并在指挥部下设办公室，办公室下设综合协调组、"
        "“门前三包”整治组和资料归档组等3个任务小组。\n",
        {"综合协调组", "“门前三包”整治组", "资料归档组"},
    ),
    (  # near-miss: 和 inside one group's name does not split it
        "and inside a group's name",
        "关于成立云川市卫生和健康工作领导组的通知\n领导组下设卫生和健康组、宣传组。\n",
        {"卫生和健康组", "宣传组"},
    ),
    (  # groups of the villages (各村成立…) are no part of the body
        "other bodies' groups",
        "关于成立云川市手足口病防控领导组的通知\n"
        "各村成立防控小组,下设宣传组、排查组。\n",
        set(),
    ),
]


@pytest.mark.parametrize(("label", "text", "groups"), GROUP_CASES, ids=[c[0] for c in GROUP_CASES])
def test_working_group_shapes(label: str, text: str, groups: set) -> None:
    assert _groups(_graph(text)) == groups


MECHANISM_CASES = [
    (  # the notice is the body's charter, its title the body's name and 制度 (no 《》, no setup verb)
        "charter title line",
        "青川省医疗救助部门联席会议制度\n"
        "为进一步健全完善青川省医疗救助部门联席会议制度,制定如下。\n一、工作职责\n",
        ["青川省医疗救助部门联席会议"],
    ),
    (  # the body signs its own notice to its members
        "the body signs",
        "市食安委各成员单位:\n现将《2025年食品安全工作要点》印发给你们,请认真贯彻落实。\n"
        "东陵市食品安全委员会\n2025年3月6日\n",
        ["东陵市食品安全委员会"],
    ),
    (  # a kind of body the villages are told to set up is no body of the notice
        "a kind of body",
        "关于做好村级防控工作的通知\n各村要对本村防控工作负总责,成立相应领导小组,或成立专门的防控工作小组。\n",
        [],
    ),
    (  # 成立由…为成员的X委员会: X is the body, not the 由… phrase of a later 成立 (the villages')
        "set up by its composition, then the villages' group",
        "第十条 成立由县长为主任,副县长为副主任,财政、民政负责人为成员的北川县医疗救助管理委员会"
        "(以下简称县救管委)。各村委会成立由村主任、村医及村民代表为成员的村级医疗救助监督小组。\n",
        ["北川县医疗救助管理委员会"],
    ),
    (  # X工作机制（以下简称工作机制）: a body the notice names and shortens, set up by the government
        "工作机制 with a short form",
        "关于建立南溪市中医药发展工作机制的通知\n各区县人民政府:\n"
        "市政府决定建立南溪市中医药发展工作机制。南溪市中医药发展工作机制（以下简称工作机制）"
        "是推进中医药发展的协调平台。\n",
        ["南溪市中医药发展工作机制"],
    ),
    (  # 建立健全…工作机制 without a short form: a way of working, no body
        "工作机制 as a way of working",
        "关于加强学校卫生工作的通知\n各地要建立健全部门联动工作机制,完善长效工作机制。\n",
        [],
    ),
    (  # news: the body named after the people who chair it (以X为指挥长，Y为副指挥长的Z指挥部)
        "named after its chairs",
        "我县成立了以县委书记常立新为指挥长，副县长温晓东为副指挥长的防汛抗旱指挥部，指挥部下设办公室。\n",
        ["防汛抗旱指挥部"],
    ),
    (  # a body named in a line of running text is no signature
        "a body in running text",
        "各乡镇:\n请按照县防汛指挥部的部署做好准备。\n2025年3月6日\n",
        [],
    ),
    (  # a body named by its topic and a way of coordinating, led by two ministries
        "topic + 协调推进机制, led",
        "五、保障措施\n建立由交通运输部、商务部牵头的国家冷链物流发展协调推进机制，统筹解决冷链物流发展中的重大问题。\n",
        ["国家冷链物流发展协调推进机制"],
    ),
    (  # a unit leads setting it up: 牵头建立
        "topic + 协调机制, a unit leads",
        "六、组织保障\n国家林草局牵头建立湿地保护修复专项协调机制，会同有关部门研究解决重大问题。\n",
        ["湿地保护修复专项协调机制"],
    ),
    (  # ways of working only (日常沟通, 部际): no body's name
        "协调机制 as a way of working",
        "七、加强协作\n建立省与各市的日常沟通协调机制，及时解决问题。民政部、财政部要建立部际协调机制，负责协调重大事项。\n",
        [],
    ),
    (  # two ways of working joined by 和, described by a word of its own name only
        "领导和协调机制",
        "九、加强领导\n建立健全地方病防治工作领导和协调机制，统筹推进防治工作。\n",
        [],
    ),
    (  # set up in running text and described by what it does after its name (统一协调)
        "set up, then 统一协调",
        "第六条 县政府成立水源地保护工作领导小组,统一协调全县水源地保护工作。\n",
        ["水源地保护工作领导小组"],
    ),
    (  # a body others are urged to set up (鼓励X设立…) is a kind of body, even when described
        "urged to set up",
        "（十）完善质量保障。鼓励高校在相关学科设立教学指导委员会，负责教学评价。\n",
        [],
    ),
    (  # a clause, not a name, before the ending
        "协调机制 after a clause",
        "八、完善制度\n建立健全审核机构与执法机构意见不一致时的协调机制，统筹推进改革。\n",
        [],
    ),
    (  # news: the committee's short form before 各成员单位, its chair's post: the body the report is about
        "short form before 各成员单位",
        "清河区召开2024年爱国卫生工作会\n区政府副区长、爱卫会主任赵明出席会议。爱卫会各成员单位负责同志参加会议。\n",
        ["爱卫会"],
    ),
    (  # 全体成员单位 after the full name, the body written once
        "全体成员单位",
        "青石县召开结核病防治工作会\n青石县结核病防治工作委员会全体成员单位负责人参加会议。\n",
        ["青石县结核病防治工作委员会"],
    ),
    (  # news: the body named by its member units counted with 家 (A领导小组16家成员单位)
        "成员单位 counted with 家",
        "青石区召开控烟工作会\n昨日，区委常委王某，区控烟工作领导小组16家成员单位分管领导参会，会议部署了下一步工作。\n",
        ["区控烟工作领导小组"],
    ),
    (  # news: the body named by its office's head (X指挥部办公室主任)
        "its office's head",
        "白鹭镇部署冬春防控工作\n镇党委副书记、防控指挥部办公室主任刘新宇传达了上级文件精神。\n",
        ["防控指挥部"],
    ),
    (  # a news headline shortens the body's name; the text writes it out in full
        "headline shortens the name",
        "青川成立血吸虫病防治小组\n2020-05-06 来源：青川日报\n"
        "近日，青川省人民政府办公厅印发通知，青川省血吸虫病防治攻坚行动工作领导小组组长由省长担任，负责统筹全省防治工作。\n",
        ["青川省血吸虫病防治攻坚行动工作领导小组"],
    ),
    (  # the same body with and without the town's level word: the fuller form
        "镇X领导小组 and X领导小组各成员单位",
        "（一）镇禁毒工作领导小组负责全镇禁毒工作。\n（二）禁毒工作领导小组各成员单位按照分工做好工作。\n",
        ["镇禁毒工作领导小组"],
    ),
]


@pytest.mark.parametrize(("label", "text", "mechanisms"), MECHANISM_CASES, ids=[c[0] for c in MECHANISM_CASES])
def test_mechanism_shapes(label: str, text: str, mechanisms: list) -> None:
    assert _mechanisms(_graph(text)) == mechanisms


@pytest.mark.parametrize(("text", "groups"), [
    ("关于成立石桥镇防汛工作指挥部的通知\n"
     "经研究，成立石桥镇防汛工作指挥部。指挥部分成三个组：巡堤查险组、转移安置组、物资调度组。\n",
     {"巡堤查险组", "转移安置组", "物资调度组"}),
    # the names are fewer than the count says: not a list of the groups
    ("关于成立石桥镇防汛工作指挥部的通知\n"
     "经研究，成立石桥镇防汛工作指挥部。指挥部分为四个组：巡堤查险组、转移安置组。\n", set()),
    # no dividing verb before the count: a tally, not the body's groups
    ("关于成立石桥镇防汛工作指挥部的通知\n"
     "经研究，成立石桥镇防汛工作指挥部。今年共检查了两个组：巡堤查险组、转移安置组。\n", set()),
])
def test_groups_counted_and_named_after_a_colon(text: str, groups: set[str]) -> None:
    """``分为N个组：A组、B组…``: the mechanism's working groups, when as many as the count."""
    g = _graph(text)
    assert {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "part_of")} == groups


@pytest.mark.parametrize(("text", "offices"), [
    # the clause before ends with the body's name
    ("关于加强河口镇防汛工作的通知\n"
     "成立河口镇防汛工作领导小组，由镇长任组长，各村主任为成员的防汛工作领导小组，下设办公室，负责日常工作。\n",
     {("河口镇防汛工作领导小组办公室", None)}),
    # a line of its own under the body's roster, its seat later in the sentence
    ("关于加强河口镇防汛工作的通知\n"
     "一、成立河口镇防汛工作领导小组\n组 长:周 平\n成 员:吴 兰 郑 伟\n"
     "下设办公室,由郑伟兼办公室主任,办公地点设在镇水利站。\n",
     {("河口镇防汛工作领导小组办公室", "镇水利站")}),
    # the clause before names another body: not the mechanism's office
    ("关于加强河口镇防汛工作的通知\n"
     "成立河口镇防汛工作领导小组。镇水利站，下设办公室和仓库。\n", set()),
])
def test_an_office_set_up_with_no_body_before_it(text: str, offices: set) -> None:
    """``…领导小组，下设办公室`` / ``下设办公室，由某某兼办公室主任`` opening a line: the office
    of the notice's one body."""
    assert _offices(_graph(text)) == offices
