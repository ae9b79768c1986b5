"""A cue's gate (a class of characters every match needs) only skips texts
the cue cannot match: the gated answers are the plain scan's, for every cue
of resources/link_cues.yaml over its examples, their slices and mixtures."""

from __future__ import annotations

import random

import pytest

from shebao.link import cues


def _plain_end(name: str, text: str) -> int:
    m = None
    for m in cues.cue(name).finditer(text):
        pass
    return -1 if m is None else m.end()


def _texts(name: str) -> list[str]:
    """The cue's examples and counter-examples, their slices, mixtures of
    them with filler text, and text of my own without any cue word."""
    entry = cues.cue_table()[name]
    own = [*entry.get("examples", []), *entry.get("counter_examples", [])]
    filler = ["基金运行平稳，", "较去年同期", "12.5万元", "（含利息）", "；", "其中", ""]
    rng = random.Random(name)
    out = list(own) + ["", "甲乙丙丁", "收支情况良好。"]
    for text in own:
        out += [text[i:j] for i in range(0, len(text), 2) for j in range(i, len(text) + 1, 3)]
    for _ in range(60):
        parts = rng.sample(own + filler, k=min(3, len(own + filler)))
        out.append("".join(parts))
    return out


NAMES = sorted(cues.cue_table())


@pytest.mark.parametrize("name", NAMES)
def test_cues_gates_end_of_last_rare_is_end_of_last(name: str) -> None:
    for text in _texts(name):
        assert cues.end_of_last_rare(name, text) == _plain_end(name, text), text


@pytest.mark.parametrize("name", NAMES)
def test_cues_gates_spans_are_every_match(name: str) -> None:
    for text in _texts(name):
        assert cues.spans(name, text) == [m.span() for m in cues.cue(name).finditer(text)], text


@pytest.mark.parametrize("name", NAMES)
def test_cues_gates_masked_is_the_plain_substitution(name: str) -> None:
    for text in _texts(name):
        plain = cues.cue(name).sub(lambda m: "＿" * len(m.group()), text)
        assert cues.masked(name, text) == plain, text


def test_cues_gates_rule_out_texts_without_the_needed_characters() -> None:
    assert cues.end_of_last_rare("up", "收支情况良好") == -1
    assert cues.end_of_last_rare("up", "较上年增长3%，增幅较大") == len("较上年增长3%，增幅")
    assert cues._gates["up"] is not None  # the cue has a gate: the test above used it


@pytest.mark.parametrize("names", [("budget", "actual"), ("up", "down"), ("budget_gap",)])
def test_cues_gates_may_match_any_only_rules_out_slices_no_cue_matches(
        names: tuple[str, ...]) -> None:
    for text in {t for name in names for t in _texts(name)}:
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1, 2):
                if not cues.may_match_any(names, text, lo, hi):
                    window = cues.masked("budget_rate", text[lo:hi])  # masks add no gate char
                    assert all(cues.cue(n).search(window) is None for n in names), window


def test_cues_gates_may_match_any_reads_the_gates_of_every_cue() -> None:
    assert cues.gate_chars("up") is not None and cues.gate_chars("actual") is not None
    assert not cues.may_match_any(("budget", "actual"), "收支情况良好，较上期增长3%", 0, 12)
    assert cues.may_match_any(("budget", "actual"), "实际收入5万元", 0, 7)
    assert not cues.may_match_any(("budget", "actual"), "实际收入5万元", 2, 7)
    assert cues.MASK not in "".join(cues.gate_chars(n) or "" for n in cues.cue_table())


@pytest.mark.parametrize("name", NAMES)
def test_cues_gates_no_match_lies_before_the_gate_start(name: str) -> None:
    for text in _texts(name):
        start = cues.gate_start(name, text)
        if cues.gate_chars(name) is None:
            assert start == 0  # nothing known: a match may start anywhere
            continue
        assert 0 <= start <= len(text)
        assert all(m.end() > start for m in cues.cue(name).finditer(text)), text
        prefix = text[:start]  # nor in a slice of what stands before it
        assert not any(cues.has(name, prefix[i:j]) for i in range(len(prefix) + 1)
                       for j in range(i, len(prefix) + 1)), text
