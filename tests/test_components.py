"""The match stage's components are independent: none imports another, every module of
``extractor/match`` is either a component or a helper, and a component that reads nothing
another writes gives the same graph wherever it runs (a table of notices and orders)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from tables import rows

from extractor.match import COMPONENTS, HELPERS

MATCH = Path(__file__).resolve().parent.parent / "extractor" / "match"


def _imported_match_modules(path: Path, up: int | None = None) -> set[str]:
    """The ``extractor.match`` modules a module imports (relative or absolute). A module of
    a component's package (``match/duties/divisions.py``) reaches ``extractor.match`` one
    level further up; its imports from its own package are no other module's."""
    found: set[str] = set()
    if up is None:
        up = len(path.relative_to(MATCH).parts)  # 1: match/x.py, 2: match/pkg/x.py
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if node.level == up:  # from .x import y / from . import x (..x inside a package)
                found.update([mod.split(".")[0]] if mod else [a.name for a in node.names])
            elif mod.startswith("extractor.match."):
                found.add(mod.split(".")[2])
            elif mod == "extractor.match" or (node.level == up + 1 and mod == "match"):
                found.update(a.name for a in node.names)
            elif node.level == up + 1 and mod.startswith("match."):
                found.add(mod.split(".")[1])
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("extractor.match."):
                    found.add(a.name.split(".")[2])
    return found


def _match_modules() -> set[str]:
    """The modules of ``extractor/match``: its files and its packages (a folder of modules)."""
    return ({p.stem for p in MATCH.glob("*.py") if p.stem != "__init__"}
            | {p.parent.name for p in MATCH.glob("*/__init__.py")})


def _sources(component: str) -> list[Path]:
    """The source files of a component: its module, or every file of its package."""
    package = MATCH / component
    return sorted(package.glob("*.py")) if package.is_dir() else [MATCH / f"{component}.py"]


def test_every_match_module_is_classified():
    modules = _match_modules()
    assert modules == set(COMPONENTS) | set(HELPERS)
    assert not set(COMPONENTS) & set(HELPERS)


@pytest.mark.parametrize("component", COMPONENTS)
def test_component_imports_no_other_component(component):
    imported = set().union(*(_imported_match_modules(src) for src in _sources(component)))
    assert not imported & (set(COMPONENTS) - {component})


def test_import_check_sees_imports(tmp_path):
    """The check finds the import forms a component could use."""
    src = tmp_path / "m.py"
    src.write_text(
        "from .duties import subject_at\nfrom . import roster\nimport extractor.match.tasks\n"
        "from extractor.match.mechanism import find_bodies\nfrom ..match.diseases import x\n",
        encoding="utf-8",
    )
    assert _imported_match_modules(src, up=1) == {"duties", "roster", "tasks", "mechanism", "diseases"}


def test_import_check_sees_imports_inside_a_package(tmp_path):
    """Inside a component's package, ``..x`` is a module of ``extractor.match`` and ``.x``
    a module of the package itself."""
    src = tmp_path / "m.py"
    src.write_text(
        "from .divisions import find_divisions\nfrom ..tasks import find_tasks\nfrom .. import roster\n"
        "from ...match.diseases import x\nfrom ..subjects import subject_at\n",
        encoding="utf-8",
    )
    assert _imported_match_modules(src, up=2) == {"tasks", "roster", "diseases", "subjects"}


# --- what each component reads and writes --------------------------------------------

ROOT = MATCH.parent.parent
NOTICES = sorted([*ROOT.glob("corpus/*.txt"), *ROOT.glob("tests/notices/*.txt"), *ROOT.glob("tests/gold/*/notices/*.txt")])


def test_pipeline_analysis_finds_no_problems():
    from extractor.nlp import get_nlp

    analysis = get_nlp().analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values())
    assert [name for name, _ in get_nlp().pipeline] == list(analysis["summary"])


def _observed() -> dict[str, tuple[set[str], set[str]]]:
    """(parts read, parts written) of the working state per component, over the seeds, the
    hand-written notices and the gold notices. A part counts as read when a component reads
    it while it holds something (an empty list read tells nothing), as written when its
    value differs after the component ran."""
    from dataclasses import fields, is_dataclass

    from extractor.nlp import _NOTICE, WORK_PARTS, get_nlp
    from extractor.notice import Mechanism, Notice
    from extractor.read import read_notice
    from extractor.resolve import Org

    current: list[str | None] = [None]
    seen: dict[str, tuple[set[str], set[str]]] = {}
    parts = set(WORK_PARTS)
    assert parts <= {f.name for f in fields(Notice)}

    class Recording(Notice):
        def __getattribute__(self, name: str):
            value = object.__getattribute__(self, name)
            if name in parts and current[0] and (value or value is not None and not hasattr(value, "__len__")):
                seen[current[0]][0].add(name)
            return value

    def shallow(value: object, depth: int = 0) -> object:
        """The value with the bodies it refers to as references (a body belongs to the
        table: a component that changes a body writes the table, not the duties naming it)."""
        if depth and isinstance(value, (Org, Mechanism)):
            return ("ref", id(value))
        if is_dataclass(value) and not isinstance(value, type):
            return (type(value).__name__, *(shallow(getattr(value, f.name), depth + 1) for f in fields(value)))
        if isinstance(value, (list, tuple)):
            return tuple(shallow(v, depth + 1) for v in value)
        if isinstance(value, (set, frozenset)):
            return tuple(sorted(map(repr, value)))
        if isinstance(value, dict):
            return tuple((k, shallow(v, depth + 1)) for k, v in value.items())
        return repr(value)

    def state(notice) -> dict[str, object]:
        if notice is None:
            return {}
        out: dict[str, object] = {}
        for part in parts - {"norm"}:
            value = object.__getattribute__(notice, part)
            out[part] = repr(value.orgs) + repr(sorted(value._by_key)) if part == "table" else shallow(value)
        return out

    nlp = get_nlp()
    for path in NOTICES:
        doc = nlp.make_doc(read_notice(path))
        for name, proc in nlp.pipeline:
            seen.setdefault(name, (set(), set()))
            notice = doc.user_data.get(_NOTICE)
            if notice is not None:
                notice.__class__ = Recording
            before = state(notice)
            current[0] = name
            doc = proc(doc)
            current[0] = None
            after = state(notice)  # the same object (the last component drops it from the Doc)
            seen[name][1].update(k for k in before if before[k] != after[k])
    return seen


def test_declarations_say_what_each_component_reads_and_writes():
    """A component writes exactly the parts of the working state it declares in
    ``assigns``; it reads only what it declares (``requires``) or writes itself, and
    every part it declares in ``requires`` it reads."""
    from extractor.nlp import get_nlp

    nlp = get_nlp()
    observed = _observed()
    assert len(NOTICES) > 60
    for name in nlp.pipe_names:
        meta = nlp.get_pipe_meta(name)
        assigns = {a.removeprefix("doc._.notice_") for a in meta.assigns if a.startswith("doc._.notice_")}
        requires = {a.removeprefix("doc._.notice_") for a in meta.requires if a.startswith("doc._.notice_")}
        reads, writes = observed[name]
        if name in ("policykg_normalize", "policykg_layout"):
            continue  # they create the working state (checked by the pipeline analysis)
        assert writes == assigns - {"norm"}, name
        assert reads <= requires | assigns, name
        assert requires - {"norm"} <= reads, name


def test_docs_show_the_declarations():
    """docs/pipeline.md holds the table generated from the factories (``python
    docs/transcripts.py`` rewrites it)."""
    from extractor.nlp import components_table

    text = (ROOT / "docs" / "pipeline.md").read_text(encoding="utf-8")
    assert f"<!-- components -->\n{components_table()}<!-- /components -->" in text
    assert "| 8 | `policykg_issuer` |" in components_table()


# --- the order of independent components ------------------------------------------------

_TB_NOTICE = """青山县卫生健康局关于做好结核病防治工作的通知
各乡镇卫生院：
为做好全县结核病防治工作，现将有关事项通知如下。
一、县卫健局要加强结核病防治工作的组织领导，制定年度工作计划。
二、县疾控中心负责结核病疫情监测和患者追踪工作。
青山县卫生健康局
2024年3月1日
"""
_GROUP_NOTICE = """白河市人民政府办公室关于成立白河市艾滋病防治工作领导小组的通知
为加强艾滋病、结核病等重大传染病防治工作，市政府决定成立白河市艾滋病防治工作领导小组。
组  长：李明远  市人民政府副市长
副组长：周  岚  市卫生健康委员会主任
领导小组办公室设在市卫生健康委员会。
"""

ORDERS = [
    # (id, text, component moved, moved to right after, some organizations of the graph)
    ("diseases-right-after-roster", _GROUP_NOTICE, "policykg_diseases", "policykg_roster",
     {"白河市卫生健康委员会", "白河市人民政府"}),
    ("diseases-right-after-roster-task-notice", _TB_NOTICE, "policykg_diseases", "policykg_roster",
     {"青山县卫生健康局", "青山县疾控中心"}),
    ("issuer-right-after-roster", _TB_NOTICE, "policykg_issuer", "policykg_roster",
     {"青山县卫生健康局", "青山县疾控中心"}),
]


def _pipeline(order: list[str]):
    import spacy

    from extractor.segment import TOKENIZER_NAME, register

    register()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME, "backend": "rjieba"}}})
    for name in order:
        nlp.add_pipe(name)
    return nlp


def _graph_of(nlp, text: str) -> tuple[list, list]:
    from extractor import to_graph

    g = to_graph(nlp(text), "notice.txt")
    return sorted(g.nodes(data=True), key=str), sorted(g.edges(keys=True, data=True), key=str)


@pytest.mark.parametrize(("text", "component", "after", "orgs"), rows(ORDERS))
def test_independent_components_give_the_same_graph_in_any_order(text, component, after, orgs):
    """A component that reads nothing another writes may run anywhere after what it reads:
    the graph is the same."""
    from extractor.nlp import PIPES

    moved = [p for p in PIPES if p != component]
    moved.insert(moved.index(after) + 1, component)
    assert moved != list(PIPES)
    nodes, edges = _graph_of(_pipeline(list(PIPES)), text)
    assert orgs <= {d["name"] for n, d in nodes if d["type"] == "organization"}
    assert _graph_of(_pipeline(moved), text) == (nodes, edges)
