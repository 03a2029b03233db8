"""RDF serialisations."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.fsutil import atomic_path
from kg.store.model import union_graph


def write_turtle(ds: Dataset, path: Path, **_: object) -> None:
    """The union of all graphs as Turtle (facts, entities, labels, provenance)."""
    g = union_graph(ds)
    with atomic_path(path) as tmp:
        g.serialize(destination=tmp, format="turtle", encoding="utf-8")
