"""Provenance around the facts: which outlet a sentence attributes its claim to, the
direct quotations of an article and who spoke them, and the dates the text gives."""

from __future__ import annotations

import re

from kg.extract.entities import DocEntities, M

_SPEECH_VERBS = frozenset({"say", "write", "tell", "add", "note", "explain", "argue", "conclude", "state", "claim", "insist", "continue", "ask", "respond", "reply", "comment",
                           "shout", "yell", "chant", "tweet", "post", "declare", "testify", "warn"})
_REPORT_VERBS = frozenset({"report", "say", "write", "reveal", "confirm", "learn", "find", "publish", "note"})
#: An opening mark not glued to a word before it and glued to the text after it; a closing
#: mark the other way round (so a closing mark and the next opening one never pair up).
_QUOTE = re.compile(r"(?<!\w)[“\"](?=\S)([^“”\"]{12,}?)(?<=\S)[”\"](?!\w)")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DATE_FULL = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b")
_DATE_MONTH = re.compile(r"\b([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d{2})\b")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


def attribution(doc, de: DocEntities, start: int, end: int) -> str | None:
    """The news outlet a unit attributes its claim to: ``"according to X"``, ``"X
    reported"``, ``"told X"``, ``"the X report"``, ``"viewed by X"``."""
    for i in range(start, end):
        ms = de.by_tok.get(i)
        if not ms or ms[0].type != "NewsOutlet":
            continue
        m = ms[0]
        root = doc[m.start:m.end].root
        h = root.head
        if root.dep_ == "pobj" and h.lower_ == "to" and h.head.lower_ == "according":
            return m.name
        if root.dep_ == "pobj" and h.dep_ == "agent" and h.head.lemma_.lower() in {"view", "obtain", "review", "see", "report", "publish", "confirm"}:
            return m.name
        if root.dep_ == "nsubj" and h.lemma_.lower() in _REPORT_VERBS:
            return m.name
        if root.dep_ in {"dative", "dobj"} and h.lemma_.lower() in {"tell", "say"}:
            return m.name
        if root.dep_ == "pobj" and h.lower_ == "to" and h.head.lemma_.lower() in {"say", "tell", "provide", "speak", "confirm", "write", "statement", "comment"}:
            return m.name
        if root.dep_ in {"compound", "poss"} and h.lemma_.lower() in {"report", "reporting", "story", "article", "investigation", "analysis"}:
            return m.name
    return None


def quotes(doc, de: DocEntities, text: str):
    """(quote text, speaker mention or None, unit start, unit end) for each direct
    quotation of at least a few words."""
    out = []
    char_unit: dict[int, int] = {}
    for u, (s, e) in enumerate(de.unit_bounds):
        if e > s:
            char_unit[doc[s].idx] = u
    starts = sorted(char_unit)
    import bisect

    matches = list(_QUOTE.finditer(text))
    quoted = {t.i for m in matches for t in (doc.char_span(m.start(), m.end(), alignment_mode="expand") or ())}
    for match in matches:
        body = match.group(1).strip()
        if len(body.split()) < 4:
            continue
        pos = bisect.bisect_right(starts, match.end() - 1) - 1
        if pos < 0:
            continue
        u = char_unit[starts[pos]]
        first = char_unit[starts[max(0, bisect.bisect_right(starts, match.start()) - 1)]]
        speaker = None
        # the sentences the quotation spans, then the one before it and the one after
        for unit in (*range(u, first - 1, -1), first - 1, u + 1):
            if unit < 0 or unit >= len(de.unit_bounds):
                continue
            a, b = sorted((unit, u))
            if "\n" in doc[de.unit_bounds[a][1] - 1:de.unit_bounds[b][0] + 1].text_with_ws:
                continue
            speaker = _speaker(doc, de, *de.unit_bounds[unit], match.start(), match.end(), quoted)
            if speaker is not None:
                u = unit
                break
        s, e = de.unit_bounds[u]
        out.append((body, speaker, s, e, match.start(), match.end()))
    return out


def _speaker(doc, de: DocEntities, s: int, e: int, qs: int, qe: int, quoted=frozenset()) -> M | None:
    """The one a sentence says spoke: the named subject of a speech verb outside every
    quotation (``quoted``: the indices of tokens inside one) and outside the quotation
    ``qs``..``qe``."""
    for i in range(s, e):
        t = doc[i]
        if t.lemma_.lower() not in _SPEECH_VERBS or t.pos_ != "VERB" or qs <= t.idx < qe or i in quoted:
            continue
        for c in t.children:
            if c.dep_ == "nsubj" and not (qs <= c.idx < qe) and c.i not in quoted:
                refs = de.at(c.i)
                if not refs:
                    for cc in c.children:
                        if cc.dep_ in {"compound", "poss"} and de.at(cc.i):
                            refs = de.at(cc.i)
                if refs:
                    return refs[0]
    return None


def dated_spans(doc) -> list[tuple[int, int, str, int]]:
    """(start, end, ISO value, clause verb) of every DATE entity of a doc that names a
    year; the clause verb is the first verb above the date (-1 if none)."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "DATE":
            value = parse_date(ent.text)
            if value is not None:
                out.append((ent.start, ent.end, value, _clause(ent.root)))
    return out


def _clause(tok) -> int:
    t = tok
    for _ in range(8):
        if t.pos_ in {"VERB", "AUX"}:
            return t.i
        if t.head.i == t.i:
            return -1
        t = t.head
    return -1


def date_of(dates: list[tuple[int, int, str, int]], doc, s: int, e: int, trigger: int) -> str | None:
    """The ISO date (possibly year-month or year) that the clause of the trigger states:
    "In June 2018, employees sent a letter" dates the letter; "after joining X in 2019" does
    not date the rest of the sentence."""
    best = None
    clauses = set()
    c = _clause(doc[trigger])
    while c >= 0 and c not in clauses:
        clauses.add(c)
        t = doc[c]
        c = _clause(t.head) if t.dep_ in {"advcl", "xcomp", "conj"} and t.head.i != t.i else -1
    for start, end, value, verb in dates:
        if start < s or end > e or verb not in clauses:
            continue
        d = abs(start - trigger)
        if best is None or d < best[0]:
            best = (d, value)
    return best[1] if best else None


def parse_date(text: str) -> str | None:
    m = _DATE_FULL.search(text)
    if m and m.group(1).lower().rstrip(".") in _MONTHS:
        return f"{m.group(3)}-{_MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    m = _DATE_MONTH.search(text)
    if m and m.group(1).lower() in _MONTHS:
        return f"{m.group(2)}-{_MONTHS[m.group(1).lower()]:02d}"
    m = _YEAR.search(text)
    if m and len(text.split()) <= 3:
        return m.group(1)
    return None
