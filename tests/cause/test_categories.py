"""The category classifier: load and predict."""

from __future__ import annotations

import numpy as np

from shebao.cause import categories
from shebao.cause.dataset import CATEGORIES


def test_categories_predict_gives_known_categories(model_dir) -> None:
    [cats] = categories.predict(["受新冠肺炎疫情影响，住院人数减少"], model_dir)
    assert cats and set(cats) <= set(CATEGORIES)


def test_categories_decode_falls_back_to_best() -> None:
    assert categories.decode(np.array([[0.2, 0.4]]), ["covid", "policy"]) == [("policy",)]
