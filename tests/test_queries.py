"""The example queries of queries/: plain SPARQL 1.1 with their own PREFIX declarations, a
comment saying what they answer, a total ORDER BY; each runs through `kg query` on the
sample build and on a hand-made build where it must return rows, and gives the same rows in
Oxigraph over the union of the named graphs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib.plugins.sparql import prepareQuery

from kg.cli import main
from kg.store.io import load_graph
from tests.conftest import ROOT
from tests.test_export_rdf import handmade_kg

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
REQUIRED = {"petitions.rq", "contracts.rq", "signatory-counts.rq", "conflicting-claims.rq",
            "article-facts.rq", "most-connected.rq", "evidence.rq"}


def ids(paths):
    return [p.name for p in paths]


def run(graph: Path, query: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["query", str(graph), str(query), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def oxigraph_rows(trig: Path, text: str) -> list[list[str]]:
    store = ox.Store()
    store.load(path=str(trig), format=ox.RdfFormat.TRIG)
    return [[t.value if t is not None else "" for t in row]
            for row in store.query(text, use_default_graph_as_union=True)]


@pytest.fixture(scope="session")
def handmade_build(tmp_path_factory) -> Path:
    from kg.export import RDF_FORMATS, default_filename, export
    from kg.store.model import build_dataset

    out = tmp_path_factory.mktemp("handmade-queries")
    ds = build_dataset(handmade_kg())
    for name in RDF_FORMATS:
        export(ds, name, out / default_filename(name))
    return out


def test_the_query_collection():
    assert len(QUERIES) >= 8
    assert REQUIRED <= {p.name for p in QUERIES}


@pytest.mark.parametrize("path", QUERIES, ids=ids(QUERIES))
def test_query_is_documented_portable_sparql(path):
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# ") and len(lines[0]) > 20, "first line: a comment saying what it answers"
    # parses with no predeclared prefixes: every prefix is declared in the file
    parsed = prepareQuery(text)
    declared = set(re.findall(r"^PREFIX (\w+):", text, flags=re.M))
    body = "\n".join(l for l in lines if not l.startswith(("#", "PREFIX")))
    used = set(re.findall(r"\b([a-z]+):[A-Za-z]", re.sub(r'"[^"]*"|<[^>]*>', "", body)))
    assert used <= declared, used - declared
    # a total order: every selected column appears in the final ORDER BY
    columns = [str(v) for v in parsed.algebra["PV"]]
    order = text[text.rindex("ORDER BY"):]
    assert columns and all(re.search(rf"\?{c}\b", order) for c in columns), (columns, order)
    assert "SERVICE" not in text and "FROM" not in text  # plain queries over the default graph


@pytest.mark.parametrize("path", QUERIES, ids=ids(QUERIES))
def test_query_runs_on_the_sample_build(path, sample_build):
    rows = run(sample_build, path)
    assert isinstance(rows, list)


def test_evidence_query_gives_one_row_per_fact(sample_build, handmade_build):
    for build in (sample_build, handmade_build):
        ds = load_graph(build)
        facts = ds.query("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a kg:Fact }",
                         initNs={"kg": "https://w3id.org/kgnews/ontology#"})
        n = int(next(iter(facts))[0])
        rows = run(build, ROOT / "queries" / "evidence.rq")
        assert len(rows) == n
        assert all(set(r) == {"subject", "predicate", "object", "sentence", "article"} for r in rows)
        assert all(r["sentence"] and r["article"] for r in rows)
    assert len(handmade_kg().facts) == len(run(handmade_build, ROOT / "queries" / "evidence.rq"))


def test_articles_query_lists_every_sample_article(sample_build):
    rows = run(sample_build, ROOT / "queries" / "articles.rq")
    assert len(rows) == len(list((ROOT / "data" / "articles").iterdir()))


@pytest.mark.parametrize("path", QUERIES, ids=ids(QUERIES))
def test_query_returns_rows_on_the_handmade_build(path, handmade_build):
    for graph in (handmade_build, handmade_build / "graph.ttl", handmade_build / "graph.jsonld"):
        assert run(graph, path), f"{path.name} returned no rows on {graph.name}"


@pytest.mark.parametrize("path", QUERIES, ids=ids(QUERIES))
def test_oxigraph_gives_the_same_rows_in_the_same_order(path, handmade_build, sample_build):
    text = path.read_text(encoding="utf-8")
    for build in (handmade_build, sample_build):
        ours = [list(r.values()) for r in run(build, path)]
        assert oxigraph_rows(build / "graph.trig", text) == ours


def test_answers_on_the_handmade_build(handmade_build):
    q = ROOT / "queries"
    assert run(handmade_build, q / "conflicting-claims.rq") == [
        {"group": "Orchard Workers", "count": "450", "article": "orchard-one",
         "otherCount": "500", "otherArticle": "orchard-two"}]
    counts = run(handmade_build, q / "signatory-counts.rq")
    assert [(r["count"], r["article"], r["attributedTo"]) for r in counts] == [
        ("450", "orchard-one", "Daily Ledger"), ("500", "orchard-two", "")]
    assert run(handmade_build, q / "petitions.rq") == [
        {"petitioner": "Orchard Workers", "target": "Dana Reyes", "articles": "1"}]
    assert run(handmade_build, q / "contracts.rq") == [{"company": "Orchard Corp", "agency": "Department of Parks"}]
    top = run(handmade_build, q / "most-connected.rq")[0]
    assert top == {"actor": "Orchard Corp", "type": "Company", "degree": "5"}
    facts = run(handmade_build, q / "article-facts.rq")
    assert {r["article"] for r in facts} == {"orchard-two"} and len(facts) == 7
    assert run(handmade_build, q / "quotes.rq") == [
        {"speaker": "Dana Reyes", "quote": "We hear our workers.", "article": "orchard-one"}]
