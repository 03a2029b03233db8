"""The extraction cache: exact round trips, keys, corrupt entries, and incremental builds that
give the same bytes as clean builds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SAMPLE, write
from kg.cache import CACHE_DIRNAME, CacheDecodeError, ExtractionCache, decode, encode, extractor_fingerprint
from kg.cli import main
from kg.pipeline import build
from kg.types import Article, ArticleExtraction, EventDate, Evidence, Mention, Quote, Relation

RDF_FILES = ("graph.ttl", "graph.nq", "graph.trig")

# Short articles of our own; the two smallest sample articles keep the corpus realistic.
CRAFTED = {
    "harbor.txt": "Title: Harbor Labs staff write to their chief\nDate: 2021-03-04\n\n"
                  "More than 450 engineers at Harbor Labs signed an open letter to Mara Quill on Tuesday. "
                  "Mara Quill, CEO of Harbor Labs, said the company would keep its contract with the "
                  "Department of Energy. The workers asked Harbor Labs to cancel the deal.\n",
    "kestrel.txt": "Organizers at Kestrel Analytics staged a walkout in Denver. Ivo Brandt, president of "
                   "Kestrel Analytics, answered the protesters in an email. \"We hear you,\" Brandt wrote. "
                   "The Federal Trade Commission opened an investigation into Kestrel Analytics last year.\n",
    "orchid.txt": "Title: Orchid Systems and the city\nSource: The Daily Ledger\n\n"
                  "Orchid Systems sells its camera software to the Springfield Police Department. "
                  "Lena Ortiz, head of Orchid Systems, defended the sale. About 80 employees petitioned "
                  "Lena Ortiz to end it, according to The Daily Ledger.\n",
}
SMALLEST_SAMPLES = sorted(SAMPLE.glob("*.txt"), key=lambda p: p.stat().st_size)[:2]


def _extraction() -> ArticleExtraction:
    article = Article("a-1", "Zoë Park, CEO of Lumen, said “no”.\n", title="Ünïcode «title»", url="https://x.example/1",
                      date="2020-01-02", source=None, path="somewhere/a-1.txt")
    ev = Evidence("a-1", "Zoë Park, CEO of Lumen, said “no”.", 0, 33, "kg.rules", 0.1 + 0.2, attribution=None)
    ev2 = Evidence("a-1", "Zoë Park, CEO of Lumen, said “no”.", 0, 33, "kg.other", 1.0, attribution="The Ledger")
    rel = Relation("Zoë Park", "leads", "Lumen", "Person", "Company", ev)
    count = Relation("Lumen", "signatoryCount", "1200", "Company", None, ev2)
    return ArticleExtraction(
        article=article,
        mentions=(Mention("a-1", "Zoë Park", 0, 8, "Person", "Zoë Park"), Mention("a-1", "Lumen", 17, 22, "Company", "Lumen")),
        relations=(rel, count),
        quotes=(Quote("no", "Zoë Park", "Person", ev), Quote("maybe", None, None, ev2)),
        dates=(EventDate(rel, "2020-01"),),
    )


def _corpus(root: Path, samples=SMALLEST_SAMPLES, crafted=CRAFTED) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for path in samples:
        shutil.copy(path, root / path.name)
    for name, text in crafted.items():
        write(root / name, text)
    return root


def _clean_build(corpus: Path, out: Path):
    return build([corpus], out, cache=False)


def _assert_same_rdf(a: Path, b: Path) -> None:
    for name in RDF_FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), f"{name} differs from a clean build"


# ----------------------------------------------------------------------------- codec
def test_codec_round_trip_is_exact():
    ex = _extraction()
    data = json.loads(json.dumps(encode(ex)))
    assert decode(data, ArticleExtraction) == ex


@pytest.mark.parametrize("damage", [
    lambda d: d.pop("mentions"),
    lambda d: d.update(extra=1),
    lambda d: d["mentions"][0].update(start="0"),
    lambda d: d["relations"][0]["evidence"].update(confidence="high"),
    lambda d: d.update(quotes={}),
    lambda d: d["article"].update(id=None),
])
def test_decode_rejects_data_of_the_wrong_shape(damage):
    data = json.loads(json.dumps(encode(_extraction())))
    damage(data)
    with pytest.raises(CacheDecodeError):
        decode(data, ArticleExtraction)


# ----------------------------------------------------------------------------- keys
def test_keys_follow_article_content_extractor_and_model(tmp_path, monkeypatch):
    extractor_fingerprint.cache_clear()
    cache = ExtractionCache(tmp_path, None)
    ex = _extraction()
    cache.put(ex)
    same_elsewhere = Article(**{**ex.article.__dict__, "path": "other/place.txt"})
    got = cache.get(same_elsewhere)
    assert got == ArticleExtraction(same_elsewhere, ex.mentions, ex.relations, ex.quotes, ex.dates)
    assert got.article.path == "other/place.txt"

    for change in ({"text": ex.article.text + " More."}, {"title": "Another title"}, {"id": "a-2"},
                   {"date": "2020-01-03"}, {"url": None}, {"source": "Elsewhere"}):
        assert cache.get(Article(**{**ex.article.__dict__, **change})) is None, change
    assert ExtractionCache(tmp_path, "some_other_pipeline").get(ex.article) is None

    import kg.extract

    extractor_fingerprint.cache_clear()
    monkeypatch.setattr(kg.extract, "EXTRACTOR_VERSION", kg.extract.EXTRACTOR_VERSION + ".next")
    try:
        assert ExtractionCache(tmp_path, None).get(ex.article) is None
    finally:
        extractor_fingerprint.cache_clear()
    monkeypatch.undo()
    assert ExtractionCache(tmp_path, None).get(ex.article) == ex

    # a data file the extractor reads (a gazetteer, say) is part of the key too
    resource = write(tmp_path / "lexicon.jsonl", '{"name": "Lumen"}\n')
    monkeypatch.setattr(kg.extract, "RESOURCES", [resource], raising=False)
    extractor_fingerprint.cache_clear()
    try:
        ExtractionCache(tmp_path, None).put(ex)
        assert ExtractionCache(tmp_path, None).get(ex.article) == ex
        write(resource, '{"name": "Lumen Labs"}\n')
        extractor_fingerprint.cache_clear()
        assert ExtractionCache(tmp_path, None).get(ex.article) is None
    finally:
        monkeypatch.undo()
        extractor_fingerprint.cache_clear()


@pytest.mark.parametrize("content", [
    b"", b"{", b"\x00\xff\xfe garbage", b"[]", b'{"format": 999, "extraction": {}}',
    b'{"format": 1, "extraction": {"article": {}}}', b'{"format": 1}',
])
def test_corrupt_entries_read_as_missing(tmp_path, content):
    cache = ExtractionCache(tmp_path, None)
    ex = _extraction()
    cache.put(ex)
    cache.path(ex.article).write_bytes(content)
    assert cache.get(ex.article) is None
    cache.put(ex)
    assert cache.get(ex.article) == ex


def test_entry_of_another_article_under_the_key_is_not_used(tmp_path):
    cache = ExtractionCache(tmp_path, None)
    ex = _extraction()
    other = Article("a-9", "Different text.")
    cache.put(ex)
    shutil.copy(cache.path(ex.article), cache.path(other))
    assert cache.get(other) is None


# ----------------------------------------------------------------------------- incremental builds
@pytest.fixture(scope="module")
def base_build(tmp_path_factory):
    """A corpus and a cached build of it (copy both before changing anything)."""
    root = tmp_path_factory.mktemp("incremental")
    corpus = _corpus(root / "corpus")
    result = build([corpus], root / "out")
    assert result.cached == 0 and result.extracted == len(SMALLEST_SAMPLES) + len(CRAFTED)
    return corpus, root / "out"


@pytest.fixture
def workspace(base_build, tmp_path):
    corpus, out = base_build
    shutil.copytree(corpus, tmp_path / "corpus")
    shutil.copytree(out, tmp_path / "out")
    return tmp_path / "corpus", tmp_path / "out"


def _cache_files(out: Path) -> set[str]:
    return {p.name for p in (out / CACHE_DIRNAME).iterdir()}


def test_unchanged_corpus_is_read_from_the_cache(workspace, tmp_path):
    corpus, out = workspace
    before = {n: (out / n).read_bytes() for n in RDF_FILES}
    result = build([corpus], out)
    assert (result.cached, result.extracted) == (len(SMALLEST_SAMPLES) + len(CRAFTED), 0)
    assert {n: (out / n).read_bytes() for n in RDF_FILES} == before


def test_new_article_is_the_only_one_extracted(workspace, tmp_path):
    corpus, out = workspace
    n = len(list(corpus.iterdir()))
    write(corpus / "zephyr.txt", "Zephyr Cloud signed a contract with the Department of Defense. "
                                 "Tomas Reyes, CEO of Zephyr Cloud, met the organizers of Zephyr Workers United.\n")
    result = build([corpus], out)
    assert (result.cached, result.extracted) == (n, 1)
    _assert_same_rdf(out, _clean_build(corpus, tmp_path / "clean").outputs["turtle"].parent)
    assert len(_cache_files(out)) == n + 1


def test_changed_article_is_extracted_again_and_its_old_facts_go(workspace, tmp_path):
    corpus, out = workspace
    n = len(list(corpus.iterdir()))
    before = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "Ivo Brandt" in before
    write(corpus / "kestrel.txt", CRAFTED["kestrel.txt"].replace("Ivo Brandt", "Noor Haddad")
          .replace("Brandt wrote", "Haddad wrote"))
    result = build([corpus], out)
    assert (result.cached, result.extracted) == (n - 1, 1)
    after = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "Noor Haddad" in after and "Ivo Brandt" not in after
    _assert_same_rdf(out, _clean_build(corpus, tmp_path / "clean").outputs["turtle"].parent)
    assert len(_cache_files(out)) == n  # the entry of the old version is pruned


def test_deleted_article_leaves_the_graph(workspace, tmp_path):
    corpus, out = workspace
    n = len(list(corpus.iterdir()))
    assert "Mara Quill" in (out / "graph.ttl").read_text(encoding="utf-8")
    (corpus / "harbor.txt").unlink()
    result = build([corpus], out)
    assert (result.cached, result.extracted) == (n - 1, 0)
    assert "Mara Quill" not in (out / "graph.ttl").read_text(encoding="utf-8")
    _assert_same_rdf(out, _clean_build(corpus, tmp_path / "clean").outputs["turtle"].parent)
    assert len(_cache_files(out)) == n - 1


def test_corrupt_cache_entries_are_extracted_again(workspace, tmp_path):
    corpus, out = workspace
    n = len(list(corpus.iterdir()))
    entries = sorted((out / CACHE_DIRNAME).iterdir())
    entries[0].write_bytes(b"\x00not json")
    entries[1].write_text(entries[1].read_text(encoding="utf-8")[:40], encoding="utf-8")
    result = build([corpus], out)
    assert (result.cached, result.extracted) == (n - 2, 2)
    _assert_same_rdf(out, _clean_build(corpus, tmp_path / "clean").outputs["turtle"].parent)
    assert build([corpus], out).cached == n  # repaired


def test_rebuild_ignores_and_refreshes_the_cache(workspace):
    corpus, out = workspace
    n = len(list(corpus.iterdir()))
    for entry in (out / CACHE_DIRNAME).iterdir():
        entry.write_text("{}", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["build", str(corpus), "--out", str(out), "--rebuild"])
    assert res.exit_code == 0, res.output
    assert "from the cache" not in res.output
    res = runner.invoke(main, ["build", str(corpus), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert f"Extracted 0 new or changed articles; {n} came from the cache." in res.output


def test_explicit_cache_folder_is_shared_and_not_pruned(workspace, tmp_path):
    corpus, _ = workspace
    shared = tmp_path / "shared-cache"
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir(), two.mkdir()
    for p in sorted(corpus.iterdir())[:2]:
        shutil.copy(p, one / p.name)
    for p in sorted(corpus.iterdir())[2:]:
        shutil.copy(p, two / p.name)
    runner = CliRunner()
    for folder in (one, two):
        res = runner.invoke(main, ["build", str(folder), "--out", str(tmp_path / f"out-{folder.name}"),
                                   "--cache", str(shared)])
        assert res.exit_code == 0, res.output
    assert len(list(shared.iterdir())) == len(list(corpus.iterdir()))
    res = runner.invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out-all"), "--cache", str(shared)])
    assert res.exit_code == 0, res.output
    assert f"Extracted 0 new or changed articles; {len(list(corpus.iterdir()))} came from the cache." in res.output
    assert not (tmp_path / "out-all" / CACHE_DIRNAME).exists()


def test_no_cache_writes_no_cache(workspace, tmp_path):
    corpus, _ = workspace
    res = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "plain"), "--no-cache"])
    assert res.exit_code == 0, res.output
    assert not (tmp_path / "plain" / CACHE_DIRNAME).exists()
    _assert_same_rdf(tmp_path / "plain", workspace[1])
