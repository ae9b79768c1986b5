"""Character repairs: full-width forms, dashes, decimal marks, ASCII punctuation.

Every repair here replaces one character by one character, so the folded
text has the source's length and offsets are unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

from shebao.resources import load
from shebao.stdre import Match, Pattern, compile_cue

CHARS_SCHEMA = {"decimal_units": [str]}

# full-width digits, letters, %, +, comparators: always folded to ASCII
_ALWAYS: dict[int, int | str] = {
    **{c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)},   # ０-９
    **{c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)},   # Ａ-Ｚ
    **{c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)},   # ａ-ｚ
    ord("％"): "%", ord("＋"): "+", ord("＞"): ">", ord("＜"): "<", ord("＝"): "=",
}

# A run of the characters of _ALWAYS: translated run by run (a scan skips the
# rest of the text far faster than str.translate walks it with a dict).  Written
# "[S][S]*", not "[S]+": a pattern opening with a set lets ``re`` skip to the set's
# chars at once; one opening with a repeat is tried at every position.
_ALWAYS_SET = "[" + "".join(re.escape(chr(c)) for c in sorted(_ALWAYS)) + "]"
ALWAYS_RUN = re.compile(_ALWAYS_SET + _ALWAYS_SET + "*")

CJK = r"\p{Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2018-\u201D\u2026"

DASHES = "－—–−"  # full-width hyphen, em dash, en dash, minus sign
DASH_BEFORE_DIGIT = regex.compile(rf"""
    [{DASHES}]   # a dash
    (?= \d )     # ... directly before a digit
""", regex.VERBOSE)

# The patterns of one char between lookarounds are written with the char first (a
# literal: ``re`` skips to it at once), the lookbehind read past it; the same matches
# as "(?<= \d ) ． (?= \d )" and the like.
DOT_BETWEEN_DIGITS = compile_cue(r"""
    ．              # full-width full stop
    (?<= \d . )     # after a digit
    (?= \d )        # before a digit
""", regex.VERBOSE)

THOUSANDS_GROUPS = regex.compile(r"""
    (?<! [\d.] )       # a figure's start
    \d{1,3}            # leading group
    (?: ， \d{3} )+    # groups after full-width commas
    (?! \d )           # no longer group follows
""", regex.VERBOSE)

# What every THOUSANDS_GROUPS match holds: a full-width comma between a digit and three
# more (the comma first: ``re`` skips to it far faster than to the figure's start).
THOUSANDS_COMMA = compile_cue(r"， (?<= \d . ) (?= \d{3} )", regex.VERBOSE)

PAREN_PAIR = compile_cue(r"""
    \( ( [^()\n]* ) \)    # ASCII brackets on one line, content captured
""", regex.VERBOSE)
CJK_CHAR = compile_cue(rf"[{CJK}]")

# ASCII punctuation after or before a CJK char; the punctuation first (a set: ``re`` skips
# to it at once), then the lookbehind read past it: the same matches as
#   (?<= [CJK] ) [,;:?!()] | [,;:?!()] (?= [CJK] )
ASCII_PUNCT_NEAR_CJK = compile_cue(rf"""
    [,;:?!()] (?: (?<= [{CJK}] . )     # after a CJK char
                | (?= [{CJK}] ) )      # ... or before one
""", regex.VERBOSE)

_TO_CJK_PUNCT = str.maketrans(",;:?!()", "，；：？！（）")
ASCII_PUNCT = ",;:?!()"

# A run of ALWAYS_RUN or one char of ASCII_PUNCT: the scan of the first repair also
# finds where the last may apply (the repairs between them make no ASCII punctuation but
# the thousands commas, and turn brackets full width).  One set first, as ALWAYS_RUN;
# an empty branch where the char is punctuation (no run follows it).
FOLD_OR_PUNCT = re.compile("[" + re.escape(ASCII_PUNCT) + _ALWAYS_SET[1:]  # either set
                           + "(?:(?<=" + _ALWAYS_SET + ")" + _ALWAYS_SET + "*|)")


@lru_cache(maxsize=1)
def decimal_point_pattern() -> Pattern:
    """"。" used as a decimal point: digits, "。", digits, then a unit (the "。" first,
    as DOT_BETWEEN_DIGITS)."""
    units = load("normalise_chars.yaml", CHARS_SCHEMA)["decimal_units"]
    alternation = "|".join(regex.escape(u) for u in sorted(units, key=len, reverse=True))
    return compile_cue(rf"""
        。                 # the ideographic full stop
        (?<= \d . )        # after a digit
        (?= \d+ \s* (?: {alternation} ) )   # decimals then a unit
    """, regex.VERBOSE)


def fold_chars(text: str) -> str:
    """Apply every character repair; the result has ``len(text)`` chars."""
    runs: list[tuple[int, int]] = []
    puncts: list[int] = []  # where ASCII punctuation stands
    for m in FOLD_OR_PUNCT.finditer(text):
        if m[0] in ASCII_PUNCT:  # one punctuation char (no run of ALWAYS_RUN is in there)
            puncts.append(m.start())
        else:
            runs.append(m.span())
    out = _translated(text, runs, _ALWAYS) if runs else text
    if any(dash in out for dash in DASHES):  # most texts hold none: no scan for them
        out = DASH_BEFORE_DIGIT.sub("-", out)
    out = DOT_BETWEEN_DIGITS.sub(".", out)
    out = decimal_point_pattern().sub(".", out)
    if THOUSANDS_COMMA.search(out):  # ASCII commas made: scanned for as ever
        out = THOUSANDS_GROUPS.sub(lambda m: m.group().replace("，", ","), out)
        out = PAREN_PAIR.sub(_paren_pair, out)
        return ASCII_PUNCT_NEAR_CJK.sub(lambda m: m.group().translate(_TO_CJK_PUNCT), out)
    out = PAREN_PAIR.sub(_paren_pair, out)
    # ASCII_PUNCT_NEAR_CJK's matches (one char each, read in ``out``): at the punctuation
    # found, where PAREN_PAIR left it
    near = [(i, i + 1) for i in puncts
            if out[i] in ASCII_PUNCT and ASCII_PUNCT_NEAR_CJK.match(out, i)]
    return _translated(out, near, _TO_CJK_PUNCT) if near else out


def _translated(text: str, spans: list[tuple[int, int]], table: dict) -> str:
    """``text`` with each of ``spans`` (in order, apart) translated by ``table``."""
    parts, pos = [], 0
    for start, end in spans:
        parts.append(text[pos:start])
        parts.append(text[start:end].translate(table))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _paren_pair(m: Match) -> str:
    """ASCII brackets around CJK content become full-width brackets."""
    inner = m.group(1)
    if CJK_CHAR.search(inner):
        return f"（{inner}）"
    return m.group()


_FOLD_BACK = str.maketrans({"。": ".", "－": "-", "—": "-", "–": "-", "−": "-"})


def fold(text: str) -> str:
    """Comparison key: NFKC plus the repairs above (for checks of the offset map)."""
    return unicodedata.normalize("NFKC", text.translate(_FOLD_BACK))
