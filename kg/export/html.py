"""Interactive graph page through pyvis, coloured by class."""

from __future__ import annotations

import html
from pathlib import Path

from rdflib import Dataset

from kg.analyze.view import to_networkx
from kg.fsutil import atomic_path

COLOURS = {
    "Person": "#4e79a7", "Organization": "#9c755f", "Company": "#f28e2b", "GovernmentAgency": "#e15759",
    "EmployeeGroup": "#59a14f", "AdvocacyGroup": "#b07aa1", "NewsOutlet": "#76b7b2", "Product": "#edc948",
}


def write_html(ds: Dataset, path: Path, title: str = "kg graph", **_: object) -> None:
    from pyvis.network import Network

    G = to_networkx(ds)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", heading="")
    for node, d in sorted(G.nodes(data=True)):
        net.add_node(node, label=d["label"], title=html.escape(f"{d['label']} ({d['type']})"),
                     color=COLOURS.get(d["type"], "#bab0ac"), size=10 + 3 * G.degree(node))
    for s, o, d in sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2]["predicate"])):
        net.add_edge(s, o, label=d["predicate"], title=html.escape(d["predicate"]), arrows="to")
    page = net.generate_html(notebook=False)
    with atomic_path(path) as tmp:
        tmp.write_text(page, encoding="utf-8")
