"""Run the extractor over annotated files and score it against their gold."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from shebao.evaluate.gold import GoldFact, load_gold
from shebao.evaluate.score import Score, align, score
from shebao.ingest.read import read_document
from shebao.pipeline import extract_document
from shebao.records import Fact


@dataclass(frozen=True)
class FileResult:
    name: str
    score: Score
    span_score: Score
    facts: tuple[Fact, ...]
    gold: tuple[GoldFact, ...]


def find_source(stem: str, source_dirs: list[Path]) -> Path | None:
    for d in source_dirs:
        for candidate in sorted(d.glob(stem + ".*")):
            return candidate
    return None


def evaluate_dir(gold_dir: Path, source_dirs: list[Path]) -> list[FileResult]:
    """Score every gold file of ``gold_dir`` whose source file can be found."""
    results = []
    for gold_path in sorted(gold_dir.glob("*.jsonl")):
        src = find_source(gold_path.stem, source_dirs)
        if src is None:
            continue
        doc = read_document(src)
        gold = load_gold(gold_path, doc.text)
        facts = [f for r in extract_document(doc) for f in r.facts]
        results.append(FileResult(name=gold_path.stem, score=score(facts, gold),
                                  span_score=score(facts, gold, False), facts=tuple(facts),
                                  gold=tuple(gold)))
    return results


def differences(result: FileResult) -> list[str]:
    """Human-readable lines for each missed gold fact and each false fact."""
    pairs = align(list(result.facts), list(result.gold))
    hit_f = {fi for fi, _ in pairs}
    hit_g = {gi for _, gi in pairs}
    lines = []
    for gi, g in enumerate(result.gold):
        if gi not in hit_g:
            lines.append(f"  missed {g.start}:{g.text!r} {g.fund}/{g.account}/{g.metric}/"
                         f"{g.year}/{g.basis}/{g.measure}={g.value}")
    for fi, f in enumerate(result.facts):
        if fi not in hit_f:
            lines.append(f"  false  {f.start}:{f.text!r} {f.fund}/{f.account}/{f.metric}/"
                         f"{f.year}/{f.basis}/{f.measure}={f.value}")
    return sorted(lines, key=lambda s: int(s.split(":")[0].split()[-1]))
