"""``shebao train``: rebuild the cause models from annotations/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = """\
Train the clause model (where an explanation starts and stops) and the
category model from annotations/causes/train.jsonl, score both by 5-fold
cross-validation and write them to DIR/<name>/ (model.skops, the fitted
scikit-learn pipeline; weights.npz and weights.json, the same model as plain
arrays, which extraction reads without scikit-learn; metadata.json:
training-data sha256, library and code versions, scores, date).
The same data, code and seed give the same scores.

The training data comes with the git checkout and the source distribution
(annotations/), found beside the package or in the working folder.  Without
--out the models replace the package's own (src/shebao/models/) when the
package runs from a writable checkout; an installed copy needs --out DIR, and
`SHEBAO_MODELS=DIR shebao extract ...` then uses them.

`shebao train --confidence` instead rebuilds the fact confidence model
(logistic regression + isotonic calibration) from the recorded first runs
over held-out sets (annotations/confidence/*.jsonl: each fact's features and
whether it was right), prints its cross-validated calibration table and
writes it where it is loaded from (src/shebao/resources/confidence_model.json),
or to --out.
"""


def add_parser(sub) -> None:
    p = sub.add_parser("train", help="rebuild the cause models from annotations/",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=None, metavar="TRAIN.jsonl",
                   help="training passages (default: annotations/causes/train.jsonl)")
    p.add_argument("--out", type=Path, default=None, metavar="DIR",
                   help="models folder (default: src/shebao/models/ of a checkout; with "
                        "--confidence: the package's resources folder)")
    p.add_argument("--confidence", action="store_true",
                   help="rebuild the fact confidence model instead of the cause models")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.set_defaults(run=run)


def _no_out(what: str) -> int:
    print(f"shebao: this shebao is an installed copy, not a writable checkout: pass "
          f"--out DIR for the {what}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from shebao.cause.dataset import default_train
    from shebao.cause.models import ENV, writable_shipped_dir
    from shebao.cause.train import train_all

    if args.confidence:
        if args.out is None and writable_shipped_dir() is None:
            return _no_out("confidence model")
        return _run_confidence(args.out)
    if args.out is None:
        args.out = writable_shipped_dir()
        if args.out is None:
            return _no_out(f"cause models (then set {ENV}=DIR to use them)")
    args.data = args.data or default_train()
    if not args.data.is_file():
        print(f"shebao: {args.data}: training data not found (it comes with a git checkout or "
              f"the source distribution, under annotations/causes/; or pass --data)",
              file=sys.stderr)
        return 2
    try:
        metas = train_all(args.data, args.out, args.seed)
    except ValueError as exc:
        print(f"shebao: {exc}", file=sys.stderr)
        return 2
    for name, meta in metas.items():
        cv = meta["cv"]
        scores = {k: v for k, v in cv.items() if isinstance(v, dict)}
        text = "; ".join(f"{k} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f}"
                         for k, v in scores.items())
        print(f"{args.out / name}: {meta['rows']} rows, {cv['folds']}-fold CV: {text}")
    return 0


def _run_confidence(out: Path | None) -> int:
    from shebao.evaluate.calibration import CalibrationBin, format_table
    from shebao.evaluate.confidence_train import train

    try:
        path, data = train(out)
    except ValueError as exc:
        print(f"shebao: {exc}", file=sys.stderr)
        return 2
    sets = ", ".join(f"{s['name']} {s['right']}/{s['facts']}" for s in data["training"]["sets"])
    print(f"{path}: {data['training']['rows']} facts (right/all: {sets})")
    table = [CalibrationBin(**row) for row in data["scores"]["cv"]["table"]]
    print("cross-validated calibration (folds by report):")
    print(format_table(table))
    return 0
