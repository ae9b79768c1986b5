"""``shebao extract --db`` and the store commands: facts, flags, files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from shebao.cli.main import main

REPORT = """某县失业保险基金绩效评价报告
（2020年度）
一、基金收支情况
本年失业保险基金收入910万元，较上年增长3.5%，累计结余1200万元。
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    folder = tmp_path / "in" / "sub"
    folder.mkdir(parents=True)
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 4)
    path = tmp_path / "s.sqlite"
    assert main(["extract", str(tmp_path / "in"), "--db", str(path), "--workers", "1"]) == 1
    return path


def test_db_extract_summary_names_counts_and_errors(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    main(["extract", str(tmp_path / "*.txt"), "--db", str(tmp_path / "s.sqlite"), "--quiet", "--workers", "1"])
    err = capsys.readouterr().err
    assert "1 ok, 1 failed, 0 skipped" in err and "b.txt" in err and "--status error" in err


def test_db_rerun_skips_finished_files(db: Path, capsys) -> None:
    main(["extract", str(db.parent / "in"), "--db", str(db), "--workers", "1"])
    assert "0 ok, 0 failed, 2 skipped" in capsys.readouterr().err


@pytest.mark.parametrize(("options", "texts"), [
    ([], ["910万元", "3.5%", "1200万元"]),
    (["--measure", "level"], ["910万元", "1200万元"]),
    (["--metric", "income_total", "--year", "2020"], ["910万元", "3.5%"]),
    (["--grep", "结余"], ["910万元", "3.5%", "1200万元"]),
    (["--grep", "工伤"], []),
    (["--region", "某县", "--fund", "unemployment", "--basis", "actual", "--limit", "1"], ["910万元"]),
])
def test_db_facts_filters_as_json(db: Path, capsys, options, texts) -> None:
    capsys.readouterr()
    assert main(["facts", str(db), "--format", "json", *options]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in rows] == texts


def test_db_facts_as_csv_has_a_header(db: Path, capsys) -> None:
    capsys.readouterr()
    main(["facts", str(db), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["value"] for r in rows] == ["910", "3.5", "1200"]


def test_db_facts_table_is_readable(db: Path, capsys) -> None:
    capsys.readouterr()
    main(["facts", str(db), "--measure", "yoy_rate"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["region", "fund", "metric"] and "3.5%" in lines[2]


def test_db_files_lists_failed_files(db: Path, capsys) -> None:
    capsys.readouterr()
    main(["files", str(db), "--status", "error", "--format", "json"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [Path(r["path"]).name for r in rows] == ["broken.txt"]


def test_db_flags_on_missing_store_is_an_error(tmp_path: Path, capsys) -> None:
    assert main(["flags", str(tmp_path / "none.sqlite")]) == 2
    assert "no store" in capsys.readouterr().err


SELF_EVAL = "\n".join([
    "某区失业保险支出绩效自评表\t\t\t\t\t",
    "（2021年度）\t\t\t\t\t",
    "项目名称\t\t某区失业保险基金\t\t\t",
    "预算执行情况（万元）\t预算数：\t860.00\t\t执行数：\t842.10",
    "年度绩效指标完成情况\t一级指标\t二级指标\t三级指标\t预期指标值\t实际完成指标值",
    "\t产出指标\t数量指标\t稳岗返还企业数\t≥300户\t320户",
    "\t\t\t技能补贴人数\t≥150人\t138人",
    "满意度指标\t满意度指标\t参保单位满意度\t≥90%\t较满意\t",
]) + "\n"


def test_db_extract_stores_indicators(tmp_path: Path, capsys) -> None:
    (tmp_path / "eval.txt").write_text(SELF_EVAL, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    main(["extract", str(tmp_path / "eval.txt"), "--db", str(db), "--workers", "1", "--quiet"])
    capsys.readouterr()
    main(["indicators", str(db), "--format", "json"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["level3"], r["met"]) for r in rows] == [
        ("稳岗返还企业数", True), ("技能补贴人数", False), ("参保单位满意度", None)]
