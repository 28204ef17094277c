"""Duty divisions (duties/divisions.py, division_heads.py): ``县卫健局：负责…`` under
职责分工, one unit heading its numbered duties."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows, spans_of

R = "responsible_for"

# (id, notice, DUTY span texts in order, facts)
DIVISIONS = [
    # a numbered working group (or office), its roster lines, then its duties after a 职责： label
    # (工作职责：/ 主要职责：, full or half width), one per clause; on lines of their own or run on
    ("groups-with-roster-lines-then-labeled-duties",
     "白河镇疫苗接种工作方案\n二、工作组及职责\n领导小组下设三个工作组：\n（一）组织摸排组\n组长：各联村干部\n成员：各村两委成员\n"
     "职责：负责辖区人员摸排；做好预约登记。\n（二）医疗保障组\n组 长：\n成 员：\n职责：负责与接种单位沟通联系。\n",
     ["负责辖区人员摸排", "做好预约登记", "负责与接种单位沟通联系"],
     {("组织摸排组", R, "负责辖区人员摸排"), ("组织摸排组", R, "做好预约登记"), ("医疗保障组", R, "负责与接种单位沟通联系")}),
    # units and their duties run on in one line, a unit's name and colon opening a clause after the
    # last duty of the unit before (…；储备物资；文化站：…): that unit's duties from there
    ("next-unit-after-a-semicolon-in-a-run-on-line",
     "青山乡防汛应急预案\n三、成员单位职责\n民政办：组织救灾捐赠；储备救灾物资；文化站：组织防汛宣传；做好灾后文化服务。 派出所：维护灾区治安。\n",
     ["组织救灾捐赠", "储备救灾物资", "组织防汛宣传", "做好灾后文化服务", "维护灾区治安"],
     {("民政办", R, "组织救灾捐赠"), ("民政办", R, "储备救灾物资"), ("文化站", R, "组织防汛宣传"),
      ("文化站", R, "做好灾后文化服务"), ("派出所", R, "维护灾区治安")}),
    # a line 成员单位：A、B、C under the body's chairs lists who takes part: no duty of the label 成员单位
    ("member-units-label-listing-units-is-no-duty",
     "青山街道爱国卫生工作领导小组职责\n为做好爱国卫生工作，结合实际，明确职责如下。\n一、组织领导机构\n主任:王建国\n"
     "副主任:李明\n成员单位:党政办、卫健办、城管办、财政所、派出所\n二、各成员单位共同职责\n负责本单位的爱国卫生工作。\n",
     [],
     set()),
    # a mirror's later page opening with "[接上页] " before the first unit of the division
    ("first-unit-after-a-page-continued-label",
     "|\n[接上页] 白河市水务局:负责河道隐患的排查;及时为灾区提供生活用水。 白河市商务局:负责救灾物资的储备工作。\n",
     ["负责河道隐患的排查", "及时为灾区提供生活用水", "负责救灾物资的储备工作"],
     {("白河市水务局", R, "负责河道隐患的排查"), ("白河市水务局", R, "及时为灾区提供生活用水"),
      ("白河市商务局", R, "负责救灾物资的储备工作")}),
    # an emergency plan's military member units: 军分区 / 警备区 end a body's name as 局 does
    ("military-district-heads-its-duties",
     "白河市森林火灾应急预案\n三、成员单位职责\n（11）市卫生局：负责组织医务人员赴现场抢救伤员。\n"
     "（12）白河军分区：指挥民兵预备役部队参加火灾扑救工作。\n（13）青山警备区：负责协调驻军参加火灾扑救工作。\n"
     "（14）白河市民政局：负责受灾群众的生活救助。\n",
     ["负责组织医务人员赴现场抢救伤员", "指挥民兵预备役部队参加火灾扑救工作", "负责协调驻军参加火灾扑救工作",
      "负责受灾群众的生活救助"],
     {("白河市卫生局", R, "负责组织医务人员赴现场抢救伤员"), ("白河军分区", R, "指挥民兵预备役部队参加火灾扑救工作"),
      ("青山警备区", R, "负责协调驻军参加火灾扑救工作"), ("白河市民政局", R, "负责受灾群众的生活救助")}),
    # units no lexicon lists, one after the other, their duties opening with no duty verb: each the
    # sibling of the one before (read beside a listed unit), not only of a listed unit's line
    ("unlisted-units-in-a-row-each-the-sibling-of-the-one-before",
     "白河市森林火灾应急预案\n三、成员单位职责\n（11）市卫生局：负责组织医务人员赴现场抢救伤员。\n"
     "（12）白河军分区：指挥民兵预备役部队参加火灾扑救工作。\n（13）武警白河市支队：指挥所属部队支援森林火灾的扑救行动。\n",
     ["负责组织医务人员赴现场抢救伤员", "指挥民兵预备役部队参加火灾扑救工作", "指挥所属部队支援森林火灾的扑救行动"],
     {("白河市卫生局", R, "负责组织医务人员赴现场抢救伤员"), ("白河军分区", R, "指挥民兵预备役部队参加火灾扑救工作"),
      ("武警白河市支队", R, "指挥所属部队支援森林火灾的扑救行动")}),
    ("groups-and-labeled-duties-run-on-in-one-line",
     "白河街道疫情防控工作方案\n三、任务分工\n1、综合协调组。 工作职责:负责起草重要文件;每日汇总排查信息。 2、宣传组。 工作职责:负责宣传教育;做好舆情应对。\n",
     ["负责起草重要文件", "每日汇总排查信息", "负责宣传教育", "做好舆情应对"],
     {("综合协调组", R, "负责起草重要文件"), ("综合协调组", R, "每日汇总排查信息"),
      ("宣传组", R, "负责宣传教育"), ("宣传组", R, "做好舆情应对")}),
    ("run-on-groups-with-numbered-duties",
     "白河街道疫情防控工作方案\n三、任务分工\n1、综合协调组。 工作职责:1、负责起草重要文件;2、每日汇总排查信息。 2、宣传组。 工作职责:负责宣传教育;做好舆情应对。\n",
     ["负责起草重要文件", "每日汇总排查信息", "负责宣传教育", "做好舆情应对"],
     {("综合协调组", R, "负责起草重要文件"), ("综合协调组", R, "每日汇总排查信息"),
      ("宣传组", R, "负责宣传教育"), ("宣传组", R, "做好舆情应对")}),
    ("groups-with-main-duties-label",
     "白河县防汛工作方案\n二、工作组及职责\n1.抢险救援组\n副组长：县应急局分管负责人\n主要职责：组织抢险队伍；转移受困群众。\n"
     "2.后勤保障组\n主要职责：负责物资调配。\n",
     ["组织抢险队伍", "转移受困群众", "负责物资调配"],
     {("抢险救援组", R, "组织抢险队伍"), ("抢险救援组", R, "转移受困群众"), ("后勤保障组", R, "负责物资调配")}),
    # the officials who lead a group (牵头领导：… / 协助领导：…) stand between its name and its
    # 职责： label like its roster lines
    ("groups-with-leading-officials-then-labeled-duties",
     "白河区防汛工作安排\n一、抢险救援组\n牵头领导：王某、赵某\n协助领导：钱某\n主要职责：负责组织抢险队伍；转移受困群众。\n"
     "二、后勤保障组\n分管领导：孙某\n主要职责：负责物资调配。\n",
     ["负责组织抢险队伍", "转移受困群众", "负责物资调配"],
     {("抢险救援组", R, "负责组织抢险队伍"), ("抢险救援组", R, "转移受困群众"), ("后勤保障组", R, "负责物资调配")}),
    # a department type heading its numbered duties, named by its kind's former name
    # (安全生产监督管理部门, kinds.json 应急管理 short) as by its current one
    ("department-types-by-former-names-head-numbered-duties",
     "职业病防治职责分工\n一、安全生产监督管理部门\n（一）负责工矿企业职业健康监督检查。\n（二）组织查处职业病危害事故。\n"
     "二、卫生健康部门\n（一）负责职业病诊断机构的监督管理。\n",
     ["负责工矿企业职业健康监督检查", "组织查处职业病危害事故", "负责职业病诊断机构的监督管理"],
     {("安全生产监督管理部门", R, "负责工矿企业职业健康监督检查"), ("安全生产监督管理部门", R, "组织查处职业病危害事故"),
      ("卫生健康部门", R, "负责职业病诊断机构的监督管理")}),
    # （四）建设部门： alone, a department type no lexicon lists, heads its numbered duties below; a
    # numbered label naming no unit (（四）其他有关方面：) ends the unit above: its items are no one's
    ("unlisted-department-type-heads-its-numbered-duties",
     "白河市流动人口管理职责分工\n二、部门职责\n（三）工商部门：\n1、办理营业执照时查验婚育证明。\n（四）建设部门：\n"
     "1、加强对施工人员的管理。\n2、配合公安部门做好登记。\n",
     ["办理营业执照时查验婚育证明", "加强对施工人员的管理", "配合公安部门做好登记"],
     {("白河市工商部门", R, "办理营业执照时查验婚育证明"), ("白河市建设部门", R, "加强对施工人员的管理"),
      ("白河市建设部门", R, "配合公安部门做好登记", "role=support")}),
    ("label-naming-no-unit-ends-the-unit-above",
     "白河市流动人口管理职责分工\n二、部门职责\n（三）工商部门：\n1、办理营业执照时查验婚育证明。\n（四）其他有关方面：\n"
     "1、加强对施工人员的管理。\n",
     ["办理营业执照时查验婚育证明"],
     {("白河市工商部门", R, "办理营业执照时查验婚育证明")}),
    # a page run into one line: （三）X部门：1、…。 2、…。 （四）Y部门：1、…: each numbered item one duty of
    # the unit whose number and name head it (its sentences together), up to the next unit's number
    ("run-on-numbered-units-with-numbered-duties",
     "白河市流动人口管理职责分工\n[接上页] 2、做好登记。 （三）工商部门：1、办理营业执照时查验婚育证明。 "
     "2、实行信息共享制度。每月通报办照情况。 （四）建设（房管）部门：1、加强对施工人员的管理。 2、配合公安部门做好登记。\n",
     ["办理营业执照时查验婚育证明", "实行信息共享制度。每月通报办照情况", "加强对施工人员的管理", "配合公安部门做好登记"],
     {("白河市工商部门", R, "办理营业执照时查验婚育证明"), ("白河市工商部门", R, "实行信息共享制度。每月通报办照情况"),
      ("白河市建设（房管）部门", R, "加强对施工人员的管理"), ("白河市建设（房管）部门", R, "配合公安部门做好登记", "role=support")}),
    # a bare 办公室 is the office the notice set up; with none set up, no body is known
    ("bare-office-is-the-mechanisms-office",
     "白河镇疫情防控工作方案\n成立镇疫情防控领导小组，领导小组下设办公室。\n二、各组成员及职责\n1、 办公室\n主 任：\n"
     "职责：承担领导小组日常工作；负责起草工作方案。\n",
     ["承担领导小组日常工作", "负责起草工作方案"],
     {("镇疫情防控领导小组办公室", R, "承担领导小组日常工作"), ("镇疫情防控领导小组办公室", R, "负责起草工作方案")}),
    # the mechanism itself heading its 职责： (1、领导小组) is its remit, no unit's duties
    ("mechanism-heading-its-labeled-remit",
     "白河镇疫情防控工作方案\n一、成立镇疫情防控领导小组\n二、各组成员及职责\n1、领导小组\n组长：张三\n副组长：李四\n"
     "职责：负责全镇疫情防控工作的统一领导；研究解决重大问题。\n2、综合协调组\n职责：负责会议组织；做好信息报送。\n",
     ["负责会议组织", "做好信息报送"],
     {("综合协调组", R, "负责会议组织"), ("综合协调组", R, "做好信息报送")}),
    ("bare-office-with-no-office-set-up",
     "白河镇疫情防控工作方案\n二、各组成员及职责\n1、 办公室\n主 任：\n职责：承担日常工作；负责起草工作方案。\n",
     [], set()),
    ("unit-colon-duties-numbered-subheads",
     "三、职责分工\n（一）县卫健局：负责全县结核病防治工作的组织协调和技术指导；做好患者发现和治疗管理。\n"
     "（二）县教体局：负责学校结核病防控工作，落实新生入学体检。\n（三）县医保局：将符合条件的结核病患者纳入门诊慢特病保障。\n",
     ["负责全县结核病防治工作的组织协调和技术指导", "做好患者发现和治疗管理", "负责学校结核病防控工作，落实新生入学体检",
      "将符合条件的结核病患者纳入门诊慢特病保障"],
     {("县卫健局", R, "负责全县结核病防治工作的组织协调和技术指导"), ("县卫健局", R, "做好患者发现和治疗管理"),
      ("县教体局", R, "负责学校结核病防控工作，落实新生入学体检"), ("县医保局", R, "将符合条件的结核病患者纳入门诊慢特病保障")}),
    ("unit-spaces-duty",
     "成员单位职责\n县民政局  负责将符合条件的贫困患者纳入救助范围。\n县财政局  负责落实防治经费。\n",
     ["负责将符合条件的贫困患者纳入救助范围", "负责落实防治经费"],
     {("县民政局", R, "负责将符合条件的贫困患者纳入救助范围"), ("县财政局", R, "负责落实防治经费")}),
    ("one-unit-heads-its-numbered-duties",
     "五、成员单位职责\n（一）县卫健局\n1.负责制定全县布病防治规划。\n2.组织开展病例诊断和治疗。\n",
     ["负责制定全县布病防治规划", "组织开展病例诊断和治疗"],
     {("县卫健局", R, "负责制定全县布病防治规划"), ("县卫健局", R, "组织开展病例诊断和治疗")}),
    ("units-head-their-numbered-duties",
     "五、成员单位职责\n（一）县卫健局\n1.负责制定全县布病防治规划。\n2.组织开展病例诊断和治疗。\n（二）县农业农村局\n1.负责畜间布病监测。\n",
     ["负责制定全县布病防治规划", "组织开展病例诊断和治疗", "负责畜间布病监测"],
     {("县卫健局", R, "负责制定全县布病防治规划"), ("县卫健局", R, "组织开展病例诊断和治疗"),
      ("县农业农村局", R, "负责畜间布病监测")}),
    # a numbered unit no lexicon lists, by its form (its closing full stop dropped), heads the
    # duty line below it when that line opens with a duty verb
    ("numbered-unlisted-units-head-the-duty-line-below",
     "2.3成员职责。\n（1）青山县水文站。\n负责汛期水情的监测和预报工作。\n（2）青山县供电公司。\n负责抢险现场的电力保障。\n",
     ["负责汛期水情的监测和预报工作", "负责抢险现场的电力保障"],
     {("青山县水文站", R, "负责汛期水情的监测和预报工作"), ("青山县供电公司", R, "负责抢险现场的电力保障")}),
    ("numbered-unlisted-unit-without-full-stop",
     "内设机构及职能\n1. 档案处\n负责机关文书档案的收集和管理；承担档案查阅服务。\n",
     ["负责机关文书档案的收集和管理", "承担档案查阅服务"],
     {("档案处", R, "负责机关文书档案的收集和管理"), ("档案处", R, "承担档案查阅服务")}),
    # the line below opens with no duty verb: no duty of the unit above
    ("numbered-name-above-a-paragraph-without-duty-verb",
     "（1）青山县水文站。\n汛期水情的监测结果要及时上报。\n",
     [], set()),
    # the notice also writes the body as a department (白河市水文部门): unsure which body is meant
    ("numbered-unlisted-unit-also-written-as-a-department",
     "（1）白河市水文局。\n负责汛期水情的监测和预报工作。\n白河市水文部门要加强值班。\n",
     ["白河市水文部门要加强值班"], {("白河市水文部门", R, "白河市水文部门要加强值班")}),
    # a numbered working group before a colon heads its duties however they open; a mechanism's
    # name (X领导小组) does not
    ("numbered-groups-colon-duties",
     "3.明确各工作组职责\n（1）宣传组：开展防疫知识宣传，提高师生防护意识。\n（2）后勤组：做好防疫物资的储备和发放。\n",
     ["开展防疫知识宣传，提高师生防护意识", "做好防疫物资的储备和发放"],
     {("宣传组", R, "开展防疫知识宣传，提高师生防护意识"), ("后勤组", R, "做好防疫物资的储备和发放")}),
    ("numbered-mechanism-name-colon-is-no-group-head",
     "（1）防疫工作领导小组：开展防疫知识宣传，提高师生防护意识。\n",
     [], set()),
    # 参与组织…: the unit takes part in its own right, no supporting role
    ("takes-part-in-a-division", "四、部门职责\n县农业农村局：参与组织疫区群众的宣传工作。\n",
     ["参与组织疫区群众的宣传工作"], {("县农业农村局", R, "参与组织疫区群众的宣传工作")}),
    ("support-cue-in-a-division",
     "四、部门职责\n县公安局：协助卫健部门做好密切接触者追踪工作。\n",
     ["协助卫健部门做好密切接触者追踪工作"],
     {("县公安局", R, "协助卫健部门做好密切接触者追踪工作", "role=support")}),
    # 负责协助… / 负责配合…: the unit's charge is to support, the same role as a clause opening with 协助
    ("charged-to-support-in-a-division",
     "四、部门职责\n青山县教育局：负责学校晨检；负责协助县卫健局做好学生接种组织工作。\n",
     ["负责学校晨检", "负责协助县卫健局做好学生接种组织工作"],
     {("青山县教育局", R, "负责学校晨检"), ("青山县教育局", R, "负责协助县卫健局做好学生接种组织工作", "role=support")}),
    # a clause opening with 与/同 the partner, then 配合: the unit supports (not 协调配合: it coordinates)
    ("support-with-a-partner-in-a-division",
     "四、部门职责\n红石区农业局：负责动物疫病监测；与卫生等有关部门配合做好人畜共患病防治工作。\n红石区教育局：同红石区卫健局密切配合做好校园疫情处置。\n红石区交通局：与红石区卫健局协调配合做好运输保障。\n",
     ["负责动物疫病监测", "与卫生等有关部门配合做好人畜共患病防治工作", "同红石区卫健局密切配合做好校园疫情处置", "与红石区卫健局协调配合做好运输保障"],
     {("红石区农业局", R, "负责动物疫病监测"), ("红石区农业局", R, "与卫生等有关部门配合做好人畜共患病防治工作", "role=support"),
      ("红石区教育局", R, "同红石区卫健局密切配合做好校园疫情处置", "role=support"), ("红石区交通局", R, "与红石区卫健局协调配合做好运输保障")}),
    ("second-name-in-brackets",
     "县农业农村局（县乡村振兴局）：负责畜间布病防治，做好家畜免疫和检疫。\n",
     ["负责畜间布病防治，做好家畜免疫和检疫"],
     {("县农业农村局", R, "负责畜间布病防治，做好家畜免疫和检疫")}),
    ("two-units-one-division",
           "四、部门职责\n县卫健局、县疾控中心：负责疫情监测、流调和处置。\n",
           ["负责疫情监测、流调和处置"],
           {("县卫健局", R, "负责疫情监测、流调和处置"), ("县疾控中心", R, "负责疫情监测、流调和处置")}),
    # a clause naming who holds the unit's posts (某某任组长，A、B为成员单位 / 由某某为组长 / two
    # people, then 任副组长) is no duty; the duties after it stay; 为第一责任人 is no post
    ("staffing-clauses-in-a-division-are-no-duties",
     "白河县鼠疫防控方案\n三、职责分工\n县卫健局：副局长张明任组长，疾控科、医政科为成员单位；负责全县鼠疫监测。\n"
     "县林草局：由副局长李强为组长，林政股、防疫站为成员；做好鼠情监测。\n"
     "县教育局：办公室主任王伟，安全股股长赵刚任副组长；负责学校晨检，校长为第一责任人。\n",
     ["负责全县鼠疫监测", "做好鼠情监测", "负责学校晨检，校长为第一责任人"],
     {("白河县卫健局", R, "负责全县鼠疫监测"), ("白河县林草局", R, "做好鼠情监测"),
      ("白河县教育局", R, "负责学校晨检，校长为第一责任人")}),
]

# a heading naming a unit, then its duties' label or its make-up (职责 / 主要职责 / 工作职责 / （由A、B组成）),
# heads the numbered items below it up to the next heading; a heading on a body and its duties
# (指挥体系及职责), a bare group word (工作组职责分工) or an office (办公室职责) heads nothing, and
# such a heading over a paragraph that is no duty line gives it nothing
DIVISIONS += [
    ("numbered-unit-heading-with-its-duties-label",
     "青山县防疫工作方案\n三、职责分工\n（一）县卫生健康局职责\n1、负责疫情监测。\n2、组织医疗救治。\n（二）县教育局职责\n1、做好学校防控。\n",
     ["负责疫情监测", "组织医疗救治", "做好学校防控"],
     {("青山县卫生健康局", R, "负责疫情监测"), ("青山县卫生健康局", R, "组织医疗救治"), ("青山县教育局", R, "做好学校防控")}),
    ("unit-heading-with-main-duties-label-over-bracketed-items",
     "青山县防疫工作方案\n三、职责分工\n县卫生健康局主要职责\n（1）负责疫情监测。\n（2）组织医疗救治。\n县教育局主要职责\n（1）做好学校防控。\n",
     ["负责疫情监测", "组织医疗救治", "做好学校防控"],
     {("青山县卫生健康局", R, "负责疫情监测"), ("青山县卫生健康局", R, "组织医疗救治"), ("青山县教育局", R, "做好学校防控")}),
    ("group-heading-with-its-make-up-in-brackets",
     "青山县防疫工作方案\n（一）宣传组（由县委宣传部、县文旅局组成）\n1.负责舆情监测。\n2.组织新闻发布。\n"
     "（二）医疗组（由县卫生健康局、县医院组成）\n1.负责病人救治。\n",
     ["负责舆情监测", "组织新闻发布", "负责病人救治"],
     {("宣传组", R, "负责舆情监测"), ("宣传组", R, "组织新闻发布"), ("医疗组", R, "负责病人救治")}),
    # two sections of one centre, each heading its items: the second's are its own
    ("two-sections-of-one-centre-head-their-items",
     "白河市疾病预防控制中心职责分工\n（一）白河市疾控中心地方病科\n1.承担全市碘缺乏病防治任务。\n2.建立碘盐监测系统。\n"
     "（二）白河市疾控中心免疫科\n1.负责全市免疫规划工作。\n",
     ["承担全市碘缺乏病防治任务", "建立碘盐监测系统", "负责全市免疫规划工作"],
     {("白河市疾控中心地方病科", R, "承担全市碘缺乏病防治任务"), ("白河市疾控中心地方病科", R, "建立碘盐监测系统"),
      ("白河市疾控中心免疫科", R, "负责全市免疫规划工作")}),
    # a unit alone on its line with a colon heads the duty line below it, also when the next
    # unit's head follows within a few characters (a colon there is no label in the duty line)
    ("colon-heads-each-over-a-short-duty-line",
     "青山县防疫工作方案\n三、职责分工\n县卫生健康局：\n负责疫情监测，组织医疗救治。\n县教育局：\n负责学校防控，做好晨检。\n",
     ["负责疫情监测，组织医疗救治", "负责学校防控，做好晨检"],
     {("青山县卫生健康局", R, "负责疫情监测，组织医疗救治"), ("青山县教育局", R, "负责学校防控，做好晨检")}),
    # a numbered unit heading over topic headings of a deeper numbering: the unit is the subject
    # of every item up to the next heading of its level; the topics are no duties; another unit's
    # numbered heading ends the unit's part
    ("unit-heading-over-topic-headings-up-to-the-next-of-its-level",
     "青山县防疫工作方案\n一、县卫生健康局职责\n（一）疫情监测\n1.负责疫情监测报告。\n2.组织流行病学调查。\n"
     "（二）医疗救治\n1.组织医疗救治。\n二、县教育局职责\n（一）学校防控\n1.做好学校晨检。\n",
     ["负责疫情监测报告", "组织流行病学调查", "组织医疗救治", "做好学校晨检"],
     {("青山县卫生健康局", R, "负责疫情监测报告"), ("青山县卫生健康局", R, "组织流行病学调查"),
      ("青山县卫生健康局", R, "组织医疗救治"), ("青山县教育局", R, "做好学校晨检")}),
    ("unit-heading-over-topics-ends-at-a-sub-unit-heading",
     "青山县防疫工作方案\n一、县卫生健康局\n（一）疫情监测\n1.负责疫情监测报告。\n（二）县疾控中心\n1.开展流行病学调查。\n",
     ["负责疫情监测报告", "开展流行病学调查"],
     {("青山县卫生健康局", R, "负责疫情监测报告"), ("青山县疾控中心", R, "开展流行病学调查")}),
    # a list of unit headings numbered alike (two sure ones at least; a sibling by its body's
    # ending, 机要科): each heads all its paragraphs up to the next heading; a roster line ends it
    ("unit-headings-each-over-several-paragraphs",
     "白河市卫生健康委员会办公室内设机构职责\n1. 秘书科\n负责委机关日常值班安排。\n各类文件的传阅、登记、催办；负责收文登记。\n"
     "代行办公室对下属单位的联络工作。\n2. 机要科\n负责机要文件的接收、登记。\n3. 行政科\n日常行政管理和后勤服务工作。\n"
     "负责人\n主任 王某某\n",
     ["负责委机关日常值班安排", "各类文件的传阅、登记、催办", "负责收文登记", "代行办公室对下属单位的联络工作",
      "负责机要文件的接收、登记", "日常行政管理和后勤服务工作"],
     {("秘书科", R, "负责委机关日常值班安排"), ("秘书科", R, "各类文件的传阅、登记、催办"), ("秘书科", R, "负责收文登记"),
      ("秘书科", R, "代行办公室对下属单位的联络工作"), ("机要科", R, "负责机要文件的接收、登记"),
      ("行政科", R, "日常行政管理和后勤服务工作")}),
    # a table copied one cell a line with a lone bar between cells: the unit's cell heads the duty
    # cell after the bar; the cells after it (a law's article, a case) are no duty of it
    ("unit-cell-and-duty-cell-between-lone-bars",
     "青山县职业卫生监管职责边界清单\n1\n|\n职业卫生监管\n|\n县卫生健康局\n|\n负责职业病诊断机构的认定，组织职业病危害事故的医疗救治。\n|\n"
     "《职业病防治法》第三十八条。\n|\n县应急管理局\n|\n负责用人单位职业卫生监督检查工作。\n|\n",
     ["负责职业病诊断机构的认定，组织职业病危害事故的医疗救治", "负责用人单位职业卫生监督检查工作"],
     {("青山县卫生健康局", R, "负责职业病诊断机构的认定，组织职业病危害事故的医疗救治"),
      ("青山县应急管理局", R, "负责用人单位职业卫生监督检查工作")}),
    # a line naming a unit, then a lead-in to its list (负责： / 要： / 的职责是： / 主要职责包括：): the
    # numbered items below are its duties
    ("unit-with-a-lead-in-to-its-numbered-list",
     "青山县防疫工作方案\n三、职责分工\n（一）县卫生健康局负责：\n1.疫情监测报告。\n2.组织流行病学调查。\n"
     "（二）县教育局要：\n1.做好学校晨检。\n县市场监管局的职责是：\n1.加强农贸市场检查。\n",
     ["疫情监测报告", "组织流行病学调查", "做好学校晨检", "加强农贸市场检查"],
     {("青山县卫生健康局", R, "疫情监测报告"), ("青山县卫生健康局", R, "组织流行病学调查"),
      ("青山县教育局", R, "做好学校晨检"), ("青山县市场监管局", R, "加强农贸市场检查")}),
    # a page titled with one unit's duties: each numbered item (on its line, or run on in one line
    # under topic headings) is one duty of the unit; 配合… items support
    ("page-titled-with-a-units-duties-its-items",
     "白河市疾病预防控制中心\n免疫规划科工作职责\n发布时间：2020-01-01 一、 免疫规划 1、 承担全市免疫规划工作，制订接种方案。 "
     "2、 建立预防接种信息系统。 二、 疫苗管理 1、 配合市场监管部门做好疫苗流通监管。\n",
     ["承担全市免疫规划工作，制订接种方案", "建立预防接种信息系统", "配合市场监管部门做好疫苗流通监管"],
     {("免疫规划科", R, "承担全市免疫规划工作，制订接种方案"), ("免疫规划科", R, "建立预防接种信息系统"),
      ("免疫规划科", R, "配合市场监管部门做好疫苗流通监管", "role=support")}),
    # a page titled with an office's duties whose items are numbered 一、 二、 (no 1、 items): one
    # duty a numbered line
    ("page-titled-with-an-offices-duties-its-chinese-numbered-lines",
     "白河县防汛指挥部办公室工作职责\n发布时间：2020-01-01\n一、贯彻执行防汛工作的各项政策,拟订防汛管理制度。\n"
     "二、指导全县各乡镇防汛工作。\n三、承担县防汛指挥部交办的其他工作。\n",
     ["贯彻执行防汛工作的各项政策,拟订防汛管理制度", "指导全县各乡镇防汛工作", "承担县防汛指挥部交办的其他工作"],
     {("白河县防汛指挥部办公室", R, "贯彻执行防汛工作的各项政策，拟订防汛管理制度"),
      ("白河县防汛指挥部办公室", R, "指导全县各乡镇防汛工作"),
      ("白河县防汛指挥部办公室", R, "承担县防汛指挥部交办的其他工作")}),
    ("page-titled-with-a-mechanisms-duties-gives-no-units-duties",
     "白河市爱国卫生运动委员会职责\n1、统筹全市爱国卫生工作。\n2、组织卫生城市创建。\n",
     [], set()),
    # a numbered item under a unit whose text runs on over unnumbered lines after a ；: the lines
    # are the item's (one duty per sentence), and the unit heads the items after them
    ("item-lines-running-on-after-a-semicolon",
     "白河市职业健康职责分工\n一、卫生健康部门\n（一）负责拟订职业病防治规划；\n组织开展职业病防治宣传教育工作。\n"
     "（二）组织开展重点职业病监测；\n依法履行职业病诊断监管职责。\n（三）负责职业健康检查机构的监督管理。\n",
     ["负责拟订职业病防治规划；\n组织开展职业病防治宣传教育工作", "组织开展重点职业病监测；\n依法履行职业病诊断监管职责",
      "负责职业健康检查机构的监督管理"],
     {("白河市卫生健康部门", R, "负责拟订职业病防治规划；\n组织开展职业病防治宣传教育工作"),
      ("白河市卫生健康部门", R, "组织开展重点职业病监测；\n依法履行职业病诊断监管职责"),
      ("白河市卫生健康部门", R, "负责职业健康检查机构的监督管理")}),
    # units each alone on a line with a colon inside a numbered section: each heads all its
    # paragraphs up to the next such unit, a numbered line or a heading
    ("colon-units-each-over-several-paragraphs",
     "青山县防疫工作方案\n三、职责分工\n县卫生健康局：\n负责疫情监测和报告工作。\n组织医疗救治，做好物资储备。\n县教育局：\n"
     "负责学校防控工作，落实晨检制度。\n督促学校做好通风消毒。\n四、工作要求\n（一）加强协作，形成合力。\n",
     ["负责疫情监测和报告工作", "组织医疗救治，做好物资储备", "负责学校防控工作，落实晨检制度", "督促学校做好通风消毒"],
     {("青山县卫生健康局", R, "负责疫情监测和报告工作"), ("青山县卫生健康局", R, "组织医疗救治，做好物资储备"),
      ("青山县教育局", R, "负责学校防控工作，落实晨检制度"), ("青山县教育局", R, "督促学校做好通风消毒")}),
    # a unit heading set in brackets (【县卫健局】), with a note on its part (（牵头单位）: its role), or
    # with a duties label alone on the line below it (主要职责：): it heads the numbered items below
    ("bracketed-unit-headings",
     "青山县防疫工作方案\n三、职责分工\n【县卫生健康局】\n1.负责疫情监测报告。\n2.组织流行病学调查。\n【县教育局】\n1.做好学校晨检工作。\n",
     ["负责疫情监测报告", "组织流行病学调查", "做好学校晨检工作"],
     {("青山县卫生健康局", R, "负责疫情监测报告"), ("青山县卫生健康局", R, "组织流行病学调查"), ("青山县教育局", R, "做好学校晨检工作")}),
    ("unit-headings-with-a-note-on-their-part",
     "青山县防疫工作方案\n三、职责分工\n（一）县卫生健康局（牵头单位）\n1.负责疫情监测报告。\n（二）县教育局（配合单位）\n1.做好学校晨检工作。\n",
     ["负责疫情监测报告", "做好学校晨检工作"],
     {("青山县卫生健康局", R, "负责疫情监测报告", "role=lead"), ("青山县教育局", R, "做好学校晨检工作", "role=support")}),
    ("unit-heading-then-a-duties-label-line",
     "青山县防疫工作方案\n三、职责分工\n（一）县卫生健康局\n主要职责：\n1.负责疫情监测报告。\n2.组织流行病学调查。\n"
     "（二）县教育局\n主要职责：\n1.做好学校晨检工作。\n",
     ["负责疫情监测报告", "组织流行病学调查", "做好学校晨检工作"],
     {("青山县卫生健康局", R, "负责疫情监测报告"), ("青山县卫生健康局", R, "组织流行病学调查"), ("青山县教育局", R, "做好学校晨检工作")}),
    # a heading of the unit's own level ends its part: a name of a body's form (no lexicon lists it)
    # heads the items below it in turn; another heading (（三）工作要求) heads nothing
    ("next-heading-of-the-units-level-ends-its-part",
     "白河市疾病预防控制中心科室职责\n（一）地方病科\n1.承担全市碘缺乏病防治任务。\n2.建立碘盐监测系统。\n"
     "（二）免疫规划科\n1.负责全市免疫规划工作。\n（三）工作要求\n1.按时报送工作总结。\n",
     ["承担全市碘缺乏病防治任务", "建立碘盐监测系统", "负责全市免疫规划工作"],
     {("地方病科", R, "承担全市碘缺乏病防治任务"), ("地方病科", R, "建立碘盐监测系统"), ("免疫规划科", R, "负责全市免疫规划工作")}),
    # a section heading naming a unit over short numbered duties (each under ten characters): the
    # unit's, up to the next section (二、保障措施: no unit, its items no one's division)
    ("section-unit-heading-over-short-numbered-duties",
     "青山县防疫工作方案\n一、县卫生健康局\n（一）负责疫情监测报告。\n（二）组织流行病学调查。\n二、保障措施\n"
     "（一）加强组织领导，落实工作责任。\n",
     ["负责疫情监测报告", "组织流行病学调查"],
     {("青山县卫生健康局", R, "负责疫情监测报告"), ("青山县卫生健康局", R, "组织流行病学调查")}),
    # a plan's units numbered in decimal levels (2.3.6 市水务局：…): numbered unit heads, their
    # duties one a clause; a decimal heading without a unit (1.2 等级划分) heads nothing
    ("units-numbered-in-decimal-levels",
     "白河市火灾事故应急预案\n1.2 等级划分\n2.3 成员单位职责\n2.3.6 市水务局:负责提供河道情况,评估险情;组织抢险人员。\n"
     "2.3.7 市卫生局: 负责组织救护车辆;统计人员伤亡情况。\n",
     ["负责提供河道情况,评估险情", "组织抢险人员", "负责组织救护车辆", "统计人员伤亡情况"],
     {("白河市水务局", R, "负责提供河道情况，评估险情"), ("白河市水务局", R, "组织抢险人员"),
      ("白河市卫生局", R, "负责组织救护车辆"), ("白河市卫生局", R, "统计人员伤亡情况")}),
    # a heading naming a unit's 工作责任 (for 职责) heads the paragraph below: one duty a sentence
    ("unit-heading-with-work-responsibility-noun",
     "白河市医疗保险工作方案\n二、工作责任\n(一)各县(区)政府工作责任。\n"
     "负责按时完成本地居民参保工作目标,逐步提高待遇水平。保证不因医疗保障问题引发群体性事件。\n",
     ["负责按时完成本地居民参保工作目标,逐步提高待遇水平", "保证不因医疗保障问题引发群体性事件"],
     {("各县（区）政府", R, "负责按时完成本地居民参保工作目标，逐步提高待遇水平"),
      ("各县（区）政府", R, "保证不因医疗保障问题引发群体性事件")}),
    # a group's 成员单位： list closing with 等部门 is a list of units, no duty of a unit 成员单位
    ("member-list-closing-with-its-kind-is-no-division",
     "白河省环境治理工作方案\n(二)大气污染防治专项小组设在省环境保护厅,组长由王某兼任。"
     "成员单位:省发展改革委、省农委、省国资委、省质监局等部门。\n"
     "(三)水污染防治专项小组设在省环境保护厅,组长由王某兼任。成员单位:省发展改革委、省农委。\n",
     [], set()),
    # a department named by its kind's former name (劳动和社会保障, kinds.json 人力资源社会保障 short)
    # opens its piece of a paragraph under a heading naming the departments
    ("department-by-a-former-kind-name-opens-its-piece",
     "白河市医疗保险工作方案\n二、工作责任\n(二)市有关部门工作责任。\n"
     "市劳动和社会保障部门负责制订全市医疗保障制度;市财政部门负责补助资金的筹集。\n",
     ["市劳动和社会保障部门负责制订全市医疗保障制度", "市财政部门负责补助资金的筹集"],
     {("白河市劳动和社会保障部门", R, "市劳动和社会保障部门负责制订全市医疗保障制度"),
      ("白河市财政部门", R, "市财政部门负责补助资金的筹集")}),
    # a section heading naming a unit and its duties label, closed by a full stop, its duties run on
    # after it (一、X主要职责。…；…): a unit a lexicon lists, one of a body's form, a kind at a level
    ("unit-and-duties-label-then-a-full-stop-then-its-duties",
     "青山县人民政府办公室关于明确镇村工作职责的通知\n各镇人民政府:\n现将各单位职责明确如下:\n"
     "一、县卫健局主要职责。贯彻执行防疫工作的政策;负责镇级防疫管理工作。\n"
     "二、镇妇幼保健服务站主要职责。承担本辖区内妇女保健工作;负责疫苗接种。\n"
     "三、镇政府主要职责。负责全镇防疫统计工作。\n",
     ["贯彻执行防疫工作的政策", "负责镇级防疫管理工作", "承担本辖区内妇女保健工作", "负责疫苗接种", "负责全镇防疫统计工作"],
     {("青山县卫健局", R, "贯彻执行防疫工作的政策"), ("青山县卫健局", R, "负责镇级防疫管理工作"),
      ("镇妇幼保健服务站", R, "承担本辖区内妇女保健工作"), ("镇妇幼保健服务站", R, "负责疫苗接种"),
      ("镇政府", R, "负责全镇防疫统计工作")}),
    # a heading that sets units up (综合设置行政机构: a verb and its object) names no unit
    ("heading-that-sets-up-units-heads-nothing",
     "白河市乡镇机构改革方案\n（二）综合设置行政机构\n1.综合设置行政机构。乡镇只设党委、政府领导机构。\n2.乡镇内设机构职能\n",
     [], set()),
    ("bare-group-word-with-duties-label-heads-nothing",
     "青山县防疫工作方案\n二、工作组职责分工\n1、负责各组的联络沟通。\n",
     [], set()),
    # a unit's text whose clauses close on a state reached (…已完成；…完成40%) reports its progress: no duty
    ("progress-note-after-a-unit-is-no-duty",
     "白河市2021年民生实事\n落实情况\n  1.白河市妇幼保健院:围墙及临时设施已完成;管网迁移已完成;地基工程完成40%。\n",
     [], set()),
    # a duty that will complete something (确保年底前完成) is still a duty
    ("completing-later-is-still-a-duty",
     "白河市2021年民生实事\n进度安排\n  1.白河市妇幼保健院:推进门诊楼建设;确保年底前完成主体工程。\n",
     ["推进门诊楼建设", "确保年底前完成主体工程"],
     {("白河市妇幼保健院", R, "推进门诊楼建设"), ("白河市妇幼保健院", R, "确保年底前完成主体工程")}),
]


@pytest.mark.parametrize(("text", "duties", "expected"), rows(DIVISIONS))
def test_divisions(text: str, duties: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert spans_of(doc, "duties") == [("DUTY", d) for d in duties]
    assert facts(doc, R) == expected


M = "青山县结核病防治工作领导小组"
MT = f"关于成立{M}的通知\n"


def test_a_duty_span_is_its_entity_and_evidence() -> None:
    text = "三、职责分工\n县卫健局：负责全县鼠疫监测。\n县林草局：负责鼠情监测和灭鼠工作。\n"
    doc = doc_of(text)
    for sp in doc.spans["duties"]:
        ent = doc._.entities[sp.kb_id_]
        assert ent["type"] == "duty" and ent["text"] == sp.text
        assert text[sp.start_char : sp.end_char] == sp.text
    heads = {doc._.entities[r["head"]]["name"] for r in doc._.relations if r["relation"] == R}
    assert heads == {"县卫健局", "县林草局"}


# (id, notice, member_unit_of facts): a plan's division under a decimal heading naming the members
# (2.3 X成员单位与职责): its units are the mechanism's members; a heading naming none gives none
DECIMAL_MEMBERS = [
    ("units-under-a-decimal-members-heading",
     "白河市危险化学品事故应急预案\n2.2 综合协调指挥机构\n市安委会办公室设在市应急管理局。\n2.3 市安委会成员单位与职责\n"
     "市水务局:负责提供河道情况;组织抢险人员。\n市卫生局:负责组织救护车辆;统计人员伤亡情况。\n",
     {("白河市水务局", "member_unit_of", "市安委会"), ("白河市卫生局", "member_unit_of", "市安委会")}),
    ("units-under-a-decimal-heading-naming-no-members",
     "白河市危险化学品事故应急预案\n2.2 综合协调指挥机构\n市安委会办公室设在市应急管理局。\n2.3 应急处置分工\n"
     "市水务局:负责提供河道情况;组织抢险人员。\n市卫生局:负责组织救护车辆;统计人员伤亡情况。\n",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), rows(DECIMAL_MEMBERS))
def test_decimal_members_heading(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), "member_unit_of") == expected
