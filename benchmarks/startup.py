"""Wall time of the CLI's quick answers (``--version``, ``--help``, ``extract --help``)
and of ``shebao extract`` on one short report, start-up and model loading included.

    python benchmarks/startup.py [--runs 5] [--src DIR]

Each command runs as a fresh ``python -m shebao`` process (this checkout's
``src``, or ``--src``, e.g. an older version's, first on the path), best of
``--runs``; a bare ``python -c pass`` is
timed the same way, so the part that is shebao's own shows.  The goal is
under 0.5 s: the command modules import their machinery (the pipeline,
scikit-learn, spaCy, the store …) only when a command runs.  Extracting
one report is what a user waits for most: there the cause models' loading
dominates (scorer files read with numpy, issue 14; before, skops and
scikit-learn).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
ONE_REPORT = Path(__file__).resolve().parents[1] / "examples" / "reports" / \
    "hebei-luanbei-county-2021-pension.txt"
OUT = Path(tempfile.gettempdir()) / "shebao-startup-benchmark.jsonl"
COMMANDS = {
    "python -c pass": ["-c", "pass"],
    "shebao --version": ["-m", "shebao", "--version"],
    "shebao --help": ["-m", "shebao", "--help"],
    "shebao extract --help": ["-m", "shebao", "extract", "--help"],
    "shebao extract (1 report)": ["-m", "shebao", "extract", str(ONE_REPORT), "-o", str(OUT)],
}


def best_time(args: list[str], runs: int, src: Path = SRC) -> float:
    """The shortest wall time of ``runs`` runs of ``python ARGS``, in seconds."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(src), *filter(None, [os.environ.get("PYTHONPATH")])])}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="runs per command (best is kept)")
    ap.add_argument("--src", type=Path, default=SRC, help="the src folder to time (default: "
                                                           "this checkout's)")
    args = ap.parse_args(argv)
    print(f"{'command':26} {'best of ' + str(args.runs):>10}")
    for name, command in COMMANDS.items():
        print(f"{name:26} {best_time(command, args.runs, args.src):9.3f}s")
    OUT.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
