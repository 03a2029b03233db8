"""A local, read-only SPARQL endpoint with a query page, over a graph or a store.

The Oxigraph server (the ``oxigraph`` command of the ``oxigraph`` Python package) does the
serving: a graph file or build folder is first loaded into a temporary store with
``oxigraph load``, then ``oxigraph serve-read-only --union-default-graph`` answers on
127.0.0.1 until stopped; the temporary store is removed afterwards. A persistent store
(``oxigraph:PATH``) is served in place, read-only; do not build into it meanwhile.

The server offers a query page at ``/`` and the SPARQL 1.1 protocol at ``/query``.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import StoreError

#: Graph file suffix -> the format name ``oxigraph load --format`` takes.
LOAD_FORMATS: dict[str, str] = {
    ".ttl": "ttl",
    ".trig": "trig",
    ".nq": "nq",
    ".nt": "nt",
    ".jsonld": "jsonld",
    ".json": "jsonld",
    ".rdf": "rdf",
    ".owl": "rdf",
}

START_TIMEOUT = 60.0


def oxigraph_binary() -> str:
    """The ``oxigraph`` server command: on PATH or beside this Python (a virtualenv)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = shutil.which("oxigraph") or (str(beside) if beside.is_file() else None)
    if not found:
        raise StoreError("the Oxigraph server is not installed; install it with 'pip install oxigraph' "
                         "(it provides the 'oxigraph' command)")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:300] if lines else "no message"


def load_into(graph_file: Path, location: Path, timeout: float | None = None) -> None:
    """Load one graph file into an Oxigraph store folder with ``oxigraph load``."""
    fmt = LOAD_FORMATS.get(graph_file.suffix.lower())
    if fmt is None:
        raise StoreError(f"{graph_file}: the Oxigraph server cannot load {graph_file.suffix!r} files")
    cmd = [oxigraph_binary(), "load", "--location", str(location), "--file", str(graph_file), "--format", fmt]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise StoreError(f"{graph_file}: loading into Oxigraph took more than {timeout:g} s") from None
    if done.returncode != 0:
        raise StoreError(f"{graph_file}: oxigraph load failed: {_last_line(done.stderr or done.stdout)}")


@dataclass
class Server:
    """A running read-only Oxigraph server."""

    process: subprocess.Popen
    url: str
    location: Path
    workdir: Path | None = None
    log: object | None = None  # the server's stderr, a temporary file

    def log_tail(self) -> str:
        if self.log is None:
            return "no message"
        self.log.seek(0)
        return _last_line(self.log.read())

    @property
    def endpoint(self) -> str:
        return self.url + "query"

    def stop(self, grace: float = 10.0) -> None:
        """Stop the server and remove its temporary store."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(grace)
        if self.log is not None:
            self.log.close()
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)


def _wait_ready(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    probe = server.url + "query?query=ASK%7B%7D"
    url = server.url
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise StoreError(f"the Oxigraph server stopped at start: {server.log_tail()}")
        try:
            with urllib.request.urlopen(probe, timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise StoreError(f"the Oxigraph server did not answer at {url} within {timeout:g} s")


def start(source: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = START_TIMEOUT) -> Server:
    """Start a read-only SPARQL server over a graph file, build folder or ``oxigraph:PATH``
    store; ``port=0`` picks a free port. Returns once it answers queries."""
    from kg.store.backend import is_store_spec, parse_store_spec
    from kg.store.io import resolve_graph_path

    binary = oxigraph_binary()
    workdir = None
    if is_store_spec(str(source)):
        location = parse_store_spec(str(source)).path
        if not location.is_dir():
            raise StoreError(f"{source}: no such store; create it with 'kg build ... --store {source}'")
    else:
        graph_file = resolve_graph_path(source)
        workdir = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        location = workdir / "store"
        try:
            load_into(graph_file, location)
        except BaseException:
            shutil.rmtree(workdir, ignore_errors=True)
            raise
    port = port or free_port(host)
    url = f"http://{host}:{port}/"
    cmd = [binary, "serve-read-only", "--location", str(location), "--bind", f"{host}:{port}", "--union-default-graph"]
    log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, stdin=subprocess.DEVNULL)
    server = Server(process, url, location, workdir, log)
    try:
        _wait_ready(server, timeout)
    except BaseException:
        server.stop()
        raise
    return server


def serve(source: str | Path, host: str = "127.0.0.1", port: int = 7878,
          on_ready: Callable[[Server], None] | None = None) -> None:
    """Serve until Ctrl-C (or SIGTERM), then stop the server and clean up."""
    server = start(source, host, port)

    def stop_on_term(_signum, _frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop_on_term)
    previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started in the background
    try:
        if on_ready:
            on_ready(server)
        server.process.wait()
        raise StoreError(f"the Oxigraph server stopped: {server.log_tail()}")
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        signal.signal(signal.SIGINT, previous_int)
        server.stop()
