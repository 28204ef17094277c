"""notebooks/explore.ipynb runs top to bottom, offline, in a kernel of this interpreter."""

from __future__ import annotations

import json
import shutil
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
    home = tmp_path / "home"  # a copy of the project, so the run leaves the repo alone
    shutil.copytree(ROOT / "corpus", home / "corpus", ignore=shutil.ignore_patterns(".cache", ".lock"))
    monkeypatch.setenv("POLICYKG_HOME", str(home))
    out = home / "graphs"
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        nb, kernel_name=KERNEL, timeout=600, resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    text = "\n".join(_text(c) for c in nb.cells if c.cell_type == "code")
    assert "5 notices -> " in text and "(5 extracted, 0 cached, 0 failed)" in text
    shared = next(line for line in text.splitlines() if line.startswith("shared kinds:"))
    assert set(shared.split(":", 1)[1].strip().split("、")) == {
        "卫生健康", "教育", "公安", "民政", "司法", "财政", "医保", "工会"
    }
    assert "<iframe srcdoc=" in text
    assert (out / "graph.db").is_file() and (out / "naiman.html").is_file() and (out / "compare.html").is_file()
    assert (home / "corpus" / ".cache").is_dir()
