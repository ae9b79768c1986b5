"""Features of a clause seen from a cue: its text plus meta tokens.

A row is ``[clause text, meta tokens]``; the model vectorises the text with
character n-grams and the tokens (``__pos_p1 __cue_due_to …``) as words, so
the whole model is made of stock scikit-learn parts (safe to load).
"""

from __future__ import annotations

from shebao.cause.clauses import Clause, has_figure, starts_list
from shebao.cause.cues import Cue, effect_word, excluded, pattern

LABELS = ("cause", "effect", "neither")


def _position(offset: int) -> str:
    return f"m{min(-offset, 3)}" if offset < 0 else f"p{min(offset, 6)}"


def meta_tokens(clauses: list[Clause], i: int, at: int, cue: Cue) -> list[str]:
    """Meta tokens of clause ``i`` for the cue in clause ``at``."""
    c = clauses[i]
    body = c.text.strip()
    tokens = [f"__pos_{_position(i - at)}", f"__cue_{cue.name}", f"__kind_{cue.kind}",
              f"__end_{'stop' if body.endswith(('。', '！', '？')) else 'colon' if body.endswith(('：', ':')) else 'semi' if body.endswith(('；', ';')) else 'comma' if body.endswith(('，', ',')) else 'none'}"]
    tokens.append("__samesent" if c.sentence == clauses[at].sentence else f"__sent_{min(c.sentence - clauses[at].sentence, 3)}")
    if starts_list(c):
        tokens.append("__list")
    if has_figure(body):
        tokens.append("__figure")
    if pattern("result").search(body):
        tokens.append("__result")
    if effect_word(body):
        tokens.append(f"__effect_{effect_word(body)}")
    if excluded(body):
        tokens.append("__exclude")
    if i == at and c.text[cue.end - c.start:].strip(" ：:，,") == "":
        tokens.append("__cue_at_end")
    if i > at and any(clauses[k].text.strip() and pattern("result").search(clauses[k].text)
                      for k in range(at, i)):
        tokens.append("__after_result")
    if i == at + 1 and clauses[at].text.rstrip().endswith(("：", ":")):
        tokens.append("__after_headline")
    return tokens


def clause_text(clause: Clause, cue: Cue, i: int, at: int) -> str:
    """The clause text the n-grams see (the cue clause from its cue on)."""
    if i == at:
        return clause.text[max(cue.start - clause.start, 0):]
    return clause.text


def rows(clauses: list[Clause], span: range, at: int, cue: Cue) -> list[list[str]]:
    """One ``[text, meta]`` row per clause of ``span``."""
    return [[clause_text(clauses[i], cue, i, at), " ".join(meta_tokens(clauses, i, at, cue))]
            for i in span]
