"""Trial corrections narrowed by solving the relation find exactly what testing each finds."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
import regex

from shebao.check.diagnose import _equal, _fitting
from shebao.check.facts import FactIndex
from shebao.check.relations import Relation, relations
from shebao.check.trials import trials
from shebao.records import Fact

UNITS = ("元", "万元", "亿元")


def _fact(metric: str, value: Decimal, unit: str, *, year: int = 2020, basis: str = "actual",
          measure: str = "level", start: int = 0, part_of: int | None = None) -> Fact:
    text = f"{value}{unit}"
    return Fact(fund="work_injury", fund_name=None, account=None, metric=metric,
                metric_name=None, year=year, basis=basis, measure=measure, value=value,
                unit=unit, value_wan=None, text=text, sentence=f"s{start}", section=(),
                start=start, end=start + len(text), confidence=1.0, part_of=part_of)


def _written(rng: random.Random, value: float) -> Decimal:
    """``value`` as a report may write it: rounded to 0–2 decimals, now and then one digit off."""
    places = rng.choice((0, 1, 2))
    written = Decimal(repr(round(value, places))).quantize(Decimal(1).scaleb(-places))
    if rng.random() < 0.4:  # a slip: one digit dropped, or the figure ten times off
        digits = str(abs(written))
        at = rng.randrange(len(digits))
        slipped = digits[:at] + digits[at + 1:] if digits[at].isdigit() else digits + "0"
        if slipped.strip(".") and not slipped.startswith(".") and not slipped.endswith("."):
            written = Decimal(slipped).copy_sign(written)
    return written


def _report(rng: random.Random) -> list[Fact]:
    """One fund's year: levels, change, rates, budget, balance and a list of items."""
    now, before = rng.uniform(50, 5000), rng.uniform(50, 5000)
    spent, budget = rng.uniform(10, 5000), rng.uniform(50, 5000)
    unit = rng.choice(UNITS)
    figures = [
        ("income_total", now, unit, {}), ("income_total", before, unit, {"year": 2019}),
        ("income_total", now - before, rng.choice(UNITS), {"measure": "yoy_change"}),
        ("income_total", 100 * (now - before) / before, "%", {"measure": "yoy_rate"}),
        ("income_total", budget, unit, {"basis": "budget"}),
        ("income_total", 100 * now / budget, "%", {"measure": "budget_rate"}),
        ("expenditure_total", spent, unit, {}),
        ("annual_balance", now - spent, unit, {}),
    ]
    if rng.random() < 0.3:  # no last year's level: the rate is checked against this year's
        del figures[1]
    facts = [_fact(m, _written(rng, v), u, start=10 * k, **kw)
             for k, (m, v, u, kw) in enumerate(figures)]
    head = facts[-2]  # the expenditure, with items that add up to it (or fall short)
    shares = [rng.uniform(0.1, 1) for _ in range(rng.randint(1, 4))]
    total = sum(shares) * rng.choice((1, 1, 1.3))
    facts += [_fact("other", _written(rng, spent * s / total), unit, start=500 + 10 * k,
                    part_of=head.start) for k, s in enumerate(shares)]
    return facts


def _tested_each(relation: Relation, kind: str, index: FactIndex, truncated: bool) -> dict:
    base = [index.fast(f, truncated) for f in relation.facts]
    found: dict = {}
    for i, fact in enumerate(relation.facts):
        for value, fix in trials(fact, kind, truncated):
            values = list(base)
            values[i] = value
            if _equal(relation, values):
                found.setdefault(i, []).append(fix)
    return found


@pytest.mark.parametrize("seed", range(2))
def test_trials_solved_relations_find_every_fitting_correction(seed: int) -> None:
    rng = random.Random(seed)
    shapes, fitting = set(), 0
    for _ in range(20):
        index = FactIndex(_report(rng))
        for relation in relations(index):
            shapes.add(regex.sub(r"\{\d+\}", "", relation.formula))
            for kind in ("unit", "digit"):
                for truncated in (True, False):
                    found = _fitting(relation, kind, index, truncated)
                    assert found == _tested_each(relation, kind, index, truncated)
                    fitting += bool(found)
    assert fitting > 50 and len(shapes) >= 7  # items, balance, change and every rate shape
