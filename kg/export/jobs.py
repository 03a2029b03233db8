"""Writing several formats of one dataset, in this process or in forked processes.

Formats that derive the same data from the dataset form one family and are written by
the same process, one after the other, sharing that data (``kg.export.shared``): the RDF
formats share the quads and the written form of every term; ``html``, ``graphml`` and
``gexf`` share the networkx view and the layout. Each family goes to one process; with
fewer processes than families, a process writes several families.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from pathlib import Path

from kg.errors import ExportError
from kg.export import FORMATS, RDF_FORMATS, export, exporter
from kg.export.shared import sharing

#: Formats written by the same process (the RDF formats form the first family).
FAMILIES: tuple[tuple[str, ...], ...] = (RDF_FORMATS, ("html", "graphml", "gexf"))

_DATASET: list = []


def families(names: Sequence[str]) -> list[list[str]]:
    """``names`` grouped into families (see FAMILIES); a format of no family is a family
    of its own. Families keep the order of ``names``; the largest come first."""
    groups: dict[int | str, list[str]] = {}
    for name in names:
        family = next((i for i, members in enumerate(FAMILIES) if name in members), name)
        groups.setdefault(family, []).append(name)
    return sorted(groups.values(), key=len, reverse=True)


def _write_family(jobs: list[tuple[str, str]]) -> dict[str, object]:
    """Write each ``(format, path)`` of ``jobs``; ``{format: path or the error it raised}``
    (a failed format does not stop the others)."""
    done: dict[str, object] = {}
    for name, path in jobs:
        try:
            done[name] = str(export(_DATASET[0], name, path))
        except Exception as exc:  # noqa: BLE001 - handed back and raised by write_formats
            done[name] = exc
    return done


def write_formats(ds, jobs: Sequence[tuple[str, str | Path]], processes: int = 1) -> dict[str, Path]:
    """Write ``ds`` in each ``(format, path)`` of ``jobs``; with ``processes`` > 1, the
    families of formats are written by that many forked processes at once, which share the
    dataset (copy-on-write: nothing is pickled). Where forking is not safe, the formats are
    written here, one family after the other. Returns ``{format: path}`` in the order of
    ``jobs``; raises the error of the first format that failed (in the order of ``jobs``)
    once every other format is written."""
    from kg.parallel import start_method

    for name, _ in jobs:
        if name not in FORMATS:
            exporter(name)  # raises: an unknown format fails before anything is written
    order = families(list(dict.fromkeys(name for name, _ in jobs)))
    groups = [[(name, str(path)) for member in family for name, path in jobs if name == member] for family in order]
    _DATASET[:] = [ds]
    try:
        with sharing(ds):
            if processes <= 1 or len(groups) <= 1 or start_method() != "fork":
                results: dict[str, object] = {}
                for group in groups:
                    results.update(_write_family(group))
            else:
                results = _write_forked(groups, processes)
    finally:
        _DATASET.clear()
    for name, _ in jobs:
        if isinstance(results[name], BaseException):
            raise results[name]
    return {name: Path(results[name]) for name, _ in jobs}


def _write_forked(groups: list[list[tuple[str, str]]], processes: int) -> dict[str, object]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # One job per process: families are dealt out, the largest first, to the process with
    # the fewest formats so far.
    bins: list[list[tuple[str, str]]] = [[] for _ in range(min(processes, len(groups)))]
    for group in groups:
        min(bins, key=len).extend(group)
    # Frozen objects are left alone by the children's garbage collector: without this each
    # child walks (and so copies) the whole inherited heap.
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=len(bins), mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_write_family, jobs) for jobs in bins]
            results: dict[str, object] = {}
            for future in futures:
                results.update(future.result())
    except BrokenProcessPool:
        raise ExportError("an export process died (out of memory?); try --workers 1") from None
    finally:
        gc.unfreeze()
    return results
