"""The spaCy pipeline: ``spacy.blank("zh")`` with the jieba segmenter and the project's own
registered components. ``policykg_normalize`` and ``policykg_layout`` set up the notice's
working state (``Notice``, over the normalized text), the matching components extend it,
and ``policykg_assemble`` writes every finding on the Doc (over the original text) and
drops the working state, so the Doc serializes (``DocBin``) and ``extractor.to_graph``
needs nothing else.

Each factory declares what its component reads (``requires``) and writes (``assigns``):
the Doc's own attributes, and the parts of the working state, readable while the
pipeline runs as ``doc._.notice_<part>`` (``WORK_PARTS``; None once ``policykg_assemble``
has run). ``nlp.analyze_pipes()`` checks the order; ``tests/test_components.py`` checks
the declarations against what each component really reads and writes;
``docs/pipeline.md`` shows them (:func:`components_table`)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from .graph.doc import DEFAULT_DOC_NAME, register_extensions, token_bounds, write_findings
from .graph.record import assemble
from .layout import classify, join_paragraphs
from .lexicon import Lexicon, lexicon_from_files, load_lexicon
from .match.closing import drop_closing_clauses
from .match.contact_lines import drop_contact_lines
from .match.diseases import find_diseases
from .match.docmeta import document_meta
from .match.duties import (
    drop_bare_names,
    drop_cut_tail,
    drop_post_sentences,
    end_before_open_bracket,
    find_assignments,
    find_body_duties,
    find_divisions,
    find_group_remits,
    find_labeled_remits,
    find_listed_duties,
    find_short_forms,
    find_subject_duties,
    find_subject_items,
)
from .match.issuer import find_issuer, issuer_body
from .match.lead_ins import drop_lead_ins
from .match.mechanism import find_bodies, find_mechanism, find_members, find_office_hosts
from .match.remit import find_remits
from .match.roster import find_mechanism_posts, find_prose_roster, find_roster, roster_member_units
from .match.tasks import add_deadlines, find_tasks
from .normalize import NormText, normalize
from .notice import Notice
from .resolve import OrgTable, find_places, name_bodies
from .segment import TEXT_KEY, segment
from .spacy_import import Doc, Language, spacy

register_extensions()


PIPES = (
    "policykg_normalize",
    "policykg_layout",
    "policykg_mechanism",
    "policykg_roster",
    "policykg_duties",
    "policykg_tasks",
    "policykg_free_duties",
    "policykg_diseases",
    "policykg_issuer",
    "policykg_resolve",
    "policykg_assemble",
)

# Working state of a notice between the components (dropped by ``policykg_assemble``).
_NORM = "policykg_norm"
_NOTICE = "policykg_notice"
_UNSEGMENTED = "policykg_unsegmented"  # a Doc made by ``text_doc``: the text, no tokens


def text_doc(nlp: Language, text: str) -> Doc:
    """A Doc the pipeline reads ``text`` from without the text cut into tokens: what
    ``pipeline.extract_text`` runs it on, as the graph needs the findings only (segmenting
    the text and making its tokens was a tenth of extraction). It holds no tokens
    (``doc.text`` is empty); the components read the text from its ``user_data``, and the
    disease test cuts the few blocks it asks about itself (``_WordTest``: the same answer,
    jieba cuts each block on its own)."""
    doc = Doc(nlp.vocab)
    doc.user_data[TEXT_KEY] = text
    doc.user_data[_UNSEGMENTED] = True
    return doc


#: Parts of the working state (``Notice`` fields) the components read and write, each
#: readable as ``doc._.notice_<part>`` while the pipeline runs: the normalized text
#: (``norm``), the layout (``lines``), the notice's bodies (``table``), the mechanism(s),
#: facts between bodies, people, roster lines, duties, spans reserved from duties (task
#: markers), disease mentions and the classes they are put in, the issuing body and the
#: joint issuers signed after it.
WORK_PARTS = ("norm", "lines", "table", "mechanism", "more_mechanisms", "facts", "people", "roster_lines", "duties",
              "reserved", "diseases", "disease_classes", "issuer_line", "issuer", "cosigners")


def _notice(doc: Doc) -> Notice | None:
    return doc.user_data.get(_NOTICE)


def _work_getter(part: str) -> Callable[[Doc], Any]:
    if part == "norm":
        return lambda doc: doc.user_data.get(_NORM)
    return lambda doc: getattr(doc.user_data[_NOTICE], part) if _NOTICE in doc.user_data else None


def _register_work_parts() -> None:
    for part in WORK_PARTS:
        if not Doc.has_extension(f"notice_{part}"):
            Doc.set_extension(f"notice_{part}", getter=_work_getter(part))


def _work(*parts: str) -> list[str]:
    """Declared attributes of working-state parts: ``doc._.notice_<part>``."""
    assert set(parts) <= set(WORK_PARTS), parts
    return [f"doc._.notice_{p}" for p in parts]


_register_work_parts()


class _Step:
    """A component: a function over the notice, wrapped as ``Doc -> Doc``."""

    def __init__(self, *funcs: Callable[[Notice], None]) -> None:
        self.funcs = funcs

    def __call__(self, doc: Doc) -> Doc:
        notice = _notice(doc)
        if notice is not None:
            for func in self.funcs:
                func(notice)
        return doc


class _Normalize:
    """The text as matched: the Doc's own (original) text normalized (``text.normalize``);
    the document metadata, read with the pipeline's lexicon (the one ``policykg_layout``
    holds and saves with the pipeline; the package's when the pipeline has no layout)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def lexicon(self) -> Lexicon:
        if "policykg_layout" in self.nlp.pipe_names:
            layout = self.nlp.get_pipe("policykg_layout")
            if isinstance(layout, _Layout):
                return layout.lex
        return load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.pop(TEXT_KEY, None)
        if text is None:
            text = doc.text
        doc.user_data[_NORM] = normalize(text)
        doc._.meta = document_meta(text, self.lexicon())
        if not doc._.doc_name:
            doc._.doc_name = DEFAULT_DOC_NAME
        return doc


class _Layout:
    """Creates the notice state: lines broken mid-sentence joined (``layout.join_paragraphs``),
    lines with their kinds, places, the notice's locality. It holds the lexicon (word lists
    and cue words) every matcher reads through the notice, and saves it with the pipeline:
    ``nlp.to_disk(path)`` writes the data files to ``path/policykg_layout/``, and
    ``spacy.load(path)`` reads them back from there (as spaCy's ``SpanRuler`` keeps its
    patterns)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def __call__(self, doc: Doc) -> Doc:
        norm = doc.user_data.get(_NORM)
        if norm is None:
            return doc
        norm = doc.user_data[_NORM] = join_paragraphs(norm, self.lex)
        places, locality = find_places(norm.text, self.lex)
        doc.user_data[_NOTICE] = Notice(
            doc_name=doc._.doc_name or DEFAULT_DOC_NAME,
            norm=norm,
            lex=self.lex,
            lines=classify(norm.text, self.lex),
            table=OrgTable(self.lex, places, locality),
            meta=doc._.meta or {},
        )
        return doc

    def to_disk(self, path: Any, exclude: Any = ()) -> None:
        self.lex.to_disk(path)

    def from_disk(self, path: Any, exclude: Any = ()) -> _Layout:
        self.lex = load_lexicon(str(path))
        return self

    def to_bytes(self, exclude: Any = ()) -> bytes:
        return json.dumps(self.lex.files, ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data: bytes, exclude: Any = ()) -> _Layout:
        self.lex = lexicon_from_files(json.loads(data.decode("utf-8")))
        return self


@Language.factory(
    "policykg_normalize",
    assigns=["doc._.meta", "doc._.doc_name", *_work("norm")],
    default_config={},
)
def make_normalize(nlp: Language, name: str) -> _Normalize:
    """The text as matched (normalized, broken lines joined) and the document metadata."""
    return _Normalize(nlp)


@Language.factory(
    "policykg_layout",
    requires=["doc._.meta", "doc._.doc_name", *_work("norm")],
    assigns=_work("lines", "table"),
    default_config={"lexicon_dir": None},
)
def make_layout(nlp: Language, name: str, lexicon_dir: str | None) -> _Layout:
    """Creates the notice state: lines with their kinds, places, the notice's locality."""
    return _Layout(load_lexicon(lexicon_dir))


@Language.factory(
    "policykg_mechanism",
    requires=_work("norm", "lines", "table"),
    assigns=_work("mechanism", "more_mechanisms", "facts", "table"),
    default_config={},
)
def make_mechanism(nlp: Language, name: str) -> _Step:
    """The mechanism, its office, sub-bodies, convener units and member units."""
    return _Step(find_mechanism, find_bodies, find_members)


@Language.factory(
    "policykg_roster",
    requires=["doc._.meta", *_work("norm", "lines", "table", "mechanism", "facts")],
    assigns=_work("people", "facts", "roster_lines", "table"),
    default_config={},
)
def make_roster(nlp: Language, name: str) -> _Step:
    """People with role, organization and title."""
    return _Step(find_roster, find_prose_roster, find_mechanism_posts)


@Language.factory(
    "policykg_duties",
    requires=["doc._.meta", *_work("norm", "lines", "table", "mechanism", "more_mechanisms", "facts", "people",
                                    "roster_lines")],
    assigns=_work("duties", "facts", "reserved", "table"),
    default_config={},
)
def make_duties(nlp: Language, name: str) -> _Step:
    """Duty divisions, the duties of the mechanism's own bodies and the mechanism's own remit;
    then, without a member-unit list or division, the roster's units as member units; the
    offices' hosts."""
    return _Step(find_short_forms, find_group_remits, find_divisions, find_body_duties, find_listed_duties, find_remits,
                 find_labeled_remits, roster_member_units, find_office_hosts)


@Language.factory(
    "policykg_tasks",
    requires=["doc._.meta", *_work("norm", "lines", "table", "roster_lines", "duties")],
    assigns=_work("duties", "reserved", "table"),
    default_config={},
)
def make_tasks(nlp: Language, name: str) -> _Step:
    """Numbered task lists with leads, supporting units and deadlines."""
    return _Step(find_tasks)


@Language.factory(
    "policykg_free_duties",
    requires=["doc._.meta", *_work("norm", "lines", "table", "mechanism", "roster_lines", "duties", "reserved")],
    assigns=_work("duties", "table"),
    default_config={},
)
def make_free_duties(nlp: Language, name: str) -> _Step:
    """Free-text duties whose subject names departments; then deadlines in any duty; no duty
    from a broken last clause, a lead-in clause ending in a colon, a closing clause (本办法由X负责解释), a
    contact line (联系电话：…), a text only naming bodies (和动物疫情防控组) or a sentence only staffing
    or setting up a body (X局局长为联席会议召集人); a duty ending inside a bracket that never closes
    ends before it."""
    return _Step(find_assignments, find_subject_items, find_subject_duties, add_deadlines,
                 drop_cut_tail, end_before_open_bracket, drop_lead_ins, drop_closing_clauses,
                 drop_contact_lines, drop_bare_names, drop_post_sentences)


class _Diseases:
    """Disease mentions; a two-character name must be a word of the segmentation of the
    normalized text (see ``_WordTest``)."""

    def __init__(self, backend: str) -> None:
        self.backend = backend

    def __call__(self, doc: Doc) -> Doc:
        notice = _notice(doc)
        if notice is not None:
            find_diseases(notice, _WordTest(doc, notice.norm, self.backend))
        return doc


_WORD_CHAR = re.compile("[\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]")  # jieba's re_han_default


class _WordTest:
    """``(start, end) -> bool`` over the normalized text: do tokens of its segmentation
    start at ``start`` and end at ``end``? jieba cuts each block of word characters on its
    own, so the block around the span decides: where normalization left the block as it
    is in the file, the Doc's own tokens answer; else (or when the Doc holds no tokens:
    ``text_doc``) the block is cut again."""

    def __init__(self, doc: Doc, norm: NormText, backend: str) -> None:
        self.norm = norm
        self.backend = backend
        self.bounds: Any = None
        self.doc = doc
        self.tokenized = not doc.user_data.get(_UNSEGMENTED)
        self.cache: dict[tuple[int, int], set[int]] = {}

    def __call__(self, start: int, end: int) -> bool:
        norm = self.norm
        text, original, offsets = norm.text, norm.original, norm.offsets
        a = start
        while a > 0 and _WORD_CHAR.match(text, a - 1):
            a -= 1
        b = end
        while b < len(text) and _WORD_CHAR.match(text, b):
            b += 1
        oa, ob = offsets[a], offsets[b - 1] + 1
        if (self.tokenized and ob - oa == b - a and original[oa:ob] == text[a:b]
                and not (oa > 0 and _WORD_CHAR.match(original, oa - 1))
                and not (ob < len(original) and _WORD_CHAR.match(original, ob))):
            if self.bounds is None:
                self.bounds = token_bounds(self.doc, len(original))
            return bool(self.bounds[offsets[start]] and self.bounds[offsets[end - 1] + 1])
        cuts = self.cache.get((a, b))
        if cuts is None:
            cuts = {a}
            pos = a
            for w in segment(text[a:b], self.backend):
                pos += len(w)
                cuts.add(pos)
            self.cache[(a, b)] = cuts
        return start in cuts and end in cuts


@Language.factory(
    "policykg_diseases",
    requires=_work("norm", "lines", "roster_lines"),
    assigns=_work("diseases", "disease_classes"),
    default_config={},
)
def make_diseases(nlp: Language, name: str) -> _Diseases:
    """Disease mentions and the classes a notice puts them in."""
    return _Diseases(getattr(nlp.tokenizer, "backend", "jieba"))


@Language.factory(
    "policykg_issuer",
    requires=["doc._.meta", *_work("norm", "lines", "roster_lines")],
    assigns=_work("issuer_line"),
    default_config={},
)
def make_issuer(nlp: Language, name: str) -> _Step:
    """The issuer's name (from the document metadata) on the signature line."""
    return _Step(find_issuer)


def _name_bodies(notice: Notice) -> None:
    name_bodies(notice.table, notice.text)


@Language.factory(
    "policykg_resolve",
    requires=_work("norm", "lines", "roster_lines", "table", "mechanism", "issuer_line"),
    assigns=_work("issuer", "cosigners", "table"),
    default_config={},
)
def make_resolve(nlp: Language, name: str) -> _Step:
    """The body or mechanism the issuer's line names, and every body's name: its fullest written form, whichever
    component wrote it first (``resolve.name_bodies``)."""
    return _Step(issuer_body, _name_bodies)


class _Assemble:
    """Writes every finding on the Doc (span groups over the original text, entities,
    relations; see ``extractor/graph/doc.py``) and drops the working state. ``spans=False``
    (``component_cfg``) records entities and relations only: what ``to_graph`` needs."""

    def __call__(self, doc: Doc, spans: bool = True) -> Doc:
        notice = doc.user_data.pop(_NOTICE, None)
        norm = doc.user_data.pop(_NORM, None)
        doc.user_data.pop(_UNSEGMENTED, None)
        if notice is None or norm is None:
            return doc
        return write_findings(doc, norm, assemble(notice, spans), notice.doc_name, notice.meta, spans=spans)


@Language.factory(
    "policykg_assemble",
    requires=["doc._.meta", "doc._.doc_name", *_work(*(p for p in WORK_PARTS if p not in ("reserved", "roster_lines", "issuer_line")))],
    assigns=["doc.spans", "doc._.entities", "doc._.relations", "token.norm"],
    retokenizes=True,
    default_config={},
)
def make_assemble(nlp: Language, name: str) -> _Assemble:
    """Every finding written on the Doc (span groups, entities, relations); the working state dropped."""
    return _Assemble()


def load(lexicon_dir: str | None = None, segmenter: str | None = None) -> Language:
    """The policykg pipeline (built once per process): ``doc = load()(text)`` on a notice's
    text as read from its file gives the Doc described in ``extractor/graph/doc.py``."""
    return get_nlp(lexicon_dir, segmenter)


@lru_cache(maxsize=4)
def get_nlp(lexicon_dir: str | None = None, segmenter: str | None = None) -> Language:
    """The pipeline, built once per process: ``spacy.blank("zh")`` with jieba's segmentation
    and the project's components. ``segmenter`` (or ``$POLICYKG_SEGMENTER``) picks the
    backend: ``rjieba`` (default; jieba's algorithm and dictionary in Rust, tokens proven
    identical by tests/test_segment.py) or ``jieba`` (spaCy's own jieba segmenter)."""
    from .segment import TOKENIZER_NAME, chosen_backend, quiet_jieba, register

    backend = chosen_backend(segmenter)
    if backend == "jieba":
        quiet_jieba()  # (rjieba needs neither jieba nor its dictionary: not imported)
        tokenizer = {"segmenter": "jieba"}
    else:
        register()
        tokenizer = {"@tokenizers": TOKENIZER_NAME, "backend": backend}
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": tokenizer}})
    for pipe in PIPES:
        nlp.add_pipe(pipe, config={"lexicon_dir": lexicon_dir} if pipe == "policykg_layout" else {})
    return nlp


def components_table(nlp: Language | None = None) -> str:
    """The pipeline's components and what each reads (``requires``) and writes
    (``assigns``), from the factories' declarations, as a Markdown table (shown in
    docs/pipeline.md; ``python docs/transcripts.py`` rewrites it there)."""
    nlp = nlp or get_nlp()

    def attrs(names: Iterable[str]) -> str:
        return " ".join(f"`{a.removeprefix('doc._.')}`" for a in names) or "–"

    rows = ["| # | component | what it does | reads | writes |", "|---|---|---|---|---|"]
    for i, name in enumerate(nlp.pipe_names):
        meta = nlp.get_pipe_meta(name)
        doc = spacy.registry.factories.get(meta.factory).__doc__ or ""
        what = " ".join(doc.split()).split(". ")[0].rstrip(".")
        writes = attrs(meta.assigns) + (" (re-tokenizes)" if meta.retokenizes else "")
        rows.append(f"| {i} | `{name}` | {what} | {attrs(meta.requires)} | {writes} |")
    return "\n".join(rows) + "\n"
