"""Reads list cells written as Python literals (DailyDilemmas: "['Honesty', nan]") without eval."""

from __future__ import annotations

import ast

# pandas writes a missing entry as a bare nan; None appears when lists were built by hand.
_MISSING_NAMES = {"nan", "NaN", "None"}


def parse_python_list(cell: str) -> tuple[str, ...]:
    """The text entries of a Python-literal list, missing ones dropped; ValueError if malformed."""
    cell = cell.strip()
    if not cell or cell in _MISSING_NAMES:
        return ()
    if not (cell.startswith("[") and cell.endswith("]")):
        raise ValueError("expected a list like ['Honesty', 'Trust']")
    try:
        tree = ast.parse(cell, mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
        reason = getattr(error, "msg", None) or "it is not a well-formed list"
        raise ValueError(f"expected a list like ['Honesty', 'Trust'] ({reason})") from None
    if not isinstance(tree, ast.List):
        raise ValueError("expected a list like ['Honesty', 'Trust']")
    entries = (_entry(node, index) for index, node in enumerate(tree.elts, start=1))
    return tuple(entry for entry in entries if entry)


def _entry(node: ast.expr, index: int) -> str:
    """One entry as stripped text; '' for a missing entry."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.strip()
    if isinstance(node, ast.Constant) and node.value is None:
        return ""
    if isinstance(node, ast.Name) and node.id in _MISSING_NAMES:
        return ""
    raise ValueError(f"entry {index} is not quoted text")
