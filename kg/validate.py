"""SHACL validation of a graph against ``ontology/shapes.ttl`` with pySHACL.

The data graph is the union of every graph of the dataset (pySHACL would otherwise check
each named graph on its own, and an article's graph does not hold the entity types). The
ontology ``ontology/kg.ttl`` is the ontology graph: pySHACL mixes it into a copy of the
data so that ``sh:class kg:Agent`` accepts a ``kg:Company`` through ``rdfs:subClassOf``.
No inference beyond that is run, which keeps validation fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from kg.errors import ValidationError
from kg.store.model import union_graph
from kg.store.namespace import PREFIXES

__all__ = ["ONTOLOGY_FILE", "SHAPES_FILE", "Report", "Violation", "check", "validate", "validate_path"]

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"

SH = Namespace("http://www.w3.org/ns/shacl#")
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
    data = union_graph(ds)
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph, ont_graph=ont_graph, inference=inference,
        abort_on_first=False, allow_warnings=False, meta_shacl=False, advanced=False,
    )
    if not isinstance(results, Graph):  # pySHACL reports broken shapes this way
        raise ValidationError(f"cannot validate: {str(results).strip().splitlines()[0][:300]}")
    found = set()
    for result in results.subjects(SH.resultSeverity, None):
        focus = results.value(result, SH.focusNode)
        value = results.value(result, SH.value)
        labels = sorted(str(x) for x in data.objects(focus, RDFS.label)) if focus is not None else []
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        found.add(Violation(
            focus=_short(focus),
            path=_short(results.value(result, SH.resultPath)),
            message="; ".join(messages) or _short(results.value(result, SH.sourceConstraintComponent)),
            value="" if value == focus else _short(value),
            label=" ".join(labels[0].split()) if labels else "",
            severity=_SEVERITY.get(results.value(result, SH.resultSeverity), "Violation"),
        ))
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
