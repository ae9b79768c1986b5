"""``clauses.list_regions`` skips the 其中 scan of a sentence holding neither
其 nor 中 (the cue's gate): the regions stay those of the scan, on examples and
random texts with and without 其中 lists."""

from __future__ import annotations

import random

from shebao.link import clauses, cues


def _scanned(text: str) -> list[tuple[int, int]]:
    """The 其中 regions of the old form: the cue scanned over every text."""
    regions = []
    for m in cues.cue("of_list").finditer(text):
        stop = cues.cue("sentence_break").search(text, m.end())
        end = stop.start() if stop else len(text)
        if text[:m.start()].rstrip().endswith(("（", "(")):
            end = clauses._closing(text, m.end())
        regions.append((m.start(), end))
    return regions


def test_clauses_list_regions_as_scanned() -> None:
    pieces = ["其中", "中", "其", "：", "，", "；", "。", "（", "）", "收入", "基金支出",
              "12万元", "统筹", "、", "利息"]
    rng = random.Random(16)
    texts = ["基金支出中，医疗待遇支出12万元。", "收入30万元，其中利息收入2万元；支出9万元。",
             "收入30万元，支出9万元。", ""]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(1500)]
    for text in texts:
        assert clauses.list_regions(text) == tuple(sorted(_scanned(text))), text
