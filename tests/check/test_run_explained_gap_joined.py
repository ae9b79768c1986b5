"""A period's sentences are searched for the ``explained_gap`` cue in one
text, joined by line breaks: that finds the cue exactly where a search of
each sentence would, since no match of the cue spans a line break."""

from __future__ import annotations

from shebao.check.cues import cue, cue_table


def test_run_explained_gap_never_matches_across_a_line_break() -> None:
    pattern = cue("explained_gap")
    entry = cue_table()["explained_gap"]
    texts = [*entry["examples"], *entry.get("counter_examples", [])]
    assert texts
    for text in texts:
        for cut in range(len(text) + 1):
            head, tail = text[:cut], text[cut:]
            alone = pattern.search(head) is not None or pattern.search(tail) is not None
            assert (pattern.search(head + "\n" + tail) is not None) == alone, (text, cut)
    for first in texts:
        for second in texts:
            alone = pattern.search(first) is not None or pattern.search(second) is not None
            assert (pattern.search(first + "\n" + second) is not None) == alone
