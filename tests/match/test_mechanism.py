"""Component ``policykg_mechanism`` (extractor/match/mechanism.py), through ``load()(text)``:
the mechanism a notice sets up (``doc.spans["mechanisms"]``, ``establishes``), its office and
groups (``doc.spans["bodies"]``, ``office_of`` / ``hosted_by`` / ``part_of``), its member units
(``member_unit_of``) and the units whose head convenes it (``convener_unit_of`` …).

Each row: an id, a short notice of our own (places and units invented), what the Doc holds."""

from __future__ import annotations

import re

import pytest
from tables import broken, doc_of, facts, rows, spans_of

BODY_RELATIONS = ("establishes", "office_of", "hosted_by", "part_of")
UNIT_RELATIONS = ("member_unit_of", "convener_unit_of", "deputy_convener_unit_of", "leader_unit_of",
                  "deputy_leader_unit_of")

# (id, notice, mechanism span texts, (head, relation, tail[, attrs]) of its bodies)
MECHANISMS = [
    ("title-names-joint-meeting",
     "关于建立白河市防治重大疾病工作联席会议制度的通知\n联席会议办公室设在市卫生健康委，承担联席会议日常工作。",
     ["白河市防治重大疾病工作联席会议"],
     {("关于建立白河市防治重大疾病工作联席会议制度的通知", "establishes", "白河市防治重大疾病工作联席会议"),
      ("白河市防治重大疾病工作联席会议办公室", "office_of", "白河市防治重大疾病工作联席会议"),
      ("白河市防治重大疾病工作联席会议办公室", "hosted_by", "市卫生健康委")}),
    ("a-construction-task-force-named-in-the-decision",  # X建设专班: a body by its ending, as 工作专班
     "关于成立白河市湿地公园建设专班的通知\n市政府决定成立白河市湿地公园建设专班。专班下设办公室，办公室设在市林草局，"
     "负责专班的日常工作。\n",
     ["白河市湿地公园建设专班", "白河市湿地公园建设专班"],
     {("关于成立白河市湿地公园建设专班的通知", "establishes", "白河市湿地公园建设专班"),
      ("白河市湿地公园建设专班办公室", "office_of", "白河市湿地公园建设专班"),
      ("白河市湿地公园建设专班办公室", "hosted_by", "市林草局")}),
    ("office-placed-in-a-bureaus-section",  # 办公室设在市公安局治安支队: the section hosts it, not the whole bureau
     "关于成立白河市犬类管理领导小组的通知\n市政府决定成立白河市犬类管理领导小组。领导小组办公室设在市公安局治安支队。\n",
     ["白河市犬类管理领导小组", "白河市犬类管理领导小组"],
     {("关于成立白河市犬类管理领导小组的通知", "establishes", "白河市犬类管理领导小组"),
      ("白河市犬类管理领导小组办公室", "office_of", "白河市犬类管理领导小组"),
      ("白河市犬类管理领导小组办公室", "hosted_by", "市公安局治安支队")}),
    ("office-placed-in-a-departments-division",  # 设在省卫健委疾控处，负责…: the division ends its clause
     "关于成立东江省结核病防治工作领导小组的通知\n领导小组办公室设在省卫健委疾控处，负责日常工作。\n",
     ["东江省结核病防治工作领导小组"],
     {("关于成立东江省结核病防治工作领导小组的通知", "establishes", "东江省结核病防治工作领导小组"),
      ("东江省结核病防治工作领导小组办公室", "office_of", "东江省结核病防治工作领导小组"),
      ("东江省结核病防治工作领导小组办公室", "hosted_by", "东江省卫健委疾控处")}),
    ("a-patriotic-health-committees-office-by-its-short-form",  # 由县爱卫会办公室具体组织实施: the committee's office
     "关于调整青山县爱国卫生运动委员会组成人员的通知\n主任：王明（县政府副县长）\n春季灭鼠工作由县爱卫会办公室具体组织实施。\n",
     ["青山县爱国卫生运动委员会"],
     {("关于调整青山县爱国卫生运动委员会组成人员的通知", "establishes", "青山县爱国卫生运动委员会"),
      ("青山县爱国卫生运动委员会办公室", "office_of", "青山县爱国卫生运动委员会")}),
    ("a-patriotic-health-office-by-its-shortest-form",  # （市爱卫办牵头…）: 爱卫办, the office's short form
     "关于调整白河市爱国卫生运动委员会组成人员的通知\n主任：王明（市政府副市长）\n（一）开展灭鼠宣传。（市爱卫办牵头，有关成员单位参与）\n",
     ["白河市爱国卫生运动委员会"],
     {("关于调整白河市爱国卫生运动委员会组成人员的通知", "establishes", "白河市爱国卫生运动委员会"),
      ("白河市爱国卫生运动委员会办公室", "office_of", "白河市爱国卫生运动委员会")}),
    ("other-places-patriotic-health-offices-are-not-the-committees",  # near-miss: 各乡镇爱卫办 (each town's own)
     "关于调整青山县爱国卫生运动委员会组成人员的通知\n主任：王明（县政府副县长）\n各乡镇爱卫办要组织灭鼠。\n",
     ["青山县爱国卫生运动委员会"],
     {("关于调整青山县爱国卫生运动委员会组成人员的通知", "establishes", "青山县爱国卫生运动委员会")}),
    ("the-office-of-the-bare-ending-after-a-way-of-working",  # 部际联席会议办公室要…: the body's office at work
     "关于建立青山铁路沿线环境治理部际联席会议制度的通知\n部际联席会议办公室要建立问题清单，及时跟踪了解情况。\n",
     ["青山铁路沿线环境治理部际联席会议"],
     {("关于建立青山铁路沿线环境治理部际联席会议制度的通知", "establishes", "青山铁路沿线环境治理部际联席会议"),
      ("青山铁路沿线环境治理部际联席会议办公室", "office_of", "青山铁路沿线环境治理部际联席会议")}),
    ("the-office-of-the-bare-ending-after-a-level",  # 由市领导小组办公室组织实施: the body's office at work
     "白河市商贸发展奖励办法\n白河市商贸发展领导小组（以下简称市领导小组）可设置特别奖。"
     "全市评价工作由市领导小组负责，由市领导小组办公室组织实施。\n",
     ["白河市商贸发展领导小组", "市领导小组", "市领导小组", "市领导小组"],
     {("白河市商贸发展奖励办法", "establishes", "白河市商贸发展领导小组"),
      ("白河市商贸发展领导小组办公室", "office_of", "白河市商贸发展领导小组")}),
    ("a-plans-numbered-heading-naming-a-levels-body-and-its-duties",  # 2.1.3省X应急指挥部职责: the plan's body
     "2.1.3省防汛抗旱应急指挥部职责\n(1)领导、组织全省防汛抗旱工作；\n(2)负责发布汛情的重要信息。\n",
     ["省防汛抗旱应急指挥部"],
     {("<notice>", "establishes", "省防汛抗旱应急指挥部")}),
    ("a-heading-naming-a-kind-of-body-sets-none-up",  # （二）社区公共卫生委员会职责: one in each community, no level
     "（二）社区公共卫生委员会职责\n1.组织居民开展爱国卫生运动。\n",
     [],
     set()),
    ("office-placed-with-xia-she-zai",  # 领导小组办公室下设在X: the office's host after 下设在
     "白河乡动物防疫工作方案\n乡人民政府成立白河乡动物防疫工作领导小组，领导小组办公室下设在白河乡兽医站。\n",
     ["白河乡动物防疫工作领导小组"],
     {("白河乡动物防疫工作方案", "establishes", "白河乡动物防疫工作领导小组"),
      ("白河乡动物防疫工作领导小组办公室", "office_of", "白河乡动物防疫工作领导小组"),
      ("白河乡动物防疫工作领导小组办公室", "hosted_by", "白河乡兽医站")}),
    ("percent-in-the-name-and-office-placed-with-bare-she",  # 成立X市1%人口抽样调查领导小组 / 办公室设市统计局
     "近日，白河市政府发文，成立白河市1%人口抽样调查领导小组。领导小组办公室设市统计局，负责日常工作。\n",
     ["白河市1%人口抽样调查领导小组"],
     {("<notice>", "establishes", "白河市1%人口抽样调查领导小组"),
      ("白河市1%人口抽样调查领导小组办公室", "office_of", "白河市1%人口抽样调查领导小组"),
      ("白河市1%人口抽样调查领导小组办公室", "hosted_by", "白河市统计局")}),
    ("bare-she-before-no-body-places-nothing",  # 办公室设主任一名: no body after 设
     "近日，白河市政府发文，成立白河市人口抽样调查领导小组。领导小组办公室设主任一名，由王建国担任。\n",
     ["白河市人口抽样调查领导小组"],
     {("<notice>", "establishes", "白河市人口抽样调查领导小组"),
      ("白河市人口抽样调查领导小组办公室", "office_of", "白河市人口抽样调查领导小组")}),
    ("charter-title-line",
     "青山县医疗保障基金监管部门联席会议制度\n为加强基金监管，进一步健全完善青山县医疗保障基金监管部门联席会议制度如下。\n",
     ["青山县医疗保障基金监管部门联席会议", "青山县医疗保障基金监管部门联席会议"],
     {("青山县医疗保障基金监管部门联席会议制度", "establishes", "青山县医疗保障基金监管部门联席会议")}),
    ("charter-title-on-two-lines-names-the-members-duties",  # X委员会 / 各委员部门职责分工: the committee's own division
     "青山县爱国卫生运动委员会\n各委员部门职责分工\n县爱国卫生运动委员会实行委员部门分工负责制。\n"
     "县委宣传部：把爱国卫生工作纳入文明创建规划。\n县卫生局：开展全民健康教育。\n县农业局：做好农田灭鼠。\n",
     ["青山县爱国卫生运动委员会"],
     {("<notice>", "establishes", "青山县爱国卫生运动委员会")}),
    ("a-paragraph-defining-the-body-as-a-coordinating-one",  # X委员会是…的协调议事机构: the body the text is about
     "第三节 职责分工\n  残疾人工作委员会是县政府负责残疾人工作的协调议事机构，负责协调有关部门做好残疾人工作。\n"
     "  县发展和改革委员会负责将残疾人事业纳入规划；县教育局负责发展特殊教育。\n",
     ["残疾人工作委员会"],
     {("<notice>", "establishes", "残疾人工作委员会")}),
    ("decided-in-prose-with-short-name",
     "为加强对全县爱国卫生工作的领导，经县政府研究，决定成立青山县爱国卫生运动委员会（以下简称县爱卫会）。"
     "县爱卫会下设办公室，办公室设在县卫健局。",
     ["青山县爱国卫生运动委员会", "县爱卫会", "县爱卫会"],
     {("<notice>", "establishes", "青山县爱国卫生运动委员会"),
      ("青山县爱国卫生运动委员会办公室", "office_of", "青山县爱国卫生运动委员会"),
      ("青山县爱国卫生运动委员会办公室", "hosted_by", "青山县卫健局")}),
    ("headquarters-office",
     "关于成立绿水县突发公共卫生事件应急指挥部的通知\n指挥部办公室设在县应急局。",
     ["绿水县突发公共卫生事件应急指挥部"],
     {("关于成立绿水县突发公共卫生事件应急指挥部的通知", "establishes", "绿水县突发公共卫生事件应急指挥部"),
      ("绿水县突发公共卫生事件应急指挥部办公室", "office_of", "绿水县突发公共卫生事件应急指挥部"),
      ("绿水县突发公共卫生事件应急指挥部办公室", "hosted_by", "绿水县应急局")}),
    ("committee-office-by-short-name",
     "关于成立青山县艾滋病防治工作委员会的通知\n县艾防委办公室设在县卫健局，县卫健局局长兼任办公室主任。",
     ["青山县艾滋病防治工作委员会"],
     {("关于成立青山县艾滋病防治工作委员会的通知", "establishes", "青山县艾滋病防治工作委员会"),
      ("青山县艾滋病防治工作委员会办公室", "office_of", "青山县艾滋病防治工作委员会"),
      ("青山县艾滋病防治工作委员会办公室", "hosted_by", "青山县卫健局")}),
    ("roster-title-names-it",
     "青山县麻风病防治工作联席会议成员名单\n召集人：马  骏   县人民政府副县长",
     ["青山县麻风病防治工作联席会议"],
     {("<notice>", "establishes", "青山县麻风病防治工作联席会议")}),
    ("full-name-where-it-is-defined",  # the title's short name becomes an alias
     "关于成立试点工作小组的通知\n成立试点工作小组。由县卫健局、县财政局组成青山县血吸虫病防治试点工作小组（以下简称试点小组）。"
     "试点小组办公室设在县卫健局。",
     ["青山县血吸虫病防治试点工作小组", "试点小组", "试点小组"],
     {("关于成立试点工作小组的通知", "establishes", "青山县血吸虫病防治试点工作小组"),
      ("青山县血吸虫病防治试点工作小组办公室", "office_of", "青山县血吸虫病防治试点工作小组"),
      ("青山县血吸虫病防治试点工作小组办公室", "hosted_by", "青山县卫健局")}),
    ("joint-meeting-set-up-as-a-mechanism",  # 建立X联席会议机制: the name ends before 机制; the host a ministry's 司
     "近日，国家林业局印发通知，将会同农业部、海关总署2部门，建立全国野生动物疫病防控工作联席会议机制。"
     "联席会议办公室设在国家林业局野生动物保护司，负责日常工作。",
     ["全国野生动物疫病防控工作联席会议"],
     {("<notice>", "establishes", "全国野生动物疫病防控工作联席会议"),
      ("全国野生动物疫病防控工作联席会议办公室", "office_of", "全国野生动物疫病防控工作联席会议"),
      ("全国野生动物疫病防控工作联席会议办公室", "hosted_by", "国家林业局野生动物保护司")}),
    ("strengthening-a-way-of-working-sets-up-no-body",  # 建立健全X协调机制: a way of working made better, no body
     "青山县人民政府统一领导本行政区域内的食品安全工作，建立健全食品安全监督管理协调机制，加强对行政执法的协调、监督。",
     [], set()),
    ("no-mechanism", "县卫健局负责做好夏季食品安全宣传。", [], set()),
    ("groups-after-xiashe",  # groups listed after 下设
           "关于成立青山县防汛抗旱指挥部的通知\n指挥部下设综合协调组、抢险救灾组、后勤保障组。综合协调组负责统筹协调。",
           ["青山县防汛抗旱指挥部"],
           {("关于成立青山县防汛抗旱指挥部的通知", "establishes", "青山县防汛抗旱指挥部"),
            ("综合协调组", "part_of", "青山县防汛抗旱指挥部"), ("抢险救灾组", "part_of", "青山县防汛抗旱指挥部"),
            ("后勤保障组", "part_of", "青山县防汛抗旱指挥部")}),
    ("groups-counted-in-quotes-office-first-no-subject",  # 。下设“一室N组”即办公室、A组…: the body just set up
     "为做好防汛工作，成立青山镇防汛领导小组，负责全镇防汛工作。下设“一室三组”即办公室、宣传组、巡查组、物资保障组。",
     ["青山镇防汛领导小组"],
     {("<notice>", "establishes", "青山镇防汛领导小组"),
      ("青山镇防汛领导小组办公室", "office_of", "青山镇防汛领导小组"),
      ("宣传组", "part_of", "青山镇防汛领导小组"), ("巡查组", "part_of", "青山镇防汛领导小组"),
      ("物资保障组", "part_of", "青山镇防汛领导小组")}),
    ("title-name-without-place-written-with-it-below",  # the place-prefixed form is the full name
     "关于成立创建卫生县城工作领导小组的通知\n各乡镇：\n一、青山县创建卫生县城工作领导小组成员\n组长：王明 县长\n"
     "领导小组下设办公室，办公室设在县卫健局。",
     ["青山县创建卫生县城工作领导小组"],
     {("关于成立创建卫生县城工作领导小组的通知", "establishes", "青山县创建卫生县城工作领导小组"),
      ("青山县创建卫生县城工作领导小组办公室", "office_of", "青山县创建卫生县城工作领导小组"),
      ("青山县创建卫生县城工作领导小组办公室", "hosted_by", "青山县卫健局")}),
    ("a-bare-task-force-named-after-its-composition",  # 建立由A、B组成的工作专班: the body is set up
     "第九条 县卫健局建立由县疾控中心、县人民医院组成的工作专班，负责示范点建设的日常管理工作。",
     ["工作专班"],
     {("<notice>", "establishes", "工作专班")}),
    ("an-article-number-run-into-the-name",  # 。第三条联席会议成员单位为…: a run-on copy, no 第三条 in the name
     "青山县防汛工作联席会议制度第一条为加强领导，制定本制度。第三条联席会议成员单位为县水利局、县应急局。"
     "联席会议下设办公室，办公室设在县水利局。",
     ["联席会议", "联席会议", "联席会议"],
     {("青山县防汛工作联席会议制度", "establishes", "联席会议"), ("联席会议办公室", "office_of", "联席会议"),
      ("联席会议办公室", "hosted_by", "青山县水利局")}),  # the title run on into 第一条 names the notice
    ("a-heading-number-before-the-office",  # （八）X指挥部办公室 on a line of its own: no （八） in the name
     "青山县防汛应急预案\n（八）应急指挥部办公室\n县防汛应急指挥部下设办公室，办公室设在县水利局。\n"
     "主要职责：\n（1）负责落实上级有关防汛工作的指示和要求。",
     ["应急指挥部", "应急指挥部"],
     {("青山县防汛应急预案", "establishes", "应急指挥部"), ("应急指挥部办公室", "office_of", "应急指挥部"),
      ("应急指挥部办公室", "hosted_by", "青山县水利局")}),
    ("office-named-at-work",  # X领导小组办公室组织召开…: the body and its office, no host named
     "2019年5月，平山县食品安全工作领导小组办公室组织召开了全县食品安全工作会议。",
     ["平山县食品安全工作领导小组"],
     {("<notice>", "establishes", "平山县食品安全工作领导小组"),
      ("平山县食品安全工作领导小组办公室", "office_of", "平山县食品安全工作领导小组")}),
    ("a-bare-group-office-is-not-its-office",  # 领导小组办公室 alone may be any group's
     "关于成立青山县结核病防治工作联席会议的通知\n联席会议由县卫健局、县教育局组成。材料报县防汛领导小组办公室。",
     ["青山县结核病防治工作联席会议"],
     {("关于成立青山县结核病防治工作联席会议的通知", "establishes", "青山县结核病防治工作联席会议")}),
    ("a-body-office-among-lead-units-is-not-its-office",  # （A、X办公室牵头…）: a doer among departments
     "（县政府办公室、青山县安全生产委员会办公室牵头，各乡镇按职责分工负责）",
     ["青山县安全生产委员会"],
     {("<notice>", "establishes", "青山县安全生产委员会")}),
    ("a-body-office-first-in-a-unit-list-is-not-its-office",  # X办公室、A联合…: one unit of a list
     "（青山县安全生产委员会办公室、县应急管理局牵头，各乡镇配合）", [], set()),
    ("a-body-office-letterhead-is-the-issuer",  # X办公室文件: the letterhead, not the office at work
     "青山县防汛抗旱指挥部办公室文件\n青汛办〔2024〕3号\n关于做好汛期值班工作的通知\n各乡镇：请做好值班。",
     ["青山县防汛抗旱指挥部"],
     {("关于做好汛期值班工作的通知", "establishes", "青山县防汛抗旱指挥部")}),
    ("a-body-office-letterhead-spaced-is-the-issuer",  # X办公室 文件 (spaced)
     "青山县防汛抗旱指挥部办公室 文件\n关于做好汛期值班工作的通知\n各乡镇：请做好值班。", [], set()),
    ("groups-without-subject-of-no-body-before",  # 各村成立小组。下设…: no mechanism of the notice
     "各村成立巡查小组。下设宣传组、巡查组。", [], set()),
    ("a-reporting-verb-is-not-in-the-name",  # 省人民政府决定X领导小组下设…: the name starts after 决定
     "为统一指挥防治工作，省人民政府决定省鼠疫防治工作领导小组下设防治组、后勤组、宣传组。",
     ["省鼠疫防治工作领导小组"],
     {("<notice>", "establishes", "省鼠疫防治工作领导小组"), ("防治组", "part_of", "省鼠疫防治工作领导小组"),
      ("后勤组", "part_of", "省鼠疫防治工作领导小组"), ("宣传组", "part_of", "省鼠疫防治工作领导小组")}),
    ("renewed-with-a-compound-verb",  # 调整和加强X: the whole verb is not in the name
     "关于调整和加强青山县防汛抗旱指挥部的通知", ["青山县防汛抗旱指挥部"],
     {("关于调整和加强青山县防汛抗旱指挥部的通知", "establishes", "青山县防汛抗旱指挥部")}),
    ("who-leads-it-is-not-in-the-name",  # 成立由县长负责的X: the name starts after 的
     "县政府成立由县长负责的青山县禁毒工作领导小组，统筹全县禁毒工作。", ["青山县禁毒工作领导小组"],
     {("<notice>", "establishes", "青山县禁毒工作领导小组")}),
    ("an-adjective-before-an-opening-quote",  # 成立了临时性的“X”: the name is inside the quotes
     "早在建国前，一些地方就成立了临时性的“防疫委员会”，统一领导防疫工作。", ["防疫委员会"],
     {("<notice>", "establishes", "防疫委员会")}),
    ("two-bodies-set-up-together",  # 组建A小组和B委员会 far into the text: two bodies, not one named A小组和B委员会
     "试点工作要坚持问题导向，注重实效。" * 30 + "县卫健局会同有关部门组建协调小组和专家委员会，负责推进试点工作。", ["协调小组"],
     {("<notice>", "establishes", "协调小组"), ("<notice>", "establishes", "专家委员会")}),
    ("a-plan-task-names-a-body-it-says-nothing-more-of",  # 建立X委员会。探索…: one task among many, no body
     "试点工作要坚持问题导向，注重实效。" * 30 + "建立青山县数据产业专家咨询委员会。探索推行首席数据官制度。"
     "支持建设数据平台公司。", [], set()),
    ("others-encouraged-to-set-up-a-mechanism",  # 鼓励企业建立X协作机制，推动…: not the notice's body
     "试点工作要坚持问题导向，注重实效。" * 30 + "鼓励龙头企业、科研院所建立数据创新协作机制，推动成果共享。", [], set()),
    ("a-body-set-up-far-into-the-text-with-its-chair",  # …成立X领导小组。组长由…: described, the notice's
     "试点工作要坚持问题导向，注重实效。" * 30 + "成立青山县数据产业推进领导小组。组长由县长担任。",
     ["青山县数据产业推进领导小组"], {("<notice>", "establishes", "青山县数据产业推进领导小组")}),
    ("a-body-set-up-far-into-the-text-with-its-members-two-sentences-on",  # the members two sentences on
     "试点工作要坚持问题导向，注重实效。" * 30 + "支持组建青山县职业教育指导委员会。委员会研究重大问题。"
     "成员包括县教育局、县人社局。",
     ["青山县职业教育指导委员会"], {("<notice>", "establishes", "青山县职业教育指导委员会")}),
    ("office-with-its-own-name-set-up-under-it",  # 领导小组下设控烟办公室: the office's own name
     "关于成立青山县控烟工作领导小组的通知\n领导小组下设控烟办公室，负责日常督查。", ["青山县控烟工作领导小组"],
     {("关于成立青山县控烟工作领导小组的通知", "establishes", "青山县控烟工作领导小组"),
      ("控烟办公室", "office_of", "青山县控烟工作领导小组")}),
    ("office-named-by-the-body-after-xiashe",  # X委员会下设X委员会办公室: the body's office
     "关于成立白河市食品安全委员会的通知\n市食品安全委员会下设市食品安全委员会办公室，具体负责日常工作。",
     ["白河市食品安全委员会"],
     {("关于成立白河市食品安全委员会的通知", "establishes", "白河市食品安全委员会"),
      ("市食品安全委员会办公室", "office_of", "白河市食品安全委员会")}),
    ("office-host-in-a-later-sentence",  # …下设A办公室。A办公室是…的经办机构，设在B: hosted by B
     "关于成立青山县合作医疗管理委员会的通知\n委员会下设县合作医疗管理办公室。"
     "县合作医疗管理办公室是全县合作医疗的经办机构，设在县卫生局。",
     ["青山县合作医疗管理委员会"],
     {("关于成立青山县合作医疗管理委员会的通知", "establishes", "青山县合作医疗管理委员会"),
      ("青山县合作医疗管理办公室", "office_of", "青山县合作医疗管理委员会"),
      ("青山县合作医疗管理办公室", "hosted_by", "青山县卫生局")}),
    ("a-title-broken-after-its-place",  # 青山县 alone on a line, the name below: the full name (written
     # across the break, so no span of the whole); the office's host later in the sentence that sets it up
     "附件1\n青山县\n秋冬季防疫工作领导小组成员名单\n组长：王明 副县长\n领导小组下设办公室，办公地点设在县卫健局。", [],
     {("<notice>", "establishes", "青山县秋冬季防疫工作领导小组"),
      ("青山县秋冬季防疫工作领导小组办公室", "office_of", "青山县秋冬季防疫工作领导小组"),
      ("青山县秋冬季防疫工作领导小组办公室", "hosted_by", "青山县卫健局")}),
    ("office-hung-on-another-body",  # 在B加挂A办公室牌子: A is another name of B's, hosted by B
     "关于成立青山镇卫生健康工作领导小组的通知\n领导小组下设卫生健康办公室，在镇社会事务办公室加挂卫生健康办公室牌子。",
     ["青山镇卫生健康工作领导小组"],
     {("关于成立青山镇卫生健康工作领导小组的通知", "establishes", "青山镇卫生健康工作领导小组"),
      ("卫生健康办公室", "office_of", "青山镇卫生健康工作领导小组"),
      ("卫生健康办公室", "hosted_by", "镇社会事务办公室")}),
    ("a-counted-list-of-bodies",  # 建立A、B和C等三个工作专班: three bodies, the first the notice's
     "关于建立防汛巡查、物资调度和群众转移等三个工作专班的通知\n一、防汛巡查工作专班\n组长：王明",
     ["防汛巡查工作专班"],
     {("关于建立防汛巡查、物资调度和群众转移等三个工作专班的通知", "establishes", "防汛巡查工作专班"),
      ("关于建立防汛巡查、物资调度和群众转移等三个工作专班的通知", "establishes", "物资调度工作专班"),
      ("关于建立防汛巡查、物资调度和群众转移等三个工作专班的通知", "establishes", "群众转移工作专班")}),
    ("a-count-that-is-not-the-items-names-none",  # 建立A、B等四个工作专班: the others are not named
     "关于建立防汛巡查、物资调度等四个工作专班的通知", [], set()),
    ("a-department-signing-is-none",  # X县卫生健康委员会 over the date: the issuing department
     "各乡镇：请做好秋冬季防疫工作。\n青山县卫生健康委员会\n2024年3月1日", [], set()),
    ("a-task-force-renewed-far-into-the-text",  # 调整充实X工作专班，统筹推进…: the body at work
     "试点工作要坚持问题导向，注重实效。" * 30 + "调整充实青山县数据产业工作专班，统筹推进产业发展重大任务。",
     ["青山县数据产业工作专班"], {("<notice>", "establishes", "青山县数据产业工作专班")}),
    ("each-addressee-sets-up-its-own",  # 要成立本单位的X小组: each unit's own, a kind of body
     "各成员单位要成立本单位、本部门的防汛工作小组，制定具体方案。", [], set()),
    ("who-chairs-it-before-the-name",  # 建立了以A为召集人的X联席会议制度: the name starts after 的
     "近年来，我县建立了以分管副县长为召集人的青山县禁毒工作联席会议制度，统筹全县禁毒工作。",
     ["青山县禁毒工作联席会议"], {("<notice>", "establishes", "青山县禁毒工作联席会议")}),
    ("each-government-after-a-list-number",  # 1.各级人民政府成立…: a kind of body each sets up
     "一、组织领导\n1.各级人民政府成立由主要领导负责的尘肺病防治领导小组。\n2.各级人民政府制定实施方案。", [], set()),
    ("a-stray-measure-word-before-the-count",  # 下设个三个工作组: a count (typed twice), the groups below
     "关于成立青山镇秋冬季防疫领导小组的通知\n领导小组下设个三个工作组，分工如下：\n（一）宣传组\n负责宣传。\n"
     "（二）巡查组\n负责巡查。\n（三）保障组\n负责保障。",
     ["青山镇秋冬季防疫领导小组"],
     {("关于成立青山镇秋冬季防疫领导小组的通知", "establishes", "青山镇秋冬季防疫领导小组"),
      ("宣传组", "part_of", "青山镇秋冬季防疫领导小组"), ("巡查组", "part_of", "青山镇秋冬季防疫领导小组"),
      ("保障组", "part_of", "青山镇秋冬季防疫领导小组")}),
    ("one-in-each-community-is-a-kind",  # 成立各社区X委员会: one per community, no one body and no office
     "为做好基层防疫，决定成立各社区健康促进委员会。委员会办公室设在各社区居委会内。", [], set()),
    ("office-with-a-name-of-its-own",  # X联合办公室设在A: the office is named as written
     "关于成立青山县校园食品安全整治工作小组的通知\n整治联合办公室设在县教育局、县市场监管局。",
     ["青山县校园食品安全整治工作小组"],
     {("关于成立青山县校园食品安全整治工作小组的通知", "establishes", "青山县校园食品安全整治工作小组"),
      ("整治联合办公室", "office_of", "青山县校园食品安全整治工作小组"),
      ("整治联合办公室", "hosted_by", "青山县教育局")}),
    ("office-set-up-in-the-clause-before",  # 成立X办公室，办公室设在A: the bare 办公室 is X办公室
     "关于成立青山县数字乡村建设领导小组的通知\n成立数字乡村推进办公室，办公室设在县农业农村局，负责日常工作。",
     ["青山县数字乡村建设领导小组"],
     {("关于成立青山县数字乡村建设领导小组的通知", "establishes", "青山县数字乡村建设领导小组"),
      ("数字乡村推进办公室", "office_of", "青山县数字乡村建设领导小组"),
      ("数字乡村推进办公室", "hosted_by", "青山县农业农村局")}),
    ("office-host-after-yu",  # 下设办公室于A: 设…于, the host after 于
     "关于成立青山县狂犬病防控指挥部的通知\n指挥部下设办公室于县人民政府办公室，负责日常工作。",
     ["青山县狂犬病防控指挥部"],
     {("关于成立青山县狂犬病防控指挥部的通知", "establishes", "青山县狂犬病防控指挥部"),
      ("青山县狂犬病防控指挥部办公室", "office_of", "青山县狂犬病防控指挥部"),
      ("青山县狂犬病防控指挥部办公室", "hosted_by", "青山县人民政府办公室")}),
    ("office-host-where-it-works",  # 下设办公室，在A办公: the host is where it works
     "关于成立青山县复工复产工作专班的通知\n工作专班下设办公室，在县招商服务部办公，负责日常工作。",
     ["青山县复工复产工作专班"],
     {("关于成立青山县复工复产工作专班的通知", "establishes", "青山县复工复产工作专班"),
      ("青山县复工复产工作专班办公室", "office_of", "青山县复工复产工作专班"),
      ("青山县复工复产工作专班办公室", "hosted_by", "青山县招商服务部")}),
    # --- working groups (extractor/match/groups.py) ---
    ("groups-listed-one-with-another-name-in-brackets",  # 调整完善X工作体系，下设A组、B专班（C组）…等N个工作组
     "经研究，决定调整完善青山镇防汛抗旱领导小组工作体系，下设综合组、巡堤专班（险情处置组）、物资组等3个工作组，承担防汛具体职责。",
     ["青山镇防汛抗旱领导小组"],
     {("<notice>", "establishes", "青山镇防汛抗旱领导小组"), ("综合组", "part_of", "青山镇防汛抗旱领导小组"),
      ("巡堤专班", "part_of", "青山镇防汛抗旱领导小组"), ("物资组", "part_of", "青山镇防汛抗旱领导小组")}),
    ("a-second-body-set-up-with-groups-of-its-own",  # 同时，成立Y专班（简称Z），下设A组、B组: Y's groups
     "经研究，决定调整完善青山镇防汛抗旱领导小组工作体系，下设综合组、物资组等2个工作组。"
     "同时，成立抢险现场处置工作专班（简称“抢险专班”），下设综合组、转移安置组等2个工作组。",
     ["青山镇防汛抗旱领导小组"],
     {("<notice>", "establishes", "青山镇防汛抗旱领导小组"), ("<notice>", "establishes", "抢险现场处置工作专班"),
      ("综合组", "part_of", "青山镇防汛抗旱领导小组"), ("物资组", "part_of", "青山镇防汛抗旱领导小组"),
      ("转移安置组", "part_of", "抢险现场处置工作专班")}),
    ("groups-counted-then-opening-their-paragraphs",  # 成立三个工作组 / A组负责… / 2、B组 (run on) / 3、C组
     "关于成立青山县鼠疫防控领导小组的通知\n一、领导机构\n（一）成立青山县鼠疫防控领导小组。\n"
     "领导小组下设办公室，办公室设在县卫健局。\n（二）成立三个工作组\n监测组负责疫情监测。办公室设在县疾控中心。 2、处置组\n"
     "处置组负责疫点处置。\n3、督导组\n督导组负责督促检查。\n二、工作要求\n各乡镇要加强值守。",
     ["青山县鼠疫防控领导小组", "青山县鼠疫防控领导小组"],
     {("关于成立青山县鼠疫防控领导小组的通知", "establishes", "青山县鼠疫防控领导小组"),
      ("青山县鼠疫防控领导小组办公室", "office_of", "青山县鼠疫防控领导小组"),
      ("青山县鼠疫防控领导小组办公室", "hosted_by", "青山县卫健局"),  # not the 监测组's own office
      ("监测组", "part_of", "青山县鼠疫防控领导小组"), ("处置组", "part_of", "青山县鼠疫防控领导小组"),
      ("督导组", "part_of", "青山县鼠疫防控领导小组")}),
    ("an-office-and-groups-counted-the-text-cut-short",  # 下设1个办公室3个工作组 / （一）办公室。 / （二）A组。
     "关于成立青山县禽流感防治领导小组的通知\n领导小组下设1个办公室3个工作组。\n（一）办公室。主要职责：\n1、负责日常工作。\n"
     "（二）疫病防治组。主要职责：\n1、制订防治方案。\n2、指导各乡镇",
     ["青山县禽流感防治领导小组"],
     {("关于成立青山县禽流感防治领导小组的通知", "establishes", "青山县禽流感防治领导小组"),
      ("青山县禽流感防治领导小组办公室", "office_of", "青山县禽流感防治领导小组"),
      ("疫病防治组", "part_of", "青山县禽流感防治领导小组")}),
    ("group-paragraphs-with-no-count",  # 1、A组。工作职责：… 2、B组。工作职责：…
     "关于成立青山街道疫情防控工作领导小组的通知\n三、任务分工\n1、综合组。工作职责：负责起草文件。\n"
     "2、宣传组。工作职责：负责对外宣传。",
     ["青山街道疫情防控工作领导小组"],
     {("关于成立青山街道疫情防控工作领导小组的通知", "establishes", "青山街道疫情防控工作领导小组"),
      ("综合组", "part_of", "青山街道疫情防控工作领导小组"), ("宣传组", "part_of", "青山街道疫情防控工作领导小组")}),
    ("one-group-paragraph-is-not-a-run",  # a single 专家组负责…: no run of groups, nothing read
     "关于成立青山县职业病防治领导小组的通知\n专家组负责技术指导。",
     ["青山县职业病防治领导小组"],
     {("关于成立青山县职业病防治领导小组的通知", "establishes", "青山县职业病防治领导小组")}),
    ("party-organs-open-no-group-paragraphs",  # 县卫健局党组负责… : a body's organ, no working group
     "关于成立青山县职业病防治领导小组的通知\n县卫健局党组负责督促落实。\n县民政局党组负责组织宣传。",
     ["青山县职业病防治领导小组"],
     {("关于成立青山县职业病防治领导小组的通知", "establishes", "青山县职业病防治领导小组")}),
    ("groups-distributed-and-named-in-the-roster",  # 下设A、B、C 3个工作组: only those written A组 elsewhere
     "关于成立青山县防汛抗旱指挥部的通知\n指挥部下设抢险、物资、宣传3个工作组和办公室。\n"
     "成员：王明（县应急局局长，抢险组组长）\n李强（县商务局局长，物资组组长）",
     ["青山县防汛抗旱指挥部"],
     {("关于成立青山县防汛抗旱指挥部的通知", "establishes", "青山县防汛抗旱指挥部"),
      ("抢险组", "part_of", "青山县防汛抗旱指挥部"), ("物资组", "part_of", "青山县防汛抗旱指挥部")}),
    ("a-bare-body-setting-up-its-own-bodies",  # 领导组下设办公室和N个工作组 in a page cut before the body's name
     "王明 (东湖区副区长)\n李强 (西湖区副区长)\n领导组下设办公室和2个工作组。\n（一）办公室\n设在市卫生局，主任由市卫生局副局长赵刚担任。"
     "负责领导组日常工作。\n（二）宣传组\n组长：陈平\n（三）救治组\n组长：孙立",
     ["领导组", "领导组"],
     {("<notice>", "establishes", "领导组"), ("领导组办公室", "office_of", "领导组"),
      ("领导组办公室", "hosted_by", "市卫生局"),  # its seat on the line below its heading
      ("宣传组", "part_of", "领导组"), ("救治组", "part_of", "领导组")}),
    ("office-host-a-government-general-office",  # 设在省人民政府办公厅: the general office, not the government
     "关于成立青山省鼠疫防控指挥部的通知\n指挥部办公室设在省人民政府办公厅，负责日常工作。",
     ["青山省鼠疫防控指挥部"],
     {("关于成立青山省鼠疫防控指挥部的通知", "establishes", "青山省鼠疫防控指挥部"),
      ("青山省鼠疫防控指挥部办公室", "office_of", "青山省鼠疫防控指挥部"),
      ("青山省鼠疫防控指挥部办公室", "hosted_by", "青山省人民政府办公厅")}),
    ("a-body-of-so-many-people",  # 成立13人防汛指挥所: its size is no part of its name
     "二、健全防汛机构。镇政府成立9人防汛指挥所。所长：王明；副所长：李强。", ["防汛指挥所"],
     {("<notice>", "establishes", "防汛指挥所")}),
    ("a-team-for-each-patient-is-a-kind",  # 对每1名患者建立由…组成的X小组: one for each, no one body
     "以村为单位，对每1名患者建立由村干部、村医和家属等组成的随访小组，做好随访。", [], set()),
    ("an-office-given-tasks-names-its-body",  # X联席会议办公室要…: the body through its office at work;
     # 自由 (an adjective) stays inside the name though 由 starts none
     "各有关部门要密切协作。青山省自由贸易港建设工作联席会议办公室要加强督促检查，及时总结评估。",
     ["青山省自由贸易港建设工作联席会议"],
     {("<notice>", "establishes", "青山省自由贸易港建设工作联席会议"),
      ("青山省自由贸易港建设工作联席会议办公室", "office_of", "青山省自由贸易港建设工作联席会议")}),
    ("a-bare-office-in-the-sentence-setting-the-body-up",  # 成立X领导小组，…，领导小组办公室具体负责…
     "关于印发青山县数字经济推进方案的通知\n成立青山县数字经济发展领导小组，统筹推进各项工作，领导小组办公室具体负责方案实施。",
     ["青山县数字经济发展领导小组"],
     {("关于印发青山县数字经济推进方案的通知", "establishes", "青山县数字经济发展领导小组"),
      ("青山县数字经济发展领导小组办公室", "office_of", "青山县数字经济发展领导小组")}),
    ("the-body-the-work-answers-to",  # 在县X领导小组的领导下开展…: no body set up, the one named over the work
     "各成员单位要明确职责，在县鼠疫防控工作领导小组的统一领导下开展各项防治工作。", ["县鼠疫防控工作领导小组"],
     {("<notice>", "establishes", "县鼠疫防控工作领导小组")}),
    ("a-meeting-of-the-member-units-is-no-body",  # 召开成员单位联席会议: a meeting of the members
     "县卫健局要及时组织召开成员单位联席会议，通报疫情。", [], set()),
    ("a-page-of-group-paragraphs-under-a-bare-body",  # the page begins after the body's name: its groups'
     # paragraphs and its bare ending (贯彻领导小组意见) name it; its bare office is written so
     "办公室承担日常工作，贯彻领导小组意见。办公室设在县畜牧局。\n疫情防治组负责制定技术方案。\n宣传组负责宣传防治知识。",
     ["领导小组"],
     {("<notice>", "establishes", "领导小组"), ("领导小组办公室", "office_of", "领导小组"),
      ("领导小组办公室", "hosted_by", "县畜牧局"), ("疫情防治组", "part_of", "领导小组"), ("宣传组", "part_of", "领导小组")}),
    ("a-bare-office-at-work-is-the-one-bodys",  # 由联席会议办公室汇总: the notice's only 联席会议's office
     "关于建立青山县食品安全工作联席会议制度的通知\n联席会议每季度召开一次。会议议题由联席会议办公室汇总后报召集人审定。\n",
     ["青山县食品安全工作联席会议"],
     {("关于建立青山县食品安全工作联席会议制度的通知", "establishes", "青山县食品安全工作联席会议"),
      ("青山县食品安全工作联席会议办公室", "office_of", "青山县食品安全工作联席会议")}),
    ("a-bare-office-after-a-place-is-another-bodys",  # 由市联席会议办公室: the city's body, not the county's
     "关于建立青山县食品安全工作联席会议制度的通知\n联席会议每季度召开一次。情况报市联席会议办公室备案。\n",
     ["青山县食品安全工作联席会议"],
     {("关于建立青山县食品安全工作联席会议制度的通知", "establishes", "青山县食品安全工作联席会议")}),
    ("a-body-of-experts-and-representatives-is-none",  # 由专家、代表组成的X委员会: advisory, no departments' body
     "成立由数据专家、法律学者、企业代表等联合组成的青山市数据治理委员会，为全市提供咨询。", [], set()),
    ("a-body-of-departments-set-up-the-same-way",  # 由A局、B局等部门组成的X领导小组: the coordination body
     "成立由县卫健局、县教育局等部门组成的青山县近视防控工作领导小组，负责统筹协调。", ["青山县近视防控工作领导小组"],
     {("<notice>", "establishes", "青山县近视防控工作领导小组")}),
    ("the-establishment-committees-letterhead-is-none",  # X机构编制委员会办公室文件: a standing organ's office
     "青山省机构编制委员会办公室文件\n关于调整卫生监督职责的通知\n省卫生厅负责卫生监督。\n", [], set()),
    ("a-heading-naming-the-short-form-of-each-villages-body",  # 建立“3人帮扶小组” / 建立各村X小组（3人帮扶小组）
     "一、建立“3人帮扶小组”\n建立各村困难老人帮扶小组(3人帮扶小组)。由村干部任组长，负责走访。", [], set()),
    ("a-group-placed-in-a-unit",  # X小组设在Y: the unit is the group's host, as an office's
     "关于成立青山镇饮水安全调查领导小组的通知\n领导小组下设水质检测小组，负责采样和检测。水质检测小组设在镇卫生院。\n",
     ["青山镇饮水安全调查领导小组"],
     {("关于成立青山镇饮水安全调查领导小组的通知", "establishes", "青山镇饮水安全调查领导小组"),
      ("水质检测小组", "part_of", "青山镇饮水安全调查领导小组"), ("水质检测小组", "hosted_by", "镇卫生院")}),
    ("set-up-with-le-and-its-leader-before-the-name",  # 成立了由X为组长的Y: the leader is no part of the name
     "全县成立了由副县长王明为组长的鼠疫防控工作领导小组，负责统筹全县防控工作。", ["鼠疫防控工作领导小组"],
     {("<notice>", "establishes", "鼠疫防控工作领导小组")}),
    ("a-reporting-word-joined-to-the-next-is-inside-the-name",  # 通报和协作机制: 通报 is no verb before it
     "建立疫情通报和部门协作机制，由县卫健局负责日常联络。", ["疫情通报和部门协作机制"],
     {("<notice>", "establishes", "疫情通报和部门协作机制")}),
    ("one-group-paragraph-names-no-bare-body", "办公室承担日常工作，贯彻领导小组意见。\n疫情防治组负责制定技术方案。", [], set()),
    ("office-host-with-he-inside-its-name",  # 设在市经济和信息化委: the 和 is inside the name
     "关于成立白河市数字经济发展领导小组的通知\n领导小组办公室设在市经济和信息化委，负责日常工作。",
     ["白河市数字经济发展领导小组"],
     {("关于成立白河市数字经济发展领导小组的通知", "establishes", "白河市数字经济发展领导小组"),
      ("白河市数字经济发展领导小组办公室", "office_of", "白河市数字经济发展领导小组"),
      ("白河市数字经济发展领导小组办公室", "hosted_by", "市经济和信息化委")}),
    ("units-joined-by-yu-set-up-one-body-together",  # A、B与C成立X: together, not one each
     "为做好调查工作，镇卫生院、镇派出所与镇中心学校成立青山镇学生健康调查领导小组，负责调查的组织和实施。\n",
     ["青山镇学生健康调查领导小组"], {("<notice>", "establishes", "青山镇学生健康调查领导小组")}),
    ("units-joined-by-he-set-up-one-each",  # A、B和C成立X: each sets one up, a kind of body
     "为做好调查工作，镇卫生院、镇派出所和镇中心学校成立学生健康调查领导小组，负责调查的组织和实施。\n", [], set()),
    ("a-body-heads-its-numbered-order",  # X指挥部（17号令）: the body issues its own order
     "青山县疫情防控指挥部（17号令）\n各乡镇，县直各单位：\n为严格防控疫情，现下达如下命令：\n一、全面关停聚集性场所。\n",
     ["青山县疫情防控指挥部"],
     {("青山县疫情防控指挥部（17号令）", "establishes", "青山县疫情防控指挥部")}),
    ("a-numbered-order-heading-without-brackets", "白河市防汛指挥部 5号令\n各区人民政府：\n现就防汛有关事项命令如下：\n一、各水库立即开闸泄洪。\n",
     ["白河市防汛指挥部"], {("<notice>", "establishes", "白河市防汛指挥部")}),
    ("the-last-order-heading-is-the-orders-own",  # a news page's headline (its account's name first) repeats it
     "青山发布县疫情防控指挥部令（第2号）\n2020年1月27日\n红石县疫情防控工作指挥部令（第2号）\n为严格防控疫情，现发布命令如下：\n"
     "一、全面关停聚集性场所。\n",
     ["红石县疫情防控工作指挥部"],
     {("青山发布县疫情防控指挥部令（第2号）", "establishes", "红石县疫情防控工作指挥部")}),
    ("a-governments-order-names-no-body", "青山县人民政府令（第3号）\n现公布《青山县河道管理办法》，自公布之日起施行。\n", [], set()),
]


@pytest.mark.parametrize(("text", "mechanisms", "bodies"), rows(MECHANISMS))
def test_mechanism_and_its_bodies(text: str, mechanisms: list[str], bodies: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert [t for _label, t in spans_of(doc, "mechanisms")] == mechanisms
    assert {label for label, _t in spans_of(doc, "mechanisms")} <= {"MECHANISM"}
    assert facts(doc, *BODY_RELATIONS) == bodies


# (id, notice, [(label, text)] of doc.spans["bodies"])
BODIES = [
    ("office", "关于成立东湖区精神卫生工作领导小组的通知\n领导小组办公室设在区卫健局，办公室主任由孙红同志兼任。",
     [("OFFICE", "领导小组办公室")]),
    ("group", "关于成立青山县防汛抗旱指挥部的通知\n指挥部下设综合协调组。综合协调组设在县应急局，负责统筹协调。",
     [("GROUP", "综合协调组"), ("GROUP", "综合协调组")]),
    ("no-body", "关于成立青山县鼠疫防控领导小组的通知\n组长：县人民政府副县长 张建国", []),
]

# (id, notice, the written forms of the mechanism's office): <its name or alias>(下设)办公室
OFFICE_FORMS = [
    ("short-name-sets-up-the-office", "关于成立青山县文明创建指导委员会（以下简称县文明委）的通知\n"
     "县文明委下设办公室，办公室设在县委宣传部。", {"县文明委办公室"}),
    ("alias-office-written-at-work", "关于成立青山县防汛领导小组的通知\n办公室设在县水利局。领导小组办公室主任由赵刚兼任。",
     {"领导小组办公室"}),
]


@pytest.mark.parametrize(("text", "forms"), rows(OFFICE_FORMS))
def test_office_written_forms(text: str, forms: set[str]) -> None:
    office = next(e for e in doc_of(text)._.entities.values() if e.get("body") == "office")
    assert forms <= {office["name"], *office.get("aliases", [])}


@pytest.mark.parametrize(("text", "bodies"), rows(BODIES))
def test_body_spans(text: str, bodies: list[tuple[str, str]]) -> None:
    assert spans_of(doc_of(text), "bodies") == bodies


# (id, notice, (unit, relation, mechanism[, title]) of the member and convener units)
UNITS = [
    ("composition-sentence",
     "关于建立白银市防治艾滋病工作联席会议制度的通知\n联席会议由白银市卫生健康委、市教育局、市公安局组成。",
     {("白银市卫生健康委", "member_unit_of", "白银市防治艾滋病工作联席会议"),
      ("白银市教育局", "member_unit_of", "白银市防治艾滋病工作联席会议"),
      ("白银市公安局", "member_unit_of", "白银市防治艾滋病工作联席会议")}),
    ("composition-count-without-deng",  # …、C3个部门和单位组成: the count right after the last unit
     "关于建立白银市防治艾滋病工作联席会议制度的通知\n联席会议由白银市卫生健康委、市教育局、市药监局3个部门和单位组成。",
     {("白银市卫生健康委", "member_unit_of", "白银市防治艾滋病工作联席会议"),
      ("白银市教育局", "member_unit_of", "白银市防治艾滋病工作联席会议"),
      ("白银市药监局", "member_unit_of", "白银市防治艾滋病工作联席会议")}),
    ("a-government-post-held-in-its-general-office",  # 县政府协调X工作的县府办副主任 / 办公室副主任: the office's
     "关于建立青山县养老服务工作联席会议制度的通知\n联席会议由县政府协调养老工作的县府办副主任担任召集人，"
     "县民政局主要负责同志担任副召集人。",
     {("青山县人民政府办公室", "convener_unit_of", "青山县养老服务工作联席会议", "title=协调养老工作的副主任"),
      ("青山县民政局", "deputy_convener_unit_of", "青山县养老服务工作联席会议", "title=主要负责同志")}),
    ("a-government-post-held-in-its-bare-office",  # 市政府协调X工作的办公室副主任: 办公室 stays in the title
     "白河市民政局关于建立白河市救助工作联席会议制度的通知\n联席会议由市政府协调救助工作的办公室副主任担任副召集人。",
     {("白河市人民政府办公室", "deputy_convener_unit_of", "白河市救助工作联席会议", "title=协调救助工作的办公室副主任")}),
    ("convener-unit-no-lexicon-lists",  # 县安办: named in the member list, then its head convenes
     "关于建立青山县安全生产联席会议制度的通知\n联席会议成员单位为县安办、县卫健局。"
     "联席会议由县安办负责人担任召集人，县卫健局负责人担任副召集人。",
     {("青山县安办", "member_unit_of", "青山县安全生产联席会议"),
      ("青山县卫健局", "member_unit_of", "青山县安全生产联席会议"),
      ("青山县安办", "convener_unit_of", "青山县安全生产联席会议", "title=负责人"),
      ("青山县卫健局", "deputy_convener_unit_of", "青山县安全生产联席会议", "title=负责人")}),
    ("composition-count-after-gong",  # …、C共3个单位组成: the count after 共
     "关于建立青山县社会救助工作联席会议制度的通知\n联席会议由县民政局、县财政局、县税务局共3个单位组成，县民政局为牵头单位。",
     {(f"青山县{u}", "member_unit_of", "青山县社会救助工作联席会议") for u in ("民政局", "财政局", "税务局")}),
    ("units-listed-after-the-body-they-make-up",  # 组成联席会议的N个部门和单位分别是：A、B和C
     "关于建立白河市留守儿童关爱工作联席会议制度的通知\n组成联席会议的4个部门和单位分别是：白河市民政局、白河市教育局、团市委和白河市妇联。",
     {(u, "member_unit_of", "白河市留守儿童关爱工作联席会议")
      for u in ("白河市民政局", "白河市教育局", "团市委", "白河市妇联")}),
    ("unit-and-the-partners-it-sets-the-body-up-with",  # A印发…，将会同B、C2部门，建立X: A, B and C sit in X
     "近日，国家林业局印发通知，将会同农业部、海关总署2部门，建立全国野生动物疫病防控工作联席会议机制。",
     {(u, "member_unit_of", "全国野生动物疫病防控工作联席会议") for u in ("国家林业局", "农业部", "海关总署")}),
    ("partners-with-a-count-that-does-not-add-up",  # 3部门 for two names: a partner is not named, read none
     "近日，国家林业局印发通知，将会同农业部、海关总署3部门，建立全国野生动物疫病防控工作联席会议机制。", set()),
    ("partners-setting-the-body-up-together",  # A会同B、C共同建立X
     "白河市民政局会同市财政局、市卫健局共同建立白河市困难群众救助工作联席会议机制。",
     {(f"白河市{u}", "member_unit_of", "白河市困难群众救助工作联席会议") for u in ("民政局", "财政局", "卫健局")}),
    ("units-taking-part-called-members",  # 成立X，下设办公室，A、B等部门参与，明确成员单位职责
     "青山县成立防汛抗旱工作领导小组，下设办公室，水利、应急、气象等部门参与，明确成员单位职责。",
     {(u, "member_unit_of", "防汛抗旱工作领导小组") for u in ("水利", "应急", "气象")}),
    ("units-taking-part-in-the-work-only",  # near-miss: 等部门共同参与 of the campaign, not called members
     "青山县成立防汛抗旱工作领导小组，县长负总责，水利、应急、气象等部门共同参与。", set()),
    ("units-listed-after-another-body",  # 组成专家组的…: the units of another body, not the mechanism's
     "关于建立白河市留守儿童关爱工作联席会议制度的通知\n组成专家组的2个单位分别是：市儿童医院、市疾控中心。", set()),
    ("members-list-ends-before-the-office-clause",  # 成员单位：A、B，办公室设在A，某某兼任办公室主任
     "关于成立红石区爱国卫生工作领导小组的通知\n成员单位：区卫健局、区城管局、区财政局，"
     "领导小组办公室设在区卫健局，王建国兼任办公室主任。",
     {(f"红石区{u}", "member_unit_of", "红石区爱国卫生工作领导小组") for u in ("卫健局", "城管局", "财政局")}),
    ("units-as-members-without-their-heads",  # A、B等单位为成员的X领导小组: the units themselves; 县政府 leads
     "近日，青山县成立由县政府分管副县长任组长，县统计局、县公安局等单位为成员的青山县1%人口抽样调查工作领导小组。\n",
     {(f"青山县{u}", "member_unit_of", "青山县1%人口抽样调查工作领导小组") for u in ("统计局", "公安局")}
     | {("青山县政府", "leader_unit_of", "青山县1%人口抽样调查工作领导小组", "title=分管副县长")}),
    ("a-party-organs-secretary-names-the-organ",  # 成员由社区党委书记、街道科室负责人组成: 社区党委 sits
     "关于成立红石街道疫情防控工作领导小组的通知\n成立红石街道疫情防控工作领导小组，成员由社区党委书记、街道科室负责人组成。",
     {(u, "member_unit_of", "红石街道疫情防控工作领导小组") for u in ("社区党委", "街道科室")}),
    ("composition-by-posts-gives-no-unit",  # 由总召集人、召集人和成员单位有关负责人组成: posts, not units
     "关于建立青山区养老服务联席会议制度的通知\n联席会议由总召集人、召集人和成员单位有关负责人组成。\n", set()),
    ("composition-by-posts-all-listed",  # 由召集人、副召集人、成员组成
     "关于建立青山区养老服务联席会议制度的通知\n联席会议由召集人、副召集人、成员组成。\n", set()),
    ("composition-by-group-posts-then-units",  # 由组长、副组长和成员组成，成员由A、B负责同志担任
     "关于成立青山县鼠疫防控领导小组的通知\n领导小组由组长、副组长和成员组成，成员由县卫健局、县农业局负责同志担任。\n",
     {("青山县卫健局", "member_unit_of", "青山县鼠疫防控领导小组"),
      ("青山县农业局", "member_unit_of", "青山县鼠疫防控领导小组")}),
    ("member-units-line",
     "关于成立绿水县突发公共卫生事件应急指挥部的通知\n成员单位：县卫健局、县应急局、县公安局、县交通运输局、县融媒体中心。",
     {(f"绿水县{u}", "member_unit_of", "绿水县突发公共卫生事件应急指挥部")
      for u in ("卫健局", "应急局", "公安局", "交通运输局", "融媒体中心")}),
    ("member-units-are",
     "关于成立红石区手足口病防控领导小组的通知\n成员单位为区教育局、区市场监管局、区财政局。",
     {(f"红石区{u}", "member_unit_of", "红石区手足口病防控领导小组") for u in ("教育局", "市场监管局", "财政局")}),
    ("heads-convene",  # the units whose heads hold the posts sit in the body (no list of its own)
     "关于建立红石区手足口病防控联席会议制度的通知\n联席会议由区卫健局局长任召集人，区疾控中心主任任副召集人。",
     {("红石区卫健局", "convener_unit_of", "红石区手足口病防控联席会议", "title=局长"),
      ("红石区疾控中心", "deputy_convener_unit_of", "红石区手足口病防控联席会议", "title=主任"),
      ("红石区卫健局", "member_unit_of", "红石区手足口病防控联席会议"),
      ("红石区疾控中心", "member_unit_of", "红石区手足口病防控联席会议")}),
    ("heads-posts-written-together",  # 主要负责同志及分管负责同志担任副召集人: the unit's post is the first
     "关于建立青山县托育服务发展联席会议制度的通知\n联席会议由县民政局主要负责同志担任召集人，"
     "县卫健局主要负责同志及分管负责同志担任副召集人。",
     {("青山县民政局", "convener_unit_of", "青山县托育服务发展联席会议", "title=主要负责同志"),
      ("青山县卫健局", "deputy_convener_unit_of", "青山县托育服务发展联席会议", "title=主要负责同志")}),
    ("composition-by-the-units-officers-in-charge",  # 由A、B等N个部门和单位分管同志组成: every unit listed
     "关于成立白河市药品安全委员会的通知\n成员由白河市委宣传部、白河市委编办、白河市财政局等23个部门和单位分管同志组成。",
     {(f"白河市{u}", "member_unit_of", "白河市药品安全委员会") for u in ("委宣传部", "委编办", "财政局")}),
    ("heads-lead",  # 组长/副组长 held by units, no person named: leader units, and the units sit in it
     "关于调整红石区手足口病防控领导小组成员的通知\n领导小组由区卫健局局长任组长，区疾控中心主任任副组长。",
     {("红石区卫健局", "leader_unit_of", "红石区手足口病防控领导小组", "title=局长"),
      ("红石区疾控中心", "deputy_leader_unit_of", "红石区手足口病防控领导小组", "title=主任"),
      ("红石区卫健局", "member_unit_of", "红石区手足口病防控领导小组"),
      ("红石区疾控中心", "member_unit_of", "红石区手足口病防控领导小组")}),
    ("committee-heads-named-after-the-role",  # 主任由…担任 of a 委员会; a unit without its post shares the next one
     "关于成立青山县爱国卫生运动委员会的通知\n县爱卫会主任由县政府分管副县长担任，"
     "副主任由县卫健局、青石街道主要负责人担任。",
     {("青山县政府", "leader_unit_of", "青山县爱国卫生运动委员会", "title=分管副县长"),
      ("青山县卫健局", "deputy_leader_unit_of", "青山县爱国卫生运动委员会", "title=主要负责人"),
      ("青石街道", "deputy_leader_unit_of", "青山县爱国卫生运动委员会", "title=主要负责人"),
      ("青山县卫健局", "member_unit_of", "青山县爱国卫生运动委员会"),
      ("青石街道", "member_unit_of", "青山县爱国卫生运动委员会")}),
    ("a-head-in-charge-chairs-for-the-notices-government",  # 由分管副市长任组长: no unit written, the city's government
     "白河市人民政府关于成立白河市犬类管理领导小组的通知\n领导小组由分管副市长任组长，市公安局局长任副组长。",
     {("白河市人民政府", "leader_unit_of", "白河市犬类管理领导小组", "title=分管副市长"),
      ("白河市公安局", "deputy_leader_unit_of", "白河市犬类管理领导小组", "title=局长"),
      ("白河市公安局", "member_unit_of", "白河市犬类管理领导小组")}),
    ("a-head-of-a-field-chairs-named-after-the-role",  # 总指挥由分管X工作的副县长担任
     "关于成立青山县食品安全事故应急指挥部的通知\n总指挥由分管食品安全工作的副县长担任。",
     {("青山县人民政府", "leader_unit_of", "青山县食品安全事故应急指挥部", "title=分管食品安全工作的副县长")}),
    ("the-levels-leader-in-charge-convenes",  # 由分管X工作的县领导担任召集人: the county's government
     "关于建立青山县社会救助工作联席会议制度的通知\n联席会议由分管民政工作的县领导担任召集人。",
     {("青山县人民政府", "convener_unit_of", "青山县社会救助工作联席会议", "title=分管民政工作的县领导")}),
    ("the-levels-leaders-name-no-convener-without-a-charge",  # near-miss: 县领导 alone (which of them?)
     "关于建立青山县社会救助工作联席会议制度的通知\n联席会议由县领导担任召集人。", set()),
    ("a-head-in-charge-as-deputy-convener",  # 分管副县长担任副召集人: a convener's post, the deputy's read too
     "关于建立青山县社会救助工作联席会议制度的通知\n联席会议由县民政局局长担任召集人，分管副县长担任副召集人。",
     {("青山县民政局", "convener_unit_of", "青山县社会救助工作联席会议", "title=局长"),
      ("青山县人民政府", "deputy_convener_unit_of", "青山县社会救助工作联席会议", "title=分管副县长"),
      ("青山县民政局", "member_unit_of", "青山县社会救助工作联席会议")}),
    ("the-head-alone-is-one-person",  # near-miss: 由县长任组长 (the head himself: named in a roster if anywhere)
     "关于成立青山县犬类管理领导小组的通知\n领导小组由县长任组长。", set()),
    ("a-head-in-charge-as-deputy-is-not-read",  # near-miss: 分管副县长任副组长 (a deputy's post: not read)
     "关于成立青山县犬类管理领导小组的通知\n领导小组由县卫健局局长任组长，分管副县长任副组长。",
     {("青山县卫健局", "leader_unit_of", "青山县犬类管理领导小组", "title=局长"),
      ("青山县卫健局", "member_unit_of", "青山县犬类管理领导小组")}),
    ("a-head-of-another-level-names-no-government",  # near-miss: 分管副市长 in a county's notice
     "关于成立青山县犬类管理领导小组的通知\n领导小组由分管副市长任组长。", set()),
    ("office-director-is-not-the-groups",  # 办公室主任由…兼任: the office's head, no unit post of the group
     "关于成立青山县结核病防治工作领导小组的通知\n领导小组办公室设在县卫健局，办公室主任由县卫健局分管负责同志兼任。",
     set()),
    ("a-mechanisms-director-is-no-unit-leader",  # 主任 of a 工作机制 (not a 委员会): read as no unit's post
     "关于建立青山县中药产业发展工作机制的通知\n工作机制主任由县政府主要负责同志担任，副主任由县政府分管负责同志担任。",
     set()),
    ("post-held-concurrently",  # 由X副市长兼任指挥长: 兼任 is the verb, its 兼 no part of the title
     "关于成立白河市森林防火指挥部的通知\n指挥部由白河市人民政府副市长（分管林业）兼任指挥长，市林业局局长任副指挥长。",
     {("白河市人民政府", "leader_unit_of", "白河市森林防火指挥部", "title=副市长（分管林业）"),
      ("白河市林业局", "deputy_leader_unit_of", "白河市森林防火指挥部", "title=局长")}),
    ("a-departments-post-held-concurrently",  # 兼任县疾控中心主任: that body's post, not the committee's
     "关于成立青山县爱国卫生运动委员会的通知\n县爱卫会由县政府副县长任主任。县卫健局副局长兼任县疾控中心主任。",
     {("青山县政府", "leader_unit_of", "青山县爱国卫生运动委员会", "title=副县长")}),
    ("deputy-commanders-units-and-their-heads",  # A、B等单位领导任副总指挥: 等单位 is no part of the post
     "关于成立白河市防汛防旱指挥部的通知\n白河市防汛防旱指挥部由白河市政府分管副市长任总指挥，市水利局、市农业局等单位负责人任副总指挥。",
     {("白河市政府", "leader_unit_of", "白河市防汛防旱指挥部", "title=分管副市长"),
      ("白河市水利局", "deputy_leader_unit_of", "白河市防汛防旱指挥部", "title=负责人"),
      ("白河市农业局", "deputy_leader_unit_of", "白河市防汛防旱指挥部", "title=负责人"),
      ("白河市水利局", "member_unit_of", "白河市防汛防旱指挥部"),
      ("白河市农业局", "member_unit_of", "白河市防汛防旱指挥部")}),
    ("a-vague-leader-names-no-post",  # 组长由区政府主要领导担任: 领导 names no post (vague_unit_heads)
     "关于成立红石区鼠疫防控领导小组的通知\n组长由红石区政府主要领导担任，副组长由区卫健局局长担任。",
     {("红石区卫健局", "deputy_leader_unit_of", "红石区鼠疫防控领导小组", "title=局长"),
      ("红石区卫健局", "member_unit_of", "红石区鼠疫防控领导小组")}),
    ("no-one-unit-leads",  # 党委或政府 (an alternative), 县直有关部门 (有关): no unit named
     "关于成立青山县人才工作领导小组的通知\n领导小组由党委或政府主要负责同志担任组长，县直有关部门负责同志担任副组长。",
     set()),
    ("two-units-posts-joined-by-he",  # A的副秘书长和B主要负责同志: two units' posts
     "关于建立白河市救助工作联席会议制度的通知\n联席会议由白河市政府协调救助工作的副秘书长和市民政局主要负责同志担任召集人。",
     {("白河市政府", "convener_unit_of", "白河市救助工作联席会议", "title=协调救助工作的副秘书长"),
      ("白河市民政局", "convener_unit_of", "白河市救助工作联席会议", "title=主要负责同志")}),
    broken("区政府 in a composition sentence stays a body of its own (红石区政府) while the roster reads "
           "区政府 as 区人民政府: one government, two nodes",
           "government-heads-convene",
           "关于建立红石区手足口病防控联席会议制度的通知\n联席会议由区政府分管副区长任召集人，区卫健局局长任副召集人。",
           {("红石区人民政府", "convener_unit_of", "红石区手足口病防控联席会议", "title=分管副区长"),
            ("红石区卫健局", "deputy_convener_unit_of", "红石区手足口病防控联席会议", "title=局长")}),
    ("short-department-names",
     "成立石门街道精神卫生工作领导小组，组长由办事处主任钱立担任，成员由综治、公安、民政、司法、残联等部门组成。",
     {(u, "member_unit_of", "石门街道精神卫生工作领导小组") for u in ("综治", "公安", "民政", "司法", "残联")}),
    broken("a place after 建立 whose first character ends a jieba word (立白) is not found, so 市卫生健康委 "
           "keeps no place",
           "place-after-jianli",
           "关于建立白银市防治艾滋病工作联席会议制度的通知\n联席会议由市卫生健康委、市教育局组成。",
           {("白银市卫生健康委", "member_unit_of", "白银市防治艾滋病工作联席会议"),
            ("白银市教育局", "member_unit_of", "白银市防治艾滋病工作联席会议")}),
    ("kinds-of-people-are-no-units",  # 政府人员, 临床专家 in a composition list: people, not units
     "成立红石区慢性病防治专家委员会，成员由区卫健局、政府人员、临床专家、公共卫生专家组成。",
     {("红石区卫健局", "member_unit_of", "红石区慢性病防治专家委员会")}),
    ("units-are-member-units",  # member units named before 为成员单位
           "关于成立红石区手足口病防控领导小组的通知\n区教育局、区市场监管局、区财政局为成员单位。",
           {(f"红石区{u}", "member_unit_of", "红石区手足口病防控领导小组") for u in ("教育局", "市场监管局", "财政局")}),
    ("committee-short-form-composed",  # 县爱卫会 is 爱国卫生运动委员会 written short
     "关于成立青山县爱国卫生运动委员会的通知\n县爱卫会由县卫健局、县教育局、县财政局等部门组成。",
     {(f"青山县{u}", "member_unit_of", "青山县爱国卫生运动委员会") for u in ("卫健局", "教育局", "财政局")}),
    ("short-form-skips-characters",  # 艾工委: 艾滋病防治工作委员会, every character in its order
     "关于调整青山县艾滋病防治工作委员会的通知\n县艾工委成员单位为：县卫健局、县公安局。",
     {(f"青山县{u}", "member_unit_of", "青山县艾滋病防治工作委员会") for u in ("卫健局", "公安局")}),
    ("members-in-brackets",  # 成员单位（A、B、C）分管领导
     "关于成立青山县爱国卫生运动委员会的通知\n（二）县爱卫会成员单位（县卫健局、县教育局、县住建局）分管领导参加。",
     {(f"青山县{u}", "member_unit_of", "青山县爱国卫生运动委员会") for u in ("卫健局", "教育局", "住建局")}),
    ("members-in-ascii-brackets",
     "关于成立青山县爱国卫生运动委员会的通知\n县爱卫会成员单位(县卫健局、县城管局)负责同志参加。",
     {(f"青山县{u}", "member_unit_of", "青山县爱国卫生运动委员会") for u in ("卫健局", "城管局")}),
    ("units-as-members-named-after",  # …为组长，…为副组长，A、B、C为成员的X领导小组
     "镇政府成立由镇长王某为组长，镇武装部部长李某为副组长，经济发展办、社会事务办、农业服务中心、卫生院为成员的"
     "食品安全工作领导小组。",
     {(u, "member_unit_of", "食品安全工作领导小组") for u in ("经济发展办", "社会事务办", "农业服务中心", "卫生院")}),
    ("units-as-member-units-then-comma",  # …任主任，…任副主任，A、B、C为成员单位，并…
     "关于成立青山县食品安全委员会的通知\n县食安委由县长任主任，分管副县长任副主任，县市场监管局、县公安局、"
     "县卫健局为成员单位，并明确工作职责。",
     {(f"青山县{u}", "member_unit_of", "青山县食品安全委员会") for u in ("市场监管局", "公安局", "卫健局")}),
    ("counted-units-as-member-units",  # …任副组长，A、B、C等12个县直相关部门为成员单位: the count is no unit
     "关于成立青山县中医药工作领导小组的通知\n副县长王某任组长，县卫健局局长李某任副组长，县发展改革局、县财政局、"
     "县科技局等12个县直相关部门为成员单位。",
     {(f"青山县{u}", "member_unit_of", "青山县中医药工作领导小组") for u in ("发展改革局", "财政局", "科技局")}),
    ("units-added-to-the-body",  # 标题 names the body's units in a headline (no list); ，新增A、B和C为成员单位: the added units
     "关于调整青山省老龄工作委员会成员单位的通知\n省老龄委成员单位调整增加三厅局为成员单位\n"
     "青山省老龄工作委员会对组成部门进行调整，新增省科技厅、省商务厅和"
     "省交通运输厅为成员单位。",
     {(f"青山省{u}", "member_unit_of", "青山省老龄工作委员会") for u in ("科技厅", "商务厅", "交通运输厅")}),
    ("kinds-of-people-beside-units",  # 县监察、妇联、农民代表为成员: 农民代表 are people
     "成立由县长为主任，县人大、政协分管领导为副主任，县卫生局、县妇联、农民代表为成员的县合作医疗监督委员会。",
     {("县卫生局", "member_unit_of", "县合作医疗监督委员会"), ("县妇联", "member_unit_of", "县合作医疗监督委员会")}),
    ("people-as-members-are-no-units",  # 陈某、邓某为成员: names
     "关于成立青山县防汛指挥部的通知\n刘明任指挥长，黄强、冯伟任副指挥长，陈万里、邓海为成员。", set()),
    ("a-roster-in-prose-is-no-unit-list",  # posts and names before 为成员: the roster's units, all of them
     "关于成立青山县结核病防治工作领导小组的通知\n领导小组由县人民政府副县长张建国任组长，县卫健局局长李明任副组长，"
     "县财政局副局长赵强、县教育局副局长孙丽为成员。",
     {(f"青山县{u}", "member_unit_of", "青山县结核病防治工作领导小组") for u in ("卫健局", "财政局", "教育局")}),
    ("units-for-the-body-then-comma",  # A、B为领导小组成员单位，各成员单位要…
     "关于成立青山县结核病防治工作领导小组的通知\n县卫健局、县教育局、县公安局为领导小组成员单位，各成员单位要明确一名联络员。",
     {(f"青山县{u}", "member_unit_of", "青山县结核病防治工作领导小组") for u in ("卫健局", "教育局", "公安局")}),
    ("list-ending-the-text-whole",  # the text ends after a whole name: it is kept
     "关于成立青山县结核病防治工作领导小组的通知\n成 员 单 位：县卫健局、县教育局、县公安局",
     {(f"青山县{u}", "member_unit_of", "青山县结核病防治工作领导小组") for u in ("卫健局", "教育局", "公安局")}),
    ("list-cut-mid-word",  # …、县民: the text ends inside a name
     "关于成立青山县结核病防治工作领导小组的通知\n成员单位：县卫健局、县教育局、县民",
     {(f"青山县{u}", "member_unit_of", "青山县结核病防治工作领导小组") for u in ("卫健局", "教育局")}),
    ("a-note-in-brackets-is-no-list",  # 各成员单位（部门）要…
     "关于成立青山县爱国卫生运动委员会的通知\n各成员单位（部门）要按职责做好工作。", set()),
    ("convener-named-after-the-role",  # 召集人由X主要负责同志担任
           "关于建立青山县防治重大疾病工作联席会议制度的通知\n联席会议召集人由县卫健局主要负责同志担任。",
           {("青山县卫健局", "convener_unit_of", "青山县防治重大疾病工作联席会议", "title=主要负责同志")}),
    broken("a committee's 委员 (分管负责同志为委员) give no member units, and 县政府 holding its 主任 stays "
           "青山县政府 (not 青山县人民政府)",
           "committee-composition",
           "关于成立青山县艾滋病防治工作委员会的通知\n委员会由县政府县长任主任，县卫健局局长任副主任，"
           "县教体局、县公安局分管负责同志为委员。",
           {("青山县人民政府", "leader_unit_of", "青山县艾滋病防治工作委员会", "title=县长"),
            ("青山县卫健局", "deputy_leader_unit_of", "青山县艾滋病防治工作委员会", "title=局长"),
            ("青山县卫健局", "member_unit_of", "青山县艾滋病防治工作委员会"),
            ("青山县教体局", "member_unit_of", "青山县艾滋病防治工作委员会"),
            ("青山县公安局", "member_unit_of", "青山县艾滋病防治工作委员会")}),
    # a page run into one line: 各组成单位及其职责如下： earlier in the line announces the member
    # units' duties, so the units heading the paragraphs after it are the members
    ("run-on-division-announced-as-the-members-duties",
     "为做好禁烧工作，县政府成立青山县秸秆禁烧工作领导小组，领导小组下设办公室。各组成单位及其职责如下：县环保局。"
     "负责全县禁烧的统一监督。县农业局。负责秸秆综合利用。县公安局。负责查处焚烧行为。",
     {(f"青山县{u}", "member_unit_of", "青山县秸秆禁烧工作领导小组") for u in ("环保局", "农业局", "公安局")}),
    ("run-on-division-not-announced-as-the-members",  # 各单位职责如下： names no members
     "为做好禁烧工作，县政府成立青山县秸秆禁烧工作领导小组，领导小组下设办公室。各单位职责如下：县环保局。"
     "负责全县禁烧的统一监督。县农业局。负责秸秆综合利用。县公安局。负责查处焚烧行为。",
     set()),
    ("lines-opening-with-units-under-the-members-duties-heading",  # X领导小组成员单位职责分工 / 市统计局负责…
     "关于印发《白河市第三次土地调查领导小组成员单位职责分工》的通知\n白河市第三次土地调查领导小组成员单位职责分工\n"
     "一、职责分工\n按照各部门的工作职能，具体分工如下：\n市自然资源局负责调查的日常工作。\n市统计局负责调查数据的汇总。\n"
     "市财政局负责调查经费的保障。\n市委宣传部、市广电局负责调查的宣传工作。\n二、工作方式\n领导小组办公室负责组织召开会议。\n",
     {(unit, "member_unit_of", "白河市第三次土地调查领导小组")
      for unit in ("白河市自然资源局", "白河市统计局", "白河市财政局", "白河市委宣传部", "白河市广电局")}),
    ("units-of-a-division-under-a-two-line-charter-title",  # X委员会 / 各委员部门职责分工 / A：… B：…
     "青山县爱国卫生运动委员会\n各委员部门职责分工\n县爱国卫生运动委员会实行委员部门分工负责制。\n"
     "县委宣传部：把爱国卫生工作纳入文明创建规划。\n县卫生局：开展全民健康教育。\n县农业局：做好农田灭鼠。\n",
     {(unit, "member_unit_of", "青山县爱国卫生运动委员会") for unit in ("青山县委宣传部", "青山县卫生局", "青山县农业局")}),
    ("units-after-a-roster-run-on-before-them",  # 副组长：甲（县司法局） 乙（县卫生局） A、B等单位分管领导为成员
     "县政府决定成立青山县鼠疫防控领导小组。现将名单公布如下： 组长：王建国（县政府） 副组长：李明（县司法局） "
     "赵刚（县卫生局） 县公安局、县财政局等单位分管领导为领导小组成员。\n",
     {("青山县公安局", "member_unit_of", "青山县鼠疫防控领导小组"), ("青山县财政局", "member_unit_of", "青山县鼠疫防控领导小组")}),
    ("units-joined-by-yu-set-the-body-up",  # A、B与C成立X: they set it up together
     "青山镇学生健康调查领导小组工作方案\n为做好调查工作，镇卫生院、镇派出所与镇中心学校成立青山镇学生健康调查领导小组，"
     "负责调查的组织和实施。\n",
     {(unit, "member_unit_of", "青山镇学生健康调查领导小组") for unit in ("镇卫生院", "镇派出所", "镇中心学校")}),
    ("office-staff-after-the-office-clause",  # 办公室主任由X担任，成员由A、B负责人组成: the office's staff
     "白河市森林防火指挥部下设办公室，办公室设在市林业局，办公室主任由市林业局副局长担任，"
     "成员由市林业局办公室、资源科、宣传办等部门负责人组成。\n", set()),
    ("members-after-a-clause-not-about-the-office",  # near-miss: the clause before speaks of the mechanism
     "白河市森林防火指挥部总指挥由副市长担任，成员由市林业局、市公安局、市应急局等部门负责人组成。\n",
     {("白河市人民政府", "leader_unit_of", "白河市森林防火指挥部", "title=副市长"),
      ("白河市林业局", "member_unit_of", "白河市森林防火指挥部"),
      ("白河市公安局", "member_unit_of", "白河市森林防火指挥部"),
      ("白河市应急局", "member_unit_of", "白河市森林防火指挥部")}),
    ("units-that-decide-to-set-up-a-body",  # A与B决定成立X: the authorities deciding, no unit list before 成立
     "为做好调查工作，市卫健委与市教育局决定成立白河市学生健康调查领导小组，负责调查的组织和实施。\n", set()),
    ("colon-lines-under-a-members-and-duties-heading",  # 2.3 X成员单位与职责 / 市公安局：…
     "红石市防汛应急预案\n2.2 市防汛抗旱指挥部办公室设在市水利局。\n2.3 红石市防汛抗旱指挥部成员单位与职责\n"
     "市水利局：负责汛情的监测；组织抢险。\n市公安局：维护灾区治安秩序。\n市交通局：保障抢险物资的运输。\n",
     {(unit, "member_unit_of", "红石市防汛抗旱指挥部") for unit in ("红石市水利局", "红石市公安局", "红石市交通局")}),
    ("units-closed-by-deng-before-wei-members",  # A、B等为成员单位: the list closed by 等 before 为
     "关于建立白河市托育服务发展工作联席会议制度的通知\n市政府分管副市长为联席会议召集人。"
     "市发改委、市教育局、团市委、市计生协会等为成员单位，市卫健委为牵头部门。\n",
     {("市政府", "convener_unit_of", "白河市托育服务发展工作联席会议", "title=分管副市长")}
     | {(u, "member_unit_of", "白河市托育服务发展工作联席会议") for u in ("市发改委", "市教育局", "团市委", "市计生协会")}),
    ("units-counted-after-deng-before-wei-members",  # A、B等3个单位为成员单位
     "关于建立青山县老龄工作联席会议制度的通知\n县民政局、县卫健局、县财政局等3个单位为成员单位。\n",
     {(f"青山县{u}", "member_unit_of", "青山县老龄工作联席会议") for u in ("民政局", "卫健局", "财政局")}),
    ("members-of-a-committee-by-its-short-form",  # 环委会成员由A、B…等N个部门负责同志组成: 环委会, the committee
     "白河市成立生态环境保护委员会\n近日，白河市成立白河市生态环境保护委员会。环委会成员由市委办公室、市委组织部、"
     "市中级人民法院、市生态环境等30个部门负责同志组成。环委会下设办公室，办公室设在市生态环境局。\n",
     {(u, "member_unit_of", "白河市生态环境保护委员会")
      for u in ("白河市委办公室", "白河市委组织部", "白河市中级人民法院", "白河市生态环境局")}),
    ("another-bodys-members-by-a-short-form-of-no-match",  # 村委会成员由…: not the notice's committee
     "白河市成立生态环境保护委员会\n近日，白河市成立白河市生态环境保护委员会。村委会成员由村民选举产生的人员、"
     "驻村干部和各村民小组组长组成。\n",
     set()),
    ("a-revised-charter-names-the-body-and-unit-posts-below-the-label",  # 修订X联席会议制度 / 成 员：A局分管局长 / B大队大队长
     "关于修订青山县道路交通安全联席会议制度的通知\n一、组成人员\n召集人：县政府分管道路交通安全副县长\n"
     "成 员：县公安局分管局长\n        县交警大队大队长\n        县交通局分管局长\n        县公路段分管段长\n"
     "        县城建局监察大队队长\n        县征稽所负责人\n        相关乡镇负责人\n二、主要职责\n",
     {(f"青山县{u}", "member_unit_of", "青山县道路交通安全联席会议")
      for u in ("公安局", "交警大队", "交通局", "公路段", "城建局监察大队", "征稽所")}),
    ("a-persons-line-ends-the-unit-posts-of-the-label",  # 成员：A局局长 / 王五 B局局长: a person, the roster's
     "关于成立青山县河道整治领导小组的通知\n组长：赵六 县人民政府副县长\n成员：县水利局局长\n王五 县财政局局长\n",
     {("青山县水利局", "member_unit_of", "青山县河道整治领导小组"),
      ("青山县财政局", "member_unit_of", "青山县河道整治领导小组")}),
    ("units-counted-without-deng-whose-deputies-are-members",  # 另外A、B和C3个相关职能部门的分管副职任小组成员
     "红石县调整河道保护工作领导小组\n日前，中共红石县委调整充实了河道保护工作领导小组。红石县委河道保护工作领导小组"
     "由县委书记任组长。另外县委办公室、县水利局、县财政局和县台办4个相关职能部门的分管副职任小组成员。\n",
     {(f"红石县{u}", "member_unit_of", "红石县委河道保护工作领导小组") for u in ("委办公室", "水利局", "财政局", "台办")}),
    ("a-count-needs-its-number-before-the-kind",  # …、D水文站等单位负责人为X的领导成员: 水文站 stays whole
     "关于调整白河市防汛指挥部的通知\n市防汛指挥部由副市长任总指挥。市水利局、市气象局、白河水文站等单位负责人"
     "为市防汛指挥部的领导成员。\n",
     {(u, "member_unit_of", "白河市防汛指挥部") for u in ("白河市水利局", "白河市气象局", "白河水文站")}
     | {("白河市人民政府", "leader_unit_of", "白河市防汛指挥部", "title=副市长")}),
    ("units-whose-heads-take-the-members-posts",  # 成员由A主任、B、C主要负责同志以及各村支书担任
     "白石镇河长制工作委员会工作规则\n第一条 为规范白石镇河长制工作委员会（以下简称“河委会”）的工作，制定本规则。\n"
     "第二条 河委会成员由镇党政办主任、镇水利站、环保办、司法所主要负责同志以及各村支书担任。\n"
     "第三条 河委会办公室设在镇环保办，承担日常工作。\n",
     {(u, "member_unit_of", "白石镇河长制工作委员会") for u in ("镇党政办", "镇水利站", "镇环保办", "司法所")}),
    ("heads-of-collectives-take-no-unit",  # 成员由有关部门、各站所负责同志担任: no unit named
     "白石镇河长制工作委员会工作规则\n第一条 为规范白石镇河长制工作委员会（以下简称“河委会”）的工作，制定本规则。\n"
     "第二条 河委会由主任、副主任、成员组成。河委会成员由有关部门、各站所主要负责同志担任。\n",
     set()),
    ("units-at-work-under-a-bare-members-duties-heading",  # 2.1.4成员单位职责 / 省X局负责… / 省Y局依法开展…
     "2.1.3省防汛抗旱应急指挥部职责\n(1)领导、组织全省防汛抗旱工作。\n2.1.4成员单位职责\n"
     "省水利厅负责指挥部办公室日常工作，组织编制防汛预案。\n省气象局负责天气监测和预报。\n"
     "省工商局依法开展防汛物资市场的监督检查工作。\n省教育厅负责协助水利等部门做好学校的防汛工作。\n",
     {(u, "member_unit_of", "省防汛抗旱应急指挥部") for u in ("省水利厅", "省气象局", "省工商局", "省教育厅")}),
    ("a-bare-members-duties-heading-over-two-lines-is-no-list",  # fewer than three lines: no members
     "2.1.3省防汛抗旱应急指挥部职责\n(1)领导、组织全省防汛抗旱工作。\n2.1.4成员单位职责\n"
     "省水利厅负责指挥部办公室日常工作。\n省气象局负责天气监测和预报。\n",
     set()),
    ("two-duty-lines-are-no-division",  # fewer than three lines: a sentence or two naming units
     "白河市第三次土地调查领导小组成员单位职责分工\n市自然资源局负责调查的日常工作。\n市统计局负责调查数据的汇总。\n",
     set()),
    ("duty-lines-without-a-members-duties-heading",  # the units' duties, not said to be the members'
     "关于成立白河市第三次土地调查领导小组的通知\n各区人民政府：\n为做好调查工作，决定成立白河市第三次土地调查领导小组。\n"
     "市自然资源局负责调查的日常工作。\n市统计局负责调查数据的汇总。\n市财政局负责调查经费的保障。\n",
     set()),
]


@pytest.mark.parametrize(("text", "units"), rows(UNITS))
def test_member_and_convener_units(text: str, units: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), *UNIT_RELATIONS) == units


def _mechanism_name(text: str) -> str | None:
    doc = doc_of(text)
    names = [e["name"] for e in doc._.entities.values() if e["type"] == "mechanism"]
    return names[0] if names else None


# (id, notice that sets nothing up, the body named by what only a coordination body has, or None)
NAMED_BY_ITS_POSTS = [
    ("a-well-known-short-form-after-a-place-acting",  # 白河市爱卫会就…发出通知: written as the body at work
     "白河市爱卫会部署秋季灭鼠工作\n本报讯 9月3日，白河市爱卫会就秋季灭鼠向各区发出通知，要求各区做好灭鼠工作。\n",
     "白河市爱卫会"),
    ("a-well-known-short-form-before-its-members-once",  # 青山县爱卫会成员单位, written once
     "近日，青山县卫生健康工作推进会召开。青山县爱卫会成员单位和各乡镇分管领导参加了会议。\n", "青山县爱卫会"),
    ("a-well-known-short-form-of-levels-is-no-body",  # 区县爱卫会: each level's committee, no place of the notice
     "各区县爱卫会要做好灭鼠工作，区县爱卫会具体负责工作的部署安排。\n", None),
    ("short-form-with-member-units",  # 县艾工委成员单位, written more than once
     "7月3日，江口县艾工委召开成员单位会议，各艾工委成员单位负责人参加。", "江口县艾工委"),
    ("chair-post-in-a-report", "区政府副区长、区精神卫生工作领导小组组长周敏到会讲话。", "区精神卫生工作领导小组"),
    ("office-at-work", "2019年5月，平山县食品安全工作领导小组办公室组织召开了全县食品安全工作会议。",
     "平山县食品安全工作领导小组"),
    ("its-meeting-held", "西岭镇人民政府在会议室召开严重精神障碍患者关爱帮扶工作联席会议。",
     "严重精神障碍患者关爱帮扶工作联席会议"),
    ("its-plenary-meeting", "4月8日，白沙市防艾工作委员会全体会议在市政府召开。", "白沙市防艾工作委员会"),
    ("a-new-term", "青山区政府副区长吴刚为青山区新一届爱国卫生运动委员会主任。", "青山区爱国卫生运动委员会"),
    ("a-verb-before-the-name",  # 研究决定联席会议成员单位…: the verb is no part of the name
     "会议宣贯了联席会议职责：1、通报工作情况；2、研究决定联席会议成员单位提出的重大事项。", "联席会议"),
    ("its-other-members",  # X指挥部其他成员随时听候调遣: members besides the units named above
     "（1）白河市林业局。\n负责火场勘察。\n白河市森林防火指挥部其他成员随时听候调遣。", "白河市森林防火指挥部"),
    ("other-members-of-a-department-is-none", "市卫生健康委员会其他成员参加会议。", None),
    ("the-body-relied-on",  # 发挥X部际联席会议的作用: the body the notice relies on, without the verb
     "进一步加大统筹协调力度。充分发挥白河市农村供水工作协调小组的作用，解决跨部门问题。", "白河市农村供水工作协调小组"),
    ("the-verb-before-the-body-at-work",  # 发挥X联席会议统筹协调作用: 发挥 is no part of the name
     "加强组织领导。发挥青山县数字经济发展联席会议统筹协调作用，合力解决难题。", "青山县数字经济发展联席会议"),
    ("the-body-relied-on-for-coordination",  # 依托X联席会议制度强化统筹协调: without the verb
     "（十）加强组织领导。依托白河市养老服务部门联席会议制度强化统筹协调，各部门要按职责分工抓好落实。",
     "白河市养老服务部门联席会议"),
    ("standing-bodies-are-none", "村委会主任李明主持了会议。市人大常委会副主任王刚讲话。", None),
    ("a-department-head-is-none", "市卫生健康委员会主任张华出席会议。", None),
    ("a-short-form-once-is-none", "各地要与老龄委成员单位加强协调。", None),
    ("short-form-made-up-of",  # 乡镇食安委由…任主任 (written twice)
     "近日，青山县乡镇食安委由乡镇长任主任，卫生院、派出所为成员单位。乡镇食安委的职责为宣传法规。", "青山县乡镇食安委"),
    ("a-party-committee-is-none", "县委由书记任主任，县委办为成员单位。县委召开会议。", None),
    ("a-numbered-meeting-is-none", "县卫生局召开了第三次联席会议。", None),
    ("at-work-with-its-short-name",  # X协调小组（以下简称Y）负责…: the body at work
     "第三条 青山县数字技能培训指导协调小组（以下简称协调小组）负责制定培训规划。", "青山县数字技能培训指导协调小组"),
    ("its-office-at-work",  # X联席会议办公室统筹…
     "白河市数据要素市场建设联席会议办公室统筹推进各项改革。", "白河市数据要素市场建设联席会议"),
    ("each-levels-office-is-none",  # 由各级X领导小组办公室负责: a kind of body, one per level
     "具体工作由各级教育部门网络安全领导小组办公室负责。", None),
    ("a-department-at-work-is-none", "市卫生健康委员会负责全市疫苗管理。", None),
    ("a-governments-committee-by-its-members",  # 县政府残工委成员单位 (written twice): the government's committee
     "县政府残工委成员单位负责人参加会议。县政府副县长、残工委主任王明讲话。县政府残工委副主任做了报告。",
     "县政府残工委"),
    ("members-counted-after-a-list-ending-in-deng",  # A、B等X领导小组12个成员单位: 等 ends the list, not the name
     "县教育局、县民政局等县防溺水工作领导小组12个成员单位负责同志参加会议。", "县防溺水工作领导小组"),
    ("deng-inside-a-word-stays-in-the-name",  # 高等 is a word: part of the name
     "会上，省高等教育改革领导小组成员单位汇报了工作。省高等教育改革领导小组成员单位负责人参加。", "省高等教育改革领导小组"),
    ("a-paragraph-defining-the-short-name",  # X委员会（简称Y）是…: the body the page is about
     "青山县除四害委员会（简称县除四害委）是县政府议事协调机构，成立于1990年。", "青山县除四害委员会"),
    ("a-short-name-defined-after-a-comma-is-none",  # …，X委员会（以下简称Y）组织协调: one of several bodies named
     "除四害工作由各级人民政府统一领导，除四害委员会（以下简称除四害委）组织协调，卫生部门监督。", None),
    ("a-disease-written-with-de-inside-the-name-at-its-enlarged-meeting",  # 感染的肺炎: the 的 is the disease's
     "2月1日，青山县召开新型冠状病毒感染的肺炎疫情防控工作领导小组全体扩大会议。", "新型冠状病毒感染的肺炎疫情防控工作领导小组"),
    ("a-de-outside-a-disease-name-ends-the-name",  # 全县的X领导小组: 的 starts no name
     "会议听取了全县的鼠疫防控工作领导小组全体会议精神。", "鼠疫防控工作领导小组"),
    ("work-put-under-a-body",  # 将X工作纳入Y协调小组统筹…: 纳入 puts the work there, no part of the name
     "同意将白河、青山两市试验区建设工作纳入国家数字农业试验区部际协调小组统筹指导。", "国家数字农业试验区部际协调小组"),
]


@pytest.mark.parametrize(("text", "name"), rows(NAMED_BY_ITS_POSTS))
def test_mechanism_named_by_its_posts(text: str, name: str | None) -> None:
    assert _mechanism_name(text) == name


# (id, notice, the names of its member units, whatever the mechanism is called)
MEMBER_NAMES = [
    ("composed-of-departments", "第三条 县人民政府建立由农业、卫生、公安等行政部门组成的犬只管理协调工作机制。",
     {"农业", "卫生", "公安"}),
    broken("a mechanism set up by 由A牵头，B、C参加的…机制 is not read (the sentence becomes A's duty)",
           "lead-and-participants",
           "石门街道建立由街道办事处牵头，辖区派出所、社区卫生服务中心参加的犬只管理工作机制。",
           {"辖区派出所", "社区卫生服务中心"}),
]


@pytest.mark.parametrize(("text", "names"), rows(MEMBER_NAMES))
def test_member_unit_names(text: str, names: set[str]) -> None:
    assert {h for h, _r, _t, *_ in facts(doc_of(text), "member_unit_of")} == names


# (id, notice, the written body, the node id its span names)
BODY_IDS = [
    ("office-carries-its-mechanism", "关于成立东湖区精神卫生工作领导小组的通知\n领导小组办公室设在区卫健局。",
     "领导小组办公室", "org:东湖区精神卫生工作领导小组办公室"),
    broken("a group's node id is its bare name (org:综合协调组), so the groups of different mechanisms "
           "become one node across notices",
           "group-carries-its-mechanism",
           "关于成立青山县防汛抗旱指挥部的通知\n指挥部下设综合协调组。综合协调组负责统筹协调。",
           "综合协调组", "org:青山县防汛抗旱指挥部综合协调组"),
]


@pytest.mark.parametrize(("text", "written", "kb_id"), rows(BODY_IDS))
def test_body_node_ids(text: str, written: str, kb_id: str) -> None:
    doc = doc_of(text)
    assert {sp.kb_id_ for sp in doc.spans["bodies"] if sp.text == written} == {kb_id}


def test_line_by_line_searches_find_what_finditer_finds() -> None:
    """The searches that skip ahead find what ``finditer`` over the whole text finds: the
    member-heads patterns (…等部门负责人为成员) in the lines holding 成员, and a pattern
    anchored at line starts (``^…`` under ``re.M``) at line starts, from any start."""
    import re

    from extractor.lexicon import load_lexicon
    from extractor.match.mechanism import _Cues, _finditer, _finditer_member_lines

    cues = load_lexicon().memo(_Cues)
    heads_texts = ("一、组织领导\n县卫健局、县教体局等部门负责人为领导小组成员，办公室设在县卫健局。\n二、职责",
                   "成立领导小组，财政、民政、部分乡镇负责人为成员。",
                   "县卫健局负责人任成员单位联络员\n成员\n",
                   "县卫健局负责组织实施。",
                   "组长由县长担任，发展改革、财政等部门主要负责人任成员")
    for text in heads_texts:
        for rx in (cues.heads, cues.heads_bare):
            whole = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in _finditer_member_lines(rx, text)] == whole, text
    assert [m.group("list") for m in _finditer_member_lines(cues.heads, heads_texts[0])] == ["县卫健局、县教体局"]
    anchored = ((r"^(?P<name>[\u4e00-\u9fff]{2,10}?小组)(?:办公室)?(?=\s*$)", "通知\n青山县防汛领导小组\n正文\n县爱卫领导小组办公室\n"),
                (r"^(?P<name>[\u4e00-\u9fff]{2,10}?小组)\n\s*\d{4}年", "正文\n县防汛领导小组\n  2024年5月1日\n"),
                (r"^甲|乙", "甲乙\n乙甲\n"),  # an alternative beside the ^: searched as finditer does
                (r"^(?P<name>[\u4e00-\u9fff]{2,4}组)$", "\n\n工作组\n\n"))
    for pattern, text in anchored:
        rx = re.compile(pattern, re.M)
        for start in range(len(text) + 1):
            whole = [m.span() for m in rx.finditer(text, start, len(text))]
            assert [m.span() for m in _finditer(rx, text, start, len(text))] == whole, (pattern, start)


# (pattern, flags, does every match start at a line start?): which patterns
# ``mechanism._finditer`` may try at line starts only.
LINE_ANCHORED = [
    (r"^(?P<name>\w{2,4})委员会\n", re.M, True),
    (r"^(?:\d+|[（(]?[一二三]+[、）)])\s*(?P<name>\w+)", re.M, True),
    (r"^[|^\]]成员", re.M, True),   # a | and ] inside a class are literal
    (r"^\(成员\|组长\)", re.M, True),  # escaped brackets and bar
    (r"^组长|副组长", re.M, False),   # a second alternative starts anywhere
    (r"(?:^|(?<=。))组长", re.M, False),
    (r"^组长", 0, False),                           # without re.M, ^ is the text's start only
    (r"组长^", re.M, False),
]


@pytest.mark.parametrize("pattern, flags, anchored", LINE_ANCHORED)
def test_line_anchored_patterns(pattern: str, flags: int, anchored: bool) -> None:
    from extractor.match.mechanism import _line_anchored

    assert _line_anchored(re.compile(pattern, flags)) is anchored


# (pattern, does every match hold the ending 小组|委员会?): which naming patterns
# ``find_mechanism`` skips in a text that holds no body's ending.
NAME_ENDS_WITH = [
    (r"成立(?P<name>\w{2,20}?(?:小组|委员会))", True),
    (r"(?:^|(?<=[。；]))(?P<name>[^。]{2,20}?(?:小组|委员会))(?=负责)", True),
    (r"由[^。]{2,30}组成的(?P<name>\w{0,20}?(?:小组|委员会|工作专班))", False),  # another ending too
    (r"成立(?P<name>\w{2,20}?(?:小组|委员会))?工作", False),   # the name optional
    (r"成立(?:(?P<name>\w{2,20}?(?:小组|委员会)))", False),   # inside another group
    (r"成立(?P<name>\w{2,20}?(?:小组|委员会))|印发", False),  # another alternative
    (r"(?=(?P<name>\w{2,20}?(?:小组|委员会)))", False),       # in a lookahead
    (r"成立(?P<name>\w{2,20}?机制)", False),
]


@pytest.mark.parametrize("pattern, holds", NAME_ENDS_WITH)
def test_name_ends_with(pattern: str, holds: bool) -> None:
    from extractor.match.mechanism import _name_ends_with

    assert _name_ends_with(pattern, "小组|委员会") is holds
