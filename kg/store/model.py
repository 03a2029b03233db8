"""KnowledgeGraph -> RDF.

Graph model
-----------
* One IRI per entity, minted from its canonical name: ``<base>entity/<slug>``. Names that
  are not plain ASCII words get a short hash of the exact name after the slug, so any name
  (quotes, spaces, non-ASCII) gives a valid, distinct, stable IRI.
* Entities carry ``rdf:type``, ``rdfs:label`` (canonical name), ``skos:altLabel`` (every
  alias seen) and ``kg:mentionedIn`` (articles).
* Each fact is a direct triple ``entity kg:<predicate> entity`` (``kg:signatoryCount`` has an
  ``xsd:integer`` object), so plain SPARQL works.
* Each fact is also described by a ``kg:Fact`` node (an ``rdf:Statement``) with
  ``rdf:subject/predicate/object``, ``kg:confidence`` and one ``kg:hasEvidence`` per
  sentence that states it. A ``kg:Evidence`` node holds the article, the sentence, its
  character offsets, the extractor, the confidence and any attribution.
* Articles are ``kg:Article`` nodes with title, URL, date and source when known.

Named graphs
------------
The dataset's default graph holds entities, articles, extractors, fact confidence and
quotes; one named graph per article, ``<base>graph/<article-id>``, holds the facts the
article states (direct triples and statements) and its evidence records. The union of all
graphs is what ``graph.ttl`` holds.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from urllib.parse import quote

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.types import Article, Entity, Evidence, Fact, KnowledgeGraph, Quote, content_hash
from kg.store.namespace import KG, PREFIXES, SCHEMA

DEFAULT_BASE_IRI = "https://kg.example.org/"

_PLAIN_NAME = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|\\^`]')
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")
_YEAR = re.compile(r"\d{4}")


def slugify(name: str) -> str:
    """ASCII slug of a name: ``"Jeff Bezos"`` -> ``"jeff-bezos"``."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def check_base_iri(base: str) -> str:
    """Return the base IRI, ending in ``/`` or ``#``, or raise ValueError."""
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base) or _IRI_UNSAFE.search(base):
        raise ValueError(f"base IRI {base!r} is not an absolute IRI")
    return base if base.endswith(("/", "#")) else base + "/"


def is_valid_url(url: str) -> bool:
    return bool(re.match(r"^https?://[^/\s]", url)) and not _IRI_UNSAFE.search(url)


class Iris:
    """Mints every IRI of the instance data under one base IRI."""

    def __init__(self, base: str = DEFAULT_BASE_IRI):
        self.base = check_base_iri(base)
        self._minted: dict[str, URIRef] = {}

    def _entity_iri(self, name: str, hashed: bool = False) -> URIRef:
        slug = slugify(name)
        if hashed or not _PLAIN_NAME.fullmatch(name) or not slug:
            slug = f"{slug}-{content_hash(name)[:8]}" if slug else content_hash(name)[:12]
        return URIRef(f"{self.base}entity/{slug}")

    def register(self, names: list[str]) -> None:
        """Fix the IRIs of a graph's entities so that two distinct names never share one:
        names whose slugs collide ("Amazon" and "AMAZON") after the first, in sorted order,
        get the hashed form."""
        taken: dict[URIRef, str] = {}
        for name in sorted(set(names)):
            iri = self._entity_iri(name)
            if taken.get(iri, name) != name:
                iri = self._entity_iri(name, hashed=True)
            taken[iri] = name
            self._minted[name] = iri

    def entity(self, name: str) -> URIRef:
        return self._minted.get(name) or self._entity_iri(name)

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{quote(article_id, safe='-_.~')}")

    def article_graph(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}graph/{quote(article_id, safe='-_.~')}")

    @staticmethod
    def fact_key(fact: Fact) -> str:
        return content_hash(f"{fact.subject}\x1f{fact.predicate}\x1f{fact.object}")[:16]

    def fact(self, fact: Fact) -> URIRef:
        return URIRef(f"{self.base}fact/{self.fact_key(fact)}")

    def evidence(self, fact: Fact, ev: Evidence) -> URIRef:
        return URIRef(f"{self.base}evidence/{content_hash(self.fact_key(fact) + ev.key)[:16]}")

    def extractor(self, name: str) -> URIRef:
        return URIRef(f"{self.base}extractor/{quote(name, safe='-_.~')}")

    def quote(self, q: Quote) -> URIRef:
        ev = q.evidence
        return URIRef(f"{self.base}quote/{content_hash(f'{ev.article_id}|{ev.start}|{ev.end}|{q.text}')[:16]}")


def clean_text(text: str) -> str:
    """Drop characters that are not allowed in RDF/XML-era literals (C0 controls but tab,
    newline and carriage return) so every serialisation and every store accepts them."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text)


def date_literal(value: str) -> Literal:
    if _DATE.fullmatch(value):
        return Literal(value, datatype=XSD.date)
    if _YEAR_MONTH.fullmatch(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _YEAR.fullmatch(value):
        return Literal(value, datatype=XSD.gYear)
    return Literal(clean_text(value))


def confidence_literal(value: float) -> Literal:
    # The canonical lexical form ("0.9", "1.0"), so stores that canonicalise give it back as is.
    text = f"{min(max(value, 0.0), 1.0):.3f}".rstrip("0")
    return Literal(Decimal(text + "0" if text.endswith(".") else text), datatype=XSD.decimal)


def new_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    return ds


def _add_article(g: Graph, iris: Iris, article: Article) -> None:
    a = iris.article(article.id)
    g.add((a, RDF.type, KG.Article))
    g.add((a, DCTERMS.identifier, Literal(clean_text(article.id))))
    if article.title:
        g.add((a, DCTERMS.title, Literal(clean_text(article.title), lang="en")))
    if article.url:
        if is_valid_url(article.url):
            g.add((a, SCHEMA.url, URIRef(article.url)))
        else:
            g.add((a, SCHEMA.url, Literal(clean_text(article.url), datatype=XSD.anyURI)))
    if article.date:
        g.add((a, DCTERMS.date, date_literal(article.date)))
    if article.source:
        g.add((a, KG.source, Literal(clean_text(article.source))))


def _add_entity(g: Graph, iris: Iris, entity: Entity) -> None:
    e = iris.entity(entity.name)
    g.add((e, RDF.type, KG[entity.type]))
    g.add((e, RDFS.label, Literal(clean_text(entity.name))))
    for alias in entity.aliases:
        if alias != entity.name:
            g.add((e, SKOS.altLabel, Literal(clean_text(alias))))


def fact_object(iris: Iris, fact: Fact) -> URIRef | Literal:
    if fact.is_literal:
        return Literal(int(fact.object), datatype=XSD.integer)
    return iris.entity(fact.object)


def build_dataset(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Dataset:
    """Turn a resolved KnowledgeGraph into an RDF dataset (see the module docstring)."""
    iris = _CachedIris(base_iri)
    ds = new_dataset()
    default = ds.default_graph
    entities = list(kg.entities)
    known = {e.name for e in entities}
    # An outlet a sentence attributes a claim to is an entity too, even when no fact names it.
    outlets = {ev.attribution for f in kg.facts for ev in f.evidence if ev.attribution}
    outlets |= {q.evidence.attribution for q in kg.quotes if q.evidence.attribution}
    entities += [Entity(name, "NewsOutlet", (name,)) for name in sorted(outlets - known)]
    known |= outlets
    iris.register([e.name for e in entities])

    for article in kg.articles:
        _add_article(default, iris, article)
    for entity in entities:
        _add_entity(default, iris, entity)

    add = ds.store.add  # what Graph.add calls, without its per-triple checks
    graphs: dict[str, Graph] = {}
    literals = _Literals()
    extractors: set[str] = set()
    mentioned: set[tuple[str, str]] = set()
    stated: set[tuple[URIRef, str]] = set()  # (fact, article): its statement is in that article's graph
    for fact in kg.facts:
        if fact.subject not in known or (not fact.is_literal and fact.object not in known):
            continue
        s, p, o = iris.entity(fact.subject), KG[fact.predicate], fact_object(iris, fact)
        f = iris.fact(fact)
        add((f, _CONFIDENCE, literals.confidence(fact.confidence)), default, False)
        if fact.date:
            add((f, _EVENT_DATE, date_literal(fact.date)), default, False)
        for ev in fact.evidence:
            g = graphs.get(ev.article_id)
            if g is None:
                g = graphs[ev.article_id] = ds.graph(iris.article_graph(ev.article_id))
            if (f, ev.article_id) not in stated:
                stated.add((f, ev.article_id))
                add((s, p, o), g, False)
                add((f, _RDF_TYPE, _FACT), g, False)
                add((f, _SUBJECT, s), g, False)
                add((f, _PREDICATE, p), g, False)
                add((f, _OBJECT, o), g, False)
            e = iris.evidence(fact, ev)
            add((f, _HAS_EVIDENCE, e), g, False)
            _add_evidence(g, iris, e, ev, literals)
            extractors.add(ev.extractor)
            mentioned.add((fact.subject, ev.article_id))
            if not fact.is_literal:
                mentioned.add((fact.object, ev.article_id))

    for q in kg.quotes:
        qi = iris.quote(q)
        default.add((qi, RDF.type, KG.Quote))
        default.add((qi, KG.quoteText, Literal(clean_text(q.text), lang="en")))
        if q.speaker and q.speaker in known:
            default.add((qi, KG.speaker, iris.entity(q.speaker)))
        e = URIRef(str(qi).replace("/quote/", "/evidence/quote-"))
        default.add((qi, KG.hasEvidence, e))
        _add_evidence(default, iris, e, q.evidence, literals)
        extractors.add(q.evidence.extractor)

    for name in sorted(extractors):
        x = iris.extractor(name)
        default.add((x, RDF.type, KG.Extractor))
        default.add((x, RDFS.label, Literal(name)))
    for name, article_id in sorted(mentioned):
        add((iris.entity(name), _MENTIONED_IN, iris.article(article_id)), default, False)
    return ds


_RDF_TYPE = RDF.type
_CONFIDENCE, _EVENT_DATE, _FACT, _HAS_EVIDENCE = KG.confidence, KG.eventDate, KG.Fact, KG.hasEvidence
_SUBJECT, _PREDICATE, _OBJECT = RDF.subject, RDF.predicate, RDF.object
_EVIDENCE, _IN_ARTICLE, _SENTENCE = KG.Evidence, KG.inArticle, KG.sentence
_BEGIN, _END, _EXTRACTED_BY, _ATTRIBUTED_TO = KG.beginIndex, KG.endIndex, KG.extractedBy, KG.attributedTo
_MENTIONED_IN = KG.mentionedIn


class _CachedIris(Iris):
    """Iris that mint each article's and extractor's IRIs once."""

    def __init__(self, base: str = DEFAULT_BASE_IRI):
        super().__init__(base)
        self._articles: dict[str, URIRef] = {}
        self._extractors: dict[str, URIRef] = {}

    def article(self, article_id: str) -> URIRef:
        iri = self._articles.get(article_id)
        if iri is None:
            iri = self._articles[article_id] = super().article(article_id)
        return iri

    def extractor(self, name: str) -> URIRef:
        iri = self._extractors.get(name)
        if iri is None:
            iri = self._extractors[name] = super().extractor(name)
        return iri


class _Literals:
    """Integer and confidence literals, each made once."""

    def __init__(self) -> None:
        self._integers: dict[int, Literal] = {}
        self._confidences: dict[float, Literal] = {}

    def integer(self, value: int) -> Literal:
        if type(value) is not int:
            return Literal(value, datatype=XSD.integer)
        literal = self._integers.get(value)
        if literal is None:
            literal = self._integers[value] = Literal(value, datatype=XSD.integer)
        return literal

    def confidence(self, value: float) -> Literal:
        literal = self._confidences.get(value)
        if literal is None:
            literal = self._confidences[value] = confidence_literal(value)
        return literal


def _add_evidence(g: Graph, iris: Iris, node: URIRef, ev: Evidence, literals: _Literals | None = None) -> None:
    literals = literals or _Literals()
    add = g.store.add
    add((node, _RDF_TYPE, _EVIDENCE), g, False)
    add((node, _IN_ARTICLE, iris.article(ev.article_id)), g, False)
    add((node, _SENTENCE, Literal(clean_text(ev.sentence), lang="en")), g, False)
    add((node, _BEGIN, literals.integer(ev.start)), g, False)
    add((node, _END, literals.integer(ev.end)), g, False)
    add((node, _EXTRACTED_BY, iris.extractor(ev.extractor)), g, False)
    add((node, _CONFIDENCE, literals.confidence(ev.confidence)), g, False)
    if ev.attribution:
        add((node, _ATTRIBUTED_TO, iris.entity(ev.attribution)), g, False)


def union_graph(ds: Dataset | Graph) -> Graph:
    """Every triple of every graph of the dataset, in one plain Graph with kg's prefixes."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    if isinstance(ds, Dataset):
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
    else:
        for t in ds:
            g.add(t)
    return g
