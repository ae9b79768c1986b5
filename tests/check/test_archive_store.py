"""Checks across a small generated archive: flags written into the store with evidence."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from shebao.check.archive import check_store
from shebao.store.query import facts, flags
from tests.check.archive_texts import annual, half_year, make_archive

CLEAN_2019 = annual("青石县", 2019, "371.60万元", "350.10万元", "340.00万元")
CLEAN_2020 = annual("青石县", 2020, "398.20万元", "371.60万元", "352.40万元")
CLEAN_2021 = annual("青石县", 2021, "410.50万元", "398.20万元", "366.10万元", "352.40万元")
# 2021 restates 2020 with a unit slip and gives no 2021 income: only the archive shows it
SLIP_2021 = annual("青石县", 2021, None, "398.20亿元", "366.10万元")


def test_archive_unit_slip_in_a_restatement_is_flagged_with_evidence(tmp_path: Path) -> None:
    db = make_archive(tmp_path, {"q2020.txt": CLEAN_2020, "q2021.txt": SLIP_2021})
    [flag] = check_store(db)
    assert (flag.flag.kind, flag.flag.text, flag.flag.suggestion) == (
        "unit", "398.20亿元", "398.20万元")
    assert flag.at.source.endswith("q2021.txt")
    [stored] = flags(db, origin="archive")
    [evidence] = stored["evidence"]
    assert evidence["source"].endswith("q2020.txt") and evidence["text"] == "398.20万元"
    assert CLEAN_2020[evidence["start"]:evidence["end"]] == "398.20万元"
    assert evidence["sha256"] == flag.evidence[0].sha256 and evidence["year"] == 2020
    assert stored["source"].endswith("q2021.txt") and stored["related"] == []


def test_archive_flags_mark_the_fact_suspect_and_a_rerun_replaces_them(tmp_path: Path) -> None:
    db = make_archive(tmp_path, {"q2019.txt": CLEAN_2019, "q2020.txt": CLEAN_2020,
                                 "q2021.txt": SLIP_2021})
    check_store(db)
    check_store(db)
    assert len(flags(db, origin="archive")) == 1
    [suspect] = facts(db, suspect=True)
    assert suspect["text"] == "398.20亿元"
    assert suspect["flags"] == [{"kind": "unit", "severity": "error",
                                 "suggestion": "398.20万元", "origin": "archive"}]
    assert all(f["flags"] is None for f in facts(db, suspect=False))


def test_archive_clean_pair_is_silent(tmp_path: Path) -> None:
    db = make_archive(tmp_path, {"q2020.txt": CLEAN_2020, "q2021.txt": CLEAN_2021})
    assert check_store(db) == []
    assert flags(db) == [] and facts(db, suspect=True) == []


def test_archive_half_year_and_year_never_compared(tmp_path: Path) -> None:
    """Half a year's income is about half the year's: no flag, whatever the ratio."""
    db = make_archive(tmp_path, {"q2020.txt": CLEAN_2020, "q2021.txt": CLEAN_2021,
                                 "h2021.txt": half_year("青石县", 2021, "41.05万元"),
                                 "h2020.txt": half_year("青石县", 2020, "3982.0万元")})
    assert {f["period"] for f in facts(db, metric="income_total")} == {"year", "H1"}
    assert check_store(db) == []


def test_archive_other_regions_never_compared(tmp_path: Path) -> None:
    other = annual("白河县", 2021, None, "398.20亿元", "366.10万元")
    db = make_archive(tmp_path, {"q2020.txt": CLEAN_2020, "b2021.txt": other})
    assert check_store(db) == []


def test_archive_series_view_one_value_per_year(tmp_path: Path) -> None:
    db = make_archive(tmp_path, {"q2020.txt": CLEAN_2020, "q2021.txt": SLIP_2021})
    check_store(db)
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT year, value_wan, statements, source FROM series"
                        " WHERE metric = 'income_total' ORDER BY year").fetchall()
    assert [(y, v, n) for y, v, n, _ in rows] == [(2019, 371.6, 1), (2020, 398.2, 2)]
    assert rows[1][3].endswith("q2020.txt")  # the year's own report stands for it
    assert json.loads(conn.execute("SELECT evidence FROM flags").fetchone()[0])
