"""Regression guard: fact-level F1 on the shipped example reports.

Each floor is 0.05 below the F1 measured when the guard was written; it
guards against regressions, it is not a target.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from shebao.evaluate.run import FileResult, evaluate_dir
from tests.paths import ANNOTATIONS, EXAMPLES

GOLD = ANNOTATIONS / "examples"
REPORTS = EXAMPLES

# F1 measured when written, minus 0.05 (rounded down).
FLOORS = {
    "gansu-longyuan-county-2018-resident-fullwidth": 0.95,  # measured 1.000
    "hebei-luanbei-county-2021-pension": 0.95,  # measured 1.000
    "heilongjiang-songnen-county-2019-injury-unemployment-maternity": 0.95,  # measured 1.000
    "hunan-yuanxi-county-2019-medical-gb18030": 0.93,  # measured 0.980
    "shandong-yibei-county-2020-enterprise-pension": 0.95,  # measured 1.000
    "sichuan-qingmin-county-2020-unemployment-injury-utf16": 0.95,  # measured 1.000
    "xinjiang-aketash-city-2021-two-reports": 0.87,  # measured 0.928
    "zhejiang-jiaxi-city-2022-all-funds-table-bom": 0.95,  # measured 1.000
}


@lru_cache(maxsize=1)
def _results() -> dict[str, FileResult]:
    return {r.name: r for r in evaluate_dir(GOLD, [REPORTS])}


def test_examples_gold_every_gold_file_has_a_floor_and_a_report() -> None:
    stems = sorted(p.stem for p in GOLD.glob("*.jsonl"))
    assert stems == sorted(FLOORS) == sorted(_results())


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_examples_gold_f1_at_least_floor(stem: str) -> None:
    assert _results()[stem].score.f1 >= FLOORS[stem]
