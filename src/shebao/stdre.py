"""Patterns written for ``regex``, run by the standard library's ``re`` where they mean the same.

``re`` runs the figure, lexicon and cue patterns two to three times faster
than ``regex``.  The two agree on the constructs those patterns use but for
three things, which :func:`compile_fast` takes care of:

* ``\\s`` of ``re`` also matches the separators U+001C–U+001F and ``\\d``
  misses the digits of scripts newer than its Unicode tables: both are
  rewritten as the classes ``regex`` means (``SPACE``, ``DIGIT``);
* ``re`` refuses a group name used twice: every use of such a name gets a
  name of its own (``num`` → ``num__1``, ``num__2``) and :func:`group`
  reads them back as ``regex`` does, the last one that took part;
* everything else whose meaning differs (``\\w``, ``\\b``,
  ``\\p{…}`` but ``\\p{Han}`` (rewritten as ``HAN``), inline flags,
  case folding, nested sets, fragment calls, a
  repeated group around a twice-used name) and what ``re`` cannot compile
  (a lookbehind of varying width) is not rewritten: such a pattern is
  compiled by ``regex`` as written.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from dataclasses import dataclass
from typing import Union

import regex

Pattern = Union[re.Pattern, regex.Pattern]  # what compile_cue and compile_fast give
Match = Union[re.Match, regex.Match]

# The characters ``regex`` reads as ``\s``, ``\d`` and ``\p{Han}``, read off the installed
# ``regex`` at import (its Unicode tables change between releases; ``re``'s follow Python's:
# ``re``'s ``\s`` adds U+001C-U+001F, its ``\d`` misses the digits of newer scripts).  Each
# class lies below its bound (white space in the BMP, digits in planes 0-1, Han in 0-3);
# tests/test_stdre.py checks every code point.
_BOUNDS = {r"\s": 0x10000, r"\d": 0x20000, r"\p{Han}": 0x40000}


def _class_chars(prop: str) -> str:
    """The code points ``regex`` matches with ``prop``, as the ranges of a character class."""
    text = "".join(map(chr, range(_BOUNDS[prop])))
    return "".join(f"\\U{m.start():08x}-\\U{m.end() - 1:08x}"
                   for m in regex.finditer(prop + "+", text))


SPACE_CHARS = _class_chars(r"\s")
SPACE = "[" + SPACE_CHARS + "]"
NOT_SPACE = "[^" + SPACE_CHARS + "]"
def _ranges(codes: list[int]) -> str:
    """Ascending code points as the ranges of a character class."""
    starts = [c for k, c in enumerate(codes) if k == 0 or codes[k - 1] != c - 1]
    ends = [c for k, c in enumerate(codes) if k == len(codes) - 1 or codes[k + 1] != c + 1]
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in zip(starts, ends))


def _digit_chars() -> str:
    """The digits of ``regex`` as the members of a set for ``re``: ``re``'s own
    ``\\d`` (a table lookup) plus the digits ``regex`` adds (of scripts newer
    than Python's tables; a few ranges), or every digit written out if ``re``
    knew a digit ``regex`` does not."""
    text = "".join(map(chr, range(_BOUNDS[r"\d"])))
    theirs = {m.start() for m in regex.finditer(r"\d", text)}
    ours = {m.start() for m in re.finditer(r"\d", text)}
    if not ours <= theirs:
        return _ranges(sorted(theirs))
    return "\\d" + _ranges(sorted(theirs - ours))


DIGIT_CHARS: str = _digit_chars()
DIGIT: str = "[" + DIGIT_CHARS + "]"
NOT_DIGIT: str = "[^" + DIGIT_CHARS + "]"
# The white space a verbose ``regex`` pattern drops outside a set: every ``str.isspace``
# character up to regex 2026.5, only re's six ASCII ones since 2026.12; read off the
# installed ``regex`` so that a translated pattern keeps what ``regex`` would keep.
VERBOSE_SPACES = frozenset(c for c in map(chr, range(0x10000)) if c.isspace()
                           and regex.fullmatch("a" + c + "b", "ab", regex.VERBOSE))
HAN_CHARS = _class_chars(r"\p{Han}")
HAN = "[" + HAN_CHARS + "]"
PROPERTIES = {"p{Han}": (HAN, HAN_CHARS)}  # \p{…} rewritten, as CLASSES
# Class escapes rewritten: letter -> (outside a set, inside a set or None: unsafe).
CLASSES = {"s": (SPACE, SPACE_CHARS), "S": (NOT_SPACE, None),
           "d": (DIGIT, DIGIT_CHARS), "D": (NOT_DIGIT, None)}

SAFE_ESCAPES = set("ntrfvxuUAZ0")  # letters and digits escaped alike in both (no backreferences)
# Group openings both read alike ("(?P<name>" aside); "(" last.
PLAIN_OPENINGS = ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(")
NAMED_GROUP = re.compile(r"\(\?P<(\w+)>")
QUANTIFIER = re.compile(r"\{(?:[0-9]+(?:,[0-9]*)?|,[0-9]+)\}")
REPEATS = re.compile(r"[*+]|\{[0-9]*,[0-9]*\}|\{[0-9]*[2-9][0-9]*\}|\{[0-9]{2,}\}")  # may repeat a group


class Unsafe(ValueError):
    """The pattern may mean something else to ``re``."""


@dataclass(frozen=True)
class FastPattern:
    """A compiled pattern and, per group name as written, the names it got."""

    pattern: Pattern
    names: dict[str, tuple[str, ...]]


def group(m: re.Match | regex.Match, names: tuple[str, ...]) -> str | None:
    """The text of the last group of ``names`` that took part in ``m`` (None: none)."""
    for name in reversed(names):
        text = m.group(name)
        if text is not None:
            return text
    return None


def compile_cue(source: str, flags: int = regex.VERBOSE) -> Pattern:
    """``source`` compiled by ``re`` when safe and its groups keep their names, else by ``regex``.

    For cue patterns whose callers read groups by name as written.
    """
    fast = compile_fast(source, flags)
    if any(names != (name,) for name, names in fast.names.items()):
        return regex.compile(source, flags)
    return fast.pattern


def compile_fast(source: str, flags: int = 0) -> FastPattern:
    """``source`` (``regex`` syntax, ``flags`` 0 or VERBOSE) compiled by ``re`` when safe."""
    try:
        if flags & ~regex.VERBOSE:
            raise Unsafe("flags")
        translated, renamed = _translate(source, bool(flags & regex.VERBOSE))
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            fast = re.compile(translated)
    except (Unsafe, re.error, FutureWarning):
        written = regex.compile(source, flags)
        return FastPattern(pattern=written, names={n: (n,) for n in written.groupindex})
    new_names = {new for names in renamed.values() for new in names}
    names = {n: (n,) for n in fast.groupindex if n not in new_names}
    return FastPattern(pattern=fast, names={**names, **renamed})


def _translate(source: str, verbose: bool) -> tuple[str, dict[str, tuple[str, ...]]]:
    """``source`` for ``re`` (not verbose) and the new names of twice-used group names."""
    counts = Counter(NAMED_GROUP.findall(source))
    renamed: dict[str, list[str]] = {name: [] for name, n in counts.items() if n > 1}
    out: list[str] = []
    opened: list[bool] = []  # per open group: holds a twice-used name
    i, in_class = 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\" and source[i + 1:i + 7] in PROPERTIES:
            if in_class and source[i + 7:i + 8] == "-":
                raise Unsafe("a property before a hyphen in a set")
            out.append(PROPERTIES[source[i + 1:i + 7]][in_class])
            i += 7
        elif ch == "\\":
            out.append(_escape(source[i + 1:i + 2], in_class))
            if in_class and source[i + 1:i + 2] in CLASSES and source[i + 2:i + 3] == "-":
                raise Unsafe("a class escape before a hyphen in a set")
            i += 2
        elif in_class:
            i, in_class = _class_char(source, i, out)
        elif ch == "[":
            i = _open_class(source, i, out)
            in_class = True
        elif verbose and (ch in VERBOSE_SPACES or ch == "#"):
            i = _skip(source, i)
        elif ch == "(":
            i = _open(source, i, out, opened, renamed)
        elif ch == ")":
            i = _close(source, i, out, opened)
        elif ch == "{":
            m = QUANTIFIER.match(source, i)
            if m is None:
                raise Unsafe("a brace that is no quantifier")
            out.append(m.group())
            i = m.end()
        else:
            out.append(ch)
            i += 1
    if in_class or opened:
        raise Unsafe("unbalanced")
    return "".join(out), {name: tuple(new) for name, new in renamed.items()}


def _skip(source: str, i: int) -> int:
    """The index after the spaces and comments at ``i`` (verbose mode)."""
    while i < len(source) and (source[i] in VERBOSE_SPACES or source[i] == "#"):
        if source[i] == "#":
            end = source.find("\n", i)
            i = len(source) if end < 0 else end
        else:
            i += 1
    if source[i:i + 1] in ("*", "+", "?", "{"):
        raise Unsafe("a quantifier apart from its item")
    return i


def _escape(letter: str, in_class: bool) -> str:
    if letter in CLASSES:
        rewritten = CLASSES[letter][in_class]
        if rewritten is None:
            raise Unsafe(f"\\{letter} in a set")
        return rewritten
    if not letter or (letter.isascii() and letter.isalnum() and letter not in SAFE_ESCAPES):
        raise Unsafe(f"escape \\{letter}")
    return "\\" + letter


def _open_class(source: str, i: int, out: list[str]) -> int:
    """Copy the opening of a set ("[", "[^", and a literal "]" first); the index after."""
    head = "[^" if source[i + 1:i + 2] == "^" else "["
    out.append(head)
    i += len(head)
    if source[i:i + 1] == "]":
        out.append("\\]")
        i += 1
    return i


def _class_char(source: str, i: int, out: list[str]) -> tuple[int, bool]:
    """One character of a set (not an escape): the index after it, whether the set goes on."""
    ch = source[i]
    if ch == "[" or source[i:i + 2] in ("--", "&&", "~~", "||"):
        raise Unsafe("nested set or set operation")
    out.append(ch)
    return i + 1, ch != "]"


def _open(source: str, i: int, out: list[str], opened: list[bool],
          renamed: dict[str, list[str]]) -> int:
    m = NAMED_GROUP.match(source, i)
    if m is not None:
        name = m.group(1)
        if name in renamed:
            renamed[name].append(f"{name}__{len(renamed[name]) + 1}")
            out.append(f"(?P<{renamed[name][-1]}>")
        else:
            out.append(m.group())
        opened.append(name in renamed)
        return m.end()
    head = next((h for h in PLAIN_OPENINGS if source.startswith(h, i)), None)
    if head is None or source.startswith("(?", i) and head == "(":
        raise Unsafe(f"group {source[i:i + 4]!r}")
    out.append(head)
    opened.append(False)
    return i + len(head)


def _close(source: str, i: int, out: list[str], opened: list[bool]) -> int:
    if not opened:
        raise Unsafe("unbalanced")
    holds = opened.pop()
    out.append(")")
    if holds:
        if REPEATS.match(source, i + 1):
            raise Unsafe("a twice-used group name inside a repeat")
        if opened:
            opened[-1] = True
    return i + 1
