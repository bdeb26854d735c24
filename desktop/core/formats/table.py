"""Binds a file's columns to our fields (by layout or by the user's mapping) and reads its rows."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.formats.errors import ImportFileError
from desktop.core.formats.layouts import Field, Layout, layout, signature_score
from desktop.core.formats.python_lists import parse_python_list
from desktop.core.formats.records import DEFAULT_MAX_BYTES, iter_records, read_columns

_SHOWN_COLUMNS = 20


def parse_mapping(text: str) -> dict[str, str]:
    """Parse a --map option like "situation=prompt,text=value" into {our field: their column}."""
    mapping: dict[str, str] = {}
    for part in filter(None, (part.strip() for part in text.split(","))):
        field, equals, column = (piece.strip() for piece in part.partition("="))
        if not (equals and field and column):
            raise ValueError(f"'{part}' should look like field=column")
        if field in mapping:
            raise ValueError(f"'{field}' is mapped twice")
        mapping[field] = column
    return mapping


def cell_text(value: object) -> str:
    """A cell or JSON value as stripped text: null is empty, lists and objects stay JSON."""
    if isinstance(value, str):  # nearly every cell: checked first
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value).strip()


@dataclass(frozen=True)
class Table:
    """A file read as one layout: `columns` maps each field found in the header to its column."""

    path: Path
    kind: str
    columns: Mapping[str, str]
    max_bytes: int
    # JSON records need not share keys: an optional field absent from the first may come later.
    later_columns: Mapping[str, tuple[str, ...]]

    def rows(self) -> Iterator[Row]:
        for line, record in iter_records(self.path, max_bytes=self.max_bytes):
            yield Row(self, line, record)


@dataclass(slots=True)
class Row:
    """One record of a table; its methods word any problem with the file's own column names."""

    table: Table
    line: int
    record: Mapping[str, Any]

    def column(self, field: str) -> str | None:
        """The file's column holding `field` in this record, if any."""
        column = self.table.columns.get(field)
        if column is None:
            names = self.table.later_columns.get(field, ())
            column = next((name for name in names if name in self.record), None)
        return column

    def text(self, field: str) -> str:
        column = self.column(field)
        return "" if column is None else cell_text(self.record.get(column))

    def required(self, field: str) -> str:
        value = self.text(field)
        if not value:
            column = self.table.columns[field]
            state = "empty" if column in self.record else "missing on this line"
            raise self.error(f"the column '{column}' is {state}")
        return value

    def texts(self, field: str) -> tuple[str, ...]:
        """A list cell: a JSON list, a Python-literal list, or text separated by ';'."""
        column = self.column(field)
        value = None if column is None else self.record.get(column)
        if isinstance(value, list):
            return tuple(filter(None, (cell_text(entry) for entry in value)))
        text = cell_text(value)
        if not text.startswith("["):
            return tuple(filter(None, (part.strip() for part in text.split(";"))))
        try:
            return parse_python_list(text)
        except ValueError as error:
            raise self.error(f"the column '{column}' is not a readable list: {error}") from None

    def choice(self, field: str, allowed: Sequence[str], required: bool = True) -> str:
        """One of `allowed` (compared without case), or '' when optional and empty."""
        value = self.required(field) if required else self.text(field)
        if value and value.lower() not in allowed:
            words = ", ".join(allowed)
            column = self.table.columns[field]
            raise self.error(f"the {column} '{value}' is not one of: {words}")
        return value.lower()

    def error(self, message: str) -> ImportFileError:
        return ImportFileError(self.table.path, self.line, message)


def open_table(
    path: str | Path,
    kinds: Sequence[str],
    mapping: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Table:
    """Read the header, pick the first of `kinds` it matches and bind the fields; no rows read."""
    path = Path(path)
    mapping = dict(mapping or {})
    found = read_columns(path, max_bytes=max_bytes)
    _check_mapping(path, kinds, mapping, found)
    named = (*found, *mapping)
    kind = next((kind for kind in kinds if _share(kind, named) == 1), None)
    if kind is None:
        # Name what the closest layout lacks; on a tie the plainest layout (listed last) wins.
        closest = layout(max(reversed(kinds), key=lambda kind: _share(kind, named)))
        raise ImportFileError(path, None, _missing(closest, closest.signature, named, found))
    shape = layout(kind)
    columns = _bind(path, shape, mapping, found)
    later = {field.name: field.columns for field in shape.fields if field.name not in columns}
    return Table(path, kind, columns, max_bytes, later)


def _share(kind: str, columns: Sequence[str]) -> float:
    return signature_score(kind, columns) / len(layout(kind).signature)


def _check_mapping(
    path: Path, kinds: Sequence[str], mapping: dict[str, str], found: Sequence[str]
) -> None:
    known = list(dict.fromkeys(field.name for kind in kinds for field in layout(kind).fields))
    for field, column in mapping.items():
        if field not in known:
            message = f"the mapping names '{field}', which is not one of: {', '.join(known)}"
            raise ImportFileError(path, None, message)
        if column not in found:
            message = (
                f"the mapping takes '{field}' from the column '{column}', which is not in the file"
            )
            raise ImportFileError(path, None, f"{message} ({_found(found)})")


def _bind(
    path: Path, shape: Layout, mapping: dict[str, str], found: Sequence[str]
) -> dict[str, str]:
    columns: dict[str, str] = {}
    for field in shape.fields:
        column = mapping.get(field.name) or next(
            (name for name in field.columns if name in found), None
        )
        if column is not None:
            columns[field.name] = column
        elif field.required:
            raise ImportFileError(
                path, None, _missing(shape, (field.name,), (*found, *mapping), found)
            )
    return columns


def _missing(
    shape: Layout, names: Sequence[str], named: Sequence[str], found: Sequence[str]
) -> str:
    """'the column 'x' (or 'y') is missing: why (columns found: ...)' for the absent fields."""
    absent = [shape.field(name) for name in names]
    absent = [field for field in absent if not set(field.columns).intersection(named)]
    quoted = [_quoted(field) for field in absent]
    subject = (
        f"the column {quoted[0]} is" if len(quoted) == 1 else f"the columns {', '.join(quoted)} are"
    )
    why = f": {absent[0].why}" if len(absent) == 1 and absent[0].why else ""
    return f"{subject} missing{why} ({_found(found)})"


def _quoted(field: Field) -> str:
    aliases = "".join(f" or '{alias}'" for alias in field.aliases)
    return f"'{field.name}' ({aliases[1:]})" if aliases else f"'{field.name}'"


def _found(found: Sequence[str]) -> str:
    shown = ", ".join(found[:_SHOWN_COLUMNS]) + (", ..." if len(found) > _SHOWN_COLUMNS else "")
    return f"columns found: {shown}"
