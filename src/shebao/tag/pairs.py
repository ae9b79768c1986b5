"""The characters a match can take second, after each it can start with.

``second_chars(pattern)`` reads a pattern compiled by the standard library's
``re`` and maps each character a match of it can start with to the
characters the match can take next: for "一(?:万|亿)元|[0-9]+" it gives
一 → {万, 亿} and each digit → None (a digit alone is a match, so any
character may follow).  A text position whose first two characters are not
such a pair starts no match, so ``figure_patterns`` looks for the figures
only where they are (a numeral in "一是", a bracket in "（一）" are passed
over by one search, without trying the fourteen figure branches there).

The analysis reads the prefixes of two characters of the matches of every
part.  It is conservative as ``tag.needs``: lookaheads and anchors are read
as consuming nothing and passing, a lookbehind of single characters rules
out only the prefixes whose last characters it can see and rejects
("[0-9]+(?<=[万亿])" never ends after one digit), and whatever it cannot read
(negated or wide classes, categories such as ``\\d``, back references) makes
the whole answer None (unknown: anything may follow anything).
"""

from __future__ import annotations

import re

from shebao.tag.needs import ZERO_WIDTH, C, CharSet, class_chars, parse_plain, set_body

# A set of prefixes of matches: strings of at most two characters, where one
# shorter than two is a whole match (of the part read so far).
Prefixes = set[str]
KEPT = 2  # characters kept of a prefix (``_then`` is written for two)


def second_chars(pattern: re.Pattern | object) -> dict[str, CharSet | None] | None:
    """Each char a match of ``pattern`` can start with → the chars it can take
    next (None: any, as a match may end after the first); None: unknown (the
    pattern may match the empty string, or holds what the analysis cannot read)."""
    parsed = parse_plain(pattern)
    found = None if parsed is None else _sequence(parsed)
    if found is None or "" in found:
        return None
    whole = {p for p in found if len(p) == 1}  # a match of one char: anything may follow
    out: dict[str, CharSet | None] = dict.fromkeys(whole)
    for first in {p[0] for p in found} - whole:
        out[first] = frozenset(p[1] for p in found if p[0] == first)
    return out


def starts_source(pattern: re.Pattern | object, first: CharSet) -> str | None:
    """A pattern whose matches are the first chars, of ``first``, of the places
    where a match of ``pattern`` may start: one of them, then a lookbehind naming
    which and a lookahead for a char a match can take after it (none for a char a
    match can end after).  Its first item is the class of them all, so that a
    search skips to a candidate in C (one opening with a branch would enter it at
    every char).  None: the pairs are unknown."""
    pairs = second_chars(pattern)
    if pairs is None:
        return None
    firsts = frozenset(first) & frozenset(pairs)
    free = frozenset(ch for ch in firsts if pairs[ch] is None)
    after: dict[CharSet, set[str]] = {}  # the chars that may follow → the firsts they follow
    for ch, nexts in pairs.items():
        if ch in firsts and nexts is not None:
            after.setdefault(nexts, set()).add(ch)
    tests = [f"(?<=[{set_body(free)}])"] if free else []  # first: the digits
    tests += [f"(?<=[{set_body(frozenset(chs))}])(?=[{set_body(nexts)}])"
              for nexts, chs in sorted(after.items(), key=_larger_first)]
    return f"[{set_body(firsts)}](?:{'|'.join(tests)})" if tests else None


def _larger_first(item: tuple[CharSet, set[str]]) -> tuple[int, list[str]]:
    """The order of the lookbehinds: the larger sets of firsts (the numerals) first."""
    return -len(item[1]), sorted(item[1])


def _then(before: Prefixes, after: Prefixes) -> Prefixes:
    """The prefixes of a match of one part followed by a match of the next."""
    out = {p for p in before if len(p) == KEPT}
    if "" in before:
        out |= after
    heads = {q[:1] for q in after}  # the char the next part adds ("": it may add none)
    for p in before:
        if len(p) == 1:
            out.update(p + h for h in heads)
    return out


def _sequence(items) -> Prefixes | None:
    found: Prefixes = {""}
    for op, av in items:
        if op is C.ASSERT and av[0] < 0:
            found = _behind(found, av[1])
        elif str(op) in ZERO_WIDTH:
            continue  # consumes nothing; read as passing
        else:
            part = _item(op, av)
            if part is None:
                return None
            found = _then(found, part)
    return found


def _behind(found: Prefixes, body) -> Prefixes:
    """``found`` less the whole matches a lookbehind of single chars rejects."""
    read = [class_chars(av) if op is C.IN else frozenset(chr(av)) if op is C.LITERAL else None
            for op, av in body]
    sets = [chars for chars in read if chars is not None]
    if len(sets) < len(read):
        return found  # unknown: rules nothing out
    width = len(sets)

    def passes(prefix: str) -> bool:
        if len(prefix) >= KEPT or len(prefix) < width:
            return True  # cut short, or it reads what came before: unknown
        tail = prefix[len(prefix) - width:]
        return all(ch in chars for ch, chars in zip(tail, sets))

    return {p for p in found if passes(p)}


def _item(op, av) -> Prefixes | None:
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        chars = class_chars(av)
        return None if chars is None else set(chars)
    if op is C.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _sequence(av[3])  # (?i:…): unknown
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _repeat(*av)
    if op is C.BRANCH:
        out: Prefixes = set()
        for alternative in av[1]:
            found = _sequence(alternative)
            if found is None:
                return None
            out |= found
        return out
    return None


def _repeat(least: int, most: int, body) -> Prefixes | None:
    """The prefixes of ``least`` to ``most`` matches of ``body`` in a row."""
    one = _sequence(body)
    if one is None:
        return None
    out: Prefixes = {""} if least == 0 else set()
    run: Prefixes = {""}  # the prefixes of n matches in a row
    n = 0
    while n < most:
        n += 1
        longer = _then(run, one)
        if n >= least or longer == run:
            out |= longer
        if longer == run:  # as many as any more matches in a row
            break
        run = longer
    return out
