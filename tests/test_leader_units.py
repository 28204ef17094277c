"""A unit that holds a group's 组长/副组长 post with no person named (``leader_unit_of`` /
``deputy_leader_unit_of``, docs/graph-model.md) in every place that knows the unit relations:
the scorer's roster, the ``members`` query, the store's ``memberships`` view, the rendered
page's tags and tooltips, the overview's cards, the Neo4j export."""

from __future__ import annotations

import networkx as nx

from extractor import graph as kg
from extractor import store
from extractor.evaluate import score
from extractor.export import to_neo4j_csv
from extractor.graph import GraphBuilder
from extractor.overview import overview_positions
from extractor.query import members
from extractor.render import _org_lines, node_tags

DOC = "q_qingshan.txt"
MECH = "青山县鼠疫防控领导小组"
SENTENCE = "组长由县政府分管副县长担任，副组长由县卫健局主要负责同志担任"


def leader_graph() -> nx.MultiDiGraph:
    """One notice: a group whose 组长 is the county government's, whose 副组长 the health bureau's."""
    b = GraphBuilder(DOC)
    doc = b.add_node("document", DOC, DOC, title="关于成立青山县鼠疫防控领导小组的通知")
    m = b.add_node("mechanism", MECH, MECH)
    b.add_edge(doc, m, "establishes", "成立青山县鼠疫防控领导小组", (0, 14))
    gov = b.add_node("organization", "青山县人民政府", "青山县人民政府", aliases=["县政府"])
    health = b.add_node("organization", "青山县卫健局", "青山县卫健局", aliases=["县卫健局"], kind="卫生健康")
    b.add_edge(gov, m, "leader_unit_of", SENTENCE, (20, 20 + len(SENTENCE)), title="分管副县长")
    b.add_edge(health, m, "deputy_leader_unit_of", SENTENCE, (20, 20 + len(SENTENCE)), title="主要负责同志")
    b.add_edge(health, m, "member_unit_of", SENTENCE, (20, 20 + len(SENTENCE)))
    return b.graph


GOLD = {
    "doc": DOC,
    "mechanisms": [{"name": MECH}],
    "orgs": [{"name": "青山县人民政府", "aliases": ["县政府"]}, {"name": "青山县卫健局", "aliases": ["县卫健局"]}],
    "member_units": ["青山县卫健局"],
    "roster": [
        {"person": None, "role": "leader", "org": "青山县人民政府", "title": "分管副县长"},
        {"person": None, "role": "deputy_leader", "org": "青山县卫健局", "title": "主要负责同志"},
    ],
    "duties": [],
    "diseases": [],
}


def test_the_scorer_reads_unit_leaders_as_person_null_roster_entries() -> None:
    roster = score(leader_graph(), GOLD)["roster"]
    assert (roster["tp"], roster["fp"], roster["fn"]) == (2, 0, 0)


def test_a_unit_leader_is_not_a_convener() -> None:
    gold = {**GOLD, "roster": [{**GOLD["roster"][0], "role": "convener"}]}
    roster = score(leader_graph(), gold)["roster"]
    assert (roster["tp"], roster["fp"], roster["fn"]) == (0, 2, 1)


def test_members_query_gives_the_leader_units_roles() -> None:
    units = {u["name"]: u for u in members(leader_graph(), "鼠疫")["units"]}
    assert units["青山县人民政府"]["roles"] == ["leader_unit"]
    assert units["青山县人民政府"]["title"] == "分管副县长"
    assert units["青山县卫健局"]["roles"] == ["deputy_leader_unit", "member"]


def test_memberships_view_gives_the_leader_units_roles() -> None:
    conn = store.connect(":memory:", create=True)
    store.write_notice(conn, DOC, kg.to_node_link(leader_graph()))
    rows = {(r["body"], r["role"], r["title"]) for r in conn.execute("SELECT body, role, title FROM memberships")}
    assert rows == {("青山县人民政府", "leader_unit", "分管副县长"),
                    ("青山县卫健局", "deputy_leader_unit", "主要负责同志"),
                    ("青山县卫健局", "member", None)}


def test_render_tags_and_tooltip_name_the_leader_unit() -> None:
    g = leader_graph()
    assert node_tags(g)["org:青山县人民政府"]["mech"] == {f"mechanism:{MECH}"}
    assert any("组长单位 leader unit of" in line for line in _org_lines(g, "org:青山县人民政府"))


def test_overview_puts_a_leader_unit_on_its_mechanisms_card() -> None:
    g = leader_graph()
    nodes = [{"id": n, "label": d.get("name", n), "ntype": d["type"], "size": 10} for n, d in g.nodes(data=True)]
    pos = overview_positions(g, nodes, {"mechanism", "organization"})
    mech, gov = pos[f"mechanism:{MECH}"], pos["org:青山县人民政府"]
    assert gov[0] == mech[0]  # in the card's column (without the relation: on the notice's card, apart)


def test_neo4j_export_types_the_leader_unit_edges() -> None:
    rels = to_neo4j_csv(leader_graph())[1]
    assert "LEADER_UNIT_OF" in rels and "DEPUTY_LEADER_UNIT_OF" in rels and "分管副县长" in rels


def test_an_older_stores_memberships_view_learns_the_leader_units_at_the_next_build(tmp_path) -> None:
    path = tmp_path / "graph.db"
    conn = store.connect(path, create=True)
    store.write_notice(conn, DOC, kg.to_node_link(leader_graph()))
    old = """CREATE VIEW memberships AS
SELECT m.name AS mechanism, b.name AS body, b.kind AS kind, b.locality AS place,
       CASE e.relation WHEN 'member_unit_of' THEN 'member'
                       WHEN 'convener_unit_of' THEN 'convener_unit'
                       WHEN 'deputy_convener_unit_of' THEN 'deputy_convener_unit'
                       WHEN 'office_of' THEN 'office' ELSE 'part' END AS role,
       e.title AS title, e.notice AS notice, e.evidence AS evidence,
       m.id AS mechanism_id, b.id AS body_id
FROM edges e
JOIN nodes m ON m.id = e.target AND m.type = 'mechanism'
JOIN nodes b ON b.id = e.source
WHERE e.relation IN ('member_unit_of', 'convener_unit_of', 'deputy_convener_unit_of',
                     'office_of', 'part_of');"""  # the view as stores written before the leader units have it
    conn.executescript("DROP VIEW memberships;" + old)
    assert {r["role"] for r in conn.execute("SELECT role FROM memberships")} == {"member"}
    conn.close()
    conn = store.connect(path, create=True)  # as a build opens it
    assert {r["role"] for r in conn.execute("SELECT role FROM memberships")} == {
        "member", "leader_unit", "deputy_leader_unit"}
    conn.close()
