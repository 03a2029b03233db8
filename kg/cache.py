"""Extraction cache for incremental builds.

One JSON file per article holds the ``ArticleExtraction`` read from it. A file's name is a
digest of everything the extraction depends on:

* the article's content hash (``Article.hash``: id, metadata and text),
* the extractor (``EXTRACTOR_VERSION`` and a digest of the extractor's source files and
  of the data files it reads, such as the gazetteer, so an edited rule or gazetteer entry
  never reuses stale results),
* the shape of the dataclasses in ``kg.types``,
* the spaCy pipeline (name and installed version) and the spaCy version.

A rebuild therefore re-extracts only new or changed articles; deleted articles are simply
not asked for. Entries are written atomically; an entry that cannot be read or decoded is
treated as missing (and rewritten by the next extraction).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import types
import typing
from collections.abc import Iterable
from pathlib import Path

from kg.fsutil import atomic_open
from kg.types import Article, ArticleExtraction, content_hash

#: Folder of the cache inside a build's output folder.
CACHE_DIRNAME = ".kg-cache"
#: Version of the cache file layout itself.
CACHE_FORMAT = 1
_SUFFIX = ".json"


class CacheDecodeError(ValueError):
    """A cache entry that does not decode into the dataclasses it should hold."""


# ----------------------------------------------------------------------------- keys
@functools.cache
def extractor_fingerprint() -> str:
    """Digest of the extractor's version, its source files and the dataclass shapes."""
    import kg.extract
    import kg.types

    parts = [f"format={CACHE_FORMAT}", f"extractor={kg.extract.EXTRACTOR_VERSION}"]
    root = Path(kg.extract.__file__).parent
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc", ".pyo"}:
            parts.append(f"{path.relative_to(root).as_posix()}={_file_digest(path)}")
    for i, path in enumerate(_extractor_resources()):
        parts.append(f"resource{i}={_file_digest(path)}")
    for cls in _dataclasses_of(ArticleExtraction):
        hints = typing.get_type_hints(cls, vars(kg.types))
        parts.append(f"{cls.__name__}(" + ",".join(f"{f.name}:{hints[f.name]}" for f in dataclasses.fields(cls)) + ")")
    return content_hash("\n".join(parts))


def _file_digest(path: Path) -> str:
    try:
        return content_hash(path.read_bytes().decode("latin-1"))
    except OSError:
        return "missing"


def _extractor_resources() -> list[Path]:
    """Data files outside the package that extraction reads: ``kg.extract.RESOURCES`` when
    the extractor lists them, and the gazetteer it loads by default."""
    import importlib

    import kg.extract

    paths = [Path(p) for p in getattr(kg.extract, "RESOURCES", ())]
    try:
        gazetteer = importlib.import_module("kg.extract.gazetteer")
    except ImportError:
        gazetteer = None
    default = getattr(gazetteer, "DEFAULT_PATH", None)
    if default is not None and Path(default) not in paths:
        paths.append(Path(default))
    return paths


@functools.cache
def model_fingerprint(model: str | None) -> str:
    """Name and version of a spaCy pipeline (an installed package or a folder), and the
    spaCy version, read without loading spaCy."""
    import importlib.metadata as metadata

    from kg.extract import DEFAULT_MODEL

    name = model or DEFAULT_MODEL
    try:
        spacy_version = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        spacy_version = "?"
    path = Path(name)
    if path.is_dir() and (path / "meta.json").is_file():
        try:
            meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
            version = f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}@{path.resolve()}"
        except (OSError, ValueError):
            version = "?"
    else:
        try:
            version = metadata.version(name)
        except (metadata.PackageNotFoundError, ValueError):
            version = "?"
    return f"{name}=={version};spacy=={spacy_version}"


# ----------------------------------------------------------------------------- codec
def _dataclasses_of(cls: type, seen: list[type] | None = None) -> list[type]:
    """``cls`` and every dataclass reachable from its field types, in a stable order."""
    import kg.types

    seen = [] if seen is None else seen
    if cls in seen:
        return seen
    seen.append(cls)
    hints = typing.get_type_hints(cls, vars(kg.types))
    for f in dataclasses.fields(cls):
        for t in _leaf_types(hints[f.name]):
            if dataclasses.is_dataclass(t):
                _dataclasses_of(t, seen)
    return seen


def _leaf_types(hint) -> Iterable[type]:
    args = typing.get_args(hint)
    if not args:
        yield hint
    for a in args:
        if a is not Ellipsis:
            yield from _leaf_types(a)


def encode(value):
    """A dataclass value as plain JSON data (dataclasses become objects, tuples lists)."""
    if dataclasses.is_dataclass(value):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot cache a value of type {type(value).__name__}")


@functools.cache
def _hints(cls: type) -> dict[str, object]:
    import kg.types

    return typing.get_type_hints(cls, vars(kg.types))


def decode(data, hint):
    """Rebuild a value of type ``hint`` from ``encode``'s output; CacheDecodeError when the
    data does not fit."""
    return _decoder(hint)(data)


def _fail(message: str):
    raise CacheDecodeError(message)


@functools.cache
def _decoder(hint):
    """A function that decodes data of type ``hint`` (made once per type)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [o for o in typing.get_args(hint) if o is not type(None)]
        nullable = len(options) < len(typing.get_args(hint))
        inner = [_decoder(o) for o in options]

        def union(data):
            if data is None and nullable:
                return None
            errors = []
            for dec in inner:
                try:
                    return dec(data)
                except CacheDecodeError as exc:
                    errors.append(str(exc))
            raise CacheDecodeError("; ".join(errors) or f"no type fits {data!r:.40}")
        return union
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda data: tuple(map(item, data)) if isinstance(data, list) else _fail(f"expected a list for {hint}")
        items = [_decoder(a) for a in args]

        def fixed(data):
            if not isinstance(data, list) or len(data) != len(items):
                raise CacheDecodeError(f"expected {len(items)} items for {hint}")
            return tuple(dec(v) for dec, v in zip(items, data))
        return fixed
    if dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(hint)]
        names = {name for name, _ in fields}

        def record(data):
            if not isinstance(data, dict) or data.keys() != names:
                raise CacheDecodeError(f"expected the fields of {hint.__name__}")
            return hint(**{name: dec(data[name]) for name, dec in fields})
        return record
    if hint is float:
        def number(data):
            if isinstance(data, bool) or not isinstance(data, (int, float)):
                raise CacheDecodeError("expected a number")
            return float(data)
        return number
    if hint in (str, int, bool):
        def plain(data):
            if type(data) is not hint:
                raise CacheDecodeError(f"expected {hint.__name__}")
            return data
        return plain
    if hint is type(None):
        return lambda data: None if data is None else _fail("expected null")
    raise CacheDecodeError(f"unsupported type {hint}")


# ----------------------------------------------------------------------------- cache
class ExtractionCache:
    """A folder of cached extractions, one file per (article, extractor, model)."""

    def __init__(self, root: str | Path, model: str | None = None):
        self.root = Path(root)
        self._salt = f"{extractor_fingerprint()}\x1f{model_fingerprint(model)}"
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0

    def key(self, article: Article) -> str:
        return content_hash(f"{self._salt}\x1f{article.hash}")[:40]

    def path(self, article: Article) -> Path:
        return self.root / f"{self.key(article)}{_SUFFIX}"

    def get(self, article: Article) -> ArticleExtraction | None:
        """The cached extraction of ``article`` (carrying this very Article), or None when
        there is none or it cannot be read."""
        key = self.key(article)
        self.used.add(key)
        try:
            raw = (self.root / f"{key}{_SUFFIX}").read_bytes()
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
                raise CacheDecodeError("unknown cache format")
            extraction = decode(data.get("extraction"), ArticleExtraction)
        except (OSError, ValueError, TypeError, RecursionError):
            self.misses += 1
            return None
        if extraction.article.hash != article.hash:
            self.misses += 1
            return None
        self.hits += 1
        return dataclasses.replace(extraction, article=article)

    def put(self, extraction: ArticleExtraction) -> None:
        """Store an extraction (atomically: a reader sees the old entry or the new one)."""
        key = self.key(extraction.article)
        self.used.add(key)
        data = {"format": CACHE_FORMAT, "extraction": encode(extraction)}
        data["extraction"]["article"]["path"] = None  # where the file was is not part of the key
        with atomic_open(self.root / f"{key}{_SUFFIX}") as handle:
            json.dump(data, handle, separators=(",", ":"))

    def prune(self) -> int:
        """Delete the entries that this run neither read nor wrote (deleted articles, old
        versions of changed ones, results of another extractor or model). Returns how many
        were deleted."""
        removed = 0
        try:
            entries = list(os.scandir(self.root))
        except OSError:
            return 0
        for entry in entries:
            name = entry.name
            stale = name.endswith(_SUFFIX) and name[: -len(_SUFFIX)] not in self.used
            if stale and entry.is_file(follow_symlinks=False):
                try:
                    os.unlink(entry.path)
                    removed += 1
                except OSError:
                    pass
        return removed
