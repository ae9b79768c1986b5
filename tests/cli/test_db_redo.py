"""``extract --db`` reruns: skip by sha256 (default), --force, --refresh-older; the version kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from shebao import __version__
from shebao.cli.main import main
from shebao.store.write import older

REPORTS = {"a.txt": "某县失业保险基金决算说明\n（2021年度）\n本年失业保险基金收入910万元，累计结余1200万元。\n",
           "b.txt": "某市工伤保险基金决算说明\n（2021年度）\n本年工伤保险基金支出320万元，较上年增长4.5%。\n"}


def _run(folder: Path, db: Path, *options: str) -> None:
    assert main(["extract", str(folder), "--db", str(db), "--workers", "1", *options]) == 0


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    _run(folder, db)
    return db


def _counts(db: Path) -> tuple:
    conn = sqlite3.connect(db)
    out = tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("files", "reports", "facts"))
    conn.close()
    return out


def _age(db: Path, name: str, version: str | None) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE files SET shebao_version = ? WHERE path LIKE ?", (version, f"%{name}"))
    conn.commit()
    conn.close()


def test_db_redo_version_is_stored_per_file(store) -> None:
    conn = sqlite3.connect(store)
    assert {r[0] for r in conn.execute("SELECT shebao_version FROM files")} == {__version__}


@pytest.mark.parametrize(("options", "summary"), [
    ([], "0 ok, 0 failed, 2 skipped"),
    (["--force"], "2 ok, 0 failed, 0 skipped"),
    (["--refresh-older"], "1 ok, 0 failed, 1 skipped"),
])
def test_db_redo_reruns(store, capsys, options, summary) -> None:
    _age(store, "a.txt", "0.0.1")
    before = _counts(store)
    capsys.readouterr()
    _run(store.parent / "in", store, *options)
    assert summary in capsys.readouterr().err
    assert _counts(store) == before  # replaced, never doubled


def test_db_redo_refresh_older_takes_unknown_versions_and_updates_them(store, capsys) -> None:
    _age(store, "b.txt", None)
    _run(store.parent / "in", store, "--refresh-older")
    assert "1 ok, 0 failed, 1 skipped" in capsys.readouterr().err
    conn = sqlite3.connect(store)
    assert {r[0] for r in conn.execute("SELECT shebao_version FROM files")} == {__version__}


def test_db_redo_needs_db(tmp_path, capsys) -> None:
    (tmp_path / "a.txt").write_text(REPORTS["a.txt"], encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--force"]) == 2
    assert "need --db" in capsys.readouterr().err


@pytest.mark.parametrize(("stored", "is_older"), [
    (None, True), ("0.0.9", True), (__version__, False), ("99.0", False), ("odd", True),
])
def test_db_redo_older(stored, is_older) -> None:
    assert older(stored) is is_older
