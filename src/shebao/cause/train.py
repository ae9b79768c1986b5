"""Training both cause models from annotations/, with cross-validated scores."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import platform
from pathlib import Path

import numpy as np
import sklearn
from sklearn.model_selection import GroupKFold, KFold

from shebao import __version__
from shebao.cause import categories, classify, linear, models, weights
from shebao.cause.dataset import CATEGORIES, Passage, category_rows, clause_rows, read_passages, sha256
from shebao.cause.score import ZERO, as_dict, match_spans, of_labels, of_sets

FOLDS = 5


def _versions() -> dict:
    import scipy
    import skops

    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
            "numpy": np.__version__, "scipy": scipy.__version__, "skops": skops.__version__}


def _digest(*parts: list) -> str:
    """sha256 of training rows and labels: what the code made of the data."""
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()


def _folds(n_groups: int, seed: int) -> int:
    return max(2, min(FOLDS, n_groups))


def clause_cv(passages: list[Passage], seed: int) -> dict:
    """Held-out scores: clause labels ("cause") and whole explanations (span overlap ≥ half)."""
    ids = np.array([p.id for p in passages])
    clause_total, span_total = ZERO, ZERO
    splitter = GroupKFold(n_splits=_folds(len(ids), seed), shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(ids, groups=ids):
        train = [passages[i] for i in train_idx]
        model = classify.build(seed).fit(*_xy(train))
        scorer = linear.compile_pipeline(model)
        for i in test_idx:
            p = passages[i]
            table, labels, _ = clause_rows([p])
            if table:
                predicted = model.predict(classify.as_matrix(table))
                clause_total += of_labels(labels, list(predicted), "cause")
            spans = [(s.start, s.end) for s in classify.find_spans(p.text, scorer)]
            span_total += match_spans(spans, [(c["start"], c["end"]) for c in p.causes])
    return {"folds": splitter.get_n_splits(), "clause": as_dict(clause_total),
            "cause_span": as_dict(span_total)}


def _xy(passages: list[Passage]):
    table, labels, _ = clause_rows(passages)
    return classify.as_matrix(table), labels


def category_cv(texts: list[str], labels: list[list[str]], classes: list[str], seed: int) -> dict:
    """Micro-averaged held-out scores of the category model."""
    y = categories.indicator(labels, classes)
    total = ZERO
    splitter = KFold(n_splits=_folds(len(texts), seed), shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(texts):
        if any(y[train_idx, k].min() == y[train_idx, k].max() for k in range(len(classes))):
            continue  # a class without positives or negatives in this fold
        model = categories.build(seed).fit([texts[i] for i in train_idx], y[train_idx])
        chosen = categories.decode(model.predict_proba([texts[i] for i in test_idx]), classes)
        for i, row in zip(test_idx, chosen):
            total += of_sets(set(row), set(labels[i]))
    return {"folds": splitter.get_n_splits(), "micro": as_dict(total)}


def _save(pipeline, folder: Path, metadata: dict) -> None:
    """The fitted pipeline, its metadata and the scorer files extraction reads."""
    models.save(pipeline, folder, metadata)
    weights.save(linear.compile_pipeline(pipeline), folder)


def train_all(train_path: Path, out_dir: Path, seed: int = 0) -> dict[str, dict]:
    """Fit, score and save both models; their metadata by model name."""
    passages = read_passages(train_path)
    if not passages:
        raise ValueError(f"{train_path}: no passages to train on")
    common = {"training_data": str(train_path.name), "training_sha256": sha256(train_path),
              "passages": len(passages), "seed": seed, "libraries": _versions(),
              "shebao": __version__, "date": dt.date.today().isoformat()}
    table, y, _ = clause_rows(passages)
    x = classify.as_matrix(table)
    clause_meta = {**common, "format_version": classify.FORMAT_VERSION, "labels": sorted(set(y)),
                   "rows": len(y), "rows_sha256": _digest(table, y),
                   "cv": clause_cv(passages, seed)}
    _save(classify.build(seed).fit(x, y), out_dir / classify.NAME, clause_meta)
    texts, labels, _ = category_rows(passages)
    classes = categories.usable_classes(labels, CATEGORIES)
    cat_meta = {**common, "format_version": categories.FORMAT_VERSION, "classes": classes,
                "rows": len(texts), "rows_sha256": _digest(texts, labels),
                "cv": category_cv(texts, labels, classes, seed)}
    model = categories.build(seed).fit(texts, categories.indicator(labels, classes))
    _save(model, out_dir / categories.NAME, cat_meta)
    classify.load_model.cache_clear()
    categories.load_model.cache_clear()
    return {classify.NAME: clause_meta, categories.NAME: cat_meta}
