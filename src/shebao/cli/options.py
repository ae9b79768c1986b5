"""Argument types shared by the commands: years, limits, slot ids, the progress switch.

Each type raises ``argparse.ArgumentTypeError`` with a message naming what
is allowed, so a bad value is a usage error (exit 2) before any work starts.
The slot ids (fund, metric, account) come from the lexicons in
``shebao/resources``, the closed vocabularies (effect, kind, severity,
basis, measure, category) from the ``Literal`` types of ``shebao.records``;
both are read only when such an option is given, so building the parser
stays cheap.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import lru_cache

YEARS = (1900, 2100)  # the years a --year may name
MAX_LIMIT = 2 ** 63 - 1  # SQLite's largest integer: a larger --limit means "no limit" anyway


def year(text: str) -> int:
    """A fiscal year of four digits within ``YEARS``."""
    value = text.strip()
    if not (value.isascii() and value.isdigit() and len(value) == 4
            and YEARS[0] <= int(value) <= YEARS[1]):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a year (four digits from {YEARS[0]} to {YEARS[1]}, e.g. 2021)")
    return int(value)


def limit(text: str) -> int:
    """A count of rows: a whole number ≥ 0 (values beyond SQLite's range mean no limit)."""
    value = text.strip()
    if not (value.isascii() and value.isdigit()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of rows (a whole number "
                                         "≥ 0, e.g. 100)")
    return MAX_LIMIT if len(value) > 19 else min(int(value), MAX_LIMIT)


def _lexicon_ids(name: str) -> tuple[str, ...]:
    from shebao.resources import load
    from shebao.tag.terms import ACCOUNT_SCHEMA, FUND_SCHEMA, METRIC_SCHEMA

    schema = {"fund": FUND_SCHEMA, "metric": METRIC_SCHEMA, "account": ACCOUNT_SCHEMA}[name]
    entries = load(f"{name}s.yaml", schema)[f"{name}s"]
    return tuple(dict.fromkeys(e["id"] for e in entries))


def _literal_ids(name: str) -> tuple[str, ...]:
    from typing import get_args

    from shebao import records

    kind = {"effect": records.Effect, "kind": records.FlagKind, "severity": records.Severity,
            "basis": records.Basis, "measure": records.Measure,
            "category": records.Category}[name]
    return tuple(get_args(kind))


LEXICONS = ("fund", "metric", "account")
LITERALS = ("effect", "kind", "severity", "basis", "measure", "category")


@lru_cache(maxsize=None)
def allowed(name: str) -> tuple[str, ...]:
    """The values option ``--name`` accepts."""
    return _lexicon_ids(name) if name in LEXICONS else _literal_ids(name)


def slot(name: str) -> Callable[[str], str]:
    """The argument type of ``--name``: one of ``allowed(name)``."""
    def parse(text: str) -> str:
        values = allowed(name)
        if text not in values:
            raise argparse.ArgumentTypeError(
                f"unknown {name} {text!r}; one of: {', '.join(values)}")
        return text

    parse.__name__ = name
    return parse


def type_of(name: str) -> Callable[[str], object] | None:
    """The argument type of a filter option ``--name`` (None: any text)."""
    if name == "year":
        return year
    if name in LEXICONS or name in LITERALS:
        return slot(name)
    return None


def add_progress(parser: argparse.ArgumentParser) -> None:
    """``--no-progress`` (alias ``--quiet``): no progress bar, even on a terminal."""
    parser.add_argument("--no-progress", "--quiet", dest="no_progress", action="store_true",
                        help="no progress bar (it is shown only when standard error is a "
                             "terminal)")
