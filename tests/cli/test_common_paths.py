"""Output paths ('-' is standard output; a missing folder is one clear line) and store paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shebao.cli.main import main

REPORT = """某县失业保险基金决算说明
（2021年度）
本年失业保险基金收入650万元，较上年下降2.5%。
"""


def _one_line_error(argv: list[str], capsys) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err.strip()


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_extract_into_a_missing_folder_names_it(report: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "nowhere" / "x.jsonl"
    line = _one_line_error(["extract", str(report), "-o", str(out)], capsys)
    assert "does not exist" in line and "nowhere" in line


def test_extract_dash_writes_standard_output(report: Path, capsys) -> None:
    assert main(["extract", str(report), "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "ok"


def test_extract_db_in_a_missing_folder_names_it(report: Path, tmp_path: Path, capsys) -> None:
    line = _one_line_error(["extract", str(report), "--db", str(tmp_path / "no" / "s.sqlite")],
                           capsys)
    assert "does not exist" in line


def test_extract_db_into_a_text_file_is_refused(report: Path, capsys) -> None:
    line = _one_line_error(["extract", str(report), "--db", str(report)], capsys)
    assert "not a shebao store" in line
    assert report.read_text(encoding="utf-8") == REPORT  # left as it was


def test_export_dash_writes_csv_to_standard_output(db: Path, capsys) -> None:
    assert main(["export", str(db), "--format", "csv", "-o", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.out.lstrip("\ufeff").startswith("sha256,") and "standard output" in captured.err
    assert not Path("-").exists()


def test_export_dash_writes_xlsx_bytes_to_standard_output(db: Path, capsysbinary) -> None:
    assert main(["export", str(db), "--format", "xlsx", "-o", "-"]) == 0
    assert capsysbinary.readouterr().out.startswith(b"PK")  # a zip: the workbook


@pytest.mark.parametrize("out", ["nowhere/x.csv", "."], ids=["missing-folder", "a-folder"])
def test_export_bad_output_path_is_one_line(db: Path, tmp_path: Path, out: str, capsys) -> None:
    line = _one_line_error(["export", str(db), "--format", "csv", "-o", str(tmp_path / out)],
                           capsys)
    assert str(tmp_path) in line


@pytest.mark.parametrize("out", ["-", "file.txt", "nowhere/site"])
def test_review_bad_output_folder_is_one_line(report: Path, tmp_path: Path, out: str,
                                              capsys) -> None:
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    target = out if out == "-" else str(tmp_path / out)
    line = _one_line_error(["review", str(report), "-o", target], capsys)
    assert line.startswith("shebao: ")


@pytest.mark.parametrize("command", [["facts"], ["flags"], ["files"], ["series"],
                                     ["indicators"],
                                     ["export", "-o", "x.csv"]])
def test_a_report_given_as_store_is_one_line(report: Path, command: list[str], capsys) -> None:
    line = _one_line_error([command[0], str(report), *command[1:]], capsys)
    assert "not a shebao store" in line and str(report) in line


def test_check_db_of_a_report_is_one_line(report: Path, capsys) -> None:
    assert "not a shebao store" in _one_line_error(["check", "--db", str(report)], capsys)


def test_a_damaged_store_is_one_line(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x01" * 4096)
    line = _one_line_error(["facts", str(bad)], capsys)
    assert str(bad) in line
