"""Reads labels given outside the app: rows of item, annotator, field, value, time."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from desktop.core.formats.items import ExternalLabel
from desktop.core.formats.records import DEFAULT_MAX_BYTES
from desktop.core.formats.table import Row, open_table


def read_labels(
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[ExternalLabel]:
    """Every row as an ExternalLabel, or ImportFileError for the first bad row (nothing partial)."""
    table = open_table(path, ("labels",), mapping, max_bytes)
    return [_label(row) for row in table.rows()]


def _label(row: Row) -> ExternalLabel:
    return ExternalLabel(
        item=row.required("item"),
        annotator=row.required("annotator"),
        field=row.required("field"),
        value=row.text("value"),  # an empty value is a label too: the annotator cleared it
        time=_time(row),
    )


def _time(row: Row) -> str:
    """The time as written, once it is known to be an ISO 8601 date and time."""
    text = row.text("time")
    try:
        if text:
            datetime.fromisoformat(text)
    except ValueError:
        raise row.error(
            f"the time '{text}' is not a date and time like 2024-05-01T14:30:00"
        ) from None
    return text
