"""One fact stated twice with two values: a unit slip, a digit slip or a conflict."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass

from shebao.check.digit_search import near_digits
from shebao.check.facts import FactIndex
from shebao.check.fixes import Fix
from shebao.check.intervals import Interval
from shebao.check.trials import Trial, near_units, trials
from shebao.limits import limits
from shebao.records import Fact, FlagKind
from shebao.units import wan_per_unit


SLIPS: tuple[FlagKind, ...] = ("unit", "digit")  # tried in this order

# Two values of one slot further apart than this, with no slip to explain
# them, are two quantities the linker put in one slot (an item and its
# total, one fund and all funds), not one amount misstated.
CONFLICT_MAX_RATIO = 4


def plausible_conflict(a: Fact, b: Fact) -> bool:
    """Whether two statements of one slot, no slip explaining their
    difference, may be one amount stated twice: not two figures of one
    sentence (a sentence lists parts, 中央财政补助X，地方财政补助Y, it does not
    restate), and values of one order (within ``CONFLICT_MAX_RATIO``)."""
    if a.sentence == b.sentence and a.mention == b.mention:
        return False
    x, y = abs(a.value_wan or a.value), abs(b.value_wan or b.value)
    if not x or not y:
        return True
    return max(x, y) / min(x, y) <= CONFLICT_MAX_RATIO


@dataclass(frozen=True)
class Clash:
    kind: FlagKind  # unit, digit or conflict
    fact: Fact  # the statement judged wrong
    other: Fact  # the statement it contradicts
    fix: Fix | None


def _fix_towards(fact: Fact, target: Interval) -> tuple[FlagKind, Fix] | None:
    """The first correction of ``fact`` (units first, then digits) that meets ``target``.

    Each is judged in Decimals, read as cut; a float test rules out first
    the corrections far from the target (most of them).
    """
    lo, hi = float(target.lo), float(target.hi)
    sure = fact.unit == "%" or fact.unit in wan_per_unit()  # else: no scale, KeyError
    for kind in SLIPS:
        if not sure:
            tried: Iterable[Trial] = trials(fact, kind, truncated=True)
        elif kind == "digit":  # (the digit corrections near the target, found without the rest)
            tried = near_digits(fact, True, ((lo, hi),), 0.0, widened=True)
        else:
            tried = near_units(fact, True, ((lo, hi),), 0.0, widened=True)
        for _, fix in tried:
            scale = 1 if fact.unit == "%" else wan_per_unit()[fix.unit]
            if Interval.written(fix.value, scale).meets(target):
                return kind, fix
    return None


def clashes(index: FactIndex, unit_counts: dict[str, int],
            suspects: Set[int] = frozenset()) -> Iterator[Clash]:
    """Pairs of statements of one key whose values cannot be the same.

    Of the two, the one that breaks a relation the other satisfies
    (``suspects``, by id) is judged wrong; else the one written in the
    report's less common unit; else the later statement.  Only the first
    ``limits().max_key_statements`` statements of a key are compared, and
    a later one only with earlier statements of other written values (a
    value repeated adds nothing): linear in the statements, not quadratic.
    """
    cap = limits().max_key_statements
    for facts in index.by_key.values():
        if len(facts) < 2:  # a key stated once (most): nothing to compare
            continue
        facts = facts[:cap]
        last = len(facts) - 1
        marks: dict[tuple, list[tuple[int, Fact]]] = {}  # written value → its statements after the first
        for j, other in enumerate(facts[1:], 1):
            clash = _clash(facts[0], other, unit_counts, suspects, index)
            if clash is not None:
                yield clash
            if marks and (clash is None or clash.fix is None):  # (none before the second)
                # a later statement may repeat one that is not the first: a slip
                # against it shows even when the first statement differs anyway
                for earlier in _one_per_value(marks, other):
                    slip = _clash(earlier, other, unit_counts, suspects, index)
                    if slip is not None and slip.fix is not None:
                        yield slip
                        break
            if j < last:  # (the last statement is compared with none after it)
                marks.setdefault(_mark(other, suspects), []).append((j, other))


def _mark(fact: Fact, suspects: Set[int]) -> tuple:
    """What tells statements of one written value apart (one is judged for all)."""
    return (fact.value, fact.unit, fact.text, id(fact) in suspects)


def _apart(a: Fact, b: Fact) -> bool:
    """No clash: an item and its total."""
    return a.part_of == b.start or b.part_of == a.start


def _one_per_value(marks: dict[tuple, list[tuple[int, Fact]]], other: Fact) -> list[Fact]:
    """The earlier statements ``other`` is compared with: of each written value
    (``marks``, in statement order), the first that is not an item or the total
    of ``other``; in statement order.  The same as walking every earlier
    statement and skipping a value already met, but read per value, not per
    statement: linear in the statements of a key that repeats one figure."""
    firsts = (next((k for k in group if not _apart(other, k[1])), None) for group in marks.values())
    return [e for _, e in sorted(k for k in firsts if k is not None)]


def _clash(first: Fact, other: Fact, unit_counts: dict[str, int],
           suspects: Set[int], index: FactIndex) -> Clash | None:
    """The clash of two statements of one key, None when they agree."""
    if other.part_of == first.start or first.part_of == other.start:
        return None  # an item named like its total is a part of it
    a, b = index.interval(first), index.interval(other)
    if a.meets(b):
        return None
    wrong, right = other, first
    if id(first) in suspects and id(other) not in suspects:
        wrong, right = first, other
    elif unit_counts.get(first.unit, 0) < unit_counts.get(other.unit, 0):
        wrong, right = first, other
    found = _fix_towards(wrong, index.interval(right))
    if found is None:
        swapped = _fix_towards(right, index.interval(wrong))
        if swapped is not None:
            wrong, right, found = right, wrong, swapped
    if found is None:
        return Clash(kind="conflict", fact=wrong, other=right, fix=None)
    return Clash(kind=found[0], fact=wrong, other=right, fix=found[1])
