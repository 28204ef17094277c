"""Disease shapes seen in real notices, in sentences of our own: traditional characters,
long names beside their short forms, law names, class membership only as stated."""

from __future__ import annotations

import pytest

from extractor.graph import edges_of
from extractor.pipeline import extract_text


def _diseases(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    g = extract_text(text, "t.txt")
    names = {d["name"] for d in g.nodes.values() if d.get("type") == "disease"}
    classes = {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, _d in edges_of(g, "in_class")}
    return names, classes


CASES = [
    ("traditional characters",
     "各縣衛生局要做好結核病和血吸蟲病患者的隨訪管理工作,加強宣傳教育。",
     {"结核病", "血吸虫病"}, set()),
    ("long names win over their parts",
     "各乡镇要加强人感染H7N9禽流感和新型冠状病毒感染的肺炎的监测,做好传染性非典型肺炎的防范。",
     {"人感染H7N9禽流感", "新冠肺炎", "传染性非典型肺炎"}, set()),
    ("a law's name is no mention",
     "各部门要认真贯彻传染病防治法,做好麻疹疫情的处置。",
     {"麻疹"}, set()),
    ("a class named beside a disease is not its member",
     "县卫生局负责结核病、地方病等重大传染性疾病的防治,做好艾滋病、梅毒等传染病的检测。",
     {"结核病", "地方病", "重大传染病", "艾滋病", "梅毒", "传染病"},
     {("结核病", "重大传染病"), ("艾滋病", "传染病"), ("梅毒", "传染病")}),
    ("statutory infectious diseases by their full and short names",
     "各乡镇要做好麻风病、霍乱和细菌性痢疾的防治工作,加强对乙脑、流脑和钩体病的监测。",
     {"麻风病", "霍乱", "痢疾", "流行性乙型脑炎", "流行性脑脊髓膜炎", "钩端螺旋体病"}, set()),
    ("an influenza subtype and hepatitis A, the subtype's flu no separate mention",
     "各学校要做好甲型H1N1流感和甲型肝炎的晨检工作,发现病例及时报告。",
     {"甲型H1N1流感", "甲肝"}, set()),
    ("an animal disease and newborn conditions",
     "畜牧部门要严防非洲猪瘟传入,妇幼机构要做好新生儿黄疸、高胆红素血症和胆红素脑病的筛查。",
     {"非洲猪瘟", "新生儿黄疸", "高胆红素血症", "胆红素脑病"}, set()),
    ("pneumonia of unknown cause is one surveillance category, no plain pneumonia",
     "各卫生院要加强对不明原因肺炎病例的监测和报告。",
     {"不明原因肺炎"}, set()),
    ("classes of diseases a health plan names",
     "医疗机构要加强遗传性疾病、代谢性疾病、呼吸系统疾病和罕见病的诊治,开展蚊媒疾病监测,"
     "防治神经退行性疾病和放射性疾病。",
     {"遗传性疾病", "代谢性疾病", "呼吸系统疾病", "罕见病", "蚊媒疾病", "神经退行性疾病", "放射性疾病"}, set()),
    ("a class in traditional characters, a longer name beside its part",
     "各縣要加強腸道傳染病的防控,做好斑疹伤寒和煤烟污染型氟中毒的监测。",
     {"肠道传染病", "斑疹伤寒", "煤烟污染型氟中毒"}, set()),
]


@pytest.mark.parametrize(("label", "text", "names", "classes"), CASES, ids=[c[0] for c in CASES])
def test_disease_shapes(label: str, text: str, names: set[str], classes: set[tuple[str, str]]) -> None:
    got_names, got_classes = _diseases(text)
    assert got_names == names
    assert got_classes == classes
