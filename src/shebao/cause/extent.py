"""How far an explanation may reach: through its sentence, or through a list.

These are the structural limits; the clause classifier then decides where
inside them the explanation starts and where a closing effect cuts it.
"""

from __future__ import annotations

from shebao.cause.clauses import Clause, Clauses, has_figure, list_marker, opening
from shebao.cause.cues import effect_word, find, ordinal_words, pattern
from shebao.tag.numbers import digits, multipliers
from shebao.tag.terms import find_terms
from shebao.textcache import text_cache

MAX_CLAUSES = 60  # an explanation never runs further than this
BACK_SENTENCES = 3  # sentences an explanation stated first may reach back over
STOPS = "。！？!?；;"
SENTENCE_STOPS = tuple(STOPS[:5])  # what ``str.endswith`` reads (a tuple made once)
LINE_STOPS = tuple(STOPS + "：:")
DIGITS = {**{str(i): i for i in range(1, 10)},
          **{c: v for c, v in {**digits(), **multipliers()}.items() if v},  # 一 … 九, 十 (numerals.yaml)
          **{c: i for i, c in enumerate("①②③④⑤⑥⑦⑧⑨⑩", 1)}}


def marker(clause: Clause) -> tuple[str, int] | None:
    """(family, ordinal) of the list marker opening ``clause``: （2） → ("（#）", 2)."""
    return _family(list_marker(clause))


def marker_at(clauses: list[Clause], i: int) -> tuple[str, int] | None:
    """``marker`` of clause ``i`` (its list marker found once per clause)."""
    return _family(opening(clauses, i))


@text_cache(maxsize=256)
def _family(text: str | None) -> tuple[str, int] | None:
    """(family, ordinal) of a list marker's text."""
    if text is None:
        return None
    if text in ordinal_words():
        return ordinal_words()[text]
    for i, ch in enumerate(text):
        if ch in DIGITS:
            return text[:i] + "#" + text[i + 1:], DIGITS[ch]
    return None


def ends_line(clause: Clause) -> bool:
    """The clause closes a line: a stop mark, then a line break (not a PDF wrap)."""
    body = clause.text.rstrip(" \t")
    if not body.endswith("\n"):
        return False
    return body.rstrip().endswith(LINE_STOPS) or len(body.strip()) < 2


def ends_sentence(clause: Clause) -> bool:
    """The clause closes a sentence (a stop mark; a bare line break is a wrap)."""
    return clause.text.rstrip().endswith(SENTENCE_STOPS)


def list_end(clauses: list[Clause], first: int) -> int:
    """Index of the last clause of the list opened by clause ``first``: items run
    while the next marker follows in sequence; the last item ends with its line."""
    family, number = marker_at(clauses, first) or ("", 0)
    i = first
    while i + 1 < len(clauses) and i + 1 - first < MAX_CLAUSES:
        nxt = marker_at(clauses, i + 1)
        if nxt == (family, number + 1):
            number += 1
        elif ends_line(clauses[i]) or (nxt is not None and clauses[i].text.endswith("\n")):
            break
        i += 1
    return i


def sentence_end(clauses: list[Clause], first: int) -> int:
    """Index of the clause closing the sentence that holds clause ``first``."""
    i = first
    while i + 1 < len(clauses) and i + 1 - first < MAX_CLAUSES and not ends_sentence(clauses[i]):
        if clauses[i].text.endswith("\n") and marker_at(clauses, i + 1) is not None:
            break  # a list item on the next line (its marker read only after a line break)
        i += 1
    return i


def reach(clauses: list[Clause], first: int) -> int:
    """Last clause an explanation starting at clause ``first`` may cover; once per
    clause of a ``split`` text (a cue's candidate window, its labels and its
    extent all ask)."""
    if not isinstance(clauses, Clauses):
        return _reach(clauses, first)
    found = clauses.reaches.get(first)
    if found is None:
        found = clauses.reaches[first] = _reach(clauses, first)
    return found


def _reach(clauses: list[Clause], first: int) -> int:
    if marker_at(clauses, first) is not None:
        return list_end(clauses, first)
    return sentence_end(clauses, first)


def closing_cut(clauses: list[Clause], first: int, last: int, labels: dict[int, str]) -> int:
    """``last`` moved before a closing effect clause (……，导致支出减少。) that no
    cause clause follows."""
    for i in range(first + 1, last + 1):
        if pattern("result").match(clauses[i].text.lstrip()) and \
                all(labels.get(k) != "cause" for k in range(i + 1, last + 1)):
            return i - 1
    return last


def sentence_start(clauses: list[Clause], at: int) -> int:
    """Index of the first clause of the sentence holding clause ``at``."""
    i = at
    while i > 0 and clauses[i - 1].sentence == clauses[at].sentence:
        i -= 1
    return i


def plain_sentence(body: str) -> bool:
    """A whole sentence that may belong to an explanation told first: it ends with a
    stop, states no figure, no cue, no list item, nothing about a fund (基金) and no
    movement of a metric."""
    if not body.rstrip().endswith(SENTENCE_STOPS) or has_figure(body) or pattern("fund_word").search(body):
        return False
    if find(body) or any(pattern(n).search(body) for n in ("effect_follows", "through", "list_item")):
        return False
    return not (effect_word(body) and any(t.kind == "metric" for t in find_terms(body)))


def back_start(text: str, clauses: list[Clause], at: int) -> int:
    """First clause of an explanation closed by a marker in clause ``at``: the start
    of its sentence (taken whatever it states), moved back over the plain sentences
    before it."""
    first = sentence_start(clauses, at)
    for _ in range(BACK_SENTENCES):
        if first == 0:
            break
        prev = sentence_start(clauses, first - 1)
        if not plain_sentence(text[clauses[prev].start:clauses[first - 1].end]):
            break
        first = prev
    return first
