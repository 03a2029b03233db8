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
    assert result.output.splitlines()[0] == "subject,sentence,article"
