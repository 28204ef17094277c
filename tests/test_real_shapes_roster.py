"""Roster shapes seen in real notices, each in a short notice of our own (places, units and
people invented): posts that run body and title together, bare titles, prose rosters with
the role before or after the list, padded labels, double posts in two bodies."""

from __future__ import annotations

import pytest

from extractor.graph import edges_of
from extractor.pipeline import extract_text

ROLE_EDGES = ("leader_of", "deputy_leader_of", "member_of", "convener_of", "deputy_convener_of", "liaison_of")


def _roster(text: str) -> set[tuple[str, str, str | None, str | None]]:
    """(person, role relation, body, title) of every roster entry of the notice."""
    g = extract_text(text, "t.txt")
    posts = {u: (g.nodes[v]["name"], d.get("title")) for u, v, d in edges_of(g, "holds_post")}
    out = set()
    for u, _v, d in g.edges(data=True):
        if d["relation"] in ROLE_EDGES:
            org, title = posts.get(u, (None, None))
            out.add((g.nodes[u]["name"], d["relation"], org, title))
    return out


CASES = [
    (  # name post lines: the post runs body and title together; padded names and labels
        "label lines",
        "关于成立柳溪镇环境卫生整治领导小组的通知\n"
        "组  长:孙 平 镇长\n"
        "副组长:何建新 镇社会事务科科长\n"
        "成  员:邓 勇 柳溪镇派出所所长\n"
        "罗小梅 石桥村临时支部书记\n"
        "韩 涛 柳溪中心小学校长\n",
        {("孙平", "leader_of"), ("何建新", "deputy_leader_of"), ("邓勇", "member_of"),
         ("罗小梅", "member_of"), ("韩涛", "member_of")},
        {("何建新", "社会事务科", "科长"), ("邓勇", "柳溪镇派出所", "所长"),
         ("罗小梅", "石桥村", "临时支部书记"), ("韩涛", "柳溪中心小学", "校长")},
    ),
    (  # national bodies not in the lexicon; a double post joined by 兼 stays with the first body
        "national posts",
        "国务院办公厅关于成立国务院森林防火部际协调小组的通知\n"
        "组  长:钱 明 国务院副总理\n"
        "副组长:周立新 林草部部长\n"
        "孔祥云 林草部副部长兼防火局局长\n"
        "成  员:白 杨 气象总局党组成员\n",
        {("钱明", "leader_of"), ("周立新", "deputy_leader_of"), ("孔祥云", "deputy_leader_of"),
         ("白杨", "member_of")},
        {("钱明", "国务院", "副总理"), ("周立新", "林草部", "部长"),
         ("孔祥云", "林草部", "副部长兼防火局局长"), ("白杨", "气象总局", "党组成员")},
    ),
    (  # a county's deputy head holds the post in the county's government
        "government heads",
        "关于成立三河市防汛领导小组的通知\n"
        "组  长:沈光明 三河市副市长\n"
        "成  员:潘立 青柳县副县长\n",
        {("沈光明", "leader_of"), ("潘立", "member_of")},
        {("潘立", "青柳县人民政府", "副县长")},
    ),
    (  # prose: post then name, several posts before 任副组长, a title-only item joined to the next
        "prose, role after the list",
        "关于成立红岭镇计划免疫工作领导小组的通知\n"
        "镇成立计划免疫工作领导小组,由党委委员、副镇长陶志远任组长,党委副书记蒋红,"
        "镇卫生院院长谭明任副组长,成员由各村负责人组成。\n",
        {("陶志远", "leader_of"), ("蒋红", "deputy_leader_of"), ("谭明", "deputy_leader_of")},
        {("蒋红", "党委", "副书记"), ("谭明", "镇卫生院", "院长")},
    ),
    (  # prose: role first (组长由…担任, 成员为…), name before title, a bare name sharing the post before it
        "prose, role before the list",
        "云岭省人民政府办公厅关于成立云岭省鼠疫防控指挥部的通知\n"
        "成立云岭省鼠疫防控指挥部,总指挥由胡国梁副省长担任,副总指挥由省卫生厅厅长易海、"
        "省政府副秘书长曹文、杜小兰担任,成员为省财政厅副厅长邵刚、省农业厅厅长邹平。\n",
        {("胡国梁", "leader_of"), ("易海", "deputy_leader_of"), ("曹文", "deputy_leader_of"),
         ("杜小兰", "deputy_leader_of"), ("邵刚", "member_of"), ("邹平", "member_of")},
        {("胡国梁", "云岭省人民政府", "副省长"), ("易海", "云岭省卫生厅", "厅长"),
         ("杜小兰", "云岭省人民政府", "副秘书长"), ("邹平", "云岭省农业厅", "厅长")},
    ),
    (  # a run-on roster of bare names; 任顾问 gives no role but bounds the next list
        "run-on names",
        "镇人民政府设立手足口病应急处置指挥机构,由马德任顾问,严国华任指挥长,"
        "魏东、梁小燕(常务)任副指挥长,丁一凡、石磊为成员。\n",
        {("严国华", "leader_of"), ("魏东", "deputy_leader_of"), ("梁小燕", "deputy_leader_of"),
         ("丁一凡", "member_of"), ("石磊", "member_of")},
        set(),
    ),
    (  # the issuer's own title (部长 in a 部's notice); a body named in a later sentence
        "issuer's title",
        "农林部关于做好抗旱救灾工作的通知\n"
        "为做好救灾工作,农林部抗旱领导小组已于近日成立,蔡文斌部长任组长,龙海副部长任副组长。\n",
        {("蔡文斌", "leader_of"), ("龙海", "deputy_leader_of")},
        {("蔡文斌", "农林部", "部长"), ("龙海", "农林部", "副部长")},
    ),
    (  # name(post) with a seat in the party committee and the level's head post: the head
        # sits in the level's government (the whole post is the title); post-only lines make no person
        "double post and post-only lines",
        "关于成立溪口区疫情防控领导小组的通知\n"
        "组长:贺家辉(区委常委、常务副区长)\n"
        "副组长:区卫健局各分管领导\n"
        "成  员:区直各科室科长(主任),各街道负责人\n",
        {("贺家辉", "leader_of")},
        {("贺家辉", "溪口区人民政府", "区委常委、常务副区长")},
    ),
    (  # the post on the line below the name
        "post on the next line",
        "关于成立青山县防疫领导小组的通知\n组长：张大明\n县人民政府副县长\n副组长：李小红\n县卫健局局长\n",
        {("张大明", "leader_of"), ("李小红", "deputy_leader_of")},
        {("张大明", "青山县人民政府", "副县长"), ("李小红", "青山县卫健局", "局长")},
    ),
    (  # working groups with their own 组长 are not the mechanism's leaders
        "working groups",
        "关于成立青山县防疫领导小组的通知\n组长：张大明 县人民政府副县长\n领导小组下设两个工作组：\n"
        "（一）综合协调组\n组长：李海 县卫健局副局长\n成员：赵云 县卫健局办公室主任\n"
        "（二）医疗救治组\n组长：钱进 县人民医院院长\n",
        {("张大明", "leader_of")},
        set(),
    ),
    (  # a committee: 主任 / 副主任 / 委员
        "committee",
        "关于调整青山县爱国卫生运动委员会组成人员的通知\n主  任：孙建 县人民政府县长\n"
        "副主任：周红 县卫健局局长\n委  员：吴刚 县财政局局长\n",
        {("孙建", "leader_of"), ("周红", "deputy_leader_of"), ("吴刚", "member_of")},
        {("孙建", "青山县人民政府", "县长"), ("吴刚", "青山县财政局", "局长")},
    ),
    (  # a district of a two-character stem ending like a body (台, 关): its head is its government's
        "district with a body-like stem",
        "关于成立宁川市防治艾滋病工作委员会的通知\n"
        "主  任:龚 平(副市长)\n"
        "副主任:欧阳青(金台区副区长)\n"
        "石  磊(石关区副区长)\n",
        {("龚平", "leader_of"), ("欧阳青", "deputy_leader_of"), ("石磊", "deputy_leader_of")},
        {("欧阳青", "金台区人民政府", "副区长"), ("石磊", "石关区人民政府", "副区长")},
    ),
    (  # a label alone on its line; members given with their unit only, in parentheses
        "units in parentheses",
        "关于成立江川市卫生城市创建领导小组的通知\n"
        "组 长:龙海峰(市政府副市长)\n"
        "副组长:\n"
        "秦  岭(市政府副秘书长)\n"
        "邓小军(市卫生局局长)\n"
        "成员:\n"
        "韦  东(市园林局)\n"
        "陆一鸣(市规划设计局)\n",
        {("龙海峰", "leader_of"), ("秦岭", "deputy_leader_of"), ("邓小军", "deputy_leader_of"),
         ("韦东", "member_of"), ("陆一鸣", "member_of")},
        {("邓小军", "江川市卫生局", "局长"), ("韦东", "江川市园林局", None), ("陆一鸣", "江川市规划设计局", None)},
    ),
    (  # a town roster: names alone on a line with the post below, two posts joined by 、 (the first
        # body keeps both), party committee posts, a title sharing its body's last character, the
        # town head's bare title in the town government's own notice
        "town roster, posts below names",
        "各村(社区)、镇属各单位:\n"
        "为做好防汛工作,成立我镇防汛工作领导小组。\n"
        "组 长:吴 刚 镇 长\n"
        "副组长:钱小红\n"
        "镇党委副书记、人武部部长\n"
        "孙  立\n"
        "镇党委组织委员\n"
        "成 员:何 平 镇党委宣传委员\n"
        "冯 杰 镇财政分局长\n"
        "罗 琳 镇农业服务中心主任\n"
        "青石镇人民政府\n"
        "2020年6月1日\n",
        {("吴刚", "leader_of"), ("钱小红", "deputy_leader_of"), ("孙立", "deputy_leader_of"),
         ("何平", "member_of"), ("冯杰", "member_of"), ("罗琳", "member_of")},
        {("吴刚", "青石镇人民政府", "镇长"), ("钱小红", "镇党委", "副书记、人武部部长"),
         ("孙立", "镇党委", "组织委员"), ("何平", "镇党委", "宣传委员"), ("冯杰", "镇财政分局", "分局长"),
         ("罗琳", "镇农业服务中心", "主任")},
    ),
    (  # the text ends inside the last post: that entry is left out
        "cut last line",
        "关于成立国家防治血吸虫病工作领导小组的通知\n"
        "组  长:江  涛 国务院副总理\n"
        "成  员:钟  山 水利部副部长\n"
        "范  平 林草总局副局",
        {("江涛", "leader_of"), ("钟山", "member_of")},
        set(),
    ),
    (  # a table row: label, padded two-character name, post, separated by tabs
        "tab-separated row with a padded name",
        "关于建立青萝县学生近视防控联席会议制度的通知\n召集人\t秦　岭\t县教育局局长\n成员\t方　圆\t县妇联副主席\n",
        {("秦岭", "convener_of"), ("方圆", "member_of")},
        {("方圆", "青萝县妇联", "副主席")},
    ),
    (  # a label, then posts with the names after them, joined by 、
        "label, post then name",
        "关于成立青禾县狂犬病防控领导小组的通知\n"
        "组长:县人民政府副县长王明\n"
        "成员:县卫健局局长张三、县教育局副局长李四\n",
        {("王明", "leader_of"), ("张三", "member_of"), ("李四", "member_of")},
        {("王明", "青禾县人民政府", "副县长"), ("张三", "青禾县卫健局", "局长"), ("李四", "青禾县教育局", "副局长")},
    ),
    (  # 同志 after the name is no part of it (and no unit)
        "name with 同志",
        "关于成立青禾县狂犬病防控领导小组的通知\n"
        "组长:王明同志 县人民政府副县长\n"
        "成员:张三同志 县卫健局局长\n",
        {("王明", "leader_of"), ("张三", "member_of")},
        {("王明", "青禾县人民政府", "副县长"), ("张三", "青禾县卫健局", "局长")},
    ),
    (  # prose: name（post） before the role
        "prose, name then post in parentheses",
        "关于成立青禾县狂犬病防控领导小组的通知\n"
        "王明（县人民政府副县长）任组长，张三（县卫健局局长）任副组长。\n",
        {("王明", "leader_of"), ("张三", "deputy_leader_of")},
        {("王明", "青禾县人民政府", "副县长"), ("张三", "青禾县卫健局", "局长")},
    ),
    (  # a comma between the name and the post
        "comma between name and post",
        "关于成立青禾县狂犬病防控领导小组的通知\n"
        "组长:王明,县人民政府副县长\n"
        "成员:张三,县卫健局局长\n",
        {("王明", "leader_of"), ("张三", "member_of")},
        {("王明", "青禾县人民政府", "副县长"), ("张三", "青禾县卫健局", "局长")},
    ),
    (  # a three-character label padded to the width of the others
        "padded three-character label",
        "一、成立石林县犬病防控指挥部\n"
        "指 挥 长:邹 平 县人民政府副县长\n"
        "副指挥长:田 野 县人民政府办公室主任\n"
        "成 员:马 力 县畜牧局局长\n",
        {("邹平", "leader_of"), ("田野", "deputy_leader_of"), ("马力", "member_of")},
        {("邹平", "石林县人民政府", "副县长"), ("田野", "石林县人民政府办公室", "主任"),
         ("马力", "石林县畜牧局", "局长")},
    ),
    (  # several labels in one paragraph: 总召集人:name(post),召集人:name(post)、name(post),成员由…
        # (the plain 召集人 under a 总召集人 are deputy conveners)
        "labels in one paragraph",
        "关于建立青溪市尘肺病防治工作联席会议制度的通知\n"
        "一、联席会议架构\n"
        "总召集人:韩立(市委常委、副市长),召集人:罗明(市政府副秘书长)、"
        "宋佳(市卫生局局长),成员由市卫生局、人社局等单位主要负责人组成。"
        "办公室主任由市卫生局局长兼任。\n",
        {("韩立", "convener_of"), ("罗明", "deputy_convener_of"), ("宋佳", "deputy_convener_of")},
        {("韩立", "青溪市人民政府", "市委常委、副市长"), ("罗明", "青溪市人民政府", "副秘书长"),
         ("宋佳", "青溪市卫生局", "局长")},
    ),
    (  # name(unit post, role in a working group of the body): the post is the unit's title
        "post with a working-group role",
        "国务院关于成立全国防治鼠疫指挥部的通知\n"
        "指挥部下设防治组、宣传组和办公室。\n"
        "二、指挥部成员总指挥:\n"
        "吴刚(国务院副总理)\n"
        "副总指挥:郑和(国务委员兼国务院秘书长)\n"
        "成员:陶然(农业部部长,防治组组长)\n"
        "柯林(中宣部副部长,宣传组组长)\n"
        "孟浩(农业部副部长,办公室主任)\n",
        {("吴刚", "leader_of"), ("郑和", "deputy_leader_of"), ("陶然", "member_of"),
         ("柯林", "member_of"), ("孟浩", "member_of")},
        {("吴刚", "国务院", "副总理"), ("郑和", "国务院", "国务委员兼国务院秘书长"),
         ("陶然", "农业部", "部长"), ("柯林", "中宣部", "副部长"), ("孟浩", "农业部", "副部长")},
    ),
    (  # a copy that ran the roster into one paragraph: each label glued to the name before it,
        # the last name glued to the next heading's label (主要职责：)
        "labels glued to the names",
        "为做好狂犬病防控工作,制订本方案。三、组织领导卫生院成立狂犬病防控领导小组。组 长:卢青山副组长:"
        "钟晓燕成 员:贺明、尹长江、温丽主要职责:负责全乡狂犬病防控工作的组织协调。四、工作措施\n",
        {("卢青山", "leader_of"), ("钟晓燕", "deputy_leader_of"), ("贺明", "member_of"),
         ("尹长江", "member_of"), ("温丽", "member_of")},
        {("卢青山", None, None), ("温丽", None, None)},
    ),
    (  # news: the body named after its chairs (由X任组长的Y领导小组), the role word before 的
        "chair before the body's name",
        "石门县开展秸秆禁烧整治\n三是成立了由县政府副县长邵建军任组长的秸秆禁烧整治领导小组。\n",
        {("邵建军", "leader_of")},
        {("邵建军", "石门县人民政府", "副县长")},
    ),
    (  # news: 以X为指挥长，Y为常务副指挥长的Z指挥部
        "以…为 chairs before the body's name",
        "我县专门成立了以县委书记常立新为指挥长，县委副书记、县长温晓东为常务副指挥长的防汛抗旱指挥部，"
        "指挥部下设办公室。\n",
        {("常立新", "leader_of"), ("温晓东", "deputy_leader_of")},
        {("常立新", "县委", "书记"), ("温晓东", "县委", "副书记、县长")},
    ),
    (  # a members' list before 为成员的X names units (read with the mechanism), no person
        "units as members before the body's name",
        "成立由分管县领导任组长，卫健、宣传、文旅、公安等部门负责人为成员的登革热防控工作领导小组。\n",
        set(),
        set(),
    ),
    (  # news: X指挥部的指挥长由…担任；副指挥长两名，分别是A、B
        "role after the body's name and 的, a count before the list",
        "东江省成立防汛应急指挥部。东江省防汛应急指挥部的指挥长由东江省副省长钱立文担任，副指挥长两名，"
        "分别是东江省政府副秘书长孙一鸣、东江省水利厅厅长卢海。\n",
        {("钱立文", "leader_of"), ("孙一鸣", "deputy_leader_of"), ("卢海", "deputy_leader_of")},
        {("钱立文", "东江省人民政府", "副省长"), ("卢海", "东江省水利厅", "厅长")},
    ),
    (  # surnames that are also common characters (回, 种) after a post
        "rarer surnames after a post",
        "国务院决定成立全国防治鼠疫总指挥部，国务院副总理回立新任总指挥，国务委员种少华任副总指挥。\n",
        {("回立新", "leader_of"), ("种少华", "deputy_leader_of")},
        {("回立新", "国务院", "副总理")},
    ),
    (  # a chief officer's title (总统计师, 总经济师) after the unit, the name after it
        "chief officer titles",
        "关于成立青禾县农业普查领导小组的通知\n领导小组由副县长王明任组长，县统计局总统计师钱多、县发改局总经济师孙立任成员。\n",
        {("王明", "leader_of"), ("钱多", "member_of"), ("孙立", "member_of")},
        {("钱多", "青禾县统计局", "总统计师"), ("孙立", "青禾县发改局", "总经济师")},
    ),
    (  # 总召集人为…，A、B为召集人: the chief is given in prose, the plain 召集人 are deputies
        "chief convener in prose",
        "据悉，全省确定了献血工作联席会议总召集人为省政府副秘书长方立平，"
        "省卫生厅厅长章红、省红十字会常务副会长柴明为召集人。\n",
        {("方立平", "convener_of"), ("章红", "deputy_convener_of"), ("柴明", "deputy_convener_of")},
        {("章红", "省卫生厅", "厅长")},
    ),
    (  # a copy that lost its lines: labels glued to the post before them, names and posts apart
        # by single spaces, a padded name and a padded label
        "roster run together, spaced",
        "关于建立湖滨市水源保护联席会议制度的通知\n"
        "联席会议成员名单\n"
        "召集人：邝明远 市水务局局长 房立 市委政法委副书记副召集人：柴 平 市环保局局长"
        "成 员：韦东 市公安局副局长 鲍新宇 市农业局副局长 尤 进 市财政局副局长 葛有才 市林业局副局长\n",
        {("邝明远", "convener_of"), ("房立", "convener_of"), ("柴平", "deputy_convener_of"),
         ("韦东", "member_of"), ("鲍新宇", "member_of"), ("尤进", "member_of"), ("葛有才", "member_of")},
        {("邝明远", "湖滨市水务局", "局长"), ("房立", "湖滨市委政法委", "副书记"), ("柴平", "湖滨市环保局", "局长"),
         ("韦东", "湖滨市公安局", "副局长")},
    ),
    (  # the same with no space at all: a name runs into its post, the post into the next name;
        # a name may hold 和; a double post joined by 、; the notice breaks off inside the last post
        "roster run together, unspaced",
        "关于成立湖滨市防雷减灾指挥部的通知\n"
        "现将有关事项通知如下：一、组成人员总指挥：邝明远市长助理副总指挥：房立市政府副秘书长"
        "柴平市气象局局长成员：韦东青山县副县长鲍新和市教育局副局长、市招生办主任尤进市财政局副局长"
        "孟凡市公安局副局长葛有才湖滨军分区司",
        {("邝明远", "leader_of"), ("房立", "deputy_leader_of"), ("柴平", "deputy_leader_of"),
         ("韦东", "member_of"), ("鲍新和", "member_of"), ("尤进", "member_of"), ("孟凡", "member_of")},
        {("邝明远", "湖滨市人民政府", "市长助理"), ("房立", "湖滨市人民政府", "副秘书长"),
         ("韦东", "青山县人民政府", "副县长"), ("鲍新和", "湖滨市教育局", "副局长、市招生办主任")},
    ),
    (  # the whole notice on one line: the last list ends where the next item (三、) opens; names
        # without level or place before the unit split where the segmenter ends them (欧阳明|国土资源部,
        # 柯林|能源局, 杜海辉|武警部队); 参谋长, 审计长 are titles
        "roster run together up to the next item",
        "关于成立第一次全国山川普查领导小组的通知 二、组成人员组长：宋志远国务院副总理副组长："
        "曹大明国土资源部部长柯林能源局局长成员：郝晓青环境保护部副部长杜海辉武警部队副参谋长"
        "邵立新审计署副审计长三、工作机构领导小组办公室设在国土资源部。",
        {("宋志远", "leader_of"), ("曹大明", "deputy_leader_of"), ("柯林", "deputy_leader_of"),
         ("郝晓青", "member_of"), ("杜海辉", "member_of"), ("邵立新", "member_of")},
        {("曹大明", "国土资源部", "部长"), ("柯林", "能源局", "局长"), ("郝晓青", "环境保护部", "副部长"),
         ("杜海辉", "武警部队", "副参谋长"), ("邵立新", "审计署", "副审计长")},
    ),
    (  # a repost's emphasis dots around each character of a post are dropped, not read as stops
        "emphasis dots inside a run-together roster",
        "关于成立第一次全国山川普查领导小组的通知 二、组成人员组长：宋志远国务院副总理副组长："
        "曹大明国土资源部部长成员：郝晓青外交部.党.委.书.记.、副部长三、工作机构",
        {("宋志远", "leader_of"), ("曹大明", "deputy_leader_of"), ("郝晓青", "member_of")},
        {("郝晓青", "外交部", "党委书记、副部长")},
    ),
    (  # two labels but a list that does not read as names and posts: nothing from the run-on reader
        "labels with prose",
        "关于成立湖滨市防雷减灾指挥部的通知\n"
        "总指挥：由分管副市长担任副总指挥：由市气象局局长担任成员：各有关单位分管领导\n",
        set(),
        set(),
    ),
    (  # a line opening with a label the roster does not know (a label cut short, 联系方式：) ends the
        # block above it: the lines after it are not the deputies'
        "unknown label ends the block",
        "关于调整青禾县防治结核病工作委员会的通知\n"
        "副主任：钱  多  县卫健局局长\n"
        "员：孙  立  县教育局副局长\n"
        "赵  红  县财政局局长\n",
        {("钱多", "deputy_leader_of")},
        {("钱多", "青禾县卫健局", "局长")},
    ),
    (  # a names-only list under 成员 goes on over the lines below, names apart by spaces; a
        # surname no lexicon lists (虢, 铁) in a line of known ones; the list's last name alone
        "names-only list over several lines",
        "关于成立石溪镇秸秆禁烧工作领导小组的通知\n"
        "组 长:林 涛\n"
        "成 员:马成功 周 进 宋文华\n"
        "虢长林 陈秋生 何志远\n"
        "铁志强 黄永年 曹 宁\n"
        "谢春来\n"
        "下设办公室,办公地点设在镇农技站。\n",
        {("林涛", "leader_of"), ("马成功", "member_of"), ("周进", "member_of"), ("宋文华", "member_of"),
         ("虢长林", "member_of"), ("陈秋生", "member_of"), ("何志远", "member_of"), ("铁志强", "member_of"),
         ("黄永年", "member_of"), ("曹宁", "member_of"), ("谢春来", "member_of")},
        {("陈秋生", None, None), ("谢春来", None, None)},
    ),
    (  # a copy that stops right after a bare name under a label: a member without a post
        "bare name where the copy ends",
        "关于成立江岸市第七次人口普查领导小组的通知\n"
        "组 长:高 明 市政府副市长\n"
        "成 员:\n"
        "韦立群 \n",
        {("高明", "leader_of"), ("韦立群", "member_of")},
        {("韦立群", None, None)},
    ),
    (  # a bare name alone before a sentence (no post below, no list before it): no person
        "bare name before a sentence",
        "关于成立江岸市第七次人口普查领导小组的通知\n"
        "组 长:高 明 市政府副市长\n"
        "成 员:\n"
        "韦立群\n"
        "领导小组下设办公室,负责日常工作。\n",
        {("高明", "leader_of")},
        set(),
    ),
    (  # names run into double posts (a 、 inside the post), on lines without their label
        "glued name and double post",
        "中共云台市委云台市人民政府\n"
        "关于云台市创建国家卫生城市工作的实施意见\n"
        "市委、市政府成立云台市创建国家卫生城市指挥部。\n"
        "总指挥:邵立新市委书记\n"
        "阎光华市委副书记、市长\n"
        "副总指挥:韩志刚市委常委、宣传部长\n",
        {("邵立新", "leader_of"), ("阎光华", "leader_of"), ("韩志刚", "deputy_leader_of")},
        {("阎光华", "市委", "副书记、市长"), ("韩志刚", "市委", "常委、宣传部长")},
    ),
    (  # names run into ministries' posts the table has not met (财政部部长): the name is the length
        # that leaves a post opening with a department's short name or a national prefix
        # (国务院青山办: a member, its 副主任 labels nothing)
        "glued names and ministries",
        "关于成立青山流域治理领导小组的通知\n"
        "领导小组组成人员如下:\n"
        "组长:高文远水利部部长\n"
        "副组长:孙立财政部部长\n"
        "成员:何建新农业部副部长\n"
        "钱晓东国务院青山办副主任\n"
        "罗小梅科技部部长助理\n"
        "领导小组办公室设在农业部。\n",
        {("高文远", "leader_of"), ("孙立", "deputy_leader_of"), ("何建新", "member_of"), ("钱晓东", "member_of"),
         ("罗小梅", "member_of")},
        {("孙立", "财政部", "部长"), ("钱晓东", "国务院青山办", "副主任"), ("罗小梅", "科技部", "部长助理")},
    ),
    (  # a bare name on its label's line takes no post from a line opening with another label
        "bare name before a labeled line",
        "关于成立白河镇防汛领导小组的通知\n"
        "组长:高文远\n"
        "副组长:孙立财政部部长\n",
        {("高文远", "leader_of"), ("孙立", "deputy_leader_of")},
        {("高文远", None, None), ("孙立", "财政部", "部长")},
    ),
    (  # a given name may end in 会 (钱立会), a body's ending: a three-character name with a surname
        # first; 农委会 stays a body
        "name ending in a body's ending",
        "关于成立白河市防汛工作领导小组的通知\n"
        "组 长:钱立会 市政府副市长\n"
        "成 员:孙 平 市水利局局长\n",
        {("钱立会", "leader_of"), ("孙平", "member_of")},
        {("钱立会", "市人民政府", "副市长"), ("孙平", "市水利局", "局长")},
    ),
    (  # a line setting up the office: the 主任 below it is the office's head, no leader of the group;
        # 联络人 is a liaison label (as 联络员), and ends the office's block
        "office set up on its own line, liaisons",
        "为做好学校卫生工作，现将有关事项通知如下：\n"
        "一、青山中学创卫工作领导小组成员名单\n"
        "组 长:张青\n"
        "副组长:李白 王红\n"
        "领导小组下设办公室。\n"
        "主 任:刘东\n"
        "联络人:孙立 周文\n"
        "二、工作职责\n",
        {("张青", "leader_of"), ("李白", "deputy_leader_of"), ("王红", "deputy_leader_of"),
         ("孙立", "liaison_of"), ("周文", "liaison_of")},
        set(),
    ),
    (  # an annex's title line names the body, its roster below (padded label, ASCII colon, a
        # second leader on the next line); no sentence sets the body up
        "annex title names the body",
        "青山市人民政府办公室关于印发鼠疫防治工作方案的通知\n"
        "现将方案印发给你们。\n"
        "附件：青山市鼠疫防治工作协调小组名单\n"
        "青山市鼠疫防治工作协调小组\n"
        "组 长:李 平 市卫生局副局长\n"
        "周建国 市农业局副局长\n"
        "成 员:吴 涛 市卫生局疾控处处长\n",
        {("李平", "leader_of"), ("周建国", "leader_of"), ("吴涛", "member_of")},
        {("李平", "青山市卫生局", "副局长"), ("吴涛", "青山市卫生局", "疾控处处长")},
    ),
    (  # the same in traditional characters, a headquarters' padded 指 揮 長 label
        "traditional heading names the body",
        "白河縣人民政府關於做好防汛工作的通知\n"
        "現將有關事項通知如下。\n"
        "白河縣防汛抗旱指揮部\n"
        "指 揮 長：王 剛 縣人民政府副縣長\n"
        "副指揮長：陳明亮 縣水利局局長\n",
        {("王刚", "leader_of"), ("陈明亮", "deputy_leader_of")},
        {("王刚", "白河县人民政府", "副县长"), ("陈明亮", "白河县水利局", "局长")},
    ),
    (  # a joint meeting named on its own line (trailing spaces) under a section heading
        "section line names the joint meeting",
        "关于建立健全农村饮水安全保障机制的意见\n"
        "一、工作机制\n"
        "红石区农村饮水安全工作联席会议  \n"
        "召集人:赵立新 区人民政府副区长\n"
        "成员:钱 峰 区水务局局长\n",
        {("赵立新", "convener_of"), ("钱峰", "member_of")},
        {("赵立新", "红石区人民政府", "副区长"), ("钱峰", "红石区水务局", "局长")},
    ),
    (  # a copy that lost its lines: the list's title (X领导小组名单) then its labels run on after
        # spaces, names run into posts, a part of the body before the title (省妇联 + 儿童部部长);
        # the line goes on with a sentence after the last entry
        "list title and roster run on one line",
        "青山省儿童营养改善项目工作方案 青山省儿童营养改善项目领导小组名单 组长:周立国省卫生厅厅长 "
        "副组长:吴海燕省卫生厅副厅长 钱丽华省妇联副主席 成员:孔德明省卫生厅妇幼处处长 冯晓梅省妇联儿童部部长 "
        "领导小组下设办公室，办公室设在省卫生厅。\n",
        {("周立国", "leader_of"), ("吴海燕", "deputy_leader_of"), ("钱丽华", "deputy_leader_of"),
         ("孔德明", "member_of"), ("冯晓梅", "member_of")},
        {("周立国", "青山省卫生厅", "厅长"), ("冯晓梅", "青山省妇联", "儿童部部长"),
         ("孔德明", "青山省卫生厅", "妇幼处处长")},
    ),
    (  # the same title on its own line (成员名单), padded labels and names
        "list title on its own line",
        "关于做好汛期工作的通知\n"
        "白河市防汛抗旱指挥部成员名单\n"
        "指 挥 长：赵 刚 市人民政府副市长\n"
        "副指挥长：孙建平 市水利局局长\n"
        "成 员：何 平 市应急局副局长\n",
        {("赵刚", "leader_of"), ("孙建平", "deputy_leader_of"), ("何平", "member_of")},
        {("赵刚", "白河市人民政府", "副市长"), ("何平", "白河市应急局", "副局长")},
    ),
    (  # 组成人员 after a committee's name, its labels run on with space-separated entries
        "composition title and labels run on",
        "红石县爱国卫生工作方案\n"
        "红石县爱国卫生运动委员会组成人员 主任:郑 明 县人民政府副县长 副主任:韩立新 县卫健局局长 "
        "委员:朱小兵 县教育局副局长 曹 敏 县住建局副局长\n",
        {("郑明", "leader_of"), ("韩立新", "deputy_leader_of"), ("朱小兵", "member_of"), ("曹敏", "member_of")},
        {("郑明", "红石县人民政府", "副县长"), ("曹敏", "红石县住建局", "副局长")},
    ),
    (  # entries whose names a copy garbled (?, ？, a gloss's remnant) end in a post whose title is
        # also a role word (主任, 组长): no label, the block's role goes on; the garbled names give nobody
        "garbled names keep the block's role",
        "关于成立青山市道路交通安全工作领导小组的通知\n"
        "组 长：韩立国 市人民政府副市长\n"
        "成 员：马 成 市发展和改革委员会主任\n"
        "张?拼 市国防科学技术工业委员会主任\n"
        "钱 亮 市财政局局长\n"
        "李？ 市交通局局长\n"
        "王？jiān）明？市环境保护委员会主任\n"
        "孙立新 市公安局副局长\n",
        {("韩立国", "leader_of"), ("马成", "member_of"), ("钱亮", "member_of"), ("孙立新", "member_of")},
        {("钱亮", "青山市财政局", "局长"), ("孙立新", "青山市公安局", "副局长")},
    ),
    (  # near miss: a list's title with no list (另行通知), a sentence on the posts: nothing
        "list title without a list",
        "关于做好防汛工作的通知\n"
        "红石县防汛工作领导小组名单 另行通知。\n"
        "组长负责全面工作。\n",
        set(),
        set(),
    ),
    (  # near misses: a department's name over its heads' division of work, and a body's name
        # over a sentence on its posts (no label and colon): no body, no roster
        "department heading, posts in a sentence",
        "关于调整局领导班子分工的通知\n"
        "青山市卫生健康委员会\n"
        "主任：王平，主持全面工作。\n"
        "副主任：李强，分管疾控科。\n"
        "青山市防汛工作领导小组\n"
        "组长负责全面工作，副组长协助组长工作。\n",
        set(),
        set(),
    ),
]


@pytest.mark.parametrize(("label", "text", "roles", "posts"), CASES, ids=[c[0] for c in CASES])
def test_roster_shapes(label: str, text: str, roles: set, posts: set) -> None:
    got = _roster(text)
    assert {(p, r) for p, r, _o, _t in got} == roles
    got_posts = {(p, o, t) for p, _r, o, t in got}
    for person, org, title in posts:
        (entry,) = [(o, t) for p, o, t in got_posts if p == person]
        if org is None:
            assert entry[0] is None, entry
        else:
            assert entry[0] is not None and entry[0].endswith(org), entry
            assert entry[1] == title, entry


def test_a_person_post_is_no_convener_unit_and_a_task_is_no_post() -> None:
    """``…党组书记、局长周文斌任组长`` names a person (no unit holds the post);
    ``汇总各单位任务…报专班组长`` assigns nobody."""
    text = ("关于成立临河县登革热防控工作专班的通知\n"
            "专班由县卫生健康局党组书记、局长周文斌任组长，县卫生健康局副局长韩雪任副组长。\n"
            "专班办公室每月5日前汇总各单位任务进展情况报专班组长。\n")
    g = extract_text(text, "t.txt")
    assert not list(edges_of(g, "convener_unit_of"))
    assert _roster(text) >= {("周文斌", "leader_of", "临河县卫生健康局", "党组书记、局长")}


def test_a_body_in_a_cited_title_is_not_the_one_set_up() -> None:
    """``根据《关于调整省X委员会成员的通知》精神，…决定成立市Y委员会``: the notice sets up Y."""
    text = ("宁川市人民政府关于加强结核病防治工作的通知\n"
            "为贯彻落实省防治结核病工作委员会办公室《关于调整东江省防治结核病工作委员会成员的通知》精神,"
            "市政府决定成立宁川市防治结核病工作委员会。\n"
            "主  任:龚 平(副市长)\n")
    g = extract_text(text, "t.txt")
    mechs = [d["name"] for _n, d in g.nodes(data=True) if d.get("type") == "mechanism"]
    assert mechs == ["宁川市防治结核病工作委员会"]


def test_a_unit_holds_the_convener_post_and_a_member_line_lists_units() -> None:
    """``召集人：州政府分管X工作的领导``: the government holds the post (no person);
    ``成  员：州A局、州B局…``: a member-unit list, not people (``州乡企（矿产）局`` is no name
    with a post in parentheses); two units of one kind in the list are two units."""
    text = ("关于建立青江州防范地质灾害联席会议制度的通知\n"
            "召集人:州政府分管国土资源工作的领导。\n"
            "成  员:州国土局、州水务局、州乡企(矿产)局、州农业局、州畜牧兽医局、州供销社。\n")
    g = extract_text(text, "t.txt")
    assert not _roster(text)
    (conv,) = [(g.nodes[u]["name"], d.get("title")) for u, _v, d in edges_of(g, "convener_unit_of")]
    assert conv == ("青江州人民政府", "分管国土资源工作的领导")
    units = sorted(g.nodes[u]["name"] for u, _v, _d in edges_of(g, "member_unit_of"))
    assert units == sorted(["青江州国土局", "青江州水务局", "青江州乡企（矿产）局", "青江州农业局",
                            "青江州畜牧兽医局", "青江州供销社"])


def _roles_by_body(text: str) -> set[tuple[str, str, str]]:
    """(person, role relation, body) of every roster entry of the notice."""
    g = extract_text(text, "t.txt")
    return {(g.nodes[u]["name"], d["relation"], g.nodes[v]["name"])
            for u, v, d in g.edges(data=True) if d["relation"] in ROLE_EDGES}


def test_bodies_each_named_by_its_leaders_label() -> None:
    """``• A工作组组长：post+name• B工作组组长：…``: a report of several groups sent out at
    once, none set up by a sentence: each group is a body, its leader leads it alone, and the
    units of the posts are its member units."""
    text = ("多个工作组已赴各地\n"
            "近日，多支防汛工作组赴各地指导。各组基本情况如下：\n"
            "• 防汛东川工作组组长：水利部副部长郑海波\n"
            "• 防汛南岭工作组组长：应急管理部党委委员、副部长柯小雨\n"
            "• 防汛北原工作组组长：水利部水文司\n")
    g = extract_text(text, "t.txt")
    mechs = [d["name"] for _n, d in g.nodes(data=True) if d.get("type") == "mechanism"]
    assert mechs == ["防汛东川工作组", "防汛南岭工作组", "防汛北原工作组"]
    assert _roles_by_body(text) == {("郑海波", "leader_of", "防汛东川工作组"),
                                    ("柯小雨", "leader_of", "防汛南岭工作组")}
    units = {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, _d in edges_of(g, "member_unit_of")}
    assert units == {("水利部", "防汛东川工作组"), ("应急管理部", "防汛南岭工作组")}


@pytest.mark.parametrize(("text", "roles"), [
    pytest.param(  # labels after the sentence of the mechanism's own group (下设…): that group's roster, skipped
        "为做好狂犬病防控工作,制订本方案。三、组织领导卫生院成立狂犬病防控领导小组。组长:卢青山副组长:钟晓燕"
        "主要职责:负责组织协调。二、专家组 领导小组下设狂犬病救治专家组。组长:钟晓燕"
        "成员:贺明、尹长江负责伤口处置。\n",
        {("卢青山", "leader_of", "狂犬病防控领导小组"), ("钟晓燕", "deputy_leader_of", "狂犬病防控领导小组")},
        id="after the mechanism's own group"),
    pytest.param(  # a second body a unit sets up in a sentence of its own, its roster right after: its people
        "为做好狂犬病防控工作,制订本方案。三、组织领导卫生院成立狂犬病防控领导小组。组长:卢青山副组长:钟晓燕"
        "主要职责:负责组织协调。二、专家组 卫生院成立由专业人员组成的狂犬病救治专家组。组长:钟晓燕"
        "成员:贺明、尹长江负责伤口处置。\n",
        {("卢青山", "leader_of", "狂犬病防控领导小组"), ("钟晓燕", "deputy_leader_of", "狂犬病防控领导小组"),
         ("钟晓燕", "leader_of", "狂犬病救治专家组"), ("贺明", "member_of", "狂犬病救治专家组"),
         ("尹长江", "member_of", "狂犬病救治专家组")},
        id="after another body"),
    pytest.param(  # a working group's paragraph closing with its own roster in brackets
        "关于成立石门乡防疫领导工作小组的通知\n"
        "(一)宣传教育组。负责防疫知识宣传，负责工作小组例会的组织。(组长:卢青山,成员:各村支部书记、贺明)\n",
        set(), id="group paragraph"),
])
def test_labels_after_another_body_are_its_roster(text: str, roles: set) -> None:
    assert _roles_by_body(text) == roles


UNIT_POST_CASES = [
    (  # 为 as the verb of a unit's post (X局局长为联席会议召集人); 为牵头单位 is no post
        "unit post with 为",
        "关于建立云溪市救助工作联席会议制度的通知\n"
        "市民政局为联席会议牵头单位,市民政局局长为联席会议召集人,市财政局分管负责同志为副召集人,"
        "各成员单位有关负责同志为联席会议成员。\n",
        {("convener_unit_of", "云溪市民政局", "局长"), ("deputy_convener_unit_of", "云溪市财政局", "分管负责同志")},
    ),
    (  # 为成员： then the next label (召集人：) on the line below: the members' heads hold no convener post
        "为成员 before a label line",
        "关于建立云溪县防治工作协作机制的通知\n"
        "协作机制由县卫健委主要负责同志担任召集人，其他成员单位分管负责同志为成员：\n"
        "召集人：\n"
        "张  威   县卫健委主任\n",
        {("convener_unit_of", "云溪县卫健委", "主要负责同志")},
    ),
    (  # 以X为召集人 names the chair in the mechanism's own name: no unit post of the clause
        "以X为召集人",
        "关于建立云溪市救助工作联席会议制度的通知\n"
        "建立以分管市领导为总召集人的救助工作联席会议制度。\n",
        set(),
    ),
]


@pytest.mark.parametrize(("label", "text", "posts"), UNIT_POST_CASES, ids=[c[0] for c in UNIT_POST_CASES])
def test_unit_posts(label: str, text: str, posts: set) -> None:
    g = extract_text(text, "t.txt")
    got = {(d["relation"], g.nodes[u]["name"], d.get("title")) for u, _v, d in g.edges(data=True)
           if d["relation"] in ("convener_unit_of", "deputy_convener_unit_of")}
    assert got == posts
