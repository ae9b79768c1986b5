"""Restatements and series jumps judged on hand-made statements (no store)."""

from __future__ import annotations

from decimal import Decimal

from shebao.check.archive import check_region
from shebao.check.jumps import jump_flags
from shebao.check.restated import restatement_flags
from shebao.check.statements import Statement
from shebao.records import Fact

WAN = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}


def stated(value: str, unit: str, year: int, report_year: int, *, n: int = 0,
           metric: str = "income_total", period: str = "year", genre: str = "final_accounts",
           confidence: float = 0.9, slip: bool = False) -> Statement:
    text = value + unit
    fact = Fact(fund="unemployment", fund_name=None, account=None, metric=metric,
                metric_name=None, year=year, basis="actual", measure="level",
                value=Decimal(value), unit=unit, value_wan=Decimal(value) * WAN[unit], text=text,
                sentence="", section=(), start=10 * n, end=10 * n + len(text),
                confidence=confidence, period=period)
    sha = f"sha{report_year}"
    return Statement(fact, 100 * report_year + n, sha, 0, f"r{report_year}.txt", None, "某县",
                     report_year, genre, slip)


def test_restated_unit_slip_is_flagged_on_the_restatement() -> None:
    own = stated("398.20", "万元", 2020, 2020)
    slip = stated("398.20", "亿元", 2020, 2021, n=1)
    [flag] = restatement_flags([own, slip])
    assert (flag.at, flag.flag.kind, flag.flag.suggestion, flag.evidence) == (
        slip, "unit", "398.20万元", (own,))


def test_restated_agreeing_within_rounding_is_silent() -> None:
    own = stated("398.2", "万元", 2020, 2020)
    again = stated("3982046", "元", 2020, 2021, n=1)
    assert list(restatement_flags([own, again])) == []


def test_restated_half_year_never_meets_the_year() -> None:
    own = stated("398.20", "万元", 2020, 2020)
    half = stated("398.20", "亿元", 2020, 2021, n=1, period="H1")
    other = stated("120.00", "万元", 2020, 2021, n=2, period="H1")
    assert list(restatement_flags([own, half, other])) == []


def test_restated_neighbours_tell_the_odd_one() -> None:
    """The 2020 report itself wrote 亿元: its neighbours side with the restatement."""
    own = stated("398.20", "亿元", 2020, 2020)
    before = stated("371.60", "万元", 2019, 2019)
    after = stated("410.50", "万元", 2021, 2021)
    restated = stated("398.20", "万元", 2020, 2021, n=1)
    flags = list(restatement_flags([own, before, after, restated]))
    assert [(f.at, f.flag.kind, f.flag.severity) for f in flags] == [(own, "unit", "error")]


def test_restated_other_gap_is_a_conflict_warning_unless_an_estimate() -> None:
    own = stated("398.20", "万元", 2020, 2020)
    revised = stated("405.00", "万元", 2020, 2021, n=1)
    [flag] = restatement_flags([own, revised])
    assert (flag.flag.kind, flag.flag.severity) == ("conflict", "warning")
    estimate = stated("405.00", "万元", 2020, 2021, n=1, genre="budget")
    assert list(restatement_flags([own, estimate])) == []
    unsure = stated("405.00", "万元", 2020, 2021, n=1, confidence=0.75)
    assert list(restatement_flags([own, unsure])) == []


def test_restated_digit_dropped() -> None:
    own = stated("1398.20", "万元", 2020, 2020)
    short = stated("138.20", "万元", 2020, 2021, n=1)
    [flag] = restatement_flags([own, short])
    assert (flag.at, flag.flag.kind, flag.flag.suggestion) == (short, "digit", "1398.20万元")


def _series(*values: tuple[str, str]) -> list[Statement]:
    return [stated(v, u, 2017 + i, 2017 + i) for i, (v, u) in enumerate(values)]


def test_jump_unit_in_the_middle_of_a_series() -> None:
    series = _series(("350.1", "万元"), ("371.6", "万元"), ("398.2", "亿元"), ("410.5", "万元"))
    [flag] = jump_flags(series)
    assert (flag.at.year, flag.flag.kind, flag.flag.suggestion) == (2019, "unit", "398.2万元")
    assert [s.year for s in flag.evidence] == [2018, 2020]


def test_jump_at_the_end_of_a_series() -> None:
    series = _series(("350.1", "万元"), ("371.6", "万元"), ("398.2", "元"))
    [flag] = jump_flags(series)
    assert (flag.at.year, flag.flag.kind, flag.flag.suggestion) == (2019, "unit", "398.2万元")


def test_jump_dropped_digit() -> None:
    series = _series(("3501.2", "万元"), ("371.6", "万元"), ("3980.4", "万元"))
    [flag] = jump_flags(series)
    assert (flag.at.year, flag.flag.kind, flag.flag.suggestion) == (2018, "digit", None)


def test_jump_silent_on_growth_rough_series_and_two_years() -> None:
    assert list(jump_flags(_series(("100", "万元"), ("180", "万元"), ("320", "万元")))) == []
    assert list(jump_flags(_series(("100", "万元"), ("9000", "万元"), ("5", "万元")))) == []
    assert list(jump_flags(_series(("398.2", "万元"), ("398.2", "亿元")))) == []


def test_jump_never_mixes_periods() -> None:
    series = _series(("350.1", "万元"), ("371.6", "万元"), ("410.5", "万元"))
    half = stated("39.82", "万元", 2018, 2018, n=1, period="H1")
    assert list(jump_flags([*series, half])) == []


def test_check_region_one_flag_per_figure_and_none_on_known_slips() -> None:
    series = _series(("350.1", "万元"), ("371.6", "万元"), ("410.5", "万元"))
    slip = stated("371.6", "亿元", 2018, 2019, n=1)
    flags = check_region([*series, slip])
    assert [(f.at, f.flag.kind) for f in flags] == [(slip, "unit")]
    known = stated("371.6", "亿元", 2018, 2019, n=1, slip=True)
    assert check_region([*series, known]) == []


def test_jump_silent_on_a_year_balance_that_swings() -> None:
    values = [("1079.76", 2019), ("138.62", 2020), ("798.56", 2021)]
    series = [stated(v, "万元", y, y, metric="annual_balance") for v, y in values]
    assert list(jump_flags(series)) == []
