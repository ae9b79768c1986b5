"""The whole flow, written once:
ingest → normalise → segment → tag → link → (check, cause).

``extract_file`` never raises for a bad file: it returns one error record
naming the file and the reason, so a batch goes on.  A bug in a stage is
caught as narrowly as the facts allow: in the optional stages (checks,
causes) the report keeps its facts, status "ok", and the failure is named
in its ``extra["stage_errors"]``; in the facts themselves it becomes an
error record of that report (the file's other reports stand); in reading,
normalising or segmenting, one error record of the file.  A file that
decodes to no report at all (whitespace only) is an error record too.
Missing or broken cause models are no bad file: with causes on, both entry
points raise ``ModelError`` before reading anything (``require_models``).
Invalid bytes replaced while decoding are counted in ``extra["decode_errors"]``.
"""

from __future__ import annotations

import os
from operator import attrgetter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from shebao import link
from shebao.cause.report import anchors_of, report_causes, require_models
from shebao.check.counts import count_flags
from shebao.check.indicators import indicator_flags
from shebao.check.magnitude import magnitude_flags
from shebao.check.peers import peer_flags
from shebao.check.run import check_facts
from shebao.ingest.read import ReadError, Refused, iter_paths, read_document
from shebao.ingest.walk import shown_path
from shebao.limits import OverBudget, time_budget
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


def _failure(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _report_record(doc: Document, mapped, report: Report, stages: Stages) -> ReportRecord:
    sentences = [s for p in report.paragraphs for s in p.sentences]
    tags = tagged_sentences(sentences, unit_scopes(report))
    linked = link.link_report(report, tags, mapped, doc.pages)
    facts = linked.facts
    causes: tuple[Cause, ...] = ()
    flags: tuple[Flag, ...] = ()
    failed: list[str] = []
    if stages.causes:
        try:
            anchors = anchors_of(list(linked.text_anchors))
            causes = tuple(report_causes(mapped.text, doc.text, mapped.to_source, report,
                                         anchors))
        except Exception as exc:  # an optional stage: the facts stand
            failed.append(f"causes: {_failure(exc)}")
    indicators = tuple(i for t in report.self_evals
                       for i in table_indicators(t, doc.text, mapped.to_source))
    if stages.checks:
        try:
            flags = _flags(doc, mapped, report, sentences, tags, facts, indicators)
        except Exception as exc:  # an optional stage: the facts stand
            failed.append(f"checks: {_failure(exc)}")
    extra: dict = {}
    if doc.decode_errors:
        extra["decode_errors"] = doc.decode_errors
    if failed:
        extra["stage_errors"] = failed
    return ReportRecord(
        source=doc.path, sha256=doc.sha256, report_index=report.index, status="ok",
        title=report.title, region=report.region, year=report.year, facts=facts,
        causes=causes, flags=flags, indicators=indicators, genre=report.genre, extra=extra,
    )


_START = attrgetter("start")  # a flag's sort key, read in C (sorted is stable: order as by a lambda)


def _flags(doc: Document, mapped, report: Report, sentences, tags, facts,
           indicators) -> tuple[Flag, ...]:
    facts = list(facts)  # one list for every check (none of them changes it)
    found = [*check_facts(facts, (s.text for s in sentences)),
             *count_flags(doc.text, mapped.to_source, sentences, tags),
             *indicator_flags(indicators, facts)]
    flagged = {f.start for f in found}
    for f in [*magnitude_flags(facts, report.region, report.title),
              *peer_flags(facts)]:
        if f.start not in flagged:
            found.append(f)
            flagged.add(f.start)
    return tuple(sorted(found, key=_START))


def extract_document(doc: Document, stages: Stages = ALL_STAGES) -> list[ReportRecord]:
    """Every report of a decoded document, with its facts (and flags, causes).

    A report whose facts fail becomes an error record; the others stand.
    """
    if stages.causes:
        require_models()  # ModelError: no silent `causes: []`
    mapped = normalise(doc.text)
    records = []
    for report in segment(mapped.text):
        try:
            records.append(_report_record(doc, mapped, report, stages))
        except Exception as exc:  # a bug in a stage must not cost the other reports
            reason = f"{doc.path}: internal error in report {report.index} ({_failure(exc)})"
            records.append(ReportRecord(source=doc.path, sha256=doc.sha256,
                                        report_index=report.index, status="error",
                                        error=reason))
    return records


def error_record(path: str | os.PathLike, reason: str,
                 sha256: str | None = None) -> ReportRecord:
    return ReportRecord(source=shown_path(path), sha256=sha256, report_index=0,
                        status="error", error=reason)


def extract_file(path: str | os.PathLike | Refused,
                 stages: Stages = ALL_STAGES) -> list[ReportRecord]:
    """Records for one file (at least one); a failure becomes an error record."""
    if stages.causes:
        require_models()  # ModelError, raised before the file is read
    if isinstance(path, Refused):
        return [error_record(path.path, f"{shown_path(path.path)}: {path.reason}")]
    shown = shown_path(path)
    try:
        doc = read_document(path)
    except ReadError as exc:
        return [error_record(path, str(exc))]
    except OSError as exc:
        return [error_record(path, f"cannot read {shown}: {exc.strerror or exc}")]
    except Exception as exc:  # a bug in reading must not stop the batch
        return [error_record(path, f"{shown}: internal error ({_failure(exc)})")]
    try:
        records = extract_document(doc, stages)
    except Exception as exc:  # a bug in a stage must not stop the batch
        return [error_record(path, f"{shown}: internal error ({_failure(exc)})", doc.sha256)]
    if not records:
        return [error_record(path, f"{shown}: no report text (only blank characters)",
                             doc.sha256)]
    return records


def extract_budgeted(path: str | os.PathLike | Refused,
                     stages: Stages = ALL_STAGES) -> list[ReportRecord]:
    """``extract_file`` within the per-file time budget (``limits``); over it, an error record."""
    try:
        with time_budget():
            return extract_file(path, stages)
    except OverBudget as exc:
        shown = path.path if isinstance(path, Refused) else path
        return [error_record(shown, f"{shown_path(shown)}: {exc}")]


def extract_paths(inputs: Iterable[str]) -> Iterator[ReportRecord]:
    """Records for every file under ``inputs`` (files or directories), each within its budget."""
    for path in iter_paths(list(inputs)):
        yield from extract_budgeted(path)
