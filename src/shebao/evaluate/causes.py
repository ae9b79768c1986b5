"""Cause precision/recall/F1 against stand-off gold (issue 3's rule).

Run: ``python -m shebao.evaluate.causes [GOLD_DIR [SOURCE_DIR]]`` (defaults:
annotations/causes/seeds and ../shared/seeds).  A predicted cause matches a
gold one when fund, metric and effect agree and it covers at least half of
the gold span; matching is one to one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shebao.cause.models import checkout_root
from shebao.cause.score import ZERO, match_spans
from shebao.evaluate.score import Score
from shebao.pipeline import extract_file

ROOT = checkout_root()


def _key(c: dict) -> tuple:
    return (c["fund"], c["metric"], c["effect"])


def score_file(gold_path: Path, source: Path) -> tuple[Score, list[tuple], list[tuple]]:
    """Score, predicted and gold causes of one seed file."""
    gold = [json.loads(l) for l in gold_path.read_text(encoding="utf-8").splitlines() if l.strip()]
    predicted = [{"report_index": r.report_index, **c.__dict__}
                 for r in extract_file(source) for c in r.causes]
    total = ZERO
    for index in {g["report_index"] for g in gold} | {p["report_index"] for p in predicted}:
        g = [(c["start"], c["end"], _key(c)) for c in gold if c["report_index"] == index]
        p = [(c["start"], c["end"], _key(c)) for c in predicted if c["report_index"] == index]
        total += match_spans(p, g, same=lambda a, b: a[2] == b[2])
    as_rows = lambda cs: [(c["report_index"], c["start"], c["end"], *_key(c)) for c in cs]
    return total, as_rows(predicted), as_rows(gold)


def evaluate(gold_dir: Path, source_dir: Path, out=sys.stdout, diff: bool = False) -> Score | None:
    """Print one line per seed and the total; None when no source is present."""
    total, seen = ZERO, 0
    for gold_path in sorted(gold_dir.glob("*.jsonl")):
        source = source_dir / f"{gold_path.stem}.txt"
        if not source.is_file():
            continue
        s, predicted, gold = score_file(gold_path, source)
        seen += 1
        total += s
        print(f"{gold_path.stem:28} gold {s.tp + s.fn:3d} pred {s.tp + s.fp:3d}  "
              f"P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}", file=out)
        if diff:
            print("  predicted:", *predicted, "  gold:", *gold, sep="\n    ", file=out)
    if not seen:
        print(f"no gold file of {gold_dir} has its source in {source_dir}", file=out)
        return None
    print(f"{'ALL':28} gold {total.tp + total.fn:3d} pred {total.tp + total.fp:3d}  "
          f"P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f}", file=out)
    return total


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    diff = "--diff" in args
    args = [a for a in args if a != "--diff"]
    gold = Path(args[0]) if args else ROOT / "annotations" / "causes" / "seeds"
    source = Path(args[1]) if len(args) > 1 else ROOT.parent / "shared" / "seeds"
    evaluate(gold, source, diff=diff)
    return 0


if __name__ == "__main__":
    sys.exit(main())
