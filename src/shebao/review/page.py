"""One self-contained HTML page per report: its text with highlights, and side lists.

Everything taken from a record or a text goes through ``html.escape``; the
style sheet and script are package files written inline, so the page needs
no network and no other file.
"""

from __future__ import annotations

import html
from functools import lru_cache
from importlib import resources

from shebao import __version__
from shebao.review.gather import ReviewItem
from shebao.review.marks import attr, cause_fact, fact_label, marked_text

# The columns of the facts table, a column showing one or more fields.
FACT_COLUMNS = (("fund",), ("metric",), ("year",), ("measure", "basis", "period"), ("value",))


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """A file of this package (the style sheet, the script) as text."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def report_name(record: dict) -> str:
    """What a report is called: its title, else its file and report index."""
    return record.get("title") or f"{record.get('source')} (report {record.get('report_index')})"


def _header(item: ReviewItem, index_href: str) -> str:
    r = item.record
    facts, flags, causes = (len(r.get(k) or ()) for k in ("facts", "flags", "causes"))
    errors = sum(f.get("severity") == "error" for f in r.get("flags") or ())
    rows = [("Source", r.get("source")), ("Report", r.get("report_index")),
            ("Region", r.get("region")), ("Year", r.get("year")), ("Genre", r.get("genre")),
            ("sha256", r.get("sha256")), ("Read from", item.origin)]
    cells = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows if v is not None)
    note = f'<p class="note" id="note">{esc(item.note)}</p>' if item.note else ""
    return (f'<header><p class="nav"><a href="{attr(index_href)}">All reports</a></p>'
            f'<h1>{esc(report_name(r))}</h1><dl class="meta">{cells}</dl>'
            f'<p class="counts">{facts} facts · {flags} flags ({errors} errors) · '
            f'{causes} causes</p>{note}{_legend()}</header>')


def _legend() -> str:
    return ('<p class="legend"><mark class="fact measure-level">level</mark> '
            '<mark class="fact measure-yoy_change">yoy_change</mark> '
            '<mark class="fact measure-yoy_rate">yoy_rate</mark> '
            '<mark class="fact measure-budget_rate">budget_rate</mark> '
            '<span class="flag severity-error">flag</span> '
            '<span class="evidence">evidence</span> '
            '<span class="cause">cause</span> <span class="cue">cue</span></p>')


def _flag_item(i: int, flag: dict) -> str:
    evidence = "".join(
        f'<li><a href="#evidence-{i}-{k}" data-goto="evidence-{i}-{k}">{esc(r.get("text"))}</a>'
        f' <span class="offsets">[{esc(r.get("start"))}:{esc(r.get("end"))}]</span></li>'
        for k, r in enumerate(flag.get("related") or ()))
    suggestion = flag.get("suggestion")
    return (f'<li class="flag-item severity-{attr(flag.get("severity"))}" id="flag-item-{i}"'
            f' data-goto="flag-{i}" data-kind="{attr(flag.get("kind"))}"'
            f' data-severity="{attr(flag.get("severity"))}" data-start="{attr(flag.get("start"))}"'
            f' data-end="{attr(flag.get("end"))}">'
            f'<p class="flag-head"><a href="#flag-{i}">{esc(flag.get("severity"))}'
            f' · {esc(flag.get("kind"))} · <span class="flag-text">{esc(flag.get("text"))}'
            f'</span></a> <span class="offsets">[{esc(flag.get("start"))}:'
            f'{esc(flag.get("end"))}]</span></p>'
            f'<p class="message">{esc(flag.get("message"))}</p>'
            + (f'<p class="suggestion">Suggestion: <span>{esc(suggestion)}</span></p>'
               if suggestion is not None else "")
            + (f'<p>Evidence:</p><ul class="evidence-list">{evidence}</ul>' if evidence else "")
            + "</li>")


def _flags(record: dict) -> str:
    flags = record.get("flags") or ()
    items = "".join(_flag_item(i, f) for i, f in enumerate(flags))
    return (f'<section id="flags-section"><h2>Flags ({len(flags)})</h2>'
            f'<ol id="flags">{items}</ol></section>')


def _causes(record: dict) -> str:
    facts = list(record.get("facts") or ())
    items = []
    for i, cause in enumerate(record.get("causes") or ()):
        j = cause_fact(cause, facts)
        tied = ("no fact tied" if j is None else
                f'<a href="#fact-{j}" data-goto="fact-{j}">fact #{j}'
                f' {esc(facts[j].get("text"))}</a>')
        items.append(
            f'<li class="cause-item" id="cause-item-{i}" data-goto="cause-{i}"'
            f' data-fund="{attr(cause.get("fund"))}" data-metric="{attr(cause.get("metric"))}"'
            f' data-effect="{attr(cause.get("effect"))}">'
            f'<p><a href="#cause-{i}">{esc(cause.get("fund"))} · {esc(cause.get("metric"))}'
            f' · {esc(cause.get("year"))} · {esc(cause.get("effect"))}</a> ({tied})</p>'
            f'<p class="cause-text"><span class="cue">{esc(cause.get("cue"))}</span>'
            f' {esc(cause.get("text"))}</p>'
            f'<p class="categories">{esc(", ".join(cause.get("categories") or ()))}</p></li>')
    return (f'<section id="causes-section"><h2>Causes ({len(items)})</h2>'
            f'<ol id="causes">{"".join(items)}</ol></section>')


def _facts(record: dict, skipped: dict[int, str]) -> str:
    head = "".join(f"<th>{c}</th>" for c in ("#", "text", *(" · ".join(c) for c in FACT_COLUMNS)))
    rows = []
    for i, fact in enumerate(record.get("facts") or ()):
        why = skipped.get(i)
        cells = "".join(f"<td>{esc(' · '.join(str(fact.get(n)) for n in c))}</td>"
                        for c in FACT_COLUMNS)
        note = f'<br><span class="unplaced">not highlighted: {esc(why)}</span>' if why else ""
        rows.append(f'<tr id="row-fact-{i}" data-goto="fact-{i}" data-fact="{i}"'
                    f' title="{attr(fact_label(fact))}"><td>{i}</td>'
                    f'<td><a href="#fact-{i}">{esc(fact.get("text"))}</a>{note}</td>{cells}</tr>')
    return (f'<section id="facts-section"><h2>Facts ({len(rows)})</h2>'
            f'<table id="facts"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></section>')


def page_html(item: ReviewItem, index_href: str = "index.html") -> str:
    """The whole page of one report."""
    record = item.record
    skipped: dict[int, str] = {}
    if item.text is None:
        body = '<p class="note">The source text is not available; see the note above.</p>'
    else:
        marked = marked_text(record, item.text)
        skipped = marked.skipped
        body = f'<pre id="source">{marked.html}</pre>'
    if item.text is None:
        skipped = {i: "no source text" for i in range(len(record.get("facts") or ()))}
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
            f'<meta name="generator" content="shebao {esc(__version__)}">'
            f'<title>{esc(report_name(record))}</title><style>{asset("review.css")}</style>'
            f'</head><body>{_header(item, index_href)}<main>'
            f'<section id="text-section"><h2>Text</h2>{body}</section>'
            f'<aside>{_flags(record)}{_causes(record)}{_facts(record, skipped)}</aside>'
            f'</main><script>{asset("review.js")}</script></body></html>\n')
