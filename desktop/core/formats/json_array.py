"""Streams the objects of a JSON array file (MGE exports) without loading the whole file."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from desktop.core.formats.errors import ImportFileError, not_utf8

CHUNK_BYTES = 1 << 20
_SPACE = re.compile(r"[ \t\r\n]*")


def describe_json(value: object) -> str:
    """A few words naming what kind of JSON value this is, for error messages."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a piece of text"
    return "a list" if isinstance(value, list) else "an object"


class _Window:
    """The part of the file's text not yet parsed; grows only when an item runs past its end."""

    def __init__(self, path: Path, stream: BinaryIO, chunk_bytes: int) -> None:
        self.path = path
        self.stream = stream
        self.chunk_bytes = chunk_bytes
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.text = ""
        self.pos = 0
        self.line = 1  # the line number at self.pos
        self.eof = False

    def fill(self) -> bool:
        """Read more text; False once the file is exhausted."""
        if self.eof:
            return False
        # Read at least as much as is pending so a huge item costs linear, not quadratic, time.
        raw = self.stream.read(max(self.chunk_bytes, len(self.text) - self.pos))
        self.eof = not raw
        try:
            chunk = self.decoder.decode(raw, final=self.eof)
        except UnicodeDecodeError as error:
            line = self.line_at(len(self.text)) + raw[: error.start].count(b"\n")
            raise not_utf8(self.path, line) from error
        self.text = self.text[self.pos :] + chunk
        self.pos = 0
        return True

    def line_at(self, pos: int) -> int:
        return self.line + self.text.count("\n", self.pos, pos)

    def advance(self, end: int) -> None:
        self.line = self.line_at(end)
        self.pos = end

    def peek(self) -> str:
        """The next character that is not white space, or '' at the end of the file."""
        while True:
            space = _SPACE.match(self.text, self.pos)
            self.advance(space.end() if space else self.pos)
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.fill():
                return ""

    def value(self) -> Any:
        """Decode the JSON value starting here, reading more of the file if it is cut short."""
        decoder = json.JSONDecoder()
        while True:
            try:
                value, end = decoder.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as error:
                if self.fill():
                    continue
                message = f"this is not valid JSON: {error.msg}"
                raise ImportFileError(self.path, self.line_at(error.pos), message) from error
            except RecursionError:
                message = "this item nests lists or objects too deeply"
                raise ImportFileError(self.path, self.line, message) from None
            # A number at the window's edge may continue in the next chunk.
            if end == len(self.text) and self.fill():
                continue
            self.advance(end)
            return value


def iter_json_array(
    path: Path, stream: BinaryIO, chunk_bytes: int = CHUNK_BYTES
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line where the item starts, item) for each object of a top-level JSON array."""
    window = _Window(path, stream, chunk_bytes)
    if window.peek() != "[":
        raise ImportFileError(path, window.line, "a .json file should hold a list of items [...]")
    window.advance(window.pos + 1)
    index = 0
    while window.peek() != "]" or index:
        line = window.line
        item = window.value()
        index += 1
        if not isinstance(item, dict):
            message = f"item {index} of the list should be an object {{...}}, but it is "
            raise ImportFileError(path, line, message + describe_json(item))
        yield line, item
        if not _after_item(window, index):
            break
    window.advance(window.pos + 1)
    if window.peek():
        raise ImportFileError(path, window.line, "there is more text after the list's closing ]")


def _after_item(window: _Window, index: int) -> bool:
    """Step over the comma after an item: True if another item follows, False at the ']'."""
    char = window.peek()
    if char == ",":
        window.advance(window.pos + 1)
        return True
    if char == "]":
        return False
    if not char:
        raise ImportFileError(window.path, window.line, "the file ends before the list's closing ]")
    message = f"a comma or ] should follow item {index}, but '{char}' does"
    raise ImportFileError(window.path, window.line, message)
