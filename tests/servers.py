"""Real triple-store servers for the tests: an Oxigraph server and a Virtuoso server, each
on loopback ports chosen free at run time, with its data in a temporary folder, started
with bounded waiting and stopped in teardown. Plus helpers to compare query results across
stores."""

from __future__ import annotations

import csv
import functools
import io
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from decimal import Decimal, InvalidOperation
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.serve import free_port
from tests.conftest import ROOT

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
START_TIMEOUT = 120.0


def require(tool: str) -> str:
    """The path of a command the tests need; fails (never skips) when it is missing."""
    beside = Path(sys.executable).parent / tool
    found = shutil.which(tool) or (str(beside) if beside.is_file() else None)
    assert found, (f"'{tool}' is not installed: run scripts/install-system-deps (Debian package "
                   f"virtuoso-opensource) or install the dev dependencies (oxigraph)")
    return found


def log_tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def wait_http(url: str, process: subprocess.Popen, log: Path, timeout: float = START_TIMEOUT) -> None:
    """Poll ``url`` until it answers 200; fail early when the process dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, f"server exited with {process.returncode}:\n{log_tail(log)}"
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.25)
    raise AssertionError(f"server did not answer {url} within {timeout:g} s:\n{log_tail(log)}")


def stop(process: subprocess.Popen, grace: float = 30.0) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(grace)


class OxigraphServer:
    """``oxigraph serve`` (read-write) over a store folder."""

    def __init__(self, workdir: Path):
        self.binary = require("oxigraph")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = workdir / "oxigraph.log"
        self.location = workdir / "store"
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(
                [self.binary, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            wait_http(f"{self.url}/query?query=ASK%7B%7D", self.process, self.log)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        stop(self.process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:{sql_port}
DisableUnixSocket    = 1
DisableTcpSocket     = 0
MaxClientConnections = 10
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = ., {dir}/load
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
ThreadsPerQuery      = 2

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = {dir}/www
MaxClientConnections = 10
ServerThreads        = 10
Charset              = UTF-8
EnabledDavVSP        = 0

[SPARQL]
ResultSetMaxRows          = 1000000
MaxQueryExecutionTime     = 120
MaxQueryCostEstimationTime = 0
"""


class VirtuosoServer:
    """``virtuoso-t +foreground`` from its own ini, database in a temporary folder, SQL
    and HTTP on free loopback ports. The ``dba`` password is changed from the default at
    start (``isql-vt``); the Graph Store Protocol with authentication is then
    ``/sparql-graph-crud-auth`` as ``dba`` (HTTP Digest)."""

    password = "kg-test-secret"

    def __init__(self, workdir: Path):
        self.binary = require("virtuoso-t")
        self.isql_binary = require("isql-vt")
        self.dir = workdir
        self.load_dir = workdir / "load"
        self.load_dir.mkdir()
        (workdir / "www").mkdir()
        self.sql_port, self.http_port = free_port(), free_port()
        while self.http_port == self.sql_port:
            self.http_port = free_port()
        self.url = f"http://127.0.0.1:{self.http_port}"
        ini = workdir / "virtuoso.ini"
        ini.write_text(VIRTUOSO_INI.format(dir=workdir, sql_port=self.sql_port, http_port=self.http_port))
        self.log = workdir / "stdout.log"
        with open(self.log, "w") as log:
            self.process = subprocess.Popen([self.binary, "+foreground", "+configfile", str(ini)], cwd=workdir,
                                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self._password = "dba"
        try:
            wait_http(f"{self.url}/sparql?query=ASK%7B%7D", self.process, workdir / "virtuoso.log")
            self.isql(f"USER_CHANGE_PASSWORD('dba', 'dba', '{self.password}');")
            self._password = self.password
        except BaseException:
            self.stop()
            raise

    def isql(self, sql: str, timeout: float = 300) -> str:
        """Run SQL through ``isql-vt`` as dba; fails on any SQL error."""
        done = subprocess.run([self.isql_binary, f"127.0.0.1:{self.sql_port}", "dba", self._password],
                              input=sql + "\n", capture_output=True, text=True, timeout=timeout)
        out = done.stdout + done.stderr
        assert done.returncode == 0 and "*** Error" not in out, f"isql failed:\n{sql}\n{out}"
        return out

    def bulk_load(self, rdf_file: Path, graph: str) -> None:
        """Load a file with Virtuoso's bulk loader (``ld_dir`` + ``rdf_loader_run``)."""
        shutil.copy(rdf_file, self.load_dir / rdf_file.name)
        self.isql(f"ld_dir('{self.load_dir}', '{rdf_file.name}', '{graph}');\n"
                  "rdf_loader_run();\ncheckpoint;")
        out = self.isql("SELECT ll_file, ll_state, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
        assert "0 Rows" in out, f"bulk load reported errors:\n{out}"

    def stop(self) -> None:
        stop(self.process, grace=60)


# ----------------------------------------------------------------------------- comparing results
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def normal(value: str) -> str:
    """One spelling per value: numbers canonical (stores rewrite ``0.800`` as ``0.8`` and
    ``1.0E1`` as ``10``), everything else as is."""
    if _NUMBER.fullmatch(value):
        try:
            d = Decimal(value)
        except InvalidOperation:
            return value
        if d == d.to_integral_value():
            return str(int(d))
        return format(d.normalize(), "f")
    return value


def endpoint_rows(names: list[str], bindings: list[dict]) -> set[tuple[str, ...]]:
    """SPARQL JSON bindings as a set of rows of plain, normalised values (language tags
    and datatypes dropped, as ``kg query`` prints them)."""
    return {tuple(normal(b[n]["value"]) if n in b else "" for n in names) for b in bindings}


@functools.lru_cache(maxsize=None)
def kg_query_rows(graph, query_file: Path) -> tuple[list[str], frozenset[tuple[str, ...]]]:
    """``kg query GRAPH FILE --format csv`` as variable names and a set of normalised rows
    (remembered: the graphs the tests ask about do not change)."""
    result = CliRunner().invoke(main, ["query", str(graph), str(query_file), "--format", "csv"])
    assert result.exit_code == 0, result.output
    names, *rows = csv.reader(io.StringIO(result.output + "\n"))
    return names, frozenset(tuple(normal(v) for v in r) for r in rows if r)
