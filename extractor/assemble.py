"""Turn a processed notice (``Notice``) into its graph: nodes, edges, provenance."""

from __future__ import annotations

import bisect
from typing import Any

import networkx as nx

from .graph import GraphBuilder
from .notice import Duty, Mechanism, Notice
from .orgmatch import looks_like_org
from .resolve import Org, name_key
from .text import sentence_at


def build_graph(notice: Notice) -> nx.MultiDiGraph:
    """The per-notice knowledge graph (see docs/graph-model.md)."""
    gb = GraphBuilder(notice.doc_name)
    ev = notice.norm.evidence
    meta = {k: v for k, v in notice.meta.items() if v}
    doc_id = gb.add_node("document", notice.doc_name, meta.get("title") or notice.doc_name, **meta)
    org_ids: dict[int, str] = {}
    mech_id: str | None = None

    def org_node(org: Org | Mechanism) -> str:
        if isinstance(org, Mechanism):
            assert mech_id is not None
            return mech_id
        if id(org) not in org_ids:
            attrs: dict[str, Any] = {"kind": org.kind, "locality": org.locality, "body_key": notice.table.body_key(org)}
            if org.collective:
                attrs["collective"] = True
            if org.generic:
                attrs["generic"] = True
            if org.body:
                attrs["body"] = org.body
            org_ids[id(org)] = gb.add_node("organization", org.name, org.name, aliases=sorted(org.aliases), **attrs)
        return org_ids[id(org)]

    mech = notice.mechanism
    if mech:
        mech_id = gb.add_node("mechanism", mech.name, mech.name, aliases=sorted(mech.aliases), short=mech.short)
        text, span = ev(*mech.span)
        gb.add_edge(doc_id, mech_id, "establishes", text, span)
    issuer = _issuer(notice)
    if issuer is not None:
        body, line = issuer
        text, span = ev(*line)
        gb.add_edge(doc_id, org_node(body), "issued_by", text, span)
    for fact in notice.facts:
        target = mech_id if fact.target is mech else org_node(fact.target)  # type: ignore[arg-type]
        text, span = ev(*fact.span)
        gb.add_edge(org_node(fact.source), target, fact.relation, text, span, **fact.attrs)
    for person in notice.people:
        org_name = person.org.name if person.org else ""
        pid = gb.add_node("person", f"{person.name}/{org_name}", person.name)
        text, span = ev(*person.span)
        if mech_id:
            gb.add_edge(pid, mech_id, person.role, text, span)
        if person.org:
            gb.add_edge(pid, org_node(person.org), "holds_post", text, span, title=person.title)
    disease_ids: dict[str, str] = {}
    for dm in notice.diseases:
        for name in dm.names:
            if name not in disease_ids:
                entry = notice.lex.diseases.get(name)
                disease_ids[name] = gb.add_node(
                    "disease", name, name,
                    aliases=list(entry.aliases) if entry else [],
                    category=entry.category if entry else "disease",
                    classes=list(entry.classes) if entry else [],
                )
                text, span = ev(*_sentence(notice, dm.span))
                gb.add_edge(doc_id, disease_ids[name], "mentions", text, span)
    for disease, cls, sent in notice.disease_classes:
        text, span = ev(*sent)
        gb.add_edge(disease_ids[disease], disease_ids[cls], "in_class", text, span)
    mentions = sorted(notice.diseases, key=lambda dm: dm.span)
    starts = [dm.span[0] for dm in mentions]
    for duty in notice.duties:
        lo, hi = bisect.bisect_left(starts, duty.span[0]), bisect.bisect_left(starts, duty.span[1])
        _add_duty(gb, notice, duty, mech_id, org_node, disease_ids, mentions[lo:hi])
    return gb.graph


def _issuer(notice: Notice) -> tuple[Org | Mechanism, tuple[int, int]] | None:
    """The issuing body (from the document metadata) and the line naming it, searched from
    the end (the signature), if it is a body or the mechanism."""
    name = notice.meta.get("issuer")
    if not name:
        return None
    key = name_key(name)
    for ln in reversed(notice.content_lines()):
        if name_key(ln.text).startswith(key):
            mech = notice.mechanism
            if mech and key in {name_key(n) for n in (mech.name, *mech.aliases)}:
                return mech, (ln.start, ln.start + len(ln.text.split(" ")[0]))
            if notice.lex.kind_of(name) or looks_like_org(name, notice):
                return notice.table.add(name), (ln.start, ln.start + len(ln.text.split(" ")[0]))
            return None
    return None


def _sentence(notice: Notice, span: tuple[int, int]) -> tuple[int, int]:
    return sentence_at(notice.text, span[0])


def _add_duty(gb: GraphBuilder, notice: Notice, duty: Duty, mech_id, org_node, disease_ids, inside) -> None:
    """The duty node, who is responsible for it, and the diseases mentioned ``inside`` it."""
    text, span = notice.norm.evidence(*duty.span)
    clean = notice.text[duty.span[0] : duty.span[1]]
    did = gb.add_node(
        "duty", f"{notice.doc_name}#{span[0]}", _label(clean),
        text=clean, doc=notice.doc_name, span=list(span), evidence=text, mechanism=mech_id,
        deadline=duty.deadline, deadline_date=duty.deadline_date, item=duty.item,
    )
    for org, role in duty.orgs:
        gb.add_edge(org_node(org), did, "responsible_for", text, span, role=role)
    for dm in inside:
        for name in dm.names:
            gb.add_edge(did, disease_ids[name], "concerns", text, span)


def _label(text: str, width: int = 24) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
