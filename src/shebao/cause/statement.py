"""The statement an explanation is about, when the cue does not name it.

A cue that opens its clause with only a pronoun before it (这主要是……, 其原因
主要是……, 这与……有关) explains the clauses before it in its sentence; when
those only say who speaks (……负责人介绍，), the sentence before.  The statement
names the fund and metric, or states the effect without a figure
(``states`` of ``resources/cause_cues.yaml``: 收不抵支, 穿底, 支出增幅高于收入
增幅), and may be a general trend of no one year (近年来, 逐年).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from shebao.cause.clauses import has_figure
from shebao.cause.cues import pattern, states, undated
from shebao.quickinit import mypyc_attr, quick_init
from shebao.records import Effect
from shebao.tag.terms import find_terms

PIECES = regex.compile(r"[^，,：:；;]+[，,：:；;]*")
STOPS = "。；;！？!?\n"


@mypyc_attr(native_class=False)  # rebuilt as a Python class (quickinit)
@quick_init  # built per cue and explanation: its fields filled at once
@dataclass(frozen=True)
class Statement:
    fund: str | None
    metric: str | None
    effect: Effect | None  # an effect a state gives (资金吃紧 → other)
    undated: bool
    family: bool  # a fund word without a slot (养老保险基金): ``other`` as a last resort


def _named(text: str) -> tuple[str | None, str | None]:
    fund = metric = None
    for term in find_terms(text):
        if term.kind == "fund":
            fund = term.id
        elif term.kind == "metric":
            metric = term.id
    return fund, metric


def _content(text: str) -> str:
    """``text`` without the clauses that only say who speaks or hold a pronoun."""
    kept = [p for p in PIECES.findall(text)
            if not pattern("speaker").search(p) and not pattern("pronoun_only").match(p)]
    return "".join(kept)


def said_before(text: str, lead: int, cue: int, sentence_start: int,
                paragraph_start: int) -> str:
    """The ``_content`` of the statement before a cue: its sentence up to the
    cue, or the sentence before when that holds only pronouns and speakers."""
    lo = min(sentence_start, lead)
    said = _content(text[lo:cue])
    if said or lo <= paragraph_start:
        return said
    end = lo
    while end > paragraph_start and text[end - 1] in STOPS + " ，,":
        end -= 1
    start = max([text.rfind(m, paragraph_start, end) for m in STOPS] + [paragraph_start - 1]) + 1
    return _content(text[start:end]) if end > start else said


def of(text: str, lead: int, cue: int, sentence_start: int, paragraph_start: int) -> Statement:
    """Fund, metric and stated effect of the statement a cue at ``cue`` explains
    (``lead``: the start of its headline)."""
    fund, metric = _named(text[lead:cue])
    effect: Effect | None = None
    head_states = states(text[lead:cue])
    said = said_before(text, lead, cue, sentence_start, paragraph_start)
    found = head_states or ([] if metric else states(said))
    fund2, metric2 = _named(said)
    if found:
        metric, effect = found[-1].metric, found[-1].effect
    elif metric is None and said and not has_figure(said):
        metric = metric2
    if fund is None and metric is not None:
        fund = fund2
    family = pattern("fund_word").search(said) is not None  # 养老保险基金: a fund outside the slots
    return Statement(fund=fund, metric=metric, effect=effect, undated=undated(said), family=family)
