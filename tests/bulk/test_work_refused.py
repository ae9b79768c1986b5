"""A bulk worker turns every refused or odd input into one error row, never an exception."""

from __future__ import annotations

import os
from pathlib import Path

from shebao.bulk.paths import iter_inputs
from shebao.bulk.work import process
from shebao.ingest.walk import Refused
from shebao.store.write import UNREADABLE

REPORT = "某县2021年工伤保险基金决算说明\n一、基金收支\n本年工伤保险基金收入640万元，支出590万元。\n"


def test_work_fifo_is_an_error_row(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    rows = process(str(tmp_path / "pipe.txt"))
    assert rows.status == "error" and rows.sha256.startswith(UNREADABLE)


def test_work_refused_folder_is_an_error_row() -> None:
    rows = process(Refused("/x/locked", "cannot list folder: Permission denied"))
    assert (rows.status, rows.path) == ("error", "/x/locked")


def test_work_name_in_any_bytes_is_stored_escaped(tmp_path: Path) -> None:
    path = tmp_path / os.fsdecode(b"r-\xff.txt")
    path.write_text(REPORT, encoding="utf-8")
    (found,) = iter_inputs([tmp_path])
    rows = process(found)
    assert rows.status == "ok" and rows.path.endswith("r-\\xff.txt")
    rows.path.encode("utf-8")


def test_work_walk_yields_link_loops(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)
    found = list(iter_inputs([tmp_path]))
    assert isinstance(found[-1], Refused) and process(found[-1]).status == "error"
