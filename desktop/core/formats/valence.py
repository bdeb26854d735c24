"""Reads valence items in ValuePrism's shape: situation, vrd, text, explanation, valence."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from desktop.core.formats.items import VALENCE_KINDS, VALENCES, ValenceItem
from desktop.core.formats.records import DEFAULT_MAX_BYTES
from desktop.core.formats.table import Row, open_table


def read_valence_items(
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[ValenceItem]:
    """Every row as a ValenceItem, or ImportFileError for the first bad row (nothing partial)."""
    table = open_table(path, ("valence_items",), mapping, max_bytes)
    return [_valence_item(row) for row in table.rows()]


def _valence_item(row: Row) -> ValenceItem:
    return ValenceItem(
        source_id=row.text("source_id"),
        situation=row.required("situation"),
        kind=row.choice("vrd", VALENCE_KINDS),
        text=row.required("text"),
        explanation=row.text("explanation"),
        valence=row.choice("valence", VALENCES, required=False),
    )
