"""Page numbers and running headers: the lines skipped unmatched are those no rule takes.

``mark_page_numbers`` runs its two patterns only on lines starting with a char a
page number can start with; ``mark_running_headers`` makes no key of a line
ending in a terminal or continuation char, or shorter than a key may be.
"""

from __future__ import annotations

import random

import pytest

from shebao.normalise import pages
from shebao.normalise.lines import Line
from shebao.normalise.pages import HEADER_LENGTH, mark_page_numbers, mark_running_headers
from shebao.normalise.patterns import line_cues

PIECES = ["- 3 -", "－12－", "第4页", "第 5 页 共 9 页", "7/20", "8", "９", "12", "2020", "页",
          "第", " ", "\u3000", "\u2003", "-", "—", "/", "收入", "基金", "。", "，", "、",
          "（", "）", "(", "一", "a", "：", "\f"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    while len(out) < count:
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 5))).strip(" \u3000\f")
        if text:
            out.append(text)
    return out


def _lines(texts: list[str]) -> list[Line]:
    return [Line(start=0, end=len(t), text=t, kind="table" if "\t" in t else "text",
                 after_form_feed=k % 7 == 3) for k, t in enumerate(texts)]


@pytest.mark.parametrize("seed", range(30))
def test_page_numbers_marked_as_without_the_start_gate(seed, monkeypatch) -> None:
    texts = _texts(seed, 60)
    gated = _lines(texts)
    mark_page_numbers(gated)
    monkeypatch.setattr(pages, "_page_starts", lambda: None)  # every line matched
    plain = _lines(texts)
    mark_page_numbers(plain)
    assert [line.kind for line in gated] == [line.kind for line in plain]


def test_page_start_gate_is_read_off_the_patterns() -> None:
    first = pages._page_starts()
    assert first is not None and {"第", "-"} <= first
    assert {"7", "９", "\u0663"} <= first  # every decimal digit spelt out
    lines = _lines(["- 2 -", "第3页", "正文一行", "3"])
    mark_page_numbers(lines)
    assert [line.kind for line in lines][:3] == ["page", "page", "text"]


def _key_taken(text: str) -> bool:
    """What ``mark_running_headers`` reads of a key, as written before the gate."""
    cues = line_cues()
    key = "".join(text.split())
    return (HEADER_LENGTH[0] <= len(key) <= HEADER_LENGTH[1] and "：" not in key
            and ":" not in key and key[-1] not in cues.terminal
            and key[-1] not in cues.continuation)


@pytest.mark.parametrize("seed", range(20))
def test_header_gate_skips_only_lines_whose_key_is_refused(seed) -> None:
    cues = line_cues()
    ends = cues.terminal | cues.continuation
    for text in _texts(seed, 200) + [t + "\u2003" for t in _texts(seed + 99, 50)]:
        last = text[-1]
        if (last in ends and not last.isspace()) or len(text) < HEADER_LENGTH[0]:
            assert not _key_taken(text), text


def test_repeated_header_still_marked() -> None:
    texts = []
    for page in range(4):
        texts += ["某市社保基金年报"] + [f"正文第{page}页第{k}行，内容" for k in range(12)]
    lines = _lines(texts)
    mark_running_headers(lines)
    assert [k for k, line in enumerate(lines) if line.kind == "header"] == [0, 13, 26, 39]


def old_mark_running_headers(lines: list[Line]) -> None:
    """mark_running_headers as written before: every filter read on every line's key."""
    from collections import defaultdict

    cues = line_cues()
    ends = cues.terminal | cues.continuation
    seen: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        if line.kind != "text":
            continue
        last = line.text[-1]
        if (last in ends and not last.isspace()) or len(line.text) < HEADER_LENGTH[0]:
            continue
        key = "".join(line.text.split())
        if not HEADER_LENGTH[0] <= len(key) <= HEADER_LENGTH[1]:
            continue
        if "：" in key or ":" in key or key[-1] in cues.terminal or key[-1] in cues.continuation:
            continue
        if cues.heading.match(key) or key[0] in "（(":
            continue
        seen[key].append(i)
    for where in seen.values():
        if len(where) < 3 or len(where) * pages.LINES_PER_HEADER < len(lines):
            continue
        if min(b - a for a, b in zip(where, where[1:])) < pages.MIN_HEADER_GAP:
            continue
        for i in where:
            lines[i].kind = "header"


HEADERS = ["某市社保基金年报", "一、某市社保基金", "（某市社保基金）", "某市：社保基金", "某市社保基金，",
           "某 市 社保 基金", "某市社保基金。", "页眉"]


@pytest.mark.parametrize("seed", range(20))
def test_running_headers_marked_as_with_every_filter_per_line(seed) -> None:
    rng = random.Random(seed)
    header, texts = rng.choice(HEADERS), []
    for _ in range(rng.randrange(2, 8)):  # pages, most under the same header
        top = header if rng.random() < 0.8 else rng.choice(HEADERS)
        texts += [top] + _texts(rng.randrange(10**6), rng.randrange(8, 15))
    new, old = _lines(texts), _lines(texts)
    mark_running_headers(new)
    old_mark_running_headers(old)
    assert [line.kind for line in new] == [line.kind for line in old]
