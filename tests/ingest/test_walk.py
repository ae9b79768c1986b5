"""Walking folders: what cannot be walked is yielded as Refused, never skipped or raised."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from shebao.ingest.walk import Refused, walk


def _names(found, root: Path) -> list[str]:
    return [f"!{Path(f.path).relative_to(root).as_posix()}" if isinstance(f, Refused)
            else f.relative_to(root).as_posix() for f in found]


def test_walk_sorted_paths_order(tmp_path: Path) -> None:
    for name in ["b/x.txt", "b.txt", "a.pdf", "skip.csv"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert _names(walk(tmp_path), tmp_path) == ["a.pdf", "b/x.txt", "b.txt"]


def test_walk_link_loop_is_refused(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "r.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    found = list(walk(tmp_path))
    assert _names(found, tmp_path) == ["sub/r.txt", "!sub/up"]
    assert "link loop" in found[1].reason


def test_walk_dangling_link_is_yielded_for_the_reader(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    assert _names(walk(tmp_path), tmp_path) == ["gone.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists every folder")
def test_walk_unlistable_folder_is_refused(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o300)  # can enter, cannot list
    try:
        found = list(walk(tmp_path))
    finally:
        locked.chmod(0o700)
    assert _names(found, tmp_path) == ["!locked"]
    assert "cannot list folder" in found[0].reason


def test_walk_names_in_any_bytes(tmp_path: Path) -> None:
    name = os.fsdecode(b"\xff\xfe.txt")
    (tmp_path / name).write_text("x", encoding="utf-8")
    (found,) = walk(tmp_path)
    assert os.fsencode(found.name) == b"\xff\xfe.txt"
