"""Highlights that overlap still give well-formed, deterministic HTML."""

from __future__ import annotations

from shebao.review.spans import Span, escape_text, layout, place_facts, render
from tests.review.dom import parse

TEXT = "收入1200万元，支出900万元。"


def _tags(span: Span) -> str:
    return f'<b data-layer="{span.layer}" data-ref="{span.ref}" data-piece="{span.piece}">'


def _html(spans: list[Span], text: str = TEXT) -> str:
    return render(text, spans, _tags, lambda span: "</b>")


def _text_of(html: str) -> str:
    return "".join(parse(f"<div>{html}</div>")[0].text)


def test_spans_crossing_fact_is_skipped_the_earlier_stays() -> None:
    kept, skipped = place_facts([(2, 8), (6, 11), (2, 4)], len(TEXT))
    assert kept == [0, 2]
    assert skipped == {1: "overlaps fact #0 without nesting"}


def test_spans_fact_outside_the_text_or_empty_is_skipped() -> None:
    kept, skipped = place_facts([(5, 5), (3, 99), (-1, 2), (0, 2)], len(TEXT))
    assert kept == [3]
    assert set(skipped) == {0, 1, 2}
    assert "outside the text" in skipped[1]


def test_spans_same_span_twice_nests() -> None:
    kept, _ = place_facts([(2, 8), (2, 8)], len(TEXT))
    assert kept == [0, 1]


def test_spans_cut_span_is_split_at_fact_bounds_and_nests() -> None:
    facts = [Span(start=2, end=8, layer="fact", ref="0")]
    cause = Span(start=0, end=10, layer="cause", ref="0")
    spans = layout(facts, [cause], len(TEXT))
    pieces = [(s.start, s.end, s.piece) for s in spans if s.layer == "cause"]
    assert pieces == [(0, 2, 0), (2, 8, 1), (8, 10, 2)]
    html = _html(spans)
    assert _text_of(html) == TEXT
    nodes = parse(html)
    (fact,) = [n for n in nodes if n.attrs["data-layer"] == "fact"]
    assert fact.text == TEXT[2:8]
    assert [c.attrs["data-layer"] for c in fact.children] == ["cause"]


def test_spans_two_crossing_cut_spans_become_pieces_that_nest() -> None:
    flag = Span(start=1, end=6, layer="flag", ref="0")
    cause = Span(start=4, end=10, layer="cause", ref="0")
    spans = layout([], [cause, flag], len(TEXT))
    html = _html(spans)
    assert _text_of(html) == TEXT
    covered = {layer: "".join(n.text for n in parse(html) if n.attrs["data-layer"] == layer)
               for layer in ("flag", "cause")}
    assert covered == {"flag": TEXT[1:6], "cause": TEXT[4:10]}


def test_spans_layout_is_the_same_whatever_the_input_order() -> None:
    facts = [Span(start=2, end=8, layer="fact", ref="0"), Span(start=11, end=16, layer="fact",
                                                                 ref="1")]
    cuts = [Span(start=0, end=12, layer="cause", ref="0"), Span(start=2, end=8, layer="flag",
                                                                 ref="0")]
    assert layout(facts, cuts, len(TEXT)) == layout(facts[::-1], cuts[::-1], len(TEXT))


def test_spans_markup_and_control_characters_are_escaped() -> None:
    assert escape_text('<a href="x">&\r\n') == '&lt;a href="x"&gt;&amp;&#13;\n'
    text = "<i>1200万元</i>\r\n"
    html = _html([Span(start=3, end=9, layer="fact", ref="0")], text)
    assert "<i>" not in html
    assert _text_of(html) == text
