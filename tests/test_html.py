"""graph.html: a self-contained page, checked as text and in a real headless Chromium with
all network blocked."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.analyze.view import to_networkx
from kg.cli import main
from kg.errors import ExportError
from kg.export.html import embed_json, render_html, write_html
from kg.store.io import load_graph
from kg.store.model import build_dataset
from kg.types import Article, Entity, Evidence, Fact, KnowledgeGraph

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

PAYLOAD_SCRIPT = "</script><script>window.__kgPwned = 1;</script>"
PAYLOAD_IMG = '<img src=x onerror="window.__kgPwned = 2">'
EVIL_NAME = 'Acme <img src=x onerror="window.__kgPwned = 3">'
EVIL_ALIAS = "</script><script>window.__kgPwned = 4</script>"


def _ev(article: str, sentence: str, confidence: float, start: int = 0) -> Evidence:
    return Evidence(article_id=article, sentence=sentence, start=start, end=start + len(sentence),
                    extractor="test", confidence=confidence)


def small_graph() -> KnowledgeGraph:
    """Five entities, five facts, two articles; every fact has its own pair of entities."""
    a1 = Article(id="letter", text="", title="Staff letter on cloud contracts", date="2019-06-01",
                 url="https://news.example.org/letter")
    a2 = Article(id="walkout", text="", title="Walkout at Initech", date="2020-02-03")
    return KnowledgeGraph(
        articles=(a1, a2),
        entities=(
            Entity("Jordan Smith", "Person", ("Jordan Smith", "J. Smith")),
            Entity("Initech", "Company", ("Initech", "Initech Inc.")),
            Entity("Initech Workers Coalition", "EmployeeGroup", ("IWC", "Initech Workers Coalition")),
            Entity("Department of Examples", "GovernmentAgency", ("Department of Examples",)),
            Entity("Rivet", "Product", ("Rivet",)),
        ),
        facts=(
            Fact("Initech Workers Coalition", "petitioned", "Jordan Smith", (_ev(
                "letter", "More than 300 members of the Initech Workers Coalition signed a letter to Jordan Smith.",
                0.9),)),
            Fact("Jordan Smith", "leads", "Initech", (_ev(
                "letter", "Jordan Smith, the chief executive of Initech, answered on Monday.", 0.8, 100),)),
            Fact("Initech", "contractsWith", "Department of Examples", (
                _ev("letter", "Initech sells cloud storage to the Department of Examples.", 0.6, 200),
                _ev("walkout", "The Department of Examples renewed its Initech contract.", 0.5, 10))),
            Fact("Initech", "develops", "Rivet", (_ev("walkout", "Initech makes the Rivet scanner.", 0.5, 90),)),
            Fact("Initech Workers Coalition", "protested", "Initech", (_ev(
                "walkout", "The Initech Workers Coalition walked out of the Initech offices.", 0.7, 150),)),
            Fact("Initech Workers Coalition", "signatoryCount", "300", (_ev(
                "letter", "More than 300 members of the Initech Workers Coalition signed a letter to Jordan Smith.",
                0.9),)),
        ),
    )


def evil_graph() -> KnowledgeGraph:
    """Article text, names and aliases that try to break out of the page."""
    art = Article(id="evil", text="", title="Leak " + PAYLOAD_IMG, date="2021-01-01",
                  url="javascript:window.__kgPwned = 5")
    sentence = f"{EVIL_NAME} contracts with the Agency, staff wrote {PAYLOAD_SCRIPT} and {PAYLOAD_IMG}."
    return KnowledgeGraph(
        articles=(art,),
        entities=(Entity(EVIL_NAME, "Company", tuple(sorted((EVIL_NAME, EVIL_ALIAS, "Acme\u2028Corp")))),
                  Entity("The Agency", "GovernmentAgency", ("The Agency",))),
        facts=(Fact(EVIL_NAME, "contractsWith", "The Agency", (_ev("evil", sentence, 0.8),)),),
    )


# ----------------------------------------------------------------------------- the page as text
def _page_text(tmp_path: Path, kg: KnowledgeGraph, **options) -> str:
    path = tmp_path / "graph.html"
    write_html(build_dataset(kg), path, **options)
    return path.read_text(encoding="utf-8")


def _start_tags(page: str) -> list[str]:
    """Start tags as an HTML parser sees them (script contents are raw text)."""
    from html.parser import HTMLParser

    tags: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            tags.append(tag)

    Parser().feed(page)
    return tags


def _data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


def test_page_is_self_contained(sample_build):
    page = (sample_build / "graph.html").read_text(encoding="utf-8")
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", page, re.I)
    assert tags, "no script tags at all"
    for tag in tags:
        assert not re.search(r"\b(?:src|href)\s*=", tag, re.I), tag
    assert not re.search(r"<link\b", page, re.I)
    assert "cdn." not in page and "bootstrap" not in page.lower()
    assert re.search(r'http-equiv="Content-Security-Policy" content="default-src \'none\'; script-src \'sha256-', page)


def test_page_data_matches_the_graph(sample_build):
    page = (sample_build / "graph.html").read_text(encoding="utf-8")
    data = _data(page)
    G = to_networkx(load_graph(sample_build))
    assert data["stats"]["entities"] == len(G)
    assert data["stats"]["facts"] == G.number_of_edges()
    assert len(data["nodes"]) == len(to_networkx(load_graph(sample_build), articles=True))
    assert {n["iri"] for n in data["nodes"] if n["type"] != "Article"} == set(G)


def test_embed_json_cannot_close_the_script():
    text = embed_json({"a": PAYLOAD_SCRIPT + PAYLOAD_IMG + "&amp;\u2028\u2029"})
    for ch in "<>&\u2028\u2029":
        assert ch not in text
    assert json.loads(text) == {"a": PAYLOAD_SCRIPT + PAYLOAD_IMG + "&amp;\u2028\u2029"}


def test_untrusted_text_is_escaped_in_the_file(tmp_path):
    page = _page_text(tmp_path, evil_graph(), title='Report <script>window.__kgPwned = 6</script>')
    assert PAYLOAD_SCRIPT not in page and PAYLOAD_IMG not in page and EVIL_ALIAS not in page
    assert "<title>Report &lt;script&gt;window.__kgPwned = 6&lt;/script&gt;</title>" in page
    tags = _start_tags(page)
    assert [t for t in tags if t == "script"] == ["script"] * 3  # data, vis-network, the page's own
    assert "img" not in tags
    data = _data(page)
    assert any(EVIL_ALIAS in n["aliases"] for n in data["nodes"])


def test_same_graph_same_page(tmp_path):
    kg = small_graph()
    a = tmp_path / "a.html"
    b = tmp_path / "b.html"
    write_html(build_dataset(kg), a)
    write_html(build_dataset(kg), b)
    assert a.read_bytes() == b.read_bytes()


def test_classes_and_predicates_restrict_the_page(tmp_path):
    data = _data(_page_text(tmp_path, small_graph(), classes=["Person", "EmployeeGroup", "Company"],
                            predicates="petitioned,leads", physics=False, title="Petitions"))
    assert data["title"] == "Petitions"
    assert {n["type"] for n in data["nodes"]} == {"Person", "EmployeeGroup", "Company"}
    assert sorted(e["predicate"] for e in data["edges"]) == ["leads", "petitioned"]
    assert data["options"]["physics"]["enabled"] is False
    assert [c["name"] for c in data["classes"]] == ["Person", "Company", "EmployeeGroup"]


def test_unknown_class_or_predicate_is_an_export_error(tmp_path):
    ds = build_dataset(small_graph())
    with pytest.raises(ExportError, match="unknown class 'Robot'"):
        write_html(ds, tmp_path / "x.html", classes=["Robot"])
    assert not (tmp_path / "x.html").exists()
    previous = tmp_path / "graph.html"
    previous.write_text("previous page\n", encoding="utf-8")
    with pytest.raises(ExportError, match="unknown predicate 'likes'"):
        write_html(ds, previous, predicates="likes")
    assert previous.read_text(encoding="utf-8") == "previous page\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]  # no temporary file left behind


def test_export_command_writes_the_page(sample_build_copy, tmp_path):
    out = tmp_path / "petitions.html"
    result = CliRunner().invoke(main, ["export", str(sample_build_copy), "--format", "html", "--out", str(out),
                                       "--title", "Petitions & protests", "--no-physics",
                                       "--classes", "Person,Company,EmployeeGroup,Organization"])
    assert result.exit_code == 0, result.output
    data = _data(out.read_text(encoding="utf-8"))
    assert data["title"] == "Petitions & protests"
    assert data["options"]["physics"]["enabled"] is False
    assert {n["type"] for n in data["nodes"]} <= {"Person", "Company", "EmployeeGroup", "Organization"}

    bad = CliRunner().invoke(main, ["export", str(sample_build_copy), "--format", "html", "--out", str(out),
                                    "--classes", "Robot"])
    assert bad.exit_code != 0
    assert bad.output.strip().splitlines()[-1].startswith("Error: unknown class 'Robot'"), bad.output
    assert "Traceback" not in bad.output


# ----------------------------------------------------------------------------- in the browser
@dataclass
class Opened:
    page: object
    blocked: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def check_clean(self) -> None:
        assert self.blocked == [], f"network requests attempted: {self.blocked}"
        assert all(u.startswith(("file:", "data:")) for u in self.requests), self.requests
        assert self.errors == [], f"console errors: {self.errors}"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium is missing: run scripts/install-system-deps"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def open_page(browser, path: Path, width: int = 1400, height: int = 850) -> Opened:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    opened = Opened(page)

    def route(r):
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            opened.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page.on("request", lambda r: opened.requests.append(r.url))
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.goto(path.as_uri())
    # the page marks its body once the graph is laid out; a selector wait needs no string
    # evaluation, which the page's Content-Security-Policy forbids on repeated polls
    page.wait_for_selector("body[data-ready='true']", state="attached", timeout=120_000)
    assert page.evaluate("() => window.kgGraph.ready") is True
    return opened


def painted_pixels(page) -> int:
    return page.evaluate("""() => {
        const c = document.querySelector('#kg-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) n++;
        return n;
    }""")


def search(page, text: str) -> None:
    page.fill("#kg-search", text)
    page.press("#kg-search", "Enter")


def click_edge(page, index: int) -> None:
    """Click the middle of a shown edge where no node covers it, as a person would."""
    point = page.evaluate("""(k) => {
        const net = kgGraph.network, e = kgGraph.edges.get(k);
        const p = net.getPositions([e.from, e.to]);
        const box = document.getElementById('kg-network').getBoundingClientRect();
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
            const c = {x: p[e.from].x + t * (p[e.to].x - p[e.from].x), y: p[e.from].y + t * (p[e.to].y - p[e.from].y)};
            const d = net.canvasToDOM(c);
            if (net.getNodeAt(d) === undefined && d.x > 5 && d.y > 5 && d.x < box.width - 5 && d.y < box.height - 5)
                return {x: box.left + d.x, y: box.top + d.y};
        }
        return null;
    }""", index)
    assert point, "the edge is hidden under nodes or off screen"
    page.mouse.click(point["x"], point["y"])


def panel_text(page) -> str:
    return page.inner_text("#kg-panel")


@pytest.fixture(scope="module")
def small_page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html-small") / "graph.html"
    write_html(build_dataset(small_graph()), path, title="Initech")
    return path


def test_sample_page_in_browser(browser, sample_build, artifacts):
    opened = open_page(browser, sample_build / "graph.html")
    page = opened.page
    G = to_networkx(load_graph(sample_build))
    assert page.evaluate("kgGraph.stats.entities") == len(G)
    assert page.evaluate("kgGraph.stats.facts") == G.number_of_edges()
    assert int(page.get_attribute("body", "data-entities")) == len(G)
    assert page.evaluate("kgGraph.shownNodeCount()") == len(G)  # articles start hidden
    assert painted_pixels(page) > 500

    # an alias that names exactly one entity selects it
    names: dict[str, set[str]] = {}
    for node, d in G.nodes(data=True):
        for name in {d["label"], *d["aliases"]}:
            names.setdefault(" ".join(name.lower().split()), set()).add(node)
    choices = sorted((d["label"], a) for node, d in G.nodes(data=True) for a in d["aliases"]
                     if a != d["label"] and len(names[" ".join(a.lower().split())]) == 1)
    label, alias = choices[0] if choices else next((d["label"], d["label"]) for _, d in sorted(G.nodes(data=True)))
    search(page, alias)
    assert page.inner_text("#kg-panel h2") == label
    page.screenshot(path=str(artifacts / "graph-sample.png"))

    if G.number_of_edges():  # a real click on a fact, as a reader would (the graph's own edges)
        page.evaluate("kgGraph.unselect(); kgGraph.network.fit({animation: false})")
        clicked = []
        for s, o, d in sorted(G.edges(data=True), key=lambda e: (-(e[2]["confidence"] or 0), e[0], e[1]))[:20]:
            k = page.evaluate("([s, p, o]) => kgGraph.edgeIndex(s, p, o)", [s, d["predicate"], o])
            try:
                click_edge(page, k)
            except AssertionError:  # covered by a node: try the next fact
                continue
            if page.evaluate("(kgGraph.selected() || {}).edge") == k:
                clicked.append(k)
                text = " ".join(panel_text(page).split())
                assert page.get_attribute("#kg-panel", "data-kind") == "edge"
                assert d["predicate"] in text
                for ev in d["evidence"]:
                    assert " ".join(ev["sentence"].split())[:60] in text
                break
        assert clicked, "no fact of the sample graph could be clicked"
        page.screenshot(path=str(artifacts / "graph-sample-edge.png"))
    opened.check_clean()


def test_click_on_an_edge_shows_its_evidence(browser, small_page, artifacts):
    opened = open_page(browser, small_page)
    page = opened.page
    coalition = "https://kg.example.org/entity/initech-workers-coalition"
    smith = "https://kg.example.org/entity/jordan-smith"
    k = page.evaluate("([s, o]) => kgGraph.edgeIndex(s, 'petitioned', o)", [coalition, smith])
    assert k >= 0
    page.evaluate("kgGraph.network.fit({animation: false})")
    click_edge(page, k)
    page.wait_for_selector("#kg-panel[data-kind=edge]")
    text = panel_text(page)
    assert "More than 300 members of the Initech Workers Coalition signed a letter to Jordan Smith." in text
    assert "Staff letter on cloud contracts" in text and "2019-06-01" in text and "Confidence 0.90" in text
    link = page.locator("#kg-panel a").first
    assert link.get_attribute("href") == "https://news.example.org/letter"
    assert link.inner_text() == "Staff letter on cloud contracts"
    page.screenshot(path=str(artifacts / "graph-edge-evidence.png"))
    opened.check_clean()


def test_search_filters_and_highlight(browser, small_page):
    opened = open_page(browser, small_page)
    page = opened.page
    assert page.evaluate("kgGraph.stats") == {"entities": 5, "facts": 5, "articles": 2}
    assert page.evaluate("[kgGraph.shownNodeCount(), kgGraph.shownEdgeCount()]") == [5, 5]

    search(page, "iwc")  # an alias, in another case
    assert page.inner_text("#kg-panel h2") == "Initech Workers Coalition"
    text = panel_text(page)
    assert "IWC" in text and "300" in text and "petitioned" in text and "protested" in text
    # the neighbourhood is selected, the rest dimmed
    assert sorted(page.evaluate("kgGraph.network.getSelectedNodes()")) == sorted(
        page.evaluate("['initech-workers-coalition', 'jordan-smith', 'initech'].map("
                      "s => kgGraph.nodeIndex('https://kg.example.org/entity/' + s))"))
    assert page.evaluate("kgGraph.nodes.get(kgGraph.nodeIndex('https://kg.example.org/entity/rivet')).color.background") \
        == "#ececec"

    search(page, "Initech")  # a name that is also part of another: exact match wins
    assert page.inner_text("#kg-panel h2") == "Initech"
    search(page, "depart")  # part of one name: that entity
    assert page.inner_text("#kg-panel h2") == "Department of Examples"
    search(page, "init")  # part of several names: a list to choose from
    assert page.locator("#kg-results button").all_inner_texts() == [
        "Initech (Company)", "Initech Workers Coalition (EmployeeGroup)", "Walkout at Initech (Article)"]
    page.click("#kg-results button >> nth=1")
    assert page.inner_text("#kg-panel h2") == "Initech Workers Coalition"
    search(page, "nobody at all")
    assert page.inner_text("#kg-results") == "No entity is called that."

    page.uncheck("#kg-predicate-%d" % page.evaluate(
        "kgGraph.network && [...document.querySelectorAll('#kg-predicates label')].findIndex(l => l.innerText.includes('contractsWith'))"))
    assert page.evaluate("kgGraph.shownEdgeCount()") == 4
    page.locator("#kg-confidence").fill("0.75")
    assert page.evaluate("kgGraph.shownEdgeCount()") == 2  # petitioned 0.9, leads 0.8
    page.check("#kg-connected")
    assert page.evaluate("kgGraph.shownNodeCount()") == 3
    page.uncheck("#kg-connected")
    page.locator("#kg-confidence").fill("0")
    article_box = page.locator("#kg-classes label", has_text="Article").locator("input")
    article_box.check()
    assert page.evaluate("kgGraph.shownNodeCount()") == 7
    assert page.evaluate("kgGraph.shownEdgeCount()") > 4  # mentionedIn edges appear
    page.click("#kg-fit")
    assert painted_pixels(page) > 500
    opened.check_clean()


def test_untrusted_text_never_runs(browser, tmp_path, artifacts):
    path = tmp_path / "evil.html"
    write_html(build_dataset(evil_graph()), path, title='Report <img src=x onerror="window.__kgPwned = 7">')
    opened = open_page(browser, path)
    page = opened.page
    agency = "https://kg.example.org/entity/the-agency"
    k = page.evaluate("(o) => kgGraph.edgeIndex(kgGraph.find('Acme')[0], 'contractsWith', o)", agency)
    assert k >= 0
    page.evaluate("kgGraph.network.fit({animation: false})")
    click_edge(page, k)
    page.wait_for_selector("#kg-panel[data-kind=edge]")
    text = page.text_content("#kg-panel")
    assert PAYLOAD_SCRIPT in text and PAYLOAD_IMG in text and EVIL_NAME in text
    assert "Leak " + PAYLOAD_IMG in text
    assert page.locator("#kg-panel a").count() == 0  # a javascript: URL is shown as text, never a link
    assert "javascript:window.__kgPwned = 5" in text

    search(page, EVIL_ALIAS)
    assert page.text_content("#kg-panel h2") == EVIL_NAME
    assert EVIL_ALIAS in page.text_content("#kg-panel")
    assert page.title() == 'Report <img src=x onerror="window.__kgPwned = 7">'
    assert page.text_content("#kg-title") == 'Report <img src=x onerror="window.__kgPwned = 7">'
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("typeof window.__kgPwned") == "undefined"
    page.screenshot(path=str(artifacts / "graph-untrusted-text.png"))
    opened.check_clean()


def test_render_html_takes_a_networkx_graph():
    page = render_html(to_networkx(build_dataset(small_graph()), articles=True), title="t")
    assert _data(page)["stats"] == {"entities": 5, "facts": 5, "articles": 2}


def test_physics_on_request_keeps_moving_and_empty_graph_opens(browser, tmp_path):
    live = tmp_path / "live.html"
    write_html(build_dataset(small_graph()), live, physics=True)
    opened = open_page(browser, live)
    assert opened.page.evaluate("kgGraph.network.physics.options.enabled") is True
    assert opened.page.is_checked("#kg-physics")
    opened.check_clean()

    write_html(build_dataset(small_graph()), tmp_path / "settled.html")
    settled = open_page(browser, tmp_path / "settled.html")
    assert settled.page.evaluate("kgGraph.network.physics.options.enabled") is False  # auto: settle, then stop
    settled.check_clean()

    empty = tmp_path / "empty.html"
    write_html(build_dataset(KnowledgeGraph(articles=(Article(id="a", text="nothing here"),))), empty)
    opened = open_page(browser, empty)
    assert opened.page.evaluate("[kgGraph.stats.entities, kgGraph.shownNodeCount()]") == [0, 0]
    opened.check_clean()
