"""Suggestion rows: what the local model proposed for an item, kept apart from every label."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.labelling import Answer, TaskKind, answer_from_json, answer_to_json
from desktop.core.suggestions import PROMPT_VERSION, Suggestion
from desktop.store.study import Study

# One suggestion per item, model file and prompt version: the same on every laptop, so merged
# study files hold it once.
SUGGESTION_NAMESPACE = uuid.UUID("0b6e3f0e-5d1a-4b8a-8f37-2a9c1f4d7e21")


@dataclass(frozen=True)
class StoredSuggestion:
    id: str
    item_id: str
    kind: TaskKind
    answer: Answer | None  # None: the model's reply was unusable
    model_file: str
    model_sha256: str
    created_at: str


def suggestion_id_for(item_id: str, model_sha256: str, prompt_version: str = PROMPT_VERSION
                      ) -> str:
    return str(uuid.uuid5(SUGGESTION_NAMESPACE, f"{item_id}:{model_sha256}:{prompt_version}"))


def add_suggestion(study: Study, item_id: str, suggestion: Suggestion, *, model_file: str,
                   model_sha256: str, raw_text: str = "", finish_reason: str = "",
                   seconds: float | None = None) -> str:
    """Store the model's suggestion (or that its reply was unusable); returns its id."""
    row = study.row_defaults()
    suggestion_id = suggestion_id_for(item_id, model_sha256)
    answer = answer_to_json(suggestion.answer) if suggestion.answer else json.dumps(
        {"problem": suggestion.problem})
    with study.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO suggestions (id, created_at, device_id, item_id, answer, "
            "usable, prompt_version, model_file, model_sha256, raw_text, finish_reason, seconds)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [suggestion_id, row["created_at"], row["device_id"], item_id, answer,
             int(suggestion.usable), PROMPT_VERSION, model_file, model_sha256, raw_text,
             finish_reason, seconds])
    return suggestion_id


def latest_suggestion(study: Study, item_id: str) -> StoredSuggestion | None:
    """The newest suggestion for the item under the current prompt version (usable or not)."""
    rows = study.query(
        "SELECT s.*, i.kind FROM suggestions s JOIN items i ON i.id = s.item_id WHERE "
        "s.item_id = ? AND s.prompt_version = ? ORDER BY s.created_at DESC LIMIT 1",
        (item_id, PROMPT_VERSION))
    return _suggestion(rows[0]) if rows else None


def items_with_suggestions(study: Study, item_ids: Iterable[str], model_sha256: str) -> set[str]:
    """Which of the items already have a suggestion from this model and prompt version."""
    wanted = list(item_ids)
    ids = {suggestion_id_for(item, model_sha256): item for item in wanted}
    found: set[str] = set()
    keys = list(ids)
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        rows = study.db.execute(
            f"SELECT id FROM suggestions WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        found.update(ids[row[0]] for row in rows)
    return found


def usable_suggestions(study: Study) -> list[StoredSuggestion]:
    """The newest usable suggestion of each item, under the current prompt version."""
    rows = study.query(
        "SELECT * FROM (SELECT s.*, i.kind, row_number() OVER (PARTITION BY s.item_id ORDER BY "
        "s.created_at DESC) AS rank FROM suggestions s JOIN items i ON i.id = s.item_id WHERE "
        "s.usable = 1 AND s.prompt_version = ?) WHERE rank = 1", (PROMPT_VERSION,))
    return [_suggestion(row) for row in rows]


def _suggestion(row: Mapping[str, Any]) -> StoredSuggestion:
    answer = answer_from_json(row["kind"], row["answer"]) if row["usable"] else None
    return StoredSuggestion(row["id"], row["item_id"], row["kind"], answer, row["model_file"],
                            row["model_sha256"], row["created_at"])
