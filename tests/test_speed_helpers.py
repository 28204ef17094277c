"""Speed helpers of extraction give what the code they replace gave (issue 11, session 26)."""

from __future__ import annotations

import re
from re import _compiler  # type: ignore[attr-defined]

import pytest

from extractor import recharset
from extractor.lexicon import load_lexicon
from extractor.match.subjects import SubjectCues, _actor_ending
from extractor.normalize import HAN, simplified, t2s_converter

PATTERNS = [
    rf"[{HAN}]{{2,30}}?(?:领导小组|委员会)",
    r"[\u4e00-\u9fff]+",
    r"[^，。；、：\s]{2,30}?的",
    r"[a-zA-Z0-9_]+|[（(][^）)]*[）)]",
    r"(?i)[a-z\u00c0-\u024f]+",
    r"[\U00020000-\U0002a6df\u3400-\u4dbf]",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_memoized_charsets_compile_to_the_same_code(pattern: str) -> None:
    recharset.install()
    memo = _compiler._optimize_charset
    assert getattr(memo, "_policykg_memo", False)
    parsed = re._parser.parse(pattern, 0)  # type: ignore[attr-defined]
    with_memo = [_compiler._code(re._parser.parse(pattern, 0), 0) for _ in range(2)]  # type: ignore[attr-defined]
    original = memo.__closure__[0].cell_contents  # the wrapped function
    try:
        _compiler._optimize_charset = original
        without = _compiler._code(parsed, 0)
    finally:
        _compiler._optimize_charset = memo
    assert with_memo[0] == without and with_memo[1] == without


def test_install_twice_wraps_once() -> None:
    assert recharset.install() and recharset.install()
    assert not getattr(_compiler._optimize_charset.__closure__[0].cell_contents, "_policykg_memo", False)


def test_actor_ending_is_the_longest_fitting_one() -> None:
    cues = SubjectCues(load_lexicon())

    def reference(name: str, vague: bool) -> str | None:  # the generator it replaced
        return next((e for e in cues.actor_endings if name.endswith(e) and (len(name) > len(e) or vague)), None)

    names = [name + tail for tail in (*cues.actor_endings, "", "办法")
             for name in ("", "相关", "资源", "互联网信息服务")]
    names += [e[1:] for e in cues.actor_endings]
    for name in names:
        for vague in (False, True):
            assert _actor_ending(cues, name, vague) == reference(name, vague), (name, vague)


def test_simplified_title_is_opencc_t2s() -> None:
    convert = t2s_converter()
    for title in ("關於印發衛生工作方案的通知", "关于印发方案的通知", ""):
        assert simplified(title) == (convert(title) if convert and title else title)


_INVENTED = ("青山县防治领导小组办公室\n关于做好防控工作的通知\n各乡镇人民政府，县直各有关单位：\n"
             "县卫生局要求各乡镇卫生院加强疫情报告。白河市教育局要做好学校防控工作，"
             "6月底前县农业局完成排查。各乡镇、各有关部门要提高认识。\n青山县防治领导小组办公室\n")


def _notices() -> list[tuple[str, str]]:
    from pathlib import Path

    from extractor.read import read_notice

    root = Path(__file__).resolve().parent.parent
    files = sorted(root.glob("corpus/*.txt"))[:3] + sorted(root.glob("tests/notices/*.txt"))[:3]
    return [(read_notice(f), f.name) for f in files] + [(_INVENTED, "<notice>")]


def test_a_request_kept_from_a_list_read_is_what_a_new_read_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """``requested_at`` answered from the list read before it at the same place, in the same
    state, answers what reading the list again answers (session 32)."""
    from extractor.match import subjects
    from extractor.pipeline import extract_text

    kept = subjects._subject_list_at
    asked: list[bool] = []

    def checking(notice, pos, limit, asked_=False, requests=False):  # noqa: ANN001, ANN202
        found = kept(notice, pos, limit, asked_, requests)
        if requests and not asked_:
            assert found == subjects._read_subject_list(notice, pos, limit, False, True, []), (notice.doc_name, pos)
            asked.append(found is not None)
        return found

    monkeypatch.setattr(subjects, "_subject_list_at", checking)
    for text, name in _notices():
        extract_text(text, name)
    assert len(asked) > 20 and any(asked)


def test_place_before_each_tries_the_places_in_their_order() -> None:
    """``place_before_each`` (forms grouped by first character) gives what trying every place
    form at every position gives (session 32)."""
    from extractor import nlp as nlp_module
    from extractor.match import subjects

    def reference(notice, p: int, limit: int) -> int | None:  # noqa: ANN001 -- the loop it replaced
        text = notice.text
        for place in notice.table.places:
            forms = [place]
            if len(place) >= 3 and place[-1] in notice.lex.level_chars:
                forms.append(place[:-1])
            for form in forms:
                end = p + len(form)
                if end < limit and text.startswith(form, p) and text[end] == "各":
                    return end
        return None

    nlp = nlp_module.get_nlp()
    seen = 0
    for text, _name in _notices():
        doc = nlp_module.text_doc(nlp, text)
        for _pipe_name, pipe in nlp.pipeline:
            doc = pipe(doc)
            notice = nlp_module._notice(doc)
            if notice is not None and notice.table.places:
                break
        else:
            continue
        for limit in (len(notice.text), len(notice.text) // 2):
            for p in range(len(notice.text) + 1):
                assert subjects.place_before_each(notice, p, limit) == reference(notice, p, limit), p
                seen += reference(notice, p, limit) is not None
    assert seen > 0
