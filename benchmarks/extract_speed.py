"""Characters/s of the extraction beside jieba.lcut and a one-pass regex floor.

    python benchmarks/extract_speed.py [--mb 3] [--repeat 5]

Reads the real seeds from ../shared/seeds when present (else the bundled
examples) and repeats them to about --mb megabytes of text.  Every copy
shifts the report years by its index (2023 → 2024 in copy 1 …), so that
its lines are its own and no cache keyed on a line or a heading helps,
while each report still adds up as the original did.  Its figures, though,
repeat copy after copy, and the results kept per figure text (digit
variants and trial bounds of the checks, values of the tagger:
``shebao.textcache``) are computed once.  The two "new figures" rows empty
those caches before every document, so that each report pays for its
figures as a report of figures never seen before does; an archive's
reports fall between the two.

In one process, on one core, each measure is the best of --repeat rounds in
CPU seconds (``time.process_time``).  A round runs every row once, in turn,
so a slow spell of the host falls on all rows alike: read the ratios to
jieba.  The caches are filled, untimed, before every round.  Everything runs with the garbage collector
as ``shebao extract`` and the bulk workers run it (``shebao.runtime``).
Printed:

* the floor of one pass: a regex scan for numbers with their units;
* jionlp's ``ner.extract_money`` (without parsing) sentence by sentence, when jionlp is installed
  (``pip install -e '.[bench]'``: the benchmark's own extra);
* ``jieba.lcut`` over each document;
* shebao, facts only (no checks, no causes) and the whole extraction (facts,
  checks, causes, and the records written as JSON Lines to memory);
* the same two with the text caches emptied before every document (new figures);
* the whole extraction's time by stage, from timers wrapped around the
  stage entry points of ``shebao.pipeline`` for this benchmark only.

It measures the build it imports, and says which: pure Python, or the
compiled build (``SHEBAO_COMPILE=1 pip install .``, ``shebao.compiled``).
"""

from __future__ import annotations

import argparse
import io
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import jieba
import regex

from shebao import compiled, pipeline, textcache
from shebao.export.jsonl import write_jsonl
from shebao.ingest.read import ReadError, read_document
from shebao.pipeline import Stages, extract_document
from shebao.runtime import batch_gc
from shebao.tag.nlp import make_nlp
from shebao.units import count_units, magnitudes, wan_per_unit

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "reports"
YEAR = regex.compile(r"(?<!\d)20[0-3]\d(?!\d)")  # a year of this century, as written
# Where the sentences of the jionlp row end: the full stop, ! ? ; and line ends.
SENTENCE_END = regex.compile(r"(?<=[\u3002\uff01\uff1f\uff1b\n])")
# The stage entry points of shebao.pipeline timed in the per-stage rows.
STAGES = {
    "normalise": "normalise", "segment": "segment", "tag": "tagged_sentences",
    "causes": "report_causes", "checks": "_flags",
}


def floor_pattern() -> regex.Pattern:
    """A number, then optionally a magnitude and a unit or a percent sign (units.yaml)."""
    words = sorted({*wan_per_unit(), *count_units(), *magnitudes(), "%"}, key=len, reverse=True)
    return regex.compile(r"\d[\d,.]*\s*(?:" + "|".join(map(regex.escape, words)) + ")?")


def read_seeds() -> tuple[str, list]:
    """(where from, the documents): the seeds, else the bundled examples."""
    folder = SEEDS if SEEDS.is_dir() else EXAMPLES
    docs = []
    for path in sorted(folder.glob("*.txt")):
        try:
            docs.append(read_document(path))
        except ReadError:
            continue
    return str(folder), docs


def corpus(mb: float) -> tuple[str, list, int]:
    """(where from, the documents, their characters) for about ``mb`` megabytes of text."""
    folder, docs = read_seeds()
    size = sum(len(d.text) for d in docs)
    copies = max(1, int(mb * 1e6 / 3 / size))  # ~3 bytes per CJK character in UTF-8
    shifted = [replace(d, path=f"{d.path}#{k}",
                       text=YEAR.sub(lambda m, k=k: str(int(m.group()) + k), d.text))
               for k in range(copies) for d in docs]
    return folder, shifted, sum(len(d.text) for d in shifted)


def best_of(runs: dict[str, Callable[[], object]], repeat: int,
            warm: Callable[[], object]) -> dict[str, float]:
    """The least CPU seconds of ``repeat`` calls of each run, the runs taken in
    turn (round ``k`` calls every run once): a slow spell of the host falls on
    all rows alike instead of on the rows measured during it.  ``warm`` runs
    untimed before every round, so the rows that keep the text caches find
    them as full as in the first round (the "new figures" rows empty them)."""
    times: dict[str, list[float]] = {label: [] for label in runs}
    for _ in range(repeat):
        warm()
        for label, run in runs.items():
            t0 = time.process_time()
            run()
            times[label].append(time.process_time() - t0)
    return {label: min(spent) for label, spent in times.items()}


def jionlp_row(docs: list) -> Callable[[], object] | None:
    try:
        from jionlp.algorithm.ner import extract_money  # the benchmark's optional extra
    except ImportError:
        return None
    sentences = [s for d in docs for s in SENTENCE_END.split(d.text) if s.strip()]
    extract_money(sentences[0])  # its dictionaries load outside the timing
    return lambda: [extract_money(s, with_parsing=False) for s in sentences]


def whole(docs: list) -> None:
    """The whole extraction of ``docs``, each document's records written as JSON Lines."""
    for d in docs:
        write_jsonl(extract_document(d), io.StringIO())


def new_figures(docs: list, run: Callable[[list], object]) -> None:
    """``run`` over each document alone, after emptying the caches kept per figure text."""
    for d in docs:
        textcache.clear()
        run([d])


def stage_times(docs: list) -> dict[str, float]:
    """CPU seconds by stage of one whole extraction (link: the rest of the facts)."""
    spent: dict[str, float] = defaultdict(float)
    saved = {name: getattr(pipeline, attr) for name, attr in STAGES.items()}
    saved["link"] = pipeline.link.link_report

    def timed(name: str, fn: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - t0
        return wrapper

    try:
        for name, attr in STAGES.items():
            setattr(pipeline, attr, timed(name, saved[name]))
        pipeline.link.link_report = timed("link", saved["link"])
        t0 = time.process_time()
        for d in docs:
            records = extract_document(d)
            t1 = time.process_time()
            write_jsonl(records, io.StringIO())
            spent["export (JSON Lines)"] += time.process_time() - t1
        spent["total"] = time.process_time() - t0
    finally:
        for name, attr in STAGES.items():
            setattr(pipeline, attr, saved[name])
        pipeline.link.link_report = saved["link"]
    spent["other (records, indicators)"] = spent["total"] - sum(
        v for k, v in spent.items() if k != "total")
    return dict(spent)


def main() -> None:
    with batch_gc():
        measure()


def measure() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=3.0, help="megabytes of text to process")
    ap.add_argument("--repeat", type=int, default=5, help="runs per measure; the best is kept")
    args = ap.parse_args()
    where, docs, chars = corpus(args.mb)
    make_nlp()  # the pipeline, jieba's dictionary and the models load outside the timing
    jieba.lcut("预热")
    facts = sum(len(r.facts) for d in docs for r in extract_document(d))  # fills the caches
    floor = floor_pattern()

    only_facts = Stages(checks=False, causes=False)

    def facts_of(some: list) -> object:
        return [extract_document(d, only_facts) for d in some]

    runs: dict[str, Callable[[], object]] = {
        "regex scan for numbers + units (floor)": lambda: [floor.findall(d.text) for d in docs]}
    money = jionlp_row(docs)
    if money is not None:
        runs["jionlp extract_money per sentence"] = money
    runs.update({
        "jieba.lcut": lambda: [jieba.lcut(d.text) for d in docs],
        "shebao facts only": lambda: facts_of(docs),
        "shebao whole extraction": lambda: whole(docs),
        "shebao facts only, new figures": lambda: new_figures(docs, facts_of),
        "shebao whole extraction, new figures": lambda: new_figures(docs, whole),
    })
    rows = list(best_of(runs, args.repeat,
                        warm=lambda: [extract_document(d) for d in docs]).items())
    jieba_s = dict(rows)["jieba.lcut"]

    print(f"corpus: {len(docs)} documents from {where}, {chars:,} characters, {facts} facts; "
          f"best of {args.repeat} rounds (every row once a round), CPU seconds")
    print(f"shebao build: {compiled.build()} (shebao.compiled; SHEBAO_COMPILE=1 pip install .)")
    print(f"{'what':42} {'CPU s':>7} {'chars/s':>12} {'vs jieba':>9}")
    for label, seconds in rows:
        print(f"{label:42} {seconds:7.2f} {chars / seconds:12,.0f} {jieba_s / seconds:8.2f}x")
    for label in ("shebao whole extraction", "shebao whole extraction, new figures"):
        print(f"distance to 1 M chars/s: {label} needs "
              f"{1e6 / (chars / dict(rows)[label]):.1f}x more")
    spent = stage_times(docs)
    total = spent.pop("total")
    print(f"\nwhole extraction by stage ({total:.2f} CPU s in this run):")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:28} {seconds:6.2f} s {100 * seconds / total:5.1f}%")


if __name__ == "__main__":
    main()
