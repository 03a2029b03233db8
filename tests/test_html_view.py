"""The networkx view the page and GraphML/GEXF are drawn from: article nodes, labels,
and the Python layout."""

from __future__ import annotations

import networkx as nx
from rdflib import RDFS, Literal, URIRef

from kg.analyze.view import MENTIONED_IN, layout, to_networkx
from kg.store.model import build_dataset
from test_html import small_graph


def test_articles_are_nodes_on_request():
    ds = build_dataset(small_graph())
    plain, with_articles = to_networkx(ds), to_networkx(ds, articles=True)
    assert {d["type"] for _, d in plain.nodes(data=True)} == {"Person", "Company", "EmployeeGroup",
                                                              "GovernmentAgency", "Product"}
    articles = {n: d for n, d in with_articles.nodes(data=True) if d["type"] == "Article"}
    assert set(articles) == {"https://kg.example.org/article/letter", "https://kg.example.org/article/walkout"}
    letter = articles["https://kg.example.org/article/letter"]
    assert (letter["label"], letter["date"], letter["url"]) == (
        "Staff letter on cloud contracts", "2019-06-01", "https://news.example.org/letter")
    mentions = {(s, o) for s, o, d in with_articles.edges(data=True) if d["predicate"] == MENTIONED_IN}
    assert ("https://kg.example.org/entity/rivet", "https://kg.example.org/article/walkout") in mentions
    assert with_articles.number_of_edges() - len(mentions) == plain.number_of_edges() == 5


def test_an_entity_with_two_labels_keeps_one_and_the_other_as_an_alias():
    ds = build_dataset(small_graph())
    ds.default_graph.add((URIRef("https://kg.example.org/entity/jordan-smith"), RDFS.label, Literal("JORDAN Smith")))
    node = to_networkx(ds).nodes["https://kg.example.org/entity/jordan-smith"]
    assert node["label"] == "Jordan Smith" and "JORDAN Smith" in node["aliases"]


def test_evidence_carries_article_metadata():
    G = to_networkx(build_dataset(small_graph()))
    d = G.get_edge_data("https://kg.example.org/entity/initech", "https://kg.example.org/entity/department-of-examples",
                        "contractsWith")
    assert d["confidence"] == 0.6
    assert [(e["article"], e["title"], e["date"]) for e in d["evidence"]] == [
        ("letter", "Staff letter on cloud contracts", "2019-06-01"), ("walkout", "Walkout at Initech", "2020-02-03")]


def test_layout_is_deterministic_and_spreads_nodes():
    for G in (nx.path_graph(30), nx.gnm_random_graph(800, 2400, seed=1)):
        G = nx.relabel_nodes(G, {i: f"n{i:04d}" for i in G})
        a, b = layout(G), layout(G.copy())
        assert a == b and set(a) == set(G)
        assert len(set(a.values())) == len(G)
        xs = [x for x, _ in a.values()]
        assert max(xs) - min(xs) > 100
    assert layout(nx.Graph()) == {}
