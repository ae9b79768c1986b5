"""Every command reading a store answers a missing, foreign, newer or damaged store in one
line on stderr with exit 2; ``extract --db`` refuses a damaged store and says "disk full"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from shebao.cli.main import main
from shebao.store.schema import connect
from tests.store.records import make_store

QUERIES = [["facts"], ["flags"], ["causes"], ["indicators"], ["files"], ["series"],
           ["export", "-o", "OUT/x.csv"], ["check", "--db"]]
REPORT = "某县失业保险基金决算说明\n（2021年度）\n本年失业保险基金收入910万元，累计结余1200万元。\n"


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00\x01 these bytes are no database " * 200)


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE birds (name TEXT)")
    conn.close()


def _newer(path: Path) -> None:
    make_store(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=99")
    conn.close()


def _damaged(path: Path) -> None:
    """A store whose files and reports tables start with a page of junk."""
    make_store(path)
    conn = sqlite3.connect(path)
    pages = [r[0] for r in conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name IN ('files', 'reports')")]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        for page in pages:
            f.seek((page - 1) * size)
            f.write(b"\x55" * 64)


STORES = {"missing": (lambda path: None, "no store"), "garbage": (_garbage, "not a shebao store"),
          "foreign": (_foreign, "not a shebao store"), "newer": (_newer, "store schema 99"),
          "damaged": (_damaged, "store damaged")}


@pytest.mark.parametrize("kind", STORES)
@pytest.mark.parametrize("command", QUERIES, ids=lambda c: c[0])
def test_store_errors_one_line_exit_2(tmp_path, capsys, kind, command) -> None:
    make, words = STORES[kind]
    db = tmp_path / "s.sqlite"
    make(db)
    argv = [a.replace("OUT", str(tmp_path)) for a in command] + [str(db)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("shebao: ") and words in err, err


@pytest.mark.parametrize("kind", ["garbage", "foreign", "newer", "damaged"])
def test_store_errors_extract_refuses_a_bad_store(tmp_path, capsys, kind) -> None:
    make, words = STORES[kind]
    db = tmp_path / "s.sqlite"
    make(db)
    before = db.read_bytes()
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--db", str(db), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and db.read_bytes() == before


def test_store_errors_extract_on_a_full_disk(tmp_path, capsys, monkeypatch) -> None:
    for n in range(6):
        (tmp_path / f"r{n}.txt").write_text(REPORT.replace("910", f"9{n}0") * 40, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    connect(db).close()

    def small_disk(path, **options):
        conn = connect(path, **options)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={pages + 3}")
        return conn

    monkeypatch.setattr("shebao.bulk.results.connect", small_disk)
    assert main(["extract", str(tmp_path / "r*.txt"), "--db", str(db), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert "disk full" in err and "Traceback" not in err
    conn = sqlite3.connect(db)
    done = conn.execute("SELECT count(*) FROM files").fetchone()[0]
    reports = conn.execute("SELECT count(DISTINCT sha256) FROM reports").fetchone()[0]
    assert done == reports and done < 6
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
