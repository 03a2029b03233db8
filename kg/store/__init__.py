"""The only code that builds RDF terms: IRIs, the ontology namespace, provenance."""

from kg.store.model import DEFAULT_BASE_IRI, Iris, build_dataset, union_graph
from kg.store.namespace import KG, PREFIXES

__all__ = ["DEFAULT_BASE_IRI", "KG", "PREFIXES", "Iris", "build_dataset", "union_graph"]
