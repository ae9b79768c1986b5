"""Model files: skops dumps (no pickle) plus metadata.json, in <models>/<name>/,
with the scorer files extraction reads instead of the dump (``cause.weights``).

The models ship inside the package (``shebao/models/``, package data read
with ``importlib.resources``); ``$SHEBAO_MODELS`` names another folder.  The
working folder plays no part.  Training data (``annotations/``) is found in
the checkout the package runs from, else in the working folder (an unpacked
sdist); see ``checkout_root``.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import shebao

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
ENV = "SHEBAO_MODELS"
MODELS = "models"  # the folder of the package that holds the shipped models


class ModelError(RuntimeError):
    """A model is missing, corrupt or incompatible."""


def _is_checkout(folder: Path) -> bool:
    return (folder / "pyproject.toml").is_file() and (folder / "annotations").is_dir()


def package_checkout() -> Path | None:
    """The source checkout the package is imported from (src layout, an
    editable install), or None for an installed copy."""
    root = Path(shebao.__file__).resolve().parents[2]
    return root if _is_checkout(root) else None


def checkout_root() -> Path:
    """Where annotations/ (the training and gold data) is looked for: the
    checkout the package runs from, else the working folder (an unpacked sdist)."""
    return package_checkout() or Path.cwd()


def shipped_dir() -> Traversable:
    """The models shipped inside the package."""
    return resources.files(shebao) / MODELS


def default_dir() -> Traversable:
    """The models folder: $SHEBAO_MODELS, else the package's own models."""
    env = os.environ.get(ENV)
    return Path(env) if env else shipped_dir()


def writable_shipped_dir() -> Path | None:
    """The package's models folder when it lies in a checkout and may be
    written (where `shebao train` writes by default), else None."""
    if package_checkout() is None:
        return None
    folder = Path(str(shipped_dir()))
    return folder if folder.is_dir() and os.access(folder, os.W_OK) else None


def _fail(path: Traversable, why: str) -> ModelError:
    return ModelError(f"{path}: {why}; rebuild the models with `shebao train` (in a checkout), "
                      f"or point ${ENV} at a folder `shebao train --out DIR` wrote")


def save(model: Any, folder: Path, metadata: dict) -> None:
    """Write ``model`` and its metadata into ``folder``."""
    import skops.io as sio

    folder.mkdir(parents=True, exist_ok=True)
    sio.dump(model, folder / MODEL_FILE)
    (folder / META_FILE).write_text(json.dumps(metadata, ensure_ascii=False, indent=2,
                                               sort_keys=True) + "\n", encoding="utf-8")


def read_metadata(folder: Traversable, expect_version: int | None = None) -> dict:
    """The metadata of the model in ``folder``; ModelError when missing, unreadable or
    of another format than ``expect_version``."""
    meta_path = folder / META_FILE
    if not meta_path.is_file():
        raise _fail(meta_path, "model file is missing")
    try:
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise _fail(meta_path, f"cannot read model metadata ({exc})") from exc
    if expect_version is not None and metadata.get("format_version") != expect_version:
        raise _fail(meta_path, f"model format {metadata.get('format_version')!r} is not the "
                               f"expected {expect_version}")
    return metadata


def load(folder: Traversable, expect_version: int) -> tuple[Any, dict]:
    """The model of ``folder`` and its metadata; ModelError when unusable.

    Only the types of ``ALLOWED_TYPES`` (and skops' own trusted ones) are
    accepted: loading runs no code from the file."""
    import skops.io as sio

    path = folder / MODEL_FILE
    if not path.is_file():
        raise _fail(path, "model file is missing")
    metadata = read_metadata(folder, expect_version)
    try:
        data = path.read_bytes()
        untrusted = sio.get_untrusted_types(data=data)
    except Exception as exc:  # unreadable, or a zip that skops cannot read
        raise _fail(path, f"corrupt model file ({type(exc).__name__}: {exc})") from exc
    unexpected = sorted(set(untrusted) - ALLOWED_TYPES)
    if unexpected:
        raise _fail(path, f"model holds unexpected types {unexpected}")
    try:
        model = sio.loads(data, trusted=list(untrusted))
    except Exception as exc:
        raise _fail(path, f"cannot load model ({type(exc).__name__}: {exc})") from exc
    return model, metadata
