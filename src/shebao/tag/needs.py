"""The characters a regular expression cannot match without.

``needed_sets(pattern)`` reads a pattern compiled by the standard library's
``re`` and returns sets of characters such that every match of it holds at
least one character of each set: "(?:万元|亿元)" needs one of {万, 亿} and
{元}.  A text that lacks every character of one of these sets holds no
match, so the pattern need not be tried on it (``figure_patterns`` puts a
lookahead for each set before its long branches).

The analysis is conservative: whatever it cannot read (lookarounds, optional
parts, negated or very wide classes, back references) needs nothing, and a
pattern of the third-party ``regex`` module needs nothing at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

try:  # the parser behind re.compile (Python 3.11 and later)
    from re import _constants as C, _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: nothing is skipped
    C = P = None

WIDEST = 512  # a class wider than this (a whole script) is not worth a set

CharSet = frozenset[str]


def needed_sets(pattern: re.Pattern | object, avoid: CharSet = frozenset()
                ) -> tuple[CharSet, ...]:
    """Character sets every match of ``pattern`` takes one character of each.

    Of an alternation, each alternative gives the smallest set it needs to
    their union; one that holds no char of ``avoid``, where it needs such a
    set (a guard that looks for a digit rules out nothing)."""
    parsed = parse_plain(pattern)
    return () if parsed is None else tuple(dict.fromkeys(_sequence(parsed, avoid)))


def parse_plain(pattern: re.Pattern | object):
    """The parsed items of a case-sensitive ``re`` pattern over str (None: another
    engine, bytes, a case-insensitive pattern, where a literal stands for more than
    one character, or a parser of another shape)."""
    if P is None or not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return None
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = P.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # a parser of another shape: unknown
        return None
    return None if parsed.state.flags & re.IGNORECASE else parsed  # an inline flag


def needed_strings(pattern: re.Pattern | object, widest: int | None = None) -> tuple[str, ...]:
    """``needed_sets`` as strings of sorted chars (one ``in`` test each), those wider than
    ``widest`` left out (a wide set costs more ``in`` tests than it spares)."""
    return tuple("".join(sorted(chars)) for chars in needed_sets(pattern)
                 if widest is None or len(chars) <= widest)


def may_hold(text: str, needs: tuple[str, ...]) -> bool:
    """False if ``text`` lacks every char of one of ``needs`` (then no match holds)."""
    for chars in needs:
        for ch in chars:
            if ch in text:
                break
        else:
            return False
    return True


def _sequence(items, avoid: CharSet) -> Iterator[CharSet]:
    """The needed sets of a sequence of parsed items: those of every item, and
    those a lookbehind reads off what the sequence has surely taken before it."""
    for k, (op, av) in enumerate(items):
        if op is C.ASSERT and av[0] < 0:
            yield from _behind(items[:k], av[1], avoid)
        elif op is C.SUBPATTERN:
            yield from _sequence(av[3], avoid)
        elif op is C.ATOMIC_GROUP:
            yield from _sequence(av, avoid)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if av[0] >= 1:  # taken at least once
                yield from _sequence(av[2], avoid)
        else:
            found = _one(op, av, avoid)
            if found is not None:
                yield found


def _behind(before, body, avoid: CharSet) -> Iterator[CharSet]:
    """The sets a lookbehind ``body`` of single characters needs, where the
    sequence ``before`` it has taken at least as many (then the chars it reads
    are the match's own: "[0-9]+(?<=[万亿])" needs 万 or 亿); else none."""
    read = [_one(op, av, avoid) if op in (C.LITERAL, C.IN) else None for op, av in body]
    sets = [chars for chars in read if chars is not None]
    if len(sets) == len(read) and before.getwidth()[0] >= len(sets):
        yield from sets


def _one(op, av, avoid: CharSet) -> CharSet | None:
    """The set one item needs (None: nothing known)."""
    if op is C.LITERAL:
        return frozenset(chr(av))
    if op is C.IN:
        return class_chars(av)
    if op is C.BRANCH:  # every alternative needs one of its own: their union
        out: set[str] = set()
        for alternative in av[1]:
            found = _smallest(alternative, avoid)
            if found is None:
                return None
            out |= found
        return frozenset(out)
    return None


def _smallest(items, avoid: CharSet) -> CharSet | None:
    """The smallest set ``items`` need, of those without a char of ``avoid`` if any."""
    return min(_sequence(items, avoid), key=lambda chars: (not chars.isdisjoint(avoid), len(chars)),
               default=None)


def class_chars(members) -> CharSet | None:
    """The chars of a parsed set's members (None: negated, a category or too wide)."""
    out: set[str] = set()
    for op, av in members:
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < WIDEST:
            out.update(map(chr, range(av[0], av[1] + 1)))
        else:  # negated, a category (\d, \w) or too wide
            return None
    return frozenset(out)


ANY_DIGIT = "\\d"  # in a first_chars set: any char ``re`` reads as \\d (str.isdecimal)


def first_chars(pattern: re.Pattern | object) -> CharSet | None:
    """The characters a match of ``pattern`` can start with (None: unknown, any);
    ``ANY_DIGIT`` among them stands for every decimal digit.

    Conservative as ``needed_sets``: lookarounds and anchors are read as
    consuming nothing, and whatever else it cannot read (negated or wide
    classes, categories, back references) gives None.  A pattern that can
    match the empty string still starts a non-empty match with one of them.
    """
    parsed = parse_plain(pattern)
    found = None if parsed is None else _first(parsed)
    return None if found is None else frozenset(found[0])



@lru_cache(maxsize=1)
def decimal_digits() -> CharSet:
    """Every char ``str.isdecimal`` takes (what ``\\d`` matches)."""
    return frozenset(ch for ch in map(chr, range(0x110000)) if ch.isdecimal())


def start_chars(pattern: re.Pattern | object) -> CharSet | None:
    """``first_chars`` with every decimal digit spelt out where a match may start with
    any: a char is then tested by one set lookup, not a lookup and ``str.isdecimal``
    (None: unknown, any)."""
    first = first_chars(pattern)
    if first is not None and ANY_DIGIT in first:
        first = first | decimal_digits()
    return first

ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


def _first(items) -> tuple[set[str], bool] | None:
    """(the chars a match of the sequence ``items`` can start with, whether it can
    match empty), or None when unknown."""
    out: set[str] = set()
    for op, av in items:
        if str(op) in ZERO_WIDTH:
            continue  # consumes nothing: the next item takes the first char
        found = _first_of(op, av)
        if found is None:
            return None
        out |= found[0]
        if not found[1]:
            return out, False
    return out, True


def _first_of(op, av) -> tuple[set[str], bool] | None:
    if op is C.LITERAL:
        return {chr(av)}, False
    if op is C.IN:
        chars = _first_class(av)
        return None if chars is None else (chars, False)
    if op is C.SUBPATTERN:
        return _first(av[3])
    if op is C.ATOMIC_GROUP:
        return _first(av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        found = _first(av[2])
        return None if found is None else (found[0], found[1] or av[0] == 0)
    if op is C.BRANCH:
        out: set[str] = set()
        empty = False
        for alternative in av[1]:
            found = _first(alternative)
            if found is None:
                return None
            out |= found[0]
            empty = empty or found[1]
        return out, empty
    return None


def _first_class(members) -> set[str] | None:
    """``class_chars`` of a set's members, where ``\\d`` adds ``ANY_DIGIT``."""
    out: set[str] = set()
    for op, av in members:
        if op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out.add(ANY_DIGIT)
            continue
        chars = class_chars([(op, av)])
        if chars is None:
            return None
        out |= chars
    return out


def may_start(text: str, first: CharSet | None) -> bool:
    """False if ``text`` (non-empty) starts with no char of ``first`` (of ``first_chars``)."""
    if first is None or not text:
        return True
    ch = text[0]
    return ch in first or (ANY_DIGIT in first and ch.isdecimal())


def set_body(chars: CharSet) -> str:
    """``chars`` as the inside of a set, in ``regex`` syntax (``re`` reads it alike)."""
    return "".join(map(_member, sorted(chars)))


def _member(ch: str) -> str:
    if ch.isalnum():
        return ch
    if ch.isprintable() and not ch.isspace():
        return "\\" + ch
    return f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}"
