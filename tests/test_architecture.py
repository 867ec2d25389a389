"""The layout shows the pipeline: crawler → corpus ← indexer ← search_cli, with no arrow back;
the CLI holds no SQL; no production function is longer than a screen (80 lines)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("corpus", "crawler", "indexer", "search_cli", "demo_site")

# package -> packages of ours it may import
ALLOWED = {
    "corpus": set(),
    "demo_site": {"corpus"},
    "crawler": {"corpus"},
    "indexer": {"corpus"},
    "search_cli": {"corpus", "crawler", "indexer", "demo_site"},
}
MAX_FUNCTION_LINES = 80


def _modules(package: str):
    for path in sorted((REPO / package).rglob("*.py")):
        if "site" in path.relative_to(REPO / package).parts[:1]:
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported_packages(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & set(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_import_graph_has_no_arrow_back(package):
    wrong = {}
    for path, tree in _modules(package):
        bad = _imported_packages(tree) - ALLOWED[package] - {package}
        if bad:
            wrong[str(path.relative_to(REPO))] = sorted(bad)
    assert wrong == {}


def test_settings_is_not_imported_as_a_global_module():
    users = [str(p.relative_to(REPO)) for pkg in PACKAGES for p, tree in _modules(pkg)
             if "settings" in {a.name for n in ast.walk(tree) if isinstance(n, ast.Import)
                               for a in n.names}]  # fmt: skip
    assert users == []


def test_cli_holds_no_sql():
    sql = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")
    offenders = [str(p.relative_to(REPO)) for p in (REPO / "search_cli").rglob("*.py")
                 if sql.search(p.read_text(encoding="utf-8"))]  # fmt: skip
    assert offenders == []


def test_no_production_function_over_80_lines():
    long = {}
    for package in PACKAGES:
        for path, tree in _modules(package):
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    length = node.end_lineno - node.lineno + 1
                    if length > MAX_FUNCTION_LINES:
                        long[f"{path.relative_to(REPO)}:{node.name}"] = length
    assert long == {}


def test_province_names_resolve_without_loading_the_enrichment_rules():
    """`ocop facts -p …` resolves a province name; it must not import the figure/entity
    rules (~100 ms per command) that only enrichment needs."""
    import subprocess
    import sys

    code = (
        "import sys, indexer.nlp.provinces, indexer.nlp\n"
        "assert 'indexer.nlp.pipeline' not in sys.modules, 'pipeline imported'\n"
        "from indexer.nlp import ENRICHMENT_VERSION, enrich\n"
        "assert callable(enrich) and ENRICHMENT_VERSION >= 1\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
