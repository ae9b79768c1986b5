"""``shebao train``: rebuild the cause models from annotations/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from shebao.cause.dataset import default_train
from shebao.cause.models import default_dir
from shebao.cause.train import train_all

HELP = """\
Train the clause model (where an explanation starts and stops) and the
category model from annotations/causes/train.jsonl, score both by 5-fold
cross-validation and write them to models/<name>/ (model.skops plus
metadata.json: training-data sha256, library versions, scores, date).
The same data and seed give the same scores.
"""


def add_parser(sub) -> None:
    p = sub.add_parser("train", help="rebuild the cause models from annotations/",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=default_train(), metavar="TRAIN.jsonl",
                   help="training passages (default: annotations/causes/train.jsonl)")
    p.add_argument("--out", type=Path, default=default_dir(), metavar="DIR",
                   help="models folder (default: models/ of the checkout)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.data.is_file():
        print(f"shebao: {args.data}: training data not found", file=sys.stderr)
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
