"""The examples and counter-examples of every segment_* resource pattern."""

from __future__ import annotations

import pytest

from shebao.resources import load
from shebao.segment.cues import CUE_SCHEMA, MARKER_SCHEMA, compile_pattern, cue, markers


def _cases(kind: str) -> list:
    cases = []
    for m in load("segment_markers.yaml", MARKER_SCHEMA)["markers"]:
        for text in m[kind]:
            cases.append(pytest.param("marker", m["pattern"], text, id=f"{m['family']}:{text}"))
    for c in load("segment_cues.yaml", CUE_SCHEMA)["cues"]:
        for text in c[kind]:
            cases.append(pytest.param("cue", c["pattern"], text, id=f"{c['name']}:{text}"))
    return cases


def _finds(where: str, pattern: str, text: str) -> bool:
    compiled = compile_pattern(pattern)
    return bool(compiled.match(text) if where == "marker" else compiled.search(text))


@pytest.mark.parametrize(("where", "pattern", "text"), _cases("examples"))
def test_cues_example_matches(where: str, pattern: str, text: str) -> None:
    assert _finds(where, pattern, text)


@pytest.mark.parametrize(("where", "pattern", "text"), _cases("counter_examples"))
def test_cues_counter_example_does_not_match(where: str, pattern: str, text: str) -> None:
    assert not _finds(where, pattern, text)


def test_cues_markers_in_nesting_order() -> None:
    assert [m.family for m in markers()] == ["cn_num", "cn_paren", "arabic", "arabic_paren", "circled"]


def test_cues_unknown_name_raises() -> None:
    with pytest.raises(KeyError):
        cue("no_such_cue")
