"""``shebao evaluate``: fact-level precision/recall/F1 against gold."""

from __future__ import annotations

import argparse
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shebao.evaluate.run import FileResult

HELP = """\
Score the extractor against stand-off gold (annotations/README.md).  Each
gold file GOLD_DIR/<stem>.jsonl is scored against the source file <stem>.*
found in one of the SOURCE_DIRs; gold files whose source is absent are
skipped.  A fact matches when its span overlaps the gold span and fund,
account, metric, year, basis, measure and value agree.
"""


def add_parser(sub) -> None:
    p = sub.add_parser("evaluate", help="score extraction against annotated gold",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--gold", default="annotations/seeds", type=Path, metavar="GOLD_DIR",
                   help="folder of gold .jsonl files (default: annotations/seeds)")
    p.add_argument("--sources", nargs="+", type=Path, metavar="SOURCE_DIR",
                   default=[Path("../shared/seeds"), Path("examples/reports")],
                   help="folders holding the annotated files (default: ../shared/seeds examples/reports)")
    p.add_argument("--diff", action="store_true", help="list each missed and each false fact")
    p.add_argument("--calibration", action="store_true",
                   help="also print the calibration table: facts by confidence, share right")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from shebao.evaluate.run import differences, evaluate_dir

    results = evaluate_dir(args.gold, args.sources)
    if not results:
        print(f"no gold file in {args.gold} has its source in {[str(s) for s in args.sources]}")
        return 0
    print(f"{'file':40} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}  {'span F1':>7}")
    total = span_total = None
    for r in results:
        s = r.score
        print(f"{r.name:40} {len(r.gold):5d} {len(r.facts):5d} {s.precision:6.3f} "
              f"{s.recall:6.3f} {s.f1:6.3f}  {r.span_score.f1:7.3f}")
        if args.diff:
            print("\n".join(differences(r)))
        total = s if total is None else total + s
        span_total = r.span_score if span_total is None else span_total + r.span_score
    assert total is not None and span_total is not None  # results is not empty
    print(f"{'ALL':40} {total.tp + total.fn:5d} {total.tp + total.fp:5d} {total.precision:6.3f} "
          f"{total.recall:6.3f} {total.f1:6.3f}  {span_total.f1:7.3f}")
    if args.calibration:
        _print_calibration(results)
    return 0


def _print_calibration(results: list[FileResult]) -> None:
    from shebao.evaluate.calibration import calibration_table, format_table, labelled

    confidences: list[float] = []
    right: list[bool] = []
    for r in results:
        confidences.extend(f.confidence for f in r.facts)
        right.extend(labelled(r.facts, r.gold))
    print("\ncalibration (a fact is right when it matches a gold fact):")
    print(format_table(calibration_table(confidences, right)))
