"""``shebao indicators DB``: self-evaluation rows of the store, filtered by met, grep, region, year."""

from __future__ import annotations

import json

import pytest

from shebao.cli.main import main


def _json(db, capsys, options: list[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["indicators", str(db), "--format", "json", *options]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize(("options", "levels"), [
    (["--region", "甲县"], ["参保覆盖率", "待遇按时发放率", "群众满意度"]),
    (["--region", "甲县", "--met", "true"], ["参保覆盖率"]),
    (["--region", "甲县", "--met", "false"], ["待遇按时发放率"]),
    (["--region", "甲县", "--met", "unknown"], ["群众满意度"]),
    (["--region", "甲县", "--met", "true", "--met", "false"], ["参保覆盖率", "待遇按时发放率"]),
    (["--region", "甲县", "--grep", "满意"], ["群众满意度"]),
    (["--region", "甲县", "--year", "2020"], []),
])
def test_indicators_filters(db, capsys, options, levels) -> None:
    assert [r["level3"] for r in _json(db, capsys, options)] == levels


def test_indicators_json_keeps_met_and_numbers(db, capsys) -> None:
    (row,) = _json(db, capsys, ["--region", "甲县", "--met", "false"])
    assert (row["met"], row["target"], row["actual"]) == (False, 99.0, 98.5)


def test_indicators_table_shows_levels_and_met(db, capsys) -> None:
    capsys.readouterr()
    main(["indicators", str(db), "--region", "甲县", "--met", "unknown"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["region", "report_year", "level3", "target_text", "actual_text",
                                "met"]
    assert lines[2].split() == ["甲县", "2021", "群众满意度", "≥90%", "较高"]


def test_indicators_bad_met_is_a_usage_error(db) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["indicators", str(db), "--met", "maybe"])
    assert exc.value.code == 2


def test_indicators_missing_store_is_an_error(tmp_path, capsys) -> None:
    assert main(["indicators", str(tmp_path / "none.sqlite")]) == 2
    assert "no store" in capsys.readouterr().err
