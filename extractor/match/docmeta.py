"""Document metadata from the text of a notice: title, 文号, date and issuer.

``document_meta(text)`` is cheap (linear in the text, simple regexes on short lines) and
never raises; a field it cannot find is ``None``. Conventions of the official-document
format (党政机关公文格式) it relies on:

* **title**: a law database's title run on before its fields (``X关于…的通知文章属性•【制定机关】…``);
  else a line starting with ``关于`` (or an issuer name and ``关于``) and ending with
  a document kind (``通知``, ``决定``, ``意见`` ...), possibly wrapped over two or three
  lines, possibly wrapped in ``《》`` after its 文号 or behind a ``【…】`` tag, or run on into its
  文号 (``X关于…的通知国办函〔2021〕12号各省…：``, a copy that lost its line breaks); else the
  first line of the text when it is a bare title (no sentence punctuation, ending with a
  document kind such as ``方案``, ``规划``, ``清单``, an optional ``（2021—2023）`` after it);
  a bare title may run on into its first article (``X制度第一条…``, after a signature run on
  before it) or be broken over two lines (``X委员会`` / ``工作规则``, or ``X预置`` / a blank line /
  ``和分发管理规定``: a line going on with a conjunction never starts a title);
  else such a title just after the signing date (the attached document of a cover notice
  without a title, named in 《》 above it; maybe run on into its first article); else a decree's or announcement's heading (without a bracketed 文号); else
  the ``名称:`` field of a publication table; else a web page's
  headline, the line above its publication date (``发布时间：2024-10-08``, ``2023-04-03 09:12``,
  ``时间:2010-08-23 10:38:06``, a dashed date alone above the page's ``来源:`` line, a label alone on its line
  with the date on the next, ``发布时间:`` / ``2014/06/23``), or the first
  headline below it when the date line heads the page; else a news report's headline: the page's
  first line of words (only a site path, a menu or a bare label above it; a column label
  ``卫计要闻|`` dropped) with the report's first paragraph just below it or run on after it, or a
  reposted item's ``原标题:X`` (extractor/match/news_head.py).
* **number** (文号): ``<机关代字><〔年〕><序号>号`` (or 號) at the start of a line near the
  top, alone, in brackets, after a ``文号:`` / ``【发文字号】`` / ``文件编号 `` label, before the title's
  ``《`` or run on into a ``关于…`` title (``台政文〔2016〕67号关于…的通知``); with 〔〕, [], ［］, （）, () or 【】 around the year; a decree's ``…令第N号``; run on
  after its title (a date in brackets after it, ``（一九九〇年十二月五日）``, is the date beside it); else the
  number of a decree's or announcement's heading (``X令(X防指〔2020〕3号)``, ``X通告(第11号)``,
  ``X(17号令)``, ``X令`` with ``(第1号)`` on the next line, its announcement maybe run on after it);
  else a 文号 alone on its line that a copy clipped (its 号 or a bracket lost: ``林政[2009]14``,
  ``X〔202210``). Numbers cited inside sentences are ignored.
* **date**: the signing date (成文日期) ``YYYY年M月D日`` (Arabic or Chinese numerals, also
  mixed as in ``二00三年``) on a line of its own, or after the issuer on one line (a
  ``（此件公开发布）`` note may follow), or run on after a sentence (``…落实。X办公厅2021年5月19日（此件公开发布）``,
  ``国　务　院　　一九九九年十月三十一日``, a date marked ``…日签发``, a spaced-out signer ``科 技 部``, a decree's ``…施行。总理　李某　2017年12月25日``: a body or a
  post and name after a full stop or blank space, its date, then a note, blank space or the line's
  end); else the date beside the 文号; else a law
  database's ``发布日期``; else the ``…印发`` date of the colophon; else a web page's publication
  date (not a document site's upload date); else the date of the byline under a news headline
  (``0 不详 2018年10月17日``, day first ``07.04.2016 18:11``).
* **issuer**: the line just above the signing date (or the text before the date on the
  same line; the first of several signers, not an annex's line above them; none when the last
  signer line is the end of a broken name, ``…城乡交通`` / ``运输局``; two lines when one name starting
  with its place is broken over them (``X开发区…疫情`` / ``防控保障组办公室``); ``中国共产党`` on its own line joined to the
  next); else the red header ``…文件``, or the issuer alone on the line above a ``关于…``
  title (the body before 转发/印发 when that line is the title's start: ``X转发Y`` / ``关于…``); else the body of a decree number (``X令第N号``) or of the decree heading that is the title
  (without the state's name: ``中华人民共和国国务院令`` is issued by 国务院);
  else the issuer a title starts with (``X关于…的通知``, ``X贯彻…``, the first of joint
  issuers); else a law database's ``发布部门`` / ``发文单位`` / ``发布机关``; else the colophon's
  ``… 日期印发`` line. A web mirror's pinyin glosses (``關(guān)于``) are dropped first.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from ..lexicon import Lexicon, alternation, load_lexicon
from ..normalize import PINYIN_GLOSS
from ..numbering import CN_DIGITS, MARKER, cn_value
from .news_head import (
    byline_date,
    cjk_count,
    headline_before_lead,
    is_headline,
    iso_date,
    original_headline,
    without_column_label,
)

_KINDS = (
    "通知|通报|决定|意见|批复|报告|请示|函|公告|通告|办法|规定|方案|规则|制度|纪要|决议|"
    "通報|決定|意見|批覆|報告|請示|辦法|規定|規則|紀要|決議"
)
# kinds a bare title (no 关于) may end with: plans, lists and rules
_BARE_KINDS = (
    _KINDS + "|规划|計畫|计划|清单|清單|安排|要点|要點|细则|細則|纲要|綱要|条例|條例|措施|"
    "分解|分解表|任务表|一览表|实施方案|工作方案|行动方案|标准|標準"
)
# 關于: mixed conversions; joint issuers before it: A、B关于…
_TITLE_START = re.compile(r"^(?:[\u4e00-\u9fff（）()][\u4e00-\u9fff（）()、]{1,29}?)?[关關][于於]")
_TITLE_RE_T = re.compile(rf"^(?:[\u4e00-\u9fff（）()][\u4e00-\u9fff（）()、]{{1,29}}?)?[关關][于於].{{2,120}}?(?:{_KINDS})$")


_PLACEHOLDER = r"(?:[Xx]{2,3}|[ＸＸｘ]{2,3})"  # XX镇…方案: a model text's place left blank


def _bare_title_re(lex: Lexicon) -> re.Pattern[str]:
    """A bare title: its kinds (``_BARE_KINDS`` and the lexicon's ``bare_title_kinds``: 预案,
    进度表 …), an optional period and an optional short note in brackets after it."""
    kinds = "|".join([_BARE_KINDS, alternation(lex.cue("bare_title_kinds"))])
    return re.compile(
        rf"^{_PLACEHOLDER}?[\u4e00-\u9fff0-9“”\"《》〈〉（）()、·—\-]{{4,70}}?(?:{kinds})"
        r"(?:[（(][0-9０-９—\-－~～年至]{4,14}[)）])?(?:[(（][\u4e00-\u9fff0-9]{1,6}[)）])?$"
    )
_ENUM_START = re.compile(rf"^(?:{MARKER})")
_TAG_PREFIX = re.compile(r"^【[^】]{1,40}】")
_NUMBER_CORE = (
    r"[\u4e00-\u9fff]{1,15}\s*[〔\[［(（【]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］)）】]\s*第?\s*\d{1,5}\s*[号號]"
)
_NUMBER_RE = re.compile(rf"^(?P<number>{_NUMBER_CORE})(?:\s+签发人[:：].*)?$")
# a 文号 at a boundary of a head line: line start (a list's bullet ``• `` before it), after a label
# (``文号:``, ``文件编号 ``), a bracket or a space; the title may run on after it (``台政文〔2016〕67号关于…``)
_NUMBER_AT = re.compile(
    rf"(?:^|(?<=】)|(?<=[号號][:：])|(?<=[号號][:：][ \t])|(?<=[编文字][号號][ \t])|(?<=^[•·] ))[(（]?(?P<number>{_NUMBER_CORE})(?=$|[\s)）《【•]|[关關][于於])"
)
_DECREE_AT = re.compile(
    r"(?:^|(?<=[\s】:：]))(?P<number>(?P<org>[\u4e00-\u9fff]{2,30})令\s*第\s*[0-9０-９]{1,5}\s*[号號])(?=$|[\s)）《【])"
)
_NUM = r"[0-9０-９]{1,4}|[〇零○Ｏ一二三四五六七八九十]{1,4}"
_DATE_RE = re.compile(
    rf"(?P<y>[0-9０-９〇零○ＯO一二三四五六七八九]{{4}})\s*年\s*(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*日"
)
# a signing date cut by the end of the page: a year's start (20, 二○, 2021年3 …), never a table's
# row number (10, 12)
_BROKEN_DATE = re.compile(
    r"^(?:19|20|一九|二[〇零○Ｏ0])[〇零○Ｏ一二三四五六七八九0-9０-９]{0,2}(?:年[〇零○Ｏ一二三四五六七八九十0-9０-９月]{0,4})?$"
)
_NOTE_AFTER = re.compile(r"^[(（][^()（）]{1,20}[)）]$")  # （此件公开发布）
# the fields of a law database's or a government site's publication table (``发布机构: X``,
# ``成文日期: | 2023-09-26 |``: cells may be joined with ``|`` or tabs)
_DB_CELL = r"\s*(?:\|\s*)?"
# a date written with Arabic digits and separators (2023-09-26, 2023.9.26, 2023年9月26): its
# parts are read back with ``_ISO_PARTS``
_YMD = r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}"
_ISO_PARTS = re.compile(r"(?P<y>\d{4})\D+(?P<m>\d{1,2})\D+(?P<d>\d{1,2})")


def _db_date_re(lex: Lexicon) -> re.Pattern[str]:
    """A law database's date cell: ``【发布日期】2023-09-26``, ``[ 成文日期 ] 2022-09-26`` or
    ``成文日期: | 2023-09-26``."""
    labels = lex.cue_re("database_date_labels")
    return re.compile(rf"(?:【(?:{labels})】|\[\s*(?:{labels})\s*\]|(?:{labels})\s*[:：])" + _DB_CELL + rf"(?P<date>{_YMD})")


def _open_info_date_re(lex: Lexicon) -> re.Pattern[str]:
    """The date cell of a government site's open-information table: a date label and its date
    after spaces, a colon or ``|`` (``发文日期 2024-05-27``, ``| 生成日期 | 2018-08-03 |``), or on a
    line below the label (``生成日期:`` / blank / ``2020-07-03``, a list's bullet before it). The
    document's own date: it goes before the page's publication date."""
    labels = lex.cue_re("open_info_date_labels")
    return re.compile(rf"(?:^|[\s|•])(?:{labels})[\s:：|•]{{0,12}}(?P<date>{_YMD})(?![\d年])", re.M)


def _db_issuer_label(lex: Lexicon) -> str:
    """A law database's issuer label: bracketed (``【发布部门】``, ``[ 发布机构 ]``), with a colon, or
    alone on its line with the issuer below (``发布部门`` / ``X部``)."""
    labels = lex.cue_re("database_issuer_labels")
    return rf"【(?:{labels})】|\[\s*(?:{labels})\s*\]|(?:{labels})\s*[:：]|^(?:{labels})[ \t]*\n"


def _db_issuer_re(lex: Lexicon) -> re.Pattern[str]:
    """A law database's issuer cell and the organization's name in it (``org``)."""
    return re.compile(rf"(?:{_db_issuer_label(lex)}){_DB_CELL}(?P<org>[\u4e00-\u9fff]{{2,30}})", re.M)


def _db_mark_re(lex: Lexicon) -> re.Pattern[str]:
    """Any issuer label of a law database: the head is a database's publication table."""
    return re.compile(_db_issuer_label(lex), re.M)


_HEADER_RE = re.compile(r"^(?P<org>[\u4e00-\u9fff（）()]{2,40})文件$")
_SENTENCE_PUNCT = re.compile(r"[，。；：:！？,;!?、“”\"《》]")
_ORG_END = re.compile(
    r"(?:政府|办公厅|办公室|辦公廳|辦公室|厅|廳|局|委员会|委員會|委|部|院|署|办|辦|指挥部|指揮部|"
    r"中心|小组|小組|党组|黨組|党委|黨委|会|會|室|处|處|联|聯|协|協|司)$"
)
# joint issuers written together (江苏省卫生厅省教育厅): a body ends, the next begins with a level
_JOINT_SPLIT = re.compile(
    r"(?<=[厅廳局委部院府室会會办辦署])(?=(?:国务院|國務院|国家|國家|中共|中国共产党|中國共產黨|全国|全國|"
    r"自治区|自治區|省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉)[\u4e00-\u9fff]{2})"
    # 教育部办公厅卫生部办公厅: two ministries' general offices, the second a ministry's name again
    r"|(?<=办公厅)(?=[\u4e00-\u9fff]{1,10}?(?:部|委|局|署)办公厅)"
)
_PARTY = {"中国共产党", "中國共產黨", "中共"}
# the state's name before a central body in a decree's heading (中华人民共和国国务院令): the body is 国务院
_STATE = re.compile(r"^(?:中华人民共和国|中華人民共和國)(?=[\u4e00-\u9fff]{2})")
_TITLE_VERB = re.compile(r"(?:[关關][于於]|转发|轉發|印发|印發|贯彻|貫徹)")  # X贯彻国务院关于…的意见

_HEAD_LINES = 60  # title and number are in the first lines of a notice
_MAX_LINE = 200  # longer lines are body text, never metadata
_SCAN = 400  # how far into a head line the 文号 is looked for


def _iso_like(text: str) -> str | None:
    """The ISO date of a date matched by ``_YMD`` (``2023-09-26``, ``2023年9月26``)."""
    parts = _ISO_PARTS.match(text)
    return iso_date(int(parts.group("y")), int(parts.group("m")), int(parts.group("d"))) if parts else None


def _iso_date(match: re.Match[str]) -> str | None:
    y, m, d = (cn_value(match.group(k)) for k in ("y", "m", "d"))
    return iso_date(y, m, d)


_WHITESPACE_RUN = re.compile(r"\s+")


def _clean(line: str) -> str:
    return _WHITESPACE_RUN.sub(" ", line.replace("\u3000", " ")).strip()


def _lines(text: str) -> list[str]:
    """Lines of the text, cleaned only where metadata can be (head, short dated lines)."""
    raw = text.splitlines()
    out: list[str] = []
    for i, line in enumerate(raw):
        if len(line) > _MAX_LINE * 4 and i >= _HEAD_LINES:
            out.append("")
        elif i < _HEAD_LINES or ("日" in line and len(line) <= 200) or (line and line.isspace()):
            out.append(_clean(line[: _MAX_LINE * 4]))
        else:
            out.append(line.strip())
    return out


def _is_cjk_heading(line: str) -> bool:
    cjk = cjk_count(line)
    return cjk >= 4 and cjk >= 0.6 * len(line.replace(" ", ""))


def _title_line(line: str) -> str:
    """A head line without a leading ``【…】`` tag or a leading 文号 before ``《title》``."""
    line = _TAG_PREFIX.sub("", line)
    m = _NUMBER_AT.match(line)
    if m and line[m.end() :].startswith("《") and line.endswith("》"):
        line = line[m.end() + 1 : -1]
    elif m and line[m.end() : m.end() + 1] == " ":  # 文号 then the title on one line
        line = line[m.end() + 1 :]
    elif m and _TITLE_START.match(line[m.end() :]):  # 台政文〔2016〕67号关于…: the line break lost
        line = line[m.end() :]
    return line


def _bare_title(line: str, lex: Lexicon) -> str | None:
    """A line that is a title without 关于: short, no sentence punctuation, a kind at its end."""
    parts = line.split(" ")
    cands = [line.replace(" ", "")] if all(len(p) <= 2 for p in parts) else []  # 关 于 … padded
    cands.append(parts[0])  # a run-on header: the title, then its 文号 …
    for cand in cands:
        if (
            4 <= len(cand) <= 70
            and cjk_count(cand) >= 4
            and not _ENUM_START.match(cand)
            and not _CONTINUED.match(cand)
            and lex.memo(_bare_title_re).match(_QUOTED.sub(_unpunctuated, cand))
            and not _NUMBER_RE.match(cand)
        ):
            return re.sub(r"[(（][0-9]{1,3}[)）]$", "", cand)  # a site's page number
    return None


_QUOTED = re.compile(r"“[^“”\n]{1,60}”")  # a quoted title inside a title: its own punctuation
_QUOTE_PUNCT = re.compile(r"[，,：:；;]")


def _unpunctuated(m: re.Match[str]) -> str:
    """A quoted title inside a title (``X对“关于A，B的建议”的答复``) without its punctuation."""
    return _QUOTE_PUNCT.sub("", m.group(0))


# 职业病防治工作联席会议制度第一条为…: a bare title run on into the first article or part
_FIRST_PART = re.compile(r"(?:第[一1]条|第[一1]章|一、)")


def _preamble_re(lex: Lexicon) -> re.Pattern[str]:
    """A bare title's kind and the preamble run on after it (``…实施方案为认真做好…``)."""
    return re.compile(rf"(?:{_BARE_KINDS})(?P<preamble>{lex.cue_re('preamble_openings')})")


_PAGE_MARK = re.compile(r"第\s*\d+\s*页\s*共\s*\d+\s*页")  # 第1页共4页: a document site's page counter


def _run_on_title(line: str, lex: Lexicon) -> str | None:
    """A bare title run on into the first article (``X制度第一条…``) or part (``X方案一、…``),
    after the signature run on before it, if any (``X人民政府2023年5月25日（此件主动公开）X办法第一条``);
    or run on into its preamble (``第1页共4页X实施方案为认真做好…``) after a site's page counter or a
    date (without either it may be a sentence; the copy's spaces inside it are dropped)."""
    m = _FIRST_PART.search(line, 4, 120)
    p = lex.memo(_preamble_re).search(line, 4, 160)
    if p is not None and (m is None or p.start() < m.start()):
        head = line[: p.start("preamble")]
        cut = max([d.end() for d in itertools.chain(_DATE_RE.finditer(head), _PAGE_MARK.finditer(head))] + [0])
        return _bare_title(head[cut:].replace(" ", ""), lex) if cut else None  # a sentence's 方案为…: no title
    if m is None:
        return None
    head = line[: m.start()]
    cut = max([d.end() for d in _DATE_RE.finditer(head)] + [head.rfind(")") + 1, head.rfind("）") + 1])
    return _bare_title(head[cut:], lex)


def _broken_title(head: list[str], k: int, lex: Lexicon) -> str | None:
    """A bare title broken over two lines (``X县爱国卫生运动委员会`` / ``工作规则``): a line without
    punctuation and the short next line that ends it (or any next line with the 文号 below it), or
    the next line after a blank one that
    goes on with a conjunction (``X预置`` / ``和分发管理暂行规定``)."""
    line = head[k]
    if not line or k + 1 >= len(head) or _SENTENCE_PUNCT.search(line) or _bare_title(line, lex):
        return None
    nxt = head[k + 1]
    if nxt:
        numbered = k + 2 < len(head) and _NUMBER_RE.match(head[k + 2]) is not None  # the 文号 below it
        return _bare_title(line + nxt, lex) if len(nxt) <= _TITLE_TAIL or numbered else None
    after = next((ln for ln in head[k + 2 : k + 4] if ln), "")
    return _bare_title(line + after, lex) if _CONTINUED.match(after) else None


def _title_over_blank(head: list[str], i: int, line: str) -> str | None:
    """A ``关于…`` title broken by a blank line (a web page's ``关于进一步做好X`` / blank /
    ``Y工作的通知``), its 文号 maybe run on after it: a first line without punctuation, the
    second line after the blank one."""
    if i + 2 >= len(head) or head[i + 1] or not head[i + 2] or _SENTENCE_PUNCT.search(line):
        return None
    joined = (line + head[i + 2]).replace(" ", "")
    if _TITLE_RE_T.match(joined):
        return joined
    titled = _titled_number(line + head[i + 2][:_SCAN])
    return titled[0] if titled else None


_TITLE_TAIL = 8  # the part of a broken title on its second line: a few words (工作规则)
_CONTINUED = re.compile("和|及(?!时)|与|暨")  # a line that goes on from the one above: never a title's start


def _title_before_fields(head: list[str], lex: Lexicon) -> str | None:
    """A law database's title, run on before the fields of its publication table on one line
    (``X关于…的通知文章属性•【制定机关】X•【公布日期】…``): the words before its first ``【``, up to its
    last document kind; a site's own title line above it does not count."""
    for line in head:
        m = lex.memo(_db_mark_re).search(line)
        if m is None or not line.startswith("【", m.start()):
            continue
        before = line[: line.index("【")].replace(" ", "")
        ends = [kind.end() for kind in re.finditer(_KINDS, before)]
        return next((before[:end] for end in reversed(ends) if _TITLE_RE_T.match(before[:end])), None)
    return None


def _title(lines: list[str], date_line: int | None, lex: Lexicon) -> str | None:
    head = lines[:_HEAD_LINES]
    fields = _title_before_fields(head, lex)
    if fields:
        return fields
    for i, raw in enumerate(head):
        line = _title_line(raw)
        titled = _titled_number(line[:_SCAN]) if sum(map(bool, head[:i])) < _TITLED_REACH else None
        if titled:
            return titled[0]
        if len(line) > _MAX_LINE or not _TITLE_START.match(line.replace(" ", "")):  # a copy's spaces
            continue
        joined = line
        for extra in range(0, 3):
            candidate = joined.replace(" ", "")
            if _TITLE_RE_T.match(candidate):
                return candidate
            nxt = i + extra + 1
            if nxt >= len(head) or not head[nxt] or len(head[nxt]) > 60:
                break
            joined += head[nxt]
        gapped = _title_over_blank(head, i, line)
        if gapped:
            return gapped
    title = None
    for k, ln in enumerate(head[:15]):  # a bare title before the body starts (web-page clutter may precede it)
        title = _bare_title(_title_line(ln), lex) if ln else None
        title = title or _run_on_title(ln, lex) or _broken_title(head, k, lex)
        if title or "。" in ln:
            break
    if title:
        return title
    if date_line is not None:  # a cover notice without title: the document it issues,
        seen = 0  # named in its text in 《》 and following its signature
        cover = "".join(lines[: date_line + 1])  # (a signature run on ends the line that names it)
        for ln in lines[date_line + 1 : date_line + 6]:
            if not ln or _NOTE_AFTER.match(ln):
                continue
            seen += 1
            title = _bare_title(ln, lex) or _run_on_title(ln, lex)
            if title and f"《{title}》" in cover:
                return title
            if seen >= 2:
                break
    for ln in head[:8]:  # a publication table: 名称: …
        m = re.match(r"^(?:名称|标题|名稱|標題)\s*[:：]\s*(\S{4,70})", ln)
        if m and _bare_title(m.group(1), lex):
            return _bare_title(m.group(1), lex)
    return None


_ISO_LIKE = rf"{_YMD}日?"
_HEADLINE_AFTER = 3  # lines between a web page's headline and its date line, at most


def _published_re(lex: Lexicon) -> re.Pattern[str]:
    """A web page's date line: a publication label and its date anywhere in it
    (``本网 更新时间:2016-09-29``), a bare time-stamp label with the date and the clock time
    (``时间:2010-08-23 10:38:06``), or the date and the time first (``2022-11-25 00:18:22 未知``); a
    date alone on its line is a signature's, unless written with dashes above the page's source
    line (``2024-09-03`` / ``来源:X``: see ``_page_head``)."""
    labels = alternation(lex.cue("publication_date_labels"))
    stamp = alternation(lex.cue("stamp_labels"))
    return re.compile(rf"(?:{labels})\s*[:：]?\s*(?P<date>{_ISO_LIKE})|^(?P<first>{_ISO_LIKE})(?=\s+\d{{1,2}}:\d{{2}})"
                      rf"|(?:{stamp})\s*[:：]\s*(?P<stamp>{_DASHED})(?=\s+\d{{1,2}}:\d{{2}})|^(?P<alone>{_DASHED})$")


_DASHED = r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}"  # a date as a web page stamps it


def _page_head(lines: list[str], written: list[str], lex: Lexicon) -> tuple[str | None, str | None]:
    """A web page's head: its headline, then (blank lines between) the line with its publication
    date: the title as written (``written``: the lines before pinyin glosses were dropped) and that
    date. A headline is a line of words with no full stop, no site path (``首页 > 新闻``)."""
    shown = written if len(written) == len(lines) else lines
    for i, line in enumerate(lines[:_PAGE_HEAD]):
        m = lex.memo(_published_re).search(line + _value_below(lines, i, lex))
        if m is None:
            continue
        below = [k for k in range(i + 1, min(len(lines), i + 1 + _HEADLINE_AFTER + 3)) if lines[k]]
        if m.group("alone") and not (below and lines[below[0]].startswith(lex.cue("source_labels"))):
            continue  # a date alone on its line: a signature's, unless the page's source line follows
        if any(w in line for w in lex.cue("document_site_words")):
            return None, None  # 更新时间:… 作者:会员上传 下载docx: when a document site stored it, no date of the notice
        date = _iso_like(next(g for g in m.group("date", "first", "stamp", "alone") if g))
        j = i - 1
        while j >= 0 and i - j <= _HEADLINE_AFTER and not lines[j]:
            j -= 1
        if j >= 0 and i - j <= _HEADLINE_AFTER and _headline(shown[j], lex):
            return shown[j], date
        if not any(lines[:i]):  # the date line heads the page: the headline below it
            return next((shown[k] for k in below[:_HEADLINE_AFTER] if _headline(shown[k], lex)), None), date
        return None, date
    return None, None


def _label_alone_re(lex: Lexicon) -> re.Pattern[str]:
    """A publication label alone on its line, its value on the next line with text."""
    return re.compile(rf"^(?:{alternation(lex.cue('publication_date_labels'))})\s*[:：]$")


def _value_below(lines: list[str], i: int, lex: Lexicon) -> str:
    """The value of a label alone on line ``i`` (``发布时间:`` / blank / ``2014/06/23``), else ``""``."""
    if not lex.memo(_label_alone_re).match(lines[i]):
        return ""
    below = next((ln for ln in lines[i + 1 : i + 3] if ln), "")
    return below if re.fullmatch(rf"{_ISO_LIKE}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?", below) else ""


def _headline(line: str, lex: Lexicon) -> bool:
    """A line of words with no full stop, no site path (``首页 > 新闻``) nor menu (``打印 | 字号``)."""
    cjk = cjk_count(line)
    return (5 <= cjk and len(line) <= 100 and not re.search(r"[。>|]|[:：]$", line)
            and lex.memo(_published_re).search(line) is None)


_PAGE_HEAD = 15  # a web page's headline and date line are among its first lines
_NEWS_BODY = 50  # a report's first paragraph: a long line with a full stop
_PART_START = re.compile(rf"第[{CN_DIGITS}0-9]+[章节条部]")  # 第三章 组织管理: a part's heading, no headline
_PAGE_CLUTTER = re.compile(r"[>|_]|\S-\S|[:：]$")  # a site path, a menu, a label without its value


def _news_headline(lines: list[str], lex: Lexicon) -> tuple[str | None, str | None]:
    """A news report's headline and the date of the byline just under it: the first line of the
    page that is words only (no punctuation, eight characters at least, no numbered heading; a
    column label ``卫计要闻|`` dropped), the report's first paragraph (a long line with a full stop)
    among the three lines with text below it, or run on after it (``X召开…会议 4月6日,…。``);
    only a web page's clutter (a site path ``首页 > 新闻``, a menu ``首页-新闻``, ``当前位置:``, a
    page number, the rows of an open-information table ``公开方式 主动公开``) may stand above it. A reposted item's ``原标题:X`` names it first."""
    original = original_headline(lines, lex, _PAGE_HEAD)
    if original:
        return original, None
    shown = [ln for ln in lines[:_PAGE_HEAD] if ln]
    for k, line in enumerate(shown):
        line = without_column_label(line)
        words = line.replace(" ", "")
        if words.startswith(lex.cue("open_info_labels")):
            continue  # a row of the page's open-information table (公开方式 主动公开 …), no headline
        cjk = cjk_count(words)
        if is_headline(line) and not _ENUM_START.match(words) and not _PART_START.match(words):
            body = any("。" in ln and len(ln) > _NEWS_BODY for ln in shown[k + 1 : k + 4])
            if not body:
                return None, None
            return words, byline_date(shown[k + 1]) if k + 1 < len(shown) else None
        run_on = headline_before_lead(line)
        if run_on and not _ENUM_START.match(run_on):
            return run_on.replace(" ", ""), None
        if cjk >= 4 and ("。" in line or not _PAGE_CLUTTER.search(line)):
            return None, None  # the page starts with text of its own
    return None, None


# the year and serial of a 文号 run on after its title (``…的通知国办函〔2021〕12号``)
_SERIAL = re.compile(r"[〔\[［【]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］】]\s*第?\s*\d{1,5}\s*[号號]")
# a 文号 alone on its line that a copy clipped: its 号 lost, or a bracket (林政[2009]14,
# 宣卫办〔202210, 甘卫函2024〕217): the code, a bracket and the year, or the year and a bracket
_CLIPPED_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{2,10}(?:[〔\[［](?P<year>(?:19|20)\d{2})[〕\]］]?|(?P<year_closed>(?:19|20)\d{2})[〕\]］])\d{1,5}"
)
_CODE = re.compile(r"[\u4e00-\u9fff]{2,8}")  # a 文号's 机关代字 (国办函, 金政办发)
_TITLED_REACH = 3  # a title run on into its 文号 is among the first lines with text


def _titled_number(line: str) -> tuple[str, str, str] | None:
    """(title, 文号, the rest of the line) of a head line whose title runs on into its 文号, with or
    without a space between them (``X关于…的通知国办函〔2021〕12号各省…：``, a web copy that lost
    its line breaks): the longest title ending with a document kind, the 机关代字 the few words
    after it."""
    if not _TITLE_START.match(line):
        return None
    m = _SERIAL.search(line, 0, _SCAN)
    if m is None:
        return None
    head = line[: m.start()].rstrip()
    if " " in head:
        splits = [tuple(head.rsplit(" ", 1))]
    else:
        splits = [(head[:-n], head[-n:]) for n in range(2, 9) if len(head) > n]
    for title, code in splits:
        title = title.replace(" ", "")
        if _CODE.fullmatch(code) and _TITLE_RE_T.match(title):
            return title, code + re.sub(r"\s+", "", m.group(0)), line[m.end() :]
    return None


def _number(lines: list[str]) -> tuple[str | None, int | None, str | None, str | None]:
    """(文号, its year, a date written beside it, a decree's issuer); a 文号 a copy clipped is the
    last resort."""
    seen = 0
    clipped: re.Match[str] | None = None
    above = ""  # the line with text above: a title broken over lines runs on into its 文号
    for line in lines[:_HEAD_LINES]:
        if not line:
            continue
        seen += 1
        scan = line[:_SCAN]
        m = _NUMBER_AT.search(scan)
        if m:
            date = None
            rest = scan[m.end() :]
            dm = re.match(rf"\s*(?:{_DATE_RE.pattern})\s*[)）]?\s*$", rest)
            if dm:
                date = _iso_date(dm)
            return re.sub(r"\s+", "", m.group("number")), int(m.group("year")), date, None
        titled = (_titled_number(scan) or _titled_number(above + scan)) if seen <= _TITLED_REACH else None
        above = scan
        if titled:  # its date may follow in brackets (``国发〔1990〕65号（一九九〇年十二月五日）``)
            dm = re.match(rf"\s*[(（]\s*(?:{_DATE_RE.pattern})\s*[)）]", titled[2])
            year = int(_SERIAL.search(titled[1]).group("year"))  # type: ignore[union-attr]
            return titled[1], year, _iso_date(dm) if dm else None, None
        d = _DECREE_AT.search(scan) if seen <= 3 else None  # a decree's number heads the text
        if d:
            org = d.group("org")
            return re.sub(r"\s+", "", d.group("number")), None, None, org if _ORG_END.search(org) else None
        clipped = clipped or _CLIPPED_NUMBER.fullmatch(line.replace(" ", ""))
    if clipped:
        return clipped.group(0), int(clipped.group("year") or clipped.group("year_closed")), None, None
    return None, None, None, None


_ISSUE_NO = r"第\s*[0-9０-９]{1,5}\s*[号號]"
# a decree's or announcement's heading: the body, 令/通告/公告, its number in brackets (``X指挥部令(X防指〔2020〕3号)``,
# ``X指挥部通告(第11号)``, ``X指挥部(17号令)``), or ``X令`` with ``(第1号)`` on the next line
_DECREE_HEAD = re.compile(
    rf"^(?P<org>[\u4e00-\u9fff]{{4,40}}?)(?P<kind>令|通告|公告)?\s*"
    rf"(?:[（(](?:(?P<number>{_ISSUE_NO}|[0-9０-９]{{1,5}}\s*[号號]令)|(?P<wenhao>{_NUMBER_CORE}))[)）])?$"
)
_ISSUE_NO_LINE = re.compile(rf"^[（(]?(?P<number>{_ISSUE_NO})[)）]?(?![\u4e00-\u9fff0-9])")  # 《…》已经… may run on
_DECREE_REACH = 12  # a decree's heading is among the first lines with text


def _decree_head(lines: list[str]) -> tuple[str, str, str] | None:
    """(title, number, issuing body) of a decree's or announcement's heading line: the line
    (without a bracketed 文号) is its title, the body before 令/通告 its issuer."""
    head = [ln.replace(" ", "") for ln in lines[:_HEAD_LINES] if ln][:_DECREE_REACH]
    for k, line in enumerate(head):
        m = _DECREE_HEAD.match(line)
        if m is None or not _ORG_END.search(m.group("org")):
            continue
        number = m.group("number") or m.group("wenhao")
        if number is None and m.group("kind") == "令" and k + 1 < len(head):
            below = _ISSUE_NO_LINE.match(head[k + 1])
            if below:  # 国务院令 / 第706号 is cited 国务院令第706号; 指挥部令 / (第1号) keeps its note
                bracketed = head[k + 1].startswith(("(", "（"))
                number = below.group("number") if bracketed else line + below.group("number")
        if number is None:
            continue
        title = line[: m.start("wenhao") - 1] if m.group("wenhao") else line
        return title, re.sub(r"\s+", "", number), m.group("org")
    return None


# (X代章): the body whose seal stands for the signer's (a joint office without a seal of its own)
_SEAL_NOTE = re.compile(r"[（(](?P<org>[\u4e00-\u9fff]{2,30}?)代章[)）]")


def _issuer_line(line: str) -> str | None:
    seal = _SEAL_NOTE.fullmatch(line.replace(" ", ""))
    if seal:  # a seal's note names its body: the signer when no other body signs above it
        line = seal.group("org")
    if (
        2 <= len(line) <= 40
        # a body of three characters, maybe spaced out (科 技 部)
        and (_is_cjk_heading(line) or re.fullmatch(r"[\u4e00-\u9fff]{3}", line.replace(" ", "")) and _ORG_END.search(line))
        and not _SENTENCE_PUNCT.search(line)
        and not line.startswith(("附件", "抄送", "主送", "联系人"))
    ):
        return line.replace(" ", "")
    return None


def _signers_above(lines: list[str], i: int) -> str | None:
    """The issuer signed just above line ``i``: the first of a block of signer lines
    (``中国共产党`` alone on its line is joined to the body below it)."""
    block = _signer_block(lines, i)
    if not block:
        return None
    if len(block) >= 2 and block[0] in _PARTY:
        return block[0] + block[1]
    if len(block) >= 2 and len(block[-1]) <= _NAME_TAIL and not _ORG_END.search(block[-2]):
        return None  # 济南市城乡交通 / 运输局: a name broken over two lines of a joint signature, no signer of its own
    if len(block) == 2 and _ORG_END.search(block[1]) and not _ORG_END.search(block[0]) and _PLACE_START.match(block[0]):
        return block[0] + block[1]  # X开发区…肺炎疫情 / 防控应急保障组办公室: one name broken over two lines
    signers = _bodies_signing(block)
    if len(signers) >= 2:
        return signers[0]  # (an annex's last line above them is none: 4.项目推荐汇总表)
    if len(block) >= 2:
        return block[-1]  # not a block of signers: only the nearest line signs
    return block[0]


_PLACE_START = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉)")  # a name starts with its place
_NAME_TAIL = 3  # the part of a broken signer's name on its last line: a body's ending (运输局)


def _bodies_signing(block: list[str]) -> list[str]:
    """The lines at the end of a signer block that all name bodies (the whole block, or the
    bodies below a line that names none)."""
    k = len(block)
    while k > 0 and _ORG_END.search(block[k - 1]):
        k -= 1
    return block[k:]


_MAX_SIGNERS = 30  # a joint signature of many ministries (13 bodies, or 14 two a line)


def _signer_block(lines: list[str], i: int) -> list[str]:
    """The signer lines just above line ``i``, top first."""
    block: list[str] = []
    j = i - 1
    while j >= 0 and len(block) < _MAX_SIGNERS:
        if not lines[j]:
            if block:
                break
            j -= 1
            if i - j > 4:
                break
            continue
        parts = _joint_parts(lines[j].split(" "))
        if parts:  # joint signers on one line (``A厅 B局``): the first signs first
            block += reversed(parts)
            j -= 1
            continue
        name = _issuer_line(lines[j])
        if name is None:
            break
        block.append(name)
        j -= 1
    block.reverse()
    return block


def _joint_parts(parts: list[str]) -> list[str]:
    """Two or more bodies' names written side by side, each a signer line's name; else []."""
    names = [_issuer_line(p) for p in parts if p]
    if len(names) < 2 or not all(n and len(n) >= 3 and _ORG_END.search(n) for n in names):
        return []
    return [n for n in names if n]


def title_issuers(title: str | None) -> list[str]:
    """The joint issuers a title starts with (``A部、B部关于…``, ``A厅B局关于…``), first signer
    first; [] when one body or none issues it."""
    m = _TITLE_VERB.search(title) if title else None
    if m is None or _title_issuer(title) is None:
        return []
    prefix = m.string[: m.start()]
    return _joint_parts([part for joined in prefix.split("、") for part in _JOINT_SPLIT.split(joined)])


# 中共苏州市委苏州市人民政府: a place's party committee and its government written as one name
_PARTY_AND_GOVERNMENT = re.compile(
    r"(?P<party>(?:中共|中国共产党|中國共產黨)(?P<place>[\u4e00-\u9fff]{2,12}?)(?:委员会|委員會|委))"
    r"(?P<government>(?P=place)(?:人民政府|政府))"
)
_HEADER_REACH = 8  # lines above the title (blank ones too) where its issuers are named


def _header_line_issuers(line: str) -> list[str]:
    """The bodies a header line names: several side by side (``A委员会 B人民政府``), a party
    committee and its government run together, or one body; [] when it names none."""
    joint = _PARTY_AND_GOVERNMENT.fullmatch(line.replace(" ", ""))
    if joint:
        return [joint.group("party"), joint.group("government")]
    parts = _joint_parts(line.split(" "))
    if parts:
        return parts
    name = _issuer_line(line) if " " not in line else None
    return [name] if name and _ORG_END.search(name) else []


def _issuers_above(lines: list[str], i: int) -> list[str]:
    """The bodies named on the lines just above line ``i`` (blank lines between them), top first."""
    names: list[str] = []
    for j in range(i - 1, max(-1, i - 1 - _HEADER_REACH), -1):
        if not lines[j]:
            continue
        found = _header_line_issuers(lines[j])
        if not found:
            break
        names = found + names
    return names


def header_issuers(text: str, title: str | None) -> list[str]:
    """The joint issuers named in the notice's header above its title (``中共X乡委员会  X乡人民政府``
    / one a line / ``中共X市委X市人民政府``, then ``关于…``), first first; [] when one body or none."""
    try:
        return _header_issuers(_lines(PINYIN_GLOSS.sub("", text)), title)
    except Exception:  # metadata is best effort: never break extraction
        return []


def _header_issuers(lines: list[str], title: str | None) -> list[str]:
    """The bodies above the title's line, and those before the title on its line (a header run
    on into the title: ``A委员会 B人民政府关于…``), when they are two or more."""
    key = title.replace(" ", "") if title else ""
    for i, line in enumerate(lines[:_HEAD_LINES] if len(key) >= 4 else ()):
        flat = line.replace(" ", "")
        at = line.find(key[:4])
        if len(flat) < 4:
            continue
        if key.startswith(flat):
            names = _issuers_above(lines, i)
        elif at > 0 and flat.endswith(key):
            names = _issuers_above(lines, i) + _header_line_issuers(line[:at].strip())
        else:
            continue
        if len(names) >= 2:
            return names
    return []


def cosigners(text: str) -> list[str]:
    """The joint issuers signed below the first in the signature block above the signing
    date (``A卫生计生委 / 省民政厅 / 省残联 / 2016年1月28日``): every line of the block a body's
    name; none when one body signs or the block is no block of bodies."""
    try:
        lines = _lines(PINYIN_GLOSS.sub("", text))
        date_line = _date_and_issuer(lines)[2]
        if date_line is None:
            return []
        block = _signer_block(lines, date_line)
    except Exception:  # metadata is best effort: never break extraction
        return []
    signers = _bodies_signing(block)
    if len(signers) < 2 or block[0] in _PARTY:
        return []
    return signers[1:]


_SIGNED = ("签发", "簽發")


_PAGE_LINK = re.compile(r"^\s*(?:全文|附件)?下载(?=\s)")  # 全文下载  2011年5月24日: a web page's link, no signer


def _date_and_issuer(lines: list[str]) -> tuple[str | None, str | None, int | None]:
    """(signing date, issuer, index of the date's line) — else the colophon's printing date."""
    printed: tuple[str | None, str | None, int | None] = (None, None, None)
    for i, line in enumerate(lines):
        if _BROKEN_DATE.match(line) and printed[1] is None:  # a date cut by the end of the page
            signer = _signers_above(lines, i)
            if signer and _ORG_END.search(signer):
                printed = (None, signer, None)
        if "年" not in line or "日" not in line:
            continue
        if len(line) > 80:
            if i < _HEAD_LINES:
                found = _date_in_run_on(line)
                if found:
                    return found[0], found[1], i
            continue
        m = _DATE_RE.search(line)
        if not m:
            continue
        before, after = _PAGE_LINK.sub("", line[: m.start()]).strip(), line[m.end() :].strip()
        iso = _iso_date(m)
        if iso is None:
            continue
        if after in ("印发", "印") and printed[0] is None:
            printed = (iso, _issuer_line(before) if before else None, None)
            continue
        if after in _SIGNED:
            after = ""  # 2018年7月30日签发: the signing date, said so
        if (after and not _NOTE_AFTER.match(after)) or (before and not _issuer_line(before)):
            found = _date_in_run_on(line) if i < _HEAD_LINES else None
            if found:
                return found[0], found[1], i
            continue
        if before:
            return iso, _issuer_line(before), i
        return iso, _signers_above(lines, i), i
    return printed


# a signature run on after a sentence (a web copy that lost its line breaks): after a full stop or
# blank space, the body (its characters may be spaced out: 国　务　院), its date, then a
# ``（此件公开发布）`` note, blank space or the line's end
_RUN_ON_SIGNATURE = re.compile(
    r"(?:^|(?<=[。！；\s]))(?P<org>[\u4e00-\u9fff](?:[^\S\n]{0,2}[\u4e00-\u9fff]){1,29})[^\S\n]*"
    rf"(?P<date>{_DATE_RE.pattern})(?=[^\S\n]*(?:[(（][^()（）\n]{{1,12}}[)）]|[^\S\n]|$))",
    re.M,
)


def _run_on_signature(text: str, lex: Lexicon) -> tuple[str, str | None, int] | None:
    """(signing date, issuer, index of its line) of the first signature run on after a sentence,
    when no line signs the notice (``…请认真贯彻落实。X办公厅2021年5月19日（此件公开发布）``, the
    notice on one line); a decree's signer is a person (``…起施行。总理　李某某　2017年12月25日``):
    the date, no issuer."""
    signatures = itertools.chain(_RUN_ON_SIGNATURE.finditer(text), lex.memo(_run_on_person_re).finditer(text))
    for m in sorted(signatures, key=lambda m: m.start()):
        iso = _iso_date(_DATE_RE.fullmatch(m.group("date")))  # type: ignore[arg-type]
        person = "person" in m.groupdict()
        org = None if person else _issuer_line(re.sub(r"\s+", "", m.group("org")))
        if iso and (person or (org and _ORG_END.search(org))):
            return iso, org, len(text[: text.rfind("\n", 0, m.start()) + 1].splitlines())
    return None


def _run_on_person_re(lex: Lexicon) -> re.Pattern[str]:
    """A person's signature run on inside a line: post, name (its characters maybe spaced out),
    the date."""
    titles = alternation(lex.roster_words.get("titles", ()))
    return re.compile(
        rf"(?:^|(?<=[。！；\s]))(?P<person>{titles})[^\S\n]*[\u4e00-\u9fff](?:[^\S\n]?[\u4e00-\u9fff]){{1,3}}[^\S\n]*"
        rf"(?P<date>{_DATE_RE.pattern})(?=[^\S\n]*(?:[(（][^()（）\n]{{1,12}}[)）]|[^\S\n]|$))",
        re.M,
    )


def _date_in_run_on(line: str) -> tuple[str, str | None] | None:
    """A date that is a whole space-separated segment of a run-on head line, after a
    signature segment (an issuer or ``职务:姓名``)."""
    for m in _DATE_RE.finditer(line[: _SCAN * 2]):
        if m.start() == 0 or line[m.start() - 1] != " " or (m.end() < len(line) and line[m.end()] != " "):
            continue
        prev = line[: m.start() - 1].rsplit(" ", 1)[-1]
        iso = _iso_date(m)
        if iso is None:
            continue
        issuer = _issuer_line(prev)
        if issuer and _ORG_END.search(issuer):
            return iso, issuer
        if re.fullmatch(r"[\u4e00-\u9fff]{1,8}[:：][\u4e00-\u9fff]{2,4}", prev):
            return iso, None
    return None


_ABOUT = re.compile(r"[关關][于於]")


def _issuer_above_title(lines: list[str]) -> str | None:
    """A header without ``文件``: the issuer alone on the line just above a ``关于…`` title."""
    head = [ln for ln in lines[:_HEAD_LINES] if ln]
    for above, line in itertools.pairwise(head):
        if _ABOUT.match(line) and " " not in above and _TITLE_VERB.search(above):
            return _title_issuer(above + line)  # 国务院办公厅转发国家教委 / 关于…: the title's first line
        if _ABOUT.match(line) and " " not in above:
            name = _issuer_line(above)
            if name and len(name) >= 4 and _ORG_END.search(name):
                return name
    return None


_REPLY = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,30}?)对.{2,}的(?:答复|复函)$")  # X对…的答复: X replies


def _title_issuer(title: str | None) -> str | None:
    """The issuer a title starts with (``X关于…``, ``X转发…``, a reply's ``X对…的答复``): the first of
    joint issuers."""
    if not title:
        return None
    reply = _REPLY.match(title)
    if reply and _ORG_END.search(reply.group("org")):
        return reply.group("org")
    m = _TITLE_VERB.search(title)
    if not m or m.start() < 2:
        return None
    prefix = title[: m.start()]
    if not re.fullmatch(r"[\u4e00-\u9fff、]{2,120}", prefix):
        return None
    first = _JOINT_SPLIT.split(prefix.split("、")[0])[0]
    if len(first) >= 3 and _ORG_END.search(first):
        return first
    return None


def document_meta(text: str, lex: Lexicon | None = None) -> dict[str, Any]:
    """``{"title", "number", "date", "issuer", "year"}`` of a notice (``None`` if absent); the
    cue words (bare titles' kinds, a web page's date labels) are ``lex``'s (default: the package's)."""
    lex = lex or load_lexicon()
    try:
        lines = _lines(PINYIN_GLOSS.sub("", text))  # 關(guān)于: a web mirror's pinyin glosses
        number, number_year, number_date, decree_issuer = _number(lines)
        date, issuer, date_line = _date_and_issuer(lines)
        if date is None:
            signed = _run_on_signature(PINYIN_GLOSS.sub("", text), lex)
            if signed:
                date, issuer, date_line = signed[0], issuer or signed[1], signed[2]
        signed_by_person = bool(issuer and lex.memo(_signed_by_person_re).fullmatch(issuer)
                                and not _ORG_END.search(issuer))
        if signed_by_person:
            issuer = None  # 总理 李克强: a person, not the issuing body
        title = _title(lines, date_line, lex)
        decree = _decree_head(lines)
        if decree and number is None:
            number = decree[1]
            wenhao = re.fullmatch(_NUMBER_CORE, number)
            number_year = int(wenhao.group("year")) if wenhao else None
        if decree and title is None:  # the heading is the notice's title: its body issued it
            title, decree_issuer = decree[0], decree_issuer or decree[2]
        if decree and signed_by_person:  # 国务院令 … 总理 李克强: the person signs for the decree's body
            decree_issuer = decree_issuer or decree[2]
        page_title, page_date = _page_head(lines, _lines(text), lex)
        head = "\n".join(lines[:_HEAD_LINES])
        database = bool(lex.memo(_db_mark_re).search(head))
        if date is None and number_date:
            date = number_date
        if date is None and database:
            m = lex.memo(_db_date_re).search(head)
            if m:
                date = _iso_like(m.group("date"))
        news_title, news_date = (None, None) if title or page_title else _news_headline(lines, lex)
        title = _promulgated_title(lines, title or page_title or news_title)
        date = date or _open_info_date(head, lex) or page_date or news_date or _bracketed_date(lines, title)
        if issuer is None:
            for line in lines[:_HEAD_LINES]:
                m = _HEADER_RE.match(line.replace(" ", ""))
                if m:
                    issuer = m.group("org")
                    break
        if issuer is None:
            issuer = next(iter(_header_issuers(lines, title)), None)
        if issuer is None:
            issuer = _issuer_above_title(lines)
        if issuer is None:
            issuer = _STATE.sub("", decree_issuer) if decree_issuer else _title_issuer(title)
        if issuer is None and database:
            m = lex.memo(_db_issuer_re).search(head)
            if m and _ORG_END.search(m.group("org")):
                issuer = m.group("org")
        if issuer is None:
            issuer = _printed_issuer(lines)
        year = int(date[:4]) if date else number_year
    except Exception:  # metadata is best effort: never break extraction
        return {"title": None, "number": None, "date": None, "issuer": None, "year": None}
    return {"title": title, "number": number, "date": date, "issuer": issuer, "year": year}


def _bracketed_date(lines: list[str], title: str | None) -> str | None:
    """The date in brackets on the line under the title (``X关于…的通知`` / ``（2023年9月24日）``),
    as a collection of documents prints it."""
    key = title.replace(" ", "") if title else None
    written = [ln for ln in lines[:_HEAD_LINES] if ln]
    for above, line in itertools.pairwise(written):
        m = _DATE_RE.fullmatch(line[1:-1].strip()) if line[:1] in "(（" and line[-1:] in ")）" else None
        if m and key and above.replace(" ", "").endswith(key):
            return _iso_date(m)
    return None


_PROMULGATING_HEAD = re.compile(r"(?:令\s*(?:第\s*[0-9０-９]{1,5}\s*[号號])?|公告)$")  # X令第722号, X常务委员会公告
_PROMULGATED = re.compile(r"《(?P<title>[^《》]{4,60})》")


def _promulgated_title(lines: list[str], title: str | None) -> str | None:
    """The act a decree's or announcement's heading promulgates (``X令第N号`` / ``《Y条例》已经…通过，
    现予公布`` / … / ``Y条例`` on its own line) is the notice's title: the act named in the first
    《》 below the heading and written again alone on a line; else ``title`` as it is."""
    if not title or not _PROMULGATING_HEAD.search(title):
        return title
    start = next((i for i, ln in enumerate(lines[:_HEAD_LINES]) if ln.replace(" ", "") == title), None)
    if start is None:
        return title
    named = next((m.group("title") for ln in lines[start + 1 : _HEAD_LINES] if (m := _PROMULGATED.search(ln))), None)
    if named and any(ln.replace(" ", "") == named for ln in lines[start + 1 : _HEAD_LINES]):
        return named
    return title


def _open_info_date(head: str, lex: Lexicon) -> str | None:
    """The date of the open-information table at a web page's head (``None`` without one)."""
    m = lex.memo(_open_info_date_re).search(head)
    return _iso_like(m.group("date")) if m else None


def _signed_by_person_re(lex: Lexicon) -> re.Pattern[str]:
    """A signature of a post and a person's name (``总理李克强``, ``局长王明``)."""
    return re.compile(rf"(?:{alternation(lex.roster_words.get('titles', ()))})[\u4e00-\u9fff]{{2,4}}")


def _printed_issuer(lines: list[str]) -> str | None:
    for line in reversed(lines[-40:]):
        m = _DATE_RE.search(line)
        if m and line[m.end() :].strip() in ("印发", "印"):
            before = line[: m.start()].strip()
            return _issuer_line(before) if before else None
    return None
