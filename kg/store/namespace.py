"""The ontology's namespace as a closed vocabulary: a misspelt term raises instead of
minting a new IRI. ``tests/test_ontology.py`` checks every term here is defined in
``ontology/kg.ttl`` and the other way round."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/kgnews/ontology"


class KG(DefinedNamespace):
    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Agent: URIRef
    Person: URIRef
    Organization: URIRef
    Company: URIRef
    GovernmentAgency: URIRef
    EmployeeGroup: URIRef
    AdvocacyGroup: URIRef
    NewsOutlet: URIRef
    Product: URIRef
    Article: URIRef
    Fact: URIRef
    Evidence: URIRef
    Quote: URIRef
    Extractor: URIRef

    # core predicates
    petitioned: URIRef
    protested: URIRef
    contractsWith: URIRef
    develops: URIRef
    leads: URIRef
    worksFor: URIRef
    partOf: URIRef
    investigated: URIRef
    respondedTo: URIRef
    signatoryCount: URIRef

    # provenance and description
    hasEvidence: URIRef
    inArticle: URIRef
    sentence: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    extractedBy: URIRef
    confidence: URIRef
    attributedTo: URIRef
    eventDate: URIRef
    mentionedIn: URIRef
    speaker: URIRef
    quoteText: URIRef
    source: URIRef
    version: URIRef


SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")

#: Prefixes bound on every graph kg writes.
PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "org": str(ORG),
    "dcterms": "http://purl.org/dc/terms/",
}
