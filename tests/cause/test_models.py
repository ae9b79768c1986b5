"""Where the cause models are found: package data, $SHEBAO_MODELS, never the working folder."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

import shebao
from shebao.cause import categories, classify, models
from shebao.cause.dataset import sha256
from tests.paths import ANNOTATIONS


def test_models_default_is_the_package_data_in_any_working_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(models.ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    assert models.default_dir() == resources.files(shebao) / "models"
    model, meta = models.load(models.default_dir() / classify.NAME, classify.FORMAT_VERSION)
    assert meta["rows"] > 0 and hasattr(model, "predict")


def test_models_env_names_another_folder(no_models: Path) -> None:
    assert models.default_dir() == no_models
    with pytest.raises(models.ModelError, match=str(no_models)):
        classify.load_model()


def test_models_unexpected_type_is_refused_without_loading(tmp_path) -> None:
    from sklearn.preprocessing import FunctionTransformer

    folder = tmp_path / classify.NAME
    models.save(FunctionTransformer(func=len), folder,  # a function a loader would call
                {"format_version": classify.FORMAT_VERSION})
    with pytest.raises(models.ModelError, match=r"unexpected types \['builtins.len'\]"):
        models.load(folder, classify.FORMAT_VERSION)


def test_models_installed_copy_has_no_checkout_and_no_default_training_folder(
        tmp_path, monkeypatch) -> None:
    installed = tmp_path / "site-packages" / "shebao"
    installed.mkdir(parents=True)
    monkeypatch.setattr(shebao, "__file__", str(installed / "__init__.py"))
    monkeypatch.chdir(tmp_path)
    assert models.package_checkout() is None
    assert models.writable_shipped_dir() is None
    assert models.checkout_root() == tmp_path  # training data: an unpacked sdist here


def test_models_checkout_trains_into_the_package_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    if models.package_checkout() is None:
        pytest.skip("shebao is installed, not run from this checkout")
    assert models.writable_shipped_dir() == Path(str(models.shipped_dir()))
    assert models.checkout_root() == models.package_checkout() != tmp_path


@pytest.mark.parametrize("name", [classify.NAME, categories.NAME])
def test_models_shipped_were_trained_on_the_committed_data(name: str) -> None:
    meta = json.loads((models.shipped_dir() / name / models.META_FILE).read_text("utf-8"))
    train = ANNOTATIONS / "causes" / "train.jsonl"
    assert meta["training_sha256"] == sha256(train), "retrain: shebao train"
