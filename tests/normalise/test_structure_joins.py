"""reflow's edits, appended in order, are those an EditBuilder collects from the same
decisions but for the no-op ones (a "\\n" replaced by itself), they give the same
mapped text, and reflow still joins, breaks and trims as before (normalise.structure)."""

from __future__ import annotations

import random

from shebao.normalise.join import continues, shapes, typical_widths
from shebao.normalise.lines import split_lines
from shebao.normalise.offsets import EditBuilder, MappedText, apply_edits
from shebao.normalise.structure import _joins, _kept, reflow

PIECES = ["某县基金收入增长了不少，", "一、基本情况", "12.5", "万元。", "单位：万元", " ",
          "\n", "\n\n", "\n  \n", "3", "\f", "收支情况表", "，其中", "\t"]


def builder_edits(text, kept, breaks):
    """The edits as reflow collected them with an EditBuilder."""
    edits = EditBuilder()
    edits.delete(0, kept[0][0].start)
    for i, ((a, width, sa), (b, _, sb)) in enumerate(zip(kept, kept[1:])):
        if i + 1 not in breaks and continues(a, b, width, sa, sb):
            edits.delete(a.end, b.start)
        else:
            newline = text.index("\n", a.end)
            edits.replace(a.end, newline + 1, "\n")
            edits.delete(newline + 1, b.start)
    edits.delete(kept[-1][0].end, len(text))
    return edits.edits


def test_joins_match_the_edit_builder_on_random_texts() -> None:
    rng = random.Random(14)
    checked = 0
    for _ in range(1500):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 18)))
        lines = split_lines(text)
        shaped = shapes(lines)
        kept, breaks = _kept(lines, typical_widths(lines, shaped), shaped)
        if kept:
            checked += 1
            built = builder_edits(text, kept, breaks)
            edits = _joins(text, kept, breaks)
            assert edits == [e for e in built if text[e[0]:e[1]] != e[2]], repr(text)
            mt = MappedText.identity(text)
            assert apply_edits(mt, edits) == apply_edits(mt, built), repr(text)
    assert checked > 1000


def test_reflow_of_blank_text_is_empty_and_of_no_text_unchanged() -> None:
    assert reflow(MappedText.identity(" \n\n　\n")).text == ""
    empty = MappedText.identity("")
    assert reflow(empty) is empty
    assert reflow(MappedText.identity("\n甲乙丙丁\n\n")).text == "甲乙丙丁"
