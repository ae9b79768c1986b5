"""A small store for export tests: hand-made records (invented sentences)."""

from __future__ import annotations

from pathlib import Path

from shebao.store.rows import error_rows, file_rows
from shebao.store.schema import connect
from shebao.store.write import write_file
from tests.store.records import record

COUNTS = {"facts": 6, "causes": 3, "flags": 3, "indicators": 9, "reports": 4}


def make_store(path: Path) -> Path:
    conn = connect(path)
    write_file(conn, file_rows([record("a.txt", "甲县")], "aa", "a.txt", 10))
    write_file(conn, file_rows([record("b.txt", "乙市"), record("b.txt", "乙市", 1)], "bb", "b.txt", 20))
    write_file(conn, error_rows("cc", "c.txt", 0, "c.txt: empty file"))
    conn.close()
    return path
