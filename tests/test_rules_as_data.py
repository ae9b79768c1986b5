"""Rules are data: no Chinese word or regex is written in a ``.py`` file of the package.

Every module of ``src/shebao`` is parsed (not imported) and each string
literal holding a Han character is a finding, unless it is

- a docstring (the first statement of a module, class or function);
- a message: inside a ``raise``, inside a call of a logging, printing or
  argparse function, a ``help=``/``description=`` … keyword, or the value of a
  help-text constant (a name containing HELP, DESCRIPTION, EPILOG or USAGE);
- listed in ``ALLOWED`` below, with the reason it stays.

f-string literals count like any other string: an f-string may be a regex.
Word lists and patterns belong in ``src/shebao/resources/*.yaml`` with
examples and counter-examples (see ``shebao.resources``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

import shebao

ROOT = Path(shebao.__file__).parent
HAN = regex.compile(r"\p{Han}")

MESSAGE_CALLS = {
    "print", "debug", "info", "warning", "warn", "error", "exception", "critical", "log",
    "ArgumentParser", "add_argument", "add_argument_group", "add_parser", "add_subparsers",
    "add_query_parser",  # the CLI's own subcommand helper: its texts are help texts
}
MESSAGE_KEYWORDS = {"help", "description", "epilog", "usage", "msg", "message"}
HELP_NAME = regex.compile(r"HELP|DESCRIPTION|EPILOG|USAGE")

# (module under src/shebao, a piece of the string) → why it stays in code.
ALLOWED = {
    ("bulk/work.py", "某县失业保险基金绩效评价报告"):
        "a short report the worker extracts once to warm up its caches: sample text, not a rule",
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _is_message(node: ast.AST) -> bool:
    """``node`` (a parent of the string) makes the string a message or help text."""
    if isinstance(node, ast.Raise):
        return True
    if isinstance(node, ast.Call) and _call_name(node) in MESSAGE_CALLS:
        return True
    if isinstance(node, ast.keyword) and node.arg in MESSAGE_KEYWORDS:
        return True
    if isinstance(node, (ast.Assign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        return any(isinstance(t, ast.Name) and HELP_NAME.search(t.id) for t in targets)
    return False


def findings(path: Path) -> Iterator[tuple[int, str]]:
    """(line, string) of every string literal of ``path`` with Han characters that is
    neither a docstring nor a message."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in docstrings or not HAN.search(node.value):
            continue
        up: ast.AST | None = parents.get(id(node))
        while up is not None and not _is_message(up):
            up = parents.get(id(up))
        if up is None:
            yield node.lineno, node.value


def _allowed(module: str, text: str) -> bool:
    return any(m == module and piece in text for m, piece in ALLOWED)


MODULES = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.py"))


@pytest.mark.parametrize("module", MODULES)
def test_rules_as_data_no_chinese_rule_in_code(module: str) -> None:
    left = [f"{module}:{line}: {text[:60]!r}" for line, text in findings(ROOT / module)
            if not _allowed(module, text)]
    assert not left, "move these to src/shebao/resources/*.yaml:\n" + "\n".join(left)


@pytest.mark.parametrize(("module", "piece"), sorted(ALLOWED))
def test_rules_as_data_allowlist_entries_are_still_needed(module: str, piece: str) -> None:
    assert any(piece in text for _, text in findings(ROOT / module)), (
        f"{module}: {piece!r} is gone, drop it from ALLOWED")


def test_rules_as_data_scanner_tells_rules_from_messages(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text('\n'.join([
        '"""模块说明。"""',
        'import regex',
        'CUE = regex.compile(r"主要原因")',
        'WORDS = {"收入": 1}',
        'HELP = "帮助文本"',
        'def f(x):',
        '    """函数说明。"""',
        '    if not x:',
        '        raise ValueError(f"无效 {x}")',
        '    print("进度")',
        '    return f"{x}年"',
    ]), encoding="utf-8")
    assert [text for _, text in findings(source)] == ["主要原因", "收入", "年"]
