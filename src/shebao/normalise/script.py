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

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
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
    han = sorted(ch for ch in chars if ch not in _CONVERTED and ord(ch) >= HAN_START)
    if han:
        converted = _convert("\n".join(han)).split("\n")
        if len(converted) != len(han):  # a converter merged lines: go one by one
            converted = [_convert(ch) for ch in han]
        for a, b in zip(han, converted):
            one = a != b and len(b) == 1
            _CONVERTED[a] = b if one else None
            if one:
                _SIMPLIFIED[a] = b
    return {ch: _SIMPLIFIED[ch] for ch in chars if ch in _SIMPLIFIED}


# The blocks of nearly every char of a report from HAN_START up (CJK Extension A, the
# unified ideographs, compatibility ideographs, full-width forms): every char of them
# is converted at the first look (one OpenCC call, about 28,000 chars), so that a
# text's traditional chars there are found by one scan, not by a set of its chars.
BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF))
BELOW_HAN = re.compile(f"[\\x00-\\U{HAN_START - 1:08x}]+")


def _outside_blocks() -> list[tuple[int, int]]:
    """The code point ranges from HAN_START up that no block holds."""
    out, start = [], HAN_START
    for a, b in BLOCKS:
        if a > start:
            out.append((start, a - 1))
        start = b + 1
    return [*out, (start, 0x10FFFF)]


@lru_cache(maxsize=1)
def _candidate_chars() -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """The chars of BLOCKS that convert to one other char, and the code point ranges from
    HAN_START up outside BLOCKS (looked at one by one, as before)."""
    char_table({chr(c) for a, b in BLOCKS for c in range(a, b + 1)})
    inside = sorted(ch for ch in _SIMPLIFIED
                    if any(a <= ord(ch) <= b for a, b in BLOCKS))
    return tuple(inside), tuple(_outside_blocks())


@lru_cache(maxsize=1)
def _candidates() -> re.Pattern:
    """A char of ``_candidate_chars``: one of BLOCKS that converts, or one outside BLOCKS."""
    inside, outside = _candidate_chars()
    return re.compile("[" + "".join(f"\\U{ord(ch):08x}" for ch in inside)
                      + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in outside) + "]")


@lru_cache(maxsize=1)
def _candidate_table() -> np.ndarray:
    """Per code point, whether ``_candidates()`` matches it (1.1 MB, built once)."""
    inside, outside = _candidate_chars()
    table = np.zeros(0x110000, dtype=bool)
    table[[ord(ch) for ch in inside]] = True
    for a, b in outside:
        table[a:b + 1] = True
    return table


def may_hold_candidates(text: str) -> bool:
    """Whether ``_candidates()`` finds a char in ``text``: its code points looked up in
    ``_candidate_table`` by numpy, at about a third of the cost of the pattern's scan
    (``re`` tests a large class at some 60 instructions a char)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return bool(_candidate_table().take(codes, mode="clip").any())


def traditional_share(text: str) -> tuple[float, int]:
    """Share of Han chars (and count) that are traditional-only."""
    if not may_hold_candidates(text):  # most texts: no char worth a look
        return 0.0, 0
    hits = _candidates().findall(text)
    if not hits:
        return 0.0, 0
    table = char_table(set(hits))
    found = sum(1 for ch in hits if ch in table)
    if not found:
        return 0.0, 0
    han = len(BELOW_HAN.sub("", text))
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

