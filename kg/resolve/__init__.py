"""Mentions -> one canonical entity per real-world thing, across articles.

Names arrive already resolved inside each article (``"Bezos"`` -> ``"Jeff Bezos"``). Here
names from all articles are clustered: by the gazetteer (``"AWS"`` and ``"Amazon Web
Services"`` are one entry), by their matching key (case, a leading "the", a trailing "'s"
and punctuation ignored: ``"JEff Bezos"`` = ``"Jeff Bezos"``), employee groups by their
employer (``"AWS employees"`` = ``"Amazon Web Services employees"``), and a lone surname by
the one full name that ends with it. Each cluster gets one canonical name (the gazetteer's,
else the most frequent), one type, and every surface form as an alias.

The result does not depend on the order the extractions arrive in: everything is collected
first and emitted sorted.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from kg.extract.gazetteer import load_gazetteer, name_key
from kg.types import LITERAL_PREDICATES, SYMMETRIC_PREDICATES, WORKFORCE_SUFFIX, ArticleExtraction, Entity, Evidence, Fact, KnowledgeGraph, Quote

#: When votes tie, the more specific type wins.
_TYPE_ORDER = ("EmployeeGroup", "GovernmentAgency", "NewsOutlet", "AdvocacyGroup", "Company", "Product", "Person", "Organization")


class _Clusters:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def resolve(extractions: Iterable[ArticleExtraction], min_confidence: float = 0.0) -> KnowledgeGraph:
    gaz = load_gazetteer()
    exs = sorted(extractions, key=lambda x: (x.article.id, x.article.hash))
    types: dict[str, Counter] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    surfaces: Counter = Counter()  # surface forms as often as they are seen
    weight: Counter = Counter()

    def note(name: str, typ: str | None, surface: str | None = None, w: int = 1) -> None:
        if typ:
            types[name][typ] += w
        aliases[name].add(name)
        if surface:
            aliases[name].add(" ".join(surface.split()))
        weight[name] += w

    for ex in exs:
        for m in ex.mentions:
            note(m.name, m.type, m.text)
            surfaces[" ".join(m.text.split())] += 1
        for r in ex.relations:
            note(r.subject, r.subject_type)
            if r.predicate not in LITERAL_PREDICATES:
                note(r.object, r.object_type)
            if r.evidence.attribution:
                note(r.evidence.attribution, "NewsOutlet", w=0)
        for q in ex.quotes:
            if q.speaker:
                note(q.speaker, q.speaker_type, w=0)
            if q.evidence.attribution:
                note(q.evidence.attribution, "NewsOutlet", w=0)

    # -- cluster -------------------------------------------------------------------------
    clusters = _Clusters()
    gaz_name: dict[str, str] = {}
    names = sorted(aliases)

    def base_key(name: str) -> str:
        entry = gaz.lookup(name)
        if entry is not None:
            gaz_name[name] = entry.name
            return "gaz:" + entry.name
        if name.endswith(WORKFORCE_SUFFIX) and "EmployeeGroup" in types[name]:
            employer = name[: -len(WORKFORCE_SUFFIX)]
            e2 = gaz.lookup(employer)
            return "group:" + (e2.name if e2 is not None else name_key(employer))
        return "key:" + name_key(name)

    by_key: dict[str, list[str]] = defaultdict(list)
    for n in names:
        by_key[base_key(n)].append(n)
    for members in by_key.values():
        for other in members[1:]:
            clusters.union(members[0], other)
    # a lone surname -> the one full person name ending with it
    full_by_last: dict[str, set[str]] = defaultdict(set)
    for n in names:
        if " " in n and types[n].most_common(1) and _top_type(types[n]) == "Person":
            full_by_last[name_key(n.split()[-1])].add(clusters.find(n))
    for n in names:
        if " " not in n and _top_type(types[n]) == "Person":
            full = full_by_last.get(name_key(n), set())
            if len(full) == 1:
                clusters.union(n, next(iter(full)))

    members: dict[str, list[str]] = defaultdict(list)
    for n in names:
        members[clusters.find(n)].append(n)
    canonical: dict[str, str] = {}
    entities: list[Entity] = []
    for root, ms in members.items():
        gaz_names = sorted({gaz_name[m] for m in ms if m in gaz_name})
        group_names = [m for m in ms if m.endswith(WORKFORCE_SUFFIX) and "EmployeeGroup" in types[m]]
        if gaz_names:
            name = gaz_names[0]
        elif group_names:
            employer = group_names[0][: -len(WORKFORCE_SUFFIX)]
            e2 = gaz.lookup(employer)
            if e2 is not None:
                # named as the texts name the employer most often: "AWS employees"
                seen = set().union(*(aliases[m] for m in ms))
                forms = [a + WORKFORCE_SUFFIX for a in (e2.name, *e2.aliases)]
                counted = [(surfaces[f], f == e2.name + WORKFORCE_SUFFIX, f) for f in forms if f in seen]
                name = max(counted)[2] if counted else f"{e2.name}{WORKFORCE_SUFFIX}"
            else:
                name = max(group_names, key=lambda m: (weight[m], -len(m), m))
        else:
            name = max(ms, key=lambda m: (weight[m], len(m), m))
        for m in ms:
            canonical[m] = name
        votes: Counter = Counter()
        for m in ms:
            votes.update(types[m])
        entry = gaz.lookup(name)
        typ = entry.type if entry is not None and entry.name == name else _top_type(votes) if votes else "Organization"
        al = set()
        for m in ms:
            al |= aliases[m]
        if typ == "EmployeeGroup" and gaz.lookup(name[: -len(WORKFORCE_SUFFIX)]) is not None:
            # "Amazon Web Services employees" is also "AWS employees"
            employer = gaz.lookup(name[: -len(WORKFORCE_SUFFIX)])
            al |= {m for m in ms if m.endswith(WORKFORCE_SUFFIX)}
            # ... and "Samsung Electronics employees" are "Samsung employees": one name per name of the employer
            al |= {a + WORKFORCE_SUFFIX for a in (employer.name, *employer.aliases)}
        al.add(name)
        entities.append(Entity(name, typ, tuple(sorted(al))))

    # -- facts ---------------------------------------------------------------------------
    dates: dict[tuple, list[str]] = defaultdict(list)
    for ex in exs:
        for d in ex.dates:
            r = d.relation
            dates[(r.subject, r.predicate, r.object, r.evidence.article_id, r.evidence.start)].append(d.value)
    evidence: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    fact_dates: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for ex in exs:
        for r in ex.relations:
            if r.evidence.confidence < min_confidence:
                continue
            s = canonical.get(r.subject, r.subject)
            o = r.object if r.predicate in LITERAL_PREDICATES else canonical.get(r.object, r.object)
            if s == o:
                continue
            ev = r.evidence
            if ev.attribution:
                ev = replace(ev, attribution=canonical.get(ev.attribution, ev.attribution))
            key = (s, r.predicate, o)
            evidence[key].append(ev)
            fact_dates[key] += dates.get((r.subject, r.predicate, r.object, ev.article_id, ev.start), [])
    entity_type = {e.name: e.type for e in entities}
    for key in [k for k in evidence if k[1] in SYMMETRIC_PREDICATES]:
        s, p, o = key
        rev = (o, p, s)
        if key not in evidence or rev not in evidence:
            continue
        keep, drop = _orient(key, rev, entity_type, evidence)
        evidence[keep].extend(evidence.pop(drop))
        fact_dates[keep].extend(fact_dates.pop(drop, []))
    facts = []
    for (s, p, o), evs in sorted(evidence.items()):
        uniq = {(e.article_id, e.start, e.end, e.extractor): e for e in evs}
        ordered = tuple(uniq[k] for k in sorted(uniq))
        ds = sorted(set(fact_dates.get((s, p, o), [])))
        facts.append(Fact(s, p, o, ordered, ds[0] if ds else None))

    quotes = []
    for ex in exs:
        for q in ex.quotes:
            ev = q.evidence
            if ev.attribution:
                ev = replace(ev, attribution=canonical.get(ev.attribution, ev.attribution))
            speaker = canonical.get(q.speaker, q.speaker) if q.speaker else None
            quotes.append(Quote(q.text, speaker, entity_type.get(speaker, q.speaker_type) if speaker else None, ev))
    quotes.sort(key=lambda q: (q.evidence.article_id, q.evidence.start, q.evidence.end, q.text))
    articles = tuple(sorted((ex.article for ex in exs), key=lambda a: a.id))
    return KnowledgeGraph(
        articles=articles,
        entities=tuple(sorted(entities, key=lambda e: e.name)),
        facts=tuple(facts),
        quotes=tuple(quotes),
    )


def _top_type(votes: Counter) -> str:
    if not votes:
        return "Organization"
    return max(votes, key=lambda t: (votes[t], -_TYPE_ORDER.index(t) if t in _TYPE_ORDER else -99))


def _orient(a: tuple, b: tuple, entity_type: dict[str, str], evidence: dict) -> tuple[tuple, tuple]:
    """Of ``x contractsWith y`` and ``y contractsWith x``, keep the one whose subject is the
    supplier (a company facing an agency), else the better attested, else the first."""
    def rank(k):
        s, _, o = k
        return (entity_type.get(s) == "Company" and entity_type.get(o) != "Company", len(evidence[k]), tuple(-ord(c) for c in s))
    return (a, b) if rank(a) >= rank(b) else (b, a)
