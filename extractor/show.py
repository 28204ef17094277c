"""See the evidence: one notice as HTML with its findings highlighted (displaCy's ``span``
style, one colour per label, a legend). The page is self-contained (no scripts, fonts or
stylesheets from elsewhere) and every piece of the notice's text is HTML-escaped."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

#: The span groups shown, and the colour of each label.
COLORS: dict[str, str] = {
    "MECHANISM": "#f4a261",
    "ORG": "#8ecae6",
    "OFFICE": "#bde0fe",
    "GROUP": "#bde0fe",
    "COMMITTEE": "#bde0fe",
    "PERSON": "#ffb4c6",
    "DUTY": "#d8f3dc",
    "DISEASE": "#e76f51",
    "DEADLINE": "#ffd166",
}
GROUPS = ("mechanisms", "orgs", "bodies", "people", "duties", "diseases", "deadlines")
_KB_LABELS = {"ORG", "PERSON", "OFFICE", "GROUP", "COMMITTEE"}
_END = "\u2063"  # marks the end of a piece of text (displaCy adds a space after each)
_BREAK = "\u2064"  # a line break of the notice


def render_doc(doc: Doc, title: str | None = None) -> str:
    """The HTML page of a Doc made by ``extractor.load()``."""
    from spacy import displacy

    spans = [sp for g in GROUPS if g in doc.spans for sp in doc.spans[g]]
    text = doc.text
    cuts = {0, len(text)}
    for sp in spans:
        cuts.update((sp.start_char, sp.end_char))
    for m in re.finditer(r"\n+", text):
        cuts.update(m.span())
    bounds = sorted(cuts)
    pieces = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    index = {a: i for i, (a, _b) in enumerate(pieces)}
    ends = {b: i + 1 for i, (_a, b) in enumerate(pieces)}
    tokens = [_BREAK if text[a:b].strip("\n") == "" else text[a:b] + _END for a, b in pieces]
    data = {
        "text": text,
        "tokens": tokens,
        "spans": [
            {"start_token": index[sp.start_char], "end_token": ends[sp.end_char], "label": sp.label_,
             **({"kb_id": html.escape(sp.kb_id_)} if sp.kb_id_ and sp.label_ in _KB_LABELS else {})}
            for sp in spans
        ],
        "title": None,
    }
    body = displacy.render(data, style="span", manual=True, page=False, jupyter=False, options={"colors": COLORS})
    body = re.sub(r">\s+<", "><", body).replace(_END + " ", "").replace(_END, "")
    body = body.replace(_BREAK + " ", "<br>").replace(_BREAK, "<br>")
    name = html.escape(title or doc._.doc_name or "notice")
    return _PAGE.format(title=name, legend=_legend(spans), body=body)


def _legend(spans: list[Any]) -> str:
    counts: dict[str, int] = {}
    for sp in spans:
        counts[sp.label_] = counts.get(sp.label_, 0) + 1
    items = "".join(
        f'<span class="key" style="background:{COLORS.get(label, "#ddd")}">{html.escape(label)} '
        f"<small>{counts.get(label, 0)}</small></span>"
        for label in COLORS
    )
    return f'<div class="legend">{items}</div>'


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif;
       margin: 2rem; line-height: 1.6; }}
.legend {{ position: sticky; top: 0; background: #fff; padding: .5rem 0; border-bottom: 1px solid #ccc; }}
.key {{ display: inline-block; padding: .1rem .5rem; margin: .1rem; border-radius: .3rem; }}
</style>
</head>
<body>
<h1>{title}</h1>
{legend}
{body}
</body>
</html>
"""
