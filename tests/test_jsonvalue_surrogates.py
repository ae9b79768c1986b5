"""``dumps`` finds a surrogate in its text with the UTF-32 codec: the same
strings fail there as in UTF-8, so the text written is the one the UTF-8
test would give (the slow walk, with the bytes escaped, when one is met)."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

from shebao.jsonvalue import dumps, to_jsonable


def _fails(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return True
    return False


def _texts(count: int) -> list[str]:
    """Short strings of code points from every plane, surrogates and the edges of their block too."""
    rng = random.Random(14)
    edges = [0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDCFF, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF]
    texts = []
    for _ in range(count):
        points = [rng.choice(edges) if rng.random() < 0.1 else
                  rng.choice((rng.randrange(0x80), rng.randrange(0x4E00, 0xA000),
                              rng.randrange(0x110000)))
                  for _ in range(rng.randrange(1, 6))]
        texts.append("".join(map(chr, points)))
    return texts


def test_jsonvalue_utf32_fails_on_the_strings_utf8_fails_on() -> None:
    texts = _texts(20_000)
    failing = [t for t in texts if _fails(t, "utf-8")]
    assert failing and len(failing) < len(texts)  # both kinds are met
    for text in texts:
        assert _fails(text, "utf-32-le") == _fails(text, "utf-8"), ascii(text)


@dataclass(frozen=True)
class Named:
    name: str
    parts: tuple[str, ...] = ()


def test_jsonvalue_dumps_escapes_surrogates_as_the_full_walk_does() -> None:
    for text in _texts(2_000):
        value = Named(name="报告" + text, parts=(text, "ok"))
        written = dumps(value)
        assert written == json.dumps(to_jsonable(value), ensure_ascii=False), ascii(text)
        written.encode("utf-8")  # always valid UTF-8
