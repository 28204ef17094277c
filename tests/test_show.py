"""``policykg show``: one notice as an offline HTML page with its findings highlighted."""

from __future__ import annotations

import re

from click.testing import CliRunner

from extractor import load
from extractor.cli import cli
from extractor.show import COLORS, render_doc

HOSTILE = '青山县卫健局：负责<script>alert("x")</script>结核病防治工作；做好 & 统筹。\n\n</div><img src=x onerror=alert(1)>县公安局：配合开展宣传。\n'


def test_hostile_text_is_escaped_and_the_page_is_self_contained():
    page = render_doc(load()(HOSTILE), title="<b>通知</b>.txt")
    assert "<script" not in page and "<img" not in page and "<b>通知" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)  # nothing fetched
    assert "<link" not in page
    for label in ("ORG", "DUTY", "DISEASE", "PERSON"):
        assert label in page and COLORS[label] in page  # the legend


def test_show_command_writes_the_page(tmp_path, seeds):
    out = tmp_path / "seed.html"
    res = CliRunner().invoke(cli, ["show", str(seeds["000"]), "-o", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert "旗公安局" in page and "PERSON" in page
    assert page.count("<br>") > 20  # the notice's lines stay lines
    assert "28 people" in res.output
