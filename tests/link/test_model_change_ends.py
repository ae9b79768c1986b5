"""``change_ends`` tries one class search for both change cues before it
scans for either: its answers are those of scanning for each, everywhere."""

from __future__ import annotations

import random

from shebao.link import cues
from shebao.link.model import NO_CHANGE, change_ends


def test_change_ends_are_the_ends_of_the_last_up_and_down_cues() -> None:
    rng = random.Random(14)
    pieces = ["较上年", "增长", "减少", "多拨付", "少支出", "降幅为", "提高到", "收入", "5%", "，", "上年同期"]
    texts = ["", "基金运行平稳", "较上年增长3%，增幅较大", "比上年少支出"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(6))) for _ in range(500)]
    for text in texts:
        assert change_ends(text) == (cues.end_of_last("up", text), cues.end_of_last("down", text))
    assert change_ends("基金运行平稳") == NO_CHANGE
