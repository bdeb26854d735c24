"""How the test suite is laid out: test modules share code only through tests/support and
tests/data, never by importing one another."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SHARED = ("tests.support", "tests.data")


def suite_imports(path: Path) -> list[str]:
    """Every module of the test suite that `path` imports, relative imports spelt with dots."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(a.name for a in node.names if a.name.split(".")[0] == "tests")
        elif isinstance(node, ast.ImportFrom) and node.level:
            names.append("." * node.level + (node.module or ""))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "tests":
            names.append(node.module or "")
    return names


def test_no_test_module_imports_another() -> None:
    offenders = [
        f"{path.relative_to(TESTS.parent)} imports {name}"
        for path in sorted(TESTS.rglob("*.py"))
        for name in suite_imports(path)
        if not (name in SHARED or name.startswith(tuple(f"{s}." for s in SHARED)))
    ]
    assert offenders == [], "move shared helpers and fixtures into tests/support"
