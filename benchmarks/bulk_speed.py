"""Files/s, reports/s, characters/s and peak memory of a bulk run into the store.

    python benchmarks/bulk_speed.py [--sizes 2000 8000] [--workers 1 2]

Writes copies of examples/reports into a temporary folder, with decimals
varied so that every copy has its own sha256, then runs
``shebao.bulk.run_bulk`` over them into a fresh SQLite store: the first size
with each worker count, every other size with the largest worker count
(the flat-memory check).  Each run is its own process, so peak memory
(``ru_maxrss``) is that run's: the main process (the writer) and the largest
worker process.  The speed-up is printed beside that of a pure-CPU loop
over the same number of processes: on a shared or throttled machine that
is the ceiling.
"""

from __future__ import annotations

import argparse
import codecs
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "reports"

# The last decimal of a figure: the digit a copy varies.
LAST_DECIMAL = regex.compile(r"""
    (?<=\d\.\d)   # after a digit, the decimal point and a first decimal
    \d            # the second decimal, replaced
    (?!\d)        # where the figure ends
""", regex.VERBOSE)

VARIED = 4  # figures varied per copy: 10**4 distinct copies of each template
_BOMS = {"utf-8-sig": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE,
         "utf-16-be": codecs.BOM_UTF16_BE}


def variant(text: str, i: int) -> str:
    """``text`` with the second decimal of its first ``VARIED`` figures spelling ``i``."""
    digits = iter(f"{i:0{VARIED}d}"[-VARIED:])
    return LAST_DECIMAL.sub(lambda m: next(digits, m.group()), text, count=VARIED)


def _encode(text: str, encoding: str) -> bytes:
    return _BOMS.get(encoding, b"") + text.encode("utf-8" if encoding == "utf-8-sig" else encoding)


def make_corpus(folder: Path, n: int) -> int:
    """Write ``n`` report files under ``folder`` (100 per subfolder); return their characters."""
    from shebao.ingest.read import ReadError, read_document
    docs = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        try:
            docs.append(read_document(path))
        except ReadError:
            continue  # the broken example
    chars = 0
    for i in range(n):
        doc = docs[i % len(docs)]
        text = variant(doc.text, i // len(docs))
        target = folder / f"part{i // 100:04d}" / f"{Path(doc.path).stem}-{i:05d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_encode(text, doc.encoding))
        chars += len(text)
    return chars


def measure(folder: str, db: str, workers: int) -> dict:
    """One run (in this process): seconds, counts and peak memory in MB."""
    from shebao.bulk.run import run_bulk
    start = time.perf_counter()
    summary = run_bulk([folder], db, workers=workers)
    seconds = time.perf_counter() - start
    peak = {who: resource.getrusage(kind).ru_maxrss / 1024 for who, kind in
            (("main_mb", resource.RUSAGE_SELF), ("worker_mb", resource.RUSAGE_CHILDREN))}
    return {"seconds": seconds, "files": summary.ok + summary.failed,
            "reports": summary.reports, "facts": summary.facts, **peak}


def _burn(n: int) -> int:
    return sum(i * i for i in range(n))


def ceiling(workers: int) -> float:
    """Speed-up of a pure-CPU loop with ``workers`` processes: what the machine allows now."""
    import multiprocessing
    tasks = [2_000_000] * (4 * workers)
    start = time.perf_counter()
    list(map(_burn, tasks))
    alone = time.perf_counter() - start
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        start = time.perf_counter()
        pool.map(_burn, tasks, 1)
        return alone / (time.perf_counter() - start)


def _run(folder: Path, workers: int, chars: int, work: Path) -> dict:
    db = work / f"{folder.name}-{workers}.sqlite"
    out = subprocess.run([sys.executable, __file__, "--measure", str(folder), str(db), str(workers)],
                         check=True, capture_output=True, text=True)
    result = json.loads(out.stdout.splitlines()[-1])
    result.update(workers=workers, chars=chars)
    return result


def _line(size: int, r: dict) -> str:
    s = r["seconds"]
    return (f"{size:6d} files  {r['workers']} worker(s): {r['files'] / s:7.1f} files/s  "
            f"{r['reports'] / s:7.1f} reports/s  {r['chars'] / s:11,.0f} chars/s  "
            f"({s:6.1f} s, {r['facts']} facts)  peak RSS main {r['main_mb']:.0f} MB, "
            f"worker {r['worker_mb']:.0f} MB")


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--measure":
        print(json.dumps(measure(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 8000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="shebao-bench-") as tmp:
        work = Path(tmp)
        by_workers = {}
        for k, size in enumerate(args.sizes):
            folder = work / f"corpus{size}"
            chars = make_corpus(folder, size)
            for workers in (args.workers if k == 0 else [max(args.workers)]):
                result = _run(folder, workers, chars, work)
                by_workers.setdefault(size, {})[workers] = result
                print(_line(size, result), flush=True)
        first = by_workers[args.sizes[0]]
        if len(first) > 1:
            lo, hi = min(first), max(first)
            speed_up = first[lo]["seconds"] / first[hi]["seconds"]
            print(f"speed-up {hi} vs {lo} worker(s) at {args.sizes[0]} files: {speed_up:.2f}x "
                  f"(a pure-CPU loop on this machine now: {ceiling(hi):.2f}x)")


if __name__ == "__main__":
    main()
