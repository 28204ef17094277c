"""Free-text subjects, duty divisions and bodies no lexicon lists, in the shapes real notices
use (issue 10 §2), each in a short notice of our own: (text, expected) rows.

Expected duties are ``(body names, duty text starts with, role)``; a body is named by any of
its written forms (name or alias). ``None`` rows expect no duty at all."""

from __future__ import annotations

import pytest
from tables import rows

from extractor.graph import edges_of
from extractor.pipeline import extract_text


def _duties(text: str) -> list[tuple[frozenset[frozenset[str]], str, frozenset[str | None]]]:
    """Each duty: the written forms of its bodies, its text, the roles given."""
    g = extract_text(text, "t.txt")
    out: dict[str, tuple[set, set]] = {}
    for u, v, d in edges_of(g, "responsible_for"):
        forms = frozenset({g.nodes[u]["name"], *g.nodes[u].get("aliases", [])})
        bodies, roles = out.setdefault(g.nodes[v]["text"], (set(), set()))
        bodies.add(forms)
        roles.add(d.get("role"))
    return [(frozenset(b), t, frozenset(r)) for t, (b, r) in out.items()]


def _find(duties, start: str):
    hits = [d for d in duties if d[1].startswith(start)]
    assert hits, f"no duty starting with {start!r} in {[d[1] for d in duties]}"
    return hits[0]


def _named(bodies, name: str) -> bool:
    return any(name in forms for forms in bodies)


CASES = [
    # (notice text, [(bodies, duty text start, role)])
    ("市级医保部门要按月核查定点药店的结算数据。",
     [({"市级医保部门"}, "市级医保部门要按月核查", None)]),
    ("省级、市级税务部门在统一框架下开展纳税服务评估，及时通报结果。",
     [({"省级税务部门", "市级税务部门"}, "省级、市级税务部门在统一框架下", None)]),
    ("各级卫生、民政部门要共同做好流浪人员的救治工作。",
     [({"卫生", "民政"}, "各级卫生、民政部门要共同做好", None)]),
    ("商贸、粮食、建设、水务等部门按照各自职责协助做好灭蚊工作。",
     [({"商贸", "粮食", "建设", "水务"}, "商贸、粮食、建设、水务等部门按照各自职责协助", "support")]),
    ("宣传、广播电视、文体等部门要开展经常性的防病宣传。",
     [({"宣传", "广播电视", "文体"}, "宣传、广播电视、文体等部门要开展", None)]),
    ("行政审核部门要牵头抓总，统筹推进平台建设。数据运维部门要做好系统保障。",
     [({"行政审核部门"}, "行政审核部门要牵头抓总", "lead"), ({"数据运维部门"}, "数据运维部门要做好系统保障", None)]),
    # bodies no lexicon lists, by position (subject of 要/负责) and form (an organization suffix)
    ("青石镇社会事务办要每月走访辖区独居老人。镇综合执法队负责清理占道经营。",
     [({"青石镇社会事务办"}, "青石镇社会事务办要每月走访", None), ({"镇综合执法队"}, "镇综合执法队负责清理占道经营", None)]),
    ("园区招商服务部负责对接入驻企业的防疫物资需求。",
     [({"园区招商服务部"}, "园区招商服务部负责对接", None)]),
    ("各级结算机构要使用监控系统审核全部申报费用。异地结算机构负责审核辖区内的跨省费用。",
     [({"各级结算机构"}, "各级结算机构要使用监控系统", None), ({"异地结算机构"}, "异地结算机构负责审核", None)]),
    # subjects that only state their role share the task written after them (no 由)
    ("湖滨县\n县卫健局牵头，县教育局、县民政局配合，做好全县健康教育工作。",
     [({"湖滨县卫健局", "湖滨县教育局", "湖滨县民政局"}, "县卫健局牵头，县教育局、县民政局配合，做好", {"lead", "support"})]),
    ("湖滨县\n县住建局要牵头抓总，县城管局积极配合，完成城区公厕改造。",
     [({"湖滨县住建局", "湖滨县城管局"}, "县住建局要牵头抓总，县城管局积极配合，完成", {"lead", "support"})]),
    ("湖滨县\n水利部门牵头抓，有关部门配合抓，实行条块结合，合力推进河道清淤。",
     [({"水利", "有关部门"}, "水利部门牵头抓，有关部门配合抓", {"lead", "support"})]),
    # a partner (会同) or a date to meet (于…前) with no modal verb: the partner is not responsible
    ("湖滨县\n县教体局会同县卫健局开展学校卫生监督检查。",
     [({"湖滨县教体局"}, "县教体局会同县卫健局开展", None)]),
    ("卫生部门会同教育部门做好学校结核病防控工作。",
     [({"卫生"}, "卫生部门会同教育部门做好", None)]),
    ("湖滨县\n县住建局于2024年6月底前完成城区公厕改造。",
     [({"湖滨县住建局"}, "县住建局于2024年6月底前完成", None)]),
    # what follows another body's approval is a step of a procedure, no part of the duty
    ("湖滨县\n县卫健局会同县人社局提出专家名单，经县政府同意后，颁发聘书。",
     [({"湖滨县卫健局"}, "县卫健局会同县人社局提出专家名单", None)]),
    # collectives
    ("各乡镇、各有关单位要在本月内完成自查。",
     [({"各乡镇", "各有关单位"}, "各乡镇、各有关单位要在本月内", None)]),
    ("各社区及各物业公司应当落实楼道消杀措施。",
     [({"各社区", "各物业公司"}, "各社区及各物业公司应当落实", None)]),
    ("各直属单位成立本单位防汛工作小组，负责传达上级的防汛部署；指定专人做好值班。",
     [({"各直属单位"}, "各直属单位成立本单位防汛工作小组", None), ({"各直属单位"}, "指定专人做好值班", None)]),
    ("各市、县政府要设立相应的应急指挥机构。",
     [({"各市、县政府"}, "各市、县政府要设立", None)]),
    # a level word before a body no lexicon lists, with a partner after 与 (not a subject)
    ("市、区县防疫办与健康教育、疾控部门共同配合，组织编印宣传资料。",
     [({"市防疫办", "区县防疫办"}, "市、区县防疫办与健康教育", None)]),
    ("各级宣传部门和新闻单位要加大宣传力度。",
     [({"各级宣传部门", "新闻单位"}, "各级宣传部门和新闻单位要加大", None)]),
    # classes of bodies in a list
    ("机关单位、国有企业要带头落实错峰上下班制度。",
     [({"机关单位", "国有企业"}, "机关单位、国有企业要带头", None)]),
    # 由X统一领导, then other subjects after commas
    ("灭蚊工作由各级人民政府统一领导，市容环境管理中心组织协调。",
     [({"各级人民政府"}, "灭蚊工作由各级人民政府统一领导", None),
      ({"市容环境管理中心"}, "市容环境管理中心组织协调", None)]),
    # a body named in an alias note does not hide the assignment before it
    ("灭蚊工作由各级人民政府统一领导，市容环境管理中心（以下简称市容中心）组织协调。",
     [({"各级人民政府"}, "灭蚊工作由各级人民政府统一领导", None), ({"市容中心"}, "市容环境管理中心", None)]),
    # a department type already known (from a member list) before 部门或者…
    ("由林业、卫生等部门组成协调机制。林业部门或者野生动物保护机构负责野鸟疫病监测。",
     [({"林业", "野生动物保护机构"}, "林业部门或者野生动物保护机构负责", None)]),
    # X承办、Y协办
    ("全县健康知识竞赛由县卫健局承办、县教育局协办。",
     [({"县卫健局", "县教育局"}, "全县健康知识竞赛由县卫健局承办", {"lead", "support"})]),
    # a regulation article allocating roles, clause by clause
    ("第三条 灭鼠工作由各级人民政府统一领导，市容环境管理中心（以下简称市容中心）组织协调，市容中心办公室具体实施，"
     "卫生行政部门进行监督检查。",
     [({"市容中心"}, "市容环境管理中心（以下简称市容中心）组织协调", None),
      ({"市容中心办公室"}, "市容中心办公室具体实施", None),
      ({"卫生"}, "卫生行政部门进行监督检查", None)]),
    # numbered allocations run together in one line, 或者 between two bodies
    ("第五条 有关部门按照下列分工履行职责： （一）林业部门或者野生动物保护机构负责野生鸟类的疫病监测； "
     "（二）卫生行政部门负责人间病例的救治； （三）工商行政管理部门负责活禽市场的监督管理。 "
     "第六条 居民委员会、村民委员会和物业等其他基层组织，应当协助做好宣传工作。",
     [({"林业", "野生动物保护机构"}, "林业部门或者野生动物保护机构负责", None),
      ({"卫生"}, "卫生行政部门负责人间病例的救治", None),
      ({"工商行政管理"}, "工商行政管理部门负责活禽市场", None),
      ({"居民委员会", "村民委员会", "物业"}, "居民委员会、村民委员会和物业等其他基层组织", "support")]),
    # a body and its counterpart in town in parentheses (村委会（街道办事处）): both are the subject
    ("村民委员会（居民委员会）要组织群众清理卫生死角。",
     [({"村民委员会", "居民委员会"}, "村民委员会（居民委员会）要组织", None)]),
    ("乡镇人民政府(街道办事处)负责辖区内犬只登记。",
     [({"乡镇人民政府", "街道办事处"}, "乡镇人民政府（街道办事处）负责", None)]),
    # 工、青、妇: the trade union, the youth league and the women's federation
    ("民政、公安等有关部门及工、青、妇等社会团体要密切配合,共同做好宣传工作。",
     [({"民政", "公安", "工会", "共青团", "妇联"}, "民政、公安等有关部门及工、青、妇等社会团体要密切配合", None)]),
    # a second list after the first one's tail: 等有关部门及各乡镇
    ("教育、卫生等有关部门及各乡镇要在开学前完成校园消杀。",
     [({"教育", "卫生", "各乡镇"}, "教育、卫生等有关部门及各乡镇要在开学前", None)]),    # the ordinal of a point run into the text (一是…。二是…) stands before the subject
    ("下一步工作安排如下。一是县卫健局将加快建设区域医疗中心。二是县医保局要完善按病种付费政策。",
     [({"县卫健局"}, "县卫健局将加快建设区域医疗中心", None), ({"县医保局"}, "县医保局要完善按病种付费政策", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_free_text_subjects(text: str, expected) -> None:
    duties = _duties(text)
    for names, start, role in expected:
        bodies, _t, roles = _find(duties, start)
        for name in names:
            assert _named(bodies, name), f"{name} not among {bodies} for {start}"
        assert len(bodies) == len(names), f"{bodies} for {start}"
        assert roles == (role if isinstance(role, set) else {role})


DIVISIONS = [
    # a body no lexicon lists heads its numbered duties, all on one line
    ("关于水旱灾害防御职责分工的通知\n"
     "水文局：（一）负责雨情水情的监测预报。（二）负责发布洪水预警；会同有关部门开展灾后评估。\n"
     "运输服务司：（一）组织应急运力调度。\n",
     [("水文局", "负责雨情水情的监测预报"), ("水文局", "负责发布洪水预警"), ("水文局", "会同有关部门开展灾后评估"),
      ("运输服务司", "组织应急运力调度")]),
    # a department type no lexicon lists, with an ASCII colon
    ("二、部门职责\n水产部门:负责养殖水域的疫病监测;做好病死鱼的无害化处理。\n",
     [("水产", "负责养殖水域的疫病监测"), ("水产", "做好病死鱼的无害化处理")]),
]


@pytest.mark.parametrize(("text", "expected"), DIVISIONS, ids=["numbered run-on", "ascii colon"])
def test_duty_divisions(text: str, expected) -> None:
    duties = _duties(text)
    for name, clause in expected:
        bodies, _t, _r = _find(duties, clause)
        assert _named(bodies, name) and len(bodies) == 1


NO_DUTY = [
    # a letter's addressee line and its first sentence
    "各县卫生健康局：为做好秋冬季流感防控工作，现将有关事项通知如下。",
    # a clause opening with a verb is not a body's name, however it ends
    "加快构建全域一体化数据中心协同推进体系，是落实上级部署的具体举措。",
    "发挥县委科技委员会牵头抓总作用，建立部门联合推进机制。",
    # words that only end like a body
    "广大干部要以身作则，带头落实防控措施。",
    "全县产业格局要进一步优化。",
    # circumstances and reports of past work
    "在各级政府领导和有关部门共同配合下，完成了灾后防疫任务。",
    "市防控办会同相关单位编制了工作清单，现印发给你们。",
    # a flattened table row: a cell's heading before a colon is no part of a subject's name
    "湖滨县工作进展表\n达到时序进度 创建示范县：组织有条件的乡镇卫生院开展义诊活动。",
    # a decision that sets the notice's body up (研究决定，成立…): the act, no duty of the government
    "各区人民政府，市有关单位：为做好今年防汛工作，市政府研究决定，成立南岭市防汛抗旱指挥部。",
    # a date that is no deadline to meet
    "湖滨县\n县卫健局于2019年前后开展过一次普查。",
    # a news report's lead: the day (no year) something was done, then what was done
    "湖滨县病媒防制规范发布\n5月12日,县卫生健康委印发《病媒生物防制工作规范》。",
    # a news column's name (要闻) after a body's short form: 要 is no modal verb
    ("卫计要闻|湖滨县召开精神卫生综合管理工作 第三次联席会议\n\n湖滨卫生计生\n\n"
     "湖滨县精神卫生综合管理工作领导小组办公室组织召开了第三次联席会议。"
     "会议在县卫计局召开,县综治、卫计、公安、民政、残联等部门和单位分管领导和联络员出席了会议。"),
]


@pytest.mark.parametrize("text", NO_DUTY, ids=[t[:10] for t in NO_DUTY])
def test_no_duty(text: str) -> None:
    duties = [d for d in _duties(text) if d[0]]
    assert duties == [], duties


def test_unlisted_bodies_keep_a_null_kind_and_level_words_are_no_place() -> None:
    g = extract_text("湖滨县\n县招商服务部负责对接企业。省级医保部门要加强监管。", "t.txt")
    orgs = {d["name"]: d for _n, d in g.nodes(data=True) if d["type"] == "organization"}
    assert orgs["湖滨县招商服务部"].get("kind") is None
    assert "省级医保部门" in orgs and orgs["省级医保部门"]["kind"] == "医保"


SHARED_HEADS = [
    # (notice text, duty text start, the units heading it)
    ("a unit no lexicon lists beside one it lists",
     "二、职责分工\n各村党支部、村民委员会:对本村防控工作负总责。\n", "对本村防控工作负总责", {"各村党支部", "村民委员会"}),
    ("two units by their endings",
           "二、职责分工\n镇纪委、监察室:负责对防控措施落实情况进行监督检查。\n", "负责对防控措施", {"镇纪委", "监察室"}),
    ("one collective of two levels",
     "二、职责分工\n各乡镇、街道:负责辖区内的摸排工作。\n", "负责辖区内的摸排工作", {"各乡镇、街道"}),
]


@pytest.mark.parametrize(("text", "clause", "units"), rows(SHARED_HEADS))
def test_a_head_of_several_units(text: str, clause: str, units: set) -> None:
    bodies, _t, _r = _find(_duties(text), clause)
    assert len(bodies) == len(units)
    for name in units:
        assert _named(bodies, name), f"{name} not among {bodies}"



# (id, notice, the duty texts expected): a clause whose object is a list of things written on
# after its colon (``报送下列数据：（一）A；（二）B。``) is one duty, the items naming data, not
# tasks; items under ``做好下列工作：`` are tasks of their own and stay split
INLINE_LISTS = [
    ("things-listed-after-the-colon-stay-in-the-clause",
     "湖滨县人口信息共享办法\n第九条　县统计局应当每季度向县卫健局报送下列数据：（一）常住人口数；"
     "（二）出生和死亡人数；（三）流动人口情况。\n第十条　县卫健局应当做好数据保密。\n",
     {"县统计局应当每季度向县卫健局报送下列数据：（一）常住人口数；（二）出生和死亡人数；（三）流动人口情况",
      "县卫健局应当做好数据保密"}),
    ("tasks-listed-after-the-colon-are-split",
     "湖滨县疾病预防控制办法\n第九条　县疾控中心应当做好下列工作：（一）开展传染病疫情监测；"
     "（二）指导医疗机构开展消毒隔离；（三）组织流行病学调查。\n",
     {"开展传染病疫情监测", "指导医疗机构开展消毒隔离", "组织流行病学调查"}),
]


@pytest.mark.parametrize(("text", "expected"), rows(INLINE_LISTS))
def test_a_list_written_on_after_a_colon(text: str, expected: set[str]) -> None:
    assert {t for _b, t, _r in _duties(text)} == expected


# (id, notice, clauses that are no duties, duties that stay): under a heading that reports the
# work done so far (``一、主要进展和成效``, ``一、基本情况``) a body's sentence says what it did
REPORT_SECTIONS = [
    ("a-reply-reports-progress-then-plans",
     "青州市卫健委关于代表建议的答复\n一、工作的主要进展和成效\n市卫健委在全市部署开展家庭医生签约服务提质行动，"
     "指导各县区优化签约流程。市医保局调整慢病用药报销目录。\n二、下一步工作安排\n市卫健委将加快推进紧密型医共体建设。\n",
     ["部署开展家庭医生签约服务提质行动", "调整慢病用药报销目录"],
     ["市卫健委将加快推进紧密型医共体建设"]),
    ("facts-under-a-basic-situation-heading",
     "关于石门县饮水安全调研情况的报告\n一、基本情况\n县水利局组织人员对全县水厂开展水质抽检。\n"
     "二、工作建议\n县水利局要加快农村供水管网改造。\n",
     ["对全县水厂开展水质抽检"],
     ["县水利局要加快农村供水管网改造"]),
]


@pytest.mark.parametrize(("text", "absent", "present"), rows(REPORT_SECTIONS))
def test_sentences_of_a_report_section_are_no_duties(text: str, absent: list[str], present: list[str]) -> None:
    texts = {t for _b, t, _r in _duties(text)}
    assert not any(a in t for a in absent for t in texts), texts
    assert all(any(t.startswith(p) for t in texts) for p in present), texts


# (id, notice, clauses that are no duties, duties that stay): a paragraph that gives figures of a
# period already passed (``同比增长``, ``较去年同期``, ``全年累计``) reviews the year: a body's
# sentence in it with no modal or duty verb says what the body did
REPORT_FIGURES = [
    ("a-year-review-paragraph",
     "云岭省数字民生发展报告\n（三）就业服务持续拓展\n全省网上招聘岗位达120万个，同比增长8%。"
     "省人力资源社会保障厅建成零工服务平台，归集岗位信息30万条。省残联开展盲人线上培训，学员超过900人。\n",
     ["建成零工服务平台", "开展盲人线上培训"], []),
    ("a-plan-beside-the-figures-keeps-its-modal-duties",
     "云岭省数字民生工作要点\n全省网上办事量较去年同期提高一成。省民政厅要加快建设救助平台。"
     "省医保局负责推广电子凭证。\n",
     [], ["省民政厅要加快建设救助平台", "省医保局负责推广电子凭证"]),
]


@pytest.mark.parametrize(("text", "absent", "present"), rows(REPORT_FIGURES))
def test_sentences_of_a_figures_paragraph_are_no_duties(text: str, absent: list[str], present: list[str]) -> None:
    texts = {t for _b, t, _r in _duties(text)}
    assert not any(a in t for a in absent for t in texts), texts
    assert all(any(t.startswith(p) for t in texts) for p in present), texts


# (id, notice, duty texts of the first subject): a later clause of the sentence opened by
# another body the notice names, then its own verb, is that body's step of a procedure, no part
# of the first subject's duty; the same body named again goes on with its own duty
NEXT_BODY = [
    ("another-named-body-acts-on-what-it-was-sent",
     "平川市财政局关于文化产业扶持资金拨付的通知\n各区县：\n"
     "  市文化广电旅游局将扶持名单函送市财政局，市财政局据此下达补助资金。\n",
     {"市文化广电旅游局将扶持名单函送市财政局"}),
    ("another-named-body-after-a-modal-duty",
     "平川市文化广电旅游局关于申报非遗工坊的通知\n各区县：\n"
     "  市文化广电旅游局要汇总评审结果，市财政局据此安排补助资金。\n",
     {"市文化广电旅游局要汇总评审结果"}),
    ("a-collective-takes-its-part-by-its-remit",
     "平川市文化广电旅游局关于申报非遗工坊的通知\n各区县：\n"
     "  市文化广电旅游局要对非遗工坊认定工作负总责，各有关部门按职责分工做好配合。\n",
     {"市文化广电旅游局要对非遗工坊认定工作负总责"}),
    ("the-same-body-named-again-stays-in-its-duty",
     "平川市文化广电旅游局关于申报非遗工坊的通知\n各区县：\n"
     "  市文化广电旅游局要印发申报通知，市文化广电旅游局组织专家评审。\n",
     {"市文化广电旅游局要印发申报通知，市文化广电旅游局组织专家评审"}),
    ("a-body-as-the-object-of-a-later-clause-stays",
     "平川市文化广电旅游局关于申报非遗工坊的通知\n各区县：\n"
     "  市文化广电旅游局要汇总申报材料，报送市财政局备案。\n",
     {"市文化广电旅游局要汇总申报材料，报送市财政局备案"}),
]


@pytest.mark.parametrize(("text", "expected"), rows(NEXT_BODY))
def test_a_later_clause_of_another_body_ends_the_duty(text: str, expected: set[str]) -> None:
    texts = {t for b, t, _r in _duties(text) if any("市文化广电旅游局" in f for forms in b for f in forms)}
    assert texts == expected


# (id, notice, duty texts): a duty whose text ends inside a bracket that never closes (the
# note broke off with its line or page) ends before the bracket; a closed note stays, so does
# a doubled bracket a typo closed once
OPEN_BRACKET = [
    ("a-note-broken-off-with-the-page",
     "东岭县爱卫办关于开展秋季灭鼠活动的通知\n各乡镇：\n"
     "  县疾控中心要做好灭鼠前鼠密度监测工作（监测点包括农贸市场、餐饮单位、居民小区等\n",
     {"县疾控中心要做好灭鼠前鼠密度监测工作"}),
    ("a-closed-note-stays",
     "东岭县爱卫办关于开展秋季灭鼠活动的通知\n各乡镇：\n"
     "  县疾控中心要做好灭鼠前鼠密度监测工作（每季度一次）。\n",
     {"县疾控中心要做好灭鼠前鼠密度监测工作（每季度一次）"}),
    ("a-doubled-bracket-closed-once-stays",
     "东岭县爱卫办关于开展秋季灭鼠活动的通知\n各乡镇：\n"
     "  县疾控中心要按照《灭鼠规范》(爱卫办(20213号)的要求做好灭鼠前鼠密度监测工作。\n",
     {"县疾控中心要按照《灭鼠规范》（爱卫办（20213号）的要求做好灭鼠前鼠密度监测工作"}),
]


# (id, notice, duty texts): a line of an interview or a minute opens with who speaks or what
# decides (``张某某：``, ``会议决定：``), then ``由X牵头，…``: the label is no part of the duty
SPEAKER_LABELS = [
    ("an-interview-answer",
     "东岭县卫生健康局局长解读卫生县城长效管理意见\n记者：请问在病媒生物防制方面有哪些任务？\n"
     "王晓明：由县卫生健康局牵头，县住建局配合，组织开展季节性灭鼠灭蚊活动。\n",
     {"由县卫生健康局牵头，县住建局配合，组织开展季节性灭鼠灭蚊活动"}),
]


@pytest.mark.parametrize(("text", "expected"), rows(OPEN_BRACKET + SPEAKER_LABELS))
def test_where_a_duty_text_starts_and_ends(text: str, expected: set[str]) -> None:
    assert {t for _b, t, _r in _duties(text)} == expected


# (id, notice, duty texts): a paragraph that opens with a body's remit (``X负责A。``) and goes
# on in sentences naming no subject of their own (``B。C；D。``): each one a duty of that body;
# not when a later sentence names a body of its own, reports work done, or the line's end cuts it
RUN_ON_REMITS = [
    ("verb-sentences-after-the-remit",
     "东岭县人民政府办公室关于明确清欠工作分工的通知\n"
     "县清欠办负责制定全县清欠工作方案，组织工作会议。参与协调处理重大案件。检查、督查全县清欠工作落实情况。\n"
     "县住建局负责清理拖欠工程款工作。督促开发商偿还拖欠工程款。加强对基本建设程序的监督；建立施工企业的信用档案。\n",
     {"县清欠办负责制定全县清欠工作方案，组织工作会议", "参与协调处理重大案件", "检查、督查全县清欠工作落实情况",
      "县住建局负责清理拖欠工程款工作", "督促开发商偿还拖欠工程款", "加强对基本建设程序的监督", "建立施工企业的信用档案"}),
    ("a-body-of-its-own-after-the-remit",
     "东岭县人民政府办公室关于明确清欠工作分工的通知\n"
     "县人社局负责制定解决拖欠工资的措施。督促企业按月支付工资。各乡镇要全面掌握本地拖欠情况。\n",
     {"县人社局负责制定解决拖欠工资的措施", "各乡镇要全面掌握本地拖欠情况"}),
    ("a-report-after-the-remit",
     "东岭县人民政府办公室关于明确清欠工作分工的通知\n"
     "县财政局负责安排清欠资金。今年已拨付资金三百万元。已完成年度清欠任务。\n",
     {"县财政局负责安排清欠资金"}),
]


@pytest.mark.parametrize(("text", "expected"), rows(RUN_ON_REMITS))
def test_sentences_run_on_after_a_remit(text: str, expected: set[str]) -> None:
    assert {t for _b, t, _r in _duties(text)} == expected


def test_a_sentence_cut_after_its_modal_verb_is_no_duty() -> None:
    """The page's end cuts the last sentence right after its subject's modal verb
    (``县农业农村局应当``): nothing the body is to do is written, no duty."""
    text = ("东岭县预防学生溺水工作规定\n第四条 县水利局应当加强对河道、水库等水域的管理，做好预防溺水相关工作。\n"
            "县农业农村局应当\n")
    assert {t for _b, t, _r in _duties(text)} == {"县水利局应当加强对河道、水库等水域的管理，做好预防溺水相关工作"}


def test_a_department_of_two_fields_joined_by_yu_is_one_subject() -> None:
    """``海洋与渔业部门负责…。具体包括：负责…；负责…`` (the ocean and fisheries departments, one
    kind written as two fields joined by 与): the subject of every duty of its paragraph."""
    text = ("西川市食品安全监管职责分工\n海洋与渔业部门负责水产品养殖环节的监管。具体包括：负责水产品抽样检测，"
            "查处违法行为；负责渔药使用环节的监管。\n")
    duties = _duties(text)
    assert len(duties) == 3
    assert all(any("海洋与渔业部门" in forms for forms in bodies) for bodies, _t, _r in duties)


def test_road_transport_administration_written_short_is_a_subject() -> None:
    """``交通运管部门要…`` (the road transport administration, a transport department written
    short): a subject like ``交通运输部门要…``."""
    text = "北岭县接送学生车辆安全管理的通知\n（三）交通运管部门要严格接送学生车辆的资质审查，定期开展车辆检查。\n"
    duties = _duties(text)
    assert [t for _b, t, _r in duties] == ["交通运管部门要严格接送学生车辆的资质审查，定期开展车辆检查"]
    assert any("交通运管部门" in forms for forms in duties[0][0])


@pytest.mark.parametrize("sentence", [
    "2023年11月15日，河西省卫生健康委举办妇幼健康事业发展新闻发布会。",
    "3月2日上午,南山县卫健局举办全县结核病防治知识培训班。",
    "4月8日 ，北岭市疾控中心举办全市免疫规划技能竞赛。",
    "東湖縣衛生局舉辦愛國衛生運動宣傳周活動。",
])
def test_a_body_holding_an_event_is_news_no_duty(sentence: str) -> None:
    """``X举办…发布会`` / ``X主办…竞赛``: a body right before a verb of holding an event is the
    news of the event, no duty."""
    text = "工作动态\n" + sentence + "\n"
    assert not [d for d in _duties(text) if "举办" in d[1] or "主办" in d[1] or "舉辦" in d[1]]


def test_holding_an_event_as_the_means_of_a_duty_stays_a_duty() -> None:
    """Near miss: ``X通过举办讲座等方式，…``: the event is how the body does its duty."""
    text = "南山县健康教育工作方案\n南山县卫健局通过举办讲座等方式，组织学习传染病防治知识。\n"
    assert any(t.startswith("南山县卫健局通过举办讲座") for _b, t, _r in _duties(text))


@pytest.mark.parametrize(("text", "last", "tail"), [
    ("部门分工：卫生健康部门做好疫苗采购，教育部门做好摸底登记，财政部门做好经费保障，妇联做好家庭宣传，共同推进项目实施。",
     "妇联做好家庭宣传", "共同推进"),
    ("县卫健局负责技术指导, 县教育局负责组织学生, 县财政局负责资金保障 ,联合开展专项行动。",
     "县财政局负责资金保障", "联合开展"),
    ("市民政局做好困难群众救助；市人社局做好就业帮扶，共同做好兜底保障工作。",
     "市人社局做好就业帮扶", "共同做好"),
])
def test_a_joint_tail_after_the_last_subject_is_no_part_of_its_duty(text: str, last: str, tail: str) -> None:
    """``A做好x，B做好y，共同推进…``: the clause opened by 共同/联合 after the last subject is what
    all of them do together, not the last one's duty alone."""
    duty = _find(_duties("南山县工作方案\n" + text + "\n"), last)
    assert tail not in duty[1], duty


def test_a_single_subject_s_joint_clause_stays_its_duty() -> None:
    """Near miss: one subject, then 共同…: the clause is still that subject's duty."""
    duty = _find(_duties("南山县工作方案\n县卫健局负责牵头组织，会同有关部门共同做好疫情防控工作。\n"), "县卫健局负责牵头组织")
    assert "共同做好" in duty[1], duty


@pytest.mark.parametrize("sentence", [
    "会后，全体人员参加培训会，由县人民医院专业人员讲解防护用品的使用方法等知识。",
    "会上 , 由县卫健局通报了全县近期疫情形势。",
    "会议期间,由市疾控中心专家作专题辅导。",
])
def test_what_happened_at_a_meeting_gives_the_agent_no_duty(sentence: str) -> None:
    """``会后，…由X讲解…`` / ``会上，由X通报…``: a sentence opened by the time of a meeting reports
    what was done there; the body after 由 has no duty."""
    text = "南山镇召开疫情防控工作会议\n" + sentence + "\n"
    assert not _duties(text), _duties(text)


@pytest.mark.parametrize(("sentence", "start"), [
    ("确诊后，由县疾控中心开展流行病学调查。", "确诊后，由县疾控中心开展流行病学调查"),
    ("会后，由县卫健局整理会议纪要，须于三日内报送各成员单位。", "会后，由县卫健局整理会议纪要"),
])
def test_an_agent_after_another_time_or_with_a_modal_keeps_its_duty(sentence: str, start: str) -> None:
    """Near misses: a time that is no meeting's, or a modal verb after 会后: still a duty."""
    assert any(t.startswith(start) for _b, t, _r in _duties("南山县工作方案\n" + sentence + "\n"))
