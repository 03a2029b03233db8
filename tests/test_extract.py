"""The rule extractors on sentences written for these tests: one or more per predicate and
per construction (active, passive, apposition, relative clause, coordination, nominal
forms, counts), and the statements that must yield nothing (negation, intentions,
conditionals, questions)."""

from __future__ import annotations

import json
import pickle
import re

import pytest

from kg.errors import InputError
from kg.extract import EXTRACTOR_VERSION, extract
from kg.extract.gazetteer import load_gazetteer, name_key
from kg.extract.relations import parse_count
from kg.extract.rules import Extractor
from kg.types import CORE_PREDICATES, ENTITY_TYPES, Article

from conftest import GOLD, ROOT, SAMPLE, write


@pytest.fixture(scope="session")
def extractor(nlp):
    return Extractor(nlp)


def read(nlp, extractor, text: str, article_id: str = "t"):
    return extractor(nlp(text), Article(article_id, text))


def facts(nlp, extractor, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in read(nlp, extractor, text).relations}


AMAZON_EMP, GOOGLE_EMP, MSFT_EMP = "Amazon employees", "Google employees", "Microsoft employees"
ICE = "U.S. Immigration and Customs Enforcement"
DOD = "U.S. Department of Defense"
CBP = "U.S. Customs and Border Protection"
DHS = "U.S. Department of Homeland Security"

# (text, the exact set of facts it states)
CASES = [
    # petitioned: letter to a person, count, demand clause, title in context
    ("More than 3,000 Google employees signed a letter to CEO Sundar Pichai demanding that Google withdraw from Project Maven.",
     {(GOOGLE_EMP, "protested", "Google"), (GOOGLE_EMP, "petitioned", "Sundar Pichai"), (GOOGLE_EMP, "signatoryCount", "3000"), (GOOGLE_EMP, "petitioned", "Google"),
      (GOOGLE_EMP, "protested", "Project Maven"), ("Sundar Pichai", "leads", "Google"), (GOOGLE_EMP, "worksFor", "Google")}),
    # petitioned: passive, the petition addressed to someone
    ("A petition addressed to Satya Nadella was signed by hundreds of Microsoft workers.",
     {(MSFT_EMP, "petitioned", "Satya Nadella"), (MSFT_EMP, "worksFor", "Microsoft")}),
    # petitioned: urge + nominal contract presupposed by "end"
    ("The Tech Workers Coalition urged Salesforce to end its contract with U.S. Customs and Border Protection.",
     {("Tech Workers Coalition", "petitioned", "Salesforce"), ("Salesforce", "contractsWith", "U.S. Customs and Border Protection"), ("Tech Workers Coalition", "protested", "Salesforce")}),
    # petitioned: coordination of recipients
    ("Amazon workers sent a letter to Jeff Bezos and Andy Jassy.",
     {(AMAZON_EMP, "petitioned", "Jeff Bezos"), (AMAZON_EMP, "petitioned", "Andy Jassy"), (AMAZON_EMP, "worksFor", "Amazon")}),
    # petitioned: "call on X to"; the controller of "cut ties"
    ("Mijente called on Palantir to cut ties with ICE.",
     {("Mijente", "petitioned", "Palantir"), ("Palantir", "contractsWith", ICE)}),
    # petitioned: a letter as subject of "asks", signed by a counted group
    ("The letter, signed by more than 1,500 Salesforce employees, asks Marc Benioff to act.",
     {("Salesforce employees", "signatoryCount", "1500"), ("Salesforce employees", "petitioned", "Marc Benioff"),
      ("Salesforce employees", "worksFor", "Salesforce")}),
    # protested: possessor of the object is the target; nominal contract
    ("Google workers protested the company's cloud contract with the Israeli government.",
     {(GOOGLE_EMP, "protested", "Google"), ("Google", "contractsWith", "Israeli government"), (GOOGLE_EMP, "worksFor", "Google")}),
    # protested: walkout over a possessed noun
    ("Hundreds of Wayfair employees walked out over the company's sale of beds to detention camps.",
     {("Wayfair employees", "protested", "Wayfair"), ("Wayfair employees", "worksFor", "Wayfair")}),
    # protested: object-controlled gerund ("criticized X for selling")
    ("The ACLU criticized Amazon for selling Rekognition to police.",
     {("ACLU", "protested", "Amazon"), ("Amazon", "contractsWith", "law enforcement"), ("Amazon", "develops", "Rekognition")}),
    # protested: passive
    ("Project Maven was opposed by thousands of Google employees.",
     {(GOOGLE_EMP, "protested", "Project Maven"), (GOOGLE_EMP, "worksFor", "Google")}),
    # protested: concerns about a possessed noun; nominal "work with"
    ("Salesforce employees raised concerns about the company's work with CBP.",
     {("Salesforce employees", "protested", "Salesforce"), ("Salesforce", "contractsWith", "U.S. Customs and Border Protection"),
      ("Salesforce employees", "worksFor", "Salesforce")}),
    # protested: coordinated employee groups ("workers at X and Y"), noun object with "against"
    ("Workers at Google and Amazon staged protests against Project Nimbus.",
     {(GOOGLE_EMP, "protested", "Project Nimbus"), (AMAZON_EMP, "protested", "Project Nimbus"),
      (GOOGLE_EMP, "worksFor", "Google"), (AMAZON_EMP, "worksFor", "Amazon")}),
    # contractsWith: coordinated subjects; passive use by the client
    ("Amazon, Microsoft and Google all sell cloud services to the Pentagon.",
     {("Amazon", "contractsWith", DOD), ("Microsoft", "contractsWith", DOD), ("Google", "contractsWith", DOD)}),
    ("Palantir's software is used by ICE agents.", {("Palantir", "contractsWith", ICE)}),
    # contractsWith: relative clause
    ("Palantir, which sells software to ICE, has grown quickly.", {("Palantir", "contractsWith", ICE)}),
    # contractsWith: apposition with a provider noun
    ("Anduril, a defense contractor for the Pentagon, builds surveillance towers.", {("Anduril", "contractsWith", DOD)}),
    # contractsWith: passive with the agent attached to the wrong noun
    ("Rekognition was pitched to ICE by Amazon.", {("Amazon", "contractsWith", ICE), ("Amazon", "develops", "Rekognition")}),
    # contractsWith: the buyer awards
    ("The Pentagon awarded the JEDI contract to Microsoft.", {("Microsoft", "contractsWith", DOD)}),
    ("Microsoft won a $10 billion contract from the Defense Department.", {("Microsoft", "contractsWith", DOD)}),
    ("GitHub has a contract with ICE.", {("GitHub", "contractsWith", ICE)}),
    ("The Pentagon canceled its JEDI contract with Microsoft.", {("Microsoft", "contractsWith", DOD)}),
    # contractsWith inside a demand: "cancel" presupposes the contract; "its" -> the company
    ("Microsoft workers demanded that the company cancel its HoloLens contract with the Army.",
     {(MSFT_EMP, "petitioned", "Microsoft"), ("Microsoft", "contractsWith", "U.S. Army"), (MSFT_EMP, "worksFor", "Microsoft"),
      ("Microsoft", "develops", "HoloLens"), ("Microsoft employees", "protested", "Microsoft")}),
    # develops: apposition, active, reduced relative
    # (and a product used by an agency is its maker's sale to it)
    ("Amazon's facial recognition software, Rekognition, is used by police.",
     {("Amazon", "develops", "Rekognition"), ("Amazon", "contractsWith", "law enforcement")}),
    ("Microsoft makes HoloLens.", {("Microsoft", "develops", "HoloLens")}),
    ("HoloLens, made by Microsoft, is a headset.", {("Microsoft", "develops", "HoloLens")}),
    # leads: apposition, compound title, relative clause, copula, possessive title
    ("Andy Jassy, CEO of Amazon Web Services, spoke on Thursday.", {("Andy Jassy", "leads", "Amazon Web Services"), ("Amazon Web Services", "partOf", "Amazon")}),
    ("Google CEO Sundar Pichai said the company would not renew the deal.", {("Sundar Pichai", "leads", "Google")}),
    ("Sundar Pichai, who leads Google, wrote a memo.", {("Sundar Pichai", "leads", "Google")}),
    ("Satya Nadella is the chief executive of Microsoft.", {("Satya Nadella", "leads", "Microsoft")}),
    ("Brad Smith, Microsoft's president, defended the contract.", {("Brad Smith", "leads", "Microsoft")}),
    # worksFor: subordinate title, spokesperson, copula, joining
    ("Jane Doe, a vice president at Oracle, declined to comment.", {("Jane Doe", "worksFor", "Oracle")}),
    ("Amazon spokesperson Jane Doe said the company supports its customers.", {("Jane Doe", "worksFor", "Amazon")}),
    ("Jane Doe is a reporter at Wired.", {("Jane Doe", "worksFor", "Wired")}),
    ("Tom Lee joined Google in 2015.", {("Tom Lee", "worksFor", "Google")}),
    # partOf: apposition, acquisition (active and passive relative)
    ("Whole Foods, a subsidiary of Amazon, sells groceries.", {("Whole Foods", "partOf", "Amazon")}),
    ("Enforcement and Removal Operations, a division within ICE, uses the software.",
     {("Enforcement and Removal Operations", "partOf", ICE)}),
    ("Amazon acquired Whole Foods in 2017.", {("Whole Foods", "partOf", "Amazon")}),
    ("LinkedIn, which is owned by Microsoft, hosts resumes.", {("LinkedIn", "partOf", "Microsoft")}),
    # worksFor: examples of an organisation noun; a role list the parser scatters
    ("Before that, Kim Ortiz worked at consulting firms including Harlow and Vintner.",
     {("Kim Ortiz", "worksFor", "Harlow"), ("Kim Ortiz", "worksFor", "Vintner")}),
    ("Kim Ortiz is a senior editor at Wired. She has also worked as a Boston Globe freelancer, business reporter at the Boston Herald and data reporter at Quartz Weekly.",
     {("Kim Ortiz", "worksFor", "Wired"), ("Kim Ortiz", "worksFor", "Boston Globe"), ("Kim Ortiz", "worksFor", "Boston Herald"),
      ("Kim Ortiz", "worksFor", "Quartz Weekly")}),
    # partOf: a unit named after its parent, introduced by a part noun
    ("Salesforce's philanthropy arm Salesforce Foundation gave grants.", {("Salesforce Foundation", "partOf", "Salesforce")}),
    # partOf: description in apposition ("the company Amazon bought")
    ("Ring, the doorbell company Amazon bought in 2018, works with police.",
     {("Ring", "partOf", "Amazon"), ("Ring", "contractsWith", "law enforcement")}),
    # investigated: verb and nominal
    ("The FTC investigated Amazon.", {("Federal Trade Commission", "investigated", "Amazon")}),
    ("An audit of Palantir by the Department of Homeland Security found problems.",
     {("U.S. Department of Homeland Security", "investigated", "Palantir")}),
    # respondedTo: prepositional object, possessive pronoun across sentences, forcing a retreat
    ("Sundar Pichai responded to the Google employees in a memo.",
     {("Sundar Pichai", "respondedTo", GOOGLE_EMP), (GOOGLE_EMP, "worksFor", "Google")}),
    ("Microsoft employees wrote a letter. Satya Nadella dismissed their concerns.",
     {("Satya Nadella", "respondedTo", MSFT_EMP), (MSFT_EMP, "worksFor", "Microsoft")}),
    ("Employees at Google forced the company to drop the contract.",
     {("Google", "respondedTo", GOOGLE_EMP), (GOOGLE_EMP, "worksFor", "Google")}),
    # respondedTo: "in response to the letter", a spokesperson speaking for the company
    ("Microsoft employees sent a letter to Satya Nadella. In response to the letter, a Microsoft spokesperson said the company values feedback.",
     {(MSFT_EMP, "petitioned", "Satya Nadella"), ("Microsoft", "respondedTo", MSFT_EMP), (MSFT_EMP, "worksFor", "Microsoft")}),
    ("A Google spokesperson responded to the petition signed by Google employees.",
     {("Google", "respondedTo", GOOGLE_EMP), (GOOGLE_EMP, "worksFor", "Google")}),
    # signatoryCount: "some 450"
    ("Some 450 Amazon workers signed the petition.", {(AMAZON_EMP, "signatoryCount", "450"), (AMAZON_EMP, "worksFor", "Amazon")}),
    # signatoryCount: signatures gathered by a petition; a letter with signatures
    ("Amazon workers launched a petition that has gathered more than 8,000 signatures.",
     {(AMAZON_EMP, "signatoryCount", "8000"), (AMAZON_EMP, "worksFor", "Amazon")}),
    ("Google employees delivered a petition with 1,500 signatures to Sundar Pichai.",
     {(GOOGLE_EMP, "signatoryCount", "1500"), (GOOGLE_EMP, "petitioned", "Sundar Pichai"), (GOOGLE_EMP, "worksFor", "Google")}),
    # protested: a rally outside someone's offices; passive "sued by"; "walked out of" the workplace
    ("Mijente protested outside Palantir's offices in Palo Alto.", {("Mijente", "protested", "Palantir")}),
    ("Clearview AI has been sued by the ACLU.", {("ACLU", "protested", "Clearview AI")}),
    ("About 200 Wayfair employees walked out of the company headquarters in Boston.",
     {("Wayfair employees", "protested", "Wayfair"), ("Wayfair employees", "worksFor", "Wayfair")}),
    # no count from "thousands"
    ("Thousands of Google employees signed the letter.", {(GOOGLE_EMP, "worksFor", "Google")}),
    # leads: a possessed title in apposition, split compounds and coordinated titles
    ("Niraj Shah, Wayfair's co-founder and CEO, wrote a memo.", {("Niraj Shah", "leads", "Wayfair")}),
    ("Hoan Ton-That, Clearview's chief executive, said nothing.", {("Hoan Ton-That", "leads", "Clearview AI")}),
    ("Salesforce sells software. Marc Benioff, the company's cofounder and chief executive, spoke.",
     {("Marc Benioff", "leads", "Salesforce")}),
    # signatoryCount: one count per coordinated group
    ("The petition was signed by more than 40 Google employees and more than 60 Amazon employees.",
     {(GOOGLE_EMP, "signatoryCount", "40"), (AMAZON_EMP, "signatoryCount", "60"), (GOOGLE_EMP, "worksFor", "Google"),
      (AMAZON_EMP, "worksFor", "Amazon")}),
    # protested: demonstrations held outside a target's offices
    ("Mijente, which has held demonstrations outside Palantir offices, says so.", {("Mijente", "protested", "Palantir")}),
    # petitioned: writing to someone
    ("Senator Edward Markey wrote to Bezos last week, demanding answers.", {("Edward Markey", "petitioned", "Jeff Bezos")}),
    # investigated: an inquiry carried out by agencies, its finding names the target
    ("The fine follows an inquiry that the FTC conducted with the Federal Communications Commission. The inquiry found that Meta had broken the law.",
     {("Federal Trade Commission", "investigated", "Meta"), ("Federal Communications Commission", "investigated", "Meta")}),
    ("An audit by the Federal Trade Commission found that Facebook had misled users.", {("Federal Trade Commission", "investigated", "Facebook")}),
    # develops: a name heading a product noun is a product, "whose" refers back to its maker
    ("The agency relies on Salesforce's Service Cloud product.", {("Salesforce", "develops", "Service Cloud")}),
    ("Palantir, whose Falcon software is used by ICE, has grown.",
     {("Palantir", "develops", "FALCON"), ("Palantir", "contractsWith", ICE)}),
    # protested: asking a company to drop a named project opposes the project
    ("Amazon workers called on the company to pull out of Project Nimbus.",
     {(AMAZON_EMP, "protested", "Amazon"), (AMAZON_EMP, "petitioned", "Amazon"), (AMAZON_EMP, "protested", "Project Nimbus"), (AMAZON_EMP, "worksFor", "Amazon")}),
    ("Tech Workers Coalition urged Google to drop Project Maven.",
     {("Tech Workers Coalition", "petitioned", "Google"), ("Tech Workers Coalition", "protested", "Project Maven"), ("Tech Workers Coalition", "protested", "Google")}),
    # protested: pushing back on the company's own deal
    ("Microsoft employees pushed back on the company's contract with the Army.",
     {(MSFT_EMP, "protested", "Microsoft"), ("Microsoft", "contractsWith", "U.S. Army"), (MSFT_EMP, "worksFor", "Microsoft")}),
    # contractsWith: an agency working with a company; agents of an agency using a product
    ("The Army works with Microsoft, whose HoloLens headsets soldiers will test.",
     {("Microsoft", "contractsWith", "U.S. Army"), ("Microsoft", "develops", "HoloLens")}),
    ("FBI agents used Clearview's app to identify suspects.", {("Clearview AI", "contractsWith", "Federal Bureau of Investigation")}),
    # hyphenated surnames the tokenizer splits resolve to the full name
    ("Alexandria Ocasio-Cortez criticized Amazon. In a letter, Ocasio-Cortez wrote to Jeff Bezos.",
     {("Alexandria Ocasio-Cortez", "protested", "Amazon"), ("Alexandria Ocasio-Cortez", "petitioned", "Jeff Bezos")}),
    # leads: a title set off by commas that the parser did not attach to the name
    ("Jane Roe-Smith, Acme Corp's chief executive, responded to the ruling by saying she was disappointed.",
     {("Jane Roe-Smith", "leads", "Acme Corp")}),
    # protested: named groups after "the advocacy groups", coordinated inside a name, stores of two targets
    ("Microsoft workers objected. The effort is supported by the advocacy groups Fight for the Future and Color of Change, "
     "which have staged protests outside Microsoft and Apple stores in many towns.",
     {("Fight for the Future", "protested", "Microsoft"), ("Fight for the Future", "protested", "Apple"),
      ("Color of Change", "protested", "Microsoft"), ("Color of Change", "protested", "Apple"), (MSFT_EMP, "worksFor", "Microsoft")}),
    # signatoryCount: a count the parser attached to the byline above
    ("Posted by Jane Roe, Wired Reporter\n\nAbout 300 Microsoft employees have signed a letter asking Satya Nadella to act.",
     {(MSFT_EMP, "signatoryCount", "300"), (MSFT_EMP, "petitioned", "Satya Nadella"), ("Jane Roe", "worksFor", "Wired"),
      (MSFT_EMP, "worksFor", "Microsoft")}),
    # petitioned: a letter to a company's leadership or executives
    ("Staff at Acme Corp walked out on Tuesday. The protest followed a letter to Acme Corp's leadership, signed by 300 employees.",
     {("Acme Corp employees", "protested", "Acme Corp"), ("Acme Corp employees", "petitioned", "Acme Corp"),
      ("Acme Corp employees", "signatoryCount", "300"), ("Acme Corp employees", "worksFor", "Acme Corp")}),
    ("Google workers sent a petition to the company's executives.", {(GOOGLE_EMP, "protested", "Google"), (GOOGLE_EMP, "petitioned", "Google"), (GOOGLE_EMP, "worksFor", "Google")}),
    # contractsWith: a deal companies signed with an agency; ministries of a government
    ("Workers oppose a $2 billion deal that Microsoft and Oracle signed with the Pentagon.",
     {("Microsoft", "contractsWith", DOD), ("Oracle", "contractsWith", DOD)}),
    ("IBM and Oracle provide database software to Israeli government ministries.",
     {("IBM", "contractsWith", "Israeli government"), ("Oracle", "contractsWith", "Israeli government")}),
    ("Oracle sells databases to government agencies such as ICE.", {("Oracle", "contractsWith", ICE)}),
    # contractsWith: "provided X with Y" names the client first
    ("Oracle provided the FBI with its Exadata software.",
     {("Oracle", "contractsWith", "Federal Bureau of Investigation"), ("Oracle", "develops", "Exadata")}),
    # protested: opposition "to X" hung on the verb; "who" after a title in apposition is the person
    ("Jane Roe, a former engineer at Microsoft who helped lead early opposition to Maven, left the company in 2020.",
     {("Jane Roe", "protested", "Project Maven"), ("Jane Roe", "worksFor", "Microsoft")}),
    # worksFor: one person's job title is no employee group
    ("Omar Haddad, a Salesforce data scientist, resigned. His colleague Ines Berg is an engineer at Oracle.",
     {("Omar Haddad", "worksFor", "Salesforce"), ("Ines Berg", "worksFor", "Oracle")}),
    # worksFor: a byline verb whose outlet the parser hangs on the object
    ("Noor Saleh covers workplace surveillance for The Markup.", {("Noor Saleh", "worksFor", "The Markup")}),
    # leads / worksFor: roles given through "its" and "the union" after the organisation
    ("The Harbor Tech Workers Union was certified on Monday. Its president, Rosa Vidal, thanked members. "
     "Kai Morgan, who serves as the union's treasurer, said dues would stay low.",
     {("Rosa Vidal", "leads", "Harbor Tech Workers Union"), ("Kai Morgan", "worksFor", "Harbor Tech Workers Union")}),
    ("The Open Rights Foundation filed the complaint. Its executive director, Paul Ames, called the deal reckless.",
     {("Paul Ames", "leads", "Open Rights Foundation")}),
    # petitioned: "In a letter sent to X, <group> called on ..." (the writer is the later subject)
    ("In a letter sent to Safra Catz, Oracle's chief executive, the Oracle Workers Alliance called on the company to cancel the deal.",
     {("Oracle Workers Alliance", "petitioned", "Safra Catz"), ("Oracle Workers Alliance", "petitioned", "Oracle"),
      ("Safra Catz", "leads", "Oracle"), ("Oracle Workers Alliance", "worksFor", "Oracle"), ("Oracle Workers Alliance", "protested", "Oracle")}),
    # petitioned: "the organizers" of a group the text introduced as "a group called X"
    ("A group called Coders for Consent circulated a petition last week. The organizers asked IBM to end the deal.",
     {("Coders for Consent", "petitioned", "IBM"), ("Coders for Consent", "protested", "IBM")}),
    # petitioned: "their employers" after coordinated groups pairs each group with its own employer
    ("Fifty Oracle engineers and 80 IBM engineers called on their employers to drop the contracts.",
     {("Oracle employees", "petitioned", "Oracle"), ("IBM employees", "petitioned", "IBM"),
      ("Oracle employees", "worksFor", "Oracle"), ("IBM employees", "worksFor", "IBM"), ("IBM employees", "protested", "IBM"), ("Oracle employees", "protested", "Oracle")}),
    # petitioned: demands laid out to a person; the signatories are the signing group
    ("More than 300 Intel employees signed the petition. The signatories laid out three demands to Pat Gelsinger.",
     {("Intel employees", "signatoryCount", "300"), ("Intel employees", "petitioned", "Pat Gelsinger"),
      ("Intel employees", "worksFor", "Intel")}),
    # respondedTo: an executive's message to staff answers the protesting employees
    ("Hundreds of Uber employees signed a petition. Dara Khosrowshahi, Uber's chief executive, said in a memo to staff that the policy would stay.",
     {("Dara Khosrowshahi", "respondedTo", "Uber employees"), ("Dara Khosrowshahi", "leads", "Uber"), ("Uber employees", "worksFor", "Uber")}),
    ("Lyft workers walked out on Friday. In an email to employees, Lyft CEO Logan Green wrote that he had heard them.",
     {("Logan Green", "respondedTo", "Lyft employees"), ("Logan Green", "leads", "Lyft"),
      ("Lyft employees", "worksFor", "Lyft"), ("Lyft employees", "protested", "Lyft")}),
    ("Lyft workers walked out on Friday. Logan Green, the company's CEO, addressed the protest at an all-hands meeting.",
     {("Logan Green", "respondedTo", "Lyft employees"), ("Logan Green", "leads", "Lyft"),
      ("Lyft employees", "worksFor", "Lyft"), ("Lyft employees", "protested", "Lyft")}),
    # develops: a relative clause listing titles NER takes for one organisation
    ("Larkspur Games, which makes Skyreach, Ember Tide and Hollowmere, laid off staff.",
     {("Larkspur Games", "develops", "Skyreach"), ("Larkspur Games", "develops", "Ember Tide"), ("Larkspur Games", "develops", "Hollowmere")}),
    # develops: a short name resolves to the company's full name even where NER took it for a person
    ("Larkspur Games cut jobs. Larkspur, which makes Skyreach and Hollowmere, is owned by Microsoft.",
     {("Larkspur Games", "develops", "Skyreach"), ("Larkspur Games", "develops", "Hollowmere"), ("Larkspur Games", "partOf", "Microsoft")}),
    # develops: "the X maker", "the maker of the X"
    ("Nintendo, the Switch maker, declined to comment.", {("Nintendo", "develops", "Switch")}),
    ("Motorola Solutions, the maker of the Astro radio, won the bid.", {("Motorola Solutions", "develops", "Astro")}),
    # develops: the listed examples of a company's products ("its apps, including ...", "games such
    # as ...", "its products include ...", "with franchises including ...")
    ("Hasbro said the company sells games such as Monopoly, Clue and Risk.",
     {("Hasbro", "develops", "Monopoly"), ("Hasbro", "develops", "Clue"), ("Hasbro", "develops", "Risk")}),
    ("Snap said its apps, including Snapchat and Bitmoji, were safe.", {("Snap Inc.", "develops", "Snapchat"), ("Snap Inc.", "develops", "Bitmoji")}),
    ("Oracle said its products include the NetSuite accounting platform.", {("Oracle", "develops", "NetSuite")}),
    ("Bandai Namco is one of the largest game makers, with franchises including Pac-Man and Tekken.",
     {("Bandai Namco", "develops", "Pac-Man"), ("Bandai Namco", "develops", "Tekken")}),
    # worksFor: the people an organisation fired worked for it (also in apposition to a collective)
    ("Etsy fired two members of the organizing committee, Maria Lopez and John Carter.",
     {("Maria Lopez", "worksFor", "Etsy"), ("John Carter", "worksFor", "Etsy")}),
    # worksFor: an engineer on a company's team; a reporter covering a beat for an outlet
    ("Mia Tran, a software engineer on Intel's compiler team, resigned.", {("Mia Tran", "worksFor", "Intel")}),
    ("Omar Reyes is a reporter covering labor for Vox.", {("Omar Reyes", "worksFor", "Vox")}),
    # contractsWith: a law firm hired (to review the hirer's policies: an audit of it); work done under a contract with an
    # agency; an order from a supplier
    ("Oracle has hired the law firm Jenner & Block to review its policies.",
     {("Jenner & Block", "contractsWith", "Oracle"), ("Jenner & Block", "investigated", "Oracle")}),
    ("Deloitte runs the program under a contract with the Department of Veterans Affairs.",
     {("Deloitte", "contractsWith", "U.S. Department of Veterans Affairs")}),
    ("Walmart ordered 4,000 electric vans from General Motors.", {("General Motors", "contractsWith", "Walmart")}),
    # protested / investigated / petitioned: lawsuits and complaints by whom, against whom, filed where
    ("The Electronic Frontier Foundation filed a lawsuit against Flock Safety on Monday.",
     {("Electronic Frontier Foundation", "protested", "Flock Safety")}),
    ("The Federal Trade Commission sued Uber after a two-year investigation into the company.",
     {("Federal Trade Commission", "investigated", "Uber")}),
    ("Two fired organizers, Lea Park and Sam Ito, filed charges with the National Labor Relations Board.",
     {("Lea Park", "petitioned", "National Labor Relations Board"), ("Sam Ito", "petitioned", "National Labor Relations Board")}),
    # protested: employees taking part in a walkout protest their employer
    ("Hundreds of Intel employees took part in a walkout on Monday.",
     {("Intel employees", "protested", "Intel"), ("Intel employees", "worksFor", "Intel")}),
    # partOf: a numbered union local belongs to its union
    ("Staff voted to join CWA Local 9410.", {("CWA Local 9410", "partOf", "Communications Workers of America")}),
    # partOf / leads: a named unit keeps its noun ("the X team"); its owner is the possessor
    ("Ruth Gale, who leads Intel's Responsible Compute group, spoke.",
     {("Ruth Gale", "leads", "Responsible Compute group"), ("Responsible Compute group", "partOf", "Intel"), ("Ruth Gale", "worksFor", "Intel")}),
    # partOf: a parent company named after the company the text is about
    ("Nest declined to comment. Larry Page, the CEO of parent company Alphabet, did not respond.",
     {("Larry Page", "leads", "Alphabet"), ("Nest", "partOf", "Alphabet")}),
    ("Instagram, the Facebook-owned photo app, removed the post.", {("Instagram", "partOf", "Facebook")}),
    # leads: "Chief Executive Officer X" in a text about one company; a political title is no company role
    ("Axon makes body cameras. Chief Executive Officer Rick Smith unveiled the plan.", {("Rick Smith", "leads", "Axon")}),
    ("Meta employees walked out over posts by President Donald Trump.",
     {("Meta employees", "protested", "Meta"), ("Meta employees", "worksFor", "Meta")}),
    # worksFor: a member of a union's committee holds no job at the union
    ("Kai Lund, a member of the union's bargaining committee, spoke.", set()),
    # protested: speech that condemns ("called X 'a dangerous fantasy'", "'X is wrong,' Y said")
    ("The Digital Rights Project called the Axon drone plan a reckless fantasy.",
     {("Digital Rights Project", "protested", "Axon")}),
    ("\"Palantir is complicit in family separations,\" said Rosa Diaz, an organizer with Mijente.",
     {("Rosa Diaz", "protested", "Palantir"), ("Rosa Diaz", "worksFor", "Mijente")}),
    # ... a quotation that condemns, wherever its speaker is named: the subject highest in it
    ("\"Oracle is helping ICE build a dragnet that violates privacy,\" Ana Ruiz, a lawyer at the Civic Data Clinic, told Wired.",
     {("Ana Ruiz", "protested", "Oracle"), ("Ana Ruiz", "worksFor", "Civic Data Clinic")}),
    ("Tomas Berg, an engineer on the maps team, wrote in a note announcing his exit that \"IBM is enabling abusive surveillance.\"",
     {("Tomas Berg", "protested", "IBM")}),
    ("Lena Ortiz walked onto the stage while Intel CEO Pat Gelsinger was speaking. \"Pat, shame on you,\" she shouted. "
     "\"You say you care about people, but Intel sells chips to an abusive regime.\"",
     {("Lena Ortiz", "protested", "Pat Gelsinger"), ("Lena Ortiz", "protested", "Intel"), ("Pat Gelsinger", "leads", "Intel")}),
    # ... but not a quotation that praises, nor a closing mark paired with the next opening one
    ("\"Oracle has been a responsible partner for many years,\" Ana Ruiz, a lawyer at the Civic Data Clinic, said.",
     {("Ana Ruiz", "worksFor", "Civic Data Clinic")}),
    ("\"We are proud of our work,\" said Ana Ruiz. IBM was sued for discriminatory hiring. \"The lawsuit has no merit,\" said Jo Park.", set()),
    # ... a complaint about one's workplace opposes the employer the text gives
    ("Jane Roe, a Lyft engineer, was fired after raising concerns about pay discrimination on her team.",
     {("Jane Roe", "protested", "Lyft"), ("Jane Roe", "worksFor", "Lyft")}),
    ("Lyft fired Jane Roe after she spoke out about safety in the warehouses.",
     {("Jane Roe", "protested", "Lyft"), ("Jane Roe", "worksFor", "Lyft")}),
    ("Lyft employees spoke out about conditions in the warehouses.", {("Lyft employees", "protested", "Lyft"), ("Lyft employees", "worksFor", "Lyft")}),
    # ... not a complaint about something else, nor one whose speaker's employer the text does not give
    ("Dana Lee, a Lyft engineer, raised concerns about the weather.", {("Dana Lee", "worksFor", "Lyft")}),
    ("Dana Lee raised concerns about pay discrimination.", set()),
    # petitioned: a coalition noun stands for the members the sentence names after "led by" or "including"
    ("In a letter to Lyft CEO Logan Green, the groups — led by the Gig Rights Project and including the ACLU — urged the company to act.",
     {("Gig Rights Project", "petitioned", "Logan Green"), ("ACLU", "petitioned", "Logan Green"),
      ("Gig Rights Project", "petitioned", "Lyft"), ("ACLU", "petitioned", "Lyft"), ("Logan Green", "leads", "Lyft")}),
    ("Led by Sen. Ed Markey and Rep. Pramila Jayapal, the lawmakers urged Uber to stop tracking riders.",
     {("Edward Markey", "petitioned", "Uber"), ("Pramila Jayapal", "petitioned", "Uber"), ("Edward Markey", "protested", "Uber"), ("Pramila Jayapal", "protested", "Uber")}),
    ("The groups urged Uber to stop tracking riders.", set()),
    # worksFor: a bare spokesperson speaks for the company in view; a reporter's past outlet; service in an agency
    ("Lyft declined to comment on the letter. A spokeswoman, Dana Lee, said in a statement that the company had no plans.",
     {("Dana Lee", "worksFor", "Lyft")}),
    ("A spokeswoman, Dana Lee, said the union had no plans.", set()),
    ("Sid Fussell covers surveillance for Wired. He previously wrote about technology for The Atlantic.",
     {("Sid Fussell", "worksFor", "Wired"), ("Sid Fussell", "worksFor", "The Atlantic")}),
    ("Dan Roe served in the U.S. Navy before he founded a startup.", {("Dan Roe", "worksFor", "U.S. Navy")}),
    # develops: a name a company's possessive puts before a made thing, or an apposition says was made by it
    ("Digit, a two-legged machine made by Agility Robotics, was shown to buyers.", {("Agility Robotics", "develops", "Digit")}),
    ("Amazon sells its Vesta home robot.", {("Amazon", "develops", "Vesta")}),
    ("The Vesta robot is cute.", set()),
    # protested: "the robot" is the one product just named; "on Twitter" is where, not what
    ("The police leased Digit, a two-legged machine made by Agility Robotics. Rep. Jane Roe criticized the robot on Twitter in February.",
     {("Agility Robotics", "develops", "Digit"), ("Jane Roe", "protested", "Digit"), ("Agility Robotics", "contractsWith", "law enforcement")}),
    # a state affiliate is an organisation of its own, not a unit of the one it is named after
    ("The American Civil Liberties Union of Utah criticized the city's contract with Acme Analytics.",
     {("ACLU of Utah", "protested", "Acme Analytics")}),
    # leads: an editor in chief; a managing partner named in apposition without an article (not "a managing partner")
    ("Wired's editor in chief, Dana Lee, resigned.", {("Dana Lee", "leads", "Wired")}),
    ("Jane Roe, managing partner at Arjuna Capital, filed the proposal.", {("Jane Roe", "leads", "Arjuna Capital")}),
    ("Jane Roe, a managing partner at Bain Capital, spoke.", {("Jane Roe", "worksFor", "Bain Capital")}),
    # contractsWith: an agency's contract for a company's service
    ("Flock Safety makes gunshot sensors. The Denver Police Department signed a contract for the company's Sentinel service in 2019.",
     {("Flock Safety", "contractsWith", "Denver Police Department"), ("Flock Safety", "develops", "Sentinel")}),
    ("The Denver Police Department signed a contract for the mayor's program.", set()),
    # worksFor: a seat on a public body
    ("Jane Roe, a member of the Denver City Council, voted no.", {("Jane Roe", "worksFor", "Denver City Council")}),
    # contractsWith: leasing from a company; a platform something was said on is no company the text is about
    ("The Denver Police Department leased the robot from Agility Robotics.", {("Agility Robotics", "contractsWith", "Denver Police Department")}),
    ("Jane Roe criticized the plan on Twitter. \"It is creepy and sends the wrong message,\" the spokesman, Dan Poe, said.",
     set()),
    # worksFor: a council member or a department's spokesperson of the public body in view
    ("The Denver City Council approved the contract. Councilmember Jane Roe voted no.", {("Jane Roe", "worksFor", "Denver City Council")}),
    ("Councilmember Jane Roe voted no.", set()),
    ("The Denver Police Department uses the alerts. A department spokesperson, Tom Poe, said the tool saves lives.",
     {("Tom Poe", "worksFor", "Denver Police Department")}),
    # protested: accusing "management" accuses the company in view; criticising how the staff were treated, their employer
    ("Condé Nast cut 300 jobs. The Condé Nast Union accused management of refusing to bargain in good faith.",
     {("Condé Nast Union", "protested", "Condé Nast")}),
    ("Intel employees criticized how their complaints had been handled by human resources.",
     {("Intel employees", "protested", "Intel"), ("Intel employees", "worksFor", "Intel")}),
    # petitioned: a group of workers calling themselves X acts as X
    ("A group of Lyft employees calling themselves Lyft Forward asked management to recognize their union.",
     {("Lyft Forward", "petitioned", "Lyft"), ("Lyft employees", "worksFor", "Lyft")}),
    # respondedTo: a quoted answer answers whoever spoke up just before it
    ("Jane Roe, a Lyft engineer, interrupted the keynote to protest the contract. "
     "\"Thank you for your protest, I hear you,\" Logan Green, Lyft CEO, responded from the stage.",
     {("Jane Roe", "protested", "Lyft"), ("Jane Roe", "worksFor", "Lyft"), ("Logan Green", "leads", "Lyft"), ("Logan Green", "respondedTo", "Jane Roe")}),
    # ... and "addressed the concerns" answers no group that raised nothing
    ("Jane Roe later met with staffers from Lyft. Lyft executives addressed the protests on Friday.", {("Lyft employees", "worksFor", "Lyft")}),
    # investigated: the one that settled after an investigation by X; an outlet's investigation that examined a
    # company's role; an audit of a deal with a company (the deal's unnamed owner is no client)
    ("Following an investigation by the Federal Trade Commission, Lyft agreed to settle the allegations.",
     {("Federal Trade Commission", "investigated", "Lyft")}),
    ("In 2021, an Associated Press investigation examined Palantir's role in the case.", {("Associated Press", "investigated", "Palantir")}),
    ("The Government Accountability Office opened an audit of the state's agreement with Palantir.",
     {("Government Accountability Office", "investigated", "Palantir")}),
    # respondedTo: rejecting "that characterization" answers whoever just made the claim
    ("Jane Roe said the policy was designed to break the union. Lyft rejected that characterization.",
     {("Lyft", "respondedTo", "Jane Roe")}),
    ("Lyft rejected that characterization.", set()),
    # worksFor: leading a company's team is working for the company; years spent at a company before joining another
    ("Dana Lee, who formerly co-led Intel's ethical AI team, spoke.", {("Dana Lee", "worksFor", "Intel")}),
    ("Dana Lee joined Intel in 2018 after two decades at Oracle.", {("Dana Lee", "worksFor", "Intel"), ("Dana Lee", "worksFor", "Oracle")}),
    # develops: a made thing "called" a name NER took for a person
    ("Amazon designs its own AI chips, called Trainium.", {("Amazon", "develops", "Trainium")}),
    # leads: a singular "police" in a title means the police force the article named
    ("The Seattle Police Department leased two drones from Skydio in March. Police Chief Michael Thompson defended the lease.",
     {("Skydio", "contractsWith", "Seattle Police Department"), ("Michael Thompson", "leads", "Seattle Police Department")}),
    ("The Seattle Police Department leased two drones in March. A police spokesman, John Smith, defended the lease.",
     {("John Smith", "worksFor", "Seattle Police Department")}),
    # worksFor: a company under its registered name ("... Platforms Inc.") is the company
    ("Meta Platforms Inc. hired Jane Roe as its chief privacy officer.", {("Jane Roe", "worksFor", "Meta")}),
    # leads: "its" inside a relative clause means the company that clause named
    ("Microsoft announced the purchase in 2018. Chris Wanstrath, who co-founded GitHub in 2008 and served as its chief executive, welcomed the deal.",
     {("Chris Wanstrath", "leads", "GitHub")}),
    # worksFor, not leads: a hyphenated "vice-president" is no head of the company
    ("Jane Roe, Oracle's executive vice-president for Europe, said the company was proud of the deal.",
     {("Jane Roe", "worksFor", "Oracle")}),
    # leads: a company under its legal name with a dotted suffix ("L.P.")
    ("Michael Chen, who once ran Bloomberg L.P., joined the board.", {("Michael Chen", "leads", "Bloomberg")}),
    # a kind of body ("law enforcement agencies within DHS") is no unit of the department
    ("Several law enforcement agencies within the Department of Homeland Security bought location data from Venntel.",
     {("Venntel", "contractsWith", "law enforcement")}),
    # a requested investigation, the second of two coordinated requests, is not one
    ("Fight for the Future urged the FTC to issue a warning to Amazon and to open an investigation.",
     {("Fight for the Future", "petitioned", "Federal Trade Commission")}),
    # a conglomerate named "<Company> Group" is no unit of the company; "Denver-based" names a place
    ("Lee Jae-yong inherited control of the Samsung Group from his father.", set()),
    ("Organizers from a Noida-based workers' collective joined the strike.", set()),
    # contractsWith: "a customer of X", also inside a relative clause that reports it
    ("The Seattle Police Department, which the letter says is a customer of Palantir, declined to comment.",
     {("Palantir", "contractsWith", "Seattle Police Department")}),
    # contractsWith: who sells what was bought; the maker of a product bought by subscription
    ("ICE and CBP bought access to location data sold by Venntel.",
     {("Venntel", "contractsWith", ICE), ("Venntel", "contractsWith", "U.S. Customs and Border Protection")}),
    ("Fog Data Science sells Fog Reveal to police. The Seattle Police Department bought a subscription to Fog Reveal last year.",
     {("Fog Data Science", "develops", "Fog Reveal"), ("Fog Data Science", "contractsWith", "law enforcement"),
      ("Fog Data Science", "contractsWith", "Seattle Police Department")}),
    # contractsWith: a product sold (passive) is sold by its maker; each country's government is a party
    ("NSO Group makes Pegasus. Pegasus has been sold to the governments of Mexico, Saudi Arabia and the United Arab Emirates.",
     {("NSO Group", "develops", "Pegasus"), ("NSO Group", "contractsWith", "Mexico"), ("NSO Group", "contractsWith", "Saudi Arabia"),
      ("NSO Group", "contractsWith", "United Arab Emirates")}),
    # develops: a participle before the clause names the seller; a product sold with no seller named
    # is sold by the maker the article names, before or after
    ("Sold by Acme Analytics Inc., Fog Reveal has been used since 2018. The Seattle Police Department bought a subscription to Fog Reveal.",
     {("Acme Analytics Inc.", "develops", "Fog Reveal"), ("Acme Analytics Inc.", "contractsWith", "Seattle Police Department")}),
    ("Pegasus has been sold to the governments of Mexico and Saudi Arabia. NSO Group makes Pegasus.",
     {("NSO Group", "develops", "Pegasus"), ("NSO Group", "contractsWith", "Mexico"), ("NSO Group", "contractsWith", "Saudi Arabia")}),
    # develops: "the maker of X" is the maker already named, not the company most talked about
    ("Apple sued NSO Group, maker of the Pegasus spyware. Apple makes the iPhone. The US is blacklisting the maker of Pegasus.",
     {("NSO Group", "develops", "Pegasus"), ("Apple", "develops", "iPhone"), ("Apple", "protested", "NSO Group")}),
    # protested: a quoted reproach ("should never have", "cannot be trusted"); a critical word in a
    # relative clause is not undone by the main clause's "never"; "deeply concerning"
    ("\"Oracle should never have signed a deal with a company that profits from surveillance,\" said Jane Roe of Fight for the Future.",
     {("Jane Roe", "protested", "Oracle"), ("Jane Roe", "worksFor", "Fight for the Future")}),
    ("\"Palantir cannot be trusted with our health data,\" said Jane Roe of Fight for the Future.",
     {("Jane Roe", "protested", "Palantir"), ("Jane Roe", "worksFor", "Fight for the Future")}),
    ("\"It's deeply concerning to see Oracle drop its ethics pledge,\" said Jane Roe, an Oracle engineer.",
     {("Jane Roe", "protested", "Oracle"), ("Jane Roe", "worksFor", "Oracle")}),
    # respondedTo: "responding to the striking riders" (riders are the company's workers), "to the
    # walkout" (whoever walked out), "to Roe and Major's claims" (both, however parsed)
    ("Hundreds of Deliveroo riders went on strike. Responding to the striking riders, a Deliveroo spokesperson said most riders were happy.",
     {("Deliveroo employees", "protested", "Deliveroo"), ("Deliveroo", "respondedTo", "Deliveroo employees"),
      ("Deliveroo employees", "worksFor", "Deliveroo")}),
    ("Hundreds of Amazon workers walked out on Monday. Amazon spokesperson John Smith, responding to the walkout, said the company respects employees' rights.",
     {(AMAZON_EMP, "protested", "Amazon"), ("John Smith", "respondedTo", AMAZON_EMP), ("Amazon", "respondedTo", AMAZON_EMP),
      ("John Smith", "worksFor", "Amazon"), (AMAZON_EMP, "worksFor", "Amazon")}),
    ("Amazon fired Jane Roe and Mary Major in April. Amazon spokesperson John Smith, responding to Roe and Major's claims, said they broke internal rules.",
     {("Jane Roe", "worksFor", "Amazon"), ("Mary Major", "worksFor", "Amazon"), ("John Smith", "respondedTo", "Jane Roe"),
      ("John Smith", "respondedTo", "Mary Major"), ("John Smith", "worksFor", "Amazon"),
      ("Amazon", "respondedTo", "Jane Roe"), ("Amazon", "respondedTo", "Mary Major")}),
    # ... but "the protests" the company answered are not necessarily its staff's
    ("Google workers signed a letter in June. They also criticized the way Google responded to the protests.",
     {(GOOGLE_EMP, "protested", "Google"), (GOOGLE_EMP, "worksFor", "Google")}),
    # leads: "X, whose chief executive, Y, ...", however the parser attached it; "whose chief executive is Y"
    ("Critics turned to Palantir, whose chief executive, Alex Karp, has been outspoken and has defended the work.",
     {("Alex Karp", "leads", "Palantir")}),
    ("The LAPD tested software from Voyager Labs, whose chief executive is John Smith.",
     {("John Smith", "leads", "Voyager Labs")}),
    # leads: "its" after a passive names its agent ("backed by the Center. Its executive director"); the
    # group that backed the walkout opposed the company too
    ("Amazon workers walked out on Monday. The walkout was backed by the Warehouse Worker Resource Center. Its executive director, "
     "Sheheryar Kaoosji, said Amazon refused to share the gains.",
     {(AMAZON_EMP, "protested", "Amazon"), ("Sheheryar Kaoosji", "leads", "Warehouse Worker Resource Center"), (AMAZON_EMP, "worksFor", "Amazon"),
      ("Warehouse Worker Resource Center", "protested", "Amazon"), ("Sheheryar Kaoosji", "protested", "Amazon")}),
    # worksFor: riders; a plural title for coordinated people; a job hung on a span of time; a past job
    ("Jane Roe, a rider at Gorillas, said she was fired.", {("Jane Roe", "worksFor", "Gorillas")}),
    ("Jane Roe and Mary Major, two user experience designers at Amazon, were fired.",
     {("Jane Roe", "worksFor", "Amazon"), ("Mary Major", "worksFor", "Amazon")}),
    ("Jane Roe, who has worked for the past two years at Covalen, testified.", {("Jane Roe", "worksFor", "Covalen")}),
    ("Jane Roe joined Amazon in 2014 after several years as a developer advocate at Google.",
     {("Jane Roe", "worksFor", "Amazon"), ("Jane Roe", "worksFor", "Google")}),
    # petitioned/protested: a group's name the parser read as a clause ("Fight for the Future
    # launched"); the vendor they want dropped; a threat to sue is opposition already
    ("Fight for the Future launched a petition calling on the IRS to drop ID.me.",
     {("Fight for the Future", "petitioned", "Internal Revenue Service"), ("Fight for the Future", "protested", "ID.me")}),
    ("Foxglove threatened to sue the UK government over the contract.", {("Foxglove", "protested", "UK government")}),
    # leads/worksFor: a plural title covers the people after it, not those with a title of their own
    ("Salesforce employees wrote a letter. The letter was sent to co-CEOs Jane Roe and John Doe, Chief Financial Officer Mary Major "
     "and Chief Marketing Officer Ann Lee.",
     {("Salesforce employees", "petitioned", "Jane Roe"), ("Salesforce employees", "petitioned", "John Doe"),
      ("Salesforce employees", "petitioned", "Mary Major"), ("Salesforce employees", "petitioned", "Ann Lee"),
      ("Jane Roe", "leads", "Salesforce"), ("John Doe", "leads", "Salesforce"), ("Mary Major", "worksFor", "Salesforce"),
      ("Ann Lee", "worksFor", "Salesforce"),
      ("Salesforce employees", "worksFor", "Salesforce")}),
    # petitioned: workers named for their cause are one named group; a letter "published by" them is theirs
    ("The letter, which was published on Monday by Oracle Workers for Climate Action, is addressed to Safra Catz.",
     {("Oracle Workers for Climate Action", "petitioned", "Safra Catz"), ("Oracle Workers for Climate Action", "worksFor", "Oracle")}),
    # protested: "the deal" in a sentence naming no company is the deal of the company in view;
    # calling a plan "a backdoor" condemns whoever made it
    ("Google announced the cloud deal in December. Human Rights Watch has criticized the deal.",
     {("Human Rights Watch", "protested", "Google")}),
    ("Apple announced the plan in August. The Electronic Frontier Foundation has called the plan a \"backdoor\".",
     {("Electronic Frontier Foundation", "protested", "Apple")}),
    # protested: a campaigner quoted about a company, with no word of approval ...
    ("\"Palantir has built a system that lets any officer track where people drive,\" said Jane Roe, a senior policy analyst at the ACLU.",
     {("Jane Roe", "worksFor", "ACLU"), ("Jane Roe", "protested", "Palantir")}),
    # ... but not one who welcomes a decision, nor one speaking of "the police" in general
    ("\"We welcome Amazon's decision to pause the sales,\" said Jane Roe, a director at Fight for the Future.",
     {("Jane Roe", "worksFor", "Fight for the Future")}),
    ("\"The police use it every day,\" said Jane Roe, a director at Fight for the Future.",
     {("Jane Roe", "worksFor", "Fight for the Future")}),
    # protested: a quotation the petition speaks condemns for its authors
    ("Oracle workers launched a petition. \"Oracle is complicit in the abuse of immigrants,\" reads the petition.",
     {("Oracle employees", "protested", "Oracle"), ("Oracle employees", "worksFor", "Oracle")}),
    # petitioned: every group of an "including" list asks, however the parser hung the names; two
    # known names joined by "and" stay two names
    ("In a joint statement published Monday, 40 groups and individuals, including Human Rights Watch, Amnesty International, "
     "Access Now and the Electronic Frontier Foundation, urged Oracle to halt its plan.",
     {("Human Rights Watch", "petitioned", "Oracle"), ("Amnesty International", "petitioned", "Oracle"),
      ("Access Now", "petitioned", "Oracle"), ("Electronic Frontier Foundation", "petitioned", "Oracle"), ("Access Now", "protested", "Oracle"), ("Amnesty International", "protested", "Oracle"), ("Electronic Frontier Foundation", "protested", "Oracle"), ("Human Rights Watch", "protested", "Oracle")}),
    # respondedTo: a company giving up what its protesting staff opposed addresses their demands ...
    ("Thousands of Oracle employees protested the contract. Oracle later said it would not renew the contract.",
     {("Oracle employees", "protested", "Oracle"), ("Oracle", "respondedTo", "Oracle employees"), ("Oracle employees", "worksFor", "Oracle")}),
    # ... not when the retreat is only asked for, or only possible
    ("More than 100 Oracle employees signed a letter demanding that Oracle cancel its contract with ICE.",
     {("Oracle employees", "signatoryCount", "100"), ("Oracle employees", "petitioned", "Oracle"), ("Oracle", "contractsWith", ICE),
      ("Oracle employees", "worksFor", "Oracle"), ("Oracle employees", "protested", "Oracle")}),
    ("Thousands of Oracle employees protested the contract. Oracle could cancel the contract.",
     {("Oracle employees", "protested", "Oracle"), ("Oracle employees", "worksFor", "Oracle")}),
    # investigated: "his office's audit of X" is the official's
    ("Jane Roe, the state's attorney general, said her office's audit of Flock Safety would be published soon.",
     {("Jane Roe", "investigated", "Flock Safety")}),
    # partOf: "A and B, two agencies within C" however parsed; a union affiliated with a larger one
    ("Oracle's contracts are with ICE and CBP, two agencies within the Department of Homeland Security.",
     {(ICE, "partOf", "U.S. Department of Homeland Security"), ("U.S. Customs and Border Protection", "partOf", "U.S. Department of Homeland Security"),
      ("Oracle", "contractsWith", ICE), ("Oracle", "contractsWith", "U.S. Customs and Border Protection")}),
    ("Grindr United, which is affiliated with the Communications Workers of America, won the vote.",
     {("Grindr United", "partOf", "Communications Workers of America"), ("Grindr United", "worksFor", "Grindr")}),
    # leads: "its" is the organisation the sentence before was about, not the company a bare
    # "warehouse workers" in it implies
    ("Amazon workers walked out on Monday. The walkout was supported by the Warehouse Worker Resource Center, a nonprofit that "
     "advocates for warehouse workers. Its executive director, Jane Roe, said Amazon refused to share the gains.",
     {(AMAZON_EMP, "protested", "Amazon"), ("Jane Roe", "leads", "Warehouse Worker Resource Center"), (AMAZON_EMP, "worksFor", "Amazon"),
      ("Warehouse Worker Resource Center", "protested", "Amazon"), ("Jane Roe", "protested", "Amazon")}),
    # partOf: an outlet's own publication ("Vox's Recode")
    ("Jane Roe wrote about it for Vox's Recode.", {("Jane Roe", "worksFor", "Recode"), ("Recode", "partOf", "Vox")}),
    # protested: a sit-in is a protest ("staged a sit-in", "held sit-ins"), answered like a walkout
    ("Oracle employees staged a sit-in. Oracle spokesman Tom Hill, responding to the sit-in, said the protest was disruptive.",
     {("Oracle employees", "protested", "Oracle"), ("Tom Hill", "worksFor", "Oracle"), ("Oracle employees", "worksFor", "Oracle"),
      ("Tom Hill", "respondedTo", "Oracle employees"), ("Oracle", "respondedTo", "Oracle employees")}),
    # protested: a union's strike at or against a company, also when "declared"
    ("The Retail Workers Union went on strike at Costco.", {("Retail Workers Union", "protested", "Costco")}),
    ("The Retail Workers Union declared a strike against Costco last week.", {("Retail Workers Union", "protested", "Costco")}),
    # respondedTo: "in a statement responding to X's testimony"; a surname is the person named
    # before, not an agency whose acronym it spells ("Doe", "DOE")
    ("Jane Roe, a Lyft engineer, testified before the committee. In a statement responding to Roe's testimony, a Lyft spokesperson said the claims were false.",
     {("Jane Roe", "worksFor", "Lyft"), ("Lyft", "respondedTo", "Jane Roe")}),
    ("Jane Doe, a Lyft engineer, testified before the committee. Responding to Doe's testimony, Lyft said the claims were false.",
     {("Jane Doe", "worksFor", "Lyft"), ("Lyft", "respondedTo", "Jane Doe")}),
    # protested: sit-ins at a company's offices, and the purpose the clause states after an "including" aside
    ("Last spring, employees affiliated with the group Coders Against War staged sit-ins at Intel offices in Austin and Portland, "
     "including inside the office of Intel CEO Pat Gelsinger, to protest Project Halo.",
     {("Coders Against War", "protested", "Intel"), ("Coders Against War", "protested", "Project Halo"), ("Pat Gelsinger", "leads", "Intel")}),
    # investigated: auditors or inspectors from an agency stand for the agency
    ("Auditors at the Government Accountability Office audited Palantir's contract with the Army.",
     {("Government Accountability Office", "investigated", "Palantir"), ("Palantir", "contractsWith", "U.S. Army")}),
    # respondedTo: an apology to someone answers them
    ("Robert Lee was wrongly arrested after a false match. Prosecutor Jane Smith later apologized to Lee.",
     {("Jane Smith", "respondedTo", "Robert Lee")}),
    # a union its members name after their employer is a group of that employer's workers, also where
    # NER read the employer apart; "workers represented by" it are that group
    ("Members of the Vox Tech Guild walked out on Monday.", {("Vox Tech Guild", "protested", "Vox"), ("Vox Tech Guild", "worksFor", "Vox")}),
    ("Lyft Drivers United went on strike on Monday.", {("Lyft Drivers United", "protested", "Lyft"), ("Lyft Drivers United", "worksFor", "Lyft")}),
    ("Workers represented by Kickstarter United walked off the job on Monday.",
     {("Kickstarter United", "protested", "Kickstarter"), ("Kickstarter United", "worksFor", "Kickstarter")}),
    # partOf: "the union" / "the guild" is part of a larger union: the named group it refers to
    ("Members of Kickstarter United walked out on Monday. The union is part of the Office and Professional Employees International Union.",
     {("Kickstarter United", "protested", "Kickstarter"), ("Kickstarter United", "worksFor", "Kickstarter"),
      ("Kickstarter United", "partOf", "Office and Professional Employees International Union")}),
    ("Members of the Vox Tech Guild walked out on Monday. The guild is a unit of the NewsGuild of New York.",
     {("Vox Tech Guild", "protested", "Vox"), ("Vox Tech Guild", "worksFor", "Vox"), ("Vox Tech Guild", "partOf", "NewsGuild of New York")}),
    # partOf: a union that voted to affiliate with (or to join) a larger union
    ("The Amazon Labor Union, which represents workers at the JFK8 warehouse, voted to affiliate with the Teamsters.",
     {("Amazon Labor Union", "partOf", "Teamsters")}),
    # "its" in a clause is its subject's, not that of an owner named inside the subject
    ("Google Cloud, Alphabet's cloud unit, sells AI tools including its Vertex AI platform.",
     {("Google Cloud", "develops", "Vertex AI"), ("Google Cloud", "partOf", "Alphabet"), ("Google Cloud", "partOf", "Google")}),
    # a programme whose name lists its subjects is one name; it is part of the organisation that
    # owns it, and its staff work for that organisation too
    ("\"This is bad,\" said Nathan Freed Wessler, deputy director of the American Civil Liberties Union's Speech, Privacy, and Technology Project.",
     {("Nathan Freed Wessler", "worksFor", "Speech, Privacy, and Technology Project"), ("Speech, Privacy, and Technology Project", "partOf", "ACLU"),
      ("Nathan Freed Wessler", "worksFor", "ACLU")}),
    ("Jane Roe, a director of the EFF's Surveillance Litigation Project, said so.",
     {("Jane Roe", "worksFor", "Surveillance Litigation Project"), ("Surveillance Litigation Project", "partOf", "Electronic Frontier Foundation"),
      ("Jane Roe", "worksFor", "Electronic Frontier Foundation")}),
    # a hyphenated "vice-president" is one title noun: the possessor before it is the employer
    ("The Acme Workers Union declared a strike on Monday. Lee Min-ho, the union's vice-president, said the walkout would go on.",
     {("Lee Min-ho", "worksFor", "Acme Workers Union")}),
    # develops: "X is the maker of Y"; an apposition the parser missed after a product's name
    ("OpenAI is the maker of ChatGPT.", {("OpenAI", "develops", "ChatGPT")}),
    ("ChatGPT, the chatbot made by OpenAI, was released in 2022.", {("OpenAI", "develops", "ChatGPT")}),
    # petitioned: "we" and "I" inside a quotation are its speaker
    ("\"We are calling on Deliveroo to guarantee a living wage,\" said Alex Marshall, president of the IWGB.",
     {("Alex Marshall", "petitioned", "Deliveroo"), ("Alex Marshall", "leads", "Independent Workers' Union of Great Britain"),
      ("Alex Marshall", "protested", "Deliveroo")}),
    ("\"I asked Google to cancel the contract,\" Jane Roe said.", {("Jane Roe", "petitioned", "Google"), ("Jane Roe", "protested", "Google")}),
    # partOf: a publisher's titles, in apposition ("a Medium publication") or listed as examples
    ("OneZero, a Medium publication, reported the story.", {("OneZero", "partOf", "Medium")}),
    ("Workers at Condé Nast publications including Vogue and The New Yorker walked out.",
     {("Vogue", "partOf", "Condé Nast"), ("The New Yorker", "partOf", "Condé Nast")}),
    # "a commissioner at X", "a director at X" is one of several, not the head; "the director of X" leads it
    ("Rohit Chopra, a commissioner at the Federal Trade Commission, dissented.", {("Rohit Chopra", "worksFor", "Federal Trade Commission")}),
    ("Jane Roe, the director of the EFF, resigned.", {("Jane Roe", "leads", "Electronic Frontier Foundation")}),
    # investigated: a probe of a company's business; a probe that "focuses on" its target
    ("The Justice Department launched a probe of Google's ad business.", {("U.S. Department of Justice", "investigated", "Google")}),
    ("The probe, led by the Justice Department, focuses on Google.", {("U.S. Department of Justice", "investigated", "Google")}),
    # a company's board is a body of its own: petitioned and investigating as such; a seat on it,
    # or being fired by it, is a tie to the company
    ("The Tech Workers Coalition sent a letter to Satya Nadella and Microsoft's board of directors.",
     {("Tech Workers Coalition", "petitioned", "Satya Nadella"), ("Tech Workers Coalition", "petitioned", "Microsoft board")}),
    ("Uber's board investigated Travis Kalanick in 2017.", {("Uber board", "investigated", "Travis Kalanick")}),
    ("The Salesforce board fired Jane Roe in March.", {("Jane Roe", "worksFor", "Salesforce")}),
    ("John Poe, the chairman of Uber's board, declined to comment.", {("John Poe", "leads", "Uber")}),
    # a proper name the tagger missed, coordinated with organisations, is one more of them; a
    # name with "and" in it stays one name
    ("Microsoft has sold cloud services to BP and Equinor.", {("Microsoft", "contractsWith", "BP"), ("Microsoft", "contractsWith", "Equinor")}),
    # protested: a company that takes someone to court opposes them; a company's criticism
    # outside court is no protest of the field's kind
    ("Salesforce filed a lawsuit against Clearview AI on Monday.", {("Salesforce", "protested", "Clearview AI")}),
    ("Meta sued NSO Group in 2019.", {("Meta", "protested", "NSO Group")}),
    # a name with a company word in it that the text calls a rights group is one; named again
    # later, the whole name is that group even where the tagger saw only its first word
    ("Jane Roe, executive director of Parity Labs, an Oakland-based civil rights group, spoke. Parity Labs called on Cisco to act.",
     {("Jane Roe", "leads", "Parity Labs"), ("Parity Labs", "petitioned", "Cisco")}),
    # contractsWith: a list the parser read as an apposition with conjuncts; a name the text
    # introduces as an "oil major" is a company; "whose customers include"; "one of the firms X pays"
    ("Google Cloud has signed deals with Chevron, the French oil major Total and the oilfield services giant Schlumberger.",
     {("Google Cloud", "contractsWith", "Chevron"), ("Google Cloud", "contractsWith", "Total"), ("Google Cloud", "contractsWith", "SLB"),
      ("Google Cloud", "partOf", "Google")}),
    ("Palantir is a data analytics firm whose customers include the Department of Defense and Customs and Border Protection.",
     {("Palantir", "contractsWith", DOD), ("Palantir", "contractsWith", CBP)}),
    ("Covalen, one of several outsourcing firms Facebook pays to review content, employs 4,000 people.", {("Covalen", "contractsWith", "Facebook")}),
    # worksFor: whom an organisation hired (hired as chief executive, leads it); contractsWith:
    # a company helping a public body do its work; petitioned: "X, whose members demanded ..."
    ("Google hired Jane Roe as a researcher in 2018.", {("Jane Roe", "worksFor", "Google")}),
    ("Jane Roe, who was hired by Amazon in 2019, quit.", {("Jane Roe", "worksFor", "Amazon")}),
    ("Uber hired Dara Khosrowshahi as chief executive.", {("Dara Khosrowshahi", "leads", "Uber")}),
    ("Google was helping the Pentagon analyze drone footage.", {("Google", "contractsWith", DOD)}),
    ("No Tech for Apartheid, whose members have long demanded that Google cancel the contract, staged a sit-in.",
     {("No Tech for Apartheid", "petitioned", "Google"), ("No Tech for Apartheid", "protested", "Google")}),
    # protested: waving away what a company says or promises (waving away a person's concerns
    # is an answer, dismissing a person is firing them)
    ("Vanessa Bain dismissed Instacart's announcements as a public relations stunt.", {("Vanessa Bain", "protested", "Instacart")}),
    ("Amazon dismissed Jane Roe.", {("Jane Roe", "worksFor", "Amazon")}),
    # develops: a name before an owned or definite product noun is the product, where NER took
    # part of it or none of it ("its Commerce Cloud e-commerce software")
    ("Salesforce sells its Commerce Cloud e-commerce software to retailers.", {("Salesforce", "develops", "Commerce Cloud")}),
    ("Infosys's products include the Finacle core banking platform.", {("Infosys", "develops", "Finacle")}),
    # develops: "X, which <company> released"; a report a company released is no product
    ("The Closer, which Netflix released on 5 October, drew criticism.", {("Netflix", "develops", "The Closer")}),
    # leads: founding a group or a company is no role in it by that alone; "Will" starting a
    # person's name is no verb; a leader does not protest the own organisation
    ("Joy Buolamwini, the founder of the Algorithmic Justice League, spoke.", set()),
    ("Jane Roe, a co-founder of Google, spoke.", set()),
    ("Will Cathcart, the head of WhatsApp, criticized the plan.", {("Will Cathcart", "leads", "WhatsApp")}),
    # leads: a title held at two organisations, the second parsed as the title's conjunct; a
    # mayor leads the city's government ("City of X", "New York City"); a deputy works for it
    ("Sundar Pichai, the CEO of Google and its parent company, Alphabet, spoke.",
     {("Sundar Pichai", "leads", "Google"), ("Sundar Pichai", "leads", "Alphabet"), ("Google", "partOf", "Alphabet")}),
    ("Lori Lightfoot, the mayor of Chicago, said so.", {("Lori Lightfoot", "leads", "City of Chicago")}),
    ("New York City Mayor Bill de Blasio spoke.", {("Bill de Blasio", "leads", "New York City")}),
    ("Jane Roe, a deputy mayor of Chicago, said so.", {("Jane Roe", "worksFor", "City of Chicago")}),
    # the first word of a name named before, followed by other capitalised words, is another name
    ("New York City Mayor Bill de Blasio spoke. New York Attorney General Letitia James sued Amazon.",
     {("Bill de Blasio", "leads", "New York City"), ("Letitia James", "protested", "Amazon")}),
    # partOf: a research centre at a university (the university's name read apart from its own
    # school's); "X, the ICE division": a division named with its agency
    ("Meredith Whittaker co-founded the AI Now Institute at New York University.", {("AI Now Institute", "partOf", "New York University")}),
    ("The flaw was found by the Citizen Lab at the University of Toronto's Munk School.", {("Citizen Lab", "partOf", "University of Toronto")}),
    ("Enforcement and Removal Operations, the ICE division responsible for deportations, used the tool.",
     {("Enforcement and Removal Operations", "partOf", ICE)}),
    # worksFor: a reporter's earlier newsroom, one NER takes for some organisation
    ("Annie Palmer is a reporter for CNBC. She previously reported for TheStreet.",
     {("Annie Palmer", "worksFor", "CNBC"), ("Annie Palmer", "worksFor", "TheStreet")}),
    # worksFor: people named in apposition to a company's staff, or as examples of it
    ("Amazon threatened two employees, Maren Costa and Jamie Kowalski, with termination.",
     {("Maren Costa", "worksFor", "Amazon"), ("Jamie Kowalski", "worksFor", "Amazon")}),
    ("Two Amazon employees, Jane Roe and John Poe, spoke to reporters.",
     {("Amazon employees", "worksFor", "Amazon"), ("Jane Roe", "worksFor", "Amazon"), ("John Poe", "worksFor", "Amazon")}),
    # investigated: wrongs and allegations "at X" name the company they happened at
    ("The FTC is investigating allegations of bias at Google.", {("Federal Trade Commission", "investigated", "Google")}),
    ("The NLRB is investigating the firings at Google.", {("National Labor Relations Board", "investigated", "Google")}),
    ("The Karnataka Labour Department has begun an inquiry into the terminations at Infosys.",
     {("Karnataka Labour Department", "investigated", "Infosys")}),
    # a platform's content moderators are a workforce named after the platform, not its
    # employees; whoever employs them is their employer
    ("More than 200 Facebook content moderators signed a letter to Mark Zuckerberg demanding safer conditions.",
     {("Facebook content moderators", "signatoryCount", "200"), ("Facebook content moderators", "petitioned", "Mark Zuckerberg")}),
    ("TikTok moderators employed by Telus International walked out.", {("TikTok content moderators", "worksFor", "TELUS International")}),
    # protested: a cease-and-desist letter, sent or received, to each recipient; companies send them too
    ("Yahoo, Snap and Pinterest sent Clearview AI cease-and-desist letters last week.",
     {("Yahoo", "protested", "Clearview AI"), ("Snap Inc.", "protested", "Clearview AI"), ("Pinterest", "protested", "Clearview AI")}),
    ("The Denver Police Department received a cease-and-desist letter from the ACLU.",
     {("ACLU", "protested", "Denver Police Department")}),
    # petitioned: a relative clause addresses the letter; a negated one does not
    ("The petition, which is addressed to Satya Nadella, was signed by 900 Microsoft employees.",
     {(MSFT_EMP, "petitioned", "Satya Nadella"), (MSFT_EMP, "signatoryCount", "900"), (MSFT_EMP, "worksFor", "Microsoft")}),
    ("The petition, which was never sent to Satya Nadella, was signed by 900 Microsoft employees.",
     {(MSFT_EMP, "signatoryCount", "900"), (MSFT_EMP, "worksFor", "Microsoft")}),
    # petitioned: asking a company for something it can grant, and the writers of a letter
    # "organized by" a group petition whom "it" is addressed to
    ("The Courier Workers Collective asked DoorDash for hazard pay and paid sick leave.",
     {("Courier Workers Collective", "petitioned", "DoorDash")}),
    ("The letter was organized by the Tech Workers Coalition. It is addressed to Andy Jassy.",
     {("Tech Workers Coalition", "petitioned", "Andy Jassy")}),
    # develops: a name said, in the passive, to be made or marketed by a company is its product
    ("Skyfall Rally 2, which was developed by Ubisoft Montreal, sold poorly.",
     {("Ubisoft Montreal", "develops", "Skyfall Rally 2"), ("Ubisoft Montreal", "partOf", "Ubisoft")}),
    ("Trackwise, a tool marketed by the data broker Babel Street, follows phones.",
     {("Babel Street", "develops", "Trackwise")}),
    # ... and a second apposition after a person's title describes the company, not the person
    ("Jim Roe, the former chief executive of Research In Motion, the company behind the BlackBerry, criticized the plan.",
     {("Jim Roe", "leads", "Research In Motion")}),
    # contractsWith: a company's cloud business named by description is its known cloud unit
    ("Google's cloud unit signed a deal with the Navy.",
     {("Google Cloud", "contractsWith", "U.S. Navy"), ("Google Cloud", "partOf", "Google")}),
    ("Amazon opened an office in Virginia. The company's cloud computing division sells storage to the Army.",
     {("Amazon Web Services", "contractsWith", "U.S. Army"), ("Amazon Web Services", "partOf", "Amazon")}),
    # investigated: the one hired to audit does it (and is no employee); reviewing how a company
    # acts, examining allegations, asking whether its conduct was lawful
    ("Oracle hired Dana Whitfield, a partner at Kessler Partners, to audit Palantir.",
     {("Dana Whitfield", "investigated", "Palantir"), ("Dana Whitfield", "worksFor", "Kessler Partners")}),
    ("The Labor Department is reviewing how Uber handles complaints from drivers.",
     {("U.S. Department of Labor", "investigated", "Uber")}),
    ("The FTC examined the allegations against Zoom.", {("Federal Trade Commission", "investigated", "Zoom Video Communications")}),
    ("The FTC is investigating whether Amazon's pricing harmed sellers.", {("Federal Trade Commission", "investigated", "Amazon")}),
    # worksFor: a hyphenated name in apposition with a job; a C-suite title with the company in
    # view; the employer one joined from; the newsrooms one covered a beat for
    ("Anne-Marie Dubois-Lefevre, a hardware vice president at Apple, signed the memo.",
     {("Anne-Marie Dubois-Lefevre", "worksFor", "Apple")}),
    ("Salesforce faced a backlash. Chief Marketing Officer Dana Whitfield said the firm would listen.",
     {("Dana Whitfield", "worksFor", "Salesforce")}),
    ("Priya Nair, who joined Google from Oracle in 2019, runs the team.",
     {("Priya Nair", "worksFor", "Google"), ("Priya Nair", "worksFor", "Oracle")}),
    ("Jane Roe previously covered labor and privacy for Grist Weekly and Byline Times.",
     {("Jane Roe", "worksFor", "Grist Weekly"), ("Jane Roe", "worksFor", "Byline Times")}),
    # worksFor: shop-floor jobs; working at "the warehouse" of the company in view
    ("Maria Lopez, a Starbucks barista in Buffalo, helped organize the union.", {("Maria Lopez", "worksFor", "Starbucks")}),
    ("Amazon runs a depot in Bristol. Tom Reed, who has worked at the depot for six years, was fired.", {("Tom Reed", "worksFor", "Amazon")}),
    # develops: the names a company sells to someone are its products, whatever NER took them for
    ("Veridian Labs sells Halcyon and Tessera to police departments.",
     {("Veridian Labs", "develops", "Halcyon"), ("Veridian Labs", "develops", "Tessera"),
      ("Veridian Labs", "contractsWith", "law enforcement")}),
    # leads: the president of a company's union leads the union, not the company
    ("Lee Jae-won is the president of the Hyundai union.", {("Lee Jae-won", "worksFor", "Hyundai")}),
    # contractsWith: a company's partners named by example ("retailers including X", "its
    # clients, such as Y"), not under a negated verb
    ("Instacart delivers groceries from retailers including Costco and Kroger.",
     {("Instacart", "contractsWith", "Costco"), ("Instacart", "contractsWith", "Kroger")}),
    ("Palantir's clients, such as ICE and the FBI, praised the software.",
     {("Palantir", "contractsWith", "U.S. Immigration and Customs Enforcement"), ("Palantir", "contractsWith", "Federal Bureau of Investigation")}),
    ("Instacart does not deliver groceries from retailers including Costco.", set()),
    # investigated: the passive, in a main and in a relative clause
    ("Lyft is being investigated by the Labor Department.", {("U.S. Department of Labor", "investigated", "Lyft")}),
    ("Lyft, which was audited by Deloitte in 2019, declined to comment.", {("Deloitte", "investigated", "Lyft")}),
    # petitioned and investigated in the passive: "was petitioned by", "was sued by" an agency
    ("Satya Nadella was petitioned by hundreds of Microsoft employees.",
     {(MSFT_EMP, "petitioned", "Satya Nadella"), (MSFT_EMP, "worksFor", "Microsoft")}),
    ("Lyft was sued by the FTC.", {("Federal Trade Commission", "investigated", "Lyft")}),
    # protested/worksFor: the people a group is said to include did what it did
    ("Hundreds of Google employees, including Dana Whitfield and Omar Haddad, walked out.",
     {(GOOGLE_EMP, "protested", "Google"), (GOOGLE_EMP, "worksFor", "Google"), ("Dana Whitfield", "protested", "Google"),
      ("Dana Whitfield", "worksFor", "Google"), ("Omar Haddad", "protested", "Google"), ("Omar Haddad", "worksFor", "Google")}),
    # protested: resigning in protest over the company's policy protests the company in view
    ("Apple announced a return-to-office mandate. Priya Nair, a director at Apple, resigned in protest over the policy.",
     {("Priya Nair", "protested", "Apple"), ("Priya Nair", "worksFor", "Apple")}),
    # coordination the parser read as one name: each name before the verb is a subject
    ("Amnesty International and Human Rights Watch have criticized Palantir.",
     {("Amnesty International", "protested", "Palantir"), ("Human Rights Watch", "protested", "Palantir")}),
    # contractsWith: a deal agreed in the past is done; "help [CBP recruit]" read as one noun
    ("In 2017, Deloitte agreed to provide ICE with case management services.",
     {("Deloitte", "contractsWith", "U.S. Immigration and Customs Enforcement")}),
    ("Deloitte agreed to help CBP recruit, vet and hire new agents.",
     {("Deloitte", "contractsWith", "U.S. Customs and Border Protection")}),
    # contractsWith: bidding for the contract the article last named with a public body
    ("The Pentagon's cloud contract is worth $9 billion. Oracle and IBM are bidding for that contract. SAP, which is also bidding, declined to comment.",
     {("Oracle", "contractsWith", "U.S. Department of Defense"), ("IBM", "contractsWith", "U.S. Department of Defense"),
      ("SAP", "contractsWith", "U.S. Department of Defense")}),
    # a numbered plural description takes up the people just named together
    ("Two activists, Dana Whitfield and Omar Haddad, met Satya Nadella on Friday. The two activists urged Nadella to drop the deal.",
     {("Dana Whitfield", "petitioned", "Satya Nadella"), ("Omar Haddad", "petitioned", "Satya Nadella")}),
    ("Nadella met Dana Whitfield, an organizer at Athena; and Omar Haddad, a director of Color of Change. Both leaders urged Nadella to drop the deal.",
     {("Dana Whitfield", "petitioned", "Satya Nadella"), ("Omar Haddad", "petitioned", "Satya Nadella"),
      ("Dana Whitfield", "worksFor", "Athena"), ("Omar Haddad", "worksFor", "Color of Change")}),
    # an acronym printed with dots is the acronym
    ("Lina Khan, the chair of the F.T.C., announced the suit.", {("Lina Khan", "leads", "Federal Trade Commission")}),
    # the executive director of a group described with a possessive still heads it
    ("Dana Whitfield, the executive director of the children's advocacy group Fairplay, testified.",
     {("Dana Whitfield", "leads", "Fairplay")}),
    # a unit of a public body named after "the department's"
    ("The Justice Department sued Google. The department's Antitrust Division led the case.",
     {("U.S. Department of Justice", "investigated", "Google"), ("Antitrust Division", "partOf", "U.S. Department of Justice")}),
    # a commissioner of a commission is one of its members; a police commissioner runs the force
    ("Dana Whitfield, the competition commissioner at the European Commission, fined Google.",
     {("Dana Whitfield", "worksFor", "European Commission")}),
    ("FTC Commissioner Omar Haddad dissented.", {("Omar Haddad", "worksFor", "Federal Trade Commission")}),
    # "who" after an apposition describes that one person, not the names coordinated with them
    ("Sen. Dana Whitfield, the Illinois Democrat who chairs the Senate Judiciary Committee, and Sen. Omar Haddad of Iowa said they had received the complaint.",
     {("Dana Whitfield", "leads", "Senate Judiciary Committee")}),
    # "its" inside "X, which ..." is X's
    ("Google paid Apple, which makes Google Search the default in its Safari browser.",
     {("Apple", "contractsWith", "Google"), ("Google", "develops", "Google Search"), ("Apple", "develops", "Safari")}),
    # contractsWith: a supplier named by its client's possessive, also as "one of" them
    ("Pegatron, one of Apple's contract manufacturers, said.", {("Pegatron", "contractsWith", "Apple")}),
    ("Accenture, Facebook's largest contractor, declined to comment.", {("Accenture", "contractsWith", "Facebook")}),
    # contractsWith: a service's work for companies
    ("Cognizant has also done moderation work for Google and Twitter.",
     {("Cognizant", "contractsWith", "Google"), ("Cognizant", "contractsWith", "Twitter")}),
    # partOf: controlled by
    ("Rappi, which is controlled by Movile, said.", {("Rappi", "partOf", "Movile")}),
    # worksFor: an employer's name the tagger read as an adjective ("Cognizant")
    ("Shawn Speagle, a former Cognizant moderator in Tampa, spoke to reporters.", {("Shawn Speagle", "worksFor", "Cognizant")}),
    # leads: a body named by its own name before "union"; the chair of a body's council
    ("Laurent Degousée, a co-leader of the SUD Commerce union, said.", {("Laurent Degousée", "leads", "SUD Commerce")}),
    ("Prof Philip Banfield, the chair of the BMA council, said the platform could erode trust.", {("Philip Banfield", "leads", "BMA")}),
    # develops/contractsWith: assembling for a client
    ("Foxconn manufactures iPhones for Apple in Chennai.", {("Foxconn", "contractsWith", "Apple"), ("Foxconn", "develops", "iPhone")}),
    # investigated: the law an authority applies is not investigated
    ("The European Commission has been investigating TikTok since February under the Digital Services Act, the EU's content rules.",
     {("European Commission", "investigated", "TikTok")}),
    # petitioned: a person and a company's board members urged together
    ("Dana Whitfield repeatedly urged Omar Haddad and Twitter board members to disclose the problems.",
     {("Dana Whitfield", "petitioned", "Omar Haddad"), ("Dana Whitfield", "petitioned", "Twitter board")}),
    # worksFor: running a function at an organisation
    ("Dana Whitfield led security at the payments company Stripe.", {("Dana Whitfield", "worksFor", "Stripe Inc.")}),
    # a subject pronoun takes up the main verb's object before a person named in a subordinate
    # clause, and a later "he" the person the first one stood for
    ("Twitter hired Dana Whitfield after a hack in which the accounts of Omar Haddad were hijacked. He reported to the chief executive. "
     "Before that, he worked at Google.",
     {("Dana Whitfield", "worksFor", "Twitter"), ("Dana Whitfield", "worksFor", "Google")}),
    # a bare title means the company the sentence names, before one a group of workers is named after
    ("Anthropic was founded in 2021 by former OpenAI employees, including CEO Dana Whitfield.",
     {("Dana Whitfield", "leads", "Anthropic"), ("OpenAI employees", "worksFor", "OpenAI"), ("Dana Whitfield", "worksFor", "OpenAI")}),
    # a hyphenated surname NER cut at the hyphen; an honorific inside NER's span
    ("BuzzFeed News reporter Dana Baker-White published an investigation.", {("Dana Baker-White", "worksFor", "BuzzFeed News")}),
    # "X and its parent company, Y"
    ("WhatsApp sued NSO Group and its parent company, Q Cyber Technologies, on Tuesday.",
     {("WhatsApp", "protested", "NSO Group"), ("WhatsApp", "protested", "Q Cyber Technologies"), ("NSO Group", "partOf", "Q Cyber Technologies")}),
    # develops: "the spyware made by X"
    ("The phone was infected with Pegasus, the spyware made by NSO Group.", {("NSO Group", "develops", "Pegasus")}),
    # roles: an inspector general; an ethicist
    ("Mark Smith, the inspector general for the Los Angeles Police Commission, released an audit.",
     {("Mark Smith", "worksFor", "Los Angeles Police Commission")}),
    ("Andrew Strait, an AI ethicist at the Ada Lovelace Institute, spoke.", {("Andrew Strait", "worksFor", "Ada Lovelace Institute")}),
    # the group a relative clause describes, not the place it is at
    ("The company worked with Citizen Lab, a research group at the University of Toronto that has investigated NSO Group for years.",
     {("Citizen Lab", "investigated", "NSO Group"), ("Citizen Lab", "partOf", "University of Toronto")}),
    # a legal name with "Holding Corp." is the company
    ("Meta said it is working with partners including Lockheed Martin Corp. and Booz Allen Hamilton Holding Corp.",
     {("Meta", "contractsWith", "Lockheed Martin"), ("Meta", "contractsWith", "Booz Allen Hamilton")}),
    # the leader of a unit of an organisation works there; the organisation's leader leads it
    ("Jane Roe, a practice group leader at Google, said the breach was serious.", {("Jane Roe", "worksFor", "Google")}),
    # "the force": the police force in view; a title NER read into the name
    ("The case was brought against South Wales Police. Chief Constable Matt Jukes, who leads the force, said he would not appeal.",
     {("Matt Jukes", "leads", "South Wales Police")}),
    # a reporter's relative clause says where the beat is covered
    ("Omar Haddad is a staff reporter who has covered labor and housing at Wired since 2019.", {("Omar Haddad", "worksFor", "Wired")}),
    # leads: "X's government" is the one government the article names
    ("The Supreme Court ordered an inquiry into the Indian government's use of spyware. Critics accused Narendra Modi's government of spying.",
     {("Narendra Modi", "leads", "Indian government"), ("Supreme Court", "investigated", "Indian government")}),
    # investigated: an inquiry into whether someone complied; an investigation published; under review by
    ("The Information Commissioner's Office opened an inquiry into whether Snap had assessed the risks of its chatbot.",
     {("Information Commissioner's Office", "investigated", "Snap Inc.")}),
    ("Reporter Dana Okafor of ProPublica published an investigation into Palantir in March.",
     {("Dana Okafor", "investigated", "Palantir"), ("Dana Okafor", "worksFor", "ProPublica")}),
    ("Clearview AI has been under review by the Federal Trade Commission since 2022.",
     {("Federal Trade Commission", "investigated", "Clearview AI")}),
    # a regulator's name with "and" that NER cut in two; a state's department named in lower case
    ("The Irish Communications and Media Authority opened an investigation into TikTok.",
     {("Irish Communications and Media Authority", "investigated", "TikTok")}),
    ("The Maharashtra labour department, which investigated Infosys last year, found no violation.",
     {("Maharashtra labour department", "investigated", "Infosys")}),
    # protested: being critical of; calling out a company, or calling out its workers on strike
    ("The Electronic Frontier Foundation, which has long been critical of Ring, published the emails.",
     {("Electronic Frontier Foundation", "protested", "Ring")}),
    ("Color of Change called out Facebook for its handling of hate speech.", {("Color of Change", "protested", "Facebook")}),
    ("The GMB union called out workers at two Amazon depots in Coventry.", {("GMB", "protested", "Amazon")}),
    ("The Teamsters called a strike at seven Amazon warehouses in December.", {("Teamsters", "protested", "Amazon")}),
    # a spokesperson named in apposition answers in person
    ("Staff at Zoom signed a petition. A Zoom spokeswoman, Ana Ruiz, responded to the petition.",
     {("Ana Ruiz", "respondedTo", "Zoom Video Communications employees"), ("Ana Ruiz", "worksFor", "Zoom Video Communications"),
      ("Zoom Video Communications", "respondedTo", "Zoom Video Communications employees"),
      ("Zoom Video Communications employees", "worksFor", "Zoom Video Communications")}),
    # moderators named after a services firm are its own staff; named after a platform, its outsourced workforce
    ("Dozens of Teleperformance moderators walked out in Bogota.",
     {("Teleperformance employees", "protested", "Teleperformance"), ("Teleperformance employees", "worksFor", "Teleperformance")}),
    ("More than 200 TikTok moderators signed a letter to Shou Chew.",
     {("TikTok content moderators", "signatoryCount", "200"), ("TikTok content moderators", "petitioned", "Shou Zi Chew")}),
    # "its" in a relative clause on an apposition is the named organisation's
    ("AWS, the company's cloud unit, which counts Chevron and ExxonMobil among its customers, grew.",
     {("Amazon Web Services", "contractsWith", "Chevron"), ("Amazon Web Services", "contractsWith", "ExxonMobil"),
      ("Amazon Web Services", "partOf", "Amazon")}),
    # ... but "it" as the object of that clause is someone else
    ("Pegasus is made by NSO Group. The company is owned by Novalpina Capital, a London-based fund that bought it in 2019.",
     {("NSO Group", "develops", "Pegasus"), ("NSO Group", "partOf", "Novalpina Capital")}),
    # a protest organised by a named workers' group, at the company the article is about
    ("Salesforce sells software to CBP. Salesforce employees walked out on Monday. The protest was organized by Salesforce Workers for Justice.",
     {("Salesforce", "contractsWith", "U.S. Customs and Border Protection"),
      ("Salesforce employees", "protested", "Salesforce"), ("Salesforce Workers for Justice", "protested", "Salesforce"),
      ("Salesforce employees", "worksFor", "Salesforce"), ("Salesforce Workers for Justice", "worksFor", "Salesforce")}),
    # a workforce's known name before its cause names one group
    ("Googlers Against Retaliation wrote to Sundar Pichai.", {("Googlers Against Retaliation", "petitioned", "Sundar Pichai")}),
    # consultants of a firm are its staff
    ("Dozens of Bain consultants signed a letter criticizing the work.",
     {("Bain employees", "worksFor", "Bain"), ("Bain employees", "protested", "Bain")}),
    # the people named among those fired
    ("Google fired four employees who took part in the sit-ins, including Maya Ortiz and Tom Reyes.",
     {("Maya Ortiz", "worksFor", "Google"), ("Tom Reyes", "worksFor", "Google"), ("Google employees", "protested", "Google")}),
    ("Amazon fired two workers, Lena Park and Omar Diaz, after the rally.",
     {("Lena Park", "worksFor", "Amazon"), ("Omar Diaz", "worksFor", "Amazon")}),
    # a petition "circulated and addressed to" someone
    ("Oracle employees started a petition. The petition, which was shared internally and addressed to Safra Catz, asks Oracle to drop the deal.",
     {("Oracle employees", "petitioned", "Safra Catz"), ("Oracle employees", "petitioned", "Oracle"), ("Oracle employees", "worksFor", "Oracle"), ("Oracle employees", "protested", "Oracle")}),
    # abbreviated plural titles; names joined to the first one's state; "along with" others
    ("Sens. Maria Cantwell of Washington and Ron Wyden of Oregon, along with Reps. Pramila Jayapal and Ro Khanna, wrote to Andy Jassy.",
     {("Maria Cantwell", "petitioned", "Andy Jassy"), ("Ron Wyden", "petitioned", "Andy Jassy"),
      ("Pramila Jayapal", "petitioned", "Andy Jassy"), ("Ro Khanna", "petitioned", "Andy Jassy")}),
    # a labour board investigating "the charge" against the company the article is about
    ("Apple disciplined two retail workers in Towson. The NLRB is investigating the charge.",
     {("National Labor Relations Board", "investigated", "Apple")}),
    # criticising "the feature" is criticising the company in view
    ("Slack added a message-scanning tool. Fight for the Future criticized the feature.",
     {("Fight for the Future", "protested", "Slack Technologies")}),
    # "the office of X's attorney general, Name": the official sends the letter
    ("The office of California's attorney general, Rob Bonta, sent a letter to Uber on Tuesday asking about driver pay.",
     {("Rob Bonta", "petitioned", "Uber")}),
    # a letter "led by" someone is theirs
    ("The letter, which was sent on Friday and led by Senator Amy Klobuchar, urged Tim Cook to reverse course.",
     {("Amy Klobuchar", "petitioned", "Tim Cook")}),
    # contractsWith: a services firm's work for a company; what is supplied is used by the client;
    # what a host hosts; a firm engaged for a task
    ("Deloitte's work for the tobacco company Philip Morris came under scrutiny.", {("Deloitte", "contractsWith", "Philip Morris")}),
    ("Jane Roe's work for Walmart ended in 2020.", set()),
    ("Motorola Solutions also supplies the radios used by the Chicago Police Department.",
     {("Motorola Solutions", "contractsWith", "Chicago Police Department")}),
    ("The model runs inside the Pentagon's network hosted by Oracle.", {("Oracle", "contractsWith", "U.S. Department of Defense")}),
    ("Walmart commissioned KPMG to conduct a review of the breach.", {("KPMG", "contractsWith", "Walmart")}),
    ("Walmart appointed Jane Roe to lead the review.", set()),
    # a named group "and N other groups" as the subject
    ("Color of Change and more than 40 other groups sent a letter calling on Salesforce to drop the contract.",
     {("Color of Change", "petitioned", "Salesforce"), ("Color of Change", "protested", "Salesforce")}),
    # a complaint asking an agency to investigate someone opposes them; a requested inquiry is no inquiry
    ("The Center for Digital Democracy filed a complaint with the FTC asking it to investigate TikTok.",
     {("Center for Digital Democracy", "petitioned", "Federal Trade Commission"), ("Center for Digital Democracy", "protested", "TikTok")}),
    ("Access Now called on the European Commission to investigate Meta.", {("Access Now", "petitioned", "European Commission")}),
    # "calling on X to do A and on Y to do B": both are petitioned
    ("Amnesty International sent an open letter calling on city councils to cancel the deals and on Congress to hold hearings.",
     {("Amnesty International", "petitioned", "U.S. Congress")}),
    # ... and an inquiry asked for in a purpose clause is no inquiry
    ("Amnesty International published a letter calling on city officials to end the program and on Congress to investigate Ring.", set()),
    # organising against a person; the company's chief executive or cofounder named elsewhere
    ("A group of Uber drivers is organizing against Dara Khosrowshahi.", {("Uber employees", "protested", "Dara Khosrowshahi"),
                                                                          ("Uber employees", "worksFor", "Uber")}),
    ("Salesforce CEO Marc Benioff spoke on Monday. Salesforce employees protested against the company's chief executive.",
     {("Marc Benioff", "leads", "Salesforce"), ("Salesforce employees", "protested", "Marc Benioff"), ("Salesforce employees", "worksFor", "Salesforce")}),
    # respondedTo: "the demands" and "the protesters' demands" are those of whoever protested
    ("Salesforce employees walked out over the layoffs. The company's leadership rejected the demands.",
     {("Salesforce employees", "protested", "Salesforce"), ("Salesforce", "respondedTo", "Salesforce employees"),
      ("Salesforce employees", "worksFor", "Salesforce")}),
    ("Intel employees protested the company's contract with the Israeli military. Pat Gelsinger, addressing the protesters' demands at a town hall, said the company would review it.",
     {("Intel employees", "protested", "Intel"), ("Intel", "contractsWith", "Israel Defense Forces"),
      ("Pat Gelsinger", "respondedTo", "Intel employees"), ("Intel employees", "worksFor", "Intel")}),
    # people working through a platform act as a group named so, and work for no one
    ("More than 20,000 Etsy sellers signed a petition calling on Etsy to scrap the new fees.",
     {("Etsy sellers", "signatoryCount", "20000"), ("Etsy sellers", "petitioned", "Etsy"), ("Etsy sellers", "protested", "Etsy")}),
    ("Thousands of Twitch streamers went on strike on Wednesday to protest the new revenue split.",
     {("Twitch streamers", "protested", "Twitch")}),
    # a name right after a kind of organisation is an organisation's name, whatever NER took it for
    ("Etsy grew by acquiring the secondhand fashion app Depop in 2021.", {("Depop", "partOf", "Etsy")}),
    # a public body NER read as a building
    ("Dana Cole, who ran the Polk County Sheriff's Office, resigned.", {("Dana Cole", "leads", "Polk County Sheriff's Office")}),
    # an organisation's ".org" domain used as its name
    ("Fight for the Future urged Code.org to drop the sponsor.", {("Fight for the Future", "petitioned", "Code.org")}),
    # unnamed executives that staff write to are their employer's
    ("Oracle sells databases. Some 80 Oracle employees signed a letter asking executives to end the partnership.",
     {("Oracle employees", "signatoryCount", "80"), ("Oracle employees", "petitioned", "Oracle"), ("Oracle employees", "worksFor", "Oracle"), ("Oracle employees", "protested", "Oracle")}),
    # an answer to what someone said or ran answers that someone
    ("Lena Ortiz, a Dropbox spokeswoman, responding to Omar Haddad's remarks, said the policy stands.",
     {("Lena Ortiz", "respondedTo", "Omar Haddad"), ("Lena Ortiz", "worksFor", "Dropbox"), ("Dropbox", "respondedTo", "Omar Haddad")}),
    ("Replying to the campaign led by organizer Tessa Blum, Jordan Vance said nothing would change.",
     {("Jordan Vance", "respondedTo", "Tessa Blum")}),
    ("Twilio's Maya Chen said in response to questioning from Sen. Paul Rand that the pilot had ended.",
     {("Maya Chen", "respondedTo", "Paul Rand"), ("Maya Chen", "worksFor", "Twilio")}),
    # "one of" an agency's suppliers supplies it
    ("Corvane Systems is one of the Pentagon's largest software contractors.", {("Corvane Systems", "contractsWith", "U.S. Department of Defense")}),
    # a public body named as another's agency, or said to sit within it or be run by it
    ("The U.S. Marshals Service, a Justice Department agency, declined to comment.",
     {("U.S. Marshals Service", "partOf", "U.S. Department of Justice")}),
    ("The Joint Data Office, which sits within the Office of the Secretary of Defense, signed the order.",
     {("Joint Data Office", "partOf", "Office of the Secretary of Defense")}),
    ("The Cloud Security Office, which is run by the General Services Administration, approved the service.",
     {("Cloud Security Office", "partOf", "General Services Administration")}),
    # one place's police force is its own agency, not law enforcement at large
    ("Vantix supplied the Sichuan police with cameras and sold its software to police.",
     {("Vantix", "contractsWith", "Sichuan police"), ("Vantix", "contractsWith", "law enforcement")}),
    # a firm in apposition is no product, whatever product is named in apposition after it (the
    # parser hangs "the company's assistant" on the firm, so Siri's maker goes unread here)
    ("She worked at Norlane, a local firm that supplied Apple with reviewers to grade clips made by Siri, the company's assistant.",
     {("Norlane", "contractsWith", "Apple")}),
    # an epithet that names one company, whichever company the article talks about
    ("Microsoft sells Cortana. Reviewers graded clips made by Google Assistant, the search giant's voice assistant.",
     {("Microsoft", "develops", "Cortana"), ("Google", "develops", "Google Assistant")}),
    # the Attorney General, with no state named, heads the Justice Department
    ("Attorney General Dana Whitfield said the department would appeal the ruling.",
     {("Dana Whitfield", "leads", "U.S. Department of Justice")}),
    # an official who orders a review of a company investigates it
    ("Secretary Dana Whitfield ordered a review of Lumen Systems' use of offshore engineers.",
     {("Dana Whitfield", "investigated", "Lumen Systems")}),
    # a coalition led by a group acts through that group; writing someone is writing to them
    ("A coalition led by Fight for the Future wrote to Senator Jane Roe on Monday.",
     {("Fight for the Future", "petitioned", "Jane Roe")}),
    ("Senator Jane Roe wrote Tim Cook in March.", {("Jane Roe", "petitioned", "Tim Cook")}),
    # "company management" is the staff's own employer
    ("Over 400 Dell employees signed a petition delivered to company management.",
     {("Dell employees", "protested", "Dell"), ("Dell employees", "signatoryCount", "400"), ("Dell employees", "petitioned", "Dell"), ("Dell employees", "worksFor", "Dell")}),
    # a county's sheriff heads its sheriff's office; a state's governor heads the state ...
    ("Polk County Sheriff Dana Cole praised the cameras.", {("Dana Cole", "leads", "Polk County Sheriff's Office")}),
    ("Ohio Gov. Dana Cole ordered the portal shut down.", {("Dana Cole", "leads", "Ohio")}),
    # ... but "a governor" of a central bank is one of its board
    ("Jane Roe, a governor of the Federal Reserve, spoke.", {("Jane Roe", "worksFor", "Federal Reserve")}),
    # a coalition counted in organisations counts no signers
    ("A coalition of 40 civil rights and privacy groups, led by the Brennan Center for Justice, sent a letter to Amazon.",
     {("Brennan Center for Justice", "petitioned", "Amazon")}),
    # "the iPhone maker" is the company the text is about, even when named again later in the sentence
    ("Apple sued NSO Group on Tuesday. Apple's lawyers said the spyware hit journalists. The iPhone maker wants its suit to shield Apple products.",
     {("Apple", "protested", "NSO Group"), ("Apple", "develops", "iPhone")}),
    # a name the text capitalises elsewhere, before "CEO" and a person's name, is the company's
    ("Quillo CEO Dana Marsh defended the product. Schools across the state pay Quillo for it.",
     {("Dana Marsh", "leads", "Quillo")}),
    # a one-word name after "chief executive of" is an organisation's, whatever NER took it for
    ("Mara Quill, the founder and former chief executive of Veritas, was convicted.", {("Mara Quill", "leads", "Veritas")}),
    # a family name and a hyphened given name are one person's name
    ("In early June, Park Ji-hoon, Naver's chief executive, said the company would change.",
     {("Park Ji-hoon", "leads", "Naver")}),
    # a given name NER left off a surname it took alone
    ("Felicity Lawrence is a special correspondent for the Guardian.", {("Felicity Lawrence", "worksFor", "The Guardian")}),
    # an answer to an official's announcement answers the official; dismissing someone's reporting answers them
    ("Oracle, responding to Senator Jane Roe's announcement, said it had ended the practice.",
     {("Oracle", "respondedTo", "Jane Roe")}),
    ("Mara Quill dismissed reporter Tom Vance's reporting as false.", {("Mara Quill", "respondedTo", "Tom Vance")}),
    # "his office", said by an attorney general, is the attorney general; an inquiry "into whether X" in a coordination
    ("Ohio Attorney General Dana Whitfield said his office had opened an investigation into the breach and into whether Deloitte met its obligations.",
     {("Dana Whitfield", "investigated", "Deloitte")}),
    # the organiser of protests outside a company's offices, however the parser hung "organized"
    ("Mijente organized rallies outside Uber's headquarters.", {("Mijente", "protested", "Uber")}),
    # an inquiry into two possessors' things is into each of them
    ("Amnesty International conducted a forensic investigation of NSO Group's and Candiru's spyware.",
     {("Amnesty International", "investigated", "NSO Group"), ("Amnesty International", "investigated", "Candiru")}),
    # concluding an investigation is having conducted it
    ("The FTC fined the app maker, concluding a two-year investigation of Rovio.", {("Federal Trade Commission", "investigated", "Rovio")}),
    # a raid on a company's premises investigates the company
    ("The FBI raided the offices of Quillo Systems in March.", {("Federal Bureau of Investigation", "investigated", "Quillo Systems")}),
    # "the lawmakers", "the groups": those just named together
    ("Senators Jane Roe and Tom Vance wrote to Oracle. The lawmakers asked the company to stop selling the data.",
     {("Jane Roe", "petitioned", "Oracle"), ("Tom Vance", "petitioned", "Oracle"), ("Jane Roe", "protested", "Oracle"), ("Tom Vance", "protested", "Oracle")}),
    ("The ACLU and the Electronic Frontier Foundation wrote to DHS. The groups accused ICE of using junk science.",
     {("ACLU", "petitioned", "U.S. Department of Homeland Security"), ("Electronic Frontier Foundation", "petitioned", "U.S. Department of Homeland Security"),
      ("ACLU", "protested", "U.S. Immigration and Customs Enforcement"), ("Electronic Frontier Foundation", "protested", "U.S. Immigration and Customs Enforcement")}),
    # one-word names listed with a company's name are companies' names too
    ("Senator Jane Roe sent letters to Quillo, EduWatch, Scholarly and Bark Technologies asking how they flag students.",
     {("Jane Roe", "petitioned", "Quillo"), ("Jane Roe", "petitioned", "EduWatch"), ("Jane Roe", "petitioned", "Scholarly"),
      ("Jane Roe", "petitioned", "Bark Technologies")}),
    # the head of a line of work works for the company, and heads neither it nor the client named in it
    ("Palantir's head of U.S. government business, Dana Cole, said the award was large.",
     {("Dana Cole", "worksFor", "Palantir"), ("Palantir", "contractsWith", "U.S. government")}),
    # a firm named after people is a firm where it owns a subsidiary; an analyst's firm is named before the title
    ("Fiduciary Trust International, which is a subsidiary of Franklin Templeton, filed the proposal.",
     {("Fiduciary Trust International", "partOf", "Franklin Templeton")}),
    ("Wedbush analyst Dan Ives said the stock would rise. Shares of Wedbush fell.", {("Dan Ives", "worksFor", "Wedbush")}),
    # "the city of X" is the city's government
    ("Dana Cole, a spokeswoman for the city of San Diego, said the cameras were off. Flock Safety sold cameras to the city of Austin.",
     {("Dana Cole", "worksFor", "City of San Diego"), ("Flock Safety", "contractsWith", "City of Austin")}),
    # a legal or policy director works for the group; its executive director leads it
    ("Dana Cole, legal director of the ACLU of Ohio, and Tom Vance, executive director of Fight for the Future, spoke.",
     {("Dana Cole", "worksFor", "ACLU of Ohio"), ("Tom Vance", "leads", "Fight for the Future")}),
    # a state department whose name runs on past a federal one's is its own
    ("The Jobless Claims Agency, which is part of the Michigan Department of Labor and Economic Opportunity, paid the claims.",
     {("Jobless Claims Agency", "partOf", "Michigan Department of Labor and Economic Opportunity")}),
    # concerns raised by someone; an inquiry made
    ("Lisa Park, responding to concerns raised by Tom Vance earlier in the week, said the contract was safe.",
     {("Lisa Park", "respondedTo", "Tom Vance")}),
    ("The Securities and Exchange Commission has made an inquiry into Vantix's business practices.",
     {("Securities and Exchange Commission", "investigated", "Vantix")}),
    # "Council Member X", "council members X and Y": seats on the council in view
    ("The Austin City Council voted on Thursday. Council Member Dana Cole said the cameras were dangerous.",
     {("Dana Cole", "worksFor", "Austin City Council")}),
    ("The Durham City Council voted 4-3. Council members Keisha Brown and Tom Vance voted against it.",
     {("Keisha Brown", "worksFor", "Durham City Council"), ("Tom Vance", "worksFor", "Durham City Council")}),
    # investigated: a product is not investigated, its maker is
    ("Road-safety regulators at the National Highway Traffic Safety Administration opened an investigation into Tesla's Autopilot.",
     {("National Highway Traffic Safety Administration", "investigated", "Tesla"), ("Tesla", "develops", "Autopilot")}),
    # protested: demanding that a customer be removed opposes it; whoever runs the platform is asked
    ("Staff at Google demanded that Palantir be removed from Google Cloud.",
     {(GOOGLE_EMP, "protested", "Palantir"), (GOOGLE_EMP, "petitioned", "Google Cloud"), ("Google Cloud", "partOf", "Google"),
      (GOOGLE_EMP, "worksFor", "Google")}),
    # regulators at an agency act for it
    ("Lawyers at the Federal Trade Commission opened a probe into Uber's hiring of drivers.",
     {("Federal Trade Commission", "investigated", "Uber")}),
    # protested: "we" in the letter just named are its authors
    ("Engineers at Microsoft published an open letter: We demand that Anduril be expelled from Azure.",
     {(MSFT_EMP, "protested", "Anduril"), (MSFT_EMP, "worksFor", "Microsoft")}),
    # respondedTo: writing back answers the letter's authors, however "to" is hung
    ("Some 400 Zendesk employees sent a letter to chief executive Tom Keiser. Keiser wrote back to the employees a week later.",
     {("Zendesk employees", "petitioned", "Tom Keiser"), ("Zendesk employees", "signatoryCount", "400"), ("Tom Keiser", "leads", "Zendesk"),
      ("Tom Keiser", "respondedTo", "Zendesk employees"), ("Zendesk employees", "worksFor", "Zendesk")}),
    ("Some 400 Zendesk employees sent a letter to chief executive Tom Keiser. Keiser responded, saying the deal would go ahead.",
     {("Zendesk employees", "petitioned", "Tom Keiser"), ("Zendesk employees", "signatoryCount", "400"), ("Tom Keiser", "leads", "Zendesk"),
      ("Tom Keiser", "respondedTo", "Zendesk employees"), ("Zendesk employees", "worksFor", "Zendesk")}),
    # worksFor: a reporter's bio line, whatever NER made of an unusual name
    ("Tamsin Okafor covers labor and the gig economy for The Verge.",
     {("Tamsin Okafor", "worksFor", "The Verge")}),
    # resolution: of two companies just named together, neither is "the company" the next sentence means
    # (and staff of companies coordinated before a known group's name are groups of their own)
    ("Google and Amazon employees signed a letter against Project Nimbus, under which the two companies provide cloud services to the Israeli "
     "government. Jane Roe, a product manager at Google who helped organize the letter, left the company last year.",
     {(GOOGLE_EMP, "protested", "Project Nimbus"), (AMAZON_EMP, "protested", "Project Nimbus"), (GOOGLE_EMP, "worksFor", "Google"),
      (AMAZON_EMP, "worksFor", "Amazon"), ("Jane Roe", "worksFor", "Google"), ("Google", "contractsWith", "Israeli government"),
      ("Amazon", "contractsWith", "Israeli government")}),
    # resolution: "he" in a clause coordinated with one whose subject is "he" is the same person
    ("Sen. Alan Pryce praised the witness. He called on Jane Roe, the chief executive of Quillo, to testify, and he urged the "
     "Federal Trade Commission to investigate the company.",
     {("Alan Pryce", "petitioned", "Jane Roe"), ("Alan Pryce", "petitioned", "Federal Trade Commission"), ("Jane Roe", "leads", "Quillo")}),
    # worksFor: a seat on a committee; partOf: a committee's subcommittee
    ("The Senate Judiciary Committee met on Tuesday. Sen. Alan Pryce, the panel's ranking member, questioned the witness.",
     {("Alan Pryce", "worksFor", "Senate Judiciary Committee")}),
    ("The House Oversight Committee's Subcommittee on Economic and Consumer Policy opened an inquiry into Quillo.",
     {("Subcommittee on Economic and Consumer Policy", "partOf", "House Oversight Committee"),
      ("Subcommittee on Economic and Consumer Policy", "investigated", "Quillo")}),
    # worksFor: a credit line, however the parser reads the plural job
    ("Associated Press writers Dana Whitfield and Omar Reyes contributed to this report.",
     {("Dana Whitfield", "worksFor", "Associated Press"), ("Omar Reyes", "worksFor", "Associated Press")}),
    # worksFor: employed by, in an apposition; a union's negotiator; a press secretary does not lead
    ("Cengiz Haksöz, a moderator employed by Telus International, testified before the committee.",
     {("Cengiz Haksöz", "worksFor", "TELUS International")}),
    ("Kathlen Eggerling, a ver.di negotiator, said the talks had failed.", {("Kathlen Eggerling", "worksFor", "ver.di")}),
    ("White House press secretary Jen Psaki welcomed the vote.", {("Jen Psaki", "worksFor", "White House")}),
    # contractsWith: outsourced data work done for a client
    ("Majorel, a Luxembourg-based firm that moderates content for TikTok, declined to comment.", {("Majorel", "contractsWith", "TikTok")}),
    # protested: protesting a worker's firing opposes the employer, not the worker
    ("Quillo dismissed Jane Roe in May. Hundreds of Quillo employees protested her firing.",
     {("Quillo employees", "protested", "Quillo"), ("Quillo employees", "worksFor", "Quillo"), ("Jane Roe", "worksFor", "Quillo")}),
    # worksFor: academic jobs in an apposition, whatever NER made of the name
    ("Emelia Probasco, a senior fellow at the Center for Security and Emerging Technology, said it.",
     {("Emelia Probasco", "worksFor", "Center for Security and Emerging Technology")}),
    ("Luciano Floridi, a philosopher at the University of Oxford, resigned from the council.",
     {("Luciano Floridi", "worksFor", "University of Oxford")}),
    # leads: a person runs an organisation, whatever NER made of its name; "directs" a named body
    ("Dyan Gibbens, who runs Trumbull Unmanned, joined the council.", {("Dyan Gibbens", "leads", "Trumbull Unmanned")}),
    ("Barry Friedman directs the Policing Project.", {("Barry Friedman", "leads", "Policing Project")}),
    # partOf: a name beside another's unit, in either order, however the parser reads it
    ("Quillo stopped serving Unit 8200, the Israel Defense Forces' elite signals intelligence unit.",
     {("Unit 8200", "partOf", "Israel Defense Forces"), ("Quillo", "contractsWith", "Unit 8200")}),
    ("Enforcement and Removal Operations, ICE's deportation arm, made the arrests.",
     {("Enforcement and Removal Operations", "partOf", ICE)}),
    # partOf: a company's name and a country's name its national subsidiary
    ("Amazon India said it would appeal the ruling.", {("Amazon India", "partOf", "Amazon")}),
    # signatoryCount: adding one's name to a letter is signing it
    ("Quillo employees published a letter to the board. More than 120 employees had added their names to it.",
     {("Quillo employees", "protested", "Quillo"), ("Quillo employees", "signatoryCount", "120"), ("Quillo employees", "worksFor", "Quillo"), ("Quillo employees", "petitioned", "Quillo")}),
    # respondedTo: defending what the staff opposed answers them
    ("Microsoft employees demanded that the company cancel the contract. Satya Nadella is defending the company's contract with the Army.",
     {(MSFT_EMP, "petitioned", "Microsoft"), (MSFT_EMP, "worksFor", "Microsoft"), ("Microsoft", "contractsWith", "U.S. Army"),
      ("Satya Nadella", "respondedTo", MSFT_EMP), ("Microsoft employees", "protested", "Microsoft")}),
    # leads: a lead title before a name, the place after it ("Mayor X of Y")
    ("Mayor Brandon Johnson of Chicago ended the contract with ShotSpotter.",
     {("Brandon Johnson", "leads", "City of Chicago")}),
    # develops: what a company is said to have made is a product, whatever NER made of its name
    ("NeoFace Watch was developed by NEC.", {("NEC", "develops", "NeoFace Watch")}),
    # leads: a minister heads the ministry the title's field names, whatever NER made of the name
    ("The Spanish Ministry of Labour fined Glovo. Labour Minister Yolanda Díaz said the fine was fair.",
     {("Yolanda Díaz", "leads", "Spanish Ministry of Labour and Social Economy"),
      ("Spanish Ministry of Labour and Social Economy", "investigated", "Glovo")}),
    # leads: a group's executive director heads it
    ("China Labor Watch criticized Apple. \"It must act,\" said Li Qiang, the group's executive director.",
     {("Li Qiang", "leads", "China Labor Watch"), ("China Labor Watch", "protested", "Apple"), ("Li Qiang", "petitioned", "Apple")}),
    # leads / worksFor: local public titles before a name hold the body of that kind the article names
    ("The Lockport City School District turned on the system. Superintendent Michelle Bradley said it works.",
     {("Michelle Bradley", "leads", "Lockport City School District")}),
    ("The Detroit City Council voted 7-2. Council President Brenda Jones backed the contract.",
     {("Brenda Jones", "leads", "Detroit City Council")}),
    ("The San Francisco Board of Supervisors voted 8-1. Supervisor Aaron Peskin wrote the ban.",
     {("Aaron Peskin", "worksFor", "San Francisco Board of Supervisors")}),
    ("The Seattle Police Department withdrew from the precinct. Police Chief Carmen Best said so.",
     {("Carmen Best", "leads", "Seattle Police Department")}),
    ("San Diego turned off the cameras across San Diego on Wednesday. Mayor Kevin Faulconer ordered it.",
     {("Kevin Faulconer", "leads", "City of San Diego")}),
    # develops: a company sells its own product (named by a relative clause, whatever NER made of it)
    ("Foundry, which Palantir sells to companies such as Airbus and BP, is its main product.",
     {("Palantir", "develops", "Foundry"), ("Palantir", "contractsWith", "Airbus"), ("Palantir", "contractsWith", "BP")}),
    # protested: joining a picket line; striking at a company's warehouse named after a town
    ("Jane Roe joined the picket line outside Amazon's warehouse.", {("Jane Roe", "protested", "Amazon")}),
    ("Amazon workers struck at the Coventry warehouse on Wednesday.",
     {(AMAZON_EMP, "protested", "Amazon"), (AMAZON_EMP, "worksFor", "Amazon")}),
    # investigated: examining an organisation's conduct; a report by X that finds something about Y
    ("Amnesty International, which spent months examining Palantir's contracts with ICE, published a report.",
     {("Amnesty International", "investigated", "Palantir"), ("Palantir", "contractsWith", ICE)}),
    ("A report by the Karnataka Labour Department found that Wistron had made workers do 12-hour shifts.",
     {("Karnataka Labour Department", "investigated", "Wistron")}),
    # respondedTo: denying "the allegations" answers whoever just accused the one denying
    ("Letitia James sued Amazon, accusing it of failing to protect workers. Amazon has denied the allegations.",
     {("Letitia James", "protested", "Amazon"), ("Amazon", "respondedTo", "Letitia James")}),
    # (a person's assistant is a person, not a product)
    ("Sharon Doyle, his former assistant, accused Quillo of retaliation.", {("Sharon Doyle", "protested", "Quillo")}),
    # petitioned: a petition filed with a legislature, a complaint submitted to a regulator
    ("Four former Sama workers filed a petition with the National Assembly of Kenya.",
     {("Sama employees", "petitioned", "National Assembly of Kenya"), ("Sama employees", "worksFor", "Sama")}),
    ("Jake Hurfurt said he had submitted a complaint about the trial to the Information Commissioner's Office.",
     {("Jake Hurfurt", "petitioned", "Information Commissioner's Office")}),
    # petitioned: a list of demands is a letter; members or officials of a body just named are the body
    ("The NAACP sent Facebook a list of demands.", {("NAACP", "petitioned", "Facebook")}),
    ("The Detroit City Council approved the contract. Tawana Petty asked members to reject the deal.",
     {("Tawana Petty", "petitioned", "Detroit City Council")}),
    ("Lawrence Public Schools bought Gaggle. Maya Smith pressed district officials to exempt student journalists.",
     {("Maya Smith", "petitioned", "Lawrence Public Schools")}),
    # contractsWith: a client named by a noun ("is also a customer", "as a contractor to X"); a
    # product piloted by an agency is its maker's sale; "to which X pitched"
    ("Palantir went public on Wednesday. Britain's National Health Service is also a customer.",
     {("Palantir", "contractsWith", "National Health Service")}),
    ("As a contractor to the U.S. government, Google is subject to compliance reviews.",
     {("Google", "contractsWith", "U.S. government")}),
    ("Amazon sells Rekognition. The Orlando Police Department piloted Rekognition.",
     {("Amazon", "develops", "Rekognition"), ("Amazon", "contractsWith", "Orlando Police Department")}),
    ("The FBI, to which AWS had pitched the service, declined to comment.",
     {("Amazon Web Services", "contractsWith", "Federal Bureau of Investigation"), ("Amazon Web Services", "partOf", "Amazon")}),
    ("Palantir went public. The Department of Health and Human Services uses its software.",
     {("Palantir", "contractsWith", "U.S. Department of Health and Human Services")}),
    # worksFor: a reporter's beat is no employer; "a general secretary" is one of several
    ("Patrick McGee is the FT's Apple correspondent in San Francisco.", {("Patrick McGee", "worksFor", "Financial Times")}),
    ("Reuters Amazon reporter Jane Roe wrote the story.", {("Jane Roe", "worksFor", "Reuters")}),
    ("Meenakshi Sundaram, a general secretary of the Centre of Indian Trade Unions, spoke.",
     {("Meenakshi Sundaram", "worksFor", "Centre of Indian Trade Unions")}),
    # partOf: "the company's unit" beside a name is the company the name begins with; a pronoun
    # buyer is the company just named, not the agency the sentence is about
    ("Amazon employees and Google workers signed it. She was a researcher at Microsoft Research, the software company's research arm.",
     {("Microsoft Research", "partOf", "Microsoft"), (AMAZON_EMP, "worksFor", "Amazon"), (GOOGLE_EMP, "worksFor", "Google")}),
    ("Congress is knocking on Amazon's door with questions about Ring, the video doorbell maker it bought in 2018.",
     {("Ring", "partOf", "Amazon")}),
    # worksFor: "Board member X", "former employee X", "an engineer who ..." of the company in view
    ("Uber adopted the report. Board member Arianna Huffington said the culture would change.",
     {("Arianna Huffington", "worksFor", "Uber")}),
    ("Riot Games settled. The plaintiffs were current employee Melanie McCracken and former employee Jess Negron.",
     {("Melanie McCracken", "worksFor", "Riot Games"), ("Jess Negron", "worksFor", "Riot Games")}),
    ("Google settled the suit. Liz Fong-Jones, a site-reliability engineer who had criticized the project, quit.",
     {("Liz Fong-Jones", "worksFor", "Google")}),
    # worksFor: a deputy secretary works for the department the title names; a beat is no employer in a list of jobs
    ("Deputy Defense Secretary David Norquist oversaw the final stage.", {("David Norquist", "worksFor", DOD)}),
    ("Aaron Mehta is deputy editor and senior Pentagon correspondent for Defense News.", {("Aaron Mehta", "worksFor", "Defense News")}),
    # worksFor: "Another employee, X" of the company in view
    ("Microsoft fired two workers. Another employee, Vaniya Agrawal, interrupted a later session.",
     {("Vaniya Agrawal", "worksFor", "Microsoft")}),
    # signatoryCount: number words, a number hung as a modifier, and "X and three other ..."
    ("Within days, some fourteen hundred Google employees had signed a letter.",
     {(GOOGLE_EMP, "signatoryCount", "1400"), (GOOGLE_EMP, "worksFor", "Google")}),
    ("Thirteen former Palantir employees have signed an open letter.",
     {("Palantir employees", "signatoryCount", "13"), ("Palantir employees", "worksFor", "Palantir")}),
    ("The petition was signed by Mophat Okinyi and three other former Sama employees.",
     {("Sama employees", "signatoryCount", "4"), ("Sama employees", "worksFor", "Sama")}),
    # (a chief's words against the own company's policies are no protest of it)
    ("Tobi Lutke, Shopify's chief executive, criticized the company's policies.", {("Tobi Lütke", "leads", "Shopify")}),
    # contractsWith: a country's government "and (its) military" names its armed forces too
    ("Oracle and IBM provide cloud computing and AI services to the Saudi government and military.",
     {("Oracle", "contractsWith", "Saudi government"), ("Oracle", "contractsWith", "Saudi military"),
      ("IBM", "contractsWith", "Saudi government"), ("IBM", "contractsWith", "Saudi military")}),
    # contractsWith: "the City of X's contract with Y" (the parser hangs the place on the contract)
    ("Officials said the City of Boston's contract with ShotSpotter expires in March.",
     {("SoundThinking", "contractsWith", "City of Boston")}),
    # contractsWith: handed a contract, the "by" hung on the contract
    ("Palantir was later handed a £30m contract by the Home Office.", {("Palantir", "contractsWith", "UK Home Office")}),
    # investigated: the use of a tool by a force is the force's conduct ("South Yorkshire Police", whatever NER made of it)
    ("The Information Commissioner's Office investigated the use of facial recognition by South Yorkshire Police last year.",
     {("Information Commissioner's Office", "investigated", "South Yorkshire Police")}),
    # investigated: a company's own review of a client's use of its software
    ("Oracle launched its own review of the Israeli military's use of its software.", {("Oracle", "investigated", "Israel Defense Forces")}),
    # respondedTo: a company's statement about its couriers answers the couriers who struck (not one
    # that only reports what was done to them); rejecting their arguments answers them
    ("Couriers for Glovo staged a strike in Madrid. Glovo said in a statement that its couriers were free to choose when to work.",
     {("Glovo employees", "protested", "Glovo"), ("Glovo", "respondedTo", "Glovo employees"), ("Glovo employees", "worksFor", "Glovo")}),
    ("Glovo couriers staged a strike in Madrid. Glovo said the couriers had been paid in full.",
     {("Glovo employees", "protested", "Glovo"), ("Glovo employees", "worksFor", "Glovo")}),
    ("Uber drivers staged a strike in London. Uber has long rejected the drivers' arguments.",
     {("Uber employees", "protested", "Uber"), ("Uber", "respondedTo", "Uber employees"), ("Uber employees", "worksFor", "Uber")}),
    # worksFor: "drivers for the ride-hailing company X", the name in apposition to the description
    ("Hundreds of drivers for the ride-hailing company Uber staged a strike on Monday.",
     {("Uber employees", "protested", "Uber"), ("Uber employees", "worksFor", "Uber")}),
    # worksFor: workers "who are employed by" a contractor are the contractor's
    ("The workers, who are employed by Sodexo, walked out on Monday.",
     {("Sodexo employees", "protested", "Sodexo"), ("Sodexo employees", "worksFor", "Sodexo")}),
    # worksFor: a bio line whose job the parser split off ("a platforms and policy reporter")
    ("Jane Roe is a policy and politics reporter for Wired.", {("Jane Roe", "worksFor", "Wired")}),
    # protested: a union that called or backed the strike the article reports
    ("Glovo couriers walked out on Friday. The strike was called by the Riders Union.",
     {("Glovo employees", "protested", "Glovo"), ("Riders Union", "protested", "Glovo"), ("Glovo employees", "worksFor", "Glovo")}),
    # worksFor: a byline that names the outlet (a bare byline names none)
    ("By Jane Roe and Tom Vance, Seattle Times business reporters\nOracle was fined on Monday.",
     {("Jane Roe", "worksFor", "The Seattle Times"), ("Tom Vance", "worksFor", "The Seattle Times")}),
    # leads / worksFor: coordinated titles each name their own holder; a global chief executive leads
    ("The letter was addressed to Facebook chief executive Mark Zuckerberg and chief operating officer Sheryl Sandberg.",
     {("Mark Zuckerberg", "leads", "Facebook"), ("Sheryl Sandberg", "worksFor", "Facebook")}),
    ("Fujitsu's global chief executive, Takahito Tokita, apologised.", {("Takahito Tokita", "leads", "Fujitsu")}),
    # partOf: a company's full registered name is the company, no unit of it
    ("Foxconn, formally known as Hon Hai Precision Industry, apologized.", set()),
    # protested: a quotation that accuses a company of ignoring or not following the rules
    ("\"Rappi has ignored the law for two years while couriers pay the price,\" said Ana Ruiz, a courier in Bogota.",
     {("Ana Ruiz", "protested", "Rappi")}),
    ("\"Deliveroo did not follow the rules,\" said Ana Ruiz, a courier in Leeds.", {("Ana Ruiz", "protested", "Deliveroo")}),
    # respondedTo: a company explaining why it let go someone who spoke up answers them (a denial does not)
    ("Jane Roe criticized Oracle's contract with ICE. Oracle said she had been dismissed for interfering with an official event.",
     {("Oracle", "contractsWith", "U.S. Immigration and Customs Enforcement"), ("Jane Roe", "protested", "Oracle"),
      ("Oracle", "respondedTo", "Jane Roe")}),
    ("Jane Roe criticized Oracle's contract with ICE. Oracle said it did not fire Roe.",
     {("Oracle", "contractsWith", "U.S. Immigration and Customs Enforcement"), ("Jane Roe", "protested", "Oracle")}),
    # leads: the speaker of a council presides over it (a speaker at a conference holds no seat)
    ("Corey Johnson, the speaker of the New York City Council, asked questions.", {("Corey Johnson", "leads", "New York City Council")}),
    # leads: "X, the unit led by Y"
    ("Google Cloud, the unit led by former Oracle executive Thomas Kurian, said.",
     {("Thomas Kurian", "leads", "Google Cloud"), ("Google Cloud", "partOf", "Google"), ("Thomas Kurian", "worksFor", "Oracle")}),
    # protested: "signers" are the letter's signers, not the reseller named last
    ("More than 150 Gitlab employees signed a letter opposing the company's contract with ICE. The sale was made through a reseller, "
     "Carahsoft Consultants. Signers described ICE as \"an agency engaged in abuses\".",
     {("GitLab", "contractsWith", "U.S. Immigration and Customs Enforcement"), ("GitLab employees", "protested", "GitLab"),
      ("GitLab employees", "protested", "U.S. Immigration and Customs Enforcement"), ("GitLab employees", "signatoryCount", "150"),
      ("GitLab employees", "worksFor", "GitLab")}),
    # develops: "the division behind" a product
    ("Blizzard Entertainment, the Activision division behind World of Warcraft and Overwatch, said.",
     {("Blizzard Entertainment", "develops", "Overwatch"), ("Blizzard Entertainment", "develops", "World of Warcraft"),
      ("Blizzard Entertainment", "partOf", "Activision Blizzard")}),
    # investigated: a firm hired "to investigate the claims" (the infinitive hung as an adverbial) looks into the hirer
    ("Oracle hired the law firm Covington & Burling to investigate the claims.",
     {("Covington & Burling", "contractsWith", "Oracle"), ("Covington & Burling", "investigated", "Oracle")}),
    # contractsWith: bought from a maker, the "from" hung inside what was bought (a stake bought is ownership, no contract);
    # "one of X's first customers"
    ("CBP and ICE both bought access to a tool from Venntel.",
     {("Venntel", "contractsWith", "U.S. Customs and Border Protection"), ("Venntel", "contractsWith", "U.S. Immigration and Customs Enforcement")}),
    ("Hyundai Motor Group bought a controlling stake in Boston Dynamics from SoftBank.", set()),
    ("The Santa Cruz Police Department, one of PredPol's first customers, dropped it.",
     {("Geolitica", "contractsWith", "Santa Cruz Police Department")}),
    # worksFor: a name NER took for an organisation, listed with a known person, is a person; the surname
    # later, tagged as a noun, is that person
    ("The complaint centers on Laurence Berland and Kathryn Spiers, both of whom were let go by Google in late 2019. "
     "Spiers, a security engineer, was dismissed after she wrote a notification.", {("Kathryn Spiers", "worksFor", "Google")}),
    # develops: "the League of Legends developer" (the name hung as a modifier); "which makes Taser stun guns"
    ("Riot Games, the League of Legends developer, settled.", {("Riot Games", "develops", "League of Legends")}),
    ("Axon, which makes Taser stun guns, said.", {("Axon", "develops", "Taser")}),
    # develops: "Amazon's Echo smart speakers", the possessive on the kind of thing the product is (not on a site named
    # after it: "its JFK8 fulfillment center")
    ("Shoppers bought Amazon's Echo smart speakers.", {("Amazon", "develops", "Amazon Echo")}),
    ("Cisco sells the Webex video-conferencing service.", {("Cisco", "develops", "Webex")}),
    # protested: disputing a public body's findings opposes it (a company too); a planned appeal does not
    ("Amazon said it strongly disagrees with the CNIL's conclusions.", {("Amazon", "protested", "CNIL")}),
    ("Oracle disputed the findings of the Labor Department.", {("Oracle", "protested", "U.S. Department of Labor")}),
    ("Jane Roe disagreed with Google's decision.", {("Jane Roe", "protested", "Google")}),
    # signatoryCount: "X ... says its petition has been signed by N workers": the count is the speaking group's
    ("Tech Workers for Justice, a group of current and former Oracle employees, has demanded that Oracle cut its contracts "
     "with ICE, and says its petition has been signed by more than 700 workers.",
     {("Tech Workers for Justice", "signatoryCount", "700"), ("Tech Workers for Justice", "petitioned", "Oracle"),
      ("Tech Workers for Justice", "worksFor", "Oracle"), ("Oracle", "contractsWith", "U.S. Immigration and Customs Enforcement"),
      ("Oracle employees", "worksFor", "Oracle")}),
    # respondedTo: with no group in the article, a company's statement answers the people who protested it
    ("Ibtihal Aboussad, a Microsoft engineer, interrupted a speech by Mustafa Suleyman and accused Microsoft of complicity. "
     "Microsoft said in a statement that it provides many avenues for all voices to be heard.",
     {("Ibtihal Aboussad", "protested", "Microsoft"), ("Ibtihal Aboussad", "protested", "Mustafa Suleyman"),
      ("Microsoft", "respondedTo", "Ibtihal Aboussad"), ("Ibtihal Aboussad", "worksFor", "Microsoft")}),
    # partOf: "an advisory panel within" a department; both conjuncts of "X and Y are both part of Z"; "majority-owned by"
    ("The Defense Innovation Board, an advisory panel within the Defense Department, met.",
     {("Defense Innovation Board", "partOf", "U.S. Department of Defense")}),
    ("CBP and Immigration and Customs Enforcement are both part of the Department of Homeland Security.",
     {("U.S. Customs and Border Protection", "partOf", "U.S. Department of Homeland Security"),
      ("U.S. Immigration and Customs Enforcement", "partOf", "U.S. Department of Homeland Security")}),
    ("Glovo is majority-owned by Germany's Delivery Hero.", {("Glovo", "partOf", "Delivery Hero")}),
    # leads: a bare "Chief" before a name heads the police force in view
    ("The Los Angeles Police Department has stopped using PredPol. Chief Michel Moore said Tuesday that the program was costly.",
     {("Geolitica", "contractsWith", "Los Angeles Police Department"), ("Michel Moore", "leads", "Los Angeles Police Department")}),
    # leads / worksFor: "Chief Executive X" with both title words hung on the name
    ("Google fired him on Monday. Chief Executive Sundar Pichai said the company would review it.", {("Sundar Pichai", "leads", "Google")}),
    ("Google fired him. Chief Operating Officer Jane Roe said.", {("Jane Roe", "worksFor", "Google")}),
    # leads: "X, based in Noida and led by chief executive Y" (the participle made a conjunct of the name)
    ("HCL Technologies, based in Noida, India, and led by chief executive C. Vijayakumar, employs 150,000 people.",
     {("C. Vijayakumar", "leads", "HCLTech")}),
    # worksFor: a seat on a board or panel ("Alphabet's board": a role at Alphabet); a couch is no seat
    ("Eric Schmidt still sits on Alphabet's board.", {("Eric Schmidt", "worksFor", "Alphabet")}),
    ("Jane Roe, who serves on the board of Axon, resigned.", {("Jane Roe", "worksFor", "Axon")}),
    # protested: a legal challenge brought against a force (not "the challenge of" anything)
    ("The ACLU brought a legal challenge against the Chicago Police Department.", {("ACLU", "protested", "Chicago Police Department")}),
    # contractsWith: a country named in words of its own ("the United Arab Emirates military"), no "the" in the name
    ("Oracle sells cloud services to the United Arab Emirates military.", {("Oracle", "contractsWith", "United Arab Emirates military")}),
    # investigated: two offices launching one inquiry, each named in full (no outlet "The Information" inside
    # the second name, no "and" joining them into one); an office's name NER cut before its place
    ("The Office of the Privacy Commissioner of Canada and the Office of the Information and Privacy Commissioner of Alberta "
     "have launched a joint investigation into Clearview AI.",
     {("Office of the Privacy Commissioner of Canada", "investigated", "Clearview AI"),
      ("Office of the Information and Privacy Commissioner of Alberta", "investigated", "Clearview AI")}),
    ("The Office of the Information and Privacy Commissioner for Manitoba joined the probe into Clearview AI.",
     {("Office of the Information and Privacy Commissioner for Manitoba", "investigated", "Clearview AI")}),
    # investigated: an authority examining a party itself (not a proposal put to it)
    ("The Federal Trade Commission has been examining Lyft since March.", {("Federal Trade Commission", "investigated", "Lyft")}),
    # protested: the doer of a deed criticised, its "by" hung on the verb
    ("Mijente criticized the donation by Salesforce as a publicity stunt.", {("Mijente", "protested", "Salesforce")}),
    # protested: calling for someone's resignation or removal opposes them
    ("More than 800 Uber employees signed a petition calling on Travis Kalanick to resign.",
     {("Uber employees", "petitioned", "Travis Kalanick"), ("Uber employees", "protested", "Travis Kalanick"),
      ("Uber employees", "signatoryCount", "800"), ("Uber employees", "worksFor", "Uber")}),
    ("Amazon Employees for Climate Justice demanded the resignation of Andy Jassy.",
     {("Amazon Employees for Climate Justice", "protested", "Andy Jassy"), ("Amazon Employees for Climate Justice", "worksFor", "Amazon")}),
    # respondedTo: meeting those who protested the own company, or its staff's questions
    ("Mijente protested Palantir's ICE contract. Alex Karp, Palantir's CEO, met with Mijente on Monday.",
     {("Palantir", "contractsWith", "U.S. Immigration and Customs Enforcement"), ("Alex Karp", "leads", "Palantir"),
      ("Mijente", "protested", "Palantir"), ("Alex Karp", "respondedTo", "Mijente")}),
    ("Color of Change organized a boycott of Facebook. Sheryl Sandberg, Facebook's chief operating officer, met with the boycott's organizers.",
     {("Color of Change", "protested", "Facebook"), ("Sheryl Sandberg", "worksFor", "Facebook"), ("Sheryl Sandberg", "respondedTo", "Color of Change")}),
    ("Dara Khosrowshahi, Uber's chief executive, took questions from Uber employees about the layoffs.",
     {("Dara Khosrowshahi", "leads", "Uber"), ("Uber employees", "worksFor", "Uber"), ("Dara Khosrowshahi", "respondedTo", "Uber employees")}),
    # respondedTo: taking in the grievance of those who walked out
    ("Amazon employees walked out over the policy. Andy Jassy said he understood employees' concerns.",
     {("Amazon employees", "protested", "Amazon"), ("Amazon employees", "worksFor", "Amazon"), ("Andy Jassy", "respondedTo", "Amazon employees")}),
    # develops: a listed apposition to a company's products; a product in the plural; the things "it makes"
    ("Palantir's flagship platforms, Gotham and Apollo, are used by armies.",
     {("Palantir", "develops", "Gotham"), ("Palantir", "develops", "Apollo")}),
    ("Foxconn is a manufacturer of iPhones.", {("Foxconn", "develops", "iPhone")}),
    ("Pegatron, the second-largest assembler of iPhones, hired 5,000 workers.", {("Pegatron", "develops", "iPhone")}),
    ("Axon, best known for the Taser stun guns it makes, formed an ethics board.", {("Axon", "develops", "Taser")}),
    # protested: a judgement passed on through evidence ("the ruling showed that X had broken the law")
    ("Maria Lopez, a Teamsters organizer, said the decision showed that Uber had broken the law to intimidate drivers.",
     {("Maria Lopez", "worksFor", "Teamsters"), ("Maria Lopez", "protested", "Uber")}),
    # investigated: the one hired to lead a review (no employee of the client); an inspection into a
    # party or of its premises
    ("Lyft hired the law firm Perkins Coie to lead a review of the company's workplace practices.",
     {("Perkins Coie", "investigated", "Lyft"), ("Perkins Coie", "contractsWith", "Lyft")}),
    ("The Labor Ministry opened an inspection into Kakao.", {("Labor Ministry", "investigated", "Kakao")}),
    ("The Labor Ministry began an inspection of Coupang's warehouse in Bucheon.", {("Labor Ministry", "investigated", "Coupang")}),
    # contractsWith: a public body's system supplied; a thing used or tested that a company built
    ("Palantir has supplied ICE's case management system since 2014.", {("Palantir", "contractsWith", "U.S. Immigration and Customs Enforcement")}),
    ("The NYPD has been testing drones made by Skydio.", {("Skydio", "contractsWith", "New York Police Department")}),
    # contractsWith: Chef, the software company, by its short name
    ("Chef said it would not renew its contract with ICE.", {("Chef Software", "contractsWith", "U.S. Immigration and Customs Enforcement")}),
    # partOf: an apposition the parser hung on the noun the name's phrase modifies; a participle on
    # the name itself; a public body another oversees
    ("Moderators for TikTok, the short-video app owned by China's ByteDance, went on strike.",
     {("TikTok", "partOf", "ByteDance")}),
    ("Ring, owned by Amazon since 2018, makes doorbells.", {("Ring", "partOf", "Amazon")}),
    ("The Treasury Department, which oversees the IRS, declined to comment.",
     {("Internal Revenue Service", "partOf", "U.S. Department of the Treasury")}),
    # worksFor: the firm one is an attorney with (NER took it for a person); "X's head of Y"
    ("Dana Whitfield, an attorney with Harlan Kessler, filed the suit.", {("Dana Whitfield", "worksFor", "Harlan Kessler")}),
    ("Mandy Ross, TfL's head of policy, said the trial had ended.", {("Mandy Ross", "worksFor", "Transport for London")}),
    # worksFor: a member of a company's team; running a company's business; one of its employees named
    ("Dana Whitfield, a former member of Lyft's public policy team, spoke out.", {("Dana Whitfield", "worksFor", "Lyft")}),
    ("Tom Vance, who runs Walmart's e-commerce business, said sales rose.", {("Tom Vance", "worksFor", "Walmart")}),
    ("Jane Roe was one of four Google employees fired last year.",
     {("Jane Roe", "worksFor", "Google"), ("Google employees", "worksFor", "Google")}),
    # names NER left out: one that ends like an organisation's, one coordinated with a person's
    ("Dana Whitfield of Fairwork Collective said the strike at Deliveroo would go on.",
     {("Dana Whitfield", "worksFor", "Fairwork Collective")}),
    ("Jane Roe and Mophat Okinyi filed a petition against Sama.",
     {("Jane Roe", "protested", "Sama"), ("Mophat Okinyi", "protested", "Sama")}),
    # respondedTo: "Responding to X, Y wrote", the parser joining Y to X
    ("Pete Hegseth criticised Microsoft. Responding to Hegseth, Frank Shaw, Microsoft's chief communications officer, "
     "wrote on X that the company had changed course.",
     {("Pete Hegseth", "protested", "Microsoft"), ("Frank Shaw", "worksFor", "Microsoft"), ("Frank Shaw", "respondedTo", "Pete Hegseth")}),
    # Workers United, the SEIU affiliate, is no other union of workers
    ("Jaz Brisack, a Workers United organizer, spoke. Workers United is an affiliate of the Service Employees International Union.",
     {("Jaz Brisack", "worksFor", "Workers United"), ("Workers United", "partOf", "Service Employees International Union")}),
    # protested: the reproach of putting profit over people, whatever the words
    ("Jane Roe, a former Lyft engineer, said Lyft was choosing profits over the safety of drivers.",
     {("Jane Roe", "worksFor", "Lyft"), ("Jane Roe", "protested", "Lyft")}),
    # leads: "co-CEO X" with no company named beside the title: the company in view
    ("Kakao said its outage was over. Co-CEO Hong Eun-taek will stay on.", {("Hong Eun-taek", "leads", "Kakao")}),
    # worksFor: a manager for a product works for its maker (heading one leads nothing named)
    ("Jane Roe, a product manager for Amazon Alexa, said the feature was paused.",
     {("Jane Roe", "worksFor", "Amazon"), ("Amazon", "develops", "Alexa")}),
    # leads: an office-holder's title that names the office ("the UK Information Commissioner")
    ("The order was signed by John Edwards, the UK Information Commissioner.",
     {("John Edwards", "leads", "Information Commissioner's Office")}),
    ("Australian Information Commissioner Angelene Falk said the inquiry had begun.",
     {("Angelene Falk", "leads", "Office of the Australian Information Commissioner")}),
    # investigated: the publisher of an investigation's results, which found something of the companies
    ("Amnesty published the results of an investigation which found that Uber and Lyft were capturing biometric data.",
     {("Amnesty", "investigated", "Uber"), ("Amnesty", "investigated", "Lyft")}),
    # protested / petitioned: reporting companies to a regulator
    ("Amnesty International referred Uber and Lyft to the Federal Trade Commission.",
     {("Amnesty International", "protested", "Uber"), ("Amnesty International", "protested", "Lyft"),
      ("Amnesty International", "petitioned", "Federal Trade Commission")}),
    # contractsWith: acquiring a company's software is buying it (acquiring the company is owning it)
    ("ICE acquired Palantir's software in 2015.", {("Palantir", "contractsWith", "U.S. Immigration and Customs Enforcement")}),
    # develops: "a robot from X"; a one-word name NER left out that a named company sells
    ("The NYPD leased Digidog, a four-legged robot from Boston Dynamics.",
     {("Boston Dynamics", "develops", "Digidog"), ("Boston Dynamics", "contractsWith", "New York Police Department")}),
    ("CLEAR, a similar service sold by Thomson Reuters, is used by ICE.",
     {("Thomson Reuters", "develops", "CLEAR"), ("Thomson Reuters", "contractsWith", "U.S. Immigration and Customs Enforcement")}),
    # investigated: an investigation that revealed or exposed someone's conduct
    ("A Reuters investigation exposed Amazon's treatment of warehouse workers.", {("Reuters", "investigated", "Amazon")}),
    # a body sentence made mostly of one long name is no title-case headline
    ("The House Oversight Subcommittee on Economic and Consumer Policy wrote to Amazon. The subcommittee's investigation of Ring began in 2019.",
     {("House Oversight Subcommittee on Economic and Consumer Policy", "investigated", "Ring")}),
    # a surname after a courtesy title printed without a full stop ("Ms Roe") is the person named in full before
    ("Jane Roe, a driver for Uber, spoke on Monday. Ms Roe criticised the company.",
     {("Jane Roe", "worksFor", "Uber"), ("Jane Roe", "protested", "Uber")}),
    # leaving something in protest protests it, a company's leaving too
    ("Siemens withdrew from the World Economic Forum in protest.", {("Siemens", "protested", "World Economic Forum")}),
    ("Jane Roe pulled out of the World Economic Forum in protest.", {("Jane Roe", "protested", "World Economic Forum")}),
    # investigated: an authority's questioning or scrutiny faced, enquiries made about someone
    ("Lyft faced four hours of questioning from the Senate Commerce Committee.", {("Senate Commerce Committee", "investigated", "Lyft")}),
    ("Lyft came under scrutiny from the Federal Trade Commission.", {("Federal Trade Commission", "investigated", "Lyft")}),
    ("The ICO said it was making enquiries about Lyft.", {("Information Commissioner's Office", "investigated", "Lyft")}),
    # a known institution's name that begins a longer one joined with "&" is no mention of it
    ("Oregon's Department of Labor & Industries cited Lyft.", {("Department of Labor & Industries", "investigated", "Lyft")}),
    # a nationality of two words names the country's armed forces whole
    ("Hanwha Systems supplies radar to the South Korean military.", {("Hanwha Systems", "contractsWith", "South Korean military")}),
    # "X and its subsidiary Y": "its" is the company it is joined to, not the sentence's subject
    ("The FTC fined Gravy Analytics and its subsidiary Venntel.",
     {("Federal Trade Commission", "investigated", "Gravy Analytics"), ("Federal Trade Commission", "investigated", "Venntel"),
      ("Venntel", "partOf", "Gravy Analytics")}),
    # respondedTo: an answer given under someone's questioning, an answer to someone's suit
    ("Under questioning from Tom Ruiz, Dana Whitfield said customers could opt out.", {("Dana Whitfield", "respondedTo", "Tom Ruiz")}),
    ("Jane Roe, Lyft's head of people, responded to John Doe's lawsuit in a blog post.",
     {("Jane Roe", "worksFor", "Lyft"), ("Jane Roe", "respondedTo", "John Doe")}),
    # "Prof Kindiki", as British and Kenyan papers print it: the person named in full before
    ("Kithure Kindiki, the interior minister, suspended the scheme. In response to Prof Kindiki's order, Lyft said it had paused its service.",
     {("Lyft", "respondedTo", "Kithure Kindiki")}),
    # a legal challenge brought "on behalf of X against Y" opposes Y
    ("The ACLU brought a legal challenge on behalf of Jane Roe against the Detroit Police Department.",
     {("ACLU", "protested", "Detroit Police Department")}),
    # "the watchdog", "the regulator": the public body last named
    ("The CNIL fined the school. Jean Dupont accused the watchdog of putting ideology first.", {("Jean Dupont", "protested", "CNIL")}),
    # several holders of a title are not the one named before
    ("Jane Roe, the ICO's deputy commissioner, spoke. The decision was taken by the ICO's two commissioners, who have led the regulator since 2024.",
     {("Jane Roe", "worksFor", "Information Commissioner's Office")}),
    # a name NER ran on into its bracketed abbreviation is cut before the bracket
    ("The ACLU faulted the Office of the Rail Safety Commissioner (ORSC) for its audit. The ORSC said it disagreed.",
     {("ACLU", "protested", "Office of the Rail Safety Commissioner")}),
    ("The Australian Communications and Media Authority fined Optus. Jane Roe, a former deputy chair of the authority, said the fine was too small.",
     {("Australian Communications and Media Authority", "investigated", "Optus"), ("Jane Roe", "worksFor", "Australian Communications and Media Authority")}),
    # (a police force is no watchdog: the regulator named before it is)
    ("The CNIL rejected the plan. ICE said it would buy the cameras. Jean Dupont accused the watchdog of putting ideology first.",
     {("Jean Dupont", "protested", "CNIL")}),
    # Telegram, a company that acts, with a chief executive
    ("Telegram was founded in 2013 by Pavel Durov, who remains its chief executive.", {("Pavel Durov", "leads", "Telegram")}),
    # a co-lead leads; who leads or works in a company's team works for the company
    ("Jane Roe, the co-lead of Lyft's Ethical AI team, was fired.",
     {("Jane Roe", "leads", "Ethical AI team"), ("Ethical AI team", "partOf", "Lyft"), ("Jane Roe", "worksFor", "Lyft")}),
    # a union official's or a lawmaker's quotation about a company opposes it, as an advocate's does
    ("Jane Roe is president of the Retail Workers Union. \"Lyft treats its drivers like machines,\" Roe said.",
     {("Jane Roe", "leads", "Retail Workers Union"), ("Jane Roe", "protested", "Lyft")}),
    ("Sen. Jane Roe questioned the deal. \"Lyft has misled regulators for years,\" Roe said.", {("Jane Roe", "protested", "Lyft")}),
    # a workforce's demands of its employer oppose the employer (not a person asked)
    ("Lyft drivers urged Lyft to raise their pay.", {("Lyft employees", "petitioned", "Lyft"), ("Lyft employees", "protested", "Lyft"), ("Lyft employees", "worksFor", "Lyft")}),
    # an authority's ban, reprimand or fine imposed on someone is the end of an inquiry into them
    ("The FTC banned Rite Aid from using facial recognition.", {("Federal Trade Commission", "investigated", "Rite Aid")}),
    ("The CNIL imposed a fine of 20 million euros on Clearview AI.", {("CNIL", "investigated", "Clearview AI")}),
    # people named later as signers of a letter address it to its recipients
    ("Staff sent a letter to Dara Khosrowshahi on Monday. Among the signatories was Jane Roe.", {("Jane Roe", "petitioned", "Dara Khosrowshahi")}),
    ("Researchers wrote to Lyft chief executive John Zimmer. Other signers include Jane Roe, a professor at Yale, and Ann Lee.",
     {("John Zimmer", "leads", "Lyft"), ("Jane Roe", "petitioned", "John Zimmer"), ("Ann Lee", "petitioned", "John Zimmer"), ("Jane Roe", "worksFor", "Yale")}),
    ("Staff sent a letter to Dara Khosrowshahi. Jane Roe, one of the signatories, said it was overdue.", {("Jane Roe", "petitioned", "Dara Khosrowshahi")}),
    ("Staff sent a letter to Dara Khosrowshahi. Among those who signed the letter were Jane Roe and Ann Lee.",
     {("Jane Roe", "petitioned", "Dara Khosrowshahi"), ("Ann Lee", "petitioned", "Dara Khosrowshahi")}),
    ("Staff sent a letter to Dara Khosrowshahi. Jane Roe also signed the letter.", {("Jane Roe", "petitioned", "Dara Khosrowshahi")}),
    # a protest verb coordinated after a reported clause is the speaker's, not the clause subject's
    ("Game Workers Unite said the layoffs were cruel and criticised Lyft.", {("Game Workers Unite", "protested", "Lyft")}),
    ("Jane Roe said the cuts were unfair and condemned Lyft.", {("Jane Roe", "protested", "Lyft")}),
    # a minister heads the ministry his title names by its field, however the title is parsed
    ("The Ministry of Labour and Employment said Minister of Labour and Employment Chris Okafor would meet the riders.",
     {("Chris Okafor", "leads", "Ministry of Labour and Employment")}),
    ("The Ministry of Labour and Employment said Union Labour and Employment Minister Jane Roe would meet the riders.",
     {("Jane Roe", "leads", "Ministry of Labour and Employment")}),
    ("Health minister Jane Roe said the Ministry of Health, Labor and Welfare would study the ruling.",
     {("Jane Roe", "leads", "Ministry of Health, Labor and Welfare")}),
    # "the company" in an article that names no company is the organisation named as a subject
    ("Linha Quatro operates the metro line. The company's chief executive, Jane Roe, defended the cameras.",
     {("Jane Roe", "leads", "Linha Quatro")}),
    # people joined before one "of" phrase all belong to it
    ("Prof Jane Roe and Dr Ann Lee of the University of Leeds wrote the review.",
     {("Jane Roe", "worksFor", "University of Leeds"), ("Ann Lee", "worksFor", "University of Leeds")}),
    # disputing the work someone did, or the accusations someone made, answers them
    ("Lyft disputed the work of Jane Roe and Ann Lee.", {("Lyft", "respondedTo", "Jane Roe"), ("Lyft", "respondedTo", "Ann Lee")}),
    ("Lyft rejected the accusations made by Jane Roe.", {("Lyft", "respondedTo", "Jane Roe")}),
    # the one asked about someone's criticism answers them
    ("Asked about Jane Roe's claims, a Lyft spokesperson said they were false.", {("Lyft", "respondedTo", "Jane Roe")}),
    # an object pronoun is not the subject of its own verb: "it" is the company named before
    ("Lyft was fined again. Access Now and noyb filed complaints against it in 2021.",
     {("Access Now", "protested", "Lyft"), ("noyb", "protested", "Lyft")}),
    # "X and its contractors": the contractors of X, not of the sentence's subject
    ("The Retail Workers Union criticised Lyft and its contractors for housing workers in crowded rooms.",
     {("Retail Workers Union", "protested", "Lyft")}),
    # rejecting "the criticism" answers whoever just voiced it
    ("Tesla workers criticised the company's working conditions. Tesla has rejected the criticism.",
     {("Tesla employees", "protested", "Tesla"), ("Tesla", "respondedTo", "Tesla employees"), ("Tesla employees", "worksFor", "Tesla")}),
    # complaining to an authority petitions it; a name beside a public office of a field is that office
    ("Jane Roe complained to the FTC about Lyft.", {("Jane Roe", "petitioned", "Federal Trade Commission"), ("Jane Roe", "protested", "Lyft")}),
    ("Jane Roe complained to the country's data protection office, UODO, and the regulator opened an investigation into Lyft.",
     {("Jane Roe", "petitioned", "UODO"), ("UODO", "investigated", "Lyft")}),
    # an official of a federation of trade unions speaks against employers, as a union official does
    ("\"Lyft is squeezing its drivers to pad its profits,\" said Jane Roe, a senior official of the Centre of Transit Trade Unions.",
     {("Jane Roe", "worksFor", "Centre of Transit Trade Unions"), ("Jane Roe", "protested", "Lyft")}),
    # an answer repeated when asked about someone's criticism, and "we hear the concerns of X" in the
    # quotation of the one who says it, answer them
    ("Asked about Jane Roe's criticism, John Doe repeated that the feature had not been used.", {("John Doe", "respondedTo", "Jane Roe")}),
    ("John Doe chairs the festival. \"We hear the concerns of the Lyft employees who wrote to us,\" Doe said.",
     {("John Doe", "respondedTo", "Lyft employees"), ("Lyft employees", "worksFor", "Lyft")}),
    # "the labour ministry" is the ministry of that field the article names in full
    ("The Ministry of Labour and Employment fined Lyft. The labour ministry is headed by Jane Roe.",
     {("Ministry of Labour and Employment", "investigated", "Lyft"), ("Jane Roe", "leads", "Ministry of Labour and Employment")}),
    # "the unit's" is the company's unit the article just named; a clinical or technical lead
    # works there without leading it
    ("Google Health built the app. Jane Roe, the unit's vice president, defended it.",
     {("Jane Roe", "worksFor", "Google Health"), ("Google Health", "partOf", "Google")}),
    ("Google Health built the app. Jane Roe, the unit's clinical lead, defended it.",
     {("Jane Roe", "worksFor", "Google Health"), ("Google Health", "partOf", "Google")}),
    # a work stoppage is a strike: those who called the one the article reports protested the employer
    ("Lyft drivers in Milan went on strike on Monday. The 24-hour stoppage was called by the Retail Workers Union.",
     {("Lyft employees", "protested", "Lyft"), ("Retail Workers Union", "protested", "Lyft"), ("Lyft employees", "worksFor", "Lyft")}),
    # a staff title after the bare name of a body's kind, and "the district's", hold the post at
    # the body the article names; a unit "group" of the company is no activist group
    ("The Chicago Police Department declined to comment, said Jane Roe, a department spokeswoman.",
     {("Jane Roe", "worksFor", "Chicago Police Department")}),
    ("The Springfield Unified School District bought the scanners. Jane Roe, the district's director of technology, defended them.",
     {("Jane Roe", "worksFor", "Springfield Unified School District")}),
    ("Lyft fired eight employees. Jane Roe, a former manager in the company's safety group, said the letter was ignored.",
     {("Jane Roe", "worksFor", "Lyft")}),
    # "X, chaired since 2021 by Y": the participle the parser took for the sentence's verb
    ("The Federal Trade Commission, chaired since 2021 by Jane Roe, opened a probe into Lyft.",
     {("Jane Roe", "leads", "Federal Trade Commission"), ("Federal Trade Commission", "investigated", "Lyft")}),
    # a known company's name and "UK" or a continent name its regional unit
    ("Jane Roe, who heads Palantir UK, said the unit would comply.", {("Jane Roe", "leads", "Palantir UK"), ("Palantir UK", "partOf", "Palantir")}),
    # ... but a company's regional director works for the company without leading it
    ("Jane Roe, Lyft's Europe director, spoke to MPs.", {("Jane Roe", "worksFor", "Lyft")}),
    ("Jane Roe, Lyft's UK managing director, spoke to MPs.", {("Jane Roe", "worksFor", "Lyft")}),
    # a place's prosecuting office is one public body, whether "prosecutors" or "the prosecutor's office"
    ("The Lyon prosecutor's office has opened a preliminary investigation into Lyft.", {("Lyon prosecutor's office", "investigated", "Lyft")}),
    ("Turin prosecutors opened an investigation into Lyft.", {("Turin prosecutors", "investigated", "Lyft")}),
    ("The Pierce County Prosecuting Attorney's Office charged Jane Roe.", {("Pierce County Prosecuting Attorney's Office", "investigated", "Jane Roe")}),
    ("The US Attorney's Office for the Northern District of Ohio charged Jane Roe.",
     {("US Attorney's Office for the Northern District of Ohio", "investigated", "Jane Roe")}),
    # ... and the one whose office charged someone is not the one charged
    ("John Doe was arrested in May. Jane Roe, whose Pierce County Prosecutor's Office had charged him, apologized to Doe.",
     {("Pierce County Prosecutor's Office", "investigated", "John Doe"), ("Jane Roe", "respondedTo", "John Doe")}),
    # a company becomes part of its buyer, and a purchase the text says was done makes it so
    ("Flock Safety became part of Lyft in January.", {("Flock Safety", "partOf", "Lyft")}),
    ("Lyft completed its $445 million purchase of Flock Safety.", {("Flock Safety", "partOf", "Lyft")}),
    ("After Lyft's acquisition of Flock Safety, prices rose.", {("Flock Safety", "partOf", "Lyft")}),
    ("Lyft's 2019 takeover of Flock Safety drew scrutiny.", {("Flock Safety", "partOf", "Lyft")}),
    # "the state police" is the state's force the article named, not law enforcement at large
    ("The Vermont State Police leased a robot from Lyft. \"It is a tool,\" said Jane Roe, a spokeswoman for the state police.",
     {("Lyft", "contractsWith", "Vermont State Police"), ("Jane Roe", "worksFor", "Vermont State Police")}),
    # a place before "maker" says where the company is, not what it makes
    ("Flock Safety, a Vancouver maker of security cameras, was bought by Lyft.", {("Flock Safety", "partOf", "Lyft")}),
    # a public office named after its holder is led by the holder named beside it
    ("The European Ombudsman, Jane Roe, opened an inquiry into Frontex.",
     {("Jane Roe", "leads", "European Ombudsman"), ("European Ombudsman", "investigated", "Frontex")}),
    ("Jane Roe, the European Ombudsman, criticised Frontex.", {("Jane Roe", "leads", "European Ombudsman"), ("Jane Roe", "protested", "Frontex")}),
    # "the agency" is the last body the text called an agency, not an office named after it
    ("John Doe, the director of the border agency Frontex, quit after investigators from the European Anti-Fraud Office "
     "handed in a report. Doe, who had led the Warsaw-based agency since 2015, denied wrongdoing.",
     {("John Doe", "leads", "Frontex")}),
    # "the company" is the article's main company when it was named after the last company
    # that was a subject, and in half as many sentences again
    ("Lyft was fined in March. Lyft employs moderators. Lyft said it rejects the claims. Uber did not say whether it would "
     "review its deal. Unions have long criticized Lyft's working conditions. Jane Roe urged the company to sign an agreement.",
     {("Jane Roe", "petitioned", "Lyft")}),
    # a surname the tagger took for a plural noun, opening the sentence as its subject, is the person
    ("Jane Rees, a director at the Retail Workers Union, spoke. Rees criticized Lyft for its silence.",
     {("Jane Rees", "worksFor", "Retail Workers Union"), ("Jane Rees", "protested", "Lyft")}),
    # "police spokesperson X" works for the one police force the article names, and for no police at large
    ("Huawei installed cameras for the Kampala Police Force. Police spokesperson Jane Roe dismissed the report.",
     {("Jane Roe", "worksFor", "Kampala Police Force")}),
    ("Police spokesperson Jane Roe dismissed the report.", set()),
    # a pandemic is no organisation "its" can mean
    ("The ruling comes at a hard time for Lyft, which was hit by the COVID-19 pandemic. Its chief executive, Jane Roe, cut 300 jobs.",
     {("Jane Roe", "leads", "Lyft")}),
    # "the e-commerce giant" is whichever company the article is about, not always Amazon
    ("Jane Roe was employed by Coupang Fulfillment Services, the e-commerce giant's logistics subsidiary.",
     {("Jane Roe", "worksFor", "Coupang Fulfillment Services"), ("Coupang Fulfillment Services", "partOf", "Coupang")}),
    # an "app" or "platform" a company launches or sells is its product, not a company
    ("Lyft launched Ridewatch, an AI platform for police analysts.", {("Lyft", "develops", "Ridewatch")}),
    # a title shared with one held at a unit of the company is no lead of the company; the unit
    # named is the one headed; a title before a name is no part of it
    ("Lyft apologized. \"We are sorry,\" Jane Roe, president and chief executive of the company's device division, said.",
     {("Jane Roe", "worksFor", "Lyft")}),
    ("Jane Roe, the head of Uber's French subsidiary, Uber France, spoke.",
     {("Jane Roe", "leads", "Uber France"), ("Uber France", "partOf", "Uber")}),
    ("The EEOC, led by Chair Jane Roe, has faced criticism.", {("Jane Roe", "leads", "Equal Employment Opportunity Commission")}),
    # a question put to someone asks nothing of them, though a quoted reply answers the one who asked
    ("Committee chairman John Doe pressed Jane Roe, Lyft's Europe director, on whether Lyft would pay. \"We will contribute,\" Ms Roe replied.",
     {("Jane Roe", "worksFor", "Lyft"), ("Jane Roe", "respondedTo", "John Doe")}),
    # an officer pushing her own organisation directs it; a former one petitions it
    ("Jane Roe, the NLRB's general counsel, has pushed the agency to take a tougher approach.",
     {("Jane Roe", "worksFor", "National Labor Relations Board")}),
    # a head of government leads the government of the place the title names, when the article names it
    ("The Greek government denied it. Greek Prime Minister Jane Roe said the agency acted lawfully.", {("Jane Roe", "leads", "Greek government")}),
    ("The Ghanaian government welcomed the move. Ghana's president, Jane Roe, praised Lyft.", {("Jane Roe", "leads", "Ghanaian government")}),
    ("The Kerala government backed the union. Chief Minister Jane Roe met the workers.", {("Jane Roe", "leads", "Kerala government")}),
    ("The Italian government objected, and the government of Prime Minister Jane Roe fined Lyft.", {("Jane Roe", "leads", "Italian government")}),
    # ... and not another country's
    ("The Chinese government was criticised. President John Doe signed the order.", set()),
    # a question is no demand
    ("Jane Roe asked Mark Zuckerberg repeatedly whether she could run the ads.", set()),
    # a name before a company's own made things, in the plural too, is its product
    ("Lyft said its Ridewatch models would not be used for weapons.", {("Lyft", "develops", "Ridewatch")}),
    # "the union" is a known union whose name says none ("IG Metall", "GMB")
    ("IG Metall criticised Lyft. Jane Roe, the union's district leader, said Lyft ignored safety.",
     {("IG Metall", "protested", "Lyft"), ("Jane Roe", "leads", "IG Metall"), ("Jane Roe", "protested", "Lyft")}),
    # a public office held "as" economy minister is no company's; "a drone company CEO" heads a
    # company of a kind, not the one in view
    ("Lyft lobbied hard. In July, Jane Roe defended her actions as economy minister.", set()),
    ("Lyft formed a council. The inclusion of drone company CEO Jane Roe reopened old divisions.", set()),
    # a workforce's demands with no one named are made of its employer (and oppose it) ...
    ("Lyft drivers in Ohio were demanding a general pay rise.",
     {("Lyft employees", "petitioned", "Lyft"), ("Lyft employees", "protested", "Lyft"), ("Lyft employees", "worksFor", "Lyft")}),
    ("Lyft drivers called for higher pay on Monday.",
     {("Lyft employees", "petitioned", "Lyft"), ("Lyft employees", "protested", "Lyft"), ("Lyft employees", "worksFor", "Lyft")}),
    # ... but not when someone else is named: the one asked, or the one to be boycotted
    ("Lyft drivers are demanding answers from the Ohio government.",
     {("Lyft employees", "petitioned", "Ohio government"), ("Lyft employees", "worksFor", "Lyft")}),
    ("Lyft drivers called for a boycott of Uber.", {("Lyft employees", "protested", "Uber"), ("Lyft employees", "worksFor", "Lyft")}),
    # ... nor a demand not made
    ("Lyft drivers did not demand higher pay.", {("Lyft employees", "worksFor", "Lyft")}),
    # a state's, county's or city's own department is not the federal one of the same name
    ("Lyft sold software to the Ohio Department of Health.", {("Lyft", "contractsWith", "Ohio Department of Health")}),
    ("The New York City Department of Education signed a contract with Lyft.",
     {("Lyft", "contractsWith", "New York City Department of Education")}),
    ("The Department of Transportation signed a contract with Lyft.", {("Lyft", "contractsWith", "U.S. Department of Transportation")}),
    # a letter handed, emailed or delivered to someone, however the parser hung the addressee
    ("Lyft drivers delivered a petition signed by 900 Lyft drivers to Jane Roe, Lyft's chief executive.",
     {("Lyft employees", "petitioned", "Jane Roe"), ("Lyft employees", "signatoryCount", "900"), ("Jane Roe", "leads", "Lyft"),
      ("Lyft employees", "worksFor", "Lyft")}),
    ("The Ohio Drivers Union handed a list of demands to Jane Roe on Friday.", {("Ohio Drivers Union", "petitioned", "Jane Roe")}),
    ("The letter, emailed Monday to Lyft CEO Jane Roe, was signed by 300 Lyft drivers.",
     {("Lyft employees", "petitioned", "Jane Roe"), ("Lyft employees", "signatoryCount", "300"), ("Jane Roe", "leads", "Lyft"),
      ("Lyft employees", "worksFor", "Lyft")}),
    # leaving a company named is no walkout of the new one: "founded by researchers who left Lyft"
    ("Ridewell, founded in 2021 by a group of engineers who left Lyft, has grown quickly.", set()),
    # a rank before a name leads nothing; "the commander of X" does
    ("Navy Commander Jane Roe, a spokesperson for SOCOM, confirmed the purchase.",
     {("Jane Roe", "worksFor", "U.S. Navy"), ("Jane Roe", "worksFor", "U.S. Special Operations Command")}),
    ("General Jane Roe, the commander of U.S. Central Command, spoke.", {("Jane Roe", "leads", "U.S. Central Command")}),
    # what runs on a cloud is its owner's: "Lyft's app runs on X", "Lyft's RideCheck, which runs on X"
    ("Lyft's app runs on Google Cloud.", {("Google Cloud", "contractsWith", "Lyft"), ("Google Cloud", "partOf", "Google")}),
    ("The models will be available inside Lyft's Ride Platform, known as RP, which runs on AWS.",
     {("Amazon Web Services", "contractsWith", "Lyft"), ("Amazon Web Services", "partOf", "Amazon")}),
    # a name NER took for a place or a person is a firm where the text says so: "a subsidiary of
    # Socar", "Lyft acquired Ridewell", "insurer Ridewell" (not the place a firm is based in)
    ("Farecast, a subsidiary of Socar, objected.", {("Farecast", "partOf", "Socar")}),
    ("Lyft acquired Ridewell in February.", {("Ridewell", "partOf", "Lyft")}),
    ("Elbit Systems of America, the Fort Worth, Texas-based subsidiary of Elbit Systems, builds the towers.",
     {("Elbit Systems of America", "partOf", "Elbit Systems")}),
    # "led by" on a description of the body in apposition ("the EFF, the group led by X"), but not
    # on a number of people ("nine members of Congress, led by X")
    ("The EFF, the digital rights group led by executive director Jane Roe, objected.",
     {("Jane Roe", "leads", "Electronic Frontier Foundation")}),
    # granting or refusing what was asked answers the one who asked (not "accepted her resignation")
    ("Lyft granted Jane Roe's request for an extension.", {("Lyft", "respondedTo", "Jane Roe")}),
    ("Lyft turned down Jane Roe's request.", {("Lyft", "respondedTo", "Jane Roe")}),
    ("Lyft agreed to the drivers' demands.", {("Lyft", "respondedTo", "Lyft employees")}),
    ("Lyft accepted Jane Roe's resignation.", set()),
    # a unit named by a known company's name and more words is that unit wherever the words recur
    ("Lyft Mobility, the ride-hailing arm of internet giant Lyft, said it would pause the pilot. "
     "Lyft Mobility said it had accepted Jane Roe's request.",
     {("Lyft Mobility", "partOf", "Lyft"), ("Lyft Mobility", "respondedTo", "Jane Roe")}),
    # supplying "to" someone, however the small parser misread the verb or hung the "to"
    ("Lyft agreed to supply HoloLens augmented reality headsets to the Army.", {("Lyft", "contractsWith", "U.S. Army")}),
    ("Lyft and Uber supply cloud computing services to the Ohio government.",
     {("Lyft", "contractsWith", "Ohio government"), ("Uber", "contractsWith", "Ohio government")}),
    ("Lyft supplies cloud services to the Israeli government.", {("Lyft", "contractsWith", "Israeli government")}),
    ("The Lyft supply chain was disrupted, the company told the Ohio government.", set()),
    # an acronym as some newspapers print it ("Ice", "Nasa"), but not a surname ("Doe's") nor an
    # ordinary word in a name ("the Ice Age")
    ("Lyft supplies software to Nasa and Ice.",
     {("Lyft", "contractsWith", "NASA"), ("Lyft", "contractsWith", "U.S. Immigration and Customs Enforcement")}),
    ("The Ice Age ended, and Lyft sold its software to the Ohio government.", {("Lyft", "contractsWith", "Ohio government")}),
    ("Jane Doe sued Lyft in May. Lyft disputed Doe's account.", {("Jane Doe", "protested", "Lyft"), ("Lyft", "respondedTo", "Jane Doe")}),
    # a company's name before a title is no region, whatever NER made of it ("the Tesla CEO")
    ("Jane Roe, the Tesla CEO, spoke. Musk said nothing.", {("Jane Roe", "leads", "Tesla")}),
    # a bare chairman's title before a name is held at the company in view; a president's may be
    # a country's
    ("Lyft's shares fell. Chairman John Doe said the company would recover.", {("John Doe", "leads", "Lyft")}),
    ("Lyft's shares fell. President John Doe said the economy would recover.", set()),
    ("Lyft's shares fell on Monday, and founder and chief executive Jane Roe said the company would recover.",
     {("Jane Roe", "leads", "Lyft")}),
    # taking a company over buys it; taking it to court does not
    ("Lyft took over Ridewell in 2019.", {("Ridewell", "partOf", "Lyft")}),
    ("Lyft took Ridewell to court.", set()),
    # signing "a pair of letters" signs letters
    ("More than 60 Lyft employees signed a pair of internal letters.",
     {("Lyft employees", "signatoryCount", "60"), ("Lyft employees", "worksFor", "Lyft")}),
    # "its editor-in-chief" is the outlet's just named, not the company the story is about
    ("Lyft has been wound down, the news site ProPublica reported on Monday. Its editor-in-chief Jane Roe said journalism had won.",
     {("Jane Roe", "leads", "ProPublica")}),
    # "a series of rallies", "a wave of strikes": the protests themselves (and not when denied)
    ("The Ohio Drivers Union has led a series of rallies against Lyft.", {("Ohio Drivers Union", "protested", "Lyft")}),
    ("The Ohio Drivers Union did not hold a series of rallies against Lyft.", set()),
    # an executive assistant is a person's job, a voice assistant a product
    ("Jane Roe, Lyft's executive assistant, sued.", set()),
    ("Alexa, Amazon's voice assistant, records conversations.", {("Amazon", "develops", "Alexa")}),
    # the maker before a hyphen: "a Palantir-built tool"
    ("The Maven Smart System, a Palantir-built tool, was expanded.", {("Palantir", "develops", "Maven Smart System")}),
    # "the data protection regulator": the regulator last named (a field, not a country)
    ("The Information Commissioner's Office fined Lyft in May. The data protection regulator investigated Uber last year.",
     {("Information Commissioner's Office", "investigated", "Lyft"), ("Information Commissioner's Office", "investigated", "Uber")}),
    ("The Information Commissioner's Office fined Lyft in May. The Dutch regulator investigated Uber last year.",
     {("Information Commissioner's Office", "investigated", "Lyft")}),
    # the person before a hyphen leads: "the Elon Musk-led Tesla" (a company before it leads nothing)
    ("The Elon Musk-led Tesla cut prices.", {("Elon Musk", "leads", "Tesla")}),
    ("The Lyft-led coalition objected.", set()),
    # the answer of a speaker asked about a criticism, the question set off by commas
    ("Mary Poe, a state senator, criticised Lyft. John Doe, asked about Poe's criticism, said the company had been transparent.",
     {("Mary Poe", "protested", "Lyft"), ("John Doe", "respondedTo", "Mary Poe")}),
    ("Mary Poe, a state senator, criticised Lyft. John Doe, asked about the weather, said it was fine.", {("Mary Poe", "protested", "Lyft")}),
    # "said, responding to X's statement, that ...": the speaker answers
    ("Lyft spokesperson John Doe said, responding to Mary Poe's statement, that drivers were paid fairly.",
     {("John Doe", "worksFor", "Lyft"), ("John Doe", "respondedTo", "Mary Poe"), ("Lyft", "respondedTo", "Mary Poe")}),
    ("Mary Poe, a state senator, criticised Lyft. Lyft, responding to Ms Poe's conclusions, called them ideological.",
     {("Mary Poe", "protested", "Lyft"), ("Lyft", "respondedTo", "Mary Poe")}),
    # a company's spokesperson answers for the company (an engineer speaks for no one)
    ("Mary Poe criticised Lyft. John Doe, a spokesman for Lyft, dismissed Poe's accusations.",
     {("Mary Poe", "protested", "Lyft"), ("John Doe", "worksFor", "Lyft"), ("John Doe", "respondedTo", "Mary Poe"), ("Lyft", "respondedTo", "Mary Poe")}),
    ("Mary Poe criticised Lyft. John Doe, a Lyft engineer, dismissed Poe's accusations.",
     {("Mary Poe", "protested", "Lyft"), ("John Doe", "worksFor", "Lyft"), ("John Doe", "respondedTo", "Mary Poe")}),
    # counts: "a letter from more than 150 of its employees", and "signed by" hung on the letter's addressee
    ("Lyft will keep its pricing despite a letter from more than 150 of its own employees.",
     {("Lyft employees", "signatoryCount", "150"), ("Lyft employees", "worksFor", "Lyft")}),
    ("Lyft did not receive a letter from 300 drivers.", set()),
    ("They sent an open letter to John Doe and the company's board of directors, signed by more than 900 Lyft drivers.",
     {("Lyft employees", "signatoryCount", "900"), ("Lyft employees", "worksFor", "Lyft")}),
    ("They met the mayor of Oakland, signed by 300 Lyft drivers.", set()),
    # the one accused of firing fired (not the accuser)
    ("The union accused Lyft of firing Jane Roe.", {("Jane Roe", "worksFor", "Lyft")}),
    # a title between a company's and a person's name is no organisation
    ("Lyft Chief Executive Logan Green responded.", {("Logan Green", "leads", "Lyft")}),
    # "the Lyft-owned company", said of a company named before; "a Pentagon advisory panel"
    ("Waymo's chief executive, John Doe, said the Alphabet-owned company had renewed a license.",
     {("John Doe", "leads", "Waymo"), ("Waymo", "partOf", "Alphabet")}),
    ("The Defense Innovation Board, a Pentagon advisory panel, met Lyft.", {("Defense Innovation Board", "partOf", "U.S. Department of Defense")}),
    ("Jane Roe, a Pentagon official, met Lyft.", {("Jane Roe", "worksFor", "U.S. Department of Defense")}),
    # a workers' union described in apposition and led by someone
    ("Warehouse staff joined the Amazon Labor Union, an independent union led by Jane Roe.",
     {("Jane Roe", "leads", "Amazon Labor Union")}),
    # an employer that opposes its workers' union protests it (a person's fight, or a denial, is no such fact)
    ("Drivers voted to join the Teamsters. Lyft opposed the union.", {("Lyft", "protested", "Teamsters")}),
    ("Drivers voted to join the Teamsters. Lyft did not oppose the union.", set()),
    ("Lyft campaigned against the bill.", set()),
    # names listed with a union's name are unions' names too, hyphenated or taken for a place;
    # a union named "<Workers> Union of <Place>"
    ("Lyft drivers went on strike on Monday. The stoppage was called by Filt-CGIL, Riva-CISL and Uiltrasporti.",
     {("Lyft employees", "protested", "Lyft"), ("Lyft employees", "worksFor", "Lyft"), ("Filt-CGIL", "protested", "Lyft"),
      ("Riva-CISL", "protested", "Lyft"), ("Uiltrasporti", "protested", "Lyft")}),
    ("Lyft drivers went on strike. The strike was called by the Drivers Union of Ruritania.",
     {("Lyft employees", "protested", "Lyft"), ("Lyft employees", "worksFor", "Lyft"), ("Drivers Union of Ruritania", "protested", "Lyft")}),
    # "called Lyft's policy cruel", the parser hanging the deed on the verdict (praise is no protest)
    ("Jane Roe called Lyft's policy cruel.", {("Jane Roe", "protested", "Lyft")}),
    ("Jane Roe called Lyft's explanation inaccurate.", {("Jane Roe", "protested", "Lyft")}),
    ("Jane Roe called Lyft's policy brilliant.", set()),
    # apologies answer those they are made to; the person named after a title is the subject
    ("Lyft drivers went on strike. Jane Doe, Lyft's chief executive, offered an apology to the drivers.",
     {("Jane Doe", "leads", "Lyft"), ("Lyft employees", "protested", "Lyft"), ("Lyft employees", "worksFor", "Lyft"), ("Jane Doe", "respondedTo", "Lyft employees")}),
    ("Lyft drivers went on strike. Lyft refused to offer an apology to the drivers.",
     {("Lyft employees", "protested", "Lyft"), ("Lyft employees", "worksFor", "Lyft")}),
    ("Mary Poe criticised Lyft. Lyft's chief executive John Doe apologized to Poe.",
     {("Mary Poe", "protested", "Lyft"), ("John Doe", "leads", "Lyft"), ("John Doe", "respondedTo", "Mary Poe")}),
    # "took over as CEO from X": both held the title
    ("John Doe took over as chief executive of Lyft from Jane Roe in 2019.", {("John Doe", "leads", "Lyft"), ("Jane Roe", "leads", "Lyft")}),
    ("John Doe took over the account from Jane Roe in 2019.", set()),
    # a company listed among another's units (not among its rivals)
    ("Engineers at Alphabet's subsidiaries, including Waymo, joined.", {("Waymo", "partOf", "Alphabet")}),
    ("Alphabet's rivals, including Waymo, joined.", set()),
    # "Raven Software, an Activision studio in Wisconsin": a unit named by its owner (a supplier is none)
    ("Testers at Raven Software, an Activision studio in Wisconsin, formed a union.", {("Raven Software", "partOf", "Activision Blizzard")}),
    ("Raven Software, an Activision supplier, formed a union.", set()),
    # ... but not praise, not a negated verdict, and not an executive speaking about the own company
    ("Rosa Diaz, an organizer with Mijente, said Palantir's new policy was not illegal.", {("Rosa Diaz", "worksFor", "Mijente")}),
    ("Andy Jassy, Amazon's chief executive, said Amazon's handling of the strike was a failure.", {("Andy Jassy", "leads", "Amazon")}),
    # petitioned: what a group wants its employer to do; demands presented to or laid out for someone
    ("Oracle employees signed a letter. The employees want Oracle to cancel the project.",
     {("Oracle employees", "petitioned", "Oracle"), ("Oracle employees", "worksFor", "Oracle"), ("Oracle employees", "protested", "Oracle")}),
    ("Intel employees walked out on Monday. Organizers presented the company with three demands.",
     {("Intel employees", "protested", "Intel"), ("Intel employees", "petitioned", "Intel"), ("Intel employees", "worksFor", "Intel")}),
    ("IBM employees walked out. The organizers laid out four demands for Arvind Krishna and other executives.",
     {("IBM employees", "protested", "IBM"), ("IBM employees", "petitioned", "Arvind Krishna"), ("IBM employees", "worksFor", "IBM")}),
    # contractsWith: each owner of "their employers' contracts"; a sale whose buyer hangs deep in the object
    ("Intel workers and Oracle employees protested their employers' contracts with the Department of Defense.",
     {("Intel employees", "protested", "Intel"), ("Oracle employees", "protested", "Oracle"), ("Intel", "contractsWith", DOD),
      ("Oracle", "contractsWith", DOD), ("Intel employees", "worksFor", "Intel"), ("Oracle employees", "worksFor", "Oracle")}),
    ("Flock Safety sells access to its license plate database to police departments.", {("Flock Safety", "contractsWith", "law enforcement")}),
    # contractsWith: a law firm that represents a company
    ("The law firm Covington & Burling, which represents TikTok, declined to comment.", {("Covington & Burling", "contractsWith", "TikTok")}),
    # leads: "who remains its chief executive" after a relative clause naming another company
    ("Fitbit, which Google bought in 2021, was founded by James Park, who remains its chief executive.",
     {("Fitbit", "partOf", "Google"), ("James Park", "leads", "Fitbit")}),
    # leads: a person hired to lead an office named before; a consultancy called X
    ("Salesforce created an Office of Responsible Tech. Maya Brooks, who was hired to lead that office, spoke.",
     {("Maya Brooks", "leads", "Office of Responsible Tech")}),
    ("Ifeoma Ozoma, who now runs a consultancy called Earthseed, spoke.", {("Ifeoma Ozoma", "leads", "Earthseed")}),
    # leads: leading some members of a body is not leading the body
    ("Nine members of Congress, led by Representative Pramila Jayapal, wrote to the FTC.", set()),
    # petitioned / investigated: an official directing an agency to investigate
    ("Mayor Eric Adams said he had directed the city's Commission on Human Rights to investigate Uber's pay practices.",
     {("Eric Adams", "petitioned", "Commission on Human Rights"), ("Commission on Human Rights", "investigated", "Uber")}),
    # investigated: an agency's finding, fine, accusation or order about a company
    ("The National Labor Relations Board found that Starbucks had violated federal labor law.",
     {("National Labor Relations Board", "investigated", "Starbucks")}),
    ("The Federal Trade Commission fined Twitter $150 million.", {("Federal Trade Commission", "investigated", "Twitter")}),
    ("The labor board accused Tesla of illegally firing a union organizer.", {("National Labor Relations Board", "investigated", "Tesla")}),
    # ... but not an agency's plain statement, nor a hypothetical finding
    ("The FTC said Twitter had hired a new privacy chief.", set()),
    ("The labor board could find that Tesla violated the law.", set()),
    # a headline's capitals name nothing new; a legal suffix is the same company; a staff writer is one person
    ("Salesforce Workers Walk Out Over Border Patrol Ties\n\nHundreds of Salesforce employees walked out on Monday.",
     {("Salesforce employees", "protested", "Salesforce"), ("Salesforce employees", "worksFor", "Salesforce")}),
    ("Hundreds of Oracle Corp. employees walked out on Monday.",
     {("Oracle employees", "protested", "Oracle"), ("Oracle employees", "worksFor", "Oracle")}),
    ("Intel workers protested. Lena Ortiz is a staff writer at Wired.",
     {("Lena Ortiz", "worksFor", "Wired"), ("Intel employees", "worksFor", "Intel"), ("Intel employees", "protested", "Intel")}),
    # protested: sit-ins at a company's offices, by a group whose name starts with "No"
    ("No Tech for Apartheid staged sit-ins at Amazon's offices in Seattle.", {("No Tech for Apartheid", "protested", "Amazon")}),
    # protested: employees protesting with no named target protest their employer; not when they did not
    ("Hundreds of Uber employees protested on Friday.", {("Uber employees", "protested", "Uber"), ("Uber employees", "worksFor", "Uber")}),
    ("Uber employees did not protest.", {("Uber employees", "worksFor", "Uber")}),
    # signatoryCount: the number of employees who published or sent a letter
    ("Some 300 Intel workers sent a petition to Pat Gelsinger.",
     {("Intel employees", "signatoryCount", "300"), ("Intel employees", "petitioned", "Pat Gelsinger"), ("Intel employees", "worksFor", "Intel")}),
    # leads: a one-word name with a president is an organisation, whatever NER said
    ("Ken Levine, Irrational's president, resigned.", {("Ken Levine", "leads", "Irrational")}),
    # a name NER missed is a person's when a job stands in apposition or it says something
    ("Tarin Velk, a user researcher at Microsoft, spoke at the meeting.", {("Tarin Velk", "worksFor", "Microsoft")}),
    # "they" after two coordinated people are those people, not the group of the sentence before
    ("Amazon workers rallied on Monday. Amazon fired Maria Lopez and John Carter after they criticized the company's treatment of drivers.",
     {("Maria Lopez", "protested", "Amazon"), ("John Carter", "protested", "Amazon"), ("Maria Lopez", "worksFor", "Amazon"),
      ("John Carter", "worksFor", "Amazon"), ("Amazon employees", "worksFor", "Amazon")}),
    # protested: a person quitting over what the company did; one engineer is no employee group
    ("Google fired two organizers. Sam Reed, a distinguished engineer at Google, quit in protest over the firings.",
     {("Sam Reed", "worksFor", "Google"), ("Sam Reed", "protested", "Google")}),
    # partOf: "X-owned Y", "the parent company of X and Y", "Y's parent company", an apposition on a name's inner word
    ("Google-owned Waymo paused its robotaxi service.", {("Waymo", "partOf", "Google")}),
    ("Alphabet, the parent company of Google and Waymo, declined to comment.",
     {("Google", "partOf", "Alphabet"), ("Waymo", "partOf", "Alphabet")}),
    ("Customs and Border Protection, an agency within the Department of Homeland Security, signed the deal.",
     {("U.S. Customs and Border Protection", "partOf", "U.S. Department of Homeland Security")}),
    # develops: a company releasing or launching a product; a possessed product with a product noun
    ("OpenAI released Sora in 2024.", {("OpenAI", "develops", "Sora")}),
    ("Anthropic released its Claude chatbot in 2023.", {("Anthropic", "develops", "Claude")}),
    ("Microsoft's Copilot chatbot was criticized.", {("Microsoft", "develops", "Copilot")}),
    # investigated: an agency's suit
    ("The Department of Justice sued Google in 2020.", {("U.S. Department of Justice", "investigated", "Google")}),
    # leads: a vice chair leads nothing; a plural title in apposition is no one person's role
    ("Lin Ortega, an engineer at Intel and the union's vice chair, wrote the op-ed.", {("Lin Ortega", "worksFor", "Intel")}),
    ("In a letter sent to Pat Gelsinger, Intel's CEO, the Intel Workers Alliance organizers called on the company to act.",
     {("Intel Workers Alliance", "petitioned", "Pat Gelsinger"), ("Intel Workers Alliance", "petitioned", "Intel"), ("Pat Gelsinger", "leads", "Intel"),
      ("Intel Workers Alliance", "worksFor", "Intel")}),
    # leads: a long title phrase after a name ("Netflix's co-chief executive and chief content officer")
    ("In two memos, Ted Sarandos, Netflix's co-chief executive and chief content officer, defended the special.",
     {("Ted Sarandos", "leads", "Netflix")}),
    # worksFor: a named campaign of two companies' workers, its apposition hung on a word inside the name
    ("Staff joined No Tech for Apartheid, a campaign of Google and Amazon workers.",
     {("No Tech for Apartheid", "worksFor", "Google"), ("No Tech for Apartheid", "worksFor", "Amazon"),
      ("Google employees", "worksFor", "Google"), ("Amazon employees", "worksFor", "Amazon")}),
    # leads: a name that starts with a known organisation's name is one name
    ("Sherrilyn Ifill, president of the NAACP Legal Defense and Educational Fund, spoke.",
     {("Sherrilyn Ifill", "leads", "NAACP Legal Defense and Educational Fund")}),
    # partOf: a unit named after a known company; a workers' group named after one is not a unit
    # but its workforce
    ("Jeff Dean, the head of Google Research, spoke.", {("Jeff Dean", "leads", "Google Research"), ("Google Research", "partOf", "Google")}),
    ("The Microsoft Workers Alliance protested.", {("Microsoft Workers Alliance", "worksFor", "Microsoft")}),
    # a verb NER took into the end of a name stays out of it
    ("The Department of Fair Employment and Housing sued Riot Games after a two-year investigation into the company.",
     {("California Civil Rights Department", "investigated", "Riot Games")}),
    # protested: a letter or petition against something; a letter's relative clause speaks for its signers
    ("Google employees circulated a petition against Project Maven.",
     {("Google employees", "protested", "Project Maven"), ("Google employees", "worksFor", "Google")}),
    ("The letter, which criticized Salesforce, was signed by 500 Salesforce employees.",
     {("Salesforce employees", "protested", "Salesforce"), ("Salesforce employees", "signatoryCount", "500"),
      ("Salesforce employees", "worksFor", "Salesforce")}),
    # protested: being troubled by something; a deed's doer, not its victim, is the target; not when negated
    ("Google employees are concerned about Project Maven.",
     {("Google employees", "protested", "Project Maven"), ("Google employees", "worksFor", "Google")}),
    ("Apple employees walked out. Apple workers were angered by the firing of Ashley Gjovik.",
     {("Apple employees", "protested", "Apple"), ("Apple employees", "worksFor", "Apple")}),
    ("Microsoft employees were not worried about the deal with ICE.", {(MSFT_EMP, "worksFor", "Microsoft")}),
    # protested: accusations, boycotts called for, opposition voiced, strikes gone on
    ("Amazon Labor Union organizers accused Amazon of union-busting.", {("Amazon Labor Union", "protested", "Amazon")}),
    ("The Electronic Frontier Foundation called for a boycott of Amazon's Ring.",
     {("Electronic Frontier Foundation", "protested", "Ring"), ("Ring", "partOf", "Amazon")}),
    ("Amazon warehouse workers went on strike at the company's Staten Island warehouse.",
     {(AMAZON_EMP, "protested", "Amazon"), (AMAZON_EMP, "worksFor", "Amazon")}),
    ("Amazon warehouse workers did not go on strike.", {(AMAZON_EMP, "worksFor", "Amazon")}),
    # develops: the company (or the studios a company owns) behind a product
    ("OpenAI, the company behind ChatGPT, declined to comment.", {("OpenAI", "develops", "ChatGPT")}),
    ("Activision Blizzard, which owns the studios behind Call of Duty and Candy Crush, declined to comment.",
     {("Activision Blizzard", "develops", "Call of Duty"), ("Activision Blizzard", "develops", "Candy Crush")}),
    # partOf: "an Amazon subsidiary"
    ("Ring, an Amazon subsidiary, shares footage with police.", {("Ring", "partOf", "Amazon")}),
    # petitioned: "It asks X" after a sentence about a signed letter; "demanded that X end ..."
    ("More than 500 Intel employees signed a letter. It asks Pat Gelsinger to cancel the contract.",
     {("Intel employees", "signatoryCount", "500"), ("Intel employees", "petitioned", "Pat Gelsinger"), ("Intel employees", "worksFor", "Intel")}),
    ("Google employees walked out in November. They demanded that Google end forced arbitration.",
     {("Google employees", "protested", "Google"), ("Google employees", "petitioned", "Google"), ("Google employees", "worksFor", "Google")}),
    # develops: "the developer of X"; contractsWith: a reported clause sharing the subject of the one before
    ("Riot Games cut jobs. Riot, the developer of League of Legends, appealed the ruling.", {("Riot Games", "develops", "League of Legends")}),
    ("Bezos said Amazon would be carbon neutral by 2040, would buy renewable power, and had ordered 100,000 vans from Rivian.",
     {("Rivian", "contractsWith", "Amazon")}),
    # employees affiliated with a named group act as that group; "the group" prefers a group with its own name
    ("On Tuesday, employees affiliated with No Tech for Apartheid staged sit-ins at Amazon's offices.",
     {("No Tech for Apartheid", "protested", "Amazon")}),
    ("Tech Workers Coalition formed in 2014. Google employees walked out. The group has demanded that Google drop the contract.",
     {("Google employees", "protested", "Google"), ("Tech Workers Coalition", "petitioned", "Google"), ("Google employees", "worksFor", "Google"), ("Tech Workers Coalition", "protested", "Google")}),
    # protested: a harsh verdict on "these firings" is aimed at the company that fired; no one
    # works for "<Company> employees"
    ("Google fired 28 workers on Wednesday. \"These firings were clearly retaliatory,\" said Jane Chung, a spokesperson for the group.",
     {("Jane Chung", "protested", "Google")}),
    # worksFor: "a former Googler" is one worker of Google, not a group
    ("Jack Poulson, a former Googler, resigned last year.", {("Jack Poulson", "worksFor", "Google")}),
    # worksFor: a named movement that is a coalition of two companies' workers
    ("The walkouts were organized by No Tech for ICE, a coalition of Microsoft and Salesforce workers that has campaigned against the deals.",
     {("No Tech for ICE", "worksFor", "Microsoft"), ("No Tech for ICE", "worksFor", "Salesforce"), (MSFT_EMP, "worksFor", "Microsoft"),
      ("Salesforce employees", "worksFor", "Salesforce")}),
    # worksFor: "one of the workers, <name>" is the person named
    ("One of the fired workers, Jane Roe, had worked as a cloud software engineer at Oracle.",
     {("Jane Roe", "worksFor", "Oracle")}),
    # a name NER takes for a place is a person when a job stands in apposition
    ("The startup was unknown until 2021, when Virginia Beach, a journalist at Wired, showed that it sold data.",
     {("Virginia Beach", "worksFor", "Wired")}),
    # develops: a product noun in apposition to the product names its maker
    ("HoloLens, a Microsoft headset, is used by soldiers.", {("Microsoft", "develops", "HoloLens")}),
    # petitioned: "called / pushed for X to ..."
    ("The Tech Workers Coalition called for Google to cancel Project Nimbus.",
     {("Tech Workers Coalition", "petitioned", "Google"), ("Tech Workers Coalition", "protested", "Project Nimbus"), ("Tech Workers Coalition", "protested", "Google")}),
    ("Microsoft workers pushed for the company to drop the Army deal.",
     {(MSFT_EMP, "petitioned", "Microsoft"), ("Microsoft", "contractsWith", "U.S. Army"), (MSFT_EMP, "worksFor", "Microsoft"), ("Microsoft employees", "protested", "Microsoft")}),
    # leads: passive, also in a relative clause
    ("Acme Corp is led by Jane Doe.", {("Jane Doe", "leads", "Acme Corp")}),
    ("The Acme Workers Union, which is headed by Jane Doe, protested.", {("Jane Doe", "leads", "Acme Workers Union")}),
    # signatoryCount: outside signers are not the company's staff
    ("Amazon workers protested. The letter was signed by more than 1,000 researchers and academics.", {(AMAZON_EMP, "worksFor", "Amazon"), (AMAZON_EMP, "protested", "Amazon")}),
    # "they" after coordinated people of the same sentence means those people
    ("Amazon workers rallied in May. Amazon fired Jane Roe and John Poe last year after they publicly criticized the company's labor practices.",
     {("Jane Roe", "protested", "Amazon"), ("John Poe", "protested", "Amazon"), (AMAZON_EMP, "worksFor", "Amazon"),
      ("Jane Roe", "worksFor", "Amazon"), ("John Poe", "worksFor", "Amazon")}),
    ("IBM provides cloud tools to Israeli government ministries, including the Israeli military.",
     {("IBM", "contractsWith", "Israel Defense Forces"), ("IBM", "contractsWith", "Israeli government")}),
    # leads: a past or coordinated top title still leads; a possessor the parser set in apposition
    ("Nora Vance, a co-founder and former chief executive of Larkspur Games, joined the board.",
     {("Nora Vance", "leads", "Larkspur Games")}),
    ("Owen Pratt, Salesforce's co-founder and former president, left in March.", {("Owen Pratt", "leads", "Salesforce")}),
    # worksFor: "a director of X" is one of several; a title before the name; a worker's job
    ("Priya Nand, a director of the Electronic Frontier Foundation, criticized the policy.",
     {("Priya Nand", "worksFor", "Electronic Frontier Foundation")}),
    ("A spokesperson for Oracle, Dana Whitcomb, declined to comment.", {("Dana Whitcomb", "worksFor", "Oracle")}),
    ("Lena Ortiz, a former Meta content moderator, testified on Tuesday.", {("Lena Ortiz", "worksFor", "Meta")}),
    # worksFor: "<name> of <organisation>"
    ("\"This is a disgrace,\" said Meredith Pike of the Tech Workers Coalition.", {("Meredith Pike", "worksFor", "Tech Workers Coalition")}),
    # partOf: a regional chapter; a company or institute its owner possesses; a subsidiary's legal name
    ("Matt Corbin of the ACLU of Northern California criticized the county.",
     {("Matt Corbin", "worksFor", "ACLU of Northern California")}),
    ("The studio now sits inside Microsoft's own ZeniMax Media.", {("ZeniMax Media", "partOf", "Microsoft")}),
    ("Nathan Ruiz, a fellow at Stanford University's Institute for Human-Centered Artificial Intelligence, said so.",
     {("Nathan Ruiz", "worksFor", "Institute for Human-Centered Artificial Intelligence"),
      ("Institute for Human-Centered Artificial Intelligence", "partOf", "Stanford University")}),
    ("The company's for-profit subsidiary, OpenAI Global LLC, is controlled by the nonprofit.", {("OpenAI Global LLC", "partOf", "OpenAI")}),
    # signatoryCount: "more than 1,000 current and former X employees", the number hung on an adjective
    ("More than 1,200 current and former Oracle employees have signed an open letter.",
     {("Oracle employees", "signatoryCount", "1200"), ("Oracle employees", "worksFor", "Oracle")}),
    # worksFor / leads: "a company spokeswoman", "the union's president", "the chief executive" of the company in view
    ("Lyft disputed the figures. Dana Holt, a company spokeswoman, called them misleading.", {("Dana Holt", "worksFor", "Lyft")}),
    ("Engineers at Lyft joined the Communications Workers of America. Rosa Lind, the union's president, welcomed them.",
     {("Rosa Lind", "leads", "Communications Workers of America"), ("Lyft employees", "worksFor", "Lyft")}),
    ("Shopify has faced criticism for weeks. Tom Raske, the co-founder and chief executive, defended the policy.",
     {("Tom Raske", "leads", "Shopify")}),
    # leads: "succeeded X as chief executive": both held the title at the company in view
    ("Lyft has changed since then. Mara Quill succeeded Ben Ostrow as chief executive in 2019.",
     {("Mara Quill", "leads", "Lyft"), ("Ben Ostrow", "leads", "Lyft")}),
    # partOf: a name NER took for a person, with an organisation noun in apposition
    ("The location data went to MoPub, Twitter's ad network.", {("MoPub", "partOf", "Twitter")}),
    # protested: a union's accusation; a strike "against" a company; concerns about nothing named
    # are about the employer; "both companies" are the two just named
    ("The Teamsters filed objections after the vote, accusing Amazon of illegally interfering with the election.",
     {("Teamsters", "protested", "Amazon")}),
    ("The Machinists union has been on strike against Tesla since October.",
     {("International Association of Machinists and Aerospace Workers", "protested", "Tesla")}),
    ("Some Palantir employees have raised concerns.", {("Palantir employees", "protested", "Palantir"), ("Palantir employees", "worksFor", "Palantir")}),
    # investigated: a regulator's fine in the passive (a name typed by "authority" in apposition);
    # allegations the company in view faces; "an inquiry by X looked into"
    ("Grindr was fined by Datatilsynet, Norway's data protection authority.", {("Datatilsynet", "investigated", "Grindr")}),
    ("Tesla faces a lawsuit. The EEOC had been investigating allegations of race discrimination at the plant.",
     {("Equal Employment Opportunity Commission", "investigated", "Tesla")}),
    ("Uber hired lawyers. A separate inquiry by another law firm, Perkins Coie, looked into 215 complaints.",
     {("Perkins Coie", "investigated", "Uber")}),
    # develops: a named product noun among coordinated objects of "builds"
    ("SpaceX, which builds heavy rockets and the Starlink satellite service, hired a new counsel.",
     {("SpaceX", "develops", "Starlink")}),
    # contractsWith: a service done "for" an agency; lawyers hired from a firm; work shifted to a supplier
    ("Oracle already hosts classified data for the CIA.", {("Oracle", "contractsWith", "Central Intelligence Agency")}),
    ("Since 2020, SpaceX has launched several satellites for the National Reconnaissance Office.",
     {("SpaceX", "contractsWith", "National Reconnaissance Office")}),
    ("Starbucks also hired lawyers from Littler Mendelson.", {("Littler Mendelson", "contractsWith", "Starbucks")}),
    ("TikTok then shifted the moderation work to Teleperformance.", {("Teleperformance", "contractsWith", "TikTok")}),
    # worksFor: a named group that carries its company's name
    ("Amazon Employees for Climate Justice, a group of tech workers, held a rally.",
     {("Amazon Employees for Climate Justice", "worksFor", "Amazon")}),
    # protested: a harsh word on the company's move, or a pause that is "not enough"
    ("Grindr ordered its staff back to the office. Claude Lind, the union's president, called the move \"a textbook case of union busting.\"",
     {("Claude Lind", "protested", "Grindr"), ("Grindr employees", "worksFor", "Grindr")}),
    ("Amazon paused police use of Rekognition. \"But a one-year pause is not enough,\" said Matt Cole, a lawyer at the ACLU.",
     {("Matt Cole", "protested", "Amazon"), ("Matt Cole", "worksFor", "ACLU")}),
    # petitioned: "pushed the company on its emissions"
    ("Amazon announced a climate plan on Thursday. Amazon Employees for Climate Justice has pushed the company on its carbon emissions since 2018.",
     {("Amazon Employees for Climate Justice", "petitioned", "Amazon"), ("Amazon Employees for Climate Justice", "worksFor", "Amazon")}),
    # worksFor: a job "at the warehouse" of the company in view; a board member
    ("Amazon workers voted in Alabama. Darryl Reyes, a picker at the warehouse, voted no.",
     {("Darryl Reyes", "worksFor", "Amazon"), (AMAZON_EMP, "worksFor", "Amazon")}),
    ("Arianna Holt, an Uber board member, joined the review.", {("Arianna Holt", "worksFor", "Uber")}),
    # petitioned: "pressed X" in forums; protested: a worker whose title runs a unit is no
    # spokesman, and his harsh words are his own
    ("No Tech for Apartheid members had also pressed Kurian in a series of internal forums.",
     {("No Tech for Apartheid", "petitioned", "Thomas Kurian")}),
    ("\"I work at Facebook and I am not proud of how we're showing up,\" wrote Jason Tuft, a director of product management at the company.",
     {("Jason Tuft", "protested", "Facebook"), ("Jason Tuft", "worksFor", "Facebook")}),
    # protested: resigning "in protest" protests the company in view
    ("Google built a censored search engine. Jack Pollard, a research scientist, resigned in protest last month.",
     {("Jack Pollard", "protested", "Google")}),
    # leads / worksFor: coordinated titles each take their own organisation
    ("Arianna Huffington, an Uber board member and the founder and chief executive of Thrive Global, joined the effort.",
     {("Arianna Huffington", "worksFor", "Uber"), ("Arianna Huffington", "leads", "Thrive Global")}),
    # "co-led" is kept one word, so the clause around it parses
    ("Google fired Timnit Gebru. Margaret Mitchell, who co-led the team with Gebru, publicly criticized Google's leadership.",
     {("Timnit Gebru", "worksFor", "Google"), ("Margaret Mitchell", "protested", "Google")}),
    ("Maria Ruiz co-led Amazon Employees for Climate Justice.",
     {("Maria Ruiz", "leads", "Amazon Employees for Climate Justice"), ("Amazon Employees for Climate Justice", "worksFor", "Amazon")}),
    # develops: "the iPhone maker" is the company the text is most about, not one in the same sentence
    ("Apple fired her on Friday. Apple said she leaked data. She worked at Activision before joining the iPhone maker.",
     {("Apple", "develops", "iPhone")}),
    # leads: "a leader of the group" leads it (unlike "a director of X")
    ("Amazon Employees for Climate Justice held a rally. Maren Cole, another designer and a leader of the group, spoke.",
     {("Maren Cole", "leads", "Amazon Employees for Climate Justice"), ("Amazon Employees for Climate Justice", "worksFor", "Amazon")}),
    # petitioned: a letter to a body "including" named members goes to the members
    ("In a letter to members of Congress, including Sens. Cory Booker and Kamala D. Harris, IBM chief executive Arvind Krishna wrote that IBM would stop.",
     {("Arvind Krishna", "petitioned", "Cory Booker"), ("Arvind Krishna", "petitioned", "Kamala D. Harris"), ("Arvind Krishna", "leads", "IBM")}),
    # protested: asking the company not to bid on a contract opposes the contract
    ("Microsoft employees published an open letter asking the company not to bid on the JEDI contract.",
     {(MSFT_EMP, "protested", "Microsoft"), (MSFT_EMP, "petitioned", "Microsoft"), (MSFT_EMP, "protested", "JEDI"), (MSFT_EMP, "worksFor", "Microsoft")}),
    # worksFor: the director of an agency's regional office works for the agency, not leads it
    ("The NLRB sided with the workers. Tim Walsh, the director of the agency's regional office in Fort Worth, wrote the decision.",
     {("Tim Walsh", "worksFor", "National Labor Relations Board")}),
    # contractsWith: the firm a company pays (a relative clause); workers supplied to "the factory"
    ("The contractors are employed by Cognizant, the outsourcing firm that Google pays to staff the team.",
     {("Cognizant", "contractsWith", "Google")}),
    ("Tesla was sued. Owen Diaz was hired through nextSource, which supplied contract workers to the factory.",
     {("nextSource", "contractsWith", "Tesla")}),
    # partOf: "Google's parent company Alphabet" is no part of Google
    ("Waymo, the self-driving car unit of Google's parent company Alphabet, hired lawyers.",
     {("Waymo", "partOf", "Alphabet"), ("Google", "partOf", "Alphabet")}),
    # investigated: an investigation by an outlet "which reported that" a company's workers were underpaid
    ("Sama has faced scrutiny since a 2022 investigation by Wired, which reported that Sama moderators in Nairobi were paid little.",
     {("Wired", "investigated", "Sama")}),
    # leads: one named or reinstated as chief executive
    ("OpenAI's board met on Sunday. The board named Emmett Shear interim chief executive.", {("Emmett Shear", "leads", "OpenAI")}),
    ("Microsoft named Jane Roe as its new chief executive.", {("Jane Roe", "leads", "Microsoft")}),
    ("Microsoft said on Monday that it had hired Sam Altman.", {("Sam Altman", "worksFor", "Microsoft")}),  # hired, not named to lead
    # an object pronoun is not the subject of its own verb; a union's members are not its employees
    ("Keith Enright testified. Senator Ted Cruz pressed him on the matter.", {("Ted Cruz", "petitioned", "Keith Enright")}),
    ("Workers at the Communications Workers of America protested on Monday.", set()),
    # a name typed by the kind of organisation before it ("the payments company Marqeta")
    ("Susan Fowler, who now works at the payments company Marqeta, welcomed the findings.", {("Susan Fowler", "worksFor", "Marqeta")}),
    # protested: critics and opponents; lashing out, taking aim, questioning a decision, sounding the alarm
    ("Jane Roe, an outspoken critic of Amazon, spoke at the rally.", {("Jane Roe", "protested", "Amazon")}),
    ("Jane Roe has been a vocal critic of Palantir for years.", {("Jane Roe", "protested", "Palantir")}),
    ("Google employees lashed out at Sundar Pichai on Thursday.",
     {(GOOGLE_EMP, "protested", "Sundar Pichai"), (GOOGLE_EMP, "worksFor", "Google")}),
    ("Jane Roe took aim at Microsoft in a blog post.", {("Jane Roe", "protested", "Microsoft")}),
    ("Jane Roe questioned Google's decision to fire the researchers.", {("Jane Roe", "protested", "Google")}),
    ("Jane Roe sounded the alarm about Amazon's Rekognition.", {("Jane Roe", "protested", "Rekognition"), ("Amazon", "develops", "Rekognition")}),
    # respondedTo: "In response, X said" answers the group that raised something
    ("Google employees signed a letter to Pichai. In response, Google said it would review the contract.",
     {(GOOGLE_EMP, "petitioned", "Sundar Pichai"), ("Google", "respondedTo", GOOGLE_EMP), (GOOGLE_EMP, "worksFor", "Google")}),
    # partOf: "an Amazon company"; "which is part of Amazon"
    ("Ring, an Amazon company, sells doorbells.", {("Ring", "partOf", "Amazon")}),
    ("Twitch, which is part of Amazon, hosted the stream.", {("Twitch", "partOf", "Amazon")}),
    # investigated: a regulator named in apposition to the subject fined X; partOf: "which"
    # after a name and a comma is that name, wherever the parser hung the clause
    ("Norway's data protection authority, Datatilsynet, fined Grindr 65 million kroner.", {("Datatilsynet", "investigated", "Grindr")}),
    ("Adam Mosseri, the head of Instagram, which Facebook bought in 2012, has defended the idea.",
     {("Instagram", "partOf", "Facebook"), ("Adam Mosseri", "leads", "Instagram")}),
    # worksFor: "the NLRB, under General Counsel X"
    ("The case was brought by the NLRB, under General Counsel Jennifer Abruzzo, in May.",
     {("Jennifer Abruzzo", "worksFor", "National Labor Relations Board")}),
    # "its" is the one company named earlier in its sentence, before the subject of the sentence before
    ("Microsoft made an announcement. It follows Amazon's decision to pause police use of Rekognition, its facial-recognition product.",
     {("Amazon", "develops", "Rekognition")}),
    # protested: criticism drawn from employees; outrage a decision sparked; frustration expressed
    ("Amazon drew criticism from its own employees over the deal.", {(AMAZON_EMP, "protested", "Amazon"), (AMAZON_EMP, "worksFor", "Amazon")}),
    ("Google announced a deal with the Pentagon. The decision sparked outrage among Google employees.",
     {("Google", "contractsWith", DOD), (GOOGLE_EMP, "protested", "Google"), (GOOGLE_EMP, "worksFor", "Google")}),
    ("Microsoft employees expressed frustration with the company's leadership.",
     {(MSFT_EMP, "protested", "Microsoft"), (MSFT_EMP, "worksFor", "Microsoft")}),
    # respondedTo: a message sent to staff, also where the parser read "to store" as a verb
    ("Amazon employees protested the policy. Dave Clark sent a memo to warehouse workers on Monday.",
     {("Dave Clark", "respondedTo", AMAZON_EMP), (AMAZON_EMP, "worksFor", "Amazon"), (AMAZON_EMP, "protested", "Amazon")}),
    # respondedTo: a statement for the company that answers its staff ...
    ("More than 300 Lyft employees signed a letter. Dana Holt, a Lyft spokeswoman, said the company respects its employees' right to speak out.",
     {("Lyft employees", "signatoryCount", "300"), ("Lyft employees", "worksFor", "Lyft"), ("Dana Holt", "worksFor", "Lyft"),
      ("Dana Holt", "respondedTo", "Lyft employees")}),
    # ... but not one by a member of the group, nor one about a named worker
    ("More than 300 Lyft employees signed a letter. Tom Reyes, a Lyft engineer, said the company ignores its workers.",
     {("Lyft employees", "signatoryCount", "300"), ("Lyft employees", "worksFor", "Lyft"), ("Tom Reyes", "worksFor", "Lyft"), ("Tom Reyes", "protested", "Lyft")}),
    ("More than 300 Lyft employees signed a letter. Lyft said Jane Roe was fired for endangering other workers.",
     {("Lyft employees", "signatoryCount", "300"), ("Lyft employees", "worksFor", "Lyft")}),
    ("Sama fired Lena Ortiz in 2019. Meta hired Sama to review posts. Ortiz sued both companies in March.",
     {("Lena Ortiz", "worksFor", "Sama"), ("Sama", "contractsWith", "Meta"), ("Lena Ortiz", "protested", "Meta"), ("Lena Ortiz", "protested", "Sama")}),
    # contractsWith: "to police" read by the parser as an infinitive; not "wants to police"
    ("Veritone sells its matching tool to police.", {("Veritone", "contractsWith", "law enforcement")}),
    ("Veritone wants to police the content its customers upload.", set()),
    # protested + contractsWith: "the ICE deal" / "the contract" is the deal of the one company named
    ("Hundreds of Dropbox employees objected to the ICE deal.",
     {("Dropbox employees", "protested", "Dropbox"), ("Dropbox", "contractsWith", ICE), ("Dropbox employees", "worksFor", "Dropbox")}),
    ("Dozens of Twilio employees raised concerns about the contract.",
     {("Twilio employees", "protested", "Twilio"), ("Twilio employees", "worksFor", "Twilio")}),
    # ... but not when two companies are in view
    ("Oracle has a contract with ICE, and workers at Dropbox criticized the deal.",
     {("Oracle", "contractsWith", ICE), ("Dropbox employees", "worksFor", "Dropbox")}),
    # protested: "unrest among X workers over ...", with "among" and "over" hung elsewhere
    ("The walkout was the latest sign of unrest among Intel workers over the company's drone contracts.",
     {("Intel employees", "protested", "Intel"), ("Intel employees", "worksFor", "Intel")}),
    # respondedTo: defending a decision in an email to staff; a blog post addressing concerns
    ("Thousands of Intel employees signed a petition. CEO Pat Gelsinger defended the deal in an email to employees.",
     {("Intel employees", "worksFor", "Intel"), ("Pat Gelsinger", "leads", "Intel"), ("Pat Gelsinger", "respondedTo", "Intel employees")}),
    ("Intel employees circulated a petition. Intel president Renee James wrote a blog post addressing the employees' concerns.",
     {("Intel employees", "worksFor", "Intel"), ("Renee James", "leads", "Intel"), ("Renee James", "respondedTo", "Intel employees")}),
    # leads: "<unit> chief <name>" heads the unit; "chief of staff" does not
    ("Microsoft Research chief Peter Lee spoke to reporters.",
     {("Peter Lee", "leads", "Microsoft Research"), ("Microsoft Research", "partOf", "Microsoft")}),
    ("Maria Lopez, the chief of staff at Intel, spoke.", {("Maria Lopez", "worksFor", "Intel")}),
    ("Intel's security chief Maria Lopez spoke.", {("Maria Lopez", "worksFor", "Intel")}),
    # worksFor: "a Google research scientist" works for Google, not for Google Research
    ("Jack Poole, a former Google research scientist, quit.", {("Jack Poole", "worksFor", "Google")}),
    # investigated: an inquiry into a company's practices
    ("The Federal Trade Commission opened an inquiry into Veritone's practices.",
     {("Federal Trade Commission", "investigated", "Veritone")}),
    # signatoryCount: signatures gathered from a group; signing on to a petition a group organised
    ("By Friday the petition had gathered 2,600 signatures from Intel employees.",
     {("Intel employees", "signatoryCount", "2600"), ("Intel employees", "worksFor", "Intel")}),
    ("More than 1,000 people have signed on to the petition, which was organized by Mijente.",
     {("Mijente", "signatoryCount", "1000")}),
    ("Activists collected 40,000 signatures from shoppers.", set()),
    # protested: who led a named campaign against X opposes X too
    ("Mijente, an advocacy group, has led the #NoTechForICE campaign against Veritone.",
     {("Mijente", "protested", "Veritone"), ("No Tech for ICE", "protested", "Veritone")}),
    # petitioned: an apposition hung on "urged" after the infinitive is not who was urged
    ("Intel employees urged Pat Gelsinger to stop selling chips to Veritone, the surveillance firm.",
     {("Intel employees", "petitioned", "Pat Gelsinger"), ("Intel employees", "worksFor", "Intel")}),
    # petitioned: "a letter to X and the company's board ... calling on the company to"
    ("More than 900 Intel employees signed a letter to Gelsinger and Intel's board of directors calling on the company to drop the deal.",
     {("Intel employees", "signatoryCount", "900"), ("Intel employees", "petitioned", "Intel"), ("Intel employees", "petitioned", "Pat Gelsinger"),
      ("Intel employees", "petitioned", "Intel board"), ("Intel employees", "worksFor", "Intel"), ("Intel employees", "protested", "Intel")}),
    # worksFor, not leads: a director of a function
    ("\"We declined the money,\" said Ana Ruiz, Mijente's communications director.", {("Ana Ruiz", "worksFor", "Mijente")}),
    ("Ana Ruiz, executive director of Mijente, spoke.", {("Ana Ruiz", "leads", "Mijente")}),
    # leads: "chief executive <name>" with the company in view; "the managing director of X"
    ("Oracle has sold its software to ICE since 2019. Staff sent letters to chief executive Maria Lopez in May.",
     {("Oracle", "contractsWith", ICE), ("Maria Lopez", "leads", "Oracle"), ("Oracle employees", "petitioned", "Maria Lopez")}),
    ("Barak Regev, the managing director of Google Israel, spoke.",
     {("Barak Regev", "leads", "Google Israel"), ("Google Israel", "partOf", "Google")}),
    ("Jane Roe, a managing director at Goldman Sachs, spoke.", {("Jane Roe", "worksFor", "Goldman Sachs")}),
    # signatoryCount: "signed" without an object, right after the letter is named
    ("Oracle sells software to ICE. Staff circulated a letter to chief executive Maria Lopez; more than 200 Oracle employees signed, according to the Post.",
     {("Oracle", "contractsWith", ICE), ("Oracle employees", "petitioned", "Maria Lopez"), ("Oracle employees", "signatoryCount", "200"),
      ("Maria Lopez", "leads", "Oracle"), ("Oracle employees", "worksFor", "Oracle")}),
    ("The letter is online. More than 200 Intel employees signed up for the event.", {("Intel employees", "worksFor", "Intel")}),
    # a bare "employees" means the company's staff before a named movement named more often;
    # rallying outside a company's offices protests it
    ("No Tech for ICE rallied outside Oracle's offices. No Tech for ICE has campaigned for years. Some Oracle employees signed a letter. "
     "Maria Lopez, the CEO, told employees in a meeting that Oracle would keep the contract.",
     {("No Tech for ICE", "protested", "Oracle"), ("Maria Lopez", "respondedTo", "Oracle employees"), ("Maria Lopez", "leads", "Oracle"),
      ("Oracle employees", "worksFor", "Oracle")}),
    # petitioned + leads: one-word names in a list; "X's chief executive, <name>," however parsed
    ("The coalition's letter called on Nadella, Smith and Intel's chief executive, Pat Gelsinger, to end the contract.",
     {("Pat Gelsinger", "leads", "Intel")}),
    ("Mijente called on Nadella, Jassy and Intel's chief executive, Pat Gelsinger, to end the contract.",
     {("Mijente", "petitioned", "Satya Nadella"), ("Mijente", "petitioned", "Andy Jassy"), ("Mijente", "petitioned", "Pat Gelsinger"),
      ("Pat Gelsinger", "leads", "Intel")}),
    # protested: not by one who heads a unit of the company criticised
    ("Google Cloud chief Diane Greene met staff. Greene said that the backlash had been terrible for Google.",
     {("Diane Greene", "leads", "Google Cloud"), ("Google Cloud", "partOf", "Google")}),
    # contractsWith: a relative clause on an apposition ("X, its cloud division, which hosts ...");
    # the front-runner for a contract bids for it
    ("Microsoft is a supplier to the government through GitHub, its code unit, which hosts data for the CIA.",
     {("GitHub", "contractsWith", "Central Intelligence Agency"), ("GitHub", "partOf", "Microsoft")}),
    ("Oracle was a finalist for the Pentagon's cloud contract.", {("Oracle", "contractsWith", DOD)}),
    # petitioned: a coordinated preposition ("to X and to Y")
    ("Intel employees sent a letter to Gelsinger and to the board.",
     {("Intel employees", "protested", "Intel"), ("Intel employees", "petitioned", "Pat Gelsinger"), ("Intel employees", "petitioned", "Intel"), ("Intel employees", "worksFor", "Intel")}),
    # protested: organisers of the protest the article reports; not of a conference
    ("Intel workers walked out on Friday. Ana Ruiz, an engineer at Intel who helped organize the walkout, spoke to reporters.",
     {("Intel employees", "protested", "Intel"), ("Intel employees", "worksFor", "Intel"), ("Ana Ruiz", "worksFor", "Intel"), ("Ana Ruiz", "protested", "Intel")}),
    ("Oracle employees walked out. The organizers include Ana Ruiz, a designer at Oracle, and Tom Reyes.",
     {("Oracle employees", "protested", "Oracle"), ("Oracle employees", "worksFor", "Oracle"), ("Ana Ruiz", "worksFor", "Oracle"),
      ("Ana Ruiz", "protested", "Oracle"), ("Tom Reyes", "protested", "Oracle")}),
    ("Oracle hosted a conference. Ana Ruiz, an organizer of the conference, spoke.", set()),
    # signatoryCount: "signed it" after the letter; the tally of signatures grew to N (not "could reach")
    ("Oracle employees sent a letter to the board. More than 450 employees eventually signed it.",
     {("Oracle employees", "protested", "Oracle"), ("Oracle employees", "petitioned", "Oracle"), ("Oracle employees", "signatoryCount", "450"), ("Oracle employees", "worksFor", "Oracle")}),
    ("Oracle employees published a letter. By Monday, the number of signatures had climbed above 300.",
     {("Oracle employees", "signatoryCount", "300"), ("Oracle employees", "worksFor", "Oracle")}),
    ("Oracle employees published a letter. The number of signatures could reach 5,000.", {("Oracle employees", "worksFor", "Oracle")}),
    # protested: a name right after the verb the parser read as an adverb; develops: "X's <product> project"
    ("Amnesty International has criticized Dragonfly, calling it a dark day.", {("Amnesty International", "protested", "Project Dragonfly")}),
    ("Google's Dragonfly project drew criticism.", {("Google", "develops", "Project Dragonfly")}),
    # protested: "among X's critics", "X's critics include Y"
    ("The ACLU has been among Oracle's most prominent critics on the issue.", {("ACLU", "protested", "Oracle")}),
    ("Oracle's critics include the ACLU and Mijente.", {("ACLU", "protested", "Oracle"), ("Mijente", "protested", "Oracle")}),
    # leads: "the CEO of X's cloud division, <unit>" with the unit hung elsewhere
    ("Protesters occupied the office of Thomas Kurian, the CEO of Google's cloud division, Google Cloud.",
     {("Thomas Kurian", "leads", "Google Cloud"), ("Google Cloud", "partOf", "Google")}),
    # worksFor: people fired, named as conjuncts, one of them typed ORG by the statistical NER
    ("Oracle fired four workers, firing two of them, Laurence Berland and Kathryn Spiers, for policy violations.",
     {("Laurence Berland", "worksFor", "Oracle"), ("Kathryn Spiers", "worksFor", "Oracle")}),
    # leads: a relative clause on the apposition; a plural title shared by conjuncts; secretaries
    ("Workers formed the Alphabet Workers Union in January. Parul Koul, an engineer at Google who is the executive chair of the union, spoke.",
     {("Parul Koul", "worksFor", "Google"), ("Parul Koul", "leads", "Alphabet Workers Union")}),
    ("Employees heckled Microsoft CEO Satya Nadella and former CEOs Bill Gates and Steve Ballmer.",
     {("Satya Nadella", "leads", "Microsoft"), ("Bill Gates", "leads", "Microsoft"), ("Steve Ballmer", "leads", "Microsoft")}),
    ("A book by a speechwriter for Defense Secretary Jim Mattis alleged interference.", {("Jim Mattis", "leads", DOD)}),
    ("Mark Esper, who became defense secretary in July 2019, reviewed the contract.", {("Mark Esper", "leads", DOD)}),
    # contractsWith: a named police force is not police in general; users who trialled a product;
    # customers signed up and included; the named examples of a plural client
    ("Several police forces, including the Metropolitan Police and the National Crime Agency, had trialled Clearview's software.",
     {("Clearview AI", "contractsWith", "law enforcement"), ("Clearview AI", "contractsWith", "Metropolitan Police Service"),
      ("Clearview AI", "contractsWith", "National Crime Agency")}),
    ("Oracle had signed up customers including the Washington County Sheriff's Office.",
     {("Oracle", "contractsWith", "Washington County Sheriff's Office")}),
    ("Palantir's customers include ICE and the FBI.",
     {("Palantir", "contractsWith", ICE), ("Palantir", "contractsWith", "Federal Bureau of Investigation")}),
    ("Veritone sold its app to police departments such as the NYPD.",
     {("Veritone", "contractsWith", "law enforcement"), ("Veritone", "contractsWith", "New York Police Department")}),
    # leads: a public office is not held at the company in view
    ("Clearview AI scraped photos. Angelene Falk, the Australian information commissioner, found that Clearview had breached privacy.", set()),
    # partOf: an apposition after the second conjunct belongs to it
    ("Under the deal, Google and Amazon Web Services, Amazon's cloud computing arm, provide cloud infrastructure to the Israeli government.",
     {("Google", "contractsWith", "Israeli government"), ("Amazon Web Services", "contractsWith", "Israeli government"),
      ("Amazon Web Services", "partOf", "Amazon")}),
    # respondedTo: a rank-and-file worker emailing colleagues answers no one; the CEO does
    ("Microsoft employees protested the contract. Ana Ruiz, a software engineer at Microsoft, later sent an email to Microsoft employees about it.",
     {("Microsoft employees", "protested", "Microsoft"), ("Ana Ruiz", "worksFor", "Microsoft"), ("Microsoft employees", "worksFor", "Microsoft")}),
    ("Microsoft employees protested the contract. Satya Nadella, the CEO of Microsoft, later sent an email to Microsoft employees defending it.",
     {("Microsoft employees", "protested", "Microsoft"), ("Satya Nadella", "leads", "Microsoft"), ("Satya Nadella", "respondedTo", "Microsoft employees"),
      ("Microsoft employees", "worksFor", "Microsoft")}),
    # signatoryCount: people who signed the petition of the group speaking
    ("No Azure for Apartheid held a vigil. The group says more than 1,500 people have signed its petition.",
     {("No Azure for Apartheid", "signatoryCount", "1500")}),
    # respondedTo: a bare "responded ... that" answers the group that spoke up; "Asked about the
    # employees' demands, X said"; a statement responding to disruptions
    ("Microsoft employees published a letter opposing the contract. Brad Smith responded in a blog post that the company would keep working with the military.",
     {("Microsoft employees", "protested", "Microsoft"), ("Brad Smith", "respondedTo", "Microsoft employees"), ("Microsoft employees", "worksFor", "Microsoft")}),
    ("Amazon workers signed a letter to Bezos. Asked about the employees' demands, Bezos said he understood their concerns.",
     {("Amazon employees", "petitioned", "Jeff Bezos"), ("Jeff Bezos", "respondedTo", "Amazon employees"), ("Amazon employees", "worksFor", "Amazon")}),
    ("Microsoft employees published a letter. Asked about the weather, Smith said it was fine.", {("Microsoft employees", "worksFor", "Microsoft")}),
    ("Microsoft employees disrupted the event. In a statement responding to the disruptions, a Microsoft spokesperson said the company listens.",
     {("Microsoft", "respondedTo", "Microsoft employees"), ("Microsoft employees", "worksFor", "Microsoft")}),
    # protested: interrupting someone's speech; not when the purpose names the target; not "disrupted the market"
    ("Ana Ruiz, a Google engineer, interrupted a speech by Barak Regev at a conference.",
     {("Ana Ruiz", "protested", "Barak Regev"), ("Ana Ruiz", "worksFor", "Google")}),
    ("Ana Ruiz, a Google engineer, interrupted a speech by Barak Regev to protest Project Nimbus.",
     {("Ana Ruiz", "protested", "Project Nimbus"), ("Ana Ruiz", "worksFor", "Google")}),
    ("Netflix disrupted the market.", set()),
    # protested: condemning a person's ouster opposes whoever ousted them
    ("Google fired Timnit Gebru. More than 2,600 Googlers have signed a letter condemning Gebru's ouster.",
     {("Timnit Gebru", "worksFor", "Google"), ("Google employees", "signatoryCount", "2600"), ("Google employees", "protested", "Google"),
      ("Google employees", "worksFor", "Google")}),
    # protested: a retreat asked of a company names the product ("cancel the IVAS contract",
    # "stop selling Rekognition"); "the company's involvement in Project Maven" is the project
    ("Microsoft employees sent a letter asking Microsoft to cancel the Integrated Visual Augmentation System contract.",
     {("Microsoft employees", "petitioned", "Microsoft"), ("Microsoft employees", "protested", "Integrated Visual Augmentation System"),
      ("Microsoft employees", "worksFor", "Microsoft"), ("Microsoft employees", "protested", "Microsoft")}),
    ("Amazon employees urged the company to stop selling Rekognition to police.",
     {("Amazon employees", "petitioned", "Amazon"), ("Amazon employees", "protested", "Rekognition"), ("Amazon", "contractsWith", "law enforcement"),
      ("Amazon", "develops", "Rekognition"), ("Amazon employees", "worksFor", "Amazon"), ("Amazon employees", "protested", "Amazon")}),
    ("Thousands of Google employees protested the company's involvement in Project Maven.",
     {("Google employees", "protested", "Project Maven"), ("Google employees", "worksFor", "Google")}),
    # partOf: an agency's office named after its possessive
    ("Palantir works for the Department of Health and Human Services' Office of Refugee Resettlement.",
     {("Office of Refugee Resettlement", "partOf", "U.S. Department of Health and Human Services")}),
    # protested: pushing back against the CEO's decision opposes the CEO and the company; criticising
    # "the decision" on a platform opposes the employer, not the platform; a crowd protesting is
    # not the speaker who names it
    ("Employees at Shopify are pushing back against chief executive Tobi Lütke's decision to keep hosting the store.",
     {("Shopify employees", "protested", "Tobi Lütke"), ("Shopify employees", "protested", "Shopify"), ("Tobi Lütke", "leads", "Shopify"),
      ("Shopify employees", "worksFor", "Shopify")}),
    ("Facebook employees criticized the decision on Twitter.", {("Facebook employees", "protested", "Facebook"), ("Facebook employees", "worksFor", "Facebook")}),
    ("Trump referred to people protesting the killing of George Floyd as thugs.", set()),
    ("Sleeping Giants criticized Shopify's stance.", {("Sleeping Giants", "protested", "Shopify")}),
    # founding an organisation is no role in it
    ("Anduril, the defense startup founded by Palmer Luckey, builds towers for CBP.",
     {("Anduril", "contractsWith", "U.S. Customs and Border Protection")}),
    # "the firm" is the one company named earlier in its sentence ("At Deloitte, ..."), not the
    # unit the phrase describes, which is named after its firm; bare "employees" work where the
    # sentence opens; "the news agency" is an outlet
    ("Accenture had a CBP contract. At Deloitte, an internal letter signed by more than 300 employees calls on the firm's US chief executive, Cathy Engelbert, to disclose its work.",
     {("Accenture", "contractsWith", "U.S. Customs and Border Protection"), ("Deloitte employees", "signatoryCount", "300"),
      ("Deloitte employees", "petitioned", "Cathy Engelbert"), ("Cathy Engelbert", "leads", "Deloitte")}),
    ("Accenture had a CBP contract. Deloitte Consulting, the firm's advisory arm, has held contracts with ICE.",
     {("Accenture", "contractsWith", "U.S. Customs and Border Protection"), ("Deloitte Consulting", "contractsWith", ICE),
      ("Deloitte Consulting", "partOf", "Deloitte")}),
    ("Reuters reported the contract. Reuters journalists raised concerns with Stephen J. Adler, the news agency's editor-in-chief.",
     {("Stephen J. Adler", "leads", "Reuters")}),
    # develops: the publisher of several products listed; worksFor: a past role ("who left Google")
    ("Activision Blizzard, the publisher of Call of Duty and World of Warcraft, faces a lawsuit.",
     {("Activision Blizzard", "develops", "Call of Duty"), ("Activision Blizzard", "develops", "World of Warcraft")}),
    ("Geoffrey Hinton, who left Google last year, signed the letter.", {("Geoffrey Hinton", "worksFor", "Google")}),
    ("Jane Roe will leave Google next month.", set()),
    # respondedTo: "responded by ending ..." answers the group that walked out
    ("Google employees walked out in 2018. Google responded weeks later by ending forced arbitration.",
     {("Google employees", "protested", "Google"), ("Google", "respondedTo", "Google employees"), ("Google employees", "worksFor", "Google")}),
    # protested: "in protest against X ... and against comments by its chief executive, Y"
    ("Netflix employees walked off the job in protest against the company's handling of the special and against comments by its co-chief executive, Ted Sarandos, defending it.",
     {("Netflix employees", "protested", "Netflix"), ("Netflix employees", "protested", "Ted Sarandos"), ("Ted Sarandos", "leads", "Netflix"),
      ("Netflix employees", "worksFor", "Netflix")}),
    # worksFor: conjoined people with a plural title; develops: "makes the Taser stun gun"
    ("Naomi Nix and Dina Bass are reporters for Bloomberg News.",
     {("Naomi Nix", "worksFor", "Bloomberg"), ("Dina Bass", "worksFor", "Bloomberg")}),
    ("Axon, which makes the Taser stun gun, proposed drones.", {("Axon", "develops", "Taser")}),
    # leads: "the firm's global managing partner"; not "a managing partner at" a firm
    ("Kevin Sneader, who had just taken over as McKinsey's global managing partner, responded.", {("Kevin Sneader", "leads", "McKinsey")}),
    ("Jane Roe, a managing partner at Covington, spoke.", {("Jane Roe", "worksFor", "Covington")}),
    # an agency's office named with its agency is one name, part of it
    ("A December 2018 audit by the DHS Office of Inspector General found that Accenture had hired few agents.",
     {("DHS Office of Inspector General", "investigated", "Accenture"),
      ("DHS Office of Inspector General", "partOf", "U.S. Department of Homeland Security")}),
    # "the company" in a sentence naming two companies is the one in view, not the first named
    ("Employees at Amazon have pressed the company over its contracts. Google said it would drop the deal after employees protested, and employees at Amazon have pressed the company too.",
     {("Amazon employees", "protested", "Amazon"), ("Amazon employees", "petitioned", "Amazon"), ("Amazon employees", "worksFor", "Amazon")}),
    # a person's ouster opposed: the company in the sentence, through its staff's name
    ("Gebru wrote on Twitter. More than 2,600 Googlers have signed a letter, posted by the group Google Walkout for Real Change, condemning Gebru's ouster.",
     {("Google employees", "signatoryCount", "2600"), ("Google employees", "protested", "Google"), ("Google employees", "worksFor", "Google")}),
    # investigated: an investigation published by outlets that revealed a company's work
    ("McKinsey's work for ICE was revealed in a joint investigation published by The New York Times and ProPublica.",
     {("McKinsey", "contractsWith", ICE), ("The New York Times", "investigated", "McKinsey"), ("ProPublica", "investigated", "McKinsey")}),
    # protested: a company becomes a target for a group; not "a target for growth"
    ("Hewlett Packard Enterprise has also become a target for Mijente.", {("Mijente", "protested", "Hewlett Packard Enterprise")}),
    ("HPE is a target for growth.", set()),
    # worksFor: ousted from a company; protested: objections raised on message boards concern the employer
    ("Palmer Luckey, who was ousted from Facebook in 2017, started a defense firm.", {("Palmer Luckey", "worksFor", "Facebook")}),
    ("A number of McKinsey employees raised objections on internal message boards.",
     {("McKinsey employees", "protested", "McKinsey"), ("McKinsey employees", "worksFor", "McKinsey")}),
    # petitioned: "The letter calls on X" after a group signed it, though no count was given
    ("OpenAI employees signed a letter. The letter calls on OpenAI, Google DeepMind and other AI companies to commit to four principles.",
     {("OpenAI employees", "protested", "OpenAI"), ("OpenAI employees", "petitioned", "OpenAI"), ("OpenAI employees", "petitioned", "Google DeepMind"), ("OpenAI employees", "worksFor", "OpenAI"),
      ("Google DeepMind", "partOf", "Google")}),
    # investigated: an investigation into conditions at a company's warehouse
    ("Letitia James opened an investigation into conditions at Amazon's warehouse.", {("Letitia James", "investigated", "Amazon")}),
    # protested: a group's spokesperson criticising speaks for the group
    ("No Tech for Apartheid organized the sit-ins. \"Google is trying to quash dissent, silence its workers, and bury the truth,\" Jane Chung, a spokesperson for No Tech for Apartheid, said.",
     {("No Tech for Apartheid", "protested", "Google"), ("Jane Chung", "worksFor", "No Tech for Apartheid"), ("Google employees", "worksFor", "Google")}),
    # protested: more words of judgement in quoted speech ("quash dissent", "evaded scrutiny")
    ("\"For too long, Apple has evaded scrutiny,\" said Janneke Parrish, an organizer.", {("Janneke Parrish", "protested", "Apple")}),
    ("\"Google is trying to quash dissent,\" Jane Chung said.", {("Jane Chung", "protested", "Google")}),
    ("\"Google is trying to grow,\" Jane Chung said.", set()),
    # contractsWith: "its work on Project Maven, a Pentagon program"; "a contract worth $133 million with X"
    ("Employees demanded that Google end its work on Project Maven, a Pentagon program.", {("Google", "contractsWith", DOD)}),
    ("Microsoft has held a contract worth $133 million with Israel's Ministry of Defense.",
     {("Microsoft", "contractsWith", "Israeli Ministry of Defense")}),
    # leads: "who heads X" on an organisation inside a person's apposition is the person
    ("In a 2019 audit, Joy Buolamwini, a researcher at the MIT Media Lab who heads the Algorithmic Justice League, found errors.",
     {("Joy Buolamwini", "leads", "Algorithmic Justice League"), ("Joy Buolamwini", "worksFor", "MIT Media Lab")}),
    # founding is no role; the other title in "co-founder and CMO" is
    ("Google co-founder Sergey Brin spoke.", set()),
    ("Jane Roe was co-founder and CMO of Uber.", {("Jane Roe", "worksFor", "Uber")}),
    # leads: a commander heads the unit; a hyphenated title read whole ("editor-in-chief")
    ("Yossi Sariel, then the commander of Unit 8200, met Nadella.", {("Yossi Sariel", "leads", "Unit 8200")}),
    # partOf: an agency's possessor the parser hung on a modifier of the apposition
    ("Unit 8200, the Israel Defense Forces' elite signals intelligence agency, used Azure.",
     {("Unit 8200", "partOf", "Israel Defense Forces")}),
    # respondedTo: "X responded by ..." answers a group only as its employer or one speaking for it
    ("Riot Games employees walked out. Google responded weeks later by ending forced arbitration.",
     {("Riot Games employees", "protested", "Riot Games"), ("Riot Games employees", "worksFor", "Riot Games")}),
    # respondedTo: a spokesperson's statement that the company welcomes debate; not one that it is
    # proud of its record, which answers no one in particular
    ("OpenAI employees signed a letter warning of risks. OpenAI spokesperson Lindsey Held said the company welcomes debate.",
     {("OpenAI employees", "worksFor", "OpenAI"), ("Lindsey Held", "worksFor", "OpenAI"), ("Lindsey Held", "respondedTo", "OpenAI employees")}),
    ("OpenAI employees signed a letter warning of risks. OpenAI spokesperson Lindsey Held said the company was proud of its track record.",
     {("OpenAI employees", "worksFor", "OpenAI"), ("Lindsey Held", "worksFor", "OpenAI")}),
    # "they" after a sentence that named one group in a by-phrase
    ("The walkout was organised by Netflix employees and their allies, who released a list of demands. They called on Netflix to hire trans people into executive positions.",
     {("Netflix employees", "protested", "Netflix"), ("Netflix employees", "petitioned", "Netflix"), ("Netflix employees", "worksFor", "Netflix")}),
    # petitioned: "a letter to CEO X asking him ...", the name parsed as the subject of "asking"
    ("In 2018, hundreds of Amazon workers signed a letter to CEO Jeff Bezos asking him to end the sales, and shareholders later put forward proposals to limit them.",
     {("Amazon employees", "petitioned", "Jeff Bezos"), ("Jeff Bezos", "leads", "Amazon"), ("Amazon employees", "worksFor", "Amazon")}),
    # a named navy is its own, not the Navy the gazetteer knows; "co-CEO" read whole
    ("Last year Anduril won a contract with the UK's Royal Navy.", {("Anduril", "contractsWith", "Royal Navy")}),
    ("Anduril won a contract with the Navy.", {("Anduril", "contractsWith", "U.S. Navy")}),
    ("Tableau's chief executive, Adam Selipsky, will report to Salesforce co-CEO Keith Block.",
     {("Adam Selipsky", "leads", "Tableau Software"), ("Keith Block", "leads", "Salesforce")}),
    # signatoryCount: "staff" who signed the petition a named group launched ("...; it was signed by")
    ("Microsoft employees protested. A petition launched by Accenture employees asked the company to walk away; it was signed by more than 1,000 current and former staff.",
     {("Accenture employees", "protested", "Accenture"), ("Microsoft employees", "protested", "Microsoft"), ("Accenture employees", "signatoryCount", "1000"), ("Accenture employees", "worksFor", "Accenture"),
      ("Accenture employees", "petitioned", "Accenture"), ("Microsoft employees", "worksFor", "Microsoft")}),
    # a title-case headline's past tense is no part of a name; signers who are not staff are not counted for staff
    ("Amazon's Cloud Boss Defended Selling Facial Recognition To Police At An All-Hands Meeting", set()),
    ("Google employees protested. More than 1,000 academics and researchers signed an open letter to Sundar Pichai.",
     {("Google employees", "protested", "Google"), ("Google employees", "worksFor", "Google")}),
    # worksFor: rank-and-file jobs ("an Amazon driver", "an Amazon warehouse associate"); a
    # warehouse worker where one company is in view; driving for a platform; working at its store
    ("Jane Roe, an Amazon driver, said she was exhausted.", {("Jane Roe", "worksFor", "Amazon")}),
    ("Jane Roe, an Amazon warehouse associate, said she was tired.", {("Jane Roe", "worksFor", "Amazon")}),
    ("Amazon opened the warehouse in 2020. Jennifer Bates, a warehouse worker in Bessemer, testified before Congress.",
     {("Jennifer Bates", "worksFor", "Amazon")}),
    ("Maria Lopez, who has driven for Uber for five years, spoke.", {("Maria Lopez", "worksFor", "Uber")}),
    ("Jane Roe will drive for Lyft next year.", set()),
    ("Jane Roe, who works at Apple's store in Towson, spoke.", {("Jane Roe", "worksFor", "Apple")}),
    # drivers are a company's workforce; a strike by two companies' drivers is each on its own employer
    ("Uber and Lyft drivers went on strike on Wednesday to protest low pay.",
     {("Uber employees", "protested", "Uber"), ("Lyft employees", "protested", "Lyft"), ("Uber employees", "worksFor", "Uber"),
      ("Lyft employees", "worksFor", "Lyft")}),
    ("Hundreds of Uber drivers rallied outside Uber's headquarters in San Francisco.",
     {("Uber employees", "protested", "Uber"), ("Uber employees", "worksFor", "Uber")}),
    # investigated: "under investigation by X" (not when negated); an agency issuing a complaint
    ("Tesla is under investigation by the Equal Employment Opportunity Commission.",
     {("Equal Employment Opportunity Commission", "investigated", "Tesla")}),
    ("Tesla is not under investigation by the EEOC.", set()),
    ("The NLRB issued a complaint against Apple over its treatment of union organizers.",
     {("National Labor Relations Board", "investigated", "Apple")}),
    # develops: a name the statistical NER missed, which an apposition says is a company's product
    ("Anduril sells towers. Lattice, Anduril's artificial intelligence software, runs them.", {("Anduril", "develops", "Lattice")}),
    ("Accurint, a LexisNexis product, is used by ICE.", {("LexisNexis", "develops", "Accurint"), ("LexisNexis", "contractsWith", ICE)}),
    ("Facebook unveiled Portal, the company's video-calling device.", {("Facebook", "develops", "Portal")}),
    # labour coverage: leading a walkout to protest conditions at the warehouse; demanding pay
    # from a company; complaining about abuse at the factory; employees at a company's store
    ("Amazon runs the JFK8 warehouse. Chris Smalls led a walkout to protest conditions at the warehouse.",
     {("Chris Smalls", "protested", "Amazon")}),
    ("Uber drivers demanded higher pay from Uber.", {("Uber employees", "protested", "Uber"), ("Uber employees", "petitioned", "Uber"), ("Uber employees", "worksFor", "Uber")}),
    ("Tesla workers complained about racist abuse at the Fremont factory.",
     {("Tesla employees", "protested", "Tesla"), ("Tesla employees", "worksFor", "Tesla")}),
    ("Jane Roe complained about the weather.", set()),
    ("Employees at Apple's Towson store filed a petition with the NLRB.",
     {("Apple employees", "petitioned", "National Labor Relations Board"), ("Apple employees", "worksFor", "Apple")}),
    # worksFor: a corporate job with no employer named, at the company the article is about;
    # not an outsider quoted by profession
    ("Apple employees launched #AppleToo. Ashley Gjøvik, a senior engineering program manager, was placed on leave.",
     {("#AppleToo", "worksFor", "Apple"), ("Ashley Gjøvik", "worksFor", "Apple"), ("Apple employees", "worksFor", "Apple")}),
    ("Apple employees launched #AppleToo. Jane Roe, a labor lawyer, said the law was clear.",
     {("#AppleToo", "worksFor", "Apple"), ("Apple employees", "worksFor", "Apple")}),
    # worksFor: a job "on" a unit named after its company
    ("Janneke Parrish, a program manager on Apple Maps, was fired.",
     {("Janneke Parrish", "worksFor", "Apple"), ("Apple Maps", "partOf", "Apple")}),
    # protested: making a company a target of one's campaign
    ("Mijente has made Palantir a central target of its #NoTechForICE campaign.", {("Mijente", "protested", "Palantir")}),
    ("The company made growth a target.", set()),
    # respondedTo: "responded to the protesters" answers the group that protested; not with no protest in view
    ("Microsoft employees protested at Build. Brad Smith responded to the protesters in a video briefing to reporters.",
     {("Microsoft employees", "protested", "Microsoft"), ("Brad Smith", "respondedTo", "Microsoft employees"), ("Microsoft employees", "worksFor", "Microsoft")}),
    ("Brad Smith responded to the protesters.", set()),
    # petitioned: a letter whose participles are coordinated ("circulated ... and signed by"),
    # and "addressed to" hung on a coordinated participle or on the sending verb
    ("At Oracle, a memo circulated last week and signed by more than 200 employees calls on the firm's chief executive, Safra Catz, to drop the deal.",
     {("Oracle employees", "petitioned", "Safra Catz"), ("Oracle employees", "signatoryCount", "200"), ("Safra Catz", "leads", "Oracle")}),
    ("A petition started by Intel employees and addressed to the chief executive, Pat Gelsinger, was posted online.",
     {("Intel employees", "petitioned", "Pat Gelsinger"), ("Intel employees", "worksFor", "Intel")}),
    ("IBM employees sent a letter, addressed to Arvind Krishna and to IBM's board.",
     {("IBM employees", "petitioned", "Arvind Krishna"), ("IBM employees", "petitioned", "IBM board"), ("IBM employees", "worksFor", "IBM")}),
    # protested: doing anything "in protest over X"; leaving a board "in protest"
    ("Lena Park removed her library from the registry in protest over Oracle's contract with ICE.",
     {("Lena Park", "protested", "Oracle"), ("Oracle", "contractsWith", ICE)}),
    ("Lena Park resigned from Oracle's advisory board in protest.", {("Lena Park", "protested", "Oracle")}),
    # protested: the walkout "organised by" a named group is against the company in view
    ("Microsoft unveiled its plan. The walkout, organised by Game Workers Unite, drew 300 workers.",
     {("Game Workers Unite", "protested", "Microsoft")}),
    # protested: refusing someone's money in public
    ("The ACLU turned down a $50,000 donation from Oracle.", {("ACLU", "protested", "Oracle")}),
    ("Mijente dropped Anduril as a sponsor after the protests.", {("Mijente", "protested", "Anduril")}),
    ("The ACLU returned IBM's donation.", {("ACLU", "protested", "IBM")}),
    ("The ACLU did not return IBM's donation.", set()),
    ("The ACLU returned to the office.", set()),
    # contractsWith: paying a company ("ICE paid X $40 million", "paid $2 million to X")
    ("The FBI paid Clearview AI $50,000 for a trial.", {("Clearview AI", "contractsWith", "Federal Bureau of Investigation")}),
    ("The FBI paid $50,000 to Clearview AI.", {("Clearview AI", "contractsWith", "Federal Bureau of Investigation")}),
    ("The FBI has not paid Clearview AI.", set()),
    # petitioned/protested: "a letter to CEO X demanding ...", parsed with X as the one demanding
    ("In 2019, a group of Intel workers wrote an open letter to CEO Pat Gelsinger demanding that Intel stop selling chips to ICE.",
     {("Intel employees", "petitioned", "Pat Gelsinger"), ("Intel employees", "petitioned", "Intel"), ("Intel employees", "worksFor", "Intel"),
      ("Pat Gelsinger", "leads", "Intel"), ("Intel", "contractsWith", ICE), ("Intel employees", "protested", "Intel")}),
    ("More than 300 Oracle employees signed letters to Larry Ellison raising concerns about the company's contracts with ICE.",
     {("Oracle employees", "petitioned", "Larry Ellison"), ("Oracle employees", "protested", "Oracle"), ("Oracle employees", "signatoryCount", "300"),
      ("Oracle employees", "worksFor", "Oracle"), ("Oracle", "contractsWith", ICE)}),
    # protested: "X, a group of workers who oppose Y": the group named does
    ("Jane Roe belongs to No Tech for Apartheid, a coalition of current and former Google workers who oppose the company's deals with the Pentagon.",
     {("No Tech for Apartheid", "protested", "Google"), ("Google employees", "worksFor", "Google"), ("No Tech for Apartheid", "worksFor", "Google"),
      ("Google", "contractsWith", DOD)}),
    # signatoryCount: "X published a letter; it was signed by N employees" counts for X
    ("Amazon Employees for Climate Justice published an open letter to Jeff Bezos; it was signed by more than 8,700 employees.",
     {("Amazon Employees for Climate Justice", "signatoryCount", "8700"), ("Amazon Employees for Climate Justice", "petitioned", "Jeff Bezos"),
      ("Amazon Employees for Climate Justice", "worksFor", "Amazon")}),
    # typing: "the employee group X" names an employee group, whatever NER says
    ("The worker group Remote Advocacy drafted a petition to Andy Jassy.", {("Remote Advocacy", "petitioned", "Andy Jassy")}),
    # partOf: an event named after a company is no unit of it; a client in "X's ICE business" is no part of X
    ("Protesters interrupted a keynote at the Oracle Summit in New York.", set()),
    ("It is not the first time Palantir's ICE business has caused dissent.", {("Palantir", "contractsWith", ICE)}),
    # leads/worksFor: a title before a name, with the company only in view ("COO Jane Roe");
    # an unknown company named before the title is that person's, not the one in view
    ("Oracle announced a deal. Chief Operating Officer Jane Roe said it was good.", {("Jane Roe", "worksFor", "Oracle")}),
    ("The memo went to Oracle CEO Safra Catz and COO Jane Roe.", {("Safra Catz", "leads", "Oracle"), ("Jane Roe", "worksFor", "Oracle")}),
    ("Oracle signed the deal. The memo went to CPL CEO Anne Heraty.", {("Anne Heraty", "leads", "CPL Resources")}),
    ("\"We care about our reviewers,\" Oracle spokesperson Drew Pusateri said.", {("Drew Pusateri", "worksFor", "Oracle")}),
    # worksFor: a reporter's bio, "covered X at Y"
    ("Tom Lee is a senior reporter. He previously covered cloud computing at Gigaom.", {("Tom Lee", "worksFor", "Gigaom")}),
    ("Jane Roe covered the protest at Google's headquarters.", set()),
    # worksFor: a newsroom's staff are its employees; "the Times" is the outlet just named
    ("Workers at The New York Times went on strike. Ana Ruiz, a Times spokeswoman, said the offers were generous.",
     {("New York Times employees", "protested", "The New York Times"), ("New York Times employees", "worksFor", "The New York Times"),
      ("Ana Ruiz", "worksFor", "The New York Times")}),
    # partOf: "CBP and ICE, which are part of DHS": each conjunct
    ("Oracle sold software to CBP and ICE, which are part of the Department of Homeland Security.",
     {("Oracle", "contractsWith", CBP), ("Oracle", "contractsWith", ICE), (CBP, "partOf", DHS), (ICE, "partOf", DHS)}),
    # protested/contractsWith: "the company" is the subject staff's employer; "hosting of X" makes X a client
    ("Google employees protested. Oracle employees have protested the company's hosting of Palantir.",
     {("Google employees", "protested", "Google"), ("Oracle employees", "protested", "Oracle"), ("Oracle", "contractsWith", "Palantir"),
      ("Google employees", "worksFor", "Google"), ("Oracle employees", "worksFor", "Oracle")}),
    ("Oracle's hosting of the conference drew praise.", set()),
    # partOf: a named workers' union is part of a larger union; no workers' group is part of a company
    ("The Alphabet Workers Union is part of the Communications Workers of America.",
     {("Alphabet Workers Union", "partOf", "Communications Workers of America")}),
    ("The Amazon Labor Union, which became part of the Teamsters this year, won.", {("Amazon Labor Union", "partOf", "Teamsters")}),
    # develops: a possessor at the end of a chain of compounds ("its Copilot AI assistant")
    ("Microsoft showed off new features for its Copilot AI assistant.", {("Microsoft", "develops", "Copilot")}),
    ("Microsoft's Azure cloud platform runs it.", {("Microsoft", "develops", "Azure")}),
    # petitioned/signatoryCount: "its petition" after a named group; a count on the group's own petition is the group's
    ("No Tech for Apartheid launched a petition. Its petition, which calls on Google CEO Sundar Pichai to end the contract, has been signed by more than 1,500 Google workers.",
     {("No Tech for Apartheid", "petitioned", "Sundar Pichai"), ("No Tech for Apartheid", "signatoryCount", "1500"), ("Sundar Pichai", "leads", "Google"),
      ("Google employees", "worksFor", "Google")}),
    # petitioned: "It is addressed to X" after the letter was named; not when it was not sent
    ("Oracle employees signed a petition. It is addressed to the chief executive, Safra Catz, and the company's senior leadership.",
     {("Oracle employees", "petitioned", "Safra Catz"), ("Oracle employees", "worksFor", "Oracle")}),
    ("Oracle employees signed a petition. It was not sent to Safra Catz.", {("Oracle employees", "worksFor", "Oracle")}),
    # respondedTo: dismissing "the petition's demands" answers its authors
    ("Oracle employees signed a petition against the policy. Safra Catz dismissed the petition's demands at a meeting.",
     {("Safra Catz", "respondedTo", "Oracle employees"), ("Oracle employees", "worksFor", "Oracle")}),
    # leads: "the agency" is the agency in view, not the White House; an acting director leads
    ("Palantir won a contract with ICE. The White House praised the deal. Tom Lyle, the agency's acting director, said so.",
     {("Palantir", "contractsWith", ICE), ("Tom Lyle", "leads", ICE)}),
    # respondedTo: an executive telling staff tells their own organisation's staff, not another's
    ("Microsoft employees protested the contract. Jane Roe, who leads Oracle, addressed the controversy in a town hall, telling staff that the company was not working with CBP.",
     {("Microsoft employees", "protested", "Microsoft"), ("Jane Roe", "leads", "Oracle"), ("Microsoft employees", "worksFor", "Microsoft")}),
    # respondedTo: denying or disputing what someone alleged answers them; researchers are no one's staff
    ("Oracle employees signed a letter. Oracle denied the workers' allegations.",
     {("Oracle", "respondedTo", "Oracle employees"), ("Oracle employees", "worksFor", "Oracle")}),
    ("Oracle employees signed a letter. Oracle did not deny the workers' allegations.", {("Oracle employees", "worksFor", "Oracle")}),
    ("Oracle disputed the researchers' findings.", set()),
    # protested: partitive subjects ("many of whom", "several of X's employees"); "the three cloud companies"
    ("Jane Roe listened to Oracle employees and customers, many of whom objected to the company's work for ICE.",
     {("Oracle employees", "protested", "Oracle"), ("Oracle", "contractsWith", ICE), ("Oracle employees", "worksFor", "Oracle")}),
    ("Several of Intel's employees have protested the company's deal with the Pentagon.",
     {("Intel employees", "protested", "Intel"), ("Intel", "contractsWith", DOD), ("Intel employees", "worksFor", "Intel")}),
    ("Oracle built tools for the Pentagon. Several of the company's employees have questioned its role in the program.",
     {("Oracle", "contractsWith", DOD), ("Oracle employees", "protested", "Oracle")}),
    ("The report named Oracle, Google and Microsoft. Greenpeace accused the three cloud companies of helping oil firms.",
     {("Greenpeace", "protested", "Oracle"), ("Greenpeace", "protested", "Google"), ("Greenpeace", "protested", "Microsoft")}),
    # protested: "a contract with ICE" the staff object to is their employer's; "a contract between X and ICE" is X's
    ("Intel workers have objected to a contract with ICE.", {("Intel employees", "protested", "Intel"), ("Intel employees", "worksFor", "Intel")}),
    ("Jane Roe objected to a contract with ICE.", set()),
    ("Intel employees protested a $200,000 contract between Oracle and ICE.",
     {("Intel employees", "protested", "Oracle"), ("Intel employees", "worksFor", "Intel")}),
    # petitioned: "on behalf of" a group; "pushed leadership to ..."; a participle after "to X and Y's board" on the verb
    ("Jane Roe sent a letter to Safra Catz on behalf of a group of Oracle employees.",
     {("Jane Roe", "petitioned", "Safra Catz"), ("Oracle employees", "petitioned", "Safra Catz"), ("Oracle employees", "worksFor", "Oracle")}),
    ("Several Intel employees had pushed leadership internally to drop the contracts.",
     {("Intel employees", "protested", "Intel"), ("Intel employees", "petitioned", "Intel"), ("Intel employees", "worksFor", "Intel")}),
    ("In April, the Sierra Club published an open letter to Safra Catz and Oracle's board of directors calling on the company to adopt a plan.",
     {("Sierra Club", "petitioned", "Safra Catz"), ("Sierra Club", "petitioned", "Oracle board"), ("Sierra Club", "petitioned", "Oracle")}),
    # protested/petitioned: more verbs of the field ("castigated", "mocked", "pleaded with X to")
    ("The ACLU castigated Oracle for its deal with ICE.", {("ACLU", "protested", "Oracle"), ("Oracle", "contractsWith", ICE)}),
    ("Intel employees pleaded with Pat Gelsinger to cancel the contract.",
     {("Intel employees", "petitioned", "Pat Gelsinger"), ("Intel employees", "worksFor", "Intel")}),
    # contractsWith: a possessor's contractors, vendors or suppliers named ("its contractors, such as X and Y",
    # "Facebook's contractor Accenture") are its suppliers, no part of it
    ("Oracle and its contractors, such as Accenture and Genpact, called moderators back.",
     {("Accenture", "contractsWith", "Oracle"), ("Genpact", "contractsWith", "Oracle")}),
    ("Oracle's contractor Accenture runs the site.", {("Accenture", "contractsWith", "Oracle")}),
    ("ICE's vendors, including Palantir and Thomson Reuters, declined to comment.",
     {("Palantir", "contractsWith", ICE), ("Thomson Reuters", "contractsWith", ICE)}),
    # leads: a union's "General President"; a bare title's company is the one named before it in the sentence
    ("Teamsters General President Sean O'Brien said in a statement that Amazon was greedy.", {("Sean O'Brien", "leads", "Teamsters")}),
    ("Salesforce signed the deal. Employees at Oracle wrote to chief executive Safra Catz in June.",
     {("Safra Catz", "leads", "Oracle"), ("Oracle employees", "petitioned", "Safra Catz"), ("Oracle employees", "worksFor", "Oracle")}),
    # respondedTo: "employee questions", "the staff turmoil" are the voiced staff's
    ("Google employees raised concerns about the deal. Sundar Pichai responded to employee questions about the deal.",
     {("Google employees", "protested", "Google"), ("Sundar Pichai", "respondedTo", "Google employees"), ("Google employees", "worksFor", "Google")}),
    ("Sundar Pichai responded to employee questions about the deal.", set()),
    ("OpenAI employees signed a letter. Emmett Shear addressed the staff turmoil in a post.",
     {("Emmett Shear", "respondedTo", "OpenAI employees"), ("OpenAI employees", "worksFor", "OpenAI")}),
    # protested: "in protest over X" with "over X" hung on the verb
    ("Jane Roe deleted her code in protest over Oracle's contract with ICE.", {("Jane Roe", "protested", "Oracle"), ("Oracle", "contractsWith", ICE)}),
    # investigated: "investigating whether X ...", "X is facing an investigation by Y", "reporters at Y investigated X"
    ("The NLRB is investigating whether Oracle retaliated against workers.", {("National Labor Relations Board", "investigated", "Oracle")}),
    ("The NLRB is not investigating whether Oracle retaliated.", set()),
    ("Oracle is facing an antitrust investigation by the Justice Department.", {("U.S. Department of Justice", "investigated", "Oracle")}),
    ("Oracle could face an investigation by the FTC.", set()),
    ("Reporters at ProPublica investigated Palantir's work for ICE.", {("ProPublica", "investigated", "Palantir"), ("Palantir", "contractsWith", ICE)}),
    # investigated: "In a 2019 audit, X and Y found that systems sold by A and B ...", "a series of investigations by X found"
    ("In a 2019 audit, Jane Roe and Tom Lee found that facial analysis systems sold by Oracle and IBM made more errors.",
     {("Jane Roe", "investigated", "Oracle"), ("Tom Lee", "investigated", "Oracle"), ("Jane Roe", "investigated", "IBM"), ("Tom Lee", "investigated", "IBM")}),
    ("A series of investigations by The Verge found that content moderators employed by Cognizant were underpaid.",
     {("The Verge", "investigated", "Cognizant")}),
    # entities: a known company under its legal name ("Cognizant Technology Solutions")
    ("A series of investigations by The Verge found that moderators employed by Cognizant Technology Solutions were underpaid.",
     {("The Verge", "investigated", "Cognizant")}),
    # contractsWith: "won a share of X's contract alongside A and B"; "the main cloud and training partner of X"
    ("Oracle won a share of the Pentagon's cloud contract in 2022, alongside Amazon and Microsoft.",
     {("Oracle", "contractsWith", DOD), ("Amazon", "contractsWith", DOD), ("Microsoft", "contractsWith", DOD)}),
    ("Oracle hopes to win a contract with the Pentagon alongside Microsoft.", set()),
    ("Oracle is also the main cloud and training partner of Anthropic.", {("Oracle", "contractsWith", "Anthropic")}),
    # contractsWith: giving a deadline or an ultimatum sells nothing
    ("The Teamsters had given Amazon a Dec. 15 deadline to come to the bargaining table.", set()),
    # worksFor: "employed by X" (not "not by Google but by X"); "Vox's Kelsey Piper reported", NER's organisation a person
    ("Jane Roe is employed not by Google but by Cognizant.", {("Jane Roe", "worksFor", "Cognizant")}),
    ("Jane Roe was never employed by Google.", set()),
    ("Vox's Kelsey Piper reported that the agreements were unusual.", {("Kelsey Piper", "worksFor", "Vox")}),
    # petitioned: saying what someone must or should do asks it of them; not a reproach or a forecast
    ("\"Oracle must stop selling its software to ICE,\" said Jane Roe of the ACLU.",
     {("Jane Roe", "petitioned", "Oracle"), ("Jane Roe", "worksFor", "ACLU"), ("Oracle", "contractsWith", ICE)}),
    ("\"Oracle should cancel the contract,\" the ACLU said in a statement.", {("ACLU", "petitioned", "Oracle")}),
    ("Jane Roe said Oracle should have done more.", set()),
    # ... of a company, not of police or a ministry, whose duties are a view of policy
    ("\"Police should stop using this technology,\" said Jane Roe of Big Brother Watch.", {("Jane Roe", "worksFor", "Big Brother Watch")}),
    ("Safra Catz, Oracle's chief executive, said Oracle should not pick which agencies it works with.", {("Safra Catz", "leads", "Oracle")}),
    ("Jane Roe said Oracle will cancel the contract.", set()),
    # protested: "one of X's fiercest critics"; worksFor: "works on Google's cloud team"
    ("Mijente has been one of Palantir's fiercest critics.", {("Mijente", "protested", "Palantir")}),
    ("Mijente has never been one of Palantir's critics.", set()),
    ("Jane Roe, who works on Oracle's cloud team, spoke.", {("Jane Roe", "worksFor", "Oracle")}),
    # protested: "led a walkout of X workers"; a thread or video posted "criticising X"
    ("Chris Smalls led a walkout of Oracle workers on March 30.",
     {("Chris Smalls", "protested", "Oracle"), ("Oracle employees", "protested", "Oracle"), ("Oracle employees", "worksFor", "Oracle")}),
    ("Jane Roe, who had posted a widely shared Twitter thread criticising Netflix, was suspended.", {("Jane Roe", "protested", "Netflix")}),
    # worksFor: a role in a company's named unit is work for the company as well
    ("Dana Kim, a data engineer in Oracle's Cloud Infrastructure organization, quit.",
     {("Dana Kim", "worksFor", "Cloud Infrastructure"), ("Dana Kim", "worksFor", "Oracle"), ("Cloud Infrastructure", "partOf", "Oracle")}),
]

# Statements that are negated, intended, conditional or asked: nothing but group membership.
NOTHING = [
    # a purchase blocked or only proposed makes no one part of the buyer
    ("The FTC sued to block Lyft's acquisition of Flock Safety.", set()),
    ("Lyft's proposed acquisition of Flock Safety is under review.", set()),
    # (complaining to one's manager petitions no authority)
    ("Jane Roe complained to her manager about the schedule.", set()),
    # ("the company" in an article that names no company is not a union it named)
    ("The Retail Workers Union called a strike. The company's chief executive, Jane Roe, said it was regrettable.", set()),
    # (one not among a letter's signers signs nothing)
    ("Staff sent a letter to Dara Khosrowshahi. Jane Roe was not among the signatories.", set()),
    ("The investigation revealed documents.", set()),
    # (a place named by a workplace's "in" is no organisation, and makes nothing)
    ("The group reported that Foxconn's factory in Hengyang, which makes Amazon's Echo smart speakers, was using student interns.",
     {("Amazon", "develops", "Amazon Echo")}),
    # (an authority's statement or rules are no penalty on anyone)
    ("The FTC issued a statement on Clearview AI.", set()),
    # (a law is no party, members of parliament no body, a politician's rally at a park no protest)
    ("The MPs faulted the Data Protection Act.", set()),
    ("The police screened people attending Prime Minister Narendra Modi's rally at Ramlila Maidan on December 22.", set()),
    # (a court deciding a suit answers no one)
    ("Judge William Orrick dismissed John Doe's lawsuit.", set()),
    # (a campaign named after the company it opposes is no unit of it)
    ("Google Takedown organizers say they reject violence.", set()),
    # (buying a company whole acquires it: no supply)
    ("Microsoft agreed to buy Activision Blizzard for $69 billion.", {("Activision Blizzard", "partOf", "Microsoft")}),
    # (questions from critics, or questioning only possible or denied, are no inquiry)
    ("Lyft faced scrutiny from critics.", set()),
    ("Lyft may face questioning from the FTC.", set()),
    ("Lyft did not face questioning from the FTC.", set()),
    # (leaving without a protest, or a protest only thought of, protests nothing)
    ("Siemens withdrew from the World Economic Forum.", set()),
    ("Siemens may withdraw from the World Economic Forum in protest.", set()),
    ("Siemens did not withdraw from the World Economic Forum in protest.", set()),
    # (a name in a list of outlets is no description of the one before it)
    ("Le Monde, Mediapart Magazine and Local Call published a joint investigation in May.", set()),
    ("The Guardian, Jacobin Magazine and The Nation published a joint report.", set()),
    # (a gift from a company is no product of it; an ordinary word made by someone is no name)
    ("The NYPD leased Digidog, a gift from Boston Dynamics.", {("Boston Dynamics", "contractsWith", "New York Police Department")}),
    ("Software is developed by Microsoft.", set()),
    ("The company reported the incident to the FTC.", set()),
    ("Jane Roe, head of Azure, said.", set()),
    # (choosing growth over profit is a strategy, no wrong)
    ("Jane Roe said Amazon chose growth over profits last year.", set()),
    # (an office in a town and a company's showcase are no units of the company)
    ("Namkoong spoke at the company's Pangyo office. Kakao said so.", set()),
    ("The news came on the eve of Ubisoft Forward, an online showcase of the company's games.", set()),
    # (a member of a group is not on a company's staff)
    ("Jane Roe, a member of the group, spoke.", set()),
    # (an attorney for a person represents that person, and works for no firm of that name)
    ("Dana Whitfield, an attorney for Harlan Kessler, filed the suit.", set()),
    # (a regulator overseeing a company's practices owns nothing)
    ("The FTC oversees Facebook's privacy practices.", set()),
    # (recognising a letter as worth reading answers no one)
    ("Oracle employees signed a letter. Jane Roe, an editor at Medium, said she recognized the letters as interesting.",
     {("Jane Roe", "worksFor", "Medium"), ("Oracle employees", "worksFor", "Oracle")}),
    # (asking a company to do more is no opposition to it)
    ("Jane Roe asked Google to publish its diversity data.", {("Jane Roe", "petitioned", "Google")}),
    # (a chef is no software company; another company's system supplied buys nothing from a public body)
    ("The chef said the restaurant would close.", set()),
    ("Chef Gordon Ramsay opened a restaurant in London.", set()),
    ("Palantir has supplied Google's search system.", set()),
    ("Activists used photos taken by Reuters.", set()),
    # (a review into papers is no inquiry into anyone; a company's own union is no federation named before)
    ("Staff carried out a review into the documents.", set()),
    ("The Korean Confederation of Trade Unions held a rally. The Kakao union said it would strike.", set()),
    # (evidence that judges no one: no critical word in what it shows)
    ("Jane Roe said the study showed that Tesla had grown fast.", set()),
    # (a plural of an ordinary word is no product; guns others carry are not theirs to make)
    ("The echoes of the protest were heard in the hall.", set()),
    ("Police used the Taser stun guns that officers carry.", set()),
    # (meeting someone who opposed nothing of yours answers no one; criticism faced is no answer)
    ("Alex Karp, Palantir's CEO, met with Mijente on Monday.", {("Alex Karp", "leads", "Palantir")}),
    ("McKinsey is facing criticism from McKinsey employees.", {("McKinsey employees", "worksFor", "McKinsey"), ("McKinsey employees", "protested", "McKinsey")}),
    # (a regulator that will examine someone has not yet; urging someone to step up is no call to go)
    ("Regulators will examine Lyft next year.", set()),
    ("Engineers urged Jane Roe to step up her efforts.", set()),
    # (the United States' military is no foreign army of its own name)
    ("Oracle sells cloud services to the United States military.", set()),
    ("The challenge against Oracle was hard.", set()),
    ("Jane Roe sits on the couch at Google.", set()),
    # (a worker who pushed the company to address concerns raised them: she answers no one)
    ("Oracle employees walked out in March. Two Oracle designers, Jane Roe and Ana Ruiz, had publicly pushed the company to cut "
     "its emissions and to address concerns about its warehouses.",
     {("Jane Roe", "petitioned", "Oracle"), ("Ana Ruiz", "petitioned", "Oracle"), ("Oracle employees", "protested", "Oracle"),
      ("Jane Roe", "worksFor", "Oracle"), ("Oracle employees", "worksFor", "Oracle")}),
    ("Oracle fired her. Chief Jane Roe said.", set()),
    ("The Policing Project, a program of NYU, said.", set()),
    ("Google and Amazon are both rivals of Microsoft.", set()),
    ("Uber will appeal the Dutch regulator's fine.", set()),
    ("Google disagreed with Microsoft's decision.", set()),
    # (a company's shop and its conference are no units of it)
    ("Negotiators for the first unionized Apple Store in the United States met with the company's lawyers.", set()),
    ("GitHub's annual developer conference, GitHub Universe, is scheduled to take place next month.", set()),
    # (pushing a company to drop something is asking; it says nothing of an answer)
    ("Jane Roe pushed Oracle to drop the contract.", {("Jane Roe", "petitioned", "Oracle")}),
    ("Jane Roe, a speaker at the conference, said.", set()),
    # (saying a company follows the rules is no criticism of it)
    ("\"Deliveroo follows the rules,\" said Ana Ruiz, a courier in Leeds.", set()),
    # (a bare byline names no employer; "By then" opens a sentence, no byline)
    ("By Jane Roe\nOracle was fined on Monday.", set()),
    ("By then, Reuters had reported the fine.", set()),
    # (workers "not employed by" a company are no group of it; a protest backed by an unnamed crowd targets no one)
    ("Workers not employed by Sama were excluded.", set()),
    # (a letter handed over is no contract; a company reviewing its own principles investigates no one)
    ("Palantir was handed a letter by the Home Office.", set()),
    ("Google ordered a review of its AI principles.", set()),
    # (a wire story's dateline names where it was filed, no party to it)
    ("BENGALURU/TAIPEI (Reuters) - Apple Inc said on Saturday the company's values were at stake.", set()),
    # (the rest of a title after "Chief" is no person's name)
    ("The company's Chief Technology Officer said the tool works.", set()),
    # (a market is no unit; a chief defending the own company's policy criticises nothing)
    ("A Google Cloud engineer interrupted a speech by the head of Google's Israel business.",
     {("Google Cloud", "partOf", "Google")}),
    ("Jane Roe is a longtime customer.", set()),
    ("He sent her a list of books.", set()),
    # (reviewing a proposal put to one is no inquiry; a report of no one's finds nothing about anyone)
    ("The board reviewed Quillo's proposal on Tuesday.", set()),
    ("The report found that pay gaps persist across the industry.", set()),
    # (a reseller markets another's product)
    ("A reseller sold GitHub's Enterprise Server licences to a county office.", set()),
    # (a superintendent heads a district, not a law or a school named alongside it)
    ("The Smart Schools Bond Act paid for it. Superintendent Michelle Bradley said it works.", set()),
    # (a minister's field is no organisation; a minister of one place heads no other's ministry)
    ("Michael Kaine called on the federal Industrial Relations Minister, Christian Porter, to act.",
     {("Michael Kaine", "petitioned", "Christian Porter")}),
    # (a defence of something no one here opposed answers no one)
    ("Quillo employees protested the company's layoffs. The homeland security secretary defended the administration's border policy.",
     {("Quillo employees", "worksFor", "Quillo"), ("Quillo employees", "protested", "Quillo")}),
    # (a city after a company's name is where it is, not a subsidiary)
    ("Google Berlin hosted the event.", set()),
    # a plan to press someone later is no petition; joining a company in future is no job there yet
    ("Quillo employees signed the letter. The employees say they plan to keep collecting signatures and to press executives at future meetings.",
     {("Quillo employees", "worksFor", "Quillo")}),
    ("Nadella said that Altman would join Microsoft.", set()),
    ("The employees may join the newly announced Microsoft subsidiary run by Sam Altman.", set()),
    ("President Biden directed the film crew to leave.", set()),
    # partOf: a takeover still under way is no ownership yet
    ("The vote comes as Activision Blizzard is being acquired by Microsoft.", set()),
    ("Tom Keiser wrote back to the reporter within the hour.", set()),
    ("The FBI did not raid the offices of Quillo Systems.", set()),
    # ... but not a common word that opens the sentence
    ("Startup CEO Dana Marsh defended the product.", set()),
    # a state's attorney general is no head of the Justice Department, nor is a chief's review of the own company an inquiry
    ("The Ohio portal was breached. Attorney General Dana Whitfield called it a disgrace.", set()),
    # a kind of agency is no agency's part
    ("Border Patrol is the largest federal law enforcement agency in the country.", set()),
    ("The startup Jane Roe founded in 2019 sells software.", set()),
    ("Lyft said it had built a dedicated team to investigate riders' complaints.", set()),
    ("The union, a Pune-based body that represents IT workers, filed a complaint.", set()),
    ("Senator Jane Roe has not been critical of Amazon. The Mozilla Foundation called off the strike at Google.", set()),
    ("The Karnataka labor department inspected the plant. Activists criticized the manpower agencies for exploiting workers.", set()),
    ("The contract is under review by lawyers. The report is critical of the methods used.", set()),
    ("The U.S. government and the UK government responded. Critics accused Jane Roe's government of spying.", set()),
    ("The walkout was organized over WhatsApp and Slack by employees at dozens of start-ups.", set()),
    ("The Amsterdam District Court ordered Uber to reinstate six drivers.", set()),
    ("Uber was ordered to reinstate drivers. Anton Ekker, the privacy lawyer who represented the drivers, said the ruling was significant.", set()),
    ("ByteDance engineers in China had accessed the data of users in the US.", set()),
    ("Dana Whitfield led the campaign at Google.", set()),
    ("The moderators are employed by vendors including Accenture, Genpact and Cognizant.", set()),
    ("Rappi controls 60 percent of the market.", set()),
    ("Jane Roe's work for Google was praised.", set()),
    ('"Google is a monopolist, and it has acted as one," Judge Dana Whitfield wrote.', set()),
    ("Both the UK's Information Commissioner's Office and the Dutch Data Protection Authority have opened inquiries.", set()),
    ("Amazon employees raised concerns about quotas. Amazon later asked that Khan recuse herself. The agency rejected the request.",
     {("Amazon employees", "worksFor", "Amazon")}),
    ("Hyundai Motor Group agreed to acquire the robot maker in December.", set()),
    ("Deloitte may agree to provide ICE with case management services.", set()),
    ("SoftBank agreed to sell a controlling stake in the robot maker to Hyundai Motor Group.", set()),
    ("Deloitte is bidding farewell to its chief executive.", set()),
    ("The Transparency Report, which Google released on Monday, drew criticism.", set()),
    ("Google refused to help the Pentagon build weapons.", set()),
    ("Google helps users find information.", set()),
    ("Microsoft criticized Google's search deal.", set()),
    ("Foxglove may threaten to sue the UK government.", set()),
    ("Twitter may send Clearview AI a cease-and-desist letter.", set()),
    ("The Tech Workers Coalition asked DoorDash for comment.", set()),
    ("Trackwise, a tool that was not built by Babel Street, follows phones.", set()),
    ("Google engineers reviewed the code of Chromium.", set()),  # (a trade that does nothing as a group is no group)
    ("Kickstarter employees unionized last year.", {("Kickstarter employees", "worksFor", "Kickstarter")}),
    ("Lyft is not being investigated by the Labor Department.", set()),
    ("Lyft was never sued by the FTC.", set()),
    ('"The Teamsters have misled the public," said Jane Roe, an Amazon spokesperson.', {("Jane Roe", "worksFor", "Amazon")}),
    ("The Amazon Labor Union did not vote to affiliate with the Teamsters.", set()),
    ("OpenAI is not the maker of Siri.", set()),
    # a critical word under a negated clause ("had not been found to violate"); a judgement of
    # something unnamed ("the audit was misleading") is none of a product named beside it
    ("Sundar Pichai said the company's cloud deal had not been found to violate any rules.", set()),
    ("John Smith, a manager at AWS, wrote that the audit was misleading and did not test the current version of Rekognition.",
     {("John Smith", "worksFor", "Amazon Web Services"), ("Amazon Web Services", "partOf", "Amazon")}),
    ("Microsoft employees did not protest the Army contract.", {(MSFT_EMP, "worksFor", "Microsoft")}),
    ("Amazon employees plan to protest the deal with ICE.", {(AMAZON_EMP, "worksFor", "Amazon")}),
    ("Amazon employees hope to confront Jeff Bezos about the contract.", {(AMAZON_EMP, "worksFor", "Amazon")}),
    ("Google workers could walk out over the contract.", {(GOOGLE_EMP, "worksFor", "Google")}),
    ("Google does not sell drones to the Army.", set()),
    ("A Google spokesperson did not respond to the Google employees.", {(GOOGLE_EMP, "worksFor", "Google")}),
    ("Amazon hopes to sell Rekognition to the FBI.", set()),
    ("If Google bids for the contract with the Pentagon, employees will quit.", set()),
    ("Did Microsoft sell HoloLens to the Army?", set()),
    ("The FBI never investigated Clearview AI.", set()),
    ("Jane Doe does not lead Acme Corp.", set()),
    ("Neither Bezos nor other executives have responded to the Amazon employees.", {(AMAZON_EMP, "worksFor", "Amazon")}),
    ("Read more: Google employees petitioned Sundar Pichai", set()),
    # look-alikes: firing is not answering, a reporter's question is not a petition
    ("Google dismissed 28 Google employees after the sit-in.", {(GOOGLE_EMP, "worksFor", "Google")}),
    ("Jane Doe asked Amazon to comment on the contract.", set()),
    ("Microsoft supports ICE's mission, a spokesperson said.", set()),
    ("Amazon employees look into the camera during the video call.", {(AMAZON_EMP, "worksFor", "Amazon")}),
    ("Jane Roe hosts a podcast for teachers.", set()),
    ("Amazon pushed the button on Monday.", set()),
    ("Senators questioned Sundar Pichai for hours.", set()),
    ("In response, Google said it would review the contract.", set()),
    ("Ring, a doorbell company, sells cameras.", set()),
    ("There was anger in the room.", set()),
    ("Jane Roe took a photo at the Microsoft campus.", set()),
    # telling staff is no answer where the staff raised nothing
    ("Lyft chief executive Logan Green told employees on Tuesday that he would take a leave.",
     {("Logan Green", "leads", "Lyft")}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_constructions(nlp, extractor, text, expected):
    assert facts(nlp, extractor, text) == expected


@pytest.mark.parametrize("text,expected", NOTHING, ids=[c[0][:50] for c in NOTHING])
def test_negated_hypothetical_and_asked_statements_yield_nothing(nlp, extractor, text, expected):
    assert facts(nlp, extractor, text) == expected


def test_every_core_predicate_is_exercised():
    used = {p for _, exp in CASES for _, p, _ in exp}
    assert used == set(CORE_PREDICATES)


# -- entities ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,group", [
    ("Hundreds of Googlers walked out of their offices.", GOOGLE_EMP),
    ("A group of concerned Amazonians wrote to management.", AMAZON_EMP),
    ("More than 3,000 workers at Microsoft signed the letter.", MSFT_EMP),
    ("Uber employees criticised the deal.", "Uber employees"),
    ("The company's workers went on strike at Tesla, and Tesla employees picketed.", "Tesla employees"),
])
def test_employee_groups_are_named_after_the_company(nlp, extractor, text, group):
    ex = read(nlp, extractor, text)
    assert group in {m.name for m in ex.mentions if m.type == "EmployeeGroup"}


def test_unanchored_crowds_are_not_entities(nlp, extractor):
    ex = read(nlp, extractor, "Some employees and many activists protested outside.")
    assert not [m for m in ex.mentions if m.type == "EmployeeGroup"]
    assert not ex.relations


def test_surnames_misspellings_and_aliases_resolve_inside_an_article(nlp, extractor):
    text = ("JEff Bezos met reporters. Later, Bezos said the Pentagon and the DoD were customers of AWS. "
            "Dana Whitfield, a lawyer at Kessler Partners, said Whitfield had concerns.")
    names = {(m.text, m.name) for m in read(nlp, extractor, text).mentions}
    assert ("JEff Bezos", "Jeff Bezos") in names
    assert ("Bezos", "Jeff Bezos") in names
    assert ("Pentagon", DOD) in names and ("DoD", DOD) in names
    assert ("AWS", "Amazon Web Services") in names
    assert ("Whitfield", "Dana Whitfield") in names


def test_a_board_is_named_after_its_owner_and_keeps_the_texts_name(nlp, extractor):
    text = "Workers wrote to Amazon's board of directors. The board did not reply. Meta's advisory board met."
    names = {(m.text, m.name, m.type) for m in read(nlp, extractor, text).mentions}
    assert ("Amazon's board of directors", "Amazon board", "Organization") in names
    assert ("Amazon", "Amazon", "Company") in names
    assert not any(n.startswith("Meta ") for _, n, _ in names)  # an advisory board is another body


def test_the_place_an_agency_is_named_after_is_not_the_agency(nlp, extractor):
    text = ("The Denver Police Department bought drones from Skyline Aero. Residents of Denver objected, "
            "and staff at Skyline Aero questioned the firm's business with Denver.")
    names = {(m.text, m.name) for m in read(nlp, extractor, text).mentions}
    assert ("Denver Police Department", "Denver Police Department") in names
    assert not any(text == "Denver" for text, _ in names)


def test_a_city_is_not_a_known_person_of_the_same_surname(nlp, extractor):
    text = "Flock Safety sold its cameras to Austin last spring."
    names = {m.name for m in read(nlp, extractor, text).mentions}
    assert "Lloyd Austin" not in names
    text = "Defense Secretary Lloyd Austin spoke. Austin said the review would continue."
    assert sum(m.name == "Lloyd Austin" for m in read(nlp, extractor, text).mentions) == 2


def test_acronym_in_brackets_names_the_organisation(nlp, extractor):
    text = "The Office of Border Analytics (OBA) bought licences. Later OBA renewed them."
    names = {(m.text, m.name) for m in read(nlp, extractor, text).mentions}
    assert ("OBA", "Office of Border Analytics") in names


def test_unknown_organisations_are_typed_from_their_names(nlp, extractor):
    text = "The Ohio Department of Corrections signed a contract with Brightwave Technologies."
    types = {m.name: m.type for m in read(nlp, extractor, text).mentions}
    assert types.get("Ohio Department of Corrections") == "GovernmentAgency"
    assert types.get("Brightwave Technologies") == "Company"


def test_an_organisation_listed_only_with_companies_is_a_company(nlp, extractor):
    text = "Couriers for iFood, Rappi and Uber Eats logged off on Wednesday. Later, iFood said it respects the right to protest."
    assert {m.type for m in read(nlp, extractor, text).mentions if m.name == "iFood"} == {"Company"}


def test_a_name_ner_took_for_an_organisation_is_a_person_when_an_apposition_gives_a_job(nlp, extractor):
    text = "Donncha Ó Cearbhaill, head of the Amnesty Security Lab, said the tools were misused."
    types = {m.name: m.type for m in read(nlp, extractor, text).mentions}
    assert types.get("Donncha Ó Cearbhaill") == "Person"


def test_a_known_surname_after_another_given_name_is_another_person(nlp, extractor):
    # the gazetteer knows Kash Patel; "Nilay Patel" is someone else, and a lone "Patel" is Kash
    names = {m.name for m in read(nlp, extractor, "In an interview with the Verge's Nilay Patel in April, the chief executive declined to say.").mentions}
    assert "Nilay Patel" in names and "Kash Patel" not in names
    assert {m.name for m in read(nlp, extractor, "Director Patel said the bureau would act.").mentions} == {"Kash Patel"}


def test_a_one_word_name_with_employees_is_a_company(nlp, extractor):
    text = ("Zentiva will not go ahead with a contract with ICE. More than 50 Zentiva employees had signed a letter. "
            "Zentiva's leadership met with staff.")
    assert {m.type for m in read(nlp, extractor, text).mentions if m.name == "Zentiva"} == {"Company"}


def test_names_ner_misses_that_the_text_introduces(nlp, extractor):
    text = ("Block Smart Streets, a residents' group formed last spring, held rallies. Last month, CodeBridge.org dropped "
            "Palantir as a sponsor. The feature ships with iOS 17 and watchOS 10 but not with 15 million older phones.")
    names = {(m.text, m.name, m.type) for m in read(nlp, extractor, text).mentions}
    assert ("Block Smart Streets", "Block Smart Streets", "AdvocacyGroup") in names
    assert ("CodeBridge.org", "CodeBridge.org", "Organization") in names
    assert ("iOS 17", "iOS 17", "Product") in names and ("watchOS 10", "watchOS 10", "Product") in names
    # a name NER took for a place that an apposition calls a country's union; not a capital city
    text = "Unite, Britain's largest union, backed the strike. Paris, France's capital, hosted the talks."
    names = {(m.text, m.type) for m in read(nlp, extractor, text).mentions}
    assert ("Unite", "Organization") in names and not any(t == "Paris" for t, _ in names)


def test_workers_naming_their_own_group_make_an_employee_group(nlp, extractor):
    text = ("Organizers from the Courier Workers Collective said on Monday that they had met with members of "
            "the Harbor Gig Drivers Alliance to plan a strike over pay.")
    types = {m.name: m.type for m in read(nlp, extractor, text).mentions}
    assert types.get("Courier Workers Collective") == "EmployeeGroup"
    assert types.get("Harbor Gig Drivers Alliance") == "EmployeeGroup"


def test_what_the_text_calls_a_name_outweighs_the_words_in_it(nlp, extractor):
    text = ("Jane Roe has since founded a group called The Congress of Gig Workers. "
            "John Poe, executive director of Parity Labs, an Oakland-based civil rights group, spoke.")
    types = {m.name: m.type for m in read(nlp, extractor, text).mentions}
    assert types.get("Congress of Gig Workers") == "AdvocacyGroup"
    assert types.get("Parity Labs") == "AdvocacyGroup"


@pytest.mark.parametrize("text,name", [
    ("The ruling came from the Employment and Labour Relations Court in Nairobi on Friday, after a long wait.",
     "Employment and Labour Relations Court"),
    ("She later joined the Center for Labor and Digital Rights as a fellow.", "Center for Labor and Digital Rights"),
    ("Salesforce created an Office of Ethical and Humane Use of Technology.", "Office of Ethical and Humane Use of Technology"),
])
def test_institution_names_with_and_are_one_name(nlp, extractor, text, name):
    names = {m.name for m in read(nlp, extractor, text).mentions}
    assert name in names, names


def test_a_known_surname_starting_a_longer_name_is_not_that_person(nlp, extractor):
    text = "The union declared the strike last week. \"Management has ignored us,\" Son Woo-mok, the union's president, told the crowd."
    assert "Masayoshi Son" not in {m.name for m in read(nlp, extractor, text).mentions}
    assert "Masayoshi Son" in {m.name for m in read(nlp, extractor, "Masayoshi Son founded SoftBank. Son said the fund would grow.").mentions}


def test_coordinated_names_stay_apart(nlp, extractor):
    names = {m.name for m in read(nlp, extractor, "Employees at Microsoft and Google Cloud walked out in May.").mentions}
    assert {"Microsoft", "Google Cloud"} <= names, names


def test_investigators_without_a_target_take_the_articles_one_target(nlp, extractor):
    text = ("The FTC opened a probe into Clearview AI last year. Clearview AI denied wrongdoing. "
            "A separate audit by the Electronic Frontier Foundation found problems too.")
    assert facts(nlp, extractor, text) == {
        ("Federal Trade Commission", "investigated", "Clearview AI"),
        ("Electronic Frontier Foundation", "investigated", "Clearview AI"),
    }
    far = text.replace("A separate", "Nothing else happened. " * 5 + "Elsewhere, a separate")
    assert ("Electronic Frontier Foundation", "investigated", "Clearview AI") not in facts(nlp, extractor, far)


def test_learned_product_description_is_an_alias(nlp, extractor):
    text = ("Amazon sells its face-matching tool, Rekognition, widely. "
            "Amazon workers objected to the face-matching tool.")
    assert (AMAZON_EMP, "protested", "Rekognition") in facts(nlp, extractor, text)


# -- provenance ------------------------------------------------------------------------------

def test_attribution_goes_to_provenance_not_facts(nlp, extractor):
    text = "Amazon pitched Rekognition to ICE, according to The Daily Beast."
    ex = read(nlp, extractor, text)
    rel = [r for r in ex.relations if r.predicate == "contractsWith"]
    assert [(r.subject, r.object, r.evidence.attribution) for r in rel] == [("Amazon", ICE, "The Daily Beast")]
    assert ("The Daily Beast", "NewsOutlet") in {(m.name, m.type) for m in ex.mentions}
    assert not any("Daily Beast" in (r.subject, r.object) for r in ex.relations)


def test_reported_by_outlet_is_attribution(nlp, extractor):
    ex = read(nlp, extractor, "Microsoft sold HoloLens headsets to the Army, Bloomberg reported.")
    assert {r.evidence.attribution for r in ex.relations} == {"Bloomberg"}


def test_evidence_points_into_the_article(nlp, extractor):
    text = "Intro line here.\n\nPalantir, which sells software to ICE, has grown quickly."
    ex = read(nlp, extractor, text)
    for r in ex.relations:
        ev = r.evidence
        assert text[ev.start:ev.end] == ev.sentence
        assert 0.0 <= ev.confidence <= 1.0
        assert ev.extractor.startswith("kg.rules")


def test_quotes_have_speakers(nlp, extractor):
    text = '"We will not build tools for deportation," said Maria Lopez, an engineer at Google.'
    ex = read(nlp, extractor, text)
    assert [(q.text, q.speaker) for q in ex.quotes] == [("We will not build tools for deportation,", "Maria Lopez")]


def test_quote_speakers_across_sentences(nlp, extractor):
    """A quotation over two sentences takes the speaker named after its first part; a
    pronoun speaker is the last sentence's main subject, not a person named inside a quote
    or in a subordinate clause; a quotation's own words never speak."""
    text = ('Lena Ortiz walked onto the stage while Pat Gelsinger was speaking. "Pat, shame on you," she shouted. '
            '"You say you care. But your chips power abuse." Gelsinger replied, "Thank you for your protest, I hear you."')
    ex = read(nlp, extractor, text)
    assert [(q.text, q.speaker) for q in ex.quotes] == [
        ("Pat, shame on you,", "Lena Ortiz"),
        ("You say you care. But your chips power abuse.", "Lena Ortiz"),
        ("Thank you for your protest, I hear you.", "Pat Gelsinger"),
    ]


def test_a_closing_mark_does_not_open_a_quotation(nlp, extractor):
    text = 'Jo Park called it "a long road for the union. Park added that the "company would not budge" on pay.'
    ex = read(nlp, extractor, text)
    assert [q.text for q in ex.quotes] == ["company would not budge"]


def test_event_dates_where_the_text_gives_them(nlp, extractor):
    ex = read(nlp, extractor, "In June 2018, Amazon workers sent a letter to Jeff Bezos. On Thursday, Google employees wrote to Sundar Pichai.")
    dates = {(d.relation.subject, d.relation.object): d.value for d in ex.dates if d.relation.predicate == "petitioned"}
    assert dates == {(AMAZON_EMP, "Jeff Bezos"): "2018-06"}


@pytest.mark.parametrize("text,value", [("550", 550), ("3,000", 3000), ("some 450", 450)])
def test_counts(nlp, text, value):
    doc = nlp(f"The letter was signed by {text} employees.")
    nums = [t for t in doc if t.like_num]
    assert parse_count(nums[-1]) == value


# -- gazetteer and engine --------------------------------------------------------------------

def test_gazetteer_is_well_formed():
    gaz = load_gazetteer()
    assert len(gaz.entries) > 200
    names = [e.name for e in gaz.entries]
    assert len(names) == len(set(names))
    assert {e.type for e in gaz.entries} <= set(ENTITY_TYPES)
    owner: dict[str, str] = {}
    for e in gaz.entries:
        for a in e.aliases:
            assert owner.setdefault(name_key(a), e.name) == e.name, f"alias {a!r} of two entries"


def test_gazetteer_holds_no_relations():
    for line in (ROOT / "data" / "gazetteer.jsonl").read_text(encoding="utf-8").splitlines():
        assert set(json.loads(line)) <= {"name", "type", "aliases", "traits"}


def test_bad_gazetteer_is_one_clear_error(tmp_path):
    bad = write(tmp_path / "g.jsonl", '{"name": "X", "type": "Spaceship"}\n')
    with pytest.raises(InputError, match="unknown type"):
        load_gazetteer(str(bad))
    with pytest.raises(InputError, match="cannot read gazetteer"):
        load_gazetteer(str(tmp_path / "missing.jsonl"))
    odd = write(tmp_path / "t.jsonl", '{"name": "X", "type": "Company", "aliases": ["X"], "traits": ["spaceport"]}\n')
    with pytest.raises(InputError, match="traits must be a list drawn from services"):
        load_gazetteer(str(odd))


def test_gazetteer_is_read_from_a_package_resource_when_one_exists(tmp_path, monkeypatch):
    from kg.extract.gazetteer import DEFAULT_PATH, packaged_text

    pkg = tmp_path / "kggazpkg"
    pkg.mkdir()
    write(pkg / "__init__.py", "")
    write(pkg / "gazetteer.jsonl", '{"name": "Acme", "type": "Company", "aliases": ["Acme"]}\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    where, text = packaged_text("kggazpkg")
    assert where.endswith("gazetteer.jsonl") and '"Acme"' in text
    # a package without the resource, and a missing package, fall back to the source tree
    (pkg / "gazetteer.jsonl").unlink()
    assert packaged_text("kggazpkg") is None
    assert packaged_text("kg_no_such_package") is None
    assert DEFAULT_PATH.is_file()


def test_extract_streams_articles_and_is_deterministic(nlp):
    arts = [Article("a", "Palantir, which sells software to ICE, has grown."), Article("b", "Microsoft makes HoloLens.")]
    first = list(extract(arts, nlp, batch_size=1))
    second = list(extract(list(reversed(arts)), nlp))
    assert [x.article.id for x in first] == ["a", "b"]
    assert {x.article.id: x for x in first} == {x.article.id: x for x in second}
    assert pickle.loads(pickle.dumps(first)) == first
    assert re.fullmatch(r"\d+\.\d+\.\d+", EXTRACTOR_VERSION)


# -- the sample corpus against its gold --------------------------------------------------------

def _norm(s: str) -> str:
    s = s.lower().replace("\u2019", "'").strip()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s$", "", s)
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", s)).strip()


def test_sample_corpus_scores_against_gold(nlp):
    from kg.ingest import read_articles
    from kg.resolve import resolve

    kg = resolve(extract(read_articles([SAMPLE], []), nlp))
    gold_alias = {}
    for line in (GOLD / "entities.jsonl").read_text(encoding="utf-8").splitlines():
        e = json.loads(line)
        for a in [e["name"], *e["aliases"]]:
            gold_alias[_norm(a)] = e["name"]
    names = {e.name: [e.name, *e.aliases] for e in kg.entities}

    def to_gold(name):
        for a in names.get(name, [name]):
            if _norm(a) in gold_alias:
                return gold_alias[_norm(a)]
        return name

    def key(s, p, o):
        return (p, *sorted((s, o))) if p == "contractsWith" else (s, p, o)

    gold = {key(t["subject"], t["predicate"], t["object"])
            for t in map(json.loads, (GOLD / "triples.jsonl").read_text(encoding="utf-8").splitlines())}
    pred = {key(to_gold(f.subject), f.predicate, f.object if f.is_literal else to_gold(f.object)) for f in kg.facts}
    tp = len(gold & pred)
    precision, recall = tp / len(pred), tp / len(gold)
    f1 = 2 * precision * recall / (precision + recall)
    assert precision >= 0.9 and f1 >= 0.85, (precision, recall, sorted(pred - gold))


def test_a_blank_line_ends_a_sentence_but_not_a_list_after_a_colon(nlp):
    """Scraped pages put headlines, "Related" lines and bylines on lines of their own; the
    parser must not join them to the paragraph after. Items after a colon continue it."""
    doc = nlp("Workers Walk Out Over Cloud Deal\n\nJane Roe is a reporter at the Herald.\n\n"
              "The employees demanded that Oracle:\n\nDrop the contract\n\nPublish its terms\n\nThe company declined.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "Workers Walk Out Over Cloud Deal"
    assert starts[1] == "Jane Roe is a reporter at the Herald."
    assert any(s.startswith("The employees demanded that Oracle:") and "Publish its terms" in s for s in starts)
    assert starts[-1] == "The company declined."


def test_wire_credit_lines_name_staff_only_of_an_outlet_the_text_names(nlp, extractor):
    text = "Quillo completed the sale on Friday.\n\n(Reporting by Victoria Klesty in Oslo; Editing by Terje Solsvik and Louise Heavens)"
    # the header's Source is metadata, no part of the text: the line alone names no employer
    assert not {(r.subject, r.predicate, r.object) for r in extractor(nlp(text), Article("t", text, source="Reuters")).relations}
    named = "Quillo completed the sale on Friday.\n\nReuters reporting by Victoria Klesty in Oslo; editing by Terje Solsvik."
    found = {(r.subject, r.predicate, r.object) for r in extractor(nlp(named), Article("t", named)).relations}
    assert ("Victoria Klesty", "worksFor", "Reuters") in found
