"""The state of one notice as it goes through the pipeline (stored on ``doc._.notice``).

Components append records here; ``assemble.py`` turns them into graph nodes and edges.
Spans are in normalized text; ``norm.evidence`` maps them back to the original file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .layout import Line
from .lexicon import Lexicon
from .normalize import NormText
from .numbering import cn_value
from .resolve import Org, OrgTable

Span = tuple[int, int]
_AFTER_ANY_END = float("inf")

# 二〇〇八年九月八日 / 二OO八年九月八日: a full date in Chinese numerals (a zero written as a letter too)
_CN_FULL_DATE = re.compile(r"([一二][〇零○ＯO][〇零○ＯO一二三四五六七八九]{2})年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")
# the year of a document number the notice cites or forwards (国发〔2014〕1号): its only year when it writes no other
_NUMBER_YEAR = re.compile(r"[〔［\[]((?:19|20)\d{2})[〕］\]]\s*第?\d{1,4}号")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?!以来|来)")  # not 2016年以来: a past year


@dataclass
class Person:
    name: str
    org: Org | None
    title: str | None
    role: str  # relation to the mechanism (convener_of …)
    span: Span  # the roster line
    body: Mechanism | None = None  # the body whose post it is, when not the notice's mechanism


@dataclass
class Mechanism:
    name: str
    span: Span
    aliases: set[str] = field(default_factory=set)
    short: str | None = None

    def forms(self) -> list[str]:
        """Its written forms: the name, then the aliases longest first."""
        return [self.name, *sorted(self.aliases, key=len, reverse=True)]


@dataclass
class Duty:
    span: Span
    orgs: Sequence[tuple[Org | Mechanism, str | None]]  # (body, role lead/support/None)
    evidence: Span | None = None  # defaults to span
    deadline: str | None = None
    deadline_date: str | None = None
    item: int | None = None
    source: str = ""  # which pattern found it (division, subject, task, body)
    open_inside: bool = False  # later patterns may read duties inside it (only its start is claimed)


@dataclass
class OrgFact:
    """A fact between bodies/mechanism: member_unit_of, office_of, hosted_by, part_of …"""

    source: Org
    relation: str
    target: Org | Mechanism
    span: Span
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class DiseaseMention:
    names: list[str]  # canonical names (两癌 gives two)
    span: Span


@dataclass
class Notice:
    doc_name: str
    norm: NormText
    lex: Lexicon
    lines: list[Line]
    table: OrgTable
    meta: dict[str, Any] = field(default_factory=dict)
    mechanism: Mechanism | None = None
    more_mechanisms: list[Mechanism] = field(default_factory=list)  # set up in the same breath (成立A、B)
    facts: list[OrgFact] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)
    diseases: list[DiseaseMention] = field(default_factory=list)
    disease_classes: list[tuple[str, str, Span]] = field(default_factory=list)  # (disease, class, sentence)
    roster_lines: set[int] = field(default_factory=set)  # starts of lines read as roster entries
    roster_units: set[int] = field(default_factory=set)  # ids of member_unit_of facts read inside a roster
    division_units: set[int] = field(default_factory=set)  # ids of member_unit_of facts read from a duty division
    unit_posts: list[tuple[Org, str, Span]] = field(default_factory=list)  # (unit, role, span): a post without a person
    office_hosts: list[tuple[Org, int, Span]] = field(default_factory=list)  # (office, where its host is written, sentence)
    reserved: list[Span] = field(default_factory=list)  # spans no duty is read from (task markers)
    issuer_line: tuple[str, Span] | None = None  # the issuer's name (document metadata) and where the signature line writes it
    issuer: tuple[Org | Mechanism, Span] | None = None  # the issuing body and its name on the signature line
    cosigners: list[tuple[Org, Span]] = field(default_factory=list)  # joint issuers signed after the first
    # answers of pure functions of the text and the lexicon, asked again and again at one
    # position (``orgs.unlisted_org_at``): key -> answer, for this notice only
    memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)
    _claim_index: list[Span] = field(default_factory=list, repr=False)
    _claim_counts: tuple[int, int] = field(default=(0, 0), repr=False)
    _content: list[Line] = field(default_factory=list, repr=False, compare=False)
    _content_key: tuple[int, int, int] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def text(self) -> str:
        """The normalized text (``norm.text``; a notice's ``norm`` is set once)."""
        return self.norm.text

    @cached_property
    def year(self) -> int | None:
        """The year the notice's deadlines refer to: from its title or heading (``2025年…
        任务清单``), else its date, else a year in its first lines or any full date (in Arabic
        digits, then in Chinese numerals), else the one year its text names, else the one year
        of the document numbers it cites."""
        m = re.search(r"(20\d{2})年(?:度)?[^，。\n]{0,20}(?:任务|清单|计划|要点|方案)", self.text)
        if m:
            return int(m.group(1))
        date = self.meta.get("date")
        if date:
            return int(str(date)[:4])
        m = re.search(r"(20\d{2})年(?!\d)", self.text[:200]) or re.search(r"(20\d{2})年\d{1,2}月\d{1,2}日", self.text)
        if m:
            return int(m.group(1))
        m = _CN_FULL_DATE.search(self.text)  # 二〇〇八年九月八日, 二OO八年…: a date written in Chinese numerals
        if m:
            return cn_value(m.group(1))
        years = set(_YEAR.findall(self.text))  # a table of the year's tasks that names 2019 once: that year
        if len(years) == 1:
            return int(years.pop())
        numbered = set() if years else set(_NUMBER_YEAR.findall(self.text))  # 国发明电〔2014〕1号 forwarded
        return int(numbered.pop()) if len(numbered) == 1 else None

    def content_lines(self) -> list[Line]:
        """Lines that are neither page clutter nor roster entries (a new list each call;
        worked out again only when roster lines were added: the set only grows)."""
        key = (id(self.lines), len(self.lines), len(self.roster_lines))
        if self._content_key != key:
            self._content = [ln for ln in self.lines if ln.kind != "noise" and ln.start not in self.roster_lines]
            self._content_key = key
        return list(self._content)

    def _claims(self) -> list[Span]:
        """The claimed spans, sorted; new duties and reserved spans are inserted as they
        come (rebuilding the index after every new duty made long notices quadratic)."""
        nd, nr = counts = self._claim_counts
        if counts == (len(self.duties), len(self.reserved)):
            return self._claim_index  # nothing new
        if nd > len(self.duties) or nr > len(self.reserved):  # the lists were replaced
            self._claim_index, nd, nr = [], 0, 0
        for d in self.duties[nd:]:
            bisect.insort(self._claim_index, (d.span[0], d.span[0] + 1) if d.open_inside else d.span)
        for r in self.reserved[nr:]:
            bisect.insort(self._claim_index, r)
        self._claim_counts = (len(self.duties), len(self.reserved))
        return self._claim_index

    def claimed_within(self, start: int, end: int) -> bool:
        """True if a duty (or a reserved span) starts inside ``[start, end)``."""
        claims = self._claims()
        i = bisect.bisect_left(claims, (start, -1))
        return i < len(claims) and claims[i][0] < end

    def claimed(self, pos: int) -> bool:
        """True if a duty or a reserved span already covers this position (so later
        patterns skip it)."""
        claims = self._claims()
        i = bisect.bisect_right(claims, (pos, _AFTER_ANY_END))  # claims[:i] start at or before pos
        for j in range(max(0, i - 9), i):  # the nine that start last
            if claims[j][1] > pos:
                return True
        return False
