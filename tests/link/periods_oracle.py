"""The oracle of the period index's tests: every period rule scanned over a text."""

from __future__ import annotations

import random

from shebao.link.periods import PeriodIndex, _last_match, rules


def scanned(text: str) -> str | None:
    """The period named last in ``text``, every rule scanned, no gate or index."""
    best: tuple[int, str] | None = None
    for rule in rules():
        last = _last_match(rule, text)
        if last is not None and (best is None or last[0] > best[0]):
            best = last
    return None if best is None else best[1]


def every_prefix(text: str) -> tuple[list[str | None], list[str | None]]:
    """The index's period before every position of ``text``, and the oracle's."""
    index = PeriodIndex(text)
    ends = range(len(text) + 1)
    return [index.last_before(pos) for pos in ends], [scanned(text[:pos]) for pos in ends]


def random_texts(pieces: list[str], seed: int, shortest: int, longest: int,
                 count: int = 400) -> list[str]:
    """``count`` texts of ``shortest`` to ``longest`` pieces drawn from ``pieces``."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(shortest, longest)))
            for _ in range(count)]
