"""The store opens in datasette (the optional extra ``policykg[web]``): its views are
browsable and filterable. Skipped when datasette is not installed."""

from __future__ import annotations

import asyncio

import pytest

from extractor import store
from tests.query_fixture import build

datasette_app = pytest.importorskip("datasette.app")


def test_datasette_serves_the_responsibilities_view(tmp_path):
    path = store.save_graph(build(), tmp_path / "graph.db")

    async def get(url: str):
        ds = datasette_app.Datasette([str(path)])
        return await ds.client.get(url)

    res = asyncio.run(get("/graph/responsibilities.json?_shape=array&kind=公安"))
    assert res.status_code == 200
    rows = res.json()
    assert {r["body"] for r in rows} == {"甲县公安局", "乙市公安局"}
    assert {"body", "kind", "place", "mechanism", "duty", "role", "deadline", "notice", "evidence"} <= set(rows[0])
    page = asyncio.run(get("/graph/memberships?mechanism__startswith=甲县"))
    assert page.status_code == 200 and "甲县公安局" in page.text
