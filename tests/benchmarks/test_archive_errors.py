"""The archive benchmark: generated reports extract cleanly; a planted run is judged."""

from __future__ import annotations

import importlib.util
import random
import sys

import pytest

from tests.paths import ROOT


def _load():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("archive_errors",
                                                  ROOT / "benchmarks" / "archive_errors.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["archive_errors"] = module
    spec.loader.exec_module(module)
    return module


ae = _load()


def test_archive_errors_reports_state_their_year_and_the_last() -> None:
    docs = ae.archive(1, 2, random.Random(3))
    assert [d.path.split("-")[1] for d in docs] == ["2016.txt", "2017.txt"]
    assert all("2015年" not in d.text or d.path.endswith("2016.txt") for d in docs)


@pytest.mark.slow
def test_archive_errors_clean_archive_is_silent_and_a_plant_is_judged(tmp_path) -> None:
    rng = random.Random(1)
    docs = ae.archive(1, 4, rng)
    records = ae.store(docs, tmp_path / "clean.sqlite")
    clean = ae.connect(tmp_path / "clean.sqlite")
    assert ae.check_connection(clean) == []
    assert all(not r.flags for rs in records.values() for r in rs)
    run = ae.plant_run(docs[1], records, clean, set(), rng)
    assert run is not None and run.plant.kind in ("unit", "digit")
    assert any(run.single[:2]) or any(run.cross[:2])
