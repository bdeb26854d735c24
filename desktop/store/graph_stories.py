"""Reading upgrade stories for the graph view (drafting and reviewing them is another module's)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store.study import Study


@dataclass(frozen=True)
class UpgradeStory:
    """A first-person story of someone moving from one value to another, in one context."""

    id: str
    context: str
    from_value_id: str
    to_value_id: str
    text: str
    status: str  # draft, approved (dropped ones are never listed)
    model_file: str
    edited: bool


def list_stories(study: Study) -> list[UpgradeStory]:
    """Every story not dropped by the study lead, oldest first."""
    rows = study.query("SELECT id, context, from_value_id, to_value_id, text, status, "
                       "model_file, edited FROM upgrade_stories WHERE status != 'dropped' "
                       "ORDER BY created_at, id")
    return [UpgradeStory(**{**row, "edited": bool(row["edited"])}) for row in rows]
