"""The noise-line pattern is skipped only on lines no match can start (normalise.noise)."""

from __future__ import annotations

from shebao.normalise.noise import _noise, is_noise_line, noise_line_pattern


def _lines() -> list[str]:
    fields = _noise()["noise_fields"]
    seen = [t for f in fields for t in [*f["examples"], *f["counter_examples"]]]
    made = ["2021-03-04 10:20", "２０２１-03-04 10:20", " | 打印", "【关闭】", "·上一篇",
            "本报讯 今年全县参保", "3 4 5", "A", "一、基金收入", "(二)支出情况"]
    lines = seen + made
    return lines + [ch + line for line in lines for ch in " |>·、A1x上"] + [line[1:] for line in lines]


def test_the_gate_agrees_with_the_pattern() -> None:
    pattern = noise_line_pattern()
    for line in _lines():
        plain = len(line) <= 200 and pattern.fullmatch(line) is not None
        assert is_noise_line(line) == plain, line


def test_lines_of_each_kind_are_read() -> None:
    assert is_noise_line("2021-03-04 10:20")
    assert not is_noise_line("本报讯 今年全县参保")



def test_mark_noise_lines_marks_what_the_pattern_reads() -> None:
    from shebao.normalise.lines import Line
    from shebao.normalise.noise import mark_noise_lines

    texts = _lines()
    lines = [Line(start=0, end=len(t), text=t) for t in texts if t]
    mark_noise_lines(lines)
    pattern = noise_line_pattern()
    assert [line.kind == "noise" for line in lines] == \
        [len(line.text) <= 200 and pattern.fullmatch(line.text) is not None for line in lines]
