"""Link stage: tie each figure of a segmented, tagged report to a fund,
metric, year, basis and measure.  ``link_report`` is the stage's one entry."""

from shebao.link.report import LinkedReport, link_report

__all__ = ["LinkedReport", "link_report"]
