"""Only regular files within the limits are read; everything else is refused with its reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from shebao.ingest.files import read_input
from shebao.ingest.read import ReadError, read_document
from shebao.limits import reset_limits


@pytest.fixture
def small_limit(monkeypatch):
    monkeypatch.setenv("SHEBAO_MAX_FILE_MB", "0.001")  # about 1 KB
    reset_limits()
    yield
    monkeypatch.delenv("SHEBAO_MAX_FILE_MB")
    reset_limits()


def test_files_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReadError, match="FIFO"):
        read_input(fifo)


def test_files_device_is_never_read() -> None:
    with pytest.raises(ReadError, match="character device"):
        read_document("/dev/zero")


def test_files_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="a folder"):
        read_input(tmp_path)


def test_files_dangling_link_is_named(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    with pytest.raises(ReadError, match="dangling link"):
        read_input(tmp_path / "gone.txt")


def test_files_link_loop_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    with pytest.raises(ReadError, match="link loop"):
        read_input(tmp_path / "a.txt")


def test_files_over_the_size_limit_are_refused(tmp_path: Path, small_limit) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes("收入".encode() * 1000)
    with pytest.raises(ReadError, match="too large.*SHEBAO_MAX_FILE_MB"):
        read_input(path)


def test_files_name_in_any_bytes_is_shown_escaped(tmp_path: Path) -> None:
    name = os.fsdecode(b"bad-\xff-name.txt")
    path = tmp_path / name
    path.write_text("某县失业保险基金收入12万元。\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.path.endswith("bad-\\xff-name.txt")
    doc.path.encode("utf-8")  # storable and printable
