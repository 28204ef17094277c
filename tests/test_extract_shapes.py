"""More notice shapes seen in real notices, each in a hand-written notice of its own:
post-first rosters, Word tables as tab-separated rows, ASCII full stops, 由X牵头/Y配合
assignments, 责任单位 lines with (牵头)/(配合) marks, collectives of local governments."""

from __future__ import annotations

from pathlib import Path

from extractor.graph import edges_of
from extractor.pipeline import extract_text

NOTICES = Path(__file__).parent / "notices"


def _extract(name: str):
    return extract_text((NOTICES / name).read_text(encoding="utf-8"), name)


def _resp(g):
    return {(g.nodes[u]["name"], g.nodes[v]["text"], d.get("role")) for u, v, d in edges_of(g, "responsible_for")}


def test_roster_with_post_first_and_name_last():
    g = _extract("roster_post_first.txt")
    roles = {(g.nodes[u]["name"], d["relation"]) for u, _v, d in g.edges(data=True)
             if g.nodes[u]["type"] == "person" and d["relation"] != "holds_post"}
    assert roles == {("张建国", "leader_of"), ("王海英", "deputy_leader_of"), ("李强", "member_of"), ("赵丽萍", "member_of")}
    posts = {(g.nodes[u]["name"], g.nodes[v]["name"], d["title"]) for u, v, d in edges_of(g, "holds_post")}
    assert ("赵丽萍", "南岭县农业农村局", "副局长") in posts and ("张建国", "南岭县人民政府", "副县长") in posts
    resp = _resp(g)
    assert not any("赵丽萍" in t for _o, t, _r in resp)  # a roster line is not a duty
    assert ("各乡（镇）人民政府", "各乡（镇）人民政府要落实属地责任，做好鼠疫防控宣传", None) in resp
    assert ("各街道办事处", "各街道办事处要组织开展环境卫生整治", None) in resp


def test_duty_table_rows_and_two_deputy_convener_units():
    g = _extract("duty_table_tabs.txt")
    assert {g.nodes[u]["name"] for u, _v, _ in edges_of(g, "member_unit_of")} == {
        "江北市卫生健康委", "江北市公安局", "江北市农业农村局", "各区人民政府"}
    deputies = {(g.nodes[u]["name"], d["title"]) for u, _v, d in edges_of(g, "deputy_convener_unit_of")}
    assert deputies == {("江北市政府", "分管副秘书长"), ("江北市卫生健康委", "主任")}
    resp = _resp(g)
    assert ("江北市卫生健康委", "负责狂犬病暴露处置门诊建设", None) in resp
    assert ("江北市公安局", "配合有关部门处置流浪犬", "support") in resp
    assert ("江北市农业农村局", "负责犬只狂犬病免疫工作", None) in resp


def test_ascii_full_stops_and_assignments():
    g = _extract("ascii_plan_assignments.txt")
    resp = _resp(g)
    text = "由区卫健局牵头，区教育局、区市场监管局配合，2024年5月31日前完成托幼机构消毒检查"
    assert {(o, r) for o, t, r in resp if t == text} == {
        ("东坡区卫健局", "lead"), ("东坡区教育局", "support"), ("东坡区市场监管局", "support")}
    (duty,) = [n for n, d in g.nodes(data=True) if d.get("text") == text]
    assert g.nodes[duty]["deadline_date"] == "2024-05-31"
    assert ("东坡区委宣传部", "由区委宣传部负责，于每月5日前发布防控提示", None) in resp
    (monthly,) = [d for d in g.nodes.values() if d.get("text", "").startswith("由区委宣传部负责")]
    assert monthly.get("deadline") is None  # 每月5日前 is a routine, not a deadline
    assert ("各医疗机构", "各医疗机构要及时报告手足口病病例", None) in resp


def test_responsible_lines_with_role_marks():
    g = _extract("responsible_lines.txt")
    items = {d["item"]: n for n, d in g.nodes(data=True) if d["type"] == "duty"}
    roles = {i: {(g.nodes[u]["name"], d.get("role")) for u, _v, d in g.in_edges(n, data=True)} for i, n in items.items()}
    assert roles[1] == {("草原旗卫生健康委", None)}  # 责任单位: responsible, no role
    assert roles[2] == {("草原旗卫生健康委", "lead"), ("草原旗医保局", "support")}
    assert roles[3] == {("草原旗水利局", None)}
    assert g.nodes[items[1]]["deadline_date"] == "2024-09-30"


def test_unit_alone_on_a_line_heads_the_numbered_items_below():
    g = _extract("heads_over_items.txt")
    resp = _resp(g)
    assert ("南川县卫健局", "负责患者的登记报告和随访管理", None) in resp
    assert ("南川县卫健局", "组织开展重点病种的规范治疗", None) in resp
    assert ("南川县公安局", "依法处置肇事肇祸患者", None) in resp
    posts = {(g.nodes[u]["name"], g.nodes[v]["name"], d["title"]) for u, v, d in edges_of(g, "holds_post")}
    assert ("孙磊", "南川县公安局", "副局长") in posts and ("钱丽", "南川县民政局", "副局长") in posts  # 、钱　丽（…）


def test_bracketed_label_lines_recurring_dates_and_word_boundaries():
    g = _extract("bracket_label_lines.txt")
    items = {d["item"]: n for n, d in g.nodes(data=True) if d["type"] == "duty" and d.get("item")}
    roles = {(g.nodes[u]["name"], d.get("role")) for u, _v, d in g.in_edges(items[1], data=True)}
    assert roles == {("红原旗卫生健康委", "lead"), ("红原旗妇联", "support"), ("红原旗民政局", "support")}
    assert g.nodes[items[1]]["deadline"] == "9月底前" and g.nodes[items[1]]["deadline_date"] == "2024-09-30"
    assert {(g.nodes[u]["name"], d.get("role")) for u, _v, d in g.in_edges(items[2], data=True)} == {
        ("红原旗妇幼保健院", "lead")}
    assert g.nodes[items[3]].get("deadline") is None  # 于每年12月底前 recurs every year
    assert "disease:性病" not in g  # 阳性病例 is not a mention of 性病
    assert "disease:出生缺陷" in g


def test_roster_in_a_sentence_and_in_a_table_with_a_header_row():
    g = _extract("prose_and_table_roster.txt")
    roles = {(g.nodes[u]["name"], d["relation"]) for u, _v, d in g.edges(data=True)
             if g.nodes[u]["type"] == "person" and d["relation"] != "holds_post"}
    assert roles == {("方志远", "leader_of"), ("韩晓东", "deputy_leader_of"), ("李明", "deputy_leader_of"),
                     ("王刚", "member_of")}  # the header row 职务/姓名 is nobody
    posts = {(g.nodes[u]["name"], g.nodes[v]["name"], d["title"]) for u, v, d in edges_of(g, "holds_post")}
    assert ("韩晓东", "石门市人民政府", "副秘书长") in posts and ("李明", "石门市卫生健康局", "局长") in posts


def test_task_table_rows_under_a_header_row():
    g = _extract("task_table.txt")
    duties = {d["text"]: n for n, d in g.nodes(data=True) if d["type"] == "duty"}
    first = duties["开展重点人群流感疫苗接种"]
    assert {(g.nodes[u]["name"], d.get("role")) for u, _v, d in g.in_edges(first, data=True)} == {
        ("长岭区卫健局", "lead"), ("长岭区教育局", "support"), ("长岭区民政局", "support")}
    assert g.nodes[first]["deadline_date"] == "2024-11-30" and g.nodes[first]["item"] == 1
    assert g.nodes[duties["加强学校晨午检"]]["deadline_date"] == "2024-10-31"
    assert "区财政局要保障经费" in duties  # free text after the table still read


def test_two_part_titles_office_in_shared_posts_and_timeless_limits():
    g = _extract("final_shapes.txt")
    posts = {(g.nodes[u]["name"], g.nodes[v]["name"], d["title"]) for u, v, d in edges_of(g, "holds_post")}
    assert ("周明", "北溪县卫生健康局", "党组书记、局长") in posts  # 党组书记、局长周明任组长
    assert {g.nodes[u]["name"] for u, _v, _ in edges_of(g, "member_unit_of")} == {"北溪县人民医院", "北溪县妇幼保健院"}
    assert [g.nodes[v]["name"] for _u, v, _ in edges_of(g, "hosted_by")] == ["北溪县卫生健康局"]  # 下设办公室在X
    deputies = {(g.nodes[u]["name"], d["title"]) for u, _v, d in edges_of(g, "deputy_convener_unit_of")}
    assert deputies == {("北溪县卫生健康局", "主要负责同志"), ("北溪县教育局", "主要负责同志")}
    items = {d["item"]: d for _n, d in g.nodes(data=True) if d["type"] == "duty" and d.get("item")}
    assert items[1].get("deadline") is None  # 完成时限：长期坚持
    assert items[2]["deadline_date"] == "2024-06-30"
    assert ("北溪县藏医院", "负责焦虑障碍患者的心理疏导", None) in _resp(g)
    assert "焦虑障碍" in g.nodes["disease:焦虑"]["aliases"]


def test_schools_as_a_collective_subject_and_a_subject_introduced_with_作为():
    g = _extract("schools_and_roles.txt")
    resp = {(o, t) for o, t, _r in _resp(g)}
    assert ("各学校", "各学校要落实晨午检和因病缺勤追踪制度") in resp
    assert ("丰源县人民医院", "县人民医院作为结核病定点医院，负责学生患者的诊断和治疗") in resp


def test_mechanism_issued_by_its_office_inline_labels_and_a_supporting_second_subject():
    g = _extract("office_issued_tasks.txt")
    (mech,) = [n for n, d in g.nodes(data=True) if d["type"] == "mechanism"]
    assert g.nodes[mech]["name"] == "东岭县尘肺病防治工作联席会议"
    assert {g.nodes[u]["name"] for u, _v, _ in edges_of(g, "member_unit_of")} == {
        "东岭县卫生健康局", "东岭县应急管理局", "东岭县人社局"}  # …等3个单位分管负责同志组成
    assert {(g.nodes[u]["name"], d["title"]) for u, _v, d in edges_of(g, "convener_unit_of")} == {
        ("东岭县人民政府", "分管副县长")}  # 县人民政府分管副县长任召集人
    duties = {d["text"]: n for n, d in g.nodes(data=True) if d["type"] == "duty"}
    first = duties["开展粉尘危害专项治理"]  # the labels are not part of the task's text
    assert {(g.nodes[u]["name"], d.get("role")) for u, _v, d in g.in_edges(first, data=True)} == {
        ("东岭县应急管理局", "lead"), ("东岭县卫生健康局", "support")}
    assert g.nodes[first]["deadline_date"] == "2025-06-30"
    resp = _resp(g)
    assert ("东岭县卫生健康局", "县卫生健康局负责尘肺病筛查", None) in resp
    assert ("东岭县人社局", "县人社局配合做好工伤认定", "support") in resp
