"""related opened with the class of its first characters finds what its form
with a leading lookbehind found, and runs on ``re``."""

from __future__ import annotations

import random
import re

import regex

from shebao.cause.cues import find, pattern

# The pattern as written before it opened with a class (run by ``regex``).
RELATED_BEFORE = r"""
  (?<=^|[，,。；;：:\s“「]|增加|增长|减少|下降|上升|较快|较大)
  (?:这|此|主要|也|还|均|都)*与
  (?=[^。；;，,！？!?]{2,40}?(?:有关|相关|分不开|密不可分|有很大关系)
     (?:[。；;，,！!”」]|$))
"""
PIECES = list("与这此主要也还均都有关相关，,。；;：:“「」”！!？ \n\t收支人数") + [
    "有关", "相关", "分不开", "密不可分", "有很大关系", "增加", "增长", "下降", "较快", "较大",
    "这与", "主要与", "也都与", "主与", "要与", "与上年相比"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_cues_related_runs_by_re() -> None:
    assert isinstance(pattern("related"), re.Pattern)


def test_cues_related_matches_its_form_with_a_leading_lookbehind() -> None:
    before = regex.compile(RELATED_BEFORE, regex.VERBOSE)
    found = 0
    fixed = ["这与人数增加有关。", "支出增长主要与待遇提高密切相关", "\n与此有关", "主要也与政策调整分不开，",
             "增加与去年相比", "较快这与扩面有很大关系！"]
    for text in _texts(8000, 16) + fixed:
        spans = [(m.span(), m.group()) for m in before.finditer(text)]
        assert [(m.span(), m.group()) for m in pattern("related").finditer(text)] == spans, text
        found += len(spans)
    assert found > 300


def test_cues_related_is_a_cue() -> None:
    cues = find("支出增长较快，这与退休人数增加密切相关。")
    assert [(c.name, c.text) for c in cues] == [("related", "这与")]
