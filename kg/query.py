"""SPARQL over a loaded graph, and rendering of the results."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result

from kg.errors import QueryError
from kg.store.namespace import PREFIXES

OUTPUT_FORMATS = ("table", "csv", "json")


def read_query(query: str) -> str:
    """The query text: ``query`` itself, or the content of the ``.rq``/``.sparql`` file it
    names."""
    if query.strip().lower().endswith((".rq", ".sparql")) and "\n" not in query.strip():
        p = Path(query.strip())
        if not p.is_file():
            raise QueryError(f"{query}: no such query file")
        try:
            return p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{query}: cannot read query file ({exc})") from None
    if not query.strip():
        raise QueryError("the query is empty")
    return query


def run_query(graph: Graph, text: str) -> Result:
    """Run SPARQL with kg's prefixes predeclared. Raises QueryError with the parser's
    message on a malformed query."""
    try:
        return graph.query(text, initNs=PREFIXES)
    except Exception as exc:  # pyparsing / rdflib raise assorted exception types
        msg = " ".join(str(exc).split()) or type(exc).__name__
        raise QueryError(f"malformed or failing SPARQL query: {msg[:300]}") from None


def term_text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, (URIRef, BNode)):
        return str(term)
    if isinstance(term, Literal):
        return str(term)
    return str(term)


def result_rows(result: Result) -> tuple[list[str], list[list[str]]]:
    names = [str(v) for v in result.vars or []]
    rows = [[term_text(row[i]) for i in range(len(names))] for row in result]
    return names, rows


def render(result: Result, fmt: str = "table") -> str:
    """SELECT as an aligned table, CSV or JSON; ASK as true/false (or JSON); CONSTRUCT and
    DESCRIBE as Turtle."""
    if result.type == "ASK":
        return json.dumps({"boolean": bool(result.askAnswer)}) if fmt == "json" else str(bool(result.askAnswer)).lower()
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = result.graph
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns, override=True)
        if fmt == "json":
            return g.serialize(format="json-ld", indent=2)
        return g.serialize(format="turtle")
    names, rows = result_rows(result)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=2)
    return format_table(names, rows)


def format_table(names: list[str], rows: list[list[str]], max_width: int = 80) -> str:
    def cell(v: str) -> str:
        v = " ".join(v.split())
        return v if len(v) <= max_width else v[: max_width - 1] + "…"

    shown = [[cell(v) for v in r] for r in rows]
    widths = [max([len(n)] + [len(r[i]) for r in shown]) for i, n in enumerate(names)]
    line = "  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip()
    sep = "  ".join("-" * w for w in widths)
    body = ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in shown]
    count = f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    return "\n".join([line, sep, *body, count])
