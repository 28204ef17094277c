"""The issuing body: the line that names the notice's issuer (from the document metadata,
``doc._.meta``), searched from the end (the signature). Which body it names is resolved
after matching (:func:`issuer_body`, run by ``policykg_resolve``), so this component
reads no body another component found and adds none."""

from __future__ import annotations

import re

from ..lexicon import one_character_levels
from ..normalize import t2s_converter
from ..notice import Line, Notice, Span
from ..resolve import Org, name_key
from .docmeta import cosigners, header_issuers, title_issuers
from .orgs import looks_like_org

# 君山区|钱粮湖镇…: a place of a level written with one character before a lower place
_UPPER_PLACE = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?[{one_character_levels()}](?=[\u4e00-\u9fff]{{2,4}}?[市县区旗镇乡街])")
_DECREE = re.compile(r"令(?:\s*第\s*[0-9０-９]{1,5}\s*[号號]|\s*$)")  # X令第N号; X令 with its number below
_DATE_LINE = re.compile(r"\s*[0-9０-９〇零○一二三四五六七八九]{2,4}\s*年[^。，]{1,8}日\s*$")  # the signing date alone
_LABEL_END = re.compile(r"[\u4e00-\u9fff]{2,6}(?:[:：]|】)[\s|｜]*$")


def find_issuer(notice: Notice) -> None:
    """Sets ``notice.issuer_line`` to (the issuer's name, span of its name on the line)."""
    name = notice.meta.get("issuer")
    if not name:
        return
    convert = t2s_converter()
    for form in dict.fromkeys((name, convert(name) if convert else name)):  # the text is simplified
        if _find_issuer_line(notice, form):
            return


def _find_issuer_line(notice: Notice, name: str) -> bool:
    key = name_key(name)
    for ln in reversed(notice.content_lines()):
        if name_key(ln.text).startswith(key):
            notice.issuer_line = (name, (ln.start, ln.start + len(ln.text.split(" ")[0])))
            return True
    for ln in notice.lines:  # a publication table's field: 发文单位：X, 【发布部门】X; a decree: X令第N号
        i = ln.text.find(name)
        if 0 < i <= 40 and (_LABEL_END.search(ln.text, 0, i) or _DECREE.match(ln.text, i + len(name))):
            notice.issuer_line = (name, (ln.start + i, ln.start + i + len(name)))
            return True
    lines = notice.lines
    for k in range(len(lines) - 1, -1, -1):  # signed below the attachments' list (附：1、…), no content line
        ln = lines[k]
        signed = k + 1 < len(lines) and _DATE_LINE.match(lines[k + 1].text) and ln.text.endswith(name)
        i = ln.text.rfind(name)
        dated = i > 0 and ln.text[i - 1] == " " and _DATE_LINE.fullmatch(ln.text, i + len(name))
        # …任务.docx盘山县人民政府办公室 / 2016年9月8日: joined to the last one; …成员。 X 二○○九年八月六日: a copy in one line
        if name_key(ln.text) == key or signed or dated:
            notice.issuer_line = (name, (ln.start + i, ln.start + i + len(name)) if i >= 0 else (ln.start, ln.end))
            return True
    return False


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
        table = notice.table
        known = None
        m = _UPPER_PLACE.match(name)
        if m and len(name) - m.end() >= 4:
            # 君山区钱粮湖镇人民政府 signs for the 钱粮湖镇人民政府 the text names: the county before the town
            known = table.find(name[m.end():], by_kind=False)
        known = known or _short_named(notice, name)
        if known is not None:
            table.alias(known, name)
        notice.issuer = (known or table.add(name), span)
    _cosigners(notice)


def _short_named(notice: Notice, name: str) -> Org | None:
    """The body the text names by the issuer's short name (``工委`` for ``中共X街道工作委员会``)."""
    for ending, shorts in notice.lex.cue_map("issuer_short_names").items():
        if name.endswith(ending):
            found = (notice.table.find(short, by_kind=False) for short in shorts)
            return next((org for org in found if org is not None), None)
    return None


def _cosigners(notice: Notice) -> None:
    """The joint issuers signed after the first: below it (``省民政厅`` under ``省卫生计生委``),
    beside it on the signature line (``A厅　B局``), after it in the title (``A部、B部关于…``) or
    in the header above the title (``中共X乡委员会　X乡人民政府``)."""
    lines = notice.content_lines()
    signed = cosigners(notice.text)
    found = [(name, _signed_at(lines, name)) for name in signed]
    if not signed:
        joint = title_issuers(notice.meta.get("title"))
        issuer = notice.meta.get("issuer")
        if joint and issuer and name_key(issuer) == name_key(joint[0]):
            found = [(name, _titled_at(lines, joint[0], name)) for name in joint[1:]]
        headed = [] if joint else header_issuers(notice.text, notice.meta.get("title"))
        if headed and issuer and name_key(issuer) == name_key(headed[0]):
            found = [(name, _headed_at(lines, name)) for name in headed[1:]]
    for name, at in found:
        if at is not None and (notice.lex.kind_of(name) or looks_like_org(name, notice)):
            notice.cosigners.append((notice.table.add(name), at))


def _signed_at(lines: list[Line], name: str) -> Span | None:
    """The span of a cosigner's name on its signature line: the line is the name, or names
    side by side, one of them this one (searched from the end)."""
    key = name_key(name)
    for ln in reversed(lines):
        if name_key(ln.text) == key or name in ln.text.split():
            i = ln.text.find(name)
            start = ln.start + (i if i >= 0 else ln.text.find(name[0]))  # 国 家 卫 健 委: spaced out
            return (start, start + len(name))
    return None


def _headed_at(lines: list[Line], name: str) -> Span | None:
    """The span of a joint issuer's name in the notice's header (its first line naming it)."""
    for ln in lines:
        if (i := ln.text.find(name)) >= 0:
            return (ln.start + i, ln.start + i + len(name))
    return None


def _titled_at(lines: list[Line], first: str, name: str) -> Span | None:
    """The span of a joint issuer's name on the title line that starts with the first issuer."""
    for ln in lines:
        text = ln.text.lstrip()
        if text.startswith(first) and (i := ln.text.find(name)) > 0:
            return (ln.start + i, ln.start + i + len(name))
    return None
