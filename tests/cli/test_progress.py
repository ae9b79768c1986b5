"""The progress bar: drawn on a terminal (files, reports, facts, rate, ETA), silent otherwise."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from shebao.cli.main import main
from shebao.progress import FileBar
from tests.paths import ROOT

REPORT = """某县城乡居民基本养老保险基金决算说明
（2019年度）
本年基金收入1520万元，较上年增长6.1%。
"""


def _run(argv: list[str], tty: bool) -> tuple[int, str]:
    """``python -m shebao ARGV``, its standard error a terminal (120 columns) or a pipe."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "shebao", *argv]
    if not tty:
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env=env, timeout=300)
        return done.returncode, done.stderr.decode()
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return process.wait(timeout=300), b"".join(chunks).decode(errors="replace")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two reports (different bytes: a store would skip a copy)."""
    for name, value in (("a", "1520"), ("b", "1530")):
        (tmp_path / f"{name}.txt").write_text(REPORT.replace("1520", value), encoding="utf-8")
    return tmp_path


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _bar_line(err: str) -> str:
    return [part for part in err.replace("\n", "\r").split("\r") if "2/2" in part][-1]


def test_extract_on_a_terminal_draws_files_reports_facts_rate_and_eta(folder: Path) -> None:
    code, err = _run(["extract", str(folder), "-o", str(folder / "out.jsonl")], tty=True)
    assert code == 0
    last = _bar_line(err)
    assert "100%" in last and "reports=2" in last and "facts=4" in last
    assert "file/s" in last or "s/file" in last
    assert "<" in last  # elapsed<remaining


@pytest.mark.slow
def test_extract_db_on_a_real_terminal_draws_the_bar(folder: Path) -> None:
    code, err = _run(["extract", str(folder), "--db", str(folder / "s.sqlite"), "--workers",
                      "1"], tty=True)
    assert code == 0 and "reports=2" in _bar_line(err)


@pytest.mark.parametrize("mode", [["-o", "{out}.jsonl"], ["--db", "{out}.sqlite", "--workers", "1"]],
                         ids=["jsonl", "db"])
def test_extract_bar_on_a_terminal_and_no_bar_with_no_progress(folder: Path, mode, monkeypatch,
                                                               capsys) -> None:
    argv = ["extract", str(folder), *(m.format(out=folder / "out") for m in mode)]
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(argv) == 0
    assert "reports=2" in _bar_line(terminal.getvalue())
    quiet = _Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    main([*argv, "--no-progress"])
    assert "%|" not in quiet.getvalue()


def test_no_bar_when_standard_error_is_no_terminal(folder: Path, capsys) -> None:
    assert main(["extract", str(folder), "-o", str(folder / "o.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "%|" not in err and "\r" not in err and "2 files: 2 ok" in err


def test_check_and_review_draw_the_bar_on_a_terminal(folder: Path, monkeypatch) -> None:
    for argv in (["check", str(folder)], ["review", str(folder), "-o", str(folder / "site")]):
        terminal = _Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        main(argv)
        assert "reports=2" in _bar_line(terminal.getvalue()), argv


def test_file_bar_counts_without_drawing() -> None:
    with FileBar(None, enabled=False) as bar:
        bar.add_records([{"facts": [1, 2]}, {"facts": []}])
        bar.add_record({"report_index": 0, "facts": [1]})
    assert (bar.reports, bar.facts) == (3, 3)
