"""Planted errors across an archive: single-report and cross-report checks (issue 10).

    python benchmarks/archive_errors.py [--regions 4] [--years 6] [--plants 80] [--seed 0]

An archive of final-accounts notes is generated (invented counties, several
funds, one report per county and year, each giving the year's income,
expenditure, balance and accumulated balance and last year's income and
spending, in sentences of five templates).  Each plant changes ONE money
figure of one report (a unit slip or a dropped digit, as in
``plant_errors.py``); that report is re-extracted into a copy of the store
and both the report's own checks and ``shebao check --db`` run again.  A
plant is found when a new flag lies on the planted figure or names it
(among its related figures, or as evidence); a new flag elsewhere is false.
*Cross-exposable*: another report states the same fact, or the series has
two other years near it.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import sys
import tempfile
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import plant_errors as pe  # noqa: E402

from shebao.check.archive import check_connection  # noqa: E402
from shebao.check.statements import ArchiveFlag  # noqa: E402
from shebao.pipeline import extract_document  # noqa: E402
from shebao.records import Document, Fact, ReportRecord  # noqa: E402
from shebao.store.rows import file_rows  # noqa: E402
from shebao.store.schema import connect  # noqa: E402
from shebao.store.write import delete_file, write_file  # noqa: E402

REGIONS = ("青石县", "白河县", "松岭县", "云溪县", "石门县", "柳塘县", "金川县", "芦花县")
FUNDS = ("失业保险基金", "工伤保险基金", "城乡居民基本养老保险基金", "职工基本医疗保险基金")
NUMERALS = "一二三四五六七八九"
TEMPLATES = (
    "{f}全年收入{inc}，{py}年为{pinc}。{f}全年支出{exp}，{py}年为{pexp}。"
    "当年收支结余{bal}，年末累计结余{acc}。",
    "{y}年{f}收入{inc}，比上年增加{dinc}，增长{rinc}。{y}年{f}支出{exp}。"
    "{py}年{f}支出为{pexp}。{f}本年收支结余{bal}，年末累计结余{acc}。",
    "{y}年{f}收入{inc}，{py}年{f}收入{pinc}。{y}年{f}支出{exp}，{py}年{f}支出{pexp}。"
    "{f}当年结余{bal}，历年滚存结余{acc}。",
    "{f}本年收入{inc}、支出{exp}，收支结余{bal}，年末累计结余{acc}。"
    "{py}年，该基金收入{pinc}、支出{pexp}。",
    "{y}年{f}收入{inc}，支出{exp}，本年收支结余{bal}，年末累计结余{acc}。"
    "上年{f}收入{pinc}，支出{pexp}。",
)
CENT = Decimal("0.01")


def fund_years(rng: random.Random, years: range) -> dict[int, dict[str, Decimal]]:
    """Income, expenditure, balance and accumulated balance of one fund, per year."""
    income = Decimal(rng.randint(20_000, 5_000_000)) / 100
    acc = (income * Decimal(rng.uniform(1.5, 3))).quantize(CENT)
    out = {}
    for year in years:
        income = (income * Decimal(rng.uniform(1.01, 1.10))).quantize(CENT)
        spent = (income * Decimal(rng.uniform(0.82, 0.98))).quantize(CENT)
        acc += income - spent
        out[year] = {"inc": income, "exp": spent, "bal": income - spent, "acc": acc}
    return out


def report_text(region: str, year: int, funds: dict, rng: random.Random) -> str:
    lines = [f"{region}{year}年社会保险基金决算说明", ""]
    for n, (fund, series) in enumerate(funds.items()):
        now, last = series[year], series[year - 1]
        change = now["inc"] - last["inc"]
        values = {k: f"{v}万元" for k, v in now.items()}
        values.update(pinc=f"{last['inc']}万元", pexp=f"{last['exp']}万元", dinc=f"{change}万元",
                      rinc=f"{(change / last['inc'] * 100).quantize(CENT)}%")
        lines += [f"{NUMERALS[n]}、{fund}",
                  rng.choice(TEMPLATES).format(f=fund, y=year, py=year - 1, **values)]
    return "\n".join(lines) + "\n"


def archive(regions: int, years: int, rng: random.Random) -> list[Document]:
    """The generated reports, as documents (path: region-year.txt)."""
    span = range(2015, 2016 + years)
    docs = []
    for region in REGIONS[:regions]:
        funds = {f: fund_years(rng, span) for f in rng.sample(FUNDS, rng.randint(2, 3))}
        for year in list(span)[1:]:
            text = report_text(region, year, funds, rng)
            docs.append(Document(f"{region}-{year}.txt", _sha(text), text, "utf-8"))
    return docs


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def store(docs: list[Document], path: Path) -> dict[str, list[ReportRecord]]:
    conn, out = connect(path), {}
    for doc in docs:
        out[doc.path] = extract_document(doc)
        write_file(conn, file_rows(out[doc.path], doc.sha256, doc.path, len(doc.text)))
    conn.close()
    return out


@dataclass(frozen=True)
class Run:
    plant: pe.Plant
    cross_exposable: bool
    single: tuple[bool, bool, int]  # direct, related, false (as plant_errors.judge)
    cross: tuple[bool, bool, int]


def _spot(f: ArchiveFlag) -> tuple[str, str, int]:
    return f.at.source, f.flag.kind, f.flag.start


def judge_cross(plant: pe.Plant, source: str, before: set, after: list[ArchiveFlag]):
    """(direct, related, false) of the archive flags after a plant."""
    span, direct, related, false = plant.span(), False, False, 0
    for f in after:
        start = f.flag.start
        if f.at.source == source and (f.at.source, f.flag.kind, start) in before:
            continue
        if f.at.source != source and _spot(f) in before:
            continue
        if f.at.source == source and pe._overlaps((start, f.flag.end), span):
            direct = True
        elif any(e.source == source and pe._overlaps((e.fact.start, e.fact.end), span)
                 for e in f.evidence):
            related = True
        else:
            false += 1
    return direct, related, false


def series_key(region: str | None, f: Fact) -> tuple:
    return (region, f.fund, f.account, f.metric, f.basis, f.measure, f.period)


def cross_exposable(fact: Fact, record: ReportRecord, records: dict) -> bool:
    key, others, years = series_key(record.region, fact), 0, set()
    for rs in records.values():
        for r in rs:
            for f in r.facts:
                if series_key(r.region, f) == key and f.year is not None:
                    same = r.source == record.source
                    others += f.year == fact.year and not same
                    years.add(f.year)
    near = {y for y in years if y != fact.year and abs(y - (fact.year or 0)) <= 3}
    return others > 0 or (fact.measure == "level" and len(near) >= 2)


def plant_run(doc: Document, records: dict, clean: sqlite3.Connection, before: set,
              rng: random.Random) -> Run | None:
    [record] = [r for r in records[doc.path] if r.status == "ok"][:1] or [None]
    if record is None:
        return None
    candidates = [f for f in record.facts if f.unit in pe.MONEY_UNITS
                  and f.measure in pe.PLANTED_MEASURES and (pe.unit_edits(f) or pe.digit_edits(f))]
    if not candidates:
        return None
    plant = pe.make_plant(rng.choice(candidates), rng)
    text = plant.apply(doc.text)
    new = replace(doc, text=text, sha256=_sha(text))
    after = extract_document(new)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    clean.backup(conn)
    conn.row_factory = sqlite3.Row
    conn.execute("BEGIN IMMEDIATE")
    delete_file(conn, doc.sha256)
    conn.execute("COMMIT")
    write_file(conn, file_rows(after, new.sha256, new.path, len(text)))
    flags = check_connection(conn)
    conn.close()
    single = pe.judge(plant, record.flags, [g for r in after for g in r.flags])
    cross = judge_cross(plant, doc.path, before, flags)
    return Run(plant, cross_exposable(plant.fact, record, records), single, cross)


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0 = n/a"


def summary(runs: list[Run]) -> list[str]:
    def hit(r: Run, which: str) -> bool:
        single, cross = any(r.single[:2]), any(r.cross[:2])
        return {"single": single, "cross": cross, "either": single or cross}[which]

    exp = [r for r in runs if r.cross_exposable]
    lines = [f"plants: {len(runs)}   cross-exposable: {len(exp)}"]
    for which in ("single", "cross", "either"):
        lines.append(f"  {which:<6} recall on all plants {_ratio(sum(hit(r, which) for r in runs), len(runs))}"
                     f"   on cross-exposable {_ratio(sum(hit(r, which) for r in exp), len(exp))}")
    lines.append(f"  false flags per planted report: single "
                 f"{_ratio(sum(r.single[2] for r in runs), len(runs))}   cross "
                 f"{_ratio(sum(r.cross[2] for r in runs), len(runs))}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--regions", type=int, default=4, help=f"counties (at most {len(REGIONS)})")
    ap.add_argument("--years", type=int, default=6, help="reports per county (one a year)")
    ap.add_argument("--plants", type=int, default=80, help="planted runs")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs = archive(args.regions, args.years, rng)
    with tempfile.TemporaryDirectory() as tmp:
        records = store(docs, Path(tmp) / "clean.sqlite")
        clean = connect(Path(tmp) / "clean.sqlite")
        baseline = check_connection(clean)
        before = {_spot(f) for f in baseline}
        single = sum(len(r.flags) for rs in records.values() for r in rs)
        print(f"archive: {len(docs)} generated reports ({args.regions} counties × {args.years} years)")
        print(f"clean archive: single-report flags {_ratio(single, len(docs))} per report, "
              f"cross-report flags {_ratio(len(baseline), len(docs))} per report")
        runs = [r for r in (plant_run(rng.choice(docs), records, clean, before, rng)
                            for _ in range(args.plants)) if r is not None]
        clean.close()
    print(*summary(runs), sep="\n")
    for kind in ("unit", "digit"):
        print(f"-- {kind} plants", *("  " + line for line in
                                      summary([r for r in runs if r.plant.kind == kind])), sep="\n")


if __name__ == "__main__":
    main()
