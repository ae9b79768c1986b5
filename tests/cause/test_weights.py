"""The scorer files: what ``shebao train`` writes beside each pipeline, read with numpy alone."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from shebao.cause import categories, classify, models, weights
from shebao.cause.linear import compile_pipeline, expit
from tests.cause.scorers import assert_same_scorer

MODELS = [(classify.NAME, classify.FORMAT_VERSION), (categories.NAME, categories.FORMAT_VERSION)]
TEXTS = ["因参保人数增加，基金收入比上年增长6.1%。", "待遇调整 带动 支出 上升", "", "Q3 收入 12 万元"]


@pytest.mark.parametrize(("name", "version"), MODELS)
def test_weights_train_writes_the_compiled_pipeline(model_dir, name: str, version: int) -> None:
    pipeline = models.load(model_dir / name, version)[0]
    assert_same_scorer(weights.read(model_dir / name), compile_pipeline(pipeline))


@pytest.mark.parametrize(("name", "version"), MODELS)
def test_weights_shipped_files_are_the_shipped_pipeline(name: str, version: int) -> None:
    folder = models.shipped_dir() / name
    assert_same_scorer(weights.read(folder), compile_pipeline(models.load(folder, version)[0]))


def test_weights_read_scores_equal_sklearn(model_dir) -> None:
    pipeline = models.load(model_dir / categories.NAME, categories.FORMAT_VERSION)[0]
    scorer = weights.read(model_dir / categories.NAME)
    assert np.array_equal(scorer.probabilities([(t,) for t in TEXTS]), pipeline.predict_proba(TEXTS))


def test_weights_folder_without_them_is_read_from_its_pipeline(model_dir, tmp_path) -> None:
    folder = shutil.copytree(model_dir / classify.NAME, tmp_path / classify.NAME)
    (folder / weights.ARRAYS_FILE).unlink()
    (folder / weights.LAYOUT_FILE).unlink()
    assert not weights.has_files(folder)
    scorer, meta = weights.load(folder, classify.FORMAT_VERSION)
    assert_same_scorer(scorer, weights.read(model_dir / classify.NAME))
    assert meta["format_version"] == classify.FORMAT_VERSION


def _broken_copy(model_dir, tmp_path, damage) -> object:
    folder = shutil.copytree(model_dir / classify.NAME, tmp_path / classify.NAME)
    damage(folder)
    return folder


@pytest.mark.parametrize("damage", [
    lambda f: (f / weights.ARRAYS_FILE).write_bytes(b"not a zip"),
    lambda f: (f / weights.ARRAYS_FILE).unlink(),
    lambda f: (f / weights.LAYOUT_FILE).write_text("{", encoding="utf-8"),
    lambda f: (f / weights.LAYOUT_FILE).write_text('{"format_version": 7}', encoding="utf-8"),
], ids=["corrupt arrays", "arrays missing", "bad json", "other format"])
def test_weights_unreadable_files_name_the_folder_and_the_command(model_dir, tmp_path,
                                                                   damage) -> None:
    folder = _broken_copy(model_dir, tmp_path, damage)
    with pytest.raises(models.ModelError, match=r"unreadable scorer files.*shebao train"):
        classify.load_model(tmp_path)
    assert str(folder) in str(pytest.raises(models.ModelError, weights.read, folder).value)


def test_weights_a_vocabulary_that_does_not_fit_the_weights_is_refused(model_dir, tmp_path) -> None:
    def drop_a_term(folder) -> None:
        layout = json.loads((folder / weights.LAYOUT_FILE).read_text(encoding="utf-8"))
        layout["vectorizers"][0]["vocabulary"].pop()
        (folder / weights.LAYOUT_FILE).write_text(json.dumps(layout), encoding="utf-8")

    folder = _broken_copy(model_dir, tmp_path, drop_a_term)
    with pytest.raises(models.ModelError, match="scorer weights of shape"):
        weights.read(folder)


def test_weights_arrays_are_read_without_pickle(model_dir, tmp_path) -> None:
    folder = shutil.copytree(model_dir / categories.NAME, tmp_path / categories.NAME)
    with np.load(folder / weights.ARRAYS_FILE) as arrays:
        plain = dict(arrays)
    np.savez(folder / weights.ARRAYS_FILE, **plain, extra=np.array([object()], dtype=object))
    assert_same_scorer(weights.read(folder), weights.read(model_dir / categories.NAME))
    np.savez(folder / weights.ARRAYS_FILE, **{**plain, "weights": np.array([object()], dtype=object)})
    with pytest.raises(models.ModelError, match="unreadable scorer files"):
        weights.read(folder)


def test_weights_extraction_loads_neither_scikit_learn_nor_scipy_nor_skops() -> None:
    code = ("import sys; from shebao.cause.report import require_models; require_models(); "
            "print(sorted(m for m in ('sklearn', 'scipy', 'skops') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_weights_expit_equals_scipy_to_the_bit() -> None:
    from scipy.special import expit as scipy_expit

    rng = np.random.default_rng(3)
    x = np.concatenate([rng.normal(0, 6, 20_000), rng.uniform(-800, 800, 2_000),
                        [0.0, -0.0, 1e-300, -1e-300, 36.7, -36.7, 709.8, -745.2, np.inf, -np.inf]])
    assert np.array_equal(expit(x), scipy_expit(x))
