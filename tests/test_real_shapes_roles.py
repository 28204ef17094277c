"""Roles of real notices (lead/support of a body on a duty), each in a short notice written
for this test: ``X负责，Y配合，…`` (the one in charge leads beside the units that support),
a body taking the lead role in its own clause (``X作为…的牵头单位要…``, ``X要发挥牵头作用``)."""

from __future__ import annotations

import pytest
from tables import duty_roles, rows

from extractor.pipeline import extract_text

ROLES = [
    ("in-charge-beside-supporters-in-a-numbered-list",
     "关于做好集市食品安全整治的通知\n"
     "1.青山市卫生局负责，青山市工商局配合，整顿流动摊贩的卫生条件，开展抽样检查。\n"
     "2.青山市农业局负责，青山市环保局、青山市水利局配合，规范农药化肥的销售和使用。\n"
     "3.青山市城管局负责，清理占道经营的摊点。\n",
     {"青山市卫生局负责，青山市工商局配合，整顿流动摊贩的卫生条件，开展抽样检查":
          {("青山市卫生局", "lead"), ("青山市工商局", "support")},
      "青山市农业局负责，青山市环保局、青山市水利局配合，规范农药化肥的销售和使用":
          {("青山市农业局", "lead"), ("青山市环保局", "support"), ("青山市水利局", "support")},
      # no unit supports: the one in charge is responsible, with no role
      "青山市城管局负责，清理占道经营的摊点": {("青山市城管局", None)}}),
    ("in-charge-after-you-beside-supporters",
     "关于做好疫苗接种工作的通知\n白河县今年的疫苗补种工作由县卫健局负责，各乡镇配合，逐户核对接种记录。\n",
     {"白河县今年的疫苗补种工作由县卫健局负责，各乡镇配合，逐户核对接种记录":
          {("白河县卫健局", "lead"), ("各乡镇", "support")}}),
    ("lead-role-taken-in-the-body's-own-clause",
     "关于做好秋冬季防病工作的通知\n"
     "一、县卫健局是牵头部门，要加强业务指导，确保各项措施落到实处。\n"
     "二、县教育局要发挥牵头作用，统筹推进校园晨检工作。\n"
     "三、县民政局作为养老机构防疫工作的牵头单位要定期召开调度会议。\n"
     "四、县财政局要做好牵头单位交办的经费保障工作。\n",
     {"县卫健局是牵头部门，要加强业务指导，确保各项措施落到实处": {("县卫健局", "lead")},
      "县教育局要发挥牵头作用，统筹推进校园晨检工作": {("县教育局", "lead")},
      "县民政局作为养老机构防疫工作的牵头单位要定期召开调度会议": {("县民政局", "lead")},
      # the lead unit is whom the work comes from, not the role the subject takes
      "县财政局要做好牵头单位交办的经费保障工作": {("县财政局", None)}}),
]


@pytest.mark.parametrize(("text", "expected"), rows(ROLES))
def test_roles(text: str, expected: dict[str, set[tuple[str, str | None]]]) -> None:
    duties = duty_roles(extract_text(text, "t.txt"))
    for task, who in expected.items():
        assert duties.get(task) == who, (task, duties)
