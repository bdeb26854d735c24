"""Wiser-than votes and the filters a ranking applies: time, context, participants, supersede."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

UPGRADE = "upgrade"
NO_UPGRADE = "no_upgrade"
NOT_SURE = "not_sure"
RELATIONSHIPS = frozenset({UPGRADE, NO_UPGRADE, NOT_SURE})


@dataclass(frozen=True, slots=True)
class Vote:
    """One participant's answer to "did this person become wiser going from A to B?"."""

    id: str
    participant_id: str
    context_id: str
    from_value_id: str
    to_value_id: str
    relationship: str
    created_at: str
    comment: str = ""

    def __post_init__(self) -> None:
        if self.relationship not in RELATIONSHIPS:
            raise ValueError(f"vote {self.id}: unknown relationship {self.relationship!r}")
        if self.from_value_id == self.to_value_id:
            raise ValueError(f"vote {self.id}: a value cannot be wiser than itself")


def parse_time(value: str | datetime) -> datetime:
    """An aware UTC datetime from an ISO-8601 string or datetime; a naive time is taken as UTC."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def votes_as_of(votes: Iterable[Vote], moment: str | datetime) -> list[Vote]:
    """The votes cast at or before `moment`, to replay the graph as it stood then."""
    limit = parse_time(moment)
    # Parsed rather than compared as text: "...00Z" sorts after "...00.5Z" as a string.
    return [vote for vote in votes if parse_time(vote.created_at) <= limit]


def votes_in_context(votes: Iterable[Vote], context_id: str) -> list[Vote]:
    """The votes cast about one context (question)."""
    return [vote for vote in votes if vote.context_id == context_id]


def votes_by_participants(votes: Iterable[Vote], participant_ids: Collection[str]) -> list[Vote]:
    """The votes cast by the given participants."""
    wanted = frozenset(participant_ids)
    return [vote for vote in votes if vote.participant_id in wanted]


def latest_votes(votes: Iterable[Vote]) -> list[Vote]:
    """One vote per participant per question: a changed mind supersedes the earlier answer.

    The key is (participant, context, from, to); the latest `created_at` wins and the larger id
    breaks a tie so the result never depends on input order. Survivors keep their input order.
    """
    pending = list(votes)
    best: dict[tuple[str, str, str, str], tuple[datetime, str, int]] = {}
    for position, vote in enumerate(pending):
        key = (vote.participant_id, vote.context_id, vote.from_value_id, vote.to_value_id)
        rank = (parse_time(vote.created_at), vote.id, position)
        if key not in best or rank[:2] > best[key][:2]:
            best[key] = rank
    keep = sorted(position for _, _, position in best.values())
    return [pending[position] for position in keep]
