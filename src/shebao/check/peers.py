"""Unit slips shown by a figure's peers: amounts that are always of one order.

A fund's income and its spending in one year, a metric's level this year
and last year, its budget and its actual: these never differ ten thousand
times over.  When two such peers stand about 10^4 apart (亿元 written for
万元, 万元 for 元) and reading one of them in the unit 10^4 away brings
them within a factor of ``NEAR`` of each other, that one is a unit slip.
Of the two, the one written in the report's less common unit is judged
wrong (else the later one).  No relation among the figures is needed, so
this finds slips that no sum, balance or rate can show.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from operator import attrgetter

from shebao.records import Fact, Flag, Related
from shebao.units import money_units, wan_per_unit

SLIP = Decimal(10000)
NEAR = Decimal(5)  # peers within this factor of each other are of one order
# peers further apart than this are of different orders (never two readings of one)
APART = SLIP / NEAR
PAIRED_METRICS = {"income_total": "expenditure_total"}

Slot = tuple  # (fund, account, metric, year, basis, period)


_unit = attrgetter("unit")


def _slot(f: Fact) -> Slot:
    return (f.fund, f.account, f.metric, f.year, f.basis, f.period)


def _peer_slots(s: Slot) -> list[Slot]:
    fund, account, metric, year, basis, period = s
    out = []  # (a list, not a generator: one call per level, no resumption per peer)
    if year is not None:
        out.append((fund, account, metric, year - 1, basis, period))  # last year
    if basis == "actual":
        out.append((fund, account, metric, year, "budget", period))
    if metric in PAIRED_METRICS:
        out.append((fund, account, PAIRED_METRICS[metric], year, basis, period))
    return out


def _levels(facts: list[Fact]) -> dict[Slot, Fact]:
    """The first money level stated for each slot (named funds and metrics only)."""
    out: dict[Slot, Fact] = {}
    money = wan_per_unit()
    for f in facts:
        if (f.measure == "level" and f.value_wan and f.metric != "other"
                and f.fund != "other" and f.unit in money):
            out.setdefault(_slot(f), f)
    return out


def _apart(a: Fact, b: Fact) -> bool:
    assert a.value_wan is not None and b.value_wan is not None
    x, y = abs(Decimal(str(a.value_wan))), abs(Decimal(str(b.value_wan)))
    ratio = max(x, y) / min(x, y)
    return ratio >= APART and ratio / SLIP <= NEAR


def _read_in(fact: Fact, other: Fact) -> str | None:
    """The unit next to the fact's own (10^4 away) that brings it near ``other``."""
    units = money_units()
    if fact.unit not in units:
        return None
    assert fact.value_wan is not None and other.value_wan is not None
    j = units.index(fact.unit) + (-1 if abs(fact.value_wan) > abs(other.value_wan) else 1)
    if not 0 <= j < len(units) or wan_per_unit()[units[j]] not in (
            wan_per_unit()[fact.unit] * SLIP, wan_per_unit()[fact.unit] / SLIP):
        return None
    return units[j]


def peer_flags(facts: list[Fact]) -> list[Flag]:
    """A unit-slip warning on each money level about 10^4 away from a peer."""
    levels = _levels(facts)
    counts = Counter(map(_unit, facts))
    out: dict[int, Flag] = {}
    for slot, fact in levels.items():
        for peer_slot in _peer_slots(slot):
            peer = levels.get(peer_slot)
            if peer is None or not _apart(fact, peer):
                continue
            wrong, right = (fact, peer) if counts[fact.unit] < counts[peer.unit] else (
                (peer, fact) if counts[peer.unit] < counts[fact.unit]
                else sorted((fact, peer), key=lambda f: f.start)[::-1])
            unit = _read_in(wrong, right)
            if unit is None or wrong.start in out:
                continue
            suggestion = (wrong.text.replace(wrong.unit, unit) if wrong.unit in wrong.text
                          else f"{wrong.value}{unit}")
            out[wrong.start] = Flag(
                kind="unit", severity="warning",
                message=(f"{wrong.text} and {right.text}, figures of one order by nature, "
                         f"stand about 10^4 apart; read in {unit} it fits"),
                text=wrong.text, start=wrong.start, end=wrong.end, suggestion=suggestion,
                related=(Related(right.text, right.start, right.end),))
    return sorted(out.values(), key=lambda f: f.start)
