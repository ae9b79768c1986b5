"""The category classifier: cause text → categories of slots.md (multi-label)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from shebao.cause import models, weights
from shebao.cause.linear import LinearModel

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

NAME = "cause_categories"
FORMAT_VERSION = 1
THRESHOLD = 0.5


def build(seed: int = 0) -> Pipeline:
    """An untrained category model (fit on an indicator matrix)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline

    return Pipeline([
        ("text", TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True)),
        ("classifier", OneVsRestClassifier(LogisticRegression(
            C=8.0, max_iter=2000, class_weight="balanced", random_state=seed))),
    ])


def indicator(labels: list[list[str]], classes: list[str]) -> np.ndarray:
    return np.array([[int(c in row) for c in classes] for row in labels], dtype=int)


def usable_classes(labels: list[list[str]], candidates: tuple[str, ...]) -> list[str]:
    """Categories with positives and negatives in the data (others cannot be learnt)."""
    counts = {c: sum(c in row for row in labels) for c in candidates}
    return [c for c in candidates if 0 < counts[c] < len(labels)]


def decode(probabilities: np.ndarray, classes: list[str]) -> list[tuple[str, ...]]:
    """Classes over the threshold, else the most probable one, per row."""
    out = []
    for row in probabilities:
        chosen = tuple(c for c, p in zip(classes, row) if p >= THRESHOLD)
        out.append(chosen or (classes[int(np.argmax(row))],))
    return out


@lru_cache(maxsize=4)
def load_model(folder: Path | None = None) -> tuple[LinearModel, tuple[str, ...]]:
    """The trained category model, scored from its weights, and its class
    names (ModelError when unusable)."""
    model, meta = weights.load((folder or models.default_dir()) / NAME, FORMAT_VERSION)
    return model, tuple(meta["classes"])


def predict(texts: list[str], folder: Path | None = None) -> list[tuple[str, ...]]:
    """Categories of each cause text."""
    if not texts:
        return []
    model, classes = load_model(folder)
    return decode(model.probabilities([(t,) for t in texts]), list(classes))
