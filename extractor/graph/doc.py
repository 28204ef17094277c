"""The Doc contract: what the pipeline leaves on a spaCy ``Doc``, and the graph built from it.

After ``nlp(text)`` (``extractor.load()``) a Doc over the notice's *original* text holds:

* span groups, each span over the file's own characters (its text is its evidence):
  ``orgs`` (ORG, ``kb_id_`` = node id of the body), ``bodies`` (OFFICE / GROUP / COMMITTEE:
  the mechanism's own bodies, also in ``orgs``), ``people`` (PERSON), ``mechanisms``
  (MECHANISM), ``duties`` (DUTY), ``diseases`` (DISEASE, ``kb_id_`` = disease node id),
  ``deadlines`` (DEADLINE, ``kb_id_`` = ISO date if known) and ``lines`` (HEADING, ITEM,
  PARA, NOISE: the layout);
* ``doc._.entities``: node id -> node attributes (everything a graph node carries), in the
  order the graph adds them;
* ``doc._.relations``: plain dicts ``{"head", "relation", "tail", "span", "attrs"}`` (``span``
  = ``[start, end]`` of the evidence in ``doc.text``);
* ``doc._.meta`` (title, 文号, date, issuer, year) and ``doc._.doc_name``.

(After a ``DocBin`` round trip, msgpack gives lists back as tuples; :func:`to_graph` turns
them into lists.)

Everything is strings, numbers, lists and dicts, so ``DocBin(store_user_data=True)`` keeps
it. :func:`to_graph` builds the notice's graph from these alone. Token ``norm_`` holds the
normalized form (simplified characters, full-width punctuation) where it differs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import networkx as nx

from . import RELATIONS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

#: Span groups the pipeline writes and the labels of their spans.
SPAN_GROUPS: dict[str, tuple[str, ...]] = {
    "orgs": ("ORG",),
    "bodies": ("OFFICE", "GROUP", "COMMITTEE"),
    "people": ("PERSON",),
    "mechanisms": ("MECHANISM",),
    "duties": ("DUTY",),
    "diseases": ("DISEASE",),
    "deadlines": ("DEADLINE",),
    "lines": ("HEADING", "ITEM", "PARA", "NOISE"),
}

#: Doc extensions (name -> default); values are plain data (DocBin serializable).
EXTENSIONS: dict[str, Any] = {"entities": None, "relations": None, "meta": None, "doc_name": None}

DEFAULT_DOC_NAME = "<notice>"
_LIST_ATTRS = ("aliases", "docs", "classes", "span")


def register_extensions() -> None:
    """Register the ``doc._`` extensions (idempotent). Importing :mod:`extractor` does this
    as soon as spaCy is imported, so a DocBin can be read back in any process."""
    from spacy.tokens import Doc

    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def to_graph(doc: Doc, doc_name: str | None = None, *, text: str | None = None) -> nx.MultiDiGraph:
    """The notice's knowledge graph, from the Doc's entities, relations and metadata only
    (never a node that is not in ``doc._.entities``). ``doc_name`` (default
    ``doc._.doc_name``) names the notice in ids, ``docs`` and edge keys. ``text`` may
    pass ``doc.text`` when the caller has it (spaCy rebuilds it token by token)."""
    nodes, edges = _findings(doc, doc_name, text)
    g = nx.MultiDiGraph()
    g.add_nodes_from(nodes)
    add_edge = g.add_edge
    for head, tail, key, attrs in edges:
        add_edge(head, tail, key, **attrs)
    return g


def to_node_link_data(doc: Doc, doc_name: str | None = None, *, text: str | None = None) -> dict[str, Any]:
    """``extractor.graph.to_node_link(to_graph(doc, doc_name, text=text))``, made without the
    networkx graph (what a build's worker stores and ships: the same dicts, keys in the same
    order): nodes in the order of the findings; edges grouped by source in node order, then
    by target in the order each first follows that source, then by key; an edge written
    twice with one key is one edge, its attributes updated (as ``MultiDiGraph.add_edge``)."""
    from . import SCHEMA_VERSION

    found, edges = _findings(doc, doc_name, text)
    nodes: dict[str, dict[str, Any]] = {}
    for nid, data in found:  # (an id given twice is one node, its attributes updated)
        if nid in nodes:
            nodes[nid].update(data)
        else:
            nodes[nid] = dict(data)
    # source -> target -> key -> attributes, in insertion order (networkx's adjacency)
    adj: dict[str, dict[str, dict[str, dict[str, Any]]]] = {nid: {} for nid in nodes}
    for head, tail, key, attrs in edges:
        by_key = adj[head].setdefault(tail, {})
        have = by_key.get(key)
        if have is None:
            by_key[key] = dict(attrs)
        else:
            have.update(attrs)
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"schema": SCHEMA_VERSION},
        "nodes": [{**data, "id": nid} for nid, data in nodes.items()],
        "edges": [{**d, "source": u, "target": v, "key": k}
                  for u, targets in adj.items() for v, by_key in targets.items() for k, d in by_key.items()],
    }


def _findings(doc: Doc, doc_name: str | None, text: str | None,
              ) -> tuple[list[tuple[str, dict[str, Any]]], list[tuple[str, str, str, dict[str, Any]]]]:
    """(nodes as (id, attributes), edges as (head, tail, key, attributes)) of :func:`to_graph`,
    in the order it adds them (checked as it checks them)."""
    register_extensions()
    entities = doc._.entities
    relations = doc._.relations
    if entities is None or relations is None:
        raise ValueError("the Doc carries no findings: make it with extractor.load()(text)")
    old = doc._.doc_name or DEFAULT_DOC_NAME
    name = doc_name or old
    rename = _renamer(old, name)
    meta = doc._.meta or {}
    if text is None:
        text = doc.text
    renamed = name != old
    nodes = []
    for nid, attrs in entities.items():
        data = dict(attrs)
        for k in _LIST_ATTRS:  # fresh lists (a DocBin gives tuples back)
            v = data.get(k)
            if v is not None:
                data[k] = list(v)
        if data["type"] == "document":
            data["name"] = meta.get("title") or name
        if renamed:
            data["docs"] = [name]
            if data["type"] == "duty":
                data["doc"] = name
            nid = rename(nid)
        nodes.append((nid, data))
    known = {nid for nid, _ in nodes}
    edges = []
    for rel in relations:
        head, tail, relation = rel["head"], rel["tail"], rel["relation"]
        if renamed:
            head, tail = rename(head), rename(tail)
        if head not in known or tail not in known:
            raise ValueError(f"relation {relation} between unknown entities {head} -> {tail}")
        if relation not in RELATIONS:
            raise ValueError(f"unknown relation {relation!r}")
        s, e = rel["span"]
        edges.append((head, tail, f"{relation}@{name}",
                      dict(relation=relation, doc=name, evidence=text[s:e], span=[s, e], **rel["attrs"])))
    return nodes, edges


def _renamer(old: str, new: str):
    """Node ids of one notice under another name (``doc:`` and ``duty:…#`` ids)."""
    if old == new:
        return lambda nid: nid
    doc_old, duty_old = f"doc:{old}", f"duty:{old}#"

    def rename(nid: str) -> str:
        if nid == doc_old:
            return f"doc:{new}"
        if nid.startswith(duty_old):
            return f"duty:{new}#{nid[len(duty_old):]}"
        return nid

    return rename


# --- writing the findings (the last pipeline component) --------------------------------


def write_findings(doc: Doc, norm: Any, findings: Any, doc_name: str, meta: dict[str, Any],
                   spans: bool = True) -> Doc:
    """A Doc over the same (original) text whose tokens are cut at every finding's
    boundaries, with the span groups, ``norm_`` of normalized tokens and the extensions of
    the module doc set. ``norm`` is the notice's ``NormText``; ``findings`` its
    ``assemble.Findings`` (spans in normalized offsets). ``spans=False`` sets the
    extensions only (the graph needs nothing else)."""
    import numpy as np
    from spacy.attrs import IDX
    from spacy.tokens import Span, SpanGroup

    register_extensions()
    doc._.entities = findings.entities
    doc._.relations = findings.relations
    doc._.meta = dict(meta)
    doc._.doc_name = doc_name
    if not spans:
        return doc
    orig = norm.orig_span
    records = [(group, label, *orig(s, e), _storable(kb)) for group, label, s, e, kb in findings.spans]
    new = _cut_at(doc, norm.original, records)
    if new is not doc:
        for name in EXTENSIONS:
            new._.set(name, doc._.get(name))
        doc = new
    _set_norms(doc, norm)
    groups: dict[str, list] = {g: [] for g in SPAN_GROUPS}
    if records:
        starts = doc.to_array(IDX).astype(np.int64)
        first = np.searchsorted(starts, [s for _g, _l, s, _e, _k in records]).tolist()
        after = np.searchsorted(starts, [e for _g, _l, _s, e, _k in records]).tolist()
        n = len(starts)
        for (group, label, s, e, kb), i, j in zip(records, first, after, strict=True):
            if i < n and starts[i] == s:
                sp: Span | None = Span(doc, i, j, label=label, kb_id=kb)
            else:  # not at a token start (cannot happen after _cut_at): widen to tokens
                sp = doc.char_span(s, e, label=label, kb_id=kb, alignment_mode="expand")
            if sp is not None:
                groups.setdefault(group, []).append(sp)
    for group, items in groups.items():
        doc.spans[group] = SpanGroup(doc, name=group, spans=items)
    return doc


def _storable(text: str) -> str:
    """``text`` as spaCy's StringStore can hold it: a file name read under a C locale
    carries surrogate escapes (its bytes are not UTF-8); those become U+FFFD."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text


def _token_ends(doc: Doc, n: int) -> tuple[Any, Any, Any]:
    """Token starts, ends and trailing-space flags of a Doc over a text of length ``n``."""
    import numpy as np
    from spacy.attrs import IDX, SPACY

    idx = doc.to_array(IDX).astype(np.int64)
    trailing = doc.to_array(SPACY).astype(bool)
    return idx, np.append(idx[1:], n) - trailing, trailing


def token_bounds(doc: Doc, n: int) -> Any:
    """A boolean array over ``0..n``: True where a token of the Doc starts or ends."""
    import numpy as np

    out = np.zeros(n + 1, dtype=bool)
    if len(doc):
        idx, ends, _trailing = _token_ends(doc, n)
        out[idx] = True
        out[ends] = True
    out[n] = True
    return out


def _cut_at(doc: Doc, text: str, spans: list[tuple[str, str, int, int, str]]) -> Doc:
    """``doc`` itself if every span starts and ends at a token boundary, else a new Doc of
    the same ``text`` with its tokens cut there too (one Doc construction, linear time)."""
    import numpy as np
    from spacy.tokens import Doc as _Doc

    if not spans or not len(doc):
        return doc
    n = len(text)
    idx, ends, trailing = _token_ends(doc, n)
    span_starts = np.array([s for _g, _l, s, _e, _k in spans], dtype=np.int64)
    span_ends = np.array([e for _g, _l, _s, e, _k in spans], dtype=np.int64)
    is_bound = np.zeros(n + 1, dtype=bool)
    is_bound[idx] = True
    is_bound[ends] = True
    is_bound[n] = True
    if is_bound[span_starts].all() and is_bound[span_ends].all():
        return doc
    is_bound[span_starts] = True
    is_bound[span_ends] = True
    is_bound[0] = True
    cuts = np.flatnonzero(is_bound)
    a, b = cuts[:-1], cuts[1:]
    # a single space after a word stays that word's trailing whitespace unless a span
    # starts at it or ends after it
    space_after = np.zeros(n + 1, dtype=bool)
    space_after[ends[trailing]] = True
    span_start = np.zeros(n + 1, dtype=bool)
    span_start[span_starts] = True
    span_end = np.zeros(n + 1, dtype=bool)
    span_end[span_ends] = True
    is_trailing = space_after[a] & (b - a == 1) & ~span_start[a] & ~span_end[b]
    is_trailing[0] = False
    keep = ~is_trailing
    spaces = np.zeros(len(a), dtype=bool)
    spaces[:-1] = is_trailing[1:]
    starts, stops = a[keep].tolist(), b[keep].tolist()
    words = [text[x:y] for x, y in zip(starts, stops, strict=True)]
    new = _Doc(doc.vocab, words=words, spaces=spaces[keep].tolist())
    new.user_data.update(doc.user_data)
    return new


def _set_norms(doc: Doc, norm: Any) -> None:
    """``token.norm_`` = the normalized text of tokens that normalization changed."""
    import numpy as np
    from spacy.attrs import IDX, LENGTH

    text, original, offsets = norm.text, norm.original, norm.offsets
    if text == original:
        return
    offs = np.asarray(offsets, dtype=np.int64)
    norm_cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    orig_cp = np.frombuffer(original.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    changed = np.zeros(len(original) + 1, dtype=bool)
    if len(offs):
        changed[offs[orig_cp[offs] != norm_cp]] = True
        kept = np.zeros(len(original), dtype=bool)
        kept[offs] = True
        changed[:-1] |= ~kept  # dropped characters
    if not changed.any():
        return
    arr = doc.to_array([IDX, LENGTH])
    starts, lengths = arr[:, 0], arr[:, 1]
    cum = np.concatenate([[0], np.cumsum(changed[:-1])])
    touched = np.nonzero(cum[starts + lengths] - cum[starts])[0]
    for i in touched.tolist():
        tok = doc[i]
        a = int(np.searchsorted(offs, tok.idx))
        b = int(np.searchsorted(offs, tok.idx + len(tok)))
        piece = text[a:b]
        if piece and piece != tok.text:
            tok.norm_ = piece
