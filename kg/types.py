"""Plain frozen dataclasses: the only things handed from stage to stage.

Flow::

    ingest  -> Article
    extract -> ArticleExtraction (Mention, Relation, Quote; each Relation carries Evidence)
    resolve -> KnowledgeGraph (Entity, Fact; a Fact gathers the Evidence of every Relation
               that states it)
    store   -> rdflib Dataset
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

#: Entity classes of the ontology that the extractors may assign.
ENTITY_TYPES: tuple[str, ...] = (
    "Person",
    "Organization",
    "Company",
    "GovernmentAgency",
    "EmployeeGroup",
    "AdvocacyGroup",
    "NewsOutlet",
    "Product",
)
#: How a company's staff are named as a group ("Amazon employees"); resolution merges such
#: groups by their employer.
WORKFORCE_SUFFIX = " employees"

#: The ten core predicates of the gold guidelines, under their ontology local names.
CORE_PREDICATES: tuple[str, ...] = (
    "petitioned",
    "protested",
    "contractsWith",
    "develops",
    "leads",
    "worksFor",
    "partOf",
    "investigated",
    "respondedTo",
    "signatoryCount",
)

#: Predicates whose object is a literal (a whole number) rather than an entity.
LITERAL_PREDICATES: frozenset[str] = frozenset({"signatoryCount"})

#: Predicates scored without direction (``a contractsWith b`` == ``b contractsWith a``).
SYMMETRIC_PREDICATES: frozenset[str] = frozenset({"contractsWith"})


def content_hash(text: str) -> str:
    """Stable hex digest of a text, used for cache keys and stable identifiers."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One news article, as ingested. ``text`` is the cleaned body that extractors read;
    every character offset elsewhere points into it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    source: str | None = None  # the outlet that published it, when known
    path: str | None = None  # the file it came from (not part of the graph)

    @property
    def hash(self) -> str:
        meta = "\x1f".join(x or "" for x in (self.id, self.title, self.url, self.date, self.source))
        return content_hash(meta + "\x1e" + self.text)


@dataclass(frozen=True)
class Mention:
    """A span of an article that names an entity. ``name`` is the entity's name as resolved
    inside the article (``"Bezos"`` -> ``"Jeff Bezos"``); ``text`` is the surface form."""

    article_id: str
    text: str
    start: int
    end: int
    type: str
    name: str


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the article, the sentence and its character offsets in the
    article text, which extractor read it, how sure it is, and any outlet the sentence
    attributes the claim to ("according to BuzzFeed News")."""

    article_id: str
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float
    attribution: str | None = None

    @property
    def key(self) -> str:
        return content_hash(f"{self.article_id}\x1f{self.start}\x1f{self.end}\x1f{self.extractor}")[:16]


@dataclass(frozen=True)
class Relation:
    """A candidate fact read from one sentence of one article. ``subject`` and ``object``
    are entity names as resolved inside the article; for a literal predicate
    (``signatoryCount``) ``object`` is the number written in digits."""

    subject: str
    predicate: str
    object: str
    subject_type: str
    object_type: str | None  # None for literal objects
    evidence: Evidence


@dataclass(frozen=True)
class Quote:
    """A direct quotation, who said it, and where."""

    text: str
    speaker: str | None
    speaker_type: str | None
    evidence: Evidence


@dataclass(frozen=True)
class EventDate:
    """A date the text gives for a fact (``"on Thursday"`` is not a date; ``"in June 2018"``
    is). ``value`` is ISO 8601, possibly reduced precision (``2018-06`` or ``2018``)."""

    relation: Relation
    value: str


@dataclass(frozen=True)
class ArticleExtraction:
    """Everything the extractors read from one article."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[EventDate, ...] = ()


@dataclass(frozen=True)
class Entity:
    """One real-world entity, after resolution across articles."""

    name: str  # canonical label
    type: str
    aliases: tuple[str, ...] = ()  # every surface form seen, sorted; includes the name


@dataclass(frozen=True)
class Fact:
    """A resolved fact: canonical subject name, predicate, canonical object name (or a
    literal in digits), and every piece of evidence that states it."""

    subject: str
    predicate: str
    object: str
    evidence: tuple[Evidence, ...]
    date: str | None = None

    @property
    def confidence(self) -> float:
        return max((e.confidence for e in self.evidence), default=0.0)

    @property
    def is_literal(self) -> bool:
        return self.predicate in LITERAL_PREDICATES

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({e.article_id for e in self.evidence}))


@dataclass(frozen=True)
class KnowledgeGraph:
    """The resolved graph that the store turns into RDF."""

    articles: tuple[Article, ...] = ()
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    quotes: tuple[Quote, ...] = ()
    failures: tuple[tuple[str, str], ...] = field(default=())  # (path, reason) of skipped inputs
