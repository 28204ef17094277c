"""How organizations are written in real notices, each shape in short notices of our own
(bodies and places invented): a task marker's list closed by the peers of its last body
(``A、B等国务院相关部门``: B and the collective, not one body ``B等国务院相关部门``), a department
type written by its old full name (``国土资源、水利等部门要…``)."""

from __future__ import annotations

import pytest
from tables import rows

from extractor.pipeline import extract_text


def _org_names(text: str) -> set[str]:
    g = extract_text(text, "t.txt")
    return {d["name"] for _n, d in g.nodes(data=True) if d["type"] == "organization"}


# (id, notice, orgs that must be there, orgs that must not)
ORG_SHAPES = [
    ("national-peers-after-the-last-body",
     "关于优化涉企服务的分工方案\n一、提升服务效率\n"
     "（一）推行证照网上申领，压缩办理时限。（商务部、民政部等国务院相关部门及各地区按职责分工负责）\n"
     "（二）完善信用修复制度。（人民银行牵头，国务院相关部门按职责分工负责）\n",
     {"商务部", "民政部", "国务院相关部门", "各地区"}, {"民政部等国务院相关部门"}),
    ("peers-named-by-the-central-level",
     "关于推进数据共享的分工方案\n"
     "（一）建立共享目录，按季度更新。（统计局、水利部等中央有关部门按职责分工负责）\n",
     {"统计局", "水利部", "中央有关部门"}, {"水利部等中央有关部门"}),
    # a bare collective after 等 is a vague partner: the body alone, as before
    ("bare-concerned-departments-stay-clutter",
     "关于推进数据共享的分工方案\n"
     "（一）建立共享目录，按季度更新。（统计局、水利部等有关部门按职责分工负责）\n",
     {"统计局", "水利部"}, {"水利部等有关部门", "有关部门"}),
    # a department type written by its old full name
    ("land-resources-in-a-list-closed-by-departments",
     "关于加强耕地保护的意见\n一、压实责任\n"
     "国土资源、农业、水利等部门要按照各自职责，做好耕地保护工作。\n",
     {"国土资源部门", "农业部门", "水利部门"}, {"国土部门"}),
    ("land-resources-with-its-own-tail",
     "关于加强耕地保护的意见\n一、压实责任\n"
     "国土资源部门要会同有关部门开展耕地质量调查。\n",
     {"国土资源部门"}, set()),
    # the bureau keeps its own name
    ("a-land-resources-bureau",
     "关于加强耕地保护的意见\n一、压实责任\n"
     "县国土资源局要在年底前完成耕地质量调查。\n",
     {"县国土资源局"}, set()),
    # every place and every department addressed together: one collective, not two
    ("each-area-and-each-department-as-one-subject",
     "关于加强河湖巡查的通知\n"
     "各地区、各部门要把河湖巡查摆上重要日程，明确专人负责。\n",
     {"各地区、各部门"}, {"各地区", "各部门"}),
    ("each-place-and-each-concerned-department",
     "关于做好秋季防火的通知\n"
     "各地、各有关部门要在十月底前完成隐患排查。\n",
     {"各地、各有关部门"}, {"各地", "各有关部门"}),
    # a body and a collective are two subjects still
    ("a-body-then-each-department-stay-two",
     "关于做好秋季防火的通知\n"
     "县应急管理局、各部门要在十月底前完成隐患排查。\n",
     {"县应急管理局", "各部门"}, {"县应急管理局、各部门"}),
    # governments of several levels, the last written with 级: one collective
    ("levels-of-government-ending-with-ji",
     "关于强化水源保护的意见\n"
     "各省、市、县级人民政府要划定水源保护范围，公开监测结果。\n",
     {"各省、市、县级人民政府"}, {"各省", "市、县级人民政府"}),
    ("two-levels-of-government-ending-with-ji",
     "关于强化水源保护的意见\n"
     "各市、县级人民政府要将辖区划分为若干巡查片区。\n",
     {"各市、县级人民政府"}, {"各市人民政府", "县级人民政府"}),
    # the departments concerned of governments at several levels: those departments, one collective
    ("departments-of-governments-at-two-levels",
     "关于开展无人机试飞的通知\n"
     "省、市级政府相关主管部门负责受理试飞申请，并在五个工作日内答复。\n",
     {"省、市级政府有关部门"}, {"省政府相关主管部门", "市级政府相关主管部门", "省、市级政府"}),
    # a marker's list closed by 等部门单位 (departments and units, no 和 between): the last body alone
    ("list-closed-by-departments-units",
     "关于开展全民健身行动的工作要点\n"
     "（一）开展健步走主题活动。（白河市体育局牵头，白河市文化局、白河市团委等部门单位参与）\n",
     {"白河市体育局", "白河市文化局", "白河市团委"}, {"白河市团委等部门单位"}),
    # a subdistrict and its own institution run together: one unit, not the place and a bare 卫生院
    ("subdistrict-and-its-health-centre",
     "关于做好免费接种工作的通知\n"
     "青山街道管辖的行政村接种对象由青山街道卫生院负责；花园社区接种对象由红石街道卫生院负责。\n",
     {"青山街道卫生院", "红石街道卫生院"}, {"红石街道", "卫生院"}),
    # a national prefix, a field with 和 inside it and a department's tail: one national department, named whole
    ("national-department-of-a-long-field",
     "青山设施条例\n"
     "第四条　县级以上人民政府住房和城乡建设主管部门负责本行政区域青山设施的监督管理工作。\n"
     "第五条　国务院住房和城乡建设主管部门负责全国青山设施工程建设活动的监督管理工作。\n"
     "第六条　国务院工业和信息化主管部门负责全国青山信息交流的监督管理工作。\n",
     {"国务院住房和城乡建设主管部门", "国务院工业和信息化主管部门"}, {"国务院住房和城乡建设", "国务院工业"}),
    # a second list after the first one's 等有关部门: a field's bodies named by their class word
    ("second-list-of-class-named-bodies",
     "青山县血吸虫病防治办法\n"
     "第五条 县级以上人民政府财政、水利等有关部门以及扶贫机构、粮食单位，按照职责分工，负责各自承担的防治工作。\n",
     {"扶贫机构", "粮食单位", "青山县水利部门"}, {"扶贫"}),
]


def _kinds(text: str) -> dict[str, str | None]:
    g = extract_text(text, "t.txt")
    return {d["name"]: d.get("kind") for _n, d in g.nodes(data=True) if d["type"] == "organization"}


# (id, notice, {org name: its kind}): department types written by an old name
OLD_NAMES = [
    ("planning-for-development-and-reform",  # 计划 (计划委员会): today's 发展改革
     "青山县血吸虫病防治办法\n"
     "第五条 县级以上人民政府计划、财政、水利等行政主管部门，应当做好职责范围内的防治工作。\n",
     {"县级以上人民政府计划部门": "发展改革", "青山县财政部门": "财政"}),
    ("planning-in-longer-names",  # 计划生育 (health): not 计划 (发展改革); 计划财务处: a division, no department
     "青山县血吸虫病防治办法\n"
     "第五条 计划生育办公室负责宣传工作。计划财务处负责经费保障。\n",
     {"计划生育办公室": "卫生健康", "计划财务处": "内设机构"}),
    ("short-forms-inside-other-bodies",  # 计划生育协会: a mass organization; the arbitration bodies: not 人社
     "青山县灭鼠工作方案\n"
     "一、青山县计划生育协会负责宣传工作。青山县劳动人事争议仲裁院负责调解。\n",
     {"青山县计划生育协会": "社会组织", "青山县劳动人事争议仲裁院": "劳动人事争议仲裁"}),
    ("arbitration-committee-in-a-list",
     "青山县灭鼠工作方案\n"
     "一、县计划生育协会、县劳动人事争议仲裁委员会要做好宣传工作。\n",
     {"青山县计划生育协会": "社会组织", "青山县劳动人事争议仲裁委员会": "劳动人事争议仲裁"}),
]


@pytest.mark.parametrize(("text", "kinds"), rows(OLD_NAMES))
def test_old_department_names(text: str, kinds: dict[str, str]) -> None:
    found = _kinds(text)
    assert {name: found.get(name) for name in kinds} == kinds


@pytest.mark.parametrize(("text", "present", "absent"), rows(ORG_SHAPES))
def test_org_shapes(text: str, present: set[str], absent: set[str]) -> None:
    names = _org_names(text)
    assert present <= names
    assert not absent & names
