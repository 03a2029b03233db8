"""kg load into real SPARQL servers — Oxigraph and Virtuoso — and the example queries of
``queries/`` answering the same there as ``kg query`` does on the files."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store.backend import read_source
from kg.store.remote import Endpoint, graphs_of, select
from tests.servers import QUERIES, OxigraphServer, VirtuosoServer, endpoint_rows, kg_query_rows

QUERY_IDS = [q.stem for q in QUERIES]
BULK_GRAPH = "urn:kg-test:bulk-turtle"


def test_the_example_queries_exist():
    assert "evidence" in QUERY_IDS, f"queries/evidence.rq is missing; found {QUERY_IDS}"


def invoke(*args: str, env: dict | None = None):
    result = CliRunner().invoke(main, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.output


def count_triples(endpoint: Endpoint, params) -> int:
    _, rows = select(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", params)
    return int(rows[0]["n"]["value"])


# ----------------------------------------------------------------------------- Oxigraph
@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory):
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph-server"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def oxigraph_loaded(oxigraph, sample_build):
    out = invoke("load", str(sample_build), "--endpoint", oxigraph.url)
    assert out.startswith("Loaded ")
    return Endpoint(oxigraph.url)


UNION = [("union-default-graph", "")]


@pytest.mark.parametrize("query_file", QUERIES, ids=QUERY_IDS)
def test_oxigraph_answers_like_the_files(oxigraph_loaded, sample_build, query_file):
    names, expected = kg_query_rows(sample_build, query_file)
    got_names, bindings = select(oxigraph_loaded, query_file.read_text(encoding="utf-8"), UNION)
    assert got_names == names
    assert endpoint_rows(names, bindings) == expected


def test_oxigraph_holds_one_graph_per_article_plus_the_shared_graph(oxigraph_loaded, sample_build):
    expected = {name: n for name, _, n in graphs_of(read_source(sample_build))}
    _, rows = select(oxigraph_loaded, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert {r["g"]["value"]: int(r["n"]["value"]) for r in rows} == expected
    assert "https://kg.example.org/graph/kg/default" in expected
    assert count_triples(oxigraph_loaded, []) == 0, "the server's default graph is left alone"


def test_oxigraph_reload_does_not_duplicate(oxigraph_loaded, sample_build):
    before = count_triples(oxigraph_loaded, UNION)
    assert before > 0
    invoke("load", str(sample_build), "--endpoint", oxigraph_loaded.url)
    assert count_triples(oxigraph_loaded, UNION) == before
    invoke("load", str(sample_build / "graph.nq"), "--endpoint", oxigraph_loaded.url, "--method", "update")
    assert count_triples(oxigraph_loaded, UNION) == before


def test_load_errors_are_one_line(oxigraph, sample_build, tmp_path):
    from kg.serve import free_port

    cases = [
        (["--endpoint", f"http://127.0.0.1:{free_port()}"], "cannot reach"),
        (["--endpoint", oxigraph.url, "--store-path", "/no-such-service"], "HTTP 404"),
        (["--endpoint", "ftp://example.org"], "not an http(s) URL"),
        (["--endpoint", oxigraph.url, "--password", "x"], "needs a user"),
    ]
    for options, fragment in cases:
        result = CliRunner().invoke(main, ["load", str(sample_build), *options], env={"KG_ENDPOINT_USER": ""})
        assert result.exit_code == 1, result.output
        assert fragment in result.output and "Traceback" not in result.output, result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["load", str(bad), "--endpoint", oxigraph.url])
    assert result.exit_code == 1 and "cannot parse" in result.output, result.output


# ----------------------------------------------------------------------------- Virtuoso
@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def virtuoso_loaded(virtuoso, sample_build):
    """The sample build loaded with kg load (Graph Store Protocol, Digest auth as dba with
    the password from the environment) and graph.ttl with Virtuoso's bulk loader."""
    env = {"KG_ENDPOINT_PASSWORD": virtuoso.password}
    invoke("load", str(sample_build), "--endpoint", virtuoso.url, "--store-path", "/sparql-graph-crud-auth",
           "--user", "dba", env=env)
    virtuoso.bulk_load(sample_build / "graph.ttl", BULK_GRAPH)
    return Endpoint(virtuoso.url, query_path="/sparql", store_path="/sparql-graph-crud-auth", user="dba",
                    password=virtuoso.password)


def kg_graphs(sample_build) -> list[str]:
    return [name for name, _, _ in graphs_of(read_source(sample_build))]


def dataset_params(default_graphs, named_graphs=()) -> list[tuple[str, str]]:
    """SPARQL protocol parameters naming the query's dataset exactly (Virtuoso also holds
    its own system graphs and, here, a second copy of the data)."""
    return [*(("default-graph-uri", g) for g in default_graphs), *(("named-graph-uri", g) for g in named_graphs)]


@pytest.mark.parametrize("query_file", QUERIES, ids=QUERY_IDS)
def test_virtuoso_kg_load_answers_like_the_files(virtuoso_loaded, sample_build, query_file):
    graphs = kg_graphs(sample_build)
    names, expected = kg_query_rows(sample_build, query_file)
    articles = [g for g in graphs if not g.endswith("/graph/kg/default")]
    got_names, bindings = select(virtuoso_loaded, query_file.read_text(encoding="utf-8"),
                                 dataset_params(graphs, articles))
    assert got_names == names
    assert endpoint_rows(names, bindings) == expected


@pytest.mark.parametrize("query_file", QUERIES, ids=QUERY_IDS)
def test_virtuoso_bulk_loaded_turtle_answers_like_the_file(virtuoso_loaded, sample_build, query_file):
    names, expected = kg_query_rows(sample_build / "graph.ttl", query_file)
    got_names, bindings = select(virtuoso_loaded, query_file.read_text(encoding="utf-8"),
                                 dataset_params([BULK_GRAPH]))
    assert got_names == names
    assert endpoint_rows(names, bindings) == expected


def test_virtuoso_default_dataset_spans_all_graphs(virtuoso_loaded, sample_build):
    """Without naming a dataset, Virtuoso queries every graph: a query sees both copies
    of the data, so its distinct rows are the same."""
    query = next((q for q in QUERIES if q.stem == "articles"), QUERIES[0])
    names, expected = kg_query_rows(sample_build, query)
    _, bindings = select(virtuoso_loaded, query.read_text(encoding="utf-8"))
    assert endpoint_rows(names, bindings) == expected


def test_virtuoso_reload_does_not_duplicate(virtuoso_loaded, sample_build):
    params = [("named-graph-uri", g) for g in kg_graphs(sample_build)]
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    _, rows = select(virtuoso_loaded, query, params)
    before = int(rows[0]["n"]["value"])
    expected = sum(n for _, _, n in graphs_of(read_source(sample_build)))
    assert before == expected
    invoke("load", str(sample_build), "--endpoint", virtuoso_loaded.url, "--store-path", "/sparql-graph-crud-auth",
           "--user", "dba", "--password", virtuoso_loaded.password)
    _, rows = select(virtuoso_loaded, query, params)
    assert int(rows[0]["n"]["value"]) == before


def test_virtuoso_wrong_password_is_one_line(virtuoso, sample_build):
    result = CliRunner().invoke(main, ["load", str(sample_build), "--endpoint", virtuoso.url,
                                       "--store-path", "/sparql-graph-crud-auth", "--user", "dba",
                                       "--password", "wrong"])
    assert result.exit_code == 1, result.output
    assert "HTTP 401" in result.output and len(result.output.strip().splitlines()) == 1, result.output


def test_the_comparisons_see_data(sample_build):
    """The store comparisons above are not vacuous: the files answer some queries."""
    answered = [q.stem for q in QUERIES if kg_query_rows(sample_build, q)[1]]
    assert answered, "no query in queries/ returns any row on the sample build"


def test_virtuoso_open_service_needs_the_sparql_user_granted(virtuoso_loaded, virtuoso, sample_build):
    """README: /sparql-graph-crud refuses writes until the SPARQL user may update."""
    args = ["load", str(sample_build), "--endpoint", virtuoso.url, "--store-path", "/sparql-graph-crud"]
    refused = CliRunner().invoke(main, args, env={"KG_ENDPOINT_USER": "", "KG_ENDPOINT_PASSWORD": ""})
    assert refused.exit_code == 1 and "HTTP 403" in refused.output, refused.output
    virtuoso.isql('GRANT SPARQL_UPDATE TO "SPARQL";')
    try:
        params = [("named-graph-uri", g) for g in kg_graphs(sample_build)]
        query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        before = int(select(virtuoso_loaded, query, params)[1][0]["n"]["value"])
        result = CliRunner().invoke(main, args, env={"KG_ENDPOINT_USER": "", "KG_ENDPOINT_PASSWORD": ""})
        assert result.exit_code == 0, result.output
        assert int(select(virtuoso_loaded, query, params)[1][0]["n"]["value"]) == before
    finally:
        virtuoso.isql('REVOKE SPARQL_UPDATE FROM "SPARQL";')


def test_oxigraph_load_from_a_store_replaces_the_same_graphs(oxigraph_loaded, sample_build, tmp_path):
    from kg.store.backend import load_file

    handle = load_file(sample_build / "graph.nq", "oxigraph", location=tmp_path / "db")
    del handle  # closes the store
    before = count_triples(oxigraph_loaded, UNION)
    out = invoke("load", f"oxigraph:{tmp_path / 'db'}", "--endpoint", oxigraph_loaded.url)
    assert f"Loaded {before} triples" in out
    assert count_triples(oxigraph_loaded, UNION) == before
