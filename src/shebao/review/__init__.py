"""The review page: each report's text with its facts, flags and causes in place.

:func:`gather` reads report files, ``shebao extract`` JSON Lines and stores
into :class:`ReviewItem` s (a record as JSON and its source text);
:func:`write_site` writes one self-contained HTML page per report and an
``index.html``.  Used by ``shebao review``.
"""

from __future__ import annotations

from shebao.review.gather import ReviewItem, gather
from shebao.review.site import Entry, write_site

__all__ = ["Entry", "ReviewItem", "gather", "write_site"]
