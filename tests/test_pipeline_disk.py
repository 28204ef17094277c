"""The patterns travel with the pipeline: ``nlp.to_disk(path)`` saves the lexicons and cue
words with the layout component (``path/policykg_layout/*.json``), ``spacy.load(path)``
reads them back from there, and the reloaded pipeline gives the same Doc and graph."""

from __future__ import annotations

import configparser
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
import spacy

import extractor.nlp  # noqa: F401  (registers the factories spacy.load needs)
from extractor import load, to_graph
from extractor.lexicon import FILES, LEXICON_DIR, load_lexicon
from extractor.nlp import PIPES
from extractor.segment import TOKENIZER_NAME, create_segmenter_tokenizer, register

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))


def _findings(doc) -> dict:
    """Everything the pipeline puts on a Doc, as plain data."""
    return {
        "spans": {k: [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in g] for k, g in sorted(doc.spans.items())},
        "relations": doc._.relations,
        "entities": doc._.entities,
        "meta": doc._.meta,
        "tokens": [(t.text, t.norm_) for t in doc],
    }


def _graph(doc, name: str) -> str:
    return json.dumps(nx.node_link_data(to_graph(doc, name), edges="links"), sort_keys=True, ensure_ascii=False,
                      default=str)


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    path = tmp_path_factory.mktemp("pipeline") / "policykg"
    load().to_disk(path)
    register()
    return path


def test_the_lexicons_are_saved_with_the_layout_component(saved):
    files = sorted(p.name for p in (saved / "policykg_layout").iterdir())
    assert files == sorted(FILES)
    for name in files:
        saved_data = json.loads((saved / "policykg_layout" / name).read_text(encoding="utf-8"))
        assert saved_data == json.loads((LEXICON_DIR / name).read_text(encoding="utf-8")), name


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_a_reloaded_pipeline_gives_the_same_doc_and_graph(saved, seed):
    text = seed.read_text(encoding="utf-8")
    reloaded = spacy.load(saved)
    assert reloaded.pipe_names == load().pipe_names
    before, after = load()(text), reloaded(text)
    assert _findings(after) == _findings(before)
    assert len(before.spans["duties"]) > 0 and len(before._.relations) > 0
    assert _graph(after, seed.name) == _graph(before, seed.name)


def _supports(doc) -> int:
    return sum(1 for r in doc._.relations if (r.get("attrs") or {}).get("role") == "support")


def test_the_reloaded_pipeline_reads_the_saved_cue_words(saved, tmp_path):
    """Editing the saved cues.json changes what the reloaded pipeline finds: the cue words
    come from the saved pipeline, not from the package."""
    import shutil

    edited = tmp_path / "edited"
    shutil.copytree(saved, edited)
    cues_file = edited / "policykg_layout" / "cues.json"
    cues = json.loads(cues_file.read_text(encoding="utf-8"))
    cues["support_verbs"] = cues["subject_support_verbs"] = ["参与"]  # 配合/协助 … no longer make a unit a supporter
    cues_file.write_text(json.dumps(cues, ensure_ascii=False), encoding="utf-8")
    text = (ROOT / "corpus" / "001_2e243f5ce7bbc465.txt").read_text(encoding="utf-8")
    assert "配合" in text
    before = _supports(load()(text))
    after = _supports(spacy.load(edited)(text))
    assert before > 0 and after < before


def test_the_layout_component_round_trips_through_bytes():
    layout = load().get_pipe("policykg_layout")
    data = layout.to_bytes()
    other = spacy.blank("zh").add_pipe("policykg_layout")
    other.lex = None
    other.from_bytes(data)
    assert other.lex.files == layout.lex.files == load_lexicon().files
    assert other.lex.cue("support_verbs") == load_lexicon().cue("support_verbs")


def _entry_points() -> dict[str, dict[str, str]]:
    """setup.cfg's entry points: group -> {name: "module:function"}."""
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    section = cfg["options.entry_points"]
    return {group: dict(line.split(" = ") for line in section[group].strip().splitlines()) for group in section}


def _load_target(target: str):
    module, name = target.split(":")
    return getattr(importlib.import_module(module), name)


def test_setup_cfg_advertises_every_factory_and_the_tokenizer():
    """spaCy finds a saved pipeline's components and tokenizer through these entry points."""
    groups = _entry_points()
    factories = groups["spacy_factories"]
    assert sorted(factories) == sorted(PIPES)
    for name, target in factories.items():
        assert _load_target(target) is spacy.registry.factories.get(name), name
    assert groups["spacy_tokenizers"] == {TOKENIZER_NAME: "extractor.segment:create_segmenter_tokenizer"}
    assert _load_target(groups["spacy_tokenizers"][TOKENIZER_NAME]) is create_segmenter_tokenizer


_FRESH = """
import json, sys
import spacy
assert not [m for m in sys.modules if m.split(".")[0] == "extractor"], "extractor imported before spacy.load"
doc = spacy.load(sys.argv[1])(open(sys.argv[2], encoding="utf-8").read())
spans = {k: [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in g] for k, g in sorted(doc.spans.items())}
print(json.dumps({"spans": spans, "relations": doc._.relations, "entities": doc._.entities, "meta": doc._.meta,
                  "tokens": [(t.text, t.norm_) for t in doc]}, ensure_ascii=False))
"""


def _advertise(site: Path) -> None:
    """A distribution's metadata in ``site`` with setup.cfg's entry points, as an install
    writes them (so the test does not depend on when this environment was installed)."""
    info = site / "policykg_entry_points-0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: policykg-entry-points\nVersion: 0\n", encoding="utf-8")
    lines = [f"[{group}]\n" + "".join(f"{k} = {v}\n" for k, v in eps.items()) for group, eps in _entry_points().items()]
    (info / "entry_points.txt").write_text("\n".join(lines), encoding="utf-8")


def test_spacy_load_works_in_a_fresh_interpreter_without_importing_extractor(saved, tmp_path):
    seed = SEEDS[0]
    _advertise(tmp_path / "site")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "site"), str(ROOT)])}
    proc = subprocess.run([sys.executable, "-c", _FRESH, str(saved), str(seed)], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    fresh = json.loads(proc.stdout)
    expected = json.loads(json.dumps(_findings(load()(seed.read_text(encoding="utf-8"))), ensure_ascii=False))
    assert fresh == expected
    assert len(fresh["spans"]["orgs"]) > 0 and len(fresh["relations"]) > 0
