"""Training rows of the confidence model: each fact shebao predicts on an
annotated set, its features, and whether it matches a gold fact.

The model is trained on the rows of first runs over held-out sets
(``annotations/confidence/*.jsonl``, see its README): what shebao gets
right and wrong on text its rules have never seen.  ``record`` makes such
a file from the code of the day a set is added:

    python -m shebao.evaluate.confidence_rows NAME GOLD_DIR SOURCE_DIR OUT.jsonl
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from shebao.cause.models import checkout_root
from shebao.evaluate.calibration import labelled
from shebao.evaluate.gold import load_gold
from shebao.evaluate.run import find_source
from shebao.ingest.read import read_document
from shebao.link.confidence_model import Features, recording
from shebao.pipeline import extract_document


@dataclass(frozen=True)
class DataSet:
    name: str
    gold: Path
    sources: tuple[Path, ...]


@dataclass(frozen=True)
class Row:
    features: Features
    right: bool
    group: str  # set/file: cross-validation folds keep a report together


def set_files(data: DataSet) -> list[tuple[Path, Path]]:
    """(gold file, source file) of every gold file whose source is present."""
    pairs = []
    for gold in sorted(data.gold.glob("*.jsonl")):
        src = find_source(gold.stem, list(data.sources))
        if src is not None:
            pairs.append((gold, src))
    return pairs


def file_rows(gold_path: Path, src: Path, group: str) -> list[Row]:
    """The rows of one annotated file."""
    doc = read_document(src)
    gold = load_gold(gold_path, doc.text)
    with recording() as recorded:
        facts = [f for r in extract_document(doc) for f in r.facts]
    if [f.start for _, f in recorded] != [f.start for f in facts]:
        raise ValueError(f"{src}: recorded features do not line up with the facts")
    return [Row(feats, right, group)
            for (feats, _), right in zip(recorded, labelled(facts, gold))]


def collect(sets: list[DataSet]) -> tuple[list[Row], list[dict], str]:
    """Rows of every present file, a summary per set and the sha256 of the
    training data (names and bytes of each gold and source file)."""
    rows: list[Row] = []
    summary = []
    digest = hashlib.sha256()
    for data in sets:
        files = set_files(data)
        if not files:
            continue
        found: list[Row] = []
        for gold, src in files:
            for p in (gold, src):
                digest.update(f"{data.name}/{p.name}\n".encode())
                digest.update(p.read_bytes())
            found.extend(file_rows(gold, src, f"{data.name}/{gold.stem}"))
        rows.extend(found)
        summary.append({"name": data.name, "files": len(files), "facts": len(found),
                        "right": sum(r.right for r in found)})
    return rows, summary, digest.hexdigest()


def first_run_rows(root: Path | None = None) -> tuple[list[Row], list[dict], str]:
    """The recorded first-run rows under ``annotations/confidence``, a summary
    per file and the sha256 of the files (names and bytes)."""
    folder = (root or checkout_root()) / "annotations" / "confidence"
    rows: list[Row] = []
    summary = []
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.jsonl")):
        data = path.read_bytes()
        digest.update(f"{path.name}\n".encode())
        digest.update(data)
        found = [Row(features={str(k): float(v) for k, v in r["features"].items()},
                     right=bool(r["right"]), group=str(r["group"]))
                 for r in map(json.loads, data.decode("utf-8").splitlines()) if r]
        rows.extend(found)
        summary.append({"name": path.stem, "files": len({r.group for r in found}),
                        "facts": len(found), "right": sum(r.right for r in found)})
    return rows, summary, digest.hexdigest()


def record(name: str, gold: Path, source: Path, out: Path) -> int:
    """Write the rows of the code as it stands on set ``name`` to ``out``."""
    rows, _, _ = collect([DataSet(name, gold, (source,))])
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"group": r.group, "right": r.right, "features": r.features},
                               ensure_ascii=False, sort_keys=True) + "\n")
    return len(rows)


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 5:
        sys.exit("usage: python -m shebao.evaluate.confidence_rows NAME GOLD_DIR SOURCE_DIR OUT")
    n = record(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
    print(f"{sys.argv[4]}: {n} rows")
