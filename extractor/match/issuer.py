"""The issuing body: the notice's issuer (from the document metadata, ``doc._.meta``) as a
body of the notice, with the line that names it (searched from the end: the signature),
if it names a body or the mechanism."""

from __future__ import annotations

from ..notice import Notice
from ..resolve import name_key
from .orgs import looks_like_org


def find_issuer(notice: Notice) -> None:
    """Sets ``notice.issuer`` to (body or mechanism, span of its name on the line)."""
    name = notice.meta.get("issuer")
    if not name:
        return
    key = name_key(name)
    for ln in reversed(notice.content_lines()):
        if name_key(ln.text).startswith(key):
            span = (ln.start, ln.start + len(ln.text.split(" ")[0]))
            mech = notice.mechanism
            if mech and key in {name_key(n) for n in (mech.name, *mech.aliases)}:
                notice.issuer = (mech, span)
            elif notice.lex.kind_of(name) or looks_like_org(name, notice):
                notice.issuer = (notice.table.add(name), span)
            return
