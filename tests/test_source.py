"""Source hygiene the linters do not check: in the long rule modules a second top-level
binding of one name silently replaces the first for every rule that reads it."""

from __future__ import annotations

import ast
from collections import Counter

import pytest

from tests.conftest import ROOT

MODULES = sorted((ROOT / "kg").rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(ROOT)) for p in MODULES])
def test_no_module_binds_a_top_level_name_twice(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    assert not [n for n, k in names.items() if k > 1]
