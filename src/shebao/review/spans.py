"""Highlights over a text as properly nested elements, and the text rendered with them.

Offsets are ``[start, end)`` into the text shown.  Facts are never cut: a
fact whose offsets fall outside the text, are empty, or cross another fact
(overlap without nesting) is left out of the text, with the reason, and only
listed.  Which of two crossing facts stays is decided in reading order: the
earlier start (the longer span on a tie, then the lower index) stays.

Every other layer (flags, their evidence, causes, cue phrases) may be cut:
each such span is split at every boundary of any other highlight that lies
strictly inside it.  Its pieces then nest with everything else, so one
walk over the sorted spans writes well-formed HTML.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

# Outer to inner when two highlights cover the same characters.
LAYERS = ("fact", "flag", "evidence", "cause", "cue")
RANK = {name: rank for rank, name in enumerate(LAYERS)}


@dataclass(frozen=True)
class Span:
    """One highlight (or one piece of a cut highlight)."""

    start: int
    end: int
    layer: str  # one of LAYERS
    ref: str  # which item of its layer: "3", or "3-1" for flag 3's second evidence
    piece: int = 0  # 0 for the first (or only) piece of a cut highlight


def _sort_key(span: Span) -> tuple:
    return (span.start, -span.end, RANK[span.layer], span.ref, span.piece)


def place_facts(spans: Sequence[tuple[int, int]], length: int) -> tuple[list[int], dict[int, str]]:
    """Indices of the fact spans that can be shown, and why each other one cannot.

    ``spans`` are (start, end) per fact; kept facts nest or are disjoint.
    """
    kept: list[int] = []
    skipped: dict[int, str] = {}
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1], i))
    for i in order:
        start, end = spans[i]
        if not 0 <= start < end <= length:
            skipped[i] = f"offsets [{start}:{end}] lie outside the text"
            continue
        crossed = next((k for k in kept if _crosses(spans[k], (start, end))), None)
        if crossed is not None:
            skipped[i] = f"overlaps fact #{crossed} without nesting"
            continue
        kept.append(i)
    return sorted(kept), skipped


def _crosses(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """``a`` and ``b`` overlap and neither holds the other."""
    overlap = a[0] < b[1] and b[0] < a[1]
    nested = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
    return overlap and not nested


def layout(fixed: Iterable[Span], cuttable: Iterable[Span], length: int) -> list[Span]:
    """``fixed`` (nesting already) and ``cuttable`` cut into pieces, as one nested family.

    Cuttable spans that are empty or outside ``[0, length]`` are dropped.
    """
    fixed = list(fixed)
    cuttable = [s for s in cuttable if 0 <= s.start < s.end <= length]
    points = sorted({p for s in [*fixed, *cuttable] for p in (s.start, s.end)})
    pieces: list[Span] = []
    for span in cuttable:
        inner = [p for p in points if span.start < p < span.end]
        bounds = [span.start, *inner, span.end]
        pieces += [Span(start=a, end=b, layer=span.layer, ref=span.ref, piece=n)
                   for n, (a, b) in enumerate(zip(bounds, bounds[1:]))]
    return sorted([*fixed, *pieces], key=_sort_key)


def escape_text(text: str) -> str:
    """``text`` for an HTML text node: markup escaped, control characters as references.

    A carriage return stays one (as ``&#13;``) instead of being folded into
    the line break by the HTML parser, so offsets still match the DOM text.
    """
    escaped = html.escape(text, quote=False)
    if not any(ord(c) < 32 and c not in "\n\t" for c in escaped):
        return escaped
    return "".join(f"&#{ord(c)};" if ord(c) < 32 and c not in "\n\t" else c for c in escaped)


def render(text: str, spans: Sequence[Span], open_tag: Callable[[Span], str],
           close_tag: Callable[[Span], str]) -> str:
    """``text`` escaped, each span (sorted and nested, as from :func:`layout`) wrapped in tags."""
    out: list[str] = []
    stack: list[Span] = []
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            out.append(escape_text(text[pos:top.end]))
            out.append(close_tag(top))
            pos = top.end

    for span in spans:
        close_until(span.start)
        out.append(escape_text(text[pos:span.start]))
        out.append(open_tag(span))
        pos = span.start
        stack.append(span)
    close_until(len(text))
    out.append(escape_text(text[pos:]))
    return "".join(out)
