"""One transaction per file: all rows or none, a key stored once."""

from __future__ import annotations

import sqlite3

import pytest

from shebao.store.rows import error_rows, file_rows
from shebao.store.schema import connect
from shebao.store.write import done_keys, write_file
from tests.store.records import record

TABLES = ["files", "reports", "facts", "flags", "causes", "facts_fts", "causes_fts", "indicators"]


def _counts(conn: sqlite3.Connection) -> list[int]:
    return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES]


@pytest.fixture
def conn(tmp_path) -> sqlite3.Connection:
    return connect(tmp_path / "s.sqlite")


def test_write_file_stores_every_table(conn) -> None:
    assert write_file(conn, file_rows([record("a.txt", "某县")], "aa", "a.txt", 10))
    assert _counts(conn) == [1, 1, 2, 1, 1, 2, 1, 3]


def test_write_same_key_twice_is_refused(conn) -> None:
    rows = file_rows([record("a.txt", "某县")], "aa", "a.txt", 10)
    assert [write_file(conn, rows), write_file(conn, rows)] == [True, False]
    assert _counts(conn) == [1, 1, 2, 1, 1, 2, 1, 3]


def test_write_failure_leaves_nothing_of_the_file(conn) -> None:
    rows = file_rows([record("a.txt", "某县")], "aa", "a.txt", 10)
    rows.file = rows.file[:-1]  # the files row, inserted last, fails
    with pytest.raises(sqlite3.Error):
        write_file(conn, rows)
    assert _counts(conn) == [0] * len(TABLES)


def test_write_replace_overwrites_an_unreadable_file(conn) -> None:
    write_file(conn, error_rows("unreadable:x.txt", "x.txt", None, "cannot read", replace=True))
    write_file(conn, error_rows("unreadable:x.txt", "x.txt", None, "still not", replace=True))
    assert [r[0] for r in conn.execute("SELECT error FROM files")] == ["still not"]
    assert done_keys(conn) == frozenset()


def test_write_done_keys_are_the_stored_files(conn) -> None:
    write_file(conn, file_rows([record("a.txt", "某县")], "aa", "a.txt", 10))
    write_file(conn, error_rows("bb", "b.txt", 3, "empty file"))
    assert done_keys(conn) == {"aa", "bb"}


def test_write_indicators_are_numbered_per_report(conn) -> None:
    write_file(conn, file_rows([record("a.txt", "某县"), record("a.txt", "某县", 1)], "aa", "a.txt", 10))
    rows = conn.execute("SELECT report_index, indicator_index FROM indicators ORDER BY id")
    assert [tuple(r) for r in rows] == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]


def test_write_files_row_counts_indicators(conn) -> None:
    write_file(conn, file_rows([record("a.txt", "某县")], "aa", "a.txt", 10))
    assert conn.execute("SELECT indicators FROM files").fetchone()[0] == 3
