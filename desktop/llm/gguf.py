"""Reads a GGUF file's header without loading the model: is it a GGUF, is it whole, what is it.

Lets the app show a model's name, size and context length in a file picker, and explain a
failed load ("cut short at 41 MB of 98 MB") instead of passing on llama.cpp's bare error.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

MAGIC = b"GGUF"
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
            10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9
_CHUNK = 1 << 20  # bytes read at a time while skipping a list of strings
# ggml tensor types: (elements per block, bytes per block). Unknown types skip the size check.
_BLOCKS = {0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24),
           8: (32, 34), 9: (32, 36), 10: (256, 84), 11: (256, 110), 12: (256, 144),
           13: (256, 176), 14: (256, 210), 15: (256, 292), 16: (256, 66), 17: (256, 74),
           18: (256, 98), 19: (256, 50), 20: (32, 18), 21: (256, 110), 22: (256, 82),
           23: (256, 136), 24: (1, 1), 25: (1, 2), 26: (1, 4), 27: (1, 8), 28: (1, 8),
           29: (256, 56), 30: (1, 2)}


# general.file_type: how most tensors are quantised (llama.h's LLAMA_FTYPE_MOSTLY_*).
FILE_TYPES = {0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1",
              10: "Q2_K", 11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M",
              16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S",
              22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M",
              28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0",
              37: "TQ2_0", 38: "MXFP4_MOE"}


class SkippedArray(str):
    """A long array (the tokenizer's lists) skipped while reading: shown as "<N items>", and
    its length kept."""

    length: int

    def __new__(cls, length: int) -> SkippedArray:
        text = super().__new__(cls, f"<{length} items>")
        text.length = length
        return text


class GgufError(ValueError):
    """The file is not a readable GGUF model; the message says why in plain words."""


@dataclass(frozen=True)
class GgufInfo:
    path: Path
    size_bytes: int
    version: int
    architecture: str
    name: str
    context_length: int | None
    tensor_count: int
    expected_size: int | None  # bytes the tensors need; None if a tensor type is unknown
    metadata: dict[str, Any] = field(repr=False, default_factory=dict)
    parameter_count: int = 0  # elements in all tensors
    tensor_bytes: int | None = None  # bytes of all tensors; None if a tensor type is unknown

    @property
    def is_complete(self) -> bool:
        return self.expected_size is None or self.size_bytes >= self.expected_size

    def arch_value(self, key: str, default: Any = None) -> Any:
        """A metadata value of this model's architecture (`block_count`, `attention.…`)."""
        return self.metadata.get(f"{self.architecture}.{key}", default)

    @property
    def quantisation(self) -> str:
        kind = self.metadata.get("general.file_type")
        if kind is None:
            return "unknown"
        return FILE_TYPES.get(int(kind), f"type {kind}")

    @property
    def has_chat_template(self) -> bool:
        return bool(str(self.metadata.get("tokenizer.chat_template", "")).strip())

    @property
    def vocab_size(self) -> int:
        size = self.arch_value("vocab_size")
        if size:
            return int(size)
        tokens = self.metadata.get("tokenizer.ggml.tokens")
        return tokens.length if isinstance(tokens, SkippedArray) else len(tokens or [])


class _Reader:
    def __init__(self, handle: BinaryIO, path: Path) -> None:
        self.handle, self.path = handle, path

    def take(self, fmt: str) -> Any:
        size = struct.calcsize(fmt)
        data = self.handle.read(size)
        if len(data) < size:
            raise GgufError(f"{self.path.name} is cut short: its header ends early.")
        return struct.unpack(fmt, data)[0]

    def string(self) -> str:
        length = self.take("<Q")
        if length > 1 << 24:
            raise GgufError(f"{self.path.name} has a damaged header (a {length}-byte name).")
        data = self.handle.read(length)
        if len(data) < length:
            raise GgufError(f"{self.path.name} is cut short: its header ends early.")
        return data.decode("utf-8", errors="replace")

    def skip_array(self, kind: int, count: int) -> None:
        if kind in _SCALARS:
            self.handle.seek(struct.calcsize(_SCALARS[kind]) * count, 1)
        elif kind == _STRING:
            self._skip_strings(count)
        else:
            for _ in range(count):
                self.value(kind)

    def _skip_strings(self, count: int) -> None:
        """Skip `count` length-prefixed strings, reading a megabyte at a time (a tokenizer's
        50,000 strings one read each cost a start 0.1 s)."""
        start = self.handle.tell()
        chunk, at = self.handle.read(_CHUNK), 0  # `at` counts from `start`
        for _ in range(count):
            if at + 8 > len(chunk):  # the next length lies beyond this chunk: read on from it
                start += at
                self.handle.seek(start)
                chunk, at = self.handle.read(_CHUNK), 0
                if len(chunk) < 8:
                    raise GgufError(f"{self.path.name} is cut short: its header ends early.")
            length = int.from_bytes(chunk[at:at + 8], "little")
            if length > 1 << 24:
                raise GgufError(f"{self.path.name} has a damaged header (a {length}-byte name).")
            at += 8 + length
        self.handle.seek(start + at)

    def value(self, kind: int) -> Any:
        if kind == _STRING:
            return self.string()
        if kind == _ARRAY:
            item_kind, count = self.take("<I"), self.take("<Q")
            if count <= 16:
                return [self.value(item_kind) for _ in range(count)]
            self.skip_array(item_kind, count)  # tokenizer lists: large and not needed here
            return SkippedArray(count)
        if kind not in _SCALARS:
            raise GgufError(f"{self.path.name} has a damaged header (value type {kind}).")
        return self.take(_SCALARS[kind])


def _header(handle: BinaryIO, path: Path) -> tuple[_Reader, int, int, int]:
    """The reader past the file's fixed header: version, tensor count, metadata count."""
    if handle.read(4) != MAGIC:
        raise GgufError(f"{path.name} is not a GGUF model file (llama.cpp reads only GGUF).")
    reader = _Reader(handle, path)
    version, tensors, kv_count = reader.take("<I"), reader.take("<Q"), reader.take("<Q")
    if version not in (2, 3) or tensors > 1 << 20 or kv_count > 1 << 20:
        raise GgufError(f"{path.name} uses GGUF version {version}, which this app can't read.")
    return reader, version, tensors, kv_count


def read_gguf_values(path: Path | str, keys: frozenset[str]) -> dict[str, Any]:
    """Only the metadata `keys` the header has, read no further than the last of them: a
    model's name and size come first, its tokenizer's 100,000 strings later (a start needs
    only the size). Raise GgufError in plain words if it is not a model."""
    path = Path(path)
    if not path.is_file():
        raise GgufError(f"There is no model file at {path}.")
    found: dict[str, Any] = {}
    with path.open("rb") as handle:
        reader, _version, _tensors, kv_count = _header(handle, path)
        for _ in range(kv_count):
            key, value = reader.string(), reader.value(reader.take("<I"))
            if key in keys:
                found[key] = value
                if len(found) == len(keys):
                    break
    return found


def read_gguf(path: Path | str) -> GgufInfo:
    """Parse the header and tensor table; raise GgufError in plain words if it is not a model."""
    path = Path(path)
    if path.is_dir():
        raise GgufError(f"{path} is a folder, not a model file.")
    if not path.is_file():
        raise GgufError(f"There is no model file at {path}.")
    size = path.stat().st_size
    with path.open("rb") as handle:
        reader, version, tensors, kv_count = _header(handle, path)
        metadata = {reader.string(): reader.value(reader.take("<I")) for _ in range(kv_count)}
        table = _tensor_table(reader, tensors, int(metadata.get("general.alignment", 32)))
    arch = str(metadata.get("general.architecture", ""))
    context = metadata.get(f"{arch}.context_length")
    return GgufInfo(path=path, size_bytes=size, version=version, architecture=arch,
                    name=str(metadata.get("general.name", path.stem)),
                    context_length=int(context) if context else None,
                    tensor_count=tensors, expected_size=table.expected_size, metadata=metadata,
                    parameter_count=table.elements, tensor_bytes=table.tensor_bytes)


@dataclass(frozen=True)
class _TensorTable:
    elements: int
    tensor_bytes: int | None
    expected_size: int | None


def _tensor_table(reader: _Reader, tensors: int, alignment: int) -> _TensorTable:
    """Sum the tensors' elements and bytes, and find where their data ends in the file."""
    end, total, elements_seen, known = 0, 0, 0, True
    for _ in range(tensors):
        reader.string()
        dims = [reader.take("<Q") for _ in range(reader.take("<I"))]
        kind, offset = reader.take("<I"), reader.take("<Q")
        elements = 1
        for dim in dims:
            elements *= dim
        elements_seen += elements
        if kind not in _BLOCKS:
            known = False
            continue
        per_block, block_bytes = _BLOCKS[kind]
        size = elements // per_block * block_bytes
        total += size
        end = max(end, offset + size)
    position = reader.handle.tell()
    data_start = (position + alignment - 1) // alignment * alignment
    return _TensorTable(elements_seen, total if known else None,
                        data_start + end if known else None)


def check_complete(info: GgufInfo) -> None:
    if not info.is_complete:
        have, need = info.size_bytes / 1e6, (info.expected_size or 0) / 1e6
        raise GgufError(
            f"{info.path.name} is cut short ({have:.0f} MB of the {need:.0f} MB its header "
            "describes): the download or copy did not finish, so copy the file again.")
