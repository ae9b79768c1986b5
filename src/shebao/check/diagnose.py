"""Which figure of a failed relation is wrong, and what it should read.

A relation that fails is tried again with each of its figures corrected in
turn (another unit, one digit off: ``check.fixes``).  When the corrections
that make it hold all belong to one figure, that figure is flagged as a
``unit`` or ``digit`` slip with the correction as suggestion; otherwise the
relation itself is flagged (``sum``, ``balance``, ``change``,
``budget_rate``) on its last figure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from shebao.check.digit_search import near_digits
from shebao.check.facts import FactIndex
from shebao.check.fixes import Fix
from shebao.check.intervals import FastInterval, Interval, total
from shebao.check.relations import Relation
from shebao.check.trials import near_units, passing, trials
from shebao.limits import limits
from shebao.records import Fact, FlagKind

SLIPS: tuple[FlagKind, ...] = ("unit", "digit")  # the slips a fix of one figure explains


@dataclass(frozen=True)
class Diagnosis:
    kind: FlagKind
    fact: Fact  # the figure to flag
    fix: Fix | None
    relation: Relation


def _equal(relation: Relation, values: list[Interval] | list[FastInterval]) -> bool:
    """An inequality relation explained by a fix must hold as an equality."""
    if relation.kind == "sum":
        return total(values[1:]).meets(values[0])
    return relation.test(values)


def _holds_with(relation: Relation, base: list[FastInterval], i: int, value: FastInterval) -> bool:
    """Whether the relation holds as an equality with its ``i``-th figure read as ``value``."""
    values = list(base)
    values[i] = value
    return _equal(relation, values)


def _explanations(relation: Relation, kind: str, index: FactIndex) -> dict[int, list[Fix]]:
    """Fixes of each figure that make the relation hold.

    Fixes that hold with every figure read as rounded (not cut) are
    preferred: they fit exactly, the others only within a cut digit.
    A relation of more than ``limits().max_relation_facts`` facts is not
    tried figure by figure (each trial sums them all: quadratic).
    """
    if len(relation.facts) > limits().max_relation_facts:
        return {}
    found = _fitting(relation, kind, index, truncated=True)
    if len(found) > 1 or any(len(v) > 1 for v in found.values()):
        exact = _fitting(relation, kind, index, truncated=False)
        return exact or found
    return found


def _fitting(relation: Relation, kind: str, index: FactIndex,
             truncated: bool) -> dict[int, list[Fix]]:
    """Per figure, its corrections under which the relation holds (as an equality).

    The relation is solved for each figure first (``check.solve``): only
    the corrections near the values it must take are tested; a figure the
    relation cannot be solved for has its corrections narrowed down by
    halves (``check.trials``).
    """
    base, windows = index.solved(relation, truncated)
    found: dict[int, list[Fix]] = {}
    for i, fact in enumerate(relation.facts):
        ranges = None if windows is None else windows.ranges[i]
        if windows is None or ranges is None:
            fitting = passing(trials(fact, kind, truncated), partial(_holds_with, relation, base, i))
        else:  # (most windows meet no trial: nothing is tested)
            widened = i == windows.widened
            close = (near_digits(fact, truncated, ranges, windows.size, widened) if kind == "digit"
                     else near_units(fact, truncated, ranges, windows.size, widened))
            fitting = [t for t in close if _holds_with(relation, base, i, t[0])]
        if fitting:
            found[i] = [fix for _, fix in fitting]
    return found


def _one(found: dict[int, list[Fix]], relation: Relation, units: dict[str, int],
         support: Callable[[Fact], int]) -> tuple[int, Fix] | None:
    """The single figure the fixes point at.

    When fixes of several figures would do, the figure stated only once
    (others are confirmed by a second statement) and then the one written in
    the report's least common unit is taken; a tie leaves it open.
    """
    if len(found) == 1:
        (i, fixes), = found.items()
        return i, fixes[0]

    def rank(i: int) -> tuple[int, int]:
        fact = relation.facts[i]
        rarity = units.get(fact.unit, 0) if found[i][0].kind == "unit" else 0
        return support(fact), rarity

    ranked = sorted(found, key=rank)
    if len(ranked) > 1 and rank(ranked[0]) < rank(ranked[1]):
        return ranked[0], found[ranked[0]][0]
    return None


def diagnose(relation: Relation, units: dict[str, int], index: FactIndex,
             strict: bool = True) -> Diagnosis | None:
    """The diagnosis of a relation, None when it holds.

    With ``strict`` False an inequality that holds is still examined as an
    equality: a list that falls short of its total by what one slip of one
    figure explains is flagged (a warning: partial lists fall short too).
    """
    result = relation.facts[0] if relation.kind == "sum" else relation.facts[-1]
    support = index.support
    if index.holds(relation):
        if strict or not relation.at_most:
            return None
        if _equal(relation, index.values(relation.facts)):
            return None
        for kind in SLIPS:
            found = _explanations(relation, kind, index)
            one = _one(found, relation, units, support)
            if one is not None:
                fixes = found[one[0]]
                # several corrections of one figure fit: name it, suggest none
                return Diagnosis(kind=kind, fact=relation.facts[one[0]],
                                 fix=fixes[0] if len(fixes) == 1 else None, relation=relation)
            if found:
                return Diagnosis(kind=relation.kind, fact=result, fix=None, relation=relation)
        return None
    for kind in SLIPS:
        one = _one(_explanations(relation, kind, index), relation, units, support)
        if one is not None:
            return Diagnosis(kind=kind, fact=relation.facts[one[0]], fix=one[1], relation=relation)
    return Diagnosis(kind=relation.kind, fact=result, fix=None, relation=relation)
