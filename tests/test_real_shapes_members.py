"""Member-unit shapes seen in real notices, each in a short notice of our own (places and
units invented): composition lists with the place prefix dropped, short department names,
units by position, lists cut by the end of the text, units after the members' names,
post-only member lines, units whose heads are the members."""

from __future__ import annotations

import pytest

from extractor.graph import edges_of
from extractor.pipeline import extract_text


def _members(text: str) -> set[str]:
    g = extract_text(text, "t.txt")
    return {g.nodes[u]["name"] for u, _v, _d in edges_of(g, "member_unit_of")}


CASES = [
    (  # 委 carries over only to party organs; a unit named after the place keeps its name;
        # 城市管理和综合执法局 is one unit; units without a lexicon ending, by position
        "composition list",
        "关于建立桐江县防治艾滋病工作联席会议制度的通知\n"
        "联席会议由县卫生健康局、县委宣传部、统战部、残联、城市管理和综合执法局、桐江海关、"
        "东岭部队、桐江铁路南站等部门和单位组成。\n",
        {"桐江县卫生健康局", "桐江县委宣传部", "桐江县委统战部", "桐江县残联",
         "桐江县城市管理和综合执法局", "桐江海关", "东岭部队", "桐江铁路南站"},
    ),
    (  # a referral in the list's brackets (详见任务分工) names no unit
        "referral in the members' brackets",
        "关于成立白河市安全生产委员会的通知\n"
        "市安委会有关成员单位（详见任务分工）要认真研究制定本系统工作方案。\n",
        set(),
    ),
    (  # short department names with mixed separators
        "short names",
        "成立石门街道精神卫生工作领导小组,组长由办事处主任钱立担任,"
        "成员由综治、公安、民政,司法、残联等部门组成。\n",
        {"综治", "公安", "民政", "司法", "残联"},
    ),
    (  # the text ends inside the list: the last item may be cut mid-word
        "cut list",
        "关于同意建立防治地方病工作部际联席会议制度的批复\n"
        "联席会议由卫生健康委、教育部、财政部、水利部、农业农",
        {"卫生健康委", "教育部", "财政部", "水利部"},
    ),
    (  # 由…等行政部门组成的X机制: the mechanism is named after its composition
        "composed mechanism",
        "第三条 县人民政府建立由农业、卫生、公安等行政部门组成的犬只管理协调工作机制。\n",
        {"农业", "卫生", "公安"},
    ),
    (  # members named first, then units after 以及 with the prefix carried over
        "units after persons",
        "关于成立江南省鼠疫防控领导小组的通知\n"
        "领导小组成员由省政府副秘书长方华、吕东以及省委宣传部、省农业厅、卫生厅、交通\n",
        {"江南省委宣传部", "江南省农业厅", "江南省卫生厅"},
    ),
    (  # a 成员 line of posts without names: the units are the members
        "post-only member line",
        "关于成立东湖区水务局防汛工作领导小组的通知\n"
        "组  长:戴建平  区水务局局长\n"
        "成  员:局机关各科室科长(主任),局属各单位负责人\n",
        {"局机关各科室", "局属各单位"},
    ),
    (  # units whose heads are the members; a group that other bodies set up is not ours
        "heads as members",
        "关于印发山城县防治手足口病工作方案的通知\n"
        "(一)各村应成立由村主任任组长,村医任副组长的防治领导小组。\n"
        "(二)县防治领导小组设立防治指挥部,由县政府分管领导任总指挥,卫生、教育、财政等部门负责人任成员。\n",
        {"卫生", "教育", "财政"},
    ),
    (  # 成员司局包括…: the ministry's own bureaus; 由于 is no composition
        "internal bureaus",
        "卫生部关于做好防汛救灾工作的通知\n"
        "卫生部救灾防病领导小组已于近日恢复工作。成员司局包括卫生部办公厅、疾病控制司、医政司及规划财务司。"
        "由于工作变动等原因,领导小组成员需要调整的,由成员单位提出。\n",
        {"卫生部办公厅", "疾病控制司", "医政司", "规划财务司"},
    ),
    (  # 成员由A、B…等单位主要负责人组成: the clause's subject is the word 成员 (roster lines before it)
        "members clause after the roster",
        "关于建立青溪市尘肺病防治工作联席会议制度的通知\n"
        "一、联席会议架构\n"
        "总召集人:韩立(市委常委、副市长),召集人:罗明(市卫生局局长),"
        "成员由市卫生局、人社局、财政局、总工会等单位主要负责人组成。联席会议办公室设在市卫生局。\n",
        {"青溪市卫生局", "青溪市人社局", "青溪市财政局", "青溪市总工会"},
    ),
    (  # 成员单位由A、B组成 in a sentence of its own after the body's set-up sentence
        "member units clause",
        "关于成立河口县麻疹防控领导小组的通知\n"
        "成立河口县麻疹防控领导小组,统一指挥全县麻疹防控工作。成员单位由县教育局、县公安局组成。\n",
        {"河口县教育局", "河口县公安局"},
    ),
    (  # the text ends inside a 成员由 list: complete items only
        "members clause cut",
        "关于印发东林县突发事件应急预案的通知\n"
        "成立县突发事件应急领导小组,统一领导全县应急处置工作。组长由县人民政府分管副县长担任,"
        "副组长由县卫健局局长担任,成员由县委宣传部、发展改革局、教育局、民",
        {"东林县委宣传部", "东林县发展改革局", "东林县教育局"},
    ),
    (  # 成员单位根据需要确定,主要有A、B…: the list after 主要有, cut by the end of the text
        "member units mainly",
        "2.1 市防疫指挥部的组成\n"
        "成立市防疫指挥部,市卫生局局长担任副总指挥。指挥部成员单位根据处置工作需要确定,"
        "主要有市卫生局、市委宣传部、市外事办、南岭铁路局北站、市交通运输",
        {"市卫生局", "市委宣传部", "市外事办", "南岭铁路局北站"},
    ),
    (  # the city bureaus' branches in the district keep their names; 等部门及各X: one more unit
        "branches and a collective after the list",
        "关于建立西岭市南湖区防治结核病联席会议制度的通知\n"
        "联席会议由区委宣传部、区教育局、公安南湖分局、环保南湖分局等部门及各街道办事处组成。\n",
        {"南湖区委宣传部", "南湖区教育局", "公安南湖分局", "环保南湖分局", "各街道办事处"},
    ),
    (  # the units first: A、B、C为领导小组成员单位
        "units before 为成员单位",
        "关于成立青禾县狂犬病防控领导小组的通知\n"
        "县卫健局、县教育局、县财政局为领导小组成员单位。\n",
        {"青禾县卫健局", "青禾县教育局", "青禾县财政局"},
    ),
    (  # a heading 成员单位 with the units on the line below
        "units under a 成员单位 heading",
        "关于成立青禾县狂犬病防控领导小组的通知\n"
        "二、成员单位\n"
        "县卫健局、县教育局、县财政局、县公安局\n"
        "三、工作职责\n"
        "县卫健局负责疫苗供应。\n",
        {"青禾县卫健局", "青禾县教育局", "青禾县财政局", "青禾县公安局"},
    ),
    (  # 为成员单位 of another body: 各村…为村防控小组成员单位 is not the mechanism's
        "为成员单位 of another body",
        "关于成立青禾县狂犬病防控领导小组的通知\n"
        "各村卫生室、村小学为村级防控小组成员单位。\n",
        set(),
    ),
    (  # traditional characters; …等部门（单位）负责人为指挥部成员: the kind bracketed, the body before 成员
        "heads as members of the named body, traditional",
        "松嶺市人民政府關于印發松嶺市突發公共衛生事件應急預案的通知\n"
        "市人民政府設立松嶺市突發公共衛生事件應急指揮部,市人民政府分管副市長任指揮長,"
        "市委宣傳部、市教育局、市財政局、松嶺海關等部門(單位)負責人為指揮部成員。\n",
        {"松岭市委宣传部", "松岭市教育局", "松岭市财政局", "松岭海关"}  # names in simplified form,
    ),
    (  # 成员包括A、B…等单位分管负责同志, the line wrapped after a 、
        "members include, wrapped",
        "關于建立河西市殯葬管理工作聯席會議制度的通知\n"
        "聯席會議由分管民政工作的市領導擔任召集人。成員包括市委統戰部、市民政局、\n"
        "市林業局等單位分管負責同志。\n",
        {"河西市委统战部", "河西市民政局", "河西市林业局"},
    ),
    (  # news: 成员有N人，包括A、B、C的相关负责人: the members counted, then their units
        "members counted, then their units",
        "东江省成立防汛应急指挥部。指挥部成员有12人，包括东江省委宣传部、省水利厅、省公安厅治安局的相关负责人。\n",
        {"东江省委宣传部", "东江省水利厅", "东江省公安厅治安局"},
    ),
    (  # near-miss: 成员包括各有关单位的负责同志 (no count) names no unit
        "members include the heads of every unit",
        "关于成立北沙县流感防控领导小组的通知\n组长由副县长担任，成员包括各有关单位和各镇的负责同志。\n",
        set(),
    ),
    (  # 为工作组成员单位: a list of units that belong to the mechanism, not their heads'
        "heads list needs 成员 itself",
        "关于成立北沙县流感防控领导小组的通知\n"
        "县卫健局、县教育局等部门负责人为领导小组成员单位联络员。\n",
        set(),
    ),
    (  # 成员单位包括A、B…without 等 in a long paragraph; one-character place prefixes (旗/县) carry
        # the place; 各乡镇人民政府 is one unit (a place and its government), not 各乡镇 + a government
        "成员单位包括 with place prefixes",
        "关于建立松原旗养老服务工作机制的通知\n"
        "松原旗养老服务工作机制(以下简称工作机制)是推进养老服务的协调平台。工作机制主任由旗政府主要负责同志担任,"
        "成员由相关单位负责同志担任。成员单位包括旗委组织部、旗民政局、旗财政局,各苏木乡镇人民政府、旗城投集团。"
        "根据工作需要,适时增补成员单位。\n",
        {"松原旗委组织部", "松原旗民政局", "松原旗财政局", "各苏木乡镇人民政府", "松原旗城投集团"},
    ),
    (  # 成员单位为: …, the list cut by the end of the stored page: the cut item yields nothing
        "成员单位为 cut mid-item",
        "关于建立青河县托育服务工作机制的通知\n"
        "青河县托育服务工作机制（以下简称工作机制）负责统筹全县托育服务。成员单位为县卫健局、县教育局、"
        "县住建局、各乡镇人民政府、县市场监",
        {"青河县卫健局", "青河县教育局", "青河县住建局", "各乡镇人民政府"},
    ),
    (  # 建立联防联控工作机制: a way of working, not a body; its 成员单位 sentence names no member of ours
        "工作机制 as a way of working",
        "关于做好秋冬季防病工作的通知\n"
        "各地要建立联防联控工作机制,成员单位包括卫健、教育、农业等部门。\n",
        set(),
    ),
    (  # 由A、B、C等N个相关部门负责人组成 / 成员单位包括A、B、C等N个有关单位: the count and a word
        # between 个 and the kind keep the last unit
        "等N个相关部门",
        "关于建立西岭省康复工作联席会议制度的通知\n"
        "联席会议成员由省委宣传部、省编办、省财政厅等25个相关部门负责人组成。\n",
        {"西岭省委宣传部", "西岭省编办", "西岭省财政厅"},
    ),
    (
        "成员单位包括…等N个有关单位",
        "关于建立北塘市托育联席会议制度的通知\n"
        "联席会议成员单位包括市卫健委、市教育局、市人社局等9个有关单位。\n",
        {"北塘市卫健委", "北塘市教育局", "北塘市人社局"},
    ),
    (  # A、B…和C、D分管领导为联席会议成员 (no 等): 和 joins two units of the list; units without a
        # lexicon kind count by their ending
        "heads list joined by 和",
        "河阳市人民政府办公室关于建立噪声治理联席会议制度的通知\n"
        "联席会议由市政府分管副秘书长担任主任，市监察局、市市容局、市城建局和县区政府、"
        "高新区管委会分管领导为联席会议成员。\n",
        {"河阳市监察局", "河阳市市容局", "河阳市城建局", "县区政府", "高新区管委会"},
    ),
    (  # …等单位负责人为X指挥部的领导成员: the body named after 为 is the notice's mechanism
        "heads are the named body's leading members",
        "关于印发青川市森林防火预案的通知\n"
        "2.1 青川市森林防火指挥部\n"
        "市森林防火指挥部由分管副市长任总指挥。市林业局、市公安局、市气象局、青川电视台等单位负责人"
        "为市森林防火指挥部的领导成员。\n",
        {"青川市林业局", "青川市公安局", "青川市气象局", "青川电视台"},
    ),
    (  # …负责人为另一机构的成员: the heads sit in a body that is not the notice's
        "heads of another body's members",
        "关于成立白沙县禁毒工作领导小组的通知\n"
        "成立白沙县禁毒工作领导小组。县教育局、县民政局等单位负责人为县综治委成员。\n",
        set(),
    ),
    (  # 成员单位有A、B…等N个部门和单位，X为牵头单位: the count and kinds end the list before the comma
        "count and two kinds, then the lead",
        "关于建立北塘市托育服务联席会议制度的通知\n"
        "成员单位有市卫健委、市教育局、市人社局、北塘海关等12个部门和单位，市卫健委为牵头单位，"
        "联席会议成员为各成员单位的分管领导。\n",
        {"北塘市卫健委", "北塘市教育局", "北塘市人社局", "北塘海关"},
    ),
    (  # news of the body's meeting: the attending units' liaison officers make them its members
        "attendees with their liaison officers",
        "青禾县召开精神卫生综合管理工作领导小组会议\n"
        "会议在县卫健局召开，县综治办、县公安局、县民政局、县残联等部门和单位分管领导和联络员出席了会议。\n",
        {"青禾县综治办", "青禾县公安局", "青禾县民政局", "青禾县残联"},
    ),
    (  # the attendees counted before their kind (等13个部门), a unit's second name in brackets, the
        # heads, the offices' staff and the liaison officers
        "attendees counted, with liaison officers",
        "白川市召开职业病防治工作联席会议\n"
        "5月3日，会议在市卫健委召开。市卫健委、市人社局、市总工会、"
        "市应急局（市安监局）等4个部门分管领导、相关处室负责人及联络员参加了会议。\n",
        {"白川市卫健委", "白川市人社局", "白川市总工会", "白川市应急局"},
    ),
    (  # a count in Chinese digits and 单位, ASCII commas, 出席会议
        "attendees counted in Chinese digits",
        "青禾县召开禁毒工作领导小组全体会议\n"
        "会上,县公安局、县教育局、县卫健局等三个单位分管领导和联络员出席会议。\n",
        {"青禾县公安局", "青禾县教育局", "青禾县卫健局"},
    ),
    (  # a count with a space, 家 kinds written as 部门, 参会
        "attendees counted with a space",
        "红石区召开食品安全委员会全体会议\n"
        "区市场监管局、区农业农村局等 2 个部门分管负责人和联络员参会。\n",
        {"红石区市场监管局", "红石区农业农村局"},
    ),
    (  # counted with 家 (等12家单位)
        "attendees counted with 家",
        "红石区召开食品安全委员会全体会议\n"
        "区市场监管局、区农业农村局等12家单位分管负责人和联络员参会。\n",
        {"红石区市场监管局", "红石区农业农村局"},
    ),
    (  # near miss: counted attendees with no liaison officers and no later 各成员单位: who came, not the members
        "counted attendees only",
        "青禾县召开职业病防治工作联席会议\n"
        "县卫健局、县人社局、县总工会等3个部门负责同志参加会议。会议审议了年度工作要点。\n",
        set(),
    ),
    (  # attendees the notice then calls 各成员单位 (no 等; 和 before the last unit)
        "attendees called the members",
        "青禾县召开健康扶贫工作领导小组会议\n"
        "县民政局、县人社局、县医保局和县人民医院负责人参加会议。各成员单位负责人分别汇报了工作进展。\n",
        {"青禾县民政局", "青禾县人社局", "青禾县医保局", "青禾县人民医院"},
    ),
    (  # each working group's chairs, then its units (a section, a police squadron): the command has
        # no list of its own, its groups' units are its members
        "groups' units after their chairs",
        "关于调整青禾镇森林防火指挥部的通知\n总 指 挥：钱明 镇长\n"
        "（一）综合组\n副镇长孙立任组长，综合科、财政所为成员单位。\n"
        "（二）巡护组\n副镇长周全任组长，青禾派出所、青禾交警中队为成员单位。\n",
        {"综合科", "财政所", "青禾派出所", "青禾交警中队"},
    ),
    (  # a person's posts before the verb (…领导小组副组长某某出席了会议) are no list of units: the
        # member unit is the roster's
        "a person attends",
        "青禾县召开健康扶贫工作领导小组会议\n"
        "县政协副主席、县健康扶贫工作领导小组副组长钱明出席了会议。各成员单位负责人汇报了工作进展。\n",
        {"青禾县政协"},  # (the roster's unit: 钱明 is the group's deputy head)
    ),
    (  # attendees only: who came to the meeting, not who sits in the body
        "attendees only",
        "青禾县召开职业病防治工作联席会议\n"
        "县卫健局、县人社局、县总工会等有关单位负责同志参加会议。会议审议了年度工作要点。\n",
        set(),
    ),
    (  # 成员由…组成 of another body (a village's own group) is not the mechanism's
        "members clause of another body",
        "关于成立平川县水痘防控领导小组的通知\n"
        "成立平川县水痘防控领导小组。各村成立防控小组,成员由村医、村委会委员组成。\n",
        set(),
    ),
    (  # units, then (after 及) cadres of a kind as members: the units are member units, the cadres none
        "units and cadres as members",
        "关于印发青川镇动物防疫春季行动方案的通知\n"
        "镇成立由镇长马立为组长,分管副镇长孔华为副组长,财政所、农技站、经发办、派出所及各包村干部"
        "为成员的动物防疫春季行动领导小组。\n",
        {"财政所", "农技站", "经发办", "派出所"},
    ),
    (  # every item names people (干部, 代表): no member units
        "cadres only as members",
        "关于印发青川镇动物防疫春季行动方案的通知\n"
        "镇成立由镇长马立为组长,分管副镇长孔华为副组长,各包村干部及村民代表为成员的动物防疫春季行动领导小组。\n",
        set(),
    ),
    (  # the units attend beside each village's officers (各村X专干，A、B相关负责人参加会议): some of the
        # attendees, not the members, though the notice later speaks of 各成员单位
        "units among other attendees",
        "青川镇召开防溺水工作领导小组联席会议\n"
        "我镇召开防溺水工作领导小组联席会议,各村(社区)网格员,派出所、中心学校、应急办相关负责人参加会议。\n"
        "会议要求,防溺水工作领导小组各成员单位要做好巡查工作。\n",
        set(),
    ),
    (  # the units' heads open the sentence and the notice then calls them 各成员单位: member units
        "attending units later called members",
        "青川镇召开防溺水工作领导小组联席会议\n"
        "会议在镇政府会议室召开。派出所、中心学校、应急办相关负责人参加会议。\n"
        "会议要求,防溺水工作领导小组各成员单位要做好巡查工作。\n",
        {"派出所", "中心学校", "应急办"},
    ),
    (  # a level's party committee and government set up one body together (市委、市政府成立X):
        # X is the notice's mechanism, its 成员单位 list the member units
        "set up by the party committee and government",
        "关于云台市创建国家卫生城市工作的实施意见\n"
        "市委、市政府成立云台市创建国家卫生城市指挥部。\n"
        "成员单位:市纪委、市卫健委、市政府办公室\n",
        {"云台市纪委", "云台市卫健委", "云台市政府办公室"},
    ),
    (  # the units counted before their kind (等15个单位), their heads the members
        "counted units whose heads are members",
        "青山县人口普查工作有序推进\n"
        "我县于3月1日成立了青山县人口普查领导小组。由县委副书记、县长张某任组长，县委常委、常务副县长李某担任"
        "常务副组长，县政府办公室、县公安局、县统计局、市自然资源局青山分局、县财政局等15个单位的分管负责同志"
        "担任领导小组成员。领导小组办公室设在县统计局。\n",
        {"青山县政府办公室", "青山县公安局", "青山县统计局", "市自然资源局青山分局", "青山县财政局"},
    ),
    (  # governments of two levels each set up a body of a kind: no mechanism of the notice
        "set up by each level",
        "关于加强森林防火工作的意见\n"
        "市、县人民政府成立森林防火指挥部。\n"
        "成员单位:林业局、公安局、气象局\n",
        set(),
    ),
]


ROSTER_CASES = [
    (  # the deputies' units and a list of some units whose heads are members (等部门相关负责人N人为成员):
        # both sit in the body; the government that leads it does not
        "roster units and some units' heads",
        "关于成立云溪市欠薪治理工作领导小组的通知\n"
        "市政府副市长方明远任领导小组组长,副组长由市人社局局长陆平、市财政局副局长郑海燕担任,"
        "市委宣传部、市司法局等部门相关负责人12人为领导小组成员。\n",
        ["云溪市人社局", "云溪市财政局", "云溪市委宣传部", "云溪市司法局"],
    ),
    (  # the count first (成员有N人，包括A、B的相关负责人), more than the units named: the deputy's unit too
        "count first, some units' heads",
        "关于成立云溪市动物疫病应急指挥部的通知\n"
        "指挥部的指挥长由市政府副市长方明远担任,副指挥长是市农业局局长陆平。"
        "成员有14人,包括市委宣传部、市公安局的相关负责人。\n",
        ["云溪市农业局", "云溪市委宣传部", "云溪市公安局"],
    ),
    (  # the units whose heads are members without a count: the list names them all, the deputy's
        # unit is not added
        "roster units and all units' heads",
        "关于成立云溪市欠薪治理工作领导小组的通知\n"
        "市政府副市长方明远任领导小组组长,副组长由市人社局局长陆平担任,"
        "市委宣传部、市司法局、市财政局等部门负责人为领导小组成员。\n",
        ["云溪市委宣传部", "云溪市司法局", "云溪市财政局"],
    ),
    (  # a composition list of the units themselves (成员单位) decides: the deputies' units are not added
        "roster units and a member-unit list",
        "关于成立云溪市欠薪治理工作领导小组的通知\n"
        "市政府副市长方明远任领导小组组长,副组长由市人社局局长陆平担任,"
        "市委宣传部、市司法局等部门为领导小组成员单位。\n",
        ["云溪市委宣传部", "云溪市司法局"],
    ),
    (  # no unit list: the roster's units in order, each once; the government that leads, the
        # districts' governments and the party committee are no departments; a 委 of the party is one
        "roster, no list",
        "关于成立云溪市结核病防治工作领导小组的通知\n"
        "组  长:方明远 市政府副市长\n"
        "副组长:陆  平 市政府副秘书长\n"
        "郑海燕 市卫生局局长\n"
        "祁  东 青岗区副区长\n"
        "成  员:许  文 市卫生局副局长\n"
        "梁  慧 市委宣传部副部长\n"
        "钱  坤 城西区委副书记\n"
        "罗  军 市财政局副局长\n",
        ["云溪市卫生局", "云溪市委宣传部", "云溪市财政局"],
    ),
    (  # a national group: the State Council's posts lead it, the ministries sit in it
        "national roster",
        "国务院办公厅关于成立国务院血防工作协调小组的通知\n"
        "组  长:江  涛 国务院副总理\n"
        "副组长:米  兰 卫生部部长\n"
        "成  员:钟  山 水利部副部长\n"
        "白  云 农业部副部长\n",
        ["卫生部", "水利部", "农业部"],
    ),
    (  # prose roster (post before name): the units of the deputies and members
        "prose roster",
        "关于成立山海省流感防控指挥部的通知\n"
        "成立山海省流感防控指挥部,总指挥由严立副省长担任,副总指挥由省卫生厅厅长孔文、"
        "省政府副秘书长田歌担任,成员为省财政厅副厅长米兰、省教育厅厅长伍德。\n",
        ["山海省卫生厅", "山海省财政厅", "山海省教育厅"],
    ),
    (  # an expert's line (profession、institution and former post) names no member unit
        "experts' lines",
        "国务院办公厅关于调整国家课程委员会组成人员的通知\n"
        "主  任:江  涛 国务院副总理\n"
        "委  员:米  兰 教育部副部长\n"
        "钟  山 研究员、南岭省教育研究院原副院长\n"
        "白  云 教授、北川师范大学原校长\n",
        ["教育部"],
    ),
    (  # a composition list is the list: the roster adds nothing to it
        "list and roster",
        "关于建立河湾县食品安全联席会议制度的通知\n"
        "联席会议由县市场监管局、县卫生健康局、县教育局组成。\n"
        "召集人:唐  宁 县市场监管局局长\n"
        "成  员:葛  亮 县农业农村局副局长\n",
        ["河湾县市场监管局", "河湾县卫生健康局", "河湾县教育局"],
    ),
    (  # a bureau's own group, chaired by its head: its sections sit in it, not the bureau
        "a bureau's own group",
        "河湾县交通运输局关于成立安全生产工作领导小组的通知\n"
        "局机关各股室、局属各单位:\n"
        "经研究,成立县交通运输局安全生产工作领导小组。\n"
        "组  长:韦  东  县交通运输局局长\n"
        "成  员:局机关各股室股长,局属各单位负责人\n",
        ["局机关各股室", "局属各单位"],
    ),
    (  # prose, posts without persons: the units whose heads are the deputies (the text is cut)
        "units' heads as deputies",
        "关于加强全县慢性病防治工作的实施意见\n"
        "(一)建立协调机制。成立全县慢性病防治工作领导小组,由县分管领导任组长,"
        "县委组织部、县委统战部分管负责人、县卫健局主要负责人为副组长,县编",
        ["县委组织部", "县委统战部", "县卫健局"],
    ),
    (  # a roster, then the duties of some departments (部门职责): every unit of the roster sits in the body
        "roster and departments' duties",
        "一、成立青石县犬病防控指挥部\n"
        "指挥长:邹 平 县人民政府副县长\n"
        "副指挥长:田 野 县人民政府办公室主任\n"
        "成 员:马 力 县畜牧局局长\n"
        "韦 东 县公安局局长\n"
        "苗 青 县林业局局长\n"
        "二、部门职责\n"
        "县畜牧局:负责组织实施防控措施。\n"
        "县公安局:配合县畜牧局做好疫区封锁。\n",
        ["青石县人民政府办公室", "青石县畜牧局", "青石县公安局", "青石县林业局"],
    ),
    (  # the members' duties (成员单位职责) name the member units: the roster adds none
        "roster and members' duties",
        "一、成立青石县犬病防控指挥部\n"
        "指挥长:邹 平 县人民政府副县长\n"
        "副指挥长:田 野 县人民政府办公室主任\n"
        "成 员:马 力 县畜牧局局长\n"
        "韦 东 县公安局局长\n"
        "二、成员单位职责\n"
        "县畜牧局:负责组织实施防控措施。\n"
        "县公安局:配合县畜牧局做好疫区封锁。\n",
        ["青石县畜牧局", "青石县公安局"],
    ),
    (  # a double post whose first body is an assembly (市政协副主席、市发改委主任): the person sits
        # for the later post's department, not the assembly
        "assembly seat and a department",
        "关于成立白河市特色小镇建设领导小组的通知\n"
        "组 长:邹 平 市人民政府副市长\n"
        "成 员:钱立新 市政协副主席、市发改委主任\n"
        "韦 东 市水利局局长\n",
        ["市发改委", "市水利局"],
    ),
    (  # a division's paragraph on the body's own office (联席会议办公室职责：) names no member
        "office's duties beside the members'",
        "白河市人民政府关于建立白河市水源保护联席会议制度的通知\n"
        "一、联席会议的职责\n"
        "联席会议的职责是:负责指导全市水源保护工作;研究解决重大问题。\n"
        "二、联席会议成员\n"
        "召集人:邹 平 市人民政府副市长\n"
        "成 员:马 力 市水利局局长\n"
        "韦 东 市公安局局长\n"
        "联席会议办公室设在市水利局,由马力兼任办公室主任。\n"
        "联席会议办公室职责:协调落实联席会议确定的重大事项,负责联席会议日常工作;组织协调成员单位编制",
        ["白河市水利局", "白河市公安局"],
    ),
    (  # a post held by units in prose, towns and sub-districts among them (东城街道, 青石镇): the units
        # but the party committee and the government are the member units
        "units holding a post in prose, places among them",
        "关于成立青石县爱国卫生运动委员会的通知\n主任由县政府分管副县长担任，副主任由县委、县卫健委、"
        "东城街道、青石镇主要负责人担任。\n",
        ["青石县卫健委", "东城街道", "青石镇"],
    ),
    (  # a web page's title names the members' duties (X成员单位职责): the units of its division
        "members' duties in the title",
        "青石市无偿献血领导小组成员单位职责\n来源：青石献血网 发布时间：2020-03-02 10:00:00\n"
        "为推进无偿献血工作，制定本职责。\n一、市财政局\n负责落实无偿献血经费。\n"
        "二、市教育局\n负责在学校开展献血知识宣传。\n",
        ["青石市财政局", "青石市教育局"],
    ),
    (  # the liaison officers are every member's (各成员单位): no unit of its own
        "liaison of every member",
        "关于成立青禾县狂犬病防控领导小组的通知\n"
        "组长:王明 县人民政府副县长\n"
        "副组长:张三 县卫健局局长\n"
        "联络员:各成员单位分管科室负责人\n",
        ["青禾县卫健局"],
    ),
    (  # names without posts: no unit is written, none is guessed
        "names only",
        "关于成立柳林镇防汛指挥部的通知\n"
        "成立柳林镇防汛指挥部,由马德任指挥长,魏东、梁小燕任副指挥长,丁一凡、石磊为成员。\n",
        [],
    ),
]


@pytest.mark.parametrize(("label", "text", "units"), ROSTER_CASES, ids=[c[0] for c in ROSTER_CASES])
def test_member_units_from_the_roster(label: str, text: str, units: list[str]) -> None:
    g = extract_text(text, "t.txt")
    got = [g.nodes[u]["name"] for u, _v, _d in edges_of(g, "member_unit_of")]
    assert sorted(got) == sorted(units)


@pytest.mark.parametrize(("label", "text", "units"), CASES, ids=[c[0] for c in CASES])
def test_member_unit_shapes(label: str, text: str, units: set[str]) -> None:
    assert _members(text) == units
