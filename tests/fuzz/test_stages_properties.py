"""Property-based tests: reading, normalising, tagging and checking any text never break.

The texts are built from short report-like pieces written for these tests
(figures, units, cue words, headings, layout characters) mixed with
arbitrary characters, so that the stages see both plausible and hostile
input.  Invariants: decoding returns text or a ReadError; the normalised
text maps every character back into the source; figures, facts and flags
are source slices; the checks never raise.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shebao.check.run import check_facts
from shebao.ingest.read import ReadError, decode_text
from shebao.normalise import normalise
from shebao.pipeline import Stages, extract_document
from shebao.records import Document
from shebao.tag.figures import find_figures

PIECES = [
    "某县", "工伤保险基金", "失业保险", "城乡居民基本养老保险", "统筹基金", "个人账户",
    "本年收入", "支出", "累计结余", "当年结余", "其中：", "合计", "比上年增长", "下降",
    "预算数", "决算数", "完成预算的", "万元", "元", "亿元", "%", "萬元", "人次",
    "1,234.5", "12", "0.5", "３４５", "2021年", "上年", "一、", "（二）", "1.",
    "。", "，", "；", "：", "\n", "\t", "  ", "\u3000", "\r\n", "\f", "（", "）",
    "9" * 40, "0." + "0" * 35 + "1", "\ufeff", "\ufffd", "<p>", "&nbsp;",
]

texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=60).map("".join)
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=400))
def test_fuzz_decoding_gives_text_or_a_read_error(data: bytes) -> None:
    try:
        text, encoding, errors = decode_text(data)
    except ReadError:
        return
    assert isinstance(text, str) and encoding and errors >= 0


@FUZZ
@given(texts.map(lambda t: t.encode("utf-8")), st.integers(0, 3), st.binary(max_size=2))
def test_fuzz_utf8_with_damage_decodes(data: bytes, cut: int, stray: bytes) -> None:
    damaged = data[cut:] + stray
    try:
        text, _, _ = decode_text(damaged)
    except ReadError:
        return
    assert "\x00" not in text or b"\x00" in damaged


@FUZZ
@given(texts)
def test_fuzz_normalised_text_maps_into_the_source(source: str) -> None:
    mapped = normalise(source)
    assert mapped.source == source
    last = 0
    for i in range(len(mapped.text)):
        start, end = mapped.to_source(i, i + 1)
        assert 0 <= start <= end <= len(source)
        assert start >= last or end <= len(source)  # stays inside the source
        last = start
    start, end = mapped.to_source(0, len(mapped.text))
    assert 0 <= start <= end <= len(source)


@FUZZ
@given(texts)
def test_fuzz_figures_are_slices_of_the_text(text: str) -> None:
    for figure in find_figures(text):
        assert text[figure.start:figure.end] == figure.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_fuzz_facts_and_flags_are_source_slices(text: str) -> None:
    doc = Document(path="f.txt", sha256="0", text=text, encoding="utf-8")
    for record in extract_document(doc, Stages(checks=True, causes=False)):
        assert record.status == "ok", record.error
        assert "stage_errors" not in record.extra
        for fact in record.facts:
            if fact.mention == "text":
                assert text[fact.start:fact.end] == fact.text
        for flag in record.flags:
            for related in flag.related:
                assert 0 <= related.start <= related.end <= len(text)
        assert check_facts(list(record.facts)) is not None
