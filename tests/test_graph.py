import networkx as nx

from extractor.graph import GraphBuilder, from_node_link, merge, to_node_link


def test_builder_edges_carry_provenance_and_roundtrip():
    b = GraphBuilder("a.txt")
    org = b.add_node("organization", "X县公安局", "X县公安局", aliases=["县公安局"], kind="公安")
    mech = b.add_node("mechanism", "M", "M")
    b.add_edge(org, mech, "member_unit_of", "由县公安局组成", (3, 10))
    g = from_node_link(to_node_link(b.graph))
    assert isinstance(g, nx.MultiDiGraph)
    (u, v, d), = g.edges(data=True)
    assert (u, v) == ("org:X县公安局", "mechanism:M")
    assert d["doc"] == "a.txt" and d["span"] == [3, 10] and d["relation"] == "member_unit_of"
    assert g.nodes[u]["aliases"] == ["县公安局"]


def test_merge_unions_docs_and_keeps_edges_per_notice():
    graphs = []
    for doc in ("a.txt", "b.txt"):
        b = GraphBuilder(doc)
        o = b.add_node("organization", "X县公安局", "X县公安局", kind="公安")
        m = b.add_node("mechanism", "M", "M")
        b.add_edge(o, m, "member_unit_of", "ev", (0, 2))
        graphs.append(b.graph)
    g = merge(graphs)
    assert g.nodes["org:X县公安局"]["docs"] == ["a.txt", "b.txt"]
    assert g.number_of_edges() == 2


def test_merge_makes_one_node_of_a_places_body_written_two_ways():
    graphs = []
    for doc, name in (("a.txt", "X县卫生健康委"), ("b.txt", "X县卫生健康委员会")):
        b = GraphBuilder(doc)
        o = b.add_node("organization", name, name, kind="卫生健康", locality="X县", body_key="X县/卫生健康")
        m = b.add_node("mechanism", "M" + doc, "M")
        b.add_edge(o, m, "member_unit_of", "ev", (0, 2))
        graphs.append(b.graph)
    other = GraphBuilder("c.txt")
    other.add_node("organization", "Y县卫生健康委", "Y县卫生健康委", kind="卫生健康", locality="Y县", body_key="Y县/卫生健康")
    graphs.append(other.graph)
    g = merge(graphs)
    orgs = sorted(n for n, d in g.nodes(data=True) if d["type"] == "organization")
    assert orgs == ["org:X县卫生健康委", "org:Y县卫生健康委"]
    node = g.nodes["org:X县卫生健康委"]
    assert node["aliases"] == ["X县卫生健康委员会"] and node["docs"] == ["a.txt", "b.txt"]
    assert sorted(v for _u, v in g.out_edges("org:X县卫生健康委")) == ["mechanism:Ma.txt", "mechanism:Mb.txt"]


def test_saved_graph_has_the_usual_file_mode(tmp_path):
    import os
    import stat

    from extractor.graph import save

    path = save(GraphBuilder("a.txt").graph, tmp_path / "g.json")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
