"""A column of long texts writes each distinct text once (``jsonrows._texts``): the
same JSON as one ``encode_basestring`` per value, short or long, repeated or not."""

from __future__ import annotations

import random
from json.encoder import encode_basestring

import pytest

from shebao.jsonrows import _LONG, _texts


def _column(rng: random.Random, length: int) -> tuple[str, ...]:
    chars = "基金收入支出结余万元，。、\"\\\n\t ab1"
    pool = ["".join(rng.choice(chars) for _ in range(rng.randint(0, length)))
            for _ in range(rng.randint(1, 6))]
    # equal texts as distinct objects too, as a report's copies of one sentence may be
    return tuple(rng.choice(pool) + "" if rng.random() < 0.5 else "".join(list(rng.choice(pool)))
                 for _ in range(rng.randint(1, 30)))


@pytest.mark.parametrize("length", [3, _LONG, 4 * _LONG])
def test_jsonrows_texts_are_each_values_own_json(length: int) -> None:
    rng = random.Random(length)
    for _ in range(300):
        column = _column(rng, length)
        assert _texts(column) == [encode_basestring(t) for t in column]


def test_jsonrows_texts_of_a_long_repeated_sentence() -> None:
    sentence = "本年基金收入" * _LONG + "，“较上年”增长\\"
    column = (sentence, "".join(sentence), sentence, "短句")
    assert _texts(column) == [encode_basestring(t) for t in column]


def test_jsonrows_texts_refuse_a_lone_surrogate_or_other_values() -> None:
    assert _texts(("甲" * _LONG, "乙\ud800" * _LONG)) is None
    with pytest.raises(TypeError):
        _texts(("甲" * _LONG, None))
