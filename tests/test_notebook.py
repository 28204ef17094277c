"""notebooks/explore.ipynb runs top to bottom, offline, in a kernel of this interpreter."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
KERNEL = "policykg-test-python"


def _text(cell) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        elif "data" in out:
            parts.append(out["data"].get("text/html") or out["data"].get("text/plain", ""))
    return "".join(parts)


def test_notebook_saved_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


def _tree(folder: Path) -> dict[str, float]:
    return {str(p.relative_to(folder)): p.stat().st_mtime for p in folder.rglob("*")} if folder.exists() else {}


@pytest.mark.slow
def test_notebook_runs(tmp_path, monkeypatch):
    # A kernel spec pointing at this very interpreter (the venv), so the test needs no
    # `ipykernel install` and cannot pick up another Python.
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps({
            "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "policykg test",
            "language": "python",
        }),
        encoding="utf-8",
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    # No POLICYKG_HOME: the notebook makes a temporary project (under TMPDIR) and leaves
    # the repository alone.
    monkeypatch.delenv("POLICYKG_HOME", raising=False)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    before = {name: _tree(ROOT / name) for name in ("corpus", "graphs", "notebooks")}
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        nb, kernel_name=KERNEL, timeout=600, resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    assert {name: _tree(ROOT / name) for name in before} == before
    text = "\n".join(_text(c) for c in nb.cells if c.cell_type == "code")
    home = Path(text.split("project home:", 1)[1].split("\n", 1)[0].strip())
    assert home.parent == tmpdir and home.name.startswith("policykg-notebook-")
    assert "5 notices -> " in text and "(5 extracted, 0 cached, 0 failed)" in text
    # results are DataFrames (pandas' HTML tables, escaped) with the evidence of each row
    members = next(_text(c) for c in nb.cells if c.cell_type == "code" and "q.members(" in c.source)
    assert 'class="dataframe"' in members and "<th>evidence</th>" in members
    assert members.count("（一）部门协作机制由旗卫生健康委、旗教育体育局") == 12  # the sentence naming the 12 units
    police = next(_text(c) for c in nb.cells if c.cell_type == "code" and "q.duties(" in c.source)
    assert "<th>evidence</th>" in police and "依法打击处理恶意传播疫情谣言" in police
    # the networkx analysis: the kinds in both seed mechanisms (the shared kinds) and the
    # office kind (办事机构: an office of two mechanisms) take part in 2 of the 3 mechanisms
    shared = next(line for line in text.splitlines() if line.startswith("shared kinds:"))
    shared_kinds = set(shared.split(":", 1)[1].strip().split("、"))
    assert shared_kinds == {"卫生健康", "教育", "公安", "民政", "司法", "财政", "医保", "工会"}
    top = next(line for line in text.splitlines() if line.startswith("kinds in the most mechanisms"))
    assert top.startswith("kinds in the most mechanisms (2 of 3): ")
    assert set(top.split(": ", 1)[1].split("、")) == shared_kinds | {"办事机构"}
    assert "<iframe srcdoc=" in text
    out = home / "graphs"
    assert (out / "graph.db").is_file() and (out / "naiman.html").is_file() and (out / "compare.html").is_file()
    assert (home / "corpus" / ".cache").is_dir()
