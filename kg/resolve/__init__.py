"""Mentions -> one canonical entity per real-world thing, across articles."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from kg.types import ArticleExtraction, Entity, Evidence, Fact, KnowledgeGraph


def resolve(extractions: Iterable[ArticleExtraction], min_confidence: float = 0.0) -> KnowledgeGraph:
    articles = []
    aliases: dict[str, set[str]] = defaultdict(set)
    types: dict[str, Counter] = defaultdict(Counter)
    evidence: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    quotes = []
    for ex in extractions:
        articles.append(ex.article)
        for m in ex.mentions:
            aliases[m.name].add(m.text)
            types[m.name][m.type] += 1
        for r in ex.relations:
            if r.evidence.confidence < min_confidence:
                continue
            types[r.subject][r.subject_type] += 1
            aliases[r.subject].add(r.subject)
            if r.object_type:
                types[r.object][r.object_type] += 1
                aliases[r.object].add(r.object)
            evidence[(r.subject, r.predicate, r.object)].append(r.evidence)
        quotes.extend(ex.quotes)
    entities = tuple(
        Entity(name, types[name].most_common(1)[0][0], tuple(sorted(aliases[name] | {name})))
        for name in sorted(aliases)
    )
    facts = tuple(
        Fact(s, p, o, tuple(sorted(evs, key=lambda e: (e.article_id, e.start, e.extractor))))
        for (s, p, o), evs in sorted(evidence.items())
    )
    return KnowledgeGraph(articles=tuple(sorted(articles, key=lambda a: a.id)), entities=entities,
                          facts=facts, quotes=tuple(quotes))
