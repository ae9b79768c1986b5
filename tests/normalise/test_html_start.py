"""HTML remnants looked for from the text's first "<" or "&" give the edits a scan of the
whole text gives (normalise.html)."""

from __future__ import annotations

import random

from shebao.normalise.html import edits_from, html_edits


def test_remnants_from_the_first_mark_match_the_whole_scan() -> None:
    rng = random.Random(14)
    pieces = ["收入", "<", ">", "&", "nbsp", ";", "<p>", "</td>", "<!-- x -->", "&amp;", "amp;",
              "#12288;", "<br/>", "<script>", "</script>", " ", "\n", "\t", "5%", "a", "<=", "p"]
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        expected = edits_from(text, 0)  # the whole text scanned
        found += len(expected)
        assert html_edits(text) == expected, repr(text)
    assert found > 1000


def test_remnants_matched_at_each_mark_are_those_the_pattern_finds() -> None:
    from shebao.normalise.html import _remnants, html_cues

    rng = random.Random(15)
    pieces = ["收入", "<", ">", "&", "nbsp", ";", "<p>", "</td>", "<!-- x & <p> -->", "&amp;",
              "amp;", "#12288;", "<br/>", "<script>", "a<b&c", "</script>", " ", "\n", "&&", "<<"]
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        for start in (0, len(text) // 2):
            expected = [(m.span(), m.group()) for m in html_cues().remnant.finditer(text, start)]
            found += len(expected)
            assert [(m.span(), m.group()) for m in _remnants(text, start)] == expected, repr(text)
    assert found > 1000
