"""The persistent Oxigraph store (kg build --store oxigraph:PATH), kg query/stats on it,
kg serve, and the rdflib-vs-Oxigraph benchmark helpers."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import StoreError
from kg.store.backend import (
    BACKENDS,
    dataset_quads,
    export_file,
    load_file,
    open_store,
    query_rows,
    save_build,
    triple_count,
)
from kg.store.model import build_dataset
from kg.store.remote import Endpoint, select
from kg.types import Article, Entity, Evidence, Fact, KnowledgeGraph, Quote
from tests.conftest import ROOT, SAMPLE
from tests.servers import QUERIES, endpoint_rows, kg_query_rows

QUERY_IDS = [q.stem for q in QUERIES]
BASE = "https://kg.example.org/"


# ----------------------------------------------------------------------------- hand-made graphs
def article(ident: str, text: str) -> Article:
    return Article(id=ident, text=text, title=f"Report {ident}", date="2021-03-04", source="The Example Ledger")


def evidence(article_id: str, sentence: str, confidence: float = 0.8, attribution: str | None = None) -> Evidence:
    return Evidence(article_id, sentence, 0, len(sentence), "rules", confidence, attribution)


def graph_of(articles, facts, entities, quotes=()) -> KnowledgeGraph:
    return KnowledgeGraph(articles=tuple(articles), entities=tuple(entities), facts=tuple(facts), quotes=tuple(quotes))


S1 = "Staff of Fernleaf Robotics wrote to Dana Whitcombe on Monday."
S2 = "Fernleaf Robotics workers marched outside the Ostrava Ministry."
S3 = "Over 310 employees of Fernleaf Robotics signed, the Ledger said."
ROBOTICS = Entity("Fernleaf Robotics", "Company", ("Fernleaf", "Fernleaf Robotics"))
WORKERS = Entity("Fernleaf Workers", "EmployeeGroup", ("Fernleaf Workers",))
DANA = Entity("Dana Whitcombe", "Person", ("Dana Whitcombe",))
MINISTRY = Entity("Ostrava Ministry", "GovernmentAgency", ("Ostrava Ministry",))
LEDGER = Entity("The Example Ledger", "NewsOutlet", ("The Example Ledger",))


def first_version() -> KnowledgeGraph:
    a = article("a-1", S1 + " " + S3)
    return graph_of(
        [a],
        [Fact("Fernleaf Workers", "petitioned", "Dana Whitcombe", (evidence("a-1", S1, 0.9),), "2021-03-01"),
         Fact("Fernleaf Workers", "signatoryCount", "310", (evidence("a-1", S3, 0.7, "The Example Ledger"),))],
        [WORKERS, DANA, LEDGER],
        [Quote("We will keep writing.", "Dana Whitcombe", "Person", evidence("a-1", S1))],
    )


def second_version() -> KnowledgeGraph:
    """Article a-1 rebuilt: the petition is gone, a protest appears, no quote."""
    a = article("a-1", S2 + " " + S3)
    return graph_of(
        [a],
        [Fact("Fernleaf Workers", "protested", "Ostrava Ministry", (evidence("a-1", S2, 0.6),)),
         Fact("Fernleaf Workers", "signatoryCount", "310", (evidence("a-1", S3, 0.75, "The Example Ledger"),))],
        [Entity("Fernleaf Workers", "AdvocacyGroup", ("Fernleaf Workers",)), MINISTRY, LEDGER],
    )


def other_article() -> KnowledgeGraph:
    ident = "b 2/ü"  # quoted in IRIs
    a = article(ident, S1)
    return graph_of([a], [Fact("Fernleaf Workers", "petitioned", "Dana Whitcombe", (evidence(ident, S1, 0.5),))],
                    [WORKERS, DANA, ROBOTICS])


def quads(store_or_ds) -> set[str]:
    """Quads as N-Quads lines, as Oxigraph keeps them (it stores numbers canonically:
    ``"0.900"^^xsd:decimal`` as ``"0.9"``, integer subtypes as ``xsd:integer``)."""
    if not isinstance(store_or_ds, ox.Store):
        canonical = ox.Store()
        canonical.extend(dataset_quads(store_or_ds))
        store_or_ds = canonical
    return {str(q) for q in store_or_ds}


def save(tmp_path, kg: KnowledgeGraph):
    return save_build(build_dataset(kg, BASE), f"oxigraph:{tmp_path / 'db'}", BASE, [a.id for a in kg.articles])


def stored(tmp_path) -> ox.Store:
    return ox.Store.read_only(str(tmp_path / "db"))


def test_saving_the_same_build_twice_changes_nothing(tmp_path):
    ds = build_dataset(first_version(), BASE)
    first = save(tmp_path, first_version())
    second = save(tmp_path, first_version())
    assert first.quads == second.quads == len(quads(ds))
    assert quads(stored(tmp_path)) == quads(ds)
    assert second.graphs == 1 and second.articles == 1


def test_rebuilt_article_replaces_its_old_content(tmp_path):
    save(tmp_path, first_version())
    save(tmp_path, second_version())
    store, expected = quads(stored(tmp_path)), quads(build_dataset(second_version(), BASE))
    assert expected <= store
    # what is left of the first version: only the description of an entity the rebuilt
    # article no longer names (entities once seen stay described)
    assert {q.split(" ")[0] for q in store - expected} == {f"<{BASE}entity/dana-whitcombe>"}
    assert all(q.split(" ")[1].endswith(("rdf-syntax-ns#type>", "rdf-schema#label>", "core#altLabel>"))
               for q in store - expected)


def test_a_later_build_adds_other_articles_and_rebuilds_keep_them(tmp_path):
    save(tmp_path, first_version())
    save(tmp_path, other_article())
    union = quads(build_dataset(first_version(), BASE)) | quads(build_dataset(other_article(), BASE))
    # the petition fact is in both builds; its confidence is the later build's
    fact_conf = {q for q in union if "/fact/" in q.split(" ")[0] and "#confidence>" in q}
    assert len(fact_conf) == 3  # two facts, the shared one with two confidences
    assert quads(stored(tmp_path)) == union - {q for q in fact_conf if '"0.9"' in q}

    save(tmp_path, second_version())
    store = stored(tmp_path)
    names = {g.value for g in store.named_graphs()}
    assert names == {BASE + "graph/a-1", BASE + "graph/b%202%2F%C3%BC"}
    rows = store.query("SELECT ?id WHERE { ?a a kg:Article ; dcterms:identifier ?id }",
                       prefixes={"kg": "https://w3id.org/kgnews/ontology#", "dcterms": "http://purl.org/dc/terms/"})
    assert sorted(r["id"].value for r in rows) == ["a-1", "b 2/ü"]
    text = "\n".join(quads(store))
    assert "We will keep writing." not in text, "the quote of the rebuilt article is gone"
    assert "#EmployeeGroup>" not in text and "#AdvocacyGroup>" in text, "an entity's type is replaced"
    assert text.count("#petitioned>") == 2, "b's petition (fact + statement) stays"


def test_store_errors_are_one_line(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="not a folder"):
        open_store(f"oxigraph:{tmp_path / 'file'}")
    with pytest.raises(StoreError, match="no such store"):
        open_store(f"oxigraph:{tmp_path / 'missing'}", read_only=True)
    with pytest.raises(StoreError, match="not a store"):
        open_store("sqlite:x")
    holder = open_store(f"oxigraph:{tmp_path / 'db'}")
    try:
        with pytest.raises(StoreError, match="in use by another process"):
            save(tmp_path, first_version())
    finally:
        del holder


# ----------------------------------------------------------------------------- the CLI on real builds
@pytest.fixture(scope="module")
def store_build(tmp_path_factory):
    """The sample corpus built twice into one store (same articles: replaced, not added)."""
    tmp = tmp_path_factory.mktemp("store-build")
    spec = f"oxigraph:{tmp / 'db'}"
    outputs = []
    for _ in range(2):
        result = CliRunner().invoke(main, ["build", str(SAMPLE), "--out", str(tmp / "out"), "--store", spec])
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    return tmp / "out", spec, outputs


def test_build_store_twice_holds_the_build_once(store_build):
    out, spec, outputs = store_build
    store_lines = [line for text in outputs for line in text.splitlines() if line.strip().startswith("store ")]
    assert len(store_lines) == 2 and store_lines[0] == store_lines[1], outputs
    files = load_file(out / "graph.nq", "oxigraph")
    assert f"({len(files)} quads," in store_lines[0]
    assert quads(ox.Store.read_only(spec.split(":", 1)[1])) == quads(files)


@pytest.mark.parametrize("query_file", QUERIES, ids=QUERY_IDS)
def test_kg_query_on_the_store_answers_like_the_files(store_build, query_file):
    out, spec, _ = store_build
    assert kg_query_rows(spec, query_file) == kg_query_rows(out, query_file)


def test_kg_stats_on_the_store(store_build):
    out, spec, _ = store_build
    on_store = CliRunner().invoke(main, ["stats", spec])
    on_files = CliRunner().invoke(main, ["stats", str(out)])
    assert on_store.exit_code == 0, on_store.output
    assert on_store.output.splitlines()[0] == on_files.output.splitlines()[0]


def test_builds_of_parts_add_up(tmp_path):
    files = sorted(SAMPLE.glob("*.txt"))
    assert len(files) >= 3
    spec = f"oxigraph:{tmp_path / 'db'}"

    def build(paths):
        result = CliRunner().invoke(main, ["build", *map(str, paths), "--out", str(tmp_path / "out"), "--store", spec])
        assert result.exit_code == 0, result.output

    def article_ids():
        result = CliRunner().invoke(main, ["query", spec, "SELECT ?id WHERE { ?a a kg:Article ; dcterms:identifier ?id }",
                                           "--format", "csv"])
        assert result.exit_code == 0, result.output
        return sorted(result.output.splitlines()[1:])

    build(files[:2])
    first = article_ids()
    assert len(first) == 2
    build(files[2:])
    assert len(article_ids()) == len(files) and set(first) <= set(article_ids())
    build(files[:2])
    once = quads(ox.Store.read_only(str(tmp_path / "db")))
    build(files[:2])
    assert quads(ox.Store.read_only(str(tmp_path / "db"))) == once, "rebuilding the same articles changes nothing"
    assert len(article_ids()) == len(files)


@pytest.mark.parametrize("args, fragment", [
    (["query", "oxigraph:{tmp}/missing", "ASK {}"], "no such store"),
    (["stats", "oxigraph:{tmp}/empty"], "the store is empty"),
    (["query", "oxigraph:", "ASK {}"], "names no folder"),
])
def test_store_cli_errors_are_one_line(tmp_path, args, fragment):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 1, result.output
    assert fragment in result.output and len(result.output.strip().splitlines()) == 1, result.output


def test_build_rejects_a_bad_store_spec(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--out", str(tmp_path), "--store", "postgres:db"])
    assert result.exit_code == 2, result.output
    assert "is not a store" in result.output


# ----------------------------------------------------------------------------- kg serve
def serve(source: str):
    """Start ``kg serve SOURCE --port 0`` as a real process; return it and its address."""
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", source, "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    try:
        first = lines.get(timeout=90)
    except queue.Empty:
        process.kill()
        raise AssertionError("kg serve printed nothing within 90 s") from None
    assert first.startswith("Serving "), first
    url = first.split(" at ", 1)[1].split(" ", 1)[0]
    return process, url, lines


def stop_serving(process, lines) -> str:
    process.send_signal(signal.SIGINT)
    try:
        code = process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError("kg serve did not stop on Ctrl-C") from None
    rest = []
    while not lines.empty():
        rest.append(lines.get())
    assert code == 0, rest
    return "".join(rest)


@pytest.mark.parametrize("kind", ["build folder", "store"])
def test_kg_serve_answers_queries_read_only_and_stops(sample_build, store_build, kind):
    source = str(sample_build) if kind == "build folder" else store_build[1]
    process, url, lines = serve(source)
    try:
        endpoint = Endpoint(url, query_path="/query")
        for query_file in QUERIES:
            names, expected = kg_query_rows(sample_build if kind == "build folder" else source, query_file)
            got_names, bindings = select(endpoint, query_file.read_text(encoding="utf-8"))
            assert (got_names, endpoint_rows(names, bindings)) == (names, expected), query_file.name
        with urllib.request.urlopen(url, timeout=10) as page:
            assert "<html" in page.read().decode("utf-8").lower()
        put = urllib.request.Request(url + "store?default", data=b"<urn:a> <urn:b> <urn:c> .\n", method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(put, timeout=10)
        assert refused.value.code in (403, 405)
    finally:
        rest = stop_serving(process, lines)
    assert "Stopped." in rest
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url + "query?query=ASK%7B%7D", timeout=5)


def test_kg_serve_bad_source_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["serve", str(tmp_path / "nothing"), "--port", "0"])
    assert result.exit_code == 1, result.output
    assert "no such file or folder" in result.output and len(result.output.strip().splitlines()) == 1


# ----------------------------------------------------------------------------- benchmark helpers
@pytest.mark.parametrize("suffix", [".trig", ".ttl"])
def test_both_backends_load_query_and_export_alike(sample_build, tmp_path, suffix):
    source = sample_build / f"graph{suffix}"
    handles = {b: load_file(source, b) for b in BACKENDS}
    handles["oxigraph on disk"] = load_file(source, "oxigraph", location=tmp_path / "disk")
    counts = {name: triple_count(h) for name, h in handles.items()}
    assert len(set(counts.values())) == 1, counts
    for query_file in QUERIES:
        text = query_file.read_text(encoding="utf-8")
        answers = {name: {tuple(map(normal_row, row)) for row in query_rows(h, text)} for name, h in handles.items()}
        assert answers["rdflib"] == answers["oxigraph"] == answers["oxigraph on disk"], query_file.name
    for name, handle in handles.items():
        for out_suffix in (".nq", ".ttl"):
            out = export_file(handle, tmp_path / f"{name.replace(' ', '-')}{out_suffix}")
            again = load_file(out, "oxigraph")
            expected = counts[name] if out_suffix == ".nq" or suffix == ".ttl" else len(
                {(q.subject, q.predicate, q.object) for q in again})
            assert triple_count(again) == expected, (name, out_suffix)


def normal_row(value: str) -> str:
    from tests.servers import normal

    return normal(value)


def test_load_file_errors(tmp_path):
    bad = tmp_path / "bad.nq"
    bad.write_text("<urn:a> <urn:b> .\n")
    with pytest.raises(Exception, match="cannot parse"):
        load_file(bad, "oxigraph")
    with pytest.raises(StoreError, match="unknown backend"):
        load_file(bad, "jena")
    assert os.path.exists(bad)


# ----------------------------------------------------------------------------- larger graphs
def synthetic_graph(articles: int, facts_per_article: int = 8, names: int = 400) -> KnowledgeGraph:
    """A made-up corpus big enough for the store's bulk path (tens of thousands of quads)."""
    groups = [Entity(f"Staff Council {i}", "EmployeeGroup", (f"Staff Council {i}",)) for i in range(names)]
    people = [Entity(f"Chief Officer {i}", "Person", (f"Chief Officer {i}", f"Officer {i}")) for i in range(names)]
    facts: dict[tuple[str, str, str], list[Evidence]] = {}
    arts = []
    for n in range(articles):
        ident = f"synthetic-{n:05d}"
        arts.append(article(ident, "placeholder"))
        for k in range(facts_per_article if n == 3 else 1 + n % (facts_per_article - 2)):  # one article states most
            g = groups[(n * 7 + k * 13) % names].name
            if k % 3 == 2:
                key = (g, "signatoryCount", str(100 + (n + k) % 50))
            else:
                key = (g, "petitioned", people[(n * 11 + k) % names].name)
            sentence = f"Sentence {k} of {ident}: {key[0]} and {key[2]}."
            facts.setdefault(key, []).append(evidence(ident, sentence, ((n + k) % 10) / 10))
    return graph_of(arts, [Fact(s, p, o, tuple(evs)) for (s, p, o), evs in facts.items()], groups + people)


def test_large_build_saves_in_bulk_and_answers_the_queries(tmp_path):
    big = synthetic_graph(300)
    ds = build_dataset(big, BASE)
    summary = save(tmp_path, big)
    assert summary.quads > 10_000 and summary.graphs == 300
    # rebuilding a part replaces it: same content
    part = graph_of(big.articles[:50], [f for f in big.facts if all(e.article_id < "synthetic-00050" for e in f.evidence)],
                    big.entities)
    save(tmp_path, big)
    assert quads(stored(tmp_path)) == quads(ds)
    store = stored(tmp_path)
    nq = export_file(store, tmp_path / "export.nq")
    assert triple_count(load_file(nq, "oxigraph")) == summary.quads
    # the store holds exactly the dataset (checked above), so it answers like the files do
    # (compared on the sample build); here: every example query runs at this size
    answered = {q.stem: len(query_rows(store, q.read_text(encoding="utf-8"))) for q in QUERIES}
    assert answered.get("evidence", 0) > 1000, answered
    del store
    save(tmp_path, part)
    assert {g.value for g in stored(tmp_path).named_graphs()} == {f"{BASE}graph/synthetic-{n:05d}" for n in range(300)}


def test_kg_serve_on_a_busy_port_is_one_line(sample_build):
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        result = CliRunner().invoke(main, ["serve", str(sample_build), "--port", str(busy.getsockname()[1])])
    assert result.exit_code == 1, result.output
    assert "Error: the Oxigraph server stopped at start" in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
