"""The registry's merge rules as one pure function, used the same way in both directions of a
sync, so that any order of syncs between any laptops and the server ends with the same rows.

Each rule picks the greatest copy under a total order (or, for append-only rows, the earliest
provenance and earliest set-once values), which makes the result independent of the order
in which copies meet, and meeting twice changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop.store.policies import TablePolicy

Row = tuple[Any, ...]


def content(row: Row) -> str:
    """The row's content as text: the last tie-break, the same on every machine."""
    return json.dumps(list(row), ensure_ascii=False, separators=(",", ":"), default=str)


class _Desc:
    """Inverts the order of a value, to prefer the larger one inside an ascending key."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Desc) -> bool:
        return bool(self.value > other.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and self.value == other.value


def _get(columns: Sequence[str], row: Row, name: str) -> str:
    value = row[columns.index(name)]
    return "" if value is None else str(value)


def preference(policy: TablePolicy, columns: Sequence[str], row: Row) -> tuple[Any, ...]:
    """Smaller is preferred: the copy every machine keeps."""
    if policy.rule == "devices":
        return (_get(columns, row, "first_seen_at"), _get(columns, row, "name"), content(row))
    if policy.rule == "newest_edit":
        return (_Desc(_get(columns, row, "updated_at")), _Desc(_get(columns, row, "device_id")),
                _Desc(content(row)))
    # content_keyed: the first-made copy; the same copy edited later: its newest edit.
    edited = _get(columns, row, "updated_at") if "updated_at" in columns else ""
    return (_get(columns, row, "created_at"), _get(columns, row, "device_id"), _Desc(edited),
            _Desc(content(row)))


def winner(policy: TablePolicy, columns: Sequence[str], mine: Row, theirs: Row) -> Row | None:
    """What `mine` should become when `theirs` arrives, or None when it stays as it is."""
    if mine == theirs:
        return None
    if policy.rule == "append_only":
        merged = _append_only(policy, columns, mine, theirs)
        return None if merged == mine else merged
    if preference(policy, columns, theirs) < preference(policy, columns, mine):
        return theirs
    return None


def _append_only(policy: TablePolicy, columns: Sequence[str], mine: Row, theirs: Row) -> Row:
    """Content never changes; provenance moves to the earliest copy; set-once columns keep
    their earliest non-empty value (what the append-only triggers allow; '' is empty, like
    NULL, and an empty column keeps its own value: both copies end the same either way)."""
    merged = list(mine)
    made = [columns.index("created_at"), columns.index("device_id")]
    if [theirs[i] for i in made] < [mine[i] for i in made]:
        for i in made:
            merged[i] = theirs[i]
    for column in policy.set_once:
        i = columns.index(column)
        filled = [v for v in (mine[i], theirs[i]) if v is not None and v != ""]
        merged[i] = min(filled) if filled else mine[i]
    return tuple(merged)


def changed_columns(columns: Sequence[str], before: Row, after: Row) -> list[str]:
    return [c for c, old, new in zip(columns, before, after, strict=True) if old != new]
