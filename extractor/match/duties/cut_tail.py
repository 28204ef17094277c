"""A text cut in the middle of its last clause: the duty that is only the broken clause
is dropped."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...notice import Notice
from .cues import duty_cues

_COMPLETE_END = "。；！？：”」）)…】]>》"
#: a line of one clause cut inside the list of units after its 由, before any verb
#: (``联席会议由市安监局、发改委、公安局、…、民航某安``): the clause names units, no act
_CUT_AGENT_LIST = re.compile(r"^[^。，；,;]*由(?:[^、。，；,;]{1,16}、){3,}[^、。，；,;]{0,16}$")


def drop_cut_tail(notice: Notice) -> None:
    """A text cut in the middle of its last clause (a stored page kept only its first
    bytes): a duty that is only the broken clause is none (``…水利部：负责将…纳入大江大``), so
    is one whose only whole clause leads into the broken one (``各部门要根据…目标，制定和组织实``);
    a duty with complete clauses before the cut stays (``…，共同制定本地防控方案，切``). A line
    of one clause cut inside the units its 由 lists (``X由A、B、C、D、某某``) is a broken clause too."""
    text = notice.text.rstrip(" \n")
    if not text or text[-1] in _COMPLETE_END:
        return
    br = text.rfind("\n")
    last = text[br + 1 :]
    prev = text[text.rfind("\n", 0, max(br, 0)) + 1 : br] if br > 0 else ""
    # …制定全县防\n控: a copy's line break inside the cut word (a long line runs on into a short one)
    wrapped = (len(last) <= 8 and len(prev) >= 20 and "\t" not in prev
               and re.fullmatch("[\u4e00-\u9fff]+", last) is not None and prev[-1] not in _COMPLETE_END)
    if not wrapped and ("\t" in last or not (text[-1] in "，、" or (len(last) >= 20 and re.search("[。，；]", last))
                                             or _CUT_AGENT_LIST.search(last))):
        return  # a table row or a short line (a signature, a date, a label) is no cut sentence
    start = max(text.rfind(ch) for ch in ("。；，" if wrapped else "。；，\n")) + 1  # the broken clause
    if len(text) - start < 2:
        return
    roles = duty_cues(notice).role_clauses  # X负责，Y配合，强化对…(cut): only the roles are whole, no task
    kept = []
    for d in notice.duties:
        if d.span[1] <= start:
            kept.append(d)
            continue
        whole = text[d.span[0] : start].rstrip("，、 ")
        if "，" not in text[d.span[0] : start] or roles.fullmatch(text, d.span[0], start):
            continue  # only the broken clause, or only roles before it
        if "，" not in whole and _lead_in(notice).search(whole):
            continue  # 各部门要根据…目标，制定和组织实(cut): the one whole clause only leads into the cut one
        kept.append(d)
    notice.duties = kept


def _lead_in(notice: Notice) -> re.Pattern[str]:
    """A clause that only leads into the next one: its predicate opens with 根据/按照/在… (after
    a modal verb or at once)."""
    return notice.lex.memo(_lead_in_re)


def _lead_in_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?:^|{lex.cue_re('modal_verbs')})(?:{lex.cue_re('adverbial_openers')})[^，。；]*$")
