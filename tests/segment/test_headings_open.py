"""``_open`` finds the sibling to close in one walk from the innermost open item: the
stack it leaves equals that of the former form (two lists of indices) on random stacks
of marks of a few families, numbered or not."""

from __future__ import annotations

import random

import pytest

from shebao.segment.headings import Mark, _open


def _old_open(stack: list[tuple[Mark, str | None]], mark: Mark, text: str | None) -> None:
    """``_open`` as it was written before the one walk."""
    same = [k for k, (m, _) in enumerate(stack) if m.family == mark.family]
    previous = [k for k in same if mark.number and stack[k][0].number == mark.number - 1]
    if previous:
        del stack[previous[-1]:]
    elif same and mark.number != 1:
        del stack[same[-1]:]
    stack.append((mark, text))


def _mark(rng: random.Random) -> Mark:
    return Mark(rng.choice(["cn", "paren", "digit"]), 2, rng.choice([None, 0, 1, 2, 3, 4]))


@pytest.mark.parametrize("seed", range(4))
def test_headings_open_as_the_old_form(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2000):
        stack = [(_mark(rng), rng.choice(["甲", None])) for _ in range(rng.randint(0, 6))]
        old = list(stack)
        mark, text = _mark(rng), rng.choice(["乙", None])
        _open(stack, mark, text)
        _old_open(old, mark, text)
        assert stack == old


def test_headings_open_closes_the_innermost_sibling() -> None:
    one, inner, two = Mark("cn", 2, 1), Mark("digit", 2, 1), Mark("cn", 2, 2)
    stack: list[tuple[Mark, str | None]] = [(one, "一"), (inner, "1")]
    _open(stack, two, "二")
    assert stack == [(two, "二")]
    restart = Mark("digit", 2, 1)  # a list restarting at 1 nests under the open item
    _open(stack, restart, None)
    _open(stack, restart, "1")
    assert stack == [(two, "二"), (restart, None), (restart, "1")]
