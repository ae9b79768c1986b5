"""Opening a store: a new one is created, an older one migrated, a newer one refused."""

from __future__ import annotations

import sqlite3

import pytest

from shebao.store.rows import file_rows
from shebao.store.schema import SCHEMA_VERSION, connect
from shebao.store.write import write_file
from tests.store.old_schemas import V1_DDL, V2_DDL, V3_DDL, V4_DDL
from tests.store.records import record

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


def _v4_store(path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V4_DDL + "PRAGMA user_version=4;")
    conn.execute("INSERT INTO files VALUES ('old', 'old.txt', 1, 'ok', NULL, 1, 1, 0, 1, 'now', 0)")
    conn.execute("INSERT INTO reports (sha256, report_index, source, status, region, year)"
                 " VALUES ('old', 0, 'old.txt', 'ok', '某县', 2021)")
    conn.execute("INSERT INTO facts (id, sha256, report_index, fact_index, sentence, start, \"end\")"
                 " VALUES (7, 'old', 0, 0, '本年稳岗返还支出86万元。', 6, 11)")
    conn.execute("INSERT INTO facts_fts (rowid, words) VALUES (7, '本年 稳岗 返还 支出')")
    conn.execute("INSERT INTO causes (id, sha256, report_index, cause_index, text)"
                 " VALUES (3, 'old', 0, 0, '参保人数增加较多')")
    conn.commit()
    conn.close()


def test_schema_version_4_store_gains_keys_trigram_search_and_version(tmp_path) -> None:
    _v4_store(tmp_path / "s.sqlite")
    conn = connect(tmp_path / "s.sqlite")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    fts = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'facts_fts'").fetchone()[0]
    assert "trigram" in fts and 'content="facts"' in fts
    found = conn.execute("SELECT rowid FROM facts_fts WHERE facts_fts MATCH '\"返还支\"'")
    assert [r[0] for r in found] == [7]
    found = conn.execute("SELECT rowid FROM causes_fts WHERE causes_fts MATCH '\"人数增\"'")
    assert [r[0] for r in found] == [3]
    assert {r["table"] for r in conn.execute("PRAGMA foreign_key_list(facts)")} == {
        "files", "reports"}
    assert conn.execute("SELECT shebao_version FROM files").fetchone()[0] is None
    assert conn.execute("SELECT region FROM facts_with_report").fetchone()[0] == "某县"
    assert write_file(conn, file_rows([record("a.txt", "某县")], "aa", "a.txt", 10))
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_schema_migration_failure_leaves_version_4_as_it_was(tmp_path, monkeypatch) -> None:
    _v4_store(tmp_path / "s.sqlite")
    monkeypatch.setattr("shebao.store.migrate.REBUILD_FTS", ["SELECT no_such_function()"])
    with pytest.raises(sqlite3.Error):
        connect(tmp_path / "s.sqlite")
    conn = sqlite3.connect(tmp_path / "s.sqlite")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    assert conn.execute("SELECT words FROM facts_fts").fetchone()[0] == "本年 稳岗 返还 支出"


def test_schema_foreign_keys_refuse_a_fact_without_its_report(tmp_path) -> None:
    conn = connect(tmp_path / "s.sqlite")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO facts (sha256, report_index, fact_index) VALUES ('zz', 0, 0)")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        conn.execute("COMMIT")
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT count(*) FROM facts").fetchone()[0] == 0
