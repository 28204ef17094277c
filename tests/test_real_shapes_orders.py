"""Duties in command orders, plans and digests as real notices write them, each in a short
notice written for this test (invented places and units): the doer named after 由 at the start
of a clause (``…期间，由村卫生室进行随访``), 务必 as a modal verb, collectives written with
the other kinds of place in brackets (``各乡镇（街道、园区）``) or with the units stationed
there (``县直及驻县各单位``)."""

from __future__ import annotations

import pytest
from tables import duty_roles, rows

from extractor.pipeline import extract_text

ORDER = "青山县疫情防控指挥部命令\n"

# (id, text, {duty: {(body, role)}})
AGENTS = [
    ("time-clause-then-agent",
     ORDER + "居家观察期间，由乡镇卫生院进行上门随访，每日测量体温两次。\n",
     {"居家观察期间，由乡镇卫生院进行上门随访，每日测量体温两次": {("乡镇卫生院", None)}}),
    ("condition-then-agent-with-a-preposition",
     ORDER + "发现发热等症状，由卫生健康部门依照有关规定，及时转运救治。\n",
     {"发现发热等症状，由卫生健康部门依照有关规定，及时转运救治": {("青山县卫生健康部门", None)}}),
    ("short-clause-of-a-government",
     ORDER + "确需动用县级储备粮的，由县人民政府提出申请。\n",
     {"确需动用县级储备粮的，由县人民政府提出申请": {("青山县人民政府", None)}}),
    ("agent-with-partner-then-approval",
     ORDER + "由县发展改革委会同县财政局提出动用方案，报市人民政府批准。\n",
     {"由县发展改革委会同县财政局提出动用方案，报市人民政府批准": {("青山县发展改革委", None), ("青山县财政局", None)}}),
    ("two-agents-in-one-sentence",
     ORDER + "确需动用县级储备粮的，由县人民政府提出申请，由县粮食局会同县财政局拟定调拨计划。\n",
     {"确需动用县级储备粮的，由县人民政府提出申请": {("青山县人民政府", None)},
      "由县粮食局会同县财政局拟定调拨计划": {("青山县粮食局", None), ("青山县财政局", None)}}),
    ("agent-after-an-adverb",
     ORDER + "根据储备需要，可由县农业农村局掌握一批加工企业，承担应急加工任务。\n",
     {"根据储备需要，可由县农业农村局掌握一批加工企业，承担应急加工任务": {("青山县农业农村局", None)}}),
    ("collective-agent",
     ORDER + "排查期间，由各村进行逐户登记，当日上报。\n",
     {"排查期间，由各村进行逐户登记，当日上报": {("各村", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(AGENTS))
def test_the_doer_after_you(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


# (id, text): 由 naming who makes up, leads or approves something, or a person: no duty
NOT_AGENTS = [
    ("composition", ORDER + "领导小组由县卫健局、县教育局组成。\n"),
    ("composition-after-comma", ORDER + "为加强领导，由县卫健局、县教育局组成工作专班。\n"),
    ("a-body-opens-the-sentence", ORDER + "联席会议由县卫健局召集，每季度召开一次。\n"),
    ("a-leader-of-a-body", ORDER + "成立防控专班，由县政府主要领导任组长，统筹全县防控工作。\n"),
    ("approval", ORDER + "调整方案后，由县人民政府批准实施。\n"),
    ("a-person-not-a-body", ORDER + "排查期间，由专人进行逐户登记。\n"),
    ("because-not-by", ORDER + "由于疫情形势严峻，各地要从严管控。\n"),
]


@pytest.mark.parametrize("text", rows(NOT_AGENTS))
def test_you_naming_no_doer_gives_no_duty_of_that_body(text: str) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    assert not any(body in {"青山县卫健局", "青山县教育局", "青山县人民政府", "青山县政府"} for orgs in duties.values()
                   for body, _role in orgs)
    assert not any(text.startswith("由") for text in duties)


COLLECTIVES = [
    ("must-as-modal",
     ORDER + "县卫生健康局务必加强疫苗供应，会同乡镇做好接种工作。\n",
     {"县卫生健康局务必加强疫苗供应，会同乡镇做好接种工作": {("青山县卫生健康局", None)}}),
    ("towns-with-other-places-in-brackets",
     ORDER + "各乡镇（办事处、开发区）要实行网格化管理，落实包保责任。\n",
     {"各乡镇（办事处、开发区）要实行网格化管理，落实包保责任": {("各乡镇", None)}}),
    ("county-units-and-units-stationed-there",
     ORDER + "县直及驻县各单位务必迅速摸清本单位接种底数。\n",
     {"县直及驻县各单位务必迅速摸清本单位接种底数": {("青山县直及驻县各单位", None)}}),
    ("towns-in-brackets-and-city-units-stationed-there",
     ORDER + "各乡镇（街道、园区）、县直和驻县各单位要迅速摸清底数。\n",
     {"各乡镇（街道、园区）、县直和驻县各单位要迅速摸清底数": {("各乡镇", None), ("青山县直和驻县各单位", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(COLLECTIVES))
def test_order_subjects(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


RULES = "白河市病媒生物防制办法\n"

# (id, text, {duty: {(body, role)}}): a digest that runs the numbered items of a division
# together on one line, a body's duties listed after 履行下列职责：, levels before a body
RUN_ON = [
    ("division-items-after-commas",
     RULES + "按照以下分工负责监督管理工作：（一）市卫生健康委负责医疗机构的监督管理，"
     "（二）市教育局负责各类学校的监督管理，（三）市商务局负责集贸市场的监督管理。\n",
     {"市卫生健康委负责医疗机构的监督管理": {("白河市卫生健康委", None)},
      "市教育局负责各类学校的监督管理": {("白河市教育局", None)},
      "市商务局负责集贸市场的监督管理": {("白河市商务局", None)}}),
    ("article-numbers-after-commas",
     RULES + "第八条市教育局负责各类学校的监督管理，第九条市商务局负责集贸市场的监督管理。\n",
     {"市教育局负责各类学校的监督管理": {("白河市教育局", None)},
      "市商务局负责集贸市场的监督管理": {("白河市商务局", None)}}),
    ("two-units-by-their-own-remits",
     RULES + "（一）市商务局、市教育局根据各自职责负责场所的监督管理，完善防制设施；\n"
     "（二）市卫生健康委负责医疗机构的监督管理。\n",
     {"市商务局、市教育局根据各自职责负责场所的监督管理，完善防制设施": {("白河市商务局", None), ("白河市教育局", None)},
      "市卫生健康委负责医疗机构的监督管理": {("白河市卫生健康委", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(RUN_ON))
def test_items_run_together_on_one_line(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


LISTED = [
    ("items-on-the-lines-below",
     RULES + "第七条 市卫生健康委应当履行下列职责：\n（一）组织开展防制知识宣传；\n（二）协调各单位做好防制工作。\n",
     {"组织开展防制知识宣传": {("白河市卫生健康委", None)}, "协调各单位做好防制工作": {("白河市卫生健康委", None)}}),
    ("items-after-the-colon-run-on",
     RULES + "第七条 市卫生健康委承担以下职责：（一）组织开展防制知识宣传，（五）协调各单位做好防制工作。\n",
     {"组织开展防制知识宣传": {("白河市卫生健康委", None)}, "协调各单位做好防制工作": {("白河市卫生健康委", None)}}),
    ("arabic-items-and-another-wording",
     RULES + "市教育局负责以下工作：\n1.指导学校开展病媒生物防制；\n2.组织学生参加卫生清扫活动。\n",
     {"指导学校开展病媒生物防制": {("白河市教育局", None)}, "组织学生参加卫生清扫活动": {("白河市教育局", None)}}),
    ("run-on-list-ends-before-the-next-lead-in",
     RULES + "市卫生健康委应当履行下列职责：（一）组织开展防制知识宣传，（二）协调各单位做好防制工作，"
     "有关部门按照以下分工负责监督管理：（一）市教育局负责各类学校的监督管理。\n",
     {"组织开展防制知识宣传": {("白河市卫生健康委", None)}, "协调各单位做好防制工作": {("白河市卫生健康委", None)},
      "市教育局负责各类学校的监督管理": {("白河市教育局", None)}}),
]


# (id, text, {duty: {(body, role)}}): ``A、B的职责是：`` with the items on the lines below: each item a
# duty of the bodies named right before the label (after a qualifier ending in 的, an article's
# number); an item the page's end cuts is none; a label after no body's name lists no duties
LABELED_ITEMS = [
    ("one-body-after-an-article-number",
     RULES + "第八条 市卫生健康委的职责是：\n（一）组织开展防制知识宣传；\n（二）协调各单位做好防制工作。\n",
     {"组织开展防制知识宣传": {("白河市卫生健康委", None)}, "协调各单位做好防制工作": {("白河市卫生健康委", None)}}),
    ("two-bodies-after-a-qualifier",
     RULES + "第九条 居住地的乡镇人民政府、街道办事处的职责是：\n（一）组织开展环境清理；\n（二）检查单位防制设施。\n（三）进\n",
     {"组织开展环境清理": {("乡镇人民政府", None), ("街道办事处", None)},
      "检查单位防制设施": {("乡镇人民政府", None), ("街道办事处", None)}}),
    ("kinds-of-duties-named-in-the-lead-in",
     RULES + "第三条 市卫生健康委应当履行以下综合协调、督促指导等职责：\n"
     "（一）建立健全防制工作制度；\n（二）牵头开展防制工作督导检查。\n",
     {"建立健全防制工作制度": {("白河市卫生健康委", None)}, "牵头开展防制工作督导检查": {("白河市卫生健康委", "lead")}}),
    # the charge before the lead-in's comma is a duty of its own (listed.py's head remit)
    ("a-charge-before-the-lead-in",
     RULES + "第三条 市卫生健康委负责防制工作的日常工作，履行以下综合协调、督促指导等职责：\n"
     "（一）建立健全防制工作制度；\n（二）牵头开展防制工作督导检查。\n",
     {"市卫生健康委负责防制工作的日常工作": {("白河市卫生健康委", None)},
      "建立健全防制工作制度": {("白河市卫生健康委", None)}, "牵头开展防制工作督导检查": {("白河市卫生健康委", "lead")}}),
    ("no-body-before-the-label",
     RULES + "第十条 本办法的职责是：\n（一）组织开展环境清理；\n（二）检查单位防制设施。\n", {}),
]


@pytest.mark.parametrize(("text", "expected"), rows(LABELED_ITEMS))
def test_a_label_after_bodies_lists_their_duties_below(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


@pytest.mark.parametrize(("text", "expected"), rows(LISTED))
def test_a_bodys_duties_listed_after_a_lead_in(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


def test_a_lead_in_without_a_body_lists_no_duties_of_anyone() -> None:
    text = RULES + "本办法所称防制工作包括以下内容：\n（一）环境治理；\n（二）药物消杀。\n"
    assert not any(orgs for orgs in duty_roles(extract_text(text, "t.txt")).values())


@pytest.mark.parametrize(("written", "short"), [
    ("市、区爱国卫生运动委员会办公室（以下简称爱卫办）", "市、区爱卫办"),
    ("县、乡爱国卫生运动委员会办公室（以下简称爱卫办）", "县、乡爱卫办"),
])
def test_one_body_at_each_level_is_one_collective(written: str, short: str) -> None:
    text = RULES + f"{written}负责组织防制工作。\n{short}应定期组织开展检查工作。\n"
    g = extract_text(text, "t.txt")
    bodies = {body for orgs in duty_roles(g).values() for body, _r in orgs}
    assert len(bodies) == 1
    node = next(d for _n, d in g.nodes(data=True) if d["type"] == "organization" and d["name"] in bodies)
    assert node.get("collective") and short in node["aliases"]


PLAN = "青山县食品安全工作实施方案\n"

# (id, text, {duty: {(body, role)}}): a sentence that only says who leads and who helps marks
# the task titled right before it; roles named before the task they share
MARKED_TITLES = [
    ("title-sentence-then-roles",
     PLAN + "第四条 镇环境卫生划分责任区。由镇爱卫办牵头，居委会配合。做到无暴露垃圾。\n",
     {"镇环境卫生划分责任区": {("镇爱卫办", "lead"), ("居委会", "support")}}),
    ("heading-then-roles-on-the-next-line",
     PLAN + "一、治理畜产品污染\n由县农业农村局承办，县卫健局、县公安局协办。治理目标：合格率达到95%以上。\n",
     {"治理畜产品污染": {("青山县农业农村局", "lead"), ("青山县卫健局", "support"), ("青山县公安局", "support")}}),
    ("numbered-title-then-responsible-and-helpers",
     PLAN + "（三）开展校园周边食品整治\n由县市场监管局负责，县教育局配合。\n",
     # beside the unit that helps, the one in charge leads (as X负责，Y配合 below; gold d11, h18, j32)
     {"开展校园周边食品整治": {("青山县市场监管局", "lead"), ("青山县教育局", "support")}}),
    ("roles-then-the-shared-task",
     PLAN + "县海关、县公安局负责，县农业农村局配合，强化对出口备案企业的监管。\n",
     {"县海关、县公安局负责，县农业农村局配合，强化对出口备案企业的监管":
      {("青山县海关", "lead"), ("青山县公安局", "lead"), ("青山县农业农村局", "support")}}),
    ("responsible-beside-helpers-leads",  # 负责 beside 配合: the responsible body leads
     PLAN + "县城管局负责，县商务局和县市场监管局配合，清理集贸市场周边的流动摊点。\n",
     {"县城管局负责，县商务局和县市场监管局配合，清理集贸市场周边的流动摊点":
      {("青山县城管局", "lead"), ("青山县商务局", "support"), ("青山县市场监管局", "support")}}),
    ("responsible-alone-no-role",  # 负责 with no helper: responsible, no role
     PLAN + "县城管局负责，县商务局做好配套，清理集贸市场周边的流动摊点。\n",
     {"县城管局负责，县商务局做好配套，清理集贸市场周边的流动摊点": {("青山县城管局", None), ("青山县商务局", None)}}),
    ("list-closed-by-a-kind-of-unit",  # …等责任单位牵头: the list's closing words are no part of its last unit
     PLAN + "由县公安局、县城管局等责任单位牵头，清理校园周边的无证摊点。\n",
     {"由县公安局、县城管局等责任单位牵头，清理校园周边的无证摊点": {("青山县公安局", "lead"), ("青山县城管局", "lead")}}),
    ("numbered-campaign-with-roles-then-its-measures",  # the item is the unit of assignment: one duty
     PLAN + "（二）校园食品安全专项整治，由县市场监管局负责，有关部门配合。要加强学校食堂的日常检查，严格落实索证索票制度。督促供货商建立台账。\n"
     "（三）农村集市整治，由县商务局负责。县城管局要做好摊位清理。\n",
     {"校园食品安全专项整治，由县市场监管局负责，有关部门配合。要加强学校食堂的日常检查，严格落实索证索票制度。督促供货商建立台账":
      {("青山县市场监管局", "lead")},
      # a later sentence with a doer of its own is that doer's duty: the item is not one
      "农村集市整治，由县商务局负责": {("青山县商务局", None)},
      "县城管局要做好摊位清理": {("青山县城管局", None)}}),
    ("article-number-then-agent",
     PLAN + "第六条由县市场监管局加强对摊贩的督促和管理，做到分工明确。\n",
     {"由县市场监管局加强对摊贩的督促和管理，做到分工明确": {("青山县市场监管局", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(MARKED_TITLES))
def test_roles_mark_the_task_written_before_them(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


def test_roles_whose_task_is_cut_off_give_no_duty() -> None:
    text = PLAN + "县农业农村局做好无公害基地建设。县海关、县公安局负责，县农业农村局配合，强化对出口备"
    assert set(duty_roles(extract_text(text, "t.txt"))) == {"县农业农村局做好无公害基地建设"}


def test_a_title_too_long_to_be_one_is_no_task_of_the_roles() -> None:
    text = PLAN + "各乡镇要全面排查辖区内的食品小作坊，建立台账，逐户登记。由县市场监管局牵头，县公安局配合。\n"
    duties = duty_roles(extract_text(text, "t.txt"))
    assert "全面排查辖区内的食品小作坊" not in " ".join(t for t, orgs in duties.items() if ("青山县市场监管局", "lead") in orgs)


ANIMAL = "青山县动物疫情应急预案\n（二）部门职责\n"

DEPARTMENT_HEADS = [
    ("numbered-department-type-with-a-full-stop",
     ANIMAL + "1.农业部门。\n(1)做好疫情的监测和报告。\n(2)调集防疫人员参加扑灭工作。\n2.财政部门：负责筹集紧急防疫储备金。\n",
     {"做好疫情的监测和报告": {("青山县农业部门", None)}, "调集防疫人员参加扑灭工作": {("青山县农业部门", None)},
      "负责筹集紧急防疫储备金": {("青山县财政部门", None)}}),
    ("numbered-department-type-alone-and-a-last-one-cut",
     ANIMAL + "1.卫生部门\n(1)做好人间疫情监测。\n(2)开展健康教育。\n2.商务部门\n",
     {"做好人间疫情监测": {("青山县卫生部门", None)}, "开展健康教育": {("青山县卫生部门", None)}}),
    ("an-unlisted-field-beside-a-known-one",
     ANIMAL + "1.财政部门：负责筹集紧急防疫储备金。\n2.交通、铁路部门：负责优先运送防疫物资。\n",
     {"负责筹集紧急防疫储备金": {("青山县财政部门", None)},
      "负责优先运送防疫物资": {("青山县交通部门", None), ("青山县铁路部门", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(DEPARTMENT_HEADS))
def test_departments_by_kind_heading_their_duties(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    assert duty_roles(extract_text(text, "t.txt")) == expected


def test_the_contents_a_plan_must_list_are_no_tasks() -> None:
    text = ("青山县粮食应急预案\n4.1 出现应急状态时，县粮食局应立即提出动用方案，方案应当包括以下内容：\n"
            "（1）动用储备粮的品种、数量和质量。\n（2）动用储备粮的资金安排、补贴来源。\n（3）其他配套措施。\n")
    duties = duty_roles(extract_text(text, "t.txt"))
    assert not any(t.startswith(("动用储备粮", "其他配套")) for t in duties), sorted(duties)


@pytest.mark.parametrize("leader", ["乡镇政府主要领导具体", "乡镇党委书记亲自", "县卫健局分管领导"])
def test_a_leader_after_you_is_no_body_leading_the_task(leader: str) -> None:
    text = ORDER + f"各乡镇人民政府建立合作医疗管理办公室，由{leader}负责，工作人员由乡镇调剂解决。\n"
    duties = duty_roles(extract_text(text, "t.txt"))
    assert not any(t.startswith("由") for t in duties), sorted(duties)
    assert {body for orgs in duties.values() for body, _r in orgs} == {"各乡镇人民政府"}


def test_a_duty_after_another_doers_clause_is_not_the_mechanisms() -> None:
    text = ("关于建立青山县殡葬管理工作联席会议制度的通知\n一、建立青山县殡葬管理工作联席会议制度。\n"
            "（三）联席会议建立联络员制度，各成员单位指定1名负责同志作为联络员，负责联系和协调日常工作。\n")
    g = extract_text(text, "t.txt")
    mechs = {d["name"] for _n, d in g.nodes(data=True) if d["type"] == "mechanism"}
    duties = duty_roles(g)
    assert not any(body in mechs for orgs in duties.values() for body, _r in orgs), duties


@pytest.mark.parametrize("private", ["单位和个人应当", "任何单位和个人都要", "广大群众要", "居民应当"])
def test_what_private_parties_must_do_ends_the_bodys_duty(private: str) -> None:
    text = RULES + f"市教育局负责做好各类学校的防制工作，{private}积极参加防制活动，第十条市商务局负责集贸市场的防制工作。\n"
    duties = duty_roles(extract_text(text, "t.txt"))
    assert duties.get("市教育局负责做好各类学校的防制工作") == {("白河市教育局", None)}, sorted(duties)
