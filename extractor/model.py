"""The graph model's vocabulary and merge rule, without networkx.

Node types, relations and person roles, and the rule that folds two statements of one
node into one, are shared by the extractor (:mod:`extractor.graph`), the store
(:mod:`extractor.store`), the queries (:mod:`extractor.query`) and the evaluation
(:mod:`extractor.evaluate`). This module imports nothing outside the standard library, so
the query commands can use it without loading networkx. The model is documented in
``docs/graph-model.md``.
"""

from __future__ import annotations

from typing import Any

NODE_TYPES = ("document", "mechanism", "organization", "person", "duty", "disease")

RELATIONS = (
    "establishes",  # document -> mechanism
    "issued_by",  # document -> organization
    "member_unit_of",  # organization -> mechanism
    "convener_of",  # person -> mechanism
    "deputy_convener_of",
    "member_of",
    "liaison_of",
    "leader_of",
    "deputy_leader_of",
    "convener_unit_of",  # organization -> mechanism (its head convenes, no name given)
    "deputy_convener_unit_of",
    "leader_unit_of",  # organization -> mechanism (its head leads: 组长由县政府分管副县长担任)
    "deputy_leader_unit_of",
    "holds_post",  # person -> organization (title)
    "office_of",  # organization (an office) -> mechanism
    "part_of",  # organization (group, sub-body) -> mechanism or organization
    "hosted_by",  # organization (an office) -> organization where it sits
    "responsible_for",  # organization -> duty (role lead/support)
    "concerns",  # duty -> disease
    "mentions",  # document -> disease
    "in_class",  # disease -> disease class, as a notice states it (结核病、地方病等重大传染病)
)

# A person's relation to a mechanism -> the role's short name (convener, liaison …).
PERSON_ROLES = {
    "convener_of": "convener",
    "deputy_convener_of": "deputy_convener",
    "member_of": "member",
    "liaison_of": "liaison",
    "leader_of": "leader",
    "deputy_leader_of": "deputy_leader",
}

# A unit's relation to a mechanism whose post its head holds, no person named -> the role.
UNIT_ROLES = {
    "convener_unit_of": "convener",
    "deputy_convener_unit_of": "deputy_convener",
    "leader_unit_of": "leader",
    "deputy_leader_unit_of": "deputy_leader",
}

SCHEMA_VERSION = 1


def node_id(node_type: str, key: str) -> str:
    """Stable id of a node: ``<type>:<key>`` (e.g. ``org:奈曼旗公安局``)."""
    prefix = {"organization": "org", "document": "doc"}.get(node_type, node_type)
    return f"{prefix}:{key}"


def update_entity(data: dict[str, Any], aliases: list[str], attrs: dict[str, Any]) -> None:
    """The rule for a node met again in one notice: aliases are unioned, other attributes
    kept if set."""
    for alias in aliases:
        if alias not in data["aliases"]:
            data["aliases"].append(alias)
    for k, v in attrs.items():
        if v is not None and data.get(k) in (None, "", []):
            data[k] = v


# --- the cross-notice merge rule (graph.merge and the store apply these) -------------


def copy_attrs(data: dict[str, Any]) -> dict[str, Any]:
    """A node's attributes as first met: a copy, lists copied too."""
    return {k: (list(v) if isinstance(v, list) else v) for k, v in data.items()}


def fold_node(cur: dict[str, Any], data: dict[str, Any], seen: dict[str, set[Any]]) -> None:
    """The rule for one node id met again in a later notice: ``aliases`` and ``docs`` are
    unioned in order (never the node's own name), and every attribute still empty takes
    the later notice's value. ``seen`` caches the list items of ``cur`` (one dict a node,
    empty at first), so folding thousands of notices into one node stays linear."""
    for listkey in ("aliases", "docs"):
        have = seen.get(listkey)
        if have is None:
            have = seen[listkey] = set(cur.setdefault(listkey, []))
        for item in data.get(listkey, []):
            if item not in have and item != cur.get("name"):
                cur[listkey].append(item)
                have.add(item)
    for k, v in data.items():
        if cur.get(k) in (None, "", []) and v not in (None, "", []):
            cur[k] = v


def fold_body(kept: dict[str, Any], data: dict[str, Any]) -> None:
    """The rule for two organizations with one ``body_key`` (a place's one body of a kind):
    the kept one (first in node order) takes the other's name and aliases as aliases and
    its notices (``docs``); everything else of the kept one stays."""
    aliases = kept.setdefault("aliases", [])
    for alias in [data["name"], *data.get("aliases", [])]:
        if alias != kept["name"] and alias not in aliases:
            aliases.append(alias)
    for doc in data.get("docs", []):
        docs = kept.setdefault("docs", [])
        if doc not in docs:
            docs.append(doc)
