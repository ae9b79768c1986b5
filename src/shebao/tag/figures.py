"""Money, percent, count, year and bare-number figures of normalised text.

The patterns are data (``resources/figures.yaml``); this module turns their
matches into :class:`shebao.records.Figure` records.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import lru_cache
from typing import Literal, NamedTuple, Union

import regex

from shebao.quickinit import quick_maker
from shebao.records import Comparator, Figure, FigureKind
from shebao.tag.figure_patterns import Patterns, patterns
from shebao.tag.numbers import NumberError, split_magnitude
from shebao.textcache import text_cache
from shebao.units import money_units

PERCENT_UNITS = {"%": "%", "％": "%", "‰": "‰"}
PERCENT_SIGNS = frozenset(PERCENT_UNITS.values())  # the units a percent is read in
Match = Union[re.Match, regex.Match]  # ``re`` unless the patterns need ``regex``
_make_figure = quick_maker(Figure)  # a Figure by keyword without the class call's dict of keywords


def _unit(written: str | None, magnitude: str) -> str | None:
    """The unit as written, a trailing 万/亿 of the number joined to it."""
    if written is None:
        return magnitude or None
    written = PERCENT_UNITS.get(written, written)
    return magnitude + written if written not in PERCENT_SIGNS else written


class Reader(NamedTuple):
    """Which groups of a branch's match to read, in one ``m.group(*fetch)`` call
    (the whole figure first, then its fields: a few, where ``m.groups()`` would
    read them all), and where each field sits in what it reads (None: none)."""

    kind: FigureKind
    fetch: tuple[int, ...]  # group numbers: 0 (the figure's text), then the fields'
    num: tuple[int, ...]  # the number's groups, last first (the last that took part wins)
    unit: int | None
    high: int | None
    cmp: int | None
    cmp_post: int | None


FIELDS = ("unit", "high", "cmp", "cmp_post")  # the fields read from one group each


@lru_cache(maxsize=1)
def readers() -> dict[str, Reader | None]:
    """Per branch group name, its :class:`Reader` (None: a skip branch)."""
    pats = patterns()
    index = pats.combined.groupindex
    out: dict[str, Reader | None] = {}
    for group, kind in pats.kinds.items():
        fields = {name: tuple(g if isinstance(g, int) else index[g] for g in groups)
                  for name, groups in pats.fields[group].items()}
        if any(len(groups) > 1 for name, groups in fields.items() if name != "num"):
            raise ValueError(f"figures.yaml: {group}: a field other than num in two groups")
        if kind == "skip":
            out[group] = None
            continue
        nums = tuple(reversed(fields.get("num", ())))
        if not nums:
            raise ValueError(f"figures.yaml: {group}: a figure without a num group")
        singles = [(name, fields[name][0]) for name in FIELDS if name in fields]
        at = {name: 1 + len(nums) + k for k, (name, _) in enumerate(singles)}
        out[group] = Reader(
            kind=kind,
            fetch=(0, *nums, *(g for _, g in singles)),
            num=tuple(range(1, 1 + len(nums))),
            unit=at.get("unit"),
            high=at.get("high"),
            cmp=at.get("cmp"),
            cmp_post=at.get("cmp_post"),
        )
    return out


def _figure(m: Match, group: str, fetch: tuple[int, ...], default_unit: str | None) -> Figure:
    g = m.group(*fetch)  # one call: the figure's text, then its fields
    kind, value, unit, high, comparator = _read(group, g, default_unit)
    start, end = m.span()
    return _make_figure(kind, start, end, g[0], value, unit, high, comparator)


@text_cache(maxsize=4096)  # pure, on a figure's groups; errors are not cached
def _read(group: str, written: tuple[str | None, ...], default_unit: str | None,
          ) -> tuple[FigureKind, Decimal, str | None, Decimal | None, Comparator | None]:
    """The kind, value, unit, high end and comparator of a match of branch
    ``group`` whose groups ``m.group(*fetch)`` are ``written``.  Cached: a figure's
    text recurs (a sentence is tagged twice under a unit line, a figure is
    repeated across a report), and reading it costs more than the lookup."""
    r = readers()[group]
    assert r is not None  # a skip has no figure
    kind, _, nums, unit_at, high_at, cmp_at, cmp_post_at = r  # one unpack, not seven reads
    num = None
    for k in nums:
        num = written[k]
        if num is not None:
            break
    value, magnitude = split_magnitude(num or "")
    shown = None if unit_at is None else written[unit_at]
    if kind == "percent" and shown is None:
        shown = "%"  # 百分之…
    high_text = None if high_at is None else written[high_at]
    high = None
    if high_text:
        high, high_magnitude = split_magnitude(high_text)
        magnitude = high_magnitude or magnitude
    unit = _unit(shown, magnitude)
    if kind == "number" and default_unit and not magnitude:
        kind, unit = _default_kind(default_unit), default_unit
    word = ((None if cmp_at is None else written[cmp_at])
            or (None if cmp_post_at is None else written[cmp_post_at]))
    return kind, value, unit, high, patterns().comparators.get(word) if word else None


def _default_kind(unit: str) -> FigureKind:
    if unit in money_units():
        return "money"
    return "percent" if unit in PERCENT_UNITS.values() else "count"


def find_matches(text: str) -> list[tuple[str, Match]]:
    """Every match of the figure patterns in ``text``, with its branch group name:
    ``pats.combined.finditer(text)``, tried only where a match may start."""
    pats, kinds, start, match = _scanner()
    out = []
    pos = 0
    while (at := start(text, pos)) is not None:
        i = at.start()
        m = match(text, i)
        if m is None:
            pos = i + 1
            continue
        group = m.lastgroup
        out.append((group if group in kinds else _branch(m, pats), m))
        end = m.end()
        pos = end if end > i else i + 1
    return out


@lru_cache(maxsize=1)
def _scanner() -> tuple[Patterns, dict[str, FigureKind | Literal["skip"]], Callable,
                        Callable]:
    """What ``find_matches`` reads per call, in one cached call: the patterns, the
    branch kinds and the bound ``search`` of the start and ``match`` of the combined
    pattern (bound once, not per sentence)."""
    pats = patterns()
    return pats, pats.kinds, pats.start.search, pats.combined.match


def _branch(m: Match, pats: Patterns) -> str:
    """The group name of the pattern branch that matched, when ``lastgroup``
    names an inner group: ask every branch."""
    groups = m.groups()
    return next(g for i, g in pats.branches if groups[i] is not None)


def figures_of(matches: list[tuple[str, Match]], default_unit: str | None = None,
               ) -> list[Figure]:
    """The figures of ``matches`` (of :func:`find_matches`); skips give none."""
    read = readers()
    out = []
    for group, m in matches:
        r = read[group]
        if r is None:
            continue  # a skip
        try:
            out.append(_figure(m, group, r.fetch, default_unit))
        except NumberError:
            continue  # an odd numeral run: no figure rather than a wrong one
    return out


def scan(text: str, default_unit: str | None = None) -> Iterator[tuple[str, Match, Figure | None]]:
    """Every match as (pattern name, match, figure); skips yield no figure."""
    read = readers()
    for group, m in find_matches(text):
        r = read[group]
        if r is None:
            yield group[2:], m, None
            continue
        try:
            yield group[2:], m, _figure(m, group, r.fetch, default_unit)
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
