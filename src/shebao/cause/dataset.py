"""Training data: annotations/causes/train.jsonl read and turned into rows."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

from shebao.cause.classify import candidates
from shebao.cause.clauses import Clause
from shebao.cause.cues import effect_word, pattern
from shebao.cause.features import Notes, rows
from shebao.cause.models import checkout_root
from shebao.records import Category

CATEGORIES: tuple[str, ...] = get_args(Category)  # the categories of slots.md


@dataclass(frozen=True)
class Passage:
    id: str
    text: str
    causes: tuple[dict, ...]


def default_train() -> Path:
    return checkout_root() / "annotations" / "causes" / "train.jsonl"


def read_passages(path: Path) -> list[Passage]:
    """The passages of a train.jsonl file (ValueError naming the bad line)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                out.append(Passage(str(obj["id"]), obj["text"], tuple(obj["causes"])))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: bad passage ({exc})") from exc
    return out


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _label(clause: Clause, text_start: int, causes: tuple[dict, ...]) -> str:
    """cause when at least half the clause's body lies in a gold span."""
    body = clause.text.rstrip(" \n：:，,；;。")
    a, b = max(text_start, clause.start), clause.start + len(body)
    size = max(b - a, 1)
    for c in causes:
        if min(b, c["end"]) - max(a, c["start"]) >= size / 2:
            return "cause"
    if pattern("result").search(body) or effect_word(body):
        return "effect"
    return "neither"


def clause_rows(passages: list[Passage]) -> tuple[list[list[str]], list[str], list[str]]:
    """Rows, labels and the passage id of each row (for grouped folds)."""
    table, labels, groups = [], [], []
    for p in passages:
        found = candidates(p.text)
        notes = Notes(found[0][0]) if found else None
        for clauses, span, at, cue in found:
            table.extend(rows(clauses, span, at, cue, notes))
            for i in span:
                start = cue.start if i == at else clauses[i].start
                labels.append(_label(clauses[i], start, p.causes))
                groups.append(p.id)
    return table, labels, groups


def category_rows(passages: list[Passage]) -> tuple[list[str], list[list[str]], list[str]]:
    """Cause texts, their categories and passage ids."""
    texts, cats, groups = [], [], []
    for p in passages:
        for c in p.causes:
            texts.append(p.text[c["start"]:c["end"]])
            cats.append([k for k in c.get("categories") or ["other"] if k in CATEGORIES])
            groups.append(p.id)
    return texts, cats, groups
