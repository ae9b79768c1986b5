"""Fact-level scoring against gold, gold loading, and the seed gold itself."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from shebao.evaluate.gold import GoldError, GoldFact, load_gold
from shebao.evaluate.score import Score, align, score
from shebao.ingest.read import read_document
from shebao.normalise import normalise
from shebao.pipeline import extract_document
from shebao.records import Fact
from shebao.segment import segment
from tests.paths import ANNOTATIONS

SEED_GOLD = ANNOTATIONS / "seeds"

LABELS = dict(fund="work_injury", account=None, metric="income_total", year=2020,
              basis="actual", measure="level")


def _gold(start: int, end: int, value: str, **labels) -> GoldFact:
    slots = {**LABELS, **labels}
    return GoldFact(start, end, "x" * (end - start), slots["fund"], slots["account"],
                    slots["metric"], slots["year"], slots["basis"], slots["measure"],
                    Decimal(value))


def _fact(start: int, end: int, value: str, **labels) -> Fact:
    slots = {**LABELS, **labels}
    return Fact(slots["fund"], None, slots["account"], slots["metric"], None, slots["year"],
                slots["basis"], slots["measure"], Decimal(value), "万元", Decimal(value),
                "x" * (end - start), "", (), start, end, 0.9)


@pytest.mark.parametrize(("facts", "gold", "expected"), [
    pytest.param([_fact(0, 6, "10")], [_gold(0, 6, "10")], Score(1, 0, 0), id="same-span"),
    pytest.param([_fact(2, 6, "10")], [_gold(0, 4, "10")], Score(1, 0, 0), id="overlap"),
    pytest.param([_fact(4, 8, "10")], [_gold(0, 4, "10")], Score(0, 1, 1), id="touching-only"),
    pytest.param([_fact(0, 6, "10")], [_gold(0, 6, "10.0")], Score(1, 0, 0),
                 id="equal-decimal-value"),
    pytest.param([_fact(0, 6, "10")], [_gold(0, 6, "-10")], Score(0, 1, 1), id="value-sign"),
    pytest.param([_fact(0, 6, "10", fund="maternity")], [_gold(0, 6, "10")], Score(0, 1, 1),
                 id="fund-differs"),
    pytest.param([_fact(0, 6, "10", account="pooling")], [_gold(0, 6, "10")], Score(0, 1, 1),
                 id="account-differs"),
    pytest.param([_fact(0, 6, "10", year=2019)], [_gold(0, 6, "10")], Score(0, 1, 1),
                 id="year-differs"),
    pytest.param([_fact(0, 6, "10", basis="budget")], [_gold(0, 6, "10")], Score(0, 1, 1),
                 id="basis-differs"),
    pytest.param([_fact(0, 6, "10", measure="yoy_change")], [_gold(0, 6, "10")],
                 Score(0, 1, 1), id="measure-differs"),
    pytest.param([_fact(0, 6, "10"), _fact(0, 6, "10")], [_gold(0, 6, "10")], Score(1, 1, 0),
                 id="one-to-one-duplicate-fact"),
    pytest.param([_fact(0, 6, "10")], [_gold(0, 6, "10"), _gold(0, 6, "10")], Score(1, 0, 1),
                 id="one-to-one-duplicate-gold"),
    pytest.param([], [_gold(0, 6, "10")], Score(0, 0, 1), id="nothing-predicted"),
])
def test_score_counts(facts, gold, expected: Score) -> None:
    assert score(facts, gold) == expected


def test_score_spans_only_ignores_labels() -> None:
    assert score([_fact(0, 6, "10", fund="maternity")], [_gold(0, 6, "-3")], False) == \
        Score(1, 0, 0)


def test_score_align_pairs_each_gold_with_its_match() -> None:
    facts = [_fact(10, 14, "2"), _fact(0, 4, "1")]
    assert sorted(align(facts, [_gold(0, 4, "1"), _gold(10, 14, "2")])) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(("s", "p", "r", "f1"), [
    pytest.param(Score(3, 1, 2), 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35, id="mixed"),
    pytest.param(Score(0, 0, 0), 0.0, 0.0, 0.0, id="empty"),
    pytest.param(Score(2, 0, 0), 1.0, 1.0, 1.0, id="perfect"),
])
def test_score_precision_recall_f1(s: Score, p: float, r: float, f1: float) -> None:
    assert (s.precision, s.recall, s.f1) == pytest.approx((p, r, f1))


def test_score_sum_adds_counts() -> None:
    assert Score(1, 2, 3) + Score(4, 5, 6) == Score(5, 7, 9)


GOOD_ROW = {"start": 3, "end": 9, "text": "1500万元", "fund": "work_injury", "account": None,
            "metric": "income_total", "year": 2020, "basis": "actual", "measure": "level",
            "value": "1500"}
SOURCE = "收入为1500万元。"


def _write(tmp_path: Path, row: dict) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_score_load_gold_reads_a_row(tmp_path: Path) -> None:
    (g,) = load_gold(_write(tmp_path, GOOD_ROW), SOURCE)
    assert (g.text, g.fund, g.value) == ("1500万元", "work_injury", Decimal("1500"))


@pytest.mark.parametrize("row", [
    pytest.param({**GOOD_ROW, "confidence": 1}, id="unknown-key"),
    pytest.param({k: v for k, v in GOOD_ROW.items() if k != "basis"}, id="missing-key"),
    pytest.param({**GOOD_ROW, "start": 2}, id="span-not-the-text"),
])
def test_score_load_gold_rejects_bad_rows(tmp_path: Path, row: dict) -> None:
    with pytest.raises(GoldError):
        load_gold(_write(tmp_path, row), SOURCE)


# ------------------------------------------------------------ real seeds
def _seed_stems() -> list[str]:
    return sorted(p.stem for p in SEED_GOLD.glob("*.jsonl"))


@pytest.mark.parametrize("stem", _seed_stems())
def test_score_seed_gold_spans_index_the_source(stem: str, seed) -> None:
    source = read_document(seed(stem)).text
    gold = load_gold(SEED_GOLD / f"{stem}.jsonl")
    assert gold and [g for g in gold if source[g.start:g.end] != g.text] == []


@pytest.mark.parametrize("stem", _seed_stems())
def test_score_seed_extracted_spans_index_the_source(stem: str, seed) -> None:
    doc = read_document(seed(stem))
    facts = [f for r in extract_document(doc) for f in r.facts]
    assert facts and [f for f in facts if doc.text[f.start:f.end] != f.text] == []


def test_score_seed_with_four_reports(seed) -> None:
    doc = read_document(seed("001_409ac94866773786"))
    assert [r.report_index for r in extract_document(doc)] == [0, 1, 2, 3]


def test_score_seed_table_rows_give_two_levels_a_change_and_a_rate(seed) -> None:
    doc = read_document(seed("000_5a82b5eddda870d2"))
    mapped = normalise(doc.text)
    tables = [t for r in segment(mapped.text) for t in r.tables]
    assert tables
    facts_at = {(f.start, f.end): f for r in extract_document(doc) for f in r.facts}
    per_row: dict[str, list[str]] = defaultdict(list)
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                fact = facts_at.get(mapped.to_source(cell.start, cell.end))
                if fact is not None and fact.text == doc.text[fact.start:fact.end]:
                    per_row[row.label].append(fact.measure)
    labels = [row.label for t in tables for row in t.rows]
    expected = Counter({"level": 2, "yoy_change": 1, "yoy_rate": 1})
    assert {label: Counter(per_row[label]) for label in labels} == \
        {label: expected for label in labels}
