"""notebooks/explore.ipynb runs top to bottom (nbclient, a real Jupyter kernel), so it cannot rot."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"
REPO = NOTEBOOK.parent.parent

nbformat = pytest.importorskip("nbformat", reason="pip install -e '.[test]' (nbformat)")
nbclient = pytest.importorskip("nbclient", reason="pip install -e '.[test]' (nbclient)")
pytest.importorskip("ipykernel", reason="pip install -e '.[test]' (ipykernel)")


def test_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code), \
        "commit the notebook without outputs (Kernel → Restart & Clear Output)"
    assert nb.cells[0].cell_type == "markdown"


def test_runs_top_to_bottom(tmp_path, monkeypatch):
    # the kernel imports this checkout, whether or not the package is installed
    monkeypatch.setenv("PYTHONPATH", str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()                        # raises CellExecutionError on the first failing cell
    text, html = [], []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error", out
            if out.output_type == "stream":
                assert out.name == "stdout", out.text
                text.append(out.text)
            data = out.get("data", {})
            text.append(data.get("text/plain", ""))
            html.append(data.get("text/html", ""))
    printed = "".join(text)
    assert "built 5 documents" in printed
    for name in ("华东医药", "半山生命健康谷", "华东医药生命科学产业园", "腾讯 → 拱墅区", "did you mean 生命健康"):
        assert name in printed, name
    assert any(h.startswith("<iframe srcdoc=") for h in html)      # the inline network
    # indicators: 2023's GDP of document 002, the charts inline; a project's timeline
    assert "2091.5亿元 (209150000000 CNY)" in printed and "002_aa8e2dd3bf96fdae.txt#8" in printed
    assert any("kg-chart" in h for h in html)
    assert "2021       开工 done" in printed and "26亿元 (2600000000 CNY)" in printed
    assert not list(tmp_path.iterdir())                             # nothing left in the working folder
