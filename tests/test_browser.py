"""The rendered pages in a real headless Chromium, opened from file:// with the network cut.

Skipped only when /usr/bin/chromium is absent and CI is not "true" (in CI they must run).
Set POLICYKG_SCREENSHOT=docs/screenshot.png to also save the seed page's screenshot there.
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
import pytest

from extractor.graph import GraphBuilder, merge
from extractor.pipeline import extract_file, extract_text
from extractor.render import compare_page, render
from tests.test_render import XSS_IMG, XSS_SCRIPT, _xss_notice, compare_fixture, sample_graph

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parent.parent
FLAG_SCRIPT = "<script>window.__pwned = 1</script>"
FLAG_IMG = '<img src=x onerror="window.__pwned = 2">'
SHARED_SEED_KINDS = {"卫生健康", "教育", "公安", "民政", "司法", "财政", "医保", "工会"}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() and os.environ.get("CI") != "true",
        reason="needs Debian chromium at /usr/bin/chromium (required when CI=true)",
    ),
]

HOSTILE_NOTICE = (
    f"关于{XSS_SCRIPT}的通知\n各有关单位{XSS_IMG}：\n"
    f"一、{FLAG_SCRIPT}负责宣传。\n二、{FLAG_IMG}负责督导。\n"
)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Opened:
    """A page loaded from file:// with every request recorded and non-file ones aborted."""

    def __init__(self, browser, path: Path) -> None:
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        # bypass_csp: the page's own Content-Security-Policy must not be what stops an
        # injected script here (the escaping must); it would also block Playwright's polling.
        self.page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)
        self.page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        self.page.on("pageerror", lambda e: self.console_errors.append(f"pageerror: {e}"))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.policykg && window.policykg.ready === true", timeout=60_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route) -> None:
        url = route.request.url
        self.requests.append(url)
        if url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    def js(self, expr: str):
        return self.page.evaluate(expr)

    def click_node(self, node_id: str) -> None:
        """Click a node where vis-network draws it (so the page's own handler runs)."""
        self.js(f"network.focus({_js_str(node_id)}, {{scale: 1.0, animation: false}})")
        x, y = self.js(
            f"(() => {{ const p = network.canvasToDOM(network.getPositions([{_js_str(node_id)}])[{_js_str(node_id)}]);"
            " const r = document.getElementById('network').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; })()"
        )
        self.page.mouse.click(x, y)

    def assert_clean(self) -> None:
        outside = [u for u in self.requests if not u.startswith("file://")]
        assert outside == [], f"requests outside file://: {outside}"
        assert self.console_errors == []
        assert self.dialogs == []
        assert self.js("window.__pwned") is None
        assert self.js("document.querySelectorAll('img').length") == 0
        assert self.js("document.scripts.length") == 2  # vis-network + the page's own


def _js_str(value: str) -> str:
    import json

    return json.dumps(value)


def _flag_notice() -> nx.MultiDiGraph:
    """Payloads that would set window.__pwned if any of them ever ran."""
    b = GraphBuilder("997_flag.txt")
    d = b.add_node("document", "997_flag.txt", "997_flag.txt", title=FLAG_SCRIPT)
    o = b.add_node("organization", "某镇" + FLAG_IMG, "某镇" + FLAG_IMG, kind="民政", locality="某镇")
    t = b.add_node("duty", "997_flag.txt#9", FLAG_SCRIPT, text=f"{FLAG_SCRIPT}{FLAG_IMG}", doc="997_flag.txt", span=[9, 40])
    b.add_edge(o, t, "responsible_for", f"{FLAG_IMG}{FLAG_SCRIPT}", (9, 40), role="lead")
    b.add_edge(d, o, "issued_by", FLAG_IMG, (0, 9))
    return b.graph


def seed_graph() -> nx.MultiDiGraph:
    return merge(extract_file(p) for p in sorted((ROOT / "corpus").glob("*.txt")))


def test_seed_page_offline_counts_escaping_screenshot(browser, tmp_path):
    g = merge([seed_graph(), extract_text(HOSTILE_NOTICE, "998_hostile.txt"), _xss_notice(), _flag_notice()])
    out = tmp_path / "graph.html"
    summary = render(g, out)
    page = Opened(browser, out)
    assert page.js("[nodes.length, edges.length]") == [g.number_of_nodes(), g.number_of_edges()]
    assert summary["nodes"] == g.number_of_nodes()
    assert page.js("window.policykg.stabilized") is True  # laid out (the overview: by extractor/overview.py)
    assert page.js("network.physics.physicsEnabled") is False
    assert summary["folded"] == ["person", "duty", "disease"]  # a big page starts as an overview
    assert page.js("nodes.get({filter: n => !n.hidden && n.ntype === 'duty'}).length") == 0
    for t in summary["folded"]:
        page.page.check(f"input.f-type[value={t}]")
    assert page.js("nodes.get({filter: n => n.hidden}).length") == 0
    # The hostile strings are visible text, not markup.
    xss_org = "org:某县" + XSS_IMG
    page.click_node(xss_org)
    details = page.page.inner_text("#details")
    assert XSS_IMG in details and "原文 evidence" in details
    duty = "duty:999_xss.txt#5"
    page.click_node(duty)
    assert XSS_SCRIPT in page.page.inner_text("#details")
    page.page.mouse.move(0, 0)
    page.click_node(duty)
    page.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    assert XSS_SCRIPT in page.page.inner_text("div.vis-tooltip")
    page.click_node("org:某镇" + FLAG_IMG)
    assert FLAG_IMG in page.page.inner_text("#details")
    page.click_node("duty:997_flag.txt#9")
    assert FLAG_SCRIPT + FLAG_IMG in page.page.inner_text("#details")
    page.page.fill("#search", "window.__pwned")
    page.page.press("#search", "Enter")
    assert page.page.inner_text("#search-msg").startswith("2 ")
    assert "1/2" in page.page.inner_text("#search-msg")
    page.assert_clean()
    shot = tmp_path / "graph.png"
    page.js("network.fit({animation: false})")
    page.page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    target = os.environ.get("POLICYKG_SCREENSHOT")
    if target:
        clean = tmp_path / "seed.html"
        render(seed_graph(), clean, mechanism="奈曼旗")  # one mechanism reads best in a README
        seed_page = Opened(browser, clean)
        seed_page.page.screenshot(path=target)
        seed_page.page.close()
        assert Path(target).stat().st_size > 20_000
    page.page.close()


def test_seed_mechanism_labels_readable_at_fit(browser, tmp_path):
    """At the first (fitted) view the organization labels are drawn at a readable size."""
    out = tmp_path / "naiman.html"
    render(seed_graph(), out, mechanism="奈曼旗")
    page = Opened(browser, out)
    px = page.js(
        "network.getScale() * network.body.nodes[nodes.getIds({filter: n => n.ntype === 'organization'})[0]].options.font.size"
    )
    assert px >= 12, f"organization labels are {px:.1f} px on screen at fit"
    page.assert_clean()
    page.page.close()


def test_filters_and_search(browser, tmp_path):
    g = sample_graph()
    out = tmp_path / "g.html"
    render(g, out)
    page = Opened(browser, out)
    visible = "nodes.get({filter: n => !n.hidden}).length"
    assert page.js(visible) == g.number_of_nodes()
    page.page.select_option("#f-kind", "公安")
    police = page.js("nodes.get({filter: n => !n.hidden}).map(n => n.id).sort()")
    assert "org:甲旗公安局" in police and "org:乙市公安局" in police and "org:甲旗团委" not in police
    hidden_edges = page.js("edges.get({filter: e => e.hidden}).length")
    assert hidden_edges > 0
    page.page.select_option("#f-kind", "")
    page.page.uncheck("input.f-type[value=duty]")
    assert page.js("nodes.get({filter: n => !n.hidden && n.ntype === 'duty'}).length") == 0
    page.page.check("input.f-type[value=duty]")
    page.page.select_option("#f-mech", "mechanism:乙市防治重大疾病联席会议")
    shown = page.js("nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    assert "org:乙市科技局" in shown and "org:甲旗团委" not in shown
    page.page.select_option("#f-mech", "")
    page.page.fill("#search", "科技局")
    page.page.press("#search", "Enter")
    assert sorted(page.js("network.getSelectedNodes()")) == ["duty:001_b.txt#103", "org:乙市科技局"]
    assert page.page.inner_text("#search-msg").startswith("2 ")
    page.assert_clean()
    page.page.close()


def _colours(page) -> dict:
    return page.js("Object.fromEntries(nodes.getIds().map(id => [id, network.body.nodes[id].options.color.background]))")


def test_colours_survive_filters_and_legend_clicks(browser, tmp_path):
    from extractor.render import STYLE, vis_groups

    g = sample_graph()
    out = tmp_path / "g.html"
    render(g, out)
    page = Opened(browser, out)
    before = _colours(page)
    groups = vis_groups()
    for nid, colour in before.items():
        assert colour == groups[g.nodes[nid]["type"]]["color"]["background"], nid
    assert before["mechanism:甲旗母婴阻断协作机制"] == STYLE["mechanism"]["color"]
    page.page.select_option("#f-kind", "公安")
    page.page.select_option("#f-kind", "")
    page.page.uncheck("input.f-type[value=duty]")
    page.page.check("input.f-type[value=duty]")
    page.page.locator(".legend-item", has_text="人员 person").click()
    page.page.locator(".legend-item", has_text="人员 person").click()
    assert _colours(page) == before
    page.assert_clean()
    page.page.close()


def test_seed_overview_first_view(browser, tmp_path):
    """The whole seed corpus opens as an overview: every mechanism on screen, named
    readably; bodies unfold their duties on click; search steps through every hit;
    colours never change."""
    g = seed_graph()
    out = tmp_path / "graph.html"
    summary = render(g, out)
    assert summary["folded"]
    page = Opened(browser, out)
    shown_types = set(page.js("nodes.get({filter: n => !n.hidden}).map(n => n.ntype)"))
    assert shown_types == {"mechanism", "organization", "document"}
    box = page.js("(() => { const r = document.getElementById('network').getBoundingClientRect(); return [r.width, r.height]; })()")
    mechs = [n for n, d in g.nodes(data=True) if d.get("type") == "mechanism"]
    assert len(mechs) == 3
    for m in mechs:
        x, y = page.js(f"(() => {{ const p = network.canvasToDOM(network.getPositions([{_js_str(m)}])[{_js_str(m)}]); return [p.x, p.y]; }})()")
        assert 0 <= x <= box[0] and 0 <= y <= box[1], f"{m} is off screen at the first view"
        px = page.js(f"network.getScale() * network.body.nodes[{_js_str(m)}].options.font.size")
        assert px >= 12, f"{m}'s label is {px:.1f} px on screen at the first view"
    labels = page.js("nodes.get({filter: n => n.ntype === 'mechanism'}).map(n => n.label)")
    # a mechanism's own duties (its 主要职责) fold into its label as a body's do
    own = sum(1 for _u, v, d in g.out_edges("mechanism:昌吉市防治重大疾病工作联席会议", data=True)
              if d.get("relation") == "responsible_for")
    assert len(set(labels)) == 3 and own == 3 and f"昌吉市防治重大疾病工作联席会议 ▸{own}" in labels
    before = _colours(page)
    org = "org:昌吉市公安局"
    n_duties = sum(1 for _u, v, d in g.out_edges(org, data=True) if d.get("relation") == "responsible_for")
    assert page.js(f"nodes.get({_js_str(org)}).label") == f"昌吉市公安局 ▸{n_duties}"  # 奈曼旗 has one too
    page.click_node(org)
    assert page.js(f"nodes.get({_js_str(org)}).label") == f"昌吉市公安局 ▾{n_duties}"
    shown = set(page.js("nodes.get({filter: n => !n.hidden && n.ntype === 'duty'}).map(n => n.id)"))
    assert len(shown) == n_duties
    assert "职责 duties" in page.page.inner_text("#details")
    page.click_node(org)  # folds again
    assert page.js("nodes.get({filter: n => !n.hidden && n.ntype === 'duty'}).length") == 0
    # Search steps through every hit, unfolding those that are folded.
    page.page.fill("#search", "结核病")
    page.page.press("#search", "Enter")
    total = int(page.page.inner_text("#search-msg").split()[0])
    assert total > 3
    seen = set()
    for i in range(total):
        if i:
            page.page.press("#search", "Enter")
        assert f"{i + 1}/{total}" in page.page.inner_text("#search-msg")
        seen.add(page.js("window.policykg.searchAt"))
        assert page.js("nodes.get(window.policykg.searchAt).hidden") is False
    assert len(seen) == total
    page.page.press("#search", "Enter")
    assert f"1/{total}" in page.page.inner_text("#search-msg")  # wraps around
    page.page.select_option("#f-mech", "mechanism:昌吉市防治重大疾病工作联席会议")
    page.page.select_option("#f-kind", "公安")
    assert _colours(page) == before
    page.assert_clean()
    target = os.environ.get("POLICYKG_SCREENSHOT")
    if target:
        page.page.close()
        page = Opened(browser, out)
        page.page.screenshot(path=str(Path(target).with_name("overview.png")))
    page.page.close()


def test_compare_page_in_browser(browser, tmp_path):
    out = tmp_path / "compare.html"
    compare_page(compare_fixture(), out)
    page = Opened(browser, out)
    bridges = page.js("nodes.get({filter: n => n.id.startsWith('kind|')}).map(n => n.label).sort()")
    assert bridges == ["公安", "卫生健康"]
    table = page.page.inner_text("#compare-table")
    assert XSS_SCRIPT in table and XSS_IMG in table
    page.assert_clean()
    page.page.close()


def test_seed_compare_shows_eight_shared_kinds(browser, tmp_path):
    """Needs the real extractor (mechanisms, member units, kinds) and extractor.query.compare."""
    g = seed_graph()
    mechs = [d.get("name", n) for n, d in g.nodes(data=True) if d.get("type") == "mechanism"]
    assert len(mechs) >= 2, f"the seed corpus should give the two seed mechanisms, got {mechs}"
    out = tmp_path / "compare.html"
    summary = render(g, out, compare=("奈曼旗", "昌吉市"))
    assert set(summary["shared"]) == SHARED_SEED_KINDS
    page = Opened(browser, out)
    bridges = page.js("nodes.get({filter: n => n.id.startsWith('kind|')}).map(n => n.label)")
    assert set(bridges) == SHARED_SEED_KINDS
    rows = page.js("[...document.querySelectorAll('#compare-table tr.shared')].map(r => r.dataset.kind)")
    assert set(rows) == SHARED_SEED_KINDS
    page.assert_clean()
    if os.environ.get("POLICYKG_SCREENSHOT"):
        page.page.screenshot(path=str(Path(os.environ["POLICYKG_SCREENSHOT"]).with_name("compare.png")))
    page.page.close()



def test_seed_matrix_page(browser, tmp_path):
    """The responsibility matrix of a disease: offline, no script, evidence on hover."""
    from extractor.render import render_matrix

    out = tmp_path / "matrix.html"
    summary = render_matrix(seed_graph(), out, mechanism="昌吉市")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests: list[str] = []
    page.route("**/*", lambda r: (requests.append(r.request.url), r.continue_() if r.request.url.startswith("file:") else r.abort()))
    page.goto(out.resolve().as_uri())
    assert page.evaluate("document.querySelectorAll('#matrix tbody tr').length") == summary["rows"]
    assert page.evaluate("document.scripts.length") == 0
    kinds = page.evaluate("[...document.querySelectorAll('th.kind')].map(t => t.textContent)")
    assert "公安" in kinds and len(kinds) == summary["kinds"]
    assert page.evaluate("[...document.querySelectorAll('td.duty[title]')].length") == summary["rows"]
    assert all(u.startswith("file://") for u in requests)
    if os.environ.get("POLICYKG_SCREENSHOT"):
        page.screenshot(path=str(Path(os.environ["POLICYKG_SCREENSHOT"]).with_name("matrix.png")))
    page.close()


def _label_boxes(page) -> dict:
    """Every shown node's label as drawn: {id: [left, top, right, bottom]} in screen pixels."""
    return page.js(
        """(() => { const out = {};
        nodes.get({filter: n => !n.hidden}).forEach(n => {
          const s = network.body.nodes[n.id].labelModule.size;
          if (!s || !s.width) return;
          const a = network.canvasToDOM({x: s.left, y: s.top}), b = network.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
          out[n.id] = [a.x, a.y, b.x, b.y]; });
        return out; })()"""
    )


def _overlaps(boxes: dict, margin: float = 1.0) -> list[tuple[str, str]]:
    ids = sorted(boxes)
    hits = []
    for i, a in enumerate(ids):
        ax0, ay0, ax1, ay1 = boxes[a]
        for b in ids[i + 1:]:
            bx0, by0, bx1, by1 = boxes[b]
            if min(ax1, bx1) - max(ax0, bx0) > margin and min(ay1, by1) - max(ay0, by0) > margin:
                hits.append((a, b))
    return hits


def test_seed_overview_labels_do_not_overlap(browser, tmp_path):
    """The first view of the whole seed corpus: no two labels overlap (the 29 units of
    昌吉市's 联席会议 used to pile onto each other and onto the mechanism's name), each is
    on screen, and labels are drawn at 10 px or more; a filter refits the view."""
    g = seed_graph()
    out = tmp_path / "graph.html"
    render(g, out)
    page = Opened(browser, out)
    box = page.js("(() => { const r = document.getElementById('network').getBoundingClientRect(); return [r.width, r.height]; })()")
    boxes = _label_boxes(page)
    assert len(boxes) == page.js("nodes.get({filter: n => !n.hidden}).length") > 60
    assert _overlaps(boxes) == []
    off = [n for n, (x0, y0, x1, y1) in boxes.items() if x0 < 0 or y0 < 0 or x1 > box[0] or y1 > box[1]]
    assert off == []
    px = page.js("network.getScale() * 20")
    assert px >= 10, f"labels are {px:.1f} px on screen at the first view"
    chj = "mechanism:昌吉市防治重大疾病工作联席会议"
    units = [u for u, _v, d in g.in_edges(chj, data=True) if d.get("relation") == "member_unit_of"]
    assert len(units) == 29 and all(u in boxes for u in units)
    # a filter refits the view to what is left: the police bodies fill the screen
    page.page.select_option("#f-kind", "公安")
    shown = page.js("nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    scale_after = page.js("network.getScale()")
    assert scale_after > px / 20 and all(
        0 <= p[0] <= box[0] and 0 <= p[1] <= box[1]
        for p in page.js(f"{_js_str(shown)}.map(id => network.canvasToDOM(network.getPositions([id])[id])).map(p => [p.x, p.y])")
    )
    page.assert_clean()
    page.page.close()
