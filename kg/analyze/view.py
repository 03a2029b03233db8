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
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS

from kg.store.namespace import KG, SCHEMA
from kg.types import CORE_PREDICATES, ENTITY_TYPES, LITERAL_PREDICATES

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
    with ``articles=True`` articles are nodes too (see the module docstring).

    Reads by triple pattern (no SPARQL joins), so it stays linear in the graph's size."""
    if isinstance(g, Dataset) and not g.default_union:
        # read the union of all named graphs without copying them
        g.default_union = True
        try:
            return to_networkx(g, articles=articles)
        finally:
            g.default_union = False
    G = nx.MultiDiGraph()
    types: dict[URIRef, set[str]] = defaultdict(set)
    for t in ENTITY_TYPES:
        for e in g.subjects(RDF.type, KG[t]):
            types[e].add(t)
    for e in sorted(types, key=str):
        # several labels: the least shouty spelling is the label, the others are aliases
        labels = sorted({str(x) for x in g.objects(e, RDFS.label)}, key=lambda x: (sum(map(str.isupper, x)), x))
        if not labels:
            continue
        # several types: keep the most specific (non-Organization) one
        specific = [t for t in ENTITY_TYPES if t in types[e] and t != "Organization"]
        node_type = specific[0] if specific else "Organization"
        aliases = {str(a) for a in g.objects(e, SKOS.altLabel)} | set(labels[1:])
        G.add_node(str(e), iri=str(e), label=labels[0], type=node_type, aliases=sorted(aliases), signatoryCount=[])

    articles_meta: dict[URIRef, dict] = {}

    def article_meta(a: URIRef) -> dict:
        if a not in articles_meta:
            articles_meta[a] = {
                "article": _first(g.objects(a, DCTERMS.identifier)),
                "title": _first(g.objects(a, DCTERMS.title)),
                "date": _first(g.objects(a, DCTERMS.date)),
                "url": _first(g.objects(a, SCHEMA.url)),
            }
        return articles_meta[a]

    facts: dict[tuple, URIRef] = {}
    for f in g.subjects(RDF.type, KG.Fact):
        key = (_first_term(g.objects(f, RDF.subject)), _first_term(g.objects(f, RDF.predicate)),
               _first_term(g.objects(f, RDF.object)))
        if None not in key and (key not in facts or str(f) < str(facts[key])):
            facts[key] = f

    def evidence_of(f: URIRef) -> list[dict]:
        seen: set[tuple] = set()
        out = []
        for ev in g.objects(f, KG.hasEvidence):
            conf = _first_term(g.objects(ev, KG.confidence))
            attribution = sorted(str(lbl) for att in g.objects(ev, KG.attributedTo)
                                 for lbl in g.objects(att, RDFS.label))
            for a in g.objects(ev, KG.inArticle):
                meta = article_meta(a)
                for sentence in g.objects(ev, KG.sentence):
                    item = {
                        "sentence": str(sentence),
                        "article": meta["article"] if meta["article"] is not None else _local(f),
                        "title": meta["title"], "date": meta["date"], "url": meta["url"],
                        "attribution": attribution[0] if attribution else None,
                        "confidence": float(conf) if conf is not None else None,
                    }
                    key = tuple(item.values())
                    if key not in seen:
                        seen.add(key)
                        out.append(item)
        return sorted(out, key=lambda e: (e["article"], e["sentence"]))

    for pred in CORE_PREDICATES:
        p = KG[pred]
        for s_term, o_term in sorted(set(g.subject_objects(p)), key=lambda so: (str(so[0]), str(so[1]))):
            s = str(s_term)
            if s not in G:
                continue
            if pred in LITERAL_PREDICATES:
                try:
                    G.nodes[s]["signatoryCount"].append(int(o_term))
                except (TypeError, ValueError):
                    pass
                continue
            if str(o_term) not in G:
                continue
            f = facts.get((s_term, p, o_term))
            conf = _first_term(g.objects(f, KG.confidence)) if f is not None else None
            G.add_edge(s, str(o_term), key=pred, predicate=pred,
                       confidence=float(conf) if conf is not None else None,
                       evidence=evidence_of(f) if f is not None else [])
    for node in G:
        G.nodes[node]["signatoryCount"] = sorted(set(G.nodes[node]["signatoryCount"]))
    if articles:
        _add_articles(g, G)
    return G


def _first_term(values):
    items = sorted(values, key=str)
    return items[0] if items else None


def _first(values) -> str | None:
    term = _first_term(values)
    return str(term) if term is not None else None


def _add_articles(g: Graph, G: nx.MultiDiGraph) -> None:
    entities = set(G)
    for a in sorted(set(g.subjects(RDF.type, KG.Article)), key=str):
        iri = str(a)
        if iri in entities:
            continue
        ident = _first(g.objects(a, DCTERMS.identifier)) or _local(iri)
        title = _first(g.objects(a, DCTERMS.title))
        G.add_node(iri, iri=iri, label=title or ident, type="Article", aliases=[], signatoryCount=[],
                   identifier=ident, title=title, date=_first(g.objects(a, DCTERMS.date)),
                   url=_first(g.objects(a, SCHEMA.url)), source=_first(g.objects(a, KG.source)))
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
    20,000 edges are laid out in a few seconds.
    """
    nodes = sorted(G)
    n = len(nodes)
    if scale is None:
        scale = 90.0 * sqrt(max(n, 1)) + 100.0
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


def _sampled_force_layout(n: int, pairs: np.ndarray, seed: int, rounds: int = 120,
                          samples: int = 16) -> np.ndarray:
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
            for axis in (0, 1):
                disp[:, axis] += np.bincount(pairs[:, 1], pull[:, axis], minlength=n)
                disp[:, axis] -= np.bincount(pairs[:, 0], pull[:, axis], minlength=n)
        centre = pos.mean(axis=0)
        disp -= (pos - centre) * (0.3 + 0.05 * degree)[:, None]
        length = np.sqrt(np.einsum("ij,ij->i", disp, disp)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cool
    return pos
