"""Counts by class and predicate, and the most connected actors."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, Graph

from kg.analyze.view import GraphView, _local, to_networkx
from kg.store.namespace import KG
from kg.types import CORE_PREDICATES


@dataclass(frozen=True)
class Stats:
    triples: int
    classes: list[tuple[str, int]]
    predicates: list[tuple[str, int]]
    most_connected: list[tuple[str, str, int]]


def graph_stats(g: Graph, top: int = 10) -> Stats:
    classes: dict[str, int] = {}
    for _, _, cls in g.triples((None, RDF.type, None)):
        if str(cls).startswith(str(KG._NS)):
            classes[_local(cls)] = classes.get(_local(cls), 0) + 1
    predicates = {}
    for name in CORE_PREDICATES:
        n = len(set(g.triples((None, KG[name], None))))
        if n:
            predicates[name] = n
    view = GraphView(to_networkx(g))
    return Stats(
        triples=len(g),
        classes=sorted(classes.items(), key=lambda kv: (-kv[1], kv[0])),
        predicates=sorted(predicates.items(), key=lambda kv: (-kv[1], kv[0])),
        most_connected=view.most_connected(top),
    )
