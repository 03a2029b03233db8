"""Exporters, registered by format name and imported on first use.

Each exporter is ``write(ds: Dataset, path: Path, **options) -> None`` and writes
atomically. ``FORMATS`` maps a format name to ``(module:function, default file name)``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from rdflib import Dataset

from kg.errors import ExportError

FORMATS: dict[str, tuple[str, str]] = {
    "turtle": ("kg.export.rdf:write_turtle", "graph.ttl"),
    "trig": ("kg.export.rdf:write_trig", "graph.trig"),
    "nquads": ("kg.export.rdf:write_nquads", "graph.nq"),
    "ntriples": ("kg.export.rdf:write_ntriples", "graph.nt"),
    "jsonld": ("kg.export.rdf:write_jsonld", "graph.jsonld"),
    "html": ("kg.export.html:write_html", "graph.html"),
    "graphml": ("kg.export.graphml:write_graphml", "graph.graphml"),
    "gexf": ("kg.export.graphml:write_gexf", "graph.gexf"),
}

#: The RDF formats (every one of them is written by ``kg build``).
RDF_FORMATS: tuple[str, ...] = ("turtle", "trig", "nquads", "ntriples", "jsonld")

#: Formats ``kg build`` writes unless told otherwise.
BUILD_FORMATS: tuple[str, ...] = (*RDF_FORMATS, "html", "graphml", "gexf")


def exporter(name: str) -> Callable[..., None]:
    try:
        target, _ = FORMATS[name]
    except KeyError:
        raise ExportError(f"unknown export format {name!r}; choose one of {', '.join(sorted(FORMATS))}") from None
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)


def default_filename(name: str) -> str:
    return FORMATS[name][1]


def export(ds: Dataset, name: str, path: str | Path, **options) -> Path:
    path = Path(path)
    exporter(name)(ds, path, **options)
    return path
