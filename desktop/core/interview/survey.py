"""The closing survey: study-defined items, with the MGE paper's two measures as defaults."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

SurveyKind = Literal["scale", "text"]
SCALE = range(1, 6)  # 1-5, as in the MGE paper
MAX_TEXT = 5000


@dataclass(frozen=True)
class SurveyItem:
    key: str
    kind: SurveyKind
    text: str
    low: str = ""
    high: str = ""


def survey_items(raw: Iterable[Mapping[str, Any]]) -> tuple[SurveyItem, ...]:
    """Items from JSON-like rows; ValueError names the first bad one."""
    items, keys = [], set()
    for number, row in enumerate(raw, start=1):
        key, kind, text = (str(row.get(k, "")).strip() for k in ("key", "kind", "text"))
        if not key or not text or kind not in ("scale", "text"):
            raise ValueError(f"survey item {number} needs a key, a text and a kind "
                             "('scale' or 'text').")
        if key in keys:
            raise ValueError(f"survey item {number}: the key {key!r} is used twice.")
        keys.add(key)
        items.append(SurveyItem(key, kind, text, str(row.get("low", "")),  # type: ignore[arg-type]
                                str(row.get("high", ""))))
    return tuple(items)


def clean_answer(item: SurveyItem, value: str) -> str:
    """The answer as stored ('' for skipped); ValueError for one that cannot be right."""
    value = value.strip()
    if not value:
        return ""
    if item.kind == "scale" and (not value.isdigit() or int(value) not in SCALE):
        raise ValueError(f"{item.text!r} takes a number from 1 to 5.")
    if len(value) > MAX_TEXT:
        raise ValueError(f"An answer can be at most {MAX_TEXT:,} characters long.")
    return value
