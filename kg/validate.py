"""SHACL validation of a graph against ``ontology/shapes.ttl`` with pySHACL.

The data graph is the union of every graph of the dataset (pySHACL would otherwise check
each named graph on its own, and an article's graph does not hold the entity types), with
the ontology ``ontology/kg.ttl`` mixed in, as pySHACL does with an ontology graph, so that
``sh:class kg:Agent`` accepts a ``kg:Company`` through ``rdfs:subClassOf``. No inference
beyond that is run. The SELECT-based constraints of kg's own shapes are run once over the
whole graph rather than once per focus node, which gives the same results (their queries
bind ``$this`` in their own pattern) in a fraction of the time; everything else is pySHACL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from kg.resources import ontology_path
from kg.errors import ValidationError
from kg.store.namespace import PREFIXES

__all__ = ["ONTOLOGY_FILE", "SHAPES_FILE", "Report", "Violation", "check", "validate", "validate_path"]

SHAPES_FILE = ontology_path("shapes.ttl")
ONTOLOGY_FILE = ontology_path("kg.ttl")

SH = Namespace("http://www.w3.org/ns/shacl#")
KGSH = "https://w3id.org/kgnews/shapes#"
_SEVERITY = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


def _short(node: Node | None) -> str:
    """A term as a reader wants it: ``kg:petitioned``, ``<iri>``, ``"literal"``."""
    if node is None:
        return ""
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, ns in sorted(PREFIXES.items(), key=lambda x: -len(x[1])):
            if text.startswith(ns) and text[len(ns):].replace("_", "a").replace("-", "a").isalnum():
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"
    if isinstance(node, Literal):
        text = " ".join(str(node).split())
        text = text if len(text) <= 60 else text[:59] + "…"
        return f'"{text}"'
    return f"_:{node}"  # a path or blank node


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result: the node that failed, its label when it has one, the property path,
    the message and the offending value."""

    focus: str
    path: str
    message: str
    value: str = ""
    label: str = ""
    severity: str = "Violation"

    def line(self) -> str:
        who = f'"{self.label}" {self.focus}' if self.label else self.focus
        where = f" {self.path}" if self.path else ""
        what = f" (value {self.value})" if self.value else ""
        return f"{self.severity}: {who}{where}: {self.message}{what}"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]

    def lines(self) -> list[str]:
        return [v.line() for v in self.violations]

    def summary(self) -> str:
        if self.conforms:
            return "The graph conforms to the shapes."
        n = len(self.violations)
        return f"The graph does not conform to the shapes: {n} violation{'s' if n != 1 else ''}."


def _load(path: Path, what: str) -> Graph:
    if not path.is_file():
        raise ValidationError(f"{path}: {what} file not found")
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises parser-specific exception types
        raise ValidationError(f"{path}: cannot parse {what} file: {str(exc).splitlines()[0][:200]}") from None
    return g


def _data_graph(ds: Dataset | Graph, ont_graph: Graph) -> Graph:
    """The union of the dataset's graphs with the ontology mixed in (what pySHACL does with
    an ``ont_graph``, without its extra copy of the data)."""
    from kg.export.rdf import quads

    data = Graph()
    data.addN((s, p, o, data) for s, p, o, _ in quads(ds))
    data.addN((s, p, o, data) for s, p, o in ont_graph)
    return data


def _focus_nodes(shapes: Graph, shape: Node, data: Graph) -> set[Node] | None:
    """The focus nodes of a shape whose targets are all of the simple kinds, else None."""
    simple = {SH.targetNode, SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf}
    kinds = {p for p in shapes.predicates(shape, None) if str(p).startswith(str(SH) + "target")}
    if not kinds or not kinds <= simple:
        return None
    nodes: set[Node] = set(shapes.objects(shape, SH.targetNode))
    for p in shapes.objects(shape, SH.targetSubjectsOf):
        nodes.update(data.subjects(p, None))
    for p in shapes.objects(shape, SH.targetObjectsOf):
        nodes.update(data.objects(None, p))
    for c in shapes.objects(shape, SH.targetClass):
        for sub in data.transitive_subjects(RDFS.subClassOf, c):
            nodes.update(data.subjects(RDF.type, sub))
    return nodes


def _run_sparql_constraints_once(shapes: Graph, data: Graph) -> list[tuple]:
    """Evaluate the SELECT-based constraints of kg's own shapes with one query over the
    whole graph instead of one query per focus node (pySHACL's way, which takes minutes on
    a large graph), and remove them from ``shapes``. Their queries bind ``$this`` in their
    own basic pattern, so both ways give the same results; shapes from other namespaces are
    left to pySHACL."""
    rows: list[tuple] = []
    for shape, constraint in list(shapes.subject_objects(SH.sparql)):
        if not str(shape).startswith(KGSH) or (shapes.value(constraint, SH.deactivated) == Literal(True)):
            continue
        select = shapes.value(constraint, SH.select)
        focus = _focus_nodes(shapes, shape, data)
        if select is None or focus is None:
            continue
        prefixes = "".join(
            f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
            for source in shapes.objects(constraint, SH.prefixes)
            for d in shapes.objects(source, SH.declare)
        )
        query = prefixes + re.sub(r"\$this\b", "?this", str(select))
        message = str(shapes.value(constraint, SH.message) or shapes.value(shape, SH.message) or "SPARQL constraint")
        path = shapes.value(shape, SH.path)
        for row in data.query(query):
            this = row["this"]
            if this not in focus:
                continue
            value = row.get("value") if hasattr(row, "get") else None
            row_path = row.get("path") if hasattr(row, "get") else None
            text = re.sub(r"\{[?$](\w+)\}", lambda m: _short(row.get(m.group(1))) if m.group(1) != "this" else _short(this), message)
            rows.append((this, row_path or path, value, [text], "Violation"))
        shapes.remove((shape, SH.sparql, constraint))
    return rows


def validate(
    ds: Dataset | Graph,
    shapes: str | Path | None = None,
    ontology: str | Path | None = None,
    inference: str = "none",
) -> Report:
    """Validate the union of the dataset's graphs against the shapes (default:
    ``ontology/shapes.ttl``, with ``ontology/kg.ttl`` as the ontology graph)."""
    import pyshacl

    shapes_graph = _load(Path(shapes) if shapes else SHAPES_FILE, "shapes")
    ont_graph = _load(Path(ontology) if ontology else ONTOLOGY_FILE, "ontology")
    data = _data_graph(ds, ont_graph)
    global_rows = _run_sparql_constraints_once(shapes_graph, data)
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph, ont_graph=None, inference=inference, inplace=True,
        abort_on_first=False, allow_warnings=False, meta_shacl=False, advanced=False,
    )
    if not isinstance(results, Graph):  # pySHACL reports broken shapes this way
        raise ValidationError(f"cannot validate: {str(results).strip().splitlines()[0][:300]}")
    rows = [
        (results.value(r, SH.focusNode), results.value(r, SH.resultPath), results.value(r, SH.value),
         sorted(str(m) for m in results.objects(r, SH.resultMessage))
         or [_short(results.value(r, SH.sourceConstraintComponent))],
         _SEVERITY.get(results.value(r, SH.resultSeverity), "Violation"))
        for r in results.subjects(SH.resultSeverity, None)
    ] + global_rows
    found = set()
    for focus, path, value, messages, severity in rows:
        labels = sorted(str(x) for x in data.objects(focus, RDFS.label)) if focus is not None else []
        found.add(Violation(
            focus=_short(focus),
            path=_short(path),
            message="; ".join(messages),
            value="" if value == focus else _short(value),
            label=" ".join(labels[0].split()) if labels else "",
            severity=severity,
        ))
    conforms = bool(conforms) and not global_rows
    return Report(conforms=bool(conforms), violations=tuple(sorted(found)))


def validate_path(path: str | Path, **options) -> Report:
    """Validate a graph file or build folder (see kg.store.io.load_graph)."""
    from kg.store.io import load_graph

    return validate(load_graph(path), **options)


def check(ds: Dataset | Graph, note: str = "", **options) -> Report:
    """Validate and raise ValidationError unless the graph conforms. The message (one line)
    lists the first violations, then ``note``."""
    report = validate(ds, **options)
    if not report.conforms:
        shown = report.lines()[:5]
        more = len(report.violations) - len(shown)
        detail = "; ".join(shown) + (f"; and {more} more" if more > 0 else "")
        raise ValidationError(f"{report.summary()} {detail}" + (f" ({note})" if note else ""))
    return report
