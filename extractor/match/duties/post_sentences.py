"""Sentences that only staff or set up a body (``X局局长为联席会议召集人，各成员单位负责同志为
成员``, ``领导小组下设办公室，办公室设在X，某某兼任办公室主任``, ``由市政府行政首长任总指挥，…``):
who holds which post is a roster's fact, no duty of the body the sentence names."""

from __future__ import annotations

import re

from ...lexicon import Lexicon, alternation
from ...normalize import split_clauses
from ...notice import Notice

_KEPT_SOURCES = frozenset(("task", "marker"))  # a table's or a marked item's task is its row's, whatever it says
_LONGEST_CLAUSE = 40  # a longer clause (a run-on line with no commas) may hold a task beside its set-up


def _post_clause_re(lex: Lexicon) -> re.Pattern[str]:
    """A clause naming a post after the verb by which a unit or person takes it
    (``…为联席会议召集人``, ``…任三防指挥部领导成员``, ``…担任副组长``)."""
    verbs = [w for forms in lex.cue_map("post_verbs").values() for w in forms]
    posts = [*lex.roles, *lex.cue("post_nouns")]
    return re.compile(rf"(?:{alternation(verbs)}|设)[^，,；;。]{{0,24}}?(?:{alternation(posts)})$"
                      rf"|^[^，,；;。]{{0,16}}?(?:{lex.cue_re('setup_clause_words')})"
                      rf"|^由[^，,；;。]{{2,16}}?(?:{lex.cue_re('appoint_verbs')})$")  # ，由各成员单位负责确定: who names them


def drop_post_sentences(notice: Notice) -> None:
    """Drop every duty (but a table's or a marked item's task: ``_KEPT_SOURCES``) each of whose
    clauses takes a post or sets a body up."""
    text = notice.text
    post = notice.lex.memo(_post_clause_re)
    kept = []
    for duty in notice.duties:
        clauses = [c for a, b in split_clauses(text, *duty.span, "，,；;。") if (c := text[a:b].strip())]
        if duty.source in _KEPT_SOURCES or not clauses or not all(
                len(c) <= _LONGEST_CLAUSE and post.search(c) for c in clauses):
            kept.append(duty)
    notice.duties = kept
