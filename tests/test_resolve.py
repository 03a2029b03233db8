"""Cross-article resolution on hand-made extractions (no model needed): one node per real
entity, aliases kept, order independence, confidence filtering, provenance."""

from __future__ import annotations

import itertools

from kg.resolve import resolve
from kg.types import Article, ArticleExtraction, EventDate, Evidence, Mention, Quote, Relation


def ev(article: str, start: int = 0, conf: float = 0.8, attribution: str | None = None) -> Evidence:
    return Evidence(article, "a sentence", start, start + 10, "kg.rules.test", conf, attribution)


def rel(s, p, o, st, ot, article="a", start=0, conf=0.8, attribution=None) -> Relation:
    return Relation(s, p, o, st, ot, ev(article, start, conf, attribution))


def ment(article, text, name, typ, start=0) -> Mention:
    return Mention(article, text, start, start + len(text), typ, name)


def corpus() -> list[ArticleExtraction]:
    a = ArticleExtraction(
        Article("a", "text a"),
        mentions=(ment("a", "AWS", "Amazon Web Services", "Company"), ment("a", "Pentagon", "U.S. Department of Defense", "GovernmentAgency"),
                  ment("a", "JEff Bezos", "JEff Bezos", "Person"), ment("a", "Recode", "Recode", "NewsOutlet")),
        relations=(rel("Amazon Web Services", "contractsWith", "U.S. Department of Defense", "Company", "GovernmentAgency", "a", 0, 0.9, "Recode"),
                   rel("Amazon employees", "petitioned", "JEff Bezos", "EmployeeGroup", "Person", "a", 20, 0.4)),
    )
    b = ArticleExtraction(
        Article("b", "text b"),
        mentions=(ment("b", "Amazon Web Services", "Amazon Web Services", "Company"), ment("b", "DoD", "DoD", "GovernmentAgency"),
                  ment("b", "Jeff Bezos", "Jeff Bezos", "Person"), ment("b", "Kessler Partners", "Kessler Partners", "Organization"),
                  ment("b", "AWS employees", "AWS employees", "EmployeeGroup")),
        relations=(rel("U.S. Department of Defense", "contractsWith", "Amazon Web Services", "GovernmentAgency", "Company", "b", 5, 0.7),
                   rel("AWS employees", "signatoryCount", "500", "EmployeeGroup", None, "b", 30),
                   rel("Amazon employees", "petitioned", "Jeff Bezos", "EmployeeGroup", "Person", "b", 40, 0.9)),
        quotes=(Quote("We will not build it", "JEff Bezos", "Person", ev("b", 50)),),
    )
    c = ArticleExtraction(
        Article("c", "text c"),
        mentions=(ment("c", "Bezos", "Bezos", "Person"), ment("c", "Amazon Web Services employees", "Amazon Web Services employees", "EmployeeGroup")),
        relations=(rel("Bezos", "leads", "Amazon", "Person", "Company", "c", 0),
                   rel("Amazon Web Services employees", "worksFor", "Amazon Web Services", "EmployeeGroup", "Company", "c", 9)),
    )
    c = ArticleExtraction(c.article, c.mentions, c.relations, (), (EventDate(c.relations[0], "2018-06"),))
    return [a, b, c]


def test_one_node_per_real_entity_with_every_alias():
    kg = resolve(corpus())
    ents = {e.name: e for e in kg.entities}
    assert set(ents["Amazon Web Services"].aliases) >= {"AWS", "Amazon Web Services"}
    assert set(ents["U.S. Department of Defense"].aliases) >= {"Pentagon", "DoD"}
    assert set(ents["Jeff Bezos"].aliases) >= {"JEff Bezos", "Bezos", "Jeff Bezos"}
    assert "Bezos" not in ents and "DoD" not in ents and "JEff Bezos" not in ents
    assert ents["Kessler Partners"].type == "Organization"
    assert ents["Recode"].type == "NewsOutlet"
    groups = [e for e in kg.entities if e.type == "EmployeeGroup" and "AWS employees" in e.aliases]
    assert len(groups) == 1 and "Amazon Web Services employees" in groups[0].aliases
    # every name of the employer names its workforce, whether or not a text used it
    assert "Amazon Web Services Inc. employees" in groups[0].aliases


def test_facts_use_canonical_names_and_symmetric_contracts_merge():
    kg = resolve(corpus())
    triples = {(f.subject, f.predicate, f.object) for f in kg.facts}
    contracts = [f for f in kg.facts if f.predicate == "contractsWith"]
    assert [(f.subject, f.object) for f in contracts] == [("Amazon Web Services", "U.S. Department of Defense")]
    assert len(contracts[0].evidence) == 2
    assert ("Amazon employees", "petitioned", "Jeff Bezos") in triples
    assert ("Jeff Bezos", "leads", "Amazon") in triples
    assert any(f.predicate == "signatoryCount" and f.object == "500" and f.is_literal for f in kg.facts)


def test_resolution_does_not_depend_on_order():
    first = resolve(corpus())
    for perm in itertools.permutations(corpus()):
        assert resolve(perm) == first


def test_min_confidence_drops_weak_evidence():
    kg = resolve(corpus(), min_confidence=0.5)
    pet = [f for f in kg.facts if f.predicate == "petitioned"]
    assert [(f.subject, f.object, [e.article_id for e in f.evidence]) for f in pet] == [("Amazon employees", "Jeff Bezos", ["b"])]
    assert all(0.5 <= e.confidence <= 1 for f in kg.facts for e in f.evidence)


def test_attribution_is_canonical_and_an_outlet_entity():
    kg = resolve(corpus())
    ents = {e.name: e.type for e in kg.entities}
    attributed = {e.attribution for f in kg.facts for e in f.evidence if e.attribution}
    assert attributed == {"Recode"}
    assert ents["Recode"] == "NewsOutlet"


def test_event_dates_and_quotes_are_resolved():
    kg = resolve(corpus())
    lead = next(f for f in kg.facts if f.predicate == "leads")
    assert lead.date == "2018-06"
    assert [(q.text, q.speaker) for q in kg.quotes] == [("We will not build it", "Jeff Bezos")]


def test_outputs_are_sorted():
    kg = resolve(corpus())
    assert [e.name for e in kg.entities] == sorted(e.name for e in kg.entities)
    assert [(f.subject, f.predicate, f.object) for f in kg.facts] == sorted((f.subject, f.predicate, f.object) for f in kg.facts)
    assert [a.id for a in kg.articles] == ["a", "b", "c"]


def test_employee_groups_are_named_as_the_texts_name_the_employer():
    exs = corpus()
    extra = ArticleExtraction(Article("d", "text d"), mentions=(ment("d", "AWS employees", "Amazon Web Services employees", "EmployeeGroup"),))
    kg = resolve([*exs, extra])
    groups = [e for e in kg.entities if e.type == "EmployeeGroup" and "Amazon Web Services employees" in (e.name, *e.aliases)]
    assert [g.name for g in groups] == ["AWS employees"]
    assert "Amazon Web Services employees" in groups[0].aliases
    kg = resolve(exs)
    assert "Amazon Web Services employees" in {e.name for e in kg.entities}
