"""A fact's confidence: P(its slots are right), scored from the linker's evidence.

The rules decide every slot; this module only says how likely they are to
be right.  The model is a logistic regression over named features of a
draft (where its fund and metric came from, how many funds the sentence
names, how far the fund word stands, measure, mention, period, genre …),
followed by a calibration map fitted on cross-validated predictions
(``shebao train --confidence``, ``shebao.evaluate.confidence_train``).

It ships as plain numbers in ``resources/confidence_model.json`` and is read
with :mod:`json` and :mod:`importlib.resources`: no pickle, no code run, no
scikit-learn at run time.  score = calibrate(logistic(w·x + b)).
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from shebao.link.model import Draft
from shebao.records import Fact

MODEL_PACKAGE = "shebao.resources"
MODEL_FILE = "confidence_model.json"
FORMAT_VERSION = 1
# Sentence lengths (characters) that start a new length bucket.
LENGTH_BUCKETS = (40, 80, 160)
MAX_CANDIDATES = 4  # more funds named in one sentence count as this many

Features = dict[str, float]


def features(draft: Draft, fact: Fact, genre: str | None) -> Features:
    """The named features of a linked fact (absent one-hot names are 0)."""
    return _named(_key(draft, fact.measure, fact.mention, fact.metric, fact.period,
                       fact.account is not None, genre))


# What the features are made of: fund source, metric source, fund candidates,
# fund distance, measure, mention, metric other, period not year, genre,
# account set, sentence length bucket, rule confidence.
FeatureKey = tuple[str, str, int, int, str, str, bool, bool, str | None, bool, int, float]


def _key(draft: Draft, measure: str, mention: str, metric: str, period: str,
         account_set: bool, genre: str | None) -> FeatureKey:
    ev = draft.evidence
    n = len(draft.sentence.text)
    bucket = bisect_right(LENGTH_BUCKETS, n)  # how many bounds n reaches (they increase)
    return (ev.fund_source, ev.metric_source, ev.fund_candidates, ev.fund_distance, measure,
            mention, metric == "other", period != "year", genre, account_set, bucket,
            draft.confidence)


def _named(key: FeatureKey) -> Features:
    (fund_source, metric_source, candidates, distance, measure, mention, metric_other,
     period_not_year, genre, account_set, bucket, rule_confidence) = key
    out: Features = {
        f"fund_source={fund_source}": 1.0,
        f"metric_source={metric_source}": 1.0,
        "fund_candidates": float(min(candidates, MAX_CANDIDATES)),
        "several_funds": float(candidates > 1),
        "fund_distance_log": math.log1p(distance) if distance >= 0 else 0.0,
        "no_fund_word": float(distance < 0),
        f"measure={measure}": 1.0,
        f"mention={mention}": 1.0,
        "metric_other": float(metric_other),
        "period_not_year": float(period_not_year),
        f"genre={genre or 'none'}": 1.0,
        "account_set": float(account_set),
        f"sentence_length={bucket}": 1.0,
        "rule_confidence": float(rule_confidence),
    }
    return out


def logistic(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def interpolate(x: float, xs: tuple[float, ...], ys: tuple[float, ...]) -> float:
    """Piecewise-linear map through (xs, ys), flat beyond the ends (numpy.interp)."""
    if not xs:
        return x
    if x <= xs[0]:
        return ys[0]
    if x >= xs[-1]:
        return ys[-1]
    i = bisect_right(xs, x)
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)


@dataclass(frozen=True)
class ConfidenceModel:
    """Coefficients by feature name, intercept and the calibration map."""

    weights: Mapping[str, float]
    intercept: float
    calibration_x: tuple[float, ...]  # raw probabilities, increasing
    calibration_y: tuple[float, ...]  # calibrated probabilities at them

    def raw(self, feats: Mapping[str, float]) -> float:
        """The uncalibrated logistic probability."""
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return logistic(z)

    def score(self, feats: Mapping[str, float]) -> float:
        """The calibrated probability that the fact is right, in [0, 1]."""
        p = interpolate(self.raw(feats), self.calibration_x, self.calibration_y)
        return min(1.0, max(0.0, p))


def from_json(data: Mapping[str, Any]) -> ConfidenceModel:
    """The model of a parsed model file; ValueError when it is not one."""
    if data.get("format_version") != FORMAT_VERSION:
        raise ValueError(f"confidence model format {data.get('format_version')!r} "
                         f"is not {FORMAT_VERSION}")
    names, coef = data["feature_names"], data["coefficients"]
    cal = data["calibration"]
    if len(names) != len(coef) or len(cal["x"]) != len(cal["y"]):
        raise ValueError("confidence model: arrays of different lengths")
    return ConfidenceModel(
        weights={str(k): float(w) for k, w in zip(names, coef)},
        intercept=float(data["intercept"]),
        calibration_x=tuple(float(x) for x in cal["x"]),
        calibration_y=tuple(float(y) for y in cal["y"]),
    )


def read_model_json() -> dict[str, Any] | None:
    """The shipped model file parsed, or None when the package has none."""
    path = resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def shipped_model() -> ConfidenceModel | None:
    """The packaged model (None before one was ever trained)."""
    data = read_model_json()
    return None if data is None else from_json(data)


# Set while training: every scored fact's features are appended here.
_recorder: ContextVar[list[tuple[Features, Fact]] | None] = ContextVar(
    "confidence_recorder", default=None)


@contextmanager
def recording() -> Iterator[list[tuple[Features, Fact]]]:
    """Collect (features, fact) of every fact linked inside the block."""
    rows: list[tuple[Features, Fact]] = []
    token = _recorder.set(rows)
    try:
        yield rows
    finally:
        _recorder.reset(token)


def fact_confidence(draft: Draft, fact: Fact, genre: str | None,
                    model: Callable[[], ConfidenceModel | None] = shipped_model) -> float:
    """The calibrated confidence of ``fact`` (linked from ``draft``), to 2
    decimals; the rule confidence when no model is packaged."""
    feats = features(draft, fact, genre)
    rows = _recorder.get()
    if rows is not None:
        rows.append((feats, fact))
    m = model()
    return draft.confidence if m is None else round(m.score(feats), 2)


def draft_confidence(draft: Draft, mention: str, period: str, genre: str | None) -> float:
    """``fact_confidence`` of the fact ``draft`` becomes (mention and period
    given), before that fact is built: the linker builds each fact once."""
    m = shipped_model()
    if m is None:
        return draft.confidence
    key = _key(draft, draft.measure, mention, draft.metric, period,
               draft.account is not None, genre)
    return _SCORES.score(m, key)


class _ScoreCache:
    """Scores by feature key of one model: facts of equal evidence score
    alike, so each key is scored once (a retrained model starts afresh)."""

    LIMIT = 1 << 16

    def __init__(self) -> None:
        self.model: ConfidenceModel | None = None
        self.scores: dict[FeatureKey, float] = {}

    def score(self, model: ConfidenceModel, key: FeatureKey) -> float:
        if model is not self.model or len(self.scores) > self.LIMIT:
            self.model, self.scores = model, {}
        found = self.scores.get(key)
        if found is None:
            found = self.scores[key] = round(model.score(_named(key)), 2)
        return found


_SCORES = _ScoreCache()


def is_recording() -> bool:
    """Whether facts are being recorded (``record`` keeps nothing otherwise)."""
    return _recorder.get() is not None


def record(draft: Draft, fact: Fact, genre: str | None) -> None:
    """While ``recording``, keep the features of ``fact`` (scored by ``draft_confidence``)."""
    rows = _recorder.get()
    if rows is not None:
        rows.append((features(draft, fact, genre), fact))
