"""Roster lines (extractor/match/roster/labeled_lines.py, person_lines.py): role labels,
name then post, post then name, padded labels and names, tables under a 姓名 column."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows, spans_of

from . import ROLES, TITLE, G

# (id, notice, PERSON span texts in order, facts)
ROSTERS = [
    ("name-then-post-padded",
     TITLE + "组  长：王建国  县人民政府副县长\n副组长：李  明  县卫健局局长\n        陈  刚  县林草局局长\n"
     "成  员：欧阳娜  县疾控中心主任\n联络员：周  敏  县卫健局疾控股股长\n",
     ["王建国", "李  明", "陈  刚", "欧阳娜", "周  敏"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长"),
      ("李明", "deputy_leader_of", G), ("李明", "holds_post", "青山县卫健局", "title=局长"),
      ("陈刚", "deputy_leader_of", G), ("陈刚", "holds_post", "青山县林草局", "title=局长"),
      ("欧阳娜", "member_of", G), ("欧阳娜", "holds_post", "青山县疾控中心", "title=主任"),
      ("周敏", "liaison_of", G), ("周敏", "holds_post", "青山县卫健局", "title=疾控股股长")}),
    ("post-then-name-full-width-spaces",
     TITLE + "组　长：县人民政府副县长　　张建国\n成　员：县公安局副局长　　　李　强\n　　　　县农业农村局副局长　赵丽萍\n",
     ["张建国", "李\u3000强", "赵丽萍"],
     {("张建国", "leader_of", G), ("张建国", "holds_post", "青山县人民政府", "title=副县长"),
      ("李强", "member_of", G), ("李强", "holds_post", "青山县公安局", "title=副局长"),
      ("赵丽萍", "member_of", G), ("赵丽萍", "holds_post", "青山县农业农村局", "title=副局长")}),
    ("unit-alone-in-brackets",  # 县委政研室, 农行青山支行: a unit by its ending, no title
     TITLE + "组长：王建国（县人民政府副县长）\n成员：李明（县委政研室）\n陈刚（农行青山支行）\n",
     ["王建国", "李明", "陈刚"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长"),
      ("李明", "member_of", G), ("李明", "holds_post", "青山县委政研室"),
      ("陈刚", "member_of", G), ("陈刚", "holds_post", "农行青山支行")}),
    ("an-expert-group-list-is-not-the-mechanism-roster",  # 附件2 X专家组成员名单: that group's own 组长
     TITLE + "组  长：王建国  县人民政府副县长\n附件2\n鼠疫防控专家组成员名单\n组  长：李  明  县人民医院院长\n"
     "副组长：陈  刚  县疾控中心主任\n",
     ["王建国"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长")}),
    ("post-in-brackets",
     TITLE + "组长：王建国（县人民政府副县长）\n副组长：李  明（县卫健局局长）、陈  刚（县林草局局长）\n",
     ["王建国", "李  明", "陈  刚"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长"),
      ("李明", "deputy_leader_of", G), ("李明", "holds_post", "青山县卫健局", "title=局长"),
      ("陈刚", "deputy_leader_of", G), ("陈刚", "holds_post", "青山县林草局", "title=局长")}),
    ("convener-and-members-of-joint-meeting",
     "青山县麻风病防治工作联席会议成员名单\n召集人：马  骏   县人民政府副县长\n副召集人：冯  丽   县卫健局局长\n"
     "成员：\n何  平   县民政局副局长\n吕  洋   县残联理事长\n",
     ["马  骏", "冯  丽", "何  平", "吕  洋"],
     {("马骏", "convener_of", "青山县麻风病防治工作联席会议"), ("马骏", "holds_post", "青山县人民政府", "title=副县长"),
      ("冯丽", "deputy_convener_of", "青山县麻风病防治工作联席会议"), ("冯丽", "holds_post", "青山县卫健局", "title=局长"),
      ("何平", "member_of", "青山县麻风病防治工作联席会议"), ("何平", "holds_post", "青山县民政局", "title=副局长"),
      ("吕洋", "member_of", "青山县麻风病防治工作联席会议"), ("吕洋", "holds_post", "青山县残联", "title=理事长")}),
    ("traditional-characters",
     "關於成立青山縣鼠疫防控領導小組的通知\n組  長：王建國  縣人民政府副縣長\n成  員：趙小紅  縣教體局副局長\n",
     ["王建國", "趙小紅"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长"),
      ("赵小红", "member_of", G), ("赵小红", "holds_post", "青山县教体局", "title=副局长")}),
    ("minority-and-compound-surnames",
     TITLE + "组  长：王建国  县人民政府副县长\n成  员：阿依古丽·买买提  县妇联主席\n        司马南  县教体局副局长\n",
     ["王建国", "阿依古丽·买买提", "司马南"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长"),
      ("阿依古丽·买买提", "member_of", G), ("阿依古丽·买买提", "holds_post", "青山县妇联", "title=主席"),
      ("司马南", "member_of", G), ("司马南", "holds_post", "青山县教体局", "title=副局长")}),
    ("long-names-with-a-middle-dot",  # a transcribed name may pass 8 characters (6 + · + 3)
     TITLE + "组长：王建国（县人民政府副县长）\n成员：阿不都热依木·艾买尔（县农业农村局党组副书记、局长）\n"
     "买买提·阿不力孜江（县林草局局长）\n",
     ["王建国", "阿不都热依木·艾买尔", "买买提·阿不力孜江"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长"),
      ("阿不都热依木·艾买尔", "member_of", G),
      ("阿不都热依木·艾买尔", "holds_post", "青山县农业农村局", "title=党组副书记、局长"),
      ("买买提·阿不力孜江", "member_of", G), ("买买提·阿不力孜江", "holds_post", "青山县林草局", "title=局长")}),
    ("no-roster", TITLE + "各乡镇要做好鼠疫防控宣传。\n", [], set()),
    ("padded-role-labels",  # labels padded with spaces inside (召 集 人, 联 络 员)
           "青山县麻风病防治工作联席会议成员名单\n召 集 人：马  骏   县人民政府副县长\n联 络 员：夏  雪   县卫健局医政股负责人\n",
           ["马  骏", "夏  雪"],
           {("马骏", "convener_of", "青山县麻风病防治工作联席会议"), ("马骏", "holds_post", "青山县人民政府", "title=副县长"),
            ("夏雪", "liaison_of", "青山县麻风病防治工作联席会议"),
            ("夏雪", "holds_post", "青山县卫健局", "title=医政股负责人")}),
    ("name-unit-post-table",  # a 姓名/单位/职务 table with no role column: members
           "关于成立青山县结核病防治工作领导小组的通知\n领导小组成员名单\n姓名\t单位\t职务\n韩冰\t县卫健局\t局长\n曹阳\t县教体局\t副局长\n",
           ["韩冰", "曹阳"],
           {("韩冰", "member_of", "青山县结核病防治工作领导小组"), ("韩冰", "holds_post", "青山县卫健局", "title=局长"),
            ("曹阳", "member_of", "青山县结核病防治工作领导小组"), ("曹阳", "holds_post", "青山县教体局", "title=副局长")}),
    ("name-run-into-post",  # no separator between the name (2 or 3 characters) and the post
           TITLE + "组长：韩冰县人民政府副县长\n副组长：曹阳县卫健局局长\n成员：孟繁星县教体局副局长\n"
           "        唐丽县渔政管理站站长\n",
           ["韩冰", "曹阳", "孟繁星", "唐丽"],
           {("韩冰", "leader_of", G), ("韩冰", "holds_post", "青山县人民政府", "title=副县长"),
            ("曹阳", "deputy_leader_of", G), ("曹阳", "holds_post", "青山县卫健局", "title=局长"),
            ("孟繁星", "member_of", G), ("孟繁星", "holds_post", "青山县教体局", "title=副局长"),
            ("唐丽", "member_of", G), ("唐丽", "holds_post", "青山县渔政管理站", "title=站长")}),
    ("township-post-first",  # post first, then the name (桃源镇人民政府镇长 张宇)
           "关于调整桃源镇狂犬病防治工作领导小组成员的通知\n组长：桃源镇人民政府镇长 张宇\n副组长：桃源镇卫生院院长 刘涛\n",
           ["张宇", "刘涛"],
           {("张宇", "leader_of", "桃源镇狂犬病防治工作领导小组"), ("张宇", "holds_post", "桃源镇人民政府", "title=镇长"),
            ("刘涛", "deputy_leader_of", "桃源镇狂犬病防治工作领导小组"),
            ("刘涛", "holds_post", "桃源镇卫生院", "title=院长")}),
    ("town-heads-bare-under-a-mechanism-named-after-places",  # 镇长 / 副镇长 alone: the town (after 市, 区) government
     "关于调整青州市东山区桃源镇防汛抗旱指挥部的通知\n总指挥：张宇 镇长\n副总指挥：刘涛 副镇长\n王 丽 副镇长、桃源派出所所长\n",
     ["张宇", "刘涛", "王 丽"],
     {("张宇", "leader_of", "青州市东山区桃源镇防汛抗旱指挥部"), ("张宇", "holds_post", "桃源镇人民政府", "title=镇长"),
      ("刘涛", "deputy_leader_of", "青州市东山区桃源镇防汛抗旱指挥部"), ("刘涛", "holds_post", "桃源镇人民政府", "title=副镇长"),
      ("王丽", "deputy_leader_of", "青州市东山区桃源镇防汛抗旱指挥部"),
      ("王丽", "holds_post", "桃源镇人民政府", "title=副镇长、桃源派出所所长")}),
    ("township-heads-bare-double-post-under-province-city-township",  # 副乡长、X院长: the first post's government
     "江北省青州市西岭乡狂犬病防控领导小组成员名单\n组  长：张宇  乡长\n副组长：刘涛  副乡长、西岭乡卫生院院长\n"
     "成  员：王丽  西岭乡卫生院院长\n",
     ["张宇", "刘涛", "王丽"],
     {("张宇", "leader_of", "江北省青州市西岭乡狂犬病防控领导小组"), ("张宇", "holds_post", "西岭乡人民政府", "title=乡长"),
      ("刘涛", "deputy_leader_of", "江北省青州市西岭乡狂犬病防控领导小组"),
      ("刘涛", "holds_post", "西岭乡人民政府", "title=副乡长、西岭乡卫生院院长"),
      ("王丽", "member_of", "江北省青州市西岭乡狂犬病防控领导小组"), ("王丽", "holds_post", "西岭乡卫生院", "title=院长")}),
    ("town-heads-bare-traditional",  # 鎮長 / 副鎮長、…所長
     "关于调整青州市东山区桃源镇防汛抗旱指挥部的通知\n总指挥：張宇 鎮長\n副總指揮：劉濤 副鎮長、桃源派出所所長\n",
     ["張宇", "劉濤"],
     {("张宇", "leader_of", "青州市东山区桃源镇防汛抗旱指挥部"), ("张宇", "holds_post", "桃源镇人民政府", "title=镇长"),
      ("刘涛", "deputy_leader_of", "青州市东山区桃源镇防汛抗旱指挥部"), ("刘涛", "holds_post", "桃源镇人民政府", "title=副镇长、桃源派出所所长")}),
    ("town-heads-bare-no-place-named",  # near-miss: no town named anywhere, no body (and no 派出所所 cut)
     "关于成立防汛抗旱指挥部的通知\n总指挥：张宇 镇长\n副总指挥：刘涛 副镇长、桃源派出所所长\n",
     ["张宇", "刘涛"],
     {("张宇", "leader_of", "防汛抗旱指挥部", "title=镇长"),
      ("刘涛", "deputy_leader_of", "防汛抗旱指挥部", "title=副镇长、桃源派出所所长")}),
    ("bare-posts-not-the-town-head",  # near-miss: 主任、… first, a county head in a town's body: no body
     "关于调整青州市东山区桃源镇防汛抗旱指挥部的通知\n总指挥：张宇 主任、桃源派出所所长\n副总指挥：刘涛 副县长\n",
     ["张宇", "刘涛"],
     {("张宇", "leader_of", "青州市东山区桃源镇防汛抗旱指挥部", "title=主任、桃源派出所所长"),
      ("刘涛", "deputy_leader_of", "青州市东山区桃源镇防汛抗旱指挥部", "title=副县长")}),
    ("names-without-posts-under-a-label",  # 副组长：甲 / 乙 / 丙（unit）: 乙 has no post, the next line is an entry
     TITLE + "组    长：李文钢\n副组长：冯 镭\n沈 慧\n何洪明（县纪委）\n成    员：巫振江（县府办）\n",
     ["李文钢", "冯 镭", "沈 慧", "何洪明", "巫振江"],
     {("李文钢", "leader_of", G), ("冯镭", "deputy_leader_of", G), ("沈慧", "deputy_leader_of", G),
      ("何洪明", "deputy_leader_of", G), ("何洪明", "holds_post", "青山县纪委"),
      ("巫振江", "member_of", G), ("巫振江", "holds_post", "青山县府办")}),
    ("two-glued-entries-run-together",  # 甲某X办公室主任 / 乙某省残联副理事长 read as one line: two people
     "关于成立青山省残疾人抽样调查领导小组的通知\n组长：王建国省政府副省长\n成员：宋明旺省委宣传部副部长\n"
     "黄伟瑶省妇女儿童工作委员会办公室主任\n李继新省残联副理事长\n",
     ["王建国", "宋明旺", "黄伟瑶", "李继新"],
     {("王建国", "leader_of", "青山省残疾人抽样调查领导小组"), ("王建国", "holds_post", "青山省人民政府", "title=副省长"),
      ("宋明旺", "member_of", "青山省残疾人抽样调查领导小组"), ("宋明旺", "holds_post", "青山省委宣传部", "title=副部长"),
      ("黄伟瑶", "member_of", "青山省残疾人抽样调查领导小组"),
      ("黄伟瑶", "holds_post", "青山省妇女儿童工作委员会办公室", "title=主任"),
      ("李继新", "member_of", "青山省残疾人抽样调查领导小组"), ("李继新", "holds_post", "青山省残联", "title=副理事长")}),
    ("names-apart-by-spaces",  # 组长：甲 乙: two bare names; 吴 敏 one padded name; 孙 cut where the text ends
     TITLE + "组  长：王建国 张宝庭\n组  员：周一平 吴 敏 孙 ",
     ["王建国", "张宝庭", "周一平", "吴 敏"],
     {("王建国", "leader_of", G), ("张宝庭", "leader_of", G), ("周一平", "member_of", G), ("吴敏", "member_of", G)}),
    ("secretary-first-double-post",  # 县委副书记、县长: the committee written first; 县委常委、常务副县长: the government
     TITLE + "组  长：王建国 县委副书记、县长\n副组长：赵强 县委常委、常务副县长\n",
     ["王建国", "赵强"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "县委", "title=副书记、县长"),
      ("赵强", "deputy_leader_of", G), ("赵强", "holds_post", "青山县人民政府", "title=县委常委、常务副县长")}),
    ("bare-party-committee-secretary",  # 党委副书记、镇长 in a town's group: the town's party committee
     "关于成立青山镇鼠疫防控领导小组的通知\n组  长：王建国 党委副书记、镇长\n",
     ["王建国"],
     {("王建国", "leader_of", "青山镇鼠疫防控领导小组"), ("王建国", "holds_post", "党委", "title=副书记、镇长")}),
    ("general-office-is-a-body",  # 省委办公厅副厅长, 省卫健委办公厅副主任: the 办公厅 is the unit
     "关于成立青山省控烟工作领导小组的通知\n组长：省委办公厅副厅长李明、省卫健委办公厅副主任陈刚\n",
     ["李明", "陈刚"],
     {("李明", "leader_of", "青山省控烟工作领导小组"), ("李明", "holds_post", "青山省委办公厅", "title=副厅长"),
      ("陈刚", "leader_of", "青山省控烟工作领导小组"), ("陈刚", "holds_post", "青山省卫健委办公厅", "title=副主任")}),
    ("party-office-only-after-a-party-committee",  # 县委办公室: a body; 县卫健局办公室主任: the bureau's title
     TITLE + "副组长：孙丽 县委办公室副主任\n        陈刚 县卫健局办公室主任\n",
     ["孙丽", "陈刚"],
     {("孙丽", "deputy_leader_of", G), ("孙丽", "holds_post", "青山县委办公室", "title=副主任"),
      ("陈刚", "deputy_leader_of", G), ("陈刚", "holds_post", "青山县卫健局", "title=办公室主任")}),
    ("deputy-title-shares-the-body-before",  # 县政府秘书长甲、副秘书长乙: the government written once
     TITLE + "副组长：县政府秘书长王建国、副秘书长李明、纪检组长陈刚\n",
     ["王建国", "李明", "陈刚"],
     {("王建国", "deputy_leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=秘书长"),
      ("李明", "deputy_leader_of", G), ("李明", "holds_post", "青山县人民政府", "title=副秘书长"),
      ("陈刚", "deputy_leader_of", G, "title=纪检组长")}),  # another head: no body shared
    ("infobox-label-then-name-and-post",  # 副主任 甲（post）: a label, a space, a name, its post in brackets
     "关于调整青山县爱国卫生运动委员会组成人员的通知\n主要领导\n主任 王建国（县人民政府副县长）\n副主任 李明（县卫健局局长）\n"
     "陈刚（县教育局局长）\n办公室主任 赵强（县卫健局副局长）\n",
     ["王建国", "李明", "陈刚"],
     {("王建国", "leader_of", "青山县爱国卫生运动委员会"), ("王建国", "holds_post", "青山县人民政府", "title=副县长"),
      ("李明", "deputy_leader_of", "青山县爱国卫生运动委员会"), ("李明", "holds_post", "青山县卫健局", "title=局长"),
      ("陈刚", "deputy_leader_of", "青山县爱国卫生运动委员会"), ("陈刚", "holds_post", "青山县教育局", "title=局长")}),
    ("a-bare-name-over-a-heading-is-nobody",  # 组长：甲 / 乙 / 二、工作职责: 乙 is no entry without a post or entry below
     TITLE + "组长：王建国 县人民政府副县长\n李明\n二、工作职责\n",
     ["王建国"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长")}),
    ("a-village-organ-belongs-to-the-title",  # 村党支部书记, 村委会主任: the village is the unit
     TITLE + "组长：王建国（县人民政府副县长）\n成员：李明（石桥村党支部副书记）\n陈刚（柳溪村党支部书记、村委会主任）\n"
     "赵丽（杏花村村委会主任）\n",
     ["王建国", "李明", "陈刚", "赵丽"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县人民政府", "title=副县长"),
      ("李明", "member_of", G), ("李明", "holds_post", "石桥村", "title=党支部副书记"),
      ("陈刚", "member_of", G), ("陈刚", "holds_post", "柳溪村", "title=党支部书记、村委会主任"),
      ("赵丽", "member_of", G), ("赵丽", "holds_post", "杏花村", "title=村委会主任")}),
    ("one-line-labels-with-units-in-brackets",  # 组长：甲（县政府） 副组长：乙（县司法局） 丙（县卫生局） 县公安局…为成员
     "为做好鼠疫防控工作，县政府决定成立青山县鼠疫防控领导小组。现将领导小组成员名单公布如下： 组长：王建国（县政府） "
     "副组长：李明（县司法局） 赵刚（县卫生局） 县公安局、县财政局等单位分管领导为领导小组成员。领导小组下设办公室。\n",
     ["王建国", "李明", "赵刚"],
     {("王建国", "leader_of", G), ("王建国", "holds_post", "青山县政府"),
      ("李明", "deputy_leader_of", G), ("李明", "holds_post", "青山县司法局"),
      ("赵刚", "deputy_leader_of", G), ("赵刚", "holds_post", "青山县卫生局")}),
    ("committee-chair-labels-padded",  # 主 任 委 员 / 副主任委员: a committee's chair and vice-chairs
     "关于成立白河市水利建设委员会的通知\n主 任 委 员: 王建国 白河市人民政府市长\n"
     "副主任委员: 李明强 白河市人民政府副市长\n陈  刚 白河市人大常委会副主任\n成 员: 赵小红 白河市水利局局长\n",
     ["王建国", "李明强", "陈  刚", "赵小红"],
     {("王建国", "leader_of", "白河市水利建设委员会"), ("王建国", "holds_post", "白河市人民政府", "title=市长"),
      ("李明强", "deputy_leader_of", "白河市水利建设委员会"), ("李明强", "holds_post", "白河市人民政府", "title=副市长"),
      ("陈刚", "deputy_leader_of", "白河市水利建设委员会"), ("陈刚", "holds_post", "白河市人大常委会", "title=副主任"),
      ("赵小红", "member_of", "白河市水利建设委员会"), ("赵小红", "holds_post", "白河市水利局", "title=局长")}),
    ("bare-head-title-in-the-government-the-notice-writes",  # 副市长 alone; the notice writes 市政府 (市政府副秘书长)
     "关于建立市河道保洁工作联席会议制度的通知\n市政府决定建立市河道保洁工作联席会议制度。\n召集人:王建国 副市长\n"
     "成 员:李  明 市政府副秘书长\n陈  刚 市水务局副局长\n",
     ["王建国", "李  明", "陈  刚"],
     {("王建国", "convener_of", "市河道保洁工作联席会议"), ("王建国", "holds_post", "市人民政府", "title=副市长"),
      ("李明", "member_of", "市河道保洁工作联席会议"), ("李明", "holds_post", "市人民政府", "title=副秘书长"),
      ("陈刚", "member_of", "市河道保洁工作联席会议"), ("陈刚", "holds_post", "市水务局", "title=副局长")}),
    ("bare-head-title-with-only-a-list-of-governments",  # 各县人民政府: not the notice's own; 副县长 keeps no body
     "关于建立县河道保洁工作联席会议制度的通知\n各县人民政府：\n召集人:王建国 副县长\n成 员:陈  刚 县水务局副局长\n",
     ["王建国", "陈  刚"],
     {("王建国", "convener_of", "县河道保洁工作联席会议", "title=副县长"),
      ("陈刚", "member_of", "县河道保洁工作联席会议"), ("陈刚", "holds_post", "县水务局", "title=副局长")}),
    ("government-commission-written-after-its-government",  # 市政府国资委副主任: the commission is the body
     "关于建立白河市职业教育工作联席会议制度的通知\n召集人：王建国 白河市人民政府副市长\n成  员：李  明 市政府国资委副主任\n"
     "陈  刚 市政府副秘书长\n",
     ["王建国", "李  明", "陈  刚"],
     {("王建国", "convener_of", "白河市职业教育工作联席会议"), ("王建国", "holds_post", "白河市人民政府", "title=副市长"),
      ("李明", "member_of", "白河市职业教育工作联席会议"), ("李明", "holds_post", "白河市政府国资委", "title=副主任"),
      ("陈刚", "member_of", "白河市职业教育工作联席会议"), ("陈刚", "holds_post", "白河市人民政府", "title=副秘书长")}),
    ("bank-branch-written-after-its-bank",  # 人民银行市分行行长: the branch is the body, 行长 the title
     "关于建立白河市职业教育工作联席会议制度的通知\n召集人：王建国 白河市人民政府副市长\n成  员：孙  平 人民银行市分行行长\n",
     ["王建国", "孙  平"],
     {("王建国", "convener_of", "白河市职业教育工作联席会议"), ("王建国", "holds_post", "白河市人民政府", "title=副市长"),
      ("孙平", "member_of", "白河市职业教育工作联席会议"), ("孙平", "holds_post", "人民银行市分行", "title=行长")}),
]


@pytest.mark.parametrize(("text", "people", "expected"), rows(ROSTERS))
def test_roster(text: str, people: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert spans_of(doc, "people") == [("PERSON", p) for p in people]
    assert facts(doc, *ROLES) == expected


def test_a_person_span_names_its_entity() -> None:
    doc = doc_of(TITLE + "组  长：王建国  县人民政府副县长\n成  员：李  明  县卫健局局长\n")
    got = {sp.text: (sp.kb_id_, doc._.entities[sp.kb_id_]["name"]) for sp in doc.spans["people"]}
    assert got == {"王建国": ("person:王建国/青山县人民政府", "王建国"), "李  明": ("person:李明/青山县卫健局", "李明")}


# (id, roster lines, the units holding a leader's post without a named person)
UNIT_LINES = [
    ("a-deputys-unit-line",  # 副组长：县卫健局主要负责同志: the bureau's head, no name
     TITLE + "组长：县政府副县长 王建国\n副组长：县卫健局主要负责同志\n成员：县财政局、县公安局\n",
     {("青山县卫健局", "deputy_leader_unit_of", G, "title=主要负责同志")}),
    ("a-vague-leader-line",  # 组长：县政府主要领导: 领导 names no post
     TITLE + "组长：县政府主要领导\n成员：县财政局、县公安局\n",
     set()),
    ("a-governments-post-line",  # 组长：县政府分管副县长: 分管 before the head's title, no name
     TITLE + "组长：县政府分管副县长\n成员：县财政局、县公安局\n",
     {("青山县人民政府", "leader_unit_of", G, "title=分管副县长")}),
    ("a-qualified-post-with-a-name-is-a-persons",  # 组长：县政府分管副县长 王建国: the person's post
     TITLE + "组长：县政府分管副县长 王建国\n成员：县财政局、县公安局\n",
     set()),
    ("two-units-posts-on-a-deputies-line",  # 副组长：协调X工作的县政府副主任、县卫健局主要负责同志: both units' heads
     TITLE + "组长：县政府副县长 王建国\n副组长：协调卫生工作的县政府办公室副主任、县卫健局主要负责同志\n成员：县财政局、县公安局\n",
     {("青山县政府办公室", "deputy_leader_unit_of", G, "title=协调卫生工作的县政府办公室副主任"),
      ("青山县卫健局", "deputy_leader_unit_of", G, "title=主要负责同志")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(UNIT_LINES))
def test_unit_leader_lines(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), "leader_unit_of", "deputy_leader_unit_of") == expected
