"""Family words read in their context (``resources/fund_context.yaml``).

A family word (医保基金, 养老保险基金, 社会保险基金) names a family of funds
without naming one.  When the context already names a fund the family
covers — the heading path, the lead sentence, the paragraph's topic, the
report's title — the figure belongs to that fund; the family word keeps its
own fund only when the text marks it as a total (各项…, …合计, 三项…).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from shebao.link.context import FundRef, fund_of
from shebao.resources import load
from shebao.stdre import Pattern, compile_cue
from shebao.tag.terms import Term, find_terms

SCHEMA = {
    "families": [{"words": [str], "covers": [str]}],
    "cues": [{"name": str, "pattern": str, "examples": [str], "counter_examples": [str]}],
}
ANY_FUND = "*"
# how far a total marker may stand from the family word
REACH = 12


@lru_cache(maxsize=1)
def _data() -> dict:
    return load("fund_context.yaml", SCHEMA)


@lru_cache(maxsize=1)
def families() -> dict[str, frozenset[str]]:
    """Family word → the fund ids it may stand for."""
    return {w: frozenset(f["covers"]) for f in _data()["families"] for w in f["words"]}


@lru_cache(maxsize=None)
def cue(name: str) -> Pattern:
    entry = next(c for c in _data()["cues"] if c["name"] == name)
    return compile_cue(entry["pattern"])


def is_total(text: str, term: Term) -> bool:
    """Whether the text marks family word ``term`` as a total over funds."""
    before = text[max(0, term.start - REACH):term.start]
    after = text[term.end:term.end + REACH]
    return bool(cue("total_before").search(before) or cue("total_after").search(after))


def resolve(term: Term, text: str, context: FundRef | None) -> FundRef:
    """The fund that fund ``term`` of ``text`` stands for, given the context fund."""
    own = fund_of(term)
    covers = families().get(term.text)
    if covers is None or context is None or context.id == own.id:
        return own
    if ANY_FUND not in covers and context.id not in covers:
        return own
    return own if is_total(text, term) else context


def yields(term: Term, text: str, context: FundRef | None) -> bool:
    """Whether family word ``term`` yields to the context fund."""
    return resolve(term, text, context) is context and context is not None


def section_fund(section: tuple[str, ...], fallback: FundRef | None,
                 terms_of: Callable[[str], Sequence[Term]] = find_terms) -> FundRef | None:
    """The fund of a heading path: the innermost heading naming one, its family
    words read under the headings above it (and the report's fund).
    ``terms_of`` finds the terms of a heading (they may be remembered)."""
    fund = fallback
    for heading in section:
        terms = [t for t in terms_of(heading) if t.kind == "fund"]
        if terms:
            fund = resolve(terms[0], heading, fund)
    return fund
