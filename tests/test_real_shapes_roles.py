"""Roles of real notices (lead/support of a body on a duty), each in a short notice written
for this test: ``X负责，Y配合，…`` (the one in charge leads beside the units that support),
a body taking the lead role in its own clause (``X作为…的牵头单位要…``, ``X要发挥牵头作用``),
a role stated once for a subject's first clause (not for its later pieces after ``；``), what
states no role (``不得牵头``, ``由X承办``)."""

from __future__ import annotations

import pytest
from tables import duty_roles, rows

from extractor.pipeline import extract_text

ROLES = [
    ("in-charge-beside-supporters-in-a-numbered-list",
     "关于做好集市食品安全整治的通知\n"
     "1.青山市卫生局负责，青山市工商局配合，整顿流动摊贩的卫生条件，开展抽样检查。\n"
     "2.青山市农业局负责，青山市环保局、青山市水利局配合，规范农药化肥的销售和使用。\n"
     "3.青山市城管局负责，清理占道经营的摊点。\n",
     {"青山市卫生局负责，青山市工商局配合，整顿流动摊贩的卫生条件，开展抽样检查":
          {("青山市卫生局", "lead"), ("青山市工商局", "support")},
      "青山市农业局负责，青山市环保局、青山市水利局配合，规范农药化肥的销售和使用":
          {("青山市农业局", "lead"), ("青山市环保局", "support"), ("青山市水利局", "support")},
      # no unit supports: the one in charge is responsible, with no role
      "青山市城管局负责，清理占道经营的摊点": {("青山市城管局", None)}}),
    ("in-charge-beside-supporters-in-items-opening-with-their-doers",  # （一）… items read as one duty each
     "关于做好农资市场整治的通知\n"
     "（一）县农业局负责，县供销社配合，开展放心农资下乡活动，做好宣传咨询。\n"
     "（二）县市场监管局负责，县粮食和储备局、县公安局配合，查处销售假劣农资行为。\n"
     "（三）县交通局负责，加强农资运输车辆的安全检查。\n",
     {"县农业局负责，县供销社配合，开展放心农资下乡活动，做好宣传咨询":
          {("县农业局", "lead"), ("县供销社", "support")},
      "县市场监管局负责，县粮食和储备局、县公安局配合，查处销售假劣农资行为":
          {("县市场监管局", "lead"), ("县粮食和储备局", "support"), ("县公安局", "support")},
      "县交通局负责，加强农资运输车辆的安全检查": {("县交通局", None)}}),
    ("a-collective-with-the-level-it-also-covers-in-brackets",  # 各街道办事处（乡）: one collective
     "关于做好市场整治的通知\n一、区商务局负责督促业主完成市场改造。\n"
     "二、工商局负责，商务局和各街道办事处（乡）配合，监督各市场达标。\n",
     {"工商局负责，商务局和各街道办事处（乡）配合，监督各市场达标":
          {("工商局", "lead"), ("区商务局", "support"), ("各街道办事处", "support")}}),
    ("in-charge-after-you-beside-supporters",
     "关于做好疫苗接种工作的通知\n白河县今年的疫苗补种工作由县卫健局负责，各乡镇配合，逐户核对接种记录。\n",
     {"白河县今年的疫苗补种工作由县卫健局负责，各乡镇配合，逐户核对接种记录":
          {("白河县卫健局", "lead"), ("各乡镇", "support")}}),
    ("lead-role-taken-in-the-body's-own-clause",
     "关于做好秋冬季防病工作的通知\n"
     "一、县卫健局是牵头部门，要加强业务指导，确保各项措施落到实处。\n"
     "二、县教育局要发挥牵头作用，统筹推进校园晨检工作。\n"
     "三、县民政局作为养老机构防疫工作的牵头单位要定期召开调度会议。\n"
     "四、县财政局要做好牵头单位交办的经费保障工作。\n",
     {"县卫健局是牵头部门，要加强业务指导，确保各项措施落到实处": {("县卫健局", "lead")},
      "县教育局要发挥牵头作用，统筹推进校园晨检工作": {("县教育局", "lead")},
      "县民政局作为养老机构防疫工作的牵头单位要定期召开调度会议": {("县民政局", "lead")},
      # the lead unit is whom the work comes from, not the role the subject takes
      "县财政局要做好牵头单位交办的经费保障工作": {("县财政局", None)}}),
    ("leads-later-in-its-own-clause",
     "关于做好慢病防控项目的通知\n一、县卫健局负责编制项目方案并牵头组织实施。\n"
     "二、县财政局负责落实项目经费，并配合牵头单位做好审计。\n三、县教育局负责学校健康教育。\n",
     {"县卫健局负责编制项目方案并牵头组织实施": {("县卫健局", "lead")},
      "县财政局负责落实项目经费，并配合牵头单位做好审计": {("县财政局", None)},  # 牵头单位: a noun, whom it helps
      "县教育局负责学校健康教育": {("县教育局", None)}}),
    ("a-role-stated-once-is-the-first-piece's",
     "关于做好学校防病工作的通知\n县教育局应配合县卫健局，制定学校防控方案；督促学校落实晨检制度；协助县卫健局处置聚集性疫情。\n",
     {"县教育局应配合县卫健局，制定学校防控方案": {("县教育局", "support")},
      "督促学校落实晨检制度": {("县教育局", None)},  # its own clause states no role
      "协助县卫健局处置聚集性疫情": {("县教育局", "support")}}),
    ("a-prohibition-states-no-role",
     # (not under a call's eligibility heading: there who may not apply is a condition, no duty)
     "关于项目申报的通知\n一、有关要求\n事业单位不得牵头申报项目，也不得参与申报。\n",
     {"事业单位不得牵头申报项目，也不得参与申报": {("事业单位", None)}}),
    ("undertaking-is-no-lead",  # 承办 names who does it, not a lead among others
     "关于办好农产品博览会的通知\n一、职责分工\n展馆的布置工作由市商务局承办，市财政局负责经费保障。\n",
     {"展馆的布置工作由市商务局承办": {("市商务局", None)}, "市财政局负责经费保障": {("市财政局", None)}}),
    ("a-lead-clause-and-a-support-clause-give-no-one-role",  # …，牵头…，配合Y…: mixed, no role
     "关于做好村容整治工作的通知\n一、职责分工\n镇建设办负责整治村庄的选定，牵头审核整治方案，配合镇财政所做好资金拨付。\n"
     "镇环保站负责垃圾清运的监督，并牵头组织季度检查。\n",
     {"镇建设办负责整治村庄的选定，牵头审核整治方案，配合镇财政所做好资金拨付": {("镇建设办", None)},
      "镇环保站负责垃圾清运的监督，并牵头组织季度检查": {("镇环保站", "lead")}}),
    ("undertaking-as-the-subject's-verb-is-no-lead",  # X负责承办…: the body does it, no lead among others
     "关于做好春季灭鼠工作的通知\n1.区疾控中心、区卫生监督所负责承办灭鼠骨干的业务培训。\n"
     "2.区疾控中心做好鼠密度监测工作。\n3.区爱卫办负责牵头组织集中灭鼠行动。\n",
     {"区疾控中心、区卫生监督所负责承办灭鼠骨干的业务培训": {("区疾控中心", None), ("区卫生监督所", None)},
      "区疾控中心做好鼠密度监测工作": {("区疾控中心", None)},
      "区爱卫办负责牵头组织集中灭鼠行动": {("区爱卫办", "lead")}}),
    ("support-after-clauses-that-say-how-or-when",  # 要结合…，/ 根据…部署，/ 在…下，/ …时，: then 协助/配合
     "关于做好水痘疫苗补种工作的通知\n一、县妇联、县残联等部门，要结合各自工作特点，协助做好补种宣传。\n"
     "二、各县市场监管部门根据省市场监管局部署，协助开展入户核查。\n"
     "三、县红十字会在县政府统一领导下，积极协助做好物资募集。\n"
     "四、县公安局发生聚集性疫情时，要配合做好现场管控。\n"
     "五、县教育局要根据实际，制定校园防控方案。\n"
     "六、县民政局负责养老机构排查，根据需要，协助县卫健局开展消杀。\n",
     {"县妇联、县残联等部门，要结合各自工作特点，协助做好补种宣传": {("县妇联", "support"), ("县残联", "support")},
      "各县市场监管部门根据省市场监管局部署，协助开展入户核查": {("各县市场监管部门", "support")},
      "县红十字会在县政府统一领导下，积极协助做好物资募集": {("县红十字会", "support")},
      "县公安局发生聚集性疫情时，要配合做好现场管控": {("县公安局", "support")},
      "县教育局要根据实际，制定校园防控方案": {("县教育局", None)},  # no support verb after the adverbial
      # a task of its own first, then support: no one role
      "县民政局负责养老机构排查，根据需要，协助县卫健局开展消杀": {("县民政局", None)}}),
    ("a-place-clause-holding-the-subject's-own-act",  # 在…聘用Y，协助…: Y helps, the subject hires
     "关于加强农村饮水安全管理的通知\n一、镇水务站应当在各村选聘管水员，协助做好供水设施巡查。\n"
     "二、镇卫生院在镇政府统一部署下，积极协助开展水质检测。\n",
     {"镇水务站应当在各村选聘管水员，协助做好供水设施巡查": {("镇水务站", None)},
      "镇卫生院在镇政府统一部署下，积极协助开展水质检测": {("镇卫生院", "support")}}),
    ("a-closing-etc-before-a-level-and-concerned-departments",  # 等政府相关部门: no 卫生等政府
     "关于推进社区医养结合的意见\n三、由教育、卫生等政府相关部门牵头，组织学校以结对方式参与，共建健康课堂。\n",
     {"由教育、卫生等政府相关部门牵头，组织学校以结对方式参与，共建健康课堂": {("教育", "lead"), ("卫生", "lead")}}),
    ("a-body-and-every-region-in-a-marker",  # X及各地区按职责分工负责: two parties, the regions no part of X's name
     "关于加强农田水利建设的意见\n1．开展灌区节水改造，整治渠系渗漏。（农业农村部及各地区按职责分工负责）\n"
     "2．2021年底前完成病险水库除险加固。（水利部牵头，国务院相关部门及各地区按职责分工负责）\n",
     {"开展灌区节水改造，整治渠系渗漏": {("农业农村部", None), ("各地区", None)},
      "2021年底前完成病险水库除险加固": {("水利部", "lead"), ("国务院相关部门", None), ("各地区", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(ROLES))
def test_roles(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    for task, who in expected.items():
        assert duties.get(task) == who, (task, duties)


# A working group's paragraph naming the unit that leads it, then its duties: each duty is the
# group's, the lead unit's (lead) and the units' taking part beside it (support), and the
# make-up sentence is no duty. Written one paragraph a line, and run on in one line.
_GROUPS = ("关于成立县森林防火指挥部的通知\n县森林防火指挥部由县应急局、县林业局、县公安局、县气象局组成。指挥部设立相应工作组：{sep}"
           "一、扑火救援组。由县应急局牵头，县公安局、县消防大队等参加。{sep}主要职责：组织扑救火灾；调度扑火队伍。{sep}"
           "二、火情监测组。由县林业局牵头，县气象局参加。{sep}主要职责：监测火情；发布火险预警。\n")
GROUP_LEADS = [
    ("one-paragraph-a-line", _GROUPS.format(sep="\n")),
    ("run-on-in-one-line", _GROUPS.format(sep="　　")),
]


@pytest.mark.parametrize("text", rows(GROUP_LEADS))
def test_a_group_led_by_a_unit(text: str) -> None:
    duties = {t: who for t, who in duty_roles(extract_text(text, "t.txt")).items() if who}
    rescue = {("扑火救援组", None), ("县应急局", "lead"), ("县公安局", "support"), ("县消防大队", "support")}
    watch = {("火情监测组", None), ("县林业局", "lead"), ("县气象局", "support")}
    assert duties == {"组织扑救火灾": rescue, "调度扑火队伍": rescue, "监测火情": watch, "发布火险预警": watch}, duties


NO_BODY = [
    ("a-relative-clause-after-you-assigns-nothing",  # 由X主办的展会: which fairs, no duty of X
     "关于促进会展业发展的通知\n对由社会机构主办的各类展会，按规定给予补贴。\n", "社会机构"),
    ("a-verb-before-部门-is-no-department",  # 健全|部门协同: to improve how departments work together
     "关于推进产业发展的意见\n一、健全部门协同、市区联动的工作机制，加强产业监测分析。\n", "健全部门"),
]


@pytest.mark.parametrize(("text", "absent"), rows(NO_BODY))
def test_no_body(text: str, absent: str) -> None:
    g = extract_text(text, "t.txt")
    assert not any(absent in (d.get("name") or "") for _n, d in g.nodes(data=True)), list(g.nodes)


# (id, notice, duties expected): a sentence that only says who leads a working group and which
# units sit in it (``由A牵头，B、C等参加。``) assigns no task; the group's duties after it stay,
# and a task marked ``由A牵头，B配合。`` keeps its roles
MAKE_UP = [
    ("a-group-led-by-one-unit-with-units-taking-part",
     "青山市防汛应急预案\n附件\n各工作组组成及职责如下：一、抢险救灾组。由市水利局牵头，市应急局、市交通局等参加。"
     "主要职责：组织抢修水毁工程；调度抢险物资。二、医疗救护组。由市卫健委牵头，市红十字会等参加。\n",
     {}),
    ("a-marked-task-keeps-its-roles",
     "青山市环境卫生管理办法\n第四条 划分环境卫生责任区。由市城管局牵头，各街道办事处配合。\n",
     {"划分环境卫生责任区": {("青山市城管局", "lead"), ("各街道办事处", "support")}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(MAKE_UP))
def test_a_groups_make_up_is_no_task(text: str, expected: dict) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    assert not any(t.startswith("由") and t.endswith("参加") for t in duties), duties
    for task, who in expected.items():
        assert duties.get(task) == who, (task, duties)
