"""The Doc contract (extractor/graph/doc.py): ``load()(text)`` on a notice as read from its file
gives labeled spans over the original text, entities and relations as plain data;
``to_graph`` builds the graph from them alone, also after a DocBin round trip."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.tokens import DocBin

from extractor import load, to_graph
from extractor.graph import to_node_link
from extractor.graph.doc import to_node_link_data
from extractor.pipeline import extract_file, extract_node_link
from extractor.read import read_notice

ROOT = Path(__file__).resolve().parents[1]
_SKIP = ("real", "heldout_real")  # gold being written: not run outside the full gold tests


def all_notices() -> list[Path]:
    """Every notice in the repo: seeds, the gold sets' notices, the hand-written ones."""
    files = sorted((ROOT / "corpus").glob("*.txt"))
    for sub in sorted((ROOT / "tests" / "gold").iterdir()):
        if sub.is_dir() and sub.name not in _SKIP and (sub / "notices").is_dir():
            files += sorted(p for p in (sub / "notices").iterdir() if p.is_file())
    files += sorted(p for p in (ROOT / "tests" / "notices").iterdir() if p.is_file())
    return files


NOTICES = all_notices()


def _roundtrip(doc):
    nlp = load()
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    return next(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))


@pytest.mark.parametrize("path", NOTICES, ids=[p.name for p in NOTICES])
def test_doc_gives_the_graph_of_extract_and_survives_a_docbin(path):
    text = read_notice(path)
    doc = load()(text)
    assert doc.text == text  # the Doc is over the file's own text
    expected = to_node_link(extract_file(path))
    assert to_node_link(to_graph(doc, path.name)) == expected
    assert to_node_link(to_graph(_roundtrip(doc), path.name)) == expected
    # what a build's worker stores, made without the networkx graph: the same data, keys in order
    assert json.dumps(extract_node_link(text, path.name), ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)
    # every span's text is its evidence: the file's own characters at the span's offsets
    for name, group in doc.spans.items():
        for sp in group:
            assert sp.text == text[sp.start_char : sp.end_char], name
            assert sp.label_, name
    # every kb id of a finding is a node of the graph; every relation joins two of them
    for name in ("orgs", "people", "duties", "diseases", "mechanisms", "bodies"):
        for sp in doc.spans[name]:
            assert sp.kb_id_ in doc._.entities, (name, sp.text)
    for rel in doc._.relations:
        assert rel["head"] in doc._.entities and rel["tail"] in doc._.entities
        s, e = rel["span"]
        assert 0 <= s <= e <= len(text)


def test_the_twelve_unit_notice(seeds):
    text = seeds["000"].read_text(encoding="utf-8")
    doc = load()(text)
    members = [r for r in doc._.relations if r["relation"] == "member_unit_of"]
    assert len(members) == 12
    assert len(doc.spans["people"]) == 28
    assert {sp.label_ for sp in doc.spans["people"]} == {"PERSON"}
    duty_ids = {n for n, e in doc._.entities.items() if e["type"] == "duty"}
    assert duty_ids and duty_ids == {sp.kb_id_ for sp in doc.spans["duties"]}
    # a padded name is quoted as written, its normalized form is the entity's name
    padded = [sp for sp in doc.spans["people"] if " " in sp.text]
    assert padded and all(doc._.entities[sp.kb_id_]["name"] == sp.text.replace(" ", "") for sp in padded)
    orgs = {sp.text: sp.kb_id_ for sp in doc.spans["orgs"]}
    assert orgs["旗公安局"] == "org:奈曼旗公安局"  # the written form names the canonical body


def test_nlp_works_on_any_text_without_set_up():
    nlp = load()
    assert load() is nlp
    for text in ("", "   \n", "通知", "<script>alert(1)</script>", "青山县卫健局：负责结核病防治。"):
        doc = nlp(text)
        assert doc.text == text
        assert isinstance(doc._.entities, dict) and isinstance(doc._.relations, list)
        to_graph(doc)


def test_doc_name_names_the_notice_in_the_graph():
    doc = load()("青山县卫健局：负责全县结核病防治工作的组织实施；做好患者发现和治疗管理工作。")
    assert doc._.doc_name == "<notice>"
    g = to_graph(doc, "短通知.txt")
    assert "doc:短通知.txt" in g and "duty:短通知.txt#7" in g
    assert all(d["doc"] == "短通知.txt" for _u, _v, d in g.edges(data=True))
    assert all(d["docs"] == ["短通知.txt"] for _n, d in g.nodes(data=True))
    ref = to_node_link(to_graph(load()(doc.text)))
    assert ref != to_node_link(g)
    assert json.dumps(to_node_link_data(doc, "短通知.txt")) == json.dumps(to_node_link(g))


def test_node_link_data_keeps_networkx_order_and_one_edge_a_key():
    """``to_node_link_data`` is ``to_node_link(to_graph(...))``: edges by source in node order,
    then by target, then by key; a relation given twice (one key) is one edge, updated."""
    doc = load()("白河市卫健局：负责全市结核病防治工作。红石区疾控中心：负责病例报告；做好密切接触者筛查。")
    rels = list(doc._.relations)
    assert rels
    doc._.relations = [*reversed(rels), {**rels[0], "span": [0, 3]}]
    assert json.dumps(to_node_link_data(doc), ensure_ascii=False) == json.dumps(
        to_node_link(to_graph(doc)), ensure_ascii=False)


def test_pipe_with_two_processes(seeds):
    texts = [seeds[k].read_text(encoding="utf-8") for k in ("000", "003")]
    one = [to_node_link(to_graph(d)) for d in load().pipe(texts)]
    two = [to_node_link(to_graph(d)) for d in load().pipe(texts, n_process=2)]
    assert one == two


def test_docbin_read_back_in_another_process(tmp_path, seeds):
    doc = load()(seeds["001"].read_text(encoding="utf-8"))
    path = tmp_path / "notice.spacy"
    DocBin(store_user_data=True, docs=[doc]).to_disk(path)
    code = (
        "import sys, extractor, spacy\n"
        "from spacy.tokens import DocBin\n"
        "doc = next(DocBin().from_disk(sys.argv[1]).get_docs(spacy.blank('zh').vocab))\n"
        "print(len(doc._.relations), len(doc.spans['orgs']), doc.spans['orgs'][0].kb_id_)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [str(len(doc._.relations)), str(len(doc.spans["orgs"])), doc.spans["orgs"][0].kb_id_]


def test_to_graph_never_invents_organizations():
    doc = load()("青山县卫健局：负责全县结核病防治工作的组织实施。")
    doc._.relations = [*doc._.relations, {"head": "org:不存在局", "relation": "responsible_for",
                                           "tail": next(iter(doc._.entities)), "span": [0, 1], "attrs": {}}]
    with pytest.raises(ValueError, match="unknown entities"):
        to_graph(doc)


def test_importing_the_package_does_not_import_spacy():
    code = "import sys, extractor; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
