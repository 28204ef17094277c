"""Rosters: people under 召集人/副召集人/成员/联络员 (组长/副组长 of a 领导小组), each with
organization and title (``刘剑华 奈曼旗公安局治安管理大队大队长``)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..notice import Notice, Person
from ..orgmatch import org_at, split_items
from ..text import HAN, sentence_at

_NAME = rf"[{HAN}·]{{2,8}}"  # 其达拉图, 阿不都热合曼, 艾力·买买提
_LINE_RE = re.compile(rf"(?P<name>{_NAME}) (?P<post>[{HAN}].*)")
_POST_FIRST_RE = re.compile(rf"(?P<post>[{HAN}][^ ]*[{HAN}]) (?P<name>{_NAME})")
_INLINE_RE = re.compile(rf"(?P<name>{_NAME}?)\s*[（(](?P<post>[^（）()]{{2,40}})[）)]")
_NOT_NAMES = ("成员", "组长", "联络员", "召集人", "主任", "委员", "单位", "部门", "领导", "同志", "职务", "姓名", "序号", "备注")


def _valid_name(name: str, notice: Notice) -> bool:
    return (
        2 <= len(name) <= 8
        and not any(w in name for w in _NOT_NAMES)
        and notice.lex.kind_of(name) is None
        and not name.endswith(("局", "委", "办", "部", "会", "院", "中心"))
    )


def _post(notice: Notice, start: int, end: int) -> tuple[tuple[int, int] | None, str | None]:
    """Split a post (``奈曼旗公安局治安管理大队大队长``) into organization span and title."""
    text = notice.text
    org_end = org_at(notice, text, start, end)
    if org_end is None:
        return None, text[start:end].strip(" 、，") or None
    title = text[org_end:end].strip(" 、，") or None
    return (start, org_end), title


def _add(notice: Notice, role: str, name_span: tuple[int, int], post: tuple[int, int], line: tuple[int, int]) -> None:
    text = notice.text
    name = text[name_span[0] : name_span[1]].replace(" ", "")
    if not _valid_name(name, notice):
        return
    org_span, title = _post(notice, *post)
    org = notice.table.add(text[org_span[0] : org_span[1]]) if org_span else None
    notice.people.append(Person(name=name, org=org, title=title, role=role, span=line))
    notice.roster_lines.add(line[0])


def find_roster(notice: Notice) -> None:
    """Read roster blocks line by line; role headers and 担任…联络员 sentences set the role."""
    text = notice.text
    lex = notice.lex
    header_re = re.compile(rf"^(?P<role>{lex.role_re.pattern})(?:\s*[：]\s*| (?={_NAME} ))(?P<rest>.*)$")
    role: str | None = None
    for ln in notice.content_lines():
        if ln.kind == "heading":
            role = None
            continue
        body = text[ln.body_start : ln.end]
        h = header_re.match(body)
        if h:
            role = lex.roles[h.group("role")]
            rest_start = ln.body_start + h.start("rest")
            if h.group("rest"):
                _inline(notice, role, rest_start, ln.end, (ln.start, ln.end))
            continue
        m = _LINE_RE.fullmatch(body) or _POST_FIRST_RE.fullmatch(body)
        if role and m and len(body) <= 70 and "。" not in body:
            _line(notice, role, ln.body_start, ln.end, (ln.start, ln.end))
            continue
        if role and _INLINE_RE.match(body) and "。" not in body:
            _inline(notice, role, ln.body_start, ln.end, (ln.start, ln.end))
            continue
        # A sentence announcing the next block: …担任联络员 / …为成员：
        last = None
        for rm in lex.role_re.finditer(body):
            after = body[rm.end() : rm.end() + 1]
            before = body[max(0, rm.start() - 2) : rm.start()]
            if after in ("", "：", "。", "，") and (before.endswith(("担任", "为")) or after == "：" or rm.end() == len(body)):
                last = rm.group(0)
        role = lex.roles[last] if last else (role if m else None)


_TITLE_END = ("长", "主任", "书记", "主席", "委员", "秘书", "专员", "干事", "负责人")


def title_and_name(seg: str) -> tuple[str, str] | None:
    """``副秘书长韩晓东`` -> (副秘书长, 韩晓东): a title ending and a 2–4 character name
    (three characters tried first, the commonest length)."""
    seg = seg.removesuffix("同志")
    for n in (3, 2, 4):
        title, name = seg[:-n], seg[-n:]
        if title.endswith(_TITLE_END) and re.fullmatch(rf"[{HAN}·]+", name):
            return title, name
    return None


def find_prose_roster(notice: Notice) -> None:
    """People named in a sentence: ``由市人民政府副市长方志远任组长，市卫生健康局局长
    李明、…任副组长``: each item is a body, a title and a name."""
    text = notice.text
    lex = notice.lex
    for ln in notice.content_lines():
        if ln.start in notice.roster_lines:
            continue
        for list_start, list_end, role in _role_posts(text, ln.body_start, ln.end, lex.role_re.pattern):
            by = text.rfind("由", list_start, list_end)  # 工作专班由X副市长Y任组长
            start = by + 1 if by >= 0 else list_start
            items: list[tuple[int, int]] = []
            for a, b in split_items(text, start, list_end):
                if items and org_at(notice, text, a, b) is None:
                    items[-1] = (items[-1][0], b)  # 党组书记、局长周文斌: one post in two parts
                else:
                    items.append((a, b))
            for a, b in items:
                org_end = org_at(notice, text, a, b)
                tn = title_and_name(text[org_end:b]) if org_end else None
                if tn is None or not _valid_name(tn[1], notice):
                    continue
                org = notice.table.add(text[a:org_end])
                span = sentence_at(text, list_start)
                notice.people.append(Person(tn[1], org, tn[0], lex.roles[role], span))


_POST_SEPARATORS = "，。；："


@lru_cache(maxsize=8)
def _role_post_re(role_pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:同志)?(?:任|担任)(?P<role>{role_pattern})")


def _role_posts(text: str, start: int, end: int, role_pattern: str) -> list[tuple[int, int, str]]:
    """``(list start, list end, role)`` of each ``…任组长`` in ``text[start:end]``: the list
    runs back from ``任`` to the previous ``，。；：`` (or the previous post). Linear in the
    line's length: each ``任`` is found once and the separator before it by bisection."""
    seps = [i for i in range(start, end) if text[i] in _POST_SEPARATORS]
    out: list[tuple[int, int, str]] = []
    pos = start
    for m in _role_post_re(role_pattern).finditer(text, start, end):
        if m.start() < pos:
            continue
        k = bisect.bisect_left(seps, m.start())
        list_start = max(pos, seps[k - 1] + 1) if k and seps[k - 1] >= pos else pos
        if list_start >= m.start():
            continue  # nothing before 任: no list
        out.append((list_start, m.start(), m.group("role")))
        pos = m.end()
    return out


def _inline(notice: Notice, role: str, start: int, end: int, line: tuple[int, int]) -> None:
    """``张三（市政府副市长）、李四（县卫健局局长）`` or ``张三 市政府副市长``."""
    text = notice.text
    found = False
    for m in _INLINE_RE.finditer(text, start, end):
        found = True
        _add(notice, role, (m.start("name"), m.end("name")), (m.start("post"), m.end("post")), line)
    if not found and (_LINE_RE.fullmatch(text, start, end) or _POST_FIRST_RE.fullmatch(text, start, end)):
        _line(notice, role, start, end, line)


def _line(notice: Notice, role: str, start: int, end: int, line: tuple[int, int]) -> None:
    """``张威 奈曼旗卫生健康委党组书记``, or post first: ``县人民政府副县长 张建国``."""
    text = notice.text
    first = _LINE_RE.fullmatch(text, start, end)
    last = _POST_FIRST_RE.fullmatch(text, start, end)
    if last and org_at(notice, text, start, last.end("post")) is not None:
        _add(notice, role, last.span("name"), last.span("post"), line)
    elif first:
        _add(notice, role, first.span("name"), (first.start("post"), end), line)
