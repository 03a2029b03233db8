"""The domain gazetteer: organisations, agencies, products, people, worker groups and news
outlets of the field, each with a canonical name, a type and its aliases.

It is read once per process (cached by path) and is immutable afterwards, so extractors
built in worker processes share nothing mutable."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from kg.errors import InputError
from kg.types import ENTITY_TYPES

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "data" / "gazetteer.jsonl"
#: The package that ships the gazetteer as a resource in an installation.
RESOURCE_PACKAGE = "kg.data"


def name_key(text: str) -> str:
    """Matching key of a name: case, a leading "the", a trailing "'s", punctuation and
    spacing ignored (``"the Pentagon's"`` -> ``"pentagon"``)."""
    t = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'").casefold().strip()
    t = re.sub(r"^the\s+", "", t)
    t = re.sub(r"'s?$", "", t)
    t = re.sub(r"[^\w\s&@#]", "", t)
    t = re.sub(r"[-_\s]+", " ", t)
    return t.strip()


#: What an entry may say of its entity beyond its type: ``"services"``, a company that sells its
#: people's work to other organisations (consultancies, outsourcers, IT-services firms). Its
#: moderators are its own staff ("Accenture moderators"), while a platform's moderators are an
#: outsourced workforce ("Facebook moderators"); and its work for someone is a service sold
#: ("McKinsey's work for Purdue Pharma"), where another company's "work for" may be employment.
#: ``"union"``, a trade union whose name says none ("GMB", "IG Metall", "ver.di"): what "the
#: union" may mean.
TRAITS = frozenset({"services", "union"})


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    aliases: tuple[str, ...]
    traits: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...]

    def index(self) -> dict[str, GazetteerEntry]:
        """Matching key of every alias -> its entry (the first entry wins on a clash)."""
        out: dict[str, GazetteerEntry] = {}
        for e in self.entries:
            for a in (e.name, *e.aliases):
                out.setdefault(name_key(a), e)
        return out

    @cached_property
    def _by_key(self) -> dict[str, GazetteerEntry]:
        return self.index()

    def lookup(self, text: str) -> GazetteerEntry | None:
        return self._by_key.get(name_key(text))

    def surnames(self) -> dict[str, GazetteerEntry]:
        """Surname -> person, for surnames that belong to exactly one person."""
        counts: dict[str, list[GazetteerEntry]] = {}
        for e in self.entries:
            if e.type == "Person" and " " in e.name:
                counts.setdefault(e.name.split()[-1], []).append(e)
        return {k: v[0] for k, v in counts.items() if len(v) == 1}


def packaged_text(package: str = RESOURCE_PACKAGE) -> tuple[str, str] | None:
    """(where, text) of ``<package>/gazetteer.jsonl`` when that resource exists, else None."""
    from importlib.resources import files

    try:
        res = files(package) / "gazetteer.jsonl"
        if not res.is_file():
            return None
        return str(res), res.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError, TypeError):
        return None


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """Read a gazetteer JSONL file (default: the packaged resource ``kg.data/gazetteer.jsonl``
    when installed, else the one in the source tree's ``data/``)."""
    packaged = None if path else packaged_text()
    if packaged is not None:
        p, text = packaged
    else:
        p = Path(path) if path else DEFAULT_PATH
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read gazetteer {p}: {exc.strerror or exc}") from None
    lines = text.splitlines()
    entries = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            name, typ = row["name"], row["type"]
        except (ValueError, KeyError, TypeError):
            raise InputError(f"gazetteer {p} line {n}: expected a JSON object with name, type and aliases") from None
        if typ not in ENTITY_TYPES:
            raise InputError(f"gazetteer {p} line {n}: unknown type {typ!r}")
        traits = row.get("traits", [])
        if not isinstance(traits, list) or not set(traits) <= TRAITS:
            raise InputError(f"gazetteer {p} line {n}: traits must be a list drawn from {', '.join(sorted(TRAITS))}")
        aliases = tuple(sorted({name, *row.get("aliases", ())}))
        entries.append(GazetteerEntry(name, typ, aliases, frozenset(traits)))
    return Gazetteer(tuple(entries))
