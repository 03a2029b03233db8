"""Extraction in worker processes and on Dask clusters gives byte-identical graphs."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SAMPLE, write
from kg.cli import _count_articles, main
from kg.extract import DEFAULT_MODEL
from kg.parallel import batches, model_loads
from kg.types import Article

RDF_FILES = ("graph.ttl", "graph.nq", "graph.trig", "graph.nt")


def run(*args, ok: bool = True):
    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def assert_one_error_line(result, fragment: str) -> None:
    assert result.exit_code != 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and fragment in lines[0], result.output
    assert "Traceback" not in result.output


def assert_same_rdf(out: Path, reference: Path) -> None:
    for name in RDF_FILES:
        assert (out / name).read_bytes() == (reference / name).read_bytes(), f"{name} differs from the local build"


def assert_same_outputs(out: Path, reference: Path) -> None:
    """Every file the build wrote (RDF, HTML, GraphML, ...) has the same bytes."""
    names = sorted(p.name for p in reference.iterdir() if p.is_file())
    assert names and sorted(p.name for p in out.iterdir() if p.is_file()) == names
    for name in names:
        assert (out / name).read_bytes() == (reference / name).read_bytes(), f"{name} differs from the local build"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ----------------------------------------------------------------------------- batching
def test_batches_bound_articles_and_characters():
    arts = [Article(f"a{i}", "x" * n) for i, n in enumerate([10, 10, 10, 50, 200, 5, 5, 5, 5])]
    groups = list(batches(arts, max_articles=3, max_chars=60))
    assert [[a.id for a in g] for g in groups] == [["a0", "a1", "a2"], ["a3"], ["a4"], ["a5", "a6", "a7"], ["a8"]]
    assert list(batches([], 3, 60)) == []


def test_progress_counts_articles_of_jsonl_files(tmp_path):
    files = [write(tmp_path / "a.txt", "One."), write(tmp_path / "b.jsonl", '{"text": "x"}\n\n{"text": "y"}\n')]
    assert _count_articles(files) == 3


# ----------------------------------------------------------------------------- processes
def test_worker_processes_build_the_same_graph(sample_build, tmp_path):
    """Two processes extract and two write the formats: every output is the same."""
    out = tmp_path / "out"
    result = run("build", SAMPLE, "--out", out, "--workers", "2", "--no-cache")
    assert "Built 5 articles" in result.output
    assert_same_outputs(out, sample_build)


def test_auto_workers_extract_small_corpora_here_and_large_ones_in_processes():
    from kg.parallel import AUTO_MIN_CHARS, _lookahead, cpu_count, resolve_workers

    assert resolve_workers("auto") == min(cpu_count(), 8)
    assert resolve_workers(3) == 3
    for bad in (0, -1, "two", True):
        with pytest.raises(ValueError):
            resolve_workers(bad)
    small = [Article(f"s{i}", "x" * 1000) for i in range(5)]
    stream, enough = _lookahead(iter(small), AUTO_MIN_CHARS)
    assert not enough and list(stream) == small
    large = [Article(f"l{i}", "y" * (AUTO_MIN_CHARS // 4)) for i in range(9)]
    stream, enough = _lookahead(iter(large), AUTO_MIN_CHARS)
    assert enough and list(stream) == large


def test_bad_worker_count_is_a_usage_error(tmp_path):
    result = run("build", SAMPLE, "--out", tmp_path, "--workers", "0", ok=False)
    assert result.exit_code == 2 and "not a whole number of at least 1 or 'auto'" in result.output


def test_worker_processes_report_a_missing_model(tmp_path):
    write(tmp_path / "in" / "a.txt", "Ada Lind, CEO of Brightwave, met the staff.")
    assert_one_error_line(run("build", tmp_path / "in", "--out", tmp_path / "out", "--workers", "2",
                              "--model", "xx_no_such_pipeline", ok=False), "not installed")


# ----------------------------------------------------------------------------- dask
def test_dask_local_cluster_builds_the_same_graph(sample_build, tmp_path):
    out = tmp_path / "out"
    result = run("build", SAMPLE, "--out", out, "--dask", "local", "--workers", "2", "--no-cache")
    assert "Built 5 articles" in result.output
    assert_same_rdf(out, sample_build)


@pytest.fixture(scope="module")
def cluster():
    """A two-process Dask cluster on 127.0.0.1, stopped after the module's tests."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as lc, Client(lc) as client:
        yield lc.scheduler_address, client


def test_dask_cluster_by_address_with_cache_loads_the_model_once_per_worker(cluster, sample_build, tmp_path):
    address, client = cluster
    corpus = tmp_path / "corpus"
    for src in sorted(SAMPLE.iterdir()):
        write(corpus / src.name, src.read_bytes())
    out = tmp_path / "out"
    run("build", corpus, "--out", out, "--dask", address)
    assert_same_rdf(out, sample_build)

    # a new article: only it goes to the cluster, and the graph equals a clean local build
    write(corpus / "zz-extra.txt", "Pell Robotics agreed to a contract with the Department of Transportation. "
                                   "Rhea Solis, CEO of Pell Robotics, said employees were consulted.\n")
    result = run("build", corpus, "--out", out, "--dask", address)
    assert "Extracted 1 new or changed articles; 5 came from the cache." in result.output
    clean = tmp_path / "clean"
    run("build", corpus, "--out", clean, "--no-cache")
    assert_same_rdf(out, clean)

    loads = client.run(model_loads)
    assert len(loads) == 2
    assert all(counts in ({}, {DEFAULT_MODEL: 1}) for counts in loads.values()), loads
    assert any(counts == {DEFAULT_MODEL: 1} for counts in loads.values()), loads


def test_dask_workers_report_a_missing_model(cluster, tmp_path):
    address, _ = cluster
    write(tmp_path / "in" / "a.txt", "Ada Lind, CEO of Brightwave, met the staff.")
    assert_one_error_line(run("build", tmp_path / "in", "--out", tmp_path / "out", "--dask", address,
                              "--model", "xx_no_such_pipeline", ok=False), "not installed")


def test_unreachable_scheduler_is_one_error_line(tmp_path, monkeypatch):
    import kg.parallel

    monkeypatch.setattr(kg.parallel, "DASK_TIMEOUT", 2)
    write(tmp_path / "in" / "a.txt", "Ada Lind, CEO of Brightwave, met the staff.")
    out = tmp_path / "out"
    assert_one_error_line(run("build", tmp_path / "in", "--out", out, "--dask", f"tcp://127.0.0.1:{free_port()}",
                              ok=False), "cannot reach the Dask scheduler")
    assert not (out / "graph.ttl").exists()

