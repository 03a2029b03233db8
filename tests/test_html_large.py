"""A generated graph of 5,000 entities and 20,000 facts opens in headless Chromium with its
layout computed in Python and physics off (bench/html_load.py prints the load time; no
test asserts one)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from kg.export.html import PHYSICS_NODE_LIMIT, render_html
from test_html import browser, open_page, painted_pixels, search  # noqa: F401  (browser is a fixture)

BENCH = Path(__file__).resolve().parent.parent / "bench" / "html_load.py"


@pytest.fixture(scope="module")
def large_view():
    spec = importlib.util.spec_from_file_location("html_load", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench.generated_view(5000, 20000)


@pytest.fixture(scope="module")
def large_page(large_view, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html-large") / "graph.html"
    path.write_text(render_html(large_view, title="Generated"), encoding="utf-8")
    return path


def test_large_page_is_laid_out_in_python(large_page, large_view):
    page = large_page.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1))
    assert len(large_view) > PHYSICS_NODE_LIMIT
    assert data["options"]["physics"]["enabled"] is False
    assert data["stats"] == {"entities": 5000, "facts": 20000, "articles": 200}
    xy = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(xy) == len(data["nodes"])  # every node has its own place


def test_large_page_opens_and_responds(browser, large_page, artifacts):
    opened = open_page(browser, large_page)
    page = opened.page
    assert page.evaluate("kgGraph.stats") == {"entities": 5000, "facts": 20000, "articles": 200}
    assert page.evaluate("[kgGraph.shownNodeCount(), kgGraph.shownEdgeCount()]") == [5000, 20000]
    assert page.evaluate("kgGraph.network.physics.options.enabled") is False
    assert painted_pixels(page) > 5000
    search(page, "e4321")
    assert page.inner_text("#kg-panel h2") == "Entity 04321"
    page.locator("#kg-predicates input").first.uncheck()
    assert page.evaluate("kgGraph.shownEdgeCount()") < 20000
    page.screenshot(path=str(artifacts / "graph-large.png"))
    opened.check_clean()
