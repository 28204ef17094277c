"""``policykg build --dask``: extraction on a dask.distributed cluster (a LocalCluster
here), the store written by this process, the same database as a local build. Skipped when
the optional extra (``policykg[dask]``) is not installed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extractor import graph as kg
from extractor.project import Project
from extractor.store import build as build_mod
from tests.project_home import copy_corpus, run

distributed = pytest.importorskip("distributed")


def snapshot(home: Path) -> str:
    g = kg.load(home)
    nodes = [[n, d] for n, d in g.nodes(data=True)]
    edges = sorted([u, v, k, d] for u, v, k, d in g.edges(keys=True, data=True))
    return json.dumps([nodes, edges], ensure_ascii=False, sort_keys=True)


@pytest.mark.slow
def test_a_local_cluster_build_gives_the_same_store(tmp_path: Path) -> None:
    local = copy_corpus(tmp_path / "local")
    remote = tmp_path / "remote"
    shutil.copytree(local, remote)
    assert build_mod.build(Project.at(local)).extracted == 5
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        summary = build_mod.build(Project.at(remote), dask=cluster.scheduler_address)
        assert (summary.extracted, summary.failed) == (5, 0)
        assert snapshot(remote) == snapshot(local)
        # the CLI option, and nothing to extract the second time
        result = run(remote, "build", "--dask", cluster.scheduler_address)
        assert result.exit_code == 0 and "(0 extracted, 5 cached, 0 failed)" in result.stdout


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    home = copy_corpus(tmp_path / "proj")
    result = run(home, "build", "--dask", "tcp://127.0.0.1:9")
    assert result.exit_code == 1 and "dask" in result.stderr
    assert "Traceback" not in result.stderr
