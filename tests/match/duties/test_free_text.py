"""Free-text duties (duties/free_text.py, assignments.py): clauses whose subject names
the bodies (``县财政局负责…``, ``由A牵头，B配合…``, ``卫生、教育等部门要…``)."""

from __future__ import annotations

import pytest
from tables import broken, doc_of, facts, rows, spans_of

R = "responsible_for"

# (id, notice, DUTY span texts, facts)
FREE_TEXT = [
    ("subjects-with-fuze",
     "县卫健局负责牵头制定实施方案，县财政局负责保障经费，县市场监管局负责药品质量监管。",
     ["县卫健局负责牵头制定实施方案", "县财政局负责保障经费", "县市场监管局负责药品质量监管"],
     {("县卫健局", R, "县卫健局负责牵头制定实施方案", "role=lead"), ("县财政局", R, "县财政局负责保障经费"),
      ("县市场监管局", R, "县市场监管局负责药品质量监管")}),
    # 会同 (cues.json not_in_body_name) is no part of a body no lexicon lists: the subject is the
    # department before it, not 各地生态环境部门会同文明办 (which named no body: no duty at all)
    ("partner-verb-ends-the-subject",
     "白河市人民政府办公室关于开展垃圾分类宣传的通知\n各地生态环境部门会同文明办，联合民政、教育、妇联等单位，广泛动员社会力量参与垃圾分类宣传。\n",
     ["各地生态环境部门会同文明办，联合民政、教育、妇联等单位，广泛动员社会力量参与垃圾分类宣传"], {("各地生态环境部门", R, "各地生态环境部门会同文明办，联合民政、教育、妇联等单位，广泛动员社会力量参与垃圾分类宣传")}),
    ("lead-and-support-frame",
     "由县卫健局牵头，县教体局、县民政局配合，开展学生健康体检工作。",
     ["由县卫健局牵头，县教体局、县民政局配合，开展学生健康体检工作"],
     {("县卫健局", R, "由县卫健局牵头，县教体局、县民政局配合，开展学生健康体检工作", "role=lead"),
      ("县教体局", R, "由县卫健局牵头，县教体局、县民政局配合，开展学生健康体检工作", "role=support"),
      ("县民政局", R, "由县卫健局牵头，县教体局、县民政局配合，开展学生健康体检工作", "role=support")}),
    # 由X牵头负责，Y配合…: the lead's verb completed (负责), then the supporting units, one duty (the lead
    # was lost when 负责 stood between 牵头 and the comma); a collective supports too (各社区), not
    # every body addressed (有关部门: a vague partner names no unit)
    ("lead-completed-then-support",
     "由白河街道防控领导小组牵头负责，各社区积极配合做好辖区核酸检测工作。",
     ["由白河街道防控领导小组牵头负责，各社区积极配合做好辖区核酸检测工作"],
     {("白河街道防控领导小组", R, "由白河街道防控领导小组牵头负责，各社区积极配合做好辖区核酸检测工作", "role=lead"),
      ("各社区", R, "由白河街道防控领导小组牵头负责，各社区积极配合做好辖区核酸检测工作", "role=support")}),
    ("lead-completed-then-a-vague-partner",
     "由红石区卫健局牵头负责，有关部门配合做好学生体检工作。",
     ["由红石区卫健局牵头负责，有关部门配合做好学生体检工作"],
     {("红石区卫健局", R, "由红石区卫健局牵头负责，有关部门配合做好学生体检工作", "role=lead")}),
    # a section's number run on after the lead-in's colon (…提出以下意见：一、X要…) or a full stop: the
    # subject after it; 一、二级 (two levels) is no number
    ("section-number-run-on-after-a-colon",
     "为做好秋季开学防控工作，特提出以下意见：一、县教育局要加强与县卫健局的沟通，共同做好学校防控工作。",
     ["县教育局要加强与县卫健局的沟通，共同做好学校防控工作"],
     {("县教育局", R, "县教育局要加强与县卫健局的沟通，共同做好学校防控工作")}),
    ("section-number-run-on-after-a-full-stop",
     "县卫健局要加强疫情监测。二、县财政局要保障防控经费。",
     ["县卫健局要加强疫情监测", "县财政局要保障防控经费"],
     {("县卫健局", R, "县卫健局要加强疫情监测"), ("县财政局", R, "县财政局要保障防控经费")}),
    ("two-levels-are-no-section-number",
     "根据需要：一、二级医院要设立发热门诊。",
     [], set()),
    # 由A、B等分工负责: 分工 says how the units share the work, no part of the last unit's name
    ("units-sharing-the-work-fengong",
     "完善疫苗冷链管理，由县卫健局、县市场监管局等分工负责。",
     ["完善疫苗冷链管理，由县卫健局、县市场监管局等分工负责"],
     {("县卫健局", R, "完善疫苗冷链管理，由县卫健局、县市场监管局等分工负责"),
      ("县市场监管局", R, "完善疫苗冷链管理，由县卫健局、县市场监管局等分工负责")}),
    ("collective-governments-yao",
     "各乡镇人民政府要落实属地管理责任，组织开展爱国卫生运动。",
     ["各乡镇人民政府要落实属地管理责任，组织开展爱国卫生运动"],
     {("各乡镇人民政府", R, "各乡镇人民政府要落实属地管理责任，组织开展爱国卫生运动")}),
    ("chengdan-verb", "县疾控中心承担全县艾滋病检测和流行病学调查工作。",
     ["县疾控中心承担全县艾滋病检测和流行病学调查工作"],
     {("县疾控中心", R, "县疾控中心承担全县艾滋病检测和流行病学调查工作")}),
    ("support-cues-xietong-xiezhu", "县融媒体中心协同做好防病知识宣传；县妇联协助做好孕产妇随访工作。",
     ["县融媒体中心协同做好防病知识宣传", "县妇联协助做好孕产妇随访工作"],
     {("县融媒体中心", R, "县融媒体中心协同做好防病知识宣传", "role=support"),
      ("县妇联", R, "县妇联协助做好孕产妇随访工作", "role=support")}),
    ("two-hospitals-one-subject", "县人民医院、县中医院要做好发热病人的诊治工作。",
     ["县人民医院、县中医院要做好发热病人的诊治工作"],
     {("县人民医院", R, "县人民医院、县中医院要做好发热病人的诊治工作"),
      ("县中医院", R, "县人民医院、县中医院要做好发热病人的诊治工作")}),
    ("short-department-names-dengbumen", "卫生、教育、财政等部门要各司其职，共同做好防治工作。",
     ["卫生、教育、财政等部门要各司其职，共同做好防治工作"],
     {(f"{d}部门", R, "卫生、教育、财政等部门要各司其职，共同做好防治工作") for d in ("卫生", "教育", "财政")}),
    ("short-names-of-press-and-broadcasting", "新闻宣传、广电部门要开展防治知识的公益宣传。",
     ["新闻宣传、广电部门要开展防治知识的公益宣传"],
     {(f"{d}部门", R, "新闻宣传、广电部门要开展防治知识的公益宣传") for d in ("新闻宣传", "广电")}),
    ("unlisted-township-office", "青石镇社会事务办要每月走访辖区独居老人。",
     ["青石镇社会事务办要每月走访辖区独居老人"],
     {("青石镇社会事务办", R, "青石镇社会事务办要每月走访辖区独居老人")}),
    ("no-subject-no-duty", "要进一步提高认识，加强领导，确保各项措施落到实处。", [], set()),
    ("closing-exhortation", "请各单位认真抓好落实。", [], set()),
    # a request to a body whose name opens with its place: 请 is no part of the place (places.json bad_first)
    ("request-to-a-body-of-a-named-place", "请白河市卫生健康委员会加快制定实施方案。",
     ["白河市卫生健康委员会加快制定实施方案"],
     {("白河市卫生健康委员会", R, "白河市卫生健康委员会加快制定实施方案")}),
    # advice to a body (建议X按照…做好…) asks it to act, as 请X does: X's duty, from X on
    ("advice-to-a-body-is-a-request",
     "关于地下振动监测的复函\n建议白河市人民政府按照专家组意见，做好地下振动监测工作。",
     ["白河市人民政府按照专家组意见，做好地下振动监测工作"],
     {("白河市人民政府", R, "白河市人民政府按照专家组意见，做好地下振动监测工作")}),
    # a news report's requests, each opening its sentence (要求X部门负责…): X's duty, from X on; after a
    # comma 要求 is the verb of the clause's own subject (Y可以与X沟通，要求X…: no duty of X)
    ("news-request-opens-the-sentence",
     "会议对防汛工作作出部署。  要求水利部门加强堤防巡查，及时上报险情。要求民政部门负责受灾群众安置。",
     ["水利部门加强堤防巡查，及时上报险情", "民政部门负责受灾群众安置"],
     {("水利部门", R, "水利部门加强堤防巡查，及时上报险情"), ("民政部门", R, "民政部门负责受灾群众安置")}),
    ("request-after-a-comma-is-the-subjects-verb",
     "白河市审查机构可以与制定机关沟通，要求制定机关及时修改。",
     [], set()),
    # a news page with its punctuation stripped: each line that opens with a body and its duty verb is
    # one sentence, one duty (two lines are not read as one)
    ("stripped-lines-one-duty-each",
     "县教体局负责督导各中小学做好校园消毒工作\n\n县交通局负责督导客运站做好车辆消毒工作\n",
     ["县教体局负责督导各中小学做好校园消毒工作", "县交通局负责督导客运站做好车辆消毒工作"],
     {("县教体局", R, "县教体局负责督导各中小学做好校园消毒工作"),
      ("县交通局", R, "县交通局负责督导客运站做好车辆消毒工作")}),
    # what the body is (X是本市…的主管部门，/ X为…机构，) before its duty (负责…): X's duty, with the clause;
    # a definition (X是指…的单位，应…) is none
    ("designation-then-duty",
     "第五条 白河市卫生健康行政部门是本市献血工作的主管部门，负责本条例的实施。",
     ["白河市卫生健康行政部门是本市献血工作的主管部门，负责本条例的实施"],
     {("白河市卫生健康行政部门", R, "白河市卫生健康行政部门是本市献血工作的主管部门，负责本条例的实施")}),
    ("designation-of-an-unlisted-body-then-duty",
     "第六条 白河市中心血站是本市采血供血机构，负责采集和供应血液。",
     ["白河市中心血站是本市采血供血机构，负责采集和供应血液"],
     {("白河市中心血站", R, "白河市中心血站是本市采血供血机构，负责采集和供应血液")}),
    ("definition-is-no-designation", "测试主体是指提出道路测试申请的单位，应符合条件。", [], set()),
    # an office said to be another body's working office (X是Y的办事机构，): as its seat (设在Y), what the
    # office is is no part of its duty, which starts at the verb
    ("office-designation-then-duty",
     "第八条 县爱卫会办公室是县爱卫会的办事机构，负责县爱卫会日常工作。",
     ["负责县爱卫会日常工作"],
     {("县爱卫会办公室", R, "负责县爱卫会日常工作")}),
    # departments listed after the governments of a class of levels (县级以上人民政府A、B等部门): each one's
    # duty, the first named with the governments' words; in 各级政府性…机构 政府 opens a longer word (a class of
    # institutions, not read today)
    ("departments-listed-after-governments-of-levels",
     "县级以上人民政府卫生、农业、公安等部门，按照各自职责共同做好监督管理工作。",
     ["县级以上人民政府卫生、农业、公安等部门，按照各自职责共同做好监督管理工作"],
     {("县级以上人民政府卫生部门", R, "县级以上人民政府卫生、农业、公安等部门，按照各自职责共同做好监督管理工作"), ("农业部门", R, "县级以上人民政府卫生、农业、公安等部门，按照各自职责共同做好监督管理工作"), ("公安部门", R, "县级以上人民政府卫生、农业、公安等部门，按照各自职责共同做好监督管理工作")}),
    broken("a class of institutions named 政府性… (各级政府性融资担保、再担保机构要…) is no subject yet",
           "government-opening-a-longer-word-lists-no-departments", "各级政府性融资担保、再担保机构要严格控制业务风险。",
           ["各级政府性融资担保、再担保机构要严格控制业务风险"],
           {("各级政府性融资担保、再担保机构", R, "各级政府性融资担保、再担保机构要严格控制业务风险")}),
    ("collective-ying-yu", "各有关单位应于每季度末报送工作进展。", ["各有关单位应于每季度末报送工作进展"],
     {("各有关单位", R, "各有关单位应于每季度末报送工作进展")}),
    ("lead-and-support-without-you",
           "县卫健局牵头，县财政局、县医保局配合，做好门诊慢特病保障工作。",
           ["县卫健局牵头，县财政局、县医保局配合，做好门诊慢特病保障工作"],
           {("县卫健局", R, "县卫健局牵头，县财政局、县医保局配合，做好门诊慢特病保障工作", "role=lead"),
            ("县财政局", R, "县卫健局牵头，县财政局、县医保局配合，做好门诊慢特病保障工作", "role=support"),
            ("县医保局", R, "县卫健局牵头，县财政局、县医保局配合，做好门诊慢特病保障工作", "role=support")}),
    # 县直各部门: the county's own departments, one collective
    ("county-departments-collective", "县直各部门须按照职责分工，做好本系统的防控工作。",
     ["县直各部门须按照职责分工，做好本系统的防控工作"],
     {("县直各部门", R, "县直各部门须按照职责分工，做好本系统的防控工作")}),
    # classes of institutions that act in national and provincial plans: 高校 / 高等学校, 试点单位
    ("class-universities-subject", "高校要把实验室安全纳入年度考核。",
     ["高校要把实验室安全纳入年度考核"], {("高校", R, "高校要把实验室安全纳入年度考核")}),
    ("class-pilot-units-subject", "试点单位要每半年报送一次进展情况。",
     ["试点单位要每半年报送一次进展情况"], {("试点单位", R, "试点单位要每半年报送一次进展情况")}),
    # …的学校 after a modal verb is the object of a clause, not a qualified class of schools
    ("modal-before-de-no-qualified-class", "市和县要挑选若干条件好的学校开展示范。", [], set()),
    # one level written with the others at it in brackets, with 各 (各县（市、区）), or two levels
    # of a county (县（市）、区): the department type at that level, one body
    ("each-county-bracketed-levels", "各县（市、区）农业农村部门要组织春季免疫。",
     ["各县（市、区）农业农村部门要组织春季免疫"],
     {("各县（市、区）农业农村部门", R, "各县（市、区）农业农村部门要组织春季免疫")}),
    ("county-city-and-district-levels", "各县（市）、区林业主管部门要加强巡查。",
     ["各县（市）、区林业主管部门要加强巡查"],
     {("各县（市）、区林业主管部门", R, "各县（市）、区林业主管部门要加强巡查")}),
    ("local-all-levels-department", "地方各级民政部门要做好困难群众救助。",
     ["地方各级民政部门要做好困难群众救助"],
     {("地方各级民政部门", R, "地方各级民政部门要做好困难群众救助")}),
    # 主动协调A、B等部门…: a manner adverb and a verb open a predicate, not a list of departments
    # one body's 成立X staffed in the same sentence or the next is how the body was made, no
    # duty; 各X成立… tells each body below to set one up
    ("setup-staffed-no-duty", "县政府成立县防汛指挥部（成员名单附后）。镇政府成立防汛指挥所。所长：王明；副所长：李强。"
     "各村委会成立3至5人的巡查小组。",
     ["各村委会成立3至5人的巡查小组"], {("各村委会", R, "各村委会成立3至5人的巡查小组")}),
    # X要参与…: the body takes part in its own right, no supporting role (X要配合… supports)
    ("takes-part-no-role", "县教体局要参与校园周边环境整治。县公安局要配合做好校园安保。",
     ["县教体局要参与校园周边环境整治", "县公安局要配合做好校园安保"],
     {("县教体局", R, "县教体局要参与校园周边环境整治"), ("县公安局", R, "县公安局要配合做好校园安保", "role=support")}),
    ("support-within-their-remits", "县妇联、团县委在各自职责范围内配合开展防治宣传工作。",
     ["县妇联、团县委在各自职责范围内配合开展防治宣传工作"],
     {(u, R, "县妇联、团县委在各自职责范围内配合开展防治宣传工作", "role=support") for u in ("县妇联", "团县委")}),
    # X在…中形成的规范；: a noun phrase whose modifier names the body, no predicate (X在…的工作中，
    # 应…: a time, the body's duty follows)
    ("noun-phrase-after-preposition", "（一）县卫健局在日常监管中积累的工作经验；\n"
     "县医保局在开展基金检查等方面的工作中，应随机抽取专家。",
     ["县医保局在开展基金检查等方面的工作中，应随机抽取专家"],
     {("县医保局", R, "县医保局在开展基金检查等方面的工作中，应随机抽取专家")}),
    # after ；a phrase before the next subject (对…的单位，/ 发现…，/ 加强…，) opens that subject's
    # clause: it is no duty of the subject before ；and, when it names the case the duty is for
    # (对…的单位，/ 对拒不整改的，), it is part of that subject's duty
    ("opener-before-the-next-subject",
     "县卫健局要加强日常监督；对整改不力的单位，县市场监管局要依法查处；对拒不整改的，县公安局要配合处置。",
     ["县卫健局要加强日常监督", "对整改不力的单位，县市场监管局要依法查处", "对拒不整改的，县公安局要配合处置"],
     {("县卫健局", R, "县卫健局要加强日常监督"), ("县市场监管局", R, "对整改不力的单位，县市场监管局要依法查处"),
      ("县公安局", R, "对拒不整改的，县公安局要配合处置", "role=support")}),
    ("case-opener-short-noun-phrase", "对违法企业，县公安局要依法打击。",
     ["对违法企业，县公安局要依法打击"], {("县公安局", R, "对违法企业，县公安局要依法打击")}),
    ("case-opener-clause-ending-de", "在防控工作中，需要部门配合的，县卫健局要及时协调。",
     ["在防控工作中，需要部门配合的，县卫健局要及时协调"],
     {("县卫健局", R, "在防控工作中，需要部门配合的，县卫健局要及时协调")}),
    # 在…内，/ 在…中，: the frame the duty is written in opens its sentence, part of the duty
    ("frame-opener-zai-nei", "在省财政安排的专项资金额度内，各市人民政府要优先保障乡村道路养护。",
     ["在省财政安排的专项资金额度内，各市人民政府要优先保障乡村道路养护"],
     {("各市人民政府", R, "在省财政安排的专项资金额度内，各市人民政府要优先保障乡村道路养护")}),
    # …的车辆，如需…，: a case written as a condition (如需/如果/若…) opens the sentence, part of the duty
    ("case-opener-if-needed", "湖滨县\n已取得许可的机构，如需增设服务点，县卫健局要重新审核。",
     ["已取得许可的机构，如需增设服务点，县卫健局要重新审核"],
     {("湖滨县卫健局", R, "已取得许可的机构，如需增设服务点，县卫健局要重新审核")}),
    # 待…后，/ 关于…问题，: when or on what the body acts, opening its clause after another clause
    ("when-opener-after-a-clause", "湖滨县\n经研究提出意见：目前该村正在编制规划，待规划报送后，县住建局将进行技术审查。",
     ["待规划报送后，县住建局将进行技术审查"],
     {("湖滨县住建局", R, "待规划报送后，县住建局将进行技术审查")}),
    ("matter-opener", "湖滨县\n关于补助资金到期后的有关问题，县财政局在编制下年度预算时将统筹考虑。",
     ["关于补助资金到期后的有关问题，县财政局在编制下年度预算时将统筹考虑"],
     {("湖滨县财政局", R, "关于补助资金到期后的有关问题，县财政局在编制下年度预算时将统筹考虑")}),
    # X按照…的要求，将…: the requirement is what the body acts by, not a principle the clause names
    ("subject-acts-by-a-requirement", "白河市\n市数据局按照信息公开的要求，将评审结果向社会公布。",
     ["市数据局按照信息公开的要求，将评审结果向社会公布"],
     {("白河市数据局", R, "市数据局按照信息公开的要求，将评审结果向社会公布")}),
    # near misses: a clause of its own (对…实行…，) or a list of whom the duty concerns stays out
    ("opener-that-is-a-clause-of-its-own", "对全县养殖场实行分级管理，县农业农村局负责日常监管。",
     ["县农业农村局负责日常监管"], {("县农业农村局", R, "县农业农村局负责日常监管")}),
    ("opener-listing-whom-it-concerns", "对纳入监测的医院、学校和养老机构，县卫健局要定期抽检。",
     ["县卫健局要定期抽检"], {("县卫健局", R, "县卫健局要定期抽检")}),
    ("opener-before-a-later-subject-of-two-bodies",
     "青山县人民政府办公室关于做好防控工作的通知\n各乡镇要做好患者随访，每月排查一次；发现新增患者信息，县疾控中心和县公安局要及时交换信息。\n",
     ["各乡镇要做好患者随访，每月排查一次", "县疾控中心和县公安局要及时交换信息"],
     {("各乡镇", R, "各乡镇要做好患者随访，每月排查一次"),
      ("青山县疾控中心", R, "县疾控中心和县公安局要及时交换信息"), ("青山县公安局", R, "县疾控中心和县公安局要及时交换信息")}),
    ("verb-phrase-before-the-next-subject",
     "县卫健局要做好疫苗储备；加强冷链管理，县疾控中心要定期检查。",
     ["县卫健局要做好疫苗储备", "县疾控中心要定期检查"],
     {("县卫健局", R, "县卫健局要做好疫苗储备"), ("县疾控中心", R, "县疾控中心要定期检查")}),
    # near miss: a clause after ；with no subject of its own goes on with the subject before it
    ("clause-after-semicolon-keeps-the-subject",
     "县卫健局要做好疫苗储备；加强冷链管理，定期检查温度记录。",
     ["县卫健局要做好疫苗储备", "加强冷链管理，定期检查温度记录"],
     {("县卫健局", R, "县卫健局要做好疫苗储备"), ("县卫健局", R, "加强冷链管理，定期检查温度记录")}),
    # 人民银行 is a department kind (kinds.json): named alone, with a place, or in a list of short names
    ("central-bank-national-subject", "中国人民银行每年从专项收入中安排资金，用于行业的管理经费。",
     ["中国人民银行每年从专项收入中安排资金，用于行业的管理经费"],
     {("中国人民银行", R, "中国人民银行每年从专项收入中安排资金，用于行业的管理经费")}),
    ("central-bank-in-short-names", "财政、人民银行等部门要做好涉农贷款的贴息工作。",
     ["财政、人民银行等部门要做好涉农贷款的贴息工作"],
     {("财政部门", R, "财政、人民银行等部门要做好涉农贷款的贴息工作"),
      ("人民银行", R, "财政、人民银行等部门要做好涉农贷款的贴息工作")}),
    ("central-bank-of-a-county", "白河县\n县人民银行要做好金融服务工作。",
     ["县人民银行要做好金融服务工作"], {("白河县人民银行", R, "县人民银行要做好金融服务工作")}),
    # names of departments with 和 inside, listed in kinds.json (one body, not two joined by 和)
    ("department-name-with-he-planning", "白河县自然资源和规划局要做好地质灾害隐患排查。",
     ["白河县自然资源和规划局要做好地质灾害隐患排查"],
     {("白河县自然资源和规划局", R, "白河县自然资源和规划局要做好地质灾害隐患排查")}),
    ("department-name-with-he-economy", "白河省经济和信息化委员会负责组织企业申报。",
     ["白河省经济和信息化委员会负责组织企业申报"],
     {("白河省经济和信息化委员会", R, "白河省经济和信息化委员会负责组织企业申报")}),
    ("department-name-with-he-personnel", "白河县\n县人事劳动和社会保障局负责落实培训补贴。",
     ["县人事劳动和社会保障局负责落实培训补贴"],
     {("白河县人事劳动和社会保障局", R, "县人事劳动和社会保障局负责落实培训补贴")}),
    # a bare date opening the sentence (2013年3月，…): what happened then, no duty; a time limit stays
    ("dated-event", "2013年3月，省政府机构改革，省食品药品监管局组建成立。", [], set()),
    ("dated-event-full-date", "2016年5月12日，县卫健局召开了动员会议，部署了工作。", [], set()),
    ("dated-modal-stays", "2024年6月，县卫健局要完成全县筛查。",
     ["县卫健局要完成全县筛查"], {("县卫健局", R, "县卫健局要完成全县筛查")}),
    # a clause that only gives the day, after a comma (…，2021年4月8日，X印发…): news of what was
    # done then, no duty; a time limit (…，2025年6月30日前，…) stays
    ("dated-news-mid-sentence",
     "为加强部门协作，2021年4月8日，白河市人民政府印发《关于建立白河市疫苗管理联席会议制度的函》。", [], set()),
    ("dated-deadline-mid-sentence-stays", "为加强部门协作，2025年6月30日前，县卫健局完成全县筛查。",
     ["县卫健局完成全县筛查"], {("县卫健局", R, "县卫健局完成全县筛查")}),
    # a question put to a body (an interview: …是什么？答：…) asks, it assigns nothing; the answer's
    # own subjects stay duties
    ("interview-question-is-no-duty",
     "白河市卫健委和白河市教育局将采取哪些措施保障《方案》的顺利实施？答：为强化实施保障，白河市卫健委将加强督查。",
     ["白河市卫健委将加强督查"], {("白河市卫健委", R, "白河市卫健委将加强督查")}),
    ("question-about-a-class-of-departments",
     "问：生态环境部门在湿地保护方面的主要思路是什么？答：一是严格监管。", [], set()),
    # a body that only says whose thing the sentence is about (X制定的文件, X核发的证件): a verb,
    # then 的; no duty of X
    ("body-making-a-thing-is-no-subject", "青山县人民法院制定的规范性文件，报送县人大常委会备案。", [], set()),
    ("body-issuing-a-thing-is-no-subject", "县文化部门核发的演出批准文件在有效期内可以多次使用。", [], set()),
    # 拟 (plans to) is a modal verb: X拟… is X's duty; 拟订 stays the verb it is
    ("plans-to-is-a-modal", "关于节水工作的复函\n白河市水利局拟于明年开展全市节水型单位评选。",
     ["白河市水利局拟于明年开展全市节水型单位评选"],
     {("白河市水利局", R, "白河市水利局拟于明年开展全市节水型单位评选")}),
    ("drafting-verb-stays", "关于节水工作的复函\n白河市水利局负责拟订节水规划。",
     ["白河市水利局负责拟订节水规划"], {("白河市水利局", R, "白河市水利局负责拟订节水规划")}),
    # a verb before a list of departments (批示A、B和C认真研究: a leader's instruction reported) is no
    # part of the first department's name, and the sentence names no subject
    ("instruction-before-a-list-of-departments",
     "关于节水工作的复函\n省长对此十分重视，批示发展改革委、科技部和财政部认真研究。", [], set()),
    # a body that carries another body's name plate (加挂…牌子) is told how bodies are set up, no duty;
    # 挂牌督办 (supervising a listed case) is work
    ("carries-another-bodys-plate", "市卫健委加挂市爱卫办牌子，承担爱国卫生日常工作。", [], set()),
    ("carries-a-national-bodys-plate", "国家卫生健康委加挂全国老龄工作委员会办公室牌子。", [], set()),
    ("listed-supervision-is-work", "县卫健局挂牌督办重大隐患。",
     ["县卫健局挂牌督办重大隐患"], {("县卫健局", R, "县卫健局挂牌督办重大隐患")}),
    # 各地可…/各区县可… (may) gives leave, no duty; a collective's name holds no 可 (各地可因地制宜 is
    # not a body 各地可因地); 各地要因地制宜… is 各地's duty
    ("collective-may-is-no-duty", "各地可因地制宜放宽申请条件。", [], set()),
    ("collective-levels-may-is-no-duty", "各区县可因地制宜制定细则。", [], set()),
    ("collective-must-stays", "各地要因地制宜放宽申请条件。",
     ["各地要因地制宜放宽申请条件"], {("各地", R, "各地要因地制宜放宽申请条件")}),
    # a later piece with a subject of its own, a body or a class of actors named by its ending,
    # before a modal verb (，相关下属机构要…, ，有关企业应当…) is no part of the first subject's
    # duty, even when no rule reads that subject as a body; a piece whose subject is a thing
    # (，评估结果要…) or a piece with no subject stays in the duty
    ("later-piece-with-its-own-subject-is-cut",
     "县人民政府要统筹推进托育服务体系建设，相关行政部门要简化审批流程。",
     ["县人民政府要统筹推进托育服务体系建设"], {("县人民政府", R, "县人民政府要统筹推进托育服务体系建设")}),
    ("later-piece-with-a-class-of-actors-is-cut",
     "县市场监管局负责食品安全抽检，有关企业应当配合提供样品。",
     ["县市场监管局负责食品安全抽检", "有关企业应当配合提供样品"],
     {("县市场监管局", R, "县市场监管局负责食品安全抽检"), ("有关企业", R, "有关企业应当配合提供样品", "role=support")}),
    # a later piece opening with a partner verb (，会同有关部门依法…) is the subject's own clause
    ("later-piece-with-a-partner-stays",
     "县农业农村局负责组织对重大农产品安全事故的调查，会同有关部门依法开展事故的处理工作。",
     ["县农业农村局负责组织对重大农产品安全事故的调查，会同有关部门依法开展事故的处理工作"],
     {("县农业农村局", R, "县农业农村局负责组织对重大农产品安全事故的调查，会同有关部门依法开展事故的处理工作")}),
    # 大力 before 配合 says how, like 积极/全力: the body supports
    ("support-after-a-manner-adverb-dali", "白河市广播电视台要大力配合做好防病知识宣传。",
     ["白河市广播电视台要大力配合做好防病知识宣传"], {("白河市广播电视台", R, "白河市广播电视台要大力配合做好防病知识宣传", "role=support")}),
    ("later-piece-with-a-qualified-class-is-cut",
     "县人民医院负责危重病例救治，指定的基层机构须做好转诊衔接。",
     ["县人民医院负责危重病例救治"], {("县人民医院", R, "县人民医院负责危重病例救治")}),
    ("later-piece-about-a-thing-stays",
     "县卫健局要组织开展质量评估，评估结果要向社会公开。",
     ["县卫健局要组织开展质量评估，评估结果要向社会公开"],
     {("县卫健局", R, "县卫健局要组织开展质量评估，评估结果要向社会公开")}),
    # a department type by its kind's former name (安全生产监督管理) in a subject list
    ("department-type-by-a-former-name-in-a-list",
     "公安、安全生产监督管理等部门要加强危险化学品运输监管。",
     ["公安、安全生产监督管理等部门要加强危险化学品运输监管"],
     {("公安部门", R, "公安、安全生产监督管理等部门要加强危险化学品运输监管"),
      ("安全生产监督管理部门", R, "公安、安全生产监督管理等部门要加强危险化学品运输监管")}),
    # a basis phrase with no comma before the verb (X根据…拨付): the body's own act, a duty
    ("basis-phrase-before-the-verb", "县卫健局负责初审，县财政局根据审核结果拨付资金。",
     ["县卫健局负责初审", "县财政局根据审核结果拨付资金"],
     {("县卫健局", R, "县卫健局负责初审"), ("县财政局", R, "县财政局根据审核结果拨付资金")}),
    # …，A、B等部门将…: a list of departments the notice does not name otherwise, then a modal
    # verb, opens the next body's duty (next_body.py)
    ("listed-departments-after-a-comma-end-the-duty",
     "白河市疾控中心将继续做好鼠疫监测工作，白河市农牧、林草等部门将在牧区开展灭鼠工作。",
     ["白河市疾控中心将继续做好鼠疫监测工作", "白河市农牧、林草等部门将在牧区开展灭鼠工作"],
     {("白河市疾控中心", R, "白河市疾控中心将继续做好鼠疫监测工作"),
      ("白河市农牧部门", R, "白河市农牧、林草等部门将在牧区开展灭鼠工作"),
      ("白河市林草部门", R, "白河市农牧、林草等部门将在牧区开展灭鼠工作")}),
    # …，特别是A、B机构，要…: the bodies singled out have a duty of their own
    ("bodies-singled-out-end-the-general-duty",
     "各有关部门要密切配合，特别是各级疾病预防控制、卫生监督机构，要为处置工作提供技术支持。",
     ["各有关部门要密切配合"], {("各有关部门", R, "各有关部门要密切配合")}),
    # …，经A、B等部门确认后，…: bodies after a preposition do not end the subject's duty
    ("listed-departments-after-jing-stay",
     "县卫健局要加强督导，经县财政、审计等部门确认后，拨付补助资金。",
     ["县卫健局要加强督导，经县财政、审计等部门确认后，拨付补助资金"],
     {("县卫健局", R, "县卫健局要加强督导，经县财政、审计等部门确认后，拨付补助资金")}),
    ("listed-departments-after-shang-stay",
     "县卫健局要加强督导，商县财政、审计等部门提出整改方案。",
     ["县卫健局要加强督导，商县财政、审计等部门提出整改方案"],
     {("县卫健局", R, "县卫健局要加强督导，商县财政、审计等部门提出整改方案")}),
    # 确定成立X: the decision that sets a body up, like 决定成立, no duty (clauses.sets_up)
    ("decided-to-set-up-is-no-duty", "青山县人民政府关于加强未成年人保护工作的通知\n"
     "县政府确定成立县未成年人保护工作领导小组，作为县政府议事协调机构。", [], set()),
    ("basis-phrase-anzhao-before-the-verb", "白河市疾控中心按照监测方案开展鼠密度监测。",
     ["白河市疾控中心按照监测方案开展鼠密度监测"],
     {("白河市疾控中心", R, "白河市疾控中心按照监测方案开展鼠密度监测")}),
    # …由A负责，由B组织实施: the clause opening with its own assignment is B's duty, the task the
    # topic before A's (no title above is its task)
    ("second-assignment-after-a-comma",
     "一、评选程序\n全县健康村评选工作由县爱卫会负责，由县爱卫办组织实施。\n",
     ["全县健康村评选工作由县爱卫会负责", "由县爱卫办组织实施"],
     {("县爱卫会", R, "全县健康村评选工作由县爱卫会负责"), ("县爱卫办", R, "由县爱卫办组织实施")}),
    # a piece after ； with no doer of its own, in an assignment's sentence that ran up to the ；:
    # a duty of the same units with the same roles, all supporting when it opens with 配合; the
    # sentence after 。 is not carried on
    ("piece-after-semicolon-keeps-the-assignment",
     "（四）由县公安局负责，县卫健局、县民政局配合，依法打击非法行医行为；查处阻碍执法的行为，要依法予以查处。对构成犯罪的，依法追究刑事责任。",
     ["由县公安局负责，县卫健局、县民政局配合，依法打击非法行医行为", "查处阻碍执法的行为，要依法予以查处"],
     {("县公安局", R, "由县公安局负责，县卫健局、县民政局配合，依法打击非法行医行为", "role=lead"), ("县卫健局", R, "由县公安局负责，县卫健局、县民政局配合，依法打击非法行医行为", "role=support"),
      ("县民政局", R, "由县公安局负责，县卫健局、县民政局配合，依法打击非法行医行为", "role=support"), ("县公安局", R, "查处阻碍执法的行为，要依法予以查处", "role=lead"),
      ("县卫健局", R, "查处阻碍执法的行为，要依法予以查处", "role=support"), ("县民政局", R, "查处阻碍执法的行为，要依法予以查处", "role=support")}),
    ("piece-after-semicolon-opening-with-peihe-supports",
     "（七）由县市场监管局负责查处违法医疗广告案件；配合县卫健局开展药店清理整顿。",
     ["由县市场监管局负责查处违法医疗广告案件", "配合县卫健局开展药店清理整顿"],
     {("县市场监管局", R, "由县市场监管局负责查处违法医疗广告案件"), ("县市场监管局", R, "配合县卫健局开展药店清理整顿", "role=support")}),
    ("piece-after-semicolon-with-its-own-subject-is-its-own",
     "（二）由县卫健局负责组织义诊活动；县教体局要做好校园宣传。",
     ["由县卫健局负责组织义诊活动", "县教体局要做好校园宣传"],
     {("县卫健局", R, "由县卫健局负责组织义诊活动"), ("县教体局", R, "县教体局要做好校园宣传")}),
    # 由X牵头，分别是A；B；C: each task the sentence lists is one of X's, the role kept
    ("tasks-listed-after-fenbieshi-over-semicolons",
     "其中有3项由白河市卫健委牵头，分别是抓好传染病防治；完善妇幼保健服务；把儿童近视筛查纳入学校体检。",
     ["其中有3项由白河市卫健委牵头，分别是抓好传染病防治", "完善妇幼保健服务", "把儿童近视筛查纳入学校体检"],
     {("白河市卫健委", R, "其中有3项由白河市卫健委牵头，分别是抓好传染病防治", "role=lead"), ("白河市卫健委", R, "完善妇幼保健服务", "role=lead"),
      ("白河市卫健委", R, "把儿童近视筛查纳入学校体检", "role=lead")}),
    ("piece-after-semicolon-with-a-condition-is-not-carried-on",
     "由县卫健局负责组织复查；情节严重的，通报所在单位。",
     ["由县卫健局负责组织复查"], {("县卫健局", R, "由县卫健局负责组织复查")}),
    ("piece-after-semicolon-stating-a-state-is-not-carried-on",
     "由县城管局牵头，做好环卫设施维护；垃圾收运车辆密闭规范，清运及时。",
     ["由县城管局牵头，做好环卫设施维护"], {("县城管局", R, "由县城管局牵头，做好环卫设施维护", "role=lead")}),
    # 此项工作由X负责，Y协办。 closing a numbered item: the marker assigns the item (X leads beside
    # Y, who supports), the marker sentence is no duty of its own; also items run on in one line
    ("closing-sentence-ciXiangGongZuo-assigns-the-item",
     "二、重点工作\n（五）完善食品检测体系。加强检测能力建设，推进检测中心建设。此项工作由白河市农业局负责，白河市卫健委协办。\n"
     "（六）开展信息发布工作。完善信息发布制度，及时通报工作动态。此项工作由白河市食安办负责。\n",
     ["完善食品检测体系。加强检测能力建设，推进检测中心建设", "开展信息发布工作。完善信息发布制度，及时通报工作动态"],
     {("白河市农业局", R, "完善食品检测体系。加强检测能力建设，推进检测中心建设", "role=lead"), ("白河市卫健委", R, "完善食品检测体系。加强检测能力建设，推进检测中心建设", "role=support"),
      ("白河市食安办", R, "开展信息发布工作。完善信息发布制度，及时通报工作动态")}),
    ("closing-sentence-after-run-on-items",
     "二、重点工作\n5、完善食品检测体系 (1)加强检测能力建设。推进检测中心建设。 (2)扩建质检实验室。 此项工作由白河市农业局负责，白河市卫健委协办。 6、开展信息发布工作。\n",
     ["完善食品检测体系 (1)加强检测能力建设。推进检测中心建设。 (2)扩建质检实验室"],
     {("白河市农业局", R, "完善食品检测体系 （1）加强检测能力建设。推进检测中心建设。 （2）扩建质检实验室", "role=lead"), ("白河市卫健委", R, "完善食品检测体系 （1）加强检测能力建设。推进检测中心建设。 （2）扩建质检实验室", "role=support")}),
    ("closing-sentence-without-a-numbered-item-stays-its-own",
     "此项工作由白河市食安办负责。\n",
     ["此项工作由白河市食安办负责"], {("白河市食安办", R, "此项工作由白河市食安办负责")}),
    # a topic before 由 names what the doer after it does: with 的 inside (领导小组的日常工作), a fixed
    # phrase (具体办法) or a determiner (这项工作) opening it
    ("agent-after-a-topic-with-de", "领导小组的日常工作由县卫健局承担。",
     ["领导小组的日常工作由县卫健局承担"], {("县卫健局", R, "领导小组的日常工作由县卫健局承担")}),
    ("agent-after-a-fixed-phrase-topic", "具体办法由白河市卫生健康委制定。",
     ["具体办法由白河市卫生健康委制定"], {("白河市卫生健康委", R, "具体办法由白河市卫生健康委制定")}),
    ("agent-after-a-determiner-topic", "这项工作由县卫健局统一归口管理。",
     ["这项工作由县卫健局统一归口管理"], {("县卫健局", R, "这项工作由县卫健局统一归口管理")}),
    # a 的 clause opened by no noun (未…的单位) says in which case, no topic: left out as before
    ("a-case-before-agent-is-no-topic", "未完成整改的单位由县卫健局通报批评。", [], set()),
    # …由X承担，Y将…: a later clause with a subject of its own before a modal is no part of X's duty
    ("agent-clause-ends-before-another-subject", "活动举办的主要经费由白河市人民政府承担，中央财政将视情况给予补助。",
     ["活动举办的主要经费由白河市人民政府承担"], {("白河市人民政府", R, "活动举办的主要经费由白河市人民政府承担")}),
    ("agent-clause-ends-before-a-plain-subject", "上述资金由县财政局统一拨付，乡镇要及时发放到户。",
     ["上述资金由县财政局统一拨付"], {("县财政局", R, "上述资金由县财政局统一拨付")}),
    # a government's department after 由 (白河市人民政府卫生部门): the government's department of that field
    ("agent-is-a-government-department", "食品安全地方标准由白河市人民政府卫生部门公布。",
     ["食品安全地方标准由白河市人民政府卫生部门公布"],
     {("白河市人民政府卫生部门", R, "食品安全地方标准由白河市人民政府卫生部门公布")}),
    broken("two bodies no lexicon knows joined by 和 after 由 are left out, not split",
           "agent-two-unlisted-bodies-joined", "这项工作由青山县林业站和红石区水文站统一归口管理。",
           ["这项工作由青山县林业站和红石区水文站统一归口管理"],
           {("青山县林业站", R, "这项工作由青山县林业站和红石区水文站统一归口管理"),
            ("红石区水文站", R, "这项工作由青山县林业站和红石区水文站统一归口管理")}),
    # a body and a plain verb, no modal (regulation articles, a plan's items): the verb may come after a
    # routine's period or an adverb of manner (每年公开发布, 分别梳理), a preposition's phrase whose words
    # only relate things (根据相关规定组织…), or the step the act follows (收到材料后进行…); verbs
    # jieba's dictionary tags otherwise are listed (深化, 利用, 充分发挥: subject_action_verbs)
    ("plain-verb-after-a-routine-and-an-adverb", "青山县工业和信息化局每年公开发布项目申报指南。",
     ["青山县工业和信息化局每年公开发布项目申报指南"],
     {("青山县工业和信息化局", R, "青山县工业和信息化局每年公开发布项目申报指南")}),
    ("plain-verb-after-a-basis-with-xiangguan", "红石区市场监管局根据相关规定组织开展食品抽检。",
     ["红石区市场监管局根据相关规定组织开展食品抽检"],
     {("红石区市场监管局", R, "红石区市场监管局根据相关规定组织开展食品抽检")}),
    ("plain-verb-listed-shenhua", "白河市市场监管局深化食品安全监管，组织技术机构开展抽检。",
     ["白河市市场监管局深化食品安全监管，组织技术机构开展抽检"],
     {("白河市市场监管局", R, "白河市市场监管局深化食品安全监管，组织技术机构开展抽检")}),
    ("plain-verb-listed-liyong", "青山县公安局利用社区广播及时发布防范提示。",
     ["青山县公安局利用社区广播及时发布防范提示"], {("青山县公安局", R, "青山县公安局利用社区广播及时发布防范提示")}),
    ("two-bodies-fenbie-then-the-verb", "青山县卫健局和青山县财政局分别梳理编制本级的信息资源目录。",
     ["青山县卫健局和青山县财政局分别梳理编制本级的信息资源目录"],
     {("青山县卫健局", R, "青山县卫健局和青山县财政局分别梳理编制本级的信息资源目录"),
      ("青山县财政局", R, "青山县卫健局和青山县财政局分别梳理编制本级的信息资源目录")}),
    ("plain-verb-after-the-step-it-follows", "红石区卫健局收到申报材料后进行形式审查。",
     ["红石区卫健局收到申报材料后进行形式审查"], {("红石区卫健局", R, "红石区卫健局收到申报材料后进行形式审查")}),
    ("plain-verb-after-the-step-and-a-comma", "红石区卫健局收到申报材料后，组织专家评审。",
     ["红石区卫健局收到申报材料后，组织专家评审"], {("红石区卫健局", R, "红石区卫健局收到申报材料后，组织专家评审")}),
    # verbs of regulations jieba's dictionary tags as nouns (报告, 主管, 备案): listed as verbs
    ("plain-verb-listed-baogao-after-a-routine", "青山县生态环境局每年向县人民政府报告环境保护工作进展情况。",
     ["青山县生态环境局每年向县人民政府报告环境保护工作进展情况"],
     {("青山县生态环境局", R, "青山县生态环境局每年向县人民政府报告环境保护工作进展情况")}),
    ("plain-verb-listed-zhuguan", "第五条 白河市交通运输局主管全市内河船舶污染防治工作。",
     ["白河市交通运输局主管全市内河船舶污染防治工作"],
     {("白河市交通运输局", R, "白河市交通运输局主管全市内河船舶污染防治工作")}),
    ("a-body-reports-what-it-found-is-no-duty", "青山县生态环境局报告，全县水质总体稳定。", [], set()),
    # near misses: what the body did (已, 了), a dated report, what it is, what it is made of, a
    # definition, a question, a relative clause (发布的指南，是…), a decision left to it
    ("plain-verb-already-done", "青山县卫健局已公开发布项目申报指南。", [], set()),
    ("plain-verb-with-le-reports-the-past", "青山县卫健局公开发布了项目申报指南。", [], set()),
    ("plain-verb-in-a-dated-report", "2023年5月，青山县卫健局公开发布项目申报指南。", [], set()),
    ("a-body-is-something", "青山县卫健局是全县疫情防控的主管部门。", [], set()),
    ("a-body-is-made-up", "青山县疾控中心由青山县卫健局和青山县财政局组成。", [], set()),
    ("a-definition-names-a-body", "本办法所称主管部门，是指青山县卫健局。", [], set()),
    ("a-question-about-a-body", "青山县卫健局每年公开发布多少项目申报指南？", [], set()),
    # a penalty clause (…的，由X责令改正、处…罚款): a sanction for a breach, no standing duty; a
    # condition then a doer's task is one (确需…的，由X提出申请)
    # what the body finds, then its modal verb with no comma between (X发现…应当…): its duty
    ("found-then-modal-verb", "白河市疾控中心发现聚集性病例应当立即报告。",
     ["白河市疾控中心发现聚集性病例应当立即报告"],
     {("白河市疾控中心", R, "白河市疾控中心发现聚集性病例应当立即报告")}),
    # near miss: 应急 is no modal verb; a report of what was found is no duty
    ("found-then-yingji-is-no-modal", "白河市疾控中心发现问题应急处置。", [], set()),
    ("found-as-report-is-no-duty", "白河市疾控中心发现了三个病例。", [], set()),
    ("penalty-clause-is-no-duty",
     "违反本办法规定，养犬人未按规定为犬只免疫的，由白河市农业农村局责令限期改正，处二百元罚款。", [], set()),
    ("condition-then-agent-task-is-a-duty", "确需调用储备疫苗的，由白河市卫健委提出申请。",
     ["确需调用储备疫苗的，由白河市卫健委提出申请"],
     {("白河市卫健委", R, "确需调用储备疫苗的，由白河市卫健委提出申请")}),
    ("plain-verb-opens-a-relative-clause", "青山县卫健局每年公开发布的项目申报指南，是申报的依据。", [], set()),
    ("the-step-then-a-meeting-is-a-report", "青山县卫健局收到上级通知后立即召开会议。", [], set()),
    ("manner-adverb-opens-no-subject", "县卫健局要加强疫情研判，主动协调公安、交通等部门开展排查。",
     ["县卫健局要加强疫情研判，主动协调公安、交通等部门开展排查"],
     {("县卫健局", R, "县卫健局要加强疫情研判，主动协调公安、交通等部门开展排查")}),
    # a topic, then 由X负责: each clause assigning a topic of its own is a duty of its own
    ("topics-assigned-clause-by-clause", "人员培训由青山县卫健局负责，入户登记由青山县民政局负责。",
     ["人员培训由青山县卫健局负责", "入户登记由青山县民政局负责"],
     {("青山县卫健局", R, "人员培训由青山县卫健局负责"), ("青山县民政局", R, "入户登记由青山县民政局负责")}),
    # headings run on in one line with gaps: the duty is the topic after the last gap, up to the next heading
    ("headings-run-on-before-a-topic-assignment",
     "三、工作要求 （一） 人员培训 接种人员培训由青山县卫健局负责 （二） 登记通知 入户登记由青山县民政局负责。",
     ["接种人员培训由青山县卫健局负责", "入户登记由青山县民政局负责"],
     {("青山县卫健局", R, "接种人员培训由青山县卫健局负责"), ("青山县民政局", R, "入户登记由青山县民政局负责")}),
    # 由X具体负责: the adverb is no part of X's name; X a unit of a known body no lexicon lists
    ("assignment-adverb-before-the-verb",
     "四、资料征订工作由青山县人民医院公共卫生科具体负责，联系电话：1234567。",
     ["资料征订工作由青山县人民医院公共卫生科具体负责"],
     {("青山县人民医院公共卫生科", R, "资料征订工作由青山县人民医院公共卫生科具体负责")}),
    ("assignment-adverb-quanmian",
     "入户登记工作由白河镇卫生院全面负责。",
     ["入户登记工作由白河镇卫生院全面负责"],
     {("白河镇卫生院", R, "入户登记工作由白河镇卫生院全面负责")}),
    # a report's words of speech before a body (她强调X要…, 《通知》要求X…, …通知，要求X…): X's duty; a body
    # told (强调, 指出) needs its modal verb, one asked (要求, 希望) any verb; the clause that only reports
    # the asking (X印发通知，要求) is no duty of its own
    ("told-in-a-report-with-its-modal",
     "青山县召开卫生镇复审工作会议。镇卫生办主任作了总结发言，她强调各单位要高度重视卫生镇复审工作。",
     ["各单位要高度重视卫生镇复审工作"],
     {("各单位", R, "各单位要高度重视卫生镇复审工作")}),
    ("asked-by-the-notice-any-verb",
     "《通知》要求各镇办认真做好灭鼠工作。",
     ["各镇办认真做好灭鼠工作"],
     {("各镇办", R, "各镇办认真做好灭鼠工作")}),
    ("asked-after-issuing-a-notice",
     "白河市卫健委印发《关于做好灭鼠工作的通知》，要求各镇办加强鼠情监测。",
     ["各镇办加强鼠情监测"],
     {("各镇办", R, "各镇办加强鼠情监测")}),
    ("told-after-a-full-stop-then-another-subject-by-law",
     "通知明确了污水处理的管理要求。强调医疗机构要按照规定开展自行监测，重点排污单位依法安装监测设备。",
     ["医疗机构要按照规定开展自行监测"],
     {("医疗机构", R, "医疗机构要按照规定开展自行监测")}),
    # near misses: what is said of a body with no modal verb (a state); what a body may or may not ask
    ("said-of-a-body-is-no-duty", "会议指出各地防治工作进展还很不平衡。", [], set()),
    ("a-body-may-ask-another", "县卫健局可以与县财政局沟通，要求县财政局及时拨付经费。", [], set()),
    ("a-body-may-not-ask-another", "各单位不得要求县财政局转发文件。",
     ["各单位不得要求县财政局转发文件"],
     {("各单位", R, "各单位不得要求县财政局转发文件")}),
    # every place of a level (各乡镇) where the notice names their governments in full: the governments act
    ("places-act-through-their-governments",
     "经研究，要求各乡镇设立卫生工作站。各乡镇人民政府要落实工作经费。",
     ["各乡镇设立卫生工作站", "各乡镇人民政府要落实工作经费"],
     {("各乡镇人民政府", R, "各乡镇设立卫生工作站"), ("各乡镇人民政府", R, "各乡镇人民政府要落实工作经费")}),
    # a piece that opens with the case a duty is for, then a subject of its own: the first duty ends before it
    ("case-then-a-second-subject-ends-the-first-duty",
     "青山县疾控中心要加强与医疗机构的沟通，对于在疫区发现的每例病例，县疾控中心都应当开展调查。",
     ["青山县疾控中心要加强与医疗机构的沟通", "对于在疫区发现的每例病例，县疾控中心都应当开展调查"],
     {("青山县疾控中心", R, "青山县疾控中心要加强与医疗机构的沟通"),
      ("青山县疾控中心", R, "对于在疫区发现的每例病例，县疾控中心都应当开展调查")}),
    # a piece that asks another body to act (…，请X…) is no part of the duty before it
    ("a-request-after-a-request-is-a-duty-of-its-own",
     "为做好灭鼠工作，请青山县卫健局在每个行政村确定1名灭鼠员，请各镇办落实灭鼠员待遇。",
     ["青山县卫健局在每个行政村确定1名灭鼠员", "各镇办落实灭鼠员待遇"],
     {("青山县卫健局", R, "青山县卫健局在每个行政村确定1名灭鼠员"), ("各镇办", R, "各镇办落实灭鼠员待遇")}),
    # a request, then an agent after 由 in a later clause (…，请A…，并由B与C签订…): A's duty ends before it,
    # B's is its own clause
    ("a-request-then-an-agent-clause",
     "为做好灭鼠工作，请各镇办落实灭鼠员待遇，并由各镇办卫生办与灭鼠员签订工作责任书，明确工作职责。",
     ["并由各镇办卫生办与灭鼠员签订工作责任书，明确工作职责", "各镇办落实灭鼠员待遇"],
     {("各镇办", R, "各镇办落实灭鼠员待遇"), ("各镇办卫生办", R, "并由各镇办卫生办与灭鼠员签订工作责任书，明确工作职责")}),
    # a sentence with no subject first, a clause with a body of its own (…，各单位要…), then an agent
    # after 由: the agent's duty is its own clause, the body's clause its own duty
    ("a-body-clause-then-an-agent-clause",
     "确保推进保障有力，各单位要在3月31日前完成数据汇总，由县政府督查室统一上报。",
     ["由县政府督查室统一上报", "各单位要在3月31日前完成数据汇总"],
     {("县政府督查室", R, "由县政府督查室统一上报"), ("各单位", R, "各单位要在3月31日前完成数据汇总")}),
    # near miss: the case, then the same subject's modal with no subject of its own: one duty
    ("case-then-the-same-subjects-modal",
     "青山县疾控中心要加强与医疗机构的沟通，对于在疫区发现的每例病例，都要开展调查。",
     ["青山县疾控中心要加强与医疗机构的沟通，对于在疫区发现的每例病例，都要开展调查"],
     {("青山县疾控中心", R, "青山县疾控中心要加强与医疗机构的沟通，对于在疫区发现的每例病例，都要开展调查")}),
    # a breach and its sanction (…的，追究/撤销/处…) with no modal or charge verb before it: no duty of
    # the subject read before it; a standing duty with a sanction tail stays
    ("a-breach-and-its-sanction-is-no-duty",
     "白河市卫健局采取措施不力，延误疫情处置的，追究白河市卫健局责任人的责任。", [], set()),
    ("a-piece-writing-a-breach-and-its-sanction-is-no-duty",
     "红石区卫健局要加强检查；逾期未整改到位的，撤销其备案。",
     ["红石区卫健局要加强检查"], {("红石区卫健局", R, "红石区卫健局要加强检查")}),
    # a numbered list after a 下列/以下 lead's colon naming places or cases (no task, no body of its
    # own): the clause ends at the colon, its items are no duties
    ("the-places-listed-are-no-duties",
     "白河市人民政府应当优先推进下列场所的无障碍设施改造：（一）特殊教育机构；（二）国家机关的公共服务场所。",
     ["白河市人民政府应当优先推进下列场所的无障碍设施改造"],
     {("白河市人民政府", R, "白河市人民政府应当优先推进下列场所的无障碍设施改造")}),
    ("the-cases-listed-are-no-duties",
     "建设项目有下列情形之一的，白河市生态环境局应当作出不予批准的决定：（一）选址不符合规划；（二）所在区域环境质量未达标。",
     ["建设项目有下列情形之一的，白河市生态环境局应当作出不予批准的决定"],
     {("白河市生态环境局", R, "建设项目有下列情形之一的，白河市生态环境局应当作出不予批准的决定")}),
    # a later clause of private parties (a list of them, 个人、家庭要…) or a request to them
    # (并请社会各界…) ends the body's duty
    ("private-parties-listed-end-the-duty",
     "青山县各学校要做好晨午检工作，个人、家庭要定期对日常用品进行消毒。",
     ["青山县各学校要做好晨午检工作"], {("青山县各学校", R, "青山县各学校要做好晨午检工作")}),
    ("a-request-to-the-public-ends-the-duty",
     "白河市各乡镇要做好市场监管工作，并请社会各界自觉遵守。",
     ["白河市各乡镇要做好市场监管工作"], {("白河市各乡镇", R, "白河市各乡镇要做好市场监管工作")}),
    # a last clause saying when or after what (…，待系统开放后) leads into what follows: cut off
    ("a-trailing-after-clause-is-cut-off",
     "红石区各单位要在3月31日前完成数据汇总，待系统权限开放后，区政府办要统一录入。",
     ["红石区各单位要在3月31日前完成数据汇总", "待系统权限开放后，区政府办要统一录入"],
     {("红石区各单位", R, "红石区各单位要在3月31日前完成数据汇总"), ("红石区政府办", R, "待系统权限开放后，区政府办要统一录入")}),
    ("a-standing-duty-with-a-sanction-tail",
     "青山县环保局要加强现场执法检查，发现焚烧秸秆的，责令立即停止。",
     ["青山县环保局要加强现场执法检查，发现焚烧秸秆的，责令立即停止"],
     {("青山县环保局", R, "青山县环保局要加强现场执法检查，发现焚烧秸秆的，责令立即停止")}),
    # what a body is said to be (designation_nouns), a comma, then its duty: the body's whole clause
    ("a-designation-then-a-charge-verb",
     "青山县\n县水务局为牵头单位，承担联席会议的日常联络工作。",
     ["县水务局为牵头单位，承担联席会议的日常联络工作"],
     {("青山县水务局", R, "县水务局为牵头单位，承担联席会议的日常联络工作")}),
    ("a-department-type-as-the-field-s-general-department",
     "财政部门是专项资金管理的综合部门，主要负责资金的拨付和监督。",
     ["财政部门是专项资金管理的综合部门，主要负责资金的拨付和监督"],
     {("财政部门", R, "财政部门是专项资金管理的综合部门，主要负责资金的拨付和监督")}),
    ("a-police-organ-as-the-competent-department",
     "公安机关是本市犬只管理的主管部门，具体负责犬只登记和收容。",
     ["公安机关是本市犬只管理的主管部门，具体负责犬只登记和收容"],
     {("公安部门", R, "公安机关是本市犬只管理的主管部门，具体负责犬只登记和收容")}),
    # a list of bodies opening the sentence, a comma, then its modal verb (modal_verbs but plan_modals): the list's duty
    ("a-list-a-comma-then-its-modal-verb",
     "林业、水利部门和各涉水相关企业，要主动深入库区，开展清淤服务。",
     ["林业、水利部门和各涉水相关企业，要主动深入库区，开展清淤服务"],
     {("林业部门", R, "林业、水利部门和各涉水相关企业，要主动深入库区，开展清淤服务"),
      ("水利部门", R, "林业、水利部门和各涉水相关企业，要主动深入库区，开展清淤服务"),
      ("各涉水相关企业", R, "林业、水利部门和各涉水相关企业，要主动深入库区，开展清淤服务")}),
    ("three-collectives-a-comma-then-their-modal-verb",
     "青山县\n各乡镇、各部门、各企事业单位，必须严格执行森林防火规定。",
     ["各乡镇、各部门、各企事业单位，必须严格执行森林防火规定"],
     {(b, R, "各乡镇、各部门、各企事业单位，必须严格执行森林防火规定") for b in ("各乡镇", "各部门", "各企事业单位")}),
    broken("two collectives alone before a comma and a modal verb are not read yet: one collective as written "
           "(how such a pair is split is unsettled; the comma rule leaves it out)",
           "two-collectives-a-comma-then-a-modal-verb",
           "各级人民政府和各部门，都要对本地区的鼠害情况进行一次检查。",
           ["各级人民政府和各部门，都要对本地区的鼠害情况进行一次检查"],
           {("各级人民政府和各部门", R, "各级人民政府和各部门，都要对本地区的鼠害情况进行一次检查")}),
    # the members' general obligation after the comma (成员单位，必须遵守…): no duty
    ("the-members-a-comma-then-their-general-obligation",
     "青山镇防汛工作领导小组及成员单位，必须遵守本制度。", [], set()),
    # a designation with no duty after it (a state of things): no duty
    ("a-designation-with-no-duty-after-it",
     "红石区卫健局是全区控烟工作的主管部门，办公地点在红石大道。",
     [], set()),
    # an area named before the governments of a class of levels it qualifies (area_qualifier_endings):
    # the governments' duty, the area in the clause
    ("area-before-governments-of-levels",
     "第十三条 鼠疫重点防治地区县级以上地方人民政府应当在白河车站设点发放预防药物。",
     ["鼠疫重点防治地区县级以上地方人民政府应当在白河车站设点发放预防药物"],
     {("县级以上地方人民政府", R, "鼠疫重点防治地区县级以上地方人民政府应当在白河车站设点发放预防药物")}),
    broken("an area ending in 地区 that jieba keeps whole is read as a place: the governments are named with it",
           "area-read-as-a-place-before-governments",
           "第十三条 鼠疫流行地区县级以上地方人民政府应当组织灭鼠。",
           ["鼠疫流行地区县级以上地方人民政府应当组织灭鼠"],
           {("县级以上地方人民政府", R, "鼠疫流行地区县级以上地方人民政府应当组织灭鼠")}),
    ("area-with-no-governments-after-it-is-no-subject",
     "第九条 鼠疫防治地区负责设点发放预防药物。", [], set()),
    # 相关 before a topic's noun (concerned_words): the topic is the noun, the 由 after it names the doer
    ("topic-opened-by-xiangguan",
     "第八条 相关鼠疫防治技术规范由青山县卫生健康局制定。",
     ["相关鼠疫防治技术规范由青山县卫生健康局制定"],
     {("青山县卫生健康局", R, "相关鼠疫防治技术规范由青山县卫生健康局制定")}),
    # 在…范围内负责与…有关的工作: the duty verb is the clause's predicate, no noun phrase after 在
    ("within-its-remit-charge-of-related-work",
     "青山县卫生健康局在各自的职责范围内负责与垃圾处置有关的监督管理工作。",
     ["青山县卫生健康局在各自的职责范围内负责与垃圾处置有关的监督管理工作"],
     {("青山县卫生健康局", R, "青山县卫生健康局在各自的职责范围内负责与垃圾处置有关的监督管理工作")}),
    ("after-zai-a-noun-phrase-is-no-duty",
     "（四）青山县医保局在管理工作中形成的基本规范；", [], set()),
    # 其他有关部门 / 其他部门 of a government: its departments not named before, one collective as written
    ("other-departments-of-a-government",
     "白河市人民政府卫生部门负责监督，白河市人民政府其他有关部门应当予以配合。",
     ["白河市人民政府卫生部门负责监督", "白河市人民政府其他有关部门应当予以配合"],
     {("白河市人民政府卫生部门", R, "白河市人民政府卫生部门负责监督"),
      ("白河市人民政府其他有关部门", R, "白河市人民政府其他有关部门应当予以配合")}),
    ("other-departments-of-governments-of-levels",
     "县级以上人民政府其他部门在职责范围内负责控烟工作。",
     ["县级以上人民政府其他部门在职责范围内负责控烟工作"],
     {("县级以上人民政府其他部门", R, "县级以上人民政府其他部门在职责范围内负责控烟工作")}),
    # classes of actors ending in 机关 / 团体 (actor_class_endings) listed before a modal verb: each bound
    ("listed-classes-of-organs-and-associations",
     "第七条 国家机关、社会团体、企业事业单位和村（居）民委员会应当积极推进移风易俗。",
     ["国家机关、社会团体、企业事业单位和村（居）民委员会应当积极推进移风易俗"],
     {("国家机关", R, "国家机关、社会团体、企业事业单位和村（居）民委员会应当积极推进移风易俗"), ("社会团体", R, "国家机关、社会团体、企业事业单位和村（居）民委员会应当积极推进移风易俗"), ("企业事业单位", R, "国家机关、社会团体、企业事业单位和村（居）民委员会应当积极推进移风易俗"),
      ("村（居）民委员会", R, "国家机关、社会团体、企业事业单位和村（居）民委员会应当积极推进移风易俗")}),
    # what a class must have (还应有…, 应当具备…: possession_verbs) is a requirement, no duty
    ("class-must-have-is-a-requirement",
     "第九条 青山县非法人社会团体还应有固定的联络地点和资金。", [], set()),
    ("class-must-have-staff-in-charge-is-a-duty",
     "第九条 社会团体应当有专人负责防疫。",
     ["社会团体应当有专人负责防疫"], {("社会团体", R, "社会团体应当有专人负责防疫")}),
    # a body no lexicon lists under another's lead, then its duty verb (X在Y的领导下，负责…): X's duty
    ("unlisted-body-under-another-lead",
     "第六条 青山县殡葬管理处在县民政局的领导下，负责殡葬管理的日常工作。",
     ["青山县殡葬管理处在县民政局的领导下，负责殡葬管理的日常工作"], {("青山县殡葬管理处", R, "青山县殡葬管理处在县民政局的领导下，负责殡葬管理的日常工作")}),
    ("unlisted-body-under-another-lead-with-a-plain-verb",
     "第六条 青山县殡葬管理处在县民政局的领导下开展工作。", [], set()),
]


@pytest.mark.parametrize(("text", "duties", "expected"), rows(FREE_TEXT))
def test_free_text_subjects(text: str, duties: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert spans_of(doc, "duties") == [("DUTY", d) for d in duties]
    assert facts(doc, R) == expected


# (id, sentence, the bodies responsible for some duty in it, whatever the duties' texts)
RESPONSIBLE = [
    ("two-subjects-two-sentences", "县卫健局负责疫苗接种。县教体局负责查验接种证。", {"县卫健局", "县教体局"}),
    # 各级X部门 named first, then X部门: one body (the other order, X部门 then 各级X部门, too)
    ("each-level-departments-then-the-plain-name", "各级林业部门要加强巡查。林业部门负责森林火情通报。", {"各级林业部门"}),
    # 各级X行政部门 named first, then X部门 (here the place's departments at each of its places): one body
    ("each-level-administrative-departments-then-the-plain-name",
     "各级林业行政部门要加强巡查。青山县各地林业、公安部门要联合开展排查。", {"各级林业行政部门", "青山县公安部门"}),
    ("plain-name-then-each-level-departments", "林业部门负责森林火情通报。各级林业部门要加强巡查。", {"林业部门"}),
    # a second subject after a comma (，县财政局给予经费支持) with a plain verb: a duty of its own
    ("second-subject-after-comma", "县卫健局、县教体局要联合开展学生近视筛查，县财政局给予经费支持。",
     {"县卫健局", "县教体局", "县财政局"}),
    # A会同B做好…: A's duty; B is the partner A works with, not a responsible body (as the
    # real gold reads it: B is at most an optional org)
    ("huitong", "湖滨县\n县教体局会同县卫健局做好学校传染病防控工作。", {"湖滨县教体局"}),
    # a national prefix and a field before a department's tail: the one national department,
    # named whole, no place of the notice before it (not 湖滨县交通运输部门)
    ("a-national-field-department-is-one-body",
     "湖滨县公路管理办法\n第五条 国务院交通运输行政主管部门负责全国公路的监督管理。", {"国务院交通运输行政主管部门"}),
    # a place written before a list of short department names names them all, once (not 白河市白河市自然资源部门)
    ("a-place-before-a-short-list-is-not-doubled", "白河市自然资源、农牧等部门要开展灭鼠工作。",
     {"白河市自然资源部门", "白河市农牧部门"}),
    # a clause opening with 会同 names the partner of the subject before it, never a subject
    ("a-clause-opening-with-huitong-has-no-subject-of-its-own",
     "湖滨县\n县应急局负责组织抢险，会同县政府有关部门做好善后工作。", {"湖滨县应急局"}),
]


@pytest.mark.parametrize(("text", "bodies"), rows(RESPONSIBLE))
def test_bodies_responsible(text: str, bodies: set[str]) -> None:
    assert {h for h, _r, _t, *_ in facts(doc_of(text), R)} == bodies


# (id, a text cut short at its end, DUTY span texts): the broken last clause yields nothing, nor
# does a clause that only leads into it (要根据…目标，制定和组织实); a duty with a whole task
# before the cut stays
CUT_TAIL = [
    ("lead-in-before-the-cut", "二、工作要求\n县卫健局要加强培训，落实值班制度。县农业农村局要根据全年防控目标，制定和组织实",
     ["县卫健局要加强培训，落实值班制度"]),
    ("whole-clauses-before-the-cut", "二、工作要求\n县卫健局要加强培训，落实值班制度，做",
     ["县卫健局要加强培训，落实值班制度，做"]),
    # a one-clause line cut inside the units its 由 lists (the composition's verb never came): no
    # duty of the units named so far
    ("cut-inside-the-agent-list",
     "白河市人民政府办公室关于建立安全生产联席会议制度的通知\n一、主要职责\n研究部署全市安全生产工作。\n二、成员单位\n"
     "联席会议由市应急局、发展改革委、公安局、民政局、财政局、住建局、交通局、卫健委、市场监管局、白河机场安",
     ["研究部署全市安全生产工作"]),
    # near miss: a one-clause line cut after its verb (负责 a list of places) stays a duty
    ("cut-after-the-verb-stays",
     "白河市人民政府办公室关于做好消毒工作的通知\n二、工作要求\n"
     "县卫健局负责医疗机构、学校、托幼机构、养老机构、农贸市场的消毒指导和病例排查工作的组织协",
     ["县卫健局负责医疗机构、学校、托幼机构、养老机构、农贸市场的消毒指导和病例排查工作的组织协"]),
]


@pytest.mark.parametrize(("text", "duties"), rows(CUT_TAIL))
def test_cut_tail(text: str, duties: list[str]) -> None:
    assert spans_of(doc_of(text), "duties") == [("DUTY", d) for d in duties]
