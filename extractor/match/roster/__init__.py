"""Component rules of ``policykg_roster`` (and the roster's member units, run by
``policykg_duties``): the people of a mechanism, each with role, body and title, one module
per frame the roster is written in.

- ``labeled_lines``: roster blocks read line by line (``组长：王五 县卫健局局长``, role headers,
  tables under a 姓名 column), the frames below called per line;
- ``run_on``: a roster run together on one line by a copy that lost its lines (labels glued to
  the post before them, names and posts apart by a space or nothing);
- ``columns``: a roster in columns flattened by a copy (``组长：副组长：成员：`` then the
  names in one run, the posts on the lines below), paired by order;
- ``person_lines``: one line's people, name then post (``张三（市政府副市长）``, ``张威 X局局长``),
  post then name (``县人民政府副县长 张建国``), names sharing a post;
- ``label_lists``: a label's list (bare names, ``县卫健局局长张三、…``), several labels in one
  sentence (``组长：田某，副组长：陈某``);
- ``prose``: people named in a sentence (``由市人民政府副市长X任组长``, ``组长由X担任``);
- ``unit_posts``: posts held by units with no person named, member lines that list units;
- ``mech_posts``: people named with a post in the mechanism among their posts (reports,
  event plans: ``县政府副县长、县艾工委主任张三``);
- ``member_units``: without a member-unit list, the roster's units as member units;
- shared by them: ``names`` (person names, line shapes), ``roles`` (role labels to
  relations), ``post_bodies`` (a post's body and title), ``people`` (a person from a name
  and a post; a list of people)."""

from __future__ import annotations

from .labeled_lines import find_roster
from .mech_posts import find_mechanism_posts
from .member_units import roster_member_units
from .post_bodies import split_post
from .prose import find_prose_roster

__all__ = ["find_mechanism_posts", "find_roster", "find_prose_roster", "roster_member_units", "split_post"]
