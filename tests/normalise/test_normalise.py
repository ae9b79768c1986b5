import pytest
import regex

from shebao.normalise import fold, normalise
from shebao.normalise.html import html_edits
from shebao.normalise.noise import is_noise_line
from shebao.normalise.patterns import line_cues


def _squash(text: str) -> str:
    return "".join(fold(text).split())


def _without_html(text: str) -> str:
    pos, kept = 0, []
    for start, end, _ in sorted(html_edits(text)):
        kept.append(text[pos:start])
        pos = end
    return "".join(kept) + text[pos:]


def _removed_page_furniture(gap: str) -> bool:
    """Page numbers, HTML remnants and navigation or metadata lines."""
    cues = line_cues()
    gap = _without_html(gap)
    lines = [line.strip() for line in gap.split("\n") if line.strip()]
    return all(cues.page_fixed.fullmatch(x) or cues.page_sequence.fullmatch(x)
               or is_noise_line(x) for x in lines)


def check_map(mt, allow_removed: bool = False) -> None:
    """Every char maps to itself (folded); what lies between mapped chars is whitespace."""
    assert len(mt.starts) == len(mt.ends) == len(mt.text)
    prev_end = 0
    for i, ch in enumerate(mt.text):
        s, e = mt.starts[i], mt.ends[i]
        assert prev_end <= s < e <= len(mt.source), i
        piece = mt.source[s:e]
        if ch.isspace():
            assert not piece.strip(), (i, piece)
        else:
            assert _squash(piece) == fold(ch), (i, ch, piece)
        gap = mt.source[prev_end:s]
        assert not gap.strip() or (allow_removed and _removed_page_furniture(gap)), (i, gap)
        prev_end = e


PROPERTY_TABLE = [
    "收入１２３，４５６．７ 万\n\n元，增长３。５％。\n",
    "  一、概况 \n\n（一）收入\t\n\n支出 12 万元, 其中: 养老 3 万元\n",
    "项目\t2020\t2021\n收入\t１２\t13\n\n合计\t25\t\n",
    "某县报告\r\n\r\n2021 年收入 150204 万\r\n\r\n元。\r\n",
    "\n\n\n",
    "",
    "下降－3.6% 与 95%-105% 之间 (含 5 项)\n\n\n- 2 -\n\n",
]


@pytest.mark.parametrize("source", PROPERTY_TABLE)
def test_normalise_map_invariant_per_char(source):
    check_map(normalise(source), allow_removed=True)


@pytest.mark.parametrize("source", [s for s in PROPERTY_TABLE if "- 2 -" not in s])
def test_normalise_map_invariant_every_span(source):
    mt = normalise(source)
    n = len(mt.text)
    for i in range(n + 1):
        for j in range(i, n + 1):
            s, e = mt.to_source(i, j)
            assert _squash(mt.source[s:e]) == _squash(mt.text[i:j]), (i, j)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_normalise_seed_map_invariant(prefix, seed_text):
    check_map(normalise(seed_text(prefix)), allow_removed=True)


@pytest.mark.parametrize("figure", ["36.67万人", "150204万元", "709003万元", "246656亿元"])
def test_normalise_seed_figures_come_out_whole(figure, seed_text):
    assert figure in normalise(seed_text("000")).text


def test_normalise_seed_no_line_starts_with_unit(seed_text):
    lines = normalise(seed_text("000")).text.split("\n")
    assert not [line for line in lines if line.startswith("万元")]


def test_normalise_seed_loses_lone_page_numbers(seed_text):
    source = seed_text("003")
    assert regex.search(r"(?m)^\d{1,3}$", source)
    assert not regex.search(r"(?m)^\d{1,3}$", normalise(source).text)


def test_normalise_seed_keeps_tab_rows_as_lines(seed_text):
    source = seed_text("001")
    rows = [line for line in source.split("\n") if line.count("\t") >= 2 and line.strip("\t ")]
    lines = set(normalise(source).text.split("\n"))
    assert rows
    assert all(_squash(_without_html(row)) in {_squash(x) for x in lines} for row in rows)
