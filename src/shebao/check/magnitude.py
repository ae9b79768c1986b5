"""Unit slips found by magnitude alone (``resources/magnitudes.yaml``).

A county's fund does not take in 50 亿元 ten thousand times over, and no
pension is worth a million 万元 a head: a money level past the ceiling of
its report's level (county, city, province, nation) — or of a per-person
amount — that fits once read in the unit 10^4 smaller is flagged as a unit
slip, with that unit as the suggestion.  Facts whose link is not confident
are left alone.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex

from shebao.confidence import LIKELY
from shebao.records import Fact, Flag
from shebao.resources import load
from shebao.units import money_units, wan_per_unit

LEVEL = {"name": str, "pattern": str, "ceiling": int, "examples": [str],
         "counter_examples": [str]}
SCHEMA = {"levels": [LEVEL],
          "per_person": {"pattern": str, "examples": [str], "counter_examples": [str]},
          "per_person_ceiling": int}
SLIP = Decimal(10000)
# a fund figure is judged by its level only when its link is at least this sure
SURE = LIKELY


@lru_cache(maxsize=1)
def table() -> dict:
    return load("magnitudes.yaml", SCHEMA)


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[regex.Pattern, str, int]], regex.Pattern]:
    """The levels' patterns (with name and ceiling) and the per-person pattern, compiled."""
    levels = [(regex.compile(level["pattern"]), level["name"], level["ceiling"])
              for level in table()["levels"]]
    return levels, regex.compile(table()["per_person"]["pattern"])


def level_ceiling(region: str | None, title: str | None) -> tuple[str, int] | None:
    """(level name, ceiling in 万元) of the region reporting, None when unknown."""
    for text in (region, title):
        if not text:
            continue
        for pattern, name, ceiling in _patterns()[0]:
            if pattern.search(text):
                return name, ceiling
    return None


def _per_person(fact: Fact) -> bool:
    name = fact.metric_name or ""
    return fact.metric == "other" and _patterns()[1].search(name) is not None


@lru_cache(maxsize=16)
def _smaller_unit(unit: str) -> str | None:
    units = money_units()
    k = units.index(unit) if unit in units else -1
    if k <= 0:
        return None
    smaller = units[k - 1]
    return smaller if wan_per_unit()[unit] / wan_per_unit()[smaller] == SLIP else None


def magnitude_flags(facts: list[Fact], region: str | None, title: str | None) -> list[Flag]:
    """Unit slips of money levels too large for their report's level."""
    level = level_ceiling(region, title)
    out = []
    for f in facts:
        if f.measure != "level" or f.value_wan is None:
            continue
        if _per_person(f):  # its own words say what it is: no link needed
            where, ceiling = "a per-person amount", table()["per_person_ceiling"]
        elif f.metric != "other" and level is not None and f.confidence >= SURE:
            where, ceiling = f"a {level[0]} fund", level[1]
        else:
            continue
        smaller = _smaller_unit(f.unit)
        if smaller is None or abs(f.value_wan) <= ceiling or abs(f.value_wan) / SLIP > ceiling:
            continue
        suggestion = f.text.replace(f.unit, smaller) if f.unit in f.text else f"{f.value}{smaller}"
        out.append(Flag(kind="unit", severity="warning",
                        message=(f"{f.text} is more than {ceiling} 万元 for {where}; "
                                 f"read in {smaller} it fits"),
                        text=f.text, start=f.start, end=f.end, suggestion=suggestion))
    return out
