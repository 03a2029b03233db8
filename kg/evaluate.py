"""Scoring a built graph against gold facts (``data/gold``), as GUIDELINES.md defines it.

* Names match case-insensitively, ignoring a leading "the", a trailing "'s" and punctuation.
* A graph entity is the gold entity whose name or any alias matches its label or any of its
  ``skos:altLabel`` values.
* ``contractsWith`` is scored without direction.
* The headline score is corpus-level: the distinct (subject, predicate, object) facts of the
  whole graph against the distinct gold facts, article ignored. Per-article scores compare
  the facts each article's evidence states with that article's gold facts.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.errors import InputError
from kg.store.namespace import KG
from kg.types import CORE_PREDICATES, LITERAL_PREDICATES, SYMMETRIC_PREDICATES

Triple = tuple[str, str, str]

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def normalise(name: str) -> str:
    """Matching key of a name: lower case, no leading "the", no trailing "'s", no
    punctuation, single spaces."""
    s = unicodedata.normalize("NFKC", name).lower().strip()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s$", "", s)
    s = _PUNCT.sub(" ", s)
    return " ".join(s.split())


def canonical_triple(s: str, p: str, o: str) -> Triple:
    if p in SYMMETRIC_PREDICATES and o < s:
        s, o = o, s
    return (s, p, o)


@dataclass(frozen=True)
class Gold:
    entities: dict[str, set[str]]  # canonical name -> normalised names and aliases
    facts: dict[str, set[Triple]]  # article id -> facts (normalised keys)

    @property
    def all_facts(self) -> set[Triple]:
        return set().union(*self.facts.values()) if self.facts else set()


def _read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise InputError(f"{path}: gold file not found")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
    return rows


def load_gold(gold_dir: str | Path) -> Gold:
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: gold folder not found (expected entities.jsonl and triples.jsonl)")
    entities: dict[str, set[str]] = {}
    for row in _read_jsonl(gold_dir / "entities.jsonl"):
        names = {normalise(row["name"])} | {normalise(a) for a in row.get("aliases", [])}
        entities[row["name"]] = {n for n in names if n}
    facts: dict[str, set[Triple]] = defaultdict(set)
    for row in _read_jsonl(gold_dir / "triples.jsonl"):
        p = row["predicate"]
        o = str(row["object"]) if p in LITERAL_PREDICATES else normalise(row["object"])
        facts[row["article"]].add(canonical_triple(normalise(row["subject"]), p, o))
    # Gold facts name entities canonically; key them by the canonical name's normal form.
    return Gold(entities=entities, facts=dict(facts))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    overall: Score
    per_predicate: dict[str, Score]
    per_article: dict[str, Score]
    missed: list[Triple] = field(default_factory=list)
    wrong: list[Triple] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "overall": self.overall.as_dict(),
            "per_predicate": {p: s.as_dict() for p, s in self.per_predicate.items()},
            "per_article": {a: s.as_dict() for a, s in self.per_article.items()},
            "missed": [list(t) for t in self.missed],
            "wrong": [list(t) for t in self.wrong],
        }


_QUERY = f"""
PREFIX kg: <{KG._NS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?s ?p ?o ?article WHERE {{
  VALUES ?p {{ {" ".join(f"kg:{p}" for p in CORE_PREDICATES)} }}
  ?s ?p ?o .
  OPTIONAL {{
    ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:hasEvidence/kg:inArticle ?a .
    ?a dcterms:identifier ?article .
  }}
}}"""


def graph_facts(g: Graph, gold: Gold) -> dict[str | None, set[Triple]]:
    """The graph's core facts keyed by article id (None for facts without evidence), with
    entities mapped to gold names where they match."""
    names: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for s, label in g.subject_objects(predicate=g.namespace_manager.expand_curie("rdfs:label")):
        labels[str(s)] = str(label)
        names[str(s)].add(normalise(str(label)))
    for s, alias in g.subject_objects(predicate=g.namespace_manager.expand_curie("skos:altLabel")):
        names[str(s)].add(normalise(str(alias)))
    index: dict[str, list[str]] = defaultdict(list)
    for gold_name, keys in gold.entities.items():
        for k in keys:
            index[k].append(gold_name)

    def key(iri: str) -> str:
        label = normalise(labels.get(iri, iri.rsplit("/", 1)[-1]))
        candidates = {gname for n in names.get(iri, {label}) for gname in index.get(n, [])}
        if not candidates:
            return label
        # Prefer the gold entity whose canonical name is the label itself.
        exact = [c for c in candidates if normalise(c) == label]
        return normalise(sorted(exact or candidates)[0])

    out: dict[str | None, set[Triple]] = defaultdict(set)
    for row in g.query(_QUERY):
        p = str(row.p).rsplit("#", 1)[-1]
        o = str(int(row.o)) if p in LITERAL_PREDICATES else key(str(row.o))
        article = str(row.article) if row.article is not None else None
        out[article].add(canonical_triple(key(str(row.s)), p, o))
    return out


def _score(system: set[Triple], gold: set[Triple]) -> Score:
    return Score(tp=len(system & gold), fp=len(system - gold), fn=len(gold - system))


def evaluate(g: Graph, gold: Gold) -> Report:
    by_article = graph_facts(g, gold)
    system = set().union(*by_article.values()) if by_article else set()
    expected = gold.all_facts
    per_predicate = {}
    for p in CORE_PREDICATES:
        sp = {t for t in system if t[1] == p}
        gp = {t for t in expected if t[1] == p}
        if sp or gp:
            per_predicate[p] = _score(sp, gp)
    per_article = {
        a: _score(by_article.get(a, set()), gold.facts.get(a, set()))
        for a in sorted(set(gold.facts) | {a for a in by_article if a is not None})
    }
    return Report(
        overall=_score(system, expected),
        per_predicate=per_predicate,
        per_article=per_article,
        missed=sorted(expected - system),
        wrong=sorted(system - expected),
    )
