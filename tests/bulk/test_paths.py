"""Inputs walked lazily: folders recursively, patterns, each file once."""

from __future__ import annotations

from pathlib import Path

import pytest

from shebao.bulk.paths import iter_inputs


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ["b/2.txt", "b/c/3.TXT", "a/1.txt", "a/skip.csv", "top.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    return tmp_path


def _names(paths, root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


@pytest.mark.parametrize(("inputs", "expected"), [
    (["."], ["top.txt", "a/1.txt", "b/2.txt", "b/c/3.TXT"]),
    (["a", "."], ["a/1.txt", "top.txt", "b/2.txt", "b/c/3.TXT"]),
    (["b/**/*.txt"], ["b/2.txt"]),
    (["a/1.txt", "a/1.txt"], ["a/1.txt"]),
])
def test_paths_inputs(tree, inputs, expected) -> None:
    paths = iter_inputs([str(tree / item) for item in inputs])
    assert sorted(_names(paths, tree)) == sorted(expected)


def test_paths_folders_are_walked_in_sorted_order(tree) -> None:
    assert _names(iter_inputs([tree]), tree) == ["top.txt", "a/1.txt", "b/2.txt", "b/c/3.TXT"]


def test_paths_are_yielded_lazily(tree) -> None:
    paths = iter_inputs([tree])
    first = next(paths)  # b/ is not listed yet: a file written there now is found
    (tree / "b" / "late.txt").write_text("x", encoding="utf-8")
    assert "b/late.txt" in _names([first, *paths], tree)
