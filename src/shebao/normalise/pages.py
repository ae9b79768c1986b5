"""Page numbers and running headers/footers: lines to remove.

Page numbers.  Decorated forms ("- 2 -", "第3页") alone on a line are always
removed.  Bare forms ("3", "3/12") are removed only when two of them form
an increasing sequence (n, n+1) at least ``MIN_PAGE_GAP`` content lines
apart, or when a form feed stands before or after them.  A lone number of
a flattened table (one cell per line) is never that far from the next
number, so it stays; a single bare page number in a file also stays.

Running headers.  A text line (4–30 chars, no heading marker, no colon, no
end punctuation, not bracketed) repeated at least 3 times, each repeat at least
``MIN_HEADER_GAP`` content lines after the previous one, and dense enough
to be on most pages (once per ``LINES_PER_HEADER`` content lines).
Report titles repeated in a file holding several reports are too sparse.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from shebao.normalise.lines import Line
from shebao.normalise.patterns import LineCues, line_cues
from shebao.tag.needs import CharSet, start_chars

MIN_PAGE_GAP = 5
MIN_HEADER_GAP = 10
LINES_PER_HEADER = 40
HEADER_LENGTH = (4, 30)


def mark_page_numbers(lines: list[Line]) -> None:
    """Set ``kind = "page"`` on page-number lines."""
    cues = line_cues()
    first = _page_starts()
    candidates: list[tuple[int, int]] = []  # (line index, number)
    for i, line in enumerate(lines):
        if first is not None and line.text[0] not in first:
            continue  # no page number starts so (most lines): neither pattern is run
        if line.kind == "table" and "\t" in line.text:
            continue
        if cues.page_fixed.fullmatch(line.text):
            line.kind = "page"
        elif cues.page_sequence.fullmatch(line.text):
            candidates.append((i, int(line.text.split("/")[0])))
    for (i, a), (j, b) in zip(candidates, candidates[1:]):
        if b == a + 1 and j - i > MIN_PAGE_GAP:
            lines[i].kind = lines[j].kind = "page"
    for i, _ in candidates:
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if lines[i].after_form_feed or (nxt is not None and nxt.after_form_feed):
            lines[i].kind = "page"


@lru_cache(maxsize=1)
def _page_starts() -> CharSet | None:
    """The chars a page number (of either pattern) can start with (``patterns.start_chars``,
    every decimal digit spelt out; None: unknown, every line is matched)."""
    cues = line_cues()
    fixed, sequence = start_chars(cues.page_fixed), start_chars(cues.page_sequence)
    return None if fixed is None or sequence is None else fixed | sequence


def mark_running_headers(lines: list[Line]) -> None:
    """Set ``kind = "header"`` on repeated running headers/footers."""
    cues = line_cues()
    ends = cues.terminal | cues.continuation
    seen: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        if line.kind != "text":
            continue
        last = line.text[-1]
        if (last in ends and not last.isspace()) or len(line.text) < HEADER_LENGTH[0]:
            continue  # the key ends in that char too, or is as short (most lines: no key made)
        key = "".join(line.text.split())
        if HEADER_LENGTH[0] <= len(key) <= HEADER_LENGTH[1]:
            seen[key].append(i)
    for key, where in seen.items():
        if len(where) < 3 or len(where) * LINES_PER_HEADER < len(lines):
            continue
        # what a key may not be, read once per key repeated often enough (few), not per line
        if not _header_key(key, cues):
            continue
        if min(b - a for a, b in zip(where, where[1:])) < MIN_HEADER_GAP:
            continue
        for i in where:
            lines[i].kind = "header"


def _header_key(key: str, cues: LineCues) -> bool:
    """Whether ``key`` (a line without its spaces) may be a running header: no colon, no
    end or continuation char last, no heading marker or bracket first."""
    if "：" in key or ":" in key or key[-1] in cues.terminal or key[-1] in cues.continuation:
        return False
    return not (cues.heading.match(key) or key[0] in "（(")
