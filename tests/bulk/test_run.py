"""Bulk runs into the store: counts, reruns, killed runs, failing files."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from shebao.bulk.run import describe, run_bulk
from shebao.pipeline import extract_file
from tests.bulk.corpus import make_corpus
from tests.paths import EXAMPLES, ROOT

pytestmark = pytest.mark.slow  # every test here runs the pipeline over a generated archive

COPIES = 25
SRC = ROOT / "src"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    make_corpus(root, COPIES)
    return root


@pytest.fixture(scope="module")
def expected(corpus: Path) -> dict:
    """Counts the pipeline gives: a variant has the facts of its template (digits only change)."""
    counts = {"files": 0, "ok": 0, "error": 0, "reports": 0, "facts": 0}
    templates = [(p, COPIES) for p in EXAMPLES.glob("*.txt")
                 if extract_file(p)[0].status == "ok"]
    for path, times in templates + [(p, 1) for p in (corpus / "broken").iterdir()]:
        records = extract_file(path)
        failed = any(r.status != "ok" for r in records)
        counts["files"] += times
        counts["error" if failed else "ok"] += times
        counts["reports"] += len(records) * times
        counts["facts"] += sum(len(r.facts) for r in records) * times
    return counts


@pytest.fixture(scope="module")
def full_run(corpus: Path, tmp_path_factory) -> tuple[Path, object]:
    db = tmp_path_factory.mktemp("db") / "archive.sqlite"
    return db, run_bulk([corpus], db, workers=2)


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _snapshot(db: Path) -> dict:
    """Every row but the ids and timestamps, as sorted lists."""
    queries = {
        "files": "SELECT sha256, path, size, status, error, reports, facts, flags, causes FROM files",
        "reports": "SELECT * FROM reports",
        "facts": "SELECT * FROM facts",
        "flags": "SELECT * FROM flags",
        "facts_fts": "SELECT f.sha256, f.fact_index FROM facts f JOIN facts_fts x"
                     " ON x.rowid = f.id WHERE facts_fts MATCH '\"保险基金\"'",
    }
    with sqlite3.connect(db) as conn:
        out = {}
        for name, sql in queries.items():
            cursor = conn.execute(sql)
            names = [d[0] for d in cursor.description]
            keep = [i for i, n in enumerate(names) if n != "id"]
            out[name] = sorted(tuple(repr(row[i]) for i in keep) for row in cursor)
    return out


def test_run_counts_match_the_pipeline(full_run, expected) -> None:
    db, summary = full_run
    got = {"files": _count(db, "files"), "ok": summary.ok, "error": summary.failed,
           "reports": _count(db, "reports"), "facts": _count(db, "facts")}
    assert got == expected


def test_run_failed_files_are_error_rows_with_a_message(full_run) -> None:
    db, summary = full_run
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT path, error FROM files WHERE status = 'error'").fetchall()
    assert sorted(Path(p).name for p, _ in rows) == ["binary.txt", "empty.txt"]
    assert all(Path(p).name in error for p, error in rows)
    assert "shebao files" in describe(summary, db)


def test_run_rerun_adds_nothing(full_run, corpus: Path, expected) -> None:
    db, _ = full_run
    before = _snapshot(db)
    summary = run_bulk([corpus], db, workers=2)
    assert (summary.ok, summary.failed, summary.skipped) == (0, 0, expected["files"])
    assert _snapshot(db) == before


def test_run_fts_index_matches_the_facts(full_run) -> None:
    db, _ = full_run
    with sqlite3.connect(db) as conn:  # raises if the index and the rows differ
        conn.execute("INSERT INTO facts_fts (facts_fts, rank) VALUES ('integrity-check', 1)")
    assert _count(db, "facts_fts") == _count(db, "facts")


def _wait_for_rows(db: Path, process: subprocess.Popen, least: int) -> int:
    while process.poll() is None:
        try:
            n = _count(db, "files")
        except sqlite3.Error:
            n = 0  # not created yet
        if n >= least:
            return n
        time.sleep(0.005)
    return -1


def _wait_or_dump(process: subprocess.Popen, log: Path) -> None:
    """Wait for the stopped run; if it hangs, fail with where its threads stand."""
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)  # faulthandler writes every thread's stack
        process.wait()
        pytest.fail("the run did not stop; its stacks:\n" + log.read_text(errors="replace")[-8000:])


@pytest.fixture(scope="module")
def batch(corpus: Path, tmp_path_factory) -> tuple[Path, Path]:
    """A third of the archive and the store of an uninterrupted run over it."""
    db = tmp_path_factory.mktemp("batch") / "whole.sqlite"
    run_bulk([corpus / "batch0"], db, workers=2)
    return corpus / "batch0", db


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_run_killed_then_rerun_equals_uninterrupted(signum, batch, tmp_path: Path) -> None:
    folder, whole = batch
    db = tmp_path / "killed.sqlite"
    command = [sys.executable, "-m", "shebao.cli.main", "extract", str(folder), "--db", str(db),
               "--workers", "2", "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONFAULTHANDLER": "1"}
    log = tmp_path / "stderr.txt"
    with log.open("wb") as stderr:
        process = subprocess.Popen(command, env=env, stderr=stderr)
    seen = _wait_for_rows(db, process, least=3)
    process.send_signal(signum)
    _wait_or_dump(process, log)
    partial = _count(db, "files")
    assert 3 <= seen <= partial < _count(whole, "files")  # killed partway
    summary = run_bulk([folder], db, workers=2)
    assert summary.skipped == partial
    assert _snapshot(db) == _snapshot(whole)
