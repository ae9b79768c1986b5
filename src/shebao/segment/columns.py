"""Column names of a rebuilt flattened table.

A flattened table leaves its column headers as pieces: a year line
("2019 2020") and header fragments ("同比", "增长额", "同比", "增长率").
Year columns come first (the genre puts amounts by year before their
changes); the remaining columns are named by grouping the fragments.
"""

from __future__ import annotations

from shebao.segment.lines import squash


def generic(n: int) -> str:
    """The name of column ``n`` (0-based) when its header is lost."""
    return f"col{n + 1}"


def group_fragments(fragments: list[str], k: int) -> list[str]:
    """``k`` column names made of header ``fragments`` in order."""
    parts = [squash(f) for f in fragments if squash(f)]
    if k <= 0:
        return []
    if len(parts) == k:
        return parts
    if parts and len(parts) % k == 0:
        size = len(parts) // k
        return ["".join(parts[n * size:(n + 1) * size]) for n in range(k)]
    joined = "".join(parts)
    if parts and joined.startswith(parts[0]) and joined.count(parts[0]) == k:
        pieces = joined.split(parts[0])[1:]
        return [parts[0] + p for p in pieces]
    names = parts[:k]
    return names + [generic(n) for n in range(len(names), k)]


def column_names(
    k: int, years: list[str], fragments: list[str], header: list[str] | None = None
) -> tuple[str, ...]:
    """Names of the ``k`` value columns of a table."""
    if header and len(header) == k:
        return tuple(header)
    names = list(years[:k])
    return tuple(names + group_fragments(fragments, k - len(names)))
