"""The characters a pattern can hold right before its line break.

``unit_split`` (``normalise_lines.yaml``) is searched in "tail of a line,
line break, head of the next" for every pair of lines, and most lines end
in a character that no match can hold right before the break ("。",
"况"): ``before_break(pattern)`` reads off the pattern a one-character
class that every match holds right before its "\\n", so that a line ending
outside it needs no search.

The analysis is conservative: a pattern it cannot read (a branch without
a literal "\\n", a class that may match a line break, back references,
repeats of groups, case folding) gives None, and every pair is searched.
"""

from __future__ import annotations

import re

try:  # the parser behind re.compile (Python 3.11 and later)
    from re import _constants as C, _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: nothing is skipped
    C = P = None

NEWLINE = ord("\n")
MAX_PATHS = 256  # branches multiply: give up on a pattern of more paths


def before_break(pattern: re.Pattern | object) -> re.Pattern | None:
    """A class matching the character right before the "\\n" of every match of
    ``pattern`` in a text holding one "\\n" (None: unknown, search always)."""
    if P is None or not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return None
    if pattern.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE):
        return None
    try:
        parsed = P.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # a parser of another shape: nothing is skipped
        return None
    if parsed.state.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL):
        return None  # inline flags
    paths = _paths(parsed)
    if not paths:
        return None
    members: list = []
    for path in paths:
        found = _before(path)
        if found is None:
            return None
        members.extend(found)
    unique = dict.fromkeys(members)  # one path per branch repeats them
    return re.compile("[" + "".join(_member(op, av) for op, av in unique) + "]")


def _paths(items) -> list[list] | None:
    """Every sequence of single items through ``items`` (groups and branches spelled out)."""
    paths: list[list] = [[]]
    for op, av in items:
        alternatives: list[list] | None
        if op is C.SUBPATTERN:
            alternatives = _paths(av[3])
        elif op is C.BRANCH:
            alternatives = []
            for alternative in av[1]:
                spelled = _paths(alternative)
                if spelled is None:
                    return None
                alternatives.extend(spelled)
        else:
            alternatives = [[(op, av)]]
        if alternatives is None:
            return None
        paths = [p + a for p in paths for a in alternatives]
        if len(paths) > MAX_PATHS:
            return None
    return paths


def _before(path: list) -> list | None:
    """The class members of the char right before the path's first literal "\\n"."""
    members: list = []
    certain = False  # a char was surely taken since the path's start
    for op, av in path:
        if op is C.LITERAL and av == NEWLINE:
            return members if certain else None
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero width: takes no char
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and len(av[2]) == 1:
            body = _one(*av[2][0])
            if body is None:
                return None
            members, certain = (body, True) if av[0] >= 1 else (members + body, certain)
            continue
        one = _one(op, av)
        if one is None:
            return None
        members, certain = one, True
    return None  # no literal "\n": a match needs none


def _one(op, av) -> list | None:
    """The members of a one-char item that cannot match "\\n" (None: another item)."""
    if op is C.LITERAL:
        return None if av == NEWLINE else [(op, av)]
    if op is not C.IN:
        return None
    for member_op, member in av:
        if member_op is C.LITERAL and member != NEWLINE:
            continue
        if member_op is C.RANGE and not member[0] <= NEWLINE <= member[1]:
            continue
        if member_op is C.CATEGORY and member is C.CATEGORY_DIGIT:
            continue
        return None  # a negated set, a space class, a range over "\n" …
    return list(av)


def _member(op, av) -> str:
    """One class member in pattern syntax."""
    if op is C.LITERAL:
        return _char(av)
    if op is C.RANGE:
        return f"{_char(av[0])}-{_char(av[1])}"
    return r"\d"


def _char(code: int) -> str:
    return f"\\U{code:08x}"
