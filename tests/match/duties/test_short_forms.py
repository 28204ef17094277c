"""Short forms a notice defines for its bodies (duties/short_forms.py): ``X（以下简称Y）``
makes a later ``Y要…`` a duty of X, and X is read even when its name is too long or too
unusual for a subject by form alone."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows, spans_of

R = "responsible_for"

# (id, notice, DUTY span texts, facts)
SHORT_FORMS = [
    # a long office name, defined once, then acting by its short form (a task force's office: its
    # duties are what it 负责, as for every mechanism's office)
    ("long-office-then-short-form",
     "第二条　省农业农村厅乡村振兴和信息化工作专班办公室（以下简称专班办）统筹全省平台建设。"
     "专班办负责收到申报材料后组织专家评审。",
     ["省农业农村厅乡村振兴和信息化工作专班办公室（以下简称专班办）统筹全省平台建设",
      "专班办负责收到申报材料后组织专家评审"],
     {("省农业农村厅乡村振兴和信息化工作专班办公室", R,
       "省农业农村厅乡村振兴和信息化工作专班办公室（以下简称专班办）统筹全省平台建设"),
      ("省农业农村厅乡村振兴和信息化工作专班办公室", R, "专班办负责收到申报材料后组织专家评审")}),
    # two bodies each with its own note, joined by 和, later a subject together (the first
    # sentence, 分别 and a plain verb, is a duty of both too)
    ("two-notes-joined",
     "市数据资源中心（以下简称数据中心）和市信息安全测评站（以下简称测评站）分别提供技术支撑。"
     "数据中心和测评站要按季度通报平台运行情况。",
     ["市数据资源中心（以下简称数据中心）和市信息安全测评站（以下简称测评站）分别提供技术支撑",
      "数据中心和测评站要按季度通报平台运行情况"],
     {("市数据资源中心", R, "市数据资源中心（以下简称数据中心）和市信息安全测评站（以下简称测评站）分别提供技术支撑"),
      ("市信息安全测评站", R, "市数据资源中心（以下简称数据中心）和市信息安全测评站（以下简称测评站）分别提供技术支撑"),
      ("市数据资源中心", R, "数据中心和测评站要按季度通报平台运行情况"),
      ("市信息安全测评站", R, "数据中心和测评站要按季度通报平台运行情况")}),
    # the office of a body known by its short form
    ("office-of-short-form",
     "各级防治碘缺乏病委员会（以下简称碘防委）负责组织协调。碘防委办公室负责日常督查。",
     ["各级防治碘缺乏病委员会（以下简称碘防委）负责组织协调", "碘防委办公室负责日常督查"],
     {("各级防治碘缺乏病委员会", R, "各级防治碘缺乏病委员会（以下简称碘防委）负责组织协调"),
      ("碘防委办公室", R, "碘防委办公室负责日常督查")}),
    # the department a government charges with a field, then its short form with no verb after
    # it (the note makes both one body)
    ("field-authority-then-short-form",
     "湖滨县\n县人民政府水资源工作主管部门（以下简称县级主管部门）负责全县节水载体的认定。"
     "县级主管部门组织节水载体评审工作。",
     ["县人民政府水资源工作主管部门（以下简称县级主管部门）负责全县节水载体的认定", "县级主管部门组织节水载体评审工作"],
     {("湖滨县人民政府水资源工作主管部门", R, "县人民政府水资源工作主管部门（以下简称县级主管部门）负责全县节水载体的认定"),
      ("湖滨县人民政府水资源工作主管部门", R, "县级主管部门组织节水载体评审工作")}),
    # a note after a list names the whole list, not its last body
    ("note-after-a-list",
     "规范市东区创业中心、市西区孵化中心、市南区服务中心（以下简称三个中心）运营。三个中心要定期报送运营数据。",
     ["三个中心要定期报送运营数据"], {("三个中心", R, "三个中心要定期报送运营数据")}),
]


@pytest.mark.parametrize(("text", "duties", "expected"), rows(SHORT_FORMS))
def test_short_forms(text: str, duties: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert sorted(spans_of(doc, "duties")) == sorted(("DUTY", d) for d in duties)
    assert facts(doc, R) == expected
