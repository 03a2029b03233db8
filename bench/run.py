"""Benchmark kg, run by hand: ``python bench/run.py`` (see bench/README.md).

Measured in one run, each in a fresh Python process so that imports and the model load count
the same for everyone:

* ``kg build`` of N articles (the sample articles repeated under distinct ids) against bare
  spaCy ``nlp.pipe`` over the same texts with the same pipeline: seconds, articles/s,
  words/s, peak memory, and the ratio of the two;
* the same with two worker processes against ``nlp.pipe(n_process=2)``, and on a local Dask
  cluster;
* a rebuild after one new article, as a fraction of the full build;
* where a build spends its time, stage by stage;
* a synthetic kg-shaped graph of a million triples in rdflib (in memory) and in Oxigraph (on
  disk): load, export and every query of ``queries/``.

Each configuration runs ``--repeat`` times, interleaved, and the fastest run counts (other
processes on the machine only ever make a run slower). The report is Markdown on stdout, and
in ``--markdown FILE`` when given. It names no paths of this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles"
QUERIES = ROOT / "queries"


# ============================================================================ child processes
def _peak_mb() -> dict[str, float]:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"peak_mb": round(self_kb / 1024, 1), "peak_children_mb": round(kids_kb / 1024, 1)}


def child_bare(texts_file: str, model: str, n_process: int) -> None:
    """Bare spaCy: load the pipeline, run every text through nlp.pipe, keep nothing."""
    import spacy

    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    nlp = spacy.load(model)
    docs = 0
    for _ in nlp.pipe(texts, n_process=n_process):
        docs += 1
    print(json.dumps({"docs": docs, **_peak_mb()}))


def child_kg(args: list[str]) -> None:
    """``kg build ARGS``, exactly as on the command line."""
    from kg.cli import main

    main(args, standalone_mode=False)
    print(json.dumps(_peak_mb()))


def child_stages(corpus: str, out: str, model: str | None) -> None:
    """A build split into its stages, each timed (model load separately)."""
    timings: dict[str, float] = {}

    cpu: dict[str, float] = {}

    def timed(name, func, *a, **k):
        t, c = time.perf_counter(), time.process_time()
        value = func(*a, **k)
        timings[name] = round(time.perf_counter() - t, 3)
        cpu[name] = round(time.process_time() - c, 3)
        return value

    t0 = time.perf_counter()
    from kg.export import BUILD_FORMATS, default_filename, export
    from kg.ingest import read_articles
    from kg.parallel import extract_serial, worker_model
    from kg.resolve import resolve
    from kg.store.model import build_dataset
    timings["import kg"] = round(time.perf_counter() - t0, 3)

    articles = timed("ingest", lambda: list(read_articles([corpus])))
    timed("load model (incl. import spacy)", worker_model, model)
    extractions = timed("extract (spaCy + rules)", lambda: list(extract_serial(articles, model)))
    kg = timed("resolve", resolve, extractions)
    ds = timed("RDF dataset", build_dataset, kg)
    for name in BUILD_FORMATS:
        timed(f"export {name}", export, ds, name, Path(out) / default_filename(name))
    together: dict[str, float] = {}
    try:
        from kg.export.jobs import write_formats
    except ImportError:  # an older kg: each format on its own only
        pass
    else:
        # As kg build writes them: formats that derive the same data share it, and with 2
        # processes each family of formats is written by its own forked process.
        jobs = [(name, Path(out) / default_filename(name)) for name in BUILD_FORMATS]
        for processes in (1, 2):
            t = time.perf_counter()
            write_formats(ds, jobs, processes=processes)
            together[str(processes)] = round(time.perf_counter() - t, 3)
    try:
        from kg.validate import validate
    except ImportError:
        pass
    else:
        timed("SHACL validation (only with --strict)", validate, ds)
    print(json.dumps({"timings": timings, "cpu": cpu, "together": together, "triples": len(ds), **_peak_mb()}))


class _StepTimeout(BaseException):  # not caught by "except Exception" inside rdflib or kg
    pass


def _alarm(signum, frame):
    raise _StepTimeout


def child_store(backend: str, nt_file: str, work: str, query_timeout: float) -> None:
    """Load a graph file into ``backend``, export it, run every query of queries/. Prints
    one JSON line per step as it finishes (a timeout keeps the steps done so far). A query
    that runs longer than ``query_timeout`` seconds is stopped and reported as such."""
    import gc
    import signal

    signal.signal(signal.SIGALRM, _alarm)

    from kg.query import read_query
    from kg.store.backend import export_file, load_file, query_rows, triple_count

    def emit(step, seconds, **extra):
        print(json.dumps({"step": step, "seconds": round(seconds, 3), **extra, **_peak_mb()}), flush=True)

    t = time.perf_counter()
    location = Path(work) / "store" if backend == "oxigraph" else None
    handle = load_file(nt_file, backend, location=location)
    emit("load", time.perf_counter() - t, quads=triple_count(handle))
    gc.collect()
    t = time.perf_counter()
    export_file(handle, Path(work) / f"export-{backend}.nq")
    emit("export N-Quads", time.perf_counter() - t)
    for q in sorted(QUERIES.glob("*.rq")):
        text = read_query(str(q))
        t = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, query_timeout)
        try:
            rows = query_rows(handle, text)
        except _StepTimeout:
            emit(f"query {q.name}", time.perf_counter() - t, timeout=True)
            continue
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        emit(f"query {q.name}", time.perf_counter() - t, rows=len(rows))


# ============================================================================ corpus and graph
def make_corpus(folder: Path, n: int) -> list[str]:
    """N articles: the sample articles in turn, each copy under its own id. Returns the
    names of the sample files used, in order."""
    samples = sorted(SAMPLE.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = samples[i % len(samples)]
        shutil.copyfile(src, folder / f"bench-{i:05d}-{src.stem}.txt")
    return [p.name for p in samples]


def synthetic_graph(path: Path, triples: int, seed: int = 7) -> int:
    """Write a kg-shaped N-Triples file of exactly ``triples`` triples: articles, typed and
    labelled entities with aliases, direct facts, their kg:Fact statements and evidence."""
    rnd = random.Random(seed)
    base = "https://kg.example.org/"
    kg = "https://w3id.org/kgnews/ontology#"
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    skos = "http://www.w3.org/2004/02/skos/core#"
    dct = "http://purl.org/dc/terms/"
    xsd = "http://www.w3.org/2001/XMLSchema#"
    types = ["Person", "Company", "GovernmentAgency", "EmployeeGroup", "AdvocacyGroup", "NewsOutlet", "Product"]
    preds = ["petitioned", "protested", "contractsWith", "develops", "leads", "worksFor", "partOf",
             "investigated", "respondedTo"]
    words = ("workers employees letter petition contract company agency cloud walkout executive said signed "
             "asked cancel review protest union group engineers military police software data").split()
    n_entities = max(10, triples // 60)
    n_articles = max(5, triples // 400)
    written = 0

    with open(path, "w", encoding="utf-8") as out:
        def t(s, p, o):
            nonlocal written
            if written < triples:
                out.write(f"{s} <{p}> {o} .\n")
                written += 1

        def lit(text, dtype=None, lang=None):
            text = text.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{text}"' + (f"^^<{dtype}>" if dtype else f"@{lang}" if lang else "")

        for a in range(n_articles):
            node = f"<{base}article/a{a:06d}>"
            t(node, rdf + "type", f"<{kg}Article>")
            t(node, dct + "identifier", lit(f"a{a:06d}"))
            t(node, dct + "title", lit(" ".join(rnd.choices(words, k=6)).capitalize(), lang="en"))
            t(node, dct + "date", lit(f"20{rnd.randint(15, 23)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}", xsd + "date"))
        for e in range(n_entities):
            node = f"<{base}entity/e{e:06d}>"
            t(node, rdf + "type", f"<{kg}{types[e % len(types)]}>")
            t(node, rdfs + "label", lit(f"Entity {e} {rnd.choice(words).title()}"))
            t(node, skos + "altLabel", lit(f"E{e}"))
        f = 0
        while written < triples:
            s, o = rnd.randrange(n_entities), rnd.randrange(n_entities)
            p = preds[f % len(preds)]
            a = rnd.randrange(n_articles)
            sub, obj = f"<{base}entity/e{s:06d}>", f"<{base}entity/e{o:06d}>"
            if f % 10 == 9:  # a signatory count (a literal object), several per group
                s = (s // 50) * 50 + 3  # an EmployeeGroup (index 3 of types)
                sub, p, obj = f"<{base}entity/e{s:06d}>", "signatoryCount", lit(str(rnd.randint(10, 5000)), xsd + "integer")
            fact, ev = f"<{base}fact/f{f:08d}>", f"<{base}evidence/v{f:08d}>"
            art = f"<{base}article/a{a:06d}>"
            conf = lit(f"0.{rnd.randint(300, 999)}", xsd + "decimal")
            start = rnd.randint(0, 9000)
            t(sub, kg + p, obj)
            t(fact, rdf + "type", f"<{kg}Fact>")
            t(fact, rdf + "subject", sub)
            t(fact, rdf + "predicate", f"<{kg}{p}>")
            t(fact, rdf + "object", obj)
            t(fact, kg + "confidence", conf)
            t(fact, kg + "hasEvidence", ev)
            t(ev, rdf + "type", f"<{kg}Evidence>")
            t(ev, kg + "inArticle", art)
            t(ev, kg + "sentence", lit(" ".join(rnd.choices(words, k=14)).capitalize() + ".", lang="en"))
            t(ev, kg + "beginIndex", lit(str(start), xsd + "integer"))
            t(ev, kg + "endIndex", lit(str(start + 90), xsd + "integer"))
            t(ev, kg + "extractedBy", f"<{base}extractor/kg.rules>")
            t(ev, kg + "confidence", conf)
            if f % 7 == 0:  # "according to <outlet>"
                t(ev, kg + "attributedTo", f"<{base}entity/e{(rnd.randrange(n_entities) // 7) * 7 + 5:06d}>")
            t(sub, kg + "mentionedIn", art)
            if f % 13 == 0:  # a quote by the subject
                q = f"<{base}quote/q{f:08d}>"
                qev = f"<{base}evidence/quote-q{f:08d}>"
                t(q, rdf + "type", f"<{kg}Quote>")
                t(q, kg + "quoteText", lit(" ".join(rnd.choices(words, k=9)).capitalize() + ".", lang="en"))
                t(q, kg + "speaker", sub)
                t(q, kg + "hasEvidence", qev)
                t(qev, rdf + "type", f"<{kg}Evidence>")
                t(qev, kg + "inArticle", art)
                t(qev, kg + "sentence", lit(" ".join(rnd.choices(words, k=12)).capitalize() + ".", lang="en"))
            f += 1
    return written


# ============================================================================ measuring
def run_child(args: list[str], timeout: float | None = None) -> tuple[float, list[dict], bool]:
    """Run this script in child mode; wall seconds, the JSON lines it printed (the last
    one gains ``cpu_s``: CPU seconds of the child and its own children), and whether it
    finished in time. A failing child stops the benchmark with its error output."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
        finished = True
        stdout = proc.stdout
    except subprocess.TimeoutExpired as exc:
        proc, finished = None, False
        stdout = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
    seconds = time.perf_counter() - t
    if proc is not None and proc.returncode != 0:
        sys.exit(f"benchmark step failed: {' '.join(args[:1])}\n{proc.stderr[-3000:]}")
    lines = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if lines:
        lines[-1]["cpu_s"] = round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2)
    return seconds, lines, finished


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    import importlib.metadata as md

    def version(name):
        try:
            return md.version(name)
        except md.PackageNotFoundError:
            return "not installed"

    from kg.extract import DEFAULT_MODEL

    return {
        "CPU": cpu, "CPUs (nproc)": str(os.cpu_count()), "RAM": ram,
        "OS": f"{platform.system()} {platform.release()}", "Python": platform.python_version(),
        "spaCy": version("spacy"), "pipeline": f"{DEFAULT_MODEL} {version(DEFAULT_MODEL)}",
        "rdflib": version("rdflib"), "pyoxigraph": version("pyoxigraph"), "dask": version("distributed"),
        "kg": version("kg"), "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", "-n", type=int, default=60, help="articles in the corpus (default 60)")
    parser.add_argument("--repeat", "-r", type=int, default=3, help="runs of each build measurement; the fastest counts")
    parser.add_argument("--workers", type=int, default=2, help="processes for the parallel measurements (default 2)")
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic graph (default 1,000,000)")
    parser.add_argument("--store-timeout", type=float, default=3600, help="seconds allowed per store backend")
    parser.add_argument("--query-timeout", type=float, default=60, help="seconds allowed per store query")
    parser.add_argument("--skip", action="append", default=[],
                        choices=["builds", "parallel", "dask", "stages", "store"],
                        help="leave out a part (repeatable)")
    parser.add_argument("--markdown", metavar="FILE", help="also write the report to FILE")
    args = parser.parse_args(argv)

    from kg.extract import DEFAULT_MODEL
    from kg.ingest import read_articles

    report: list[str] = [f"## Benchmark ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})", "",
                         "### Machine", "", table(["", ""], [[k, v] for k, v in machine().items()]), ""]

    def say(text=""):
        report.append(text)
        print(text, file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        from kg.cache import extractor_fingerprint

        fingerprint = extractor_fingerprint()
        if "builds" not in args.skip:
            make_corpus(corpus, args.articles)
            texts = [a.text for a in read_articles([corpus])]
            words = sum(len(t.split()) for t in texts)
            (work / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
            say(f"### Builds: {args.articles} articles, {words:,} words (sample articles repeated under distinct ids)")
            say()
            say(f"Fastest of {args.repeat} interleaved runs, each a fresh process (imports and model load included).")
            say()

            runs: dict[str, list[tuple[float, dict]]] = {}
            sizes: dict[str, tuple[int, int]] = {}

            def measure(name, child_args, before=None, after=None, size=(args.articles, words)):
                if before:
                    before()
                seconds, lines, _ = run_child(child_args)
                runs.setdefault(name, []).append((seconds, lines[-1] if lines else {}))
                sizes[name] = size
                if after:
                    after()

            def fresh(folder):
                return lambda: shutil.rmtree(folder, ignore_errors=True)

            # the rebuild: one more article (a sample text under a new id) on the cache of the
            # full build just made into `out`
            new_src = sorted(SAMPLE.glob("*.txt"))[1]
            new_path = corpus / "bench-new-article.txt"
            bigger = (args.articles + 1, words + len(next(iter(read_articles([new_src]))).text.split()))

            def add_new():
                shutil.copyfile(new_src, new_path)

            def drop_new():
                new_path.unlink()

            out = work / "out"
            texts_file = str(work / "texts.json")
            plan = [("bare spaCy nlp.pipe", ["bare", texts_file, DEFAULT_MODEL, "1"], None, None, None),
                    ("kg build", ["kg", "build", str(corpus), "--out", str(out)], fresh(out), None, None),
                    ("rebuild after 1 new article", ["kg", "build", str(corpus), "--out", str(out)], add_new, drop_new,
                     bigger),
                    ("kg build --workers 1", ["kg", "build", str(corpus), "--out", str(work / "out-1"),
                                              "--workers", "1", "--no-cache"], None, None, None)]
            if "parallel" not in args.skip:
                w = str(args.workers)
                plan += [(f"bare spaCy nlp.pipe(n_process={w})", ["bare", texts_file, DEFAULT_MODEL, w], None, None, None),
                         (f"kg build --workers {w}", ["kg", "build", str(corpus), "--out", str(work / "out-w"),
                                                      "--workers", w, "--no-cache"], None, None, None)]
            for r in range(args.repeat):
                for name, child_args, before, after, size in plan:
                    measure(name, child_args, before, after, size or (args.articles, words))
                    print(f"  run {r + 1}: {name}: {runs[name][-1][0]:.1f} s", file=sys.stderr, flush=True)
            if "dask" not in args.skip:
                measure(f"kg build --dask local --workers {args.workers}",
                        ["kg", "build", str(corpus), "--out", str(work / "out-d"), "--dask", "local",
                         "--workers", str(args.workers), "--no-cache"])

            # the last rebuild left its graph in `out`: a clean build of the same articles matches it
            add_new()
            clean = work / "out-clean"
            measure(f"clean build of the same {bigger[0]}", ["kg", "build", str(corpus), "--out", str(clean), "--no-cache"],
                    size=bigger)
            identical = (clean / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()

            best = {name: min(rs, key=lambda x: x[0]) for name, rs in runs.items()}
            rows = []
            for name, (seconds, info) in best.items():
                n, w = sizes[name]
                all_runs = ", ".join(f"{s:.1f}" for s, _ in runs[name])
                peak = info.get("peak_mb")
                kids = info.get("peak_children_mb")
                mem = f"{peak:.0f}" if peak is not None else "?"
                if kids and kids > 1:
                    mem += f" (+ workers {kids:.0f})"
                cpu = min(i.get("cpu_s", 0.0) for _, i in runs[name])
                rows.append([name, f"{seconds:.2f}", all_runs, f"{n / seconds:.2f}", f"{w / seconds:,.0f}", f"{cpu:.1f}", mem])
            say(table(["run", "seconds", "all runs", "articles/s", "words/s", "CPU s (least)", "peak RSS MB"], rows))
            say()
            bare, kgb = best["bare spaCy nlp.pipe"][0], best["kg build"][0]
            say(f"* **kg build / bare nlp.pipe = {kgb / bare:.2f}** (target at most 1.3)")
            cpu_of = {name: min(i.get("cpu_s", 0.0) for _, i in rs) for name, rs in runs.items()}
            if "kg build --workers 1" in best:
                k1 = best["kg build --workers 1"][0]
                say(f"* kg build --workers 1 / bare nlp.pipe = {k1 / bare:.2f} (one process each; in CPU seconds: "
                    f"{cpu_of['kg build --workers 1'] / max(cpu_of['bare spaCy nlp.pipe'], 0.01):.2f})")
            if "parallel" not in args.skip:
                w = args.workers
                bw, kw = best[f"bare spaCy nlp.pipe(n_process={w})"][0], best[f"kg build --workers {w}"][0]
                say(f"* kg build --workers {w} / bare nlp.pipe(n_process={w}) = {kw / bw:.2f}; "
                    f"kg build --workers {w} / kg build = {kw / kgb:.2f}")
            full, again = kgb, best["rebuild after 1 new article"][0]
            say(f"* **rebuild after 1 new article / full build = {again / full:.2f}** (target at most 0.25); "
                f"graph.ttl identical to a clean build: {'yes' if identical else 'NO'}")
            say()

            if "stages" not in args.skip:
                _, lines, _ = run_child(["stages", str(corpus), str(work / "out-s"), DEFAULT_MODEL])
                info = lines[-1]
                total = sum(info["timings"].values())
                say(f"### Where a build of {bigger[0]} articles spends its time (one process)")
                say()
                say(table(["stage", "seconds", "share"],
                          [[k, f"{v:.3f}", f"{100 * v / total:.1f}%"] for k, v in info["timings"].items()]))
                say()
                say(f"{info['triples']:,} triples; peak RSS {info['peak_mb']:.0f} MB.")
                together = info.get("together") or {}
                if together:
                    exports = [v for k, v in info["timings"].items() if k.startswith("export ")]
                    alone = sum(exports)
                    say(f"The {len(exports)} exports one by one, as above: {alone:.3f} s; as kg build writes "
                        f"them (shared work): {together['1']:.3f} s in one process, "
                        f"{together['2']:.3f} s in two.")
                say()

        if "store" not in args.skip:
            nt = work / "synthetic.nt"
            t = time.perf_counter()
            count = synthetic_graph(nt, args.triples)
            say(f"### Store: a synthetic kg-shaped graph of {count:,} triples "
                f"({nt.stat().st_size / 1e6:.0f} MB of N-Triples, written in {time.perf_counter() - t:.1f} s)")
            say()
            results: dict[str, dict[str, dict]] = {}
            for backend in ("oxigraph", "rdflib"):
                bwork = work / f"store-{backend}"
                bwork.mkdir()
                seconds, lines, finished = run_child(["store", backend, str(nt), str(bwork), str(args.query_timeout)],
                                                     timeout=args.store_timeout)
                results[backend] = {line["step"]: line for line in lines}
                if not finished:
                    results[backend]["(timed out)"] = {"seconds": args.store_timeout}
                shutil.rmtree(bwork, ignore_errors=True)
            steps = list(dict.fromkeys([*results["oxigraph"], *results["rdflib"]]))
            rows = []
            for step in steps:
                o, r = results["oxigraph"].get(step), results["rdflib"].get(step)

                def cell(x):
                    if x is None:
                        return "not reached"
                    if x.get("timeout"):
                        return f"stopped after {x['seconds']:.0f}"
                    return f"{x['seconds']:.2f}" + (f" ({x['rows']} rows)" if "rows" in x else "")

                speed = ""
                if o and r and o["seconds"] > 0:
                    speed = f"{'> ' if r.get('timeout') else ''}{r['seconds'] / o['seconds']:.1f}x"
                rows.append([step, cell(o), cell(r), speed])
            say(table(["step", "Oxigraph on disk, s", "rdflib in memory, s", "rdflib / Oxigraph"], rows))
            say()
            for backend in ("oxigraph", "rdflib"):
                peaks = [x.get("peak_mb", 0) for x in results[backend].values()]
                say(f"* {backend}: peak RSS {max(peaks):.0f} MB" if peaks else f"* {backend}: no result")
            say()

    extractor_fingerprint.cache_clear()
    if "builds" not in args.skip and extractor_fingerprint() != fingerprint:
        say("**Warning: the extractor's code or data changed during this run; the cache was invalidated "
            "and the build numbers are not comparable. Run again.**")
    text = "\n".join(report) + "\n"
    print(text)
    if args.markdown:
        Path(args.markdown).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        kind, rest = sys.argv[2], sys.argv[3:]
        if kind == "bare":
            child_bare(rest[0], rest[1], int(rest[2]))
        elif kind == "kg":
            child_kg(rest)
        elif kind == "stages":
            child_stages(rest[0], rest[1], rest[2])
        elif kind == "store":
            child_store(rest[0], rest[1], rest[2], float(rest[3]))
        else:
            sys.exit(f"unknown child {kind}")
    else:
        main()
