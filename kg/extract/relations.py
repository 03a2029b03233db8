"""Relations from dependency structure.

One pass over the tokens of a doc; each token whose lemma is a trigger of some predicate
(``"petitioned"``, ``"letter"``, ``"contract"``, ``"CEO"`` ...) hands its dependency
neighbourhood to that predicate's rule. Arguments resolve to mentions through
coordination (``"Bezos and Jassy"``), relative pronouns (``"Palantir, which ..."``),
collectives (``"a group of Amazonians"``), examples (``"companies like Palantir"``),
possessors (``"the company's contracts"``) and controllers of non-finite verbs
(``"hundreds signed a letter asking Amazon to ..."``). Every candidate is checked against
the predicate's type signature and dropped when negated, hypothetical, intended or asked
as a question."""

from __future__ import annotations


import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from kg.extract import patterns as P
from kg.extract.entities import _COUNTRIES, _UNION_WORDS, _US_STATES, ORG_TYPES, STAFF_TITLES, DocEntities, M, _council_member, _local_office, _with_field_variants
from kg.extract.quotes import quotes
from kg.types import WORKFORCE_SUFFIX

ACTORS = frozenset({"EmployeeGroup", "Person", "AdvocacyGroup"})
ORGS_AND_PEOPLE = ORG_TYPES | {"Person"}

#: Rules that read a suit brought in court, which a company may bring too.
_LITIGATION_RULES = frozenset({"litigation", "dispute"})
#: The hyphens that join a name to a participle: "the Raj Thackeray-led party", "a Palantir-built tool".
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: ... and, with those, the rules by which a company opposes something publicly: going to law, or
#: leaving something in protest ("Intel withdrew from the summit in protest").
_COMPANY_PROTEST_RULES = _LITIGATION_RULES | {"withdrawal", "union-opposition"}
#: Who may go to law besides the actors: companies and other organisations.
_LITIGANTS = frozenset({"Company", "Organization"})

#: What the writers or signers of a letter do to it.
_AUTHORING_VERBS = frozenset({"sign", "write", "send", "pen", "draft", "circulate", "organize", "organise", "deliver", "launch", "start",
                              "publish", "post", "release", "issue", "lead", "spearhead", "author", "co-author", "coauthor", "co-sign", "cosign"})

#: predicate -> (subject types, object types)
SIGNATURES: dict[str, tuple[frozenset, frozenset]] = {
    "petitioned": (ACTORS, frozenset({"Person", "Company", "GovernmentAgency", "Organization"})),
    "protested": (ACTORS | {"Organization"}, frozenset({"Company", "GovernmentAgency", "Organization", "Product", "Person"})),
    "contractsWith": (frozenset({"Company", "Organization"}), frozenset({"Company", "GovernmentAgency", "Organization"})),
    "develops": (frozenset({"Company", "Organization"}), frozenset({"Product"})),
    "leads": (frozenset({"Person"}), ORG_TYPES | {"EmployeeGroup"}),
    "worksFor": (frozenset({"Person", "EmployeeGroup"}), ORG_TYPES | {"EmployeeGroup"}),
    "partOf": (ORG_TYPES | {"EmployeeGroup"}, ORG_TYPES | {"EmployeeGroup"}),  # named groups only: "the union is part of the CWA"
    "investigated": (ORGS_AND_PEOPLE, ORGS_AND_PEOPLE | {"EmployeeGroup"}),
    "respondedTo": (ORGS_AND_PEOPLE, frozenset({"EmployeeGroup", "Person", "AdvocacyGroup"})),
    "signatoryCount": (frozenset({"EmployeeGroup", "AdvocacyGroup"}), frozenset()),
}

_AGENCY_PART_NOUNS = frozenset({"ministry", "agency", "department", "office", "official", "officer", "agent", "authority"})
#: Members of a public body, and the words that name it: "urged supervisors", "asked members".
_BODY_MEMBER_NOUNS = {"supervisor": frozenset({"supervisors"}), "member": frozenset({"council", "board", "assembly", "committee", "commission"}),
                      "trustee": frozenset({"trustees", "board"}), "councilmember": frozenset({"council"}), "councillor": frozenset({"council"}),
                      "official": frozenset()}

#: People who act for an agency: "regulators at the NHTSA", "investigators from the DGCCRF".
_AGENCY_STAFF_NOUNS = frozenset({"official", "officer", "agent", "regulator", "investigator", "inspector", "prosecutor", "auditor", "examiner",
                                 "attorney", "lawyer", "staff", "staffer", "watchdog"})
_LEADERSHIP_NOUNS = frozenset({"leadership", "management", "executive", "executives", "board", "brass", "boss", "bosses", "leader", "leaders", "higher-up", "higher-ups"})
#: Words for a part of a group: "several of the company's employees", "many of whom".
_PARTITIVES = frozenset({"many", "some", "most", "several", "all", "dozens", "hundreds", "thousands", "one", "none", "few", "scores", "each"})

#: Last words of the names of events, which are no units of their organisers.
_EVENT_WORDS = frozenset({"summit", "conference", "forum", "expo", "festival", "celebration", "awards", "keynote", "hackathon",
                          "convention", "symposium", "meeting", "showcase", "week", "day", "gala", "fair"})
#: Nouns that describe a named organised group in apposition: "X, a coalition of workers who ...".
_COLLECTIVE_NOUNS = frozenset({"group", "coalition", "collective", "organization", "organisation", "network", "campaign", "movement",
                               "alliance", "association", "union", "caucus"})
_SPEAKER_ROLES = P.SPEAKER_ROLES | {"rep"}  # ("a union rep said")
_PRESS_QUESTIONS = frozenset({"comment", "respond", "confirm", "clarify", "explain", "elaborate", "answer", "say", "discuss", "share", "detail", "describe"})
#: What a reporter asks a company for: "asked Amazon for comment".
_PRESS_REQUESTS = frozenset({"comment", "response", "reply", "statement", "reaction", "clarification", "interview", "confirmation"})
_OBJECT_CONTROL = frozenset({"direct", "order", "instruct", "task", "commission", "ask", "urge", "force", "push", "pressure", "call", "help", "allow", "lead", "encourage", "tell", "want", "implore", "press", "require", "compel", "convince", "persuade", "get", "spur", "prompt", "drive", "beg", "lobby", "petition", "challenge"})
_NUM_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
              "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
              "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
              "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
              "dozen": 12, "million": 1_000_000}
_SKIP_UNIT = re.compile(r"^\s*(read more|see also|related|now read|now watch|watch|recommended|more from|sign up|subscribe)\b", re.I)


@dataclass(frozen=True)
class Cand:
    """A candidate fact inside one doc: mentions (or a number), the trigger token, how sure."""

    subj: M
    pred: str
    obj: M | str
    trigger: int
    conf: float
    rule: str


def parse_count(tok) -> int | None:
    """``"550"``, ``"3,000"``, ``"1.5 million"``, ``"five hundred"`` -> int."""
    text = tok.text.replace(",", "").lower()
    value: float | None = None
    try:
        value = float(text)
    except ValueError:
        value = _NUM_WORDS.get(text)
    if value is None:
        return None
    for c in tok.children:
        if c.dep_ in {"compound", "quantmod", "nummod"} and c.i < tok.i:
            w = _NUM_WORDS.get(c.lower_)
            if w and w < 100 and value >= 100:
                value = w * value
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in {"million", "thousand", "hundred"} and nxt.head.i in {tok.i, tok.head.i}:
        value *= _NUM_WORDS[nxt.lower_]
    return int(value) if value >= 1 else None


#: Doing something with a tool or with data, whose doer follows "by": "the use of X by the police".
_USE_NOUNS = frozenset({"use", "deployment", "handling", "collection", "sharing", "adoption", "processing", "retention", "purchase", "monitoring"})

#: Besides supplying, what a party to a deal agrees to do: "agreed to pay the company for access".
_DEAL_VERBS = frozenset({"help", "assist", "pay", "buy", "purchase", "license", "lease"})


class RelationReader:
    """Reads the candidate facts of one doc. Cheap to build: the lexicons are module
    constants and the dispatch table is built once per extractor (``TRIGGERS``)."""

    def __init__(self, doc, de: DocEntities, gaz_lookup=None):
        self.doc = doc
        self.gaz_lookup = gaz_lookup
        self.de = de
        self.out: list[Cand] = []
        self.letter_authors: list[M] = []
        self.letter_recipients: list[M] = []  # to whom the letter or petition last named was addressed
        self.grievance_owner: list[M] = []
        self.voiced: set[str] = set()  # groups that signed or sent something in this article
        self.raisers: list[M] = []  # who protested or petitioned so far, in order
        self.claimants: list[M] = []  # who last said, argued or alleged something
        self._quotations: list | None = None
        self.inv_agents: list[tuple[M, int]] = []
        self.last_ask: tuple[list[M], int] = ([], -1)  # who last asked for something, and in which sentence
        self.contract_clients: list[M] = []  # the public bodies of the contract last named
        self.retreats: list[tuple[M, int]] = []  # companies giving up a contract or project, and where
        self.sales: list[tuple[M, M, int]] = []  # (product, buyer, trigger): contracts with the product's maker
        self.inv_targets: list[tuple[M, int]] = []
        self.employer_grievances: list[tuple[M, int]] = []  # people who complained about their workplace
        self.hearings: list[tuple[M, M, int, str]] = []  # (who met or took questions, from whom, trigger, rule)
        self.skip_units = set()
        for u, (s, e) in enumerate(de.unit_bounds):
            if e <= s:
                continue
            j = e - 1
            while j > s and doc[j].text in {'"', "'", "”", "’", ")", "“"}:
                j -= 1
            if doc[j].text == "?" or _SKIP_UNIT.match(doc[s:min(e, s + 3)].text):
                self.skip_units.add(u)

    def quotations(self) -> list:
        """The doc's direct quotations and their speakers (see :func:`kg.extract.quotes.quotes`),
        read once."""
        if self._quotations is None:
            self._quotations = quotes(self.doc, self.de, self.doc.text)
        return self._quotations

    def quote_speaker(self, tok) -> M | None:
        """The speaker of the direct quotation ``tok`` is in, if any."""
        for _body, speaker, _s, _e, qs, qe in self.quotations():
            if speaker is not None and qs <= tok.idx < qe:
                return speaker
        return None

    def known_org(self, name: str, at: M) -> M:
        """The organisation ``name`` as a mention on ``at``'s tokens, of the type the gazetteer
        gives it (a company where it does not know the name)."""
        entry = self.gaz_lookup(name) if self.gaz_lookup else None
        return M(at.start, at.end, name, name, entry.type if entry is not None else "Company")

    def board_owner(self, m: M) -> M | None:
        """The organisation a board mention (``"Amazon's board"``) governs."""
        owner = self.de.parents.get(m.name) if m.type == "Organization" and m.name.endswith(" board") else None
        return self.known_org(owner, m) if owner is not None else None

    # -- output ----------------------------------------------------------------------------

    def emit(self, subj: M, pred: str, obj: M | str, trigger, conf: float, rule: str) -> None:
        subj_types, obj_types = SIGNATURES[pred]
        if subj.type not in subj_types and not (pred == "protested" and subj.type == "Company" and rule in _COMPANY_PROTEST_RULES):
            return  # (a company that takes someone to court, or leaves something in protest, opposes them publicly)
        if isinstance(obj, M):
            if obj.type not in obj_types or obj.name == subj.name:
                return
            if pred == "worksFor" and subj.type == "EmployeeGroup" and (subj.anchor and obj.name != subj.anchor and rule != "group" or subj.platform_members):
                return  # (nor do "Etsy sellers" work for Etsy)
            if subj.type == "EmployeeGroup" and obj.type == "EmployeeGroup":
                return
            if pred == "partOf" and (any(m.type == "EmployeeGroup" and m.anchor and m.workforce for m in (subj, obj))
                                     or subj.type == "EmployeeGroup" and obj.type == "Company"):
                return  # "<Company> employees" are a workforce, no unit of anything; a workers' group is no unit of a company
            if pred == "partOf" and subj.name.lower() in _COUNTRIES:
                return  # "Google's Israel business": a market, not a unit named Israel
            if pred == "partOf" and (_generic(subj) or _generic(obj)):
                return  # "law enforcement agencies within DHS": a kind of body, not one unit nor a whole
            if pred in {"worksFor", "leads"} and _generic(obj):
                # "police spokesperson Jane Roe" works for the one police force the article names,
                # not for police at large
                forces = {m.name: m for m in self.de.mentions if m.type in {"GovernmentAgency", "Organization"} and not _generic(m) and "police" in m.name.lower()}
                if len(forces) != 1:
                    return
                obj = _here(next(iter(forces.values())), self.doc[obj.start] if obj.start < len(self.doc) else trigger)
            if pred == "partOf" and (subj.name.split()[-1].lower() in _EVENT_WORDS or subj.type == "GovernmentAgency" and obj.type == "Company"):
                return  # "the AWS Summit" is an event, "Palantir's ICE business" a client
            if pred in {"worksFor", "leads"} and obj.type == "EmployeeGroup" and obj.anchor and obj.workforce:
                return  # one works for a company or a named group, not for "<Company> employees"
            if subj.anchor and obj.name != subj.anchor and obj.end - obj.start == 1 and obj.start < len(self.doc):
                t = self.doc[obj.start]
                if t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in P.COMPANY_NOUNS and any(c.lower_ == "their" for c in t.children):
                    return  # "X and Y employees called on their employers": each on its own
        units = self.de.units
        ti = trigger.i if hasattr(trigger, "i") else trigger
        if units[ti] in self.skip_units:
            return
        for m in (subj, obj):
            if isinstance(m, M) and m.end > m.start and units[m.start] != units[ti] and units[min(m.end - 1, len(units) - 1)] != units[ti]:
                return
        if not subj.explicit or (isinstance(obj, M) and not obj.explicit):
            conf *= 0.85
        if pred in {"protested", "petitioned", "signatoryCount"} and subj.type in {"EmployeeGroup", "AdvocacyGroup"}:
            self.voiced.add(subj.name)  # a group that spoke up: what a later "responded" answers
        if pred in {"protested", "petitioned"} and subj.type in ACTORS and subj.explicit:
            self.raisers.append(subj)
        self.out.append(Cand(subj, pred, obj, ti, round(conf, 3), rule))

    # -- argument resolution ---------------------------------------------------------------

    def ents(self, tok, depth: int = 0) -> list[M]:
        """Mentions an argument token stands for, with coordination and examples."""
        if tok is None or depth > 5:
            return []
        found = list(self.de.at(tok.i))
        if tok.lemma_.lower() in P.COLLECTIVE_NOUNS:
            # "a group of Grindr employees calling themselves Grindr United": the name they took
            found = [m for n in _named_as(tok) for m in self.de.at(n.i) if m.type in {"EmployeeGroup", "AdvocacyGroup"}] or found
        root = tok
        if found:
            m = found[0]
            if m.end > m.start and m.end - m.start > 1:
                root = self.doc[m.start:m.end].root
            if tok.tag_ in {"NNS", "NNPS"} and tok.pos_ == "NOUN":
                # "police forces, including the Metropolitan Police": the named examples too
                found += [x for p in _example_pobjs(tok) for x in self.ents(p, depth + 1)]
        else:
            low = tok.lower_
            lemma = tok.lemma_.lower()
            # "X, which the letter says is a customer of Y": the relative clause reports a clause
            reported = tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.head.dep_ == "relcl" and tok.head.head.i > tok.i
            if low in {"which", "that", "who", "whom"} and (tok.head.dep_ == "relcl" or reported):
                h = tok.head.head.head if reported else tok.head.head
                if low in {"who", "whom"} and h.dep_ == "appos":
                    # "Jane Roe, an engineer at X who ...": the person, not X's staff
                    found = [m for m in self.ents(h.head, depth + 1) if m.type == "Person"]
                if low in {"who", "whom"} and not found and not any(m.type == "Person" for m in self.de.at(h.i)):
                    # "Jane Roe, a researcher at the MIT Media Lab who heads X": "who" is the
                    # person whose apposition the organisation sits in
                    a = h
                    for _ in range(4):
                        if a.dep_ == "appos" and any(m.type == "Person" for m in self.de.at(a.head.i)):
                            found = [m for m in self.de.at(a.head.i) if m.type == "Person"]
                            break
                        if a.head.i == a.i:
                            break
                        a = a.head
                found = found or self.ents(h, depth + 1)
                if not found and h.dep_ == "appos" and h.pos_ == "NOUN":
                    found = self.ents(h.head, depth + 1)  # "AWS, its cloud division, which hosts ..."
                if not found and h.lemma_.lower() in P.LETTER_NOUNS and tok.dep_ == "nsubj":
                    found = self.authors(h)  # "the letter, which opposed X, was signed by Y"
            elif low == "whose" and tok.dep_ == "poss":
                # "Palantir, whose software ICE uses": the noun the relative clause hangs on
                t = tok.head
                for _ in range(4):
                    if t.dep_ == "relcl" or t.head.i == t.i:
                        break
                    if t.dep_ == "appos" and t.head.i < tok.i:
                        break  # "Palantir, whose chief executive, Alex Karp, ...", parsed as an apposition
                    t = t.head
                if t.dep_ in {"relcl", "appos"}:
                    found = self.ents(t.head, depth + 1)
                    if not found and t.head.dep_ == "attr" and t.head.head.pos_ == "AUX":
                        # "Unity is a game engine maker whose customers include X": the subject
                        found = [m for x in _child(t.head.head, "nsubj") for m in self.ents(x, depth + 1)]
                    elif not found and t.head.dep_ == "appos":
                        found = self.ents(t.head.head, depth + 1)  # "Unity, a maker whose ..."
                elif tok.i >= 2 and self.doc[tok.i - 1].text == ",":
                    # a relative clause the parser did not attach: the name right before ", whose"
                    found = [m for m in self.de.at(tok.i - 2) if m.end == tok.i - 1]
            elif lemma in {"member", "supporter", "activist", "organizer", "organiser"} and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "relcl" \
                    and any(c.lower_ == "whose" for c in _child(tok, "poss")):
                # "No Tech for Apartheid, whose members have demanded ...": the group itself
                found = [m for m in self.ents(tok.head.head, depth + 1) if m.type in {"EmployeeGroup", "AdvocacyGroup"}]
            elif (lemma in P.COLLECTIVE_NOUNS or tok.like_num) and any(m.type == "Person" for c in _child(tok, "appos", "conj") for m in self.de.at(c.i)):
                # "One of the fired workers, Jane Roe, had worked ...", "two of them, X and Y"
                # (the names parsed as conjuncts): the people named
                found = [m for c in _child(tok, "appos", "conj") for q in [c, *c.conjuncts] for m in self.de.at(q.i) if m.type == "Person"]
            elif lemma in P.COLLECTIVE_NOUNS or tok.like_num:
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in {"of", "from", "at"}:
                        for p in c.children:
                            if p.dep_ == "pobj":
                                found += self.ents(p, depth + 1)
                if not found and lemma in {"coalition", "alliance", "group"} and not tok.like_num:
                    # "a coalition led by Public Citizen wrote to X": the group that leads it
                    found = [m for m in _led_by(self, tok) if m.type in {"AdvocacyGroup", "Organization", "EmployeeGroup"}]
            if lemma in P.ORGANIZER_NOUNS or lemma[:-1] in P.ORGANIZER_NOUNS:
                # "organizers of the X walkout", "the #Group organizers": the group they speak for
                for c in tok.children:
                    if c.dep_ in {"compound", "poss"}:
                        found += [m for m in self.ents(c, depth + 1) if m.type in {"EmployeeGroup", "AdvocacyGroup", "Organization"}]
                for p in _pobjs(tok, {"of", "behind"}):
                    found += [m for m in self.ents(p, depth + 1) if m.type in {"EmployeeGroup", "AdvocacyGroup", "Organization"}]
            if not found and lemma == "office" and tok.pos_ == "NOUN":
                # "the office of New York's attorney general, Letitia James": the official; "his
                # office", said by an official: the official
                found = [m for p in _pobjs(tok, {"of"}) for m in self.ents(p, depth + 1) if m.type in {"Person", "GovernmentAgency"}]
                found = found or [m for c in _child(tok, "poss") if c.pos_ == "PRON" for m in self.ents(c, depth + 1)
                                  if m.type == "Person" and any(_OFFICIAL_TITLE.search(self.doc[max(0, x.start - 4):x.start].text)
                                                                for x in self.de.mentions if x.name == m.name)]
            if not found and lemma in _SPEAKER_ROLES:
                # "a Google spokesman, Jeff Roe, said": the person named
                found = [m for c in _child(tok, "appos") for m in self.de.at(c.i) if m.type == "Person" and m.start > tok.i]
            if not found and lemma in _SPEAKER_ROLES:
                # "a Google spokesperson said": the company speaks
                for c in tok.children:
                    if c.dep_ in {"compound", "poss"}:
                        found += [m for m in self.ents(c, depth + 1) if m.type in ORG_TYPES]
                for p in _pobjs(tok, {"for"}):
                    found += [m for m in self.ents(p, depth + 1) if m.type in ORG_TYPES]
            if not found and tok.tag_ in {"NN", "NNP"} and _is_title(tok) | (lemma == "executive") and tok.i + 2 < len(self.doc) and self.doc[tok.i + 1].text == ",":
                # "Alphabet's chief executive, Larry Page": the person named after the title,
                # however the parser hung the name
                found = [m for m in self.de.at(tok.i + 2) if m.type == "Person" and m.start == tok.i + 2]
            if not found and tok.dep_ in {"nsubj", "nsubjpass"} and tok.tag_ in {"NN", "NNP"} and _is_title(tok) | (lemma == "executive"):
                # "Lyft's chief executive John Doe apologized": the person named right after the title
                # (a letter "to Lyft's chief executive John Doe" still reaches the company too)
                found = [m for c in _child(tok, "appos") if any(x.start == tok.i + 1 for x in self.de.at(c.i))
                         for q in [c, *c.conjuncts] for m in self.de.at(q.i) if m.type == "Person"]
            if not found and lemma in _LEADERSHIP_NOUNS:
                # "a letter to Google's leadership", "the company's executives": the organisation
                for c in tok.children:
                    if c.dep_ in {"poss", "compound"}:
                        found += [m for m in self.ents(c, depth + 1) if m.type in ORG_TYPES]
                for p in _pobjs(tok, {"of", "at"}):
                    found += [m for m in self.ents(p, depth + 1) if m.type in ORG_TYPES]
                if not found and lemma in {"board", "management", "leadership", "executive", "boss", "leader"} and (tok.dep_ == "pobj" and tok.head.lower_ in {"to", "on", "upon"} or (
                        tok.dep_ == "dobj" and _lemma(tok.head) in P.PETITION_VERBS | P.PROTEST_VERBS)) and not any(
                        c.dep_ in {"poss", "compound", "amod"} and c.lower_ not in {"company", "corporate", "senior", "top"} for c in tok.children):
                    # "a letter sent to management", "pushed leadership to drop the contracts": the
                    # company the article is about
                    found = self.sole_company(tok) or [_here(m, tok) for m in self._salient_company(tok)]
            if not found and tok.pos_ in {"NOUN", "PROPN", "PRON"}:
                for c in tok.children:
                    if c.dep_ == "prep" and (c.lower_ in P.EXAMPLE_PREPS or (c.lower_ == "as" and any(x.lower_ == "such" for x in c.children))):
                        for p in c.children:
                            if p.dep_ == "pobj":
                                found += self.ents(p, depth + 1)
                    elif c.dep_ == "appos":
                        found += self.ents(c, depth + 1)
                    elif c.dep_ == "amod" and c.lower_ == "such":
                        for x in c.children:
                            if x.dep_ == "prep" and x.lower_ == "as":
                                for p in x.children:
                                    if p.dep_ == "pobj":
                                        found += self.ents(p, depth + 1)
            if not found and tok.pos_ == "NOUN":
                # "a consultancy called Earthseed", "a group known as X"
                for c in tok.children:
                    if c.dep_ == "acl" and c.lemma_.lower() in {"call", "name", "dub", "know", "brand"}:
                        found += [m for x in c.children if x.dep_ in {"oprd", "attr", "dobj"} for m in self.ents(x, depth + 1)]
                        found += [m for p in _pobjs(c, {"as"}) for m in self.ents(p, depth + 1)]
            if not found and lemma in P.PART_NOUNS and tok.pos_ == "NOUN":
                found = [m for c in tok.children if c.dep_ == "compound" for m in self.de.at(c.i) if m.type in ORG_TYPES]
            if not found and lemma == "government":
                # "the governments of Mexico and Saudi Arabia": each country's government
                found = [m for p in _pobjs(tok, {"of"}) for q in [p, *p.conjuncts] for m in self.de.at(q.i) if m.type == "GovernmentAgency"]
            if lemma in _AGENCY_PART_NOUNS:
                # "Israeli government ministries (including X)", "ICE officials": their agency
                for c in tok.children:
                    if c.dep_ in {"poss", "compound"}:
                        found += [m for m in self.ents(c, depth + 1) if m.type == "GovernmentAgency"]
            if not found and tok.tag_ == "NNS" and lemma in _BODY_MEMBER_NOUNS:
                found = self._body_of_members(tok, lemma)
            if not found and lemma in _AGENCY_STAFF_NOUNS and tok.pos_ == "NOUN":
                # "regulators at the NHTSA", "investigators from the Labor Department": their agency
                found = [m for p in _pobjs(tok, {"at", "from", "with", "in"}) for m in self.ents(p, depth + 1) if m.type == "GovernmentAgency"]
            if found:
                return _dedupe(found)
        heads = [root]
        if found and found[0].end - found[0].start > 1:
            # "Voice for Peace and MPower Change": a conjunct hung on a word inside the name
            heads = [self.doc[i] for i in range(found[0].start, min(found[0].end, len(self.doc)))]
        heads += [a for h in heads for a in h.children if a.dep_ == "appos" and not self.de.at(a.i)]
        # "deals with Chevron, the French oil major Total and the oilfield services giant
        # Schlumberger", parsed as Chevron's apposition with a conjunct: a list of three
        listed = [a for h in heads for a in h.children if a.dep_ == "appos" and a.i > h.i and _child(a, "conj")
                  and any(m.name != x.name for m in self.de.at(a.i) for x in found[:1])
                  and any(self.de.at(c.i) for c in _child(a, "conj"))]
        for a in listed:
            found += self.de.at(a.i)
        heads += listed
        for h in heads:
            for c in h.children:
                if c.dep_ == "conj" and c.i not in range(found[0].start, found[0].end) if found else c.dep_ == "conj":
                    if any(x.dep_ == "case" and x.lower_ in {"'s", "'", "\u2019s"} for x in c.children):
                        continue  # "Jassy and Intel's chief executive": a possessor, parsed as a conjunct
                    found += self.ents(c, depth + 1)
        return _dedupe(found)

    def _body_of_members(self, tok, lemma: str) -> list[M]:
        """``"urged supervisors to pass the ban"``, ``"asked members to reject the deal"``,
        ``"pressed district officials"``: the public body whose members they are, named in the
        last few sentences."""
        mods = {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}}
        if lemma == "official":
            words = mods & {"district", "school", "city", "county", "education"}
            if not words:
                return []
            words = words | ({"schools"} if words & {"district", "school"} else set())
        elif mods or _child(tok, "poss") or _pobjs(tok, {"of", "from", "at"}):
            return []  # "union members", "members of the coalition": someone else's
        else:
            words = _BODY_MEMBER_NOUNS[lemma]
        unit = self.de.units[tok.i]
        named = [m for m in self.de.mentions if m.end <= tok.i and unit - self.de.units[m.start] <= 6 and m.type in {"GovernmentAgency", "Organization"}
                 and words & set(m.name.lower().split())]
        return [_here(named[-1], tok)] if named else []

    def target(self, tok, depth: int = 0) -> list[M]:
        """What a protest, a concern or a contract is about: the entity itself, else the
        subject of a gerund clause, a possessor, a named modifier, an ``of``-object."""
        if tok is None or depth > 3:
            return []
        found = self.ents(tok)
        if found:
            return found
        if tok.lemma_.lower() in _DOERS_ACTS:
            # "against comments by its co-chief executive, Ted Sarandos": the speaker;
            # "criticized the donation by GitHub": the donor
            found = [m for p in _pobjs(tok, {"by", "from"}) for q in [p, *[c for c in p.children if c.dep_ == "appos"]] for m in self.ents(q)
                     if m.type in ORG_TYPES | {"Person"}]
            if found:
                return _dedupe(found)
        if tok.lemma_.lower() in _USE_NOUNS:
            # "the use of facial recognition by South Wales Police": the user, not the tool
            found = [m for p in _pobjs(tok, {"by"}) for q in [p, *p.conjuncts] for m in self.ents(q) if m.type in ORG_TYPES | {"Person"}]
            if found:
                return _dedupe(found)
        if tok.lemma_.lower() in _PRODUCT_DESCRIPTIONS and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children) \
                and not any(c.dep_ in {"poss", "compound", "amod", "acl", "relcl"} or c.dep_ == "prep" and c.lower_ in {"of", "for", "from", "by"}
                            for c in tok.children):
            # "criticized the robot": the one product the last few sentences named
            unit = self.de.units[tok.i]
            named = {m.name: m for m in self.de.mentions if m.type == "Product" and m.end <= tok.i and 0 <= unit - self.de.units[m.start] <= 3}
            if len(named) == 1:
                return [_here(next(iter(named.values())), tok)]
        if tok.lemma_.lower() in {"condition", "practice", "culture", "treatment", "safety", "environment", "conduct"} | _WRONGS:
            # "an investigation into conditions at Amazon's warehouse": the workplace's owner;
            # "allegations of bias at Google", "the firings at Infosys": where it happened
            for p in _pobjs(tok, {"at", "inside", "within"}):
                found = [m for c in _child(p, "poss") for m in self.ents(c) if m.type in ORG_TYPES] or self.ents(p)
                found = found or _workplace_owner(self, p)  # "conditions at the warehouse"
                if found:
                    return found
        if tok.lemma_.lower() in _SEPARATION_NOUNS and any(m.type == "Person" for c in _child(tok, "poss") for m in self.ents(c)):
            # "protesting her exit", "her firing by Google": the employer that let her go, not her
            found = [m for p in _pobjs(tok, {"by", "from"}) for m in self.ents(p) if m.type in ORG_TYPES]
            return found or [_here(m, tok) for m in self._salient_company(tok)]
        if tok.lemma_.lower() in {"involvement", "participation", "role", "part", "work"}:
            # "the company's involvement in Project Maven": the project, not the company
            found = [m for p in _pobjs(tok, {"in", "on"}) for m in self.ents(p) if m.type == "Product"]
            if found:
                return found
        if tok.pos_ in {"VERB", "AUX"}:
            for c in tok.children:
                if c.dep_ in {"nsubj", "nsubjpass"}:
                    return self.ents(c)
        for dep in ("poss", "compound", "nmod"):
            for c in tok.children:
                if c.dep_ == dep:
                    found = self.ents(c)
                    if dep == "poss" and found:
                        # "NSO Group's and Candiru's spyware": every possessor
                        found += [m for x in tok.children if x.dep_ == "poss" and x.i != c.i for m in self.ents(x) if m.type in ORG_TYPES | {"Person"}]
                        found += [m for cj in c.conjuncts for m in self.ents(cj) if m.type in ORG_TYPES | {"Person"}]
                        found = _dedupe(found)
                    if dep in {"compound", "nmod"} and tok.lemma_.lower() in P.CONTRACT_NOUNS:
                        # "the ICE contract" is the company's deal, not a protest of the agency
                        found = [m for m in found if m.type not in {"GovernmentAgency"}]
                    if found:
                        return found + [x for cj in tok.conjuncts for x in self.target(cj, depth + 1)]
        if tok.lemma_.lower() in P.CONTRACT_NOUNS and not _child(tok, "poss") and (any(
                m.type == "GovernmentAgency" for c in _child(tok, "compound", "nmod") for m in self.ents(c))
                or any(c.lower_ in {"the", "this", "that", "these", "those"} for c in _child(tok, "det"))):
            # "employees protested the ICE deal", "raised concerns about the contract": the
            # deal of the one company in the sentence, else of the company in view ("Google
            # announced the deal. Rights groups criticized the deal")
            found = self.sole_company(tok)
            s0, e0 = self.de.unit_bounds[self.de.units[tok.i]]
            if not found and any(c.lower_ == "the" for c in _child(tok, "det")) and not _child(tok, "compound", "nmod", "amod") \
                    and tok.lemma_.lower() in {"deal", "contract", "partnership", "agreement", "arrangement"} \
                    and not any(m.type == "Company" for i in range(s0, e0) for m in self.de.at(i)):
                found = [m for m in self._salient_company(tok) if m.type == "Company"]
            return [_here(m, tok) for m in found]
        for c in tok.children:
            if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB":
                for x in c.children:
                    if x.dep_ == "nsubj" and x.lower_ not in {"which", "that", "who"}:
                        found = self.ents(x)
                        if found:
                            return found
        if tok.lemma_.lower() in P.CONTRACT_NOUNS:
            # "a contract between the code-hosting service and ICE": the company in it
            between = [m for p in _pobjs(tok, {"between"}) for q in [p, *p.conjuncts] for m in self.ents(q) if m.type == "Company"]
            if between:
                return _dedupe(between)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in {"of", "over", "about", "regarding", "against", "on", "with", "for"}:
                if c.lower_ == "on" and tok.lemma_.lower() in P.CORPORATE_ACTS - {"work", "project", "contract", "deal"}:
                    continue  # "criticized the decision on Twitter": where, not what
                if c.lower_ in {"on", "via"} and any(p.lower_ in P.PLATFORMS for p in c.children if p.dep_ == "pobj"):
                    continue  # "criticized the robot on Twitter": where, not what
                if c.lower_ in {"with", "for"} and tok.lemma_.lower() in P.CONTRACT_NOUNS and not _child(tok, "poss") and any(
                        m.type == "GovernmentAgency" for p in _child(c, "pobj") for m in self.ents(p)):
                    continue  # "objected to a contract with ICE": the agency is the client, not the target
                for p in c.children:
                    if p.dep_ in {"pobj", "pcomp"}:
                        found = self.target(p, depth + 1)
                        if found:
                            return found
        return []

    def agents(self, v, depth: int = 0) -> list[M]:
        """The doer of verb ``v``: its subject, the ``by``-agent of a passive, or the
        controller of a non-finite verb."""
        if depth > 5:
            return []
        passive = False
        unit = self.de.units[v.i]
        for c in v.children:
            if self.de.units[c.i] != unit:
                continue  # the parser joined a headline to the next line
            if c.dep_ == "nsubj":
                letter = self._misparsed_recipient(v, c)
                if letter is not None:
                    return self.authors(letter)
                if c.lemma_.lower() in _PARTITIVES and _pobjs(c, {"of"}):
                    if v.dep_ == "relcl" and any(q.lower_ in {"whom", "which"} for q in _pobjs(c, {"of"})):
                        return self.ents(v.head)  # "Chef employees, many of whom objected to ...": those named
                    found = [m for q in _pobjs(c, {"of"}) for m in self.ents(q)]
                    if found and not self.ents(c):
                        return found  # "Several of Google's employees have questioned ..."
                if v.dep_ == "relcl" and c.lower_ in {"who", "that", "which"}:
                    # "No Azure for Apartheid, a group of Microsoft workers who oppose ...": the
                    # group named, not the workers it is described by
                    h = v.head
                    # ("a group of Microsoft workers who ...", "a research group at the University of
                    # Toronto that has investigated NSO Group": the group, not what it is of or at)
                    desc = h.head.head if h.dep_ == "pobj" and h.head.lower_ in {"of", "at"} else h
                    if desc.dep_ == "appos" and desc.lemma_.lower() in _COLLECTIVE_NOUNS:
                        named = [m for m in self.de.at(desc.head.i) if m.type in ACTORS | {"Organization"} and m.explicit]
                        if named:
                            return named
                    if c.lower_ == "who" and h.dep_ == "appos":
                        # "Durbin, the Illinois Democrat who chairs the committee, and Grassley":
                        # the one person described, not the names coordinated with them
                        named = [m for m in self.de.at(h.head.i) if m.type == "Person"]
                        if named:
                            return named
                found = self.ents(c)
                if not found and (c.lower_ == "i" or c.lower_ == "we" and _lemma(v) in _HEARD_VERBS):
                    # '"I asked Google to cancel it," said X': the one quoted
                    speaker = self.quote_speaker(c)
                    found = [_here(speaker, c)] if speaker is not None and speaker.type in ACTORS else []
                return self._with_listed(v, c, found)
            if c.dep_ == "nsubjpass":
                passive = True
        if passive or v.tag_ == "VBN":
            for c in v.children:
                if c.dep_ == "agent":
                    return [m for p in c.children if p.dep_ == "pobj" for m in self.ents(p)]
            if passive:
                for c in v.children:
                    if c.dep_ == "prep":
                        for p in c.children:
                            for b in p.children:
                                if b.dep_ == "prep" and b.lower_ == "by":
                                    return [m for q in b.children if q.dep_ == "pobj" for m in self.ents(q)]
                return []
        h = v.head
        if h.i == v.i or self.de.units[h.i] != self.de.units[v.i]:
            return self._stranded_subject(v)
        if v.dep_ == "conj":
            if h.dep_ == "ccomp" and _lemma(h.head) in _REPORTING_VERBS and _lemma(v) in P.PROTEST_VERBS | P.PETITION_VERBS \
                    and (v.tag_ == h.head.tag_ or v.tag_ == "VBN" and h.head.tag_ == "VBD" and not _child(v, "aux", "auxpass")) \
                    and not _child(h, "aux") and any(c.pos_ == "NOUN" and not self.ents(c) and c.lemma_.lower() not in P.PEOPLE_NOUNS | P.WORKER_NOUNS
                                                     for c in _child(h, "nsubj")):
                # "X said the layoffs were cruel and criticised Y": the parser hangs the second
                # verb on the reported clause, but layoffs criticise no one; the speaker does
                return self.agents(h.head, depth + 1)
            return self.agents(h, depth + 1)
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and h.lower_ in {"of", "for"} and h.dep_ == "prep" and h.head.pos_ == "VERB" \
                and _child(h.head, "dobj", "nsubjpass"):
            # "accused Google of firing X", "Lyft was fined for failing to ...": the one accused does it
            return self.ents(_child(h.head, "dobj", "nsubjpass")[0])
        if v.dep_ == "xcomp":
            if _child(h, "nsubjpass") and not _child(h, "agent"):
                return self.ents(_child(h, "nsubjpass")[0])  # "X was hired to lead the office"
            if h.lemma_.lower() in _OBJECT_CONTROL:
                for c in h.children:
                    if c.dep_ in {"dobj", "dative"}:
                        return self.ents(c)
                for c in h.children:
                    if c.dep_ == "prep" and c.lower_ in {"on", "upon"}:
                        return [m for p in c.children if p.dep_ == "pobj" for m in self.ents(p)]
            return self.agents(h, depth + 1)
        if v.dep_ == "advcl":
            if v.tag_ == "VBG" and h.dep_ == "ccomp" and h.head.i < v.i and _lemma(h.head) in _REPORTING_VERBS \
                    and all(v.right_edge.i < c.i for c in h.children if c.dep_ in {"nsubj", "nsubjpass", "mark"}):
                # "Roe said, responding to X, that ...": the participle before the reported clause
                # is the speaker's
                return self.agents(h.head, depth + 1)
            return self.agents(h, depth + 1)
        if v.dep_ == "prep" and v.lower_ == "including":
            # "staged sit-ins at its offices, including inside X's office, to protest Y": a
            # purpose clause the parser hung on "including" belongs to the clause's verb
            t = h
            for _ in range(4):
                if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
                    break
                t = t.head
            return self.agents(t, depth + 1) if t.pos_ in {"VERB", "AUX"} else []
        if v.dep_ == "ccomp":
            # "said X would be ..., would source ...": a reported clause sharing the subject
            # of the clause before it
            before = [c for c in h.children if c.dep_ == "ccomp" and c.i < v.i and _child(c, "nsubj")]
            if before:
                return self.ents(_child(before[-1], "nsubj")[0])
        if v.dep_ in {"acl", "relcl"}:
            if h.lemma_.lower() in P.LETTER_NOUNS:
                return self.authors(h)
            if h.lemma_.lower() in P.PROTEST_NOUNS and h.dep_ == "dobj" and _child(v, "aux") and h.head.pos_ == "VERB":
                return self.agents(h.head, depth + 1)  # "X led a walkout to protest ...": X protests
            if v.dep_ == "acl" and v.tag_ == "VBG":
                # "a letter to Bezos and the board of directors calling on the company to ...":
                # the participle belongs to the letter the recipients hang from
                t = h
                for _ in range(6):
                    if t.dep_ not in {"pobj", "prep", "conj", "poss", "appos"} or t.head.i == t.i:
                        break
                    t = t.head
                    if t.dep_ == "prep" and t.lower_ == "to" and t.head.lemma_.lower() in P.LETTER_NOUNS:
                        return self.authors(t.head)
                    if t.dep_ == "prep" and t.lower_ == "to" and t.head.pos_ == "VERB":
                        # "published an open letter to X and Y's board calling on ...": "to" on the verb
                        letters = [o for o in _child(t.head, "dobj") if o.lemma_.lower() in P.LETTER_NOUNS]
                        if letters:
                            return self.authors(letters[0])
            if h.lemma_.lower() in P.MESSAGE_NOUNS | {"thread", "tweet", "video", "op-ed", "essay", "column", "article", "piece"} and h.dep_ == "dobj" \
                    and h.head.lemma_.lower() in {"write", "publish", "post", "pen", "issue", "send", "release", "share", "tweet"}:
                return self.agents(h.head, depth + 1)  # "X wrote a blog post addressing ..."
            found = self.ents(h)
            if found:
                return found
            found = self.owner(h)
            people = h.lemma_.lower() in P.PEOPLE_NOUNS | P.WORKER_NOUNS | {"protester", "activist", "demonstrator", "user", "customer", "resident"}
            if not found and not people and v.tag_ == "VBG" and h.dep_ == "pobj" and h.head.head.pos_ in {"VERB", "AUX"}:
                found = self.agents(h.head.head, depth + 1)
            if not found and h.lemma_.lower() in P.CONTRACT_NOUNS:
                # "a contract to provide X to Y": the one company the sentence talks about
                found = self.sole_company(v)
            return found
        if v.dep_ == "pcomp":
            if h.lower_ in {"for", "over"} and h.head.pos_ == "VERB":
                objs = [c for c in h.head.children if c.dep_ == "dobj"]
                if objs:
                    return self.ents(objs[0])
            t = h.head
            for _ in range(3):
                if t.pos_ in {"VERB", "AUX"}:
                    if _child(t, "nsubjpass") and not _child(t, "agent"):
                        return self.ents(_child(t, "nsubjpass")[0])  # "X was fired after raising concerns"
                    return self.agents(t, depth + 1)
                if t.pos_ in {"NOUN", "PROPN"}:
                    return self.owner(t)
                if t.head.i == t.i:
                    break
                t = t.head
        return []

    def _with_listed(self, v, subj, found: list[M]) -> list[M]:
        """ "39 groups, including A, B, C and D, urged ...": every name of the list before the
        verb, when the parser made one of them the subject and hung the others elsewhere."""
        s0 = self.de.unit_bounds[self.de.units[v.i]][0]
        left = subj.left_edge.i
        if not found and any(c.lower_ == "other" for c in _child(subj, "amod")) and left >= 2 and self.doc[left - 1].lower_ == "and":
            # "Fight for the Future and more than 30 other groups published ...", the name parsed
            # apart from "other groups": the name is one of them
            found = [m for m in self.de.at(left - 2) if m.end == left - 1 and m.type in ACTORS | {"Organization"}]
        # "Amnesty International and Human Rights Watch have criticized ...", parsed as one name:
        # the other names the subject's own phrase joins with "and"
        if found and any(self.doc[i].lower_ == "and" and self.doc[i].head.i in range(left, subj.i + 1) for i in range(left, subj.i)):
            joined = [m for i in range(left, subj.i) for m in self.de.at(i) if m.end <= subj.i + 1 and m.type == found[0].type]
            found = _dedupe(joined + found)
        if found and found[0].type == "Person":
            def people(tok) -> list[M]:
                """The person ``tok`` names and those joined to it, also when the parser joined
                them to its state ("Ed Markey of Massachusetts and Richard Blumenthal of ...")."""
                toks = [tok, *tok.conjuncts]
                toks += [q for p in _pobjs(tok, {"of"}) if p.ent_type_ == "GPE" for q in p.conjuncts]
                return [m for q in toks for m in self.de.at(q.i) if m.type == "Person"]

            # ... and "along with Reps. X and Y": the people the verb's subject acts with
            found = _dedupe(found + people(subj) + [m for h in (subj, v) for a in _child(h, "prep") if a.lower_ in {"along", "together"}
                                                    for w in _pobjs(a, {"with"}) for m in people(w)])
        inc = next((t for t in self.doc[s0:subj.i] if t.lower_ == "including" and t.head.tag_ == "NNS"
                    and (t.head.lemma_.lower() in P.COLLECTIVE_NOUNS or t.head.lemma_.lower() in {"organization", "organisation", "lawmaker"})), None)
        if inc is None or any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod"} for t in self.doc[inc.i + 1:subj.i]):
            return found
        listed = [m for i in range(inc.i + 1, v.i) for m in self.de.at(i) if m.type in ACTORS | {"Organization"}]
        return _dedupe(found + listed) if found and all(m.type in ACTORS | {"Organization"} for m in found) else found

    def _misparsed_recipient(self, v, subj):
        """``"wrote a letter to CEO Jeff Bezos demanding ..."``, parsed with Bezos as the subject
        of "demanding": the letter the recipient hangs from, whose authors demand."""
        if v.tag_ != "VBG" or _child(v, "aux", "auxpass") or subj.i > v.i:
            return None
        j = subj.left_edge.i - 1
        if j < 0 or self.doc[j].lower_ != "to" or self.doc[j].i >= subj.i:
            return None
        h = self.doc[j].head
        if h.lemma_.lower() in P.LETTER_NOUNS:
            return h
        letters = [o for o in _child(h, "dobj") if o.lemma_.lower() in P.LETTER_NOUNS] if h.pos_ == "VERB" else []
        return letters[0] if letters else None

    def _stranded_subject(self, v) -> list[M]:
        """A root verb the parser gave no subject ("At a meeting Thursday, Andy Jassy, CEO of
        X, addressed ..."): the nearest mention before it that hangs on the verb without an
        intervening verb or preposition."""
        s, _ = self.de.unit_bounds[self.de.units[v.i]]
        dashes = {"—", "–"}
        if v.i - 1 > s and self.doc[v.i - 1].text in dashes:
            # "..., the groups — led by X and including Y — urged": the noun before the aside
            k = max((i for i in range(s, v.i - 1) if self.doc[i].text in dashes), default=None)
            if k is not None and k - 1 >= s and self.doc[k - 1].i in self.de.coref:
                return list(self.de.coref[self.doc[k - 1].i])
        for i in range(v.i - 1, s - 1, -1):
            ms = self.de.at(i)
            if not ms:
                continue
            m = ms[0]
            if m.end == v.i and m.end - m.start > 1 and any(self.doc[k].pos_ in {"VERB", "AUX"} for k in range(m.start, m.end)):
                return [m]  # "Fight for the Future launched ...": a name the parser read as a clause
            root = self.doc[m.start:m.end].root if m.end - m.start > 1 else self.doc[i]
            t, ok = root, True
            unit = self.de.units[v.i]
            for _ in range(8):
                if t.i == v.i or t.head.i == t.i or self.de.units[t.head.i] != unit:
                    break
                if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in P.COLLECTIVE_NOUNS:
                    t = t.head.head
                    continue
                if t.dep_ == "prep" and t.pos_ == "SCONJ":
                    t = t.head
                    continue
                if t.dep_ in {"pobj", "prep", "dobj", "appos", "poss", "compound"} or t.pos_ in {"VERB", "AUX"} and t.i != v.i:
                    ok = False
                    break
                t = t.head
            if ok and (t.i == v.i or t.head.i == t.i or self.de.units[t.head.i] != unit):
                while root.dep_ == "conj" and self.de.units[root.head.i] == unit and root.head.i < root.i:
                    root = root.head  # "Amazon, Microsoft and Google ...": from the first conjunct
                return self.ents(root)
        return []

    def _salient_company(self, tok) -> list[M]:
        """The company named most recently before ``tok`` (within a few sentences)."""
        unit = self.de.units[tok.i]
        before = [m for m in self.de.mentions if m.end <= tok.i and m.type == "Company" and unit - self.de.units[m.start] <= 4
                  and not P.platform_use(self.doc, m.start, m.end)]  # "said on Twitter"
        if len({m.name for m in before}) <= 1:
            return before[-1:]
        # several in view: the one the text has named most so far, then the latest
        counts = Counter(m.name for m in self.de.mentions if m.end <= tok.i and m.type == "Company")
        best = max(range(len(before)), key=lambda k: (counts[before[k].name], k))
        return [before[best]]

    def last_outlet(self, tok) -> M | None:
        """The news outlet named last before ``tok``, in its sentence or the one before."""
        unit = self.de.units[tok.i]
        before = [m for m in self.de.mentions if m.end <= tok.i and m.type == "NewsOutlet" and unit - self.de.units[m.start] <= 1]
        return _here(before[-1], tok) if before else None

    def sole_company(self, tok) -> list[M]:
        s, e = self.de.unit_bounds[self.de.units[tok.i]]
        names: dict[str, M] = {}
        for i in range(s, e):
            for m in self.de.at(i):
                if m.type == "Company":
                    names.setdefault(m.name, m)
                elif m.type == "EmployeeGroup" and m.anchor:
                    names.setdefault(m.anchor, M(m.start, m.end, m.anchor, m.anchor, "Company"))
        return list(names.values()) if len(names) == 1 else []

    def owner(self, noun, depth: int = 0) -> list[M]:
        """Whose a noun is: ``"the company's practice of ..."``, ``"its interest in a
        contract to ..."`` (climbing from a noun through the nouns that contain it)."""
        t = noun
        for _ in range(3):
            for c in t.children:
                if c.dep_ == "poss":
                    found = self.ents(c)
                    if found:
                        return found
            if any(c.dep_ == "poss" for c in t.children):
                return []  # "the state's agreement": its owner is named, though not known
            if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in {"NOUN", "PROPN"}:
                t = t.head.head
                continue
            if t.dep_ in {"dobj", "nsubjpass"} and t.head.pos_ == "VERB":
                return [m for m in self.agents(t.head, depth + 1) if m.type in ORG_TYPES]
            break
        return []

    def makers(self, product: M) -> list[M]:
        """Who the article has said makes a product: a company it is named after, else the
        developers read so far."""
        parent = self.de.parents.get(product.name)
        if parent:
            return [M(product.start, product.end, parent, parent, "Company")]
        return _dedupe([c.subj for c in self.out if c.pred == "develops" and isinstance(c.obj, M) and c.obj.name == product.name])

    def authors(self, letter) -> list[M]:
        """Who wrote or signed a letter or petition."""
        found: list[M] = []
        # "a letter circulated in recent weeks and signed by 300 employees": each coordinated participle
        participles = [x for c in letter.children if c.dep_ in {"acl", "relcl"} for x in [c, *c.conjuncts]]
        for c in [*letter.children, *participles]:
            if c.dep_ == "poss" and c.head.i == letter.i:
                found = self.ents(c)
            elif c.pos_ == "VERB" and c.lemma_.lower() in _AUTHORING_VERBS:
                for x in c.children:
                    if x.dep_ == "agent":
                        found += [m for p in x.children if p.dep_ == "pobj" for m in self.ents(p)]
            if found:
                break
        if not found:
            h = letter.head
            if letter.dep_ in {"dobj", "nsubjpass"} and h.pos_ == "VERB" and h.lemma_.lower() in P.SEND_VERBS:
                found = self.agents(h)
            elif letter.dep_ == "nsubjpass" and h.pos_ == "VERB" and h.lemma_.lower() in _AUTHORING_VERBS:
                found = self.agents(h)  # "the letter ... was organized by Apple Together"
            elif letter.dep_ == "pobj" and h.lower_ in {"in", "through", "via", "with"} and h.head.pos_ == "VERB":
                found = self.agents(h.head)
            elif letter.dep_ == "pobj" and h.lower_ in {"in", "through", "via"} and h.dep_ == "ROOT":
                # "In a letter sent to X, the group called on ...": a parse that made the
                # preposition the root; the writer is the subject of the demand that follows
                s, e = self.de.unit_bounds[self.de.units[letter.i]]
                inside, stack = set(), [letter]
                while stack:  # the letter's own phrase, not what the parser chained onto it
                    x = stack.pop()
                    inside.add(x.i)
                    stack += [c for c in x.children if c.dep_ not in {"conj", "appos", "acl", "relcl"} or x.i == letter.i]
                verbs = [t for t in self.doc[letter.i + 1:e] if t.pos_ == "VERB" and t.i not in inside and t.head.i not in inside
                         and _lemma(t) in P.PETITION_VERBS | {"write", "say", "argue", "warn"}]
                found = self.agents(verbs[0]) if verbs else []
        if not found and letter.lower_ not in {"petitions", "letters"}:
            dets = {c.lower_ for c in letter.children if c.dep_ == "det"}
            if dets & {"the", "this", "that"} and self.letter_authors:
                found = [_here(m, letter) for m in self.letter_authors]
        # "1,000 academics and researchers signed": researchers are no company's staff unless named so
        found = [m for m in found if m.type in ACTORS and not (m.type == "EmployeeGroup" and not m.explicit and m.start < len(self.doc)
                                                               and self.doc[m.start].lemma_.lower() in {"researcher", "scientist", "engineer", "academic"})]
        if found:
            self.letter_authors = found
        return found

    def count_of(self, tok) -> int | None:
        """A signatory count on a group noun: ``"more than 500 employees"`` (not on
        organisations: "56 civil rights groups" are no 56 signers)."""
        for c in tok.children:
            # ("Thirteen former Palantir employees": a number the parser hung as a modifier)
            if (c.dep_ == "nummod" or c.dep_ == "nmod" and c.tag_ == "CD" and c.i < tok.i) and c.like_num:
                n = None if tok.lemma_.lower() in _ORG_COUNT_NOUNS else parse_count(c)
                if n and any(x.dep_ == "amod" and x.lower_ == "other" for x in tok.children):
                    # "X and three other former Sama employees": the people named besides are signers too
                    named = [cj for cj in [tok.head, *tok.head.conjuncts] if tok.dep_ == "conj" and cj.i < tok.i and cj.tag_ == "NNP"
                             and not any(m.type in ORG_TYPES for m in self.de.at(cj.i))]
                    n += len(named)
                return n
        if tok.like_num and tok.dep_ != "nummod":
            return parse_count(tok)
        # "more than 1,000 current and former X employees": the parser hung the number on "current"
        j = tok.i - 1
        while j >= 0 and (self.doc[j].pos_ in {"ADJ", "CCONJ", "PROPN"} or self.doc[j].dep_ == "compound") and not self.doc[j].like_num and tok.i - j <= 5:
            j -= 1
        if j >= 0 and j < tok.i - 1 and self.doc[j].like_num and self.doc[j].dep_ == "nummod" and self.doc[j].head.i in range(j + 1, tok.i) \
                and any(self.doc[k].lower_ in {"and", "or"} for k in range(j + 1, tok.i)):
            return parse_count(self.doc[j])
        if tok.lemma_.lower() in P.COLLECTIVE_NOUNS:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            if tok.lemma_.lower() in {"coalition", "alliance", "consortium", "network"} and p.lemma_.lower() not in P.WORKER_NOUNS | {"person", "people", "individual"}:
                                return None  # "a coalition of 56 civil rights, civil liberties and advocacy groups": organisations
                            return self.count_of(p)
        return None

    # -- modality --------------------------------------------------------------------------

    def asserted(self, v, governs_trigger: bool = False) -> bool:
        """False when ``v`` is negated, modal, conditional, intended, requested or when its
        subject is negated ("neither ... nor"). A presupposing verb on the way up ("stop
        selling", "reconsider providing") keeps the activity asserted."""
        t = v
        below = None
        own_infinitive = False  # "plan to keep collecting signatures and to press X": "to press" is no continuing activity
        if self.de.units[v.i] in self.skip_units:
            return False
        for _ in range(6):
            forms = _forms(t)
            if forms & P.PRESUPPOSING_VERBS and (below is not None or governs_trigger) and not own_infinitive:
                return True
            if below is not None and forms & (P.INTENT_VERBS | P.REQUEST_VERBS) \
                    and not (forms & P.COMMITMENT_VERBS and t.tag_ in {"VBD", "VBN", "VBZ"} and _lemma(below) in P.SUPPLY_VERBS | _DEAL_VERBS):
                return False
            for c in t.children:
                dep = c.dep_
                if dep == "neg" or (dep == "advmod" and c.lower_ in {"never", "not", "n't", "no", "hardly"}):
                    return False
                if dep in {"aux", "auxpass"} and (c.lower_ in P.MODALS or c.lemma_.lower() in P.MODALS):
                    return False
                if dep == "mark" and c.lower_ in P.CONDITIONAL_MARKS:
                    return False
                if dep in {"nsubj", "nsubjpass", "dobj", "attr"}:
                    # ("No Tech for Apartheid" names a group: its "No" negates nothing)
                    if any(x.dep_ in {"det", "preconj", "neg"} and x.lower_ in P.NEGATIVE_DETS and not self.de.at(x.i) for x in c.children):
                        return False
                if dep == "acomp" and c.lower_ in {"unable", "unwilling", "reluctant"}:
                    return False
            if self.de.units[t.head.i] != self.de.units[v.i]:
                break
            if t.dep_ in {"xcomp", "ccomp"} or _to_clause(t):
                # (a "to" clause the parser hung as an adverbial: "called on Congress to investigate")
                below, t = t, t.head
                continue
            if t.dep_ == "conj" and t.head.dep_ in {"xcomp", "ccomp"} and self.de.units[t.head.head.i] == self.de.units[v.i]:
                own_infinitive = own_infinitive or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                below, t = t.head, t.head.head  # "urged X to issue a directive and to conduct an investigation"
                continue
            if t.dep_ == "pcomp" and t.head.head.pos_ in {"VERB", "AUX"}:
                below, t = t, t.head.head
                continue
            break
        return True

    # -- reading ---------------------------------------------------------------------------

    def read(self) -> list[Cand]:
        doc = self.doc
        quoted_criticism(self)  # first: who spoke up in quotations is known to what answers them
        for tok in doc:
            if tok.is_space or tok.is_punct:
                continue
            rules = TRIGGERS.get(tok.lemma_.lower(), ())
            if not rules and tok.pos_ == "VERB":
                rules = tuple(dict.fromkeys(r for f in sorted(_forms(tok)) for r in TRIGGERS.get(f, ())))
            for rule in rules:
                rule(self, tok)
        person_roles(self)
        office_holders(self)
        contributor_lines(self)
        bylines(self)
        # a chief's review of the own company is no outside inquiry
        staff = {(c.subj.name, c.obj.name) for c in self.out if c.pred in {"leads", "worksFor"} and isinstance(c.obj, M)}
        self.out = [c for c in self.out if not (c.rule == "ordered-review" and (c.subj.name, c.obj.name) in staff)]
        advocate_quotes(self)
        letter_quotes(self)
        retreat_responses(self)
        heard_critics(self)
        organizers(self)
        loose_titles(self)
        comma_appositions(self)
        group_employers(self)
        products(self)
        sales(self)
        parts(self)
        state_leaders(self)
        spokesperson_replies(self)
        investigation_targets(self)
        union_locals(self)
        named_units(self)
        workplace_grievances(self)
        included_members(self)
        return self.out


# -- rules ------------------------------------------------------------------------------------

#: Product nouns a definite description may use for the product just named: "the robot".
_PRODUCT_DESCRIPTIONS = P.PRODUCT_NOUNS - {"technology", "tech", "cloud", "feature", "network", "subscription", "weapon", "car",
                                           "phone", "smartphone", "vehicle", "chip", "processor", "service", "system", "game"}


def _named_as(noun) -> list:
    """The name a group gives itself: ``"a group of workers calling themselves X"``, ``"a
    group (that is) known as X"``, ``"a coalition called X"``."""
    out = []
    for c in noun.children:
        if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in {"call", "name", "dub", "know"}:
            reflexive = any(x.lower_ in {"themselves", "itself"} for x in c.children)
            out += [x for x in c.children if x.dep_ in {"oprd", "attr"} or reflexive and x.dep_ == "dobj" and x.lower_ not in {"themselves", "itself"}]
            out += [p for a in c.children if a.dep_ == "prep" and a.lower_ == "as" for p in a.children if p.dep_ == "pobj"]
    return out


def _here(m: M, tok) -> M:
    """A mention remembered from earlier in the article, placed at the token that refers
    back to it."""
    return M(tok.i, tok.i + 1, tok.text, m.name, m.type, m.anchor, False)


def _forms(t) -> set[str]:
    """The lemma of a verb and the forms a mislemmatised inflection would give
    (``"hopes"`` lemmatised as ``"hop"``)."""
    low = t.lower_
    if low.startswith("co-") and len(low) > 4:
        low = low[3:]  # "co-led" leads, "co-signed" signs
        low = _IRREGULAR.get(low, low)
    forms = {t.lemma_.lower(), low}
    if low.endswith("s"):
        forms.add(low[:-1])
    if low.endswith("ed"):
        forms |= {low[:-1], low[:-2]}
        if len(low) > 5 and low[-3] == low[-4]:
            forms.add(low[:-3])  # "trialled", "cancelled", "labelled"
    if low.endswith("ing"):
        forms |= {low[:-3], low[:-3] + "e"}
        if len(low) > 6 and low[-4] == low[-5]:
            forms.add(low[:-4])
    return forms


#: Past forms the "co-" verbs take that no suffix rule undoes.
_IRREGULAR = {"led": "lead", "wrote": "write", "leads": "lead", "leading": "lead"}


def _lemma(t) -> str:
    """The lemma a trigger is registered under, tolerating mislemmatised inflections."""
    lemma = t.lemma_.lower()
    if lemma in TRIGGERS or t.pos_ != "VERB":
        return lemma
    for f in sorted(_forms(t)):
        if f in TRIGGERS:
            return f
    return lemma


def _clause_verb(n):
    """The verb of the clause a noun sits in (through prepositions and noun heads)."""
    t = n
    for _ in range(5):
        if t.pos_ in {"VERB", "AUX"}:
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _dedupe(ms: list[M]) -> list[M]:
    seen, out = set(), []
    for m in ms:
        if m.name not in seen:
            seen.add(m.name)
            out.append(m)
    return out


def _dedupe_toks(toks: list) -> list:
    seen: set[int] = set()
    return [t for t in toks if not (t.i in seen or seen.add(t.i))]


def _example_pobjs(tok, preps: frozenset | set = P.EXAMPLE_PREPS) -> list:
    """The examples a noun names: ``"retailers including X"``, ``"clients such as Y"`` (the
    preposition's objects first), then ``"such clients as Z"``."""
    out = [p for c in tok.children if c.dep_ == "prep" and (c.lower_ in preps or c.lower_ == "as" and any(y.lower_ == "such" for y in c.children))
           for p in c.children if p.dep_ == "pobj"]
    return out + [p for c in tok.children if c.dep_ == "amod" and c.lower_ == "such" for a in c.children
                  if a.dep_ == "prep" and a.lower_ == "as" for p in a.children if p.dep_ == "pobj"]


def _by_passive_subjects(v) -> list:
    """The subject of a passive with a ``by``-agent (``"Uber is being investigated by X"``),
    which stands where the active verb's object would."""
    return _child(v, "nsubjpass") if _child(v, "agent") else []


def _pobjs(tok, preps: set[str]) -> list:
    out = []
    for c in tok.children:
        if c.dep_ in {"prep", "dative", "agent"} and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ == "pobj")
            # "to him and to Brad Smith": a coordinated preposition
            out.extend(p for cj in c.conjuncts if cj.lower_ == c.lower_ for p in cj.children if p.dep_ == "pobj")
    return out


def _child(tok, *deps: str):
    return [c for c in tok.children if c.dep_ in deps]


def _first_conjunct(tok):
    """The first of the conjuncts ``tok`` belongs to ("Nix" in "Nix and Bass are ...")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _workplace_owner(r: "RelationReader", p) -> list[M]:
    """The company whose workplace "the warehouse" / "its store" is: the one in view."""
    if p.lemma_.lower() in _WORKPLACES and any(c.lower_ in {"the", "its", "their"} for c in _child(p, "det", "poss")):
        return [_here(m, p) for m in r._salient_company(p)]
    return []


def petition_verb(r: RelationReader, v) -> None:
    if v.pos_ not in {"VERB"}:
        return
    lemma = _lemma(v)
    if lemma in {"ask", "request", "demand"} and r.asserted(v):
        r.last_ask = (r.agents(v), r.de.units[v.i])  # whose "the request" a later reply answers
    objs: list = []
    removed: list[M] = []
    if lemma == "call" or lemma == "appeal":
        objs = _pobjs(v, {"on", "upon", "to"})
        # "calling on officials to end X and on Congress to investigate": the second "on" joined
        # to the first demand
        objs += [p for x in [v, *_child(v, "xcomp")] for c in _child(x, "conj") if c.lower_ in {"on", "upon"} for p in _child(c, "pobj")]
    elif lemma == "plead":
        objs = _pobjs(v, {"with"})  # "pleaded with Pichai to cancel the contract"
    elif lemma == "want":
        # "the employees want Google to cancel the project"
        if not _child(v, "xcomp", "ccomp") or not any(m.type in {"EmployeeGroup", "AdvocacyGroup"} for m in r.agents(v)):
            return
        objs = _child(v, "dobj") + [x for c in _child(v, "ccomp") for x in _child(c, "nsubj")]
    elif lemma == "demand":
        # "demanded that Palantir be removed from the platform": Palantir is not asked to act; it
        # is opposed, and whoever runs the platform is asked
        removals = [c for c in _child(v, "ccomp") if _child(c, "nsubjpass") and _lemma(c) in _REMOVAL_VERBS]
        removed = [t for c in removals for x in _child(c, "nsubjpass") for t in r.ents(x) if t.type in {"Company", "Product", "Organization", "Person"}]
        objs = [x for c in _child(v, "ccomp") if c not in removals for x in _child(c, "nsubj", "nsubjpass")] + _child(v, "dobj")
        objs += [p for c in removals for p in _pobjs(c, {"from"}) if any(m.type == "Company" for m in r.ents(p))]
        # "demanded higher pay from Uber": who is asked
        froms = _pobjs(v, {"from"}) + [p for o in _child(v, "dobj") for p in _pobjs(o, {"from"})]
        if froms:
            objs = [o for o in objs if o.dep_ != "dobj" or r.ents(o)] + froms
    else:
        if lemma in {"push", "press", "challenge", "pressure", "ask", "direct", "instruct"} and not _child(v, "xcomp", "ccomp", "advcl"):
            # "pressed him on the matter", "has pushed the company on its emissions"
            pressed_on = lemma in {"push", "press"} and _child(v, "dobj") and _pobjs(v, {"on", "over", "about"}) or lemma == "press" and any(
                m.type in ORG_TYPES | {"Person"} for o in _child(v, "dobj") for m in r.ents(o))  # "pressed Kurian in internal forums"
            # ... but questions put to someone ask nothing of them: "pressed Mr Patterson on whether
            # Fujitsu would pay", "pressed the executives on Amazon Web Services"
            if any(c.lower_ in {"on", "about", "over"} and (_child(c, "pcomp") or any(r.ents(p) for p in _child(c, "pobj")))
                   for c in _child(v, "prep")):
                pressed_on = False
                if r.asserted(v):  # whom a quoted reply then answers
                    askers = [m for m in r.agents(v) if m.type == "Person"]
                    r.raisers += askers
                    r.voiced |= {m.name for m in askers}
            # "asked Instacart for paid sick leave", not "asked Amazon for comment"
            asked_for = lemma in {"ask", "press"} and _child(v, "dobj") and any(
                p.lemma_.lower() not in _PRESS_REQUESTS and p.pos_ == "NOUN" for p in _pobjs(v, {"for"}))
            if lemma != "pressure" and not pressed_on and not asked_for:
                return
        if lemma in {"ask", "press"} and any(x.lemma_.lower() in _PRESS_QUESTIONS for x in _child(v, "xcomp", "ccomp")):
            return  # "asked Amazon to comment" is a reporter's question
        if lemma in {"ask", "press"} and any(m.lower_ in {"whether", "if", "why", "how", "what", "when", "who"}
                                              for x in _child(v, "ccomp") for m in x.children if m.dep_ in {"mark", "advmod", "nsubj", "dobj"} and m.i < x.i):
            return  # "asked him whether she could run ads" is a question, no demand
        if any(c.dep_ == "prt" for c in v.children):
            return
        objs = _child(v, "dobj") + [x for c in _child(v, "ccomp") if any(m.lower_ == "that" for m in _child(c, "mark")) for x in _child(c, "nsubj")]
        objs += _by_passive_subjects(v)  # "Nadella was petitioned by hundreds of employees"
        xcomps = _child(v, "xcomp")
        if xcomps:
            # "urged Bezos to stop providing services to Palantir, the data firm": an apposition
            # the parser hung on the verb after the infinitive is not who was urged
            objs = [o for o in objs if o.dep_ != "dobj" or o.i < xcomps[0].i]
    # "called / pushed for Google to cancel X": the subject of the "for" clause is asked
    for_clauses = [c for c in _child(v, "advcl", "ccomp") if any(m.lower_ == "for" for m in _child(c, "mark"))]
    if lemma in {"call", "push", "press", "lobby", "appeal", "petition"}:
        objs = objs + [x for c in for_clauses for x in _child(c, "nsubj")]
    else:
        for_clauses = []
    # "calling for the removal of X", "demanded X's resignation": whom they want gone they oppose
    removed += [m for o in _pobjs(v, {"for"}) + (_child(v, "dobj") if lemma == "demand" else [])
                if o.lemma_.lower() in _SEPARATION_NOUNS - {"departure", "exit"}
                for p in _pobjs(o, {"of"}) + _child(o, "poss") for m in r.ents(p) if m.type == "Person"]
    # "Lyft drivers are demanding higher pay", "the workers called for a raise": what a
    # company's workforce demands with no one named, it demands of its employer
    # (not "called for a boycott of Uber": what names someone is no demand of the employer)
    asked = _child(v, "dobj", "ccomp") if lemma == "demand" else _pobjs(v, {"for"}) if lemma == "call" and not any(r.ents(o) for o in objs) else []
    of_employer = bool(asked) and not removed and not any(r.de.at(x.i) for a in asked for x in a.subtree)
    if not (objs or removed or of_employer) or not r.asserted(v):
        return
    subjects = r.agents(v)
    if not subjects and any(c.lower_ == "we" for c in _child(v, "nsubj")):
        # '"We are calling on Deliveroo to ...," said X': the one quoted makes the demand
        speaker = next((r.quote_speaker(c) for c in _child(v, "nsubj")), None)
        subjects = [_here(speaker, v)] if speaker is not None and speaker.type in ACTORS else []
        if not subjects and r.letter_authors and _letter_before(r, v):
            subjects = [_here(m, v) for m in r.letter_authors]  # "... wrote a letter: We demand that ..."
    letters = [c for c in v.children if c.dep_ == "nsubj" and c.lemma_.lower() in P.LETTER_NOUNS]
    if letters:
        subjects = r.authors(letters[0])
    elif r.letter_authors and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in v.children) and _letter_before(r, v):
        subjects = [_here(m, v) for m in r.letter_authors]  # "... signed a letter. It asks X to ..."
    for t in removed:
        for s in subjects:
            r.emit(s, "protested", t, v, 0.7, "demand-removal")
    for o in objs:
        found = r.ents(o)
        if not found and lemma == "demand" and o.dep_ in {"nsubj", "nsubjpass"}:
            found = [m for m in r.target(o) if m.type in ORG_TYPES | {"Person"}]  # a misparsed "that X end ..."
        if not found and o.lemma_.lower() == "member" and any(c.lower_ == "board" for c in _child(o, "compound")):
            found = _board_members(r, o)  # "urged Parag Agrawal and Twitter board members to ..."
        for obj in found:
            for s in subjects:
                r.emit(s, "petitioned", obj, v, 0.85, "petition-verb")
            if subjects and lemma == "petition":
                _count(r, v, subjects)
    if of_employer and not any(r.ents(o) for o in objs):
        for s in subjects:
            if s.type == "EmployeeGroup" and s.anchor:
                r.emit(s, "petitioned", M(s.start, s.end, s.anchor, s.anchor, "Company"), v, 0.6, "staff-demand-employer")
    # "calling on Kotick to resign", "demanded that the CEO step down": whom they want gone they oppose
    if any(_lemma(x) in _STEP_DOWN_VERBS and (_lemma(x) != "step" or any(c.lower_ == "down" for c in x.children))
           for x in _child(v, "xcomp", "ccomp") + [c for c in for_clauses if c.dep_ == "advcl"]):
        for t in [m for o in objs for m in r.ents(o) if m.type == "Person"]:
            for s in subjects:
                r.emit(s, "protested", t, v, 0.75, "demand-resignation")
    objs_asked = list(objs)
    # "urged Google to drop Project Maven", "called on X to pull out of Y": the named project
    # they want dropped is what they oppose
    for x in _child(v, "xcomp", "ccomp") + [c for c in for_clauses if c.dep_ == "advcl"]:
        if _lemma(x) in _PURSUE_VERBS and any(c.dep_ == "neg" for c in x.children):
            # "asked the company not to bid on the JEDI contract": they oppose the contract
            for o in _child(x, "dobj") + _pobjs(x, {"on", "for"}):
                for t in r.target(o):
                    if t.type == "Product":
                        for s in subjects:
                            r.emit(s, "protested", t, x, 0.7, "petition-retreat")
            continue
        if x.lemma_.lower() not in P.RETREAT_VERBS:
            continue
        for y in [x, *x.conjuncts]:
            if y.lemma_.lower() not in P.RETREAT_VERBS:
                continue
            if r.asserted(v) and (_child(y, "dobj") or _child(y, "xcomp")):
                # "called on RELX to stop all sales of data to ICE", "demanded that LexisNexis cancel
                # the contract": asking a company to give up what it does opposes the company
                for t in [m for q in objs_asked for m in r.ents(q) if m.type == "Company"]:
                    for s in subjects:
                        r.emit(s, "protested", t, y, 0.65, "petition-retreat")
            objs = _child(y, "dobj") + _pobjs(y, {"of", "from"}) + [q for c in y.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away"} for q in _pobjs(c, {"of", "from"})]
            # "stop selling Rekognition to police": what they should stop supplying
            objs += [o for g in _child(y, "xcomp") if _lemma(g) in P.SUPPLY_VERBS | P.DEVELOP_VERBS for o in _child(g, "dobj")]
            for o in objs:
                # "cancel the IVAS contract": the product the contract is for
                found = r.ents(o) or ([m for c in _child(o, "compound", "nmod") for m in r.ents(c)]
                                      if o.lemma_.lower() in P.CONTRACT_NOUNS and not _child(o, "poss") else [])
                # "calling on the IRS to drop ID.me": the vendor they want dropped, named as the object
                vendor = _lemma(y) in {"drop", "abandon", "ditch", "cancel"} and o.dep_ == "dobj" and o.head.i == y.i and o.pos_ == "PROPN"
                for t in found:
                    if t.type == "Product" or vendor and t.type == "Company" and t.name not in {m.name for q in objs_asked for m in r.ents(q)}:
                        for s in subjects:
                            r.emit(s, "protested", t, y, 0.7, "petition-retreat")


def _board_members(r: RelationReader, o) -> list[M]:
    """``"Parag Agrawal and Twitter board members"``, however parsed: the people named in the
    phrase and the board of the company named in it."""
    found: list[M] = []
    for x in o.subtree:
        if x.i >= o.i:
            break
        for m in r.de.at(x.i):
            if m.type == "Person":
                found.append(m)
            elif m.type == "Company" and m.end == x.i + 1 and x.i + 1 < len(r.doc) and r.doc[x.i + 1].lower_ == "board":
                found.append(M(m.start, m.end, m.text, f"{m.name} board", "Organization"))
    return _dedupe(found)


#: What is done to one who is to go: "demanded that X be removed / banned / fired".
#: Verbs of leaving a post one can be asked to do: "called on X to resign".
_STEP_DOWN_VERBS = frozenset({"resign", "quit", "step"})
_REMOVAL_VERBS = frozenset({"remove", "ban", "bar", "expel", "drop", "fire", "terminate", "suspend", "kick", "deplatform", "block", "oust", "dismiss", "blacklist"})

#: What one asks a company not to do with a contract or project: "not to bid on X".
_PURSUE_VERBS = frozenset({"bid", "pursue", "sign", "renew", "accept", "take", "work", "sell", "build", "compete", "extend", "join", "develop"})


def _letter_before(r: RelationReader, v) -> bool:
    """Whether the sentence before ``v``'s (or ``v``'s own) names a letter or petition."""
    u = r.de.units[v.i]
    s, _ = r.de.unit_bounds[max(0, u - 1)]
    return any(t.lemma_.lower() in {"letter", "petition", "memo"} for t in r.doc[s:v.i])


def write_to(r: RelationReader, v) -> None:
    """``"Senator X wrote to Bezos demanding answers"``: writing to someone is sending them a
    letter."""
    if v.pos_ != "VERB" or _lemma(v) != "write" or _child(v, "ccomp") or not r.asserted(v):
        return
    # "wrote Senator Roe last week": the person written to, in American usage
    people = [m for d in _child(v, "dobj") for m in r.ents(d) if m.type == "Person" and d.pos_ == "PROPN"]
    if _child(v, "dobj") and not people:
        return  # "wrote a letter", "wrote that ..."
    recipients = people or [m for p in _pobjs(v, {"to"}) for m in r.ents(p) if m.type in {"Person", "Company", "GovernmentAgency"}]
    if recipients:
        r.letter_recipients = _dedupe(recipients)  # "... wrote to X. Other signers include Y"
    for a in r.agents(v):
        for obj in recipients:
            r.emit(a, "petitioned", obj, v, 0.75, "write-to")


def letter_addressed(r: RelationReader, v) -> None:
    """``"X published a petition. It is addressed to CEO Tim Cook"``: the letter just named, sent
    to the people named."""
    if v.pos_ != "VERB" or _lemma(v) not in {"address", "send", "deliver", "direct"} or not r.letter_authors:
        return
    if not any(c.dep_ == "nsubjpass" and c.lower_ in {"it", "this"} for c in v.children) or not _letter_before(r, v) or not r.asserted(v):
        return
    recipients = [m for p in _pobjs(v, {"to"}) for q in [p, *p.conjuncts] for m in r.ents(q) if m.type in {"Person", "Company", "GovernmentAgency"}]
    if recipients:
        r.letter_recipients = _dedupe(recipients)
    for a in r.letter_authors:
        for obj in _dedupe(recipients):
            r.emit(_here(a, v), "petitioned", obj, v, 0.8, "letter")


def letter_noun(r: RelationReader, n) -> None:
    if n.pos_ not in {"NOUN", "PROPN"} or any(x.lower_ == "desist" for x in r.doc[max(0, n.i - 3):n.i]):
        return  # (a cease-and-desist letter opposes; see cease_and_desist)
    if n.lemma_.lower() == "list" and not any(p.lemma_.lower() in {"demand", "grievance", "request", "condition"} for p in _pobjs(n, {"of"})):
        return  # a list is a letter only as "a list of demands"
    against = _pobjs(n, {"against"})
    if against and n.lemma_.lower() in {"letter", "petition", "memo", "appeal", "statement"}:
        # "signed a letter against the company's contract with ICE": its authors protest it
        verb = n.head if n.dep_ in {"dobj", "nsubjpass"} and n.head.pos_ == "VERB" else None
        if verb is None or r.asserted(verb):
            targets = [m for p in against for m in r.target(p)]
            for a in r.authors(n):
                for t in targets:
                    r.emit(a, "protested", t, n, 0.7, "letter-against")
    recipients = _pobjs(n, {"to"})
    for c in _child(n, "prep"):
        if c.lower_ == "to" and not _child(c, "pobj"):
            # "a letter to CEO Jeff Bezos asking him ...", the name parsed as the subject of "asking"
            named = [m for j in range(c.i + 1, min(c.i + 5, len(r.doc))) for m in r.de.at(j) if m.type in {"Person", "Company", "GovernmentAgency"}]
            if named:
                recipients.append(r.doc[named[0].end - 1])
    h = n.head
    if not recipients and n.dep_ in {"dobj", "nsubjpass"} and h.lemma_.lower() in P.SEND_VERBS | {"sign", "co-sign", "cosign"}:
        recipients = _pobjs(h, {"to"})
        recipients += [c for c in h.children if c.dep_ == "dative" and c.pos_ in {"PROPN", "NOUN"}]
    # "a letter addressed to X", "a petition launched by Y and addressed to X", and "sent a
    # letter, addressed to X", the participle hung on the verb
    participles = [x for c in n.children if c.dep_ in {"acl", "conj"} for x in [c, *c.conjuncts]]
    # ... and "the petition, which is addressed to X"
    # (and "which was circulated internally and addressed to X", the second verb conjoined)
    participles += [x for c in n.children if c.dep_ == "relcl" and r.asserted(c)
                    and any(x.dep_ == "nsubjpass" and x.lower_ in {"which", "that"} for x in c.children) for x in [c, *c.conjuncts]]
    if n.dep_ == "dobj" and h.lemma_.lower() in P.SEND_VERBS:
        participles += [c for c in h.children if c.dep_ == "advcl" and c.tag_ == "VBN"]
    for c in participles:
        # ("a petition signed by 1,400 workers to X": the parser hung the addressee on "signed")
        if c.pos_ == "VERB" and c.lemma_.lower() in {"address", "send", "deliver", "email", "e-mail", "mail", "hand", "forward", "submit", "sign"}:
            recipients += _pobjs(c, {"to"})
    if n.lemma_.lower() == "list":
        recipients += [q for p in _pobjs(n, {"of"}) for q in _pobjs(p, {"to"})]  # "a list of demands to X"
    if n.lemma_.lower() == "demand" and n.tag_ == "NNS":
        # "laid out four demands for Kotick and other executives"
        recipients += [p for p in _pobjs(n, {"for"}) if any(m.type in {"Person", "Company"} for m in r.ents(p))]
    if not recipients and n.dep_ == "pobj" and n.head.lower_ == "with" and h.head.pos_ == "VERB" and _lemma(h.head) in {"present", "hand", "serve", "confront"}:
        # "organizers presented the company with three demands"
        recipients = _child(h.head, "dobj")
    if not recipients:
        if n.dep_ in {"dobj", "nsubjpass"} and h.pos_ == "VERB" and h.lemma_.lower() in P.SEND_VERBS | _AUTHORING_VERBS and n.lemma_.lower() in {"letter", "petition", "memo"}:
            r.authors(n)  # "Workers launched a petition on Monday. It calls on X to ...": remember who wrote it
        return
    # "a letter to Bezos and Amazon's board", parsed as the board of "Bezos and Amazon": the
    # person before the conjunction is a recipient of his own
    recipients = recipients + [c for rec in recipients for c in _child(rec, "poss")
                               if _child(c, "conj") and any(m.type == "Person" for m in r.ents(c))]
    # "a letter to members of Congress, including Sens. X and Y": the members named
    named = [q for rec in recipients for p in _pobjs(rec, {"including"}) + [x for c in rec.children if c.dep_ == "prep" and c.lower_ == "of"
                                                                              for o in _child(c, "pobj") for x in _pobjs(o, {"including"})]
             for q in [p, *p.conjuncts]]
    named += [q for x in [*recipients, n] for c in x.children if c.dep_ == "prep" and c.lower_ == "including" for o in _child(c, "pobj")
              for q in [o, *o.conjuncts] if any(m.type in {"Person", "Company", "GovernmentAgency", "Organization"} for m in r.ents(q))]
    if named:
        recipients = _dedupe_toks(named)
    if not (n.dep_ in {"dobj", "nsubjpass"} and h.pos_ == "VERB" and not r.asserted(h)):
        r.letter_recipients = _dedupe([m for rec in recipients for m in r.ents(rec) if m.type in SIGNATURES["petitioned"][1]])
    authors = r.authors(n)
    # "sent a letter to X on behalf of a group of employees": those it speaks for sign it too
    behalf = [m for x in [n, h] for c in _child(x, "prep") if c.lower_ == "on" for b in _child(c, "pobj") if b.lower_ == "behalf"
              for q in _pobjs(b, {"of"}) for m in r.ents(q) if m.type in {"EmployeeGroup", "AdvocacyGroup"}]
    authors = _dedupe(authors + behalf)
    if not authors:
        return
    if n.dep_ in {"dobj", "nsubjpass"} and h.pos_ == "VERB" and not r.asserted(h):
        return
    for rec in recipients:
        for obj in r.ents(rec):
            for a in authors:
                r.emit(a, "petitioned", obj, n, 0.9, "letter")


#: Nouns for those who signed a letter: "among the signatories", "other signers include X".
_SIGNER_NOUNS = frozenset({"signatory", "signer", "co-signer", "cosigner", "co-signatory", "cosignatory"})


def named_signers(r: RelationReader, n) -> None:
    """``"Among the signatories was X"``, ``"Other signers include X and Y"``, ``"X, one of the
    signatories"``, ``"Among those who signed the letter were X"``: the people named as
    signers address the letter last named to whom it was sent."""
    if not r.letter_recipients:
        return
    named: list = []
    verb = None
    if n.pos_ == "NOUN" and n.lemma_.lower() in _SIGNER_NOUNS:
        if n.dep_ == "pobj" and n.head.lower_ == "among" and n.head.head.pos_ in {"AUX", "VERB"} and _lemma(n.head.head) in {"be", "include"}:
            verb = n.head.head  # "Among the signatories was X", "X was among the signatories"
            named = _child(verb, "nsubj", "attr")
        elif n.dep_ == "nsubj" and _lemma(n.head) == "include":
            verb = n.head  # "Other signers include X and Y"
            named = _child(verb, "dobj")
        elif n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lower_ == "one" and n.head.head.dep_ == "appos":
            named = [n.head.head.head]  # "X, one of the signatories"
            verb = named[0].head
    elif n.pos_ == "VERB" and n.dep_ == "relcl" and n.head.lower_ == "those" and n.head.dep_ == "pobj" and n.head.head.lower_ == "among" \
            and any(c.lower_ == "who" for c in _child(n, "nsubj")):
        verb = n.head.head.head  # "Among those who signed the letter were X"
        if verb.pos_ in {"AUX", "VERB"} and _lemma(verb) == "be":
            named = _child(verb, "nsubj", "attr")
    elif n.pos_ == "VERB" and any(o.lower_ == "it" or o.lemma_.lower() in {"letter", "petition"} and not _pobjs(o, {"to"}) and any(
            d.lower_ in {"the", "this", "that"} for d in _child(o, "det")) for o in _child(n, "dobj")) and not _pobjs(n, {"to"}):
        verb = n  # "Margaret Mitchell also signed the letter"
        named = _child(n, "nsubj")
    if verb is None or not named or not r.asserted(verb):
        return
    signers = [m for x in named for q in [x, *x.conjuncts] for m in r.ents(q) if m.type in {"Person", "EmployeeGroup", "AdvocacyGroup"}
               and (m.explicit or verb is not n)]  # (not "employees signed it", whoever's employees they are)
    for a in _dedupe(signers):
        for obj in r.letter_recipients:
            r.emit(a, "petitioned", _here(obj, n), n, 0.8, "named-signer")


def sign_verb(r: RelationReader, v) -> None:
    """``"500 employees signed the letter"``, ``"a letter signed by 450 workers"``."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    lemma = _lemma(v)
    objs = _child(v, "dobj", "nsubjpass")
    if lemma in {"add", "put"}:
        # "more than 100 employees had added their names to it": signed it
        if not any(o.lemma_.lower() in {"name", "signature"} for o in objs):
            return
        objs = _pobjs(v, {"to"}) + [p for o in objs for p in _pobjs(o, {"to"})]
        lemma = "sign"
    if lemma in {"sign", "co-sign", "cosign"} and v.dep_ in {"acl", "relcl"}:
        objs.append(v.head)
        if v.head.lemma_.lower() not in P.LETTER_NOUNS and v.i > 0 and r.doc[v.i - 1].text == ",":
            objs += _addressed_letter(v.head)  # "a letter to X and Y's board, signed by ...": hung on the addressee
    # "signed a pair of internal letters", "a series of petitions": the letters themselves
    objs += [p for o in objs if o.lemma_.lower() in {"pair", "series", "set", "couple", "number", "string"}
             for p in _pobjs(o, {"of"}) if p.lemma_.lower() in P.LETTER_NOUNS]
    if lemma in {"sign", "co-sign", "cosign"} and not objs:
        # "1,000 employees have signed on to the petition"
        objs += _pobjs(v, {"to", "onto"}) + [q for c in _child(v, "prt", "advmod", "prep") if c.lower_ == "on" for q in _pobjs(c, {"to"})]
    # "Employees circulated letters ...; more than 200 Palantir employees signed": no object,
    # the letter just named
    bare = lemma in {"sign", "co-sign", "cosign"} and not objs and not _child(v, "dobj", "xcomp", "prt") \
        and not any(c.lower_ in {"with", "for", "onto", "to", "on", "off", "into", "up"} for c in _child(v, "prep")) and _letter_before(r, v)
    if lemma in {"sign", "co-sign", "cosign"} and any(o.lower_ in {"it", "this"} for o in objs) and _letter_before(r, v):
        bare = True  # "More than 450 employees eventually signed it"
    if lemma != "petition" and not bare and not any(o.lemma_.lower() in P.LETTER_NOUNS or o.lower_ in {"which", "that"} for o in objs):
        return
    subj_toks = [c for c in v.children if c.dep_ == "nsubj"]
    for c in v.children:
        if c.dep_ == "agent":
            subj_toks += [p for p in c.children if p.dep_ == "pobj"]
    if not subj_toks and v.dep_ == "relcl":
        subj_toks = [v.head]
    if not subj_toks and not _child(v, "nsubjpass"):
        # the parser hung the subject on the line before ("... Reporter\n\n500 employees signed")
        s0, _ = r.de.unit_bounds[r.de.units[v.i]]
        subj_toks = [t for t in r.doc[s0:v.i] if t.pos_ in {"NOUN", "PROPN", "NUM"}
                     and r.de.units[t.head.i] != r.de.units[v.i]][:1]
    subj_toks = [v.head if s.lower_ in {"who", "that", "which"} and v.dep_ == "relcl" else s for s in subj_toks]
    _signer_counts(r, v, subj_toks, objs)


def _addressed_letter(t) -> list:
    """The letter an addressee ``t`` was sent: ``"a letter to Bezos and the company's board"``,
    ``"sent a letter to the board"``."""
    for _ in range(5):
        if t.dep_ == "pobj" and t.head.lower_ == "to":
            h = t.head.head
            if h.lemma_.lower() in P.LETTER_NOUNS:
                return [h]
            return [o for o in _child(h, "dobj") if o.lemma_.lower() in P.LETTER_NOUNS] if h.pos_ == "VERB" else []
        if t.dep_ not in {"conj", "appos", "pobj", "prep"}:
            break
        t = t.head
    return []


def _signer_counts(r: RelationReader, v, subj_toks: list, objs: list, rule: str = "signatories") -> None:
    """How many signed the letters ``objs``, counted on the signers ``subj_toks`` (at ``v``)."""
    # "signed by more than 40 X employees and more than 60 Y employees": a count per conjunct
    subj_toks = subj_toks + [c for s in subj_toks for c in s.conjuncts if c.i > s.i and r.count_of(c)]
    for st in subj_toks:
        signers = [m for m in r.ents(st) if m.type in {"EmployeeGroup", "AdvocacyGroup"}]
        r.voiced.update(m.name for m in signers)
        if signers and any(o.lemma_.lower() in P.LETTER_NOUNS for o in objs):
            r.letter_authors = signers  # "X employees signed a letter. The letter calls on ..."
        n = r.count_of(st)
        if n is None or n < 2:
            continue
        own = [m for m in r.de.at(st.i) if m.type in {"EmployeeGroup", "AdvocacyGroup"}]
        if own and not own[0].explicit and st.lemma_.lower() not in {"employee", "worker", "staffer", "staff"}:
            continue  # "signed by 1,000 researchers and academics" need not be the company's staff
        groups = own or [m for m in r.ents(st) if m.type in {"EmployeeGroup", "AdvocacyGroup"}
                         and (m.explicit or st.lemma_.lower() in {"employee", "worker", "staffer", "staff"} or m.start == st.i)]
        if not groups and st.like_num:
            # "signed by more than 8,000 of the company's employees": the staff counted
            # (the count is of a letter's signers: a group named as its author comes first)
            groups = [M(m.start, m.end, m.text, m.name, m.type, m.anchor, False) for p in _pobjs(st, {"of"}) if p.lemma_.lower() in P.WORKER_NOUNS
                      for m in r.ents(p) if m.type == "EmployeeGroup"]
        if groups and not groups[0].explicit:
            # "a petition launched by Accenture employees ... was signed by 1,000 staff": its authors
            letters = [o for o in objs if o.lemma_.lower() in P.LETTER_NOUNS]
            if not letters and any(o.lower_ == "it" for o in objs):
                letters = _letter_named_before(r, v)  # "A petition ...; it was signed by"
            launched = [m for m in _launchers(r, letters) if m.type == "EmployeeGroup" and m.explicit]
            # "X published an open letter ...; it was signed by 8,700 employees": the named group that wrote it
            launched = launched or _named_authors(r, letters)
            groups = launched or groups
        if not groups and st.lemma_.lower() in P.PEOPLE_NOUNS:
            # "more than 1,500 people have signed its petition": the group whose petition it is
            owners = [c for o in objs if o.lemma_.lower() in P.LETTER_NOUNS for c in _child(o, "poss")]
            groups = [m for c in owners for m in r.ents(c) if m.type in {"EmployeeGroup", "AdvocacyGroup"}]
            if not groups and owners and owners[0].lower_ in {"its", "their"} and v.dep_ == "ccomp":
                # "The group says 1,500 people have signed its petition": the group speaking
                groups = [m for x in _child(v.head, "nsubj") for m in r.ents(x) if m.type in {"EmployeeGroup", "AdvocacyGroup"}]
        if not groups and st.lemma_.lower() in P.PEOPLE_NOUNS | P.WORKER_NOUNS:
            # "1,000 employees signed the petition, which was organized by X": the organisers
            groups = [m for m in _launchers(r, [o for o in objs if o.lemma_.lower() in P.LETTER_NOUNS])
                      if m.type in {"EmployeeGroup", "AdvocacyGroup"}]
        if not groups and st.lemma_.lower() in P.PEOPLE_NOUNS | P.WORKER_NOUNS and any(o.lower_ in {"it", "this"} for o in objs):
            # "X published an open letter; it was signed by 8,700 employees": the named group that wrote it
            groups = _named_authors(r, _letter_named_before(r, v))
        if not groups and (st.lemma_.lower() in P.PEOPLE_NOUNS or st.like_num) and r.de.dominant_group is not None:
            g = r.de.dominant_group
            groups = [M(st.i, st.i + 1, st.text, g.name, g.type, g.anchor, False)]
        # "Its petition ... has been signed by 1,500 Microsoft workers": the count is the named group's
        named_owners = [m for o in objs if o.lemma_.lower() in P.LETTER_NOUNS for c in _child(o, "poss") for m in r.ents(c)
                        if m.type in {"EmployeeGroup", "AdvocacyGroup"} and m.explicit and not m.workforce]
        if not named_owners and v.dep_ == "ccomp" and any(c.lower_ in {"its", "their"} for o in objs if o.lemma_.lower() in P.LETTER_NOUNS
                                                          for c in _child(o, "poss")):
            # "No Azure for Apartheid ... says its petition has been signed by 1,500 workers": the group speaking
            named_owners = [m for m in r.agents(v.head) if m.type in {"EmployeeGroup", "AdvocacyGroup"} and m.explicit and not m.workforce]
        if named_owners and (not groups or groups[0].type == "EmployeeGroup"):
            groups = named_owners
        for g in groups[:1]:
            r.emit(g, "signatoryCount", str(n), v, 0.85, rule)
            r.letter_authors = [g]


def letter_from(r: RelationReader, n) -> None:
    """``"a letter from more than 150 of its own employees"``, ``"received a petition from 900
    workers"``: how many wrote it."""
    if n.pos_ != "NOUN" or n.lemma_.lower() not in {"letter", "petition"}:
        return
    froms = _pobjs(n, {"from"})
    if not froms and n.dep_ == "dobj" and _lemma(n.head) in {"receive", "get", "deliver", "send", "submit"}:
        froms = _pobjs(n.head, {"from"})  # ("received a letter from ...", the phrase hung on the verb)
    if not froms or n.dep_ in {"dobj", "nsubjpass"} and n.head.pos_ == "VERB" and not r.asserted(n.head):
        return
    _signer_counts(r, n, froms, [n], "letter-from")


def _letter_named_before(r: RelationReader, v) -> list:
    """The last letter or petition noun of ``v``'s sentence before ``v`` (at most one), which an
    "it" after it refers to."""
    s0 = r.de.unit_bounds[r.de.units[v.i]][0]
    return [t for t in r.doc[s0:v.i] if t.lemma_.lower() in P.LETTER_NOUNS and t.pos_ == "NOUN"][-1:]


def _named_authors(r: RelationReader, letters: list) -> list[M]:
    """The named workers' groups that wrote these letters (not "<Company> employees")."""
    return [m for l in letters for m in r.authors(l) if m.type == "EmployeeGroup" and m.explicit and not m.workforce]


def _launchers(r: RelationReader, letters: list) -> list[M]:
    """Who launched, organised or wrote these letters, named in a by-phrase: "the petition,
    which was organized by X", "a petition launched by X"."""
    return [m for o in letters for c in o.children if c.dep_ in {"acl", "relcl"}
            and c.lemma_.lower() in {"launch", "start", "write", "draft", "organize", "organise", "circulate"}
            for a in _child(c, "agent") for p in _child(a, "pobj") for m in r.ents(p)]


def _count(r: RelationReader, v, subjects: list[M]) -> None:
    toks = _child(v, "nsubj") or [r.doc[m.end - 1] for m in subjects[:1] if m.end > m.start]
    for st in toks:
        n = r.count_of(st)
        if n and n >= 2:
            for g in subjects[:1]:
                if g.type == "EmployeeGroup":
                    r.emit(g, "signatoryCount", str(n), v, 0.8, "signatories")


#: What an employer fights in its workers' union: "fought the union drive", "opposed the organizing effort".
_UNION_DRIVES = frozenset({"drive", "effort", "campaign", "push", "bid", "organizing", "organising", "unionization", "unionisation", "vote"})


def union_opposition(r: RelationReader, v) -> None:
    """``"Amazon campaigned hard against the union"``, ``"the company fought the union drive"``:
    an employer opposing its workers' union protests the union."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    companies = [a for a in r.agents(v) if a.type == "Company"]
    if not companies:
        return
    objs = _pobjs(v, {"against"}) + ([] if _lemma(v) in {"campaign", "battle"} else _child(v, "dobj"))
    unions: list[M] = []
    for o in objs:
        # "the union", "the Amazon Labor Union"; "the union drive", "the union's organizing campaign"
        named = o if o.lemma_.lower() not in _UNION_DRIVES else next(
            (c for c in o.children if c.dep_ in {"compound", "poss"} and (c.lemma_.lower() == "union" or r.ents(c))), None)
        if named is None:
            continue
        unions += [m for m in r.ents(named) if m.type in {"Organization", "EmployeeGroup", "AdvocacyGroup"} and not m.workforce
                   and set(m.name.lower().split()) & _UNION_NAME_WORDS]
    for c in companies:
        for u in _dedupe(unions):
            r.emit(c, "protested", M(u.start, u.end, u.text, u.name, "Organization", u.anchor, u.explicit), v, 0.6, "union-opposition")


def protest_verb(r: RelationReader, v) -> None:
    if v.pos_ != "VERB":
        return
    lemma = _lemma(v)
    if lemma in {"protest", "oppose", "object", "criticize", "criticise", "condemn", "denounce", "boycott", "picket", "rally", "demonstrate",
                 "heckle", "disrupt", "interrupt"} and r.asserted(v):
        r.voiced.update(a.name for a in r.agents(v) if a.type in ACTORS)  # "employees protested the policy"
    if lemma in {"disrupt", "interrupt"}:
        # "interrupted a speech by X", "disrupted X's keynote": the speaker; not "disrupted the market"
        events = [o for o in _child(v, "dobj") if o.lemma_.lower() in {"speech", "keynote", "talk", "event", "presentation", "address",
                                                                         "celebration", "conference", "meeting", "remarks", "panel"}]
        by = [p for o in events for p in _pobjs(o, {"by"})] + (_pobjs(v, {"by"}) if events else [])
        targets = [m for m in [x for o in events for c in _child(o, "poss") for x in r.ents(c)] + [x for p in by for x in r.ents(p)]
                   if m.type in {"Person", "Company", "Organization", "GovernmentAgency"}]
        purpose = any(_lemma(x) in {"protest", "oppose", "denounce", "condemn"} for x in _child(v, "advcl", "xcomp"))
        if targets and not purpose and r.asserted(v):  # "interrupted X's speech to protest Y": they protested Y
            for s in r.agents(v):
                if s.type in ACTORS:
                    for t in targets:
                        r.emit(s, "protested", t, v, 0.65, "disrupt")
        return
    if lemma in {"challenge", "fight", "attack", "target", "sue", "resist", "campaign", "march", "rally", "demonstrate", "accuse"} and not (
            _child(v, "dobj", "nsubjpass") or _pobjs(v, {"against"}) or lemma in {"rally", "demonstrate", "march"} and _pobjs(v, {"outside", "at"})):
        return
    if lemma == "sue" and r.asserted(v):
        # "the Justice Department sued Apple", "Apple was sued by the FTC": an agency's suit is
        # its investigation
        for a in r.agents(v):
            if a.type == "GovernmentAgency":
                for o in _child(v, "dobj") + _by_passive_subjects(v):
                    for t in r.ents(o):
                        r.emit(a, "investigated", t, v, 0.7, "agency-suit")
    if lemma in {"target", "sue", "attack", "fight", "challenge", "accuse"}:
        if not any(m.type in ACTORS | {"Organization"} or lemma in {"sue", "challenge"} and m.type == "Company" for m in r.agents(v)):
            return
    targets = []
    preps = {"against", "over", "about"} | ({"to"} if lemma == "object" else set())
    if lemma in {"protest", "rally", "demonstrate", "picket", "march"}:
        preps |= {"outside", "at", "in front of"}  # "rallied outside Palantir's offices"
    objs = _child(v, "dobj", "nsubjpass")
    # "protested the company's hosting of Palantir, the data firm": an apposition the parser
    # made a second object describes a name inside the first
    objs = [o for o in objs if not (o.dep_ == "dobj" and o.i > 0 and r.doc[o.left_edge.i - 1].text == ","
                                    and any(x.dep_ == "dobj" and x.i < o.i for x in objs))]
    for o in objs + _pobjs(v, preps):
        # "condemned Gebru's ouster": whoever ousted her
        targets += _deed_target(r, o) if o.lemma_.lower() in _UNDERGONE | _DECISIONS else r.target(o)
    if not targets and any(o.lemma_.lower() in _DOERS_ACTS for o in _child(v, "dobj")):
        # "criticized the donation by GitHub", the "by" hung on the verb: the donor
        targets = [m for p in _pobjs(v, {"by"}) for m in r.ents(p) if m.type in ORG_TYPES | {"Person"}]
    if not targets and lemma in {"protest", "demonstrate", "rally", "picket", "march", "strike"}:
        # "to protest conditions at the warehouse": the company whose workplace it is
        for p in _pobjs(v, {"at", "outside", "in front of"}):
            targets += _workplace_owner(r, p)
    if not targets and not _child(v, "dobj"):
        # "has criticized Dragonfly, calling it ...": a name right after the verb, misparsed
        targets += [m for c in _child(v, "advmod", "npadvmod") if c.i == v.i + 1 for m in r.ents(c)]
    if not targets and lemma in {"protest", "demonstrate", "rally", "picket"} and not _child(v, "dobj", "nsubjpass", "ccomp") and r.asserted(v):
        # "Hundreds of X employees protested on Friday": they protested their employer
        for s in r.agents(v):
            if s.type == "EmployeeGroup" and s.anchor and s.explicit:
                r.emit(s, "protested", M(s.start, s.end, s.anchor, s.anchor, "Company"), v, 0.55, "protest-employer")
        return
    # "criticized how their complaints had been handled": a clause about the workplace
    clause = any(c.dep_ in {"ccomp", "advcl"} and any(w.lower_ in {"how", "that", "what"} for w in c.subtree if w.i < c.i) for c in v.children)
    if not targets and (lemma == "complain" or clause and lemma != "protest" or any(
            o.lemma_.lower() in _DECISIONS or o.lemma_.lower() in P.CONTRACT_NOUNS and not _child(o, "poss")
            and not any(d.lower_ in {"the", "this", "that", "these", "those"} for d in _child(o, "det"))
            for o in _child(v, "dobj") + _pobjs(v, preps))) and r.asserted(v):
        # "Facebook employees criticized the decision", "Microsoft workers objected to a contract
        # with ICE": their employer's
        for s in r.agents(v):
            if s.type == "EmployeeGroup" and s.anchor:
                r.emit(s, "protested", M(s.start, s.end, s.anchor, s.anchor, "Company"), v, 0.65, "protest-verb")
        return
    # "threatened to sue the government": the threat is itself public opposition
    threat = v.dep_ == "xcomp" and _lemma(v.head) == "threaten" and lemma in {"sue", "boycott", "picket", "challenge"} and r.asserted(v.head)
    if not targets or not (r.asserted(v) or threat):
        return
    # "Apple sued NSO Group", "Amazon challenged the award in federal court": litigation
    in_court = lemma == "sue" or lemma == "challenge" and any(
        x.lemma_.lower() == "court" for p in _pobjs(v, {"in", "before"}) for x in p.subtree)
    for s in r.agents(v):
        for t in targets:
            r.emit(s, "protested", t, v, 0.8 if not threat else 0.6, "litigation" if in_court and not threat else "protest-verb")


#: Verbs of organising workers, which protest only what they are said to be against.
_ORGANIZE_VERBS = frozenset({"organize", "organise", "mobilize", "mobilise", "unionize", "unionise"})


def walkout_verb(r: RelationReader, v) -> None:
    """Walkouts, strikes, organising and taking positions: the target is what follows
    (``"walked out over ICE contracts"``), else the group's own employer."""
    if v.pos_ != "VERB":
        return
    lemma = _lemma(v)
    if lemma == "walk" and not any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "off"} for c in v.children):
        return
    if lemma == "stage" and not any(c.lemma_.lower() in P.PROTEST_NOUNS for c in _child(v, "dobj")):
        return
    if not r.asserted(v):
        return
    targets: list[M] = []
    for p in _pobjs(v, {"over", "against", "at", "about"}) + [q for o in _child(v, "dobj") for q in _pobjs(o, {"over", "against", "of"})]:
        if p.lemma_.lower() in _WORKPLACES and p.head.lower_ == "at" and not r.de.by_tok.get(p.i):
            # "struck at the Coventry warehouse", "at Amazon's JFK8 warehouse": the company whose
            # workplace it is, not the place it is named after
            owners = [m for c in p.children if c.dep_ in {"poss", "compound"} for m in r.ents(c) if m.type == "Company"]
            targets += owners or [_here(m, p) for m in r._salient_company(p)]
            continue
        targets += r.target(p)
    for p in _pobjs(v, {"in"}):
        if p.lemma_.lower() in {"protest", "opposition", "solidarity"}:
            for q in _pobjs(p, {"of", "against", "over"}):
                targets += r.target(q)
            # "in protest against X ... and against Y", the second "against" hung anywhere
            seen_q = {q.i for q in _pobjs(p, {"of", "against", "over"})}
            for x in v.subtree:
                if x.i > p.i and x.lower_ == "against" and x.dep_ == "conj":
                    targets += [m for q in _child(x, "pobj") if q.i not in seen_q for m in r.target(q)]
    for x in _child(v, "xcomp"):
        for o in _child(x, "dobj"):
            if x.lemma_.lower() in P.RETREAT_VERBS | {"oppose", "protest", "fight", "end"}:
                targets += r.target(o)
    # ("the walkout was organised by X": organising a protest is protesting)
    protest_organized = any(o.lemma_.lower() in P.PROTEST_NOUNS for o in _child(v, "dobj", "nsubjpass"))
    for s in r.agents(v):
        if s.type not in ACTORS:
            continue
        # (a person only when the protest is against them: "organizing against its cofounder,
        # Larry Ellison", or over their words)
        against = {m.name for p in _pobjs(v, {"against"}) for m in r.target(p)}
        hits = [t for t in targets if t.type != "Person" or t.name in against or t.start < len(r.doc) and r.doc[t.start].i > v.i and any(
            x.lemma_.lower() in {"comment", "remark", "statement", "memo", "email", "tweet", "speech"} for x in r.doc[v.i:t.start])]
        if not hits and s.type == "EmployeeGroup" and s.anchor and (lemma not in _ORGANIZE_VERBS or protest_organized) \
                and not (lemma in {"leave", "quit"} and any(r.ents(o) for o in _child(v, "dobj"))):
            # (organising or unionising is no protest of the employer by itself: "Grindr workers
            # unionized"; nor is leaving a company named: "founded by researchers who left OpenAI")
            hits = [M(s.start, s.end, s.anchor, s.anchor, "Company")]
        if not hits and s.type == "Person" and _lemma(v) in {"quit", "resign", "leave"}:
            # "X quit in protest over the firings": over what the company the text is about did;
            # "X resigned in protest": against the company the text is about
            def unowned_act(p) -> bool:  # "the firings", not "Google's firings" (whose, the text says)
                return p.lemma_.lower() in P.CORPORATE_ACTS and not any(c.dep_ == "poss" for c in p.children)

            over = [p for p in _pobjs(v, {"over"}) if unowned_act(p)]
            over += [p for p in _pobjs(v, {"in"}) if p.lemma_.lower() == "protest" and not _pobjs(p, {"of", "against", "over"})]
            # "resigned in protest over the return-to-office policy": the company's policy
            over += [q for p in _pobjs(v, {"in"}) if p.lemma_.lower() == "protest" for q in _pobjs(p, {"of", "against", "over"}) if unowned_act(q)]
            if over:
                hits = [_here(m, over[0]) for m in r._salient_company(over[0])]
        for t in hits:
            r.emit(s, "protested", t, v, 0.75 if targets else 0.6, "walkout")


def take_stance(r: RelationReader, v) -> None:
    """``"Employees at X have taken vocal positions / action"``."""
    if v.lemma_.lower() != "take" or not any(o.lemma_.lower() in {"position", "action", "stand", "stance"} for o in _child(v, "dobj")):
        return
    if not r.asserted(v):
        return
    targets = []
    for o in _child(v, "dobj"):
        for p in _pobjs(o, {"against", "on", "over"}):
            targets += r.target(p)
    for p in _pobjs(v, {"against", "over"}):
        targets += r.target(p)
    for s in r.agents(v):
        hits = targets or ([M(s.start, s.end, s.anchor, s.anchor, "Company")] if s.type == "EmployeeGroup" and s.anchor else [])
        for t in hits:
            r.emit(s, "protested", t, v, 0.6, "stance")


def push_back(r: RelationReader, v) -> None:
    """``"Workers pushed back on the company's ICE contract"``: the target, else the group's
    own employer when what they push back on is its deal."""
    if _lemma(v) != "push" or not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in v.children):
        return
    if not r.asserted(v):
        return
    objs = _pobjs(v, {"on", "against"}) + [p for a in _child(v, "advmod", "prt") for p in _pobjs(a, {"on", "against"})]
    if not objs:
        return
    targets = [m for o in objs for m in r.target(o) if m.type in ORG_TYPES | {"Product", "Person"}]
    for s in r.agents(v):
        if s.type not in ACTORS:
            continue
        employer = [M(s.start, s.end, s.anchor, s.anchor, "Company")] if s.type == "EmployeeGroup" and s.anchor else []
        hits = targets or (employer if any(o.lemma_.lower() in P.CONTRACT_NOUNS for o in objs) else [])
        if employer and any(o.lemma_.lower() in P.CORPORATE_ACTS for o in objs) and all(t.type == "Person" for t in hits):
            hits = hits + employer  # "pushing back against the CEO's decision": the company too
        for t in hits:
            r.emit(s, "protested", t, v, 0.65, "push-back")


def speak_out(r: RelationReader, v) -> None:
    if v.lemma_.lower() != "speak" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
        return
    if not r.asserted(v):
        return
    objs = _pobjs(v, {"against", "about", "on", "over"})
    targets = [m for p in objs for m in r.target(p)]
    for s in r.agents(v):
        for t in targets:
            r.emit(s, "protested", t, v, 0.7, "speak-out")
        if not targets and objs:
            _workplace_grievance(r, s, v, objs)


#: What workers complain of at their own workplace: "spoke out about warehouse conditions".
_WORKPLACE_WORDS = frozenset({
    "condition", "conditions", "pay", "wage", "wages", "discrimination", "sexism", "racism", "harassment", "misconduct",
    "safety", "culture", "treatment", "retaliation", "inequity", "equity", "bias", "abuse", "toxicity", "workload",
    "hours", "benefits", "layoffs", "policy", "policies", "practices", "management", "leadership", "environment",
})


def _workplace_grievance(r: RelationReader, s: M, v, objs) -> None:
    """``"X spoke out about warehouse conditions"``, ``"fired after raising concerns about
    sexism on her team"``: a complaint about the workplace is a protest against the employer
    (a group's own company; a person's, once their role is read)."""
    if not any(x.lemma_.lower() in _WORKPLACE_WORDS or x.lower_ in _WORKPLACE_WORDS for o in objs for x in o.subtree):
        return
    if s.type == "EmployeeGroup" and s.anchor and s.explicit:
        r.emit(s, "protested", M(s.start, s.end, s.anchor, s.anchor, "Company"), v, 0.55, "workplace-grievance")
    elif s.type == "Person":
        r.employer_grievances.append((s, v.i))


def workplace_grievances(r: RelationReader) -> None:
    """A person's workplace grievance goes to the one company the article says they work
    or worked for."""
    for person, trigger in r.employer_grievances:
        employers = {c.obj.name: c.obj for c in r.out if c.pred in {"worksFor", "leads"} and c.subj.name == person.name
                     and isinstance(c.obj, M) and c.obj.type == "Company"}
        if len(employers) == 1:
            e = next(iter(employers.values()))
            r.emit(person, "protested", _here(e, r.doc[trigger]), trigger, 0.5, "workplace-grievance")


def concern_verb(r: RelationReader, v) -> None:
    """``"raised concerns about X"``, ``"voiced concern that X would be used"``."""
    if v.pos_ != "VERB":
        return
    concerns = [o for o in _child(v, "dobj") if o.lemma_.lower() in P.CONCERN_NOUNS or o.lower_ in P.CONCERN_NOUNS]
    if not concerns or not r.asserted(v):
        return
    targets: list[M] = []
    for c in concerns:
        for p in _pobjs(c, {"about", "over", "regarding", "with", "around", "on"}):
            targets += r.target(p)
        for cc in _child(c, "ccomp", "acl"):
            for s in _child(cc, "nsubj", "nsubjpass"):
                targets += r.target(s)
    for p in _pobjs(v, {"about", "over", "regarding", "around"}):
        targets += r.target(p)
    for cc in _child(v, "ccomp"):
        for s in _child(cc, "nsubj", "nsubjpass"):
            targets += r.target(s)
    agents = r.agents(v)
    targets = [t for t in targets if t.name not in {a.name for a in agents}]  # "about sexism on her team": not her
    if not targets:
        abouts = [x for h in [*concerns, v] for pr in _child(h, "prep") if pr.lower_ in {"about", "over", "regarding", "around"}
                  for x in pr.children if x.dep_ in {"pobj", "pcomp"}]
        for s in agents:
            if abouts:
                _workplace_grievance(r, s, v, abouts)
    if not targets and not _child(v, "ccomp") and not any(_child(c, "ccomp", "acl") or [x for x in _child(c, "prep") if x.lower_ not in {"on", "in", "at", "during"}]
                                                            for c in concerns):
        # "some Palantir employees have raised concerns": about their employer
        for s in agents:
            if s.type == "EmployeeGroup" and s.anchor and s.explicit:
                r.emit(s, "protested", M(s.start, s.end, s.anchor, s.anchor, "Company"), v, 0.6, "concern-employer")
    for s in agents:
        for t in targets:
            r.emit(s, "protested", t, v, 0.75, "concern")
    if agents:
        r.grievance_owner = [a for a in agents if a.type in ACTORS] or r.grievance_owner


def protest_noun(r: RelationReader, n) -> None:
    """``"protests against X"``, ``"X's criticism of Y"``, ``"targets of employee activism"``."""
    if n.pos_ not in {"NOUN"}:
        return
    if n.lower_ in {"in", "ins"} and not (n.i >= 2 and r.doc[n.i - 1].text == "-" and r.doc[n.i - 2].lower_ == "sit"):
        return  # only the second half of "sit-ins"
    if n.lemma_.lower() == "picket" and n.dep_ == "compound" and n.head.lemma_.lower() == "line":
        n = n.head  # "joined the picket line": the line is the protest
    agents: list[M] = []
    employee_marked = False
    for c in n.children:
        if c.dep_ in {"poss", "compound", "amod"}:
            found = r.ents(c)
            if found:
                agents += found
            elif c.lemma_.lower() in P.WORKER_NOUNS or c.lower_ in {"employee", "worker", "staff"}:
                employee_marked = True
    if agents and n.dep_ == "dobj" and n.head.pos_ == "VERB" and _lemma(n.head) in {"lead", "launch", "organize", "organise", "run", "start", "spearhead"} \
            and n.lemma_.lower() in {"campaign", "protest", "boycott", "petition", "walkout", "strike"} and r.asserted(n.head):
        # "Mijente has led the #NoTechForICE campaign against Palantir": whoever led it too
        agents += [a for a in r.agents(n.head) if a.type in ACTORS | {"Organization"}]
    froms = _pobjs(n, {"by", "from", "among"})
    # "the walkout, organised by X", "a protest led by X"
    froms += [p for c in n.children if c.dep_ == "acl" and c.lemma_.lower() in {"organize", "organise", "lead", "call", "stage", "launch", "plan"}
              for p in _pobjs(c, {"by"})]
    if n.dep_ == "dobj" and n.head.lemma_.lower() in _FACING_VERBS:
        froms += _pobjs(n.head, {"from", "among"})  # "X drew criticism from its own employees"
    if n.dep_ == "nsubjpass" and (_lemma(n.head) in {"organize", "organise", "lead", "call", "stage", "launch", "plan", "coordinate"}
                                  or _lemma(n.head) in {"back", "support", "endorse"} and n.lemma_.lower() in {"walkout", "strike", "stoppage", "protest"}) \
            and r.asserted(n.head):
        # "The walkout was organized by Amazon Employees for Climate Justice", "the strike has
        # been backed by the IWGB"
        froms += [p for a in _child(n.head, "agent") for p in _child(a, "pobj")]
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN":
        froms += _pobjs(n.head.head, {"among"})  # "a sign of unrest among X workers", "among" hung on "sign"
    for p in froms:
        found = r.ents(p)
        if found:
            agents += found
    in_protest = n.dep_ == "pobj" and n.head.lower_ == "in" and n.lemma_.lower() == "protest"  # "did X in protest"
    if not agents:
        # "Amnesty International organized demonstrations outside Google offices", the parser's
        # "organized" a modifier of the noun with the organiser hung on it
        for v in _child(n, "amod") + (_child(_first_conjunct(n), "amod") if n.dep_ == "conj" else []):  # ("organized caravans and rallies")
            if v.tag_ in {"VBD", "VBN"} and _lemma(v) in {"organize", "organise", "stage", "hold", "lead", "launch", "mount"} and v.i < n.i:
                agents += [m for x in v.children if x.dep_ in {"nsubj", "npadvmod"} and x.i < v.i for m in r.ents(x)]
    if not agents:
        # "took part in protests against X", "joined / staged / led the walkout"
        h = n.head.head if n.dep_ == "pobj" and n.head.lower_ in {"in", "on", "for"} else n.head if n.dep_ == "dobj" else None
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in _RUN_NOUNS and n.head.head.dep_ == "dobj":
            h = n.head.head.head  # "led a series of rallies against X", "staged a wave of strikes"
        on_strike = h is not None and n.head.lower_ == "on" and h.lemma_.lower() in {"be", "remain", "stay"} and n.lemma_.lower() in {"strike", "walkout"}
        if h is not None and (h.pos_ == "VERB" or on_strike) and (on_strike or _lemma(h) in {
                "take", "participate", "join", "stage", "lead", "hold", "organize", "organise", "launch", "mount", "begin", "start",
                "voice", "express", "register", "go", "call", "push", "declare", "wage"}):
            if _lemma(h) in {"go", "call", "push"} and n.dep_ != "pobj" and not (
                    _lemma(h) == "call" and n.lemma_.lower() in {"strike", "walkout", "stoppage"} and not any(c.dep_ == "prt" for c in h.children)):
                pass  # "went on strike", "called for a boycott"; not "called the boycott" (but "called a strike")
            elif r.asserted(h):
                agents = r.agents(h)
        elif in_protest:
            # "resigned in protest over X", "deleted his code in protest against X": whoever did it
            # ("resigned from the board in protest", the phrase hung on "board"; "pulled out of
            # the conference in protest")
            if h.pos_ in {"NOUN", "PROPN"} and h.dep_ == "pobj":
                h = _verb_over(h)
            elif h.pos_ in {"NOUN", "PROPN"} and h.dep_ == "dobj":
                h = h.head  # "deleted her code in protest", the phrase hung on "code"
            if h.pos_ == "VERB" and r.asserted(h):
                agents = r.agents(h)
    companies = [a for a in agents if a.type == "Company"] if in_protest else []
    agents = [a for a in agents if a.type in ACTORS | {"Organization"}]
    targets: list[M] = []
    if n.lemma_.lower() in {"walkout", "strike", "sit-in", "stoppage"}:
        # "led a walkout of Amazon workers": the workers walked out on their employer
        staff = [m for p in _pobjs(n, {"of", "by"}) for m in r.ents(p) if m.type == "EmployeeGroup" and m.anchor]
        if staff:
            agents = _dedupe(agents + staff)
            targets = [M(m.start, m.end, m.anchor, m.anchor, "Company") for m in staff]
    for p in _pobjs(n, {"against", "over", "of", "to", "at", "about", "regarding"}):
        targets += [m for m in r.target(p) if not _place_named(m, p)]
    if not targets:
        # "unrest among X workers over the company's contracts": "over" hung on the group
        for p in froms:
            for q in _pobjs(p, {"over", "against", "about"}):
                targets += r.target(q)
    if not targets and in_protest and n.head.head.pos_ == "VERB":
        # "deleted her code in protest over X", "over X" hung on the verb
        targets = [m for p in _pobjs(n.head.head, {"over", "against"}) for m in r.target(p)]
    left = _verb_over(n.head.head) if in_protest else None
    if not targets and left is not None and _lemma(left) in _LEAVING_VERBS:
        # "resigned from X's board in protest": what they left ("Oracle's advisory board": Oracle);
        # "withdrew from the summit in protest", "pulled out of the conference in protest"
        places = _pobjs(left, {"from"}) + [p for o in [left, *_child(left, "prt", "prep")] if o.lower_ in {"out", left.lower_}
                                           for p in _pobjs(o, {"of"})]
        targets = [m for p in places for m in r.target(p) or [x for c in _child(p, "poss") for x in r.ents(c)]
                   if m.type in ORG_TYPES]
        # ... a company too, when it says so: "Intel withdrew from the summit in protest"
        if r.asserted(left):
            for a in companies:
                for t in targets:
                    r.emit(a, "protested", t, n, 0.7, "withdrawal")
    if not targets and n.dep_ == "dobj" and n.head.pos_ == "VERB" and n.lemma_.lower() in {"opposition", "objection", "resistance"}:
        # "led opposition to X" with "to X" hung on the verb
        for p in _pobjs(n.head, {"to", "against"}):
            targets += r.target(p)
    if not targets and (n.lemma_.lower() in {"protest", "rally", "demonstration", "picket", "vigil", "sit-in", "strike", "walkout", "line"} or n.lower_ in {"in", "ins"}):
        # "held rallies outside Palantir's offices": the place names the target; "went on
        # strike at X", "declared a strike against X", the phrase hung on the verb
        h = n.head if n.dep_ == "dobj" else n.head.head if n.dep_ == "pobj" and n.head.lower_ == "on" else None
        preps = {"outside", "at"} | ({"against"} if n.lemma_.lower() in {"strike", "walkout"} else set())
        for p in _pobjs(n, {"outside", "at"}) + (_pobjs(h, preps) if h is not None and h.pos_ == "VERB" else []):
            targets += [m for m in r.target(p) if m.type in ORG_TYPES and not _place_named(m, p)]
    facing = _facing(r, n)
    if not agents and employee_marked:
        agents = [M(f.start, f.end, f"{f.name}{WORKFORCE_SUFFIX}", f"{f.name}{WORKFORCE_SUFFIX}", "EmployeeGroup", f.name) for f in facing if f.type == "Company"]
        for a, f in zip(agents, [f for f in facing if f.type == "Company"]):
            if r.asserted(n.head if n.head.pos_ == "VERB" else n):
                r.emit(a, "protested", f, n, 0.65, "employee-activism")
        return
    if not agents:
        return
    if not targets:
        targets = facing
    # "the walkout", "this protest": the one the article reports
    reported = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in n.children)
    if not targets and n.lemma_.lower() in {"walkout", "strike", "sit-in", "stoppage", "protest", "demonstration", "rally", "line"} and reported and all(
            a.type in {"Person", "Organization", "AdvocacyGroup"} or a.type == "EmployeeGroup" and not a.anchor for a in agents):
        # "Jane Roe, who helped organize the protest", "the walkout, organised by a named workers'
        # group": the protest the article reports, against the company it is about
        targets = [_here(m, n) for m in r._salient_company(n)]
    own_employer = False
    if not targets and (n.lemma_.lower() in {"walkout", "strike", "sit-in", "stoppage"} or n.lemma_.lower() in {"protest", "demonstration", "rally"} and reported):
        # "X employees took part in a walkout": they walked out on their employer (each group on
        # its own: "Uber and Lyft drivers went on strike"); "the protest was organized by Amazon
        # Employees for Climate Justice": the protest the article reports, at their employer
        targets = [M(a.start, a.end, a.anchor, a.anchor, "Company") for a in agents if a.type == "EmployeeGroup" and a.anchor]
        own_employer = True
    verb = n.head if n.head.pos_ == "VERB" else n.head.head.head if n.dep_ == "pobj" and n.head.head.lemma_.lower() in _RUN_NOUNS \
        and n.head.head.head.pos_ == "VERB" else None
    if verb is not None and not r.asserted(verb):
        return
    for a in agents:
        for t in targets:
            if own_employer and a.type == "EmployeeGroup" and a.anchor and t.name != a.anchor:
                continue
            r.emit(a, "protested", t, n, 0.7, "protest-noun")


#: Nouns that count a run of events: "a series of rallies", "a wave of strikes".
_RUN_NOUNS = frozenset({"series", "wave", "string", "round", "spate", "number", "couple", "pair", "day", "days", "week", "weeks", "month", "months"})


def _verb_over(t):
    """The verb a phrase's object ``t`` hangs on: "resigned from the board", "pulled out of the
    conference" (``t`` itself when it is no such object)."""
    if t.dep_ == "pobj" and t.head.head.pos_ == "VERB":
        return t.head.head
    if t.dep_ == "pobj" and t.head.head.lower_ == "out" and t.head.head.head.pos_ == "VERB":
        return t.head.head.head
    return t


def _place_named(m: M, p) -> bool:
    """A place NER took for an organisation or a person, named "at" a protest: "a rally at
    Ramlila Maidan" (not "at Google's offices", whose owner is the target)."""
    return m.type in {"Organization", "Person"} and m.start <= p.i < m.end and p.head.lower_ == "at"


#: Leaving something in protest names what is protested: "withdrew from the summit in protest".
_LEAVING_VERBS = frozenset({"resign", "quit", "leave", "step", "withdraw", "pull", "drop", "exit"})


#: Verbs whose subject meets a protest: "X faced backlash", "the move sparked outrage".
_FACING_VERBS = frozenset({"face", "see", "experience", "weather", "encounter", "draw", "spark", "provoke", "trigger", "receive", "meet"})


def _facing(r: RelationReader, n) -> list[M]:
    """The organisation that faces a protest: ``"X faced backlash"``, ``"X has been the
    target of protests"``, ``"X ... facing pushback from employees"``."""
    t = n
    if t.dep_ == "pobj" and t.head.head.lemma_.lower() in {"target", "subject", "focus", "object", "victim", "center", "centre"}:
        t = t.head.head
        if t.dep_ == "attr":
            return r.agents(t.head)
        return []
    if t.dep_ == "dobj" and t.head.lemma_.lower() in _FACING_VERBS:
        v = t.head
        found = r.agents(v)
        if not found:
            # "the decision sparked outrage among employees": whoever made the decision
            found = [m for s in _child(v, "nsubj") if s.lemma_.lower() in P.CORPORATE_ACTS for m in _deed_target(r, s)]
        if not found and v.dep_ == "acl":
            h = v.head
            if h.dep_ == "pobj" and h.head.lower_ in {"among", "like"} and h.head.head.pos_ in {"AUX", "VERB"}:
                return r.agents(h.head.head)
        return found
    return []


#: Service verbs whose "for" names the client: "hosts data for the CIA".
_FOR_CLIENT_VERBS = frozenset({"host", "launch", "run", "operate", "manage", "process", "store", "handle", "deliver", "perform",
                               "power", "support", "maintain", "build", "develop", "design", "make", "provide",
                               # outsourced data work: "a firm that moderates content for TikTok"
                               "moderate", "label", "annotate", "transcribe", "rate", "screen", "tag"})


#: What one gives or serves that is no good or service: "gave Amazon a deadline".
_NO_GOODS = frozenset({"deadline", "ultimatum", "warning", "notice", "chance", "opportunity", "time", "reason", "answer", "statement",
                       "interview", "speech", "talk", "keynote", "update", "assurance", "assurances", "demand", "demands", "subpoena",
                       "summons", "complaint", "lawsuit", "petition", "letter", "award", "prize", "credit", "praise", "example"})

#: Competing for a contract: "bidding for that contract", "won the contract".
_CONTEST_VERBS = frozenset({"bid", "compete", "pursue", "seek", "win", "land", "secure", "lose"})
#: What changes owner in a sale of a business, not a supply: "sold its stake to X".
_OWNERSHIP_NOUNS = frozenset({"stake", "share", "shares", "interest", "business", "division", "unit", "subsidiary", "company", "majority", "control"})


def supply_verb(r: RelationReader, v) -> None:
    """Supplier-subject verbs: ``"X sells/provides/pitches Y to Z"``, ``"X hosts Z"``,
    ``"X contracts / does business / works with Z"``."""
    if v.pos_ != "VERB":
        return
    lemma = _lemma(v)
    clients: list = []
    places: list = []
    bidding_for: list[M] = []
    dobjs = _child(v, "dobj")
    if lemma in {"give", "offer", "serve"} and dobjs and all(o.lemma_.lower() in _NO_GOODS for o in dobjs):
        return  # "gave Amazon a deadline", "offered the company an ultimatum": nothing sold
    if lemma in {"sell", "transfer"} and dobjs and all(o.lemma_.lower() in _OWNERSHIP_NOUNS for o in dobjs):
        return  # "agreed to sell a controlling stake in Boston Dynamics to Hyundai": a change of owner
    if lemma in P.SUPPLY_VERBS:
        # ("the FBI, to which AWS had pitched the service": the relative pronoun's antecedent)
        clients += [v.head if p.lower_ in {"which", "whom"} and v.dep_ == "relcl" else p for p in _pobjs(v, {"to"})]
        for o in dobjs:
            clients += _pobjs(o, {"to"})
            # "sells access to its app to police": the last "to" inside the object phrase
            deep = [p for x in o.subtree if x.i > o.i for p in _pobjs(x, {"to"}) if p.head.head.i != o.i]
            clients += deep[-1:]
        for adv in _child(v, "advmod"):
            clients += _pobjs(adv, {"to"})
        clients += [c for c in v.children if c.dep_ == "dative" and c.pos_ in {"PROPN", "NOUN"}]
        # "sells its tool to police": the small parser reads "to police" as an infinitive
        clients += [c for c in _child(v, "xcomp", "advcl") if c.lower_ == "police" and _child(c, "aux") and not list(c.rights)]
        if lemma in {"build", "develop", "design", "make", "tailor", "customize", "provide", "deploy", "assemble", "manufacture", "produce"}:
            clients += _pobjs(v, {"for"})
        # "has supplied ICE's case management system": the public body whose system it is
        if lemma in {"supply", "provide", "build", "develop", "design", "deliver", "install"}:
            clients += [c for o in dobjs if o.lemma_.lower() in P.PRODUCT_NOUNS | {"system", "network", "database", "platform", "infrastructure"}
                        for c in _child(o, "poss") if any(m.type == "GovernmentAgency" for m in r.ents(c))]
        # "supplies the software used by the Metropolitan Police": whoever uses what is supplied
        clients += [p for o in dobjs for a in _child(o, "acl") if a.tag_ == "VBN" and _lemma(a) in {"use", "deploy", "operate", "run"}
                    for g in _child(a, "agent") for p in _child(g, "pobj")]
    if lemma in _HANDING_VERBS and not any(m.type in ORG_TYPES for c in clients for m in r.ents(c)):
        # "agreed to supply HoloLens augmented reality headsets to the Army", the parser hanging
        # "to the Army" on a word it misread as a verb
        clients = _to_after(r, v)
    if lemma in P.SUPPLY_VERBS:
        # "supplied contract workers to the factory": the company whose workplace it is
        places = [p for p in _pobjs(v, {"to"}) if p.lemma_.lower() in _WORKPLACES and not r.ents(p)
                  and any(x.dep_ == "det" and x.lower_ == "the" for x in p.children)]
    if lemma in _FOR_CLIENT_VERBS and dobjs:
        # "hosts classified data for the CIA", "launches satellites for the Space Force"
        clients += [p for p in _pobjs(v, {"for"}) + [q for o in dobjs for q in _pobjs(o, {"for"})]
                    if any(m.type in {"GovernmentAgency", "Company"} for m in r.ents(p))]
    if lemma in P.CLIENT_OBJECT_VERBS or lemma in {"provide", "furnish", "supply", "equip"} and (_pobjs(v, {"with"}) or [p for o in dobjs for p in _pobjs(o, {"with"})]):
        # "hosts Palantir", "provided the Pentagon with its software"
        clients += [o for o in dobjs if any(m.type in ORG_TYPES for m in r.ents(o))]
        if lemma in {"host", "power"}:
            clients += [c for o in dobjs if not r.ents(o) for c in o.children if c.dep_ == "poss" and any(m.type in ORG_TYPES for m in r.ents(c))]
    if lemma in P.WITH_VERBS:
        if lemma == "do" and not any(o.lemma_.lower() in {"business", "work", "deal"} for o in dobjs):
            pass
        elif lemma in {"sign", "negotiate", "win"} and not any(o.lemma_.lower() in P.CONTRACT_NOUNS for o in dobjs):
            pass
        else:
            clients += _pobjs(v, {"with"})
            for o in dobjs:
                clients += _pobjs(o, {"with"})
    if lemma in {"work", "bid", "compete"}:
        for p in _pobjs(v, {"on", "for"}):
            if p.lemma_.lower() in P.CONTRACT_NOUNS:
                clients += [x for x in p.doc[p.left_edge.i:p.i] if any(m.type == "GovernmentAgency" for m in r.de.at(x.i))]
                clients += _pobjs(p, {"with", "for", "from"})
    if lemma == "bid" and not dobjs and not _child(v, "prep") and r.contract_clients:
        # "IBM, which is also bidding, ...": for the contract the article last named
        bidding_for = [_here(m, v) for m in r.contract_clients]
    objs = dobjs + _child(v, "nsubjpass")
    if not dobjs and lemma in P.DEVELOP_VERBS:
        objs += [c for c in _child(v, "ccomp") if c.pos_ == "NOUN"]  # "which makes Taser stun guns", the object misread as a clause
    objs += [cj for o in objs for cj in o.conjuncts if cj.i > o.i]
    # "builds the Falcon 9 rocket and the Starlink internet service": a named product noun
    objs += [c for o in objs if o.lemma_.lower() in P.PRODUCT_NOUNS or lemma in P.DEVELOP_VERBS for c in o.children if c.dep_ in {"compound", "nmod"}]
    products = _dedupe([m for o in objs for m in r.ents(o) if m.type == "Product"])
    # "Foundry, which Palantir sells", "markets Rekognition": a seller markets its own product
    # (not "resold GitHub's software": another's)
    markets = lemma in {"sell", "market", "license", "licence"} and [p for p in products if not any(
        c.dep_ == "poss" for o in objs for c in o.children if c.i < o.i and any(m.name == p.name for m in r.ents(o)))]
    if not clients and not places and not bidding_for and not (products and lemma in P.DEVELOP_VERBS) and not markets:
        return
    if not r.asserted(v):
        return
    agents = r.agents(v)
    suppliers = [s for s in agents if s.type in {"Company", "Organization"}]
    if not agents and lemma in P.SUPPLY_VERBS and _child(v, "nsubjpass"):
        # "Pegasus has been sold to the governments of ...": the maker the article names sells it
        r.sales += [(m, c, v.i) for o in _child(v, "nsubjpass") for m in r.ents(o) if m.type == "Product"
                    for p in clients for c in r.ents(p) if c.type in {"Company", "GovernmentAgency", "Organization"}]
    if lemma in P.WITH_VERBS and not suppliers and any(s.type == "GovernmentAgency" for s in agents):
        # "the Army works with Microsoft": the agency is the client, the company the supplier
        for c in _pobjs(v, {"with"}):
            for sup in r.ents(c):
                if sup.type == "Company":
                    for a in agents:
                        r.emit(sup, "contractsWith", a, v, 0.7, "with-agency")
    for client in [m for c in clients for m in r.ents(c)] + bidding_for + [_here(m, p) for p in places for m in r._salient_company(p)]:
        if client.type == "Product":
            continue
        for s in suppliers:
            r.emit(s, "contractsWith", client, v, 0.75, "supply-verb")
    if lemma in P.DEVELOP_VERBS or markets:
        for s in suppliers:
            for p in (products if lemma in P.DEVELOP_VERBS else markets):
                r.emit(s, "develops", p, v, 0.7, "develop-verb")


#: Verbs whose recipient follows "to": "supplies X to Y", "sells X to Y".
_HANDING_VERBS = frozenset({"supply", "sell", "provide", "deliver", "pitch", "market", "license", "lease", "furnish"})
#: Words that end the stretch a misattached "to" may belong to.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "which", "who", "that", "while", "but", "because", "after", "before", "when", "as", "and", "or"})


def _to_after(r: RelationReader, v) -> list:
    """The organisation after the first "to" that follows ``v`` in its own stretch of words
    (up to a comma, a conjunction or a relative pronoun, and no other subject between), when
    the parser hung that "to" elsewhere."""
    doc = r.doc
    end = r.de.unit_bounds[r.de.units[v.i]][1]
    for t in doc[v.i + 1:end]:
        if t.lower_ in _CLAUSE_BREAKS or t.dep_ in {"nsubj", "nsubjpass"} or t.pos_ == "AUX":
            return []
        if t.lower_ == "to" and t.dep_ == "prep":
            return [p for p in _child(t, "pobj") if any(m.type in {"GovernmentAgency", "Company", "Organization"} for m in r.ents(p))]
    return []


def misread_supply(r: RelationReader, v) -> None:
    """``"Google and Amazon supply cloud services to the Israeli government"``, the small parser
    reading "supply" as a noun: the companies named just before it supply whom "to" names."""
    doc = r.doc
    if v.dep_ not in {"nsubj", "compound", "nmod"} or v.lower_ not in {"supply", "supplies", "sell", "sells", "provide", "provides"} or v.i == 0 \
            or v.i + 1 >= len(doc) or doc[v.i + 1].pos_ not in {"NOUN", "PROPN", "ADJ", "VERB"}:
        return
    before = [m for m in r.de.at(v.i - 1) if m.end == v.i and m.type == "Company"]
    if not before or before[0].start > 0 and doc[before[0].start - 1].lower_ in {"the", "a", "its", "their", "'s"}:
        return  # ("the Lyft supply chain": a noun after all)
    suppliers = list(before)
    i = before[0].start - 1
    while i > 0 and doc[i].lower_ in {"and", ","}:  # "Google and Amazon supply ..."
        ms = [m for m in r.de.at(i - 1) if m.end == i and m.type == "Company"]
        if not ms:
            break
        suppliers += ms
        i = ms[0].start - 1
    if any(t.dep_ == "neg" or t.lower_ in {"not", "never", "n't"} for t in doc[max(0, v.i - 3):v.i + 1]):
        return
    for p in _to_after(r, v):
        for client in r.ents(p):
            for s in _dedupe(suppliers):
                r.emit(s, "contractsWith", client, v, 0.65, "supply-verb")


#: Work a client hands to a supplier: "shifted the work to X", "outsourced moderation to X".
_WORK_NOUNS = frozenset({"work", "job", "jobs", "moderation", "contract", "business", "task", "tasks", "operation", "operations",
                         "labelling", "labeling", "review", "support", "service", "services", "production", "manufacturing"})


#: What a seller does with what it sells: "data sold by X", "software made by Y".
_SELLER_VERBS = frozenset({"sell", "provide", "offer", "supply", "market", "make", "license", "develop", "build", "broker", "collect", "aggregate"})


def sales(r: RelationReader) -> None:
    """Products bought or sold with no seller named ("bought a subscription to Fog Reveal",
    "Pegasus has been sold to ..."): the buyer contracts with the maker the article names."""
    for product, buyer, i in r.sales:
        for maker in r.makers(product):
            r.emit(M(product.start, product.end, product.text, maker.name, maker.type), "contractsWith", buyer, i, 0.65, "product-sale")


#: Verbs that engage someone for a task when a "to" clause says which: "appointed Deloitte to
#: conduct a review" (not "appointed a new chief executive").
_TASKING_VERBS = frozenset({"appoint", "commission", "enlist", "tap"})


def customer_verb(r: RelationReader, v) -> None:
    """Client-subject verbs: ``"ICE uses Palantir's software"``, ``"X runs on AWS"``."""
    if v.pos_ != "VERB" and not (v.dep_ == "ROOT" and _child(v, "nsubj")):  # ("Lyft's app runs on X", "runs" tagged a noun)
        return
    lemma = _lemma(v)
    suppliers: list[M] = []
    bought: list[M] = []  # products bought, whose maker sells them
    if lemma in {"run", "rely", "depend", "build"}:
        for p in _pobjs(v, {"on", "atop"}):
            suppliers += r.target(p)
    elif lemma in {"buy", "purchase", "procure", "license", "rent", "lease"} or lemma == "acquire" and any(
            o.lemma_.lower() in P.PRODUCT_NOUNS | {"license", "licence", "licenses", "system"} and not r.ents(o) for o in _child(v, "dobj")):
        # ("acquired BriefCam's software": a purchase; "acquired BriefCam" buys the company)
        for p in _pobjs(v, {"from"}):
            suppliers += r.ents(p)
        for o in _child(v, "dobj"):
            # "bought access to a tool from Venntel", "bought one of the robots from X": the "from"
            # hung inside what was bought (not "bought a stake from X": ownership)
            if o.lemma_.lower() not in _OWNERSHIP_NOUNS:
                suppliers += [m for x in o.subtree if x.dep_ == "prep" and x.lower_ == "from" for p in _child(x, "pobj") for m in r.ents(p) if m.type == "Company"]
            # (not the name bought whole: "agreed to buy Activision Blizzard" acquires the company)
            suppliers += [m for c in _child(o, "poss", "compound") for m in r.ents(c) if not m.start <= o.i < m.end]
            # "bought access to location data sold by Venntel": who sells what was bought
            suppliers += [m for x in o.subtree if x.dep_ == "acl" and x.lemma_.lower() in _SELLER_VERBS
                          for a in _child(x, "agent") for p in _child(a, "pobj") for q in [p, *p.conjuncts] for m in r.ents(q)]
            # "bought a subscription to Fog Reveal": the maker of the product bought
            if o.lemma_.lower() in {"subscription", "access", "license", "licence", "licenses", "seat", "seats"}:
                bought += [m for p in _pobjs(o, {"to", "for", "of"}) + _pobjs(v, {"to"}) for m in r.ents(p) if m.type == "Product"]
    elif lemma in {"use", "adopt", "deploy", "hire", "pay", "retain", "engage", "trial", "test", "pilot"} or lemma in _TASKING_VERBS and _child(v, "xcomp"):
        # ("appointed Deloitte to conduct a review": engaged for a task, as "hired")
        payees = _child(v, "dative") + _pobjs(v, {"to"}) if lemma == "pay" else []  # "ICE paid Palantir $40 million"
        objs = _child(v, "dobj") + _child(v, "nsubjpass") + payees
        if not objs and v.dep_ == "relcl" and _child(v, "nsubj"):
            objs = [v.head]  # "one of several outsourcing firms Facebook pays"
        for o in objs:
            if o.lower_ in {"that", "which", "whom"} and v.dep_ == "relcl":
                o = v.head  # "the outsourcing firm that Google pays"
            found = r.ents(o) or (r.ents(o.head) if o.dep_ == "appos" else [])
            if not found and o.dep_ == "pobj" and o.head.lower_ == "of" and o.head.head.dep_ == "appos" and o.head.head.lower_ in {"one", "two", "three"}:
                found = r.ents(o.head.head.head)  # "Covalen, one of the firms Facebook pays"
            suppliers += [m for m in found if m.type == "Company" or lemma in {"hire", "retain", "engage"} and m.type == "Organization"]
            if lemma in {"use", "adopt", "deploy", "trial", "pilot"}:
                bought += [m for m in found if m.type == "Product"]  # "piloted Rekognition": its maker supplies it (a maker tests its own)
            if not found:
                suppliers += [m for c in _child(o, "poss", "compound") for m in r.ents(c)]
                # "tested surveillance towers built by Anduril": who made or sold what is used
                suppliers += [m for a in _child(o, "acl") if a.tag_ == "VBN" and a.lemma_.lower() in _SELLER_VERBS | P.DEVELOP_VERBS
                              for g in _child(a, "agent") for p in _child(g, "pobj") for q in [p, *p.conjuncts] for m in r.ents(q) if m.type == "Company"]
                # "the department uses its software", "its" taken for the user itself: the company in view
                suppliers += [_here(m, c) for c in _child(o, "poss") if c.lower_ in {"its", "their"} and o.lemma_.lower() in P.PRODUCT_NOUNS
                              and not any(m.type == "Company" for m in r.ents(c)) for m in r._salient_company(c)]
            if not found and lemma in {"hire", "retain", "engage"}:
                # "hired lawyers from Littler Mendelson", "retained consultants at X"
                suppliers += [m for p in _pobjs(o, {"from", "at"}) + _pobjs(v, {"from"}) for m in r.ents(p)]
    elif lemma in {"shift", "move", "transfer", "outsource", "give", "award", "hand", "send", "contract"}:
        # "Meta shifted the work to Majorel": the client hands work to a supplier
        objs = _child(v, "dobj") + _child(v, "nsubjpass")
        if lemma == "contract" or any(o.lemma_.lower() in _WORK_NOUNS for o in objs):
            suppliers += [m for p in _pobjs(v, {"to"}) + [q for o in objs for q in _pobjs(o, {"to"})] for m in r.ents(p)]
    elif lemma == "order":
        # "ordered 100,000 vans from X"
        for p in _pobjs(v, {"from"}) + [q for o in _child(v, "dobj") for q in _pobjs(o, {"from"})]:
            suppliers += r.ents(p)
    firm = lemma in {"hire", "retain", "engage"}
    suppliers = [s for s in suppliers if s.type == "Company" or firm and s.type == "Organization"]
    if not (suppliers or bought) or not r.asserted(v):
        return
    clients = r.agents(v)
    r.sales += [(m, c, v.i) for m in bought for c in clients if c.type in {"Company", "GovernmentAgency", "Organization"}]
    if not clients:
        # "ICE agents use X", "officers at the department used X": the agency they serve
        for x in _child(v, "nsubj"):
            if x.lemma_.lower() in {"agent", "officer", "official", "analyst", "investigator", "employee", "staff"}:
                clients = [m for c in _child(x, "compound", "poss") for m in r.ents(c)] + [m for p in _pobjs(x, {"at", "of", "from"}) for m in r.ents(p)]
    if not clients and _child(v, "nsubjpass"):
        # "Palantir's software is used by ICE agents"
        clients = [m for a in _child(v, "agent") for p in _child(a, "pobj") for c in p.children if c.dep_ in {"compound", "poss"} for m in r.ents(c)]
    if lemma in {"run", "rely", "depend", "build"}:
        # "Palantir's AI Platform, which runs on AWS": the maker of what runs on it is the client
        clients = [o for c in clients for o in (_maker(r, c) or [c])]
        # "Lyft's app runs on Google Cloud", "Lyft's platform, known as RP, which runs on AWS": whose thing it is
        heads = _child(v, "nsubj") + ([v.head] if v.dep_ == "relcl" else [])
        for _ in range(4):
            if clients or not heads:
                break
            clients = [m for x in heads for c in _child(x, "poss") for m in r.ents(c) if m.type == "Company"]
            heads = [x.head for x in heads if x.dep_ in {"appos", "pobj", "prep", "acl"}]
    for client in clients:
        if client.type not in {"Company", "GovernmentAgency", "Organization"}:
            continue
        for s in suppliers:
            r.emit(s, "contractsWith", client, v, 0.7, "customer-verb")


def _maker(r: RelationReader, m: M) -> list[M]:
    """The company a name is owned by in the text's own words: "Palantir's AI Platform"."""
    if m.start < 2 or r.doc[m.start - 1].lower_ not in {"'s", "'"}:
        return []
    return [_here(o, r.doc[m.start - 2]) for o in r.de.at(m.start - 2) if o.type == "Company" and o.name != m.name]


def vendor_noun(r: RelationReader, n) -> None:
    """``"Britain's National Health Service is also a customer"`` (of the company in view),
    ``"As a contractor to the U.S. government, Google ..."``, ``"Google is a vendor for the
    Pentagon"``: a relationship of supplier and client stated by a noun."""
    if n.pos_ != "NOUN" or n.tag_ != "NN":
        return
    lemma = n.lemma_.lower()
    if lemma in {"customer", "client"}:
        if n.dep_ != "attr" or _lemma(n.head) != "be" or not r.asserted(n.head) or _pobjs(n, {"of", "for"}) or _child(n, "poss"):
            return
        clients = [m for x in _child(n.head, "nsubj") for m in r.ents(x) if m.type in {"GovernmentAgency", "Company", "Organization"}]
        names = {c.name for c in clients}
        suppliers = [m for m in r._salient_company(n) if m.name not in names]
        for c in clients:
            for s_ in suppliers:
                r.emit(_here(s_, n), "contractsWith", c, n, 0.6, "vendor-noun")
        return
    clients = [m for p in _pobjs(n, {"to", "for", "with"}) for m in r.ents(p) if m.type in {"GovernmentAgency", "Company", "Organization"}]
    if not clients:
        return
    if n.dep_ == "pobj" and n.head.lower_ == "as" and n.head.head.pos_ in {"VERB", "AUX"}:
        v = n.head.head  # "As a contractor to the U.S. government, Google is subject to ..."
    elif n.dep_ == "attr" and _lemma(n.head) == "be" and r.asserted(n.head):
        v = n.head  # "Google is a vendor for the Pentagon"
    else:
        return
    for s_ in [m for x in _child(v, "nsubj") for m in r.ents(x)]:
        if s_.type == "Company":
            for c in clients:
                r.emit(s_, "contractsWith", c, n, 0.65, "vendor-noun")


#: Who is in the running for a contract: "the front-runner for the JEDI contract".
_BIDDER_NOUNS = frozenset({"runner", "front-runner", "frontrunner", "favorite", "favourite", "contender", "bidder", "finalist", "candidate"})


#: Suppliers named by their client's possessive: "Facebook's contractors", "Apple's suppliers" (a
#: company's "partners" are its own clients or allies: "Ring's police partners").
_SUPPLIER_ROLES = frozenset({"supplier", "vendor", "contractor", "subcontractor", "manufacturer", "assembler", "provider", "host"})


def contract_noun(r: RelationReader, n) -> None:
    """``"X's contracts with Z"``, ``"its ICE contracts"``, ``"X's sale of Y to Z"``,
    ``"a technology provider to Z"``, ``"X's commercial ties to Z"``."""
    if n.pos_ not in {"NOUN"}:
        return
    lemma = n.lemma_.lower()
    suppliers: list[M] = []
    clients: list[M] = []
    for c in sorted(n.children, key=lambda c: -c.i):
        if c.dep_ in {"poss", "compound", "nmod"} and c.i < n.i:
            plural_owner = c.dep_ == "poss" and c.tag_ in {"NNS", "NNPS"}  # "their employers' contracts"
            owners = r.ents(c)
            if c.lower_ == "its" and not any(m.type in {"Company", "GovernmentAgency"} for m in owners):
                # "The ACLU castigated Oracle for its deal with ICE": a group holds no deal; the company named before
                s0 = r.de.unit_bounds[r.de.units[c.i]][0]
                named = {m.name: m for i in range(s0, c.i) for m in r.de.at(i) if m.type == "Company"}
                owners = [_here(m, c) for m in named.values()] if len(named) == 1 else owners
            for m in owners:
                if m.type == "GovernmentAgency" or c.dep_ == "poss" and lemma in _SUPPLIER_ROLES and m.type in {"Company", "Organization"}:
                    clients.append(m)  # "Apple's contract manufacturers" make things for Apple
                elif m.type in {"Company", "Organization"} and (not suppliers or plural_owner):
                    suppliers.append(m)  # the nearest: "Amazon's Ring partners" -> Ring
    recipients = _pobjs(n, {"with", "to", "for", "from", "between"})
    if lemma in P.PROVIDER_NOUNS and lemma not in _MAKER_NOUNS:
        recipients += _pobjs(n, {"of"})  # "the main cloud partner of Anthropic" (not "a manufacturer of iPhones")
        if n.dep_ == "conj" and n.head.dep_ == "attr":
            recipients += _pobjs(n.head, {"of", "to", "for"})  # "the main cloud and training partner of X", "of X" hung on "cloud"
    # "a contract worth $133 million with X": the "with" hung on "worth"
    recipients += [p for a in _child(n, "amod") if a.lower_ == "worth" for p in _pobjs(a, {"with", "to"})]
    if n.dep_ == "dobj" or n.dep_ == "nsubj" and n.head.lemma_ == "be":
        recipients += _pobjs(n.head, {"with"})  # "signed a contract with X", "its contracts are with X"
    if lemma in {"work", "project", "contract"}:
        # "its work on Project Maven, a Pentagon program": the program's agency is the client
        for p in _pobjs(n, {"on"}):
            for a in [p, *_child(p, "appos")]:
                clients += [m for c in _child(a, "compound", "poss") for m in r.ents(c) if m.type == "GovernmentAgency"]
    if lemma in {"sale", "sales", "provision", "offer", "license", "licence"}:
        recipients += [q for p in _pobjs(n, {"of"}) for q in _pobjs(p, {"to"})]
        if n.dep_ == "pobj" and n.head.head.pos_ == "VERB":
            recipients += _pobjs(n.head.head, {"to"})
    if lemma == "hosting":
        # "the company's hosting of Palantir (or of Palantir's software)": the one hosted is a client
        recipients += [q for p in _pobjs(n, {"of"}) for q in [p, *_child(p, "poss")]]
    for p in recipients:
        clients += [m for m in r.ents(p) if m.type in ORG_TYPES]
    if not recipients:
        # "a contract that Google and Amazon share with the Israeli government"
        for c in n.children:
            if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in {"share", "hold", "have", "sign", "win", "land", "secure", "negotiate", "strike", "ink"} and r.asserted(c):
                withs = [m for p in _pobjs(c, {"with"}) for m in r.ents(p) if m.type in ORG_TYPES]
                if withs:
                    clients += withs
                    suppliers += [m for x in _child(c, "nsubj") if x.lower_ not in {"that", "which"} for m in r.ents(x) if m.type in {"Company", "Organization"}]
    if lemma in P.PROVIDER_NOUNS:
        if n.dep_ == "attr" or n.dep_ == "conj" and n.head.dep_ == "attr":
            suppliers += r.agents(n.head if n.dep_ == "attr" else n.head.head)  # "is the main cloud and training partner of X"
        elif n.dep_ == "appos":
            suppliers += r.ents(n.head)
        elif n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ == "appos" and (n.head.head.like_num or n.head.head.lower_ == "one"):
            suppliers += r.ents(n.head.head.head)  # "Wistron, one of its contract manufacturers"
        elif n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ == "attr" and (n.head.head.like_num or n.head.head.lower_ == "one"):
            suppliers += r.agents(n.head.head.head)  # "Microsoft is one of the Pentagon's biggest contractors"
        # "Facebook and its contractors, such as Accenture and CPL", "ICE's vendors, including
        # Palantir": the possessor is the client, the companies named are the suppliers
        named = [q for c in n.children if c.dep_ == "prep" and (c.lower_ in P.EXAMPLE_PREPS or c.lower_ == "as" and _child(c, "amod", "advmod"))
                 for p in _child(c, "pobj") for q in [p, *p.conjuncts]]
        named += [q for c in _child(n, "appos") for q in [c, *c.conjuncts]]
        if n.dep_ == "compound" and n.head.pos_ == "PROPN":
            named.append(n.head)  # "Facebook's contractor Accenture"
        named_suppliers = [m for q in named for m in r.ents(q) if m.type == "Company"]
        owners = [m for c in _child(n, "poss") + (_child(n.head, "poss") if n.dep_ == "compound" else []) for m in r.ents(c) if m.type in ORG_TYPES]
        if named_suppliers and owners:
            suppliers, clients = _dedupe(named_suppliers), owners
            recipients = []
    if lemma in {"project", "program", "programme", "pilot", "work", "account", "offer", "provision", "license", "licence", "engagement"}:
        # (but "moderation work for Google and Twitter", and a services firm's "work for Purdue
        # Pharma", are services sold to companies too)
        service_work = lemma == "work" and (any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in n.children) or any(
            "services" in getattr(r.gaz_lookup(s.name) if r.gaz_lookup else None, "traits", ()) for s in suppliers))
        for_clients = [m for p in _pobjs(n, {"for"}) for m in r.ents(p)] if service_work else []
        clients = [c for c in clients if c.type == "GovernmentAgency" or c in for_clients]
    if lemma in {"customer", "client"}:
        # "ICE is an AWS customer": the subject is the client; "X, one of PredPol's first customers"
        one_of = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lower_ in {"one", "among"} | set(_NUM_WORDS) else None
        if one_of is not None and one_of.dep_ in {"attr", "appos"}:
            clients = [m for m in (r.agents(one_of.head) if one_of.dep_ == "attr" else r.ents(one_of.head)) if m.type in ORG_TYPES]
        elif n.dep_ in {"attr", "appos"}:
            clients = [m for m in (r.agents(n.head) if n.dep_ == "attr" else r.ents(n.head)) if m.type in ORG_TYPES]
            # "the department, a customer of Palantir": whose customer
            suppliers = suppliers or [m for p in _pobjs(n, {"of"}) for q in [p, *p.conjuncts] for m in r.ents(q) if m.type in {"Company", "Organization"}]
        elif n.dep_ == "dobj" and _lemma(n.head) in {"sign", "win", "have", "count", "add", "land", "attract", "include"} and r.asserted(n.head):
            # "had signed up customers including the sheriff's office"
            clients = [m for m in r.ents(n) if m.type in ORG_TYPES]
            suppliers = suppliers or [m for m in r.agents(n.head) if m.type in {"Company", "Organization"}]
        elif n.dep_ == "nsubj" and _lemma(n.head) == "include" and r.asserted(n.head):
            # "Palantir's customers include ICE"
            clients = [m for o in _child(n.head, "dobj") for m in r.ents(o) if m.type in ORG_TYPES]
        else:
            return
    if lemma in {"contract", "deal", "agreement", "subscription", "license", "licence"} and n.dep_ == "dobj" and not suppliers \
            and _lemma(n.head) in {"sign", "approve", "renew", "extend", "award", "hold", "have"} and r.asserted(n.head):
        # "the police department signed a contract for the company's ShotSpotter Flex service":
        # the buyer contracts with the owner of what it buys
        buyers = [m for m in r.agents(n.head) if m.type == "GovernmentAgency"]
        sellers = [m for p in _pobjs(n, {"for"}) for c in _child(p, "poss") for m in r.ents(c) if m.type in {"Company", "Organization"}]
        if buyers and sellers:
            suppliers, clients = sellers, buyers
    in_view = False
    if lemma in {"contract", "deal"}:
        agencies = [c for c in clients if c.type == "GovernmentAgency"]
        if agencies:
            r.contract_clients = agencies
        elif not clients and not recipients and r.contract_clients and n.dep_ in {"dobj", "pobj"} \
                and any(c.dep_ == "det" and c.lower_ in {"the", "that"} for c in n.children) \
                and not any(c.dep_ in {"poss", "compound", "amod", "nmod"} for c in n.children):
            # "Amazon and Microsoft are also bidding for that contract": the contract the article
            # last named with a public body
            clients, in_view = [_here(m, n) for m in r.contract_clients], True
    if in_view and (n.head if n.dep_ == "dobj" else n.head.head).lemma_.lower() not in _CONTEST_VERBS:
        return  # (only a contest for it: "not renew that contract" may be another one)
    if not clients:
        return
    if not suppliers:
        owners = r.owner(n)
        suppliers = [m for m in owners if m.type in {"Company", "Organization"}]
        if not suppliers and any(m.type == "GovernmentAgency" for m in owners):
            # "the Pentagon canceled its contract with Microsoft": the agency is the buyer
            suppliers = [c for c in clients if c.type == "Company"]
            clients = [m for m in owners if m.type == "GovernmentAgency"]
    if not suppliers and n.dep_ == "pobj" and n.head.lower_ in {"under", "through", "via"} and n.head.head.pos_ == "VERB":
        # "operates the camp under a contract with X"
        suppliers = [m for m in r.agents(n.head.head) if m.type in {"Company", "Organization"}]
    if not suppliers and n.dep_ in {"dobj", "pobj"}:
        h = n.head if n.dep_ == "dobj" else n.head.head
        if n.dep_ == "pobj" and n.head.lower_ == "of" and h.lemma_.lower() in {"share", "part", "piece", "portion", "slice"} and h.dep_ == "dobj":
            h = h.head  # "won a share of the Pentagon's contract"
        if h.pos_ == "VERB" and h.lemma_.lower() in {"hold", "have", "win", "sign", "land", "secure", "award", "renew", "extend", "bid", "pursue", "seek", "expand", "maintain"}:
            suppliers = [m for m in r.agents(h) if m.type in {"Company", "Organization"}]
    if suppliers and n.dep_ in {"dobj", "pobj"}:
        h = n.head if n.dep_ == "dobj" else n.head.head
        if n.dep_ == "pobj" and n.head.lower_ == "of" and h.dep_ == "dobj":
            h = h.head
        if h.pos_ == "VERB" and h.lemma_.lower() in {"hold", "have", "win", "sign", "land", "secure", "share", "split"}:
            # "won a share of the contract in 2022, alongside Amazon, Microsoft and Oracle": the other winners
            suppliers += [m for p in _pobjs(h, {"alongside"}) for q in [p, *p.conjuncts] for m in r.ents(q) if m.type == "Company"]
    conf = 0.75
    if not suppliers and n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() in _BIDDER_NOUNS:
        # "X is (seen as) the front-runner for the Pentagon's contract"
        b = n.head.head
        v = b.head if b.dep_ == "attr" else b.head.head if b.dep_ == "pobj" and b.head.lower_ == "as" else None
        if v is not None and v.pos_ in {"VERB", "AUX"}:
            subj = [m for x in _child(v, "nsubj", "nsubjpass") for m in r.ents(x)]
            suppliers = [m for m in (subj or r.agents(v)) if m.type in {"Company", "Organization"}]
    if not suppliers and not recipients and not in_view and any(c.dep_ == "det" and c.lower_ == "the" for c in n.children):
        # "employees protested the ICE deal": the deal of the one company in the sentence
        suppliers = [_here(m, n) for m in r.sole_company(n)]
        conf = 0.6
    verb = _clause_verb(n)
    possessed = any(c.dep_ == "poss" for c in n.children) and not any(c.dep_ == "det" and c.lower_ in P.NEGATIVE_DETS for c in n.children)
    if verb is not None and not possessed and not r.asserted(verb, governs_trigger=True):
        return
    for s in suppliers:
        for c in clients:
            if c.type == "Product":
                continue
            r.emit(s, "contractsWith", c, n, conf, "contract-noun")


def investigate_verb(r: RelationReader, v) -> None:
    # "Microsoft hired Eric Holder to audit AnyVision": the work one is hired to do is done
    purpose = _to_clause(v)
    hired_to = (v.dep_ == "xcomp" or purpose) and _lemma(v.head) in _HIRE_FOR_VERBS and r.asserted(v.head)
    if v.pos_ != "VERB" or not (r.asserted(v) or hired_to):
        return
    if purpose and not hired_to:
        # "(published a letter calling on Congress) to investigate Ring", "built a team to
        # investigate complaints": a purpose, not an inquiry made
        return
    # ("examining Palantir's contracts", "the company's operations": someone's conduct, not a
    # proposal or letter put to the examiner)
    conduct = any(o.lemma_.lower() not in _SUBMITTED_NOUNS and any(m.type in ORGS_AND_PEOPLE for c in _child(o, "poss") for m in r.ents(c))
                  for o in _child(v, "dobj"))
    # ("has been examining Facebook": a party itself under inquiry)
    conduct = conduct or any(m.type in ORGS_AND_PEOPLE for o in _child(v, "dobj") for m in r.ents(o))
    if _lemma(v) in _LOOSE_INVESTIGATE_VERBS and not hired_to and not conduct and not any(
            o.lemma_.lower() in _WRONGS | _ALLEGATION_NOUNS for o in _child(v, "dobj")) and not any(
            x.lower_ == "how" for c in _child(v, "ccomp") for x in _child(c, "advmod")):
        return  # "reviewed the documents"; but "hired X to review ...", "examined the allegations"
    agents = r.agents(v)
    if hired_to:
        # ... by the one hired (not the one hiring, who commissions it)
        agents = [m for o in _child(v.head, "dobj") for m in r.ents(o)]
    if _lemma(v) in {"look", "dig", "delve"}:
        # "an inquiry by the law firm X looked into 215 complaints"
        if not _pobjs(v, {"into"}):
            return
        inquiries = [s for s in _child(v, "nsubj") if s.lemma_.lower() in P.INVESTIGATION_NOUNS]
        agents = [m for s in inquiries for p in _pobjs(s, {"by"}) for m in r.ents(p)] + [
            m for s in inquiries for c in s.children if c.dep_ == "poss" for m in r.ents(c)] or agents
    # (not "... under the Digital Services Act, the EU's content rules": the law it applies)
    targets = [m for o in _child(v, "dobj") if o.lemma_.lower() not in _LAW_NOUNS for m in r.target(o)]
    targets += [m for p in _pobjs(v, {"into"}) for m in r.target(p)]
    if not targets:
        targets = [m for o in _by_passive_subjects(v) for m in r.target(o)]  # "Uber is being investigated by the Labor Department"
    if not targets:
        # "is investigating whether Amazon retaliated against workers": whom the question is about
        # ... and "reviewing how Microsoft handles complaints"
        targets = [m for c in _child(v, "ccomp") if _asks_whether(c)
                   # ("whether AnyVision's work complied": whose work)
                   for x in _child(c, "nsubj", "nsubjpass") for m in r.ents(x) or [m for p in _child(x, "poss") for m in r.ents(p)]
                   if m.type in ORGS_AND_PEOPLE]
    if not agents or all(a.type not in ORGS_AND_PEOPLE for a in agents):
        # "reporters at ProPublica investigated X": the newsroom
        agents = [m for x in _child(v, "nsubj") if x.lemma_.lower() in {"reporter", "journalist", "investigator", "researcher", "staff", "inspector", "auditor", "examiner"}
                  for p in _pobjs(x, {"at", "from", "for", "with"}) for m in r.ents(p)] or agents
    if not targets and any(o.lemma_.lower() in _WRONGS | _ALLEGATION_NOUNS for o in _child(v, "dobj")):
        # "is investigating the firings at Google", with "at Google" hung on the verb
        targets = [m for p in _pobjs(v, {"at"}) for m in r.ents(p) if m.type in ORG_TYPES]
    if not targets:
        # "the EEOC had been investigating allegations of discrimination at the plant": what the
        # company the text is about is alleged to have done
        for o in _child(v, "dobj") + _pobjs(v, {"into"}):
            if o.lemma_.lower() in _ALLEGATION_NOUNS and not any(c.dep_ == "poss" for c in o.children):
                targets += [_here(m, o) for m in r._salient_company(o)]
    _emit_investigations(r, agents, targets, v, "investigate-verb")


#: What someone says or does that a critic holds against them, named with a "by": "comments by
#: X", "the donation by X".
_DOERS_ACTS = frozenset({"comment", "remark", "statement", "memo", "email", "decision", "tweet", "post", "speech", "donation", "move",
                         "policy", "plan", "announcement", "proposal", "tactic", "handling", "treatment", "response", "offer"})
#: What an authority applies, not what it investigates: "under the EU's content rules".
_LAW_NOUNS = frozenset({"rule", "law", "act", "regulation", "directive", "statute", "guideline", "standard", "code"})
#: Verbs that investigate only on a task or about a wrong: not "reviewed the documents".
_LOOSE_INVESTIGATE_VERBS = frozenset({"review", "examine", "inspect"})
#: What is put to a reviewer rather than done by the one reviewed: "reviewed Google's proposal".
_SUBMITTED_NOUNS = frozenset({"proposal", "offer", "request", "letter", "application", "bid", "petition", "submission", "complaint",
                              "paper", "research", "study", "report", "plan", "filing", "comment", "comments", "response", "testimony"})
#: Verbs of engaging someone for a task: "hired X to audit Y".
_HIRE_FOR_VERBS = frozenset({"hire", "retain", "engage", "commission", "appoint", "tap", "enlist", "bring"})
#: Wrongs done at a workplace, which name the employer they happen at: "the firings at Google".
_WRONGS = frozenset({"bias", "discrimination", "harassment", "racism", "sexism", "misconduct", "wrongdoing", "abuse", "retaliation",
                     "firing", "termination", "layoff", "dismissal", "violation", "mistreatment", "exploitation", "allegation", "accusation"})
#: What an investigation looks into when it names no one: "allegations of bias at the plant".
_ALLEGATION_NOUNS = frozenset({"allegation", "claim", "complaint", "accusation", "conduct", "practice", "report", "matter", "incident", "charge"})


def _to_clause(v) -> bool:
    """An infinitive the parser hung as an adverbial ("called on Congress to investigate",
    "built a team to investigate"): a purpose or a request, like a complement."""
    return v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _asks_whether(clause) -> bool:
    """``"whether Amazon retaliated"``, ``"if it complied"``, ``"how Microsoft handles complaints"``:
    a clause an inquiry asks about."""
    return any(x.lower_ in {"whether", "if"} for x in _child(clause, "mark")) or any(x.lower_ == "how" for x in _child(clause, "advmod"))


def _whether_targets(r: RelationReader, tok) -> list:
    """``"(an inquiry) into whether Optus complied"``: whom the question hung on ``tok`` is about."""
    # ("into the breach and into whether X ...": the question in a coordinated phrase)
    preps = [y for x in tok.children if x.dep_ == "prep" for y in [x, *x.conjuncts]]
    return [m for x in preps if x.lower_ in {"into", "of", "on"}
            for c in _child(x, "pcomp") if _asks_whether(c)
            for s in _child(c, "nsubj", "nsubjpass") for m in r.ents(s) or [m for q in _child(s, "poss") for m in r.ents(q)]
            if m.type in ORGS_AND_PEOPLE]


def _emit_investigations(r: RelationReader, agents: list, targets: list, tok, rule: str) -> None:
    """Emit agent-investigated-target facts; remember targets, and agents without a target,
    for the article-level pairing of investigators named apart from their target."""
    for t in targets:
        r.inv_targets.append((t, tok.i))
        for a in agents:
            r.emit(a, "investigated", t, tok, 0.8, rule)
    if not targets:
        for a in agents:
            r.inv_agents.append((a, tok.i))


def investigation_noun(r: RelationReader, n) -> None:
    if n.pos_ not in {"NOUN", "PROPN"}:
        return
    agents: list[M] = []
    for c in n.children:
        if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in {"conduct", "carry", "lead", "launch", "run", "open", "begin", "complete"} and r.asserted(c):
            # "an investigation that the ICO carried out with its Australian counterpart"
            subj = [m for x in _child(c, "nsubj") if x.lower_ not in {"that", "which"} for m in r.ents(x)
                    or [y for q in _child(x, "poss") for y in r.ents(q)]]  # "James's office opened"
            if subj:
                agents += subj + [m for p in _pobjs(c, {"with", "alongside"}) for m in r.ents(p)]
    for c in n.children:
        if c.dep_ in {"poss", "compound"}:
            agents += r.ents(c)
            if not r.ents(c) and c.lemma_.lower() in {"office", "department", "agency", "team"}:
                # "his office's audit of X": the official whose office it is
                agents += [m for q in _child(c, "poss") for m in r.ents(q) if m.type in {"Person", "GovernmentAgency"}]
        elif c.dep_ in {"acl"} and c.lemma_.lower() in {"conduct", "lead", "launch", "commission", "run", "carry", "open", "publish", "release"}:
            for x in c.children:
                if x.dep_ == "agent":
                    agents += [m for p in x.children if p.dep_ == "pobj" for m in r.ents(p)]
    for p in _pobjs(n, {"by"}):
        agents += r.ents(p)
    # a product is not investigated, its maker is: "a probe of Microsoft's Teams bundling"
    # ("making enquiries about Worldcoin")
    inquired = _pobjs(n, {"into", "of", "on"} | ({"about"} if n.lemma_.lower() in {"inquiry", "enquiry"} else set()))
    targets = [m for p in inquired for m in r.ents(p) if m.type != "Product"]
    if not targets:
        targets = [m for p in inquired if r.ents(p) for c in _child(p, "poss") for m in r.ents(c) if m.type in ORG_TYPES]
    if not targets and n.dep_ == "pobj" and n.head.lower_ == "under" and n.head.head.lemma_.lower() in {"be", "remain", "come", "fall", "stay"}:
        # "Tesla is under investigation by the EEOC"
        if not r.asserted(n.head.head):
            return
        targets = [m for x in _child(n.head.head, "nsubj") for m in r.ents(x) if m.type in ORGS_AND_PEOPLE]
    if not targets and n.dep_ == "pobj" and n.head.lower_ in {"in", "by"} and _lemma(n.head.head) in {
            "reveal", "uncover", "expose", "show", "detail", "document", "disclose", "find"}:
        # "McKinsey's work for ICE was revealed in an investigation by X": whose work
        v = n.head.head
        for o in _child(v, "nsubjpass", "dobj"):
            targets += [m for m in (r.ents(o) or r.owner(o)) if m.type in ORG_TYPES | {"Person"}]
    if not targets:
        # "an inquiry into Clearview AI's practices": whose practices
        # ("a probe of Google's ad business": a business is its owner's, not a deal with a client)
        # (not "an investigation into her exit": who let her go need not be what is investigated)
        targets = [m for p in _pobjs(n, {"into", "of"}) if p.lemma_.lower() not in P.CONTRACT_NOUNS - {"business"}
                   and not (p.lemma_.lower() in _SEPARATION_NOUNS and _child(p, "poss")) for m in r.target(p)
                   if m.type in ORG_TYPES | {"Person"}]
    for c in n.children:
        if c.dep_ == "acl":
            for x in c.children:
                if x.dep_ == "prep" and x.lower_ == "into":
                    targets += [m for p in x.children if p.dep_ == "pobj" for m in r.ents(p)]
    if not targets:
        # "an investigation into whether Optus complied with the rules": whom the question is about
        targets = _whether_targets(r, n)
    if not agents and n.dep_ == "pobj" and n.head.lower_ in {"after", "following"} and n.head.head.pos_ == "VERB":
        # "the agency sued X after a two-year investigation into the company"
        agents = [m for m in r.agents(n.head.head) if m.type == "GovernmentAgency"]
    elif agents and not targets and n.dep_ == "pobj" and n.head.lower_ in {"after", "following"} and n.head.head.pos_ == "VERB" \
            and r.asserted(n.head.head):
        # "Following an investigation by the FTC, Zoom agreed to settle": the one that settled
        targets = [m for m in r.agents(n.head.head) if m.type in {"Company", "Organization", "Person"} and m.name not in {a.name for a in agents}]
    if not targets and n.dep_ == "nsubj" and _lemma(n.head) in {"examine", "scrutinize", "scrutinise", "probe", "investigate", "look", "review", "analyze", "analyse",
                                                                 "focus", "center", "centre", "target", "concern", "involve",
                                                                 "reveal", "expose", "uncover", "detail", "document"} \
            and r.asserted(n.head):
        # "an AP investigation examined ShotSpotter's role": whose role; "the probe focuses on Google"
        targets = [m for o in _child(n.head, "dobj") + _pobjs(n.head, {"into", "at", "on"}) for m in r.target(o) if m.type in ORG_TYPES | {"Person"}]
    if not targets:
        # "an audit of the state's agreement with Banjo": the company party to the deal
        targets = [m for p in _pobjs(n, {"of", "into"}) if p.lemma_.lower() in P.CONTRACT_NOUNS for q in _pobjs(p, {"with"})
                   for m in r.ents(q) if m.type in {"Company", "Organization"}]
    if not targets and agents and n.dep_ == "dobj" and _lemma(n.head) in {"face", "undergo"}:
        # "Google is facing an antitrust investigation by the Justice Department"
        targets = [m for m in r.agents(n.head) if m.type in ORGS_AND_PEOPLE]
    if n.dep_ == "dobj" and _lemma(n.head) in {"open", "launch", "conduct", "begin", "start", "announce", "lead", "run", "order", "initiate", "carry", "complete", "join",
                                               "publish", "release", "conclude", "close", "finish", "wrap", "make"}:
        # "the FTC opened a probe into X"
        if not agents:
            agents = r.agents(n.head)
        about = {"about"} if n.lemma_.lower() in {"inquiry", "enquiry"} else set()  # "making enquiries about X"
        targets += [m for p in _pobjs(n.head, {"into"} | about) for m in r.target(p)] or ([] if targets else _whether_targets(r, n.head) or _whether_targets(r, n))
    if not agents and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in {"result", "finding", "detail", "conclusion"} \
            and n.head.head.dep_ == "dobj" and _lemma(n.head.head.head) in {"publish", "release", "present", "share", "unveil", "announce"} and r.asserted(n.head.head.head):
        agents = r.agents(n.head.head.head)  # "CHOICE published the results of an investigation which found ..."
    finders = [n.head] if n.dep_ == "nsubj" else []
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ == "nsubj" and n.head.head.lemma_.lower() in {"series", "number", "string", "pair"}:
        finders.append(n.head.head.head)  # "a series of investigations by X found that ..."
    if n.dep_ == "pobj" and n.head.lower_ in {"in", "through"} and n.head.head.pos_ == "VERB" and _lemma(n.head.head) in {"find", "conclude", "show", "reveal", "determine"}:
        # "In a 2019 audit, X and Y found that ...": the finders audited
        finders.append(n.head.head)
        if not agents:
            agents = [m for x in _child(n.head.head, "nsubj") for q in [x, *x.conjuncts] for m in r.ents(q)]
    finders += [c for x in [n, *_pobjs(n, {"by"})] for c in x.children if c.dep_ == "relcl" and any(y.lower_ in {"which", "that"} for y in _child(c, "nsubj"))]
    for f in finders:
        if f.lemma_.lower() in {"find", "conclude", "determine", "show", "reveal", "establish", "report", "document"}:
            # "an audit by X found that Y had misled users", "an investigation by Time, which
            # reported that Sama moderators were paid $1.50 an hour": Y (the moderators' employer)
            for cc in _child(f, "ccomp"):
                for x in _child(cc, "nsubj", "nsubjpass"):
                    # "Sama moderators were paid ...": the company that names them
                    # ... or "systems sold by X, Y and Z", "moderators employed by X": the companies named
                    made_by = [m for a in _child(x, "acl") if a.lemma_.lower() in {"sell", "make", "develop", "build", "employ", "market", "run", "operate"}
                               for g in _child(a, "agent") for p in _child(g, "pobj") for q in [p, *p.conjuncts] for m in r.ents(q) if m.type in ORG_TYPES]
                    named = [m for m in r.ents(x) if m.type in ORG_TYPES | {"Person"} or m.type == "EmployeeGroup" and m.anchor]
                    for m in made_by or named or [m for c in _child(x, "compound") for m in r.ents(c) if m.type == "Company"]:
                        if m.type in ORG_TYPES | {"Person"}:
                            targets.append(m)
                        elif m.type == "EmployeeGroup" and m.anchor:
                            targets.append(M(m.start, m.end, m.anchor, m.anchor, "Company"))
    agents = [a for a in agents if a.type in ORGS_AND_PEOPLE]
    if n.head.pos_ == "VERB" and n.dep_ in {"dobj", "nsubj"} and not r.asserted(n.head):
        return
    _emit_investigations(r, agents, targets, n, "investigation-noun")


#: Verbs whose subject undergoes an authority's questioning: "faced questioning from the committee".
_UNDERGO_VERBS = frozenset({"face", "undergo", "draw", "receive", "come", "attract", "endure"})


#: What one says in answer to questions put: "under questioning, X said / acknowledged ...".
_ANSWER_SAYING_VERBS = frozenset({"say", "tell", "testify", "acknowledge", "admit", "concede", "insist", "deny", "explain", "confirm", "maintain", "argue"})


def questioning(r: RelationReader, n) -> None:
    """``"Twitter faced three hours of questioning from the committee"``, ``"Amazon, which faces
    scrutiny from the FTC over ..."``, ``"came under scrutiny by regulators"``: an authority's
    questioning is an inquiry into the one who faces it."""
    if n.pos_ not in {"NOUN", "VERB"} or n.dep_ not in {"dobj", "pobj"}:  # ("of questioning": a gerund the tagger calls a verb)
        return
    if n.dep_ == "dobj":
        v = n.head
    elif n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ == "dobj":
        v = n.head.head.head  # "three hours of questioning"
    elif n.dep_ == "pobj" and n.head.lower_ == "under":
        v = n.head.head  # "came under scrutiny from X"
    else:
        return
    agents = [m for x in dict.fromkeys((n, n.head, v)) for p in _pobjs(x, {"from", "by"}) for m in r.ents(p)
              if m.type in {"GovernmentAgency", "Person", "Organization"}]
    if v.pos_ == "VERB" and n.head.lower_ == "under" and _lemma(v) in _ANSWER_SAYING_VERBS and r.asserted(v):
        # "Under questioning from Brassard, Snively said ...": the speaker answers the questioner
        for a in r.agents(v) or [m for x in _child(v, "nsubj") for m in r.ents(x) if m.type == "Person"]:
            for q in agents:
                r.emit(a, "respondedTo", q, n, 0.65, "questioned")
        return
    if v.pos_ != "VERB" or _lemma(v) not in _UNDERGO_VERBS or not r.asserted(v):
        return
    targets = [m for m in r.agents(v) if m.type in ORG_TYPES | {"Person"}]
    for a in agents:
        for t in targets:
            r.emit(a, "investigated", t, n, 0.7, "questioning")


#: Verbs of an answer to a question, said again or in reply: "Asked about X's criticism, Y repeated that ...".
_ASKED_ANSWER_VERBS = _ANSWER_SAYING_VERBS | {"repeat", "reiterate", "reply", "respond", "answer", "stress", "add", "write", "note"}


def _joined_speakers(r: RelationReader, conjuncts) -> list[M]:
    """``"Responding to Hegseth, Frank Shaw wrote"``: of the names the parser joined to the one
    answered, those set off by a comma, who speak."""
    return [m for cj in conjuncts if r.doc[cj.left_edge.i - 1].text == ","
            for m in r.ents(cj) if m.type in {"Person", "Company", "Organization", "GovernmentAgency"}]


def _asked_answer(r: RelationReader, v):
    """For "asked" in an answer: the answering verb and who answers. ``"Asked about X, Roe
    said"``; ``"Roe, asked about X, said"``, where the parser hangs the participle on the
    speaker or reads "Roe asked about X" as a clause of its own that "said" reports."""
    if v.pos_ != "VERB" or v.tag_ not in {"VBN", "VBD"}:
        return None, []
    if v.dep_ == "advcl" and v.tag_ == "VBN" and not _child(v, "nsubj", "nsubjpass"):
        return v.head, r.agents(v.head)
    about = [c for c in _child(v, "prep") if c.lower_ in {"about", "regarding"}]
    after = about[-1].right_edge.i + 1 if about else len(r.doc)
    if not (v.i > 0 and r.doc[v.i - 1].text == "," and after < len(r.doc) and r.doc[after].text == ","):
        return None, []
    if v.dep_ == "acl" and v.tag_ == "VBN" and v.head.dep_ == "nsubj" and v.head.head.i > v.i:
        return v.head.head, r.agents(v.head.head)
    speaker = [c for c in _child(v, "nsubj") if c.i < v.i]
    if v.dep_ == "ccomp" and v.head.i > v.i and speaker:
        return v.head, r.ents(speaker[0])
    said = [c for c in _child(v, "parataxis", "conj") if c.i > after and c.left_edge.i <= after + 1]
    if speaker and said:
        return said[0], r.ents(speaker[0])  # ("Roe, asked about X, said": "said" hung on "asked")
    return None, []


def asked_about_criticism(r: RelationReader, v) -> None:
    """``"Asked about criticism from researchers such as Jane Roe, the chief executive said
    ..."``: the speaker answers those whose criticism he was asked about."""
    main, agents = _asked_answer(r, v)
    if main is None or _lemma(main) not in _ASKED_ANSWER_VERBS or not r.asserted(main):
        return
    owners: list[M] = []
    for o in _pobjs(v, {"about"}):
        if o.lemma_.lower() not in P.GRIEVANCE_NOUNS - P.WORKER_NOUNS | _CLAIM_NOUNS - _ANSWERED_SUITS:
            continue
        owners += [m for c in _child(o, "poss") for m in r.ents(c)]
        owners += [m for p in _pobjs(o, {"from", "by", "of"}) for m in r.ents(p)]
    owners = [m for m in _dedupe(owners) if m.type in {"EmployeeGroup", "Person", "AdvocacyGroup"}]
    if not agents and v.dep_ == "advcl":
        # "Asked about criticism from X, Kevin Parker, the chief executive, said": the speaker the
        # parser joined to the last name of the question
        agents = _joined_speakers(r, [x for x in v.subtree if x.dep_ == "conj" and _child(x, "appos")])
        owners = [o for o in owners if o.name not in {a.name for a in agents}]
    for a in agents:
        for o in owners:
            r.emit(a, "respondedTo", o, v, 0.65, "asked-about")


def finding_report(r: RelationReader, n) -> None:
    """``"A report by the Karnataka Labour Department found that Wistron ..."``, ``"a RoundTable
    analysis of Flock's search logs found ..."``: a report that finds something about someone
    is an inquiry into them."""
    if n.pos_ != "NOUN" or n.dep_ != "nsubj" or _lemma(n.head) not in {"find", "conclude", "show", "reveal", "determine", "document", "confirm"}:
        return
    if not any(c.dep_ in {"poss", "compound"} for c in n.children) and not _pobjs(n, {"by"}):
        return  # "a report found ...": whose, the text must say
    investigation_noun(r, n)


#: A worker's leaving that the employer decided: "protested her firing".
_SEPARATION_NOUNS = frozenset({"exit", "firing", "dismissal", "ouster", "departure", "termination", "sacking", "removal", "suspension", "resignation"})

#: Places searched in a raid: "raided Uber's Paris offices".
_RAIDED_PLACES = frozenset({"office", "offices", "headquarters", "premises", "facility", "facilities", "warehouse", "home", "building", "plant"})
#: People who raid for an authority: "investigators from the DGCCRF".
_RAIDERS = frozenset({"investigator", "agent", "officer", "inspector", "official", "prosecutor", "detective", "police"})


def raid_verb(r: RelationReader, v) -> None:
    """``"Investigators from the DGCCRF raided Uber's Paris offices"``, ``"Dutch regulators
    raided the company's Amsterdam office"``: a raid on premises investigates their owner."""
    if v.pos_ != "VERB" or _lemma(v) != "raid" or not r.asserted(v):
        return
    places = _child(v, "dobj") + _child(v, "nsubjpass")
    targets = [m for o in places if o.lemma_.lower() in _RAIDED_PLACES or o.lower_ in _RAIDED_PLACES
               for m in [x for c in _child(o, "poss") for x in r.ents(c)] + [x for p in _pobjs(o, {"of"}) for x in r.ents(p)]
               if m.type in ORG_TYPES | {"Person"}]
    agents = [m for m in r.agents(v) if m.type in {"GovernmentAgency", "Organization"}]
    if not agents:
        # "investigators from the DGCCRF", "agents of the FBI"
        subjects = _child(v, "nsubj") + [p for a in _child(v, "agent") for p in _child(a, "pobj")]
        agents = [m for x in subjects if x.lemma_.lower() in _RAIDERS for p in _pobjs(x, {"from", "of", "with", "at"}) for m in r.ents(p)
                  if m.type == "GovernmentAgency"]
    if targets:
        _emit_investigations(r, agents, [t for t in targets if t.name not in {a.name for a in agents}], v, "raid")


def hosted_by(r: RelationReader, v) -> None:
    """``"Palantir's environment hosted by AWS"``, ``"the data, hosted by Microsoft"``: the host
    serves whoever owns what it hosts."""
    if v.dep_ != "acl" or v.tag_ != "VBN" or _lemma(v) not in {"host", "power", "store"}:
        return
    hosts = [m for g in _child(v, "agent") for p in _child(g, "pobj") for m in r.ents(p) if m.type == "Company"]
    owners = [m for m in r.ents(v.head) if m.type in ORG_TYPES] or [m for c in _child(v.head, "poss") for m in r.ents(c) if m.type in ORG_TYPES]
    for h in hosts:
        for o in owners:
            if o.name != h.name:
                r.emit(h, "contractsWith", o, v, 0.65, "hosted-by")


def under_review(r: RelationReader, n) -> None:
    """``"TikTok has been under review by CFIUS"``: a review is an inquiry only when someone is
    put under it by an authority (not "a review of the documents"); ``"Hegseth ordered a
    review of Microsoft's use of engineers"``: an authority opening one into a party."""
    v = n.head
    # "hired Eric Holder to lead a review of its practices": the one hired reviews
    hired_to = v.dep_ == "xcomp" and _lemma(v.head) in _HIRE_FOR_VERBS and r.asserted(v.head)
    if n.dep_ == "dobj" and n.lemma_.lower() == "review" and _lemma(v) in {"order", "open", "launch", "conduct", "begin", "announce", "initiate", "commission",
                                                                            "complete", "finish", "carry", "lead", "run"} \
            and (r.asserted(v) or hired_to):
        # ("Microsoft launched its own review of the unit's use of Azure": a company looking
        # into a client's conduct; "its review" is the company's)
        doers = [m for o in _child(v.head, "dobj") for m in r.ents(o)] if hired_to else r.agents(v)
        agents = [m for m in doers if m.type in ORGS_AND_PEOPLE] + [m for c in _child(n, "poss") for m in r.ents(c) if m.type in ORGS_AND_PEOPLE]
        targets = [m for p in _pobjs(n, {"of", "into"}) if p.lemma_.lower() not in P.CONTRACT_NOUNS for m in r.target(p) if m.type in ORG_TYPES]
        targets = [t for t in targets if t.name not in {a.name for a in agents}]
        # (a company's review only of another's conduct: "its review of the unit's use of Azure")
        of_conduct = any(p.lemma_.lower() in _USE_NOUNS | {"conduct", "practice", "practices", "treatment"} for p in _pobjs(n, {"of", "into"}))
        if agents and targets and (of_conduct or any(a.type in {"GovernmentAgency", "Person"} for a in agents)):
            _emit_investigations(r, _dedupe(agents), targets, n, "ordered-review")
        return
    v = n.head.head
    if n.dep_ != "pobj" or n.head.lower_ != "under" or _lemma(v) not in {"be", "remain", "come", "fall", "stay", "spend", "put", "place"} or not r.asserted(v):
        return
    # ("by" hangs on the review or on the verb: "has been under review by CFIUS")
    by = _pobjs(n, {"by"}) + [p for a in _child(v, "agent") for p in _child(a, "pobj")]
    agents = [m for p in by for m in r.ents(p) if m.type in {"GovernmentAgency", "Organization"}]
    targets = [m for x in _child(v, "nsubj", "nsubjpass") for m in r.ents(x) if m.type in ORGS_AND_PEOPLE]
    if agents:
        _emit_investigations(r, agents, targets, n, "under-review")


#: Verbs that grant or refuse what was asked: "accepted Roe's request", "refused the demands".
_GRANT_VERBS = frozenset({"accept", "grant", "refuse", "heed", "decline", "turn"})


def respond_verb(r: RelationReader, v) -> None:
    if v.pos_ != "VERB":
        return
    lemma = _lemma(v)
    if lemma == "write":
        if not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in v.children):
            return
        lemma = "reply"  # "Benioff wrote back to the employees"
    # "wrote back to the employees", "responded back to X": the "to" may hang on "back"
    answered = _pobjs(v, {"to"}) + [p for a in _child(v, "advmod", "prt") if a.lower_ == "back" for p in _pobjs(a, {"to"})]
    if lemma in {"respond", "reply"} and (not answered or v.dep_ == "acl" and v.head.lemma_.lower() in P.MESSAGE_NOUNS):
        _bare_response(r, v)
        return
    if lemma in {"respond", "reply"}:
        objs = answered
    elif lemma == "push":
        if not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in v.children):
            return
        objs = _pobjs(v, {"on", "against"}) + [p for a in _child(v, "advmod", "prt") for p in _pobjs(a, {"on", "against"})]
        # "pushed back on the moderators' characterization": what they said
    elif lemma == "brush":
        objs = _child(v, "dobj") if any(c.lower_ == "off" for c in v.children) else []
        objs = [o for o in objs if o.lemma_.lower() in P.GRIEVANCE_NOUNS - P.WORKER_NOUNS]
    elif lemma in {"meet", "tell", "defend", "reassure"}:
        return
    elif lemma in {"apologize", "apologise"}:
        objs = _pobjs(v, {"to"})  # "the prosecutor apologized to Williams"
    elif lemma == "agree":
        objs = [p for p in _pobjs(v, {"to"}) if p.lemma_.lower() in {"request", "demand", "call", "proposal", "plea"}]  # "agreed to the demands"
    else:
        objs = _child(v, "dobj")
        if lemma in {"dismiss", "reject", "rebuff", "downplay", "pooh-pooh", "acknowledge", "dispute", "deny", "refute", "rebut", "contest"} | _HEARD_VERBS:
            # "dismissed 28 employees" is firing them, not answering them; "disputed that
            # account", "denied the workers' allegations" answer whoever made them
            # (a court dismisses a case, it answers no one)
            objs = [o for o in objs if o.lemma_.lower() in P.GRIEVANCE_NOUNS - P.WORKER_NOUNS - {"staff"} | _CLAIM_NOUNS - _ANSWERED_SUITS]
        if lemma in _HEARD_VERBS:
            # "understood employees' concerns" (not "recognized the letters as interesting")
            objs = [o for o in objs if o.lemma_.lower() in _HEARD_NOUNS]
        if lemma in _GRANT_VERBS:
            # "accepted Roe's request", "refused the workers' demands" (not "accepted her resignation")
            objs = [o for o in objs if o.lemma_.lower() in {"request", "demand", "call", "petition", "proposal", "plea", "appeal"}
                    and (lemma != "turn" or any(c.lower_ == "down" for c in v.children))]  # "turned down the request"
        if lemma == "push" and not objs:
            return
    if not objs:
        return
    # "responding to Cunningham and Costa's claims", parsed as "Cunningham" and "Costa's claims"
    objs = objs + [cj for o in objs for cj in o.conjuncts if cj.lemma_.lower() in P.GRIEVANCE_NOUNS | _CLAIM_NOUNS and cj not in objs]
    owners: list[M] = []
    rule = "respond-verb"
    for o in objs:
        found = [m for m in r.ents(o) if m.type in {"EmployeeGroup", "Person", "AdvocacyGroup"}]
        if not found and (o.lemma_.lower() in P.GRIEVANCE_NOUNS | _CLAIM_NOUNS | _SAID_NOUNS or o.lower_ in P.GRIEVANCE_NOUNS | _CLAIM_NOUNS):
            for c in o.children:
                if c.dep_ in {"poss", "compound"}:
                    found += r.ents(c) or (r.authors(c) if c.lemma_.lower() in P.LETTER_NOUNS else [])  # "the petition's demands"
                    if not found and c.lemma_.lower() in {"protester", "demonstrator", "striker", "organizer", "organiser"} and c.tag_ == "NNS":
                        found = _raised(r, c)  # "the protesters' demands": the group that protested
                    found += [m for x in c.conjuncts for m in r.ents(x)]  # "Cunningham and Costa's claims"
            for p in _pobjs(o, {"from", "by", "of"}):
                found += r.ents(p)
            if not found:
                found = _led_by(r, o)  # "responding to the campaign led by Roe"
            if not found and o.lemma_.lower() in P.LETTER_NOUNS:
                found = r.authors(o)
            if not found and any(c.dep_ == "det" and c.lower_ in {"the", "those", "these", "that", "this", "such"} or c.lower_ == "such" for c in o.children) \
                    and (o.lemma_.lower() in P.GRIEVANCE_NOUNS | {"criticism"} or o.lower_ in P.GRIEVANCE_NOUNS):
                # "rejected the demands": whoever raised them (not "disputed the findings": whose, the
                # text must say; nor "responded to the protests", which may be anyone's)
                found = [_here(m, o) for m in r.grievance_owner] if o.lemma_.lower() in P.PROTEST_NOUNS else _raised(r, o)
                if o.lemma_.lower() == "criticism" and r.raisers and 0 <= r.de.units[o.i] - r.de.units[r.raisers[-1].start] <= 3:
                    found = [_here(r.raisers[-1], o)]  # "rejected the criticism": of whoever just protested
                askers, at = r.last_ask
                if o.lemma_.lower() in {"request", "demand"} and askers and r.de.units[o.i] - at <= 2 and not any(m.type in ACTORS for m in askers):
                    found = []  # "Amazon asked that she recuse herself. The agency rejected the request": a company's
            if not found and o.lower_ in _CLAIM_NOUNS and any(c.dep_ == "det" and c.lower_ in {"that", "this", "those", "these"} for c in o.children):
                # "X says the policy was meant to break the union. The company rejects that
                # characterization": whoever just made the claim
                found = [_here(m, o) for m in r.claimants if r.de.units[o.i] - r.de.units[m.start] <= 3]
            if o.lemma_.lower() in _CLAIM_NOUNS:
                # "disputed the researchers' findings": researchers are no company's staff unless named so
                found = [m for m in found if not (m.type == "EmployeeGroup" and not m.explicit and m.start < len(r.doc)
                                                  and r.doc[m.start].lemma_.lower() in {"researcher", "scientist", "academic", "expert"})]
        if not found and o.lemma_.lower() in {"protester", "demonstrator", "activist", "critic", "organizer", "organiser"} and any(
                c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in o.children):
            found = _raised(r, o)  # "responded to the protesters": the group that protested
        if not found and lemma in {"apologize", "apologise"}:
            found = _apologized_to(r, o)
        if not found and any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"employee", "worker", "staff"} for c in o.children) \
                and (o.lemma_.lower() in P.GRIEVANCE_NOUNS | P.PROTEST_NOUNS | {"turmoil", "controversy", "unrest"}):
            # "responded to employee questions", "addressed the staff turmoil": the staff who raised them
            found = [m for m in _raised(r, o) if m.type == "EmployeeGroup"]
        if not found and lemma in {"respond", "reply"} and o.lemma_.lower() in P.PROTEST_NOUNS and o.tag_ == "NN" \
                and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in o.children):
            found = [m for m in _raised(r, o) if m.type in {"EmployeeGroup", "AdvocacyGroup"}]  # "responding to the walkout": who walked out
        if not found and lemma in {"address", "acknowledge", "answer"} and o.lemma_.lower() in P.PROTEST_NOUNS | P.GRIEVANCE_NOUNS - P.WORKER_NOUNS | {"controversy", "turmoil"}:
            # "addressed the protests", "acknowledged the dissent": the article's protesting group
            g = r.de.dominant_group
            found = [_here(g, o)] if g is not None else []
            rule = "respond-protests"
        owners += [m for m in found if m.type in {"EmployeeGroup", "Person", "AdvocacyGroup"}]
    if not owners and lemma in {"deny", "dispute", "reject", "refute", "rebut", "contest"} and any(
            o.lower_ in {"that", "it", "them"} or o.lemma_.lower() in _ALLEGATION_NOUNS | {"claim", "accusation", "charge"} and not _child(o, "poss")
            and any(c.dep_ == "det" and c.lower_ in {"the", "these", "those", "that", "this"} for c in o.children) for o in objs):
        # "X accused Laurent of harassment. Laurent denied the allegations": whoever just accused
        # the one denying
        unit = r.de.units[v.i]
        names = {a.name for a in r.agents(v)}
        owners = _dedupe([c.subj for c in r.out if c.pred == "protested" and isinstance(c.obj, M) and c.obj.name in names
                          and c.subj.type in {"EmployeeGroup", "Person", "AdvocacyGroup"} and 0 <= unit - r.de.units[c.trigger] <= 2])
        owners = [_here(m, v) for m in owners]
    if not owners:
        return
    if lemma not in {"apologize", "apologise"}:  # an apology raises no grievance of its own
        r.grievance_owner = owners
    if not r.asserted(v):
        return
    agents = r.agents(v)
    if not agents and v.dep_ == "advcl" and v.tag_ == "VBG":
        # "Responding to Hegseth, Frank Shaw wrote ...": the subject the parser joined to the one answered
        agents = _joined_speakers(r, [cj for o in objs for cj in o.conjuncts if cj.i > o.i])
        owners = [o for o in owners if o.name not in {a.name for a in agents}]
    for s in agents:
        for o in owners:
            r.emit(s, "respondedTo", o, v, 0.75, rule)


def _apologized_to(r: RelationReader, o) -> list[M]:
    """Whom an apology is made to: the people or groups named, or "the workers" (who "suffered"):
    the article's workers' group that spoke up."""
    found = [m for m in r.ents(o) if m.type in {"EmployeeGroup", "Person", "AdvocacyGroup"}]
    if not found and o.tag_ == "NNS" and o.lemma_.lower() in P.WORKER_NOUNS and any(c.dep_ == "det" and c.lower_ in {"the", "those", "these"} for c in o.children):
        found = [m for m in _raised(r, o) if m.type == "EmployeeGroup"]
    return found


def apology_noun(r: RelationReader, n) -> None:
    """``"offered an apology to the sick workers"``, ``"Lyft's apology to Roe"``: an apology
    answers those it is made to."""
    if n.pos_ != "NOUN":
        return
    v = n.head if n.dep_ == "dobj" and n.head.pos_ == "VERB" else None
    tos = _pobjs(n, {"to"}) or (_pobjs(v, {"to"}) if v is not None else [])
    if not tos or v is not None and (_lemma(v) not in {"offer", "issue", "owe", "make", "extend", "deliver", "give", "send", "post", "publish"} or not r.asserted(v)):
        return
    givers = [m for c in _child(n, "poss") for m in r.ents(c)] or (r.agents(v) if v is not None else [])
    owners = _dedupe([m for o in tos for m in _apologized_to(r, o)])
    for a in givers:
        if a.type in {"Person", "Company", "Organization", "GovernmentAgency"}:
            for o in owners:
                if o.name != a.name:
                    r.emit(a, "respondedTo", o, n, 0.7, "apology")


#: Organisations counted: "a coalition of 56 groups" counts no people.
_ORG_COUNT_NOUNS = frozenset({"group", "organization", "organisation", "nonprofit", "union", "company", "firm", "coalition", "association", "charity", "ngo", "ngos"})


#: Titles of officials who have an office: "Attorney General", "Inspector General", "Commissioner".
_OFFICIAL_TITLE = re.compile(r"\b(Attorney General|Inspector General|Commissioner|Comptroller|Auditor|Ombudsman|Prosecutor|District Attorney|Secretary)\b", re.I)


#: What someone said or ran, whose author an answer answers: "responding to Roe's remarks".
_SAID_NOUNS = frozenset({"remark", "comment", "questioning", "query", "campaign", "tweet", "post", "plea", "appeal", "testimony", "speech",
                         "announcement", "statement", "directive", "order", "decision", "revelation", "disclosure", "reporting"})


def _led_by(r: RelationReader, n) -> list[M]:
    """Who led or started what ``n`` names: ``"the campaign led by Roe"``, ``"a petition started by X"``."""
    return [m for c in _child(n, "acl") if c.lemma_.lower() in {"lead", "organize", "organise", "start", "launch", "begin", "run", "write", "raise", "voice", "express", "file", "lodge",
                                                               "make", "level", "bring", "publish", "conduct", "carry"}
            for a in _child(c, "agent") for p in _child(a, "pobj") for m in r.ents(p)]


#: What someone asserted, which a company disputes or denies: "disputed that account".
_CLAIM_NOUNS = frozenset({"reporting", "revelation", "revelations", "claim", "claims", "allegation", "allegations", "account", "accusation", "accusations", "characterization", "testimony",
                          "characterisation", "finding", "findings", "assertion", "assertions", "criticism", "criticisms", "charge", "charges",
                          "argument", "arguments", "contention", "contentions", "conclusion", "conclusions", "case", "lawsuit", "suit", "work", "paper", "study", "research"})
#: Suits one may answer, and a court decide: "responded to Diaz's case".
_ANSWERED_SUITS = frozenset({"case", "lawsuit", "suit"})


def _raised(r: RelationReader, tok) -> list[M]:
    """Whoever last raised something in the article: a grievance's owner, a letter's authors,
    else the article's group when it spoke up."""
    g = r.de.dominant_group
    raised = r.grievance_owner or r.letter_authors or ([g] if g is not None and g.name in r.voiced else [])
    return [_here(m, tok) for m in raised if m.type in ACTORS]


#: What a company defends against its critics: "defended the contract", "defended the dismissals".
_DEFENDED_NOUNS = frozenset({"contract", "deal", "decision", "dismissal", "firing", "termination", "work", "partnership", "policy", "move",
                             "program", "programme", "relationship", "sale", "tie", "choice", "handling", "action", "practice", "agreement"})


def defend_verb(r: RelationReader, v) -> None:
    """``"Nadella is defending the company's Army contract"``, ``"a spokesperson defended the
    dismissals"``: after a group spoke up against it, defending what it opposed answers it."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    objs = [o for o in _child(v, "dobj") if o.lemma_.lower() in _DEFENDED_NOUNS | P.CONTRACT_NOUNS
            or any(m.type == "Product" for m in r.ents(o))]
    if not objs:
        return
    # whose it is: "the company's contract" (else the defender's, when a company defends)
    owners = {m.name for o in objs for c in _child(o, "poss") for m in r.ents(c) if m.type in ORG_TYPES}
    for a in r.agents(v):
        if a.type not in {"Person", "Company", "Organization"}:
            continue
        mine = owners | ({a.name} if a.type == "Company" else set())
        opposed = {c.obj.name for c in r.out if c.pred == "protested" and isinstance(c.obj, M)}
        for o in _raised(r, v):
            if o.name == a.name or o.type not in {"EmployeeGroup", "AdvocacyGroup", "Person"}:
                continue
            # (only critics of what is defended: its owner's staff, or a group that opposed the defender)
            if o.anchor in mine or a.type == "Company" and a.name in opposed:
                r.emit(a, "respondedTo", o, v, 0.55, "defend")


def _bare_response(r: RelationReader, v) -> None:
    """``"Smith responded in a blog post that ..."``: an answer to whoever raised something;
    ``"in a statement responding to the disruptions, a spokesperson said"``."""
    if v.dep_ == "acl" and v.head.lemma_.lower() in P.MESSAGE_NOUNS and v.head.dep_ == "pobj" and v.head.head.lower_ == "in":
        # "In a statement responding to the disruptions, a spokesperson said"
        main = v.head.head.head
        objs = _pobjs(v, {"to"})
        if main.pos_ != "VERB" or not r.asserted(main):
            return
        owners = [m for o in objs for m in r.ents(o) if m.type in ACTORS]
        # "responding to Roe's testimony", "responding to the union's demands": whose they are
        owners += [m for o in objs if o.lemma_.lower() in P.GRIEVANCE_NOUNS | P.PROTEST_NOUNS | P.LETTER_NOUNS | _CLAIM_NOUNS
                   for c in o.children if c.dep_ == "poss" for m in r.ents(c) if m.type in ACTORS]
        if not owners and any(o.lemma_.lower() in P.GRIEVANCE_NOUNS | P.PROTEST_NOUNS | P.LETTER_NOUNS | {"disruption", "interruption", "demonstration"}
                              for o in objs):
            owners = _raised(r, v)
        for a in r.agents(main):
            if a.type in {"Person", "Company", "Organization"}:
                for o in owners:
                    r.emit(a, "respondedTo", o, v, 0.6, "respond-verb")
        return
    s0 = r.de.unit_bounds[r.de.units[v.i]][0]
    quoted = any(t.text in {'"', "“", "”"} for t in r.doc[s0:v.i])  # '"Thank you for your protest," X responded'
    saying = any(_lemma(c) in {"say", "tell", "write", "argue"} for c in _child(v, "advcl"))  # "responded, saying that ..."
    if _pobjs(v, {"to"}) or not r.asserted(v) or not (_child(v, "ccomp") or quoted or saying or any(c.lower_ in {"in", "with", "by"} for c in _child(v, "prep"))):
        return
    for a in r.agents(v):
        if a.type in {"Person", "Company", "Organization"}:
            # a quoted answer answers whoever spoke up just before it
            before = [m for m in r.raisers if m.start < v.i and r.de.units[v.i] - r.de.units[m.start] <= 4 and m.name != a.name]
            for o in ([_here(before[-1], v)] if quoted and before else _raised(r, v)):
                if o.name != a.name:
                    r.emit(a, "respondedTo", o, v, 0.55, "respond-bare")


#: What a company gives up in answer to its staff: "would not renew the contract", "dropped the project".
_GIVEN_UP = frozenset({"contract", "contracts", "deal", "project", "program", "programme", "work", "partnership", "bid", "plan", "policy"})


def retreat(r: RelationReader, v) -> None:
    """``"Google said it would not renew the contract"``, ``"Microsoft dropped the project"``:
    a company giving up what its staff opposed answers them (paired with the article's
    protesting staff once the whole article is read)."""
    if v.pos_ != "VERB":
        return
    lemma = _lemma(v)
    negated = any(c.dep_ == "neg" for c in v.children)
    if not (lemma in P.RETREAT_VERBS - {"change", "walk", "back", "reconsider", "leave", "exit", "quit"} and not negated
            or lemma in {"renew", "extend", "pursue", "bid"} and negated):
        return
    objs = _child(v, "dobj", "nsubjpass") + _pobjs(v, {"on", "for"})
    if not any(o.lemma_.lower() in _GIVEN_UP or any(m.type == "Product" for m in r.ents(o)) for o in objs):
        return
    # asserted, or announced ("said it would not renew"): a plan stated is the answer
    h = v
    while h.dep_ in {"xcomp", "conj"} and h.head.i != h.i:
        h = h.head
    announced = h.dep_ == "ccomp" and _lemma(h.head) in {"say", "announce", "decide", "tell", "confirm", "inform", "state"} and r.asserted(h.head)
    modal = [c.lower_ for c in v.children if c.dep_ == "aux" and c.lower_ in P.MODALS]
    if modal and not (announced and set(modal) <= {"would", "will", "'ll"}) or any(c.dep_ == "mark" and c.lower_ in P.CONDITIONAL_MARKS for c in v.children):
        return
    if any(_lemma(a) in P.PETITION_VERBS | P.REQUEST_VERBS for a in list(v.ancestors)[:4]) or any(c.dep_ == "mark" and c.lower_ == "for" for c in v.children):
        return  # "pushed for the company to drop the deal" asks for a retreat
    if not announced and not r.asserted(v) and not (negated and r.asserted(h)):
        return  # "demanded that the company end its contract" asks for a retreat
    if any(qs <= v.idx < qe for *_, qs, qe in r.quotations()):
        return  # '"When Salesforce cancels its contract, we will talk"': someone else's words
    for c in (r.agents(v) if v.dep_ != "xcomp" or _lemma(v.head) in {"decide", "choose", "agree"} else r.agents(v.head)):
        if c.type == "Company":
            r.retreats.append((c, v.i))


def spokesperson_replies(r: RelationReader) -> None:
    """``"Lyft spokesperson John Doe said, responding to Roe's statement, ..."``: a company's
    spokesperson answers for the company."""
    speaks_for: dict[str, M] = {}
    for c in r.out:
        if c.pred == "worksFor" and isinstance(c.obj, M) and c.obj.type == "Company" and r.doc[c.trigger].lemma_.lower() in _SPOKESPEOPLE:
            speaks_for.setdefault(c.subj.name, c.obj)
    # (not a statement read as a reply to whoever spoke up last: that guess is the person's alone)
    for c in [c for c in r.out if c.pred == "respondedTo" and c.subj.type == "Person" and c.subj.name in speaks_for and c.rule != "statement-reply"]:
        r.emit(_here(speaks_for[c.subj.name], r.doc[c.trigger]), "respondedTo", c.obj, c.trigger, c.conf * 0.9, "spokesperson-reply")


#: Who speaks for a company: their answers are its answers.
_SPOKESPEOPLE = P.SPEAKER_ROLES - {"representative", "spokespeople"}


def retreat_responses(r: RelationReader) -> None:
    groups = [m for m in r.raisers if m.type == "EmployeeGroup"]
    for company, i in r.retreats:
        staff = {m.name: m for m in groups if m.anchor == company.name or any(
            c.pred == "worksFor" and c.subj.name == m.name and isinstance(c.obj, M) and c.obj.name == company.name for c in r.out)}
        for g in staff.values():
            r.emit(M(company.start, company.end, company.text, company.name, company.type), "respondedTo",
                   _here(g, r.doc[i]), i, 0.55, "retreat-response")


def asked_about(r: RelationReader, v) -> None:
    """``"Asked about the employees' demands, Bezos said he understood"``: the answer is to
    whoever made the demands."""
    main, agents = _asked_answer(r, v)
    if main is None or main.pos_ != "VERB" or _lemma(main) not in {"say", "tell", "reply", "respond", "answer", "acknowledge", "add", "insist", "argue"} or not r.asserted(main):
        return
    owners: list[M] = []
    for p in _pobjs(v, {"about", "regarding"}):
        found = [m for m in r.ents(p) if m.type in ACTORS]
        if not found and p.lemma_.lower() in P.GRIEVANCE_NOUNS | P.LETTER_NOUNS | P.PROTEST_NOUNS:
            found = [m for c in p.children if c.dep_ in {"poss", "compound"} for m in r.ents(c) if m.type in ACTORS]
            if not found and p.lemma_.lower() in P.LETTER_NOUNS:
                found = [m for m in r.authors(p) if m.type in ACTORS]
        owners += found
    for a in agents:
        if a.type in {"Person", "Company", "Organization"}:
            for o in owners:
                r.emit(a, "respondedTo", o, v, 0.65, "asked-about")



def _staff_recipients(r: RelationReader, n) -> list[M]:
    """The employee groups a message noun is addressed to: ``"a memo to staff"``, ``"an
    email sent to employees"``."""
    tos = _pobjs(n, {"to"}) + [p for c in n.children if c.dep_ == "acl" for p in _pobjs(c, {"to"})]
    return [m for p in tos for m in r.ents(p) if m.type == "EmployeeGroup"]


def address_staff(r: RelationReader, v) -> None:
    """An executive or the company answering its staff: ``"X told employees in an email
    that ..."``, ``"X said in a letter to staff"``, ``"In a memo to employees, X wrote"``,
    ``"X wrote to staff"``, ``"X acknowledged in a note to employees"``."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    lemma = _lemma(v)
    groups: list[M] = []
    if lemma in {"tell", "email", "answer", "assure", "reassure", "update", "thank"}:
        groups += [m for o in _child(v, "dobj", "dative") for m in r.ents(o) if m.type == "EmployeeGroup"]
    if lemma in {"write", "say", "post", "explain", "acknowledge", "apologize", "apologise", "announce", "admit", "respond", "reply"}:
        groups += [m for p in _pobjs(v, {"to"}) for m in r.ents(p) if m.type == "EmployeeGroup"]
    if lemma in {"send", "circulate", "distribute", "post", "share", "issue"}:
        # "X sent a video to store employees", "X sent employees a memo"
        msg_objs = [o for o in _child(v, "dobj") if o.lemma_.lower() in P.MESSAGE_NOUNS - {"meeting", "town", "hall", "call"}]
        if msg_objs:
            groups += [m for p in _pobjs(v, {"to"}) + _child(v, "dative") for m in r.ents(p) if m.type == "EmployeeGroup"]
            groups += [m for o in msg_objs for m in _staff_recipients(r, o)]
            k = msg_objs[0].i + 1
            if not groups and k + 1 < len(r.doc) and r.doc[k].lower_ == "to":
                # "sent a video to store employees", which the parser read as "to store"
                for j in range(k + 1, min(k + 4, len(r.doc))):
                    hit = [m for m in r.de.groups.get(j, ()) if m.type == "EmployeeGroup"]
                    if hit:
                        groups += hit
                        break
    msgs = [p for p in _pobjs(v, {"in", "through", "via", "during", "at"}) if p.lemma_.lower() in P.MESSAGE_NOUNS]
    s, e = r.de.unit_bounds[r.de.units[v.i]]
    # "In a memo to employees, X wrote ...": a message phrase the parser hung elsewhere
    msgs += [t for t in r.doc[s:v.i] if t.lemma_.lower() in P.MESSAGE_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "in"
             and t.head.head.i != v.i and not any(x.pos_ == "VERB" and x.i != v.i for x in r.doc[t.i:v.i] if x.dep_ in {"ROOT", "ccomp"})]
    for n in msgs:
        groups += _staff_recipients(r, n)
    if msgs and not groups:
        # "defended the contract in an email to employees", the "to" hung on the verb
        groups += [m for p in _pobjs(v, {"to"}) for m in r.ents(p) if m.type == "EmployeeGroup"]
    if not groups:
        return
    for a in r.agents(v):
        if a.type in {"Person", "Company", "Organization"}:
            for g in _dedupe(groups):
                if a.type != "Company" or g.anchor == a.name:
                    r.emit(a, "respondedTo", g, v, 0.65, "address-staff")


#: Words of a statement that answers staff: "we respect our employees' right to organize",
#: "the company takes these concerns seriously", "we value their feedback".
_REPLY_WORDS = frozenset({"concern", "concerns", "employee", "employees", "worker", "workers", "staff", "union", "feedback",
                          "right", "rights", "view", "views", "opinion", "opinions", "letter", "petition", "demand", "demands",
                          "organize", "organise", "colleague", "colleagues", "debate", "dialogue", "listen", "disagree",
                          "disagreement", "voice", "voices", "avenue", "avenues", "input", "courier", "couriers", "driver", "drivers",
                          "rider", "riders", "moderator", "moderators", "allegation", "allegations"})


def statement_reply(r: RelationReader, v) -> None:
    """The company or one who speaks for it answering the article's employee group in a
    statement: ``"A spokesperson, X, said the company 'respects our employees' right to
    organize'"``. Kept only when the speaker is that company or works for it (see
    :class:`kg.extract.rules.Extractor`)."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    g = r.de.dominant_group
    if g is not None and g.anchor:
        answered = [g]
    else:
        # no group: the people who protested the speaker's company ("Microsoft said in a statement:
        # 'We provide many avenues for all voices to be heard'" after two employees disrupted an event)
        speakers = {a.name for a in r.agents(v)}
        speakers |= {c.obj.name for c in r.out if c.pred in {"leads", "worksFor"} and c.subj.name in speakers and isinstance(c.obj, M)}
        answered = _dedupe([c.subj for c in r.out if c.pred in {"protested", "petitioned"} and c.subj.type == "Person" and c.subj.explicit
                            and isinstance(c.obj, M) and c.obj.name in speakers])
        if not answered:
            return
    clauses = [c for c in v.children if c.dep_ in {"ccomp", "parataxis"} and c.i != v.i]
    toks = [x for c in clauses for x in c.subtree if x.pos_ in {"NOUN", "VERB", "PROPN"}]
    words = {x.lower_ for x in toks} | {x.lemma_.lower() for x in toks}
    if not words & _REPLY_WORDS or any(x.dep_ == "neg" for c in clauses for x in c.subtree):
        return
    if any(m.type == "Person" or m.type == "EmployeeGroup" and not any(c.dep_ == "poss" for c in x.children)
           for c in clauses for x in c.subtree if x.dep_ in {"nsubj", "nsubjpass"} for m in r.ents(x)):
        return  # "X said employees had ...", "X said Jane Roe was fired": about them, not to them (but "its couriers are free to ...")
    pronoun_subject = all(t.pos_ == "PRON" for t in _child(v, "nsubj"))
    for a in r.agents(v):
        if a.type == "Person" or a.type == "Company" and not pronoun_subject:
            for who in answered:
                if who.name != a.name:
                    r.emit(a, "respondedTo", _here(who, v), v, 0.5, "statement-reply")


#: Verbs of letting a worker go, which a company explains to answer the one let go.
_DISMISS_VERBS = frozenset({"fire", "dismiss", "terminate", "sack", "suspend", "discipline"})


def explained_dismissal(r: RelationReader, v) -> None:
    """``"Jane Roe protested ... Amazon has said it fired Roe because she broke safety rules"``:
    a company (or one speaking for it) explaining why it let go someone who spoke up answers
    them."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    speakers = [m for m in r.agents(v) if m.type in {"Company", "Person"}]
    raisers = {m.name for m in r.raisers if m.type == "Person"}
    if not speakers or not raisers:
        return
    for cl in _child(v, "ccomp"):
        if _lemma(cl) not in _DISMISS_VERBS or _negated_clause(cl):
            continue
        for o in _child(cl, "dobj", "nsubjpass"):
            for p in r.ents(o):
                if p.type == "Person" and p.name in raisers:
                    for s in speakers:
                        if s.name != p.name:
                            r.emit(s, "respondedTo", p, cl, 0.6, "explained-dismissal")


#: What an authority decides or finds, which the one it concerns may dispute.
_RULINGS = frozenset({"conclusion", "finding", "decision", "ruling", "fine", "order", "penalty", "sanction", "judgment", "judgement",
                      "assessment", "characterization", "characterisation", "allegation", "claim", "complaint", "lawsuit", "suit", "report"})


def dispute_verb(r: RelationReader, v) -> None:
    """``"Amazon said it strongly disagrees with the CNIL's conclusions"``, ``"Uber appealed the
    regulator's fine"``, ``"Cisco is contesting the department's lawsuit"``: disputing a public
    body's finding opposes that body publicly (a company too; a planned appeal is no fact yet)."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    lemma = _lemma(v)
    objs = _pobjs(v, {"with"}) if lemma == "disagree" else _child(v, "dobj") + (_pobjs(v, {"against"}) if lemma == "appeal" else [])
    targets = []
    for o in objs:
        if lemma == "disagree" and r.ents(o):
            targets += [m for m in r.ents(o) if m.type in ORGS_AND_PEOPLE]  # "disagreed with the regulator"
        elif o.lemma_.lower() in _RULINGS:
            targets += [m for c in _child(o, "poss") for m in r.ents(c) if m.type in ORG_TYPES]
            targets += [m for p in _pobjs(o, {"by", "from", "of"}) for m in r.ents(p) if m.type in ORG_TYPES]
    for s in r.agents(v):
        if s.type not in ACTORS | {"Company", "Organization"}:
            continue
        for t in _dedupe(targets):
            if t.name != s.name and (s.type != "Company" or t.type == "GovernmentAgency"):
                r.emit(s, "protested", t, v, 0.65, "dispute")


#: Bodies one holds a seat on: "sits on Alphabet's board", "serves on the Defense Innovation Board".
_SEAT_BODIES = frozenset({"board", "council", "committee", "panel", "commission"})


def board_seat(r: RelationReader, v) -> None:
    """``"Eric Schmidt still sits on Alphabet's board"``, ``"X, who serves on the board of Axon"``,
    ``"sits on the Defense Innovation Board"``: a seat on a body is a role in it (or in the
    organisation whose board it is)."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    people = [m for m in r.agents(v) if m.type == "Person"]
    if not people:
        return
    for p in _pobjs(v, {"on"}):
        named = [m for m in r.ents(p) if m.type in ORG_TYPES]
        if not named and p.lemma_.lower() in _SEAT_BODIES:
            named = [m for c in _child(p, "poss", "compound") for m in r.ents(c) if m.type in ORG_TYPES]
            named += [m for q in _pobjs(p, {"of"}) for m in r.ents(q) if m.type in ORG_TYPES]
        elif named and not (p.lemma_.lower() in _SEAT_BODIES or set(named[0].name.lower().split()) & _SEAT_BODIES):
            continue  # "sits on the Fortune 500 list": no seat
        for who in people:
            for org in named:
                # ("Alphabet's board": a seat on the board governing Alphabet is a role at Alphabet)
                r.emit(who, "worksFor", r.board_owner(org) or org, v, 0.7, "board-seat")


def force_verb(r: RelationReader, v) -> None:
    """``"employees forced the company to drop the contract"``: the company responded."""
    if v.pos_ != "VERB":
        return
    objs = _child(v, "dobj")
    xcomps = [x for x in _child(v, "xcomp", "ccomp") if x.lemma_.lower() in P.RETREAT_VERBS]
    if not objs or not xcomps or not r.asserted(v):
        return
    agents = r.agents(v)
    if not agents:
        # "..., which led Google to scuttle": the actors of the clause the relative hangs on
        t = v
        for _ in range(8):
            if t.head.i == t.i:
                break
            t = t.head
            if t.pos_ == "VERB":
                found = [m for m in r.agents(t) if m.type in ACTORS]
                if found:
                    agents = found
                    break
    for o in objs:
        for org in r.ents(o):
            for a in agents:
                if a.type in ACTORS:
                    r.emit(org, "respondedTo", a, v, 0.7, "force")


def response_noun(r: RelationReader, n) -> None:
    """``"X's response to Y"``, ``"X gave a response to Y"``, ``"in response to the
    letter, X said"``."""
    if n.pos_ != "NOUN":
        return
    recipients = []
    for p in _pobjs(n, {"to"}):
        found = [m for m in r.ents(p) if m.type in ACTORS]
        if not found and p.lemma_.lower() in P.GRIEVANCE_NOUNS | P.LETTER_NOUNS | P.PROTEST_NOUNS | _SAID_NOUNS:
            found = [m for c in p.children if c.dep_ in {"poss", "compound"} for m in r.ents(c)]
            found += [m for q in _pobjs(p, {"from", "by"}) for m in r.ents(q)] + _led_by(r, p)  # "questions from Sen. Roe"
            if not found and p.lemma_.lower() in P.LETTER_NOUNS:
                found = r.authors(p)
            if not found and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in p.children):
                found = [_here(m, p) for m in r.grievance_owner or r.letter_authors]
        recipients += [m for m in found if m.type in ACTORS]
    for to in _child(n, "prep"):
        if to.lower_ == "to":
            # "in response to questioning from Sen. Roe", the parser's "questioning" a verb
            recipients += [m for c in _child(to, "pcomp") if c.lemma_.lower() in {"question", "questioning"}
                           for q in _pobjs(c, {"from", "by"}) for m in r.ents(q) if m.type in ACTORS]
    if not recipients and not _pobjs(n, {"to"}) and n.dep_ == "pobj" and n.head.lower_ == "in":
        # "In response, Google said ...": to whoever last raised something
        recipients = _raised(r, n)
    if not recipients:
        return
    if n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.pos_ == "VERB":
        v = n.head.head
        if r.asserted(v):
            for s in r.agents(v):
                for o in recipients:
                    r.emit(s, "respondedTo", o, n, 0.7, "in-response")
        return
    responders = [m for c in _child(n, "poss") for m in r.ents(c)]
    if not responders and n.dep_ == "dobj" and n.head.lemma_.lower() in {"give", "issue", "offer", "send", "provide"}:
        if not r.asserted(n.head):
            return
        responders = r.agents(n.head)
    if any(c.dep_ == "det" and c.lower_ in P.NEGATIVE_DETS for c in n.children):
        return
    for s in responders:
        for o in recipients:
            r.emit(s, "respondedTo", o, n, 0.7, "response-noun")


def lead_verb(r: RelationReader, v) -> None:
    """``"X leads / heads / runs Y"``; ``"Y, led by X"``; ``"X founded Y"`` (a role, not
    leadership)."""
    if v.pos_ != "VERB":
        return
    lemma = _lemma(v)
    if lemma == "run" and _pobjs(v, {"on", "atop"}):
        return
    if v.tag_ == "VBN" and v.dep_ == "amod" and lemma in {"lead", "head", "run", "chair"} and v.i > 1 and r.doc[v.i - 1].text in _HYPHENS:
        # "the Raj Thackeray-led Maharashtra Navnirman Sena": the person before the hyphen leads it
        persons = [m for m in r.de.at(v.i - 2) if m.type == "Person" and m.end == v.i - 1]
        for p in persons if r.asserted(v.head if v.head.pos_ == "VERB" else v) else []:
            for o in [m for m in r.ents(v.head) if m.type in ORG_TYPES | {"EmployeeGroup"}]:
                r.emit(p, "leads", o, v, 0.75, "lead-verb")
        return
    # ("X, based in Noida and led by Y": the participle the parser made a conjunct of the name)
    if v.tag_ == "VBN" and (v.dep_ == "acl" or v.dep_ == "conj" and v.head.pos_ in {"PROPN", "NOUN"} and _child(v, "agent")):
        described = v.head.dep_ == "appos" and v.head.lemma_.lower() in _BODY_NOUNS and v.head.head.pos_ == "PROPN"
        if (v.head.lemma_.lower() in P.COLLECTIVE_NOUNS or v.head.like_num) and not described:
            return  # "nine members of Congress, led by X": X leads the members, not Congress
        if v.head.lemma_.lower() in P.PART_NOUNS and not r.de.by_tok.get(v.head.i) and any(
                c.dep_ in {"compound", "poss"} and r.ents(c) for c in v.head.children):
            return  # "the Microsoft subsidiary run by X": X runs the unit, not Microsoft (but "the office, led by X")
        orgs = [m for m in r.ents(v.head) if m.type in ORG_TYPES | {"EmployeeGroup"}]
        if not orgs and v.head.dep_ == "appos" and (v.head.lemma_.lower() in P.PART_NOUNS | P.COMPANY_NOUNS or described):
            # "Google Cloud, the unit led by X"; "the Amazon Labor Union, an independent union led by X"
            orgs = [m for m in r.ents(v.head.head) if m.type in ORG_TYPES or described and m.type == "EmployeeGroup" and not m.workforce]
        persons = [m for x in _child(v, "agent") for p in _child(x, "pobj") for m in r.ents(p)]
    elif v.tag_ in {"VBN", "VBD"} and _child(v, "agent") and not _child(v, "aux", "auxpass") and any(
            n.i + 1 < v.i and r.doc[n.i + 1].text == "," for n in _child(v, "nsubj")):
        # "The FTC, chaired since 2021 by X, opened ...": the participle the parser made the verb
        # of the sentence
        persons = [m for x in _child(v, "agent") for p in _child(x, "pobj") for m in r.ents(p)]
        orgs = [m for n in _child(v, "nsubj") for m in r.ents(n) if m.type in ORG_TYPES | {"EmployeeGroup"}]
    else:
        persons = r.agents(v)
        # "Acme is led by Jane Doe": the passive subject is what is led
        orgs = [m for o in _child(v, "dobj", "nsubjpass") for m in r.ents(o)]
    if lemma == "direct":
        # "directs the Policing Project", not "directed the film" nor "directed the agency to review X"
        orgs = [m for m in orgs if m.type in ORG_TYPES] if not _child(v, "xcomp", "ccomp", "advcl") else []
    if not r.asserted(v):
        return
    pred = "worksFor" if lemma in {"found", "cofound", "co-found", "join"} else "leads"
    if not orgs and not (v.dep_ == "acl" and v.tag_ == "VBN"):
        # "who co-led Google's ethical AI team": a team's lead works for the team's company
        # ... and "who runs Amazon's worldwide consumer business"
        orgs = [m for o in _child(v, "dobj") if o.lemma_.lower() in {"team", "group", "division", "unit", "lab", "department", "effort", "business",
                                                                     "operation", "arm", "segment", "office", "program", "programme"}
                for c in _child(o, "poss") for m in r.ents(c) if m.type in {"Company", "Organization", "NewsOutlet"}]
        if not orgs and any(not r.ents(o) and o.lemma_.lower() not in P.PROTEST_NOUNS | P.LETTER_NOUNS for o in _child(v, "dobj")):
            # "led security at the payments company Stripe", "ran a research program at DARPA"
            orgs = [m for h in [v, *_child(v, "dobj")] for p in _pobjs(h, {"at"}) for m in r.ents(p) if m.type in ORG_TYPES]
        pred = "worksFor"
    for p in persons:
        for o in orgs:
            r.emit(p, pred, o, v, 0.75, "lead-verb")


#: Nouns that describe a whole body in apposition: "the EFF, the digital rights group led by X".
_BODY_NOUNS = frozenset({"group", "organization", "organisation", "coalition", "union", "nonprofit", "non-profit", "charity", "alliance",
                         "federation", "network", "association", "movement", "campaign", "collective", "council", "committee"})


#: Spans of time a job is counted in: "for the past two years at X".
_SPANS = frozenset({"year", "month", "decade", "week", "day"})


def work_verb(r: RelationReader, v) -> None:
    """``"she worked at X"``, ``"covers AI for X"``, ``"joined X"``, ``"was at X"``,
    ``"worked as a reporter at X"``."""
    if v.pos_ not in {"VERB", "AUX"}:
        return
    lemma = _lemma(v)
    orgs: list[M] = []
    if lemma in P.JOIN_VERBS:
        if not r.asserted(v):
            return  # "would join Microsoft", "may choose to join X"
        orgs = [m for o in _child(v, "dobj") for m in r.ents(o)]
        # "joined Google after two decades at Oracle": the years before were spent at Oracle
        orgs += [m for t in _pobjs(v, {"after", "following"}) if t.lemma_.lower() in {"year", "decade", "month", "stint", "career", "tenure"}
                 for p in _pobjs(t, {"at", "with"}) for m in r.ents(p) if m.type in ORG_TYPES]
        # "joined Google from Oracle": the employer before
        orgs += [m for p in _pobjs(v, {"from"}) for m in r.ents(p) if m.type in {"Company", "NewsOutlet", "Organization", "GovernmentAgency"}]
    elif lemma in {"leave", "quit"}:
        # "Hinton, who left Google last year": a past role there
        if not r.asserted(v):
            return
        orgs = [m for o in _child(v, "dobj") for m in r.ents(o) if m.type in {"Company", "Organization", "NewsOutlet", "GovernmentAgency"}]
        if any(o.lemma_.lower() in P.COMPANY_NOUNS for o in _child(v, "dobj")):
            # "Jane Roe, a manager at Google who ..., left the company": the employer her
            # apposition names, whichever company the text last spoke of
            stated = [m for x in _child(v, "nsubj") for a in _child(x, "appos") for p in a.subtree
                      if p.dep_ == "pobj" and p.head.lower_ in {"at", "of", "for"} and p.head.head.i == a.i for m in r.ents(p) if m.type in ORG_TYPES]
            orgs = stated or orgs
    elif lemma == "be":
        if _child(v, "attr", "acomp"):
            return
        orgs = [m for p in _pobjs(v, {"at", "with"}) for m in r.ents(p)]
    elif lemma == "employ":
        # "Jane Roe, who is employed by Cognizant", "moderators employed by X": a person's employer
        if not r.asserted(v) or not (_child(v, "nsubjpass") or v.dep_ == "acl"):
            return
        orgs = [m for p in _pobjs(v, {"by"}) if not (p.head.i > 0 and r.doc[p.head.i - 1].lower_ in {"not", "never"} or _child(p.head, "neg"))
                for q in [p, *p.conjuncts] for m in r.ents(q) if m.type in ORG_TYPES]  # not "not by Google but by HCL"
        people = [m for x in _child(v, "nsubjpass") for m in r.ents(x)] if _child(v, "nsubjpass") else r.ents(v.head)
        if not people and v.head.dep_ == "appos" and v.head.lemma_.lower() in P.ROLE_NOUNS | P.WORKER_NOUNS:
            people = [m for m in r.ents(v.head.head) if m.type == "Person"]  # "Jane Roe, a moderator employed by X"
        for p in people:
            # (and a workforce named after a platform: "Facebook moderators employed by Covalen")
            if p.type == "Person" or p.type == "EmployeeGroup" and not p.anchor and not p.workforce:
                for o in orgs:
                    r.emit(p, "worksFor", o, v, 0.7, "work-verb")
        return
    elif lemma in {"cover", "write", "report", "edit"}:
        # "covers labor for X", "covers policing technology for X" (the parser may hang
        # "for X" on the object)
        heads = [v, *_child(v, "dobj")]
        heads += [c for o in _child(v, "dobj") for c in o.conjuncts]  # "covers technology and the internet for X"
        heads += [p for h in list(heads) for p in _pobjs(h, {"about", "on"})]  # "wrote about technology for X"
        # (a newsroom NER does not know is an organisation: "she previously reported for TheStreet")
        orgs = [m for h in heads for p in _pobjs(h, {"for", "at"}) for m in r.ents(p) if m.type in {"NewsOutlet", "Organization"}]
        if lemma in {"cover", "report", "edit"} and _child(v, "dobj"):
            # "previously covered cloud computing at Gigaom": a newsroom NER does not know
            orgs += [m for h in heads for p in _pobjs(h, {"at"}) for m in r.ents(p) if m.type in {"Company", "Organization"}]
    elif lemma in P.WORK_VERBS | {"drive", "deliver"}:
        if lemma in {"drive", "deliver"} and not r.asserted(v):
            return
        orgs = [m for p in _pobjs(v, {"at", "for"} if lemma not in {"drive", "deliver"} else {"for"}) for m in r.ents(p)
                or ([x for c in _child(p, "poss") for x in r.ents(c)] if p.lemma_.lower() in _WORKPLACES else [])  # "works at Apple's store"
                or (_workplace_owner(r, p) if lemma == "work" else [])]  # "has worked at the warehouse": the company in view
        # "has worked for the past two years at Covalen": the place hung on the span of time
        orgs += [m for t in _pobjs(v, {"for", "in", "over"}) if t.lemma_.lower() in _SPANS for p in _pobjs(t, {"at", "for"}) for m in r.ents(p)]
        if lemma == "serve":
            # "served in the U.S. Navy", "served on the Federal Trade Commission"
            orgs += [m for p in _pobjs(v, {"in", "on"}) for m in r.ents(p) if m.type == "GovernmentAgency"]
        if lemma == "work":
            # "works on Google's cloud team", "in Amazon's devices division"
            orgs += [x for p in _pobjs(v, {"on", "in"}) if p.lemma_.lower() in {"team", "unit", "division", "group", "department", "organization", "organisation"}
                     for c in _child(p, "poss") for x in r.ents(c) if x.type in ORG_TYPES]
    if not orgs:
        return
    for p in r.agents(v):
        if p.type != "Person":
            continue
        for o in orgs:
            r.emit(p, "worksFor", o, v, 0.7, "work-verb")


TRIGGERS: dict[str, tuple[Callable, ...]] = {}


def _register(words, fn) -> None:
    for w in words:
        TRIGGERS[w] = TRIGGERS.get(w, ()) + (fn,)


_register(P.PETITION_VERBS | {"want", "direct", "instruct"}, petition_verb)
_register(P.LETTER_NOUNS - {"statement", "email", "message"}, letter_noun)
_register({"letter", "petition"}, letter_from)
_register({"sign", "co-sign", "cosign", "petition", "add", "put"}, sign_verb)
_register(_SIGNER_NOUNS | {"sign"}, named_signers)
_register({"write"}, write_to)
_register({"address", "send", "deliver", "direct"}, letter_addressed)
_register(P.PROTEST_VERBS, protest_verb)
_register({"campaign", "fight", "oppose", "resist", "battle"}, union_opposition)
_register(P.WALKOUT_VERBS, walkout_verb)
_register({"take"}, take_stance)
_register({"speak"}, speak_out)
_register({"push"}, push_back)
_register(P.CONCERN_VERBS, concern_verb)
_register(P.PROTEST_NOUNS | {"in", "ins", "picket"}, protest_noun)
_register(P.SUPPLY_VERBS | P.WITH_VERBS | P.CLIENT_OBJECT_VERBS | P.DEVELOP_VERBS | _FOR_CLIENT_VERBS | {"do", "compete", "win", "sign"}, supply_verb)
_register({"supply", "sell", "provide"}, misread_supply)
_register({"use", "adopt", "deploy", "hire", "pay", "run", "rely", "depend", "buy", "purchase", "procure", "acquire", "license", "rent", "lease", "retain", "engage", "order",
           "shift", "move", "transfer", "outsource", "give", "award", "hand", "send", "contract", "trial", "test", "pilot"} | _TASKING_VERBS, customer_verb)
_register(P.CONTRACT_NOUNS | P.PROVIDER_NOUNS | {"customer", "client", "hosting"}, contract_noun)
_register(P.INVESTIGATE_VERBS | {"look", "dig", "delve"}, investigate_verb)
_register(P.INVESTIGATION_NOUNS - {"review", "examination", "inspection"}, investigation_noun)
_register({"review", "examination", "scrutiny"}, under_review)


def inquiry_into(r: RelationReader, n) -> None:
    """``"a special labour inspection into Naver"``, ``"a review into Uber's practices"``: a
    review or inspection is an inquiry when it looks "into" someone."""
    if _pobjs(n, {"into"}) or n.dep_ == "dobj" and _pobjs(n.head, {"into"}):  # ("opened an inspection into X", the "into" on the verb)
        investigation_noun(r, n)
    elif n.lemma_.lower() == "inspection" and any(p.lemma_.lower() in _WORKPLACES and _child(p, "poss") for p in _pobjs(n, {"of"})):
        investigation_noun(r, n)  # "began the inspection of Naver's headquarters": of the premises' owner


_register({"review", "examination", "inspection"}, inquiry_into)
_register({"report", "analysis", "study", "survey", "assessment"}, finding_report)
_register({"question", "questioning", "scrutiny", "grilling"}, questioning)
_register({"ask"}, asked_about_criticism)
_register({"raid"}, raid_verb)
_register({"host", "power", "store"}, hosted_by)
#: Verbs of taking in a grievance: "said he understood employees' concerns".
_HEARD_VERBS = frozenset({"understand", "hear", "appreciate", "recognize", "recognise"})
#: What such verbs take in: the grievance itself, not the letter that carries it.
_HEARD_NOUNS = frozenset({"concern", "complaint", "grievance", "frustration", "anger", "worry", "fear", "criticism", "point", "demand"})
_register(P.RESPOND_VERBS | _HEARD_VERBS | _GRANT_VERBS | {"write", "push", "dispute", "deny", "refute", "rebut", "contest", "apologize", "apologise", "agree"},
          respond_verb)
_register({"ask"}, asked_about)
_register({"apology"}, apology_noun)


#: Those a meeting is held with, named by what they did: "met with the organizers".
_MET_CRITICS = frozenset({"organizer", "organiser", "protester", "demonstrator", "signatory", "signer", "activist", "critic", "striker", "petitioner"})


def _posts(r: RelationReader, a: M) -> set[str]:
    """``a`` and the organisations the article has it lead or work for."""
    return {a.name} | {c.obj.name for c in r.out if c.pred in {"leads", "worksFor"} and c.subj.name == a.name and isinstance(c.obj, M)}


def _opposed(r: RelationReader, o: M, mine: set[str], before: int) -> bool:
    """``o`` protested or petitioned one of ``mine`` before token ``before``."""
    return any(c.pred in {"protested", "petitioned"} and c.subj.name == o.name and isinstance(c.obj, M) and c.obj.name in mine and c.trigger < before
               for c in r.out)


def met_critics(r: RelationReader, v) -> None:
    """``"Zuckerberg and Sandberg met with the boycott's organizers"``, ``"Karp met with groups
    of the signatories"``: meeting those who protested or petitioned you answers them (see
    :func:`heard_critics`)."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    met = []
    for x in _pobjs(v, {"with"}) + _child(v, "dobj"):
        for q in [x, *x.conjuncts]:
            if q.lemma_.lower() in {"group", "representative", "member", "dozen"}:
                q = next(iter(_pobjs(q, {"of"})), q)  # "groups of the signatories"
            found = [m for m in r.ents(q) if m.type in {"EmployeeGroup", "AdvocacyGroup", "Person"}]
            if not found and q.lemma_.lower() in _MET_CRITICS and q.tag_ == "NNS":
                # the signers of the letter last named, else whoever last protested or petitioned
                found = [_here(m, q) for m in r.letter_authors] if q.lemma_.lower() in {"signatory", "signer"} else []
                found = found or ([_here(r.raisers[-1], q)] if r.raisers else _raised(r, q))
            met += found
    r.hearings += [(a, o, v.i, "met-critics") for a in r.agents(v) if a.type in {"Person", "Company"} for o in _dedupe(met)]


def fielded_questions(r: RelationReader, v) -> None:
    """``"Kalanick took questions from employees"``, ``"faced questions from staff angry about
    X"``: answering those who asked (see :func:`heard_critics`)."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    # (the "from" hung on the noun or on the verb)
    asked = [p for o in _child(v, "dobj") if o.lemma_.lower() in {"question", "query"} for p in _pobjs(o, {"from"}) + _pobjs(v, {"from"})]
    askers = [m for p in asked for q in [p, *p.conjuncts] for m in r.ents(q) if m.type in {"EmployeeGroup", "AdvocacyGroup", "Person"}]
    r.hearings += [(a, o, v.i, "fielded-questions") for a in r.agents(v) if a.type in {"Person", "Company"} for o in askers]


def heard_critics(r: RelationReader) -> None:
    """A meeting or questions answer those who opposed or petitioned the one heard, or its
    organisation, earlier in the article, or its own staff asking."""
    for a, o, at, rule in r.hearings:
        posts = _posts(r, a)
        # (a chief meeting the own staff answers them only where they asked something)
        if o.name != a.name and (rule == "fielded-questions" and o.anchor in posts or _opposed(r, o, posts, at)):
            r.emit(a, "respondedTo", o, at, 0.6, rule)


def referred_to(r: RelationReader, v) -> None:
    """``"CHOICE referred the retailers to the OAIC"``: reporting a party to a regulator opposes
    the party and puts the matter to the regulator."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    authorities = [m for p in _pobjs(v, {"to"}) for m in r.ents(p) if m.type == "GovernmentAgency"]
    parties = [m for o in _child(v, "dobj") for q in [o, *o.conjuncts] for m in r.ents(q) if m.type in {"Company", "Organization"}]
    if not authorities or not parties:
        return
    for a in r.agents(v):
        if a.type in ACTORS:
            for t in parties:
                r.emit(a, "protested", t, v, 0.65, "referral")
            for g in authorities:
                r.emit(a, "petitioned", g, v, 0.65, "referral")


_register({"refer", "report"}, referred_to)
_register({"meet"}, met_critics)
_register({"take", "field", "face", "answer", "address"}, fielded_questions)
_register({"customer", "client", "contractor", "vendor", "supplier", "provider"}, vendor_noun)
_register({"defend", "justify"}, defend_verb)
_register(P.RETREAT_VERBS | {"renew", "extend", "pursue", "bid"}, retreat)
_register(P.FORCE_VERBS, force_verb)
_register({"disagree", "contest", "appeal", "dispute", "challenge"}, dispute_verb)
_register({"sit", "serve"}, board_seat)
_register({"tell", "email", "answer", "assure", "reassure", "update", "thank", "write", "say", "post", "explain",
           "defend", "justify", "insist", "argue", "reiterate", "stress", "emphasize", "emphasise", "clarify", "acknowledge", "apologize", "apologise", "announce", "admit", "respond", "reply",
           "send", "circulate", "distribute", "share", "issue"}, address_staff)
_register({"response", "reply", "answer"}, response_noun)
_register({"say", "tell", "add", "write", "state"}, statement_reply)
_register({"say", "state", "tell", "add", "explain", "maintain", "insist", "contend", "argue"}, explained_dismissal)
_register({"lead", "head", "run", "chair", "oversee", "direct", "co-lead", "colead", "co-led"}, lead_verb)  # founding an organisation is no role in it
_register(P.WORK_VERBS | P.JOIN_VERBS | {"be", "leave", "quit", "drive", "deliver", "employ"}, work_verb)


# -- roles, groups, products, parts ------------------------------------------------------------

#: Public bodies whose members hold a seat: "a member of the City Council".
_ELECTED_BODIES = frozenset({"council", "commission", "congress", "senate", "house", "assembly", "legislature", "parliament"})


def _is_title(t) -> bool:
    lemma = t.lemma_.lower()
    if lemma == "member" and t.tag_ == "NN" and any(c.lower_ == "board" for c in t.children if c.dep_ == "compound"):
        return True  # "an Uber board member"
    if _council_member(t):
        return True  # "Council Member Mike Siegel": a seat on the council in view
    if lemma == "member" and t.tag_ == "NN" and any(p.lemma_.lower() in _ELECTED_BODIES for p in _pobjs(t, {"of"})):
        return True  # "a member of the Detroit City Council": a seat on a public body
    if lemma == "member" and any(p.lemma_.lower() in _UNIT_WORDS and _child(p, "poss") for p in _pobjs(t, {"of"})):
        return True  # "a former member of Pinterest's public policy team": on the staff
    if lemma in {"republican", "democrat", "member"} and any(c.dep_ in {"amod", "compound"} and c.lower_ in {"top", "ranking", "senior"} for c in t.children) \
            and any(c.dep_ == "poss" for c in t.children):
        return True  # "the committee's top Republican", "the panel's ranking member": a seat on it
    if lemma == "speaker" and any(any(w.lower_ in _ELECTED_BODIES for w in p.subtree) for p in _pobjs(t, {"of"})) \
            and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children):
        return True  # "the speaker of the New York City Council" (not "a speaker at the conference")
    if lemma == "general" and any(c.dep_ == "compound" and c.lower_ == "inspector" for c in t.children):
        # "the inspector general for the Police Commission", "the OIG's deputy inspector general" (not
        # "the DHS inspector general", who heads the department's office of inspector general)
        return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in {"for", "of", "at"} for c in t.children)
    return t.pos_ in {"NOUN", "PROPN"} and (lemma in P.ROLE_NOUNS or lemma in P.LEAD_TITLES or lemma == "officer" or t.lower_ == "ceo")


def _one_of_commissioners(t, org: M) -> bool:
    """A commissioner of a body named a commission is one of its several members ("FTC
    Commissioner Rohit Chopra", "the competition commissioner at the European Commission"); a
    police commissioner runs the force."""
    return t.lemma_.lower() == "commissioner" and org.name.split()[-1].lower() in {"commission", "commissions"}


#: Units inside an organisation whose head is not the organisation's: "a practice group leader".
_UNIT_WORDS = frozenset({"group", "team", "practice", "unit", "division", "department", "product", "program", "programme", "project",
                         "section", "desk", "lab", "engineering", "research", "policy", "communications", "marketing", "sales"})


def _is_lead_title(t) -> bool:
    lemma = t.lemma_.lower()
    left = {c.lower_ for c in t.children if c.i < t.i and c.dep_ in {"amod", "compound", "nmod", "advmod"}}
    left |= {x.lower_ for c in t.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < t.i for x in c.subtree}
    if t.i > 0 and t.doc[t.i - 1].dep_ in {"compound", "amod"} and t.doc[t.i - 1].head.i == t.head.i and t.dep_ == "compound":
        left.add(t.doc[t.i - 1].lower_)  # "Chief Executive Sundar Pichai": both words hung on the name
    if lemma == "director" and left == {"managing"} and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and _pobjs(t, {"of"}):
        return True  # "the managing director of Google Israel" runs it; "a managing director at a bank" does not
    if lemma == "partner" and "managing" in left and left <= {"managing", "global", "worldwide"} and (
            any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or any(c.dep_ == "poss" for c in t.children)
            or t.dep_ == "appos" and not any(c.dep_ == "det" for c in t.children)):
        return True  # "McKinsey's global managing partner", "Jane Roe, managing partner at X" heads the firm
    if lemma == "editor" and any(p.lower_ == "chief" for p in _pobjs(t, {"in"})):
        return True  # "the magazine's editor in chief"
    if lemma in {"president", "secretary"} and "general" in left and not left & (P.SUBORDINATE_MODIFIERS - {"general", "executive"}):
        # a union's "General President", "General Secretary" leads it (not "a general secretary
        # of the union in Karnataka", one of several)
        return not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
    if lemma == "executive" and "chief" in left and left <= {"chief", "global", "group", "worldwide"}:
        return True  # "Fujitsu's global chief executive" heads it all
    hyphened = t.i > 1 and t.doc[t.i - 1].text in _HYPHENS and t.doc[t.i - 2].lower_ in P.SUBORDINATE_MODIFIERS | {"vice"}  # "vice-president"
    if left & P.SUBORDINATE_MODIFIERS - {"executive"} or lemma in {"vice"} or hyphened or t.i > 0 and t.doc[t.i - 1].lower_ in P.SUBORDINATE_MODIFIERS - {"executive"}:
        return False
    if lemma in {"leader", "head", "lead", "director", "manager"} and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in _UNIT_WORDS for c in t.children):
        return False  # "a practice group leader at the firm", "the team lead": the head of a unit of it
    if t.lower_ == "ceo" or lemma == "ceo":
        return True
    if lemma == "commander" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON":
        return False  # "Navy Commander Tim Hawkins": a rank before the name; "the commander of X" leads it
    if lemma == "speaker":
        return _is_title(t)  # the speaker of a council or house presides over it
    if lemma in {"commissioner", "director", "secretary"} and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children):
        return False  # "a commissioner at the FTC", "a director at Google": one of several
    if lemma in {"executive", "officer"}:
        return "chief" in left and (lemma == "executive" or "executive" in left)
    if lemma in {"chief"}:
        # "Google Cloud chief Diane Greene", "AWS chief Andy Jassy"; not "chief of staff" nor
        # "chief scientist"
        mods = [x for c in t.children if c.i < t.i and c.dep_ in {"compound", "amod", "nmod", "poss"} for x in c.subtree]
        named_next = t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON"  # "Detroit Police Chief James Craig"
        return ((t.pos_ == "NOUN" or t.pos_ == "PROPN" and named_next) and not any(c.dep_ in {"prep", "poss"} for c in t.children)
                and all(x.pos_ == "PROPN" for x in mods))
    if "executive" in left and lemma not in {"chairman", "chairwoman", "chair", "chairperson", "director"}:
        return False  # "executive director" and "executive chair" head an organisation
    if lemma in {"director", "head"} and any(c.dep_ in {"compound", "amod"} and c.pos_ == "NOUN" and c.text.islower()
                                             and c.lower_ not in {"acting", "interim", "former", "founding", "executive"} for c in t.children if c.i < t.i):
        return False  # "its communications director", "the policy head": a function, not the organisation
    return lemma in P.TOP_TITLES


#: Bodies with leaders of their own, named after an organisation: "the Samsung union".
_BODIES_OF_THEIR_OWN = frozenset({"union", "guild", "chapter", "caucus", "council", "committee", "coalition", "association", "local"})


def _newsroom_job(t) -> bool:
    """A job at a news outlet: "reporter", "editor-in-chief", "publisher"."""
    return t.lemma_.lower() in _NEWSROOM_JOBS or t.lower_ in {"editor-in-chief", "publisher"}


#: Newsroom jobs whose relative clause says where the beat is covered ("a reporter who has covered AI at The Verge").
_NEWSROOM_JOBS = frozenset({"reporter", "writer", "editor", "correspondent", "columnist", "journalist", "producer", "anchor"})


#: Spelling variants of a ministry's field: "Labour Minister" heads the "Ministry of Labor".


def _ministry(r: RelationReader, t) -> M | None:
    """The ministry a minister's title names by its field (``"Labour Minister Yolanda Díaz"``,
    ``"Hesse's interior minister"``, ``"the minister of labour"``): a ministry or department
    the article names with that field word."""
    fields = [c for c in t.children if c.dep_ in {"compound", "amod"} and c.i < t.i and c.is_alpha and not c.ent_type_ in {"GPE", "NORP", "PERSON"}]
    fields += [x for c in t.children if c.dep_ == "prep" and c.lower_ in {"of", "for"} for p in c.children if p.dep_ == "pobj" for x in [p, *p.conjuncts]]
    k = t.i - 1
    while k >= 0 and t.i - k <= 4 and (t.doc[k].is_title and t.doc[k].is_alpha or t.doc[k].lower_ == "and") and t.doc[k].ent_type_ not in {"GPE", "NORP", "PERSON"}:
        fields.append(t.doc[k])  # "Union Labour and Employment Minister X": the field words before the title, however parsed
        k -= 1
    words = {w.lower_ for w in fields} - {"prime", "former", "deputy", "junior", "then", "chief", "first", "state"}
    words = _with_field_variants(words)
    if not words:
        return None
    # ("Hesse's interior minister": a ministry of that place, not the federal one)
    places = {x.lower_ for c in t.children if c.dep_ in {"poss", "compound", "amod"} and c.ent_type_ in {"GPE", "NORP"} for x in c.subtree if x.is_alpha}
    cands = [m for m in r.de.mentions if m.type == "GovernmentAgency" and {"ministry", "department"} & set(m.name.lower().split())
             and words & set(re.findall(r"[a-z]+", m.name.lower().replace("'s", "")))
             and (not places or places & set(m.name.lower().replace("'s", "").split()))]
    if not cands:
        return None
    before = [m for m in cands if m.start < t.i]
    m = before[-1] if before else cands[0]
    return M(t.i, t.i + 1, t.text, m.name, m.type)


#: Titles of one who holds a public office named after the title: "the Information Commissioner".
_OFFICE_TITLES = frozenset({"commissioner", "ombudsman", "ombudsperson", "auditor", "registrar", "controller", "comptroller"})


def office_holders(r: RelationReader) -> None:
    """``"the European Ombudsman, Emily O'Reilly"``, ``"Jane Roe, the Privacy Commissioner of
    Canada"``, ``"European Ombudsman Emily O'Reilly"``: a public office named after the one who
    holds it, and its holder named beside it, leads it."""
    doc = r.doc
    offices = [m for m in r.de.mentions if m.type == "GovernmentAgency" and m.end > m.start
               and m.name.split()[-1].lower() in _OFFICE_TITLES | {"general"} and doc[m.end - 1].text[:1].isupper()]
    for o in offices:
        root = doc[o.start:o.end].root
        near = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        if root.dep_ == "compound" and root.head.i == o.end and doc[o.end].pos_ == "PROPN":
            near.append(root.head)  # "European Ombudsman Emily O'Reilly"
        for x in near:
            for p in r.ents(x):
                if p.type == "Person" and x.i in range(p.start, p.end):
                    r.emit(p, "leads", o, x, 0.8, "office-holder")


def _office_of_title(r: RelationReader, t) -> list[M]:
    """The public office an office-holder's title names: "the UK Information Commissioner" heads
    the "Information Commissioner's Office", "the Australian Information Commissioner" the
    "Office of the Australian Information Commissioner"."""
    words = [x for x in t.subtree if x.i <= t.i and x.dep_ in {"compound", "amod", "nmod"} or x.i == t.i]
    words = [x for x in words if x.text[:1].isupper()]
    for k in range(len(words) - 1):
        phrase = " ".join(x.text for x in words[k:])
        for name in (f"{phrase}'s Office", f"Office of the {phrase}"):
            entry = r.gaz_lookup(name)
            if entry is not None and entry.type == "GovernmentAgency":
                return [M(t.i, t.i + 1, t.text, entry.name, entry.type)]
    return []


def _names_the_unit(r: RelationReader, p, found: list[M]) -> bool:
    """Whether a name found in the phrase of the unit noun ``p`` is the unit itself, not its
    owner the possessive names: "head of Facebook's WhatsApp service", "head of Uber's French
    subsidiary, Uber France"."""
    owners = {m.name for x in p.children if x.dep_ == "poss" for m in r.ents(x)}
    return any(m.name not in owners and m.start > p.left_edge.i for m in found)


def _title_orgs(r: RelationReader, t, depth: int = 0) -> list[tuple[M, str]]:
    """Organisations a role noun is held at: ``"CEO of X"``, ``"X's reporter"``, ``"X
    spokesperson"``, ``"reporter at X"``, ``"manager for X's team"``."""
    out: list[tuple[M, str]] = []
    if t.lemma_.lower() == "minister":
        # a minister heads the ministry of the field the title names, and no organisation the
        # field word may look like ("Industrial Relations Minister", "Labour Minister")
        ministry = _ministry(r, t)
        return [(ministry, "of")] if ministry is not None else [
            (m, "of") for c in t.children if c.dep_ == "prep" and c.lower_ in {"of", "for"} for p in c.children for m in r.ents(p) if m.type == "GovernmentAgency"]
    if not any(c.dep_ == "prep" for c in t.children) and t.i + 1 < len(t.doc):
        nxt = t.doc[t.i + 1]
        if nxt.dep_ == "prep" and nxt.lower_ in {"at", "for"}:
            out += [(m, nxt.lower_) for p in nxt.children if p.dep_ == "pobj" for m in r.ents(p) if m.type in ORG_TYPES]
    for c in t.children:
        # ("a former Cognizant moderator": a name the tagger took for its adjective)
        named_amod = c.dep_ == "amod" and c.i < t.i and c.text[:1].isupper() and any(m.start == c.i for m in r.de.by_tok.get(c.i, ()))
        if c.dep_ in {"poss", "compound", "nmod"} or named_amod:
            found = [(m, "compound" if named_amod else c.dep_) for m in r.ents(c) if m.type in ORG_TYPES | {"EmployeeGroup"}]
            if c.dep_ == "poss" and c.lower_ in {"its", "their"} and _newsroom_job(t) \
                    and not any(m.type == "NewsOutlet" for m, _ in found):
                # "netzpolitik.org reported ... Its editor-in-chief X said": the outlet just named
                outlet = r.last_outlet(t)
                found = [(outlet, "poss")] if outlet is not None else found
            if not found and c.dep_ == "compound" and c.lemma_.lower() in _WORKPLACES | {"delivery", "retail", "fulfillment", "fulfilment"}:
                # "an Amazon warehouse associate": the company that names the workplace
                found = [(m, "compound") for cc in c.children if cc.dep_ in {"compound", "poss"} for m in r.ents(cc) if m.type in ORG_TYPES]
            out += found
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in {"of", "at", "for", "with", "in", "within", "inside", "on"}:
            for p in c.children:
                if p.dep_ != "pobj" or c.lower_ == "on" and p.lemma_.lower() not in P.PART_NOUNS and not any(
                        m.name in r.de.parents for m in r.de.at(p.i)):  # "a program manager on Apple Maps"
                    continue
                found = [m for m in r.ents(p) if m.type in ORG_TYPES | {"EmployeeGroup"}]
                k = p.i + 1
                if not found and p.lemma_.lower() in P.PART_NOUNS and k + 1 < len(p.doc) and p.doc[k].text == ",":
                    # "the CEO of Google's cloud division, Google Cloud": the unit named after the
                    # comma, however the parser hung it
                    named = [m for m in r.de.at(k + 1) if m.start == k + 1 and m.type in ORG_TYPES]
                    if named and (named[0].end >= len(p.doc) or p.doc[named[0].end].text in {",", ".", ";", ")"}):
                        found = named[:1]
                if c.lower_ == "of" and p.lemma_.lower() in _FUNCTIONS and p.tag_ == "NN" and not any(m.end - 1 == p.i for m in r.de.at(p.i)):
                    # "Palantir's head of U.S. government business": head of a line of work, not of
                    # the client named in it, nor of the whole company ("the vice president of AWS's
                    # public sector business" works for AWS)
                    out += [(m, "nested") for q in _child(p, "poss") for m in r.ents(q) if m.type in ORG_TYPES]
                    out.append((None, "of-nonorg"))
                    continue
                if found and c.lower_ == "of" and p.lemma_.lower() in P.PART_NOUNS and not r.de.by_tok.get(p.i) and any(
                        x.dep_ == "amod" or x.dep_ == "poss" and (x.pos_ == "PRON" or r.ents(x)) for x in p.children) \
                        and not _names_the_unit(r, p, found):
                    # "the director of the agency's regional office": head of a unit, not of the agency
                    # (but "the director of the children's advocacy group Fairplay" heads Fairplay)
                    out += [(m, "nested") for m in found]
                    continue
                if c.lower_ == "on":
                    # "an engineer on X's misinformation team", "on the X Maps team": the company
                    units = {m.name for m in found}
                    owners = [m for q in p.children if q.dep_ in {"poss", "compound"} for m in r.ents(q) if m.type in ORG_TYPES and m.name not in units]
                    owners += [M(m.start, m.end, r.de.parents[m.name], r.de.parents[m.name], "Company") for m in found if m.name in r.de.parents]
                    found = owners
                    if not found:
                        continue
                if not found and c.lower_ in {"for", "of"} and not _is_lead_title(t):
                    # "the corporate vice president for Microsoft 365": the maker of the product
                    for m in r.ents(p):
                        if m.type == "Product":
                            found += [x for x in r.makers(m) if x.type == "Company"] or [
                                M(m.start, m.end, n, n, "Company") for n in [_company_named(r, m.text.split()[0]) or _company_named(r, m.name.split()[0])] if n]
                if _is_title(p) and depth < 2:
                    out += [x for x in _title_orgs(r, p, depth + 1) if x[0] is not None]
                if not found and c.lower_ == "of" and p.lemma_.lower() in _BODIES_OF_THEIR_OWN:
                    # "co-leader of the SUD Commerce union": a body named by its own name (not
                    # "the Samsung union", a company's)
                    # (one capitalised word is more often a company's: "the Hyundai union")
                    found = [m for x in _child(p, "compound") for m in r.de.at(x.i) if m.type in {"Organization", "AdvocacyGroup"} and m.end == p.i
                             and (m.end - m.start > 1 or r.doc[m.start].is_upper)]
                    if p.lemma_.lower() == "council":
                        # "the chair of the BMA council": the governing council's chair heads the body
                        found = [m for x in _child(p, "compound", "amod") if x.text[:1].isupper() for m in r.de.at(x.i) if m.type in ORG_TYPES]
                if not found and not (c.lower_ == "of" and p.lemma_.lower() in _BODIES_OF_THEIR_OWN):
                    # "at BuzzFeed News covering labor": a name inside the object's compounds
                    # (not "president of the Samsung union", a body of its own)
                    found = _dedupe([m for x in p.doc[p.left_edge.i:p.i] if x.dep_ == "compound" or x.head.dep_ == "compound"
                                     for m in r.de.at(x.i) if m.type in ORG_TYPES])[:1]
                if not found and c.lower_ in {"at", "in"} and p.lemma_.lower() in _WORKPLACES and any(
                        x.dep_ in {"det", "poss"} and x.lower_ in {"the", "its", "that", "this"} for x in p.children):
                    # "a picker at the warehouse": the company the text is about
                    found = [_here(m, p) for m in r._salient_company(p)]
                if found:
                    out += [(m, c.lower_) for m in found]
                elif depth < 2:
                    out += [(m, "nested" if c.lower_ == "of" else c.lower_) for m, _ in _title_orgs(r, p, depth + 1)]
                    if c.lower_ == "of" and not found:
                        out.append((None, "of-nonorg"))
    for c in t.children:
        # "a reporter covering the games industry for X", "a senior reporter who has covered AI
        # for eight years at The Verge"
        if (c.dep_ == "acl" or c.dep_ == "relcl" and t.lemma_.lower() in _NEWSROOM_JOBS) and _lemma(c) in P.WORK_VERBS and depth == 0:
            for h in [c, *_child(c, "dobj")]:
                out += [(m, "at") for p in _pobjs(h, {"for", "at"}) for m in r.ents(p) if m.type in ORG_TYPES]
    if depth == 0 and any(how == "of" for m, how in out if m is not None):
        # "the CEO of Google and its parent company, Alphabet", parsed as a conjunct of the title:
        # a second organisation the title is held at
        for c in _child(t, "conj"):
            if not _is_title(c) and c.i > t.i:
                out += [(m, "of") for m in r.ents(c) if m.type in ORG_TYPES]
    # "the chairman of X's board", "a member of X's board": a seat at X
    return [(r.board_owner(m) or m, how) if m is not None else (m, how) for m, how in out]


#: Last words of the name of a public body's unit: "the Justice Department's Antitrust Division".
_AGENCY_UNIT_WORDS = frozenset({"division", "bureau", "office", "unit", "directorate", "section", "branch", "service", "administration"})

#: Workplaces that stand for the company in view: "a picker at the warehouse".
_WORKPLACES = frozenset({"warehouse", "store", "factory", "plant", "facility", "office", "headquarters", "campus", "studio", "site", "depot", "hub",
                         "shop", "restaurant", "cafe", "branch", "center", "centre"})


def _role_facts(r: RelationReader, person: M, titles: list, trigger, conf: float) -> None:
    all_titles = []
    for t in titles:
        all_titles.append(t)
        # "Tim Cook, Apple's CEO, and the organizers": a plural title is no one person's role
        # (not a conjoined title that names someone else: "chief executive X and chief operating officer Y")
        all_titles += [c for c in t.conjuncts if _is_title(c) and c.tag_ not in {"NNS", "NNPS"} and not any(
            m.type == "Person" and m.name != person.name and m.start > c.i for a in c.children if a.dep_ == "appos" for m in r.de.at(a.i)
            if a.i < person.start)]
    shared = []
    for t in all_titles:
        shared += [x for x in _title_orgs(r, t) if x[0] is not None]
    if not shared:
        # "X, Wayfair's co-founder and CEO": a possessor the parser hung on a split word
        first = min(all_titles, key=lambda t: t.i)
        j = first.i - 1
        while j >= 0 and r.doc[j].text not in {",", "(", ";", ":"} and r.doc[j].dep_ in {"poss", "case", "appos", "compound", "amod", "punct", "nmod"}:
            if r.doc[j].dep_ == "poss" or r.doc[j + 1].dep_ == "case" and r.doc[j + 1].lower_ in {"'s", "'"}:
                shared += [(m, "poss") for m in r.ents(r.doc[j]) if m.type in ORG_TYPES]
            if r.doc[j].dep_ == "case" and r.doc[j].lower_ in {"'s", "'"} and j > 0 and r.doc[j - 1].dep_ == "conj":
                # "Jassy and Intel's chief executive": the possessor parsed as a conjunct
                shared += [(m, "poss") for m in r.de.at(j - 1) if m.type in ORG_TYPES]
            j -= 1
    own = {t.i: [x for x in _title_orgs(r, t) if x[0] is not None] for t in all_titles}
    for t in all_titles:
        if t.lemma_.lower() in P.FOUNDER_TITLES or t.lower_ in P.FOUNDER_TITLES:
            # founding something is no role in it today ("co-founder and CMO": the CMO is); a
            # founder who still leads is named so ("who founded and leads X")
            continue
        orgs = _title_orgs(r, t)
        nonorg_of = any(m is None for m, _ in orgs)
        orgs = [x for x in orgs if x[0] is not None]
        if not orgs and len({m.name for ts in own.values() for m, _ in ts}) > 1:
            # "an Uber board member and the founder and chief executive of Thrive Global": a
            # title without its own organisation shares the nearest title's
            near = min((i for i in own if own[i]), key=lambda i: (abs(i - t.i), -i))
            orgs = own[near]
        if not orgs and t.dep_ == "conj" and _is_title(t.head) and t.head not in all_titles:
            # "Facebook chief executive X and chief operating officer Y": the organisation both serve
            orgs = [x for x in _title_orgs(r, t.head) if x[0] is not None]
        orgs = orgs or shared
        if not orgs and t.lemma_.lower() in _OFFICE_TITLES and r.gaz_lookup:
            orgs = [(m, "of") for m in _office_of_title(r, t)]  # "John Edwards, the UK Information Commissioner"
        if not orgs and t.lemma_.lower() == "secretary":
            # "Mark Esper, who became defense secretary"
            dept = _department(r, [c for c in t.children if c.dep_ in {"compound", "amod"} and c.i < t.i])
            orgs = [(dept, "compound")] if dept is not None else []
        if not orgs and t.lemma_.lower() not in P.TOP_TITLES and any(
                c.dep_ == "compound" and c.lemma_.lower() in _WORKPLACES | {"delivery", "fulfillment", "fulfilment", "retail"} for c in t.children):
            # "Jennifer Bates, a warehouse worker in Bessemer": the company whose warehouse it is
            orgs = [(_here(m, t), "compound") for m in r._salient_company(t)]
        if not orgs and t.i in r.de.title_company:
            org = r.de.title_company[t.i]
            r.emit(person, "leads" if _is_lead_title(t) else "worksFor", org, trigger, 0.6, "title-in-context")
            continue
        if t.lemma_.lower() in _NEWSROOM_JOBS and any(o.type == "NewsOutlet" for o, _ in orgs):
            # "the FT's Apple correspondent": the newsroom employs, the company is the beat
            orgs = [(o, via) for o, via in orgs if o.type == "NewsOutlet" or via != "compound"]
        for org, via in orgs:
            # (not a title shared with one held at a unit of the organisation: "president and chief
            # executive of the company's device division")
            lead = _is_lead_title(t) and not nonorg_of and via != "nested" and (via in {"of", "poss", "compound", "nmod"} or t.lemma_.lower() not in {"director"})
            if lead and t.lemma_.lower() in {"director", "head", "partner", "manager", "governor"} and any(c.lower_ in {"a", "an"} for c in t.children if c.dep_ == "det"):
                lead = False  # "a director of X" is one of several
            if lead and org.type == "Company" and any(c.dep_ in {"compound", "amod", "nmod"} and c.i < t.i and (
                    c.ent_type_ in {"GPE", "NORP", "LOC"} and c.lower_ not in {"us", "u.s.", "american"} and not any(m.type in ORG_TYPES for m in r.de.at(c.i))
                    or c.lower_ in {"regional", "country", "national", "local"})
                    for c in t.children):
                # "Deliveroo's UK managing director", "Fujitsu's Europe director": a region's, not the
                # company's (but "the firm's US chief executive" runs it at home)
                lead = False

            r.emit(person, "leads" if lead and not _one_of_commissioners(t, org) else "worksFor", org, trigger, conf, "role")
            if not lead and org.type == "Organization" and org.start >= 2 and r.doc[org.start - 1].lower_ in {"'s", "'"}:
                # "an engineer in Microsoft's AI Platform organization" works for Microsoft too
                for owner in r.de.at(org.start - 2):
                    if owner.type == "Company":
                        r.emit(person, "worksFor", _here(owner, r.doc[org.start - 2]), trigger, conf, "role")


#: Lines of work a title may head inside an organisation: "head of government business".
_FUNCTIONS = frozenset({"business", "operations", "sales", "policy", "affairs", "relations", "strategy", "marketing", "engineering",
                        "research", "communications", "partnerships", "security", "product", "products", "programs", "development"})


def _department(r: RelationReader, words: list) -> M | None:
    """The government department a secretary's title names: "Defense Secretary", "Homeland
    Security Secretary" -> the department the gazetteer knows by that name."""
    if not r.gaz_lookup or not words:
        return None
    name = " ".join(w.text for w in sorted(words, key=lambda w: w.i) if w.is_alpha and w.lower_ not in {
        "the", "former", "then", "acting", "u.s.", "us", "deputy", "assistant", "under", "principal", "interim"})
    if not name:
        return None
    for form in (f"Department of {name.title()}", f"{name.title()} Department"):
        entry = r.gaz_lookup(form)
        if entry is not None and entry.type == "GovernmentAgency":
            w = words[0]
            return M(w.i, w.i + 1, w.text, entry.name, entry.type)
    return None


def _comma_title(doc, person: M, de=None) -> list:
    """``"Jane Roe, Acme's chief executive, said"`` where the parser did not attach the
    apposition: a title phrase set off by commas right after the name (not one that ends a
    list of names: "Pichai, Greene and Alphabet's chief executive, Larry Page"); and
    ``"Alphabet's chief executive, Larry Page,"`` the other way round."""
    k = person.end
    before = person.start - 2
    if before >= 0 and doc[before + 1].text == "," and _is_title(doc[before]) and doc[before].tag_ in {"NN", "NNP"} \
            and doc[before].dep_ not in {"appos", "compound"} and (k >= len(doc) or doc[k].text in {",", ".", ";"}):
        return [doc[before]]
    if k + 2 >= len(doc) or doc[k].text != ",":
        return []
    j = k + 1
    while j < len(doc) and j - k <= 12 and doc[j].text not in {",", ";", ".", "(", ")"}:
        if doc[j].pos_ in {"VERB", "AUX"} or doc[j].is_space:
            return []
        if de is not None and any(m.type == "Person" for m in de.at(j)) or doc[j].ent_type_ == "PERSON":
            return []
        j += 1
    if j >= len(doc) or doc[j].text != "," or j == k + 1:
        return []
    last = doc[j - 1]
    return [last] if _is_title(last) and last.dep_ not in {"appos"} else []


#: Verbs that give their object a title: "named X (as) chief executive".
_APPOINT_VERBS = frozenset({"name", "appoint", "reinstate", "install", "elect", "promote", "tap", "choose", "select", "hire", "restore"})


def appoint_verb(r: RelationReader, v) -> None:
    """``"the board named Jane Roe interim chief executive"``: an object predicate title."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    titles = [c for c in v.children if c.dep_ in {"oprd", "xcomp", "attr"} and _is_title(c)]
    if not titles:
        return
    people = [m for o in _child(v, "dobj", "nsubjpass") for m in r.ents(o) if m.type == "Person"]
    # "named Emmett Shear interim chief executive", parsed with the name inside the title
    people += [m for t in titles for c in t.children if c.dep_ in {"nmod", "compound"} for m in r.ents(c) if m.type == "Person"]
    for person in _dedupe(people):
        _role_facts(r, person, titles, v, 0.75)


_register(_APPOINT_VERBS - {"hire"}, appoint_verb)


def as_role(r: RelationReader, a) -> None:
    """``"as head of the company, Jassy ..."``, ``"after 15 years as a reporter for X"``."""
    if a.dep_ != "prep":
        return
    titles = [p for p in a.children if p.dep_ == "pobj" and _is_title(p)]
    if not titles:
        return
    v = a.head
    for _ in range(4):
        if v.pos_ in {"VERB", "AUX"}:
            break
        v = v.head
    if v.pos_ not in {"VERB", "AUX"}:
        return
    people = r.agents(v)
    if _lemma(v) in {"succeed", "replace"}:
        people += [m for o in _child(v, "dobj") for m in r.ents(o)]  # both held the title
    elif _lemma(v) == "take" and any(c.lower_ == "over" for c in _child(v, "prt", "advmod", "prep")):
        # "took over as chief executive from Steve Ballmer": both held the title
        people += [m for x in [v, *_child(v, "prt", "advmod", "prep"), *titles] for p in _pobjs(x, {"from"}) for m in r.ents(p)]
    elif _lemma(v) in _APPOINT_VERBS:
        # "the board reinstated him as chief executive": the one appointed holds the title
        people = [m for o in _child(v, "dobj", "nsubjpass") for m in r.ents(o)]
    for person in people:
        if person.type == "Person":
            _role_facts(r, person, titles, a, 0.75)


def _untitled_conjuncts(root) -> list:
    """The people coordinated with ``root`` a plural title before it covers: not those with a
    title of their own ("co-CEOs A and B, Chief Financial Officer C")."""
    doc = root.doc
    out = []
    for cj in root.conjuncts:
        j = cj.i - 1
        titled = False
        while j > root.i and doc[j].lower_ not in {",", "and", "or", ";"}:
            titled = titled or _is_title(doc[j])
            j -= 1
        if not titled:
            out.append(cj)
    return out


#: Newsroom jobs a credit line names: "AP writers X and Y contributed to this report."
_CREDIT_ROLES = frozenset({"writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists",
                           "photographer", "photographers", "researcher", "researchers"})


def contributor_lines(r: RelationReader) -> None:
    """``"Associated Press writers Jane Roe and Tom Vance contributed to this report."``: a credit
    line, read by the order of its words (the parser often takes the plural job for a verb)."""
    doc, de = r.doc, r.de
    for s0, e0 in de.unit_bounds:
        outlet = next((m for m in de.at(s0) if m.type == "NewsOutlet" and m.start == s0), None)
        if outlet is None:
            continue
        i = outlet.end
        while i < e0 and doc[i].lower_ in {"staff", "senior", "contributing", "national", "foreign", "special"}:
            i += 1
        if i >= e0 or doc[i].lower_ not in _CREDIT_ROLES:
            continue
        role = doc[i]
        people, i = _people_listed(r, i + 1, e0, {",", "and"}, sep_first=True)
        if people and i < e0 and doc[i].lemma_.lower() == "contribute":
            for p in people:
                r.emit(p, "worksFor", outlet, role, 0.8, "credit-line")
    # "Reuters reporting by Jane Roe in Oslo; Editing by Tom Vance": the wire's own staff, when the
    # line names the wire (the header's Source is no part of the text a fact may rest on)
    for s0, e0 in de.unit_bounds:
        while s0 < e0 and (doc[s0].is_punct or doc[s0].is_space):
            s0 += 1  # "(Reporting by ...)"
        opening = next((m for m in de.at(s0) if m.start == s0 and m.type == "NewsOutlet"), None) if s0 < e0 else None
        if opening is not None:
            s0 = opening.end - 1  # "Reuters reporting by ..."
            words = [t.lower_ for t in doc[s0 + 1:min(e0, s0 + 4)]]
        else:
            words = [t.lower_ for t in doc[s0:min(e0, s0 + 3)]]
        if not (words[:2] in (["reporting", "by"], ["editing", "by"], ["writing", "by"]) or words[:3] == ["additional", "reporting", "by"]):
            continue
        named = [m for m in de.mentions if s0 - 2 <= m.start < e0 and m.type == "NewsOutlet"]
        if not named:
            continue
        outlet = named[0]
        for m in de.mentions:
            if s0 <= m.start < e0 and m.type == "Person":
                r.emit(m, "worksFor", outlet, doc[s0], 0.75, "credit-line")


def _people_listed(r: RelationReader, i: int, end: int, seps: set[str], sep_first: bool = False) -> tuple[list[M], int]:
    """The people named one after another from token ``i`` ("Jane Roe, Tom Vance and Ana Ruiz"),
    and the token after them; a separator may open the list only when ``sep_first``."""
    people: list[M] = []
    while i < end:
        ms = [m for m in r.de.at(i) if m.type == "Person" and m.start == i]
        if ms:
            people.append(ms[0])
            i = ms[0].end
        elif r.doc[i].lower_ in seps and (people or sep_first):
            i += 1
        else:
            break
    return people, i


def bylines(r: RelationReader) -> None:
    """``"By Jane Roe, CBC News"``, ``"By Jane Roe and Tom Vance, Seattle Times business
    reporters"``: a byline that names the outlet says whom its writers work for (a bare "By Jane
    Roe" names none, whatever the page's header says)."""
    doc, de = r.doc, r.de
    for s0, e0 in de.unit_bounds:
        while s0 < e0 and (doc[s0].is_punct or doc[s0].is_space):
            s0 += 1
        if s0 + 2 >= e0 or doc[s0].lower_ != "by" or e0 - s0 > 16:
            continue
        people, i = _people_listed(r, s0 + 1, e0, {",", "and", "&"})
        outlets = [m for m in de.mentions if i <= m.start < e0 and m.type == "NewsOutlet"]
        if not people or not outlets or any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in doc[s0:e0]):
            continue  # (not "By then, the company had ...": a sentence, no byline)
        for p in people:
            r.emit(p, "worksFor", outlets[0], doc[s0], 0.8, "byline")


def person_roles(r: RelationReader) -> None:
    doc, de = r.doc, r.de
    anchors: list[tuple[M, object]] = []
    for m in de.mentions:
        if m.type == "Person":
            anchors.append((m, doc[m.start:m.end].root))
    for i, refs in de.coref.items():
        for m in refs:
            if m.type == "Person" and doc[i].pos_ == "PRON":
                anchors.append((m, doc[i]))
    for person, root in anchors:
        # "Amazon CEO Jeff Bezos", "Amazon spokesperson Kathleen Rohde", "Amazon's Jassy"
        window = []
        j = person.start - 1 if person.end > person.start else root.i - 1
        while j >= 0 and doc[j].dep_ in {"compound", "poss", "case", "amod", "nmod", "punct"} and (doc[j].dep_ in {"case", "punct"} or j <= doc[j].head.i <= root.i) and not doc[j].is_space and doc[j].text not in {",", "(", ")", ";", ":"}:
            window.append(doc[j])
            j -= 1
        if j > 0 and doc[j].dep_ in {"pobj", "conj"} and doc[j].text not in {",", "(", ")", ";", ":"}:
            # "Minister of Labour and Employment Chris Ngige": a title whose "of" phrase stands
            # between it and the name
            x = next((a for a in doc[j].ancestors if a.i < j and a.dep_ in {"nmod", "compound"} and a.head.i == root.i and _is_title(a)), None)
            if x is not None and all(doc[k].dep_ in {"prep", "pobj", "conj", "cc", "compound", "amod"} for k in range(x.i + 1, j + 1)):
                window.append(x)
        titles = [t for t in window if _is_title(t) and not de.by_tok.get(t.i) and t.lower_ not in P.FOUNDER_TITLES and t.lemma_.lower() not in P.FOUNDER_TITLES]
        words = [w.lower_ for w in sorted(window, key=lambda w: w.i) if not w.is_punct or w.text == "-"]
        if words[-2:] == ["attorney", "general"] and set(words[:-2]) <= {"u.s.", "us", "former", "then", "acting", "the", "-"} and r.gaz_lookup:
            # "Attorney General Merrick Garland" (no state before the title): the nation's, who heads
            # the Justice Department
            entry = r.gaz_lookup("Justice Department")
            # (a state's attorney general where the article names a state and not the department:
            # "Rhode Island's benefits portal ... Attorney General Peter Neronha")
            named = entry is not None and any(m.name == entry.name for m in de.mentions)
            state = not named and any(e.label_ == "GPE" and e.text.lower() in _US_STATES - {"washington"} for e in doc.ents)
            if entry is not None and entry.type == "GovernmentAgency" and not state:
                w = window[0]
                r.emit(person, "leads", M(w.i, w.i + 1, w.text, entry.name, entry.type), w, 0.75, "role")
            continue
        if titles:
            t = max(titles, key=lambda x: x.i)
            # (a minister's field is no organisation: "Labour Minister X" heads no Labour party)
            orgs = [m for w in window if w.i < t.i for m in de.at(w.i) if m.type in ORG_TYPES] if t.lemma_.lower() != "minister" else []
            orgs += [m for m, _ in _title_orgs(r, t) if m is not None]
            if not orgs and t.i > 0 and t.i == min(w.i for w in window) and doc[t.i - 1].pos_ == "PROPN":
                # "Accenture CEO Julie Sweet and CPL CEO Anne Heraty": a name the parser made a conjunct
                orgs = [m for m in de.at(t.i - 1) if m.type in ORG_TYPES and m.end == t.i]
            if not orgs and root.dep_ == "pobj" and root.head.lower_ == "under":
                # "the NLRB, under General Counsel Jennifer Abruzzo"
                orgs = [m for m in r.ents(root.head.head) if m.type in ORG_TYPES]
                u = root.head.i
                if not orgs and u >= 2 and doc[u - 1].text == ",":
                    orgs = [m for m in de.at(u - 2) if m.type in ORG_TYPES]  # the name before ", under"
            if t.lemma_.lower() == "secretary":
                # "Defense Secretary Jim Mattis": the secretary heads the department
                dept = _department(r, [w for w in window if w.i < t.i])
                if dept is not None:
                    orgs = [dept]
            if not orgs and t.lemma_.lower() in _OFFICE_TITLES and r.gaz_lookup:
                # "John Edwards, the UK Information Commissioner": the office the title names
                orgs = _office_of_title(r, t)
            if not orgs and t.i in de.title_company and (t.lower_ in P.COUNCIL_TITLES or _council_member(t)):
                r.emit(person, "worksFor", de.title_company[t.i], t, 0.6, "title-in-context")  # "Councilmember Jane Roe"
                for cj in _untitled_conjuncts(root) if t.tag_ == "NNS" else []:
                    for other in de.at(cj.i):  # "council members Jane Roe and Tom Vance"
                        if other.type == "Person":
                            r.emit(other, "worksFor", de.title_company[t.i], t, 0.6, "title-in-context")
            if not orgs and t.i in de.title_company and t.lower_ in STAFF_TITLES:
                r.emit(person, "worksFor", de.title_company[t.i], t, 0.6, "title-in-context")  # "Board member X", "former employee X"
            if not orgs and t.i in de.title_company and _local_office(doc, t) is not None:
                # "Mayor Daniel Biss", "Police Chief Carmen Best": the public body in view
                r.emit(person, "worksFor" if t.lower_ == "supervisor" else "leads", de.title_company[t.i], t, 0.6, "title-in-context")
            if not orgs and t.i in de.title_company and not _is_lead_title(t) and (t.lower_ in {"coo", "cto", "cfo", "cmo", "cio", "ciso", "cpo"} or t.lemma_.lower() == "officer") \
                    and not any(de.at(w.i) for w in window if w.i < t.i):
                r.emit(person, "worksFor", de.title_company[t.i], t, 0.6, "title-in-context")  # "COO Sheryl Sandberg"
            if not orgs and t.i in de.title_company and _is_lead_title(t) and t.lemma_.lower() in {"ceo", "co-ceo", "officer", "executive", "chairman", "chairwoman"} \
                    and not any(de.at(w.i) for w in window if w.i < t.i):
                r.emit(person, "leads", de.title_company[t.i], t, 0.6, "title-in-context")
                if t.tag_ in {"NNS", "NNPS"}:
                    # "former CEOs Bill Gates and Steve Ballmer": the plural title is each one's
                    for cj in _untitled_conjuncts(root):
                        for other in de.at(cj.i):
                            if other.type == "Person":
                                r.emit(other, "leads", de.title_company[t.i], t, 0.6, "title-in-context")
            if _newsroom_job(t) and any(o.type == "NewsOutlet" for o in orgs):
                orgs = [o for o in orgs if o.type == "NewsOutlet"]  # "Reuters Amazon reporter Jane Roe": the beat is no employer
            for org in _dedupe(orgs):
                lead = _is_lead_title(t) and not _one_of_commissioners(t, org)
                r.emit(person, "leads" if lead else "worksFor", org, t, 0.85, "role")
                if t.tag_ in {"NNS", "NNPS"}:
                    for cj in _untitled_conjuncts(root):
                        for other in de.at(cj.i):
                            if other.type == "Person":
                                r.emit(other, "leads" if lead else "worksFor", org, t, 0.85, "role")
        elif root.pos_ != "PRON":
            for w in window:
                if w.dep_ == "poss" and w.head.i == root.i:
                    for org in r.ents(w):
                        if org.type in ORG_TYPES:
                            r.emit(person, "worksFor", org, w, 0.6, "possessive")
        # apposition: "Andy Jassy, CEO of AWS", "the president, Jane Doe"
        span_toks = [doc[i] for i in range(person.start, person.end)] if person.end - person.start > 1 and root.pos_ != "PRON" else [root]
        titles = [c for t in span_toks for c in t.children if c.dep_ == "appos" and _is_title(c) and c.i not in range(person.start, person.end)
                  and c.tag_ not in {"NNS", "NNPS"}]
        if root.dep_ == "appos" and _is_title(root.head):
            # ("chief executive X and chief operating officer Y", Y hung on the first title: the
            # title right before the name is the person's own)
            own = doc[person.start - 1] if person.start > 0 else None
            own = own if own is not None and own.i > root.head.i and own.dep_ == "conj" and own.head.i == root.head.i and _is_title(own) else None
            titles.append(own if own is not None else root.head)
        elif (root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.dep_ == "prep" and _is_title(root.head.head.head)
              and root.head.head.head.i < root.head.i < person.start and doc[person.start - 1].text == ","):
            titles.append(root.head.head.head)  # "a spokesperson for Microsoft, Frank Shaw,"
        if not titles and root.pos_ != "PRON":
            # "Jane Roe and John Doe, two designers at Amazon": a plural title for the people coordinated
            first = _first_conjunct(root)
            if first.conjuncts:
                titles = [c for c in first.children if c.dep_ == "appos" and _is_title(c) and c.tag_ in {"NNS", "NNPS"} and c.i > max(x.i for x in first.conjuncts)]
        if not titles and root.pos_ != "PRON":
            titles = _comma_title(doc, person, de)
        if titles:
            _role_facts(r, person, titles, titles[0], 0.85)
        elif root.pos_ != "PRON":
            # "said Jane Roe of the ACLU", "Justice X of the Labour Court": one who works there
            # ("Mayor Jane Roe of Oakland", "CEO Jane Roe of X": the title before the name heads it)
            led = person.start > 0 and _is_title(doc[person.start - 1]) and _is_lead_title(doc[person.start - 1])
            ofs = _pobjs(root, {"of"})
            if not ofs and root.conjuncts and all(any(m.type == "Person" for m in de.at(c.i)) for c in root.conjuncts):
                # "Prof Jane Roe and Dr John Doe of the University of Essex": the "of" hung on the last name
                last = max(root.conjuncts, key=lambda c: c.i)
                ofs = _pobjs(last, {"of"}) if last.i > root.i else []
            for p in ofs:
                for org in r.ents(p):
                    if org.type in ORG_TYPES | {"EmployeeGroup"}:
                        r.emit(person, "leads" if led and org.type in ORG_TYPES else "worksFor", org, p.head, 0.7, "of-org")
        # "Jack Poulson, a former Googler", "she is a longtime Amazonian": one worker's employer
        for c in [c for t in span_toks for c in t.children if c.dep_ in {"appos"}] + [
                c for c in (root.head.children if root.dep_ == "nsubj" and root.head.lemma_ == "be" else []) if c.dep_ == "attr"]:
            if c.i in de.demonyms:
                employer = de.demonyms[c.i]
                entry = r.gaz_lookup(employer) if r.gaz_lookup else None
                r.emit(person, "worksFor", M(c.i, c.i + 1, employer, entry.name if entry else employer, entry.type if entry else "Company"), c, 0.8, "demonym")
        # relative clause: "X, who remains its chief executive", "X, who is the union's president"
        appos_nouns = [c for t in span_toks for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        for rc in [c for x in [root, *appos_nouns] for c in x.children if c.dep_ == "relcl" and c.lemma_.lower() in {"be", "become", "remain"}]:
            if any(x.lower_ in {"who", "that"} for x in _child(rc, "nsubj")) and r.asserted(rc):
                attrs = [c for c in rc.children if c.dep_ in {"attr", "acomp"} and _is_title(c)]
                if attrs:
                    _role_facts(r, person, attrs, rc, 0.8)
        # copula: "X is the president of Y", "she is Protocol's senior reporter"
        while root.dep_ == "appos" and (de.at(root.head.i) and de.at(root.head.i)[0].name == person.name
                                         or not de.at(root.head.i) and root.head.pos_ == "NOUN" and root.head.i < root.i):
            root = root.head  # "His colleague Ines Berg is ...": the name stands for the noun
        first = _first_conjunct(root)  # "Naomi Nix and Dina Bass are reporters for Bloomberg News"
        if first.dep_ == "attr" and first.head.lemma_.lower() in {"be", "remain"} and r.asserted(first.head):
            # "Voyager Labs, whose chief executive is Avi Korenblum", "Its president is Jane Roe"
            subj = [c for c in first.head.children if c.dep_ == "nsubj" and _is_title(c) and c.tag_ in {"NN", "NNP"}]
            if subj:
                _role_facts(r, person, subj, first.head, 0.8)
        if first.dep_ == "nsubj" and first.head.lemma_.lower() in {"be", "become", "remain"}:
            attrs = [c for c in first.head.children if c.dep_ in {"attr", "acomp"} and _is_title(c)]
            if not attrs and any(c.dep_ == "attr" and any(d.lower_ in {"a", "an"} for d in _child(c, "det")) for c in first.head.children):
                # "X is a platforms and communities reporter at Y": the job the parser split off
                attrs = [c for c in first.head.children if c.dep_ == "conj" and c.tag_ == "NN" and _is_title(c)]
            if attrs and r.asserted(first.head) and (first.i == root.i or attrs[0].tag_ in {"NNS", "NNPS"}):
                _role_facts(r, person, attrs, first.head, 0.85)


_ORGANIZER_WORDS = frozenset({"organizer", "organiser", "organizers", "organisers", "leader", "leaders", "co-organizer", "co-organiser"})


def organizers(r: RelationReader) -> None:
    """``"Jane Roe, one of the walkout's organizers"``, ``"The organizers include Jane Roe"``,
    ``"X, an organizer with the group"``: an organiser of the protest the article reports
    protested the company it is about."""
    doc, de = r.doc, r.de
    protest_at = [t.i for t in doc if t.lemma_.lower() in P.PROTEST_NOUNS or t.lemma_.lower() in {"walk", "sit-in"} and t.pos_ == "VERB"]
    if not protest_at:
        return
    for m in de.mentions:
        if m.type != "Person" or m.start >= len(doc):
            continue
        root = doc[m.start:m.end].root
        nouns = [c for c in root.children if c.dep_ == "appos"]
        nouns += [cj for x in list(nouns) for cj in x.conjuncts]
        first = _first_conjunct(root)
        if first.dep_ in {"dobj", "attr"}:
            h = first.head
            if h.lemma_.lower() == "include":
                nouns += _child(h, "nsubj")
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            nouns += _child(root.head, "attr")
        hits = []
        for n in nouns:
            word = n
            if n.lower_ == "one":
                word = next((p for p in _pobjs(n, {"of"}) if p.lower_ in _ORGANIZER_WORDS), None)
            if word is None or word.lower_ not in _ORGANIZER_WORDS and word.lemma_.lower() not in {"organizer", "organiser"}:
                continue
            if word.lemma_.lower() == "leader" and not any(x.lemma_.lower() in P.PROTEST_NOUNS for x in word.subtree):
                continue  # "a leader at the company" is no organiser
            of = _pobjs(word, {"of", "behind", "with"})
            if of and not any(x.lemma_.lower() in P.PROTEST_NOUNS | P.LETTER_NOUNS or any(y.type in {"EmployeeGroup", "AdvocacyGroup"} for y in r.ents(x))
                              for x in of):
                continue  # "an organizer of the conference"
            hits.append(word)
        if not hits or not any(i < hits[0].i or de.units[i] == de.units[hits[0].i] for i in protest_at):
            continue
        targets = r._salient_company(hits[0])
        g = de.dominant_group
        if not targets and g is not None and g.anchor:
            targets = [M(g.start, g.end, g.anchor, g.anchor, "Company")]
        for t in targets:
            r.emit(m, "protested", _here(t, hits[0]), hits[0], 0.6, "organizer")


def group_employers(r: RelationReader) -> None:
    # "No Tech for ICE, a coalition of Microsoft and Salesforce workers": a named movement
    # made of companies' workers works for those companies
    for m in r.de.mentions:
        if m.type != "EmployeeGroup" or m.workforce:
            continue
        root = r.doc[m.start:m.end].root
        # the apposition may hang on any word of the name ("No Tech for Apartheid, a campaign of ...")
        colls = [c for i in range(m.start, m.end) for c in r.doc[i].children
                 if c.dep_ == "appos" and c.i >= m.end and c.lemma_.lower() in P.COLLECTIVE_NOUNS | {"campaign", "movement", "union"}]
        for c in colls:
            for p in _pobjs(c, {"of"}):
                for g in _dedupe([g for q in [p, *p.conjuncts] for g in r.de.at(q.i)]):
                    if g.type == "EmployeeGroup" and g.anchor and g.explicit:
                        r.emit(m, "worksFor", M(g.start, g.end, g.anchor, g.anchor, "Company"), c, 0.75, "members")
    # "Amazon Employees for Climate Justice", "Tesla Workers United": a named group of a
    # company's workers that carries the company's name
    for m in r.de.mentions:
        if m.type != "EmployeeGroup" or m.workforce or {"union", "guild", "local"} & set(m.name.lower().split()):
            continue  # a union is its own organisation, whoever its members work for
        words = m.name.split()
        for k in range(1, len(words)):
            if words[k].lower().rstrip("s") in P.WORKER_NOUNS | {"staff"}:
                company = _company_named(r, " ".join(words[:k]))
                if company:
                    r.emit(m, "worksFor", M(m.start, m.end, company, company, "Company"), m.start, 0.75, "members")
                break
    seen = set()
    for i, groups in sorted(r.de.groups.items()):
        for g in groups:
            if g.explicit and g.anchor and (g.name, r.de.units[i]) not in seen:
                seen.add((g.name, r.de.units[i]))
                r.emit(g, "worksFor", M(g.start, g.end, g.anchor, g.anchor, "Company"), i, 0.9, "group")
    for m in r.de.mentions:
        if m.type == "EmployeeGroup" and m.anchor and (m.name, r.de.units[m.start]) not in seen:
            seen.add((m.name, r.de.units[m.start]))
            r.emit(m, "worksFor", M(m.start, m.end, m.anchor, m.anchor, "Company"), m.start, 0.85, "group")
    # "two Amazon employees, Maren Costa and Jamie Kowalski": the people named are the company's
    heads = sorted({**{i: gs for i, gs in r.de.groups.items()},
                    **{m.end - 1: [m] for m in r.de.mentions if m.type == "EmployeeGroup" and m.anchor and m.end > m.start}}.items())
    for i, groups in heads:
        t = r.doc[i]
        anchors = [g for g in groups if g.anchor]
        if len(anchors) != 1 or t.tag_ not in {"NNS", "NNPS"} or anchors[0].platform_members:
            continue
        g = anchors[0]
        # (... and "workers at Amazon, including Jane Roe")
        named = [m for c in _child(t, "appos") + _pobjs(t, {"including"}) for q in [c, *c.conjuncts] for m in r.de.at(q.i) if m.type == "Person"]
        # "Jane Roe and three other former Sama employees": the one named beside the others
        if any(c.lower_ == "other" for c in t.children if c.dep_ == "amod") and t.dep_ == "conj":
            named += [m for m in r.de.at(t.head.i) if m.type == "Person"]
        # "Jane Roe was one of four Google employees fired"
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "one" and t.head.head.dep_ == "attr" and r.asserted(t.head.head.head):
            named += [m for x in _child(t.head.head.head, "nsubj") for m in r.ents(x) if m.type == "Person"]
        for person in _dedupe(named):
            r.emit(person, "worksFor", M(g.start, g.end, g.anchor, g.anchor, "Company"), i, 0.75 if g.explicit else 0.65, "named-staff")


#: Nouns for whoever makes a product: "the iPhone maker", "the developer of League of Legends".
_MAKER_NOUNS = frozenset({"maker", "developer", "creator", "manufacturer", "publisher", "producer", "builder", "designer", "assembler", "supplier"})


def products(r: RelationReader) -> None:
    doc, de = r.doc, r.de
    companies_by_key = {}
    for m in de.mentions:
        if m.type != "Product":
            continue
        root = doc[m.start:m.end].root
        makers: list[M] = []
        # "Amazon Rekognition": a product named after its maker
        words = m.text.split()
        for k in range(1, len(words)):
            prefix = " ".join(words[:k])
            entry = companies_by_key.get(prefix)
            if entry is None:
                entry = _company_named(r, prefix)
                companies_by_key[prefix] = entry
            if entry:
                makers.append(M(m.start, m.end, entry, entry, "Company"))
        holders = [root]
        h, chain = root, []
        for _ in range(3):
            # "its Copilot AI assistant", "Microsoft's Azure cloud platform": the chain of
            # compounds a product noun is in
            if not (h.dep_ in {"compound", "nmod"} or h.dep_ == "amod" and (h.pos_ == "PROPN" or h.i == root.i)) or h.head.i <= h.i:
                break
            h = h.head
            chain.append(h)
        if any(x.lemma_.lower() in P.PRODUCT_NOUNS | {"project", "program", "programme", "initiative"} for x in chain):
            holders += chain
        elif chain and any(c.dep_ == "relcl" and c.lemma_.lower() in P.DEVELOP_VERBS and not _child(c, "dobj")
                           and any(sb.lower_ not in {"that", "which", "who"} for sb in _child(c, "nsubj"))
                           for x in [chain[-1], *chain[-1].conjuncts] for c in x.children):
            # "the Taser stun guns (and body cameras) it makes": what the one making them makes
            holders += [x for x in [chain[-1], *chain[-1].conjuncts] if any(c.dep_ == "relcl" for c in x.children)]
        elif chain and chain[-1].tag_ in {"NNS", "NN"} and any(c.dep_ == "poss" for c in chain[-1].children) \
                and chain[-1].lemma_.lower() not in _WORKPLACES | P.PART_NOUNS | {"station"}:
            # "Amazon's Echo smart speakers": the product's own kind of thing, whoever's it is
            holders.append(chain[-1])
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # "its two products, Gotham and Foundry": each of the list
        if first.dep_ in {"appos"} and first.head.lemma_.lower() in P.PRODUCT_NOUNS:
            holders.append(first.head)
        # "its apps, including Instagram and Threads", "games such as Wordle", "its products
        # include X": the product noun a listed example belongs to
        holders += [x for h in [root, *chain] for x in _listing_nouns(h)]
        # "Rekognition, an AWS service": the product noun in apposition names the maker
        holders += [c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in P.PRODUCT_NOUNS and c.i >= m.end]
        if m.end + 2 < len(doc) and doc[m.end].text == "," and not any(c.dep_ == "appos" for c in root.children):
            # "ChatGPT, the chatbot made by OpenAI, ...": an apposition the parser did not see
            noun = next((x for x in doc[m.end + 1:min(m.end + 5, len(doc))] if x.pos_ == "NOUN"), None)
            if noun is not None and noun.lemma_.lower() in P.PRODUCT_NOUNS and noun.left_edge.i == m.end + 1 and noun.head.i != root.i:
                holders.append(noun)
        if root.dep_ in {"oprd", "attr"} and root.head.dep_ == "acl" and root.head.head.lemma_.lower() in P.PRODUCT_NOUNS:
            holders.append(root.head.head)
        if root.dep_ == "nsubj" and root.head.lemma_ == "be" and r.asserted(root.head):
            # "Rekognition is a facial recognition service offered by AWS"
            holders += [a for a in _child(root.head, "attr") if a.lemma_.lower() in P.PRODUCT_NOUNS]
        if root.dep_ in {"nsubj", "nsubjpass"}:
            # "Sold by Fog Data Science, Fog Reveal has been used ...": a participle before the clause
            makers += [x for c in _child(root.head, "advcl") if c.tag_ == "VBN" and c.i < root.i and c.lemma_.lower() in _SELLER_VERBS
                       for a in _child(c, "agent") for p in _child(a, "pobj") for x in r.ents(p) if x.type in {"Company", "Organization"}]
        for h in holders:
            for c in h.children:
                if c.dep_ in {"poss", "compound"} and c.i not in range(m.start, m.end):
                    makers += [x for x in r.ents(c) if x.type in {"Company", "Organization"}]
                elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in P.DEVELOP_VERBS | {"offer", "sell", "market", "license"}:
                    makers += [x for a in _child(c, "agent") for p in _child(a, "pobj") for x in r.ents(p)]
                elif c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in P.DEVELOP_VERBS and c.i > 1 and doc[c.i - 1].text in _HYPHENS:
                    # "a Palantir-built tool", "an NSO-made spyware": the maker before the hyphen
                    makers += [x for x in r.de.at(c.i - 2) if x.type in {"Company", "Organization"} and x.end == c.i - 1]
                elif c.dep_ == "prep" and c.lower_ == "from" and h.i != root.i and h.dep_ == "appos" and h.lemma_.lower() in P.PRODUCT_NOUNS:
                    # "Digidog, a four-legged robot from Boston Dynamics"
                    makers += [x for p in _child(c, "pobj") for x in r.ents(p) if x.type == "Company"]
                elif c.dep_ == "relcl" and h.i != root.i and c.lemma_.lower() in P.DEVELOP_VERBS and r.asserted(c):
                    # "Zoom IQ, a product the company launched in April"
                    makers += [x for sb in _child(c, "nsubj") if sb.lower_ not in {"that", "which", "who"} for x in r.ents(sb)
                               if x.type in {"Company", "Organization"}]
            if h.i != root.i:
                makers += _holder_makers(r, h)
        # "Rekognition and other AWS features", "its Rekognition software and other AWS tools"
        for cj in [c for h in holders for c in h.conjuncts]:
            if cj.i > root.i and any(c.lower_ == "other" for c in cj.children) and cj.lemma_.lower() in P.PRODUCT_NOUNS:
                makers += [x for c in cj.children if c.dep_ in {"compound", "poss"} for x in r.ents(c) if x.type == "Company"]
        # "Apple, the iPhone maker", "Axon, the maker of the Taser stun gun" (and of the products
        # listed after it: "the publisher of Call of Duty, World of Warcraft and Overwatch")
        t = root
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
            inside = [x for x in r.de.at(t.i) if x.type == "Product" and x.end - x.start > 1]
            if inside:
                t = doc[inside[0].start:inside[0].end].root  # "Call of Duty, World of Warcraft": the name's head
        for _ in range(3):  # "the maker of the Roomba robot vacuum": up the compound chain
            if t.dep_ not in {"compound", "nmod"} or t.head.lemma_.lower() in _MAKER_NOUNS:
                break
            t = t.head
        if t.dep_ == "pobj" and t.head.lower_ in {"of", "behind"}:
            t = t.head
        if t.dep_ in {"compound", "nmod", "prep"} and (t.head.lemma_.lower() in _MAKER_NOUNS or t.lower_ == "behind" and t.head.lemma_.lower() in P.COMPANY_NOUNS | {"studio"}):
            maker = t.head  # "the maker of X", "the company behind X"
            heads = [maker.head] if maker.dep_ == "appos" else []
            if maker.dep_ == "attr" and maker.head.lemma_ == "be" and r.asserted(maker.head):
                heads += _child(maker.head, "nsubj")  # "OpenAI is the maker of ChatGPT"
            heads += [c for c in maker.children if c.dep_ == "appos"]
            found = [x for h in heads for x in r.ents(h) if x.type in {"Company", "Organization"}]
            if not found and not heads and r.makers(m):
                found = []  # "the maker of Pegasus": the maker the article has already named
            elif not found and not heads and any(c.dep_ == "det" and c.lower_ == "the" for c in maker.children):
                # "joined the iPhone maker": the company the text is about (most named so far,
                # and not one named before it in the same sentence: "left Google for the iPhone maker")
                unit = r.de.units[maker.i]
                counts = Counter(m.name for m in r.de.mentions if m.type == "Company" and m.end <= maker.i)
                here = {m.name for m in r.de.mentions if m.type == "Company" and r.de.units[m.start] == unit and m.start < maker.i}
                ranked = [n for n, _ in counts.most_common() if n not in here]
                if ranked and (len(ranked) == 1 or counts[ranked[0]] > counts[ranked[1]]):
                    found = [M(maker.i, maker.i + 1, maker.text, ranked[0], "Company")]
            makers += found
        for mk in _dedupe(makers):
            r.emit(mk, "develops", m, root, 0.8, "product")


#: Words that introduce examples of a noun: "apps including X", "games such as X", "tools like X".
_EXAMPLE_PREPS = frozenset({"including", "like", "as"})


def _listing_nouns(root, kinds: frozenset = P.PRODUCT_NOUNS) -> list:
    """The noun of a kind (a product noun unless told) of which ``root`` (a name) is a listed
    example: ``"its apps, including A and B"``, ``"games such as A"``, ``"tools like A"``,
    ``"its products include A"``."""
    t = root
    for _ in range(8):  # "including A, B and C": B and C hang off A
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    out = []
    if t.dep_ in {"pobj", "dobj"} and t.head.lower_ in _EXAMPLE_PREPS and t.head.dep_ == "prep":
        prep = t.head
        if prep.lower_ != "as" or any(c.lower_ == "such" for c in prep.children) or prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such":
            if prep.head.lemma_.lower() in kinds and prep.head.pos_ == "NOUN":
                out.append(prep.head)
    if t.dep_ in {"dobj", "attr"} and t.head.lemma_.lower() == "include":
        out += [x for x in _child(t.head, "nsubj") if x.lemma_.lower() in kinds and x.pos_ == "NOUN"]
    return out


def _holder_makers(r: RelationReader, noun) -> list[M]:
    """Who makes the products a listing noun stands for, besides its possessor: ``"X, with
    franchises including ..."`` (the company the "with" phrase describes) and ``"X sells games
    such as ..."`` (the subject of a verb of making or selling)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.dep_ != "prep":
        owner = noun.head.head
        for _ in range(3):  # "X is one of the largest makers, with franchises including ...": the subject
            if r.de.at(owner.i) or owner.pos_ not in {"NOUN", "NUM"} or owner.dep_ not in {"pobj", "attr"}:
                break
            owner = owner.head.head if owner.dep_ == "pobj" else owner.head
        if owner.pos_ in {"VERB", "AUX"}:
            return [x for x in r.agents(owner) if x.type in {"Company", "Organization"}] if r.asserted(owner) else []
        return [x for x in r.de.at(owner.i) if x.type in {"Company", "Organization"}]
    if noun.dep_ == "dobj" and _lemma(noun.head) in P.DEVELOP_VERBS | _SELLER_VERBS and r.asserted(noun.head):
        return [x for x in r.agents(noun.head) if x.type in {"Company", "Organization"}]
    return []


def _company_named(r: RelationReader, text: str) -> str | None:
    entry = r.gaz_lookup(text) if r.gaz_lookup else None
    return entry.name if entry is not None and entry.type == "Company" else None


#: Nouns that list a company's units: "its subsidiaries, including X".
_LISTED_UNITS = frozenset({"unit", "subsidiary", "division", "affiliate"})


#: Words of a labour union's name.
_UNION_NAME_WORDS = frozenset({"union", "workers", "guild", "teamsters", "federation", "brotherhood", "afl-cio", "unite"})


def _listed_before(r: RelationReader, comma: int) -> list[M]:
    """The names listed right before a comma: "ICE and CBP," gives both."""
    out, j = [], comma - 1
    while j >= 0:
        ms = r.de.at(j)
        if ms:
            out.append(ms[0])
            j = ms[0].start - 1
        elif r.doc[j].lower_ in {"and", ","} and out:
            j -= 1
        else:
            break
    return list(reversed(_dedupe(out)))


#: Nouns for a publisher's titles: "Condé Nast publications including Vogue".
_TITLE_NOUNS = frozenset({"publication", "magazine", "title", "brand", "outlet", "newspaper", "site", "website"})
#: Last words of the names of an organisation's programmes: "the ACLU's Speech, Privacy, and Technology Project".
_PROGRAM_WORDS = frozenset({"project", "program", "programme", "initiative", "clinic", "lab", "laboratory"})


#: Last words of the names of research centres and programmes a university may house.
_CENTRE_WORDS = frozenset({"institute", "lab", "laboratory", "labs", "center", "centre", "network", "project", "program",
                           "programme", "clinic", "initiative", "school"})
#: Words that name a university or an academic institute.
_ACADEMIC_WORDS = frozenset({"university", "college", "institute", "school", "polytechnic"})


def _possessed_unit(doc, de, i: int):
    """At token ``i``: ``"<Org>'s <words> <unit noun>"`` ("Google's Israeli subsidiary", "the
    Israel Defense Forces' elite signals intelligence unit"). The owner and the index after the
    unit noun, or None."""
    owner = next((m for m in de.by_tok.get(i, ()) if m.start == i and m.type in ORG_TYPES), None)
    if owner is None and doc[i].pos_ == "NOUN" and len({m.name for m in de.coref.get(i, ())}) == 1:
        # "the military's elite spy agency": the body the word refers to
        owner = next((_here(m, doc[i]) for m in de.coref[i] if m.type in ORG_TYPES), None)
    if owner is None or owner.end >= len(doc):
        return None
    # "a Pentagon advisory panel": a public body's name as a modifier, after "a"
    # ... and "Raven Software, an Activision studio": a company's name as a modifier
    compound = owner.type in {"GovernmentAgency", "Company"} and i > 0 and doc[i - 1].lower_ in {"a", "an"} and doc[owner.end].is_lower
    if doc[owner.end].tag_ != "POS" and not compound:
        return None
    units = _COMPANY_NAMED_UNITS if compound and owner.type == "Company" else _AGENCY_UNITS if owner.type == "GovernmentAgency" else _POSSESSED_UNITS
    j = owner.end + (not compound)
    while j < len(doc) and j - owner.end <= 6 and (doc[j].is_lower and doc[j].is_alpha or doc[j].text == "-" or doc[j].tag_ == "JJ" and doc[j].is_alpha) \
            and not de.by_tok.get(j):
        if doc[j].lemma_.lower() in units and doc[j].lower_ not in {"group", "organization", "business", "service"} \
                and (j + 1 >= len(doc) or doc[j + 1].is_punct or doc[j + 1].lower_ in {"that", "which", "who"} or compound and doc[j + 1].lower_ in {"in", "based"}):
            return owner, j + 1
        j += 1
    return None


def appositive_units(r: RelationReader) -> None:
    """``"Unit 8200, the Israel Defense Forces' elite signals intelligence unit"``, ``"Google's
    Israeli subsidiary, Google Israel"``: a name beside another's unit, read by word order (the
    parser often loses such appositions)."""
    doc, de = r.doc, r.de
    for m in de.mentions:
        if m.type not in ORG_TYPES:
            continue
        # the name first: "X, (the|a) Y's ... unit"
        k = m.end
        if k + 1 < len(doc) and doc[k].text == ",":
            k += 1 + (doc[k + 1].lower_ in {"the", "a", "an", "then"})
            found = _possessed_unit(doc, de, k) if k < len(doc) else None
            if found is not None and found[0].name != m.name:
                r.emit(m, "partOf", found[0], doc[found[1] - 1], 0.7, "appos-unit")
        # the unit first: "Y's ... unit, X"
        k = m.start - 1
        if k >= 2 and doc[k].text == "," and (m.end >= len(doc) or doc[m.end].is_punct):
            for s0 in range(max(0, k - 9), k - 1):
                found = _possessed_unit(doc, de, s0)
                if found is not None and found[1] == k and found[0].name != m.name:
                    r.emit(m, "partOf", found[0], doc[k - 1], 0.7, "appos-unit")
                    break


def parts(r: RelationReader) -> None:
    appositive_units(r)
    doc, de = r.doc, r.de
    # "Grindr United, which is affiliated with the Communications Workers of America": a union's
    # affiliation is membership of the larger union
    for v in doc:
        voted = v.dep_ == "xcomp" and v.head.lemma_.lower() in {"vote", "agree", "decide"} and v.lemma_.lower() in {"affiliate", "join"}
        if not (v.lemma_.lower() == "affiliate" and v.dep_ in {"relcl", "acl"} or voted) or not r.asserted(v.head if voted else v):
            continue  # (a vote taken is the decision made, not an intention)
        # "which is affiliated with the CWA"; "the union voted to affiliate with (to join) the Teamsters"
        wholes = [m for p in _pobjs(v, {"with", "to"}) + (_child(v, "dobj") if v.lemma_.lower() == "join" else []) for m in r.ents(p)
                  if m.type == "Organization" and set(m.name.lower().split()) & _UNION_NAME_WORDS]
        for part in (r.agents(v) if voted else r.ents(v.head)):
            if part.type == "Organization" or part.type == "EmployeeGroup" and not part.workforce:
                for whole in wholes:
                    r.emit(part, "partOf", whole, v, 0.7, "part-of")
    # "The union is part of the CWA", "the guild is a unit of X": a description of a named group
    # (named subjects are read from their mentions below)
    named_toks = {i for m in de.mentions for i in range(m.start, m.end)}
    for v in doc:
        if v.lemma_ != "be" or v.pos_ != "AUX" or not r.asserted(v):
            continue
        for subj in _child(v, "nsubj"):
            if subj.i in named_toks or subj.pos_ != "NOUN":
                continue
            found = [m for m in r.ents(subj) if m.type in ORG_TYPES or m.type == "EmployeeGroup" and not m.workforce]
            if len(found) != 1:
                continue
            for a in _child(v, "attr"):
                if a.lemma_.lower() in {"part", "unit", "local", "affiliate", "member", "chapter", "division", "subsidiary", "arm", "branch"}:
                    for p in _pobjs(a, {"of"}):
                        for whole in r.ents(p):
                            if whole.type in ORG_TYPES:
                                r.emit(found[0], "partOf", whole, a, 0.75, "part-of")
    # "Condé Nast publications including Vogue and The New Yorker", "its brands, such as X": the
    # publisher's titles
    for m in de.mentions:
        if m.type != "NewsOutlet" or m.end <= m.start:
            continue
        for noun in _listing_nouns(doc[m.start:m.end].root, _TITLE_NOUNS):
            for c in noun.children:
                if c.dep_ in {"compound", "poss"}:
                    for whole in r.ents(c):
                        if whole.type in {"Company", "NewsOutlet"} and whole.name != m.name:
                            r.emit(m, "partOf", whole, noun, 0.7, "part-of")
    # "Alphabet's other units, such as Waymo and Verily", "its subsidiaries, including X": the
    # company's units
    for m in de.mentions:
        if m.type != "Company" or m.end <= m.start:
            continue
        for noun in _listing_nouns(doc[m.start:m.end].root, _LISTED_UNITS):
            for c in _child(noun, "poss"):
                for whole in r.ents(c):
                    if whole.type == "Company" and whole.name != m.name:
                        r.emit(m, "partOf", whole, noun, 0.65, "part-of")
    # "the AI Now Institute at New York University", "Citizen Lab at the University of Toronto":
    # a research centre at a university (or institute) is part of it
    for m in de.mentions:
        if m.type not in {"Organization", "AdvocacyGroup"} or m.name.split()[-1].lower() not in _CENTRE_WORDS or m.end >= len(doc):
            continue
        at = doc[m.end]
        if at.lower_ != "at" or at.head.i not in range(m.start, m.end):
            continue
        for p in _child(at, "pobj"):
            for whole in r.ents(p):
                owner, sep, _ = whole.name.partition("'s ")
                if sep and set(owner.lower().split()) & _ACADEMIC_WORDS:
                    # "the University of Toronto's Munk School", read as one name: the university
                    whole = M(whole.start, whole.end, owner, owner, "Organization")
                if whole.type == "Organization" and set(whole.name.lower().split()) & _ACADEMIC_WORDS and whole.name != m.name:
                    r.emit(m, "partOf", whole, at, 0.7, "centre-at")
    # "ICE and CBP, two agencies within the Department of Homeland Security": however parsed
    # ... and "the Defense Innovation Board, an advisory panel within the Defense Department"
    inner_only = {"panel", "body", "wing", "branch", "office", "program", "programme", "committee", "team", "lab", "service"}
    for n in doc:
        if n.lemma_.lower() not in {"agency", "division", "unit", "subsidiary", "arm", "component", "bureau"} | inner_only or n.pos_ != "NOUN":
            continue
        k = n.i - 1
        while k >= 0 and (doc[k].like_num or doc[k].lower_ in {"both", "the", "a", "an", "its"} or doc[k].pos_ == "ADJ"):
            k -= 1
        if k < 1 or doc[k].text != "," or r.de.units[k] != r.de.units[n.i]:
            continue
        wholes = [m for p in _pobjs(n, {"within", "inside", "under"} | ({"of"} if n.lemma_.lower() not in inner_only else set()))
                  for m in r.ents(p) if m.type in ORG_TYPES]
        for part in _listed_before(r, k):
            for whole in wholes:
                if part.type in ORG_TYPES and part.name != whole.name:
                    r.emit(part, "partOf", whole, n, 0.7, "part-of")
    # ("the ACLU of Utah" is a state affiliate, an organisation of its own, not a unit of the ACLU)
    # "the Department of Health and Human Services' Office of Refugee Resettlement": one
    # agency's office named right after its possessive, however the parser read it
    # ... and "Vox's Recode": an outlet's publication; "the ACLU's Speech, Privacy, and Technology
    # Project": an organisation's programme
    for a, b in zip(de.mentions, de.mentions[1:]):
        programme = a.type in {"AdvocacyGroup", "Organization"} and b.type in {"AdvocacyGroup", "Organization"} and b.name.split()[-1].lower() in _PROGRAM_WORDS
        unit = a.type == "GovernmentAgency" and (b.type == "GovernmentAgency" or b.type == "Organization" and b.name.split()[-1].lower() in _AGENCY_UNIT_WORDS)
        if (unit or a.type in {"NewsOutlet", "Company"} and b.type == "NewsOutlet" or programme) \
                and a.name != b.name and b.start == a.end + 1 and a.end < len(doc) and doc[a.end].lower_ in {"'s", "'", "\u2019s", "\u2019"}:
            r.emit(b, "partOf", a, a.end, 0.7, "programme" if programme else "possessed")
    for child, parent in sorted(de.parents.items()):
        if child.split()[-1].lower() in {"group", "holdings"}:
            continue  # "the Samsung Group" is the conglomerate Samsung belongs to, not a unit of it
        if child.endswith(" board") or child.split()[-1].lower() in {"commission", "commissions"}:
            continue  # a company's board governs it and is no division, unit or subsidiary of it (nor is a police commission)
        if child.split()[-1].lower() in _NOT_UNITS or " and " in child:
            continue  # "the first unionized Apple Store" is a shop, "GitHub Universe" a conference; "X and Y" two names
        if any(w.lower() in _OPPOSING_WORDS for w in child.split()[1:]):
            continue  # "Tesla Takedown", "No Tech for Apartheid": a campaign against the company, no unit of it
        for m in de.mentions:
            if m.name != child:
                continue
            if any(c.dep_ == "appos" and c.lemma_.lower() in _EVENT_NOUNS for c in doc[m.start:m.end].root.children):
                break  # "Ubisoft Forward, an online showcase": an event, no unit
            if m.start > 0 and de.at(m.start - 1) and de.at(m.start - 1)[0].name == parent:
                r.emit(m, "partOf", de.at(m.start - 1)[0], m.start, 0.6, "named-after")
                break
            if doc[m.start:m.end].text.startswith(doc[m.start].text) and m.text != child or m.text.split()[0] != child.split()[0]:
                continue
            r.emit(m, "partOf", r.known_org(parent, m), m.start, 0.6, "named-after")
            break
    for m in de.mentions:
        if m.type not in ORG_TYPES and not (m.type == "EmployeeGroup" and not m.workforce):
            continue
        root = doc[m.start:m.end].root
        # an apposition may hang on any word of the name ("Customs and Border Protection, an agency ...")
        nouns = [c for i in range(m.start, m.end) for c in doc[i].children if c.dep_ == "appos" and not m.start <= c.i < m.end]
        # "Google and Amazon Web Services, Amazon's cloud arm": an apposition after a later
        # conjunct belongs to that conjunct, however the parser hung it
        nouns = [c for c in nouns if not any(m.end <= cj.i < c.i for cj in root.conjuncts)]
        if root.dep_ == "conj" and m.end < len(doc) and doc[m.end].text == ",":
            nouns += [c for c in _first_conjunct(root).children if c.dep_ == "appos" and c.left_edge.i == m.end + 1]
        # "CBP and ICE, two agencies within DHS": a plural apposition after the last conjunct is each one's
        nouns += [c for cj in root.conjuncts if cj.i > root.i for c in cj.children if c.dep_ == "appos" and c.tag_ in {"NNS", "NNPS"}]
        if root.dep_ == "appos":
            nouns.append(root.head)
        if root.dep_ == "pobj" and m.end < len(doc) and doc[m.end].text == ",":
            # "moderators for TikTok, the app owned by ByteDance": an apposition right after the
            # name that the parser hung on the noun the name's phrase modifies
            nouns += [c for c in root.head.head.children if c.dep_ == "appos" and c.left_edge.i == m.end + 1]
        if root.dep_ == "nsubj" and (root.head.lemma_.lower() == "be" or root.head.lemma_.lower() in {"become", "remain"} and r.asserted(root.head)):
            nouns += [c for c in root.head.children if c.dep_ == "attr"]  # ("Vigilant became part of Motorola Solutions")
        first = _first_conjunct(root)
        if root.dep_ == "conj" and first.dep_ == "nsubj" and first.head.lemma_.lower() == "be":
            nouns += [c for c in first.head.children if c.dep_ == "attr"]  # "CBP and ICE are both part of DHS"
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in {"operate", "function", "serve", "exist", "act", "run"}:
            nouns += [p for p in _pobjs(root.head, {"as"}) if p.lemma_.lower() in P.PART_NOUNS]  # "operates as a division of X"
        # "Twitch, which is part of Amazon"; "CBP and ICE, which are part of DHS"
        nouns += [c for x in [root, *root.conjuncts] for rc in x.children
                  if rc.dep_ == "relcl" and rc.lemma_.lower() in {"be", "become", "remain"} and r.asserted(rc)
                  and (x is root or rc.tag_ == "VBP") for c in rc.children if c.dep_ == "attr"]
        nouns += [c for c in root.children if c.dep_ == "compound" and c.lemma_.lower() in P.PART_NOUNS]
        if root.dep_ == "compound" and root.head.lemma_.lower() in P.PART_NOUNS - _WORKPLACES and root.head.pos_ == "NOUN":
            nouns.append(root.head)  # "Google's Open Research group" (not "the company's Pangyo office", a place)
        elif root.dep_ == "compound" and root.head.dep_ == "compound" and root.head.head.lemma_.lower() in P.PART_NOUNS - {"business"} \
                and root.head.head.pos_ == "NOUN" and root.head.pos_ == "NOUN":
            nouns.append(root.head.head)  # "Amazon's Ring doorbell unit"
        if root.lemma_.lower() in P.PART_NOUNS and root.i == m.end - 1 and m.end - m.start > 1:
            nouns.append(root)  # a unit named with its noun: "the company's Ethical AI team"
        for n in nouns:
            if n.i in range(m.start, m.end) and n.i != m.end - 1:
                continue
            parents: list[M] = []
            # "MoPub, then Twitter's ad network", "Motherboard, Vice's technology site"
            # (not "The Guardian, +972 Magazine and Local Call": a name in a list is no description)
            appos_unit = n.lemma_.lower() in _APPOS_UNIT_NOUNS and (n.dep_ == "appos" or root.dep_ == "appos" and n.i == root.head.i) \
                and not any(x.name != m.name for x in r.de.at(n.i))
            if n.lemma_.lower() in P.PART_NOUNS or appos_unit:
                for c in n.children:
                    if c.dep_ == "poss" and not m.start <= c.i < m.end:  # (not the "Commissioner's" of "Information Commissioner's Office")
                        parents += r.ents(c)
                    elif c.dep_ == "compound" and n.lemma_.lower() in {"subsidiary", "division", "unit", "affiliate", "arm"}:
                        # "an Amazon subsidiary"; "Enforcement and Removal Operations, the ICE division"
                        parents += [x for x in r.ents(c) if x.type in {"Company", "Organization"} or x.type == m.type == "GovernmentAgency"]
                    elif c.dep_ == "compound" and c.pos_ == "PROPN" and m.type == "GovernmentAgency" and n.lemma_.lower() in {"agency", "sub-agency", "component", "office", "bureau", "directorate"}:
                        # "the FBI, a Justice Department agency": one public body's part of another
                        parents += [x for x in r.ents(c) if x.type == "GovernmentAgency"]
                    elif c.dep_ in {"compound", "amod"} and appos_unit and n.lemma_.lower() in {"publication", "magazine", "site", "website", "imprint", "label"}:
                        parents += [x for x in r.ents(c) if x.type in {"Company", "NewsOutlet"}]  # "OneZero, a Medium publication"
                for p in _pobjs(n, {"of", "within", "inside", "at", "under"}):
                    parents += r.ents(p)
                if not parents and n.dep_ == "appos":
                    # "Unit 8200, the Israel Defense Forces' elite intelligence agency": a possessor
                    # the parser hung on a modifier
                    kind = m.type
                    parents += [y for x in n.subtree if x.i < n.i and x.head.i != n.i for c in x.children if c.dep_ == "poss"
                                for y in r.ents(c) if y.type == kind]
            elif n.lemma_.lower() == "company" and n.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in n.children):
                # "Ring, an Amazon company"
                parents += [x for c in n.children if c.dep_ == "compound" for x in r.ents(c) if x.type == "Company"]
            for c in n.children:
                if c.dep_ == "acl" and c.lemma_.lower() in P.OWNED_VERBS:
                    parents += [x for a in _child(c, "agent") for p in _child(a, "pobj") for x in r.ents(p)]
                if c.dep_ == "relcl" and c.lemma_.lower() in {"acquire", "buy", "purchase", "own"} and n.dep_ == "appos" and r.asserted(c):
                    # "Wirecutter, the review site the Times acquired in 2016"
                    parents += _buyers(r, c, [x for s in _child(c, "nsubj") if s.lower_ not in {"that", "which", "who"} for x in r.ents(s)], {m.name})
            if n.lemma_.lower() in {"parent", "owner"}:
                for c in n.children:
                    if c.dep_ in {"compound", "poss"}:
                        for child in r.ents(c):
                            r.emit(child, "partOf", m, n, 0.75, "parent")
                continue
            for p in _dedupe(parents):
                if p.type in ORG_TYPES:
                    r.emit(m, "partOf", p, n, 0.8, "part-of")
        if m.type in {"Company", "Organization"}:
            # "Just Eat, owned by Just Eat Takeaway.com": a participle on the name itself
            for c in root.children:
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in P.OWNED_VERBS - {"control"} and r.asserted(c):
                    for whole in [x for a in _child(c, "agent") for p in _child(a, "pobj") for x in r.ents(p)]:
                        if whole.type in {"Company", "Organization"} and whole.name != m.name:
                            r.emit(m, "partOf", whole, c, 0.75, "owned-by")
        if m.type in {"GovernmentAgency", "Organization"}:
            # "the CDAO, which sits within the Office of the Secretary of Defense", "FedRAMP,
            # which is run by the General Services Administration": a public body's part
            verbs = [v for v in root.children if v.dep_ in {"relcl", "acl"}] + ([root.head] if root.dep_ in {"nsubj", "nsubjpass"} else [])
            for v in verbs:
                if v.pos_ != "VERB" or not r.asserted(v):
                    continue
                if _lemma(v) in {"oversee", "supervise"} and m.type == "GovernmentAgency" and (v.dep_ == "relcl" or root.dep_ == "nsubj"):
                    # "the Treasury Department, which oversees the IRS": the body overseen is part of it
                    for o in _child(v, "dobj"):
                        for part in r.ents(o):
                            if part.type == "GovernmentAgency" and part.name != m.name:
                                r.emit(part, "partOf", m, v, 0.65, "part-of")
                    continue
                if _lemma(v) in {"sit", "operate", "fall", "reside", "house", "nest", "locate"}:
                    within = _pobjs(v, {"within", "inside", "under", "in"} if _lemma(v) in {"house", "nest", "locate"} else {"within", "inside", "under"})
                elif _lemma(v) in {"run", "administer"} and any(c.dep_ == "auxpass" for c in v.children) | (v.dep_ == "acl"):
                    within = [p for a in _child(v, "agent") for p in _child(a, "pobj")]
                else:
                    continue
                for p in within:
                    for whole in r.ents(p):
                        if whole.type == "GovernmentAgency" and whole.name != m.name:
                            r.emit(m, "partOf", whole, v, 0.7, "part-of")
        # "the CEO of parent company Alphabet", "Google's parent company, Alphabet"
        parent_noun = None
        for c in [x for x in root.children if x.dep_ == "compound" and x.i < root.i or x.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else []):
            if c.lemma_.lower() == "company" and any(x.lower_ == "parent" for x in c.children if x.dep_ in {"compound", "amod"}) or c.lower_ == "parent":
                parent_noun = c
        if parent_noun is None and any(c.lower_ == "parent" and c.dep_ in {"compound", "amod"} for c in root.children):
            parent_noun = root
        if parent_noun is not None:
            kids = [x for c in parent_noun.children if c.dep_ == "poss" for x in r.ents(c)]
            kids += [x for p in _pobjs(parent_noun, {"of"}) for x in r.ents(p)]  # "the parent company of X and Y"
            if not kids:
                # the company the article was just talking about
                before = [x for x in r.de.mentions if x.end <= m.start and x.type in {"Company", "Organization"} and x.name != m.name]
                kids = [_here(x, parent_noun) for x in before[-1:]]
            for kid in kids:
                if kid.type in ORG_TYPES and kid.name != m.name:
                    r.emit(kid, "partOf", m, parent_noun, 0.65, "parent-company")
        # "Amazon's Whole Foods", "Microsoft's own ZeniMax Media": a company a company possesses
        institute = root.lemma_.lower() in {"center", "centre", "institute", "school", "lab", "laboratory", "college", "clinic"}
        parent_words = {x.lower_ for c in root.children if c.dep_ in {"compound", "amod", "nmod"} for x in c.subtree}
        # "the Department of Health and Human Services' Office of Refugee Resettlement", "the
        # department's Antitrust Division" (a unit NER took for an organisation of its own)
        # ("the House Oversight Committee's Subcommittee on Economic and Consumer Policy": a
        # name headed by its unit word)
        office = m.type == "GovernmentAgency" or m.type == "Organization" and (
            m.name.split()[-1].lower() in _AGENCY_UNIT_WORDS or root.lower_ in _AGENCY_UNIT_WORDS | {"subcommittee", "committee", "panel", "task"})
        if (m.type == "Company" or institute or office) and not parent_words & ({"parent", "owner", "former", "rival", "competitor", "customer", "client"} | P.PROVIDER_NOUNS):
            own = any(c.lower_ == "own" for c in root.children if c.dep_ == "amod")
            for c in root.children:
                if c.dep_ == "poss" and c.i < m.start:
                    # "Gravy Analytics and its subsidiary Venntel": "its" is the name it is joined to
                    joined = [x for x in r.ents(root.head) if x.type == "Company"] if c.lower_ == "its" and root.dep_ == "conj" and m.type == "Company" else []
                    for parent in joined or r.ents(c):
                        if office and parent.type != "GovernmentAgency":
                            continue
                        if (parent.type in {"Company", "GovernmentAgency"} or institute and parent.type in ORG_TYPES) and parent.name != m.name:
                            r.emit(m, "partOf", parent, c, 0.7 if own else 0.55, "possessed")
        # "Amazon-owned Whole Foods"
        k = m.start
        while k > 0 and doc[k - 1].dep_ in {"amod", "compound"} and doc[k - 1].lower_ not in {"owned", "controlled"} and doc[k - 1].head.i in range(m.start, m.end):
            k -= 1
        if k >= 3 and doc[k - 1].lower_ in {"owned", "controlled"} and doc[k - 2].text == "-":
            for parent in r.de.at(k - 3):
                if parent.type in ORG_TYPES and parent.name != m.name:
                    r.emit(m, "partOf", parent, doc[k - 1], 0.7, "owned-by")
        # "YouTube, the Google-owned video site"
        for n in [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else []):
            for a in n.children:
                if a.dep_ == "amod" and a.lower_ in {"owned", "controlled"} and a.i >= 2 and r.doc[a.i - 1].text == "-":
                    for parent in r.de.at(a.i - 2):
                        if parent.type in ORG_TYPES:
                            r.emit(m, "partOf", parent, a, 0.7, "owned-by")
        for c in root.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in P.OWNED_VERBS:
                for x in _child(c, "agent"):
                    for p in _child(x, "pobj"):
                        for parent in r.ents(p):
                            r.emit(m, "partOf", parent, c, 0.75, "owned-by")
    # "the Microsoft-owned code-hosting company", said of a company named before: the company meant
    for i, meant in de.coref.items():
        for a in doc[i].children:
            if doc[i].pos_ == "NOUN" and a.dep_ == "amod" and a.lower_ in {"owned", "controlled"} and a.i >= 2 and doc[a.i - 1].text == "-":
                for m in meant:
                    for parent in de.at(a.i - 2):
                        if m.type == "Company" and parent.type == "Company" and parent.name != m.name:
                            r.emit(_here(m, doc[i]), "partOf", parent, a, 0.65, "owned-by")


#: Nouns that name a unit only when set in apposition to its name ("X, Vice's technology site").
_APPOS_UNIT_NOUNS = frozenset({"network", "site", "website", "publication", "magazine", "studio", "label", "imprint", "lab", "laboratory"})
#: Unit nouns after an owner's name: "Google's Israeli subsidiary"; a public body's also
#: "a Pentagon advisory panel"; after a company's name as a modifier, only the plainest:
#: "an Activision studio" (not "an Activision supplier").
_POSSESSED_UNITS = P.PART_NOUNS | _APPOS_UNIT_NOUNS
_AGENCY_UNITS = _POSSESSED_UNITS | {"panel", "board", "committee", "council", "commission"}
_COMPANY_NAMED_UNITS = frozenset({"studio", "subsidiary", "unit", "division", "brand", "label", "arm", "affiliate", "spinoff", "spin-off"})


def _buyers(r: RelationReader, v, owners: list[M], bought: set[str] = frozenset()) -> list[M]:
    """Who bought, with a pronoun buyer taken for a public body corrected: "questions about
    Ring, the doorbell maker it bought" is the company just named, not the agency the sentence
    is about (agencies buy no companies)."""
    if any(x.pos_ == "PRON" for x in _child(v, "nsubj")) and owners and all(m.type == "GovernmentAgency" for m in owners):
        s0 = r.de.unit_bounds[r.de.units[v.i]][0]
        named = [m for m in r.de.mentions if s0 <= m.start < v.i and m.type == "Company" and m.name not in bought]
        return [_here(named[-1], v)] if named else []
    return owners


def acquire_verb(r: RelationReader, v) -> None:
    if v.pos_ != "VERB" or v.tag_ == "VBN" and v.dep_ == "acl" or not r.asserted(v):
        return
    if _lemma(v) == "take" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in v.children):
        return  # "took over Ridewell" buys it; "took Ridewell to court" does not
    if _lemma(v) == "control" and not (v.tag_ == "VBN" and _child(v, "agent")):
        return  # "controls 60 percent of the market"; but "iFood, which is controlled by Movile"
    if _lemma(v) in {"acquire", "buy", "purchase", "absorb"} and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in v.children):
        return  # "is being acquired by Microsoft": a deal not yet closed
    owned_names = {m.name for o in _child(v, "dobj") + ([v.head] if v.dep_ == "relcl" else []) for m in r.ents(o)}
    owners = _buyers(r, v, [m for m in r.agents(v) if m.type in ORG_TYPES], owned_names)
    owned = [v.head if o.lower_ in {"which", "that"} and v.dep_ == "relcl" else o for o in _child(v, "dobj")]
    rel = [o for o in _child(v, "dobj") if o.lower_ == "which"]
    if rel and v.dep_ == "relcl" and rel[0].i >= 2 and r.doc[rel[0].i - 1].text == ",":
        # "the head of Instagram, which Facebook bought": "which" is the name before the comma,
        # wherever the parser hung the clause
        owned = [r.doc[rel[0].i - 2]]
    if not owned and v.dep_ == "relcl":
        owned = [v.head]  # "Ring, the company Amazon bought in 2018", "Instagram, which Facebook bought"
    if v.tag_ == "VBN" and _child(v, "agent"):
        owned = _child(v, "nsubj", "nsubjpass")
        if not owned and v.dep_ == "acomp" and _lemma(v.head) == "be":
            owned = _child(v.head, "nsubj")  # "Glovo is majority-owned by Delivery Hero"
        owners = [m for a in _child(v, "agent") for p in _child(a, "pobj") for m in r.ents(p) if m.type in ORG_TYPES]
    for o in owned:
        for child in r.ents(o):
            if child.type in ORG_TYPES:
                for owner in owners:
                    r.emit(child, "partOf", owner, v, 0.7, "acquire")


#: Nouns of buying a company: "Uber's acquisition of Postmates".
_ACQUISITION_NOUNS = frozenset({"acquisition", "purchase", "takeover", "buyout"})
#: Verbs that say a purchase was done: "completed its purchase of X", "the takeover closed".
_DEAL_DONE_VERBS = frozenset({"complete", "close", "finalize", "finalise", "finish"})


def acquisition_noun(r: RelationReader, n) -> None:
    """``"completed its purchase of X"``, ``"after Uber's acquisition of Postmates"``,
    ``"Uber's 2020 takeover of X"``: a purchase the text says was done (not one planned,
    blocked or under review) makes the company bought part of the buyer."""
    if n.pos_ != "NOUN" or n.tag_ != "NN":
        return
    buyers = [m for c in _child(n, "poss") for m in r.ents(c) if m.type in {"Company", "Organization"}]
    bought = [m for p in _pobjs(n, {"of"}) for m in r.ents(p) if m.type in {"Company", "Organization"}]
    if not buyers or not bought:
        return
    h = n.head
    done = n.dep_ == "dobj" and _lemma(h) in _DEAL_DONE_VERBS or n.dep_ == "nsubj" and _lemma(h) in _DEAL_DONE_VERBS \
        or n.dep_ == "pobj" and h.lower_ in {"after", "following", "since", "through", "via", "before"} \
        or any(c.ent_type_ == "DATE" and c.dep_ in {"compound", "nummod", "amod"} and c.i < n.i for c in n.children)
    verb = h if h.pos_ in {"VERB", "AUX"} else h.head if h.dep_ == "prep" else None
    if not done or verb is not None and not r.asserted(verb):
        return
    for b in buyers:
        for x in bought:
            if x.name != b.name:
                r.emit(x, "partOf", b, n, 0.7, "acquisition")


def investigation_targets(r: RelationReader) -> None:
    """Investigators named without a target, in an article that names exactly one target,
    when that target is named within a few sentences of the investigator."""
    names = {t.name for t, _ in r.inv_targets}
    if len(names) != 1:
        return
    target = r.inv_targets[0][0]
    units = r.de.units
    near = {units[m.start] for m in r.de.mentions if m.name == target.name}
    near |= {units[i] for i, ms in r.de.groups.items() if any(g.anchor == target.name for g in ms)}
    for agent, i in r.inv_agents:
        if any(abs(units[i] - u) <= 3 for u in near):
            r.emit(agent, "investigated", M(i, i + 1, target.text, target.name, target.type, target.anchor), i, 0.55, "investigation-context")


_register({"as"}, as_role)
_register(P.OWNED_VERBS | {"take"}, acquire_verb)
_register(_ACQUISITION_NOUNS, acquisition_noun)


def _governments_named(r: RelationReader) -> dict[str, M]:
    """The governments the article names: "the Greek government", "the Government of India"."""
    return {m.name: m for m in r.de.mentions if m.type == "GovernmentAgency"
            and (m.name.lower().endswith(" government") or m.name.lower().startswith("government of "))}


def heads_government(r: RelationReader, n) -> None:
    """``"Narendra Modi's government"``, ``"M.K. Stalin, whose government"``: the person leads
    the one government the article names; ``"the Brazilian government of President Lula"``,
    ``"the government of Prime Minister Mario Draghi"``: the one the phrase names."""
    if n.pos_ != "NOUN" or n.tag_ != "NN":
        return
    of_leaders = [m for p in _pobjs(n, {"of"}) for m in r.ents(p) if m.type == "Person"]
    own = [m for m in r.ents(n) if m.type == "GovernmentAgency"]
    if of_leaders and own:
        for p in of_leaders:
            r.emit(p, "leads", own[0], n, 0.65, "government")
        return
    if any(c.dep_ in {"amod", "compound"} for c in n.children):
        return
    leaders = [m for c in _child(n, "poss") for m in r.ents(c) if m.type == "Person"] + of_leaders
    if not leaders:
        return
    governments = _governments_named(r)
    if len(governments) != 1:
        return
    g = next(iter(governments.values()))
    for p in leaders:
        r.emit(p, "leads", _here(g, n), n, 0.6, "government")


#: Titles of the head of a government: "Prime Minister X", "Ghana's president, X".
_HEAD_OF_GOVERNMENT = frozenset({"president", "premier", "chancellor"})


def _place_matches(word: str, government: str) -> bool:
    """Whether a place word ("Greek", "Ghana's") names the country or state a government's
    name names ("Greek government", "Ghanaian government", "Government of India")."""
    w = word.lower().removesuffix("'s")
    for g in re.findall(r"[a-z]+", government.lower()):
        k = min(len(w), len(g))
        if g not in {"government", "of", "the", "state", "city"} and k >= 4 and w[:max(4, k - 3)] == g[:max(4, k - 3)]:
            return True
    return False


def state_leaders(r: RelationReader) -> None:
    """``"Greek Prime Minister Kyriakos Mitsotakis"``, ``"Ghana's president, Nana Akufo-Addo"``,
    ``"Chief Minister Pinarayi Vijayan"``: a head of government leads the government of the
    place the title names, when the article names that government."""
    governments = _governments_named(r)
    if not governments:
        return
    doc = r.doc
    for m in r.de.mentions:
        if m.type != "Person" or m.end - m.start < 1:
            continue
        root = doc[m.start:m.end].root
        titles = [c for c in root.children if c.dep_ in {"compound", "appos"} and c.i < m.start and c.lemma_.lower() in _HEAD_OF_GOVERNMENT | {"minister"}]
        titles += [c for c in root.children if c.dep_ == "appos" and c.i > root.i and c.lemma_.lower() in _HEAD_OF_GOVERNMENT | {"minister"}]
        if root.dep_ == "appos" and root.head.lemma_.lower() in _HEAD_OF_GOVERNMENT | {"minister"}:
            titles.append(root.head)
        for t in titles:
            words = [c for c in t.children if c.dep_ in {"compound", "amod", "poss"} and c.i < t.i]
            if t.lemma_.lower() == "minister" and not any(w.lower_ in {"prime", "chief", "first"} for w in words):
                continue  # a minister heads a ministry, a prime or chief minister the government
            places = [w for w in words if w.lower_ not in {"prime", "chief", "first", "former", "then", "the"} and w.text[:1].isupper()]
            places += [x for w in words for x in w.children if x.dep_ in {"compound", "amod", "poss"} and x.text[:1].isupper()]
            found = [g for g in governments.values() if any(_place_matches(w.text, g.name) for w in places)]
            if not places and len(governments) == 1 and any(w.lower_ == "chief" for w in words):
                found = list(governments.values())  # "Chief Minister X": the one state government named
            for g in found[:1]:
                r.emit(m, "leads", _here(g, t), t, 0.6, "state-leader")


_register({"government"}, heads_government)


def loose_titles(r: RelationReader) -> None:
    """Role nouns the parser left hanging in a list of jobs (``"she worked as a freelancer,
    business reporter at X and real estate reporter at Y"``): the job belongs to the subject
    of the clause when the list starts with a role."""
    doc = r.doc
    for t in doc:
        if t.dep_ not in {"npadvmod", "conj"} or not _is_title(t) or r.de.at(t.i):
            continue
        first = _first_conjunct(t)
        if t.dep_ == "conj":
            anc, ok = first, _is_title(first)
            for _ in range(3):
                if ok or anc.head.i == anc.i:
                    break
                anc = anc.head
                ok = _is_title(anc) or (anc.dep_ == "prep" and anc.lower_ == "as")
            if not ok:
                continue
        v = first
        for _ in range(6):
            if v.pos_ in {"VERB", "AUX"} or v.head.i == v.i:
                break
            v = v.head
        if v.pos_ not in {"VERB", "AUX"}:
            continue
        persons = [p for p in r.agents(v) if p.type == "Person"]
        if not persons:
            continue
        orgs = [(o, via) for o, via in _title_orgs(r, t) if o is not None]
        if t.lemma_.lower() in _NEWSROOM_JOBS and any(o.type == "NewsOutlet" for o, _ in orgs):
            orgs = [(o, via) for o, via in orgs if o.type == "NewsOutlet"]  # "senior Pentagon correspondent for X": the beat is no employer
        for org, via in orgs:
            lead = _is_lead_title(t) and via in {"of", "poss", "compound"} and not _one_of_commissioners(t, org)
            for p in persons:
                r.emit(p, "leads" if lead else "worksFor", org, t, 0.65, "role-list")


def comma_appositions(r: RelationReader) -> None:
    """``"AWS, the retail giant's cloud business."``: an apposition the parser attached
    elsewhere, read from the comma after an organisation and a part noun heading what
    follows."""
    doc, de = r.doc, r.de
    for m in de.mentions:
        if m.type not in ORG_TYPES or m.end + 2 >= len(doc) or doc[m.end].text != ",":
            continue
        j = m.end + 1
        k = j
        while k < len(doc) and not doc[k].is_punct or (k < len(doc) and doc[k].text in {"-", "'s", "’s"}):
            k += 1
        if k >= len(doc) or doc[k].text not in {".", ",", ";"} or k - j > 8:
            continue
        n = doc[k - 1]
        if n.lemma_.lower() not in P.PART_NOUNS or n.dep_ == "appos" and n.head.i in range(m.start, m.end):
            continue
        if any(x.pos_ in {"VERB", "AUX"} and x.dep_ not in {"amod", "compound"} for x in doc[j:k]):
            continue
        for c in n.children:
            if c.dep_ == "poss":
                for parent in r.ents(c):
                    if parent.type in ORG_TYPES:
                        r.emit(m, "partOf", parent, n, 0.65, "comma-apposition")


def award_verb(r: RelationReader, v) -> None:
    """``"the Pentagon awarded the contract to Microsoft"``, ``"ICE awarded Palantir a
    contract"``: the buyer is the subject."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    recipients = _pobjs(v, {"to"}) + [c for c in v.children if c.dep_ in {"dative"} and c.pos_ in {"PROPN", "NOUN"}]
    objs = _child(v, "dobj", "nsubjpass")
    if not any(o.lemma_.lower() in P.CONTRACT_NOUNS for o in objs):
        if len(objs) >= 1 and any(c.dep_ == "dobj" and c.lemma_.lower() in P.CONTRACT_NOUNS for o in objs for c in o.children):
            pass
        elif not any(o.lemma_.lower() in P.CONTRACT_NOUNS for o in objs + [c for c in v.children if c.dep_ == "dobj"]):
            return
    buyers = [m for m in r.agents(v) if m.type in {"GovernmentAgency", "Company", "Organization"}]
    if v.tag_ == "VBN":
        recipients += [c for c in v.children if c.dep_ == "nsubjpass"]
        if not buyers:
            # "Palantir was handed a contract by the Home Office": the "by" hung on the contract
            buyers = [m for o in _child(v, "dobj") if o.lemma_.lower() in P.CONTRACT_NOUNS for p in _pobjs(o, {"by"})
                      for m in r.ents(p) if m.type in {"GovernmentAgency", "Company", "Organization"}]
    for rec in recipients:
        for s in r.ents(rec):
            if s.type not in {"Company", "Organization"}:
                continue
            for b in buyers:
                r.emit(s, "contractsWith", b, v, 0.75, "award")


_register({"award", "grant", "give", "hand"}, award_verb)


def make_up(r: RelationReader, v) -> None:
    """``"the Amazon employees who make up the X group"``, ``"Google workers formed X"``: a
    named movement whose members are a company's workers works for that company."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    lemma = _lemma(v)
    if lemma == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
        return
    members = [m for m in r.agents(v) if m.type == "EmployeeGroup" and m.anchor]
    for o in _child(v, "dobj"):
        for named in r.ents(o):
            if named.type == "EmployeeGroup" and not named.workforce:
                for m in members:
                    r.emit(named, "worksFor", M(m.start, m.end, m.anchor, m.anchor, "Company"), v, 0.7, "members")


_register({"make", "form", "comprise", "constitute", "found", "launch", "start"}, make_up)


def signatures(r: RelationReader, n) -> None:
    """``"a petition that has gathered more than 8,000 signatures"``, ``"a letter with
    1,000 signatures"``: the count belongs to the petition's authors."""
    if n.pos_ != "NOUN" or n.lemma_.lower() not in {"signature", "signatory"}:
        return
    count = r.count_of(n)
    if not count or count < 2:
        return
    letter = None
    if n.dep_ == "pobj" and n.head.lower_ == "with" and n.head.head.lemma_.lower() in P.LETTER_NOUNS:
        letter = n.head.head
    elif n.dep_ == "dobj" and _lemma(n.head) in {"gather", "collect", "get", "receive", "attract", "garner", "have", "draw", "reach", "amass"}:
        v = n.head
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if subj and subj[0].lemma_.lower() in P.LETTER_NOUNS:
            letter = subj[0]
        elif subj and subj[0].lower_ in {"that", "which"} and v.dep_ == "relcl" and v.head.lemma_.lower() in P.LETTER_NOUNS:
            letter = v.head
    froms = [m for p in _pobjs(n, {"from"}) + (_pobjs(n.head, {"from"}) if n.dep_ == "dobj" else []) for m in r.ents(p)
             if m.type in {"EmployeeGroup", "AdvocacyGroup"}]
    if froms and (n.head.pos_ != "VERB" or r.asserted(n.head)):
        # "the petition had gathered 2,600 signatures from Microsoft employees"
        r.emit(froms[0], "signatoryCount", str(count), n, 0.75, "signatures")
        return
    if letter is None or not r.asserted(n.head if n.head.pos_ == "VERB" else letter.head):
        return
    for g in r.authors(letter)[:1]:
        if g.type in {"EmployeeGroup", "AdvocacyGroup"}:
            r.emit(g, "signatoryCount", str(count), n, 0.75, "signatures")


_register({"signature", "signatures", "signatory"}, signatures)

_GROW_VERBS = frozenset({"grow", "climb", "rise", "reach", "swell", "top", "increase", "jump", "balloon", "surpass", "pass", "exceed", "hit", "surge", "soar"})


def signature_tally(r: RelationReader, n) -> None:
    """``"The number of signatures has since grown to more than 8,700"``: the count belongs to
    the authors of the letter the article reports."""
    if n.dep_ != "nsubj" or not any(p.lemma_.lower() in {"signature", "signatory", "signer", "signee"} for p in _pobjs(n, {"of"})):
        return
    v = n.head
    if _lemma(v) not in _GROW_VERBS or not r.asserted(v):
        return
    nums = _pobjs(v, {"to", "above", "past", "beyond", "over"}) + _child(v, "dobj")
    nums += [q for a in _child(v, "advmod", "prt") for q in _pobjs(a, {"to", "above", "past"})]
    for x in nums:
        count = r.count_of(x)
        if not count or count < 2:
            continue
        groups = r.letter_authors or ([r.de.dominant_group] if r.de.dominant_group is not None else [])
        for g in groups[:1]:
            if g.type in {"EmployeeGroup", "AdvocacyGroup"}:
                r.emit(_here(g, n), "signatoryCount", str(count), v, 0.7, "signature-tally")
        return


_register({"number", "tally", "count"}, signature_tally)


def _employment(r: RelationReader, v, employer_kinds: set[str], conf: float, rule: str, left: bool = False) -> None:
    """Whom an organisation hired or fired works or worked for it: ``"X fired Y"``, ``"Y was
    hired by X"``, ``"Y, who was fired by X"``. ``left``: also the organisation someone was
    ousted "from", and the subject of the clause a conjoined passive shares."""
    passive = bool(_child(v, "nsubjpass", "auxpass")) or v.tag_ == "VBN" and bool(_child(v, "agent"))
    if passive or v.tag_ == "VBN" and v.dep_ in {"acl", "relcl"} and not _child(v, "dobj"):
        employers = [m for a in _child(v, "agent") for p in _child(a, "pobj") for m in r.ents(p)]
        staff = [m for o in _child(v, "nsubjpass") for m in r.ents(o)] or (r.ents(v.head) if v.dep_ == "acl" else [])
        if left:
            employers += [m for p in _pobjs(v, {"from"}) for m in r.ents(p)]  # "was ousted from Facebook"
            if not staff and v.dep_ == "conj":
                staff = r.agents(v.head)  # "X, who led the team, was fired by Y"
    else:
        employers = r.agents(v)
        staff = [m for o in _child(v, "dobj") for m in r.ents(o)]
        # "fired two employees, Jane Roe and John Poe", "fired several employees who ...,
        # including Jane Roe": the people named among them
        # (the names hung on the verb, or the "including" on a noun of the relative clause)
        for o in _child(v, "dobj"):
            if o.lemma_.lower() not in P.WORKER_NOUNS | {"organizer", "organiser", "activist", "member", "person"}:
                continue
            named = _child(o, "appos") + [x for x in _child(v, "appos", "npadvmod") if x.i > o.i and r.doc[x.left_edge.i - 1].text == ","]
            named += [p for x in o.subtree if x.dep_ == "prep" and x.lower_ == "including" for p in _child(x, "pobj")]
            staff += [m for x in named for q in [x, *x.conjuncts] for m in r.ents(q) if m.type == "Person"]
    # "the board fired him": he worked for the company the board governs
    employers = [r.board_owner(m) or m for m in employers if m.type in employer_kinds]
    for p in staff:
        if p.type == "Person":
            for e in employers:
                r.emit(p, "worksFor", e, v, conf, rule)


def fire_verb(r: RelationReader, v) -> None:
    """``"Kickstarter fired two organizers, Jane Roe and John Poe"``, ``"Jane Roe, who was
    fired by X"``: whoever an organisation fired worked for it."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    if _lemma(v) == "lay" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in v.children):
        return
    _employment(r, v, {"Company", "Organization", "GovernmentAgency", "NewsOutlet"}, 0.7, "fired", left=True)


_register({"fire", "sack", "terminate", "lay", "dismiss", "oust", "suspend", "discipline"}, fire_verb)


def hire_verb(r: RelationReader, v) -> None:
    """``"Zoom hired Alex Stamos"``, ``"Jane Roe, who was hired by X in 2019"``: whoever an
    organisation hired works for it (hired "as chief executive", leads it: :func:`as_role`)."""
    if v.pos_ != "VERB" or not r.asserted(v) or any(_is_lead_title(p) for p in _pobjs(v, {"as"})):
        return
    if any(_lemma(x) in P.INVESTIGATE_VERBS or any(o.lemma_.lower() in P.INVESTIGATION_NOUNS for o in _child(x, "dobj")) for x in _child(v, "xcomp")):
        return  # "hired Eric Holder to audit X", "to lead a review of X": an outside investigator, no employee
    _employment(r, v, {"Company", "Organization", "GovernmentAgency", "NewsOutlet", "AdvocacyGroup"}, 0.65, "hired")


_register({"hire", "recruit", "poach"}, hire_verb)


#: What an organisation says or promises, which a critic may wave away.
_PROMISE_NOUNS = frozenset({"announcement", "claim", "statement", "promise", "pledge", "assurance", "commitment", "explanation",
                            "excuse", "response", "reform", "change", "effort", "argument", "apology", "offer"})


def dismiss_claims(r: RelationReader, v) -> None:
    """``"Jane Roe dismissed Instacart's announcements as a public relations stunt"``: waving
    away what a company or an agency says or promises opposes it (dismissing a person is firing
    them, dismissing someone's concerns or claims is answering them: other rules)."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    claims = [o for o in _child(v, "dobj", "nsubjpass") if o.lemma_.lower() in _PROMISE_NOUNS | _DECISIONS]
    # (a person's or a group's claims waved away are answered: :func:`respond_verb`)
    owners = [m for o in claims for c in _child(o, "poss") for m in r.ents(c) if m.type in {"Company", "GovernmentAgency"}]
    for s in r.agents(v):
        if s.type in ACTORS:
            for o in owners:
                r.emit(s, "protested", o, v, 0.65, "dismiss-claims")


_register({"dismiss", "deride", "reject", "scoff", "brush"}, dismiss_claims)


def help_verb(r: RelationReader, v) -> None:
    """``"Google was helping the Pentagon analyze drone footage"``, ``"Accenture agreed to help
    CBP recruit agents"``: a company doing a public body's work for it supplies it."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    # (the misparse "help [CBP recruit]" leaves no clause: a body named inside the object counts)
    if not any(_child(o, "xcomp", "ccomp") for o in [v, *_child(v, "dobj")]) \
            and not any(m.type == "GovernmentAgency" for o in _child(v, "dobj") for c in _child(o, "compound") for m in r.ents(c)):
        return
    # "help the Pentagon analyze": the body may be the subject of the helped verb, or a name the
    # parser hung on a noun ("help CBP recruit ...")
    helped = _child(v, "dobj") + [x for c in _child(v, "ccomp", "xcomp") for x in _child(c, "nsubj")]
    helped += [c for o in _child(v, "dobj") for c in _child(o, "compound")]
    bodies = _dedupe([m for o in helped for m in r.ents(o) if m.type == "GovernmentAgency"])
    for s in r.agents(v):
        if s.type == "Company":
            for b in bodies:
                r.emit(s, "contractsWith", b, v, 0.6, "help-agency")


_register({"help", "assist"}, help_verb)

#: Words naming a public body one may petition: "the National Assembly of Kenya", "the Court of Appeal".
_PUBLIC_BODY_WORDS = frozenset({"assembly", "parliament", "congress", "senate", "council", "court", "tribunal", "commission", "ombudsman", "legislature"})

#: Legal actions: who brings one against whom.
_LEGAL_NOUNS = frozenset({"lawsuit", "suit", "complaint", "charge", "claim", "petition", "grievance"})
#: Of those (and a legal challenge, a case, court action), the ones brought against a party.
_SUIT_NOUNS = frozenset({"lawsuit", "suit", "complaint", "charge", "challenge", "case", "action"})


def _public_bodies(r: RelationReader, toks) -> list[M]:
    """The authorities, legislatures and courts the tokens name: where a complaint is made."""
    return _dedupe([m for p in toks for m in r.ents(p) if m.type == "GovernmentAgency"
                    or m.type == "Organization" and _PUBLIC_BODY_WORDS & set(m.name.lower().split())])


def _through_phrases(x, top) -> bool:
    """Whether ``x`` hangs on ``top`` through prepositional phrases and nouns only ("on behalf
    of X against Y"), not through a clause of its own."""
    for _ in range(8):
        if x.i == top.i:
            return True
        if x.dep_ not in {"prep", "pobj", "dobj"}:
            return False
        x = x.head
    return False


def legal_action(r: RelationReader, n) -> None:
    """``"the ACLU filed a lawsuit against X"``, ``"a suit brought by X"``, ``"filed charges
    with the labor board"``: a private party's suit opposes its target, an agency's suit is
    its investigation, and a complaint filed with an agency asks that agency to act."""
    if n.pos_ != "NOUN":
        return
    lemma = n.lemma_.lower()
    if lemma in {"challenge", "action"} and not any(c.lower_ in {"legal", "court", "judicial"} for c in n.children if c.dep_ in {"amod", "compound"}):
        return  # "a legal challenge", "court action"; not "the challenge of the job"
    agents: list[M] = []
    verb = None
    if n.dep_ == "dobj" and (_lemma(n.head) in {"file", "bring", "lodge", "launch", "submit", "initiate", "pursue"}
                             or _lemma(n.head) == "issue" and any(m.type == "GovernmentAgency" for m in r.agents(n.head))):
        verb = n.head
        agents = r.agents(verb)
    for c in n.children:
        if c.dep_ == "acl" and _lemma(c) in {"file", "bring", "lodge", "launch", "submit"}:
            verb = c
            agents += [m for a in _child(c, "agent") for p in _child(a, "pobj") for m in r.ents(p)]
    if verb is None or not r.asserted(verb):
        return
    heads = [n, verb]
    targets = [m for h in heads for p in _pobjs(h, {"against"}) for m in r.target(p)]
    if not targets:
        # "brought a legal challenge on behalf of X against Y": the "against" hung further in
        targets = [m for x in [*n.subtree, *verb.subtree] if x.dep_ == "prep" and x.lower_ == "against" and _through_phrases(x, verb)
                   for p in _child(x, "pobj") for m in r.target(p)]
    # the body a complaint is filed with or submitted to: an agency, a legislature or a court
    # ("filed a petition with the National Assembly of Kenya", "submitted a complaint to the ICO")
    preps = {"with", "to"} if _lemma(verb) in {"submit", "lodge", "file", "deliver", "send"} else {"with"}
    # ("a complaint about the trial to the ICO": the "to" may hang inside the complaint's phrase)
    where = [p for h in heads for p in _pobjs(h, preps)] + [p for x in n.subtree if x.i > n.i and x.dep_ == "prep" and x.lower_ == "to" and "to" in preps
                                                             for p in _child(x, "pobj")]
    forums = _public_bodies(r, where)
    if not targets and forums:
        # "filed a complaint with the FTC asking it to investigate Zoom": whom the agency is asked to look into
        asks = [c for h in heads for c in _child(h, "acl", "advcl", "relcl") if _lemma(c) in P.PETITION_VERBS | {"ask", "urge", "call", "request"}]
        targets = [m for a in asks for x in _child(a, "xcomp", "ccomp") if _lemma(x) in P.INVESTIGATE_VERBS | {"look", "probe", "examine", "review"}
                   for o in _child(x, "dobj") + _pobjs(x, {"into"}) for m in r.target(o) if m.type in ORG_TYPES | {"Person", "Product"}]
    for a in agents:
        for f in forums:
            r.emit(a, "petitioned", f, n, 0.7, "complaint-with")
        if lemma not in _SUIT_NOUNS:
            continue
        for t in targets:
            if a.type == "GovernmentAgency":
                r.emit(a, "investigated", t, n, 0.7, "agency-suit")
            else:
                r.emit(a, "protested", t, n, 0.7, "litigation" if lemma in {"lawsuit", "suit"} else "lawsuit")


_register(_LEGAL_NOUNS | _SUIT_NOUNS, legal_action)


def complain_to(r: RelationReader, v) -> None:
    """``"Olejnik complained to the data protection office"``: complaining to an authority asks
    it to act, as a complaint filed with it does."""
    if v.pos_ != "VERB" or _lemma(v) != "complain" or not r.asserted(v):
        return
    bodies = _public_bodies(r, [q for p in _pobjs(v, {"to"}) for q in [p, *p.conjuncts]])
    for a in r.agents(v):
        for b in bodies:
            r.emit(a, "petitioned", b, v, 0.7, "complaint-with")


_register({"complain"}, complain_to)


#: What a demand to stop comes as: "a cease-and-desist letter", "cease and desist orders".
_DESIST_NOUNS = frozenset({"letter", "order", "notice", "demand"})


def cease_and_desist(r: RelationReader, t) -> None:
    """``"Meta sent Clearview cease-and-desist letters"``, ``"a cease-and-desist letter from X
    to Y"``: a legal demand to stop opposes its recipient, and companies send them too."""
    s, e = r.de.unit_bounds[r.de.units[t.i]]
    notice = next((x for x in r.doc[t.i + 1:min(t.i + 3, e)] if x.lemma_.lower() in _DESIST_NOUNS), None)
    if notice is None or not any(x.lower_ == "cease" for x in r.doc[max(s, t.i - 4):t.i]):
        return
    # (the verb above the notice: "issued cease and desist orders" hangs "orders" on "desist")
    verb = next((a for a in notice.ancestors if a.pos_ in {"VERB", "AUX"} and a.lower_ not in {"cease", "desist"}), None)
    if verb is None or not (verb.i < t.i and verb.i >= s):
        return
    senders = [m for p in _pobjs(notice, {"from"}) for m in r.ents(p)]
    recipients = [m for p in _pobjs(notice, {"to"}) for m in r.ents(p)]
    if _lemma(verb) in {"receive", "get"}:
        recipients += r.agents(verb)
        senders += [m for p in _pobjs(verb, {"from"}) for m in r.ents(p)]
    elif _lemma(verb) in P.SEND_VERBS | {"issue", "serve"}:
        senders += r.agents(verb)
        recipients += [m for p in _pobjs(verb, {"to"}) for m in r.ents(p)]
        # "sent Clearview cease-and-desist letters": the recipient as a dative, or parsed into
        # the notice's own name
        recipients += [m for c in verb.children if c.dep_ == "dative" for m in r.ents(c)]
        recipients += [m for c in notice.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for m in r.ents(c)]
    if not r.asserted(verb):
        return
    for a in _dedupe(senders):
        if a.type in ACTORS | _LITIGANTS:
            for o in _dedupe(recipients):
                r.emit(a, "protested", o, notice, 0.75, "litigation")


_register({"desist"}, cease_and_desist)


def included_members(r: RelationReader) -> None:
    """``"Hundreds of Google employees, including Meredith Whittaker, walked out"``: the people a
    group is said to include did what it did, and work where it works."""
    doc = r.doc
    for c in list(r.out):
        if c.pred not in {"protested", "petitioned"} or c.subj.type != "EmployeeGroup" or not c.subj.anchor or c.subj.end > len(doc) \
                or c.subj.end <= c.subj.start:
            continue
        head = doc[c.subj.start:c.subj.end].root
        heads = [head] + ([head.head.head] if head.dep_ == "pobj" and head.head.lower_ == "of" else [])  # "Hundreds of X employees, including"
        people = [m for h in heads for p in _pobjs(h, {"including"}) for q in [p, *p.conjuncts] for m in r.ents(q) if m.type == "Person"]
        for p in people:
            r.emit(p, c.pred, c.obj, c.trigger, round(c.conf * 0.9, 3), "included")
            if not c.subj.platform_members:
                r.emit(p, "worksFor", M(c.subj.start, c.subj.end, c.subj.anchor, c.subj.anchor, "Company"), c.trigger, 0.7, "included")


#: Business partners a company names examples of: "retailers including Costco".
_PARTNER_NOUNS = frozenset({"retailer", "partner", "customer", "client", "merchant", "advertiser", "contractor", "vendor", "supplier",
                            "subcontractor", "reseller"})
#: ... of whom those that sell to the company.
_SUPPLIER_NOUNS = frozenset({"contractor", "vendor", "supplier", "subcontractor", "reseller"})


def partner_examples(r: RelationReader, n) -> None:
    """``"delivers groceries from retailers including Costco and Kroger"``, ``"its clients, such as
    ICE"``, ``"counts the NRA among its customers"``: a company's named partners contract with it."""
    if n.pos_ != "NOUN" or n.lemma_.lower() not in _PARTNER_NOUNS:
        return
    examples = [q for p in _example_pobjs(n, {"including", "like"}) for q in [p, *p.conjuncts]]
    h = n.head
    counted = h.lower_ == "among" and h.head.pos_ == "VERB" and _lemma(h.head) in {"count", "list", "include", "number"}
    if counted:
        examples += [q for o in _child(h.head, "dobj") for q in [o, *o.conjuncts]]  # "counts X among its customers"
    if not examples:
        return
    owners = [m for c in _child(n, "poss") for m in r.ents(c)]
    verb = h.head if n.dep_ == "pobj" else h if n.dep_ == "dobj" else None
    for _ in range(2):  # "delivers groceries from retailers including ...": the verb above the object
        if verb is not None and verb.pos_ != "VERB" and verb.dep_ in {"dobj", "pobj", "prep"}:
            verb = verb.head
    if (not owners or not any(m.type == "Company" for m in owners)) and verb is not None and verb.pos_ == "VERB":
        owners = [m for m in r.agents(verb) if m.type == "Company"]
        if not r.asserted(verb):
            return
    listed = {m.name for q in examples for m in r.ents(q)}
    for o in owners:
        if o.type != "Company" or o.name in listed:
            continue  # ("employed by vendors including X and Y": the verb's agent is the list itself)
        for q in examples:
            for m in r.ents(q):
                if m.type in {"Company", "GovernmentAgency", "Organization"} and m.name != o.name:
                    # (the seller first: "its contractors, such as Accenture" sell to it)
                    if n.lemma_.lower() in _SUPPLIER_NOUNS and m.type == "Company":
                        r.emit(m, "contractsWith", o, n, 0.65, "partners")
                    else:
                        r.emit(o, "contractsWith", m, n, 0.65, "partners")


_register(_PARTNER_NOUNS, partner_examples)


def union_locals(r: RelationReader) -> None:
    """``"CWA Local 1400"``, ``"Office and Professional Employees International Union Local
    153"``: a numbered local belongs to its union."""
    doc = r.doc
    for m in r.de.mentions:
        if m.type not in ORG_TYPES or m.end - m.start < 3:
            continue
        words = m.text.split()
        if len(words) >= 3 and words[-2] == "Local" and words[-1].isdigit():
            parent = " ".join(words[:-2])
            entry = r.gaz_lookup(parent) if r.gaz_lookup else None
            pm = next((x for x in r.de.mentions if x.name == (entry.name if entry else parent) and x is not m), None)
            if entry is not None or pm is not None:
                name = entry.name if entry else parent
                typ = entry.type if entry else pm.type
                r.emit(m, "partOf", M(m.start, m.end, name, name, typ), m.start, 0.75, "union-local")


def _clause_of(t):
    """The verb or predicate heading the clause a token stands in."""
    for _ in range(8):
        if t.pos_ in {"VERB", "AUX"} or t.dep_ in {"ROOT", "relcl", "ccomp", "advcl", "acl", "xcomp"} or t.head.i == t.i:
            return t
        t = t.head
    return t


def _negated_clause(c) -> bool:
    """Whether a clause, or one it is the complement of, is negated ("had not been found to
    violate"); a relative or adverbial clause keeps its own polarity."""
    for _ in range(4):
        if any(x.dep_ == "neg" or x.lower_ in {"not", "n't", "never", "no"} and x.dep_ in {"advmod", "neg", "det"} for x in c.children):
            return True
        if c.dep_ not in {"xcomp", "ccomp", "acomp"} or c.head.i == c.i:
            return False
        c = c.head
    return False


def _reproach(toks) -> bool:
    """"should never have invested", "should not have signed", "cannot be trusted": a reproach
    whatever the words."""
    for t in toks:
        if t.tag_ == "VBN" and any(a.lower_ in {"should", "shouldn't"} for a in t.children if a.dep_ == "aux") \
                and any(a.lower_ == "have" for a in t.children if a.dep_ == "aux") and _negated_clause(t):
            return True
        if t.lemma_.lower() == "trust" and t.tag_ == "VBN" and any(a.lower_ in {"can", "ca"} for a in t.children if a.dep_ == "aux") and _negated_clause(t):
            return True
        if t.lemma_.lower() in {"choose", "put", "place", "prioritize", "prioritise", "value", "pick"} and not _negated_clause(t) and any(
                o.lemma_.lower() in {"profit", "money", "revenue", "engagement"} for o in _child(t, "dobj")) and any(
                c.dep_ == "prep" and c.lower_ in {"over", "before", "above", "ahead"} for x in [t, *_child(t, "dobj")] for c in x.children):
            return True  # "was choosing profits over the health of elections", "puts profit before safety"
    return False


def _judgement(tokens) -> bool:
    """Whether a stretch of text judges something harshly: a critical word its clause does not
    negate ("illegal", "a dangerous fantasy", "should never have invested in a company that
    profits from surveillance"), a favourable one negated ("not proud"), or a reproach."""
    toks = list(tokens)
    harsh = [t for t in toks if t.lemma_.lower() in P.HARSH_WORDS or t.lower_ in P.HARSH_WORDS
             or t.lower_ in {"concerning", "worrying", "worrisome"} and t.dep_ != "prep"]  # not "concerning the contract"
    kind = [t for t in toks if t.lemma_.lower() in P.KIND_WORDS]
    if any(not _negated_clause(_clause_of(t)) and not _negated_clause(t) for t in harsh):
        return True
    return bool(kind) and not harsh and any(_negated_clause(_clause_of(t)) or _negated_clause(t) for t in kind) or _reproach(toks)


def criticism(r: RelationReader, v) -> None:
    """Speech that condemns something: ``"X called the plan 'a dangerous fantasy'"``, ``"X
    described Y as 'a threat'"``, ``"'Y is wrong,' X said"``, ``"X said the company's
    conduct was illegal"``, ``"X publicly broke with Y"``."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    lemma = _lemma(v)
    speakers = [m for m in r.agents(v) if m.type in ACTORS | {"Organization", "GovernmentAgency"}]
    if not speakers:
        return
    if lemma in {"say", "argue", "allege", "write", "tweet", "add"} and _child(v, "ccomp") and any(m.type in ACTORS for m in speakers):
        r.claimants = [m for m in speakers if m.type in ACTORS]
    targets: list[M] = []
    if lemma == "break":
        if any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"ranks"} for c in v.children) or not _pobjs(v, {"with"}):
            return
        targets = [m for p in _pobjs(v, {"with"}) for m in r.target(p)]
    elif lemma in {"call", "describe", "label", "brand", "dub", "term"}:
        objs = _child(v, "dobj")
        if not objs and lemma == "call":
            # "called Lyft's policy cruel", parsed as the noun modifying the verdict
            objs = [o for o in _child(v, "oprd") if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in o.children)]
        if not objs:
            return
        verdict = [x for c in v.children if c.dep_ in {"oprd", "xcomp", "ccomp", "prep", "attr"} or c.i > objs[0].i and c.dep_ in {"punct"} for x in c.subtree]
        verdict += [x for x in objs[0].subtree if x.i > objs[0].i and x.dep_ in {"oprd", "appos", "amod"}]
        if not _judgement(verdict):
            return
        for o in objs:
            # "called the firing of X by Amazon ...": the doer of the deed is condemned
            by = [m for p in _pobjs(o, {"by"}) for m in r.ents(p)]
            targets += by or _deed_target(r, o)
    else:
        clauses = [c for c in v.children if c.dep_ in {"ccomp", "parataxis"}]
        if not clauses:
            return
        for cl in clauses:
            toks = list(cl.subtree)
            if not _judgement(toks):
                continue
            # "said the ruling showed that Tesla had broken the law": who the evidence judges
            shown = [c for c in _child(cl, "ccomp") if _lemma(cl) in _EVIDENCE_VERBS and _judgement(c.subtree)]
            subj = [s for c in shown or [cl] for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
            found = [m for s in subj for m in _deed_target(r, s) if m.name not in {x.name for x in speakers}]
            if not found:
                # "they were not satisfied with Kotick's apology": what the judgement is about
                found = [m for a in _child(cl, "acomp", "attr") for p in _pobjs(a, {"with", "about", "by", "over", "of"})
                         for m in _deed_target(r, p)]
            if not found and not any(x.pos_ in {"NOUN", "PROPN"} for x in subj):
                # "'X is building a surveillance state,' said Y": a named company in the clause
                # (not when the clause judges something else: "the study was misleading")
                found = [m for t in toks for m in r.de.at(t.i) if m.type in {"Company", "Product"}][:1]
            if not found and any(s.lower_ in {"that", "this", "it"} and not r.ents(s) for s in subj):
                # "'That is unacceptable,' the commissioner said": what the text is about
                found = [_here(m, cl) for m in r._salient_company(cl)]
            targets += found
    speaker_names = {s.name for s in speakers}
    for s in speakers:
        for t in _dedupe(targets):
            if t.name in speaker_names or t.type not in {"Company", "Product", "Person", "GovernmentAgency", "Organization"}:
                continue
            if s.type == "Person" and t.type == "Person" and t.name == s.name or _on_the_bench(r, s):
                continue
            r.emit(s, "protested", t, v, 0.55, "criticism")


#: Verbs of evidence that pass on the judgement of the clause they govern: "the ruling showed that ...".
_EVIDENCE_VERBS = frozenset({"show", "prove", "demonstrate", "confirm", "reveal", "suggest", "indicate", "underscore", "highlight"})


def _on_the_bench(r: RelationReader, m: M) -> bool:
    """Whether a person is named as a judge ("Judge Amit Mehta", "U.S. District Judge X"): a
    ruling finds against a party, it is no protest."""
    return m.type == "Person" and any(
        x.start > 0 and r.doc[x.start - 1].lower_ in {"judge", "justice", "magistrate"} for x in r.de.mentions if x.name == m.name)


_register({"say", "call", "describe", "label", "brand", "dub", "term", "tweet", "write", "add", "argue", "allege", "warn", "break"}, criticism)


def quoted_criticism(r: RelationReader) -> None:
    """A direct quotation that condemns a named company, product, agency or person, wherever
    its speaker is named: ``'"Ring is building a surveillance network," Jane Roe told
    Recode'``, ``'X wrote in a post that "Facebook is enabling violence"'``. The speaker
    opposed what the quotation condemns: the subject of one of its clauses, else the company
    or product it names first."""
    doc = r.doc
    for _body, speaker, _s, _e, qs, qe in r.quotations():
        if speaker is None or speaker.type not in ACTORS | {"Organization"}:
            continue
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None:
            continue
        for unit in sorted({r.de.units[t.i] for t in span}):
            part = [t for t in span if r.de.units[t.i] == unit]
            if not _judgement(part):
                continue
            named = [m for m in _named_in(r, part) if m.name != speaker.name and m.type in {"Company", "Product", "GovernmentAgency", "Person"}]
            found = _main_targets(doc, named)
            # "'Pat, shame on you,' she shouted": the one addressed
            first = next((t.i for t in part if not t.is_punct), None)
            found += [m for m in named if m.type == "Person" and m.start == first and m.end < len(doc) and doc[m.end].text == ","]
            for t in _dedupe(found) if not _on_the_bench(r, speaker) else []:
                who = speaker if r.de.units[speaker.start] == unit else _here(speaker, doc[t.start])
                r.emit(who, "protested", t, t.start, 0.5, "quote-criticism")


#: Words of approval: a quotation that uses them is no plain condemnation.
_APPROVAL = frozenset({"welcome", "applaud", "commend", "praise", "grateful", "thank", "thanks", "glad", "pleased", "happy",
                       "encourage", "encouraging", "positive", "support", "appreciate", "proud", "congratulate", "celebrate"})


def advocate_quotes(r: RelationReader) -> None:
    """A campaigner's quotation about a company, agency or product, with no word of approval:
    ``'"Flock has built a system that lets any officer track where people drive," said Jay
    Stanley, a senior policy analyst at the ACLU'``. Advocacy groups are quoted in this
    coverage to oppose what they name; the speaker (or the group itself) opposed it. Runs
    after the role rules, which say who speaks for an advocacy group."""
    doc = r.doc
    # (and a union's officials, who speak against employers in this coverage)
    groups = {c.subj.name: c.obj for c in r.out if c.pred in {"worksFor", "leads"} and isinstance(c.obj, M)
              and (c.obj.type == "AdvocacyGroup" or c.obj.type == "Organization" and _UNION_OFFICIAL_WORDS & set(c.obj.name.lower().split()))
              and c.obj.name not in r.de.parents}  # (not a company's unit the typing took for a group)
    # ... and lawmakers, titled so before their names ("Sen. Ron Wyden"), who hold companies to account
    lawmakers = {m.name for m in r.de.mentions if m.type == "Person" and m.start > 0
                 and doc[m.start - 1].text.rstrip(".").lower() in _LAWMAKER_TITLES}
    for _body, speaker, _s, _e, qs, qe in r.quotations():
        if speaker is None or not (speaker.type == "AdvocacyGroup" or speaker.type == "Person" and (speaker.name in groups or speaker.name in lawmakers)):
            continue
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None or any(t.lemma_.lower() in _APPROVAL for t in span):
            continue
        if any(t.lower_ in {"must", "should", "needs", "need"} and t.dep_ in {"aux", "ROOT", "ccomp", "conj"} for t in span):
            continue  # '"Oracle must stop selling it," said X': a demand, read as such
        own = {speaker.name, groups[speaker.name].name} if speaker.name in groups else {speaker.name}
        named = [m for m in _named_in(r, span) if m.type in {"Company", "Product", "GovernmentAgency"} and m.name not in own and not _generic(m)]
        for t in _main_targets(doc, named):
            who = speaker if r.de.units[speaker.start] == r.de.units[t.start] else _here(speaker, doc[t.start])
            r.emit(who, "protested", t, t.start, 0.45, "advocate-quote")


#: Titles of legislators before their names: "Sen. Ron Wyden", "Rep. Jane Roe".
_LAWMAKER_TITLES = frozenset({"sen", "senator", "rep", "representative", "congressman", "congresswoman", "mp", "mep", "assemblymember",
                              "councilmember", "councilman", "councilwoman", "alderman", "alderwoman", "legislator", "lawmaker"})
#: Words in the names of unions whose officials speak against employers: the union-name words,
#: the entity finder's, and a few unions known by their initials ("the GMB union").
_UNION_OFFICIAL_WORDS = _UNION_NAME_WORDS | _UNION_WORDS | {"unions", "confederation", "gmb", "rwdsu", "cwa", "iwgb"}


def letter_quotes(r: RelationReader) -> None:
    """A quotation a letter speaks (``'"We refuse to build the platform that powers ICE," the
    letter said'``, ``'"...," reads the petition'``): when it condemns what it names, the
    letter's authors opposed it."""
    doc = r.doc
    for _body, speaker, s, e, qs, qe in r.quotations():
        if speaker is not None:
            continue
        letters = [t for t in doc[s:e] if not (qs <= t.idx < qe) and t.lemma_.lower() in {"letter", "petition", "memo", "manifesto"}
                   and (t.dep_ in {"nsubj", "nsubjpass"} and _lemma(t.head) in _QUOTE_VERBS or t.dep_ == "pobj" and t.head.lower_ in {"in", "to"})]
        if not letters:
            continue
        authors = [m for m in r.authors(letters[0]) if m.type in ACTORS]
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if not authors or span is None or not _judgement(span):
            continue
        named = [m for m in _named_in(r, span) if m.type in {"Company", "Product", "GovernmentAgency"} and m.name not in {a.name for a in authors}
                 and not _generic(m)]
        for t in _main_targets(doc, named):
            for a in authors:
                r.emit(_here(a, doc[t.start]), "protested", t, t.start, 0.5, "letter-quote")


#: Verbs a letter "speaks" with: "the letter said", "reads the petition".
_QUOTE_VERBS = frozenset({"say", "read", "state", "argue", "add", "note", "declare", "write", "continue", "conclude", "warn"})
#: Verbs that report what someone said, whose subject may also do a second verb coordinated
#: after the report ("X said the layoffs were cruel and criticised Y").
_REPORTING_VERBS = _QUOTE_VERBS | {"tell", "claim", "insist"}


def _named_in(r: RelationReader, tokens) -> list[M]:
    """The mentions among some tokens, each once, in text order."""
    return list({(m.start, m.name): m for t in tokens for m in r.de.at(t.i)}.values())


def _main_targets(doc, named: list[M]) -> list[M]:
    """What a quotation is about: of the names it holds, the subjects highest in their sentence
    ("X is helping ICE build ...": X, not ICE), else the first company or product named."""
    subjects = [(sum(1 for _ in doc[m.start:m.end].root.ancestors), m) for m in named if _subject_like(doc[m.start:m.end].root)]
    top = min((d for d, _ in subjects), default=None)
    return [m for d, m in subjects if d == top] or [m for m in named if m.type in {"Company", "Product"}][:1]


def _generic(m: M) -> bool:
    """A kind of body ("law enforcement" for "police"), no one organisation: a lower-case name
    of several words."""
    return m.name.islower() and " " in m.name


def _subject_like(tok) -> bool:
    """A clause's subject, or the possessor of one ("Apple's culture of secrecy ...")."""
    return tok.dep_ in {"nsubj", "nsubjpass"} or tok.dep_ == "poss" and tok.head.dep_ in {"nsubj", "nsubjpass"}


def quoted_demand(r: RelationReader, v) -> None:
    """``"'Amazon must stop selling Rekognition,' said Jane Roe of the ACLU"``, ``"X said
    Google should cancel the contract"``: saying what someone must do asks it of them."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    speakers = [m for m in r.agents(v) if m.type in ACTORS]
    if not speakers:
        return
    for cl in _child(v, "ccomp", "parataxis"):
        if not any(a.lower_ in {"must", "should"} for a in _child(cl, "aux")) or any(a.lower_ == "have" for a in _child(cl, "aux")):
            continue  # not "should have done more": a reproach, no request
        for x in _child(cl, "nsubj"):
            for t in r.ents(x):
                # (a company told what it must do; what police or a ministry "should" do is a
                # view of policy, not a demand made of them)
                if t.type in {"Company", "Person"} and t.name not in {s.name for s in speakers}:
                    for s in speakers:
                        r.emit(s, "petitioned", t, cl, 0.6, "quoted-demand")


_register({"say", "tweet", "write", "add", "argue", "state", "tell", "insist"}, quoted_demand)


def regulator_action(r: RelationReader, v) -> None:
    """An agency acting on what it examined: ``"the NLRB found that X had violated the
    law"``, ``"the FTC fined X"``, ``"the board accused X of retaliating"``, ``"the regulator
    ordered X to delete the data"``."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    lemma = _lemma(v)
    agencies = [m for m in r.agents(v) if m.type == "GovernmentAgency"]
    if not agencies:
        # "Norway's data protection authority, Datatilsynet, fined X": the name in apposition
        agencies = [m for s in _child(v, "nsubj") for a in _child(s, "appos") for m in r.ents(a) if m.type == "GovernmentAgency"]
    # (a court's order or ruling decides a case someone brought; it examines no one)
    agencies = [m for m in agencies if not {"court", "tribunal"} & set(m.name.lower().split())]
    if not agencies:
        return
    if lemma in {"find", "rule", "determine", "conclude", "allege", "say"}:
        if lemma == "say" and not any(_lemma(c) in {"violate", "break", "retaliate", "discriminate", "mislead"} for c in _child(v, "ccomp")):
            return
        targets = [m for c in _child(v, "ccomp") for x in _child(c, "nsubj", "nsubjpass") for m in r.target(x)]
    elif lemma in {"impose", "levy", "issue", "serve"}:
        # "imposed a fine of 20 million euros on Clearview", "issued Serco an enforcement notice"
        if not any(o.lemma_.lower() in _PENALTY_NOUNS for o in _child(v, "dobj")):
            return
        places = _pobjs(v, {"on", "against", "to"}) + [p for o in _child(v, "dobj") for p in _pobjs(o, {"on", "against", "to"})]
        # (the one served may be parsed as a second object: "issued Serco an enforcement notice")
        targets = [m for o in _child(v, "dative", "dobj") + places if o.lemma_.lower() not in _PENALTY_NOUNS for m in r.ents(o)]
    else:
        targets = [m for o in _child(v, "dobj", "dative", "nsubjpass") for m in r.ents(o) or [
            x for c in o.children if c.dep_ in {"nmod", "compound"} and c.i < o.i for x in r.ents(c)]]  # "X was fined by the FTC", "fined X 65 million kroner"
    # "X, whose office had charged him": the one the relative clause is about charged someone else
    about = {m.name for m in r.ents(v.head)} if v.dep_ == "relcl" else set()
    for a in agencies:
        for t in targets:
            if t.type in {"Company", "Organization", "Person", "GovernmentAgency"} and t.name not in about:
                r.emit(a, "investigated", t, v, 0.65, "regulator")


#: What an authority imposes on or issues to those it examined.
_PENALTY_NOUNS = frozenset({"fine", "penalty", "sanction", "notice", "order", "reprimand", "warning", "citation", "ban", "injunction"})

_register({"find", "rule", "determine", "conclude", "allege", "say", "fine", "accuse", "charge", "penalize", "penalise", "sanction", "order", "cite",
           "ban", "bar", "reprimand", "censure", "admonish", "impose", "levy", "issue", "serve"}, regulator_action)


def letter_authors_count(r: RelationReader, v) -> None:
    """``"33 early Facebook employees published an open letter"``: how many wrote it."""
    if v.pos_ != "VERB" or not r.asserted(v) or not any(o.lemma_.lower() in {"letter", "petition", "memo"} for o in _child(v, "dobj")):
        return
    for st in _child(v, "nsubj"):
        n = r.count_of(st)
        if n is None or n < 2:
            continue
        groups = [m for m in r.ents(st) if m.type in {"EmployeeGroup", "AdvocacyGroup"} and m.explicit]
        for g in groups[:1]:
            r.emit(g, "signatoryCount", str(n), v, 0.7, "letter-authors")
            r.letter_authors = [g]


_register({"publish", "write", "pen", "send", "post", "circulate", "deliver", "submit", "draft", "author"}, letter_authors_count)


#: Last words of names that a company gives to what is no unit of it: shops and conferences.
_NOT_UNITS = frozenset({"store", "stores", "shop", "shops", "universe"})
#: Words that name a campaign after the company it opposes: "Tesla Takedown", "Amazon Out".
_OPPOSING_WORDS = frozenset({"takedown", "out", "boycott", "resistance", "against", "exposed", "verhindern", "stop", "free"})


#: What an apposition calls an event: "Ubisoft Forward, an online showcase".
_EVENT_NOUNS = frozenset({"showcase", "conference", "event", "summit", "festival", "expo", "convention", "keynote", "livestream", "presentation"})


def named_units(r: RelationReader) -> None:
    """``"Google Research"``, ``"Microsoft Research"``, ``"Amazon Web Services"``: a unit
    named after a known company, with its own name, is part of that company."""
    seen = set()
    for m in r.de.mentions:
        if m.type not in {"Company", "Organization"} or m.name in seen or " " not in m.name or r.board_owner(m):
            continue
        words = m.name.split()
        rest = {w.lower() for w in words[1:]}
        if rest & (P.ADVOCACY_HEADS | P.GROUP_NAME_HEADS | _OPPOSING_WORDS | {"employees", "workers", "staff", "united", "guild", "local", "inc", "inc.", "corp", "corp.", "co"}):
            continue
        if words[-1].lower() in {"group", "holdings"}:
            continue  # "the Samsung Group" is the conglomerate Samsung belongs to, not a unit of it
        if words[-1].lower() in _NOT_UNITS | _EVENT_WORDS:
            continue  # "Apple Store" is a shop, "GitHub Universe" a conference
        if m.end > m.start and any(c.dep_ == "appos" and c.lemma_.lower() in _EVENT_NOUNS for c in r.doc[m.start:m.end].root.children):
            continue  # "Ubisoft Forward, an online showcase": an event
        for k in range(len(words) - 1, 0, -1):
            parent = _company_named(r, " ".join(words[:k]))
            if parent is not None and parent != m.name:
                seen.add(m.name)
                r.emit(m, "partOf", M(m.start, m.end, parent, parent, "Company"), m.start, 0.55, "named-unit")
                break


_AFFECTED = frozenset({"troubled", "concerned", "alarmed", "disturbed", "outraged", "upset", "angered", "angry",
                       "dismayed", "appalled", "frustrated", "disappointed", "worried", "horrified", "disgusted", "furious"})


#: A company's choices: "criticized the decision" opposes whoever made it.
_DECISIONS = frozenset({"decision", "move", "policy", "plan", "handling", "choice", "stance", "announcement", "treatment", "retaliation",
                        "ban", "mandate", "reversal", "feature", "proposal", "update"})
#: What is done to a person: "Gebru's ouster" names the one ousted.
_UNDERGONE = frozenset({"termination", "ouster", "removal", "suspension", "firing", "dismissal", "departure", "exit"})


def _deed_target(r: RelationReader, tok) -> list[M]:
    """What a protest over a deed is aimed at: ``"the firing of X"`` is aimed at whoever
    fired (its possessor, its ``by``-agent, else the company the text is about), not at X."""
    if tok.lemma_.lower() not in P.CORPORATE_ACTS | {"termination", "ouster", "removal", "suspension", "firing"}:
        return r.target(tok)
    undergoes = tok.lemma_.lower() in _UNDERGONE
    # "Gebru's ouster": the person ousted, not the one who ousted her
    doers = [m for c in tok.children if c.dep_ == "poss" for m in r.ents(c) if not (undergoes and m.type == "Person")]
    doers += [m for p in _pobjs(tok, {"by"}) for m in r.ents(p)]
    if doers:
        return doers
    if undergoes and any(c.dep_ == "poss" for c in tok.children):
        # the one company in the sentence (a group's employer counts), else the one in view
        return [_here(m, tok) for m in r.sole_company(tok) or r._salient_company(tok)]
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or any(
            c.dep_ == "det" and c.lower_ in {"the", "these", "this", "those", "that"} for c in tok.children):
        return [_here(m, tok) for m in r._salient_company(tok)]  # "these firings", "the firing of X"
    return r.target(tok) or [_here(m, tok) for m in r._salient_company(tok)]  # "a one-year pause is not enough"


def target_noun(r: RelationReader, n) -> None:
    """``"HPE has become a target for Mijente"``, ``"Palantir is a target of activists from X"``:
    the group that targets it opposes it."""
    if n.pos_ != "NOUN":
        return
    if n.dep_ in {"oprd", "xcomp", "ccomp"} and _lemma(n.head) == "make" and r.asserted(n.head):
        # "Mijente has made Palantir a central target of its #NoTechForICE campaign"
        actors = [m for m in r.agents(n.head) if m.type in ACTORS | {"Organization"}]
        for h in [m for x in _child(n.head, "dobj") + _child(n, "nsubj") for m in r.ents(x)]:
            if h.type in ORG_TYPES | {"Product", "Person"}:
                for a in actors:
                    r.emit(a, "protested", h, n, 0.65, "target-of")
        return
    if n.dep_ != "attr" or n.head.lemma_.lower() not in {"be", "become", "remain"} or not r.asserted(n.head):
        return
    actors = [m for p in _pobjs(n, {"for", "of"}) for m in r.ents(p) if m.type in ACTORS | {"Organization"}]
    for h in [m for x in _child(n.head, "nsubj") for m in r.ents(x)]:
        if h.type in ORG_TYPES | {"Product", "Person"}:
            for a in actors:
                r.emit(a, "protested", h, n, 0.65, "target-of")


_register({"target"}, target_noun)


def critic_noun(r: RelationReader, n) -> None:
    """``"X, a vocal critic of Amazon"``, ``"X has been an opponent of the deal"``, ``"X is
    among Amazon's most prominent critics"``."""
    among = n.dep_ == "pobj" and n.head.lower_ == "among" and n.head.head.lemma_.lower() in {"be", "become", "remain"}
    # "Mijente has been one of Palantir's fiercest critics": as "among"
    one_of = n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lower_ == "one" and n.head.head.dep_ == "attr" \
        and n.head.head.head.lemma_.lower() in {"be", "become", "remain"}
    if one_of:
        among, n_verb = True, n.head.head.head
    else:
        n_verb = n.head.head
    include = n.dep_ == "nsubj" and n.head.lemma_.lower() == "include"  # "Amazon's critics include the ACLU"
    if n.pos_ != "NOUN" or n.tag_ != "NN" and not among and not include:
        return
    targets = [m for p in _pobjs(n, {"of"}) for m in _deed_target(r, p)]
    if not targets:
        targets = [m for c in _child(n, "poss") for m in r.ents(c) if m.type in ORG_TYPES | {"Person", "Product"}]
    if not targets:
        return
    holders: list[M] = []
    if n.dep_ == "appos":
        holders = r.ents(n.head)
    elif n.dep_ == "attr" and n.head.lemma_.lower() in {"be", "become", "remain"} and r.asserted(n.head):
        holders = [m for s in _child(n.head, "nsubj") for m in r.ents(s)]
    elif among and r.asserted(n_verb):
        holders = [m for s in _child(n_verb, "nsubj") for m in r.ents(s)]
    elif include and r.asserted(n.head):
        holders = [m for o in _child(n.head, "dobj") for m in r.ents(o)]
    for h in holders:
        if h.type in ACTORS | {"Organization"}:
            for t in targets:
                r.emit(h, "protested", t, n, 0.7, "critic")


_register({"critic", "opponent", "detractor", "foe"}, critic_noun)


def critical_of(r: RelationReader, a) -> None:
    """``"a coalition that has been sharply critical of Amazon"``, ``"X was openly critical
    of the contract"``: a stance held, as "a critic of"."""
    if a.pos_ != "ADJ" or a.dep_ != "acomp" or _lemma(a.head) not in {"be", "become", "remain", "grow", "prove"} or not r.asserted(a.head):
        return
    targets = [m for p in _pobjs(a, {"of"}) for m in _deed_target(r, p)]
    holders = [h for h in r.agents(a.head) if h.type in ACTORS | {"Organization"}] if targets else []
    for h in holders:
        for t in targets:
            r.emit(h, "protested", t, a, 0.7, "critical-of")


_register({"critical"}, critical_of)


def attack_phrase(r: RelationReader, v) -> None:
    """``"lashed out at X"``, ``"took aim at X"``, ``"railed against X"``, ``"questioned X's
    decision"``."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    lemma = _lemma(v)
    objs: list = []
    if lemma in {"lash", "hit"} and any(c.lower_ == "out" for c in v.children if c.dep_ in {"prt", "advmod"}):
        objs = _pobjs(v, {"at", "against"}) + [p for c in v.children if c.lower_ == "out" for p in _pobjs(c, {"at", "against"})]
    elif lemma == "take" and any(o.lemma_.lower() == "aim" for o in _child(v, "dobj")):
        objs = _pobjs(v, {"at"}) + [p for o in _child(v, "dobj") for p in _pobjs(o, {"at"})]
    elif lemma == "rail":
        objs = _pobjs(v, {"against", "at"})
    elif lemma == "call" and any(c.lower_ == "out" for c in _child(v, "prt")):
        # "called out Amazon for its treatment of workers"; "called out workers at six Amazon
        # warehouses": a strike at the workplace's owner
        for o in _child(v, "dobj", "oprd"):  # ("called out Amazon", Amazon parsed as a predicate)
            if o.lemma_.lower() in P.WORKER_NOUNS | {"member"}:
                objs += _pobjs(o, {"at"}) + _pobjs(v, {"at"})
            else:
                objs.append(o)
    elif lemma in {"question", "fault", "blame"}:
        objs = [o for o in _child(v, "dobj") if o.lemma_.lower() in P.CORPORATE_ACTS | {"role", "involvement", "participation", "ties", "tie"}
                or lemma != "question"]
    targets = [m for o in objs for m in _deed_target(r, o)]
    for s in r.agents(v):
        if s.type in ACTORS | {"Organization"}:
            for t in targets:
                if t.type in {"Company", "GovernmentAgency", "Organization", "Product", "Person"}:
                    r.emit(s, "protested", t, v, 0.7, "attack")


_register({"lash", "hit", "take", "rail", "question", "fault", "blame", "call"}, attack_phrase)


def affected_by(r: RelationReader, a) -> None:
    """``"employees were troubled by Microsoft's work with ICE"``, ``"X is concerned about
    Y"``: being troubled by something is objecting to it."""
    if a.lower_ not in _AFFECTED or a.dep_ not in {"acomp", "ROOT", "conj", "xcomp", "amod"}:
        return
    v = a.head if a.dep_ in {"acomp", "xcomp"} else a
    if a.dep_ == "amod":
        return
    if not r.asserted(v):
        return
    targets = [m for p in _pobjs(a, {"by", "about", "over", "with", "at"}) + (_pobjs(v, {"by", "about", "over"}) if v is not a else [])
               for m in _deed_target(r, p)]
    if not targets:
        return
    subj = [c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
    agents = [m for s in subj for m in r.ents(s)] or (r.agents(v) if v.pos_ == "VERB" else [])
    for s in agents:
        if s.type in ACTORS | {"Organization"}:
            for t in targets:
                r.emit(s, "protested", t, a, 0.65, "affected-by")


_register(_AFFECTED | {"trouble", "concern", "alarm", "disturb", "outrage", "upset", "anger", "dismay", "appal", "appall",
                       "frustrate", "disappoint", "worry", "horrify", "disgust"}, affected_by)


#: Money one can turn down: "rejected a $250,000 donation from X".
_MONEY_NOUNS = frozenset({"donation", "gift", "money", "funding", "funds", "sponsorship", "grant", "check", "cheque", "contribution", "pledge"})


def refuse_money(r: RelationReader, v) -> None:
    """``"RAICES rejected a $250,000 donation from Salesforce"``, ``"the conference dropped
    Palantir as a sponsor"``: refusing someone's money in public is a protest against them."""
    if v.pos_ != "VERB" or not r.asserted(v):
        return
    lemma = _lemma(v)
    if lemma == "turn" and not any(c.lower_ == "down" for c in _child(v, "prt")) or lemma == "give" and not any(c.lower_ == "back" for c in _child(v, "prt")):
        return
    objs = _child(v, "dobj", "nsubjpass")
    donors = [p for o in objs if o.lemma_.lower() in _MONEY_NOUNS for p in _pobjs(o, {"from", "by", "of"})]
    donors += [c for o in objs if o.lemma_.lower() in _MONEY_NOUNS for c in _child(o, "poss")]  # "returned Salesforce's donation"
    if lemma in {"drop", "cut"}:
        # "dropped Palantir as a sponsor"
        donors = [o for o in objs if any(q.lemma_.lower() in {"sponsor", "donor", "partner", "funder"} for q in _pobjs(v, {"as"}))]
    targets = [m for d in donors for m in r.ents(d) if m.type in {"Company", "Organization", "GovernmentAgency"}]
    if not targets:
        return
    subjects = [m for s in _child(v, "nsubj") for m in r.ents(s)] if v.dep_ != "xcomp" else r.agents(v)
    for s in subjects or r.agents(v):
        if s.type in ACTORS | {"Organization"}:
            for t in targets:
                r.emit(s, "protested", t, v, 0.65, "refuse-money")


_register({"reject", "decline", "refuse", "return", "turn", "give", "drop", "cut", "forgo", "forego"}, refuse_money)


def behind(r: RelationReader, p) -> None:
    """``"OpenAI, the company behind ChatGPT"``, ``"X, which owns the studios behind Call of
    Duty"``: the company behind a product makes it."""
    if p.dep_ != "prep" or p.head.pos_ != "NOUN":
        return
    n = p.head
    if n.lemma_.lower() not in P.COMPANY_NOUNS | {"studio", "team", "lab", "maker", "developer", "creator", "startup", "firm",
                                                  "division", "unit", "subsidiary", "arm"}:
        return
    products = [m for q in _pobjs(n, {"behind"}) for x in q.subtree for m in r.de.at(x.i) if m.type == "Product"]
    if not products:
        return
    makers: list[M] = []
    if n.dep_ == "appos":
        makers = r.ents(n.head)
    makers += [r.ents(c)[0] for c in n.children if c.dep_ == "appos" and r.ents(c)]
    if not makers and n.dep_ == "dobj" and _lemma(n.head) in {"own", "run", "operate", "control"} and r.asserted(n.head):
        makers = r.agents(n.head)  # "X owns the studios behind Y"
    for mk in makers:
        if mk.type in {"Company", "Organization"}:
            for prod in _dedupe(products):
                r.emit(mk, "develops", prod, p, 0.7, "behind")


_register({"behind"}, behind)
