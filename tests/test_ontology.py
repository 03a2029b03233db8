"""The ontology file and the code's closed vocabulary agree, and the guidelines' core
predicates are all defined with label, comment, domain and range."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.store.namespace import KG, ONTOLOGY_IRI
from kg.types import CORE_PREDICATES, ENTITY_TYPES
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ROOT / "ontology" / "kg.ttl")


def defined_terms(g: Graph) -> set[str]:
    ns = str(KG._NS)
    return {str(s)[len(ns):] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(ns)}


def test_every_code_term_is_defined_and_back(onto):
    code = {name for name in KG.__annotations__}
    assert code == defined_terms(onto)


def test_misspelt_term_raises():
    with pytest.raises(AttributeError):
        KG.petitionned  # noqa: B018


def test_ontology_is_versioned(onto):
    o = URIRef(ONTOLOGY_IRI)
    assert (o, RDF.type, OWL.Ontology) in onto
    assert onto.value(o, OWL.versionInfo) is not None and onto.value(o, OWL.versionIRI) is not None


@pytest.mark.parametrize("name", CORE_PREDICATES)
def test_core_predicate_is_fully_described(onto, name):
    p = KG[name]
    kind = OWL.DatatypeProperty if name == "signatoryCount" else OWL.ObjectProperty
    assert (p, RDF.type, kind) in onto
    for prop in (RDFS.label, RDFS.comment, RDFS.domain, RDFS.range):
        assert onto.value(p, prop) is not None, f"{name} lacks {prop}"


@pytest.mark.parametrize("name", ENTITY_TYPES + ("Article",))
def test_classes_are_labelled_and_aligned(onto, name):
    c = KG[name]
    assert (c, RDF.type, OWL.Class) in onto
    assert onto.value(c, RDFS.label) is not None
    supers = set(onto.objects(c, RDFS.subClassOf))
    assert any(not str(s).startswith(str(KG._NS)) for s in supers) or name in ("EmployeeGroup",), supers


def test_organisation_subclasses(onto):
    for name in ("Company", "GovernmentAgency", "EmployeeGroup", "AdvocacyGroup", "NewsOutlet"):
        assert (KG[name], RDFS.subClassOf, KG.Organization) in onto


def test_entity_iris_never_collide_and_attributions_are_typed():
    from rdflib import RDF, RDFS

    from kg.store.model import Iris, build_dataset, union_graph
    from kg.types import Article, Entity, Evidence, Fact, KnowledgeGraph

    ev = Evidence("a1", "Acme sells to the agency, according to Daily Planet.", 0, 52, "test", 0.9,
                  attribution="Daily Planet")
    kg = KnowledgeGraph(
        articles=(Article("a1", "text"),),
        entities=(Entity("ACME", "Company", ("ACME",)), Entity("Acme", "Company", ("Acme",)),
                  Entity("Agency", "GovernmentAgency", ("Agency",))),
        facts=(Fact("Acme", "contractsWith", "Agency", (ev,)),),
    )
    g = union_graph(build_dataset(kg))
    iris = Iris()
    iris.register(["ACME", "Acme"])
    assert iris.entity("ACME") != iris.entity("Acme")
    assert len(set(g.subjects(RDFS.label, None))) == len(list(g.subject_objects(RDFS.label)))
    outlet = next(g.objects(None, KG.attributedTo))
    assert (outlet, RDF.type, KG.NewsOutlet) in g
