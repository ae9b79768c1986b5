"""A pattern run by ``re`` (``scan_pattern``) finds what ``regex`` finds with it."""

from __future__ import annotations

import random
import re

import regex

from shebao.cause.cues import pattern, scan_pattern

# The list item pattern as written before its lookbehinds had one width each.
LIST_ITEM_BEFORE = r"""
(?=[一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩（(1-9其首再另])
(?:
  [1-9](?<=(?:^|[。；;：:\s]).)[、.．](?!\d)
| [一二三四五六七八九十]是
| [①②③④⑤⑥⑦⑧⑨⑩]
| [（(][1-9一二三四五六七八九][）)]
| (?<=^|[。；;：:，,\s])
  (?:其[一二三四五] | 首先 | 其次 | 再次 | 另?一方面)(?=[，,：:、])
)
"""
# Characters the list item pattern reads, and a few it does not.
ALPHABET = list("一二三四五六七八九十①②⑩（()）1290其首先次再另方面是、.．，,；;：:。 \n\t\u3000\x1c收入增") \
    + ["一是", "其一，", "首先，", "另一方面，", "（2）", "3、", "。\n", "：\n"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_cues_list_item_runs_by_re() -> None:
    assert isinstance(scan_pattern("list_item"), re.Pattern)


def test_cues_scan_pattern_finds_what_regex_finds() -> None:
    fast, written = scan_pattern("list_item"), pattern("list_item")
    before = regex.compile(LIST_ITEM_BEFORE, regex.VERBOSE)
    found = 0
    for text in _texts(3000, 14):
        spans = [m.span() for m in written.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == spans, text
        assert [m.span() for m in before.finditer(text)] == spans, text
        for start in range(len(text)):
            piece = text[start:]
            got, want = fast.match(piece), written.match(piece)
            assert (got and got.group()) == (want and want.group()), piece
        found += len(spans)
    assert found > 1000


def test_cues_patterns_run_by_re_find_what_regex_finds() -> None:
    from shebao.cause.cues import BY_RE, _source
    from tests.cause.passages import NEGATIVE, passages

    texts = [p["text"] for p in passages()] + NEGATIVE + _texts(300, 5)
    for name in sorted(BY_RE):
        fast = pattern(name)
        assert isinstance(fast, re.Pattern), name
        written = regex.compile(_source(name), regex.VERBOSE)
        for text in texts + cues_examples(name):
            assert [m.span() for m in fast.finditer(text)] == \
                [m.span() for m in written.finditer(text)], (name, text)


def cues_examples(name: str) -> list[str]:
    from shebao.cause.cues import cue_table

    entry = cue_table()[name]
    return entry["examples"] + entry["counter_examples"]
