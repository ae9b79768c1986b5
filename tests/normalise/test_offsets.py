import pytest

from shebao.normalise.offsets import EditBuilder, MappedText, apply_edits


def test_offsets_identity_maps_each_char_to_itself():
    mt = MappedText.identity("收入12")
    assert [mt.to_source(i, i + 1) for i in range(4)] == [(0, 1), (1, 2), (2, 3), (3, 4)]


@pytest.mark.parametrize(
    "edits, text, spans",
    [
        ([(2, 4, "")], "abe", [(0, 1), (1, 2), (4, 5)]),
        ([(1, 2, "X")], "aXcde", [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]),
        ([(1, 4, "\n")], "a\ne", [(0, 1), (1, 4), (4, 5)]),
        ([(0, 1, ""), (3, 5, "")], "bc", [(1, 2), (2, 3)]),
    ],
)
def test_offsets_apply_edits_maps_every_char(edits, text, spans):
    mt = apply_edits(MappedText.identity("abcde"), edits)
    assert mt.text == text
    assert [mt.to_source(i, i + 1) for i in range(len(text))] == spans


def test_offsets_apply_edits_composes_with_earlier_map():
    first = apply_edits(MappedText.identity("12 万\n\n元"), [(4, 6, "")])
    second = apply_edits(first, [(2, 3, "")])
    assert second.text == "12万元"
    assert second.to_source(0, 4) == (0, 7)
    assert second.to_source(3, 4) == (6, 7)


@pytest.mark.parametrize(
    "span, expected",
    [((0, 0), (0, 0)), ((3, 3), (5, 5)), ((1, 3), (1, 5)), ((0, 2), (0, 2))],
)
def test_offsets_to_source_covers_span(span, expected):
    mt = apply_edits(MappedText.identity("ab\n\nc"), [(2, 4, "")])
    assert mt.to_source(*span) == expected


def test_offsets_to_source_rejects_out_of_range():
    with pytest.raises(IndexError):
        MappedText.identity("ab").to_source(1, 3)


def test_offsets_builder_refuses_insertions():
    with pytest.raises(ValueError):
        EditBuilder().replace(2, 2, "x")


def test_offsets_apply_edits_refuses_overlaps():
    with pytest.raises(ValueError):
        apply_edits(MappedText.identity("abcdef"), [(0, 3, ""), (2, 4, "")])
