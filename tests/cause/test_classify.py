"""The clause classifier: load, predict, boundaries, model errors."""

from __future__ import annotations

import shutil

import pytest

from shebao.cause import classify
from shebao.cause.models import ModelError


@pytest.mark.parametrize(("text", "expected"), [
    ("养老保险基金支出增长10%，增长的主要原因是退休人数增加。其他支出5万元。", ["退休人数增加"]),
    ("由于缴费基数提高，造成收入增加。", ["缴费基数提高"]),
    ("如果由于人数减少导致支出下降，应调整预算。", []),
])
def test_classify_find_spans(model_dir, text: str, expected: list[str]) -> None:
    model = classify.load_model(model_dir)
    assert [text[s.start:s.end] for s in classify.find_spans(text, model)] == expected


def test_classify_missing_model_names_file_and_command(tmp_path) -> None:
    with pytest.raises(ModelError, match=r"model\.skops.*shebao train"):
        classify.load_model(tmp_path)


def test_classify_corrupt_model_names_file_and_command(model_dir, tmp_path) -> None:
    shutil.copytree(model_dir / classify.NAME, tmp_path / classify.NAME)
    (tmp_path / classify.NAME / "model.skops").write_bytes(b"not a zip")
    with pytest.raises(ModelError, match=r"model\.skops: corrupt.*shebao train"):
        classify.load_model(tmp_path)


def test_classify_incompatible_format_is_refused(model_dir, tmp_path) -> None:
    shutil.copytree(model_dir / classify.NAME, tmp_path / classify.NAME)
    (tmp_path / classify.NAME / "metadata.json").write_text('{"format_version": 99}')
    with pytest.raises(ModelError, match="format 99"):
        classify.load_model(tmp_path)
