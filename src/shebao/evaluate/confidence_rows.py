"""Training rows of the confidence model: each fact shebao predicts on an
annotated set, its features, and whether it matches a gold fact.

Training sets: the seeds (gold annotations/seeds, reports in ../shared/seeds,
skipped when absent), annotations/examples (examples/reports),
annotations/heldout and annotations/heldout2 (their reports/).
annotations/heldout3 stays out: it is the calibration test set.
"""

from __future__ import annotations

import hashlib
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


def training_sets(root: Path | None = None) -> list[DataSet]:
    """The annotated sets the shipped model is trained on (seeds first)."""
    root = root or checkout_root()
    ann = root / "annotations"
    return [
        DataSet("seeds", ann / "seeds", (root.parent / "shared" / "seeds",)),
        DataSet("examples", ann / "examples", (root / "examples" / "reports",)),
        DataSet("heldout", ann / "heldout", (ann / "heldout" / "reports",)),
        DataSet("heldout2", ann / "heldout2", (ann / "heldout2" / "reports",)),
    ]


def test_set(root: Path | None = None) -> DataSet:
    """The calibration test set, never trained on."""
    ann = (root or checkout_root()) / "annotations"
    return DataSet("heldout3", ann / "heldout3", (ann / "heldout3" / "reports",))


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
