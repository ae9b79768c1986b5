"""``notebooks/archive_walkthrough.ipynb``: committed without outputs, and it runs from start to end.

The notebook is executed with nbclient in a temporary working folder, its
parameters cell pointed at the example reports; the kernel imports the same
shebao as this test (``PYTHONPATH``) and draws with matplotlib's Agg backend.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import shebao
from tests.paths import EXAMPLES, ROOT

nbformat = pytest.importorskip("nbformat")

NOTEBOOK = ROOT / "notebooks" / "archive_walkthrough.ipynb"


def _read():
    return nbformat.read(NOTEBOOK, as_version=4)


def _parameters(nb):
    (cell,) = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    return cell


def test_notebook_is_committed_without_outputs() -> None:
    nb = _read()
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(c.outputs == [] and c.execution_count is None for c in code)


def test_notebook_parameters_cell_names_reports_workdir_and_fund() -> None:
    source = _parameters(_read()).source
    assert all(f"{name} =" in source for name in ("REPORTS", "WORKDIR", "FUND"))


def _outputs(nb) -> str:
    """Every text and HTML output of the executed notebook, joined."""
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            data = out.get("data", {})
            parts += [data.get("text/html", ""), data.get("text/plain", "")]
    return "\n".join(p if isinstance(p, str) else "".join(p) for p in parts)


@pytest.mark.slow
def test_notebook_runs_and_shows_causes_chart_and_flags(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("matplotlib")
    pytest.importorskip("ipykernel")
    src = str(Path(shebao.__file__).resolve().parents[1])
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [src, *filter(None, [os.environ.get("PYTHONPATH")])]))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = _read()
    _parameters(nb).source = (f"from pathlib import Path\nREPORTS = Path({str(EXAMPLES)!r})\n"
                              f"WORKDIR = Path({str(tmp_path)!r})\nFUND = 'enterprise_pension'\n")
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # a failing cell raises CellExecutionError
    shown = _outputs(nb)
    assert (tmp_path / "archive.sqlite").is_file()
    assert (tmp_path / "enterprise_pension.png").stat().st_size > 1000
    assert "broken-scan.txt" in shown and "error" in shown  # the unreadable file is listed
    assert "headcount" in shown and "decrease" in shown  # the causes tables
    assert "沂北县" in shown and "嘉溪市" in shown  # regions of the chart's rows
    assert "-2592.57万元" in shown  # a flag's suggestion in the flags table
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 1
    assert 'class="spans"' in shown  # displaCy drew the flagged report
    assert not list(ROOT.joinpath("notebooks").glob("*.sqlite"))  # nothing written beside it
