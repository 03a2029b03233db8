"""``graph.html``: one self-contained interactive page of the graph.

The page opens from ``file://`` with no network at all: vis-network's script and style
(the copy bundled inside pyvis) are inlined, and a Content-Security-Policy lets only the
page's own two scripts run (by hash) and forbids every fetch.

This module lays the graph out, builds vis-network's nodes, edges and options (the data
pyvis would make, without importing pyvis, which imports IPython), adds kg's own data
(types, aliases, facts, evidence) and writes the page:

* colour and shape by class, with a legend that is also the class filter; size by the
  number of facts; directed edges labelled and coloured by predicate; article nodes
  (linked to the entities they mention) hidden until their class is switched on;
* a side panel with the selected entity (type, canonical name, aliases, facts, articles)
  or fact (predicate, confidence, every evidence sentence with its article's title, date
  and link);
* a search box that finds an entity by any of its names; filters by predicate, class and
  minimum confidence; the neighbourhood of the selection highlighted;
* positions computed in Python (:func:`kg.analyze.view.layout`); above
  ``PHYSICS_NODE_LIMIT`` nodes the browser's physics is off, so large graphs open at once.

Every name, alias and sentence is untrusted: the graph is embedded as JSON with ``<``,
``>``, ``&`` and U+2028/U+2029 escaped, and the page renders it with ``textContent`` only.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg import __version__
from kg.analyze.view import MENTIONED_IN, layout, to_networkx
from kg.errors import ExportError
from kg.export.html_page import PAGE_CSS, PAGE_JS, SHELL
from kg.fsutil import atomic_path
from kg.types import CORE_PREDICATES, ENTITY_TYPES, LITERAL_PREDICATES

#: Above this many nodes the page opens with physics off (positions come from Python).
PHYSICS_NODE_LIMIT = 500

ARTICLE = "Article"

#: Colour and vis-network shape of each class.
CLASS_STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#9c755f", "hexagon"),
    "Company": ("#f28e2b", "square"),
    "GovernmentAgency": ("#e15759", "triangle"),
    "EmployeeGroup": ("#59a14f", "star"),
    "AdvocacyGroup": ("#b07aa1", "triangleDown"),
    "NewsOutlet": ("#76b7b2", "diamond"),
    "Product": ("#c9a227", "dot"),
    ARTICLE: ("#8d8d8d", "box"),
}
OTHER_CLASS = ("#7f7f7f", "dot")

#: Colour of each predicate's edges.
PREDICATE_COLOURS: dict[str, str] = {
    "petitioned": "#d62728",
    "protested": "#ff7f0e",
    "contractsWith": "#1f77b4",
    "develops": "#b5a300",
    "leads": "#9467bd",
    "worksFor": "#8c564b",
    "partOf": "#17becf",
    "investigated": "#e377c2",
    "respondedTo": "#2ca02c",
    MENTIONED_IN: "#b4b4b4",
}
OTHER_PREDICATE = "#7f7f7f"

CLASSES: tuple[str, ...] = (*ENTITY_TYPES, ARTICLE)
EDGE_PREDICATES: tuple[str, ...] = (*(p for p in CORE_PREDICATES if p not in LITERAL_PREDICATES), MENTIONED_IN)

_VIS = "lib/vis-9.1.2"


def write_html(ds: Graph, path: Path, title: str = "kg graph", physics: bool | None = None,
               classes: Iterable[str] | str | None = None, predicates: Iterable[str] | str | None = None,
               **_: object) -> None:
    """Write the interactive page of ``ds`` to ``path`` (atomically).

    ``physics``: None lets the page decide (on up to ``PHYSICS_NODE_LIMIT`` nodes);
    ``classes`` / ``predicates``: the only classes and predicates the page holds (names or
    one comma-separated string; default all, with articles present but hidden).
    """
    from kg.export.shared import shared, shared_layout

    G = shared(ds, "networkx-articles", lambda: to_networkx(ds, articles=True))
    page = render_html(G, title=title, physics=physics, classes=classes, predicates=predicates,
                       place=lambda H: shared_layout(ds, H))
    with atomic_path(path) as tmp:
        tmp.write_text(page, encoding="utf-8", newline="\n")


def render_html(G: nx.MultiDiGraph, title: str = "kg graph", physics: bool | None = None,
                classes: Iterable[str] | str | None = None,
                predicates: Iterable[str] | str | None = None,
                place: Callable[[nx.Graph], dict[str, tuple[float, float]]] = layout) -> str:
    """The page of a graph from :func:`kg.analyze.view.to_networkx` (``articles=True``);
    ``place`` gives the nodes' positions (:func:`kg.analyze.view.layout`)."""
    keep_classes = _choice(classes, CLASSES, "class")
    keep_preds = _choice(predicates, EDGE_PREDICATES, "predicate")
    articles_shown = keep_classes is not None and ARTICLE in keep_classes

    nodes = sorted(v for v, d in G.nodes(data=True) if keep_classes is None or d["type"] in keep_classes)
    kept = set(nodes)
    edges = sorted(
        ((s, o, d) for s, o, d in G.edges(data=True)
         if s in kept and o in kept and (keep_preds is None or d["predicate"] in keep_preds)),
        key=lambda e: (e[0], e[1], e[2]["predicate"]))
    H = nx.MultiDiGraph()
    H.add_nodes_from(nodes)
    H.add_edges_from((s, o) for s, o, _ in edges)
    positions = place(H)
    live = physics is True  # asked for: the layout keeps moving after it settles
    if physics is None:
        physics = len(nodes) <= PHYSICS_NODE_LIMIT
    big = not physics

    facts_of: Counter[str] = Counter()
    for s, o, d in edges:
        if d["predicate"] != MENTIONED_IN:
            facts_of[s] += 1
            facts_of[o] += 1

    index = {v: i for i, v in enumerate(nodes)}
    vis_nodes: list[dict] = []
    extra: list[dict] = []
    articles: dict[str, dict] = {}
    for v in nodes:
        d = G.nodes[v]
        colour, shape = CLASS_STYLES.get(d["type"], OTHER_CLASS)
        x, y = positions[v]
        label = d["label"] if len(d["label"]) <= 48 else d["label"][:47] + "\u2026"
        size = 8 if d["type"] == ARTICLE else round(10 + 5 * math.sqrt(facts_of[v]), 1)
        # a node without a label shows its id, as vis-network's pyvis wrapper does
        vis_nodes.append({"label": label or index[v], "shape": shape, "color": colour, "size": size, "x": x, "y": y})
        info = {"type": d["type"], "iri": d["iri"], "label": d["label"], "aliases": list(d.get("aliases") or []),
                "signatoryCount": list(d.get("signatoryCount") or [])}
        if d["type"] == ARTICLE:
            info.update({k: d.get(k) for k in ("identifier", "title", "date", "url", "source")})
            articles[d["identifier"]] = {"id": d["identifier"], "title": d.get("title"), "date": d.get("date"),
                                         "url": d.get("url"), "source": d.get("source")}
        extra.append(info)

    pair_count = Counter(frozenset((s, o)) for s, o, _ in edges)
    rank: Counter[tuple[str, str]] = Counter()
    edge_extra: list[dict] = []
    vis_edges: list[dict] = []
    for s, o, d in edges:
        pred = d["predicate"]
        conf = d.get("confidence")
        options: dict = {"label": pred, "color": PREDICATE_COLOURS.get(pred, OTHER_PREDICATE),
                         "width": 0.8 if pred == MENTIONED_IN else round(1 + 2 * (conf or 0), 2)}
        if pred == MENTIONED_IN:
            options["dashes"] = True
        if pair_count[frozenset((s, o))] > 1 and s != o:
            rank[(s, o)] += 1
            options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.15 * rank[(s, o)], 2)}
        vis_edges.append({**options, "from": index[s], "to": index[o]})
        evidence = []
        for ev in d.get("evidence") or []:
            art = ev.get("article")
            if art not in articles:
                articles[art] = {"id": art, "title": ev.get("title"), "date": ev.get("date"), "url": ev.get("url"),
                                 "source": None}
            evidence.append({"sentence": ev["sentence"], "article": art, "attribution": ev.get("attribution"),
                             "confidence": ev.get("confidence")})
        edge_extra.append({"predicate": pred, "confidence": conf, "evidence": evidence})

    data = {
        "title": title,
        "live": live,
        "stats": {
            "entities": sum(1 for e in extra if e["type"] != ARTICLE),
            "facts": sum(1 for e in edge_extra if e["predicate"] != MENTIONED_IN),
            "articles": sum(1 for e in extra if e["type"] == ARTICLE),
        },
        "classes": _legend_classes(extra, keep_classes, articles_shown),
        "predicates": _legend_predicates(edge_extra, keep_preds),
        "nodes": [{**{k: n[k] for k in ("label", "shape", "color", "size", "x", "y")}, **e}
                  for n, e in zip(vis_nodes, extra)],
        "edges": [{**{k: e[k] for k in ("from", "to", "color", "width") if k in e},
                   **({"dashes": True} if e.get("dashes") else {}),
                   **({"smooth": e["smooth"]} if "smooth" in e else {}), **x}
                  for e, x in zip(vis_edges, edge_extra)],
        "articles": dict(sorted(articles.items())),
        "options": json.loads(json.dumps(_vis_options(physics, big))),
    }
    return _page(title, data)


def _vis_options(physics: bool, big: bool) -> dict:
    return {
        "autoResize": True,
        "nodes": {"borderWidth": 1, "borderWidthSelected": 3,
                  "font": {"size": 14, "face": "system-ui, sans-serif", "color": "#343434", "strokeWidth": 3,
                           "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 7}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "font": {"size": 11, "align": "middle", "color": "#555555", "strokeWidth": 3,
                           "strokeColor": "#ffffff"},
                  "smooth": False, "selectionWidth": 2, "hoverWidth": 0.5,
                  "scaling": {"label": {"drawThreshold": 7}}},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.4},
                    "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 50, "fit": True},
                    "minVelocity": 1},
        "interaction": {"hover": not big, "tooltipDelay": 200, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "multiselect": False, "navigationButtons": False, "keyboard": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
    }


def _choice(value: Iterable[str] | str | None, known: tuple[str, ...], what: str) -> set[str] | None:
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    names = {str(v).strip() for v in items if str(v).strip()}
    if not names:
        return None
    unknown = sorted(names - set(known))
    if unknown:
        raise ExportError(f"unknown {what} {unknown[0]!r} for the HTML page; choose from {', '.join(known)}")
    return names


def _legend_classes(extra: list[dict], keep: set[str] | None, articles_shown: bool) -> list[dict]:
    counts = Counter(e["type"] for e in extra)
    names = [c for c in CLASSES if c in counts or (keep is not None and c in keep)]
    names += sorted(c for c in counts if c not in CLASSES)
    return [{"name": c, "count": counts.get(c, 0), "color": CLASS_STYLES.get(c, OTHER_CLASS)[0],
             "shape": CLASS_STYLES.get(c, OTHER_CLASS)[1], "shown": c != ARTICLE or articles_shown}
            for c in names]


def _legend_predicates(edge_extra: list[dict], keep: set[str] | None) -> list[dict]:
    counts = Counter(e["predicate"] for e in edge_extra)
    names = [p for p in EDGE_PREDICATES if p in counts or (keep is not None and p in keep)]
    names += sorted(p for p in counts if p not in EDGE_PREDICATES)
    return [{"name": p, "count": counts.get(p, 0), "color": PREDICATE_COLOURS.get(p, OTHER_PREDICATE)} for p in names]


def embed_json(data: object) -> str:
    """JSON that is safe inside a ``<script>`` element: ``<``, ``>``, ``&`` and the JavaScript
    line separators are written as ``\\u`` escapes, so no text can close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    """vis-network's script and style, as bundled inside pyvis."""
    try:
        # found without importing pyvis, which imports IPython (slow, and not needed here)
        spec = importlib.util.find_spec("pyvis")
        if spec is None or not spec.submodule_search_locations:
            raise ModuleNotFoundError("No module named 'pyvis'")
        base = Path(next(iter(spec.submodule_search_locations))) / _VIS
        js = _normalise((base / "vis-network.min.js").read_text(encoding="utf-8"))
        css = _normalise((base / "vis-network.css").read_text(encoding="utf-8"))
    except (ModuleNotFoundError, OSError) as exc:
        raise ExportError(f"cannot read vis-network from pyvis ({exc}); install pyvis 0.3.2") from None
    if "</script" in js.lower() or "</style" in css.lower():
        raise ExportError("the bundled vis-network files cannot be inlined")
    return js, css


def _normalise(text: str) -> str:
    # The HTML parser turns CR LF and CR into LF; the script hashes must match what it sees.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _page(title: str, data: dict) -> str:
    vis_js, vis_css = _assets()
    page_js = _normalise(PAGE_JS)
    csp = ("default-src 'none'; script-src " + _sha256(vis_js) + " " + _sha256(page_js) +
           "; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'")
    return SHELL.format(csp=csp, version=__version__, title=html.escape(title, quote=True), vis_css=vis_css,
                        page_css=PAGE_CSS, data=embed_json(data), vis_js=vis_js, page_js=page_js)
