"""The compiled build (``SHEBAO_COMPILE=1``, mypyc) gives the pure-Python build's records.

Two copies of the package's sources: one left as it is, one built by
``setup.py build_ext --inplace`` with ``SHEBAO_COMPILE=1``.  A child
process per copy extracts every example, annotated report and seed (when
present) twice, whole and facts only (cold and warm text caches), and
writes the records as JSON Lines; the two outputs must be equal byte for
byte.  Skipped where mypyc or a C compiler is missing.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from shebao import compiled
from tests.paths import ANNOTATIONS, EXAMPLES, ROOT, SEEDS

pytestmark = pytest.mark.slow  # compiles about eighty modules

TREE = ("pyproject.toml", "README.md", "MANIFEST.in", "setup.py", "buildtools", "src")
SKIP = shutil.ignore_patterns("*.so", "*.pyd", "__pycache__", "*.egg-info", "build")

CHILD = """
import io, sys
from pathlib import Path
from shebao import compiled
from shebao.export.jsonl import write_jsonl
from shebao.ingest.read import ReadError, read_document
from shebao.pipeline import Stages, extract_document
from shebao.runtime import batch_gc

out = open(sys.argv[1], "w", encoding="utf-8")
out.write(compiled.build() + "\\n")
with batch_gc():
    for round_ in (1, 2):
        for stages in (None, Stages(checks=False, causes=False)):
            for path in sys.argv[2:]:
                out.write(f"# {round_} {stages} {path}\\n")
                try:
                    doc = read_document(Path(path))
                except ReadError as e:
                    out.write(f"read error: {e}\\n")
                    continue
                records = extract_document(doc) if stages is None else extract_document(doc, stages)
                buf = io.StringIO()
                write_jsonl(records, buf)
                out.write(buf.getvalue())
out.close()
"""


def documents() -> list[Path]:
    found = sorted(EXAMPLES.glob("*.txt")) + sorted(ANNOTATIONS.glob("*/*/*.txt"))
    return found + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])


def _copy(to: Path) -> Path:
    to.mkdir(parents=True)
    for name in TREE:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, to / name, ignore=SKIP)
        else:
            shutil.copy2(source, to / name)
    return to


def _env(src: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SHEBAO_MODELS")}
    if src is not None:
        env["PYTHONPATH"] = str(src)
    return env


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> tuple[Path, Path]:
    """(the pure copy's src, the compiled copy's src)."""
    if importlib.util.find_spec("mypyc") is None:
        pytest.skip("mypyc (part of mypy) is not installed")
    if shutil.which(sysconfig.get_config_var("CC").split()[0] or "cc") is None:
        pytest.skip("no C compiler")
    base = tmp_path_factory.mktemp("builds")
    pure, built = _copy(base / "pure"), _copy(base / "compiled")
    done = subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"],
                          cwd=built, env={**_env(), "SHEBAO_COMPILE": "1"},
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return pure / "src", built / "src"


def _records(src: Path, out: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(out), *map(str, documents())],
                          env=_env(src), capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-3000:]
    return out.read_text(encoding="utf-8").splitlines()


def test_compiled_build_gives_the_pure_records(builds, tmp_path) -> None:
    pure_src, compiled_src = builds
    pure = _records(pure_src, tmp_path / "pure.jsonl")
    built = _records(compiled_src, tmp_path / "compiled.jsonl")
    assert pure[0] == "pure Python"
    assert built[0] == f"compiled ({len(compiled.MODULES)} of {len(compiled.MODULES)} modules)"
    assert len(pure) == len(built)
    differ = [k for k, (a, b) in enumerate(zip(pure[1:], built[1:]), 1) if a != b]
    if differ:
        where = next((line for line in reversed(pure[:differ[0]]) if line.startswith("# ")), "")
        pytest.fail(f"{len(differ)} lines differ, the first in {where}")
    assert sum('"status": "ok"' in line for line in built) > len(documents())
