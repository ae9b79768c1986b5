"""The embedded store: an SQLite archive of files, reports, facts, flags,
causes and indicators.

``schema`` opens it (``ddl`` is its SQL, ``migrate`` brings an older one up
to date, ``errors`` says what is wrong with one), ``rows`` turns pipeline
records into table rows, ``write`` commits one file per transaction,
``query`` reads it back (substring search: ``search``).
"""

from shebao.store.schema import connect

__all__ = ["connect"]
