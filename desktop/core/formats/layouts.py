"""The column layouts the readers recognise, so a UI can detect a shape or ask for a mapping."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    """One of our fields and the column names that hold it in files we recognise as they are."""

    name: str
    aliases: tuple[str, ...] = ()
    required: bool = True
    why: str = ""  # told to the user when the column is missing

    @property
    def columns(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Layout:
    kind: str
    fields: tuple[Field, ...]
    signature: tuple[str, ...]  # the fields whose columns identify this layout

    def field(self, name: str) -> Field:
        return next(field for field in self.fields if field.name == name)


def _optional(*names: str) -> tuple[Field, ...]:
    return tuple(Field(name, required=False) for name in names)


_SOURCE_ID = Field("source_id", ("id",), required=False)
_DILEMMA_EXTRAS = _optional("topic_group", "topic", "source")

_LAYOUTS = (
    Layout(
        "daily_dilemmas_by_action",
        (
            *(Field(name) for name in ("idx", "action_type", "action", "dilemma_situation")),
            *_optional("parties_direct", "parties_indirect", "values_direct", "values_indirect"),
            *_optional("values_names"),
            *_DILEMMA_EXTRAS,
        ),
        ("idx", "action_type", "action", "dilemma_situation"),
    ),
    Layout(
        "daily_dilemmas_party_value",
        (
            *(Field(name) for name in ("dilemma_idx", "action_type", "party", "value")),
            Field("dilemma_situation", why="it gives each dilemma its situation"),
            *_optional("action"),
            *_DILEMMA_EXTRAS,
        ),
        ("dilemma_idx", "action_type", "party", "value"),
    ),
    Layout(
        "daily_dilemmas_situations",
        (Field("idx"), Field("dilemma_situation"), *_DILEMMA_EXTRAS),
        ("idx", "dilemma_situation"),
    ),
    Layout(
        "dilemmas",
        (
            *(Field(name) for name in ("situation", "action_a", "action_b")),
            _SOURCE_ID,
            *_optional("parties", "values_a", "values_b", "topic", "source"),
        ),
        ("situation", "action_a", "action_b"),
    ),
    Layout(
        "valence_items",
        (
            Field("situation"),
            Field("vrd"),
            Field("text"),
            *_optional("explanation", "valence"),
            _SOURCE_ID,
        ),
        ("situation", "vrd", "text"),
    ),
    Layout(
        "labels",
        (*(Field(name) for name in ("item", "annotator", "field", "value")), *_optional("time")),
        ("item", "annotator", "field", "value"),
    ),
    Layout(
        "mge_votes",
        (
            *(Field(name) for name in ("userId", "fromId", "toId", "contextId", "relationship")),
            *_optional("story", "comment", "createdAt"),
        ),
        ("userId", "fromId", "toId", "relationship"),
    ),
    Layout(
        "mge_cards",
        (
            Field("id"),
            Field("title"),
            Field("policies", ("evaluationCriteria",)),
            *_optional("description", "instructionsShort", "instructionsDetailed"),
        ),
        ("id", "title", "policies"),
    ),
    Layout(
        "questions",
        (
            Field("text", ("prompt",)),
            Field("language", ("lang",), required=False),
            *_optional("note"),
            _SOURCE_ID,
        ),
        ("text",),
    ),
)
_BY_KIND = {layout.kind: layout for layout in _LAYOUTS}

KINDS = tuple(_BY_KIND)
DILEMMA_KINDS = KINDS[:4]


def layout(kind: str) -> Layout:
    """The layout called `kind`; ValueError names the kinds there are."""
    try:
        return _BY_KIND[kind]
    except KeyError:
        raise ValueError(f"unknown kind {kind!r}; kinds are {', '.join(KINDS)}") from None


def signature_score(kind: str, columns: Iterable[str]) -> int:
    """How many of the columns that identify `kind` are present."""
    present = set(columns)
    shape = layout(kind)
    return sum(bool(present.intersection(shape.field(name).columns)) for name in shape.signature)


def detect_kind(columns: Iterable[str]) -> str | None:
    """Which layout a header matches as it is (see KINDS), or None if a mapping is needed."""
    present = tuple(columns)
    return next((kind for kind in KINDS if _matches(kind, present)), None)


def _matches(kind: str, columns: tuple[str, ...]) -> bool:
    return signature_score(kind, columns) == len(layout(kind).signature)


def required_fields(kind: str) -> tuple[str, ...]:
    """The fields a file of this kind must provide, by our names (the keys of a mapping)."""
    return tuple(field.name for field in layout(kind).fields if field.required)


def optional_fields(kind: str) -> tuple[str, ...]:
    """The fields a reader of this kind uses when present."""
    return tuple(field.name for field in layout(kind).fields if not field.required)
