"""The spaCy pipeline: registered components, both segmenter backends give the same graph."""

from __future__ import annotations

from extractor.graph import to_node_link
from extractor.nlp import PIPES, get_nlp
from extractor.pipeline import analyze, extract_text


def test_pipeline_is_blank_zh_with_the_projects_components():
    nlp = get_nlp()
    assert nlp.lang == "zh"
    assert tuple(nlp.pipe_names) == PIPES


def test_doc_carries_the_findings_and_disease_spans(seeds):
    doc = analyze(seeds["000"].read_text(encoding="utf-8"), seeds["000"].name)
    assert any(e["type"] == "mechanism" for e in doc._.entities.values())
    assert {sp.text for sp in doc.spans["diseases"]} >= {"艾滋病", "梅毒", "乙肝"}
    assert {sp.label_ for sp in doc.spans["diseases"]} == {"DISEASE"}
    assert len(doc) > 100  # segmented into tokens
    assert not any(isinstance(k, str) and k.startswith("policykg_") for k in doc.user_data)


def test_jieba_and_rjieba_backends_give_the_same_graph(seeds, monkeypatch):
    text = seeds["001"].read_text(encoding="utf-8")
    graphs = []
    for backend in ("jieba", "rjieba"):
        monkeypatch.setenv("POLICYKG_SEGMENTER", backend)
        graphs.append(to_node_link(extract_text(text, seeds["001"].name)))
        assert type(get_nlp(None, backend).tokenizer).__name__ == ("ChineseTokenizer" if backend == "jieba" else "SegmenterTokenizer")
    assert graphs[0] == graphs[1]
