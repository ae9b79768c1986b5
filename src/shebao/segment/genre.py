"""The genre of a report (``resources/genres.yaml``): from its title, else its lead.

The genre sets the default basis of the report's figures: plain figures of
a budget draft are budget figures; every other genre states actuals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from shebao.records import Basis
from shebao.resources import load

SCHEMA = {"genres": [{"name": str, "pattern": str, "basis": str, "examples": [str],
                      "counter_examples": [str]}]}
LEAD_CHARS = 300  # opening characters read when the title names no genre


@dataclass(frozen=True)
class Genre:
    name: str
    basis: Basis
    pattern: regex.Pattern


def _basis(text: str) -> Basis:
    if text not in ("actual", "budget"):
        raise ValueError(f"genres.yaml: unknown basis {text!r}")
    return "budget" if text == "budget" else "actual"


@lru_cache(maxsize=1)
def genres() -> tuple[Genre, ...]:
    return tuple(Genre(g["name"], _basis(g["basis"]), regex.compile(g["pattern"], regex.VERBOSE))
                 for g in load("genres.yaml", SCHEMA)["genres"])


def _first(text: str) -> Genre | None:
    return next((g for g in genres() if g.pattern.search(text)), None)


def genre_of(title: str | None, lead: str) -> Genre | None:
    """The report's genre: the first rule matching the title, else the lead."""
    return (_first(title) if title else None) or _first(lead[:LEAD_CHARS])


def genre_basis(name: str | None) -> Basis:
    """The default basis of figures in genre ``name`` (actual when unknown)."""
    return next((g.basis for g in genres() if g.name == name), "actual")
