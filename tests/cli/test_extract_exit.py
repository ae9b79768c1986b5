"""``shebao extract`` ends with a summary and an exit status that says whether all was read.

0: every file read; 1: some file failed; 2: nothing read (no file found,
a missing path, an empty folder, every file failed).  Both modes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shebao.cli.main import main

REPORT = """某市生育保险基金收支说明
（2020年度）
本年生育保险基金收入430万元，支出415万元。
"""
BROKEN = bytes(range(256)) * 4


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two good reports and one unreadable file."""
    path = tmp_path / "in"
    path.mkdir()
    (path / "a.txt").write_text(REPORT, encoding="utf-8")
    (path / "b.txt").write_text(REPORT.replace("430", "431"), encoding="utf-8")
    (path / "c.txt").write_bytes(BROKEN)
    return path


def _extract(argv: list[str], mode: str, tmp_path: Path) -> list[str]:
    if mode == "db":
        argv = [*argv, "--db", str(tmp_path / "s.sqlite"), "--workers", "1"]
    else:
        argv = [*argv, "-o", str(tmp_path / "out.jsonl")]
    return ["extract", *argv, "--no-progress"]


MODES = ["jsonl", "db"]


@pytest.mark.parametrize("mode", MODES)
def test_all_read_exits_0(folder: Path, tmp_path: Path, mode: str, capsys) -> None:
    (folder / "c.txt").unlink()
    assert main(_extract([str(folder)], mode, tmp_path)) == 0
    assert "2 ok, 0 failed" in capsys.readouterr().err


@pytest.mark.parametrize("mode", MODES)
def test_one_failed_file_exits_1_with_counts(folder: Path, tmp_path: Path, mode: str,
                                             capsys) -> None:
    assert main(_extract([str(folder)], mode, tmp_path)) == 1
    err = capsys.readouterr().err
    assert "2 ok, 1 failed" in err and "c.txt" in err


@pytest.mark.parametrize("mode", MODES)
def test_every_file_failed_exits_2(folder: Path, tmp_path: Path, mode: str, capsys) -> None:
    assert main(_extract([str(folder / "c.txt")], mode, tmp_path)) == 2
    assert "0 ok, 1 failed" in capsys.readouterr().err


@pytest.mark.parametrize("mode", MODES)
def test_missing_path_exits_2_and_is_named(tmp_path: Path, mode: str, capsys) -> None:
    missing = tmp_path / "absent.txt"
    assert main(_extract([str(missing)], mode, tmp_path)) == 2
    err = capsys.readouterr().err
    assert str(missing) in err and "no such file" in err.lower()


@pytest.mark.parametrize("mode", MODES)
def test_missing_path_beside_good_ones_exits_1(folder: Path, tmp_path: Path, mode: str,
                                               capsys) -> None:
    (folder / "c.txt").unlink()
    assert main(_extract([str(folder), str(tmp_path / "gone.txt")], mode, tmp_path)) == 1
    assert "gone.txt" in capsys.readouterr().err


@pytest.mark.parametrize("mode", MODES)
def test_empty_folder_exits_2(tmp_path: Path, mode: str, capsys) -> None:
    (tmp_path / "empty").mkdir()
    assert main(_extract([str(tmp_path / "empty")], mode, tmp_path)) == 2
    assert "no report file found" in capsys.readouterr().err


def test_jsonl_summary_counts_reports_and_facts(folder: Path, tmp_path: Path, capsys) -> None:
    main(_extract([str(folder)], "jsonl", tmp_path))
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert summary == "shebao: 3 files: 2 ok, 1 failed; 3 reports (1 errors), 4 facts"


def test_db_rerun_of_finished_files_exits_0(folder: Path, tmp_path: Path, capsys) -> None:
    (folder / "c.txt").unlink()
    main(_extract([str(folder)], "db", tmp_path))
    assert main(_extract([str(folder)], "db", tmp_path)) == 0
    assert "0 ok, 0 failed, 2 skipped" in capsys.readouterr().err


def test_db_run_leaves_the_sigterm_handler_as_it_was(folder: Path, tmp_path: Path) -> None:
    import signal

    before = signal.getsignal(signal.SIGTERM)
    main(_extract([str(folder)], "db", tmp_path))
    assert signal.getsignal(signal.SIGTERM) is before  # a pool forked later must not inherit it


@pytest.mark.parametrize("mode", ["jsonl", "db"])
def test_extract_allow_failed_exits_0_when_something_was_read(folder: Path, tmp_path: Path,
                                                            mode: str) -> None:
    assert main(_extract([str(folder)], mode, tmp_path)) == 1
    assert main(_extract([str(folder), "--allow-failed", "--force"] if mode == "db"
                         else [str(folder), "--allow-failed"], mode, tmp_path)) == 0
    if mode == "jsonl":
        records = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
        assert sum('"status": "error"' in r for r in records) == 1  # the failure is still recorded


def test_extract_allow_failed_still_exits_2_when_nothing_was_read(tmp_path: Path) -> None:
    (tmp_path / "c.txt").write_bytes(BROKEN)
    assert main(["extract", str(tmp_path / "c.txt"), "-o", str(tmp_path / "o.jsonl"),
                 "--allow-failed", "--no-progress"]) == 2
