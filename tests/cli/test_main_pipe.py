"""A reader that closes the pipe early (``shebao … | head -1``) ends the run quietly.

Exit status 141 (128 + SIGPIPE, what a shell shows for a process the
signal ended), no traceback and no "Exception ignored" on standard error.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shebao.cli.main import EXIT_PIPE, main
from tests.paths import ROOT

REPORT = """某县工伤保险基金收支情况说明
（2021年度）
本年工伤保险基金收入2100万元，比上年增长4.2%，支出1800万元。
"""


def _closed_early(argv: list[str]) -> subprocess.CompletedProcess:
    """Run ``shebao ARGV`` with its standard output a pipe whose reader has gone."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    read, write = os.pipe()
    os.close(read)  # the reader leaves before the first line: every write meets a closed pipe
    try:
        return subprocess.run([sys.executable, "-m", "shebao", *argv], stdout=write,
                              stderr=subprocess.PIPE, text=True, env=env, timeout=300)
    finally:
        os.close(write)


def test_extract_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    done = _closed_early(["extract", str(tmp_path / "r.txt")])
    assert done.returncode == EXIT_PIPE
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr


@pytest.mark.parametrize("argv", [["facts", "--format", "json"],
                                  ["export", "--format", "csv", "-o", "-"]],
                         ids=["facts", "export"])
def test_store_commands_into_a_closed_pipe_end_quietly(db: Path, argv: list[str]) -> None:
    done = _closed_early([argv[0], str(db), *argv[1:]])
    assert done.returncode == EXIT_PIPE
    assert "Traceback" not in done.stderr and "Broken pipe" not in done.stderr, done.stderr


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_main_turns_a_broken_pipe_into_exit_141(db: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert main(["facts", str(db), "--format", "csv"]) == EXIT_PIPE
    assert "Traceback" not in capsys.readouterr().err
