"""Running extraction: in this process, in N worker processes, or on a Dask cluster.

Every executor takes a stream of articles and yields their ``ArticleExtraction`` in input
order, so the later stages see the same sequence whichever executor ran (and the graph is
byte-identical). Articles travel in batches; only a bounded number of batches is in flight
at a time, so memory does not grow with the corpus. Each process loads the spaCy pipeline
once (``worker_model``) and keeps it for every batch it is given.

``run_extraction`` adds the cache: cached articles are not sent anywhere, the others are
extracted and their results stored.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain

from kg.errors import ClusterError
from kg.types import Article, ArticleExtraction

#: Largest batch sent to a worker, in articles and in characters of text.
BATCH_ARTICLES = 8
BATCH_CHARS = 20_000
#: Seconds to wait for a Dask scheduler to answer.
DASK_TIMEOUT = 30
#: ``workers="auto"`` uses one process per CPU, at most this many (each holds a pipeline)...
AUTO_MAX_WORKERS = 8
#: ...and only when at least this many characters need extracting (below that, starting
#: processes and loading the pipeline in each costs more than it saves).
AUTO_MIN_CHARS = 50_000
#: ...and exports run in parallel for graphs of at least this many quads.
AUTO_MIN_QUADS = 5_000


# ----------------------------------------------------------------------------- worker side
_MODELS: dict[str, object] = {}
_LOADS: dict[str, int] = {}
_LOCK = threading.RLock()
_INIT_ERROR: list[BaseException] = []


def worker_model(model: str | None = None):
    """The spaCy pipeline ``model``, loaded once per process and kept for later calls."""
    from kg.extract import DEFAULT_MODEL, load_model

    name = model or DEFAULT_MODEL
    with _LOCK:
        if name not in _MODELS:
            _MODELS[name] = load_model(name)
            _LOADS[name] = _LOADS.get(name, 0) + 1
        return _MODELS[name]


def model_loads() -> dict[str, int]:
    """How many times this process has loaded each pipeline (once, if all is well)."""
    with _LOCK:
        return dict(_LOADS)


def extract_batch(articles: list[Article], model: str | None = None) -> list[ArticleExtraction]:
    """Extract a batch of articles with this process's copy of the pipeline."""
    from kg.extract import extract

    if _INIT_ERROR:
        raise _INIT_ERROR[0]
    nlp = worker_model(model)
    with _LOCK:  # one pipeline per process; threads of a Dask worker take turns
        return list(extract(articles, nlp))


def _init_process(model: str | None) -> None:
    """Process-pool initializer: load the pipeline before the first batch arrives. A
    failure is kept and raised by the first batch, so the caller sees the real error."""
    try:
        worker_model(model)
    except BaseException as exc:  # noqa: BLE001 - re-raised by extract_batch
        _INIT_ERROR.append(exc)


# ----------------------------------------------------------------------------- batching
def batches(articles: Iterable[Article], max_articles: int = BATCH_ARTICLES,
            max_chars: int = BATCH_CHARS) -> Iterator[list[Article]]:
    """Group a stream of articles into lists of at most ``max_articles`` articles and
    (unless a single article is longer) ``max_chars`` characters."""
    batch: list[Article] = []
    size = 0
    for article in articles:
        if batch and (len(batch) >= max_articles or size + len(article.text) > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(article)
        size += len(article.text)
    if batch:
        yield batch


def _ordered(jobs: Iterable[list[Article]], submit: Callable, window: int,
             cancel: Callable = lambda f: f.cancel()) -> Iterator[ArticleExtraction]:
    """Submit jobs with at most ``window`` in flight; yield their results in order."""
    pending: deque = deque()
    try:
        for job in jobs:
            pending.append(submit(job))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            cancel(future)


# ----------------------------------------------------------------------------- executors
def cpu_count() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def resolve_workers(workers: int | str) -> int:
    """A worker count: an int >= 1, or ``"auto"`` (one per CPU, at most AUTO_MAX_WORKERS)."""
    if workers == "auto":
        return max(1, min(cpu_count(), AUTO_MAX_WORKERS))
    if isinstance(workers, int) and not isinstance(workers, bool) and workers >= 1:
        return workers
    raise ValueError(f"workers must be a whole number of at least 1 or 'auto', not {workers!r}")


def _lookahead(articles: Iterable[Article], chars: int) -> tuple[Iterator[Article], bool]:
    """Read ahead until ``chars`` characters of text are buffered; the same stream, and
    whether it holds that much."""
    stream = iter(articles)
    buffered: list[Article] = []
    size = 0
    for article in stream:
        buffered.append(article)
        size += len(article.text)
        if size >= chars:
            return chain(buffered, stream), True
    return iter(buffered), False


def start_method() -> str:
    """``fork`` where it is safe (POSIX, no other threads running): it needs no
    ``if __name__ == "__main__"`` guard in the caller's script and starts fastest;
    ``spawn`` otherwise."""
    import multiprocessing

    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


def extract_serial(articles: Iterable[Article], model: str | None = None) -> Iterator[ArticleExtraction]:
    """Extract in this process. The pipeline is loaded only if there is an article."""
    from kg.extract import extract

    stream = iter(articles)
    first = next(stream, None)
    if first is None:
        return
    yield from extract(chain([first], stream), worker_model(model))


def extract_processes(articles: Iterable[Article], model: str | None = None,
                      workers: int = 2) -> Iterator[ArticleExtraction]:
    """Extract in ``workers`` processes, each loading the pipeline once. The pool starts
    only if there is an article."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    stream = iter(articles)
    first = next(stream, None)
    if first is None:
        return
    context = multiprocessing.get_context(start_method())
    with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                             initializer=_init_process, initargs=(model,)) as pool:
        try:
            yield from _ordered(batches(chain([first], stream)),
                                lambda batch: pool.submit(extract_batch, batch, model),
                                window=2 * workers)
        except BrokenProcessPool:
            raise ClusterError("an extraction worker process died (out of memory?); "
                               "try fewer --workers") from None
        except BaseException:  # an error or Ctrl-C: do not wait for the queued batches
            pool.shutdown(wait=False, cancel_futures=True)
            raise


@contextmanager
def dask_client(address: str, workers: int | None = None) -> Iterator[object]:
    """A Dask client: ``"local"`` starts a LocalCluster of ``workers`` single-threaded
    processes on 127.0.0.1 (one per CPU by default); anything else is a scheduler address
    such as ``tcp://10.0.0.5:8786``."""
    import logging

    from distributed import Client, LocalCluster

    if address == "local":
        n = workers or os.cpu_count() or 1
        try:
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None, silence_logs=logging.ERROR)
        except Exception as exc:  # distributed raises many kinds of start-up errors
            raise ClusterError(f"cannot start a local Dask cluster: {exc}") from None
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = Client(address, timeout=DASK_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    with client:
        yield client


def extract_dask(articles: Iterable[Article], model: str | None = None, dask="local",
                 workers: int | None = None) -> Iterator[ArticleExtraction]:
    """Extract on a Dask cluster, in batches; each worker process loads the pipeline
    once. ``dask`` is a scheduler address, ``"local"`` or a ``distributed.Client``. The
    cluster is contacted only if there is an article."""
    stream = iter(articles)
    first = next(stream, None)
    if first is None:
        return
    if not isinstance(dask, str):
        yield from extract_on(dask, chain([first], stream), model)
        return
    with dask_client(dask, workers) as client:
        yield from extract_on(client, chain([first], stream), model)


def extract_on(client, articles: Iterable[Article], model: str | None = None,
               max_articles: int = BATCH_ARTICLES) -> Iterator[ArticleExtraction]:
    """Extract with the workers of a ``distributed.Client``, keeping two batches per
    worker in flight."""
    from concurrent.futures import CancelledError

    from distributed import KilledWorker
    from distributed.comm import CommClosedError

    try:
        n = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _ordered(batches(articles, max_articles),
                            lambda batch: client.submit(extract_batch, batch, model, pure=False),
                            window=max(4, 2 * n))
    except KilledWorker as exc:
        raise ClusterError(f"Dask workers kept dying while extracting ({exc}); "
                           "check their logs and memory") from None
    except (CommClosedError, CancelledError) as exc:
        raise ClusterError(f"lost the Dask cluster while extracting ({type(exc).__name__}: {exc})") from None


# ----------------------------------------------------------------------------- with the cache
def run_extraction(articles: Iterable[Article], model: str | None = None, *, workers: int | str = 1,
                   dask=None, cache=None, rebuild: bool = False,
                   on_article: Callable[[Article], None] | None = None) -> Iterator[ArticleExtraction]:
    """Extract a stream of articles, in order: from ``cache`` (an ``ExtractionCache``)
    when it holds them and ``rebuild`` is false, otherwise with the chosen executor
    (``dask``: an address, ``"local"`` or a ``distributed.Client``; else ``workers``
    processes, ``"auto"``: one per CPU when there is enough to extract; else this
    process); new results are
    stored in the cache. ``on_article`` is called as each article's extraction is ready."""
    queue: deque[tuple[Article, ArticleExtraction | None]] = deque()

    def misses() -> Iterator[Article]:
        for article in articles:
            hit = cache.get(article) if cache is not None and not rebuild else None
            queue.append((article, hit))
            if hit is None:
                yield article

    n = resolve_workers(workers)
    if dask:
        extracted = extract_dask(misses(), model, dask, n if workers != "auto" and n > 1 else None)
    elif n > 1 and workers == "auto":
        stream, enough = _lookahead(misses(), AUTO_MIN_CHARS)
        extracted = extract_processes(stream, model, n) if enough else extract_serial(stream, model)
    elif n > 1:
        extracted = extract_processes(misses(), model, n)
    else:
        extracted = extract_serial(misses(), model)

    def ready(extraction: ArticleExtraction) -> ArticleExtraction:
        if on_article:
            on_article(extraction.article)
        return extraction

    for extraction in extracted:
        while queue[0][1] is not None:
            yield ready(queue.popleft()[1])
        article, _ = queue.popleft()
        if extraction.article.id != article.id:  # pragma: no cover - executors keep order
            raise RuntimeError("extraction results came back out of order")
        if cache is not None:
            cache.put(extraction)
        yield ready(extraction)
    while queue:
        yield ready(queue.popleft()[1])
