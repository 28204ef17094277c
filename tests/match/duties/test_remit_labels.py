"""A unit's duties after a label inside its paragraph (duties/remit_labels.py):
``X的主要职责是a；b``, ``X加挂Y的牌子，主要职责包括a；b``, ``X隶属…。职责主要包括a；b``."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows, spans_of

R = "responsible_for"

# (id, notice, DUTY span texts in order, facts)
LABELED_REMITS = [
    # the unit right before 的(主要)职责是: one duty per clause split on ；
    ("unit-then-its-duties-label",
     "二、机构设置\n青山县水文站的主要职责是负责汛期水情监测；做好水文资料整编。\n",
     ["负责汛期水情监测", "做好水文资料整编"],
     {("青山县水文站", R, "负责汛期水情监测"), ("青山县水文站", R, "做好水文资料整编")}),
    # the label after a comma: the unit opening the sentence, followed by its verb
    ("label-after-the-units-first-clause",
     "二、机构职能\n白河县畜牧站加挂了县动物疫病防控中心的牌子，主要职责包括负责动物疫病监测；组织免疫注射。\n",
     ["负责动物疫病监测", "组织免疫注射"],
     {("白河县畜牧站", R, "负责动物疫病监测"), ("白河县畜牧站", R, "组织免疫注射")}),
    # the label opens its own sentence: the unit of the sentence before it
    ("label-opening-the-next-sentence",
     "各村设立卫生服务委员会。\n红石村卫生服务委员会隶属红石村村民委员会，由5人组成。职责主要包括开展健康宣传；协助开展公共卫生服务。\n",
     ["开展健康宣传", "协助开展公共卫生服务"],
     {("红石村卫生服务委员会", R, "开展健康宣传"), ("红石村卫生服务委员会", R, "协助开展公共卫生服务", "role=support")}),
    # a piece after ；opening with another unit is that unit's duty
    ("list-ends-before-another-units-piece",
     "白河县红十字会的职责为组织献血招募；白河县民政局负责困难救助。\n",
     ["组织献血招募", "白河县民政局负责困难救助"],
     {("白河县红十字会", R, "组织献血招募"), ("白河县民政局", R, "白河县民政局负责困难救助")}),
    # the mechanism's own remit is read by remit.py (the same duties, no unit of this rule)
    ("mechanism-remit-is-no-units",
     "成立青山县防汛工作领导小组。领导小组的主要职责是统筹全县防汛工作；研究解决重大问题。\n",
     ["统筹全县防汛工作", "研究解决重大问题"],
     {("青山县防汛工作领导小组", R, "统筹全县防汛工作"), ("青山县防汛工作领导小组", R, "研究解决重大问题")}),
    # a short form ending in 委 of no known kind names a mechanism: no unit of its own
    ("short-committee-form-is-no-unit",
     "红石区乡镇食安委的主要职责为统筹食品安全工作。\n",
     [], set()),
]


@pytest.mark.parametrize(("text", "duties", "expected"), rows(LABELED_REMITS))
def test_labeled_remits(text: str, duties: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert spans_of(doc, "duties") == [("DUTY", d) for d in duties]
    assert facts(doc, R) == expected
