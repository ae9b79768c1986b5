"""atomic_path / atomic_open: a file appears whole on success, and nothing is left on failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from shebao.export.atomic import atomic_open, atomic_path, write_text


class Stop(Exception):
    """Raised inside a write to simulate a failure half way."""


def test_atomic_open_renames_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with atomic_open(target, encoding="utf-8") as out:
        out.write("第一行\n")
        assert not target.exists()  # nothing under the final name while writing
    assert target.read_text(encoding="utf-8") == "第一行\n"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_atomic_open_failure_keeps_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(Stop), atomic_open(target, encoding="utf-8") as out:
        out.write("half of the new")
        raise Stop
    assert target.read_text(encoding="utf-8") == "old\n"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_atomic_path_failure_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt), atomic_path(tmp_path / "x.bin") as temp:
        temp.write_bytes(b"partial")
        raise KeyboardInterrupt  # Ctrl-C too: the temporary file goes
    assert os.listdir(tmp_path) == []


def test_atomic_path_temporary_is_hidden_beside_the_target(tmp_path: Path) -> None:
    with atomic_path(tmp_path / "t.xlsx") as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".t.xlsx.")
        assert temp.exists() and temp.stat().st_size == 0


def test_atomic_missing_folder_names_the_target(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.jsonl"
    with pytest.raises(FileNotFoundError) as exc, atomic_open(target):
        pass
    assert exc.value.filename == str(target)


def test_atomic_target_is_a_folder_leaves_no_temporary(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    with pytest.raises(OSError), atomic_open(tmp_path / "d") as out:
        out.write("x")
    assert os.listdir(tmp_path) == ["d"]


def test_atomic_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    write_text(tmp_path / "p.html", "<p>页</p>")
    assert (tmp_path / "p.html").stat().st_mode & 0o777 == 0o666 & ~umask
    assert (tmp_path / "p.html").read_text(encoding="utf-8") == "<p>页</p>"


def test_atomic_open_refuses_reading_modes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="new file"), atomic_open(tmp_path / "a", "a"):
        pass
