"""``shebao check``: exit codes, --fail-on, text and JSON output, JSONL input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shebao.cli.main import main
from tests.ingest.builders import write_docx, write_pdf

HEAD = "某县社会保险基金绩效评价报告\n（2020年度）\n一、基金收支情况\n"
REPORTS = {
    "clean": HEAD + "2020年工伤保险基金收入1500万元，支出1300万元，本年收支结余200万元。\n",
    # a balance that does not close: an error
    "error": HEAD + "2020年工伤保险基金收入1500万元，支出1300万元，本年收支结余260万元。\n",
    # the same, explained by a note in the sentence: only a warning
    "warning": HEAD + ("2020年工伤保险基金收入1500万元（不含上解下拨），支出1300万元，"
                       "本年收支结余260万元。\n"),
    # a figure split by a line break
    "split": HEAD + "2020年城乡居民基本养老保险基金支出8600万元。\n二、预算执行\n"
                    "2020年城乡居民基本养老保险基金支出8600\n亿元。\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, text in REPORTS.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("name", "options", "code"), [
    pytest.param("clean", [], 0, id="clean"),
    pytest.param("clean", ["--fail-on", "warning"], 0, id="clean-fail-on-warning"),
    pytest.param("warning", [], 0, id="warning-passes-by-default"),
    pytest.param("warning", ["--fail-on", "warning"], 1, id="warning-fails-on-warning"),
    pytest.param("error", [], 1, id="error"),
    pytest.param("error", ["--fail-on", "error"], 1, id="error-fail-on-error"),
])
def test_check_exit_status_follows_fail_on(folder: Path, name: str, options: list[str],
                                           code: int, capsys) -> None:
    assert main(["check", str(folder / f"{name}.txt"), *options]) == code


@pytest.mark.parametrize("argv", [
    pytest.param(["check"], id="no-path"),
    pytest.param(["check", "x.txt", "--fail-on", "info"], id="bad-severity"),
    pytest.param(["check", "x.txt", "--format", "xml"], id="bad-format"),
])
def test_check_usage_error_exits_2(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def test_check_unreadable_file_exits_2(folder: Path, capsys) -> None:
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 4)
    assert main(["check", str(folder)]) == 2
    captured = capsys.readouterr()
    assert "broken.txt: unreadable" in captured.out and "broken.txt" in captured.err


def test_check_missing_file_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["check", str(tmp_path / "absent.txt")]) == 2


def test_check_empty_folder_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["check", str(tmp_path)]) == 2
    assert "no report file" in capsys.readouterr().err


def test_check_text_groups_flags_by_report(folder: Path, capsys) -> None:
    main(["check", str(folder / "clean.txt"), str(folder / "split.txt")])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("clean.txt [report 0] 某县社会保险基金绩效评价报告")
    assert lines[1] == "  no flags"
    assert lines[3].endswith("split.txt [report 0] 某县社会保险基金绩效评价报告")
    assert lines[4].split()[:3] == ["error", "unit", "8600⏎亿元"]
    assert "→ 8600⏎万元" in lines[4]


def test_check_json_is_one_object_per_report(folder: Path, capsys) -> None:
    main(["check", str(folder), "--format", "json"])
    objects = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = {Path(o["source"]).stem: [f["kind"] for f in o["flags"]] for o in objects}
    assert kinds == {"clean": [], "error": ["balance"], "warning": ["balance"], "split": ["unit"]}
    assert {k for o in objects for k in o} >= {"source", "report_index", "title", "flags"}


def test_check_reads_extract_jsonl(folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "facts.jsonl"
    main(["extract", str(folder / "error.txt"), "-o", str(out)])
    capsys.readouterr()
    assert main(["check", str(out), "--format", "json"]) == 1
    (obj,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [f["kind"] for f in obj["flags"]] == ["balance"]


def test_check_bad_jsonl_line_exits_2(tmp_path: Path, capsys) -> None:
    path = tmp_path / "facts.jsonl"
    path.write_text("{not json\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2


def test_check_help_explains_inputs_output_and_exit_status(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    words = ["PATH", "--format", "--fail-on", "jsonl", "Exit status", "⏎", "not checked again"]
    assert [w for w in words if w not in out] == []


def test_check_folder_walk_finds_pdf_and_docx(tmp_path: Path, capsys) -> None:
    (tmp_path / "sub").mkdir()
    write_pdf(tmp_path / "sub" / "a.pdf")
    write_docx(tmp_path / "b.docx")
    (tmp_path / "notes.md").write_text("不是报告", encoding="utf-8")
    main(["check", str(tmp_path), "--format", "json"])
    objects = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted((Path(o["source"]).name, o["status"]) for o in objects) == [
        ("a.pdf", "ok"), ("b.docx", "ok")]


def test_check_help_names_pdf_and_docx_inputs(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert [w for w in (".pdf", ".docx", "*.pdf", "*.docx") if w not in out] == []
