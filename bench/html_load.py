"""How long graph.html of a large generated graph takes to write and to open.

Generates a graph of N entities and M facts (default 5,000 and 20,000, with articles that
mention them), writes the page, opens it in headless Chromium with every network request
blocked, and prints the time to write it, the time until the page is ready, the page's own
timings, and how long a search, a selection and a filter change take.

    .venv/bin/python bench/html_load.py
    .venv/bin/python bench/html_load.py --nodes 1000 --edges 3000 --from-rdf

``--from-rdf`` builds the RDF dataset from a KnowledgeGraph first and times the networkx
view of it too (slower: the whole pipeline after extraction).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.types import CORE_PREDICATES, ENTITY_TYPES, LITERAL_PREDICATES  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BASE = "https://kg.example.org/"
PREDICATES = [p for p in CORE_PREDICATES if p not in LITERAL_PREDICATES]


def _pairs(n_nodes: int, n_edges: int, rng: random.Random):
    """Distinct (subject, predicate, object) index triples; a few entities are hubs."""
    seen: set[tuple[int, str, int]] = set()
    while len(seen) < n_edges:
        a = min(int(rng.paretovariate(1.2)) - 1, n_nodes - 1) if rng.random() < 0.3 else rng.randrange(n_nodes)
        b = rng.randrange(n_nodes)
        p = rng.choice(PREDICATES)
        if a != b and (a, p, b) not in seen:
            seen.add((a, p, b))
            yield a, p, b


def generated_view(n_nodes: int = 5000, n_edges: int = 20000, n_articles: int = 200,
                   seed: int = 3) -> nx.MultiDiGraph:
    """A graph shaped like ``kg.analyze.view.to_networkx(ds, articles=True)``."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    for i in range(n_articles):
        iri = f"{BASE}article/gen-{i:04d}"
        G.add_node(iri, iri=iri, label=f"Generated article {i}", type="Article", aliases=[], signatoryCount=[],
                   identifier=f"gen-{i:04d}", title=f"Generated article {i}", date="2020-01-01",
                   url=f"https://news.example.org/{i}", source=None)
    for i in range(n_nodes):
        iri = f"{BASE}entity/entity-{i:05d}"
        G.add_node(iri, iri=iri, label=f"Entity {i:05d}", type=rng.choice(ENTITY_TYPES),
                   aliases=[f"E{i}"], signatoryCount=[])
    for a, p, b in _pairs(n_nodes, n_edges, rng):
        art = rng.randrange(n_articles)
        s, o = f"{BASE}entity/entity-{a:05d}", f"{BASE}entity/entity-{b:05d}"
        conf = round(rng.uniform(0.3, 1.0), 2)
        G.add_edge(s, o, key=p, predicate=p, confidence=conf, evidence=[{
            "sentence": f"Entity {a:05d} {p} Entity {b:05d}, a generated sentence says.",
            "article": f"gen-{art:04d}", "title": f"Generated article {art}", "date": "2020-01-01",
            "url": f"https://news.example.org/{art}", "attribution": None, "confidence": conf}])
        for e in (s, o):
            G.add_edge(e, f"{BASE}article/gen-{art:04d}", key="mentionedIn", predicate="mentionedIn",
                       confidence=None, evidence=[])
    return G


def generated_knowledge_graph(n_nodes: int, n_edges: int, n_articles: int = 200, seed: int = 3):
    from kg.types import Article, Entity, Evidence, Fact, KnowledgeGraph

    rng = random.Random(seed)
    arts = tuple(Article(id=f"gen-{i:04d}", text="", title=f"Generated article {i}", date="2020-01-01",
                         url=f"https://news.example.org/{i}") for i in range(n_articles))
    ents = tuple(Entity(f"Entity {i:05d}", rng.choice(ENTITY_TYPES), (f"E{i}", f"Entity {i:05d}"))
                 for i in range(n_nodes))
    facts = []
    for k, (a, p, b) in enumerate(_pairs(n_nodes, n_edges, rng)):
        sentence = f"Entity {a:05d} {p} Entity {b:05d}, a generated sentence says."
        ev = Evidence(arts[rng.randrange(n_articles)].id, sentence, k, k + len(sentence), "gen",
                      round(rng.uniform(0.3, 1.0), 2))
        facts.append(Fact(ents[a].name, p, ents[b].name, (ev,)))
    return KnowledgeGraph(articles=arts, entities=ents, facts=tuple(facts))


def open_and_measure(path: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 850})
        blocked: list[str] = []
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:"))
                      else (blocked.append(r.request.url), r.abort()))
        page = context.new_page()
        t0 = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.kgGraph && window.kgGraph.ready === true", timeout=600_000)
        ready = time.perf_counter() - t0
        timings = page.evaluate("kgGraph.timings")
        result = {"ready_s": ready,
                  "parse_ms": timings["parsed"] - timings["start"],
                  "datasets_ms": timings["datasets"] - timings["parsed"],
                  "network_ms": timings["network"] - timings["datasets"],
                  "first_draw_ms": timings["ready"] - timings["network"]}
        result["redraw_ms"] = page.evaluate(
            "(() => { const t = performance.now(); kgGraph.network.redraw(); kgGraph.network.renderer._redraw();"
            " return performance.now() - t; })()")
        t = time.perf_counter()
        page.fill("#kg-search", "E4321")
        page.press("#kg-search", "Enter")
        page.wait_for_selector("#kg-panel[data-kind=node]")
        result["search_select_s"] = time.perf_counter() - t
        t = time.perf_counter()
        page.locator("#kg-predicates input").first.uncheck()
        result["predicate_filter_s"] = time.perf_counter() - t
        result["nodes"] = page.evaluate("kgGraph.shownNodeCount()")
        result["edges"] = page.evaluate("kgGraph.shownEdgeCount()")
        result["blocked_requests"] = len(blocked)
        browser.close()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=20000)
    ap.add_argument("--from-rdf", action="store_true", help="time build_dataset and to_networkx too")
    args = ap.parse_args()

    from kg.export.html import render_html

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.html"
        if args.from_rdf:
            from kg.analyze.view import to_networkx
            from kg.store.model import build_dataset

            t = time.perf_counter()
            ds = build_dataset(generated_knowledge_graph(args.nodes, args.edges))
            print(f"build_dataset       {time.perf_counter() - t:8.2f} s  ({len(ds)} quads)")
            t = time.perf_counter()
            G = to_networkx(ds, articles=True)
            print(f"to_networkx         {time.perf_counter() - t:8.2f} s")
        else:
            G = generated_view(args.nodes, args.edges)
        t = time.perf_counter()
        path.write_text(render_html(G, title="Generated"), encoding="utf-8")
        print(f"render_html         {time.perf_counter() - t:8.2f} s  "
              f"({len(G)} nodes, {G.number_of_edges()} edges, {path.stat().st_size / 1e6:.1f} MB)")
        for key, value in open_and_measure(path).items():
            unit = "" if key in ("nodes", "edges", "blocked_requests") else key.rsplit("_", 1)[-1]
            name = key if not unit else key[: -len(unit) - 1]
            print(f"{name:<20}{value:9.2f} {unit}" if unit else f"{name:<20}{value:6d}")


if __name__ == "__main__":
    main()
