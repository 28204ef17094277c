"""Duties of the mechanism's own bodies (duties/body_sentences.py):
``领导小组办公室设在X，负责…``, ``领导小组主要职责：…``."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows

R = "responsible_for"

M = "青山县结核病防治工作领导小组"
MT = f"关于成立{M}的通知\n"

# (id, notice, facts of the mechanism's own bodies)
BODY_DUTIES = [
    ("office-after-its-seat", MT + "领导小组办公室设在县卫健局，负责日常工作。",
     {(f"{M}办公室", R, "负责日常工作")}),
    # an office's duty that names its mechanism (负责领导小组日常工作): 负责 then a body, no person
    ("office-duty-naming-the-mechanism", MT + "领导小组办公室设在县卫健局，负责领导小组日常工作。",
     {(f"{M}办公室", R, "负责领导小组日常工作")}),
    ("office-takes-on", "关于建立白河市防治重大疾病工作联席会议制度的通知\n联席会议办公室设在市卫生健康委，承担联席会议日常工作。",
     {("白河市防治重大疾病工作联席会议办公室", R, "承担联席会议日常工作")}),
    ("office-main-duties", MT + "领导小组办公室设在县卫健局。领导小组办公室主要职责：负责领导小组日常工作，督促检查各项工作落实情况。",
     {(f"{M}办公室", R, "负责领导小组日常工作，督促检查各项工作落实情况")}),
    ("office-set-up-at-its-host-then-its-duties", MT + "领导小组在县卫健局设办公室，主要负责日常工作，督促检查各项工作落实情况。",
     {(f"{M}办公室", R, "负责日常工作，督促检查各项工作落实情况")}),
    # 下设办公室，具体负责…，办公室设在X: the duty keeps its adverb 具体 and ends before the
    # clause on where the office sits
    ("office-set-up-then-duty-then-seat", MT + "领导小组下设办公室，具体负责日常工作，办公室设在县卫健局。",
     {(f"{M}办公室", R, "具体负责日常工作")}),
    # …负责日常事务工作，主任由某某兼任，副主任由某某兼任 / ，组长由某某担任: the duty ends before
    # the first staffing clause after it
    ("office-duty-then-several-staffing-clauses", MT + "领导小组下设办公室，负责日常事务工作，办公室主任由张明同志兼任，副主任由李强同志兼任。",
     {(f"{M}办公室", R, "负责日常事务工作")}),
    ("office-duty-then-one-staffing-clause", MT + "领导小组下设办公室，负责日常事务工作，组长由张明担任。",
     {(f"{M}办公室", R, "负责日常事务工作")}),
    # a staffing clause ends the duty, whatever clauses on the liaisons follow it
    ("office-duty-then-staffing-then-liaison-rules",
     MT + "领导小组下设办公室，负责日常事务工作，办公室主任由张明同志兼任，联络员应相对固定，确需变动的及时报备。",
     {(f"{M}办公室", R, "负责日常事务工作")}),
    # 办公室设在X，某某兼任主任，某某负责…: what a named person does is no duty of the office
    ("office-seat-then-a-person-in-charge", MT + "领导小组办公室设在县卫健局，王强兼任办公室主任，李华负责具体业务工作。", set()),
    ("office-seat-then-its-main-work", MT + "领导小组办公室设在县卫健局，主要承担日常协调工作。",
     {(f"{M}办公室", R, "承担日常协调工作")}),
    # the office's seat inside a longer sentence (the mechanism set up before it, a word opening
    # the sentence): the clause after the seat is the office's duty, up to its staffing clause
    ("office-seat-in-the-sentence-setting-up-the-mechanism",
     MT + f"为加强领导，成立由副县长任组长的{M}，领导小组办公室设在县卫健局，负责日常工作，督促落实议定事项。",
     {(f"{M}办公室", R, "负责日常工作，督促落实议定事项")}),
    ("office-seat-after-an-opening-word",
     MT + "此外，领导小组办公室设在县卫健局，承担领导小组日常工作，办公室主任由王建国兼任。",
     {(f"{M}办公室", R, "承担领导小组日常工作")}),
    # 成立X领导小组，…，办公室设在Y，具体负责…: a bare 办公室 opens the office's own clause, the duty's text with it
    ("bare-office-clause-after-the-mechanisms-set-up",
     "白河市关于加强数字经济工作的通知\n一、加强组织领导\n成立白河市数字经济工作领导小组，由市长任组长，办公室设在市科技局，具体负责组织推进落实。",
     {("白河市数字经济工作领导小组办公室", R, "办公室设在市科技局，具体负责组织推进落实")}),
    # 设在Y，由某某担任办公室主任，负责…: the duty after the clause on its staff is still the office's
    ("office-seat-then-its-head-then-its-duty",
     MT + "此外，领导小组办公室设在县卫健局，由王建国同志担任办公室主任，负责日常工作。",
     {(f"{M}办公室", R, "负责日常工作")}),
    # …由某某同志任办公室主任负责…: the clause on its staff runs on into the duty without a comma
    ("office-seat-then-its-head-run-on-into-its-duty",
     MT + "此外，领导小组办公室设在县卫健局，由王建国同志任办公室主任负责协调和日常工作。",
     {(f"{M}办公室", R, "负责协调和日常工作")}),
    # 成员单位：A、B、C…，办公室设在A，由某某同志任办公室主任负责…: the member list is no duty of
    # 成员单位, the office's duty starts at its verb
    ("member-list-run-on-into-the-office-seat",
     MT + "组长：王建国\n成员单位：党政办、卫健办、城管办、财政所、网格中心、青山社区，办公室设在卫健办，"
     "由李红同志任办公室主任负责协调和日常工作。",
     {(f"{M}办公室", R, "负责协调和日常工作")}),
    ("office-seat-then-its-head-only",
     MT + "此外，领导小组办公室设在县卫健局，办公室主任由县卫健局分管负责同志担任。", set()),
    ("office-seat-then-a-persons-work",
     MT + "此外，领导小组办公室设在县卫健局，王强负责日常工作。", set()),
    # the working groups' paragraphs: a numbered heading that only names its group is no duty, and
    # a heading run on into its paragraph (2、B组B组负责…) leaves the duty from the second name
    ("groups-counted-then-their-paragraphs",
     MT + "（二）成立三个工作组\n监测组负责疫情监测。 2、处置组\n处置组负责疫点处置。\n3、督导组\n督导组负责督促检查。\n二、工作要求",
     {("监测组", R, "监测组负责疫情监测"), ("处置组", R, "处置组负责疫点处置"), ("督导组", R, "督导组负责督促检查")}),
    ("mechanism-main-duties", MT + "领导小组主要职责：统筹协调全县结核病防治工作，研究解决重大问题。",
     {(M, R, "统筹协调全县结核病防治工作，研究解决重大问题")}),
    # a sentence opened by a person's post (县卫健局局长、…某某作了报告): what the person did, no unit's duty
    ("person-with-posts-reports", MT + "会上，县卫健局局长、领导小组副组长何志强作了报告。", set()),
    ("person-post-then-name-attends", MT + "县疾控中心主任李振海解读了方案。", set()),
    ("a-member-units-line-that-assists-supports",  # 省教育厅负责协助…: a member's line, its role from what it does
     "2.1.3省防汛抗旱应急指挥部职责\n(1)领导、组织全省防汛抗旱工作。\n2.1.4成员单位职责\n"
     "省水利厅负责组织编制防汛预案。\n省气象局负责天气监测和预报。\n省教育厅负责协助水利等部门做好学校的防汛工作。\n",
     {("省水利厅", R, "省水利厅负责组织编制防汛预案"), ("省气象局", R, "省气象局负责天气监测和预报"),
      ("省教育厅", R, "省教育厅负责协助水利等部门做好学校的防汛工作", "role=support")}),
    ("unit-then-verb-stays", MT + "县卫健局落实领导小组部署，负责组织培训。",
     {("青山县卫健局", R, "县卫健局落实领导小组部署，负责组织培训")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(BODY_DUTIES))
def test_duties_of_the_mechanisms_bodies(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), R) == expected
