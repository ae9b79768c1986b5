"""``shebao extract`` and the --help of every command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shebao.cli.main import COMMANDS, main

REPORT = """某县失业保险基金绩效评价报告
（2020年度）
一、基金收支情况
本年失业保险基金收入910万元，较上年增长3.5%。
"""

RECORD_FIELDS = {"source", "sha256", "report_index", "status", "title", "region", "year",
                 "facts", "causes", "flags"}
FACT_FIELDS = {"fund", "fund_name", "account", "metric", "metric_name", "year", "basis",
               "measure", "value", "unit", "value_wan", "text", "sentence", "section",
               "start", "end", "confidence"}


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 4)
    return folder


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_extract_writes_json_lines_with_contract_fields(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(inputs), "-o", str(out)]) == 1  # broken.txt failed
    records = {Path(r["source"]).name: r for r in _lines(out.read_text(encoding="utf-8"))}
    ok = records["report.txt"]
    assert RECORD_FIELDS <= set(ok) and ok["status"] == "ok"
    assert (ok["report_index"], ok["year"], ok["region"]) == (0, 2020, "某县")
    assert [FACT_FIELDS <= set(f) for f in ok["facts"]] == [True, True]
    assert [(f["text"], f["measure"], f["value"], f["value_wan"]) for f in ok["facts"]] == [
        ("910万元", "level", 910, 910), ("3.5%", "yoy_rate", 3.5, None)]


def test_extract_failing_file_is_an_error_line(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    main(["extract", str(inputs), "-o", str(out)])
    records = {Path(r["source"]).name: r for r in _lines(out.read_text(encoding="utf-8"))}
    bad = records["broken.txt"]
    assert bad["status"] == "error" and "broken.txt" in bad["error"]


def test_extract_stdout_holds_only_json(inputs: Path, capsys) -> None:
    main(["extract", str(inputs / "report.txt")])
    captured = capsys.readouterr()
    records = _lines(captured.out)
    assert [r["status"] for r in records] == ["ok"]


@pytest.mark.parametrize(("command", "options"), [
    pytest.param("extract", ["FILE_OR_DIR", "--output"], id="extract"),
    pytest.param("extract", [".pdf", ".docx", "*.pdf", "*.docx", "self-evaluation"],
                 id="extract-inputs"),
    pytest.param("evaluate", ["--gold", "--sources", "--diff"], id="evaluate"),
])
def test_extract_help_of_each_command(command: str, options: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert exc.value.code == 0
    assert [o for o in options if o not in out] == []


def test_extract_help_covers_every_command() -> None:
    assert {"extract", "evaluate", "check"} <= set(COMMANDS)


def test_extract_missing_models_exit_2_with_one_line(no_models, inputs: Path, capsys) -> None:
    assert main(["extract", str(inputs)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "cannot load the cause models" in captured.err
    assert str(no_models) in captured.err


def test_extract_missing_models_store_nothing(no_models, inputs: Path, tmp_path: Path,
                                              capsys) -> None:
    db = tmp_path / "a.sqlite"
    assert main(["extract", str(inputs), "--db", str(db)]) == 2
    assert not db.exists()
    assert "shebao train" in capsys.readouterr().err
