"""Named confidence levels of a linked fact, used by the link and check stages.

A draft's rule ``confidence`` says how sure the linker's rules are of its
fund, metric and measure, on an ordinal scale.  It is one feature of the
calibrated model (``link.confidence_model``) that gives each output fact
its ``confidence``, the estimated chance that its slots are right.
"""

from __future__ import annotations

from typing import Final

# The sentence names the figure's fund itself.
FUND_NAMED: Final = 0.9
# A table row or column names the fund and metric of a cell.
TABLE_CELL: Final = 0.85
# The figure is one of a 分别-run distributed over items listed before it,
# or a budget/execution cell of a self-evaluation table.
DISTRIBUTED: Final = 0.8
# The fund comes from the context (topic, heading, report) only.
FUND_INHERITED: Final = 0.75
# Taken off when the metric is unnamed (``other`` without words of its own).
METRIC_UNNAMED_PENALTY: Final = 0.2

# Gates of the checks, on the calibrated confidence of the output facts
# (the estimated chance that a fact's slots are right, link.confidence_model):
# a flag rests on a link only when it is at least this likely to be right.
# A conflict, a change held against another sentence's figure, or an
# archive conflict needs CONFIDENT links; a slip judged by magnitude or
# against the archive needs LIKELY ones.
CONFIDENT: Final = 0.9
LIKELY: Final = 0.7
