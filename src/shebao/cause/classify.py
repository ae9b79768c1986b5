"""The clause classifier: cause / effect / neither, over the window of a cue."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from shebao.cause import before, extent, models, weights
from shebao.cause.clauses import Clause, cue_clause, has_figure, split, window
from shebao.cause.cues import Cue, effect_word, excluded, find, occurs, pattern
from shebao.cause.features import Notes, rows
from shebao.cause.linear import LinearModel
from shebao.quickinit import mypyc_attr, quick_init

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

NAME = "cause_clauses"
FORMAT_VERSION = 1
META_TOKEN = r"__\w+"


def build(seed: int = 0) -> Pipeline:
    """An untrained clause model."""
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    features = ColumnTransformer([
        ("text", TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True,
                                 min_df=1), 0),
        ("meta", TfidfVectorizer(token_pattern=META_TOKEN, lowercase=False, use_idf=False), 1),
    ])
    classifier = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced",
                                    random_state=seed)
    return Pipeline([("features", features), ("classifier", classifier)])


def as_matrix(table: list[list[str]]) -> np.ndarray:
    return np.array(table, dtype=object).reshape(-1, 2)


@lru_cache(maxsize=4)
def load_model(folder: Path | None = None) -> LinearModel:
    """The trained clause model, scored from its weights (ModelError when
    missing or unusable)."""
    return weights.load((folder or models.default_dir()) / NAME, FORMAT_VERSION)[0]


@mypyc_attr(native_class=False)  # rebuilt as a Python class (quickinit)
@quick_init  # built per cue and explanation: its fields filled at once
@dataclass(frozen=True)
class Span:
    """An explanation found in a text (offsets into that text)."""

    start: int
    end: int
    cue: Cue
    headline: str  # text of the cue clause before the cue (增长的主要原因 …)


EDGE = " \n\t：:，,；;。、“”「」"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    closing = pattern("closing").search(text[start:end])
    return start, start + closing.start() if closing and closing.start() > 0 else end


def _first(text: str, clauses: list[Clause], at: int, cue: Cue) -> int:
    """The clause the explanation may start in: the cue's, or the next after a headline."""
    if cue.kind == "after" and not text[cue.end:clauses[at].end].strip(" ：:，,；;。\n"):
        return at + 1
    return at


def _last(clauses: list[Clause], first: int, cue: Cue, label: dict[int, str],
          stated: bool = False) -> int:
    """The last clause: the end of the sentence or list for cues the explanation
    follows (or opening cues after an effect ``stated`` earlier in the sentence);
    for opening cues (由于, 受……影响) the last cause clause before an effect."""
    limit = extent.reach(clauses, first)
    if cue.kind == "after" or stated or extent.marker_at(clauses, first) is not None:
        last = limit
    else:
        last = first
        for k in range(first + 1, limit + 1):
            if label.get(k) == "effect":
                break
            if label.get(k) == "cause":
                last = k
    return extent.closing_cut(clauses, first, last, label)


def assemble(text: str, clauses: list[Clause], span: range, at: int, cue: Cue,
             labels: list[str]) -> Span | None:
    """The explanation the labels of ``span`` mark, or None."""
    label = dict(zip(span, labels))
    first = _first(text, clauses, at, cue)
    if first >= len(clauses):
        return None
    if cue.kind != "after" and label.get(first) != "cause":
        return None
    if all(label.get(k) in (None, "neither") for k in range(first, extent.reach(clauses, first) + 1)):
        return None  # after 主要原因是 the explanation starts at the cue, if anything follows
    if cue.name == "affected" and text[cue.end:clauses[at].end].strip(" \n：:，,；;。"):
        return Span(start=cue.start, end=cue.end, cue=cue,
                    headline=text[clauses[at].start:cue.start])  # 受X影响较大
    last = _last(clauses, first, cue, label, effect_stated(text, clauses, at, cue))
    opening = pattern("affected_open").match(cue.text) if cue.name == "affected" else None
    begin = cue.start + len(opening.group()) if opening else cue.end
    begin = max(begin, clauses[first].start) if first == at else clauses[first].start
    start, end = _strip(text, begin, clauses[last].end)
    lead = pattern("lead_in").match(text[start:end]) if cue.kind == "after" else None
    if lead is not None:  # 主要原因为：由于…… / 两个因素：其一……
        start = _strip(text, start + lead.end(), end)[0]
    stop = pattern("then_stop").search(text, cue.end, min(end, clauses[at].end)) \
        if cue.name in ("because_then", "along_with") else None
    cut = stop.start() if stop else -1
    if cut > start:  # 因……而……: the explanation stops at 而
        end = _strip(text, start, cut)[1]
    if end <= start:
        return None
    return Span(start=start, end=end, cue=cue,
                headline=text[clauses[headline_start(clauses, at)].start:cue.start])


def effect_stated(text: str, clauses: list[Clause], at: int, cue: Cue) -> bool:
    """The sentence already stated the effect before an opening cue (支出下降8.7%，
    主要受……影响，……): the clauses after the cue go on explaining."""
    if cue.kind != "inside":
        return False
    head = text[clauses[extent.sentence_start(clauses, at)].start:cue.start]
    return effect_word(head) is not None and has_figure(head)


def headline_start(clauses: list[Clause], at: int) -> int:
    """The clause the headline of a cue in clause ``at`` starts in: back over
    lines a PDF wrapped (利息收入偏低⏎是由于……)."""
    while at > 0 and _wrapped(clauses, at - 1):
        at -= 1
    return at


WRAP_ENDS = tuple("，,；;。：:！!？?）)")  # a line ending with one is not wrapped


def _wrapped(clauses: list[Clause], k: int) -> bool:
    """Clause ``k`` ends with a line break a PDF put inside a sentence: no mark
    before the break, and not a heading line (a short line of its own)."""
    body = clauses[k].text.rstrip(" \t")
    if not body.endswith("\n") or body.rstrip().endswith(WRAP_ENDS):
        return False
    own_line = k == 0 or clauses[k - 1].text.rstrip(" \t").endswith("\n")
    return not (own_line and len(body.strip()) < 20)


def candidates(text: str, clauses: list[Clause] | None = None,
               cues: list[Cue] | None = None) -> list[tuple[list[Clause], range, int, Cue]]:
    """Every cue of ``text`` outside conditionals, with its clause window (wide
    enough for the sentence or list the explanation may run through);
    ``clauses`` and ``cues``: those of ``text`` when already found."""
    clauses = split(text) if clauses is None else clauses
    out = []
    for cue in find(text) if cues is None else cues:
        at = cue_clause(clauses, cue)
        if excluded(text[clauses[at].start:cue.start]):
            continue
        near = window(clauses, at)
        first = min(_first(text, clauses, at, cue), len(clauses) - 1)
        hi = max(near.stop, extent.reach(clauses, first) + 1)
        out.append((clauses, range(near.start, hi), at, cue))
    return out


def predict_all(model: LinearModel, found: list[tuple[list[Clause], range, int, Cue]]
                ) -> list[list[str]]:
    """Labels of every candidate's window, from one predict call."""
    notes = Notes(found[0][0]) if found else None  # the candidates of one text share clauses
    table = [row for clauses, span, at, cue in found for row in rows(clauses, span, at, cue, notes)]
    flat = model.predict(table)
    out, k = [], 0
    for _, span, _, _ in found:
        out.append(flat[k:k + len(span)])
        k += len(span)
    return out


def find_spans(text: str, model: LinearModel) -> list[Span]:
    """Explanations in ``text`` (one predict call); explanations may nest (a
    headline list whose items state their own causes)."""
    found: list[Span] = []
    cues = find(text)
    if not cues and not any(occurs(name, text) for name in STATED_FIRST):
        return []  # no cue and no frame ``stated_first`` reads: no clauses needed
    clauses = split(text)
    todo = candidates(text, clauses, cues)
    # The cues come in text order, so every explanation found so far opens (at its
    # cue or before) no later than this cue: it holds the cue when it ends after it.
    reach = -1  # the furthest end of an explanation found so far
    for (clauses, span, at, cue), labels in zip(todo, predict_all(model, todo)):
        if cue.kind != "after" and cue.start < reach:
            continue  # 由于/受…影响 inside an explanation belongs to it
        result = assemble(text, clauses, span, at, cue, labels)
        if result is not None:
            found.append(result)
            reach = max(reach, result.end)
    return found + stated_first(text, found, clauses, cues)


# The frames ``stated_first`` finds explanations by (``before``): a text holding
# none of them and no cue holds no explanation.
STATED_FIRST = ("effect_follows", "through", "reason_last")


def stated_first(text: str, found: list[Span], clauses: list[Clause] | None = None,
                 cues: list[Cue] | None = None) -> list[Span]:
    """Explanations with no opening cue: ……，使得/造成…… and 通过……，基金…… (rules);
    ``clauses`` and ``cues``: those of ``text`` when already found."""
    clauses = split(text) if clauses is None else clauses
    cues = find(text) if cues is None else cues
    taken = before.Taken((s.start, s.end) for s in found)
    firsts = before.effect_follows(text, clauses, taken, cues)
    firsts += before.through(text, clauses, taken)
    firsts += before.reason_last(text, clauses, taken)
    return [Span(start=a, end=b, cue=cue, headline="")
            for a, b, cue in sorted(firsts, key=lambda f: f[0])]
