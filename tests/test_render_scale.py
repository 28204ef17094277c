"""How big a graph the page can draw: synthetic graphs timed in headless Chromium.

Run ``python -m tests.test_render_scale`` to print the table the README quotes; the
slow browser test below checks that the limits in extractor/render.py still hold.
``python -m tests.test_render_scale --write FILE N`` writes the synthetic graph of N nodes
as node-link JSON (for ``policykg render --graph FILE``; docs/render.md uses it).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import networkx as nx
import pytest

from extractor.render import PHYSICS_MAX_NODES, render

CHROMIUM = "/usr/bin/chromium"


def synthetic(n_nodes: int) -> nx.MultiDiGraph:
    """Mechanism-shaped graph: per mechanism 24 units, 3 duties each, 4 diseases."""
    g = nx.MultiDiGraph()
    i = 0
    while g.number_of_nodes() < n_nodes:
        doc = f"{i:04d}.txt"
        m = f"mechanism:m{i}"
        g.add_node(m, type="mechanism", name=f"机制{i}", aliases=[], docs=[doc])
        diseases = [f"disease:d{(i + k) % 40}" for k in range(4)]
        for d in diseases:
            g.add_node(d, type="disease", name=d[8:], aliases=[], docs=[doc])
        for u in range(24):
            o = f"org:m{i}u{u}"
            g.add_node(o, type="organization", name=f"某地单位{i}-{u}", kind=f"类{u % 12}", aliases=[], docs=[doc])
            g.add_edge(o, m, key=f"member_unit_of@{doc}", relation="member_unit_of", doc=doc, evidence="成员", span=[0, 2])
            for t in range(3):
                duty = f"duty:{doc}#{u * 3 + t}"
                g.add_node(duty, type="duty", name="职责", text=f"负责第{t}项防治工作并报送进展情况", doc=doc,
                           mechanism=m, aliases=[], docs=[doc])
                g.add_edge(o, duty, key=f"responsible_for@{doc}", relation="responsible_for", doc=doc,
                           evidence="负责", span=[0, 2], role="lead")
                g.add_edge(duty, diseases[t], key=f"concerns@{doc}", relation="concerns", doc=doc,
                           evidence="负责", span=[0, 2])
                if g.number_of_nodes() >= n_nodes:
                    return g
        i += 1
    return g


def time_page(browser, path: Path) -> dict[str, float]:
    """Seconds to a settled page, and to one redraw afterwards (pan/zoom cost)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    t0 = time.perf_counter()
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.policykg && window.policykg.ready === true", timeout=600_000, polling=100)
    ready = time.perf_counter() - t0
    redraw = page.evaluate(
        "() => { const t = performance.now(); for (let i = 0; i < 5; i++) { network.moveTo({scale: 0.5 + i / 10}); network.redraw(); } return (performance.now() - t) / 5 / 1000; }"
    )
    page.close()
    return {"ready_s": round(ready, 2), "redraw_s": round(redraw, 3)}


def measure(sizes: list[int], out_dir: Path) -> list[dict[str, object]]:
    from playwright.sync_api import sync_playwright

    from tests.test_browser import ARGS

    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in sizes:
            g = synthetic(n)
            path = out_dir / f"synthetic_{n}.html"
            t0 = time.perf_counter()
            summary = render(g, path)
            write_s = time.perf_counter() - t0
            row = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "physics": summary["physics"],
                   "layout": summary["layout"],
                   "render_s": round(write_s, 2), "size_kb": path.stat().st_size // 1024, **time_page(browser, path)}
            rows.append(row)
            print(row, flush=True)
        browser.close()
    return rows


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.skipif(not Path(CHROMIUM).exists() and os.environ.get("CI") != "true", reason="needs chromium")
def test_limits_hold(tmp_path):
    """At the physics limit the page (an overview, laid out in Python) is ready in under
    30 s; past it, a static page is quick."""
    below, above = measure([PHYSICS_MAX_NODES, PHYSICS_MAX_NODES + 500], tmp_path)
    assert below["layout"] == "overview" and below["ready_s"] < 30
    assert above["layout"] == "static" and above["physics"] is False and above["ready_s"] < 15


if __name__ == "__main__":
    import tempfile

    import extractor.render as render_module

    args = sys.argv[1:]
    if args[:1] == ["--write"] and len(args) == 3:
        from extractor.graph import save

        g = synthetic(int(args[2]))
        save(g, args[1])
        print(f"wrote {args[1]}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
        sys.exit(0)
    if "--force-physics" in args:  # measure physics past the limit too
        args.remove("--force-physics")
        render_module.PHYSICS_MAX_NODES = render_module.PHYSICS_MAX_EDGES = 10**9
    sizes = [int(a) for a in args] or [200, 500, 1000, 1500, 2000, 3000, 5000, 10000]
    with tempfile.TemporaryDirectory() as tmp:
        measure(sizes, Path(tmp))
