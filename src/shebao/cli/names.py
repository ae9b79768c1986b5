"""Names the parser needs before any work: export formats and tables, series filters.

Kept here, free of imports, so that ``shebao --help`` and ``shebao CMD
--help`` do not load the store, the exporters or their libraries; a test
checks that each list equals the one of the module that uses it.
"""

from __future__ import annotations

EXPORT_FORMATS = ("csv", "parquet", "xlsx", "jsonl")  # shebao.export.formats.FORMATS
EXPORT_TABLES = ("facts", "causes", "flags", "indicators", "reports")  # shebao.export.table
SERIES_FILTERS = ("region", "fund", "metric", "account", "basis", "measure",
                  "period")  # shebao.store.series.FILTERS
