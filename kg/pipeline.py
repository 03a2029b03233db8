"""The one place that knows the order of the stages:
ingest -> extract -> resolve -> store -> export."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg.errors import NoArticlesError
from kg.export import BUILD_FORMATS, default_filename
from kg.ingest import Failure, read_articles
from kg.resolve import resolve
from kg.store.model import DEFAULT_BASE_IRI, build_dataset
from kg.types import Article, KnowledgeGraph


@dataclass
class BuildResult:
    graph: KnowledgeGraph
    dataset: Dataset
    outputs: dict[str, Path] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    store: object | None = None  # kg.store.backend.StoreSummary when saved into a store
    cached: int = 0  # articles whose extraction came from the cache
    extracted: int = 0  # articles extracted by this build

    @property
    def summary(self) -> dict[str, int]:
        return {
            "articles": len(self.graph.articles),
            "entities": len(self.graph.entities),
            "facts": len(self.graph.facts),
            "triples": len(self.dataset),
        }


def build_graph(
    articles: Iterable[Article],
    model: str | None = None,
    min_confidence: float = 0.0,
    on_article: Callable[[Article], None] | None = None,
    *,
    workers: int | str = 1,
    cache_dir: str | Path | None = None,
    rebuild: bool = False,
    dask=None,
    prune_cache: bool = False,
) -> KnowledgeGraph:
    """Extract and resolve a stream of articles.

    ``workers`` > 1 extracts in that many processes (``"auto"``: one per CPU, when there is
    enough to extract); ``dask`` (a scheduler address,
    ``"local"`` for a cluster on this machine, or a ``distributed.Client``) extracts on a
    Dask cluster. ``cache_dir`` keeps each article's extraction so that a later call
    re-extracts only new or changed articles (``rebuild`` re-extracts everything and
    refreshes the cache). Every choice gives the same graph. ``prune_cache`` deletes the cache entries this call did not use
    (articles no longer in the corpus). ``on_article`` is called as each article's
    extraction is ready."""
    from kg.cache import ExtractionCache

    cache = ExtractionCache(cache_dir, model) if cache_dir is not None else None
    return _extract_and_resolve(articles, model, min_confidence, on_article, workers=workers,
                                cache=cache, rebuild=rebuild, dask=dask, prune_cache=prune_cache)


def _extract_and_resolve(articles, model, min_confidence, on_article, *, workers, cache, rebuild,
                         dask, prune_cache) -> KnowledgeGraph:
    from kg.parallel import run_extraction

    extractions = run_extraction(articles, model, workers=workers, dask=dask, cache=cache,
                                 rebuild=rebuild, on_article=on_article)
    kg = resolve(extractions, min_confidence=min_confidence)
    if cache is not None and prune_cache and kg.articles:
        cache.prune()
    return kg


def build(
    paths: Sequence[str | Path],
    out_dir: str | Path,
    model: str | None = None,
    base_iri: str = DEFAULT_BASE_IRI,
    min_confidence: float = 0.0,
    formats: Sequence[str] = BUILD_FORMATS,
    on_article: Callable[[Article], None] | None = None,
    store: str | None = None,
    *,
    workers: int | str = 1,
    cache: bool = True,
    cache_dir: str | Path | None = None,
    rebuild: bool = False,
    dask=None,
    strict: bool = False,
) -> BuildResult:
    """Build the graph of the articles under ``paths`` and write ``formats`` into
    ``out_dir``. Unreadable inputs are skipped and listed in ``failures``; raises
    NoArticlesError when nothing could be read. With ``store`` (``oxigraph:PATH``) the
    dataset is also saved into that persistent store, replacing the rebuilt articles.

    Extractions are cached in ``cache_dir`` (default ``out_dir/.kg-cache``, where the entries
    of articles no longer built are deleted) unless ``cache`` is false; see ``build_graph``
    for ``workers``, ``rebuild`` and ``dask``. With ``workers`` > 1 (or ``"auto"`` and a
    large graph) the formats are written by that many processes at once."""
    from kg.cache import CACHE_DIRNAME, ExtractionCache

    failures: list[Failure] = []
    articles = read_articles(paths, failures)
    store_cache = None
    if cache:
        where = Path(cache_dir) if cache_dir is not None else Path(out_dir) / CACHE_DIRNAME
        store_cache = ExtractionCache(where, model)
    kg = _extract_and_resolve(articles, model, min_confidence, on_article, workers=workers,
                              cache=store_cache, rebuild=rebuild, dask=dask,
                              prune_cache=cache_dir is None)
    if not kg.articles:
        detail = f": {failures[0].reason}" if len(failures) == 1 else f" ({len(failures)} inputs failed)" if failures else ""
        raise NoArticlesError(f"no readable articles{detail}")
    ds = build_dataset(kg, base_iri)
    out = Path(out_dir)
    result = BuildResult(graph=kg, dataset=ds, failures=failures)
    result.cached = store_cache.hits if store_cache is not None and not rebuild else 0
    result.extracted = len(kg.articles) - result.cached
    if strict:  # SHACL validation first: a graph that fails it is neither written nor stored
        from kg.validate import check

        check(ds, note="nothing was written; run 'kg build' without --strict, then 'kg validate OUT' for the full report")
    if store:
        from kg.store.backend import save_build

        result.store = save_build(ds, store, base_iri, [a.id for a in kg.articles])
    from kg.export.jobs import write_formats
    from kg.parallel import AUTO_MIN_QUADS, resolve_workers

    processes = resolve_workers(workers) if workers != "auto" or len(ds) >= AUTO_MIN_QUADS else 1
    result.outputs.update(write_formats(ds, [(name, out / default_filename(name)) for name in formats],
                                        processes=processes))
    return result
