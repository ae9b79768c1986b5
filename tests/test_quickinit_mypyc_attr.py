"""``quickinit.mypyc_attr``: the mark that keeps a record class a Python class in
the compiled build changes nothing at run time, with or without mypy installed."""

from __future__ import annotations

import os
import subprocess
import sys

from shebao.quickinit import mypyc_attr
from tests.paths import ROOT

PROBE = """
import sys
sys.modules["mypy_extensions"] = None  # as where mypy is not installed
from shebao.quickinit import mypyc_attr
class Rec:
    pass
print(mypyc_attr(native_class=False)(Rec) is Rec)
"""


def test_quickinit_mypyc_attr_returns_the_class() -> None:
    class Rec:
        pass

    assert mypyc_attr(native_class=False)(Rec) is Rec


def test_quickinit_mypyc_attr_without_mypy_returns_the_class() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"
