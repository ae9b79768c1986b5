"""Where the tests find the repository's files and the seed reports.

Used by ``tests/conftest.py`` and, where a list is needed at collection time
(``parametrize``), by the test modules themselves.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # the repository (or worktree)
SEEDS = ROOT.parent / "shared" / "seeds"  # the real seed reports, beside the repository
EXAMPLES = ROOT / "examples" / "reports"  # the bundled example reports
ANNOTATIONS = ROOT / "annotations"  # gold files: examples/, seeds/, causes/seeds/ …
