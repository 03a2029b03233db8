"""Baseline rule extractor: spaCy NER mentions and appositive leadership."""

from __future__ import annotations

from kg.types import Article, ArticleExtraction, Evidence, Mention, Relation

_NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "PRODUCT": "Product"}


class Extractor:
    name = "kg.rules"

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, doc, article: Article) -> ArticleExtraction:
        mentions = [
            Mention(article.id, ent.text, ent.start_char, ent.end_char, _NER_TYPES[ent.label_], ent.text)
            for ent in doc.ents if ent.label_ in _NER_TYPES
        ]
        relations = []
        for sent in doc.sents:
            ents = [e for e in sent.ents if e.label_ in _NER_TYPES]
            for a, b in zip(ents, ents[1:]):
                between = doc[a.end:b.start].text.strip().lower()
                if a.label_ == "PERSON" and b.label_ == "ORG" and between in {", ceo of", ", head of", ", president of"}:
                    ev = Evidence(article.id, sent.text, sent.start_char, sent.end_char, self.name, 0.8)
                    relations.append(Relation(a.text, "leads", b.text, "Person", "Organization", ev))
        return ArticleExtraction(article=article, mentions=tuple(mentions), relations=tuple(relations))
