"""The installable package carries the files kg reads at run time, and states its public
console script."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_wheel_ships_gazetteer_ontology_shapes_sample_and_gold(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    [wheel] = tmp_path.glob("kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("kg/data/gazetteer.jsonl", "kg/ontology/kg.ttl", "kg/ontology/shapes.ttl",
                   "kg/data/gold/triples.jsonl", "kg/data/gold/entities.jsonl", "kg/data/gold/GUIDELINES.md"):
        assert needed in names, needed
    assert len([n for n in names if n.startswith("kg/data/articles/")]) == len(list((ROOT / "data" / "articles").iterdir()))
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "kg = kg.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_resources_resolve_to_existing_files():
    from kg.resources import data_path, ontology_path

    assert data_path("gazetteer.jsonl").is_file()
    assert ontology_path("shapes.ttl").is_file()
