"""People named with a post in the mechanism among their posts (extractor/match/roster/mech_posts.py),
as reports and event plans write them: the body's post gives the role, the first other post the
unit and title."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows

from . import ROLES

C = "江口县艾工委"
P = "青山区爱国卫生运动委员会"

# (id, notice, facts of the people)
MECHANISM_POSTS = [
    ("body-post-last-then-name",  # 县政府副县长、县艾工委主任张三: the other post first
     "7月3日，江口县艾工委召开成员单位会议。县政府副县长、县艾工委主任张立新、各艾工委成员单位负责人参加会议。\n",
     {("张立新", "leader_of", C), ("张立新", "holds_post", "江口县人民政府", "title=副县长")}),
    ("member-post-then-name-then-verb",  # …艾工委委员何志强作了报告
     "江口县艾工委召开成员单位会议。县卫生局局长、艾工委委员何志强作了报告，各艾工委成员单位参加。\n",
     {("何志强", "member_of", C), ("何志强", "holds_post", "江口县卫生局", "title=局长")}),
    ("body-post-first",  # 区爱卫会副主任、区卫健局局长赵平
     "青山区政府副区长吴刚为青山区新一届爱国卫生运动委员会主任。区爱卫会副主任、区卫健局局长赵平作了部署。\n",
     {("吴刚", "leader_of", P), ("吴刚", "holds_post", "青山区人民政府", "title=副区长"),
      ("赵平", "deputy_leader_of", P), ("赵平", "holds_post", "青山区卫健局", "title=局长")}),
    ("group-leader-in-a-report",  # 区政府副区长、区X领导小组组长周敏到会讲话
     "会议由区卫健局副局长主持。区政府副区长、区精神卫生工作领导小组组长周敏到会讲话。\n",
     {("周敏", "leader_of", "区精神卫生工作领导小组"), ("周敏", "holds_post", "区人民政府", "title=副区长")}),
    ("verb-before-the-posts-and-de-after-the-name",  # 听取县卫健局局长、县艾工委副主任张三的汇报
     "江口县艾工委召开成员单位会议，听取县卫生局局长、县艾工委副主任何志强的汇报，各艾工委成员单位参加。\n",
     {("何志强", "deputy_leader_of", C), ("何志强", "holds_post", "江口县卫生局", "title=局长")}),
    ("meeting-chaired-by-posts-then-name",  # 会议由区政府副秘书长、X副组长某某主持: the post starts after 由
     "9月2日，区精神卫生工作领导小组召开会议。会议由区政府副秘书长、区精神卫生工作领导小组副组长周建敏主持。\n",
     {("周建敏", "deputy_leader_of", "区精神卫生工作领导小组"), ("周建敏", "holds_post", "区人民政府", "title=副秘书长")}),
    ("event-chaired-by-government-head",  # 活动由区人民政府副区长、X组长某某主持
     "9月2日，区精神卫生工作领导小组召开会议。活动由区人民政府副区长、区精神卫生工作领导小组组长周建敏主持。\n",
     {("周建敏", "leader_of", "区精神卫生工作领导小组"), ("周建敏", "holds_post", "区人民政府", "title=副区长")}),
    ("a-free-trade-zone-is-no-by-clause",  # near-miss: 自由贸易区 holds 由, the body stays whole
     "9月2日，区精神卫生工作领导小组召开会议。区自由贸易区管委会主任、区精神卫生工作领导小组副组长周建敏到会讲话。\n",
     {("周建敏", "deputy_leader_of", "区精神卫生工作领导小组"), ("周建敏", "holds_post", "区自由贸易区管委会", "title=主任")}),
    ("a-long-name-after-its-level-and-a-chief-before-a-name",  # 县X联席会议总召集人王五，… 召集人李四 (a deputy)
     "6月2日，白河县召开白河县打击治理电信网络诈骗犯罪工作联席会议，县政府副县长、"
     "县打击治理电信网络诈骗犯罪工作联席会议总召集人周立明，县纪委副书记赵平出席会议。会议由县公安局副局长、县联席会议召集人吴海涛主持。\n",
     {("周立明", "convener_of", "白河县打击治理电信网络诈骗犯罪工作联席会议"),
      ("周立明", "holds_post", "白河县人民政府", "title=副县长"),
      ("吴海涛", "deputy_convener_of", "白河县打击治理电信网络诈骗犯罪工作联席会议"),
      ("吴海涛", "holds_post", "白河县公安局", "title=副局长")}),
    ("a-chief-only-mentioned-leaves-the-convener",  # near-miss: 由总召集人主持。 names no chief
     "6月2日，白河县召开白河县打击治理电信网络诈骗犯罪工作联席会议，会议由总召集人主持。"
     "县公安局副局长、县打击治理电信网络诈骗犯罪工作联席会议召集人吴海涛出席会议。\n",
     {("吴海涛", "convener_of", "白河县打击治理电信网络诈骗犯罪工作联席会议"),
      ("吴海涛", "holds_post", "白河县公安局", "title=副局长")}),
    ("by-a-collective-post-no-person",  # 由乡镇长担任委员会主任: a post of every town, no person (not 由乡)
     "关于成立青山县人民政府食品安全委员会的通知\n要求各乡镇设立食品安全委员会，由乡镇长担任委员会主任。\n", set()),
    ("by-a-collective-post-traditional",  # 由鄉鎮長擔任委員會主任
     "关于成立青山县人民政府食品安全委员会的通知\n經研究，由鄉鎮長擔任委員會主任。\n", set()),
    ("by-a-post-and-name",  # 由副县长某某担任委员会主任: the list after 由 (no 由 in the title)
     "关于成立青山县人民政府食品安全委员会的通知\n经研究，由副县长张立新担任委员会主任。\n",
     {("张立新", "leader_of", "青山县人民政府食品安全委员会"), ("张立新", "holds_post", "青山县人民政府", "title=副县长")}),
    ("lines-name-then-posts",  # 王 芳 市委副书记、市人民政府市长、市爱卫会主任; a line without the body's post is nobody's
     "三、出席人员\n（一）市级领导\n王 芳 市委副书记、市人民政府市长、市爱卫会主任\n李建国 市委常委、市委办主任\n"
     "孙 丽 市人民政府副市长、市爱卫会副主任\n（二）爱卫会成员单位（卫健局、教育局）分管领导。\n",
     {("王芳", "leader_of", "爱卫会"), ("王芳", "holds_post", "市委", "title=副书记、市人民政府市长"),
      ("孙丽", "deputy_leader_of", "爱卫会"), ("孙丽", "holds_post", "市人民政府", "title=副市长")}),
    ("several-take-the-post",  # 副省长甲担任…主任，副秘书长乙等担任委员会委员; the first holder (时任) is none
     "关于调整青山省食品安全委员会组成人员的通知\n省政府副省长刘红担任省食品安全委员会主任，"
     "省政府副秘书长陈光等担任委员会委员。委员会首任主任由时任省政府副省长黄山担任。\n",
     {("刘红", "leader_of", "青山省食品安全委员会"), ("刘红", "holds_post", "青山省人民政府", "title=副省长"),
      ("陈光", "member_of", "青山省食品安全委员会"), ("陈光", "holds_post", "青山省人民政府", "title=副秘书长")}),
    ("the-name-written-with-a-word-left-out",  # 区疫情防控应急|指挥部 of 东山区疫情防控应急综合指挥部
     "为做好疫情防控，东山区成立了东山区疫情防控应急综合指挥部。7月6日，区委书记、区疫情防控应急指挥部指挥长钟建国"
     "主持召开会议。\n",
     {("钟建国", "leader_of", "东山区疫情防控应急综合指挥部"), ("钟建国", "holds_post", "区委", "title=书记")}),
    ("another-committee-sharing-the-ending",  # near-miss: 区卫生|委员会 holds too few of the name's words
     "为做好爱国卫生工作，青山区成立青山区爱国卫生运动委员会。区政府副区长、区卫生委员会主任赵平作了部署。\n",
     set()),
    ("chief-and-executive-chief",  # 指挥部总指挥长甲从…; 执行总指挥长乙 under the chief
     "东山区疫情防控工作指挥部会议召开。区委书记、指挥部总指挥长钟建国从强化职能等方面作了部署。"
     "区委副书记、区长、指挥部执行总指挥长韦立平要求，做好重点场所管理。\n",
     {("钟建国", "leader_of", "东山区疫情防控工作指挥部"), ("钟建国", "holds_post", "区委", "title=书记"),
      ("韦立平", "deputy_leader_of", "东山区疫情防控工作指挥部"), ("韦立平", "holds_post", "区委", "title=副书记、区长")}),
    ("the-governments-committee-written-short",  # 县政府残工委 … 县政府副县长、残工委主任甲: 残工委 is the body
     "县政府残工委成员单位负责人参加会议。县政府副县长、残工委主任王明讲话。县政府残工委副主任、县残联理事长李强做了报告。\n",
     {("王明", "leader_of", "县政府残工委"), ("王明", "holds_post", "县人民政府", "title=副县长"),
      ("李强", "deputy_leader_of", "县政府残工委"), ("李强", "holds_post", "县残联", "title=理事长")}),
    ("no-post-in-the-body",  # posts in other bodies only: no member
     "江口县艾工委召开成员单位会议。县卫生局副局长、县疾控中心主任李振海解读了文件，各艾工委成员单位参加。\n",
     set()),
    ("a-former-post",  # 时任…主任: who held it then
     "江口县艾工委召开成员单位会议，各艾工委成员单位参加。时任县政府副县长、县艾工委主任王明讲话。\n",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), rows(MECHANISM_POSTS))
def test_people_with_a_post_in_the_body(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), *ROLES) == expected
