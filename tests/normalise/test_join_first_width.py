"""The first-token width read by a line's first char (above ASCII) gives what matching
the token and encoding it gives (normalise.join)."""

from __future__ import annotations

import random

from shebao.normalise.join import FIRST_TOKEN, _first_width
from shebao.normalise.lines import display_width

PIECES = ["收", "入", "1", "2.5", "-", "+", "%", "a", "Z", ",", ".", "（", "(", "\u2003",
          "\x85", "\u3000", " ", "\U00020000", "€", "é", "·", "：", "表", "\u00a0", "①"]


def plain_width(text: str) -> int:
    token = FIRST_TOKEN.match(text)
    return display_width(token.group()) if token else 0


def test_first_width_matches_the_plain_token_width() -> None:
    rng = random.Random(14)
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 6)))
        assert _first_width(text) == plain_width(text), repr(text)
    for piece in PIECES:  # each first char a second time: read from the cache
        assert _first_width(piece + "x") == plain_width(piece + "x"), repr(piece)
