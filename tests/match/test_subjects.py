"""Subject lists (extractor/match/subjects.py, a helper of the duty components), through
``load()(text)``: the bodies a clause opens with are the ones responsible for it.

Levels of government written one character each come from ``places.json`` ``level_chars``
(省 … 镇, with 州 and 盟): several levels before 政府 are one collective of governments
(``州、县人民政府``), several levels before one body's name are that body at each level
(``盟、旗卫生健康委``). Each row: an id, a short notice of our own, the
(body, responsible_for, duty text) facts."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows

R = "responsible_for"
T = "关于做好春季鼠疫防控工作的通知\n"

# (id, notice, facts)
LEVELS = [
    ("city-and-county-governments", T + "市、县人民政府要压实属地责任，组织开展灭鼠灭蚤。",
     {("市、县人民政府", R, "市、县人民政府要压实属地责任，组织开展灭鼠灭蚤")}),
    ("prefecture-and-county-governments", T + "州、县人民政府要压实属地责任，组织开展灭鼠灭蚤。",
     {("州、县人民政府", R, "州、县人民政府要压实属地责任，组织开展灭鼠灭蚤")}),
    ("league-and-banner-governments", T + "各盟、旗人民政府要把鼠疫防控列入重要议事日程。",
     {("各盟、旗人民政府", R, "各盟、旗人民政府要把鼠疫防控列入重要议事日程")}),
    ("one-body-at-league-and-banner-level", T + "盟、旗卫生健康委要加强动物间疫情监测。",
     {("盟、旗卫生健康委", R, "盟、旗卫生健康委要加强动物间疫情监测")}),
    # 和 between the first level and the rest (as regulations write 市和区、县): the same collectives
    ("city-and-its-districts-and-counties-governments", T + "市和区、县人民政府领导本行政区域内的鼠疫防控工作。",
     {("市和区、县人民政府", R, "市和区、县人民政府领导本行政区域内的鼠疫防控工作")}),
    ("one-body-at-city-and-its-district-and-county-levels", T + "市和区、县卫生行政部门负责动物间疫情监测。",
     {("市和区、县卫生行政部门", R, "市和区、县卫生行政部门负责动物间疫情监测")}),
    # levels counted after their list (两级, 三级) before one body's name: that body at each level, one collective
    ("two-tiers-of-one-department", T + "州、县两级卫生健康部门要加强动物间疫情监测。",
     {("州、县两级卫生健康部门", R, "州、县两级卫生健康部门要加强动物间疫情监测")}),
    ("three-tiers-of-one-institution", T + "省、市、县三级疾控中心要加强疫情研判。",
     {("省、市、县三级疾控中心", R, "省、市、县三级疾控中心要加强疫情研判")}),
    ("one-level-with-others-in-brackets", T + "各州（市）政府要统筹安排防控经费。",
     {("各州（市）政府", R, "各州（市）政府要统筹安排防控经费")}),
    # 各 and the places of several levels, one with the kinds of place at it in brackets, before a
    # modal verb: every place of those levels, one collective (not a duty without the modal)
    ("each-city-and-county-with-others-in-brackets", T + "各市、县（市、区）要统筹安排防控经费。",
     {("各市、县", R, "各市、县（市、区）要统筹安排防控经费")}),  # named without the bracket, as 各有关县（市、区）
    ("each-concerned-city-and-county-ascii-brackets", T + "各有关市、县(市、区)要统筹安排防控经费。",
     {("各有关市、县", R, "各有关市、县（市、区）要统筹安排防控经费")}),
    ("places-of-levels-without-a-modal-verb", T + "各市、县（市、区）卫生健康局局长参加培训。", set()),
    # 各 and one level written as the kinds of place at it, before a modal verb: every place of that level
    ("each-province-region-and-municipality", T + "各省、自治区、直辖市要把鼠疫防控任务落实到各地区。",
     {("各省、自治区、直辖市", R, "各省、自治区、直辖市要把鼠疫防控任务落实到各地区")}),
    ("each-province-level-department-stays-one-body", T + "各省、自治区、直辖市卫生健康部门要加强疫情监测。",
     {("各省、自治区、直辖市卫生健康部门", R, "各省、自治区、直辖市卫生健康部门要加强疫情监测")}),
    # 各 and a level, then a duty verb whose object ends like a collective (负责组织): the collective
    # ends before the verb (各县区, not 各县区负责组织)
    ("each-county-and-district-then-its-duty-verb", T + "各县区负责组织开展本辖区灭鼠灭蚤工作。",
     {("各县区", R, "各县区负责组织开展本辖区灭鼠灭蚤工作")}),
    # the governments of a class of levels written with 以上, as laws write them, are the doer themselves
    ("governments-above-a-level-act-by-a-plan", T + "县级以上地方人民政府根据年度监测计划，组织开展鼠情调查。",
     {("县级以上地方人民政府", R, "县级以上地方人民政府根据年度监测计划，组织开展鼠情调查")}),
    ("governments-above-a-level-with-their-departments", T + "县级以上人民政府及其有关部门应当共享疫情监测资料。",
     {("县级以上人民政府", R, "县级以上人民政府及其有关部门应当共享疫情监测资料")}),
    ("governments-of-districted-cities-answer-for-it", T + "设区的市级以上地方人民政府对本行政区域的鼠疫防控工作负总责。",
     {("设区的市级以上地方人民政府", R, "设区的市级以上地方人民政府对本行政区域的鼠疫防控工作负总责")}),
    # a law's class of levels with no government word before a department in 部门: the field's
    # departments at those levels all the same
    ("department-above-a-level-without-government", T + "县级以上地方卫生健康部门负责本行政区域内的鼠疫监测。",
     {("县级以上地方卫生健康部门", R, "县级以上地方卫生健康部门负责本行政区域内的鼠疫监测")}),
    ("field-department-above-a-level-without-government", T + "县级以上林业主管部门应当组织开展鼠情调查。",
     {("县级以上林业主管部门", R, "县级以上林业主管部门应当组织开展鼠情调查")}),
    # near miss: a class of levels alone is no body; an institution class stays its own name
    ("a-class-of-levels-alone-is-no-doer", T + "县级以上地方应当组织开展灭鼠灭蚤。", set()),
    ("institutions-above-a-level-stay-their-own-class", T + "县级以上医疗机构应当设立发热门诊。",
     {("县级以上医疗机构", R, "县级以上医疗机构应当设立发热门诊")}),
    # near misses: what they approved is the subject; a list going on with another body
    ("governments-above-a-level-in-a-relative-clause", T + "设区的市级以上人民政府审批的防控方案，由其卫生健康主管部门组织评审。",
     set()),
    # their own office (的 links them): the office is the doer, never the governments (as gold l72)
    ("office-of-governments-above-a-level", T + "县级以上人民政府的鼠疫防控办公室负责日常工作。",
     {("县级以上人民政府的鼠疫防控办公室", R, "县级以上人民政府的鼠疫防控办公室负责日常工作")}),
    ("governments-above-a-level-in-a-list", T + "县级以上地方人民政府及国务院部门应当开设疫情信息专栏。", set()),
]


# (id, notice, facts): a collective named by 各, with 全 and a level before it (全县各乡镇: every
# township of the county), a short head (各校: each school), or a verb read into it (负责, 组织)
COLLECTIVES = [
    ("whole-county-each-township", T + "全县各乡镇要落实排查摸底，实行居家观察。",
     {("全县各乡镇", R, "全县各乡镇要落实排查摸底，实行居家观察")}),
    ("whole-township-each-department", T + "全乡各部门要认真落实防控部署。",
     {("全乡各部门", R, "全乡各部门要认真落实防控部署")}),
    ("each-town-and-subdistrict-zhenjie", T + "各镇街（园区）要做好灭鼠药品发放。",
     {("各镇街", R, "各镇街（园区）要做好灭鼠药品发放")}),  # the bracketed note is no part of the name
    ("each-school-short-head", T + "各校要落实晨检制度。", {("各校", R, "各校要落实晨检制度")}),
    ("fuze-is-no-part-of-the-collective", T + "各县区负责组织开展鼠情监测。",
     {("各县区", R, "各县区负责组织开展鼠情监测")}),
    ("zuzhi-as-verb-after-a-collective", T + "各县区组织开展鼠情监测。", {("各县区", R, "各县区组织开展鼠情监测")}),
    ("zuzhi-as-head-of-a-collective", T + "各社会组织开展防疫宣传。", {("各社会组织", R, "各社会组织开展防疫宣传")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(COLLECTIVES))
def test_collectives(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), R) == expected


@pytest.mark.parametrize(("text", "expected"), rows(LEVELS))
def test_levels_of_government(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), R) == expected


# (id, notice, facts): a ministry named by its field's full name and a department suffix,
# the field's name holding 和 (人力资源和社会保障部, 住房和城乡建设部), is a body of its own,
# alone or in a list, before any verb; a department type written with 部门 stays a type
FIELD_DEPARTMENTS = [
    ("ministry-whose-field-holds-he", T + "人力资源和社会保障部组织发放防疫人员的补助。",
     {("人力资源和社会保障部", R, "人力资源和社会保障部组织发放防疫人员的补助")}),
    ("ministries-in-a-list", T + "住房和城乡建设部、民政部督促各地清理城中村卫生死角。",
     {("住房和城乡建设部", R, "住房和城乡建设部、民政部督促各地清理城中村卫生死角"),
      ("民政部", R, "住房和城乡建设部、民政部督促各地清理城中村卫生死角")}),
    ("field-department-type-stays-a-type", T + "住房和城乡建设部门要督促各地清理城中村卫生死角。",
     {("住房和城乡建设部门", R, "住房和城乡建设部门要督促各地清理城中村卫生死角")}),
    # two fields joined by 和 before one department suffix (林业和园林局, 城市管理和综合执法局) are
    # one bureau's name, in a list too; the same fields before 部门 stay types, one each
    ("two-fields-joined-in-one-bureau", T + "林业和园林局负责公园绿地的灭鼠工作。",
     {("林业和园林局", R, "林业和园林局负责公园绿地的灭鼠工作")}),
    ("bureau-of-two-fields-in-a-list", T + "白河市卫生局、城市管理和综合执法局要共同做好灭鼠工作。",
     {("白河市卫生局", R, "白河市卫生局、城市管理和综合执法局要共同做好灭鼠工作"),
      ("城市管理和综合执法局", R, "白河市卫生局、城市管理和综合执法局要共同做好灭鼠工作")}),
    ("two-field-types-before-bumen-stay-two", T + "林业和交通部门要共同做好灭鼠工作。",
     {("林业部门", R, "林业和交通部门要共同做好灭鼠工作"), ("交通部门", R, "林业和交通部门要共同做好灭鼠工作")}),
    # a government's inspection office (kinds.json 人民政府: 政府督查室) is the body, not its government
    ("government-inspection-office", T + "县政府督查室要加强督导检查。",
     {("县政府督查室", R, "县政府督查室要加强督导检查")}),
    ("government-inspection-office-after-you", T + "各乡镇完成排查后，由县人民政府督查室统一汇总上报。",
     {("县人民政府督查室", R, "各乡镇完成排查后，由县人民政府督查室统一汇总上报")}),
    # older short names of department types (kinds.json short: 工商行政管理, 城乡建设, 劳动人事, 民族事务)
    # make a list of types like the current ones
    ("older-short-names-in-a-list", T + "各级公安、工商行政管理、城乡建设、劳动人事、民族事务等有关部门要配合做好殡葬管理。",
     {(f"{w}部门", R, "各级公安、工商行政管理、城乡建设、劳动人事、民族事务等有关部门要配合做好殡葬管理", "role=support")
      for w in ("公安", "工商行政管理", "城乡建设", "劳动人事", "民族事务")}),
    # a field's short form and a word more, closed by 、 (文化执法、): one bare item, not the field
    # and a list broken after it; two fields joined by 和 with the list going on after them
    # (劳动和社会保障、) one item too; 和 before the list's last item still joins two
    ("short-form-and-a-word-more-in-a-list", T + "公安、文化执法、财政等部门要按照各自职责做好鼠疫防控工作。",
     {(b + "部门", R, "公安、文化执法、财政等部门要按照各自职责做好鼠疫防控工作") for b in ("公安", "文化执法", "财政")}),
    ("two-fields-joined-by-he-inside-a-list", T + "公安、劳动和社会保障、财政等部门要做好鼠疫防控工作。",
     {(b + "部门", R, "公安、劳动和社会保障、财政等部门要做好鼠疫防控工作") for b in ("公安", "劳动和社会保障", "财政")}),
    ("he-before-the-last-item-joins-two", T + "公安、交通和民航等部门要按照各自职责做好鼠疫防控工作。",
     {(b + "部门", R, "公安、交通和民航等部门要按照各自职责做好鼠疫防控工作") for b in ("公安", "交通", "民航")}),
    # one government the notice names and a department type after it (县人民政府民政部门, as
    # regulations write it): the government's department of that field, named whole
    ("county-government-field-department", T + "县人民政府卫生健康部门负责本行政区域内的鼠疫防治工作。",
     {("县人民政府卫生健康部门", R, "县人民政府卫生健康部门负责本行政区域内的鼠疫防治工作")}),
    ("named-city-government-field-department", T + "白河市人民政府农业农村部门应当加强动物间疫情监测。",
     {("白河市人民政府农业农村部门", R, "白河市人民政府农业农村部门应当加强动物间疫情监测")}),
    # one level's government before a list of fields closed by 等（有关）部门: the government's
    # departments, the level their qualifier (as 县公安、财政等部门)
    ("government-then-its-fields", "青山县鼠疫防治办法\n县人民政府公安、财政、市场监管等有关部门做好职责范围内的鼠疫防治工作。",
     {("青山县" + b + "部门", R, "县人民政府公安、财政、市场监管等有关部门做好职责范围内的鼠疫防治工作")
      for b in ("公安", "财政", "市场监管")}),
    # near miss: a government's office and a bureau in a list stay the two bodies
    ("government-office-and-a-bureau", T + "县政府办公室、县财政局要做好鼠疫防治工作。",
     {("县政府办公室", R, "县政府办公室、县财政局要做好鼠疫防治工作"), ("县财政局", R, "县政府办公室、县财政局要做好鼠疫防治工作")}),
    # a short-form note after a level, a field and a department type's tail (…行政主管部门（以下简称
    # 市环保部门）): the department is the subject, the note its other name (used later)
    ("note-after-a-field-department", "白河市扬尘防治办法\n市环境保护行政主管部门（以下简称市环保部门）负责全市的扬尘防治。\n市环保部门应当加强巡查。",
     {("白河市环境保护行政主管部门", R, "市环境保护行政主管部门（以下简称市环保部门）负责全市的扬尘防治"),
      ("白河市环境保护行政主管部门", R, "市环保部门应当加强巡查")}),
    # near miss: a government's office is that office, no department type
    ("government-office-stays-the-office", T + "县人民政府办公室负责统筹协调鼠疫防治工作。",
     {("县人民政府办公室", R, "县人民政府办公室负责统筹协调鼠疫防治工作")}),
    # near miss: a verb that is also a field's short form (组织) opens no longer item (组织文旅)
    ("a-verb-and-a-field-is-no-item", T + "1.组织文旅、公安等部门共同对灭鼠点进行检查验收。", set()),
    # near miss: a request (请X、Y等部门…) names no stem of a department type with its 请
    ("a-request-is-no-department-stem", T + "请民政部、住房和城乡建设部等部门在5月底前完成排查。",
     {("民政部", R, "民政部、住房和城乡建设部等部门在5月底前完成排查"),
      ("住房和城乡建设部", R, "民政部、住房和城乡建设部等部门在5月底前完成排查")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(FIELD_DEPARTMENTS))
def test_field_departments(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), R) == expected


# (id, notice, facts): a subject that acts within its own remit (依据职责负责…) or that the
# clause first calls the party responsible (X是…的责任主体，要…): its verb follows; each
# subject of a sentence its own duty
REMIT_AND_RESPONSIBLE_PARTY = [
    ("acting-within-its-remit", T + "省卫生健康委负责统筹全省监测工作，地方卫生健康部门依据职责负责辖区疫情处置。",
     {("省卫生健康委", R, "省卫生健康委负责统筹全省监测工作"),
      ("地方卫生健康部门", R, "地方卫生健康部门依据职责负责辖区疫情处置")}),
    ("called-the-responsible-party", T + "县人民政府是本县鼠疫防控的责任主体，要落实防控经费。",
     {("县人民政府", R, "县人民政府是本县鼠疫防控的责任主体，要落实防控经费")}),
    # near miss: naming the responsible party with no duty after it is no duty
    ("responsible-party-alone", T + "县人民政府是本县鼠疫防控的责任主体。", set()),
]


@pytest.mark.parametrize(("text", "expected"), rows(REMIT_AND_RESPONSIBLE_PARTY))
def test_remit_and_responsible_party(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), R) == expected


# (id, notice, facts): how a regulation's articles write a body's charge: a governing verb and the
# field's work (X主管…工作, X领导…工作), a department's name no lexicon lists too
ARTICLES = [
    ("body-governs-the-fields-work", T + "第五条 交通部主管全国港口卫生管理工作。",
     {("交通部", R, "交通部主管全国港口卫生管理工作")}),
    ("governments-lead-the-work-then-more-verbs",
     T + "第三条 各级人民政府领导本地区鼠疫防治工作，制定鼠疫防治规划。",
     {("各级人民政府", R, "各级人民政府领导本地区鼠疫防治工作，制定鼠疫防治规划")}),
    # an article writes a comma between the body opening it and its charge (X，负责…; X（以下简称Y），负责…)
    ("comma-before-the-charge", T + "第六条 县级以上人民政府卫生行政主管部门，负责本行政区域内鼠疫监测工作。",
     {("县级以上人民政府卫生行政主管部门", R, "县级以上人民政府卫生行政主管部门，负责本行政区域内鼠疫监测工作")}),
    ("comma-after-an-alias-note-before-the-charge",
     T + "白河市鼠疫防治中心（以下简称鼠防中心），负责全市鼠疫疫源地监测。",
     {("白河市鼠疫防治中心", R, "白河市鼠疫防治中心（以下简称鼠防中心），负责全市鼠疫疫源地监测")}),
    ("within-its-remit-then-a-comma", T + "第七条 白河市疾控中心按照职责，负责口岸鼠疫监测。",
     {("白河市疾控中心", R, "白河市疾控中心按照职责，负责口岸鼠疫监测")}),
    # the principle a list of bodies acts on (按X原则, 按照属地管理原则) between it and its verb
    ("list-acting-on-a-principle", "白河市职工医疗保险工作方案\n市农业、林业、水利部门按归口原则分别负责职工的组织参保工作。",
     {("白河市农业部门", R, "市农业、林业、水利部门按归口原则分别负责职工的组织参保工作"),
      ("白河市林业部门", R, "市农业、林业、水利部门按归口原则分别负责职工的组织参保工作"),
      ("白河市水利部门", R, "市农业、林业、水利部门按归口原则分别负责职工的组织参保工作")}),
    # every place of the provincial level, the ones concerned too (各有关省、自治区、直辖市), when it acts
    # (在…时，) before its modal verb
    ("places-concerned-of-a-level-then-modal", T + "各有关省、自治区、直辖市要将鼠疫监测纳入卫生规划。",
     {("各有关省、自治区、直辖市", R, "各有关省、自治区、直辖市要将鼠疫监测纳入卫生规划")}),
    ("places-of-a-level-when-then-modal", T + "各省、自治区、直辖市在编制卫生规划时，应将鼠疫监测纳入规划。",
     {("各省、自治区、直辖市", R, "各省、自治区、直辖市在编制卫生规划时，应将鼠疫监测纳入规划")}),
    # a second list after the first one's tail (…等组织及Y; …等有关部门以及A、B) of bodies no lexicon lists
    ("second-list-of-unlisted-bodies", T + "村民委员会、卫生服务站等组织及保洁服务企业应当协助有关部门开展灭鼠工作。",
     {(b, R, "村民委员会、卫生服务站等组织及保洁服务企业应当协助有关部门开展灭鼠工作", "role=support")
      for b in ("村民委员会", "卫生服务站", "保洁服务企业")}),
    ("departments-of-levels-and-a-second-list-comma-then-remit", T + "县级以上人民政府财政、水利等有关部门以及县扶贫办、县盐务局，按照职责分工，负责各自承担的鼠疫防治工作。",
     {(b, R, "县级以上人民政府财政、水利等有关部门以及县扶贫办、县盐务局，按照职责分工，负责各自承担的鼠疫防治工作") for b in ("县级以上人民政府财政部门", "水利部门", "县扶贫办", "县盐务局")}),
    # a list's duties named by a label (A、B等部门的职责是…), the pieces after ；its duties too
    ("listed-departments-remit-label", T + "公安、交通、民航等部门的职责是禁止病死禽类运输；对来自疫区的运载工具，认真开展消毒工作。",
     {(b + "部门", R, d) for b in ("公安", "交通", "民航") for d in ("公安、交通、民航等部门的职责是禁止病死禽类运输", "对来自疫区的运载工具，认真开展消毒工作")}),
    # near miss: a clause that ends on a degree and an adjective states how things are, no act
    ("a-state-is-no-duty", T + "各地防治工作进展还很不平衡，一些地区疫情还比较严重。", set()),
    # near misses: the body's leaders go somewhere (a verb after 领导); a leading group is a name
    ("body-leaders-visit", T + "县卫健局领导到白河镇检查工作。", set()),
    ("leading-group-is-no-verb", T + "县卫健局领导小组负责统筹协调鼠疫防治工作。",
     {("县卫健局领导小组", R, "县卫健局领导小组负责统筹协调鼠疫防治工作")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(ARTICLES))
def test_articles(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), R) == expected


# (id, notice, facts): a class of bodies (a name ending 机构/组织/单位, or the lexicon's 学校), then
# what it finds or what its duty is about, a comma, then a modal verb of its own (X发现Y，应…,
# X对Y，应立即…), or the matter and its formal act (X对Y进行Z): the class's duty (a plain verb
# alone stays none: 企业开办…, 学校带宽达到…, 高校处于… are reports and goals); a subject whose clause opens with 在…中 and holds a modal verb
# (X在工作中要确保…的家庭) acts, whatever noun the clause ends on
CLASS_CASES = [
    ("class-finds-then-modal-after-comma", T + "乡村卫生组织发现疑似鼠疫病人，应立即隔离并报告。",
     {("乡村卫生组织", R, "乡村卫生组织发现疑似鼠疫病人，应立即隔离并报告")}),
    ("class-checks-and-finds-a-case-then-modal", T + "鼠疫防治机构检查发现从业人员患病的，应向当地卫生部门报告。",
     {("鼠疫防治机构", R, "鼠疫防治机构检查发现从业人员患病的，应向当地卫生部门报告")}),
    ("two-classes-find-then-modal", T + "疾控机构、采样单位发现样本污染，应当立即停止检测。",
     {("疾控机构", R, "疾控机构、采样单位发现样本污染，应当立即停止检测"),
      ("采样单位", R, "疾控机构、采样单位发现样本污染，应当立即停止检测")}),
    ("school-finds-then-modal", T + "学校发现学生发热，应督促其及时就医。",
     {("学校", R, "学校发现学生发热，应督促其及时就医")}),
    ("class-regarding-then-modal", T + "监测机构对采样中发生的差错，应立即采取补救措施。",
     {("监测机构", R, "监测机构对采样中发生的差错，应立即采取补救措施")}),
    # a class of bodies no lexicon names, written with 机关, keeps its whole name (not 规划审查部门)
    ("class-of-jiguan-named-whole", T + "规划审查机关对涉及鼠疫疫源地的规划，应当征求卫生部门意见。",
     {("规划审查机关", R, "规划审查机关对涉及鼠疫疫源地的规划，应当征求卫生部门意见")}),
    ("body-regarding-then-modal", T + "白河市卫健委对群众举报的问题，应当及时核查。",
     {("白河市卫健委", R, "白河市卫健委对群众举报的问题，应当及时核查")}),
    ("in-the-work-then-modal-ending-on-a-noun", T + "各单位在工作中要确保把防鼠知识送到每一个牧民的家庭。",
     {("各单位", R, "各单位在工作中要确保把防鼠知识送到每一个牧民的家庭")}),
    # the matter, then the class's formal act on it (X对Y进行Z, X对Y负责): the class's duty
    ("class-regarding-then-jinxing", T + "鼠疫防治机构对疫源地监测质量进行督导和抽查。",
     {("鼠疫防治机构", R, "鼠疫防治机构对疫源地监测质量进行督导和抽查")}),
    ("class-answers-for-the-matter", T + "鼠疫监测机构对监测报告的真实性负责。",
     {("鼠疫监测机构", R, "鼠疫监测机构对监测报告的真实性负责")}),
    # 其他 before a class the lexicon names: that class (the ones not named before)
    ("other-institutions-find-then-modal", T + "其他医疗机构发现疑似鼠疫病人应予登记并及时转诊。",
     {("医疗机构", R, "其他医疗机构发现疑似鼠疫病人应予登记并及时转诊")}),
    # near misses: 其他 before the bodies concerned (a collective) with no modal verb;
    ("other-bodies-concerned-support", T + "其他相关部门配合，于5月底前报送灭鼠进展。", set()),
    # a condition on the class (who the rule binds), a report of what was found,
    # a noun phrase opening with 在 and no modal verb
    ("condition-on-a-class-is-no-duty", T + "申报主体已签订合作协议的，应达到协议约定条件。", set()),
    ("class-found-as-a-report", T + "监测机构发现了两处鼠密度超标点。", set()),
    ("class-with-a-plain-verb-stays-none", T + "监测机构完成了全年的鼠情调查。", set()),
    # a body's name and 组织 (also a verb) is no class: 县爱卫办 organizes the review
    ("zuzhi-after-a-body-is-its-verb", T + "由县爱卫办组织对灭鼠效果进行考核。",
     {("县爱卫办", R, "由县爱卫办组织对灭鼠效果进行考核")}),
    ("noun-phrase-after-zai-is-no-duty", T + "（四）卫生健康部门在监测工作中形成的技术规范；", set()),
]


@pytest.mark.parametrize(("text", "expected"), rows(CLASS_CASES))
def test_class_cases(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), R) == expected


# (id, notice, facts): fields sharing one class's head written once after the last (城镇街道、乡村
# 卫生组织: what follows the last field's first word is shared; 爱卫及卫生部门), before a modal verb
# or what the class finds: each field with the head is a subject
SHARED_HEADS = [
    ("fields-sharing-a-health-organization-head", T + "牧区、农区卫生组织发现疑似鼠疫病人，应立即报告。",
     {("牧区卫生组织", R, "牧区、农区卫生组织发现疑似鼠疫病人，应立即报告"),
      ("农区卫生组织", R, "牧区、农区卫生组织发现疑似鼠疫病人，应立即报告")}),
    ("fields-sharing-an-institution-head", T + "各级动物防疫、卫生监督、医疗机构要加强协作。",
     {("动物防疫机构", R, "各级动物防疫、卫生监督、医疗机构要加强协作"),
      ("卫生监督机构", R, "各级动物防疫、卫生监督、医疗机构要加强协作"),
      ("医疗机构", R, "各级动物防疫、卫生监督、医疗机构要加强协作")}),
    ("a-field-no-department-type-names-and-a-known-one", T + "爱卫及卫生部门要做好灭鼠药物供应。",
     {("爱卫部门", R, "爱卫及卫生部门要做好灭鼠药物供应"), ("卫生部门", R, "爱卫及卫生部门要做好灭鼠药物供应")}),
    # near misses: no modal verb after the list; verbs are no fields
    ("fields-without-a-modal-verb", T + "牧区、农区卫生组织开展了灭鼠活动。", set()),
    ("verbs-are-no-fields", T + "加强、规范医疗机构要做好登记。", set()),
    ("two-classes-joined-by-he-are-not-read-here", T + "监测和评估机构应科学制定年度工作方案。", set()),
]


@pytest.mark.parametrize(("text", "expected"), rows(SHARED_HEADS))
def test_shared_heads(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), R) == expected


# (id, notice, facts): subjects read by their form in running text (a collective with a modal
# of two words, a body that asks another to act, a clause that opens with a verb and its object)
FREE_SUBJECTS = [
    ("collective-with-yidingyao", T + "各级各部门一定要提高认识，尽快启动灭鼠工作。",
     {("各级各部门", R, "各级各部门一定要提高认识，尽快启动灭鼠工作")}),
    # A要求B…: the duty is the asked body's, never the asker's
    ("a-body-asks-another", T + "白河市卫生局要求各区卫生局加强鼠情监测。",
     {("各区卫生局", R, "各区卫生局加强鼠情监测")}),
    ("two-bodies-ask-two-classes", T + "青山县卫健局、教育局要求托幼机构和小学加强晨检。",
     {("托幼机构", R, "托幼机构和小学加强晨检"), ("小学", R, "托幼机构和小学加强晨检")}),
    ("a-body-asks-with-no-doer-named", T + "白河市卫生局要求尽快转变灭鼠策略。", set()),
    # 各有关地方 qualifies a list of department types sharing one head; a comma may stand before its modal
    ("concerned-places-qualify-a-shared-head-list", T + "各有关地方农业、水利、卫生行政部门，要做好灭鼠药物储备。",
     {("农业部门", R, "各有关地方农业、水利、卫生行政部门，要做好灭鼠药物储备"),
      ("水利部门", R, "各有关地方农业、水利、卫生行政部门，要做好灭鼠药物储备"),
      ("卫生部门", R, "各有关地方农业、水利、卫生行政部门，要做好灭鼠药物储备")}),
    # an unqualified list opening its sentence, a comma, then its modal verb (modal_verbs but plan_modals): its subject
    ("unqualified-list-then-comma", T + "青山县农业局、青山县水利局，都要做好灭鼠药物储备。",
     {("青山县农业局", R, "青山县农业局、青山县水利局，都要做好灭鼠药物储备"),
      ("青山县水利局", R, "青山县农业局、青山县水利局，都要做好灭鼠药物储备")}),
    # near miss: the list after a clause of the sentence (an apposition or a list going on) is no subject
    ("unqualified-list-then-comma-inside-a-sentence", T + "根据防控需要，青山县农业局、水利局，都要做好灭鼠药物储备。", set()),
    # a place of the notice, then 各: its places (a collective, also named 各地 later), or the
    # departments at each of them (the place may be written without its level)
    ("places-of-a-county", "青山县卫健局关于做好春季鼠疫防控工作的通知\n青山县各地要建立鼠情报告制度。各地还要加强宣传。",
     {("青山县各地", R, "青山县各地要建立鼠情报告制度"), ("青山县各地", R, "各地还要加强宣传")}),
    ("departments-at-each-place-of-a-county", "青山县卫健局关于做好春季鼠疫防控工作的通知\n青山各地农业、卫生行政部门要联合开展鼠情排查。",
     {("青山县农业部门", R, "青山各地农业、卫生行政部门要联合开展鼠情排查"),
      ("青山县卫生部门", R, "青山各地农业、卫生行政部门要联合开展鼠情排查")}),
    # 各 and a class of units the word list heads (卫生院, 幼儿园, 村委会, 镇办): a collective
    ("each-township-health-centre", T + "各乡镇卫生院要开展鼠情调查。", {("各乡镇卫生院", R, "各乡镇卫生院要开展鼠情调查")}),
    ("each-kindergarten", T + "各幼儿园要落实晨检制度。", {("各幼儿园", R, "各幼儿园要落实晨检制度")}),
    ("each-town-office-asked", T + "请各镇办落实灭鼠经费保障。", {("各镇办", R, "各镇办落实灭鼠经费保障")}),
    # a class of schools named by a modifier before 学校 / 托幼机构, with a modal verb: a class of actors
    ("a-class-of-schools-with-a-modal", T + "寄宿制学校应当为学生提供灭鼠防护设施。",
     {("寄宿制学校", R, "寄宿制学校应当为学生提供灭鼠防护设施")}),
    ("a-class-of-schools-without-a-modal", T + "寄宿制学校开展了灭鼠活动。", set()),
    # 各 and a collective, then the name of a unit of each (an office no lexicon lists): one collective
    ("office-of-each-town-office", T + "由各镇办灭鼠工作办与灭鼠员签订责任书，明确工作职责。",
     {("各镇办灭鼠工作办", R, "由各镇办灭鼠工作办与灭鼠员签订责任书，明确工作职责")}),
    ("a-collective-then-its-modal-is-no-unit", T + "各县（区）也要相应成立灭鼠工作专班，做到主要领导负总责。",
     {("各县", R, "各县（区）也要相应成立灭鼠工作专班，做到主要领导负总责")}),
    # the departments concerned written with 职能部门, or of one level's government (县直相关部门): a collective
    ("governments-and-the-functional-departments-concerned", T + "各级政府及有关职能部门要把灭鼠纳入议事日程。",
     {("各级政府", R, "各级政府及有关职能部门要把灭鼠纳入议事日程"),
      ("有关职能部门", R, "各级政府及有关职能部门要把灭鼠纳入议事日程")}),
    ("county-direct-departments-concerned", T + "各乡镇人民政府和县直相关部门都要制定灭鼠方案。",
     {("各乡镇人民政府", R, "各乡镇人民政府和县直相关部门都要制定灭鼠方案"),
      ("县直相关部门", R, "各乡镇人民政府和县直相关部门都要制定灭鼠方案")}),
    # a class of governments (县级以上…) sets a body up: each of them is told to, a duty (one government: no duty)
    ("governments-above-a-level-set-up-a-committee", T + "县级以上人民政府成立鼠疫防治工作委员会，负责协调重大问题。",
     {("县级以上人民政府", R, "县级以上人民政府成立鼠疫防治工作委员会，负责协调重大问题")}),
    ("one-government-sets-up-a-committee", T + "白河市人民政府成立鼠疫防治工作委员会，负责协调重大问题。", set()),
    # the body and its staff or branches (及其工作人员, 及其分支机构): the body is the doer
    ("a-body-and-its-staff", T + "各级灭鼠监测机构及其工作人员，必须严格履行保密义务。",
     {("各级灭鼠监测机构", R, "各级灭鼠监测机构及其工作人员，必须严格履行保密义务")}),
    # a verb no department's stem holds, then its object: no body
    ("verb-then-government-is-no-body", T + "构建政府统一领导、多部门共同应对的鼠疫防控机制。", set()),
    ("verb-then-department-is-no-body", T + "组织疾控部门指导红石区各社区开展灭鼠。", set()),
    # 工会 is a name of the trade unions as 妇联 is of the women's federation: 工会组织要… names them
    ("trade-unions-as-a-body", T + "工会组织要依法对用人单位灭鼠工作进行监督。",
     {("工会", R, "工会组织要依法对用人单位灭鼠工作进行监督")}),
    ("forming-a-government-led-pattern-is-no-body",
     T + "为加强领导，协调各方力量，形成政府统一领导，相关部门各司其职的灭鼠工作格局，白河市决定建立联席会议。", set()),
    # X是…的责任主体，要…: an unlisted body that answers for the work, then its modal verb
    ("unlisted-body-is-the-responsible-party", T + "地方人民政府是灭鼠工作的责任主体，要把灭鼠纳入年度计划。",
     {("地方人民政府", R, "地方人民政府是灭鼠工作的责任主体，要把灭鼠纳入年度计划")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(FREE_SUBJECTS))
def test_free_subjects(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), R) == expected
