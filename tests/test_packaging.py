"""The built wheel, installed in a fresh venv and run outside the clone, gives the clone's records."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.paths import EXAMPLES, ROOT

pytestmark = pytest.mark.slow  # builds a wheel and a venv

REPORT = "zhejiang-jiaxi-city-2022-all-funds-table-bom.txt"  # an example with several causes
TREE = ("pyproject.toml", "README.md", "MANIFEST.in", "setup.py", "buildtools", "src")


def _clean_env() -> dict[str, str]:
    """The environment without anything that points at this checkout or other models."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SHEBAO_MODELS")}


def _run(command: list, cwd: Path, env: dict | None = None) -> str:
    done = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-1000:] + done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of the package's sources (the checkout stays untouched)."""
    if importlib.util.find_spec("wheel") is None and importlib.util.find_spec(
            "setuptools.command.bdist_wheel") is None:
        pytest.skip("no bdist_wheel to build with (pip install '.[test]')")
    work = tmp_path_factory.mktemp("build")
    tree = work / "tree"
    for name in TREE:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=shutil.ignore_patterns(
                "__pycache__", "*.egg-info"))
        else:
            tree.mkdir(exist_ok=True)
            shutil.copy2(source, tree / name)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
          "-q", "-w", work / "dist", "."], cwd=tree)
    (found,) = (work / "dist").glob("shebao-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory) -> Path:
    """A venv that sees the system's libraries but holds its own shebao from the wheel."""
    folder = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--system-site-packages", folder], cwd=folder)
    _run([folder / "bin" / "python", "-m", "pip", "install", "-q", "--no-deps",
          "--force-reinstall", wheel], cwd=folder, env=_clean_env())
    return folder


def test_packaging_wheel_holds_the_models(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for model in ("cause_clauses", "cause_categories"):
        assert {f"shebao/models/{model}/model.skops", f"shebao/models/{model}/metadata.json",
                f"shebao/models/{model}/weights.npz", f"shebao/models/{model}/weights.json"} <= names


def _records(out: str) -> list[dict]:
    """Records as JSON, without the source path (it differs between the two runs)."""
    return [{k: v for k, v in json.loads(line).items() if k != "source"}
            for line in out.splitlines() if line.strip()]


def test_packaging_wheel_outside_the_clone_gives_the_clone_records(venv: Path,
                                                                   tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    shutil.copy2(EXAMPLES / REPORT, outside / REPORT)
    where = _run([venv / "bin" / "python", "-c", "import shebao; print(shebao.__file__)"],
                 cwd=outside, env=_clean_env())
    assert Path(where.strip()).is_relative_to(venv)  # the wheel's copy, not the checkout
    installed = _records(_run([venv / "bin" / "shebao", "extract", REPORT], cwd=outside,
                              env=_clean_env()))
    clone = _records(_run([sys.executable, "-m", "shebao", "extract", EXAMPLES / REPORT],
                          cwd=ROOT, env={**_clean_env(), "PYTHONPATH": str(ROOT / "src")}))
    assert [len(r["causes"]) for r in installed] != [0] * len(installed)
    assert installed == clone
