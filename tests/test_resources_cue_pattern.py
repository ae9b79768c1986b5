"""``resources.cue_pattern`` compiles a cue by ``stdre.compile_cue``: run by ``re``
where it means what ``regex`` means.  Each cue it serves (the check and tag cue
files) finds what its ``regex`` form finds, on the file's examples and on random
texts of the pattern's own characters."""

from __future__ import annotations

import random
import re

import pytest
import regex

from shebao.resources import cue_pattern, cue_table

FILES = ("check_cues.yaml", "tag_cues.yaml")
CUES = [(f, c) for f in FILES for c in cue_table(f)]
NOISE = "的为是：: 　\n\x1c甲1二"


def _found(pattern: re.Pattern | regex.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _texts(entry: dict, rng: random.Random) -> list[str]:
    written = entry["examples"] + entry["counter_examples"]
    chars = sorted(set(entry["pattern"]) - set("()[]|?*+{}\\#^$") | set(NOISE))
    made = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 12))) for _ in range(2000)]
    return written + [f"（{t}）\n{t}" for t in written] + made


@pytest.mark.parametrize("file, cue", CUES, ids=[c for _, c in CUES])
def test_resources_cue_pattern_finds_what_regex_finds(file: str, cue: str) -> None:
    entry = cue_table(file)[cue]
    fast, written = cue_pattern(file, cue), regex.compile(entry["pattern"], regex.VERBOSE)
    for text in _texts(entry, random.Random(cue)):
        assert _found(fast, text) == _found(written, text), text


def test_resources_cue_pattern_runs_the_plain_cues_on_re() -> None:
    for cue in ("explained_gap", "execution_rate", "level_after_yoy"):
        assert isinstance(cue_pattern("check_cues.yaml", cue), re.Pattern), cue
    assert isinstance(cue_pattern("tag_cues.yaml", "label_gap"), re.Pattern)
    # a group name used twice: compile_cue keeps it on regex, which callers read by name
    assert isinstance(cue_pattern("check_cues.yaml", "counted_funds"), regex.Pattern)
