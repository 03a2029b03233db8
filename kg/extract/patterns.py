"""Word lists the rule extractors share: trigger lemmas per predicate, role titles, nouns
that name workers, collectives, parts of organisations, and the words that make a
statement negated, hypothetical or merely intended.

Lemmas are lower-case spaCy lemmas. Keep every list about the language of the field, never
about one article."""

from __future__ import annotations

# --- entities -------------------------------------------------------------------------

#: Nouns that name the workers of an organisation ("Amazon employees", "workers at Uber").
WORKER_NOUNS = frozenset({
    "employee", "worker", "staff", "staffer", "engineer", "technologist", "workforce",
    "developer", "researcher", "programmer", "scientist", "driver", "courier", "rider", "shopper", "trainee", "moderator", "consultant",
})
#: People who work through a platform without being its staff: "Etsy sellers", "Twitch
#: streamers". They act as a group named so ("Etsy sellers"), and work for no one.
PLATFORM_MEMBER_NOUNS = frozenset({"seller", "streamer", "creator", "merchant"})
#: Workers named after the platform whose work they do, whoever employs them: "Facebook
#: content moderators" are mostly contractors' staff, not Facebook employees.
OUTSOURCED_NOUNS = frozenset({"moderator"})
#: Nouns heading a crowd of something: "a group of X", "hundreds of X", "an alliance of X".
COLLECTIVE_NOUNS = frozenset({
    "group", "alliance", "coalition", "collective", "hundred", "thousand", "dozen", "dozens",
    "hundreds", "thousands", "number", "handful", "band", "cohort", "contingent", "majority",
    "bunch", "network", "crowd", "set", "consortium", "caucus", "more", "some", "many",
    "members", "member",
})
#: Generic heads whose examples follow ("companies like Palantir", "agencies including ICE").
GENERIC_HEADS = frozenset({
    "company", "firm", "agency", "organization", "organisation", "group", "partner", "customer",
    "client", "contractor", "vendor", "business", "startup", "corporation", "giant", "outlet",
    "publication", "department", "provider", "supplier", "other", "platform", "service",
})
#: Prepositions that introduce examples of a generic head.
EXAMPLE_PREPS = frozenset({"like", "including", "include", "such"})
#: Definite descriptions that refer back to a company ("the company", "the tech giant").
COMPANY_NOUNS = frozenset({
    "company", "firm", "giant", "retailer", "corporation", "startup", "employer",
    "conglomerate", "behemoth", "titan", "e-tailer",
})
#: Determiners that mark an unanchored crowd ("some employees" is no entity).
QUANTIFIER_DETS = frozenset({
    "some", "many", "several", "few", "other", "most", "all", "any", "no", "these", "those",
    "certain", "various", "numerous", "both", "each", "every", "such", "more", "fewer",
})
#: Heads of organisation names and the type they imply, for names outside the gazetteer.
AGENCY_HEADS = frozenset({
    "department", "agency", "police", "bureau", "administration", "commission", "office",
    "ministry", "council", "court", "senate", "congress", "army", "navy", "command",
    "service", "patrol", "government", "authority", "board", "sheriff", "county", "city",
    "state", "military", "forces", "pentagon", "directorate", "operations", "enforcement", "prosecutors",
})
OUTLET_HEADS = frozenset({
    "news", "times", "post", "journal", "herald", "globe", "magazine", "tribune", "examiner",
    "chronicle", "gazette", "review", "weekly", "daily", "press", "wire", "radio", "tv",
    "television", "network", "media", "report", "observer", "standard", "telegraph",
})
COMPANY_HEADS = frozenset({
    "inc", "inc.", "corp", "corp.", "co", "co.", "llc", "ltd", "ltd.", "plc", "technologies",
    "technology", "systems", "labs", "software", "ai", "solutions", "industries", "holdings",
    "group", "corporation", "company", "networks", "robotics", "analytics", "capital",
    "partners", "ventures", "bank", "communications", "dynamics", "semiconductor",
    "entertainment", "games", "studios", "interactive", "motors", "electronics", "pharmaceuticals",
})
ADVOCACY_HEADS = frozenset({
    "foundation", "institute", "center", "centre", "coalition", "alliance", "project",
    "league", "campaign", "fund", "watch", "network", "union", "association", "society",
    "federation", "movement", "action", "justice", "rights", "liberties",
})

# --- relations ------------------------------------------------------------------------

#: Verbs whose subject petitions the object ("urged Google to", "petitioned the company").
PETITION_VERBS = frozenset({
    "petition", "urge", "ask", "implore", "press", "pressure", "lobby", "beseech", "beg",
    "entreat", "exhort", "request", "demand", "call", "appeal", "push", "challenge", "plead",
})
#: Nouns of written demands: "a letter to X", "a petition to X".
LETTER_NOUNS = frozenset({
    "letter", "petition", "memo", "ultimatum", "demand", "appeal", "plea", "missive",
    "statement", "list", "email", "message", "proposal", "resolution",
})
#: Verbs that put a letter into the world: "signed a letter to X", "sent a petition to X".
SEND_VERBS = frozenset({
    "sign", "send", "write", "deliver", "post", "address", "publish", "pen", "circulate",
    "submit", "present", "hand", "co-sign", "cosign", "draft", "issue", "file", "launch",
    "organize", "organise", "start", "lay", "outline", "put", "bring", "make", "read", "run",
    "email", "e-mail", "mail", "forward",
})
#: Verbs of public opposition: "protested X", "objected to X", "denounced X".
PROTEST_VERBS = frozenset({
    "protest", "oppose", "object", "criticize", "criticise", "condemn", "denounce", "decry",
    "slam", "blast", "boycott", "picket", "rally", "demonstrate", "march", "campaign",
    "decried", "lambaste", "rebuke", "attack", "censure", "assail", "deplore", "fight",
    "resist", "challenge", "sue", "target", "accuse", "heckle", "disrupt", "interrupt", "complain",
    "excoriate", "castigate", "chastise", "berate", "ridicule", "mock", "bemoan", "lament", "repudiate", "disavow",
})
#: Verbs of withholding labour: target is the employer unless a target is named.
WALKOUT_VERBS = frozenset({"walk", "strike", "stage", "resign", "quit", "leave", "organize", "organise", "mobilize", "mobilise", "unionize", "unionise"})
#: Noun objects of "raise / voice / express ___ about X".
CONCERN_NOUNS = frozenset({
    "concern", "concerns", "objection", "alarm", "alarms", "question", "questions", "criticism",
    "complaint", "worry", "worries", "opposition", "outrage", "fear", "fears", "issue",
    "frustration", "anger", "dismay", "displeasure", "discontent", "disapproval", "unease", "dissatisfaction",
})
CONCERN_VERBS = frozenset({"raise", "voice", "express", "air", "share", "outline", "detail", "flag", "register", "sound"})
#: Nouns of opposition: "protests against X", "criticism of X", "backlash over X".
PROTEST_NOUNS = frozenset({
    "protest", "opposition", "criticism", "backlash", "walkout", "strike", "boycott",
    "outcry", "activism", "pushback", "revolt", "dissent", "campaign", "uprising", "rally",
    "demonstration", "petition", "objection", "condemnation", "outrage", "anger", "fury", "uproar",
    "furor", "furore", "firestorm", "discontent", "unrest", "frustration", "sit-in", "die-in", "stoppage",
})
#: Verbs of supplying a product or service to a customer: "sold X to Y", "pitched X to Y".
SUPPLY_VERBS = frozenset({
    "sell", "supply", "provide", "offer", "pitch", "market", "license", "lease", "deliver",
    "furnish", "give", "build", "develop", "deploy", "contract", "bid", "host", "serve",
    "power", "equip", "rent", "make", "design", "tailor", "customize", "assemble", "manufacture",
})
#: Verbs whose ``with``-object is a business partner: "contract with Y", "partnered with Y".
WITH_VERBS = frozenset({"contract", "partner", "collaborate", "work", "team", "ally", "deal", "sign", "negotiate", "do"})
#: Verbs whose direct object is a client: "hosting Palantir", "supplies the Pentagon".
CLIENT_OBJECT_VERBS = frozenset({"host", "serve", "supply", "equip", "power", "arm", "service", "represent", "advise"})
#: Verbs of a client using a supplier: "ICE uses Palantir's software", "runs on AWS".
CUSTOMER_VERBS = frozenset({"use", "buy", "purchase", "procure", "license", "acquire", "rely", "run", "depend", "hire", "contract", "pay", "rent", "lease", "adopt", "deploy"})
#: Nouns of a business relation: "contracts with Y", "ties to Y", "sale of X to Y".
CONTRACT_NOUNS = frozenset({
    "contract", "deal", "business", "tie", "ties", "relationship", "partnership", "sale",
    "sales", "agreement", "bid", "work", "collaboration", "arrangement", "dealing",
    "dealings", "account", "customer", "client", "provision", "project", "program",
    "programme", "engagement", "license", "licence", "pilot", "offer", "relation",
})
#: Nouns naming a supplier: "a technology provider to ICE", "a contractor for the Army".
PROVIDER_NOUNS = frozenset({"provider", "supplier", "vendor", "contractor", "partner", "subcontractor", "seller", "host", "manufacturer", "assembler"})
#: Verbs of making a product: "Amazon builds Rekognition".
DEVELOP_VERBS = frozenset({
    "develop", "build", "make", "create", "design", "launch", "release", "market", "sell",
    "manufacture", "assemble", "produce", "unveil", "introduce", "debut", "ship", "own", "offer", "operate",
    "pitch", "supply", "provide", "license",
})
#: Nouns naming a product generically: "Amazon's facial recognition tool, Rekognition".
PRODUCT_NOUNS = frozenset({
    "software", "tool", "technology", "product", "system", "platform", "service", "program",
    "app", "application", "device", "camera", "model", "algorithm", "database", "suite",
    "feature", "offering", "solution", "engine", "assistant", "doorbell", "chip", "cloud",
    "weapon", "drone", "headset", "network", "tech", "chatbot", "bot", "game", "console", "smartphone",
    "phone", "glasses", "robot", "vehicle", "rocket", "satellite", "spacecraft", "car", "truck", "browser",
    "subscription", "processor", "machine", "vacuum", "generator", "franchise", "spyware", "malware",
})
#: Titles of the person who leads an organisation.
LEAD_TITLES = frozenset({
    "ceo", "president", "head", "chairman", "chairwoman", "chair", "chairperson", "leader",
    "boss", "chief", "director", "commissioner", "secretary", "founder", "cofounder", "commander", "co-ceo",
    "co-founder", "owner", "executive", "administrator", "superintendent", "governor", "gov.", "sheriff",
    "mayor", "principal", "dean", "editor-in-chief", "publisher", "cto", "cfo", "coo",
    "cmo", "cio", "ciso", "partner", "manager", "minister", "co-lead", "colead",
})
#: Founding titles: founding an organisation is no role in it.
FOUNDER_TITLES = frozenset({"founder", "cofounder", "co-founder", "founders", "cofounders", "co-founders"})
#: Titles that lead only when nothing qualifies them ("CEO", "president", "head").
TOP_TITLES = frozenset({
    "ceo", "president", "head", "chairman", "chairwoman", "chair", "chairperson", "leader",
    "boss", "commissioner", "secretary", "administrator", "superintendent", "director", "commander", "co-ceo",
    "editor-in-chief", "publisher", "owner", "lead", "co-lead", "colead", "mayor", "sheriff", "governor", "gov.", "minister",
})
#: Words that turn a top title into a subordinate one ("vice president", "deputy head").
SUBORDINATE_MODIFIERS = frozenset({
    "vice", "deputy", "assistant", "associate", "senior", "junior", "regional", "general",
    "executive", "managing", "program", "product", "art", "creative", "global",
    # a line of work: "the legal director of the ACLU", "its policy director"
    # (not a ministry's field: "Homeland Security Secretary", "Finance Minister")
    "legal", "policy", "communications", "political", "organizing", "organising", "advocacy", "marketing", "sales", "privacy",
    "editorial", "engineering", "campaigns", "field", "strategy", "press", "clinical", "medical", "technical", "design", "scientific",
})
#: Titles of a seat on a city council: "Councilmember Jane Roe".
COUNCIL_TITLES = frozenset({"councilmember", "councilman", "councilwoman", "councillor", "councilor", "alderman", "alderwoman"})
#: Nouns naming a non-leading role held at an organisation.
ROLE_NOUNS = COUNCIL_TITLES | frozenset({
    "vice-president", "vice-chair", "vice-chairman", "vice-chairwoman", "vice-chancellor",
    "spokesperson", "spokesman", "spokeswoman", "representative", "rep", "reporter", "editor",
    "writer", "correspondent", "columnist", "journalist", "engineer", "employee", "worker",
    "manager", "director", "vp", "officer", "official", "executive", "lawyer", "attorney",
    "counsel", "analyst", "scientist", "researcher", "designer", "developer", "programmer",
    "staffer", "intern", "contractor", "consultant", "adviser", "advisor", "negotiator", "steward", "lecturer", "philosopher", "sociologist", "historian",
    "strategist", "ethicist", "lobbyist", "lead", "freelancer", "producer", "founder", "co-founder", "cofounder",
    "cmo", "cto", "cfo", "coo", "cio", "ciso", "partner", "president", "chief", "head",
    "economist", "specialist", "architect", "technologist", "organizer", "organiser",
    "fellow", "professor", "anchor", "host", "photographer", "associate", "principal",
    "secretary", "liaison", "recruiter", "administrator", "leader", "ceo", "chairman",
    "moderator", "tester", "picker", "packer", "cashier", "clerk", "technician", "labeler",
    "annotator", "rater", "nurse", "teacher", "accountant", "paralegal", "generalist",
    "chairwoman", "chair", "boss", "owner", "commissioner", "superintendent",
    "editor-in-chief", "publisher", "investigator", "coordinator", "agent", "staff",
    "treasurer", "secretary-treasurer", "steward", "delegate", "trustee", "counsel",
    "driver", "courier", "rider", "shopper", "trainee", "advocate", "operator", "mechanic", "guard", "dispatcher", "handler", "sorter", "stocker", "loader",
    "barista", "supervisor", "cook", "baker", "bartender", "janitor", "cleaner", "custodian", "assembler", "welder", "pilot",
    "attendant", "translator", "linguist", "pharmacist", "transcriber",
})
#: Who speaks for an organisation: "a Google spokesperson said".
SPEAKER_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople"})
#: Head nouns of organisation names that a definite description repeats ("the union" for
#: "the Alphabet Workers Union", "the coalition", "the board").
ORG_HEAD_NOUNS = frozenset({
    "union", "coalition", "alliance", "foundation", "project", "board", "commission", "committee", "subcommittee",
    "council", "institute", "center", "centre", "league", "network", "campaign", "movement",
    "association", "federation", "guild", "collective", "caucus", "department", "office",
    "bureau", "ministry", "court", "lab", "laboratory", "society", "fund", "initiative",
    "district", "tribunal", "inspectorate",
})
#: Last words of a named group that may start with its employer's name ("Microsoft Workers Alliance").
GROUP_NAME_HEADS = frozenset({"union", "alliance", "coalition", "caucus", "collective", "guild", "council", "committee"})
#: People who speak for a campaign: "the organizers", "the signatories", "organizers of the walkout".
ORGANIZER_NOUNS = frozenset({"organizer", "organiser", "signatory", "signer", "petitioner", "co-signer", "cosigner", "author"})
#: Verbs of doing a job at a place: "worked at X", "covers AI for X", "joined X".
WORK_VERBS = frozenset({"work", "intern", "serve", "report", "cover", "write", "edit", "freelance", "consult", "toil", "spend", "begin", "start"})
JOIN_VERBS = frozenset({"join", "rejoin"})
#: Nouns naming a part of an organisation: "a division of X", "the deportation arm of X".
PART_NOUNS = frozenset({
    "division", "unit", "subsidiary", "arm", "branch", "part", "component", "affiliate",
    "department", "office", "bureau", "team", "business", "subdivision", "wing", "section",
    "segment", "brand", "agency", "sub-agency", "organization", "group", "directorate",
    "outfit", "spinoff", "spin-off", "offshoot", "service",
})
OWNED_VERBS = frozenset({"acquire", "own", "buy", "purchase", "absorb", "control"})
#: Verbs and nouns of investigating.
INVESTIGATE_VERBS = frozenset({"investigate", "probe", "audit", "examine", "scrutinize", "scrutinise", "review", "inspect", "subpoena"})
INVESTIGATION_NOUNS = frozenset({"investigation", "probe", "audit", "inquiry", "enquiry", "examination", "review", "inspection"})
#: Verbs of answering: "addressed employees' concerns", "responded to the letter".
RESPOND_VERBS = frozenset({
    "respond", "reply", "answer", "address", "dismiss", "rebuff", "reject", "acknowledge",
    "downplay", "pooh-pooh", "brush", "meet", "tell", "reassure", "defend",
})
#: Things one responds to, owned by whoever raised them.
GRIEVANCE_NOUNS = frozenset({
    "concern", "concerns", "question", "questions", "demand", "demands", "letter", "petition",
    "criticism", "complaint", "complaints", "grievance", "grievances", "request", "requests",
    "call", "calls", "objection", "objections", "worry", "worries", "protest", "protests",
    "employee", "employees", "worker", "workers", "staff",
})
#: Messages an executive addresses to staff: "in a memo to employees".
MESSAGE_NOUNS = frozenset({
    "letter", "note", "email", "e-mail", "memo", "message", "video", "post", "statement", "meeting",
    "all-hands", "allhands", "town", "hall", "response", "reply", "blog", "newsletter", "announcement", "call",
})
#: Verbs of making someone change course: "forced Google to drop the contract".
FORCE_VERBS = frozenset({"force", "compel", "prompt", "lead", "convince", "persuade", "spur", "drive", "get"})
RETREAT_VERBS = frozenset({
    "drop", "abandon", "cancel", "end", "forswear", "scuttle", "scrap", "withdraw", "quit",
    "stop", "halt", "reconsider", "pause", "suspend", "back", "walk", "pull", "renounce",
    "exit", "leave", "change", "reverse", "shelve", "kill",
})
#: Verbs whose subject signed something (for signatory counts).
SIGN_VERBS = frozenset({"sign", "petition", "co-sign", "cosign", "endorse", "back", "support", "join", "add"})
#: Nouns counting people when there is no group noun: "500 people signed".
PEOPLE_NOUNS = frozenset({"people", "person", "signatory", "signatories", "signature", "signatures", "individual", "colleague", "colleagues"})

# --- modality -------------------------------------------------------------------------

MODALS = frozenset({"will", "would", "could", "might", "may", "should", "shall", "'ll", "'d", "can", "must", "wo", "ca", "ought"})
#: Governing verbs that make what they govern an intention or a possibility.
INTENT_VERBS = frozenset({
    "hope", "plan", "intend", "want", "aim", "seek", "expect", "threaten", "consider",
    "propose", "try", "attempt", "prepare", "gear", "wish", "like", "promise", "vow",
    "pledge", "refuse", "decline", "forswear", "need", "dream", "mean", "hesitate",
    "weigh", "contemplate", "envision", "explore", "offer", "agree", "volunteer", "debate",
    "deny", "avoid", "fail", "neglect", "shy", "stand", "able", "likely", "set", "poise",
    "scheme", "vote", "ready", "eager", "allow", "let", "permit", "encourage",
})
#: Intention verbs whose past or present tense reports a done deal when what they govern is a
#: supply ("Accenture agreed to help CBP hire agents", "has agreed to supply"), unlike their
#: infinitive or a modal ("may agree to"); an agreed takeover may still fall through.
COMMITMENT_VERBS = frozenset({"agree"})
#: Verbs of asking: what they govern is requested, not done.
REQUEST_VERBS = frozenset({"ask", "urge", "call", "demand", "petition", "press", "pressure", "implore", "beg", "request", "lobby", "push", "encourage", "want", "force", "tell", "appeal", "insist", "challenge", "compel", "convince", "persuade"})
#: Aspectual verbs that presuppose the activity they govern ("stop selling X" means X was sold).
PRESUPPOSING_VERBS = frozenset({"stop", "cease", "end", "halt", "quit", "abandon", "continue", "keep", "resume", "discontinue", "cancel", "limit", "reconsider", "drop", "curb", "suspend", "pause", "terminate", "cut", "sever", "renew", "extend", "expand", "sever", "scrap", "terminate", "revisit", "review"})
NEGATIVE_DETS = frozenset({"no", "neither", "nor", "never", "none"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})

#: Words that condemn what they describe ("illegal", "a dangerous fantasy", "disturbing").
HARSH_WORDS = frozenset({
    "inaccurate", "flagrant", "punitive", "draconian", "censorship", "problematic", "insufficient",
    "wrong", "unacceptable", "illegal", "unlawful", "disturbing", "dangerous", "immoral", "inhumane",
    "unethical", "retaliatory", "retaliation", "retaliate", "intrusive", "unfair", "abhorrent", "insulting",
    "disappointed", "disappointing", "incomprehensible", "harmful", "threat", "shameful", "disgraceful",
    "outrageous", "appalling", "reckless", "irresponsible", "complicit", "complicity", "discriminatory",
    "discriminate", "discrimination", "racist", "sexist", "transphobic", "hateful", "abusive", "exploitative",
    "exploit", "hypocritical", "hypocrisy", "betrayal", "betray", "deceptive", "misleading", "fantasy",
    "nightmare", "dystopian", "surveillance", "profiling", "violate", "violation", "violence", "radicalize",
    "egregious", "troubling", "alarming", "horrifying", "horrific", "chilling", "toxic", "callous",
    "cruel", "unconscionable", "indefensible", "failure", "fail", "negligent", "negligence", "deplorable",
    "stunned", "dismayed", "outraged", "ashamed", "embarrassing", "embarrassed", "terrible", "awful",
    "busting", "union-busting", "punish", "punishing", "bully", "bullying", "intimidate", "intimidation",
    "misguided", "distorted", "greed", "greedy", "exploitation", "abuse", "cover-up", "silence", "silencing",
    "reprisal", "unsafe", "dehumanizing", "dehumanising", "anti-union", "hostile", "disregard",
    "quash", "suppress", "suppression", "censor", "oppression", "oppressive", "genocide", "genocidal", "evade",
    "unaccountable", "hypocrite", "shame", "lie", "lying", "mislead", "unjust", "injustice", "sham", "whitewash",
    "greenwashing", "tone-deaf", "murder", "racism", "sexism", "invasive", "monopolist", "surveil", "harass", "harassment",
    "biased", "predatory", "flawed", "corrupt", "corruption", "spy", "spying", "creepy", "manipulative", "illegally", "unlawfully",
    "waste", "dystopia", "stunt", "double standard", "backdoor", "weaponize", "weaponized", "cave", "caving", "profiteer", "profiteering",
    "ignore", "cheat", "contempt", "disposable", "flout", "underpay", "theft", "endanger", "unreasonable", "inadequate", "blindside",
    "refuse",
})
#: Favourable words whose negation condemns ("not proud", "not right", "not acceptable").
KIND_WORDS = frozenset({"proud", "right", "acceptable", "fair", "ethical", "safe", "okay", "ok", "satisfied", "good", "enough",
                        "follow", "comply", "respect", "protect", "listen"})

#: What a company does that people quit over: "quit over the firings", "resigned over the contract".
CORPORATE_ACTS = frozenset({
    "firing", "dismissal", "layoff", "decision", "treatment", "handling", "contract", "deal", "policy",
    "response", "partnership", "retaliation", "ban", "censorship", "sale", "work", "project",
    "move", "mandate", "plan", "change", "cut", "tactic", "conduct", "behavior", "behaviour", "practice",
    "announcement", "memo", "restructuring", "closure", "pause", "moratorium", "feature", "proposal", "update", "initiative",
})

#: Where something was said, not what it was about: "criticized the plan on Twitter".
PLATFORMS = frozenset({"twitter", "x", "facebook", "linkedin", "instagram", "tiktok", "youtube", "medium", "threads", "bluesky",
                       "mastodon", "reddit", "substack", "blog", "website", "television", "tv", "radio", "podcast",
                       "slack", "whatsapp", "signal", "telegram", "discord", "zoom"})


def platform_use(doc, start: int, end: int) -> bool:
    """Whether the name at ``doc[start:end]`` is only the platform something was said on:
    "criticized the robot on Twitter"."""
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "organized over WhatsApp and Slack"
    return root.dep_ == "pobj" and root.head.lower_ in {"on", "via", "over", "through"} and doc[start:end].text.lower() in PLATFORMS
