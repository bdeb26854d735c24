"""Participants' consent and the study-defined demographic fields (all optional)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

FieldKind = Literal["text", "number", "choice"]
FIELD_KINDS: tuple[FieldKind, ...] = ("text", "number", "choice")
MAX_VALUE_CHARS = 500


@dataclass(frozen=True)
class Consent:
    id: str
    participant_id: str
    decision: Literal["given", "refused", "withdrawn"]
    consent_version: str
    text_sha256: str
    created_at: str

    def covers(self, version: str) -> bool:
        """Consent holds for this text version (a new text needs a new consent)."""
        return self.decision == "given" and self.consent_version == version


@dataclass(frozen=True)
class DemographicField:
    id: str
    name: str
    kind: FieldKind
    choices: tuple[str, ...]
    position: float


def check_field(name: str, kind: str, choices: Sequence[str]) -> tuple[str, FieldKind,
                                                                      tuple[str, ...]]:
    """A field definition as stored; ValueError in words for the study lead."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("A demographic field needs a name.")
    if kind not in FIELD_KINDS:
        raise ValueError(f"A field's type is one of: {', '.join(FIELD_KINDS)}.")
    cleaned = tuple(dict.fromkeys(c.strip() for c in choices if c.strip()))
    if kind == "choice" and len(cleaned) < 2:
        raise ValueError(f"The choice field {name!r} needs at least two choices.")
    return name, kind, cleaned if kind == "choice" else ()


def clean_value(field: DemographicField, value: str) -> str:
    """An answer as stored ('' when skipped: every field is optional)."""
    value = " ".join(value.split())
    if not value:
        return ""
    if len(value) > MAX_VALUE_CHARS:
        raise ValueError(f"{field.name}: at most {MAX_VALUE_CHARS} characters.")
    if field.kind == "number":
        try:
            number = float(value.replace(",", "."))
        except ValueError as error:
            raise ValueError(f"{field.name}: type a number.") from error
        if not math.isfinite(number):
            raise ValueError(f"{field.name}: type a number.")
    if field.kind == "choice" and value not in field.choices:
        raise ValueError(f"{field.name}: choose one of {', '.join(field.choices)}.")
    return value
