"""The page shell, style and script of ``graph.html`` (see ``kg.export.html``).

Kept as Python strings so they ship inside the package like any module. The script reads
the graph from a ``<script type="application/json">`` block and renders every piece of
article text with ``textContent``: no data ever reaches ``innerHTML``.
"""

from __future__ import annotations

SHELL = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kg {version}">
<title>{title}</title>
<style>{vis_css}</style>
<style>{page_css}</style>
</head>
<body>
<header id="kg-top">
  <h1 id="kg-title"></h1>
  <div id="kg-search-box">
    <input id="kg-search" type="search" list="kg-names" autocomplete="off" spellcheck="false"
           placeholder="Find an entity by any name" aria-label="Find an entity by any of its names">
    <datalist id="kg-names"></datalist>
    <ul id="kg-results" hidden></ul>
  </div>
  <div id="kg-stats" aria-live="polite"></div>
</header>
<main id="kg-main">
  <nav id="kg-filters" aria-label="Filters">
    <section>
      <h2>Classes</h2>
      <ul id="kg-classes" class="kg-checks"></ul>
    </section>
    <section>
      <h2>Predicates</h2>
      <ul id="kg-predicates" class="kg-checks"></ul>
    </section>
    <section>
      <h2>Minimum confidence <output id="kg-confidence-value" for="kg-confidence">0.00</output></h2>
      <input id="kg-confidence" type="range" min="0" max="1" step="0.05" value="0"
             aria-label="Minimum confidence of the facts shown">
    </section>
    <section>
      <label class="kg-option"><input id="kg-connected" type="checkbox"> Hide entities without shown facts</label>
      <label class="kg-option"><input id="kg-physics" type="checkbox"> Live layout (physics)</label>
      <button id="kg-fit" type="button">Fit to screen</button>
    </section>
  </nav>
  <div id="kg-canvas-wrap"><div id="kg-network"></div></div>
  <aside id="kg-panel" aria-live="polite">
    <p class="kg-hint">Click an entity or a fact to see its evidence.</p>
  </aside>
</main>
<script type="application/json" id="kg-data">{data}</script>
<script>{vis_js}</script>
<script>{page_js}</script>
</body>
</html>
"""

PAGE_CSS = """
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d1d1f; background: #fafafa; }
body { display: flex; flex-direction: column; }
#kg-top { display: flex; align-items: center; gap: 16px; padding: 8px 14px; background: #fff;
  border-bottom: 1px solid #ddd; }
#kg-top h1 { font-size: 17px; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  max-width: 30vw; }
#kg-search-box { position: relative; flex: 1; max-width: 420px; }
#kg-search { width: 100%; padding: 6px 10px; font-size: 14px; border: 1px solid #bbb; border-radius: 6px; }
#kg-results { position: absolute; z-index: 10; top: 100%; left: 0; right: 0; margin: 2px 0 0; padding: 4px 0;
  list-style: none; background: #fff; border: 1px solid #ccc; border-radius: 6px; max-height: 50vh; overflow: auto;
  box-shadow: 0 4px 12px rgba(0,0,0,.12); }
#kg-results li button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 4px 10px;
  cursor: pointer; font: inherit; }
#kg-results li button:hover, #kg-results li button:focus { background: #eef3fb; }
#kg-results .kg-muted { padding: 4px 10px; }
#kg-stats { color: #555; white-space: nowrap; margin-left: auto; }
#kg-main { flex: 1; display: flex; min-height: 0; }
#kg-filters { width: 230px; overflow: auto; padding: 8px 12px; background: #fff; border-right: 1px solid #ddd; }
#kg-filters h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #666; margin: 12px 0 6px; }
.kg-checks { list-style: none; margin: 0; padding: 0; }
.kg-checks label { display: flex; align-items: center; gap: 6px; padding: 2px 0; cursor: pointer; }
.kg-checks canvas { flex: none; }
.kg-count { margin-left: auto; color: #777; font-size: 12px; }
.kg-option { display: block; margin: 6px 0; cursor: pointer; }
#kg-confidence { width: 100%; }
#kg-fit { margin-top: 6px; }
#kg-canvas-wrap { flex: 1; position: relative; min-width: 0; background: #fff; }
#kg-network { position: absolute; inset: 0; }
#kg-panel { width: 360px; overflow: auto; padding: 10px 14px; background: #fff; border-left: 1px solid #ddd; }
#kg-panel h2 { font-size: 18px; margin: 4px 0 6px; overflow-wrap: anywhere; }
#kg-panel h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #666; margin: 14px 0 6px; }
#kg-panel ul { margin: 0; padding-left: 18px; }
#kg-panel li { margin: 3px 0; overflow-wrap: anywhere; }
.kg-badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; }
.kg-hint, .kg-muted { color: #777; }
.kg-iri { color: #777; font-size: 12px; overflow-wrap: anywhere; }
.kg-link { border: 0; background: none; padding: 0; color: #1a5fb4; cursor: pointer; font: inherit; text-align: left;
  text-decoration: underline; }
#kg-panel .kg-evidence { margin: 8px 0 14px; padding: 0; list-style: none; }
.kg-evidence li { margin: 0 0 12px; }
.kg-evidence blockquote { margin: 0 0 4px; padding: 6px 10px; border-left: 3px solid #ccc; background: #f6f6f6;
  white-space: pre-line; overflow-wrap: anywhere; }
.kg-source { font-size: 12px; color: #555; }
.kg-pred { font-weight: 600; }
"""

PAGE_JS = r"""
(function () {
  "use strict";
  var timings = { start: performance.now() };
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();
  var N = DATA.nodes, E = DATA.edges;
  var DIM_NODE = { background: "#ececec", border: "#d8d8d8", highlight: { background: "#ececec", border: "#d8d8d8" },
                   hover: { background: "#ececec", border: "#d8d8d8" } };
  var DIM_FONT = "#c4c4c4", DIM_EDGE = { color: "#e6e6e6", highlight: "#e6e6e6", hover: "#e6e6e6" };

  // ------------------------------------------------------------------ small DOM helpers
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function safeUrl(url) {
    if (typeof url !== "string") return null;
    return /^https?:\/\/[^\s]/i.test(url) ? url : null;
  }
  function swatch(shape, colour, size) {
    var c = document.createElement("canvas"), r = window.devicePixelRatio || 1;
    c.width = c.height = size * r; c.style.width = c.style.height = size + "px";
    var g = c.getContext("2d"); g.scale(r, r);
    var m = size / 2, s = size * 0.38;
    g.fillStyle = colour; g.strokeStyle = "rgba(0,0,0,.35)"; g.lineWidth = 1;
    g.beginPath();
    if (shape === "line") { g.fillRect(1, m - 1.5, size - 2, 3); return c; }
    if (shape === "square" || shape === "box") g.rect(m - s, m - s * (shape === "box" ? 0.7 : 1), 2 * s,
                                                      2 * s * (shape === "box" ? 0.7 : 1));
    else if (shape === "triangle") { g.moveTo(m, m - s); g.lineTo(m + s, m + s * 0.8); g.lineTo(m - s, m + s * 0.8); g.closePath(); }
    else if (shape === "triangleDown") { g.moveTo(m, m + s); g.lineTo(m + s, m - s * 0.8); g.lineTo(m - s, m - s * 0.8); g.closePath(); }
    else if (shape === "diamond") { g.moveTo(m, m - s); g.lineTo(m + s, m); g.lineTo(m, m + s); g.lineTo(m - s, m); g.closePath(); }
    else if (shape === "hexagon") { for (var i = 0; i < 6; i++) { var a = Math.PI / 3 * i; g.lineTo(m + s * Math.cos(a), m + s * Math.sin(a)); } g.closePath(); }
    else if (shape === "star") { for (var j = 0; j < 10; j++) { var b = Math.PI / 5 * j - Math.PI / 2, q = j % 2 ? s * 0.45 : s * 1.1;
      g.lineTo(m + q * Math.cos(b), m + q * Math.sin(b)); } g.closePath(); }
    else g.arc(m, m, s, 0, 2 * Math.PI);
    g.fill(); g.stroke();
    return c;
  }

  // ------------------------------------------------------------------ data
  var classInfo = {}, predInfo = {};
  DATA.classes.forEach(function (c) { classInfo[c.name] = c; });
  DATA.predicates.forEach(function (p) { predInfo[p.name] = p; });
  var classOn = {}, predOn = {};
  DATA.classes.forEach(function (c) { classOn[c.name] = c.shown; });
  DATA.predicates.forEach(function (p) { predOn[p.name] = true; });
  var minConfidence = 0, onlyConnected = false;

  // vis-network items, made afresh whenever an item (re)enters the network
  function nodeItem(i) {
    var n = N[i], p = lastPositions[i];
    var v = { id: i, label: n.label, shape: n.shape, color: n.color, size: n.size, x: p ? p.x : n.x, y: p ? p.y : n.y };
    if (n.type === "Article") v.font = { size: 12, color: "#333" };
    return v;
  }
  function nodeStyle(i) {  // what highlighting changes, without moving the node
    var n = N[i];
    return { id: i, size: n.size, borderWidth: 1, color: n.color,
             font: n.type === "Article" ? { size: 12, color: "#333", background: "none", strokeWidth: bigGraph ? 0 : 3 }
                                        : { size: 14, color: "#343434", background: "none", strokeWidth: bigGraph ? 0 : 3 } };
  }
  function edgeItem(j) {
    var e = E[j];
    // Large graphs label only the edges around the selection: thousands of labels cost seconds a frame.
    var v = { id: j, from: e.from, to: e.to, label: bigGraph ? "" : e.predicate, color: e.color, width: e.width,
              dashes: e.dashes || false };
    if (e.smooth) v.smooth = e.smooth;
    return v;
  }
  var lastPositions = {};
  var bigGraph = !(DATA.options.physics && DATA.options.physics.enabled) && E.length > 2000;
  var outEdges = N.map(function () { return []; }), inEdges = N.map(function () { return []; });
  E.forEach(function (e, i) { outEdges[e.from].push(i); inEdges[e.to].push(i); });

  var names = new Map();  // lower-cased name -> [node index]
  function norm(s) { return String(s).normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim(); }
  N.forEach(function (n, i) {
    var seen = new Set([n.label].concat(n.aliases || []).map(norm));
    seen.forEach(function (k) { if (!names.has(k)) names.set(k, []); names.get(k).push(i); });
  });

  // ------------------------------------------------------------------ filters
  var edgeShown = new Uint8Array(E.length), connected = new Uint8Array(N.length);
  function computeShown() {
    connected.fill(0);
    for (var i = 0; i < E.length; i++) {
      var e = E[i];
      var ok = predOn[e.predicate] && classOn[N[e.from].type] && classOn[N[e.to].type] &&
               (e.confidence === null || e.confidence >= minConfidence - 1e-9);
      edgeShown[i] = ok ? 1 : 0;
      if (ok && e.predicate !== "mentionedIn") { connected[e.from] = 1; connected[e.to] = 1; }
    }
  }
  function nodeShown(i) {
    var n = N[i];
    if (!classOn[n.type]) return false;
    if (onlyConnected && n.type !== "Article" && !connected[i]) return false;
    return true;
  }
  computeShown();
  // The network is given only the shown items; filters add and remove the difference
  // (plain DataSets keep each change linear in the number of items that change).
  var nodeIn = new Uint8Array(N.length), edgeIn = new Uint8Array(E.length);
  var initialNodes = [], initialEdges = [];
  for (var ni = 0; ni < N.length; ni++) if (nodeShown(ni)) { nodeIn[ni] = 1; initialNodes.push(nodeItem(ni)); }
  for (var ej = 0; ej < E.length; ej++) if (edgeShown[ej] && nodeIn[E[ej].from] && nodeIn[E[ej].to]) {
    edgeIn[ej] = 1; initialEdges.push(edgeItem(ej));
  }
  var nodes = new vis.DataSet(initialNodes), edges = new vis.DataSet(initialEdges);

  var container = document.getElementById("kg-network");
  var options = DATA.options;
  timings.datasets = performance.now();
  if (bigGraph) {
    options.edges.arrows.to.enabled = false;  // until zoomed in (see arrowsForScale)
    options.nodes.font.strokeWidth = 0;  // outlined text costs twice as much to draw
  }
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  timings.network = performance.now();
  var ready = false;
  var DIM_LIMIT = 1500;  // dim the rest of the graph only when this few items are shown
  function markReady() {
    if (ready) return;
    ready = true;
    timings.ready = performance.now();
    document.body.dataset.ready = "true";
    api.ready = true;
  }
  if (options.physics && options.physics.enabled && nodes.length) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: document.getElementById("kg-physics").checked } });
      markReady();
    });
    document.getElementById("kg-physics").checked = DATA.live;
  } else {
    network.once("afterDrawing", markReady);
  }

  // Many small changes, one redraw: vis-network otherwise redraws after each of them.
  var batchDepth = 0;
  function batch(fn) {
    var emitter = network.body && network.body.emitter;
    if (emitter && batchDepth === 0) emitter.emit("_blockRedraw");
    batchDepth++;
    try { return fn(); } finally {
      batchDepth--;
      if (batchDepth === 0) { if (emitter) emitter.emit("_allowRedraw"); network.redraw(); }
    }
  }

  function refresh() { batch(refreshNow); }
  function refreshNow() {
    undim();
    computeShown();
    var addN = [], remN = [], addE = [], remE = [], i;
    for (i = 0; i < N.length; i++) {
      var want = nodeShown(i);
      if (want && !nodeIn[i]) { addN.push(i); nodeIn[i] = 1; }
      else if (!want && nodeIn[i]) { remN.push(i); nodeIn[i] = 0; }
    }
    for (i = 0; i < E.length; i++) {
      var wantE = edgeShown[i] && nodeIn[E[i].from] && nodeIn[E[i].to];
      if (wantE && !edgeIn[i]) { addE.push(i); edgeIn[i] = 1; }
      else if (!wantE && edgeIn[i]) { remE.push(i); edgeIn[i] = 0; }
    }
    if (remN.length) Object.assign(lastPositions, network.getPositions(remN));
    if (remE.length) edges.remove(remE);
    if (remN.length) nodes.remove(remN);
    if (addN.length) nodes.add(addN.map(nodeItem));
    if (addE.length) edges.add(addE.map(edgeItem));
    updateStats();
    if (selected) highlight(selected);
  }

  // ------------------------------------------------------------------ legend and filter controls
  function addCheck(list, label, count, shape, colour, checked, onChange, id) {
    var li = el("li"), lab = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = checked; box.id = id;
    box.addEventListener("change", function () { onChange(box.checked); });
    lab.appendChild(box);
    lab.appendChild(swatch(shape, colour, 16));
    lab.appendChild(el("span", null, label));
    lab.appendChild(el("span", "kg-count", count));
    li.appendChild(lab); list.appendChild(li);
    return box;
  }
  var classBoxes = {};
  DATA.classes.forEach(function (c, i) {
    classBoxes[c.name] = addCheck(document.getElementById("kg-classes"), c.name, c.count, c.shape, c.color, c.shown,
      function (on) { classOn[c.name] = on; refresh(); }, "kg-class-" + i);
  });
  DATA.predicates.forEach(function (p, i) {
    addCheck(document.getElementById("kg-predicates"), p.name, p.count, "line", p.color, true,
      function (on) { predOn[p.name] = on; refresh(); }, "kg-predicate-" + i);
  });
  var conf = document.getElementById("kg-confidence"), confOut = document.getElementById("kg-confidence-value");
  conf.addEventListener("input", function () {
    minConfidence = parseFloat(conf.value) || 0;
    confOut.textContent = minConfidence.toFixed(2);
    refresh();
  });
  document.getElementById("kg-connected").addEventListener("change", function (ev) {
    onlyConnected = ev.target.checked; refresh();
  });
  var physicsBox = document.getElementById("kg-physics");
  if (!(options.physics && options.physics.enabled)) physicsBox.checked = false;
  physicsBox.addEventListener("change", function () { network.setOptions({ physics: { enabled: physicsBox.checked } }); });
  document.getElementById("kg-fit").addEventListener("click", function () { network.fit({ animation: false }); });

  function updateStats() {
    var shownNodes = nodes.length, shownEdges = edges.length;
    var s = document.getElementById("kg-stats");
    s.textContent = DATA.stats.entities + " entities \u00b7 " + DATA.stats.facts + " facts \u00b7 " +
      DATA.stats.articles + " articles \u2014 showing " + shownNodes + " nodes, " + shownEdges + " edges";
    document.body.dataset.shownNodes = String(shownNodes);
    document.body.dataset.shownEdges = String(shownEdges);
  }

  // ------------------------------------------------------------------ neighbourhood highlight
  var selected = null, dimmedNodes = [], dimmedEdges = [], labelledEdges = [], emphasised = null;
  function neighbourhood(sel) {
    var keepNodes = new Set(), keepEdges = new Set();
    if (sel && sel.node !== undefined) {
      keepNodes.add(sel.node);
      outEdges[sel.node].concat(inEdges[sel.node]).forEach(function (i) {
        if (!edgeIn[i]) return;
        keepEdges.add(i); keepNodes.add(E[i].from); keepNodes.add(E[i].to);
      });
    } else if (sel && sel.edge !== undefined) {
      keepEdges.add(sel.edge); keepNodes.add(E[sel.edge].from); keepNodes.add(E[sel.edge].to);
    }
    return { nodes: keepNodes, edges: keepEdges };
  }
  function undim() {
    if (dimmedNodes.length) nodes.update(dimmedNodes.map(function (i) {
      return { id: i, color: N[i].color, font: { color: N[i].type === "Article" ? "#333" : "#343434" } };
    }));
    if (dimmedEdges.length) edges.update(dimmedEdges.map(function (j) {
      return { id: j, color: E[j].color, font: { color: "#555555" } };
    }));
    if (labelledEdges.length) edges.update(labelledEdges.filter(function (j) { return edgeIn[j]; })
                                              .map(function (j) { return { id: j, label: "" }; }));
    if (emphasised !== null && nodeIn[emphasised]) nodes.update(nodeStyle(emphasised));
    dimmedNodes = []; dimmedEdges = []; labelledEdges = []; emphasised = null;
  }
  function highlight(sel) {
    // The selection and its neighbours are drawn selected; on small graphs the rest is dimmed.
    undim();
    if (!sel) return;
    var keep = neighbourhood(sel);
    network.setSelection({ nodes: Array.from(keep.nodes), edges: Array.from(keep.edges) },
                         { unselectAll: true, highlightEdges: false });
    if (sel.node !== undefined && nodeIn[sel.node]) {  // the selected entity stands out in a crowd
      emphasised = sel.node;
      nodes.update({ id: sel.node, size: (N[sel.node].size || 10) * 1.4, borderWidth: 3,
                     font: { size: 18, color: "#000000", background: "rgba(255,255,255,0.9)", strokeWidth: 0 } });
    }
    if (bigGraph) {
      labelledEdges = Array.from(keep.edges);
      edges.update(labelledEdges.map(function (j) { return { id: j, label: E[j].predicate }; }));
    }
    var shownNodes = nodes.getIds(), shownEdges = edges.getIds();
    if (shownNodes.length + shownEdges.length > DIM_LIMIT) return;
    dimmedNodes = shownNodes.filter(function (i) { return !keep.nodes.has(i); });
    dimmedEdges = shownEdges.filter(function (j) { return !keep.edges.has(j); });
    nodes.update(dimmedNodes.map(function (i) { return { id: i, color: DIM_NODE, font: { color: DIM_FONT } }; }));
    edges.update(dimmedEdges.map(function (j) { return { id: j, color: DIM_EDGE, font: { color: "rgba(0,0,0,0)" } }; }));
  }

  // Drawing thousands of arrow heads is most of a frame: large graphs show them only zoomed in.
  var arrowsOn = !bigGraph;
  function arrowsForScale(scale) {
    var want = !bigGraph || scale >= 0.45;
    if (want !== arrowsOn) { arrowsOn = want; network.setOptions({ edges: { arrows: { to: { enabled: want } } } }); }
  }
  network.on("zoom", function (p) { arrowsForScale(p.scale); });
  network.once("afterDrawing", function () { arrowsForScale(network.getScale()); });

  // ------------------------------------------------------------------ side panel
  var panel = document.getElementById("kg-panel");
  function badge(type) {
    var b = el("span", "kg-badge", type);
    b.style.background = (classInfo[type] || {}).color || "#888";
    return b;
  }
  function nodeLink(i) {
    var b = el("button", "kg-link", N[i].label);
    b.type = "button";
    b.addEventListener("click", function () { selectNode(i, true); });
    return b;
  }
  function edgeLink(i, text) {
    var b = el("button", "kg-link", text);
    b.type = "button";
    b.addEventListener("click", function () { selectEdge(i, true); });
    return b;
  }
  function articleLine(a, extra) {
    var p = el("div", "kg-source");
    var url = safeUrl(a.url), name = a.title || a.id;
    if (url) {
      var link = el("a", null, name);
      link.href = url; link.target = "_blank"; link.rel = "noopener noreferrer";
      p.appendChild(link);
    } else {
      p.appendChild(el("span", null, name));
    }
    if (a.date) p.appendChild(document.createTextNode(" \u00b7 " + a.date));
    if (a.source) p.appendChild(document.createTextNode(" \u00b7 " + a.source));
    (extra || []).forEach(function (t) { p.appendChild(document.createTextNode(" \u00b7 " + t)); });
    if (a.url) p.appendChild(el("div", "kg-iri", a.url));
    return p;
  }
  function showNode(i) {
    var n = N[i];
    clear(panel);
    panel.dataset.kind = "node";
    panel.appendChild(badge(n.type));
    panel.appendChild(el("h2", "kg-label", n.label));
    panel.appendChild(el("div", "kg-iri", n.iri));
    if (n.type === "Article") {
      panel.appendChild(articleLine({ id: n.identifier, title: n.title, date: n.date, url: n.url, source: n.source }));
    }
    var others = (n.aliases || []).filter(function (a) { return a !== n.label; });
    if (others.length) {
      panel.appendChild(el("h3", null, "Also called"));
      var ul = el("ul", "kg-aliases");
      others.forEach(function (a) { ul.appendChild(el("li", null, a)); });
      panel.appendChild(ul);
    }
    if (n.signatoryCount && n.signatoryCount.length) {
      panel.appendChild(el("h3", null, "Signatories"));
      panel.appendChild(el("p", null, n.signatoryCount.join(", ")));
    }
    var facts = outEdges[i].concat(inEdges[i]).filter(function (k) { return E[k].predicate !== "mentionedIn"; });
    panel.appendChild(el("h3", null, "Facts (" + facts.length + ")"));
    if (!facts.length) panel.appendChild(el("p", "kg-muted", "No facts about this entity."));
    var fl = el("ul", "kg-facts");
    facts.forEach(function (k) {
      var e = E[k], li = el("li");
      if (e.from === i) { li.appendChild(edgeLink(k, e.predicate)); li.appendChild(document.createTextNode(" \u2192 ")); li.appendChild(nodeLink(e.to)); }
      else { li.appendChild(nodeLink(e.from)); li.appendChild(document.createTextNode(" ")); li.appendChild(edgeLink(k, e.predicate));
             li.appendChild(document.createTextNode(" \u2192 this")); }
      if (e.confidence !== null) li.appendChild(el("span", "kg-count", " " + e.confidence.toFixed(2)));
      fl.appendChild(li);
    });
    panel.appendChild(fl);
    var mentions = (n.type === "Article" ? inEdges[i] : outEdges[i]).filter(function (k) { return E[k].predicate === "mentionedIn"; });
    if (mentions.length) {
      panel.appendChild(el("h3", null, n.type === "Article" ? "Mentions" : "Mentioned in"));
      var ml = el("ul");
      mentions.forEach(function (k) { var li = el("li"); li.appendChild(nodeLink(n.type === "Article" ? E[k].from : E[k].to)); ml.appendChild(li); });
      panel.appendChild(ml);
    }
  }
  function showEdge(k) {
    var e = E[k];
    clear(panel);
    panel.dataset.kind = "edge";
    var head = el("div");
    var pb = el("span", "kg-badge", e.predicate); pb.style.background = e.color;
    head.appendChild(pb);
    panel.appendChild(head);
    var h = el("h2");
    h.appendChild(nodeLink(e.from));
    h.appendChild(el("span", "kg-pred", " " + e.predicate + " "));
    h.appendChild(nodeLink(e.to));
    panel.appendChild(h);
    if (e.confidence !== null) panel.appendChild(el("p", null, "Confidence " + e.confidence.toFixed(2)));
    if (e.date) panel.appendChild(el("p", null, "Date " + e.date));
    if (e.predicate === "mentionedIn") return;
    panel.appendChild(el("h3", null, "Evidence (" + e.evidence.length + ")"));
    var ul = el("ul", "kg-evidence");
    e.evidence.forEach(function (ev) {
      var li = el("li");
      li.appendChild(el("blockquote", "kg-sentence", ev.sentence));
      var a = DATA.articles[ev.article] || { id: ev.article };
      var extra = [];
      if (ev.attribution) extra.push("according to " + ev.attribution);
      if (ev.confidence !== null && ev.confidence !== undefined) extra.push("confidence " + ev.confidence.toFixed(2));
      li.appendChild(articleLine(a, extra));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }
  function showHint() {
    clear(panel);
    delete panel.dataset.kind;
    panel.appendChild(el("p", "kg-hint", "Click an entity or a fact to see its evidence."));
  }

  // ------------------------------------------------------------------ selection
  function reveal(i) {
    var t = N[i].type;
    if (!classOn[t]) { classOn[t] = true; classBoxes[t].checked = true; refresh(); }
    if (onlyConnected && !nodeShown(i)) { onlyConnected = false; document.getElementById("kg-connected").checked = false; refresh(); }
  }
  function selectNode(i, focus) { batch(function () { selectNodeNow(i, focus); }); }
  function selectNodeNow(i, focus) {
    reveal(i);
    selected = { node: i };
    highlight(selected);
    showNode(i);
    if (focus) network.focus(i, { scale: Math.max(network.getScale(), bigGraph ? 0.7 : 1.0), animation: false });
  }
  function selectEdge(k, focus) { return batch(function () { return selectEdgeNow(k, focus); }); }
  function selectEdgeNow(k, focus) {
    var e = E[k];
    reveal(e.from); reveal(e.to);
    if (!edgeIn[k]) return false;
    selected = { edge: k };
    highlight(selected);
    showEdge(k);
    if (focus) {
      var p = network.getPositions([e.from, e.to]);
      network.moveTo({ position: { x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2 },
                       scale: Math.max(network.getScale(), bigGraph ? 0.7 : 1.0), animation: false });
    }
    return true;
  }
  function unselect() {
    batch(function () {
      selected = null;
      network.unselectAll();
      highlight(null);
      showHint();
    });
  }
  network.on("click", function (params) {
    if (params.nodes.length) selectNode(params.nodes[0], false);
    else if (params.edges.length) selectEdge(params.edges[0], false);
    else unselect();
  });

  // ------------------------------------------------------------------ search
  var search = document.getElementById("kg-search"), results = document.getElementById("kg-results");
  var datalist = document.getElementById("kg-names");
  var spelled = new Set();
  N.forEach(function (n) { [n.label].concat(n.aliases || []).forEach(function (a) { spelled.add(a); }); });
  Array.from(spelled).sort().forEach(function (a) { var o = document.createElement("option"); o.value = a; datalist.appendChild(o); });
  function find(text) {
    var q = norm(text);
    if (!q) return [];
    if (names.has(q)) return names.get(q).slice();
    var hits = [];
    names.forEach(function (ids, key) {
      if (key.indexOf(q) !== -1) ids.forEach(function (i) { if (hits.indexOf(i) === -1) hits.push(i); });
    });
    return hits.sort(function (a, b) { return N[a].label.localeCompare(N[b].label); }).slice(0, 50);
  }
  function showResults(hits, text) {
    clear(results);
    if (!text) { results.hidden = true; return; }
    if (!hits.length) results.appendChild(el("li", "kg-muted", "No entity is called that."));
    hits.forEach(function (i) {
      var li = el("li"), b = el("button", null, N[i].label + " (" + N[i].type + ")");
      b.type = "button";
      b.addEventListener("click", function () { results.hidden = true; selectNode(i, true); });
      li.appendChild(b); results.appendChild(li);
    });
    results.hidden = false;
  }
  function go(text) {
    var hits = find(text);
    if (hits.length === 1) { results.hidden = true; search.blur(); selectNode(hits[0], true); return hits; }
    showResults(hits, text);
    return hits;
  }
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { ev.preventDefault(); go(search.value); }
    else if (ev.key === "Escape") { results.hidden = true; }
  });
  search.addEventListener("change", function () { if (names.has(norm(search.value))) go(search.value); });
  search.addEventListener("input", function () {
    if (names.has(norm(search.value)) && document.activeElement !== search) go(search.value);
  });

  // ------------------------------------------------------------------ page API
  document.getElementById("kg-title").textContent = DATA.title;
  var api = {
    network: network, nodes: nodes, edges: edges, ready: false,
    stats: DATA.stats,
    nodeCount: N.length, edgeCount: E.length,
    shownNodeCount: function () { return nodes.length; },
    shownEdgeCount: function () { return edges.length; },
    nodeIndex: function (iri) { for (var i = 0; i < N.length; i++) if (N[i].iri === iri) return i; return -1; },
    edgeIndex: function (fromIri, predicate, toIri) {
      for (var i = 0; i < E.length; i++) {
        var e = E[i];
        if (e.predicate === predicate && N[e.from].iri === fromIri && N[e.to].iri === toIri) return i;
      }
      return -1;
    },
    find: function (text) { return find(text).map(function (i) { return N[i].iri; }); },
    search: go,
    selectNode: selectNode, selectEdge: selectEdge, unselect: unselect,
    selected: function () { return selected; },
    timings: timings
  };
  window.kgGraph = api;
  document.body.dataset.nodes = String(N.length);
  document.body.dataset.entities = String(DATA.stats.entities);
  document.body.dataset.facts = String(DATA.stats.facts);
  document.body.dataset.articles = String(DATA.stats.articles);
  updateStats();
})();
"""
