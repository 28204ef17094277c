"""The match stage's components are independent: none imports another, and every module
of ``extractor/match`` is either a component or a helper."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from extractor.match import COMPONENTS, HELPERS

MATCH = Path(__file__).resolve().parent.parent / "extractor" / "match"


def _imported_match_modules(path: Path) -> set[str]:
    """The ``extractor.match`` modules a module imports (relative or absolute)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if node.level == 1:  # from .x import y / from . import x
                found.update([mod.split(".")[0]] if mod else [a.name for a in node.names])
            elif mod.startswith("extractor.match."):
                found.add(mod.split(".")[2])
            elif mod == "extractor.match" or (node.level == 2 and mod == "match"):
                found.update(a.name for a in node.names)
            elif node.level == 2 and mod.startswith("match."):
                found.add(mod.split(".")[1])
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("extractor.match."):
                    found.add(a.name.split(".")[2])
    return found


def test_every_match_module_is_classified():
    modules = {p.stem for p in MATCH.glob("*.py") if p.stem != "__init__"}
    assert modules == set(COMPONENTS) | set(HELPERS)
    assert not set(COMPONENTS) & set(HELPERS)


@pytest.mark.parametrize("component", COMPONENTS)
def test_component_imports_no_other_component(component):
    imported = _imported_match_modules(MATCH / f"{component}.py")
    assert not imported & (set(COMPONENTS) - {component})


def test_import_check_sees_imports(tmp_path):
    """The check finds the import forms a component could use."""
    src = tmp_path / "m.py"
    src.write_text(
        "from .duties import subject_at\nfrom . import roster\nimport extractor.match.tasks\n"
        "from extractor.match.mechanism import find_bodies\nfrom ..match.diseases import x\n",
        encoding="utf-8",
    )
    assert _imported_match_modules(src) == {"duties", "roster", "tasks", "mechanism", "diseases"}
