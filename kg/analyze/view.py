"""The graph as networkx: entities are nodes, core facts between entities are edges.

Node attributes: ``iri``, ``label``, ``type`` (ontology class local name), ``aliases``
(list), ``signatoryCount`` (list of ints, when stated). Edge attributes: ``predicate``,
``confidence``, ``evidence`` (list of dicts: ``sentence``, ``article``, ``title``, ``date``,
``url``, ``attribution``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx
from rdflib import Graph

from kg.store.namespace import KG
from kg.types import CORE_PREDICATES, ENTITY_TYPES, LITERAL_PREDICATES

_PREFIX = f"PREFIX kg: <{KG._NS}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" \
          "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n" \
          "PREFIX schema: <https://schema.org/>\n"


def _local(iri) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1] if "#" in s else s.rsplit("/", 1)[-1]


@dataclass
class GraphView:
    graph: nx.MultiDiGraph

    def degree_centrality(self) -> dict[str, float]:
        return nx.degree_centrality(nx.Graph(self.graph)) if len(self.graph) > 1 else {}

    def betweenness_centrality(self) -> dict[str, float]:
        return nx.betweenness_centrality(nx.Graph(self.graph)) if len(self.graph) > 2 else {}

    def most_connected(self, n: int = 10) -> list[tuple[str, str, int]]:
        """(label, type, degree) of the n actors with most facts, ties broken by label."""
        rows = [(d["label"], d["type"], self.graph.degree(node)) for node, d in self.graph.nodes(data=True)]
        return sorted(rows, key=lambda r: (-r[2], r[0]))[:n]


def to_networkx(g: Graph) -> nx.MultiDiGraph:
    """Build the entity graph from any rdflib Graph or Dataset that follows kg's model."""
    G = nx.MultiDiGraph()
    types = " ".join(f"kg:{t}" for t in ENTITY_TYPES)
    labels: dict[str, str] = {}
    for row in g.query(_PREFIX + f"""
        SELECT DISTINCT ?e ?type ?label WHERE {{
          VALUES ?type {{ {types} }}
          ?e a ?type ; rdfs:label ?label .
        }}"""):
        iri = str(row.e)
        node_type = _local(row.type)
        if iri in G:  # several types: keep the most specific (non-Organization) one
            if node_type == "Organization":
                continue
        G.add_node(iri, iri=iri, label=str(row.label), type=node_type, aliases=[], signatoryCount=[])
        labels[iri] = str(row.label)
    for row in g.query(_PREFIX + "SELECT DISTINCT ?e ?alias WHERE { ?e skos:altLabel ?alias }"):
        if str(row.e) in G:
            G.nodes[str(row.e)]["aliases"].append(str(row.alias))
    for node in G:
        G.nodes[node]["aliases"].sort()

    evidence: dict[str, list[dict]] = defaultdict(list)
    for row in g.query(_PREFIX + """
        SELECT DISTINCT ?f ?sentence ?article ?title ?date ?url ?attribution ?conf WHERE {
          ?f kg:hasEvidence ?ev .
          ?ev kg:sentence ?sentence ; kg:inArticle ?a .
          OPTIONAL { ?ev kg:confidence ?conf }
          OPTIONAL { ?a dcterms:identifier ?article }
          OPTIONAL { ?a dcterms:title ?title }
          OPTIONAL { ?a dcterms:date ?date }
          OPTIONAL { ?a schema:url ?url }
          OPTIONAL { ?ev kg:attributedTo ?att . ?att rdfs:label ?attribution }
        }"""):
        evidence[str(row.f)].append({
            "sentence": str(row.sentence),
            "article": str(row.article) if row.article is not None else _local(row.f),
            "title": str(row.title) if row.title is not None else None,
            "date": str(row.date) if row.date is not None else None,
            "url": str(row.url) if row.url is not None else None,
            "attribution": str(row.attribution) if row.attribution is not None else None,
            "confidence": float(row.conf) if row.conf is not None else None,
        })

    preds = " ".join(f"kg:{p}" for p in CORE_PREDICATES)
    rows = g.query(_PREFIX + f"""
        SELECT DISTINCT ?s ?p ?o ?f ?conf WHERE {{
          VALUES ?p {{ {preds} }}
          ?s ?p ?o .
          OPTIONAL {{ ?f a kg:Fact ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s ;
                       <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?p ;
                       <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o .
                     OPTIONAL {{ ?f kg:confidence ?conf }} }}
        }}""")
    for row in sorted(rows, key=lambda r: (str(r.s), str(r.p), str(r.o))):
        s, pred, o = str(row.s), _local(row.p), row.o
        if s not in G:
            continue
        if pred in LITERAL_PREDICATES:
            G.nodes[s]["signatoryCount"].append(int(o))
            continue
        if str(o) not in G:
            continue
        evs = sorted(evidence.get(str(row.f), []), key=lambda e: (e["article"], e["sentence"]))
        G.add_edge(s, str(o), key=pred, predicate=pred,
                   confidence=float(row.conf) if row.conf is not None else None, evidence=evs)
    for node in G:
        G.nodes[node]["signatoryCount"] = sorted(set(G.nodes[node]["signatoryCount"]))
    return G
