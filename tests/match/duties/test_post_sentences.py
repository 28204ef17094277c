"""A sentence that only staffs or sets up a body is no duty (duties/post_sentences.py): who holds
which post (``X局局长为联席会议召集人``, ``由市政府行政首长任总指挥``) and where an office sits
(``下设办公室，办公室设在X``) are roster and body facts, no task of the body named."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows, spans_of

R = "responsible_for"

MEETING = "关于建立白河市防治结核病工作联席会议制度的通知\n"

# (id, notice, DUTY span texts, facts)
POST_SENTENCES = [
    ("posts-of-the-meeting", MEETING + "市卫健委为联席会议牵头单位，市卫健委主任为联席会议召集人，各成员单位分管负责同志为联席会议成员。",
     [], set()),
    ("a-head-takes-the-chief-post", MEETING + "由市人民政府分管副市长任总指挥，市直有关单位负责人任指挥部领导成员。", [], set()),
    ("an-office-set-up-and-staffed", MEETING + "联席会议下设办公室，办公室设在市卫健委，王建国同志兼任办公室主任。", [], set()),
    ("liaisons-set-up-and-named", MEETING + "联席会议设联络员，由各成员单位负责确定。", [], set()),
    # a clause with a task beside the posts: the duty stays
    ("a-task-beside-the-posts", "白河市卫健委为联席会议牵头单位，负责联席会议日常工作。",
     ["白河市卫健委为联席会议牵头单位，负责联席会议日常工作"],
     {("白河市卫健委", R, "白河市卫健委为联席会议牵头单位，负责联席会议日常工作")}),
]


@pytest.mark.parametrize(("text", "duties", "expected"), rows(POST_SENTENCES))
def test_post_sentences(text: str, duties: list[str], expected: set[tuple[str, ...]]) -> None:
    doc = doc_of(text)
    assert [t for _label, t in spans_of(doc, "duties") if "召集人" in t or "总指挥" in t or "设在" in t
            or "牵头单位" in t or "联络员" in t] == duties
    assert {f for f in facts(doc, R) if f[2] in duties} == expected
