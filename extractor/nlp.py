"""The spaCy pipeline: ``spacy.blank("zh")`` with the jieba segmenter and the project's own
registered components. Each component reads and extends ``doc._.notice``."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .components.diseases import find_diseases
from .components.duties import (
    find_assignments,
    find_body_duties,
    find_divisions,
    find_subject_duties,
)
from .components.mechanism import find_bodies, find_mechanism, find_members
from .components.roster import find_prose_roster, find_roster
from .components.tasks import add_deadlines, find_tasks
from .layout import classify
from .lexicon import load_lexicon
from .notice import Notice
from .resolve import OrgTable, find_places

if not Doc.has_extension("notice"):
    Doc.set_extension("notice", default=None)

PIPES = (
    "policykg_layout",
    "policykg_mechanism",
    "policykg_roster",
    "policykg_duties",
    "policykg_tasks",
    "policykg_free_duties",
    "policykg_diseases",
)


class _Step:
    """A component: a function over the notice, wrapped as ``Doc -> Doc``."""

    def __init__(self, *funcs) -> None:
        self.funcs = funcs

    def __call__(self, doc: Doc) -> Doc:
        notice = doc._.notice
        if notice is not None:
            for func in self.funcs:
                func(notice)
        return doc


@Language.factory("policykg_layout", default_config={"lexicon_dir": None})
def make_layout(nlp: Language, name: str, lexicon_dir: str | None):
    """Creates the notice state: lines with their kinds, places, the notice's locality."""
    lex = load_lexicon(lexicon_dir)

    def layout(doc: Doc) -> Doc:
        norm = doc.user_data["policykg_norm"]
        places, locality = find_places(norm.text, lex)
        doc._.notice = Notice(
            doc_name=doc.user_data.get("policykg_doc", "<notice>"),
            norm=norm,
            lex=lex,
            lines=classify(norm.text, lex),
            table=OrgTable(lex, places, locality),
            meta=doc.user_data.get("policykg_meta", {}),
        )
        return doc

    return layout


@Language.factory("policykg_mechanism")
def make_mechanism(nlp: Language, name: str):
    """The mechanism, its office, sub-bodies, convener units and member units."""
    return _Step(find_mechanism, find_bodies, find_members)


@Language.factory("policykg_roster")
def make_roster(nlp: Language, name: str):
    """People with role, organization and title."""
    return _Step(find_roster, find_prose_roster)


@Language.factory("policykg_duties")
def make_duties(nlp: Language, name: str):
    """Duty divisions and the duties of the mechanism's own bodies."""
    return _Step(find_divisions, find_body_duties)


@Language.factory("policykg_tasks")
def make_tasks(nlp: Language, name: str):
    """Numbered task lists with leads, supporting units and deadlines."""
    return _Step(find_tasks)


@Language.factory("policykg_free_duties")
def make_free_duties(nlp: Language, name: str):
    """Free-text duties whose subject names departments; then deadlines in any duty."""
    return _Step(find_assignments, find_subject_duties, add_deadlines)


@Language.factory("policykg_diseases")
def make_diseases(nlp: Language, name: str):
    """Disease mentions (also marked as ``doc.spans["diseases"]``)."""

    def diseases(doc: Doc) -> Doc:
        notice = doc._.notice
        if notice is not None:
            find_diseases(notice, lambda s, e: doc.char_span(s, e, alignment_mode="strict") is not None)
            doc.spans["diseases"] = [
                sp for dm in notice.diseases
                if (sp := doc.char_span(dm.span[0], dm.span[1], alignment_mode="expand")) is not None
            ]
        return doc

    return diseases


@lru_cache(maxsize=4)
def get_nlp(lexicon_dir: str | None = None, segmenter: str | None = None) -> Language:
    """The pipeline, built once per process: ``spacy.blank("zh")`` with jieba's segmentation
    and the project's components. ``segmenter`` (or ``$POLICYKG_SEGMENTER``) picks the
    backend: ``rjieba`` (default; jieba's algorithm and dictionary in Rust, tokens proven
    identical by tests/test_segment.py) or ``jieba`` (spaCy's own jieba segmenter)."""
    from .segment import chosen_backend, quiet_jieba, register

    quiet_jieba()
    backend = chosen_backend(segmenter)
    if backend == "jieba":
        tokenizer = {"segmenter": "jieba"}
    else:
        register()
        tokenizer = {"@tokenizers": "policykg.SegmenterTokenizer.v1", "backend": backend}
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": tokenizer}})
    for pipe in PIPES:
        nlp.add_pipe(pipe, config={"lexicon_dir": lexicon_dir} if pipe == "policykg_layout" else {})
    return nlp
