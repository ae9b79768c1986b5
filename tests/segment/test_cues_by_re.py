"""Cues run by ``re`` (segment ``BY_RE``, every self-evaluation cue) find what
``regex`` finds with the pattern as written: same spans, same groups."""

from __future__ import annotations

import re

import pytest
import regex

from shebao.resources import load
from shebao.segment import cues, selfeval_cues
from shebao.segment.cues import CUE_SCHEMA

SEGMENT = {c["name"]: c for c in load("segment_cues.yaml", CUE_SCHEMA)["cues"]}
SELFEVAL = {c["name"]: c for c in load(selfeval_cues.RESOURCE, selfeval_cues.SCHEMA)["cues"]}


def _texts(spec: dict) -> list[str]:
    """The cue's examples and counter-examples, alone, glued, cut and in longer lines."""
    own = spec["examples"] + spec["counter_examples"]
    glued = ["".join(own), " ".join(own), "\t".join(own[::-1])]
    cut = [t[k:] for t in own for k in (1, len(t) // 2)] + [t[:-1] for t in own]
    return own + glued + cut + ["", " ", "1", "%", "12.5%", "a：b。c，d"]


def _cases() -> list:
    cases = [pytest.param(cues.cue, SEGMENT[n], id=f"segment:{n}") for n in sorted(cues.BY_RE)]
    cases += [pytest.param(selfeval_cues.cue, s, id=f"selfeval:{n}") for n, s in SELFEVAL.items()]
    return cases


def _found(m) -> tuple | None:
    if m is None:
        return None
    return m.span(), m.groupdict(), [m.span(g) for g in m.groupdict()]


@pytest.mark.parametrize(("cue", "spec"), _cases())
def test_cues_by_re_find_what_regex_finds(cue, spec: dict) -> None:
    fast = cue(spec["name"])
    plain = regex.compile(spec["pattern"], regex.VERBOSE)
    assert isinstance(fast, re.Pattern)
    for text in _texts(spec):
        assert _found(fast.search(text)) == _found(plain.search(text)), text
        assert _found(fast.fullmatch(text)) == _found(plain.fullmatch(text)), text
        for start in range(1, min(len(text), 8)):
            assert _found(fast.search(text, start)) == _found(plain.search(text, start)), text
