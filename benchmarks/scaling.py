"""Time per character as the input grows: one document, many documents, one report.

    python benchmarks/scaling.py [--sizes 0.1 0.3 1 3 10]   (megabytes of UTF-8)

For each size, the seeds (../shared/seeds, else the bundled examples),
copied with their years shifted by the copy's index as in extract_speed.py,
are extracted whole (facts, checks, causes) in three shapes:

* many documents: each copy a document of its own;
* one document: all copies in one text, so one document holds many reports;
* one report: the first seed's body repeated under its one heading, a
  report that keeps growing.  The seed ends in a self-evaluation table,
  whose region runs to the end of the report: every copy after the first
  is read as table rows, and the facts stop growing with the text;
* long report: the first seed's prose (up to that table) repeated under
  its heading, its top-level headings numbered 二、三、… in each copy so
  that a copy's first heading closes the copy before (a list restarting at
  一、 would nest in it, and the section paths would grow with the report):
  the facts, flags and causes grow with the text (the checks and the
  causes compare the figures of the whole report).

Printed: CPU µs per character of each shape at each size.  A flat column
is linear time; a rising one is superlinear.  One run per cell (CPU time),
with the garbage collector as ``shebao extract`` runs it (``shebao.runtime``).
"""

from __future__ import annotations

import argparse
import time

from extract_speed import YEAR, read_seeds  # the same corpus and year shift (run as a script)

from shebao.pipeline import extract_document
from shebao.records import Document
from shebao.runtime import batch_gc
from shebao.segment.cues import cue
from shebao.segment.headings import marker_of
from shebao.tag.numbers import digits, multipliers

def shifted(text: str, k: int) -> str:
    return YEAR.sub(lambda m: str(int(m.group()) + k), text)


def many_documents(docs: list[Document], chars: int) -> list[Document]:
    out: list[Document] = []
    k = 0
    while sum(len(d.text) for d in out) < chars:
        out.extend(Document(path=f"{d.path}#{k}", sha256="", text=shifted(d.text, k),
                            encoding="utf-8") for d in docs)
        k += 1
    return out


def one_document(docs: list[Document], chars: int) -> list[Document]:
    text = "\n".join(d.text for d in many_documents(docs, chars))
    return [Document(path="<one document>", sha256="", text=text, encoding="utf-8")]


def one_report(docs: list[Document], chars: int) -> list[Document]:
    head, _, body = docs[0].text.partition("\n")
    parts = [head]
    while sum(map(len, parts)) < chars:
        parts.append(body)
    return [Document(path="<one report>", sha256="", text="\n".join(parts), encoding="utf-8")]


def sibling_copy(doc: Document) -> tuple[str, str]:
    """(heading line, prose) of ``doc``: its lines up to a self-evaluation table,
    the top-level (一、) headings numbered from 二、 in order."""
    head, *lines = doc.text.split("\n")
    end = next((k for k, line in enumerate(lines) if cue("self_eval").search(line)), len(lines))
    ones = {v: k for k, v in digits().items() if (m := marker_of(k + "\u3001")) and m.number == v}
    ten = next(c for c, v in multipliers().items() if v == 10)
    numerals = {**ones, 10: ten, **{10 + v: ten + k for v, k in ones.items() if v}}
    out, n = [], 2
    for line in lines[:end]:
        mark = marker_of(line.strip())
        if mark is not None and mark.family == "cn_num" and n in numerals:
            line, n = numerals[n] + line.strip()[mark.end - 1:], n + 1
        out.append(line)
    return head, "\n".join(out)


def long_report(docs: list[Document], chars: int) -> list[Document]:
    head, body = sibling_copy(docs[0])
    parts = [head]
    while sum(map(len, parts)) < chars:
        parts.append(body)
    return [Document(path="<long report>", sha256="", text="\n".join(parts), encoding="utf-8")]


SHAPES = {"many documents": many_documents, "one document": one_document,
          "one report": one_report, "long report": long_report}


def us_per_char(docs: list[Document]) -> float:
    t0 = time.process_time()
    for d in docs:
        extract_document(d)
    return 1e6 * (time.process_time() - t0) / sum(len(d.text) for d in docs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.1, 0.3, 1, 3],
                    help="input sizes in megabytes of UTF-8 (~3 bytes a character)")
    args = ap.parse_args()
    base = read_seeds()[1]
    for d in base:  # models, lexicons and jieba load outside the timing
        extract_document(d)
    print(f"{'MB':>6} " + " ".join(f"{name:>16}" for name in SHAPES) + "   (CPU µs per character)")
    for mb in args.sizes:
        chars = int(mb * 1e6 / 3)
        with batch_gc():
            cells = [us_per_char(build(base, chars)) for build in SHAPES.values()]
        print(f"{mb:6.1f} " + " ".join(f"{c:16.1f}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
