"""Document metadata from the text of a notice: title, 文号, date and issuer.

``document_meta(text)`` is cheap (linear in the text, simple regexes on short lines) and
never raises; a field it cannot find is ``None``. Conventions of the official-document
format (党政机关公文格式) it relies on:

* **title**: a line starting with ``关于`` (or an issuer name and ``关于``) and ending with
  a document kind (``通知``, ``决定``, ``意见`` ...), possibly wrapped over two or three
  lines; otherwise the first short heading-like line near the top.
* **number** (文号): ``<机关代字><〔年〕><序号>号`` on a line of its own near the top, with
  〔〕, [], ［］, （） or () around the year, possibly followed by ``签发人：…``. Numbers
  cited inside sentences are ignored.
* **date**: the signing date (成文日期) ``YYYY年M月D日`` (Arabic or Chinese numerals) on a line
  of its own, or after the issuer on one line; else the ``…印发`` date of the colophon.
* **issuer**: the line just above the signing date (or the text before the date on the
  same line); else the red header ``…文件``; else the colophon's ``… 日期印发`` line.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

_KINDS = "通知|通报|决定|意见|批复|批覆|报告|请示|函|公告|通告|办法|规定|方案|规则|制度|纪要|决议|措施|规划|计划|要点|清单|安排|细则|纲要|条例"
_TITLE_RE = re.compile(rf"^(?:[\u4e00-\u9fff（）()]{{2,30}}?)?关于.{{2,120}}?(?:{_KINDS})$")
_TITLE_START = re.compile(r"^(?:[\u4e00-\u9fff（）()]{2,30}?)?关于")
_NUMBER_CORE = (
    r"(?P<number>[\u4e00-\u9fff]{1,15}\s*[〔\[［(（【]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］)）】]"
    r"\s*第?\s*\d{1,5}\s*[号號])"
)
# 文号 alone on its line, possibly in parentheses and followed by the date, or before 《title》
_NUMBER_RE = re.compile(
    rf"^[（(]?{_NUMBER_CORE}(?:\s+签发人[:：].*|\s*(?P<date>[0-9]{{4}}年[0-9]{{1,2}}月[0-9]{{1,2}}日))?[)）]?(?=$|《)"
)
# 楚雄彝族自治州人民政府令第18号: a decree's number, alone or between spaces on its line
_DECREE_RE = re.compile(r"(?:^|\s)(?P<number>(?P<issuer>[\u4e00-\u9fff]{2,30})令\s*第\s*\d{1,5}\s*号)(?=\s|$)")
# law-database and disclosure fields: 【发文字号】…, 发布部门: …, 发布日期:2006-04-12, 名称:…
_FIELD_RE = re.compile(
    r"(?:【(?P<k1>发文字号|发布部门|发布日期|标题)】|(?P<k2>发布文号|发文字号|文号|发布部门|发文机关|发布机关|发布日期|成文日期|名称)[:：])"
    r"[ \t]*(?P<v>[^\t【】\n]{2,80}?)(?=[ \t]{2,}|\t|【|$)", re.M)
_FIELD_DAY_RE = re.compile(
    r"(?:【发布日期】|发布日期[:：]|成文日期[:：])[ \t]*(?P<y>(?:19|20)\d{2})[-.年/](?P<m>\d{1,2})[-.月/](?P<d>\d{1,2})")
_FIELD_DATE_RE = re.compile(r"^(?P<y>(?:19|20)\d{2})[-.年/](?P<m>\d{1,2})[-.月/](?P<d>\d{1,2})日?$")
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, **{str(i): i for i in range(10)}}
_NUM = r"[0-9０-９]{1,4}|[〇零○Ｏ一二三四五六七八九十]{1,4}"
_DATE_RE = re.compile(
    rf"(?P<y>[0-9０-９]{{4}}|[〇零○Ｏ一二三四五六七八九0-9]{{4}})\s*年\s*(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*日"
)
_HEADER_RE = re.compile(r"^(?P<org>[\u4e00-\u9fff（）()]{2,40})文件$")
_SENTENCE_PUNCT = re.compile(r"[，。；：:！？,;!?、“”\"《》]")

_HEAD_LINES = 60  # title and number are in the first lines of a notice
_MAX_LINE = 200  # longer lines are body text, never metadata


def _cn_number(text: str) -> int | None:
    """Arabic, full-width or Chinese numerals (二〇二三, 十二, 二十五) to int."""
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = _CN_DIGITS.get(tens, -1) if tens else 1
        o = _CN_DIGITS.get(ones, -1) if ones else 0
        return None if t < 0 or o < 0 else t * 10 + o
    digits = [_CN_DIGITS.get(ch) for ch in text]
    if any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def _iso_date(match: re.Match[str]) -> str | None:
    y, m, d = (_cn_number(match.group(k)) for k in ("y", "m", "d"))
    if y is None or m is None or d is None or not 1900 <= y <= 2100:
        return None
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def _clean(line: str) -> str:
    return re.sub(r"\s+", " ", line.replace("\u3000", " ")).strip()


def _lines(text: str) -> list[str]:
    """Lines of the text, cleaned only where metadata can be (head, short dated lines)."""
    raw = text.splitlines()
    out: list[str] = []
    for i, line in enumerate(raw):
        if len(line) > _MAX_LINE * 4:
            out.append("")
        elif i < _HEAD_LINES or ("日" in line and len(line) <= 200) or (line and line.isspace()):
            out.append(_clean(line))
        else:
            out.append(line.strip())
    return out


def _is_cjk_heading(line: str) -> bool:
    """Mostly Chinese characters (digits, dashes and brackets of a year range do not count)."""
    cjk = sum(1 for ch in line if "\u4e00" <= ch <= "\u9fff")
    rest = re.sub(r"[\s0-9０-９（）()—\-–“”]", "", line)
    return cjk >= 4 and cjk >= 0.6 * len(rest)


def _title(lines: list[str]) -> str | None:
    head = lines[:_HEAD_LINES]
    for i, line in enumerate(head):
        if len(line) > _MAX_LINE or not _TITLE_START.match(line):
            continue
        joined = line
        for extra in range(0, 3):
            candidate = joined.replace(" ", "")
            if _TITLE_RE.match(candidate):
                return candidate
            nxt = i + extra + 1
            if nxt >= len(head) or not head[nxt] or len(head[nxt]) > 60:
                break
            joined += head[nxt]
    d = _DECREE_RE.search(head[0]) if head else None
    if d and d.start() > 0 and _is_cjk_heading(head[0][: d.start()]):  # 楚雄…暂行规定 楚雄…令第18号
        return head[0][: d.start()].replace(" ", "")
    m = _NUMBER_RE.match(head[0]) if head else None
    if m and head[0][m.end() :].startswith("《") and head[0].endswith("》"):  # 厦府办〔2018〕198号《…的通知》
        return head[0][m.end() + 1 : -1].replace(" ", "")
    found = []
    for i, line in enumerate(head):  # fallback: a short heading-like line, one ending in a kind first
        if (
            4 <= len(line) <= 60
            and _is_cjk_heading(line)
            and not _SENTENCE_PUNCT.search(line.rstrip("》").replace("“", "").replace("”", ""))
            and not _NUMBER_RE.match(line)
            and not _DATE_RE.search(line)
            and not _HEADER_RE.match(line)
            and not _MARKER_RE.match(line)
            and not (i + 1 < len(head) and _DATE_RE.fullmatch(head[i + 1].replace(" ", "")))  # a signature
        ):
            found.append(line.replace(" ", ""))
    kinds = [t for t in found if re.search(rf"(?:{_KINDS})(?:[（(][^）)]*[）)])?$", t)]
    return (kinds or found or [None])[0]


_MARKER_RE = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])")


def _number(lines: list[str]) -> tuple[str | None, int | None]:
    for line in lines[:_HEAD_LINES]:
        m = _NUMBER_RE.match(line)
        if m:
            return re.sub(r"\s+", "", m.group("number")), int(m.group("year"))
    for line in lines[:3]:
        m = _DECREE_RE.search(line)
        if m:
            return re.sub(r"\s+", "", m.group("number")), None
    return None, None


def _fields(lines: list[str]) -> dict[str, str]:
    """Labelled metadata of law databases and disclosure pages in the head of the text:
    ``{"number", "issuer", "date", "title"}`` (only those given)."""
    out: dict[str, str] = {}
    keys = {"发文字号": "number", "发布文号": "number", "文号": "number", "发布部门": "issuer",
            "发文机关": "issuer", "发布机关": "issuer", "发布日期": "date", "成文日期": "date",
            "名称": "title", "标题": "title"}
    for line in lines[:_HEAD_LINES]:
        if len(line) > _MAX_LINE * 4:
            continue
        d = _FIELD_DAY_RE.search(line)  # 发布日期:2006-04-12 生效日期:…
        if d and "date" not in out:
            try:
                out["date"] = datetime.date(int(d.group("y")), int(d.group("m")), int(d.group("d"))).isoformat()
            except ValueError:
                pass
        for m in _FIELD_RE.finditer(line):
            key = keys[m.group("k1") or m.group("k2")]
            value = m.group("v").strip()
            if key == "date":
                d = _FIELD_DATE_RE.match(value)
                if not d:
                    continue
                try:
                    value = datetime.date(int(d.group("y")), int(d.group("m")), int(d.group("d"))).isoformat()
                except ValueError:
                    continue
            elif key == "number" and not (re.search(r"[〔\[［(（【](?:19|20)\d{2}[〕\]］)）】].*号$", value)
                                          or re.search(r"令第\d+号$", value)):
                continue
            elif key == "issuer" and not _issuer_line(value):
                continue
            out.setdefault(key, value.replace(" ", ""))
    return out


_ISSUER_END = re.compile(r"(?:政府|办公厅|办公室|部|委|委员会|局|厅|署|院|指挥部|领导小组|党组|党委)$")


def _title_issuer(title: str | None) -> str | None:
    """``卫生部关于做好…的通知`` -> 卫生部 (``X转发Y关于…``: X)."""
    if not title:
        return None
    title = re.sub(r"^【[^】]*】", "", title)  # a site's column tag
    k = title.find("关于")
    head = title[:k] if k >= 2 else ""
    head = head.split("转发")[0]
    joint = re.match(r"[\u4e00-\u9fff]+?(?:厅|局|委|部|办公室|办公厅|政府)(?=[省市县区])", head)
    if joint:  # 江苏省卫生厅省教育厅: a joint notice, the first issuer
        head = joint.group(0)
    if 2 <= len(head) <= 30 and _ISSUER_END.search(head) and re.fullmatch(r"[\u4e00-\u9fff]+", head):
        return head
    return None


def _issuer_line(line: str) -> str | None:
    if (
        2 <= len(line) <= 40
        and (_is_cjk_heading(line) or re.fullmatch(r"[\u4e00-\u9fff]{2,3}", line))
        and not _SENTENCE_PUNCT.search(line)
        and not line.startswith(("附件", "抄送", "主送", "联系人"))
    ):
        return line.replace(" ", "")
    return None


def _date_and_issuer(lines: list[str]) -> tuple[str | None, str | None]:
    printed: tuple[str | None, str | None] = (None, None)
    for i, line in enumerate(lines):
        if "年" not in line or "日" not in line or len(line) > 80:
            continue
        m = _DATE_RE.search(line)
        if not m:
            continue
        before, after = line[: m.start()].strip(), line[m.end() :].strip()
        iso = _iso_date(m)
        if iso is None:
            continue
        if after in ("印发", "印") and printed[0] is None:
            printed = (iso, _issuer_line(before) if before else None)
            continue
        if after and not re.fullmatch(r"[（(][^）)]{1,12}[）)]", after):  # (此件公开发布)
            continue
        if before:
            issuer = _issuer_line(before)
            if issuer:
                return iso, issuer
            continue
        issuer = None
        for j in range(i - 1, max(-1, i - 4), -1):  # nearest non-empty line above
            if lines[j]:
                issuer = _issuer_line(lines[j])
                break
        return iso, issuer
    return printed


def document_meta(text: str) -> dict[str, Any]:
    """``{"title", "number", "date", "issuer", "year"}`` of a notice (``None`` if absent)."""
    try:
        lines = _lines(text)
        fields = _fields(lines)
        title = _title(lines) or fields.get("title")
        if fields.get("title") and not (title and _TITLE_RE.match(title)):
            title = fields["title"]
        number, number_year = _number(lines)
        if number is None and fields.get("number"):
            number = fields["number"]
            y = re.search(r"(?:19|20)\d{2}", number)
            number_year = int(y.group(0)) if y else None
        date, issuer = _date_and_issuer(lines)
        if date is None:
            date = fields.get("date") or _number_date(lines)
        if issuer is None:
            issuer = _title_issuer(title) or fields.get("issuer")
        if issuer is None:
            for line in lines[:_HEAD_LINES]:
                m = _HEADER_RE.match(line.replace(" ", ""))
                if m:
                    issuer = m.group("org")
                    break
        if issuer is None:
            issuer = _printed_issuer(lines)
        if issuer is None:
            issuer = _title_issuer(title)
        if issuer is None and lines:
            d = _DECREE_RE.search(lines[0])
            issuer = d.group("issuer") if d else None
        year = int(date[:4]) if date else number_year
    except Exception:  # metadata is best effort: never break extraction
        return {"title": None, "number": None, "date": None, "issuer": None, "year": None}
    return {"title": title, "number": number, "date": date, "issuer": issuer, "year": year}


def _number_date(lines: list[str]) -> str | None:
    """``(卫疾控发〔1997〕第18号 1997年5月20日)``: the date beside the 文号."""
    for line in lines[:_HEAD_LINES]:
        m = _NUMBER_RE.match(line)
        if m and m.group("date"):
            d = _DATE_RE.search(m.group("date"))
            return _iso_date(d) if d else None
    return None


def _printed_issuer(lines: list[str]) -> str | None:
    for line in reversed(lines[-40:]):
        m = _DATE_RE.search(line)
        if m and line[m.end() :].strip() in ("印发", "印"):
            before = line[: m.start()].strip()
            return _issuer_line(before) if before else None
    return None
