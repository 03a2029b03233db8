"""SHACL validation: the sample build and a hand-made graph conform; each planted violation
is reported on one readable line and makes `kg validate` and `kg build --strict` fail."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef

from kg.cli import main
from kg.errors import ValidationError
from kg.store.model import DEFAULT_BASE_IRI, build_dataset
from kg.store.namespace import KG
from kg.validate import SHAPES_FILE, check, validate
from tests.conftest import write
from tests.test_export_rdf import export_all, handmade_kg

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SH = Namespace("http://www.w3.org/ns/shacl#")
E = Namespace(DEFAULT_BASE_IRI + "entity/")

PLANTED = f"""
@prefix kg: <https://w3id.org/kgnews/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<{DEFAULT_BASE_IRI}entity/planted-group> a kg:EmployeeGroup ;
    rdfs:label "Planted Group" ;
    kg:petitioned "Somebody Unresolved" .
<{DEFAULT_BASE_IRI}entity/planted-untyped> rdfs:label "Planted Untyped" ;
    kg:mentionedIn <{DEFAULT_BASE_IRI}article/planted> .
"""


@pytest.fixture()
def handmade() -> Dataset:
    return build_dataset(handmade_kg())


def entity(name: str) -> URIRef:
    from kg.store.model import Iris

    return Iris().entity(name)


# ----------------------------------------------------------------------------- conforming graphs
def test_shapes_file_is_valid_shacl():
    import pyshacl

    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    # every shape and constraint is well-formed: pySHACL's meta-shapes (SHACL for SHACL) accept it
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text
    assert len(list(shapes.subjects(RDF.type, SH.NodeShape))) >= 10


def test_sample_build_conforms(sample_build):
    result = CliRunner().invoke(main, ["validate", str(sample_build)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("The graph conforms to the shapes.")


def test_handmade_graph_conforms_in_every_format(handmade, tmp_path):
    report = validate(handmade)
    assert report.conforms, "\n".join(report.lines())
    export_all(handmade, tmp_path)
    for name in ("graph.ttl", "graph.trig", "graph.nq", "graph.nt", "graph.jsonld"):
        result = CliRunner().invoke(main, ["validate", str(tmp_path / name)])
        assert result.exit_code == 0, f"{name}: {result.output}"


# ----------------------------------------------------------------------------- planted violations
def test_planted_violations_in_the_sample_build_are_reported(sample_build_copy):
    trig = sample_build_copy / "graph.trig"
    trig.write_text(trig.read_text(encoding="utf-8") + PLANTED, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(sample_build_copy)])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    literal_object = [l for l in lines if "planted-group" in l and "kg:petitioned" in l and "not a literal" in l]
    assert literal_object == [
        f'Violation: "Planted Group" <{DEFAULT_BASE_IRI}entity/planted-group> kg:petitioned: the object of '
        'kg:petitioned must be a kg:Agent (person or organisation), not a literal (value "Somebody Unresolved")']
    assert any("planted-untyped" in l and '"Planted Untyped"' in l and "not typed" in l for l in lines)
    assert any("planted-group" in l and "no kg:Fact" in l for l in lines)  # and it has no evidence
    assert lines[-1].startswith("Error: The graph does not conform to the shapes: ")
    assert "Traceback" not in result.output


def _with(ds: Dataset, *triples, remove=()) -> Dataset:
    for t in remove:
        for g in ds.graphs():
            g.remove(t)
    for t in triples:
        ds.default_graph.add(t)
    return ds


def _one_evidence(ds: Dataset) -> URIRef:
    return sorted(ds.subjects(RDF.type, KG.Evidence))[0]


CASES = {
    "untyped entity": (
        lambda ds: _with(ds, remove=[(entity("ParkEye"), RDF.type, KG.Product)]),
        ["entity is not typed with a kg entity class"],
    ),
    "unlabelled entity": (
        lambda ds: _with(ds, remove=[(entity("Civic Watch"), RDFS.label, None)]),
        ["exactly one rdfs:label"],
    ),
    "literal object of a core fact": (
        lambda ds: _with(ds, (entity("Orchard Corp"), KG.contractsWith, Literal("Department of Parks"))),
        ["the object of kg:contractsWith must be a kg:Organization, not a literal", "no kg:Fact"],
    ),
    "domain: a product leads a company": (
        lambda ds: _with(ds, (entity("ParkEye"), KG.leads, entity("Orchard Corp"))),
        ["the subject of kg:leads must be a kg:Person", "no kg:Fact"],
    ),
    "range: a company develops a person": (
        lambda ds: _with(ds, (entity("Orchard Corp"), KG.develops, entity("Dana Reyes"))),
        ["the object of kg:develops must be a kg:Product", "no kg:Fact"],
    ),
    "signatoryCount not an integer": (
        lambda ds: _with(ds, (entity("Orchard Workers"), KG.signatoryCount, Literal("about 300"))),
        ["kg:signatoryCount must be a non-negative xsd:integer", "no kg:Fact"],
    ),
    "fact without evidence": (
        lambda ds: _with(ds, remove=[(None, KG.hasEvidence, None)]),
        ["a kg:Fact needs at least one kg:hasEvidence", "no kg:Fact with a kg:hasEvidence"],
    ),
    "confidence out of range": (
        lambda ds: _with(ds, (_one_evidence(ds), KG.confidence, Literal("1.5", datatype=XSD.decimal)),
                         remove=[(_one_evidence(ds), KG.confidence, None)]),
        ["kg:confidence, an xsd:decimal in [0, 1]"],
    ),
    "begin after end": (
        lambda ds: _with(ds, (_one_evidence(ds), KG.beginIndex, Literal(10_000, datatype=XSD.integer)),
                         remove=[(_one_evidence(ds), KG.beginIndex, None)]),
        ["not after kg:endIndex"],
    ),
    "evidence without sentence": (
        lambda ds: _with(ds, remove=[(_one_evidence(ds), KG.sentence, None)]),
        ["exactly one kg:sentence"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_planted_violation_is_reported(case, handmade):
    plant, expected = CASES[case]
    report = validate(plant(handmade))
    assert not report.conforms
    text = "\n".join(report.lines())
    for fragment in expected:
        assert fragment in text, text
    assert all(line.startswith("Violation: ") and "\n" not in line for line in report.lines())


def test_check_raises_one_line_with_the_first_violations(handmade):
    ds = CASES["literal object of a core fact"][0](handmade)
    with pytest.raises(ValidationError) as info:
        check(ds, note="nothing was written")
    message = str(info.value)
    assert "\n" not in message and "does not conform" in message and message.endswith("(nothing was written)")


def test_validate_bad_inputs_are_one_line(tmp_path, sample_build):
    broken = write(tmp_path / "broken.ttl", "this is not turtle\n")
    for args in (["validate", str(tmp_path / "missing")], ["validate", str(broken)],
                 ["validate", str(sample_build), "--shapes", str(broken)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code != 0, result.output
        assert result.output.startswith("Error: ") and "Traceback" not in result.output, result.output


def test_validate_with_custom_shapes(sample_build, tmp_path):
    shapes = write(tmp_path / "shapes.ttl", """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/kgnews/ontology#> .
@prefix ex: <https://example.org/shapes#> .
ex:ArticleNeedsSource a sh:NodeShape ; sh:targetClass kg:Article ;
    sh:property [ sh:path kg:version ; sh:minCount 1 ; sh:message "article has no kg:version" ] .
""")
    result = CliRunner().invoke(main, ["validate", str(sample_build), "--shapes", str(shapes)])
    assert result.exit_code == 1, result.output
    assert "article has no kg:version" in result.output


# ----------------------------------------------------------------------------- kg build --strict
ARTICLE = """Title: Strict test

Members of the Lantern Union sent a letter to Priya Natarajan, the chief executive of Lantern Labs.
"""


def test_build_strict_passes_on_a_conforming_graph(tmp_path):
    corpus = write(tmp_path / "in" / "a.txt", ARTICLE)
    result = CliRunner().invoke(main, ["build", str(corpus.parent), "--out", str(tmp_path / "out"), "--strict"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "graph.trig").is_file()


def test_build_strict_fails_and_writes_nothing_on_violations(tmp_path, monkeypatch):
    import kg.validate

    # A stricter (real) shapes file that no build satisfies: every article needs a kg:version.
    shapes = write(tmp_path / "shapes.ttl", """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/kgnews/ontology#> .
@prefix ex: <https://example.org/shapes#> .
ex:ArticleNeedsVersion a sh:NodeShape ; sh:targetClass kg:Article ;
    sh:property [ sh:path kg:version ; sh:minCount 1 ; sh:message "article has no kg:version" ] .
""")
    monkeypatch.setattr(kg.validate, "SHAPES_FILE", shapes)
    corpus = write(tmp_path / "in" / "a.txt", ARTICLE)
    out = tmp_path / "out"
    previous = write(out / "graph.ttl", "# previous build\n")
    result = CliRunner().invoke(main, ["build", str(corpus.parent), "--out", str(out), "--strict"])
    assert result.exit_code == 1, result.output
    assert "Error: The graph does not conform to the shapes: 1 violation." in result.output
    assert "article has no kg:version" in result.output and "nothing was written" in result.output
    assert previous.read_text() == "# previous build\n"
    assert not (out / "graph.trig").exists() and not (out / "graph.nq").exists()
    # without --strict the same build writes its outputs
    result = CliRunner().invoke(main, ["build", str(corpus.parent), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "graph.trig").is_file()


def test_kg_sparql_constraint_run_once_matches_pyshacl_per_focus_node(handmade):
    """kg.validate runs kg's SPARQL constraint once over the whole graph; pySHACL alone runs
    it per focus node. Both find the same core triples without evidence."""
    import pyshacl

    from kg.store.model import union_graph
    from kg.validate import ONTOLOGY_FILE, _short

    ds = _with(handmade, (entity("Orchard Corp"), KG.contractsWith, Literal("Parks")),
               (entity("Civic Watch"), KG.petitioned, entity("Dana Reyes")),
               (entity("Orchard Workers"), KG.signatoryCount, Literal(7, datatype=XSD.integer)))
    _, results, _ = pyshacl.validate(union_graph(ds), shacl_graph=Graph().parse(SHAPES_FILE),
                                     ont_graph=Graph().parse(ONTOLOGY_FILE), inference="none")
    theirs = {(_short(results.value(r, SH.focusNode)), _short(results.value(r, SH.resultPath)),
               _short(results.value(r, SH.value)))
              for r in results.subjects(SH.sourceConstraintComponent, SH.SPARQLConstraintComponent)}
    ours = {(v.focus, v.path, v.value) for v in validate(ds).violations if "no kg:Fact" in v.message}
    assert len(theirs) == 3 and ours == theirs
