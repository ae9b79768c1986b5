"""Changes stated against another base than the year before the fact's.

"比2010年末增加X" is several years' change, and "较一季度增加X" or "环比增长Y%"
a change within the year: neither is a year-on-year fact, so the linker
drops such figures (``statements``).
"""

from __future__ import annotations

from shebao.link import cues
from shebao.link.steps import SentenceLink
from shebao.records import Figure
from shebao.stdre import Match

# the measures of a change, which may be against another year (``against_earlier_year``)
CHANGES = ("yoy_change", "yoy_rate")


def against_part_of_year(window: str) -> bool:
    """The figure's clause compares with a quarter or month of its own year
    last (no 比上年 after the 较一季度)."""
    within = cues.end_of_last_rare("other_period_base", window)
    return within >= 0 and cues.end_of_last("yoy", window) <= within


def against_earlier_year(ctx: SentenceLink, fig: Figure, window: str) -> bool:
    """A change (``CHANGES``) against a named year other than the one before
    the fact's ("比2010年末增加X"): several years' change, which has no
    measure; or against an earlier part of the same year (较一季度, 环比)."""
    if against_part_of_year(window):
        return True  # "较一季度增加X", "环比增长Y%": against a part of this year
    before = ctx.text[:fig.start]
    if cues.cue("named_base_year").search(before) is None:
        return False
    named: list[Match] = list(cues.cue("named_base_year").finditer(before))
    plain = [m.end() for m in cues.cue("yoy").finditer(before) if not any(c.isdigit() for c in m.group())]
    if plain and plain[-1] > named[-1].end():
        return False  # "比2010年末增加X，比上年增长Y%": Y is against the year before
    year = ctx.year_at(fig.start, latest=True)
    return year is not None and int(named[-1].group("year")) != year - 1
