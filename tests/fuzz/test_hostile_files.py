"""Hostile files through ``shebao extract``: one record per file, no traceback, no hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fuzz.hostile import hostile_files

SRC = Path(__file__).resolve().parents[2] / "src"


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(SRC), "SHEBAO_TIME_BUDGET": "30"}
    return subprocess.run([sys.executable, "-m", "shebao.cli.main", "extract", *args],
                          capture_output=True, text=True, env=env, timeout=300)


def _shown(folder: Path, name: str) -> str:
    return os.fsencode(folder / name).decode("utf-8", "backslashreplace")


def test_hostile_files_one_record_each_in_json_lines(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = hostile_files(folder)
    out = tmp_path / "out.jsonl"
    done = _run(str(folder), "/dev/zero", "-o", str(out))
    assert "Traceback" not in done.stderr, done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    sources = [r["source"] for r in records]
    expected = {_shown(folder, n) for n in names} | {"/dev/zero"}
    assert set(sources) == expected
    assert len(sources) == len(expected)  # one record per file: none is split into reports
    by_source = {r["source"]: r for r in records}
    assert by_source["/dev/zero"]["status"] == "error"
    assert by_source[_shown(folder, "stray-byte.txt")]["decode_errors"] >= 1
    assert by_source[_shown(folder, "cut-start.txt")]["status"] == "ok"


@pytest.mark.slow
def test_hostile_files_one_row_each_in_a_store(tmp_path: Path) -> None:
    import sqlite3

    folder = tmp_path / "in"
    folder.mkdir()
    names = hostile_files(folder)
    db = tmp_path / "s.sqlite"
    done = _run(str(folder), "--db", str(db), "--workers", "2", "--quiet")
    assert "Traceback" not in done.stderr, done.stderr
    with sqlite3.connect(db) as conn:
        paths = [p for (p,) in conn.execute("SELECT path FROM files")]
    assert sorted(paths) == sorted(_shown(folder, n) for n in names)
