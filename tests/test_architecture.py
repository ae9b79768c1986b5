"""The package's layering: no import cycle between its stage packages (and top modules).

Every module of ``src/shebao`` is parsed (not imported); each import of
another ``shebao`` package or top-level module (``shebao.pipeline``,
``shebao.records`` …) is an edge of the package-level graph, including
imports inside functions.  Imports under ``if TYPE_CHECKING:`` are left
out: they never run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import shebao

ROOT = Path(shebao.__file__).parent
UNITS = {p.stem if p.is_file() else p.name for p in ROOT.iterdir()
         if (p.is_dir() and (p / "__init__.py").is_file()) or (p.suffix == ".py" and p.stem != "__init__")}


def _module_name(path: Path) -> tuple[str, str]:
    """The dotted name of the module at ``path`` and of the package it belongs to."""
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), ".".join(parts[:-1])
    return ".".join(parts), ".".join(parts[:-1])


def _type_checking(node: ast.AST) -> bool:
    """``node`` is an ``if TYPE_CHECKING:`` (or ``typing.TYPE_CHECKING``) block."""
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(nodes: list[ast.AST]) -> Iterator[ast.Import | ast.ImportFrom]:
    """Import statements in ``nodes`` and below, skipping ``if TYPE_CHECKING:`` bodies."""
    for node in nodes:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif _type_checking(node):
            yield from _imports(node.orelse)
        else:
            yield from _imports(list(ast.iter_child_nodes(node)))


def _targets(node: ast.Import | ast.ImportFrom, package: str) -> Iterator[str]:
    """The modules an import statement names (relative imports resolved against ``package``)."""
    if isinstance(node, ast.Import):
        yield from (a.name for a in node.names)
        return
    base = node.module or ""
    if node.level:
        anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
        base = ".".join([*anchor, *([base] if base else [])])
    for alias in node.names:
        yield f"{base}.{alias.name}" if base == "shebao" else base


def _unit(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "shebao" or len(parts) < 2 or parts[1] not in UNITS:
        return None
    return parts[1]


def package_graph() -> dict[str, set[str]]:
    """Package (or top module) → the packages it imports."""
    graph: dict[str, set[str]] = {u: set() for u in UNITS}
    for path in ROOT.rglob("*.py"):
        module, package = _module_name(path)
        source = _unit(module)
        if source is None:
            continue
        for node in _imports(ast.parse(path.read_text(encoding="utf-8")).body):
            for target in _targets(node, package):
                unit = _unit(target)
                if unit is not None and unit != source:
                    graph[source].add(unit)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Cycles met by a depth-first walk (each as a path back to its first node); [] if acyclic."""
    found: list[list[str]] = []
    state: dict[str, str] = {}

    def visit(path: list[str]) -> None:
        node = path[-1]
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                found.append([*path[path.index(nxt):], nxt])
            elif nxt not in state:
                visit([*path, nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit([node])
    return found


def test_architecture_stage_packages_import_each_other_without_cycles() -> None:
    assert cycles(package_graph()) == []


def test_architecture_graph_sees_the_known_layers() -> None:
    graph = package_graph()
    assert {"link", "tag"} <= graph["pipeline"] and "pipeline" in graph["sources"]
    assert "pipeline" not in graph["check"] | graph["cause"] | graph["tag"]


def test_architecture_cycle_finder_reports_a_loop() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
