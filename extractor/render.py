"""Render the graph as one self-contained, offline HTML page (vis-network via pyvis).

The page inlines vis-network (the copy pyvis ships in its package folder) and our own
template, so it opens from ``file://`` and makes no request to any other host. Every
string that comes from a notice reaches the page only as JSON data (``<``, ``>`` and
``&`` escaped), as HTML-escaped template text, or as a plain-text tooltip (vis-network
sets string titles with ``innerText``); the page's own script only ever uses
``textContent``.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import NotFoundError, PolicyKGError
from .graph import atomic_write_text, load

# Node look by type: colour, vis shape, legend label.
STYLE: dict[str, dict[str, Any]] = {
    "mechanism": {"color": "#d62728", "shape": "diamond", "size": 34, "label": "机制 mechanism"},
    "organization": {"color": "#1f77b4", "shape": "dot", "size": 18, "label": "单位 organization"},
    "person": {"color": "#2ca02c", "shape": "triangle", "size": 14, "label": "人员 person"},
    "duty": {"color": "#f2b134", "shape": "box", "size": 12, "label": "职责 duty"},
    "disease": {"color": "#9467bd", "shape": "hexagon", "size": 18, "label": "疾病 disease"},
    "document": {"color": "#7f7f7f", "shape": "square", "size": 16, "label": "文件 document"},
}
BRIDGE_STYLE: dict[str, Any] = {"color": "#17becf", "shape": "star", "size": 26, "label": "共有部门类别 shared kind"}
ONLY_STYLE: dict[str, Any] = {"color": "#b0b0b0", "label": "仅一方 only in one"}
EDGE_COLORS = {
    "responsible_for": "#e07b00",
    "concerns": "#9467bd",
    "member_unit_of": "#8fa8c8",
    "mentions": "#c9b3e0",
    "in_class": "#c9b3e0",
}
COLLECTIVE_COLOR = "#9ecae1"


def _group(color: str) -> dict[str, Any]:
    """A vis-network group: the colour in every state (no shape: a group's shape would
    override the node's own, e.g. the compare page's boxes)."""
    return {"color": {"background": color, "border": color, "highlight": {"background": color, "border": "#222222"},
                      "hover": {"background": color, "border": "#222222"}}}


def vis_groups() -> dict[str, dict[str, Any]]:
    """Colours (and shapes) per node type, set as vis-network groups.

    Nodes carry ``group=<type>`` and no colour of their own: vis-network re-applies a
    node's group on every DataSet update (a filter hiding it, a label change), and a
    group it does not know gets a colour from its default palette, so the colours live
    here, once, and the legend stays true.
    """
    groups = {t: _group(st["color"]) for t, st in STYLE.items()}
    groups["collective"] = _group(COLLECTIVE_COLOR)
    groups["kind"] = _group(str(BRIDGE_STYLE["color"]))
    groups["only"] = _group(str(ONLY_STYLE["color"]))
    groups["heading"] = _group("#ffffff")
    return groups


#: How a responsible_for edge is drawn, by its role (None: the notice names no role);
#: the page's edges and its legend both come from here, so the legend cannot lie.
ROLE_EDGE_STYLE: dict[str | None, dict[str, Any]] = {
    None: {"width": 1, "dashes": False},
    "lead": {"width": 3, "dashes": False},
    "support": {"width": 1, "dashes": True},
}
LEGEND_DASH = "4,3"  # the legend's picture of a dashed edge

# Edge styles in the legend: (label, colour, width, dashed).
EDGE_LEGEND = [
    {"label": label, "color": EDGE_COLORS["responsible_for"], "width": ROLE_EDGE_STYLE[role]["width"],
     "dash": LEGEND_DASH if ROLE_EDGE_STYLE[role]["dashes"] else "", "role": role or ""}
    for label, role in (("负责 responsible", None), ("牵头 lead", "lead"), ("配合 support", "support"))
] + [
    {"label": "成员单位 member unit", "color": EDGE_COLORS["member_unit_of"], "width": 1, "dash": ""},
    {"label": "涉及疾病 concerns", "color": EDGE_COLORS["concerns"], "width": 1, "dash": ""},
]
TYPE_ORDER = ("mechanism", "organization", "person", "duty", "disease", "document")

# Chinese first on every platform: Windows, macOS, common Linux fonts, then generic.
CJK_FONTS = (
    '"Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", '
    '"Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback", sans-serif'
)

# Measured in headless Chromium (see README "Large graphs"): above these sizes the
# physics simulation takes too long to settle, so render draws a static layout instead.
PHYSICS_MAX_NODES = 1000
PHYSICS_MAX_EDGES = 2000
# Above this size even a static page is sluggish to pan and zoom (>0.2 s a frame): warn.
WARN_NODES = 3000
# Above this size the first view is an overview: mechanisms, bodies and notices, with
# each body's duties folded into a count on its label (unfolded on click); people,
# duties and diseases come back with their legend boxes.
FOLD_MIN_NODES = 150
FOLDED_TYPES = ("person", "duty", "disease")

RANDOM_SEED = 7
STABILIZE_ITERATIONS = 300
IMPROVED_LAYOUT_MAX = 300  # vis's clustering initial layout: better, but slow past this
ORG_LABEL_MAX = 10
DUTY_LABEL_MAX = 12
MECH_LABEL_MAX = 16

RELATION_LABELS = {
    "establishes": "设立 establishes",
    "issued_by": "印发 issued by",
    "member_unit_of": "成员单位 member unit of",
    "convener_of": "召集人 convener of",
    "deputy_convener_of": "副召集人 deputy convener of",
    "member_of": "成员 member of",
    "liaison_of": "联络员 liaison of",
    "leader_of": "组长 leader of",
    "deputy_leader_of": "副组长 deputy leader of",
    "convener_unit_of": "召集单位 convener unit of",
    "deputy_convener_unit_of": "副召集单位 deputy convener unit of",
    "leader_unit_of": "组长单位 leader unit of",
    "deputy_leader_unit_of": "副组长单位 deputy leader unit of",
    "holds_post": "任职 holds post",
    "office_of": "办公室 office of",
    "hosted_by": "设在 hosted by",
    "part_of": "下设 part of",
    "responsible_for": "负责 responsible for",
    "concerns": "涉及 concerns",
    "mentions": "提及 mentions",
    "in_class": "属于 in class",
}


# --- labels and tooltips ------------------------------------------------------------


def _shorten(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _place_of(name: str, places: Iterable[str]) -> str:
    """The longest known place name that ``name`` starts with ('' if none)."""
    best = ""
    for place in places:
        if place and name.startswith(place) and len(place) > len(best):
            best = place
    return best


def mechanism_label(data: dict[str, Any], places: Iterable[str] = ()) -> str:
    """A mechanism's name as drawn and listed: the full name when it fits, else place +
    short name (``昌吉市·联席会议``), so two mechanisms of the same short name differ."""
    name = " ".join(str(data.get("name") or "").split())
    if len(name) <= MECH_LABEL_MAX:
        return name
    short = str(data.get("short") or "")
    place = _place_of(name, places)
    if short and short != name:
        return f"{place}·{short}" if place else _shorten(name, MECH_LABEL_MAX)
    return _shorten(name, MECH_LABEL_MAX)


def page_labels(g: nx.MultiDiGraph) -> dict[str, str]:
    """Canvas labels for every node of ``g``: short where unambiguous, with the place
    where two bodies (or two mechanisms) would otherwise carry the same label."""
    places = {str(d["locality"]) for _n, d in g.nodes(data=True) if d.get("locality")}
    labels: dict[str, str] = {}
    for n, d in g.nodes(data=True):
        if d.get("type") == "mechanism":
            labels[n] = mechanism_label(d, places)
        else:
            labels[n] = short_label(d)
    seen: dict[tuple[Any, str], list[str]] = defaultdict(list)
    for n, d in g.nodes(data=True):
        if d.get("type") in ("organization", "mechanism"):
            seen[(d.get("type"), labels[n])].append(n)
    for (ntype, _label), ids in seen.items():
        if len(ids) < 2:
            continue
        for n in ids:
            name = " ".join(str(g.nodes[n].get("name") or n).split())
            limit = ORG_LABEL_MAX + 6 if ntype == "organization" else 2 * MECH_LABEL_MAX
            labels[n] = _shorten(name, limit)
    return labels


def short_label(data: dict[str, Any]) -> str:
    """The label drawn on the canvas: short org names, shortened duty texts."""
    ntype = data.get("type")
    name = str(data.get("name") or "")
    if ntype == "duty":
        return _shorten(data.get("text") or name, DUTY_LABEL_MAX)
    if ntype == "organization":
        loc = data.get("locality") or ""
        if loc and name.startswith(loc) and len(name) - len(loc) >= 2:
            name = name[len(loc) :]
        return _shorten(name, ORG_LABEL_MAX)
    if ntype == "mechanism":
        return _shorten(data.get("short") or name, MECH_LABEL_MAX)
    if ntype == "document":
        return _shorten(data.get("number") or data.get("title") or name, MECH_LABEL_MAX)
    return _shorten(name, MECH_LABEL_MAX)


def _docs(data: dict[str, Any]) -> str:
    return "、".join(str(d) for d in data.get("docs") or [])


def node_tooltip(g: nx.MultiDiGraph, nid: str) -> str:
    """Plain-text tooltip: full name or duty text, attributes, evidence and notice."""
    data = g.nodes[nid]
    ntype = data.get("type", "")
    lines = [f"[{STYLE.get(ntype, {}).get('label', ntype)}]"]
    if ntype == "duty":
        lines.append(str(data.get("text") or data.get("name") or ""))
        if data.get("deadline"):
            lines.append(f"时限 deadline: {data['deadline']}")
        for u, _v, ed in g.in_edges(nid, data=True):
            if ed.get("relation") == "responsible_for":
                role = {"lead": "牵头", "support": "配合"}.get(ed.get("role") or "", "")
                lines.append(f"负责 {g.nodes[u].get('name', u)} {role}".rstrip())
        ev = _first_evidence(g, nid)
        if ev:
            lines.append(f"原文 evidence: {ev}")
        lines.append(f"文件 notice: {data.get('doc') or _docs(data)}")
        return "\n".join(lines)
    lines.append(str(data.get("name") or nid))
    if ntype == "document" and data.get("title"):
        lines.append(str(data["title"]))
    for key, label in (
        ("kind", "类别 kind"),
        ("locality", "地区 locality"),
        ("short", "简称 short"),
        ("number", "文号 number"),
        ("date", "日期 date"),
        ("category", "category"),
    ):
        if data.get(key):
            lines.append(f"{label}: {data[key]}")
    if data.get("aliases"):
        lines.append("别名 aliases: " + "、".join(map(str, data["aliases"])))
    if ntype in ("organization", "mechanism"):  # a mechanism: its own duties (its remit)
        lines.extend(_org_lines(g, nid))
    ev = _first_evidence(g, nid)
    if ev:
        lines.append(f"原文 evidence: {ev}")
    if data.get("docs"):
        lines.append(f"文件 notice: {_docs(data)}")
    return "\n".join(lines)


ROLE_LABELS = {"lead": "牵头 lead", "support": "配合 support"}
TOOLTIP_DUTIES_MAX = 12


def _org_lines(g: nx.MultiDiGraph, nid: str) -> list[str]:
    """An organization's mechanisms (with its part in them) and its duties (with roles); a
    mechanism's own duties."""
    lines: list[str] = []
    mechs = []
    for _u, v, ed in g.out_edges(nid, data=True):
        rel = ed.get("relation")
        if g.nodes[v].get("type") == "mechanism" and rel in _ORG_TO_MECH | {"hosted_by"}:
            mechs.append(f"  · {RELATION_LABELS.get(rel, rel)}: {g.nodes[v].get('name', v)}")
    for u, _v, ed in g.in_edges(nid, data=True):
        if ed.get("relation") == "hosted_by":
            mechs.append(f"  · {RELATION_LABELS['hosted_by']} ← {g.nodes[u].get('name', u)}")
    if mechs:
        lines.append(f"机制 mechanisms ({len(mechs)}):")
        lines.extend(dict.fromkeys(mechs))
    duties = []
    for _u, v, ed in g.out_edges(nid, data=True):
        if ed.get("relation") == "responsible_for" and g.nodes[v].get("type") == "duty":
            role = ROLE_LABELS.get(ed.get("role") or "", "负责")
            text = _shorten(g.nodes[v].get("text") or g.nodes[v].get("name") or v, 60)
            duties.append(f"  · [{role}] {text}")
    duties = list(dict.fromkeys(duties))
    if duties:
        lines.append(f"职责 duties ({len(duties)}):")
        lines.extend(duties[:TOOLTIP_DUTIES_MAX])
        if len(duties) > TOOLTIP_DUTIES_MAX:
            lines.append(f"  … 另有 {len(duties) - TOOLTIP_DUTIES_MAX} 项 more")
    return lines


def _first_evidence(g: nx.MultiDiGraph, nid: str) -> str:
    for _u, _v, ed in g.in_edges(nid, data=True):
        if ed.get("evidence"):
            return _shorten(ed["evidence"], 240)
    for _u, _v, ed in g.out_edges(nid, data=True):
        if ed.get("evidence"):
            return _shorten(ed["evidence"], 240)
    return ""


def edge_tooltip(data: dict[str, Any]) -> str:
    rel = data.get("relation", "")
    lines = [RELATION_LABELS.get(rel, rel)]
    if data.get("role"):
        lines[0] += f" ({data['role']})"
    if data.get("title"):
        lines.append(f"职务 title: {data['title']}")
    if data.get("evidence"):
        lines.append(f"原文 evidence: {data['evidence']}")
    span = data.get("span")
    where = f"{data.get('doc', '')}" + (f" [{span[0]}:{span[1]}]" if span else "")
    lines.append(f"文件 notice: {where}")
    return "\n".join(lines)


# --- filter tags: which mechanisms / kinds / diseases a node belongs to --------------

_PERSON_TO_MECH = {
    "convener_of",
    "deputy_convener_of",
    "member_of",
    "liaison_of",
    "leader_of",
    "deputy_leader_of",
}
_ORG_TO_MECH = {"member_unit_of", "convener_unit_of", "deputy_convener_unit_of", "leader_unit_of",
                "deputy_leader_unit_of", "office_of", "part_of"}


def node_tags(g: nx.MultiDiGraph) -> dict[str, dict[str, set[str]]]:
    """For each node the mechanisms, department kinds and diseases it is tied to."""
    tags: dict[str, dict[str, set[str]]] = {
        n: {"mech": set(), "kind": set(), "disease": set()} for n in g
    }
    typ = {n: d.get("type") for n, d in g.nodes(data=True)}
    for n, d in g.nodes(data=True):
        if typ[n] == "mechanism":
            tags[n]["mech"].add(n)
        elif typ[n] == "organization" and d.get("kind"):
            tags[n]["kind"].add(str(d["kind"]))
        elif typ[n] == "disease":
            tags[n]["disease"].add(n)
        elif typ[n] == "duty" and d.get("mechanism") in g:
            tags[n]["mech"].add(d["mechanism"])
    edges = list(g.edges(data=True))
    # Direct ties to a mechanism, a disease, a class.
    for u, v, d in edges:
        rel = d.get("relation")
        if typ.get(v) == "mechanism" and rel in _ORG_TO_MECH | _PERSON_TO_MECH | {"establishes"}:
            tags[u]["mech"].add(v)
        if rel == "establishes":
            tags[v]["mech"].add(v)
            tags[u]["mech"].add(v)
        if rel in ("concerns", "mentions"):
            tags[u]["disease"].add(v)
        if rel == "in_class":
            tags[u]["disease"].add(v)
            tags[v]["disease"].add(u)
    # Propagate along responsibility and posts: org <-> duty, person -> org.
    for u, v, d in edges:
        rel = d.get("relation")
        if rel == "responsible_for":
            tags[v]["kind"] |= tags[u]["kind"]
            tags[u]["disease"] |= tags[v]["disease"]
            if not tags[v]["mech"]:
                tags[v]["mech"] |= tags[u]["mech"]
        elif rel == "holds_post":
            tags[u]["kind"] |= tags[v]["kind"]
    for u, v, d in edges:
        rel = d.get("relation")
        if rel == "responsible_for" and typ.get(v) == "duty":
            for dis in list(tags[v]["disease"]):
                tags[dis]["kind"] |= tags[u]["kind"]
                tags[dis]["mech"] |= tags[v]["mech"]
        if typ.get(v) == "mechanism" and rel in _ORG_TO_MECH:
            tags[v]["kind"] |= tags[u]["kind"]
    for n in g:
        if typ[n] == "mechanism":
            for u, _v, d in g.in_edges(n, data=True):
                if d.get("relation") in _ORG_TO_MECH:
                    tags[n]["disease"] |= tags[u]["disease"]
    return tags


# --- choosing a subgraph ------------------------------------------------------------


def mechanism_scope(g: nx.MultiDiGraph, mech: str) -> set[str]:
    """A mechanism, its bodies, members, people, its duties and their orgs and diseases."""
    keep = {mech}
    keep |= set(g.predecessors(mech)) | set(g.successors(mech))
    duties = {n for n, d in g.nodes(data=True) if d.get("type") == "duty" and d.get("mechanism") == mech}
    keep |= duties
    for duty in duties:
        keep |= set(g.predecessors(duty)) | set(g.successors(duty))
    for org in [n for n in keep if g.nodes[n].get("type") == "organization"]:
        for u, _v, d in g.in_edges(org, data=True):
            if d.get("relation") == "holds_post":
                keep.add(u)
    return keep


def neighbourhood(g: nx.MultiDiGraph, seeds: Iterable[str], depth: int) -> set[str]:
    """Nodes within ``depth`` hops (edges in either direction) of ``seeds``."""
    und = g.to_undirected(as_view=True)
    keep: set[str] = set()
    for s in seeds:
        keep |= set(nx.single_source_shortest_path_length(und, s, cutoff=depth))
    return keep


def select(
    g: nx.MultiDiGraph,
    mechanism: str | None = None,
    org: str | None = None,
    disease: str | None = None,
    kind: str | None = None,
    depth: int = 1,
) -> nx.MultiDiGraph:
    """The subgraph the filters ask for (filters combine: a node must pass each one).

    Names are resolved as the query commands resolve them (exact, alias, prefix,
    substring, fuzzy); ``org`` may be a department word (公安) meaning every such body.
    When several filters are combined, the named nodes themselves (mechanism, bodies,
    disease) are added back wherever they touch what is kept, so the result stays
    connected (``--disease 艾滋病 --kind 教育``: the education bodies, their duties
    about AIDS, and AIDS).
    """
    from .query import resolve_orgs
    from .query.names import resolve

    if depth < 0:
        raise PolicyKGError(f"--depth must be 0 or more, not {depth}")
    scopes: list[set[str]] = []
    named: set[str] = set()
    if mechanism:
        m = resolve(g, mechanism, ["mechanism"], "mechanism")
        scope = mechanism_scope(g, m)
        scopes.append(neighbourhood(g, scope, depth - 1) if depth > 1 else scope)
        named.add(m)
    if org:
        orgs = resolve_orgs(g, org)[0]
        scopes.append(neighbourhood(g, orgs, depth))
        named.update(orgs)
    if disease:
        dis = resolve(g, disease, ["disease"], "disease")
        scopes.append(neighbourhood(g, [dis], depth))
        named.add(dis)
    if kind:
        orgs = [n for n, d in g.nodes(data=True) if d.get("type") == "organization" and d.get("kind") == kind]
        if not orgs:
            kinds = sorted({str(d["kind"]) for _n, d in g.nodes(data=True) if d.get("kind")})
            raise NotFoundError(f"no organization of kind {kind!r}; kinds in the graph: {'、'.join(kinds) or 'none'}")
        scopes.append(neighbourhood(g, orgs, depth))
        named.update(orgs)
    if not scopes:
        return g
    keep = set.intersection(*scopes)
    if len(scopes) > 1:
        und = g.to_undirected(as_view=True)
        keep |= {n for n in named if n in keep or any(nb in keep for nb in und.neighbors(n))}
    return _ordered_subgraph(g, keep)


def _ordered_subgraph(g: nx.MultiDiGraph, keep: set[str]) -> nx.MultiDiGraph:
    """Like ``g.subgraph(keep).copy()`` but in ``g``'s node and edge order.

    networkx's subgraph iterates the ``keep`` set, whose order changes with the hash
    seed of each Python run, and vis-network's seeded layout depends on node order.
    """
    h = nx.MultiDiGraph()
    h.graph.update(g.graph)
    h.add_nodes_from((n, dict(d)) for n, d in g.nodes(data=True) if n in keep)
    h.add_edges_from(
        (u, v, k, dict(d)) for u, v, k, d in g.edges(keys=True, data=True) if u in keep and v in keep
    )
    return h


# --- page data ----------------------------------------------------------------------


def _net_data(g: nx.MultiDiGraph, tags: dict[str, dict[str, set[str]]]) -> tuple[list, list]:
    """vis node and edge dicts, built with pyvis's Node/Edge model."""
    from pyvis.edge import Edge
    from pyvis.node import Node

    nodes = []
    labels = page_labels(g)
    for nid, d in g.nodes(data=True):
        ntype = d.get("type", "document")
        st = STYLE.get(ntype, STYLE["document"])
        group = ntype if ntype in STYLE else "document"
        if ntype == "organization" and d.get("collective"):
            group = "collective"
        full = str(d.get("text") or d.get("name") or nid)
        if ntype == "mechanism":
            full = " ".join(str(d.get("name") or nid).split())
        node = Node(
            nid,
            st["shape"],
            labels[nid],
            title=node_tooltip(g, nid),
            size=st["size"],
            group=group,
            ntype=ntype,
            full=full,
            mech=sorted(tags[nid]["mech"]),
            kind=sorted(tags[nid]["kind"]),
            disease=sorted(tags[nid]["disease"]),
        )
        if ntype == "duty":
            node.options["font"] = {"size": 14}
        elif ntype == "mechanism":
            node.options["font"] = {"size": 26, "strokeWidth": 4}
        nodes.append(node.options)
    edges = []
    for u, v, k, d in g.edges(keys=True, data=True):
        rel = d.get("relation", "")
        edge = Edge(
            u,
            v,
            directed=True,
            id=f"{u}|{v}|{k}",
            title=edge_tooltip(d),
            relation=rel,
            color={"color": EDGE_COLORS.get(rel, "#b8b8b8")},
            **_edge_style(rel, d.get("role")),
        )
        edges.append(edge.options)
    return nodes, edges


def _edge_style(relation: str, role: object) -> dict[str, Any]:
    if relation != "responsible_for":
        return dict(ROLE_EDGE_STYLE[None])
    return dict(ROLE_EDGE_STYLE.get(role if isinstance(role, str) else None, ROLE_EDGE_STYLE[None]))


def vis_options(physics: bool, improved_layout: bool, n_nodes: int = 0) -> dict[str, Any]:
    """vis-network options: seeded layout, settling physics, large CJK labels.

    Small graphs get longer springs (room for labels); big ones are pulled tighter so
    that the fitted view is not so far out that every label is a speck.
    """
    spring, gravity = (110, -90) if n_nodes <= 80 else (75, -60) if n_nodes <= 200 else (50, -40)
    return {
        "layout": {"randomSeed": RANDOM_SEED, "improvedLayout": improved_layout},
        "groups": vis_groups(),
        "nodes": {
            "font": {"face": CJK_FONTS, "size": 20, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
            "scaling": {"label": {"drawThreshold": 3, "maxVisible": 40}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": {"enabled": True, "type": "continuous"},
            "font": {"face": CJK_FONTS},
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": gravity,
                "centralGravity": 0.03,
                "springLength": spring,
                "springConstant": 0.08,
                "avoidOverlap": 0.4,
            },
            "stabilization": {"enabled": physics, "iterations": STABILIZE_ITERATIONS, "updateInterval": 100, "fit": True},
            "minVelocity": 1.0,
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False, "keyboard": False},
    }


def static_positions(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """A cheap deterministic layout for graphs too big for in-browser physics."""
    import math

    pos: dict[str, tuple[float, float]] = {}
    by_type: dict[str, list[str]] = defaultdict(list)
    for n, d in g.nodes(data=True):
        by_type[d.get("type", "document")].append(n)
    radius = 200.0
    for t in TYPE_ORDER + tuple(sorted(set(by_type) - set(TYPE_ORDER))):
        members = by_type.get(t, [])
        if not members:
            continue
        ring = max(radius, len(members) * 12.0 / (2 * math.pi))
        for i, n in enumerate(members):
            a = 2 * math.pi * i / len(members)
            pos[n] = (ring * math.cos(a), ring * math.sin(a))
        radius = ring + 250.0
    return pos


def _script_json(value: Any) -> str:
    """JSON safe to place inside <script>: no '<', '>', '&' or line separators raw."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


def _assets() -> dict[str, str]:
    import pyvis

    libs = Path(pyvis.__file__).resolve().parent / "lib"
    lib = libs / "vis-9.1.2"  # what pyvis 0.3.2 ships; otherwise the newest it has
    if not lib.is_dir():
        found = sorted(libs.glob("vis-*"), key=lambda p: [int(x) if x.isdigit() else 0 for x in p.name[4:].split(".")])
        lib = found[-1] if found else lib
    try:
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
    except OSError as err:
        raise PolicyKGError(f"pyvis's bundled vis-network is missing ({lib}): {err}") from None
    if "</script" in js.lower() or "</style" in css.lower():
        raise PolicyKGError("bundled vis-network cannot be inlined safely")
    return {"vis_js": js, "vis_css": css}


def _template(name: str):
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(
        loader=FileSystemLoader(str(Path(__file__).resolve().parent / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        keep_trailing_newline=True,
    )
    return env.get_template(name)


def _choices(g: nx.MultiDiGraph) -> dict[str, list[list[str]]]:
    mechs = [[n, " ".join(str(d.get("name") or n).split())] for n, d in g.nodes(data=True) if d.get("type") == "mechanism"]
    diseases = [[n, str(d.get("name", n))] for n, d in g.nodes(data=True) if d.get("type") == "disease"]
    kinds = sorted({str(d["kind"]) for _n, d in g.nodes(data=True) if d.get("kind")})
    return {"mech": mechs, "kind": [[k, k] for k in kinds], "disease": diseases}


def _legend(extra: Iterable[dict[str, Any]] = ()) -> list[dict[str, str]]:
    items = [{"type": t, "color": STYLE[t]["color"], "shape": STYLE[t]["shape"], "label": STYLE[t]["label"]} for t in TYPE_ORDER]
    items.extend(extra)
    return items


def render(
    graph: nx.MultiDiGraph | str | os.PathLike[str],
    path: str | os.PathLike[str],
    mechanism: str | None = None,
    org: str | None = None,
    disease: str | None = None,
    kind: str | None = None,
    depth: int = 1,
    compare: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """Write the interactive page to ``path`` and return a summary of what it holds.

    The summary has ``path``, ``nodes``, ``edges`` (as drawn), ``physics`` (bool: live
    physics in the browser), ``layout`` (``physics``; ``overview``: a folded page of more
    than FOLD_MIN_NODES laid out by :mod:`extractor.overview`; ``static``: past the physics
    limit) and ``warnings`` (list of strings); a compare page adds ``shared``, ``only_a``,
    ``only_b``.
    """
    g = load(graph) if isinstance(graph, (str, os.PathLike)) else graph
    out = Path(path)
    if compare:
        from .query import compare as compare_mechanisms

        return compare_page(compare_mechanisms(g, compare[0], compare[1]), out)
    sub = select(g, mechanism=mechanism, org=org, disease=disease, kind=kind, depth=depth)
    if sub.number_of_nodes() == 0:
        filtered = any((mechanism, org, disease, kind))
        raise NotFoundError("the filters leave no node to draw" if filtered else "the graph is empty: nothing to draw")
    return graph_page(sub, out, title=_page_title(mechanism, org, disease, kind))


def _page_title(*parts: str | None) -> str:
    chosen = [p for p in parts if p]
    return "policykg 图谱" + (" — " + " · ".join(chosen) if chosen else "")


def graph_page(g: nx.MultiDiGraph, out: Path, title: str) -> dict[str, Any]:
    """Draw every node and edge of ``g``: live physics for a small page, the overview's
    card layout (:mod:`extractor.overview`) for a folded one, a static layout when too big."""
    n_nodes, n_edges = g.number_of_nodes(), g.number_of_edges()
    warnings: list[str] = []
    physics = n_nodes <= PHYSICS_MAX_NODES and n_edges <= PHYSICS_MAX_EDGES
    layout = "physics" if physics else "static"  # or "overview", below
    nodes, edges = _net_data(g, node_tags(g))
    if not physics:
        warnings.append(
            f"{n_nodes} nodes / {n_edges} edges is too many for live physics in a browser "
            f"(limit {PHYSICS_MAX_NODES} nodes / {PHYSICS_MAX_EDGES} edges): drawn with physics "
            "off on a static layout; narrow it with --mechanism, --org, --disease or --kind"
        )
        pos = static_positions(g)
        for node in nodes:
            node["x"], node["y"] = (round(c, 1) for c in pos[node["id"]])
    if n_nodes > WARN_NODES:
        warnings.append(
            f"{n_nodes} nodes: the page will be slow to pan and zoom; "
            "use --mechanism, --org, --disease or --kind to draw a part"
        )
    fold = n_nodes > FOLD_MIN_NODES
    if fold:
        n_duties: defaultdict[str, int] = defaultdict(int)
        for u, v, d in g.edges(data=True):
            if d.get("relation") == "responsible_for" and g.nodes[v].get("type") == "duty":
                n_duties[u] += 1
        for node in nodes:
            if n_duties.get(node["id"]):
                node["nduties"] = n_duties[node["id"]]
    if fold and physics:  # an overview: laid out here, so that no two labels overlap
        from .overview import overview_positions

        pos = overview_positions(g, nodes, {n["ntype"] for n in nodes} - set(FOLDED_TYPES))
        for node in nodes:
            node["x"], node["y"] = pos[node["id"]]
        physics = False
        layout = "overview"
    summary = write_page(out, title, nodes, edges, physics, _choices(g), _legend(), warnings,
                         folded=list(FOLDED_TYPES) if fold else [])
    summary["layout"] = layout
    return summary


def write_page(
    out: Path,
    title: str,
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    physics: bool,
    choices: dict[str, list[list[str]]],
    legend: list[dict[str, str]],
    warnings: list[str],
    table: dict[str, Any] | None = None,
    focus: list[str] | None = None,
    folded: list[str] | None = None,
) -> dict[str, Any]:
    """Fill the template and write the page atomically as UTF-8.

    ``focus``: node ids the first view fits to (default: every node shown).
    ``folded``: node types hidden at first (an overview; their legend boxes unchecked,
    a body's duties unfolded by clicking it).
    """
    data = {
        "focus": focus or [],
        "folded": folded or [],
        "nodes": nodes,
        "edges": edges,
        "options": vis_options(physics, len(nodes) <= IMPROVED_LAYOUT_MAX, len(nodes)),
        "physics": physics,
        "choices": choices,
    }
    html = _template("graph.html.j2").render(
        title=title,
        data_json=_script_json(data),
        legend=legend,
        folded=folded or [],
        edge_legend=EDGE_LEGEND if not table else EDGE_LEGEND[:1],
        table=table,
        n_nodes=len(nodes),
        n_edges=len(edges),
        warnings=warnings,
        fonts=CJK_FONTS,
        **_assets(),
    )
    atomic_write_text(out, html)
    return {"path": str(out), "nodes": len(nodes), "edges": len(edges), "physics": physics, "warnings": warnings,
            "folded": folded or []}


# --- compare view -------------------------------------------------------------------

UNCLASSIFIED = "未分类 unclassified"
COL_X = {"a_duty": -980.0, "a_unit": -470.0, "kind": 0.0, "b_unit": 470.0, "b_duty": 980.0}
ROW_DY = 40.0
BLOCK_GAP = 150.0
WRAP_DX = 1150.0


def _mech_name(summary: dict[str, Any]) -> str:
    """The full name (two mechanisms may share a short name such as 联席会议)."""
    return " ".join(str(summary.get("name") or summary.get("short") or summary.get("id") or "?").split())


def compare_page(cmp: dict[str, Any], out: Path) -> dict[str, Any]:
    """Draw ``extractor.query.compare``'s result: A units | shared kinds | B units.

    Units whose kind both mechanisms have sit level with a bridge node for that kind;
    units only one mechanism has (and units of unknown kind) are grey, in a block of
    their own below. Duties hang off their unit on the outer columns. The page also
    holds the same comparison as a table (kind × mechanism, duty texts in cells).
    """
    a_sum, b_sum = cmp["a"], cmp["b"]
    a_id, b_id = str(a_sum.get("id") or "A"), str(b_sum.get("id") or "B")
    a_name, b_name = _mech_name(a_sum), _mech_name(b_sum)
    shared = list(cmp.get("shared") or [])
    rows = list(cmp.get("rows") or [])
    uncl = cmp.get("unclassified") or {}
    if uncl.get("a") or uncl.get("b"):
        rows.append({"kind": UNCLASSIFIED, "a": uncl.get("a") or [], "b": uncl.get("b") or []})
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    top = -2 * ROW_DY
    for side, mid, name, x in (("a", a_id, a_name, COL_X["a_unit"]), ("b", b_id, b_name, COL_X["b_unit"])):
        summary = a_sum if side == "a" else b_sum
        nodes.append(_fixed_node(f"{side}|{mid}", "mechanism", _shorten(name, MECH_LABEL_MAX), x, top - 60,
                                 f"[{STYLE['mechanism']['label']}]\n{summary.get('name', name)}", [mid], []))
    nodes.append(_fixed_node("heading|kinds", "kind", "共有部门类别 shared kinds", COL_X["kind"], top - 60,
                             "两个机制都有的部门类别 department kinds in both mechanisms", [a_id, b_id], [], shape="text"))

    def place_units(
        side: str, units: list[dict[str, Any]], kind: str, y0: float, grey: bool, shift: float = 0.0
    ) -> tuple[float, list[str]]:
        mech = a_id if side == "a" else b_id
        sign = -1.0 if side == "a" else 1.0
        ux, dx = COL_X[f"{side}_unit"] + sign * shift, COL_X[f"{side}_duty"] + sign * shift
        y, ids = y0, []
        for unit in units:
            duties = list(unit.get("duties") or [])
            span = max(1, len(duties))
            uid = f"{side}|{unit.get('id')}"
            tip = [f"[{STYLE['organization']['label']}]", str(unit.get("name", "")), f"类别 kind: {kind}",
                   f"机制 mechanism: {a_name if side == 'a' else b_name}"]
            if grey:
                tip.append("仅此一方有此类别 kind only in this mechanism")
            label = _shorten(str(unit.get("name", "")), ORG_LABEL_MAX + 4)
            node = _fixed_node(uid, "only" if grey else "organization", label, ux, y + (span - 1) * ROW_DY / 2,
                               "\n".join(tip), [mech], [kind])
            nodes.append(node)
            ids.append(uid)
            for i, text in enumerate(duties):
                did = f"{uid}|duty{i}"
                nodes.append(_fixed_node(did, "duty", _shorten(text, DUTY_LABEL_MAX), dx, y + i * ROW_DY,
                                         f"[{STYLE['duty']['label']}]\n{text}\n负责 {unit.get('name', '')}",
                                         [mech], [kind], full=text))
                edges.append(_edge(uid, did, "responsible_for", f"{unit.get('name', '')} 负责 responsible for\n{text}"))
            y += span * ROW_DY
        return y, ids

    y = 0.0
    table_rows = []
    for row in rows:
        kind = str(row.get("kind") or UNCLASSIFIED)
        is_shared = kind in shared
        table_rows.append({"kind": kind, "shared": is_shared, "a": row.get("a") or [], "b": row.get("b") or []})
        if not is_shared:
            continue
        ya, a_ids = place_units("a", row.get("a") or [], kind, y, False)
        yb, b_ids = place_units("b", row.get("b") or [], kind, y, False)
        bottom = max(ya, yb, y + ROW_DY)
        kid = f"kind|{kind}"
        nodes.append(_fixed_node(kid, "kind", kind, COL_X["kind"], (y + bottom - ROW_DY) / 2,
                                 f"[{BRIDGE_STYLE['label']}]\n{kind}\n{a_name}: {len(a_ids)} · {b_name}: {len(b_ids)}",
                                 [a_id, b_id], [kind]))
        for uid in a_ids + b_ids:
            edges.append(_edge(uid, kid, "bridge", f"类别 kind: {kind}"))
        y = bottom + ROW_DY / 2
    y += BLOCK_GAP
    for side, name, x in (("a", a_name, COL_X["a_unit"]), ("b", b_name, COL_X["b_unit"])):
        nodes.append(_fixed_node(f"heading|only_{side}", "only", f"仅 {_shorten(name, 10)} only", x, y - 70,
                                 f"只在 {name} 中的部门类别 kinds only in this mechanism",
                                 [a_id if side == "a" else b_id], [], shape="text"))
    # Units only one side has: below the shared block, wrapping outwards in columns so
    # the drawing stays about as wide as it is tall.
    col_height = max(y, 10 * ROW_DY)
    cursor = {"a": [y, 0.0], "b": [y, 0.0]}
    for row in rows:
        kind = str(row.get("kind") or UNCLASSIFIED)
        if kind in shared:
            continue
        for side in ("a", "b"):
            units = row.get(side) or []
            if not units:
                continue
            need = sum(max(1, len(u.get("duties") or [])) for u in units) * ROW_DY
            if cursor[side][0] > y and cursor[side][0] + need > y + col_height:
                cursor[side] = [y, cursor[side][1] + WRAP_DX]
            cursor[side][0], _ids = place_units(side, units, kind, cursor[side][0], True, cursor[side][1])
    table = {"a_name": a_name, "b_name": b_name, "rows": table_rows}
    legend = _legend()
    legend = [{**i, "shape": "box"} if i["type"] == "organization" else i for i in legend
              if i["type"] in ("mechanism", "organization", "duty")]
    legend.append({"type": "kind", "label": BRIDGE_STYLE["label"], "color": BRIDGE_STYLE["color"], "shape": "star"})
    legend.append({"type": "only", "label": ONLY_STYLE["label"], "color": ONLY_STYLE["color"], "shape": "box"})
    kinds = sorted({str(r.get("kind") or UNCLASSIFIED) for r in rows})
    choices = {"mech": [[a_id, a_name], [b_id, b_name]], "kind": [[k, k] for k in kinds], "disease": []}
    # First view: the two mechanisms and the shared block, big enough to read.
    focus = [n["id"] for n in nodes if n["ntype"] in ("mechanism", "organization", "kind")
             or (n["ntype"] == "duty" and n["y"] < y - BLOCK_GAP)]
    summary = write_page(out, f"对比 compare: {a_name} ⇄ {b_name}", nodes, edges, False, choices, legend, [],
                         table, focus)
    summary.update(shared=shared, only_a=list(cmp.get("only_a") or []), only_b=list(cmp.get("only_b") or []))
    return summary


def _fixed_node(
    nid: str,
    ntype: str,
    label: str,
    x: float,
    y: float,
    title: str,
    mech: list[str],
    kind: list[str],
    shape: str | None = None,
    full: str | None = None,
) -> dict[str, Any]:
    st = {"kind": BRIDGE_STYLE, "only": {**STYLE["organization"], **ONLY_STYLE, "size": 12}}.get(ntype)
    if st is None:
        st = {**STYLE[ntype], "size": 12} if ntype == "organization" else STYLE[ntype]
    node = {
        "id": nid,
        "label": label,
        "title": title,
        "shape": shape or st["shape"],
        "group": "heading" if shape == "text" else ntype,
        "size": st["size"],
        "x": round(x, 1),
        "y": round(y, 1),
        "ntype": ntype,
        "full": full or label,
        "mech": mech,
        "kind": kind,
        "disease": [],
    }
    if ntype == "duty":
        node["font"] = {"size": 18}
    elif ntype in ("organization", "only") and shape is None:  # label inside a box: compact rows
        node["shape"] = "box"
        node["font"] = {"size": 22, "strokeWidth": 0, "color": "#ffffff" if ntype == "organization" else "#222222"}
    elif ntype in ("kind", "mechanism"):
        node["font"] = {"size": 28, "strokeWidth": 4}
    if shape == "text":
        node["font"] = {"size": 22, "color": "#444"}
    return node


def _edge(u: str, v: str, relation: str, title: str) -> dict[str, Any]:
    return {
        "id": f"{u}|{v}|{relation}",
        "from": u,
        "to": v,
        "title": title,
        "relation": relation,
        "arrows": "to" if relation == "responsible_for" else "",
        "color": {"color": BRIDGE_STYLE["color"] if relation == "bridge" else EDGE_COLORS["responsible_for"]},
        "width": 2 if relation == "bridge" else 1,
        "smooth": False,
    }


# --- responsibility matrix ------------------------------------------------------------

UNKNOWN_KIND = "未分类 unclassified"
#: The matrix's group of a mechanism's own duties (its remit), first.
MECHANISM_KIND = "机制本身 the mechanism itself"


def matrix_rows(
    g: nx.MultiDiGraph,
    mechanism: str | None = None,
    org: str | None = None,
    disease: str | None = None,
    kind: str | None = None,
    place: str | None = None,
) -> list[dict[str, Any]]:
    """Who is responsible for what in a selection: one row per (body, duty), with role,
    deadline, evidence, mechanism and notice. Filters combine (a row passes each):
    ``mechanism`` (the duty's), ``org`` (a body or a kind word, as the queries read it),
    ``disease`` (duties concerning it, or a disease of that class), ``kind`` (the body's
    department kind), ``place`` (the body's locality, or its name starting with it)."""
    from .query import duty_mechanism, resolve_orgs
    from .query.names import resolve

    mech = resolve(g, mechanism, ["mechanism"], "mechanism") if mechanism else None
    orgs = set(resolve_orgs(g, org)[0]) if org else None
    targets: set[str] | None = None
    if disease:
        dis = resolve(g, disease, ["disease"], "disease")
        name = g.nodes[dis].get("name")
        targets = {dis} | {u for u, _v, d in g.in_edges(dis, data=True) if d.get("relation") == "in_class"}
        targets |= {n for n, d in g.nodes(data=True) if d.get("type") == "disease" and name in (d.get("classes") or [])}
    if kind and not any(d.get("kind") == kind for _n, d in g.nodes(data=True)):
        kinds = sorted({str(d["kind"]) for _n, d in g.nodes(data=True) if d.get("kind")})
        raise NotFoundError(f"no organization of kind {kind!r}; kinds in the graph: {'、'.join(kinds) or 'none'}")
    rows = []
    for u, v, d in g.edges(data=True):
        if d.get("relation") != "responsible_for" or g.nodes[v].get("type") != "duty":
            continue
        body, duty = g.nodes[u], g.nodes[v]
        if orgs is not None and u not in orgs:
            continue
        if kind and body.get("kind") != kind:
            continue
        if place and body.get("locality") != place and not str(body.get("name") or "").startswith(place):
            continue
        m = duty_mechanism(g, v)
        if mech and m != mech:
            continue
        if targets is not None and not any(
            t in targets for _x, t, e in g.out_edges(v, data=True) if e.get("relation") == "concerns"
        ):
            continue
        rows.append({
            "kind": MECHANISM_KIND if body.get("type") == "mechanism" else str(body.get("kind") or UNKNOWN_KIND),
            "org_id": u,
            "organization": str(body.get("name") or u),
            "duty_id": v,
            "duty": str(duty.get("text") or duty.get("name") or v),
            "role": d.get("role") or "",
            "deadline": duty.get("deadline") or "",
            "evidence": d.get("evidence") or "",
            "mechanism": str(g.nodes[m].get("name") or m) if m else "",
            "notice": duty.get("doc") or d.get("doc") or "",
        })
    if not rows:
        raise NotFoundError("no duty in this selection: nothing to put in a matrix")
    rows.sort(key=lambda r: (r["kind"] != MECHANISM_KIND, r["kind"] == UNKNOWN_KIND, r["kind"], r["organization"],
                             r["mechanism"], r["notice"], _span_of(g, r["duty_id"])))
    return rows


def _span_of(g: nx.MultiDiGraph, duty: str) -> int:
    span = g.nodes[duty].get("span") or [0]
    return int(span[0]) if span else 0


def matrix_page(rows: list[dict[str, Any]], out: Path, title: str) -> dict[str, Any]:
    """The responsibility matrix as one self-contained page: bodies grouped by kind down
    the side, their duties with role and deadline, the evidence sentence on hover."""
    groups: list[dict[str, Any]] = []
    for r in rows:
        if not groups or groups[-1]["kind"] != r["kind"]:
            groups.append({"kind": r["kind"], "bodies": []})
        bodies = groups[-1]["bodies"]
        if not bodies or bodies[-1]["id"] != r["org_id"]:
            bodies.append({"id": r["org_id"], "name": r["organization"], "duties": []})
        bodies[-1]["duties"].append({**r, "role_label": ROLE_LABELS.get(r["role"], "")})
    for grp in groups:
        grp["span"] = sum(len(b["duties"]) for b in grp["bodies"])
    n_bodies = len({r["org_id"] for r in rows})
    html = _template("matrix.html.j2").render(title=title, groups=groups, n_rows=len(rows), n_bodies=n_bodies,
                                               n_kinds=len(groups), fonts=CJK_FONTS)
    atomic_write_text(out, html)
    return {"path": str(out), "rows": len(rows), "bodies": n_bodies, "kinds": len(groups), "warnings": []}


def render_matrix(
    graph: nx.MultiDiGraph | str | os.PathLike[str],
    path: str | os.PathLike[str],
    mechanism: str | None = None,
    org: str | None = None,
    disease: str | None = None,
    kind: str | None = None,
    place: str | None = None,
) -> dict[str, Any]:
    """Write the responsibility matrix of a selection (see :func:`matrix_rows`)."""
    g = load(graph) if isinstance(graph, (str, os.PathLike)) else graph
    rows = matrix_rows(g, mechanism=mechanism, org=org, disease=disease, kind=kind, place=place)
    title = "责任矩阵 responsibility matrix" + (
        " — " + " · ".join(p for p in (mechanism, org, disease, kind, place) if p) if any(
            (mechanism, org, disease, kind, place)) else "")
    return matrix_page(rows, Path(path), title)
