"""The domain gazetteer as data (one well-formed entry a line, sorted, one owner per alias,
no bare surnames and no ordinary words as one-word aliases) and as the extractor sees it
(names of the field found and typed, everyday words left alone)."""

from __future__ import annotations

import json

import pytest

from kg.extract.gazetteer import DEFAULT_PATH, TRAITS, load_gazetteer, name_key
from kg.extract.rules import Extractor
from kg.types import ENTITY_TYPES, Article

#: One-word aliases that read as ordinary English words (or common given names) in
#: sentence case; a gazetteer alias must be the longer name ("Riot Games", "Block Inc.").
ORDINARY_WORDS = {
    "Block", "Square", "Riot", "Snap", "Echo", "Threads", "Messenger", "Chrome", "Windows",
    "Office", "King", "Epic", "Valve", "Flock", "Banjo", "Liberty", "Upturn", "Prime", "Stripe",
    "Slack", "Zoom", "Signal", "Unity", "Teams", "Edge", "Nest", "Wing", "Box", "Target",
    "Insider", "Fortune", "Slate", "Quartz", "Variety", "Deadline", "Reveal", "Documented",
    "Blizzard", "Bethesda", "Nuance", "Inflection", "Audible", "Workday", "Supreme", "Mission",
    "Claude", "Llama", "Steam", "Halo", "Destiny", "Fallout", "Doom", "Battlefield", "Kindle",
    "Gotham", "Foundry", "Sprint", "Bolt", "Grab", "Lever", "Appeal", "Register", "Outlier",
    "Dragon", "Pixel", "Surface", "Portal", "Reels", "Safari", "Vice", "Beats", "Manpower",
    "Paramount", "Perplexity", "Predator", "Graphite", "Gorillas", "Gemma", "Watson", "Prospect",
    "Unite", "Optimus", "Word", "Meet", "Forms", "Pay", "Music", "Maps", "News", "Chef",
}
#: Companies known by such a word. The extractor takes the word for the company only
#: where it cannot be the ordinary word: capitalised inside a sentence, or at a sentence's
#: start only when NER reads it as a name (see the behavioural tests below).
GUARDED = {("Ring", "Ring"), ("Meta", "Meta"), ("Zoom Video Communications", "Zoom"), ("Slack Technologies", "Slack"),
           ("Snap Inc.", "Snap"), ("Stripe Inc.", "Stripe"), ("Valve Corporation", "Valve"), ("Perplexity AI", "Perplexity"),
           ("Flock Safety", "Flock"), ("Banjo", "Banjo"), ("Workday", "Workday"), ("Gorillas", "Gorillas"),
           ("Bolt", "Bolt"), ("Grab", "Grab"), ("Amazon Echo", "Echo"), ("Amazon Kindle", "Kindle"), ("Chef Software", "Chef")}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in DEFAULT_PATH.read_text(encoding="utf-8").splitlines()]


def test_every_line_is_one_entry_with_a_known_type(rows):
    assert len(rows) == len(load_gazetteer(str(DEFAULT_PATH)).entries)
    for row in rows:
        assert {"name", "type", "aliases"} <= set(row) <= {"name", "type", "aliases", "traits"}, row
        assert set(row.get("traits", [])) <= TRAITS, row
        assert row["type"] in ENTITY_TYPES, row
        assert row["name"] in row["aliases"], row
        assert row["aliases"] == sorted(set(row["aliases"])), row


def test_entries_are_sorted_by_type_then_name_and_unique(rows):
    keys = [(r["type"], r["name"]) for r in rows]
    assert keys == sorted(keys)
    assert len({r["name"] for r in rows}) == len(rows)


def test_no_alias_names_two_entries(rows):
    owner: dict[str, str] = {}
    clashes = []
    for r in rows:
        for a in r["aliases"]:
            if owner.setdefault(name_key(a), r["name"]) != r["name"]:
                clashes.append((a, owner[name_key(a)], r["name"]))
    assert clashes == []


def test_people_have_full_names_and_no_bare_name_aliases(rows):
    for r in (r for r in rows if r["type"] == "Person"):
        assert " " in r["name"], r
        bare = [a for a in r["aliases"] if " " not in a and not a.isupper()]
        assert bare == [], r


def test_no_ordinary_word_is_a_one_word_alias(rows):
    found = {(r["name"], a) for r in rows for a in r["aliases"] if a in ORDINARY_WORDS}
    assert found <= GUARDED, sorted(found - GUARDED)


# -- as the extractor sees it -------------------------------------------------------------

@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp)


def mentions(nlp, extractor, text: str) -> set[tuple[str, str]]:
    ex = extractor(nlp(text), Article("gz", text))
    return {(m.name, m.type) for m in ex.mentions}


@pytest.mark.parametrize("text, expected", [
    ("Organizers at Riot Games and Kickstarter United compared notes in Los Angeles.",
     {("Riot Games", "Company"), ("Kickstarter United", "EmployeeGroup")}),
    ("Pinterest and Patreon both answered questions from Lina Khan about their contracts.",
     {("Pinterest", "Company"), ("Patreon", "Company"), ("Lina Khan", "Person")}),
    ("Christian Smalls spoke outside a warehouse while reporters from Kotaku listened.",
     {("Chris Smalls", "Person"), ("Kotaku", "NewsOutlet")}),
    ("Fans of League of Legends and Call of Duty signed a petition to the Department of Labor.",
     {("League of Legends", "Product"), ("Call of Duty", "Product"),
      ("U.S. Department of Labor", "GovernmentAgency")}),
    ("The Service Employees International Union hired Perkins Coie.",
     {("Service Employees International Union", "Organization"), ("Perkins Coie", "Organization")}),
    ("No Azure for Apartheid and Jewish Voice for Peace held a vigil near the NYPD precinct.",
     {("No Azure for Apartheid", "EmployeeGroup"), ("Jewish Voice for Peace", "AdvocacyGroup"),
      ("New York Police Department", "GovernmentAgency")}),
    ("Tesla recalled thousands of Cybertruck and Model Y vehicles a day after SpaceX launched a Falcon 9.",
     {("Cybertruck", "Product"), ("Model Y", "Product"), ("Falcon 9", "Product"),
      ("Tesla", "Company"), ("SpaceX", "Company")}),
    ("Testers compared Microsoft Copilot, Apple Intelligence and Diablo Immortal on an Xbox Series X.",
     {("Copilot", "Product"), ("Apple Intelligence", "Product"), ("Diablo Immortal", "Product"),
      ("Xbox", "Product")}),
    ("Norway's Datatilsynet, the Spanish Data Protection Agency and the European Data Protection "
     "Supervisor questioned Grindr.",
     {("Datatilsynet", "GovernmentAgency"), ("Spanish Data Protection Agency", "GovernmentAgency"),
      ("European Data Protection Supervisor", "GovernmentAgency"), ("Grindr", "Company")}),
    ("The Washington Attorney General's Office and Cal/OSHA inspected an Amazon Logistics site.",
     {("Washington Attorney General's Office", "GovernmentAgency"), ("Cal/OSHA", "GovernmentAgency"),
      ("Amazon Logistics", "Company")}),
    ("Lawyers from Jenner & Block and Lichten & Liss-Riordan met organizers from IF Metall and "
     "Solidaires Informatique.",
     {("Jenner & Block", "Organization"), ("Lichten & Liss-Riordan", "Organization"),
      ("IF Metall", "Organization"), ("Solidaires Informatique", "Organization")}),
    ("Contractors hired through Aston Carter and Sitel moderated posts, according to Rest of World "
     "and Polygon.",
     {("Aston Carter", "Company"), ("Foundever", "Company"), ("Rest of World", "NewsOutlet"),
      ("Polygon", "NewsOutlet")}),
    ("Whistleblower Aid and Foxglove wrote to the International Labour Organization.",
     {("Whistleblower Aid", "AdvocacyGroup"), ("Foxglove", "AdvocacyGroup"),
      ("International Labour Organization", "Organization")}),
    ("The FNV, CITU and COSATU backed the drivers, and Attac staged a sit-in.",
     {("FNV", "Organization"), ("Centre of Indian Trade Unions", "Organization"),
      ("Congress of South African Trade Unions", "Organization"), ("Attac", "AdvocacyGroup")}),
])

def test_names_of_the_field_are_found_and_typed(nlp, extractor, text, expected):
    got = mentions(nlp, extractor, text)
    assert expected <= got, got


def test_known_name_glued_by_a_hyphen_to_another_word_is_a_name_of_its_own(nlp, extractor):
    # "Filt-CGIL" is a federation of its own, not the CGIL; "ex-Google" still names Google
    assert "CGIL" not in {n for n, _ in mentions(nlp, extractor, "The strike was called by Filt-CGIL on Monday.")}
    assert ("Google", "Company") in mentions(nlp, extractor, "An ex-Google engineer spoke at the rally.")


def test_everyday_words_are_not_taken_for_gazetteer_names(nlp, extractor):
    text = ("Block by block, the square filled up. Threads of smoke rose over the windows. "
            "Far from the prime spot, an epic queue formed; a king-size banner read "
            "'Free press, fair pay'. In these times, the Supreme Court of Ohio was closed.")
    names = {e.name for e in load_gazetteer().entries}
    got = {(m.name, m.text) for m in extractor(nlp(text), Article("gz", text)).mentions if m.name in names}
    assert got == set()


def test_guarded_company_words_are_companies_only_as_names(nlp, extractor):
    """"Zoom", "Slack", "Snap": the company inside a sentence, the everyday word when it
    opens one as a verb or noun."""
    text = ("Zoom in on the chart. Slack time is rare in the schedule. Snap decisions were made. Grab a coffee first. "
            "The regulator said Zoom had misled users, and Slack, Grab and Stripe declined to comment.")
    names = {e.name for e in load_gazetteer().entries}
    got = {(m.name, m.text) for m in extractor(nlp(text), Article("gz", text)).mentions if m.name in names}
    assert got == {("Zoom Video Communications", "Zoom"), ("Slack Technologies", "Slack"), ("Stripe Inc.", "Stripe"), ("Grab", "Grab")}


def test_company_names_before_everyday_words_stay_the_company(nlp, extractor):
    """A product or unit name that is a company's name and an everyday word ("Amazon Pay",
    "Microsoft Teams", "Uber One") is no gazetteer alias: the words around the company's
    name must not turn it into something else."""
    text = ("Amazon pay rose in March. Google forms a new team each spring, and Microsoft teams "
            "in Redmond met staff at Uber. That made Uber one of the first. Workers united behind "
            "Article 19 of the charter. In other Apple news, the Amazon Prime Day strike began.")
    names = {e.name for e in load_gazetteer().entries}
    got = {(m.name, m.type) for m in extractor(nlp(text), Article("gz", text)).mentions if m.name in names}
    assert got == {("Amazon", "Company"), ("Google", "Company"), ("Microsoft", "Company"),
                   ("Uber", "Company"), ("Apple", "Company")}
