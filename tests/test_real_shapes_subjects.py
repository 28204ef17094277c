"""Free-text duty subjects in the general shapes real notices use (issue 10 §2): a body, a
list of bodies or a collective that opens a clause, followed by what it is to do. Each row
is a short notice of our own (invented places, units and people): (id, text, expected).

Expected duties are ``(body names, duty text starts with)``; a body is named by any of its
written forms (name or alias). The NO_DUTY rows are sentences that only mention bodies."""

from __future__ import annotations

import pytest
from tables import rows

from extractor.graph import edges_of
from extractor.pipeline import extract_text

TITLE = "关于做好秋冬季重点工作的通知\n"


def _duties(text: str) -> dict[str, set[frozenset[str]]]:
    """Each duty's text -> the written forms of each body responsible for it."""
    g = extract_text(text, "t.txt")
    out: dict[str, set[frozenset[str]]] = {}
    for u, v, _d in edges_of(g, "responsible_for"):
        out.setdefault(g.nodes[v]["text"], set()).add(frozenset({g.nodes[u]["name"], *g.nodes[u].get("aliases", [])}))
    return out


def _check(text: str, expected: list[tuple[set[str], str]]) -> None:
    duties = _duties(TITLE + text)
    for names, start in expected:
        hits = [t for t in duties if t.startswith(start)]
        assert hits, f"no duty starting with {start!r} in {list(duties)}"
        bodies = duties[hits[0]]
        for name in names:
            assert any(name in forms for forms in bodies), f"{name} not among {bodies} for {start}"
        assert len(bodies) == len(names), f"{bodies} for {start}"


# A collective of places (各地, 各省份, 各地区, 各省（区、市）) is the subject like any body.
PLACES = [
    ("each-locality", "各地要加强病历数据的质量控制，确保上报数据真实。", [({"各地"}, "各地要加强病历数据")]),
    ("each-province", "各省份要在年底前出台具体实施办法。", [({"各省份"}, "各省份要在年底前")]),
    ("each-region-should", "各地区应当定期通报考核结果。", [({"各地区"}, "各地区应当定期通报")]),
    ("each-province-bracket", "各省（区、市）要建立本地区的监测网络。", [({"各省（区、市）"}, "各省（区、市）要建立")]),
    ("each-locality-organizes", "各地组织辖区医院完成病历编码转换工作。", [({"各地"}, "各地组织辖区医院完成")]),
    ("each-province-builds", "各省份建立省级考核信息平台，与国家平台互联互通。", [({"各省份"}, "各省份建立省级考核信息平台")]),
    ("each-province-by-date", "各省份于2024年11月底前完成辖区内的年度考核。", [({"各省份"}, "各省份于2024年11月底前完成")]),
    ("localities-and-groups", "各地、各社会团体在开展宣传活动中，要突出重点人群。",
     [({"各地", "各社会团体"}, "各地、各社会团体在开展宣传活动中")]),
    # the units a task list assigns, named by their part in it (主要责任单位, 其他责任单位)
    ("main-responsible-units", "各主要责任单位要对照目标任务，制订工作推进计划。",
     [({"各主要责任单位"}, "各主要责任单位要对照目标任务")]),
    ("other-responsible-units", "其他责任单位要服从调度安排，确保工作推进顺利。",
     [({"其他责任单位"}, "其他责任单位要服从调度安排")]),
    ("responsible-or-supporting-units", "各责任(配合)单位要加强协调，切实履行各自工作职责。",
     [({"各责任（配合）单位"}, "各责任（配合）单位要加强协调")]),
]

# A named body or a department type followed by its verb, with no modal verb
# (国家X委推行…, X行政部门监督指导…, A和B部门结合…，调整…).
NO_MODAL = [
    ("ministry-verb", "国家卫生健康委推行统一的检验项目编码。", [({"国家卫生健康委"}, "国家卫生健康委推行统一的")]),
    ("bureau-verb", "湖滨县\n县卫健局印发统一的随访记录表。", [({"湖滨县卫健局"}, "县卫健局印发统一的")]),
    ("department-type-verb", "卫生健康行政部门监督指导医疗机构落实分级诊疗要求，加强质量控制。",
     [({"卫生健康"}, "卫生健康行政部门监督指导")]),
    ("two-types-verb", "财政和医保部门结合考核结果，调整完善政府投入政策。",
     [({"财政", "医保"}, "财政和医保部门结合考核结果，调整完善政府投入政策")]),
    ("list-verb", "财政、教育、人力资源社会保障部门研究建立考核结果应用机制。",
     [({"财政", "教育", "人力资源社会保障"}, "财政、教育、人力资源社会保障部门研究建立")]),
    ("national-bureau-by-form", "国家药监局印发统一的检查要点。", [({"国家药监局"}, "国家药监局印发统一的检查要点")]),
    ("national-field-bureau", "国家中医药局制定中医诊疗质量评价办法。", [({"国家中医药局"}, "国家中医药局制定中医诊疗")]),
    ("ministry-by-field", "民政部指导各地做好困难群众的临时救助。", [({"民政部"}, "民政部指导各地做好")]),
    ("province-bureau-verb", "白河市\n市民政局统筹安排养老服务补贴资金。", [({"白河市民政局"}, "市民政局统筹安排")]),
    ("ministry-adverb-verb", "国家卫生健康委大力推进远程医疗服务，鼓励医院开展互联网诊疗。",
     [({"国家卫生健康委"}, "国家卫生健康委大力推进远程医疗服务")]),
    ("bureau-adverb-verb", "白河市\n市民政局积极引导社会力量参与养老服务。", [({"白河市民政局"}, "市民政局积极引导社会力量")]),
    # a phrase saying how, from where or on what the body acts, then its verb
    ("ministry-from-then-verb", "国家卫生健康委从资金、人才等方面对示范县建设给予倾斜。",
     [({"国家卫生健康委"}, "国家卫生健康委从资金、人才等方面")]),
    ("bureau-by-procedure-then-verb", "白河市\n市财政局按程序将奖励资金下达至各区财政局。",
     [({"白河市财政局"}, "市财政局按程序将奖励资金")]),
    ("bureau-timely-then-verb", "白河市\n市民政局适时对各区落实情况开展抽查。", [({"白河市民政局"}, "市民政局适时对各区")]),
]

# A subject with its own institutions (及其下属…机构), a class of schools, the place's own
# bodies (区直各单位), a time limit between the subject and its verb.
MORE_SUBJECTS = [
    ("subordinates", "卫生部门及其下属疾病预防控制和医疗等专业机构，要按照要求做好疫情监测。",
     [({"卫生"}, "卫生部门及其下属")]),
    ("subordinate-units", "湖滨县\n县农业农村局及其所属单位要做好动物疫病监测。", [({"湖滨县农业农村局"}, "县农业农村局及其所属单位要")]),
    ("schools", "各地托幼机构及小学要搞好校园环境卫生，清理卫生死角。", [({"各地托幼机构", "小学"}, "各地托幼机构及小学要")]),
    ("middle-schools", "中学和托儿所要落实晨午检制度。", [({"中学", "托儿所"}, "中学和托儿所要落实")]),
    ("district-own-bodies", "张湾区\n区直各单位、各街办要成立相应的工作机构。", [({"区直各单位", "各街办"}, "区直各单位、各街办要成立")]),
    ("city-own-departments", "白河市\n市直各部门要落实包保责任。", [({"市直各部门"}, "市直各部门要落实")]),
    ("time-before-verb", "国家卫生健康委每年3月底前完成年度监测分析。", [({"国家卫生健康委"}, "国家卫生健康委每年3月底前完成")]),
]

# A time limit written before the subject, with or without a comma.
TIME_FIRST = [
    ("month-before-subject", "湖滨县\n6月底前县卫健局完成全部村医培训。", [({"湖滨县卫健局"}, "县卫健局完成全部村医培训")]),
    ("year-month-before-subject", "2024年9月底前各省份要完成平台对接。", [({"各省份"}, "各省份要完成平台对接")]),
    ("two-subjects-two-times", "2025年起，每年2月底前各省份完成年度考核，3月底前国家卫生健康委完成监测分析。",
     [({"各省份"}, "各省份完成年度考核"), ({"国家卫生健康委"}, "国家卫生健康委完成监测分析")]),
    ("time-comma-subject", "2024年3月底前，国家卫生健康委建立统一的考核信息系统。",
     [({"国家卫生健康委"}, "国家卫生健康委建立统一的考核信息系统")]),
    # the period it acts in, after a body no lexicon lists and before a comma and its charge
    ("subject-during-a-period-comma-charge", "湖滨县\n县经济局在流感流行期间，负责组织生活必需品的市场供应。",
     [({"湖滨县经济局"}, "县经济局在流感流行期间，负责组织生活必需品的市场供应")]),
]

# An adverb before the modal verb (还要, 也要, 都要, 均应).
ADVERB_MODAL = [
    ("also-must", "托儿所要每日晨检。托儿所还要定期消毒玩具。", [({"托儿所"}, "托儿所还要定期消毒")]),
    ("too-must", "各区县政府也要成立相应的工作专班。", [({"各区县政府"}, "各区县政府也要成立")]),
    ("each-should", "湖滨县\n县教育局、县卫健局均应指定专人负责。", [({"湖滨县教育局", "湖滨县卫健局"}, "县教育局、县卫健局均应指定")]),
]

# A body no lexicon lists whose name starts with a short department name (卫生部, 教育司).
SHORT_START = [
    ("old-ministry", "卫生部负责疫情监测信息的汇总分析。", [({"卫生部"}, "卫生部负责疫情监测")]),
    ("traditional-ministry", "衛生部負責疫情監測信息的匯總分析。", [({"卫生部"}, "卫生部负责疫情监测")]),
]


# A government's departments (X人民政府有关部门 / 相关部门 / 有关行政主管部门): one collective,
# whichever way it is written; X及其有关部门 is X with its departments.
GOVERNMENT_DEPARTMENTS = [
    ("city-concerned", "白河市\n市人民政府相关部门要加强对辖区内农贸市场的巡查。",
     [({"白河市人民政府有关部门"}, "市人民政府相关部门要加强")]),
    ("county-competent", "湖滨县\n县人民政府有关行政主管部门应当与定点企业签订供应协议。",
     [({"湖滨县人民政府有关部门"}, "县人民政府有关行政主管部门应当与")]),
    ("provincial-level", "省级人民政府有关部门按照职能分工，及时采取应急措施。",
     [({"省级人民政府有关部门"}, "省级人民政府有关部门按照职能分工")]),
    ("one-body-two-forms", "省级人民政府相关部门要加强库存监测。省级人民政府有关部门要及时报送监测情况。",
     [({"省级人民政府有关部门"}, "省级人民政府相关部门要加强"),
      ({"省级人民政府相关部门"}, "省级人民政府有关部门要及时报送")]),  # one body, both forms
    ("state-council-units", "国务院有关部门（单位）和省级人民政府有关部门要加强应急演练。",
     [({"国务院有关部门", "省级人民政府有关部门"}, "国务院有关部门（单位）和省级人民政府有关部门要加强")]),
    ("and-its-departments", "白河市\n市政府及其有关部门要加强对供热企业的监督。", [({"白河市政府"}, "市政府及其有关部门要加强")]),
    ("levels-and-their-departments", "各级政府及其相关部门要确保救灾物资运输畅通。", [({"各级政府"}, "各级政府及其相关部门要确保")]),
]

# A level written as the kinds of place at it (省、自治区、直辖市 / 省（区、市）/ 市（州）), before
# a list of fields; fields no lexicon lists in a list closed by a known field's 部门; a field's
# other name in brackets (农业农村（畜牧兽医）部门).
LEVEL_LISTS = [
    ("provinces-fields", "省、自治区、直辖市发展改革、粮食、价格和商务部门，应当立即进行调查核实。",
     [({"发展改革", "粮食", "价格", "商务"}, "省、自治区、直辖市发展改革、粮食、价格和商务部门，应当立即")]),
    ("province-bracket-one-field", "省（区、市）卫生健康部门要加强疫情监测。", [({"省（区、市）卫生健康部门"}, "省（区、市）卫生健康部门要")]),
    ("prefecture-fields", "市（州）水利、气象和应急部门要加强汛期会商。", [({"水利", "气象", "应急"}, "市（州）水利、气象和应急部门要")]),
    ("unknown-field-then-known", "防汛、抗旱和应急部门要加强汛期值守。", [({"防汛", "抗旱", "应急"}, "防汛、抗旱和应急部门要加强")]),
    ("provinces-governments", "各省、自治区、直辖市人民政府应根据本预案制订本地区的预案。",
     [({"各省、自治区、直辖市人民政府"}, "各省、自治区、直辖市人民政府应根据")]),
    ("field-note-last", "各级卫生健康、农业农村(畜牧兽医)部门要加强人畜共患病联防联控。",
     [({"卫生健康", "农业农村"}, "各级卫生健康、农业农村（畜牧兽医）部门要加强")]),
    ("field-note-first", "农业农村（畜牧兽医）、林业部门要加强野生动物疫病监测。",
     [({"农业农村", "林业"}, "农业农村（畜牧兽医）、林业部门要加强")]),
    ("field-note-alone", "林业（草原）部门负责野生动物疫源疫病监测。", [({"林业"}, "林业（草原）部门负责")]),
    ("each-province-level-bureau", "各省、自治区、直辖市气象局要加强灾害性天气预警。",
     [({"各省、自治区、直辖市气象局"}, "各省、自治区、直辖市气象局要加强")]),
    # a city's districts and counties, the district written first (区（县）, 区（市）): one level
    ("district-bracket-county", "青禾市人民政府文件\n第五条 区（县）民政部门负责本行政区域内的救助管理工作。",
     [({"区（县）民政部门"}, "区（县）民政部门负责本行政区域内")]),
    ("district-bracket-city", "区（市）文化旅游部门要加强景区安全检查。", [({"区（市）文化旅游部门"}, "区（市）文化旅游部门要加强")]),
    ("each-district-bracket-county", "各区（县）水务部门要做好汛前排查。", [({"各区（县）水务部门"}, "各区（县）水务部门要做好")]),
    # every department at a district's level (区级各部门), like 县级各部门, an item of a list of collectives
    ("district-level-departments-in-a-list", "各镇（街道）、区级各部门和企事业单位要高度重视无偿献血工作。",
     [({"各镇", "区级各部门", "企事业单位"}, "各镇（街道）、区级各部门和企事业单位要高度重视")]),
]

# 所有X都要 / 全体X要: every X, the class X. A body's leaders (主要领导, 主要负责同志, 负责人) with
# a modal verb: the body's duty.
EVERY_AND_LEADERS = [
    ("all-enterprises", "所有粮油经营企业都要保持必要的库存量。", [({"粮油经营企业"}, "所有粮油经营企业都要保持")]),
    ("all-care-homes", "所有养老机构都要落实出入登记制度。", [({"养老机构"}, "所有养老机构都要落实")]),
    ("whole-class", "全体托育机构要落实晨午检制度。", [({"托育机构"}, "全体托育机构要落实")]),
    ("government-leaders", "县（区）人民政府主要领导要带队督查禁牧措施落实情况。",
     [({"县（区）人民政府"}, "县（区）人民政府主要领导要带队")]),
    ("township-heads", "各乡镇人民政府主要负责同志要亲自部署秋冬季防火工作。", [({"各乡镇人民政府"}, "各乡镇人民政府主要负责同志要亲自")]),
    ("bureau-head", "白河市\n市教育局负责人要定期听取校园安全汇报。", [({"白河市教育局"}, "市教育局负责人要定期")]),
]

# A clause saying when the subject acts, between the subject and its modal verb.
WHEN_THEN = [
    ("on-notice", "省级防汛抗旱指挥部接到上级通知后，要立即组织人员落实应急措施。",
     [({"省级防汛抗旱指挥部"}, "省级防汛抗旱指挥部接到上级通知后，要立即")]),
    ("on-report", "湖滨县\n县疾控中心收到疫情报告后，应当在2小时内完成核实。", [({"湖滨县疾控中心"}, "县疾控中心收到疫情报告后，应当")]),
    ("on-warning", "湖滨县\n县防汛办收到预警信息时，须立即通知沿河各村。", [({"湖滨县防汛办"}, "县防汛办收到预警信息时，须立即")]),
    ("on-finding", "青石镇社会事务办发现独居老人失联时，要立即报告。", [({"青石镇社会事务办"}, "青石镇社会事务办发现独居老人失联时")]),
    ("another-subject-after", "湖滨县\n县卫健局收到报告后，县疾控中心要立即核实。", [({"湖滨县疾控中心"}, "县疾控中心要立即核实")]),
]

# 在Y的指导下 / 在Y领导下 after the subject's modal verb: Y guides, the subject does the work.
GUIDED = [
    ("guided-tourism", "旅游部门应当在卫生部门的指导下，组织对导游人员的防病知识培训。", [({"旅游"}, "旅游部门应当在卫生部门的指导下")]),
    ("guided-fisheries", "水产部门应当在农业部门的指导下，开展养殖水域监测。", [({"水产"}, "水产部门应当在农业部门的指导下")]),
    ("led-by-government", "各级卫生健康、农业农村部门要在当地政府领导下，加强组织领导。",
     [({"卫生健康", "农业农村"}, "各级卫生健康、农业农村部门要在当地政府领导下")]),
    ("led-street-office", "街道办事处要在区政府统一领导下，组织居民开展环境整治。", [({"街道办事处"}, "街道办事处要在区政府统一领导下")]),
]


# A sentence whose only subject is the body after 由 (the clauses before it say when or why):
# that body's duty, from the case its last clause names; each 由 clause of a sentence its own duty.
BY_AGENT = [
    ("when-then-by", "出现省级应急状态时，由省级防汛抗旱指挥部报同级人民政府批准后，启动本省应急预案。",
     [({"省级防汛抗旱指挥部"}, "出现省级应急状态时，由省级防汛抗旱指挥部报同级人民政府批准后")]),
    ("case-then-by", "如储备物资仍不能满足救灾需要的，由省级人民政府提出申请。",
     [({"省级人民政府"}, "如储备物资仍不能满足救灾需要的，由省级人民政府提出申请")]),
    ("two-by-clauses", "如储备物资仍不能满足救灾需要的，由省级人民政府提出申请，由国家应急管理部会同财政部提出调拨方案。",
     [({"省级人民政府"}, "如储备物资仍不能满足救灾需要的，由省级人民政府提出申请"),
      ({"国家应急管理部", "财政部"}, "由国家应急管理部会同财政部提出调拨方案")]),  # the partner after 会同 too
    ("object-then-by", "湖滨县\n对应急调用的储备物资占用的贷款，由县财政局会同县农发行及时清算。",
     [({"湖滨县财政局"}, "对应急调用的储备物资占用的贷款，由县财政局会同县农发行")]),
    ("need-then-by", "湖滨县\n根据应急加工的需要，由县粮油局掌握、联系一批加工企业。",
     [({"湖滨县粮油局"}, "根据应急加工的需要，由县粮油局掌握")]),
    ("by-alone", "湖滨县\n由县卫健局加强对保洁人员的督促和管理。", [({"湖滨县卫健局"}, "由县卫健局加强对保洁人员")]),
    ("topic-then-by", "湖滨县\n农村集贸市场统一由县市场监管局登记备案。", [({"湖滨县市场监管局"}, "农村集贸市场统一由县市场监管局登记备案")]),
    ("period-then-by", "湖滨县\n居家观察期间，由村卫生室进行随访。", [({"村卫生室"}, "居家观察期间，由村卫生室进行随访")]),
    # a topic holding a place word or an element's one character (食盐中|氟|的…) before 由 (subj35)
    ("topic-with-single-characters-then-by", "湖滨县\n食盐中氟的检测方法由县疾控中心统一确定。",
     [({"湖滨县疾控中心"}, "食盐中氟的检测方法由县疾控中心统一确定")]),
    ("by-approves-after-subject", "湖滨县\n县卫健局要划定禁牧范围，由县人民政府批准、公布。",
     [({"湖滨县卫健局"}, "县卫健局要划定禁牧范围")]),  # the approving government is no doer of it
    # of several clauses before 由, the duty keeps the case it deals with (and a 如 condition before it)
    ("scene-then-case-then-by", "湖滨县\n为进一步支持茶叶产业发展，暂时调整有关补贴办法的规定，对茶农提出的补贴申请，由县农业局实施审批。",
     [({"湖滨县农业局"}, "对茶农提出的补贴申请，由县农业局实施审批")]),
    ("scene-then-condition-then-by", "湖滨县\n在应急状态下，如县级储备不能满足需要，确需动用市级储备的，由县人民政府提出申请。",
     [({"湖滨县人民政府"}, "如县级储备不能满足需要，确需动用市级储备的，由县人民政府")]),
    ("breach-then-by", "湖滨县\n检测报告弄虚作假，造成检测结果严重失实的，由县市场监管局予以通报。",
     [({"湖滨县市场监管局"}, "造成检测结果严重失实的，由县市场监管局予以通报")]),
    ("article-subject-then-by", "湖滨县\n第八条 县粮食局要会同县财政局提出动用方案，报县人民政府批准，由县粮食局组织实施。",
     [({"湖滨县粮食局"}, "县粮食局要会同县财政局提出动用方案，报县人民政府批准，由县粮食局组织实施")]),  # one procedure
]


# 务必 as a modal; a list of bodies then the law they act by (依据/依照/根据…，负责…); collectives
# and governments written with the places at their level in brackets; a department type after 由.
MORE_PROSE = [
    ("must-by-all-means", "湖滨县\n县卫健局务必加强疫苗供应，科学布局接种点。", [({"湖滨县卫健局"}, "县卫健局务必加强疫苗供应")]),
    ("list-by-law", "白河市\n市应急局、市卫健局、市总工会依据《安全生产法》的规定，负责本行政区域内的监督管理工作。",
     [({"白河市应急局", "白河市卫健局", "白河市总工会"}, "市应急局、市卫健局、市总工会依据《安全生产法》")]),
    ("county-governments-bracket", "各县（市、区）政府要进一步加强献血工作的组织领导。", [({"各县（市、区）政府"}, "各县（市、区）政府要进一步")]),
    ("townships-long-bracket", "各乡镇（办事处、开发区）要实行网格化管理。", [({"各乡镇（办事处、开发区）"}, "各乡镇（办事处、开发区）要实行")]),
    ("by-department-type", "发现居家观察人员出现发热症状，由卫生健康部门依照相关规定，及时转运救治。",
     [({"卫生健康"}, "发现居家观察人员出现发热症状，由卫生健康部门依照相关规定")]),
    ("leaders-first-responsible", "各村、各学校主要领导为第一责任人，负责本区域的防治工作。",
     [({"各村", "各学校"}, "各村、各学校主要领导为第一责任人，负责")]),
    ("modal-then-principle", "湖滨县\n县卫健局要落实分级负责的原则，做好监测。", [({"湖滨县卫健局"}, "县卫健局要落实分级负责的原则")]),
    ("person-answers-inside", "各乡镇人民政府建立合作医疗管理办公室，由乡镇政府主要领导具体负责，工作人员由乡镇调剂解决。",
     [({"各乡镇人民政府"}, "各乡镇人民政府建立合作医疗管理办公室，由乡镇政府主要领导具体负责")]),
    # near misses of the meeting news (NO_DUTY): attending after a modal verb, and work done
    # somewhere, are duties
    ("to-attend-a-meeting", "湖滨县\n各乡镇要派分管负责同志参加会议。", [({"各乡镇"}, "各乡镇要派分管负责同志参加会议")]),
    ("work-somewhere", "湖滨县\n县卫健局在城区各小区开展灭蟑活动。", [({"湖滨县卫健局"}, "县卫健局在城区各小区开展灭蟑活动")]),
    # near miss of the universal determiner (NO_DUTY): 任何 after the subject's verb binds the body
    ("any-reason-after-the-verb", "湖滨县\n县卫健局不得以任何理由拒绝受理投诉。",
     [({"湖滨县卫健局"}, "县卫健局不得以任何理由拒绝受理投诉")]),
    # near miss of the encouraged class: the class qualified by what it does is the subject
    ("qualified-class-at-work", "湖滨县\n开展产前筛查的医疗机构要严格执行技术规范。",
     [({"开展产前筛查的医疗机构"}, "开展产前筛查的医疗机构要严格执行技术规范")]),
    # near miss of one body's setting up: each of a collective is told to set one up
    ("each-sets-up", "湖滨县\n各村委会成立由村医和网格员组成的防疫小组。", [({"各村委会"}, "各村委会成立由村医和网格员组成的防疫小组")]),
    # near miss of the past report: a duty verb after the subject, a past word inside its object
    ("duty-verb-then-past-word", "湖滨县\n县疾控中心负责病例复核，对漏报了的病例及时补报。",
     [({"湖滨县疾控中心"}, "县疾控中心负责病例复核")]),
]

# The departments concerned (各有关部门, 有关部门) act with any verb like other collectives,
# after the basis they act on too (issue 10, subj35); the members' general obligation
# (各成员单位按照职责分工…) and each doing its part (…，各司其职) need a modal or duty verb.
CONCERNED_AT_WORK = [
    ("concerned-draw-up", "各有关部门制定本系统的实施办法，于年底前报送县政府。",
     [({"各有关部门"}, "各有关部门制定本系统的实施办法")]),
    ("concerned-competent-departments", "有关主管部门应当制定青山湖水质的监测规范。",
     [({"有关主管部门"}, "有关主管部门应当制定青山湖水质的监测规范")]),
    ("concerned-by-own-remit", "各有关部门依职责管理指导本系统的防汛工作。", [({"各有关部门"}, "各有关部门依职责管理指导")]),
    ("government-all-departments", "白河市人民政府各部门要依照法规履行防汛职责。",
     [({"白河市人民政府各部门"}, "白河市人民政府各部门要依照法规")]),
    ("concerned-by-division", "各有关部门按照职责分工，采取有效措施，抓好青山湖治理任务落实。",
     [({"各有关部门"}, "各有关部门按照职责分工，采取有效措施")]),
]

# Things listed then the class of bodies they name (…等媒体): one body, the class, named by the
# whole list (its head another form); bodies no lexicon lists closed by 等 and their class
# (…等社会组织) are each a subject (issue 10, subj35).
CLASS_LISTS = [
    ("media-class", "第五条 广播、电视、报纸、网站等媒体应当开展文明养蜂的宣传教育。",
     [({"广播、电视、报纸、网站等媒体"}, "广播、电视、报纸、网站等媒体应当开展")]),
    ("media-class-and", "广播电视、报纸刊物和公益广告等媒介应当经常开展无偿献血宣传。",
     [({"广播电视、报纸刊物和公益广告等媒介"}, "广播电视、报纸刊物和公益广告等媒介应当")]),
    ("media-used-after-comma", "青山县\n县卫健局负责健康宣传，利用电台、电视等媒体开展健康教育。",
     [({"青山县卫健局"}, "县卫健局负责健康宣传")]),
    ("unlisted-then-class", "养蜂协会、湿地保护组织等社会组织应当制定行业规范，开展宣传教育。",
     [({"养蜂协会", "湿地保护组织"}, "养蜂协会、湿地保护组织等社会组织应当制定")]),
    # a name written with its counterpart in brackets inside it (村（居）委会: 村委会 and 居委会)
    ("counterpart-inside-a-name", "各乡镇、村（居）委会要开展环境卫生整治。",
     [({"各乡镇", "村（居）委会"}, "各乡镇、村（居）委会要开展环境卫生整治")]),
    ("counterpart-inside-a-name-alone", "社区（村）居委会负责辖区环境的调查工作。",
     [({"社区（村）居委会"}, "社区（村）居委会负责辖区环境的调查工作")]),
    ("one-unlisted-then-class", "养蜂协会等社会组织应当协助做好蜂场登记工作。", [({"养蜂协会"}, "养蜂协会等社会组织应当协助")]),
]

# A class of bodies named by what they do, a verb before the suffix (审批管理机关, 托管单位):
# the subject like any body no lexicon lists.
DOING_CLASSES = [
    ("verb-named-authority", "年检结束后，审批管理机关要做好复核。", [({"审批管理机关"}, "审批管理机关要做好复核")]),
    ("verb-named-unit-in-list", "审批管理机关、行业主管部门和托管单位都要严格把关，不合格的要限期整改。",
     [({"审批管理机关", "行业主管部门", "托管单位"}, "审批管理机关、行业主管部门和托管单位都要严格把关")]),
]


# A named body, what it acts on (根据…，), then its verb; a body that entrusts the work to another
# (委托, which jieba's dictionary tags as a noun) is the doer.
ACTS_ON = [
    ("basis-then-verb", "湖滨县\n县卫健局根据年度考核结果，确定下一年度的重点帮扶名单。",
     [({"湖滨县卫健局"}, "县卫健局根据年度考核结果，确定")]),
    ("entrusts", "湖滨县\n县卫健局委托第三方机构对申报材料进行复核。", [({"湖滨县卫健局"}, "县卫健局委托第三方机构")]),
]

# Two classes the notice named before, written with one shared head (检测和评估机构, 检测或评估机构):
# the duty is each class's.
SHARED_HEADS = [
    ("and-shared-head", "检测机构要按规定开展检测。评估机构要按规定开展评估。\n检测和评估机构应科学制定年度工作方案。",
     [({"检测机构", "评估机构"}, "检测和评估机构应科学制定")]),
    ("or-shared-head", "检测机构要按规定开展检测。评估机构要按规定开展评估。\n检测或评估机构应在资质到期前提出延续申请。",
     [({"检测机构", "评估机构"}, "检测或评估机构应在资质到期前")]),
]

# A class of actors a rule binds (者/主体/企业/组织 … endings, the ones concerned: 相关X), alone or in a
# list, before a modal verb that is a word of its own; in an article's numbered points each sentence
# is a duty of its own.
ACTOR_CLASSES = [
    ("provider-class", "第六条 数据提供者应在每季度末核对共享数据。", [({"数据提供者"}, "数据提供者应在每季度末核对")]),
    ("subject-class", "评测主体应当如实填报评测记录。", [({"评测主体"}, "评测主体应当如实填报")]),
    ("concerned-enterprises", "相关企业要配合做好调查。", [({"相关企业"}, "相关企业要配合做好调查")]),
    ("concerned-trade-bodies", "相关行业组织要做好行业自律。", [({"相关行业组织"}, "相关行业组织要做好行业自律")]),
    ("concerned-institutions", "相关社会服务机构要公开服务规则和收费标准。", [({"相关社会服务机构"}, "相关社会服务机构要公开服务规则")]),
    ("two-classes-and", "第七条 终端企业和软件运营者均应公开收费标准。", [({"终端企业", "软件运营者"}, "终端企业和软件运营者均应公开")]),
    ("class-and-unit-list", "数据提供者、平台运维单位都应定期备份数据。", [({"数据提供者", "平台运维单位"}, "数据提供者、平台运维单位都应定期")]),
    ("article-points", "第九条 软件运营者应建立投诉受理渠道。\n（一）软件运营者应公布投诉电话，及时回复用户。用户不满意的，可向主管部门反映。\n"
     "（二）软件运营者应保存投诉记录。\n（三）软件运营者应按月汇总投诉情况。",
     [({"软件运营者"}, "软件运营者应公布投诉电话，及时回复用户")]),
]

# The actor ending alone (企业应…) after the notice named a class with that ending before a modal:
# that class (whatever order the clauses are read in; 企业X…的，应当…: after the case it binds);
# none named before (or only the ones concerned, 相关企业), 企业 of bare_actor_classes is its own class.
# An article's number and a space (第三条 X…) opens a line broken mid-sentence like any line.
BARE_CLASSES = [
    ("bare-ending-names-the-class", "关于加强无人机生产企业管理的意见\n（一）民用无人机生产企业应当建立产品安全追溯制度。\n"
     "（二）企业应当定期开展飞控软件安全评估。\n（三）企业销售具有远程遥控功能的无人机的，应当登记购买者信息。\n",
     [({"民用无人机生产企业"}, "企业应当定期开展飞控软件安全评估"),
      ({"民用无人机生产企业"}, "企业销售具有远程遥控功能的无人机的，应当登记")]),
    ("bare-ending-alone", "企业应当如实公示收费项目和标准。", [({"企业"}, "企业应当如实公示收费项目")]),
    ("concerned-class-is-not-the-class", "相关企业应当如实公示收费项目。企业应当按月报送服务台账。",
     [({"相关企业"}, "相关企业应当如实公示"), ({"企业"}, "企业应当按月报送服务台账")]),
    ("article-line-broken-mid-word", "第三条 民用无人机生产企业应当遵守安全生产法律法规规\n定，建立产品出厂检验制度。",
     [({"民用无人机生产企业"}, "民用无人机生产企业应当遵守安全生产法律法规规定，建立产品出厂检验制度")]),
]

# Collectives asked with their own modal verb after them (要求各乡镇、各部门要…) are the subject,
# as they are without the request: the request alone (请各单位认真抓好落实) asks everyone, no duty.
ASKED_WITH_MODAL = [
    ("asked-collectives-with-modal", "副县长提出两点要求：一是县卫健局要进一步提高认识；二是以宣传教育为核心，"
     "要求各乡镇、各部门要认真履职，扎实开展防病宣传活动。",
     [({"各乡镇", "各部门"}, "各乡镇、各部门要认真履职"), ({"县卫健局"}, "县卫健局要进一步提高认识")]),
    # a notice reported asking bodies to attach importance or to see to a task (高度重视, 切实落实: idioms
    # for jieba): their duty, unless the sentence forwards that notice (…，现予以转发: NO_DUTY)
    ("notice-asks-to-attach-importance", "《通知》要求各地民政部门高度重视冬季救助工作，主动加强与卫生健康部门的沟通。",
     [({"各地民政部门"}, "各地民政部门高度重视冬季救助工作")]),
    ("notice-asks-to-see-to-it", "《通知》要求各地卫生健康部门切实落实晨检和消毒制度。",
     [({"各地卫生健康部门"}, "各地卫生健康部门切实落实晨检")]),
]

# Bodies a clause singles out after a general subject's duty (…，特别是A、B等部门要…) are a
# subject of their own; the general subject's duty ends at the comma before 特别是.
SINGLED_OUT = [
    ("singled-out-departments", "各级各部门要加强汛期安全检查，全面排查薄弱环节，特别是水利、交通等部门要切实履行"
     "行业主管责任，组织开展专项检查。",
     [({"各级各部门"}, "各级各部门要加强汛期安全检查"), ({"水利", "交通"}, "水利、交通等部门要切实履行")]),
    ("singled-out-one-department", "各乡镇要做好宣传动员工作，尤其是农业部门要搞好禽类免疫和消毒工作。",
     [({"各乡镇"}, "各乡镇要做好宣传动员工作"), ({"农业"}, "农业部门要搞好禽类免疫")]),
]


# A party committee or government no lexicon lists, joined by 和/及 to a body the notice names,
# opens the subject: both are responsible (县委和县政府要…, 当地政府及有关部门要…).
JOINED_GOVERNMENTS = [
    ("committee-and-government", "湖滨县\n在工作专班统筹指导下，县委和县政府要切实履行主体责任，加强组织领导。",
     [({"县委", "县政府"}, "在工作专班统筹指导下，县委和县政府要切实履行主体责任")]),
    ("local-government-and-departments", "新建公办园的，当地政府及有关部门要做好教师配备工作。",
     [({"当地政府", "有关部门"}, "新建公办园的，当地政府及有关部门要做好教师配备工作")]),
    ("township-government-and-street-office", "镇人民政府和街道办事处应当做好本辖区饮用水源的巡查工作。",
     [({"镇人民政府", "街道办事处"}, "镇人民政府和街道办事处应当做好本辖区饮用水源的巡查工作")]),
]


# A class of actors with no modal verb, or whose next word only opens with a modal's character
# (应用, 要求), or what an applicant must be (具备下列条件：): no duty.
NO_ACTOR_DUTY = [
    ("class-without-modal", "评测主体应当如实填报评测记录。\n评测主体愿意配合开展现场核查。", "评测主体愿意"),
    ("class-future", "软件运营者将获得一次性补助。", "软件运营者将"),
    ("modal-char-in-a-word", "从明年起，职业院校、应用型高校相关专业教师从企业人员中招聘。", "应用型高校"),
    ("criteria-paragraphs", "二、申报条件\n申报主体应当具备下列基本条件：\n（一）申报主体应当在本省境内注册，具有独立法人资格，近三年经营状况良好且无不良记录。\n"
     "（二）申报主体应当具备专职的标准化团队，能够持续投入研发和试点所需的人员与资金。", "申报主体应当在本省"),
    ("bare-ending-without-modal", "企业将获得一次性补助。", "企业将获得"),
    ("bare-ending-case-before-a-lead-in", "民用无人机生产企业应当建立产品安全追溯制度。企业生产具有远程遥控功能的无人机的，应当满足以下要求：\n"
     "（一）具备身份识别功能。", "企业生产具有远程遥控功能的无人机的"),
]


@pytest.mark.parametrize(("text", "absent"), rows(NO_ACTOR_DUTY))
def test_no_actor_duty(text: str, absent: str) -> None:
    duties = _duties(TITLE + text)
    assert not [t for t in duties if absent in t], duties


def test_article_points_are_split() -> None:
    """The numbered points of an article are no task items: their sentences are duties each."""
    duties = _duties(TITLE + ACTOR_CLASSES[-1][1])
    assert not [t for t in duties if "。" in t], duties
    assert [t for t in duties if t.startswith("软件运营者应保存投诉记录")], duties


@pytest.mark.parametrize(("text", "expected"), rows(PLACES + NO_MODAL + MORE_SUBJECTS + TIME_FIRST + ADVERB_MODAL + SHORT_START
                                                     + GOVERNMENT_DEPARTMENTS + LEVEL_LISTS + EVERY_AND_LEADERS + WHEN_THEN + GUIDED + BY_AGENT + MORE_PROSE
                                                     + DOING_CLASSES + SHARED_HEADS + ACTS_ON + ACTOR_CLASSES + CONCERNED_AT_WORK + CLASS_LISTS
                                                     + BARE_CLASSES + SINGLED_OUT + ASKED_WITH_MODAL + JOINED_GOVERNMENTS))
def test_subject_duties(text: str, expected: list[tuple[set[str], str]]) -> None:
    _check(text, expected)


# Sentences that only mention bodies: no duty.
def test_singled_out_bodies_end_the_general_duty() -> None:
    """The general subject's duty stops before 特别是; bodies singled out with a comma before
    their modal verb (…，特别是A、B机构，要…) are left in the general duty (no duty of theirs)."""
    duties = _duties(TITLE + "各级各部门要加强汛期安全检查，特别是水利、交通等部门要切实履行行业主管责任。")
    assert "各级各部门要加强汛期安全检查" in duties, list(duties)
    duties = _duties(TITLE + "各有关部门要密切配合，特别是各级疾控、医疗机构，要提供技术支持。")
    assert not [t for t in duties if t.startswith("各级疾控")], list(duties)


NO_DUTY = [
    ("relative-clause", "湖滨县\n县卫健局制定的方案要尽快公布。"),
    ("located", "湖滨县\n县卫健局位于城关镇新华路。"),
    ("localities-differ", "各地实际情况差异较大。"),
    ("noun-after-body", "国家卫生健康委满意度调查平台已上线运行。"),
    ("past-report", "湖滨县\n县卫健局组织开展了三次专项检查。"),
    ("forwarded-request", "通知要求各地各学校切实做好暑期活动的防病工作，现予以转发。"),
    ("attached-importance-report", "湖滨县\n县委、县政府高度重视，成立了救助工作领导小组。"),
    ("joined-governments-report", "湖滨县\n县委和县政府高度重视，成立了救助工作领导小组。"),
    ("mobilised-government", "动员当地政府及有关部门积极参与审评。"),
    ("remarks", "国家卫生健康委强调，各项措施必须落实到位。"),
    ("addressees", "国务院各部委、各直属机构：\n现将有关事项通知如下。"),
    ("office-seat", "湖滨县\n县防控办设在县卫健局，办公室主任由县卫健局局长兼任。"),
    ("convener-post", "湖滨县\n县人民政府分管副县长担任联席会议召集人。"),
    ("title-line", "湖滨县\n县卫健局防汛工作计划"),
    ("heading-sentence", "（一）县医院自查自评。\n对照指标开展自评。"),
    ("condition", "白河市\n（二）市医保局调整结算政策直接影响基金运行的；"),
    ("table-row", "白河市\n市卫健局核定床位数\t定量\t指标来源：统计报表。"),
    ("principles-section", "一、总体要求\n（二）基本原则。\n坚持属地管理。各省份按照属地管理原则，对不同类别机构设置不同权重。"),
    ("concerned-each-own-part", "在县指挥部统一指挥下，各有关部门按照职责分工，各司其职，各负其责。"),
    ("members-by-division", "各成员单位按照职责分工，加强协作。"),
    ("members-by-division-then-verb", "各成员单位按照职责分工，主动研究救助工作有关问题。"),
    ("principles-run-on", "（一）工作原则。各地要坚持预防为主，防治结合。"),
    # the guiding thought of a plan states its spirit, no one's task
    ("guiding-thought-run-on", "（一）指导思想。县卫健局要坚持以人民健康为中心，统筹推进健康县建设。"),
    # what a plan aims at, under its goal heading: no one's duty
    ("goal-section", "一、总体要求\n（三）主要目标\n到2030年，县级医院在胸痛救治等方面取得明显突破，乡镇卫生院服务能力显著提升。"),
    ("goal-heading-run-on", "（二）工作目标。到明年底，各地全面完成村卫生室标准化建设。"),
    ("goal-section-run-on", "二、工作范围。全省各市。\n三、主要目标。经过三年的努力，试点市政府服务效能全面提升，形成一批可推广的改革成果。"),
    ("verb-then-hospital", "通过预约诊疗等指标，考核医院改善医疗服务效果。"),
    ("verb-then-government", "依法设置各级人民政府教育督导机构，配备专职人员。"),
    ("clause-then-hospital", "湖滨县\n学生复学须持县人民医院出具的诊断证明。"),
    ("label-value", "白河市\n床位使用率 定量 计算方法：市卫健局核定的实际占用床日数除以开放床日数。"),
    ("by-composed", "湖滨县\n领导小组由县卫健局、县教育局组成。"),
    ("by-post-holder", "湖滨县\n领导小组由县卫健局局长任组长。"),
    ("by-person-signs", "湖滨县\n年度计划由县卫健局主要负责同志签发。"),
    ("because", "由于县卫健局未及时上报，造成延误。"),
    ("members-procedure", "湖滨县\n工作组成员由县卫健局领导担任，成员需要调整的，由县卫健局提出。"),
    ("members-change", "联席会议成员如有变动，由成员单位提出，报召集人同意。"),
    ("adverb-then-enterprises", "大力支持企业参与国产软件生态建设。"),
    ("adverb-without-subject", "积极引导社会力量参与养老服务，切实提高服务质量。"),
    ("meeting-chaired-by", "湖滨县\n座谈会由县卫健局办公室主任钱立新主持。"),
    ("as-asked-by-department", "湖滨县\n各村按县卫健部门要求完成查螺任务。"),
    ("principle-named", "按照在国家统一调控下，省级人民政府对本地区物资储备全面负责的原则，应急状态分为两级。"),
    ("requirement-named", "湖滨县\n根据县卫健局统一部署、各乡镇分级落实的要求，全县分三个阶段推进。"),
    ("every-person", "所有人员要佩戴口罩。"),
    ("every-task", "所有工作都要落实到位。"),
    ("verbs-before-department", "加强、完善和卫生部门要做好。"),
    ("leader-takes-post", "湖滨县\n县卫健局主要负责同志担任召集人。"),
    ("circumstance-report", "在各级政府领导和有关部门共同配合下，完成了灾后防疫任务。"),
    ("verb-and-its-object", "督促托管单位要落实整改。"),
    ("basis-then-no-verb", "湖滨县\n县卫健局根据群众反映，高度重视此事。"),
    ("official-in-charge", "湖滨县\n由县农业局王卫东副局长负责，做好疫情报告工作。"),
    ("head-and-name-at-a-meeting", "湖滨县\n县卫生健康局局长王卫东,县疾控中心主任赵明亮,县禁毒办负责人孙立平,县妇联主席钱丽华参加会议。"),
    ("leads-of-a-task-written-before", "后勤保障组负责物资的储备和调运,由财政、民政、交通等部门抽人组成。具体由财政、民政负责牵头。"),
    ("concerned-departments-apply", "相关企业要求减免的，可以提出申请。"),
    # who may not apply, under a call's eligibility heading: a condition, no one's duty
    ("barred-from-applying", "四、申报资格要求\n1.申报单位应为本市注册的高等学校和科研院所。政府机关不得作为申报单位参与申报。"),
    # what was done, said later in the subject's sentence (了, 已经): a report
    ("past-result-later", "湖滨县\n县卫健局认真落实控烟工作部署，在全县推行无烟单位创建，取得了明显成效。"),
    ("already-done-later", "湖滨县\n县人民政府根据专家组建议，目前已将滑坡隐患点群众进行了转移。"),
    # a class the notice encourages to act (鼓励/支持/引导 before it): no subject
    ("encouraged-class", "推进资源共享。鼓励有条件的高校建设医学人工智能实验室，培养复合型人才。"),
    ("supported-class", "支持符合条件的民营医院参与家庭医生签约服务。"),
    # one body setting a group up (no modal verb), staffed or not: how the group came to be,
    # what the group is to do is the group's
    ("one-body-sets-up-a-group", "湖滨县\n县卫健局成立由疾控专业人员组成的技术指导组。"),
    ("one-body-sets-up-then-the-groups-work", "湖滨县\n县人民政府成立水源地保护工作领导小组，统一协调全县水源地保护工作。"),
    ("units-set-up-together", "湖滨县\n县卫健局、县公安局共同设立湖滨县禁毒宣传联席会议（以下简称联席会议），负责本办法的组织实施。"),
    # the news of a meeting: held somewhere, or attended by units' people
    ("meeting-held-somewhere", "湖滨州\n州人民政府在青山县召开全州包虫病防治推进会。"),
    ("meeting-held-on-a-day", "湖滨县\n县卫健局于3月2日举行春季爱国卫生动员会。"),
    ("units-attend-a-meeting", "湖滨县\n县民政局、县医保局和县人民医院负责人、经办人员参加会议。"),
    ("an-official-attends", "湖滨县\n县公安局后勤科科长王小明出席座谈会。"),
    ("raise-the-government", "完善应急预案，提高政府应对突发事件的能力。"),
    # 厚植 (to cultivate) opens a verb phrase, no body's name (厚植企业…的环境)
    ("cultivate-then-enterprises", "推进产教融合。厚植企业参与职业培训的社会环境，推动院校和企业深度合作。"),
    # a subject under a universal determiner (任何, 一切): a rule binding whoever it is, no body's duty
    ("any-authority-barred", "任何行政机关不得为建设单位指定评价机构。"),
    ("any-department-and-unit", "湖滨县\n任何部门和单位都不得截留、挪用补助资金。"),
    ("all-bodies-and-persons", "一切机关、团体和个人都应当配合疫情调查。"),
    ("any-unit-traditional", "任何單位不得擅自提高收費標準。"),
    # X为牵头单位: what the body is, no task
    ("body-is-the-lead", "湖滨县\n县民政局为牵头单位，各乡镇为责任单位。"),

]


def test_agent_clause_ends_before_its_details() -> None:
    """``…由X进行例行监测，其中：A适用…``: what follows 其中： details the clause, no part of X's duty (subj35)."""
    duties = _duties(TITLE + "湖滨县\n饮水的水质监测由县疾控中心进行例行监测，其中：一级保护区内的水质，适用二类标准。")
    assert list(duties) == ["饮水的水质监测由县疾控中心进行例行监测"]


@pytest.mark.parametrize("text", rows(NO_DUTY))
def test_no_duty(text: str) -> None:
    duties = _duties(TITLE + text)
    assert not [t for t, bodies in duties.items() if bodies], duties


def test_each_concerned_collective_is_the_collective() -> None:
    """各相关X and 各有关X name the collective 各X written before them: one body."""
    g = extract_text(TITLE + "各地、各养老服务机构要开展安全检查。各地、各相关养老服务机构要及时报告隐患。", "t.txt")
    names = {d["name"] for _n, d in g.nodes(data=True) if d["type"] == "organization"}
    assert names == {"各地", "各养老服务机构"}, names


def test_a_class_written_by_its_head_noun_is_the_class() -> None:
    """各级各类X is X; 医院 after 三级公立医院 is that class of hospitals (one body each)."""
    g = extract_text(TITLE + "事业单位要带头落实。各级各类事业单位招聘时不得设置学历歧视条件。", "t.txt")
    names = {d["name"] for _n, d in g.nodes(data=True) if d["type"] == "organization"}
    assert names == {"事业单位"}, names
    g = extract_text(TITLE + "三级公立医院要加强信息化建设。根据考核结果，医院调整完善内部薪酬分配方案。", "t.txt")
    names = {d["name"] for _n, d in g.nodes(data=True) if d["type"] == "organization"}
    assert names == {"三级公立医院"}, names


def test_each_government_is_the_governments_named_before() -> None:
    """各区县政府 after a division head 区县人民政府： is that body (政府 is 人民政府)."""
    g = extract_text(TITLE + "二、职责分工\n（一）区县人民政府：负责组织本地摸底排查。\n三、工作要求\n各区县政府也要成立工作专班。", "t.txt")
    names = {d["name"] for _n, d in g.nodes(data=True) if d["type"] == "organization"}
    assert names == {"区县人民政府"}, names



def test_items_under_criteria_give_no_duty() -> None:
    """The items under a line introducing criteria (符合下列要求的…予以保留。) say what qualifies:
    an item naming bodies that approve is no duty of theirs, the bodies' duties before it stay."""
    text = ("湖滨县\n一、年检\n县民政局要认真组织年检。\n二、符合下列要求的协会予以保留。\n1.有规范的名称。\n"
            "2.有固定的办公场所。\n3.县民政局审查同意（福利类协会还需县卫健局审查同意）。\n")
    duties = _duties(TITLE + text)
    assert [t for t in duties if t.startswith("县民政局要认真组织年检")], duties
    assert not [t for t in duties if "审查同意" in t], duties


def test_a_shared_head_splits_only_bodies_named_before() -> None:
    """检测和评估机构 is two bodies only when the notice named both in full before: with one of
    them unnamed, no duty is read for a body it never named."""
    duties = _duties(TITLE + "检测机构要按规定开展检测。\n检测和评估机构应科学制定年度工作方案。")
    assert not [t for t in duties if t.startswith("检测和评估机构")], duties


def test_working_groups_headed_by_officials() -> None:
    """A working group's paragraph opens with the official in charge of it (由X局某某局长负责)
    and the units taking part (A、B参与), then 主要职责： and its numbered duties: who heads and
    staffs the group is no duty, of the group or of the units."""
    text = ("各镇(街道)防治流感领导小组,县防治流感领导小组各成员单位:\n"
            "为切实做好流感防治工作,进一步明确职责分工,现将职责分工通知如下:\n"
            "一、工作组职责分工:\n县防治流感工作领导小组下设1个办公室2个工作组。\n"
            "(一)办公室。由县农业农村局孙立平局长负责,主要职责:\n"
            "1、具体负责流感防治的日常工作,对全县防治工作进行指导、协调和督查。\n2、承办领导小组交办的其他工作。\n"
            "(二)疫病防治组。由县农业农村局钱海洋副局长负责,县公安局、县卫生健康局、县市场监管局参与,主要职责:\n"
            "1、制订防治流感工作应急预案和监测方案,并指导、督促各地实施。\n2、制订疫情扑灭的技术方案和具体措施。\n")
    g = extract_text(text, "t.txt")
    duties = [d["text"] for _n, d in g.nodes(data=True) if d["type"] == "duty"]
    assert "承办领导小组交办的其他工作" in duties, duties
    assert not [t for t in duties if "局长负责" in t or "参与" in t], duties
