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
_RDF_TYPE = RDF.type
_UNSEEN = object()
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


class Terms:
    """The written form of every RDF term, computed once per term: N-Triples (``nt``),
    Turtle with a prefixed name where that is safe (``ttl``) and JSON-LD."""

    def __init__(self) -> None:
        self._nt: dict = {}
        self._ttl: dict = {}
        self._prefix: dict[str, str] = {}  # Turtle form -> the prefix it uses
        self._jsonld: dict = {}

    @staticmethod
    def _key(node: Node):
        # Literals that rdflib holds equal may differ in the case of their language tag,
        # which is written as given: key them by everything that is written.
        kind = type(node)
        if kind is URIRef or kind is BNode or not isinstance(node, Literal):
            return node
        return (str(node), node.language, node.datatype)

    def nt(self, node: Node) -> str:
        key = self._key(node)
        text = self._nt.get(key)
        if text is None:
            text = self._nt[key] = self._form(node, prefixes=False)
        return text

    def ttl(self, node: Node) -> str:
        key = self._key(node)
        text = self._ttl.get(key)
        if text is None:
            text = self._ttl[key] = self._form(node, prefixes=True)
        return text

    def prefixes(self, written: Iterable[str]) -> list[str]:
        """The ``@prefix`` lines of a Turtle or TriG document that writes the terms whose
        Turtle forms are ``written``."""
        used = {self._prefix[text] for text in written if text in self._prefix}
        return [f"@prefix {p}: <{PREFIXES[p]}> ." for p in sorted(used)]

    @staticmethod
    def _iri(iri: str, prefixes: bool) -> tuple[str, str | None]:
        check_iri(iri)
        if prefixes:
            for ns, prefix in _NAMESPACES:
                if iri.startswith(ns) and _PN_LOCAL.fullmatch(iri[len(ns):]):
                    return f"{prefix}:{iri[len(ns):]}", prefix
        return f"<{iri}>", None

    def _form(self, node: Node, prefixes: bool) -> str:
        """The written form of a term; a Turtle form that uses a prefix is remembered with
        it (the form alone tells which prefix it uses)."""
        text, prefix = self._form_and_prefix(node, prefixes)
        if prefix is not None:
            self._prefix[text] = prefix
        return text

    def _form_and_prefix(self, node: Node, prefixes: bool) -> tuple[str, str | None]:
        if isinstance(node, URIRef):
            return self._iri(str(node), prefixes)
        if isinstance(node, BNode):
            return f"_:{_bnode_label(node)}", None
        if isinstance(node, Literal):
            text = f'"{escape_string(str(node))}"'
            if node.language:
                if not _LANG.fullmatch(node.language):
                    raise ExportError(f"cannot export language tag {node.language!r}")
                return f"{text}@{node.language}", None
            if node.datatype and node.datatype != XSD.string:
                datatype, prefix = self._iri(str(node.datatype), prefixes)
                return f"{text}^^{datatype}", prefix
            return text, None
        raise ExportError(f"cannot export RDF term {node!r}")

    def jsonld_value(self, node: Node) -> tuple[str, dict]:
        """The JSON-LD value object of a term and its sort key (its JSON text)."""
        key = self._key(node)
        found = self._jsonld.get(key)
        if found is None:
            value = _jsonld_value(node)
            found = self._jsonld[key] = (_json_key(value), value)
        return found


class QuadTable:
    """A dataset's quads as rows of term numbers ``(s, p, o, g)`` (``g`` -1: the default
    graph), its distinct terms, and their written forms, each computed once and shared by
    every RDF writer given the same table."""

    def __init__(self, ds: Dataset | Graph):
        key_of = Terms._key
        numbers: dict = {}
        terms: list[Node] = []
        graphs: dict = {None: -1}
        rows: list[tuple[int, int, int, int]] = []

        def number(node: Node) -> int:
            key = node if type(node) is URIRef else key_of(node)
            i = numbers.get(key)
            if i is None:
                i = numbers[key] = len(terms)
                terms.append(node)
            return i

        for s, p, o, g in quads(ds):
            gi = graphs.get(g)
            if gi is None:
                gi = graphs[g] = number(g)
            rows.append((number(s), number(p), number(o), gi))
        self.rows = rows
        self.terms = terms
        self.forms = Terms()
        self._nt: list[str] | None = None
        self._ttl: list[str] | None = None
        self._nt_rows: list[tuple[str, str, str, str | None]] | None = None

    @classmethod
    def of(cls, ds: Dataset | Graph) -> QuadTable:
        """The table of ``ds``: shared while ``kg.export.shared.sharing(ds)`` is active,
        else made for this call alone."""
        from kg.export.shared import shared

        return shared(ds, "quad-table", lambda: cls(ds))

    @property
    def nt(self) -> list[str]:
        """The N-Triples form of each term."""
        if self._nt is None:
            self._nt = [self.forms.nt(t) for t in self.terms]
        return self._nt

    @property
    def ttl(self) -> list[str]:
        """The Turtle form of each term."""
        if self._ttl is None:
            self._ttl = [self.forms.ttl(t) for t in self.terms]
        return self._ttl

    def order_key(self, i: int) -> tuple[int, str]:
        """Where a subject or graph goes: IRIs before blank nodes, then by text."""
        return _subject_key(self.terms[i])

    def nt_rows(self) -> list[tuple[str, str, str, str | None]]:
        """The N-Triples forms of every quad's terms (graph None: the default graph)."""
        if self._nt_rows is None:
            nt = self.nt
            self._nt_rows = [(nt[s], nt[p], nt[o], None if g < 0 else nt[g]) for s, p, o, g in self.rows]
        return self._nt_rows

    def union_tree(self) -> dict[int, dict[int, dict[int, None]]]:
        """Every distinct triple of every graph, grouped by subject and predicate."""
        return self._trees(lambda g: 0)[0] if self.rows else {}

    def graph_trees(self) -> dict[int, dict[int, dict[int, dict[int, None]]]]:
        """The triples of each graph (-1: the default graph), grouped like ``union_tree``."""
        return self._trees(lambda g: g)

    def _trees(self, key) -> dict:
        """Triples grouped by ``key(graph)``, then by subject and predicate (objects kept in
        order, each once)."""
        trees: dict = {}
        for s, p, o, g in self.rows:
            k = key(g)
            tree = trees.get(k)
            if tree is None:
                tree = trees[k] = {}
            po = tree.get(s)
            if po is None:
                po = tree[s] = {}
            objects = po.get(p)
            if objects is None:
                objects = po[p] = {}
            objects[o] = None
        return trees


# ----------------------------------------------------------------------------- dataset access
def quads(ds: Dataset | Graph) -> Iterator[Quad]:
    """Every quad of the dataset; the graph is None for the default graph."""
    if not isinstance(ds, Dataset):
        for s, p, o in ds:
            yield s, p, o, None
        return
    graph_ids: dict = {}  # each graph normalised once
    for s, p, o, c in ds.quads((None, None, None, None)):
        gid = graph_ids.get(c, _UNSEEN) if c is not None else None
        if gid is _UNSEEN:
            gid = c.identifier if isinstance(c, Graph) else c
            gid = graph_ids[c] = None if gid is None or gid == DATASET_DEFAULT_GRAPH_ID else gid
        yield s, p, o, gid


def _subject_key(node: Node) -> tuple[int, str]:
    return (1 if isinstance(node, BNode) else 0, str(node))


def _turtle_blocks(tree: dict, table: QuadTable, written: set[str], indent: str = "") -> list[str]:
    """Turtle statements grouped by subject: subjects sorted, ``a`` first then predicates
    sorted by IRI, objects sorted by their written form. Adds every written term to
    ``written``."""
    ttl, terms = table.ttl, table.terms
    verbs: dict[int, tuple[tuple[bool, str], str]] = {}  # predicate -> (sort key, verb)
    blocks = []
    joiner = " ,\n" + indent + "        "
    for s in sorted(tree, key=table.order_key):
        po = tree[s]
        preds = []
        for p, objects in po.items():
            verb = verbs.get(p)
            if verb is None:
                is_type = terms[p] == _RDF_TYPE
                verb = verbs[p] = ((not is_type, str(terms[p])), "a" if is_type else ttl[p])
            preds.append((verb, objects))
        if len(preds) > 1:
            preds.sort(key=_first)
        subject = ttl[s]
        written.add(subject)
        last = len(preds) - 1
        lines = []
        for i, ((_, verb), objects) in enumerate(preds):
            objs = sorted([ttl[o] for o in objects])
            written.update(objs)
            lead = indent + (subject + " " if i == 0 else "    ")
            lines.append(f"{lead}{verb} {joiner.join(objs)}{' ;' if i < last else ' .'}")
        blocks.append("\n".join(lines))
    written.update(verb for _, verb in verbs.values())
    return blocks


def _first(item: tuple) -> object:
    return item[0]


def _document(header: list[str], parts: list[str]) -> str:
    sections = ["\n".join(header)] if header else []
    return "\n\n".join(sections + parts) + "\n" if sections or parts else ""


def _write_text(path: Path, text: str) -> None:
    with atomic_open(path) as fh:
        fh.write(text)


# ----------------------------------------------------------------------------- exporters
def turtle_text(ds: Dataset | Graph, table: QuadTable | None = None) -> str:
    table = table or QuadTable.of(ds)
    written: set[str] = set()
    body = _turtle_blocks(table.union_tree(), table, written)
    return _document(table.forms.prefixes(written), body)


def trig_text(ds: Dataset | Graph, table: QuadTable | None = None) -> str:
    table = table or QuadTable.of(ds)
    graphs = table.graph_trees()
    parts = []
    written: set[str] = set()
    if graphs.get(-1):
        parts.append("{\n" + "\n\n".join(_turtle_blocks(graphs[-1], table, written, "    ")) + "\n}")
    for g in sorted((g for g in graphs if g >= 0), key=table.order_key):
        name = table.ttl[g]
        written.add(name)
        parts.append(name + " {\n" + "\n\n".join(_turtle_blocks(graphs[g], table, written, "    ")) + "\n}")
    return _document(table.forms.prefixes(written), parts)


def ntriples_lines(ds: Dataset | Graph, table: QuadTable | None = None) -> list[str]:
    table = table or QuadTable.of(ds)
    return sorted({f"{s} {p} {o} ." for s, p, o, _ in table.nt_rows()})


def nquads_lines(ds: Dataset | Graph, table: QuadTable | None = None) -> list[str]:
    table = table or QuadTable.of(ds)
    return sorted({f"{s} {p} {o} {g} ." if g is not None else f"{s} {p} {o} ." for s, p, o, g in table.nt_rows()})


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
_json_string = json.encoder.encode_basestring  # a JSON string, as json.dumps(ensure_ascii=False) writes it


def _json_key(value: dict) -> str:
    """``json.dumps(value, sort_keys=True, ensure_ascii=False)`` of a flat dict of strings:
    the order of JSON-LD value objects in an array."""
    return "{" + ", ".join(f"{_json_string(k)}: {_json_string(v)}" for k, v in sorted(value.items())) + "}"


def _dump(value: object, level: int = 0) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)`` of dicts, lists and strings,
    nested ``level`` deep: the same text, written without the pure-Python encoder that
    ``indent`` forces on json.dumps."""
    if type(value) is str:
        return _json_string(value)
    if type(value) is _Raw:
        return value
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = "\n" + "  " * (level + 1)
        body = ("," + inner).join(f"{_json_string(k)}: {_dump(v, level + 1)}" for k, v in value.items())
        return "{" + inner + body + "\n" + "  " * level + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = "\n" + "  " * (level + 1)
        return "[" + inner + ("," + inner).join(_dump(v, level + 1) for v in value) + "\n" + "  " * level + "]"
    if isinstance(value, str):
        return _json_string(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON-LD")


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
    """The value object of a term, keys sorted."""
    if isinstance(node, Literal):
        if node.language:
            if not _LANG.fullmatch(node.language):
                raise ExportError(f"cannot export language tag {node.language!r}")
            return {"@language": node.language, "@value": str(node)}
        if node.datatype and node.datatype != XSD.string:
            return {"@type": _jsonld_iri(str(node.datatype), vocab=True), "@value": str(node)}
        return {"@value": str(node)}
    if isinstance(node, (URIRef, BNode)):
        return {"@id": _jsonld_id(node)}
    raise ExportError(f"cannot export RDF term {node!r}")


class _Raw(str):
    """JSON text written as it is by ``_dump``."""


def _jsonld_node(node: dict, level: int, rendered: dict[tuple[str, int], str]) -> _Raw:
    """A node object as ``_dump`` would write it ``level`` deep with its keys sorted and
    every array sorted by its items' JSON text (``@type``: names; other keys: ``(JSON
    text, value object)`` pairs). ``rendered`` keeps value objects already written."""
    i1 = "\n" + "  " * (level + 1)
    i2 = i1 + "  "
    parts = []
    for key in sorted(node):
        values = node[key]
        name = _json_string(key)
        if key == "@id":
            parts.append(f"{name}: {_json_string(values)}")
        elif key == "@type":
            items = sorted(values, key=_json_string) if len(values) > 1 else values
            parts.append(f"{name}: [{i2}" + ("," + i2).join(map(_json_string, items)) + f"{i1}]")
        else:
            items = sorted(values, key=_first) if len(values) > 1 else values
            texts = []
            for sort_key, value in items:
                text = rendered.get((sort_key, level))
                if text is None:
                    text = rendered[sort_key, level] = _dump(value, level + 2)
                texts.append(text)
            parts.append(f"{name}: [{i2}" + ("," + i2).join(texts) + f"{i1}]")
    return _Raw("{" + i1 + ("," + i1).join(parts) + "\n" + "  " * level + "}")


def jsonld_text(ds: Dataset | Graph, table: QuadTable | None = None) -> str:
    """JSON-LD written straight from the quads: one node object per subject and graph, the
    default graph's nodes at the top level and each named graph as ``{"@id", "@graph"}``;
    every array and key sorted."""
    table = table or QuadTable.of(ds)
    terms, value = table.terms, table.forms.jsonld_value
    ids: dict[int, str] = {}
    keys: dict[int, str] = {}
    values: dict[int, tuple[str, dict]] = {}
    graphs: dict[str | None, dict[str, dict]] = {}
    graph_nodes: dict[int, dict[str, dict]] = {}
    type_keys: dict[int, str] = {}
    for s, p, o, g in table.rows:
        nodes = graph_nodes.get(g)
        if nodes is None:
            nodes = graph_nodes[g] = graphs.setdefault(None if g < 0 else _jsonld_id(terms[g]), {})
        sid = ids.get(s)
        if sid is None:
            sid = ids[s] = _jsonld_id(terms[s])
        node = nodes.get(sid)
        if node is None:
            node = nodes[sid] = {"@id": sid}
        key = keys.get(p)
        if key is None:
            key = keys[p] = "@type" if terms[p] == _RDF_TYPE else _jsonld_iri(str(terms[p]), vocab=True)
        if key == "@type":
            if isinstance(terms[o], URIRef):
                name = type_keys.get(o)
                if name is None:
                    name = type_keys[o] = _jsonld_iri(str(terms[o]), vocab=True)
                node.setdefault("@type", []).append(name)
                continue
            key = _jsonld_iri(str(terms[p]), vocab=True)
        item = values.get(o)
        if item is None:
            item = values[o] = value(terms[o])
        node.setdefault(key, []).append(item)

    rendered: dict[tuple[str, int], str] = {}

    def node_list(nodes: dict[str, dict], level: int) -> list[_Raw]:
        # Node ids are unique within a graph, so sorting by id orders the nodes totally.
        return [_jsonld_node(nodes[i], level, rendered) for i in sorted(nodes)]

    # Nodes of the default graph sit 2 deep ({"@graph": [node]}), those of a named graph 4.
    default = graphs.pop(None, {})
    top: list = [(0, sid, node) for sid, node in zip(sorted(default), node_list(default, 2))]
    top += [(1, gid, {"@graph": node_list(nodes, 4), "@id": gid}) for gid, nodes in graphs.items()]
    obj = {"@context": dict(JSONLD_CONTEXT), "@graph": [item for _, _, item in sorted(top, key=lambda t: t[:2])]}
    return _dump(obj) + "\n"


def write_jsonld(ds: Dataset | Graph, path: Path, **_: object) -> None:
    """The dataset as JSON-LD with a compact ``@context`` of kg's prefixes; named graphs
    are ``{"@id": graph, "@graph": [...]}`` objects."""
    text = jsonld_text(ds)
    _write_text(path, escape_surrogates(text))


def escape_surrogates(text: str) -> str:
    """Replace lone surrogates (which UTF-8 cannot encode) with U+FFFD."""
    return re.sub(r"[\ud800-\udfff]", "\ufffd", text)
