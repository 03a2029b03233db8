"""GraphML and GEXF: the networkx view with the same nodes, edges and attributes, readable
back by networkx and by a plain XML parser."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analyze.view import to_networkx
from kg.cli import main
from kg.export import BUILD_FORMATS, FORMATS, export
from kg.export.graphml import flat_graph
from kg.store.io import load_graph
from kg.store.model import build_dataset
from kg.types import Entity, Fact, KnowledgeGraph
from test_html import _ev, evil_graph, small_graph


def _read(fmt: str, path) -> nx.MultiDiGraph:
    if fmt == "graphml":
        return nx.read_graphml(path, force_multigraph=True)
    G = nx.read_gexf(path)
    return G if G.is_multigraph() else nx.MultiDiGraph(G)


def test_registered_and_built_by_default():
    assert FORMATS["graphml"][1] == "graph.graphml" and FORMATS["gexf"][1] == "graph.gexf"
    assert "graphml" in BUILD_FORMATS and "gexf" in BUILD_FORMATS


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_sample_build_round_trips(sample_build, fmt):
    path = sample_build / FORMATS[fmt][1]
    assert path.exists(), f"kg build did not write {path.name}"
    G = to_networkx(load_graph(sample_build), articles=True)
    back = _read(fmt, path)
    assert back.is_directed()
    assert len(back) == len(G)
    assert back.number_of_edges() == G.number_of_edges()
    assert set(back) == set(G)
    ET.parse(path)  # well-formed XML for any other reader


def _parallel_graph() -> KnowledgeGraph:
    kg = small_graph()
    extra = Fact("Jordan Smith", "worksFor", "Initech", (_ev("letter", "Jordan Smith works at Initech.", 0.4, 300),))
    return KnowledgeGraph(articles=kg.articles, entities=kg.entities, facts=kg.facts + (extra,))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_attributes_survive_with_parallel_edges(tmp_path, fmt):
    ds = build_dataset(_parallel_graph())
    path = export(ds, fmt, tmp_path / FORMATS[fmt][1])
    back = _read(fmt, path)
    G = to_networkx(ds, articles=True)
    assert (len(back), back.number_of_edges()) == (len(G), G.number_of_edges())
    smith = "https://kg.example.org/entity/jordan-smith"
    initech = "https://kg.example.org/entity/initech"
    preds = sorted(d["predicate"] for _, o, d in back.out_edges(smith, data=True) if o == initech)
    assert preds == ["leads", "worksFor"]
    node = back.nodes["https://kg.example.org/entity/initech-workers-coalition"]
    assert node["label"] == "Initech Workers Coalition" and node["type"] == "EmployeeGroup"
    assert json.loads(node["aliases"]) == ["IWC"]
    assert json.loads(node["signatoryCount"]) == [300]
    coalition = "https://kg.example.org/entity/initech-workers-coalition"
    (edge,) = [d for _, o, d in back.out_edges(coalition, data=True) if d["predicate"] == "petitioned"]
    assert float(edge["confidence"]) == 0.9 and int(edge["evidence_count"]) == 1
    evidence = json.loads(edge["evidence"])
    assert evidence[0]["title"] == "Staff letter on cloud contracts"
    assert edge["sentences"] == "More than 300 members of the Initech Workers Coalition signed a letter to Jordan Smith."
    article = back.nodes["https://kg.example.org/article/walkout"]
    assert article["type"] == "Article" and "date" in article and "url" not in article  # None is left out


def test_flat_graph_has_only_scalar_attributes():
    F = flat_graph(build_dataset(evil_graph()))
    for _, d in F.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in d.values()), d
    for *_, d in F.edges(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in d.values()), d


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_same_graph_same_bytes_and_untrusted_text_kept(tmp_path, fmt):
    a = export(build_dataset(evil_graph()), fmt, tmp_path / f"a.{fmt}")
    b = export(build_dataset(evil_graph()), fmt, tmp_path / f"b.{fmt}")
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes().endswith(b"\n")
    back = _read(fmt, a)
    names = {d["label"] for _, d in back.nodes(data=True)}
    assert 'Acme <img src=x onerror="window.__kgPwned = 3">' in names


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_command(sample_build_copy, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(main, ["export", str(sample_build_copy), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    G = to_networkx(load_graph(sample_build_copy), articles=True)
    back = _read(fmt, out)
    assert (len(back), back.number_of_edges()) == (len(G), G.number_of_edges())


def test_a_graph_without_facts_exports(tmp_path):
    kg = KnowledgeGraph(entities=(Entity("Lonely Org", "Organization", ("Lonely Org",)),))
    for fmt in ("graphml", "gexf"):
        back = _read(fmt, export(build_dataset(kg), fmt, tmp_path / f"g.{fmt}"))
        assert list(back) == ["https://kg.example.org/entity/lonely-org"] and back.number_of_edges() == 0


def test_views_are_byte_identical_across_processes(tmp_path):
    """graph.html, GraphML and GEXF do not depend on the string-hash seed."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    script = (
        "import sys\n"
        "from kg.export import export\n"
        "from kg.store.model import build_dataset\n"
        "sys.path.insert(0, 'tests')\n"
        "from test_html import small_graph\n"
        "ds = build_dataset(small_graph())\n"
        "for fmt, name in (('html', 'graph.html'), ('graphml', 'graph.graphml'), ('gexf', 'graph.gexf')):\n"
        "    export(ds, fmt, sys.argv[1] + '/' + name)\n"
    )
    for seed in ("1", "2"):
        out = tmp_path / seed
        out.mkdir()
        proc = subprocess.run([sys.executable, "-c", script, str(out)], cwd=ROOT, capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300)
        assert proc.returncode == 0, proc.stderr
    for name in ("graph.html", "graph.graphml", "graph.gexf"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name
