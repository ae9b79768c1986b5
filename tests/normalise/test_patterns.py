import pytest
import regex

from shebao.normalise.chars import CHARS_SCHEMA, fold_chars
from shebao.normalise.patterns import LINES_SCHEMA
from shebao.resources import load

LINES = load("normalise_lines.yaml", LINES_SCHEMA)
CASES = [
    (group, item["name"], item["pattern"], text, should)
    for group in ("heading_markers", "page_numbers")
    for item in LINES[group]
    for should, texts in ((True, item["examples"]), (False, item["counter_examples"]))
    for text in texts
]


@pytest.mark.parametrize("group, name, pattern, text, should", CASES)
def test_patterns_examples_and_counter_examples(group, name, pattern, text, should):
    compiled = regex.compile(pattern, regex.VERBOSE)
    found = compiled.match(text) if group == "heading_markers" else compiled.fullmatch(text)
    assert bool(found) is should, f"{name}: {text!r}"


@pytest.mark.parametrize("unit", load("normalise_chars.yaml", CHARS_SCHEMA)["decimal_units"])
def test_patterns_decimal_units_repair_decimal_mark(unit):
    assert fold_chars(f"为12。5{unit}").startswith("为12.5")
