"""Votes for the graph ranking tests, with unique ids and rising times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core.graph.votes import Vote

START = datetime(2024, 1, 1, tzinfo=UTC)


class VoteFactory:
    """Builds votes; by default each from a new participant, one minute after the last."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(
        self,
        source: str,
        wiser: str,
        relationship: str = "upgrade",
        *,
        participant: str | None = None,
        context: str = "c1",
        at: str | None = None,
        vote_id: str | None = None,
    ) -> Vote:
        self.count += 1
        stamp = at or (START + timedelta(minutes=self.count)).strftime("%Y-%m-%dT%H:%M:%SZ")
        return Vote(
            vote_id or f"vote-{self.count:04d}",
            participant or f"p{self.count}",
            context,
            source,
            wiser,
            relationship,
            stamp,
        )

    def many(
        self,
        times: int,
        source: str,
        wiser: str,
        relationship: str = "upgrade",
        context: str = "c1",
    ) -> list[Vote]:
        return [self(source, wiser, relationship, context=context) for _ in range(times)]
