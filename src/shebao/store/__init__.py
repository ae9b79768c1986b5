"""The embedded store: an SQLite archive of files, reports, facts, flags,
causes and indicators.

``schema`` creates it, ``rows`` turns pipeline records into table rows,
``write`` commits one file per transaction, ``words`` segments Chinese for
full-text search, ``query`` reads it back.
"""

from shebao.store.schema import connect

__all__ = ["connect"]
