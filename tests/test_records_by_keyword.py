"""Records are built by keyword: no call to one of the package's dataclasses
passes four or more arguments by position.

Every module of ``src/shebao`` is parsed (not imported).  The record names are
the classes decorated with ``@dataclass`` (bare, called or as
``dataclasses.dataclass``) anywhere in the package; a call is matched by the
name it uses (``Flag(...)``, ``records.Flag(...)``), so a foreign class that
shares a record's name is held to the same rule.
"""

from __future__ import annotations

import ast
from pathlib import Path

import shebao

ROOT = Path(shebao.__file__).parent
MOST = 3  # positional arguments still allowed (Span(start, end, label) reads fine)


def _is_dataclass_decorator(node: ast.expr) -> bool:
    target = node.func if isinstance(node, ast.Call) else node
    return ((isinstance(target, ast.Name) and target.id == "dataclass")
            or (isinstance(target, ast.Attribute) and target.attr == "dataclass"))


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def record_names(trees: dict[str, ast.Module]) -> set[str]:
    return {node.name for tree in trees.values() for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(_is_dataclass_decorator(d) for d in node.decorator_list)}


def positional_builds(trees: dict[str, ast.Module], names: set[str]) -> list[str]:
    """``file:line Name(n positional)`` for each call building a record with more than MOST."""
    return [f"{where}:{node.lineno} {_called_name(node)}({len(node.args)} positional)"
            for where, tree in trees.items() for node in ast.walk(tree)
            if isinstance(node, ast.Call) and _called_name(node) in names
            and len(node.args) > MOST]


def _package_trees() -> dict[str, ast.Module]:
    return {str(p.relative_to(ROOT.parent)): ast.parse(p.read_text(encoding="utf-8"), str(p))
            for p in sorted(ROOT.rglob("*.py"))}


def test_package_builds_records_by_keyword() -> None:
    trees = _package_trees()
    names = record_names(trees)
    assert {"Flag", "Fact", "Figure", "Term"} <= names  # the walk finds the records
    assert positional_builds(trees, names) == []


def test_the_check_catches_positional_builds() -> None:
    source = """
from dataclasses import dataclass
import dataclasses

@dataclass(frozen=True)
class Point:
    x: int
    y: int
    z: int
    w: int

@dataclasses.dataclass
class Pair:
    a: int
    b: int

class Plain:
    def __init__(self, *a): ...

Point(1, 2, 3, 4)
Point(x=1, y=2, z=3, w=4)
Point(1, 2, 3, w=4)
mod.Point(1, 2, 3, 4)
Pair(1, 2)
Plain(1, 2, 3, 4)
"""
    trees = {"demo.py": ast.parse(source)}
    names = record_names(trees)
    assert names == {"Point", "Pair"}
    assert positional_builds(trees, names) == [
        "demo.py:20 Point(4 positional)", "demo.py:23 Point(4 positional)"]
