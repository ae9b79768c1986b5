"""Opening a store: a new one is created, an older one migrated, a newer one refused."""

from __future__ import annotations

import sqlite3

import pytest

from shebao.store.rows import file_rows
from shebao.store.schema import DDL, SCHEMA_VERSION, connect
from shebao.store.write import write_file
from tests.store.records import record

# Schema 3 (before flags per fact, flag origin and evidence, the series views).
V3_DDL = ";".join(s for s in DDL.replace(",\n    flags TEXT, suspect INTEGER NOT NULL DEFAULT 0", "")
                  .replace(",\n    origin TEXT NOT NULL DEFAULT 'report', evidence TEXT", "")
                  .split(";") if "VIEW" not in s and "flags_origin" not in s) + ";"
# Schema 2 (before genre, period, page): schema 3 less those columns.
V2_DDL = (V3_DDL.replace("\n    genre TEXT,", "")
          .replace(", period TEXT, period_scope TEXT, page INTEGER", ""))
# Schema 1 (before indicators): schema 2 less the statements naming indicators.
V1_DDL = ";".join(s for s in V2_DDL.replace(", indicators INTEGER NOT NULL DEFAULT 0", "")
                  .split(";") if "indicators" not in s) + ";"


def _v1_store(path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V1_DDL + "PRAGMA user_version=1;")
    conn.execute("INSERT INTO files VALUES ('old', 'old.txt', 1, 'ok', NULL, 1, 0, 0, 0, 'now')")
    conn.commit()
    conn.close()


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def test_schema_new_store_has_indicators_and_their_indexes(tmp_path) -> None:
    conn = connect(tmp_path / "s.sqlite")
    assert {"indicators", "indicators_level3", "indicators_met"} <= _tables(conn)


def test_schema_version_1_store_is_migrated(tmp_path) -> None:
    _v1_store(tmp_path / "s.sqlite")
    conn = connect(tmp_path / "s.sqlite")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    old = conn.execute("SELECT indicators FROM files WHERE sha256 = 'old'").fetchone()[0]
    assert (version, old, "indicators" in _tables(conn)) == (SCHEMA_VERSION, 0, True)


def test_schema_migrated_store_takes_new_files(tmp_path) -> None:
    _v1_store(tmp_path / "s.sqlite")
    conn = connect(tmp_path / "s.sqlite")
    assert write_file(conn, file_rows([record("a.txt", "某县")], "aa", "a.txt", 10))
    assert conn.execute("SELECT count(*) FROM indicators").fetchone()[0] == 3


def test_schema_newer_store_is_refused_clearly(tmp_path) -> None:
    conn = sqlite3.connect(tmp_path / "s.sqlite")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(sqlite3.DatabaseError, match="upgrade shebao"):
        connect(tmp_path / "s.sqlite")


def test_schema_version_2_store_gains_genre_period_and_page(tmp_path) -> None:
    assert "genre" not in V2_DDL and "period" not in V2_DDL
    conn = sqlite3.connect(tmp_path / "s.sqlite")
    conn.executescript(V2_DDL + "PRAGMA user_version=2;")
    conn.close()
    conn = connect(tmp_path / "s.sqlite")
    facts = {r[1] for r in conn.execute("PRAGMA table_info(facts)")}
    reports = {r[1] for r in conn.execute("PRAGMA table_info(reports)")}
    assert {"period", "period_scope", "page"} <= facts and "genre" in reports
    assert write_file(conn, file_rows([record("a.txt", "某县")], "aa", "a.txt", 10))


def test_schema_version_3_store_gains_flags_per_fact_and_series(tmp_path) -> None:
    assert "suspect" not in V3_DDL and "evidence" not in V3_DDL and "VIEW" not in V3_DDL
    conn = sqlite3.connect(tmp_path / "s.sqlite")
    conn.executescript(V3_DDL + "PRAGMA user_version=3;")
    conn.execute("INSERT INTO reports (sha256, report_index, source, status, region, year)"
                 " VALUES ('old', 0, 'old.txt', 'ok', '某县', 2021)")
    conn.execute("INSERT INTO facts (sha256, report_index, fact_index, fund, metric, year,"
                 " basis, measure, value_wan, start, \"end\") VALUES"
                 " ('old', 0, 0, 'all_funds', 'income_total', 2021, 'actual', 'level', 5, 10, 19)")
    conn.execute("INSERT INTO flags (sha256, report_index, flag_index, kind, severity, start,"
                 " \"end\") VALUES ('old', 0, 0, 'unit', 'error', 10, 19)")
    conn.commit()
    conn.close()
    conn = connect(tmp_path / "s.sqlite")
    fact = conn.execute("SELECT flags, suspect FROM facts").fetchone()
    origin = conn.execute("SELECT origin FROM flags").fetchone()[0]
    assert (fact["suspect"], origin) == (1, "report") and '"unit"' in fact["flags"]
    row = conn.execute("SELECT value_wan, stated_wan, suspect FROM series").fetchone()
    assert tuple(row) == (None, 5.0, 1)
