"""Fixtures shared by every test package: the seed and example reports, a small store.

The seeds live outside the repository (``../shared/seeds``); a test that asks
for one is skipped when they are absent, so the suite runs anywhere.

The tests import the installed package (no ``pythonpath`` shortcut).  A run
that would import another checkout's code (a git worktree beside the
editable install) stops at once: run it with ``PYTHONPATH=src``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pytest

from shebao.pipeline import extract_file
from shebao.records import ReportRecord
from tests.paths import EXAMPLES, ROOT, SEEDS
from tests.store.records import make_store


def pytest_configure(config) -> None:
    import shebao

    imported = Path(shebao.__file__).resolve().parents[2]  # a checkout when it holds pyproject
    if (imported / "pyproject.toml").is_file() and imported != ROOT.resolve():
        raise pytest.UsageError(f"the tests would import shebao from {imported}, not from "
                                f"this checkout ({ROOT}): run them with PYTHONPATH=src")


@pytest.fixture
def no_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """$SHEBAO_MODELS set to an empty folder, the loaded models forgotten before and after."""
    from shebao.cause import categories, classify

    folder = tmp_path / "no-models"
    folder.mkdir()
    monkeypatch.setenv("SHEBAO_MODELS", str(folder))
    classify.load_model.cache_clear()
    categories.load_model.cache_clear()
    yield folder
    classify.load_model.cache_clear()
    categories.load_model.cache_clear()


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The seeds folder; skips the test when it is absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed reports not available in {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def seed(seeds: Path) -> Callable[[str], Path]:
    """``seed("001")`` → the seed file whose name starts with that prefix (or full stem)."""
    def find(prefix: str) -> Path:
        found = sorted(seeds.glob(f"{prefix}*.txt"))
        if not found:
            pytest.skip(f"seed {prefix} not found in {seeds}")
        return found[0]
    return find


@pytest.fixture(scope="session")
def seed_text(seed: Callable[[str], Path]) -> Callable[[str], str]:
    """``seed_text("001")`` → that seed's text as written (UTF-8)."""
    return lambda prefix: seed(prefix).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_records(seed: Callable[[str], Path]) -> Callable[[str], tuple[ReportRecord, ...]]:
    """``seed_records("001")`` → the pipeline's records for that seed, extracted once a session."""
    @lru_cache(maxsize=None)
    def extract(path: Path) -> tuple[ReportRecord, ...]:
        return tuple(extract_file(path))
    return lambda prefix: extract(seed(prefix))


@pytest.fixture(scope="session")
def example() -> Callable[[str], Path]:
    """``example("zhejiang-*")`` → the first bundled example report matching the glob."""
    def find(pattern: str) -> Path:
        found = sorted(EXAMPLES.glob(pattern))
        if not found:
            pytest.skip(f"no example report matches {pattern}")
        return found[0]
    return find


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store written from ``tests/store/records.py`` (two files, three reports, one failure)."""
    return make_store(tmp_path / "s.sqlite")
