"""Opening a store that is read-only, missing, foreign, newer, damaged or on a full disk."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from shebao.store import query
from shebao.store.errors import StoreError, explain
from shebao.store.rows import file_rows
from shebao.store.schema import SCHEMA_VERSION, connect, open_readonly
from shebao.store.write import write_file
from tests.store.old_schemas import V4_DDL
from tests.store.records import COUNTS, make_store, record

SRC = Path(__file__).resolve().parents[2] / "src"


def _rollback_journal_store(path: Path) -> Path:
    make_store(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return path


def test_open_query_writes_nothing(tmp_path) -> None:
    db = _rollback_journal_store(tmp_path / "s.sqlite")
    before = db.read_bytes()
    assert len(query.facts(db, grep="结余")) == 3
    assert db.read_bytes() == before and sorted(os.listdir(tmp_path)) == ["s.sqlite"]


def test_open_query_connection_cannot_write(db) -> None:
    conn = open_readonly(db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM facts")


def _on_readonly_medium(folder: Path, code: str) -> subprocess.CompletedProcess:
    """Run ``code`` with ``folder`` mounted read-only (a private mount namespace)."""
    script = f'mount --bind -o ro "{folder}" "{folder}" && exec "{sys.executable}" -c "$0"'
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(["unshare", "-m", "sh", "-c", script, code], env=env,
                          capture_output=True, text=True, timeout=120)


def test_open_query_on_a_readonly_medium(db) -> None:
    if shutil.which("unshare") is None or _on_readonly_medium(db.parent, "").returncode:
        pytest.skip("no private read-only mount here (needs unshare and mount rights)")
    code = f"from shebao.store.query import facts; print(len(facts({str(db)!r}, grep='结余')))"
    done = _on_readonly_medium(db.parent, code)
    assert (done.returncode, done.stdout.strip()) == (0, "3"), done.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only files anyway")
def test_open_query_of_a_chmod_readonly_store(db) -> None:
    db.chmod(0o444)
    db.parent.chmod(0o555)
    try:
        assert len(query.facts(db)) == COUNTS["facts"]
    finally:
        db.parent.chmod(0o755)


def test_open_missing_store_is_not_created(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="no store"):
        query.facts(tmp_path / "none.sqlite")
    assert not (tmp_path / "none.sqlite").exists()


@pytest.mark.parametrize("opener", [open_readonly, connect])
def test_open_garbage_file_is_not_a_store(tmp_path, opener) -> None:
    path = tmp_path / "s.sqlite"
    path.write_bytes(b"not a database at all, " * 100)
    with pytest.raises(StoreError, match="not a shebao store"):
        opener(path)


@pytest.mark.parametrize("opener", [open_readonly, connect])
def test_open_foreign_database_is_refused_and_left_alone(tmp_path, opener) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE birds (name TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="not a shebao store"):
        opener(path)
    tables = [r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")]
    assert tables == ["birds"]


@pytest.mark.parametrize("opener", [open_readonly, connect])
def test_open_newer_store_is_refused_in_one_line(tmp_path, opener) -> None:
    path = tmp_path / "s.sqlite"
    make_store(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    with pytest.raises(StoreError, match="store schema 99") as caught:
        opener(path)
    assert "\n" not in str(caught.value) and "upgrade shebao" in str(caught.value)


def test_open_older_store_is_migrated_for_reading(tmp_path) -> None:
    path = tmp_path / "s.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(V4_DDL + "PRAGMA user_version=4;")
    conn.close()
    assert query.facts(path) == []
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def corrupt_facts(path: Path) -> None:
    """Overwrite the first page of the facts table's b-tree with junk."""
    conn = sqlite3.connect(path)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'facts'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\x55" * 64)


def test_open_damaged_store_is_a_store_error_when_queried(db) -> None:
    corrupt_facts(db)
    with pytest.raises(StoreError, match="store damaged"):
        query.facts(db)


def test_open_damaged_store_is_refused_for_writing(db) -> None:
    corrupt_facts(db)
    with pytest.raises(StoreError, match="store damaged.*nothing written"):
        connect(db, check=True)


def _big_rows(n: int):
    return file_rows([record("big.txt", "某县", i) for i in range(n)], "big", "big.txt", 1)


def test_open_disk_full_says_so_and_keeps_the_store_whole(db) -> None:
    conn = connect(db)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count={pages + 2}")
    with pytest.raises(sqlite3.OperationalError) as caught:
        write_file(conn, _big_rows(300))
    assert "disk full" in explain(caught.value, db)
    assert not conn.in_transaction
    conn.close()
    assert len(query.files(db)) == 3 and len(query.facts(db)) == COUNTS["facts"]
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert check.execute("PRAGMA foreign_key_check").fetchall() == []
