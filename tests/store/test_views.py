"""The views a datasette or sqlite-utils reader sees: facts, causes and flags with their report."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from shebao.records import Flag
from shebao.store.rows import file_rows
from shebao.store.schema import connect
from shebao.store.write import write_file
from tests.store.records import record


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    conn = connect(tmp_path / "s.sqlite")
    base = record("a.txt", "甲县")
    slip = Flag(kind="digit", severity="warning", message="一位数字可能有误", text="3120.45万元",
                start=20, end=29, suggestion="3102.45万元")
    paged = replace(base.facts[0], page=3)
    rec = replace(base, facts=(paged, base.facts[1]), flags=(*base.flags, slip), genre="final_accounts")
    write_file(conn, file_rows([rec], "aa", "a.txt", 10))
    return conn


def test_views_fact_carries_report_page_and_flag_kinds(conn) -> None:
    row = conn.execute("SELECT * FROM facts_with_report ORDER BY id").fetchone()
    assert (row["region"], row["report_year"], row["title"], row["genre"]) == (
        "甲县", 2021, "某报告", "final_accounts")
    assert (row["page"], row["flag_kinds"], row["suspect"]) == (3, "digit", 1)
    assert Decimal(str(row["value_wan"])) == Decimal("3120.45")


def test_views_flag_names_the_fact_it_sits_on(conn) -> None:
    rows = conn.execute("SELECT kind, fact_id, region FROM flags_with_report ORDER BY id")
    first_fact = conn.execute("SELECT min(id) FROM facts").fetchone()[0]
    assert [tuple(r) for r in rows] == [("unit", None, "甲县"), ("digit", first_fact, "甲县")]


def test_views_cause_carries_its_report(conn) -> None:
    row = conn.execute("SELECT region, report_year, source, text FROM causes_with_report").fetchone()
    assert tuple(row) == ("甲县", 2021, "a.txt", "疫情期间稳岗返还集中发放")


def test_views_keys_link_every_row_to_its_file(conn) -> None:
    for table in ("reports", "facts", "flags", "causes", "indicators"):
        keys = {(r["table"], r["from"]) for r in conn.execute(f"PRAGMA foreign_key_list({table})")}
        assert ("files", "sha256") in keys
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
