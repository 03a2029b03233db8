"""Every command through click's CliRunner: happy paths, bad input, atomic output."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store.io import load_graph
from tests.conftest import write

CORPUS = {
    "a.txt": "Title: Initech staff write to CEO\nDate: 2021-03-03\n\n"
             "Bill Lumbergh, CEO of Initech, met the staff on Monday.\n",
    "b.md": "Michael Bolton, the CEO of Initrode, spoke to reporters.\n",
}


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def assert_one_error_line(result, fragment: str):
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.output
    assert fragment in errors[0], result.output


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    for name, text in CORPUS.items():
        write(root / name, text)
    return root


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = run("build", corpus, "--out", out)
    assert "Built 2 articles" in result.output
    return out


def test_build_writes_turtle_and_html_and_summary(built):
    assert (built / "graph.ttl").stat().st_size > 0
    assert (built / "graph.html").stat().st_size > 0
    g = load_graph(built / "graph.ttl")
    labels = {str(o) for o in g.objects(None, g.namespace_manager.expand_curie("rdfs:label"))}
    assert {"Bill Lumbergh", "Initech"} <= labels


def test_build_is_deterministic(corpus, built, tmp_path):
    run("build", corpus, "--out", tmp_path)
    assert (tmp_path / "graph.ttl").read_bytes() == (built / "graph.ttl").read_bytes()


def test_build_base_iri(corpus, tmp_path):
    run("build", corpus / "a.txt", "--out", tmp_path, "--base-iri", "http://news.example/kg")
    assert "<http://news.example/kg/entity/initech>" in (tmp_path / "graph.ttl").read_text()
    assert_one_error_line(run("build", corpus, "--out", tmp_path, "--base-iri", "not an iri", ok=False),
                          "--base-iri")


QUERY = "SELECT ?who ?org WHERE { ?p kg:leads ?o . ?p rdfs:label ?who . ?o rdfs:label ?org } ORDER BY ?who"


def test_query_table_csv_json(built):
    table = run("query", built, QUERY).output
    assert table.splitlines()[0].split() == ["who", "org"]
    assert "Bill Lumbergh" in table and table.rstrip().endswith("(1 row)")
    csv_out = run("query", built / "graph.ttl", QUERY, "--format", "csv").output
    assert csv_out.splitlines()[0] == "who,org"
    rows = json.loads(run("query", built, QUERY, "-f", "json").output)
    assert {"who": "Bill Lumbergh", "org": "Initech"} in rows


def test_query_from_rq_file_ask_and_construct(built, tmp_path):
    rq = write(tmp_path / "q.rq", "# who leads\n" + QUERY)
    assert "Bill Lumbergh" in run("query", built, rq).output
    assert run("query", built, "ASK { ?p kg:leads ?o }").output.strip() == "true"
    assert run("query", built, "ASK { ?p kg:petitioned ?o }").output.strip() == "false"
    ttl = run("query", built, "CONSTRUCT { ?p kg:leads ?o } WHERE { ?p kg:leads ?o }").output
    assert "kg:leads" in ttl


@pytest.mark.parametrize("query,fragment", [
    ("SELECT ?x WHERE { ?x ?y }", "malformed"),
    ("SELEKT * WHERE { ?s ?p ?o }", "malformed"),
    ("", "empty"),
    ("missing.rq", "no such query file"),
])
def test_bad_queries(built, query, fragment):
    assert_one_error_line(run("query", built, query, ok=False), fragment)


def test_query_bad_graph_paths(tmp_path):
    assert_one_error_line(run("query", tmp_path / "nope", "ASK {}", ok=False), "no such file")
    assert_one_error_line(run("query", tmp_path, "ASK {}", ok=False), "not a build folder")
    bad = write(tmp_path / "broken.ttl", "@prefix x: <y> .\n<a> <b> ")
    assert_one_error_line(run("query", bad, "ASK {}", ok=False), "cannot parse")
    assert_one_error_line(run("query", write(tmp_path / "g.xyz", "x"), "ASK {}", ok=False), "unknown graph format")


def test_stats(built):
    out = run("stats", built).output
    assert "triples" in out and "Person" in out and "leads" in out and "Bill Lumbergh" in out


def test_eval_reports_scores(built, tmp_path):
    gold = tmp_path / "gold"
    write(gold / "entities.jsonl", json.dumps({"name": "Initech", "type": "Company", "aliases": ["Initech"]}) + "\n")
    write(gold / "triples.jsonl", "\n".join(json.dumps(t) for t in [
        {"article": "a", "subject": "Bill Lumbergh", "predicate": "leads", "object": "the Initech's"},
        {"article": "a", "subject": "Bill Lumbergh", "predicate": "worksFor", "object": "Initech"},
    ]) + "\n")
    out = run("eval", built, "--gold", gold).output
    assert "Micro P=" in out
    report = json.loads(run("eval", built, "--gold", gold, "-f", "json").output)
    assert report["per_predicate"]["leads"]["tp"] == 1
    assert ["bill lumbergh", "worksFor", "initech"] in report["missed"]
    assert_one_error_line(run("eval", built, "--gold", tmp_path / "none", ok=False), "gold folder not found")


@pytest.mark.parametrize("name,content,fragment", [
    ("empty.txt", b"", "file is empty"),
    ("binary.txt", b"\x00\x01\x02\x03" * 64, "binary"),
    ("cp1252.txt", "na\xefve \u201cquotes\u201d".encode("cp1252"), "not valid UTF-8"),
    ("paper.pdf", b"%PDF-1.4", "unknown format"),
])
def test_build_bad_single_file(tmp_path, name, content, fragment):
    f = write(tmp_path / name, content)
    assert_one_error_line(run("build", f, "--out", tmp_path / "out", ok=False), fragment)
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_build_missing_path(tmp_path):
    assert_one_error_line(run("build", tmp_path / "nowhere", "--out", tmp_path / "o", ok=False), "no such file")


def test_build_folder_with_bad_files_builds_good_ones(corpus, tmp_path):
    folder = tmp_path / "mixed"
    write(folder / "good.txt", CORPUS["a.txt"])
    write(folder / "empty.txt", "")
    write(folder / "blob.bin", b"\x00" * 10)
    result = run("build", folder, "--out", tmp_path / "out")
    assert "Built 1 articles" in result.output
    assert "empty.txt: file is empty" in result.output and "blob.bin" in result.output


def test_failed_build_leaves_existing_output_untouched(corpus, built, tmp_path):
    out = tmp_path / "out"
    run("build", corpus, "--out", out)
    before = (out / "graph.ttl").read_bytes()
    write(tmp_path / "bad" / "empty.txt", "")
    assert_one_error_line(run("build", tmp_path / "bad", "--out", out, ok=False), "no readable articles")
    assert (out / "graph.ttl").read_bytes() == before


def test_export_failure_midway_keeps_previous_file(corpus, tmp_path, monkeypatch):
    """A serialiser that dies half-way leaves the previous graph.ttl and no temp files."""
    out = tmp_path / "out"
    run("build", corpus, "--out", out)
    before = (out / "graph.ttl").read_bytes()
    import kg.export.rdf
    from kg.fsutil import atomic_open

    def broken(path, text):
        with atomic_open(path) as handle:
            handle.write(text[:12])
            raise OSError("disk full")

    monkeypatch.setattr(kg.export.rdf, "_write_text", broken)
    result = run("build", corpus, "--out", out, ok=False)
    assert result.exit_code != 0
    assert (out / "graph.ttl").read_bytes() == before
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".graph")) == []


def test_unknown_model_is_one_line(corpus, tmp_path):
    assert_one_error_line(run("build", corpus, "--out", tmp_path, "--model", "xx_no_such_model", ok=False),
                          "not installed")


def test_every_command_has_help_with_example():
    for name, command in sorted(main.commands.items()):
        result = run(name, "--help")
        assert "Example:" in result.output, f"kg {name} --help has no example"
    assert "Example:" in run("--help").output


def test_version():
    assert run("--version").output.startswith("kg, version")


def test_commands_are_click_commands():
    assert all(isinstance(c, click.Command) for c in main.commands.values())
