"""count_unit: a head-count change that contradicts its two years by 10^4.

Reports state head counts in 人 and 万人 side by side: "离退休人员6.46万人，
较上年5.56万人增加0.9万人，增长16.19%".  When the two years and the change
are stated in one sentence, the change must equal their difference; a
change that fits only when read in the other unit (0.9人 for 0.9万人) is a
count-unit slip.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter

from shebao.check.cues import cue
from shebao.check.intervals import Interval
from shebao.link import cues as link_cues
from shebao.records import Figure, Flag, Related
from shebao.units import count_base, count_swap, count_units


@dataclass(frozen=True)
class CountSlip:
    figure: Figure  # offsets relative to the sentence
    suggestion: str
    related: tuple[Figure, ...]
    message: str


def _unit(fig: Figure) -> str:
    """The unit of a count figure (``count_slips`` keeps those with a count unit)."""
    return fig.unit or ""


def _interval(fig: Figure, unit: str | None = None) -> Interval:
    assert fig.value is not None  # a count figure always has a value
    return Interval.written(fig.value, count_units()[unit or _unit(fig)])


def _last_year_level(gap: str) -> bool:
    """``gap`` ends with the yoy cue ("较上年"): the figure after it is last year's level."""
    end = link_cues.end_of_last("yoy", gap)
    return end >= 0 and cue("level_after_yoy").search(gap[end:]) is not None


def count_slips(text: str, figures: list[Figure]) -> list[CountSlip]:
    """Count-unit slips in one sentence (``figures`` relative to ``text``)."""
    counts = [f for f in figures if f.kind == "count" and f.unit in count_units()
              and f.comparator is None and f.high is None]
    out = []
    for i in range(len(counts) - 2):
        now, before, change = counts[i], counts[i + 1], counts[i + 2]
        if len({count_base(_unit(f)) for f in (now, before, change)}) != 1:
            continue
        if not _last_year_level(text[now.end:before.start]):
            continue
        verb = text[before.end:change.start]
        up, down = link_cues.end_of_last("up", verb), link_cues.end_of_last("down", verb)
        if max(up, down) < 0:
            continue
        sign = Decimal(-1) if down > up else Decimal(1)
        diff = _interval(now) - _interval(before)
        stated = _interval(change).scaled(sign)
        if diff.meets(stated):
            continue
        swapped = count_swap(_unit(change))
        if diff.meets(_interval(change, swapped).scaled(sign)):
            suggestion = change.text.replace(_unit(change), swapped)
            out.append(CountSlip(
                figure=change, suggestion=suggestion, related=(now, before),
                message=f"{now.text} − {before.text} ≠ the stated change {change.text}; "
                f"it holds if the change reads {suggestion}"))
    return out


_kind = attrgetter("kind")


def count_flags(source: str, to_source, sentences, tags) -> list[Flag]:
    """count_unit flags of a report's sentences, in source offsets.

    ``tags`` holds each sentence's tags, as the tag stage gives them.
    """
    flags = []
    for sentence, tagged in zip(sentences, tags):
        figures = tagged.figures
        if len(figures) < 3 or list(map(_kind, figures)).count("count") < 3:
            continue
        for slip in count_slips(sentence.text, figures):
            start, end = to_source(sentence.start + slip.figure.start,
                                   sentence.start + slip.figure.end)
            related = []
            for fig in slip.related:
                a, b = to_source(sentence.start + fig.start, sentence.start + fig.end)
                related.append(Related(source[a:b], a, b))
            flags.append(Flag(kind="count_unit", severity="error", message=slip.message,
                              text=source[start:end], start=start, end=end,
                              suggestion=slip.suggestion, related=tuple(related)))
    return flags
