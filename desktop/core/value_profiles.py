"""Value profiles of dilemma choices: which value dimensions people favour, as in DailyDilemmas."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# DailyDilemmas (Chiu et al., 2024, CC BY 4.0) maps its 301 values to these theories: World Values
# Survey, Moral Foundations, Aristotle's virtues, Plutchik's emotions and Maslow's needs.
THEORIES: tuple[str, ...] = ("WVS", "MFT", "Virtue", "Emotion", "Maslow")
VALUE_COLUMN = "value"


def normalise_value(name: str) -> str:
    """The lookup key of a value name: case and surrounding or repeated whitespace ignored."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class ValueMap:
    """Value name -> theory -> dimension; a value may have no dimension in some theories."""

    dimensions: Mapping[str, Mapping[str, str]]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and normalise_value(name) in self.dimensions

    def __len__(self) -> int:
        return len(self.dimensions)

    def dimension(self, name: str, theory: str) -> str | None:
        """The value's dimension in `theory`, None if the value is unknown or unmapped there."""
        _check_theory(theory)
        return self.dimensions.get(normalise_value(name), {}).get(theory)

    def dimensions_of(self, theory: str) -> list[str]:
        """Every dimension of `theory` that some value maps to, sorted."""
        _check_theory(theory)
        return sorted({dims[theory] for dims in self.dimensions.values() if theory in dims})

    def unknown(self, names: Iterable[str]) -> list[str]:
        """The names not in the map, stripped, once per lookup key, in order of first appearance."""
        missing: dict[str, str] = {}
        for name in names:
            if name not in self:
                missing.setdefault(normalise_value(name), name.strip())
        return list(missing.values())


def _check_theory(theory: str) -> None:
    if theory not in THEORIES:
        raise ValueError(f"unknown theory {theory!r}; expected one of {', '.join(THEORIES)}")


def load_value_map(path: str | Path) -> ValueMap:
    """Read a DailyDilemmas `values.csv` (columns: index, value, WVS, MFT, Virtue, Emotion, Maslow).

    Raises ValueError naming the file and line when the file is not UTF-8, lacks a column, has a
    row of the wrong width, an empty value name or a value listed twice.
    """
    path = Path(path)
    reader = csv.reader(io.StringIO(_read_text(path), newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            raise ValueError(f"{path}: line 1: empty file, expected a header row")
        columns = _header_columns(path, header)
        dimensions: dict[str, dict[str, str]] = {}
        for row in reader:
            if any(cell.strip() for cell in row):
                _add_row(path, reader.line_num, row, columns, dimensions)
    except csv.Error as exc:
        raise ValueError(f"{path}: line {reader.line_num}: not valid CSV ({exc})") from exc
    return ValueMap(dimensions)


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValueError(f"{path}: line {line}: not UTF-8 text ({exc.reason})") from exc


def _header_columns(path: Path, header: Sequence[str]) -> dict[str, int]:
    """Column positions of the value name and each theory, found by header name."""
    positions = {name.strip(): i for i, name in enumerate(header)}
    missing = [name for name in (VALUE_COLUMN, *THEORIES) if name not in positions]
    if missing:
        raise ValueError(f"{path}: line 1: missing column(s) {', '.join(missing)}")
    return {name: positions[name] for name in (VALUE_COLUMN, *THEORIES)}


def _add_row(
    path: Path,
    line: int,
    row: Sequence[str],
    columns: Mapping[str, int],
    dimensions: dict[str, dict[str, str]],
) -> None:
    if len(row) <= max(columns.values()):
        raise ValueError(f"{path}: line {line}: expected {max(columns.values()) + 1} cells")
    key = normalise_value(row[columns[VALUE_COLUMN]])
    if not key:
        raise ValueError(f"{path}: line {line}: empty value name")
    if key in dimensions:
        raise ValueError(f"{path}: line {line}: value {key!r} listed twice")
    cells = {theory: row[columns[theory]].strip() for theory in THEORIES}
    dimensions[key] = {theory: cell for theory, cell in cells.items() if cell}


@dataclass(frozen=True)
class DilemmaChoice:
    """One decision on a dilemma: the values of the action chosen and of the action not chosen."""

    annotator_id: str
    chosen_values: Sequence[str]
    neglected_values: Sequence[str]


def profile(choices: Iterable[DilemmaChoice], value_map: ValueMap, theory: str) -> dict[str, float]:
    """Per dimension of `theory`: share among chosen values minus share among neglected values.

    Shares are pooled over all choices and taken over the values that map to a dimension of
    `theory`; unknown or unmapped values are left out (list them with `unknown_values`). A side
    with no mapped value contributes shares of 0. Every dimension the map knows for the theory is
    present, so profiles of different groups line up.
    """
    chosen: Counter[str] = Counter()
    neglected: Counter[str] = Counter()
    for choice in choices:
        chosen.update(_mapped(choice.chosen_values, value_map, theory))
        neglected.update(_mapped(choice.neglected_values, value_map, theory))
    chosen_share, neglected_share = _shares(chosen), _shares(neglected)
    return {
        dim: chosen_share.get(dim, 0.0) - neglected_share.get(dim, 0.0)
        for dim in value_map.dimensions_of(theory)
    }


def _mapped(names: Iterable[str], value_map: ValueMap, theory: str) -> list[str]:
    dims = (value_map.dimension(name, theory) for name in names)
    return [dim for dim in dims if dim is not None]


def _shares(counts: Counter[str]) -> dict[str, float]:
    total = sum(counts.values())
    return {dim: count / total for dim, count in counts.items()} if total else {}


def profiles_by_group(
    choices: Iterable[DilemmaChoice],
    group_of: Mapping[str, str],
    value_map: ValueMap,
    theory: str,
) -> dict[str, dict[str, float]]:
    """`profile` per group of annotators, groups sorted; annotators without a group are skipped."""
    grouped: dict[str, list[DilemmaChoice]] = {}
    for choice in choices:
        group = group_of.get(choice.annotator_id)
        if group is not None:
            grouped.setdefault(group, []).append(choice)
    return {group: profile(grouped[group], value_map, theory) for group in sorted(grouped)}


def unknown_values(choices: Iterable[DilemmaChoice], value_map: ValueMap) -> list[str]:
    """Value names in the choices that the map does not know, each once, in order of appearance."""
    names = (
        name for choice in choices for name in (*choice.chosen_values, *choice.neglected_values)
    )
    return value_map.unknown(names)
