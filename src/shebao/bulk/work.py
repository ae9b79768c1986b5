"""What a worker process does with one file; never raises.

``init_worker`` runs once per worker: it records the keys already in the
store and warms the pipeline's module-level caches (lexicons, patterns,
jieba, the spaCy pipeline) on a small text, so files pay only for themselves.

Each file runs within the per-file time budget (``limits``): a file over it
becomes an error row and the worker moves on.  A path refused by the walk,
or a file that is no regular file or too large, gets an error row keyed
``unreadable:`` (retried by the next run).  Paths in rows are written with
``shown_path`` (a name in any bytes stays storable).  Unusable cause models
are no file's fault: ``ModelError`` propagates (no file is stored as done
without its causes); ``init_worker`` meets it first.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from shebao.cause.models import ModelError
from shebao.ingest.errors import ReadError
from shebao.ingest.files import read_input
from shebao.ingest.walk import Refused, shown_path
from shebao.limits import OverBudget, time_budget
from shebao.pipeline import error_record, extract_document, extract_file
from shebao.records import Document
from shebao.store.rows import FileRows, error_rows, file_rows
from shebao.store.write import UNREADABLE

WARM_UP = "某县失业保险基金绩效评价报告\n（2020年度）\n一、基金收支情况\n本年基金收入910万元，较上年增长3.5%，累计结余120万元。\n"

_done: frozenset[str] = frozenset()


def init_worker(done: frozenset[str] = frozenset()) -> None:
    """Per-process set-up: skip list, and every lazy cache loaded once."""
    global _done
    _done = done
    extract_document(Document(path="<warm-up>", sha256="", text=WARM_UP, encoding="utf-8"))


def process(item: str | Path | Refused) -> FileRows:
    """The rows of one file, a skip note if its bytes are already stored, or an error row."""
    if isinstance(item, Refused):
        shown = shown_path(item.path)
        return error_rows(UNREADABLE + shown, shown, None, f"{shown}: {item.reason}",
                          replace=True)
    path, shown = str(item), shown_path(item)
    try:
        data = read_input(path)
    except ReadError as exc:
        return error_rows(UNREADABLE + shown, shown, None, str(exc), replace=True)
    sha = hashlib.sha256(data).hexdigest()
    if sha in _done:
        return FileRows(sha, shown, "skipped")
    try:
        with time_budget():
            return file_rows(extract_file(path), sha, shown, len(data))
    except OverBudget as exc:
        return file_rows([error_record(path, f"{shown}: {exc}", sha)], sha, shown, len(data))
    except ModelError:
        raise  # the whole run stops: see the module's docstring
    except Exception as exc:  # a bug anywhere must not stop the run
        reason = f"{shown}: internal error ({type(exc).__name__}: {exc})"
        return file_rows([error_record(path, reason, sha)], sha, shown, len(data))
