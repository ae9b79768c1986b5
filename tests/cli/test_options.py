"""Bad arguments are usage errors (exit 2) with a message naming what is allowed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shebao.cli.main import main
from shebao.cli.options import MAX_LIMIT, allowed, limit


def _usage_error(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err.strip().splitlines()[-1]


@pytest.mark.parametrize(("option", "value", "words"), [
    ("--year", "twenty", "not a year"),
    ("--year", "1" + "0" * 30, "not a year"),
    ("--year", "-2021", "not a year"),
    ("--limit", "1e23", "not a number of rows"),
    ("--limit", "-5", "not a number of rows"),
    ("--fund", "pension", "unknown fund"),
    ("--metric", "income", "unknown metric"),
    ("--basis", "planned", "unknown basis"),
    ("--measure", "yoy", "unknown measure"),
])
def test_facts_bad_values_are_usage_errors(db: Path, option, value, words, capsys) -> None:
    line = _usage_error(["facts", str(db), option, value], capsys)
    assert "shebao facts: error:" in line and option in line and words in line


@pytest.mark.parametrize(("argv", "words"), [
    (["flags", "{db}", "--kind", "typo"], "unknown kind 'typo'; one of: unit"),
    (["flags", "{db}", "--severity", "fatal"], "one of: error, warning"),
    (["causes", "{db}", "--effect", "rise"], "one of: increase, decrease"),
    (["causes", "{db}", "--category", "weather"], "unknown category"),
    (["causes", "{db}", "--fund", "nofund"], "unknown fund"),
    (["series", "{db}", "--account", "common"], "one of: pooling, personal"),
    (["indicators", "{db}", "--year", "abc"], "not a year"),
    (["extract", "x.txt", "--workers", "0"], "not a number of workers"),
])
def test_other_commands_check_their_values(db: Path, argv, words, capsys) -> None:
    line = _usage_error([a.format(db=db) for a in argv], capsys)
    assert words in line


def test_unknown_fund_on_report_files_is_a_usage_error_before_any_work(tmp_path, capsys) -> None:
    line = _usage_error(["causes", str(tmp_path / "absent.txt"), "--fund", "xx"], capsys)
    assert "unknown fund 'xx'" in line


def test_known_values_pass(db: Path, capsys) -> None:
    assert main(["facts", str(db), "--fund", "resident_pension", "--year", "2021",
                 "--measure", "level", "--limit", "2", "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2 and {r["fund"] for r in rows} == {"resident_pension"}


def test_a_huge_limit_means_no_limit(db: Path, capsys) -> None:
    assert limit("9" * 40) == MAX_LIMIT
    assert main(["facts", str(db), "--format", "json"]) == 0
    every = capsys.readouterr().out
    assert main(["facts", str(db), "--limit", "9" * 40, "--format", "json"]) == 0
    assert capsys.readouterr().out == every


def test_choices_come_from_the_resources_and_record_types() -> None:
    assert {"resident_pension", "unemployment", "other"} <= set(allowed("fund"))
    assert {"income_total", "accumulated_balance"} <= set(allowed("metric"))
    assert set(allowed("kind")) >= {"unit", "digit", "conflict", "sum"}
    assert allowed("effect") == ("increase", "decrease", "above_budget", "below_budget", "other")
