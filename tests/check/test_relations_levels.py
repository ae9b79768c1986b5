"""Relations that read their figures from ``FactIndex.levels`` (one slot
lookup) and ``FactIndex.groups`` (every measure in one pass) find exactly
what the lookups of one key at a time (``FactIndex.one``) found."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from shebao.check import part_sums as ps
from shebao.check import relations as rel
from shebao.check.facts import FactIndex, key
from shebao.records import Fact

FUNDS = ["all_funds", "enterprise_pension", "public_pension", "employee_pension", "work_injury"]
ACCOUNTS = [None, "pooling", "personal"]
METRICS = ["income_total", "contribution_income", "interest_income", "expenditure_total",
           "benefit_expenditure", "annual_balance", "accumulated_balance", "other"]
NAMES = ["name one", "name two"]  # names of an "other" metric
MEASURES = ["level", "level", "yoy_change", "yoy_rate", "budget_rate"]


def _fact(fund, account, metric, name, year, basis, measure, value, unit, start) -> Fact:
    return Fact(fund=fund, fund_name=None, account=account, metric=metric,
                metric_name=name if metric == "other" else None, year=year, basis=basis,
                measure=measure, value=value, unit=unit, value_wan=None,
                text=f"{value}{unit}", sentence=f"s{start}", section=(), start=start,
                end=start + 3, confidence=1.0)


FACTS = st.lists(st.tuples(st.sampled_from(FUNDS), st.sampled_from(ACCOUNTS),
                           st.sampled_from(METRICS), st.sampled_from(NAMES),
                           st.sampled_from([None, 2019, 2020]),
                           st.sampled_from(["actual", "budget"]), st.sampled_from(MEASURES),
                           st.sampled_from([Decimal("1"), Decimal("2.5"), Decimal("40")]),
                           st.sampled_from(["万元", "亿元", "%"])),
                 min_size=1, max_size=40)


def _index(rows) -> FactIndex:
    return FactIndex([_fact(*row, start=k * 10) for k, row in enumerate(rows)])


def _plain_groups(index: FactIndex, measure: str) -> dict:
    out: dict = {}
    for k, facts in index.by_key.items():
        fund, account, metric, name, year, basis, m = k
        if m == measure and year is not None:
            out.setdefault((fund, account, metric, name, basis), {}).setdefault(year, facts[0])
    return out


@settings(max_examples=300, deadline=None)
@given(FACTS)
def test_levels_and_groups_equal_one_key_at_a_time(rows) -> None:
    index = _index(rows)
    levels = index.levels()
    for fund in FUNDS:
        for account in ACCOUNTS:
            for metric in METRICS:
                for name in [None, *NAMES]:
                    for year in [None, 2018, 2019, 2020]:
                        for basis in ["actual", "budget"]:
                            slot = levels.get((fund, account, name, year, basis), {})
                            assert slot.get(metric) is index.one(
                                fund, account, metric, name, year, basis, "level")
    for measure in set(MEASURES) | {"share"}:
        found = index.groups(measure)
        plain = _plain_groups(index, measure)
        assert list(found) == list(plain)
        for group, by_year in plain.items():
            assert list(found[group].items()) == list(by_year.items())


def _plain_budget(index: FactIndex) -> list:
    """Which facts ``budget_rates`` relates, found by one lookup per key."""
    out = []
    for group, by_year in _plain_groups(index, "budget_rate").items():
        fund, account, metric, name, _ = group
        for year, rate in by_year.items():
            actual = index.one(fund, account, metric, name, year, "actual", "level")
            budget = index.one(fund, account, metric, name, year, "budget", "level")
            if actual and budget:
                out.append((actual, budget, rate))
    return out


def _plain_balances(index: FactIndex) -> list:
    """Which facts ``balances`` relates, found by one lookup per key."""
    out = []
    for k, facts in index.by_key.items():
        fund, account, metric, name, year, basis, measure = k
        if measure != "level" or metric != "annual_balance":
            continue
        inc = index.one(fund, account, "income_total", None, year, basis, "level")
        exp = index.one(fund, account, "expenditure_total", None, year, basis, "level")
        if inc and exp:
            out.append((inc, exp, facts[0]))
        if year is None or facts[0].period != "year":
            continue
        acc = index.one(fund, account, "accumulated_balance", None, year, basis, "level")
        prev = index.one(fund, account, "accumulated_balance", None, year - 1, basis, "level")
        if acc and prev:
            out.append((prev, facts[0], acc))
    return out


def _plain_accounts(index: FactIndex) -> list:
    """Which facts ``account_sums`` relates, found by one lookup per key."""
    out = []
    for k, facts in index.by_key.items():
        fund, account, metric, name, year, basis, measure = k
        if measure != "level" or account is not None or facts[0].unit == "%":
            continue
        stated = [index.one(fund, a, metric, name, year, basis, "level")
                  for a in ("pooling", "personal")]
        items = [i for i in stated if i is not None and i.unit != "%"]
        if len(items) < 2:
            continue
        heads = [index.at(i.part_of) for i in items if i.part_of is not None]
        if any(h is None or key(h) != k for h in heads):
            continue
        out.append((facts[0], *items))
    return out


def _plain_parts(index: FactIndex) -> list:
    """Which facts ``metric_parts`` relates, found by one lookup per key."""
    children = ps._children()
    out = []
    for k, facts in index.by_key.items():
        fund, account, metric, name, year, basis, measure = k
        if measure != "level" or metric not in children or account is not None:
            continue
        stated = [index.one(fund, None, c, None, year, basis, "level") for c in children[metric]]
        items = [i for i in stated if i is not None and i.unit != "%"]
        if len(items) >= 2:
            out.append((facts[0], *items))
    return out


@settings(max_examples=300, deadline=None)
@given(FACTS)
def test_relations_equal_one_key_at_a_time(rows) -> None:
    for build, plain in [(rel.balances, _plain_balances), (ps.account_sums, _plain_accounts),
                         (ps.metric_parts, _plain_parts), (rel.budget_rates, _plain_budget)]:
        index = _index(rows)
        assert [tuple(map(id, r.facts)) for r in build(index)] == \
            [tuple(map(id, facts)) for facts in plain(index)]


def test_a_relation_is_an_immutable_record() -> None:
    index = _index([("work_injury", None, "annual_balance", "name one", 2020, "actual", "level",
                     Decimal("1"), "万元"),
                    ("work_injury", None, "income_total", "name one", 2020, "actual", "level",
                     Decimal("3"), "万元"),
                    ("work_injury", None, "expenditure_total", "name one", 2020, "actual", "level",
                     Decimal("2"), "万元")])
    (found,) = rel.balances(index)
    assert found.kind == "balance" and found.holds(index.values(found.facts))
    try:
        found.kind = "sum"  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("a relation can be changed")


PARTS = st.lists(st.tuples(st.sampled_from([0, 10, 20, 30]), st.sampled_from([None, 0, 10, 20]),
                           st.sampled_from([None, 0, 10]), st.sampled_from(MEASURES),
                           st.sampled_from(METRICS)), min_size=1, max_size=30)


@settings(max_examples=300, deadline=None)
@given(PARTS)
def test_the_one_pass_index_equals_its_plain_views(rows) -> None:
    facts = [Fact(fund="work_injury", fund_name=None, account=None, metric=metric,
                  metric_name="name one" if k % 2 else None, year=2020, basis="actual",
                  measure=measure, value=Decimal(k), unit="万元", value_wan=None, text=str(k),
                  sentence="s", section=(), start=start, end=start + 3, confidence=1.0,
                  part_of=part_of, part_list=part_list)
             for k, (start, part_of, part_list, measure, metric) in enumerate(rows)]
    index = FactIndex(facts)
    by_key: dict = {}
    for f in facts:
        by_key.setdefault(key(f), []).append(f)
    assert list(index.by_key.items()) == list(by_key.items())
    for start in (0, 10, 20, 30, 40):
        assert index.at(start) is next((f for f in facts if f.start == start), None)
    parts: dict = {}
    for f in facts:
        if f.part_of is not None and f.measure == "level":
            parts.setdefault((f.part_of, f.part_list), []).append(f)
    assert list(index.parts().items()) == list(parts.items())


READINGS = st.lists(st.tuples(st.integers(0, 5), st.booleans(), st.booleans()), max_size=30)


@settings(max_examples=300, deadline=None)
@given(FACTS, READINGS)
def test_index_intervals_equal_each_computed_alone(rows, reads) -> None:
    """In any order of readings (cut or rounded, one fact or a list), the
    index gives each fact the interval ``interval`` computes for it alone."""
    from shebao.check.facts import interval

    index = _index(rows)
    facts = index.facts
    for at, truncated, as_list in reads:
        fact = facts[at % len(facts)]
        plain = interval(fact, truncated=truncated if fact.unit == "%" else True)
        if as_list:
            got = index.values([fact, facts[0]], truncated)[0]
        else:
            got = index.interval(fact, truncated)
        assert (got.lo, got.hi) == (plain.lo, plain.hi)
        assert str(got.lo) == str(plain.lo) and str(got.hi) == str(plain.hi)
