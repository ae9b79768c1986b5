"""A cause model's scorer as plain files, read with numpy alone.

``shebao train`` writes, beside each fitted scikit-learn pipeline
(``model.skops``), what ``linear.compile_pipeline`` reads out of it:

* ``weights.npz``: the float arrays (``weights``, ``intercept``, and the
  ``idf_<k>`` weights of vectoriser k), loaded with ``allow_pickle=False``;
* ``weights.json``: the classes, the vectorisers' settings and their
  vocabularies (the term of each column, in column order).

Extraction loads these two files: no scikit-learn, scipy or skops import,
and no code runs from a file.  A folder without them (one an older
``shebao train --out`` wrote) is read from its pipeline instead.  The
scores are the pipeline's to the bit either way (``tests/cause/test_weights.py``).
"""

from __future__ import annotations

import json
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import numpy as np

from shebao.cause import models
from shebao.cause.linear import LinearModel, Vectorizer, compile_pipeline, make_vectorizer

ARRAYS_FILE = "weights.npz"
LAYOUT_FILE = "weights.json"
LAYOUT_VERSION = 1


def _layout(vectorizer: Vectorizer) -> dict[str, Any]:
    terms = [""] * len(vectorizer.vocabulary)
    for term, column in vectorizer.vocabulary.items():
        terms[int(column)] = term
    pattern = vectorizer.token_pattern
    return {"analyzer": vectorizer.analyzer, "ngram_range": list(vectorizer.ngram_range),
            "lowercase": vectorizer.lowercase, "sublinear_tf": vectorizer.sublinear_tf,
            "token_pattern": None if pattern is None else pattern.pattern,
            "offset": vectorizer.offset, "idf": vectorizer.idf is not None, "vocabulary": terms}


def save(model: LinearModel, folder: Path) -> None:
    """Write the scorer files of ``model`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, Any] = {"weights": model.weights, "intercept": model.intercept}
    arrays.update({f"idf_{k}": v.idf for k, v in enumerate(model.vectorizers) if v.idf is not None})
    with open(folder / ARRAYS_FILE, "wb") as out:
        np.savez(out, **arrays)
    layout = {"format_version": LAYOUT_VERSION, "classes": list(model.classes),
              "one_vs_rest": model.one_vs_rest, "normalised": model.normalised,
              "vectorizers": [_layout(v) for v in model.vectorizers]}
    (folder / LAYOUT_FILE).write_text(json.dumps(layout, ensure_ascii=False) + "\n",
                                      encoding="utf-8")


def _vectorizer(layout: dict, k: int, arrays: Any) -> Vectorizer:
    return make_vectorizer(
        analyzer=layout["analyzer"], ngram_range=tuple(layout["ngram_range"]),
        lowercase=layout["lowercase"], token_pattern=layout["token_pattern"],
        vocabulary={term: column for column, term in enumerate(layout["vocabulary"])},
        idf=np.asarray(arrays[f"idf_{k}"], dtype=np.float64) if layout["idf"] else None,
        sublinear_tf=layout["sublinear_tf"], offset=layout["offset"])


def has_files(folder: Traversable) -> bool:
    """Whether ``folder`` holds scorer files (either of the two)."""
    return (folder / ARRAYS_FILE).is_file() or (folder / LAYOUT_FILE).is_file()


def read(folder: Traversable) -> LinearModel:
    """The scorer of ``folder``'s files; ModelError when they are missing,
    unreadable or do not fit together."""
    try:
        layout = json.loads((folder / LAYOUT_FILE).read_text(encoding="utf-8"))
        if layout.get("format_version") != LAYOUT_VERSION:
            raise ValueError(f"scorer format {layout.get('format_version')!r} is not "
                             f"the expected {LAYOUT_VERSION}")
        with (folder / ARRAYS_FILE).open("rb") as stream, \
                np.load(stream, allow_pickle=False) as arrays:
            vectorizers = tuple(_vectorizer(v, k, arrays)
                                for k, v in enumerate(layout["vectorizers"]))
            model = LinearModel(
                vectorizers=vectorizers, classes=tuple(layout["classes"]),
                weights=np.ascontiguousarray(arrays["weights"], dtype=np.float64),
                intercept=np.asarray(arrays["intercept"], dtype=np.float64),
                one_vs_rest=bool(layout["one_vs_rest"]), normalised=bool(layout["normalised"]))
    except Exception as exc:  # a missing half, bad JSON, a zip numpy cannot read, a missing key
        raise models.ModelError(
            f"{folder}: unreadable scorer files ({type(exc).__name__}: {exc}); rebuild the "
            f"models with `shebao train`") from exc
    _check_shapes(model, folder)
    return model


def _check_shapes(model: LinearModel, folder: Traversable) -> None:
    features = sum(len(v.vocabulary) for v in model.vectorizers)
    outputs = model.intercept.shape[0] if model.intercept.ndim == 1 else -1
    if model.weights.shape != (features, outputs):
        raise models.ModelError(f"{folder}: scorer weights of shape {model.weights.shape} "
                                f"for {features} features and {outputs} outputs")


def load(folder: Traversable, expect_version: int) -> tuple[LinearModel, dict]:
    """The scorer of the model in ``folder`` and its metadata: from the scorer
    files when the folder has them, else compiled from its pipeline."""
    if not has_files(folder):
        pipeline, metadata = models.load(folder, expect_version)
        return compile_pipeline(pipeline), metadata
    return read(folder), models.read_metadata(folder, expect_version)
