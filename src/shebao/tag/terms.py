"""Fund, account and metric terms: the lexicons of ``resources/`` as one matcher.

All terms of the three lexicons are compiled into a single alternation,
longest first, so a scan finds at each position the longest known term
("企业职工基本养老保险基金" rather than "养老保险基金", "基本养老金支出"
rather than "支出").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import re

import regex

from shebao.quickinit import mypyc_attr, quick_init, quick_maker
from shebao.resources import load
from shebao.stdre import Pattern, compile_cue, compile_fast
from shebao.tag.needs import first_chars

FUND_SCHEMA = {"funds": [{"id": str, "name": str, "aliases": [str], "parts?": [str]}]}
ACCOUNT_SCHEMA = {"accounts": [{"id": str, "aliases": [str]}]}
METRIC_SCHEMA = {
    "metrics": [{"id": str, "name": str, "group": str, "parent?": str, "aliases": [str]}]
}


@dataclass(frozen=True)
class Entry:
    kind: str  # "fund", "account" or "metric"
    id: str
    name: str  # canonical name (for `other`: the entry's own wording)
    group: str | None = None  # metric group


@mypyc_attr(native_class=False)  # rebuilt as a Python class (quickinit)
@quick_init
@dataclass(frozen=True)
class Term:
    kind: str
    id: str
    name: str
    group: str | None
    start: int
    end: int
    text: str


_make_term = quick_maker(Term)  # a Term by keyword without the class call's dict of keywords


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Entry]:
    """Every wording mapped to its entry (the first entry naming it wins)."""
    words: dict[str, Entry] = {}
    for f in load("funds.yaml", FUND_SCHEMA)["funds"]:
        for w in [f["name"], *f["aliases"]]:
            name = w if f["id"] == "other" else f["name"]
            words.setdefault(w, Entry("fund", f["id"], name))
    for a in load("accounts.yaml", ACCOUNT_SCHEMA)["accounts"]:
        for w in a["aliases"]:
            words.setdefault(w, Entry("account", a["id"], w))
    for m in load("metrics.yaml", METRIC_SCHEMA)["metrics"]:
        for w in [m["name"], *m["aliases"]]:
            name = w if m["id"] == "other" else m["name"]
            words.setdefault(w, Entry(kind="metric", id=m["id"], name=name, group=m["group"]))
    return words


def _trie(words: list[str]) -> dict:
    """Nested dicts, one level per character; key "" marks a word's end."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _trie_source(node: dict) -> str:
    """A regex of the words below ``node``: at most one branch per next
    character, a word end making the rest optional, so the greedy match at
    a position is the longest word there (as a longest-first alternation)."""
    branches = [regex.escape(ch) + _trie_source(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


@lru_cache(maxsize=1)
def _matcher() -> re.Pattern | regex.Pattern:
    return compile_fast(_trie_source(_trie(list(lexicon())))).pattern


@lru_cache(maxsize=1)
def _scanner() -> tuple[re.Pattern | regex.Pattern, dict[str, Entry], tuple[str, ...]]:
    """What ``find_terms`` reads per call, in one cached call: the matcher, the
    lexicon and the characters an elliptic list starts with."""
    return _matcher(), lexicon(), _list_starts()


def find_terms(text: str) -> list[Term]:
    """All lexicon terms in ``text``, left to right, non-overlapping; the risk
    words of an elliptic list ("工伤、失业保险") as the funds they name."""
    matcher, words, list_starts = _scanner()
    out = []
    end = 0
    # the words as ``findall`` lists them (no match objects), each found again by
    # ``str.find`` from the end of the one before: the scan matched it at the first place
    # after that end where any word starts, so no earlier copy of it lies between
    for word in matcher.findall(text):
        e = words[word]
        start = text.find(word, end)
        end = start + len(word)
        out.append(_make_term(kind=e.kind, id=e.id, name=e.name, group=e.group, start=start,
                              end=end, text=word))
    for ch in list_starts:  # most texts name no risk word, so hold no elliptic list
        if ch in text:
            break
    else:
        return out
    listed = _elliptic_funds(text)
    if listed:
        taken = {(t.start, t.end) for t in listed}
        out = [t for t in out if not any(a < t.end and t.start < b for a, b in taken)]
        out = sorted(out + listed, key=lambda t: t.start)
    return out


ELLIPSIS_SCHEMA = {"risks": [{"word": str, "fund": str}], "separator": str, "tail": str,
                   "examples": [str], "counter_examples": [str]}


@lru_cache(maxsize=1)
def ellipsis_pattern() -> tuple[Pattern, dict[str, str]]:
    """The elliptic-list pattern and risk word → fund id (resources/fund_ellipsis.yaml)."""
    data = load("fund_ellipsis.yaml", ELLIPSIS_SCHEMA)
    risks = {r["word"]: r["fund"] for r in data["risks"]}
    word = "(?:" + "|".join(regex.escape(w) for w in risks) + ")"
    sep = data["separator"].strip()
    source = rf"(?P<list>{word}(?:{sep}{word})+)\s*(?:{data['tail'].strip()})"
    return compile_cue(source, regex.VERBOSE), risks


@lru_cache(maxsize=1)
def _list_starts() -> tuple[str, ...]:
    """The characters an elliptic list can start with (``tag.needs``), one by one: a
    tuple, as iterating a string of CJK characters makes a new string for each."""
    first = first_chars(ellipsis_pattern()[0])
    if first is None:
        raise ValueError("fund_ellipsis.yaml: a list may start with any character")
    return tuple(sorted(first))


@lru_cache(maxsize=1)
def _risk_word() -> Pattern:
    """Any risk word of the elliptic lists (to split a list into its words)."""
    return compile_fast("|".join(map(regex.escape, ellipsis_pattern()[1]))).pattern


def _elliptic_funds(text: str) -> list[Term]:
    """The risk words of the elliptic lists in ``text`` as the funds they name."""
    pattern, risks = ellipsis_pattern()
    if pattern.search(text) is None:  # most texts hold none; a search makes no iterator
        return []
    out = []
    for m in pattern.finditer(text):
        base = m.start("list")
        for w in _risk_word().finditer(m.group("list")):
            fund = risks[w.group()]
            out.append(Term(kind="fund", id=fund, name=_fund_names()[fund], group=None,
                            start=base + w.start(), end=base + w.end(), text=w.group()))
    return out


@lru_cache(maxsize=1)
def _fund_names() -> dict[str, str]:
    return {f["id"]: f["name"] for f in load("funds.yaml", FUND_SCHEMA)["funds"]
            if f["id"] != "other"}


def user_words() -> list[str]:
    """The wordings jieba must keep whole (loaded once by ``tag.nlp``)."""
    return sorted(lexicon())


@lru_cache(maxsize=1)
def metric_groups() -> dict[str, str]:
    """Metric id → its group (income, expenditure, balance, stock, other)."""
    return {m["id"]: m["group"] for m in load("metrics.yaml", METRIC_SCHEMA)["metrics"]
            if "group" in m}


@lru_cache(maxsize=1)
def metric_parents() -> dict[str, str]:
    """Metric id → the metric it is a part of (``parent`` in metrics.yaml)."""
    return {m["id"]: m["parent"] for m in load("metrics.yaml", METRIC_SCHEMA)["metrics"]
            if "parent" in m}


@lru_cache(maxsize=1)
def fund_parts() -> dict[str, tuple[str, ...]]:
    """Total fund id → the funds it adds up (``parts`` in funds.yaml)."""
    return {f["id"]: tuple(f["parts"]) for f in load("funds.yaml", FUND_SCHEMA)["funds"]
            if "parts" in f}
