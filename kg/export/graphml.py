"""GraphML and GEXF (through networkx) for Gephi, Cytoscape and yEd.

Both hold the graph of :func:`kg.analyze.view.to_networkx` with ``articles=True``: entity
and article nodes, fact edges and ``mentionedIn`` edges, with the same attributes. The
formats allow only scalar attribute values, so lists and dictionaries (``aliases``,
``signatoryCount``, ``evidence``) are written as JSON text, and absent values (None) are
left out. Each edge also carries ``evidence_count``, and ``sentences`` (its evidence
sentences, one per line) for tools that show attributes as plain text.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.analyze.view import to_networkx
from kg.fsutil import atomic_path


def flat_graph(ds: Graph, articles: bool = True) -> nx.MultiDiGraph:
    """The networkx view of ``ds`` with every attribute a string, number or boolean (shared
    inside ``kg.export.shared.sharing(ds)``: do not change it)."""
    from kg.export.shared import shared

    return shared(ds, f"flat-graph-{articles}", lambda: _flat_graph(ds, articles))


def _flat_graph(ds: Graph, articles: bool) -> nx.MultiDiGraph:
    from kg.export.shared import shared

    G = shared(ds, f"networkx-{'articles' if articles else 'entities'}", lambda: to_networkx(ds, articles=articles))
    F = nx.MultiDiGraph()
    for node in sorted(G):
        F.add_node(node, **_flat(G.nodes[node]))
    for s, o, key, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        attrs = _flat(d)
        evidence = d.get("evidence") or []
        attrs["evidence_count"] = len(evidence)
        if evidence:
            attrs["sentences"] = "\n".join(ev["sentence"] for ev in evidence)
        F.add_edge(s, o, key=key, **attrs)
    return F


def _flat(attrs: dict) -> dict:
    out = {}
    for k, v in sorted(attrs.items()):
        if v is None:
            continue
        if isinstance(v, (list, tuple, dict)):
            out[k] = json.dumps(v, ensure_ascii=False, sort_keys=True)
        elif isinstance(v, (bool, int, float, str)):
            out[k] = v
        else:
            out[k] = str(v)
    return out


def write_graphml(ds: Graph, path: Path, articles: bool = True, **_: object) -> None:
    """Write ``ds`` as GraphML (atomically)."""
    G = flat_graph(ds, articles=articles)
    text = "\n".join(nx.generate_graphml(G, encoding="utf-8", prettyprint=True)).strip("\n")
    with atomic_path(path) as tmp:
        tmp.write_text("<?xml version='1.0' encoding='utf-8'?>\n" + text + "\n", encoding="utf-8", newline="\n")


def write_gexf(ds: Graph, path: Path, articles: bool = True, **_: object) -> None:
    """Write ``ds`` as GEXF 1.2 (atomically), with the colours, sizes and positions of
    ``graph.html`` as GEXF ``viz`` data so Gephi opens it drawn."""
    from networkx.readwrite.gexf import GEXFWriter

    from kg.analyze.view import MENTIONED_IN
    from kg.export.html import CLASS_STYLES, OTHER_CLASS
    from kg.export.shared import shared_layout

    G = flat_graph(ds, articles=articles).copy()  # the viz data below is for this file only
    positions = shared_layout(ds, G)
    facts = {v: sum(1 for *_, p in G.edges(v, data="predicate") if p != MENTIONED_IN)
             + sum(1 for *_, p in G.in_edges(v, data="predicate") if p != MENTIONED_IN) for v in G}
    for v, d in G.nodes(data=True):
        colour = CLASS_STYLES.get(d.get("type"), OTHER_CLASS)[0]
        r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        x, y = positions[v]
        d["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": 4.0 + 2.0 * facts[v] ** 0.5,
                    "position": {"x": x, "y": -y, "z": 0.0}}
    for s, o, key, d in G.edges(keys=True, data=True):
        d["id"] = f"{s} {key} {o}"  # unique per edge: one edge per (subject, predicate, object)
    writer = GEXFWriter(encoding="utf-8", prettyprint=True)
    writer.xml.find("meta").attrib.pop("lastmodifieddate", None)  # same input, same bytes
    writer.add_graph(G)
    buffer = io.BytesIO()
    writer.write(buffer)
    with atomic_path(path) as tmp:
        tmp.write_bytes(buffer.getvalue().rstrip(b"\n") + b"\n")
