"""``shebao train``: models and metadata; same data, same scores."""

from __future__ import annotations

import json

import pytest

from shebao.cli.main import main
from tests.cause.passages import to_jsonl


@pytest.mark.slow
def test_train_writes_models_and_same_scores_twice(tmp_path) -> None:
    data = to_jsonl(tmp_path / "train.jsonl")
    metas = []
    for run in ("a", "b"):
        assert main(["train", "--data", str(data), "--out", str(tmp_path / run)]) == 0
        meta = json.loads((tmp_path / run / "cause_clauses" / "metadata.json").read_text())
        for written in ("model.skops", "weights.npz", "weights.json"):
            assert (tmp_path / run / "cause_categories" / written).is_file()
        metas.append(meta)
    assert metas[0]["cv"] == metas[1]["cv"] and len(metas[0]["training_sha256"]) == 64


def test_train_missing_data_is_a_clear_error(tmp_path, capsys) -> None:
    assert main(["train", "--data", str(tmp_path / "none.jsonl"), "--out", str(tmp_path)]) == 2
    assert "training data not found" in capsys.readouterr().err


@pytest.mark.parametrize("options", [[], ["--confidence"]])
def test_train_installed_copy_needs_out(options, monkeypatch, capsys) -> None:
    import shebao.cause.models as models  # the command reads it from there when it runs

    monkeypatch.setattr(models, "writable_shipped_dir", lambda: None)
    assert main(["train", *options]) == 2
    err = capsys.readouterr().err
    assert "not a writable checkout" in err and "--out DIR" in err


def test_train_data_not_found_names_where_it_comes_from(tmp_path, capsys) -> None:
    assert main(["train", "--data", str(tmp_path / "none.jsonl"), "--out", str(tmp_path)]) == 2
    assert "source distribution" in capsys.readouterr().err
