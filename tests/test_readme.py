"""The README's set-up commands are what CI runs, and its SPARQL example works."""

from __future__ import annotations

import re

from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def bash_blocks() -> list[str]:
    return re.findall(r"```bash\n(.*?)```", README, flags=re.S)


def test_readme_opens_with_the_two_setup_commands():
    first, second = bash_blocks()[:2]
    assert "kg build data/articles --out out" in first
    assert "pytest" in second
    assert README.index(first) < README.index("## ")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = bash_blocks()[1].strip()
    assert command in ci.splitlines()


def test_readme_evidence_query_runs(sample_build):
    query = re.search(r"```sparql\n(.*?)```", README, flags=re.S).group(1)
    result = CliRunner().invoke(main, ["query", str(sample_build), query, "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "subject,sentence,article"
    assert any(line.startswith("Amazon employees,") and "Bezos" in line for line in lines[1:]), result.output


def test_who_petitioned_jeff_bezos_on_the_sample_turtle(sample_build):
    """The sample build answers the headline question from graph.ttl alone."""
    query = ("SELECT ?group WHERE { ?g kg:petitioned ?b ; rdfs:label ?group ; a kg:EmployeeGroup . "
             "?b rdfs:label 'Jeff Bezos' }")
    result = CliRunner().invoke(main, ["query", str(sample_build / "graph.ttl"), query, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Amazon employees" in result.output.splitlines()[1:]
