"""The issuing body: the line that names the notice's issuer (from the document metadata,
``doc._.meta``), searched from the end (the signature). Which body it names is resolved
after matching (:func:`issuer_body`, run by ``policykg_resolve``), so this component
reads no body another component found and adds none."""

from __future__ import annotations

from ..notice import Notice
from ..resolve import name_key
from .orgs import looks_like_org


def find_issuer(notice: Notice) -> None:
    """Sets ``notice.issuer_line`` to (the issuer's name, span of its name on the line)."""
    name = notice.meta.get("issuer")
    if not name:
        return
    key = name_key(name)
    for ln in reversed(notice.content_lines()):
        if name_key(ln.text).startswith(key):
            notice.issuer_line = (name, (ln.start, ln.start + len(ln.text.split(" ")[0])))
            return


def issuer_body(notice: Notice) -> None:
    """Sets ``notice.issuer`` to (body or mechanism, span) when the issuer's line names the
    mechanism or a body (adding the body to the notice's table)."""
    if notice.issuer_line is None:
        return
    name, span = notice.issuer_line
    key = name_key(name)
    mech = notice.mechanism
    if mech and key in {name_key(n) for n in (mech.name, *mech.aliases)}:
        notice.issuer = (mech, span)
    elif notice.lex.kind_of(name) or looks_like_org(name, notice):
        notice.issuer = (notice.table.add(name), span)
