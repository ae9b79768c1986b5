"""Recall and false flags of the checks on planted errors (issue 4).

    python benchmarks/plant_errors.py [--plants 20] [--seed 0] [--corpus DIR ...] [--misses]

Corpus: ../shared/seeds, else the bundled examples and held-out reports.  Per
report, ``--plants`` times: one money fact (level/yoy_change) gets ONE error at
its span — a unit slip (only where the unit is written there) or one dropped
digit, 50/50 — and the re-extracted flags are compared with the unplanted ones.
*Exposable*: some relation among the report's facts could show the plant
(simple rules here, independent of the checker's relations module).
"""

from __future__ import annotations

import argparse
import random
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import regex

from shebao.ingest.read import ReadError, read_document
from shebao.pipeline import extract_document
from shebao.records import Document, Fact, Flag

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
FALLBACK = (ROOT / "examples" / "reports", ROOT / "annotations" / "heldout" / "reports")

MONEY_UNITS = ("元", "万元", "亿元")
PLANTED_MEASURES = ("level", "yoy_change")
# The written number of a figure: sign, digits, thousands commas, one decimal point.
NUMBER = regex.compile(r"""
    (?P<int> \d{1,3}(?:,\d{3})+     # integer part with thousands commas
           | \d+ )                  # or plain digits
    (?: \. (?P<frac> \d+ ) )?       # optional decimal part
""", regex.VERBOSE)
# Unit slips: written unit → (characters of the unit replaced, replacement).
UNIT_EDITS = {
    "万元": (("万", "亿"), ("万", "")),  # 万元→亿元, 万元→元
    "亿元": (("亿", "万"),),             # 亿元→万元
    "元": (("", "万"),),                 # 元→万元 (insert 万 before 元)
}
BALANCE = ("income_total", "expenditure_total", "annual_balance")


@dataclass(frozen=True)
class Plant:
    """One edit of the source: ``text[start:end]`` becomes ``new``."""

    kind: str  # "unit" or "digit"
    fact: Fact
    start: int
    end: int
    new: str

    @property
    def delta(self) -> int:
        return len(self.new) - (self.end - self.start)

    def apply(self, text: str) -> str:
        return text[:self.start] + self.new + text[self.end:]

    def span(self) -> tuple[int, int]:
        """The planted figure in the modified text."""
        return self.fact.start, self.fact.end + self.delta

    def figure(self, text: str) -> str:
        start, end = self.span()
        return " ".join(self.apply(text)[start:end].split())

    def rounding(self) -> bool:
        """A dropped decimal that leaves an honest rounding of the figure (53.14 → 53.1)."""
        if self.kind != "digit":
            return False
        old = self.fact.text[self.start - self.fact.start:self.end - self.fact.start]
        places = len(self.new.partition(".")[2])
        gap = abs(Decimal(old.replace(",", "")) - Decimal(self.new.replace(",", "")))
        return gap <= Decimal(5).scaleb(-places - 1)


@dataclass(frozen=True)
class Outcome:
    plant: Plant
    report: str
    exposable: tuple[str, ...]  # the relations that could expose it
    direct: bool  # a new flag lies on the planted figure
    related: bool  # a new flag elsewhere names it among its related figures
    false_flags: int  # new flags touching neither
    planted: str  # the planted figure as written


def unit_edits(fact: Fact) -> list[Plant]:
    """Unit slips possible at the fact's span (none when no unit is written there)."""
    i = fact.text.rfind(fact.unit)
    if fact.unit == "元":
        while i > 0 and fact.text[i - 1] in "万亿":
            i = fact.text.rfind("元", 0, i - 1)
    if i < 0:
        return []
    at = fact.start + i
    return [Plant("unit", fact, at, at + len(old), new) for old, new in UNIT_EDITS[fact.unit]]


def digit_edits(fact: Fact) -> list[Plant]:
    """Every way of dropping one digit that leaves a well-formed number."""
    m = NUMBER.search(fact.text)
    if m is None:
        return []
    whole, frac = m["int"].replace(",", ""), m["frac"] or ""
    group = (lambda d: f"{int(d):,}") if "," in m["int"] else (lambda d: d)
    options = [(group(w), frac) for w in (whole[:i] + whole[i + 1:] for i in range(len(whole)))
               if w and unicodedata.digit(w[0]) != 0]  # never empty, no leading zero
    if len(frac) > 1:
        options += [(group(whole), frac[:i] + frac[i + 1:]) for i in range(len(frac))]
    start, end = fact.start + m.start("int"), fact.start + m.end()
    return [Plant("digit", fact, start, end, n + ("." + f if f else ""))
            for n, f in options]


def make_plant(fact: Fact, rng: random.Random) -> Plant | None:
    """One plant at ``fact``: unit or digit with even odds, whichever is possible."""
    units, digits = unit_edits(fact), digit_edits(fact)
    pool = units if units and (not digits or rng.random() < 0.5) else digits
    return rng.choice(pool) if pool else None


def _metric(f: Fact) -> tuple:
    """Fund, account and metric (metric_name only distinguishes `other`)."""
    return f.fund, f.account, f.metric, f.metric_name if f.metric == "other" else None


def _in_balance(fact: Fact, others: Sequence[Fact]) -> bool:
    """Income, expenditure and balance of the year, or the accumulated-balance chain."""
    if fact.measure != "level" or fact.year is None:
        return False
    have = {(f.metric, f.year) for f in others
            if f.measure == "level" and (f.fund, f.basis) == (fact.fund, fact.basis)}
    have.add((fact.metric, fact.year))
    y = fact.year
    triples = [[(m, y) for m in BALANCE]] + [
        [("accumulated_balance", yr), ("accumulated_balance", yr - 1), ("annual_balance", yr)]
        for yr in (y, y + 1)]
    return any((fact.metric, y) in t and all(s in have for s in t) for t in triples)


def _in_change(fact: Fact, slots: set) -> bool:
    """Three of a year's level, last year's level, its change and its rate."""
    key, y, basis = _metric(fact), fact.year, fact.basis
    if y is None:
        return False
    years = (y, y + 1) if fact.measure == "level" else (y,)
    quartets = [[(yr, "level"), (yr - 1, "level"), (yr, "yoy_change"), (yr, "yoy_rate")]
                for yr in years]
    return any(sum((key, yr, basis, m) in slots or (yr, m) == (y, fact.measure)
                   for yr, m in quartet) >= 3 for quartet in quartets)


def _in_budget(fact: Fact, slots: set) -> bool:
    """Actual, budget and completion rate of one metric and year."""
    if fact.measure != "level":
        return False
    other = "budget" if fact.basis == "actual" else "actual"
    key, y = _metric(fact), fact.year
    return (key, y, other, "level") in slots and (key, y, "actual", "budget_rate") in slots


def exposable(fact: Fact, facts: Sequence[Fact]) -> tuple[str, ...]:
    """Relations among ``facts`` that would show an error in ``fact``."""
    others = [f for f in facts if f is not fact]
    slots = {(_metric(f), f.year, f.basis, f.measure) for f in others}
    tests = {
        "twice": (_metric(fact), fact.year, fact.basis, fact.measure) in slots,
        "list": fact.part_of is not None or any(f.part_of == fact.start for f in others),
        "balance": _in_balance(fact, others),
        "change": _in_change(fact, slots),
        "budget": _in_budget(fact, slots),
    }
    return tuple(name for name, holds in tests.items() if holds)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _shift(x: int, plant: Plant) -> int:
    """An original offset in the modified text."""
    if x <= plant.start:
        return x
    return x + plant.delta if x >= plant.end else plant.start


def judge(plant: Plant, before: Iterable[Flag], after: Iterable[Flag]) -> tuple[bool, bool, int]:
    """(direct, related, false flags): new flags = (kind, start) absent before."""
    old = {(f.kind, _shift(f.start, plant)) for f in before}
    span = plant.span()
    direct, related, false = False, False, 0
    for flag in after:
        if (flag.kind, flag.start) in old:
            continue
        if _overlaps((flag.start, flag.end), span):
            direct = True
        elif any(_overlaps((r.start, r.end), span) for r in flag.related):
            related = True
        else:
            false += 1
    return direct, related, false


def plant_runs(doc: Document, plants: int, rng: random.Random) -> list[Outcome]:
    """``plants`` planted runs in every report of ``doc``."""
    records = [r for r in extract_document(doc) if r.status == "ok"]
    before = [g for r in records for g in r.flags]
    outcomes = []
    for record in records:
        candidates = [f for f in record.facts if f.unit in MONEY_UNITS
                      and f.measure in PLANTED_MEASURES and (unit_edits(f) or digit_edits(f))]
        name = f"{Path(doc.path).name}#{record.report_index}"
        for _ in range(plants if candidates else 0):
            plant = make_plant(rng.choice(candidates), rng)
            modified = replace(doc, text=plant.apply(doc.text))
            after = [g for r in extract_document(modified) for g in r.flags]
            found = judge(plant, before, after)
            outcomes.append(Outcome(plant, name, exposable(plant.fact, record.facts),
                                    *found, plant.figure(doc.text)))
    return outcomes


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0 = n/a"


def summary(outcomes: Sequence[Outcome]) -> list[str]:
    """Plants, exposable plants, recalls and false flags, as printed lines."""
    exp = [o for o in outcomes if o.exposable]
    sharp = [o for o in exp if not o.plant.rounding()]
    false = sum(o.false_flags for o in outcomes)

    def recall(name: str, os: Sequence[Outcome]) -> str:
        hit, direct = sum(o.direct or o.related for o in os), sum(o.direct for o in os)
        return (f"recall on {name}: {_ratio(hit, len(os))}   (on the figure itself "
                f"{direct}, only via related figures {hit - direct})")

    return [f"plants: {len(outcomes)}   exposable plants: {len(exp)}",
            recall("exposable plants", exp), recall("all plants", outcomes),
            recall("exposable plants that are no honest rounding", sharp),
            f"false flags per report (planted runs): {_ratio(false, len(outcomes))}"]


def miss_lines(outcomes: Iterable[Outcome]) -> list[str]:
    """Exposable plants that no new flag covered."""
    lines = []
    for o in outcomes:
        f = o.plant.fact
        if o.exposable and not (o.direct or o.related):
            lines.append(f"  miss {o.report} {o.plant.kind}: {' '.join(f.text.split())} → "
                         f"{o.planted}  [{f.fund}/{f.metric}/{f.measure}/{f.year}/{f.basis}/"
                         f"{f.mention}] via {','.join(o.exposable)}"
                         + ("  (honest rounding)" if o.plant.rounding() else ""))
    return lines


def corpus(dirs: Sequence[Path]) -> list[Document]:
    docs = []
    for path in (p for folder in dirs for p in sorted(folder.glob("*.txt"))):
        try:
            docs.append(read_document(path))
        except ReadError:  # an unreadable file (the broken example) has no facts
            continue
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plants", type=int, default=20, help="plants per report")
    ap.add_argument("--seed", type=int, default=0, help="seed of the random generator")
    ap.add_argument("--corpus", type=Path, nargs="+", help="folders of .txt reports")
    ap.add_argument("--misses", action="store_true", help="list the exposable plants missed")
    args = ap.parse_args()
    dirs = args.corpus or ([SEEDS] if SEEDS.is_dir() else list(FALLBACK))
    docs, rng = corpus(dirs), random.Random(args.seed)
    records = [r for d in docs for r in extract_document(d) if r.status == "ok"]
    baseline = sum(len(r.flags) for r in records)
    outcomes = [o for d in docs for o in plant_runs(d, args.plants, rng)]
    print(f"corpus: {len(docs)} files, {len(records)} reports from {', '.join(map(str, dirs))}")
    print(f"baseline flags on unplanted reports: {_ratio(baseline, len(records))} per report")
    print(*summary(outcomes), sep="\n")
    for kind in ("unit", "digit"):
        lines = summary([o for o in outcomes if o.plant.kind == kind])
        print(f"-- {kind} plants", *("   " + line for line in lines), sep="\n")
    if args.misses:
        print(*miss_lines(outcomes), sep="\n")


if __name__ == "__main__":
    main()
