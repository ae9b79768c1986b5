"""Models trained once on the test fixture (tests/cause/passages.py)."""

from __future__ import annotations

import pytest

from shebao.cause.train import train_all
from tests.cause.passages import to_jsonl


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("cause_models")
    train_all(to_jsonl(root / "train.jsonl"), root / "models")
    return root / "models"
