"""The oracle of the period index's tests: every period rule scanned over a text."""

from __future__ import annotations

from shebao.link.periods import _last_match, rules


def scanned(text: str) -> str | None:
    """The period named last in ``text``, every rule scanned, no gate or index."""
    best: tuple[int, str] | None = None
    for rule in rules():
        last = _last_match(rule, text)
        if last is not None and (best is None or last[0] > best[0]):
            best = last
    return None if best is None else best[1]
