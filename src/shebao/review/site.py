"""The review folder: one page per report read, and an ``index.html`` listing them all.

Each page is written whole or not at all (``export.atomic``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from shebao.export.atomic import write_text
from shebao.review.gather import ReviewItem
from shebao.review.page import asset, esc, page_html, report_name

UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Entry:
    """One line of the index: a report and its page (None when it has none)."""

    item: ReviewItem
    page: str | None


def page_name(record: dict, taken: set[str]) -> str:
    """A file name for the record's page, unique within ``taken`` (which it joins)."""
    stem = UNSAFE.sub("_", Path(str(record.get("source") or "report")).stem).strip("._")
    base = f"{stem or 'report'}-{record.get('report_index', 0)}"
    name, n = f"{base}.html", 1
    while name in taken:
        n += 1
        name = f"{base}-{n}.html"
    taken.add(name)
    return name


def _index_row(entry: Entry) -> str:
    r = entry.item.record
    if entry.page is None:
        reason = r.get("error") or entry.item.note or "no page"
        return (f'<tr class="error"><td>{esc(r.get("source"))}</td>'
                f'<td>{esc(r.get("report_index"))}</td><td colspan="6">{esc(reason)}</td></tr>')
    flags = r.get("flags") or ()
    errors = sum(f.get("severity") == "error" for f in flags)
    note = f'<br><span class="note">{esc(entry.item.note)}</span>' if entry.item.note else ""
    return (f'<tr><td>{esc(r.get("source"))}</td><td>{esc(r.get("report_index"))}</td>'
            f'<td><a href="{esc(entry.page)}">{esc(report_name(r))}</a>{note}</td>'
            f'<td>{esc(r.get("region"))}</td><td>{esc(r.get("year"))}</td>'
            f'<td>{len(r.get("facts") or ())}</td>'
            f'<td>{len(flags)} ({errors} errors)</td><td>{len(r.get("causes") or ())}</td></tr>')


def index_html(entries: list[Entry]) -> str:
    head = "".join(f"<th>{c}</th>" for c in ("file", "report", "title", "region", "year",
                                             "facts", "flags", "causes"))
    rows = "".join(_index_row(e) for e in entries)
    pages = sum(e.page is not None for e in entries)
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
            f'<title>shebao review</title><style>{asset("review.css")}</style></head>'
            f'<body class="index"><header><h1>Reports reviewed</h1>'
            f'<p class="counts">{pages} pages, {len(entries) - pages} without a page</p>'
            f'</header><table id="reports"><thead><tr>{head}</tr></thead>'
            f'<tbody>{rows}</tbody></table></body></html>\n')


def write_site(items: Iterable[ReviewItem], out_dir: str | os.PathLike) -> list[Entry]:
    """Write a page per readable report and the index into ``out_dir`` (created)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    taken = {"index.html"}
    entries = []
    for item in items:
        if item.record.get("status") != "ok":
            entries.append(Entry(item=item, page=None))
            continue
        name = page_name(item.record, taken)
        write_text(out / name, page_html(item))
        entries.append(Entry(item=item, page=name))
    write_text(out / "index.html", index_html(entries))
    return entries
