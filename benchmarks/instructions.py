"""Instructions per character of the extraction beside ``jieba.lcut``, counted
by valgrind's callgrind: the same figures whatever else the machine is doing.

    python benchmarks/instructions.py [--mb 0.1] [--src DIR] [--jobs 2] [--new-figures]

``extract_speed.py`` times the same work in CPU seconds, and its ratios
wander by a quarter between runs on a shared host.  Here each measure is
two runs of one child process under callgrind, one that only starts and
warms up and one that then processes the corpus once; the difference is
the instructions the corpus cost.  The corpus is ``extract_speed``'s (the
seeds, or the bundled examples, with shifted years).  Instructions are not
seconds (a cache miss costs more than an add), so the ratios here and in
``extract_speed.py`` differ a little; these are the ones that compare two
versions of the code exactly (``--src`` points at another checkout's
``src``).  ``--new-figures`` adds the two shebao measures with the caches
kept per figure text emptied before every document (``extract_speed``'s
"new figures" rows: what a report of figures never seen before costs).
Needs valgrind; the interpreter runs with ``PYTHONHASHSEED=0`` and one BLAS thread.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
MEASURES = ("jieba.lcut", "shebao facts only", "shebao whole extraction")
NEW_FIGURES = ", new figures"  # the suffix of the measures run with the text caches emptied
COLLECTED = re.compile(r"Collected : (\d+)")


def child(what: str, loops: int, mb: float) -> None:
    """Start, warm up, then process the corpus ``loops`` times (the counted part)."""
    sys.path.insert(0, str(HERE))
    from extract_speed import corpus, new_figures, whole

    import jieba
    from shebao.pipeline import Stages, extract_document
    from shebao.runtime import batch_gc

    _, docs, chars = corpus(mb)
    if what == "jieba.lcut":
        jieba.initialize()
        jieba.lcut(docs[0].text[:2000])
        run = lambda: [jieba.lcut(d.text) for d in docs]  # noqa: E731
    else:
        is_whole = what.startswith("shebao whole extraction")
        stages = Stages() if is_whole else Stages(checks=False, causes=False)
        for d in docs[:5]:
            list(extract_document(d, stages))
        one = whole if is_whole else (lambda some: [extract_document(d, stages) for d in some])
        run = (lambda: new_figures(docs, one)) if what.endswith(NEW_FIGURES) else \
            (lambda: one(docs))  # noqa: E731
    with batch_gc():
        for _ in range(loops):
            run()
    print(chars)


def counted(what: str, loops: int, mb: float, src: Path) -> int:
    """Instructions of one child run under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        # numpy's BLAS threads spin while idle: one thread keeps them out of the count
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(src),
               "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out",
             sys.executable, __file__, "--child", what, str(loops), "--mb", str(mb)],
            env=env, capture_output=True, text=True, check=True)
    found = COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count for {what}:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def corpus_chars(mb: float, src: Path) -> int:
    """Characters of the corpus (one plain run, which also writes the .pyc files)."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, __file__, "--child", MEASURES[1], "0", "--mb", str(mb)],
                          env=env, capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=0.1, help="megabytes of text to process")
    ap.add_argument("--src", type=Path, default=SRC, help="the shebao source folder to count")
    ap.add_argument("--jobs", type=int, default=2, help="callgrind runs at a time")
    ap.add_argument("--new-figures", action="store_true",
                    help="also count the shebao measures with the text caches emptied per document")
    ap.add_argument("--child", nargs=2, metavar=("WHAT", "LOOPS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.mb)
        return
    if shutil.which("valgrind") is None:
        sys.exit("instructions.py needs valgrind (Debian: apt-get install valgrind)")
    chars = corpus_chars(args.mb, args.src)
    measures = MEASURES + ((MEASURES[1] + NEW_FIGURES, MEASURES[2] + NEW_FIGURES)
                           if args.new_figures else ())
    runs = [(what, loops) for what in measures for loops in (0, 1)]
    with ThreadPoolExecutor(args.jobs) as pool:
        counts = dict(zip(runs, pool.map(
            lambda r: counted(r[0], r[1], args.mb, args.src), runs)))
    cost = {what: counts[what, 1] - counts[what, 0] for what in measures}
    print(f"corpus: {chars:,} characters; source {args.src}; instructions counted by callgrind")
    print(f"{'what':37} {'instructions':>15} {'per char':>9} {'vs jieba':>9}")
    for what in measures:
        print(f"{what:37} {cost[what]:15,} {cost[what] / chars:9,.0f} "
              f"{cost['jieba.lcut'] / cost[what]:8.2f}x")


if __name__ == "__main__":
    main()
