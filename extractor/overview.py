"""Where the nodes of an overview page go: one card per mechanism (or notice), no two
labels on top of each other.

A big page opens as an overview (``render.FOLD_MIN_NODES``): mechanisms, bodies and
notices shown, people, duties and diseases folded. Live physics piles the labels of a
large cluster (the 29 member units of a 联席会议) onto each other and onto the
mechanism's name, so the overview is laid out here instead, deterministically:

* each mechanism is the hub of a *card*: its bodies (member, convener, office, part) and
  the notice that establishes it, on a grid whose columns are as wide as their longest
  label, the mechanism on a row of its own in the middle;
* a body of no mechanism joins the card of its notice (the notice is the hub);
* cards are packed in shelves to the aspect of a browser window (every order of a few
  cards is tried);
* a folded node (duty, person, disease) waits next to the body it belongs to, so that
  unfolding shows it there.

Label sizes are estimated from the characters (CJK one em, ASCII about half), the same
way for every run, so the same graph gives the same picture.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from typing import Any

import networkx as nx

#: Relations that put a body on a mechanism's card.
PART_RELATIONS = ("convener_unit_of", "deputy_convener_unit_of", "leader_unit_of", "deputy_leader_unit_of",
                  "office_of", "member_unit_of", "part_of")
#: Window aspect (width / height) the packing aims at: a laptop screen minus the side panel.
ASPECT = 1.25
#: Shapes (width / height) tried for the cards' grids.
CARD_ASPECTS = (0.5, 0.75, 1.0, 1.25, 1.6, 2.0, 2.6)
GAP_X = 26.0  # between columns of a card
GAP_CARD = 90.0  # between cards
PAD_Y = 14.0  # below a label


def label_width(text: str, font: float) -> float:
    """Estimated drawn width of a one-line label at ``font`` px."""
    width = 0.0
    for ch in text:
        width += font * (0.56 if ord(ch) < 0x2E80 else 1.0)
    return width


def _cell(node: dict[str, Any], default_font: float) -> tuple[float, float]:
    font = float((node.get("font") or {}).get("size", default_font))
    size = float(node.get("size", 18))
    label = str(node.get("label", ""))
    if node.get("nduties"):  # the page shows the folded duties' count: "昌吉市公安局 ▸6"
        label += f" ▸{node['nduties']}"
    return label_width(label, font) + GAP_X, 2 * size + 1.25 * font + PAD_Y


class _Card:
    def __init__(self, hub: str | None, members: list[str]) -> None:
        self.hub, self.members = hub, members
        self.pos: dict[str, tuple[float, float]] = {}
        self.w = self.h = 0.0

    def lay_out(self, cells: dict[str, tuple[float, float]], aspect: float) -> None:
        """The grid of about ``aspect`` (width / height); widest labels in the first
        columns (filled top to bottom), so that the columns' widths add up to little."""
        n = len(self.members)
        self.pos = {}
        hub_w, hub_h = cells[self.hub] if self.hub else (0.0, 0.0)
        if n == 0:
            self.pos = {self.hub: (hub_w / 2, hub_h / 2)} if self.hub else {}
            self.w, self.h = hub_w, hub_h
            return
        members = sorted(self.members, key=lambda m: -cells[m][0])  # stable
        mean_w = sum(cells[m][0] for m in members) / n
        row_h = max(cells[m][1] for m in members)
        cols = max(1, min(n, round(math.sqrt(n * row_h * aspect / mean_w))))
        rows = math.ceil(n / cols)
        cols = math.ceil(n / rows)
        col_w = [max(cells[m][0] for m in members[c * rows:(c + 1) * rows]) for c in range(cols)]
        grid_w = sum(col_w)
        self.w = max(grid_w, hub_w)
        x0 = (self.w - grid_w) / 2
        lefts = [x0 + sum(col_w[:c]) for c in range(cols)]
        hub_row = rows // 2 if self.hub else rows  # the hub sits between the halves
        row_y = [r * row_h + (hub_h if r >= hub_row else 0.0) for r in range(rows)]
        if self.hub:
            self.pos[self.hub] = (self.w / 2, hub_row * row_h + hub_h / 2)
        for i, m in enumerate(members):
            c, r = divmod(i, rows)
            self.pos[m] = (lefts[c] + col_w[c] / 2, row_y[r] + row_h / 2)
        self.h = rows * row_h + hub_h


def overview_positions(g: nx.MultiDiGraph, nodes: list[dict[str, Any]], shown_types: set[str],
                       default_font: float = 20.0) -> dict[str, tuple[float, float]]:
    """Positions for every node of ``nodes`` (vis dicts with ``id``, ``label``, ``ntype``,
    ``size``, optional ``font``): the nodes of ``shown_types`` on cards, the others next
    to the node they belong to."""
    by_id = {n["id"]: n for n in nodes}
    cells = {nid: _cell(n, default_font) for nid, n in by_id.items()}
    shown = [nid for nid, n in by_id.items() if n.get("ntype") in shown_types]
    shown_set = set(shown)
    mechs = [n for n in shown if by_id[n]["ntype"] == "mechanism"]
    members: dict[str, list[str]] = {m: [] for m in mechs}
    size = {m: sum(1 for _u, _v, d in g.in_edges(m, data=True) if d.get("relation") in PART_RELATIONS) for m in mechs}
    placed: set[str] = set(mechs)
    for n in shown:  # bodies and notices of a mechanism: on its card (the biggest, if several)
        if n in placed:
            continue
        ntype = by_id[n]["ntype"]
        rels = PART_RELATIONS if ntype == "organization" else ("establishes",) if ntype == "document" else ()
        hubs = [v for _u, v, d in g.out_edges(n, data=True) if d.get("relation") in rels and v in members]
        if hubs:
            hub = min(hubs, key=lambda m: (-size[m], mechs.index(m)))
            members[hub].append(n)
            placed.add(n)
    notice_cards: dict[str | None, list[str]] = defaultdict(list)
    docs = [n for n in shown if by_id[n]["ntype"] == "document"]
    for n in shown:  # the rest: on the card of their notice
        if n in placed or by_id[n]["ntype"] == "document":
            continue
        notice = next((f"doc:{d}" for d in g.nodes[n].get("docs") or []
                       if f"doc:{d}" in shown_set and f"doc:{d}" not in placed), None)
        notice_cards[notice].append(n)
        placed.add(n)
    cards = [_Card(m, members[m]) for m in mechs]
    cards += [_Card(d, notice_cards.pop(d, [])) for d in docs if d not in placed]
    if notice_cards.get(None):
        cards.append(_Card(None, notice_cards[None]))
    best: tuple[float, dict[str, tuple[float, float]]] | None = None
    for aspect in CARD_ASPECTS:  # the cards' shape that lets the whole picture be largest
        for card in cards:
            card.lay_out(cells, aspect)
        scale, placed_pos = _pack(cards)
        if best is None or scale > best[0] + 1e-12:
            best = (scale, placed_pos)
    pos = dict(best[1]) if best else {}
    _place_folded(g, by_id, shown_set, pos)
    return pos


def _shelves(cards: list[_Card], width: float) -> tuple[dict[str, tuple[float, float]], float, float]:
    pos: dict[str, tuple[float, float]] = {}
    x = y = shelf_h = used_w = 0.0
    for card in cards:
        if x > 0 and x + card.w > width:
            x, y, shelf_h = 0.0, y + shelf_h + GAP_CARD, 0.0
        for nid, (cx, cy) in card.pos.items():
            pos[nid] = (round(x + cx, 1), round(y + cy, 1))
        x += card.w + GAP_CARD
        used_w = max(used_w, x - GAP_CARD)
        shelf_h = max(shelf_h, card.h)
    return pos, used_w, y + shelf_h


def _extent(cards: list[_Card] | tuple[_Card, ...], width: float) -> tuple[float, float]:
    """Width and height of :func:`_shelves`' picture, without placing the nodes."""
    x = y = shelf_h = used_w = 0.0
    for card in cards:
        if x > 0 and x + card.w > width:
            x, y, shelf_h = 0.0, y + shelf_h + GAP_CARD, 0.0
        x += card.w + GAP_CARD
        used_w = max(used_w, x - GAP_CARD)
        shelf_h = max(shelf_h, card.h)
    return used_w, y + shelf_h


#: Up to this many cards, every order of them is tried on the shelves; beyond, tallest first.
EVERY_ORDER_MAX = 6


def _pack(cards: list[_Card]) -> tuple[float, dict[str, tuple[float, float]]]:
    """Shelves of cards in the order (every order of a few cards, else tallest first) and
    at the shelf width whose picture fits a window of aspect ASPECT at the largest scale."""
    tallest = sorted(cards, key=lambda c: -c.h)  # stable: equal heights keep their order
    orders = itertools.permutations(tallest) if len(cards) <= EVERY_ORDER_MAX else iter([tuple(tallest)])
    best: tuple[float, tuple[_Card, ...], float] | None = None
    for order in orders:
        widths = sorted({sum(c.w + GAP_CARD for c in order[:k]) - GAP_CARD for k in range(1, len(order) + 1)})
        for width in widths:
            w, h = _extent(order, width + 0.5)
            scale = min(ASPECT / max(w, 1.0), 1.0 / max(h, 1.0))
            if best is None or scale > best[0] + 1e-12:
                best = (scale, order, width)
    if best is None:
        return 0.0, {}
    return best[0], _shelves(list(best[1]), best[2] + 0.5)[0]


def _place_folded(g: nx.MultiDiGraph, by_id: dict[str, dict[str, Any]], shown: set[str],
                  pos: dict[str, tuple[float, float]]) -> None:
    """Folded nodes on a small ring around the first shown node they are tied to."""
    around: dict[str, int] = defaultdict(int)
    rest = [n for n in by_id if n not in pos]
    for _round in range(3):  # a disease hangs on a duty that hangs on a body
        later = []
        for n in rest:
            anchor = next((m for m in nx.all_neighbors(g, n) if m in pos), None) if n in g else None
            if anchor is None:
                later.append(n)
                continue
            k = around[anchor]
            around[anchor] += 1
            angle = 2.399963 * k  # golden angle: neighbours spread evenly
            radius = 160.0 + 45.0 * math.sqrt(k)  # clear of the anchor (a duty's box is wide)
            ax, ay = pos[anchor]
            pos[n] = (round(ax + radius * math.cos(angle), 1), round(ay + radius * math.sin(angle), 1))
        rest = later
    for i, n in enumerate(rest):
        pos[n] = (float(-200 - 40 * (i % 10)), float(-200 - 40 * (i // 10)))
