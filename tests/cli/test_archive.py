"""``shebao check --db``, ``shebao series`` and flags in the exports, on a generated archive."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from shebao.cli.main import main
from tests.check.archive_texts import annual, make_archive


@pytest.fixture
def db(tmp_path: Path) -> Path:
    texts = {f"q{y}.txt": annual("青石县", y, income, last, "352.40万元")
             for y, income, last in [(2019, "371.60万元", "350.10万元"),
                                     (2020, "398.20万元", "371.60万元"),
                                     (2021, None, "398.20亿元")]}
    return make_archive(tmp_path, texts)


def test_check_db_prints_the_flag_with_its_evidence(db: Path, capsys) -> None:
    assert main(["check", "--db", str(db)]) == 1  # a unit error
    out = capsys.readouterr().out
    assert "q2021.txt [report 0]" in out and "error   unit        398.20亿元" in out
    assert "→ 398.20万元" in out and "evidence: " in out and "q2020.txt" in out
    assert out.rstrip().endswith("3 reports checked across the archive: 1 errors, 0 warnings")


def test_check_db_json_carries_evidence(db: Path, capsys) -> None:
    main(["check", "--db", str(db), "--format", "json"])
    [line] = capsys.readouterr().out.splitlines()
    report = json.loads(line)
    [flag] = report["flags"]
    assert report["source"].endswith("q2021.txt") and flag["kind"] == "unit"
    assert flag["evidence"][0]["source"].endswith("q2020.txt")


def test_check_db_refuses_files_too(db: Path, tmp_path: Path, capsys) -> None:
    assert main(["check", str(tmp_path / "q2020.txt"), "--db", str(db)]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["check"])
    assert exc.value.code == 2
    assert main(["check", "--db", str(tmp_path / "none.sqlite")]) == 2


def test_series_table_shows_years_and_suspect(db: Path, capsys) -> None:
    main(["check", "--db", str(db)])
    capsys.readouterr()
    assert main(["series", str(db), "--metric", "income_total", "--total"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[-3:] == ["2018", "2019", "2020"]
    assert lines[2].split()[-3:] == ["350.10", "371.60", "398.20"]
    assert lines[-1].split()[-3:] == ["350.10", "371.60", "398.20"]


def test_series_csv_rows_name_their_report(db: Path, capsys) -> None:
    main(["series", str(db), "--metric", "expenditure_total", "--format", "csv"])
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert [r["year"] for r in rows] == ["2019", "2020", "2021"]
    assert all(len(r["sha256"]) == 64 and r["source"].endswith(".txt") for r in rows)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "xlsx"])
def test_export_facts_carry_flags_and_suspect(db: Path, tmp_path: Path, fmt: str) -> None:
    main(["check", "--db", str(db)])
    out = tmp_path / f"facts.{fmt}"
    assert main(["export", str(db), "-o", str(out)]) == 0
    rows = _read(out, fmt)
    suspect = [r for r in rows if r["suspect"] in (True, "true")]
    assert [r["text"] for r in suspect] == ["398.20亿元"]
    flags = suspect[0]["flags"]
    flags = json.loads(flags) if isinstance(flags, str) else flags
    assert flags == [{"kind": "unit", "severity": "error", "suggestion": "398.20万元",
                      "origin": "archive"}]
    clean = [r for r in rows if r not in suspect]
    assert clean and all(r["suspect"] in (False, "false") and not r["flags"] for r in clean)


def _read(path: Path, fmt: str) -> list[dict]:
    if fmt == "csv":
        return list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    sheet = load_workbook(path, read_only=True).active
    header, *body = [list(r) for r in sheet.iter_rows(values_only=True)]
    return [dict(zip(header, r)) for r in body]


def test_facts_and_flags_filter_suspect_and_origin(db: Path, capsys) -> None:
    main(["check", "--db", str(db)])
    capsys.readouterr()
    main(["facts", str(db), "--suspect", "true", "--format", "json"])
    [fact] = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert fact["text"] == "398.20亿元" and fact["suspect"] is True
    main(["flags", str(db), "--origin", "archive", "--format", "json"])
    [flag] = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert flag["evidence"][0]["text"] == "398.20万元"
