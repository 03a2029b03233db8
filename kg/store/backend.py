"""Persistent triple stores: an on-disk Oxigraph store that builds add to and queries read.

A store is named by a spec, ``oxigraph:PATH`` (PATH is the store's folder, created on first
use). Wherever kg takes a graph file or build folder it also takes a store spec.

Layout and replacement
----------------------
The store holds the dataset exactly as a build makes it: the default graph (entities,
articles, extractors, fact confidence, quotes) and one named graph per article,
``<base>graph/<article-id>``. Saving a build into a store (:func:`save_build`) replaces the
articles of that build and adds them to the rest:

1. the named graphs of the rebuilt articles are dropped, and so are the default-graph
   triples that belong to those articles alone (the article node, ``kg:mentionedIn`` links
   to it, quotes whose evidence is in it);
2. for every subject the new build describes, its single-valued properties (``rdf:type``,
   ``rdfs:label``, ``kg:confidence``, ``kg:eventDate``) are replaced by the new values;
3. the new quads are added; fact descriptions left without any statement in any article
   graph are removed.

So rebuilding the same articles never duplicates anything, and a later build of other
articles adds them. Aliases (``skos:altLabel``) accumulate over builds.

Benchmarks
----------
:func:`load_file`, :func:`query_rows`, :func:`export_file` and :func:`triple_count` load an
RDF file into either backend (``rdflib`` in memory, ``oxigraph`` in memory or on disk) and
time the same operations on both.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, Graph

from kg.errors import GraphLoadError, QueryError, StoreError
from kg.store.model import Iris
from kg.store.namespace import KG, PREFIXES

#: Kinds of persistent store kg knows, as written before the colon of a store spec.
STORE_KINDS: tuple[str, ...] = ("oxigraph",)

#: Backends :func:`load_file` can load into.
BACKENDS: tuple[str, ...] = ("rdflib", "oxigraph")

#: Properties with one value per subject: a new build's value replaces the stored one.
SINGLE_VALUED = (RDF.type, RDFS.label, KG.confidence, KG.eventDate)

#: File suffix -> pyoxigraph format.
OX_FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class StoreSpec:
    """A persistent store: its kind and its folder."""

    kind: str
    path: Path

    def __str__(self) -> str:
        return f"{self.kind}:{self.path}"


@dataclass(frozen=True)
class StoreSummary:
    """What saving a build did to a store."""

    spec: StoreSpec
    articles: int
    quads: int
    graphs: int


def is_store_spec(text: str | os.PathLike) -> bool:
    """True for ``oxigraph:PATH`` (and any other ``kind:`` of :data:`STORE_KINDS`)."""
    return isinstance(text, str) and text.split(":", 1)[0] in STORE_KINDS and ":" in text


def parse_store_spec(text: str) -> StoreSpec:
    """``"oxigraph:PATH"`` -> StoreSpec; raises StoreError on anything else."""
    kind, sep, path = str(text).partition(":")
    if not sep or kind not in STORE_KINDS:
        raise StoreError(f"{text!r} is not a store; write {' or '.join(k + ':PATH' for k in STORE_KINDS)}")
    if not path.strip():
        raise StoreError(f"{text!r} names no folder; write {kind}:PATH")
    return StoreSpec(kind, Path(path))


def _os_error(spec: StoreSpec, exc: Exception) -> StoreError:
    msg = " ".join(str(exc).split()) or type(exc).__name__
    if "lock" in msg.lower():
        return StoreError(f"{spec}: the store is in use by another process ({msg[:200]})")
    return StoreError(f"{spec}: cannot open the store ({msg[:200]})")


def open_store(spec: StoreSpec | str, read_only: bool = False) -> ox.Store:
    """Open an Oxigraph store: read-write (creating the folder) or read-only (it must
    exist). Raises StoreError when the folder is not a store or another process holds it."""
    spec = parse_store_spec(spec) if isinstance(spec, str) else spec
    if read_only:
        if not spec.path.is_dir():
            raise StoreError(f"{spec}: no such store; create it with 'kg build ... --store {spec}'")
        if not any(spec.path.iterdir()):
            raise StoreError(f"{spec}: the store is empty; add to it with 'kg build ... --store {spec}'")
    elif spec.path.exists() and not spec.path.is_dir():
        raise StoreError(f"{spec}: exists and is not a folder")
    try:
        if not read_only:
            spec.path.mkdir(parents=True, exist_ok=True)
        return ox.Store.read_only(str(spec.path)) if read_only else ox.Store(str(spec.path))
    except OSError as exc:
        raise _os_error(spec, exc) from None


# ----------------------------------------------------------------------------- terms
class _Converter:
    """rdflib terms -> pyoxigraph terms, memoised (entity IRIs repeat a lot)."""

    def __init__(self) -> None:
        self._cache: dict = {}

    def term(self, t):
        cached = self._cache.get(t)
        if cached is not None:
            return cached
        if isinstance(t, URIRef):
            out = ox.NamedNode(str(t))
        elif isinstance(t, BNode):
            out = ox.BlankNode(str(t))
        elif isinstance(t, Literal):
            if t.language:
                out = ox.Literal(str(t), language=t.language)
            elif t.datatype is not None:
                out = ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
            else:
                out = ox.Literal(str(t))
        else:
            raise StoreError(f"cannot store RDF term {t!r}")
        if len(self._cache) < 1_000_000:
            self._cache[t] = out
        return out

    def graph(self, g):
        ident = g.identifier if isinstance(g, Graph) else g
        if ident is None or ident == DATASET_DEFAULT_GRAPH_ID:
            return ox.DefaultGraph()
        return self.term(ident)


def dataset_quads(ds: Dataset) -> Iterator[ox.Quad]:
    """Every quad of an rdflib Dataset as pyoxigraph quads (default graph kept default)."""
    conv = _Converter()
    for context in ds.store.contexts():
        g = conv.graph(context)
        for (s, p, o), _ in ds.store.triples((None, None, None), context):
            yield ox.Quad(conv.term(s), conv.term(p), conv.term(o), g)


# ----------------------------------------------------------------------------- saving builds
def _stale_quads(store: ox.Store, ds: Dataset, iris: Iris, ids: list[str]) -> tuple[list[ox.Quad], list[ox.NamedNode]]:
    """The quads a build of ``ids`` replaces (steps 1 and 2 of the module docstring), and
    the article graphs to drop."""
    conv = _Converter()
    default = ox.DefaultGraph()
    rdf_type, quote_class = conv.term(RDF.type), conv.term(KG.Quote)
    mentioned_in, in_article, has_evidence = conv.term(KG.mentionedIn), conv.term(KG.inArticle), conv.term(KG.hasEvidence)
    stale: list[ox.Quad] = []
    graphs: list[ox.NamedNode] = []
    for article_id in ids:
        g = conv.term(iris.article_graph(article_id))
        if store.contains_named_graph(g):
            graphs.append(g)
            stale.extend(store.quads_for_pattern(None, None, None, g))
        a = conv.term(iris.article(article_id))
        stale.extend(store.quads_for_pattern(a, None, None, default))
        stale.extend(store.quads_for_pattern(None, mentioned_in, a, default))
        for ev in store.quads_for_pattern(None, in_article, a, default):
            for link in store.quads_for_pattern(None, has_evidence, ev.subject, default):
                if ox.Quad(link.subject, rdf_type, quote_class, default) in store:
                    stale.extend(store.quads_for_pattern(link.subject, None, None, default))
                    stale.extend(store.quads_for_pattern(ev.subject, None, None, default))
    new_default = ds.graph(DATASET_DEFAULT_GRAPH_ID)
    for p in SINGLE_VALUED:
        op = conv.term(p)
        for subject in set(new_default.subjects(p, None)):
            stale.extend(store.quads_for_pattern(conv.term(subject), op, None, default))
    return stale, graphs


def _orphan_facts(store: ox.Store, removed: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Default-graph descriptions of facts whose statements were removed and that no
    article graph states any more."""
    rdf_type, fact_class = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.Fact))
    default = ox.DefaultGraph()
    candidates = {q.subject for q in removed
                  if q.predicate == rdf_type and q.object == fact_class and q.graph_name != default}
    orphans: list[ox.Quad] = []
    for f in candidates:
        if not any(q.graph_name != default for q in store.quads_for_pattern(f, rdf_type, fact_class, None)):
            orphans.extend(store.quads_for_pattern(f, None, None, default))
    return orphans


def replace_articles(store: ox.Store, ds: Dataset, base_iri: str, article_ids: Iterable[str]) -> int:
    """Replace in ``store`` what it holds about ``article_ids`` by the content of ``ds``
    (see the module docstring). Returns the number of quads added."""
    iris = Iris(base_iri)
    stale, graphs = _stale_quads(store, ds, iris, sorted(set(article_ids)))
    for q in stale:
        store.remove(q)
    for g in graphs:
        store.remove_graph(g)
    quads = list(dataset_quads(ds))
    if len(quads) > 10_000:
        store.bulk_extend(quads)  # much faster for large builds; not one transaction
    else:
        store.extend(quads)
    for q in _orphan_facts(store, stale):
        store.remove(q)
    return len(quads)


def save_build(ds: Dataset, spec: StoreSpec | str, base_iri: str, article_ids: Iterable[str]) -> StoreSummary:
    """Save a build's dataset into a persistent store, replacing the articles it rebuilt."""
    spec = parse_store_spec(spec) if isinstance(spec, str) else spec
    ids = list(article_ids)
    store = open_store(spec)
    try:
        replace_articles(store, ds, base_iri, ids)
        store.flush()
        graphs = sum(1 for _ in store.named_graphs())
        return StoreSummary(spec=spec, articles=len(ids), quads=len(store), graphs=graphs)
    except OSError as exc:
        raise StoreError(f"{spec}: cannot write to the store ({' '.join(str(exc).split())[:200]})") from None
    finally:
        del store


# ----------------------------------------------------------------------------- reading
def store_dataset(spec: StoreSpec | str) -> Dataset:
    """A read-only rdflib Dataset over an Oxigraph store (through oxrdflib): SPARQL runs
    natively in Oxigraph over the union of all graphs."""
    from oxrdflib import OxigraphStore

    spec = parse_store_spec(spec) if isinstance(spec, str) else spec
    ds = Dataset(store=OxigraphStore(store=open_store(spec, read_only=True)), default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    return ds


def read_source(source: str | os.PathLike) -> ox.Store:
    """A graph file, build folder or store spec as a pyoxigraph Store: files are parsed
    into memory, stores opened read-only. Raises GraphLoadError/StoreError."""
    if is_store_spec(source):
        return open_store(str(source), read_only=True)
    from kg.store.io import resolve_graph_path

    path = resolve_graph_path(source)
    return load_file(path, "oxigraph")


# ----------------------------------------------------------------------------- benchmarks
def load_file(path: str | os.PathLike, backend: str = "oxigraph", location: str | os.PathLike | None = None):
    """Load an RDF file (format by suffix: .nq, .trig, .ttl, .nt, .jsonld, ...) into
    ``backend``: an rdflib Dataset (``rdflib``) or a pyoxigraph Store (``oxigraph``, in
    memory, or on disk in ``location``). Raises GraphLoadError on unreadable input."""
    p = Path(path)
    if backend not in BACKENDS:
        raise StoreError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if backend == "rdflib":
        from kg.store.io import load_graph

        return load_graph(p)
    fmt = OX_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise GraphLoadError(f"{path}: unknown graph format {p.suffix!r}; expected one of {', '.join(sorted(OX_FORMATS))}")
    if not p.is_file():
        raise GraphLoadError(f"{path}: no such file")
    store = open_store(StoreSpec("oxigraph", Path(location))) if location is not None else ox.Store()
    try:
        if location is not None:
            store.bulk_load(path=str(p), format=fmt)
        else:
            store.load(path=str(p), format=fmt)
    except (SyntaxError, ValueError) as exc:
        msg = " ".join(str(exc).split()) or type(exc).__name__
        raise GraphLoadError(f"{path}: cannot parse as {fmt.name}: {msg[:300]}") from None
    except OSError as exc:
        raise GraphLoadError(f"{path}: cannot read ({' '.join(str(exc).split())[:300]})") from None
    return store


def _ox_text(term) -> str:
    return "" if term is None else str(term.value)


def query_rows(handle, text: str) -> list[tuple[str, ...]]:
    """Run a SELECT query (kg's prefixes predeclared) over the union of all graphs of a
    :func:`load_file` handle; rows of plain string values, sorted."""
    if isinstance(handle, ox.Store):
        try:
            result = handle.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL query: {' '.join(str(exc).split())[:300]}") from None
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("query_rows takes SELECT queries")
        return sorted(tuple(_ox_text(v) for v in row) for row in result)
    from kg.query import result_rows, run_query

    _, rows = result_rows(run_query(handle, text))
    return sorted(tuple(r) for r in rows)


def export_file(handle, path: str | os.PathLike) -> Path:
    """Write a :func:`load_file` handle to ``path`` (format by suffix, e.g. .nq, .trig)."""
    from kg.fsutil import atomic_path

    p = Path(path)
    fmt = OX_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise StoreError(f"{path}: unknown graph format {p.suffix!r}")
    with atomic_path(p) as tmp:
        if isinstance(handle, ox.Store):
            prefixes = dict(PREFIXES) if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
            if fmt.supports_datasets:
                handle.dump(str(tmp), fmt, prefixes=prefixes)
            else:  # a triples format holds the union of all graphs
                union = handle.query("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }",
                                     use_default_graph_as_union=True)
                ox.serialize(union, str(tmp), fmt, prefixes=prefixes)
        else:
            from kg.store.io import RDF_FORMATS

            handle.serialize(destination=tmp, format=RDF_FORMATS[p.suffix.lower()], encoding="utf-8")
    return p


def triple_count(handle) -> int:
    """Quads (triples per graph) in a :func:`load_file` handle."""
    if isinstance(handle, ox.Store):
        return len(handle)
    return sum(1 for _ in handle.quads((None, None, None, None)))
