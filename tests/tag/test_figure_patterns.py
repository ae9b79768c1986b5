"""Every example and counter-example of resources/figures.yaml, run in context."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from shebao.tag import figure_patterns
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


# Sentences in the constructions of real reports (written for these tests),
# with and without the characters the branches need.
GUARDED_TEXTS = [
    "2024年城镇职工基本医疗保险基金收入3.5亿元，较上年增长4.2%，完成预算的101.3%。",
    "参保人数由12万人增至15.6万人，其中新增灵活就业人员2,300人。",
    "第三季度失业保险基金支出2,350万元至2,800万元，稳岗返还约占六成。",
    "依据〔2023〕15号文件，自2023年7月1日起执行新的缴费基数。",
    "一、基金收支情况（一）工伤保险基金",
    "1-9月累计结余不低于90%，增幅为5%～8%，人均待遇580元/人/月。",
    "当年收支缺口负1.2亿元，滚存结余可支付十二个月。",
    "本年度无调整事项。",
]


def _texts() -> list[str]:
    out = list(GUARDED_TEXTS)
    for p in SPEC["patterns"]:
        out += [ex["text"] for ex in p["examples"]] + list(p["counter_examples"])
    return out


def _all_matches(pattern, text: str) -> list[tuple]:
    found = (pattern.match(text, i) for i in range(len(text)))
    return [(m.span(), m.groups()) for m in found if m is not None]


@pytest.fixture(scope="module")
def unguarded():
    """The alternation built with no guards nor gates (every branch tried in full)."""
    saved = figure_patterns.SHORTEST_GUARDED, figure_patterns.SHORTEST_GATED
    figure_patterns.SHORTEST_GUARDED = figure_patterns.SHORTEST_GATED = 10**9
    try:
        return figure_patterns.patterns.__wrapped__()
    finally:
        figure_patterns.SHORTEST_GUARDED, figure_patterns.SHORTEST_GATED = saved


@pytest.mark.parametrize("text", _texts())
def test_figure_patterns_guards_match_as_the_unguarded_alternation(text: str, unguarded) -> None:
    guarded = patterns().combined
    assert guarded.pattern != unguarded.combined.pattern  # some branch is guarded
    assert guarded.groupindex == unguarded.combined.groupindex
    assert _all_matches(guarded, text) == _all_matches(unguarded.combined, text)


def test_figure_patterns_guard_needs_each_set(monkeypatch) -> None:
    monkeypatch.setattr(figure_patterns, "SHORTEST_GUARDED", 0)
    source = r"\d+(?:\.\d+)?(?:万|亿)?元(?:至\d+元)?"
    written = figure_patterns.guard(source)
    # {万, 亿} and 至 are optional and the digits are not guarded: only 元
    assert written == "(?=[^元]*+[元])"
    guarded = re.compile(written + source)
    assert guarded.match("3.5万元") and guarded.match("12元至15元")
    assert guarded.match("35万") is None
    assert re.compile(source).match("35万") is None


def test_figure_patterns_guard_scans_over_the_lead_chars(monkeypatch) -> None:
    monkeypatch.setattr(figure_patterns, "SHORTEST_GUARDED", 0)
    source = r"[0-9]+(?:\.[0-9]+)?(?:万|亿)?元"
    written = figure_patterns.guard(source)
    assert written == r"(?=[\.0123456789万亿]*+[元])"  # the number, then 元
    guarded = re.compile(written + source)
    assert guarded.match("3.5万元") and guarded.match("12元")
    assert guarded.match("35万人，共12元") is None  # the scan stops at 人


def test_figure_patterns_gate_a_branch_without_a_guard(monkeypatch) -> None:
    monkeypatch.setattr(figure_patterns, "SHORTEST_GATED", 0)
    source = r"(?<![0-9])(?:[0-9]+|[一二])(?:\.[0-9]+)?号"  # needs only 号, too short to guard
    assert figure_patterns.guard(source) == "(?=[0123456789一二])"  # its first chars
    assert figure_patterns.guard(r"(?:[0-9]+号)?") == ""  # may match the empty string
    assert figure_patterns.guard(r"\d+号") == ""  # may start with any digit


def test_figure_patterns_guard_leaves_short_branches(monkeypatch) -> None:
    assert figure_patterns.guard(r"\d+元") == ""  # shorter than SHORTEST_GUARDED
    monkeypatch.setattr(figure_patterns, "SHORTEST_GUARDED", 0)
    assert figure_patterns.guard(r"\d+元") != ""
    assert figure_patterns.guard(r"\d+(?:\.\d+)?") == ""  # needs nothing but digits
