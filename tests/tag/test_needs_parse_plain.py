"""parse_plain: which patterns the character analyses may read at all."""

import re

import regex

from shebao.tag.lead import lead_chars
from shebao.tag.needs import first_chars, needed_sets, parse_plain


def test_needs_parse_plain_reads_a_case_sensitive_str_pattern():
    assert parse_plain(re.compile("[0-9]+万元")) is not None


def test_needs_parse_plain_refuses_what_it_cannot_read_exactly():
    for pattern in (re.compile("ab", re.IGNORECASE), re.compile("(?i)ab"),
                    re.compile(b"ab"), regex.compile("ab"), "ab"):
        assert parse_plain(pattern) is None


def test_needs_an_inline_case_flag_makes_every_analysis_unknown():
    pattern = re.compile("(?i)x[0-9]+亿")
    assert needed_sets(pattern) == ()
    assert first_chars(pattern) is None
    assert lead_chars(pattern, frozenset("亿")) is None
