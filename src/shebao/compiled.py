"""The compiled build: the modules ``SHEBAO_COMPILE=1 pip install .`` compiles.

The modules below run the extraction's inner loops (normalise, segment,
tag, link, the checks, the cause features and the JSON Lines writer).
With ``SHEBAO_COMPILE=1`` in the environment, ``setup.py`` compiles them
with mypyc (the compiler that ships with mypy: the same source, its type
annotations enforced at run time) into C extensions installed beside the
Python files, which Python then imports instead.  Without it, the
package is pure Python, as before; both builds give the same records
(``tests/test_compiled_records.py`` builds one and compares them).

Left out: ``quickinit`` and ``link.makers`` (they rewrite a class's
``__init__``), ``link.lazy`` (a descriptor), ``records`` (pickled for the
bulk workers), the spaCy factories, and what runs once per run (commands,
training, the store, the exporters).  The classes those two rebuild, and
the sentence view with its lazy attributes, are compiled in their modules
but stay Python classes: they are marked ``mypyc_attr(native_class=False)``
(``quickinit.mypyc_attr``).

This module is read by ``setup.py`` without importing the package, so it
holds plain literals only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

MODULES: tuple[str, ...] = (
    # --- normalise
    "normalise/breaks", "normalise/chars", "normalise/grid", "normalise/html",
    "normalise/join", "normalise/lines", "normalise/noise", "normalise/offsets",
    "normalise/pages", "normalise/patterns", "normalise/script", "normalise/spaces",
    "normalise/structure",
    # --- segment
    "segment/columns", "segment/cues", "segment/genre", "segment/headings", "segment/lines",
    "segment/meta", "segment/pipeline", "segment/regions", "segment/reports",
    "segment/selfeval", "segment/selfeval_cues", "segment/selfeval_indicators",
    "segment/selfeval_rows", "segment/sentences", "segment/tables", "segment/webtables",
    # --- tag
    "tag/apply", "tag/figure_patterns", "tag/figures", "tag/lead", "tag/needs",
    "tag/numbers", "tag/pairs", "tag/terms",
    # --- link
    "link/baseyear", "link/budget", "link/chain", "link/clauses", "link/columns",
    "link/confidence_model", "link/context", "link/cues", "link/facts", "link/family",
    "link/headings", "link/metric_words", "link/model", "link/names", "link/periods",
    "link/report", "link/respectively", "link/sentence", "link/statements", "link/steps",
    "link/tables", "link/years",
    # --- check
    "check/counts", "check/cues", "check/digit_search", "check/duplicates", "check/facts",
    "check/fixes", "check/indicators", "check/intervals", "check/jumps", "check/magnitude",
    "check/part_sums", "check/peers", "check/relation", "check/relations", "check/report",
    "check/restated", "check/run", "check/solve", "check/statements", "check/trials",
    # --- cause
    "cause/anchors", "cause/before", "cause/categories", "cause/classify", "cause/clauses",
    "cause/cues", "cause/extent", "cause/features", "cause/linear", "cause/link",
    "cause/ngrams", "cause/report", "cause/score", "cause/statement",
    # --- export
    "export/jsonl",
    # --- shared by the stages
    "confidence", "jsonrows", "jsonvalue", "limits", "scan", "stdre", "units",
)


def build(package: Path | None = None) -> str:
    """Which build this installation (or the ``package`` folder) is: "compiled
    (N of M modules)" when extensions of the modules above lie beside their
    sources, else "pure Python"."""
    from importlib.machinery import EXTENSION_SUFFIXES
    from pathlib import Path

    here = package or Path(__file__).resolve().parent
    found = sum(any((here / f"{name}{suffix}").exists() for suffix in EXTENSION_SUFFIXES)
                for name in MODULES)
    return f"compiled ({found} of {len(MODULES)} modules)" if found else "pure Python"
