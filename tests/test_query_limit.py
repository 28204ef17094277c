"""Row limits of the query commands (``--limit N`` / ``--all``; tables show the first
``DEFAULT_LIMIT`` rows and say how many more): on the seed store, a limited answer is the
first rows of the whole answer, and its ``total`` is the whole answer's length (or, for a
big answer of ``who`` and ``disease`` read in answer order, a lower bound: ``exact``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import query as q
from extractor.cli import cli
from extractor.commands.options import DEFAULT_LIMIT
from extractor.graph import merge
from extractor.pipeline import extract_file
from extractor.query.names import node_order
from extractor.store import connect, save_graph
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def seed_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("limithome")
    save_graph(merge(extract_file(p) for p in sorted(CORPUS.glob("*.txt"))), home / "graphs" / "graph.db")
    return home


@pytest.fixture(scope="module")
def conn(seed_home):
    c = connect(seed_home / "graphs" / "graph.db")
    yield c
    c.close()


# (query, arguments, where the rows are in its answer)
LIMITED = [
    pytest.param(q.who, ("结核病",), None, id="who"),
    pytest.param(q.duties, ("公安",), None, id="duties-kind"),
    pytest.param(q.duties, ("昌吉市防治重大疾病工作联席会议",), None, id="duties-mechanism"),
    pytest.param(q.search, ("结核病",), None, id="search-duties-and-facts"),
    pytest.param(q.search, ("成员单位",), None, id="search-facts"),
    pytest.param(q.mechanisms, (), None, id="mechanisms"),
    pytest.param(q.people, (), None, id="people"),
    pytest.param(q.disease, ("结核病",), "duties", id="disease-duties"),
    pytest.param(q.disease, ("艾滋病",), "notices", id="disease-notices"),
    pytest.param(q.stats, (), "notices", id="stats-notices"),
]


@pytest.mark.parametrize(("fn", "args", "part"), LIMITED)
@pytest.mark.parametrize("less", [-1, -2, 1])  # a limit of 1, 2, or all rows but one
def test_limited_answer_is_the_first_rows_of_the_whole(conn, fn, args, part, less, walk):
    whole = fn(conn, *args)
    rows = whole[part] if part else whole
    limit = -less if less < 0 else len(rows) - less
    cut = fn(conn, *args, limit=limit)
    if part:
        whole, cut = whole[part], cut[part]
    assert len(whole) > limit, "the seed answer must be longer than the limit for this test to mean anything"
    assert list(cut) == list(whole)[:limit]
    if cut.exact:
        assert cut.total == len(whole)
    else:  # a page read in answer order (who, disease): its total is a lower bound
        assert len(cut) <= cut.total <= len(whole)
    assert whole.total == len(whole) and whole.exact


def run(home: Path, *args: str) -> tuple[str, str]:
    res = CliRunner().invoke(cli, ["--home", str(home), *args])
    assert res.exit_code == 0, res.output
    return res.stdout, res.stderr


BIG = "昌吉市防治重大疾病工作联席会议"  # its duties: more rows than a table shows


def test_table_shows_the_default_limit_and_says_how_many_more(seed_home, conn):
    total = len(q.duties(conn, BIG))
    assert total > DEFAULT_LIMIT
    out, _ = run(seed_home, "duties", BIG)
    assert out.rstrip().endswith(f"({total - DEFAULT_LIMIT} more rows: use --all to show every row, or --limit N)")
    everything, _ = run(seed_home, "duties", BIG, "--all")
    assert "more rows" not in everything
    assert len(everything.splitlines()) > len(out.splitlines())


def test_limit_applies_to_every_format_and_json_is_whole_by_default(seed_home, conn):
    total = len(q.who(conn, "结核病"))
    whole, err = run(seed_home, "who", "结核病", "--format", "json")
    assert len(json.loads(whole)) == total and err == ""
    three, err = run(seed_home, "who", "结核病", "--format", "json", "--limit", "3")
    assert json.loads(three) == json.loads(whole)[:3]
    assert err.strip() == f"({total - 3} more rows: use --all to show every row, or --limit N)"


# (query, argument, where the duty rows are in its answer)
WALKED = [
    pytest.param(q.who, "结核病", None, id="who-a-disease-and-its-names"),
    pytest.param(q.who, "艾滋", None, id="who-two-characters"),
    pytest.param(q.who, "宣传", None, id="who-a-text-of-no-disease"),
    pytest.param(q.who, "重大传染病", None, id="who-a-class"),
    pytest.param(q.disease, "重大传染病", "duties", id="disease-a-class"),
    pytest.param(q.disease, "结核病", "duties", id="disease"),
    pytest.param(q.search, "结核病", None, id="search"),
    pytest.param(q.search, "筛查", None, id="search-two-characters"),
]


@pytest.mark.parametrize(("fn", "arg", "part"), WALKED)
@pytest.mark.parametrize("limit", [1, 4, 1000])
def test_a_page_read_in_answer_order_is_the_listed_page(conn, monkeypatch, fn, arg, part, limit):
    """A big answer's page is read by walking the duties in answer order (no list of every
    match): the same rows as the listed answer's first ones, its total a lower bound that
    counts at least the page, and exact when the walk ends before the page is full."""
    listed = fn(conn, arg)
    listed = listed[part] if part else listed
    monkeypatch.setattr(q, "_walks", lambda c, found, limit: True)
    page = fn(conn, arg, limit=limit)
    page = page[part] if part else page
    assert len(listed) > 4
    assert list(page) == list(listed)[:limit]
    if page.exact:  # the walk ended before the page was full, or the answer was listed
        assert page.total == len(listed)
    else:
        assert len(page) <= page.total <= len(listed)


def test_a_lower_bound_says_at_least(seed_home, conn, monkeypatch):
    """Every duty gives a row, so the most duties of one disease or one text is a lower
    bound of the rows; a table then says "at least N more rows"."""
    monkeypatch.setattr(q, "_walks", lambda c, found, limit: True)
    page = q.who(conn, "结核病", limit=3)
    assert not page.exact
    assert not q.disease(conn, "结核病", limit=3)["duties"].exact
    assert q.who(conn, "结核病", limit=10_000).exact  # (a page that holds the whole answer)
    out, _ = run(seed_home, "who", "结核病", "--limit", "3")
    assert out.rstrip().endswith(f"(at least {page.total - 3} more rows: use --all to show every row, or --limit N)")


def test_small_answers_say_nothing_more(seed_home):
    out, err = run(seed_home, "duties", "奈曼旗公安局", "--limit", "1000")
    assert "more rows" not in out and err == ""


def _python_rows(conn, items):
    """The duty rows of (duty, body, edge data) items, ordered in Python as the query
    commands did before SQLite ordered and cut them: mechanism name (none last), notice,
    offset, body name; ties in the items' order."""
    span = dict(conn.execute("SELECT id, span_start FROM duties").fetchall())
    return sorted(q._duty_rows(conn, items), key=lambda r: (
        r["mechanism"] or "\uffff", r["notice"] or "", span.get(r["duty_id"]) or 0, r["organization"] or ""))


def _responsible(conn, orgs, mech=None):
    """(duty, body, edge data) of the bodies' responsible_for edges, body by body."""
    return [(duty, o, d) for o in orgs for duty, d in q.unit_duties(conn, o, mech)]


def _responsible_items(conn, duty_ids):
    """(duty, body, edge data) of every responsible_for edge into the duties, duty by duty
    (edges in notice order), or (duty, None, {}) for a duty without one."""
    out = []
    for duty in duty_ids:
        edges = [(duty, r[0], q._edge_dict(r[1], r[2], r[3])) for r in conn.execute(
            "SELECT source, role, evidence, notice FROM edges WHERE relation = 'responsible_for' AND target = ? "
            "ORDER BY notice, ord", (duty,))]
        out += edges or [(duty, None, {})]
    return out


def _mechanism_items(conn, own, mech):
    """The items of ``duties MECHANISM``: its own bodies' duties, then every other duty of it."""
    items = _responsible(conn, [own, *q.mechanism_bodies(conn, own)], mech)
    seen = {(d, o) for d, o, _ in items}
    in_mech = [r[0] for r in conn.execute(
        "SELECT id FROM duties WHERE mechanism = ? ORDER BY notice, span_start", (own,))]
    if mech is None or mech == own:
        items += [t for t in _responsible_items(conn, in_mech) if (t[0], t[1]) not in seen]
    return items


def _concerning(conn, disease_name):
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT e.source FROM edges e JOIN nodes n ON n.id = e.target "
        "WHERE e.relation = 'concerns' AND n.name = ?", (disease_name,))]


def _containing(conn, text):
    return [r[0] for r in conn.execute("SELECT id FROM duties WHERE instr(text, ?) > 0", (text,))]


# (how the duties are chosen, argument)
DUTY_SETS = [
    pytest.param(_concerning, "结核病", id="concerning-a-disease"),
    pytest.param(_containing, "筛查", id="containing-a-text"),
    pytest.param(_containing, "负责", id="containing-a-common-word"),
]


@pytest.fixture(params=[False, True], ids=["ordering-every-match", "walking-the-order-index"])
def walk(request, monkeypatch):
    """Both ways SQLite can give a page of duty rows (``query._walks`` chooses by size)."""
    monkeypatch.setattr(q, "_walks", lambda c, found, limit: request.param)
    return request.param


@pytest.mark.parametrize(("choose", "arg"), DUTY_SETS)
def test_sql_order_of_duty_rows_is_the_python_order(conn, choose, arg, walk):
    ids = choose(conn, arg)
    assert len(ids) > 3
    expected = _python_rows(conn, _responsible_items(conn, node_order(conn, ids)))
    assert q._duty_set_rows(conn, ids, None) == expected
    assert q._duty_set_rows(conn, ids, 3) == expected[:3]


# (organizations as resolve_orgs gives them, mechanism or None)
ORG_SETS = [
    pytest.param("公安", None, id="a-kind"),
    pytest.param("卫生健康", None, id="another-kind"),
    pytest.param("公安", "昌吉市防治重大疾病工作联席会议", id="a-kind-in-one-mechanism"),
]


@pytest.mark.parametrize(("org", "mechanism"), ORG_SETS)
def test_sql_order_of_organization_duties_is_the_python_order(conn, org, mechanism, walk):
    orgs, _ = q.resolve_orgs(conn, org)
    mech = q.resolve_mechanism(conn, mechanism) if mechanism else None
    expected = _python_rows(conn, _responsible(conn, orgs, mech))
    assert len(expected) > 2
    assert q._org_rows(conn, orgs, mech, None) == expected
    assert q._org_rows(conn, orgs, mech, 2) == expected[:2]


# (mechanism, --mechanism or None)
MECHANISM_SETS = [
    pytest.param(BIG, None, id="a-mechanism"),
    pytest.param(BIG, BIG, id="a-mechanism-within-itself"),
    pytest.param("推进委员会", None, id="a-mechanism-with-its-own-bodies"),
    pytest.param("推进委员会", BIG, id="nothing-of-a-mechanism-within-another"),
]


@pytest.mark.parametrize(("name", "mechanism"), MECHANISM_SETS)
def test_sql_order_of_a_mechanisms_duties_is_the_python_order(conn, name, mechanism):
    own = q.resolve_mechanism(conn, name)
    mech = q.resolve_mechanism(conn, mechanism) if mechanism else None
    expected = _python_rows(conn, _mechanism_items(conn, own, mech))
    assert q.duties(conn, name, mechanism) == expected
    assert q.duties(conn, name, mechanism, limit=2) == expected[:2]


def test_a_mechanisms_duties_without_a_body_and_with_several(tmp_path):
    """Duties of the mechanism that no body holds come alone; a duty of its office and of
    another body comes once for each; the order is the Python order."""
    from extractor import graph as kg
    from extractor import store
    from extractor.graph import GraphBuilder

    b = GraphBuilder("a.txt")
    doc = b.add_node("document", "a.txt", "通知", title="通知")
    mech = b.add_node("mechanism", "甲县联席会议", "甲县联席会议")
    b.add_edge(doc, mech, "establishes", "建立", (0, 2))
    office = b.add_node("organization", "甲县联席会议办公室", "甲县联席会议办公室")
    b.add_edge(office, mech, "office_of", "办公室设在", (2, 4))
    other = b.add_node("organization", "甲县公安局", "甲县公安局", kind="公安")
    holders = [[mech], [office], [other], [], [other, office], []]
    for i, bodies in enumerate(holders):
        duty = b.add_node("duty", f"a.txt#{i}", f"职责{i}", text=f"职责{i}", doc="a.txt", span=[10 - i, 11 - i],
                          mechanism=mech)
        for body in bodies:
            b.add_edge(body, duty, "responsible_for", f"职责{i}", (10 - i, 11 - i))
    conn = store.connect(":memory:", create=True)
    store.write_notice(conn, "a.txt", kg.to_node_link(b.graph))
    expected = _python_rows(conn, _mechanism_items(conn, mech, None))
    assert [(r["duty"], r["organization"]) for r in expected] == [
        ("职责5", None), ("职责4", "甲县公安局"), ("职责4", "甲县联席会议办公室"), ("职责3", None),
        ("职责2", "甲县公安局"), ("职责1", "甲县联席会议办公室"), ("职责0", "甲县联席会议")]
    assert q.duties(conn, "甲县联席会议") == expected
    assert q.duties(conn, "甲县联席会议", limit=3) == expected[:3]


def test_compare_table_shows_the_default_limit(seed_home):
    """compare's table shows its first rows as the other queries do; --all every row; csv
    and nl the first N with --limit N; json the whole comparison."""
    out, _ = run(seed_home, "compare", "奈曼旗", "昌吉市")
    everything, _ = run(seed_home, "compare", "奈曼旗", "昌吉市", "--all")
    csv_all, _ = run(seed_home, "compare", "奈曼旗", "昌吉市", "--format", "csv", "--no-bom")
    total = len(csv_all.splitlines()) - 1
    assert total > DEFAULT_LIMIT
    assert out.rstrip().endswith(f"({total - DEFAULT_LIMIT} more rows: use --all to show every row, or --limit N)")
    assert "more rows" not in everything
    assert len(everything.splitlines()) == len(out.splitlines()) - 1 + total - DEFAULT_LIMIT
    five, err = run(seed_home, "compare", "奈曼旗", "昌吉市", "--format", "csv", "--no-bom", "--limit", "5")
    assert five.splitlines() == csv_all.splitlines()[:6]
    assert err.strip() == f"({total - 5} more rows: use --all to show every row, or --limit N)"
    whole, _ = run(seed_home, "compare", "奈曼旗", "昌吉市", "--format", "json", "--limit", "5")
    assert sum(len(u["duties"]) for r in json.loads(whole)["rows"] for u in r["a"] + r["b"]) > 5


@pytest.mark.parametrize(("name", "limit"), [("艾滋病", 1), ("艾滋病", 2), ("结核病", 1), ("重大传染病", 1)])
def test_a_diseases_notices_paged_from_the_index_are_the_listed_page(conn, monkeypatch, name, limit):
    """Many more notices than a page: the page's notices come from the index in name order
    (not every notice's name read); the same rows as the listed answer's first ones, and a
    total that is a lower bound of its rows."""
    listed = q.disease(conn, name)["notices"]
    monkeypatch.setattr(q, "PAGED_NOTICES", 0)
    page = q.disease(conn, name, limit=limit)["notices"]
    assert len(listed) > limit
    assert list(page) == list(listed)[:limit]
    assert not page.exact and len(page) <= page.total <= len(listed)


def _flat_comparison(res: dict) -> list[dict]:
    """The flat rows of a whole comparison, written out from its nested form."""
    where = {k: "both" for k in res["shared"]} | {k: "only_a" for k in res["only_a"]} \
        | {k: "only_b" for k in res["only_b"]}
    groups = [(r["kind"], where[r["kind"]], r) for r in res["rows"]]
    groups.append(("(unclassified)", "", res["unclassified"]))
    return [{"kind": kind, "in": status, "side": side, "mechanism": res[side]["name"], "unit": unit["name"],
             "duty": duty, "mechanism_id": res[side]["id"], "unit_id": unit["id"]}
            for kind, status, r in groups for side in ("a", "b") for unit in r[side]
            for duty in unit["duties"] or [""]]


@pytest.mark.parametrize("paged", [False, True], ids=["every-duty-read", "the-pages-units-read"])
@pytest.mark.parametrize("limit", [None, 1, 7, 30, 10_000])
def test_compare_rows_are_the_flat_comparison(conn, monkeypatch, paged, limit):
    """compare_rows gives the first rows of the whole comparison, flat; reading only the
    duties of the page's units (two big mechanisms) gives the same rows, with a total that
    is a lower bound (exact when the page holds every row)."""
    res = q.compare(conn, "奈曼旗", "昌吉市")
    flat = _flat_comparison(res)
    monkeypatch.setattr(q, "PAGED_COMPARE", 0 if paged else 10**9)
    head, rows = q.compare_rows(conn, "奈曼旗", "昌吉市", limit=limit)
    assert len(flat) > 30
    assert head == {k: res[k] for k in ("a", "b", "shared", "only_a", "only_b")}
    assert list(rows) == flat[:limit]
    if rows.exact:
        assert rows.total == len(flat)
    else:
        assert paged and len(rows) < rows.total <= len(flat)


@pytest.mark.parametrize("limit", [1, 3])
def test_a_kinds_duties_counted_to_the_walk_say_at_least(conn, monkeypatch, limit):
    """The duties of a kind are counted only until a walk is sure to pay: the page walked
    is the listed one, its total the rows counted, a lower bound."""
    whole = q.duties(conn, "公安")
    monkeypatch.setattr(q, "_count_to_walk", lambda c, limit: 6)
    monkeypatch.setattr(q, "_walks", lambda c, found, limit: found >= 6)
    page = q.duties(conn, "公安", limit=limit)
    assert len(whole) > 6
    assert list(page) == list(whole)[:limit]
    assert not page.exact and page.total == 6
