"""The number fragments written for speed (a thousands-separated run tried only
where a comma follows its first digits; a lone 万/亿 read without entering the
magnitude loop) find what their plain forms found: same matches, same branch,
same groups, at every position of examples and random texts."""

from __future__ import annotations

import copy
import random

import pytest

from shebao.tag import figure_patterns
from shebao.tag.figure_patterns import patterns

PLAIN_ARABIC = r"""
    (?<![0-9A-Za-z.,])
    (?: [0-9]{1,3} (?: ,[0-9]{3} )+
      | [0-9]+ )
    (?: \.[0-9]+ | )
"""
PLAIN_NUMBER = r"""
    (?: (?&whole_arabic)
      | (?<![零〇○一二两三四五六七八九十百千万亿第])
        (?&numeral) )
    (?: (?= [十百千万亿零〇○一二两三四五六七八九0-9] )
        (?: [十百千万亿]
          | (?<![0-9]) [零〇○一二两三四五六七八九]
          | (?<=[十百千万亿]) [0-9]+ (?: \.[0-9]+ | )
        )*
      | )
"""
PIECES = [*"0123456789,.，、万亿千百十一二三五零元人%-至年月号第负 ", "1,234", "12,345.6",
          "3亿5千万", "5万", "万元", "亿元", "万人", "不低于", "2020年", "以上"]


def _plain(monkeypatch: pytest.MonkeyPatch) -> figure_patterns.Patterns:
    spec = copy.deepcopy(patterns().spec)
    spec["fragments"]["arabic"] = PLAIN_ARABIC
    spec["fragments"]["number"] = PLAIN_NUMBER
    monkeypatch.setattr(figure_patterns, "load", lambda name, schema: spec)
    return figure_patterns.patterns.__wrapped__()


def _all_matches(pats: figure_patterns.Patterns, text: str) -> list[tuple]:
    found = (pats.combined.match(text, i) for i in range(len(text) + 1))
    return [(m.span(), m.lastgroup, m.groups()) for m in found if m is not None]


def _texts() -> list[str]:
    spec = patterns().spec
    texts = [e["text"] for p in spec["patterns"] for e in p["examples"]]
    texts += [t for p in spec["patterns"] for t in p["counter_examples"]]
    rng = random.Random(41)
    return texts + ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 10)))
                    for _ in range(3000)]


def test_fast_number_forms_match_as_the_plain_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _plain(monkeypatch)
    assert plain.combined.pattern != patterns().combined.pattern
    assert plain.combined.groupindex == patterns().combined.groupindex
    for text in _texts():
        assert _all_matches(patterns(), text) == _all_matches(plain, text), text
