"""Reads raw Moral Graph Elicitation exports: votes and values cards, as JSON arrays or JSONL."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from desktop.core.formats.errors import ImportFileError
from desktop.core.formats.items import MGE_RELATIONSHIPS, MgeCard, MgeVote
from desktop.core.formats.records import DEFAULT_MAX_BYTES, iter_records


@dataclass(frozen=True)
class _Entry:
    """One exported object, able to say which item it is when something is wrong with it."""

    path: Path
    line: int
    index: int
    record: Mapping[str, Any]

    def error(self, problem: str) -> ImportFileError:
        return ImportFileError(self.path, self.line, f"item {self.index}: {problem}")

    def _value(self, keys: tuple[str, ...]) -> Any:
        # The TypeScript apps export camelCase; the Python tools write snake_case.
        return next((self.record[key] for key in keys if key in self.record), None)

    def id(self, *keys: str) -> str:
        value = self._value(keys)
        if value is None or value == "":
            raise self.error(f"'{keys[0]}' is missing")
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise self.error(f"'{keys[0]}' should be a number or text")
        return str(value).strip()

    def text(self, *keys: str) -> str:
        value = self._value(keys)
        if value is not None and not isinstance(value, str):
            raise self.error(f"'{keys[0]}' should be text")
        return (value or "").strip()

    def texts(self, *keys: str) -> tuple[str, ...]:
        value = self._value(keys) or []
        if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
            raise self.error(f"'{keys[0]}' should be a list of text")
        return tuple(entry.strip() for entry in value if entry.strip())


def _entries(path: str | Path, max_bytes: int) -> Iterator[_Entry]:
    records = iter_records(path, max_bytes=max_bytes)
    for index, (line, record) in enumerate(records, start=1):
        yield _Entry(Path(path), line, index, record)


def read_mge_votes(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[MgeVote]:
    """Every vote in an export, or ImportFileError naming the item and line (nothing partial)."""
    return [_vote(entry) for entry in _entries(path, max_bytes)]


def _vote(entry: _Entry) -> MgeVote:
    relationship = entry.text("relationship").lower() or _missing(entry, "relationship")
    if relationship not in MGE_RELATIONSHIPS:
        shown = entry.record.get("relationship")
        raise entry.error(
            f"the relationship {shown!r} is not one of: {', '.join(MGE_RELATIONSHIPS)}"
        )
    return MgeVote(
        user_id=entry.id("userId", "user_id"),
        from_id=entry.id("fromId", "from_id"),
        to_id=entry.id("toId", "to_id"),
        context_id=entry.id("contextId", "context_id"),
        relationship=relationship,
        story=entry.text("story"),
        comment=entry.text("comment"),
        created_at=entry.text("createdAt", "created_at"),
    )


def read_mge_cards(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[MgeCard]:
    """Every values card (2023 or later shape), or ImportFileError naming the item and line."""
    cards: list[MgeCard] = []
    first_index: dict[str, int] = {}
    for entry in _entries(path, max_bytes):
        card = _card(entry)
        if card.source_id in first_index:
            raise entry.error(
                f"the id {card.source_id} was already used by item {first_index[card.source_id]}"
            )
        first_index[card.source_id] = entry.index
        cards.append(card)
    return cards


def _card(entry: _Entry) -> MgeCard:
    # 2023 cards: instructionsShort is the one-line description, evaluationCriteria the policies.
    return MgeCard(
        source_id=entry.id("id"),
        title=entry.text("title") or _missing(entry, "title"),
        description=entry.text("description")
        or entry.text("instructionsShort", "instructions_short"),
        policies=entry.texts("policies")
        or entry.texts("evaluationCriteria", "evaluation_criteria"),
    )


def _missing(entry: _Entry, key: str) -> NoReturn:
    raise entry.error(f"'{key}' is missing")
