"""Work that several exporters of one dataset share.

The RDF writers all read the dataset's quads and write the same terms; ``graph.html``,
``graph.graphml`` and ``graph.gexf`` all start from the same networkx view and the same
layout. Inside ``with sharing(ds):`` each of these is derived once and reused by every
exporter of ``ds`` that runs in this process (or in a process forked inside the block);
outside it every exporter derives its own, as before. Either way the output is the same.

The dataset must not change inside the block.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

_ACTIVE: list[tuple[object, dict[str, object]]] = []


@contextmanager
def sharing(ds: object) -> Iterator[None]:
    """Share what exporters derive from ``ds`` until the block ends."""
    _ACTIVE.append((ds, {}))
    try:
        yield
    finally:
        _ACTIVE.pop()


def shared(ds: object, key: str, make: Callable[[], T]) -> T:
    """``make()``, computed once per ``key`` while ``sharing(ds)`` is active."""
    for owner, memo in reversed(_ACTIVE):
        if owner is ds:
            if key not in memo:
                memo[key] = make()
            return memo[key]  # type: ignore[return-value]
    return make()


def shared_layout(ds: object, G) -> dict[str, tuple[float, float]]:
    """:func:`kg.analyze.view.layout` of ``G``, a graph derived from ``ds``; graphs with the
    same nodes and links (which is all the layout reads) share one while ``sharing(ds)``
    is active."""
    from kg.analyze.view import layout

    links = tuple(sorted({(u, v) if u <= v else (v, u) for u, v in G.edges() if u != v}))
    layouts: dict = shared(ds, "layouts", dict)
    key = (tuple(sorted(G)), links)
    if key not in layouts:
        layouts[key] = layout(G)
    return layouts[key]
