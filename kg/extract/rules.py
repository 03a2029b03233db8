"""The rule extractor: one parsed Doc -> mentions, relations with evidence, quotes, dates."""

from __future__ import annotations

from dataclasses import replace

from kg.extract import patterns as P
from kg.extract.entities import EntityFinder
from kg.extract.gazetteer import Gazetteer, load_gazetteer
from kg.extract.quotes import attribution, date_of, dated_spans
from kg.extract.relations import RelationReader
from kg.types import Article, ArticleExtraction, EventDate, Evidence, Mention, Quote, Relation


#: Predicates that state events (and so may carry a date); the others state standing facts.
_EVENT_PREDICATES = frozenset({"petitioned", "protested", "contractsWith", "investigated", "respondedTo", "signatoryCount", "partOf"})


#: Titles of people who speak for their organisation.
_SPEAKS_FOR_TITLES = P.TOP_TITLES | {
    "spokesperson", "spokesman", "spokeswoman", "representative", "executive", "officer", "vp", "president",
    "chief", "head", "director", "cto", "cfo", "coo", "cmo", "cio", "counsel", "secretary",
}


def _of_a_unit(title) -> bool:
    """``"a director of product management"``: a title over a unit's work, not one that
    speaks for the whole organisation."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.pos_ == "NOUN" for p in c.children) for c in title.children)


#: Last words of the names of a company's teams, whose people work for the company.
_TEAM_WORDS = frozenset({"team", "group", "lab", "labs", "division", "unit", "department", "research", "project", "initiative"})


#: Nouns that name an organisation's staff as such (not a trade: "engineers", "couriers").
_STAFF_NOUNS = frozenset({"employee", "worker", "staff", "staffer", "workforce", "workers", "employees", "staffers"})
#: What a group of workers does as such: "engineers at Lyft joined the union".
_COLLECTIVE_ACTS = frozenset({"join", "unionize", "unionise", "organize", "organise", "vote", "strike", "rally", "march", "walk", "sign",
                              "protest", "demand", "petition", "quit", "resign", "form", "launch"})


def _staff_or_active(span) -> bool:
    """Whether a group's words name an organisation's staff as such, or the group acts as one."""
    root = span.root
    return any(t.lemma_.lower() in _STAFF_NOUNS or t.lower_ in _STAFF_NOUNS for t in span) \
        or root.dep_ == "nsubj" and root.head.lemma_.lower() in _COLLECTIVE_ACTS


class Extractor:
    """Holds what is compiled once (gazetteer matchers); ``__call__`` reads one doc."""

    name = "kg.rules"

    def __init__(self, nlp, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or load_gazetteer()
        self.finder = EntityFinder(nlp, self.gazetteer)

    def __call__(self, doc, article: Article) -> ArticleExtraction:
        de = self.finder(doc)
        text = doc.text
        mentions: dict[tuple, Mention] = {}

        def add_mention(m, typ=None) -> None:
            if m.end <= m.start:
                return
            s, e = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)
            key = (s, e, m.name)
            if key not in mentions:
                # a group's text may name one of several coordinated groups ("Google employees"
                # of "Employees at Microsoft and Google"), a board its owner ("Amazon's board");
                # other mentions are the span itself
                surface = m.text if m.surface and m.text == m.surface else text[s:e]
                mentions[key] = Mention(article.id, surface, s, e, typ or m.type, m.name)

        for m in de.mentions:
            add_mention(m)
        for groups in de.groups.values():
            for g in groups:
                if g.explicit:
                    add_mention(g)
                    if g.surface and g.surface != g.text:
                        s, e = doc[g.start].idx, doc[g.end - 1].idx + len(doc[g.end - 1].text)
                        mentions.setdefault((s, e, g.name, g.surface), Mention(article.id, g.surface, s, e, g.type, g.name))
        unit_attr: dict[int, str | None] = {}
        relations: list[Relation] = []
        dates: list[EventDate] = []
        reader = RelationReader(doc, de, self.gazetteer.lookup)
        seen = set()
        date_spans = dated_spans(doc)
        cands = reader.read()
        # one on the staff of an organisation's programme works for the organisation too: "X, a
        # deputy director of the ACLU's Speech, Privacy, and Technology Project"
        programmes: dict[tuple[str, int], object] = {}  # (programme, sentence) -> its organisation, first stated
        # ... and one who leads or works in a unit the same sentence says is part of a company:
        # "Timnit Gebru, the co-lead of Google's Ethical AI team"
        for c in cands:
            if c.pred == "partOf" and not isinstance(c.obj, str) and (c.rule == "programme" or c.obj.type == "Company" and c.subj.type == "Organization"
                                                                    and c.subj.name.split()[-1].lower() in _TEAM_WORDS):
                programmes.setdefault((c.subj.name, de.units[c.trigger]), c.obj)
        for c in list(cands):
            if c.pred in {"worksFor", "leads"} and c.subj.type == "Person" and not isinstance(c.obj, str):
                whole = programmes.get((c.obj.name, de.units[c.trigger]))
                if whole is not None:
                    cands.append(replace(c, pred="worksFor", obj=whole, rule=f"{c.rule}-programme"))
        # a leader also works there: "leads" says it, "worksFor" would repeat it
        leaders = {(c.subj.name, c.obj.name) for c in cands if c.pred == "leads" and not isinstance(c.obj, str)}
        cands = [c for c in cands if not (c.pred == "worksFor" and not isinstance(c.obj, str) and (c.subj.name, c.obj.name) in leaders)]
        # an executive or spokesperson speaking harshly speaks for the organisation, not against it
        insiders = leaders | {(c.subj.name, c.obj.name) for c in cands if c.pred == "worksFor" and not isinstance(c.obj, str)
                              and c.rule in {"role", "title-in-context"} and doc[c.trigger].lemma_.lower() in _SPEAKS_FOR_TITLES
                              and not (doc[c.trigger].lemma_.lower() == "director" and _of_a_unit(doc[c.trigger]))}
        # ... and one who leads a unit speaks for the whole: "Greene (head of Google Cloud) said the
        # backlash had been terrible for the company"
        parts = {(c.subj.name, c.obj.name) for c in cands if c.pred == "partOf" and not isinstance(c.obj, str)}
        # (a former executive is no officer: "former Yandex executive X urged Yandex to ...")
        officers = {(who, org) for who, org in insiders if not any(
            c.pred in {"worksFor", "leads"} and c.subj.name == who and getattr(c.obj, "name", None) == org
            and any(x.lower_ in {"former", "ex", "onetime"} for x in doc[c.trigger].children) for c in cands)}
        insiders |= {(who, whole) for who, unit in leaders for part, whole in parts if part == unit}
        cands = [c for c in cands if not (c.rule in {"criticism", "quote-criticism"} and (c.subj.name, c.obj.name) in insiders)]
        # ... and one who leads an organisation does not protest it: "Will Cathcart, the head of
        # WhatsApp, criticized the plan" criticised someone else's plan
        cands = [c for c in cands if not (c.pred == "protested" and (c.subj.name, c.obj.name) in leaders)]
        # ... nor petitions it: "X, the NLRB's general counsel, has pushed the agency to ..." directs
        # her own organisation (a unit's lead still petitions the company: "the co-lead of its
        # Ethical AI team asked Google to ...")
        cands = [c for c in cands if not (c.pred == "petitioned" and (c.subj.name, c.obj.name) in officers)]
        # a group's spokesperson criticising speaks for the group: "X is wrong," said Jane Roe,
        # a spokesperson for No Tech for Apartheid
        spokespeople = [(c.subj.name, c.obj) for c in cands if c.pred == "worksFor" and not isinstance(c.obj, str)
                        and doc[c.trigger].lemma_.lower() in P.SPEAKER_ROLES]
        voices = {who: org for who, org in spokespeople if org.type in {"AdvocacyGroup", "EmployeeGroup"}}
        cands = [replace(c, subj=voices[c.subj.name]) if c.rule in {"criticism", "quote-criticism"} and c.subj.name in voices else c for c in cands]
        # ... and a company's or an agency's spokesperson criticising its critics answers them;
        # it protests nothing: "the Teamsters have misled the public," said Jane Roe, an Amazon spokesperson
        mouths = {who for who, org in spokespeople if org.type in {"Company", "GovernmentAgency"}}
        cands = [c for c in cands if not (c.rule in {"criticism", "quote-criticism"} and c.subj.name in mouths)]
        # one who protested or petitioned the group's employer speaks against it, not for it: no answer
        # to its staff ("Whittaker said in a note to colleagues that the company's treatment of organizers ...")
        opposed = {(c.subj.name, c.obj.name) for c in cands if c.pred in {"protested", "petitioned"} and c.subj.type == "Person"
                   and not isinstance(c.obj, str)} - insiders
        cands = [c for c in cands if not (c.pred == "respondedTo" and c.subj.type == "Person" and (c.subj.name, getattr(c.obj, "anchor", None)) in opposed)]
        # a statement answers the staff only when it speaks for their employer
        roles: dict[str, set[str]] = {}
        for c in cands:
            if c.pred in {"leads", "worksFor"} and not isinstance(c.obj, str):
                roles.setdefault(c.subj.name, set()).add(c.obj.name)
        # (or the people who protested the speaker's organisation, which the reply rule checked)
        cands = [c for c in cands if c.rule != "statement-reply" or c.subj.name == c.obj.anchor or (c.subj.name, c.obj.anchor) in insiders
                 or c.obj.type == "Person"]
        # an executive telling staff tells their own organisation's staff: "Julie Sweet, who runs
        # Accenture North America, ... telling staff" does not answer another company's employees
        reach = {who: orgs | {whole for part, whole in parts if part in orgs} for who, orgs in roles.items()}
        cands = [c for c in cands if not (c.rule in {"address-staff", "respond-protests"} and c.subj.type == "Person" and c.subj.name in reach
                                          and getattr(c.obj, "anchor", None) and c.obj.anchor not in reach[c.subj.name])]
        # one's own organisation "should" do something: a position taken, not a demand made of it
        cands = [c for c in cands if not (c.rule == "quoted-demand" and c.obj.name in reach.get(c.subj.name, ()))]
        # "X responded by ...": X is the group's employer, or someone with no role elsewhere
        cands = [c for c in cands if c.rule != "respond-bare" or c.obj.anchor is None or c.subj.name == c.obj.anchor
                 or c.subj.type == "Person" and (not roles.get(c.subj.name) or c.obj.anchor in roles[c.subj.name])]
        # telling staff something answers them only where they raised something: a group that
        # petitioned, protested or signed in this article
        voiced = reader.voiced | {c.subj.name for c in cands if c.pred in {"petitioned", "protested", "signatoryCount"}}
        cands = [c for c in cands if c.rule not in {"address-staff", "statement-reply", "respond-bare", "respond-protests"} or c.obj.name in voiced]
        # ... and by one who answers for the company: a rank-and-file worker emailing colleagues
        # ("an engineer sent an email to thousands of employees") answers no one
        staff = {(c.subj.name, c.obj.name) for c in cands if c.pred == "worksFor" and not isinstance(c.obj, str)
                 and doc[c.trigger].lemma_.lower() not in _SPEAKS_FOR_TITLES | P.FOUNDER_TITLES}
        heads = {who for who, _ in leaders}
        cands = [c for c in cands if not (c.rule in {"address-staff", "respond-bare", "asked-about"} and c.subj.type == "Person" and c.subj.name not in heads
                                          and (c.subj.name, getattr(c.obj, "anchor", None)) in staff)]
        # people of a trade named after an organisation that the article only mentions, doing
        # nothing ("ByteDance engineers in China had accessed the data", "researchers at Citizen
        # Lab", "couriers for iFood") are no group of the graph's; its employees or workers are
        acting = {c.subj.name for c in cands if c.pred != "worksFor"} | {c.obj.name for c in cands if not isinstance(c.obj, str)}
        cands = [c for c in cands if not (c.rule == "group" and c.subj.name not in acting and c.subj.type == "EmployeeGroup"
                                          and c.subj.end > c.subj.start and not _staff_or_active(doc[c.subj.start:c.subj.end]))]
        # a workforce's demands of its employer oppose what the employer does: "Amazon employees
        # urged the company to drop the contract" (the employer, not a person asked)
        opposing = {(c.subj.name, c.obj.name) for c in cands if c.pred == "protested" and not isinstance(c.obj, str)}
        cands += [replace(c, pred="protested", rule="staff-demand", conf=min(c.conf, 0.55)) for c in cands
                  if c.pred == "petitioned" and c.subj.type == "EmployeeGroup" and not isinstance(c.obj, str) and c.obj.type == "Company"
                  and c.subj.anchor == c.obj.name and (c.subj.name, c.obj.name) not in opposing]
        for c in cands:
            u = de.units[c.trigger]
            s, e = de.unit_bounds[u]
            if u not in unit_attr:
                unit_attr[u] = attribution(doc, de, s, e)
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
            ev = Evidence(article.id, text[start:end], start, end, f"{self.name}.{c.rule}", c.conf, unit_attr[u])
            obj = c.obj if isinstance(c.obj, str) else c.obj.name
            key = (c.subj.name, c.pred, obj, start)
            if key in seen:
                continue
            seen.add(key)
            rel = Relation(c.subj.name, c.pred, obj, c.subj.type, None if isinstance(c.obj, str) else c.obj.type, ev)
            relations.append(rel)
            d = date_of(date_spans, doc, s, e, c.trigger) if c.pred in _EVENT_PREDICATES else None
            if d:
                dates.append(EventDate(rel, d))
        for u, outlet in sorted(unit_attr.items()):
            if outlet:
                s, e = de.unit_bounds[u]
                for i in range(s, e):
                    for m in de.by_tok.get(i, ()):
                        if m.name == outlet:
                            add_mention(m, "NewsOutlet")
        out_quotes = []
        for body, speaker, s, e, qs, qe in reader.quotations():
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
            ev = Evidence(article.id, text[start:end], start, end, f"{self.name}.quote", 0.7,
                          attribution(doc, de, s, e))
            out_quotes.append(Quote(body, speaker.name if speaker else None, speaker.type if speaker else None, ev))
        return ArticleExtraction(
            article=article,
            mentions=tuple(sorted(mentions.values(), key=lambda m: (m.start, m.end, m.name))),
            relations=tuple(relations),
            quotes=tuple(out_quotes),
            dates=tuple(dates),
        )
