"""Chinese text as space-separated words, so that FTS5's ``unicode61`` finds them.

FTS5's default tokenizer sees a run of Chinese characters as one token, so
nothing inside a sentence can be found.  The store indexes a jieba-segmented
copy instead: every word of ``jieba.cut`` (with the lexicon terms taught by
``load_user_words``, so 城乡居民基本养老保险基金 stays whole) plus, for each
longer word, every dictionary word inside it (养老, 养老保险, 基金 …), so a
two-character word such as 结余 is found inside 累计结余.  Queries are
segmented the same way; a query word that jieba keeps whole may also match
as the sequence of its dictionary parts.
"""

from __future__ import annotations

from functools import lru_cache

import jieba

from shebao.tag.nlp import load_user_words


def _wordy(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _cut(text: str) -> list[str]:
    load_user_words()
    return [t for t in (w.strip() for w in jieba.cut(text)) if t and _wordy(t)]


@lru_cache(maxsize=65536)
def sub_words(word: str) -> tuple[str, ...]:
    """Dictionary words of two or more characters strictly inside ``word``."""
    jieba.dt.check_initialized()
    freq = jieba.dt.FREQ
    n = len(word)
    return tuple(word[i:j] for i in range(n) for j in range(i + 2, n + 1)
                 if j - i < n and freq.get(word[i:j]))


def index_words(text: str) -> str:
    """The segmented copy of ``text`` stored in the FTS table."""
    words: list[str] = []
    for token in _cut(text):
        words.append(token)
        if len(token) > 2:
            words.extend(sub_words(token))
    return " ".join(words)


def _parts(word: str) -> list[str] | None:
    """Greedy longest split of ``word`` into its dictionary sub-words, if it has one."""
    inner = set(sub_words(word))
    parts, i = [], 0
    while i < len(word):
        j = next((j for j in range(len(word), i + 1, -1) if word[i:j] in inner), None)
        if j is None:
            return None
        parts.append(word[i:j])
        i = j
    return parts


def _term(token: str) -> str:
    quoted = '"' + token.replace('"', '""') + '"'
    parts = _parts(token) if len(token) > 2 else None
    if not parts:
        return quoted
    return "(" + quoted + " OR (" + " AND ".join(f'"{p}"' for p in parts) + "))"


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression requiring every word of ``query`` (None if it has none)."""
    terms = [_term(token) for token in _cut(query)]
    return " AND ".join(terms) if terms else None
