"""RDF exports: every format parses with independent parsers (rapper, serdi, pyoxigraph,
rdflib) to the same triples, IRIs minted from hostile names are valid, literals round-trip,
provenance sits in one named graph per article, and every output is byte-identical across
builds."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, BNode, Dataset, Literal, Namespace, URIRef

from kg.cli import main
from kg.errors import ExportError
from kg.export import BUILD_FORMATS, FORMATS, RDF_FORMATS, default_filename, export
from kg.store.model import DEFAULT_BASE_IRI, build_dataset, clean_text
from kg.store.namespace import KG, PREFIXES
from kg.types import Article, Entity, Evidence, Fact, KnowledgeGraph, Quote
from tests.conftest import ROOT, write

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # a plain Namespace: pytest's collection probes module attributes

#: format name -> (file name, rapper syntax, serdi syntax or None, pyoxigraph format, has graphs)
SYNTAXES = {
    "turtle": ("graph.ttl", "turtle", "turtle", ox.RdfFormat.TURTLE, False),
    "trig": ("graph.trig", "trig", None, ox.RdfFormat.TRIG, True),
    "nquads": ("graph.nq", "nquads", "nquads", ox.RdfFormat.N_QUADS, True),
    "ntriples": ("graph.nt", "ntriples", "ntriples", ox.RdfFormat.N_TRIPLES, False),
    "jsonld": ("graph.jsonld", None, None, ox.RdfFormat.JSON_LD, True),
}

# ----------------------------------------------------------------------------- a hand-made graph
ARTICLE_ONE = (
    "Orchard Workers sent a letter to Dana Reyes on Monday. "
    "The letter was signed by 450 employees, according to the Daily Ledger. "
    "Orchard Corp sells ParkEye cameras to the Department of Parks. "
    'Dana Reyes, chief executive of Orchard Corp, said: "We hear our workers."'
)
ARTICLE_TWO = (
    "More than 500 Orchard Workers signed the petition. "
    "Civic Watch protested ParkEye and investigated Orchard Corp. "
    "Orchard Cloud, a unit of Orchard Corp, also works with the Department of Parks. "
    "Sam Lee, a reporter at the Daily Ledger, covered the story. "
    "Dana Reyes answered Orchard Workers in an email."
)


def _evidence(article_id: str, text: str, sentence: str, confidence: float = 0.8,
              attribution: str | None = None) -> Evidence:
    start = text.index(sentence)
    return Evidence(article_id, sentence, start, start + len(sentence), "rules", confidence, attribution)


def handmade_kg() -> KnowledgeGraph:
    """A small graph with every core predicate, an attribution, a quote, a fact stated by
    two articles, and two conflicting signatory counts (450 in one article, 500 in the
    other)."""
    one, two = "orchard-one", "orchard-two"
    s1 = ARTICLE_ONE.split(". ")
    s2 = ARTICLE_TWO.split(". ")
    e = lambda aid, text, sent, **kw: _evidence(aid, text, sent if sent.endswith(".") else sent + ".", **kw)  # noqa: E731
    articles = (
        Article(one, ARTICLE_ONE, title="Orchard workers write to their CEO", url="https://news.example.com/orchard/1",
                date="2024-03-04", source="Daily Ledger"),
        Article(two, ARTICLE_TWO, title='Petition grows: "500 and counting"', date="2024-03"),
    )
    entities = (
        Entity("Orchard Workers", "EmployeeGroup", ("Orchard Workers", "Orchard employees")),
        Entity("Dana Reyes", "Person", ("Dana Reyes", "Reyes")),
        Entity("Orchard Corp", "Company", ("Orchard Corp",)),
        Entity("Orchard Cloud", "Organization", ("Orchard Cloud",)),
        Entity("Department of Parks", "GovernmentAgency", ("Department of Parks",)),
        Entity("Civic Watch", "AdvocacyGroup", ("Civic Watch",)),
        Entity("Daily Ledger", "NewsOutlet", ("Daily Ledger",)),
        Entity("ParkEye", "Product", ("ParkEye",)),
        Entity("Sam Lee", "Person", ("Sam Lee",)),
    )
    contract_one = e(one, ARTICLE_ONE, s1[2])
    facts = (
        Fact("Orchard Workers", "petitioned", "Dana Reyes", (e(one, ARTICLE_ONE, s1[0], confidence=0.9),),
             date="2024-03-04"),
        Fact("Orchard Workers", "signatoryCount", "450",
             (e(one, ARTICLE_ONE, s1[1], attribution="Daily Ledger"),)),
        Fact("Orchard Workers", "signatoryCount", "500", (e(two, ARTICLE_TWO, s2[0]),)),
        Fact("Orchard Corp", "contractsWith", "Department of Parks", (contract_one,)),
        Fact("Orchard Cloud", "contractsWith", "Department of Parks", (e(two, ARTICLE_TWO, s2[2]),)),
        Fact("Orchard Corp", "develops", "ParkEye", (contract_one,)),
        Fact("Dana Reyes", "leads", "Orchard Corp", (_evidence(one, ARTICLE_ONE, s1[3]),)),
        Fact("Civic Watch", "protested", "ParkEye", (e(two, ARTICLE_TWO, s2[1]),)),
        Fact("Civic Watch", "investigated", "Orchard Corp", (e(two, ARTICLE_TWO, s2[1], confidence=0.6),)),
        Fact("Orchard Cloud", "partOf", "Orchard Corp", (e(two, ARTICLE_TWO, s2[2]),)),
        Fact("Sam Lee", "worksFor", "Daily Ledger", (e(two, ARTICLE_TWO, s2[3]),)),
        Fact("Dana Reyes", "respondedTo", "Orchard Workers", (e(two, ARTICLE_TWO, s2[4]),)),
    )
    quote_sentence = s1[3]
    quotes = (Quote("We hear our workers.", "Dana Reyes", "Person", _evidence(one, ARTICLE_ONE, quote_sentence)),)
    return KnowledgeGraph(articles=articles, entities=entities, facts=facts, quotes=quotes)


#: Names no IRI or literal writer should trip over.
NASTY_NAMES = (
    'Say "Cheese" Inc',
    "Two  Spaces   Ltd",
    "<script>alert('x')</script>",
    "Zürich Ünïon Bank",
    "Rocket 🚀 Labs",
    "Line\nBreak Co",
    "Back\\slash \\u0041 Group",
    "a{b}|c^d`e",
    'Ends with a quote"',
    '"""Triple""" Quote',
    "Tab\tand\rreturn",
    "</script><b>bold</b>",
    "中文 公司",
)


def nasty_kg() -> KnowledgeGraph:
    aid = 'odd id/ü "1" <x>'
    text = 'He said "hi" \\ </script>\nnext line """ and a trailing quote"'
    articles = (Article(aid, text, title='Title "quoted" </script>\nsecond line', url="https://example.com/a b",
                        date="not a date", source='Out"let\\'),)
    entities = tuple(Entity(n, "Company", tuple(sorted({n, n + ' alias \\"'}))) for n in NASTY_NAMES)
    ev = Evidence(aid, text, 0, len(text), "rules v1.0/β", 0.75, attribution=NASTY_NAMES[0])
    facts = tuple(Fact(NASTY_NAMES[i], "contractsWith", NASTY_NAMES[i + 1], (ev,)) for i in range(len(NASTY_NAMES) - 1))
    quotes = (Quote('"Quoted" \\ </script>', NASTY_NAMES[3], "Company", ev),)
    return KnowledgeGraph(articles=articles, entities=entities, facts=facts, quotes=quotes)


def export_all(ds: Dataset, folder: Path) -> Path:
    for name in RDF_FORMATS:
        export(ds, name, folder / default_filename(name))
    return folder


@pytest.fixture(scope="session")
def handmade_build(tmp_path_factory) -> Path:
    """A build folder (every RDF format) of the hand-made graph."""
    return export_all(build_dataset(handmade_kg()), tmp_path_factory.mktemp("handmade"))


@pytest.fixture(scope="session")
def nasty_build(tmp_path_factory) -> Path:
    return export_all(build_dataset(nasty_kg()), tmp_path_factory.mktemp("nasty"))


# ----------------------------------------------------------------------------- helpers
def rapper_count(path: Path, syntax: str) -> int:
    proc = subprocess.run(["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    m = re.search(r"returned (\d+) (?:triples|statements)", proc.stderr)
    assert m, proc.stderr
    return int(m.group(1))


def serdi_lines(path: Path, syntax: str) -> list[str]:
    out_syntax = "nquads" if syntax == "nquads" else "ntriples"
    proc = subprocess.run(["serdi", "-i", syntax, "-o", out_syntax, str(path)], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    return [line for line in proc.stdout.decode("utf-8").splitlines() if line.strip()]


def ox_quads(path: Path, fmt: ox.RdfFormat) -> set[ox.Quad]:
    return set(ox.parse(path=str(path), format=fmt))


def expected_sets(ds: Dataset) -> tuple[set[str], set[str]]:
    """The dataset's quads and its union's triples, as pyoxigraph N-Quads strings."""
    quads, triples = set(), set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        terms = [_ox_term(t) for t in (s, p, o)]
        triples.add(str(ox.Quad(*terms)))
        graph = ox.DefaultGraph() if g is None or g == ds.default_graph.identifier else ox.NamedNode(str(g))
        quads.add(str(ox.Quad(*terms, graph)))
    return quads, triples


def _ox_term(t):
    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    if t.language:
        return ox.Literal(str(t), language=t.language)
    return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype or XSD.string)))


def loaded(build_dir: Path) -> Dataset:
    from kg.store.io import load_graph

    return load_graph(build_dir)


# ----------------------------------------------------------------------------- registry
def test_rdf_formats_are_registered_and_built():
    assert {n: FORMATS[n][1] for n in RDF_FORMATS} == {n: v[0] for n, v in SYNTAXES.items()}
    assert set(RDF_FORMATS) <= set(BUILD_FORMATS) and "html" in BUILD_FORMATS


@pytest.mark.parametrize("name", RDF_FORMATS)
def test_every_rdf_exporter_writes_a_final_newline_and_handles_an_empty_graph(name, tmp_path):
    for ds in (build_dataset(handmade_kg()), Dataset()):
        path = export(ds, name, tmp_path / default_filename(name))
        data = path.read_bytes()
        if len(ds):
            assert data.endswith(b"\n") and not data.endswith(b"\n\n")
        assert len(ox_quads(path, SYNTAXES[name][3])) == len(set(ds.quads((None, None, None, None))))


# ----------------------------------------------------------------------------- independent parsers
@pytest.mark.parametrize("which", ["sample", "handmade", "nasty"])
@pytest.mark.parametrize("name", RDF_FORMATS)
def test_exports_parse_with_independent_parsers_to_the_same_graph(name, which, request):
    folder = request.getfixturevalue({"sample": "sample_build", "handmade": "handmade_build",
                                      "nasty": "nasty_build"}[which])
    filename, rapper_syntax, serdi_syntax, ox_format, has_graphs = SYNTAXES[name]
    path = folder / filename
    quads, triples = expected_sets(loaded(folder / "graph.nq"))
    expected = quads if has_graphs else triples
    assert expected

    parsed = {str(q) for q in ox_quads(path, ox_format)}
    assert parsed == expected
    if rapper_syntax:
        assert rapper_count(path, rapper_syntax) == len(expected)
    if serdi_syntax:
        assert len(set(serdi_lines(path, serdi_syntax))) == len(expected)


@pytest.mark.parametrize("name", RDF_FORMATS)
def test_exports_hold_exactly_the_dataset(name, handmade_build):
    ds = build_dataset(handmade_kg())
    quads, triples = expected_sets(ds)
    filename, _, _, ox_format, has_graphs = SYNTAXES[name]
    assert {str(q) for q in ox_quads(handmade_build / filename, ox_format)} == (quads if has_graphs else triples)
    # and rdflib reads it back to the same quads
    assert expected_sets(loaded(handmade_build / filename)) [0 if has_graphs else 1] == (quads if has_graphs else triples)


def test_nasty_names_mint_valid_iris_and_literals_round_trip(nasty_build):
    kg = nasty_kg()
    parsed = ox_quads(nasty_build / "graph.nq", ox.RdfFormat.N_QUADS)
    iris = {t.value for q in parsed for t in (q.subject, q.predicate, q.object, q.graph_name)
            if isinstance(t, ox.NamedNode)}
    for iri in iris:
        assert re.fullmatch(r"[a-z]+://[^\x00-\x20<>\"{}|^`\\]+", iri), iri
    entity_iris = {i for i in iris if i.startswith(DEFAULT_BASE_IRI + "entity/")}
    assert len(entity_iris) == len(NASTY_NAMES)  # one distinct IRI per name
    literals = {q.object.value for q in parsed if isinstance(q.object, ox.Literal)}
    for name in NASTY_NAMES:
        assert clean_text(name) in literals
        assert clean_text(name + ' alias \\"') in literals
    assert kg.facts[0].evidence[0].sentence in literals
    assert kg.articles[0].title in literals
    assert '"Quoted" \\ </script>' in literals
    # the same through rapper's N-Triples output
    proc = subprocess.run(["rapper", "-q", "-i", "trig", "-o", "ntriples", str(nasty_build / "graph.trig")],
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert b"</script>" in proc.stdout


def test_turtle_literals_are_one_line_and_escaped(nasty_build):
    text = (nasty_build / "graph.ttl").read_text(encoding="utf-8")
    assert '"""' not in text.replace('\\"\\"\\"', "")  # no long-string syntax
    assert r'"Ends with a quote\""' in text
    assert r'"Line\nBreak Co"' in text
    assert r'"Tab\tand\rreturn"' in text


def test_no_blank_nodes_and_xsd_datatypes_and_language_tags(handmade_build):
    parsed = ox_quads(handmade_build / "graph.nq", ox.RdfFormat.N_QUADS)
    assert not any(isinstance(t, ox.BlankNode) for q in parsed for t in (q.subject, q.object, q.graph_name))
    by_pred: dict[str, set] = {}
    for q in parsed:
        if isinstance(q.object, ox.Literal):
            by_pred.setdefault(q.predicate.value, set()).add(
                (q.object.datatype.value, q.object.language))
    xsd, lang = str(XSD), "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
    assert by_pred[str(KG.signatoryCount)] == {(xsd + "integer", None)}
    assert by_pred[str(KG.beginIndex)] == {(xsd + "integer", None)}
    assert by_pred[str(KG.confidence)] == {(xsd + "decimal", None)}
    assert by_pred[str(KG.sentence)] == {(lang, "en")}
    assert by_pred["http://purl.org/dc/terms/date"] == {(xsd + "date", None), (xsd + "gYearMonth", None)}


def test_trig_has_one_named_graph_per_article_with_its_facts_and_evidence(handmade_build):
    parsed = ox_quads(handmade_build / "graph.trig", ox.RdfFormat.TRIG)
    graphs = {q.graph_name.value for q in parsed if isinstance(q.graph_name, ox.NamedNode)}
    assert graphs == {DEFAULT_BASE_IRI + "graph/orchard-one", DEFAULT_BASE_IRI + "graph/orchard-two"}
    one = [q for q in parsed if q.graph_name == ox.NamedNode(DEFAULT_BASE_IRI + "graph/orchard-one")]
    preds = {q.predicate.value for q in one}
    assert {str(KG.petitioned), str(KG.hasEvidence), str(KG.sentence), str(KG.inArticle)} <= preds
    # evidence of article one never sits in article two's graph
    for q in parsed:
        if q.predicate.value == str(KG.inArticle) and isinstance(q.graph_name, ox.NamedNode):
            assert q.graph_name.value.rsplit("/", 1)[1] == q.object.value.rsplit("/", 1)[1]
    # labels and types live in the default graph
    assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in parsed if q.predicate.value.endswith("#label"))


def test_jsonld_has_a_compact_context_and_named_graphs(handmade_build):
    doc = json.loads((handmade_build / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == dict(sorted(PREFIXES.items()))
    named = [n for n in doc["@graph"] if "@graph" in n]
    assert sorted(n["@id"] for n in named) == [DEFAULT_BASE_IRI + "graph/orchard-one",
                                              DEFAULT_BASE_IRI + "graph/orchard-two"]
    assert all("@id" in n for n in doc["@graph"])
    text = json.dumps(doc)
    assert '"kg:signatoryCount"' in text and '"rdfs:label"' in text


# ----------------------------------------------------------------------------- provenance
def test_conflicting_claims_are_both_kept_each_with_its_source():
    ds = build_dataset(handmade_kg())
    group = next(ds.subjects(KG.signatoryCount, None))
    counts = sorted(int(o) for o in ds.objects(group, KG.signatoryCount))
    assert counts == [450, 500]
    for count, article, sentence_start, outlet in ((450, "orchard-one", "The letter was signed", "Daily Ledger"),
                                                   (500, "orchard-two", "More than 500", None)):
        value = Literal(count, datatype=XSD.integer)
        graph = ds.graph(URIRef(DEFAULT_BASE_IRI + "graph/" + article))
        assert (group, KG.signatoryCount, value) in graph
        facts = [f for f in graph.subjects(RDF.object, value) if (f, RDF.predicate, KG.signatoryCount) in graph]
        assert len(facts) == 1
        (ev,) = graph.objects(facts[0], KG.hasEvidence)
        assert graph.value(ev, KG.inArticle) == URIRef(DEFAULT_BASE_IRI + "article/" + article)
        assert str(graph.value(ev, KG.sentence)).startswith(sentence_start)
        text = ARTICLE_ONE if article == "orchard-one" else ARTICLE_TWO
        begin, end = int(graph.value(ev, KG.beginIndex)), int(graph.value(ev, KG.endIndex))
        assert text[begin:end] == str(graph.value(ev, KG.sentence))
        assert graph.value(ev, KG.extractedBy) == URIRef(DEFAULT_BASE_IRI + "extractor/rules")
        assert 0 <= float(graph.value(ev, KG.confidence)) <= 1
        attributed = graph.value(ev, KG.attributedTo)
        if outlet:
            assert str(ds.value(attributed, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))) == outlet
        else:
            assert attributed is None
        # the other article's graph does not state this count
        other = ds.graph(URIRef(DEFAULT_BASE_IRI + "graph/" + ("orchard-two" if article == "orchard-one" else "orchard-one")))
        assert (group, KG.signatoryCount, value) not in other


def test_article_metadata_is_described():
    ds = build_dataset(handmade_kg())
    a = URIRef(DEFAULT_BASE_IRI + "article/orchard-one")
    dct = "http://purl.org/dc/terms/"
    assert ds.value(a, URIRef(dct + "title")) == Literal("Orchard workers write to their CEO", lang="en")
    assert ds.value(a, URIRef(dct + "date")) == Literal("2024-03-04", datatype=XSD.date)
    assert ds.value(a, URIRef("https://schema.org/url")) == URIRef("https://news.example.com/orchard/1")


# ----------------------------------------------------------------------------- determinism
def test_exports_are_byte_identical_across_processes(handmade_build, nasty_build, tmp_path):
    script = (
        "import sys; from pathlib import Path\n"
        "from tests.test_export_rdf import handmade_kg, nasty_kg, export_all\n"
        "from kg.store.model import build_dataset\n"
        "export_all(build_dataset(handmade_kg()), Path(sys.argv[1]))\n"
        "export_all(build_dataset(nasty_kg()), Path(sys.argv[2]))\n"
    )
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        a, b = tmp_path / f"h{seed}", tmp_path / f"n{seed}"
        proc = subprocess.run([sys.executable, "-c", script, str(a), str(b)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        for name in RDF_FORMATS:
            f = default_filename(name)
            assert (a / f).read_bytes() == (handmade_build / f).read_bytes(), f
            assert (b / f).read_bytes() == (nasty_build / f).read_bytes(), f


def test_sample_build_outputs_are_byte_identical_across_builds(sample_build, tmp_path):
    """A second build, in another process with another string-hash seed, writes the same bytes."""
    from tests.conftest import SAMPLE

    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(SAMPLE), "--out", str(tmp_path / "again")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    for name in RDF_FORMATS:
        f = default_filename(name)
        assert (tmp_path / "again" / f).read_bytes() == (sample_build / f).read_bytes(), f


def test_ntriples_and_nquads_lines_are_sorted(sample_build):
    for f in ("graph.nt", "graph.nq"):
        lines = (sample_build / f).read_text(encoding="utf-8").splitlines()
        assert lines == sorted(lines) and len(lines) == len(set(lines)) > 0


# ----------------------------------------------------------------------------- bad terms fail loudly
@pytest.mark.parametrize("term", [URIRef("https://example.com/a b"), URIRef("no-scheme"),
                                  URIRef("https://example.com/<x>")])
@pytest.mark.parametrize("name", RDF_FORMATS)
def test_invalid_iri_raises_and_keeps_the_previous_file(name, term, tmp_path):
    path = write(tmp_path / default_filename(name), "previous\n")
    ds = Dataset()
    ds.add((term, RDF.type, KG.Company))
    with pytest.raises(ExportError, match="not a valid absolute IRI"):
        export(ds, name, path)
    assert path.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


# ----------------------------------------------------------------------------- kg export
def test_kg_export_writes_every_rdf_format_from_a_build_or_a_file(sample_build_copy, tmp_path):
    for name in RDF_FORMATS:
        out = tmp_path / ("exported-" + default_filename(name))
        result = CliRunner().invoke(main, ["export", str(sample_build_copy / "graph.ttl"), "--format", name,
                                           "--out", str(out)])
        assert result.exit_code == 0, result.output
        filename, _, _, ox_format, _ = SYNTAXES[name]
        triples = {str(ox.Quad(q.subject, q.predicate, q.object)) for q in ox_quads(out, ox_format)}
        assert triples == expected_sets(loaded(sample_build_copy))[1]
    # default output: beside the graph, under the format's file name
    (sample_build_copy / "graph.jsonld").unlink()
    result = CliRunner().invoke(main, ["export", str(sample_build_copy), "--format", "jsonld"])
    assert result.exit_code == 0, result.output
    assert (sample_build_copy / "graph.jsonld").is_file()
    assert str(sample_build_copy / "graph.jsonld") in result.output


@pytest.mark.parametrize("args, fragment", [
    (["--format", "xml"], "is not a format"),
    (["--format", "turtle", "--classes", " , "], "at least one name"),
])
def test_kg_export_bad_options(sample_build, args, fragment):
    result = CliRunner().invoke(main, ["export", str(sample_build), *args])
    assert result.exit_code == 2, result.output
    assert fragment in result.output


def test_kg_export_bad_graph_is_one_line(tmp_path):
    bad = write(tmp_path / "broken.ttl", "<a> <b> .\n")
    for target in (tmp_path / "missing", bad):
        result = CliRunner().invoke(main, ["export", str(target), "--format", "turtle"])
        assert result.exit_code == 1, result.output
        assert result.output.startswith("Error: ") and "Traceback" not in result.output


def probe_writer(ds, path, **options):
    """An exporter registered only by the test below: writes the options it receives."""
    Path(path).write_text(json.dumps(options, sort_keys=True), encoding="utf-8")


def test_kg_export_passes_html_options_to_the_exporter(sample_build, tmp_path, monkeypatch):
    monkeypatch.setitem(FORMATS, "probe", ("tests.test_export_rdf:probe_writer", "graph.probe"))
    out = tmp_path / "x.probe"
    result = CliRunner().invoke(main, ["export", str(sample_build), "--format", "probe", "--out", str(out),
                                       "--title", "Petitions <&>", "--no-physics",
                                       "--classes", "Person, Company", "--predicates", "petitioned"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text()) == {"title": "Petitions <&>", "physics": False,
                                           "classes": ["Person", "Company"], "predicates": ["petitioned"]}
    result = CliRunner().invoke(main, ["export", str(sample_build), "--format", "probe", "--out", str(out),
                                       "--physics"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text()) == {"physics": True}  # options not given are not passed


def test_kg_export_html_with_options(sample_build, tmp_path):
    out = tmp_path / "view.html"
    result = CliRunner().invoke(main, ["export", str(sample_build), "--format", "html", "--out", str(out),
                                       "--title", "Sample view", "--no-physics"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html") or "<html" in out.read_text(encoding="utf-8")
