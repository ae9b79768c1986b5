"""The fact confidence model: loads as plain numbers, scores in [0, 1], orders
facts by their evidence, and the committed model is what training gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shebao.evaluate.calibration import calibration_table, expected_error, format_table
from shebao.link import confidence_model as cm
from shebao.link.facts import to_fact
from shebao.link.model import Draft
from tests.link.sentences import PENSION, link_texts
from tests.paths import SEEDS


def _features(draft: Draft, genre: str | None = "final_accounts") -> cm.Features:
    fact = to_fact(draft, draft.sentence.text, lambda s, e: (s, e))
    return cm.features(draft, fact, genre)


def _named_and_inherited() -> tuple[cm.Features, cm.Features]:
    """A fund named in the figure's clause with a named metric, and a fund
    from the section with an unnamed metric."""
    [named] = link_texts("失业保险基金收入520万元。")
    [inherited] = link_texts("另有款项48万元。", fund=PENSION)
    assert named[0].evidence.fund_source == "clause" and named[0].metric != "other"
    assert inherited[0].evidence.fund_source == "section" and inherited[0].metric == "other"
    return _features(named[0]), _features(inherited[0])


def test_loading_and_scoring_import_no_sklearn() -> None:
    code = ("import sys\n"
            "from shebao.link import confidence_model as cm\n"
            "m = cm.shipped_model()\n"
            "assert m is not None\n"
            "p = m.score({'fund_source=clause': 1.0, 'rule_confidence': 0.9})\n"
            "assert 0.0 <= p <= 1.0\n"
            "print(sorted(k for k in sys.modules if k.split('.')[0] == 'sklearn'))\n")
    src = str(Path(cm.__file__).resolve().parents[2])  # this checkout's src/, not an installed copy
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": src})
    assert out.stdout.strip() == "[]"


def test_model_file_is_plain_numbers() -> None:
    data = cm.read_model_json()
    assert data is not None
    assert len(data["feature_names"]) == len(data["coefficients"])
    assert all(isinstance(w, float) for w in data["coefficients"])
    assert data["training"]["rows_from"].startswith("first runs over held-out sets")
    assert {s["name"] for s in data["training"]["sets"]} >= {"heldout4", "heldout5"}


def test_scores_lie_in_zero_one() -> None:
    model = cm.shipped_model()
    assert model is not None
    for feats in (*_named_and_inherited(), {}, {"metric_other": 50.0}, {"account_set": -50.0}):
        assert 0.0 <= model.score(feats) <= 1.0


def test_facts_get_two_decimal_scores_from_the_model() -> None:
    [drafts] = link_texts("失业保险基金收入520万元，较上年增加12万元。")
    for d in drafts:
        fact = to_fact(d, d.sentence.text, lambda s, e: (s, e))
        c = cm.fact_confidence(d, fact, None)
        assert 0.0 <= c <= 1.0 and c == round(c, 2)


def test_without_a_model_the_rule_confidence_stays() -> None:
    [drafts] = link_texts("失业保险基金收入520万元。")
    fact = to_fact(drafts[0], drafts[0].sentence.text, lambda s, e: (s, e))
    assert cm.fact_confidence(drafts[0], fact, None, model=lambda: None) == drafts[0].confidence


def test_recording_collects_the_features_of_scored_facts() -> None:
    [drafts] = link_texts("失业保险基金收入520万元。")
    fact = to_fact(drafts[0], drafts[0].sentence.text, lambda s, e: (s, e))
    with cm.recording() as rows:
        cm.fact_confidence(drafts[0], fact, "budget")
    assert rows[0][0]["genre=budget"] == 1.0 and rows[0][1] is fact


def test_interpolate_is_flat_beyond_the_ends() -> None:
    xs, ys = (0.2, 0.6), (0.1, 0.9)
    assert cm.interpolate(0.0, xs, ys) == 0.1
    assert cm.interpolate(1.0, xs, ys) == 0.9
    assert cm.interpolate(0.4, xs, ys) == pytest.approx(0.5)


def test_evidence_orders_the_score_when_the_data_shows_it() -> None:
    """Trained on rows where inherited, unnamed links are often wrong, the
    model scores a named link above an inherited one."""
    from shebao.evaluate.confidence_rows import Row
    from shebao.evaluate.confidence_train import _as_model, _fit

    named, inherited = _named_and_inherited()
    rows = [Row(named, True, f"r{i % 6}") for i in range(60)]
    rows += [Row(inherited, i % 3 == 0, f"r{i % 6}") for i in range(60)]
    model = _as_model(*_fit(rows))
    assert model.score(named) > model.score(inherited)


def test_shipped_model_never_ranks_the_inherited_link_higher() -> None:
    model = cm.shipped_model()
    assert model is not None
    named, inherited = _named_and_inherited()
    assert model.score(named) >= model.score(inherited)


def test_shipped_model_ranks_a_named_link_higher() -> None:
    model = cm.shipped_model()
    assert model is not None
    named, inherited = _named_and_inherited()
    assert model.score(named) > model.score(inherited)


def test_calibration_table_on_a_toy_set() -> None:
    conf = [0.95, 0.95, 0.95, 0.95, 0.6, 0.6, 1.0]
    right = [True, True, True, False, True, False, True]
    table = calibration_table(conf, right, edges=(0.0, 0.5, 0.9, 1.0))
    assert [b.count for b in table] == [0, 2, 5]
    assert table[0].accuracy is None
    assert table[1].accuracy == 0.5 and table[1].mean_confidence == pytest.approx(0.6)
    assert table[2].accuracy == 0.8 and table[2].mean_confidence == pytest.approx(0.96)
    assert expected_error(table) == pytest.approx((2 * 0.1 + 5 * 0.16) / 7)
    assert "ECE" in format_table(table)


def test_calibration_table_needs_one_label_per_confidence() -> None:
    with pytest.raises(ValueError):
        calibration_table([0.9], [])


@pytest.mark.slow
def test_committed_model_is_what_training_gives(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed reports not available in {SEEDS}: the shipped model was trained with them")
    from shebao.cli.main import main

    assert main(["train", "--confidence", "--out", str(tmp_path)]) == 0
    built = json.loads((tmp_path / cm.MODEL_FILE).read_text(encoding="utf-8"))
    shipped = cm.read_model_json()
    assert shipped is not None
    for key in ("format_version", "feature_names", "training"):
        assert built[key] == shipped[key], key
    assert built["coefficients"] == pytest.approx(shipped["coefficients"], abs=1e-6)
    assert built["intercept"] == pytest.approx(shipped["intercept"], abs=1e-6)
    for axis in ("x", "y"):
        assert built["calibration"][axis] == pytest.approx(shipped["calibration"][axis], abs=1e-6)
    assert built["scores"]["cv"]["table"] == shipped["scores"]["cv"]["table"]


def test_shipped_model_equals_what_train_builds() -> None:
    """`shebao train --confidence` rebuilds the shipped file from the recorded
    first runs: same data hash, same features, same numbers."""
    from shebao.evaluate.confidence_train import build

    shipped = cm.read_model_json()
    assert shipped is not None
    built = build()
    assert built["training"]["data_sha256"] == shipped["training"]["data_sha256"]
    assert built["feature_names"] == shipped["feature_names"]
    assert built["coefficients"] == pytest.approx(shipped["coefficients"], abs=1e-6)
    assert built["calibration"]["y"] == pytest.approx(shipped["calibration"]["y"], abs=1e-6)


def test_draft_confidence_scores_as_the_fact_it_becomes() -> None:
    [drafts] = link_texts("失业保险基金收入520万元，较上年增加12万元，增长2.4%。")
    for d in drafts:
        fact = to_fact(d, d.sentence.text, lambda s, e: (s, e), "text", "year")
        assert cm.draft_confidence(d, "text", "year", "budget") == cm.fact_confidence(d, fact, "budget")
