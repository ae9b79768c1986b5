"""Script repair: traditional Chinese (HK/TW reposts) read as simplified.

A text is converted only when a real share of its Han characters is
traditional-only (``normalise_script.yaml``), so simplified reports pass
through untouched after one cheap look at their distinct characters.

The conversion is OpenCC's (``hk2s`` then ``tw2s``: every HK and TW variant
form folded to the mainland simplified one).  It keeps the text's length:
each line is converted with OpenCC's phrase rules when that keeps the
line's length, otherwise character by character, so char ``i`` of the
result is always the (converted) char ``i`` of the input and the offset map
of the normalise stage stays an identity.  The source's own characters are
recovered through the map with ``MappedText.in_source_script``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import opencc

from shebao.resources import load

SCRIPT_SCHEMA = {
    "configs": [str],
    "traditional_share": float,
    "min_traditional": int,
    "examples": [str],
    "counter_examples": [str],
}

HAN_START = 0x3400  # CJK Extension A and above: the characters worth a look


@dataclass(frozen=True)
class ScriptRule:
    configs: tuple[str, ...]
    share: float  # traditional-only share of Han chars that marks a traditional text
    minimum: int  # ... and the least count of traditional-only chars


@lru_cache(maxsize=1)
def script_rule() -> ScriptRule:
    data = load("normalise_script.yaml", SCRIPT_SCHEMA)
    return ScriptRule(configs=tuple(data["configs"]), share=data["traditional_share"],
                      minimum=data["min_traditional"])


@lru_cache(maxsize=1)
def _converters() -> tuple[opencc.OpenCC, ...]:
    return tuple(opencc.OpenCC(name) for name in script_rule().configs)


def _convert(text: str) -> str:
    for converter in _converters():
        text = converter.convert(text)
    return text


# Han char -> its simplified form when that is one other char, else None; every
# char converted once per process (a few thousand distinct chars in all reports).
_CONVERTED: dict[str, str | None] = {}
_SIMPLIFIED: dict[str, str] = {}  # the chars of _CONVERTED that convert, and their forms


def char_table(chars: set[str]) -> dict[str, str]:
    """Each char of ``chars`` that converts to one other char, and its simplified form."""
    han = sorted(ch for ch in chars - _CONVERTED.keys() if ord(ch) >= HAN_START)
    if han:
        converted = _convert("\n".join(han)).split("\n")
        if len(converted) != len(han):  # a converter merged lines: go one by one
            converted = [_convert(ch) for ch in han]
        for a, b in zip(han, converted):
            one = a != b and len(b) == 1
            _CONVERTED[a] = b if one else None
            if one:
                _SIMPLIFIED[a] = b
    return {ch: _SIMPLIFIED[ch] for ch in chars & _SIMPLIFIED.keys()}


def traditional_share(text: str) -> tuple[float, int]:
    """Share of Han chars (and count) that are traditional-only."""
    table = char_table(set(text))
    if not table:
        return 0.0, 0
    counts = Counter(text)
    han = sum(n for ch, n in counts.items() if ord(ch) >= HAN_START)
    found = sum(counts[ch] for ch in table)
    return found / han, found


def is_traditional(text: str) -> bool:
    """True when ``text`` is written in traditional script (by the YAML's share)."""
    rule = script_rule()
    share, found = traditional_share(text)
    return found >= rule.minimum and share >= rule.share


def to_simplified(text: str) -> str:
    """``text`` in simplified script, same length; unchanged unless traditional."""
    if not is_traditional(text):
        return text
    table = str.maketrans(char_table(set(text)))
    lines = text.splitlines(keepends=True)
    out = []
    for line in lines:
        converted = _convert(line)
        out.append(converted if len(converted) == len(line) else line.translate(table))
    return "".join(out)

