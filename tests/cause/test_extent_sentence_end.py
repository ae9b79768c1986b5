"""``sentence_end`` runs to the sentence's stop, or to a line break before a list
item; it reads a clause's list marker only after a line break.  ``reach`` is
worked out once per first clause of a ``split`` text."""

from __future__ import annotations

from shebao.cause.clauses import split
from shebao.cause.extent import reach, sentence_end


def test_extent_sentence_end_runs_to_the_stop_reading_no_marker() -> None:
    clauses = split("收入增加，一是保费上调，二是人数增多。基金结余。")
    assert sentence_end(clauses, 0) == 2
    assert clauses.openings == {}  # no line break: no marker read


def test_extent_sentence_end_stops_before_a_list_item_on_a_new_line() -> None:
    clauses = split("收入增加，\n一是保费上调。")
    assert sentence_end(clauses, 0) == 0
    clauses = split("收入增加，\n保费上调。")
    assert sentence_end(clauses, 0) == 1


def test_extent_reach_is_kept_per_first_clause() -> None:
    clauses = split("原因如下：\n一是保费上调；\n二是人数增多。\n基金结余。")
    plain = [reach(list(clauses), k) for k in range(len(clauses))]
    assert [reach(clauses, k) for k in range(len(clauses))] == plain
    assert clauses.reaches == dict(enumerate(plain))
    assert [reach(clauses, k) for k in range(len(clauses))] == plain  # read back
