import pytest
import regex

from shebao.normalise.chars import CHARS_SCHEMA, fold_chars
from shebao.normalise.patterns import LINES_SCHEMA
from shebao.normalise.spaces import SPACES_SCHEMA
from shebao.resources import load

LINES = load("normalise_lines.yaml", LINES_SCHEMA)
CASES = [
    (group, item["name"], item["pattern"], text, should)
    for group in ("heading_markers", "own_line_starts", "paragraph_starts", "page_numbers",
                  "table_captions", "unit_splits")
    for item in LINES[group]
    for should, texts in ((True, item["examples"]), (False, item["counter_examples"]))
    for text in texts
]


@pytest.mark.parametrize("group, name, pattern, text, should", CASES)
def test_patterns_examples_and_counter_examples(group, name, pattern, text, should):
    compiled = regex.compile(pattern, regex.VERBOSE)
    if group in ("heading_markers", "own_line_starts", "paragraph_starts"):
        found = compiled.match(text)
    elif group == "unit_splits":
        found = compiled.search(text)
    else:
        found = compiled.fullmatch(text)
    assert bool(found) is should, f"{name}: {text!r}"


SPACES = load("normalise_spaces.yaml", SPACES_SCHEMA)
SPACE_CASES = [
    (item["name"], item["pattern"], text, should)
    for item in SPACES["thousands_figures"]
    for should, texts in ((True, item["examples"]), (False, item["counter_examples"]))
    for text in texts
]


@pytest.mark.parametrize("name, pattern, text, should", SPACE_CASES)
def test_patterns_space_examples_and_counter_examples(name, pattern, text, should):
    assert bool(regex.compile(pattern, regex.VERBOSE).search(text)) is should, f"{name}: {text!r}"


@pytest.mark.parametrize("unit", load("normalise_chars.yaml", CHARS_SCHEMA)["decimal_units"])
def test_patterns_decimal_units_repair_decimal_mark(unit):
    assert fold_chars(f"为12。5{unit}").startswith("为12.5")
