"""Record the findings of a processed notice (``Notice``) as plain data: the entities (graph
nodes), the relations between them (edges with evidence) and the spans that name them.

This is the last step of the pipeline (component ``policykg_assemble``): the Doc receives
the result (see ``extractor/graph/doc.py``) and ``extractor.to_graph`` builds the graph from it.
Spans here are in normalized text; the component maps them to the original file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..normalize import sentence_at
from ..notice import Duty, Mechanism, Notice
from ..resolve import Org
from . import RELATIONS, update_entity

#: (group, label, start, end, kb_id) in normalized text
SpanRecord = tuple[str, str, int, int, str]


@dataclass
class Findings:
    """What a notice states, as plain data: ``entities`` (node id -> attributes, in the
    order the graph adds them), ``relations`` (edges: head, relation, tail, original span
    of the evidence, attributes) and ``spans`` (normalized offsets)."""

    doc: str
    with_spans: bool = True
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    relations: list[dict[str, Any]] = field(default_factory=list)
    spans: list[SpanRecord] = field(default_factory=list)
    _edges: set[tuple[str, str, str]] = field(default_factory=set, repr=False)

    def add_node(self, node_type: str, key: str, name: str, **attrs: Any) -> str:
        """Add (or update) an entity: aliases are unioned, other attributes kept if set
        (the rules of ``graph.GraphBuilder``)."""
        nid = f"{_PREFIX.get(node_type, node_type)}:{key}"  # graph.node_id, inlined
        aliases = [a for a in attrs.pop("aliases", []) if a and a != name]
        data = self.entities.get(nid)
        if data is None:
            data = self.entities[nid] = {"type": node_type, "name": name, "aliases": [], "docs": [self.doc]}
        update_entity(data, aliases, attrs)
        return nid

    def add_edge(self, head: str, tail: str, relation: str, span: tuple[int, int], **attrs: Any) -> None:
        """A relation with the original span of its evidence; the first statement of a
        (head, tail, relation) wins."""
        if relation not in RELATIONS:
            raise ValueError(f"unknown relation {relation!r}")
        if (head, tail, relation) in self._edges:
            return
        self._edges.add((head, tail, relation))
        self.relations.append({
            "head": head, "relation": relation, "tail": tail, "span": [int(span[0]), int(span[1])],
            "attrs": {k: v for k, v in attrs.items() if v is not None},
        })

    def span(self, group: str, label: str, start: int, end: int, kb_id: str = "") -> None:
        if end > start and self.with_spans:
            self.spans.append((group, label, start, end, kb_id))


_PREFIX = {"organization": "org", "document": "doc"}
_BODY_LABELS = {"office": "OFFICE", "group": "GROUP", "committee": "COMMITTEE"}


def assemble(notice: Notice, spans: bool = True) -> Findings:
    """The entities, relations and (unless ``spans=False``) spans of a notice (see
    docs/graph-model.md)."""
    out = Findings(notice.doc_name, with_spans=spans)
    ev = notice.norm.orig_span
    meta = {k: v for k, v in notice.meta.items() if v}
    doc_id = out.add_node("document", notice.doc_name, meta.get("title") or notice.doc_name, **meta)
    org_ids: dict[int, str] = {}
    orgs: list[tuple[Org, str]] = []
    mech_id: str | None = None
    mech_ids: dict[int, str] = {}  # every mechanism the notice sets up

    def org_node(org: Org | Mechanism) -> str:
        if isinstance(org, Mechanism):
            return mech_ids[id(org)]
        if id(org) not in org_ids:
            attrs: dict[str, Any] = {"kind": org.kind, "locality": org.locality, "body_key": notice.table.body_key(org)}
            if org.collective:
                attrs["collective"] = True
            if org.generic:
                attrs["generic"] = True
            if org.body:
                attrs["body"] = org.body
            org_ids[id(org)] = out.add_node("organization", org.name, org.name, aliases=sorted(org.aliases), **attrs)
            orgs.append((org, org_ids[id(org)]))
        return org_ids[id(org)]

    mech = notice.mechanism
    if mech:
        mech_id = mech_ids[id(mech)] = out.add_node(
            "mechanism", mech.name, mech.name, aliases=sorted(mech.aliases), short=mech.short)
        out.add_edge(doc_id, mech_id, "establishes", ev(*mech.span))
    for other in notice.more_mechanisms:  # 成立A、B: B is set up too (no roster or members of its own here)
        other_id = mech_ids[id(other)] = out.add_node(
            "mechanism", other.name, other.name, aliases=sorted(other.aliases), short=other.short)
        out.add_edge(doc_id, other_id, "establishes", ev(*other.span))
    if notice.issuer is not None:
        body, line = notice.issuer
        out.add_edge(doc_id, org_node(body), "issued_by", ev(*line))
        for cosigner, at in notice.cosigners:  # joint issuers
            out.add_edge(doc_id, org_node(cosigner), "issued_by", ev(*at))
    for fact in notice.facts:
        target = mech_id if fact.target is mech else org_node(fact.target)
        assert target is not None
        out.add_edge(org_node(fact.source), target, fact.relation, ev(*fact.span), **fact.attrs)
    for person in notice.people:
        org_name = person.org.name if person.org else ""
        pid = out.add_node("person", f"{person.name}/{org_name}", person.name)
        span = ev(*person.span)
        held = mech_ids[id(person.body)] if person.body is not None else mech_id
        if held:  # a post with no body (教授、某大学原校长) keeps its title on the role
            out.add_edge(pid, held, person.role, span, title=None if person.org else person.title)
        if person.org:
            out.add_edge(pid, org_node(person.org), "holds_post", span, title=person.title)
        if spans:
            _name_span(out, notice.text, person.name, person.span, "people", "PERSON", pid)
    disease_ids: dict[str, str] = {}
    for dm in notice.diseases:
        for name in dm.names:
            if name not in disease_ids:
                entry = notice.lex.diseases.get(name)
                disease_ids[name] = out.add_node(
                    "disease", name, name,
                    aliases=list(entry.aliases) if entry else [],
                    category=entry.category if entry else "disease",
                    classes=list(entry.classes) if entry else [],
                )
                out.add_edge(doc_id, disease_ids[name], "mentions", ev(*sentence_at(notice.text, dm.span[0])))
            out.span("diseases", "DISEASE", *dm.span, disease_ids[name])
    for disease, cls, sent in notice.disease_classes:
        out.add_edge(disease_ids[disease], disease_ids[cls], "in_class", ev(*sent))
    mentions = sorted(notice.diseases, key=lambda dm: dm.span)
    starts = [dm.span[0] for dm in mentions]
    for duty in notice.duties:
        lo, hi = bisect.bisect_left(starts, duty.span[0]), bisect.bisect_left(starts, duty.span[1])
        _add_duty(out, notice, duty, mech_id, org_node, disease_ids, mentions[lo:hi])
    if not spans:
        return out
    if mech and mech_id:
        for form in dict.fromkeys(f for f in (mech.name, mech.short) if f):
            for a, b in _occurrences(notice.text, [form]):
                out.span("mechanisms", "MECHANISM", a, b, mech_id)
    _org_mentions(out, notice, orgs)
    for ln in notice.lines:
        out.span("lines", ln.kind.upper(), ln.start, ln.end)
    return out


def _occurrences(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of the forms in ``text``, leftmost first and the longest
    at a position (as a regex alternation of the forms, longest first, would find them)."""
    found: list[tuple[int, int]] = []
    for form in forms:
        i = text.find(form)
        while i >= 0:
            found.append((i, -len(form)))
            i = text.find(form, i + 1)
    out: list[tuple[int, int]] = []
    last = 0
    for i, neg in sorted(found):
        if i >= last:
            out.append((i, i - neg))
            last = i - neg
    return out


def _name_span(out: Findings, text: str, name: str, within: tuple[int, int], group: str, label: str, kb: str) -> None:
    """The name inside ``within`` (a roster line, a sentence), possibly padded with spaces
    in the text (``张 威``: normalization collapsed the run of spaces)."""
    i = text.find(name, *within)
    if i >= 0:
        out.span(group, label, i, i + len(name), kb)
        return
    m = re.compile(" ?".join(re.escape(ch) for ch in name)).search(text, *within)
    if m:
        out.span(group, label, m.start(), m.end(), kb)


def _org_mentions(out: Findings, notice: Notice, orgs: list[tuple[Org, str]]) -> None:
    """Every written form of the notice's bodies (those in the graph) in its content lines,
    longest first, as ORG spans; the mechanism's own bodies also in ``bodies``."""
    if not orgs:
        return
    forms: dict[str, tuple[Org, str]] = {}
    for org, nid in orgs:
        for form in (org.name, *org.aliases):
            if len(form) >= 2:
                forms.setdefault(form, (org, nid))
    text = notice.text
    lines = [(ln.start, ln.end) for ln in notice.lines if ln.kind != "noise"]
    line_starts = [a for a, _b in lines]
    for a, b in _occurrences(text, list(forms)):
        k = bisect.bisect_right(line_starts, a) - 1
        if k < 0 or b > lines[k][1]:
            continue  # in page clutter or between lines
        org, nid = forms[text[a:b]]
        out.span("orgs", "ORG", a, b, nid)
        if org.body:
            out.span("bodies", _BODY_LABELS.get(org.body, "GROUP"), a, b, nid)


def _add_duty(out: Findings, notice: Notice, duty: Duty, mech_id: str | None,
              org_node: Callable[[Org | Mechanism], str], disease_ids: dict[str, str], inside) -> None:
    """The duty entity, who is responsible for it, and the diseases mentioned ``inside`` it.
    A mechanism's own duty (its remit) belongs to that mechanism, else to the notice's."""
    span = notice.norm.orig_span(*duty.span)
    mech_id = next((org_node(org) for org, _role in duty.orgs if isinstance(org, Mechanism)), mech_id)
    text = notice.norm.original[span[0] : span[1]]
    clean = notice.text[duty.span[0] : duty.span[1]]
    did = out.add_node(
        "duty", f"{notice.doc_name}#{span[0]}", _label(clean),
        text=clean, doc=notice.doc_name, span=list(span), evidence=text, mechanism=mech_id,
        deadline=duty.deadline, deadline_date=duty.deadline_date, item=duty.item,
    )
    out.span("duties", "DUTY", *duty.span, did)
    if duty.deadline and out.with_spans:
        start = notice.text.find(duty.deadline, duty.span[0], duty.span[1] + 400)
        if start < 0:  # 6月底前，县卫健局完成…: the deadline opens the sentence before the duty
            start = notice.text.rfind(duty.deadline, max(0, duty.span[0] - 30), duty.span[0])
        if start >= 0:
            out.span("deadlines", "DEADLINE", start, start + len(duty.deadline), duty.deadline_date or "")
    for org, role in duty.orgs:
        out.add_edge(org_node(org), did, "responsible_for", span, role=role)
    for dm in inside:
        for name in dm.names:
            out.add_edge(did, disease_ids[name], "concerns", span)


def _label(text: str, width: int = 24) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
