"""The clause classifier: load, predict, boundaries, model errors."""

from __future__ import annotations

import shutil

import pytest

from shebao.cause import classify, weights
from shebao.cause.models import ModelError


@pytest.mark.parametrize(("text", "expected"), [
    ("养老保险基金支出增长10%，增长的主要原因是退休人数增加。其他支出5万元。", ["退休人数增加"]),
    ("由于缴费基数提高，造成收入增加。", ["缴费基数提高"]),
    ("如果由于人数减少导致支出下降，应调整预算。", []),
])
def test_classify_find_spans(model_dir, text: str, expected: list[str]) -> None:
    model = classify.load_model(model_dir)
    assert [text[s.start:s.end] for s in classify.find_spans(text, model)] == expected


def test_classify_missing_model_names_file_and_command(tmp_path) -> None:
    with pytest.raises(ModelError, match=r"model\.skops.*shebao train"):
        classify.load_model(tmp_path)


def test_classify_corrupt_model_names_file_and_command(model_dir, tmp_path) -> None:
    shutil.copytree(model_dir / classify.NAME, tmp_path / classify.NAME)
    for scorer_file in (weights.ARRAYS_FILE, weights.LAYOUT_FILE):  # read from the pipeline
        (tmp_path / classify.NAME / scorer_file).unlink()
    (tmp_path / classify.NAME / "model.skops").write_bytes(b"not a zip")
    with pytest.raises(ModelError, match=r"model\.skops: corrupt.*shebao train"):
        classify.load_model(tmp_path)


def test_classify_incompatible_format_is_refused(model_dir, tmp_path) -> None:
    shutil.copytree(model_dir / classify.NAME, tmp_path / classify.NAME)
    (tmp_path / classify.NAME / "metadata.json").write_text('{"format_version": 99}')
    with pytest.raises(ModelError, match="format 99"):
        classify.load_model(tmp_path)


@pytest.mark.parametrize(("text", "labels", "expected"), [
    pytest.param("收入减少的主要原因：\n（1）征缴收入：减半征收，\n单位缴费减少。\n（2）利息收入：存款到期少。\n二、支出",
                 ["effect", "cause", "neither", "neither", "neither", "effect", "neither"],
                 "（1）征缴收入：减半征收，\n单位缴费减少。\n（2）利息收入：存款到期少", id="headline-list-whole"),
    pytest.param("支出增长的主要原因是待遇调整，人数增加，较上年多支出20万元，导致支出增长。",
                 ["cause", "cause", "neither", "effect"], "待遇调整，人数增加，较上年多支出20万元",
                 id="after-cue-runs-to-closing-effect"),
    pytest.param("由于费率下调，欠费增多，加之补缴减少，收入下降。",
                 ["cause", "cause", "neither", "effect"], "费率下调，欠费增多", id="opening-cue-stops-at-effect"),
    pytest.param("结余受政策调整影响较大。", ["cause"], "受政策调整影响", id="affected-effect-in-clause"),
    pytest.param("支出增加，主要是住院人次增多所致。", ["effect", "cause"], "住院人次增多", id="closing-word-left-out"),
    pytest.param("受降费政策影响，征缴收入下降。", ["cause", "effect"], "降费政策影响", id="affected-starts-after-shou"),
    pytest.param("补助收入减少30万元，主要受分配办法调整影响，本县分得份额下降。", ["effect", "cause", "effect"],
                 "分配办法调整影响，本县分得份额下降", id="affected-after-stated-effect-runs-on"),
    pytest.param("利息收入增加，主要原因为：由于大额存款集中到期。", ["effect", "cause", "cause"], "大额存款集中到期",
                 id="headline-then-youyu-lead-left-out"),
    pytest.param("支出增长归因于两个方面：其一，待遇标准上调；其二，新增退休人员较多。",
                 ["cause", "cause", "cause"], "其一，待遇标准上调；其二，新增退休人员较多", id="count-lead-left-out"),
])
def test_classify_assemble_extent(text: str, labels: list[str], expected: str) -> None:
    clauses, span, at, cue = classify.candidates(text)[0]
    padded = (labels + ["neither"] * len(span))[:len(span)]
    got = classify.assemble(text, clauses, span, at, cue, padded)
    assert text[got.start:got.end] == expected


@pytest.mark.parametrize(("text", "labels", "expected"), [
    pytest.param("居民医保待遇支出因慢性病患者增多而上升。", ["cause"], "慢性病患者增多", id="yin-er-stops-at-er"),
    pytest.param("其他收入因罚没款集中入账而增加，主要来自稽核。", ["cause", "neither"], "罚没款集中入账",
                 id="yin-er-before-comma"),
])
def test_classify_assemble_because_then_stops_at_er(text: str, labels: list[str], expected: str) -> None:
    clauses, span, at, cue = classify.candidates(text)[0]
    padded = (labels + ["neither"] * len(span))[:len(span)]
    got = classify.assemble(text, clauses, span, at, cue, padded)
    assert text[got.start:got.end] == expected


@pytest.mark.parametrize(("text", "cue_text", "headline"), [
    pytest.param("利息收入300万元，存款利息收入偏少\n\n主要是活期存款占比较高。", "主要是", "存款利息收入偏少\n\n",
                 id="wrap-joined"),
    pytest.param("利息收入偏少。\n主要是活期存款占比较高。", "主要是", "", id="sentence-end-kept-apart"),
    pytest.param("（二）利息收入\n主要是活期存款占比较高。", "主要是", "", id="heading-line-not-wrapped"),
])
def test_classify_headline_runs_back_over_pdf_wraps(text: str, cue_text: str, headline: str) -> None:
    found = [c for c in classify.candidates(text) if c[3].text == cue_text][0]
    clauses, span, at, cue = found
    got = classify.assemble(text, clauses, span, at, cue, ["cause"] * len(span))
    assert got.headline == headline
