"""Component ``policykg_diseases`` (extractor/match/diseases.py), through ``load()(text)``:
disease mentions (``doc.spans["diseases"]``, DISEASE, ``kb_id_`` the disease node id; the
span is the form as written, its node the canonical disease), the notice's ``mentions``, a
duty's ``concerns``, and the classes a notice puts diseases in (``A、B等C`` -> ``in_class``).

Each row: an id, a sentence of our own, the DISEASE spans as (written form, node id), and
the facts."""

from __future__ import annotations

import pytest
from tables import broken, doc_of, facts, rows

# (id, text, [(DISEASE span text, kb_id)])
MENTIONS = [
    ("plain-names", "县疾控中心负责手足口病、水痘、流行性腮腺炎的监测。",
     [("手足口病", "disease:手足口病"), ("水痘", "disease:水痘"), ("流行性腮腺炎", "disease:流行性腮腺炎")]),
    ("alias-to-canonical", "县卫健局负责肺结核患者管理。", [("肺结核", "disease:结核病")]),
    ("latin-alias", "县卫健局负责HIV感染者随访。", [("HIV", "disease:艾滋病")]),
    ("long-alias", "县疾控中心负责新冠病毒感染监测。", [("新冠病毒感染", "disease:新冠肺炎")]),
    ("one-form-two-diseases", "县妇联负责开展两癌筛查。", [("两癌", "disease:宫颈癌"), ("两癌", "disease:乳腺癌")]),
    ("class-is-a-mention-too", "县卫健局负责结核病、艾滋病等重大传染病的防治。",
     [("结核病", "disease:结核病"), ("艾滋病", "disease:艾滋病"), ("重大传染病", "disease:重大传染病")]),
    ("inside-a-plan-title", "依据《青山县结核病防治工作规划》，县卫健局负责患者管理。", []),
    ("a-law-not-a-mention", "县卫健局要严格执行传染病防治法。", []),
    ("two-chars-inside-a-word", "县卫健局负责对阳性病例进行复核。", []),
    ("two-chars-as-a-word", "县市场监管局负责性病门诊的监管。", [("性病", "disease:性病")]),
    ("inside-a-document-number", "根据《关于做好疫苗接种的通知》（青结核防办〔2023〕12号），县卫健局负责接种。", []),
    ("a-legal-category-is-its-own-class", "登革热属于乙类传染病，是一种急性传染病。",
     [("登革热", "disease:登革热"), ("乙类传染病", "disease:乙类传染病"), ("急性传染病", "disease:急性传染病")]),
    ("an-older-name-of-a-class", "县卫健局负责重性精神疾病患者的随访。", [("重性精神疾病", "disease:严重精神障碍")]),
    ("short-covid-form-before-vaccine", "青山县卫健局负责组织新冠疫苗第二针接种。", [("新冠", "disease:新冠肺炎")]),
    ("covid-virus-form", "白河市疾控中心做好新冠病毒疫苗加强免疫。", [("新冠病毒", "disease:新冠肺炎")]),
    ("covid-epidemic-form", "红石区各街道做好新冠疫情防控。", [("新冠疫情", "disease:新冠肺炎")]),
    ("key-chronic-class-is-its-own", "青山县人民医院负责糖尿病和肿瘤等重点慢性疾病诊治。",
     [("糖尿病", "disease:糖尿病"), ("肿瘤", "disease:肿瘤"), ("重点慢性疾病", "disease:重点慢性病")]),
    ("short-copd-name", "白河市疾控中心负责慢性阻塞性肺病筛查。", [("慢性阻塞性肺病", "disease:慢性阻塞性肺疾病")]),
    ("blood-diseases", "红石区医院负责白血病、淋巴瘤等血液病的诊疗。",
     [("白血病", "disease:白血病"), ("淋巴瘤", "disease:淋巴瘤"), ("血液病", "disease:血液病")]),
    ("animal-epidemics", "青山县农业农村局负责口蹄疫、猪蓝耳病等重大动物疫病的免疫。",
     [("口蹄疫", "disease:口蹄疫"), ("猪蓝耳病", "disease:高致病性猪蓝耳病"), ("重大动物疫病", "disease:重大动物疫病")]),
    ("an-animal-disease-centre-is-no-mention", "白河市动物疫病预防控制中心负责采样。", []),
    ("a-tumour-hospital-is-no-mention", "王建国任青山县肿瘤医院院长。", []),
    ("a-vague-class-alone-is-no-mention", "白河市教育局做好春季传染病防控，加强晨午检。", []),
    ("a-vague-class-after-its-members", "青山县疾控中心负责水痘、猩红热等传染病的监测。",
     [("水痘", "disease:水痘"), ("猩红热", "disease:猩红热"), ("传染病", "disease:传染病")]),
    ("a-cut-name-beside-its-full-disease", "青山县做好新型冠状病毒感染的肺炎防控。红石区XX肺炎疫情防控预案同步启动。",
     [("新型冠状病毒感染的肺炎", "disease:新冠肺炎")]),
    ("a-short-name-alone-stays", "白河市儿童医院负责肺炎患儿的救治。", [("肺炎", "disease:肺炎")]),
    broken("the English abbreviation AIDS is not a form of 艾滋病", "aids-abbreviation",
           "县卫健局负责AIDS患者随访。", [("AIDS", "disease:艾滋病")]),
    broken("布病 inside 畜间布病防治 is cut apart by the segmenter, so the two-character form is dropped",
           "short-form-inside-a-phrase", "县农业农村局负责畜间布病防治，做好家畜免疫和检疫。", [("布病", "disease:布病")]),
]


@pytest.mark.parametrize(("text", "mentions"), rows(MENTIONS))
def test_disease_spans(text: str, mentions: list[tuple[str, str]]) -> None:
    doc = doc_of(text)
    assert [(sp.label_, sp.text, sp.kb_id_) for sp in doc.spans["diseases"]] == [("DISEASE", t, k) for t, k in mentions]
    assert {t for _h, _r, t in facts(doc, "mentions")} == {k.removeprefix("disease:") for _t, k in mentions}


# (id, text, facts: concerns and in_class)
LINKS = [
    ("duty-concerns-its-diseases", "县疾控中心负责手足口病、水痘的监测。",
     {("县疾控中心负责手足口病、水痘的监测", "concerns", "手足口病"), ("县疾控中心负责手足口病、水痘的监测", "concerns", "水痘")}),
    ("listed-before-deng-are-in-the-class", "县卫健局负责碘缺乏病、地方性氟中毒等地方病的监测。",
     {("碘缺乏病", "in_class", "地方病"), ("地方性氟中毒", "in_class", "地方病")}
     | {("县卫健局负责碘缺乏病、地方性氟中毒等地方病的监测", "concerns", d) for d in ("碘缺乏病", "地方性氟中毒", "地方病")}),
    ("a-listed-class-is-not-a-member", "做好结核病、地方病等重大传染病的防控。",
     {("结核病", "in_class", "重大传染病")}),
    ("a-vague-class-keeps-its-members", "红石区疾控中心负责水痘、猩红热等传染病的监测。",
     {("水痘", "in_class", "传染病"), ("猩红热", "in_class", "传染病")}
     | {("红石区疾控中心负责水痘、猩红热等传染病的监测", "concerns", d) for d in ("水痘", "猩红热", "传染病")}),
    ("no-deng-no-class", "县卫健局负责结核病和艾滋病防治。",
     {("县卫健局负责结核病和艾滋病防治", "concerns", "结核病"), ("县卫健局负责结核病和艾滋病防治", "concerns", "艾滋病")}),
]


@pytest.mark.parametrize(("text", "expected"), rows(LINKS))
def test_concerns_and_classes(text: str, expected: set[tuple[str, ...]]) -> None:
    assert facts(doc_of(text), "concerns", "in_class") == expected


def test_a_class_node_says_what_it_is() -> None:
    doc = doc_of("县卫健局负责结核病、艾滋病等重大传染病的防治。")
    ents = doc._.entities
    assert ents["disease:重大传染病"]["category"] == "class"
    assert ents["disease:结核病"]["category"] == "disease"
