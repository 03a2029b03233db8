"""Reading graphs back: a graph file in any RDF format kg writes, a build folder, or a
persistent store named ``oxigraph:PATH``."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.errors import GraphLoadError
from kg.store.backend import is_store_spec, store_dataset
from kg.store.model import new_dataset

#: File suffix -> rdflib parser name.
RDF_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}

#: Files of a build folder, best first: the first one present is read.
BUILD_FILES = ("graph.trig", "graph.nq", "graph.ttl")


def resolve_graph_path(path: str | Path) -> Path:
    """The graph file for a file or a build folder; raises GraphLoadError if none."""
    p = Path(path)
    if not p.exists():
        raise GraphLoadError(f"{path}: no such file or folder")
    if p.is_dir():
        for name in BUILD_FILES:
            if (p / name).is_file():
                return p / name
        raise GraphLoadError(f"{path}: not a build folder (no {', '.join(BUILD_FILES)}); run 'kg build' first")
    if p.suffix.lower() not in RDF_FORMATS:
        raise GraphLoadError(f"{path}: unknown graph format {p.suffix!r}; expected one of {', '.join(sorted(RDF_FORMATS))}")
    return p


def load_graph(path: str | Path) -> Dataset:
    """Load a graph file or build folder into a Dataset (named graphs kept where the format
    has them), or open a store spec ``oxigraph:PATH`` read-only. Queries see the union of
    all graphs."""
    if is_store_spec(str(path)):
        return store_dataset(str(path))
    p = resolve_graph_path(path)
    ds = new_dataset()
    ds.default_union = True
    try:
        ds.parse(p, format=RDF_FORMATS[p.suffix.lower()])
    except Exception as exc:  # rdflib raises many parser-specific exception types
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GraphLoadError(f"{path}: cannot parse as {RDF_FORMATS[p.suffix.lower()]}: {msg[:300]}") from None
    return ds
