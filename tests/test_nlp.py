"""The spaCy pipeline: registered components, both segmenter backends give the same graph."""

from __future__ import annotations

from extractor.graph import to_node_link
from extractor.nlp import PIPES, get_nlp
from extractor.pipeline import analyze, extract_text


def test_pipeline_is_blank_zh_with_the_projects_components():
    nlp = get_nlp()
    assert nlp.lang == "zh"
    assert tuple(nlp.pipe_names) == PIPES


def test_doc_carries_the_notice_and_disease_spans(seeds):
    doc = analyze(seeds["000"].read_text(encoding="utf-8"), seeds["000"].name)
    assert doc._.notice.mechanism is not None
    assert {sp.text for sp in doc.spans["diseases"]} >= {"艾滋病", "梅毒", "乙肝"}
    assert len(doc) > 100  # segmented into tokens


def test_jieba_and_rjieba_backends_give_the_same_graph(seeds, monkeypatch):
    text = seeds["001"].read_text(encoding="utf-8")
    graphs = []
    for backend in ("jieba", "rjieba"):
        monkeypatch.setenv("POLICYKG_SEGMENTER", backend)
        graphs.append(to_node_link(extract_text(text, seeds["001"].name)))
        assert type(get_nlp(None, backend).tokenizer).__name__ == ("ChineseTokenizer" if backend == "jieba" else "SegmenterTokenizer")
    assert graphs[0] == graphs[1]
