"""A duty whose text only names bodies is none (duties/bare_names.py): groups listed one after
another, each closed by the unit that leads it (``A组（由X牵头）、和B组（由Y牵头）``)."""

from __future__ import annotations

import pytest
from tables import broken, doc_of, facts, rows, spans_of

R = "responsible_for"

GROUPS = ("一、工作机构\n领导小组下设综合协调组（由市卫健委牵头）、医疗救治组（由市卫健委牵头）"
          "和物资保障组（由市发改委牵头）以及专家委员会（由市卫健委牵头）。\n")

# (id, notice, DUTY span texts, facts)
BARE_NAMES = [
    # 医疗救治组, 和物资保障组, 以及专家委员会: each only a group's name (救治/保障 the work its
    # name gives), no task of its lead
    ("groups-listed-with-their-leads", GROUPS,
     ["领导小组下设综合协调组"], {("市卫健委", R, "领导小组下设综合协调组", "role=lead")}),
    broken("the first group's name is read with the clause that sets it up (下设X组), a task of its lead",
           "the-first-group-set-up-is-no-task", GROUPS, [], set()),
    # 组建 before the group's name is an act: the clause names more than a body, it stays
    ("a-group-set-up-stays", "白河市人民政府组建综合协调组（由市卫健委牵头）。",
     ["白河市人民政府组建综合协调组"], {("白河市卫健委", R, "白河市人民政府组建综合协调组", "role=lead")}),
    # 各负其责地: an idiom of how each acts, no collective named by 各 (cues.json not_in_collective_name)
    ("manner-idiom-is-no-collective", "各单位要加强配合，各负其责地开展各项工作。",
     ["各单位要加强配合，各负其责地开展各项工作"],
     {("各单位", R, "各单位要加强配合，各负其责地开展各项工作")}),
]


@pytest.mark.parametrize(("text", "duties", "expected"), rows(BARE_NAMES))
def test_bare_names(text: str, duties: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert spans_of(doc, "duties") == [("DUTY", d) for d in duties]
    assert facts(doc, R) == expected
