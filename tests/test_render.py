"""Tests of the HTML renderer (no browser): offline page, escaping, filters, compare."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.errors import AmbiguousError, NotFoundError
from extractor.graph import GraphBuilder, merge, save
from extractor.render import (
    PHYSICS_MAX_NODES,
    compare_page,
    render,
    select,
    short_label,
)
from extractor.store import save_graph

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"


def _mechanism(doc: str, place: str, mech: str, units: dict[str, str], disease: str) -> nx.MultiDiGraph:
    """A small notice graph: a mechanism, member units with kinds, one duty each."""
    b = GraphBuilder(doc)
    d = b.add_node("document", doc, doc, title=f"关于建立{mech}的通知")
    m = b.add_node("mechanism", mech, mech)
    b.add_edge(d, m, "establishes", f"建立{mech}。", (0, 5))
    dis = b.add_node("disease", disease, disease, category="disease")
    for i, (unit, kind) in enumerate(units.items()):
        o = b.add_node("organization", place + unit, place + unit, kind=kind, locality=place)
        b.add_edge(o, m, "member_unit_of", f"成员单位：{unit}", (10 + i, 12 + i))
        text = f"{unit}负责做好{disease}防治相关工作并按要求报送进展情况"
        t = b.add_node("duty", f"{doc}#{100 + i}", text, text=text, doc=doc, span=[100 + i, 120 + i], mechanism=m)
        b.add_edge(o, t, "responsible_for", f"{unit}：{text}", (100 + i, 130 + i), role="lead")
        b.add_edge(t, dis, "concerns", text, (100 + i, 130 + i))
    p = b.add_node("person", f"张威/{place}{list(units)[0]}", "张威")
    b.add_edge(p, m, "convener_of", "张威任召集人", (3, 8))
    b.add_edge(p, f"org:{place}{list(units)[0]}", "holds_post", "张威（局长）", (3, 8), title="局长")
    return b.graph


def _xss_notice() -> nx.MultiDiGraph:
    b = GraphBuilder("999_xss.txt")
    d = b.add_node("document", "999_xss.txt", "999_xss.txt", title=XSS_SCRIPT)
    o = b.add_node("organization", "某县" + XSS_IMG, "某县" + XSS_IMG, kind="公安", locality="某县")
    text = f"负责{XSS_SCRIPT}与{XSS_IMG}宣传"
    t = b.add_node("duty", "999_xss.txt#5", text, text=text, doc="999_xss.txt", span=[5, 30])
    b.add_edge(o, t, "responsible_for", f"证据{XSS_IMG}{XSS_SCRIPT}", (5, 30), role="support")
    b.add_edge(d, o, "issued_by", XSS_SCRIPT, (0, 25))
    return b.graph


def sample_graph() -> nx.MultiDiGraph:
    """Two mechanisms (three shared kinds, one only in each) plus a hostile notice."""
    a = _mechanism("000_a.txt", "甲旗", "甲旗母婴阻断协作机制",
                   {"卫生健康委": "卫生健康", "公安局": "公安", "教育体育局": "教育", "团委": "共青团"}, "艾滋病")
    b = _mechanism("001_b.txt", "乙市", "乙市防治重大疾病联席会议",
                   {"卫健委": "卫生健康", "公安局": "公安", "教育局": "教育", "科技局": "科技"}, "结核病")
    b2 = GraphBuilder("001_b.txt")
    b2.add_edge("org:乙市公安局", "duty:001_b.txt#103", "responsible_for", "公安局配合", (1, 3), role="support")
    return merge([a, b, b2.graph, _xss_notice()])


def compare_fixture() -> dict:
    """The shape of extractor.query.compare for the sample graph (hand-written)."""
    def unit(side: str, place: str, name: str, n: int) -> dict:
        return {"id": f"org:{place}{name}", "name": place + name,
                "duties": [f"{name}第{i}项职责{'：' + XSS_SCRIPT if side == 'a' and i == 0 else ''}" for i in range(n)]}
    return {
        "a": {"id": "mechanism:甲", "name": "甲旗母婴阻断协作机制", "short": None},
        "b": {"id": "mechanism:乙", "name": "乙市防治重大疾病联席会议", "short": "联席会议"},
        "shared": ["公安", "卫生健康"],
        "only_a": ["共青团"],
        "only_b": ["科技"],
        "rows": [
            {"kind": "公安", "a": [unit("a", "甲旗", "公安局", 2)], "b": [unit("b", "乙市", "公安局", 1)]},
            {"kind": "卫生健康", "a": [unit("a", "甲旗", "卫生健康委", 1)], "b": [unit("b", "乙市", "卫健委", 3)]},
            {"kind": "共青团", "a": [unit("a", "甲旗", "团委" + XSS_IMG, 1)], "b": []},
            {"kind": "科技", "a": [], "b": [unit("b", "乙市", "科技局", 0)]},
        ],
        "unclassified": {"a": [], "b": [{"id": "org:各乡镇", "name": "各乡镇", "duties": []}]},
    }


def page_data(html: str) -> dict:
    """The JSON the page's script holds (nodes, edges, options, choices)."""
    m = re.search(r"var DATA = (\{.*?\});\n", html)
    assert m, "page data not found"
    return json.loads(m.group(1))


@pytest.fixture()
def graph() -> nx.MultiDiGraph:
    return sample_graph()


def test_page_is_self_contained_and_complete(graph, tmp_path):
    out = tmp_path / "g.html"
    summary = render(graph, out)
    html = out.read_text(encoding="utf-8")
    assert summary["nodes"] == graph.number_of_nodes() and summary["edges"] == graph.number_of_edges()
    data = page_data(html)
    assert len(data["nodes"]) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()
    assert len({e["id"] for e in data["edges"]}) == graph.number_of_edges()  # multi-edges kept apart
    # Nothing fetched from anywhere: no src/href attributes to other files or hosts.
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", html, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?https?://""", html, re.I)
    assert "vis.Network" in html and "@version 9.1.2" in html  # vis-network inlined
    assert html.count("<h1") == 1
    assert 'charset="utf-8"' in html
    assert "WenQuanYi Micro Hei" in html and "Microsoft YaHei" in html
    assert data["options"]["layout"]["randomSeed"] == 7
    assert data["physics"] is True
    assert not list(tmp_path.glob("lib"))  # pyvis "local" trap: no lib/ folder written


def test_render_is_reproducible(graph, tmp_path):
    render(graph, tmp_path / "1.html")
    render(sample_graph(), tmp_path / "2.html")
    assert (tmp_path / "1.html").read_bytes() == (tmp_path / "2.html").read_bytes()


def test_render_is_byte_identical_across_hash_seeds(graph, tmp_path):
    """Node order (hence the seeded layout) must not depend on Python's hash seed."""
    import subprocess
    import sys

    src = tmp_path / "g.json"
    save(graph, src)
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"h{seed}.html"
        code = (
            "from extractor.render import render; "
            f"render({str(src)!r}, {str(out)!r}, mechanism='甲旗', depth=2)"
        )
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=Path(__file__).parent.parent)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_notice_text_is_escaped_everywhere(graph, tmp_path):
    out = tmp_path / "g.html"
    render(graph, out)
    html = out.read_text(encoding="utf-8")
    # Raw markup from the notice appears nowhere; the data carries it \u003c-escaped.
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in html
    data = page_data(html)
    org = next(n for n in data["nodes"] if n["id"].startswith("org:某县"))
    assert XSS_IMG in org["title"]  # the tooltip holds it as plain text (innerText)
    assert "innerHTML" not in html.split("vis-network.min.js")[-1].split("var DATA")[-1]


def test_labels_and_tooltips(graph, tmp_path):
    data = page_data(Path(render(graph, tmp_path / "g.html")["path"]).read_text(encoding="utf-8"))
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["org:甲旗团委"]["label"] == "团委"  # locality prefix dropped where unambiguous
    org = by_id["org:甲旗公安局"]
    assert org["label"] == "甲旗公安局" and by_id["org:乙市公安局"]["label"] == "乙市公安局"  # two 公安局
    duty = by_id["duty:000_a.txt#101"]
    assert len(duty["label"]) <= 12 and duty["label"].endswith("…")
    assert duty["full"] in duty["title"]
    assert "原文 evidence: 公安局：公安局负责" in duty["title"]
    assert "文件 notice: 000_a.txt" in duty["title"]
    edge = next(e for e in data["edges"] if e["from"] == "org:甲旗公安局" and e["to"] == "duty:000_a.txt#101")
    assert "文件 notice: 000_a.txt [101:131]" in edge["title"]
    styles = {(n["ntype"], n["shape"], n["group"]) for n in data["nodes"]}
    assert len({s[0] for s in styles}) == 6 and len({s[1] for s in styles}) == 6
    assert data["options"]["nodes"]["font"]["size"] >= 20


def test_filter_tags(graph, tmp_path):
    data = page_data(Path(render(graph, tmp_path / "g.html")["path"]).read_text(encoding="utf-8"))
    by_id = {n["id"]: n for n in data["nodes"]}
    duty = by_id["duty:000_a.txt#101"]
    assert duty["mech"] == ["mechanism:甲旗母婴阻断协作机制"]
    assert duty["kind"] == ["公安"] and duty["disease"] == ["disease:艾滋病"]
    assert by_id["disease:结核病"]["kind"] == ["公安", "卫生健康", "教育", "科技"]
    assert by_id["person:张威/甲旗卫生健康委"]["kind"] == ["卫生健康"]
    assert [c[0] for c in data["choices"]["kind"]] == ["公安", "共青团", "卫生健康", "教育", "科技"]
    assert len(data["choices"]["mech"]) == 2 and len(data["choices"]["disease"]) == 2


def test_select_mechanism_org_kind(graph):
    sub = select(graph, mechanism="甲旗母婴")
    assert "mechanism:甲旗母婴阻断协作机制" in sub and "org:甲旗团委" in sub
    assert "duty:000_a.txt#100" in sub and "disease:艾滋病" in sub and "doc:000_a.txt" in sub
    assert "person:张威/甲旗卫生健康委" in sub
    assert not any(n.startswith("org:乙市") for n in sub)
    sub = select(graph, kind="公安", depth=1)
    assert {n for n in sub if n.startswith("org:")} == {"org:甲旗公安局", "org:乙市公安局", "org:某县" + XSS_IMG}
    combo = select(graph, disease="艾滋病", kind="公安")
    assert set(combo) == {"org:甲旗公安局", "duty:000_a.txt#101", "disease:艾滋病"}
    assert combo.number_of_edges() == 2  # connected, not three loose dots
    both = select(graph, mechanism="乙市", kind="公安")
    assert "org:乙市公安局" in both and "org:甲旗公安局" not in both
    assert set(select(graph, org="甲旗团委", depth=0)) == {"org:甲旗团委"}
    assert len(select(graph, org="甲旗团委", depth=2)) > len(select(graph, org="甲旗团委", depth=1))
    police = {n for n in select(graph, org="公安局", depth=0)}  # a department word: every such body
    assert police == {"org:甲旗公安局", "org:乙市公安局", "org:某县" + XSS_IMG}
    with pytest.raises(AmbiguousError, match="matches 4 organizations"):
        select(graph, org="甲旗")
    with pytest.raises(NotFoundError):
        select(graph, disease="霍乱")
    with pytest.raises(NotFoundError, match="kinds in the graph"):
        select(graph, kind="海关")


def test_compare_page(tmp_path):
    out = tmp_path / "c.html"
    summary = compare_page(compare_fixture(), out)
    html = out.read_text(encoding="utf-8")
    assert summary["shared"] == ["公安", "卫生健康"] and summary["physics"] is False
    data = page_data(html)
    by_id = {n["id"]: n for n in data["nodes"]}
    bridges = [n for n in data["nodes"] if n["ntype"] == "kind" and n["id"].startswith("kind|")]
    assert sorted(n["label"] for n in bridges) == ["公安", "卫生健康"]
    # Bridges join a unit of each side, in the middle column.
    for kind in ("公安", "卫生健康"):
        ends = {e["from"].split("|")[0] for e in data["edges"] if e["to"] == f"kind|{kind}"}
        assert ends == {"a", "b"}
        assert by_id[f"kind|{kind}"]["x"] == 0
    # Units only in one are grey and below every shared row, on their own side.
    only = by_id["b|org:乙市科技局"]
    assert only["ntype"] == "only" and only["x"] > 0
    lowest_shared = max(n["y"] for n in data["nodes"] if n["ntype"] == "organization")
    assert min(n["y"] for n in data["nodes"] if n["ntype"] == "only") > lowest_shared
    assert by_id["a|org:甲旗公安局"]["x"] < 0 < by_id["b|org:乙市公安局"]["x"]
    assert len([n for n in data["nodes"] if n["id"].startswith("a|org:甲旗公安局|duty")]) == 2
    # The table: one row per kind (plus unclassified), escaped duty texts in cells.
    table = html.split('<table id="compare-table">')[1].split("</table>")[0]
    assert table.count("<tr class=") == 5
    assert re.findall(r'<tr class="shared" data-kind="([^"]+)"', table) == ["公安", "卫生健康"]
    assert "公安局第1项职责" in table and "卫健委第2项职责" in table
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in table and "&lt;img src=x onerror=alert(1)&gt;" in table
    assert "<script>alert" not in html and "<img src=x" not in html


def test_cli_compare_with_query_compare(graph, tmp_path):
    """--compare goes through extractor.query.compare on a real graph."""
    home = tmp_path / "proj"
    save_graph(graph, home / "graphs" / "graph.db")
    res = CliRunner().invoke(cli, ["--home", str(home), "render", "--compare", "甲旗", "乙市"])
    assert res.exit_code == 0, res.output
    assert "shared kinds (3): 公安、卫生健康、教育" in res.output
    assert "only in A: 1, only in B: 1" in res.output
    html = (home / "graphs" / "compare.html").read_text(encoding="utf-8")
    assert re.findall(r'<tr class="shared" data-kind="([^"]+)"', html) == ["公安", "卫生健康", "教育"]
    data = page_data(html)
    assert sorted(n["label"] for n in data["nodes"] if n["id"].startswith("kind|")) == ["公安", "卫生健康", "教育"]
    res = CliRunner().invoke(cli, ["--home", str(home), "render", "--compare", "甲旗", "乙市", "--kind", "公安"])
    assert res.exit_code == 1 and "cannot be combined" in res.output


def test_large_graph_turns_physics_off(tmp_path):
    g = nx.MultiDiGraph()
    n = PHYSICS_MAX_NODES + 10
    for i in range(n):
        g.add_node(f"org:u{i}", type="organization", name=f"单位{i}", aliases=[], docs=["x.txt"])
    for i in range(1, n):
        g.add_edge(f"org:u{i}", f"org:u{i // 2}", key="part_of@x.txt", relation="part_of", doc="x.txt", evidence="e", span=[0, 1])
    summary = render(g, tmp_path / "big.html")
    assert summary["physics"] is False and summary["warnings"]
    assert "--mechanism" in summary["warnings"][0]
    data = page_data((tmp_path / "big.html").read_text(encoding="utf-8"))
    assert data["options"]["physics"]["enabled"] is False
    assert all("x" in node and "y" in node for node in data["nodes"])
    assert summary["warnings"][0] in (tmp_path / "big.html").read_text(encoding="utf-8")


def test_empty_graph_is_a_clear_error(tmp_path):
    with pytest.raises(NotFoundError, match="graph is empty"):
        render(nx.MultiDiGraph(), tmp_path / "e.html")
    assert not (tmp_path / "e.html").exists()


def test_short_label():
    assert short_label({"type": "organization", "name": "奈曼旗卫生健康委员会", "locality": "奈曼旗"}) == "卫生健康委员会"
    assert short_label({"type": "organization", "name": "某市市场监督管理局综合执法支队", "locality": "某市"}) == "市场监督管理局综合…"
    assert short_label({"type": "mechanism", "name": "很长的机制名称" * 4, "short": "联席会议"}) == "联席会议"


def test_cli_render(graph, tmp_path):
    home = tmp_path / "proj"
    save_graph(graph, home / "graphs" / "graph.db")
    runner = CliRunner()
    res = runner.invoke(cli, ["--home", str(home), "render", "--mechanism", "乙市", "--depth", "1"])
    assert res.exit_code == 0, res.output
    assert re.search(r"wrote .*graphs/graph\.html: \d+ nodes, \d+ edges", res.output)
    assert (home / "graphs" / "graph.html").is_file()
    out = tmp_path / "x" / "o.html"
    res = runner.invoke(cli, ["--home", str(home), "render", "--org", "局", "-o", str(out)])
    assert res.exit_code == 4 and "matches 5 organizations" in res.output and "Traceback" not in res.output
    assert not out.exists()  # no half-written page on error
    res = runner.invoke(cli, ["--home", str(tmp_path / "empty"), "render"])
    assert res.exit_code == 3 and "policykg build" in res.output
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    res = runner.invoke(cli, ["--home", str(home), "render", "--graph", str(bad)])
    assert res.exit_code == 1 and "not a policykg graph file" in res.output


def test_cli_under_non_utf8_locale(graph, tmp_path):
    """The page is written as UTF-8 whatever the locale (pyvis's write_html is not)."""
    import subprocess
    import sys

    src = tmp_path / "g.json"
    save(graph, src)
    out = tmp_path / "页面.html"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONUTF8", "PYTHONIOENCODING"))}
    env.update(LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    res = subprocess.run(
        [sys.executable, "-m", "extractor", "render", "--graph", str(src), "-o", str(out)],
        cwd=Path(__file__).parent.parent, env=env, capture_output=True,
    )
    assert res.returncode == 0, res.stderr.decode("utf-8", "replace")
    html = out.read_bytes().decode("utf-8")
    assert "甲旗公安局" in html


def test_colours_live_in_groups(graph, tmp_path):
    """vis-network re-applies a node's group on every update: colours must be the
    groups' (else a filter recolours nodes from vis's default palette)."""
    from extractor.render import STYLE, compare_page

    html = Path(render(graph, tmp_path / "g.html")["path"]).read_text(encoding="utf-8")
    data = page_data(html)
    groups = data["options"]["groups"]
    assert all("color" not in n for n in data["nodes"])
    assert {n["group"] for n in data["nodes"]} <= set(groups)
    for t, st in STYLE.items():
        assert groups[t]["color"]["background"] == st["color"]
        assert groups[t]["color"]["highlight"]["background"] == st["color"]
        assert f'fill="{st["color"]}"' in html  # the legend draws the same colour
    compare_page(compare_fixture(), tmp_path / "c.html")
    cdata = page_data((tmp_path / "c.html").read_text(encoding="utf-8"))
    assert all("color" not in n and n["group"] in cdata["options"]["groups"] for n in cdata["nodes"])


def _same_short_name_graph() -> nx.MultiDiGraph:
    a = _mechanism("010_a.txt", "丙县", "丙县防治重大疾病工作部门间联席会议", {"公安局": "公安"}, "结核病")
    b = _mechanism("011_b.txt", "丁市", "丁市防治重大疾病工作部门间联席会议", {"公安局": "公安"}, "结核病")
    for g in (a, b):
        for _n, d in g.nodes(data=True):
            if d["type"] == "mechanism":
                d["short"] = "联席会议"
    return merge([a, b])


def test_same_short_name_mechanisms_told_apart(tmp_path):
    g = _same_short_name_graph()
    html = Path(render(g, tmp_path / "g.html")["path"]).read_text(encoding="utf-8")
    data = page_data(html)
    mechs = {n["id"]: n for n in data["nodes"] if n["ntype"] == "mechanism"}
    assert sorted(n["label"] for n in mechs.values()) == ["丁市·联席会议", "丙县·联席会议"]
    assert sorted(c[1] for c in data["choices"]["mech"]) == sorted(
        ["丙县防治重大疾病工作部门间联席会议", "丁市防治重大疾病工作部门间联席会议"])
    assert all(n["full"] in n["title"] for n in mechs.values())
    summary = render(g, tmp_path / "c.html", compare=("丙县", "丁市"))
    chtml = Path(summary["path"]).read_text(encoding="utf-8")
    head = chtml.split("<thead>")[1].split("</thead>")[0]
    assert "丙县防治重大疾病工作部门间联席会议" in head and "丁市防治重大疾病工作部门间联席会议" in head
    cdata = page_data(chtml)
    assert sorted(c[1] for c in cdata["choices"]["mech"]) == sorted(
        ["丙县防治重大疾病工作部门间联席会议", "丁市防治重大疾病工作部门间联席会议"])


def test_org_tooltip_lists_mechanisms_and_duties(graph, tmp_path):
    data = page_data(Path(render(graph, tmp_path / "g.html")["path"]).read_text(encoding="utf-8"))
    by_id = {n["id"]: n for n in data["nodes"]}
    tip = by_id["org:乙市公安局"]["title"]
    assert "机制 mechanisms (1):" in tip and "成员单位 member unit of: 乙市防治重大疾病联席会议" in tip
    assert "职责 duties (2):" in tip
    assert "[牵头 lead] 公安局负责做好结核病" in tip and "[配合 support] 科技局负责做好结核病" in tip
    assert XSS_SCRIPT in by_id["org:某县" + XSS_IMG]["title"]  # plain text, set with innerText


def test_big_graph_starts_as_an_overview(tmp_path):
    """Above FOLD_MIN_NODES people, duties and diseases start folded; bodies count their duties."""
    from extractor.render import FOLD_MIN_NODES
    from tests.test_render_scale import synthetic

    g = synthetic(FOLD_MIN_NODES + 50)
    summary = render(g, tmp_path / "big.html")
    assert summary["folded"] == ["person", "duty", "disease"]
    html = (tmp_path / "big.html").read_text(encoding="utf-8")
    data = page_data(html)
    assert data["folded"] == ["person", "duty", "disease"]
    assert next(n for n in data["nodes"] if n["id"] == "org:m0u0")["nduties"] == 3
    for t in ("person", "duty", "disease"):
        assert f'value="{t}">' in html  # legend box unchecked
    assert 'value="organization" checked>' in html
    small = render(sample_graph(), tmp_path / "small.html")
    assert small["folded"] == []


def test_matrix_page(graph, tmp_path):
    from extractor.render import matrix_rows, render_matrix

    rows = matrix_rows(graph, kind="公安")
    assert {r["organization"] for r in rows} == {"甲旗公安局", "乙市公安局", "某县" + XSS_IMG}
    assert {r["role"] for r in rows if r["organization"] == "乙市公安局"} == {"lead", "support"}
    summary = render_matrix(graph, tmp_path / "m.html", mechanism="乙市")
    html = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert summary["rows"] == 5 and summary["bodies"] == 4 and summary["kinds"] == 4
    assert html.count("<tr data-kind=") == 5
    assert 'rowspan="2">乙市公安局</th>' in html  # a body's cell spans its duties
    assert "牵头 lead" in html and "配合 support" in html
    assert 'title="公安局：公安局负责做好结核病防治' in html  # evidence on hover
    assert "<script" not in html and "src=" not in html
    render_matrix(graph, tmp_path / "x.html", kind="公安")
    xss = (tmp_path / "x.html").read_text(encoding="utf-8")
    assert "<img src=x" not in xss and "<script>alert" not in xss
    assert "&lt;img src=x onerror=alert(1)&gt;" in xss
    assert len(matrix_rows(graph, disease="艾滋病")) == 4 and len(matrix_rows(graph, place="甲旗")) == 4
    with pytest.raises(NotFoundError):
        matrix_rows(graph, mechanism="乙市", place="甲旗")


def test_cli_matrix(graph, tmp_path):
    home = tmp_path / "proj"
    save_graph(graph, home / "graphs" / "graph.db")
    res = CliRunner().invoke(cli, ["--home", str(home), "render", "--matrix", "--disease", "结核病"])
    assert res.exit_code == 0, res.output
    assert "wrote" in res.output and "graphs/matrix.html: 5 duties of 4 bodies in 4 kinds" in res.output
    res = CliRunner().invoke(cli, ["--home", str(home), "render", "--place", "甲旗"])
    assert res.exit_code == 1 and "--matrix" in res.output


def test_edge_legend_shows_the_styles_the_edges_are_drawn_with(graph, tmp_path):
    """The legend's lead / support lines are the styles of the lead / support edges on
    the canvas (the lead line was 3 px in the legend, 2 px on the canvas)."""
    render(graph, tmp_path / "g.html")
    html = (tmp_path / "g.html").read_text(encoding="utf-8")
    legend = {
        label: (int(width), bool(dash))
        for width, dash, label in re.findall(
            r'stroke-width="(\d+)"(?: stroke-dasharray="([\d,]+)")?/></svg>([^<]+)</div>', html)
    }
    roles = {"牵头 lead": "lead", "配合 support": "support", "负责 responsible": None}
    assert set(roles) <= set(legend)
    drawn: dict[object, set[tuple[int, bool]]] = {}
    rel = {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}
    for e in page_data(html)["edges"]:
        u, v, k = e["id"].split("|", 2)
        d = rel[(u, v, k)]
        if d["relation"] == "responsible_for":
            drawn.setdefault(d.get("role"), set()).add((e["width"], bool(e["dashes"])))
    assert drawn.keys() >= {"lead", "support"}
    for label, role in roles.items():
        if role in drawn:
            assert drawn[role] == {legend[label]}, label


REMIT_NOTICE = (
    "关于建立青山县防治布病工作联席会议制度的通知\n"
    "经县政府同意，建立青山县防治布病工作联席会议（以下简称联席会议）制度。\n"
    "一、主要职责\n统筹协调全县布病防治工作；研究解决防治工作中的<b>重大</b>问题。\n"
    "二、成员单位\n联席会议由县卫健局、县农业农村局组成。\n"
    "三、成员单位职责\n县卫健局：负责布病病例的诊断和治疗。\n县农业农村局：负责畜间布病监测。\n"
)


def test_a_mechanisms_own_duties_in_its_tooltip_and_first_in_the_matrix(tmp_path):
    """A mechanism's remit (extracted, not hand-built): listed in its tooltip, and the
    matrix's first group, above its member units' kinds."""
    from extractor.pipeline import extract_text
    from extractor.render import MECHANISM_KIND, matrix_rows, render_matrix

    g = extract_text(REMIT_NOTICE, "500_remit.txt")
    render(g, tmp_path / "p.html")
    nodes = {n["id"]: n for n in page_data((tmp_path / "p.html").read_text(encoding="utf-8"))["nodes"]}
    tip = nodes["mechanism:青山县防治布病工作联席会议"]["title"]
    assert "职责 duties (2):" in tip and "  · [负责] 统筹协调全县布病防治工作" in tip
    assert "研究解决防治工作中的<b>重大</b>问题" in tip  # plain text, set with innerText
    rows = matrix_rows(g, mechanism="联席会议")
    assert [(r["kind"], r["organization"]) for r in rows[:2]] == [(MECHANISM_KIND, "青山县防治布病工作联席会议")] * 2
    assert {r["organization"] for r in rows[2:]} == {"青山县卫健局", "青山县农业农村局"}
    render_matrix(g, tmp_path / "m.html", mechanism="联席会议")
    html = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert html.index(MECHANISM_KIND) < html.index("青山县卫健局")
    assert "&lt;b&gt;重大&lt;/b&gt;" in html and "<b>重大</b>" not in html
