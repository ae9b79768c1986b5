"""The shipped cause models are what `shebao train` builds now from the committed data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shebao.cause import categories, classify, models, weights
from shebao.cause.train import train_all
from tests.cause.scorers import assert_same_scorer
from tests.paths import ANNOTATIONS

NAMES = (classify.NAME, categories.NAME)
ACROSS_MACHINES = 1e-9  # two trainings on different processors (the weights reach about 8)


def _comparable(meta: dict) -> dict:
    """All but the training date; Python by its minor version."""
    libraries = dict(meta["libraries"])
    libraries["python"] = ".".join(libraries["python"].split(".")[:2])
    return {**{k: v for k, v in meta.items() if k != "date"}, "libraries": libraries}


@pytest.fixture(scope="module")
def trained_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="module")
def trained(trained_dir: Path) -> dict[str, dict]:
    return train_all(ANNOTATIONS / "causes" / "train.jsonl", trained_dir)


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_shipped_models_equal_a_fresh_training(trained: dict[str, dict], name: str) -> None:
    shipped = json.loads((models.shipped_dir() / name / models.META_FILE).read_text("utf-8"))
    assert {"training_sha256", "rows", "rows_sha256", "cv", "libraries", "shebao"} <= set(shipped)
    assert _comparable(shipped) == _comparable(trained[name]), (
        "the shipped model differs from a fresh training: run `shebao train` and commit "
        "src/shebao/models/")


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_shipped_scorer_files_equal_a_fresh_training(trained: dict[str, dict], trained_dir: Path,
                                                     name: str) -> None:
    # The solver's sums run through the machine's BLAS, whose kernels differ
    # between processors: trained on another one, the weights may differ in
    # their last bits (seen: 1e-12).  Vocabulary, idf, metadata and the
    # cross-validated scores above must be equal exactly.
    assert_same_scorer(weights.read(models.shipped_dir() / name), weights.read(trained_dir / name),
                       atol=ACROSS_MACHINES)
