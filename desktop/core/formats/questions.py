"""Reads questions (contexts) from any table with a 'text' or 'prompt' column."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from desktop.core.formats.items import Question
from desktop.core.formats.records import DEFAULT_MAX_BYTES
from desktop.core.formats.table import Row, open_table


def read_questions(
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Question]:
    """Every question in the file, or ImportFileError for the first bad row (nothing partial)."""
    table = open_table(path, ("questions",), mapping, max_bytes)
    return [_question(row) for row in table.rows()]


def _question(row: Row) -> Question:
    return Question(
        text=row.required("text"),
        language=row.text("language"),
        note=row.text("note"),
        source_id=row.text("source_id"),
    )
