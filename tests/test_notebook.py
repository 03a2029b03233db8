"""The notebook runs top to bottom, so it cannot rot."""

from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from tests.conftest import ROOT


def test_tour_notebook_executes():
    path = ROOT / "notebooks" / "tour.ipynb"
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "petitioner" in outputs and "company" in outputs and "degree=" in outputs
    assert any(o.get("output_type") == "display_data" and "image/png" in o.get("data", {})
               for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
