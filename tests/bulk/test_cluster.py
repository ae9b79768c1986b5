"""The Dask path: a LocalCluster stores the same rows as a local run, and resumes alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from shebao.bulk.run import run_bulk
from tests.bulk.corpus import make_corpus
from tests.bulk.test_run import _snapshot

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow  # starts a LocalCluster and runs the archive twice


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    make_corpus(root, copies=2)
    return root


@pytest.fixture(scope="module")
def runs(scheduler, archive, tmp_path_factory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("stores")
    run_bulk([archive], work / "local.sqlite", workers=2)
    run_bulk([archive], work / "dask.sqlite", scheduler=scheduler)
    return work / "local.sqlite", work / "dask.sqlite"


def test_cluster_rows_equal_the_local_run(runs) -> None:
    local, dask = runs
    assert _snapshot(dask) == _snapshot(local)


def test_cluster_rerun_skips_every_file(runs, scheduler, archive) -> None:
    _, dask = runs
    before = _snapshot(dask)
    summary = run_bulk([archive], dask, scheduler=scheduler)
    assert (summary.ok, summary.failed, summary.skipped > 0) == (0, 0, True)
    assert _snapshot(dask) == before
