"""Read-only networkx view of the RDF graph, and metrics over it."""

from kg.analyze.view import GraphView, to_networkx

__all__ = ["GraphView", "to_networkx"]
