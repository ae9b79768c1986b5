"""HTML remnants looked for from the text's first "<" or "&" give the edits a scan of the
whole text gives (normalise.html)."""

from __future__ import annotations

import random

from shebao.normalise.html import _entity, _tag_replacement, html_cues, html_edits
from shebao.normalise.offsets import EditBuilder


def whole_scan_edits(text: str) -> list[tuple[int, int, str]]:
    """html_edits with the remnants looked for from the text's start."""
    edits = EditBuilder()
    for m in html_cues().remnant.finditer(text):
        if m.group("tag"):
            repl = _tag_replacement(m.group("name").lower(), text, *m.span())
        elif m.group("entity"):
            repl = _entity(m.group("code"), m.group())
            if repl == m.group():
                continue
        else:
            repl = ""
        if repl:
            edits.replace(*m.span(), repl)
        else:
            edits.delete(*m.span())
    return edits.edits


def test_remnants_from_the_first_mark_match_the_whole_scan() -> None:
    rng = random.Random(14)
    pieces = ["收入", "<", ">", "&", "nbsp", ";", "<p>", "</td>", "<!-- x -->", "&amp;", "amp;",
              "#12288;", "<br/>", "<script>", "</script>", " ", "\n", "\t", "5%", "a", "<=", "p"]
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        expected = whole_scan_edits(text)
        found += len(expected)
        assert html_edits(text) == expected, repr(text)
    assert found > 1000
