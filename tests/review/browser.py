"""Chromium driven through its own command line: ``--dump-dom`` and ``--screenshot``.

No browser automation library: the system's ``chromium`` (Debian package
``chromium``) is run headless in a subprocess.  ``SHEBAO_CHROMIUM`` names
another binary.  Tests that need it are skipped when none is found.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--no-first-run", "--disable-extensions")
TIMEOUT = 180  # seconds; a stuck browser fails the test instead of hanging it


def chromium() -> str | None:
    """The browser binary, or None."""
    named = os.environ.get("SHEBAO_CHROMIUM")
    if named:
        return shutil.which(named)
    return next((found for name in NAMES if (found := shutil.which(name))), None)


def _run(binary: str, args: list[str], profile: Path) -> str:
    done = subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def dump_dom(binary: str, page: Path, profile: Path) -> str:
    """The DOM of ``page`` after load (scripts run), serialised by the browser."""
    return _run(binary, ["--dump-dom", page.resolve().as_uri()], profile)


def screenshot(binary: str, page: Path, png: Path, profile: Path,
               size: tuple[int, int] = (1400, 900)) -> None:
    _run(binary, [f"--window-size={size[0]},{size[1]}", f"--screenshot={png.resolve()}",
                  page.resolve().as_uri()], profile)
