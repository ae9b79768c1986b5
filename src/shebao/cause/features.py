"""Features of a clause seen from a cue: its text plus meta tokens.

A row is ``[clause text, meta tokens]``; the model vectorises the text with
character n-grams and the tokens (``__pos_p1 __cue_due_to …``) as words, so
the whole model is made of stock scikit-learn parts (safe to load).
"""

from __future__ import annotations

from functools import lru_cache

from shebao.cause.clauses import Clause, has_figure, opening
from shebao.cause.cues import Cue, effect_word, excluded, has_result

LABELS = ("cause", "effect", "neither")


def _position(offset: int) -> str:
    return f"m{min(-offset, 3)}" if offset < 0 else f"p{min(offset, 6)}"


@lru_cache(maxsize=None)
def _position_token(offset: int) -> str:
    """``__pos_`` and ``_position`` (kept: a window's clauses ask a few offsets over and over)."""
    return f"__pos_{_position(offset)}"


@lru_cache(maxsize=None)
def _sentence_token(gap: int) -> str:
    """The token of a clause ``gap`` sentences after the cue's."""
    return "__samesent" if gap == 0 else f"__sent_{min(gap, 3)}"


def _end(body: str) -> str:
    return ("stop" if body.endswith(("。", "！", "？")) else "colon" if body.endswith(("：", ":"))
            else "semi" if body.endswith(("；", ";")) else "comma" if body.endswith(("，", ","))
            else "none")


class Notes:
    """What the meta tokens need of each clause of one text whatever the cue,
    worked out once per clause (neighbouring cues share their clauses)."""

    def __init__(self, clauses: list[Clause]) -> None:
        self.clauses = clauses
        self._own: dict[int, tuple[str, list[str]]] = {}
        self._result: dict[int, bool] = {}

    def own(self, i: int) -> tuple[str, list[str]]:
        """The end token and the list … exclude tokens of clause ``i``."""
        if i not in self._own:
            c = self.clauses[i]
            body = c.text.strip()
            tokens = []
            if opening(self.clauses, i) is not None:
                tokens.append("__list")
            if has_figure(body):
                tokens.append("__figure")
            if has_result(body):
                tokens.append("__result")
            effect = effect_word(body)
            if effect:
                tokens.append(f"__effect_{effect}")
            if excluded(body):
                tokens.append("__exclude")
            self._own[i] = (f"__end_{_end(body)}", tokens)
        return self._own[i]

    def result(self, k: int) -> bool:
        """Clause ``k`` holds a result word (……，导致……)."""
        if k not in self._result:
            text = self.clauses[k].text
            self._result[k] = bool(text.strip() and has_result(text))
        return self._result[k]


def meta_tokens(clauses: list[Clause], i: int, at: int, cue: Cue,
                notes: Notes | None = None) -> list[str]:
    """Meta tokens of clause ``i`` for the cue in clause ``at``."""
    notes = notes if notes is not None and notes.clauses is clauses else Notes(clauses)
    c = clauses[i]
    end, own = notes.own(i)
    tokens = [f"__pos_{_position(i - at)}", f"__cue_{cue.name}", f"__kind_{cue.kind}", end]
    tokens.append("__samesent" if c.sentence == clauses[at].sentence else f"__sent_{min(c.sentence - clauses[at].sentence, 3)}")
    tokens.extend(own)
    if i == at and c.text[cue.end - c.start:].strip(" ：:，,") == "":
        tokens.append("__cue_at_end")
    if i > at and any(notes.result(k) for k in range(at, i)):
        tokens.append("__after_result")
    if i == at + 1 and clauses[at].text.rstrip().endswith(("：", ":")):
        tokens.append("__after_headline")
    return tokens


def clause_text(clause: Clause, cue: Cue, i: int, at: int) -> str:
    """The clause text the n-grams see (the cue clause from its cue on)."""
    if i == at:
        return clause.text[max(cue.start - clause.start, 0):]
    return clause.text


def rows(clauses: list[Clause], span: range, at: int, cue: Cue,
         notes: Notes | None = None) -> list[list[str]]:
    """One ``[text, meta]`` row per clause of ``span`` (``notes``: of ``clauses``,
    shared by the cues of one text): ``meta_tokens`` of each clause, joined, with
    what every clause of the window shares worked out once and the result words
    between the cue and a clause read once, clause after clause."""
    notes = notes if notes is not None and notes.clauses is clauses else Notes(clauses)
    sentence = clauses[at].sentence
    headline = clauses[at].text.rstrip().endswith(("：", ":"))
    cue_tokens = (f"__cue_{cue.name}", f"__kind_{cue.kind}")
    out = []
    seen, checked = False, at  # a result word in clauses at … checked - 1
    for i in span:
        c = clauses[i]
        end, own = notes.own(i)
        tokens = [_position_token(i - at), *cue_tokens, end, _sentence_token(c.sentence - sentence),
                  *own]
        if i == at:
            text = c.text[max(cue.start - c.start, 0):]
            if c.text[cue.end - c.start:].strip(" ：:，,") == "":
                tokens.append("__cue_at_end")
        else:
            text = c.text
        if i > at:
            while not seen and checked < i:
                seen = notes.result(checked)
                checked += 1
            if seen:
                tokens.append("__after_result")
            if i == at + 1 and headline:
                tokens.append("__after_headline")
        out.append([text, " ".join(tokens)])
    return out


def rows_plain(clauses: list[Clause], span: range, at: int, cue: Cue,
               notes: Notes | None = None) -> list[list[str]]:
    """``rows`` clause by clause from ``meta_tokens`` and ``clause_text`` (the
    plain computation ``rows`` must equal)."""
    notes = notes if notes is not None and notes.clauses is clauses else Notes(clauses)
    return [[clause_text(clauses[i], cue, i, at), " ".join(meta_tokens(clauses, i, at, cue, notes))]
            for i in span]
