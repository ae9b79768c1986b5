from __future__ import annotations

import pytest

from shebao.segment.sentences import protected, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("基金收入12.5万元。支出8万元！结余吗？", ["基金收入12.5万元。", "支出8万元！", "结余吗？"]),
        ("收入增长3.6%，主要是利息增加", ["收入增长3.6%，主要是利息增加"]),
        ("依据《某某办法。修订稿》执行。完毕。", ["依据《某某办法。修订稿》执行。", "完毕。"]),
        ("其中（含补缴。）收入2万元。下年度继续。", ["其中（含补缴。）收入2万元。", "下年度继续。"]),
        ("坚持“先培训。后上岗”原则。然后。", ["坚持“先培训。后上岗”原则。", "然后。"]),
        ("已完成。）后续跟进。", ["已完成。）", "后续跟进。"]),
        ("（含上解下拨。结余减少。", ["（含上解下拨。", "结余减少。"]),
    ],
)
def test_sentences_split_at_terminators_outside_brackets(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("semicolon", "expected"),
    [
        (False, ["其中：甲收入1万元；乙收入2万元。"]),
        (True, ["其中：甲收入1万元；", "乙收入2万元。"]),
    ],
)
def test_sentences_semicolon_splits_only_when_asked(semicolon: bool, expected: list[str]) -> None:
    text = "其中：甲收入1万元；乙收入2万元。"
    assert [s.text for s in split_sentences(text, semicolon=semicolon)] == expected


@pytest.mark.parametrize("offset", [0, 7, 120])
def test_sentences_offsets_index_the_normalised_text(offset: int) -> None:
    text = "前文" * offset
    para = " 基金支出5万元。 结余1万元。"
    full = text[:offset] + para
    for s in split_sentences(para, offset):
        assert full[s.start:s.end] == s.text


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("a（b）c", [False, False, True, False, False]),
        ("a（b", [False, False, False]),
        ("“（x”", [False, True, True, False]),
    ],
)
def test_sentences_protected_marks_matched_pairs(text: str, inside: list[bool]) -> None:
    assert protected(text) == inside
