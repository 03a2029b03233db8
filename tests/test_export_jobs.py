"""Writing several formats at once: shared work, families of formats, forked processes."""

from __future__ import annotations

import pytest

from kg.errors import ExportError
from kg.export import BUILD_FORMATS, FORMATS, default_filename, export
from kg.export.jobs import families, write_formats
from kg.export.rdf import QuadTable
from kg.export.shared import shared, sharing
from kg.store.io import load_graph


@pytest.fixture(scope="module")
def sample_ds(sample_build):
    return load_graph(sample_build / "graph.trig")


@pytest.fixture(scope="module")
def one_by_one(sample_ds, tmp_path_factory):
    """Every build format of the sample, each written alone (nothing shared)."""
    folder = tmp_path_factory.mktemp("alone")
    return {name: export(sample_ds, name, folder / default_filename(name)).read_bytes() for name in BUILD_FORMATS}


@pytest.mark.parametrize("processes", [1, 2, 3])
def test_formats_written_together_equal_formats_written_alone(sample_ds, one_by_one, tmp_path, processes):
    jobs = [(name, tmp_path / default_filename(name)) for name in BUILD_FORMATS]
    written = write_formats(sample_ds, jobs, processes=processes)
    assert list(written) == list(BUILD_FORMATS)
    for name, path in written.items():
        assert path.read_bytes() == one_by_one[name], name
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(default_filename(n) for n in BUILD_FORMATS)


def test_families_keep_sharers_together():
    assert families(["html", "turtle", "gexf", "nquads", "jsonld"]) == [["turtle", "nquads", "jsonld"], ["html", "gexf"]]
    assert families(["graphml", "other"]) == [["graphml"], ["other"]]
    assert families([]) == []


def test_unknown_format_fails_before_anything_is_written(sample_ds, tmp_path):
    with pytest.raises(ExportError, match="unknown export format 'nope'"):
        write_formats(sample_ds, [("turtle", tmp_path / "graph.ttl"), ("nope", tmp_path / "x")], processes=2)
    assert list(tmp_path.iterdir()) == []


def _broken_writer(ds, path, **_):
    raise ExportError(f"cannot write {path.name}: broken on purpose")


@pytest.mark.parametrize("processes", [1, 2])
def test_a_failing_format_raises_its_error_after_the_others_are_written(sample_ds, tmp_path, monkeypatch, processes):
    monkeypatch.setitem(FORMATS, "broken", (f"{__name__}:_broken_writer", "graph.broken"))
    jobs = [("broken", tmp_path / "graph.broken"), ("turtle", tmp_path / "graph.ttl"), ("html", tmp_path / "graph.html")]
    with pytest.raises(ExportError, match="cannot write graph.broken: broken on purpose"):
        write_formats(sample_ds, jobs, processes=processes)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "graph.ttl"]


def test_sharing_derives_once_per_dataset_and_only_inside_the_block(sample_ds):
    made = []

    def make():
        made.append(1)
        return object()

    outside = shared(sample_ds, "thing", make), shared(sample_ds, "thing", make)
    assert outside[0] is not outside[1] and len(made) == 2
    with sharing(sample_ds):
        first, again = shared(sample_ds, "thing", make), shared(sample_ds, "thing", make)
        other = shared(object(), "thing", make)
        assert first is again and other is not first
        assert QuadTable.of(sample_ds) is QuadTable.of(sample_ds)
    assert len(made) == 4
    assert QuadTable.of(sample_ds) is not QuadTable.of(sample_ds)


# ----------------------------------------------------------------------------- the JSON writer
def test_json_writer_matches_json_dumps():
    import json
    import random

    from kg.export.rdf import _dump

    rng = random.Random(5)
    alphabet = ['a', 'Z', ' ', '"', '\\', '\n', '\t', '\x01', '\u2028', 'é', '</', '@', ':']

    def text():
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 6)))

    def value(depth):
        kind = rng.randrange(3 if depth < 4 else 1)
        if kind == 0:
            return text()
        if kind == 1:
            return [value(depth + 1) for _ in range(rng.randrange(0, 4))]
        return {text(): value(depth + 1) for _ in range(rng.randrange(0, 4))}

    for _ in range(300):
        v = value(0)
        assert _dump(v) == json.dumps(v, indent=2, ensure_ascii=False)
