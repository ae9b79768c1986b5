"""The whole flow, written once:
ingest → normalise → segment → tag → link → (check, cause).

``extract_file`` never raises for a bad file: it returns one error record
naming the file and the reason, so a batch goes on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from shebao import link
from shebao.cause.report import anchors_of, report_causes
from shebao.check.counts import count_flags
from shebao.check.indicators import indicator_flags
from shebao.check.magnitude import magnitude_flags
from shebao.check.run import check_facts
from shebao.ingest.read import ReadError, iter_paths, read_document
from shebao.normalise import normalise
from shebao.records import Cause, Document, Flag, Report, ReportRecord
from shebao.segment import segment
from shebao.segment.selfeval_indicators import table_indicators
from shebao.tag.apply import tagged_sentences, unit_scopes


@dataclass(frozen=True)
class Stages:
    """Which optional stages run: facts are always extracted."""

    checks: bool = True  # flags (check)
    causes: bool = True  # stated explanations (cause)


ALL_STAGES = Stages()


def _report_record(doc: Document, mapped, report: Report, stages: Stages) -> ReportRecord:
    sentences = [s for p in report.paragraphs for s in p.sentences]
    tags = tagged_sentences(sentences, unit_scopes(report))
    linked = link.link_report(report, tags, mapped, doc.pages)
    facts = linked.facts
    causes: tuple[Cause, ...] = ()
    flags: tuple[Flag, ...] = ()
    if stages.causes:
        anchors = anchors_of(list(linked.text_anchors))
        causes = report_causes(mapped.text, doc.text, mapped.to_source, report, anchors)
    indicators = tuple(i for t in report.self_evals
                       for i in table_indicators(t, doc.text, mapped.to_source))
    if stages.checks:
        found = [*check_facts(list(facts), (s.text for s in sentences)),
                 *count_flags(doc.text, mapped.to_source, sentences, tags),
                 *indicator_flags(indicators, list(facts))]
        flagged = {f.start for f in found}
        found += [f for f in magnitude_flags(list(facts), report.region, report.title)
                  if f.start not in flagged]
        flags = tuple(sorted(found, key=lambda f: f.start))
    return ReportRecord(
        source=doc.path, sha256=doc.sha256, report_index=report.index, status="ok",
        title=report.title, region=report.region, year=report.year, facts=facts,
        causes=causes, flags=flags, indicators=indicators, genre=report.genre,
    )


def extract_document(doc: Document, stages: Stages = ALL_STAGES) -> list[ReportRecord]:
    """Every report of a decoded document, with its facts (and flags, causes)."""
    mapped = normalise(doc.text)
    return [_report_record(doc, mapped, r, stages) for r in segment(mapped.text)]


def error_record(path: str, reason: str, sha256: str | None = None) -> ReportRecord:
    return ReportRecord(source=path, sha256=sha256, report_index=0, status="error",
                        error=reason)


def extract_file(path: str | os.PathLike, stages: Stages = ALL_STAGES) -> list[ReportRecord]:
    """Records for one file; a failure becomes one error record."""
    try:
        doc = read_document(path)
    except ReadError as exc:
        return [error_record(str(path), str(exc))]
    except OSError as exc:
        return [error_record(str(path), f"cannot read {path}: {exc.strerror or exc}")]
    try:
        return extract_document(doc, stages)
    except Exception as exc:  # a bug in a stage must not stop the batch
        reason = f"{path}: internal error ({type(exc).__name__}: {exc})"
        return [error_record(str(path), reason, doc.sha256)]


def extract_paths(inputs: Iterable[str]) -> Iterator[ReportRecord]:
    """Records for every file under ``inputs`` (files or directories)."""
    for path in iter_paths(list(inputs)):
        yield from extract_file(path)
