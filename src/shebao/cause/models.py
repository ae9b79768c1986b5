"""Model files: skops dumps (no pickle) plus metadata.json, in models/<name>/."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

# Types a shipped model may hold beyond skops' default-trusted ones.
ALLOWED_TYPES = frozenset({
    "builtins.slice", "builtins.type", "collections.defaultdict",
    "numpy.dtype", "numpy.float64", "numpy.int64", "numpy.ndarray",
    "scipy.sparse._csr.csr_matrix", "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer", "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression", "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.pipeline.Pipeline", "sklearn.preprocessing._label.LabelBinarizer",
    "sklearn.preprocessing._label.MultiLabelBinarizer", "sklearn.utils._bunch.Bunch",
})
MODEL_FILE = "model.skops"
META_FILE = "metadata.json"


class ModelError(RuntimeError):
    """A model is missing, corrupt or incompatible."""


def checkout_root() -> Path:
    """The checkout holding models/ and annotations/: the working folder when
    it has them (an installed package run from a checkout's root), else the
    folder above src/ (a checkout run in place)."""
    here = Path.cwd()
    if (here / "models").is_dir() or (here / "annotations").is_dir():
        return here
    return Path(__file__).resolve().parents[3]


def default_dir() -> Path:
    """The models folder: $SHEBAO_MODELS, else the checkout's models/."""
    env = os.environ.get("SHEBAO_MODELS")
    return Path(env) if env else checkout_root() / "models"


def _fail(path: Path, why: str) -> ModelError:
    return ModelError(f"{path}: {why}; run `shebao train` to rebuild the models")


def save(model: Any, folder: Path, metadata: dict) -> None:
    """Write ``model`` and its metadata into ``folder``."""
    import skops.io as sio

    folder.mkdir(parents=True, exist_ok=True)
    sio.dump(model, folder / MODEL_FILE)
    (folder / META_FILE).write_text(json.dumps(metadata, ensure_ascii=False, indent=2,
                                               sort_keys=True) + "\n", encoding="utf-8")


def load(folder: Path, expect_version: int) -> tuple[Any, dict]:
    """The model of ``folder`` and its metadata; ModelError when unusable."""
    import skops.io as sio

    path, meta_path = folder / MODEL_FILE, folder / META_FILE
    for p in (path, meta_path):
        if not p.is_file():
            raise _fail(p, "model file is missing")
    try:
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise _fail(meta_path, f"cannot read model metadata ({exc})") from exc
    if metadata.get("format_version") != expect_version:
        raise _fail(meta_path, f"model format {metadata.get('format_version')!r} is not the "
                               f"expected {expect_version}")
    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as exc:  # a zip that skops cannot read
        raise _fail(path, f"corrupt model file ({type(exc).__name__}: {exc})") from exc
    unexpected = sorted(set(untrusted) - ALLOWED_TYPES)
    if unexpected:
        raise _fail(path, f"model holds unexpected types {unexpected}")
    try:
        model = sio.load(path, trusted=list(untrusted))
    except Exception as exc:
        raise _fail(path, f"cannot load model ({type(exc).__name__}: {exc})") from exc
    return model, metadata
