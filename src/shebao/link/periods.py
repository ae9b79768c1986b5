"""The period a figure covers: ``year``, ``H1``, ``Q1``–``Q4`` or a span from
January such as ``M01-M09`` (``resources/periods.yaml``).

The last period cue before a figure in its sentence wins, else the
innermost heading naming one, else the report's title; a figure with none
covers its year.  A span up to December is the year; January to June is
``H1``, January to March ``Q1``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from shebao.link.cues import prefix_stable
from shebao.resources import load
from shebao.stdre import Match, Pattern, compile_cue
from shebao.tag.needs import may_hold, needed_strings
from shebao.tag.numbers import parse_number
from shebao.textcache import text_cache

SCHEMA = {"cue_words": [str], "periods": [{"name": str, "pattern": str, "period": str, "words": [str],
                       "examples": [str], "counter_examples": [str]}]}
YEAR = "year"
SPAN_NAMES = {12: YEAR, 6: "H1", 3: "Q1"}
SCAN = (-1, "")  # a period index's answer: scan the prefix itself


@dataclass(frozen=True)
class PeriodRule:
    name: str
    pattern: Pattern
    period: str
    # whether its matches within ``text[:pos]`` are those of ``text`` ending
    # by ``pos`` whenever no match of ``text`` spans ``pos``
    prefix_stable: bool
    # the sets of characters every match takes one of (``tag.needs``), as
    # strings, smallest first: a text that lacks every char of one holds no
    # match, nor does any prefix of it (``may_hold``: ``in`` tests, most of
    # them of one char, cost less than a class search each)
    needs: tuple[str, ...] = ()
    # strings one of which every match holds (``words`` in the YAML file): a
    # text holding none is not scanned (``holds_word``: tested first, as a
    # word such as 上半年 rules out more texts than any char set can)
    words: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def cue_words() -> tuple[str, ...]:
    """Words one of which every period wording holds."""
    return tuple(load("periods.yaml", SCHEMA)["cue_words"])


def cue_end(text: str) -> int:
    """The end of the first cue word of ``text`` to end (a prefix shorter
    than it holds none), past ``len(text)`` when there is none.  A few
    ``str.find`` cost less than one class search, let alone a pattern of
    words."""
    end = len(text) + 1
    for word in cue_words():
        at = text.find(word)
        if 0 <= at <= end - len(word):
            end = at + len(word)
    return end


def rule_table() -> list[dict]:
    """The period rules as written in the YAML file (with their examples)."""
    return load("periods.yaml", SCHEMA)["periods"]


@lru_cache(maxsize=1)
def rules() -> tuple[PeriodRule, ...]:
    out = []
    for p in rule_table():
        pattern = compile_cue(p["pattern"])
        needs = tuple(sorted(needed_strings(pattern), key=len))  # smallest first
        out.append(PeriodRule(name=p["name"], pattern=pattern, period=p["period"],
                              prefix_stable=prefix_stable(p["pattern"]), needs=needs,
                              words=tuple(p["words"])))
    return tuple(out)


def _number(text: str) -> int:
    """1–12 written in Arabic or Chinese digits (十一 → 11)."""
    return int(text) if text.isdigit() else int(parse_number(text))


def _period(rule: PeriodRule, m: Match) -> str:
    if rule.period == "span":
        return _through(_number(m.group("last")))
    if rule.period == "quarter":
        return f"Q{_number(m.group('quarter'))}"
    return rule.period


@text_cache(maxsize=1024)
def last_period(text: str) -> str | None:
    """The period named last in ``text`` (None when it names none): asked of
    headings, titles and column headings, which an archive's reports repeat,
    so each text is read once (``shebao.textcache``)."""
    return PeriodIndex(text).last_before(len(text))


class PeriodIndex:
    """``last_period(text[:pos])`` for any ``pos``, from one scan of ``text``
    per rule: the linker asks it at every figure of a sentence.

    A rule that may read past its match (``prefix_stable`` false), or whose
    match spans ``pos``, is scanned over the prefix itself, as last_period does.
    """

    def __init__(self, text: str):
        self.text = text
        # a prefix shorter than this holds no cue word (``cue_end``)
        self.cue_end: int = cue_end(text)
        # the rules that may answer, in order, each with (start, end, period)
        # of its matches (None: scanned per prefix)
        self.active: list[tuple[PeriodRule, list[tuple[int, int, str]] | None]] = []
        if self.cue_end > len(text):
            return  # a text holding no cue word names no period
        for rule in rules():
            # (a few ``in`` tests cost less than a rule's scan that finds nothing,
            # and than a search for any stable rule's match, which they replace:
            # a union of those rules, run by ``regex``, took 1.5 us a text)
            if holds_word(text, rule.words) and may_hold(text, rule.needs):
                if not rule.prefix_stable:
                    self.active.append((rule, None))
                else:
                    found = [(m.start(), m.end(), _period(rule, m))
                             for m in rule.pattern.finditer(text)]
                    if found:
                        self.active.append((rule, found))

    def last_before(self, pos: int) -> str | None:
        """The period named last in ``text[:pos]`` (None when it names none)."""
        if pos < self.cue_end:
            return None  # a prefix holding no cue word names no period
        best: tuple[int, str] | None = None
        for rule, found in self.active:
            last = _last_ending_by(found, pos) if found is not None else SCAN
            if last == SCAN:  # by value: compiled code may copy the tuple
                last = _last_match(rule, self.text[:pos])
            if last is not None and (best is None or last[0] > best[0]):
                best = last
        return None if best is None else best[1]


def holds_word(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (True when there are none)."""
    for word in words:
        if word in text:
            return True
    return not words


def _last_match(rule: PeriodRule, text: str) -> tuple[int, str] | None:
    """(end, period) of the match of ``rule`` ending last in ``text`` (the first such)."""
    last: tuple[int, str] | None = None
    for m in rule.pattern.finditer(text):
        if last is None or m.end() > last[0]:
            last = (m.end(), _period(rule, m))
    return last


def _last_ending_by(found: list[tuple[int, int, str]], pos: int) -> tuple[int, str] | None:
    """(end, period) of the match ending last by ``pos``; None when none does,
    SCAN when a match spans ``pos`` (the prefix must be scanned)."""
    last: tuple[int, str] | None = None
    for start, end, period in found:
        if start <= pos < end:
            return SCAN
        if start > pos:
            break
        if last is None or end > last[0]:
            last = (end, period)
    return last


def _through(last: int) -> str:
    """The span from January to month ``last`` (6 → H1, 12 → year)."""
    return SPAN_NAMES.get(last, f"M01-M{last:02d}")


def cumulative(period: str) -> str:
    """The span from January to the end of ``period``: what a 累计 column
    covers in a report on that period (Q2 → H1, Q3 → M01-M09, Q4 → year)."""
    quarter = regex.fullmatch(r"Q([1-4])", period)
    if quarter is not None:
        return _through(3 * int(quarter.group(1)))
    span = regex.fullmatch(r"M\d\d-M(\d\d)", period)
    return _through(int(span.group(1))) if span is not None else period


def context_period(section: tuple[str, ...], title: str | None,
                   read: dict[str, str | None] | None = None) -> str:
    """The period of a section: its innermost heading naming one, else the title.

    ``read`` keeps ``last_period`` of each heading (and title) already read:
    the sections of a report share their outer headings."""
    for text in (*reversed(section), title or ""):
        if read is None:
            found = last_period(text)
        elif text in read:
            found = read[text]
        else:
            found = read[text] = last_period(text)
        if found is not None:
            return found
    return YEAR
