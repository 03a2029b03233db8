"""RDF serialisations: Turtle, TriG, N-Triples, N-Quads and JSON-LD.

* ``graph.ttl`` and ``graph.nt`` hold the union of every graph of the dataset: entities,
  labels, facts and their provenance, so SPARQL evidence queries work on them alone.
* ``graph.trig`` and ``graph.nq`` hold the same triples with their graph: the default graph
  (entities, articles, extractors, fact confidence, quotes) and one named graph per article
  with the facts it states and their evidence records.
* ``graph.jsonld`` holds the dataset as JSON-LD with a compact ``@context`` of kg's prefixes.

Every output is deterministic (byte-identical for the same dataset): subjects, predicates,
objects, graphs and N-Triples/N-Quads lines are sorted, and JSON-LD arrays and keys too.
Turtle, TriG, N-Triples and N-Quads are written here rather than by rdflib so that every
literal is escaped the same safe way (one-line ``"..."`` strings with ``\\"``, ``\\\\``,
``\\n``, ``\\r``, ``\\t`` and ``\\uXXXX`` for other control characters) and every IRI is
checked before it is written: an invalid one raises ExportError instead of producing a file
that other parsers reject.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import RDF, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.errors import ExportError
from kg.fsutil import atomic_open
from kg.store.namespace import PREFIXES

__all__ = [
    "JSONLD_CONTEXT",
    "quads",
    "write_jsonld",
    "write_nquads",
    "write_ntriples",
    "write_trig",
    "write_turtle",
]

#: The ``@context`` of ``graph.jsonld``: kg's prefixes.
JSONLD_CONTEXT: dict[str, str] = dict(sorted(PREFIXES.items()))

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\\ud800-\udfff]')
_LANG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")
# A conservative subset of Turtle's PN_LOCAL: anything else is written as a full IRI.
_PN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f\ud800-\udfff]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NAMESPACES = sorted(((ns, prefix) for prefix, ns in PREFIXES.items()), key=lambda x: -len(x[0]))

Triple = tuple[Node, Node, Node]
Quad = tuple[Node, Node, Node, URIRef | None]


# ----------------------------------------------------------------------------- terms
def _escape_char(match: re.Match) -> str:
    c = match.group()
    if c in _ESCAPES:
        return _ESCAPES[c]
    if "\ud800" <= c <= "\udfff":  # a lone surrogate cannot be encoded: write U+FFFD
        return "\ufffd"
    return f"\\u{ord(c):04X}"


def escape_string(value: str) -> str:
    """The body of a one-line N-Triples/Turtle string literal (without the quotes)."""
    return _NEEDS_ESCAPE.sub(_escape_char, value)


def check_iri(iri: str) -> str:
    """Return ``iri`` if it can be written as ``<iri>`` in every RDF syntax, else raise."""
    if not _SCHEME.match(iri) or _IRI_FORBIDDEN.search(iri):
        raise ExportError(f"cannot export {iri!r}: not a valid absolute IRI")
    return iri


def _bnode_label(node: BNode) -> str:
    return "b" + hashlib.sha256(str(node).encode("utf-8", "surrogatepass")).hexdigest()[:16]


class _Writer:
    """Writes terms as N-Triples (``prefixes=False``) or Turtle (prefixed names where safe),
    remembering which prefixes were used."""

    def __init__(self, prefixes: bool):
        self.prefixes = prefixes
        self.used: set[str] = set()

    def iri(self, iri: str) -> str:
        check_iri(iri)
        if self.prefixes:
            for ns, prefix in _NAMESPACES:
                if iri.startswith(ns) and _PN_LOCAL.fullmatch(iri[len(ns):]):
                    self.used.add(prefix)
                    return f"{prefix}:{iri[len(ns):]}"
        return f"<{iri}>"

    def term(self, node: Node) -> str:
        if isinstance(node, URIRef):
            return self.iri(str(node))
        if isinstance(node, BNode):
            return f"_:{_bnode_label(node)}"
        if isinstance(node, Literal):
            text = f'"{escape_string(str(node))}"'
            if node.language:
                if not _LANG.fullmatch(node.language):
                    raise ExportError(f"cannot export language tag {node.language!r}")
                return f"{text}@{node.language}"
            if node.datatype and node.datatype != XSD.string:
                return f"{text}^^{self.iri(str(node.datatype))}"
            return text
        raise ExportError(f"cannot export RDF term {node!r}")

    def header(self) -> list[str]:
        return [f"@prefix {p}: <{PREFIXES[p]}> ." for p in sorted(self.used)]


# ----------------------------------------------------------------------------- dataset access
def quads(ds: Dataset | Graph) -> Iterator[Quad]:
    """Every quad of the dataset; the graph is None for the default graph."""
    if not isinstance(ds, Dataset):
        for s, p, o in ds:
            yield s, p, o, None
        return
    for s, p, o, c in ds.quads((None, None, None, None)):
        gid = c.identifier if isinstance(c, Graph) else c
        if gid is None or gid == DATASET_DEFAULT_GRAPH_ID or gid == getattr(ds, "default_graph", None):
            gid = None
        yield s, p, o, gid


def _triples(ds: Dataset | Graph) -> set[Triple]:
    return {(s, p, o) for s, p, o, _ in quads(ds)}


def _subject_key(node: Node) -> tuple[int, str]:
    return (1 if isinstance(node, BNode) else 0, str(node))


def _turtle_blocks(triples: Iterable[Triple], w: _Writer, indent: str = "") -> list[str]:
    """Turtle statements grouped by subject: subjects sorted, ``a`` first then predicates
    sorted by IRI, objects sorted by their written form."""
    tree: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        tree[s][p].add(o)
    blocks = []
    for s in sorted(tree, key=_subject_key):
        lines = []
        preds = sorted(tree[s], key=lambda p: (p != RDF.type, str(p)))
        for i, p in enumerate(preds):
            verb = "a" if p == RDF.type else w.term(p)
            objs = sorted(w.term(o) for o in tree[s][p])
            lead = indent + (w.term(s) + " " if i == 0 else "    ")
            sep = " ;" if i < len(preds) - 1 else " ."
            obj_text = (" ,\n" + indent + "        ").join(objs)
            lines.append(f"{lead}{verb} {obj_text}{sep}")
        blocks.append("\n".join(lines))
    return blocks


def _document(header: list[str], parts: list[str]) -> str:
    sections = ["\n".join(header)] if header else []
    return "\n\n".join(sections + parts) + "\n" if sections or parts else ""


def _write_text(path: Path, text: str) -> None:
    with atomic_open(path) as fh:
        fh.write(text)


# ----------------------------------------------------------------------------- exporters
def turtle_text(ds: Dataset | Graph) -> str:
    w = _Writer(prefixes=True)
    body = _turtle_blocks(_triples(ds), w)
    return _document(w.header(), body)


def trig_text(ds: Dataset | Graph) -> str:
    w = _Writer(prefixes=True)
    graphs: dict[URIRef | None, set[Triple]] = defaultdict(set)
    for s, p, o, g in quads(ds):
        graphs[g].add((s, p, o))
    parts = []
    if graphs.get(None):
        parts.append("{\n" + "\n\n".join(_turtle_blocks(graphs[None], w, "    ")) + "\n}")
    for g in sorted((g for g in graphs if g is not None), key=_subject_key):
        parts.append(w.term(g) + " {\n" + "\n\n".join(_turtle_blocks(graphs[g], w, "    ")) + "\n}")
    return _document(w.header(), parts)


def ntriples_lines(ds: Dataset | Graph) -> list[str]:
    w = _Writer(prefixes=False)
    return sorted({f"{w.term(s)} {w.term(p)} {w.term(o)} ." for s, p, o in _triples(ds)})


def nquads_lines(ds: Dataset | Graph) -> list[str]:
    w = _Writer(prefixes=False)
    lines = set()
    for s, p, o, g in quads(ds):
        graph = f" {w.term(g)}" if g is not None else ""
        lines.add(f"{w.term(s)} {w.term(p)} {w.term(o)}{graph} .")
    return sorted(lines)


def write_turtle(ds: Dataset | Graph, path: Path, **_: object) -> None:
    """The union of all graphs as Turtle (facts, entities, labels, provenance)."""
    _write_text(path, turtle_text(ds))


def write_trig(ds: Dataset | Graph, path: Path, **_: object) -> None:
    """The dataset as TriG: the default graph, then one named graph per article."""
    _write_text(path, trig_text(ds))


def write_ntriples(ds: Dataset | Graph, path: Path, **_: object) -> None:
    """The union of all graphs as N-Triples, one sorted line per triple."""
    _write_text(path, "".join(line + "\n" for line in ntriples_lines(ds)))


def write_nquads(ds: Dataset | Graph, path: Path, **_: object) -> None:
    """The dataset as N-Quads, one sorted line per quad (no graph label: default graph)."""
    _write_text(path, "".join(line + "\n" for line in nquads_lines(ds)))


# ----------------------------------------------------------------------------- JSON-LD
def _canonical(value: object, in_list: bool = False) -> object:
    """Sort every JSON-LD array (they are unordered sets, except ``@list``) and key."""
    if isinstance(value, dict):
        return {k: _canonical(v, in_list=(k == "@list")) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        if in_list:
            return items
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def _jsonld_iri(iri: str, vocab: bool) -> str:
    """A compact IRI (``kg:petitioned``) for keys and types where it is safe, else the
    absolute IRI. ``@id`` values stay absolute."""
    check_iri(iri)
    if vocab:
        for ns, prefix in _NAMESPACES:
            if iri.startswith(ns) and _PN_LOCAL.fullmatch(iri[len(ns):]):
                return f"{prefix}:{iri[len(ns):]}"
    return iri


def _jsonld_id(node: Node) -> str:
    if isinstance(node, BNode):
        return f"_:{_bnode_label(node)}"
    return _jsonld_iri(str(node), vocab=False)


def _jsonld_value(node: Node) -> dict:
    if isinstance(node, Literal):
        value: dict = {"@value": str(node)}
        if node.language:
            if not _LANG.fullmatch(node.language):
                raise ExportError(f"cannot export language tag {node.language!r}")
            value["@language"] = node.language
        elif node.datatype and node.datatype != XSD.string:
            value["@type"] = _jsonld_iri(str(node.datatype), vocab=True)
        return value
    if isinstance(node, (URIRef, BNode)):
        return {"@id": _jsonld_id(node)}
    raise ExportError(f"cannot export RDF term {node!r}")


def jsonld_text(ds: Dataset | Graph) -> str:
    """JSON-LD written straight from the quads: one node object per subject and graph, the
    default graph's nodes at the top level and each named graph as ``{"@id", "@graph"}``;
    every array and key sorted."""
    graphs: dict[str | None, dict[str, dict]] = defaultdict(dict)
    for s, p, o, g in quads(ds):
        sid = _jsonld_id(s)
        node = graphs[None if g is None else _jsonld_id(g)].setdefault(sid, {"@id": sid})
        if p == RDF.type and isinstance(o, URIRef):
            node.setdefault("@type", []).append(_jsonld_iri(str(o), vocab=True))
        else:
            node.setdefault(_jsonld_iri(str(p), vocab=True), []).append(_jsonld_value(o))
    def node_list(nodes: dict[str, dict]) -> list[dict]:
        # Node ids are unique within a graph, so sorting by id orders the nodes totally;
        # only the (short) value arrays need their full JSON form as a sort key.
        return [_canonical(nodes[i]) for i in sorted(nodes)]

    top: list = [(0, node["@id"], node) for node in node_list(graphs.pop(None, {}))]
    top += [(1, gid, {"@graph": node_list(nodes), "@id": gid}) for gid, nodes in graphs.items()]
    obj = {"@context": dict(JSONLD_CONTEXT), "@graph": [item for _, _, item in sorted(top, key=lambda t: t[:2])]}
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def write_jsonld(ds: Dataset | Graph, path: Path, **_: object) -> None:
    """The dataset as JSON-LD with a compact ``@context`` of kg's prefixes; named graphs
    are ``{"@id": graph, "@graph": [...]}`` objects."""
    text = jsonld_text(ds)
    _write_text(path, escape_surrogates(text))


def escape_surrogates(text: str) -> str:
    """Replace lone surrogates (which UTF-8 cannot encode) with U+FFFD."""
    return re.sub(r"[\ud800-\udfff]", "\ufffd", text)
