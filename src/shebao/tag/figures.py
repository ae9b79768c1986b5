"""Money, percent, count, year and bare-number figures of normalised text.

The patterns are data (``resources/figures.yaml``); this module turns their
matches into :class:`shebao.records.Figure` records.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Union

import regex

from shebao.records import Comparator, Figure, FigureKind
from shebao.tag.figure_patterns import Patterns, patterns
from shebao.tag.numbers import NumberError, split_magnitude
from shebao.units import money_units

PERCENT_UNITS = {"%": "%", "％": "%", "‰": "‰"}
Match = Union[re.Match, regex.Match]  # ``re`` unless the patterns need ``regex``


def _unit(written: str | None, magnitude: str) -> str | None:
    """The unit as written, a trailing 万/亿 of the number joined to it."""
    if written is None:
        return magnitude or None
    written = PERCENT_UNITS.get(written, written)
    return magnitude + written if written not in PERCENT_UNITS.values() else written


def _field(m: Match, groups: tuple[int | str, ...] | None) -> str | None:
    """The text of the last of ``groups`` that took part in ``m`` (None: none)."""
    if not groups:
        return None
    if len(groups) == 1:  # most fields: one group, read at once
        return m.group(groups[0])
    for g in reversed(groups):
        text = m.group(g)
        if text is not None:
            return text
    return None


def _figure(m: Match, kind: FigureKind, fields: dict[str, tuple[int | str, ...]],
            pats: Patterns, default_unit: str | None) -> Figure:
    get = fields.get
    value, magnitude = split_magnitude(_field(m, fields["num"]) or "")
    written = _field(m, get("unit"))
    if kind == "percent" and written is None:
        written = "%"  # 百分之…
    high_text = _field(m, get("high"))
    high = None
    if high_text:
        high, high_magnitude = split_magnitude(high_text)
        magnitude = high_magnitude or magnitude
    unit = _unit(written, magnitude)
    if kind == "number" and default_unit and not magnitude:
        kind, unit = _default_kind(default_unit), default_unit
    word = _field(m, get("cmp")) or _field(m, get("cmp_post"))
    return Figure(
        kind=kind,
        start=m.start(),
        end=m.end(),
        text=m.group(),
        value=value,
        unit=unit,
        high=high,
        comparator=pats.comparators.get(word) if word else None,
    )


def _default_kind(unit: str) -> FigureKind:
    if unit in money_units():
        return "money"
    return "percent" if unit in PERCENT_UNITS.values() else "count"


def _matches(text: str, pats: Patterns) -> Iterator[Match]:
    """``pats.combined.finditer(text)``, tried only where a match may start."""
    pos = 0
    while (at := pats.start.search(text, pos)) is not None:
        i = at.start()
        m = pats.combined.match(text, i)
        if m is None:
            pos = i + 1
            continue
        yield m
        pos = m.end() if m.end() > i else i + 1


def _branch(m: Match, pats: Patterns) -> str:
    """The group name of the pattern branch that matched."""
    if m.lastgroup in pats.kinds:
        return m.lastgroup
    groups = m.groups()  # lastgroup may name an inner group: ask every branch
    return next(g for i, g in pats.branches if groups[i] is not None)


def find_matches(text: str) -> list[tuple[str, Match]]:
    """Every match of the figure patterns in ``text``, with its branch group name."""
    pats = patterns()
    return [(_branch(m, pats), m) for m in _matches(text, pats)]


def figures_of(matches: list[tuple[str, Match]], default_unit: str | None = None,
               ) -> list[Figure]:
    """The figures of ``matches`` (of :func:`find_matches`); skips give none."""
    pats = patterns()
    out = []
    for group, m in matches:
        kind = pats.kinds[group]
        if kind == "skip":
            continue
        try:
            out.append(_figure(m, kind, pats.fields[group], pats, default_unit))
        except NumberError:
            continue  # an odd numeral run: no figure rather than a wrong one
    return out


def scan(text: str, default_unit: str | None = None) -> Iterator[tuple[str, Match, Figure | None]]:
    """Every match as (pattern name, match, figure); skips yield no figure."""
    pats = patterns()
    for group, m in find_matches(text):
        kind = pats.kinds[group]
        if kind == "skip":
            yield group[2:], m, None
            continue
        try:
            yield group[2:], m, _figure(m, kind, pats.fields[group], pats, default_unit)
        except NumberError:
            continue  # an odd numeral run: no figure rather than a wrong one


def find_figures(text: str, default_unit: str | None = None) -> list[Figure]:
    """Figures of ``text``, left to right, non-overlapping.

    ``default_unit`` (a table's "单位：万元") turns bare numbers into money.
    """
    return figures_of(find_matches(text), default_unit)


def find_unit_header(text: str) -> str | None:
    """The money unit of a "单位：万元、%" line, or None."""
    m = patterns().unit_header.search(text)
    return m.group("unit") if m else None
