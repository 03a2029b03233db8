"""The graph as networkx: entities are nodes, core facts between entities are edges.

Node attributes: ``iri``, ``label``, ``type`` (ontology class local name), ``aliases``
(list), ``signatoryCount`` (list of ints, when stated). Edge attributes: ``predicate``,
``confidence``, ``evidence`` (list of dicts: ``sentence``, ``article``, ``title``, ``date``,
``url``, ``attribution``, ``confidence``). Edges are keyed by predicate.

With ``articles=True`` every ``kg:Article`` is a node too (``type`` ``"Article"``, ``label``
its title or identifier, plus ``identifier``, ``title``, ``date``, ``url``, ``source``), and
each entity has a ``mentionedIn`` edge to every article it is mentioned in.

``layout`` gives every node a deterministic 2-D position (a seeded spring layout; a
sampled-repulsion force layout, numpy only, for large graphs).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from math import sqrt

import networkx as nx
import numpy as np
from rdflib import Dataset, Graph

from kg.store.model import union_graph
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


#: Edge predicate linking an entity to an article node (``to_networkx(g, articles=True)``).
MENTIONED_IN = "mentionedIn"


def to_networkx(g: Graph, articles: bool = False) -> nx.MultiDiGraph:
    """Build the entity graph from any rdflib Graph or Dataset that follows kg's model;
    with ``articles=True`` articles are nodes too (see the module docstring)."""
    if isinstance(g, Dataset) and not g.default_union:
        g = union_graph(g)
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
    if articles:
        _add_articles(g, G)
    return G


def _add_articles(g: Graph, G: nx.MultiDiGraph) -> None:
    entities = set(G)
    for row in g.query(_PREFIX + """
        SELECT ?a (SAMPLE(?id_) AS ?id) (SAMPLE(?title_) AS ?title) (SAMPLE(?date_) AS ?date)
               (SAMPLE(?url_) AS ?url) (SAMPLE(?source_) AS ?source) WHERE {
          ?a a kg:Article .
          OPTIONAL { ?a dcterms:identifier ?id_ }
          OPTIONAL { ?a dcterms:title ?title_ }
          OPTIONAL { ?a dcterms:date ?date_ }
          OPTIONAL { ?a schema:url ?url_ }
          OPTIONAL { ?a kg:source ?source_ }
        } GROUP BY ?a"""):
        iri = str(row.a)
        if iri in entities:
            continue
        ident = str(row.id) if row.id is not None else _local(iri)
        title = str(row.title) if row.title is not None else None
        G.add_node(iri, iri=iri, label=title or ident, type="Article", aliases=[], signatoryCount=[],
                   identifier=ident, title=title, date=str(row.date) if row.date is not None else None,
                   url=str(row.url) if row.url is not None else None,
                   source=str(row.source) if row.source is not None else None)
    pairs = {(str(e), str(a)) for e, a in g.subject_objects(KG.mentionedIn)}
    for e, a in sorted(pairs):
        if e in entities and a in G and G.nodes[a]["type"] == "Article":
            G.add_edge(e, a, key=MENTIONED_IN, predicate=MENTIONED_IN, confidence=None, evidence=[])


def layout(G: nx.Graph, seed: int = 7, scale: float | None = None) -> dict[str, tuple[float, float]]:
    """A deterministic 2-D position for every node of G, centred on 0 and spread over about
    ``scale`` units (default: grows with the square root of the node count).

    Graphs below 500 nodes get networkx's seeded ``spring_layout``; larger ones a
    Fruchterman-Reingold layout whose repulsion is estimated from a fixed random sample of
    other nodes each round, so one round costs O(nodes + edges) and 5,000 nodes with
    20,000 edges are laid out in about a second.
    """
    nodes = sorted(G)
    n = len(nodes)
    if scale is None:
        scale = 60.0 * sqrt(max(n, 1)) + 100.0
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    edges = sorted({(u, v) if u <= v else (v, u) for u, v in G.edges() if u != v})
    if n < 500:
        H = nx.Graph()
        H.add_nodes_from(nodes)
        H.add_edges_from(edges)
        pos = nx.spring_layout(H, seed=seed, iterations=100, method="force")
        arr = np.array([pos[v] for v in nodes], dtype=float)
    else:
        index = {v: i for i, v in enumerate(nodes)}
        pairs = np.array([(index[u], index[v]) for u, v in edges], dtype=np.int64).reshape(-1, 2)
        arr = _sampled_force_layout(n, pairs, seed)
    arr -= arr.mean(axis=0)
    span = float(np.abs(arr).max()) or 1.0
    arr *= scale / (2 * span)
    return {v: (round(float(x), 2), round(float(y), 2)) for v, (x, y) in zip(nodes, arr)}


def _sampled_force_layout(n: int, pairs: np.ndarray, seed: int, rounds: int = 150,
                          samples: int = 24) -> np.ndarray:
    """Fruchterman-Reingold with sampled repulsion and a weak pull to the centre (which
    keeps isolated nodes and small components near the rest)."""
    rng = np.random.default_rng(seed)
    side = sqrt(n)
    k = 1.0  # ideal edge length; the layout spans about sqrt(n) * k
    pos = rng.random((n, 2)) * side
    degree = np.bincount(pairs.ravel(), minlength=n).astype(float) if len(pairs) else np.zeros(n)
    temperature = side / 8
    cool = temperature / (rounds + 1)
    weight = (n - 1) / samples
    for _ in range(rounds):
        others = rng.integers(0, n, size=(n, samples))
        delta = pos[:, None, :] - pos[others]
        dist2 = np.einsum("ijk,ijk->ij", delta, delta) + 1e-4
        disp = np.einsum("ijk,ij->ik", delta, (k * k) / dist2) * weight / side
        if len(pairs):
            d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            length = np.sqrt(np.einsum("ij,ij->i", d, d)) + 1e-9
            pull = d * (length / k)[:, None]
            np.subtract.at(disp, pairs[:, 0], pull)
            np.add.at(disp, pairs[:, 1], pull)
        centre = pos.mean(axis=0)
        disp -= (pos - centre) * (0.3 + 0.05 * degree)[:, None]
        length = np.sqrt(np.einsum("ij,ij->i", disp, disp)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cool
    return pos
