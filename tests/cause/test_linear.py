"""The weight scorer gives scikit-learn's scores for the cause models."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from shebao.cause import categories, classify, linear, models
from shebao.cause.features import rows
from shebao.cause.linear import compile_pipeline
from shebao.cause.ngrams import char_wb_grams, gram_index

TEXTS = [
    "受降费政策影响，征缴收入较上年减少12.5%。",
    "支出增长的主要原因是：一是待遇标准上调；二是退休人数增加。",
    "由于部分单位欠缴，收入未完成预算，执行率为91.3%。",
    "结余 下降 A 3 因 Covid-19 疫情",  # spaces, Latin letters, one-letter words
    "",
]


@pytest.mark.parametrize("text", [*TEXTS, "a", "ab  CD\tefg\n h", " 新 增 "])
@pytest.mark.parametrize("sizes", [(1, 3), (2, 4), (1, 1)])
def test_linear_char_wb_grams_equal_sklearn(text: str, sizes: tuple[int, int]) -> None:
    analyze = TfidfVectorizer(analyzer="char_wb", ngram_range=sizes, lowercase=False).build_analyzer()
    assert char_wb_grams(text, *sizes) == analyze(text)


def _clause_rows() -> list[list[str]]:
    return [row for text in TEXTS for found in classify.candidates(text) for row in rows(*found)]


def test_linear_clause_scores_equal_sklearn(model_dir) -> None:
    pipeline = models.load(model_dir / classify.NAME, classify.FORMAT_VERSION)[0]
    table = _clause_rows() + [[t, "__pos_p1 __cue_due_to"] for t in TEXTS]
    scorer = compile_pipeline(pipeline)
    matrix = classify.as_matrix(table)
    assert np.allclose(scorer.decision(table), pipeline.decision_function(matrix), rtol=0, atol=1e-12)
    assert scorer.predict(table) == list(pipeline.predict(matrix))
    one = [table[0]]  # a batch of one row
    assert np.allclose(scorer.decision(one), pipeline.decision_function(classify.as_matrix(one)),
                       rtol=0, atol=1e-12)


def test_linear_category_probabilities_equal_sklearn(model_dir) -> None:
    pipeline = models.load(model_dir / categories.NAME, categories.FORMAT_VERSION)[0]
    scorer = compile_pipeline(pipeline)
    got = scorer.probabilities([(t,) for t in TEXTS])
    assert np.allclose(got, pipeline.predict_proba(TEXTS), rtol=0, atol=1e-12)


def test_linear_loaded_models_are_scorers(model_dir) -> None:
    model, classes = categories.load_model(model_dir)
    assert classify.load_model(model_dir).classes == ("cause", "effect", "neither")
    assert model.one_vs_rest and not model.normalised and len(classes) == model.weights.shape[1]


def test_linear_gram_index_finds_the_known_grams_of_each_text() -> None:
    texts = [*TEXTS, "a", "ab  CD\tefg\n h", "x\udcff y"]  # a lone surrogate (undecodable byte)
    vocabulary = {g: j for j, g in enumerate(dict.fromkeys(
        g for t in texts[::2] for g in char_wb_grams(t, 1, 3)))}
    index = gram_index(vocabulary, 1, 3)
    assert index is not None
    owners, columns = index.known(texts)
    got = sorted(zip(owners.tolist(), columns.tolist()))
    expected = sorted((k, vocabulary[g]) for k, t in enumerate(texts)
                      for g in char_wb_grams(t, 1, 3) if g in vocabulary)
    assert got == expected


def test_linear_without_gram_index_scores_the_same(model_dir) -> None:
    scorer = classify.load_model(model_dir)
    plain = replace(scorer, vectorizers=tuple(replace(v, index=None) for v in scorer.vectorizers))
    table = _clause_rows()
    assert np.array_equal(plain.decision(table), scorer.decision(table))


def test_linear_scores_rows_without_known_pieces(model_dir) -> None:
    scorer = classify.load_model(model_dir)
    pipeline = models.load(model_dir / classify.NAME, classify.FORMAT_VERSION)[0]
    table = [["", ""], ["   ", "__nothing_known"]]
    assert np.allclose(scorer.decision(table), pipeline.decision_function(classify.as_matrix(table)),
                       rtol=0, atol=1e-12)


def test_linear_one_class_probabilities_equal_sklearn() -> None:
    pipeline = categories.build().fit(TEXTS[:4], np.array([[1], [0], [1], [0]]))
    scorer = compile_pipeline(pipeline)
    assert np.allclose(scorer.probabilities([(t,) for t in TEXTS]), pipeline.predict_proba(TEXTS),
                       rtol=0, atol=1e-12)


def test_linear_refuses_a_vectoriser_it_does_not_know() -> None:
    pipeline = categories.build().fit(TEXTS[:4], np.array([[1, 0], [0, 1], [1, 1], [0, 0]]))
    pipeline.steps[0][1].set_params(analyzer="char")
    with pytest.raises(models.ModelError, match="vectoriser"):
        compile_pipeline(pipeline)


def test_linear_scores_in_slices_equal_one_batch(model_dir, monkeypatch) -> None:
    scorer = classify.load_model(model_dir)
    table = (_clause_rows() + [[t, "__pos_p1 __cue_due_to"] for t in TEXTS]) * 3
    whole = scorer.decision(table)
    monkeypatch.setattr(linear, "BATCH_ROWS", 4)  # slices of unequal widths, a short last one
    assert np.array_equal(scorer.decision(table), whole)
    assert scorer.predict(table) == [scorer.classes[i] for i in whole.argmax(axis=1)]
