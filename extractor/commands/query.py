"""CLI query commands over the graph store: a thin shell over ``extractor.query``.

Imports neither spaCy, jieba nor networkx (checked by tests/test_store_queries.py), so
queries start fast. How a name was matched, when not exactly (a fuzzy match), is said on
stderr.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import click

from .. import query as q
from ..project import Project
from .options import Output, examples, limit_options, more, output_options

COMMANDS: list[click.Command] = []

DUTY_COLUMNS = ["mechanism", "notice", "organization", "kind", "role", "deadline", "duty", "evidence"]
WHO_COLUMNS = ["mechanism", "notice", "organization", "role", "matched", "diseases", "duty"]


def _graph(project: Project):
    q.NOTES.clear()
    return q.open_store(project)


def _notes() -> None:
    """Say on stderr how names were matched when not exactly (fuzzy matches)."""
    for line in q.NOTES:
        click.echo(line, err=True)
    q.NOTES.clear()


def _section(out: Output, title: str, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    out.line(f"\n{title}" if title else "")
    if rows:
        out.table(rows, columns)
    else:
        out.line("(none)")


def _grouped(out: Output, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """Table output of duty rows, one table per (mechanism, notice)."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r.get("mechanism") or "(no mechanism)", r.get("notice") or ""), []).append(r)
    for i, ((mech, notice), items) in enumerate(groups.items()):
        if i:
            out.line("")
        out.heading(f"== {mech} — {notice}")
        out.table(items, columns)


def _table_duty_rows(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """For tables, show evidence only where it says more than the duty text."""
    return [{**r, "evidence": "" if r.get("evidence") == r.get("duty") else r.get("evidence")} for r in rows]


@examples("policykg mechanisms", "policykg mechanisms --format csv -o mechanisms.csv")
@click.command()
@limit_options
@output_options
@click.pass_obj
def mechanisms(project: Project, limit: int | None, out: Output) -> None:
    """Each mechanism with counts of units, people and duties, and its notices."""
    rows = q.mechanisms(_graph(project), limit=limit)
    _notes()
    out.rows(rows, ["name", "short", "units", "people", "duties", "notices"])
    more(out, rows, "mechanisms")


@examples("policykg members 昌吉市", "policykg members 联席会议 --format json")
@click.command()
@click.argument("mechanism")
@output_options
@click.pass_obj
def members(project: Project, mechanism: str, out: Output) -> None:
    """Member units of MECHANISM (name, short name or part of it) and its offices/bodies."""
    res = q.members(_graph(project), mechanism)
    _notes()
    units = [{**u, "part": "unit"} for u in res["units"]]
    bodies = [{**b, "part": "body", "roles": [b["relation"]]} for b in res["bodies"]]
    if out.fmt != "table":
        m = res["mechanism"]
        flat = [{"mechanism": m["name"], "mechanism_id": m.get("id"), **r} for r in units + bodies]
        out.json(res, flat, ["mechanism", "part", "name", "kind", "roles", "title", "body", "hosted_by", "id"])
        return
    m = res["mechanism"]
    out.heading(f"{m['name']}: {m['units']} units, {m['people']} people, {m['duties']} duties "
             f"({', '.join(m['notices'])})")
    _section(out, "Member units:", units, ["name", "kind", "roles", "title"])
    _section(out, "Offices and bodies:", bodies, ["name", "relation", "body", "hosted_by"])


@examples("policykg people --role 召集人", "policykg people --org 卫生健康 --mechanism 奈曼旗")
@click.command()
@click.option("--mechanism", "-m", help="Only this mechanism (name, short name or part of it).")
@click.option("--role", "-r", help="convener, deputy_convener, member, liaison, leader, deputy_leader (or 召集人, 成员, 联络员 …).")
@click.option("--org", "org", help="Only people posted at this body, or at bodies of this kind (公安).")
@limit_options
@output_options
@click.pass_obj
def people(project: Project, mechanism: str | None, role: str | None, org: str | None, limit: int | None,
           out: Output) -> None:
    """Persons with their role in a mechanism, organization and title."""
    rows = q.people(_graph(project), mechanism=mechanism, role=role, org=org, limit=limit)
    _notes()
    out.rows(rows, ["person", "role", "mechanism", "organization", "title", "notice"])
    more(out, rows)


@examples("policykg duties 奈曼旗公安局", "policykg duties 公安 --format csv -o 公安.csv",
          "policykg duties 卫生健康 -m 昌吉市")
@click.command()
@click.argument("org")
@click.option("--mechanism", "-m", help="Only duties in this mechanism.")
@limit_options
@output_options
@click.pass_obj
def duties(project: Project, org: str, mechanism: str | None, limit: int | None, out: Output) -> None:
    """Duties of ORG: one body (奈曼旗公安局) or every body of a kind (公安局, 公安)."""
    rows = q.duties(_graph(project), org, mechanism=mechanism, limit=limit)
    _notes()
    if out.fmt == "table":
        if not rows:
            out.line(f"no duties found for {org!r}")
            return
        _grouped(out, _table_duty_rows(rows), ["organization", "role", "deadline", "duty", "evidence"])
    else:
        out.rows(rows, DUTY_COLUMNS)
    more(out, rows)


@examples("policykg who 结核病", "policykg who 艾滋病 --format nl")
@click.command()
@click.argument("term")
@limit_options
@output_options
@click.pass_obj
def who(project: Project, term: str, limit: int | None, out: Output) -> None:
    """Who is responsible for duties whose text or diseases match TERM (e.g. 结核病)."""
    rows = q.who(_graph(project), term, limit=limit)
    _notes()
    if out.fmt == "table":
        _grouped(out, rows, ["organization", "role", "matched", "duty"])
    else:
        out.rows(rows, WHO_COLUMNS)
    more(out, rows)


@examples("policykg disease 艾滋病", "policykg disease 重大传染病 --format json")
@click.command()
@click.argument("name")
@limit_options
@output_options
@click.pass_obj
def disease(project: Project, name: str, limit: int | None, out: Output) -> None:
    """A disease or disease class: aliases, classes, notices that mention it, duties about it."""
    res = q.disease(_graph(project), name, limit=limit)
    _notes()
    d = res["disease"]
    if out.fmt != "table":
        rows = [{"section": "notice", **n} for n in res["notices"]]
        rows += [{"section": "duty", **r} for r in res["duties"]]
        flat = [{"disease": d["name"], "disease_id": d.get("id"), **r} for r in rows]
        out.json(res, flat, ["disease", "section", "notice", "title", "mechanism", "organization", "role", "duty",
                             "evidence"])
        more(out, res["notices"], "notices")
        more(out, res["duties"], "duties")
        return
    out.line(f"{d['name']} ({d['category'] or 'disease'})")
    if d["aliases"]:
        out.line("aliases: " + ", ".join(d["aliases"]))
    if d["classes"]:
        out.line("classes: " + ", ".join(d["classes"]))
    if res["members"]:
        out.line("diseases in this class: " + ", ".join(res["members"]))
    _section(out, "Notices:", res["notices"], ["notice", "title", "evidence"])
    more(out, res["notices"], "notices")
    out.line("\nDuties:")
    if res["duties"]:
        _grouped(out, res["duties"], ["organization", "role", "diseases", "duty"])
    else:
        out.line("(none)")
    more(out, res["duties"], "duties")


@examples("policykg compare 奈曼旗 昌吉市", "policykg compare 奈曼旗 昌吉市 --format csv -o compare.csv")
@click.command()
@click.argument("mechanism_a")
@click.argument("mechanism_b")
@limit_options
@output_options
@click.pass_obj
def compare(project: Project, mechanism_a: str, mechanism_b: str, limit: int | None, out: Output) -> None:
    """Two mechanisms side by side: department kinds in both / only in one, with duties."""
    # a table shows its first rows, as the other queries; json the whole comparison; nl
    # and csv its rows (the first N with --limit N)
    if out.fmt == "json":
        res = q.compare(_graph(project), mechanism_a, mechanism_b)
        _notes()
        out.json(res)
        return
    res, rows = q.compare_rows(_graph(project), mechanism_a, mechanism_b, limit=limit)
    _notes()
    if out.fmt != "table":
        out.json(res, rows, ["kind", "in", "side", "mechanism", "unit", "duty"])
        more(out, rows)
        return
    for side in ("a", "b"):
        m = res[side]
        out.heading(f"{side.upper()}: {m['name']} ({m['units']} units, {m['duties']} duties)")
    out.line(f"in both ({len(res['shared'])}): {', '.join(res['shared']) or '-'}")
    out.line(f"only in A ({len(res['only_a'])}): {', '.join(res['only_a']) or '-'}")
    out.line(f"only in B ({len(res['only_b'])}): {', '.join(res['only_b']) or '-'}")
    out.line("")
    shown = []
    prev: tuple[str, str, str] | None = None
    for r in rows:
        key = (r["kind"], r["side"], r["unit"])
        shown.append({**r, "side": r["side"].upper(),
                      "kind": r["kind"] if prev is None or r["kind"] != prev[0] else "",
                      "in": r["in"] if prev is None or r["kind"] != prev[0] else "",
                      "unit": r["unit"] if key != prev else ""})
        prev = key
    out.table(shown, ["kind", "in", "side", "unit", "duty"])
    more(out, rows)


@examples("policykg stats", "policykg stats --format json")
@click.command()
@limit_options
@output_options
@click.pass_obj
def stats(project: Project, limit: int | None, out: Output) -> None:
    """Counts of nodes by type and edges by relation, and per notice."""
    res = q.stats(_graph(project), limit=limit)
    _notes()
    counts = [{"section": "node", "name": k, "count": v} for k, v in res["nodes"].items()]
    counts += [{"section": "relation", "name": k, "count": v} for k, v in res["relations"].items()]
    counts += [{"section": "total", "name": "nodes", "count": res["total_nodes"]},
               {"section": "total", "name": "edges", "count": res["total_edges"]}]
    if out.fmt != "table":
        flat = counts + [{"section": "notice", "name": n["notice"], "count": n["edges"], **n} for n in res["notices"]]
        out.json(res, flat, ["section", "name", "count"])
        more(out, res["notices"], "notices")
        return
    out.table(counts, ["section", "name", "count"])
    _section(out, "Notices:", res["notices"], ["notice", "number", "date", "nodes", "edges", "title"])
    more(out, res["notices"], "notices")


SEARCH_COLUMNS = ["notice", "organization", "role", "matched", "duty", "evidence"]


@examples("policykg search 筛查", "policykg search 结核 --limit 20 --format csv -o 结核.csv")
@click.command()
@click.argument("text")
@limit_options
@output_options
@click.pass_obj
def search(project: Project, text: str, limit: int | None, out: Output) -> None:
    """Duties and evidence containing TEXT (full-text index), with their bodies."""
    rows = q.search(_graph(project), text, limit=limit)
    _notes()
    if out.fmt == "table":
        shown = [{**r, "duty": r["duty"] or f"({r['relation']} {r.get('target') or ''})".strip(),
                  "evidence": "" if r.get("evidence") == r.get("duty") else r.get("evidence")} for r in rows]
        _grouped(out, shown, ["organization", "role", "matched", "duty", "evidence"])
    else:
        out.rows(rows, [*DUTY_COLUMNS, "matched", "relation", "target"])
    more(out, rows)


COMMANDS.extend([mechanisms, members, people, duties, who, disease, compare, stats, search])
