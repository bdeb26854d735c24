"""Streams the rows of a JSONL, JSON-array, CSV or TSV file as (line number, dict) pairs."""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Generator, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any, BinaryIO

from desktop.core.formats.errors import ImportFileError, not_utf8
from desktop.core.formats.json_array import describe_json, iter_json_array

Record = tuple[int, dict[str, Any]]

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv"}
_DELIMITERS = {"csv": ",", "tsv": "\t"}
_SNIFF_BYTES = 64 * 1024


def iter_records(
    path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Generator[Record, None, None]:
    """Yield (line where the record starts, record) for every record; raise ImportFileError."""
    path = Path(path)
    kind = _file_kind(path, max_bytes)
    count = 0
    for record in _stream(path, kind):
        count += 1
        yield record
    if not count:
        message = (
            "the file holds an empty list"
            if kind == "json"
            else "the file has a header but no rows"
        )
        raise ImportFileError(path, None, message)


def read_columns(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, ...]:
    """The column names of a table (CSV header, or the first JSON object's keys)."""
    with closing(iter_records(path, max_bytes=max_bytes)) as records:
        for _line, record in records:
            return tuple(record)
    return ()  # iter_records raises for a file without rows, so this is never reached


def _stream(path: Path, kind: str) -> Iterator[Record]:
    with _open(path) as stream:
        if kind == "json":
            yield from iter_json_array(path, stream)
        elif kind == "jsonl":
            yield from _jsonl_records(path, stream)
        else:
            yield from _csv_records(path, stream, _DELIMITERS.get(kind) or _sniff_delimiter(path))


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as error:
        raise ImportFileError(
            path, None, f"the file cannot be opened ({error.strerror})"
        ) from error


def _file_kind(path: Path, max_bytes: int) -> str:
    """Check size and encoding mark, then decide the format by suffix or by the first character."""
    _check_size(path, max_bytes)
    first = _first_char(path)
    if not first:
        raise ImportFileError(path, None, "the file is empty")
    suffix = path.suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if first in "[{":
        return "json" if first == "[" else "jsonl"
    if suffix == ".json":
        raise ImportFileError(path, None, "a .json file should hold a list of items [...]")
    return "sniff"


def _check_size(path: Path, max_bytes: int) -> None:
    try:
        size = path.stat().st_size
    except OSError as error:
        message = f"the file cannot be opened ({error.strerror})"
        raise ImportFileError(path, None, message) from error
    if size > max_bytes:
        message = (
            f"the file is {_megabytes(size)}, more than the {_megabytes(max_bytes)} "
            "that can be imported at once; split it into smaller files"
        )
        raise ImportFileError(path, None, message)


def _megabytes(size: int) -> str:
    megabytes = size / 2**20
    return f"{megabytes:.0f} MB" if megabytes >= 10 else f"{megabytes:.1f} MB"


def _first_char(path: Path) -> str:
    """The first character that is not white space, or '' for an empty file."""
    with _open(path) as stream:
        head = stream.read(4)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            message = "the file is saved as UTF-16; save it as UTF-8 and import it again"
            raise ImportFileError(path, 1, message)
        head = head.removeprefix(codecs.BOM_UTF8)
        while True:
            stripped = head.lstrip()
            if stripped:
                return chr(stripped[0])
            head = stream.read(_SNIFF_BYTES)
            if not head:
                return ""


def _sniff_delimiter(path: Path) -> str:
    """Comma, tab or semicolon: whichever the header line holds most of."""
    with _open(path) as stream:
        header = stream.readline(_SNIFF_BYTES)
    return max(",\t;", key=lambda delimiter: header.count(delimiter.encode()))


def _text_lines(path: Path, stream: BinaryIO) -> Iterator[str]:
    """Decode one physical line at a time, so a bad byte is reported on its own line."""
    for number, raw in enumerate(stream, start=1):
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise not_utf8(path, number) from error


def _jsonl_records(path: Path, stream: BinaryIO) -> Iterator[Record]:
    for number, line in enumerate(_text_lines(path, stream), start=1):
        if line.strip():
            yield number, _json_object(path, number, line)


def _json_object(path: Path, number: int, line: str) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        message = f"this line is not valid JSON: {error.msg} (at character {error.colno})"
        if number == 1 and path.suffix.lower() == ".json":
            message += "; a .json file should hold a list [...] or one object per line"
        raise ImportFileError(path, number, message) from error
    except RecursionError:
        raise ImportFileError(path, number, "this line nests lists or objects too deeply") from None
    if not isinstance(value, dict):
        message = "each line should hold one JSON object {...}, but this one holds "
        raise ImportFileError(path, number, message + describe_json(value))
    return value


def _csv_records(path: Path, stream: BinaryIO, delimiter: str) -> Iterator[Record]:
    reader = csv.reader(_text_lines(path, stream), delimiter=delimiter, strict=True)
    rows = _csv_rows(path, reader)
    header_line, header = next(rows, (1, []))
    names = _header_names(path, header_line, header)
    width = len(names)
    for number, cells in rows:
        if len(cells) != width:
            cells = _fit(path, number, cells, width, delimiter)
        record = dict(zip(names, cells, strict=True))
        record.pop("", None)  # an unnamed column, such as the index pandas writes
        yield number, record


def _fit(path: Path, number: int, cells: list[str], width: int, delimiter: str) -> list[str]:
    """Pad a short row (its trailing cells were empty); refuse a row with extra text."""
    if "".join(cells[width:]).strip():
        raise ImportFileError(path, number, _too_many_cells(len(cells), width, delimiter))
    return (cells + [""] * width)[:width]


def _csv_rows(path: Path, reader: Any) -> Iterator[tuple[int, list[str]]]:
    """Yield (physical line where the row starts, cells), skipping rows with no text at all."""
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportFileError(path, start, _csv_problem(str(error))) from error
        if "".join(cells).strip():
            yield start, cells


def _header_names(path: Path, line: int, header: list[str]) -> list[str]:
    names = [name.strip() for name in header]
    seen: set[str] = set()
    for name in names:
        if name in seen:
            message = f"the column name '{name}' appears twice; give each column its own name"
            raise ImportFileError(path, line, message)
        if name:
            seen.add(name)
    return names


def _too_many_cells(found: int, expected: int, delimiter: str) -> str:
    separator = "tab" if delimiter == "\t" else f"'{delimiter}'"
    return (
        f"this row has {found} cells but the header names {expected} columns; "
        f"a cell that contains a {separator} must be wrapped in double quotes"
    )


def _csv_problem(detail: str) -> str:
    """Translate the csv module's complaint into words a spreadsheet user recognises."""
    if "unexpected end of data" in detail:
        return "a cell opened with a double quote here is never closed"
    if "expected after" in detail:
        return 'a double quote inside a quoted cell must be written twice ("")'
    if "field larger than field limit" in detail:
        return "a cell here is too long; often a double quote is missing its partner"
    return f"this row cannot be read as CSV ({detail})"
