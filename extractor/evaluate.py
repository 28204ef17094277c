"""Score an extracted graph against a hand-written gold annotation of one notice.

The gold format and the annotation rules are in ``tests/gold/README.md``. :func:`score`
takes a graph (any networkx graph following ``docs/graph-model.md``) and a gold dict and
returns, per category, ``tp``/``fp``/``fn``, precision, recall, F1 and the facts missed
(``missed``) or wrongly claimed (``spurious``). Only the nodes and edges of the gold's
notice count. Gold items marked ``"optional": true`` are neither rewarded nor penalised.

This module imports only the standard library, rapidfuzz and (lazily) OpenCC (no spaCy, no jieba, not even
networkx): extraction happens in :func:`evaluate_corpus` through a caller-supplied or a
lazily imported extractor.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .errors import InputError, NotFoundError
from .model import PERSON_ROLES, UNIT_ROLES
from .normalize import PINYIN_GLOSS, t2s_converter

CATEGORIES = (
    "member_units",
    "roster",
    "duties",
    "responsibilities",
    "roles",
    "deadlines",
    "diseases",
    "mechanisms",
    "bodies",
    "orgs",
    "document",
)

ROLE_RELATIONS = PERSON_ROLES
UNIT_ROLE_RELATIONS = UNIT_ROLES
ROLES = frozenset(ROLE_RELATIONS.values())

CONTAIN_RATIO = 0.6  # a text contained in another matches when it is >= 60% of its length
FUZZ_RATIO = 85.0  # or when rapidfuzz's ratio reaches this

_STRIP = re.compile(r"[\W_]+", re.UNICODE)


def normalize(text: str | None) -> str:
    """Compare form of a name or clause: NFKC, simplified characters (a gold file quotes a
    traditional notice as written, the extractor works on its simplified form), without a web
    mirror's pinyin glosses (``部門(mén)``: the extractor drops them too), spaces and punctuation."""
    if not text:
        return ""
    return _normalize(str(text))


@lru_cache(maxsize=65536)
def _normalize(text: str) -> str:
    out = _STRIP.sub("", PINYIN_GLOSS.sub("", unicodedata.normalize("NFKC", text)))
    convert = t2s_converter()
    return convert(out) if convert and not out.isascii() else out


def text_similarity(a: str | None, b: str | None) -> float:
    """Similarity of two clauses in [0, 1]; 0 means "not the same duty".

    Equal normalized texts give 1.0; one containing the other gives the length ratio when
    it is at least 60%; otherwise rapidfuzz's ratio when it is at least 85.
    """
    na, nb = normalize(a), normalize(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    short, long_ = sorted((na, nb), key=len)
    if short in long_ and len(short) >= CONTAIN_RATIO * len(long_):
        return len(short) / len(long_)
    ratio = fuzz.ratio(na, nb)
    return ratio / 100.0 if ratio >= FUZZ_RATIO else 0.0


# --- counts -----------------------------------------------------------------------


@dataclass
class Counts:
    """True/false positives and false negatives of one category, with the facts behind them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def add_fn(self, what: str) -> None:
        self.fn += 1
        self.missed.append(what)

    def add_fp(self, what: str) -> None:
        self.fp += 1
        self.spurious.append(what)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self, details: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }
        if details:
            out["missed"] = list(self.missed)
            out["spurious"] = list(self.spurious)
        return out


def micro(results: Iterable[dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Micro-averaged totals over several notices' :func:`score` results."""
    totals = {cat: Counts() for cat in CATEGORIES}
    for res in results:
        for cat, c in res.items():
            t = totals.setdefault(cat, Counts())
            t.tp += c["tp"]
            t.fp += c["fp"]
            t.fn += c["fn"]
    return {cat: c.as_dict(details=False) for cat, c in totals.items()}


# --- gold ---------------------------------------------------------------------------


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read and check one gold file; a malformed file raises :class:`InputError`."""
    p = Path(path)
    try:
        gold = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotFoundError(f"gold file not found: {p}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"cannot read gold file {p}: {err}") from None
    problems = check_gold(gold)
    if problems:
        raise InputError(f"gold file {p} is malformed: " + "; ".join(problems[:5]))
    return gold


def check_gold(gold: Any) -> list[str]:
    """Problems of a gold dict (empty list when it is well formed)."""
    if not isinstance(gold, dict):
        return ["top level must be an object"]
    problems: list[str] = []
    if not isinstance(gold.get("doc"), str) or not gold["doc"]:
        problems.append("'doc' (the notice's file name) is missing")
    for key in ("mechanisms", "orgs", "member_units", "roster", "duties", "diseases"):
        if not isinstance(gold.get(key, []), list):
            problems.append(f"'{key}' must be a list")
    if problems:
        return problems
    names: set[str] = set()
    for i, o in enumerate(gold.get("orgs", [])):
        if not isinstance(o, dict) or not isinstance(o.get("name"), str) or not o["name"]:
            problems.append(f"orgs[{i}] needs a name")
            continue
        if o["name"] in names:
            problems.append(f"org {o['name']!r} is listed twice")
        names.add(o["name"])
        if not isinstance(o.get("aliases", []), list):
            problems.append(f"org {o['name']!r}: aliases must be a list")

    def known(name: Any, where: str) -> None:
        if name is not None and name not in names:
            problems.append(f"{where}: {name!r} is not the name of an entry of 'orgs'")

    for o in gold.get("orgs", []):
        if isinstance(o, dict):
            known(o.get("hosted_by"), f"org {o.get('name')!r} hosted_by")
    for u in gold.get("member_units", []):
        known(u, "member_units")
    for i, r in enumerate(gold.get("roster", [])):
        if not isinstance(r, dict) or r.get("role") not in ROLES:
            problems.append(f"roster[{i}]: role must be one of {sorted(ROLES)}")
            continue
        known(r.get("org"), f"roster[{i}] org")
    for i, d in enumerate(gold.get("duties", [])):
        if not isinstance(d, dict) or not isinstance(d.get("text"), str) or not d["text"]:
            problems.append(f"duties[{i}] needs a text")
            continue
        for o in list(d.get("orgs", [])) + list(d.get("optional_orgs", [])):
            known(o, f"duties[{i}] orgs")
        for o, role in (d.get("roles") or {}).items():
            if o not in d.get("orgs", []) or role not in ("lead", "support"):
                problems.append(f"duties[{i}] roles: {o!r} -> {role!r}")
    for i, d in enumerate(gold.get("diseases", [])):
        if not isinstance(d, dict) or not d.get("name"):
            problems.append(f"diseases[{i}] needs a name")
    return problems


# --- the notice's part of the graph ----------------------------------------------------


def _names(data: dict[str, Any]) -> set[str]:
    out = {normalize(data.get("name"))}
    out.update(normalize(a) for a in data.get("aliases") or [])
    out.add(normalize(data.get("short")))
    out.discard("")
    return out


class _View:
    """Nodes and edges of one notice in a (possibly merged) graph."""

    def __init__(self, graph: Any, doc: str) -> None:
        self.g = graph
        self.doc = doc
        self.nodes: dict[str, dict[str, Any]] = {
            n: d
            for n, d in graph.nodes(data=True)
            if doc in (d.get("docs") or []) or d.get("doc") == doc
        }
        self.edges = [(u, v, d) for u, v, d in graph.edges(data=True) if d.get("doc") == doc]

    def of_type(self, node_type: str) -> list[str]:
        return [n for n, d in self.nodes.items() if d.get("type") == node_type]

    def rel(self, relation: str) -> list[tuple[str, str, dict[str, Any]]]:
        return [e for e in self.edges if e[2].get("relation") == relation]

    def data(self, n: str) -> dict[str, Any]:
        return self.g.nodes[n] if n in self.g else {}

    def label(self, n: str | None) -> str:
        return str(self.data(n).get("name") or n) if n else "-"


class _Orgs:
    """Resolves extracted organization (or mechanism) nodes to gold organizations."""

    def __init__(self, orgs: Sequence[dict[str, Any]]) -> None:
        self.orgs = list(orgs)
        self.index = {o["name"]: i for i, o in enumerate(self.orgs)}
        self.by_name: dict[str, set[int]] = {}
        for i in range(len(self.orgs)):
            for n in self.names(i):
                self.by_name.setdefault(n, set()).add(i)

    def names(self, i: int) -> set[str]:
        o = self.orgs[i]
        out = {normalize(o["name"]), *(normalize(a) for a in o.get("aliases", []))}
        out.discard("")
        return out

    def match(self, data: dict[str, Any]) -> set[int]:
        """Gold orgs the node may be: by any name/alias, else (generic gold orgs) by kind."""
        hits: set[int] = set()
        for n in _names(data):
            hits |= self.by_name.get(n, set())
        kind = data.get("kind")
        if not hits and kind:
            hits = {
                i for i, o in enumerate(self.orgs) if o.get("generic") and o.get("kind") == kind
            }
        return hits

    def idx(self, name: str | None) -> int | None:
        return self.index.get(name) if name is not None else None


def _greedy(cands: list[tuple[tuple, int, int]]) -> dict[int, int]:
    """One-to-one matching of scored pairs (duty texts): best-scored pairs first."""
    cands.sort(key=lambda c: c[0], reverse=True)
    used_g: set[int] = set()
    used_e: set[int] = set()
    pairs: dict[int, int] = {}
    for _, gi, ei in cands:
        if gi in used_g or ei in used_e:
            continue
        pairs[gi] = ei
        used_g.add(gi)
        used_e.add(ei)
    return pairs


def _matching(cands: list[tuple[tuple, int, int]]) -> dict[int, int]:
    """Maximum one-to-one matching of equally good pairs, required gold items first.

    ``cands`` are ``(key, gold, extracted)`` with ``key[0]`` 1 for a required gold item and
    0 for an optional one. Augmenting paths (Kuhn's algorithm) make the result independent
    of the order of nodes; a matched required item is never unmatched for an optional one.
    """
    adj: dict[int, list[int]] = {}
    prio: dict[int, int] = {}
    for key, gi, ei in cands:
        adj.setdefault(gi, []).append(ei)
        prio[gi] = max(prio.get(gi, 0), key[0] if key else 1)
    owner: dict[int, int] = {}  # extracted -> gold

    def augment(gi: int, seen: set[int]) -> bool:
        for ei in adj[gi]:
            if ei in seen:
                continue
            seen.add(ei)
            if ei not in owner or augment(owner[ei], seen):
                owner[ei] = gi
                return True
        return False

    for gi in sorted(adj, key=lambda g: (-prio[g], g)):
        augment(gi, set())
    return {gi: ei for ei, gi in owner.items()}


def _tally(
    counts: Counts,
    gold: Sequence[dict[str, Any]],
    extracted: Sequence[Any],
    pairs: dict[int, int],
    gold_desc: Callable[[dict[str, Any]], str],
    ext_desc: Callable[[Any], str],
) -> None:
    matched_e = set(pairs.values())
    for gi, item in enumerate(gold):
        if item.get("optional"):
            continue
        if gi in pairs:
            counts.tp += 1
        else:
            counts.add_fn(gold_desc(item))
    for ei, item in enumerate(extracted):
        if ei not in matched_e:
            counts.add_fp(ext_desc(item))


# --- scoring -----------------------------------------------------------------------------


def score(graph: Any, gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Score the notice ``gold["doc"]`` of ``graph`` against ``gold``; see module doc."""
    problems = check_gold(gold)
    if problems:
        raise InputError("malformed gold: " + "; ".join(problems[:5]))
    view = _View(graph, gold["doc"])
    orgs = _Orgs(gold.get("orgs", []))
    res: dict[str, Counts] = {cat: Counts() for cat in CATEGORIES}
    _score_named(res["mechanisms"], gold.get("mechanisms", []), view, view.of_type("mechanism"))
    _score_named(res["diseases"], gold.get("diseases", []), view, view.of_type("disease"))
    _score_orgs(res["orgs"], orgs, view)
    _score_bodies(res["bodies"], orgs, view)
    _score_member_units(res["member_units"], gold, orgs, view)
    _score_roster(res["roster"], gold, orgs, view)
    _score_duties(res, gold, orgs, view)
    _score_document(res["document"], gold, orgs, view)
    return {cat: c.as_dict() for cat, c in res.items()}


def _score_named(counts: Counts, gold: list[dict], view: _View, nodes: list[str]) -> None:
    """Mechanisms, diseases: one-to-one by any name/alias."""
    gnames = [{normalize(x) for x in [g["name"], *g.get("aliases", [])]} - {""} for g in gold]
    cands = []
    for gi, gn in enumerate(gnames):
        for ei, n in enumerate(nodes):
            if gn & _names(view.data(n)):
                cands.append(((0 if gold[gi].get("optional") else 1,), gi, ei))
    pairs = _matching(cands)
    _tally(counts, gold, nodes, pairs, lambda g: g["name"], view.label)


def _score_orgs(counts: Counts, orgs: _Orgs, view: _View) -> None:
    nodes = view.of_type("organization")
    cands = []
    for ei, n in enumerate(nodes):
        for gi in orgs.match(view.data(n)):
            cands.append(((0 if orgs.orgs[gi].get("optional") else 1,), gi, ei))
    pairs = _matching(cands)
    _tally(counts, orgs.orgs, nodes, pairs, lambda o: o["name"], view.label)


def _hosts(view: _View, n: str) -> list[str]:
    return [v for u, v, _ in view.rel("hosted_by") if u == n]


def _score_bodies(counts: Counts, orgs: _Orgs, view: _View) -> None:
    """The mechanisms' own bodies (offices, groups, committees) and where offices sit."""
    gold_idx = [i for i, o in enumerate(orgs.orgs) if o.get("body")]
    gold = [orgs.orgs[i] for i in gold_idx]
    nodes = [n for n in view.of_type("organization") if view.data(n).get("body")]
    cands = []
    for k, gi in enumerate(gold_idx):
        host = orgs.idx(orgs.orgs[gi].get("hosted_by"))
        for ei, n in enumerate(nodes):
            if gi not in orgs.match(view.data(n)):
                continue
            if host is not None and not any(
                host in orgs.match(view.data(h)) for h in _hosts(view, n)
            ):
                continue
            cands.append(((1,), k, ei))
    pairs = _matching(cands)

    def gdesc(o: dict[str, Any]) -> str:
        return o["name"] + (f" (in {o['hosted_by']})" if o.get("hosted_by") else "")

    def edesc(n: str) -> str:
        hosts = ", ".join(view.label(h) for h in _hosts(view, n))
        return view.label(n) + (f" (in {hosts})" if hosts else "")

    _tally(counts, gold, nodes, pairs, gdesc, edesc)


def _score_member_units(counts: Counts, gold: dict, orgs: _Orgs, view: _View) -> None:
    units = [{"name": u} for u in gold.get("member_units", [])]
    nodes = list(dict.fromkeys(u for u, _, _ in view.rel("member_unit_of")))
    cands = []
    for gi, u in enumerate(units):
        target = orgs.idx(u["name"])
        for ei, n in enumerate(nodes):
            if target in orgs.match(view.data(n)):
                cands.append(((1,), gi, ei))
    _tally(counts, units, nodes, _matching(cands), lambda u: u["name"], view.label)


def _title_ok(gold_title: str | None, ext_title: str | None, prefixes: set[str]) -> bool:
    """Titles are equal once normalized and stripped of a leading organization name."""
    if gold_title is None:
        return True
    g, e = normalize(gold_title), normalize(ext_title)
    for p in sorted(prefixes, key=len, reverse=True):
        if p and e.startswith(p) and len(e) > len(p):
            e = e[len(p) :]
            break
    return g == e


def _roster_entries(view: _View) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for u, _, d in view.edges:
        rel = d.get("relation")
        if rel in ROLE_RELATIONS:
            pdata = view.data(u)
            posts: list[tuple[str | None, Any]] = [(v, e.get("title")) for s, v, e in view.rel("holds_post") if s == u]
            if not posts:
                posts = [(None, d.get("title") or pdata.get("title"))]
            for org, title in posts:
                out.append(
                    {
                        "person": pdata.get("name"),
                        "role": ROLE_RELATIONS[rel],
                        "org": org,
                        "title": title,
                    }
                )
        elif rel in UNIT_ROLE_RELATIONS:
            out.append(
                {
                    "person": None,
                    "role": UNIT_ROLE_RELATIONS[rel],
                    "org": u,
                    "title": d.get("title"),
                }
            )
    return out


def _score_roster(counts: Counts, gold: dict, orgs: _Orgs, view: _View) -> None:
    entries = _roster_entries(view)
    roster = gold.get("roster", [])
    cands = []
    for gi, r in enumerate(roster):
        target = orgs.idx(r.get("org"))
        for ei, e in enumerate(entries):
            if normalize(r.get("person")) != normalize(e["person"]) or r["role"] != e["role"]:
                continue
            odata = view.data(e["org"]) if e["org"] else {}
            if target is not None and target not in orgs.match(odata):
                continue
            prefixes = _names(odata) | (orgs.names(target) if target is not None else set())
            if not _title_ok(r.get("title"), e["title"], prefixes):
                continue
            cands.append(((0 if r.get("optional") else 1,), gi, ei))

    def gdesc(r: dict[str, Any]) -> str:
        return f"{r.get('person') or '(unit)'} {r['role']} {r.get('org')} {r.get('title') or ''}".strip()

    def edesc(e: dict[str, Any]) -> str:
        return f"{e['person'] or '(unit)'} {e['role']} {view.label(e['org'])} {e['title'] or ''}".strip()

    _tally(counts, roster, entries, _matching(cands), gdesc, edesc)


def _responsible(view: _View) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    out: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for u, v, d in view.rel("responsible_for"):
        out.setdefault(v, []).append((u, d))
    return out


def _deadline_ok(g: dict[str, Any], e: dict[str, Any]) -> bool:
    gd, ed = normalize(g.get("deadline")), normalize(e.get("deadline"))
    if not ed or not (gd == ed or gd in ed or ed in gd):
        return False
    return not g.get("deadline_date") or g["deadline_date"] == e.get("deadline_date")


def _score_duties(res: dict[str, Counts], gold: dict, orgs: _Orgs, view: _View) -> None:
    """Duties (texts), responsibilities ((org, duty) pairs), roles and deadlines."""
    duties = gold.get("duties", [])
    nodes = view.of_type("duty")
    resp = _responsible(view)
    gold_orgs = [{orgs.idx(o) for o in d.get("orgs", [])} for d in duties]
    ext_orgs = [set().union(*[orgs.match(view.data(u)) for u, _ in resp.get(n, [])]) for n in nodes]
    cands = []
    for gi, d in enumerate(duties):
        for ei, n in enumerate(nodes):
            sim = text_similarity(d["text"], view.data(n).get("text") or view.data(n).get("name"))
            if sim > 0:
                overlap = len(gold_orgs[gi] & ext_orgs[ei])
                cands.append(((sim, 0 if d.get("optional") else 1, overlap), gi, ei))
    pairs = _greedy(cands)

    def short(text: str) -> str:
        return text if len(text) <= 40 else text[:40] + "…"

    def ddesc(d: dict[str, Any]) -> str:
        prefix = f"#{d['item']} " if d.get("item") is not None else ""
        return f"{prefix}[{'、'.join(d.get('orgs', [])) or '-'}] {short(d['text'])}"

    def edesc(n: str) -> str:
        who = "、".join(view.label(u) for u, _ in resp.get(n, [])) or "-"
        return f"[{who}] {short(str(view.data(n).get('text') or view.data(n).get('name') or n))}"

    _tally(res["duties"], duties, nodes, pairs, ddesc, edesc)

    by_ext = {ei: gi for gi, ei in pairs.items()}
    for gi, d in enumerate(duties):
        if d.get("optional") or gi in pairs:
            continue
        for o in d.get("orgs", []):
            res["responsibilities"].add_fn(f"{o} -> {short(d['text'])}")
        for o, role in (d.get("roles") or {}).items():
            res["roles"].add_fn(f"{o} {role} -> {short(d['text'])}")
        if d.get("deadline"):
            res["deadlines"].add_fn(
                f"{d['deadline']} ({d.get('deadline_date')}) -> {short(d['text'])}"
            )
    for ei, n in enumerate(nodes):
        ndata = view.data(n)
        matched = by_ext.get(ei)
        if matched is None:
            for u, e in resp.get(n, []):
                res["responsibilities"].add_fp(f"{view.label(u)} -> {edesc(n)}")
                if e.get("role"):
                    res["roles"].add_fp(f"{view.label(u)} {e['role']} -> {edesc(n)}")
            if ndata.get("deadline"):
                res["deadlines"].add_fp(
                    f"{ndata['deadline']} ({ndata.get('deadline_date')}) -> {edesc(n)}"
                )
            continue
        d = duties[matched]
        if d.get("optional"):
            continue
        _score_pairs(res, d, orgs, view, resp.get(n, []), short(d["text"]))
        _score_deadline(res["deadlines"], d, ndata, short(d["text"]))


def _score_pairs(
    res: dict[str, Counts],
    d: dict[str, Any],
    orgs: _Orgs,
    view: _View,
    edges: list[tuple[str, dict[str, Any]]],
    label: str,
) -> None:
    """(org, duty) pairs and their roles for one matched duty."""
    gold_list = list(d.get("orgs", []))
    optional = {orgs.idx(o) for o in d.get("optional_orgs", [])}
    cands = []
    for gi, o in enumerate(gold_list):
        target = orgs.idx(o)
        for ei, (u, _) in enumerate(edges):
            if target in orgs.match(view.data(u)):
                cands.append(((1,), gi, ei))
    pairs = _matching(cands)
    matched_e = set(pairs.values())
    roles = d.get("roles") or {}
    for gi, o in enumerate(gold_list):
        if gi in pairs:
            res["responsibilities"].tp += 1
            erole = edges[pairs[gi]][1].get("role")
            if o in roles and erole == roles[o]:
                res["roles"].tp += 1
            else:
                if o in roles:
                    res["roles"].add_fn(f"{o} {roles[o]} -> {label}")
                if erole:
                    res["roles"].add_fp(f"{o} {erole} -> {label}")
        else:
            res["responsibilities"].add_fn(f"{o} -> {label}")
            if o in roles:
                res["roles"].add_fn(f"{o} {roles[o]} -> {label}")
    for ei, (u, e) in enumerate(edges):
        if ei in matched_e or orgs.match(view.data(u)) & optional:
            continue
        res["responsibilities"].add_fp(f"{view.label(u)} -> {label}")
        if e.get("role"):
            res["roles"].add_fp(f"{view.label(u)} {e['role']} -> {label}")


def _score_deadline(counts: Counts, d: dict[str, Any], e: dict[str, Any], label: str) -> None:
    if d.get("deadline"):
        if _deadline_ok(d, e):
            counts.tp += 1
            return
        counts.add_fn(f"{d['deadline']} ({d.get('deadline_date')}) -> {label}")
    if e.get("deadline"):
        counts.add_fp(f"{e['deadline']} ({e.get('deadline_date')}) -> {label}")


def _issuer_names(issuer: str, orgs: _Orgs) -> set[str]:
    """The normalized names an issuer of the gold may be written by: its own, and those of the
    gold org it names."""
    target = {normalize(issuer)}
    for i in range(len(orgs.orgs)):
        if normalize(issuer) in orgs.names(i):
            target |= orgs.names(i)
    return target


def _score_document(counts: Counts, gold: dict, orgs: _Orgs, view: _View) -> None:
    """Title, number (文号), date and issuer of the notice; null gold fields are not scored."""
    doc = gold["doc"]
    gdoc = gold.get("document") or {}
    nodes = [n for n in view.of_type("document")] or (
        [f"doc:{doc}"] if f"doc:{doc}" in view.g else []
    )
    data = view.data(nodes[0]) if nodes else {}
    issuers = [data.get("issuer")] + [view.label(v) for u, v, _ in view.rel("issued_by")]
    for fld in ("title", "number", "date", "issuer"):
        want = gdoc.get(fld)
        if want is None:
            continue
        if fld == "issuer":  # joint issuers ``A、B``: every one must be an issuer of the graph
            got = next((x for x in issuers if x), None)
            ok = all(any(normalize(x) in _issuer_names(part, orgs) for x in issuers if x)
                     for part in want.split("、"))
        else:
            got = data.get(fld)
            if fld == "title":
                ok = text_similarity(want, got) > 0
            else:
                ok = normalize(want) == normalize(got)
        if ok:
            counts.tp += 1
            continue
        counts.add_fn(f"{fld}: {want}")
        if got:
            counts.add_fp(f"{fld}: {got}")


# --- a corpus of gold files ---------------------------------------------------------------


def gold_files(gold_dir: str | Path) -> list[Path]:
    """The gold files of a folder (``*.json``), sorted; a missing folder is an error."""
    d = Path(gold_dir)
    if not d.is_dir():
        raise NotFoundError(f"gold folder not found: {d}")
    files = sorted(d.glob("*.json"))
    if not files:
        raise NotFoundError(f"no gold files (*.json) in {d}")
    return files


def evaluate_corpus(
    gold_dir: str | Path,
    corpus_dir: str | Path,
    extract: Callable[[Path], Any] | None = None,
    graph: Any = None,
) -> dict[str, dict[str, dict[str, Any]]]:
    """Score every notice that has a gold file: ``{doc: score(...)}``.

    Each notice is extracted with ``extract`` (default: ``extractor.pipeline.extract_file``)
    unless a built ``graph`` holding the notices is given.
    """
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for path in gold_files(gold_dir):
        gold = load_gold(path)
        if graph is not None:
            g = graph
        else:
            notice = Path(corpus_dir) / gold["doc"]
            if not notice.is_file():
                raise NotFoundError(f"{path.name}: notice {gold['doc']} not found in {corpus_dir}")
            if extract is None:
                from .pipeline import extract_file

                extract = extract_file
            g = extract(notice)
        out[gold["doc"]] = score(g, gold)
    return out


def table_rows(
    results: dict[str, dict[str, dict[str, Any]]], categories: Sequence[str] = CATEGORIES
) -> list[dict[str, str]]:
    """Rows ``notice | category | P | R | F1 | tp/fp/fn``, then the micro totals."""
    rows = []

    def row(notice: str, cat: str, c: dict[str, Any]) -> dict[str, str]:
        return {
            "notice": notice,
            "category": cat,
            "P": f"{c['precision']:.2f}",
            "R": f"{c['recall']:.2f}",
            "F1": f"{c['f1']:.2f}",
            "tp/fp/fn": f"{c['tp']}/{c['fp']}/{c['fn']}",
        }

    for doc, res in results.items():
        for cat in categories:
            rows.append(row(doc.split("_")[0], cat, res[cat]))
    totals = micro(results.values())
    for cat in categories:
        rows.append(row("micro", cat, totals[cat]))
    return rows
