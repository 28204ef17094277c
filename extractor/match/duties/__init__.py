"""Component rules of ``policykg_duties`` and ``policykg_free_duties``: who is responsible
for which duty, one module per frame the duty is written in.

- ``divisions``: duty divisions (``单位：duties…``, a unit heading the paragraph or the
  numbered items below it), with ``division_heads`` finding the unit that heads them and
  ``decimal_heads`` a plan's units numbered in decimal levels (``2.3.6 市X局：…``);
- ``group_remits``: a working group's paragraph naming the unit that leads it before its
  duties (``X组。由A牵头，B参加。主要职责：a；b``, ``X组。由A牵头，B配合；a；b``);
- ``body_sentences``: a named body's ``负责…`` / ``承担以下职责：`` sentences;
- ``listed``: ``X应当履行下列职责：（一）…`` and the numbered items below the lead-in;
- ``remit_labels``: ``X的主要职责是a；b``: a unit's duties after a label in its paragraph;
- ``assignments``: ``由X牵头，Y配合，…`` and sentences whose doer follows 由;
- ``subject_items``: numbered items opening with their doers (one duty per item; an item whose later sentences open with two subjects or more is free text);
- ``free_text``: free-text clauses whose subject names departments;
- ``guided``: ``X在Y领导/指导下，V…``: X's own act after the circumstance (read by ``free_text``);
- ``piece_ends``: where a piece of a subject's sentence stops being its duty (a breach and its
  sanction, a trailing 待…后 clause, a 下列 list of places or cases; read by ``free_text``);
- ``short_forms``: the short forms a notice defines for its bodies (``X（以下简称Y）``);
- ``cut_tail``: the broken last clause of a text cut short;
- ``open_bracket``: a duty ending inside a bracket that never closes ends before it;
- ``bare_names``: a duty whose text only names bodies (``和动物疫情防控组``) is none;
- ``post_sentences``: a sentence that only staffs or sets up a body (``X局局长为联席会议召集人``) is none;
- shared by them: ``cues`` (the regexes built from ``cues.json``, a clause's role),
  ``clauses`` (where clauses start, brackets, reported or setting-up clauses), ``bodies``
  (the body a subject or head names, generic departments)."""

from __future__ import annotations

from .assignments import find_assignments
from .bare_names import drop_bare_names
from .body_sentences import find_body_duties
from .cues import clause_role
from .cut_tail import drop_cut_tail
from .divisions import find_divisions, mech_members_section
from .free_text import find_subject_duties
from .group_remits import find_group_remits
from .listed import find_listed_duties
from .open_bracket import end_before_open_bracket
from .post_sentences import drop_post_sentences
from .remit_labels import find_labeled_remits
from .short_forms import find_short_forms
from .subject_items import find_subject_items

__all__ = [
    "find_divisions",
    "find_body_duties",
    "find_group_remits",
    "find_listed_duties",
    "find_labeled_remits",
    "find_assignments",
    "find_subject_items",
    "find_short_forms",
    "find_subject_duties",
    "drop_cut_tail",
    "drop_bare_names",
    "drop_post_sentences",
    "end_before_open_bracket",
    "clause_role",
    "mech_members_section",
]
