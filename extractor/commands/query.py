"""CLI query commands over the graph store: a thin shell over ``extractor.query``.

Imports neither spaCy, jieba nor networkx (checked by tests/test_store_queries.py), so
queries start fast. How a name was matched, when not exactly (a fuzzy match), is said on
stderr.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import click

from .. import query as q
from ..project import Project
from .common import emit_rows, format_option, render_table

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


def _json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=1))


def _section(title: str, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    click.echo(f"\n{title}" if title else "")
    click.echo(render_table(rows, columns) if rows else "(none)")


def _grouped(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """Table output of duty rows, one table per (mechanism, notice)."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r.get("mechanism") or "(no mechanism)", r.get("notice") or ""), []).append(r)
    for i, ((mech, notice), items) in enumerate(groups.items()):
        if i:
            click.echo("")
        click.echo(f"== {mech} — {notice}")
        click.echo(render_table(items, columns))


def _table_duty_rows(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """For tables, show evidence only where it says more than the duty text."""
    return [{**r, "evidence": "" if r.get("evidence") == r.get("duty") else r.get("evidence")} for r in rows]


@click.command()
@format_option
@click.pass_obj
def mechanisms(project: Project, fmt: str) -> None:
    """Each mechanism with counts of units, people and duties, and its notices."""
    rows = q.mechanisms(_graph(project))
    _notes()
    emit_rows(rows, fmt, ["name", "short", "units", "people", "duties", "notices"])


@click.command()
@click.argument("mechanism")
@format_option
@click.pass_obj
def members(project: Project, mechanism: str, fmt: str) -> None:
    """Member units of MECHANISM (name, short name or part of it) and its offices/bodies."""
    res = q.members(_graph(project), mechanism)
    _notes()
    if fmt == "json":
        _json(res)
        return
    units = [{**u, "part": "unit"} for u in res["units"]]
    bodies = [{**b, "part": "body", "roles": [b["relation"]]} for b in res["bodies"]]
    if fmt == "csv":
        mech = res["mechanism"]["name"]
        emit_rows([{**r, "mechanism": mech} for r in units + bodies], fmt,
                  ["mechanism", "part", "name", "kind", "roles", "title", "body", "hosted_by", "id"])
        return
    m = res["mechanism"]
    click.echo(f"{m['name']}: {m['units']} units, {m['people']} people, {m['duties']} duties "
               f"({', '.join(m['notices'])})")
    _section("Member units:", units, ["name", "kind", "roles", "title"])
    _section("Offices and bodies:", bodies, ["name", "relation", "body", "hosted_by"])


@click.command()
@click.option("--mechanism", "-m", help="Only this mechanism (name, short name or part of it).")
@click.option("--role", "-r", help="convener, deputy_convener, member, liaison, leader, deputy_leader (or 召集人, 成员, 联络员 …).")
@click.option("--org", "-o", "org", help="Only people posted at this body, or at bodies of this kind (公安).")
@format_option
@click.pass_obj
def people(project: Project, mechanism: str | None, role: str | None, org: str | None, fmt: str) -> None:
    """Persons with their role in a mechanism, organization and title."""
    rows = q.people(_graph(project), mechanism=mechanism, role=role, org=org)
    _notes()
    emit_rows(rows, fmt, ["person", "role", "mechanism", "organization", "title", "notice"])


@click.command()
@click.argument("org")
@click.option("--mechanism", "-m", help="Only duties in this mechanism.")
@format_option
@click.pass_obj
def duties(project: Project, org: str, mechanism: str | None, fmt: str) -> None:
    """Duties of ORG: one body (奈曼旗公安局) or every body of a kind (公安局, 公安)."""
    rows = q.duties(_graph(project), org, mechanism=mechanism)
    _notes()
    if fmt == "table":
        if not rows:
            click.echo(f"no duties found for {org!r}")
            return
        _grouped(_table_duty_rows(rows), ["organization", "role", "deadline", "duty", "evidence"])
        return
    emit_rows(rows, fmt, DUTY_COLUMNS)


@click.command()
@click.argument("term")
@format_option
@click.pass_obj
def who(project: Project, term: str, fmt: str) -> None:
    """Who is responsible for duties whose text or diseases match TERM (e.g. 结核病)."""
    rows = q.who(_graph(project), term)
    _notes()
    if fmt == "table":
        _grouped(rows, ["organization", "role", "matched", "duty"])
        return
    emit_rows(rows, fmt, WHO_COLUMNS)


@click.command()
@click.argument("name")
@format_option
@click.pass_obj
def disease(project: Project, name: str, fmt: str) -> None:
    """A disease or disease class: aliases, classes, notices that mention it, duties about it."""
    res = q.disease(_graph(project), name)
    _notes()
    if fmt == "json":
        _json(res)
        return
    d = res["disease"]
    if fmt == "csv":
        rows = [{"section": "notice", **n, "duty": None} for n in res["notices"]]
        rows += [{"section": "duty", **r} for r in res["duties"]]
        emit_rows([{**r, "disease": d["name"]} for r in rows], fmt,
                  ["disease", "section", "notice", "title", "mechanism", "organization", "role", "duty", "evidence"])
        return
    click.echo(f"{d['name']} ({d['category'] or 'disease'})")
    if d["aliases"]:
        click.echo("aliases: " + ", ".join(d["aliases"]))
    if d["classes"]:
        click.echo("classes: " + ", ".join(d["classes"]))
    if res["members"]:
        click.echo("diseases in this class: " + ", ".join(res["members"]))
    _section("Notices:", res["notices"], ["notice", "title", "evidence"])
    click.echo("\nDuties:")
    if res["duties"]:
        _grouped(res["duties"], ["organization", "role", "diseases", "duty"])
    else:
        click.echo("(none)")


def compare_rows(res: dict[str, Any]) -> list[dict[str, Any]]:
    """Flat rows of a comparison: one per (kind, mechanism, unit, duty)."""
    where = {k: "both" for k in res["shared"]} | {k: "only_a" for k in res["only_a"]} | {k: "only_b" for k in res["only_b"]}
    rows = []
    groups = [(r["kind"], where[r["kind"]], r) for r in res["rows"]]
    groups.append(("(unclassified)", "", res["unclassified"]))
    for kind, status, r in groups:
        for side in ("a", "b"):
            for unit in r[side]:
                for duty in unit["duties"] or [""]:
                    rows.append({"kind": kind, "in": status, "side": side, "mechanism": res[side]["name"],
                                 "unit": unit["name"], "duty": duty})
    return rows


@click.command()
@click.argument("mechanism_a")
@click.argument("mechanism_b")
@format_option
@click.pass_obj
def compare(project: Project, mechanism_a: str, mechanism_b: str, fmt: str) -> None:
    """Two mechanisms side by side: department kinds in both / only in one, with duties."""
    res = q.compare(_graph(project), mechanism_a, mechanism_b)
    _notes()
    if fmt == "json":
        _json(res)
        return
    rows = compare_rows(res)
    if fmt == "csv":
        emit_rows(rows, fmt, ["kind", "in", "side", "mechanism", "unit", "duty"])
        return
    for side in ("a", "b"):
        m = res[side]
        click.echo(f"{side.upper()}: {m['name']} ({m['units']} units, {m['duties']} duties)")
    click.echo(f"in both ({len(res['shared'])}): {', '.join(res['shared']) or '-'}")
    click.echo(f"only in A ({len(res['only_a'])}): {', '.join(res['only_a']) or '-'}")
    click.echo(f"only in B ({len(res['only_b'])}): {', '.join(res['only_b']) or '-'}")
    click.echo("")
    shown = []
    prev: tuple[str, str, str] | None = None
    for r in rows:
        key = (r["kind"], r["side"], r["unit"])
        shown.append({**r, "side": r["side"].upper(),
                      "kind": r["kind"] if prev is None or r["kind"] != prev[0] else "",
                      "in": r["in"] if prev is None or r["kind"] != prev[0] else "",
                      "unit": r["unit"] if key != prev else ""})
        prev = key
    click.echo(render_table(shown, ["kind", "in", "side", "unit", "duty"]))


@click.command()
@format_option
@click.pass_obj
def stats(project: Project, fmt: str) -> None:
    """Counts of nodes by type and edges by relation, and per notice."""
    res = q.stats(_graph(project))
    _notes()
    if fmt == "json":
        _json(res)
        return
    counts = [{"section": "node", "name": k, "count": v} for k, v in res["nodes"].items()]
    counts += [{"section": "relation", "name": k, "count": v} for k, v in res["relations"].items()]
    counts += [{"section": "total", "name": "nodes", "count": res["total_nodes"]},
               {"section": "total", "name": "edges", "count": res["total_edges"]}]
    if fmt == "csv":
        counts += [{"section": "notice", "name": n["notice"], "count": n["edges"]} for n in res["notices"]]
        emit_rows(counts, fmt, ["section", "name", "count"])
        return
    click.echo(render_table(counts, ["section", "name", "count"]))
    _section("Notices:", res["notices"], ["notice", "number", "date", "nodes", "edges", "title"])


SEARCH_COLUMNS = ["notice", "organization", "role", "matched", "duty", "evidence"]


@click.command()
@click.argument("text")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
@format_option
@click.pass_obj
def search(project: Project, text: str, limit: int | None, fmt: str) -> None:
    """Duties and evidence containing TEXT (full-text index), with their bodies.

    Example: policykg search 筛查
    """
    rows = q.search(_graph(project), text, limit=limit)
    _notes()
    if fmt == "table":
        shown = [{**r, "duty": r["duty"] or f"({r['relation']} {r.get('target') or ''})".strip(),
                  "evidence": "" if r.get("evidence") == r.get("duty") else r.get("evidence")} for r in rows]
        _grouped(shown, ["organization", "role", "matched", "duty", "evidence"])
        return
    emit_rows(rows, fmt, [*DUTY_COLUMNS, "matched", "relation", "target"])


COMMANDS.extend([mechanisms, members, people, duties, who, disease, compare, stats, search])
