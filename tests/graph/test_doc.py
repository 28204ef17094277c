"""``graph/doc.to_graph`` (extractor/graph/doc.py) on its own: the notice's graph from a Doc's
entities, relations and metadata alone. Two tables: Docs made by ``load()(text)`` from short
notices of our own (nodes and edges expected), and Docs whose extensions we set by hand
(what ``to_graph`` does with plain data: names, evidence, renaming, refusals).

(tests/test_doc.py checks the same contract on every notice of the repo against
``policykg extract``.)"""

from __future__ import annotations

import pytest
import spacy
from tables import rows

from extractor import load, to_graph

# (id, notice, doc name, node ids, (head, relation, tail) edges)
FROM_TEXT = [
    ("roster-and-division",
     "关于成立青山县鼠疫防控领导小组的通知\n组  长：王建国  县人民政府副县长\n县卫健局：负责鼠疫监测，于2025年6月30日前完成。\n",
     "鼠疫.txt",
     {"doc:鼠疫.txt", "mechanism:青山县鼠疫防控领导小组", "person:王建国/青山县人民政府", "org:青山县人民政府",
      "disease:鼠疫", "duty:鼠疫.txt#43", "org:青山县卫健局"},
     {("doc:鼠疫.txt", "establishes", "mechanism:青山县鼠疫防控领导小组"), ("doc:鼠疫.txt", "mentions", "disease:鼠疫"),
      ("person:王建国/青山县人民政府", "leader_of", "mechanism:青山县鼠疫防控领导小组"),
      ("person:王建国/青山县人民政府", "holds_post", "org:青山县人民政府"),
      ("duty:鼠疫.txt#43", "concerns", "disease:鼠疫"), ("org:青山县卫健局", "responsible_for", "duty:鼠疫.txt#43")}),
    ("composition-and-office",
     "关于建立白银市防治艾滋病工作联席会议制度的通知\n联席会议由白银市卫生健康委、市教育局组成。联席会议办公室设在市卫生健康委。\n",
     "a.txt",
     {"doc:a.txt", "mechanism:白银市防治艾滋病工作联席会议", "org:白银市卫生健康委", "org:白银市教育局",
      "org:白银市防治艾滋病工作联席会议办公室", "disease:艾滋病"},
     {("doc:a.txt", "establishes", "mechanism:白银市防治艾滋病工作联席会议"), ("doc:a.txt", "mentions", "disease:艾滋病"),
      ("org:白银市卫生健康委", "member_unit_of", "mechanism:白银市防治艾滋病工作联席会议"),
      ("org:白银市教育局", "member_unit_of", "mechanism:白银市防治艾滋病工作联席会议"),
      ("org:白银市防治艾滋病工作联席会议办公室", "office_of", "mechanism:白银市防治艾滋病工作联席会议"),
      ("org:白银市防治艾滋病工作联席会议办公室", "hosted_by", "org:白银市卫生健康委")}),
    ("free-text-lead-support", "由县卫健局牵头，县教体局配合，开展学生健康体检工作。\n", "b.txt",
     {"doc:b.txt", "org:县卫健局", "org:县教体局", "duty:b.txt#0"},
     {("org:县卫健局", "responsible_for", "duty:b.txt#0"), ("org:县教体局", "responsible_for", "duty:b.txt#0")}),
    ("nothing-found", "现将有关事项通知如下。\n", "c.txt", {"doc:c.txt"}, set()),
]


@pytest.mark.parametrize(("text", "name", "nodes", "edges"), rows(FROM_TEXT))
def test_graph_of_a_doc(text: str, name: str, nodes: set[str], edges: set[tuple[str, str, str]]) -> None:
    doc = load()(text)
    g = to_graph(doc, name)
    assert set(g.nodes) == nodes
    assert {(u, d["relation"], v) for u, v, d in g.edges(data=True)} == edges
    for _u, _v, key, d in g.edges(keys=True, data=True):
        assert key == f"{d['relation']}@{name}" and d["doc"] == name
        s, e = d["span"]
        assert d["evidence"] == text[s:e]  # evidence is the file's own text
    assert all(d["docs"] == [name] for _n, d in g.nodes(data=True))


def test_roles_and_titles_are_edge_attributes() -> None:
    g = to_graph(load()("由县卫健局牵头，县教体局配合，开展学生健康体检工作。\n"), "b.txt")
    roles = {u: d.get("role") for u, _v, d in g.edges(data=True) if d["relation"] == "responsible_for"}
    assert roles == {"org:县卫健局": "lead", "org:县教体局": "support"}


def _doc(text: str, entities: dict, relations: list, meta: dict | None = None, doc_name: str = "n.txt"):
    doc = spacy.blank("zh").make_doc(text)
    doc._.entities, doc._.relations, doc._.meta, doc._.doc_name = entities, relations, meta or {}, doc_name
    return doc


_ENTS = {
    "doc:n.txt": {"type": "document", "name": "n.txt", "aliases": [], "docs": ["n.txt"]},
    "org:青山县卫健局": {"type": "organization", "name": "青山县卫健局", "aliases": ("县卫健局",), "docs": ("n.txt",)},
    "duty:n.txt#0": {"type": "duty", "name": "负责监测", "aliases": [], "docs": ["n.txt"], "text": "负责监测",
                     "doc": "n.txt", "span": (5, 9)},
}
_REL = {"head": "org:青山县卫健局", "relation": "responsible_for", "tail": "duty:n.txt#0", "span": (5, 9), "attrs": {"role": "lead"}}
_TEXT = "县卫健局：负责监测。"

# (id, text, entities, relations, meta, name given to to_graph, node ids, (u, v, key, evidence) edges)
HAND_MADE = [
    ("plain-data-and-docbin-tuples", _TEXT, _ENTS, [_REL], {}, None,
     {"doc:n.txt", "org:青山县卫健局", "duty:n.txt#0"},
     {("org:青山县卫健局", "duty:n.txt#0", "responsible_for@n.txt", "负责监测")}),
    ("renamed-notice", _TEXT, _ENTS, [_REL], {}, "新名.txt",
     {"doc:新名.txt", "org:青山县卫健局", "duty:新名.txt#0"},
     {("org:青山县卫健局", "duty:新名.txt#0", "responsible_for@新名.txt", "负责监测")}),
    ("no-relations", _TEXT, _ENTS, [], {}, None, {"doc:n.txt", "org:青山县卫健局", "duty:n.txt#0"}, set()),
]


@pytest.mark.parametrize(("text", "ents", "rels", "meta", "name", "nodes", "edges"), rows(HAND_MADE))
def test_graph_of_plain_data(text, ents, rels, meta, name, nodes, edges) -> None:
    g = to_graph(_doc(text, ents, rels, meta), name)
    assert set(g.nodes) == nodes
    assert {(u, v, k, d["evidence"]) for u, v, k, d in g.edges(keys=True, data=True)} == edges
    for _n, d in g.nodes(data=True):
        assert all(isinstance(d[k], list) for k in ("aliases", "docs", "span") if k in d)  # tuples back to lists
    assert g.nodes["org:青山县卫健局"]["aliases"] == ["县卫健局"]


def test_the_title_names_the_document_node() -> None:
    g = to_graph(_doc(_TEXT, _ENTS, [], {"title": "关于做好监测的通知"}))
    assert g.nodes["doc:n.txt"]["name"] == "关于做好监测的通知"


# (id, entities, relations, error message pattern)
REFUSED = [
    ("unknown-head", _ENTS, [{**_REL, "head": "org:不存在局"}], "unknown entities"),
    ("unknown-relation", _ENTS, [{**_REL, "relation": "likes"}], "unknown relation"),
    ("no-findings", None, None, "carries no findings"),
]


@pytest.mark.parametrize(("ents", "rels", "message"), rows(REFUSED))
def test_to_graph_refuses(ents, rels, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        to_graph(_doc(_TEXT, ents, rels))
