"""A plain-text table for `--text`: one row per record, columns as wide as their widest cell
(long cells are shortened with an ellipsis)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

MAX_CELL = 60


def table(rows: Sequence[Mapping[str, Any]], columns: Sequence[tuple[str, str]],
          empty: str = "Nothing yet.") -> str:
    """`columns` are (key, heading) pairs; `empty` is printed when there are no rows."""
    if not rows:
        return empty
    cells = [[heading for _, heading in columns]]
    cells += [[_cell(row.get(key)) for key, _ in columns] for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(columns))]
    return "\n".join("  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True))
                     .rstrip() for line in cells)


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        value = ", ".join(str(entry) for entry in value)
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"
