"""The earlier statements a later one is compared with, read per written value,
are those the walk over every earlier statement picked."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from shebao.check.duplicates import _mark, _one_per_value


@dataclass(frozen=True, eq=False)
class Stated:
    """The fields of a fact the choice reads."""

    value: int
    unit: str
    text: str
    start: int
    part_of: int | None


STATED = st.builds(Stated, value=st.integers(0, 3), unit=st.sampled_from(["a", "b"]),
                   text=st.sampled_from(["x", "y"]), start=st.integers(0, 6),
                   part_of=st.none() | st.integers(0, 6))


def _walked(facts: list, j: int, suspects: set[int]) -> list:
    """The walk over ``facts[1:j]`` that ``clashes`` made before."""
    other, seen, out = facts[j], set(), []
    for earlier in facts[1:j]:
        if other.part_of == earlier.start or earlier.part_of == other.start:
            continue
        mark = (earlier.value, earlier.unit, earlier.text, id(earlier) in suspects)
        if mark in seen:
            continue
        seen.add(mark)
        out.append(earlier)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(STATED, min_size=1, max_size=14), st.data())
def test_one_per_value_equals_the_walk(facts: list, data) -> None:
    suspects = {id(f) for f in facts if data.draw(st.booleans())}
    marks: dict = {}
    for j, other in enumerate(facts[1:], 1):
        assert _one_per_value(marks, other) == _walked(facts, j, suspects)
        marks.setdefault(_mark(other, suspects), []).append((j, other))
