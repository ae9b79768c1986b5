"""Characters/s and reports/s of the extraction, beside jieba.lcut.

    python benchmarks/extract_speed.py [--mb 3]

Reads the real seeds from ../shared/seeds when present (else the bundled
examples), repeats them to about --mb megabytes of text, and times, on one
core and in this one process: the whole extraction of every copy (facts,
checks and causes), the facts alone, and jieba.lcut over the same text.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import jieba

from shebao.ingest.read import ReadError, read_document
from shebao.pipeline import Stages, extract_document
from shebao.tag.nlp import make_nlp

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "reports"


def corpus() -> tuple[str, list]:
    folder = SEEDS if SEEDS.is_dir() else EXAMPLES
    docs = []
    for path in sorted(folder.glob("*.txt")):
        try:
            docs.append(read_document(path))
        except ReadError:
            continue
    return str(folder), docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=3.0, help="megabytes of text to process")
    args = ap.parse_args()
    where, docs = corpus()
    size = sum(len(d.text) for d in docs)
    copies = max(1, int(args.mb * 1e6 / 3 / size))  # ~3 bytes per CJK character in UTF-8
    chars = size * copies
    make_nlp()  # load the pipeline and jieba's dictionaries outside the timing
    jieba.lcut("预热")

    timings = {}
    for label, stages in (("whole extraction (facts, checks, causes)", Stages()),
                          ("facts only (no checks, no causes)", Stages(checks=False, causes=False))):
        t0 = time.perf_counter()
        reports = facts = 0
        for _ in range(copies):
            for d in docs:
                for r in extract_document(d, stages):
                    reports += 1
                    facts += len(r.facts)
        timings[label] = (time.perf_counter() - t0, reports, facts)

    t0 = time.perf_counter()
    for _ in range(copies):
        for d in docs:
            jieba.lcut(d.text)
    t_jieba = time.perf_counter() - t0

    print(f"corpus: {len(docs)} files from {where}, x{copies} = {chars:,} characters, {reports} reports")
    for label, (seconds, reports, facts) in timings.items():
        print(f"shebao, {label:42}: {chars / seconds:10,.0f} chars/s  "
              f"{reports / seconds:7.1f} reports/s  ({facts} facts, {seconds:.2f} s)")
    print(f"jieba.lcut over the same text{'':27}: {chars / t_jieba:10,.0f} chars/s  ({t_jieba:.2f} s)")


if __name__ == "__main__":
    main()
