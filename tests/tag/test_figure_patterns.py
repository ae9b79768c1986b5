"""Every example and counter-example of resources/figures.yaml, run in context."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao.tag.figure_patterns import patterns
from shebao.tag.figures import find_unit_header, scan

SPEC = patterns().spec
EXAMPLES = [
    pytest.param(p, ex, id=f"{p['name']}:{ex['text']}") for p in SPEC["patterns"] for ex in p["examples"]
]
COUNTERS = [
    pytest.param(p, text, id=f"{p['name']}:{text}")
    for p in SPEC["patterns"]
    for text in p["counter_examples"]
]
HEADER = SPEC["unit_header"]


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


@pytest.mark.parametrize("pattern, example", EXAMPLES)
def test_figure_patterns_example_is_found_by_its_pattern(pattern: dict, example: dict) -> None:
    span = example.get("span", example["text"])
    found = [(name, m, fig) for name, m, fig in scan(example["text"], example.get("default_unit"))]
    hits = [(name, fig) for name, m, fig in found if m.group() == span]
    assert hits, f"{span!r} not found; got {[m.group() for _, m, _ in found]}"
    name, fig = hits[0]
    assert name == pattern["name"]
    if pattern["kind"] == "skip":
        assert fig is None
        return
    expected = (
        example.get("kind", pattern["kind"]),
        _decimal(example.get("value")),
        example.get("unit"),
        _decimal(example.get("high")),
        example.get("comparator"),
    )
    assert (fig.kind, fig.value, fig.unit, fig.high, fig.comparator) == expected
    assert str(fig.value) == example["value"]  # written precision kept


@pytest.mark.parametrize("pattern, text", COUNTERS)
def test_figure_patterns_counter_example_is_not_matched(pattern: dict, text: str) -> None:
    assert [m.group() for name, m, _ in scan(text) if name == pattern["name"]] == []


@pytest.mark.parametrize("example", HEADER["examples"], ids=lambda e: e["text"])
def test_figure_patterns_unit_header_example(example: dict) -> None:
    assert find_unit_header(example["text"]) == example["unit"]


@pytest.mark.parametrize("text", HEADER["counter_examples"])
def test_figure_patterns_unit_header_counter_example(text: str) -> None:
    assert find_unit_header(text) is None
