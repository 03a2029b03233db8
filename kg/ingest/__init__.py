"""Files, folders and JSONL -> Article.

A path may be a file or a folder (searched recursively, in sorted order) of ``.txt``,
``.md``, ``.html``/``.htm`` (main text through trafilatura) or ``.jsonl`` (one article per
line: ``text`` plus optional ``id``, ``title``, ``url``, ``date``, ``source``). Optional
header lines at the top of a text file (``Title:``, ``URL:``, ``Date:``, ``Source:``, then a
blank line) become metadata. Navigation, share and "read more" lines are dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.ingest.clean import clean_text, normalise_date
from kg.types import Article

SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}

#: Largest single file read (JSONL is streamed and limited per line instead).
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_LINE_BYTES = 5 * 1024 * 1024

_HEADER = re.compile(r"^(title|url|date|source)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Failure:
    """An input that was skipped, and why (one line)."""

    path: str
    reason: str


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into the sorted list of files to read. A missing path, or a
    file given by name with an unknown extension, raises InputError."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{raw}: no such file or folder")
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            files.extend(found)
        elif path.suffix.lower() not in SUFFIXES:
            raise InputError(
                f"{raw}: unknown format {path.suffix or '(no extension)'!r}; "
                f"expected one of {', '.join(sorted(SUFFIXES))}"
            )
        else:
            files.append(path)
    return files


def read_articles(paths: Iterable[str | Path], failures: list[Failure] | None = None) -> Iterator[Article]:
    """Stream the articles under ``paths``. Unreadable files are appended to ``failures``
    (when given) and skipped; without ``failures`` the first one raises InputError. Files in
    a folder with an unknown extension are reported as failures too."""
    seen: set[str] = set()
    for path in discover(paths):
        try:
            for article in read_file(path):
                if article.id in seen:
                    raise InputError(f"{path}: article id {article.id!r} appears more than once")
                seen.add(article.id)
                yield article
        except InputError as exc:
            if failures is None:
                raise
            failures.append(Failure(str(path), str(exc)))


def read_file(path: Path) -> Iterator[Article]:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"{path}: unknown format {path.suffix or '(no extension)'!r}")
    if kind == "jsonl":
        yield from _read_jsonl(path)
        return
    data = _read_bytes(path)
    text = _decode(path, data)
    if kind == "html":
        yield _from_html(path, text)
    else:
        yield _from_text(path, text)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: file is {size:,} bytes, more than the {MAX_FILE_BYTES:,} byte limit; split it")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    return data


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}); convert it to UTF-8") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.05 * min(len(text), 8192):
        raise InputError(f"{path}: looks like a binary file, not text")
    return text


def _article(path: Path | None, article_id: str, body: str, **meta: str | None) -> Article:
    text = clean_text(body)
    where = f"{path}" if path else "input"
    if not text.strip():
        raise InputError(f"{where}: article {article_id!r} has no text after cleaning")
    date = normalise_date(meta.pop("date", None))
    clean_meta = {k: (v.strip() if isinstance(v, str) and v.strip() else None) for k, v in meta.items()}
    return Article(id=article_id, text=text, date=date, path=str(path) if path else None, **clean_meta)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split ``Title:``/``URL:``/``Date:``/``Source:`` header lines (ended by a blank line)
    from the body. Text without such a header is returned whole."""
    lines = text.splitlines(keepends=True)
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and lines[i].strip():
        m = _HEADER.match(lines[i].strip())
        if not m:
            return {}, text
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if not meta or i >= len(lines):
        return ({}, text) if not meta else (meta, "")
    return meta, "".join(lines[i + 1:])


def _from_text(path: Path, text: str) -> Article:
    meta, body = split_header(text)
    return _article(path, path.stem, body, title=meta.get("title"), url=meta.get("url"),
                    date=meta.get("date"), source=meta.get("source"))


def _from_html(path: Path, html: str) -> Article:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                          with_metadata=True, favor_recall=True)
    except Exception as exc:  # trafilatura raises a variety of parser errors
        raise InputError(f"{path}: cannot extract text from HTML ({type(exc).__name__})") from None
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        raise InputError(f"{path}: no article text found in the HTML")
    return _article(path, path.stem, doc.text, title=getattr(doc, "title", None),
                    url=getattr(doc, "url", None), date=getattr(doc, "date", None),
                    source=getattr(doc, "sitename", None))


def _read_jsonl(path: Path) -> Iterator[Article]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    count = 0
    with handle:
        for lineno, raw in enumerate(handle, 1):
            if len(raw) > MAX_LINE_BYTES:
                raise InputError(f"{path}:{lineno}: line longer than {MAX_LINE_BYTES:,} bytes")
            if not raw.strip():
                continue
            where = f"{path}:{lineno}"
            if b"\x00" in raw:
                raise InputError(f"{where}: binary data, not JSON")
            try:
                record = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                raise InputError(f"{where}: not valid UTF-8") from None
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise InputError(f"{where}: each line must be an object with a string 'text'")
            fields = {}
            for key in ("id", "title", "url", "date", "source"):
                value = record.get(key)
                if value is not None and not isinstance(value, (str, int)):
                    raise InputError(f"{where}: field {key!r} must be a string")
                fields[key] = str(value) if value is not None else None
            article_id = fields.pop("id") or f"{path.stem}-{lineno}"
            yield _article(path, article_id, record["text"], **fields)
            count += 1
    if count == 0:
        raise InputError(f"{path}: file is empty")
