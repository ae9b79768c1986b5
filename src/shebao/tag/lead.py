"""The characters a match can take before it reaches a needed one.

``lead_chars(pattern, needed)`` reads a pattern compiled by the standard
library's ``re`` and returns the characters that a match of it can take
before its first character of ``needed``: for "[0-9]+ ?(?:至|到)" and
{至, 到}, the digits and the space.  Where a match of the pattern
starts, the text then reads a run of these lead characters and then a
character of ``needed`` (if every match takes one, ``tag.needs``), so the
lookahead a figure guard makes of them (``figure_patterns``) stops at the
first character that is neither, a few characters on, instead of scanning
the rest of the sentence for a needed one.

Conservative as ``tag.needs``: lookarounds and anchors consume nothing;
whatever else it cannot read (negated or very wide classes, categories such
as ``\\d``, any character, back references) gives None (unknown: any).
"""

from __future__ import annotations

import re

from shebao.tag.needs import ZERO_WIDTH, C, CharSet, class_chars, parse_plain

# (the lead characters of a piece, whether every match of it takes a needed char)
Lead = tuple[set[str], bool]


def lead_chars(pattern: re.Pattern | object, needed: CharSet) -> CharSet | None:
    """The characters a match of ``pattern`` can take before its first one of
    ``needed`` (None: unknown, any)."""
    parsed = parse_plain(pattern)
    found = None if parsed is None else _sequence(parsed, needed)
    return None if found is None else frozenset(found[0])


def _sequence(items, needed: CharSet) -> Lead | None:
    """The lead of a sequence: its items' up to the first that surely takes a needed char."""
    out: set[str] = set()
    for op, av in items:
        if str(op) in ZERO_WIDTH:
            continue  # consumes nothing
        found = _item(op, av, needed)
        if found is None:
            return None
        out |= found[0]
        if found[1]:
            return out, True
    return out, False


def _item(op, av, needed: CharSet) -> Lead | None:
    if op is C.LITERAL:
        ch = chr(av)
        return (set(), True) if ch in needed else ({ch}, False)
    if op is C.IN:
        chars = class_chars(av)
        return None if chars is None else (set(chars - needed), chars <= needed)
    if op is C.SUBPATTERN:
        return _sequence(av[3], needed)
    if op is C.ATOMIC_GROUP:
        return _sequence(av, needed)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        found = _sequence(av[2], needed)
        return None if found is None else (found[0], found[1] and av[0] >= 1)
    if op is C.BRANCH:
        out: set[str] = set()
        every = True
        for alternative in av[1]:
            found = _sequence(alternative, needed)
            if found is None:
                return None
            out |= found[0]
            every = every and found[1]
        return out, every
    return None
