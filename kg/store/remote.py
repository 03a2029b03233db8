"""Pushing a graph into any SPARQL 1.1 store over HTTP, and querying it back.

``kg load`` sends a graph (file, build folder or ``oxigraph:PATH`` store) to a server with
the SPARQL 1.1 Graph Store HTTP Protocol: one ``PUT <store-path>?graph=IRI`` per graph, so
each graph kg owns is replaced, never added to twice.

Graphs sent:

* every named graph of the source (one per article, ``<base>graph/<article-id>``);
* the content of the source's default graph (entities, articles, fact confidence, quotes),
  into the named graph ``<base>graph/kg/default`` (:func:`shared_graph_iri`). A server's
  own default graph is never touched; article ids cannot contain ``/`` after quoting, so
  this name never collides with an article's graph.

Queries that should see everything ask for the union of graphs (Oxigraph:
``union-default-graph``; Virtuoso does this by default).

With ``method="update"`` each graph is replaced by one SPARQL Update request instead
(``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``) for stores that accept
updates but not the Graph Store Protocol.

Only the standard library is used (``urllib``), with a timeout on every request. Basic and
Digest authentication are both answered (Virtuoso's ``/sparql-graph-crud-auth`` asks for
Digest). Every failure is a one-line StoreError.
"""

from __future__ import annotations

import json
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import StoreError
from kg.store.model import DEFAULT_BASE_IRI
from kg.store.namespace import PREFIXES

#: Environment variables read when --user / --password are not given.
USER_ENV = "KG_ENDPOINT_USER"
PASSWORD_ENV = "KG_ENDPOINT_PASSWORD"

DCTERMS_IDENTIFIER = "http://purl.org/dc/terms/identifier"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
KG_ARTICLE = PREFIXES["kg"] + "Article"

METHODS = ("gsp", "update")


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL server: its base URL and the paths of its services (defaults fit
    Oxigraph)."""

    url: str
    store_path: str = "/store"
    update_path: str = "/update"
    query_path: str = "/query"
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 60.0

    def __post_init__(self) -> None:
        parts = urllib.parse.urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise StoreError(f"{self.url!r} is not an http(s) URL; give the server's base, e.g. http://127.0.0.1:7878")

    def service(self, path: str) -> str:
        if re.match(r"^https?://", path):
            return path
        return self.url.rstrip("/") + "/" + path.lstrip("/")


@dataclass(frozen=True)
class LoadReport:
    """What a load sent: graph IRI -> triples, in the order sent."""

    endpoint: str
    graphs: dict[str, int]

    @property
    def triples(self) -> int:
        return sum(self.graphs.values())


def with_credentials(endpoint: Endpoint) -> Endpoint:
    """The endpoint with user and password from the environment where not given."""
    user = endpoint.user or os.environ.get(USER_ENV) or None
    password = endpoint.password if endpoint.password is not None else (os.environ.get(PASSWORD_ENV) or None)
    if password is not None and not user:
        raise StoreError(f"a password needs a user: give --user or set {USER_ENV}")
    return Endpoint(endpoint.url, endpoint.store_path, endpoint.update_path, endpoint.query_path,
                    user, password, endpoint.timeout)


# ----------------------------------------------------------------------------- HTTP
def _opener(endpoint: Endpoint) -> urllib.request.OpenerDirector:
    handlers: list = []
    if endpoint.user:
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, endpoint.url, endpoint.user, endpoint.password or "")
        handlers += [urllib.request.HTTPDigestAuthHandler(mgr), urllib.request.HTTPBasicAuthHandler(mgr)]
    return urllib.request.build_opener(*handlers)


def _short(text: str, limit: int = 200) -> str:
    text = re.sub(r"<[^>]+>", " ", text)  # servers answer errors in HTML too
    return " ".join(text.split())[:limit]


def request(endpoint: Endpoint, method: str, url: str, data: bytes | None = None,
            headers: Mapping[str, str] | None = None) -> bytes:
    """One HTTP request; the response body, or StoreError with a one-line reason."""
    req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    try:
        with _opener(endpoint).open(req, timeout=endpoint.timeout) as resp:
            return resp.read()
    except urllib.error.HTTPError as exc:
        try:
            body = exc.read().decode("utf-8", "replace")
        except Exception:  # a body that cannot be read adds nothing
            body = ""
        hint = ""
        if exc.code in (401, 403):
            hint = f" (check --user/--password or {USER_ENV}/{PASSWORD_ENV})"
        elif exc.code in (404, 405):
            hint = " (check the server's base URL and the --store-path/--update-path/--query-path options)"
        detail = f": {_short(body)}" if _short(body) else ""
        raise StoreError(f"{method} {url} failed with HTTP {exc.code} {exc.reason}{hint}{detail}") from None
    except urllib.error.URLError as exc:
        raise StoreError(f"cannot reach {url}: {exc.reason}") from None
    except (TimeoutError, socket.timeout):
        raise StoreError(f"{method} {url} timed out after {endpoint.timeout:g} s") from None
    except (ConnectionError, OSError) as exc:
        raise StoreError(f"{method} {url} failed: {exc}") from None


# ----------------------------------------------------------------------------- graphs
def shared_graph_iri(base_iri: str) -> str:
    """The named graph that holds the default-graph content of a kg graph."""
    return f"{base_iri}graph/kg/default"


def base_iri_of(store: ox.Store) -> str:
    """The base IRI a kg graph was built with, read from its article IRIs
    (``<base>article/<id>``); the default base when the graph has no articles."""
    query = f"SELECT ?a ?id WHERE {{ ?a <{RDF_TYPE}> <{KG_ARTICLE}> ; <{DCTERMS_IDENTIFIER}> ?id }} ORDER BY ?a LIMIT 1"
    for row in store.query(query, use_default_graph_as_union=True):
        article, ident = row["a"].value, row["id"].value
        suffix = "article/" + urllib.parse.quote(ident, safe="-_.~")
        if article.endswith(suffix):
            return article[: -len(suffix)]
    return DEFAULT_BASE_IRI


def graphs_of(store: ox.Store, shared_graph: str | None = None) -> list[tuple[str, bytes, int]]:
    """(graph IRI, N-Triples, triple count) for every graph kg would send: the named
    graphs sorted by IRI, then the default graph's content as ``shared_graph``."""
    out: list[tuple[str, bytes, int]] = []
    names = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    for name in names:
        quads = list(store.quads_for_pattern(None, None, None, ox.NamedNode(name)))
        out.append((name, ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES), len(quads)))
    default = list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    if default:
        shared = shared_graph or shared_graph_iri(base_iri_of(store))
        if shared in names:
            raise StoreError(f"the source already has a named graph <{shared}>; choose another with --default-graph")
        out.append((shared, ox.serialize((q.triple for q in default), format=ox.RdfFormat.N_TRIPLES), len(default)))
    return out


def put_graph(endpoint: Endpoint, graph: str, ntriples: bytes) -> None:
    """Replace one graph with the Graph Store Protocol (``PUT ...?graph=IRI``)."""
    url = endpoint.service(endpoint.store_path) + "?" + urllib.parse.urlencode({"graph": graph})
    request(endpoint, "PUT", url, ntriples, {"Content-Type": "application/n-triples"})


def update(endpoint: Endpoint, text: str) -> None:
    """Run one SPARQL Update request."""
    request(endpoint, "POST", endpoint.service(endpoint.update_path), text.encode("utf-8"),
            {"Content-Type": "application/sparql-update; charset=utf-8"})


def replace_graph_by_update(endpoint: Endpoint, graph: str, ntriples: bytes) -> None:
    """Replace one graph with SPARQL Update (for stores without the Graph Store Protocol)."""
    body = ntriples.decode("utf-8")
    update(endpoint, f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}")


def load(source, endpoint: Endpoint, method: str = "gsp", shared_graph: str | None = None) -> LoadReport:
    """Send a graph file, build folder or ``oxigraph:PATH`` store to ``endpoint``,
    replacing each graph it owns (see the module docstring)."""
    from kg.store.backend import read_source

    if method not in METHODS:
        raise StoreError(f"unknown load method {method!r}; choose one of {', '.join(METHODS)}")
    endpoint = with_credentials(endpoint)
    store = read_source(source)
    graphs = graphs_of(store, shared_graph)
    if not graphs:
        raise StoreError(f"{source}: the graph is empty; nothing to load")
    sent: dict[str, int] = {}
    for name, data, count in graphs:
        if method == "gsp":
            put_graph(endpoint, name, data)
        else:
            replace_graph_by_update(endpoint, name, data)
        sent[name] = count
    return LoadReport(endpoint=endpoint.url, graphs=sent)


# ----------------------------------------------------------------------------- queries
def with_prefixes(query: str) -> str:
    """The query with ``PREFIX`` lines for kg's prefixes it does not declare (so
    queries written for ``kg query`` run on any endpoint)."""
    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", query)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p.lower() not in declared]
    return "\n".join(lines + [query]) if lines else query


def select(endpoint: Endpoint, query: str, params: Sequence[tuple[str, str]] = ()) -> tuple[list[str], list[dict]]:
    """Run a SELECT (or ASK) query on the endpoint's query service with the SPARQL 1.1
    protocol. Returns the variable names and the bindings as SPARQL JSON results terms
    (ASK: ``(["boolean"], [{"boolean": ...}])``). ``params`` adds protocol parameters,
    e.g. ``("default-graph-uri", IRI)`` or ``("union-default-graph", "")``."""
    endpoint = with_credentials(endpoint)
    body = urllib.parse.urlencode([("query", with_prefixes(query)), *params]).encode("ascii")
    raw = request(endpoint, "POST", endpoint.service(endpoint.query_path), body,
                  {"Content-Type": "application/x-www-form-urlencoded",
                   "Accept": "application/sparql-results+json"})
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise StoreError(f"{endpoint.service(endpoint.query_path)} did not answer with SPARQL JSON results: {_short(raw.decode('utf-8', 'replace'))}") from None
    if "boolean" in doc:
        return ["boolean"], [{"boolean": bool(doc["boolean"])}]
    return list(doc.get("head", {}).get("vars", [])), list(doc.get("results", {}).get("bindings", []))
