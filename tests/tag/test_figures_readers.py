"""The figures read through each branch's ``Reader`` (one ``m.group`` call of the groups it names)
equal those read field by field through ``m.group`` (the plain computation)."""

from __future__ import annotations

import pytest

from shebao.records import Figure
from shebao.tag.figure_patterns import patterns
from shebao.tag.figures import PERCENT_UNITS, _default_kind, _unit, find_matches, figures_of
from shebao.tag.numbers import NumberError, split_magnitude


def _field(m, groups):
    """The text of the last of ``groups`` that took part in ``m`` (None: none)."""
    for g in reversed(groups or ()):
        if m.group(g) is not None:
            return m.group(g)
    return None


def _plain(text: str, default_unit: str | None) -> list[Figure]:
    pats = patterns()
    out = []
    for group, m in find_matches(text):
        kind, fields = pats.kinds[group], pats.fields[group]
        if kind == "skip":
            continue
        try:
            value, magnitude = split_magnitude(_field(m, fields["num"]) or "")
            high_text = _field(m, fields.get("high"))
            high = None
            if high_text:
                high, high_magnitude = split_magnitude(high_text)
                magnitude = high_magnitude or magnitude
        except NumberError:
            continue
        written = _field(m, fields.get("unit"))
        if kind == "percent" and written is None:
            written = "%"
        unit = _unit(written, magnitude)
        if kind == "number" and default_unit and not magnitude:
            kind, unit = _default_kind(default_unit), default_unit
        word = _field(m, fields.get("cmp")) or _field(m, fields.get("cmp_post"))
        out.append(Figure(kind=kind, start=m.start(), end=m.end(), text=m.group(), value=value,
                          unit=unit, high=high,
                          comparator=pats.comparators.get(word) if word else None))
    return out


def _texts() -> list[str]:
    spec = patterns().spec
    texts = [e["text"] for p in spec["patterns"] for e in p["examples"]]
    texts += [t for p in spec["patterns"] for t in p["counter_examples"]]
    mixed = "，".join(texts[::3]) + "。" + "、".join(texts[1::3])
    return texts + [mixed, mixed.replace("，", " "), "", "12 34.5 6,789 0.25"]


@pytest.mark.parametrize("default_unit", [None, "万元", "%", "人"])
def test_figures_readers_equal_the_plain_field_reading(default_unit: str | None) -> None:
    texts = _texts()
    assert len(texts) > 40
    for text in texts:
        assert figures_of(find_matches(text), default_unit) == _plain(text, default_unit), text


def test_figures_readers_cover_every_figure_kind() -> None:
    kinds = {f.kind for text in _texts() for f in figures_of(find_matches(text))}
    assert {"money", "percent", "count", "year", "number"} <= kinds
    assert set(PERCENT_UNITS.values()) == {"%", "‰"}
