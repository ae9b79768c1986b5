"""``find_matches`` reads the patterns through one cached call (``_scanner``): the bound
methods it gives are those of the compiled patterns, and the matches are those of the
start search and combined match read off ``patterns()`` at each call."""

from __future__ import annotations

from shebao.tag.figure_patterns import patterns
from shebao.tag.figures import _scanner, find_matches


def _old_find_matches(text: str) -> list[tuple[str, object]]:
    """``find_matches`` as written before ``_scanner`` (the skip-branch fallback aside:
    every branch here is named by ``lastgroup``)."""
    pats = patterns()
    out, pos = [], 0
    while (at := pats.start.search(text, pos)) is not None:
        i = at.start()
        m = pats.combined.match(text, i)
        if m is None:
            pos = i + 1
            continue
        out.append((m.lastgroup, m))
        pos = m.end() if m.end() > i else i + 1
    return out


def test_figures_scanner_binds_the_patterns() -> None:
    pats, kinds, start, match = _scanner()
    assert pats is patterns() and kinds is pats.kinds
    assert start.__self__ is pats.start and match.__self__ is pats.combined


def test_figures_scanner_matches_as_before() -> None:
    text = "2020年基金收入11346.26万元，增长2.08%，参保36.67万人（1）第3页〔2015〕105号"
    found = [(g, m.span()) for g, m in find_matches(text)]
    assert found == [(g, m.span()) for g, m in _old_find_matches(text)]
    assert [g for g, _ in found] == ["p_year", "p_money", "p_percent", "p_count",
                                     "p_heading_marker", "p_ordinal", "p_document_number"]
