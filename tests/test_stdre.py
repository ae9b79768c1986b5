"""compile_fast: the standard engine where it means what ``regex`` means, else ``regex``."""

from __future__ import annotations

import re
import sys
from importlib import resources

import pytest
import regex
import yaml

from shebao.tag.figure_patterns import patterns
from shebao.stdre import DIGIT, HAN, NOT_DIGIT, SPACE, compile_fast, group
from shebao.tag.terms import _matcher


def _spans(pattern: re.Pattern | regex.Pattern, names: dict, text: str) -> list:
    return [(m.span(), {n: group(m, names[n]) for n in names}) for m in pattern.finditer(text)]


def _written(source: str, flags: int, text: str) -> list:
    p = regex.compile(source, flags)
    return [(m.span(), {n: m.group(n) for n in p.groupindex}) for m in p.finditer(text)]


@pytest.mark.parametrize("text", ["a b", "a\u3000b", "a\tb", "a\x1cb", "a\x1fb", "ab"])
def test_stdre_space_class_is_the_one_regex_means(text: str) -> None:
    fast = compile_fast(r"a\sb")
    assert isinstance(fast.pattern, re.Pattern)
    assert _spans(fast.pattern, fast.names, text) == _written(r"a\sb", 0, text)


def test_stdre_digit_and_space_classes_are_the_ones_regex_means() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for escape, written in ((r"\d", DIGIT), (r"\s", SPACE), (r"\D", NOT_DIGIT),
                            (r"\p{Han}", HAN)):
        assert re.findall(written, every) == regex.findall(escape, every), escape


@pytest.mark.parametrize("source", [
    r"\p{Han}{2,}", r"[\p{Han}\d]+", r"[^\p{Han}，]+", r"多\p{Han}?$"])
def test_stdre_han_property_runs_on_the_standard_engine(source: str) -> None:
    fast = compile_fast(source)
    assert isinstance(fast.pattern, re.Pattern)
    for text in ("基金收入12万元，多拨付3万", "A股〇〇七号 々 ⺀部首", "abc"):
        assert _spans(fast.pattern, fast.names, text) == _written(source, 0, text)


SPACES = [c for c in map(chr, range(0x10000)) if c.isspace()]


@pytest.mark.parametrize("space", SPACES, ids=[f"U+{ord(c):04X}" for c in SPACES])
def test_stdre_verbose_drops_every_space_regex_drops(space: str) -> None:
    # Which spaces a verbose pattern drops changed in regex 2026.12 (only ASCII ones since):
    # the translation must follow the installed regex either way.
    source = f"甲{space}乙 # 注释 [ ]\n 丙"
    fast = compile_fast(source, regex.VERBOSE)
    assert isinstance(fast.pattern, re.Pattern)
    for text in ("甲乙丙", f"甲{space}乙丙"):
        assert bool(fast.pattern.fullmatch(text)) == bool(regex.fullmatch(source, text, regex.VERBOSE))


def test_stdre_twice_used_name_reads_the_branch_that_took_part() -> None:
    source = r"(?P<num>[0-9]+)%|百分之(?P<num>[一二三四五六七八九十]+)"
    fast = compile_fast(source)
    assert isinstance(fast.pattern, re.Pattern)
    for text in ["增长12%", "约百分之五十", "12%与百分之三"]:
        assert _spans(fast.pattern, fast.names, text) == _written(source, 0, text)


def test_stdre_twice_used_name_in_sequence_reads_the_last() -> None:
    source = r"(?P<a>[0-9])?-(?P<a>[0-9])?"
    fast = compile_fast(source)
    for text in ["1-2", "1-", "-2", "-"]:
        assert _spans(fast.pattern, fast.names, text) == _written(source, 0, text)


@pytest.mark.parametrize("source", [
    r"\p{Latin}+", r"\P{Han}", r"[\p{Han}-x]", r"[\d-x]", r"(?i)ab", r"\w+\b",
    r"(?<=ab|c)x", r"[[:alpha:]]",
    r"(?:(?P<a>x)|(?P<a>y))+", r"(?P<a>x)(?P=a)", r"a{1, 2}",
])
def test_stdre_what_may_differ_stays_with_regex(source: str) -> None:
    assert isinstance(compile_fast(source).pattern, regex.Pattern)


def test_stdre_figure_patterns_and_lexicon_run_on_the_standard_engine() -> None:
    assert isinstance(patterns().combined, re.Pattern)
    assert isinstance(patterns().start, re.Pattern)
    assert isinstance(_matcher(), re.Pattern)


def _cue_entries() -> list:
    """(pattern, examples) of every YAML entry of the package with a pattern and examples."""
    found = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str) and "examples" in node:
                texts = [t for t in node["examples"] + node.get("counter_examples", [])
                         if isinstance(t, str)]
                found.append(pytest.param(node["pattern"], texts, id=str(node.get("name"))))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted(resources.files("shebao.resources").iterdir(), key=str):
        if path.name.endswith(".yaml"):
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("source, texts", _cue_entries())
def test_stdre_every_cue_pattern_finds_what_regex_finds(source: str, texts: list[str]) -> None:
    try:
        regex.compile(source, regex.VERBOSE)
    except regex.error:
        pytest.skip("a template (placeholders filled in by its loader)")
    fast = compile_fast(source, regex.VERBOSE)
    for text in texts:
        for variant in (text, text.replace(" ", "\x1c"), f"（{text}）\n{text}"):
            assert _spans(fast.pattern, fast.names, variant) == _written(source, regex.VERBOSE,
                                                                         variant)
