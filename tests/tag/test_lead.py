"""The characters a match can take before its first needed one (tag.lead.lead_chars)."""

from __future__ import annotations

import itertools
import re

import pytest
import regex

from shebao.tag.lead import lead_chars


def _lead(source: str, needed: str, flags: int = 0):
    return lead_chars(re.compile(source, flags), frozenset(needed))


def test_the_chars_of_the_parts_before_a_needed_one() -> None:
    assert _lead("[0-9]+ ?(?:至|到)[0-9]+元", "至到") == frozenset("0123456789 ")


def test_a_part_that_surely_takes_a_needed_char_ends_the_lead() -> None:
    assert _lead("甲(?:乙|丙)丁戊", "乙丙") == frozenset("甲")
    assert _lead("甲(?:乙丁)+戊", "乙") == frozenset("甲")
    assert _lead("甲[乙丙]己", "乙丙") == frozenset("甲")


def test_a_part_that_may_skip_a_needed_char_adds_its_others() -> None:
    assert _lead("甲(?:乙|己)丁", "乙丁") == frozenset("甲己")  # 己 then 丁
    assert _lead("甲乙?庚丁", "乙丁") == frozenset("甲庚")  # 乙 may be absent
    assert _lead("[甲乙]+丙", "乙丙") == frozenset("甲")  # a set partly needed
    assert _lead("甲(?:乙丁){0,2}庚丙", "乙丙") == frozenset("甲庚")


def test_lookarounds_and_anchors_consume_nothing() -> None:
    assert _lead("^(?<![0-9])(?=甲)(?!丁)甲乙", "乙") == frozenset("甲")


def test_nothing_leads_to_a_needed_first_char() -> None:
    assert _lead("元[0-9]+", "元") == frozenset()


@pytest.mark.parametrize("source", [".乙", "[^甲]乙", r"\d乙", r"(甲)\1乙", "(?i)a乙"])
def test_unknown_leads_give_none(source: str) -> None:
    assert _lead(source, "乙") is None


def test_ignore_case_and_regex_patterns_give_none() -> None:
    assert _lead("a乙", "乙", re.IGNORECASE) is None
    assert lead_chars(regex.compile("甲乙"), frozenset("乙")) is None


def test_every_match_reads_its_lead_then_a_needed_char() -> None:
    cases = [("(?:[0-9]+%?)(?:-|至)[0-9]+%", "-至"), ("(?:不|大于)?[0-9]+(?:万|亿)?元", "万亿元"),
             ("(?:甲|[0-9]){1,3}乙?(?:丙|丁)", "丙丁")]
    alphabet = "0-至%万亿元不大于甲乙丙丁 "
    for source, needed in cases:
        pattern = re.compile(source)
        lead = _lead(source, needed)
        assert lead is not None and not lead & set(needed)
        gate = re.compile(f"[{re.escape(''.join(lead))}]*+[{re.escape(needed)}]")
        for size in range(1, 5):
            for chars in itertools.product(alphabet, repeat=size):
                text = "".join(chars)
                if pattern.match(text):
                    assert gate.match(text), (source, text)
