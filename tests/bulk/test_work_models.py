"""Unusable cause models stop a bulk run before any file is stored as done."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import shebao.bulk.work as work
from shebao.bulk.run import run_bulk
from shebao.cause.models import ModelError

REPORT = "某县2021年工伤保险基金决算说明\n一、基金收支\n本年工伤保险基金收入640万元，支出590万元。\n"


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM files").fetchone()[0]


@pytest.mark.parametrize("workers", [1, 2])
def test_work_missing_models_raise_and_store_nothing(no_models, tmp_path, workers) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(REPORT + name, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    with pytest.raises(ModelError):
        run_bulk([tmp_path], db, workers=workers)
    assert _stored(db) == 0


def test_work_model_error_in_a_worker_is_no_file_error(tmp_path, monkeypatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(REPORT, encoding="utf-8")

    def broken(*args, **kwargs):
        raise ModelError("models/cause_clauses/model.skops: corrupt model file")

    monkeypatch.setattr(work, "extract_file", broken)
    with pytest.raises(ModelError):  # not an error row stored under the file's sha256
        work.process(str(path))
