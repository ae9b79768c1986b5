"""The package type-checks: ``python -m mypy`` with the settings of pyproject.toml."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.paths import ROOT


@pytest.mark.slow
def test_typing_mypy_passes_on_the_package() -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (pip install '.[test]')")
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout + done.stderr
