"""The plain, frozen items the readers return, each with a stable key of its content."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, fields

VALENCE_KINDS = ("value", "right", "duty")
VALENCES = ("supports", "opposes", "either")
MGE_RELATIONSHIPS = ("upgrade", "no_upgrade", "not_sure")

# Bump only with a migration: stores keep these keys to make re-imports idempotent.
_KEY_VERSION = "mgs-content-v1"
_SPACES = re.compile(r"\s+")


def _normalised(value: object) -> object:
    """Text as the same words regardless of Unicode form or spacing; tuples element-wise."""
    if isinstance(value, tuple):
        return [_normalised(part) for part in value]
    text = unicodedata.normalize("NFC", str(value))
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class _Item:
    def content_key(self) -> str:
        """sha256 (hex) of the item's normalised fields: the same content gives the same key."""
        content = [_normalised(getattr(self, field.name)) for field in fields(self)]
        payload = json.dumps([_KEY_VERSION, type(self).__name__, content], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Question(_Item):
    """A question (context) to put to participants."""

    text: str
    language: str = ""
    note: str = ""
    source_id: str = ""


@dataclass(frozen=True)
class Dilemma(_Item):
    """A situation with two actions, the parties affected and the values each action serves."""

    source_id: str
    situation: str
    action_a: str
    action_b: str
    parties: tuple[str, ...] = ()
    values_a: tuple[str, ...] = ()
    values_b: tuple[str, ...] = ()
    topic: str = ""
    source: str = ""


@dataclass(frozen=True)
class ValenceItem(_Item):
    """A value, right or duty for a situation, and whether it supports or opposes the action."""

    source_id: str
    situation: str
    kind: str
    text: str
    explanation: str = ""
    valence: str = ""

    def __post_init__(self) -> None:
        if self.kind not in VALENCE_KINDS or self.valence not in (*VALENCES, ""):
            raise ValueError(f"bad kind {self.kind!r} or valence {self.valence!r}")


@dataclass(frozen=True)
class MgeVote(_Item):
    """One vote from an MGE export: did the person in the story become wiser (from -> to)?"""

    user_id: str
    from_id: str
    to_id: str
    context_id: str
    relationship: str
    story: str = ""
    comment: str = ""
    created_at: str = ""

    def __post_init__(self) -> None:
        if self.relationship not in MGE_RELATIONSHIPS:
            raise ValueError(f"bad relationship {self.relationship!r}")


@dataclass(frozen=True)
class MgeCard(_Item):
    """A values card from an MGE export, 2023 and later shapes alike."""

    source_id: str
    title: str
    description: str = ""
    policies: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExternalLabel(_Item):
    """A label given outside the app: who said what about which field of which item, and when."""

    item: str
    annotator: str
    field: str
    value: str
    time: str = ""
