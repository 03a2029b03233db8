"""The one place that knows the order of the stages:
ingest -> extract -> resolve -> store -> export."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg.errors import NoArticlesError
from kg.export import BUILD_FORMATS, default_filename, export
from kg.extract import extract, load_model
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
) -> KnowledgeGraph:
    nlp = load_model(model)

    def counted(stream: Iterable[Article]) -> Iterable[Article]:
        for a in stream:
            yield a
            if on_article:
                on_article(a)

    return resolve(extract(counted(articles), nlp), min_confidence=min_confidence)


def build(
    paths: Sequence[str | Path],
    out_dir: str | Path,
    model: str | None = None,
    base_iri: str = DEFAULT_BASE_IRI,
    min_confidence: float = 0.0,
    formats: Sequence[str] = BUILD_FORMATS,
    on_article: Callable[[Article], None] | None = None,
    store: str | None = None,
    strict: bool = False,
) -> BuildResult:
    """Build the graph of the articles under ``paths`` and write ``formats`` into
    ``out_dir``. Unreadable inputs are skipped and listed in ``failures``; raises
    NoArticlesError when nothing could be read. With ``store`` (``oxigraph:PATH``) the
    dataset is also saved into that persistent store, replacing the rebuilt articles."""
    failures: list[Failure] = []
    articles = read_articles(paths, failures)
    kg = build_graph(articles, model=model, min_confidence=min_confidence, on_article=on_article)
    if not kg.articles:
        detail = f": {failures[0].reason}" if len(failures) == 1 else f" ({len(failures)} inputs failed)" if failures else ""
        raise NoArticlesError(f"no readable articles{detail}")
    ds = build_dataset(kg, base_iri)
    out = Path(out_dir)
    result = BuildResult(graph=kg, dataset=ds, failures=failures)
    if strict:  # SHACL validation first: a graph that fails it is neither written nor stored
        from kg.validate import check

        check(ds, note="nothing was written; run 'kg build' without --strict, then 'kg validate OUT' for the full report")
    if store:
        from kg.store.backend import save_build

        result.store = save_build(ds, store, base_iri, [a.id for a in kg.articles])
    for name in formats:
        result.outputs[name] = export(ds, name, out / default_filename(name))
    return result
