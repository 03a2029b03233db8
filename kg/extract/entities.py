"""Entity mentions of one parsed article.

Spans come from the gazetteer first (exact case for one-word aliases, any case for longer
ones), then from spaCy's NER, typed by the gazetteer or by the head word of the name. Within
the article, surnames, first names and acronyms resolve to the full name. Worker nouns
anchored to an organisation become employee groups (``"employees at Uber"`` ->
``"Uber employees"``). A left-to-right pass resolves pronouns and definite descriptions
(``"the company"``, ``"its"``, ``"the CEO"``, ``"the employees"``) to the most salient
earlier mention.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span

from kg.extract import patterns as P
from kg.extract.gazetteer import Gazetteer, name_key
from kg.types import WORKFORCE_SUFFIX

ORG_TYPES = frozenset({"Company", "GovernmentAgency", "Organization", "AdvocacyGroup", "NewsOutlet"})
#: A country's armed forces, named by its place: "the Saudi military", "the Israeli army".
_ARMED_FORCES = frozenset({"military", "army", "navy", "armed forces"})
_NER_LABELS = {"PERSON": "Person", "ORG": "Organization", "PRODUCT": "Product"}
#: Last words of public bodies' names, which NER sometimes reads as buildings.
_BODY_HEADS = frozenset({"office", "department", "bureau", "agency", "commission", "police", "administration", "authority", "ministry", "council"})
_OTHER_NAME_LABELS = frozenset({"FAC", "GPE", "LOC", "NORP", "ORG"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})
#: Capitalised words NER takes for names but that name no entity of their own.
_NOT_NAMES = frozenset({"AI", "ML", "IT", "HR", "PR", "VR", "AR", "API", "SaaS", "MLops", "IoT", "CEO", "CTO", "CFO", "COO", "CMO", "LLM", "GPU", "US", "U.S.", "UK", "EU", "UN",
                        "COVID-19", "Covid-19", "COVID", "Covid", "SARS-CoV-2", "Coronavirus", "Ebola", "Omicron"})
#: Words in the names of bodies that oversee others ("the watchdog", "the regulator" refer to them).
_REGULATOR_WORDS = frozenset({"commission", "commissioner", "commissioner's", "authority", "inspectorate", "ombudsman", "regulator", "watchdog",
                              "office", "board", "tribunal", "garante"})
#: Abbreviated names of police, armies and border forces, which oversee no one.
_ENFORCERS = frozenset({"ICE", "CBP", "FBI", "CIA", "NSA", "DEA", "ATF", "DHS", "DOD", "IDF", "NYPD", "LAPD", "HSI", "ERO", "USCIS", "TSA"})
#: Last words of the names of laws, which are no parties: "the Data Protection Act".
_LAW_WORDS = frozenset({"Act", "Bill", "Directive", "Regulation", "Acts", "Bills"})
#: Members of a legislature, named as such: several people, no body of their own.
_MEMBERS_OF_PARLIAMENT = frozenset({"MPs", "MEPs", "MSPs", "MLAs", "TDs", "MPPs", "MLCs"})
#: Words that show a capitalised run is a headline clause, not a name.
_VERBISH = frozenset({"said", "says", "say", "should", "will", "would", "could", "can", "is", "are", "was", "were", "decide", "wants", "want", "sell", "sells"})


@dataclass(frozen=True)
class M:
    """One mention: tokens ``[start, end)`` of the doc, surface text, in-article name, type.
    ``anchor`` is the employer of an employee group."""

    start: int
    end: int
    text: str
    name: str
    type: str
    anchor: str | None = None
    explicit: bool = True  # False for a group read from a bare "employees"
    deferred: bool = False  # a bare "employees" that means the article's dominant group
    surface: str | None = None  # a group named as the text names its employer: "AWS employees"

    @property
    def workforce(self) -> bool:
        """A company's staff as a crowd (``"Amazon employees"``), not a group with a name of
        its own (``"No Tech for Apartheid"``, ``"Grindr United"``)."""
        return self.name.endswith(WORKFORCE_SUFFIX)

    @property
    def platform_members(self) -> bool:
        """People working through a platform, not for it (``"Etsy sellers"``)."""
        return self.type == "EmployeeGroup" and bool(self.anchor) and self.name.split()[-1].lower().rstrip("s") in P.PLATFORM_MEMBER_NOUNS


@dataclass
class DocEntities:
    """Mentions of one doc, indexed by token."""

    mentions: list[M] = field(default_factory=list)
    by_tok: dict[int, list[M]] = field(default_factory=dict)
    coref: dict[int, list[M]] = field(default_factory=dict)
    groups: dict[int, list[M]] = field(default_factory=dict)
    units: list[int] = field(default_factory=list)
    unit_bounds: list[tuple[int, int]] = field(default_factory=list)
    dominant_group: M | None = None
    aliases: dict[str, str] = field(default_factory=dict)  # descriptive phrase key -> product name
    title_company: dict[int, M] = field(default_factory=dict)  # "CEO" in "CEO Jane Doe" -> salient company
    parents: dict[str, str] = field(default_factory=dict)  # "AWS ProServe": ProServe -> AWS
    group_votes: dict[str, int] = field(default_factory=dict)  # one worker of a company named: "an Amazon engineer"
    demonyms: dict[int, str] = field(default_factory=dict)  # "a former Googler": token -> employer

    def at(self, i: int) -> list[M]:
        return self.groups.get(i) or self.by_tok.get(i) or self.coref.get(i) or []


_SMALL_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "for", "on", "and", "or", "as", "at", "by", "with", "from", "vs", "over", "is", "are"})


def _title_case_units(doc, de) -> set[int]:
    """Units written in title case (headlines), where capitals say nothing about names
    ("iPhones" counts as capitalised)."""
    out = set()
    for u, (s, e) in enumerate(de.unit_bounds):
        words = [t for t in doc[s:e] if t.is_alpha and t.lower_ not in _SMALL_WORDS]
        capital = [any(c.isupper() for c in t.text) for t in words]
        # (the words outside the names NER found: a sentence made mostly of one long name,
        # "The House Oversight Subcommittee on Economic and Consumer Policy wrote to Amazon", is no headline)
        plain = [cap for t, cap in zip(words, capital) if not t.ent_type_]
        if len(words) >= 4 and sum(capital) >= 0.85 * len(words) and (len(plain) >= 3 or all(plain)):
            out.add(u)
    return out


#: Jobs held inside a company (not lawyers, professors, reporters or organisers, who are often
#: quoted from outside it).
_CORPORATE_JOBS = frozenset({"manager", "engineer", "designer", "developer", "programmer", "analyst", "associate", "specialist",
                             "employee", "staffer", "technician", "recruiter", "coordinator", "moderator", "driver", "picker",
                             "packer", "cashier", "clerk", "tester", "architect"})
#: Titles of public office, never held at the company in view.
_PUBLIC_TITLES = P.COUNCIL_TITLES | frozenset({
    "commissioner", "secretary", "minister", "governor", "mayor", "senator", "congressman", "congresswoman", "representative",
    "judge", "justice", "attorney", "prosecutor", "regulator", "ombudsman", "inspector", "ambassador", "legislator", "lawmaker"})


def _coordinated_with_person(ent) -> bool:
    """Whether an entity is a conjunct of a PERSON entity ("Laurence Berland and Kathryn
    Spiers")."""
    root = ent.root
    near = [root.head] if root.dep_ == "conj" else []
    near += [c for c in root.children if c.dep_ == "conj"]
    return any(x.ent_type_ == "PERSON" and x.ent_iob_ != "O" for x in near)


def split_units(doc) -> tuple[list[int], list[tuple[int, int]]]:
    """Sentence-like units: spaCy sentences, further cut at line breaks (headlines,
    captions and list items have no final stop)."""
    units = [0] * len(doc)
    bounds: list[tuple[int, int]] = []
    u, start = -1, 0
    prev_newline = True
    for t in doc:
        newline = "\n" in t.text or "\n" in t.whitespace_
        if t.is_space:
            units[t.i] = max(u, 0)
            prev_newline = prev_newline or newline
            continue
        if t.is_sent_start or prev_newline or u < 0:
            if u >= 0:
                bounds.append((start, t.i))
            u += 1
            start = t.i
        units[t.i] = u
        prev_newline = newline
    if len(doc):
        bounds.append((start, len(doc)))
    # trim trailing space tokens from each unit
    out = []
    for s, e in bounds:
        while e > s and doc[e - 1].is_space:
            e -= 1
        out.append((s, e))
    return units, out


def _org_type(words: list[str]) -> str:
    low = [w.lower().strip(".") for w in words]
    cut = [i for i, w in enumerate(low) if i > 0 and w in {"of", "on", "for"}]
    if cut:
        low = low[: cut[0]]  # "Commission on Human Rights", "Center for Democracy": the first noun
    if not low:
        return "Organization"
    head = low[-1]
    if head in P.OUTLET_HEADS or (len(low) > 1 and low[-2] in {"news"}):
        return "NewsOutlet"
    if head in P.AGENCY_HEADS or low[0] in {"department", "ministry", "office", "bureau"}:
        return "GovernmentAgency"
    if head in P.COMPANY_HEADS:
        return "Company"
    if head in _WORKER_GROUP_HEADS and any(w in P.WORKER_NOUNS or w.rstrip("s") in P.WORKER_NOUNS for w in low[:-1]):
        return "EmployeeGroup"  # "Courier Workers Collective", "Game Workers Alliance" (a union stays an organisation)
    if head in P.ADVOCACY_HEADS:
        return "AdvocacyGroup"
    return "Organization"


#: Last words of the names workers give their own groups.
_WORKER_GROUP_HEADS = frozenset({"collective", "united", "alliance"})


#: Product nouns a name can modify to be a product's name ("the Service Cloud product").
_PRODUCT_HEADS = frozenset({
    "software", "tool", "product", "platform", "app", "application", "program", "suite", "device",
    "headset", "database", "offering", "system", "service",
})
#: Made things whose name a company's possessive or an apposition introduces: "its Astro home
#: robot", "Spot, a four-legged machine made by Boston Dynamics".
_MADE_THINGS = frozenset({"browser", "robot", "vacuum", "assistant", "chatbot", "generator", "model", "camera", "doorbell",
                          "headset", "game", "franchise", "drone", "console", "smartphone", "machine", "vehicle", "app", "spyware", "malware",
                          "detector", "sensor", "scanner", "goggles", "glasses", "rocket", "satellite", "chip", "processor", "missile", "aircraft",
                          "laptop", "tablet", "phone", "truck", "car", "submarine"})
_GENERIC_NAME_WORDS = P.COMPANY_HEADS | P.AGENCY_HEADS | P.ADVOCACY_HEADS | P.OUTLET_HEADS | {"research", "studios", "ventures", "'s"}

#: Places whose police are law enforcement at large, in this field's (mostly US) reporting.
_NATIONAL_PLACES = frozenset({"us", "u s", "united states", "america", "american", "the united states", "federal", "local", "state"})

#: One-word country names, which name a company's national subsidiary after its name ("Google Israel").
_COUNTRIES = frozenset("""
argentina australia austria bangladesh belgium brazil bulgaria canada chile china colombia croatia czechia denmark egypt
estonia ethiopia finland france germany ghana greece hungary india indonesia ireland israel italy japan jordan kenya korea
latvia lithuania luxembourg malaysia mexico morocco netherlands nigeria norway pakistan peru philippines poland portugal
romania russia rwanda singapore slovakia slovenia spain sweden switzerland taiwan thailand turkey uganda ukraine vietnam
algeria bolivia cambodia cyprus ecuador iceland iran iraq kazakhstan lebanon malta mongolia myanmar nepal qatar senegal serbia
tanzania tunisia uruguay venezuela zambia zimbabwe
""".split())

#: Continents that name a company's regional arm after its name ("Telenor Asia").
_CONTINENTS = frozenset({"asia", "europe", "africa"})


def _describing(span) -> list:
    """The nouns that describe a name where it is named: "the border agency Frontex",
    "Frontex, the EU's border agency"."""
    root = span.root
    out = [c for c in root.children if c.dep_ == "appos" or c.dep_ == "compound" and c.i < span.start]
    if root.dep_ in {"appos", "compound"} and root.head.i not in range(span.start, span.end):
        out.append(root.head)
    if span.start > 0 and span.doc[span.start - 1].pos_ == "NOUN":
        out.append(span.doc[span.start - 1])
    return out


#: Words in the name of an organisation that is no company: what "the company" cannot mean.
_NON_COMPANY_ORG_WORDS = frozenset({
    "union", "unions", "council", "association", "institute", "university", "college", "committee", "commission", "ministry",
    "department", "agency", "police", "court", "party", "foundation", "federation", "confederation", "league", "alliance",
    "coalition", "network", "project", "center", "centre", "school", "trust", "society", "board", "office", "authority",
    "guild", "campaign", "movement", "workers", "employees", "government", "parliament", "assembly", "senate", "congress",
    "house", "city", "county", "state", "church", "hospital", "museum", "lab", "laboratory", "observatory", "watch", "now",
})

#: Spellings of a ministry's field that name the same field: "labour" and "labor".
_FIELD_VARIANTS = {"labour": "labor", "defence": "defense"}


def _with_field_variants(words: set[str]) -> set[str]:
    """A ministry's field words with their other spellings ("labour" and "labor")."""
    return words | {_FIELD_VARIANTS[w] for w in words if w in _FIELD_VARIANTS} | {k for k, v in _FIELD_VARIANTS.items() if v in words}

#: Kinds of known names whose national unit or chapter a country's name after them names.
_NATIONAL_UNIT_TYPES = frozenset({"Company", "AdvocacyGroup", "Organization", "EmployeeGroup"})


def _country_word(tok) -> bool:
    """A one-word country name as it follows a company's or group's name ("Israel", "UK")."""
    return tok.is_title and tok.lower_ in _COUNTRIES or tok.text == "UK"

#: Surnames that are also the names of cities and states: read as the place when NER does and
#: the article never names the person in full ("sold cameras to Austin").
_PLACE_SURNAMES = frozenset({"Austin", "Houston", "Dallas", "Jackson", "Washington", "Lincoln", "Madison", "Cleveland", "Denver",
                             "Phoenix", "Orlando", "Charlotte", "Savannah", "Tyler", "Columbus", "Raleigh", "Kent", "Chester", "Florence"})

_EVENT_WORDS = frozenset({"Day", "Days", "Week", "Summit", "Conference", "Expo", "Awards", "Festival", "Show", "Event", "Live", "Forum", "Prize", "Cup", "Games"})
_EXAMPLE_KINDS = {
    "company": "Company", "firm": "Company", "startup": "Company", "business": "Company", "corporation": "Company",
    "contractor": "Company", "vendor": "Company", "supplier": "Company", "provider": "Company", "giant": "Company",
    "agency": "Organization", "organization": "Organization", "organisation": "Organization", "group": "Organization",
    "outlet": "NewsOutlet", "publication": "NewsOutlet", "newspaper": "NewsOutlet", "union": "Organization",
    "customer": "Organization", "client": "Organization", "partner": "Organization", "brand": "Company",
    # "games such as Wordle", "apps including Threads": examples of a kind of product
    **dict.fromkeys(("game", "app", "application", "franchise", "product", "tool", "software", "device", "chatbot", "console",
                     "smartphone", "robot", "headset"), "Product"),
}


#: Jobs only people hold (for names NER took for places).
_JOBS = frozenset({"reporter", "journalist", "writer", "editor", "correspondent", "columnist", "engineer", "designer",
                   "spokesperson", "spokesman", "spokeswoman", "researcher", "scientist", "lawyer", "attorney", "professor",
                   "analyst", "organizer", "organiser", "activist", "employee", "worker", "manager", "executive", "founder",
                   "cofounder", "co-founder", "ceo", "director", "president", "senator", "representative", "developer",
                   "fellow", "philosopher", "economist", "lecturer", "moderator", "negotiator", "steward", "strategist", "consultant"})


_MAKE_VERBS = frozenset({"make", "build", "develop", "design", "produce", "publish", "create", "manufacture"})
#: Last words of names of documents, which are released too but are no products.
_DOCUMENT_WORDS = frozenset({"report", "reports", "study", "statement", "letter", "memo", "survey", "guidelines", "principles",
                             "policy", "paper", "review", "audit", "findings", "data", "results", "standards", "rules", "charter"})
#: Verbs of bringing a product out: "X, which Netflix released in October".
_RELEASE_VERBS = frozenset({"release", "launch", "debut", "unveil", "introduce", "ship"})


def _name_span(tok) -> tuple[int, int] | None:
    """The proper name a token heads: its compounds, and an ``of``-name ("World of X")."""
    if not tok.text[:1].isupper() or tok.pos_ != "PROPN" and not (tok.is_title and tok.i > 0 and not tok.is_sent_start):
        return None
    s = tok.i
    while s > 0 and tok.doc[s - 1].dep_ == "compound" and tok.doc[s - 1].head.i in range(s, tok.i + 1) and tok.doc[s - 1].pos_ == "PROPN":
        s -= 1
    e = tok.i + 1
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == e:
            objs = [p for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
            if objs and all(x.pos_ == "PROPN" or x.i == c.i for x in tok.doc[c.i:objs[0].i + 1]):
                e = objs[0].i + 1
    return s, e


def _version_end(doc, s: int, e: int) -> int:
    """Where a product name ends with the version number right after it ("iOS 15", "Windows
    11"): the number must belong to the name, not count something ("Windows 11 devices" still
    names Windows 11; "iOS 15 million" does not), and not be a year."""
    if e >= len(doc) or doc[e].tag_ != "CD" or not doc[e].text.replace(".", "").isdigit() or doc[e - 1].whitespace_ == "":
        return e
    if not (doc[e].head.i in range(s, e) or doc[s:e].root.head.i == e) or len(doc[e].text) > 3:
        return e  # (not "iOS in 2021", not a year)
    if e + 1 < len(doc) and doc[e + 1].lower_ in {"million", "billion", "thousand", "percent", "%", "hundred"}:
        return e
    return e + 1


def _versions(doc, raw: list, taken: list[bool]) -> list:
    """``"iOS 15"``, ``"watchOS 8"``: a product's version is named with its number; a
    mixed-case word with a version number after it is a product ("iPadOS 15")."""
    out = []
    for s, e, name, typ, gaz in raw:
        if typ == "Product":
            k = _version_end(doc, s, e)
            if k > e and not taken[e]:
                name = f"{name} {doc[e].text}"
                taken[e] = True
                e, gaz = k, False
        out.append((s, e, name, typ, gaz))
    for t in doc:
        if taken[t.i] or t.pos_ != "PROPN" or not _MIXED_CASE.match(t.text):
            continue
        k = _version_end(doc, t.i, t.i + 1)
        if k > t.i + 1 and not taken[t.i + 1]:
            out.append((t.i, k, _clean_text(doc[t.i:k].text), "Product", False))
            taken[t.i] = taken[t.i + 1] = True
    return out


#: Verbs of selling a product to someone: "sells Gotham to governments".
_SELL_VERBS = frozenset({"sell", "market", "license", "licence"})
#: Mixed-case product words: "iPadOS", "watchOS".
_MIXED_CASE = re.compile(r"^[a-z]+[A-Z][A-Za-z]*$")


def _made_products(doc, raw: list) -> list:
    """``"X, which makes A, B and C"``, ``"X builds A"``, ``"the A maker X"``, ``"X, the
    maker of the A stun gun"``: names a company makes are products, whatever NER said
    (it often takes a list of game titles for one organisation)."""
    companies = {i for s, e, _, typ, _ in raw if typ in {"Company", "Organization"} for i in range(s, e)}
    orgs = {i for s, e, _, typ, gaz in raw if typ in ORG_TYPES and (gaz or typ != "Organization") for i in range(s, e)}
    found: list[tuple[int, int]] = []
    for v in doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in _MAKE_VERBS | _SELL_VERBS:
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        maker = any(c.i in companies for c in subj) or v.dep_ == "relcl" and v.head.i in companies and any(c.lower_ in {"which", "that"} for c in subj)
        if not maker or any(c.dep_ == "neg" for c in v.children):
            continue
        for o in [c for c in v.children if c.dep_ == "dobj"]:
            if v.lemma_.lower() in _SELL_VERBS and (o.i in orgs or not any(p.dep_ in {"prep", "dative"} and p.lower_ == "to" for p in v.children)):
                continue  # "sells Gotham and Foundry to governments" (not "sold Whole Foods", a known company)
            items = [o, *o.conjuncts]
            sp = _name_span(o)
            if sp:  # "World of X, Y and Z": the list may hang on the of-name's last word
                items += [c for i in range(sp[0], sp[1]) for c in doc[i].conjuncts if c.i >= sp[1]]
            for t in dict.fromkeys(items):
                sp = _name_span(t)
                if sp and not (v.lemma_.lower() in _SELL_VERBS and t.i in orgs):
                    found.append(sp)
    for v in doc:
        # "The Closer, which Netflix released in October": what a company released or made
        if v.dep_ != "relcl" or v.lemma_.lower() not in _MAKE_VERBS | _RELEASE_VERBS or any(c.dep_ == "neg" for c in v.children):
            continue
        if any(c.i in companies for c in v.children if c.dep_ == "nsubj") and any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in v.children):
            sp = _name_span(v.head)
            if sp and sp[1] == v.head.i + 1 and doc[sp[1] - 1].lower_ not in _DOCUMENT_WORDS:  # (not "the Transparency Report")
                s0 = sp[0] - 1 if sp[0] > 0 and doc[sp[0] - 1].text == "The" else sp[0]  # a title's own "The"
                found.append((s0, sp[1]))
    for v in doc:
        # "Far Cry 6, which is developed by Ubisoft Toronto", "Locate X, a tool marketed by Babel
        # Street": what a company is said to make, in the passive
        if v.dep_ not in {"relcl", "acl"} or v.tag_ != "VBN" or v.lemma_.lower() not in _MAKE_VERBS | {"market"} or any(c.dep_ == "neg" for c in v.children):
            continue
        if not any(p.i in companies for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"):
            continue
        if v.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" and c.lower_ in {"which", "that"} for c in v.children):
            continue
        head = v.head
        if head.pos_ != "PROPN" and head.dep_ == "appos" and head.lemma_.lower() in _PRODUCT_HEADS | _MADE_THINGS:
            head = head.head  # "Locate X, a tool marketed by ...": the name the tool is
        sp = _name_span(head)
        if not sp or sp[1] != head.i + 1 or doc[sp[1] - 1].lower_ in _DOCUMENT_WORDS or head.i in orgs:
            continue  # (not "The Verge, which is published by Vox Media": a known organisation)
        s0, e0 = sp
        # "Far Cry 6": a title's capitalised modifier and its number
        while s0 > 0 and doc[s0 - 1].head.i == head.i and doc[s0 - 1].dep_ in {"amod", "compound"} and doc[s0 - 1].is_title:
            s0 -= 1
        while e0 < len(doc) and doc[e0].head.i == head.i and doc[e0].dep_ == "nummod" and doc[e0].like_num:
            e0 += 1
        found.append((s0, e0))
    for n in doc:
        # "Research In Motion, the company behind the BlackBerry"
        if n.lemma_.lower() in {"company", "firm", "startup", "studio", "developer"} and (n.dep_ == "appos" and n.head.i in companies):
            found += [sp for p in n.children if p.dep_ == "prep" and p.lower_ == "behind" for o in p.children if o.dep_ == "pobj"
                      for sp in [_name_span(o)] if sp]
        if n.lemma_.lower() not in {"maker", "developer", "creator", "manufacturer", "publisher", "producer"} or not (n.dep_ == "appos" and n.head.i in companies or any(c.dep_ == "appos" and c.i in companies for c in n.children)):
            continue
        # (not "a Vancouver maker of cameras": a place)
        cands = [c for c in n.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in {"GPE", "LOC"}]
        cands += [x for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
                  for x in [p, *[y for y in p.children if y.dep_ == "compound"]] if x.pos_ == "PROPN"]
        for t in cands:
            sp = _name_span(t)
            if sp:
                found.append(sp)
    if not found:
        return raw
    found = [(s, e) for s, e in found if not _named_org(doc[s:e]) and doc[e - 1].lower_ not in _ORG_LAST_WORDS]
    out = [r for r in raw if not any(s < r[1] and r[0] < e for s, e in found) or r[3] == "Product"]
    for s, e in found:
        if any(s < r[1] and r[0] < e for r in out) or _named_org(doc[s:e]) or doc[e - 1].lower_ in _ORG_LAST_WORDS:
            continue
        text = _clean_text(doc[s:e].text)
        if text and text not in _NOT_NAMES:
            out.append((s, e, text, "Product", False))
    return out


def _unnamed_people(doc, taken: list[bool]) -> list:
    """Names NER missed that the syntax shows are people's: two or three capitalised words
    with a job in apposition ("Emily Cunningham, a designer at X"), after a job ("a
    spokesperson, Jane Roe") or as the subject of "said"."""
    out = []
    i = 0
    while i < len(doc):
        if taken[i] or doc[i].pos_ != "PROPN" or not doc[i].is_title:
            i += 1
            continue
        j = i
        while j < len(doc) and not taken[j] and doc[j].pos_ == "PROPN" and doc[j].is_title and j - i < 3 and "\n" not in doc[j].whitespace_:
            j += 1
        root = doc[j - 1]
        words = [t.lower_ for t in doc[i:j]]
        if 2 <= j - i <= 3 and all(t.head.i == root.i or t.i == root.i for t in doc[i:j]) and not set(words) & (_ORG_LAST_WORDS | _GENERIC_NAME_WORDS):
            job_after = any(c.dep_ == "appos" and c.lemma_.lower() in _JOBS for c in root.children)
            job_before = root.dep_ == "appos" and root.head.lemma_.lower() in _JOBS and root.head.i < i
            speaker = root.dep_ == "nsubj" and root.head.lemma_.lower() in {"say", "tell", "write", "add", "explain"}
            if job_after or job_before or speaker:
                out.append((i, j, _clean_text(doc[i:j].text), "Person", False))
                for k in range(i, j):
                    taken[k] = True
        i = max(j, i + 1)
    return out


def _union_locals(doc, raw: list, taken: list[bool]) -> list:
    """``"CWA Local 1400"``: a union's name followed by "Local" and a number names one
    local of that union, as one organisation."""
    out = []
    skip = set()
    for n, r in enumerate(raw):
        if n in skip:
            continue
        s, e, name, typ, gaz = r
        k = e
        if typ in ORG_TYPES and k + 1 < len(doc) and doc[k].text == "Local" and doc[k + 1].like_num:
            text = _clean_text(doc[s:k + 2].text)
            for j in range(n + 1, len(raw)):
                if raw[j][0] < k + 2:
                    skip.add(j)
            for i in range(s, k + 2):
                taken[i] = True
            out.append((s, k + 2, text, "Organization", False))
            continue
        out.append(r)
    return out


#: Nouns that introduce an organisation's name: "a consultancy called X".
_ORG_INTRO_NOUNS = frozenset({
    "company", "firm", "startup", "consultancy", "nonprofit", "non-profit", "organization", "organisation",
    "charity", "foundation", "agency", "contractor", "vendor", "subsidiary", "union", "studio", "developer",
})


def _named_org(span) -> bool:
    """A name NER took for a product that is an organisation's: "Office of X", "a
    consultancy called X"."""
    if span[0].text in {"Office", "Department", "Bureau", "Ministry", "Agency", "Commission", "Council"} and any(t.lower_ == "of" for t in span):
        return True
    root = span.root
    h = root.head
    return root.dep_ in {"oprd", "attr", "pobj"} and h.lemma_.lower() in {"call", "name", "dub", "know", "as"} and (
        (h.head if h.lemma_.lower() == "as" else h).head.lemma_.lower() in _ORG_INTRO_NOUNS)


#: Words before "group" that say what kind of group the name after it is.
_GROUP_KINDS = {"employee": "EmployeeGroup", "worker": "EmployeeGroup", "workers": "EmployeeGroup", "staff": "EmployeeGroup",
                "labor": "EmployeeGroup", "labour": "EmployeeGroup", "advocacy": "AdvocacyGroup", "activist": "AdvocacyGroup",
                "rights": "AdvocacyGroup", "campaign": "AdvocacyGroup", "watchdog": "AdvocacyGroup", "privacy": "AdvocacyGroup"}


def _introduced_group(doc, s: int) -> str | None:
    """``"the employee group Apple Together"``, ``"the advocacy group Fight for the Future"``:
    a name introduced by its kind of group takes that kind, whatever NER said."""
    if s < 2 or doc[s - 1].lower_ not in {"group", "coalition", "collective", "organization", "organisation"}:
        return None
    kind = doc[s - 2].lower_.split("-")[-1]
    return _GROUP_KINDS.get(kind)


def _group_type(root) -> str:
    """``"a group called X"``, ``"X, a coalition of tech workers"``: a name the text
    introduces as a group is an employee group when its members are workers, else an
    advocacy group; other names stay ``Organization``."""
    noun = None
    h = root.head
    if root.dep_ in {"oprd", "attr", "dobj", "pobj"} and h.lemma_.lower() in {"call", "name", "dub", "know", "as"}:
        v = h.head if h.lemma_.lower() == "as" else h
        if v.dep_ == "acl" and v.head.lemma_.lower() in P.COLLECTIVE_NOUNS:
            noun = v.head
    if noun is None:
        noun = next((c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in {"group", "coalition", "collective", "alliance", "network", "campaign", "movement"}), None)
    if noun is None and root.dep_ == "appos" and root.head.lemma_.lower() in {"group", "coalition", "collective", "alliance", "network", "campaign", "movement"}:
        noun = root.head
    if noun is None or noun.lemma_.lower() not in P.COLLECTIVE_NOUNS | {"campaign", "movement"}:
        return "Organization"
    members = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if any(p.lemma_.lower() in P.WORKER_NOUNS for p in members):
        return "EmployeeGroup"
    return "AdvocacyGroup"


#: Last words of organisation names that no person's name ends with.
_ORG_LAST_WORDS = (P.COMPANY_HEADS | P.ADVOCACY_HEADS | P.OUTLET_HEADS | {
    "department", "agency", "bureau", "administration", "commission", "office", "ministry",
    "council", "police", "authority", "board", "schools", "school", "district", "university", "college", "academy"}) - {"co", "ai", "bank", "capital", "partners", "company", "group", "review", "post", "standard", "times", "action", "justice", "rights"}


def _is_bio_subject(ent) -> bool:
    """``"Olivia Park is a reporter for Vox"``: a two- or three-word name that is the
    subject of a copula whose complement is a job is a person, whatever NER said."""
    root = ent.root
    # ("Sebastien Marineau-Mes": a hyphenated surname is one word)
    words = [t for t in ent if t.text != "-" and not (t.i > ent.start and ent.doc[t.i - 1].text == "-" and not ent.doc[t.i - 1].whitespace_)]
    if not 2 <= len(words) <= 3 or not all(t.is_title for t in ent if t.text != "-"):
        return False
    if ent.label_ in {"GPE", "LOC", "FAC", "NORP"} and any(
            c.dep_ == "appos" and c.lemma_.lower() in _JOBS for c in root.children):
        return True  # "Kashmir Hill, a reporter at X": places hold no jobs
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in _JOBS - {"employee", "worker", "founder", "developer", "executive"} and before.head.i == root.i \
            and before.dep_ == "compound" and ent.label_ in {"ORG", "GPE", "NORP", "FAC", "PRODUCT"} and not any(
            t.lower_ in _ORG_LAST_WORDS or t.lower_ in _GENERIC_NAME_WORDS for t in ent):
        return True  # "Facebook spokesperson Drew Pusateri": a job title heads a person's name
    if ent.label_ == "ORG" and root.dep_ == "nsubj" and root.head.lemma_.lower() in {"say", "report", "write", "tell", "note", "add", "explain", "ask"} \
            and any(c.dep_ == "poss" and c.i < ent.start for c in root.children) and not any(
            t.lower_ in _ORG_LAST_WORDS or t.lower_ in _GENERIC_NAME_WORDS for t in ent):
        return True  # "Vox's Kelsey Piper reported": an outlet's someone who reports is a person
    if ent.label_ in {"ORG", "PRODUCT"} and not any(t.lower_ in _GENERIC_NAME_WORDS or t.lower_ in P.GROUP_NAME_HEADS for t in ent):
        # "Jane Roe, a former engineer at X", "an X spokesperson, Jane Roe": a job in
        # apposition is held by a person, not by an organisation
        jobs = _JOBS - {"developer", "founder", "cofounder", "co-founder", "organizer", "organiser", "employee", "worker"}
        if any(c.dep_ == "appos" and c.lemma_.lower() in jobs and c.tag_ in {"NN", "NNP"} for c in root.children):
            return True
        if root.dep_ == "appos" and root.head.lemma_.lower() in jobs and root.head.tag_ in {"NN", "NNP"} and root.head.i < root.i:
            return True
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() in P.ROLE_NOUNS - {"member", "partner", "host"} for c in root.head.children)


#: Nouns that, set in apposition to a name, say it names an organisation (and which kind).
_ORG_APPOSITIONS = {
    "company": "Company", "firm": "Company", "startup": "Company", "start-up": "Company", "retailer": "Company",
    "maker": "Company", "manufacturer": "Company", "subsidiary": "Company", "consultancy": "Company",
    "outsourcer": "Company", "conglomerate": "Company", "giant": "Company", "exchange": "Company",
    "network": "Company", "site": "NewsOutlet", "website": "NewsOutlet", "publication": "NewsOutlet",
    "magazine": "NewsOutlet", "newspaper": "NewsOutlet", "nonprofit": "AdvocacyGroup", "non-profit": "AdvocacyGroup",
    "charity": "AdvocacyGroup", "organization": "Organization", "organisation": "Organization", "union": "Organization",
    "agency": "GovernmentAgency", "studio": "Company", "division": "Organization", "unit": "Organization",
    "authority": "GovernmentAgency", "regulator": "GovernmentAgency", "watchdog": "GovernmentAgency",
    "ministry": "GovernmentAgency", "department": "GovernmentAgency",
    "app": "Company", "marketplace": "Company", "platform": "Company", "chain": "Company",
    "insurer": "Company", "bank": "Company", "lender": "Company", "contractor": "Company", "supplier": "Company",
    "vendor": "Company", "broker": "Company", "provider": "Company", "carrier": "Company",
}


def _place_based(ent) -> bool:
    """``"the Fort Worth, Texas-based subsidiary"``: a place a firm is based in, no firm."""
    return any(t.lower_ in {"based", "-based"} or t.lower_.endswith("-based") for t in ent.doc[ent.start:ent.end + 4])


def _retypable(label: str | None, ent) -> bool:
    """Whether a name NER took for a person, a product or a place may be a firm the text
    describes (not the place a firm is based in)."""
    return label in {"Person", "Product"} or ent.label_ in {"GPE", "LOC"} and not _place_based(ent)


#: Words for a business that, set just before a name, say what it names: "the insurer Aviva".
_FIRM_WORDS = frozenset({"company", "firm", "startup", "start-up", "retailer", "maker", "manufacturer", "subsidiary", "consultancy",
                         "outsourcer", "conglomerate", "insurer", "bank", "lender", "contractor", "supplier", "vendor", "broker", "carrier"})


_BUSINESS_AGENCIES = frozenset({"staffing", "advertising", "ad", "talent", "marketing", "pr", "creative", "travel", "employment", "manpower",
                                "recruiting", "recruitment", "temp", "temping", "media", "digital", "design", "placement"})


#: Kinds of assistant who are people: "an executive assistant", "a research assistant".
_HUMAN_ASSISTANTS = frozenset({"executive", "personal", "administrative", "legal", "research", "teaching", "medical", "dental", "editorial",
                               "legislative", "special", "staff", "office", "sales", "store", "shop", "care", "nursing", "warehouse"})


def _product_apposition(ent) -> bool:
    """Whether an apposition says a name is a company's product: "Lattice, Anduril's artificial
    intelligence software", "Accurint, a LexisNexis product", "Portal, the company's device"."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if any(n.lemma_.lower() in P.COMPANY_NOUNS for n in nouns):
        return False  # "Globetech, a local firm that graded recordings made by Siri, the company's assistant"
    if any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their", "my", "our"} for n in nouns for c in n.children):
        return False  # "Sharon O'Donnell, his former assistant": a person's, not a company's
    if any(n.lemma_.lower() == "assistant" and any(c.lower_ in _HUMAN_ASSISTANTS for c in n.children if c.dep_ in {"amod", "compound"}) for n in nouns):
        return False  # "Jane Roe, Lyft's executive assistant": a job, not a voice assistant
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "its two products, Gotham and Foundry": each name of the list
    if first.dep_ == "appos" and first.head.i < first.i and first.head.pos_ == "NOUN":
        nouns.append(first.head)
    listed = first is not root or any(c.dep_ == "conj" for c in root.children)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _MAKE_VERBS | {"launch", "unveil", "release", "sell", "market", "license"} \
            and not (ent.start > 0 and ent.doc[ent.start - 1].pos_ == "PROPN") and any(
            n.lemma_.lower() in _PRODUCT_HEADS | _MADE_THINGS and n.dep_ == "appos" and n.tag_ == "NN" for n in nouns):
        return True  # "Scale launched Donovan, an AI platform": what a company launches is its product
    return any(n.lemma_.lower() in _PRODUCT_HEADS - {"service", "program", "system"} | {"headset", "database"} | _MADE_THINGS
               and (n.tag_ == "NN" or n.tag_ == "NNS" and listed) and any(
        c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in {"ORG", ""}
        or c.dep_ == "acl" and c.lemma_.lower() in {"make", "build", "develop", "design", "manufacture"} and any(a.dep_ == "agent" for a in c.children)
        # "Zoom IQ, a product the company launched in April"
        or c.dep_ == "relcl" and c.lemma_.lower() in {"make", "build", "develop", "design", "manufacture", "launch", "release", "unveil", "introduce", "create"}
        and any(a.dep_ == "nsubj" and a.lower_ not in {"that", "which", "who"} for a in c.children)
        for c in n.children) for n in nouns)


def _product_head(tok):
    """The product noun a name modifies when the noun phrase makes it one thing of an owner's
    or a definite one: "its Astro home robot", "Salesforce's Commerce Cloud e-commerce software",
    "the Finacle core banking platform" (not "a Google search tool", which names Google)."""
    head = tok.head
    while head.dep_ in {"compound", "nmod"} and head.head.i > head.i:
        head = head.head
    if head.i <= tok.i or head.tag_ not in {"NN", "NNS"} or head.lemma_.lower() not in _MADE_THINGS | _PRODUCT_HEADS:
        return None
    owned = any(c.dep_ == "poss" for c in head.children)
    if head.tag_ == "NNS" and not owned:
        return None  # (its own made things in the plural: "its Claude models"; not "Google search tools")
    definite = head.lemma_.lower() in _PRODUCT_HEADS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return head if owned or definite else None


def _called_product(ent) -> bool:
    """``"its own AI chips, called Trainium"``, ``"a tool named Atlas"``: a made thing's name."""
    root = ent.root
    h = root.head
    return root.dep_ in {"oprd", "attr", "dobj"} and h.lemma_.lower() in {"call", "name", "dub", "brand"} and h.dep_ == "acl" \
        and (h.head.lemma_.lower() in _PRODUCT_HEADS | _MADE_THINGS | P.PRODUCT_NOUNS)


def _dateline(doc, ent) -> bool:
    """Whether ``ent`` is a wire story's dateline: capitals opening a line, followed by the
    agency in brackets or a dash ("BENGALURU/TAIPEI (Reuters) -", "SAN FRANCISCO —")."""
    if not all(t.is_upper or t.is_punct for t in ent) or not any(t.is_alpha for t in ent):
        return False
    if ent.start > 0 and "\n" not in doc[ent.start - 1].whitespace_ + doc[ent.start - 1].text:
        return False
    k = ent.end
    if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 3].text in {"—", "–", "-"}:
        return True  # "(Reuters) -", "(AP) —"
    return k + 1 < len(doc) and doc[k].text in {"—", "–"} and doc[k + 1].is_title


def _person_apposition(ent) -> bool:
    """Whether an apposition gives a name a person's job: "X, head of the Y Lab", "X, the
    group's executive director"."""
    root = ent.root
    return any(c.dep_ == "appos" and c.i > root.i and c.tag_ == "NN" and (c.lemma_.lower() in P.LEAD_TITLES | P.TOP_TITLES or c.lemma_.lower() in _JOBS)
               and (any(x.dep_ == "prep" and x.lower_ in {"of", "at"} for x in c.children) or any(x.dep_ == "poss" for x in c.children))
               for c in root.children)


def _org_apposition(ent) -> str | None:
    """The organisation type an apposition gives a name NER took for a person:
    ``"MoPub, Twitter's ad network"``, ``"Kellan, a staffing firm"``."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ == "appos" and root.head.i < root.i and root.head.pos_ == "NOUN":
        nouns.append(root.head)  # "the staffing firm, Kellan"
    nouns += [c for c in root.children if c.dep_ == "compound" and c.i < ent.start and c.pos_ == "NOUN"]  # "the payments company Stripe"
    if any(c.dep_ == "appos" and c.lemma_.lower() in _JOBS for c in root.children):
        return None  # "Jim Roe, the former chief executive of X, the company behind Y": the company is X
    for n in nouns:
        if n.tag_ in {"NN", "NNP"} and n.lemma_.lower() in _ORG_APPOSITIONS and not n.ent_type_:
            if n.lemma_.lower() == "firm" and any(c.lower_ in {"law", "legal"} for c in n.children if c.dep_ in {"amod", "compound"}):
                return "Organization"  # "a law firm"
            if n.lemma_.lower() == "agency" and any(c.lower_ in _BUSINESS_AGENCIES for c in n.children if c.dep_ in {"amod", "compound"}):
                return "Company"  # "a staffing agency"
            return _ORG_APPOSITIONS[n.lemma_.lower()]
    return None


#: Fields of a public office named in apposition: "the country's data protection office".
_PUBLIC_OFFICE_FIELDS = frozenset({"protection", "privacy", "information", "inspection", "labour", "labor", "audit", "competition",
                                   "prosecutor", "prosecution", "ombudsman", "standards", "safety", "consumer"})


def _office_apposition(ent) -> bool:
    """``"the country's data protection office, UODO"``, ``"UODO, Poland's data protection
    office"``: a name set beside a public office of a field is that office."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ == "appos" and root.head.i < root.i:
        nouns.append(root.head)
    return any(n.lemma_.lower() == "office" and n.tag_ == "NN" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _PUBLIC_OFFICE_FIELDS for c in n.subtree if c.i < n.i) for n in nouns)


#: Words that end a company's legal name after its short name ("Palantir Technologies",
#: "Cognizant Technology Solutions").
_CORPORATE_TAILS = frozenset({"technology", "technologies", "solutions", "systems", "holdings", "holding", "group", "international", "corporation",
                              "corp", "corp.", "company", "co", "co.", "inc", "inc.", "global", "enterprises", "industries", "ltd", "ltd.",
                              "llc", "plc", "limited", "incorporated"})

#: Titles NER takes into a person's name ("COO Jane Roe", "Spokeswoman Ana Ruiz").
_NAME_TITLES = frozenset({"ceo", "coo", "cto", "cfo", "cmo", "cio", "ciso", "cpo", "spokesperson", "spokesman", "spokeswoman",
                          "chairman", "chairwoman", "founder", "cofounder", "co-founder", "executive", "reporter", "engineer",
                          "chief", "mayor", "superintendent", "supervisor", "chair", "commissioner", "director", "secretary", "minister",
                          "governor", "senator", "president", "judge", "justice", "inspector", "sheriff", "detective", "officer"}) | P.COUNCIL_TITLES
#: Words of a title alone, which name no one: "Chief Executive", "Senior Vice President".
_TITLE_WORDS = _NAME_TITLES | P.LEAD_TITLES | P.ROLE_NOUNS | {"vice", "deputy", "senior", "general"}


def _trim(doc, s: int, e: int) -> tuple[int, int]:
    while s < e and (doc[s].lower_ in {"the", "a", "an", "'s", "’s"} or doc[s].is_punct or doc[s].is_space
                     or e - s > 1 and doc[s].pos_ in {"ADP", "SCONJ"} and doc[s].lower_ in _LEADING_PREPS):
        s += 1  # (and a preposition NER took into a name: "Besides Sutskever")
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space or doc[e - 1].lower_ in {"'s", "’s", "'", "’"}
                     or e - s > 1 and doc[e - 1].tag_ in {"VBD", "VBZ", "VBP"} and doc[e - 1].is_lower
                     or e - s > 1 and doc[e - 1].lower_ in {"and", "&", "or", "of", "for"}):
        e -= 1  # (and a verb NER took into the name: "... Housing sued"; and a last "and": "Hungry Panda and")
    return s, e


#: First words of institutions' names that may hold an "and" ("Center for X and Y").
_INSTITUTION_HEADS = frozenset({
    "center", "centre", "institute", "council", "committee", "department", "office", "bureau",
    "coalition", "alliance", "foundation", "fund", "school", "court", "commission", "ministry",
    "agency", "association", "society", "league", "federation", "college", "academy", "project",
})


#: Nouns for several organisations or several lawmakers acting together, and the kinds of
#: names that can be their members.
_COALITION_NOUNS = {
    "groups": ORG_TYPES - {"Company", "GovernmentAgency", "NewsOutlet"}, "organizations": ORG_TYPES - {"Company", "GovernmentAgency", "NewsOutlet"},
    "organisations": ORG_TYPES - {"Company", "GovernmentAgency", "NewsOutlet"}, "coalition": ORG_TYPES - {"Company", "GovernmentAgency", "NewsOutlet"},
    "lawmakers": {"Person"}, "senators": {"Person"}, "legislators": {"Person"}, "members": {"Person"},
}
#: Words that introduce a coalition's members: "the groups, led by X and including Y".
_MEMBER_MARKERS = {("led", "by"), ("organized", "by"), ("organised", "by"), ("joined", "by"), ("including",), ("such", "as"), ("among", "them")}


#: What a police force's office or officer is called: "Police Commissioner X", "a police spokesperson".
_POLICE_OFFICES = frozenset({
    "commissioner", "chief", "superintendent", "spokesperson", "spokesman", "spokeswoman", "department",
    "captain", "lieutenant", "sergeant", "sheriff", "inspector", "deputy", "director", "headquarters", "precinct",
})


def _local_police(doc, de: DocEntities) -> None:
    """``"The NYPD leased the robot. Police Commissioner Dermot Shea defended it"``: a singular
    "police" naming an office or officer means the one police force the article has named, not
    law enforcement in general ("police departments across the country" stays general)."""
    forces = [m for m in de.mentions if m.type == "GovernmentAgency" and "police" in m.name.lower().split()]
    if not forces:
        return
    for k, m in enumerate(de.mentions):
        words = m.text.lower().split()
        if m.type != "GovernmentAgency" or m in forces or words[-1:] != ["police"] and words[-2:] != ["police", "department"]:
            continue
        if words[0] not in {"police", "the"} or len(words) > 3:
            continue
        nxt = doc[m.end] if m.end < len(doc) else None
        office = words[-1] == "department" or nxt is not None and nxt.lemma_.lower() in _POLICE_OFFICES and nxt.tag_ in {"NN", "NNP"}
        if not office:
            continue
        # the force the article is about: named most often, then named last before
        counts = Counter(f.name for f in forces)
        before = [f for f in forces if f.end <= m.start]
        ranked = sorted(counts, key=lambda n: (-counts[n], -max((f.start for f in before if f.name == n), default=-1)))
        if len(ranked) > 1 and counts[ranked[0]] == counts[ranked[1]] and not before:
            continue
        force = next(f for f in forces if f.name == ranked[0])
        local = M(m.start, m.end, m.text, force.name, force.type)
        de.mentions[k] = local
        for i in range(m.start, m.end):
            de.by_tok[i] = [local if x is m else x for x in de.by_tok.get(i, [])]


#: Words of a C-suite title before "Officer": "Chief Marketing Officer", "Chief People Officer".
_CSUITE_WORDS = frozenset({"chief", "executive", "officer", "operating", "technology", "financial", "marketing", "people", "information",
                           "security", "product", "revenue", "legal", "communications", "content", "operations", "strategy", "diversity",
                           "privacy", "data", "digital", "resources", "compliance", "commercial", "business", "growth", "responsible",
                           "ethics", "sustainability", "medical", "risk", "investment", "administrative", "creative"})
#: Web addresses used as names: "AnitaB.org", "Change.org".
_WEB_NAME = re.compile(r"^[A-Z][A-Za-z0-9-]*\.(?:org|com|net|io|ai|co)$")
#: Group nouns an apposition names a group by: "X, a citizens' group".
_GROUP_APPOSITIONS = frozenset({"group", "coalition", "collective", "alliance", "network", "campaign", "organization", "organisation",
                                "nonprofit", "non-profit", "charity", "movement", "union"})
#: What a company calls a business of its own: "Google's cloud unit".
_BUSINESS_UNIT_NOUNS = frozenset({"unit", "division", "business", "arm"})
#: Whom a board is made of: "the board of directors", "the board of trustees".
_BOARD_MEMBERS = frozenset({"director", "trustee", "governor"})
#: Who may have a board of its own.
_BOARD_OWNERS = frozenset({"Company", "NewsOutlet", "Organization", "AdvocacyGroup"})


def _boards(doc, de: DocEntities) -> None:
    """``"Amazon's board"``, ``"the Twitter board of directors"``: a named organisation's board
    is a body of its own (``"Amazon board"``), part of the organisation. Not an ``"advisory
    board"`` or an ``"ethics board"`` (other bodies), not ``"board members"``, not a board the
    text names only by a pronoun or a description."""
    added = []
    for t in doc:
        if t.lower_ != "board" or t.tag_ != "NN" or t.i in de.by_tok or t.dep_ == "compound":
            continue
        owners = [m for c in t.children if c.dep_ in {"poss", "compound"} for m in de.by_tok.get(c.i, ())[:1] if m.type in _BOARD_OWNERS]
        if len(owners) != 1:
            continue
        owner = owners[0]
        if any(c.dep_ in {"amod", "compound", "nmod", "nummod"} and not owner.start <= c.i < owner.end for c in t.children):
            continue
        end = t.i + 1
        of = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj" and p.lemma_.lower() in _BOARD_MEMBERS and p.i == t.i + 2]
        if of:
            end = of[0].i + 1
        # the tokens of the board alone (the owner stays a mention of its own), named as written
        text = _clean_text(doc[owner.start:end].text)
        m = M(t.i, end, text, f"{owner.name} board", "Organization", surface=text)
        de.parents[m.name] = owner.name
        added.append(m)
    _add_mentions(de, added)


def _add_mentions(de: DocEntities, added: list[M]) -> None:
    """Mentions found after the first pass: indexed by token, and in order among the others."""
    for m in added:
        for i in range(m.start, m.end):
            de.by_tok.setdefault(i, []).append(m)
    if added:
        de.mentions[:] = sorted(de.mentions + added, key=lambda m: (m.start, m.end))


def _coalitions(doc, de: DocEntities) -> None:
    """``"the groups — led by Fight for the Future and including the ACLU — urged ..."``,
    ``"Led by Sen. X and Rep. Y, the lawmakers urged ..."``: a plural noun for several
    organisations or lawmakers stands for the members the same sentence names after a
    marker such as "led by" or "including"."""
    for t in doc:
        kinds = _COALITION_NOUNS.get(t.lower_)
        if kinds is None or t.i in de.by_tok or t.i in de.groups or t.i in de.coref:
            continue
        if not any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in t.children):
            continue
        s, e = de.unit_bounds[de.units[t.i]]
        members: dict[str, M] = {}
        for k in range(s, e):
            words = tuple(x.lower_ for x in doc[k:k + 2])
            if words[:1] not in _MEMBER_MARKERS and words not in _MEMBER_MARKERS:
                continue
            j = k + (1 if words[:1] in _MEMBER_MARKERS else 2)
            # the names of the list that follows, up to the noun itself, a dash or a verb
            while j < e and j != t.i and doc[j].text not in {"—", "–", ")", ";"} and not (doc[j].pos_ == "VERB" and doc[j].lower_ not in {"led", "joined"}):
                for m in de.by_tok.get(j, ()):
                    if m.type in kinds and m.start == j:
                        members.setdefault(m.name, m)
                j += 1
        if len(members) >= 2:
            de.coref[t.i] = [M(t.i, t.i + 1, t.text, m.name, m.type, m.anchor, False) for m in members.values()]


def _join_and_names(doc, known=lambda text: False) -> None:
    """``"the Center for Security and Emerging Technology"``, ``"the Employment and Labour
    Relations Court"``: NER often keeps only the words after "and" of an institution's name.
    Extend such an organisation leftwards over the capitalised words before the "and" when
    those words are no name of their own and the whole reads as an institution's name.
    ``known`` tells names the gazetteer has, which are never the first half of another."""
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        s = ent.start
        left = ents[n - 1] if n else None
        if ent.label_ == "ORG" and left is not None and left.label_ == "ORG" and ent[-1].lower_ in P.AGENCY_HEADS and ent[0].is_title \
                and (left.end == s - 1 and doc[s - 1].lower_ == "and" or left.end == s and left[-1].lower_ == "and"):
            # "the Australian Communications" + "and" + "Media Authority": one regulator's name
            words = [t for t in left if t.lower_ not in {"the", "and"}]
            if 1 <= len(words) <= 3 and all(t.is_title for t in words) and words[-1].lower_.rstrip(".") not in P.AGENCY_HEADS | P.ADVOCACY_HEADS | _LEGAL_SUFFIXES \
                    and not known(" ".join(t.text for t in words)):
                ents[n - 1:n + 1] = [None, doc[left.start:ent.end]]
                ents[n].label_ = "ORG"
                changed = True
                continue
        if ent.label_ != "ORG" or s < 2 or doc[s - 1].lower_ not in {"and", "&"} or not (doc[s - 2].is_title or doc[s - 2].is_upper):
            continue
        if doc[s - 2].ent_type_:
            # "the Center for Labor" + "Digital Rights": two halves of one name
            left = ents[n - 1] if n else None
            # (not "the Office of X and the Office of Y": a second name, begun with its own "the")
            if left is None or left.end != s - 1 or left.label_ != "ORG" or ent[0].lower_ == "the" or (left[1:].root.i if left[0].lower_ == "the" else left.root.i) != left.start + (left[0].lower_ == "the"):
                continue
            first = left[1] if left[0].lower_ == "the" and len(left) > 1 else left[0]
            if first.lemma_.lower() not in _INSTITUTION_HEADS or not any(t.lower_ in {"for", "of", "on"} for t in left) or ent[-1].lower_.rstrip(".") in _LEGAL_SUFFIXES | {"technologies", "systems", "labs", "holdings", "industries", "solutions"}:
                continue
            ents[n - 1:n + 1] = [None, doc[left.start:ent.end]]
            ents[n].label_ = "ORG"
            changed = True
            continue
        k = s - 2
        while k > 0 and not doc[k - 1].ent_type_ and (doc[k - 1].is_title and doc[k - 1].pos_ in {"PROPN", "NOUN", "ADJ"}
                                                     or doc[k - 1].lower_ in {"for", "of", "on"} and k > 1 and doc[k - 2].is_title):
            k -= 1
        words = {t.lower_ for t in doc[k:s - 1]}
        if k == s - 2 and doc[k].i > 0 and doc[k - 1].is_title:
            continue
        if not (words & {"for", "of", "on"} or ent[-1].lower_ in P.AGENCY_HEADS | P.ADVOCACY_HEADS):
            continue
        if doc[k].is_sent_start and k == s - 2:
            continue
        ents[n] = doc[k:ent.end]
        ents[n].label_ = ent.label_
        changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]


#: An organisation's domain used as its name: "AnitaB.org", "MoveOn.org" (not "www.example.org").
_DOMAIN_NAME = re.compile(r"[A-Z][A-Za-z0-9]*\.org")


def _join_domain_names(doc) -> None:
    """``"AnitaB.org"``, ``"MoveOn.org"``: a capitalised name ending in ".org" names an
    organisation, which NER leaves out or takes for a number."""
    _set_org_spans(doc, [(t.i, t.i + 1) for t in doc if _DOMAIN_NAME.fullmatch(t.text)
                         and not any(x.start <= t.i < x.end and x.label_ == "ORG" for x in doc.ents)])


def _join_cut_of_names(doc) -> None:
    """``"the Office of the Secretary of Defense"``, ``"the Telangana Gig and Platform Workers
    Union"``: an organisation's name NER cut after its last "of" or "and", leaving the
    title-case rest as a name of its own."""
    ents = list(doc.ents)
    _set_org_spans(doc, [(a.start, b.end) for a, b in zip(ents, ents[1:])
                         if a.label_ == "ORG" and b.start == a.end and all(t.is_title for t in b) and (
                             a[-1].lower_ in {"of", "for"} and b.label_ in {"ORG", "GPE", "NORP"}
                             or a[-1].lower_ in {"and", "&"} and len(a) > 2 and b.label_ == "ORG")])


#: Office-holders an institution's name may end with: "the Office of the Privacy Commissioner".
_OFFICE_HOLDERS = frozenset({"commissioner", "ombudsman", "ombudsperson", "auditor", "inspector", "general", "registrar", "controller", "comptroller", "advocate"})


def _join_cut_office_names(doc) -> None:
    """``"the Office of the Information and Privacy Commissioner of Alberta"``: an institution's
    name NER cut before the office-holder's title and the place it serves."""
    spans = []
    for ent in doc.ents:
        words = ent[1:] if ent[0].lower_ == "the" else ent[:]
        if ent.label_ != "ORG" or len(words) < 3 or words[0].lemma_.lower() not in _INSTITUTION_HEADS or words[1].lower_ not in {"of", "for"}:
            continue
        k = ent.end
        while k < len(doc) and k - ent.end < 2 and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_:
            k += 1
        if k == ent.end and not (ent[-1].is_title and ent[-1].lower_ in _OFFICE_HOLDERS) or k + 1 >= len(doc) or doc[k].lower_ not in {"of", "for"} or doc[k + 1].ent_type_ != "GPE" or doc[k + 1].ent_iob_ != "B":
            continue
        e = k + 2
        while e < len(doc) and doc[e].ent_iob_ == "I":
            e += 1
        spans.append((ent.start, e))
    _set_org_spans(doc, spans)


#: Titles whose holder's office a place's name before them names: "the Paris prosecutor's office".
_PROSECUTING_TITLES = frozenset({"prosecutor", "attorney"})


def _join_prosecutors(doc) -> None:
    """``"the Paris prosecutor's office"``, ``"the King County Prosecuting Attorney's Office"``,
    ``"Milan prosecutors"``: a place's prosecuting office, named by the place and the office
    (NER takes the place alone, or cuts the name before "Attorney's Office")."""
    spans = []
    for t in doc:
        low = t.lower_
        if low == "prosecutors" or low in _PROSECUTING_TITLES and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in {"'s", "’s"} \
                and doc[t.i + 2].lower_ == "office":
            end = t.i + 1 if low == "prosecutors" else t.i + 3
        else:
            continue
        k = t.i - 1
        while k >= 0 and doc[k].lower_ in {"public", "federal", "state", "district", "prosecuting", "chief", "regional"} and (
                low == "prosecutors" or doc[k].is_title == t.is_title):
            k -= 1  # "the Milan public prosecutor's office", "King County Prosecuting Attorney's Office"
        if k < 0 or doc[k].ent_type_ not in {"GPE", "NORP"} and not (doc[k].is_title and doc[k].pos_ == "PROPN" and doc[k].ent_type_ in {"", "ORG", "LOC"}):
            continue  # (a city NER left untyped: "the Lyon prosecutor's office")
        start = k
        while start > 0 and (doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ in {"GPE", "NORP", "ORG"}
                             or doc[start].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ != "PERSON"):
            start -= 1
        if low == "prosecutors" and k == start and doc[k].lower_ in {"u.s.", "us", "american"}:
            continue  # "U.S. prosecutors": no one office
        if low != "prosecutors" and end + 2 < len(doc) and doc[end].lower_ == "for":
            # "the US Attorney's Office for the Eastern District of New York"
            j = end + 1 + (doc[end + 1].lower_ == "the")
            while j < len(doc) and (doc[j].is_title or doc[j].lower_ == "of" and j + 1 < len(doc) and doc[j + 1].is_title):
                j += 1
            if any(doc[x].lower_ in {"district", "circuit"} for x in range(end + 1, j)):
                end = j
        spans.append((start, end))
    _set_org_spans(doc, spans)


#: Words that end an organisation's name and no person's: "Equality Labs", "Detroit Action".
_UNLABELLED_ORG_TAILS = frozenset({"labs", "lab", "collective", "coalition", "alliance", "project", "institute", "initiative", "network",
                                   "foundation", "union", "guild", "united", "council", "centre", "center", "association", "society"})


def _join_unlabelled_names(doc) -> None:
    """``"Equality Labs"``, ``"Mophat Okinyi and ..."``: a run of two or three capitalised
    proper nouns NER left out (or cut to a place) in a sentence that is no title-case headline:
    an organisation's name when it ends in an organisation's word, a person's when it is
    coordinated with a person's name."""
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(doc):
        t = doc[i]
        if not (t.tag_ in {"NNP", "NNPS"} and t.is_title and t.is_alpha) or (t.ent_type_ and t.ent_type_ not in {"GPE"}):
            i += 1
            continue
        j = i
        while j < len(doc) and doc[j].tag_ in {"NNP", "NNPS"} and doc[j].is_title and doc[j].is_alpha and (not doc[j].ent_type_ or doc[j].ent_type_ == "GPE") \
                and "\n" not in doc[j].whitespace_:
            j += 1
        run = doc[i:j]
        sent = t.sent
        words = [w for w in sent if w.is_alpha]
        headline = sum(1 for w in words if w.is_title) > 0.6 * len(words)
        if 2 <= len(run) <= 3 and not headline and not any(w.ent_type_ == "GPE" and w.ent_iob_ == "B" and w.i == i for w in run) \
                and (i == 0 or not doc[i - 1].is_title and doc[i - 1].tag_ != "POS" or doc[i - 1].is_sent_start and doc[i - 1].lower_ in {"the"}):
            if run[-1].lower_ in _UNLABELLED_ORG_TAILS:
                spans.append((i, j, "ORG"))
            elif run.root.dep_ in {"conj", "nsubj", "appos"} and (
                    any(x.ent_type_ == "PERSON" for x in run.root.head.subtree if x.i < i and run.root.dep_ == "conj" and x.i >= run.root.head.left_edge.i)
                    or any(c.dep_ == "conj" and doc[c.i].ent_type_ == "PERSON" for c in run.root.children)):
                spans.append((i, j, "PERSON"))
        i = max(j, i + 1)
    for s, e, label in spans:
        _set_org_spans(doc, [(s, e)], label)


#: Titles only an organisation's people hold: the name right before them is an organisation's.
_ORG_ONLY_TITLES = frozenset({"ceo", "cto", "coo", "cfo", "founder", "cofounder", "co-founder", "analyst", "analysts"})


def _join_titled_org_names(doc) -> None:
    """``"Gaggle CEO Jeff Patterson"``, ``"Securly co-founder Vinay Mahadik"``: one or two
    capitalised words before a title only an organisation's people hold, itself before a
    person's name, are the organisation's name, which NER left out or took for a person or place."""
    # a capitalised word is a name where the text capitalises it inside a sentence too
    inside = {t.text for t in doc if t.is_title and not t.is_sent_start and t.i > 0 and doc[t.i - 1].text not in {'"', "“", ":", "\n"}}

    def name_like(tok) -> bool:
        return tok.is_title and tok.is_alpha and not tok.is_stop and tok.lower_ not in P.COMPANY_NOUNS and tok.text in inside

    spans = []
    for t in doc:
        title_end = t.i + 1
        if t.lower_ in {"chief"} and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "executive":
            title_end = t.i + 2
        elif t.lower_ not in _ORG_ONLY_TITLES:
            continue
        if title_end >= len(doc) or doc[title_end].ent_type_ != "PERSON" or doc[title_end].ent_iob_ != "B" or t.i == 0:
            continue
        e = t.i
        s = e
        while s > 0 and e - s < 2 and name_like(doc[s - 1]) and doc[s - 1].ent_type_ in {"", "PERSON", "GPE", "NORP"} \
                and (s - 1 == 0 or doc[s - 2].ent_type_ in {"", "DATE"} or doc[s - 2].ent_iob_ == "O"):
            s -= 1
        if s == e or doc[s].ent_type_ and doc[s].ent_iob_ != "B" or any(
                doc[i].ent_type_ and not (doc[i].ent_iob_ == "B" and doc[i].ent_type_ in {"PERSON", "GPE", "NORP"}) for i in range(s + 1, e)):
            continue
        if any(x.start < s < x.end or x.start < e < x.end for x in doc.ents):
            continue  # inside a longer name
        spans.append((s, e))
    _set_org_spans(doc, spans)


#: Public titles written before a person's name: "Labour Minister Yolanda Díaz", "Mayor Jane Roe".
_NAME_BEFORE_TITLES = frozenset({"minister", "secretary", "mayor", "senator", "sen.", "rep.", "governor", "gov.", "commissioner",
                                 "councilmember", "councilwoman", "councilman", "judge", "justice", "chancellor", "premier", "constable",
                                 "chief", "superintendent", "supervisor"})


def _join_public_titled_names(doc) -> None:
    """``"Labour Minister Yolanda Díaz"``: the capitalised words after a public title are a
    person's name, which NER may take for an organisation or a place."""
    spans = []
    for t in doc:
        if t.lower_ not in _NAME_BEFORE_TITLES or not t.is_title:
            continue
        s = e = t.i + 1
        while e < len(doc) and e - s < 3 and doc[e].is_title and doc[e].is_alpha and not doc[e].is_stop:
            e += 1
        if e == s:
            continue
        if all(doc[i].ent_type_ == "PERSON" for i in range(s, e)) and doc[s].ent_iob_ == "B":
            continue
        if any(x.start < s < x.end or x.start < e < x.end or (x.start >= s and x.end > e) for x in doc.ents):
            continue  # a longer name runs across
        if any(doc[i].lower_ in {"office", "department", "ministry", "committee", "council", "court", "police", "city", "county"} for i in range(s, e)):
            continue
        if any(doc[i].lower_ in P.ROLE_NOUNS | P.LEAD_TITLES | {"operating", "technology", "financial", "executive", "information", "general", "of"}
               for i in range(s, e)):
            continue  # "Chief Technology Officer", "Secretary General": the rest of a title, not a name
        spans.append((s, e))
    _set_org_spans(doc, spans, label="PERSON")


def _join_hyphened_given_names(doc) -> None:
    """``"Choi In-hyuk"``, ``"Han Seong-sook"``: a family name before a hyphened given name is
    one person's name, which NER cuts or takes for an organisation."""
    spans = []
    for i in range(len(doc) - 3):
        a, b, h, c = doc[i:i + 4]
        if a.is_title and a.is_alpha and b.is_title and b.is_alpha and h.text == "-" and c.is_lower and c.is_alpha \
                and len(b) <= 5 and len(c) <= 5 and not b.whitespace_ and not h.whitespace_ and a.whitespace_ \
                and b.lower_ not in {"co", "vice", "ex", "self", "anti", "non", "pro", "re", "pre", "post", "e", "x", "mid", "sub", "well"} \
                and a.ent_type_ != "DATE" and not (i > 0 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN"):
            spans.append((i, i + 4))
    _set_org_spans(doc, spans, label="PERSON")


#: Verbs of a reporter's bio line: "Jane Roe covers labor for X", "Jane Roe writes about AI".
_BIO_VERBS = frozenset({"cover", "covers", "write", "writes", "report", "reports", "edit", "edits"})


def _join_bio_names(doc) -> None:
    """``"Ry Calloway is a senior reporter at CNET"``, ``"Maya Reinholt covers technology for
    NPR"``: the two or three capitalised words that open a bio line are a person's name, however
    NER cut or typed them (a given name alone, a surname taken for a company, nothing)."""
    spans = []
    for sent in doc.sents:
        s = sent.start
        e = s
        # (the tagger may take an odd given name for anything: "Ry" as a preposition)
        while e < sent.end and e - s < 3 and doc[e].is_title and doc[e].is_alpha and not doc[e].is_stop and doc[e].pos_ in {"PROPN", "ADP", "NOUN", "ADJ"}:
            e += 1
        if not 2 <= e - s <= 3 or e >= sent.end or doc[e - 1].pos_ != "PROPN":
            continue
        v = doc[e]
        if v.lower_ in _BIO_VERBS and v.pos_ == "VERB":
            pass
        elif v.lower_ in {"is", "was"} and e + 1 < sent.end and doc[e + 1].lower_ in {"a", "an"} and any(
                t.lemma_.lower() in P.ROLE_NOUNS and not (t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS") for t in doc[e + 2:min(e + 6, sent.end)]):
            pass
        else:
            continue
        if any(x.start < e and x.end > e for x in doc.ents):
            continue
        if any(x.label_ == "PERSON" and x.start == s and x.end == e for x in doc.ents):
            continue
        spans.append((s, e))
    _set_org_spans(doc, spans, label="PERSON")


def _list_head(tok):
    """The first item of the list ``tok`` is coordinated in ("Gaggle" in "Gaggle, GoGuardian and Securly")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _join_listed_org_names(doc) -> None:
    """``"letters to Gaggle, GoGuardian, Securly and Bark Technologies"``: one-word capitalised
    names listed with an organisation's name, which NER left out or took for people or places,
    are organisations' names too (in lists of three or more)."""
    spans = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        # (the parser may hang the list on any word of the name: "Securly and Bark Technologies")
        first = _list_head(next((t for t in ent if t.dep_ == "conj"), ent.root))
        members = [first, *first.conjuncts]
        if len(members) < 3:
            continue
        for t in members:
            if ent.start <= t.i < ent.end or not (t.pos_ == "PROPN" and t.is_title or t.text[:1].isupper() and any(ch.isupper() for ch in t.text[1:])):
                continue
            if t.ent_type_ and not (t.ent_type_ in {"PERSON", "GPE", "NORP", "LOC"} and t.ent_iob_ == "B" and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "I")):
                continue
            # "Filt-CGIL, Fit-CISL and Uiltrasporti": a hyphenated name, its first part a compound
            left = t.i
            while left >= 2 and doc[left - 1].text == "-" and not doc[left - 1].whitespace_ and not doc[left - 2].whitespace_ \
                    and doc[left - 2].head.i == t.i and doc[left - 2].text[:1].isupper() and not doc[left - 2].ent_type_:
                left -= 2
            if any(c.dep_ in {"compound", "poss", "amod"} and not left <= c.i < t.i for c in t.children) or doc[left].is_sent_start:
                continue
            spans.append((left, t.i + 1))
    _set_org_spans(doc, sorted(set(spans)))


def _set_org_spans(doc, spans: list[tuple[int, int]], label: str = "ORG") -> None:
    """Make each (start, end) one organisation's name (or one ``label`` name) in ``doc.ents``,
    in place of whatever entities NER had over those tokens."""
    if spans:
        kept = [x for x in doc.ents if not any(x.start < e and s < x.end for s, e in spans)]
        doc.ents = sorted(kept + [Span(doc, s, e, label=label) for s, e in spans], key=lambda x: x.start)


#: Title-case worker nouns that end the first half of a movement's name ("Amazon Employees for ...").
_MOVEMENT_WORKERS = frozenset({"workers", "employees", "staff", "engineers", "technologists", "developers", "researchers"})
#: Words that join a movement's members to its cause: "Googlers Against Retaliation", "Microsoft Workers 4 Good".
_MOVEMENT_LINKS = frozenset({"for", "against", "4"})


def _join_movement_names(doc, is_group=lambda text: False) -> None:
    """``"Salesforce Workers for Justice"``, ``"Googlers Against Retaliation"``: a group of
    workers named for its cause, which NER cuts at "for" or "against". One name when title-case
    workers ("Employees" after their organisation's name, or a word ``is_group`` knows for a
    workforce, such as "Googlers") are followed by the link word and a title-case cause, all on
    one line."""
    spans = []
    i = 0
    while i < len(doc) - 2:
        t, link = doc[i], doc[i + 1]
        workers = t.is_title and (t.lower_ in _MOVEMENT_WORKERS or is_group(t.text))
        if not workers or link.lower_ not in _MOVEMENT_LINKS or "\n" in t.whitespace_ + link.whitespace_:
            i += 1
            continue
        e = i + 2  # the cause: up to four title-case words ("of" and "and" between them)
        while e < len(doc) and e - i - 2 < 4 and doc[e].is_alpha and "\n" not in doc[e - 1].whitespace_ and (
                doc[e].is_title or doc[e].lower_ in {"of", "and", "on", "in"} and e + 1 < len(doc) and doc[e + 1].is_title):
            e += 1
        s = i
        if t.lower_ in _MOVEMENT_WORKERS:
            # the organisation the workers are of: up to three title-case words before
            while s > 0 and i - s < 3 and doc[s - 1].is_alpha and (doc[s - 1].is_title or doc[s - 1].is_upper) \
                    and doc[s - 1].lower_ != "the" and "\n" not in doc[s - 1].whitespace_:
                s -= 1
        if e == i + 2 or s == i and t.lower_ in _MOVEMENT_WORKERS or any(
                x.label_ == "ORG" and x.start <= s and e <= x.end for x in doc.ents):
            i += 1  # (nor one NER already read whole: "Google Workers for Action on Climate")
            continue
        spans.append((s, e))
        i = e
    _set_org_spans(doc, spans)


#: Kinds of organisation a name may follow to be named as one ("the fashion app Depop").
_KIND_BEFORE_NAME = frozenset({"company", "firm", "startup", "start-up", "retailer", "subsidiary", "consultancy", "outsourcer",
                               "conglomerate", "publication", "magazine", "newspaper", "nonprofit", "non-profit", "charity",
                               "union", "studio", "app", "marketplace", "platform", "chain", "contractor"})


def _join_kind_names(doc) -> None:
    """``"its subsidiary Atlus"``, ``"the secondhand fashion app Depop"``: a title-case name
    right after a kind of organisation, with a determiner or possessive before the kind, names
    an organisation, whatever NER took it for (a place, a person, or nothing)."""
    spans = []
    for t in doc[:-1]:
        if t.lower_ not in _KIND_BEFORE_NAME or t.tag_ not in {"NN", "JJ"}:
            continue
        s = t.i + 1
        e = s
        while e < len(doc) and e - s < 3 and doc[e].pos_ in {"PROPN", "NOUN"} and doc[e].text[:1].isupper() and doc[e].is_alpha \
                and not doc[e].is_sent_start and "\n" not in doc[e - 1].whitespace_:
            e += 1
        if e == s or doc[s].ent_type_ in {"ORG", "PRODUCT"} and doc[s].ent_iob_ == "B":
            continue
        if doc[s:e].root.dep_ in {"nsubj", "nsubjpass"} and doc[s:e].root.head.i > e - 1:
            continue  # (not "the company Jane Roe founded": the subject of a relative clause)
        # (a determiner or possessive starts the kind's phrase: "its subsidiary", "the app", hung
        # on the kind or on the name)
        if not any(c.dep_ in {"det", "poss"} for c in [*t.children, *doc[s:e].root.children]):
            continue
        if any(x.start < e and s < x.end and (x.label_ in {"ORG", "PRODUCT"} or x.label_ == "PERSON" and len(x) > 1) for x in doc.ents):
            continue  # (nor a person's full name: "the company Jane Roe founded")
        spans.append((s, e))
    _set_org_spans(doc, spans)


def _lexicon(nlp) -> tuple[frozenset, frozenset, frozenset]:
    """The nouns, verbs and adjectives the pipeline's lemmatizer knows by their base form
    (empty when it has no word index)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return frozenset(), frozenset(), frozenset()
    return tuple(frozenset(table.get(k, ())) for k in ("noun", "verb", "adj"))  # type: ignore[return-value]


#: Last words of partnerships' names: "Nzili and Sumbi Advocates", "Smith & Jones Associates".
_FIRM_TAILS = frozenset({"advocates", "associates", "partners", "llp", "lawyers", "attorneys", "solicitors", "chambers", "sons", "brothers"})


def _title_run(doc, end: int, limit: int = 3) -> int:
    """Start of the run of up to ``limit`` capitalised name words ending before ``end``."""
    k = end
    while k > 0 and end - k < limit and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and doc[k - 1].pos_ in {"PROPN", "NOUN"} and "\n" not in doc[k - 1].whitespace_:
        k -= 1
    return k


def _recurring_longer_names(doc, raw: list, parents: dict[str, str]) -> list:
    """``"Kakao Mobility, the ride-hailing arm of Kakao, ... Kakao Mobility said"``: a unit or
    product named by a known company's name and words after it is that unit wherever the same
    words recur, also where NER saw only the company."""
    longer = {r[2]: r[3] for r in raw if not r[4] and parents.get(r[2]) and r[1] - r[0] > 1}
    if not longer:
        return raw
    starts = {r[0] for r in raw}
    out = []
    for r in raw:
        s, e, name, typ, gaz_hit = r
        for whole, kind in longer.items():
            if not gaz_hit or parents[whole] != name:
                continue
            k = next((k for k in range(e + 1, min(e + 4, len(doc)) + 1) if _clean_text(doc[s:k].text) == whole), None)
            if k is not None and not any(i in starts for i in range(e, k)):
                r = (s, k, whole, kind, False)
                break
        out.append(r)
    return out


def _local_prefix(span) -> bool:
    """Whether the words before a department's name are a state, county or city: "Ohio",
    "New York State", "Cook County", "New York City"."""
    words = span.text.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    *place, kind = [w.lower() for w in words]
    if " ".join(words).lower() in _US_STATES:
        return True
    return bool(place) and (kind == "state" and " ".join(place) in _US_STATES or kind in {"county", "city"})


_US_STATES = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming""".split()) | {
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island", "south carolina",
    "south dakota", "west virginia", "northern california", "southern california", "san diego and imperial counties",
    "the district of columbia", "washington state"}

#: Sentence-opening prepositions NER sometimes takes into the name that follows.
_LEADING_PREPS = frozenset({"besides", "beside", "like", "unlike", "including", "after", "before", "despite", "with", "without", "for", "from"})


def _council_member(t) -> bool:
    """``"Council Member Mike Siegel"``, ``"council members Jane Roe and Tom Vance"``: a seat on a council."""
    return t.lemma_.lower() == "member" and t.i > 0 and t.doc[t.i - 1].lower_ == "council"


def _given_name_before(doc, i: int, taken: list[bool]) -> bool:
    """Whether a capitalised word no other name holds stands right before token ``i`` in the
    same line, as a given name before a surname ("Nilay Patel")."""
    if i < 1 or taken[i - 1]:
        return False
    p = doc[i - 1]
    return p.is_title and p.is_alpha and p.pos_ == "PROPN" and not p.is_stop and "\n" not in p.whitespace_ \
        and p.lower_ not in _HONORIFICS and p.lower_ not in P.ROLE_NOUNS | P.LEAD_TITLES and p.ent_type_ not in {"ORG", "GPE", "NORP", "LOC"}


#: Honorifics NER may take into a person's name.
_HONORIFICS = frozenset({"prof", "professor", "dr", "mr", "mrs", "ms", "sir", "dame", "lord", "lady", "constable", "judge", "sen", "senator",
                         "rep", "gov", "sens", "reps", "govs", "atty", "lt", "supt", "cmdr", "insp", "det", "sgt", "col", "capt"})


#: Honorifics written without a full stop that stand before a surname alone: "Mr Cosgrave".
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "dr", "miss", "mx", "prof", "professor"})


def _oversees(m) -> bool:
    """Whether a public body's name says it oversees: a commission, an authority, an office, an
    ombudsman, or an abbreviation that is no police or army's."""
    return bool(_REGULATOR_WORDS & set(m.name.lower().split())) or m.name.isupper() and m.name not in _ENFORCERS


def _ent_start(doc, i: int) -> int:
    """The first token of the entity NER found token ``i`` in ("South" of "South Korean")."""
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


#: Places of work whose "in" names a place: "its factory in Hengyang".
_SITES_OF_WORK = frozenset({"warehouse", "warehouses", "store", "stores", "factory", "factories", "plant", "plants", "facility", "facilities",
                              "office", "offices", "headquarters", "campus", "studio", "studios", "site", "sites", "depot", "hub", "branch"})


def _workplace_place(ent) -> bool:
    """A one- or two-word name NER took for an organisation where a workplace's "in" names a
    place: "the factory in Hengyang", "studios in Leeds, Lincoln and London"."""
    root = ent.root
    while root.dep_ == "conj":
        root = root.head
    if len(ent) > 2 or root.dep_ != "pobj" or root.head.lower_ != "in" or root.head.head.lower_ not in _SITES_OF_WORK:
        return False
    return not any(t.lower_ in P.COMPANY_HEADS | P.AGENCY_HEADS | P.ADVOCACY_HEADS for t in ent)


def _first_of_joined_names(doc, s: int, e: int, name: str, typ: str, known=lambda text: False) -> bool:
    """``"Department of Labor & Industries"``: a known institution's name that NER found only as
    the start of a longer one joined with "and" or "&", another institution's name (not a list
    NER took for one name: "the Department of Defense and Customs and Border Protection")."""
    if typ not in {"GovernmentAgency", "Organization", "AdvocacyGroup"} or doc[s].lemma_.lower() not in _INSTITUTION_HEADS:
        return False
    if e + 1 >= len(doc) or doc[e].lower_ not in {"and", "&"} or doc[s].ent_type_ != "ORG" or doc[e].ent_iob_ != "I":
        return False
    k = e + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    rest = doc[e + 1:k]
    return 1 <= len(rest) <= 2 and all(t.is_title and t.is_alpha for t in rest) and not known(rest.text)


def _full_name_elsewhere(doc, i: int) -> bool:
    """Whether the surname at ``i`` ends a longer person's name NER found elsewhere in the doc."""
    return any(x.label_ == "PERSON" and len(x) >= 2 and x[-1].text == doc[i].text and x[0].lower_ not in _COURTESY_TITLES for x in doc.ents)


def _clean_text(span_text: str) -> str:
    t = span_text.replace("\u2019s", "").strip()
    t = re.sub(r"'s$", "", t)
    return re.sub(r"\s+", " ", t)


class EntityFinder:
    """Finds and resolves the mentions of a doc. Build once per extractor; the matchers are
    compiled here."""

    def __init__(self, nlp, gazetteer: Gazetteer):
        from spacy.matcher import PhraseMatcher

        self.gaz = gazetteer
        self.index = {}
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.caseless = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: dict[str, list] = {}
        caseless: dict[str, list] = {}
        aliases = sorted({(a, e.name) for e in gazetteer.entries for a in e.aliases})
        # an acronym as some newspapers print it: "F.T.C." for "FTC"
        aliases += sorted({(".".join(a) + ".", n) for a, n in aliases if a.isalpha() and a.isupper() and 2 <= len(a) <= 5})
        self.nouns, self.verbs, self.adjectives = _lexicon(nlp)
        # a product named in the plural: "Apple's iPhones" (not a plural of an ordinary word, "Echoes")
        plurals = {a + "s": a for e in gazetteer.entries if e.type == "Product" for a in e.aliases
                   if a[-1:].isalpha() and a[-1:].islower() and not a.endswith("s") and gazetteer.lookup(a + "s") is None
                   and not self._common_word(a.split()[-1])}
        aliases += sorted((p, plurals[p]) for p in plurals)
        for (alias, _), doc in zip(aliases, nlp.tokenizer.pipe(a for a, _ in aliases)):
            key = name_key(alias)
            self.index.setdefault(key, gazetteer.lookup(plurals.get(alias, alias)))
            exact.setdefault(key, []).append(doc)
            if len(doc) > 1 or (len(alias) >= 6 and not alias.isupper()):
                caseless.setdefault(key, []).append(doc)
        for key, docs in exact.items():
            self.exact.add(key, docs)
        for key, docs in caseless.items():
            self.caseless.add(key, docs)
        # an acronym as some newspapers print it: "Ice" for "ICE", "Nasa" for "NASA" (standing alone,
        # see _gazetteer_spans)
        self.titled = PhraseMatcher(nlp.vocab, attr="ORTH")
        for alias, _ in sorted({(a, e.name) for e in gazetteer.entries if e.type != "Person" for a in e.aliases
                                if a.isalpha() and a.isupper() and 3 <= len(a) <= 5}):
            self.titled.add(name_key(alias), [nlp.make_doc(alias.title())])
        self.surnames = gazetteer.surnames()
        self.unions = frozenset(e.name for e in gazetteer.entries if "union" in e.traits)

    def _verb_word(self, tok) -> bool:
        """A capitalised verb of a headline ("Google Admits", "Uber Sues"): an -s form whose
        base the lexicon knows as a verb and neither it nor its base as a noun or adjective."""
        low = tok.lower_
        if not tok.text[:1].isupper() or not low.endswith(("s", "ed")) or low in self.nouns or low in self.adjectives:
            return False
        if low.endswith("ed"):
            # "Amazon's Cloud Boss Defended Selling ...": a past tense in a title-case headline
            bases = [low[:-2], low[:-1]] + ([low[:-3]] if len(low) > 4 and low[-3] == low[-4] else [])
            return len(low) > 4 and any(b in self.verbs and b not in self.nouns and b not in self.adjectives for b in bases)
        bases = [low[:-1]] + ([low[:-2]] if low.endswith("es") else [])
        return any(b in self.verbs and b not in self.nouns and b not in self.adjectives for b in bases)

    def _foreign_word(self, tok) -> bool:
        """A capitalised word that is no English word the lexicon knows ("Solidaires")."""
        low = tok.lower_
        if not (tok.is_alpha and tok.text[:1].isupper()) or tok.is_stop or len(low) < 3:
            return False
        return not (low in self.nouns or low in self.verbs or low in self.adjectives or low.rstrip("s") in self.nouns or low.rstrip("s") in self.verbs)

    def _common_word(self, text: str) -> bool:
        """A word the lexicon knows as a common noun or adjective ("Dude", "Magazine")."""
        low = text.lower()
        return low in self.nouns or low in self.adjectives or low.endswith("s") and low[:-1] in self.nouns

    # -- spans -------------------------------------------------------------------------

    def _gazetteer_spans(self, doc) -> list[tuple[int, int, str, str]]:
        found = []
        strings = doc.vocab.strings
        titled = self.titled(doc)
        surnames = {x[-1].text for x in doc.ents if x.label_ == "PERSON"} if titled else set()
        for match_id, s, e in titled:
            # "contracts with Ice": mid-sentence, no capitalised word beside it ("John Doe", "Ice
            # Age"), no hyphen before it ("Filt-Cgil") and no surname of a person named ("Doe's")
            entry = self.index.get(strings[match_id])
            if entry is not None and s > 0 and not doc[s].is_sent_start and not (doc[s - 1].is_title or doc[s - 1].is_upper) \
                    and not (e < len(doc) and (doc[e].is_title or doc[e].is_upper)) and doc[s - 1].text not in {'"', "“", "'", "‘", ":", "(", "\n", "-"} \
                    and doc[s].text not in surnames:
                found.append((s, e, entry.name, entry.type))
        for matcher, caseless in ((self.exact, False), (self.caseless, True)):
            for match_id, s, e in matcher(doc):
                key = strings[match_id]
                entry = self.index.get(key)
                if entry is None:
                    continue
                text = doc[s:e].text
                if caseless and e - s == 1 and not text[:1].isupper():
                    continue
                if s >= 2 and doc[s - 1].text == "-" and not doc[s - 1].whitespace_ and not doc[s - 2].whitespace_ \
                        and (doc[s - 2].is_title or doc[s - 2].is_upper) and doc[s - 2].lower_ not in {"ex", "pro", "anti", "non", "post", "pre"}:
                    continue  # "Filt-CGIL": a name of its own that ends in a known one
                if caseless and text.islower() and not any(a.islower() for a in entry.aliases):
                    continue
                alias = next((a for a in entry.aliases if a.lower() == text.lower()), None)
                if caseless and alias is not None and len(alias.split()) == e - s and any(
                        w[:1].isupper() and doc[k].text[:1].islower() and doc[k].pos_ in {"VERB", "AUX"} for w, k in zip(alias.split(), range(s, e))):
                    continue  # "workers united behind X": a clause, not the union "Workers United" (but "SK hynix", "the Dutch data protection authority")
                if e - s == 1 and self._common_word(text) and (s == 0 or doc[s].is_sent_start or doc[s - 1].text in {'"', "“", "'", "‘", ":", "(", "\n"}
                                                                or "\n" in doc[s - 1].text) and (doc[s].pos_ in {"VERB", "ADJ", "ADV", "ADP", "AUX"} or doc[s].dep_ == "amod") \
                        and doc[s].ent_type_ not in {"ORG", "PRODUCT", "PERSON", "GPE", "NORP", "FAC"}:
                    continue  # "Zoom in on the map", "Slack time": a sentence's first word read as no name
                if e - s == 1 and self._common_word(text) and e < len(doc) and doc[e].ent_type_ == "PERSON" and doc[e].ent_iob_ == "B" \
                        and not doc[e].is_sent_start:
                    continue  # "Chef Gordon Ramsay": an ordinary word as a title before a name
                if e - s == 1 and text[:1].isupper() and self._common_word(text) and s > 0 and doc[s - 1].is_title \
                        and not doc[s - 1].is_sent_start and not self.index.get(name_key(doc[s - 1].text)):
                    ent = next((x for x in doc.ents if x.start < s < x.end or x.start < s and x.end == e), None)
                    if ent is not None and ent.label_ in {"ORG", "FAC", "NORP"}:
                        continue  # "the UK's Royal Navy" is a navy of its own, not the Navy the gazetteer knows
                if caseless and all(a.islower() for a in entry.aliases) and text[:1].isupper():
                    ent = next((x for x in doc.ents if x.start <= s and e <= x.end and x.end - x.start > e - s), None)
                    if ent is not None and ent.label_ in {"ORG", "FAC", "GPE"} and any(doc[i].is_title for i in range(ent.start, s)):
                        continue  # "the Metropolitan Police" is a force of its own, not police in general
                if entry.type == "GovernmentAgency" and e + 1 < len(doc) and doc[e].lower_ in {"and", "&"} and doc[e + 1].is_title and any(
                        x.label_ == "ORG" and x.start < s and e + 1 < x.end and doc[x.start + (doc[x.start].lower_ == "the"):s].text.lower() in _US_STATES
                        for x in doc.ents):
                    continue  # "the Michigan Department of Labor and Economic Opportunity": a longer name of its own
                local = next((x.start + (doc[x.start].lower_ == "the") for x in doc.ents if x.label_ in {"ORG", "FAC", "GPE"} and x.start < s
                              and (e <= x.end or x.end == s) and _local_prefix(doc[x.start + (doc[x.start].lower_ == "the"):s])),
                             None) if entry.type == "GovernmentAgency" and doc[s].is_title else None
                if local is not None:
                    # "the Ohio Department of Transportation": a state's own department, not the federal one
                    found.append((local, e, doc[local:e].text, entry.type))
                    continue
                if entry.type == "Organization" and s > 0 and doc[s - 1].is_title and doc[s - 1].ent_type_ == "ORG" and any(
                        x.label_ == "ORG" and x.start < s and e == x.end for x in doc.ents):
                    continue  # "Tesla Workers United": a name of its own that ends in a known one
                if doc[s].lower_ == "the" and s > 0 and doc[s - 1].lower_ in {"of", "for"} and any(
                        x.label_ == "ORG" and x.start < s - 1 and e <= x.end for x in doc.ents):
                    continue  # "the Office of the Information and Privacy Commissioner": a longer name, no outlet
                last = doc[e - 1]
                if (caseless and e - s > 1 and last.text.islower() and e < len(doc) and doc[e].pos_ == "NOUN"
                        and last.head.i == e and not any(a.split()[-1].islower() for a in entry.aliases)):
                    continue  # "a Google research scientist" is no mention of Google Research
                name = entry.name
                if entry.type in {"AdvocacyGroup", "Organization"} and e + 1 < len(doc) and doc[e].lower_ == "of" and doc[e + 1].is_title:
                    # "the ACLU of Utah", "the ACLU of Northern California": a chapter, an organisation of its own
                    k = next((k for k in (e + 4, e + 3, e + 2) if k <= len(doc) and doc[e + 1:k].text.lower() in _US_STATES), None)
                    if k is None and doc[e + 1].ent_type_ in {"GPE", "LOC"} and doc[e + 1].ent_iob_ == "B":
                        k = e + 2
                        while k < len(doc) and doc[k].ent_iob_ == "I":
                            k += 1
                    if k is not None:
                        name, e = f"{entry.name} of {doc[e + 1:k].text}", k
                found.append((s, e, name, entry.type))
        found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        taken = [False] * len(doc)
        out = []
        for s, e, name, typ in found:
            if any(taken[s:e]):
                continue
            for i in range(s, e):
                taken[i] = True
            out.append((s, e, name, typ))
        return sorted(out)

    def _ner_spans(self, doc, taken: list[bool]) -> list[tuple[int, int, str, int]]:
        """Names NER found outside the gazetteer's spans: (start, end, type, start of the
        NER entity the name was cut from)."""
        out = []
        for ent in doc.ents:
            label = _NER_LABELS.get(ent.label_)
            if _dateline(doc, ent):
                continue  # "BENGALURU/TAIPEI (Reuters) -": where the story was filed, no party to it
            if ent.label_ in {"FAC", "GPE", "LOC"} and len(ent) > 1 and ent[-1].text in {"Police", "Constabulary"}:
                label = "Organization"  # "South Yorkshire Police", taken for a place
            elif ent.label_ == "FAC" and ent[-1].is_title and ent[-1].lower_ in _BODY_HEADS:
                label = "Organization"  # "the Mississippi County Sheriff's Office", taken for a building
            if ent.label_ in _OTHER_NAME_LABELS | {"PRODUCT"} and _is_bio_subject(ent):
                label = "Person"
            elif label == "Person" and len(ent) > 1 and ent[-1].lower_ in _ORG_LAST_WORDS and ent[-1].is_title:
                label = "Organization"  # "Larkspur Games", "Acme Labs": no person's name ends so
            elif label == "Organization" and ent.label_ == "ORG" and 2 <= len(ent) <= 3 and all(t.is_title and t.is_alpha for t in ent) \
                    and ent[-1].lower_ not in _ORG_LAST_WORDS and (_coordinated_with_person(ent) or _person_apposition(ent)):
                label = "Person"  # "Laurence Berland and Kathryn Spiers": names in a list are alike; "X, a security engineer"
            elif ent.label_ in {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "GPE", "NORP", "FAC"} and (_product_apposition(ent) or _called_product(ent)):
                label = "Product"  # "Lattice, Anduril's artificial intelligence software", "its own chips, called Trainium"
            elif label == "Person" and ent.root.dep_ == "dobj" and ent.root.head.lemma_.lower() in {"run", "head", "found", "co-found", "cofound", "chair", "direct"} \
                    and not any(c.dep_ in {"xcomp", "ccomp"} for c in ent.root.head.children) and any(
                        m.lower_ in {"who", "he", "she"} or m.ent_type_ == "PERSON" for m in ent.root.head.children if m.dep_ == "nsubj"):
                label = "Organization"  # "Jane Roe, who runs Trumbull Unmanned": a person runs no person
            elif label in {"Organization", "Person"} and ent.root.dep_ == "nsubjpass" and ent.root.head.lemma_.lower() in _MAKE_VERBS - {"publish"} \
                    and any(c.dep_ == "agent" for c in ent.root.head.children) and not any(c.dep_ == "neg" for c in ent.root.head.children):
                label = "Product"  # "NeoFace Watch was developed by NEC": what a company makes is a product
            elif label in {"Organization", "Person"} and any(
                    c.dep_ == "relcl" and c.lemma_.lower() in _MAKE_VERBS | {"sell", "market", "license"} - {"publish"}
                    and any(x.dep_ == "dobj" and x.lower_ in {"which", "that"} for x in c.children)
                    and any(x.dep_ == "nsubj" and x.ent_type_ == "ORG" for x in c.children) for c in ent.root.children):
                label = "Product"  # "Foundry, which Palantir sells to companies": what a company sells is a product
            elif _retypable(label, ent) and _org_apposition(ent) is not None:
                label = _org_apposition(ent)  # "MoPub, Twitter's ad network": no person is a network
            elif ent.start > 0 and doc[ent.start - 1].lower_ in _FIRM_WORDS and doc[ent.start - 1].is_lower and _retypable(label, ent):
                label = "Company"  # "acquired carpool startup Ridewell", "insurer Aviva", however parsed
            elif label == "Organization" and (_org_apposition(ent) == "GovernmentAgency" or _office_apposition(ent)):
                label = "GovernmentAgency"  # "the country's data protection office, UODO": a public body
            elif label == "Person" and len(ent) == 1 and ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"of", "at"} \
                    and not any(c.dep_ in {"compound", "poss", "nmod"} for c in ent.root.children) \
                    and ent.root.head.head.pos_ == "NOUN" and (ent.root.head.head.lemma_.lower() in P.LEAD_TITLES | {"officer", "employee", "engineer", "spokesperson", "spokeswoman", "spokesman"}):
                label = "Organization"  # "the former chief executive of Theranos": one word after a title is an organisation's name
            elif (label == "Person" or ent.label_ in {"GPE", "LOC"} and len(ent) == 1) and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" \
                    and ent.root.head.head.pos_ == "NOUN" and ent.root.head.head.lemma_.lower() in {"subsidiary", "division", "unit", "affiliate", "arm", "parent", "owner"}:
                label = "Organization"  # "a subsidiary of Franklin Templeton", "of Socar": a person's or place's name that names a firm
            elif label == "Person" and ent.root.dep_ == "dobj" and (ent.root.head.lemma_.lower() in {"acquire", "buy"} or ent.root.head.lemma_.lower() == "take"
                                                                    and any(c.dep_ == "prt" and c.lower_ == "over" for c in ent.root.head.children)) and any(
                    x.pos_ in {"PROPN", "NOUN"} and x.text[:1].isupper() and x.ent_type_ != "PERSON" for c in ent.root.head.children if c.dep_ == "nsubj" for x in c.subtree):
                label = "Organization"  # "Lyft acquired Ridewell": a company buys no person
            elif label == "Person" and ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"with", "at"} and ent.root.head.head.dep_ == "appos" \
                    and ent.root.head.head.lemma_.lower() in {"attorney", "lawyer", "partner", "associate", "analyst", "counsel", "solicitor", "barrister", "consultant"}:
                label = "Organization"  # "Ryan Saba, an attorney with Rosen Saba": the firm one works at
            elif label == "Person" and len(ent) == 1 and ent.end + 1 < len(doc) and doc[ent.end].tag_ == "POS" and any(
                    t.lemma_.lower() in P.TOP_TITLES - {"head", "leader", "boss", "owner", "lead"} or t.lower_ in {"ceo", "executive"}
                    or t.lower_ == "head" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"  # "TfL's head of policy"
                    for t in doc[ent.end + 1:ent.end + 4] if t.head.i == ent.root.head.i or t.i == ent.root.head.i):
                label = "Organization"  # "Blizzard's president": a one-word name with a president
            if label is None:
                continue
            if len(ent) > 1 and ent[-1].text in _LAW_WORDS or ent.text in _MEMBERS_OF_PARLIAMENT:
                continue  # "the Data Protection Act" is a law; "MPs" are no one body
            if label == "Organization" and _workplace_place(ent):
                continue  # "Foxconn's factory in Hengyang", "studios in Leeds, Lincoln and London": places
            # cut at line breaks, and before a bracket NER ran on into ("the Office of the Data
            # Protection Commissioner (ODPC": the abbreviation is read as such)
            bracket = next((i for i in range(ent.start + 1, ent.end) if doc[i].text == "("), None)
            if bracket is not None:
                ent = doc[ent.start:bracket]
            pieces, s = [], ent.start
            for i in range(ent.start, ent.end):
                if "\n" in doc[i].text or (i < ent.end - 1 and "\n" in doc[i].whitespace_):
                    if "\n" in doc[i].text:
                        pieces.append((s, i))
                    else:
                        pieces.append((s, i + 1))
                    s = i + 1
            pieces.append((s, ent.end))
            # "Pichai, Greene": one-word names in a list, read by NER as one name
            split: list[tuple[int, int]] = []
            for s, e in pieces:
                commas = [i for i in range(s, e) if doc[i].text == ","]
                bounds = [s - 1, *commas, e]
                parts = [(a + 1, b) for a, b in zip(bounds, bounds[1:])]
                if commas and all(b - a == 1 and doc[a].is_title for a, b in parts):
                    split += parts
                else:
                    split.append((s, e))
            pieces = split
            for s, e in pieces:
                # drop tokens covered by the gazetteer, keep the rest as its own name
                run: list[int] = []
                for i in list(range(s, e)) + [None]:
                    if i is not None and not taken[i]:
                        run.append(i)
                        continue
                    if run:
                        a, b = _trim(doc, run[0], run[-1] + 1)
                        while label == "Person" and b - a > 2 and doc[a].lower_ in _NAME_TITLES:
                            a += 1  # "COO Jane Roe": the title NER took into the name
                        generic_head = b - a == 1 and b - a < e - s and doc[a].lower_ in _GENERIC_NAME_WORDS
                        # ("Alphabet Chief Executive Sundar Pichai": the title between two names names no one)
                        title_only = b - a < e - s and all(doc[i].lower_ in _TITLE_WORDS for i in range(a, b))
                        if b > a and not generic_head and not title_only:
                            out.append((a, b, label, s))
                        run = []
        return out

    def _made_by_named(self, t) -> bool:
        """``"Predator is developed by Cytrox"``, ``"CLEAR, a service sold by Thomson Reuters"``:
        a one-word name, no English word, that a maker NER found makes or sells."""
        if not t.is_alpha or len(t) < 3 or not (t.is_title or t.is_upper) or self._common_word(t.text) and not t.is_upper:
            return False
        verbs = ([t.head] if t.dep_ == "nsubjpass" else []) + [a for n in t.children if n.dep_ == "appos" and n.lemma_.lower() in P.PRODUCT_NOUNS
                                                              for a in n.children if a.dep_ == "acl" and a.tag_ == "VBN"]
        return any(v.lemma_.lower() in _MAKE_VERBS | {"sell", "market", "license"} and not any(c.dep_ == "neg" for c in v.children)
                   and any(p.ent_type_ in {"ORG", "GPE"} and p.text[:1].isupper() for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj")
                   for v in verbs)

    def _join_firm_names(self, doc) -> None:
        """``"Nzili and Sumbi Advocates"``: partners' names joined by "and" and ended by a
        firm's word are one organisation's name (NER takes the names for people)."""
        ents = list(doc.ents)
        spans = []
        for t in doc:
            if t.lower_ not in _FIRM_TAILS or not t.is_title or t.i < 3:
                continue
            mid = _title_run(doc, t.i)
            if mid == t.i or mid < 2 or doc[mid - 1].lower_ not in {"and", "&"}:
                continue
            start = _title_run(doc, mid - 1)
            if start == mid - 1 or any(self.gaz.lookup(doc[i].text) for i in range(start, t.i)):
                continue
            if any(x.start < t.i + 1 and start < x.end and x.label_ not in {"PERSON", "ORG", "GPE", "NORP"} for x in ents):
                continue
            spans.append((start, t.i + 1))
        if spans:
            keep = [x for x in ents if not any(x.start < b and a < x.end for a, b in spans)]
            doc.ents = keep + [doc.char_span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), label="ORG") for a, b in spans]

    def _extend_left(self, doc) -> None:
        """``"Solidaires Informatique"``: NER often starts a foreign name one word late when
        the tagger took its first word for a verb. Extend an organisation's, product's or
        person's name leftwards over capitalised words that are no English word the lexicon
        knows, no other name and no known name of their own."""
        ents = list(doc.ents)
        starts = {x.start for x in ents}
        changed = False
        for n, ent in enumerate(ents):
            if ent.label_ not in {"ORG", "PRODUCT", "PERSON"}:
                continue
            k = ent.start
            while k > 0 and ent.start - k < 2 and k - 1 not in starts and not doc[k - 1].ent_type_:
                p = doc[k - 1]
                low = p.lower_
                initial = ent.label_ == "ORG" and len(p.text) == 1 and p.is_upper and p.dep_ == "compound" and p.pos_ == "PROPN"  # "Q Cyber Technologies"
                if not (self._foreign_word(p) or initial) or "\n" in p.whitespace_:
                    break
                if self.gaz.lookup(p.text) is not None or p.text in self.surnames:
                    break
                k -= 1
            if k < ent.start:
                ents[n] = doc[k:ent.end]
                ents[n].label_ = ent.label_
                changed = True
        if changed:
            doc.ents = ents

    def _known_name_words(self, doc, known: tuple, e: int, label: str, headline: bool, body_text: str) -> tuple | None:
        """``"YouTube Music"``, ``"Grindr United"``: NER took a known company's name and the
        capitalised words after it for one name. The whole is one name: a union's when it
        ends like one, a product of the company when NER or a product noun says so, else a
        unit of it. None when the words after it are no name words
        ("Amazon Workers", "Google CEO", "Apple Admits"). Returns a raw mention and the
        company it belongs to."""
        s0, s, name, typ, _ = known
        words = doc[s:e]
        if not words:
            return None
        last = words[-1].lower_
        union = last in _UNION_WORDS | P.GROUP_NAME_HEADS | {"united", "solidarity"}
        # (an outlet's staff name their union after it too: "the Vox Tech Guild")
        if not (typ == "Company" or typ == "NewsOutlet" and union) or not 1 <= len(words) <= 3 or label not in {"Organization", "Product", "Person"}:
            return None
        for t in words:
            low = t.lower_
            if not (t.is_alpha and t.text[:1].isupper()) or t.pos_ not in {"PROPN", "NOUN", "ADJ"} or t.text in _NOT_NAMES and not _country_word(t) \
                    or t.text in _EVENT_WORDS:
                return None
            if t.lemma_.lower() in P.WORKER_NOUNS or low.rstrip("s") in P.WORKER_NOUNS or low in P.ROLE_NOUNS | P.LEAD_TITLES | P.TOP_TITLES or self._verb_word(t):
                return None
            if low in _GENERIC_NAME_WORDS and not (union and t.i == e - 1 and low in {"union", "guild"}):
                return None
        if label == "Person" and not self._common_word(words.text):
            return None  # a person's name after all
        text = _clean_text(doc[s0:e].text)
        if headline and text not in body_text:
            return None
        entry = self.gaz.lookup(text)
        if entry is not None:
            return (s0, e, entry.name, entry.type, True, None)
        if union:
            return (s0, e, text, "Organization", False, None)
        if label == "Product" or doc[e - 1].dep_ == "compound" and doc[e - 1].head.lemma_.lower() in _PRODUCT_HEADS or _product_apposition(doc[s0:e]):
            return (s0, e, text, "Product", False, name)  # "the Microsoft Teams app": the company's product
        # "AWS ProServe", "Apple Maps" taken for an organisation: a unit of the company (people
        # work there, so it stays an organisation)
        return (s0, e, text, "Organization", False, name)

    def _known(self, text: str) -> bool:
        """Whether the gazetteer knows ``text`` as a name."""
        return self.gaz.lookup(text) is not None

    def _group_name(self, text: str) -> bool:
        """Whether the gazetteer knows ``text`` as a workers' group ("Googlers")."""
        return getattr(self.gaz.lookup(text), "type", None) == "EmployeeGroup"

    # -- main ----------------------------------------------------------------------------

    def _join_national_units(self, doc) -> None:
        """``"Google Israel"``, ``"Amazon India"``, ``"Friends of the Earth France"``: a known
        company's or group's name and a country's, with nothing between, name its national
        subsidiary or chapter (which NER takes for a place). A foreign word after the country
        belongs to the name too ("Amazon France Logistique")."""
        spans = []
        for i in range(1, len(doc)):
            t = doc[i]
            if not (_country_word(t) or t.is_title and t.lower_ in _CONTINENTS and not (i + 1 < len(doc) and doc[i + 1].is_title)) \
                    or doc[i - 1].whitespace_ != " " or doc[i - 1].is_punct or doc[i - 1].tag_ == "POS":
                continue  # (not "Fujitsu's Europe director")
            if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].ent_type_ == "GPE":
                continue  # "Google New York": a place of two words, more likely an office
            for s0 in range(max(0, i - 4), i):
                entry = self.gaz.lookup(doc[s0:i].text)
                if entry is not None and entry.type in _NATIONAL_UNIT_TYPES and (s0 == 0 or not doc[s0 - 1].is_title) \
                        and doc[s0:i + 1].text not in {"Amazon Prime"}:
                    e = i + 1
                    while e < len(doc) and e - i < 3 and doc[e - 1].whitespace_ and self._foreign_word(doc[e]) and doc[e].ent_type_ not in {"PERSON", "GPE"} \
                            and self.gaz.lookup(doc[e].text) is None and not _legal_suffix(doc[e]):
                        e += 1
                    spans.append((s0, e))
                    break
        _set_org_spans(doc, spans)

    def __call__(self, doc) -> DocEntities:
        self._join_national_units(doc)
        _join_and_names(doc, self._known)
        _join_movement_names(doc, self._group_name)
        _join_kind_names(doc)
        _join_domain_names(doc)
        _join_cut_of_names(doc)
        _join_cut_office_names(doc)
        _join_prosecutors(doc)
        _join_unlabelled_names(doc)
        _join_hyphened_given_names(doc)
        _join_bio_names(doc)
        _join_public_titled_names(doc)
        _join_titled_org_names(doc)
        _join_listed_org_names(doc)
        self._join_firm_names(doc)
        self._extend_left(doc)
        de = DocEntities()
        de.units, de.unit_bounds = split_units(doc)
        taken = [False] * len(doc)
        raw: list[tuple[int, int, str, str, bool]] = []  # start, end, name, type, from gazetteer
        gaz = [g for g in self._gazetteer_spans(doc) if not _first_of_joined_names(doc, *g, known=self._known)]
        for n, (s, e, name, typ) in enumerate(gaz):
            # "the ACLU of Northern California": a regional chapter of a known organisation
            k = e + 1 + (e + 1 < len(doc) and doc[e + 1].lower_ == "the")
            place = None
            if typ in {"AdvocacyGroup", "Organization"} and k < len(doc) and doc[e].lower_ == "of" and doc[e].head.i in range(s, e) and doc[k].ent_iob_ == "B" and doc[k].ent_type_ in {"GPE", "LOC"}:
                place = k
            elif typ in _NATIONAL_UNIT_TYPES - {"Company"} and e < len(doc) and doc[e].ent_iob_ == "I" and doc[s].ent_type_ == "ORG" and _country_word(doc[e]):
                place = e  # "Friends of the Earth France": a national chapter, joined into one name above
            if place is not None:
                end = place + 1
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
                de.parents[_clean_text(doc[s:end].text)] = name
                gaz[n] = (s, end, _clean_text(doc[s:end].text), typ)
            # "the Xinjiang police", "Serbian police": one place's force, not law enforcement at large
            level = 1 if s > 1 and doc[s - 1].lower_ in {"state", "regional", "provincial", "municipal", "city", "county", "federal"} else 0
            if name == "law enforcement" and doc[s].lower_ == "police" and e - s == 1 and s > level and doc[s - 1 - level].ent_type_ in {"GPE", "NORP"} \
                    and doc[s - 1 - level].ent_iob_ in {"B", "I"} and not (n and gaz[n - 1][1] > s - 1 - level):
                # (and "Brandenburg state police": the state's force)
                a = s - 1 - level
                while a > 0 and doc[a].ent_iob_ == "I":
                    a -= 1
                place = _clean_text(doc[a:s - level].text)
                if place.lower().replace(".", "") not in _NATIONAL_PLACES and doc[a].ent_iob_ == "B":
                    gaz[n] = (a, e, f"{_clean_text(doc[a:s].text)} police", "GovernmentAgency")
                    continue
            # "the state police": the state's force the article named before ("the Massachusetts
            # State Police"), not law enforcement at large
            if name == "law enforcement" and doc[s].lower_ == "police" and e - s == 1 and s >= 2 and doc[s - 1].lower_ in {"state", "city", "county"} \
                    and doc[s - 2].lower_ == "the":
                tail = f" {doc[s - 1].lower_} police"
                named = [x for x in [*(_clean_text(x.text) for x in doc.ents if x.end <= s and x.label_ in {"ORG", "GPE", "FAC"}),
                                     *(g[2] for g in gaz[:n])] if x.lower().endswith(tail) and len(x.split()) > 2]
                if named:
                    gaz[n] = (s - 1, e, re.sub(r"^[Tt]he ", "", named[-1]), "GovernmentAgency")
                    continue
            # "South Yorkshire Police", "Thames Valley Police": a force's own name, capitalised,
            # whatever NER made of the place before it
            if name == "law enforcement" and e - s == 1 and doc[s].text == "Police" and s > 0 and not (n and gaz[n - 1][1] > s - 1):
                a = s
                while a > 0 and doc[a - 1].tag_ == "NNP" and doc[a - 1].is_title and doc[a - 1].dep_ == "compound" and doc[a - 1].head.i in range(a, s + 1):
                    a -= 1
                if a < s and doc[a:s].text.lower().replace(".", "") not in _NATIONAL_PLACES:
                    gaz[n] = (a, e, _clean_text(doc[a:e].text), "GovernmentAgency")
        # "Microsoft Workers Alliance", "Acme Tech Workers Union": a named group that starts
        # with a company's name is one name, not the company and a remainder
        for ent in doc.ents:
            # ... and so is "Congress of Essential Workers", which starts with a known name
            of_name = ent.label_ == "ORG" and len(ent) >= 3 and any(t.lower_ == "of" for t in ent[1:-1]) and ent[-1].is_title
            # ... and so is "OpenAI Global LLC", a company with its own legal name
            legal = ent.label_ == "ORG" and len(ent) >= 2 and _legal_suffix(ent[-1])
            # ... and so is "Google Workers for Action on Climate", workers naming their cause, and
            # "Googlers Against Retaliation", a known name for a workforce before the cause
            fors = [t.i for t in ent[1:-1] if t.lower_ in _MOVEMENT_LINKS]
            cause = ent.label_ == "ORG" and bool(fors) and ent[-1].is_title and any(
                t.lemma_.lower() in P.WORKER_NOUNS or t.lower_.rstrip("s") in P.WORKER_NOUNS
                or self._group_name(t.text) for t in doc[ent.start:fors[0]])
            if ent.label_ != "ORG" or len(ent) < 3 and not legal or ent[-1].lower_ not in P.GROUP_NAME_HEADS | P.ADVOCACY_HEADS and not of_name and not legal and not cause:
                continue
            if any(self._verb_word(t) for t in ent):
                continue  # "Google Confirms Search Project": a headline's clause, not one name
            base_end = ent.end - 1
            while legal and base_end > ent.start + 1 and doc[base_end - 1].lower_ in _CORPORATE_FORMS:
                base_end -= 1  # "Ubisoft Entertainment SA" is Ubisoft under its registered name
            if legal and self.gaz.lookup(_clean_text(doc[ent.start:base_end].text)) is not None:
                lead = ent.start + (1 if ent[0].lower_ == "the" else 0)
                gaz = [(g[0], ent.end, g[2], g[3]) if g[0] == lead and g[1] == base_end else g for g in gaz]
                continue
            if legal and self.gaz.lookup(_clean_text(doc[ent.start:ent.end - 1].text)) is None:
                lead = ent.start + (1 if ent[0].lower_ == "the" else 0)
                gaz = [g for g in gaz if not (g[0] == lead and g[1] < ent.end - 1 and g[3] == "Company")]
                continue
            if cause and self.gaz.lookup(_clean_text(ent.text)) is None:
                lead = ent.start + (1 if ent[0].lower_ == "the" else 0)
                gaz = [g for g in gaz if not (lead <= g[0] < ent.end)] + [(lead, ent.end, _clean_text(doc[lead:ent.end].text), "EmployeeGroup")]
                continue
            if self.gaz.lookup(_clean_text(ent.text)) is None:
                lead = ent.start + (1 if ent[0].lower_ == "the" else 0)
                headed = ent[-1].lower_ in P.GROUP_NAME_HEADS | P.ADVOCACY_HEADS
                # ("Access Now and the Electronic Frontier Foundation": two known names coordinated)
                ends_known = any(h[1] == ent.end and h[0] > lead for h in gaz)
                gaz = [g for g in gaz if not (g[0] == lead and g[1] < ent.end and (
                    headed and g[3] in {"Company", "AdvocacyGroup", "Organization"} or of_name and doc[g[1]].lower_ == "of" or cause)
                    and not (ends_known and doc[g[1]].lower_ in {"and", ",", "&"}))]
        for s, e, name, typ in gaz:
            if typ == "EmployeeGroup" and e - s == 1 and doc[s].tag_ in {"NN", "NNP"} and name.endswith(WORKFORCE_SUFFIX):
                # "a former Googler": one worker, no group; the person's employer
                de.demonyms[s] = name.removesuffix(WORKFORCE_SUFFIX)
                de.group_votes[name] = de.group_votes.get(name, 0) + 1
                taken[s] = True
                continue
            raw.append((s, e, name, typ, True))
            for i in range(s, e):
                taken[i] = True
        headlines = _title_case_units(doc, de)
        body_text = "\n".join(doc[a:b].text for u, (a, b) in enumerate(de.unit_bounds) if u not in headlines)
        known_ends = {r[1]: r for r in raw if r[4]}
        for s, e, label, ent_start in self._ner_spans(doc, taken):
            if label == "Person" and e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
                    and doc[e + 1].is_title and not taken[e + 1] and not doc[e + 1].ent_type_:
                e += 2  # "Emily Baker-White": NER stopped at the hyphen
            if label == "Organization" and 3 <= e - s <= 4 and doc[s].text.endswith(".") and doc[s].text.rstrip(".").lower() in _HONORIFICS \
                    and all(t.is_title and t.is_alpha for t in doc[s + 1:e]):
                label = "Person"  # "Reps. Kathy Castor", which NER took for an organisation
            # ("Mr Cosgrave", as British papers print it: the surname, to be resolved like "Cosgrave")
            while label == "Person" and (e - s > 2 or e - s == 2 and doc[s].lower_ in _COURTESY_TITLES and _full_name_elsewhere(doc, s + 1)) and (
                    doc[s].text.rstrip(".").lower() in _HONORIFICS or doc[s].lower_ in _NAME_TITLES and doc[s].is_title):
                taken[s] = True
                s += 1  # "Prof Philip Banfield", "Chief Carmen Best": the name without its honorific or title
            span = doc[s:e]
            text = _clean_text(span.text)
            known = known_ends.get(s)
            if known is not None and known[0] >= ent_start and known[3] == "Company" and (all(t.lower_ in _CORPORATE_TAILS for t in span) or (
                    len(span) <= 2 and span[-1].text in {"Industry", "Industries", "Corporation"})):
                # "Cognizant Technology Solutions": the known company under its legal name
                raw = [r for r in raw if r is not known] + [(known[0], e, known[2], known[3], known[4])]
                for i in range(s, e):
                    taken[i] = True
                continue
            if known is not None and known[0] >= ent_start:
                whole = self._known_name_words(doc, known, e, label, de.units[s] in headlines, body_text)
                if whole is not None:
                    raw = [r for r in raw if r is not known] + [whole[:5]]
                    if whole[5]:
                        de.parents[whole[2]] = whole[5]
                    for i in range(s, e):
                        taken[i] = True
                    continue
            if de.units[s] in headlines and label != "Person" and text not in body_text and doc[e - 1].lower_ not in _ORG_LAST_WORDS:
                continue  # "Employees Stage a Walkout Over Trump's Posts": a headline's capitals
            if not text or not any(c.isupper() for c in text) or text.startswith(("@", "#")) and label != "Organization":
                continue
            if text.startswith("@") or text.lower() in P.ROLE_NOUNS or text.lower() in P.LEAD_TITLES or text in _NOT_NAMES:
                continue
            if e - s == 1 and span[0].lower_ in _GENERIC_NAME_WORDS:
                # "the Times" after "The New York Times": the one outlet named so that ends so
                ends = {(r[2], r[3]) for r in raw if r[0] < s and r[3] == "NewsOutlet" and r[1] - r[0] > 1
                        and r[2].split()[-1].lower() == span[0].lower_}
                if len(ends) == 1:
                    name, typ = next(iter(ends))
                    raw.append((s, e, name, typ, True))
                    taken[s] = True
                continue  # "the Magazine", "the Company": a capitalised kind, no name
            # "Will Cathcart": a first name that is also a modal verb
            given_will = label == "Person" and span[0].text == "Will" and e - s > 1 and span[1].is_title
            if any(t.lower_ in _VERBISH and not (given_will and t.i == s) for t in span) \
                    or label != "Person" and any(self._verb_word(t) for t in span) or any(
                    t.lower_.endswith("ed") and self._verb_word(t) for t in span[1:]):
                continue  # "Apple Admits Slowing Old iPhones", "Cloud Boss Defended Selling ...": a headline's clause
            # (but "Courier Workers Collective", "Drivers Union": workers naming their group)
            named_group = e - s > 1 and span[-1].lower_ in P.GROUP_NAME_HEADS | P.ADVOCACY_HEADS and all(t.is_title or t.is_upper for t in span)
            # ... and "Drivers Union of Nigeria", the group's head before "of"
            named_group = named_group or e - s > 3 and any(t.lower_ in P.GROUP_NAME_HEADS | P.ADVOCACY_HEADS and doc[t.i + 1].lower_ == "of" for t in span[1:-1]) \
                and all(t.is_title or t.is_upper or t.lower_ in {"of", "the", "and", "&"} for t in span)
            if (span[0].lemma_.lower() in P.WORKER_NOUNS or span[0].lower_.rstrip("s") in P.WORKER_NOUNS) and not named_group or span[0].pos_ in {"VERB", "AUX"} and not (
                    self._foreign_word(span[0]) or given_will) or span[0].tag_ in {"VBD", "VBN"} or span[0].is_lower:
                continue  # "Employees Stage Walkout", "fired a warehouse worker": not names
            if label in {"Organization", "Product"} and e - s >= 2 and span[-1].is_lower and (span[-2].is_title or span[-2].is_upper) \
                    and span[-1].lower_ in (_KIND_NOUNS if label == "Organization" else P.PRODUCT_NOUNS | _MADE_THINGS):
                e -= 1  # "the SUD Commerce union", "its Graphite spyware": the names are "SUD Commerce", "Graphite"
                span = doc[s:e]
                text = _clean_text(span.text)
            unit = label == "Organization" and e - s >= 2 and e < len(doc) and doc[e].lower_ in _UNIT_NOUNS and span.root.dep_ == "compound" and span.root.head.i == e
            if unit:
                e += 1  # "the Ethical AI team", "Google's Open Research group": the unit's name
                span = doc[s:e]
                text = _clean_text(span.text)
            if all(t.pos_ not in {"PROPN", "NOUN", "X"} for t in span):
                continue
            if label == "Organization" and 2 <= e - s <= 4 and self.gaz.lookup(text) is None and _person_apposition(span) \
                    and span[-1].lower_ not in _ORG_LAST_WORDS:
                label = "Person"  # "Donncha Ó Cearbhaill, head of the Amnesty Security Lab": a person's job
            entry = self.gaz.lookup(text)
            if entry is not None and label == "Person" and entry.type != "Person" and not text.isupper() and all(
                    a.isupper() for a in entry.aliases if name_key(a) == name_key(text)):
                entry = None  # "Jane Doe ... Doe's testimony": a person, not the DOE
            root = span.root
            if entry is None and label == "Organization" and root.dep_ in {"compound", "nmod"}:
                # "its Commerce Cloud e-commerce software", NER taking only "Commerce": the
                # name runs on through the capitalised words before the product noun
                k = e
                while k < len(doc) and not taken[k] and doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].dep_ in {"compound", "nmod"}:
                    k += 1
                head = _product_head(doc[k - 1])
                if k > e and head is not None:
                    e, span = k, doc[s:k]
                    text, root = _clean_text(span.text), span.root
            if entry is not None:
                raw.append((s, e, entry.name, entry.type, True))
            elif root.dep_ in {"compound", "nmod"} and _product_head(root) is not None and label != "Person" and _org_type(text.split()) == "Organization":
                # "its Investigative Case Management software", "the Finacle banking platform"
                raw.append((s, e, text, "Product", False))
            elif root.dep_ == "compound" and root.head.i >= e and (root.head.lemma_.lower() in _PRODUCT_HEADS or root.head.lemma_.lower() in _MADE_THINGS
                                                                  and root.head.tag_ in {"NN", "NNS"} and any(c.dep_ == "poss" for c in root.head.children)) and (
                    label != "Organization" or _org_type(text.split()) == "Organization"):
                # "its Investigative Case Management software": a name heading a product noun
                raw.append((s, e, text, "Product", False))
            elif label == "Organization" and not unit and _org_type(text.split()) == "Organization" and _org_apposition(span) is not None:
                raw.append((s, e, text, _org_apposition(span), False))  # "Datatilsynet, Norway's data protection authority"
            elif label == "Organization" or label == "Product" and _named_org(span):
                raw.append((s, e, text, "Organization" if unit else _org_type(text.split()), False))
            else:
                raw.append((s, e, text, label, False))
            for i in range(s, e):
                taken[i] = True
        # "Laurence Berland and Kathryn Spiers", the first a known person: names in a list are alike
        person_at = {i: r for r in raw if r[3] == "Person" for i in range(r[0], r[1])}
        for n, (s, e, name, typ, gaz) in enumerate(raw):
            if typ != "Organization" or gaz or not 2 <= e - s <= 3 or not all(t.is_title and t.is_alpha for t in doc[s:e]) \
                    or doc[e - 1].lower_ in _ORG_LAST_WORDS or self.gaz.lookup(name) is not None:
                continue
            root = doc[s:e].root
            near = ([root.head] if root.dep_ == "conj" else []) + [c for c in root.children if c.dep_ == "conj"]
            if any(x.i in person_at and person_at[x.i][1] - person_at[x.i][0] >= 2 for x in near):
                raw[n] = (s, e, name, "Person", gaz)
        # names NER missed that an apposition or "called" says are a company's product:
        # "Lattice, Anduril's AI software", "Accurint, a LexisNexis product", "a system called FALCON";
        # or that a named maker makes or sells: "Predator is developed by Cytrox"
        i = 0
        while i < len(doc):
            t = doc[i]
            made = not taken[i] and not t.ent_type_ and t.pos_ in {"PROPN", "NOUN"} and not (i > 0 and doc[i - 1].ent_type_) \
                and not (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN") and self._made_by_named(t)
            if not made and (taken[i] or t.pos_ != "PROPN" or not (t.is_title or t.is_upper) or t.is_sent_start and i + 1 < len(doc) and doc[i + 1].text != ","):
                i += 1
                continue
            j = i
            while j + 1 < len(doc) and not taken[j + 1] and doc[j + 1].pos_ == "PROPN" and (doc[j + 1].is_title or doc[j + 1].is_upper):
                j += 1
            span = doc[i:j + 1]
            head = span.root.head
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            possessed = span.root.dep_ in {"compound", "nmod"} and head.i > j and _product_head(span.root) is not None \
                and not any(self.gaz.lookup(doc[k].text) for k in range(i, j + 1))
            if made or _product_apposition(span) or possessed or span.root.dep_ in {"oprd", "attr"} and span.root.head.lemma_.lower() in {"call", "name", "dub"} \
                    and span.root.head.dep_ == "acl" and span.root.head.head.lemma_.lower() in _PRODUCT_HEADS | _MADE_THINGS:
                text = _clean_text(span.text)
                if self.gaz.lookup(text) is None and len(text) > 2:
                    raw.append((i, j + 1, text, "Product", False))
                    for k in range(i, j + 1):
                        taken[k] = True
            i = j + 1
        raw += self._governments(doc, taken)
        raw = [(s, e, name, _introduced_group(doc, s) or (_group_type(doc[s:e].root) if typ == "Organization" else typ) if not gaz_hit else typ, gaz_hit)
               for s, e, name, typ, gaz_hit in raw]
        # "Equality Labs, an Oakland-based civil rights group", "a group called The Congress of
        # Essential Workers": what the text calls a name outweighs the company or agency word in it
        grouped = {name: kind for s, e, name, typ, gaz_hit in raw if typ in {"Company", "GovernmentAgency"} and not gaz_hit
                   for kind in [_group_type(doc[s:e].root)] if kind != "Organization"}
        raw = [(s, e, name, grouped.get(name, typ) if not gaz_hit else typ, gaz_hit) for s, e, name, typ, gaz_hit in raw]
        # "the French oil major Total", "the oilfield services giant X": a name the text
        # introduces as a company is one, whatever NER took it for
        raw = [(s, e, name, "Company" if typ == "Product" and not gaz_hit and any(
            c.dep_ in {"amod", "compound"} and c.i < s and c.lemma_.lower() in P.COMPANY_NOUNS | {"major", "maker"}
            for c in doc[s:e].root.children) else typ, gaz_hit) for s, e, name, typ, gaz_hit in raw]
        raw = _versions(doc, raw, taken)
        raw += _unnamed_people(doc, taken)
        raw = _union_locals(doc, sorted(raw), taken)
        headline_toks = {i for u in headlines for i in range(*de.unit_bounds[u])}
        de.parents.update(self._resolve_names(doc, raw, taken, headline_toks, body_text))
        # "goes by Dude", "Hey Dude": a lone common word NER took for a person, that names
        # nobody the article names in full
        # ... but "Felicity Lawrence", of which NER took only the surname, is the whole name
        lone = [r for r in raw if r[3] == "Person" and not r[4] and " " not in r[2] and r[2] == doc[r[0]:r[1]].text
                and r[2][:1].isupper() and self._common_word(r[2])]
        for r in lone:
            raw.remove(r)
            if _given_name_before(doc, r[0], taken):
                taken[r[0] - 1] = True
                raw.append((r[0] - 1, r[1], _clean_text(doc[r[0] - 1:r[1]].text), "Person", False))
        raw = sorted(_made_products(doc, raw))
        raw = _recurring_longer_names(doc, raw, de.parents)
        return self._discourse(doc, de, raw)

    def _governments(self, doc, taken: list[bool]) -> list:
        """A country's government as a party: "the Mexican government" (named so), "the
        governments of Mexico and Saudi Arabia" (each country named); a city's government as
        its mayor's office names it ("Chicago Mayor Lori Lightfoot", "the mayor of Austin")."""
        out = []

        def place(q, drop_the: bool = False) -> tuple[int, int] | None:
            """The whole place name the GPE token ``q`` is in, if no other name took it."""
            s0, e0 = q.i, q.i + 1
            while s0 > 0 and doc[s0 - 1].ent_type_ == "GPE" and q.ent_iob_ != "B":
                s0 -= 1
            while e0 < len(doc) and doc[e0].ent_type_ == "GPE" and doc[e0].ent_iob_ == "I":
                e0 += 1
            if drop_the and doc[s0].lower_ == "the":
                s0 += 1
            return None if any(taken[k] for k in range(s0, e0)) else (s0, e0)

        def add(s0: int, e0: int, key: str, name: str) -> None:
            entry = self.gaz.lookup(key)
            out.append((s0, e0, entry.name if entry else name, "GovernmentAgency", bool(entry)))
            for k in range(s0, e0):
                taken[k] = True

        for t in doc:
            county = t.i > 1 and doc[t.i - 1].text in {"County", "Parish"} and doc[t.i - 2].is_title and doc[t.i - 2].pos_ == "PROPN"
            if t.lower_ in {"sheriff", "gov.", "governor"} and t.is_title and 0 < t.i < len(doc) - 1 and (doc[t.i - 1].ent_type_ == "GPE" or county) \
                    and doc[t.i + 1].ent_type_ == "PERSON":
                # "Suffolk County Sheriff Errol Toulon": the county's sheriff's office; "Rhode Island
                # Gov. Dan McKee": the state he governs
                sp = place(doc[t.i - 1]) if doc[t.i - 1].ent_type_ == "GPE" else (t.i - 2, t.i)
                if sp is not None and any(taken[k] for k in range(*sp)):
                    sp = None
                if sp is not None:
                    text = _clean_text(doc[sp[0]:sp[1]].text)
                    name = f"{text} Sheriff's Office" if t.lower_ == "sheriff" else text
                    add(*sp, name, name)
                continue
            if t.lower_ in {"city", "state"} and (t.pos_ == "NOUN" or t.text in {"City", "State"}) and not taken[t.i]:
                # "a spokeswoman for the city of San Diego": the city's government
                # ("the City of Evanston": a capitalised City names a city, whatever NER made of it)
                def named_place(p) -> bool:
                    return p.ent_type_ == "GPE" or t.text in {"City", "State"} and p.pos_ == "PROPN" and p.ent_type_ in {"", "ORG", "GPE"}

                ofs = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" and named_place(p)]
                if not ofs and t.text in {"City", "State"} and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" and named_place(doc[t.i + 2]):
                    ofs = [doc[t.i + 2]]  # "the City of Boston's contract": the parser hung the place on what follows
                for p in ofs:
                    sp = place(p) if p.ent_type_ == "GPE" else ((p.i, p.i + 1) if not taken[p.i] else None)
                    if sp is not None and sp[0] < t.i + 2 <= p.i:
                        sp = (t.i + 2, sp[1])  # ("The City of Boston" taken whole for the place)
                    if sp is not None and sp[0] == t.i + 2:
                        text = _clean_text(doc[sp[0]:sp[1]].text)
                        name = f"{t.lower_.title()} of {text}"
                        add(t.i, sp[1], name, name)
                continue
            if t.lemma_.lower() == "mayor":
                places = [c for c in t.children if c.dep_ == "compound" and c.i < t.i and c.ent_type_ == "GPE"]
                # "the mayor of Chicago", and "Mayor Brandon Johnson of Chicago"
                titled = [t, t.head] if t.dep_ == "compound" and t.head.pos_ == "PROPN" else [t]
                places += [p for h in titled for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                           if p.dep_ == "pobj" and p.ent_type_ == "GPE"]
                for sp in filter(None, map(place, places)):
                    text = _clean_text(doc[sp[0]:sp[1]].text)
                    name = text if text.split()[-1] == "City" else f"City of {text}"
                    add(*sp, name, name)
            if t.lower_ in {"department", "ministry"} and t.is_lower:
                # "the Karnataka labour department", "the Hesse interior ministry": a state's own
                # department, named by its place and its field
                mods = [c for c in t.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < t.i]
                if mods and mods[0].ent_type_ in {"GPE", "NORP"} and all(
                        x.is_lower and x.is_alpha for x in doc[mods[0].i + 1:t.i] if x.ent_type_ not in {"GPE", "NORP"}) \
                        and t.i - mods[0].i >= 2 and doc[t.i - 1].ent_type_ not in {"GPE", "NORP"}:
                    sp = place(mods[0])
                    if sp is not None and not any(taken[k] for k in range(sp[0], t.i + 1)):
                        text = _clean_text(doc[sp[0]:t.i + 1].text)
                        add(sp[0], t.i + 1, text, text)
                continue
            if t.lower_ in _ARMED_FORCES and t.pos_ in {"NOUN", "ADJ"} and t.dep_ not in {"amod", "compound"} and not taken[t.i]:
                # "the Saudi military"; "the Israeli government and (its) military": the same
                # country's armed forces, named by the place its government is named by
                mods = [c for c in t.children if c.dep_ in {"amod", "compound"} and c.i < t.i and c.ent_type_ in {"NORP", "GPE"}]
                if not mods and t.dep_ == "conj" and t.head.lemma_.lower() == "government" and not any(
                        c.dep_ in {"amod", "compound"} and c.ent_type_ not in {"NORP", "GPE"} for c in t.children) \
                        and all(c.lower_ in {"its", "their"} for c in t.children if c.dep_ == "poss"):
                    mods = [c for c in t.head.children if c.dep_ in {"amod", "compound"} and c.i < t.head.i and c.ent_type_ in {"NORP", "GPE"}]
                sp = place(mods[0], drop_the=True) if mods and mods[0].ent_type_ == "GPE" else (_ent_start(doc, mods[0].i), mods[0].i + 1) if mods else None
                if sp is not None and (mods[0].head.i == t.i and not any(taken[k] for k in range(sp[0], t.i + 1)) or mods[0].head.i != t.i):
                    place = _clean_text(doc[sp[0]:sp[1]].text)
                    text = f"{place} {t.lower_}"
                    start = sp[0] if mods[0].head.i == t.i else t.i
                    if place.lower().replace(".", "") not in _NATIONAL_PLACES:  # (the U.S. military is the Defense Department's)
                        add(start, t.i + 1, text, text)
                continue
            if t.lemma_.lower() != "government" or t.pos_ != "NOUN":
                continue
            mods = [c for c in t.children if c.dep_ in {"amod", "compound"} and c.i < t.i and c.ent_type_ in {"NORP", "GPE"}]
            if mods and not any(taken[k] for k in range(mods[0].i, t.i + 1)) and t.tag_ == "NN":
                text = _clean_text(doc[mods[0].i:t.i + 1].text)
                add(mods[0].i, t.i + 1, text, text)
                continue
            for c in t.children:
                if c.dep_ != "prep" or c.lower_ != "of":
                    continue
                for p in c.children:
                    for q in [p, *p.conjuncts] if p.dep_ == "pobj" else []:
                        if q.ent_type_ != "GPE" or taken[q.i]:
                            continue
                        sp = place(q, drop_the=True)
                        if sp is not None:
                            text = _clean_text(doc[sp[0]:sp[1]].text)
                            add(*sp, f"government of {text}", text)
        return out

    def _resolve_names(self, doc, raw: list, taken: list[bool], headline_toks: set[int] = frozenset(), body_text: str = "") -> dict[str, str]:
        """In-article name resolution: surnames and first names to full person names,
        short org names to the longer name they start, acronyms in brackets to the name
        before them; then orphan proper nouns that are known surnames."""
        self_parents: dict[str, str] = {}
        ents = list(doc.ents)
        persons = [r for r in raw if r[3] == "Person" and " " in r[2]]
        last: dict[str, set[str]] = {}
        first: dict[str, set[str]] = {}
        for r in persons:
            parts = r[2].split()
            last.setdefault(parts[-1].lower(), set()).add(r[2])
            first.setdefault(parts[0].lower(), set()).add(r[2])
        orgs = [r for r in raw if r[3] in ORG_TYPES and " " in r[2] and not r[4]]
        org_first: dict[str, set[tuple[str, str]]] = {}
        for r in orgs:
            org_first.setdefault(r[2].split()[0].lower(), set()).add((r[2], r[3]))
        first_names = first
        # "Riot" for "Riot Games", "Blizzard" for "Blizzard Entertainment", even when NER
        # took the short form for a person
        org_first_any: dict[str, set[tuple[str, str]]] = {}
        for r in raw:
            if r[3] in ORG_TYPES and " " in r[2] and r[2].split()[0] == doc[r[0]].text:
                org_first_any.setdefault(r[2].split()[0].lower(), set()).add((r[2], r[3]))
        acronyms: dict[str, tuple[str, str]] = {}
        for r in raw:
            s, e = r[0], r[1]
            if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and doc[e + 1].text.isupper() and len(doc[e + 1].text) >= 2:
                acronyms[doc[e + 1].text] = (r[2], r[3])

        def add_found(s: int, e: int, kind: str) -> None:
            # a name found by its context: the gazetteer's entry where it has one, else a new
            # name of the kind the context gives
            name = _clean_text(doc[s:e].text)
            entry = self.gaz.lookup(name)
            raw.append((s, e, entry.name if entry else name, entry.type if entry else kind, bool(entry)))
            for i in range(s, e):
                taken[i] = True

        def place_of_agency(s: int, longer: set[tuple[str, str]]) -> bool:
            # "Chicago" after "the Chicago Police Department", "Israel" after "the Israel
            # Defense Forces": the place an agency is named after is not the agency
            return doc[s].ent_type_ in {"GPE", "LOC"} and all(tp == "GovernmentAgency" for _, tp in longer)

        for n, (s, e, name, typ, gaz) in enumerate(raw):
            if gaz or " " in name:
                continue
            low = name.lower()
            if name in acronyms:
                raw[n] = (s, e, acronyms[name][0], acronyms[name][1], False)
            elif low in last and len(last[low]) == 1 and (typ == "Person" or low not in org_first):
                raw[n] = (s, e, next(iter(last[low])), "Person", False)
            elif low in org_first and len(org_first[low]) == 1 and typ != "Person" and not place_of_agency(s, org_first[low]):
                nm, tp = next(iter(org_first[low]))
                raw[n] = (s, e, nm, tp, False)
            elif low in first and len(first[low]) == 1 and typ == "Person":
                raw[n] = (s, e, next(iter(first[low])), "Person", False)
            elif low in org_first_any and len(org_first_any[low]) == 1 and low not in first and low not in last and not place_of_agency(s, org_first_any[low]):
                nm, tp = next(iter(org_first_any[low]))
                raw[n] = (s, e, nm, tp, False)
            elif name in self.surnames and typ in {"Person", "Organization"} and _given_name_before(doc, s, taken):
                # "Ash Parrish" read as "Ash" + the surname of a known Janneke Parrish: another person
                raw[n] = (s - 1, e, _clean_text(doc[s - 1:e].text), "Person", False)
                taken[s - 1] = True
            elif name in self.surnames and typ in {"Person", "Organization"}:
                entry = self.surnames[name]
                raw[n] = (s, e, entry.name, entry.type, True)
        single_orgs = {r[2]: r[3] for r in raw if r[3] in ORG_TYPES and " " not in r[2] and r[2] == doc[r[0]:r[1]].text}
        # "POLITICO Focus": a known organisation's name followed by more name words is a unit of it
        for n, (s, e, name, typ, gaz) in enumerate(list(raw)):
            if not gaz or typ not in ORG_TYPES or e >= len(doc):
                continue
            k = e
            while k < len(doc) and not taken[k] and doc[k].pos_ == "PROPN" and (doc[k].is_title or _legal_suffix(doc[k])) \
                    and doc[k].text not in _EVENT_WORDS and not self._verb_word(doc[k]):
                k += 1
            if k == e or k < len(doc) and (doc[k].text in _EVENT_WORDS or self._verb_word(doc[k])) or not (e <= doc[e - 1].head.i < k):
                continue
            if s in headline_toks and _clean_text(doc[s:k].text) not in body_text:
                continue  # "Google Confirms Censored China Search Project": a headline's capitals
            if _legal_suffix(doc[k - 1]) and all(_legal_suffix(doc[i]) or doc[i].lower_.replace(".", "") in _CORPORATE_FORMS for i in range(e, k)) or typ == "NewsOutlet" and all(
                    doc[i].lower_ in {"magazine", "newspaper"} for i in range(e, k)):
                # "Activision Blizzard Inc.": the same company with its legal suffix; "Wired
                # Magazine": the same outlet
                raw[n] = (s, k, name, typ, gaz)
                for i in range(e, k):
                    taken[i] = True
                continue
            if any(ent.start <= e < ent.end and ent.label_ in {"PRODUCT", "EVENT", "DATE", "WORK_OF_ART", "PERSON", "GPE", "LOC", "FAC"} for ent in ents):
                continue
            root = doc[k - 1]
            if typ in {"Company", "NewsOutlet"} and root.lower_ in _STAFF_UNION_HEADS:
                # "the Vox Tech Guild", "Grindr United": its workers organised under its name
                raw[n] = (s, k, _clean_text(doc[s:k].text), "EmployeeGroup", False)
                for i in range(e, k):
                    taken[i] = True
                continue
            unit_like = (
                any(c.dep_ in {"compound", "amod", "appos"} and c.lemma_.lower() in P.PART_NOUNS for c in root.children)
                or (root.dep_ == "appos" and root.head.lemma_.lower() in P.PART_NOUNS)
                or root.lower_ in P.COMPANY_HEADS | P.AGENCY_HEADS | P.ADVOCACY_HEADS | P.OUTLET_HEADS | {"research", "studios", "ventures"}
            )
            if not unit_like:
                continue
            rest = doc[e:k].text
            full = rest if rest in single_orgs else doc[s:k].text
            raw[n] = (s, k, full, "Organization", False)
            self_parents[full] = name
            for i in range(e, k):
                taken[i] = True
        # "agencies including Edelman and GMMB": examples of an organisation noun are organisations
        ner_at = {r[0]: n for n, r in enumerate(raw) if not r[4] and r[1] - r[0] == 1}
        # ... and a name NER read whole ("Far Cry"), keyed by its last word
        ner_at.update({r[1] - 1: n for n, r in enumerate(raw) if not r[4] and r[1] - r[0] > 1 and r[1] - 1 not in ner_at
                       and doc[r[1] - 1].pos_ == "PROPN" and all(x.text[:1].isupper() or x.text == "-" for x in doc[r[0]:r[1]])})
        for t in doc:
            retype = t.i in ner_at and raw[ner_at[t.i]][3] in {"Person", "Organization"}
            if (taken[t.i] and not retype) or t.pos_ != "PROPN" or t.dep_ not in {"pobj", "conj"} or not t.text[:1].isupper():
                continue
            first = t
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            prep = first.head
            if first.dep_ != "pobj" or not (prep.lower_ in {"including", "like"} or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))):
                continue
            kind = _EXAMPLE_KINDS.get(prep.head.lemma_.lower())
            if kind is None and prep.head.lower_ == "such":
                kind = _EXAMPLE_KINDS.get(prep.head.head.lemma_.lower())
            if kind is None:
                continue
            if retype:
                s0, e0, nm, _, _ = raw[ner_at[t.i]]
                raw[ner_at[t.i]] = (s0, e0, nm, kind, False)
                continue
            s = t.i
            while s > 0 and doc[s - 1].dep_ == "compound" and doc[s - 1].pos_ == "PROPN" and doc[s - 1].head.i == t.i and not taken[s - 1]:
                s -= 1
            add_found(s, t.i + 1, kind)
        # orphan proper nouns: known surnames / acronyms / one-word organisations not tagged by NER
        for t in doc:
            # ("Spiers, a security engineer, ...": a surname the article gave in full, tagged as a noun)
            # ... or the subject of a sentence it opens ("Rees criticized Apple", "Rees" read as a plural)
            surname_noun = t.pos_ == "NOUN" and t.is_title and t.lower_ in last and len(last[t.lower_]) == 1 and (
                t.i + 1 < len(doc) and doc[t.i + 1].text == "," or t.head.lemma_.lower() in {"say", "tell", "add", "write"}
                or t.is_sent_start and t.dep_ in {"nsubj", "nsubjpass"} and not any(c.dep_ == "det" for c in t.children))
            if taken[t.i] or t.pos_ != "PROPN" and not surname_noun:
                continue
            low = t.text.lower()
            k = t.i
            if k + 2 < len(doc) and doc[k + 1].text == "-" and not t.whitespace_ and not doc[k + 1].whitespace_ and not any(taken[k:k + 3]):
                hyphenated = f"{low}-{doc[k + 2].text.lower()}"
                if hyphenated in last and len(last[hyphenated]) == 1:
                    # "Ocasio-Cortez": a hyphenated surname the tokenizer split
                    raw.append((k, k + 3, next(iter(last[hyphenated])), "Person", False))
                    for i in range(k, k + 3):
                        taken[i] = True
                    continue
            if t.text in acronyms:
                raw.append((t.i, t.i + 1, acronyms[t.text][0], acronyms[t.text][1], False))
            elif low in last and len(last[low]) == 1:
                raw.append((t.i, t.i + 1, next(iter(last[low])), "Person", False))
            elif t.text in self.surnames and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper()) \
                    and not (t.ent_type_ in {"GPE", "LOC"} and t.text in _PLACE_SURNAMES and self.surnames[t.text].name not in doc.text):
                # (not "Son Woo-mok": the first word of a longer name; and "the Verge's Nilay
                # Patel" is not the known Kash Patel; nor is the city of Austin, in an article
                # that never names him, the known Lloyd Austin)
                if _given_name_before(doc, t.i, taken):
                    raw.append((t.i - 1, t.i + 1, _clean_text(doc[t.i - 1:t.i + 1].text), "Person", False))
                    taken[t.i - 1] = True
                else:
                    entry = self.surnames[t.text]
                    raw.append((t.i, t.i + 1, entry.name, entry.type, True))
            elif t.text in single_orgs:
                raw.append((t.i, t.i + 1, t.text, single_orgs[t.text], False))
            elif low in org_first_any and len(org_first_any[low]) == 1 and low not in first_names and t.is_title:
                nm, tp = next(iter(org_first_any[low]))
                k = t.i + len(nm.split())
                # "Equality Labs" again, NER missing it this time: the whole name where the text
                # spells it out
                end = k if k <= len(doc) and doc[t.i:k].text == nm and not any(taken[t.i + 1:k]) else t.i + 1
                if end == t.i + 1 and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
                    continue  # "New York Attorney General" after "New York City": another name
                if end == t.i + 1 and place_of_agency(t.i, org_first_any[low]):
                    continue
                raw.append((t.i, end, nm, tp, False))
                for i in range(t.i + 1, end):
                    taken[i] = True
            else:
                continue
            taken[t.i] = True
        # "sold cloud services to BP and Equinor": an untagged proper name coordinated with
        # organisations of one type is one more of them
        org_at = {i: r for r in raw if r[3] in ORG_TYPES for i in range(r[0], r[1])}
        for t in doc:
            if taken[t.i] or t.pos_ != "PROPN" or not t.is_title or t.dep_ == "compound" or t.text in _NOT_NAMES or t.ent_type_:
                continue
            s = t.i
            while s > 0 and doc[s - 1].dep_ == "compound" and doc[s - 1].head.i == t.i and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_title and not taken[s - 1]:
                s -= 1
            if any(doc[i].ent_type_ or doc[i].lower_ in first_names for i in range(s, t.i + 1)) or all(
                    self._common_word(doc[i].text) for i in range(s, t.i + 1)):
                continue  # (not "Apple Security Engineering and Architecture": one name with "and")
            siblings = [c for c in t.conjuncts if c.i in org_at]
            kinds = {org_at[c.i][3] for c in siblings}
            if not siblings or len(kinds) != 1 or len(siblings) != len(t.conjuncts):
                continue
            add_found(s, t.i + 1, kinds.pop())
        # "covered privacy for Digiday and Ad Age", "reported on AI at Emerging Tech Brew": the
        # newsroom a journalist covered a beat for, whatever NER took it for
        for t in doc:
            if taken[t.i] or t.pos_ != "PROPN" or not t.text[:1].isupper() or t.dep_ not in {"pobj", "conj"}:
                continue
            first = t
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            prep = first.head
            if first.dep_ != "pobj" or prep.lower_ not in {"for", "at"}:
                continue
            verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"cover", "report", "write", "edit"} or not any(c.dep_ == "dobj" for c in verb.children):
                continue
            sp = _name_span(t)
            if sp is None or any(taken[i] for i in range(*sp)) or any(doc[i].ent_type_ in {"PERSON", "GPE", "LOC", "NORP"} for i in range(*sp)):
                continue
            add_found(*sp, "NewsOutlet")
        # "Block Sidewalk, a citizens' group formed in 2019": a name NER missed that an
        # apposition calls a group; "AnitaB.org": an organisation named by its web address
        for t in doc:
            if taken[t.i] or t.pos_ != "PROPN" or not t.text[:1].isupper():
                continue
            if _WEB_NAME.match(t.text) and not self._common_word(t.text):
                add_found(t.i, t.i + 1, "Organization")
                continue
            # ("a citizens' group"; "Verdi, Germany's second-largest trade union": a place's union)
            appos = [c for c in t.children if c.dep_ == "appos" and c.lemma_.lower() in _GROUP_APPOSITIONS and c.i > t.i
                     and any(d.dep_ == "det" and d.lower_ in {"a", "an"} or d.dep_ == "poss" and d.ent_type_ in {"GPE", "NORP"}
                             for d in c.subtree if d.i < c.i)]
            sp = _name_span(t) if appos else None
            if sp is None or sp[1] != t.i + 1 or any(taken[i] or doc[i].ent_type_ in {"PERSON", "LOC", "NORP", "DATE"} for i in range(*sp)):
                continue
            if sp[1] - sp[0] < 2 and self._common_word(t.text) and not t.ent_type_:
                continue  # (a lone common word, unless NER read it as a name)
            add_found(*sp, _group_type(t))
        # "a Pune-based group": a place the tagger took for an organisation
        raw[:] = [r for r in raw if r[4] or not (r[1] + 1 < len(doc) and doc[r[1]].text == "-" and doc[r[1] + 1].lower_ == "based")]
        # "Grindr United", "Acme Workers United" read whole by NER: a company's staff organised
        # under its name are a group of its workers, not an organisation of their own
        for n, (s, e, name, typ, gaz) in enumerate(raw):
            if not gaz and typ in {"Organization", "AdvocacyGroup"} and staff_union_employer(name, self.gaz.lookup) is not None:
                raw[n] = (s, e, name, "EmployeeGroup", False)
        # ... also where the employer's name was read apart from the rest ("Vox" + "Tech Guild")
        raw.sort()
        _join_listed_name(doc, raw)
        for n in range(len(raw) - 1):
            if raw[n] is None:
                continue
            (s, e, name, typ, gaz), (s2, e2, name2, typ2, gaz2) = raw[n], raw[n + 1]
            if gaz and typ in {"Company", "NewsOutlet"} and s2 == e and not gaz2 and typ2 in {"Organization", "AdvocacyGroup"}:
                whole = _clean_text(doc[s:e2].text)
                if staff_union_employer(whole, self.gaz.lookup) is not None:
                    raw[n], raw[n + 1] = (s, e2, whole, "EmployeeGroup", False), None
        raw[:] = [r for r in raw if r is not None]
        _listed_with_companies(doc, raw)
        _persons_with_staff(doc, raw)
        return self_parents

    # -- discourse -----------------------------------------------------------------------

    def _discourse(self, doc, de: DocEntities, raw: list) -> DocEntities:
        for s, e, name, typ, _ in raw:
            anchor = name.removesuffix(WORKFORCE_SUFFIX) if typ == "EmployeeGroup" and name.endswith(WORKFORCE_SUFFIX) else None
            if typ == "EmployeeGroup" and anchor is None:
                anchor = staff_union_employer(name, self.gaz.lookup)  # "Grindr United": Grindr's workers
            m = M(s, e, _clean_text(doc[s:e].text), name, typ, anchor)
            de.mentions.append(m)
            for i in range(s, e):
                de.by_tok.setdefault(i, []).append(m)
        # "AWS ProServe": an unknown organisation named after a company is part of it
        for a, b in zip(de.mentions, de.mentions[1:]):
            if a.end == b.start and a.type == "Company" and b.type in ORG_TYPES and a.name != b.name and b.name not in de.parents:
                de.parents[b.name] = a.name
        # "the DHS Office of Inspector General", "the Department of Defense Inspector General": an
        # agency's office named with its agency is one name, part of that agency
        merged: list[M] = []
        k = 0
        while k < len(de.mentions):
            a = de.mentions[k]
            b = de.mentions[k + 1] if k + 1 < len(de.mentions) else None
            if b is not None and a.end == b.start and a.type == b.type == "GovernmentAgency" and a.name != b.name \
                    and b.text.split()[0] in {"Office", "Bureau", "Division", "Directorate", "Inspector"}:
                name = _clean_text(doc[a.start:b.end].text)
                m = M(a.start, b.end, name, name, "GovernmentAgency")
                de.parents[name] = a.name
                for i in range(a.start, b.end):
                    de.by_tok[i] = [m if x in (a, b) else x for x in de.by_tok.get(i, [])]
                merged.append(m)
                k += 2
                continue
            merged.append(a)
            k += 1
        de.mentions[:] = merged
        _local_police(doc, de)
        _boards(doc, de)
        self._learn_descriptions(doc, de)
        state = _Salience(doc, de, self.unions)
        starts = {m.start: m for m in de.mentions}
        for t in doc:
            m = starts.get(t.i)
            if m is not None:
                state.push(m, t)
            low = t.lower_
            if t.i in de.by_tok:
                continue
            if t.lower_ in STAFF_TITLES and t.dep_ == "compound" and t.head.i in de.by_tok \
                    and de.by_tok[t.head.i][0].type == "Person" and (t.lower_ != "member" or t.i > 0 and doc[t.i - 1].lower_ == "board") \
                    and not any(c.dep_ in {"compound", "poss"} and c.i in de.by_tok for c in t.children):
                # "Board member Arianna Huffington", "current employee Melanie McCracken": of the company in view
                # (or of a board or council the article names: "the advisory council ... Board member X")
                comp = (state.body_in_view(t, frozenset({"council", "board"})) if t.lower_ == "member" else None)
                if comp is not None and comp.name.lower().endswith(" board"):
                    comp = None  # a company's board: the company
                comp = comp or state.title_company(t)
                if comp is not None:
                    de.title_company[t.i] = comp
            elif (office := _local_office(doc, t)) is not None and t.dep_ == "compound" and t.head.i in de.by_tok \
                    and de.by_tok[t.head.i][0].type == "Person":
                # "Mayor Daniel Biss", "Superintendent Michelle Bradley", "Police Chief Carmen Best",
                # "Council President Brenda Jones": the public body of that kind the article names
                body = state.body_in_view(t, office)
                if body is not None:
                    de.title_company[t.i] = body
            elif (t.dep_ == "compound" and t.head.i in de.by_tok and de.by_tok[t.head.i][0].type == "Person"
                  # ("founder and chief executive Jane Roe", the title a conjunct of "founder")
                  or t.dep_ == "conj" and t.head.lemma_.lower() in P.FOUNDER_TITLES and t.i + 1 in de.by_tok
                  and any(m.type == "Person" and m.start == t.i + 1 for m in de.by_tok[t.i + 1])) and (
                    t.lower_ in {"ceo", "coo", "cto", "cfo", "cmo", "cio", "ciso", "cpo"} or t.lemma_.lower() in P.TOP_TITLES
                    or t.lower_ == "officer" and "chief" in {x.lower_ for x in doc[max(0, t.i - 3):t.i]}
                    or t.lower_ == "executive" and t.i > 0 and doc[t.i - 1].lower_ == "chief") and not (
                    t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper() and (
                        doc[t.i - 1].i not in de.by_tok or any(x.type in ORG_TYPES for x in de.by_tok[doc[t.i - 1].i]))
                    and doc[t.i - 1].lower_ not in _CSUITE_WORDS) and not (
                    t.i > 1 and doc[t.i - 1].lemma_.lower() in P.COMPANY_NOUNS and doc[t.i - 2].dep_ in {"compound", "amod"}
                    and doc[t.i - 2].head.i == t.i - 1):
                # "COO Sheryl Sandberg": the company in view; not "CPL CEO Anne Heraty", whose
                # company is named, though unknown, nor "drone company CEO X", of another company
                comp = state.title_company(t)
                if comp is not None:
                    de.title_company[t.i] = comp
            elif (t.dep_ == "pobj" and t.head.lower_ == "as" or t.dep_ == "oprd") and (t.lower_ == "ceo" or t.lemma_.lower() in P.TOP_TITLES | {"executive", "officer"}) \
                    and t.lemma_.lower() not in _PUBLIC_TITLES | {"sheriff", "gov."} and not any(
                    c.dep_ in {"prep", "poss"} or c.dep_ == "compound" and c.i in de.by_tok for c in t.children):
                # (not "defended his actions as economy minister": a public office, no company's)
                # "succeeded Jane Roe as chief executive": the company in view
                comp = state.company(t)
                if comp is not None:
                    de.title_company[t.i] = comp
            elif t.dep_ == "appos" and t.head.i in de.by_tok and de.by_tok[t.head.i][0].type == "Person" and t.head.i + 2 < t.i and (
                    doc[t.head.i + 1].text == "," and doc[t.head.i + 2].lower_ == "the") and not any(
                    c.dep_ in {"prep", "poss"} or c.dep_ == "compound" and c.i in de.by_tok for x in [t, *t.conjuncts] for c in x.children) \
                    and not (t.lemma_.lower() in _OUTSIDE_COUNSEL and any(c.dep_ == "relcl" for c in t.children)):
                # (not "Anton Ekker, the privacy lawyer who represented the drivers": someone's counsel)
                # "Jane Roe, the chief operating officer, said": the title is held at the company in view
                comp = state.nearest_company(t)
                public = t.lemma_.lower() in _PUBLIC_TITLES or any(
                    c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"} for c in t.children)
                if comp is not None and not public:  # "the Australian information commissioner" holds no company title
                    for x in [t, *t.conjuncts]:
                        if x.lemma_.lower() in P.ROLE_NOUNS | P.LEAD_TITLES or x.lower_ == "ceo":
                            de.title_company[x.i] = comp
            elif t.dep_ == "appos" and t.head.i in de.by_tok and de.by_tok[t.head.i][0].type == "Person" and t.lemma_.lower() in _CORPORATE_JOBS \
                    and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children) and not any(
                    c.dep_ in {"prep", "poss", "acl"} or c.dep_ == "compound" and c.i in de.by_tok
                    # (a relative clause may say more of the person, if it names no other employer)
                    or c.dep_ == "relcl" and any(x.i in de.by_tok and de.by_tok[x.i][0].type in ORG_TYPES for x in c.subtree) for c in t.children):
                # "Ashley Gjøvik, a senior engineering program manager": a job at the company the
                # article is about, when one is in view
                comp = state.nearest_company(t)
                if comp is not None:
                    de.title_company[t.i] = comp
            elif t.lemma_.lower() in {"employee", "engineer", "worker", "staffer"} and any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in t.children) \
                    and any(c.dep_ == "appos" and c.i in de.by_tok and de.by_tok[c.i][0].type == "Person" for c in t.children) \
                    and not any(c.dep_ in {"prep", "poss", "compound", "amod"} and (c.dep_ != "amod" or c.lower_ not in {"former", "current", "longtime"}) for c in t.children):
                # "Another employee, Vaniya Agrawal, interrupted ...": of the company in view
                comp = state.nearest_company(t)
                if comp is not None:
                    de.title_company[t.i] = comp
            elif t.lemma_.lower() in {"spokesperson", "spokeswoman", "spokesman"} and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children) \
                    and any(c.dep_ == "appos" and c.i in de.by_tok and de.by_tok[c.i][0].type == "Person" for c in t.children):
                # "A spokeswoman, Jane Roe, said": the spokesperson of the company in view; "A
                # department spokesperson, Tom Ahern, said": of the agency in view
                whose = None
                if not any(c.dep_ in {"prep", "poss", "compound", "amod"} for c in t.children):
                    whose = state.nearest_company(t)
                elif any(c.dep_ == "compound" and c.lower_ in {"department", "agency", "police", "city", "office", "commission"} for c in t.children):
                    whose = state.nearest_agency(t)
                if whose is not None:
                    de.title_company[t.i] = whose
            elif (t.lower_ in P.COUNCIL_TITLES or _council_member(t)) \
                    and t.dep_ == "compound" and t.head.i in de.by_tok and de.by_tok[t.head.i][0].type == "Person":
                # "Councilmember Mary Sheffield": a seat on the council in view
                council = state.nearest_agency(t, {"council"})
                if council is not None:
                    de.title_company[t.i] = council
            if t.pos_ == "PRON" or low in {"his", "her", "its", "their", "it", "he", "she", "they", "them", "him"}:
                ref = state.pronoun(t)
                if ref:
                    de.coref[t.i] = ref
            elif t.lemma_.lower() in P.WORKER_NOUNS and t.pos_ in {"NOUN", "PROPN"} or t.lemma_.lower() in P.PLATFORM_MEMBER_NOUNS and t.tag_ == "NNS":
                groups = self._group(doc, de, state, t)
                if groups:
                    de.groups[t.i] = groups
                    for g in groups:
                        state.push(g, t)
            elif t.pos_ in {"NOUN", "PROPN"}:
                ref = self._description(doc, de, state, t)
                if ref:
                    de.coref[t.i] = ref
                    for r in ref:
                        if r.type != "Product":
                            state.push(r, t, joint=len(ref) > 1)
        _coordinated_staff(doc, de)
        # the article's dominant explicit group: what a bare "employees" means
        counts = Counter()
        first_seen: dict[str, int] = {}
        best: dict[str, M] = {}
        for ms in de.groups.values():
            for g in ms:
                if g.explicit:
                    counts[g.name] += 1
                    first_seen.setdefault(g.name, g.start)
                    best.setdefault(g.name, g)
        for m in de.mentions:
            if m.type == "EmployeeGroup":
                counts[m.name] += 1
                first_seen.setdefault(m.name, m.start)
                best.setdefault(m.name, m)
        for name, n in de.group_votes.items():
            if name in counts:
                counts[name] += n
        if counts:
            # a bare "employees" means staff of a company before it means a named movement
            top = sorted(counts, key=lambda n: (best[n].anchor is None, -counts[n], first_seen[n]))[0]
            de.dominant_group = best[top]
        # bare worker nouns read before the dominant group was known
        for i, ms in list(de.groups.items()):
            if len(ms) == 1 and ms[0].deferred and de.dominant_group is not None:
                g = de.dominant_group
                de.groups[i] = [M(ms[0].start, ms[0].end, ms[0].text, g.name, g.type, g.anchor, False)]
        self._cloud_units(doc, de)
        _coalitions(doc, de)
        return de

    def _cloud_units(self, doc, de: DocEntities) -> None:
        """``"Google's cloud unit"``, ``"the company's cloud computing division"``: a company's
        cloud business named by description is its known cloud unit (``"Google Cloud"``), where
        the gazetteer knows one under the company's name."""
        added = []
        for t in doc:
            if t.lemma_.lower() not in _BUSINESS_UNIT_NOUNS or t.tag_ != "NN" or t.i in de.by_tok:
                continue
            mods = [c for c in t.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < t.i]
            cloud = [c for c in mods if c.lower_ == "cloud" or any(x.lower_ == "cloud" for x in c.children if x.dep_ in {"compound", "amod", "nmod"})]
            poss = [c for c in t.children if c.dep_ == "poss"]
            if not cloud or len(poss) != 1 or any(c not in cloud and c.lower_ not in {"computing", "services"} for c in mods):
                continue
            owners = [m for m in de.at(poss[0].i) if m.type == "Company"]
            entry = self.gaz.lookup(f"{owners[0].name} Cloud") if len(owners) == 1 else None
            if entry is None or entry.type != "Company" or entry.name == owners[0].name:
                continue
            start = min(c.left_edge.i for c in cloud)
            m = M(start, t.i + 1, _clean_text(doc[start:t.i + 1].text), entry.name, entry.type)
            de.parents.setdefault(entry.name, owners[0].name)
            added.append(m)
        _add_mentions(de, added)

    def _learn_descriptions(self, doc, de: DocEntities) -> None:
        """``"its facial recognition tool, Rekognition"``, ``"that software, dubbed
        Rekognition"``: the descriptive phrase names the product for the rest of the
        article."""
        for m in de.mentions:
            if m.type != "Product":
                continue
            root = doc[m.start:m.end].root
            desc = None
            if root.dep_ == "appos" and root.head.lemma_.lower() in P.PRODUCT_NOUNS:
                desc = root.head
            elif root.dep_ in {"oprd", "attr", "pobj"} and root.head.lemma_.lower() in {"dub", "call", "name", "know", "brand", "as"}:
                h = root.head if root.head.lemma_.lower() != "as" else root.head.head
                if h.dep_ == "acl" and h.head.lemma_.lower() in P.PRODUCT_NOUNS:
                    desc = h.head
            for c in root.children:
                if c.dep_ == "appos" and c.lemma_.lower() in P.PRODUCT_NOUNS:
                    desc = c
            if desc is not None:
                key = _desc_key(desc)
                if key:
                    de.aliases.setdefault(key, m.name)

    def _group(self, doc, de: DocEntities, state: "_Salience", t) -> list[M]:
        """Employee group(s) headed by the worker noun ``t``."""
        for c in [x for x in t.children if x.dep_ == "acl"] + ([t.head] if t.dep_ in {"nsubj", "nsubjpass"} and t.head.tag_ == "VBN" else []):
            # "employees affiliated with No Tech for Apartheid", "workers represented by Grindr
            # United": the named group itself
            if c.lemma_.lower() in {"affiliate", "associate", "align", "organize", "organise", "represent"}:
                named = [m for p in c.children if p.dep_ in {"prep", "agent"} and p.lower_ in {"with", "by"}
                         for q in p.children if q.dep_ == "pobj" for m in de.by_tok.get(q.i, ()) if m.type == "EmployeeGroup"]
                if named:
                    return [M(t.i, t.i + 1, t.text, named[0].name, named[0].type, named[0].anchor)]
        if t.dep_ == "compound" and (t.head.lemma_.lower() in P.ROLE_NOUNS or t.head.lemma_.lower() in P.TOP_TITLES):
            return []  # "a staff writer", "an engineer manager": part of one person's title
        # "moderators employed by Sama", "the workers, who are employed by Flagship": the employer
        # the clause names, whoever's premises they work on
        employed_by = [m for c in t.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in {"employ", "hire", "contract", "subcontract"}
                       and not any(x.dep_ == "neg" for x in c.children)
                       for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                       for q in [p, *p.conjuncts] for m in de.by_tok.get(q.i, ()) if _can_employ(m)]
        # (not "TikTok moderators employed by Telus": a workforce named after the platform keeps its name)
        if employed_by and t.tag_ in {"NNS", "NNPS"} and not any(c.dep_ in {"compound", "poss", "nmod"} and (c.i in de.by_tok or c.i in de.coref) for c in t.lefts):
            out = []
            for a in {m.name: m for m in employed_by}.values():
                base, label = _employer_label(de, a.name)
                out.append(M(t.i, t.i + 1, t.text, f"{label}{WORKFORCE_SUFFIX}", "EmployeeGroup", base, True))
            return out

        def as_org(m: M) -> M:
            # "YouTube Music employees": a product named after its company stands for the company
            parent = de.parents.get(m.name) if m.type == "Product" else None
            return M(m.start, m.end, m.text, parent, "Company") if parent else m
        anchors: list[M] = []
        described = False  # anchored only by a description ("the company's employees")
        text_end = t.i + 1
        # left modifiers: "Amazon employees", "AWS ProServe employees", "Microsoft and Salesforce employees"
        j = t.i - 1
        left: list[int] = []
        under = {x.i for c in t.lefts for x in c.subtree}
        while j >= 0 and (j < doc[j].head.i <= t.i or j in under and doc[j].dep_ in {"conj", "cc", "punct"}) and doc[j].dep_ in {
            "compound", "amod", "nmod", "poss", "case", "cc", "conj", "punct", "npadvmod", "nummod", "quantmod", "det", "advmod"
        }:
            left.append(j)
            j -= 1
        # also tokens inside mentions directly before t (compound chains the parser split)
        segment: list[M] = []
        segments: list[list[M]] = []
        nonentity_modifier = False
        for i in sorted(left):
            tok = doc[i]
            if tok.dep_ == "cc" or tok.text == ",":
                if segment:
                    segments.append(segment)
                segment = []
                continue
            ms = de.by_tok.get(i) or de.coref.get(i)
            if ms:
                if not segment or segment[-1] is not ms[0]:
                    segment.append(ms[0])
            elif tok.lemma_.lower() in P.COMPANY_NOUNS and tok.dep_ == "compound":
                ref = state.company(tok)
                if ref:
                    segment.append(ref)
            elif tok.dep_ == "compound" and tok.pos_ in {"NOUN", "PROPN"} and tok.lemma_.lower() not in P.WORKER_NOUNS | _WORKPLACE_NOUNS:
                nonentity_modifier = True  # "tech workers", not "store employees" of the company in view
        if segment:
            segments.append(segment)
        for seg in segments:
            seg = [as_org(m) for m in seg]
            orgs = [m for m in seg if _can_employ(m) or (m.type == "EmployeeGroup" and m.anchor)]
            if not orgs:
                continue
            pick = next((m for m in orgs if m.type == "Company"), orgs[0])
            anchors.append(pick)
        dets = {c.lower_ for c in t.children if c.dep_ in {"det", "amod", "nummod", "quantmod"}}
        preps = list(t.children)
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in P.COLLECTIVE_NOUNS:
            preps += [c for c in t.head.head.children if c.dep_ == "prep" and c.lower_ != "of"]
        if not anchors:
            for c in preps:
                if c.dep_ == "poss" and c.head.i != t.i:
                    continue
                if c.dep_ == "poss":
                    # ("the company's employees": whom the description refers to, read as a bare
                    # mention of that staff rather than a name of its own)
                    ref = de.by_tok.get(c.i) or state.pronoun(c)
                    described = not ref and bool(de.coref.get(c.i))
                    anchors.extend(m for m in ref or de.coref.get(c.i) or [] if _can_employ(m))
                elif c.dep_ == "prep" and c.lower_ in {"at", "of", "from", "for", "inside", "within", "across"}:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            for q in [p, *[x for x in p.conjuncts]]:
                                # ("for the ride-hailing company Uber": the name in apposition to the description)
                                ref = de.by_tok.get(q.i) or [m for a in q.children if a.dep_ == "appos" and a.i == q.i + 1 for m in de.by_tok.get(a.i, ())] \
                                    or self._description(doc, de, state, q) or []
                                if not ref and q.lemma_.lower() in _WORKPLACE_NOUNS | {"store", "warehouse", "factory", "plant", "office", "headquarters"}:
                                    # "employees at Apple's Towson store": the company whose store it is
                                    ref = [m for x in q.children if x.dep_ == "poss" for m in de.by_tok.get(x.i, ())]
                                anchors.extend(m for m in map(as_org, ref) if _can_employ(m))
                                text_end = max(text_end, q.i + 1)
        explicit = not (anchors and described)
        deferred = False
        if not anchors:
            if nonentity_modifier or dets & P.QUANTIFIER_DETS or t.lower_ in {"workforce"}:
                return []
            if t.tag_ not in {"NNS", "NNPS"} and t.lemma_.lower() not in {"staff"}:
                return []
            # "the employees", "employees' concerns": the article's own group
            g = state.last_group(t, same_unit=True) if "the" in dets else None
            if g is not None:
                return [M(t.i, t.i + 1, t.text, g.name, g.type, g.anchor, False)]
            comp = state.subject_company_here(t)
            s0 = de.unit_bounds[de.units[t.i]][0] if de.unit_bounds else 0
            if comp is None and doc[s0].lower_ in {"at", "inside", "within"} and s0 + 1 < t.i:
                # "At Deloitte, a letter signed by 300 employees": the workplace the sentence opens with
                at = [m for c in doc[s0].children if c.dep_ == "pobj" for m in de.by_tok.get(c.i, ()) if m.type == "Company"]
                comp = M(t.i, t.i + 1, t.text, at[0].name, at[0].type) if at else None
            deferred = comp is None
            comp = comp or state.company(t)
            if comp is None:
                return []
            anchors = [comp]
            explicit = False
        out = []
        seen = set()
        singular = t.tag_ in {"NN", "NNP"} and t.lemma_.lower() not in {"staff", "workforce"} and t.lower_ not in {"staff", "workforce"}
        for a in anchors:
            if a.type == "EmployeeGroup":
                name, anchor = a.name, a.anchor
            else:
                base, label = _employer_label(de, a.name)
                name, anchor = f"{label}{WORKFORCE_SUFFIX}", base
                if t.lemma_.lower() in P.PLATFORM_MEMBER_NOUNS:
                    name = f"{label} {t.lemma_.lower()}s"  # "Etsy sellers": the platform's, not its staff
                elif t.lemma_.lower() in P.OUTSOURCED_NOUNS and "services" not in getattr(self.gaz.lookup(base), "traits", ()):
                    # "Facebook moderators": a workforce named after the platform, employed by
                    # others (but "Accenture moderators" are the outsourcer's own staff)
                    name, anchor = f"{label} content {t.lemma_.lower()}s", None
            if singular:
                # "Jane Roe, a Google engineer", "an engineer at X": one person's job, no
                # group; it still says whose workers the article is about
                de.group_votes[name] = de.group_votes.get(name, 0) + 1
                continue
            if name in seen:
                continue
            seen.add(name)
            start = min(a.start, t.i) if explicit else t.i
            end = max(text_end, t.i + 1) if explicit else t.i + 1
            surface = f"{a.text}{WORKFORCE_SUFFIX}" if explicit and a.type != "EmployeeGroup" and a.name == anchor else None
            text = _clean_text(doc[start:end].text)
            if len(anchors) > 1 and surface:
                text = surface  # "Employees at X, Y and Z" names three groups
            out.append(M(start, end, text, name, "EmployeeGroup", anchor, explicit, deferred, surface))
        return out

    def _description(self, doc, de: DocEntities, state: "_Salience", t) -> list[M]:
        """``"the company"``, ``"the tech giant"``, ``"the CEO"``, ``"the group"``, and learned
        product descriptions (``"the facial-recognition software"``)."""
        if t.i in de.by_tok:
            return de.by_tok[t.i]
        if t.i in de.coref:
            return de.coref[t.i]
        lemma = t.lemma_.lower()
        dets = [c for c in t.children if c.dep_ in {"det", "poss"}]
        det_words = {c.lower_ for c in dets}
        if lemma in P.PRODUCT_NOUNS and de.aliases:
            key = _desc_key(t)
            if key in de.aliases:
                name = de.aliases[key]
                return [M(t.i, t.i + 1, t.text, name, "Product")]
        if (lemma in P.ORGANIZER_NOUNS or lemma[:-1] in P.ORGANIZER_NOUNS) and t.tag_ in {"NNS", "NNPS"} and (det_words & {"the", "its", "their"} or not dets and t.dep_ == "nsubj"):
            # "the organizers", "the signatories": the group the article is about
            if any(c.dep_ in {"compound", "poss"} and c.pos_ != "PRON" for c in t.children) or any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
                return []
            g = state.last_named_group(t, {"Organization"}) or state.last_group(t)
            return [M(t.i, t.i + 1, t.text, g.name, g.type, g.anchor, False)] if g else []
        if not dets and not (t.dep_ == "compound" and lemma in _STAFF_OF and t.head.lemma_.lower() in P.WORKER_NOUNS | P.ROLE_NOUNS
                             and not any(c.dep_ in {"compound", "amod"} for c in t.children)):
            return []  # (not "drone company CEO X": a company of a kind, not the one in view)
        if lemma in P.COMPANY_NOUNS and t.tag_ in {"NNS", "NNPS"} and (det_words & {"both", "the", "these"}) and not any(
                c.dep_ in {"relcl", "acl"} or c.dep_ in {"compound", "amod"} and c.lower_ not in _KIND_OF_COMPANY
                or c.dep_ == "prep" and not (c.lower_ == "of" and ({x.dep_ for x in c.children} <= {"pcomp"} or t.head.lemma_.lower() in {"accuse", "charge", "suspect"}))
                for c in t.children):
            # "sued both companies", "accusing the companies of", "the three cloud companies": the
            # companies just named
            counts = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
            n = next((counts[c.lower_] for c in t.children if c.lower_ in counts), None) or (2 if det_words & {"both"} else None)
            return state.last_companies(t, n)
        if t.tag_ in {"NNS", "NNPS"} and (lemma in P.ROLE_NOUNS | _PEOPLE_NOUNS) and det_words & {"both", "the", "these"} \
                and not any(c.dep_ in {"compound", "amod", "relcl", "acl", "prep", "appos"} for c in t.children):
            # "the three leaders", "both senators": the people just named together
            n = next((_SMALL_COUNTS[c.lower_] for c in t.children if c.dep_ == "nummod" and c.lower_ in _SMALL_COUNTS), None)
            n = n or (2 if det_words & {"both"} else None)
            if not n and lemma in {"senator", "lawmaker", "legislator", "representative", "congressman", "congresswoman", "senators", "lawmakers"}:
                return state.last_together(t, state.persons, {"Person"})  # "Warren and Markey wrote ... The lawmakers asked"
            return state.last_people(t, n) if n else []
        if t.tag_ in {"NNS", "NNPS"} and lemma in {"group", "organization", "organisation"} and det_words & {"the", "these", "both"} \
                and not any(c.dep_ in {"compound", "amod", "relcl", "acl", "prep", "appos", "nummod"} for c in t.children):
            # "The ACLU and the EFF wrote to ICE. The groups said ...": the groups named together
            return state.last_together(t, state.others + state.groups, {"AdvocacyGroup", "Organization"})
        if det_words & ({"a", "an", "another", "every", "each", "any", "some", "no"} | (P.QUANTIFIER_DETS - {"these", "those"})):
            return []
        if lemma in {"unit", "division", "subsidiary"} and t.tag_ == "NN" and det_words == {"the"} and not any(
                c.dep_ in {"compound", "amod", "prep", "relcl", "acl", "appos"} for c in t.children):
            # "Michael Punke, the unit's vice president": the company's unit the article just named
            unit = de.units[t.i]
            def named_unit(name: str) -> bool:
                words = name.split()
                return name in de.parents or any(getattr(self.gaz.lookup(" ".join(words[:k])), "type", None) == "Company" for k in range(1, len(words)))
            units = [m for m in de.mentions if m.end <= t.i and 0 <= unit - de.units[m.start] <= 3 and m.type in {"Company", "Organization"} and named_unit(m.name)]
            if units:
                return [M(t.i, t.i + 1, t.text, units[-1].name, units[-1].type)]
        if lemma == "ministry" and t.tag_ == "NN":
            # "the labour ministry", "India's health ministry": the ministry of that field the
            # article names in full
            fields = {c.lower_ for c in t.children if c.dep_ in {"compound", "amod"} and c.i < t.i and c.is_alpha and c.ent_type_ not in {"GPE", "NORP"}}
            fields = _with_field_variants(fields)
            fields -= {"federal", "state", "national", "central", "union", "former", "new"}
            named = [m for m in de.mentions if m.type == "GovernmentAgency" and "ministry" in m.name.lower().split()
                     and fields & set(re.findall(r"[a-z]+", m.name.lower()))]
            if fields and len({m.name for m in named}) == 1:
                return [M(t.i, t.i + 1, t.text, named[0].name, named[0].type)]
        if lemma in P.COMPANY_NOUNS:
            if any(c.dep_ == "appos" and c.i in de.by_tok for c in t.children) or any(
                    c.dep_ in {"compound", "amod"} and c.lower_ in _OTHER_FIRM_KINDS for c in t.children):
                return []  # "the law firm WilmerHale": a new firm, not the article's company
            np_start = t.left_edge.i
            if np_start >= 2 and doc[np_start - 1].text == "," and t.dep_ not in {"poss", "compound"} and not any(c.dep_ in {"relcl", "acl"} for c in t.children if c.i < t.i):
                prev = de.by_tok.get(np_start - 2)
                if prev and prev[0].type in ORG_TYPES and t.tag_ not in {"NNS", "NNPS"}:
                    return [M(t.i, t.i + 1, t.text, prev[0].name, prev[0].type)]
            if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in dets):
                return []
            if t.tag_ in {"NNS", "NNPS"}:
                poss = [c for c in dets if c.lower_ == "their"]
                if poss:
                    groups = state.recent_groups(t)
                    anchors = [g for g in groups if g.anchor]
                    return [M(t.i, t.i + 1, t.text, g.anchor, "Company") for g in anchors]
                return []
            poss = [c for c in dets if c.dep_ == "poss"]
            if poss:
                owner = state.pronoun(poss[0]) if poss[0].pos_ == "PRON" else de.by_tok.get(poss[0].i, [])
                for o in owner or []:
                    if o.type == "Person":
                        led = state.led_by(o.name)
                        if led:
                            return [M(t.i, t.i + 1, t.text, led.name, led.type)]
                    if o.type == "EmployeeGroup" and o.anchor:
                        return [M(t.i, t.i + 1, t.text, o.anchor, "Company")]
            # "At Deloitte, a letter calls on the firm's chief executive": the one company named
            # earlier in this sentence (not the one the phrase describes: "AWS, the company's unit")
            unit = de.units[t.i]
            s0 = de.unit_bounds[unit][0]
            described = de.by_tok.get(np_start - 2, [None])[0] if np_start >= 2 and doc[np_start - 1].text == "," else None
            def topical(m: M) -> bool:
                # a company the sentence is about: its subject, a possessor, or where it opens ("At X,")
                if m.end < len(doc) and doc[m.end].is_title and not de.by_tok.get(m.end):
                    return False  # part of a longer name ("Google Brain Women and Allies")
                r0 = doc[m.start:m.end].root
                return r0.dep_ in {"nsubj", "nsubjpass", "poss"} or r0.dep_ == "pobj" and (
                    r0.head.i == s0 or r0.head.lower_ == "of" and (r0.head.head.lemma_.lower() in P.TOP_TITLES or r0.head.head.lower_ == "ceo"))
            here = {m.name: m for i in range(s0, np_start) for m in de.by_tok.get(i, ()) if m.type == "Company"
                    and (described is None or m.name != described.name) and not P.platform_use(doc, m.start, m.end)}  # (not "On Twitter, she said")
            # "a petition launched by Accenture employees asked the company": the staff's employer
            # ... and "Amazon employees have protested the company's hosting of Palantir": the
            # subject staff's employer
            def _speaks(g: M) -> bool:
                r0 = doc[g.start:g.end].root
                return r0.dep_ == "nsubj" and r0.head.i < t.i or r0.dep_ == "pobj" and r0.head.dep_ == "agent" and (
                    r0.head.head.dep_ == "acl" and r0.head.head.head.dep_ == "nsubj")
            launchers = {g.anchor: M(g.start, g.end, g.anchor, g.anchor, "Company") for i in range(s0, np_start) for g in de.groups.get(i, ())
                         if g.explicit and g.anchor and _speaks(g)}
            if len(launchers) == 1 and set(here) <= set(launchers) and t.tag_ not in {"NNS", "NNPS"}:
                m = next(iter(launchers.values()))
                return [M(t.i, t.i + 1, t.text, m.name, m.type)]
            if len(here) == 1 and t.tag_ not in {"NNS", "NNPS"} and topical(next(iter(here.values()))):
                m = next(iter(here.values()))
                return [M(t.i, t.i + 1, t.text, m.name, m.type)]
            if described is not None and described.name in de.parents and t.tag_ not in {"NNS", "NNPS"}:
                # "Deloitte Consulting, the firm's advisory arm": the firm it is named after
                parent = de.parents[described.name]
                return [M(t.i, t.i + 1, t.text, parent, "Company")]
            if described is not None and t.dep_ == "poss" and t.tag_ not in {"NNS", "NNPS"}:
                # "Microsoft Research, the software company's research arm": the company the
                # described name begins with
                prefix = [m.name for m in de.mentions if m.type == "Company" and m.name != described.name
                          and described.name.startswith(m.name + " ")]
                words = described.name.split()
                prefix += [e.name for k in (2, 1) if len(words) > k for e in [self.gaz.lookup(" ".join(words[:k]))] if e is not None and e.type == "Company"]
                if prefix:
                    name = max(prefix, key=len)
                    return [M(t.i, t.i + 1, t.text, name, "Company")]
            ref = state.company(t, described=t.tag_ in {"NN", "NNP"} and lemma in {"company", "firm", "startup", "start-up"})
            return [ref] if ref else []
        key = _title_key(t)
        named_next = t.i + 2 < len(doc) and doc[t.i + 1].text == "," and any(m.type == "Person" and m.start == t.i + 2 for m in de.by_tok.get(t.i + 2, ()))
        if key in {"ceo", "founder"} and t.tag_ == "NN" and not named_next and not any(c.dep_ == "appos" for c in t.children) \
                and not (t.head.i in de.by_tok and t.dep_ == "compound"):
            # "Oracle's chief executive", "the software giant's billionaire cofounder": whoever
            # the article names as holding that title there (not "Alphabet's chief executive,
            # Larry Page": the name follows)
            owners = [m for c in t.children if c.dep_ == "poss" for m in (de.by_tok.get(c.i) or self._description(doc, de, state, c)) if m.type in ORG_TYPES]
            # (or the one holder of that title named without a place: "cofounder Larry Ellison")
            holder = state.titles.get((key, owners[0].name)) or state.titles.get((key, None)) if len(owners) == 1 else None
            if holder is not None:
                return [M(t.i, t.i + 1, t.text, holder.name, holder.type)]
        if lemma in P.TOP_TITLES or lemma in {"ceo", "chief"}:
            if any(c.dep_ in {"appos", "compound"} and c.i in de.by_tok for c in t.children) or t.head.i in de.by_tok and t.dep_ == "compound":
                return []
            if t.tag_ in {"NNS", "NNPS"}:
                return []  # "the DPC's two commissioners": several people, not the one holder named before
            person = state.title_holder(lemma)
            return [M(t.i, t.i + 1, t.text, person.name, person.type)] if person else []
        if lemma == "group":
            if t.tag_ in {"NNS", "NNPS"} or any(c.dep_ in {"appos", "poss"} for c in t.children):
                # "the advocacy groups X and Y" name their own members; "the company's safety
                # group" is a unit of the company
                return []
            g = state.last_named_group(t)
            return [g] if g else []
        if lemma in {"agency", "service"} and any(c.lower_ in {"news", "wire", "press"} for c in t.children if c.dep_ in {"compound", "amod"}):
            g = state.last_of_type(t, "NewsOutlet")  # "the news agency's editor-in-chief"
            return [g] if g else []
        if lemma == "agency" and not any(c.lower_ in _BUSINESS_AGENCIES for c in t.children if c.dep_ in {"amod", "compound"}):
            # (not "the staffing agencies": businesses)
            g = state.last_of_type(t, "GovernmentAgency", agency_only=True)
            if g:
                return [g]
        if lemma in {"watchdog", "regulator", "authority"} and t.tag_ == "NN" and det_words == {"the"} and all(
                x.is_lower and x.is_alpha for c in t.children if c.dep_ in {"compound", "amod", "nmod"} for x in c.subtree) \
                and not (t.i + 1 < len(t.doc) and (t.doc[t.i + 1].lower_ in {"group", "organization", "organisation"}
                                                   or lemma == "authority" and t.doc[t.i + 1].lower_ in {"to", "over", "of", "for"})):
            # "accused the watchdog of ...", "the data protection regulator" (a field, not a country:
            # "the Dutch regulator"): the regulator last named (not "the watchdog group");
            # "the authority": the last body named an authority (not "the authority to fire", a power)
            g = state.named_by_head(t, "authority") if lemma == "authority" else state.last_of_type(t, "GovernmentAgency", where=_oversees)
            if g:
                return [g]
        if lemma == "force" and det_words == {"the"} and t.tag_ == "NN":
            # "Chief Constable Matt Jukes, who leads the force": the police force named last
            g = state.last_of_type(t, "GovernmentAgency")
            if g and "police" in g.name.lower():
                return [g]
        if lemma == "panel" and t.tag_ == "NN" and det_words <= {"the", "this", "that"}:
            # "the panel's ranking member": the committee last named
            g = state.named_by_head(t, "subcommittee") or state.named_by_head(t, "committee")
            if g is not None:
                return [g]
        if lemma in P.ORG_HEAD_NOUNS and t.tag_ in {"NN", "NNP"} and det_words <= {"the", "this", "that", "its", "their"}:
            # "the union", "the coalition": the last organisation whose name ends in that noun
            g = state.named_by_head(t, lemma)
            owners = [m for c in t.children if c.dep_ in {"compound", "poss"} for m in de.by_tok.get(c.i, []) if m.type == "Company"]
            if g is not None and owners and not any(o.name.split()[0].lower() in g.name.lower() for o in owners):
                return []  # "the Naver union" is no federation named before it
            return [g] if g else []
        return []


#: Bodies named by a bare noun before a staff title: "a company spokeswoman", "a department
#: spokesman".
_STAFF_OF = frozenset({"company", "department", "agency", "ministry", "district", "council"})

#: Staff titles written before a name, held at the company (or board) in view: "Board member X",
#: "former employee X".
STAFF_TITLES = frozenset({"member", "employee", "engineer", "worker"})

#: Public titles written before a name and the words that name the body held: "Mayor X" -> a city.
_LOCAL_OFFICES = {"mayor": frozenset({"city"}), "superintendent": frozenset({"schools", "district"}),
                  "supervisor": frozenset({"supervisors"})}


def _local_office(doc, t) -> frozenset | None:
    """The name words of the body a title before a name is held at ("Mayor Jane Roe": a city;
    "Police Chief Jane Roe": a police force; "Council President Jane Roe": the council)."""
    low = t.lower_
    if low in _LOCAL_OFFICES:
        return _LOCAL_OFFICES[low]
    prev = doc[t.i - 1].lower_ if t.i > 0 else ""
    if low == "chief" and (prev == "police" or t.text == "Chief" and t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ == "PERSON"
                           and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")):
        return frozenset({"police"})  # "Police Chief Jane Roe"; "Chief Jane Roe" where a police force is in view
    if low == "president" and prev in {"council", "board"}:
        return frozenset({"board", "supervisors", "education", "trustees", "directors"}) if prev == "board" else frozenset({"council"})
    return None


def _employer_label(de: DocEntities, name: str) -> tuple[str, str]:
    """The company whose staff a group named after ``name`` are (a product's maker, else the
    name itself), and the label their group is named with ("The New York Times" -> "New York
    Times employees")."""
    base = de.parents.get(name, name)
    return base, base[4:] if base.startswith("The ") else base


def _coordinated_staff(doc, de: DocEntities) -> None:
    """``"Google and Amazon employees"``: a known staff group's name takes in only the last
    company; the companies coordinated before it name staff groups of their own."""
    for m in list(de.mentions):
        if m.type != "EmployeeGroup" or not m.anchor or m.end - m.start < 2 or doc[m.end - 1].lemma_.lower() not in P.WORKER_NOUNS:
            continue
        first = doc[m.start]
        if first.dep_ != "conj" or first.head.i >= m.start:
            continue
        extra: list[M] = []
        for q in [first.head, *first.head.conjuncts]:
            if q.i >= m.start:
                continue
            for c in de.by_tok.get(q.i, ()):
                if c.type == "Company" and c.end <= m.start and all(x.anchor != c.name for x in extra):
                    base, label = _employer_label(de, c.name)
                    extra.append(M(c.start, c.end, f"{c.text}{WORKFORCE_SUFFIX}", f"{label}{WORKFORCE_SUFFIX}", "EmployeeGroup", base, True,
                                   surface=f"{c.text}{WORKFORCE_SUFFIX}"))
        if extra:
            for i in range(m.start, m.end):
                de.groups[i] = extra + [m]


#: Workplaces that leave the employer to the context: "store employees", "warehouse workers".
_WORKPLACE_NOUNS = frozenset({"store", "warehouse", "factory", "plant", "retail", "corporate", "office", "delivery",
                              "fulfillment", "fulfilment", "campus", "headquarters", "studio"})

#: Kinds of company a plural may be qualified by and still mean the companies just named.
_KIND_OF_COMPANY = frozenset({"tech", "technology", "cloud", "software", "internet", "defense", "defence", "consulting", "ai", "social", "media"})

#: Words in the names of public bodies that "the agency" does not refer to.
_NOT_AN_AGENCY = frozenset({"house", "congress", "senate", "court", "parliament", "government", "administration", "legislature",
                            "assembly", "council", "city", "county", "state", "military", "army", "navy", "forces"})


def _can_employ(m: M) -> bool:
    """Whether "<name> employees" names a company's workforce: a company, or an organisation
    that is no union ("Communications Workers of America employees" are its members)."""
    return m.type in {"Company", "NewsOutlet"} or m.type == "Organization" and not _UNION_WORDS & set(m.name.lower().split())


#: Words that name a body of people: "Communications Workers of America", "Tech Workers Coalition".
_COLLECTIVE_NAME_WORDS = frozenset({"union", "unions", "workers", "coalition", "alliance", "collective", "committee", "council", "network",
                                    "association", "guild", "federation", "congress", "teamsters", "movement", "campaign", "group", "local"})

#: Words that mark a labour union's name ("Communications Workers of America", "the Teamsters").
_UNION_WORDS = frozenset({"workers", "union", "teamsters", "guild", "brotherhood", "machinists", "federation", "local", "afl-cio"})

def _listed_with_companies(doc, raw: list) -> None:
    """``"iFood, Rappi, Uber Eats and Loggi"``: a name NER took for an organisation of no telling
    kind, listed only with companies, is one more company, wherever the article names it."""
    at = {i: r for r in raw for i in range(r[0], r[1])}
    companies = set()
    for s, e, name, typ, gaz in raw:
        if gaz or typ != "Organization" or _org_type(name.split()) != "Organization" or e <= s:
            continue
        root = doc[s:e].root
        kinds = {at[c.i][3] for c in root.conjuncts if c.i in at and at[c.i][2] != name}
        if kinds == {"Company"} and len(root.conjuncts) == sum(c.i in at for c in root.conjuncts):
            companies.add(name)
    _as_companies(raw, companies, {"Organization"})


def _as_companies(raw: list, names: set[str], kinds: set[str]) -> None:
    """Retype every name of ``names`` found by type (not from the gazetteer) as one of ``kinds``
    to a company."""
    raw[:] = [(s, e, name, "Company", gaz) if name in names and typ in kinds and not gaz else (s, e, name, typ, gaz)
              for s, e, name, typ, gaz in raw]


def _persons_with_staff(doc, raw: list) -> None:
    """``"Hootsuite employees"``, ``"Hootsuite's leadership"``: a one-word name NER took for a
    person, or a name of no telling kind NER took for an organisation, which the text gives
    employees or a leadership, is a company wherever it is named."""
    companies = set()
    for s, e, name, typ, gaz in raw:
        if gaz or e >= len(doc) or any(ch.isdigit() for ch in name):
            continue  # (not "JFK8 workers": a warehouse's code)
        if not (typ == "Person" and e - s == 1 and " " not in name or typ == "Organization" and _org_type(name.split()) == "Organization"):
            continue
        nxt = doc[e]
        if nxt.lemma_.lower() in {"employee", "worker", "staffer"} or nxt.lower_ in {"employees", "workers", "staffers"}:
            companies.add(name)
        elif nxt.lower_ in {"'s", "’s"} and e + 1 < len(doc) and doc[e + 1].lower_ in {"leadership", "employees", "executives", "workers", "staff", "board", "ceo", "headquarters"}:
            companies.add(name)
    _as_companies(raw, companies, {"Person", "Organization"})


def _join_listed_name(doc, raw: list) -> None:
    """``"the ACLU's Speech, Privacy, and Technology Project"``: a name that lists its subjects
    with commas, which NER cuts at them ("Speech" | "Technology Project"), is one name when
    the list follows a possessive, "the" or "of" and ends in an organisation's last word."""
    def name_word(i: int) -> bool:
        return doc[i].is_title and doc[i].pos_ in {"PROPN", "NOUN", "ADJ"}

    joined = True
    while joined:  # each join changes the list: look again from the start
        joined = False
        for s, e, name, typ, gaz in raw:
            if gaz or typ not in {"Organization", "AdvocacyGroup"} or doc[e - 1].lower_ not in _ORG_LAST_WORDS or s < 2 or doc[s - 1].lower_ != "and":
                continue
            k = s - 1  # before the "and"
            items = 0
            while k >= 2 and doc[k - 1].text == "," and name_word(k - 2):
                k -= 2
                while k >= 1 and name_word(k - 1):
                    k -= 1
                items += 1
            if not items or k < 1 or doc[k - 1].lower_ not in {"'s", "\u2019s", "the", "of"}:
                continue
            raw[:] = sorted([r for r in raw if not (k <= r[0] and r[1] <= e)] + [(k, e, _clean_text(doc[k:e].text), typ, False)])
            joined = True
            break


#: Last words of the names staff give their union after their employer: "Grindr United", "Vox Tech Guild".
_STAFF_UNION_HEADS = frozenset({"united", "guild"})
#: Words between the employer's name and that last word: "Acme Workers United", "Vox Tech Guild".
_STAFF_UNION_FILLERS = frozenset({"workers", "employees", "staff", "drivers", "tech", "union", "labor", "labour"})


def staff_union_employer(name: str, lookup) -> str | None:
    """The employer a union is named after (``"Vox Tech Guild"`` -> Vox, ``"Grindr United"`` ->
    Grindr), when the gazetteer knows it as a company or an outlet; else None."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _STAFF_UNION_HEADS:
        return None
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in _STAFF_UNION_FILLERS:
        k -= 1
    entry = lookup(" ".join(words[:k]))
    return entry.name if entry is not None and entry.type in {"Company", "NewsOutlet"} else None


#: Legal suffixes of company names.
_LEGAL_SUFFIXES = frozenset({"inc", "corp", "corporation", "llc", "ltd", "co", "plc", "gmbh", "ag", "sa", "nv", "bv", "lp", "llp"})
def _legal_suffix(tok) -> bool:
    """"Inc.", "LLC", "L.P.": a company's legal form, dots or not."""
    return tok.lower_.replace(".", "") in _LEGAL_SUFFIXES


#: Words of a company's registered name between its common name and the legal suffix:
#: "Ubisoft Entertainment SA", "Meta Platforms Inc." are Ubisoft and Meta.
_CORPORATE_FORMS = frozenset({
    "entertainment", "technologies", "technology", "systems", "holdings", "holding", "group", "international",
    "platforms", "labs", "software", "networks", "communications", "industries", "solutions", "services",
})

#: Nouns that end the name of a unit inside an organisation.
_UNIT_NOUNS = frozenset({"team", "group", "lab", "unit", "division"})
#: Lower-case kinds NER may read into an organisation's name ("the SUD Commerce union").
_KIND_NOUNS = frozenset({"union", "coalition", "campaign", "movement", "collective"})

#: Kinds of firm that are not the company an article is about ("the law firm", "a PR firm").
_OTHER_FIRM_KINDS = frozenset({
    "law", "legal", "consulting", "consultancy", "pr", "lobbying", "accounting", "staffing", "auditing",
    "investment", "equity", "relations", "outsourcing", "recruiting", "headhunting", "advertising", "marketing",
})


def _desc_key(tok) -> str:
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i]
    words = []
    for c in mods:
        words.extend(x.lower_ for x in c.subtree if not x.is_punct)
    words.append(tok.lemma_.lower())
    key = " ".join(words).replace("-", " ")
    return re.sub(r"\s+", " ", key)


#: What a company has that is another organisation or its people: "X and its parent company".
_RELATED_ORG_NOUNS = P.COMPANY_NOUNS | frozenset({"parent", "owner", "subsidiary", "affiliate", "unit", "division", "ceo", "founder",
                                                  "executive", "executives", "employee", "employees", "staff", "board", "investor", "investors",
                                                  "contractor", "contractors", "subcontractor", "subcontractors", "supplier", "suppliers", "vendor", "vendors", "partner", "partners"})
#: Jobs often held for a client rather than at the company in view.
_OUTSIDE_COUNSEL = frozenset({"lawyer", "attorney", "counsel", "consultant", "adviser", "advisor", "investigator"})
#: Plural nouns for people that may take up the people just named ("the two women").
_PEOPLE_NOUNS = frozenset({"senator", "lawmaker", "legislator", "activist", "woman", "man", "whistleblower", "critic", "author", "plaintiff"})
_SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


class _Salience:
    """What the article has talked about so far, for pronouns and descriptions."""

    def __init__(self, doc, de: DocEntities, unions: frozenset[str] = frozenset()):
        self.doc = doc
        self.de = de
        self.unions = unions  # unions known by a name that says none
        self.companies: list[tuple[int, M, bool]] = []
        self.persons: list[tuple[int, M, bool]] = []
        self.groups: list[tuple[int, M, bool]] = []
        self.others: list[tuple[int, M, bool]] = []
        self.titles = _title_holders(doc, de)
        self.named_starts = {m.start for m in de.mentions}

    @staticmethod
    def _is_subject(tok) -> bool:
        t = tok
        for _ in range(3):
            if t.dep_ in _SUBJ or t.dep_ == "pobj" and t.head.dep_ == "agent":
                return True  # ("backed by the Center": a passive's agent is its logical subject)
            if t.dep_ in {"pobj", "compound", "poss", "conj", "appos"} and t.head.i != t.i:
                if t.dep_ == "pobj" and t.head.head.lemma_.lower() not in P.COLLECTIVE_NOUNS:
                    return False
                t = t.head
                if t.dep_ == "prep":
                    t = t.head
                continue
            return False
        return False

    def push(self, m: M, tok, joint: bool = False) -> None:
        """Note a mention in reading order; ``joint`` for one of several entities a plural
        phrase stands for ("the two companies"), which makes none of them the subject in view."""
        unit = self.de.units[tok.i]
        subj = not joint and self._is_subject(self.doc[m.start:m.end].root if m.end > m.start else tok)
        entry = (unit, m, subj)
        if m.type == "Company" and P.platform_use(self.doc, m.start, m.end):
            self.others.append(entry)  # "said on Twitter": no company the text is about
        elif m.type == "Company":
            self.companies.append(entry)
        elif m.type == "Person":
            self.persons.append(entry)
        elif m.type == "EmployeeGroup":
            self.groups.append(entry)
            if m.anchor:
                self.companies.append((unit, M(m.start, m.end, m.anchor, m.anchor, "Company"), subj))
        elif m.type == "Product" and m.name in self.de.parents:
            # "a manager on Apple Maps ... the company": the product's company is in view
            self.others.append(entry)
            parent = self.de.parents[m.name]
            self.companies.append((unit, M(m.start, m.end, parent, parent, "Company"), subj))
        else:
            self.others.append(entry)

    def _quoted(self, m: M) -> bool:
        """Whether a mention stands inside a quotation of its sentence."""
        s = self.de.unit_bounds[self.de.units[m.start]][0]
        marks = [t.text for t in self.doc[s:m.start] if t.text in {'"', "“", "”"}]
        return marks.count('"') % 2 == 1 or marks.count("“") > marks.count("”")

    def _main_argument(self, m: M, deps: set[str]) -> bool:
        """Whether a mention fills one of ``deps`` of its sentence's main verb."""
        t = self.doc[m.start:m.end].root
        while t.dep_ in {"compound", "appos", "conj"} and t.head.i != t.i:
            t = t.head
        v = t.head
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
        return t.dep_ in deps and v.dep_ == "ROOT"

    def _main_subject(self, m: M) -> bool:
        return self._main_argument(m, {"nsubj", "nsubjpass"})

    def _pronoun_subject_before(self, unit: int) -> M | None:
        """The person a "he" or "she" that is the main subject of the sentence before stood for."""
        if unit < 1:
            return None
        s, e = self.de.unit_bounds[unit - 1]
        for t in self.doc[s:e]:
            if t.lower_ in {"he", "she"} and t.dep_ == "nsubj" and t.head.dep_ == "ROOT":
                ref = self.de.coref.get(t.i)
                return ref[0] if ref and len(ref) == 1 and ref[0].type == "Person" else None
        return None

    def _in_relative(self, m: M) -> bool:
        t = self.doc[m.start:m.end].root if m.end > m.start else self.doc[m.start]
        for _ in range(4):
            if t.dep_ in {"relcl", "acl"}:
                return True
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    def _relative_of(self, i: int) -> int | None:
        """The relative clause a token stands in (its coordinated clauses count as one):
        "X, who co-founded iRobot and serves as its CEO"."""
        t = self.doc[i]
        for _ in range(10):
            if t.dep_ in {"relcl", "acl"}:
                return t.i
            if t.dep_ == "conj" and t.head.dep_ in {"relcl", "acl"}:
                return t.head.i
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def company(self, tok, exclude: str | None = None, described: bool = False) -> M | None:
        """The company in view at ``tok``; ``described`` for "the company", "the firm", which in
        an article that names no company may mean an organisation it named as a subject."""
        unit = self.de.units[tok.i]
        for u, m, subj in reversed(self.companies):
            if unit - u > 6:
                break
            if subj and m.name != exclude:
                # the grammatical subject before a passive's agent: "Activision is being acquired
                # by Microsoft. ... the company" is Activision
                if self._passive_agent(m):
                    same = [e[1] for e in self.companies if e[0] == u and e[2] and e[1].name != exclude and not self._passive_agent(e[1])]
                    m = same[-1] if same else m
                # ... unless the article's main company, named in half as many sentences again, was
                # named since ("TikTok did not say ... Groups have criticized Teleperformance's
                # conditions ... urged the company")
                since = [e[1] for e in self.companies if e[1].start > m.start and e[1].start < tok.i and e[1].name not in {m.name, exclude}]
                if since:
                    told = Counter(name for _, name in {(e[0], e[1].name) for e in self.companies if e[1].start < tok.i})
                    main = max(since, key=lambda x: (told[x.name], x.start))
                    if 2 * told[main.name] >= 3 * told[m.name]:
                        m = main
                return M(tok.i, tok.i + 1, tok.text, m.name, m.type)
        for u, m, _ in reversed(self.companies):
            if m.name != exclude:
                return M(tok.i, tok.i + 1, tok.text, m.name, m.type)
        if described and not self.companies:
            # "ViaQuatro operates the line. The company's chief executive ...": an article that
            # names no company the gazetteer or NER knows as one means the organisation it last
            # named as a subject, when its name is no union's, agency's or institution's
            for u, m, subj in reversed(self.others):
                if m.type == "Organization" and subj and m.name != exclude and self.de.units[tok.i] - u <= 6 \
                        and not _NON_COMPANY_ORG_WORDS & set(re.findall(r"[a-z]+", m.name.lower())):
                    return M(tok.i, tok.i + 1, tok.text, m.name, m.type)
        return None

    def title_company(self, tok) -> M | None:
        """Whose "CEO Jane Roe" a bare title means: a company named before it in the sentence, else
        the company in view."""
        unit = self.de.units[tok.i]
        s0 = self.de.unit_bounds[unit][0]
        # a company this sentence names before the title comes first ("Employees at Microsoft wrote
        # to chief executive Satya Nadella", "The company, which is led by CEO Jane Roe")
        in_groups = {j for i in range(s0, tok.i) for g in self.de.groups.get(i, ()) for j in range(g.start, g.end)}
        here = [m for i in range(s0, tok.i) if i not in in_groups for m in self.de.by_tok.get(i, ()) if m.type == "Company"]
        # (a company a group of workers is named after only when the sentence names no other:
        # "Anthropic was founded by former OpenAI employees, including CEO Dario Amodei")
        here = here or [M(g.start, g.end, g.anchor, g.anchor, "Company") for i in range(s0, tok.i) for g in self.de.groups.get(i, ()) if g.anchor]
        if here:
            m = here[-1]
            return M(tok.i, tok.i + 1, tok.text, m.name, m.type)
        return self.company(tok)

    def last_companies(self, tok, n: int | None) -> list[M]:
        """The last ``n`` distinct companies named (``None``: all named in this sentence and
        the two before), when there are at least two."""
        unit = self.de.units[tok.i]
        names: list[M] = []
        for u, m, _ in reversed(self.companies):
            if unit - u > (6 if n else 2):
                break
            if all(m.name != x.name for x in names):
                names.append(m)
            if n and len(names) == n:
                break
        if len(names) < 2 or n and len(names) != n:
            return []
        return [M(tok.i, tok.i + 1, tok.text, m.name, m.type) for m in reversed(names)]

    def nearest_company(self, tok) -> M | None:
        """The company named last in this sentence or the two before, else :meth:`company`."""
        unit = self.de.units[tok.i]
        if self.companies and unit - self.companies[-1][0] <= 2:
            m = self.companies[-1][1]
            return M(tok.i, tok.i + 1, tok.text, m.name, m.type)
        return self.company(tok)

    def _passive_agent(self, m: M) -> bool:
        """Whether ``m`` is a passive's agent ("acquired by Microsoft")."""
        if m.end <= m.start:
            return False
        root = self.doc[m.start:m.end].root
        return root.dep_ == "pobj" and root.head.dep_ == "agent"

    def body_in_view(self, tok, words: frozenset) -> M | None:
        """The public body of a kind (``words`` in its name) the article names: the last before
        ``tok``, else the first after it; for a mayor with none named, the government of the
        city the article names most."""
        def held(m: M) -> bool:
            name = m.name.lower().replace("'s", "").split()
            if "city" in words:
                return m.name.lower().startswith(("city of", "city and county of"))
            if "police" in words:
                return "police" in name
            return name[-1] in words  # "Lockport City School District", not "Smart Schools Bond Act"
        cands = [m for m in self.de.mentions if m.type in {"GovernmentAgency", "Organization"} and held(m)]
        before = [m for m in cands if m.start < tok.i]
        m = before[-1] if before else (cands[0] if cands else None)
        if m is None and "city" in words:
            places = Counter(e.text for e in self.doc.ents if e.label_ == "GPE" and e.text.lower() not in _US_STATES | _COUNTRIES
                             and e[0].is_title and len(e.text) > 2)
            if places:
                first = {}
                for e in self.doc.ents:
                    first.setdefault(e.text, e.start)
                best = max(places.items(), key=lambda kv: (kv[1], -first[kv[0]]))
                if best[1] >= 2:
                    name = f"City of {best[0]}"
                    return M(tok.i, tok.i + 1, tok.text, name, "GovernmentAgency")
            return None
        return M(tok.i, tok.i + 1, tok.text, m.name, m.type) if m is not None else None

    def nearest_agency(self, tok, heads: frozenset | set | None = None) -> M | None:
        """The public body named last in this sentence or the two before (one whose name ends
        in one of ``heads`` when given)."""
        unit = self.de.units[tok.i]
        for u, m, _ in reversed(self.others):
            if unit - u > 2:
                break
            if m.type == "GovernmentAgency" and m.start < tok.i and (heads is None or m.name.split()[-1].lower() in heads):
                return M(tok.i, tok.i + 1, tok.text, m.name, m.type)
        return None

    def subject_company_here(self, tok) -> M | None:
        """A company in subject position earlier in the same sentence."""
        unit = self.de.units[tok.i]
        for u, m, subj in reversed(self.companies):
            if u != unit:
                break
            if subj and m.start < tok.i and m.start in self.named_starts:
                return M(tok.i, tok.i + 1, tok.text, m.name, m.type)
        return None

    def pronoun(self, tok) -> list[M]:
        low = tok.lower_
        if tok.text == "IT" and tok.pos_ != "PRON":
            return []  # "IT workers": information technology
        unit = self.de.units[tok.i]
        if low in {"he", "she", "him", "his", "her", "hers"}:
            # "Cruz pressed him": an object pronoun is not the subject of its own verb
            clause_subjects = set()
            if low in {"him", "her"} and tok.dep_ in {"dobj", "dative", "pobj"}:
                v = tok.head.head if tok.dep_ == "pobj" else tok.head
                clause_subjects = {m.name for c in v.children if c.dep_ == "nsubj" for m in self.de.by_tok.get(c.i, ())}
            near = [(u, m, subj) for u, m, subj in self.persons if m.start < tok.i and unit - u <= 3
                    and "\n" not in self.doc[m.end - 1:tok.i].text and m.name not in clause_subjects]
            if tok.dep_ == "nsubj" and low in {"he", "she"} and tok.head.dep_ == "conj" and tok.head.head.i < tok.i:
                # "He called on X to testify, and he urged Y to ...": the subject of the first clause
                for c in [x for x in tok.head.head.children if x.dep_ == "nsubj"]:
                    ref = self.de.coref.get(c.i, []) if c.lower_ == low else [m for m in self.de.by_tok.get(c.i, ()) if m.type == "Person"]
                    if len(ref) == 1 and ref[0].type == "Person":
                        return [M(tok.i, tok.i + 1, tok.text, ref[0].name, ref[0].type)]
            if tok.dep_ == "nsubj" and low in {"he", "she"}:
                # "Roe walked to the stage while Doe was speaking. 'Doe, shame on you,' she
                # shouted": a subject pronoun takes up a name of its own sentence outside
                # quotations, else the main subject of the sentence before
                near = [e for e in near if not self._quoted(e[1])]
                chained = self._pronoun_subject_before(unit)
                if near and near[-1][0] < unit and chained is not None and near[-1][0] <= unit - 1:
                    return [M(tok.i, tok.i + 1, tok.text, chained.name, chained.type)]  # "He reported to X. ..., he led": the same person
                if near and near[-1][0] < unit:
                    main = [e for e in near if e[0] == near[-1][0] and self._main_subject(e[1])]
                    # ... else its main verb's object ("Twitter hired Zatko after a hack in which
                    # the accounts of Obama were hijacked. He reported to ...": Zatko)
                    main = main or [e for e in near if e[0] == near[-1][0] and self._main_argument(e[1], {"dobj", "nsubjpass"})]
                    near = main or near
            if not near:
                return []
            m = near[-1][1]
            return [M(tok.i, tok.i + 1, tok.text, m.name, m.type)]
        if low in {"it", "its"}:
            # "NSO Group and its parent company": the name the phrase is coordinated with (not
            # "WhatsApp and its photo-sharing app Instagram", whose "its" may be an owner named before)
            h = tok.head
            if low == "its" and tok.dep_ == "poss" and h.dep_ == "conj" and h.head.i < tok.i and h.lemma_.lower() in _RELATED_ORG_NOUNS:
                first = [m for m in self.de.by_tok.get(h.head.i, ()) if m.type in ORG_TYPES]
                if len(first) == 1:
                    return [M(tok.i, tok.i + 1, tok.text, first[0].name, first[0].type)]
            # inside "X, which ...", the X the relative clause is about ("Apple, which makes Google
            # Search the default in its Safari browser")
            rel = self._relative_of(tok.i)
            if rel is not None and low == "it" and tok.dep_ in {"dobj", "dative", "pobj"} and tok.head.i == rel:
                rel = None  # (not "a firm that bought it": the firm did not buy itself)
            if rel is not None and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"which", "that"} for c in self.doc[rel].children):
                h = self.doc[rel].head
                ante = [m for m in self.de.by_tok.get(h.i, ()) if m.type in ORG_TYPES]
                if not ante and h.dep_ == "appos":
                    # "AWS, the company's cloud division, which counts BP among its customers"
                    ante = [m for m in self.de.by_tok.get(h.head.i, ()) if m.type in ORG_TYPES]
                if len(ante) == 1:
                    return [M(tok.i, tok.i + 1, tok.text, ante[0].name, ante[0].type)]
            # "Privacy International filed complaints against it": an object pronoun is not the
            # subject of its own verb
            own_subjects: set[str] = set()
            if low == "it" and tok.dep_ in {"dobj", "dative", "pobj"}:
                v = tok.head
                for _ in range(4):
                    if v.pos_ in {"VERB", "AUX"} or v.head.i == v.i:
                        break
                    v = v.head
                if v.pos_ in {"VERB", "AUX"}:
                    own_subjects = {m.name for c in v.children if c.dep_ == "nsubj" for x in c.subtree for m in self.de.by_tok.get(x.i, ())}
            # an organisation that is the subject of this sentence, else the salient company
            same = [e for e in self.companies + self.others if e[0] == unit and e[2] and e[1].start < tok.i and e[1].type in ORG_TYPES
                    and e[1].name not in own_subjects]
            if same:
                # the main clause's subject before one inside a relative clause ("Ring, which
                # Amazon bought, was founded by X, who remains its chief executive")
                main = [e for e in same if not self._in_relative(e[1])]
                # ... and the subject itself before an owner named inside it ("AWS, Amazon's cloud
                # division, sells its Bedrock service": AWS's)
                heads = [e for e in main or same if e[1].end > e[1].start and self.doc[e[1].start:e[1].end].root.dep_ in _SUBJ]
                m = max(heads or main or same, key=lambda e: e[1].start)[1]
                return [M(tok.i, tok.i + 1, tok.text, m.name, m.type)]
            # else a company named earlier in this sentence ("Amazon's decision to pause police
            # use of Rekognition, its facial-recognition product")
            here = [e for e in self.companies if e[0] == unit and e[1].end <= tok.i and e[1].name not in own_subjects and (
                not self._in_relative(e[1]) or self._relative_of(e[1].start) == self._relative_of(tok.i))]
            if low == "its" and here and len({e[1].name for e in here}) == 1:
                m = here[-1][1]
                return [M(tok.i, tok.i + 1, tok.text, m.name, m.type)]
            # else an organisation that was the subject of the sentence before ("The union
            # formed in May. Its president, ...") when it is newer than the salient company
            prev = [e for e in self.companies + self.others if 0 < unit - e[0] <= 1 and e[2] and e[1].type in ORG_TYPES - {"NewsOutlet"}]
            # ... or a named workers' group ("No Azure for Apartheid launched a petition. Its petition ...")
            prev += [e for e in self.groups if 0 < unit - e[0] <= 1 and e[2] and e[1].explicit and not e[1].workforce]
            prev = [e for e in prev if e[1].name not in own_subjects]
            c = self.company(tok)
            c = None if c is not None and c.name in own_subjects else c
            if prev:
                m = max(prev, key=lambda e: e[1].start)[1]
                # (a company named, not one a bare "warehouse workers" implies)
                last_company = max((e[1].start for e in self.companies if e[1].start in self.named_starts), default=-1)
                if m.type == "Company" or m.start > last_company:
                    return [M(tok.i, tok.i + 1, tok.text, m.name, m.type)]
            return [c] if c else []
        if low in {"they", "them", "their", "theirs"}:
            people = self._coordinated_people(tok)
            if people:
                # "X fired Jane Roe and John Poe after they criticized ...": those people
                return people
            for u, m, subj in reversed(self.groups):
                if unit - u > 1:
                    break
                if u == unit or subj:
                    return [M(tok.i, tok.i + 1, tok.text, m.name, m.type, m.anchor, m.explicit)]
            # "The walkout was organised by trans employees ... They called on Netflix": the one
            # group the sentence before named, in whatever role
            before = {m.name: m for u, m, _ in self.groups if u == unit - 1}
            if low == "they" and len(before) == 1 and tok.dep_ == "nsubj":
                m = next(iter(before.values()))
                return [M(tok.i, tok.i + 1, tok.text, m.name, m.type, m.anchor, m.explicit)]
            return []
        return []

    def _coordinated_people(self, tok) -> list[M]:
        unit = self.de.units[tok.i]
        here = [m for u, m, _ in self.persons if u == unit and m.end <= tok.i]
        if len(here) < 2:
            return []
        members = self._coordinated_with(here[-1], here)
        return [M(tok.i, tok.i + 1, tok.text, m.name, m.type) for m in members] if len(members) > 1 else []

    def _coordinated_with(self, m: M, here: list[M]) -> list[M]:
        """The mentions of ``here`` coordinated in one phrase with ``m`` ("X, Y and Z")."""
        first = _list_head(self.doc[m.start:m.end].root)
        group = {first.i} | {c.i for c in first.conjuncts}
        return [p for p in here if any(p.start <= i < p.end for i in group)]

    def last_people(self, tok, n: int) -> list[M]:
        """The ``n`` people last named together (coordinated in one phrase, else the last ``n``
        named) in this sentence or the two before, for "the three leaders"."""
        unit = self.de.units[tok.i]
        for u in range(unit, max(unit - 3, -1), -1):
            here = [m for v, m, _ in self.persons if v == u and m.end <= tok.i and m.end > m.start]
            for m in reversed(here):
                together = list({p.name: p for p in self._coordinated_with(m, here)}.values())
                if len(together) == n:
                    return [M(tok.i, tok.i + 1, tok.text, p.name, p.type) for p in together]
            # (a list the parser did not coordinate, "X, president of Y; Z, president of W; ...":
            # the last ``n`` people the sentence names)
            last = list({p.name: p for p in here}.values())
            if len(last) >= n:
                return [M(tok.i, tok.i + 1, tok.text, p.name, p.type) for p in last[-n:]]
        return []

    def last_together(self, tok, pool: list, types: set[str]) -> list[M]:
        """The mentions of ``types`` last named together, two or more coordinated in one phrase,
        in this sentence (before ``tok``) or the two before: "the lawmakers", "the groups"."""
        unit = self.de.units[tok.i]
        for u in range(unit, max(unit - 3, -1), -1):
            here = [m for v, m, _ in pool if v == u and m.end <= tok.i and m.end > m.start and m.type in types]
            for m in reversed(here):
                together = list({p.name: p for p in self._coordinated_with(m, here)}.values())
                # (not whom they wrote to, which the parser may take into the list: "In a letter to
                # Secretary Alex Azar, Sen. Elizabeth Warren, Rep. Carolyn Maloney ...")
                together = [p for p in together if not (self.doc[p.start:p.end].root.dep_ == "pobj"
                                                        and self.doc[p.start:p.end].root.head.lower_ in {"to", "with", "for", "from"})]
                if len(together) >= 2:
                    return [M(tok.i, tok.i + 1, tok.text, p.name, p.type) for p in together]
        return []

    def recent_groups(self, tok) -> list[M]:
        """The employee groups of this sentence before ``tok`` (for "their companies")."""
        unit = self.de.units[tok.i]
        before = [(u, m) for u, m, _ in self.groups if u == unit and m.start < tok.i]
        if not before:
            return []
        last_end = max(m.end for _, m in before)
        # "Fifty X engineers and 80 Y engineers ... their employers": every conjunct group
        head = self.doc[last_end - 1]
        linked = {head.i} | {c.i for c in head.conjuncts}
        return [m for _, m in before if m.end == last_end or m.end - 1 in linked]

    def last_group(self, tok, same_unit: bool = False) -> M | None:
        unit = self.de.units[tok.i]
        for u, m, _ in reversed(self.groups):
            if unit - u > (0 if same_unit else 8):
                break
            return m
        return None

    def last_named_group(self, tok, also: frozenset | set = frozenset()) -> M | None:
        unit = self.de.units[tok.i]
        # (an organisation only when its name says it is a body of people: "the GMB union", not a reseller)
        cands = [e for e in self.groups + self.others if (e[1].type in {"EmployeeGroup", "AdvocacyGroup"} or e[1].type in also and (
            e[1].type != "Organization" or _COLLECTIVE_NAME_WORDS & set(e[1].name.lower().split()) or e[1].name.isupper())) and unit - e[0] <= 8]
        # "the group" means a group with a name of its own before "<Company> employees"
        named = [e for e in cands if not e[1].workforce]
        cands = named or cands
        if not cands:
            return None
        # of the groups the latest sentence names, the one it is about: "Immigrant rights group
        # Mijente, which campaigns under the banner #NoTechForICE, said ... The group called on"
        last = max(e[0] for e in cands)
        latest = [e for e in cands if e[0] == last]
        cands = [e for e in latest if e[2]] or cands
        m = max(cands, key=lambda e: e[1].start)[1]
        return M(tok.i, tok.i + 1, tok.text, m.name, m.type, m.anchor)

    def last_of_type(self, tok, typ: str, agency_only: bool = False, where=lambda m: True) -> M | None:
        """The mention of type ``typ`` named last before ``tok`` (within six sentences) of which
        ``where`` holds."""
        unit = self.de.units[tok.i]
        cands = [e for e in self.others + self.companies if e[1].type == typ and unit - e[0] <= 6 and e[1].start < tok.i
                 and not (agency_only and _NOT_AN_AGENCY & set(e[1].name.lower().split())) and where(e[1])]
        if not cands:
            return None
        if agency_only and len({e[1].name for e in cands}) > 1:
            # "the agency" among several bodies named: the last one the text called an agency
            # ("the EU's border agency Frontex", not the anti-fraud office named after it)
            doc = tok.doc
            cands = [e for e in cands if any(x.lemma_.lower() == "agency" for x in _describing(doc[e[1].start:e[1].end]))] or cands
        m = max(cands, key=lambda e: e[1].start)[1]
        return M(tok.i, tok.i + 1, tok.text, m.name, m.type)

    def named_by_head(self, tok, lemma: str) -> M | None:
        unit = self.de.units[tok.i]
        cands = [e for e in self.others + self.companies + self.groups
                 if unit - e[0] <= 10 and e[1].start < tok.i and e[1].type != "Person"
                 and (e[1].name.split()[-1].lower() in {lemma, lemma + "s"} or f" {lemma} of " in f" {e[1].name.lower()}" or f" {lemma} on " in f" {e[1].name.lower()}"  # ("U.S. Department of Justice", "Subcommittee on X")
                      or lemma == "union" and e[1].type == "Organization" and (_UNION_WORDS & set(e[1].name.lower().split()) or e[1].name in self.unions)
                      or lemma == "union" and e[1].type == "EmployeeGroup" and e[1].name.split()[-1].lower() in _STAFF_UNION_HEADS)
                 and (len(e[1].name.split()) > 1 or lemma == "union" and (e[1].name in self.unions or e[1].name.lower() in _UNION_WORDS))]
        if not cands:
            return None
        m = max(cands, key=lambda e: e[1].start)[1]
        return M(tok.i, tok.i + 1, tok.text, m.name, m.type, m.anchor)

    def led_by(self, person: str) -> M | None:
        for (title, org), holder in self.titles.items():
            if holder.name == person and org:
                return M(holder.start, holder.end, org, org, "Company")
        return None

    def title_holder(self, lemma: str) -> M | None:
        lemma = "ceo" if lemma in {"chief"} else lemma
        comp = None
        if self.companies:
            comp = self.companies[-1][1].name
        holders = [(org, h) for (title, org), h in self.titles.items() if title == lemma]
        for org, h in holders:
            if org == comp:
                return h
        names = {h.name for _, h in holders}
        if len(names) == 1:
            return holders[0][1]
        return None


def _title_key(t) -> str:
    """The title a noun names, for matching holders: "chief executive" is the CEO, and a
    cofounder a founder."""
    lemma = t.lemma_.lower()
    if lemma == "executive" and any(c.lower_ == "chief" for c in t.children if c.dep_ in {"amod", "compound"}):
        return "ceo"
    if lemma in {"cofounder", "co-founder"}:
        return "founder"
    return lemma


def _title_holders(doc, de: DocEntities) -> dict[tuple[str, str | None], M]:
    """``"Amazon CEO Jeff Bezos"``, ``"Andy Jassy, CEO of AWS"``: who holds which top title
    where, read from the whole article (so that "the CEO" resolves even before the name)."""
    out: dict[tuple[str, str | None], M] = {}
    for m in de.mentions:
        if m.type != "Person":
            continue
        root = doc[m.start:m.end].root
        cands = [c for c in root.children if c.dep_ in {"compound", "appos"} and c.i < m.start or c.dep_ == "appos"]
        if root.dep_ == "appos":
            cands.append(root.head)
        for c in cands:
            lemma = _title_key(c)
            if lemma not in P.TOP_TITLES and lemma not in {"ceo", "founder"}:
                continue
            org = None
            for x in list(c.children) + [y for y in root.children if y.dep_ in {"compound", "poss"} and y.i < c.i]:
                ms = de.by_tok.get(x.i)
                if x.dep_ in {"compound", "poss"} and ms and ms[0].type in ORG_TYPES:
                    org = ms[0].name
                elif x.dep_ == "prep" and x.lower_ in {"of", "at"}:
                    for p in x.children:
                        pm = de.by_tok.get(p.i)
                        if p.dep_ == "pobj" and pm and pm[0].type in ORG_TYPES:
                            org = pm[0].name
            out.setdefault((lemma, org), m)
    return out
