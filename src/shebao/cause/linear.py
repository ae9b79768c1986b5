"""Linear text models scored from their weights: no scikit-learn call per text.

The cause models are scikit-learn pipelines (tf-idf vectorisers, then a
logistic regression or a one-vs-rest set of them).  ``compile_pipeline``
reads their vocabularies, idf weights, coefficients and intercepts once, at
load; ``LinearModel.decision`` then repeats scikit-learn's arithmetic in its
order: n-grams counted, 1 + log(tf), times idf, l2 norm per vectoriser,
products summed feature by feature in column order from zero, plus the
intercept.  The scores equal ``decision_function`` (tests compare them), so
every label is the one scikit-learn would give.

Rows are tuples of texts, one per vectoriser (the clause model: clause text
and meta tokens; the category model: the cause text).  A first text repeated
in a batch (clauses shared by the windows of neighbouring cues) is vectorised
and summed once.  A batch's pieces are laid out flat, (row, column, weight),
and summed by ``sums_in_order``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import chain
from operator import itemgetter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from shebao.cause.models import ModelError
from shebao.cause.ngrams import GramIndex, char_wb_grams, gram_index

# Rows scored at once (a batch's pieces and their products are held at once).
BATCH_ROWS = 512
SEEN_TEXTS = 4096  # texts whose known columns a vectoriser without an index keeps


def sums_in_order(rows: np.ndarray, terms: np.ndarray, n: int) -> np.ndarray:
    """The sums (n, outputs) of ``terms`` (pieces, outputs) by their ``rows``:
    each row's terms added one after the other in the order given, from
    0.0 (the order of scikit-learn's sparse loops, and of a plain Python
    ``sum``; ``np.sum`` would add pairwise).

    One ``np.bincount`` over all pieces, a bin per (row, output): it adds each
    weight to its bin in input order."""
    outputs = terms.shape[1]
    bins = rows if outputs == 1 else ((rows * outputs)[:, None] + np.arange(outputs)).ravel()
    return np.bincount(bins, weights=terms.ravel(), minlength=n * outputs).reshape(n, outputs)


def _exp(v: float) -> float:
    try:
        return math.exp(v)
    except OverflowError:  # past log(largest double): C's exp gives inf
        return math.inf


def expit(x: np.ndarray) -> np.ndarray:
    """The logistic function as ``scipy.special.expit`` computes it for
    doubles, 1 / (1 + exp(-x)) (equal to the bit: tests compare them), without
    importing scipy.

    exp is the C library's (``math.exp``), as scipy's: numpy's own ``np.exp``
    runs SIMD code on processors with AVX-512, whose results differ from
    it in the last bit.
    """
    x = np.asarray(x, dtype=np.float64)
    e = np.fromiter(map(_exp, (-x).ravel().tolist()), dtype=np.float64, count=x.size)
    return 1.0 / (1.0 + e.reshape(x.shape))


def _counted(items: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of ``items``, sorted, and how often each occurs
    (``np.unique(…, return_counts=True)`` without its fixed cost); sorts
    ``items`` in place."""
    items.sort()
    if not len(items):
        return items, np.zeros(0, dtype=np.intp)
    bounds = np.empty(len(items) + 1, dtype=bool)  # where a run starts, and the end
    bounds[0] = bounds[-1] = True
    np.not_equal(items[1:], items[:-1], out=bounds[1:-1])
    at = np.flatnonzero(bounds)
    return items.take(at[:-1]), at[1:] - at[:-1]


@dataclass(frozen=True)
class Vectorizer:
    """One fitted tf-idf vectoriser: how it cuts a text and weighs the pieces."""

    analyzer: str  # "char_wb" or "word"
    ngram_range: tuple[int, int]
    lowercase: bool
    token_pattern: re.Pattern | None  # the word analyser's tokens
    vocabulary: dict[str, int]
    idf: np.ndarray | None
    sublinear_tf: bool
    offset: int  # its first column among the model's features
    index: GramIndex | None  # the char_wb n-grams as keys (None: cut one text at a time)
    # The known columns of texts cut one at a time (meta tokens repeat from cue to cue).
    seen: dict[str, tuple[int, ...]] = field(default_factory=dict, init=False, repr=False,
                                             compare=False)

    def pieces(self, text: str) -> list[str]:
        if self.analyzer == "char_wb":
            return char_wb_grams(text, *self.ngram_range)
        assert self.token_pattern is not None
        return self.token_pattern.findall(text)

    def known(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(text, column) of each known piece occurring in ``texts``."""
        if self.lowercase:
            texts = [t.lower() for t in texts]
        if self.index is not None:
            return self.index.known(texts)
        found = [self._columns(t) for t in texts]
        counts = np.fromiter(map(len, found), dtype=np.intp, count=len(found))
        columns = np.fromiter(chain.from_iterable(found), dtype=np.intp, count=int(counts.sum()))
        return np.repeat(np.arange(len(texts)), counts), columns

    def _columns(self, text: str) -> tuple[int, ...]:
        """The columns of the known pieces of ``text``, in the order cut (kept)."""
        found = self.seen.get(text)
        if found is None:
            if len(self.seen) >= SEEN_TEXTS:
                self.seen.clear()
            get = self.vocabulary.get
            found = self.seen[text] = tuple(j for j in map(get, self.pieces(text)) if j is not None)
        return found

    def weighted(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(text, column, l2-normalised weight) of each known piece of ``texts``,
        flat: text after text, each text's pieces by column (from ``offset``)."""
        owners, columns = self.known(texts)
        size = len(self.vocabulary)
        pairs, counts = _counted(owners * size + columns)
        rows, columns = np.divmod(pairs, size)
        values = counts.astype(np.float64)
        if self.sublinear_tf:
            np.log(values, out=values)
            values += 1.0
        if self.idf is not None:
            values *= self.idf.take(columns)
        norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=len(texts)))
        norms[norms == 0.0] = 1.0
        values /= norms.take(rows)
        columns += self.offset
        return rows, columns, values


@dataclass(frozen=True)
class LinearModel:
    """Vectorisers (one per text of a row), weights and intercepts, class names."""

    vectorizers: tuple[Vectorizer, ...]
    weights: np.ndarray  # (features, outputs)
    intercept: np.ndarray  # (outputs,)
    classes: tuple[str, ...]
    one_vs_rest: bool  # one binary model per class (probabilities), not one class
    normalised: bool  # one-vs-rest probabilities divided by their sum (single-label)

    def decision(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """Scores (rows, outputs), as ``decision_function`` gives them; a long
        batch in slices of ``BATCH_ROWS`` (a row's score is its own sums)."""
        if len(rows) <= BATCH_ROWS:
            return self._decision(rows)
        return np.concatenate([self._decision(rows[k:k + BATCH_ROWS])
                               for k in range(0, len(rows), BATCH_ROWS)])

    def _decision(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        n = len(rows)
        total = None
        for k, vectorizer in enumerate(self.vectorizers):
            texts = list(map(itemgetter(k), rows))
            if total is None:  # the sums of the first texts, each distinct one's shared by its rows
                distinct = list(dict.fromkeys(texts))
                owners, columns, values = vectorizer.weighted(distinct)
                total = sums_in_order(owners, self._terms(columns, values), len(distinct))
                if len(distinct) < n:
                    where = {t: i for i, t in enumerate(distinct)}
                    total = total.take(np.fromiter(map(where.__getitem__, texts), dtype=np.intp,
                                                   count=n), axis=0)
            else:  # later columns go on adding to the same sums, in order
                owners, columns, values = vectorizer.weighted(texts)
                total = sums_in_order(np.concatenate((np.arange(n), owners)),
                                      np.concatenate((total, self._terms(columns, values))), n)
        assert total is not None
        return total + self.intercept

    def _terms(self, columns: np.ndarray, values: np.ndarray) -> np.ndarray:
        """The products (pieces, outputs) of each piece's weight and its column's weights."""
        terms = self.weights.take(columns, axis=0)  # take: rows copied whole
        terms *= values[:, None]
        return terms

    def predict(self, rows: Sequence[Sequence[str]]) -> list[str]:
        """The class of each row (``predict``)."""
        if not rows:
            return []
        scores = self.decision(rows)
        if scores.shape[1] == 1:
            return [self.classes[int(s > 0)] for s in scores[:, 0]]
        return [self.classes[i] for i in scores.argmax(axis=1)]

    def probabilities(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """One-vs-rest probabilities (rows, classes), as ``predict_proba`` gives them
        (with a single class: its complement first, then it)."""
        if not self.one_vs_rest:
            raise ModelError("probabilities of a model that is not one-vs-rest")
        found = expit(self.decision(rows))
        if found.shape[1] == 1:
            found = np.concatenate([1 - found, found], axis=1)
        if self.normalised:
            sums = np.sum(found, axis=1)[:, np.newaxis]
            np.divide(found, sums, out=found, where=sums != 0)
        return found


def _vectorizer(fitted: Any, offset: int) -> Vectorizer:
    plain = (fitted.input == "content" and fitted.norm == "l2" and not fitted.binary
             and fitted.preprocessor is None and fitted.tokenizer is None
             and fitted.strip_accents is None and fitted.stop_words is None)
    if not plain or fitted.analyzer not in ("char_wb", "word") or \
            (fitted.analyzer == "word" and tuple(fitted.ngram_range) != (1, 1)):
        raise ModelError(f"a vectoriser this scorer does not know: {fitted!r}")
    return make_vectorizer(
        analyzer=fitted.analyzer, ngram_range=tuple(fitted.ngram_range), lowercase=fitted.lowercase,
        token_pattern=fitted.token_pattern if fitted.analyzer == "word" else None,
        vocabulary=dict(fitted.vocabulary_), offset=offset, sublinear_tf=fitted.sublinear_tf,
        idf=np.asarray(fitted.idf_, dtype=np.float64) if fitted.use_idf else None)


def make_vectorizer(*, analyzer: str, ngram_range: tuple[int, int], lowercase: bool,
                    token_pattern: str | None, vocabulary: dict[str, int],
                    idf: np.ndarray | None, sublinear_tf: bool, offset: int) -> Vectorizer:
    """A vectoriser from its settings and fitted vocabulary (and idf weights),
    with the n-gram index of a ``char_wb`` vocabulary."""
    low, high = ngram_range
    return Vectorizer(
        index=gram_index(vocabulary, low, high) if analyzer == "char_wb" else None,
        analyzer=analyzer, ngram_range=(low, high), lowercase=lowercase,
        token_pattern=re.compile(token_pattern) if token_pattern is not None else None,
        vocabulary=vocabulary, offset=offset, sublinear_tf=sublinear_tf, idf=idf)


def _vectorizers(features: Any) -> tuple[Vectorizer, ...]:
    """The vectorisers of a pipeline's first step (one, or a ColumnTransformer's)."""
    if not hasattr(features, "transformers_"):
        return (_vectorizer(features, 0),)
    parts = [(column, fitted) for _, fitted, column in features.transformers_
             if not isinstance(fitted, str)]  # "drop": the remainder
    if [c for c, _ in parts] != list(range(len(parts))) or not features.sparse_output_:
        raise ModelError("a column layout this scorer does not know")
    out, offset = [], 0
    for _, fitted in parts:
        out.append(_vectorizer(fitted, offset))
        offset += len(fitted.vocabulary_)
    return tuple(out)


def compile_pipeline(pipeline: Any) -> LinearModel:
    """The weights of a fitted (vectorisers → linear classifier) pipeline."""
    features, classifier = pipeline.steps[0][1], pipeline.steps[-1][1]
    if len(pipeline.steps) != 2:
        raise ModelError("a pipeline this scorer does not know")
    estimators = getattr(classifier, "estimators_", None)
    if estimators is not None:  # one-vs-rest: one binary model per class
        if any(getattr(e, "coef_", np.zeros((2, 0))).shape[0] != 1 for e in estimators):
            raise ModelError("a one-vs-rest model this scorer does not know")
        coef = np.vstack([e.coef_ for e in estimators])
        intercept = np.concatenate([e.intercept_ for e in estimators])
    else:
        coef, intercept = classifier.coef_, classifier.intercept_
    classes = tuple(str(c) for c in classifier.classes_)
    return LinearModel(vectorizers=_vectorizers(features),
                       weights=np.ascontiguousarray(coef.T, dtype=np.float64),
                       intercept=np.asarray(intercept, dtype=np.float64), classes=classes,
                       one_vs_rest=estimators is not None,
                       normalised=estimators is not None and not classifier.multilabel_)
