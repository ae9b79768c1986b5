"""Train the confidence model: logistic regression + isotonic calibration.

The regression is fitted on every training row; the calibration map is an
isotonic regression from its cross-validated probabilities (folds keep a
report together) to the observed rightness.  The cross-validated table is
nested: each outer fold gets a regression and a calibration map fitted on
the other folds only.  Both go into the model file as plain numbers.
"""

from __future__ import annotations

import json
import platform
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from shebao.evaluate.calibration import calibration_table, expected_error, table_dict
from shebao.evaluate.confidence_rows import Row, first_run_rows
from shebao.link import confidence_model

C = 1.0  # inverse L2 strength of the regression (fixed, not tuned)
FOLDS = 5


def _matrix(rows: Sequence[Row], names: list[str]) -> Any:
    import numpy as np

    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, row in enumerate(rows):
        for k, v in row.features.items():
            if k in index:
                x[r, index[k]] = v
    return x


def _names(rows: Sequence[Row]) -> list[str]:
    return sorted({k for r in rows for k in r.features})


def _fit(rows: Sequence[Row]) -> tuple[list[str], Any, Any]:
    """(feature names, fitted regression, fitted isotonic map) of ``rows``."""
    import numpy as np
    from sklearn.isotonic import IsotonicRegression
    from sklearn.linear_model import LogisticRegression

    names = _names(rows)
    x, y = _matrix(rows, names), np.array([int(r.right) for r in rows])
    lr = LogisticRegression(C=C, max_iter=5000)
    oof = _out_of_fold(x, y, [r.group for r in rows])
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(oof, y)
    return names, lr.fit(x, y), iso


def _out_of_fold(x: Any, y: Any, groups: list[str]) -> Any:
    """Cross-validated probabilities of the regression (folds by report); a
    fold whose training part holds one class only gets its smoothed rate."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    oof = np.zeros(len(y))
    for train, test in GroupKFold(min(FOLDS, len(set(groups)))).split(x, y, groups):
        if len(set(y[train])) < 2:
            oof[test] = (y[train].sum() + 1) / (len(train) + 2)
            continue
        lr = LogisticRegression(C=C, max_iter=5000).fit(x[train], y[train])
        oof[test] = lr.predict_proba(x[test])[:, 1]
    return oof


def _as_model(names: list[str], lr: Any, iso: Any) -> confidence_model.ConfidenceModel:
    return confidence_model.ConfidenceModel(
        weights=dict(zip(names, (float(w) for w in lr.coef_[0]))),
        intercept=float(lr.intercept_[0]),
        calibration_x=tuple(float(v) for v in iso.X_thresholds_),
        calibration_y=tuple(float(v) for v in iso.y_thresholds_))


def cross_validated(rows: Sequence[Row]) -> tuple[list[float], list[bool]]:
    """Nested cross-validated confidences (rounded as shipped) and labels."""
    from sklearn.model_selection import GroupKFold

    groups = [r.group for r in rows]
    conf: list[float] = [0.0] * len(rows)
    folds = GroupKFold(min(FOLDS, len(set(groups))))
    for train, test in folds.split(rows, groups=groups):
        model = _as_model(*_fit([rows[i] for i in train]))
        for i in test:
            conf[i] = round(model.score(rows[i].features), 2)
    return conf, [r.right for r in rows]


def _versions() -> dict[str, str]:
    from importlib.metadata import version

    return {"python": platform.python_version(), "numpy": version("numpy"),
            "scikit-learn": version("scikit-learn"), "shebao": version("shebao")}


def build(root: Path | None = None) -> dict[str, Any]:
    """The model file's content, trained on the first-run rows under ``root``."""
    rows, sets, sha = first_run_rows(root)
    if not rows or len({r.right for r in rows}) < 2:
        raise ValueError("confidence model: training data needs right and wrong facts")
    names, lr, iso = _fit(rows)
    model = _as_model(names, lr, iso)
    conf, right = cross_validated(rows)
    table = calibration_table(conf, right)
    brier = sum((c - r) ** 2 for c, r in zip(conf, right)) / len(rows)
    return {
        "format_version": confidence_model.FORMAT_VERSION,
        "feature_names": names,
        "coefficients": [model.weights[n] for n in names],
        "intercept": model.intercept,
        "calibration": {"method": "isotonic on grouped cross-validated probabilities",
                        "x": list(model.calibration_x), "y": list(model.calibration_y)},
        "training": {"sets": sets, "rows": len(rows), "right": sum(right),
                     "data_sha256": sha, "regularisation_C": C, "folds": FOLDS,
                     "rows_from": "first runs over held-out sets (annotations/confidence)"},
        "versions": _versions(),
        "scores": {"cv": {"brier": round(brier, 6), "ece": round(expected_error(table), 6),
                          "table": table_dict(table)}},
    }


def default_path() -> Path:
    """Where the shipped model is loaded from (the package's resources)."""
    from importlib import resources

    return Path(str(resources.files(confidence_model.MODEL_PACKAGE)
                    .joinpath(confidence_model.MODEL_FILE)))


def train(out: Path | None = None, root: Path | None = None) -> tuple[Path, dict[str, Any]]:
    """Train and write the model file (default: where it is loaded from)."""
    data = build(root)
    path = out or default_path()
    if path.is_dir() or path.suffix != ".json":
        path = path / confidence_model.MODEL_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    confidence_model.shipped_model.cache_clear()
    return path, data
