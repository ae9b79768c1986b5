"""``python -m shebao``: the same commands as the ``shebao`` script."""

from __future__ import annotations

import sys

from shebao.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
