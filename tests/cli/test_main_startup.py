"""Lazy imports: the parser, --version and every --help load none of the heavy libraries.

Checked in a fresh interpreter (the test session itself has them loaded):
what matters is which modules are imported, not how long it takes
(``benchmarks/startup.py`` measures the time).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from shebao.cli.main import COMMANDS
from tests.paths import ROOT

HEAVY = ("sklearn", "spacy", "jieba", "skops", "pyarrow", "openpyxl", "pypdfium2", "docx",
         "opencc", "numpy", "tqdm")

PROBE = """
import json, sys
from shebao.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = [m for m in {heavy!r} if m in sys.modules]
sys.stdout = sys.__stdout__
print("\\nHEAVY " + json.dumps(heavy))
"""


def _heavy_after(argv: list[str]) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *argv],
                          capture_output=True, text=True, env=env, timeout=120, check=True)
    line = [x for x in done.stdout.splitlines() if x.startswith("HEAVY ")][-1]
    return json.loads(line.removeprefix("HEAVY "))


@pytest.mark.parametrize("argv", [["--version"], ["--help"]], ids=["version", "help"])
def test_version_and_help_import_no_heavy_library(argv: list[str]) -> None:
    assert _heavy_after(argv) == []


def test_help_of_every_command_imports_no_heavy_library() -> None:
    probe = """
import contextlib, io, json, sys
from shebao.cli.main import COMMANDS, build_parser
for name in COMMANDS:
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            build_parser().parse_args([name, "--help"])
        except SystemExit:
            pass
print(json.dumps([m for m in {heavy!r} if m in sys.modules]))
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", probe.format(heavy=HEAVY)], capture_output=True,
                          text=True, env=env, timeout=120, check=True)
    assert json.loads(done.stdout.splitlines()[-1]) == [], sorted(COMMANDS)


def test_python_dash_m_shebao_answers_version() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-m", "shebao", "--version"], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("shebao ")
